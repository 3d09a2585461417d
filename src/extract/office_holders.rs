//! People named as the holders of an office, in apposition to it: "The two co-chairs of the
//! GCSC, Michael Chertoff and Latha Reddy, announced …" (the office's body is named), "He also
//! thanked Vice-Chairmen Mr. Vyacheslav V. Erokhin from Russian Federation, Mr. Charles
//! Semapondo from Rwanda and Mr. Kishore Babu from India" (a chair's title alone: the group the
//! document is about); "Dutch Foreign Minister Stef Blok" (a national title: the government of
//! the demonym); "Vint Cerf (Google)" (a name and a body in brackets).

use super::people::{HONORIFIC, NAME, NOT_PERSON_WORD, RUN_BEFORE, add_person, main_body};
use super::{EntityId, Extractor, Facts};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// An office of a body, one holder or several, right before "of (the) BODY".
static OFFICE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:co-?|vice-?)?chair(?:m[ae]n|persons?|s)?|(?:vice-?)?presidents?|directors?(?:-general)?|heads?|members?|(?:co-)?facilitators?|secretary-general|executive directors?|coordinators?|rapporteurs?|(?:co-)?conveners?)\s+of\s+(?:the\s+)?$").unwrap()
});
/// What stands between the body and the names in apposition: its acronym, then a comma.
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\s*\([^)]{1,15}\))?\s*,\s*").unwrap());
/// A chair's title right before its holders, with no body of its own: "Vice-Chairmen Mr. X",
/// "the Chair, Ambassador Y".
static CHAIR_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:(?:Vice|Co)-?\s?)?Chair(?:m[ae]n|persons?|s)?)[ \t]*(,?)[ \t]+").unwrap()
});
/// A form of address opening a name.
static ADDRESSED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{HONORIFIC}\s")).unwrap());
/// One holder of a list, with its form of address, the country or body it comes from ("from
/// Rwanda", "(India)"), and what joins it to the next.
static HOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{HONORIFIC}\s+)?({NAME})(?:\s+(?:from|of)\s+(?:the\s+)?\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*){{0,3}}|\s*\([^)]{{1,40}}\))?(\s*,\s*and\s+|\s*,\s*|\s+and\s+)?"
    ))
    .unwrap()
});
/// The offices of a national government a person is named with.
const NATIONAL_OFFICE: &str = r"(?:Prime Minister|Minister|President|Vice-President|Ambassador|Foreign Secretary|State Secretary|Secretary of State|High Commissioner|Permanent Representative|Special Envoy)";
/// A national office before its holder's name, the country's demonym first: "Dutch Foreign
/// Minister Stef Blok", "Estonian President Alar Karis", "French Ambassador Henri Verdier",
/// "U.S. Secretary of State John Kerry", "The German Federal Minister for Digital and Transport,
/// Volker Wissing" (a portfolio after the office ends at the comma before the name).
static NATIONAL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:[Tt]he\s+)?(\p{{Lu}}[\p{{L}}.-]+)\s+((?:\p{{Lu}}[\p{{L}}-]+\s+){{0,2}}?{NATIONAL_OFFICE}(?:\s+(?:for|of|to)\s+[^,;.\n]{{3,60}},)?)\s+(?:{HONORIFIC}\s+)?({NAME})"
    ))
    .unwrap()
});
/// A name and, after its comma, the national office held: "Josephine Gauld, British Deputy High
/// Commissioner to Kenya".
static NAME_THEN_NATIONAL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({NAME}),\s+(?:the\s+)?(\p{{Lu}}[\p{{L}}.-]+)\s+((?:\p{{Lu}}[\p{{L}}-]+\s+){{0,2}}?{NATIONAL_OFFICE})(?-u:\b)"
    ))
    .unwrap()
});
/// A bare name and the body it is with, in brackets: "Vint Cerf (Google)".
static NAME_THEN_BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)({NAME})[ \t]*\(")).unwrap());
/// Longer than any name a mention covers, in chars: how far around a place the mentions touching
/// it are looked for, so that each look-up reads a few mentions, not the whole document's.
const MENTION_REACH: usize = 200;
/// How far after an office its holders' names may run, in chars.
const LIST_CHARS: usize = 300;

/// Adds the holders of offices named in apposition.
pub fn find_office_holders(facts: &mut Facts, ex: &Extractor) {
    for (body, span) in facts.named_bodies() {
        let lead = facts.text(&(span.start.saturating_sub(40)..span.start));
        let Some(office) = OFFICE_OF.captures(&lead).and_then(|c| c.get(1)) else {
            continue;
        };
        let role = office.as_str().to_string();
        let after = facts.text(&(span.end..span.end + LIST_CHARS));
        let Some(gap) = APPOSITION.find(&after) else {
            continue;
        };
        let from = span.end + after[..gap.end()].chars().count();
        add_holders(facts, ex, from, body, &role);
    }
    let text = facts.clean.text.clone();
    for c in CHAIR_TITLE.captures_iter(&text) {
        let title = c.get(1).unwrap();
        let at = facts.clean.char_span(c.get(0).unwrap().range());
        // "CSTD Chair Mr. X", "the Chair of …": a body's own title is read with its body.
        let owned = facts
            .mentions_in(&(at.start.saturating_sub(MENTION_REACH)..at.start))
            .any(|m| at.start - m.span.end <= 3);
        // Without a comma of apposition, only a form of address shows that a name follows the
        // title ("Chair Summary Report" is a heading).
        let addressed = !c[2].is_empty() || ADDRESSED.is_match(&text[c.get(0).unwrap().end()..]);
        let Some(body) = (!owned && addressed).then(|| main_body(facts)).flatten() else {
            continue;
        };
        add_holders(facts, ex, at.end, body, title.as_str());
    }
    national_officials(facts, ex);
    officers_listed(facts, ex);
    bracketed_bodies(facts, ex);
    elected_officers(facts, ex);
}

/// "The Group re-elected Mr Thomas Schneider (Switzerland) as Chairperson and Mr Michael Truppe
/// (Austria) as Vice-Chairperson": a body electing its officers.
static ELECTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:re-?)?(?:elected|appointed|designated)\s+").unwrap());
/// One officer a body elects, with the office, and what joins it to the next.
static ELECTED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{HONORIFIC}\s+){{0,2}}({NAME})(?:\s*\([^)]{{1,40}}\))?,?\s+as\s+(?:its\s+|the\s+)?((?i:(?:(?:Vice|Co)-?\s?)?(?:Chair(?:m[ae]n|person|woman)?|President)|Rapporteur|Coordinator|Secretary))(?-u:\b)(\s*,\s*and\s+|\s*,\s*|\s+and\s+)?"
    ))
    .unwrap()
});
/// The offices of [`ELECTED_AS`] that chair the body.
static CHAIRS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?i:(?:Co-?\s?)?Chair)").unwrap());
/// "… appointed Prof. X as chair of the Group": the office is of the body named after it, not
/// of the body that appointed.
static OF_BODY_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+of\s+(?:the\s+)?$").unwrap());
/// How far before "elected" the electing body may be named, in chars.
const ELECTOR_CHARS: usize = 30;

/// Adds the officers bodies say they elected or appointed, as the people of the body their office
/// is of ("as chair of the Group"), else of the electing body.
fn elected_officers(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for verb in ELECTS.find_iter(&text) {
        let at = facts.clean.char_span(verb.range());
        let elector = facts
            .mentions_in(&(at.start.saturating_sub(ELECTOR_CHARS + MENTION_REACH)..at.start))
            .filter(|m| facts.entities[m.entity].kind == Kind::Body && at.start - m.span.end <= ELECTOR_CHARS)
            .last()
            .map(|m| m.entity);
        let mut rest = &text[verb.end()..];
        while let Some(c) = ELECTED_AS.captures(rest) {
            let name = c.get(1).unwrap();
            let evidence = facts.sentence_span(at.start);
            let role = c[2].to_string();
            // A chair or co-chair chairs; a vice-chair, coordinator or rapporteur does not.
            let chairs = CHAIRS.is_match(&role);
            let office_byte = text.len() - rest.len() + c.get(2).unwrap().end();
            let office_end = at.end + text[verb.end()..office_byte].chars().count();
            let of = facts
                .mentions_in(&(office_end..office_end + 12 + MENTION_REACH))
                .find(|m| {
                    facts.entities[m.entity].kind == Kind::Body
                        && m.span.start >= office_end
                        && OF_BODY_AFTER.is_match(facts.clean.str(office_end..m.span.start))
                })
                .map(|m| m.entity)
                .or(elector);
            let Some(of) = of else { break };
            add_person(facts, ex, name.as_str(), of, Some(role), chairs, evidence);
            if c.get(3).is_none() {
                break;
            }
            rest = &rest[c.get(0).unwrap().end()..];
        }
    }
}

/// "… and vice-chairs of the group are Ms A (Rwanda), Ms B (Argentina) and Mr C (France)": a
/// group's officers listed after a copula.
static OFFICERS_ARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[Vv]ice|[Cc]o)-?\s?[Cc]hair(?:s|persons|men)|[Rr]apporteurs|[Cc]o-?[Ff]acilitators)\s+(?:of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?)?(?:are|were|include|included)\s+").unwrap()
});
/// "Mr A (Tunisia) and Mr B (Switzerland) served as vice-chairs": officers named before what
/// they served as.
static SERVED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,40}\)\s*)?(?:have\s+|has\s+)?(?:served|serve|serves|acted|act)\s+as\s+(?:its\s+|the\s+)?((?:(?:[Vv]ice|[Cc]o)-?\s?)?[Cc]hair(?:s|persons|men|person|man)?|[Rr]apporteurs?|[Cc]o-?[Ff]acilitators?)(?-u:\b)").unwrap()
});

/// A group's officers listed after "vice-chairs of the group are", or before "served as
/// vice-chairs": they belong to the body the sentence opens on, else to the body the document
/// is about.
fn officers_listed(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in OFFICERS_ARE.captures_iter(&text) {
        let at = facts.clean.char_span(c.get(0).unwrap().range());
        let sentence = facts.sentence_span(at.start);
        // The group is the sentence's subject, named first ("The WG-WSIS is open to all ITU
        // Member States … and vice-chairs of the group are …").
        let named_before = facts
            .mentions_in(&(sentence.start..at.start))
            .find(|m| facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity);
        let Some(body) = named_before.or_else(|| main_body(facts)) else {
            continue;
        };
        add_holders(facts, ex, at.end, body, &one_office(&c[1]));
    }
    let names: Vec<(Range<usize>, String)> = SERVED_BY_NAMES
        .captures_iter(&text)
        .filter_map(|c| {
            let after = &text[c.get(0).unwrap().end()..];
            let office = one_office(SERVED_AS.captures(after)?.get(1)?.as_str());
            Some((c.get(1).unwrap().range(), office))
        })
        .collect();
    for (range, office) in names {
        let from = facts.clean.char_span(range.clone()).start;
        let Some(body) = main_body(facts) else {
            continue;
        };
        add_holders(facts, ex, from, body, &office);
    }
}

/// The office one of several holders holds: "vice-chairs" → "Vice-chair".
fn one_office(offices: &str) -> String {
    let one = match offices.trim().strip_suffix("men") {
        Some(stem) => format!("{stem}man"),
        None => offices.trim().trim_end_matches('s').to_string(),
    };
    let mut chars = one.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// A list of names with forms of address opening a sentence, as [`SERVED_AS`] reads it.
static SERVED_BY_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:^|[.;]\s+)((?:{HONORIFIC}\s+{NAME}(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)?)+)"
    ))
    .unwrap()
});

/// "Dutch Foreign Minister Stef Blok": the holder of a national office belongs to the
/// government of the demonym or country that opens the title.
fn national_officials(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    let before = NATIONAL_TITLE
        .captures_iter(&text)
        .map(|c| (c.get(1).unwrap(), c.get(2).unwrap(), c.get(3).unwrap()));
    let after = NAME_THEN_NATIONAL_TITLE
        .captures_iter(&text)
        .map(|c| (c.get(2).unwrap(), c.get(3).unwrap(), c.get(1).unwrap()));
    let found: Vec<_> = before.chain(after).collect();
    for (demonym, office, name) in found {
        let Some((government, 1)) = ex.matchers.nations.leading(&[demonym.as_str()]) else {
            continue;
        };
        let span = facts.clean.char_span(name.range());
        if NOT_PERSON_WORD.is_match(name.as_str()) || facts.mentions_in(&span).next().is_some() {
            continue;
        }
        let body = facts.concept_entity(ex.vocab, government);
        let evidence = facts.sentence_span(span.start);
        let office = office.as_str().trim_end_matches(',').to_string();
        add_person(facts, ex, name.as_str(), body, Some(office), false, evidence);
    }
}

/// "Speakers included Vint Cerf (Google) and …": a bare name with a known body in brackets
/// right after it is one of that body's people.
fn bracketed_bodies(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in NAME_THEN_BRACKET.captures_iter(&text) {
        let (name, whole) = (c.get(1).unwrap(), c.get(0).unwrap());
        let name_span = facts.clean.char_span(name.range());
        let open = facts.clean.char_span(whole.range()).end;
        let Some(body) = facts
            .mentions_in(&(open..open + MENTION_REACH))
            .find(|m| m.span.start == open && facts.entities[m.entity].kind == Kind::Body)
            .filter(|m| facts.clean.chars().get(m.span.end) == Some(&')'))
            .map(|m| m.entity)
        else {
            continue;
        };
        // "Internet Engineering Task Force (IETF)": words of a longer name are not a person's.
        let around = name_span.start.saturating_sub(MENTION_REACH)..name_span.end + MENTION_REACH;
        let named = facts
            .mentions_in(&around)
            .any(|m| m.span.start < name_span.end && name_span.start < m.span.end);
        if NOT_PERSON_WORD.is_match(name.as_str()) || named || RUN_BEFORE.is_match(&text[..name.start()]) {
            continue;
        }
        let evidence = facts.sentence_span(name_span.start);
        add_person(facts, ex, name.as_str(), body, None, false, evidence);
    }
}

/// The people listed from char `from` on hold `role` in `body`.
fn add_holders(facts: &mut Facts, ex: &Extractor, from: usize, body: EntityId, role: &str) {
    let evidence = facts.sentence_span(from);
    let rest = facts.text(&(from..(from + LIST_CHARS).min(evidence.end)));
    let chairs = {
        let r = role.to_lowercase();
        r.starts_with("chair") || r.starts_with("co-chair") || r.starts_with("cochair")
    };
    let mut offset = 0;
    let mut holders: Vec<(String, Range<usize>)> = Vec::new();
    while let Some(c) = HOLDER.captures(&rest[offset..]) {
        let name = c.get(1).unwrap();
        let start = from + rest[..offset + name.start()].chars().count();
        holders.push((name.as_str().to_string(), start..start + name.as_str().chars().count()));
        if c.get(2).is_none() {
            break;
        }
        offset += c.get(0).unwrap().end();
    }
    for (name, span) in holders {
        if NOT_PERSON_WORD.is_match(&name) || facts.mentions_in(&span).next().is_some() {
            break;
        }
        add_person(facts, ex, &name, body, Some(role.to_string()), chairs, evidence.clone());
    }
}
