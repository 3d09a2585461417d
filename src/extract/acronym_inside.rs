//! Names with their acronym inside: "the Greater Internet Freedom (GIF) Consortium", "the
//! Internet Governance Forum (IGF) Secretariat". The acronym abbreviates the words before it and
//! the head noun after it ends the name, so the text goes on to write the body "GIF Consortium".
//! Capitalised runs stop at the bracket, so neither half alone is a name: this pass reads the
//! whole and gives the body both its long name and its short one.

use super::organisations::{Found, classify, is_government, is_head};
use super::{Extractor, Facts, Mention};
use regex::Regex;
use std::sync::LazyLock;

/// Capitalised words (joined by the usual connectors), an acronym in brackets, a capitalised
/// word after it.
static ACRONYM_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:\p{Lu}[\p{L}’'-]*)(?: (?:\p{Lu}[\p{L}’'-]*|of|for|on|and|the|&)){0,7}) \((\p{Lu}[\p{Lu}0-9&-]{1,9})\) (\p{Lu}\p{Ll}+)",
    )
    .unwrap()
});

/// A name that goes on after the head ("United Nations (UN) Commission on Science and
/// Technology …") is another name, which the acronym only interrupts.
static NAME_GOES_ON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ (?:of|on|for|in|and) (?:the )?\p{Lu}").unwrap());

/// Words that open a sentence before a name without being part of it.
const LEADING: &[&str] = &["The", "A", "An", "This", "Our", "Its", "Their"];

/// The bodies named with their acronym inside; a name whose short form is a known body's is
/// a mention of that body instead.
pub(super) fn names(facts: &mut Facts, ex: &Extractor) -> Vec<Found> {
    let nations = &ex.matchers.nations;
    let text = facts.clean.text.as_str();
    let mut candidates = Vec::new();
    for c in ACRONYM_INSIDE.captures_iter(text) {
        let (Some(all), Some(long), Some(acronym), Some(head)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let mut words: Vec<&str> = long.as_str().split(' ').collect();
        let lead = words.iter().take_while(|w| LEADING.contains(w)).count();
        let skipped: usize = words[..lead].iter().map(|w| w.len() + 1).sum();
        words.drain(..lead);
        let capitals = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        let initial = acronym.as_str().chars().next();
        let abbreviates = initial.is_some_and(|i| words.iter().any(|w| w.starts_with(i)));
        if !is_head(head.as_str()) || capitals < 2 || !abbreviates || NAME_GOES_ON.is_match(&text[all.end()..]) {
            continue;
        }
        let span = facts.clean.char_span(long.start() + skipped..all.end());
        let name = format!("{} {}", words.join(" "), head.as_str());
        let short = format!("{} {}", acronym.as_str(), head.as_str());
        let long_span = facts.clean.char_span(long.start() + skipped..long.end());
        candidates.push((span, long_span, name, short));
    }
    let (mut found, mut known_mentions) = (Vec::new(), Vec::new());
    for (span, long_span, name, short) in candidates {
        if let Some(known) = nations.body(&short).or_else(|| nations.body(&name)) {
            let entity = facts.concept_entity(ex.vocab, known);
            known_mentions.push(Mention {
                entity,
                span,
                explicit: true,
            });
            continue;
        }
        let parent = facts
            .mentions_in(&long_span)
            .find(|m| m.span == long_span && facts.entities[m.entity].kind == crate::vocab::Kind::Body)
            .map(|m| m.entity);
        let lower: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
        let class = classify(
            &lower,
            parent.is_some_and(|p| is_government(facts, ex, p)),
            parent.is_some(),
        );
        found.push(Found {
            name,
            span,
            class,
            parent,
            shadows: Vec::new(),
            acronym: Some(short),
        });
    }
    // The rules after this one find mentions by position.
    facts.mentions.extend(known_mentions);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(text: &str) -> Option<(String, String, String)> {
        let c = ACRONYM_INSIDE.captures(text)?;
        Some((c[1].to_string(), c[2].to_string(), c[3].to_string()))
    }

    #[test]
    fn reads_the_words_the_acronym_and_the_head() {
        let (long, acronym, head) = captured(
            "The Greater Internet Freedom (GIF) Consortium has submitted recommendations to the open consultations",
        )
        .unwrap();
        assert_eq!(long, "The Greater Internet Freedom");
        assert_eq!(acronym, "GIF");
        assert_eq!(head, "Consortium");
    }

    #[test]
    fn a_name_going_on_after_the_head_is_another_name() {
        let text = "the United Nations (UN) Commission on Science and Technology for Development";
        let c = ACRONYM_INSIDE.captures(text).unwrap();
        assert!(NAME_GOES_ON.is_match(&text[c.get(0).unwrap().end()..]));
    }

    #[test]
    fn an_acronym_after_a_whole_name_has_no_head_after_it() {
        assert!(captured("the Internet Governance Forum (IGF) in 2023").is_none());
    }
}
