//! Building a generation from a corpus: in full, streamed through Oxigraph's bulk loader, or
//! incrementally, from a copy of the previous generation with only changed documents redone.

use super::manifest::{Changes, Manifest, fingerprint};
use super::summary::{self as corpus_summary, Summariser, summarise};
use super::{
    activate, active_generation, lock_for_build, new_generation, remove_generation, remove_unfinished, store_error,
};
use crate::corpus::{CorpusIndex, Document, Skipped, Source, read_corpus, scan_corpus};
use crate::error::{Error, Result};
use crate::extract::{Extractor, Matchers};
use crate::graph::DocumentGraph;
use crate::iri::Iris;
use crate::vocab::Vocabulary;
use crate::void::{Stats, describe_stats};
use oxigraph::model::{GraphName, Quad};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

/// Documents extracted at once: enough to keep every core busy, few enough that the quads
/// waiting for the loader stay small.
const CHUNK: usize = 64;

/// The bulk loader's memory budget, in megabytes.
const LOADER_MEGABYTES: usize = 256;

/// Quads handed to the bulk loader at once.
const LOAD_BATCH: usize = 100_000;

/// Above this share of changed documents, a full build is cheaper than an incremental one.
const INCREMENTAL_MAX_SHARE: f64 = 0.25;

/// One document's quads, or why it was left out.
type Outcome = std::result::Result<Vec<Quad>, Skipped>;

/// Progress of a build: documents done out of the documents to extract.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

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
    /// Called as documents are extracted.
    pub progress: Option<Progress<'a>>,
}

/// How a build went about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildMode {
    /// Every document extracted into a new generation.
    Full,
    /// Only new and changed documents extracted; removed ones dropped.
    Incremental {
        /// Documents extracted again.
        changed: usize,
        /// Documents dropped.
        removed: usize,
    },
    /// Nothing changed since the active generation: nothing written.
    UpToDate,
}

/// What a build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// Documents in the graph.
    pub documents: usize,
    /// Quads extracted by this build.
    pub document_quads: usize,
    /// Quads of the ontology and vocabulary.
    pub vocabulary_quads: usize,
    /// Vocabulary concepts known.
    pub concepts: usize,
    /// Documents left out: unreadable, or their extraction failed.
    pub skipped: Vec<Skipped>,
    /// Full, incremental or nothing to do.
    pub mode: BuildMode,
}

/// A corpus extracted into quads, in memory.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Documents extracted.
    pub documents: usize,
    /// Their quads.
    pub quads: Vec<Quad>,
    /// Documents left out, with the reason.
    pub skipped: Vec<Skipped>,
}

/// Extracts a whole corpus into quads without touching any store (for measurements and tests).
pub fn extract_corpus(corpus: &Path, vocab: &Vocabulary, iris: &Iris) -> Result<Extracted> {
    let corpus = read_corpus(corpus)?;
    let matchers = Matchers::new(vocab);
    let extractor = Extractor {
        vocab,
        matchers: &matchers,
        iris,
    };
    let results: Vec<_> = corpus
        .documents
        .par_iter()
        .map(|doc| crate::isolate::run(|| document_quads(&extractor, doc, iris)))
        .collect();
    let mut extracted = Extracted {
        skipped: corpus.skipped,
        ..Extracted::default()
    };
    for (doc, result) in corpus.documents.iter().zip(results) {
        match result {
            Ok(quads) => {
                extracted.documents += 1;
                extracted.quads.extend(quads);
            }
            Err(reason) => extracted.skipped.push(extraction_failed(&doc.path, reason)),
        }
    }
    Ok(extracted)
}

fn document_quads(extractor: &Extractor, doc: &Document, iris: &Iris) -> Vec<Quad> {
    let facts = extractor.extract(doc);
    DocumentGraph::build(doc, &facts, iris)
}

fn extraction_failed(path: &Path, reason: String) -> Skipped {
    Skipped {
        path: path.to_path_buf(),
        reason: format!("extraction failed: {reason}"),
    }
}

/// Reads and extracts one document; a document that cannot be read or whose extraction panics
/// comes back as the reason, so it costs only itself.
fn extract_source(
    extractor: &Extractor,
    index: &CorpusIndex,
    source: &Source,
    iris: &Iris,
) -> std::result::Result<Vec<Quad>, Skipped> {
    let doc = index.load(source).map_err(|e| Skipped {
        path: source.path.clone(),
        reason: e.reason(),
    })?;
    crate::isolate::run(|| document_quads(extractor, &doc, iris)).map_err(|r| extraction_failed(&source.path, r))
}

/// Builds the corpus into the store: nothing when nothing changed, only the changes when few
/// documents changed and the ontology and extractor are the same, else everything.
///
/// Either way the result is a new generation made active only when complete (see
/// [`crate::store`]), so a build that fails at any step leaves the previous graph as it was.
pub fn build(options: &BuildOptions) -> Result<BuildSummary> {
    let vocab = Vocabulary::load(options.ontology, options.iris)?;
    let index = scan_corpus(options.corpus)?;
    refuse_if_strict(&index.skipped, options.strict)?;
    let manifest = Manifest::of(fingerprint(options.ontology)?, &index.sources);
    std::fs::create_dir_all(options.store).map_err(|e| Error::io(options.store, e))?;
    let _lock = lock_for_build(options.store)?;
    remove_unfinished(options.store);
    // An incremental build needs the previous generation's manifest and counts.
    let previous = active_generation(options.store)
        .filter(|g| stats_path(g).exists())
        .and_then(|g| Some((Manifest::read(&g)?, g)));
    let mut summary = BuildSummary {
        documents: manifest.documents.len(),
        document_quads: 0,
        vocabulary_quads: vocab.quads.len(),
        concepts: vocab.concepts.len(),
        skipped: index.skipped.clone(),
        mode: BuildMode::Full,
    };
    // The previous generation counts only if the same vocabulary and extractor made it.
    let previous = previous
        .filter(|(p, _)| p.fingerprint == manifest.fingerprint)
        .map(|(before, active)| (manifest.changes_since(&before), before, active));
    if previous.as_ref().is_some_and(|(changes, _, _)| changes.is_empty()) {
        summary.mode = BuildMode::UpToDate;
        return Ok(summary);
    }
    let generation = new_generation(options.store)?;
    let job = Job::new(options, &vocab, &index);
    let result = match previous {
        Some((changes, before, active)) if few(&changes, &before) => {
            summary.mode = BuildMode::Incremental {
                changed: changes.changed.len(),
                removed: changes.removed.len(),
            };
            incremental(&job, &active, &generation, &changes, manifest, &mut summary)
        }
        _ => full(&job, &generation, manifest, &mut summary),
    };
    if let Err(e) = result {
        remove_generation(&generation);
        return Err(on_full_disk(options.store, e));
    }
    Ok(summary)
}

/// A build's error, restated as a full disk when a write found no space left: the one failure
/// the user fixes outside igkg, which RocksDB would otherwise report deep inside a file name.
fn on_full_disk(store: &Path, e: Error) -> Error {
    let full = |e: &std::io::Error| {
        matches!(
            e.kind(),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
        )
    };
    match e {
        Error::Store {
            source: StorageError::Io(source),
            ..
        }
        | Error::Io { source, .. }
            if full(&source) =>
        {
            Error::DiskFull {
                path: store.to_path_buf(),
                source,
            }
        }
        e => e,
    }
}

fn few(changes: &Changes, before: &Manifest) -> bool {
    let changed = (changes.changed.len() + changes.removed.len()) as f64;
    changed <= INCREMENTAL_MAX_SHARE * before.documents.len().max(1) as f64
}

fn refuse_if_strict(skipped: &[Skipped], strict: bool) -> Result<()> {
    match skipped.first().filter(|_| strict) {
        Some(first) => Err(Error::Strict {
            path: first.path.clone(),
            reason: first.reason.clone(),
        }),
        None => Ok(()),
    }
}

/// What a full or incremental build works with.
struct Job<'a> {
    options: &'a BuildOptions<'a>,
    vocab: &'a Vocabulary,
    index: &'a CorpusIndex,
    matchers: Matchers,
}

impl<'a> Job<'a> {
    fn new(options: &'a BuildOptions<'a>, vocab: &'a Vocabulary, index: &'a CorpusIndex) -> Self {
        Job {
            options,
            vocab,
            index,
            matchers: Matchers::new(vocab),
        }
    }

    fn extractor(&self) -> Extractor<'_> {
        Extractor {
            vocab: self.vocab,
            matchers: &self.matchers,
            iris: self.options.iris,
        }
    }

    /// Extracts `sources` chunk by chunk in parallel, handing each document's outcome to `each`
    /// in corpus order while the next chunk is extracted. When `each` breaks (the loader
    /// failed), no further chunk is extracted: the one being extracted then is the last.
    fn stream(&self, sources: &[&Source], mut each: impl FnMut(&Source, Outcome) -> ControlFlow<()>) {
        let extractor = self.extractor();
        let iris = self.options.iris;
        std::thread::scope(|scope| {
            let (sender, receiver) = std::sync::mpsc::sync_channel(2);
            scope.spawn(move || {
                for chunk in sources.chunks(CHUNK) {
                    let outcomes: Vec<_> = chunk
                        .par_iter()
                        .map(|s| extract_source(&extractor, self.index, s, iris))
                        .collect();
                    // The receiver is gone once `each` has broken: stop extracting.
                    if sender.send(outcomes).is_err() {
                        return;
                    }
                }
            });
            let mut done = 0;
            // Leaving the loop drops the receiver, which ends the extracting thread.
            'chunks: for (chunk, outcomes) in sources.chunks(CHUNK).zip(receiver) {
                for (source, outcome) in chunk.iter().zip(outcomes) {
                    if each(source, outcome).is_break() {
                        break 'chunks;
                    }
                    done += 1;
                    if let Some(progress) = self.options.progress {
                        progress(done, sources.len());
                    }
                }
            }
        });
    }
}

/// Streams every document through the bulk loader into a new generation.
fn full(job: &Job, generation: &Path, mut manifest: Manifest, summary: &mut BuildSummary) -> Result<()> {
    let store = Store::open(generation).map_err(|e| store_error(generation, e))?;
    let base = job.options.iris.base();
    let mut stats = Stats::default();
    // Atomic (the loader's default): the batches' files are ingested together at the commit, so
    // RocksDB compacts them once, at the end, instead of after every batch, competing with
    // extraction and rewriting the same levels again and again. The generation is new: no reader
    // would see a half-loaded one either way.
    let mut loader = store.bulk_loader().with_max_memory_size_in_megabytes(LOADER_MEGABYTES);
    // Quads wait here until a batch is full: a small corpus is loaded in one batch, which is
    // what keeps the bulk loader's fixed cost per batch out of small builds.
    let mut pending: Vec<Quad> = job.vocab.quads.clone();
    pending.iter().for_each(|q| stats.add(q, base));
    let mut summariser = Summariser::new(job.options.iris, &job.vocab.quads);
    let mut failure = None;
    let sources: Vec<&Source> = job.index.sources.iter().collect();
    job.stream(&sources, |source, outcome| {
        match outcome {
            Ok(quads) => {
                quads.iter().for_each(|q| stats.add(q, base));
                summariser.add_graph(&quads);
                summary.document_quads += quads.len();
                pending.extend(quads);
            }
            Err(skipped) => {
                manifest.documents.remove(&source.file_name);
                summary.skipped.push(skipped);
            }
        }
        if pending.len() >= LOAD_BATCH {
            failure = loader.load_quads(pending.drain(..)).err();
        }
        // A loader that failed (a full disk) will not succeed later: stop extracting.
        if failure.is_some() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    if let Some(e) = failure {
        return Err(store_error(generation, e));
    }
    check_outcome(job.options, &manifest, summary)?;
    loader
        .load_quads(pending)
        .and_then(|()| loader.commit())
        .map_err(|e| store_error(generation, e))?;
    describe(&store, generation, job.options.iris, summariser.finish(), &mut stats)?;
    // The loaded files overlap until compacted, and every later read (the read-only `query`,
    // `ask` and `serve` never compact) would look into each of them. Nothing else is left to
    // overlap the compaction with, so the build waits for it.
    store
        .flush()
        .and_then(|()| store.optimize())
        .map_err(|e| store_error(generation, e))?;
    finish(job.options, &store, generation, manifest, &stats)
}

/// Copies the active generation (hard links, no data copied), then replaces the graphs of
/// changed documents and drops those of removed ones, in one transaction.
fn incremental(
    job: &Job,
    active: &Path,
    generation: &Path,
    changes: &Changes,
    mut manifest: Manifest,
    summary: &mut BuildSummary,
) -> Result<()> {
    // The checkpoint creates the folder itself; the empty one reserved for this build makes way.
    std::fs::remove_dir(generation).map_err(|e| Error::io(generation, e))?;
    Store::open_read_only(active)
        .and_then(|s| s.backup(generation))
        .map_err(|e| store_error(generation, e))?;
    let store = Store::open(generation).map_err(|e| store_error(generation, e))?;
    let iris = job.options.iris;
    let changed: std::collections::HashSet<&String> = changes.changed.iter().collect();
    let sources: Vec<&Source> = job
        .index
        .sources
        .iter()
        .filter(|s| changed.contains(&s.file_name))
        .collect();
    let mut replacement: Vec<Quad> = Vec::new();
    job.stream(&sources, |source, outcome| {
        match outcome {
            Ok(quads) => replacement.extend(quads),
            Err(skipped) => {
                manifest.documents.remove(&source.file_name);
                summary.skipped.push(skipped);
            }
        }
        ControlFlow::Continue(())
    });
    summary.document_quads = replacement.len();
    check_outcome(job.options, &manifest, summary)?;
    let mut stats = read_stats(active)?;
    let mut tx = store.start_transaction().map_err(|e| store_error(generation, e))?;
    let void = GraphName::NamedNode(iris.named("graph/void"));
    let graphs = changes
        .changed
        .iter()
        .chain(&changes.removed)
        .map(|n| iris.document_graph(n));
    // The summary is counted like any graph; the description of the counts is not.
    let summary_graph = GraphName::NamedNode(corpus_summary::graph(iris));
    for graph in graphs.chain([summary_graph, void.clone()]) {
        let old: Vec<Quad> = tx
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| store_error(generation, e))?;
        if graph != void {
            old.iter().for_each(|q| stats.remove(q, iris.base()));
        }
        if let GraphName::NamedNode(g) = &graph {
            tx.remove_named_graph(g).map_err(|e| store_error(generation, e))?;
        }
    }
    replacement.iter().for_each(|q| stats.add(q, iris.base()));
    tx.extend(replacement.iter());
    tx.commit().map_err(|e| store_error(generation, e))?;
    let corpus_summary = summarise(&store, iris, &job.vocab.quads).map_err(|e| store_error(generation, e))?;
    describe(&store, generation, iris, corpus_summary, &mut stats)?;
    finish(job.options, &store, generation, manifest, &stats)
}

/// Writes `summary`, the summary graph of what the store now holds, then the VoID description
/// counting it too.
fn describe(store: &Store, generation: &Path, iris: &Iris, summary: Vec<Quad>, stats: &mut Stats) -> Result<()> {
    summary.iter().for_each(|q| stats.add(q, iris.base()));
    store
        .extend(summary.into_iter().chain(describe_stats(stats, iris)))
        .map_err(|e| store_error(generation, e))
}

/// The file beside a generation that keeps its VoID counts.
fn stats_path(generation: &Path) -> PathBuf {
    super::sidecar(generation, "stats")
}

fn read_stats(generation: &Path) -> Result<Stats> {
    let path = stats_path(generation);
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
    Stats::load(&mut std::io::BufReader::new(file)).map_err(|e| Error::io(&path, e))
}

fn write_stats(generation: &Path, stats: &Stats) -> Result<()> {
    let path = stats_path(generation);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?);
    stats
        .save(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io(&path, e))
}

/// Refuses a build that left out a document under `--strict`, or that has no document left.
fn check_outcome(options: &BuildOptions, manifest: &Manifest, summary: &mut BuildSummary) -> Result<()> {
    refuse_if_strict(&summary.skipped, options.strict)?;
    summary.documents = manifest.documents.len();
    summary.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    if summary.documents == 0 {
        return Err(Error::NothingBuilt {
            path: options.corpus.to_path_buf(),
            skipped: summary.skipped.len(),
        });
    }
    Ok(())
}

/// Flushes the generation, records its manifest and counts, and makes it the active one.
fn finish(options: &BuildOptions, store: &Store, generation: &Path, manifest: Manifest, stats: &Stats) -> Result<()> {
    store.flush().map_err(|e| store_error(generation, e))?;
    write_stats(generation, stats)?;
    manifest.write(generation)?;
    activate(options.store, generation)?;
    remove_legacy_files(options.store);
    Ok(())
}

/// A store folder written before generations existed holds RocksDB's files directly; once a
/// generation is active they are no longer read.
fn remove_legacy_files(store: &Path) {
    let legacy = |name: &str| {
        matches!(name, "CURRENT" | "IDENTITY" | "LOCK")
            || ["LOG", "MANIFEST-", "OPTIONS-"].iter().any(|p| name.starts_with(p))
            || [".sst", ".log", ".blob"].iter().any(|s| name.ends_with(s))
    };
    let files: Vec<PathBuf> = std::fs::read_dir(store)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()) && legacy(&e.file_name().to_string_lossy()))
        .map(|e| e.path())
        .collect();
    for file in files {
        let _ = std::fs::remove_file(file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consumer_that_breaks_gets_no_further_document() {
        let corpus = tempfile::tempdir().unwrap();
        for i in 0..3 * CHUNK {
            let text = format!("Document {i}.\n\nThe Internet Governance Forum met in Geneva.\n");
            std::fs::write(corpus.path().join(format!("d{i:03}.txt")), text).unwrap();
        }
        let ontology = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology");
        let iris = Iris::default();
        let vocab = Vocabulary::load(&ontology, &iris).unwrap();
        let index = scan_corpus(corpus.path()).unwrap();
        let options = BuildOptions {
            corpus: corpus.path(),
            ontology: &ontology,
            store: corpus.path(),
            iris: &iris,
            strict: false,
            progress: None,
        };
        let job = Job::new(&options, &vocab, &index);
        let sources: Vec<&Source> = index.sources.iter().collect();
        let mut seen = Vec::new();
        job.stream(&sources, |source, outcome| {
            assert!(outcome.is_ok_and(|quads| !quads.is_empty()));
            seen.push(source.file_name.clone());
            if seen.len() == CHUNK + 1 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert_eq!(seen.len(), CHUNK + 1, "nothing is handed on after a break");
        assert_eq!(seen.last().map(String::as_str), Some(&*format!("d{CHUNK:03}.txt")));
    }
}
