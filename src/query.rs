//! SPARQL over the store: the bundled queries of `queries/`, parameters bound through
//! Oxigraph's variable substitution (never pasted into the text), and result formatting.

use crate::error::{Error, Result};
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use spargebra::algebra::GraphPattern;
use spargebra::{Query, SparqlParser};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How a parameter's value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A corpus document, by file name or title.
    Document,
    /// A body, by label or acronym.
    Body,
    /// An issue, by label or acronym.
    Issue,
    /// An IRI (`<…>`, a full IRI or `prefix:local`).
    Iri,
    /// A plain literal.
    Literal,
}

impl ParamKind {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "document" => ParamKind::Document,
            "body" => ParamKind::Body,
            "issue" => ParamKind::Issue,
            "iri" => ParamKind::Iri,
            "literal" => ParamKind::Literal,
            _ => return None,
        })
    }
}

/// A parameter a bundled query declares in its header.
#[derive(Debug, Clone)]
pub struct Param {
    /// The variable, without `?`.
    pub name: String,
    /// How its value is read.
    pub kind: ParamKind,
    /// What it means.
    pub description: String,
}

/// A query of `queries/`, with what its header says.
#[derive(Debug, Clone)]
pub struct BundledQuery {
    /// File stem, by which it is called.
    pub name: String,
    /// Its file.
    pub path: PathBuf,
    /// The SPARQL text.
    pub text: String,
    /// The question it answers (`# title:`).
    pub title: String,
    /// Longer explanation (`# description:`).
    pub description: String,
    /// Declared parameters (`# param: ?name kind description`).
    pub params: Vec<Param>,
}

impl BundledQuery {
    /// Reads a `.rq` file and its header.
    pub fn read(path: &Path) -> Result<Self> {
        let text = crate::corpus::read_text(path)?;
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let mut query = BundledQuery {
            name,
            path: path.to_path_buf(),
            text: text.clone(),
            title: String::new(),
            description: String::new(),
            params: Vec::new(),
        };
        for (i, line) in text.lines().enumerate().take_while(|(_, l)| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            if let Some(v) = line.strip_prefix("title:") {
                query.title = v.trim().to_string();
            } else if let Some(v) = line.strip_prefix("description:") {
                query.description = v.trim().to_string();
            } else if let Some(v) = line.strip_prefix("param:") {
                let mut words = v.split_whitespace();
                let (Some(var), Some(kind)) = (words.next(), words.next().and_then(ParamKind::parse)) else {
                    return Err(Error::QueryHeader {
                        path: path.to_path_buf(),
                        line: i + 1,
                        expected: "# param: ?name document|body|issue|iri|literal description",
                    });
                };
                let description = words.collect::<Vec<_>>().join(" ");
                query.params.push(Param {
                    name: var.trim_start_matches('?').to_string(),
                    kind,
                    description,
                });
            }
        }
        Ok(query)
    }
}

/// The bundled queries.
#[derive(Debug, Clone)]
pub struct QueryLibrary {
    /// Queries sorted by name.
    pub queries: Vec<BundledQuery>,
    /// Forms of some of them for `igkg ask`, which reads every row (`ask/` beside them): same
    /// name, same rows in the same order, planned for the whole answer rather than a page. They
    /// are not listed, paged or served, so a query the server pages never reads the whole answer.
    pub whole_answers: Vec<BundledQuery>,
}

/// The `.rq` files of `dir`, sorted by name.
fn read_queries(dir: &Path) -> Result<Vec<BundledQuery>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    paths.sort();
    paths.iter().map(|p| BundledQuery::read(p)).collect()
}

impl QueryLibrary {
    /// Reads every `.rq` file of `dir`, and of its `ask/` folder when there is one.
    pub fn load(dir: &Path) -> Result<Self> {
        let queries = read_queries(dir)?;
        let ask = dir.join("ask");
        let whole_answers = if ask.is_dir() { read_queries(&ask)? } else { Vec::new() };
        Ok(QueryLibrary { queries, whole_answers })
    }

    /// The query called `name` as `igkg ask` runs it: its form for whole answers when there is
    /// one, else the query itself.
    pub fn whole_answer(&self, name: &str) -> Result<&BundledQuery> {
        match self.whole_answers.iter().find(|q| q.name == name) {
            Some(query) => Ok(query),
            None => self.get(name),
        }
    }

    /// The query called `name`, or an error listing the names there are.
    pub fn get(&self, name: &str) -> Result<&BundledQuery> {
        self.queries
            .iter()
            .find(|q| q.name == name)
            .ok_or_else(|| Error::UnknownQuery {
                name: name.to_string(),
                known: self.queries.iter().map(|q| q.name.clone()).collect(),
            })
    }
}

/// One page of a SELECT query's solutions: at most `limit` rows after the first `offset`.
///
/// A page is read as `LIMIT limit+1 OFFSET offset` over the query's own order, so the row past
/// the page tells whether there is a next one without counting them all. A bundled query may
/// also mark the subquery listing what its rows are about (documents, entities), ordered as
/// its rows are, with [`PAGE_ITEMS`] after its `ORDER BY` (or after a subquery that keeps the
/// order of a sorted one within it, which Oxigraph does): a page then reads at most
/// `offset + limit + 1` of those items, so its cost does not grow with the whole answer. Such
/// a query must give every item at least one row. When its items have many rows each, the
/// marker may say how many an item has at least as a rule (`#PAGE-ITEMS 10`): [`read_page`]
/// then reads that many times fewer items first, and all of them only when those fall short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Rows on the page.
    pub limit: usize,
    /// Rows before it.
    pub offset: usize,
}

/// The comment that marks where the page's item limit goes in a bundled query (see [`Page`]).
pub const PAGE_ITEMS: &str = "#PAGE-ITEMS";

impl Page {
    /// The most items the page can need: each gives its rows at least one.
    fn items(&self) -> usize {
        self.offset.saturating_add(self.limit).saturating_add(1)
    }

    /// The query's text with its marked subquery limited to `items` (a comment that names
    /// the marker is changed too, harmlessly).
    fn limit_items(text: &str, items: usize) -> String {
        let mut parts = text.split(PAGE_ITEMS);
        let mut out = parts.next().unwrap_or_default().to_string();
        for part in parts {
            // The number of rows per item, when there is one, goes with the marker.
            let number = part.trim_start_matches(' ');
            let after = number.trim_start_matches(|c: char| c.is_ascii_digit());
            out.push_str(&format!("LIMIT {items}"));
            out.push_str(if after.len() < number.len() { after } else { part });
        }
        out
    }

    /// How many items to read first when the marker says how many rows an item has at least as
    /// a rule (see [`Page`]); `None` when they are to be read at once.
    fn first_items(&self, text: &str) -> Option<usize> {
        let rows_per_item = text
            .split(PAGE_ITEMS)
            .skip(1)
            .find_map(|part| part.lines().next()?.split_whitespace().next()?.parse::<usize>().ok())
            .filter(|n| *n > 1)?;
        Some(self.items().div_ceil(rows_per_item)).filter(|first| *first < self.items())
    }

    /// A SELECT query's pattern sliced to the page and the row past it; other forms as they are.
    fn slice(&self, query: Query) -> Query {
        match query {
            Query::Select {
                dataset,
                pattern,
                base_iri,
            } => Query::Select {
                dataset,
                pattern: GraphPattern::Slice {
                    inner: Box::new(pattern),
                    start: self.offset,
                    length: Some(self.limit.saturating_add(1)),
                },
                base_iri,
            },
            other => other,
        }
    }
}

/// Parses a query, naming it in the error; evaluation is cancelled once `timeout` has passed.
pub fn prepare(name: &str, text: &str, timeout: Option<Duration>) -> Result<PreparedSparqlQuery> {
    prepare_page(name, text, timeout, None)
}

/// [`prepare`], reading only `page` when there is one.
fn prepare_page(name: &str, text: &str, timeout: Option<Duration>, page: Option<Page>) -> Result<PreparedSparqlQuery> {
    let mut evaluator = SparqlEvaluator::new();
    if let Some(limit) = timeout {
        let token = CancellationToken::new();
        let canceller = token.clone();
        std::thread::spawn(move || {
            std::thread::sleep(limit);
            canceller.cancel();
        });
        evaluator = evaluator.with_cancellation_token(token);
    }
    let entity_prefixes: Vec<(&str, String)> = crate::iri::ENTITY_KINDS
        .iter()
        .map(|kind| (*kind, format!("{}{kind}/", crate::iri::DEFAULT_BASE)))
        .collect();
    let prefixes = crate::iri::ns::PREFIXES
        .iter()
        .map(|(p, iri)| (*p, iri.to_string()))
        .chain(entity_prefixes);
    let mut parser = SparqlParser::new();
    for (prefix, iri) in prefixes {
        parser = parser.with_prefix(prefix, iri).map_err(|source| Error::Prefix {
            prefix: prefix.to_string(),
            source,
        })?;
    }
    let query = parser.parse_query(text).map_err(|source| Error::QuerySyntax {
        name: name.to_string(),
        source,
    })?;
    let query = match page {
        Some(page) => page.slice(query),
        None => query,
    };
    let mut prepared = evaluator.for_query(query);
    // Facts live in one named graph per document; querying their union keeps queries simple.
    prepared.dataset_mut().set_default_graph_as_union();
    Ok(prepared)
}

/// Parses a query with each `(variable, value)` of `bindings` bound (see [`bind_in_text`]);
/// evaluation is cancelled once `timeout` has passed.
pub fn prepare_bound(
    name: &str,
    text: &str,
    timeout: Option<Duration>,
    bindings: &[(String, Term)],
) -> Result<PreparedSparqlQuery> {
    prepare_bound_page(name, text, timeout, bindings, None)
}

/// [`prepare_bound`], reading only `page` (see [`Page`]) when there is one.
pub fn prepare_bound_page(
    name: &str,
    text: &str,
    timeout: Option<Duration>,
    bindings: &[(String, Term)],
    page: Option<Page>,
) -> Result<PreparedSparqlQuery> {
    let items = page.map(|p| p.items());
    prepare_items(name, text, timeout, bindings, page, items)
}

/// [`prepare_bound_page`], its marked subquery limited to `items` when there are.
fn prepare_items(
    name: &str,
    text: &str,
    timeout: Option<Duration>,
    bindings: &[(String, Term)],
    page: Option<Page>,
    items: Option<usize>,
) -> Result<PreparedSparqlQuery> {
    let text = items.map_or_else(|| text.to_string(), |n| Page::limit_items(text, n));
    if let Some(bound) = bind_in_text(&text, bindings)
        && let Ok(prepared) = prepare_page(name, &bound, timeout, page)
    {
        return Ok(prepared);
    }
    substitute(prepare_page(name, &text, timeout, page)?, bindings)
}

/// `page` of a bundled query's answer with `bindings` bound, and whether more rows follow.
///
/// A query whose items have many rows each (see [`Page`]) is read with the fewer items the
/// marker allows first: when their rows fill the page, the page is the same as with every item
/// (the items are a prefix of the answer's order). Otherwise the answer may end on this page or
/// need more items, so it is read again with all of them, within what is left of `timeout`.
pub fn read_page(
    store: &Store,
    name: &str,
    text: &str,
    timeout: Option<Duration>,
    bindings: &[(String, Term)],
    page: Page,
) -> Result<(Table, bool)> {
    let started = std::time::Instant::now();
    let read = |items: usize| {
        let left = timeout.map(|t| t.saturating_sub(started.elapsed()));
        let prepared = prepare_items(name, text, left, bindings, Some(page), Some(items))?;
        Table::collect_page(evaluate(store, prepared, &[])?, page.limit)
    };
    if let Some(first) = page.first_items(text) {
        let (table, more) = read(first)?;
        if more {
            return Ok((table, more));
        }
    }
    read(page.items())
}

/// `prepared` with each `(variable, value)` of `bindings` substituted.
fn substitute(mut prepared: PreparedSparqlQuery, bindings: &[(String, Term)]) -> Result<PreparedSparqlQuery> {
    for (name, value) in bindings {
        let var = Variable::new(name).map_err(|source| Error::Variable {
            name: name.clone(),
            source,
        })?;
        prepared = prepared.substitute_variable(var, value.clone());
    }
    Ok(prepared)
}

/// The query with `BIND(value AS ?name)` opening its WHERE clause for each binding, or `None`
/// when that clause cannot be found.
///
/// Oxigraph's variable substitution binds the value only when the plan is already chosen, so a
/// plan may start from a pattern that the value would have made selective (every passage of
/// the corpus before the one entity asked about); a BIND in the text is seen by the planner.
/// Values are written in N-Triples syntax, which escapes them.
pub fn bind_in_text(text: &str, bindings: &[(String, Term)]) -> Option<String> {
    if bindings.is_empty() {
        return Some(text.to_string());
    }
    let open = where_brace(text)?;
    let mut binds = String::new();
    for (name, value) in bindings {
        Variable::new(name).ok()?;
        binds.push_str(&format!(" BIND({value} AS ?{name})"));
    }
    Some(format!("{}{binds}\n{}", &text[..=open], &text[open + 1..]))
}

/// The byte offset of the brace opening the outermost WHERE clause: the first `{` after a
/// `WHERE` keyword at depth 0, else (the keyword is optional) the first `{`; IRIs, strings and
/// comments are skipped.
fn where_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut i, mut depth, mut first_brace, mut after_where) = (0, 0usize, None, false);
    while i < bytes.len() {
        match bytes[i] {
            b'#' => i = text[i..].find('\n').map_or(bytes.len(), |n| i + n),
            b'<' => i = text[i..].find('>').map(|n| i + n)?,
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' => {
                if depth == 0 && after_where {
                    return Some(i);
                }
                first_brace.get_or_insert(i);
                depth += 1;
            }
            b'}' => depth = depth.saturating_sub(1),
            b'w' | b'W' if depth == 0 && text[i..].len() >= 5 && text[i..i + 5].eq_ignore_ascii_case("where") => {
                let before = i.checked_sub(1).map(|b| bytes[b]);
                if !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'?' || b == b'$' || b == b'_') {
                    after_where = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    first_brace.filter(|_| !after_where)
}

/// Evaluates `prepared` with each `(variable, value)` of `bindings` substituted.
pub fn evaluate(
    store: &Store,
    prepared: PreparedSparqlQuery,
    bindings: &[(String, Term)],
) -> Result<QueryResults<'static>> {
    substitute(prepared, bindings)?
        .on_store(store)
        .execute()
        .map_err(Error::from)
}

/// A solution table: variable names and rows of optional terms.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Column names.
    pub variables: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<Option<Term>>>,
}

impl Table {
    /// Collects SELECT results.
    pub fn collect(results: QueryResults<'_>) -> Result<Self> {
        Ok(Self::collect_page(results, usize::MAX)?.0)
    }

    /// Collects SELECT results, failing once there are more than `max` rows (so that a large
    /// result is refused before it is held in memory).
    pub fn collect_at_most(results: QueryResults<'_>, max: usize) -> Result<Self> {
        match Self::collect_page(results, max)? {
            (_, true) => Err(Error::TooManyRows { max }),
            (table, false) => Ok(table),
        }
    }

    /// Collects at most `limit` rows of SELECT results, and whether there are more.
    pub fn collect_page(results: QueryResults<'_>, limit: usize) -> Result<(Self, bool)> {
        let QueryResults::Solutions(solutions) = results else {
            return Err(Error::QueryForm { expected: "SELECT" });
        };
        let variables: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_string()).collect();
        let mut rows = Vec::new();
        for solution in solutions {
            let solution = solution.map_err(Error::from)?;
            if rows.len() == limit {
                return Ok((Table { variables, rows }, true));
            }
            rows.push(variables.iter().map(|v| solution.get(v.as_str()).cloned()).collect());
        }
        Ok((Table { variables, rows }, false))
    }

    /// The rows as SPARQL results in `format`.
    pub fn write_results(&self, format: QueryResultsFormat) -> Result<Vec<u8>> {
        let variables: Vec<Variable> = self.variables.iter().map(Variable::new_unchecked).collect();
        let mut writer = QueryResultsSerializer::from_format(format)
            .serialize_solutions_to_writer(Vec::new(), variables.clone())
            .map_err(Error::Output)?;
        for row in &self.rows {
            let bound = variables
                .iter()
                .zip(row)
                .filter_map(|(v, t)| Some((v.as_ref(), t.as_ref()?.as_ref())));
            writer.serialize(bound).map_err(Error::Output)?;
        }
        writer.finish().map_err(Error::Output)
    }

    /// The value of column `name` in `row`, as a plain string.
    pub fn get(&self, row: usize, name: &str) -> Option<String> {
        let col = self.variables.iter().position(|v| v == name)?;
        self.rows[row][col].as_ref().map(plain)
    }
}

/// A term as people read it: IRIs bare, literals without quotes or datatype.
pub fn plain(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// A term for a table: IRIs shortened with known prefixes, literals as they are.
fn display(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => crate::export::compact(n.as_str()),
        other => plain(other),
    }
}

/// Output formats of `query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    /// An aligned text table.
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// SPARQL Query Results XML.
    Xml,
}

/// Writes results in `format`; graph results (CONSTRUCT, DESCRIBE) are written as Turtle.
pub fn write_results(results: QueryResults<'_>, format: ResultFormat, out: &mut dyn Write) -> Result<()> {
    write_page(results, format, usize::MAX, out).map(|_| ())
}

/// Writes at most `limit` solutions of `results` in `format` (graph results whole, as Turtle),
/// and says whether there were more.
pub fn write_page(results: QueryResults<'_>, format: ResultFormat, limit: usize, out: &mut dyn Write) -> Result<bool> {
    let io = Error::Output;
    let sparql_format = match format {
        ResultFormat::Table => return write_table(results, limit, out),
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Xml => QueryResultsFormat::Xml,
    };
    let mut more = false;
    match results {
        QueryResults::Boolean(b) => {
            QueryResultsSerializer::from_format(sparql_format)
                .serialize_boolean_to_writer(out, b)
                .map_err(io)?;
        }
        QueryResults::Solutions(solutions) => {
            let mut writer = QueryResultsSerializer::from_format(sparql_format)
                .serialize_solutions_to_writer(out, solutions.variables().to_vec())
                .map_err(io)?;
            for (written, solution) in solutions.enumerate() {
                let solution = solution.map_err(Error::from)?;
                if written == limit {
                    more = true;
                    break;
                }
                writer.serialize(&solution).map_err(io)?;
            }
            writer.finish().map_err(io)?;
        }
        QueryResults::Graph(_) => crate::export::write_graph_results(results, out)?,
    }
    Ok(more)
}

fn write_table(results: QueryResults<'_>, limit: usize, out: &mut dyn Write) -> Result<bool> {
    let io = Error::Output;
    let (table, more) = match results {
        QueryResults::Boolean(b) => return writeln!(out, "{b}").map(|_| false).map_err(io),
        QueryResults::Graph(_) => return crate::export::write_graph_results(results, out).map(|_| false),
        solutions => Table::collect_page(solutions, limit)?,
    };
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(|t| t.as_ref().map(display).unwrap_or_default()).collect())
        .collect();
    let widths: Vec<usize> = (0..table.variables.len())
        .map(|c| {
            cells
                .iter()
                .map(|r| r[c].chars().count())
                .chain([table.variables[c].len()])
                .max()
                .unwrap_or(0)
                .min(60)
        })
        .collect();
    let line = |values: Vec<String>| {
        values
            .iter()
            .zip(&widths)
            .map(|(v, w)| {
                let v: String = if v.chars().count() > *w {
                    v.chars().take(w - 1).chain(['…']).collect()
                } else {
                    v.clone()
                };
                format!("{v:<w$}")
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(table.variables.clone())).map_err(io)?;
    writeln!(out, "{}", line(widths.iter().map(|w| "-".repeat(*w)).collect())).map_err(io)?;
    for row in cells {
        writeln!(out, "{}", line(row)).map_err(io)?;
    }
    let shown = table.rows.len();
    writeln!(out, "({shown} rows{})", if more { ", more follow" } else { "" }).map_err(io)?;
    Ok(more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn iri() -> Vec<(String, Term)> {
        vec![("x".into(), NamedNode::new_unchecked("https://example.org/a").into())]
    }

    #[test]
    fn a_page_reads_fewer_items_first_only_when_the_marker_says_how_many_rows_they_have() {
        let page = Page { limit: 100, offset: 0 };
        let hinted = "# a page (#PAGE-ITEMS) reads\n{ SELECT ?x { } ORDER BY ?x #PAGE-ITEMS 20\n}";
        assert_eq!(page.first_items(hinted), Some(6));
        assert_eq!(
            Page::limit_items(hinted, 6),
            "# a page (LIMIT 6) reads\n{ SELECT ?x { } ORDER BY ?x LIMIT 6\n}"
        );
        let plain = "{ SELECT ?x { } ORDER BY ?x #PAGE-ITEMS\n}";
        assert_eq!(page.first_items(plain), None);
        assert_eq!(
            Page::limit_items(plain, 101),
            "{ SELECT ?x { } ORDER BY ?x LIMIT 101\n}"
        );
    }

    #[test]
    fn a_binding_opens_the_where_clause_past_iris_strings_and_comments() {
        let text = "PREFIX p: <https://e.org/where#x>\n# a comment { where\nSELECT ?x WHERE { ?x p:y \"{\" }";
        let bound = bind_in_text(text, &iri()).unwrap();
        assert!(
            bound.ends_with("WHERE { BIND(<https://example.org/a> AS ?x)\n ?x p:y \"{\" }"),
            "{bound}"
        );
        assert!(prepare("t", &bound, None).is_ok());
    }

    #[test]
    fn without_a_where_keyword_the_first_brace_opens_the_pattern() {
        let bound = bind_in_text("SELECT * { ?x ?p ?o }", &iri()).unwrap();
        assert_eq!(bound, "SELECT * { BIND(<https://example.org/a> AS ?x)\n ?x ?p ?o }");
        let construct = bind_in_text("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", &iri()).unwrap();
        assert!(
            construct.starts_with("CONSTRUCT { ?x ?p ?o } WHERE { BIND("),
            "{construct}"
        );
    }

    #[test]
    fn a_literal_is_bound_escaped_and_a_conflicting_bind_falls_back_to_substitution() {
        let quote = vec![("q".into(), Literal::new_simple_literal("a \" } b").into())];
        let bound = bind_in_text("SELECT ?q WHERE { }", &quote).unwrap();
        assert!(prepare("t", &bound, None).is_ok(), "{bound}");
        // ?x is bound again inside the pattern: the text form does not parse, substitution is used.
        let text = "SELECT ?x WHERE { BIND(1 AS ?x) }";
        assert!(prepare_bound("t", text, None, &iri()).is_ok());
    }
}
