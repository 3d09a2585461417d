//! HTML for people: the home page, label search, bundled queries, and a page for every entity
//! with its facts, the answers about it with their evidence, and a graph view of its neighbours.
//!
//! Pages are minijinja templates in `templates/`, built into the binary, with HTML escaping
//! on for every value unless a template says otherwise (`|safe`, used once, for JSON that is
//! escaped for its place). minijinja rather than a compile-time engine: it adds no procedural
//! macro to the build, and the templates stay plain Jinja that anyone can edit; the unit tests
//! below render every template, so a template error fails `cargo test`. The
//! graph view's script is `assets/graph.js`; the pages' SPARQL is in `queries/pages/`, kept
//! out of the bundled queries that `igkg query --list` shows.

use super::AppState;
use super::blocking;
use super::negotiate::{Graph, Negotiated, graph_format, page_format};
use super::sparql::{error, write_triples};
use crate::ask::{self, Reply};
use crate::iri::ns::{self, foaf, skos};
use crate::query::{BundledQuery, Page, Table, evaluate, plain, prepare_bound, read_page};
use crate::resolve::{normalize, param_value};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Output, escape_formatter};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{NamedNode, NamedNodeRef, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::store::Store;
use serde::Serialize;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::{Arc, Mutex, Weak};

type Pairs = Vec<(String, String)>;

/// Rows on a page of a bundled query's answer (at most `--max-results`): what a person reads.
const PAGE_ROWS: usize = 100;

/// Pages kept by [`PageCache`]; past that it starts again.
const CACHED_PAGES: usize = 256;

/// The most neighbours drawn in a graph view.
const MAX_NEIGHBOURS: usize = 60;

const CYTOSCAPE: &str = include_str!("../../assets/vendor/cytoscape.min.js");
const GRAPH_SCRIPT: &str = include_str!("../../assets/graph.js");

const DOCUMENTS: &str = include_str!("../../queries/pages/documents.rq");
const MENTIONED: &str = include_str!("../../queries/pages/mentioned.rq");
const SEARCH: &str = include_str!("../../queries/pages/search.rq");
const IS_A: &str = include_str!("../../queries/pages/is-a.rq");
const EVIDENCE_BY_PAGE: &str = include_str!("../../queries/pages/evidence-by-page.rq");

/// `GET /assets/cytoscape.min.js`: the vendored graph library, so pages work offline.
pub async fn cytoscape() -> Response {
    script(CYTOSCAPE)
}

/// `GET /assets/graph.js`: the graph view of entity pages.
pub async fn graph_script() -> Response {
    script(GRAPH_SCRIPT)
}

fn script(text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], text).into_response()
}

/// A link to an entity's page.
/// One page of a paged document and the evidence passages on it.
#[derive(Serialize)]
struct PageView {
    number: String,
    passages: Vec<String>,
}

#[derive(Clone, Serialize)]
struct Link {
    href: String,
    label: String,
}

/// A table cell: an entity's link, or text.
#[derive(Serialize)]
struct Cell {
    link: Option<Link>,
    text: String,
}

#[derive(Serialize)]
struct HomePage<'a> {
    title: &'a str,
    sections: Vec<Section>,
    /// Name and title of each bundled query.
    queries: Vec<(&'a str, &'a str)>,
}

#[derive(Serialize)]
struct Section {
    heading: &'static str,
    items: Vec<Link>,
}

#[derive(Serialize)]
struct SearchPage<'a> {
    title: String,
    query: &'a str,
    count: usize,
    /// Each entity found and the label that matched.
    results: Vec<(Link, String)>,
}

#[derive(Serialize)]
struct QueryPage<'a> {
    title: &'a str,
    description: &'a str,
    fields: Vec<Field<'a>>,
    message: Option<String>,
    table: Option<HtmlTable>,
    pager: Option<Pager>,
    sparql: &'a str,
}

/// Where a page of a query's answer sits, and links to its neighbours.
#[derive(Serialize)]
struct Pager {
    first: usize,
    last: usize,
    previous: Option<String>,
    next: Option<String>,
}

/// A form field for a query parameter.
#[derive(Serialize)]
struct Field<'a> {
    description: &'a str,
    name: &'a str,
    value: String,
}

#[derive(Serialize)]
struct HtmlTable {
    variables: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

#[derive(Serialize)]
struct EntityPage<'a> {
    title: &'a str,
    types: String,
    iri: &'a str,
    replies: Vec<ReplyView>,
    /// Evidence passages by page, for documents read from a paged format.
    pages: Vec<PageView>,
    facts: Vec<FactRow>,
    referred: Vec<FactRow>,
    /// The graph view's nodes and edges as JSON, with `</` escaped so it cannot end the
    /// script element it sits in (hence the template may write it unescaped).
    graph: String,
}

#[derive(Serialize)]
struct ReplyView {
    heading: String,
    answers: Vec<AnswerView>,
}

#[derive(Serialize)]
struct AnswerView {
    date: Option<String>,
    link: Link,
    via: Option<String>,
    role: Option<String>,
    evidence: Vec<EvidenceView>,
}

#[derive(Serialize)]
struct EvidenceView {
    quote: String,
    href: String,
    document: String,
}

/// A property and its values (at most 25 shown).
#[derive(Serialize)]
struct FactRow {
    predicate: String,
    values: Vec<Cell>,
}

/// The page templates, with HTML escaping by their `.html` names.
static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_formatter(html_formatter);
    for (name, text) in [
        ("base.html", include_str!("../../templates/base.html")),
        ("macros.html", include_str!("../../templates/macros.html")),
        ("home.html", include_str!("../../templates/home.html")),
        ("search.html", include_str!("../../templates/search.html")),
        ("query.html", include_str!("../../templates/query.html")),
        ("entity.html", include_str!("../../templates/entity.html")),
    ] {
        if let Err(e) = env.add_template(name, text) {
            // A broken template still serves the other pages; this one answers with the error.
            eprintln!("igkg: template {name}: {e}");
        }
    }
    env
});

/// HTML escaping of `&`, `<`, `>` and `"` (the templates quote every attribute with `"`);
/// minijinja's own also writes `/` and `'` as entities, which makes links hard to read.
fn html_formatter(out: &mut Output, state: &minijinja::State, value: &Value) -> Result<(), minijinja::Error> {
    match value.as_str() {
        Some(text) if !value.is_safe() && state.auto_escape() == AutoEscape::Html => {
            out.write_str(&esc(text)).map_err(minijinja::Error::from)
        }
        _ => escape_formatter(out, state, value),
    }
}

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn render(name: &str, page: &impl Serialize) -> Response {
    match TEMPLATES.get_template(name).and_then(|t| t.render(page)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, format!("template {name}: {e}")),
    }
}

/// The local path of an IRI under the base, or the IRI itself.
fn href(state: &AppState, iri: &str) -> String {
    iri.strip_prefix(state.options.iris.base())
        .map_or_else(|| iri.to_string(), |rest| format!("/{rest}"))
}

fn label_of(state: &AppState, iri: &str) -> String {
    label_in(&state.store(), iri)
}

/// An entity's label in `store` (the caller's generation, opened once for many labels).
fn label_in(store: &Store, iri: &str) -> String {
    let node = NamedNodeRef::new_unchecked(iri);
    for p in [skos::PREF_LABEL, rdfs::LABEL, foaf::NAME] {
        if let Some(Ok(q)) = store.quads_for_pattern(Some(node.into()), Some(p), None, None).next() {
            return plain(&q.object);
        }
    }
    crate::export::compact(iri)
}

fn link(state: &AppState, iri: &str) -> Link {
    Link {
        href: href(state, iri),
        label: label_of(state, iri),
    }
}

fn cell(state: &AppState, term: Option<&Term>) -> Cell {
    match term {
        Some(Term::NamedNode(n)) => Cell {
            link: Some(link(state, n.as_str())),
            text: String::new(),
        },
        Some(t) => text_cell(shortened(plain(t))),
        None => text_cell(String::new()),
    }
}

fn text_cell(text: String) -> Cell {
    Cell { link: None, text }
}

/// Runs one of the pages' queries with `bindings`.
fn page_query(
    state: &AppState,
    name: &str,
    text: &str,
    bindings: &[(String, Term)],
) -> Result<QueryResults<'static>, crate::Error> {
    // Values written into the query text, not substituted: the planner then starts from them
    // instead of reading the whole corpus first.
    let prepared = prepare_bound(name, text, Some(state.options.timeout), bindings)?;
    evaluate(&state.store(), prepared, &[])
}

/// The entities `?x` a page query finds (none if it fails: the home page shows what it can).
fn entities(state: &AppState, text: &str, bindings: &[(String, Term)]) -> Vec<Link> {
    let Ok(rows) = page_query(state, "home", text, bindings).and_then(Table::collect) else {
        return Vec::new();
    };
    (0..rows.rows.len())
        .filter_map(|r| rows.get(r, "x"))
        .map(|iri| link(state, &iri))
        .collect()
}

fn class(local: &str) -> (String, Term) {
    ("class".into(), NamedNode::new_unchecked(ns::igkg(local)).into())
}

/// `GET /`: what the graph holds, and the bundled queries.
pub async fn home(State(state): State<Arc<AppState>>) -> Response {
    blocking(move || {
        let sections = vec![
            Section {
                heading: "Documents (the first 200 by file name)",
                items: entities(&state, DOCUMENTS, &[]),
            },
            Section {
                heading: "Bodies (the first 200 by name)",
                items: entities(&state, MENTIONED, &[class("Body")]),
            },
            Section {
                heading: "Issues (the first 200 by name)",
                items: entities(&state, MENTIONED, &[class("PolicyIssue")]),
            },
        ];
        render(
            "home.html",
            &HomePage {
                title: "igkg",
                sections,
                queries: state
                    .library
                    .queries
                    .iter()
                    .map(|q| (q.name.as_str(), q.title.as_str()))
                    .collect(),
            },
        )
    })
    .await
}

/// `GET /search?q=…`: entities by label; an exact match goes straight to its page.
pub async fn search(State(state): State<Arc<AppState>>, Query(pairs): Query<Pairs>) -> Response {
    let q = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    blocking(move || {
        if q.is_empty() {
            return Redirect::to("/").into_response();
        }
        let bindings = [("q".into(), oxigraph::model::Literal::new_simple_literal(&q).into())];
        let Ok(rows) = page_query(&state, "search", SEARCH, &bindings).and_then(Table::collect) else {
            return error(StatusCode::INTERNAL_SERVER_ERROR, "search failed");
        };
        let mut found: BTreeMap<String, (bool, String)> = BTreeMap::new();
        for r in 0..rows.rows.len() {
            let (Some(x), Some(m)) = (rows.get(r, "x"), rows.get(r, "matched")) else {
                continue;
            };
            let exact = normalize(&m) == normalize(&q);
            let entry = found.entry(x).or_insert((false, m));
            entry.0 |= exact;
        }
        let exact: Vec<&String> = found.iter().filter(|(_, (e, _))| *e).map(|(x, _)| x).collect();
        if exact.len() == 1 {
            return Redirect::to(&href(&state, exact[0])).into_response();
        }
        let mut ranked: Vec<(&String, &(bool, String))> = found.iter().collect();
        ranked.sort_by_key(|(x, (e, m))| (!*e, m.len(), (*x).clone()));
        render(
            "search.html",
            &SearchPage {
                title: format!("Search: {q}"),
                query: &q,
                count: found.len(),
                results: ranked
                    .into_iter()
                    .take(50)
                    .map(|(x, (_, m))| (link(&state, x), m.clone()))
                    .collect(),
            },
        )
    })
    .await
}

fn html_table(state: &AppState, t: &Table) -> HtmlTable {
    // A page names the same few entities on many rows (the body asked about on each): each
    // label is looked up once, in one generation.
    let store = state.store();
    let mut links: HashMap<&str, Link> = HashMap::new();
    let mut rows = Vec::with_capacity(t.rows.len());
    for row in &t.rows {
        let mut cells = Vec::with_capacity(row.len());
        for term in row {
            cells.push(match term {
                Some(Term::NamedNode(n)) => {
                    let link = links.entry(n.as_str()).or_insert_with(|| Link {
                        href: href(state, n.as_str()),
                        label: label_in(&store, n.as_str()),
                    });
                    Cell {
                        link: Some(link.clone()),
                        text: String::new(),
                    }
                }
                other => cell(state, other.as_ref()),
            });
        }
        rows.push(cells);
    }
    HtmlTable {
        variables: t.variables.clone(),
        rows,
    }
}

/// `GET /query/NAME[?PARAM=…][&page=K]`: a bundled query with a form for its parameters, and
/// page K of its answer ([`PAGE_ROWS`] rows): an HTML page with links to the pages before and
/// after it, or SPARQL results (by `format=` or `Accept`) with `Link` headers to them.
pub async fn bundled_query(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    Query(pairs): Query<Pairs>,
) -> Response {
    blocking(move || {
        let Ok(q) = state.library.get(&name) else {
            return error(StatusCode::NOT_FOUND, format!("no bundled query named '{name}'"));
        };
        let value = |p: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == p)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let (number, format, results) = match page_request(&value("page"), value("format"), &headers) {
            Ok(request) => request,
            Err((status, message)) => return error(status, message),
        };
        let fields: Vec<Field> = q
            .params
            .iter()
            .map(|p| Field {
                description: &p.description,
                name: &p.name,
                value: value(&p.name),
            })
            .collect();
        let limit = PAGE_ROWS.min(state.options.max_results).max(1);
        let page = Page {
            limit,
            offset: (number - 1).saturating_mul(limit),
        };
        let (answer, message) = answer_page(&state, q, &fields, page);
        let link = |n: usize| page_href(&q.name, &fields, &format, n);
        let (previous, next) = (
            (number > 1).then(|| link(number - 1)),
            answer.as_ref().is_some_and(|(_, more)| *more).then(|| link(number + 1)),
        );
        if let Some(format) = results {
            return results_page(answer, message, format, previous, next);
        }
        let pager = answer.as_ref().map(|(t, _)| Pager {
            first: page.offset + 1,
            last: page.offset + t.rows.len(),
            previous: previous.clone(),
            next: next.clone(),
        });
        render(
            "query.html",
            &QueryPage {
                title: &q.title,
                description: &q.description,
                fields,
                message,
                table: answer.map(|(t, _)| html_table(&state, &t)),
                pager,
                sparql: &q.text,
            },
        )
    })
    .await
}

/// The page number (from 1), the `format` parameter and the SPARQL results format (`None` for
/// HTML) a request for a bundled query's page asks for; or the error's status and message.
fn page_request(
    page: &str,
    format: String,
    headers: &HeaderMap,
) -> Result<(usize, String, Option<QueryResultsFormat>), (StatusCode, String)> {
    let number = match page {
        "" => 1,
        v => match v.parse::<usize>() {
            Ok(n) if n >= 1 => n,
            _ => {
                let message = format!("page '{v}': expected a page number from 1");
                return Err((StatusCode::BAD_REQUEST, message));
            }
        },
    };
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    match page_format(accept, Some(format.as_str()).filter(|f| !f.is_empty())) {
        Negotiated::Format(results) => Ok((number, format, results)),
        Negotiated::NotAcceptable => Err((
            StatusCode::NOT_ACCEPTABLE,
            "a query page is HTML, json, csv, tsv or xml".into(),
        )),
    }
}

/// `page` of a bundled query's answer, with its form's values bound, and whether more rows
/// follow; or why there is none (a value that resolves to nothing, a failed query). No answer
/// and no message while the form is not filled in.
fn answer_page(
    state: &AppState,
    q: &BundledQuery,
    fields: &[Field],
    page: Page,
) -> (Option<(Table, bool)>, Option<String>) {
    let mut bindings = Vec::new();
    for (p, f) in q.params.iter().zip(fields).filter(|(_, f)| !f.value.is_empty()) {
        match param_value(&state.store(), &state.library, p.kind, &f.value) {
            Ok(t) => bindings.push((p.name.clone(), t)),
            Err(e) => return (None, Some(e.to_string())),
        }
    }
    if bindings.len() < q.params.len() {
        return (None, None);
    }
    let store = state.store();
    let read = || read_page(&store, &q.name, &q.text, Some(state.options.timeout), &bindings, page);
    let answer = if q.params.is_empty() && state.options.write_token.is_none() {
        state.pages.get_or_read(&store, &q.name, page, read)
    } else {
        read()
    };
    match answer {
        Ok(answer) => (Some(answer), None),
        Err(e) => (None, Some(e.to_string())),
    }
}

/// Pages of the bundled queries that take no parameter, kept for the generation they were read
/// from: such a page (every label, every recommendation by status) is the same for everyone
/// until a build replaces the generation, yet reading it again costs a join over the whole
/// summary graph or corpus. A writable server keeps none, as an update may change any answer.
#[derive(Default)]
pub struct PageCache {
    /// Not keeping the store open: a replaced generation is closed as before.
    kept: Mutex<Option<KeptPages>>,
}

/// The store pages were read from, and each page (by query name and first row: every page has
/// the server's number of rows) with whether more rows follow.
type KeptPages = (Weak<Store>, HashMap<(String, usize), (Table, bool)>);

impl PageCache {
    /// `page` of `name`'s answer on `store`: the kept one, else `read` and kept.
    fn get_or_read(
        &self,
        store: &Arc<Store>,
        name: &str,
        page: Page,
        read: impl FnOnce() -> Result<(Table, bool), crate::Error>,
    ) -> Result<(Table, bool), crate::Error> {
        let key = (name.to_string(), page.offset);
        if let Some((from, pages)) = &*self.lock()
            && from.ptr_eq(&Arc::downgrade(store))
            && let Some(answer) = pages.get(&key)
        {
            return Ok(answer.clone());
        }
        // Read without the lock: another page may be asked for meanwhile.
        let answer = read()?;
        let mut kept = self.lock();
        let current = kept
            .as_ref()
            .is_some_and(|(from, pages)| from.ptr_eq(&Arc::downgrade(store)) && pages.len() < CACHED_PAGES);
        if !current {
            *kept = Some((Arc::downgrade(store), HashMap::new()));
        }
        if let Some((_, pages)) = kept.as_mut() {
            pages.insert(key, answer.clone());
        }
        Ok(answer)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<KeptPages>> {
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The address of page `number` of a bundled query, with the form's values and format.
fn page_href(name: &str, fields: &[Field], format: &str, number: usize) -> String {
    let mut pairs: Vec<(&str, String)> = fields
        .iter()
        .filter(|f| !f.value.is_empty())
        .map(|f| (f.name, f.value.clone()))
        .collect();
    if !format.is_empty() {
        pairs.push(("format", format.to_string()));
    }
    pairs.push(("page", number.to_string()));
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    format!("/query/{name}?{query}")
}

/// A page of SPARQL results, with `Link` headers to the pages before and after it.
fn results_page(
    answer: Option<(Table, bool)>,
    message: Option<String>,
    format: QueryResultsFormat,
    previous: Option<String>,
    next: Option<String>,
) -> Response {
    let Some((table, _)) = answer else {
        let message = message.unwrap_or_else(|| "every parameter of the query needs a value".into());
        return error(StatusCode::BAD_REQUEST, message);
    };
    let body = match table.write_results(format) {
        Ok(body) => body,
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let links: Vec<String> = [(previous, "prev"), (next, "next")]
        .into_iter()
        .filter_map(|(href, rel)| href.map(|h| format!("<{h}>; rel=\"{rel}\"")))
        .collect();
    let mut reply = ([(header::CONTENT_TYPE, format.media_type())], body).into_response();
    if let Ok(value) = header::HeaderValue::from_str(&links.join(", "))
        && !links.is_empty()
    {
        reply.headers_mut().insert(header::LINK, value);
    }
    reply
}

/// Any other path: the entity with IRI `base + path`, negotiated.
pub async fn entity(
    State(state): State<Arc<AppState>>,
    uri: Uri,
    headers: HeaderMap,
    Query(pairs): Query<Pairs>,
) -> Response {
    let iri = format!("{}{}", state.options.iris.base(), uri.path().trim_start_matches('/'));
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let format = pairs.iter().find(|(k, _)| k == "format").map(|(_, v)| v.clone());
    blocking(move || {
        let Ok(node) = NamedNode::new(&iri) else {
            return error(StatusCode::NOT_FOUND, "not found");
        };
        let (outgoing, incoming) = neighbourhood(&state, &node);
        if outgoing.is_empty() {
            return error(StatusCode::NOT_FOUND, format!("no resource <{iri}> in this graph"));
        }
        match graph_format(accept.as_deref(), format.as_deref(), true) {
            Negotiated::Format(Graph::Rdf(f)) => {
                let mut all = outgoing.clone();
                all.extend(incoming);
                match write_triples(&all, f, state.options.iris.base()) {
                    Ok(body) => ([(header::CONTENT_TYPE, f.media_type())], body).into_response(),
                    Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
                }
            }
            Negotiated::Format(Graph::Html) => entity_page(&state, &node, &outgoing, &incoming),
            Negotiated::NotAcceptable => error(StatusCode::NOT_ACCEPTABLE, "this resource is offered as text/html, text/turtle, application/n-triples, application/ld+json and application/rdf+xml"),
        }
    })
    .await
}

/// Triples about the entity and triples pointing at it, across graphs, without duplicates.
fn neighbourhood(state: &AppState, node: &NamedNode) -> (Vec<Triple>, Vec<Triple>) {
    let collect = |s: Option<&NamedNode>, o: Option<&NamedNode>| {
        let mut v: Vec<Triple> = state
            .store()
            .quads_for_pattern(s.map(|n| n.as_ref().into()), None, o.map(|n| n.as_ref().into()), None)
            .filter_map(Result::ok)
            .map(Triple::from)
            .collect();
        v.sort_by_cached_key(|t| (t.predicate.to_string(), t.object.to_string(), t.subject.to_string()));
        v.dedup();
        v
    };
    (collect(Some(node), None), collect(None, Some(node)))
}

fn is_a(state: &AppState, node: &NamedNode, local: &str) -> bool {
    let bindings = [("entity".into(), node.clone().into()), class(local)];
    matches!(
        page_query(state, "class", IS_A, &bindings),
        Ok(QueryResults::Boolean(true))
    )
}

fn replies(state: &AppState, node: &NamedNode) -> Vec<Reply> {
    let kinds: &[&str] = if is_a(state, node, "Body") {
        &["issues-for-body", "people-of", "meetings-of", "recommendations-for"]
    } else if is_a(state, node, "PolicyIssue") {
        &["bodies-for-issue"]
    } else if is_a(state, node, "Document") {
        &["bodies-in", "issues-in", "documents-cited-in"]
    } else {
        &[]
    };
    let label = label_of(state, node.as_str());
    kinds
        .iter()
        .filter_map(|k| ask::kind(k))
        .filter_map(|k| {
            ask::ask_resolved(
                &state.store(),
                &state.library,
                k,
                node.clone(),
                &label,
                Some(state.options.timeout),
            )
            .ok()
        })
        .filter(|r| !r.answers.is_empty())
        .collect()
}

fn reply_view(state: &AppState, reply: &Reply) -> ReplyView {
    let answers = reply
        .answers
        .iter()
        .map(|a| AnswerView {
            date: a.date.clone(),
            link: link(state, &a.iri),
            via: (!a.via.is_empty()).then(|| a.via.join(", ")),
            role: a.role.clone(),
            evidence: a
                .evidence
                .iter()
                .take(2)
                .map(|e| EvidenceView {
                    quote: e.quote.clone(),
                    href: href(state, state.options.iris.document(&e.document).as_str()),
                    document: e.document.clone(),
                })
                .collect(),
        })
        .collect();
    ReplyView {
        heading: reply.kind.replace('-', " "),
        answers,
    }
}

fn entity_page(state: &AppState, node: &NamedNode, outgoing: &[Triple], incoming: &[Triple]) -> Response {
    let label = label_of(state, node.as_str());
    let types: Vec<String> = outgoing
        .iter()
        .filter(|t| t.predicate.as_ref() == rdf::TYPE)
        .map(|t| crate::export::compact(&plain(&t.object)))
        .collect();
    render(
        "entity.html",
        &EntityPage {
            title: &label,
            types: types.join(", "),
            iri: node.as_str(),
            replies: replies(state, node).iter().map(|r| reply_view(state, r)).collect(),
            pages: evidence_by_page(state, node),
            facts: facts_table(state, outgoing, false),
            referred: facts_table(state, incoming, true),
            graph: graph_elements(state, node, &label, outgoing, incoming),
        },
    )
}

fn facts_table(state: &AppState, triples: &[Triple], incoming: bool) -> Vec<FactRow> {
    let mut grouped: BTreeMap<String, Vec<Cell>> = BTreeMap::new();
    for t in triples {
        let other = if incoming {
            match &t.subject {
                NamedOrBlankNode::NamedNode(n) => cell(state, Some(&n.clone().into())),
                b => text_cell(b.to_string()),
            }
        } else {
            cell(state, Some(&t.object))
        };
        let values = grouped.entry(crate::export::compact(t.predicate.as_str())).or_default();
        if values.len() < 25 {
            values.push(other);
        }
    }
    grouped
        .into_iter()
        .map(|(predicate, values)| FactRow { predicate, values })
        .collect()
}

/// The longest literal shown whole in a facts table: a document's extracted text is shown by
/// its start; the whole is in its RDF.
const LONGEST_SHOWN: usize = 600;

fn shortened(text: String) -> String {
    match text.char_indices().nth(LONGEST_SHOWN) {
        Some((at, _)) => format!("{} … ({} characters)", &text[..at], text.chars().count()),
        None => text,
    }
}

/// For a document read from a paged format, its evidence passages under the page they are on.
fn evidence_by_page(state: &AppState, node: &NamedNode) -> Vec<PageView> {
    let bindings = [("document".into(), node.clone().into())];
    let Ok(rows) = page_query(state, "evidence-by-page", EVIDENCE_BY_PAGE, &bindings).and_then(Table::collect) else {
        return Vec::new();
    };
    let mut pages: Vec<PageView> = Vec::new();
    for r in 0..rows.rows.len() {
        let (Some(number), Some(passage)) = (rows.get(r, "page"), rows.get(r, "passage")) else {
            continue;
        };
        match pages.last_mut() {
            Some(page) if page.number == number => page.passages.push(passage),
            _ => pages.push(PageView {
                number,
                passages: vec![passage],
            }),
        }
    }
    pages
}

/// The graph view's elements: the entity, its neighbours (at most [`MAX_NEIGHBOURS`]) and the
/// edges between them, leaving out types and vocabulary terms.
fn graph_elements(state: &AppState, node: &NamedNode, label: &str, outgoing: &[Triple], incoming: &[Triple]) -> String {
    let mut nodes =
        vec![serde_json::json!({"data": {"id": node.as_str(), "label": label, "href": href(state, node.as_str())}})];
    let mut edges = Vec::new();
    let mut seen = std::collections::HashSet::from([node.as_str().to_string()]);
    let pairs = outgoing
        .iter()
        .filter_map(|t| match &t.object {
            Term::NamedNode(o) => Some((
                node.as_str().to_string(),
                t.predicate.as_str(),
                o.as_str().to_string(),
                o.as_str().to_string(),
            )),
            _ => None,
        })
        .chain(incoming.iter().filter_map(|t| match &t.subject {
            NamedOrBlankNode::NamedNode(s) => Some((
                s.as_str().to_string(),
                t.predicate.as_str(),
                node.as_str().to_string(),
                s.as_str().to_string(),
            )),
            _ => None,
        }))
        .filter(|(_, p, _, other)| {
            !p.starts_with(ns::RDF) && !other.starts_with(ns::IGKG) && !other.starts_with(ns::SKOS)
        });
    for (from, predicate, to, other) in pairs {
        if seen.len() > MAX_NEIGHBOURS && !seen.contains(&other) {
            continue;
        }
        if seen.insert(other.clone()) {
            nodes.push(serde_json::json!({"data": {"id": other, "label": label_of(state, &other), "href": href(state, &other)}}));
        }
        edges.push(
            serde_json::json!({"data": {"source": from, "target": to, "label": crate::export::compact(predicate)}}),
        );
    }
    serde_json::json!({"nodes": nodes, "edges": edges})
        .to_string()
        .replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(name: &str, page: &impl Serialize) -> String {
        TEMPLATES.get_template(name).unwrap().render(page).unwrap()
    }

    fn link(label: &str) -> Link {
        Link {
            href: "/body/a?x=1&y=2".into(),
            label: label.into(),
        }
    }

    /// An entity page with one answer, its evidence and two values of one property.
    fn entity_html(hostile: &str) -> String {
        html(
            "entity.html",
            &EntityPage {
                title: hostile,
                types: "org:Organization".into(),
                iri: "https://w3id.org/igkg/body/a",
                replies: vec![ReplyView {
                    heading: "people of".into(),
                    answers: vec![AnswerView {
                        date: Some("2014-09-02".into()),
                        link: link("Nigel Hickson"),
                        via: None,
                        role: Some("chair".into()),
                        evidence: vec![EvidenceView {
                            quote: hostile.into(),
                            href: "/document/d".into(),
                            document: "d.txt".into(),
                        }],
                    }],
                }],
                pages: vec![PageView {
                    number: "3".into(),
                    passages: vec![hostile.into()],
                }],
                facts: vec![FactRow {
                    predicate: "skos:prefLabel".into(),
                    values: vec![text_cell("A".into()), text_cell("B".into())],
                }],
                referred: Vec::new(),
                graph: r#"{"nodes":[{"data":{"label":"<\/script>"}}]}"#.into(),
            },
        )
    }

    #[test]
    fn every_page_renders_and_escapes_what_it_shows() {
        let hostile = "<script>alert(1)</script> & \"quoted\"";
        let home = html(
            "home.html",
            &HomePage {
                title: "igkg",
                sections: vec![Section {
                    heading: "Documents (the first 200 by file name)",
                    items: vec![link(hostile)],
                }],
                queries: vec![("documents", "Documents")],
            },
        );
        let search = html(
            "search.html",
            &SearchPage {
                title: format!("Search: {hostile}"),
                query: hostile,
                count: 1,
                results: vec![(link("IGF"), hostile.into())],
            },
        );
        let query = html(
            "query.html",
            &QueryPage {
                title: "Q",
                description: hostile,
                fields: vec![Field {
                    description: "body",
                    name: "body",
                    value: hostile.into(),
                }],
                message: Some(hostile.into()),
                table: Some(HtmlTable {
                    variables: vec!["x".into()],
                    rows: vec![vec![text_cell(hostile.into())]],
                }),
                pager: Some(Pager {
                    first: 101,
                    last: 101,
                    previous: Some("/query/q?body=a&page=1".into()),
                    next: None,
                }),
                sparql: "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) }",
            },
        );
        let entity = entity_html(hostile);
        for page in [&home, &search, &query, &entity] {
            assert!(!page.contains("<script>alert"), "{page}");
            assert!(
                page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"),
                "{page}"
            );
        }
        assert!(home.contains(r#"href="/body/a?x=1&amp;y=2""#), "{home}");
        assert!(
            query.contains("<button>Run</button>") && query.contains("?o &lt; 3"),
            "{query}"
        );
        assert!(
            query.contains(r#"rows 101 to 101 · <a href="/query/q?body=a&amp;page=1">previous page</a></p>"#),
            "{query}"
        );
        assert!(
            entity.contains("2014-09-02 <a href") && entity.contains(" — chair"),
            "{entity}"
        );
        assert!(entity.contains("A<br>B"), "{entity}");
        assert!(
            entity.contains(r#"<script type="application/json" id="graph-data">{"nodes""#),
            "{entity}"
        );
    }

    #[test]
    fn a_kept_page_is_read_once_per_generation() {
        let cache = PageCache::default();
        let page = Page { limit: 10, offset: 0 };
        let reads = std::cell::Cell::new(0);
        let read = || {
            reads.set(reads.get() + 1);
            Ok((Table::default(), false))
        };
        let (first, second) = (Arc::new(Store::new().unwrap()), Arc::new(Store::new().unwrap()));
        for store in [&first, &first, &second, &second] {
            cache.get_or_read(store, "labels", page, read).unwrap();
        }
        assert_eq!(reads.get(), 2, "read again only for the replaced generation");
        cache
            .get_or_read(&second, "labels", Page { limit: 10, offset: 10 }, read)
            .unwrap();
        assert_eq!(reads.get(), 3, "each page is kept on its own");
    }
}
