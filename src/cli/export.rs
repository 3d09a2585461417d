//! `igkg export`: writes the graph, or one document's graph, as RDF.

use super::Globals;
use crate::export::{ExportFormat, export};
use crate::query::{ParamKind, QueryLibrary};
use crate::resolve::resolve;
use crate::store::open_read_only;
use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Flags of `igkg export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "turtle")]
    format: ExportFormat,
    /// Only this document's graph (file name or title).
    #[arg(long, value_name = "DOCUMENT")]
    document: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Writes the export to `--output` (reporting the count on standard error) or to `out`.
pub(super) fn run(globals: &Globals, args: ExportArgs, out: &mut dyn Write) -> Result<()> {
    let store = open_read_only(&globals.store)?;
    let graph = match args.document {
        Some(d) => {
            let library = QueryLibrary::load(&globals.queries)?;
            let doc = resolve(&store, &library, ParamKind::Document, &d).context("--document")?;
            let slug = doc.iri.as_str().rsplit('/').next().unwrap_or_default();
            Some(globals.iris.document_graph(slug))
        }
        None => None,
    };
    let base = globals.iris.base();
    let Some(path) = args.output else {
        export(&store, args.format, graph.as_ref(), base, out)?;
        return Ok(());
    };
    let context = || format!("--output {}", path.display());
    let mut file = BufWriter::new(std::fs::File::create(&path).with_context(context)?);
    let n = export(&store, args.format, graph.as_ref(), base, &mut file).with_context(context)?;
    file.flush().with_context(context)?;
    eprintln!("wrote {n} statements to {}", path.display());
    Ok(())
}
