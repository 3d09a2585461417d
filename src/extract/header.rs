//! What a document says about itself: title, kind, issuing body and date, from the metadata
//! file where it has an entry and otherwise from the lines that head the text.

use super::dates::find_dates;
use super::{Extractor, Facts, Meeting};
use crate::corpus::Metadata;
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// At most this many paragraphs head a document.
const HEADER_PARAGRAPHS: usize = 8;
/// A paragraph this long is running text, which ends the header.
const RUNNING_TEXT_CHARS: usize = 200;

static KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(session outcome|outcome document|chair(?:man)?'?s? summary|summary|draft report|report|contribution|resolution|decision|declaration|statement|submission)\b").unwrap()
});
static REPORT_OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\breport of\b").unwrap());

/// Fills [`Facts::header`], and records the session a session outcome document reports on.
pub fn read_header(facts: &mut Facts, ex: &Extractor, meta: &Metadata) {
    let zone: Vec<usize> = facts
        .clean
        .paragraphs
        .iter()
        .enumerate()
        .take(HEADER_PARAGRAPHS)
        .take_while(|(_, p)| p.span.len() < RUNNING_TEXT_CHARS)
        .map(|(i, _)| i)
        .collect();
    let texts: Vec<String> = zone
        .iter()
        .map(|&i| facts.text(&facts.clean.paragraphs[i].span))
        .collect();

    let whole_body = zone.iter().find_map(|&i| {
        let span = facts.clean.paragraphs[i].span.clone();
        facts
            .mentions_in(&span)
            .find(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body && m.span.len() * 10 >= span.len() * 9)
            .map(|m| m.entity)
    });
    let mut issuer = meta.issuer.as_deref().and_then(|name| resolve_body(facts, ex, name));
    if issuer.is_none() {
        issuer = whole_body;
    }
    let kind_line = |t: &String| KIND.find(t).is_some_and(|m| m.len() * 2 >= t.trim().len());
    let title_index = texts
        .iter()
        .position(|t| t.chars().count() >= 15 && !kind_line(t) && find_dates(t).is_empty() && !t.contains("://"));
    if issuer.is_none()
        && let Some(i) = title_index.filter(|&i| REPORT_OF.is_match(&texts[i]))
    {
        let span = facts.clean.paragraphs[zone[i]].span.clone();
        issuer = facts
            .mentions_in(&span)
            .find(|m| facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity);
    }
    let title = meta
        .title
        .clone()
        .or_else(|| title_index.map(|i| texts[i].trim().to_string()));
    let kind = meta.kind.clone().or_else(|| {
        texts.iter().find_map(|t| {
            KIND.find(t)
                .map(|m| m.as_str().to_lowercase().replace("chairman", "chair"))
        })
    });
    let header_date = zone.iter().find_map(|&i| {
        let span = facts.clean.paragraphs[i].span.clone();
        find_dates(&facts.text(&span))
            .into_iter()
            .find(|d| d.has_day())
            .map(|d| (d, span))
    });
    let date = meta
        .date
        .clone()
        .or_else(|| header_date.as_ref().map(|(d, _)| d.start.clone()));

    if kind.as_deref().is_some_and(|k| k.contains("session"))
        && let (Some(convenor), Some((d, span))) = (issuer, header_date)
    {
        facts.meetings.push(Meeting {
            start: d.start,
            end: d.end,
            convenor: Some(convenor),
            participants: None,
            place: None,
            reported: true,
            label: title.clone().unwrap_or_else(|| "Session".to_string()),
            evidence: span,
        });
    }
    facts.header = super::Header {
        title,
        date,
        kind,
        issuer,
    };
}

/// A body named by `name` (label or acronym), entered as an entity of the document.
fn resolve_body(facts: &mut Facts, ex: &Extractor, name: &str) -> Option<usize> {
    let hit = ex
        .matchers
        .all
        .find(name)
        .into_iter()
        .find(|h| h.span.len() == name.chars().count())?;
    let concept = *hit
        .concepts
        .iter()
        .find(|&&c| ex.vocab.concepts[c].kind == Some(Kind::Body))?;
    Some(facts.concept_entity(ex.vocab, concept))
}
