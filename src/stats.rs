//! `igkg stats`: resources by class and what was extracted from each document, through the
//! bundled queries `class-counts` and `document-stats`.

use crate::error::Result;
use crate::query::{QueryLibrary, ResultFormat, evaluate, prepare, write_results};
use oxigraph::store::Store;
use std::io::Write;

/// Writes both tables in `format`.
pub fn write_stats(store: &Store, library: &QueryLibrary, format: ResultFormat, out: &mut dyn Write) -> Result<()> {
    for name in ["document-stats", "class-counts"] {
        let q = library.get(name)?;
        if format == ResultFormat::Table {
            writeln!(out, "# {}", q.title).map_err(crate::Error::Output)?;
        }
        write_results(evaluate(store, prepare(&q.name, &q.text, None)?, &[])?, format, out)?;
        if format == ResultFormat::Table {
            writeln!(out).map_err(crate::Error::Output)?;
        }
    }
    Ok(())
}
