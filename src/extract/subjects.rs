//! The bodies a sentence is about: those it opens on as the subject of its verb.
//!
//! Reports of the field state what a body does by opening a sentence on it: "The Association
//! for Progressive Communications (APC) is an international network … that works to help
//! ensure everyone has affordable access …", "UNESCO and ITU co-organised …", "IGF Secretariat
//! will assess …". Whatever the verb, such a sentence presents the body as acting on what it
//! names, which the coverage and recommendation rules read from here.

use super::{EntityId, Facts};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What may come before the subject: a bullet, a number, an opening "The", "Finally,".
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s•·▪\-–—*\[“]*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?:(?:also|further(?:more)?|finally|moreover|in addition),\s*)?(?:the\s+)?$").unwrap()
});
/// An introductory phrase of time, basis or manner before a sentence's subject, up to its
/// comma: "Since its establishment in 2010 by ITU and UNESCO, ", "In 2020, ", "Building on the
/// achievements of past Presidencies, ", "As Chair of the Freedom Online Coalition (FOC), ".
static INTRODUCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s•·▪\-–—*]*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?:Since|In|At|During|Following|After|Before|Building on|As|Through|Under|Over|Within|Throughout|Since then|Today|Recently|Meanwhile|Against this background|To this end|In this context|In addition to|On|For|With)(?-u:\b)[^,;:.]{0,100},\s+").unwrap()
});
/// What may join two subjects: "UNESCO and ITU", "ITU, UNESCO and UNDP", "ITU (BDT) and".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:19|20)\d{2}\s+)?(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$")
        .unwrap()
});
/// What may stand between the subject and its verb: the year of a forum's edition ("WSIS Forum
/// 2015"), its acronym, an apposition set off by commas ("APC, a network of …,"), its members
/// acting for it ("MAG members were encouraged to …"); a relative clause does not count.
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:19|20)\d{2}\s+)?(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:an?|the|its|which|who)\s[^,;:]{1,120},\s*)?(?:['’]s\s+)?(?:(?:members|delegates|delegations|representatives)\s+)?")
        .unwrap()
});
/// A participle phrase set off after the subject: "The WSIS+20 High-Level Event 2025, co-hosted
/// by ITU and the Swiss Confederation and co-organized with ITU, UNESCO, UNDP, and UNCTAD, was
/// held …". Its lists hold commas of their own, so its end is found by the verb after it.
static PARTICIPIAL_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:19|20)\d{2}\s*)?,\s*(?:(?:co-|jointly\s+)?(?:hosted|organi[sz]ed|convened|chaired|coordinated|supported|facilitated|led|launched|established|created|founded|sponsored|funded)\s+(?:by|with|in|under)\s)").unwrap()
});
/// The verb a participle phrase's closing comma gives way to.
static VERB_AFTER_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s*(?:(?:also|further|then|successfully|officially)\s+)?(?:was|were|is|are|has|have|had|will|would|took|takes|met|meets|opened|brought|welcomed|gathered|addressed|focused|discussed|adopted|attracted|featured|explored|examined|reviewed|highlighted|provided|served|aimed|called|agreed|concluded|ended|closed|held|convened)(?-u:\b)").unwrap()
});
/// Where the verb starts after a participle phrase set off after the subject, if one is there.
fn past_participial_apposition(rest: &str) -> Option<usize> {
    let open = PARTICIPIAL_APPOSITION.find(rest)?;
    let stop = rest[open.end()..]
        .find(['.', ';', ':'])
        .map_or(rest.len(), |i| open.end() + i);
    rest[open.end()..stop]
        .match_indices(',')
        .map(|(i, _)| open.end() + i)
        .find(|&i| VERB_AFTER_APPOSITION.is_match(&rest[i..]))
        .map(|i| i + 1 + (rest[i + 1..].len() - rest[i + 1..].trim_start().len()))
}

/// The word after the subject that cannot open a verb phrase: a preposition or a conjunction,
/// or a capitalised word (the subject's name goes on, or a heading runs into the text).
static NOT_A_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^a-z]|(?:of|for|in|on|at|to|from|with|by|and|or|as|than|the|a|an|whose|which|that|who)(?-u:\b))")
        .unwrap()
});

/// Verbs of a body's view of, or thanks to, others ("APC continues to see the IGF as …",
/// "ITU welcomed …"): what follows is about what others do.
static ATTITUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:also|further|continues? to|continued to|would like to|wishes? to|wants? to|want(?:s|ed)? to)\s+)*(?:sees?|saw|views?|viewed|regards?|regarded|considers?|considered|thanks?|thanked|welcome[sd]?|appreciate[sd]?|congratulate[sd]?|commend(?:s|ed)?|notes?|noted|acknowledge[sd]?|recogni[sz]e[sd]?|express(?:es|ed)? (?:its |their )?(?:appreciation|thanks|gratitude))(?-u:\b)").unwrap()
});

/// A sentence's subject bodies and the char offset where what they do begins.
pub struct Subjects {
    /// The bodies, in text order.
    pub bodies: Vec<EntityId>,
    /// Where the verb phrase starts.
    pub predicate: usize,
}

/// The bodies `span` opens on as the subject of a verb, if it does.
pub fn of_sentence(facts: &Facts, span: &Range<usize>) -> Option<Subjects> {
    opening(facts, span).filter(|o| !o.attitude).map(|o| o.subjects)
}

/// The bodies `span` opens on as the subject of a verb of view or thanks ("APC continues to see
/// the IGF as …"): what the sentence names after them is others' work, not theirs.
pub fn viewers(facts: &Facts, span: &Range<usize>) -> Vec<EntityId> {
    opening(facts, span)
        .filter(|o| o.attitude)
        .map_or_else(Vec::new, |o| o.subjects.bodies)
}

/// The subject bodies a sentence opens on, and whether their verb is one of view or thanks.
struct Opening {
    subjects: Subjects,
    attitude: bool,
}

fn opening(facts: &Facts, span: &Range<usize>) -> Option<Opening> {
    let text = facts.clean.str(span.clone());
    // "Since its establishment in 2010 by ITU and UNESCO, the Broadband Commission has sought
    // …": the subject follows an introductory phrase and its comma.
    let start = INTRODUCTION
        .find(text)
        .map_or(span.start, |m| span.start + text[..m.end()].chars().count());
    let all: Vec<_> = facts.mentions_in(&(start..span.end)).collect();
    // A country acting as a State is named once as the place and once as its government: the
    // government is the subject.
    let governed = |m: &super::Mention| {
        facts.entities[m.entity].kind != Kind::Body
            && all
                .iter()
                .any(|o| o.span == m.span && facts.entities[o.entity].kind == Kind::Body)
    };
    let mentions: Vec<_> = all
        .iter()
        .copied()
        .filter(|m| (m.explicit || all.iter().any(|o| o.span == m.span && o.explicit)) && !governed(m))
        .collect();
    let first = mentions.first()?;
    if !LEAD.is_match(facts.clean.str(start..first.span.start)) {
        return None;
    }
    let mut bodies = Vec::new();
    let mut end = span.start;
    for m in mentions {
        let gap = facts.clean.str(end..m.span.start);
        let joined = bodies.is_empty() || JOIN.is_match(gap);
        if !joined || facts.entities[m.entity].kind != Kind::Body {
            break;
        }
        if !bodies.contains(&m.entity) {
            bodies.push(m.entity);
        }
        end = m.span.end;
    }
    if bodies.is_empty() {
        return None;
    }
    let end = past_owner(facts, end, span, &bodies);
    let rest = facts.clean.str(end..span.end);
    let skipped = past_participial_apposition(rest).unwrap_or_else(|| BETWEEN.find(rest).map_or(0, |m| m.end()));
    if NOT_A_VERB.is_match(&rest[skipped..]) || rest[skipped..].trim().is_empty() {
        return None;
    }
    Some(Opening {
        attitude: ATTITUDE.is_match(&rest[skipped..]),
        subjects: Subjects {
            bodies,
            predicate: end + rest[..skipped].chars().count(),
        },
    })
}

/// "The Governmental Advisory Committee (GAC) of the Internet Corporation for Assigned Names and
/// Numbers (ICANN) met …": the body a subject is of belongs to the subject's name, not to its
/// verb. Returns where the subject ends, past that body and its acronym.
fn past_owner(facts: &Facts, end: usize, span: &Range<usize>, subjects: &[EntityId]) -> usize {
    // The subject's own acronym in brackets is no owner.
    let Some(owner) = facts
        .mentions_in(&(end..span.end))
        .find(|m| m.span.start >= end && !subjects.contains(&m.entity))
    else {
        return end;
    };
    if facts.entities[owner.entity].kind != Kind::Body || !OF_OWNER.is_match(facts.clean.str(end..owner.span.start)) {
        return end;
    }
    let after = facts.clean.str(owner.span.end..span.end);
    owner.span.end + ACRONYM.find(after).map_or(0, |m| after[..m.end()].chars().count())
}

/// What joins a subject to the body it is of: its acronym, then "of (the)".
static OF_OWNER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$").unwrap());
/// An acronym in brackets right after a name.
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\([^()]{1,20}\)").unwrap());
