//! People named with an honorific, and the body each belongs to or chairs:
//! "Ms X, Executive Director of the Y", "Mr X, speaking on behalf of … of the Y",
//! "the Secretary-General of the Y, Dr X", "Ambassador X, from Brazil, was elected Chair of the Group".

use super::definitions::add_introduced;
use super::{Affiliation, Entity, EntityId, Extractor, Facts, Introduced};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Mr|Ms|Mrs|Dr|Ambassador|H\.\s?E\.|Prof|Professor|Sir|Judge|Minister|Senator|Madam|Mme)\.?\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)").unwrap()
});
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:speaking on behalf|Vice-Chair(?:man|person)?|Chair(?:man|person)?|Co-Chair|Vice-President|President|Executive Director|Director(?:-General)?|Deputy [A-Z][\w-]+|Secretary-General|Under-Secretary-General|Chief Executive Officer|CEO|Head|Coordinator|Member|Minister|Permanent Representative|Representative|Founder|Manager|Officer|Adviser|Advisor|Senior [A-Z][\w]+|Professor|Researcher|Fellow)\b").unwrap()
});
static TRAILING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:,?\s+(?:of|for|at|from|to|in)(?:\s+the)?)?[\s,]*$").unwrap());
static ORG_AFTER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:of|for|at)\s+(?:the\s+)?((?:[\p{L}&-]*\p{Lu}[\p{L}&-]*)(?:\s+(?:(?:of|for|and|on|the|&|–|-)\s+)*[\p{L}&-]*\p{Lu}[\p{L}&-]*){1,8})").unwrap()
});

/// Fills [`Facts::affiliations`].
pub fn find_people(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    let names: Vec<(String, Range<usize>, Range<usize>)> = PERSON
        .captures_iter(&text)
        .map(|c| {
            let whole = c.get(0).unwrap();
            let name = c.get(1).unwrap();
            (
                name.as_str().to_string(),
                facts.clean.char_span(whole.range()),
                facts.clean.char_span(name.range()),
            )
        })
        .collect();
    for (i, (name, whole, _)) in names.iter().enumerate() {
        let sentence = facts.sentence_span(whole.start);
        let next_person = names.get(i + 1).map_or(usize::MAX, |n| n.1.start);
        let clause_end = clause_end(facts, whole.end, sentence.end.min(next_person));
        let clause = whole.end..clause_end;
        // After the name the first role word is the person's ("speaking on behalf of the
        // Secretary-General of …"); before it, in apposition, the last one is.
        let found = body_in_clause(facts, &clause)
            .map(|(b, r)| (b, r, false))
            .or_else(|| appositive_body(facts, &names, i, &sentence).map(|(b, r)| (b, r, true)))
            .or_else(|| introduced_org(facts, ex, &clause).map(|(b, r)| (b, r, false)));
        let Some((body, role_span, last_role)) = found else {
            continue;
        };
        let role_text = facts.text(&role_span);
        let role_match = if last_role {
            ROLE.find_iter(&role_text).last()
        } else {
            ROLE.find(&role_text)
        };
        let role = role_match.map(|m| {
            let from = role_span.start + facts.text(&role_span)[..m.start()].chars().count();
            let raw = facts.text(&(from..role_span.end));
            TRAILING.replace(&raw, "").trim().to_string()
        });
        let chairs = role
            .as_deref()
            .is_some_and(|r| r.starts_with("Chair") || r.starts_with("Co-Chair"));
        let person = facts.entity(Entity {
            iri: ex.iris.minted("person", name).as_str().to_string(),
            kind: Kind::Person,
            label: name.clone(),
            introduced: Some(Introduced {
                class: "Person",
                acronym: None,
                evidence: sentence.clone(),
            }),
        });
        facts.affiliations.push(Affiliation {
            person,
            body,
            role,
            chairs,
            evidence: sentence,
        });
    }
}

fn clause_end(facts: &Facts, from: usize, limit: usize) -> usize {
    let chars = facts.clean.chars();
    let limit = limit.min(chars.len());
    let from = from.min(limit);
    chars[from..limit]
        .iter()
        .position(|&c| c == ';' || c == '\n')
        .map_or(limit, |p| from + p)
}

/// The first body named in the clause after the name, with the text before it as the role.
fn body_in_clause(facts: &Facts, clause: &Range<usize>) -> Option<(EntityId, Range<usize>)> {
    facts
        .mentions_in(clause)
        .find(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| (m.entity, clause.start..m.span.start))
}

/// "the Secretary-General of the Y, Dr X": a body named just before ", Dr X".
fn appositive_body(
    facts: &Facts,
    names: &[(String, Range<usize>, Range<usize>)],
    i: usize,
    sentence: &Range<usize>,
) -> Option<(EntityId, Range<usize>)> {
    let start = names[i].1.start;
    if start < 2 || facts.clean.chars().get(start - 2) != Some(&',') {
        return None;
    }
    let from = i
        .checked_sub(1)
        .map_or(sentence.start, |p| names[p].1.end)
        .max(sentence.start);
    let m = facts
        .mentions_in(&(from..start))
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .last()?;
    (m.span.end + 2 == start).then_some((m.entity, from..m.span.start))
}

/// "Executive Director of IT for Change": an organisation the vocabulary does not know,
/// named after a role.
fn introduced_org(facts: &mut Facts, ex: &Extractor, clause: &Range<usize>) -> Option<(EntityId, Range<usize>)> {
    let text = facts.text(clause);
    let role = ROLE.find(&text)?;
    let cap = ORG_AFTER_ROLE.captures(&text[role.end()..])?;
    let name = cap.get(1)?;
    let from = clause.start + text[..role.end() + name.start()].chars().count();
    let span = from..from + name.as_str().chars().count();
    let before = facts.entities.len();
    add_introduced(
        facts,
        ex.iris,
        vec![(name.as_str().to_string(), None, "Body", span.clone())],
    );
    let id = facts
        .mentions_in(&span)
        .find(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| m.entity)?;
    (id >= before || facts.entities[id].introduced.is_some()).then_some((id, clause.start..span.start))
}
