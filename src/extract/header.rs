//! What a document says about itself: title, kind, issuing body and date, from the metadata
//! file where it has an entry and otherwise from the lines that head the text.

use super::dates::{DateHit, find_dates};
use super::meetings::PUBLISHED;
use super::{EntityId, Extractor, Facts, Meeting};
use crate::corpus::Metadata;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// At most this many paragraphs head a document.
const HEADER_PARAGRAPHS: usize = 8;
/// A paragraph this long is running text, which ends the header.
const RUNNING_TEXT_CHARS: usize = 200;

static KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(session outcome|outcome document|chair(?:man)?'?s? summary|summary|draft report|report|contribution|resolution|decision|declaration|statement|submission)(?-u:\b)").unwrap()
});
/// "Hosted by IGF Secretariat", "Organized by …": a header line naming who convened the meeting.
static HOSTED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:hosted|organi[sz]ed|convened) by(?-u:\b)").unwrap());
/// "Date: 27th -29th July 2011": a header line labelled as the meeting's date.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)date\s*:\s*$").unwrap());
static REPORT_OF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)report of(?-u:\b)").unwrap());

/// The paragraphs that head a document, with their text.
struct Zone {
    /// Paragraph indices.
    paragraphs: Vec<usize>,
    /// Their text, in the same order.
    texts: Vec<String>,
}

impl Zone {
    /// The first paragraphs, up to the first one long enough to be running text.
    fn of(facts: &Facts) -> Self {
        let paragraphs: Vec<usize> = facts
            .clean
            .paragraphs
            .iter()
            .enumerate()
            .take(HEADER_PARAGRAPHS)
            .take_while(|(_, p)| p.span.len() < RUNNING_TEXT_CHARS)
            .map(|(i, _)| i)
            .collect();
        let texts = paragraphs
            .iter()
            .map(|&i| facts.text(&facts.clean.paragraphs[i].span))
            .collect();
        Zone { paragraphs, texts }
    }

    fn span(&self, facts: &Facts, i: usize) -> Range<usize> {
        facts.clean.paragraphs[self.paragraphs[i]].span.clone()
    }
}

/// Fills [`Facts::header`], and records the session a session outcome document reports on.
/// Each field comes from the metadata file where it has an entry, else from the header's lines.
pub fn read_header(facts: &mut Facts, ex: &Extractor, meta: &Metadata) {
    let zone = Zone::of(facts);
    let title_index = title_line(&zone.texts);
    let issuer = meta
        .issuer
        .as_deref()
        .and_then(|name| resolve_body(facts, ex, name))
        .or_else(|| body_line(facts, &zone))
        .or_else(|| report_of_body(facts, &zone, title_index));
    let title = meta
        .title
        .clone()
        .or_else(|| title_index.map(|i| zone.texts[i].trim().to_string()));
    let kind = meta.kind.clone().or_else(|| kind_line(&zone.texts));
    let header_date = dated_line(facts, &zone);
    let date = meta
        .date
        .clone()
        .or_else(|| header_date.as_ref().map(|(d, _)| d.start.clone()));

    if kind.as_deref().is_some_and(|k| k.contains("session"))
        && let (Some(convenor), Some((d, span))) = (issuer, header_date)
    {
        let label = title.clone().unwrap_or_else(|| "Session".to_string());
        facts.meetings.push(reported_meeting(d, convenor, label, span));
    }
    let named = title_index.map(|i| zone.paragraphs[i]);
    for convenor in header_convenors(facts, &zone.paragraphs, named, issuer) {
        add_reported(facts, &zone.paragraphs, convenor, title.as_deref());
    }
    facts.header = super::Header {
        title,
        date,
        kind,
        issuer,
    };
}

/// The issuer when a header line is nothing but a body's explicit name.
fn body_line(facts: &Facts, zone: &Zone) -> Option<EntityId> {
    (0..zone.paragraphs.len()).find_map(|i| {
        let span = zone.span(facts, i);
        facts
            .mentions_in(&span)
            .find(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body && m.span.len() * 10 >= span.len() * 9)
            .map(|m| m.entity)
    })
}

/// The issuer when the title is a "Report of …" line: the first body it names.
fn report_of_body(facts: &Facts, zone: &Zone, title: Option<usize>) -> Option<EntityId> {
    let i = title.filter(|&i| REPORT_OF.is_match(&zone.texts[i]))?;
    facts
        .mentions_in(&zone.span(facts, i))
        .find(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| m.entity)
}

/// Whether a line is mostly a document kind ("Chair's Summary").
fn is_kind_line(text: &str) -> bool {
    KIND.find(text).is_some_and(|m| m.len() * 2 >= text.trim().len())
}

/// The title: the first header line long enough, that is not a kind, a date or an address.
fn title_line(texts: &[String]) -> Option<usize> {
    texts
        .iter()
        .position(|t| t.chars().count() >= 15 && !is_kind_line(t) && find_dates(t).is_empty() && !t.contains("://"))
}

/// The document kind the header lines first name, in lower case ("chair's summary").
fn kind_line(texts: &[String]) -> Option<String> {
    texts.iter().find_map(|t| {
        KIND.find(t)
            .map(|m| m.as_str().to_lowercase().replace("chairman", "chair"))
    })
}

/// The first header line with a date precise to the day, with that date.
fn dated_line(facts: &Facts, zone: &Zone) -> Option<(DateHit, Range<usize>)> {
    (0..zone.paragraphs.len()).find_map(|i| {
        let span = zone.span(facts, i);
        find_dates(&zone.texts[i])
            .into_iter()
            .find(|d| d.has_day())
            .map(|d| (d, span))
    })
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

/// The bodies that convened the meeting a document reports: its issuer, else the first body its
/// title names ("IGF 2014 Chair's Summary"), and any body a header line says hosted it.
fn header_convenors(facts: &Facts, zone: &[usize], title: Option<usize>, issuer: Option<usize>) -> Vec<usize> {
    let first_body = |p: usize| {
        let span = facts.clean.paragraphs[p].span.clone();
        facts
            .mentions_in(&span)
            .find(|m| facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity)
    };
    let hosts = zone
        .iter()
        .filter(|&&p| HOSTED_LINE.is_match(&facts.text(&facts.clean.paragraphs[p].span)))
        .filter_map(|&p| first_body(p));
    let mut found: Vec<usize> = issuer
        .or_else(|| title.and_then(first_body))
        .into_iter()
        .chain(hosts)
        .collect();
    found.dedup();
    found
}

/// A header line that is a meeting's dates and place ("2-5 September 2014, Istanbul, Turkey",
/// "Date: 27th -29th July 2011") dates the meeting the document reports; a line giving the
/// document's own date ("[Draft, 13:30 UTC+3, 5 September 2014]") does not.
fn add_reported(facts: &mut Facts, zone: &[usize], convenor: usize, title: Option<&str>) {
    let line = zone.iter().find_map(|&p| {
        let span = facts.clean.paragraphs[p].span.clone();
        let text = facts.text(&span);
        let d = find_dates(&text).into_iter().find(|d| d.has_day())?;
        let before = facts.clean.str(span.start..span.start + d.span.start);
        let rest = text.chars().count() - d.span.len();
        let placed = facts
            .mentions_in(&span)
            .any(|m| facts.entities[m.entity].kind == Kind::Place);
        let dated_line = DATE_LINE.is_match(before) || (placed && rest < 60);
        (dated_line && !PUBLISHED.is_match(before)).then_some((d, span))
    });
    let Some((d, span)) = line else {
        return;
    };
    if facts
        .meetings
        .iter()
        .any(|m| m.start == d.start && m.convenor == Some(convenor))
    {
        return;
    }
    let label = title.unwrap_or("Meeting").to_string();
    facts.meetings.push(reported_meeting(d, convenor, label, span));
}

/// The meeting a document reports, dated by its header.
fn reported_meeting(date: DateHit, convenor: EntityId, label: String, evidence: Range<usize>) -> Meeting {
    Meeting {
        start: date.start,
        end: date.end,
        convenor: Some(convenor),
        participants: None,
        place: None,
        reported: true,
        label,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    // Header lines in the shape of an IGF chair's summary.
    #[test]
    fn the_title_is_the_first_line_that_is_not_a_kind_a_date_or_an_address() {
        let texts = lines(&[
            "Chair's Summary",
            "2-5 September 2014",
            "https://www.intgovforum.org",
            "Ninth Meeting of the Internet Governance Forum",
        ]);
        assert_eq!(title_line(&texts), Some(3));
        assert_eq!(title_line(&lines(&["Report", "Geneva"])), None);
    }

    #[test]
    fn the_kind_is_the_first_kind_named_with_chairman_read_as_chair() {
        let texts = lines(&["Ninth Meeting of the IGF", "Chairman's Summary"]);
        assert_eq!(kind_line(&texts).as_deref(), Some("chair's summary"));
        assert_eq!(kind_line(&lines(&["Ninth Meeting of the IGF"])), None);
    }

    #[test]
    fn a_kind_line_is_mostly_the_kind() {
        assert!(is_kind_line("Chair's Summary"));
        assert!(!is_kind_line("Summary of the discussions held at the ninth IGF"));
    }
}
