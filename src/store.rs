//! The on-disk Oxigraph store: building it from a corpus in one atomic step, and opening it.

use crate::corpus::{Document, Skipped, read_corpus};
use crate::error::{Error, Result};
use crate::extract::{Extractor, Matchers};
use crate::graph::DocumentGraph;
use crate::iri::Iris;
use crate::vocab::Vocabulary;
use oxigraph::model::Quad;
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the default store location.
pub const STORE_ENV: &str = "IGKG_STORE";

/// The default store folder: `$XDG_DATA_HOME/igkg/store`, else `~/.local/share/igkg/store`,
/// else `.igkg/store` in the working directory.
pub fn default_store_path() -> PathBuf {
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(data).join("igkg/store");
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/igkg/store"),
        None => PathBuf::from(".igkg/store"),
    }
}

fn store_error(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Store {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// Opens an existing store for reading; several readers may run at once.
pub fn open_read_only(path: &Path) -> Result<Store> {
    if !path.join("CURRENT").exists() {
        return Err(Error::Store {
            path: path.to_path_buf(),
            message: "no igkg store here; run `igkg build --corpus DIR` first".into(),
        });
    }
    Store::open_read_only(path).map_err(|e| store_error(path, e))
}

/// What a build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// Documents read.
    pub documents: usize,
    /// Quads extracted from them.
    pub document_quads: usize,
    /// Quads of the ontology and vocabulary.
    pub vocabulary_quads: usize,
    /// Vocabulary concepts known.
    pub concepts: usize,
    /// Documents left out: unreadable, or their extraction failed.
    pub skipped: Vec<Skipped>,
}

/// Everything a build needs.
pub struct BuildOptions<'a> {
    /// The corpus folder.
    pub corpus: &'a Path,
    /// The ontology and vocabulary folder.
    pub ontology: &'a Path,
    /// The store folder.
    pub store: &'a Path,
    /// IRI minting.
    pub iris: &'a Iris,
    /// Fail instead of leaving out a document that cannot be read or extracted.
    pub strict: bool,
}

/// A corpus extracted into quads.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Documents extracted.
    pub documents: usize,
    /// Their quads.
    pub quads: Vec<Quad>,
    /// Documents left out, with the reason.
    pub skipped: Vec<Skipped>,
}

/// Extracts the whole corpus into quads without touching any store.
///
/// A document whose extraction fails is left out and listed with the failure, so one document
/// the rules cannot handle never costs the rest of the corpus.
pub fn extract_corpus(corpus: &Path, vocab: &Vocabulary, iris: &Iris) -> Result<Extracted> {
    let corpus = read_corpus(corpus)?;
    let matchers = Matchers::new(vocab);
    let extractor = Extractor {
        vocab,
        matchers: &matchers,
        iris,
    };
    let per_document: Vec<std::result::Result<Vec<Quad>, String>> = {
        use rayon::prelude::*;
        corpus
            .documents
            .par_iter()
            .map(|doc| crate::isolate::run(|| document_quads(&extractor, doc, iris)))
            .collect()
    };
    let mut extracted = Extracted {
        skipped: corpus.skipped,
        ..Extracted::default()
    };
    for (doc, result) in corpus.documents.iter().zip(per_document) {
        match result {
            Ok(quads) => {
                extracted.documents += 1;
                extracted.quads.extend(quads);
            }
            Err(reason) => extracted.skipped.push(Skipped {
                path: doc.path.clone(),
                reason: format!("extraction failed: {reason}"),
            }),
        }
    }
    extracted.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(extracted)
}

fn document_quads(extractor: &Extractor, doc: &Document, iris: &Iris) -> Vec<Quad> {
    let facts = extractor.extract(doc);
    DocumentGraph::build(doc, &facts, iris)
}

/// Refuses a corpus from which nothing, or under `--strict` not everything, could be extracted.
fn check_extracted(extracted: &Extracted, corpus: &Path, strict: bool) -> Result<()> {
    if let Some(first) = extracted.skipped.first().filter(|_| strict) {
        return Err(Error::Input {
            path: first.path.clone(),
            message: format!("{} (strict build: nothing was written)", first.reason),
        });
    }
    if extracted.documents == 0 {
        return Err(Error::Input {
            path: corpus.to_path_buf(),
            message: format!(
                "none of the {} documents could be read or extracted; the store is unchanged",
                extracted.skipped.len()
            ),
        });
    }
    Ok(())
}

/// Reads the corpus, extracts it and replaces the store's content in one transaction.
///
/// Every input is read and extracted before the store is opened, and the new content replaces
/// the old in a single commit: a build that fails, at any step, leaves the previous graph as it was.
pub fn build(options: &BuildOptions) -> Result<BuildSummary> {
    let vocab = Vocabulary::load(options.ontology, options.iris)?;
    let extracted = extract_corpus(options.corpus, &vocab, options.iris)?;
    check_extracted(&extracted, options.corpus, options.strict)?;
    let summary = BuildSummary {
        documents: extracted.documents,
        document_quads: extracted.quads.len(),
        vocabulary_quads: vocab.quads.len(),
        concepts: vocab.concepts.len(),
        skipped: extracted.skipped,
    };
    let mut everything = vocab.quads.clone();
    everything.extend(extracted.quads);
    let description = crate::void::describe(&everything, options.iris);
    std::fs::create_dir_all(options.store).map_err(|e| Error::io(options.store, e))?;
    let store = Store::open(options.store).map_err(|e| store_error(options.store, e))?;
    let mut tx = store.start_transaction().map_err(|e| store_error(options.store, e))?;
    tx.clear().map_err(|e| store_error(options.store, e))?;
    tx.extend(everything.iter());
    tx.extend(description.iter());
    tx.commit().map_err(|e| store_error(options.store, e))?;
    store.flush().map_err(|e| store_error(options.store, e))?;
    Ok(summary)
}
