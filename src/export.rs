//! Turtle, N-Triples, N-Quads and TriG exports of the whole graph or one document's graph,
//! in an order fixed by the content, so that the same store always exports the same bytes.

use crate::error::{Error, Result};
use crate::iri::{DEFAULT_BASE, ns};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, Triple};
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use std::io::Write;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Turtle, graphs merged, with readable prefixes.
    Turtle,
    /// N-Triples, graphs merged.
    Ntriples,
    /// N-Quads, one named graph per document.
    Nquads,
    /// TriG, one named graph per document, with readable prefixes.
    Trig,
}

impl ExportFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::Ntriples => RdfFormat::NTriples,
            ExportFormat::Nquads => RdfFormat::NQuads,
            ExportFormat::Trig => RdfFormat::TriG,
        }
    }

    fn keeps_graphs(self) -> bool {
        matches!(self, ExportFormat::Nquads | ExportFormat::Trig)
    }
}

fn io(e: std::io::Error) -> Error {
    Error::Output(e)
}

pub(crate) fn serializer(format: RdfFormat, base: &str) -> Result<RdfSerializer> {
    let mut s = RdfSerializer::from_format(format);
    if matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
        for (prefix, iri) in ns::PREFIXES {
            s = s.with_prefix(*prefix, *iri).map_err(|source| Error::Prefix {
                prefix: prefix.to_string(),
                source,
            })?;
        }
        for kind in crate::iri::ENTITY_KINDS {
            let iri = format!("{base}{kind}/");
            s = s.with_prefix(*kind, iri).map_err(|source| Error::Prefix {
                prefix: kind.to_string(),
                source,
            })?;
        }
    }
    Ok(s)
}

/// Writes the store's content (or only `graph`) in `format`; returns the statements written.
pub fn export(
    store: &Store,
    format: ExportFormat,
    graph: Option<&GraphName>,
    base: &str,
    out: &mut dyn Write,
) -> Result<usize> {
    let store_err = Error::Storage;
    let quads = match graph {
        Some(g) => store.quads_for_pattern(None, None, None, Some(GraphNameRef::from(g))),
        None => store.iter(),
    };
    let mut writer = serializer(format.rdf(), base)?.for_writer(out);
    let count = if format.keeps_graphs() {
        // Streamed in the store's index order, graph by graph: deterministic for the same
        // content, and a 10,000-document store exports in constant memory (sorting held every
        // quad, 12 GB of them).
        let mut count = 0;
        for q in quads {
            writer.serialize_quad(&q.map_err(store_err)?).map_err(io)?;
            count += 1;
        }
        count
    } else {
        // Triples of every graph merged: duplicates across graphs go, which needs them sorted.
        let mut triples: Vec<Triple> = quads
            .map(|q| q.map(Triple::from))
            .collect::<Result<_, _>>()
            .map_err(store_err)?;
        triples.sort_by_cached_key(|t| (t.subject.to_string(), t.predicate.to_string(), t.object.to_string()));
        triples.dedup();
        for t in &triples {
            writer.serialize_triple(t).map_err(io)?;
        }
        triples.len()
    };
    writer.finish().map_err(io)?;
    Ok(count)
}

/// Writes CONSTRUCT or DESCRIBE results as Turtle.
pub fn write_graph_results(results: QueryResults<'_>, out: &mut dyn Write) -> Result<()> {
    let QueryResults::Graph(triples) = results else {
        return Err(Error::QueryForm {
            expected: "CONSTRUCT or DESCRIBE",
        });
    };
    let mut writer = serializer(RdfFormat::Turtle, DEFAULT_BASE)?.for_writer(out);
    for t in triples {
        let t = t.map_err(Error::from)?;
        writer.serialize_triple(&t).map_err(io)?;
    }
    writer.finish().map_err(io)?;
    Ok(())
}

/// Shortens IRIs of known namespaces for display: `igkg:Body`, `body/cstd`.
pub fn compact(value: &str) -> String {
    for (prefix, iri) in ns::PREFIXES {
        if let Some(local) = value.strip_prefix(iri) {
            return format!("{prefix}:{local}");
        }
    }
    value
        .strip_prefix(DEFAULT_BASE)
        .map_or_else(|| value.to_string(), str::to_string)
}
