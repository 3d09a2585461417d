//! Recommendations: the numbered or bulleted items of a section headed "Recommendations",
//! "Key Recommendations and Forward-Looking Action Plan", "Suggestions" and the like, the
//! operative paragraphs of a resolution ("Requests the Secretary-General to …"), and sentences
//! that recommend ("The Group recommends that …"); each with its words, number, the bodies it
//! addresses or gives a role to, the issues it concerns and the status the text gives it.

use super::{EntityId, Extractor, Facts, Recommendation, Status};
use crate::text::ParagraphKind;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\brecommendations?\b|\bsuggestions\b|\baction plan\b|\bway forward\b|\bcall to action\b").unwrap()
});
static ADOPTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\brecommendations?,? (?:were |was |are )?adopted by consensus").unwrap());
static NO_CONSENSUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:no consensus|without consensus|did not (?:reach|lead to) consensus)").unwrap()
});
static OPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Also|Further|Further also|Strongly|Once again) )?(?:[Rr]equests|[Ii]nvites|[Ee]ncourages|[Cc]alls upon|[Uu]rges|[Rr]ecommends|[Dd]ecides|[Ee]ndorses|[Ss]upports the call)\b").unwrap()
});
/// A sentence that states a recommendation wherever it stands.
static RECOMMENDS_THAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:recommends?|recommended|further recommends) that\b").unwrap());

/// A first-person request of an outcome document or resolution: "We ask the UN
/// Secretary-General … to convene …", "We accordingly request the Chair of the Commission …".
static WE_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Ww]e\s+(?:(?:also|further|accordingly|therefore|hereby|strongly|again|once again)\s+)*(?:request|ask|invite|call upon|call on|encourage|urge|entrust|recommend)\s").unwrap()
});
/// A lead-in that quotes another text: "… resolution A/70/125 … in the following terms:".
static QUOTES_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bresolution\b|\bA/(?:RES/)?\d+/\d+|\bagenda\b|\bdeclaration\b|\bfollowing terms\b|\bstates?\b|\bstated\b|\breads?\b").unwrap()
});
/// How many paragraphs a quotation introduced by a lead-in is taken to run.
const QUOTATION_PARAGRAPHS: usize = 4;

/// A body named as the author of the recommendation, or as the issuer of a document it cites.
static NOT_ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:'s)?\s*(?:(?:further|also)\s+)?(?:recommends?\b|resolutions?\b|decisions?\b|reports?\b)").unwrap()
});

struct Item {
    span: Range<usize>,
    number: Option<u32>,
    indent: usize,
    parent_numbered: bool,
    /// The one body a first-person request is made of, when the sentence names it.
    requested: Option<EntityId>,
}

/// Fills [`Facts::recommendations`].
pub fn find_recommendations(facts: &mut Facts, _ex: &Extractor) {
    let adopted = ADOPTED.is_match(&facts.clean.text);
    let mut items = items(facts);
    for sentence in &facts.clean.sentences {
        let inside = items
            .iter()
            .any(|i| i.span.start <= sentence.span.start && sentence.span.end <= i.span.end);
        if inside || facts.clean.paragraphs[sentence.paragraph].footnote {
            continue;
        }
        let text = facts.text(&sentence.span);
        let requested = requested_body(facts, &sentence.span, &text).filter(|_| !quoted(facts, sentence.paragraph));
        if requested.is_some() || RECOMMENDS_THAT.is_match(&text) {
            items.push(Item {
                span: sentence.span.clone(),
                number: None,
                indent: 0,
                parent_numbered: false,
                requested,
            });
        }
    }
    items.sort_by_key(|i| i.span.start);
    for (i, item) in items.into_iter().enumerate() {
        let text = facts.text(&item.span).trim_start_matches(['•', '-', ' ']).to_string();
        let status = if NO_CONSENSUS.is_match(&text) {
            Status::NoConsensus
        } else if adopted {
            Status::Adopted
        } else {
            Status::Proposed
        };
        let addressees = match item.requested {
            Some(body) => vec![body],
            None => addressees(facts, &item.span),
        };
        let issues = super::mentions::entities_in(facts, &item.span, Kind::Issue, true);
        facts.recommendations.push(Recommendation {
            number: item.number,
            ordinal: i + 1,
            text,
            addressees,
            issues,
            status,
            mandate: item.requested.is_some(),
            evidence: item.span,
        });
    }
}

/// "We request the X … to …": the body named first after the verb, if the sentence goes on to
/// say what it is asked to do.
fn requested_body(facts: &Facts, span: &Range<usize>, text: &str) -> Option<EntityId> {
    let verb = WE_REQUEST.find(text)?;
    let after = span.start + text[..verb.end()].chars().count();
    facts
        .mentions_in(&(after..span.end))
        .find(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .filter(|m| facts.text(&(m.span.end..span.end)).contains(" to "))
        .map(|m| m.entity)
}

/// Whether a paragraph lies in a passage the document quotes from another text: within a few
/// paragraphs after a lead-in that ends with a colon and names its source.
fn quoted(facts: &Facts, paragraph: usize) -> bool {
    let paragraphs = &facts.clean.paragraphs;
    (paragraph.saturating_sub(QUOTATION_PARAGRAPHS)..paragraph)
        .rev()
        .map(|i| facts.text(&paragraphs[i].span))
        .any(|t| t.trim_end().ends_with(':') && QUOTES_SOURCE.is_match(&t))
}

fn items(facts: &Facts) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut in_section = false;
    for para in &facts.clean.paragraphs {
        if para.footnote {
            continue;
        }
        let text = facts.text(&para.span);
        match para.kind {
            ParagraphKind::Heading => {
                in_section = SECTION.is_match(&text);
                continue;
            }
            _ if !in_section => {
                // Outside a recommendations section, an operative paragraph of a resolution
                // ("5. Requests the Secretary-General to …") is a recommendation of its own.
                let body = text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' ' | '•' | '-'));
                if para.kind != ParagraphKind::Plain && OPERATIVE.is_match(body) {
                    let number = match para.kind {
                        ParagraphKind::Numbered(n) => Some(n),
                        _ => None,
                    };
                    items.push(Item {
                        span: para.span.clone(),
                        number,
                        indent: para.indent,
                        parent_numbered: false,
                        requested: None,
                    });
                }
                continue;
            }
            ParagraphKind::Plain => {
                if let Some(last) = items.last_mut() {
                    last.span.end = para.span.end;
                }
                continue;
            }
            ParagraphKind::Bullet | ParagraphKind::Numbered(_) => {}
        }
        let number = match para.kind {
            ParagraphKind::Numbered(n) => Some(n),
            _ => None,
        };
        if let Some(last) = items.last_mut() {
            let opens_list = facts.text(&last.span).trim_end().ends_with(':');
            let nested = number.is_none() && (last.parent_numbered || para.indent > last.indent);
            if opens_list && nested || para.indent > last.indent && number.is_none() && last.parent_numbered {
                last.span.end = para.span.end;
                continue;
            }
        }
        items.push(Item {
            span: para.span.clone(),
            number,
            indent: para.indent,
            parent_numbered: number.is_some(),
            requested: None,
        });
    }
    items
}

fn addressees(facts: &Facts, span: &Range<usize>) -> Vec<EntityId> {
    let mut out = Vec::new();
    for m in facts.mentions_in(span).filter(|m| m.explicit) {
        if facts.entities[m.entity].kind != Kind::Body || out.contains(&m.entity) {
            continue;
        }
        if !NOT_ADDRESSEE.is_match(facts.clean.str(m.span.end..m.span.end + 25)) {
            out.push(m.entity);
        }
    }
    out
}
