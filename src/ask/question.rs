//! Plain-English questions mapped to a kind and its term by a small grammar of the field's usual
//! phrasings, not one pattern per phrasing.
//!
//! A question is normalised (spaces, trailing punctuation, a leading request such as "list" or
//! "tell me"), then split into the term and the words around it by one of three frames:
//!
//! - *subject*: "what issues **does** the IGF **cover**", "when did the WGEC meet": an auxiliary,
//!   the term, then a closing verb phrase; the term is the subject of the relation;
//! - *object*: "which bodies **cover** privacy", "recommendations **addressed to** the CSTD":
//!   a relation word, then the term to the end; the term is its object, or its agent after "by";
//! - *bare*: "ICANN meeting dates": the term, then a head noun.
//!
//! The kind then follows from the words around the term alone: the head noun after the wh-word
//! (bodies, issues, documents, people, meetings, recommendations), else the relation verb, and for
//! coverage the term's role. A term that names a document steers to the per-document kinds.

use regex::Regex;
use std::sync::LazyLock;

/// What a head noun or a relation verb says the answers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Topic {
    Bodies,
    Issues,
    Documents,
    People,
    Meetings,
    Recommendations,
}

/// Head nouns by what they ask for, in the plural and singular forms people write.
const HEADS: &[(Topic, &[&str])] = &[
    (
        Topic::Bodies,
        &[
            r"bod(?:y|ies)",
            r"organi[sz]ations?",
            r"forums?",
            "fora",
            r"institutions?",
            r"agenc(?:y|ies)",
            r"groups?",
            "entities",
            "actors",
        ],
    ),
    (
        Topic::Issues,
        &[r"issues?", r"topics?", r"themes?", r"subjects?", r"areas?", r"matters?"],
    ),
    (
        Topic::Documents,
        &[
            r"documents?",
            r"resolutions?",
            r"reports?",
            r"instruments?",
            r"references?",
            r"citations?",
            r"decisions?",
            r"sources?",
        ],
    ),
    (
        Topic::People,
        &[
            "people",
            r"persons?",
            r"officials?",
            "staff",
            r"members?",
            r"chair(?:m[ae]n|persons?|s)?",
            r"heads?",
            r"leaders?",
            r"directors?(?:-general)?",
            r"secretar(?:y|ies)(?:-general)?",
            r"presidents?",
            r"coordinators?",
            r"rapporteurs?",
            r"facilitators?",
            r"representatives?",
            r"experts?",
            r"speakers?",
            r"delegates?",
        ],
    ),
    (
        Topic::Meetings,
        &[r"meetings?", r"sessions?", r"dates?", r"conferences?"],
    ),
    (
        Topic::Recommendations,
        &[
            r"recommendations?",
            r"proposals?",
            r"roles?",
            r"requests?",
            r"mandates?",
            r"tasks?",
        ],
    ),
];

/// Relation words that ask for people: chairing, leading, representing, working at a body.
const PEOPLE_VERBS: &[&str] = &[
    r"chair(?:s|ed)?",
    r"leads?",
    "led",
    r"heads?",
    "headed",
    r"represent(?:s|ed)?",
    r"speaks? for",
    r"work(?:s|ed)? (?:at|for)",
    "affiliated",
    r"belongs? to",
    r"who (?:is|are|was|were) (?:at|from|with)",
];
/// Relation words that ask for meetings.
const MEETING_VERBS: &[&str] = &["when", "meet", "met", r"convene[sd]?", "hold", "held", r"gather(?:ed)?"];
/// Relation words that ask for recommendations: recommending, proposing, asking a body to act.
const RECOMMENDATION_VERBS: &[&str] = &[
    r"recommend\w*",
    r"propos\w*",
    r"(?:asked|requested|invited|expected|called upon|urged) to",
    "should",
    "role",
];
/// Relation words of coverage: a body working on, addressing, or being the venue for an issue.
const COVER_VERBS: &[&str] = &[
    r"cover\w*",
    r"address\w*",
    r"discuss\w*",
    r"handl\w*",
    r"work\w* (?:on|in)",
    r"deal\w* with",
    r"focus\w* on",
    "responsible",
    "in charge",
    "concerned",
    r"venues?",
    r"touch\w* on",
    r"tackl\w*",
    "about",
    "raised",
    "come up",
    r"talk\w* about",
];
/// Relation words of citing.
const CITE_VERBS: &[&str] = &[r"cit(?:e|es|ed|ing)", r"refer\w*", r"quot\w*"];
/// Relation words whose subject, or whose object after "in", is a document: "X mentions Y",
/// "Y named in X".
const DOCUMENT_VERBS: &[&str] = &[
    r"mention\w*",
    "named",
    r"cit(?:e|es|ed|ing)",
    r"quot\w*",
    r"refer\w* to",
    "referenced",
    r"appear\w* in",
    r"talk\w* about",
];

/// Verbs that link a head to the term written after them ("cover", "mentioned", "chairs").
const OBJECT_VERBS: &[&str] = &[
    r"work(?:s|ed|ing)?",
    r"deal(?:s|t|ing)?",
    r"cover(?:s|ed|ing)?",
    r"address(?:es|ed|ing)?",
    r"discuss(?:es|ed|ing)?",
    r"handl(?:e|es|ed|ing)",
    r"focus(?:es|ed|ing)?",
    r"tackl(?:e|es|ed|ing)",
    "responsible",
    "concerned",
    "in charge",
    r"venues?",
    r"touch(?:es|ed)?",
    r"talk(?:s|ed)?",
    r"mention(?:s|ed)?",
    "named",
    r"cite[sd]?",
    r"quoted?",
    "referenced",
    r"refer(?:s|red)?",
    r"appear(?:s|ed)?",
    "raised",
    "come up",
    "came up",
    r"chair(?:s|ed)?",
    r"lead(?:s)?",
    "led",
    r"head(?:s|ed)?",
    r"represent(?:s|ed)?",
    r"speak(?:s)?",
    "affiliated",
    r"belong(?:s)?",
    r"recommend(?:s|ed)?",
    r"propose[sd]?",
    "made",
    "given",
    "asked",
    "held",
    "convened",
    "hosted",
    r"organi[sz]ed",
    "facilitated",
    r"concern(?:s|ing)?",
    r"relat(?:e|es|ed|ing)",
    r"involv(?:e|es|ed|ing)",
];
/// Prepositions that introduce the term.
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "for",
    "with",
    "to",
    "from",
    "by",
    "of",
    "about",
    "within",
    "regarding",
    "concerning",
];
/// Auxiliaries (and verbs taking two objects) after which the term is the subject.
const AUXILIARIES: &[&str] = &[
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "should",
    "shall",
    "can",
    "could",
    "will",
    "would",
    "must",
    r"gives?",
    r"assigns?",
];
/// Verb phrases that close a question whose term is the subject. An active "recommend" is not
/// among them: "what did the CSTD recommend" asks what the CSTD recommended, which no kind answers.
const CLOSING: &[&str] = &[
    r"work(?:s|ed|ing)? (?:on|in)",
    r"deal(?:s|t|ing)? with",
    r"cover(?:s|ed|ing)?",
    r"address(?:es|ed|ing)?",
    r"discuss(?:es|ed|ing)?",
    r"handl(?:e|es|ed|ing)",
    r"tackl(?:e|es|ed|ing)",
    r"focus(?:es|ed|ing)? on",
    r"touch(?:es|ed|ing)? on",
    r"talk(?:s|ed|ing)? about",
    "about",
    r"(?:be )?responsible for",
    r"(?:be )?in charge of",
    "concerned with",
    r"(?:the )?venues? for",
    "mention",
    "name",
    "cite",
    "quote",
    "reference",
    "refer to",
    "meet",
    "met",
    "convene",
    "convened",
    "gather",
    r"hold(?: (?:its|their) meetings)?",
    r"held(?: (?:its|their))?(?: meetings)?",
    r"(?:asked|requested|invited|recommended|expected|called upon|urged|supposed) to do",
    r"do(?: according to .+)?",
    r"an? role",
    r"roles?",
];
/// Gerunds that may follow a relation before the term ("the venue for discussing …").
const GERUNDS: &[&str] = &["discussing", "addressing", "working on", "dealing with"];

/// Head nouns that may close a term ("ECOSOC meetings", "ICANN meeting dates") and say what is
/// asked; body nouns are not among them, as they end many bodies' own names ("… Forum").
const TRAILING_HEADS: &[&str] = &["meeting dates", "meetings", "sessions", "recommendations"];

/// A word list as one regex alternation.
fn alt(list: &[&str]) -> String {
    list.join("|")
}

/// A request or a politeness before the question proper ("please list", "can you tell me").
static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = alt(&["list", "name", "show", "give", "tell", "find", "get"]);
    Regex::new(&format!(
        r"(?i)^(?:please )?(?:(?:can|could|would) you )?(?:(?:{verbs})(?: me)?(?: all)?(?: of)? )?"
    ))
    .expect("request pattern")
});

/// The subject frame: wh-word, auxiliary, the term, a closing verb phrase.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let (aux, closing) = (alt(AUXILIARIES), alt(CLOSING));
    let wh = r"(?:(?:on|in|at|for) )?(?:what|which|who|whom|when|where|how)\b";
    Regex::new(&format!(
        r"(?i)^(?P<pre>{wh}.*?) (?P<aux>{aux}) (?P<term>.+?) (?P<end>{closing})$"
    ))
    .expect("subject frame")
});

/// The object frame with a verb: anything, a relation verb (with its prepositions), the term.
static OBJECT_BY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    let (verbs, preps, gerunds) = (alt(OBJECT_VERBS), alt(PREPOSITIONS), alt(GERUNDS));
    let be = r"(?:(?:is|are|was|were|has been|have been|be) )?(?:the )?";
    Regex::new(&format!(
        r"(?i)^(?P<pre>\S.*?) (?P<rel>{be}\b(?:{verbs})(?: (?:{preps})){{0,2}}(?: (?:{gerunds}))?) (?P<term>.+)$"
    ))
    .expect("object frame")
});

/// The object frame with a preposition alone ("bodies in …", "the chair of …").
static OBJECT_BY_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    let preps = alt(PREPOSITIONS);
    Regex::new(&format!(r"(?i)^(?P<pre>\S.*?) (?P<rel>{preps}) (?P<term>.+)$")).expect("object frame")
});

/// The bare frame: the term and a head noun, nothing else.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    let heads = alt(TRAILING_HEADS);
    Regex::new(&format!(r"(?i)^(?P<term>.+?)(?P<head>(?:'s?)? (?:{heads}))$")).expect("bare frame")
});

/// A document's file name inside a term ("the document 002_x.txt").
static FILE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[\w.-]+\.(?:txt|md|html?|pdf|docx?|xml|json)\b").expect("file name"));

/// One word list, compiled to match whole words.
fn words(list: &[&str]) -> Regex {
    Regex::new(&format!(r"(?i)\b(?:{})\b", alt(list))).expect("word list")
}

static HEAD_WORDS: LazyLock<Vec<(Topic, Regex)>> =
    LazyLock::new(|| HEADS.iter().map(|(t, list)| (*t, words(list))).collect());
static PEOPLE: LazyLock<Regex> = LazyLock::new(|| words(PEOPLE_VERBS));
static MEETING: LazyLock<Regex> = LazyLock::new(|| words(MEETING_VERBS));
static RECOMMENDATION: LazyLock<Regex> = LazyLock::new(|| words(RECOMMENDATION_VERBS));
static COVER: LazyLock<Regex> = LazyLock::new(|| words(COVER_VERBS));
static CITE: LazyLock<Regex> = LazyLock::new(|| words(CITE_VERBS));
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| words(DOCUMENT_VERBS));
static PREPOSITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{})$", alt(PREPOSITIONS))).expect("preposition"));
/// A term that opens with a relation word is a misparse ("… are responsible for the domain name").
static RELATION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{}|{})\b", alt(OBJECT_VERBS), alt(PREPOSITIONS))).expect("relation start")
});

/// How the term stands to the relation asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// "what does X cover", "issues handled by X": X does it.
    Subject,
    /// "who covers X": X is what it is done to.
    Object,
}

/// A question split into its term and the words around it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Parse {
    /// The words before the relation: the wh-word and the head noun.
    head_words: String,
    /// All the words around the term.
    frame: String,
    /// The term, as typed.
    term: String,
    role: Role,
}

/// Spaces collapsed, trailing punctuation and a leading request dropped: "Please list the bodies
/// in x.txt?" reads as "the bodies in x.txt".
fn normalise(question: &str) -> String {
    let spaced = question.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = spaced.trim_end_matches(['?', '!', '.', ' ']);
    let bare = bare.trim_start_matches(['¿', ' ']);
    REQUEST.replace(bare, "").into_owned()
}

/// Splits a normalised question by the first frame that fits.
fn parse(question: &str) -> Option<Parse> {
    let subject = SUBJECT
        .captures(question)
        .filter(|c| !RELATION_START.is_match(&c["term"]));
    if let Some(c) = subject {
        return Some(Parse {
            head_words: c["pre"].to_string(),
            frame: format!("{} {} {}", &c["pre"], &c["aux"], &c["end"]),
            term: c["term"].to_string(),
            role: Role::Subject,
        });
    }
    // A lone preposition is not a term: "which issues is the IGF the venue for".
    let object = [&OBJECT_BY_VERB, &OBJECT_BY_PREPOSITION]
        .iter()
        .find_map(|frame| frame.captures(question).filter(|c| !PREPOSITION.is_match(&c["term"])));
    if let Some(c) = object {
        // "dates of ECOSOC meetings": a head noun closing the term belongs to the question.
        let (term, head) = BARE
            .captures(&c["term"])
            .map_or((c["term"].to_string(), String::new()), |t| {
                (t["term"].to_string(), t["head"].to_string())
            });
        let rel = &c["rel"];
        let by = rel.to_lowercase().ends_with(" by") || rel.eq_ignore_ascii_case("by");
        return Some(Parse {
            head_words: format!("{} {head}", &c["pre"]),
            frame: format!("{} {rel} {head}", &c["pre"]),
            term,
            role: if by { Role::Subject } else { Role::Object },
        });
    }
    BARE.captures(question).map(|c| Parse {
        head_words: c["head"].to_string(),
        frame: c["head"].to_string(),
        term: c["term"].to_string(),
        role: Role::Subject,
    })
}

/// The first head noun among `words`.
fn head(words: &str) -> Option<Topic> {
    HEAD_WORDS
        .iter()
        .filter_map(|(topic, re)| re.find(words).map(|m| (m.start(), *topic)))
        .min_by_key(|(start, _)| *start)
        .map(|(_, topic)| topic)
}

/// The kind a parsed question asks, given whether its term names a document.
fn choose(parse: &Parse, is_document: bool) -> Option<&'static str> {
    let head = head(&parse.head_words);
    let frame = parse.frame.as_str();
    if is_document {
        return match head {
            Some(Topic::Bodies) => Some("bodies-in"),
            Some(Topic::Issues) => Some("issues-in"),
            Some(Topic::Documents) => Some("documents-cited-in"),
            _ if CITE.is_match(frame) => Some("documents-cited-in"),
            _ if COVER.is_match(frame) => Some("issues-in"),
            _ => None,
        };
    }
    match head {
        Some(Topic::Meetings) => Some("meetings-of"),
        Some(Topic::Recommendations) => Some("recommendations-for"),
        Some(Topic::People) => Some("people-of"),
        Some(Topic::Issues) => Some("issues-for-body"),
        Some(Topic::Bodies) => Some("bodies-for-issue"),
        _ if MEETING.is_match(frame) => Some("meetings-of"),
        _ if RECOMMENDATION.is_match(frame) => Some("recommendations-for"),
        _ if PEOPLE.is_match(frame) => Some("people-of"),
        _ if COVER.is_match(frame) => Some(match parse.role {
            Role::Subject => "issues-for-body",
            Role::Object => "bodies-for-issue",
        }),
        _ => None,
    }
}

/// The term as typed, without quotes; a file name inside it ("the document x.txt") is the term.
fn clean_term(term: &str) -> String {
    let term = term.trim().trim_matches(['"', '\'', '“', '”', '‘', '’']);
    FILE_NAME.find(term).map_or(term, |m| m.as_str()).to_string()
}

/// Maps a question to a kind's name and its term; `is_document` tells whether a term names a
/// document of the store (a file name always does).
pub(super) fn understand(question: &str, is_document: &dyn Fn(&str) -> bool) -> Option<(&'static str, String)> {
    let parse = parse(&normalise(question))?;
    let term = clean_term(&parse.term);
    if term.is_empty() {
        return None;
    }
    let document = FILE_NAME.is_match(&term) || DOCUMENT.is_match(&parse.frame) || is_document(&term);
    choose(&parse, document).map(|kind| (kind, term))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(question: &str) -> Option<(&'static str, String)> {
        understand(question, &|_| false)
    }

    #[test]
    fn the_term_role_decides_coverage() {
        assert_eq!(
            ask("who covers cybersecurity?"),
            Some(("bodies-for-issue", "cybersecurity".into()))
        );
        assert_eq!(
            ask("what does the IGF cover?"),
            Some(("issues-for-body", "the IGF".into()))
        );
        assert_eq!(ask("issues handled by ITU"), Some(("issues-for-body", "ITU".into())));
    }

    #[test]
    fn a_name_with_prepositions_stays_whole() {
        assert_eq!(
            ask("Who is the chair of the Commission on Science and Technology for Development?"),
            Some((
                "people-of",
                "the Commission on Science and Technology for Development".into()
            ))
        );
        assert_eq!(
            ask("which bodies are responsible for the domain name?"),
            Some(("bodies-for-issue", "the domain name".into()))
        );
    }

    #[test]
    fn a_document_steers_to_the_per_document_kinds() {
        assert_eq!(ask("what topics does x.txt cover"), Some(("issues-in", "x.txt".into())));
        assert_eq!(
            understand("what issues does the Tunis Agenda cover", &|t| t == "the Tunis Agenda"),
            Some(("issues-in", "the Tunis Agenda".into()))
        );
        assert_eq!(
            ask("what does the document y.txt cite"),
            Some(("documents-cited-in", "y.txt".into()))
        );
    }

    #[test]
    fn a_term_and_a_head_noun_alone() {
        assert_eq!(ask("ICANN meeting dates"), Some(("meetings-of", "ICANN".into())));
        assert_eq!(ask("the weather"), None);
        assert_eq!(ask("what does ICANN mean"), None);
    }
}
