//! Organisations the vocabulary does not know, recognised by the structure of their names and
//! the places documents list them, and governments named through their country.
//!
//! Documents of the field name far more bodies than any vocabulary holds: ministries and
//! regulators, national and regional forums, universities, NGOs, companies, the sectors, boards
//! and study groups of known bodies. Their names have a shape — capitalised words around an
//! organisation head noun ("Nigerian Communications Commission", "Federal Ministry of …",
//! "IGF Best Practice Forum") — and documents list them where partners and supporters are
//! named. Each found name becomes a body with an IRI minted from its normalised name, so that
//! the same organisation in two documents is one entity, a type read from its name, and
//! `igkg:partOf` the known body or government its name is built on.

use super::{Entity, EntityId, Extractor, Facts, Introduced, Link, Mention, Modality};
use crate::text::ParagraphKind;
use crate::vocab::{Kind, Vocabulary};
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Head nouns that make a capitalised name an organisation, singular and lower case.
const HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "authority",
    "commission",
    "council",
    "committee",
    "forum",
    "group",
    "coalition",
    "alliance",
    "association",
    "federation",
    "foundation",
    "institute",
    "centre",
    "center",
    "university",
    "college",
    "network",
    "society",
    "union",
    "bureau",
    "sector",
    "office",
    "secretariat",
    "registry",
    "panel",
    "board",
    "consortium",
    "division",
    "organisation",
    "organization",
    "academy",
    "observatory",
    "platform",
    "trustees",
    "chapter",
    "delegation",
    "mission",
    "directorate",
    "branch",
];

/// Heads of the units of an administration or an organisation, whose names are proper names
/// after a role: "Deputy Head of the Directorate of Political Affairs of Switzerland".
const UNIT_HEADS: &[&str] = &[
    "directorate",
    "directorate-general",
    "division",
    "branch",
    "department",
    "office",
    "delegation",
    "bureau",
    "section",
    "ministry",
];

/// Words joining the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "in", "de", "du", "la", "des", "en", "et", "&", "the",
];

/// Heads of missions, which are named with whom they are accredited to.
const ACCREDITED: &[&str] = &["Delegation", "Mission", "Representation"];

/// A French article elided before a word joins a name too: "Forum de Gouvernance de l'Internet".
fn elided(word: &str) -> bool {
    ["l'", "d'", "l’", "d’"]
        .iter()
        .any(|a| word.to_lowercase().starts_with(a))
}

/// First words of phrases that title a document, an event or a section, not an organisation
/// ("Report of the …", "Annex …"); the words of a person's role or a meeting are
/// [`ROLE_FIRST`].
const NOT_FIRST: &[&str] = &[
    "report",
    "reports",
    "recommendation",
    "recommendations",
    "decision",
    "decisions",
    "guidelines",
    "summary",
    "statement",
    "declaration",
    "resolution",
    "communiqué",
    "communique",
    "message",
    "messages",
    "agenda",
    "outcome",
    "note",
    "letter",
    "chairman’s",
    "chairman's",
    "chair’s",
    "chair's",
    "annex",
    "section",
    "chapter",
    "part",
    "article",
    "paragraph",
    "item",
    "theme",
    "workshop",
    "day",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "dr",
    "dr.",
    "h.e.",
    "prof.",
    "excellency",
    "dear",
    "all",
    "each",
    "every",
    "our",
    "their",
    "its",
    "this",
    "these",
    "those",
    "that",
    "such",
    "other",
    "both",
    "a",
    "an",
    "any",
    "some",
    "many",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "to",
    "we",
    "welcome",
    "recalling",
    "noting",
    "role",
    "roles",
    "chairs",
    "co-chairs",
    "vice-chairs",
    "vice-chairman",
    "vice-chairmen",
    "vice-chairpersons",
];

/// First words of a person's role or a meeting, not of an organisation ("Chair of the …",
/// "Fourth Meeting of the …"), after which the body it is of may be named.
const ROLE_FIRST: &[&str] = &[
    "vice",
    "deputy",
    "executive",
    "chief",
    "former",
    "acting",
    "founder",
    "co-founder",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "co-chair",
    "vice-chair",
    "coordinator",
    "adviser",
    "advisor",
    "envoy",
    "rapporteur",
    "president",
    "minister",
    "secretary-general",
    "secretary",
    "director",
    "head",
    "heads",
    "member",
    "members",
    "ambassador",
    "representatives",
    "delegates",
    "meeting",
    "meetings",
    "session",
];

/// Last words of the name of a text, a track or a programme, not of an organisation ("Council
/// Resolution", "Forum Track").
const NOT_LAST: &[&str] = &[
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "report",
    "reports",
    "declaration",
    "track",
    "tracks",
];

/// Months and weekdays, which follow a name ("the Council in May", "… on Monday") but are never
/// part of one.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words of venues and addresses: "Welcome Centre and Hotel" is where a meeting is held.
const VENUE_WORDS: &[&str] = &[
    "hotel",
    "hall",
    "building",
    "palais",
    "convention",
    "headquarters",
    "room",
    "street",
    "avenue",
    "road",
    "square",
    "house",
    "campus",
    "stadium",
    "auditorium",
    "venue",
];

/// Words that place a forum in a region rather than a country.
const REGION_WORDS: &[&str] = &[
    "africa",
    "african",
    "west",
    "western",
    "east",
    "eastern",
    "north",
    "northern",
    "south",
    "southern",
    "central",
    "arab",
    "asia",
    "asian",
    "pacific",
    "asia-pacific",
    "latin",
    "america",
    "american",
    "caribbean",
    "europe",
    "european",
    "euro-mediterranean",
    "mediterranean",
    "commonwealth",
    "nordic",
    "baltic",
    "balkan",
    "sahel",
    "gulf",
    "regional",
    "sub-regional",
    "subregional",
];

/// Modifiers that every group, committee or board may carry: they do not name one.
const GENERIC: &[&str] = &[
    "working",
    "expert",
    "experts",
    "advisory",
    "steering",
    "study",
    "task",
    "executive",
    "governing",
    "technical",
    "special",
    "ad",
    "hoc",
    "joint",
    "standing",
    "drafting",
    "contact",
    "informal",
    "interim",
    "general",
    "high-level",
    "permanent",
    "main",
    "sub",
    "new",
    "open",
    "open-ended",
    "multistakeholder",
    "multi-stakeholder",
    "intergovernmental",
    "international",
    "global",
    "regional",
    "national",
    "independent",
    "preparatory",
    "organizing",
    "organising",
    "hybrid",
    "virtual",
    "online",
    "annual",
];

/// Roles a name can end in when the phrase names a person's position, not a body.
const ROLES: &[&str] = &[
    "leader",
    "chair",
    "chairman",
    "chairperson",
    "member",
    "members",
    "secretary",
    "director",
    "head",
    "coordinator",
    "president",
    "officer",
    "representative",
    "manager",
    "fellow",
    "expert",
    "experts",
    "staff",
    "liaison",
    "rapporteur",
    "facilitator",
    "facilitators",
    "co-chair",
];

/// Words that make a centre a venue: "Conference Centre", "Cultural Centre".
const VENUE_MODIFIERS: &[&str] = &[
    "conference",
    "convention",
    "cultural",
    "exhibition",
    "congress",
    "events",
    "event",
    "expo",
    "shopping",
    "sports",
    "welcome",
    "business",
    "trade",
    "international conference",
];

/// Legal forms of companies.
const COMPANY_FORMS: &[&str] = &[
    "sa", "s.a.", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "gmbh", "plc", "ag",
];

/// One whitespace-separated word of a sentence, with its char range in the cleaned text.
#[derive(Debug, Clone)]
struct Word {
    /// The word without surrounding punctuation.
    core: String,
    /// Char range of `core`.
    span: Range<usize>,
    /// Whether punctuation after the word ends a name (comma, colon, closing bracket …).
    stops: bool,
    /// Whether punctuation before the word starts a new name (opening bracket or quote).
    opens: bool,
    /// Whether a comma follows the word.
    comma: bool,
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S+").unwrap());

/// The words of a char range of the cleaned text.
fn words(facts: &Facts, span: &Range<usize>) -> Vec<Word> {
    let text = facts.clean.str(span.clone());
    let base = span.start;
    let offsets = crate::text::Offsets::new(text);
    let mut out = Vec::new();
    let pieces = WORD.find_iter(text).flat_map(|m| {
        let at = glued_sentence(m.as_str());
        let first = m.start()..at.map_or(m.end(), |a| m.start() + a);
        let second = at.map(|a| m.start() + a..m.end());
        std::iter::once(first).chain(second)
    });
    for range in pieces {
        let (start, raw) = (range.start, &text[range]);
        let lead = raw.len() - raw.trim_start_matches(['(', '[', '"', '“', '‘', '\'']).len();
        let trimmed = raw.trim_end_matches([',', ';', ':', ')', ']', '"', '”', '’', '\'', '.', '!', '?']);
        let keep_dot = raw.ends_with('.') && COMPANY_FORMS.contains(&raw.to_lowercase().as_str());
        // "Forum(s)" is the plural written both ways: the name is the singular.
        let trimmed = trimmed.strip_suffix("(s").unwrap_or(trimmed);
        let end = if keep_dot { raw.len() } else { trimmed.len().max(lead) };
        let chars = offsets.chars(start + lead..start + end);
        out.push(Word {
            core: raw[lead..end].to_string(),
            span: base + chars.start..base + chars.end,
            stops: end < raw.len(),
            opens: lead > 0,
            comma: raw.ends_with(','),
        });
    }
    join_portfolios(&mut out);
    out
}

/// "discussions.The Forum brought together …": a sentence glued to the last word of the one
/// before, where the text lost the space after the full stop. Returns where the second starts;
/// none in addresses ("www.Example.org").
fn glued_sentence(word: &str) -> Option<usize> {
    if word.contains(['/', '@']) || word.to_lowercase().starts_with("www") {
        return None;
    }
    let m = GLUED.find(word)?;
    Some(m.start() + m.as_str().find(['.', '!', '?'])? + 1)
}

static GLUED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}").unwrap());

/// Heads whose name lists the fields they are in charge of.
const PORTFOLIO_HEADS: &[&str] = &[
    "Ministry",
    "Minister",
    "Department",
    "Ministries",
    "Secretariat",
    "Committee",
    "Commission",
];

/// "Ministry of Posts, Telecommunications and Information Technology", "Committee on Culture,
/// Science, Education and Media": the commas of the list of fields a ministry or committee is
/// of do not end its name; the list ends at its last field after "and".
fn join_portfolios(words: &mut [Word]) {
    for i in 0..words.len() {
        if !(words[i].comma && words[i].stops && after_portfolio_head(words, i)) {
            continue;
        }
        let Some(and) = (i + 1..words.len().min(i + 8)).find(|&k| words[k].core == "and") else {
            continue;
        };
        let fields = &words[i + 1..and];
        let listed = fields.iter().all(|w| is_field(&w.core) && (!w.stops || w.comma));
        if listed && words.get(and + 1).is_some_and(|w| is_field(&w.core) && !w.opens) {
            for w in &mut words[i..and] {
                w.stops = false;
            }
        }
    }
}

/// Words of the fields a ministry is in charge of: the items of its list are made of these
/// alone, so that "the Ministry of Finance, Google and Microsoft" stays three names.
const FIELDS: &[&str] = &[
    "Administration",
    "Affairs",
    "Broadcasting",
    "Commerce",
    "Communication",
    "Communications",
    "Culture",
    "Development",
    "Digital",
    "Digitalization",
    "Digitisation",
    "Economy",
    "Economic",
    "Education",
    "Electronics",
    "Employment",
    "Energy",
    "Environment",
    "Finance",
    "Foreign",
    "Higher",
    "ICT",
    "ICTs",
    "Industry",
    "Information",
    "Infrastructure",
    "Innovation",
    "Media",
    "National",
    "Planning",
    "Postal",
    "Posts",
    "Public",
    "Research",
    "Science",
    "Services",
    "Society",
    "Sport",
    "Sports",
    "Technological",
    "Technologies",
    "Technology",
    "Telecom",
    "Telecommunications",
    "Tourism",
    "Trade",
    "Transformation",
    "Transport",
    "Works",
    "Youth",
];

fn is_field(word: &str) -> bool {
    FIELDS.contains(&word) || ["and", "of"].contains(&word)
}

/// Whether a capitalised word names a field of a ministry's or committee's portfolio
/// ("Telecommunications", "Postal"): such words make no person's name.
pub(super) fn is_field_word(word: &str) -> bool {
    FIELDS.contains(&word)
}

/// Whether the word at `i` ends a run "Ministry of X" of a ministry's fields.
fn after_portfolio_head(words: &[Word], i: usize) -> bool {
    let from = i.saturating_sub(6);
    (from + 1..=i)
        .rev()
        .find(|&j| matches!(words[j].core.as_str(), "of" | "on"))
        .is_some_and(|of| {
            PORTFOLIO_HEADS.contains(&words[of - 1].core.as_str())
                && words[of + 1..=i].iter().all(|w| is_field(&w.core))
                && words[of - 1..i].iter().all(|w| !w.stops)
        })
}

/// Whether a word can be part of a name: capitalised, an acronym, or a number after a head
/// ("Study Group 16"); not a word with a comma inside, where text extraction glued a footnote
/// number to the next word ("issue,2Economic").
fn capitalised(word: &str) -> bool {
    !word.contains(',')
        && (word.chars().next().is_some_and(|c| c.is_uppercase())
            || (word.chars().any(char::is_uppercase) && word.chars().next().is_some_and(char::is_lowercase)))
}

pub(super) fn is_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    HEADS.contains(&lower.as_str()) || HEADS.contains(&singular) || lower == "force"
}

/// Whether the words hold a head noun outside the known mentions, in a place where it heads a
/// name: "Society" heads a name only as its first word ("Society for …"), since "the
/// Information Society" and "civil society" are not organisations.
fn heads_a_name(run: &[Word], known: impl Fn(&Word) -> bool) -> bool {
    run.iter()
        .enumerate()
        .any(|(i, w)| !known(w) && is_head(&w.core) && (i == 0 || !w.core.to_lowercase().starts_with("societ")))
}

/// Whether a name says what it is: it needs a word other than head nouns and the generic
/// modifiers of groups ("Working Group", "Steering Committee", "Group Leader" are not names),
/// must not end in a role ("Group Leader"), and must not be a venue ("PALCCO Cultural Centre").
fn distinctive(lower: &[String]) -> bool {
    let specific = lower
        .iter()
        .any(|w| !CONNECTORS.contains(&w.as_str()) && !is_head(w) && !GENERIC.contains(&w.as_str()));
    let role = lower.last().is_some_and(|w| ROLES.contains(&w.as_str()));
    let venue = lower.iter().any(|w| matches!(w.as_str(), "centre" | "center"))
        && lower.iter().any(|w| VENUE_MODIFIERS.contains(&w.as_str()));
    specific && !role && !venue
}

/// Runs of capitalised words joined by connectors, split where punctuation or a clause breaks
/// them, with leading and trailing connectors dropped.
fn runs(words: &[Word]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let close = |out: &mut Vec<Range<usize>>, from: usize, to: usize| {
        let mut r = from..to;
        // "MAG and Secretariat C. Funding …": a list's item letter is not part of a name.
        if r.len() > 1 && is_item_letter(&words[r.end - 1]) {
            r.end -= 1;
        }
        while r.end > r.start && CONNECTORS.contains(&words[r.end - 1].core.as_str()) {
            r.end -= 1;
        }
        if r.end > r.start {
            out.push(r);
        }
    };
    for (i, w) in words.iter().enumerate() {
        // "… Consultation Group The GAC agreed": a heading run into the sentence under it, whose
        // last words are no name of their own.
        if w.core == "The" && start.is_some() && !CONNECTORS.contains(&words[i - 1].core.as_str()) {
            start = None;
        }
        // "… AND THE COMMITTEE OF THE REGIONS Internet Policy and Governance": a heading in
        // capitals, joined by connectors in capitals, ends where mixed-case words begin.
        if let Some(s) = start
            && w.core.chars().any(char::is_lowercase)
            && words[s..i]
                .iter()
                .any(|x| CONNECTORS.contains(&x.core.to_lowercase().as_str()) && x.core.chars().all(char::is_uppercase))
            && words[i - 1].core.chars().all(|c| !c.is_lowercase())
        {
            close(&mut out, s, i);
            start = None;
        }
        // "the European Union Delegation to the United Nations": a mission is named with whom
        // it is accredited to.
        let accredited =
            w.core == "to" && start.is_some_and(|s| words[s..i].iter().any(|x| ACCREDITED.contains(&x.core.as_str())));
        let joins = (CONNECTORS.contains(&w.core.as_str()) || elided(&w.core) || accredited)
            && start.is_some()
            && (w.core != "the"
                || i > 0
                    && (CONNECTORS.contains(&words[i - 1].core.as_str()) || words[i - 1].core == "to")
                    && words[i - 1].core != "the");
        // A group's number, not a year ("Study Group 16", not "the Council 2009").
        let number =
            w.core.len() <= 3 && w.core.chars().all(|c| c.is_ascii_digit()) && i > 0 && is_head(&words[i - 1].core);
        let part = (capitalised(&w.core) && !MONTHS.contains(&w.core.as_str())) || joins || number;
        if let Some(s) = start
            && (!part || w.opens)
        {
            close(&mut out, s, i);
            start = None;
        }
        if part && !CONNECTORS.contains(&w.core.as_str()) && start.is_none() {
            start = Some(i);
        }
        if w.stops
            && let Some(s) = start.take()
        {
            close(&mut out, s, i + 1);
        }
    }
    if let Some(s) = start {
        close(&mut out, s, words.len());
    }
    out.into_iter().flat_map(|r| split_at_and(words, r)).collect()
}

/// A single capital with a full stop after it: "C." of a lettered list.
fn is_item_letter(word: &Word) -> bool {
    let mut chars = word.core.chars();
    word.stops && chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// "the Nigerian Internet Registry Authority and the Nigerian Internet Governance Forum" names
/// two bodies: a run is split at "and" where the words before it already end in a head noun
/// or an acronym ("NRIs and IGF Dynamic Coalitions").
fn split_at_and(words: &[Word], run: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = run.start;
    for i in run.clone() {
        let before = i.checked_sub(1).filter(|&b| b >= from).map(|b| words[b].core.as_str());
        let singular_head = before.is_some_and(|w| HEADS.contains(&w.to_lowercase().as_str()));
        let acronym = before.is_some_and(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2);
        if words[i].core == "and" && (singular_head || acronym) {
            out.push(from..i);
            from = i + 1;
            while from < run.end && CONNECTORS.contains(&words[from].core.as_str()) {
                from += 1;
            }
        }
    }
    if from < run.end {
        out.push(from..run.end);
    }
    out
}

/// The key an organisation's IRI is minted from: its name or acronym with a leading "the"
/// dropped, British and American spellings folded ("Centre"/"Center",
/// "Organisation"/"Organization", "&"/"and"), possessives and acronym plurals dropped ("IGF's",
/// "DCs") and a final plural head made singular ("Dynamic Coalitions"), so that one
/// organisation written two ways is one entity.
pub fn org_key(name: &str) -> String {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            // "DCs" and "NRIs" are the plurals of the acronyms "DC" and "NRI".
            let upper = w.chars().filter(|c| c.is_uppercase()).count();
            let w = match w.strip_suffix('s') {
                Some(stem) if upper >= 2 && upper == stem.chars().count() => stem,
                _ => w,
            };
            let lower = w.to_lowercase();
            match lower.as_str() {
                "centre" | "centres" => lower.replace("centre", "center"),
                "organisation" | "organisations" => lower.replace("organisation", "organization"),
                "programme" => "program".to_string(),
                "&" => "and".to_string(),
                _ => lower,
            }
        })
        .collect();
    if let Some(last) = words.last_mut()
        && let Some(singular) = last.strip_suffix('s')
        && HEADS.contains(&singular)
    {
        *last = singular.to_string();
    }
    let skip = usize::from(words.len() > 1 && words[0] == "the");
    words[skip..].join(" ")
}

/// What a name was recognised as, before it becomes an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    /// The name as written.
    pub name: String,
    /// Where it is written.
    pub span: Range<usize>,
    /// Its class in the ontology.
    pub class: &'static str,
    /// The body it is part of.
    pub parent: Option<EntityId>,
    /// Known mentions inside the name that name a different body (a national forum's "IGF").
    pub shadows: Vec<Range<usize>>,
    /// The acronym written inside the name, with the words after it ("GIF Consortium").
    pub acronym: Option<String>,
}

/// Words that open a sentence or a phrase without being part of the name after them.
const LEADING: &[&str] = &[
    "the", "le", "la", "les", "a", "an", "all", "each", "every", "our", "their", "its", "this", "these", "those",
    "that", "such", "other", "both", "any", "some", "many", "in", "on", "at", "by", "for", "with", "from", "as", "to",
    "we", "and", "of",
    // Counts: "Four Best Practice Forums (BPFs) were renewed" names the forums, not four of them.
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "various",
    "numerous", "few", "most",
];

/// Governments reachable from a word: country names and demonyms ("Swiss", "Nigerian"), read
/// from the vocabulary's governments and countries; and known bodies by the key of each label.
/// Governments by the names of their countries and demonyms, and vocabulary bodies by
/// [`org_key`]: derived from the vocabulary once, not per document.
pub struct Nations {
    by_name: HashMap<String, usize>,
    bodies_by_key: HashMap<String, usize>,
}

impl Nations {
    /// Indexes the governments and bodies of `vocab`.
    pub fn new(vocab: &Vocabulary) -> Self {
        let mut by_name = HashMap::new();
        for (i, c) in vocab.concepts.iter().enumerate() {
            for country in &c.government_of {
                if let Some(place) = vocab.get(country) {
                    for l in &place.labels {
                        by_name.insert(l.to_lowercase(), i);
                    }
                }
                for l in &c.labels {
                    if let Some(demonym) = l.to_lowercase().strip_suffix(" government") {
                        by_name.insert(demonym.to_string(), i);
                    }
                }
            }
        }
        let bodies_by_key = vocab
            .concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == Some(Kind::Body))
            .flat_map(|(i, c)| {
                // Hyphens aside too: "Internet Related" is "Internet-related".
                c.labels
                    .iter()
                    .flat_map(move |l| [(org_key(l), i), (org_key(&l.replace('-', " ")), i)])
            })
            .collect();
        Nations { by_name, bodies_by_key }
    }

    /// The vocabulary body one of whose labels is `name`, up to [`org_key`].
    pub fn body(&self, name: &str) -> Option<usize> {
        self.bodies_by_key.get(&org_key(name)).copied()
    }

    /// The government named by the first one to three words of `words`, and how many words.
    pub fn leading(&self, words: &[&str]) -> Option<(usize, usize)> {
        (1..=words.len().min(3))
            .rev()
            .find_map(|n| self.by_name.get(&words[..n].join(" ").to_lowercase()).map(|&g| (g, n)))
    }
}

/// What may stand between a new body's name and the country that ends it: its acronym
/// ("Public Utilities Commission (PUC) of Belize").
static ACRONYM_THEN_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?: ?\([\p{Lu}][\p{L}0-9&./-]{1,11}\))? of (?:the )?$").unwrap());

/// "Public Utilities Commission (PUC) of Belize", "National Communications Authority (NCA) of
/// Ghana": a body the document introduces with its acronym before the country it is of is named
/// with the country, which the acronym only interrupts.
pub fn name_countries_after_acronyms(facts: &mut Facts, ex: &Extractor) {
    let mut renamed: Vec<(EntityId, String)> = Vec::new();
    for (i, m) in facts.mentions.iter().enumerate() {
        let entity = &facts.entities[m.entity];
        if entity.introduced.as_ref().is_none_or(|x| x.acronym.is_none())
            || renamed.iter().any(|(id, _)| *id == m.entity)
        {
            continue;
        }
        let country = facts.mentions[i + 1..]
            .iter()
            .take_while(|c| c.span.start <= m.span.end + 24)
            .find(|c| {
                c.span.start >= m.span.end
                    && (facts.entities[c.entity].kind == Kind::Place || is_government(facts, ex, c.entity))
                    && ACRONYM_THEN_OF.is_match(facts.clean.str(m.span.end..c.span.start))
            });
        if let Some(c) = country {
            let of = facts.clean.str(m.span.end..c.span.start);
            let of = &of[of.rfind(" of ").unwrap_or(0)..];
            let name = format!("{}{}{}", entity.label, of, facts.clean.str(c.span.clone()));
            renamed.push((m.entity, name));
        }
    }
    for (id, name) in renamed {
        facts.entities[id].label = name;
    }
}

/// Finds the organisations a document names that the vocabulary does not know.
pub fn find_organisations(facts: &mut Facts, ex: &Extractor) {
    let nations = &ex.matchers.nations;
    let index = MentionIndex::new(&facts.mentions);
    let mut found = super::acronym_inside::names(facts, ex);
    for p in 0..facts.clean.paragraphs.len() {
        let span = facts.clean.paragraphs[p].span.clone();
        let ws = words(facts, &span);
        for run in runs(&ws) {
            let run = after_person(&ws, run);
            if let Some(f) = named(facts, ex, nations, &index, &ws[run]) {
                found.push(f);
            }
        }
    }
    register(facts, ex, found);
    find_own_acronyms(facts, ex);
    find_listed_organisations(facts, ex);
    find_coordinated_acronyms(facts, ex);
    find_ad_hoc_groups(facts, ex);
    super::organs::find_organs(facts, ex);
    find_acting_states(facts, ex);
}

/// Honorifics before a person's name.
const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "dr", "prof", "h.e", "sir", "ambassador", "professor"];

/// "Dr. Stephen Farrell Trinity College Dublin": after an honorific, a run starts with a
/// person's given and family names, which are dropped (up to the first head noun).
fn after_person(words: &[Word], run: Range<usize>) -> Range<usize> {
    let honorific = run.start > 0 && {
        let before = words[run.start - 1].core.to_lowercase();
        HONORIFICS.contains(&before.trim_end_matches('.'))
    };
    if !honorific {
        return run;
    }
    let names = words[run.clone()]
        .iter()
        .take(2)
        .take_while(|w| !is_head(&w.core) && !CONNECTORS.contains(&w.core.as_str()))
        .count();
    run.start + names..run.end
}

/// Where to look for the mentions overlapping a span without going through all of them for every
/// run of capitalised words, which made long documents quadratic: the mentions as they stood
/// before the organisations rules are sorted by start, and none is longer than `longest`; those
/// the rules add come after them.
struct MentionIndex {
    /// How many mentions, from the first, are sorted by start.
    sorted: usize,
    /// The longest span among them.
    longest: usize,
}

impl MentionIndex {
    fn new(mentions: &[Mention]) -> Self {
        let sorted = 1 + mentions
            .windows(2)
            .take_while(|w| w[0].span.start <= w[1].span.start)
            .count();
        let sorted = sorted.min(mentions.len());
        let longest = mentions[..sorted].iter().map(|m| m.span.len()).max().unwrap_or(0);
        MentionIndex { sorted, longest }
    }

    /// The mentions that may overlap `span`, in their order in `mentions`.
    fn candidates<'m>(&self, mentions: &'m [Mention], span: &Range<usize>) -> impl Iterator<Item = &'m Mention> {
        let (sorted, added) = mentions.split_at(self.sorted.min(mentions.len()));
        let from = sorted.partition_point(|m| m.span.start + self.longest <= span.start);
        let to = sorted.partition_point(|m| m.span.start < span.end).max(from);
        sorted[from..to].iter().chain(added)
    }
}

/// The known mentions inside `span`; none when a mention crosses its edges or it overlaps a
/// body another rule introduced, whose name it then is not.
fn known_inside(facts: &Facts, index: &MentionIndex, span: &Range<usize>) -> Option<Vec<(Range<usize>, EntityId)>> {
    let inside: Vec<(Range<usize>, EntityId)> = index
        .candidates(&facts.mentions, span)
        .filter(|m| m.explicit && m.span.start < span.end && span.start < m.span.end)
        .map(|m| (m.span.clone(), m.entity))
        .collect();
    let crossing = inside
        .iter()
        .any(|(s, e)| s.start < span.start || s.end > span.end || facts.entities[*e].introduced.is_some());
    (!crossing).then_some(inside)
}

/// The organisation a run of capitalised words names, if its structure says it is one.
fn named(facts: &mut Facts, ex: &Extractor, nations: &Nations, index: &MentionIndex, run: &[Word]) -> Option<Found> {
    let skip = run
        .iter()
        .take_while(|w| LEADING.contains(&w.core.to_lowercase().as_str()))
        .count();
    let run = &run[skip..];
    let first = run.first()?;
    // "• Receiving Board responses to GAC Advice earlier": a verb's -ing form opening a
    // sentence or an item is capitalised for its place, not as a name's first word.
    if run.len() > 1 && first.core.ends_with("ing") && opens_sentence(facts, first) {
        return named(facts, ex, nations, index, &run[1..]);
    }
    let lower: Vec<String> = run.iter().map(|w| w.core.to_lowercase()).collect();
    // A text's title ("Recommendation of the Council on Artificial Intelligence") names no body
    // after it.
    if NOT_FIRST.contains(&lower[0].as_str()) {
        return None;
    }
    if ROLE_FIRST.contains(&lower[0].as_str()) {
        // "Vice President of the Nigeria Internet Registry Association (NIRA)": a person's role
        // or a meeting opens the run, and the body it is of may follow, when the text defines an
        // acronym for it or it is a unit ("Head of the Directorate of Political Affairs");
        // otherwise the words after "of" are as often a description of a body named elsewhere
        // ("Chair of the Working Group").
        let last = run.last()?;
        let of = lower.iter().position(|w| w == "of")?;
        let body = run.get(of + 1..).filter(|r| !r.is_empty())?;
        if !DEFINED_AFTER.is_match(&facts.text(&(last.span.end..last.span.end + 16))) && !opens_with_unit(body) {
            return None;
        }
        return named(facts, ex, nations, index, body);
    }
    // "Knowledge Management Branch of the Division for Public Administration of UNDESA": a unit
    // of a unit is named by the outer unit, which the reader asks about and which a person in
    // either belongs to.
    if let Some(inner) = (1..run.len()).find(|&i| lower[i - 1] == "of" && opens_with_unit(&run[i..]))
        && let Some(outer) = named(facts, ex, nations, index, &run[inner..])
    {
        return Some(outer);
    }
    if lower.last().is_some_and(|w| NOT_LAST.contains(&w.as_str()))
        || lower.iter().any(|w| VENUE_WORDS.contains(&w.as_str()))
        || run.iter().all(|w| !w.core.chars().any(char::is_lowercase))
    {
        return None;
    }
    let span = first.span.start..run.last()?.span.end;
    let inside = known_inside(facts, index, &span)?;
    let bodies: Vec<(Range<usize>, EntityId)> = inside
        .iter()
        .filter(|(_, e)| facts.entities[*e].kind == Kind::Body)
        .cloned()
        .collect();
    if let Some(cut) = before_known_conjunct(run, &bodies) {
        return named(facts, ex, nations, index, &run[..cut]);
    }
    if let Some(from) = after_known_conjunct(run, &bodies) {
        return named(facts, ex, nations, index, &run[from..]);
    }
    if let Some(cut) = before_juxtaposed_known(run, &bodies)
        && let Some(own) = named(facts, ex, nations, index, &run[..cut])
    {
        return Some(own);
    }
    let known = |w: &Word| {
        inside
            .iter()
            .any(|(s, _)| s.start <= w.span.start && w.span.end <= s.end)
    };
    let content = run.iter().filter(|w| !CONNECTORS.contains(&w.core.as_str())).count();
    let head_outside = heads_a_name(run, known);
    let name = facts.text(&span);
    if let Some(f) = network_information_centre(nations, run, &lower, &name, &span) {
        return Some(f);
    }
    if mention_known(facts, ex, nations, &name, &span) {
        return None;
    }
    if head_outside && content >= 2 && distinctive(&lower) && !starts_known_label(ex.vocab, &name) {
        let parent = parent_of(facts, ex, nations, run, &inside);
        let class = match classify(
            &lower,
            parent.is_some_and(|p| is_government(facts, ex, p)),
            parent.is_some(),
        ) {
            "Forum" => forum_scope(nations, run),
            other => other,
        };
        return Some(Found {
            name,
            span,
            class,
            parent,
            shadows: Vec::new(),
            acronym: None,
        });
    }
    local_forum(facts, ex, nations, run, &inside).map(|(class, shadow)| Found {
        name,
        span,
        class,
        parent: None,
        shadows: vec![shadow],
        acronym: None,
    })
}

/// Whether nothing but bullets, numbers and punctuation stands between the sentence's start and
/// the word.
fn opens_sentence(facts: &Facts, word: &Word) -> bool {
    let start = facts.sentence_span(word.span.start).start;
    facts
        .clean
        .str(start..word.span.start)
        .chars()
        .all(|c| !c.is_alphabetic())
}

/// Whether the words open with a unit's name, "the" aside: "the Directorate of …", "the
/// Knowledge Management Branch of …", "the European Union Delegation to …".
fn opens_with_unit(run: &[Word]) -> bool {
    run.iter()
        .skip_while(|w| w.core == "the")
        .take_while(|w| !CONNECTORS.contains(&w.core.as_str()) && w.core != "to")
        .any(|w| UNIT_HEADS.contains(&w.core.to_lowercase().as_str()))
}

/// "NIC México and the Government of México": where a run ends in "and" and a known body, the
/// words before the "and" are a name of their own. Returns where they end.
fn before_known_conjunct(run: &[Word], inside: &[(Range<usize>, EntityId)]) -> Option<usize> {
    let end = run.last()?.span.end;
    let (last, _) = inside.iter().find(|(s, _)| s.end == end)?;
    let first = run.iter().position(|w| w.span.start == last.start)?;
    let and = match first.checked_sub(1).map(|i| run[i].core.as_str()) {
        Some("the") => first.checked_sub(2)?,
        _ => first.checked_sub(1)?,
    };
    (run[and].core == "and" && and > 0).then_some(and)
}

/// "Trade and Development Board Intergovernmental Group of Experts on E-commerce": a heading's
/// name ending in a head noun run into a known body's name without a connector is a name of
/// its own (a converted page's header lines, where a body stands over its sub-body). Returns
/// where it ends.
fn before_juxtaposed_known(run: &[Word], inside: &[(Range<usize>, EntityId)]) -> Option<usize> {
    let end = run.last()?.span.end;
    let (last, _) = inside.iter().find(|(s, _)| s.end == end)?;
    let first = run.iter().position(|w| w.span.start == last.start)?;
    let before = run.get(first.checked_sub(1)?)?;
    (!CONNECTORS.contains(&before.core.as_str()) && is_head(&before.core)).then_some(first)
}

/// "the Organisation of American States and the Global Cyber Security Capacity Centre": where a
/// run opens on a known body and "and", the words after are a name of their own. Returns where
/// they start.
fn after_known_conjunct(run: &[Word], inside: &[(Range<usize>, EntityId)]) -> Option<usize> {
    let start = run.first()?.span.start;
    let (first, _) = inside.iter().find(|(s, _)| s.start == start)?;
    let and = run.iter().position(|w| w.span.end == first.end)? + 1;
    if run.get(and)?.core != "and" {
        return None;
    }
    let from = and + 1 + usize::from(run.get(and + 1).is_some_and(|w| w.core == "the"));
    (from < run.len()).then_some(from)
}

/// "NIC México", "NIC Chile": a country's network information centre, the registry of its
/// country-code domain, is named "NIC" and the country.
fn network_information_centre(
    nations: &Nations,
    run: &[Word],
    lower: &[String],
    name: &str,
    span: &Range<usize>,
) -> Option<Found> {
    let rest: Vec<&str> = run.iter().skip(1).map(|w| w.core.as_str()).collect();
    let country = nations.leading(&rest).is_some_and(|(_, n)| n == rest.len());
    (lower.first()? == "nic" && country).then(|| Found {
        name: name.to_string(),
        span: span.clone(),
        class: "TechnicalCommunityOrganisation",
        parent: None,
        shadows: Vec::new(),
        acronym: None,
    })
}

/// A forum named after a country or demonym is national, after words of a region regional.
fn forum_scope(nations: &Nations, run: &[Word]) -> &'static str {
    let cores: Vec<&str> = run.iter().map(|w| w.core.as_str()).collect();
    if nations.leading(&cores).is_some() {
        "NationalForum"
    } else if REGION_WORDS.contains(&cores[0].to_lowercase().as_str()) {
        "RegionalForum"
    } else {
        "Forum"
    }
}

/// The body a name is built on: a known body it starts with ("IGF Best Practice Forum") or
/// ends with after "of" ("… Division of the Economic Commission for Africa"), else the
/// government of the country or demonym it starts with ("German Ministry of Economics").
fn parent_of(
    facts: &mut Facts,
    ex: &Extractor,
    nations: &Nations,
    run: &[Word],
    inside: &[(Range<usize>, EntityId)],
) -> Option<EntityId> {
    let start = run.first()?.span.start;
    let end = run.last()?.span.end;
    let body = |e: &EntityId| facts.entities[*e].kind == Kind::Body;
    if let Some((_, e)) = inside.iter().find(|(s, e)| s.start == start && body(e)) {
        return Some(*e);
    }
    let of_end = inside.iter().find(|(s, e)| {
        s.end == end && body(e) && {
            let i = run.iter().position(|w| w.span.start == s.start).unwrap_or(0);
            i > 0 && (run[i - 1].core == "of" || i > 1 && run[i - 1].core == "the" && run[i - 2].core == "of")
        }
    });
    if let Some((_, e)) = of_end {
        return Some(*e);
    }
    let cores: Vec<&str> = run.iter().map(|w| w.core.as_str()).collect();
    let government = nations.leading(&cores).map(|(g, _)| g).or_else(|| {
        (1..cores.len())
            .filter(|&i| cores[i - 1] == "of")
            .find_map(|i| nations.leading(&cores[i..]).filter(|(_, n)| i + n == cores.len()))
            .map(|(g, _)| g)
    })?;
    Some(facts.concept_entity(ex.vocab, government))
}

/// Lower-case words ending a name before its acronym in brackets: " issues (".
static LOWER_TAIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^((?:\s\p{Ll}[\p{L}-]*){1,2})\s*\(").unwrap());

/// Mentions the known body whose label `name` writes another way ("West African Internet
/// Governance Forums", "Asia Pacific Network Information Center"), if there is one.
fn mention_known(facts: &mut Facts, ex: &Extractor, nations: &Nations, name: &str, span: &Range<usize>) -> bool {
    let by_key = |name: &str| {
        let keys = &nations.bodies_by_key;
        keys.get(&org_key(name))
            .or_else(|| keys.get(&org_key(&name.replace('-', " "))))
            .copied()
    };
    let (known, span) = match by_key(name) {
        Some(known) => (known, span.clone()),
        None => {
            // The capitalised words may stop short of a lower-case word that ends the name
            // before its acronym: "… Public Policy issues (CWGInternet)".
            let Some(tail) = LOWER_TAIL
                .captures(facts.clean.str(span.end..span.end + 40))
                .and_then(|c| c.get(1))
                .map(|t| t.as_str().to_string())
            else {
                return false;
            };
            let Some(known) = by_key(&format!("{name}{tail}")) else {
                return false;
            };
            (known, span.start..span.end + tail.chars().count())
        }
    };
    let span = &span;
    // Already named inside ("OECD's Committee on Digital Economy Policy"): the rules over those
    // mentions read the name.
    let iri = &ex.vocab.concepts[known].iri;
    if facts.mentions_in(span).any(|m| &facts.entities[m.entity].iri == iri) {
        return true;
    }
    let entity = facts.concept_entity(ex.vocab, known);
    facts.mentions.push(Mention {
        entity,
        span: span.clone(),
        explicit: true,
    });
    true
}

/// Whether `name` is the first words of a known body's label: a known name cut short by a
/// line or page break ("Commission on Science and Technology") is that body, not a new one.
fn starts_known_label(vocab: &Vocabulary, name: &str) -> bool {
    let prefix = format!("{} ", name.to_lowercase());
    vocab
        .of_kind(Kind::Body)
        .flat_map(|c| &c.labels)
        .any(|l| l.to_lowercase().starts_with(&prefix))
}

pub(super) fn is_government(facts: &Facts, ex: &Extractor, id: EntityId) -> bool {
    ex.vocab
        .get(&facts.entities[id].iri)
        .is_some_and(|c| c.has_class("Government"))
}

/// The `igkg:` class a name's words give it. The order matters: a legal form makes a company
/// whatever its head, a university is academic, a ministry or a body of a government is an
/// agency of it (after the technical community's registries and steering groups), and only
/// then does the head noun decide.
pub(super) fn classify(lower: &[String], of_government: bool, has_parent: bool) -> &'static str {
    let has = |ws: &[&str]| lower.iter().any(|w| ws.contains(&w.as_str()));
    let last = lower.last().map_or("", String::as_str);
    if COMPANY_FORMS.contains(&last) || has(&["industry", "business", "chamber", "commerce", "companies", "operators"])
    {
        "PrivateSectorOrganisation"
    } else if has(&["university", "college", "academy", "school"])
        || has(&["institute", "centre", "center", "laboratory"]) && has(&["research", "studies", "study"])
    {
        "AcademicInstitution"
    } else if has(&["registry", "engineering", "steering"])
        || lower.windows(2).any(|w| w[0] == "task" && w[1] == "force")
    {
        "TechnicalCommunityOrganisation"
    } else if of_government
        || has(&["ministry", "department", "agency", "regulator", "regulatory"])
        || has(&["national", "federal"]) && has(&["commission", "authority", "office", "council"])
    {
        "GovernmentAgency"
    } else if has_parent {
        "SubUnit"
    } else if has(&["forum", "forums"]) {
        "Forum"
    } else if has(&["group", "groups", "panel"]) {
        "WorkingGroup"
    } else if has(&[
        "foundation",
        "coalition",
        "alliance",
        "association",
        "federation",
        "network",
        "society",
    ]) {
        "CivilSocietyOrganisation"
    } else {
        "Organisation"
    }
}

/// "Nigerian Internet Governance Forum", "Chad National IGF", "West African IGF": a known
/// forum's name after a country, a demonym or words of a region names that country's or
/// region's own forum, not the known one. Returns the class and the known mention it shadows.
fn local_forum(
    facts: &Facts,
    ex: &Extractor,
    nations: &Nations,
    run: &[Word],
    inside: &[(Range<usize>, EntityId)],
) -> Option<(&'static str, Range<usize>)> {
    let end = run.last()?.span.end;
    let (forum, _) = inside.iter().find(|(s, e)| {
        s.end == end
            && ex
                .vocab
                .get(&facts.entities[*e].iri)
                .is_some_and(|c| c.has_class("Forum"))
    })?;
    let prefix: Vec<&str> = run
        .iter()
        .take_while(|w| w.span.start < forum.start)
        .map(|w| w.core.as_str())
        .collect();
    if prefix.is_empty() {
        return None;
    }
    // "Chad National Internet Governance Forum", "Nigeria Youth IGF": the country's own.
    let scoped = |n: usize| prefix[n..].iter().all(|w| matches!(*w, "National" | "Youth"));
    if nations.leading(&prefix).is_some_and(|(_, n)| scoped(n)) {
        return Some(("NationalForum", forum.clone()));
    }
    prefix
        .iter()
        .all(|w| REGION_WORDS.contains(&w.to_lowercase().as_str()))
        .then(|| ("RegionalForum", forum.clone()))
}

/// An acronym in brackets, which may hold a space ("(ISOC NG)").
static DEFINED_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ ?\([\p{Lu}][\p{L}0-9&./ -]{1,11}\)").unwrap());
static ACRONYM_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ ?\(([\p{Lu}][\p{L}0-9&./-]{1,11})\)").unwrap());

/// The acronym a name defines right after it ("Nigeria Internet Governance Forum (NIGF)"),
/// when it starts with the initial of one of the name's words.
fn acronym_after(facts: &Facts, f: &Found) -> Option<String> {
    let after = facts.text(&(f.span.end..f.span.end + 16));
    let found = ACRONYM_AFTER.captures(&after)?.get(1)?;
    let acronym = found.as_str().to_string();
    let initial = acronym.chars().next()?;
    let fits = f.name.split_whitespace().any(|w| w.starts_with(initial));
    // "Group of Specialists on Human Rights in the Information Society (MC-S-IS)": an acronym
    // built another way is still the name's when it is all capitals and names nothing known
    // ("(USA)" after a ministry is its country).
    let from = f.span.end + after[..found.start()].chars().count();
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !acronym.chars().any(char::is_lowercase)
        && facts
            .mentions_in(&(from..from + acronym.chars().count()))
            .next()
            .is_none();
    (fits || capitals).then_some(acronym)
}

/// The key of the organisation `f` names: a short name that ends a sub-unit's full name found
/// in the same document ("Dynamic Coalitions" after "IGF Dynamic Coalitions") is that sub-unit.
fn same_as(found: &[Found], f: &Found) -> String {
    let key = org_key(&f.name);
    let tail = format!(" {key}");
    found
        .iter()
        .filter(|g| g.parent.is_some())
        .map(|g| org_key(&g.name))
        .find(|k| f.parent.is_none() && k.ends_with(&tail))
        .unwrap_or(key)
}

/// Whether two names of a body differ in at most one word, one not the other's only: the
/// acronym a document defines for a name so written ("Nigeria Internet Registry Association
/// (NIRA)") is the known body's ("Nigeria Internet Registration Association"), and the name
/// another of its names.
fn same_name_but_a_word(known: &str, name: &str) -> bool {
    let (a, b) = (org_key(known), org_key(name));
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a != b && a.len() == b.len() && a.len() >= 3 && a.iter().zip(&b).filter(|(x, y)| x != y).count() <= 1
}

/// A registered organisation whose other uses in the document are mentions too.
struct Named {
    id: EntityId,
    name: String,
    acronym: Option<String>,
    /// Whether known names inside it are part of its name, not mentions ("Nigerian Internet
    /// Governance Forum" does not mention the IGF).
    shadows: bool,
}

/// Adds found organisations as entities with their mentions and `partOf` links, and mentions
/// their other uses in the document, headings included. An organisation gets one IRI per
/// document: from the acronym the document defines for it, else from its name.
pub(super) fn register(facts: &mut Facts, ex: &Extractor, found: Vec<Found>) {
    let mut acronym_of: HashMap<String, String> = HashMap::new();
    for f in &found {
        if let Some(a) = acronym_after(facts, f) {
            acronym_of.entry(same_as(&found, f)).or_insert(a);
        }
    }
    let mut named = Vec::new();
    for f in found.iter().cloned() {
        let acronym = f
            .acronym
            .clone()
            .or_else(|| acronym_of.get(&same_as(&found, &f)).cloned());
        facts.mentions.retain(|m| !f.shadows.contains(&m.span));
        let key = acronym.clone().unwrap_or_else(|| same_as(&found, &f));
        let evidence = facts.sentence_span(f.span.start);
        let id = facts.entity(Entity {
            iri: ex.iris.minted("body", &org_key(&key)).as_str().to_string(),
            kind: Kind::Body,
            label: f.name.clone(),
            introduced: Some(Introduced {
                class: f.class,
                acronym: acronym.clone(),
                evidence: evidence.clone(),
            }),
        });
        facts.mentions.push(Mention {
            entity: id,
            span: f.span.clone(),
            explicit: true,
        });
        if let Some(concept) = ex.vocab.get(&facts.entities[id].iri)
            && acronym.is_some()
            && concept.labels.iter().any(|l| same_name_but_a_word(l, &f.name))
        {
            facts.aliases.push((id, f.name.clone(), evidence.clone()));
        }
        if let Some(parent) = f.parent
            && !facts.links.iter().any(|l| l.from == id && l.to == parent)
        {
            facts.links.push(Link {
                from: id,
                to: parent,
                relation: "partOf",
                modality: Modality::Stated,
                evidence,
            });
        }
        named.push(Named {
            id,
            name: f.name,
            acronym,
            shadows: !f.shadows.is_empty(),
        });
    }
    mention_other_uses(facts, &named);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
    facts.mentions.dedup();
}

/// "The Council Working Group on WSIS (WG-WSIS) …": an acronym a document defines in brackets
/// after a known body's name, where the vocabulary has another or none, is the document's name
/// for the body: its other uses mention the body, and it is kept as one of the body's names.
fn find_own_acronyms(facts: &mut Facts, ex: &Extractor) {
    let (mut named, mut aliases) = (Vec::new(), Vec::new());
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        let entity = &facts.entities[m.entity];
        let Some(concept) = ex.vocab.get(&entity.iri).filter(|_| entity.kind == Kind::Body) else {
            continue;
        };
        let after = facts.text(&(m.span.end..m.span.end + 16));
        let Some(found) = ACRONYM_AFTER.captures(&after).and_then(|c| c.get(1)) else {
            continue;
        };
        let acronym = found.as_str();
        let from = m.span.end + after[..found.start()].chars().count();
        let name = facts.text(&m.span);
        let fits = acronym
            .chars()
            .next()
            .is_some_and(|initial| name.split_whitespace().any(|w| w.starts_with(initial)));
        let capitals = acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
        // An acronym the text already mentions is a known one, the body's or another's.
        let whole = from..from + acronym.chars().count();
        let known = facts.mentions_in(&whole).any(|k| k.span == whole) || concept.acronyms.iter().any(|a| a == acronym);
        if fits && capitals && !known && !named.iter().any(|n: &Named| n.id == m.entity) {
            aliases.push((m.entity, acronym.to_string(), facts.sentence_span(m.span.start)));
            named.push(Named {
                id: m.entity,
                name,
                acronym: Some(acronym.to_string()),
                shadows: false,
            });
        }
    }
    facts.aliases.extend(aliases);
    mention_other_uses(facts, &named);
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
    facts.mentions.dedup();
}

/// Mentions every use of the names and acronyms of `named` outside URLs that no longer or
/// crossing mention covers; known names inside a shadowing name stop being mentions.
fn mention_other_uses(facts: &mut Facts, named: &[Named]) {
    if named.is_empty() {
        return;
    }
    let labels: Vec<(EntityId, Vec<String>, Vec<String>, bool)> = named
        .iter()
        .map(|n| {
            (
                n.id,
                vec![n.name.clone()],
                n.acronym.iter().cloned().collect(),
                n.shadows,
            )
        })
        .collect();
    let matcher = super::Matcher::from_entries(labels.iter().map(|(id, l, a, _)| (*id, l.as_slice(), a.as_slice())));
    let urls = super::mentions::url_spans(&facts.clean.text);
    for hit in matcher.find(&facts.clean.text) {
        let span = hit.span.clone();
        let inner = |m: &Mention| span.start <= m.span.start && m.span.end <= span.end && m.span != span;
        let blocked = urls.iter().any(|u| u.start < span.end && span.start < u.end)
            || facts
                .mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end && !inner(m));
        if blocked {
            continue;
        }
        for id in hit.concepts {
            if labels.iter().any(|(e, _, _, shadows)| *e == id && *shadows) {
                facts.mentions.retain(|m| !inner(m));
            }
            facts.mentions.push(Mention {
                entity: id,
                span: span.clone(),
                explicit: true,
            });
        }
    }
}

/// "a correspondence group of the CSTD", "the drafting group established by the Commission":
/// an ad-hoc group named by its kind, in lower case, after which the known body it belongs to.
static AD_HOC_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:(?:informal|ad hoc|open-ended|inter-?sessional) )?(?:correspondence|drafting|contact|friends|consultative|expert|study) group|task force|group of (?:facilitators|friends|experts)) (?:of|under|within|established by|set up by) (?:the )?$").unwrap()
});

/// Ad-hoc groups of known bodies, named by the group's kind and the body: each is a sub-unit
/// `igkg:partOf` that body, labelled with the words of the text.
pub fn find_ad_hoc_groups(facts: &mut Facts, ex: &Extractor) {
    let mut found = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        if facts.entities[m.entity].kind != Kind::Body {
            continue;
        }
        let from = m.span.start.saturating_sub(70);
        let before = facts.text(&(from..m.span.start));
        let Some(group) = AD_HOC_GROUP.captures(&before).and_then(|c| c.get(1)) else {
            continue;
        };
        let start = from + before[..group.start()].chars().count();
        let span = start..m.span.end;
        found.push(Found {
            name: facts.text(&span),
            span,
            class: "SubUnit",
            parent: Some(m.entity),
            shadows: Vec::new(),
            acronym: None,
        });
    }
    register(facts, ex, found);
}

/// A lead-in that announces a list of organisations: "with the participation of the following
/// partners:", "support from the following entities:", "Sponsors:".
static LIST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:following|these|other|supporting|partner|member|participating|sponsoring) (?:entities|organi[sz]ations|partners|sponsors|institutions|bodies|members|supporters|donors|co-organi[sz]ers|organi[sz]ers)|partners|sponsors|supporters|donors|co-organi[sz]ers)(?: (?:were|are|included?))?:\s*").unwrap()
});

/// A lead-in that names the supporters of what the sentence reports, before their list: "With
/// the support of APC, LACNIC, CGI.br/NIC.br, the Internet Society, Google, Telefónica and
/// ICANN, …", "sponsored by X and Y".
static SUPPORT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:with the (?:generous )?(?:support|sponsorship|assistance|contributions?) of|(?:supported|sponsored|funded|co-organi[sz]ed) by)\s+").unwrap()
});
/// Where an inline list ends: a full stop before a space, not the dot of "CGI.br".
static LIST_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\.(?:\s|$)|[;\n]").unwrap());
/// "the local host CONEXION El Salvador": the organisation a meeting's host is, by its
/// capitalised name.
static HOST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)the (?:local )?host(?: organi[sz]ation| institution)?\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4})",
    )
    .unwrap()
});
/// The items of an inline list: "ECOWAS Commission, ICANN, AFRINIC and FOSSFA."
static ITEM_SPLIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",? and |, |; ").unwrap());

/// Longest list item taken for a name, in words.
const MAX_ITEM_WORDS: usize = 8;

/// Organisations named as the items of a list that a lead-in announces as organisations,
/// inline after the colon or as the bullets that follow it; every capitalised item that no
/// known mention covers is one ("Google", "UniForum SA", "FOSSFA").
pub fn find_listed_organisations(facts: &mut Facts, ex: &Extractor) {
    let mut items = Vec::new();
    let paragraphs = facts.clean.paragraphs.clone();
    for (i, p) in paragraphs.iter().enumerate() {
        let text = facts.text(&p.span);
        let Some(lead) = LIST_LEAD.find(&text) else { continue };
        let from = p.span.start + text[..lead.end()].chars().count();
        let rest = facts.text(&(from..p.span.end));
        if rest.trim().is_empty() {
            let bullets = paragraphs[i + 1..]
                .iter()
                .take_while(|b| b.kind == ParagraphKind::Bullet)
                .map(|b| bullet_item(facts, &b.span));
            items.extend(bullets);
        } else {
            let end = rest.find(['.', '\n']).unwrap_or(rest.len());
            let mut at = 0;
            for piece in ITEM_SPLIT.split(&rest[..end]) {
                let offset = rest[at..].find(piece).map_or(at, |o| at + o);
                let start = from + rest[..offset].chars().count();
                items.push(start..start + piece.chars().count());
                at = offset + piece.len();
            }
        }
    }
    items.extend(supporters(facts));
    let found: Vec<Found> = items.into_iter().filter_map(|span| listed(facts, span)).collect();
    register(facts, ex, found);
}

/// The items of a list of supporters, up to the one after its "and", each of two names written
/// together ("CGI.br/NIC.br") on its own; and the host named after "the local host".
fn supporters(facts: &Facts) -> Vec<Range<usize>> {
    let text = &facts.clean.text;
    let mut items = Vec::new();
    for lead in SUPPORT_LEAD.find_iter(text) {
        let rest = &text[lead.end()..];
        let end = LIST_END.find(rest).map_or(rest.len(), |m| m.start());
        let (mut at, mut last) = (0, false);
        for sep in ITEM_SPLIT.find_iter(&rest[..end]).map(Some).chain([None]) {
            let until = sep.map_or(end, |m| m.start());
            let mut piece_at = lead.end() + at;
            for piece in rest[at..until].split('/') {
                let name = piece.trim().trim_start_matches("the ");
                let from = piece_at + piece.find(name).unwrap_or(0);
                items.push(facts.clean.char_span(from..from + name.len()));
                piece_at += piece.len() + '/'.len_utf8();
            }
            let Some(sep) = sep.filter(|_| !last) else { break };
            last = sep.as_str().contains(" and ");
            at = sep.end();
        }
    }
    for c in HOST_LEAD.captures_iter(text) {
        let name = c.get(1).unwrap();
        let cut = name.as_str().find(" was ").unwrap_or(name.len());
        items.push(facts.clean.char_span(name.start()..name.start() + cut));
    }
    items
}

/// The char range of a bullet's text without its bullet and closing punctuation.
fn bullet_item(facts: &Facts, span: &Range<usize>) -> Range<usize> {
    let text = facts.text(span);
    let lead = text.chars().take_while(|c| !c.is_alphanumeric()).count();
    let kept = text
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
        .chars()
        .count();
    span.start + lead..span.start + kept.max(lead)
}

/// A list item as an organisation: capitalised, short, and not a known body.
fn listed(facts: &Facts, span: Range<usize>) -> Option<Found> {
    let name = facts.text(&span).trim().to_string();
    let count = name.split_whitespace().count();
    let capital = name.chars().next().is_some_and(char::is_uppercase);
    // A place inside a longer item is part of its name ("Winrock Nigeria Limited").
    let covered = facts.mentions.iter().any(|m| {
        let place_inside = facts.entities[m.entity].kind == Kind::Place
            && span.start <= m.span.start
            && m.span.end <= span.end
            && m.span != span;
        m.span.start < span.end && span.start < m.span.end && !place_inside
    });
    if !capital || count == 0 || count > MAX_ITEM_WORDS || covered || name.ends_with(':') {
        return None;
    }
    let lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let class = classify(&lower, false, false);
    Some(Found {
        name,
        span,
        class,
        parent: None,
        shadows: Vec::new(),
        acronym: None,
    })
}

static ACRONYM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{Lu}0-9&-]{1,9}\b").unwrap());

/// Acronyms of things other than organisations that documents list beside bodies.
const NOT_BODY_ACRONYMS: &[&str] = &[
    "ICT", "AI", "IOT", "SDG", "MDG", "IP", "DNS", "TLD", "CCTLD", "GTLD", "IDN", "PDF", "URL", "COVID", "II", "III",
    "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "GDP", "SME", "MSME", "NGO", "CSO",
];

/// "partners: ECOWAS Commission, ICANN, AFRINIC, ISOC … and FOSSFA": an acronym the vocabulary
/// does not know, coordinated in a list with a known body, names a body too.
pub fn find_coordinated_acronyms(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    let mut found = Vec::new();
    for m in ACRONYM.find_iter(&text) {
        let span = facts.clean.char_span(m.range());
        let bare = m.as_str().trim_end_matches('s');
        if NOT_BODY_ACRONYMS.contains(&bare)
            || facts
                .mentions
                .iter()
                .any(|x| x.span.start < span.end && span.start < x.span.end)
        {
            continue;
        }
        let before = facts.text(&(span.start.saturating_sub(6)..span.start));
        let after = facts.text(&(span.end..span.end + 6));
        let listed_before = before.ends_with(", ") || before.ends_with(" and ");
        let listed_after = after.starts_with(", ") || after.starts_with(" and ") || after.starts_with(",and ");
        let left = listed_before && body_ends_at(facts, span.start - if before.ends_with(", ") { 2 } else { 5 });
        let right = listed_after && body_starts_at(facts, span.end + if after.starts_with(", ") { 2 } else { 5 });
        // "CGI.br" is not an acronym that closes a sentence.
        let closes =
            (after.starts_with(['.', ';', ')']) && !after[1..].starts_with(char::is_alphanumeric)) || after.is_empty();
        if (left && (listed_after || closes)) || (right && listed_before) || (left && right) {
            found.push(Found {
                name: m.as_str().to_string(),
                span,
                class: "Organisation",
                parent: None,
                shadows: Vec::new(),
                acronym: None,
            });
        }
    }
    register(facts, ex, found);
}

fn body_ends_at(facts: &Facts, end: usize) -> bool {
    facts
        .mentions
        .iter()
        .any(|m| m.explicit && m.span.end == end && facts.entities[m.entity].kind == Kind::Body)
}

fn body_starts_at(facts: &Facts, start: usize) -> bool {
    facts
        .mentions
        .iter()
        .any(|m| m.explicit && m.span.start == start && facts.entities[m.entity].kind == Kind::Body)
}

/// Before a country: a delegate, a representative, a minister or an act of the State ("the
/// delegation of X", "PR of X", "colleagues from X", "Minister of ICT of X" or "… from X",
/// "hosted by X" or "co-hosted by ITU and X", "the statement made by X", "gratitude to X").
static STATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)(?:delegations?|delegates?|representatives?|PRs?|ambassadors?|ministers?|missions?|presidency|presidents?|prime ministers?|authorities|governments?|behalf|offer|invitation|generosity|hospitality) of|(?-u:\b)(?:colleagues?|delegations?|delegates?|representatives?) from|(?-u:\b)(?:ministers?|ministry|ministries|secretary|secretaries) (?:of|for) [^,.;()]{1,50}? (?:of|from)|(?-u:\b)(?:hosted|organi[sz]ed|co-organi[sz]ed|convened|supported|funded|sponsored|offered|proposed|submitted|presented|represented|made|delivered) by(?: (?:the )?\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,5},?(?: and)?)?|(?-u:\b)(?:gratitude|thanks|grateful|appreciation) to|(?-u:\b)host country,?)(?: the)? $").unwrap()
});

/// After a country: it acts ("Switzerland hosted …", "Brazil, as host, …", "Estonia, as the
/// current chairman, organized …", "Sweden, co-facilitator of the process, has released …",
/// "South Africa’s Minister of Telecommunications", "the Netherlands actively advances …").
static STATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,? as (?:the )?host(?-u:\b)|['’]s (?:(?:Deputy|Vice|Prime|Foreign|State) )?(?:Minister|Ministry|Ambassador|President|Permanent Representative|Secretary of State|delegation|Government)(?-u:\b)|(?:,\s*(?:as\s+[^,.;]{1,40}|(?:the\s+)?(?:co-)?(?:facilitators?|chairs?|hosts?|sponsors?|presidency|members?)(?-u:\b)[^,.;]{0,60}),)?,? (?:has |have |had |will |would |also |then )?(?:[a-z]+ly )?(?:released|issued|published|advances|advanced|promotes|promoted|leads|led|chairs|chaired|champions|championed|contributes|contributed|believes|encourages|encouraged|calls|hosted|hosts|host|offered|offers|proposed|proposes|organi[sz]ed|convened|announced|supported|supports|welcomed|welcomes|stated|noted|presented|highlighted|emphasi[sz]ed|thanked|called|urged|expressed|submitted|informed|reported|pledged|requested|stressed|underlined|underscored|said|suggested|recalled|shared|agreed|joined|signed|endorsed|launched|adopted|co-sponsored|recommended|argued|raised|opposed|objected|insisted|proposed|asked|invited|committed|reaffirmed|voiced|warned|pointed out)(?-u:\b))").unwrap()
});

/// "Ms. Jane Doe (Brazil)", "Mr. Charles Semapondo from Rwanda", "Ambassador Suela Janina of
/// Albania": a person named with a country in brackets, coming from it or "of" it is its
/// delegate.
static DELEGATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:Mr|Ms|Mrs|Dr|H\.E|Ambassador|Prof)\.? (?:[\p{Lu}][\p{L}.'’ -]{1,40}(?: \(| from (?:the )?)|(?:\p{Lu}[\p{L}'’-]*\.? ){0,3}\p{Lu}[\p{L}'’-]* of (?:the )?)$",
    )
    .unwrap()
});

/// A country named as an actor stands for its government: a delegate's country, a host, a
/// State thanked or represented. A country named as a place ("held in Abuja, Nigeria") is not.
pub fn find_acting_states(facts: &mut Facts, ex: &Extractor) {
    let mut acting = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        let Some(country) = ex.vocab.get(&facts.entities[m.entity].iri) else {
            continue;
        };
        let Some(government) = country
            .has_class("Country")
            .then(|| ex.vocab.government_of(&country.iri))
            .flatten()
        else {
            continue;
        };
        let before = facts.text(&(m.span.start.saturating_sub(60)..m.span.start));
        let after = facts.text(&(m.span.end..m.span.end + 100));
        let delegate = DELEGATE.is_match(&before) && (after.starts_with(')') || !before.ends_with('('));
        if delegate || STATE_BEFORE.is_match(&before) || STATE_AFTER.is_match(&after) {
            acting.push((government, m.span.clone(), !delegate));
        }
    }
    coordinated_states(facts, ex, &mut acting);
    // A delegate's country in brackets ties the person to that government, but readers take the
    // tag for a country: the government is not a body the document names.
    for (government, span, explicit) in acting {
        let entity = facts.concept_entity(ex.vocab, government);
        facts.mentions.push(Mention { entity, span, explicit });
    }
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
    facts.mentions.dedup();
}

/// What joins the items of one list: "Brazil, China and the Russian Federation".
static COORDINATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$").unwrap());

/// "the governments of Ethiopia and Japan", "delegations of Brazil, China and the Russian
/// Federation": a country in one list with a country acting as a State acts too.
fn coordinated_states(facts: &Facts, ex: &Extractor, acting: &mut Vec<(usize, Range<usize>, bool)>) {
    let countries: Vec<(Range<usize>, usize)> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit)
        .filter_map(|m| {
            let country = ex.vocab.get(&facts.entities[m.entity].iri)?;
            let government = country
                .has_class("Country")
                .then(|| ex.vocab.government_of(&country.iri))??;
            Some((m.span.clone(), government))
        })
        .collect();
    let already: std::collections::HashSet<(usize, usize)> = acting.iter().map(|(_, s, _)| (s.start, s.end)).collect();
    let mut is_acting: Vec<bool> = countries
        .iter()
        .map(|(span, _)| already.contains(&(span.start, span.end)))
        .collect();
    let joined = |a: usize, b: usize| {
        let (first, second) = (&countries[a].0, &countries[b].0);
        first.end <= second.start && COORDINATION.is_match(&facts.text(&(first.end..second.start)))
    };
    // A list runs forward from its first acting item and backward to it, so one pass each way,
    // each item joined to its neighbour in text order.
    for i in 1..countries.len() {
        if is_acting[i - 1] && !is_acting[i] && joined(i - 1, i) {
            is_acting[i] = true;
            acting.push((countries[i].1, countries[i].0.clone(), true));
        }
    }
    for i in (0..countries.len().saturating_sub(1)).rev() {
        if is_acting[i + 1] && !is_acting[i] && joined(i, i + 1) {
            is_acting[i] = true;
            acting.push((countries[i].1, countries[i].0.clone(), true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_spelling_articles_and_plural_heads() {
        assert_eq!(
            org_key("the Asia Pacific Research Centre"),
            org_key("Asia Pacific Research Center")
        );
        assert_eq!(org_key("IGF Dynamic Coalitions"), org_key("IGF Dynamic Coalition"));
        assert_eq!(org_key("Organisation of X & Y"), "organization of x and y");
        assert_ne!(org_key("Internet Society"), org_key("Internet Societies Trust"));
    }

    #[test]
    fn heads_make_names_and_generic_words_do_not() {
        let lower = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
        assert!(distinctive(&lower("Nigerian Communications Commission")));
        assert!(!distinctive(&lower("Open Working Group")));
        assert!(!distinctive(&lower("Group Leader")));
        assert!(!distinctive(&lower("PALCCO Cultural Centre")));
        assert_eq!(
            classify(&lower("UniForum SA"), false, false),
            "PrivateSectorOrganisation"
        );
        assert_eq!(
            classify(&lower("Trinity College Dublin"), false, false),
            "AcademicInstitution"
        );
        assert_eq!(
            classify(&lower("Digital Economy Working Group"), false, true),
            "SubUnit"
        );
    }
}
