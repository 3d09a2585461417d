//! `igkg serve`: the graph as linked data over HTTP.
//!
//! - `/sparql`: the SPARQL 1.1 Protocol (GET, POST form, POST `application/sparql-query`) with
//!   results by content negotiation, a per-query time limit and a result-size limit;
//! - `/update`: SPARQL Update, only when started with a write token, and only with that token;
//! - every IRI igkg mints under its base resolves here: Turtle, N-Triples or JSON-LD for
//!   programs, an HTML page with the evidence and a graph view for people;
//! - `/`, `/search`, `/query/NAME`: a home page, label search and the bundled queries;
//! - `/.well-known/void`: the VoID / DCAT description of the dataset.

mod negotiate;
mod pages;
mod sparql;

use crate::error::{Error, Result};
use crate::iri::Iris;
use crate::query::QueryLibrary;
use crate::store::StoreHandle;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use oxigraph::store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The store folder.
    pub store: PathBuf,
    /// The bundled queries.
    pub queries: PathBuf,
    /// Address to listen on.
    pub bind: SocketAddr,
    /// Time limit of one query.
    pub timeout: Duration,
    /// Most solutions or triples one query may return.
    pub max_results: usize,
    /// Largest request body accepted, in bytes.
    pub max_request_bytes: usize,
    /// Bearer token that enables `/update`; `None` serves read-only.
    pub write_token: Option<String>,
    /// IRI minting (the base the served IRIs hang off).
    pub iris: Iris,
}

/// What every handler shares.
pub struct AppState {
    store: StoreHandle,
    library: QueryLibrary,
    options: ServeOptions,
    pages: pages::PageCache,
}

/// Opens the store and serves until interrupted.
pub fn serve(options: ServeOptions) -> Result<()> {
    // A read-only server follows the builds of its store; a writable one keeps the generation
    // it writes to (restart it after a build).
    let store = StoreHandle::open(&options.store, options.write_token.is_some())?;
    let library = QueryLibrary::load(&options.queries)?;
    let bind = options.bind;
    let state = Arc::new(AppState {
        store,
        library,
        options,
        pages: pages::PageCache::default(),
    });
    let runtime = tokio::runtime::Runtime::new().map_err(Error::Serve)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|source| Error::Bind { addr: bind, source })?;
        let local = listener.local_addr().map_err(Error::Serve)?;
        eprintln!(
            "igkg serving {} on http://{local}/ (SPARQL endpoint http://{local}/sparql)",
            state.options.store.display()
        );
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(Error::Serve)
    })
}

/// Runs store work off the async threads (the store blocks); a task that panics answers 500.
async fn blocking<F>(work: F) -> axum::response::Response
where
    F: FnOnce() -> axum::response::Response + Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| sparql::error(axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

impl AppState {
    /// The store of the active generation (see [`StoreHandle`]).
    fn store(&self) -> Arc<Store> {
        self.store.current()
    }
}

/// The routes.
pub fn router(state: Arc<AppState>) -> Router {
    let limit = state.options.max_request_bytes;
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/query/{name}", get(pages::bundled_query))
        .route("/sparql", get(sparql::query_get).post(sparql::query_post))
        .route("/update", post(sparql::update))
        .route("/.well-known/void", get(sparql::void))
        .route("/assets/cytoscape.min.js", get(pages::cytoscape))
        .route("/assets/graph.js", get(pages::graph_script))
        .fallback(get(pages::entity))
        .layer(DefaultBodyLimit::max(limit))
        .layer(tower_http::cors::CorsLayer::permissive())
        .with_state(state)
}
