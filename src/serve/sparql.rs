//! The SPARQL 1.1 Protocol handlers: query, update, and the dataset description.

use super::negotiate::{Graph, Negotiated, graph_format, results_format};
use super::{AppState, blocking};
use crate::error::Error;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Triple};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use std::sync::Arc;
use std::time::Duration;

type Pairs = Vec<(String, String)>;

/// An HTTP error with a plain-text message.
pub fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.into() + "\n",
    )
        .into_response()
}

fn header(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn param<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn to_response(e: Error) -> Response {
    match e {
        Error::QuerySyntax { source, .. } => error(StatusCode::BAD_REQUEST, source.to_string()),
        Error::Cancelled => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the query ran past the server's time limit",
        ),
        e @ (Error::Variable { .. } | Error::Iri { .. } | Error::QueryForm { .. } | Error::NotFound { .. }) => {
            error(StatusCode::BAD_REQUEST, e.to_string())
        }
        other => error(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
    }
}

/// `GET /sparql?query=…`.
pub async fn query_get(State(state): State<Arc<AppState>>, headers: HeaderMap, Query(pairs): Query<Pairs>) -> Response {
    run(state, headers, pairs, None).await
}

/// `POST /sparql`, form-encoded or `application/sparql-query`.
pub async fn query_post(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(url_pairs): Query<Pairs>,
    body: Bytes,
) -> Response {
    let content_type = header(&headers, header::CONTENT_TYPE).unwrap_or("").to_lowercase();
    if content_type.starts_with("application/sparql-query") {
        return match String::from_utf8(body.to_vec()) {
            Ok(text) => run(state, headers, url_pairs, Some(text)).await,
            Err(_) => error(StatusCode::BAD_REQUEST, "the query is not UTF-8"),
        };
    }
    if content_type.starts_with("application/x-www-form-urlencoded") {
        return match serde_urlencoded::from_bytes::<Pairs>(&body) {
            Ok(mut pairs) => {
                pairs.extend(url_pairs);
                run(state, headers, pairs, None).await
            }
            Err(e) => error(StatusCode::BAD_REQUEST, format!("form body: {e}")),
        };
    }
    error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "POST a query as application/sparql-query or application/x-www-form-urlencoded",
    )
}

async fn run(state: Arc<AppState>, headers: HeaderMap, pairs: Pairs, body: Option<String>) -> Response {
    let Some(text) = body.or_else(|| param(&pairs, "query").map(str::to_string)) else {
        return error(StatusCode::BAD_REQUEST, "missing 'query' parameter");
    };
    let accept = header(&headers, header::ACCEPT).map(str::to_string);
    let limit = state.options.timeout;
    let task = blocking(move || evaluate(&state, &text, &pairs, accept.as_deref()));
    // The evaluator checks its cancellation token between steps, which some plans (large
    // joins under an aggregate) reach late; the client gets its answer at the limit regardless.
    tokio::time::timeout(limit + Duration::from_millis(250), task)
        .await
        .unwrap_or_else(|_| to_response(Error::Cancelled))
}

fn evaluate(state: &AppState, text: &str, pairs: &Pairs, accept: Option<&str>) -> Response {
    let mut prepared = match crate::query::prepare("request", text, Some(state.options.timeout)) {
        Ok(p) => p,
        Err(e) => return to_response(e),
    };
    let graphs = |key: &str| -> Result<Vec<NamedNode>, String> {
        pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| NamedNode::new(v).map_err(|e| format!("{key} '{v}': {e}")))
            .collect()
    };
    let (defaults, named) = match (graphs("default-graph-uri"), graphs("named-graph-uri")) {
        (Ok(d), Ok(n)) => (d, n),
        (Err(e), _) | (_, Err(e)) => return error(StatusCode::BAD_REQUEST, e),
    };
    if !defaults.is_empty() {
        prepared
            .dataset_mut()
            .set_default_graph(defaults.into_iter().map(GraphName::from).collect());
    }
    if !named.is_empty() {
        prepared
            .dataset_mut()
            .set_available_named_graphs(named.into_iter().map(NamedOrBlankNode::from).collect());
    }
    let results = match crate::query::evaluate(&state.store(), prepared, &[]) {
        Ok(r) => r,
        Err(e) => return to_response(e),
    };
    let format = param(pairs, "format");
    let max = state.options.max_results;
    let written = match results {
        QueryResults::Graph(triples) => match graph_format(accept, format, false) {
            Negotiated::Format(Graph::Rdf(f)) => {
                let collected: Result<Vec<Triple>, _> = triples.take(max + 1).collect();
                match collected {
                    Ok(t) if t.len() > max => return too_many(max),
                    Ok(t) => write_triples(&t, f, state.options.iris.base()).map(|b| (f.media_type(), b)),
                    Err(e) => Err(Error::from(e)),
                }
            }
            _ => return not_acceptable("text/turtle, application/n-triples, application/ld+json, application/rdf+xml"),
        },
        other => match results_format(accept, format) {
            Negotiated::Format(f) => match write_results(other, f, max) {
                Ok(Some(body)) => Ok((f.media_type(), body)),
                Ok(None) => return too_many(max),
                Err(e) => Err(e),
            },
            Negotiated::NotAcceptable => {
                return not_acceptable(
                    "application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values",
                );
            }
        },
    };
    match written {
        Ok((media, body)) => ([(header::CONTENT_TYPE, media)], body).into_response(),
        Err(e) => to_response(e),
    }
}

fn too_many(max: usize) -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("the result has more than {max} rows; add a LIMIT"),
    )
}

fn not_acceptable(offers: &str) -> Response {
    error(
        StatusCode::NOT_ACCEPTABLE,
        format!("no acceptable format; this endpoint offers {offers}"),
    )
}

/// Serializes results; `Ok(None)` when there are more than `max` solutions.
fn write_results(results: QueryResults<'_>, format: QueryResultsFormat, max: usize) -> Result<Option<Vec<u8>>, Error> {
    let io = Error::Output;
    let serializer = QueryResultsSerializer::from_format(format);
    match results {
        QueryResults::Boolean(b) => Ok(Some(serializer.serialize_boolean_to_writer(Vec::new(), b).map_err(io)?)),
        QueryResults::Solutions(solutions) => {
            let mut writer = serializer
                .serialize_solutions_to_writer(Vec::new(), solutions.variables().to_vec())
                .map_err(io)?;
            for (n, solution) in solutions.enumerate() {
                if n >= max {
                    return Ok(None);
                }
                writer.serialize(&solution?).map_err(io)?;
            }
            Ok(Some(writer.finish().map_err(io)?))
        }
        QueryResults::Graph(_) => Err(Error::QueryForm {
            expected: "SELECT or ASK",
        }),
    }
}

/// Serializes triples with igkg's prefixes.
pub fn write_triples(triples: &[Triple], format: RdfFormat, base: &str) -> Result<Vec<u8>, Error> {
    let io = Error::Output;
    let mut writer = crate::export::serializer(format, base)?.for_writer(Vec::new());
    for t in triples {
        writer.serialize_triple(t).map_err(io)?;
    }
    writer.finish().map_err(io)
}

/// `POST /update`: SPARQL Update, with the write token as a bearer token.
pub async fn update(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(token) = state.options.write_token.clone() else {
        return error(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with --write-token to accept updates",
        );
    };
    if header(&headers, header::AUTHORIZATION) != Some(format!("Bearer {token}").as_str()) {
        return error(StatusCode::UNAUTHORIZED, "updates need 'Authorization: Bearer <token>'");
    }
    let content_type = header(&headers, header::CONTENT_TYPE).unwrap_or("").to_lowercase();
    let text = if content_type.starts_with("application/sparql-update") {
        String::from_utf8_lossy(&body).into_owned()
    } else {
        match serde_urlencoded::from_bytes::<Pairs>(&body)
            .ok()
            .and_then(|p| param(&p, "update").map(str::to_string))
        {
            Some(t) => t,
            None => return error(StatusCode::BAD_REQUEST, "missing 'update' parameter"),
        }
    };
    blocking(move || {
        let update = match oxigraph::sparql::SparqlEvaluator::new().parse_update(&text) {
            Ok(u) => u,
            Err(e) => return error(StatusCode::BAD_REQUEST, e.to_string()),
        };
        match update.on_store(&state.store()).execute() {
            Ok(()) => StatusCode::NO_CONTENT.into_response(),
            Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        }
    })
    .await
}

/// `GET /.well-known/void`: the dataset description.
pub async fn void(State(state): State<Arc<AppState>>, headers: HeaderMap, Query(pairs): Query<Pairs>) -> Response {
    let graph = state.options.iris.named("graph/void");
    let accept = header(&headers, header::ACCEPT).map(str::to_string);
    blocking(move || {
        let Negotiated::Format(Graph::Rdf(format)) = graph_format(accept.as_deref(), param(&pairs, "format"), false)
        else {
            return not_acceptable("text/turtle, application/n-triples, application/ld+json, application/rdf+xml");
        };
        let quads = state
            .store()
            .quads_for_pattern(None, None, None, Some(graph.as_ref().into()));
        let triples: Result<Vec<Triple>, _> = quads.map(|q| q.map(Triple::from)).collect();
        match triples
            .map_err(Error::Storage)
            .and_then(|t| write_triples(&t, format, state.options.iris.base()))
        {
            Ok(body) => ([(header::CONTENT_TYPE, format.media_type())], body).into_response(),
            Err(e) => to_response(e),
        }
    })
    .await
}
