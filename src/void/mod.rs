//! A VoID and DCAT description of the built graph: size, classes, vocabularies used and one
//! subset per document graph, stored in its own named graph so exports and SPARQL carry it.

use crate::iri::ns::{dcat, dcterms, void};
use crate::iri::{Iris, slug};
mod stats;

pub use stats::Stats;

use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};

/// The VoID namespace.
pub const VOID: &str = "http://rdfs.org/ns/void#";
/// The DCAT namespace.
pub const DCAT: &str = "http://www.w3.org/ns/dcat#";

const TITLE: &str = "igkg: the Internet-governance knowledge graph";
const DESCRIPTION: &str = "Bodies, policy issues, recommendations, meetings, people and cited instruments extracted from policy documents of the UN, WSIS and Internet-governance world, each fact with its evidence as a Web Annotation.";

/// Statements about one subject: (property, value) pairs.
type Facts = Vec<(NamedNodeRef<'static>, Term)>;

fn count(n: usize) -> Term {
    Literal::from(n as i64).into()
}

fn english(text: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(text, "en").into()
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
    let mut add = |subject: &NamedNode, facts: Facts| {
        for (p, o) in facts {
            out.push(Quad::new(subject.clone(), p, o, graph.clone()));
        }
    };
    add(&dataset, dataset_facts(stats, iris));
    for (class, members) in &stats.classes {
        let part = iris.named(&format!("dataset/class/{}", slug(&crate::export::compact(class))));
        add(&dataset, vec![(void::CLASS_PARTITION, part.clone().into())]);
        add(
            &part,
            vec![
                (void::CLASS, NamedNode::new_unchecked(class.as_str()).into()),
                (void::ENTITIES, count(members.len())),
            ],
        );
    }
    for (g, n) in &stats.per_graph {
        let subset = iris.named(&format!(
            "dataset/graph/{}",
            slug(g.strip_prefix(iris.base()).unwrap_or(g))
        ));
        add(&dataset, vec![(void::SUBSET, subset.clone().into())]);
        add(
            &subset,
            vec![
                (rdf::TYPE, void::DATASET.into()),
                (void::TRIPLES, count(*n)),
                (dcterms::SOURCE, NamedNode::new_unchecked(g.as_str()).into()),
            ],
        );
    }
    out
}

/// What the dataset says of itself: its types, title, counts and vocabularies.
fn dataset_facts(stats: &Stats, iris: &Iris) -> Facts {
    let documents = stats
        .per_graph
        .keys()
        .filter(|g| g.contains("/graph/document/"))
        .count();
    let mut facts = vec![
        (rdf::TYPE, void::DATASET.into()),
        (rdf::TYPE, dcat::DATASET.into()),
        (dcterms::TITLE, english(TITLE)),
        (dcterms::DESCRIPTION, english(DESCRIPTION)),
        (void::URI_SPACE, Literal::new_simple_literal(iris.base()).into()),
        (void::TRIPLES, count(stats.triples.len())),
        (void::ENTITIES, count(stats.entities.len())),
        (void::CLASSES, count(stats.classes.len())),
        (void::PROPERTIES, count(stats.predicates.len())),
        (void::DISTINCT_SUBJECTS, count(stats.subjects.len())),
        (void::DISTINCT_OBJECTS, count(stats.objects.len())),
        (void::DOCUMENTS, count(documents)),
    ];
    for v in stats.vocabularies() {
        facts.push((void::VOCABULARY, NamedNode::new_unchecked(v.to_string()).into()));
    }
    facts
}
