//! The command line: every flag defined here with its documentation, parsed into plain values
//! and handed to the library. Every error reaches the user as one line naming what is at fault.

use crate::ask::{self, Reply};
use crate::export::{ExportFormat, export};
use crate::iri::{DEFAULT_BASE, Iris};
use crate::query::{BundledQuery, ParamKind, QueryLibrary, ResultFormat, evaluate, prepare_bound, write_results};
use crate::resolve::{iri_value, param_value, resolve};
use crate::store::{BuildMode, BuildOptions, build, default_store_path, open_read_only};
use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::model::{Literal, Term};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

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
    Build {
        /// The corpus folder (.txt files, optional metadata.json).
        #[arg(long, default_value = "corpus", value_name = "DIR")]
        corpus: PathBuf,
        /// Fail, writing nothing, when a document cannot be read or extracted (by default it is
        /// left out and listed).
        #[arg(long)]
        strict: bool,
    },
    /// Run a SPARQL query: a bundled query by name, a .rq file, or inline text.
    Query {
        /// Bundled query name, .rq file or SPARQL text.
        #[arg(required_unless_present = "list")]
        query: Option<String>,
        /// List the bundled queries and their parameters.
        #[arg(long)]
        list: bool,
        /// Bind a variable: NAME=VALUE (bodies, issues and documents by label, IRIs as <…> or prefix:local).
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ResultFormat,
        /// Cancel the query after this many seconds.
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<u64>,
    },
    /// Write the graph as Turtle, N-Triples, N-Quads or TriG.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "turtle")]
        format: ExportFormat,
        /// Only this document's graph (file name or title).
        #[arg(long, value_name = "DOCUMENT")]
        document: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Serve the graph: SPARQL endpoint, dereferenceable IRIs, entity pages with a graph view.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
        bind: std::net::SocketAddr,
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
    },
    /// Publish the graph into a remote triple store (Virtuoso, Fuseki, GraphDB, Neptune …):
    /// each named graph replaces its namesake at the endpoint.
    Push {
        /// The SPARQL 1.1 Graph Store Protocol endpoint, or with `--protocol update` the
        /// SPARQL 1.1 Update endpoint.
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// The protocol the endpoint speaks.
        #[arg(long, value_enum, default_value = "graph-store")]
        protocol: crate::push::Protocol,
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
    },
    /// Count resources by class and facts by document.
    Stats {
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ResultFormat,
    },
    /// Answer a question: `ask KIND TERM`, or a plain-English question.
    Ask {
        /// A kind (bodies-in, issues-in, documents-cited-in, bodies-for-issue, issues-for-body,
        /// people-of, meetings-of, recommendations-for) or a question in quotes.
        kind_or_question: String,
        /// The document, body or issue asked about (with a kind).
        term: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: AskFormat,
        /// Cancel the question's query after this many seconds.
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<u64>,
    },
}

/// Output formats of `ask`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AskFormat {
    /// Readable text with evidence.
    Table,
    /// The JSON contract for programs.
    Json,
    /// One line per answer.
    Csv,
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
            eprintln!("igkg: error: {}", format!("{e:#}").replace('\n', " "));
            ExitCode::FAILURE
        }
    }
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
    let iris = Iris::new(&cli.base).map_err(|e| anyhow::anyhow!("--base: {e}"))?;
    let store_path = cli.store.clone().unwrap_or_else(default_store_path);
    let ontology = data_dir(cli.ontology, "ontology");
    let queries_dir = data_dir(cli.queries, "queries");
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Build { corpus, strict } => build_command(&corpus, &ontology, &store_path, &iris, strict, &mut out)?,
        Command::Query {
            query,
            list,
            params,
            format,
            timeout,
        } => {
            let library = QueryLibrary::load(&queries_dir)?;
            if list {
                return list_queries(&library, &mut out);
            }
            let store = open_read_only(&store_path)?;
            let query = pick_query(&library, query.as_deref().unwrap_or_default())?;
            let bindings = bind_params(&store, &library, &query, &params)?;
            let prepared = prepare_bound(&query.name, &query.text, timeout.map(Duration::from_secs), &bindings)?;
            write_results(evaluate(&store, prepared, &[])?, format, &mut out)?;
        }
        Command::Export {
            format,
            document,
            output,
        } => {
            let store = open_read_only(&store_path)?;
            let graph = match document {
                Some(d) => {
                    let library = QueryLibrary::load(&queries_dir)?;
                    let doc = resolve(&store, &library, ParamKind::Document, &d)?;
                    let slug = doc.iri.as_str().rsplit('/').next().unwrap_or_default();
                    Some(iris.document_graph(slug))
                }
                None => None,
            };
            match output {
                Some(path) => {
                    let file = std::fs::File::create(&path).with_context(|| format!("--output {}", path.display()))?;
                    let mut w = BufWriter::new(file);
                    let n = export(&store, format, graph.as_ref(), iris.base(), &mut w)?;
                    w.flush().with_context(|| format!("--output {}", path.display()))?;
                    eprintln!("wrote {n} statements to {}", path.display());
                }
                None => {
                    export(&store, format, graph.as_ref(), iris.base(), &mut out)?;
                }
            }
        }
        Command::Serve {
            bind,
            timeout,
            max_results,
            max_request_bytes,
            write_token,
        } => {
            crate::serve::serve(crate::serve::ServeOptions {
                store: store_path,
                queries: queries_dir,
                bind,
                timeout: Duration::from_secs(timeout),
                max_results,
                max_request_bytes,
                write_token,
                iris,
            })?;
        }
        Command::Push {
            endpoint,
            protocol,
            user,
            password,
            token,
            batch,
            keep_stale,
            timeout,
        } => {
            let credentials = match (user, token) {
                (Some(name), _) => {
                    let Some(password) = password else {
                        bail!("--user {name}: set the password in the environment variable IGKG_PUSH_PASSWORD");
                    };
                    Some(crate::push::http::Credentials::User { name, password })
                }
                (None, Some(token)) => Some(crate::push::http::Credentials::Bearer(token)),
                (None, None) => None,
            };
            let store = open_read_only(&store_path)?;
            let started = Instant::now();
            let options = crate::push::PushOptions {
                endpoint: &endpoint,
                protocol,
                credentials,
                batch,
                prune: !keep_stale,
                timeout: Duration::from_secs(timeout),
                iris: &iris,
            };
            let report = crate::push::push(&store, &options, &mut |g| {
                // Progress goes out as each graph lands, so a long push shows where it is.
                let _ = writeln!(
                    out,
                    "replaced {:<60} {:>6} triples",
                    crate::export::compact(g.graph.as_str()),
                    g.triples
                );
                let _ = out.flush();
            })?;
            let removed = match &report.removed {
                crate::push::Removed::NotAsked => String::new(),
                crate::push::Removed::Graphs(gone) if gone.is_empty() => "; no stale graphs".into(),
                crate::push::Removed::Graphs(gone) => {
                    for g in gone {
                        writeln!(out, "removed  {}", crate::export::compact(g.as_str()))?;
                    }
                    let noun = if gone.len() == 1 { "graph" } else { "graphs" };
                    format!("; {} stale {noun} removed", gone.len())
                }
                crate::push::Removed::ByServer => "; stale graphs removed by the server".into(),
            };
            writeln!(
                out,
                "pushed {} graphs, {} triples, to {endpoint} ({protocol}) in {:.1}s{removed}",
                report.graphs.len(),
                report.triples(),
                started.elapsed().as_secs_f64()
            )?;
        }
        Command::Stats { format } => {
            let library = QueryLibrary::load(&queries_dir)?;
            let store = open_read_only(&store_path)?;
            crate::stats::write_stats(&store, &library, format, &mut out)?;
        }
        Command::Ask {
            kind_or_question,
            term,
            format,
            timeout,
        } => {
            let timeout = timeout.map(Duration::from_secs);
            let library = QueryLibrary::load(&queries_dir)?;
            let kind = match (ask::kind(&kind_or_question), &term) {
                (Some(k), Some(_)) => Some(k),
                (Some(k), None) => bail!(
                    "ask {}: a term is needed, e.g. `igkg ask {} <{}>`",
                    k.name,
                    k.name,
                    k.param
                ),
                (None, Some(_)) => {
                    let names: Vec<&str> = ask::KINDS.iter().map(|k| k.name).collect();
                    bail!("unknown kind '{kind_or_question}'; kinds are: {}", names.join(", "))
                }
                (None, None) => None,
            };
            let store = open_read_only(&store_path)?;
            let reply = match (kind, term) {
                (Some(kind), Some(term)) => ask::ask(&store, &library, kind, &term, timeout)?,
                _ => ask::ask_question(&store, &library, &kind_or_question, timeout)?,
            };
            write_reply(&reply, format, &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn list_queries(library: &QueryLibrary, out: &mut dyn Write) -> Result<()> {
    for q in &library.queries {
        let params: Vec<String> = q.params.iter().map(|p| format!("--param {}=…", p.name)).collect();
        writeln!(
            out,
            "{:<30} {}{}",
            q.name,
            q.title,
            if params.is_empty() {
                String::new()
            } else {
                format!("  [{}]", params.join(" "))
            }
        )?;
    }
    Ok(())
}

/// A bundled query by name, a `.rq` file, or inline SPARQL.
fn pick_query(library: &QueryLibrary, query: &str) -> Result<BundledQuery> {
    let path = Path::new(query);
    if query.ends_with(".rq") || path.is_file() {
        if !path.is_file() {
            bail!("query file {} not found", path.display());
        }
        return Ok(BundledQuery::read(path)?);
    }
    if query.split_whitespace().count() > 1 || query.contains('{') {
        return Ok(BundledQuery {
            name: "inline query".into(),
            path: PathBuf::new(),
            text: query.into(),
            title: String::new(),
            description: String::new(),
            params: Vec::new(),
        });
    }
    Ok(library.get(query)?.clone())
}

fn bind_params(
    store: &oxigraph::store::Store,
    library: &QueryLibrary,
    query: &BundledQuery,
    params: &[String],
) -> Result<Vec<(String, Term)>> {
    let mut bindings = Vec::new();
    for p in params {
        let Some((name, value)) = p.split_once('=') else {
            bail!("--param '{p}': expected NAME=VALUE");
        };
        let name = name.trim().trim_start_matches(['?', '$']);
        let declared = query.params.iter().find(|d| d.name == name);
        let used = query.text.contains(&format!("?{name}")) || query.text.contains(&format!("${name}"));
        if declared.is_none() && !used {
            let known: Vec<&str> = query.params.iter().map(|d| d.name.as_str()).collect();
            bail!(
                "--param '{p}': {} has no variable ?{name}{}",
                query.name,
                if known.is_empty() {
                    String::new()
                } else {
                    format!(" (its parameters: {})", known.join(", "))
                }
            );
        }
        let value = match declared {
            Some(d) => param_value(store, library, d.kind, value).with_context(|| format!("--param {name}"))?,
            None if value.starts_with('<') || value.contains("://") => iri_value(value)?.into(),
            None => Literal::new_simple_literal(value).into(),
        };
        bindings.push((name.to_string(), value));
    }
    for d in &query.params {
        if !bindings.iter().any(|(n, _)| *n == d.name) {
            bail!("{} needs --param {}=… ({})", query.name, d.name, d.description);
        }
    }
    Ok(bindings)
}

fn write_reply(reply: &Reply, format: AskFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        AskFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, reply)?;
            writeln!(out)?;
        }
        AskFormat::Csv => {
            writeln!(out, "iri,label,detail,documents")?;
            for a in &reply.answers {
                let detail = a.date.clone().or(a.text.clone()).or(a.role.clone()).unwrap_or_default();
                let mut docs: Vec<&str> = a.evidence.iter().map(|e| e.document.as_str()).collect();
                docs.dedup();
                writeln!(
                    out,
                    "{},{},{},{}",
                    csv(&a.iri),
                    csv(&a.label),
                    csv(&detail),
                    csv(&docs.join(" "))
                )?;
            }
        }
        AskFormat::Table => {
            if let Some(q) = &reply.question {
                writeln!(out, "{q}\n(answered as: igkg ask {} \"{}\")", reply.kind, reply.term)?;
            }
            writeln!(
                out,
                "{} — {} ({} answers, query {})",
                reply.kind,
                reply.resolved.label,
                reply.answers.len(),
                reply.query
            )?;
            for a in &reply.answers {
                let mut head = a.label.clone();
                if let Some(d) = &a.date {
                    head = format!(
                        "{d}{}  {head}",
                        a.end_date.as_ref().map(|e| format!(" to {e}")).unwrap_or_default()
                    );
                }
                if let Some(r) = &a.role {
                    head.push_str(&format!(" — {r}"));
                }
                if !a.paragraphs.is_empty() {
                    head.push_str(&format!(" (paragraphs {})", a.paragraphs.join(", ")));
                }
                if !a.via.is_empty() {
                    head.push_str(&format!(" (via {})", a.via.join(", ")));
                }
                writeln!(out, "\n* {head}")?;
                if let Some(t) = &a.text {
                    writeln!(out, "  {}", t)?;
                }
                for e in a.evidence.iter().take(2) {
                    let quote: String = e.quote.chars().take(220).collect();
                    let more = if e.quote.chars().count() > 220 { "…" } else { "" };
                    writeln!(out, "  [{}] “{quote}{more}”", e.document)?;
                }
            }
        }
    }
    Ok(())
}

fn csv(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// `igkg build`: builds, with a progress bar on a terminal, and prints what was left out and a
/// summary line.
fn build_command(
    corpus: &Path,
    ontology: &Path,
    store: &Path,
    iris: &Iris,
    strict: bool,
    out: &mut impl Write,
) -> Result<()> {
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
        corpus,
        ontology,
        store,
        iris,
        strict,
        progress: Some(&progress),
    });
    bar.finish_and_clear();
    let summary = summary?;
    for skipped in &summary.skipped {
        eprintln!("igkg: left out {}: {}", skipped.path.display(), skipped.reason);
    }
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
    writeln!(
        out,
        "built {}: {} documents{left_out}, {how}, {} ontology and vocabulary quads ({} concepts), {:.2}s",
        store.display(),
        summary.documents,
        summary.vocabulary_quads,
        summary.concepts,
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}
