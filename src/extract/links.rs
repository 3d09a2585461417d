//! Institutional links the text states between two bodies it names: "A, established by B",
//! "A reports to B", "A under the auspices of B", "B's A".

use super::coverage::modality;
use super::{EntityId, Facts, Link};
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// The longest gap between the two names of a link.
const MAX_GAP: usize = 60;

static ESTABLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,? (?:which |that )?(?:was |were |has been |had been |is )?(?:established|created|set up|constituted|convened|mandated) (?:by|under|pursuant to|in) (?:the )?(?:resolution )?$").unwrap()
});
static REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,? (?:which |that )?(?:reports|reported|shall report|will report|should report|reporting|is accountable) (?:to|through) (?:the )?$").unwrap()
});
static UNDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,? (?:under|within|of|hosted by) (?:the )?(?:auspices of (?:the )?)?$").unwrap());
static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^'s $").unwrap());

/// Fills [`Facts::links`].
pub fn find_links(facts: &mut Facts) {
    let named: Vec<(EntityId, std::ops::Range<usize>, Kind)> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit)
        .map(|m| (m.entity, m.span.clone(), facts.entities[m.entity].kind))
        .filter(|(_, _, k)| matches!(k, Kind::Body | Kind::Instrument))
        .collect();
    let mut links = Vec::new();
    for pair in named.windows(2) {
        let [(a, sa, ka), (b, sb, kb)] = [&pair[0], &pair[1]];
        if a == b || sb.start < sa.end || sb.start - sa.end > MAX_GAP {
            continue;
        }
        let between = facts.clean.str(sa.end..sb.start);
        let found = if *ka != Kind::Body {
            None
        } else if ESTABLISHED.is_match(between) {
            Some((*a, *b, "establishedBy"))
        } else if *kb != Kind::Body {
            None
        } else if REPORTS.is_match(between) {
            Some((*a, *b, "reportsTo"))
        } else if UNDER.is_match(between) && is_subsidiary(facts, *a) {
            Some((*a, *b, "partOf"))
        } else if POSSESSIVE.is_match(between) {
            Some((*b, *a, "partOf"))
        } else {
            None
        };
        if let Some((from, to, relation)) = found {
            let evidence = facts.sentence_span(sa.start);
            let text = facts.text(&evidence);
            links.push(Link {
                from,
                to,
                relation,
                modality: modality(facts, &evidence, &text),
                evidence,
            });
        }
    }
    facts.links.extend(links);
}

/// "the Committee of the OECD" is a part; "the Secretary-General of the ITU" is handled as an
/// office, and "the members of the IGF" names no body: only committees, groups and the like are parts.
fn is_subsidiary(facts: &Facts, id: EntityId) -> bool {
    let label = facts.entities[id].label.to_lowercase();
    [
        "committee",
        "group",
        "council",
        "panel",
        "board",
        "secretariat",
        "office",
        "mechanism",
        "forum",
        "unit",
    ]
    .iter()
    .any(|w| label.split([' ', '-']).any(|x| x == *w))
}
