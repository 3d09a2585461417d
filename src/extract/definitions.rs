//! Bodies the vocabulary does not know, recognised from how documents introduce them:
//! "Full Name (ACRONYM)" definitions whose initials fit, and company names with a legal form.

use super::mentions::Matcher;
use super::organisations::org_key;
use super::{Entity, Facts, Introduced, Mention};
use crate::iri::Iris;
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:[\p{Lu}][\p{L}'’.&-]*|of|for|on|and|the|in|to|de|du|la|des|\s)+?)\s*\(([\p{Lu}][\p{L}0-9&/-]{1,11})\)",
    )
    .unwrap()
});

static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:[\p{L}&-]*\p{Lu}[\p{L}&-]*\s+){1,4}(?:LLC|Inc\.|Ltd\.?|Limited|GmbH|PLC|S\.A\.))").unwrap()
});

/// Nouns that make a defined name a body rather than, say, a programme of work or a treaty.
const BODY_HEADS: &[&str] = &[
    "organization",
    "organisation",
    "association",
    "forum",
    "group",
    "committee",
    "council",
    "commission",
    "union",
    "agency",
    "programme",
    "program",
    "society",
    "foundation",
    "institute",
    "centre",
    "center",
    "network",
    "authority",
    "corporation",
    "bank",
    "fund",
    "office",
    "department",
    "ministry",
    "conference",
    "panel",
    "alliance",
    "initiative",
    "federation",
    "partnership",
    "coalition",
    "consortium",
    "board",
    "secretariat",
    "mechanism",
    "assembly",
    "summit",
    "unit",
    "registry",
    "company",
    "observatory",
    "university",
    "laboratory",
    "chamber",
];

const CONNECTORS: &[&str] = &["of", "for", "on", "and", "the", "in", "to", "de", "du", "la", "des"];

/// Adds introduced bodies and their mentions, including later uses of a defined acronym.
pub fn find_definitions(facts: &mut Facts, iris: &Iris) {
    let text = facts.clean.text.clone();
    let mut introduced = Vec::new();
    for cap in DEFINITION.captures_iter(&text) {
        let (name_m, acronym) = (cap.get(1).unwrap(), &cap[2]);
        let Some(name) = fitting_name(name_m.as_str(), acronym) else {
            continue;
        };
        let name_start = name_m.end() - name.len();
        let span = facts.clean.char_span(name_start..cap.get(0).unwrap().end());
        if facts
            .mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let lower = name.to_lowercase();
        if !lower.split([' ', '-']).any(|w| BODY_HEADS.contains(&w)) {
            continue;
        }
        let class = if lower.contains("working group") {
            "WorkingGroup"
        } else {
            "Body"
        };
        introduced.push((name.to_string(), Some(acronym.to_string()), class, span));
    }
    for m in COMPANY.find_iter(&text) {
        let span = facts.clean.char_span(m.range());
        if !facts
            .mentions
            .iter()
            .any(|x| x.span.start < span.end && span.start < x.span.end)
        {
            introduced.push((m.as_str().to_string(), None, "PrivateSectorOrganisation", span));
        }
    }
    add_introduced(facts, iris, introduced);
}

/// Registers introduced bodies and mentions every later use of their names and acronyms.
pub fn add_introduced(
    facts: &mut Facts,
    iris: &Iris,
    bodies: Vec<(String, Option<String>, &'static str, std::ops::Range<usize>)>,
) {
    if bodies.is_empty() {
        return;
    }
    let mut ids = Vec::new();
    for (name, acronym, class, span) in bodies {
        let slug_source = acronym.clone().unwrap_or_else(|| name.clone());
        let iri = iris.minted("body", &org_key(&slug_source)).as_str().to_string();
        let evidence = facts.sentence_span(span.start);
        let id = facts.entity(Entity {
            iri,
            kind: Kind::Body,
            label: name.clone(),
            introduced: Some(Introduced {
                class,
                acronym: acronym.clone(),
                evidence,
            }),
        });
        ids.push((id, vec![name], acronym.into_iter().collect::<Vec<_>>()));
    }
    let matcher = Matcher::from_entries(ids.iter().map(|(id, l, a)| (*id, l.as_slice(), a.as_slice())));
    for hit in matcher.find(&facts.clean.text) {
        if facts
            .mentions
            .iter()
            .any(|m| m.span.start < hit.span.end && hit.span.start < m.span.end)
        {
            continue;
        }
        for id in hit.concepts {
            facts.mentions.push(Mention {
                entity: id,
                span: hit.span.clone(),
                explicit: true,
            });
        }
    }
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
}

/// The shortest tail of `candidate` whose capitalised words' initials spell `acronym`.
fn fitting_name<'a>(candidate: &'a str, acronym: &str) -> Option<&'a str> {
    let letters: String = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let words: Vec<(usize, &str)> = candidate
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - candidate.as_ptr() as usize, w))
        .collect();
    for start in (0..words.len()).rev() {
        let (at, first) = words[start];
        if CONNECTORS.contains(&first) {
            continue;
        }
        let initials: String = words[start..]
            .iter()
            .filter(|(_, w)| !CONNECTORS.contains(w))
            .filter_map(|(_, w)| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        if initials == letters {
            return Some(candidate[at..].trim_end());
        }
        if initials.len() > letters.len() {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_must_spell_the_acronym() {
        assert_eq!(
            fitting_name("the work of the Asia Pacific Network Information Centre", "APNIC"),
            Some("Asia Pacific Network Information Centre")
        );
        assert_eq!(
            fitting_name("members of the Global Forum on Cyber Expertise", "GFCE"),
            Some("Global Forum on Cyber Expertise")
        );
        assert_eq!(fitting_name("the Digital Watch", "GFCE"), None);
    }

    #[test]
    fn introduces_defined_bodies_and_their_later_uses() {
        let mut facts = Facts::new(
            "t.txt",
            "The Global Forum on Cyber Expertise (GFCE) met. Later the GFCE agreed.\n",
        );
        find_definitions(&mut facts, &Iris::default());
        let labels: Vec<_> = facts
            .mentions
            .iter()
            .map(|m| facts.entities[m.entity].label.clone())
            .collect();
        // The name, the acronym it defines, and the acronym's later use.
        assert_eq!(labels, ["Global Forum on Cyber Expertise"; 3]);
        assert!(facts.entities[0].iri.ends_with("/body/gfce"));
    }

    #[test]
    fn introduces_companies_by_legal_form() {
        let mut facts = Facts::new("t.txt", "Ms Cade, Chief Executive Officer of mCADE LLC.\n");
        find_definitions(&mut facts, &Iris::default());
        assert_eq!(facts.entities[0].label, "mCADE LLC");
    }
}
