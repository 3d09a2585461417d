//! Reading the formats the field publishes in — PDF, Word, HTML, Akoma Ntoso XML and plain
//! text — into the text the extractor reads, with what the format knows about its structure.
//!
//! The structured readers (Word, HTML, Akoma Ntoso) write one block (paragraph, heading, list
//! item, table cell) per line with a blank line between blocks and footnotes after the running
//! text; PDF gives poppler's layout text, page by page. The cleaning of [`crate::text`] then
//! treats it as it treats a text file. That text is what evidence offsets count in; it is kept
//! in the graph for any format other than plain text.

pub mod akn;
pub mod docx;
pub mod html;
pub mod pdf;
mod xml;

use crate::corpus::Metadata;
use crate::error::{Error, Result};
use std::ops::Range;
use std::path::Path;

/// A file format igkg reads, told by the file's ending (and, for `.xml`, by its root element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, UTF-8.
    Text,
    /// PDF, read with poppler's `pdftotext`.
    Pdf,
    /// Word (Office Open XML, `.docx`).
    Docx,
    /// An HTML page.
    Html,
    /// Akoma Ntoso XML, as the UN publishes resolutions (AKN4UN).
    Akn,
}

/// The file endings read as documents.
pub const EXTENSIONS: &[&str] = &["txt", "pdf", "docx", "html", "htm", "xml"];

impl Format {
    /// The format of a file, by its ending; `None` for files that are not documents.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" => Format::Text,
            "pdf" => Format::Pdf,
            "docx" => Format::Docx,
            "html" | "htm" => Format::Html,
            "xml" => Format::Akn,
            _ => return None,
        })
    }

    /// Its media type, as written in `dcterms:format`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain",
            Format::Pdf => "application/pdf",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format::Html => "text/html",
            Format::Akn => "application/akn+xml",
        }
    }
}

/// A UN document symbol that the file links to (`https://undocs.org/A/RES/70/1`), with the
/// linked words' char range in the extracted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolLink {
    /// Char range of the link's words in the extracted text.
    pub span: Range<usize>,
    /// The symbol, as the link names it.
    pub symbol: String,
}

/// What a file's format tells beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The format the text was extracted from; `None` for plain text read as it is.
    pub format: Option<Format>,
    /// The char offset in the extracted text where each page starts (page 1 first); empty when
    /// the format has no pages.
    pub pages: Vec<usize>,
    /// Links to UN document symbols.
    pub links: Vec<SymbolLink>,
}

impl Layout {
    /// The page (from 1) holding char offset `at` of the extracted text, when there are pages.
    pub fn page_at(&self, at: usize) -> Option<usize> {
        (!self.pages.is_empty()).then(|| self.pages.partition_point(|&start| start <= at).max(1))
    }
}

/// A file read into text.
#[derive(Debug, Clone, Default)]
pub struct Converted {
    /// The extracted text.
    pub text: String,
    /// Pages and links.
    pub layout: Layout,
    /// What the file's own metadata states (Akoma Ntoso's FRBR identification, an HTML title).
    pub metadata: Metadata,
}

/// Reads the bytes of `path` as its format; an unreadable file is an error naming it and why.
pub fn convert(path: &Path, format: Format, bytes: Vec<u8>) -> Result<Converted> {
    let converted = match format {
        Format::Text => Ok(Converted {
            text: crate::corpus::check_text(path, bytes)?,
            ..Converted::default()
        }),
        Format::Pdf => pdf::read(path),
        Format::Docx => docx::read(&bytes),
        Format::Html => html::read(&bytes),
        Format::Akn => akn::read(&bytes),
    };
    let mut converted = converted.map_err(|Unreadable(reason)| Error::Unreadable {
        path: path.to_path_buf(),
        reason,
    })?;
    if converted.text.trim().is_empty() {
        return Err(match format {
            Format::Pdf => Error::Unreadable {
                path: path.to_path_buf(),
                reason: "no text in the PDF (a scanned document needs OCR first)".into(),
            },
            _ => Error::EmptyDocument {
                path: path.to_path_buf(),
            },
        });
    }
    if format != Format::Text {
        converted.layout.format = Some(format);
    }
    Ok(converted)
}

/// Why a reader could not read a file: the reason, reported with the file's name.
#[derive(Debug)]
pub struct Unreadable(pub String);

impl From<String> for Unreadable {
    fn from(message: String) -> Self {
        Unreadable(message)
    }
}

/// The result of a reader.
pub type Read = std::result::Result<Converted, Unreadable>;

/// Assembles extracted text block by block, keeping char offsets for pages and links.
#[derive(Debug, Default)]
pub struct TextOut {
    text: String,
    chars: usize,
    /// Pages and links so far.
    pub layout: Layout,
    /// Whether the current line has text.
    line_open: bool,
    /// Whether the current block has text.
    block_open: bool,
}

impl TextOut {
    /// Appends words to the current block, folding runs of white space into one space.
    pub fn words(&mut self, words: &str) {
        for c in words.chars() {
            let space = c.is_whitespace() && c != '\u{a0}';
            if space && (!self.line_open || self.text.ends_with(' ')) {
                continue;
            }
            self.push(if space { ' ' } else { c });
            self.line_open = true;
            self.block_open = true;
        }
    }

    /// Ends the current block, if any, with a blank line.
    pub fn end_block(&mut self) {
        if !self.block_open {
            return;
        }
        self.line_break();
        self.push('\n');
        self.block_open = false;
    }

    /// Ends the current line inside a block (a manual line break).
    pub fn line_break(&mut self) {
        if self.line_open {
            while self.text.ends_with(' ') {
                self.text.pop();
                self.chars -= 1;
            }
            self.push('\n');
            self.line_open = false;
        }
    }

    /// Starts a new page at the next block.
    pub fn page_break(&mut self) {
        self.end_block();
        self.layout.pages.push(self.chars);
    }

    /// The char offset of the next char.
    pub fn offset(&self) -> usize {
        self.chars
    }

    /// Records that the chars from `start` to here link to `symbol`.
    pub fn link(&mut self, start: usize, symbol: String) {
        let mut end = self.chars;
        if self.text.ends_with(' ') {
            end -= 1;
        }
        if end > start {
            self.layout.links.push(SymbolLink {
                span: start..end,
                symbol,
            });
        }
    }

    fn push(&mut self, c: char) {
        self.text.push(c);
        self.chars += 1;
    }

    /// The text and layout, with `metadata`.
    pub fn finish(mut self, metadata: Metadata) -> Converted {
        self.end_block();
        Converted {
            text: self.text,
            layout: self.layout,
            metadata,
        }
    }
}

/// The UN document symbol an address links to (`https://undocs.org/A/RES/70/1`,
/// `https://undocs.org/en/A/70/125`, `…/view_doc.asp?symbol=A/RES/70/1`), if it is one.
pub fn linked_symbol(href: &str) -> Option<String> {
    let url = url::Url::parse(href).ok()?;
    let host = url.host_str()?.trim_start_matches("www.");
    let raw = if host == "undocs.org" {
        let path = url.path().trim_start_matches('/');
        // A language prefix ("en/", "fr/") is not part of the symbol.
        match path.split_once('/') {
            Some((lang, rest)) if lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()) => rest.to_string(),
            _ => path.to_string(),
        }
    } else if host.ends_with("un.org") {
        url.query_pairs().find(|(k, _)| k == "symbol")?.1.into_owned()
    } else {
        return None;
    };
    let symbol = percent_decode(&raw);
    let symbol = symbol.trim_end_matches('/').trim();
    let organ = symbol.split('/').next()?;
    (symbol.contains('/') && !organ.is_empty() && organ.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| symbol.to_string())
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map_or_else(|| text.to_string(), |(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_of_links() {
        assert_eq!(
            linked_symbol("https://undocs.org/A/RES/70/1").as_deref(),
            Some("A/RES/70/1")
        );
        assert_eq!(
            linked_symbol("https://undocs.org/en/A/70/125").as_deref(),
            Some("A/70/125")
        );
        assert_eq!(
            linked_symbol("https://www.un.org/ga/search/view_doc.asp?symbol=E/RES/2006/46").as_deref(),
            Some("E/RES/2006/46")
        );
        assert_eq!(
            linked_symbol("https://undocs.org/E/CN.16/2018/CRP.3").as_deref(),
            Some("E/CN.16/2018/CRP.3")
        );
        assert_eq!(
            linked_symbol("https://undocs.org/A%2FRES%2F70%2F125").as_deref(),
            Some("A/RES/70/125")
        );
        assert_eq!(linked_symbol("https://www.itu.int/net/wsis/"), None);
        assert_eq!(linked_symbol("#para_3"), None);
    }

    #[test]
    fn pages_of_offsets() {
        let layout = Layout {
            pages: vec![0, 10, 25],
            ..Layout::default()
        };
        assert_eq!(layout.page_at(0), Some(1));
        assert_eq!(layout.page_at(9), Some(1));
        assert_eq!(layout.page_at(10), Some(2));
        assert_eq!(layout.page_at(100), Some(3));
        assert_eq!(Layout::default().page_at(3), None);
    }

    #[test]
    fn blocks_and_links() {
        let mut out = TextOut::default();
        out.words("  Recalling   its ");
        let start = out.offset();
        out.words("resolution 70/1");
        out.link(start, "A/RES/70/1".into());
        out.words(" ,");
        out.line_break();
        out.words("  again");
        out.end_block();
        out.words("Next");
        let done = out.finish(Metadata::default());
        assert_eq!(done.text, "Recalling its resolution 70/1 ,\nagain\n\nNext\n\n");
        let link = &done.layout.links[0];
        let linked: String = done.text.chars().skip(link.span.start).take(link.span.len()).collect();
        assert_eq!(linked, "resolution 70/1");
    }
}
