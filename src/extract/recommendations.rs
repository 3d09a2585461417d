//! Recommendations: the numbered, lettered or bulleted items of a section headed
//! "Recommendations", "Key Recommendations and Forward-Looking Action Plan", "Suggestions", "Next
//! steps" and the like, of a lead-in that is a verb of recommending ("Elect to:", "Recommend;",
//! "Agree that:", "The Forum should:") or that announces them ("submit the following
//! recommendations"), and of a list of actions in the bare verb; the operative paragraphs of a
//! resolution ("Requests the Secretary-General to …"); and sentences that recommend, give a
//! mandate or report what a meeting agreed or proposed wherever they stand ("The Group recommends
//! that …", "in which the Assembly requested the Council to …", "X should …", "will be submitted
//! to X for endorsement", "concurrence over the need for …"). Each keeps its words, number, the
//! bodies it addresses or gives a role to, the issues it concerns and the status the text gives
//! it.

use super::authorship::{Role, document_bodies};
use super::{EntityId, Extractor, Facts, Recommendation, Status};
use crate::text::ParagraphKind;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)recommendations?(?-u:\b)|(?-u:\b)suggestions(?-u:\b)|(?-u:\b)action plan(?-u:\b)|(?-u:\b)way forward(?-u:\b)|(?-u:\b)call to action(?-u:\b)|(?-u:\b)next steps(?-u:\b)|(?-u:\b)action (?:points|items)(?-u:\b)|(?-u:\b)follow-up actions(?-u:\b)").unwrap()
});
static ADOPTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)recommendations?,? (?:were |was |are )?adopted by consensus").unwrap());
static NO_CONSENSUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:no consensus|without consensus|did not (?:reach|lead to) consensus)").unwrap()
});
static OPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Also|Further|Further also|Strongly|Once again) )?(?:[Rr]equests|[Ii]nvites|[Ee]ncourages|[Cc]alls (?:up)?on|[Aa]dvises|[Uu]rges|[Rr]ecommends|[Dd]ecides|[Ee]ndorses|[Ss]upports the call|(?:[Ss]tresses|[Uu]nderlines|[Ee]mphasi[sz]es|[Rr]eiterates) the need|[Ii]nstructs|[Rr]esolves to (?:instruct|invite|request|encourage))(?-u:\b)").unwrap()
});
/// A sentence that states a recommendation wherever it stands.
/// "The Group recommends that …", "APC suggests that …", "We therefore call for …", "We recommend
/// examining …", "a natural evolution for the IGF could be to …"; not "it was suggested that",
/// which reports what someone said.
static RECOMMENDS_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:recommends?|recommended|suggests?|proposes?) that(?-u:\b)|(?-u:\b)[Ww]e\s+(?:\w+\s+)?(?:call for|recommend)(?-u:\b)|(?-u:\b)(?:calls|called) for(?-u:\b)|(?-u:\b)recommends (?:the|a|an|\w+ing)(?-u:\b)|(?-u:\b)(?:could|might) be to(?-u:\b)").unwrap()
});

/// A body or "we" suggesting or proposing an action by its noun or gerund: "We suggest further
/// strengthening the role of the IGF", "EuroDIG … specifically proposes the appointment of
/// liaisons between the IGF MAG and …".
static SUGGESTS_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([Ww]e|\p{Lu}[\p{L}-]+)\s+(?:(?:also|further|specifically|therefore|strongly)\s+)?(?:suggests?|proposes?)\s+(?:(?:further|\w+ly)\s+)?(?:the|an?|\w+ing)(?-u:\b)").unwrap()
});
/// Subjects with which "suggests" reports what something shows, not a proposal: "This suggests
/// the need …".
const SHOWS: &[&str] = &[
    "This",
    "It",
    "That",
    "These",
    "Those",
    "Which",
    "Data",
    "Evidence",
    "Research",
    "Experience",
];

/// Whether the sentence suggests or proposes an action ([`SUGGESTS_ACTION`]).
fn suggests_action(text: &str) -> bool {
    SUGGESTS_ACTION.captures_iter(text).any(|c| !SHOWS.contains(&&c[1]))
}

/// What a meeting's summary reports as agreed or put forward, in nominal or passive form, with
/// the bodies named after it as those it gives a role to: "The discussion resulted in concurrence
/// over the need for prioritizing IGF outcomes …", "There is need for the AfIGF to …", "There
/// were proposals from participants … to hold a main session at IGF 2020 …", "ISOC would like to
/// express its support to … proposals to focus the WSIS action lines Forum in 2014 on …", "A 'BPF
/// on BPFs' was approved as an initiative to assess the BPFs …". Not a need merely found ("there
/// is a need and capacity", "there is no need for"), nor proposals to a body ("proposals to the
/// Commission"), nor an item of an agenda ("it was agreed to add a discussion under AOB"), nor
/// what a preambular paragraph recalls ([`PREAMBULAR`]).
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:stress\w*|underlin\w*|underscor\w*|emphasi[sz]\w*|highlight\w*|reiterat\w*|concurrence|consensus|agree\w*)\s+(?:\w+\s+){0,3}?the(?:\s+\w+)?|there\s+(?:is|was)(?:\s+an?)?(?:\s+(?:urgent|clear|strong|great|real|pressing|growing))?)\s+need\s+(?:for|to)(?-u:\b)|(?P<proposal>(?-u:\b)(?:proposals?|suggestions?)\s+(?:(?:from|by|of)\s+[^.;:,]{1,80}?\s+)?to\s+(?-i:[a-z]+)(?-u:\b))|(?-u:\b)(?:was|were|has been|have been)\s+(?:approved|endorsed)\s+(?:as\s+[^.;:,]{1,40}?\s+)?to\s+(?-i:[a-z]+)(?-u:\b)|(?-u:\b)(?:saw|sees?|envisag\w*|envision\w*|propos\w*|suggest\w*|identif\w*)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?role\s+for(?-u:\b)").unwrap()
});
/// A reported suggestion in the subjunctive: "Participants suggested that the MAG consider a
/// main session …", "it was proposed that the IGF and the CSTD should hold …". The bodies
/// that open the "that" clause are asked.
static SUGGESTED_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:suggested|proposed|recommended|urged|requested|insisted|asked|advised)\s+that\s+(?:the\s+)?",
    )
    .unwrap()
});
/// What may join the bodies of that clause: "the MAG and the IGF Secretariat", "ITU, UNESCO and".
static SUBJECT_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$").unwrap());
/// The verb of the clause right after its bodies: a lower-case word ("consider", "should
/// hold") that is not a preposition, a conjunction or a form of "be" or "have"
/// ([`NOT_A_CLAUSE_VERB`]), which would make the bodies part of a longer subject.
static CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,40}\)\s*)?\p{Ll}").unwrap());
static NOT_A_CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:of|for|in|on|to|with|and|or|at|by|from|as|is|are|was|were|has|had|have|'s|’s)(?-u:\b)").unwrap()
});
/// The participle that opens a preambular paragraph: what it recalls or notes was asked before,
/// not now ("Recalling that … we have continued working … to emphasise the need for …").
static PREAMBULAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:Recalling|Noting|Recogni[sz]ing|Acknowledging|Welcoming|Reaffirming|Bearing in mind|Taking note|Considering|Mindful|Aware|Emphasi[sz]ing|Underlining|Stressing|Having)(?-u:\b)").unwrap()
});
/// The words after "to" that make it a preposition, not the mark of a verb: "proposals to the
/// Commission".
static NOT_INFINITIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"to\s+(?:the|a|an|this|that|these|those|its|their|all|each|any|be)$").unwrap());

/// A clause giving a mandate, first-person or reported: "We ask the UN Secretary-General … to
/// convene …", "The GAC advises the ICANN Board to …" (the advice of a communiqué), "Requests the
/// Secretary-General to …", "in which the Assembly requested the Council to oversee …", "we ask
/// that member states, the Secretary-General and the Tech Envoy seek to …". The bodies asked
/// stand between the verb and the "to" of what they are asked.
static MANDATE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Rr]equest(?:s|ed)?|[Aa]sk(?:s|ed)?|[Aa]dvise[sd]?|[Tt]asked|[Ww]e task|[Mm]andate[sd]|[Ii]nvite(?:s|d)?|[Cc]all(?:s|ed)? (?:up)?on|[Ee]ncourage(?:s|d)?|[Uu]rge(?:s|d)?|[Ee]ntrust(?:s|ed)?|[Ii]nstruct(?:s|ed)?|[Rr]ecommend(?:s|ed)?)\s+(?:that\s+)?").unwrap()
});
/// "the request made by the UNGA": the body that follows made the request and is not asked.
static AGENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(?:made|issued|expressed|put forward)\s+)?by(?-u:\b)").unwrap());
/// The nominal form of a mandate: "the request by the Council to the Secretary-General, in its
/// resolution 2006/46, to inform …": the bodies asked follow the requester's "to".
static REQUEST_BY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)requests? (?:by|of|from)\s").unwrap());
/// What a body is to receive: "will be submitted to X for endorsement", "The group will submit a
/// report to the Commission".
static SUBMITTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:will|shall|should|is to|are to)\s+(?:be\s+)?(?:submit(?:ted)?|present(?:ed)?|transmit(?:ted)?|forward(?:ed)?)(?-u:\b)").unwrap()
});
/// A role the text gives the body it names as subject: "The IGF environment must be able to …",
/// "The Commission may wish to consider …" (the closing suggestions of a report of the
/// Secretary-General),
/// "the IGF community has to find a way …", "international organisations such as X and Z should
/// strengthen …".
static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:should|must|has to|have to|needs? to|ought to|may wish to)(?-u:\b)").unwrap()
});
/// A preposition right before a body inside a subject: "the consideration of improvements to the
/// IGF should be based on …" asks nothing of the IGF.
static OBJECT_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:to|of|for|on|in|with|about|from|into)\s+(?:the\s+)?$").unwrap());
/// "Decides that the desirability of the continuation of the Forum will be considered by …": a
/// decision about the bodies of its subject, not a recommendation to them.
static DECIDES_THAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Also|Further) )?[Dd]ecides that(?-u:\b)(.*?)(?-u:\b)(?:will|shall)\s+be(?-u:\b)").unwrap()
});
/// A lead-in of a consultation's conclusions: "the main conclusions of which are:",
/// "Conclusions of the meeting:".
static CONCLUSIONS_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:conclusions|recommendations)(?-u:\b)[^:.;]{0,30}:").unwrap());
/// The words after a body that make it the one whose event the lead-in is about: "the Action
/// Line C2 consultation …".
static EVENT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:consultations?|meetings?|sessions?|workshops?)(?-u:\b)").unwrap());
/// How many sentences after its lead-in a consultation's conclusions are taken to run.
const CONCLUSION_SENTENCES: usize = 6;
/// How far before its modal verb the body of a subject may stand, in chars.
const SUBJECT_CHARS: usize = 120;
/// A lead-in whose list items are recommendations: "Elect to:", "2) Recommend;", "Agree that:",
/// "Resolve to:", "Call on governments to:", "The Forum should:", "X is to:", "We recommend that:".
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[Ww]e|[Tt]hey)\s+)?(?:(?:also|further|hereby)\s+)?(?:(?:[Rr]ecommend|[Rr]esolve|[Ee]lect|[Aa]gree|[Dd]ecide|[Cc]ommit|[Cc]all (?:on|upon)|[Uu]rge|[Rr]equest|[Ee]ncourage|[Ii]nvite|[Aa]dvise)s?(?-u:\b).*|.*(?-u:\b)(?:should|shall|must|is to|are to|will)\s*)[:;]$").unwrap()
});
/// A lead-in that quotes another text: "… resolution A/70/125 … in the following terms:".
static QUOTES_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)resolution(?-u:\b)|(?-u:\b)A/(?:RES/)?\d+/\d+|(?-u:\b)agenda(?-u:\b)|(?-u:\b)declaration(?-u:\b)|(?-u:\b)following terms(?-u:\b)|(?-u:\b)states?(?-u:\b)|(?-u:\b)stated(?-u:\b)|(?-u:\b)reads?(?-u:\b)").unwrap()
});
/// A closing sentence that announces a list of recommendations however long its paragraph: "we,
/// the undersigned, submit the following recommendations to help …", "The recommendations
/// are:", "We would like to offer the following suggestions for future planning:". A footnote
/// mark may cling to the word ("recommendations1").
static ANNOUNCES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)the following (?:[\w-]+ ){0,2}(?:recommendations|suggestions|proposals)\d*(?-u:\b)|(?-u:\b)(?:recommendations|suggestions|proposals) (?:are|include)\s*:\s*$").unwrap()
});
/// The fewest words of a line taken as a heading that make it a sentence of the section it is in:
/// "The creation of a global fund for AI to put a floor under the AI divide" set on a line of its
/// own under "Recommendation 5: Global fund for AI" is the recommendation, not a new section.
const SENTENCE_WORDS: usize = 10;
/// The longest paragraph taken as a lead-in, in chars.
const LEAD_IN_CHARS: usize = 160;
/// How many paragraphs a quotation introduced by a lead-in is taken to run.
const QUOTATION_PARAGRAPHS: usize = 4;

/// A body named as the author of the recommendation, or as the issuer of a document it cites.
static NOT_ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:'s)?\s*(?:(?:further|also)\s+)?(?:recommends?(?-u:\b)|resolutions?(?-u:\b)|decisions?(?-u:\b)|reports?(?-u:\b))").unwrap()
});

struct Item {
    span: Range<usize>,
    number: Option<u32>,
    indent: usize,
    parent_numbered: bool,
    /// Whether a plain paragraph of the section that follows continues it (a list item does).
    continued: bool,
    /// Whether it is a listed item or operative paragraph rather than a sentence of running text.
    listed: bool,
    /// The bodies it is addressed to when it names none: those whose consultation concluded it.
    to: Vec<EntityId>,
    /// Whether `to` are its addressees whatever other bodies it names: the subjects of an action
    /// ("The IGF Secretariat will assess the need for two more face-to-face MAG meetings").
    to_first: bool,
    /// The bodies its lead-in asks ("instructs the Secretary-General" over "1 to …"), asked by
    /// it too.
    lead_asks: Vec<EntityId>,
}

/// The bodies a sentence or item asks, and whether it gives them a mandate.
struct Asked {
    bodies: Vec<EntityId>,
    mandate: bool,
}

impl Item {
    fn new(span: Range<usize>, number: Option<u32>, indent: usize) -> Self {
        Item {
            span,
            number,
            indent,
            parent_numbered: number.is_some(),
            continued: true,
            listed: true,
            to: Vec::new(),
            to_first: false,
            lead_asks: Vec::new(),
        }
    }
}

/// Fills [`Facts::recommendations`].
pub fn find_recommendations(facts: &mut Facts, _ex: &Extractor) {
    let adopted = ADOPTED.is_match(&facts.clean.text);
    let bodies = document_bodies(facts);
    let of_role = |role: Role| -> Vec<EntityId> {
        bodies
            .iter()
            .filter(|(_, r, _)| *r == role)
            .map(|(body, _, _)| *body)
            .collect()
    };
    let authors = of_role(Role::Author);
    let venues = of_role(Role::Venue);
    let mut items = items(facts);
    for sentence in &facts.clean.sentences {
        let inside = items
            .iter()
            .any(|i| i.span.start <= sentence.span.start && sentence.span.end <= i.span.end);
        if inside || facts.clean.paragraphs[sentence.paragraph].footnote || quoted(facts, sentence.paragraph) {
            continue;
        }
        let text = facts.text(&sentence.span);
        if asked(facts, &sentence.span, &text).is_some() || RECOMMENDS_THAT.is_match(&text) || suggests_action(&text) {
            let mut item = Item::new(sentence.span.clone(), None, 0);
            item.listed = false;
            items.push(item);
        } else if let Some(bodies) = reported(facts, &sentence.span, &text, &venues) {
            let mut item = Item::new(sentence.span.clone(), None, 0);
            item.listed = false;
            item.to = bodies;
            item.to_first = true;
            items.push(item);
        } else if let Some(bodies) = suggested_to(facts, &sentence.span, &text) {
            let mut item = Item::new(sentence.span.clone(), None, 0);
            item.listed = false;
            item.to = bodies;
            item.to_first = true;
            items.push(item);
        } else if let Some(subjects) = acting_subjects(facts, &sentence.span) {
            let mut item = Item::new(sentence.span.clone(), None, 0);
            item.listed = false;
            item.to = subjects;
            item.to_first = true;
            items.push(item);
        } else if asks_for_action(&text) && names_other_body(facts, &sentence.span, &authors) {
            // "We urge governments to protect and strengthen the IGF": what is to be done gives
            // the bodies it names a role, whoever is asked to do it.
            let mut item = Item::new(sentence.span.clone(), None, 0);
            item.listed = false;
            items.push(item);
        }
    }
    for item in conclusions(facts) {
        if !items
            .iter()
            .any(|i| i.span.start < item.span.end && item.span.start < i.span.end)
        {
            items.push(item);
        }
    }
    items.sort_by_key(|i| i.span.start);
    for (i, item) in items.into_iter().enumerate() {
        let text = facts.text(&item.span).trim_start_matches(['•', '-', ' ']).to_string();
        let status = if NO_CONSENSUS.is_match(&text) {
            Status::NoConsensus
        } else if adopted {
            Status::Adopted
        } else {
            Status::Proposed
        };
        // A listed item or operative paragraph gives a role to every body it names (those asked,
        // and those asked to receive or host what it proposes); a sentence found in running
        // text is addressed to the bodies its clause asks.
        let asked = asked(facts, &item.span, &facts.text(&item.span));
        let mandate = asked.as_ref().is_some_and(|a| a.mandate);
        let mut addressees = asked.map(|a| a.bodies).unwrap_or_default();
        if item.listed || addressees.is_empty() && !item.to_first {
            for body in self::addressees(facts, &item.span, &authors) {
                if !addressees.contains(&body) {
                    addressees.push(body);
                }
            }
        }
        if addressees.is_empty() {
            addressees.clone_from(&item.to);
        }
        for body in &item.lead_asks {
            if !addressees.contains(body) {
                addressees.push(*body);
            }
        }
        let decided = decided_about(facts, &item.span);
        addressees.retain(|b| !decided.contains(b));
        let issues = super::mentions::entities_in(facts, &item.span, Kind::Issue, true);
        facts.recommendations.push(Recommendation {
            number: item.number,
            ordinal: i + 1,
            text,
            addressees,
            issues,
            status,
            mandate,
            evidence: item.span,
        });
    }
}

/// A sentence that asks for something to be done, whoever is to do it: "urge … to", "call on
/// … to", "calls for", "there is a need to" ("should" is read with its subject, in
/// [`modal_subjects`]: "improvements to the IGF should be …" asks nothing of the IGF).
static ROLE_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:urges?|calls (?:on|upon|for)|call (?:on|upon)|encourages?|recommends?|it is (?:important|essential|necessary|crucial|vital) to|there is a need (?:to|for))(?-u:\b)").unwrap()
});

/// Whether a verb of [`ROLE_GIVEN`] asks in the sentence: not one of purpose ("a key channel
/// to encourage collaboration").
fn asks_for_action(text: &str) -> bool {
    ROLE_GIVEN
        .find_iter(text)
        .any(|m| !text[..m.start()].trim_end().to_lowercase().ends_with(" to"))
}

/// Whether the sentence names a body other than the document's authors.
fn names_other_body(facts: &Facts, span: &Range<usize>, authors: &[EntityId]) -> bool {
    facts
        .mentions_in(span)
        .any(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body && !authors.contains(&m.entity))
}

/// What a sentence's subject is to do, in the words of a meeting's decisions and next steps:
/// "will", "is to", "was asked to", "agreed to", "committed to".
static ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:also|further|then|jointly)\s+)?(?:will|shall|is to|are to|(?:is|are|was|were) (?:\w+ly )?expected (?:by [^,.;]{1,40}? )?to|(?:was|were|is|are|has been|have been) (?:asked|requested|invited|tasked|mandated|encouraged|called upon) to|agreed to|undertook to|(?:is|are|was|were) committed to|committed to)\s+(?:be\s+)?\w").unwrap()
});

/// The bodies a sentence opens on, when what follows is what they are to do ("IGF Secretariat
/// will assess if there is a need …"): a role the text gives them.
fn acting_subjects(facts: &Facts, span: &Range<usize>) -> Option<Vec<EntityId>> {
    if let Some(subjects) = super::subjects::of_sentence(facts, span)
        && ACTION.is_match(facts.clean.str(subjects.predicate..span.end))
    {
        return Some(subjects.bodies);
    }
    let appointed: Vec<EntityId> = facts
        .mentions_in(span)
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .filter(|m| APPOINTED.is_match(facts.clean.str(m.span.end..span.end)))
        .map(|m| m.entity)
        .collect();
    (!appointed.is_empty()).then_some(appointed)
}

/// "UNESCO was approved as the formal facilitator for action line C3", "the Association of
/// Progressive Communications (APC) is proposed as co-facilitator of Action line C2": a role
/// given to the body named right before, wherever the clause stands in the sentence.
static APPOINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:is|are|was|were|has been|have been|had been) (?:\w+ly )?(?:approved|designated|appointed|proposed|nominated|selected|confirmed|elected|chosen|mandated) as\s").unwrap()
});

/// "ITU initiated the Action Line C2 consultation in Doha, the main conclusions of which are: a. …
/// Efforts should be made to involve … b. … should be linked to …": the sentences of a
/// consultation's or meeting's conclusions that say what should be done are recommendations to
/// the body whose consultation it was (named right before the word), else to the bodies the
/// lead-in names.
fn conclusions(facts: &Facts) -> Vec<Item> {
    let mut items = Vec::new();
    let sentences = &facts.clean.sentences;
    for (i, sentence) in sentences.iter().enumerate() {
        let text = facts.text(&sentence.span);
        let Some(lead) = CONCLUSIONS_LEAD.find(&text) else {
            continue;
        };
        let lead_end = sentence.span.start + text[..lead.end()].chars().count();
        let lead_span = sentence.span.start..lead_end;
        let bodies: Vec<&super::Mention> = facts
            .mentions_in(&lead_span)
            .filter(|m| facts.entities[m.entity].kind == Kind::Body)
            .collect();
        let own = bodies
            .iter()
            .find(|m| EVENT_AFTER.is_match(facts.clean.str(m.span.end..lead_end)));
        let to = match own {
            Some(m) => vec![m.entity],
            None => distinct(bodies.iter().map(|m| m.entity)),
        };
        if to.is_empty() {
            continue;
        }
        let first = lead_end..sentence.span.end;
        let later = sentences[i + 1..]
            .iter()
            .take(CONCLUSION_SENTENCES)
            .take_while(|s| s.paragraph == sentence.paragraph)
            .map(|s| s.span.clone());
        for span in std::iter::once(first).chain(later) {
            if MODAL.is_match(&facts.text(&span)) {
                let mut item = Item::new(span, None, 0);
                item.listed = false;
                item.to.clone_from(&to);
                items.push(item);
            }
        }
    }
    items
}

/// The bodies named after what a sentence reports as agreed or proposed ([`REPORTED`]); and for
/// proposals, the bodies whose meeting the document reports (`venues`): what participants propose
/// at a body's meeting is put to that body ("There were proposals from participants … to hold a
/// main session at IGF 2020 …" in the summary of a MAG meeting).
fn reported(facts: &Facts, span: &Range<usize>, text: &str, venues: &[EntityId]) -> Option<Vec<EntityId>> {
    if PREAMBULAR.is_match(text) {
        return None;
    }
    let found = REPORTED.captures_iter(text).find(|c| !NOT_INFINITIVE.is_match(&c[0]))?;
    let cue = found.get(0)?;
    let from = span.start + text[..cue.start()].chars().count();
    let put_to: &[EntityId] = if found.name("proposal").is_some() { venues } else { &[] };
    let bodies = distinct(
        facts
            .mentions_in(&(from..span.end))
            .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity)
            .chain(put_to.iter().copied()),
    );
    (!bodies.is_empty()).then_some(bodies)
}

/// The bodies a reported suggestion in the subjunctive asks to act (see [`SUGGESTED_THAT`]).
fn suggested_to(facts: &Facts, span: &Range<usize>, text: &str) -> Option<Vec<EntityId>> {
    if PREAMBULAR.is_match(text) {
        return None;
    }
    let cue = SUGGESTED_THAT.find(text)?;
    let mut end = span.start + text[..cue.end()].chars().count();
    let mut bodies = Vec::new();
    for m in facts.mentions_in(&(end..span.end)) {
        if m.span.start < end {
            continue;
        }
        let gap = facts.clean.str(end..m.span.start);
        let joined = if bodies.is_empty() {
            gap.trim().is_empty()
        } else {
            SUBJECT_JOIN.is_match(gap)
        };
        if !joined || facts.entities[m.entity].kind != Kind::Body {
            break;
        }
        bodies.push(m.entity);
        end = m.span.end;
    }
    let rest = facts.clean.str(end..span.end);
    let verb = CLAUSE_VERB.is_match(rest) && !NOT_A_CLAUSE_VERB.is_match(rest);
    (!bodies.is_empty() && verb).then(|| distinct(bodies.into_iter()))
}

/// The bodies of the subject of a decision ("Decides that the desirability of the continuation of
/// the Forum will be considered …"): what is decided about them is not asked of them.
fn decided_about(facts: &Facts, span: &Range<usize>) -> Vec<EntityId> {
    let whole = facts.text(span);
    let text = unmarked(whole.trim_start_matches(['•', '-', ' ']));
    let Some(subject) = DECIDES_THAT.captures(text).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    let offset = whole.len() - text.len() + subject.start();
    let from = span.start + whole[..offset].chars().count();
    facts
        .mentions_in(&(from..from + subject.as_str().chars().count()))
        .map(|m| m.entity)
        .collect()
}

/// The bodies a passage asks to act, by the first clause that names them: a mandate ("requests
/// X to …", "the request by Y to X … to …"), something to be submitted to X, or a role given to
/// the subject of a modal verb ("X should …").
fn asked(facts: &Facts, span: &Range<usize>, text: &str) -> Option<Asked> {
    let at = |byte: usize| span.start + text[..byte].chars().count();
    let bodies_in = |range: Range<usize>| -> Vec<(EntityId, Range<usize>)> {
        facts
            .mentions_in(&range)
            .filter(|m| facts.entities[m.entity].kind == Kind::Body)
            .map(|m| (m.entity, m.span.clone()))
            .collect()
    };
    for verb in MANDATE_VERB.find_iter(text) {
        let nominal = REQUEST_BY.find(&text[verb.start()..]).is_some_and(|m| m.start() == 0);
        if !nominal && AGENT.is_match(&text[verb.end()..]) {
            continue;
        }
        let from = if nominal {
            // Past the requester to the "to" that names the bodies asked.
            let Some(requester) = bodies_in(at(verb.end())..span.end).into_iter().next() else {
                continue;
            };
            let Some(to) = facts.text(&(requester.1.end..span.end)).find(" to ") else {
                continue;
            };
            requester.1.end + facts.text(&(requester.1.end..span.end))[..to + 4].chars().count()
        } else {
            at(verb.end())
        };
        let named = bodies_in(from..span.end);
        let Some(first) = named.first() else {
            continue;
        };
        let rest = facts.text(&(first.1.end..span.end));
        let Some(to) = rest.find(" to ") else {
            continue;
        };
        let until = first.1.end + rest[..to].chars().count();
        let bodies = distinct(named.iter().filter(|(_, s)| s.end <= until).map(|(b, _)| *b));
        return Some(Asked { bodies, mandate: true });
    }
    let submitted = SUBMITTED.find(text).and_then(|cue| {
        let rest = &text[cue.end()..];
        let to = rest.find(" to ")?;
        let body = bodies_in(at(cue.end() + to)..span.end).into_iter().next()?;
        Some(body.0)
    });
    if let Some(body) = submitted {
        return Some(Asked {
            bodies: vec![body],
            mandate: false,
        });
    }
    if let Some(object) = SUPPORTS_MANDATE.captures(text).and_then(|c| c.get(1)) {
        let bodies = distinct(
            bodies_in(at(object.start())..at(object.end()))
                .into_iter()
                .map(|(b, _)| b),
        );
        if !bodies.is_empty() {
            return Some(Asked { bodies, mandate: false });
        }
    }
    modal_subjects(facts, span, text).map(|bodies| Asked { bodies, mandate: false })
}

/// "We fully support the IGF mandate renewal", "highlight and support the extension of the IGF's
/// mandate": support for a body's mandate asks for it to be renewed, a role for that body.
static SUPPORTS_MANDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:support|endorse|call for|calls for|welcome)\s+([^.;:]{0,80}?)(?-u:\b)mandate(?-u:\b)")
        .unwrap()
});

/// "The IGF environment must …", "organisations such as X and Z should …": the bodies named in
/// the few words before the first modal verb, with no clause boundary between.
fn modal_subjects(facts: &Facts, span: &Range<usize>, text: &str) -> Option<Vec<EntityId>> {
    let modal = MODAL.find(text)?;
    let at = span.start + text[..modal.start()].chars().count();
    let subject = distinct(
        facts
            .mentions_in(&(at.saturating_sub(SUBJECT_CHARS).max(span.start)..at))
            .filter(|m| facts.entities[m.entity].kind == Kind::Body)
            .filter(|m| same_clause(facts.clean.str(m.span.end..at)))
            .filter(|m| {
                let lead = facts
                    .clean
                    .str(m.span.start.saturating_sub(12).max(span.start)..m.span.start);
                !OBJECT_OF.is_match(lead) || lead.contains("such as")
            })
            .map(|m| m.entity),
    );
    (!subject.is_empty()).then_some(subject)
}

/// Whether the words between a name and the verb that follows keep them in one clause: no
/// comma, semicolon or colon outside parentheses ("organisations (WIPO, ITU, UNESCO etc)
/// should"), unless it lists examples ("such as X, Y and Z should").
fn same_clause(between: &str) -> bool {
    if between.contains("such as") || LIST_TAIL.is_match(between) {
        return true;
    }
    let mut depth: i32 = 0;
    let mut outside = String::new();
    for c in between.chars() {
        match c {
            '(' => depth += 1,
            // A closing parenthesis never opened here closes one around the name itself.
            ')' if depth == 0 => outside.clear(),
            ')' => depth -= 1,
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    !outside.contains([',', ';', ':'])
}

/// The rest of a list of names the subject of a verb is one of: ", and Regional Organisations"
/// in "African states, African Union, and Regional Organisations should ensure …".
static LIST_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,5})+\s*$").unwrap()
});

fn distinct(ids: impl Iterator<Item = EntityId>) -> Vec<EntityId> {
    let mut out = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Whether a paragraph lies in a passage the document quotes from another text: within a few
/// paragraphs after a lead-in that ends with a colon and names its source.
fn quoted(facts: &Facts, paragraph: usize) -> bool {
    let paragraphs = &facts.clean.paragraphs;
    (paragraph.saturating_sub(QUOTATION_PARAGRAPHS)..paragraph)
        .rev()
        .map(|i| facts.text(&paragraphs[i].span))
        .any(|t| t.trim_end().ends_with(':') && QUOTES_SOURCE.is_match(&t))
}

/// The text of a paragraph without its list marker or number: "2) Recommend;" → "Recommend;".
fn unmarked(text: &str) -> &str {
    let text = text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' ' | '•' | '-' | ')'));
    match text.split_once(") ") {
        Some((label, rest)) if label.trim_start_matches('(').chars().count() <= 4 && !label.contains(' ') => rest,
        _ => text,
    }
}

/// A verb of the field's action lists in its bare form, opening an item: "Hold official
/// stakeholder consultations at existing forums", "Ensure Transparency and Accountability:",
/// "Build on the WSIS+10 accreditation process".
static IMPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Actively |Further |Also )?(?:Ensure|Establish|Strengthen|Promote|Hold|Maintain|Publish|Build|Create|Develop|Support|Provide|Adopt|Implement|Facilitate|Encourage|Enhance|Increase|Improve|Include|Foster|Consider|Allow|Enable|Expand|Broaden|Diversify|Align|Integrate|Continue|Explore|Conduct|Launch|Invest|Prioriti[sz]e|Protect|Respect|Engage|Involve|Reinforce|Mainstream|Leverage|Convene|Organi[sz]e|Share|Monitor|Assess|Clarify|Identify|Coordinate|Harmoni[sz]e|Empower|Seek|Make|Set up|Take|Avoid|Reduce|Address|Recogni[sz]e|Uphold|Safeguard|Guarantee|Commit)(?-u:\b)").unwrap()
});
/// The word after such a verb that makes it a noun ("Support for …", "Review of …") or a
/// statement ("Ensure is …").
static NOUN_USE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\S+\s+(?:of|for|and|or|in|is|are|was|were|from|with|by)(?-u:\b)").unwrap());

/// Whether a paragraph is an item of a list of actions: a listed paragraph opening on a bare verb
/// ([`IMPERATIVE`]) beside another that does, as the lists of submissions and action plans are
/// set out. A single such item among statements is not a list of actions.
fn imperative_list_item(facts: &Facts, index: usize) -> bool {
    let paragraphs = &facts.clean.paragraphs;
    let imperative = |i: usize| {
        paragraphs.get(i).is_some_and(|p| {
            let text = facts.text(&p.span);
            let words = unmarked(&text);
            matches!(p.kind, ParagraphKind::Bullet | ParagraphKind::Numbered(_))
                && IMPERATIVE.is_match(words)
                && !NOUN_USE.is_match(words)
        })
    };
    imperative(index) && (index.checked_sub(1).is_some_and(imperative) || imperative(index + 1))
}

/// The last sentence of a paragraph. Sentences are in paragraph order, so it is found by a
/// binary search: this runs for every plain paragraph of a document.
fn closing_sentence(facts: &Facts, paragraph: usize) -> Option<String> {
    let sentences = &facts.clean.sentences;
    let end = sentences.partition_point(|s| s.paragraph <= paragraph);
    let sentence = sentences[..end].last().filter(|s| s.paragraph == paragraph)?;
    Some(facts.text(&sentence.span))
}

fn items(facts: &Facts) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut in_section = false;
    let mut lead_bodies: Vec<EntityId> = Vec::new();
    for (index, para) in facts.clean.paragraphs.iter().enumerate() {
        if para.footnote {
            continue;
        }
        let text = facts.text(&para.span);
        let number = match para.kind {
            ParagraphKind::Numbered(n) => Some(n),
            _ => None,
        };
        let sentence_like = text.split_whitespace().count() >= SENTENCE_WORDS;
        let operative_lead =
            matches!(para.kind, ParagraphKind::Plain | ParagraphKind::Heading) && crate::text::is_operative_lead(&text);
        if para.kind == ParagraphKind::Heading && !(in_section && sentence_like) && !operative_lead {
            in_section = SECTION.is_match(&text);
            lead_bodies.clear();
            continue;
        }
        let announces = para.kind == ParagraphKind::Plain
            && closing_sentence(facts, index).is_some_and(|s| ANNOUNCES.is_match(s.trim_end()));
        if announces
            || operative_lead
            || LEAD_IN.is_match(unmarked(&text).trim_end()) && text.chars().count() <= LEAD_IN_CHARS
        {
            // A lead-in opens a list of its own: what follows is not the previous item's, and the
            // bodies it asks ("instructs the Secretary-General") are asked by each item.
            in_section = true;
            lead_bodies = if operative_lead {
                super::mentions::entities_in(facts, &para.span, Kind::Body, true)
            } else {
                Vec::new()
            };
            if let Some(last) = items.last_mut() {
                last.continued = false;
            }
            continue;
        }
        if !in_section {
            // Outside a recommendations section, an operative paragraph of a resolution
            // ("5. Requests the Secretary-General to …") is a recommendation of its own, and a
            // clause broken into items ("- resolves to instruct X" "- to continue to study …")
            // runs on into the item that says what is asked.
            if para.kind != ParagraphKind::Plain && OPERATIVE.is_match(unmarked(&text))
                || imperative_list_item(facts, index)
            {
                items.push(Item::new(para.span.clone(), number, para.indent));
            } else if let Some(last) = items.last_mut().filter(|l| l.span.end + 1 >= para.span.start)
                && unmarked(&text).starts_with("to ")
            {
                last.span.end = para.span.end;
            }
            continue;
        }
        if para.kind == ParagraphKind::Plain {
            match items.last_mut() {
                Some(last) if last.continued => last.span.end = para.span.end,
                _ => {
                    let mut item = Item::new(para.span.clone(), None, para.indent);
                    item.continued = false;
                    items.push(item);
                }
            }
            continue;
        }
        if let Some(last) = items.last_mut().filter(|l| l.continued) {
            let opens_list = facts.text(&last.span).trim_end().ends_with(':');
            let nested = number.is_none() && (last.parent_numbered || para.indent > last.indent);
            if opens_list && nested || para.indent > last.indent && number.is_none() && last.parent_numbered {
                last.span.end = para.span.end;
                continue;
            }
        }
        let mut item = Item::new(para.span.clone(), number, para.indent);
        item.lead_asks.clone_from(&lead_bodies);
        items.push(item);
    }
    items
}

/// The bodies an item names, but for its authors and the issuers of what it cites.
fn addressees(facts: &Facts, span: &Range<usize>, authors: &[EntityId]) -> Vec<EntityId> {
    let mut out = Vec::new();
    for m in facts.mentions_in(span).filter(|m| m.explicit) {
        if facts.entities[m.entity].kind != Kind::Body || out.contains(&m.entity) || authors.contains(&m.entity) {
            continue;
        }
        if !NOT_ADDRESSEE.is_match(facts.clean.str(m.span.end..m.span.end + 25)) {
            out.push(m.entity);
        }
    }
    out
}
