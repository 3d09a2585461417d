//! Content negotiation: the media type to answer with, from the `Accept` header (and a
//! `format` parameter, for links people click).

use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::sparql::results::QueryResultsFormat;

/// What a client may be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negotiated<F> {
    /// A format it accepts.
    Format(F),
    /// It accepts nothing this resource has.
    NotAcceptable,
}

fn accepted(accept: &str) -> Vec<(String, f32)> {
    let mut types: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (!media.is_empty()).then_some((media, q))
        })
        .collect();
    types.sort_by(|a, b| b.1.total_cmp(&a.1));
    types
}

fn pick<F: Copy>(accept: Option<&str>, offers: &[(&str, F)]) -> Negotiated<F> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Negotiated::Format(offers[0].1);
    };
    for (media, q) in accepted(accept) {
        if q <= 0.0 {
            continue;
        }
        if media == "*/*" {
            return Negotiated::Format(offers[0].1);
        }
        if let Some((_, f)) = offers.iter().find(|(m, _)| *m == media) {
            return Negotiated::Format(*f);
        }
        if let Some(prefix) = media.strip_suffix("/*")
            && let Some((_, f)) = offers.iter().find(|(m, _)| m.starts_with(prefix))
        {
            return Negotiated::Format(*f);
        }
    }
    Negotiated::NotAcceptable
}

/// The results format for SELECT and ASK.
pub fn results_format(accept: Option<&str>, format: Option<&str>) -> Negotiated<QueryResultsFormat> {
    let offers = [
        ("application/sparql-results+json", QueryResultsFormat::Json),
        ("application/json", QueryResultsFormat::Json),
        ("application/sparql-results+xml", QueryResultsFormat::Xml),
        ("application/xml", QueryResultsFormat::Xml),
        ("text/csv", QueryResultsFormat::Csv),
        ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ];
    match format {
        Some(f) => QueryResultsFormat::from_extension(f).map_or(Negotiated::NotAcceptable, Negotiated::Format),
        None => pick(accept, &offers),
    }
}

/// The SPARQL results format a bundled query's page is asked for, `None` for its HTML page:
/// the `format` parameter (`json`, `csv`, `tsv`, `xml`), else a results media type the `Accept`
/// header names before any HTML type (wildcards, which browsers send, mean HTML here).
pub fn page_format(accept: Option<&str>, format: Option<&str>) -> Negotiated<Option<QueryResultsFormat>> {
    if let Some(f) = format {
        return match f {
            "html" => Negotiated::Format(None),
            _ => {
                QueryResultsFormat::from_extension(f).map_or(Negotiated::NotAcceptable, |f| Negotiated::Format(Some(f)))
            }
        };
    }
    for (media, q) in accepted(accept.unwrap_or_default()) {
        if q <= 0.0 || media.contains('*') {
            continue;
        }
        if media.contains("html") {
            break;
        }
        if let Negotiated::Format(f) = results_format(Some(&media), None) {
            return Negotiated::Format(Some(f));
        }
    }
    Negotiated::Format(None)
}

/// The RDF format for CONSTRUCT, DESCRIBE and entity descriptions; `html` when people ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Graph {
    /// An RDF serialization.
    Rdf(RdfFormat),
    /// An HTML page.
    Html,
}

/// The format for a graph answer; `html_first` for entity IRIs a browser dereferences.
pub fn graph_format(accept: Option<&str>, format: Option<&str>, html_first: bool) -> Negotiated<Graph> {
    let jsonld = Graph::Rdf(RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    });
    let rdf = [
        ("text/turtle", Graph::Rdf(RdfFormat::Turtle)),
        ("application/n-triples", Graph::Rdf(RdfFormat::NTriples)),
        ("application/ld+json", jsonld),
        ("application/rdf+xml", Graph::Rdf(RdfFormat::RdfXml)),
        ("text/plain", Graph::Rdf(RdfFormat::NTriples)),
    ];
    if let Some(f) = format {
        return match f {
            "html" => Negotiated::Format(Graph::Html),
            "ttl" | "turtle" => Negotiated::Format(Graph::Rdf(RdfFormat::Turtle)),
            "nt" | "ntriples" => Negotiated::Format(Graph::Rdf(RdfFormat::NTriples)),
            "jsonld" | "json" => Negotiated::Format(jsonld),
            _ => Negotiated::NotAcceptable,
        };
    }
    let mut offers: Vec<(&str, Graph)> = Vec::new();
    if html_first {
        offers.push(("text/html", Graph::Html));
        offers.push(("application/xhtml+xml", Graph::Html));
    }
    offers.extend(rdf);
    pick(accept, &offers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_and_wildcards() {
        assert_eq!(results_format(None, None), Negotiated::Format(QueryResultsFormat::Json));
        assert_eq!(
            results_format(Some("text/csv;q=0.5, application/sparql-results+xml"), None),
            Negotiated::Format(QueryResultsFormat::Xml)
        );
        assert_eq!(results_format(Some("image/png"), None), Negotiated::NotAcceptable);
        assert_eq!(page_format(Some("text/html,*/*;q=0.8"), None), Negotiated::Format(None));
        assert_eq!(page_format(None, None), Negotiated::Format(None));
        assert_eq!(
            page_format(Some("text/csv"), None),
            Negotiated::Format(Some(QueryResultsFormat::Csv))
        );
        assert_eq!(
            page_format(Some("text/html"), Some("json")),
            Negotiated::Format(Some(QueryResultsFormat::Json))
        );
        assert_eq!(page_format(None, Some("png")), Negotiated::NotAcceptable);
        assert_eq!(
            graph_format(Some("text/html,*/*;q=0.8"), None, true),
            Negotiated::Format(Graph::Html)
        );
        assert_eq!(
            graph_format(Some("text/turtle"), None, true),
            Negotiated::Format(Graph::Rdf(RdfFormat::Turtle))
        );
        assert_eq!(
            graph_format(Some("text/*"), None, false),
            Negotiated::Format(Graph::Rdf(RdfFormat::Turtle))
        );
    }
}
