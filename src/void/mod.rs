//! A VoID and DCAT description of the built graph: size, classes, vocabularies used and one
//! subset per document graph, stored in its own named graph so exports and SPARQL carry it.

use crate::iri::{Iris, ns, slug};
mod stats;

pub use stats::Stats;

use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

/// The VoID namespace.
pub const VOID: &str = "http://rdfs.org/ns/void#";
/// The DCAT namespace.
pub const DCAT: &str = "http://www.w3.org/ns/dcat#";

fn nn(iri: String) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn count(n: usize) -> Term {
    Literal::from(n as i64).into()
}

/// The quads describing `quads` (everything else the store will hold).
pub fn describe(quads: &[Quad], iris: &Iris) -> Vec<Quad> {
    let mut stats = Stats::default();
    for q in quads {
        stats.add(q, iris.base());
    }
    describe_stats(&stats, iris)
}

/// The quads describing a store whose quads were counted in `stats`.
pub fn describe_stats(stats: &Stats, iris: &Iris) -> Vec<Quad> {
    let graph = GraphName::NamedNode(iris.named("graph/void"));
    let dataset = iris.named("dataset");
    let mut out = Vec::new();
    let mut add = |s: &NamedNode, p: String, o: Term| out.push(Quad::new(s.clone(), nn(p), o, graph.clone()));

    add(
        &dataset,
        format!("{}type", ns::RDF),
        nn(format!("{VOID}Dataset")).into(),
    );
    add(
        &dataset,
        format!("{}type", ns::RDF),
        nn(format!("{DCAT}Dataset")).into(),
    );
    let title = Literal::new_language_tagged_literal_unchecked("igkg: the Internet-governance knowledge graph", "en");
    add(&dataset, format!("{}title", ns::DCTERMS), title.into());
    let description = "Bodies, policy issues, recommendations, meetings, people and cited instruments extracted from policy documents of the UN, WSIS and Internet-governance world, each fact with its evidence as a Web Annotation.";
    add(
        &dataset,
        format!("{}description", ns::DCTERMS),
        Literal::new_language_tagged_literal_unchecked(description, "en").into(),
    );
    add(
        &dataset,
        format!("{VOID}uriSpace"),
        Literal::new_simple_literal(iris.base()).into(),
    );
    add(&dataset, format!("{VOID}triples"), count(stats.triples.len()));
    add(&dataset, format!("{VOID}entities"), count(stats.entities.len()));
    add(&dataset, format!("{VOID}classes"), count(stats.classes.len()));
    add(&dataset, format!("{VOID}properties"), count(stats.predicates.len()));
    add(&dataset, format!("{VOID}distinctSubjects"), count(stats.subjects.len()));
    add(&dataset, format!("{VOID}distinctObjects"), count(stats.objects.len()));
    let documents = stats
        .per_graph
        .keys()
        .filter(|g| g.contains("/graph/document/"))
        .count();
    add(&dataset, format!("{VOID}documents"), count(documents));
    for v in stats.vocabularies() {
        add(&dataset, format!("{VOID}vocabulary"), nn(v.to_string()).into());
    }
    for (class, members) in &stats.classes {
        let part = iris.named(&format!("dataset/class/{}", slug(&crate::export::compact(class))));
        add(&dataset, format!("{VOID}classPartition"), part.clone().into());
        add(&part, format!("{VOID}class"), nn(class.clone()).into());
        add(&part, format!("{VOID}entities"), count(members.len()));
    }
    for (g, n) in &stats.per_graph {
        let subset = iris.named(&format!(
            "dataset/graph/{}",
            slug(g.strip_prefix(iris.base()).unwrap_or(g))
        ));
        add(&dataset, format!("{VOID}subset"), subset.clone().into());
        add(&subset, format!("{}type", ns::RDF), nn(format!("{VOID}Dataset")).into());
        add(&subset, format!("{VOID}triples"), count(*n));
        add(&subset, format!("{}source", ns::DCTERMS), nn(g.clone()).into());
    }
    out
}
