//! Instruments and provisions a document cites: named instruments of the vocabulary, UN
//! document symbols (`A/RES/70/125` and `A/70/125` are one), "resolution 66/184", reports of
//! named bodies, and paragraph references ("paragraphs 69 to 71 of the Tunis Agenda", "§ 69",
//! "para 35") attached to the instrument they belong to.

use super::{Citation, Entity, EntityId, Extractor, Facts, Introduced};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The longest paragraph range expanded into single provisions.
const MAX_RANGE: u32 = 60;

static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:A|E|S)(?:/HRC|/CN\.\d+|/C\.\d)?/(?:RES/)?(?:\d+/)*\d+(?:/(?:Rev|Add|Corr)\.\d+)?").unwrap()
});
static RESOLUTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[Rr]esolution\s+(\d{2,4})/(\d{1,4})\b").unwrap());
static PARAGRAPH_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bparagraphs?|\bparas?\.?|§|#)\s*(\d{1,3})(?:\s*(?:to|-|–|and)\s*(\d{1,3}))?\b").unwrap()
});
static REPORT_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\breport of (?:the )?$").unwrap());
static REPORT_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:'s)?(?: \d+)? [Rr]eport\b").unwrap());
static OF_BETWEEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*of\b").unwrap());

/// Fills [`Facts::citations`].
pub fn find_citations(facts: &mut Facts, ex: &Extractor) {
    let mut cited: Vec<(EntityId, Range<usize>)> = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        if facts.entities[m.entity].kind == Kind::Instrument {
            cited.push((m.entity, m.span.clone()));
        }
    }
    cited.extend(symbols(facts, ex));
    cited.extend(reports(facts, ex));
    cited.sort_by_key(|(_, span)| span.start);
    for (instrument, span) in &cited {
        let evidence = facts.sentence_span(span.start);
        facts.citations.push(Citation {
            instrument: *instrument,
            paragraphs: Vec::new(),
            evidence,
        });
    }
    provisions(facts, &cited);
}

fn symbols(facts: &mut Facts, ex: &Extractor) -> Vec<(EntityId, Range<usize>)> {
    let text = facts.clean.text.clone();
    let offsets = facts.clean.offsets().clone();
    let mut found = Vec::new();
    let mut add = |facts: &mut Facts, symbol: String, range: Range<usize>| {
        let span = offsets.chars(range);
        let id = match ex.vocab.instrument_by_symbol(&symbol) {
            Some(c) => facts.entity(Entity {
                iri: c.iri.clone(),
                kind: Kind::Instrument,
                label: c.pref_label.clone(),
                introduced: None,
            }),
            None => {
                let evidence = facts.sentence_span(span.start);
                let class = if symbol.contains("/RES/") {
                    "Resolution"
                } else {
                    "Instrument"
                };
                facts.entity(Entity {
                    iri: ex.iris.minted("instrument", &symbol).as_str().to_string(),
                    kind: Kind::Instrument,
                    label: symbol.clone(),
                    introduced: Some(Introduced {
                        class,
                        acronym: None,
                        evidence,
                    }),
                })
            }
        };
        found.push((id, span));
    };
    for m in SYMBOL.find_iter(&text) {
        let at = offsets.char_of(m.start());
        let before = &text[offsets.bytes(at.saturating_sub(40)..at)];
        let mut symbol = m.as_str().to_string();
        if before.to_lowercase().contains("resolution") && !symbol.contains("/RES/") && symbol.matches('/').count() == 2
        {
            symbol = symbol.replacen('/', "/RES/", 1);
        }
        add(facts, symbol, m.range());
    }
    for c in RESOLUTION_NUMBER.captures_iter(&text) {
        let whole = c.get(0).unwrap();
        let prefix = if c[1].len() == 4 { "E" } else { "A" };
        add(facts, format!("{prefix}/RES/{}/{}", &c[1], &c[2]), whole.range());
    }
    found
}

fn reports(facts: &mut Facts, ex: &Extractor) -> Vec<(EntityId, Range<usize>)> {
    let mut found = Vec::new();
    let bodies: Vec<(EntityId, Range<usize>)> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .map(|m| (m.entity, m.span.clone()))
        .collect();
    for (body, span) in bodies {
        let before = facts.clean.str(span.start.saturating_sub(20)..span.start);
        let after = facts.clean.str(span.end..span.end + 12);
        if !(REPORT_BEFORE.is_match(before) || REPORT_AFTER.is_match(after)) {
            continue;
        }
        let body_iri = facts.entities[body].iri.clone();
        let id = match ex.vocab.report_of(&body_iri) {
            Some(c) => facts.entity(Entity {
                iri: c.iri.clone(),
                kind: Kind::Instrument,
                label: c.pref_label.clone(),
                introduced: None,
            }),
            None => {
                let label = format!("Report of the {}", facts.entities[body].label);
                let evidence = facts.sentence_span(span.start);
                let slug = body_iri.rsplit('/').next().unwrap_or("body").to_string();
                facts.entity(Entity {
                    iri: ex
                        .iris
                        .named(&format!("instrument/report-of-{slug}"))
                        .as_str()
                        .to_string(),
                    kind: Kind::Instrument,
                    label,
                    introduced: Some(Introduced {
                        class: "Report",
                        acronym: None,
                        evidence,
                    }),
                })
            }
        };
        found.push((id, span));
    }
    found
}

/// Attaches paragraph references to an instrument: the one named right after "of", else the
/// nearest in the same sentence, else the last one cited before.
fn provisions(facts: &mut Facts, cited: &[(EntityId, Range<usize>)]) {
    let text = facts.clean.text.clone();
    for c in PARAGRAPH_REF.captures_iter(&text) {
        let span = facts.clean.char_span(c.get(0).unwrap().range());
        let sentence = facts.sentence_span(span.start);
        let following = cited.iter().find(|(_, s)| {
            s.start >= span.end && s.start <= span.end + 40 && {
                OF_BETWEEN.is_match(facts.clean.str(span.end..s.start))
            }
        });
        let same_sentence = || {
            cited
                .iter()
                .filter(|(_, s)| s.start >= sentence.start && s.end <= sentence.end)
                .min_by_key(|(_, s)| s.start.abs_diff(span.start))
        };
        let earlier = || cited.iter().rev().find(|(_, s)| s.end <= span.start);
        let Some((instrument, _)) = following.or_else(same_sentence).or_else(earlier) else {
            continue;
        };
        let first: u32 = c[1].parse().unwrap_or(0);
        let last: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(first);
        let paragraphs: Vec<u32> = if last >= first && last - first <= MAX_RANGE {
            (first..=last).collect()
        } else {
            vec![first]
        };
        if first > 0 {
            facts.citations.push(Citation {
                instrument: *instrument,
                paragraphs,
                evidence: sentence,
            });
        }
    }
}
