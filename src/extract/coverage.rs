//! Which bodies cover, address or are the venue for which issues, and how the text puts it.
//!
//! Four rule families, each recording the passage it relies on:
//! - `table`: rows of a mapping table, an issue followed by the bodies that cover it
//!   (rows broken over several lines by the conversion are joined back);
//! - `name`: a body whose name carries an issue ("Working Group on Enhanced Cooperation");
//! - `sentence` and `mandate`: a body and an issue tied by a verb ("the IGF has stimulated the
//!   exchange of views … about critical Internet resources"; "a focus of discussions at the
//!   General Assembly"; "requested the Chair of the CSTD … to develop recommendations on …");
//! - `venue`: the body that convened the meeting a document reports on is the venue for the
//!   issues the document states were discussed.
//!
//! A proposal ("CSTD could serve as …") is recorded as [`Modality::Proposed`] and a gap
//! ("current platforms do not fully address …") as [`Modality::Gap`]: neither is coverage.

use super::authorship::{Role, document_bodies};
use super::{Coverage, EntityId, Extractor, Facts, Modality};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static SEPARATORS_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,;.&/•]*(?:(?:and|etc)\b[\s,;.&/]*)*$").unwrap());
static GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:do(?:es)? not (?:fully )?address|not fully|lacks?|gaps?|missing|insufficient(?:ly)?|fail(?:s|ed)? to|unable to|need to address|needs to be addressed|remain(?:s)? unaddressed)\b").unwrap()
});
static PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:should|could|would|may|might|shall|propos(?:e|es|ed|al|als)|suggest(?:s|ed|ion|ions)?|recommend(?:s|ed)?|call(?:s|ed)? for|urge[sd]?|potential|consider(?:ed)? as)\b").unwrap()
});
static ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:address(?:es|ed)?|discuss(?:es|ed)?|cover(?:s|ed)?|deal(?:s|t)? with|works? on|worked on|focus(?:es|ed)? on|exchange of views(?: and ideas)? (?:about|on)|(?:forum|venue|platform) for|responsible for|tasked with)\b").unwrap()
});
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:focus of discussions?|discussed|addressed|considered|dealt with|covered) (?:at|by|in|within) (?:the )?").unwrap()
});
static MANDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:request(?:s|ed)?|ask(?:s|ed)?|mandate(?:s|d)?|task(?:s|ed)?|call(?:s|ed)? upon)\b").unwrap()
});
static TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bto\b").unwrap());

/// Fills [`Facts::coverage`].
pub fn find_coverage(facts: &mut Facts, ex: &Extractor) {
    let mut found = Vec::new();
    tables(facts, &mut found);
    names(facts, ex, &mut found);
    sentences(facts, &mut found);
    venue(facts, &mut found);
    let mut seen = std::collections::HashSet::new();
    found.retain(|c: &Coverage| seen.insert((c.body, c.issue, c.modality, c.basis, c.evidence.start)));
    facts.coverage = found;
}

fn residue_is_separators(facts: &Facts, span: &Range<usize>, from: usize) -> bool {
    let mut rest = String::new();
    let mut at = from;
    for m in facts.mentions_in(&(from..span.end)) {
        if m.span.start >= at {
            rest.push_str(facts.clean.str(at..m.span.start));
        }
        at = at.max(m.span.end);
    }
    rest.push_str(facts.clean.str(at..span.end));
    SEPARATORS_ONLY.is_match(&rest)
}

fn tables(facts: &Facts, found: &mut Vec<Coverage>) {
    let mut row: Option<(EntityId, Range<usize>)> = None;
    for para in facts.clean.paragraphs.iter().filter(|p| !p.footnote) {
        let span = para.span.clone();
        let mentions: Vec<_> = facts.mentions_in(&span).filter(|m| m.explicit).collect();
        let bodies: Vec<EntityId> = mentions
            .iter()
            .filter(|m| facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity)
            .collect();
        let first = mentions.first();
        let starts_with_issue =
            first.is_some_and(|m| m.span.start <= span.start + 3 && facts.entities[m.entity].kind == Kind::Issue);
        if starts_with_issue && !bodies.is_empty() && residue_is_separators(facts, &span, first.unwrap().span.end) {
            let issue = first.unwrap().entity;
            row = Some((issue, span.clone()));
        } else if row.is_some() && !bodies.is_empty() && residue_is_separators(facts, &span, span.start) {
            // A row the conversion broke onto another line.
        } else {
            row = None;
            continue;
        }
        let (issue, row_span) = row.clone().unwrap();
        for body in bodies {
            let evidence = row_span.start..span.end;
            found.push(Coverage {
                body,
                issue,
                modality: Modality::Stated,
                basis: "table",
                evidence,
            });
        }
    }
}

fn names(facts: &Facts, ex: &Extractor, found: &mut Vec<Coverage>) {
    for m in facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
    {
        let name = facts.text(&m.span);
        for hit in ex.matchers.issues.find(&name) {
            for &c in &hit.concepts {
                if ex.vocab.concepts[c].kind != Some(Kind::Issue) {
                    continue;
                }
                let Some(issue) = facts.entity_by_iri(&ex.vocab.concepts[c].iri) else {
                    continue;
                };
                let evidence = facts.sentence_span(m.span.start);
                found.push(Coverage {
                    body: m.entity,
                    issue,
                    modality: Modality::Stated,
                    basis: "name",
                    evidence,
                });
            }
        }
    }
}

fn in_recommendation(facts: &Facts, span: &Range<usize>) -> bool {
    facts
        .recommendations
        .iter()
        .any(|r| !r.mandate && r.evidence.start <= span.start && span.end <= r.evidence.end)
}

/// How a passage presents what it says: inside a recommendation (not a mandate) or with a modal verb it is a
/// proposal, with "lacks", "gaps", "do not fully address" a gap, otherwise a fact.
pub fn modality(facts: &Facts, span: &Range<usize>, text: &str) -> Modality {
    if in_recommendation(facts, span) {
        Modality::Proposed
    } else if GAP.is_match(text) {
        Modality::Gap
    } else if PROPOSAL.is_match(text) {
        Modality::Proposed
    } else {
        Modality::Stated
    }
}

fn sentences(facts: &Facts, found: &mut Vec<Coverage>) {
    for sentence in &facts.clean.sentences {
        let span = sentence.span.clone();
        let text = facts.text(&span);
        let offset = |byte: usize| span.start + text[..byte].chars().count();
        let of_kind = |kind: Kind, explicit: bool| -> Vec<(EntityId, Range<usize>)> {
            facts
                .mentions_in(&span)
                .filter(|m| facts.entities[m.entity].kind == kind && (m.explicit || !explicit))
                .map(|m| (m.entity, m.span.clone()))
                .collect()
        };
        let (bodies, issues) = (of_kind(Kind::Body, false), of_kind(Kind::Issue, true));
        if bodies.is_empty() || issues.is_empty() {
            continue;
        }
        let modality = modality(facts, &span, &text);
        let mut pair = |body: EntityId, issue: EntityId, basis: &'static str| {
            found.push(Coverage {
                body,
                issue,
                modality,
                basis,
                evidence: span.clone(),
            });
        };
        // The subject of an active verb is the last thing named before it; a document
        // ("the WSIS+10 Outcome document addresses …") is no body, even one whose name holds a body.
        let subjects: Vec<(EntityId, Range<usize>)> = facts
            .mentions_in(&span)
            .filter(|m| matches!(facts.entities[m.entity].kind, Kind::Body | Kind::Instrument))
            .map(|m| (m.entity, m.span.clone()))
            .collect();
        for cue in ACTIVE.find_iter(&text) {
            let at = offset(cue.start());
            let subject = subjects
                .iter()
                .filter(|(_, s)| s.end <= at)
                .max_by_key(|(_, s)| (s.end, s.len()));
            if let Some((body, _)) = subject.filter(|(id, _)| facts.entities[*id].kind == Kind::Body) {
                for (issue, _) in issues.iter().filter(|(_, s)| s.start >= at) {
                    pair(*body, *issue, "sentence");
                }
            }
        }
        for cue in PASSIVE.find_iter(&text) {
            let (at, end) = (offset(cue.start()), offset(cue.end()));
            if let Some((body, _)) = bodies.iter().find(|(_, s)| s.start >= end && s.start <= end + 2) {
                for (issue, _) in issues.iter().filter(|(_, s)| s.end <= at) {
                    pair(*body, *issue, "sentence");
                }
            }
        }
        if let Some(cue) = MANDATE.find(&text) {
            let at = offset(cue.end());
            let to = TO
                .find_iter(&text[cue.end()..])
                .map(|m| offset(cue.end() + m.start()))
                .find(|&t| bodies.iter().any(|(_, s)| s.start >= at && s.end <= t));
            if let Some(to) = to {
                let requester = bodies.iter().rev().find(|(_, s)| s.end <= offset(cue.start()));
                let mandated = bodies.iter().filter(|(_, s)| s.start >= at && s.end <= to);
                for (body, _) in requester.into_iter().chain(mandated) {
                    for (issue, _) in issues.iter().filter(|(_, s)| s.start >= to) {
                        pair(*body, *issue, "mandate");
                    }
                }
            }
        }
    }
}

/// The bodies a document reports the meeting of, or speaks for, and the basis each gives.
fn hosts(facts: &Facts) -> Vec<(EntityId, &'static str)> {
    let mut hosts: Vec<(EntityId, &'static str)> = facts
        .meetings
        .iter()
        .filter(|m| m.reported || m.convenor.is_some() && m.convenor == facts.header.issuer)
        .filter_map(|m| m.convenor)
        .map(|body| (body, "venue"))
        .collect();
    for (body, role, _) in document_bodies(facts) {
        if !hosts.iter().any(|(b, _)| *b == body) {
            hosts.push((body, if role == Role::Author { "author" } else { "venue" }));
        }
    }
    hosts
}

/// The venue of a meeting a document reports, and the author of a report, resolution or
/// declaration, cover every issue the document states or proposes work on; a gap it names is
/// not theirs.
fn venue(facts: &Facts, found: &mut Vec<Coverage>) {
    let hosts = hosts(facts);
    if hosts.is_empty() {
        return;
    }
    for sentence in &facts.clean.sentences {
        if facts.clean.paragraphs[sentence.paragraph].footnote {
            continue;
        }
        let span = sentence.span.clone();
        if modality(facts, &span, &facts.text(&span)) == Modality::Gap {
            continue;
        }
        for issue in super::mentions::entities_in(facts, &span, Kind::Issue, true) {
            for &(body, basis) in &hosts {
                found.push(Coverage {
                    body,
                    issue,
                    modality: Modality::Stated,
                    basis,
                    evidence: span.clone(),
                });
            }
        }
    }
}
