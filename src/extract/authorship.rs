//! The bodies a document speaks for or reports on, from the ways documents of the field present
//! themselves:
//! - a head line naming the author or the meeting: "Report of the Secretary-General", "Note by
//!   the Secretary-General", "Resolution adopted by the Economic and Social Council", "I am
//!   speaking on behalf of X", "Statement at the Second Session of X";
//! - a title that is a body followed by a document genre or a meeting: "ECOSOC Resolution
//!   2006/46", "ISOC submission to the Open Consultation …", "IGF 2014 Chair's Summary", "IGF 2019 Messages", "WAIGF Communiqué 2011",
//!   "Summary Report: MAG Virtual Meeting on …";
//! - the preamble of a resolution: a paragraph that is the adopting body alone, "The General
//!   Assembly,";
//! - the first-person opening of an outcome or declaration: "We, the G20 Ministers …", "We,
//!   participants of the 7th West African Internet Governance Forum …";
//! - a statement whose opening sentences have the body speak: "APC reaffirms …", "The FOC
//!   emphasizes …";
//! - a report that opens on the meeting it reports: "The third meeting of the Working Group on
//!   Enhanced Cooperation (WGEC) was held at …", "This year, the LACIGF was held from …";
//! - an event report in the first person ("We started by …", "We touched on …") about an event
//!   the text says a body runs ("X offers a monthly briefing on …"): X is its venue.
//!
//! The author of a document covers the issues it states (its own report, resolution or
//! declaration on them); the body whose meeting a document reports is their venue.

use super::{EntityId, Facts};
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The head of a document, where its title, symbol and author lines stand, in chars.
const HEAD_CHARS: usize = 1000;
/// How many chars before or after a name a head-line cue may stand.
const CUE_CHARS: usize = 60;
/// How far from the end of a document its closing signature blocks may start, in chars.
const SIGNATURES_CHARS: usize = 1500;
/// How many opening sentences may have the author speak.
const OPENING_SENTENCES: usize = 5;

/// How a body stands to a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// It wrote, adopted or speaks through the document.
    Author,
    /// The document reports the meeting it held or hosted.
    Venue,
}

/// "Report of the X", "Note by the X", "Resolution adopted by the X", "Resolution on Y adopted
/// by the X", "speaking on behalf of X", and a document saying what it is: "One Internet is the
/// final report and vision of the X", "This paper is a contribution of X": the name that follows
/// is the author.
static AUTHOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)(?:Report|Note|Statement|Contribution|Submission|Resolution adopted|Decision adopted) (?:of|by)|(?-u:\b)(?:Resolution|Decision|Declaration|Recommendation|Conclusions) (?:on|concerning) [^\n.;]{3,60} adopted by|(?-u:\b)(?:speak(?:ing|s)?|delivered|made|submitted|presented) on behalf of|(?-u:\b)is (?:the|a|an) (?:[\w-]+ ){0,3}(?:report|statement|contribution|submission|declaration|communiqu[eé]|position paper|paper|response|input)(?: and [\w-]+)? (?:of|by|from)) (?:the |a |an )?$").unwrap()
});
/// "Statement presented at the 58th Session of the X", "Outcome document of the high-level
/// meeting of the X"; not a contribution sent "to the 4th meeting of X", which X has yet to discuss.
static VENUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:at|during|[Oo]utcome (?:document )?of) (?:the )?(?:[\w+-]+ ){0,4}(?:[Ss]ession|[Mm]eeting|Consultations?) of (?:the )?$").unwrap()
});
/// A body at the start of a title line followed by the genre of the document: a year or number
/// may stand between, or the body's possessive and a word or two ("Internet Society’s Initial
/// Views").
static GENRE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s\d/.,:–-]*(?:['’]s\s+(?:[\w-]+\s+){0,2})?(?:(resolution|declaration|statement|communiqu[ée]|decision|outcome|submission|contribution|views|comments|position|response|input|remarks)|(chair(?:man)?['’]?s summary|messages|summary report|meeting report|(?-i:(?:[A-Z][\w-]* ){0,3}(?:Meeting|Consultations))))(?-u:\b)").unwrap()
});
/// A body opening a line with a year names its meeting of that year: "AfIGF 2023 Participants
/// endorse 18 declarations …", "EuroDIG 2020 was planned to take place …".
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ (?:19|20)\d{2}(?-u:\b)").unwrap());
/// A genre prefix before the name in a title line: "Summary Report: ".
static TITLE_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[A-Z][\w' ]{0,30}:\s*$").unwrap());
/// The preamble line of a resolution: "The General Assembly," "The World Telecommunication
/// Standardization Assembly (Dubai, 2012),", or "The Economic and Social Council, Recalling …"
/// where the conversion joined the first preambular paragraph to it.
static PREAMBLE_RESIDUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^)]*\))?\s*,(?:\s*$|\s+[A-Z][a-z]+ing(?-u:\b))").unwrap());
/// "We, the …" or "We, participants of …": the first-person opening of an outcome; also after
/// an opening phrase ("Building on the achievements of past Presidencies, we, the G20 Ministers
/// …").
static WE_THE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\d+\.|\W)*We,\s|,\s+we,\s").unwrap());
/// How far after "we," the body speaking must be named, in chars.
const WE_BODY_CHARS: usize = 60;
/// What stands before a body that opens a sentence: nothing, "The" or "Undersigned".
static OPENING_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:The|Undersigned)\s+)?$").unwrap());
/// A verb of speaking after the body that opens a sentence ("(FOC) Members express …").
static SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]*\)\s*)?(?:[Mm]embers\s+)?(?:(?:also|further|strongly)\s+)?(?:reaffirms?|emphasi[sz]es|emphasi[sz]e|express(?:es)?|welcomes?|condemns?|affirms?|recogni[sz]es?|stress(?:es)?|urges?|calls? (?:on|upon|for)|believes?|reiterates?|underlines?|commends?|submits?|declares?|supports?|recommends?)(?-u:\b)").unwrap()
});

/// A body that opens the document by publishing what it goes on to summarise: "The UN
/// Secretary-General's AI Advisory Body has launched its Interim Report: …", "OECD released
/// its Digital Economy Outlook", "The GIF Consortium has submitted recommendations to …". What
/// stands before the body: at most an owner's possessive.
static PUBLISHES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]*\)\s*)?(?P<also>\s*and\s+[^,.;()]{2,60}?)?(?:,[^.;]{2,100}?,\s*)?(?:has |have |had |today |just |recently )*(?:launched|published|released|issued|presented|unveiled|adopted|shared|submitted)\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w:-]+\s+){0,4}?(?:[Rr]eports?|[Ss]tudy|[Pp]aper|[Dd]eclaration|[Rr]ecommendations?|[Gg]uidelines|[Pp]rinciples|[Ff]ramework|[Ss]trategy|[Rr]oadmap|[Ss]tatement|[Cc]ommuniqu[ée]|[Mm]essages|[Oo]utlook|[Ii]ndex|[Ll]etter|[Aa]ssessment|[Pp]olicy [Bb]rief|[Pp]roposals?)(?-u:\b)").unwrap()
});
static PUBLISHER_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?:(?:The|the)\s+)?(?:[^.;:]{1,60}['’]s\s+)?$").unwrap());

/// What stands before a body whose meeting an opening sentence reports: a paragraph number, a
/// press release's dateline ("Riyadh, Kingdom of Saudi Arabia,19 December – "), a short
/// introductory phrase ("This year,") and "the third meeting of the".
static HELD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:\d+\.\s*)?(?:\p{Lu}[\w ,]{0,50}?,\s*\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\s*[–—-]\s*)?(?:[A-Z][\w ]{0,20},\s*)?(?:[Tt]he\s+)?(?:(?:[\w-]+\s+){0,2}(?:[Mm]eeting|[Ss]ession|[Ee]dition|[Cc]onference)\s+of\s+(?:the\s+)?)?$").unwrap()
});
/// The verb that says the body met: "was held", "took place", "(IGF) in Riyadh concluded
/// following five days of …" (a bare "met" is often a passing mention: "the OECD met in Paris";
/// "concluded that" a finding).
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*,?\s*)?(?:(?:was|were) (?:held|convened)|took place|(?:concluded|opened|closed|ended)(?:\s+(?:on|in|its|with|following|after|today|yesterday)(?-u:\b)|\s*[,.]))").unwrap()
});
/// A body's own meeting named by its possessive: "'s (FOC) fourth annual meeting", "'s 2014
/// session".
static OWN_MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*\([^)]{1,15}\))?['’]s(?:\s*\([^)]{1,15}\))?\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|session|summit|forum|assembly)(?-u:\b)").unwrap()
});
/// A sentence that opens on a proper name whose acronym follows: "This year, the Latin American
/// and Caribbean Preparatory Meeting for the Internet Governance Forum (".
static NAME_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:\d+\.\s*)?(?:[A-Z][\w ]{0,20},\s*)?(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|for|of|on|the|in))*\s*\($").unwrap()
});
/// A sentence of a first-person event report: "We started by reflecting on …", "We touched on …".
static WE_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*We (?:then |also |first |later |finally )?(?:started|touched|discussed|reflected|looked|heard|explored|concluded|ended|addressed|covered|examined|reviewed|moved|turned)(?-u:\b)").unwrap()
});
/// A body running an event or a series of them: "offers a monthly Geneva Briefing", "organises
/// an annual forum".
static RUNS_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:offers|organi[sz]es|hosts|holds|convenes|runs)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:briefings?|meetings?|forums?|workshops?|conferences?|webinars?|dialogues?|seminars?|series)(?-u:\b)").unwrap()
});
/// A title's word for a document that reports a meeting: "Chair's Summary – WSIS+20 Forum",
/// "Third Meeting of the Internet Governance Forum (IGF)", "… Forum 2025 Synthesis Document".
static VENUE_GENRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:summary|messages|meetings?|forum|briefing|consultations?|session|conference|workshop|synthesis|outcomes?|proceedings|minutes)(?-u:\b)").unwrap()
});
/// A title's word for a document a body writes or adopts: "OECD Council Recommendation on …".
static AUTHOR_GENRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:report|communiqu[ée]|declaration|resolution|recommendation|statement|submission|contribution|position paper|comments)(?-u:\b)").unwrap()
});
/// A name in a title after these words is the document's topic or recipient, not its author or
/// venue: "Recommendation on the Role of the IGF", "Submission to the Open Consultation on the
/// Review of the WSIS", "Contribution to the 4th meeting of the WGEC", "Recommendations for the IGF".
static TOPIC_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)(?:on|to|about|regarding|concerning|towards?)\s|(?-u:\b)for\s+(?:the\s+)?$)").unwrap()
});
/// The longest paragraph taken for a title line.
const TITLE_CHARS: usize = 200;
/// How far into the document title lines may stand.
const TITLE_HEAD_CHARS: usize = 400;

/// The agent of a passive ("hosted by DiploFoundation") is not the subject of what follows.
static BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)by (?:the )?$").unwrap());

/// The bodies the document speaks for or reports on, each once, with its role and the passage
/// that shows it.
pub fn document_bodies(facts: &Facts) -> Vec<(EntityId, Role, Range<usize>)> {
    let mut found = Vec::new();
    if let Some(issuer) = facts.header.issuer {
        found.push((issuer, Role::Author, facts.sentence_span(0)));
    }
    head_lines(facts, &mut found);
    title_lines(facts, &mut found);
    preamble(facts, &mut found);
    first_person(facts, &mut found);
    held_in_opening(facts, &mut found);
    runs_reported_event(facts, &mut found);
    signatories(facts, &mut found);
    let mut seen = std::collections::HashSet::new();
    found.retain(|(body, _, _)| seen.insert(*body));
    found
}

fn bodies(facts: &Facts, span: &Range<usize>) -> Vec<(EntityId, Range<usize>)> {
    facts
        .mentions_in(span)
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .map(|m| (m.entity, m.span.clone()))
        .collect()
}

/// Author and venue cues around the names in the head of the document.
fn head_lines(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    let mut last_author: Option<usize> = None;
    for (body, span) in bodies(facts, &(0..HEAD_CHARS)) {
        let before = facts.clean.str(span.start.saturating_sub(CUE_CHARS)..span.start);
        let co_author =
            last_author.is_some_and(|end| end <= span.start && CO_AUTHOR.is_match(facts.clean.str(end..span.start)));
        let after = facts.clean.str(span.end..span.end + CUE_CHARS);
        // A title line may carry a genre prefix: "Summary Report: MAG Virtual Meeting on …".
        let line = before
            .rfind('\n')
            .map_or((before.chars().count() < CUE_CHARS).then_some(before), |i| {
                Some(&before[i..])
            });
        let line_start = line.is_some_and(|l| l.trim().is_empty() || TITLE_PREFIX.is_match(l));
        let role = if AUTHOR_BEFORE.is_match(before) || co_author {
            Some(Role::Author)
        } else if VENUE_BEFORE.is_match(before) || (line_start && YEAR_AFTER.is_match(after)) {
            Some(Role::Venue)
        } else {
            GENRE_AFTER.captures(after).filter(|_| line_start).map(|genre| {
                if genre.get(1).is_some() {
                    Role::Author
                } else {
                    Role::Venue
                }
            })
        };
        // The author's own acronym in brackets ("… Commerce (ICC) and its initiative …") does
        // not end the list of authors.
        let own_acronym =
            last_author.is_some_and(|end| end <= span.start && facts.clean.str(end..span.start).trim() == "(");
        if role == Some(Role::Author) {
            last_author = Some(span.end);
        } else if !own_acronym {
            last_author = None;
        }
        if let Some(role) = role {
            found.push((body, role, facts.sentence_span(span.start)));
        }
    }
}

/// What joins a body to the author named right before it, making it an author too: "the
/// response of the International Chamber of Commerce (ICC) and its initiative Business Action to
/// Support the Information Society (BASIS)", "a contribution of APC and the Internet Society".
static CO_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:its\s+(?:[\w-]+\s+)?|the\s+)?$").unwrap()
});

/// The short paragraphs that open a document are its title. A title with a genre word names the
/// document's subject: the bodies in it held the meeting it reports ("Chair's Summary – WSIS+20
/// Forum") or wrote it ("OECD Council Recommendation on …"), unless a name is the topic the
/// title is about ("… on the Future of the IGF").
fn title_lines(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    let titles = facts
        .clean
        .paragraphs
        .iter()
        .filter(|p| !p.footnote)
        // The title ends where the running text starts: a table row further down is no title.
        .take_while(|p| {
            p.span.start < TITLE_HEAD_CHARS
                && p.span.len() <= TITLE_CHARS
                && looks_like_title(facts.clean.str(p.span.clone()))
        });
    for para in titles {
        let title = facts.clean.str(para.span.clone());
        let role = if VENUE_GENRE.is_match(title) {
            Role::Venue
        } else if AUTHOR_GENRE.is_match(title) {
            Role::Author
        } else {
            continue;
        };
        let named = bodies(facts, &para.span);
        // A name inside a longer one ("WSIS" in "WSIS+20 Forum") is not what the title names.
        let outermost = named.iter().filter(|(_, at)| {
            !named
                .iter()
                .any(|(_, other)| other != at && other.start <= at.start && at.end <= other.end)
        });
        for (body, span) in outermost.cloned() {
            if !TOPIC_BEFORE.is_match(facts.clean.str(para.span.start..span.start)) {
                found.push((body, role, para.span.clone()));
            }
        }
    }
}

/// A title is not a sentence: it does not end as one, and most of its longer words are
/// capitalised ("Third Meeting of the Internet Governance Forum (IGF)").
fn looks_like_title(text: &str) -> bool {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ';', ':', ',']) {
        return false;
    }
    let long: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
        .count();
    !long.is_empty() && capitalised * 5 >= long.len() * 3
}

/// "The General Assembly,": a paragraph that is the adopting body alone opens a resolution.
fn preamble(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    for para in facts.clean.paragraphs.iter().filter(|p| !p.footnote) {
        let named = bodies(facts, &para.span);
        let [(body, span)] = named.as_slice() else {
            continue;
        };
        let lead = facts.clean.str(para.span.start..span.start);
        let rest = facts.clean.str(span.end..para.span.end);
        if OPENING_LEAD.is_match(lead) && !lead.contains("Undersigned") && PREAMBLE_RESIDUE.is_match(rest) {
            found.push((*body, Role::Author, para.span.clone()));
        }
    }
    // Where a paragraph holds more than the adopting body ("… recommends to the Economic and
    // Social Council the adoption of the following draft resolution: … The Economic and Social
    // Council, Recalling …"), the body opening a line or following a colon or a full stop, with
    // its comma and a preambular verb after it, still adopts what follows.
    for m in facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
    {
        let before = facts.clean.str(m.span.start.saturating_sub(CUE_CHARS)..m.span.start);
        let after = facts.clean.str(m.span.end..m.span.end + CUE_CHARS);
        if PREAMBLE_OPENS.is_match(before) && PREAMBULAR_VERB_AFTER.is_match(after) {
            found.push((m.entity, Role::Author, facts.sentence_span(m.span.start)));
        }
    }
}

/// What stands before the adopting body inside a paragraph: a line break, a colon or a full stop,
/// then "The".
static PREAMBLE_OPENS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:\n|[.:])\s*The\s+$").unwrap());
/// The adopting body's comma and the preambular verb of the first paragraph after it.
static PREAMBULAR_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,30}\)\s*)?,\s+(?:Recalling|Recognizing|Recognising|Reaffirming|Noting|Welcoming|Acknowledging|Bearing in mind|Taking note|Having considered|Mindful|Emphasizing|Emphasising|Stressing|Considering|Convinced|Concerned|Guided|Expressing)(?-u:\b)").unwrap()
});

/// "We, the X …" anywhere, and a body that speaks, or publishes what the document goes on to
/// summarise, in one of the opening sentences.
fn first_person(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    for (i, sentence) in facts.clean.sentences.iter().enumerate() {
        let span = &sentence.span;
        let named = bodies(facts, span);
        let text = facts.clean.str(span.clone());
        if let Some(we) = WE_THE.find(text) {
            let after = span.start + text[..we.end()].chars().count();
            if let Some((body, _)) = named
                .iter()
                .find(|(_, at)| at.start >= after && at.start <= after + WE_BODY_CHARS)
            {
                found.push((*body, Role::Author, span.clone()));
            }
        } else if i < OPENING_SENTENCES
            && let Some((body, at)) = named.first()
            && OPENING_LEAD.is_match(facts.clean.str(span.start..at.start))
            && SPEAKS.is_match(facts.clean.str(at.end..span.end))
        {
            found.push((*body, Role::Author, span.clone()));
        } else if i < OPENING_SENTENCES
            && let Some((at, publishes)) = named.iter().take(2).find_map(|(_, at)| {
                let publishes = PUBLISHES.captures(facts.clean.str(at.end..span.end))?;
                PUBLISHER_LEAD
                    .is_match(facts.clean.str(span.start..at.start))
                    .then_some((at.clone(), publishes))
            })
        {
            // "Rwanda and Sweden, co-facilitators of the GDC process, have released a letter":
            // the bodies coordinated with the first publish it with it.
            let chars = |bytes: usize| facts.clean.str(at.end..span.end)[..bytes].chars().count();
            let coordinated = publishes
                .name("also")
                .map_or(0..0, |m| at.end + chars(m.start())..at.end + chars(m.end()));
            for (body, from) in &named {
                if from.start == at.start || coordinated.contains(&from.start) {
                    found.push((*body, Role::Author, span.clone()));
                }
            }
        }
    }
}

/// "The third meeting of the X was held at …" in the head of a document: it reports X's meeting.
/// A long name the text does not know may come before the acronym that names the body: "the
/// Latin American and Caribbean Preparatory Meeting for the Internet Governance Forum (LACIGF)
/// was held".
fn held_in_opening(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    for sentence in facts.clean.sentences.iter().take_while(|s| s.span.start < HEAD_CHARS) {
        let span = &sentence.span;
        let named = bodies(facts, span);
        let held = |at: &Range<usize>| HELD.is_match(facts.clean.str(at.end..span.end));
        // The first body after the dateline, which may name a government ("Riyadh, Kingdom of
        // Saudi Arabia, 19 December – The IGF …").
        let first = named
            .iter()
            .find(|(_, at)| HELD_LEAD.is_match(facts.clean.str(span.start..at.start)) && held(at));
        let acronym = named.iter().find(|(_, at)| {
            NAME_LEAD.is_match(facts.clean.str(span.start..at.start))
                && facts.clean.str(at.end..at.end + 1) == ")"
                && HELD.is_match(facts.clean.str(at.end + 1..span.end))
        });
        // "Estonia … organized the Freedom Online Coalition's (FOC) fourth annual meeting and
        // conference on April 28-29 in Tallinn": the body whose dated meeting the opening names.
        let own_meeting = || {
            // Any year stands in for the one a day and month leave out ("on April 28-29"): only
            // whether the sentence dates something matters here.
            let text = facts.clean.str(span.clone());
            if super::dates::find_dates_in_year(text, Some("2000")).is_empty() {
                return None;
            }
            named
                .iter()
                .find(|(_, at)| OWN_MEETING_AFTER.is_match(facts.clean.str(at.end..span.end)))
        };
        // "More than 3000 experts … participated in the recent WSIS Forum 2019 to …".
        let attended = || {
            named.iter().find(|(_, at)| {
                ATTENDED_BEFORE
                    .captures(facts.clean.str(span.start..at.start))
                    .is_some_and(|lead| {
                        lead.name("year").is_some() || EDITION_AFTER.is_match(facts.clean.str(at.end..span.end))
                    })
            })
        };
        if let Some((body, _)) = first.or(acronym).or_else(own_meeting).or_else(attended) {
            found.push((*body, Role::Venue, span.clone()));
        }
    }
}

/// What names the event the opening's people attended: "participated in the recent ", "took
/// part in the 2019 ", "gathered at the ".
static ATTENDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:participated in|took part in|attended|gathered (?:at|for|in)|convened at)\s+(?:the\s+)?(?:(?:recent|annual|latest|(?P<year>(?:19|20)\d{2}))\s+)*$").unwrap()
});
/// An edition of the event after its body's name: "WSIS Forum 2019". An event attended is dated
/// by its edition, before or after its name.
static EDITION_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:19|20)\d{2}(?-u:\b)").unwrap());

/// A statement, letter or contribution that ends on signature blocks ("Adiel A. Akplogan, CEO" /
/// "African Network Information Center (AFRINIC)") is the signing organisations' own.
fn signatories(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    let closing = facts.clean.chars().len().saturating_sub(SIGNATURES_CHARS);
    for a in facts.affiliations.iter().filter(|a| a.evidence.start >= closing) {
        if super::people::is_signature(&facts.text(&a.evidence)) {
            found.push((a.body, Role::Author, a.evidence.clone()));
        }
    }
}

/// In a first-person event report, the body the text says runs such events is their venue.
fn runs_reported_event(facts: &Facts, found: &mut Vec<(EntityId, Role, Range<usize>)>) {
    let sentences = &facts.clean.sentences;
    if !sentences
        .iter()
        .any(|s| WE_REPORT.is_match(facts.clean.str(s.span.clone())))
    {
        return;
    }
    for sentence in sentences {
        let span = &sentence.span;
        let text = facts.text(span);
        for cue in RUNS_EVENT.find_iter(&text) {
            let at = span.start + text[..cue.start()].chars().count();
            let runner = bodies(facts, &(span.start..at))
                .into_iter()
                .rev()
                .find(|(_, s)| !BY_BEFORE.is_match(facts.clean.str(span.start..s.start)));
            if let Some((body, _)) = runner {
                found.push((body, Role::Venue, span.clone()));
            }
        }
    }
}

/// "… was co-organized by ITU, UNESCO, UNCTAD and UNDP": the cue that names who organised or
/// convened what the sentence's subject is (a host lends the place, not the agenda).
static ORGANISED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:was|were|is|are|has been|have been)\s+(?:jointly\s+|also\s+)?(?:co-)?(?:organi[sz]ed|convened)\s+(?:jointly\s+)?by\s").unwrap()
});
/// Where the list of organisers ends: a partnership of others ("in close collaboration with
/// all UN agencies"), a place or time, or the clause.
static ORGANISERS_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:in (?:close )?(?:collaboration|cooperation|partnership|consultation)|with|in|on|at|from|during|under)\s|[;.:()]").unwrap()
});
/// A subject that stands for the event the document reports: "The forum", "This year's meeting".
static EVENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W*(?:the|this|this year['’]s)\s+(?:forum|meeting|event|conference|summit|session|consultations?)\s+$",
    )
    .unwrap()
});

/// The organisers of the event the document reports, whose `venues` are known, are its venue
/// too: "WSIS Forum 2019 … The forum was co-organized by ITU, UNESCO, UNCTAD and UNDP, in close
/// collaboration with …" (the partners after "in collaboration with" are not).
pub fn organisers_of_venue(facts: &Facts, venues: &[EntityId]) -> Vec<EntityId> {
    let mut organisers = Vec::new();
    if venues.is_empty() {
        return organisers;
    }
    for sentence in &facts.clean.sentences {
        let span = &sentence.span;
        let text = facts.clean.str(span.clone());
        let Some(cue) = ORGANISED_BY.find(text) else {
            continue;
        };
        let at = span.start + text[..cue.start()].chars().count();
        let venue_subject = bodies(facts, &(span.start..at))
            .last()
            .is_some_and(|(b, s)| venues.contains(b) && YEAR_ONLY.is_match(facts.clean.str(s.end..at)));
        if !venue_subject && !EVENT_SUBJECT.is_match(facts.clean.str(span.start..at)) {
            continue;
        }
        let rest = &text[cue.end()..];
        let from = at + text[cue.start()..cue.end()].chars().count();
        let to = from
            + ORGANISERS_END
                .find(rest)
                .map_or(rest, |end| &rest[..end.start()])
                .chars()
                .count();
        organisers.extend(bodies(facts, &(from..to)).into_iter().map(|(body, _)| body));
    }
    organisers
}

/// What may stand between a venue's name and the verb: its edition year.
static YEAR_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:(?:19|20)\d{2}\s*)?$").unwrap());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genre_follows_a_title_body() {
        assert!(GENRE_AFTER.captures(" 2014 Chair's Summary").unwrap().get(2).is_some());
        assert!(GENRE_AFTER.captures(" Resolution 2006/46").unwrap().get(1).is_some());
        assert!(!GENRE_AFTER.is_match(" and the Internet Governance Forum"));
        assert!(
            GENRE_AFTER
                .captures(" Virtual Meeting on Community Intersessional Activities")
                .unwrap()
                .get(2)
                .is_some()
        );
        assert!(!GENRE_AFTER.is_match(" members attended the meeting"));
        // Internet Society, views on the GDC's first revision (2024): the body's possessive.
        assert!(GENRE_AFTER.captures("’s Initial Views").unwrap().get(1).is_some());
        assert!(!GENRE_AFTER.is_match("’s role in the digital economy"));
        assert!(TITLE_PREFIX.is_match("Summary Report: "));
        assert!(!TITLE_PREFIX.is_match("The report, in its conclusions, notes: "));
    }

    #[test]
    fn author_lines_name_their_author_not_a_report_cited() {
        assert!(AUTHOR_BEFORE.is_match("Executive summary Report of the "));
        assert!(AUTHOR_BEFORE.is_match("I am speaking on behalf of a "));
        assert!(!AUTHOR_BEFORE.is_match("[on the report of the "));
        assert!(VENUE_BEFORE.is_match("Joint Statement Presented at the 58th Session of the "));
        assert!(!VENUE_BEFORE.is_match("Sixtieth session "));
        assert!(!VENUE_BEFORE.is_match("The contribution to the 4th meeting of "));
    }

    #[test]
    fn a_title_is_capitalised_and_not_a_sentence() {
        assert!(looks_like_title("Chair’s Summary – WSIS+20 Forum"));
        assert!(looks_like_title(
            "OECD Council Recommendation on Principles for Internet Policy Making"
        ));
        assert!(looks_like_title(
            "Summary of Second IGF 2020 MAG Meeting Day 1 (17 June)"
        ));
        assert!(!looks_like_title("The WSIS+20 Forum was mentioned in passing."));
        assert!(!looks_like_title(
            "the report notes that the forum met in Paris and discussed access"
        ));
    }

    #[test]
    fn we_and_the_body_after_it_speak_also_after_an_opening_phrase() {
        // G20 digital economy ministerial declaration (Riyadh, 2020).
        assert!(WE_THE.is_match("1. Building on the achievements of past Presidencies, we, the G20 Ministers"));
        assert!(WE_THE.is_match("We, the participants of the Forum"));
        assert!(!WE_THE.is_match("As we discussed, the G20 Ministers met"));
    }

    #[test]
    fn an_opening_sentence_has_the_body_speak() {
        assert!(SPEAKS.is_match(" reaffirms the importance of multi stakeholder participation"));
        assert!(SPEAKS.is_match(" Members express deep concern"));
        assert!(!SPEAKS.is_match(" is a group of countries committed to advancing"));
    }
}
