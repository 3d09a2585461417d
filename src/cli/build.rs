//! `igkg build`: extracts a corpus into a new store generation.

use super::Globals;
use crate::store::{BuildMode, BuildOptions, BuildSummary, build};
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// Flags of `igkg build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The corpus folder (.txt files, optional metadata.json).
    #[arg(long, default_value = "corpus", value_name = "DIR")]
    corpus: PathBuf,
    /// Fail, writing nothing, when a document cannot be read or extracted (by default it is
    /// left out and listed).
    #[arg(long)]
    strict: bool,
}

/// Builds, with a progress bar on a terminal, and prints what was left out and a summary line.
pub(super) fn run(globals: &Globals, args: BuildArgs, out: &mut dyn Write) -> Result<()> {
    let started = Instant::now();
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{spinner} extracting {pos}/{len} documents {wide_bar} {eta}")
            .expect("the progress template is valid"),
    );
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let summary = build(&BuildOptions {
        corpus: &args.corpus,
        ontology: &globals.ontology,
        store: &globals.store,
        iris: &globals.iris,
        strict: args.strict,
        progress: Some(&progress),
    });
    bar.finish_and_clear();
    let summary = summary?;
    for skipped in &summary.skipped {
        eprintln!("igkg: left out {}: {}", skipped.path.display(), skipped.reason);
    }
    writeln!(
        out,
        "built {}: {}, {:.2}s",
        globals.store.display(),
        describe(&summary),
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}

/// The summary line's middle: documents, what was redone, the vocabulary.
fn describe(summary: &BuildSummary) -> String {
    let left_out = match summary.skipped.len() {
        0 => String::new(),
        n => format!(" ({n} left out, listed above)"),
    };
    let how = match summary.mode {
        BuildMode::Full => format!("{} quads extracted", summary.document_quads),
        BuildMode::Incremental { changed, removed } => format!(
            "incremental: {changed} new or changed documents re-extracted ({} quads), {removed} removed",
            summary.document_quads
        ),
        BuildMode::UpToDate => "up to date, nothing to do".to_string(),
    };
    format!(
        "{} documents{left_out}, {how}, {} ontology and vocabulary quads ({} concepts)",
        summary.documents, summary.vocabulary_quads, summary.concepts
    )
}
