//! Word (`.docx`): the zip archive read with `zip`, its XML with `quick-xml`. Each paragraph
//! is a block, list items are marked as such, hyperlinks to UN symbols are kept as links, and
//! footnotes follow the running text, each once, numbered as in the document.

use super::xml::{attribute, local, malformed};
use super::{Read, TextOut, linked_symbol};
use crate::corpus::Metadata;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{Cursor, Read as _};

const BODY: &str = "word/document.xml";
const FOOTNOTES: &str = "word/footnotes.xml";
const RELATIONS: &str = "word/_rels/document.xml.rels";

/// Reads a Word file's text.
pub fn read(bytes: &[u8]) -> Read {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a Word file: the .docx archive cannot be opened ({e})"))?;
    let body = entry(&mut archive, BODY)?.ok_or_else(|| format!("not a Word document: the archive has no {BODY}"))?;
    let relations = match entry(&mut archive, RELATIONS)? {
        Some(xml) => targets(&xml)?,
        None => HashMap::new(),
    };
    let mut out = TextOut::default();
    paragraphs(&body, &relations, &mut out, BODY)?;
    if let Some(notes) = entry(&mut archive, FOOTNOTES)? {
        paragraphs(&notes, &relations, &mut out, FOOTNOTES)?;
    }
    Ok(out.finish(Metadata::default()))
}

fn entry(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let mut file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("broken .docx archive: {name}: {e}")),
    };
    let mut text = String::new();
    file.read_to_string(&mut text)
        .map_err(|e| format!("broken .docx archive: {name}: {e}"))?;
    Ok(Some(text))
}

/// The relation ids of the document and where they point (hyperlink addresses among them).
fn targets(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut reader = Reader::from_str(xml);
    let mut found = HashMap::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if local(e.name().as_ref()) == b"Relationship" => {
                if let (Some(id), Some(target)) = (attribute(&e, b"Id"), attribute(&e, b"Target")) {
                    found.insert(id, target);
                }
            }
            Ok(Event::Eof) => return Ok(found),
            Err(e) => return Err(malformed(RELATIONS, reader.buffer_position(), e)),
            Ok(_) => {}
        }
    }
}

/// Appends the paragraphs of a document or footnotes part. A footnote's number (its id) opens
/// its first paragraph; the separators Word keeps among the footnotes are left out.
fn paragraphs(xml: &str, relations: &HashMap<String, String>, out: &mut TextOut, part: &str) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let mut in_text = false;
    let mut skipping = 0usize;
    let mut link: Option<(usize, Option<String>)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| malformed(part, reader.buffer_position(), e))?;
        match event {
            Event::Start(e) => match local(e.name().as_ref()) {
                b"t" => in_text = true,
                b"footnote" if attribute(&e, b"type").is_some() => skipping += 1,
                b"footnote" => {
                    out.end_block();
                    out.words(&attribute(&e, b"id").unwrap_or_default());
                    out.words(" ");
                }
                b"hyperlink" => {
                    let target = attribute(&e, b"id").and_then(|id| relations.get(&id).cloned());
                    link = Some((out.offset(), target.as_deref().and_then(linked_symbol)));
                }
                b"delText" | b"instrText" => skipping += 1,
                b"numPr" if skipping == 0 => out.words("• "),
                _ => {}
            },
            Event::Empty(e) => match local(e.name().as_ref()) {
                b"tab" if skipping == 0 => out.words(" "),
                b"br" | b"cr" if skipping == 0 => out.line_break(),
                b"numPr" if skipping == 0 => out.words("• "),
                _ => {}
            },
            Event::End(e) => match local(e.name().as_ref()) {
                b"t" => in_text = false,
                b"p" if skipping == 0 => out.end_block(),
                b"footnote" | b"delText" | b"instrText" if skipping > 0 => skipping -= 1,
                b"hyperlink" => {
                    if let Some((start, Some(symbol))) = link.take() {
                        out.link(start, symbol);
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text && skipping == 0 => {
                let text = t.unescape().map_err(|e| malformed(part, reader.buffer_position(), e))?;
                out.words(&text);
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn paragraphs_lists_links_and_footnotes() {
        let body = r#"<w:document xmlns:w="w" xmlns:r="r"><w:body>
<w:p><w:r><w:t xml:space="preserve">Recalling its </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>resolution 70/125</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>,</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Privacy &amp; data</w:t></w:r></w:p>
</w:body></w:document>"#;
        let rels = r#"<Relationships><Relationship Id="rId9" Type="hyperlink" Target="https://undocs.org/A/RES/70/125" TargetMode="External"/></Relationships>"#;
        let notes = r#"<w:footnotes xmlns:w="w"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>See A/70/125.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
        let c = read(&docx(&[(BODY, body), (RELATIONS, rels), (FOOTNOTES, notes)])).unwrap();
        assert_eq!(
            c.text,
            "Recalling its resolution 70/125,\n\n• Privacy & data\n\n1 See A/70/125.\n\n"
        );
        assert_eq!(c.layout.links.len(), 1);
        assert_eq!(c.layout.links[0].symbol, "A/RES/70/125");
        assert_eq!(c.layout.links[0].span, 14..31);
    }

    #[test]
    fn broken_files_say_why() {
        let Err(super::super::Unreadable(m)) = read(b"PK\x03\x04 not really") else {
            panic!("a broken archive was read")
        };
        assert!(m.contains("cannot be opened"), "{m}");
        let Err(super::super::Unreadable(m)) = read(&docx(&[(BODY, "<w:document><w:p></w:document>")])) else {
            panic!("malformed XML was read")
        };
        assert!(m.starts_with("malformed word/document.xml at byte"), "{m}");
    }
}
