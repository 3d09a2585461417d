//! The command line: every flag defined here with its documentation, parsed into plain values
//! and handed to the library. One file per subcommand holds its flags and the few lines that
//! turn them into a library call; [`run`] only dispatches. Every error reaches the user as one
//! line naming what is at fault: the library says what is wrong, the command adds which flag.

mod ask;
mod build;
mod export;
mod push;
mod query;
mod serve;
mod stats;

use crate::iri::{DEFAULT_BASE, Iris};
use crate::store::default_store_path;
use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use ask::AskFormat;

/// igkg — the Internet-governance knowledge graph.
///
/// Turns UN / WSIS / Internet-governance policy documents into a linked-data graph with
/// evidence for every fact, stores it in Oxigraph, and answers questions over it.
#[derive(Debug, Parser)]
#[command(name = "igkg", version, about, long_about)]
pub struct Cli {
    /// The store folder (default: $XDG_DATA_HOME/igkg/store or ~/.local/share/igkg/store).
    #[arg(long, global = true, env = crate::store::STORE_ENV, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// The folder of ontology and vocabulary Turtle files (default: ./ontology, else the bundled one).
    #[arg(long, global = true, env = "IGKG_ONTOLOGY", value_name = "DIR")]
    pub ontology: Option<PathBuf>,
    /// The folder of bundled SPARQL queries (default: ./queries, else the bundled one).
    #[arg(long, global = true, env = "IGKG_QUERIES", value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// The base of every IRI igkg mints.
    #[arg(long, global = true, env = "IGKG_BASE", default_value = DEFAULT_BASE, value_name = "IRI")]
    pub base: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract a corpus folder of .txt documents into the store, replacing its content.
    Build(build::BuildArgs),
    /// Run a SPARQL query: a bundled query by name, a .rq file, or inline text.
    Query(query::QueryArgs),
    /// Write the graph as Turtle, N-Triples, N-Quads or TriG.
    Export(export::ExportArgs),
    /// Serve the graph: SPARQL endpoint, dereferenceable IRIs, entity pages with a graph view.
    Serve(serve::ServeArgs),
    /// Publish the graph into a remote triple store (Virtuoso, Fuseki, GraphDB, Neptune …):
    /// each named graph replaces its namesake at the endpoint.
    Push(push::PushArgs),
    /// Count resources by class and facts by document.
    Stats(stats::StatsArgs),
    /// Answer a question: `ask KIND TERM`, or a plain-English question.
    Ask(ask::AskArgs),
}

/// What every command shares: the global flags, resolved.
struct Globals {
    store: PathBuf,
    ontology: PathBuf,
    queries: PathBuf,
    iris: Iris,
}

impl Globals {
    fn new(cli: &Cli) -> Result<Self> {
        Ok(Globals {
            store: cli.store.clone().unwrap_or_else(default_store_path),
            ontology: data_dir(cli.ontology.clone(), "ontology"),
            queries: data_dir(cli.queries.clone(), "queries"),
            iris: Iris::new(&cli.base).context("--base")?,
        })
    }
}

/// Runs the command line and maps errors to a one-line message and exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A reader that stops early (`igkg export | head`) is not an error.
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("igkg: error: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes on one line. Library errors show their cause in their own message
/// and also keep it as their source, so a cause whose text is already shown is not repeated.
fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line.replace('\n', " ")
}

/// The folder `name` in the working directory if there is one, else the one bundled with igkg.
fn data_dir(given: Option<PathBuf>, name: &str) -> PathBuf {
    given.unwrap_or_else(|| {
        let local = PathBuf::from(name);
        if local.is_dir() {
            local
        } else {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
        }
    })
}

/// Executes one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let globals = Globals::new(&cli)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Build(args) => build::run(&globals, args, &mut out),
        Command::Query(args) => query::run(&globals, args, &mut out),
        Command::Export(args) => export::run(&globals, args, &mut out),
        Command::Serve(args) => serve::run(globals, args),
        Command::Push(args) => push::run(&globals, args, &mut out),
        Command::Stats(args) => stats::run(&globals, args, &mut out),
        Command::Ask(args) => ask::run(&globals, args, &mut out),
    }?;
    out.flush()?;
    Ok(())
}
