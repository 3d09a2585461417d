//! `igkg serve`: the SPARQL endpoint, dereferenceable IRIs and entity pages.

use super::Globals;
use crate::serve::{ServeOptions, serve};
use anyhow::Result;
use std::net::SocketAddr;
use std::time::Duration;

/// Flags of `igkg serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    bind: SocketAddr,
    /// Cancel a query after this many seconds (HTTP 503).
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout: u64,
    /// Most rows or triples one query may return (HTTP 413 beyond).
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_results: usize,
    /// Largest request body, in bytes (HTTP 413 beyond).
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    max_request_bytes: usize,
    /// Accept SPARQL Update at /update from clients sending this bearer token.
    #[arg(long, env = "IGKG_WRITE_TOKEN", value_name = "TOKEN")]
    write_token: Option<String>,
}

/// Serves until interrupted.
pub(super) fn run(globals: Globals, args: ServeArgs) -> Result<()> {
    let bind = args.bind;
    serve(ServeOptions {
        store: globals.store,
        queries: globals.queries,
        bind,
        timeout: Duration::from_secs(args.timeout),
        max_results: args.max_results,
        max_request_bytes: args.max_request_bytes,
        write_token: args.write_token,
        iris: globals.iris,
    })
    .map_err(|e| match e {
        e @ crate::Error::Bind { .. } => anyhow::Error::new(e).context(format!("--bind {bind}")),
        e => e.into(),
    })
}
