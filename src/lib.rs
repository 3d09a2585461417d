//! igkg, the Internet-governance knowledge graph.
//!
//! igkg reads policy documents of the UN, WSIS and Internet-governance world (reports, chair's
//! summaries, session outcomes, resolutions, contributions) and turns them into a linked-data
//! graph in an on-disk Oxigraph store: bodies, issues, recommendations and whom they address,
//! meetings, people, the instruments documents cite, each fact with the passage it rests on.
//!
//! The pipeline, one module per stage in the order data flows:
//! [`corpus`] → [`text`] → [`extract`] → [`graph`] → [`store`] → [`query`] / [`ask`] / [`export`].
//! The vocabulary ([`vocab`]) and the SPARQL ([`query::QueryLibrary`]) are data, read at run time.

pub mod ask;
pub mod cli;
pub mod corpus;
pub mod error;
pub mod export;
pub mod extract;
pub mod formats;
pub mod graph;
pub mod iri;
pub mod isolate;
pub mod push;
pub mod query;
pub mod resolve;
pub mod serve;
pub mod stats;
pub mod store;
pub mod text;
pub mod vocab;
pub mod void;

pub use error::{Error, Result};
