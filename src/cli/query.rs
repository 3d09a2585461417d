//! `igkg query`: runs a bundled query, a `.rq` file or inline SPARQL, or lists the bundled ones.

use super::Globals;
use crate::query::{BundledQuery, Page, QueryLibrary, ResultFormat, evaluate, prepare_bound_page, write_page};
use crate::resolve::{iri_value, param_value};
use crate::store::open_read_only;
use anyhow::{Context, Result, bail};
use oxigraph::model::{Literal, Term};
use oxigraph::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Flags of `igkg query`.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
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
    /// Rows of a SELECT query per page; 0 for every row.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_PAGE)]
    limit: usize,
    /// Rows to skip before the page (the next page starts at offset + limit).
    #[arg(long, value_name = "K", default_value_t = 0)]
    offset: usize,
    /// Every row, however many (as --limit 0).
    #[arg(long, conflicts_with_all = ["limit", "offset"])]
    all: bool,
}

/// Rows per page on the command line: enough to read, few enough to answer at once.
const DEFAULT_PAGE: usize = 1000;

/// Lists the bundled queries, or runs one query and writes its results.
pub(super) fn run(globals: &Globals, args: QueryArgs, out: &mut dyn Write) -> Result<()> {
    let library = QueryLibrary::load(&globals.queries)?;
    if args.list {
        return list_queries(&library, out);
    }
    let store = open_read_only(&globals.store)?;
    let query = pick_query(&library, args.query.as_deref().unwrap_or_default())?;
    let bindings = bind_params(&store, &library, &query, &args.params)?;
    let timeout = args.timeout.map(Duration::from_secs);
    let page = page(&args)?;
    let prepared = prepare_bound_page(&query.name, &query.text, timeout, &bindings, page)?;
    let limit = page.map_or(usize::MAX, |p| p.limit);
    if write_page(evaluate(&store, prepared, &[])?, args.format, limit, out)?
        && let Some(p) = page
    {
        eprintln!(
            "igkg: rows {} to {} shown; the next page: --offset {} (every row: --all)",
            p.offset + 1,
            p.offset + p.limit,
            p.offset + p.limit
        );
    }
    Ok(())
}

/// The page `--limit`, `--offset` and `--all` ask for; `None` for every row.
fn page(args: &QueryArgs) -> Result<Option<Page>> {
    if args.all || args.limit == 0 {
        if args.offset > 0 {
            bail!("--offset {} needs a page size: --limit N with N > 0", args.offset);
        }
        return Ok(None);
    }
    Ok(Some(Page {
        limit: args.limit,
        offset: args.offset,
    }))
}

fn list_queries(library: &QueryLibrary, out: &mut dyn Write) -> Result<()> {
    for q in &library.queries {
        let params: Vec<String> = q.params.iter().map(|p| format!("--param {}=…", p.name)).collect();
        let params = if params.is_empty() {
            String::new()
        } else {
            format!("  [{}]", params.join(" "))
        };
        writeln!(out, "{:<30} {}{params}", q.name, q.title)?;
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

/// The values of the `--param NAME=VALUE` flags, each checked against the query's variables,
/// and every declared parameter given.
fn bind_params(
    store: &Store,
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
            let known = if known.is_empty() {
                String::new()
            } else {
                format!(" (its parameters: {})", known.join(", "))
            };
            bail!("--param '{p}': {} has no variable ?{name}{known}", query.name);
        }
        let value = match declared {
            Some(d) => param_value(store, library, d.kind, value),
            None if value.starts_with('<') || value.contains("://") => iri_value(value).map(Term::from),
            None => Ok(Literal::new_simple_literal(value).into()),
        };
        bindings.push((name.to_string(), value.with_context(|| format!("--param {name}"))?));
    }
    for d in &query.params {
        if !bindings.iter().any(|(n, _)| *n == d.name) {
            bail!("{} needs --param {}=… ({})", query.name, d.name, d.description);
        }
    }
    Ok(bindings)
}
