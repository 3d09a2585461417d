//! `igkg push`: publishes the store's graphs into a remote triple store.

use super::Globals;
use crate::Error;
use crate::export::compact;
use crate::push::http::{Credentials, NO_CREDENTIALS};
use crate::push::{Protocol, PushOptions, PushReport, Removed, push};
use crate::store::open_read_only;
use anyhow::{Result, bail};
use std::io::Write;
use std::time::{Duration, Instant};

/// Flags of `igkg push`.
#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The SPARQL 1.1 Graph Store Protocol endpoint, or with `--protocol update` the
    /// SPARQL 1.1 Update endpoint.
    #[arg(long, value_name = "URL")]
    endpoint: String,
    /// The protocol the endpoint speaks.
    #[arg(long, value_enum, default_value = "graph-store")]
    protocol: Protocol,
    /// User name at the endpoint; the password comes from IGKG_PUSH_PASSWORD. Basic or Digest
    /// authentication, as the server asks.
    #[arg(long, value_name = "NAME", conflicts_with = "token")]
    user: Option<String>,
    /// The password for --user (set it in the environment, not on the command line).
    #[arg(long, env = "IGKG_PUSH_PASSWORD", hide_env_values = true, hide = true)]
    password: Option<String>,
    /// A bearer token sent with every request.
    #[arg(long, env = "IGKG_PUSH_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    token: Option<String>,
    /// Most triples per INSERT DATA request (with --protocol update).
    #[arg(long, default_value_t = 5000, value_name = "N")]
    batch: usize,
    /// Leave graphs an earlier push sent that the store no longer holds.
    #[arg(long)]
    keep_stale: bool,
    /// Give up on a request after this many seconds.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    timeout: u64,
}

/// Pushes, printing each graph as it lands and a summary line.
pub(super) fn run(globals: &Globals, args: PushArgs, out: &mut dyn Write) -> Result<()> {
    let credentials = credentials(args.user, args.password, args.token)?;
    let store = open_read_only(&globals.store)?;
    let started = Instant::now();
    let options = PushOptions {
        endpoint: &args.endpoint,
        protocol: args.protocol,
        credentials,
        batch: args.batch,
        prune: !args.keep_stale,
        timeout: Duration::from_secs(args.timeout),
        iris: &globals.iris,
    };
    let report = push(&store, &options, &mut |g| {
        // Progress goes out as each graph lands, so a long push shows where it is.
        let _ = writeln!(
            out,
            "replaced {:<60} {:>6} triples",
            compact(g.graph.as_str()),
            g.triples
        );
        let _ = out.flush();
    })
    .map_err(|e| with_flag(e, &args.endpoint, args.batch))?;
    let removed = removed(&report, out)?;
    writeln!(
        out,
        "pushed {} graphs, {} triples, to {} ({}) in {:.1}s{removed}",
        report.graphs.len(),
        report.triples(),
        args.endpoint,
        args.protocol,
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}

/// The error with the flag whose value it is about.
fn with_flag(e: Error, endpoint: &str, batch: usize) -> anyhow::Error {
    let flag = match &e {
        Error::Endpoint { .. } => format!("--endpoint '{endpoint}'"),
        Error::EmptyBatch => format!("--batch {batch}"),
        Error::Http {
            hint: Some(NO_CREDENTIALS),
            ..
        } => "give credentials with --user (password in IGKG_PUSH_PASSWORD) or --token".to_string(),
        _ => return e.into(),
    };
    anyhow::Error::new(e).context(flag)
}

fn credentials(user: Option<String>, password: Option<String>, token: Option<String>) -> Result<Option<Credentials>> {
    Ok(match (user, token) {
        (Some(name), _) => {
            let Some(password) = password else {
                bail!("--user {name}: set the password in the environment variable IGKG_PUSH_PASSWORD");
            };
            Some(Credentials::User { name, password })
        }
        (None, Some(token)) => Some(Credentials::Bearer(token)),
        (None, None) => None,
    })
}

/// Lists the stale graphs removed; returns the summary line's note on them.
fn removed(report: &PushReport, out: &mut dyn Write) -> Result<String> {
    Ok(match &report.removed {
        Removed::NotAsked => String::new(),
        Removed::Graphs(gone) if gone.is_empty() => "; no stale graphs".into(),
        Removed::Graphs(gone) => {
            for g in gone {
                writeln!(out, "removed  {}", compact(g.as_str()))?;
            }
            let noun = if gone.len() == 1 { "graph" } else { "graphs" };
            format!("; {} stale {noun} removed", gone.len())
        }
        Removed::ByServer => "; stale graphs removed by the server".into(),
    })
}
