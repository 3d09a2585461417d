//! Issues the vocabulary does not know, minted from the places documents list them.
//!
//! Documents of the field name their topics in a few recurring layouts: a theme line ("Theme:
//! …", "Sub-theme: …"), a session or agenda heading ("Main session: …", "Agenda item 4: …"), an
//! action-line heading ("Action Line C5: …"), and sentences that enumerate issues ("issues such
//! as X, Y and Z", "in the areas of X and Y", "discussions on X, Y; on Z"). Each item of such a
//! list that is a short noun phrase and not already a vocabulary label becomes an issue: its IRI
//! comes from its normalised label, so the same topic is one entity across documents, and it is
//! tied to the vocabulary issue its words contain (`skos:broader` when that issue is its head,
//! "online child protection"; `skos:related` otherwise). Items that are clauses, bodies, places
//! or people are not issues, and a list ends at its first item that is not a noun phrase.

use super::{Entity, EntityId, Extractor, Facts, Introduced, Matcher, Mention, TaxonomyLink};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The most words an issue phrase has; longer items are titles or clauses.
const MAX_WORDS: usize = 6;

/// A line that names its own topic: themes, sessions, agenda items, action lines.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^[ \t•·*\-]*(?:(?:sub-?)?themes?|(?:main|plenary|high-level|thematic) sessions?(?: \d+)?|sessions? \d+|(?:agenda )?item \d+[a-z]?|(?:WSIS )?action line c\d{1,2})[ \t]*[:\-–—][ \t]*([^\n]+)$",
    )
    .unwrap()
});

/// A phrase that opens an enumeration of issues. The second group marks the cues that also open
/// ordinary complements ("discussions on the draft"), whose lists must hold two items or more.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:policy )?(?:issues|topics|themes|subjects|areas|fields|questions)(?:,)? (?:such as|including|like)|(?:in|on|across) the (?:areas?|fields?|domains?) of|(?:in|on) (?:areas|fields|issues|topics) (?:such as|like|of)|((?:discussions?|debates?|dialogues?|(?:main )?sessions?|workshops?|panels?) (?:on|about)))[ \t]*:?[ \t]*(?:,?[ \t]*inter alia,?[ \t]*)?",
    )
    .unwrap()
});

/// A phrase that opens the list of a programme's or forum's themes: "four thematic areas (data,
/// environment, inclusion and trust)", "three priority thematic areas: (1) Inclusion, (2) Data",
/// "the main themes were access and diversity". The second group marks the cues that a verb ends,
/// whose lists must hold two items or more.
static THEMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:two|three|four|five|six|seven|eight|\d)\s+(?:(?:main|key|priority|thematic|substantive|overarching|cross-cutting)\s+)*|(?:(?:main|key|priority|thematic|substantive|overarching|cross-cutting)\s+)+)(?:areas|tracks|themes|pillars|priorities|baskets|streams|clusters)(?:\s*[(:]|\s*,?\s+(?:namely|i\.e\.)|\s+((?:are|were|included?|will be|being|covering|on)\s))\s*",
    )
    .unwrap()
});

/// The number or letter of an item in a run-in list: "(1)", "2)", "(b)", "(iv)". ASCII only, so
/// that blanking it keeps every offset of the text a char boundary.
static ENUMERATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(\(?(?:[0-9]{1,2}|[a-h]|[ivx]{1,4})\))").unwrap());

/// Where an enumeration ends: the end of its sentence, a parenthesis or a colon.
static LIST_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[.!?](?:\s|$)|[():\n]").unwrap());

/// Separators between the items of a list.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:[,;]\s*(?:(?:and|or|as well as|on)(?-u:\b))?|\s(?:and|or|as well as)\s)\s*").unwrap()
});

/// Words that cannot open a noun phrase naming a topic.
const NOT_FIRST: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "of",
    "that",
    "which",
    "who",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "our",
    "we",
    "they",
    "as",
    "if",
    "when",
    "where",
    "while",
    "whether",
    "how",
    "what",
    "all",
    "each",
    "some",
    "many",
    "several",
    "various",
    "both",
    "such",
    "other",
    "etc",
    "issues",
    "topics",
    "questions",
    "matters",
    "inter",
];

/// Words that make an item a clause rather than a noun phrase.
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "should", "shall", "can", "could", "may",
    "might", "must", "has", "have", "had", "do", "does", "did", "not", "we", "they", "which", "that", "who", "i",
    "you", "he", "she", "our", "us", "by",
];

/// Words too general to be a topic on their own, though they head topics' names.
const TOO_GENERAL: &[&str] = &[
    "internet",
    "ict",
    "icts",
    "technology",
    "technologies",
    "web",
    "digital",
    "online",
];

/// Endings of adjectives: a lone adjective in a list modifies the next item's head ("universal and
/// affordable access") and names no topic.
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ive", "ous", "ic", "able", "ible", "ful", "ent", "ant"];

/// Head nouns of things that are not policy topics: procedure, documents, people, places.
const NOT_TOPIC_HEADS: &[&str] = &[
    "proposal",
    "proposals",
    "recommendation",
    "recommendations",
    "characteristics",
    "way",
    "ways",
    "report",
    "reports",
    "meeting",
    "meetings",
    "session",
    "sessions",
    "track",
    "tracks",
    "segment",
    "segments",
    "outcome",
    "outcomes",
    "document",
    "documents",
    "paper",
    "papers",
    "draft",
    "drafts",
    "agenda",
    "mandate",
    "modalities",
    "process",
    "preparations",
    "progress",
    "results",
    "status",
    "others",
    "things",
    "region",
    "regions",
    "country",
    "countries",
    "participants",
    "stakeholders",
    "members",
    "matter",
    "matters",
    "issue",
    "issues",
    "topic",
    "topics",
    "theme",
    "themes",
    "area",
    "areas",
    "work",
    "activities",
    "programme",
    "program",
    "year",
    "years",
    "day",
    "days",
    "forward",
    "level",
    "part",
    "basis",
    "time",
    "future",
    "need",
    "needs",
    "aspects",
    "dimensions",
    "elements",
    "factors",
    "implications",
    "impacts",
];

/// An item of a list: where it is (byte range in the searched text) and its normalised label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Byte range of the item in the text searched.
    pub span: Range<usize>,
    /// Its label, normalised.
    pub label: String,
    /// Whether the list names a programme's or forum's themes.
    pub theme: bool,
}

/// The issue phrases that the headings and enumerations of `text` list, in text order.
pub fn list_items(text: &str) -> Vec<Item> {
    // Item numbers are blanked (same byte length), so that "(1) Inclusion, (2) Data" reads as a
    // plain list whose offsets are the text's.
    let blanked = ENUMERATOR.replace_all(text, |c: &regex::Captures| {
        let whole = &c[0];
        format!("{}{}", &whole[..whole.len() - c[1].len()], " ".repeat(c[1].len()))
    });
    let text = blanked.as_ref();
    let mut items = Vec::new();
    for cap in HEADING.captures_iter(text) {
        let title = cap.get(1).unwrap();
        items.extend(split_list(text, title.range(), 1, false));
    }
    for (cue, theme) in [(&*CUE, false), (&*THEMES, true)] {
        for cap in cue.captures_iter(text) {
            let start = cap.get(0).unwrap().end();
            let end = LIST_END.find(&text[start..]).map_or(text.len(), |m| start + m.start());
            let least = if cap.get(1).is_some() { 2 } else { 1 };
            items.extend(split_list(text, start..end, least, theme));
        }
    }
    // A theme list found by both cues is kept as a theme list.
    items.sort_by_key(|i| (i.span.start, !i.theme));
    items.dedup_by_key(|i| i.span.start);
    items
}

/// The leading items of `text[range]` that are issue phrases, if at least `least` of them are.
fn split_list(text: &str, range: Range<usize>, least: usize, theme: bool) -> Vec<Item> {
    let mut items = Vec::new();
    let mut at = range.start;
    let mut pieces: Vec<Range<usize>> = SEPARATOR
        .find_iter(&text[range.clone()])
        .map(|m| {
            let piece = at..range.start + m.start();
            at = range.start + m.end();
            piece
        })
        .collect();
    pieces.push(at..range.end);
    for piece in pieces.into_iter().filter(|p| !text[p.clone()].trim().is_empty()) {
        let (span, label) = match issue_phrase(&text[piece.clone()]) {
            Some((offset, label)) => (piece.start + offset.start..piece.start + offset.end, label),
            None => break,
        };
        items.push(Item { span, label, theme });
    }
    if items.len() < least { Vec::new() } else { items }
}

/// Whether `item` is a short noun phrase naming a topic: its span within `item` (determiners and
/// quotes trimmed) and its normalised label.
pub fn issue_phrase(item: &str) -> Option<(Range<usize>, String)> {
    let is_wrapper = |c: char| c.is_whitespace() || "\"'“”‘’«»*-–,.;".contains(c);
    let mut start = item.len() - item.trim_start_matches(is_wrapper).len();
    let mut phrase = item.trim_matches(is_wrapper);
    for article in ["the ", "The ", "a ", "an "] {
        if let Some(rest) = phrase.strip_prefix(article) {
            let unquoted = rest.trim_start_matches(is_wrapper);
            start += article.len() + rest.len() - unquoted.len();
            phrase = unquoted;
        }
    }
    let phrase = phrase.strip_suffix(" etc").unwrap_or(phrase);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let (first, head) = (lower.first()?, lower.last()?);
    let plain =
        |w: &&str| w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_alphanumeric() || "-'’&/+".contains(c));
    if words.len() > MAX_WORDS
        || !words.iter().all(plain)
        || NOT_FIRST.contains(&first.as_str())
        || words.len() > 1 && first.ends_with("ing") && !first.contains('-')
        || lower.iter().any(|w| CLAUSE_WORDS.contains(&w.as_str()))
        || NOT_TOPIC_HEADS.contains(&head.as_str())
        || is_shouted(&words)
        || words.len() == 1 && (TOO_GENERAL.contains(&head.as_str()) || is_adjective(head))
    {
        return None;
    }
    Some((start..start + phrase.len(), normalise(&words)))
}

/// Whether a lone word reads as an adjective; nouns in "-ment" ("environment") are not.
fn is_adjective(word: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e)) && !word.ends_with("ment")
}

/// A slogan or title in capitals of several words ("A FREEDOM FOR ALL") is not a topic's name.
fn is_shouted(words: &[&str]) -> bool {
    words.len() > 1 && words.iter().all(|w| !w.chars().any(char::is_lowercase))
}

/// Lower case except acronyms and mixed-case names ("IPv6", "eHealth"); "Internet" is written
/// capitalised, as the field writes it.
fn normalise(words: &[&str]) -> String {
    let word = |w: &&str| -> String {
        let rest_has_upper = w.chars().skip(1).any(char::is_uppercase);
        if rest_has_upper || w.chars().any(|c| c.is_ascii_digit()) {
            w.to_string()
        } else if w.eq_ignore_ascii_case("internet") {
            "Internet".to_string()
        } else {
            w.to_lowercase()
        }
    };
    words.iter().map(word).collect::<Vec<_>>().join(" ")
}

/// Mints the issues the document lists that the vocabulary does not know, with their mentions
/// and their ties to the vocabulary, and records the issues of theme lists.
pub fn find_issue_lists(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    let mut minted: Vec<(EntityId, String)> = Vec::new();
    for item in list_items(&text) {
        let span = facts.clean.char_span(item.span.clone());
        let issues = match listed_issues(facts, ex, &item, &span) {
            Listed::Known(issues) => issues,
            Listed::NotAnIssue => continue,
            Listed::New => {
                let Some(id) = mint(facts, ex, &item.label, &span) else {
                    continue;
                };
                facts.mentions.push(Mention {
                    entity: id,
                    span: span.clone(),
                    explicit: true,
                });
                if !minted.iter().any(|(m, _)| *m == id) {
                    minted.push((id, item.label.clone()));
                }
                vec![id]
            }
        };
        if item.theme {
            facts
                .themes
                .extend(issues.into_iter().map(|issue| (issue, span.clone())));
        }
    }
    mention_again(facts, &minted);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
}

/// What an item of a list names.
enum Listed {
    /// Issues already named there, or named by the item's list label (now mentioned).
    Known(Vec<EntityId>),
    /// A body, place or person, or part of a longer known name.
    NotAnIssue,
    /// An issue the vocabulary does not know.
    New,
}

fn listed_issues(facts: &mut Facts, ex: &Extractor, item: &Item, span: &Range<usize>) -> Listed {
    let overlapping: Vec<&Mention> = facts
        .mentions
        .iter()
        .filter(|m| m.span.start < span.end && span.start < m.span.end)
        .collect();
    // Bodies, places and people are not issues, and an item that is part of a longer known
    // name ("safety of the Internet" in "security and safety of the Internet") is that name's.
    if overlapping.iter().any(|m| facts.entities[m.entity].kind != Kind::Issue) {
        return Listed::NotAnIssue;
    }
    // An issue named inside a longer item heads or qualifies a new issue ("children's data
    // governance"); one that is the item or runs past it is what the item names.
    let named: Vec<EntityId> = overlapping
        .iter()
        .filter(|m| m.span == *span || m.span.start < span.start || m.span.end > span.end)
        .map(|m| m.entity)
        .collect();
    if !named.is_empty() {
        return Listed::Known(named);
    }
    if let Some(concepts) = ex.matchers.list_words.lookup(&item.label) {
        let ids: Vec<EntityId> = concepts.iter().map(|&c| facts.concept_entity(ex.vocab, c)).collect();
        for &entity in &ids {
            facts.mentions.push(Mention {
                entity,
                span: span.clone(),
                explicit: true,
            });
        }
        return Listed::Known(ids);
    }
    if ex.matchers.issues.lookup(&item.label).is_some() {
        return Listed::NotAnIssue;
    }
    Listed::New
}

/// The entity of a minted issue, tied to the vocabulary issues its label contains; `None` where
/// the label's IRI is a vocabulary concept's that is not an issue.
fn mint(facts: &mut Facts, ex: &Extractor, label: &str, span: &Range<usize>) -> Option<EntityId> {
    let iri = ex.iris.minted("issue", label).as_str().to_string();
    if let Some(index) = ex.vocab.concepts.iter().position(|c| c.iri == iri) {
        return (ex.vocab.concepts[index].kind == Some(Kind::Issue)).then(|| facts.concept_entity(ex.vocab, index));
    }
    let id = facts.entity(Entity {
        iri,
        kind: Kind::Issue,
        label: label.to_string(),
        introduced: Some(Introduced {
            class: "PolicyIssue",
            acronym: None,
            evidence: facts.sentence_span(span.start),
        }),
    });
    for hit in ex.matchers.issues.find(label) {
        // The vocabulary issue is the head when it ends the label and no preposition comes
        // between ("online child protection"); otherwise the two are only related.
        let modifiers = &label[..label.char_indices().nth(hit.span.start).map_or(0, |(b, _)| b)];
        let head = hit.span.end == label.chars().count() && !modifiers.split(' ').any(|w| NOT_FIRST.contains(&w));
        for &c in &hit.concepts {
            let to = facts.concept_entity(ex.vocab, c);
            let link = TaxonomyLink {
                issue: id,
                to,
                broader: head,
            };
            if !facts.taxonomy.contains(&link) {
                facts.taxonomy.push(link);
            }
        }
    }
    Some(id)
}

/// Later (and earlier) uses of a minted issue's label in the document are mentions of it too,
/// where nothing else is named there. A one-word label ("security", "access") names the issue
/// only inside its list: elsewhere such a word is usually not the topic.
fn mention_again(facts: &mut Facts, minted: &[(EntityId, String)]) {
    let labels: Vec<[String; 1]> = minted
        .iter()
        .map(|(_, l)| [if l.contains(' ') { l.clone() } else { String::new() }])
        .collect();
    let matcher = Matcher::from_entries(labels.iter().enumerate().map(|(i, l)| (i, &l[..], &[][..])));
    for hit in matcher.find(&facts.clean.text) {
        let taken = facts
            .mentions
            .iter()
            .any(|m| m.span.start < hit.span.end && hit.span.start < m.span.end);
        if taken {
            continue;
        }
        for &i in &hit.concepts {
            facts.mentions.push(Mention {
                entity: minted[i].0,
                span: hit.span.clone(),
                explicit: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<String> {
        list_items(text).into_iter().map(|i| i.label).collect()
    }

    #[test]
    fn issues_such_as_end_at_the_first_item_that_is_no_noun_phrase() {
        let text = "the Forum discussed issues such as access, security, critical internet resources , privacy, cloud computing, and openness, in the region;";
        assert_eq!(
            labels(text),
            [
                "access",
                "security",
                "critical Internet resources",
                "privacy",
                "cloud computing",
                "openness"
            ]
        );
    }

    #[test]
    fn theme_and_session_lines_name_their_topic() {
        assert_eq!(labels("Sub-theme: Digital Inclusion\n"), ["digital inclusion"]);
        assert_eq!(
            labels("Main Session: Internet Fragmentation\n"),
            ["Internet fragmentation"]
        );
        assert_eq!(
            labels("Action Line C5: Building confidence and security in the use of ICTs\n"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn slogans_and_clauses_are_not_issues() {
        assert!(labels("THEME: \"INTERNET: A FREEDOM FOR ALL\"\n").is_empty());
        assert!(
            labels("Theme: “Promoting the Multi-stakeholder Model for further Internet Development in Africa”\n")
                .is_empty()
        );
        assert!(
            labels("a more focused discussion on the proposals of recommendations during the third meeting").is_empty()
        );
    }

    #[test]
    fn complements_of_discussions_need_a_list() {
        assert_eq!(
            labels("The workshop held discussions on data localisation, encryption; on online safety."),
            ["data localisation", "encryption", "online safety"]
        );
        assert!(labels("Upon resuming discussion on the matter, the group agreed.").is_empty());
        assert!(labels("issues such as, inter alia, issues presented by newly emerging technology").is_empty());
        assert!(labels("in the areas of universal and developmental aspects").is_empty());
    }

    #[test]
    fn areas_of_take_a_single_item() {
        assert_eq!(
            labels("cooperation in the areas of e-waste management and green ICT standards."),
            ["e-waste management", "green ICT standards"]
        );
    }

    #[test]
    fn phrases_keep_their_offsets() {
        let text = "topics such as the “digital commons”.";
        let items = list_items(text);
        assert_eq!(&text[items[0].span.clone()], "digital commons");
    }
}
