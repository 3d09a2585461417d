//! Publishing the store into a remote triple store: every named graph (one per document, one
//! per ontology file, the VoID description) replaces its namesake at a SPARQL 1.1 Graph Store
//! Protocol or SPARQL 1.1 Update endpoint, and graphs an earlier push sent that the store no
//! longer holds are removed, so the remote copy mirrors the local one.
//!
//! What an earlier push sent is read from the remote copy of igkg's own VoID graph, which lists
//! every graph of the dataset; only graphs under the dataset's `graph/` namespace are ever
//! touched, so a push never disturbs other data in the same store.

pub mod http;

use crate::error::{EndpointProblem, Error, Result};
use crate::iri::Iris;
use crate::iri::ns::dcterms;
use http::{Client, Credentials, Request};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Term, Triple};
use oxigraph::store::Store;
use std::collections::BTreeSet;
use std::time::Duration;
use url::Url;

/// How graphs travel to the remote store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Protocol {
    /// SPARQL 1.1 Graph Store HTTP Protocol: one `PUT ?graph=…` per graph, which replaces it.
    GraphStore,
    /// SPARQL 1.1 Update: `DROP SILENT GRAPH` then `INSERT DATA`, in batches.
    Update,
}

impl std::fmt::Display for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Protocol::GraphStore => "SPARQL 1.1 Graph Store Protocol",
            Protocol::Update => "SPARQL 1.1 Update",
        })
    }
}

/// What to push where.
pub struct PushOptions<'a> {
    /// The Graph Store Protocol endpoint (`…/sparql-graph-crud-auth`, `…/ds/data`) or, with
    /// [`Protocol::Update`], the update endpoint (`…/sparql-auth`, `…/ds/update`).
    pub endpoint: &'a str,
    /// The protocol the endpoint speaks.
    pub protocol: Protocol,
    /// Credentials, if the endpoint wants them.
    pub credentials: Option<Credentials>,
    /// Most triples per `INSERT DATA` request (Update only): stores limit request sizes.
    pub batch: usize,
    /// Remove graphs an earlier push sent that the store no longer has.
    pub prune: bool,
    /// Per-request time limit.
    pub timeout: Duration,
    /// The IRIs the store was built with.
    pub iris: &'a Iris,
}

/// One graph pushed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushedGraph {
    /// The graph's IRI.
    pub graph: NamedNode,
    /// Its triples.
    pub triples: usize,
}

/// Graphs an earlier push sent that are gone from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    /// Pruning was not asked for.
    NotAsked,
    /// These graphs were deleted.
    Graphs(Vec<NamedNode>),
    /// The server deleted whichever there were in one update (Update cannot list them).
    ByServer,
}

/// What a push did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushReport {
    /// The graphs replaced, in the order sent.
    pub graphs: Vec<PushedGraph>,
    /// Stale graphs removed.
    pub removed: Removed,
}

impl PushReport {
    /// Triples sent in all.
    pub fn triples(&self) -> usize {
        self.graphs.iter().map(|g| g.triples).sum()
    }
}

/// Pushes every named graph of `store` to the endpoint; `progress` hears of each graph as it
/// lands. Graphs are sent one by one, each replaced whole, the VoID description last: a push
/// cut short leaves every graph either old or new, and the next push finishes the job.
pub fn push(store: &Store, options: &PushOptions<'_>, progress: &mut dyn FnMut(&PushedGraph)) -> Result<PushReport> {
    let endpoint = endpoint_url(options.endpoint)?;
    if options.batch == 0 {
        return Err(Error::EmptyBatch);
    }
    let client = Client::new(options.credentials.clone(), options.timeout);
    let void_graph = options.iris.named("graph/void");
    let namespace = options.iris.named("graph/").into_string();

    let mut graphs: Vec<NamedNode> = store
        .named_graphs()
        .filter_map(|g| match g {
            Ok(NamedOrBlankNode::NamedNode(n)) => Some(Ok(n)),
            Ok(NamedOrBlankNode::BlankNode(_)) => None,
            Err(e) => Some(Err(Error::Storage(e))),
        })
        .collect::<Result<_>>()?;
    if graphs.is_empty() {
        return Err(Error::EmptyStore);
    }
    graphs.sort();
    // The description goes last, so it never lists a graph that has not landed yet.
    graphs.sort_by_key(|g| *g == void_graph);

    let previous = match (options.prune, options.protocol) {
        (true, Protocol::GraphStore) => Some(previous_graphs(&client, &endpoint, &void_graph, &namespace)?),
        _ => None,
    };

    let mut report = PushReport {
        graphs: Vec::new(),
        removed: Removed::NotAsked,
    };
    for graph in &graphs {
        if *graph == void_graph && options.prune {
            report.removed = prune(
                &client,
                &endpoint,
                options.protocol,
                previous.as_ref(),
                &graphs,
                &void_graph,
                &namespace,
            )?;
        }
        let triples = graph_triples(store, graph)?;
        match options.protocol {
            Protocol::GraphStore => put_graph(&client, &endpoint, graph, &triples)?,
            Protocol::Update => update_graph(&client, &endpoint, graph, &triples, options.batch)?,
        }
        let pushed = PushedGraph {
            graph: graph.clone(),
            triples: triples.len(),
        };
        progress(&pushed);
        report.graphs.push(pushed);
    }
    Ok(report)
}

fn endpoint_url(endpoint: &str) -> Result<Url> {
    let wrong = |problem: EndpointProblem| Error::Endpoint {
        url: endpoint.to_string(),
        problem,
    };
    let url = Url::parse(endpoint).map_err(|e| wrong(e.into()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(wrong(EndpointProblem::Scheme));
    }
    if url.query_pairs().any(|(k, _)| k == "graph" || k == "default") {
        return Err(wrong(EndpointProblem::NamesGraph));
    }
    Ok(url)
}

fn graph_url(endpoint: &Url, graph: &NamedNode) -> Url {
    let mut url = endpoint.clone();
    url.query_pairs_mut().append_pair("graph", graph.as_str());
    url
}

/// The graph's triples, sorted so the same store always sends the same bytes.
fn graph_triples(store: &Store, graph: &NamedNode) -> Result<Vec<Triple>> {
    let mut triples: Vec<Triple> = store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(graph.as_ref())))
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .map_err(Error::Storage)?;
    triples.sort_by_cached_key(|t| t.to_string());
    Ok(triples)
}

fn ntriples(triples: &[Triple]) -> Result<Vec<u8>> {
    let mut writer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for t in triples {
        writer.serialize_triple(t).map_err(Error::Output)?;
    }
    writer.finish().map_err(Error::Output)
}

fn put_graph(client: &Client, endpoint: &Url, graph: &NamedNode, triples: &[Triple]) -> Result<()> {
    let url = graph_url(endpoint, graph);
    let body = ntriples(triples)?;
    client.send(&Request {
        method: "PUT",
        url: &url,
        content_type: Some("application/n-triples"),
        accept: None,
        body: &body,
    })?;
    Ok(())
}

fn update_graph(client: &Client, endpoint: &Url, graph: &NamedNode, triples: &[Triple], batch: usize) -> Result<()> {
    if triples.is_empty() {
        return run_update(client, endpoint, &format!("DROP SILENT GRAPH {graph}"));
    }
    for (i, chunk) in triples.chunks(batch).enumerate() {
        let data = ntriples(chunk)?;
        // N-Triples is written as UTF-8, so nothing is lost here.
        let data = String::from_utf8_lossy(&data);
        let mut update = String::with_capacity(data.len() + 200);
        if i == 0 {
            // Drop and first insert in one request: most stores run a request as one transaction.
            update.push_str(&format!("DROP SILENT GRAPH {graph} ;\n"));
        }
        update.push_str(&format!("INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}"));
        run_update(client, endpoint, &update).map_err(|e| if i == 0 { e } else { partial(e, graph) })?;
    }
    Ok(())
}

/// Notes on an error that the graph may now be half-sent.
fn partial(e: Error, graph: &NamedNode) -> Error {
    match e {
        e @ (Error::Http { .. } | Error::Transport { .. }) => Error::Incomplete {
            graph: graph.to_string(),
            source: Box::new(e),
        },
        other => other,
    }
}

fn run_update(client: &Client, endpoint: &Url, update: &str) -> Result<()> {
    client.send(&Request {
        method: "POST",
        url: endpoint,
        content_type: Some("application/sparql-update"),
        accept: None,
        body: update.as_bytes(),
    })?;
    Ok(())
}

/// The graphs the remote VoID description lists under `namespace` (none if it has none).
fn previous_graphs(
    client: &Client,
    endpoint: &Url,
    void_graph: &NamedNode,
    namespace: &str,
) -> Result<BTreeSet<NamedNode>> {
    let url = graph_url(endpoint, void_graph);
    let request = Request {
        method: "GET",
        url: &url,
        content_type: None,
        accept: Some("application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"),
        body: &[],
    };
    let Some(reply) = client.send(&request)? else {
        return Ok(BTreeSet::new());
    };
    let format = RdfFormat::from_media_type(&reply.content_type).unwrap_or(RdfFormat::Turtle);
    let mut graphs = BTreeSet::new();
    for quad in RdfParser::from_format(format).for_slice(&reply.body) {
        let quad = quad.map_err(|source| Error::RemoteRdf {
            request: format!("GET {url}"),
            what: "dataset description",
            source,
        })?;
        if quad.predicate.as_ref() == dcterms::SOURCE
            && let Term::NamedNode(g) = quad.object
            && g.as_str().starts_with(namespace)
        {
            graphs.insert(g);
        }
    }
    Ok(graphs)
}

fn prune(
    client: &Client,
    endpoint: &Url,
    protocol: Protocol,
    previous: Option<&BTreeSet<NamedNode>>,
    current: &[NamedNode],
    void_graph: &NamedNode,
    namespace: &str,
) -> Result<Removed> {
    match protocol {
        Protocol::GraphStore => {
            let mut removed = Vec::new();
            for stale in previous.into_iter().flatten().filter(|g| !current.contains(g)) {
                let url = graph_url(endpoint, stale);
                client.send(&Request {
                    method: "DELETE",
                    url: &url,
                    content_type: None,
                    accept: None,
                    body: &[],
                })?;
                removed.push(stale.clone());
            }
            Ok(Removed::Graphs(removed))
        }
        Protocol::Update => {
            // Update endpoints cannot be asked which graphs exist, so the server finds the
            // stale ones itself, from its copy of the description, before that is replaced.
            let keep: Vec<String> = current.iter().map(ToString::to_string).collect();
            let update = format!(
                "DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }}\nWHERE {{\n  GRAPH {void_graph} {{ ?subset {} ?g }}\n  FILTER (STRSTARTS(STR(?g), \"{namespace}\") && ?g NOT IN ({}))\n  GRAPH ?g {{ ?s ?p ?o }}\n}}",
                dcterms::SOURCE,
                keep.join(", ")
            );
            run_update(client, endpoint, &update)?;
            Ok(Removed::ByServer)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_must_be_http_urls_without_a_graph() {
        assert!(endpoint_url("http://localhost:8890/sparql-graph-crud-auth").is_ok());
        for bad in [
            "localhost:8890",
            "ftp://example.org/data",
            "http://localhost:3030/ds/data?graph=http://x/",
            "not a url",
        ] {
            // The URL is kept as data; the command line names the flag and the value.
            match endpoint_url(bad) {
                Err(Error::Endpoint { url, .. }) => assert_eq!(url, bad),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn graph_iris_are_percent_encoded_into_the_query() {
        let url = graph_url(
            &endpoint_url("http://localhost:3030/ds/data").unwrap(),
            &NamedNode::new_unchecked("https://w3id.org/igkg/graph/document/a-b?c=d"),
        );
        assert_eq!(
            url.as_str(),
            "http://localhost:3030/ds/data?graph=https%3A%2F%2Fw3id.org%2Figkg%2Fgraph%2Fdocument%2Fa-b%3Fc%3Dd"
        );
    }
}
