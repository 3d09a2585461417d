//! Meetings, sessions and events with their dates, the body that held or convened them, and
//! how many took part: "The group held five meetings …: 30 September 2016, 26-27 January 2017",
//! "The Chair of the CSTD convened this one-day meeting … on 18 May 2012".

use super::dates::{find_dates, find_dates_in_year};
use super::{EntityId, Extractor, Facts, Meeting};
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meetings?|sessions?|held|convened|met|conference|summit|workshop|consultations?)\b").unwrap()
});
static OF_BODY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:meetings?|sessions?|conference) of (?:the )?$").unwrap());
/// A body named right before the word for its meeting: "MAG Meeting", "the Multistakeholder
/// Advisory Group (MAG) meeting", "Virtual MAG Meeting" name the body that met.
static BODY_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s*\([^)]{1,15}\))?\s*(?:virtual\s+|online\s+)?(?:meetings?|sessions?)\b").unwrap()
});
/// A deadline ("by 31 December", "until 15 May") is not a meeting.
static DEADLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:by|until|till|before|deadline(?: of| is)?)\s*$").unwrap());
static THIS_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bthis (?:[\w-]+ )?(?:meeting|session|event)\b").unwrap());
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\battended by ([^.;]*)").unwrap());
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,6}\b").unwrap());

/// Fills [`Facts::meetings`].
pub fn find_meetings(facts: &mut Facts, ex: &Extractor) {
    let year = document_year(facts);
    for si in 0..facts.clean.sentences.len() {
        let span = facts.clean.sentences[si].span.clone();
        let text = facts.text(&span);
        if let Some(cap) = ATTENDED.captures(&text) {
            let total: u32 = NUMBER
                .find_iter(&cap[1])
                .filter_map(|n| n.as_str().parse::<u32>().ok())
                .sum();
            if let Some(last) = facts.meetings.iter_mut().rev().find(|m| m.evidence.end <= span.end) {
                last.participants = Some(total);
            }
        }
        if !CUE.is_match(&text) {
            continue;
        }
        let dates = find_dates_in_year(&text, year.as_deref());
        if dates.is_empty() {
            continue;
        }
        let convenor = convenor(facts, &span).or(facts.header.issuer);
        let place = facts
            .mentions_in(&span)
            .find(|m| facts.entities[m.entity].kind == Kind::Place)
            .map(|m| m.entity);
        let reported = THIS_MEETING.is_match(&text);
        for d in dates {
            if DEADLINE.is_match(&text.chars().take(d.span.start).collect::<String>()) {
                continue;
            }
            if facts
                .meetings
                .iter()
                .any(|m| m.start == d.start && m.convenor == convenor)
            {
                continue;
            }
            let who = convenor.map_or_else(String::new, |c| {
                let iri = &facts.entities[c].iri;
                ex.vocab
                    .get(iri)
                    .map_or_else(|| facts.entities[c].label.clone(), |v| v.short_label().to_string())
                    + " "
            });
            facts.meetings.push(Meeting {
                label: format!("{who}meeting, {}", d.start),
                start: d.start,
                end: d.end,
                convenor,
                participants: None,
                place,
                reported,
                evidence: span.clone(),
            });
        }
    }
}

/// The year a document's undated days belong to: its own date's, else its first full date's.
fn document_year(facts: &Facts) -> Option<String> {
    let date = facts.header.date.clone().or_else(|| {
        let head = facts.clean.slice(0..facts.clean.chars().len().min(2000));
        find_dates(&head).into_iter().map(|d| d.start).next()
    })?;
    date.get(..4).map(str::to_string)
}

/// "MAG Meeting" and "session of the CSTD" name the holder; otherwise the first body the
/// sentence names.
fn convenor(facts: &Facts, span: &std::ops::Range<usize>) -> Option<EntityId> {
    let bodies: Vec<_> = facts
        .mentions_in(span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .collect();
    let named_meeting = bodies
        .iter()
        .find(|m| BODY_MEETING.is_match(facts.clean.str(m.span.end..(m.span.end + 30).min(span.end))));
    if let Some(m) = named_meeting {
        return Some(m.entity);
    }
    let of_body = bodies.iter().find(|m| {
        OF_BODY.is_match(
            facts
                .clean
                .str(m.span.start.saturating_sub(30).max(span.start)..m.span.start),
        )
    });
    of_body.or(bodies.first()).map(|m| m.entity)
}
