//! Which bodies cover, address or are the venue for which issues, and how the text puts it.
//!
//! Rule families, each recording the passage it relies on:
//! - `table`: rows of a mapping table, an issue followed by the bodies that cover it
//!   (rows broken over several lines by the conversion are joined back);
//! - `name`: a body whose name carries an issue ("Working Group on Enhanced Cooperation");
//! - `sentence` and `mandate`: a body and an issue tied by a verb ("the IGF has stimulated the
//!   exchange of views … about critical Internet resources"; "a focus of discussions at the
//!   General Assembly"; "requested the Chair of the CSTD … to develop recommendations on …");
//!   a mandate may be reported or first-person, and invites, encourages and urges as well as
//!   requests ("invites X to continue its work on Y");
//! - `sentence` also for a session or programme line on an issue and the body that organised,
//!   hosted or moderated it ("Action Line C5: Y — organized by X", "a workshop on Y hosted by X");
//! - `name` also for a body's own instrument on an issue ("the OECD Privacy Guidelines", "ITU's
//!   Global Cybersecurity Agenda");
//! - `venue`: the body that convened the meeting a document reports on is the venue for the
//!   issues the document discusses; `author`: the body whose report, resolution, declaration or
//!   statement the document is (see [`super::authorship`]) covers the issues it states.
//!
//! A proposal ("CSTD could serve as …") is recorded as [`Modality::Proposed`] and a gap
//! ("current platforms do not fully address …") as [`Modality::Gap`]: neither is coverage.

use super::authorship::{Role, document_bodies, organisers_of_venue};
use super::{Coverage, EntityId, Extractor, Facts, Modality};
use crate::text::ParagraphKind;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static SEPARATORS_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,;.&/•]*(?:(?:and|etc)(?-u:\b)[\s,;.&/]*)*$").unwrap());
static GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:do(?:es)? not (?:fully )?address|not fully|lacks?|gaps?|missing|insufficient(?:ly)?|fail(?:s|ed)? to|unable to|need to address|needs to be addressed|remain(?:s)? unaddressed)(?-u:\b)").unwrap()
});
static PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:should|could|would|may|might|shall|propos(?:e|es|ed|al|als)|suggest(?:s|ed|ion|ions)?|recommend(?:s|ed)?|call(?:s|ed)? for|urge[sd]?|potential|consider(?:ed)? as)(?-u:\b)").unwrap()
});
/// What makes a mandate only proposed: "could be requested to", "should invite".
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:should|could|would|may|might|propos(?:e|es|ed|al|als)|suggest(?:s|ed|ion|ions)?)(?-u:\b)",
    )
    .unwrap()
});
static ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:address(?:es|ed)?|discuss(?:es|ed)?|cover(?:s|ed)?|deal(?:s|t)? with|works? on|worked on|focus(?:es|ed)? on|exchange of views(?: and ideas)? (?:about|on)|(?:forum|venue|platform) for|responsible for|tasked with)(?-u:\b)").unwrap()
});
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:focus of discussions?|discussed|addressed|considered|dealt with|covered) (?:at|by|in|within) (?:the )?").unwrap()
});
static MANDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:request(?:s|ed)?|ask(?:s|ed)?|mandate(?:s|d)?|task(?:s|ed)?|call(?:s|ed)? (?:up)?on|invite(?:s|d)?|encourage(?:s|d)?|urge(?:s|d)?|instruct(?:s|ed)?|entrust(?:s|ed)?)(?-u:\b)").unwrap()
});
/// "the request made by X", "as requested by X": X asked, and is not asked.
static AGENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:(?:made|issued|expressed|put forward)\s+)?by(?-u:\b)").unwrap());
/// A session, workshop or programme line on an issue and who runs it: "Session on Y, hosted by
/// X", "Action Line C5: Y — organized by X", "a workshop on Y moderated by X".
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:main |open |plenary |thematic |high-level |parallel )?sessions?|workshops?|consultations?|panels?|dialogues?|round ?tables?|tracks?|forums?|meetings?|seminars?|webinars?|action lines? [a-z]?\d*)\s*(?:on|about|for|:)\s").unwrap()
});
static RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:co-)?(?:organi[sz]ed|hosted|facilitated|moderated|convened|chaired|led|run|coordinated)\s+(?:jointly\s+)?by\s+(?:the\s+)?$").unwrap()
});
/// How far the runner of an event may stand after its issue, in chars.
const RUNNER_CHARS: usize = 150;
/// An instrument of a body's own on an issue: "ITU's Global Cybersecurity Agenda", "the OECD
/// Privacy Guidelines", "the IGF Best Practice Forum on cybersecurity".
static OWN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:on|for)\s+)?$").unwrap());
static OWN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}(?:initiatives?|programmes?|programs?|agenda|indicators|principles|guidelines|strateg(?:y|ies)|frameworks?|toolkits?|index|action plan|roadmap|road map|policy|policies|reports?|resolutions?)(?-u:\b)").unwrap()
});
/// After a body's name, what introduces the topics it works on: "Four Best Practice Forums
/// (BPFs), on ‘Cybersecurity’, ‘Big Data and AI’ …", "a dynamic coalition focused on …".
static TOPICS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:on|about|(?:that |which )?(?:focus(?:es|ed|ing)?|works?|working) on|dealing with|devoted to|dedicated to)\s+[‘'“\x22]?$").unwrap()
});
/// What separates the topics of one list: commas, quotes, "and".
static TOPICS_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,;‘’'“”\x22]*(?:(?:and|&|as well as)\s+)?[\s‘’'“”\x22]*$").unwrap());
/// How far the first topic may stand after the body, in chars.
const TOPICS_CHARS: usize = 60;
/// How far a list of topics after a body's name may run, in chars.
const TOPICS_LIST_CHARS: usize = 400;
/// How far an issue in a body's instrument name may stand after the body, in chars.
const OWN_CHARS: usize = 60;
static TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)to(?-u:\b)").unwrap());

/// Fills [`Facts::coverage`].
pub fn find_coverage(facts: &mut Facts, ex: &Extractor) {
    let mut found = Vec::new();
    tables(facts, &mut found);
    names(facts, ex, &mut found);
    sentences(facts, &mut found);
    subject_sentences(facts, &mut found);
    organised(facts, &mut found);
    own_instruments(facts, &mut found);
    topics_after_name(facts, &mut found);
    adopted_lists(facts, &mut found);
    themes(facts, &mut found);
    super::discussed_lists::discussed_items(facts, &mut found);
    venue(facts, &mut found);
    let named = named_together(facts, ex);
    same_sentence(facts, &named, &mut found);
    sentence_after(facts, &named, &mut found);
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

/// A body whose name carries an issue covers it, though the document may name the issue
/// nowhere else ("the Working Group on Internet Governance"): the issue enters the document's
/// entities then, without a mention of its own.
fn names(facts: &mut Facts, ex: &Extractor, found: &mut Vec<Coverage>) {
    let mut named = Vec::new();
    for m in facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
    {
        let name = facts.text(&m.span);
        for hit in ex.matchers.issues.find(&name) {
            for &c in hit
                .concepts
                .iter()
                .filter(|&&c| ex.vocab.concepts[c].kind == Some(Kind::Issue))
            {
                named.push((m.entity, c, facts.sentence_span(m.span.start)));
            }
        }
    }
    for (body, concept, evidence) in named {
        let issue = facts.concept_entity(ex.vocab, concept);
        found.push(Coverage {
            body,
            issue,
            modality: Modality::Stated,
            basis: "name",
            evidence,
        });
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
        let opening = super::subjects::of_sentence(facts, &span);
        for cue in ACTIVE.find_iter(&text) {
            let at = offset(cue.start());
            // The verb the sentence's subject opens on is that subject's, whatever a phrase set
            // off after the subject names ("The IGF, hosted by the Government of Japan, addressed").
            if let Some(opening) = opening
                .as_ref()
                .filter(|o| o.predicate <= at && facts.clean.str(o.predicate..at).split_whitespace().count() <= 3)
            {
                for &body in &opening.bodies {
                    for (issue, _) in issues.iter().filter(|(_, s)| s.start >= at) {
                        pair(body, *issue, "sentence");
                    }
                }
                continue;
            }
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
        // A mandate verb ("urges", "calls upon") gives a mandate, not a proposal, unless hedged.
        let mandate_modality = if modality == Modality::Gap || in_recommendation(facts, &span) || HEDGE.is_match(&text)
        {
            modality
        } else {
            Modality::Stated
        };
        for (body, issue) in mandates(&span, &text, &bodies, &issues) {
            found.push(Coverage {
                body,
                issue,
                modality: mandate_modality,
                basis: "mandate",
                evidence: span.clone(),
            });
        }
    }
}

/// A sentence that opens on bodies as the subject of its verb ("The APC … works to help ensure
/// everyone has affordable access to a free and open internet", "UNESCO and ITU co-organised a
/// session on media literacy"): they cover the issues the verb phrase names, up to the first
/// other body, whose the rest may be.
fn subject_sentences(facts: &Facts, found: &mut Vec<Coverage>) {
    for sentence in facts.body_sentences() {
        let span = sentence.span.clone();
        let Some(subjects) = super::subjects::of_sentence(facts, &span) else {
            continue;
        };
        // The subjects' own clause: after a semicolon the sentence says something else.
        let rest = facts.clean.str(subjects.predicate..span.end);
        let clause_end = rest
            .find(';')
            .map_or(span.end, |b| subjects.predicate + rest[..b].chars().count());
        let predicate: Vec<_> = facts
            .mentions_in(&(subjects.predicate..clause_end))
            .filter(|m| m.explicit)
            .take_while(|m| facts.entities[m.entity].kind != Kind::Body || subjects.bodies.contains(&m.entity))
            .filter(|m| facts.entities[m.entity].kind == Kind::Issue)
            .map(|m| m.entity)
            .collect();
        if predicate.is_empty() {
            continue;
        }
        let modality = modality(facts, &span, &facts.text(&span));
        for &body in &subjects.bodies {
            for &issue in &predicate {
                found.push(Coverage {
                    body,
                    issue,
                    modality,
                    basis: "sentence",
                    evidence: span.clone(),
                });
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
    let venues: Vec<EntityId> = hosts
        .iter()
        .filter(|(_, basis)| *basis == "venue")
        .map(|(b, _)| *b)
        .collect();
    for body in organisers_of_venue(facts, &venues) {
        if !hosts.iter().any(|(b, _)| *b == body) {
            hosts.push((body, "venue"));
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
    for sentence in facts.body_sentences() {
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

/// A clause giving a mandate ("requests the Chair of the CSTD … to develop recommendations on
/// Y", "invites X to explore Y", "encourages X and Z to strengthen work on Y"): the bodies asked,
/// between the verb and its "to", and the requester named just before the verb, cover the
/// issues named after the "to". "the request made by X" names the requester alone.
fn mandates(
    span: &Range<usize>,
    text: &str,
    bodies: &[(EntityId, Range<usize>)],
    issues: &[(EntityId, Range<usize>)],
) -> Vec<(EntityId, EntityId)> {
    let offset = |byte: usize| span.start + text[..byte].chars().count();
    let mut out = Vec::new();
    for cue in MANDATE.find_iter(text).filter(|c| !AGENT.is_match(&text[c.end()..])) {
        let at = offset(cue.end());
        let to = TO
            .find_iter(&text[cue.end()..])
            .map(|m| offset(cue.end() + m.start()))
            .find(|&t| bodies.iter().any(|(_, s)| s.start >= at && s.end <= t));
        let Some(to) = to else {
            continue;
        };
        let requester = bodies.iter().rev().find(|(_, s)| s.end <= offset(cue.start()));
        let mandated = bodies.iter().filter(|(_, s)| s.start >= at && s.end <= to);
        for (body, _) in requester.into_iter().chain(mandated) {
            for (issue, _) in issues.iter().filter(|(_, s)| s.start >= to) {
                out.push((*body, *issue));
            }
        }
    }
    out
}

/// A session or programme line on an issue and the body that organised, hosted, facilitated or
/// moderated it: the body covers the issue.
fn organised(facts: &Facts, found: &mut Vec<Coverage>) {
    for sentence in &facts.clean.sentences {
        let span = sentence.span.clone();
        let text = facts.text(&span);
        for event in EVENT.find_iter(&text) {
            let from = span.start + text[..event.end()].chars().count();
            let issues: Vec<(EntityId, Range<usize>)> = facts
                .mentions_in(&(from..span.end))
                .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Issue)
                .map(|m| (m.entity, m.span.clone()))
                .collect();
            let Some((_, first)) = issues.first() else {
                continue;
            };
            let window = first.end..(first.end + RUNNER_CHARS).min(span.end);
            let runners = facts.mentions_in(&window).filter(|m| {
                facts.entities[m.entity].kind == Kind::Body && RUN_BY.is_match(facts.clean.str(first.end..m.span.start))
            });
            for runner in runners {
                for (issue, _) in issues.iter().filter(|(_, s)| s.end <= runner.span.start) {
                    found.push(Coverage {
                        body: runner.entity,
                        issue: *issue,
                        modality: modality(facts, &span, &text),
                        basis: "sentence",
                        evidence: span.clone(),
                    });
                }
            }
        }
    }
}

/// A lead-in that a body adopted, issued or launched the texts listed under it: "The Secretariat
/// informed the Group of the recent adoption by the Committee of Ministers of the following
/// instruments:".
static ADOPTED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:adopt(?:ed|ion)|approv(?:ed|al)|issued|published|launched|endorse(?:d|ment))(?-u:\b)")
        .unwrap()
});
/// The body after "by" in such a lead-in.
static BY_BODY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)by (?:the )?$").unwrap());

/// The body a lead-in says adopted or issued the texts listed under it covers the issues each
/// text is on ("- Recommendation CM/Rec(2008)6 on … freedom of expression …").
fn adopted_lists(facts: &Facts, found: &mut Vec<Coverage>) {
    for sentence in &facts.clean.sentences {
        let span = sentence.span.clone();
        let text = facts.text(&span);
        if !text.trim_end().ends_with(':') || !ADOPTED_LEAD.is_match(&text) {
            continue;
        }
        let bodies: Vec<&super::Mention> = facts
            .mentions_in(&span)
            .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
            .collect();
        let by = bodies.iter().find(|m| {
            BY_BODY.is_match(
                facts
                    .clean
                    .str(m.span.start.saturating_sub(8).max(span.start)..m.span.start),
            )
        });
        let Some(body) = by.or(bodies.first()).map(|m| m.entity) else {
            continue;
        };
        let items = facts.clean.paragraphs[sentence.paragraph + 1..]
            .iter()
            .filter(|p| !p.footnote)
            .take_while(|p| matches!(p.kind, ParagraphKind::Bullet | ParagraphKind::Numbered(_)));
        for item in items {
            for m in facts
                .mentions_in(&item.span)
                .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Issue)
            {
                found.push(Coverage {
                    body,
                    issue: m.entity,
                    modality: Modality::Stated,
                    basis: "sentence",
                    evidence: item.span.clone(),
                });
            }
        }
    }
}

/// A body named with the topics it works on ("Four Best Practice Forums (BPFs), on
/// ‘Cybersecurity’, ‘Big Data and AI’ and ‘Local Content’, were renewed"): it covers each topic
/// of the list that follows its name.
fn topics_after_name(facts: &Facts, found: &mut Vec<Coverage>) {
    for m in facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
    {
        let window = m.span.end..m.span.end + TOPICS_CHARS;
        let mut at = m.span.end;
        let mut topics = Vec::new();
        for next in facts
            .mentions_in(&(m.span.end..m.span.end + TOPICS_LIST_CHARS))
            .filter(|n| n.explicit && n.span.start >= m.span.end)
        {
            if topics.is_empty() && next.entity == m.entity {
                continue; // its acronym in brackets
            }
            let gap = facts.clean.str(at..next.span.start);
            let fits = if topics.is_empty() {
                next.span.start <= window.end && TOPICS_CUE.is_match(gap)
            } else {
                TOPICS_GAP.is_match(gap)
            };
            if !fits || facts.entities[next.entity].kind != Kind::Issue {
                break;
            }
            topics.push(next.entity);
            at = next.span.end;
        }
        if topics.is_empty() {
            continue;
        }
        let evidence = facts.sentence_span(m.span.start);
        let modality = modality(facts, &evidence, &facts.text(&evidence));
        for issue in topics {
            found.push(Coverage {
                body: m.entity,
                issue,
                modality,
                basis: "name",
                evidence: evidence.clone(),
            });
        }
    }
}

/// The themes of a programme or forum ("MAG members identified a focused framing for the 15th
/// IGF programme around three priority thematic areas: (1) Inclusion, (2) Data, and (3) Trust"):
/// the bodies the sentence names, whose programme or work it describes, cover each theme.
fn themes(facts: &Facts, found: &mut Vec<Coverage>) {
    // The sentences that list themes, each once, found from the themes: few sentences do.
    let mut sentences: Vec<usize> = facts
        .themes
        .iter()
        .filter_map(|(_, s)| facts.clean.sentence_at(s.start))
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    for index in sentences {
        let span = facts.clean.sentences[index].span.clone();
        let listed: Vec<&(EntityId, Range<usize>)> = facts
            .themes
            .iter()
            .filter(|(_, s)| s.start >= span.start && s.end <= span.end)
            .collect();
        let text = facts.text(&span);
        let modality = modality(facts, &span, &text);
        let bodies = facts.mentions_in(&span).filter(|m| {
            m.explicit
                && facts.entities[m.entity].kind == Kind::Body
                && !listed.iter().any(|(_, s)| s.start < m.span.end && m.span.start < s.end)
        });
        for body in bodies {
            for (issue, _) in &listed {
                found.push(Coverage {
                    body: body.entity,
                    issue: *issue,
                    modality,
                    basis: "sentence",
                    evidence: span.clone(),
                });
            }
        }
    }
}

/// A body's own initiative, guidelines, indicators or report on an issue: the body covers it.
fn own_instruments(facts: &Facts, found: &mut Vec<Coverage>) {
    for m in facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
    {
        let window = m.span.end..m.span.end + OWN_CHARS;
        for issue in facts.mentions_in(&window).filter(|i| {
            i.explicit
                && facts.entities[i.entity].kind == Kind::Issue
                && OWN_BEFORE.is_match(facts.clean.str(m.span.end..i.span.start))
                && OWN_AFTER.is_match(facts.clean.str(i.span.end..i.span.end + OWN_CHARS))
        }) {
            let evidence = facts.sentence_span(m.span.start);
            found.push(Coverage {
                body: m.entity,
                issue: issue.entity,
                modality: modality(facts, &evidence, &facts.text(&evidence)),
                basis: "name",
                evidence,
            });
        }
    }
}

/// A body and an issue named in one sentence of the body text, where no rule above tied them:
/// readers take "ECOSOC resolution 2006/46 requests the Secretary-General to inform the CSTD on
/// the implementation of WSIS outcomes" as the CSTD's work on WSIS follow-up, and the phrasings
/// are too many to list. Measured on documents no rule was written from, this raised recall of
/// both coverage kinds far more than it cost precision. A body named inside an issue's own name
/// ("the outcomes of the World Summit on the Information Society") is not one of them, nor a
/// summit or process (see [`is_process`]), nor a
/// body whose view of others the sentence gives ("APC continues to see the IGF as critical for
/// … capacity building"), and a body and an issue in different clauses of a sentence are not paired.
fn same_sentence(facts: &Facts, named: &[Named], found: &mut Vec<Coverage>) {
    let already: std::collections::HashSet<_> = found.iter().map(|c| (c.body, c.issue, c.evidence.start)).collect();
    for sentence in named {
        let span = sentence.span.clone();
        let mut pairs = Vec::new();
        for (bodies, issues) in &sentence.clauses {
            for &body in bodies.iter().filter(|b| !sentence.viewers.contains(b)) {
                for &issue in issues {
                    if !already.contains(&(body, issue, span.start)) && !pairs.contains(&(body, issue)) {
                        pairs.push((body, issue));
                    }
                }
            }
        }
        if pairs.is_empty() {
            continue;
        }
        let modality = modality(facts, &span, &facts.text(&span));
        for (body, issue) in pairs {
            found.push(Coverage {
                body,
                issue,
                modality,
                basis: "cooccurrence",
                evidence: span.clone(),
            });
        }
    }
}

/// A sentence that names issues and no body goes on about the bodies of the sentence before it in
/// its paragraph: "The Forum was convened by the Government of Kenya. Discussions centred on
/// access and cybersecurity." Coverage of basis "cooccurrence", as weak as [`same_sentence`]'s.
fn sentence_after(facts: &Facts, named: &[Named], found: &mut Vec<Coverage>) {
    let already: std::collections::HashSet<_> = found.iter().map(|c| (c.body, c.issue)).collect();
    let mut pairs: Vec<(EntityId, EntityId, Range<usize>, Range<usize>)> = Vec::new();
    for two in named.windows(2).filter(|w| w[0].paragraph == w[1].paragraph) {
        let (before, after) = (&two[0], &two[1]);
        if after.clauses.iter().any(|(bodies, _)| !bodies.is_empty()) {
            continue;
        }
        let issues = after.distinct(|(_, issues)| issues);
        for body in before.distinct(|(bodies, _)| bodies) {
            if before.viewers.contains(&body) {
                continue;
            }
            for &issue in &issues {
                if !already.contains(&(body, issue)) && !pairs.iter().any(|p| p.0 == body && p.1 == issue) {
                    pairs.push((body, issue, before.span.start..after.span.end, after.span.clone()));
                }
            }
        }
    }
    for (body, issue, evidence, said) in pairs {
        found.push(Coverage {
            body,
            issue,
            modality: modality(facts, &said, &facts.text(&said)),
            basis: "cooccurrence",
            evidence,
        });
    }
}

/// What a sentence of the body text names, read once for both co-occurrence rules.
struct Named {
    span: Range<usize>,
    paragraph: usize,
    /// Per clause, the bodies and the issues it names (see [`bodies_and_issues_named`]).
    clauses: Vec<(Vec<EntityId>, Vec<EntityId>)>,
    /// The bodies whose view of others the sentence gives (see [`super::subjects::viewers`]).
    viewers: Vec<EntityId>,
}

impl Named {
    /// The bodies or the issues (`of` picks which) of the whole sentence, each once, in text order.
    fn distinct(&self, of: impl Fn(&(Vec<EntityId>, Vec<EntityId>)) -> &Vec<EntityId>) -> Vec<EntityId> {
        let mut out = Vec::new();
        for &id in self.clauses.iter().flat_map(of) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

fn named_together(facts: &Facts, ex: &Extractor) -> Vec<Named> {
    facts
        .body_sentences()
        .map(|s| Named {
            span: s.span.clone(),
            paragraph: s.paragraph,
            clauses: clauses(facts, &s.span)
                .iter()
                .map(|c| bodies_and_issues_named(facts, ex, c))
                .collect(),
            viewers: super::subjects::viewers(facts, &s.span),
        })
        .collect()
}

/// The clauses of a sentence: a semicolon joins statements that may each name their own body
/// ("The OECD met in Paris; privacy was on the agenda of others").
fn clauses(facts: &Facts, sentence: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (at, c) in facts.clean.chars()[sentence.clone()].iter().enumerate() {
        if *c == ';' {
            out.push(start..sentence.start + at);
            start = sentence.start + at + 1;
        }
    }
    out.push(start..sentence.end);
    out
}

/// A summit or an intergovernmental process ("the World Summit on the Information Society", "the
/// WSIS+20 review"): documents name it as the context of what they say far more often than as
/// the one doing it, so naming it beside an issue is no evidence that it covers the issue.
fn is_process(facts: &Facts, ex: &Extractor, body: EntityId) -> bool {
    ex.vocab
        .get(&facts.entities[body].iri)
        .is_some_and(|c| c.has_class("Process"))
}

/// An instrument's name that is a body's act: its resolution, decision, recommendation or report.
static OWN_ACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:'s )?(?i:resolution|decision|recommendation|report|opinion|statement)").unwrap());

/// The bodies and issues a span names explicitly, each once, leaving out bodies named inside an
/// issue's or an instrument's name.
fn bodies_and_issues_named(facts: &Facts, ex: &Extractor, span: &Range<usize>) -> (Vec<EntityId>, Vec<EntityId>) {
    let mentions: Vec<&super::Mention> = facts.mentions_in(span).filter(|m| m.explicit).collect();
    let inside_an_issue = |m: &super::Mention| {
        mentions.iter().any(|o| {
            let kind = facts.entities[o.entity].kind;
            let inside = o.span != m.span && o.span.start <= m.span.start && m.span.end <= o.span.end;
            // "the UN Guiding Principles on Business and Human Rights": a body written just
            // before an instrument's name is part of that name, unless the instrument is the
            // body's own act ("WTSA Resolution 50 … on Cybersecurity").
            let opens_instrument = kind == Kind::Instrument
                && (inside || o.span.start == m.span.end + 1)
                && !OWN_ACT.is_match(facts.clean.str(m.span.end.max(o.span.start)..o.span.end).trim_start());
            kind == Kind::Issue && inside || opens_instrument
        })
    };
    let (mut bodies, mut issues) = (Vec::new(), Vec::new());
    for m in &mentions {
        match facts.entities[m.entity].kind {
            Kind::Body if !bodies.contains(&m.entity) && !inside_an_issue(m) && !is_process(facts, ex, m.entity) => {
                bodies.push(m.entity)
            }
            Kind::Issue if !issues.contains(&m.entity) => issues.push(m.entity),
            _ => {}
        }
    }
    (bodies, issues)
}
