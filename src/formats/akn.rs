//! Akoma Ntoso XML as the UN publishes General Assembly and ECOSOC resolutions (AKN4UN), read
//! with `quick-xml`. The FRBR identification gives the document's symbol, adoption date and
//! author; the cover page, preface, preamble, operative paragraphs (with their numbers) and
//! conclusions give the text; authorial notes (footnotes) follow it, kept apart; `<ref>` links
//! to UN symbols are kept as links.

use super::xml::{attribute, local, malformed};
use super::{Read, TextOut, linked_symbol};
use crate::corpus::Metadata;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

/// Elements whose content is one block.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"heading",
    b"subheading",
    b"num",
    b"intro",
    b"wrapUp",
    b"paragraph",
    b"subparagraph",
    b"point",
    b"item",
    b"container",
    b"formula",
    b"tblock",
    b"blockContainer",
    b"li",
    b"tr",
    b"coverPage",
    b"preface",
    b"preamble",
    b"mainBody",
    b"conclusions",
    b"citation",
    b"recital",
];
/// Elements that end their block when they end, but do not start one: a paragraph's number is
/// followed by its words in the same block.
const STARTS_INLINE: &[&[u8]] = &[b"p", b"heading", b"intro", b"wrapUp"];

/// Reads an Akoma Ntoso document.
pub fn read(bytes: &[u8]) -> Read {
    let xml =
        std::str::from_utf8(bytes).map_err(|e| format!("the XML file is not UTF-8 (byte {})", e.valid_up_to()))?;
    let metadata = identification(xml)?;
    let mut out = TextOut::default();
    text(xml, &mut out, false)?;
    text(xml, &mut out, true)?;
    Ok(out.finish(metadata))
}

/// What the FRBR work identification and the cover page say about the document.
#[derive(Default)]
struct Identification {
    root_checked: bool,
    kind: Option<String>,
    date: Option<(bool, String)>,
    author: Option<String>,
    symbol: Option<String>,
    title: Option<String>,
    organisations: HashMap<String, String>,
}

fn identification(xml: &str) -> Result<Metadata, String> {
    let mut reader = Reader::from_str(xml);
    let mut found = Identification::default();
    let mut path: Vec<Vec<u8>> = Vec::new();
    let mut capture: Option<(Vec<u8>, String)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| malformed("XML", reader.buffer_position(), e))?;
        match event {
            Event::Start(e) => {
                note_element(&e, &path, &mut found)?;
                let name = local(e.name().as_ref()).to_vec();
                if capture.is_none() && matches!(name.as_slice(), b"docNumber" | b"docTitle") {
                    capture = Some((name.clone(), String::new()));
                }
                path.push(name);
            }
            Event::Empty(e) => note_element(&e, &path, &mut found)?,
            Event::Text(t) => {
                if let Some((_, text)) = capture.as_mut() {
                    text.push_str(
                        &t.unescape()
                            .map_err(|e| malformed("XML", reader.buffer_position(), e))?,
                    );
                }
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                if let Some((element, text)) = capture.take_if(|(element, _)| *element == name) {
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if element == b"docNumber" && found.symbol.is_none() && is_symbol(&text) {
                        found.symbol = Some(text);
                    } else if element == b"docTitle" && path.iter().any(|p| p == b"preface") {
                        found.title.get_or_insert(text);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !found.root_checked {
        return Err("not an Akoma Ntoso document: no root element".into());
    }
    let author = found
        .author
        .map(|href| found.organisations.get(&href).cloned().unwrap_or(href));
    Ok(Metadata {
        title: found.title,
        date: found.date.map(|(_, d)| d),
        kind: found.kind,
        issuer: author,
        source: None,
        symbol: found.symbol,
    })
}

/// Records what an element of the identification or references says.
fn note_element(e: &BytesStart, path: &[Vec<u8>], found: &mut Identification) -> Result<(), String> {
    let qname = e.name();
    let name = local(qname.as_ref());
    if !found.root_checked {
        if name != b"akomaNtoso" {
            return Err(format!(
                "not an Akoma Ntoso document: the root element is <{}>",
                String::from_utf8_lossy(name)
            ));
        }
        found.root_checked = true;
        return Ok(());
    }
    if path.len() == 1 && found.kind.is_none() {
        // The document element: `<statement name="resolution">`, `<doc name="decision">`.
        found.kind = attribute(e, b"name").or_else(|| Some(String::from_utf8_lossy(name).into_owned()));
    }
    let in_work = path.last().is_some_and(|p| p == b"FRBRWork");
    match name {
        b"FRBRdate" if in_work => {
            let adoption = attribute(e, b"name").is_some_and(|n| n.eq_ignore_ascii_case("adoption"));
            if let Some(date) = attribute(e, b"date").filter(|_| found.date.as_ref().is_none_or(|(a, _)| !a)) {
                found.date = Some((adoption, date.chars().take(10).collect()));
            }
        }
        b"FRBRauthor" if in_work && found.author.is_none() => {
            found.author = attribute(e, b"href").map(|h| h.trim_start_matches('#').to_string());
        }
        b"FRBRalias" if in_work => {
            let symbol = attribute(e, b"name").is_some_and(|n| n.to_ascii_lowercase().contains("symbol"));
            if symbol && let Some(value) = attribute(e, b"value").filter(|v| is_symbol(v)) {
                found.symbol = Some(value);
            }
        }
        _ if name.starts_with(b"TLC") => {
            if let (Some(id), Some(shown)) = (
                attribute(e, b"eId").or_else(|| attribute(e, b"id")),
                attribute(e, b"showAs"),
            ) {
                found.organisations.insert(id, shown);
            }
        }
        _ => {}
    }
    Ok(())
}

/// "A/RES/70/125", "E/RES/2006/46": an organ's capital letters, then parts after slashes.
fn is_symbol(text: &str) -> bool {
    let mut parts = text.split('/');
    let organ = parts.next().unwrap_or("");
    !organ.is_empty() && organ.chars().all(|c| c.is_ascii_uppercase()) && parts.next().is_some() && !text.contains(' ')
}

/// Appends the document's text: the running text, or (`notes`) only its authorial notes, each
/// opened by its marker.
fn text(xml: &str, out: &mut TextOut, notes: bool) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let mut meta = 0usize;
    let mut in_note = 0usize;
    let mut links: Vec<(usize, Option<String>)> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| malformed("XML", reader.buffer_position(), e))?;
        let reading = meta == 0 && (in_note > 0) == notes;
        match event {
            Event::Start(e) => {
                let qname = e.name();
                let name = local(qname.as_ref());
                match name {
                    b"meta" => meta += 1,
                    b"authorialNote" => {
                        in_note += 1;
                        if notes && in_note == 1 {
                            out.end_block();
                            out.words(&attribute(&e, b"marker").unwrap_or_default());
                            out.words(" ");
                        }
                    }
                    b"ref" | b"a" => {
                        links.push((out.offset(), attribute(&e, b"href").as_deref().and_then(linked_symbol)))
                    }
                    _ if reading && BLOCKS.contains(&name) && !STARTS_INLINE.contains(&name) => out.end_block(),
                    _ => {}
                }
            }
            Event::Empty(e) if reading && matches!(local(e.name().as_ref()), b"eol" | b"br") => out.words(" "),
            Event::Text(t) if reading => {
                out.words(
                    &t.unescape()
                        .map_err(|e| malformed("XML", reader.buffer_position(), e))?,
                );
            }
            Event::End(e) => {
                let qname = e.name();
                let name = local(qname.as_ref());
                match name {
                    b"meta" => meta = meta.saturating_sub(1),
                    b"authorialNote" => {
                        in_note = in_note.saturating_sub(1);
                        if notes && in_note == 0 {
                            out.end_block();
                        }
                    }
                    b"ref" | b"a" => {
                        if let Some((start, Some(symbol))) = links.pop().filter(|_| reading) {
                            out.link(start, symbol);
                        }
                    }
                    b"num" if reading => out.words(" "),
                    _ if reading && BLOCKS.contains(&name) && name != b"num" => out.end_block(),
                    _ => {}
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESOLUTION: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#un"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2015-12-16/70-125/!main"/>
<FRBRdate date="2015-12-16" name="adoption"/><FRBRauthor href="#ga"/></FRBRWork></identification>
<references source="#un"><TLCOrganization eId="ga" href="/akn/ontology/organization/un/generalAssembly" showAs="General Assembly"/></references></meta>
<coverPage><p><docNumber refersTo="#symbol">A/RES/70/125</docNumber></p></coverPage>
<preface><p><docNumber>70/125.</docNumber> <docTitle>Outcome document</docTitle></p></preface>
<preamble><formula><p><i>The General Assembly</i>,</p></formula>
<container><p><i>Recalling</i> its <ref href="https://undocs.org/A/RES/68/302">resolution 68/302</ref><authorialNote marker="1"><p>See A/68/L.1.</p></authorialNote>,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p><i>Requests</i> the Secretary-General to report;</p></content></paragraph>
<paragraph><num>2.</num><list><intro><p>Decides:</p></intro><point><num>(a)</num><content><p>To act;</p></content></point></list></paragraph></mainBody>
</statement></akomaNtoso>"##;

    #[test]
    fn metadata_from_the_identification() {
        let c = read(RESOLUTION.as_bytes()).unwrap();
        assert_eq!(c.metadata.symbol.as_deref(), Some("A/RES/70/125"));
        assert_eq!(c.metadata.date.as_deref(), Some("2015-12-16"));
        assert_eq!(c.metadata.issuer.as_deref(), Some("General Assembly"));
        assert_eq!(c.metadata.kind.as_deref(), Some("resolution"));
        assert_eq!(c.metadata.title.as_deref(), Some("Outcome document"));
    }

    #[test]
    fn numbered_paragraphs_notes_apart_and_links() {
        let c = read(RESOLUTION.as_bytes()).unwrap();
        assert_eq!(
            c.text,
            "A/RES/70/125\n\n70/125. Outcome document\n\nThe General Assembly,\n\nRecalling its resolution 68/302,\n\n\
             1. Requests the Secretary-General to report;\n\n2. Decides:\n\n(a) To act;\n\n1 See A/68/L.1.\n\n"
        );
        let link = &c.layout.links[0];
        assert_eq!(link.symbol, "A/RES/68/302");
        let words: String = c.text.chars().skip(link.span.start).take(link.span.len()).collect();
        assert_eq!(words, "resolution 68/302");
    }

    #[test]
    fn other_xml_and_broken_xml_say_why() {
        let Err(super::super::Unreadable(m)) = read(b"<rss><channel/></rss>") else {
            panic!("RSS was read as Akoma Ntoso")
        };
        assert_eq!(m, "not an Akoma Ntoso document: the root element is <rss>");
        let Err(super::super::Unreadable(m)) = read(b"<akomaNtoso><doc><p>text</doc></akomaNtoso>") else {
            panic!("malformed XML was read")
        };
        assert!(m.starts_with("malformed XML at byte"), "{m}");
    }
}
