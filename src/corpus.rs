//! Finding and reading the documents of a corpus folder, and its optional metadata file.

use crate::error::{Error, Result};
use serde::Deserialize;
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
}

/// One document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its file name, which identifies it.
    pub file_name: String,
    /// Its path.
    pub path: PathBuf,
    /// Its text, exactly as read.
    pub text: String,
    /// Its metadata, empty when the corpus has none for it.
    pub metadata: Metadata,
}

/// A document left out of a build, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its file.
    pub path: PathBuf,
    /// What kept it out, with the position at fault where known.
    pub reason: String,
}

/// The documents of a corpus folder that could be read, and those that could not.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Readable documents, sorted by file name.
    pub documents: Vec<Document>,
    /// Files that could not be read.
    pub skipped: Vec<Skipped>,
}

/// Reads every `.txt` file of `dir` (sorted by name) and `metadata.json` if present.
///
/// An unreadable, non-UTF-8 or empty document is left out and listed in [`Corpus::skipped`], so
/// one bad file never stops the rest; a missing folder, a folder without documents and a
/// malformed metadata file are errors.
pub fn read_corpus(dir: &Path) -> Result<Corpus> {
    if !dir.is_dir() {
        return Err(Error::Input {
            path: dir.to_path_buf(),
            message: "corpus folder not found".into(),
        });
    }
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Error::Input {
            path: dir.to_path_buf(),
            message: "no .txt documents in the corpus folder".into(),
        });
    }
    let mut metadata = read_metadata(dir)?;
    for name in metadata.keys() {
        if !paths.iter().any(|p| p.file_name().is_some_and(|f| f == name.as_str())) {
            return Err(Error::Input {
                path: dir.join(METADATA_FILE),
                message: format!("entry '{name}' names no .txt file of the corpus"),
            });
        }
    }
    let mut corpus = Corpus::default();
    for path in paths {
        let file_name = path
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default()
            .to_string();
        match read_text(&path) {
            Ok(text) => corpus.documents.push(Document {
                metadata: metadata.remove(&file_name).unwrap_or_default(),
                file_name,
                path,
                text,
            }),
            Err(e) => corpus.skipped.push(Skipped {
                path,
                reason: e.reason(),
            }),
        }
    }
    Ok(corpus)
}

/// Reads a text file, rejecting non-UTF-8 and empty content with the position at fault.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        Error::Input {
            path: path.to_path_buf(),
            message: format!("not valid UTF-8 at line {line} (byte {at})"),
        }
    })?;
    if text.trim().is_empty() {
        return Err(Error::Input {
            path: path.to_path_buf(),
            message: "empty document".into(),
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
    let map: BTreeMap<String, Metadata> = serde_json::from_str(&text).map_err(|e| Error::Input {
        path: path.clone(),
        message: format!("line {} column {}: {e}", e.line(), e.column()),
    })?;
    for (name, meta) in &map {
        if let Some(date) = &meta.date
            && !is_iso_date(date)
        {
            return Err(Error::Input {
                path,
                message: format!("entry '{name}': date '{date}' is not ISO 8601"),
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
