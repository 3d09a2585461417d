//! `igkg stats`: resources by class and facts by document.

use super::Globals;
use crate::query::{QueryLibrary, ResultFormat};
use crate::stats::write_stats;
use crate::store::open_read_only;
use anyhow::Result;
use std::io::Write;

/// Flags of `igkg stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: ResultFormat,
}

/// Writes the counts.
pub(super) fn run(globals: &Globals, args: StatsArgs, out: &mut dyn Write) -> Result<()> {
    let library = QueryLibrary::load(&globals.queries)?;
    let store = open_read_only(&globals.store)?;
    write_stats(&store, &library, args.format, out)?;
    Ok(())
}
