//! Organs of bodies named by the body and the organ: "the Africa IGF MAG", "the UNESCO
//! Secretariat", "the Executive Council of the African Union", "the Bureau of the Commission".
//! A forum's advisory group, secretariat or bureau is not the body itself, nor the organ of the
//! same name that another body has (the Africa IGF's MAG is not the IGF's): each becomes a
//! sub-unit `igkg:partOf` its body, labelled with the words of the text and known also by the
//! body's short names before the organ's ("AfIGF MAG"), as readers write it.

use super::organisations::{Found, register};
use super::{EntityId, Extractor, Facts};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// An organ written after its body: "Africa IGF MAG", "UNESCO Secretariat", "CSTD Bureau".
static ORGAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:MAG|[Ss]ecretariat|Bureau|Steering Committee|Organi[sz]ing Committee|Executive (?:Committee|Board|Council)|Programme Committee|Board of (?:Directors|Trustees))(?-u:\b)").unwrap()
});
/// The organ a name ends in, written after its body.
static ENDS_IN_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:MAG|[Ss]ecretariat|Bureau|Committee|Executive (?:Board|Council)|Board of (?:Directors|Trustees))$",
    )
    .unwrap()
});

/// Whether `name` is an organ's, written after its body ("Africa IGF MAG").
pub fn names_organ(name: &str) -> bool {
    ENDS_IN_ORGAN.is_match(name)
}

/// An organ written before its body: "the Executive Council of the African Union", "the
/// Assembly of the African Union", "the Bureau of the Commission".
static ORGAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:Executive|Governing|Steering|Organi[sz]ing|Permanent) )?(?:Assembly|Council|Board|Bureau|Secretariat|Committee|MAG) of (?:the )?$").unwrap()
});
/// How far before its body an organ's name may start, in chars.
const ORGAN_CHARS: usize = 40;
/// The most words a body's name may have to stand before an organ's in the names readers use.
const SHORT_NAME_WORDS: usize = 3;

/// Finds the organs of the bodies the document names and registers them as sub-units.
pub fn find_organs(facts: &mut Facts, ex: &Extractor) {
    let mut found: Vec<(Found, String)> = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        if facts.entities[m.entity].kind != Kind::Body {
            continue;
        }
        let after = facts.clean.str(m.span.end..m.span.end + 30);
        let span = if let Some(organ) = ORGAN_AFTER.find(after) {
            m.span.start..m.span.end + organ.as_str().chars().count()
        } else {
            let from = m.span.start.saturating_sub(ORGAN_CHARS);
            let before = facts.clean.str(from..m.span.start);
            let Some(organ) = ORGAN_BEFORE.find(before) else {
                continue;
            };
            from + before[..organ.start()].chars().count()..m.span.end
        };
        if named_otherwise(facts, &span, m.entity) {
            continue;
        }
        let organ = facts.text(&span);
        let shadows = facts
            .mentions_in(&span)
            .filter(|o| o.entity != m.entity)
            .map(|o| o.span.clone())
            .collect();
        let role = facts.clean.str(m.span.end..span.end).trim().to_string();
        found.push((
            Found {
                name: organ,
                span,
                class: "SubUnit",
                parent: Some(m.entity),
                shadows,
                acronym: None,
            },
            role,
        ));
    }
    let short_names: Vec<Vec<String>> = found.iter().map(|(f, role)| short_names(facts, ex, f, role)).collect();
    let organs: Vec<Found> = found.into_iter().map(|(f, _)| f).collect();
    let spans: Vec<Range<usize>> = organs.iter().map(|f| f.span.clone()).collect();
    register(facts, ex, organs);
    for (span, names) in spans.iter().zip(short_names) {
        let Some(id) = organ_at(facts, span) else { continue };
        let evidence = facts.sentence_span(span.start);
        for name in names {
            facts.aliases.push((id, name, evidence.clone()));
        }
    }
}

/// Whether another body's mention already covers the organ's words beyond its own body's, as a
/// name of its own ("the Council of the European Union" is not an organ of the Union here).
fn named_otherwise(facts: &Facts, span: &Range<usize>, body: EntityId) -> bool {
    facts.mentions.iter().any(|o| {
        o.entity != body
            && facts.entities[o.entity].kind == Kind::Body
            && o.span.start <= span.start
            && span.end <= o.span.end
    })
}

/// The sub-unit registered for `span`.
fn organ_at(facts: &Facts, span: &Range<usize>) -> Option<EntityId> {
    facts
        .mentions
        .iter()
        .find(|m| m.span == *span && facts.entities[m.entity].introduced.is_some())
        .map(|m| m.entity)
}

/// The names of an organ written after its body's short names: "AfIGF MAG" for the "Africa IGF
/// MAG". Only for an organ written after its body ("Africa IGF MAG"), whose short names read
/// the same way.
fn short_names(facts: &Facts, ex: &Extractor, organ: &Found, role: &str) -> Vec<String> {
    let Some(parent) = organ.parent else {
        return Vec::new();
    };
    if role.is_empty() {
        return Vec::new();
    }
    let entity = &facts.entities[parent];
    let mut labels = vec![entity.label.clone()];
    if let Some(concept) = ex.vocab.get(&entity.iri) {
        labels.extend(concept.labels.iter().cloned());
        labels.extend(concept.acronyms.iter().cloned());
    }
    if let Some(acronym) = entity.introduced.as_ref().and_then(|i| i.acronym.clone()) {
        labels.push(acronym);
    }
    let mut names: Vec<String> = labels
        .into_iter()
        .filter(|l| l.split_whitespace().count() <= SHORT_NAME_WORDS)
        .map(|l| format!("{l} {role}"))
        .filter(|n| *n != organ.name)
        .collect();
    names.sort();
    names.dedup();
    names
}
