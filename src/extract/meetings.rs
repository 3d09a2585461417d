//! Meetings, sessions and events with their dates, the body that held or convened them, and
//! how many took part: "The group held five meetings …: 30 September 2016, 26-27 January 2017",
//! "The Chair of the CSTD convened this one-day meeting … on 18 May 2012".
//!
//! A sentence may name several bodies besides the one that met: the body a report is made to,
//! the body that reported, the body whose headquarters lent the room, or a body whose name is
//! only part of a longer one ("the West African Internet Governance Forum" is not the IGF). The
//! convenor of each date is therefore chosen by the role the text gives it, from the strongest
//! cue to the weakest (see [`convenors`]).

use super::dates::{DateHit, find_dates, find_dates_in_year};
use super::{EntityId, Extractor, Facts, Meeting, Mention};
use crate::text::Offsets;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words that say a sentence dates a meeting; "adopted by" dates the meeting of the body that
/// adopted a text ("Resolution adopted by the Human Rights Council on 5 July 2018").
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meetings?|sessions?|held|convened|met|conferences?|summits?|workshops?|consultations?|took place|take place|hosted|adopted by)(?-u:\b)").unwrap()
});
/// A verb phrase saying its subject met: "was held", "met", "took place", "was planned to take
/// place", "convened".
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:was|were|is|will be|has been|had been)\s+(?:(?:first|successfully|officially|virtually|jointly)\s+)?(?:held|convened|organi[sz]ed)|(?:(?:was|were|is|are) (?:planned|scheduled|due) to\s+)?(?:(?:officially|formally)\s+)?(?:met|meets|meet|took place|takes place|take place|convened|gathered|opened))(?-u:\b)").unwrap()
});
/// A year that ends a meeting's name: "WSIS Forum 2019".
static NAME_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ ((?:19|20)\d{2})(?-u:\b)").unwrap());
/// A year.
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)").unwrap());
/// "meeting of the CSTD", "the first phase of the Summit", "adopted by the Council on …": the
/// body after these words is the one that met.
static OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:meetings?|sessions?|conference|phase) of|adopted by) (?:the )?$").unwrap()
});
/// A body named right before the word for its meeting: "MAG Meeting", "the Multistakeholder
/// Advisory Group (MAG) meeting", "Virtual MAG Meeting", "IGF 2018 First Open Consultations",
/// "Economic and Social Council Substantive session" name the body that met.
static BODY_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s*\([^)]{1,15}\))?(?:\s+[\w-]+){0,3}?\s+(?:meetings?|sessions?|consultations?)(?-u:\b)")
        .unwrap()
});
/// "General Assembly resolution 70/125 of 16 December 2015", "its resolution 2006/46 of 28 July
/// 2006": the date a resolution or decision was adopted, a meeting of the body that adopted it.
static ADOPTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(its |their )?(?:resolutions?|decisions?)\s+\d[\w/.-]*\s+of\s*$").unwrap()
});
/// "hosted by X", "convened by X", "convened with the support of X", "organized by X",
/// "co-organized with X", "the local host X": the body after these words convened it.
static HOSTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:hosted|convened|organi[sz]ed)(?: and [a-z]+)? (?:by|with the support of)|(?:co-organi[sz]ed|jointly|in (?:cooperation|collaboration|partnership)) with|(?:local|the) host(?: country| organi[sz]ation| institution)?,?(?: -| –)?) (?:the )?$").unwrap()
});
/// A word that names a meeting's host, which a sentence may give without dating the meeting.
static HOST_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)host(?:ed)?(?-u:\b)").unwrap());
/// "The event is co-organized by ITU, UNESCO, UNDP and UNCTAD", "The IGF Conference was jointly
/// convened by UN-ESCWA, LAS and …": a sentence on the meeting just dated, by its generic name,
/// that gives its organisers without dating it again.
static EVENT_ORGANISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:the|this) (?:[\w-]+ ){0,3}?(?:event|meeting|forum|conference|summit|consultation|session|workshop)(?-u:\b)[^.;:]{0,40}?(?:co-)?(?:organi[sz]ed|convened) by(?-u:\b)").unwrap()
});
/// The words between two bodies of one list: "organized by ITU, UNESCO and UNDP".
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:,|,? and|,? &)\s+(?:the\s+)?$").unwrap());
/// "X … hosted", "the offer of X to host", "ITU initiated the … consultation": the body before
/// these words hosted it.
static HOSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:for having |for |to |has |had |which |that |, which )?(?:host(?:ed|s|ing)?|initiated|launched|convened|organi[sz]ed)(?-u:\b)").unwrap()
});
/// "at ITU Headquarters", "at the headquarters of the ITU", "Geneva, 18 May 2006, ITU, room H":
/// the body that lent its premises,
/// the convenor only when the text names no other.
static PREMISES_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:Headquarters|HQ|,\s*[Rr]oom)(?-u:\b)").unwrap());
static PREMISES_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)headquarters of (?:the )?$").unwrap());
/// The agent of another passive ("reported by the Secretariat", "endorsed by the General
/// Assembly") or the body told of it ("inform the General Assembly", "reiterated to the MAG")
/// did not hold the meeting.
static NOT_HOLDER_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:by|to|inform(?:ed|s)?) (?:the )?$").unwrap());
static NOT_HOLDER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\([^)]{1,15}\)\s*)?(?:reported|informed|announced|noted|said|stated|explained|recalled|reiterated|presented)(?-u:\b)").unwrap()
});
/// A capitalised word before a body's name makes it part of a longer name: "the 7th West
/// African Internet Governance Forum", "the Katowice IGF Messages".
static NAME_MODIFIER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S\s+[A-Z][a-z]+\s+$").unwrap());
/// A deadline ("by 31 December", "until 15 May") is not a meeting.
static DEADLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:by|until|till|before|deadline(?: of| is)?)\s*$").unwrap());
/// A document's own date ("Distr.: General 15 March 2006", "[Draft, 13:30 UTC+3, 5 September
/// 2014]", "Meeting Report v2.0 17 May 2007", "marked as final on 6 January 2022", "Document
/// ALC2/2/02-E 8 May 2006") is when it was issued, not when anyone met.
pub(super) static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)distr\.?\s*:?\s*(?:general|limited|restricted)?|(?-u:\b)draft(?-u:\b)[^\]\n]{0,25}|(?-u:\b)v(?:ersion)?\s*\d+(?:\.\d+)*|(?-u:\b)(?:final|published|issued|updated|released|dated|revised)(?: on)?|(?-u:\b)document\s+[\w/.-]*\d[\w/.-]*)[\s,:|]*$").unwrap()
});
static THIS_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)this (?:[\w-]+ )?(?:meeting|session|event)(?-u:\b)").unwrap());
/// "the Summit", "the Conference": an event named by its head noun alone.
static THE_EVENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)the (Summit|Conference|Forum)(?-u:\b)").unwrap());
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)attended by ([^.;]*)").unwrap());
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)\d{1,6}(?-u:\b)").unwrap());
/// Capitalised words that may stand before a body's name without making a longer name.
const NOT_MODIFIERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Its",
    "Their",
    "Our",
    "At",
    "In",
    "On",
    "Of",
    "For",
    "By",
    "And",
    "To",
    "With",
    "From",
    "Virtual",
    "Online",
    "Annual",
    "Special",
    "Joint",
    "Regular",
    "Extraordinary",
    // An edition's ordinal: "The First ASEM ICT Ministerial Meeting".
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Inaugural",
];

/// Fills [`Facts::meetings`].
pub fn find_meetings(facts: &mut Facts, ex: &Extractor) {
    let year = document_year(facts);
    // Read once, and only for a document that has a date no body holds.
    let venue = std::cell::OnceCell::new();
    for si in 0..facts.clean.sentences.len() {
        let span = facts.clean.sentences[si].span.clone();
        let text = facts.text(&span);
        count_participants(facts, &span, &text);
        let dates = find_dates_in_year(&text, sentence_year(&text).or(year.as_deref()));
        if dates.is_empty() {
            if HOST_WORD.is_match(&text) || EVENT_ORGANISED.is_match(&text) {
                dateless_hosts(facts, ex, &span);
            }
            session_header(facts, ex, si);
            opened_today(facts, ex, &span, &text);
            continue;
        }
        if FIELD_DATE.is_match(&text)
            && let Some(event) = event_of_document(facts)
        {
            let d = dates[0].clone();
            add_meeting(facts, ex, &span, &d, Some(event), true);
            continue;
        }
        let mentioned: Vec<&Mention> = facts.mentions_in(&span).collect();
        let edition = |d: &DateHit| edition_body(facts, &mentioned, d.start.get(..4).unwrap_or("")).is_some();
        if !CUE.is_match(&text)
            && !ordinal_named(facts, &span)
            && !dates
                .iter()
                .any(|d| dateline_body(facts, &span, span.start + d.span.start).is_some() || edition(d))
        {
            continue;
        }
        let reported = THIS_MEETING.is_match(&text);
        let offsets = Offsets::new(&text);
        let cues: Vec<usize> = CUE
            .find_iter(&text)
            .map(|m| span.start + offsets.chars(m.range()).start)
            .collect();
        let days: Vec<usize> = dates.iter().map(|d| span.start + d.span.start).collect();
        for d in dates {
            let before: String = text.chars().take(d.span.start).collect();
            if DEADLINE.is_match(&before) || PUBLISHED.is_match(&before) {
                continue;
            }
            let at = span.start + d.span.start;
            let held = convenors(facts, &span, at, &cues, &days, &before, d.start.get(..4).unwrap_or(""));
            for convenor in with_owners(facts, &span, held) {
                let convenor = convenor.or_else(|| *venue.get_or_init(|| reported_venue(facts)));
                add_meeting(facts, ex, &span, &d, convenor, reported);
            }
        }
    }
    editions_in_brackets(facts, ex);
    organisers_share_meetings(facts, ex);
    drop_days_within(&mut facts.meetings);
    drop_years_dated_otherwise(&mut facts.meetings);
}

/// A conference named with its place and year in brackets, as the ITU and others cite their
/// conferences and what they adopted: "The World Telecommunication Standardization Assembly
/// (Johannesburg, 2008),", "WTSA Resolution 75 (Johannesburg, 2008)", "the World Summit on the
/// Information Society (Geneva 2003, Tunis 2005)".
static EDITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?:Resolution|Decision|Opinion)\s+\d+\s*)?\(((?:Rev\.\s*)?{PLACE_YEAR}(?:\s*(?:,|;|and)\s*{PLACE_YEAR})*)\)"
    ))
    .unwrap()
});
/// A place of one or two words and a year: "Johannesburg, 2008", "Geneva 2003".
const PLACE_YEAR: &str = r"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,?\s+(?:19|20)\d{2}";
/// "Resolution 64 (Johannesburg, 2008) of the World Telecommunication Standardization
/// Assembly": what a conference adopted, with its place and year, before the conference.
static EDITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:Resolution|Decision|Opinion)\s+\d+\s*\(((?:Rev\.\s*)?{PLACE_YEAR})\)\s+of\s+(?:the\s+)?$"
    ))
    .unwrap()
});
/// How far around a body its bracketed place and year are looked for, in chars.
const EDITION_CHARS: usize = 80;

/// The meetings of bodies named with a place and year in brackets: the year is all the text
/// dates them by.
fn editions_in_brackets(facts: &mut Facts, ex: &Extractor) {
    let mut found = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        if facts.entities[m.entity].kind != Kind::Body {
            continue;
        }
        let after = facts.text(&(m.span.end..m.span.end + EDITION_CHARS));
        let before = facts.text(&(m.span.start.saturating_sub(EDITION_CHARS)..m.span.start));
        let editions = EDITION_AFTER
            .captures(&after)
            .or_else(|| EDITION_BEFORE.captures(&before))
            .map(|c| c[1].to_string());
        for year in editions.iter().flat_map(|e| YEAR.find_iter(e)) {
            found.push((m.entity, year.as_str().to_string(), m.span.clone()));
        }
    }
    for (body, year, at) in found {
        let sentence = facts.sentence_span(at.start);
        let hit = DateHit {
            span: at,
            start: year,
            end: None,
        };
        add_meeting(facts, ex, &sentence, &hit, Some(body), false);
    }
}

/// A year a body met in is no meeting of its own where the text also dates that meeting more
/// precisely.
fn drop_years_dated_otherwise(meetings: &mut Vec<Meeting>) {
    let dated: Vec<(Option<EntityId>, String)> = meetings
        .iter()
        .filter(|m| m.start.len() > 4)
        .map(|m| (m.convenor, m.start[..4].to_string()))
        .collect();
    meetings.retain(|m| m.start.len() != 4 || !dated.iter().any(|(c, y)| *c == m.convenor && *y == m.start));
}

/// A line that is a body and its session, alone: "Human Rights Council Thirty-eighth session",
/// "Commission on Science and Technology for Development Twenty-seventh session", "IGF 2016 –
/// Opening session".
static SESSION_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:(?:19|20)\d{2}\s+)?(?:[–—:-]\s*)?(?:[\w-]+\s+){0,3}session\s*$").unwrap());
/// What may open the line under a session line before its dates: the place ("Geneva, ").
static PLACE_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s*)?$").unwrap());

/// The head of a UN document names the session it was issued for on one line and dates it on
/// the next: "Human Rights Council Thirty-eighth session" over "18 June–6 July 2018 Agenda item
/// 3", "… Twenty-seventh session" over "Geneva, 15–19 April 2024". That session is the body's
/// meeting.
fn session_header(facts: &mut Facts, ex: &Extractor, si: usize) {
    let span = facts.clean.sentences[si].span.clone();
    let Some(next) = facts.clean.sentences.get(si + 1).map(|s| s.span.clone()) else {
        return;
    };
    let Some(body) = facts
        .mentions_in(&span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .find(|m| {
            facts.clean.str(span.start..m.span.start).trim().is_empty()
                && SESSION_LINE.is_match(facts.clean.str(m.span.end..span.end))
        })
        .map(|m| m.entity)
    else {
        return;
    };
    let text = facts.text(&next);
    let Some(d) = find_dates_in_year(&text, None).into_iter().next() else {
        return;
    };
    let lead: String = text.chars().take(d.span.start).collect();
    if PLACE_LEAD.is_match(&lead) {
        add_meeting(facts, ex, &next, &d, Some(body), false);
    }
}

/// What may stand between an event's name and the first body organising it: "The WSIS Forum,
/// co-organized by ITU, UNESCO, UNDP and UNCTAD, …", "EuroDIG 2020 (organised by …".
static ORGANISED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^\s*(?:(?:19|20)\d{{2}}\s*)?(?:\([^()]{{1,20}}\)\s*)?[,(]?\s*(?:which\s+(?:is|was|has been)\s+|(?:is|was|were|has been)\s+)?{ORGANISED_VERB}")).unwrap()
});
/// The verb of organising and its "by": "co-organized since 2006 by the".
const ORGANISED_VERB: &str = r"(?:jointly\s+)?(?:co-)?(?:organi[sz]ed|coordinated)\s+(?:jointly\s+)?(?:since\s+(?:19|20)\d{2}\s+)?by\s+(?:the\s+)?$";

/// "… is coordinated by ITU and has been co-organized since 2006 by ITU, UNESCO …": a second
/// organising verb after the first organiser goes on with the list.
static ALSO_ORGANISED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:\([^()]{{1,20}}\)\s*)?,?\s*and\s+(?:(?:is|was|were|has been|have been)\s+)?{ORGANISED_VERB}"
    ))
    .unwrap()
});

/// The bodies a document says organise an event ("The WSIS Forum, co-organized by ITU, UNESCO,
/// UNDP and UNCTAD, …") hold its meetings with it, wherever the document dates them.
fn organisers_share_meetings(facts: &mut Facts, ex: &Extractor) {
    let mut organisers: Vec<(EntityId, EntityId)> = Vec::new();
    let bodies: Vec<&Mention> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .collect();
    for (i, event) in bodies.iter().enumerate() {
        let mut previous: Option<&Mention> = None;
        for m in &bodies[i + 1..] {
            let gap = facts
                .clean
                .str(previous.map_or(event.span.end, |p| p.span.end)..m.span.start);
            let joined = if previous.is_none() {
                ORGANISED_BY.is_match(gap)
            } else {
                LIST_GAP.is_match(gap) || ALSO_ORGANISED_BY.is_match(gap)
            };
            if !joined {
                break;
            }
            if m.entity != event.entity && !organisers.contains(&(event.entity, m.entity)) {
                organisers.push((event.entity, m.entity));
            }
            previous = Some(m);
        }
    }
    organisers.extend(organisers_before(facts, &bodies));
    for (event, organiser) in organisers {
        let held: Vec<Meeting> = facts
            .meetings
            .iter()
            .filter(|m| m.convenor == Some(event))
            .cloned()
            .collect();
        for meeting in held {
            let hit = DateHit {
                span: 0..0,
                start: meeting.start.clone(),
                end: meeting.end.clone(),
            };
            add_meeting(facts, ex, &meeting.evidence, &hit, Some(organiser), meeting.reported);
        }
    }
}

/// "The Kenya ICT Action Network (KICTAnet) in partnership with industry stakeholders, convened
/// and organized the Kenya IGF 2021": the subject convened the event named after the verb.
static ORGANISES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:[^.;:]{0,60}?,\s*)?(?:has |had |have |also )?(?:co-)?(?:convened|organi[sz]ed|hosted)(?:\s+and\s+(?:co-)?(?:convened|organi[sz]ed|hosted))?\s+(?:the\s+)?$").unwrap()
});

/// (event, organiser) pairs of an organiser named before the event it convened ([`ORGANISES`]).
fn organisers_before(facts: &Facts, bodies: &[&Mention]) -> Vec<(EntityId, EntityId)> {
    bodies
        .windows(2)
        .filter(|w| w[0].entity != w[1].entity && w[0].span.end <= w[1].span.start)
        .filter(|w| ORGANISES.is_match(facts.clean.str(w[0].span.end..w[1].span.start)))
        .map(|w| (w[1].entity, w[0].entity))
        .collect()
}

/// "It was attended by 54 governments and 77 other participants": the count of the meeting
/// last dated.
fn count_participants(facts: &mut Facts, span: &Range<usize>, text: &str) {
    if let Some(cap) = ATTENDED.captures(text) {
        let total: u32 = NUMBER
            .find_iter(&cap[1])
            .filter_map(|n| n.as_str().parse::<u32>().ok())
            .sum();
        if let Some(last) = facts.meetings.iter_mut().rev().find(|m| m.evidence.end <= span.end) {
            last.participants = Some(total);
        }
    }
}

/// Records a dated meeting of `convenor` found in the sentence `span`, once per body and day.
fn add_meeting(
    facts: &mut Facts,
    ex: &Extractor,
    span: &Range<usize>,
    d: &DateHit,
    convenor: Option<EntityId>,
    reported: bool,
) {
    if facts
        .meetings
        .iter()
        .any(|m| m.start == d.start && m.convenor == convenor)
    {
        return;
    }
    let place = facts
        .mentions_in(span)
        .find(|m| facts.entities[m.entity].kind == Kind::Place)
        .map(|m| m.entity);
    let who = convenor.map_or_else(String::new, |c| {
        let iri = &facts.entities[c].iri;
        ex.vocab
            .get(iri)
            .map_or_else(|| facts.entities[c].label.clone(), |v| v.short_label().to_string())
            + " "
    });
    facts.meetings.push(Meeting {
        label: format!("{who}meeting, {}", d.start),
        start: d.start.clone(),
        end: d.end.clone(),
        convenor,
        participants: None,
        place,
        reported,
        evidence: span.clone(),
    });
}

/// "The Internet Governance Forum (IGF) officially opened in Vilnius today", "The sixteenth
/// meeting of the Bureau … ended today in Paris", "The General Assembly this afternoon endorsed
/// …": a press release's body that met "today" met on the day the release is dated.
fn opened_today(facts: &mut Facts, ex: &Extractor, span: &Range<usize>, text: &str) {
    if !TODAY.is_match(text) {
        return;
    }
    let Some(date) = facts.header.date.clone().filter(|d| d.len() == 10) else {
        return;
    };
    let bodies = match super::subjects::of_sentence(facts, span) {
        Some(subjects) => {
            let predicate = facts.clean.str(subjects.predicate..span.end);
            (HELD.is_match(predicate) || ENDED.is_match(predicate) || SAT.is_match(predicate))
                .then_some(subjects.bodies)
        }
        // "The sixteenth meeting of the Bureau … (IFAP) ended today": the body whose meeting
        // the subject names.
        None => facts
            .mentions_in(span)
            .find(|m| facts.entities[m.entity].kind == Kind::Body)
            .filter(|m| MEETING_OF_LEAD.is_match(facts.clean.str(span.start..m.span.start)))
            .filter(|m| {
                let predicate = facts.clean.str(m.span.end..span.end);
                let predicate = ACRONYM_LEAD
                    .find(predicate)
                    .map_or(predicate, |a| &predicate[a.end()..]);
                HELD.is_match(predicate) || ENDED.is_match(predicate)
            })
            .map(|m| vec![m.entity]),
    };
    let Some(bodies) = bodies else {
        return;
    };
    let d = DateHit {
        span: 0..0,
        start: date,
        end: None,
    };
    for body in bodies {
        add_meeting(facts, ex, span, &d, Some(body), true);
    }
}

/// A subject naming a body's meeting: "The sixteenth meeting of the ".
static MEETING_OF_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*[Tt]he\s+(?:[\w-]+\s+){0,3}(?:meeting|session|conference)\s+of\s+(?:the\s+)?$").unwrap()
});
/// A body's acronym in brackets after its name, and the space before the verb: " (IFAP) ".
static ACRONYM_LEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,15}\))?\s*").unwrap());
/// A meeting's end reported on its last day: "ended today in Paris", "closed today".
static ENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:officially|formally)\s+)?(?:ended|closed|concluded)\s+(?:today|in\s)").unwrap()
});
/// "today" in a press release.
static TODAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:today|this (?:morning|afternoon|evening))(?-u:\b)").unwrap());
/// "The General Assembly this afternoon endorsed …": a body acting in a part of the day of a
/// meetings-coverage release sat that day, whatever it did.
static SAT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^this (?:morning|afternoon|evening) \p{Ll}").unwrap());

/// A field of an event's page or minutes that dates it: "When: October 2, 2009", "Date: 03
/// June 2015".
static FIELD_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\W*(?:When|Date|Dates|Date and time|Date and venue)\s*:").unwrap());

/// The event a document is the page or the minutes of: the meeting its head names with its
/// year ("2009 IGF-USA", "WSIS Forum 2019"), the venue its title or opening gives, else the
/// first body the head names before the word for its meeting ("the 22nd AFRINIC Public Policy
/// Meeting").
fn event_of_document(facts: &Facts) -> Option<EntityId> {
    let head_end = head_end(facts);
    let edition_first = || {
        head_bodies(facts)
            .find(|m| YEAR_BEFORE.is_match(facts.clean.str(m.span.start.saturating_sub(6)..m.span.start)))
            .map(|m| m.entity)
    };
    let named_meeting_of = || {
        head_bodies(facts)
            .find(|m| MEETING_AFTER.is_match(facts.clean.str(m.span.end..(m.span.end + 40).min(head_end))))
            .map(|m| m.entity)
    };
    named_meeting(facts)
        .map(|(body, _)| body)
        .or_else(edition_first)
        .or_else(|| reported_venue(facts))
        .or_else(named_meeting_of)
}

/// How much of a document's head is read for the event it is about, in chars.
const HEAD_EVENT_CHARS: usize = 2000;
/// A year right before a body's name: "2009 IGF-USA".
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\s)(?:19|20)\d{2}\s$").unwrap());
/// A body's own meeting named after it: " Public Policy Meeting", " Annual Meeting".
static MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:Meeting|Conference|Summit|Forum)(?-u:\b)").unwrap()
});

/// A day inside another meeting of the same body ("adopted by the Summit on 12 December 2003"
/// of a summit held 10 to 12 December) is that meeting, already dated by its first day.
fn drop_days_within(meetings: &mut Vec<Meeting>) {
    let ranges: Vec<(Option<EntityId>, String, String)> = meetings
        .iter()
        .filter_map(|m| Some((m.convenor, m.start.clone(), m.end.clone()?)))
        .collect();
    meetings.retain(|m| {
        !ranges
            .iter()
            .any(|(c, start, end)| *c == m.convenor && m.start.len() == 10 && *start < m.start && m.start <= *end)
    });
}

/// The one year a sentence names, for its days and months written without one ("EuroDIG 2020
/// was planned to take place … from 10-12 June").
fn sentence_year(text: &str) -> Option<&str> {
    let mut years = YEAR.find_iter(text).map(|m| m.as_str());
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// The year a document's undated days belong to: its own date's, else its first full date's.
/// A document that gives no full date may still give its year in the name of the meeting it
/// reports ("the WSIS Forum 2019", "IGF 2018 First Open Consultations").
fn document_year(facts: &Facts) -> Option<String> {
    let date = facts.header.date.clone().or_else(|| {
        let head = facts.clean.slice(0..facts.clean.chars().len().min(2000));
        find_dates(&head).into_iter().map(|d| d.start).next()
    });
    match date {
        Some(date) => date.get(..4).map(str::to_string),
        None => named_meeting(facts).map(|(_, year)| year).or_else(|| only_year(facts)),
    }
}

/// The one year a document's head names, if it names one only ("The FOC conference of 2014 …"
/// under "… annual meeting and conference on April 28-29 in Tallinn").
fn only_year(facts: &Facts) -> Option<String> {
    let head = facts.clean.slice(0..facts.clean.chars().len().min(HEAD_YEAR_CHARS));
    // "the 2030 Agenda" names a plan, not a year of the document.
    let mut years = YEAR
        .find_iter(&head)
        .filter(|m| !head[m.end()..].trim_start().starts_with("Agenda"))
        .map(|m| m.as_str());
    let first = years.next()?;
    years.all(|y| y == first).then(|| first.to_string())
}

/// How much of a document's head is read for the one year it names.
const HEAD_YEAR_CHARS: usize = 5000;

/// The first meeting the head of a document names by its body and year ("the recent WSIS Forum
/// 2019"), which a document with no title naming its meeting reports.
fn named_meeting(facts: &Facts) -> Option<(EntityId, String)> {
    let head_end = head_end(facts);
    head_bodies(facts).find_map(|m| {
        let tail = facts.clean.str(m.span.end..(m.span.end + 6).min(head_end));
        NAME_YEAR.captures(tail).map(|c| (m.entity, c[1].to_string()))
    })
}

/// Where the head of a document, which names the event it is about, ends: a char offset.
fn head_end(facts: &Facts) -> usize {
    facts.clean.chars().len().min(HEAD_EVENT_CHARS)
}

/// The bodies the head of a document names, in text order.
fn head_bodies(facts: &Facts) -> impl Iterator<Item = &Mention> {
    let end = head_end(facts);
    facts
        .mentions
        .iter()
        .filter(move |m| m.span.end < end && facts.entities[m.entity].kind == Kind::Body)
}

/// The bodies a sentence opens on when its verb says they met: "The WSIS Forum 2015 was held
/// from the 25–29 May 2015 at the ITU Headquarters", "EuroDIG 2020 was planned to take place
/// …": the premises named after are where, not who.
fn meeting_subjects(facts: &Facts, span: &Range<usize>) -> Option<Vec<EntityId>> {
    let subjects = super::subjects::of_sentence(facts, span)?;
    HELD.is_match(facts.clean.str(subjects.predicate..span.end))
        .then_some(subjects.bodies)
}

/// "The Caribbean Telecommunications Union's (CTU) 12th Caribbean Internet Governance Forum":
/// the body whose forum or meeting it is, by the possessive before the name of the one that
/// met, convened it with the bodies `met`.
fn with_owners(facts: &Facts, span: &Range<usize>, mut met: Vec<Option<EntityId>>) -> Vec<Option<EntityId>> {
    let bodies: Vec<&Mention> = facts
        .mentions_in(span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .collect();
    let mut owners = Vec::new();
    for m in bodies.iter().filter(|m| met.contains(&Some(m.entity))) {
        let lead = facts.clean.str(span.start..m.span.start);
        let Some(gap) = OWNER_BEFORE.find(lead) else {
            continue;
        };
        let owner_end = span.start + lead[..gap.start()].chars().count();
        if let Some(owner) = bodies.iter().find(|o| o.span.end == owner_end && o.entity != m.entity) {
            owners.push(Some(owner.entity));
        }
    }
    for owner in owners {
        if !met.contains(&owner) {
            met.push(owner);
        }
    }
    met
}

/// The possessive and what may stand between it and the name of a body's own event: its
/// acronym, an ordinal ("'s (CTU) 12th", "'s annual").
static OWNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)['’]s\s+(?:\([^)]{1,15}\)\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural)\s+)?$").unwrap()
});

/// An ordinal before a forum's name numbers its meetings: "the 10th Internet Governance Forum
/// on 13 November 2015", "the Third African IGF".
static ORDINAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?:annual\s+)?$").unwrap()
});

/// Whether the sentence `span` numbers a body's meeting by an ordinal before its name.
fn ordinal_named(facts: &Facts, span: &Range<usize>) -> bool {
    facts.mentions_in(span).any(|m| {
        facts.entities[m.entity].kind == Kind::Body
            && ORDINAL_BEFORE.is_match(
                facts
                    .clean
                    .str(m.span.start.saturating_sub(20).max(span.start)..m.span.start),
            )
    })
}

/// What may stand between a body and the body its name opens: its acronym.
static COMPOUND_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:\([^)]{1,12}\)\s*)?$").unwrap());

/// "the meeting of the Commission on Science and Technology for Development (CSTD) Working
/// Group (WG) on improvements to the IGF": a body right before another one is part of its name
/// ("the CSTD Working Group"); the meeting is the last one's.
pub(super) fn compound_head<'a>(facts: &Facts, bodies: &[&'a Mention], m: &'a Mention) -> &'a Mention {
    let mut head = m;
    while let Some(next) = bodies
        .iter()
        .find(|n| n.span.start >= head.span.end && COMPOUND_GAP.is_match(facts.clean.str(head.span.end..n.span.start)))
    {
        head = next;
    }
    head
}

/// The bodies that held the meeting dated at `at` in the sentence `span`, strongest cue first:
/// the body whose resolution the date is of; the body named with its meeting ("MAG Meeting",
/// "session of the CSTD") together with any body said to host it; the body whose headquarters
/// it was held at; the nearest body named before the meeting word that is not the agent of
/// another verb or the body told of it; an event named by its head noun ("the Summit"); the
/// document's issuer.
fn convenors(
    facts: &Facts,
    span: &Range<usize>,
    at: usize,
    cues: &[usize],
    days: &[usize],
    before: &str,
    year: &str,
) -> Vec<Option<EntityId>> {
    let issues: Vec<&Mention> = facts
        .mentions_in(span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Issue)
        .collect();
    // "the overall review of the implementation of the outcomes of the World Summit on the
    // Information Society (New York, 17 December 2025)": a body named inside an issue's name
    // held nothing there.
    let inside_an_issue = |m: &Mention| {
        issues
            .iter()
            .any(|i| i.span.start <= m.span.start && m.span.end <= i.span.end && i.span != m.span)
    };
    let bodies: Vec<&Mention> = facts
        .mentions_in(span)
        .filter(|m| {
            facts.entities[m.entity].kind == Kind::Body && !part_of_longer_name(facts, span, m) && !inside_an_issue(m)
        })
        .collect();
    let around = |m: &Mention| {
        let lead = facts
            .clean
            .str(m.span.start.saturating_sub(30).max(span.start)..m.span.start);
        let tail = facts.clean.str(m.span.end..(m.span.end + 30).min(span.end));
        (lead, tail)
    };
    if let Some(adopted) = adopted_on(facts, span, &bodies, before) {
        return adopted;
    }
    if let Some(body) = dateline_body(facts, span, at) {
        // "… MEETING OF THE GENERAL ASSEMBLY ON THE OVERALL REVIEW OF … THE WORLD SUMMIT ON THE
        // INFORMATION SOCIETY (New York, 17 December 2025)": the bracket dates the meeting the
        // name opens with, not a body its topic names.
        let meeting_of = bodies
            .iter()
            .rev()
            .find(|m| m.span.end <= at && m.entity != body && OF_BODY.is_match(around(m).0));
        return vec![Some(meeting_of.map_or(body, |m| m.entity))];
    }
    if let Some(subjects) = meeting_subjects(facts, span) {
        // Its hosts held it with it: "The X 2025, co-hosted by ITU and …, was held from …".
        let mut met: Vec<Option<EntityId>> = subjects.into_iter().map(Some).collect();
        for host in hosting(facts, &bodies, at, days) {
            if !met.contains(&Some(host)) {
                met.push(Some(host));
            }
        }
        return met;
    }
    if let Some(event) = event_at(facts, &bodies, at) {
        return vec![Some(event)];
    }
    let named = bodies
        .iter()
        .filter(|m| {
            let (lead, tail) = around(m);
            BODY_MEETING.is_match(tail) || OF_BODY.is_match(lead) || ORDINAL_BEFORE.is_match(lead)
        })
        .min_by_key(|m| m.span.start.abs_diff(at))
        .map(|m| compound_head(facts, &bodies, m));
    let hosts = hosting(facts, &bodies, at, days);
    let mut found: Vec<Option<EntityId>> = named
        .into_iter()
        .map(|m| Some(m.entity))
        .chain(hosts.into_iter().map(Some))
        .collect();
    found.dedup();
    if !found.is_empty() {
        return found;
    }
    if let Some(body) = edition_body(facts, &bodies, year) {
        return vec![Some(body)];
    }
    let premises = |m: &&&Mention| {
        let (lead, tail) = around(m);
        PREMISES_AFTER.is_match(tail) || PREMISES_BEFORE.is_match(lead)
    };
    if let Some(m) = bodies.iter().find(premises) {
        return vec![Some(m.entity)];
    }
    let anchor = cues
        .iter()
        .rev()
        .find(|&&c| c < at)
        .or_else(|| cues.iter().find(|&&c| c >= at));
    let holder = anchor.and_then(|&anchor| {
        bodies.iter().rev().find(|m| {
            let (lead, tail) = around(m);
            m.span.end <= anchor && !NOT_HOLDER_BEFORE.is_match(lead) && !NOT_HOLDER_AFTER.is_match(tail)
        })
    });
    let event = || {
        let text = facts.clean.str(span.start..at);
        let noun = THE_EVENT.captures(text)?.get(1)?.as_str();
        event_named_before(facts, span.start, noun)
    };
    let own_session = || {
        ITS_SESSION
            .is_match(before)
            .then(|| bodies.iter().find(|m| m.span.start > at).map(|m| m.entity))
            .flatten()
    };
    vec![
        holder
            .map(|m| m.entity)
            .or_else(own_session)
            .or_else(event)
            .or_else(|| phase_of_event(facts, span))
            .or(facts.header.issuer),
    ]
}

/// "The first phase took place in Geneva …": a phase or part of the event the sentence before
/// says was held ("The World Summit on the Information Society was held in two phases.").
static PHASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*[Tt]he (?:first|second|third|final|last|next) (?:phase|part|segment|round)(?-u:\b)").unwrap()
});

/// The body whose event the sentence at `span` dates a phase of: the subject of the sentence
/// before, which was held.
fn phase_of_event(facts: &Facts, span: &Range<usize>) -> Option<EntityId> {
    if !PHASE.is_match(facts.clean.str(span.clone())) || span.start < 2 {
        return None;
    }
    let before = facts.sentence_span(span.start - 2);
    let subjects = super::subjects::of_sentence(facts, &before)?;
    let predicate = facts.clean.str(subjects.predicate..before.end);
    subjects.bodies.first().copied().filter(|_| HELD.is_match(predicate))
}

/// "held at the European Dialogue on Internet Governance in June 2023, at the Asia Pacific
/// regional IGF in August 2023": what was held at a body's meeting, dated right after its name.
static AT_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:at|during|on the (?:margins|sidelines) of|in the (?:margins|framework) of|as part of)\s+(?:the\s+)?$").unwrap()
});
static EVENT_DATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:in|on|from)\s+(?:the\s+)?$").unwrap());

/// The body named after "at", "during" or "as part of" right before the date at `at`, which
/// the date is of.
fn event_at(facts: &Facts, bodies: &[&Mention], at: usize) -> Option<EntityId> {
    let m = bodies.iter().rev().find(|m| m.span.end <= at)?;
    let lead = facts.clean.str(m.span.start.saturating_sub(40)..m.span.start);
    (AT_EVENT.is_match(lead) && EVENT_DATED.is_match(facts.clean.str(m.span.end..at))).then_some(m.entity)
}

/// "At its 2023 session, held on 10 July 2023, the Economic and Social Council adopted …": a
/// session that is "its" before the date, of the body the sentence goes on to name.
static ITS_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)its\s+(?:[\w-]+\s+){0,3}(?:sessions?|meetings?)(?-u:\b)[^.;]{0,40}$").unwrap()
});

/// The body whose meeting the document reports ("WSIS Forum 2019 … Highlights & Outcomes"): a
/// dated sentence that names no body ("From 8-12 April, over 300 workshops …") is of its meeting.
/// Without a title or an opening that says so, the meeting the head names with its year.
fn reported_venue(facts: &Facts) -> Option<EntityId> {
    super::authorship::document_bodies(facts)
        .into_iter()
        .find(|(_, role, _)| *role == super::authorship::Role::Venue)
        .map(|(body, _, _)| body)
        .or_else(|| named_meeting(facts).map(|(body, _)| body))
}

/// The bodies a sentence says hosted, convened or organised its meeting: each one named after
/// "hosted by" and the others of its list ("organized by ITU, UNESCO and UNDP"), and one named
/// before "hosted" when that comes before the date at `at`. Where the sentence dates several
/// meetings (`days`), a host phrase is of the date nearest to it.
fn hosting(facts: &Facts, bodies: &[&Mention], at: usize, days: &[usize]) -> Vec<EntityId> {
    let (mut found, mut nearest) = (Vec::new(), Vec::new());
    let mut previous: Option<&Mention> = None;
    for m in bodies {
        let lead = facts.clean.str(m.span.start.saturating_sub(40)..m.span.start);
        let tail = facts.clean.str(m.span.end..m.span.end + 30);
        let listed = previous.is_some_and(|p| {
            found.contains(&p.entity)
                && p.span.end <= m.span.start
                && LIST_GAP.is_match(facts.clean.str(p.span.end..m.span.start))
        });
        if HOSTED_BY.is_match(lead) || listed || (HOSTS.is_match(tail) && m.span.end <= at) {
            found.push(m.entity);
            nearest.push(
                days.iter()
                    .all(|&d| d.abs_diff(m.span.start) >= at.abs_diff(m.span.start)),
            );
        }
        previous = Some(m);
    }
    found
        .into_iter()
        .zip(nearest)
        .filter(|(_, n)| *n)
        .map(|(b, _)| b)
        .collect()
}

/// "This IGF … was hosted by the Government of France", "the local host X was in charge of this
/// seventh edition": a sentence that names the host of a meeting but dates nothing is about the
/// meeting last dated before it, which the host held too.
fn dateless_hosts(facts: &mut Facts, ex: &Extractor, span: &Range<usize>) {
    let bodies: Vec<&Mention> = facts
        .mentions_in(span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .collect();
    let hosts = hosting(facts, &bodies, span.start, &[]);
    if hosts.is_empty() {
        return;
    }
    // The meeting is the first one its sentence dates: later dates there are side events
    // ("from 10 to 13 June 2014 (Pre-events: 9 June 2014)").
    let Some(evidence) = facts
        .meetings
        .iter()
        .rev()
        .find(|m| m.evidence.end <= span.start && m.start.len() == 10)
        .map(|m| m.evidence.clone())
    else {
        return;
    };
    let Some(last) = facts
        .meetings
        .iter()
        .find(|m| m.evidence == evidence && m.start.len() == 10)
        .cloned()
    else {
        return;
    };
    let hit = DateHit {
        span: 0..0,
        start: last.start.clone(),
        end: last.end.clone(),
    };
    for host in hosts {
        add_meeting(facts, ex, span, &hit, Some(host), last.reported);
    }
}

/// What stands between a body and the date of its meeting in a dateline or a bracket: the
/// place and a comma ("World Telecommunication Standardization Assembly Johannesburg, 21-30
/// October 2008", "(Geneva, 3–5 April 2019"), after the body's acronym and the ordinal of its
/// meeting ("… (CWG-Internet) /Tenth meeting – Geneva, 20-22 September 2017", "… 32nd meeting–
/// Geneva, 24-25 January 2018"), or an opening bracket alone ("the African IGF (4-6
/// December 2017)", "The WSIS Forum 2024 (27-31 May 2024").
static DATELINE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:[/,–—-]?\s*(?:[\w-]+\s+)?(?i:meeting|session)\s*[–—-]?\s*)?(?:(?:19|20)\d{2}\s*)?(?:\(\s*|,?\s*\(?\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*,\s*){1,2})$").unwrap()
});

/// "presented at IGF 2015 in João Pessoa, Brazil, in November 2015": a body named with the
/// year of the date, as a forum's edition is, held the meeting of that date.
fn edition_body(facts: &Facts, bodies: &[&Mention], year: &str) -> Option<EntityId> {
    bodies
        .iter()
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .find(|m| {
            let tail = facts.clean.str(m.span.end..m.span.end + 6);
            NAME_YEAR.captures(tail).is_some_and(|c| &c[1] == year)
        })
        .map(|m| m.entity)
}

/// The body whose dateline or bracket dates the meeting at `at` (see [`DATELINE_GAP`]).
fn dateline_body(facts: &Facts, span: &Range<usize>, at: usize) -> Option<EntityId> {
    // The whole name, not a body named inside it ("Council Working Group on the World Summit on
    // the Information Society"): of the names ending last, the one starting first.
    facts
        .mentions_in(span)
        .filter(|m| m.span.end <= at && facts.entities[m.entity].kind == Kind::Body)
        .max_by_key(|m| (m.span.end, std::cmp::Reverse(m.span.start)))
        .filter(|m| DATELINE_GAP.is_match(facts.clean.str(m.span.end..at)))
        .map(|m| m.entity)
}

/// "General Assembly resolution 70/125 of 16 December 2015": the body named before the word
/// resolution; "its resolution …" the document's issuer; a resolution of an unnamed body none.
/// `None` when the date is not a resolution's.
fn adopted_on(facts: &Facts, span: &Range<usize>, bodies: &[&Mention], before: &str) -> Option<Vec<Option<EntityId>>> {
    let c = ADOPTED_ON.captures(before)?;
    let word = span.start + Offsets::new(before).chars(c.get(0)?.range()).start;
    let adopter = bodies.iter().find(|m| m.span.end <= word && word - m.span.end <= 2);
    Some(match (adopter, c.get(1)) {
        (Some(m), _) => vec![Some(m.entity)],
        (None, Some(_)) => vec![facts.header.issuer],
        (None, None) => Vec::new(),
    })
}

/// The body last named before `pos` whose name has `noun` as a word: "the Summit" after "the
/// World Summit on the Information Society".
fn event_named_before(facts: &Facts, pos: usize, noun: &str) -> Option<EntityId> {
    facts
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= pos && facts.entities[m.entity].kind == Kind::Body)
        .find(|m| facts.entities[m.entity].label.split_whitespace().any(|w| w == noun))
        .map(|m| m.entity)
}

/// Whether a capitalised word other than a function word or a meeting's adjective stands right
/// before the mention, inside the sentence: the mention is then part of a longer name.
fn part_of_longer_name(facts: &Facts, span: &Range<usize>, m: &Mention) -> bool {
    let lead = facts
        .clean
        .str(m.span.start.saturating_sub(30).max(span.start)..m.span.start);
    NAME_MODIFIER.find(lead).is_some_and(|w| {
        let word = w.as_str().split_whitespace().last().unwrap_or("");
        !NOT_MODIFIERS.contains(&word)
    })
}
