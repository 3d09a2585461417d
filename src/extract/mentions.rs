//! Finding the vocabulary's concepts in cleaned text.
//!
//! Labels match case-insensitively and acronyms case-sensitively (so `WHO` is the agency and
//! "who" is not), at word boundaries, longest match first. Matches inside URLs are dropped: a
//! body named only in a link is not mentioned. Definite descriptions such as "the Group" are
//! resolved to the last body named whose label contains the same words.

use super::{EntityId, Facts, Matchers, Mention};
use crate::text::Offsets;
use crate::vocab::{Kind, Vocabulary};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Shortest label matched without regard to case; shorter ones must be acronyms.
const MIN_LABEL_CHARS: usize = 3;

/// Finds labels and acronyms of a set of concepts.
pub struct Matcher {
    labels: AhoCorasick,
    label_targets: Vec<Vec<usize>>,
    acronyms: AhoCorasick,
    acronym_targets: Vec<Vec<usize>>,
    by_label: HashMap<String, Vec<usize>>,
}

/// A match: a char range and the indices of the concepts it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Char range in the searched text.
    pub span: Range<usize>,
    /// Concept indices in the vocabulary.
    pub concepts: Vec<usize>,
}

impl Matcher {
    /// Builds a matcher over every concept of the vocabulary.
    pub fn new(vocab: &Vocabulary) -> Self {
        let entries = vocab
            .concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.labels.as_slice(), c.acronyms.as_slice()));
        Self::from_entries(entries)
    }

    /// Builds a matcher over the concepts of one kind.
    pub fn for_kind(vocab: &Vocabulary, kind: Kind) -> Self {
        let entries = vocab
            .concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == Some(kind))
            .map(|(i, c)| (i, c.labels.as_slice(), c.acronyms.as_slice()));
        Self::from_entries(entries)
    }

    /// Builds a matcher over the issues' list labels (`igkg:listLabel`), to look up in lists only.
    pub fn list_labels(vocab: &Vocabulary) -> Self {
        let entries = vocab
            .concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == Some(Kind::Issue))
            .map(|(i, c)| (i, c.list_labels.as_slice(), &[][..]));
        Self::from_entries(entries)
    }

    /// Builds a matcher from `(id, labels, acronyms)` entries.
    pub fn from_entries<'a>(entries: impl Iterator<Item = (usize, &'a [String], &'a [String])>) -> Self {
        let mut labels: Vec<(String, Vec<usize>)> = Vec::new();
        let mut acronyms: Vec<(String, Vec<usize>)> = Vec::new();
        let mut by_label: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, ls, acs) in entries {
            for label in ls.iter().filter(|l| l.chars().count() >= MIN_LABEL_CHARS) {
                let key = fold(label);
                add_pattern(&mut labels, key.clone(), id);
                let ids = by_label.entry(key).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            for acronym in acs {
                add_pattern(&mut acronyms, acronym.clone(), id);
                if acronym.chars().last().is_some_and(|c| c.is_uppercase()) {
                    add_pattern(&mut acronyms, format!("{acronym}s"), id);
                }
            }
        }
        add_spelling_variants(&mut labels, &mut by_label);
        add_plurals(&mut labels, &by_label);
        let build = |list: &[(String, Vec<usize>)]| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(list.iter().map(|(p, _)| p))
                .expect("vocabulary patterns build an automaton")
        };
        Matcher {
            labels: build(&labels),
            label_targets: labels.into_iter().map(|(_, t)| t).collect(),
            acronyms: build(&acronyms),
            acronym_targets: acronyms.into_iter().map(|(_, t)| t).collect(),
            by_label,
        }
    }

    /// The concepts with exactly this label (any case).
    pub fn lookup(&self, label: &str) -> Option<&[usize]> {
        self.by_label.get(&fold(label)).map(Vec::as_slice)
    }

    /// All non-overlapping matches in `text`, longest first, at word boundaries.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let folded = fold(text);
        let chars: Vec<char> = text.chars().collect();
        let mut hits: Vec<Hit> = Vec::new();
        // Labels are searched in the folded text, acronyms in the text as written; folding maps
        // one char to one char, so char offsets agree between the two.
        for (automaton, targets, haystack) in [
            (&self.labels, &self.label_targets, folded.as_str()),
            (&self.acronyms, &self.acronym_targets, text),
        ] {
            let offsets = Offsets::new(haystack);
            for m in automaton.find_iter(haystack) {
                let span = offsets.chars(m.range());
                if at_word_boundary(&chars, &span) {
                    hits.push(Hit {
                        span,
                        concepts: targets[m.pattern().as_usize()].clone(),
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        let mut kept: Vec<Hit> = Vec::new();
        for hit in hits {
            if kept.last().is_none_or(|k| hit.span.start >= k.span.end) {
                kept.push(hit);
            }
        }
        kept
    }
}

fn add_pattern(list: &mut Vec<(String, Vec<usize>)>, pattern: String, id: usize) {
    match list.iter_mut().find(|(p, _)| *p == pattern) {
        Some((_, ids)) if !ids.contains(&id) => ids.push(id),
        Some(_) => {}
        None => list.push((pattern, vec![id])),
    }
}

/// Folds a text for label matching, one char to one char so that char offsets are kept: case
/// (beyond ASCII: "SÉCURITÉ", "Œuvre"), typographic apostrophes and the non-breaking hyphens and
/// spaces that converted documents carry ("children’s rights", "multi‑stakeholder").
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{00a0}' | '\u{202f}' => ' ',
            c => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
        })
        .collect()
}

/// "Internet shutdowns", "digital divides", "digital economies": a label of several words with its
/// last word in the plural names the same concept. A one-word label is left alone, since its
/// plural is often another sense ("innovations in programming"); plurals that are already some
/// concept's label are left to it.
fn add_plurals(labels: &mut Vec<(String, Vec<usize>)>, by_label: &HashMap<String, Vec<usize>>) {
    let singulars: Vec<(String, Vec<usize>)> = labels.clone();
    for (label, ids) in singulars {
        if !label.contains(' ') {
            continue;
        }
        let Some(plural) = plural(&label) else { continue };
        if by_label.contains_key(&plural) {
            continue;
        }
        for id in ids {
            add_pattern(labels, plural.clone(), id);
        }
    }
}

/// Words the field writes in British and in American spelling, British first; "-isation" and
/// "-ization" ("Organisation of American States", "harmonization") are read by [`spelled`].
const SPELLINGS: &[(&str, &str)] = &[
    ("centre", "center"),
    ("centres", "centers"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("behaviour", "behavior"),
    ("labour", "labor"),
    ("defence", "defense"),
    ("analyse", "analyze"),
];

/// "Organisation of American States" names the Organization of American States: every label is
/// also matched in the other spelling of its words, unless that is some concept's own label.
fn add_spelling_variants(labels: &mut Vec<(String, Vec<usize>)>, by_label: &mut HashMap<String, Vec<usize>>) {
    for (label, ids) in labels.clone() {
        for british in [true, false] {
            let variant = spelled(&label, british);
            if variant == label || by_label.contains_key(&variant) {
                continue;
            }
            for &id in &ids {
                add_pattern(labels, variant.clone(), id);
            }
            by_label.insert(variant, ids.clone());
        }
    }
}

/// A folded label with each word in British (`british`) or American spelling.
fn spelled(label: &str, british: bool) -> String {
    let word = |w: &str| -> String {
        if let Some(&(b, a)) = SPELLINGS.iter().find(|(b, a)| *b == w || *a == w) {
            return if british { b } else { a }.to_string();
        }
        for suffix in ["ation", "ations", "ations'", "ational"] {
            let (from, to) = if british { ("iz", "is") } else { ("is", "iz") };
            if let Some(stem) = w.strip_suffix(&format!("{from}{suffix}"))
                && stem.chars().count() >= 3
            {
                return format!("{stem}{to}{suffix}");
            }
        }
        w.to_string()
    };
    label.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// The regular English plural of a folded label's last word, where it is a plain word.
fn plural(label: &str) -> Option<String> {
    let last = label.rsplit([' ', '-']).next()?;
    if last.chars().count() < 3 || !last.chars().all(|c| c.is_alphabetic()) || last.ends_with('s') {
        return None;
    }
    // The label without its last char, which may take more than one byte ("…divideß").
    let stem = &label[..label.len() - last.chars().next_back()?.len_utf8()];
    let before_y = last.chars().rev().nth(1).is_some_and(|c| !"aeiou".contains(c));
    Some(if last.ends_with('y') && before_y {
        format!("{stem}ies")
    } else if ["x", "z", "ch", "sh"].iter().any(|e| last.ends_with(e)) {
        format!("{label}es")
    } else {
        format!("{label}s")
    })
}

fn at_word_boundary(chars: &[char], span: &Range<usize>) -> bool {
    let before = span.start.checked_sub(1).and_then(|i| chars.get(i).copied());
    let after = chars.get(span.end).copied();
    (!before.is_some_and(char::is_alphanumeric) || after_footnote_mark(chars, span.start))
        && !after.is_some_and(char::is_alphanumeric)
}

/// "they acknowledged1WSIS Declaration of Principles", "previous resolutions on the
/// issue,2Economic and Social Council": a footnote number that text extraction glued between a
/// word (or its punctuation) and a capitalised name separates them.
fn after_footnote_mark(chars: &[char], start: usize) -> bool {
    let digits = chars[..start].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && chars.get(start).is_some_and(|c| c.is_uppercase())
        && start > digits
        && (chars[start - digits - 1].is_lowercase() || matches!(chars[start - digits - 1], ',' | ';' | '.' | ')'))
}

// ASCII word boundaries: addresses are ASCII, and a Unicode `\b` would keep the regex off its
// fast engines on every document with a curly quote or a dash.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<?(?-u:\b)(?:https?://|www\.)[^\s<>]+>?|(?-u:\b)[\w.-]+@[\w-]+\.[\w.]+").unwrap()
});

/// Char ranges of URLs and e-mail addresses.
pub fn url_spans(text: &str) -> Vec<Range<usize>> {
    let offsets = Offsets::new(text);
    URL.find_iter(text).map(|m| offsets.chars(m.range())).collect()
}

/// Adds a mention for every vocabulary match of the document outside URLs.
pub fn find_vocabulary_mentions(facts: &mut Facts, vocab: &Vocabulary, matchers: &Matchers) {
    let urls = url_spans(&facts.clean.text);
    let hits = matchers.all.find(&facts.clean.text);
    for hit in &hits {
        if urls.iter().any(|u| u.start < hit.span.end && hit.span.start < u.end) {
            continue;
        }
        for &c in &hit.concepts {
            let id = facts.concept_entity(vocab, c);
            facts.mentions.push(Mention {
                entity: id,
                span: hit.span.clone(),
                explicit: true,
            });
        }
    }
    add_coordinated_heads(facts, vocab, &matchers.all, &hits);
    add_acronym_compounds(facts, vocab, &matchers.all, &hits);
    add_names_around_acronyms(facts, vocab, &matchers.all);
    add_coordinated_modifiers(facts, vocab, &matchers.all);
    add_names_inside(facts, vocab, matchers, &hits);
    drop_foreign_offices(facts, vocab);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
}

static COORDINATED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([\p{L}-]+),? (?:and|or) $").unwrap());

/// "digital and gender divide" names the digital divide too: where a match is preceded by
/// "X and", and X followed by the match's head noun is a known label, that is a mention.
fn add_coordinated_heads(facts: &mut Facts, vocab: &Vocabulary, matcher: &Matcher, hits: &[Hit]) {
    for hit in hits {
        let matched = facts.clean.slice(hit.span.clone());
        let Some((_, head)) = matched.rsplit_once(' ') else {
            continue;
        };
        let from = hit.span.start.saturating_sub(40);
        let before = facts.clean.slice(from..hit.span.start);
        let Some(cap) = COORDINATED.captures(&before) else {
            continue;
        };
        let word = cap.get(1).map_or("", |m| m.as_str());
        let Some(concepts) = matcher.lookup(&format!("{word} {head}")) else {
            continue;
        };
        let start = hit.span.start - before[cap.get(0).map_or(0, |m| m.start())..].chars().count();
        for &c in concepts {
            let id = facts.concept_entity(vocab, c);
            facts.mentions.push(Mention {
                entity: id,
                span: start..hit.span.end,
                explicit: true,
            });
        }
    }
}

/// A name's acronym in parentheses and the words after it: "Internet Governance Forum (IGF)
/// Leadership Panel".
static ACRONYM_THEN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\((\p{Lu}[\p{Lu}\d&+-]{1,10})\)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})").unwrap()
});

/// "the Internet Governance Forum (IGF) Leadership Panel" names the IGF Leadership Panel: where
/// a match is followed by its acronym in parentheses and capitalised words, and the acronym with
/// the longest run of those words is a known label, that is a mention.
fn add_acronym_compounds(facts: &mut Facts, vocab: &Vocabulary, matcher: &Matcher, hits: &[Hit]) {
    for hit in hits {
        let after = facts.clean.slice(hit.span.end..hit.span.end + 60);
        let Some(cap) = ACRONYM_THEN_WORDS.captures(&after) else {
            continue;
        };
        let words: Vec<&str> = cap[2].split_whitespace().collect();
        let found = (1..=words.len()).rev().find_map(|n| {
            let concepts = matcher.lookup(&format!("{} {}", &cap[1], words[..n].join(" ")))?;
            let last = words[n - 1];
            let end = cap.get(2)?.start() + cap[2].find(last)? + last.len();
            Some((concepts, end))
        });
        let Some((concepts, end)) = found else {
            continue;
        };
        let span = hit.span.start..hit.span.end + after[..end].chars().count();
        for &c in concepts {
            let id = facts.concept_entity(vocab, c);
            facts.mentions.push(Mention {
                entity: id,
                span: span.clone(),
                explicit: true,
            });
        }
    }
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S+").unwrap());

/// An acronym in parentheses between two words: "(WG)" in "the CSTD Working Group (WG) on
/// improvements to the Internet Governance Forum".
static INNER_ACRONYM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s\(\p{Lu}[\p{Lu}\d&+-]{0,10}\)\s").unwrap());
/// How many words before and after such an acronym a name may have.
const WORDS_BEFORE_ACRONYM: usize = 6;
const WORDS_AFTER_ACRONYM: usize = 10;

/// "the CSTD Working Group (WG) on improvements to the Internet Governance Forum" names the
/// Working Group on improvements to the IGF: where the words around an acronym in parentheses,
/// read without it, are a known label, they are a mention of it. The longest label wins.
fn add_names_around_acronyms(facts: &mut Facts, vocab: &Vocabulary, matcher: &Matcher) {
    let text = &facts.clean.text;
    let mut added = Vec::new();
    for m in INNER_ACRONYM.find_iter(text) {
        let span = facts.clean.char_span(m.range());
        let before = words_before(&facts.clean.slice(span.start.saturating_sub(80)..span.start));
        let after = words_after(&facts.clean.slice(span.end..span.end + 120));
        let found = (1..=before.len()).rev().find_map(|b| {
            (1..=after.len()).rev().find_map(|a| {
                let (first, last) = (&before[before.len() - b], &after[a - 1]);
                let words = before[before.len() - b..].iter().chain(&after[..a]);
                let label = words.map(|w| w.0.as_str()).collect::<Vec<_>>().join(" ");
                let concepts = matcher.lookup(&label)?;
                Some((concepts, span.start - first.1..span.end + last.1))
            })
        });
        if let Some((concepts, at)) = found {
            added.extend(concepts.iter().map(|&c| (c, at.clone())));
        }
    }
    for (c, span) in added {
        let id = facts.concept_entity(vocab, c);
        facts.mentions.push(Mention {
            entity: id,
            span,
            explicit: true,
        });
    }
}

/// The last words of `text` back to a punctuation mark, nearest last, each with how many chars
/// from its start to the end of `text`.
fn words_before(text: &str) -> Vec<(String, usize)> {
    let total = text.chars().count();
    let mut out = Vec::new();
    for m in WORD.find_iter(text).collect::<Vec<_>>().into_iter().rev() {
        if m.as_str().ends_with(['.', ',', ';', ':', ')']) || out.len() == WORDS_BEFORE_ACRONYM {
            break;
        }
        if m.as_str().starts_with('(') {
            out.push((
                m.as_str()[1..].to_string(),
                total - text[..m.start()].chars().count() - 1,
            ));
            break;
        }
        out.push((m.as_str().to_string(), total - text[..m.start()].chars().count()));
    }
    out.reverse();
    out
}

/// The first words of `text` up to a punctuation mark, each with how many chars from the start
/// of `text` to its end.
fn words_after(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for m in WORD.find_iter(text).take(WORDS_AFTER_ACRONYM) {
        if m.as_str().starts_with('(') {
            break;
        }
        let word = m.as_str().trim_end_matches(['.', ',', ';', ':', ')']);
        out.push((word.to_string(), text[..m.start() + word.len()].chars().count()));
        if word.len() < m.as_str().len() {
            break;
        }
    }
    out
}

/// Words coordinated before one head noun: "a single, open, inclusive and secure Internet",
/// "safe, secure and trustworthy AI".
static MODIFIER_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:[\p{L}-]+,\s+)*[\p{L}-]+,?\s+(?:and|or)\s+[\p{L}-]+)\s+(\p{L}[\p{L}-]*)").unwrap()
});
static CONJUNCT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}-]+").unwrap());

/// "an open, secure and inclusive Internet" names the open Internet: each word of a list that
/// modifies one head noun, followed by that head, is looked up as a label. Only whole labels
/// count, so the list's other words name nothing.
fn add_coordinated_modifiers(facts: &mut Facts, vocab: &Vocabulary, matcher: &Matcher) {
    let text = &facts.clean.text;
    let mut added = Vec::new();
    for cap in MODIFIER_LIST.captures_iter(text) {
        let (list, head) = (cap.get(1).unwrap(), cap.get(2).unwrap());
        for word in CONJUNCT.find_iter(list.as_str()) {
            if matches!(word.as_str(), "and" | "or") {
                continue;
            }
            let Some(concepts) = matcher.lookup(&format!("{} {}", word.as_str(), head.as_str())) else {
                continue;
            };
            let start = facts
                .clean
                .char_span(list.start() + word.start()..list.start() + word.end())
                .start;
            let end = facts.clean.char_span(head.range()).end;
            for &c in concepts {
                added.push((c, start..end));
            }
        }
    }
    for (c, span) in added {
        let entity = facts.concept_entity(vocab, c);
        if !facts
            .mentions
            .iter()
            .any(|m| m.entity == entity && m.span.start <= span.start && span.end <= m.span.end)
        {
            facts.mentions.push(Mention {
                entity,
                span,
                explicit: true,
            });
        }
    }
}

/// "the report of the Working Group on Internet Governance" names the working group too, and "the
/// future of the IGF" names the IGF: a body named inside an instrument's or an issue's name is
/// mentioned. So is an issue named inside an instrument's name: "the African Union Convention on
/// Cyber Security and Personal Data Protection" names both issues.
fn add_names_inside(facts: &mut Facts, vocab: &Vocabulary, matchers: &Matchers, hits: &[Hit]) {
    let named_in = |hit: &&Hit, kinds: &[Kind]| {
        hit.concepts
            .iter()
            .any(|&c| vocab.concepts[c].kind.is_some_and(|k| kinds.contains(&k)))
    };
    for hit in hits.iter().filter(|h| named_in(h, &[Kind::Instrument, Kind::Issue])) {
        let name = facts.text(&hit.span);
        let bodies = matchers.bodies.find(&name);
        // An issue inside a body's name is the body's, as everywhere ("the Report of the Working
        // Group on Internet Governance" names the group, not Internet governance).
        let issues = if named_in(&hit, &[Kind::Instrument]) {
            matchers.issues.find(&name)
        } else {
            Vec::new()
        };
        let outside_bodies: Vec<Hit> = issues
            .into_iter()
            .filter(|i| {
                !bodies
                    .iter()
                    .any(|b| b.span.start < i.span.end && i.span.start < b.span.end)
            })
            .collect();
        for found in bodies.iter().chain(&outside_bodies) {
            let span = hit.span.start + found.span.start..hit.span.start + found.span.end;
            for &c in &found.concepts {
                let id = facts.concept_entity(vocab, c);
                facts.mentions.push(Mention {
                    entity: id,
                    span: span.clone(),
                    explicit: true,
                });
            }
        }
    }
}

static OF_THE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ of (?:the )?$").unwrap());
/// The words that make an office a lower one: "Under-Secretary-General", "Assistant
/// Secretary-General", "Deputy Director-General".
static LOWER_OFFICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:under[- ]|deputy |assistant |vice-)$").unwrap());

/// "the Secretary-General of the International Telecommunication Union" is that body's head,
/// not the UN Secretary-General: an office followed by "of" another body is dropped, and so is
/// one a lower office's title holds ("Under-Secretary-General").
fn drop_foreign_offices(facts: &mut Facts, vocab: &Vocabulary) {
    let mut drop = Vec::new();
    for (i, m) in facts.mentions.iter().enumerate() {
        let entity = &facts.entities[m.entity];
        let Some(office) = vocab.get(&entity.iri).filter(|c| c.has_class("Office")) else {
            continue;
        };
        // "Under-Secretary-General", "Deputy Director-General": another office, held under it.
        let lead = facts.clean.str(m.span.start.saturating_sub(10)..m.span.start);
        if LOWER_OFFICE.is_match(lead) {
            drop.push(i);
            continue;
        }
        let next = facts
            .mentions
            .iter()
            .find(|n| n.span.start > m.span.end && n.span.start <= m.span.end + 8);
        let Some(next) = next else { continue };
        let between = facts.clean.str(m.span.end..next.span.start);
        let other = &facts.entities[next.entity];
        if OF_THE.is_match(between) && other.kind == Kind::Body && !office.part_of.contains(&other.iri) {
            drop.push(i);
        }
    }
    for i in drop.into_iter().rev() {
        facts.mentions.remove(i);
    }
}

/// A definite description of a body by its head noun, with up to two capitalised words before
/// it: "the Group", "the 20-member panel", "the Global Commission", "the Leadership Panel", "the
/// Event", "the Union". Heads that are common nouns in running text are taken capitalised only.
static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Tt]he (?:\d{1,3}-member )?((?:\p{Lu}[\p{Ll}-]+ ){0,2}(?:(?:[Ww]orking )?[Gg]roup|[Cc]ommission|Council|Assembly|Forum|Committee|Secretariat|Organi[sz]ation|[Pp]anel|Board|Coalition|Task Force|Bureau|Event|Summit|Conference|Alliance|Partnership|Initiative|Network|Union|Agency|Body|Office|Mechanism|Platform|Cent(?:re|er)|Institute|Foundation|Federation|Association))(?-u:\b)( (?:on|of|for)(?-u:\b))?").unwrap()
});

/// The plural heads that name a family of bodies: "IGF Best Practice Forums", "Dynamic
/// Coalitions", "Policy Networks" (not "… Assigned Names and Numbers").
const FAMILY_HEADS: &[&str] = &[
    "forums",
    "coalitions",
    "networks",
    "groups",
    "panels",
    "committees",
    "commissions",
    "initiatives",
];

/// "BPF Cybersecurity … the BPF's workstreams … BPF Update meeting": a family of bodies named in
/// the singular ("BPF" for the "IGF Best Practice Forums") is the one member of it the document
/// names, when it names only one.
pub fn one_member_of_family(facts: &mut Facts, vocab: &Vocabulary) {
    let family_of = |facts: &Facts, id: EntityId| -> Vec<String> {
        vocab
            .get(&facts.entities[id].iri)
            .map(|c| c.part_of.clone())
            .unwrap_or_default()
    };
    let mut members: Vec<(String, EntityId)> = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        for family in family_of(facts, m.entity) {
            if !members.iter().any(|(f, e)| *f == family && *e == m.entity) {
                members.push((family, m.entity));
            }
        }
    }
    for i in 0..facts.mentions.len() {
        let m = &facts.mentions[i];
        let Some(family) = vocab.get(&facts.entities[m.entity].iri) else {
            continue;
        };
        let plural = family
            .pref_label
            .rsplit(' ')
            .next()
            .is_some_and(|w| FAMILY_HEADS.contains(&w.to_lowercase().as_str()));
        let singular = !facts.text(&m.span).ends_with('s');
        let mut named = members.iter().filter(|(f, _)| *f == family.iri);
        if let (true, true, Some((_, member)), None) = (plural, singular, named.next(), named.next()) {
            facts.mentions[i].entity = *member;
        }
    }
}

/// Resolves "the Group", "the Commission", "the Global Commission" … to the last body named
/// whose label holds those words; such mentions serve relations but do not count as the
/// document naming the body.
pub fn resolve_anaphora(facts: &mut Facts, vocab: &Vocabulary) {
    let text = facts.clean.text.clone();
    let mut added = Vec::new();
    for cap in ANAPHOR.captures_iter(&text) {
        if cap.get(2).is_some() {
            continue;
        }
        let span = facts.clean.char_span(cap.get(0).unwrap().range());
        if facts
            .mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let words: Vec<String> = cap[1].split(' ').map(str::to_lowercase).collect();
        let fits = |m: &&Mention| {
            facts.entities[m.entity].kind == Kind::Body
                && facts
                    .labels_of(vocab, m.entity)
                    .iter()
                    .any(|l| contains_words(l, &words))
        };
        let before = facts.mentions.partition_point(|m| m.span.start < span.start);
        let named = facts.mentions[..before]
            .iter()
            .rev()
            .filter(|m| m.explicit && m.span.end <= span.start)
            .find(fits);
        // A description resolved before counts as the body's last naming: "the Leadership
        // Panel … the panel" is that panel, whatever other panel was named earlier. Both lists
        // are read backwards from here and stop at their first fit.
        let described = added.iter().rev().find(fits);
        let antecedent = match (named, described) {
            (Some(n), Some(d)) => Some(if d.span.end > n.span.end { d } else { n }),
            (n, d) => n.or(d),
        };
        if let Some(entity) = antecedent.map(|a| a.entity) {
            added.push(Mention {
                entity,
                span,
                explicit: false,
            });
        }
    }
    facts.mentions.extend(added);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
}

fn contains_words(label: &str, words: &[String]) -> bool {
    let label_words: Vec<String> = label.split([' ', '-']).map(str::to_lowercase).collect();
    words.iter().all(|w| label_words.contains(w))
}

/// Entity ids of the explicit mentions of a kind within a char range, in order, deduplicated.
pub fn entities_in(facts: &Facts, span: &Range<usize>, kind: Kind, explicit_only: bool) -> Vec<EntityId> {
    let mut out = Vec::new();
    for m in facts.mentions_in(span) {
        if (m.explicit || !explicit_only) && facts.entities[m.entity].kind == kind && !out.contains(&m.entity) {
            out.push(m.entity);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_of_labels_ending_in_a_multibyte_letter() {
        assert_eq!(plural("digital divideß").as_deref(), Some("digital divideßs"));
        assert_eq!(plural("center for societyⳬ").as_deref(), Some("center for societyⳬs"));
        assert_eq!(plural("digital policy").as_deref(), Some("digital policies"));
    }

    #[test]
    fn labels_in_the_other_spelling() {
        assert_eq!(
            spelled("organization of american states", true),
            "organisation of american states"
        );
        assert_eq!(spelled("harmonisation", false), "harmonization");
        assert_eq!(spelled("data centre", false), "data center");
        // Only the endings that differ: "crisis" and "expertise" have one spelling.
        assert_eq!(spelled("crisis expertise", false), "crisis expertise");
        let hits = matcher().find("the World Health Organisation");
        let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.span.start, h.span.end)).collect();
        assert_eq!(spans, [(4, 29)]);
    }

    fn matcher() -> Matcher {
        let labels = [
            vec!["World Health Organization".to_string()],
            vec!["gender divide".to_string()],
            vec!["digital divide".to_string()],
        ];
        let acronyms = [vec!["WHO".to_string()], vec![], vec![]];
        Matcher::from_entries((0..3).map(|i| (i, labels[i].as_slice(), acronyms[i].as_slice())))
    }

    #[test]
    fn acronyms_are_case_sensitive_and_labels_are_not() {
        let hits = matcher().find("who knows? WHO and the world health organization");
        let found: Vec<_> = hits.iter().map(|h| (h.span.clone(), h.concepts.clone())).collect();
        assert_eq!(found, [(11..14, vec![0]), (23..48, vec![0])]);
    }

    #[test]
    fn matches_respect_word_boundaries() {
        assert!(matcher().find("WHOLE gender dividers").is_empty());
    }

    #[test]
    fn case_and_typography_fold_beyond_ascii() {
        let labels = [
            vec!["sécurité numérique".to_string()],
            vec!["children's rights".to_string()],
        ];
        let m = Matcher::from_entries((0..2).map(|i| (i, labels[i].as_slice(), &[][..])));
        let text = "La SÉCURITÉ NUMÉRIQUE et les children’s rights";
        let found: Vec<_> = m
            .find(text)
            .iter()
            .map(|h| (h.span.clone(), h.concepts.clone()))
            .collect();
        assert_eq!(found, [(3..21, vec![0]), (29..46, vec![1])]);
    }

    #[test]
    fn plural_labels_match_but_not_other_words() {
        let hits = matcher().find("bridging the digital divides and gender divides; the dividers");
        assert_eq!(hits.len(), 2);
        assert_eq!(plural("digital economy").as_deref(), Some("digital economies"));
        assert_eq!(plural("digital identity").as_deref(), Some("digital identities"));
        assert_eq!(plural("IPv6"), None);
        assert_eq!(plural("human rights"), None);
    }

    #[test]
    fn urls_are_found() {
        let spans = url_spans("see http://unctad.org/meetings/x.pdf and <https://www.itu.int/a> too");
        assert_eq!(spans.len(), 2);
    }
}
