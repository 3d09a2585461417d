//! HTML for people: the home page, label search, bundled queries, and a page for every entity
//! with its facts, the answers about it with their evidence, and a graph view of its neighbours.

use super::AppState;
use super::negotiate::{Graph, Negotiated, graph_format};
use super::sparql::{error, write_triples};
use crate::ask::{self, Reply};
use crate::iri::ns::{self, foaf, skos};
use crate::query::{Table, evaluate, plain, prepare};
use crate::resolve::{normalize, param_value};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{NamedNode, NamedNodeRef, NamedOrBlankNode, Term, Triple};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Arc;

type Pairs = Vec<(String, String)>;

/// The most neighbours drawn in a graph view.
const MAX_NEIGHBOURS: usize = 60;

const CYTOSCAPE: &str = include_str!("../../assets/vendor/cytoscape.min.js");

/// `GET /assets/cytoscape.min.js`: the vendored graph library, so pages work offline.
pub async fn cytoscape() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], CYTOSCAPE).into_response()
}

/// Escapes text for HTML.
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(title: &str, body: &str) -> Response {
    Html(format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{t} — igkg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}}
header a{{margin-right:1rem}}blockquote{{margin:.3rem 0 .3rem 1rem;color:#444;border-left:3px solid #ccc;padding-left:.5rem}}
#graph{{width:100%;height:28rem;border:1px solid #ddd}}table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top}}
.type{{color:#666;font-size:.9rem}}</style></head><body>
<header><a href="/">igkg</a><a href="/query/documents">documents</a><a href="/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%2010">SPARQL</a>
<form action="/search" style="display:inline"><input name="q" placeholder="search bodies, issues, documents" size="30" aria-label="search"><button>Search</button></form></header>
<h1>{t}</h1>{body}</body></html>"#,
        t = esc(title)
    ))
    .into_response()
}

/// The local path of an IRI under the base, or the IRI itself.
fn href(state: &AppState, iri: &str) -> String {
    iri.strip_prefix(state.options.iris.base())
        .map_or_else(|| iri.to_string(), |rest| format!("/{rest}"))
}

fn label_of(state: &AppState, iri: &str) -> String {
    let node = NamedNodeRef::new_unchecked(iri);
    for p in [skos::PREF_LABEL, rdfs::LABEL, foaf::NAME] {
        if let Some(Ok(q)) = state
            .store()
            .quads_for_pattern(Some(node.into()), Some(p), None, None)
            .next()
        {
            return plain(&q.object);
        }
    }
    crate::export::compact(iri)
}

fn link(state: &AppState, iri: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        esc(&href(state, iri)),
        esc(&label_of(state, iri))
    )
}

fn table(state: &AppState, name: &str, bindings: &[(String, Term)]) -> Result<Table, crate::Error> {
    let q = state.library.get(name)?;
    Table::collect(evaluate(
        &state.store(),
        prepare(&q.name, &q.text, Some(state.options.timeout))?,
        bindings,
    )?)
}

fn list(state: &AppState, heading: &str, query: &str) -> String {
    let mut out = format!("<h2>{}</h2><ul>", esc(heading));
    let Ok(rows) = crate::query::prepare("home", query, Some(state.options.timeout))
        .and_then(|p| evaluate(&state.store(), p, &[]))
        .and_then(Table::collect)
    else {
        return out + "</ul>";
    };
    for r in 0..rows.rows.len() {
        if let Some(iri) = rows.get(r, "x") {
            let _ = write!(out, "<li>{}</li>", link(state, &iri));
        }
    }
    out + "</ul>"
}

/// `GET /`: what the graph holds, and the bundled queries.
pub async fn home(State(state): State<Arc<AppState>>) -> Response {
    tokio::task::spawn_blocking(move || {
        let mentioned = |class: &str| {
            format!(
                "SELECT DISTINCT ?x WHERE {{ ?d igkg:mentions ?x . ?x a/rdfs:subClassOf* igkg:{class} ; skos:prefLabel ?l }} ORDER BY LCASE(STR(?l))"
            )
        };
        let mut body = String::from("<p>The Internet-governance knowledge graph: bodies, issues, recommendations, meetings, people and cited instruments, each fact with its evidence.</p>");
        body += &list(&state, "Documents", "SELECT ?x WHERE { ?x a igkg:Document ; igkg:sourceFile ?f } ORDER BY ?f");
        body += &list(&state, "Bodies named in the documents", &mentioned("Body"));
        body += &list(&state, "Issues raised in the documents", &mentioned("PolicyIssue"));
        body += "<h2>Bundled queries</h2><ul>";
        for q in &state.library.queries {
            let _ = write!(body, "<li><a href=\"/query/{}\">{}</a></li>", esc(&q.name), esc(&q.title));
        }
        body += "</ul><p>SPARQL endpoint: <code>/sparql</code> · dataset description: <a href=\"/.well-known/void\">/.well-known/void</a></p>";
        page("igkg", &body)
    })
    .await
    .unwrap_or_else(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

/// `GET /search?q=…`: entities by label; an exact match goes straight to its page.
pub async fn search(State(state): State<Arc<AppState>>, Query(pairs): Query<Pairs>) -> Response {
    let q = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    tokio::task::spawn_blocking(move || {
        if q.is_empty() {
            return Redirect::to("/").into_response();
        }
        let text = "SELECT DISTINCT ?q ?x ?matched WHERE { ?x skos:prefLabel|skos:altLabel|igkg:acronym|rdfs:label|foaf:name ?matched . FILTER(CONTAINS(LCASE(STR(?matched)), LCASE(?q))) } LIMIT 200";
        let rows = prepare("search", text, Some(state.options.timeout))
            .and_then(|p| evaluate(&state.store(), p, &[("q".into(), oxigraph::model::Literal::new_simple_literal(&q).into())]))
            .and_then(Table::collect);
        let Ok(rows) = rows else {
            return error(StatusCode::INTERNAL_SERVER_ERROR, "search failed");
        };
        let mut found: BTreeMap<String, (bool, String)> = BTreeMap::new();
        for r in 0..rows.rows.len() {
            let (Some(x), Some(m)) = (rows.get(r, "x"), rows.get(r, "matched")) else { continue };
            let exact = normalize(&m) == normalize(&q);
            let entry = found.entry(x).or_insert((false, m));
            entry.0 |= exact;
        }
        let exact: Vec<&String> = found.iter().filter(|(_, (e, _))| *e).map(|(x, _)| x).collect();
        if exact.len() == 1 {
            return Redirect::to(&href(&state, exact[0])).into_response();
        }
        let mut body = format!("<p>{} results for “{}”</p><ul>", found.len(), esc(&q));
        let mut ranked: Vec<(&String, &(bool, String))> = found.iter().collect();
        ranked.sort_by_key(|(x, (e, m))| (!*e, m.len(), (*x).clone()));
        for (x, (_, m)) in ranked.into_iter().take(50) {
            let _ = write!(body, "<li>{} <span class=type>({})</span></li>", link(&state, x), esc(m));
        }
        page(&format!("Search: {q}"), &(body + "</ul>"))
    })
    .await
    .unwrap_or_else(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

fn html_table(state: &AppState, t: &Table) -> String {
    let mut out = String::from("<table><tr>");
    for v in &t.variables {
        let _ = write!(out, "<th>{}</th>", esc(v));
    }
    out += "</tr>";
    for row in &t.rows {
        out += "<tr>";
        for cell in row {
            let html = match cell {
                Some(Term::NamedNode(n)) => link(state, n.as_str()),
                Some(t) => esc(&plain(t)),
                None => String::new(),
            };
            let _ = write!(out, "<td>{html}</td>");
        }
        out += "</tr>";
    }
    out + "</table>"
}

/// `GET /query/NAME`: a bundled query with a form for its parameters, and its results.
pub async fn bundled_query(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    Query(pairs): Query<Pairs>,
) -> Response {
    tokio::task::spawn_blocking(move || {
        let Ok(q) = state.library.get(&name).cloned() else {
            return error(StatusCode::NOT_FOUND, format!("no bundled query named '{name}'"));
        };
        let mut body = format!("<p>{}</p><form>", esc(&q.description));
        let mut bindings = Vec::new();
        for p in &q.params {
            let value = pairs
                .iter()
                .find(|(k, _)| *k == p.name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let _ = write!(
                body,
                "<label>{} <input name=\"{}\" value=\"{}\"></label> ",
                esc(&p.description),
                esc(&p.name),
                esc(&value)
            );
            if !value.is_empty() {
                match param_value(&state.store(), &state.library, p.kind, &value) {
                    Ok(t) => bindings.push((p.name.clone(), t)),
                    Err(e) => return page(&q.title, &format!("{body}</form><p>{}</p>", esc(&e.to_string()))),
                }
            }
        }
        body += if q.params.is_empty() {
            "</form>"
        } else {
            "<button>Run</button></form>"
        };
        if bindings.len() == q.params.len() {
            match table(&state, &q.name, &bindings) {
                Ok(t) => body += &html_table(&state, &t),
                Err(e) => body += &format!("<p>{}</p>", esc(&e.to_string())),
            }
        }
        let _ = write!(
            body,
            "<details><summary>SPARQL</summary><pre>{}</pre></details>",
            esc(&q.text)
        );
        page(&q.title, &body)
    })
    .await
    .unwrap_or_else(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
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
    tokio::task::spawn_blocking(move || {
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
    .unwrap_or_else(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
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

fn is_a(state: &AppState, node: &NamedNode, class: &str) -> bool {
    let q = format!("ASK {{ ?entity a/rdfs:subClassOf* igkg:{class} }}");
    matches!(
        prepare("class", &q, Some(state.options.timeout)).and_then(|p| evaluate(
            &state.store(),
            p,
            &[("entity".into(), node.clone().into())]
        )),
        Ok(oxigraph::sparql::QueryResults::Boolean(true))
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
        .filter_map(|k| ask::ask_resolved(&state.store(), &state.library, k, node.clone(), &label).ok())
        .filter(|r| !r.answers.is_empty())
        .collect()
}

fn entity_page(state: &AppState, node: &NamedNode, outgoing: &[Triple], incoming: &[Triple]) -> Response {
    let label = label_of(state, node.as_str());
    let types: Vec<String> = outgoing
        .iter()
        .filter(|t| t.predicate.as_ref() == rdf::TYPE)
        .map(|t| esc(&crate::export::compact(&plain(&t.object))))
        .collect();
    let mut body = format!(
        "<p class=type>{} · <code>{}</code> · <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a></p>",
        types.join(", "),
        esc(node.as_str())
    );
    body += "<div id=\"graph\"></div>";
    for reply in replies(state, node) {
        let _ = write!(body, "<h2>{}</h2><ul>", esc(&reply.kind.replace('-', " ")));
        for a in &reply.answers {
            let mut head = link(state, &a.iri);
            if let Some(d) = &a.date {
                head = format!("{} {head}", esc(d));
            }
            if !a.via.is_empty() {
                head += &format!(" <span class=type>(via {})</span>", esc(&a.via.join(", ")));
            }
            if let Some(r) = &a.role {
                head += &format!(" — {}", esc(r));
            }
            let _ = write!(body, "<li>{head}");
            for e in a.evidence.iter().take(2) {
                let doc = state.options.iris.document(&e.document);
                let _ = write!(
                    body,
                    "<blockquote>{} <a href=\"{}\">[{}]</a></blockquote>",
                    esc(&e.quote),
                    esc(&href(state, doc.as_str())),
                    esc(&e.document)
                );
            }
            body += "</li>";
        }
        body += "</ul>";
    }
    body += "<h2>Facts</h2>";
    body += &facts_table(state, outgoing, false);
    body += "<h2>Referred to by</h2>";
    body += &facts_table(state, incoming, true);
    body += &graph_script(state, node, &label, outgoing, incoming);
    page(&label, &body)
}

fn facts_table(state: &AppState, triples: &[Triple], incoming: bool) -> String {
    let mut grouped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in triples {
        let other = if incoming {
            match &t.subject {
                NamedOrBlankNode::NamedNode(n) => link(state, n.as_str()),
                b => esc(&b.to_string()),
            }
        } else {
            match &t.object {
                Term::NamedNode(n) => link(state, n.as_str()),
                o => esc(&plain(o)),
            }
        };
        let values = grouped.entry(crate::export::compact(t.predicate.as_str())).or_default();
        if values.len() < 25 {
            values.push(other);
        }
    }
    let mut out = String::from("<table>");
    for (p, values) in grouped {
        let _ = write!(out, "<tr><th>{}</th><td>{}</td></tr>", esc(&p), values.join("<br>"));
    }
    out + "</table>"
}

fn graph_script(state: &AppState, node: &NamedNode, label: &str, outgoing: &[Triple], incoming: &[Triple]) -> String {
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
    let elements = serde_json::json!({"nodes": nodes, "edges": edges})
        .to_string()
        .replace("</", "<\\/");
    format!(
        r#"<script src="/assets/cytoscape.min.js"></script><script>
const cy = cytoscape({{container: document.getElementById('graph'), elements: {elements},
  layout: {{name: 'cose', animate: false}},
  style: [{{selector: 'node', style: {{'label': 'data(label)', 'font-size': 9, 'width': 14, 'height': 14, 'background-color': '#3b6ea5'}}}},
          {{selector: 'node:selected', style: {{'background-color': '#c0392b'}}}},
          {{selector: 'edge', style: {{'label': 'data(label)', 'font-size': 7, 'width': 1, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'color': '#888'}}}}]}});
cy.on('tap', 'node', e => {{ window.location.href = e.target.data('href'); }});
window.igkgGraph = cy;
</script>"#
    )
}
