//! Meetings, sessions and events with their dates, the body that held or convened them, and
//! how many took part: "The group held five meetings …: 30 September 2016, 26-27 January 2017",
//! "The Chair of the CSTD convened this one-day meeting … on 18 May 2012".

use super::dates::find_dates;
use super::{EntityId, Extractor, Facts, Meeting};
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meetings?|sessions?|held|convened|met|conference|summit|workshop|consultations?)\b").unwrap()
});
static OF_BODY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:meetings?|sessions?|conference) of (?:the )?$").unwrap());
static THIS_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bthis (?:[\w-]+ )?(?:meeting|session|event)\b").unwrap());
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\battended by ([^.;]*)").unwrap());
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,6}\b").unwrap());

/// Fills [`Facts::meetings`].
pub fn find_meetings(facts: &mut Facts, ex: &Extractor) {
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
        let dates = find_dates(&text);
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

/// "session of the CSTD" names the holder; otherwise the first body the sentence names.
fn convenor(facts: &Facts, span: &std::ops::Range<usize>) -> Option<EntityId> {
    let bodies: Vec<_> = facts
        .mentions_in(span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .collect();
    let of_body = bodies.iter().find(|m| {
        OF_BODY.is_match(
            facts
                .clean
                .str(m.span.start.saturating_sub(30).max(span.start)..m.span.start),
        )
    });
    of_body.or(bodies.first()).map(|m| m.entity)
}
