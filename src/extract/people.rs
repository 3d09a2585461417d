//! People named with an honorific, and the body each belongs to or chairs:
//! "Ms X, Executive Director of the Y", "Mr X, speaking on behalf of … of the Y",
//! "the Secretary-General of the Y, Dr X", "Ambassador X, from Brazil, was elected Chair of the Group".

use super::definitions::add_introduced;
use super::{Affiliation, Entity, EntityId, Extractor, Facts, Introduced};
use crate::vocab::Kind;
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// A personal name: two or three capitalised words, with initials ("Brian E. Carpenter"),
/// "St." ("Lynn St. Amour", "Lynn St.Amour") and lower-case particles ("Ursula von der Leyen",
/// "Rodrigo de la Parra").
/// Acronyms are not name words, so "Colin Perkins IRTF chair" stops before "IRTF".
pub(super) const NAME: &str = r"\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:\s+(?:\p{Lu}\.\s?)?(?:St\.\s?)?(?:(?:de|da|do|dos|du|del|della|di|la|las|los|van|von|der|bin|ibn|al|el|le)\s+)*\p{Lu}[\p{Ll}'’][\p{L}'’-]*){1,2}";
/// Forms of address that precede a name.
pub(super) const HONORIFIC: &str = r"(?:Mr|Ms|Mrs|Dr|Ambassador|(?:His|Her) Excellency|H\s?\.\s?E\.|Prof|Professor|Sir|Judge|Minister|Senator|Madam|Mme|(?:Federal )?Councillor|Commissioner|Hon|Honourable|Engr?)\.?";

static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){HONORIFIC}\s+(?:{HONORIFIC}\s+)?({NAME}|\p{{Lu}}[\p{{L}}'’-]+)"
    ))
    .unwrap()
});
/// A list item that opens with a name: a signatory, speaker or participant list
/// ("* Mark Nottingham former IAB; former W3C TAG", "• Michael Rotert, Association of the Internet
/// Industry"). An asterisk after a space opens an item even where the lines were joined.
static LIST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:^[ \t]*[*•·▪‣◦–-]|[ \t]\*)[ \t]+(?:{HONORIFIC}\s+)?({NAME})(?:[ \t]*[,:–-]?[ \t]*)([^\n*]*[^\n*\s]|)"
    ))
    .unwrap()
});
/// A name and the comma before a role: "Sandra Hoferichter, Secretary General, EuroDIG".
static NAME_THEN_ROLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)({NAME})[ \t]*,[ \t]+")).unwrap());
/// A capitalised word right before a name: the name found is the tail of a longer run.
pub(super) static RUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’-]*[ \t]+$").unwrap());
/// How many chars after a bare name's comma its role is looked for: longer than any role.
const ROLE_CHARS: usize = 60;
/// A signature block: a line of a name and a role alone, over a line naming the organisation
/// ("Adiel A. Akplogan, CEO" / "African Network Information Center (AFRINIC)"), as statements,
/// letters and contributions end.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*(?:{HONORIFIC}\s+)?({NAME})[ \t]*,[ \t]*([^\n,;.]{{2,60}}?)[ \t]*\n[ \t]*(\S[^\n]*)"
    ))
    .unwrap()
});
/// The offices an office holder is named with.
const OFFICE: &str = r"(?:Secretary-\s*General|Director-\s*General|Executive Director|Managing Director|(?:Vice[- ])?President|(?:Vice[- ]|Co-)?Chair(?:man|person)?|Coordinator|Chief Executive Officer|CEO|Head|Director)";
/// An office's title before its holder's name, after the body: "Secretary-General António
/// Guterres", "the ITU Secretary-General, Yoshio Utsumi", "ITU Secretary-General Dr. Hamadoun I. Touré",
/// "UN Secretary-General (SG) António Guterres", "The RIPE NCC’s CEO and Managing Director, Hans
/// Petter Holen".
static TITLE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:'s)?(?:\s*\(\p{{Lu}}{{1,8}}\))?\s*({OFFICE}(?-u:\b)(?:\s+and\s+{OFFICE}(?-u:\b))?)?(?:\s*\(\p{{Lu}}{{1,8}}\))?\s*,?\s*(?:{HONORIFIC}\s+)?({NAME})(?:\s*\d{{1,3}})?(?:\s*[,.;:)(]|\s+and(?-u:\b)|\s*$|\s+\p{{Ll}})")).unwrap()
});
/// "It was chaired by Mr. X", "the ad-hoc group, chaired by Mr. X", "co-chaired by A and B":
/// the text right before a person who chairs or leads the group the sentence, or the one before
/// it, is about (the names before this one in the same list included).
static CHAIRED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:co-)?(?:chaired|presided(?: over)?|moderated|facilitated) by\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:,\s*|and\s+|,\s*and\s+)){0,3}$").unwrap()
});
/// "of" or "of the" ending a text: what follows is what the office before is of.
static OF_THE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)of\s+(?:the\s+)?$").unwrap());
/// A copula right before "chaired by": the passive predicates the sentence's subject.
static COPULA_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:is|was|are|were|has been|have been)\s+(?:also\s+|currently\s+|jointly\s+)?$").unwrap()
});
/// "Co-chaired by Carme Artigas and James Manyika, the AI Advisory Body was convened …": a
/// sentence that opens on who chairs (names alone are enough here), then on what they chair.
static OPENS_ON_CHAIRS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s•·▪*-]*(?:(?:Co-)?[Cc]haired|Presided over|Led) by\s+((?:{HONORIFIC}\s+)?{NAME}(?:(?:,\s*|\s+and\s+|,\s*and\s+)(?:{HONORIFIC}\s+)?{NAME}){{0,3}}),\s+(?:the\s+|its\s+)?$"
    ))
    .unwrap()
});
/// One name of such a list, with its form of address.
static CHAIR_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?:{HONORIFIC}\s+)?({NAME})")).unwrap());
/// "ICANN LAC team (left-to-right): A, B, C", "developed by MAG volunteers A, B and C": after a
/// body, the words that open a list of its people, as photo captions, staff lists and credits
/// write it.
static TEAM_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:team|staff|delegation|representatives)\s*(?:\([^)]{0,30}\))?\s*:\s*|\s+(?:members|volunteers|co-facilitators|facilitators|co-chairs|experts)\s+)")
        .unwrap()
});
/// One name of such a list, with what separates it from the next.
static LISTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^({NAME})(?:\s+\p{{Lu}}\.)?(?:,\s+and\s+|,\s+|\s+and\s+|\s*[.;)]|\s*$)"
    ))
    .unwrap()
});
/// A head of state or government by title and name: "President Macron".
static HEAD_OF_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:President|Prime Minister|Chancellor)\s+({NAME}|\p{{Lu}}[\p{{Ll}}'’-]+)\b"
    ))
    .unwrap()
});
/// How far before a head of state the government it heads may be named, in chars.
const GOVERNMENT_CHARS: usize = 400;
/// Splits a list item's affiliations: "ISOC, Vice President, Global Engagement".
static SEGMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[^,;]+").unwrap());
/// A capitalised organisation name opening a segment: "Association of the Internet Industry",
/// "German Ministry of Economics (Host 2019)" (the parenthesis is not part of it).
static ORG_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:the\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}&’'-]*){1,8}").unwrap()
});
static CHAIRS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:co-)?chair(?:man|person)?(?-u:\b)").unwrap());
static PAST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:former|past|ex-)").unwrap());
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:speaking on behalf|Vice-Chair(?:man|person)?|Chair(?:man|person)?|Co-Chair|Vice[- ]President|President|Ambassador|Chief|Executive Director|Director(?:-General)?|Deputy [A-Z][\w-]+|(?:(?:Under|Assistant)[- ])?Secretary[- ]General|Chief Executive Officer|CEO|Head|Coordinator|Member|Minister|Permanent Representative|Representative|Founder|Manager|Officer|Adviser|Advisor|Senior [A-Z][\w]+|Professor|Researcher|Fellow|(?:[A-Z][\w-]+ ){0,2}(?:Specialist|Analyst|Consultant|Expert|Engineer|Counsellor|Economist|Lecturer|Scientist))(?-u:\b)").unwrap()
});
/// A role written in lower case in running text, with the body it is of after it: "Mary
/// Uduma, chairperson of the Africa IGF MAG", "X, member of the MAG". Only in apposition after
/// a name, where the lower case word cannot start a new clause.
static LOWER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:vice|co)-?)?(?:chair(?:man|person|woman)?|president|executive director|director(?:-general)?|head|coordinator|founder|secretary[- ]general|minister|member|representative|ambassador)(?:\s+(?:of|at|for)(?-u:\b))").unwrap()
});
static TRAILING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:,?\s+(?:of|for|at|from|to|in)(?:\s+the)?)?[\s,–—(-]*$").unwrap());
/// Words that cannot follow a name in a list of people: the item is a sentence, not a name.
/// Capitalised words that open sentences, never names.
static NOT_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:The|In|On|At|An|As|By|For|From|With|This|That|These|Those|Our|We|It|Its|Their|Some|All|Each|Every)(?-u:\b)",
    )
    .unwrap()
});
/// Words of organisation names, never of a person's: a list item opening with them names an
/// organisation ("• National Information Technology Development Agency"), and a segment without
/// one is a description ("Internet Pioneer"), not an organisation.
const ORG_WORDS: &str = r"Association|Ministry|Government|University|College|Institute|Institution|Centre|Center|Council|Foundation|Agency|Commission|Committee|Authority|Society|Federation|Union|Organi[sz]ation|Forum|Network|Group|Coalition|Consortium|Company|Corporation|Inc|Ltd|Department|Office|Bureau|Directorate|Division|Branch|Delegation|Project|Initiative|Alliance|Chamber|Board|School|Academy|Laboratory|Lab|Registry|Secretariat|Trust|Fund|Bank|Partnership|Observatory|Platform";
static ORG_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{ORG_WORDS})(?-u:\b)")).unwrap());
pub(super) static NOT_PERSON_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:(?:{ORG_WORDS})s?|National|International|Global|Regional|Federal|United|World|Digital|Internet|Information|Technology|Communications?|Open|Public|Economic|Social)(?-u:\b)")).unwrap()
});
static NOT_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:for|of|in|and|or|the|to|on|with|is|are|was|were|will|shall|should|has|have|at|by|as|from|a|an)(?-u:\b)",
    )
    .unwrap()
});
static ORG_AFTER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:of|for|at)\s+(?:the\s+)?((?:[\p{L}&-]*\p{Lu}[\p{L}&-]*)(?:\s+(?:(?:of|for|and|on|the|&|–|-)\s+)*[\p{L}&-]*\p{Lu}[\p{L}&-]*){1,8})").unwrap()
});

/// Fills [`Facts::affiliations`].
pub fn find_people(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    let mut names: Vec<(String, Range<usize>, Range<usize>)> = PERSON
        .captures_iter(&text)
        .map(|c| {
            let whole = c.get(0).unwrap();
            let name = c.get(1).unwrap();
            (
                name.as_str().to_string(),
                facts.clean.char_span(whole.range()),
                facts.clean.char_span(name.range()),
            )
        })
        .collect();
    // Only a name with a form of address is taken as the chair a passive names ("moderated by
    // Mr. X"): a bare name there is as often a speaker's.
    let addressed = names.clone();
    names.extend(names_before_roles(facts, &text, &names));
    let bare = names_before_bodies(facts, &text, &names);
    names.extend(bare);
    names.sort_by_key(|n| n.1.start);
    for (i, (name, whole, _)) in names.iter().enumerate() {
        let sentence = facts.sentence_span(whole.start);
        let next_person = names.get(i + 1).map_or(usize::MAX, |n| n.1.start);
        let clause_end = clause_end(facts, whole.end, sentence.end.min(next_person));
        let clause = whole.end..clause_end;
        // After the name the first role word is the person's ("speaking on behalf of the
        // Secretary-General of …"); before it, in apposition, the last one is.
        // "the President of Internet Society Nigeria Chapter (ISOC NG), Mr. Dewole Ajao and was
        // followed by …": an office of a body right before the name is the person's, whatever
        // the clause after names.
        let appositive = appositive_body(facts, &names, i, &sentence);
        let office_before = appositive
            .clone()
            .filter(|(_, r)| ROLE.is_match(&facts.text(r)))
            .map(|(b, r)| (b, r, true));
        let found = office_before
            .or_else(|| body_in_clause(facts, &clause).map(|(b, r)| (b, r, false)))
            .or_else(|| appositive.map(|(b, r)| (b, r, true)))
            .or_else(|| introduced_org(facts, ex, &clause).map(|(b, r)| (b, r, false)));
        let Some((body, role_span, last_role)) = found else {
            continue;
        };
        let role_text = facts.text(&role_span);
        let role_match = if last_role {
            ROLE.find_iter(&role_text).last()
        } else {
            ROLE.find(&role_text)
        };
        let role_start = role_match.map(|m| m.start()).or_else(|| {
            LOWER_ROLE
                .is_match(role_text.trim_start_matches([',', ' ']))
                .then_some(0)
        });
        let role = role_start.map(|at| {
            let from = role_span.start + role_text[..at].chars().count();
            let raw = facts.text(&(from..role_span.end));
            TRAILING
                .replace(raw.trim_start_matches([',', ' ']), "")
                .trim()
                .to_string()
        });
        let chairs = role.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            r.starts_with("chair") || r.starts_with("co-chair")
        });
        add_person(facts, ex, name, body, role, chairs, sentence.clone());
        if let Some(parent) = parent_after(facts, body, &role_span, &clause) {
            add_person(facts, ex, name, parent, None, false, sentence.clone());
        }
        if let Some((office, role)) = office_after_delegation(facts, whole.end, &clause) {
            let chairs = role.starts_with("Chair") || role.starts_with("Co-Chair");
            add_person(facts, ex, name, office, Some(role), chairs, sentence);
        }
    }
    speakers_on_behalf(facts, ex, &addressed);
    possessive_people(facts, ex, &text, &names);
    list_people(facts, ex);
    titled_people(facts, ex);
    chairs_by_passive(facts, ex, &addressed);
    chairs_opening_sentences(facts, ex);
    team_lists(facts, ex);
    membership_lists(facts, ex);
    heading_lists(facts, ex);
    heads_of_state(facts, ex);
    signatures(facts, ex);
    super::office_holders::find_office_holders(facts, ex);
}

/// "Sandra Hoferichter, Secretary General, EuroDIG", "Anriette Esterhuysen, Executive Director of
/// APC": a name without a form of address is a person's where a role follows it after a comma.
fn names_before_roles(
    facts: &Facts,
    text: &str,
    known: &[(String, Range<usize>, Range<usize>)],
) -> Vec<(String, Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    for c in NAME_THEN_ROLE.captures_iter(text) {
        let (whole, name) = (c.get(0).unwrap(), c.get(1).unwrap());
        // Only the words right after the comma can be the role: a search bounded there keeps
        // a document with many "Name, " runs linear.
        let after = &text[whole.end()..];
        let near = after.char_indices().nth(ROLE_CHARS).map_or(after.len(), |(i, _)| i);
        let lower = LOWER_ROLE.is_match(&after[..near]);
        if !lower && ROLE.find(&after[..near]).is_none_or(|r| r.start() != 0) {
            continue;
        }
        // "Minister of Foreign Affairs Marina Kaljurand, Chair of …": a name found inside a longer
        // run of capitalised words is its last two; the word before them ends the title.
        let words: Vec<&str> = name.as_str().split_whitespace().collect();
        let mut range = name.range();
        if words.len() == 3 && !words[1].ends_with('.') && RUN_BEFORE.is_match(&text[..name.start()]) {
            range.start += name.as_str().find(words[1]).unwrap_or(0);
        }
        found.extend(bare_name(facts, text, known, range));
    }
    found
}

/// A bare name right before the body it is of or from, or after the comma of a list entry:
/// "Chengetai Masango of the IGF Secretariat presented …", "moderated by Anriette Esterhuysen
/// from the Association for Progressive Communications", "Panellists: Anja Gengo, IGF
/// Secretariat; …". The body must start right there and, after a comma, end the entry.
static NAME_BEFORE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({NAME})[ \t]*(?:[ \t](?:of|from)[ \t]+(?:the[ \t]+)?|(?:,|[ \t][–—])[ \t]+(?:the[ \t]+)?)"
    ))
    .unwrap()
});
/// "ICANN's Göran Marby said …": a bare name after a body's possessive, as the subject of a verb
/// of speech.
static POSSESSIVE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"['’]s[ \t]+({NAME})[ \t]+(?:said|says|noted|notes|stated|states|explained|added|stressed|highlighted|emphasi[sz]ed|presented|announced|opened|welcomed|told|argued|warned|recalled|underlined)(?-u:\b)")).unwrap()
});
/// Capitalised words of titles, groups and events that make a pair of words no person's name
/// ("Member States of the …", "Special Rapporteur of the …", "Action Line of …").
static NOT_NAME_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Secretary|Special|Rapporteur|Envoy|Executive|General|States?|Parties|Nations|Session|Summit|Declaration|Agenda|Action|Line|Plan|Report|Resolution|Programme|Program|Vice|Deputy|Assistant|Members?|Ministers?|Heads?|Republic|Kingdom|Permanent|Mission|Delegation|Affairs|Security|Development|Goals|Sustainable|Community|Civil|Private|Sector|Youth|Coalition|Panel|Track|Chapter|Day|Week|Assembly|Conference|Meeting|Working|Best|Practice|Policy|Dynamic|Leadership|Chair|Co-Chair|Host|Country|Countries|Team|Staff|Participants|Speakers|Panellists|Panelists|Building|House|Hall|Room|Tower|Palace|Hotel|Campus|Services)(?-u:\b)").unwrap()
});
/// What may follow the body of a list entry "Name, Body": the office the person holds in it
/// ("Doreen Bogdan-Martin, ITU Secretary-General, …"), then the end of the entry, which a comma
/// or "and" ends in a list of speakers ("Alberto Cerda, Ford Foundation and Josephine Gauld").
static ENTRY_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:\([^()]{{1,15}}\)\s*)?(?:{OFFICE}(?-u:\b)\s*)?(?:[;.,\n]|\s+and\s+\p{{Lu}}|$)"
    ))
    .unwrap()
});

/// The bare names of [`NAME_BEFORE_BODY`], unless a title, group or portfolio word makes them
/// no person's, or a capitalised word before them makes them the tail of a longer run.
fn names_before_bodies(
    facts: &Facts,
    text: &str,
    known: &[(String, Range<usize>, Range<usize>)],
) -> Vec<(String, Range<usize>, Range<usize>)> {
    let body_at = |char_pos: usize| {
        facts
            .mentions
            .iter()
            .find(|m| m.span.start == char_pos && facts.entities[m.entity].kind == Kind::Body)
    };
    let mut found = Vec::new();
    for c in NAME_BEFORE_BODY.captures_iter(text) {
        let (whole, name) = (c.get(0).unwrap(), c.get(1).unwrap());
        let field = name
            .as_str()
            .split_whitespace()
            .any(super::organisations::is_field_word);
        if RUN_BEFORE.is_match(&text[..name.start()]) || NOT_NAME_WORD.is_match(name.as_str()) || field {
            continue;
        }
        let Some(body) = body_at(facts.clean.char_span(whole.range()).end) else {
            continue;
        };
        let after_comma = text[name.end()..whole.end()].trim_start().starts_with([',', '–', '—']);
        if after_comma && !ENTRY_END.is_match(facts.clean.str(body.span.end..body.span.end + ROLE_CHARS)) {
            continue;
        }
        found.extend(bare_name(facts, text, known, name.range()));
    }
    found
}

/// The speakers a body's possessive names ("ICANN's Göran Marby said …") belong to it.
fn possessive_people(facts: &mut Facts, ex: &Extractor, text: &str, known: &[(String, Range<usize>, Range<usize>)]) {
    let mut found = Vec::new();
    for c in POSSESSIVE_NAME.captures_iter(text) {
        let (whole, name) = (c.get(0).unwrap(), c.get(1).unwrap());
        let owner_end = facts.clean.char_span(whole.range()).start;
        let owner = facts
            .mentions
            .iter()
            .find(|m| m.span.end == owner_end && facts.entities[m.entity].kind == Kind::Body)
            .map(|m| m.entity);
        if let Some(owner) = owner.filter(|_| !NOT_NAME_WORD.is_match(name.as_str()))
            && let Some((label, span, _)) = bare_name(facts, text, known, name.range())
        {
            found.push((label, owner, facts.sentence_span(span.start)));
        }
    }
    for (name, body, evidence) in found {
        add_person(facts, ex, &name, body, None, false, evidence);
    }
}

/// The name at byte `range` of `text`, unless a name with a form of address already covers it
/// or it reads as a sentence's opening, an organisation's name or a known entity.
fn bare_name(
    facts: &Facts,
    text: &str,
    known: &[(String, Range<usize>, Range<usize>)],
    range: Range<usize>,
) -> Option<(String, Range<usize>, Range<usize>)> {
    let name = &text[range.clone()];
    let span = facts.clean.char_span(range);
    let taken = known.iter().any(|k| k.1.start < span.end && span.start < k.1.end);
    let rejected = taken
        || NOT_A_NAME.is_match(name)
        || NOT_PERSON_WORD.is_match(name)
        || facts.mentions_in(&span).next().is_some();
    (!rejected).then(|| (name.to_string(), span.clone(), span))
}

/// Whether `passage` is a signature block: a name and a role alone on a line over a line naming
/// the organisation.
pub fn is_signature(passage: &str) -> bool {
    SIGNATURE
        .find(passage)
        .is_some_and(|m| m.start() == 0 && m.end() == passage.trim_end().len())
}

/// Signature blocks: the person signs for the organisation on the line below, in the role
/// the name's line gives.
fn signatures(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in SIGNATURE.captures_iter(&text) {
        let (name, role, org) = (c.get(1).unwrap(), c.get(2).unwrap(), c.get(3).unwrap());
        let whole_role = ROLE
            .find(role.as_str())
            .is_some_and(|r| r.start() == 0 && r.end() == role.as_str().len());
        if !whole_role || NOT_A_NAME.is_match(name.as_str()) || NOT_PERSON_WORD.is_match(name.as_str()) {
            continue;
        }
        let org_span = facts.clean.char_span(org.range());
        // The longest name opening it: "the Africa IGF MAG", not the forum it is the MAG of.
        let opening = facts
            .mentions_in(&org_span)
            .filter(|m| m.span.start == org_span.start && facts.entities[m.entity].kind == Kind::Body)
            .max_by_key(|m| m.span.end)
            .map(|m| m.entity);
        let Some(body) = opening.or_else(|| segment_org(facts, ex, &org_span)) else {
            continue;
        };
        let evidence = facts.clean.char_span(c.get(0).unwrap().range());
        let chairs = CHAIRS.is_match(role.as_str());
        add_person(
            facts,
            ex,
            name.as_str(),
            body,
            Some(role.as_str().to_string()),
            chairs,
            evidence,
        );
    }
}

/// "The third meeting of the WGEC was held … It was chaired by Mr. Peter Major (Hungary).":
/// the person after "chaired by" chairs the body last named before it in the sentence, else the
/// first body of the sentence before ("It", "the ad-hoc group" of that body), the whole of a
/// name another body opens ("the CSTD Working Group …": the group).
fn chairs_by_passive(facts: &mut Facts, ex: &Extractor, names: &[(String, Range<usize>, Range<usize>)]) {
    for (name, whole, _) in names {
        let sentence = facts.sentence_span(whole.start);
        let lead = facts.text(&(sentence.start..whole.start));
        let Some(cue) = CHAIRED_BY.find(&lead) else {
            continue;
        };
        if chaired_after_opening(facts, &sentence).is_some() {
            // A sentence opening on who chairs names what they chair after them.
            continue;
        }
        let cue_at = sentence.start + lead[..cue.start()].chars().count();
        let is_body = |m: &&super::Mention| facts.entities[m.entity].kind == Kind::Body;
        // "The WG-WSIS is open to all ITU Member States … and is chaired by X": after a copula
        // the passive is the sentence's subject's, whatever was named between.
        let subject = COPULA_BEFORE
            .is_match(&lead[..cue.start()])
            .then(|| super::subjects::of_sentence(facts, &sentence))
            .flatten()
            .and_then(|s| s.bodies.first().copied());
        let before = facts.mentions_in(&(sentence.start..cue_at)).filter(is_body).last();
        let body = subject.or(before.map(|m| m.entity)).or_else(|| {
            let index = facts.clean.sentence_at(sentence.start)?.checked_sub(1)?;
            let previous = facts.clean.sentences[index].span.clone();
            let bodies: Vec<&super::Mention> = facts.mentions_in(&previous).filter(is_body).collect();
            let first = bodies.first()?;
            Some(super::meetings::compound_head(facts, &bodies, first).entity)
        });
        let body = body.or_else(|| main_body(facts));
        if let Some(body) = body {
            add_person(facts, ex, name, body, Some("Chair".to_string()), true, sentence);
        }
    }
}

/// The body a sentence names after opening on who chairs it, and the words naming them.
fn chaired_after_opening<'f>(facts: &'f Facts, sentence: &Range<usize>) -> Option<(EntityId, &'f str)> {
    let subject = facts
        .mentions_in(sentence)
        .find(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)?;
    let lead = facts.clean.str(sentence.start..subject.span.start);
    let names = OPENS_ON_CHAIRS.captures(lead)?.get(1)?;
    Some((subject.entity, names.as_str()))
}

/// Each sentence that opens on who chairs the body it then names as its subject.
fn chairs_opening_sentences(facts: &mut Facts, ex: &Extractor) {
    let mut found = Vec::new();
    for sentence in &facts.clean.sentences {
        let Some((body, names)) = chaired_after_opening(facts, &sentence.span) else {
            continue;
        };
        for name in CHAIR_NAME.captures_iter(names) {
            found.push((name[1].to_string(), body, sentence.span.clone()));
        }
    }
    for (name, body, sentence) in found {
        add_person(facts, ex, &name, body, Some("Chair".to_string()), true, sentence);
    }
}

/// The body a document names most often, explicitly or as "the Group": the one a meeting
/// summary is about, and so the group of its unnamed sub-groups.
pub(super) fn main_body(facts: &Facts) -> Option<EntityId> {
    let mut counts: HashMap<EntityId, usize> = HashMap::new();
    for m in facts
        .mentions
        .iter()
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
    {
        *counts.entry(m.entity).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(id, n)| (n, std::cmp::Reverse(id)))
        .map(|(id, _)| id)
}

/// "ICANN LAC team (left-to-right): Rodrigo de la Parra, Daniel Fink, Albert Daniels.": every
/// name of the list is one of the body's people; a list with an item that is not a person's
/// name ("Policy Development, Global Engagement") names none.
fn team_lists(facts: &mut Facts, ex: &Extractor) {
    for (body, span) in facts.named_bodies() {
        let after = facts.text(&(span.end..span.end + 400));
        let Some(lead) = TEAM_LIST.find(&after) else {
            continue;
        };
        let mut rest = &after[lead.end()..];
        let mut people = Vec::new();
        while let Some(c) = LISTED_NAME.captures(rest) {
            let name = c.get(1).unwrap();
            let from = span.end + after[..after.len() - rest.len() + name.start()].chars().count();
            people.push((name.as_str().to_string(), from..from + name.as_str().chars().count()));
            let whole = c.get(0).unwrap();
            if whole.as_str().trim_end().ends_with(['.', ';', ')']) || whole.end() == rest.len() {
                break;
            }
            rest = &rest[whole.end()..];
        }
        let real = people.len() >= 2
            && people
                .iter()
                .all(|(n, s)| !NOT_PERSON_WORD.is_match(n) && facts.mentions_in(s).next().is_none());
        if !real {
            continue;
        }
        let evidence = facts.sentence_span(span.start);
        for (name, _) in people {
            add_person(facts, ex, &name, body, None, false, evidence.clone());
        }
    }
}

/// What announces the members of a body named just before: "… Steering Committee includes:",
/// "… is composed of:", "… members are:".
static MEMBERS_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{0,15}\)\s*)?(?:includes?|comprises?|consists of|is composed of|(?:members|membership) (?:are|is|includes?))\s*:\s*").unwrap()
});
/// One member of such a list with an affiliation: "Janna Anderson, Elon University;".
static MEMBER_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?:and\s+)?({NAME}),\s+([^;\n]+?)\s*(?:;|\.\s|\.$|\n|$)")).unwrap());

/// "The 2009 IGF-USA Steering Committee includes: Fiona Alexander, National
/// Telecommunications and Information Administration; Janna Anderson, Elon University; …":
/// every person of the list is a member of the body, and of the organisation after the name.
fn membership_lists(facts: &mut Facts, ex: &Extractor) {
    let lists: Vec<(EntityId, Vec<ListedMember>)> = facts
        .named_bodies()
        .into_iter()
        .filter_map(|(body, span)| Some((body, listed_members(facts, &span)?)))
        .collect();
    for (body, members) in lists {
        for (name, at_name, affiliation) in members {
            let evidence = facts.sentence_span(at_name.start);
            add_person(
                facts,
                ex,
                &name,
                body,
                Some("member".to_string()),
                false,
                evidence.clone(),
            );
            let known: Vec<EntityId> = facts
                .mentions_in(&affiliation)
                .filter(|m| facts.entities[m.entity].kind == Kind::Body)
                .map(|m| m.entity)
                .collect();
            let own = if known.is_empty() {
                segment_org(facts, ex, &affiliation).into_iter().collect()
            } else {
                known
            };
            for org in own {
                add_person(facts, ex, &name, org, None, false, evidence.clone());
            }
        }
    }
}

/// A listed member: the name, its span and the span of the affiliation after it, in chars.
type ListedMember = (String, Range<usize>, Range<usize>);

/// The members listed after the body named at `span`, if a list of at least two people follows.
fn listed_members(facts: &Facts, span: &Range<usize>) -> Option<Vec<ListedMember>> {
    let after = facts.clean.str(span.end..span.end + MEMBERS_CHARS);
    let lead = MEMBERS_LEAD.find(after)?;
    let at = |byte: usize| span.end + after[..byte].chars().count();
    let mut members = Vec::new();
    let mut offset = lead.end();
    while let Some(c) = MEMBER_ENTRY.captures(&after[offset..]) {
        let (name, affiliation) = (c.get(1).unwrap(), c.get(2).unwrap());
        members.push((
            name.as_str().to_string(),
            at(offset + name.start())..at(offset + name.end()),
            at(offset + affiliation.start())..at(offset + affiliation.end()),
        ));
        let whole = c.get(0).unwrap();
        if !whole.as_str().trim_end().ends_with(';') {
            break;
        }
        offset += whole.end();
    }
    let real = members.len() >= 2
        && members
            .iter()
            .all(|(n, s, _)| !NOT_PERSON_WORD.is_match(n) && facts.mentions_in(s).next().is_none());
    real.then_some(members)
}

/// How far after a body's name its list of members may run, in chars.
const MEMBERS_CHARS: usize = 2000;

/// A line that heads a list of a body's people: "BPF co-facilitators", "MAG members:",
/// "IGF Secretariat team".
static PEOPLE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*([^\n]{2,60}?)[ \t]+((?:[Cc]o-)?(?:[Ff]acilitators|[Cc]oordinators|[Cc]hairs|[Cc]onveners|[Oo]rgani[sz]ers)|[Mm]embers|[Tt]eam|[Ss]taff)[ \t]*:?[ \t]*\n").unwrap()
});
/// A bulleted line opening with a name.
static BULLETED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[ \t]*[*•·▪‣◦–-][ \t]+(?:{HONORIFIC}\s+)?({NAME}(?:[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+)?)[ \t]*(?:[(,;:–-][^\n]*)?(?:\n|$)"
    ))
    .unwrap()
});

/// "BPF co-facilitators" over a bulleted list of names: each listed person holds that role in
/// the body the heading names, or in the one member of that family of bodies the document
/// names where the heading names the family (a best-practice forum's page: "BPF").
fn heading_lists(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in PEOPLE_HEADING.captures_iter(&text) {
        let (lead, role) = (c.get(1).unwrap(), c.get(2).unwrap());
        let lead_span = facts.clean.char_span(lead.range());
        let Some(named) = facts
            .mentions_in(&lead_span)
            .filter(|m| facts.entities[m.entity].kind == Kind::Body)
            .last()
            .map(|m| m.entity)
        else {
            continue;
        };
        let mut members: Vec<EntityId> = facts
            .mentions
            .iter()
            .map(|m| m.entity)
            .filter(|&e| e != named && is_part_of(facts, ex, e, named))
            .collect();
        members.sort_unstable();
        members.dedup();
        let body = match members[..] {
            [one] => one,
            _ => named,
        };
        // A blank line may stand between the heading and its list.
        let mut rest = text[c.get(0).unwrap().end()..].trim_start();
        let mut people = Vec::new();
        while let Some(item) = BULLETED_NAME.captures(rest) {
            let (name, line) = (item.get(1).unwrap(), item.get(0).unwrap());
            let at = text.len() - rest.len();
            let name_span = facts.clean.char_span(at + name.start()..at + name.end());
            let line_span = facts.clean.char_span(at..at + line.as_str().trim_end().len());
            people.push((name.as_str().to_string(), name_span, line_span));
            rest = &rest[line.end()..];
        }
        let role = role.as_str();
        let role = role[..1].to_uppercase() + role[1..].trim_end_matches('s');
        for (name, span, line) in people {
            if NOT_PERSON_WORD.is_match(&name)
                || NOT_A_NAME.is_match(&name)
                || facts.mentions_in(&span).next().is_some()
            {
                continue;
            }
            add_person(facts, ex, &name, body, Some(role.clone()), false, line);
        }
    }
}

/// Whether `unit` is part of `whole` by the vocabulary or by what the document states.
fn is_part_of(facts: &Facts, ex: &Extractor, unit: EntityId, whole: EntityId) -> bool {
    let whole_iri = &facts.entities[whole].iri;
    let by_vocabulary = ex
        .vocab
        .get(&facts.entities[unit].iri)
        .is_some_and(|c| c.part_of.iter().any(|p| p == whole_iri));
    by_vocabulary
        || facts
            .links
            .iter()
            .any(|l| l.from == unit && l.to == whole && l.relation == "partOf")
}

/// "… the host country - the Government of France - … President Macron addressed the IGF": a
/// head of state or government named by title belongs to the government last named before, in
/// the few sentences before; with none named, to no body.
fn heads_of_state(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in HEAD_OF_STATE.captures_iter(&text) {
        let span = facts.clean.char_span(c.get(0).unwrap().range());
        let name = c.get(1).unwrap();
        let name_span = facts.clean.char_span(name.range());
        if facts.mentions_in(&name_span).next().is_some() {
            continue;
        }
        let window = span.start.saturating_sub(GOVERNMENT_CHARS)..span.start;
        let government = facts
            .mentions_in(&window)
            .filter(|m| {
                ex.vocab
                    .get(&facts.entities[m.entity].iri)
                    .is_some_and(|v| v.has_class("Government"))
            })
            .last()
            .map(|m| m.entity);
        if let Some(government) = government {
            let evidence = facts.sentence_span(span.start);
            let title = facts.text(&(span.start..name_span.start)).trim().to_string();
            add_person(facts, ex, name.as_str(), government, Some(title), false, evidence);
        }
    }
}

/// Records that `name` belongs to or chairs `body`, once per person and body.
pub(super) fn add_person(
    facts: &mut Facts,
    ex: &Extractor,
    name: &str,
    body: EntityId,
    role: Option<String>,
    chairs: bool,
    evidence: Range<usize>,
) {
    // "UN Secretary General Ban Ki-moon’s video-address": the possessive is not the name's.
    let name = name.trim_end_matches("'s").trim_end_matches("’s");
    // "Mr Désiré Karyabwite (ITU)": a rule reading bare names may take the form of address for
    // the first name; the person is the same with or without it.
    let name = ADDRESS_OPENING
        .captures(name)
        .and_then(|c| c.get(1))
        .map_or(name, |m| &name[m.end()..]);
    let person = facts.entity(Entity {
        iri: ex.iris.minted("person", name).as_str().to_string(),
        kind: Kind::Person,
        label: name.to_string(),
        introduced: Some(Introduced {
            class: "Person",
            acronym: None,
            evidence: evidence.clone(),
        }),
    });
    if facts.affiliations.iter().any(|a| a.person == person && a.body == body) {
        return;
    }
    facts.affiliations.push(Affiliation {
        person,
        body,
        role,
        chairs,
        evidence,
    });
}

/// A form of address opening a name that goes on after it.
static ADDRESS_OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^((?:{HONORIFIC}\s+){{1,2}})\S+\s")).unwrap());

/// Signatory, speaker and participant lists: an item that opens with a name gives the person
/// every body its affiliations name ("* Brian E. Carpenter former IAB chair; former ISOC BoT
/// chair"); where none is known, the organisation written first ("• Michael Rotert, Association
/// of the Internet Industry"), or after a leading role ("Thomas Schneider, Ambassador, Swiss
/// Government").
fn list_people(facts: &mut Facts, ex: &Extractor) {
    let text = facts.clean.text.clone();
    for c in LIST_PERSON.captures_iter(&text) {
        let (name, rest) = (c.get(1).unwrap(), c.get(2).unwrap());
        // A third capitalised word followed by more is the affiliation: "Stephen Farrell
        // Trinity College Dublin", "Vint Cerf Internet Pioneer".
        let words: Vec<&str> = name.as_str().split_whitespace().collect();
        // "• Maria Paz Canales Loebel (MAG member)": one more capitalised word that ends the
        // item or comes before its affiliation is the name's fourth.
        let fourth = (words.len() == 3)
            .then(|| FOURTH_NAME_WORD.captures(rest.as_str()).and_then(|c| c.get(1)))
            .flatten()
            .filter(|w| !NOT_PERSON_WORD.is_match(&text[name.start()..rest.start() + w.end()]));
        let two_words = fourth.is_none()
            && words.len() == 3
            && !words[1].ends_with('.')
            && rest.as_str().starts_with(|c: char| c.is_uppercase());
        let name_len = if two_words {
            name.as_str().rfind(char::is_whitespace).unwrap_or(name.len())
        } else if let Some(w) = &fourth {
            rest.start() + w.end() - name.start()
        } else {
            name.len()
        };
        let name_text = text[name.start()..name.start() + name_len].trim_end();
        let rest_start = if two_words {
            name.start() + name_len + 1
        } else if let Some(w) = &fourth {
            rest.start() + w.end()
        } else {
            rest.start()
        };
        let rest_text = &text[rest_start..rest.end()];
        let name_span = facts.clean.char_span(name.start()..name.start() + name_text.len());
        let rest_span = facts.clean.char_span(rest_start..rest.end());
        if NOT_A_NAME.is_match(name_text)
            || NOT_PERSON_WORD.is_match(name_text)
            || NOT_AFTER_NAME.is_match(rest_text)
            || facts.mentions_in(&name_span).next().is_some()
        {
            continue;
        }
        let item = name_span.start..rest_span.end;
        let mut bodies = Vec::new();
        for (i, seg) in SEGMENT.find_iter(rest_text).enumerate() {
            let from = rest_span.start + rest_text[..seg.start()].chars().count();
            let span = from..from + seg.as_str().chars().count();
            let mut found: Vec<EntityId> = facts
                .mentions_in(&span)
                .filter(|m| facts.entities[m.entity].kind == Kind::Body)
                .map(|m| m.entity)
                .collect();
            if i == 0 || (i == 1 && is_role_only(&rest_text[..seg.start()])) {
                found.extend(segment_org(facts, ex, &span));
            }
            let chairs = CHAIRS.is_match(seg.as_str()) && !PAST.is_match(seg.as_str());
            bodies.extend(found.into_iter().map(|b| (b, seg.as_str().trim().to_string(), chairs)));
        }
        for (body, role, chairs) in bodies {
            add_person(facts, ex, name_text, body, Some(role), chairs, item.clone());
        }
    }
}

/// The fourth word of a listed name: one capitalised word, then the item's end or its
/// affiliation in brackets or after a comma.
static FOURTH_NAME_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]*[(,]|[ \t]*$)").unwrap());

/// Whether the segments before are a role alone ("Ambassador,").
fn is_role_only(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', ';']).trim();
    ROLE.find(t).is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// The organisation a list item's segment opens with, cut before a role or a known body, and
/// entered as an introduced body.
fn segment_org(facts: &mut Facts, ex: &Extractor, span: &Range<usize>) -> Option<EntityId> {
    let known = facts.mentions_in(span).next().map_or(span.end, |m| m.span.start);
    let text = facts.text(&(span.start..known));
    let lead = text.len() - text.trim_start().len();
    let m = ORG_NAME.find(&text[lead..])?;
    let mut name = m.as_str();
    if let Some(role) = ROLE.find(name) {
        name = &name[..role.start()];
    }
    let name = name
        .trim_end()
        .trim_end_matches(" and")
        .trim_end_matches(" of")
        .trim_end_matches(" the");
    let name = name.strip_prefix("the ").unwrap_or(name).trim();
    if name.split_whitespace().count() < 2
        || !ORG_WORD.is_match(name)
        || ROLE.find(name).is_some_and(|r| r.start() == 0)
    {
        return None;
    }
    let from = span.start
        + text[..lead + m.start()].chars().count()
        + m.as_str().find(name).map_or(0, |i| m.as_str()[..i].chars().count());
    let org = from..from + name.chars().count();
    add_introduced(facts, ex.iris, vec![(name.to_string(), None, "Body", org.clone())]);
    facts
        .mentions_in(&org)
        .find(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| m.entity)
}

/// "Secretary-General António Guterres", "ITU Secretary-General, Dr. Hamadoun I. Touré": the
/// holder of an office named right after the office or after its body and title.
fn titled_people(facts: &mut Facts, ex: &Extractor) {
    let bodies: Vec<(EntityId, Range<usize>)> = facts.named_bodies();
    for (body, span) in bodies {
        let after = facts.text(&(span.end..span.end + 90));
        let Some(c) = TITLE_THEN_NAME.captures(&after) else {
            continue;
        };
        // "ITU Secretary-General": the office belongs to the body named just before.
        let owned = facts.mentions.iter().any(|m| {
            m.entity != body && m.span.end <= span.start && span.start - m.span.end <= 3 && {
                let gap = facts.text(&(m.span.end..span.start));
                gap.trim().is_empty() || gap.trim() == "'s" || gap.trim() == "’s"
            }
        });
        let office = !owned
            && ex
                .vocab
                .get(&facts.entities[body].iri)
                .is_some_and(|v| v.has_class("Office"));
        let title = c.get(1).map(|t| {
            t.as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace("- ", "-")
        });
        if title.is_none() && !office {
            continue;
        }
        let name = c.get(2).unwrap();
        let from = span.end + after[..name.start()].chars().count();
        let name_span = from..from + name.as_str().chars().count();
        if facts.mentions_in(&name_span).next().is_some() {
            continue;
        }
        let chairs = title.as_deref().is_some_and(|t| t.starts_with("Chair"));
        let evidence = facts.sentence_span(span.start);
        add_person(facts, ex, name.as_str(), body, title, chairs, evidence);
    }
}

fn clause_end(facts: &Facts, from: usize, limit: usize) -> usize {
    let chars = facts.clean.chars();
    let limit = limit.min(chars.len());
    let from = from.min(limit);
    chars[from..limit]
        .iter()
        .position(|&c| c == ';' || c == '\n')
        .map_or(limit, |p| from + p)
}

/// "Ms. Jane Doe (Brazil) was elected Chair of the Working Group", "Mr. Peter Major (Hungary),
/// Chair of the CSTD": after a delegate's country in brackets, the office the clause gives the
/// person in another body, with its role.
fn office_after_delegation(facts: &Facts, name_end: usize, clause: &Range<usize>) -> Option<(EntityId, String)> {
    let close = (name_end..clause.end).find(|&i| facts.clean.chars()[i] == ')')?;
    if !facts.text(&(name_end..close)).trim_start().starts_with('(') {
        return None;
    }
    let (body, role_span) = body_in_clause(facts, &(close + 1..clause.end))?;
    let words = facts.text(&role_span);
    let role = ROLE.find(&words)?;
    let raw = &words[role.start()..];
    Some((body, TRAILING.replace(raw, "").trim().to_string()))
}

/// What joins a unit to the organisation it is part of in a person's affiliation:
/// "Directorate-General for Communications Networks, Content and Technology, European
/// Commission, at the …": a comma, and after the organisation the end of the affiliation.
static UNIT_THEN_PARENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*(?:the\s+)?$").unwrap());
static AFFILIATION_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:[,.;:)]|at(?-u:\b)|$)").unwrap());

/// The organisation named right after the body a person's clause names first, when the two
/// make one affiliation (see [`UNIT_THEN_PARENT`]): the person belongs to both.
fn parent_after(facts: &Facts, unit: EntityId, role: &Range<usize>, clause: &Range<usize>) -> Option<EntityId> {
    let first = facts
        .mentions_in(&(role.end..clause.end))
        .find(|m| m.entity == unit && m.span.start == role.end)?;
    let next = facts
        .mentions_in(&(first.span.end..clause.end))
        .find(|m| m.span.start >= first.span.end && facts.entities[m.entity].kind == Kind::Body)?;
    let parent = next.entity != unit
        && UNIT_THEN_PARENT.is_match(facts.clean.str(first.span.end..next.span.start))
        && AFFILIATION_END.is_match(facts.clean.str(next.span.end..clause.end));
    parent.then_some(next.entity)
}

/// "Statement on behalf of the European Union and its Member States by Mr. Thibaut Kleiner,
/// Director …": the body a statement is made on behalf of, and the person named as making it.
static ON_BEHALF_BY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^.;:]{0,60}?(?-u:\b)by\s+$").unwrap());
static ON_BEHALF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)on behalf of\s+(?:the\s+)?$").unwrap());

/// The speaker a statement names as made on behalf of a body belongs to that body.
fn speakers_on_behalf(facts: &mut Facts, ex: &Extractor, names: &[(String, Range<usize>, Range<usize>)]) {
    let mut found = Vec::new();
    for (name, whole, _) in names {
        let sentence = facts.sentence_span(whole.start);
        let Some(body) = facts
            .mentions_in(&(sentence.start..whole.start))
            .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
            .find(|m| {
                let lead = facts
                    .clean
                    .str(m.span.start.saturating_sub(20).max(sentence.start)..m.span.start);
                ON_BEHALF.is_match(lead) && ON_BEHALF_BY.is_match(facts.clean.str(m.span.end..whole.start))
            })
        else {
            continue;
        };
        found.push((name.clone(), body.entity, sentence));
    }
    for (name, body, sentence) in found {
        add_person(
            facts,
            ex,
            &name,
            body,
            Some("speaking on behalf".to_string()),
            false,
            sentence,
        );
    }
}

/// What stands between a possessive body and the unit it owns: "United Nations’ IGF …".
static POSSESSIVE_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:’s?|'s?) $").unwrap());

/// The first body named in the clause after the name, with the text before it as the role; of
/// names that start there, an organ's or a unit's ("the Africa IGF MAG", not the forum it is
/// the MAG of; "the European Union Delegation to the United Nations", not the Union).
fn body_in_clause(facts: &Facts, clause: &Range<usize>) -> Option<(EntityId, Range<usize>)> {
    let all: Vec<&super::Mention> = facts
        .mentions_in(clause)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .collect();
    // "Head of Office, United Nations’ IGF Secretariat": a possessive body owns the unit
    // after it, which the person is of.
    let owner_before = |i: usize| {
        all.get(i + 1)
            .is_some_and(|next| POSSESSIVE_GAP.is_match(facts.clean.str(all[i].span.end..next.span.start)))
    };
    let skip = (0..all.len()).take_while(|&i| owner_before(i)).count();
    // The role ends where the owner's name starts.
    let owner_start = (skip > 0).then(|| all[0].span.start);
    let mut bodies = all.into_iter().skip(skip);
    let first = bodies.next()?;
    let part_of_first = |e: EntityId| {
        facts
            .links
            .iter()
            .any(|l| l.from == e && l.to == first.entity && l.relation == "partOf")
    };
    let longest = bodies
        .take_while(|m| m.span.start == first.span.start)
        .filter(|m| super::organs::names_organ(&facts.entities[m.entity].label) || part_of_first(m.entity))
        .fold(first, |a, m| if m.span.end > a.span.end { m } else { a });
    Some((longest.entity, clause.start..owner_start.unwrap_or(longest.span.start)))
}

/// "the Secretary-General of the Y, Dr X": a body named just before ", Dr X".
fn appositive_body(
    facts: &Facts,
    names: &[(String, Range<usize>, Range<usize>)],
    i: usize,
    sentence: &Range<usize>,
) -> Option<(EntityId, Range<usize>)> {
    let start = names[i].1.start;
    if start < 2 || facts.clean.chars().get(start - 2) != Some(&',') {
        return None;
    }
    let from = i
        .checked_sub(1)
        .map_or(sentence.start, |p| names[p].1.end)
        .max(sentence.start);
    let m = facts
        .mentions_in(&(from..start))
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .last()?;
    // "Steve Chege, Chief Corporate Affairs Officer – Safaricom, Alberto Cerda, …": after the
    // comma of the name before, the role and body are that person's, in a list of speakers;
    // an office "of the" body is the next one's ("X, speaking on behalf of the Secretary-General
    // of the ITU, Dr Y").
    let between = facts.text(&(from..m.span.start));
    if i > 0 && between.trim_start().starts_with(',') && !OF_THE_END.is_match(&between) {
        return None;
    }
    // The body's acronym may stand between: "… of the Nigeria Internet Registry Association
    // (NIRA), Mr. Toba Obaniyi".
    if m.span.end + 2 == start || ACRONYM_GAP.is_match(&facts.text(&(m.span.end..start))) {
        return Some((m.entity, from..m.span.start));
    }
    // "The Internet Society's Vice President of Global Engagement, Mr Raúl Echeberría": the
    // role stands between the body's possessive and the name.
    let between = m.span.end..start;
    let words = facts.text(&between);
    let possessive = POSSESSIVE_ROLE.is_match(&words) && ROLE.is_match(&words);
    (possessive || BODY_TITLE.is_match(&words)).then_some((m.entity, between))
}

/// An office of the body named right before it, then a name in apposition: "United Nations
/// Under-Secretary-General for Economic and Social Affairs, Mr. Li Junhua".
static BODY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:Deputy\s+|Assistant\s+|Special\s+)?(?:Under-Secretary-General|Secretary-General|Director-General|Executive Director|Director|President|Vice-President|Chair(?:man|person|woman)?|Special Envoy|Envoy|High Commissioner|Coordinator|Chief Executive Officer|CEO)(?-u:\b)[^,;()]{0,60},\s$").unwrap()
});

/// A body's acronym in brackets and the comma before a name in apposition: " (NIRA), ".
/// The body may be that acronym itself, named in its brackets: "), ".
static ACRONYM_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\s*\([\p{Lu}\d&. -]{2,15})?\),\s$").unwrap());

/// The words between a body's possessive and a name in apposition: "'s Vice President of Global
/// Engagement, ".
static POSSESSIVE_ROLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^['’]s\s+[^,;()]{2,60},\s$").unwrap());

/// "Executive Director of IT for Change": an organisation the vocabulary does not know,
/// named after a role.
fn introduced_org(facts: &mut Facts, ex: &Extractor, clause: &Range<usize>) -> Option<(EntityId, Range<usize>)> {
    let text = facts.text(clause);
    let role = ROLE.find(&text)?;
    let cap = ORG_AFTER_ROLE.captures(&text[role.end()..])?;
    let name = cap.get(1)?;
    let from = clause.start + text[..role.end() + name.start()].chars().count();
    let span = from..from + name.as_str().chars().count();
    let before = facts.entities.len();
    add_introduced(
        facts,
        ex.iris,
        vec![(name.as_str().to_string(), None, "Body", span.clone())],
    );
    let id = facts
        .mentions_in(&span)
        .find(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| m.entity)?;
    (id >= before || facts.entities[id].introduced.is_some()).then_some((id, clause.start..span.start))
}
