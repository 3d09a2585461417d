//! Finding and reading the documents of a corpus folder, and its optional metadata file.

use crate::error::{Error, MetadataProblem, Result};
use crate::formats::{self, Format, Layout};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The name of the optional metadata file in a corpus folder.
pub const METADATA_FILE: &str = "metadata.json";

/// What the text of a document itself states about it; every field is optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The document's title.
    pub title: Option<String>,
    /// Its date, ISO 8601 (`2017-11-11`, `2017-11` or `2017`).
    pub date: Option<String>,
    /// Its kind: report, session outcome, chair's summary, contribution, resolution …
    pub kind: Option<String>,
    /// The issuing body, by label or acronym.
    pub issuer: Option<String>,
    /// Where the document was published.
    pub source: Option<String>,
    /// Its official document symbol (`A/RES/70/125`).
    pub symbol: Option<String>,
}

impl Metadata {
    /// This metadata, with what it leaves unsaid taken from `other` (a file's own metadata).
    pub fn or(self, other: Metadata) -> Metadata {
        Metadata {
            title: self.title.or(other.title),
            date: self.date.or(other.date),
            kind: self.kind.or(other.kind),
            issuer: self.issuer.or(other.issuer),
            source: self.source.or(other.source),
            symbol: self.symbol.or(other.symbol),
        }
    }
}

/// One document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its file name, which identifies it.
    pub file_name: String,
    /// Its path.
    pub path: PathBuf,
    /// Its text: the file as read for plain text, else the text extracted from it, which
    /// evidence offsets count in.
    pub text: String,
    /// Its metadata: the corpus metadata file's entry, completed by what the file itself states.
    pub metadata: Metadata,
    /// Its format, pages and links.
    pub layout: Layout,
}

/// A document left out of a build, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its file.
    pub path: PathBuf,
    /// What kept it out, with the position at fault where known.
    pub reason: String,
}

/// A document file found in a corpus folder, not yet read for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Its path.
    pub path: PathBuf,
    /// Its path relative to the corpus folder, with `/` between folders: the document's name.
    pub file_name: String,
    /// The SHA-256 of its bytes, in hex: what incremental builds compare.
    pub hash: String,
}

/// The documents of a corpus folder, found but not held in memory.
#[derive(Debug, Clone, Default)]
pub struct CorpusIndex {
    /// Readable documents, sorted by name.
    pub sources: Vec<Source>,
    /// Files that could not be read.
    pub skipped: Vec<Skipped>,
    metadata: BTreeMap<String, Metadata>,
}

impl CorpusIndex {
    /// Reads a source's document, with its metadata.
    pub fn load(&self, source: &Source) -> Result<Document> {
        let format = Format::of(&source.path).unwrap_or(Format::Text);
        let bytes = fs::read(&source.path).map_err(|e| Error::io(&source.path, e))?;
        let converted = formats::convert(&source.path, format, bytes)?;
        let metadata = self.metadata.get(&source.file_name).cloned().unwrap_or_default();
        Ok(Document {
            file_name: source.file_name.clone(),
            path: source.path.clone(),
            text: converted.text,
            metadata: metadata.or(converted.metadata),
            layout: converted.layout,
        })
    }
}

/// The documents of a corpus folder that could be read, and those that could not.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Readable documents, sorted by file name.
    pub documents: Vec<Document>,
    /// Files that could not be read.
    pub skipped: Vec<Skipped>,
}

/// The file endings read as documents.
pub const DOCUMENT_EXTENSIONS: &[&str] = formats::EXTENSIONS;

/// Finds the documents of `dir` and its subfolders and fingerprints them.
///
/// Hidden files and folders are passed over, symbolic links are followed with loops detected,
/// files of other kinds are ignored. An unreadable, non-UTF-8 or empty document is listed in
/// [`CorpusIndex::skipped`], so one bad file never stops the rest; a missing folder, a folder
/// without documents and a malformed metadata file are errors. Only plain text is checked
/// here: other formats are converted when loaded (in parallel, during extraction), where a file
/// that cannot be read is left out in the same way.
pub fn scan_corpus(dir: &Path) -> Result<CorpusIndex> {
    if !dir.is_dir() {
        return Err(Error::FolderNotFound {
            path: dir.to_path_buf(),
            what: "corpus",
        });
    }
    let mut index = CorpusIndex {
        metadata: read_metadata(dir)?,
        ..CorpusIndex::default()
    };
    for path in document_paths(dir, &mut index.skipped) {
        let file_name = relative_name(dir, &path);
        match fs::read(&path)
            .map_err(|e| Error::io(&path, e))
            .and_then(|b| check_bytes(&path, b))
        {
            Ok(bytes) => {
                // A document's metadata is part of what its graph is made from.
                let metadata = index.metadata.get(&file_name).map(|m| format!("{m:?}"));
                let mut hasher = Sha256::new();
                hasher.update(&bytes);
                hasher.update(metadata.unwrap_or_default().as_bytes());
                index.sources.push(Source {
                    path,
                    file_name,
                    hash: hex(&hasher.finalize()),
                });
            }
            Err(e) => index.skipped.push(Skipped {
                path,
                reason: e.reason(),
            }),
        }
    }
    if index.sources.is_empty() && index.skipped.is_empty() {
        return Err(Error::NothingToRead {
            path: dir.to_path_buf(),
            what: "documents (.txt, .pdf, .docx, .html, .xml) in the corpus folder or its subfolders",
        });
    }
    for name in index.metadata.keys() {
        if !index.sources.iter().any(|s| &s.file_name == name)
            && !index.skipped.iter().any(|s| relative_name(dir, &s.path) == *name)
        {
            return Err(Error::Metadata {
                path: dir.join(METADATA_FILE),
                entry: name.clone(),
                problem: MetadataProblem::UnknownDocument,
            });
        }
    }
    Ok(index)
}

/// Reads every document of `dir` (see [`scan_corpus`]) into memory.
pub fn read_corpus(dir: &Path) -> Result<Corpus> {
    let index = scan_corpus(dir)?;
    let mut corpus = Corpus {
        documents: Vec::new(),
        skipped: index.skipped.clone(),
    };
    for source in &index.sources {
        match index.load(source) {
            Ok(doc) => corpus.documents.push(doc),
            Err(e) => corpus.skipped.push(Skipped {
                path: source.path.clone(),
                reason: e.reason(),
            }),
        }
    }
    Ok(corpus)
}

/// The document files below `dir`, sorted; unreadable folders and link loops are listed as skipped.
fn document_paths(dir: &Path, skipped: &mut Vec<Skipped>) -> Vec<PathBuf> {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    let mut paths = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_document(e.path()) => paths.push(e.into_path()),
            Ok(_) => {}
            Err(e) => skipped.push(Skipped {
                path: e.path().unwrap_or(dir).to_path_buf(),
                reason: walk_error(&e),
            }),
        }
    }
    paths
}

fn walk_error(e: &walkdir::Error) -> String {
    match (e.loop_ancestor(), e.io_error()) {
        (Some(ancestor), _) => format!("symbolic link loop back to {}", ancestor.display()),
        (None, Some(io)) => io.to_string(),
        (None, None) => e.to_string(),
    }
}

fn is_document(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| DOCUMENT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        && path.file_name().is_some_and(|f| f != METADATA_FILE)
}

fn relative_name(dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(dir).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a text file, rejecting non-UTF-8 and empty content with the position at fault.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    check_text(path, bytes)
}

/// The bytes of a document file: plain text must be UTF-8 and not blank, any file not empty.
fn check_bytes(path: &Path, bytes: Vec<u8>) -> Result<Vec<u8>> {
    match Format::of(path) {
        Some(Format::Text) | None => check_text(path, bytes).map(String::into_bytes),
        Some(_) if bytes.is_empty() => Err(Error::EmptyDocument {
            path: path.to_path_buf(),
        }),
        Some(_) => Ok(bytes),
    }
}

/// The text of a plain-text file, rejecting non-UTF-8 and empty content with the position at
/// fault.
pub(crate) fn check_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Error::NotUtf8 {
            path: path.to_path_buf(),
            line,
            byte: at,
            source: e.utf8_error(),
        }
    })?;
    if text.trim().is_empty() {
        return Err(Error::EmptyDocument {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

fn read_metadata(dir: &Path) -> Result<BTreeMap<String, Metadata>> {
    let path = dir.join(METADATA_FILE);
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let text = read_text(&path)?;
    let map: BTreeMap<String, Metadata> = serde_json::from_str(&text).map_err(|e| Error::json(&path, e))?;
    for (name, meta) in &map {
        if let Some(date) = &meta.date
            && !is_iso_date(date)
        {
            return Err(Error::Metadata {
                path,
                entry: name.clone(),
                problem: MetadataProblem::Date(date.clone()),
            });
        }
    }
    Ok(map)
}

fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2017-11-11"));
        assert!(is_iso_date("2017-11"));
        assert!(!is_iso_date("11 November 2017"));
    }
}
