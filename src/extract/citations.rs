//! Instruments and provisions a document cites: named instruments of the vocabulary, UN
//! document symbols (`A/RES/70/125` and `A/70/125` are one), "resolution 66/184", reports of
//! named bodies, and paragraph references ("paragraphs 69 to 71 of the Tunis Agenda", "§ 69",
//! "para 35") attached to the instrument they belong to.

use super::{Citation, Entity, EntityId, Extractor, Facts, Introduced};
use crate::formats::SymbolLink;
use crate::text::Offsets;
use crate::vocab::Kind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The longest paragraph range expanded into single provisions.
const MAX_RANGE: u32 = 60;

/// One UN document symbol: series letter, optional organ or committee, optional document type
/// (`RES`, `DEC`), session and number, optional draft or conference-room mark ("L.31",
/// "CRP.1"), optional revision, addendum or corrigendum.
const ONE_SYMBOL: &str = r"(?:A|E|S)(?:/HRC|/CN\.\d+|/C\.\d|/AC\.\d+)?(?:/(?:RES|DEC|PRST))?/(?:\d+/)*\d+(?:/(?:L|CRP|WP|INF)\.\d+)?(?:/(?:Rev|Add|Corr)\.\d+)*";

/// A UN document symbol, or a joint symbol ("A/68/65–E/2013/11") naming one document issued to
/// two organs.
static SYMBOL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{ONE_SYMBOL}(?:\s?[-–]\s?{ONE_SYMBOL})?")).unwrap());
/// Resolutions of an ITU conference or council cited by number after the organ's name, one or a
/// list: "PP Resolutions 101, 102, 133, and 180", "Council Resolution 1305", "WTSA Resolution 52".
static ORGAN_RESOLUTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(PP|ITU|ITU Council|Council|Plenipotentiary(?: Conference)?|WTSA|WTDC|WCIT|WRC)\s+[Rr]esolutions?\s+(\d{1,4}(?:\s*(?:,\s*and|,|and|&)\s*\d{1,4})*)(?-u:\b)").unwrap()
});
/// "ITU Council revised its Resolution 1344 (Mod. 2015)", "The ITU Council 2002, by Resolution
/// 1196, …": a four-digit resolution the ITU Council is said to adopt or revise in the same
/// clause is one of its own.
static ITU_COUNCIL_ACTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)ITU Council(?-u:\b)[^.;:]{{0,100}}?(?-u:\b)[Rr]esolutions?\s+{COUNCIL_NUMBERS}(?-u:\b)"
    ))
    .unwrap()
});
/// A list of the ITU Council's four-digit resolution numbers: "1305, 1336 and 1344".
const COUNCIL_NUMBERS: &str = r"(\d{4}(?:\s*(?:,\s*and|,|and|&)\s*\d{4})*)";
/// "Resolutions 1305, 1336 and 1344 adopted by the ITU Council": the Council named after them.
static ADOPTED_BY_ITU_COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)[Rr]esolutions?\s+{COUNCIL_NUMBERS}\s+(?:\([^)]{{1,30}}\)\s+)?(?:adopted|revised|approved) by (?:the )?ITU Council(?-u:\b)")).unwrap()
});
/// One number of such a list.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,4}").unwrap());
/// A symbol of series, session and number alone ("A/70/125"), which "resolution" before it
/// makes a resolution's; an organ's symbol ("A/HRC/49") is not one.
static SESSION_AND_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[AE]/\d+/\d+$").unwrap());
/// "resolution" or "decision" right before a bare symbol: the author names it as such.
static NAMED_AS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(resolution|decision)\s*\(?\s*$").unwrap());
/// "resolution 70/125", "resolutions 56/183 of 21 December 2001 and 57/238", "decision 1992/218",
/// "resolution 57/270B" (a resolution in parts): the type word and the first number; later numbers of the list are found by [`LISTED_NUMBER`].
static RESOLUTION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:(resolution|decision))s?\s+(\d{1,4})/(\d{1,4}(?:\s?[A-C])?)(?-u:\b)").unwrap()
});
/// A further "N/N" of a list after "resolutions …": "… and 57/238", "…, 60/252", also after the
/// date and subject of the one before ("12/16 of 2 October 2009 on freedom of opinion and
/// expression, 28/16 of 26 March 2015"), with or without a comma before the subject ("28/16 of 24
/// March 2015, on the right to privacy in the digital age, and 23/2 of 13 June 2013").
static LISTED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+of\s+\d{1,2}\s+\w+\s+\d{4})?(?:,?\s+on\s+[^,;:()]{1,160}?)?(?:,\s*and\s+|,\s*|\s+and\s+)(\d{1,4})/(\d{1,4})(?-u:\b)").unwrap()
});
/// What may stand between a list of the Council's resolutions and a further "resolutions …" of
/// the same Council: the date and subject of the last one, in one sentence naming no other organ.
static SAME_LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^.;]{0,200}?,?\s*and\s+(?:also\s+)?$").unwrap());
static OTHER_ORGAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"General Assembly|Economic and Social Council|ECOSOC|Security Council").unwrap());
/// The organ named before "resolution": the Human Rights Council issues its own series, and
/// is the one council whose resolutions are numbered by session ("Council resolutions 20/8"):
/// the Economic and Social Council's carry a year, the Security Council's and ITU Council's a
/// bare number.
static HRC_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:Human Rights Council|HRC|Council)(?:'s)?\s*$").unwrap());
/// The head of a text the Human Rights Council adopted.
static COUNCIL_ADOPTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:resolution|decision) adopted by the Human Rights Council").unwrap());
/// "its resolution(s)" or "its decision(s)" right before the number.
static ITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)its\s*$").unwrap());
/// How far into a document its head runs, in chars.
const HEAD_CHARS: usize = 600;
/// "Security Council resolution 2341 (2017)": that organ numbers resolutions without session.
static SECURITY_COUNCIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Security Council [Rr]esolutions?\s+(\d{3,4})\s*\((\d{4})\)").unwrap());
/// An ITU conference resolution cited in that Union's own form: "Resolution 102 (Rev.
/// Guadalajara, 2010)", "Resolution 48 (Dubai, 2012)".
static ITU_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Resolution\s+(\d{1,3})\s+\((?:Rev\.\s*)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*,\s*\d{4}\)")
        .unwrap()
});
static PARAGRAPH_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)paragraphs?|(?-u:\b)paras?\.?|§|#)\s*(\d{1,3})(?:\s*(?:to|-|–|and)\s*(\d{1,3}))?(?-u:\b)",
    )
    .unwrap()
});
/// How far into a document its own symbol and title lines may stand, in chars.
const OWN_TITLE_CHARS: usize = 600;
/// A title naming the document as a body's report, "Report of the Secretary-General", in its
/// head, where a conversion may have run the title into the lines around it.
static OWN_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Report of the \p{Lu}[^\n|.;:()]{0,80}").unwrap());
/// Words before "Report of" that make it another document's: "the Report of", "its Report of".
static CITED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:the|its|this|a|his|her|their|in|see|and)\s+$").unwrap());
static REPORT_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)report of (?:the )?$").unwrap());
static REPORT_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:'s)?(?: \d+)? [Rr]eport(?-u:\b)").unwrap());
static OF_BETWEEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*of(?-u:\b)").unwrap());
/// The head nouns that make a capitalised name an instrument: "the Okinawa Charter on Global
/// Information Society", "the Paris Call for Trust and Security in Cyberspace", "the G8
/// Declaration in Deauville", "The Paris Agreement", "the 2030 Agenda".
/// "the Global Strategy on Digital Health", "the Caribbean Internet Governance Policy Framework".
const INSTRUMENT_HEADS: &str = "Charter|Call|Agreement|Declaration|Convention|Treaty|Accord|Compact|Pact|Protocol|Agenda|Statement|Principles|Roadmap|Strategy|Framework|Guidelines";
/// An instrument named by its capitalised name after "the" or an opening quote, with the words
/// after its head that complete it ("… on Global Information Society").
static NAMED_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:\p{Lu}[\p{L}0-9-]*|\d{4})";
    let tail = r"\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|the|for|in|on)\s+)*\p{Lu}[\p{L}-]*)*";
    Regex::new(&format!(
        r#"(?:(?-u:\b)[Tt]he\s+|[“"])((?:{word}\s+){{1,4}}(?:{INSTRUMENT_HEADS})(?:\s+(?:on|for|of|in)\s+(?:the\s+)?{tail})?)\b"#
    ))
    .unwrap()
});
/// An instrument named by its head and what completes it, with no word before the head: "the
/// Declaration of the Summit for Democracy", "the Convention on Cybercrime".
static HEAD_FIRST_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    // Without a word before the head, "and the" would run on into the next instrument ("the
    // Declaration of Principles and the Plan of Action"); "and" before a capitalised word goes on
    // with the name ("the Convention on the Organisation for Economic Co-operation and Development").
    let tail = r"\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|the|for|in|on)\s+)*\p{Lu}[\p{L}-]*|\s+and\s+\p{Lu}[\p{L}-]*)*";
    Regex::new(&format!(
        r"(?-u:\b)[Tt]he\s+((?:{INSTRUMENT_HEADS})\s+(?:on|for|of)\s+(?:the\s+)?{tail})(?-u:\b)"
    ))
    .unwrap()
});
/// A text cited by its kind and its quoted title: 'the final report “Advancing Cyberstability”',
/// 'a study entitled "Mapping Internet Governance"'. On one line: a quoted line under "Chairman's
/// Report" is the document's own title.
static QUOTED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i:report|study|paper|publication|declaration|statement|guidelines|toolkit|handbook|strategy|framework)[ \t]*,?[ \t]*(?i:(?:en)?titled[ \t]+|called[ \t]+)?[“"](\p{Lu}[^”"\n]{3,100})[”"]"#).unwrap()
});
/// "on the basis of the revised terms of reference": the terms of reference of a group or a
/// role, a text the document cites by its kind.
static TERMS_OF_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:the|its|their)\s+((?:(?:revised|draft|new|updated|current)\s+)?terms of reference)(?-u:\b)",
    )
    .unwrap()
});
/// "A background report (hereafter referred to as “Background Report”)": a short name the
/// document defines for a text it cites.
static DEFINED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\(here(?:in)?after(?: referred to as)?\s*[“"]((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Report|Document|Study|Paper))[”"]\)"#).unwrap()
});

/// A text cited by its title and, in brackets after it, the symbol its issuer gave it: "the
/// Recommendation of the Council concerning Guidelines Governing the Protection of Privacy …
/// [OECD/LEGAL/0188]", "Decision EX.CL/Dec.261 (IX)" is not one (no title). The symbol, with
/// at least two slashes, is the text's identity; the title its name.
static TITLE_THEN_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:Recommendation|Declaration|Decision|Resolution|Guidelines|Statement|Convention|Charter|Agreement|Protocol|Report)\s+(?:of|on|for|concerning|to|in)\s[^\[\];\n]{5,200}?)\s*\[(\p{Lu}[\p{L}.-]*(?:/[\p{L}0-9.()-]+){2,})\]").unwrap()
});

/// Fills [`Facts::citations`]; `links` are the symbols the file itself links to, cited by the
/// linked words.
pub fn find_citations(facts: &mut Facts, ex: &Extractor, links: &[SymbolLink]) {
    let mut cited: Vec<(EntityId, Range<usize>)> = Vec::new();
    for m in facts.mentions.iter().filter(|m| m.explicit) {
        if facts.entities[m.entity].kind == Kind::Instrument {
            cited.push((m.entity, m.span.clone()));
        }
    }
    let own_symbols = own_symbols(facts);
    cited.extend(symbols(facts, ex, &own_symbols));
    cited.extend(reports(facts, ex));
    for link in links {
        if let Some(span) = facts.clean.cleaned_range(link.span.clone()) {
            let instrument = instrument_entity(facts, ex, &link.symbol, span.start);
            cited.push((instrument, span));
        }
    }
    cited.extend(named_instruments(facts, ex));
    cited.extend(titled_with_symbol(facts, ex));
    let own = own_identity(facts);
    cited.retain(|(_, span)| !own.iter().any(|o| o.start <= span.start && span.end <= o.end));
    // One instrument found twice at one place (a linked "resolution 70/125" and its words, a
    // named instrument and its vocabulary label) is one citation.
    let mut seen = std::collections::HashSet::new();
    cited.retain(|c| seen.insert(c.clone()));
    cited.sort_by_key(|(_, span)| span.start);
    for (instrument, span) in &cited {
        let evidence = facts.sentence_span(span.start);
        facts.citations.push(Citation {
            instrument: *instrument,
            paragraphs: Vec::new(),
            evidence,
        });
    }
    provisions(facts, &cited);
}

/// The first line of a document that opens on its own symbol ("A/66/64–E/2011/77 United
/// Nations General Assembly …") and a title "Report of the X" in its head: the document names
/// itself there, and cites nothing.
fn own_identity(facts: &Facts) -> Vec<Range<usize>> {
    let head = facts.clean.str(0..OWN_TITLE_CHARS);
    let mut own = Vec::new();
    if let Some(symbol) = opening_symbol(head) {
        own.push(facts.clean.char_span(0..symbol.end));
    }
    for title in OWN_TITLE.find_iter(head) {
        if CITED_BEFORE.is_match(&head[..title.start()]) {
            continue;
        }
        let span = facts.clean.char_span(title.range());
        // A name run into the title by the conversion ("… the Information Society Report of
        // the Secretary-General") is not the author of a report either.
        let run_in = facts
            .mentions
            .iter()
            .filter(|m| m.span.end <= span.start && span.start - m.span.end <= 1)
            .map(|m| m.span.start)
            .min();
        own.push(run_in.unwrap_or(span.start)..span.end);
    }
    own
}

/// The byte range of the symbol, joint or not, that `head` opens on, up to the first space.
fn opening_symbol(head: &str) -> Option<Range<usize>> {
    let lead = head.len() - head.trim_start().len();
    SYMBOL.find(&head[lead..]).filter(|m| m.start() == 0)?;
    let end = head[lead..].find(char::is_whitespace).map_or(head.len(), |e| lead + e);
    Some(lead..end)
}

/// The symbols of a document that opens on its own ("A/66/64–E/2011/77 …"), each part of a
/// joint one on its own: the page headers that repeat them name the document, not a citation.
fn own_symbols(facts: &Facts) -> Vec<String> {
    let head = facts.clean.str(0..OWN_TITLE_CHARS);
    let Some(symbol) = opening_symbol(head) else {
        return Vec::new();
    };
    head[symbol]
        .split(['–', '—'])
        .filter(|part| {
            SYMBOL
                .find(part)
                .is_some_and(|m| m.start() == 0 && m.end() == part.len())
        })
        .map(str::to_string)
        .collect()
}

fn symbols(facts: &mut Facts, ex: &Extractor, own: &[String]) -> Vec<(EntityId, Range<usize>)> {
    let offsets = facts.clean.offsets().clone();
    cited_symbols(&facts.clean.text.clone())
        .into_iter()
        .filter(|(symbol, _)| !own.contains(symbol))
        .map(|(symbol, range)| {
            let span = offsets.chars(range);
            (instrument_entity(facts, ex, &symbol, span.start), span)
        })
        .collect()
}

/// Every symbol the text cites, as the UN issued it, with its byte range. A bare symbol the
/// author calls a resolution ("resolution A/70/125") is that resolution; a symbol after
/// other words ("the report … (A/67/65)") is kept as written, since the series tells a report
/// from a resolution.
fn cited_symbols(text: &str) -> Vec<(String, Range<usize>)> {
    let offsets = Offsets::new(text);
    let mut found = Vec::new();
    for m in SYMBOL.find_iter(text) {
        // A footnote number may be glued to the symbol ("follow-up process,6E/2006/85").
        let glued_to_word = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || c == '/');
        if glued_to_word {
            continue;
        }
        let symbol = m.as_str().replace([' ', '–'], "-").replace("--", "-");
        let symbol = symbol.trim_end_matches('-').to_string();
        let before = preceding(text, &offsets, m.start(), 24);
        let typed = symbol.contains("/RES/") || symbol.contains("/DEC/") || symbol.contains('-');
        let symbol = match NAMED_AS.captures(before) {
            Some(c) if !typed && SESSION_AND_NUMBER.is_match(&symbol) => {
                let kind = if c[1].eq_ignore_ascii_case("decision") {
                    "/DEC/"
                } else {
                    "/RES/"
                };
                symbol.replacen('/', kind, 1)
            }
            _ => symbol,
        };
        found.push((symbol, m.range()));
    }
    found.extend(numbered_resolutions(text, &offsets));
    for c in SECURITY_COUNCIL.captures_iter(text) {
        found.push((format!("S/RES/{} ({})", &c[1], &c[2]), c.get(0).unwrap().range()));
    }
    for m in ITU_RESOLUTION.find_iter(text) {
        found.push((m.as_str().split_whitespace().collect::<Vec<_>>().join(" "), m.range()));
    }
    found.extend(organ_resolutions(text, &found));
    found
}

/// "PP Resolutions 101, 102, 133, and 180": each number is a resolution of the organ, named
/// "PP Resolution 101"; a number already cited in the Union's own form is not cited twice.
fn organ_resolutions(text: &str, cited: &[(String, Range<usize>)]) -> Vec<(String, Range<usize>)> {
    let mut found = Vec::new();
    let organ_lists = ORGAN_RESOLUTIONS
        .captures_iter(text)
        .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap()))
        .chain(
            ITU_COUNCIL_ACTS
                .captures_iter(text)
                .chain(ADOPTED_BY_ITU_COUNCIL.captures_iter(text))
                .map(|c| ("Council", c.get(1).unwrap())),
        );
    let mut lists_read: Vec<Range<usize>> = Vec::new();
    for (organ, list) in organ_lists {
        if cited.iter().any(|(_, r)| r.start < list.end() && list.start() < r.end)
            || lists_read.iter().any(|r| r.start < list.end() && list.start() < r.end)
        {
            continue;
        }
        lists_read.push(list.range());
        for n in NUMBER.find_iter(list.as_str()) {
            let range = list.start() + n.start()..list.start() + n.end();
            found.push((format!("{organ} Resolution {}", n.as_str()), range));
        }
    }
    found
}
/// Up to `chars` characters of `text` before byte `at`.
fn preceding<'t>(text: &'t str, offsets: &Offsets, at: usize, chars: usize) -> &'t str {
    let at = offsets.char_of(at);
    &text[offsets.bytes(at.saturating_sub(chars)..at)]
}

/// "resolution 70/125" of the General Assembly (a two-digit session), "resolution 2023/3" and
/// "decision 1992/218" of the Economic and Social Council (a year), "Human Rights Council
/// resolution 20/8"; "resolutions 56/183 … and 57/238" cites each.
fn numbered_resolutions(text: &str, offsets: &Offsets) -> Vec<(String, Range<usize>)> {
    let mut found = Vec::new();
    // Where the last list of the Council's resolutions ended: "Council resolutions 20/8 … and
    // 26/13 …, and resolutions 12/16 …" goes on with the same Council's.
    let mut council_list_end: Option<usize> = None;
    // A resolution of the Council cites the Council's own as "its resolutions 5/1 …".
    let head = &text[..offsets.bytes(0..offsets.char_len().min(HEAD_CHARS)).end];
    let council_speaks = COUNCIL_ADOPTED.is_match(head);
    for c in RESOLUTION_NUMBER.captures_iter(text) {
        let whole = c.get(0).unwrap();
        let kind = if c[1].eq_ignore_ascii_case("decision") {
            "DEC"
        } else {
            "RES"
        };
        let continues_council = council_list_end.is_some_and(|end| {
            let gap = &text[end..whole.start()];
            SAME_LIST.is_match(gap) && !OTHER_ORGAN.is_match(gap) && c[2].len() == 2
        });
        let before = preceding(text, offsets, whole.start(), 30);
        let hrc = continues_council || HRC_BEFORE.is_match(before) || council_speaks && ITS.is_match(before);
        let symbol = |session: &str, number: &str| {
            let organ = match (session.len(), hrc) {
                (4, _) => "E",
                (_, true) => "A/HRC",
                _ => "A",
            };
            // A resolution in parts is cited by its part as the UN writes it: "57/270 B".
            let number = match number.strip_suffix(['A', 'B', 'C']) {
                Some(digits) => format!("{} {}", digits.trim_end(), &number[number.len() - 1..]),
                None => number.to_string(),
            };
            format!("{organ}/{kind}/{session}/{number}")
        };
        found.push((symbol(&c[2], &c[3]), whole.range()));
        let mut end = whole.end();
        while let Some(more) = LISTED_NUMBER.captures(&text[end..]) {
            let number = more.get(1).unwrap().start() + end..more.get(0).unwrap().end() + end;
            found.push((symbol(&more[1], &more[2]), number.clone()));
            end = number.end;
        }
        council_list_end = hrc.then_some(end);
    }
    found
}

/// The entity of a vocabulary instrument.
fn known_instrument(facts: &mut Facts, c: &crate::vocab::Concept) -> EntityId {
    facts.entity(Entity {
        iri: c.iri.clone(),
        kind: Kind::Instrument,
        label: c.pref_label.clone(),
        introduced: None,
    })
}

/// The instrument a symbol names: the vocabulary's, else one minted under the symbol.
fn instrument_entity(facts: &mut Facts, ex: &Extractor, symbol: &str, at: usize) -> EntityId {
    if let Some(c) = ex.vocab.instrument_by_symbol(symbol) {
        return known_instrument(facts, c);
    }
    let evidence = facts.sentence_span(at);
    let class = if symbol.contains("/RES/") || symbol.starts_with("Resolution ") {
        "Resolution"
    } else {
        "Instrument"
    };
    facts.entity(Entity {
        iri: ex.iris.minted("instrument", symbol).as_str().to_string(),
        kind: Kind::Instrument,
        label: symbol.to_string(),
        introduced: Some(Introduced {
            class,
            acronym: None,
            evidence,
        }),
    })
}

fn reports(facts: &mut Facts, ex: &Extractor) -> Vec<(EntityId, Range<usize>)> {
    let mut found = Vec::new();
    let bodies: Vec<(EntityId, Range<usize>)> = facts.named_bodies();
    for (body, span) in bodies {
        let before = facts.clean.str(span.start.saturating_sub(20)..span.start);
        let after = facts.clean.str(span.end..span.end + 12);
        if !(REPORT_BEFORE.is_match(before) || REPORT_AFTER.is_match(after)) {
            continue;
        }
        let body_iri = facts.entities[body].iri.clone();
        let id = match ex.vocab.reports_of(&body_iri)[..] {
            [c] => known_instrument(facts, c),
            // Which of its reports the text means is for the report's own name to say ("the 2013
            // GGE report").
            [_, _, ..] => continue,
            [] => {
                let label = format!("Report of the {}", facts.entities[body].label);
                let evidence = facts.sentence_span(span.start);
                let slug = body_iri.rsplit('/').next().unwrap_or("body").to_string();
                facts.entity(Entity {
                    iri: ex
                        .iris
                        .named(&format!("instrument/report-of-{slug}"))
                        .as_str()
                        .to_string(),
                    kind: Kind::Instrument,
                    label,
                    introduced: Some(Introduced {
                        class: "Report",
                        acronym: None,
                        evidence,
                    }),
                })
            }
        };
        found.push((id, span));
    }
    found
}

/// Instruments cited by name but not in the vocabulary, and names of its instruments written
/// shorter ("the 2030 Agenda"): each is the vocabulary instrument one of whose labels holds the
/// name's words, else an instrument of its own.
fn named_instruments(facts: &mut Facts, ex: &Extractor) -> Vec<(EntityId, Range<usize>)> {
    let text = facts.clean.text.clone();
    let names = NAMED_INSTRUMENT
        .captures_iter(&text)
        .chain(HEAD_FIRST_INSTRUMENT.captures_iter(&text))
        .chain(QUOTED_TITLE.captures_iter(&text))
        .chain(DEFINED_AS.captures_iter(&text))
        .chain(TERMS_OF_REFERENCE.captures_iter(&text))
        .filter_map(|c| c.get(1))
        .map(|m| {
            (
                m.as_str().trim_start_matches("the ").to_string(),
                facts.clean.char_span(m.range()),
            )
        });
    let mut found = Vec::new();
    for (name, span) in names.collect::<Vec<_>>() {
        let known = facts
            .mentions_in(&(span.start.saturating_sub(1)..span.end + 1))
            .chain(
                facts
                    .mentions
                    .iter()
                    .filter(|m| m.span.start < span.start && m.span.end > span.start),
            )
            .any(|m| facts.entities[m.entity].kind == Kind::Instrument);
        if known {
            continue;
        }
        let id = match vocabulary_instrument(ex, &name) {
            Some(c) => known_instrument(facts, c),
            None => {
                let evidence = facts.sentence_span(span.start);
                // Terms of reference are of the document's own group: one set per document.
                let key = if name.to_lowercase().ends_with("terms of reference") {
                    format!("{} {name}", facts.file_name)
                } else {
                    name.clone()
                };
                facts.entity(Entity {
                    iri: ex.iris.minted("instrument", &key).as_str().to_string(),
                    kind: Kind::Instrument,
                    label: name,
                    introduced: Some(Introduced {
                        class: "Instrument",
                        acronym: None,
                        evidence,
                    }),
                })
            }
        };
        found.push((id, span));
    }
    found
}

/// The texts cited by title and bracketed symbol ([`TITLE_THEN_SYMBOL`]) that no other rule
/// found: one instrument per symbol, named by its title.
fn titled_with_symbol(facts: &mut Facts, ex: &Extractor) -> Vec<(EntityId, Range<usize>)> {
    let text = facts.clean.text.clone();
    let mut found = Vec::new();
    for c in TITLE_THEN_SYMBOL.captures_iter(&text) {
        let (Some(title), Some(symbol)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if SYMBOL.is_match(symbol.as_str()) {
            continue;
        }
        let span = facts.clean.char_span(title.start()..symbol.end());
        let known = facts
            .mentions_in(&span)
            .any(|m| facts.entities[m.entity].kind == Kind::Instrument);
        if known {
            continue;
        }
        let evidence = facts.sentence_span(span.start);
        let id = facts.entity(Entity {
            iri: ex.iris.minted("instrument", symbol.as_str()).as_str().to_string(),
            kind: Kind::Instrument,
            label: title.as_str().trim().to_string(),
            introduced: Some(Introduced {
                class: "Instrument",
                acronym: Some(symbol.as_str().to_string()),
                evidence,
            }),
        });
        found.push((id, span));
    }
    found
}

/// The vocabulary instrument with the shortest label that holds all of `name`'s words in order.
fn vocabulary_instrument<'v>(ex: &Extractor<'v>, name: &str) -> Option<&'v crate::vocab::Concept> {
    let key = format!(" {} ", name.to_lowercase());
    ex.vocab
        .of_kind(Kind::Instrument)
        .filter_map(|c| {
            let shortest = c
                .labels
                .iter()
                .map(|l| format!(" {} ", l.to_lowercase().replace([':', ','], " ")))
                .filter(|l| l.contains(&key))
                .map(|l| l.len())
                .min()?;
            Some((shortest, c))
        })
        .min_by_key(|(len, _)| *len)
        .map(|(_, c)| c)
}

/// Attaches paragraph references to an instrument: the one named right after "of", else the
/// nearest in the same sentence, else the last one cited before.
fn provisions(facts: &mut Facts, cited: &[(EntityId, Range<usize>)]) {
    let text = facts.clean.text.clone();
    for c in PARAGRAPH_REF.captures_iter(&text) {
        let span = facts.clean.char_span(c.get(0).unwrap().range());
        let sentence = facts.sentence_span(span.start);
        let following = cited.iter().find(|(_, s)| {
            s.start >= span.end && s.start <= span.end + 40 && {
                OF_BETWEEN.is_match(facts.clean.str(span.end..s.start))
            }
        });
        let same_sentence = || {
            cited
                .iter()
                .filter(|(_, s)| s.start >= sentence.start && s.end <= sentence.end)
                .min_by_key(|(_, s)| s.start.abs_diff(span.start))
        };
        let earlier = || cited.iter().rev().find(|(_, s)| s.end <= span.start);
        let Some((instrument, _)) = following.or_else(same_sentence).or_else(earlier) else {
            continue;
        };
        let first: u32 = c[1].parse().unwrap_or(0);
        let last: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(first);
        let paragraphs: Vec<u32> = if last >= first && last - first <= MAX_RANGE {
            (first..=last).collect()
        } else {
            vec![first]
        };
        if first > 0 {
            facts.citations.push(Citation {
                instrument: *instrument,
                paragraphs,
                evidence: sentence,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbols_of(text: &str) -> Vec<String> {
        cited_symbols(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn four_digit_resolutions_adopted_by_the_itu_council_are_its_own() {
        assert_eq!(
            symbols_of("b) Resolutions 1305, 1336 and 1344 adopted by the ITU Council;"),
            [
                "Council Resolution 1305",
                "Council Resolution 1336",
                "Council Resolution 1344"
            ]
        );
        assert!(symbols_of("Resolutions 1305 and 1336 were discussed by the working group;").is_empty());
    }

    #[test]
    fn the_councils_own_resolutions_are_its_series_even_of_one_digit_sessions() {
        let resolution = "Resolution adopted by the Human Rights Council on 22 March 2018\n37/2. The right to privacy in the digital age\nRecalling also its resolutions 5/1, on institution-building of the Human Rights Council, and 5/2, on the Code of Conduct, of 18 June 2007,";
        assert_eq!(symbols_of(resolution), ["A/HRC/RES/5/1", "A/HRC/RES/5/2"]);
        // The General Assembly's "its resolution" stays the Assembly's.
        assert_eq!(
            symbols_of("The General Assembly,\nRecalling its resolution 70/125,"),
            ["A/RES/70/125"]
        );
    }

    #[test]
    fn a_cited_report_keeps_its_symbol() {
        assert_eq!(
            symbols_of(
                "Recalling its resolution 70/125, and taking note of the report of the Secretary-General (A/67/65),"
            ),
            ["A/67/65", "A/RES/70/125"]
        );
        assert_eq!(
            symbols_of("in its Resolution A/70/125 drew special attention"),
            ["A/RES/70/125"]
        );
    }

    #[test]
    fn a_joint_symbol_names_one_document() {
        assert_eq!(
            symbols_of("Report of the Secretary-General A/68/65–E/2013/11 on progress made"),
            ["A/68/65-E/2013/11"]
        );
        assert_eq!(symbols_of("(A/78/62-E/2023/49)"), ["A/78/62-E/2023/49"]);
        // G7 digital ministers' declaration (2023): a draft resolution keeps its draft symbol.
        assert_eq!(
            symbols_of("the UN Human Rights Council Resolution (A/HRC/49/L.31/Rev.1) led by Ukraine"),
            ["A/HRC/49/L.31/Rev.1"]
        );
    }

    #[test]
    fn numbered_resolutions_take_the_series_of_their_organ() {
        assert_eq!(
            symbols_of("Recalling its resolutions 56/183 of 21 December 2001 and 57/238 of 20 December 2002,"),
            ["A/RES/56/183", "A/RES/57/238"]
        );
        assert_eq!(
            symbols_of("Bearing in mind its decision 1992/218 of 30 April 1992 and resolution 1992/62"),
            ["E/DEC/1992/218", "E/RES/1992/62"]
        );
        assert_eq!(symbols_of("Human Rights Council resolution 20/8"), ["A/HRC/RES/20/8"]);
        // CSTD draft resolution (2008): a resolution in parts, cited by its part.
        assert_eq!(
            symbols_of("Recalling General Assembly resolution 57/270B and"),
            ["A/RES/57/270 B"]
        );
        assert_eq!(symbols_of("resolution 57/270 Bis"), ["A/RES/57/270"]);
        // HRC resolution 38/7 (2018), preamble: lists whose numbers carry a date and a subject.
        assert_eq!(
            symbols_of(
                "Council resolutions 12/16 of 2 October 2009 on freedom of opinion and expression, 28/16 of 26\n\nMarch 2015 and 34/7 of 23 March 2017 on the right to privacy in the digital age, and recalling also General Assembly resolutions 68/167 of 18 December 2013 on the right to privacy, 70/184 of 22 December 2015"
            ),
            [
                "A/HRC/RES/12/16",
                "A/HRC/RES/28/16",
                "A/HRC/RES/34/7",
                "A/RES/68/167",
                "A/RES/70/184"
            ]
        );
        assert!(symbols_of("the 2016-2018 period and 20/8 of the votes").is_empty());
    }

    #[test]
    fn footnote_numbers_glued_to_a_symbol_do_not_hide_it() {
        assert_eq!(
            symbols_of("on the follow-up process,6E/2006/85. which reviews"),
            ["E/2006/85"]
        );
        assert!(symbols_of("THE/2006/85").is_empty());
    }

    fn instrument_names_of(text: &str) -> Vec<String> {
        NAMED_INSTRUMENT
            .captures_iter(text)
            .chain(HEAD_FIRST_INSTRUMENT.captures_iter(text))
            .chain(QUOTED_TITLE.captures_iter(text))
            .map(|c| c[1].to_string())
            .collect()
    }

    #[test]
    fn instruments_named_by_head_title_or_quote() {
        // WSIS Forum 2024 action line C7 report; Caribbean IGF 2016 report.
        assert_eq!(
            instrument_names_of("Subsequently, the Global Strategy on Digital Health 2020-2025 (GSDH) was endorsed"),
            ["Global Strategy on Digital Health"]
        );
        assert_eq!(
            instrument_names_of(
                "through finalization of Issue 3.0 of the Caribbean Internet Governance Policy Framework."
            ),
            ["Caribbean Internet Governance Policy Framework"]
        );
        // G7 digital ministers' declaration (2023); GCSC final report summary (2019).
        assert_eq!(
            instrument_names_of(
                "We reaffirm our commitments outlined in the Declaration of the Summit for Democracy, including"
            ),
            ["Declaration of the Summit for Democracy"]
        );
        assert_eq!(
            instrument_names_of(
                "The final report “Advancing Cyberstability” was presented at the 2nd Paris Peace Forum"
            ),
            ["Advancing Cyberstability"]
        );
        assert!(instrument_names_of("the declaration of the meeting and the report “was late”").is_empty());
        assert!(instrument_names_of("Chairman’s Report\n“Partnerships for Global Cybersecurity”").is_empty());
    }

    #[test]
    fn itu_resolutions_in_the_union_s_form() {
        assert_eq!(
            symbols_of("relevant parts of Resolution 102 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference"),
            ["Resolution 102 (Rev. Guadalajara, 2010)"]
        );
        assert_eq!(
            symbols_of("Security Council resolution 2341 (2017)"),
            ["S/RES/2341 (2017)"]
        );
        assert!(symbols_of("Resolution 102 of the Conference").is_empty());
        // ITU CWG-Internet, tenth meeting report (2017): a list of Plenipotentiary resolutions.
        assert_eq!(
            symbols_of("ITU’s activities related to PP Resolutions 101, 102, 133, and180 since Council 2017"),
            [
                "PP Resolution 101",
                "PP Resolution 102",
                "PP Resolution 133",
                "PP Resolution 180"
            ]
        );
        assert!(symbols_of("the Council of Europe adopted resolutions on 12 May").is_empty());
    }
}
