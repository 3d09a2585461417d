//! The summary graph: what the bundled questions need from the whole corpus, computed once per
//! build so that answering them reads a few thousand triples instead of joining millions.
//!
//! It holds, in its own named graph (`graph/summary`, typed `igkg:SummaryGraph` in itself):
//!
//! - one `igkg:CoverageSummary` per distinct coverage statement (body, issue, modality, basis)
//!   with the number of documents stating it and the evidence of at most
//!   [`EVIDENCE_PER_FACT`] of them (the first by file name);
//! - one `igkg:CitationSummary` per cited instrument with the number of documents citing it or
//!   one of its paragraphs, and those paragraphs;
//! - per document, the distinct things it mentions, cites and recommends and its coverage
//!   statements (`igkg:mentionCount` …), counted as `document-stats` reports them;
//! - the labels (`igkg:preferredLabel`) and other labels, hidden labels and acronyms
//!   (`igkg:otherLabel`) of
//!   every labelled entity: those of the vocabulary graph for an entity the vocabulary knows
//!   (and the other names documents give it, as `skos:altLabel` there), else those the
//!   documents naming it give; every body and issue typed once by its top
//!   class (`igkg:Body`, `igkg:PolicyIssue`);
//! - each of those labels, and each list label, again as its comparison key (`igkg:labelKey`,
//!   see [`label_key`]), so that a term people type is resolved by one index look-up instead of
//!   a list of every label.
//!
//! It is accumulated one named graph at a time ([`Summariser`]): a full build hands it each
//! document's quads as they stream to the bulk loader, so that nothing is read back from the
//! freshly loaded store (whose files RocksDB is still compacting, which made each point look-up
//! cost about 10 µs); an incremental build, which changes a few graphs of a copied store,
//! reads every document graph of the result back ([`summarise`]). Either way it describes
//! exactly the documents the generation holds, and both give the same quads.
//!
//! Every join it makes stays inside one graph (a coverage statement, its evidence and its
//! document; a provision and its instrument; a recommendation and its document), as the graph
//! builder writes them; what crosses graphs (which subjects are documents, instruments, bodies
//! or issues; which entities the vocabulary labels) is kept as sets and settled at the end. The
//! class hierarchy comes from the vocabulary alone: documents state no `rdfs:subClassOf`.

use crate::iri::{Iris, ns, slug};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term, TermRef};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};

const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "dr", "ambassador", "prof", "professor", "sir"];

/// A label as people compare names: case, punctuation, a leading "the" and honorifics folded.
/// The summary graph keeps it for every label (`igkg:labelKey`), and terms are resolved by it.
pub fn label_key(text: &str) -> String {
    let lowered: String = deunicode::deunicode(text)
        .to_lowercase()
        .replace("'s ", " ")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' || c == '+' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = lowered.split_whitespace().collect();
    while words.first().is_some_and(|w| *w == "the" || HONORIFICS.contains(w)) {
        words.remove(0);
    }
    words.join(" ")
}

/// Evidence passages kept per coverage statement: as many as `igkg ask` lists per answer.
pub const EVIDENCE_PER_FACT: usize = 5;

/// The summary graph's path under the base.
const GRAPH: &str = "graph/summary";

type Found<T> = Result<T, StorageError>;

/// The summary graph's name.
pub fn graph(iris: &Iris) -> NamedNode {
    iris.named(GRAPH)
}

/// The summary graph's quads for the content of `store`: every document graph read back, on
/// top of `vocabulary` (the ontology and vocabulary quads the store was built with).
pub fn summarise(store: &Store, iris: &Iris, vocabulary: &[Quad]) -> Found<Vec<Quad>> {
    let mut summariser = Summariser::new(iris, vocabulary);
    let documents = format!("{}graph/document/", iris.base());
    let mut graphs: Vec<NamedOrBlankNode> = Vec::new();
    for g in store.named_graphs() {
        if let NamedOrBlankNode::NamedNode(n) = g?
            && n.as_str().starts_with(&documents)
        {
            graphs.push(n.into());
        }
    }
    let (global, local) = summariser.patterns();
    // What makes a subject a document, an instrument, a body or an issue is read across graphs.
    for o in global {
        let typed: Vec<Quad> = store
            .quads_for_pattern(None, Some(rdf::TYPE), Some(o.as_ref()), None)
            .collect::<Found<_>>()?;
        summariser.add_graph(&typed);
    }
    // Reading is what costs (every term decoded from its id): graphs are read in parallel, a
    // chunk at a time so that few wait in memory, and taken in one after the other.
    for chunk in graphs.chunks(64) {
        let read: Vec<Vec<Quad>> = chunk
            .par_iter()
            .map(|g| {
                local
                    .iter()
                    .flat_map(|(p, o)| {
                        store.quads_for_pattern(
                            None,
                            Some(p.as_ref()),
                            o.as_ref().map(Term::as_ref),
                            Some(g.as_ref().into()),
                        )
                    })
                    .collect::<Found<Vec<Quad>>>()
            })
            .collect::<Found<_>>()?;
        for quads in &read {
            summariser.add_graph(quads);
        }
    }
    Ok(summariser.finish())
}

fn igkg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(ns::igkg(local))
}

/// What a quad's predicate is to the summary.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Role {
    Type,
    Mentions,
    Cites,
    /// A label copied under the summary's property of that name; a list label ("data",
    /// "trust") only as a comparison key: it resolves a term people type but is no label to
    /// show, since it would make an answer match every other thing of that common word.
    Label(Option<&'static str>),
    /// A step of a join inside one graph.
    Step(Step),
}

/// The properties followed inside one graph.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Step {
    Body,
    Issue,
    Modality,
    Basis,
    Derived,
    Target,
    Source,
    File,
    Paragraph,
    PartOf,
}

fn roles() -> FxHashMap<&'static str, Role> {
    let mut roles = FxHashMap::default();
    roles.insert(rdf::TYPE.as_str(), Role::Type);
    roles.insert(ns::igkg::MENTIONS.as_str(), Role::Mentions);
    roles.insert(ns::igkg::CITES.as_str(), Role::Cites);
    roles.insert(ns::skos::PREF_LABEL.as_str(), Role::Label(Some("preferredLabel")));
    for other in [ns::skos::ALT_LABEL, ns::skos::HIDDEN_LABEL, ns::igkg::ACRONYM] {
        roles.insert(other.as_str(), Role::Label(Some("otherLabel")));
    }
    roles.insert(ns::igkg::LIST_LABEL.as_str(), Role::Label(None));
    for (p, step) in [
        (ns::igkg::BODY, Step::Body),
        (ns::igkg::ISSUE, Step::Issue),
        (ns::igkg::MODALITY, Step::Modality),
        (ns::igkg::BASIS, Step::Basis),
        (ns::prov::WAS_DERIVED_FROM, Step::Derived),
        (ns::oa::HAS_TARGET, Step::Target),
        (ns::oa::HAS_SOURCE, Step::Source),
        (ns::igkg::SOURCE_FILE, Step::File),
        (ns::igkg::PARAGRAPH, Step::Paragraph),
        (ns::dcterms::IS_PART_OF, Step::PartOf),
    ] {
        roles.insert(p.as_str(), Role::Step(step));
    }
    roles
}

/// One graph's quads indexed for the joins made inside it.
struct Local<'q> {
    objects: FxHashMap<(&'q NamedOrBlankNode, Step), Vec<&'q Term>>,
}

impl<'q> Local<'q> {
    fn objects(&self, s: &'q NamedOrBlankNode, step: Step) -> &[&'q Term] {
        self.objects.get(&(s, step)).map_or(&[], Vec::as_slice)
    }

    fn object(&self, s: &'q NamedOrBlankNode, step: Step) -> Option<&'q Term> {
        self.objects(s, step).first().copied()
    }

    /// Follows `path` from `s`, taking the first object at each step.
    fn follow(&self, s: &NamedOrBlankNode, path: &[Step]) -> Option<Term> {
        let mut at = Term::from(s.clone());
        for &step in path {
            let subject = as_subject(&at)?;
            at = self
                .objects
                .get(&(&subject, step))
                .and_then(|o| o.first())
                .map(|&t| t.clone())?;
        }
        Some(at)
    }
}

/// A citation of a thing by a subject, settled at the end, once it is known whether the
/// subject is a document and the thing an instrument.
struct Citation {
    by: NamedOrBlankNode,
    target: Term,
    /// The instrument and paragraph number of a cited provision.
    provision: Option<(Term, Option<i64>)>,
}

/// The summary graph accumulated graph by graph; the same quads whatever the order of the graphs.
pub struct Summariser<'a> {
    iris: &'a Iris,
    roles: FxHashMap<&'static str, Role>,
    /// The start of every document graph's name.
    document_graphs: String,
    /// `igkg:Instrument` and its subclasses.
    instrument_classes: HashSet<Term>,
    /// The top classes typed once in the summary, each with its subclasses.
    kind_classes: Vec<(NamedNode, HashSet<Term>)>,
    /// Entities the vocabulary gives a preferred label.
    in_vocabulary: HashSet<NamedOrBlankNode>,
    coverage: BTreeMap<CoverageKey, CoverageFact>,
    counts: DocumentCounts,
    documents: HashSet<NamedOrBlankNode>,
    instruments: HashSet<Term>,
    citations: Vec<Citation>,
    labels: HashSet<(NamedOrBlankNode, Option<&'static str>, Term)>,
    kinds: Vec<HashSet<NamedOrBlankNode>>,
    /// How many graphs have been added: the number of the one being added.
    graphs_added: usize,
}

impl<'a> Summariser<'a> {
    /// A summariser that has taken in `vocabulary`, the ontology and vocabulary quads.
    pub fn new(iris: &'a Iris, vocabulary: &[Quad]) -> Self {
        let subclass_edges: Vec<&Quad> = vocabulary
            .iter()
            .filter(|q| q.predicate == rdfs::SUB_CLASS_OF)
            .collect();
        let document_graphs = format!("{}graph/document/", iris.base());
        let kind_classes: Vec<(NamedNode, HashSet<Term>)> = [igkg("Body"), igkg("PolicyIssue")]
            .into_iter()
            .map(|top| {
                let classes = subclasses(&subclass_edges, &top);
                (top, classes)
            })
            .collect();
        let in_vocabulary = vocabulary
            .iter()
            .filter(|q| q.predicate == ns::skos::PREF_LABEL && !in_document(&document_graphs, &q.graph_name))
            .map(|q| q.subject.clone())
            .collect();
        let mut summariser = Summariser {
            iris,
            roles: roles(),
            instrument_classes: subclasses(&subclass_edges, &igkg("Instrument")),
            kinds: vec![HashSet::new(); kind_classes.len()],
            kind_classes,
            document_graphs,
            in_vocabulary,
            coverage: BTreeMap::new(),
            counts: DocumentCounts::default(),
            documents: HashSet::new(),
            instruments: HashSet::new(),
            citations: Vec::new(),
            labels: HashSet::new(),
            graphs_added: 0,
        };
        let mut graphs: HashMap<&GraphName, Vec<Quad>> = HashMap::new();
        for q in vocabulary {
            graphs.entry(&q.graph_name).or_default().push(q.clone());
        }
        for quads in graphs.values() {
            summariser.add_graph(quads);
        }
        summariser.labels.extend(country_names_of_governments(vocabulary));
        summariser
    }

    /// The quads the summary reads (a graph's other quads may be left out of what
    /// [`Self::add_graph`] is given): the classes whose members it gathers across graphs, and
    /// the (predicate, object) patterns of what it joins inside each graph.
    fn patterns(&self) -> (Vec<Term>, Vec<(NamedNode, Option<Term>)>) {
        let mut global: Vec<Term> = vec![ns::igkg::DOCUMENT.into_owned().into()];
        for class in self
            .kind_classes
            .iter()
            .flat_map(|(_, classes)| classes)
            .chain(&self.instrument_classes)
        {
            if !global.contains(class) {
                global.push(class.clone());
            }
        }
        let mut local: Vec<(NamedNode, Option<Term>)> = self
            .roles
            .iter()
            .filter(|(_, role)| **role != Role::Type)
            .map(|(p, _)| (NamedNode::new_unchecked(*p), None))
            .collect();
        for class in [ns::igkg::COVERAGE, ns::igkg::RECOMMENDATION] {
            local.push((rdf::TYPE.into_owned(), Some(class.into_owned().into())));
        }
        (global, local)
    }

    /// Takes in the quads of one named graph (those [`Self::patterns`] match are enough), or
    /// quads of any graphs that join nothing: the `rdf:type` statements of the classes whose
    /// members are gathered across graphs.
    pub fn add_graph(&mut self, quads: &[Quad]) {
        self.graphs_added += 1;
        let mut local = Local {
            objects: FxHashMap::default(),
        };
        let mut coverage = Vec::new();
        let mut recommendations = Vec::new();
        let mut cites = Vec::new();
        let (coverage_class, recommendation_class, document_class) =
            (ns::igkg::COVERAGE, ns::igkg::RECOMMENDATION, ns::igkg::DOCUMENT);
        for q in quads {
            let Some(&role) = self.roles.get(q.predicate.as_str()) else {
                continue;
            };
            match role {
                Role::Step(step) => local.objects.entry((&q.subject, step)).or_default().push(&q.object),
                Role::Type => {
                    let Term::NamedNode(class) = &q.object else { continue };
                    if *class == coverage_class {
                        coverage.push(&q.subject);
                    } else if *class == recommendation_class {
                        recommendations.push(&q.subject);
                    } else if *class == document_class {
                        self.documents.insert(q.subject.clone());
                    }
                    if self.instrument_classes.contains(&q.object) {
                        self.instruments.insert(q.subject.clone().into());
                    }
                    for ((_, classes), members) in self.kind_classes.iter().zip(&mut self.kinds) {
                        if classes.contains(&q.object) {
                            members.insert(q.subject.clone());
                        }
                    }
                }
                Role::Mentions => self.counts.add(q.subject.as_ref().into(), "mentionCount", &q.object),
                Role::Cites => {
                    self.counts.add(q.subject.as_ref().into(), "citationCount", &q.object);
                    cites.push(q);
                }
                Role::Label(to) => {
                    let from_document = in_document(&self.document_graphs, &q.graph_name);
                    let known = self.in_vocabulary.contains(&q.subject);
                    // A document's own name for a known body (its alternative label there) is
                    // how that document's readers ask about it; its other labels are the
                    // vocabulary's.
                    let alias = from_document && known && q.predicate == ns::skos::ALT_LABEL;
                    if from_document != known || alias {
                        self.labels.insert((q.subject.clone(), to, q.object.clone()));
                    }
                }
            }
        }
        for q in cites {
            let Some(target) = as_subject(&q.object) else { continue };
            // A provision stands for its instrument (both are read from the citing document's graph).
            let provision = match (
                local.object(&target, Step::Paragraph),
                local.object(&target, Step::PartOf),
            ) {
                (Some(Term::Literal(n)), Some(instrument)) => Some((instrument.clone(), n.value().parse::<i64>().ok())),
                _ => None,
            };
            self.citations.push(Citation {
                by: q.subject.clone(),
                target: q.object.clone(),
                provision,
            });
        }
        for r in recommendations {
            for &document in local.objects(r, Step::PartOf) {
                self.counts
                    .add(document.as_ref(), "recommendationCount", &r.clone().into());
            }
        }
        for c in coverage {
            self.add_coverage(&local, c);
        }
        self.counts.end_graph();
    }

    /// A coverage statement of the graph indexed in `local`, under its body, issue, modality
    /// and basis, with its documents and evidence.
    fn add_coverage(&mut self, local: &Local, c: &NamedOrBlankNode) {
        let terms: Vec<Term> = [Step::Body, Step::Issue, Step::Modality, Step::Basis]
            .into_iter()
            .filter_map(|step| local.object(c, step).cloned())
            .collect();
        if terms.len() < 4 {
            return;
        }
        let key = [0, 1, 2, 3].map(|k| text(&terms[k]));
        let fact = self.coverage.entry(key).or_default();
        fact.terms = terms;
        for ann in local.objects(c, Step::Derived) {
            let Some(ann) = as_subject(ann) else { continue };
            let Some(document) = local.follow(&ann, &[Step::Target, Step::Source]) else {
                continue;
            };
            self.counts
                .add(document.as_ref(), "coverageCount", &Term::from(c.clone()));
            let Some(name) = as_subject(&document).and_then(|d| local.follow(&d, &[Step::File])) else {
                continue;
            };
            // A document is one graph: counting graphs counts documents without keeping
            // each statement's thousands of document names until the end.
            if fact.last_graph != self.graphs_added {
                fact.last_graph = self.graphs_added;
                fact.documents += 1;
            }
            fact.evidence.insert((text(&name), text(&ann.into())));
            if fact.evidence.len() > EVIDENCE_PER_FACT {
                fact.evidence.pop_last();
            }
        }
    }

    /// The summary graph's quads.
    pub fn finish(self) -> Vec<Quad> {
        let mut out = Writer {
            graph: GraphName::NamedNode(self.iris.named(GRAPH)),
            quads: Vec::new(),
        };
        // Queries find the graph by this statement, whatever the base.
        let graph = self.iris.named(GRAPH);
        out.add(&graph.into(), rdf::TYPE.into_owned(), igkg("SummaryGraph"));
        write_coverage(self.iris, self.coverage, &mut out);
        write_citations(self.iris, &self.documents, &self.instruments, self.citations, &mut out);
        self.counts.write(&mut out);
        write_labels(self.labels, &mut out);
        for ((top, _), members) in self.kind_classes.into_iter().zip(self.kinds) {
            for m in members {
                out.add(&m, rdf::TYPE.into_owned(), top.clone());
            }
        }
        out.quads
    }
}

/// A government's country's names as other labels of the government: a State that acts is
/// written by its country's name ("submitted by Brazil"), so that is how people name it and how
/// they ask about it. Matching in documents is left alone: there the name stays the country's.
fn country_names_of_governments(vocabulary: &[Quad]) -> Vec<(NamedOrBlankNode, Option<&'static str>, Term)> {
    let mut names: HashMap<&NamedOrBlankNode, Vec<&Term>> = HashMap::new();
    for q in vocabulary {
        if q.predicate == ns::skos::PREF_LABEL || q.predicate == ns::skos::ALT_LABEL {
            names.entry(&q.subject).or_default().push(&q.object);
        }
    }
    let mut out = Vec::new();
    for q in vocabulary.iter().filter(|q| q.predicate == ns::igkg::GOVERNMENT_OF) {
        let Some(country) = as_subject(&q.object) else { continue };
        for &name in names.get(&country).map_or(&[][..], Vec::as_slice) {
            out.push((q.subject.clone(), Some("otherLabel"), name.clone()));
        }
    }
    out
}

fn in_document(document_graphs: &str, g: &GraphName) -> bool {
    matches!(g, GraphName::NamedNode(n) if n.as_str().starts_with(document_graphs))
}

/// Every class that is `class` or below it through the `rdfs:subClassOf` quads `edges`.
fn subclasses(edges: &[&Quad], class: &NamedNode) -> HashSet<Term> {
    let mut found: HashSet<Term> = HashSet::from([class.clone().into()]);
    loop {
        let before = found.len();
        for q in edges {
            if found.contains(&q.object) {
                found.insert(q.subject.clone().into());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

fn fingerprint(t: &Term) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    t.hash(&mut hasher);
    hasher.finish()
}

fn as_subject(t: &Term) -> Option<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        _ => None,
    }
}

fn text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// The quads being written, all in the summary graph.
struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, s: &NamedOrBlankNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o.into(), self.graph.clone()));
    }

    fn count(&mut self, s: &NamedOrBlankNode, p: &str, n: usize) {
        self.add(s, igkg(p), Literal::from(n as i64));
    }
}

/// A summary node's IRI: `base + summary/KIND/` and the slugs of what identifies it.
fn node(iris: &Iris, kind: &str, parts: &[&str]) -> NamedOrBlankNode {
    let local: Vec<String> = parts
        .iter()
        .map(|p| {
            let local = p
                .strip_prefix(iris.base())
                .or_else(|| p.rsplit_once('#').map(|(_, l)| l));
            slug(local.unwrap_or(p))
        })
        .collect();
    iris.named(&format!("summary/{kind}/{}", local.join("--"))).into()
}

/// What identifies a coverage statement across documents: body, issue, modality, basis.
type CoverageKey = [String; 4];

#[derive(Default)]
struct CoverageFact {
    /// Body, issue, modality, basis.
    terms: Vec<Term>,
    /// The number of documents stating it.
    documents: usize,
    /// The graph that last stated it.
    last_graph: usize,
    /// (file name, annotation): the first by file name.
    evidence: BTreeSet<(String, String)>,
}

fn write_coverage(iris: &Iris, facts: BTreeMap<CoverageKey, CoverageFact>, out: &mut Writer) {
    let properties = [ns::igkg::BODY, ns::igkg::ISSUE, ns::igkg::MODALITY, ns::igkg::BASIS];
    for (key, fact) in facts {
        let n = node(iris, "coverage", &key.each_ref().map(String::as_str));
        out.add(&n, rdf::TYPE.into_owned(), igkg("CoverageSummary"));
        for (p, o) in properties.into_iter().zip(fact.terms) {
            out.add(&n, p.into_owned(), o);
        }
        out.count(&n, "documentCount", fact.documents);
        for (_, ann) in fact.evidence {
            out.add(
                &n,
                ns::prov::WAS_DERIVED_FROM.into_owned(),
                NamedNode::new_unchecked(ann),
            );
        }
    }
}

#[derive(Default)]
struct Cited {
    documents: HashSet<Term>,
    paragraphs: BTreeSet<i64>,
}

/// Instruments by the documents citing them or one of their paragraphs.
fn write_citations(
    iris: &Iris,
    documents: &HashSet<NamedOrBlankNode>,
    instruments: &HashSet<Term>,
    citations: Vec<Citation>,
    out: &mut Writer,
) {
    let mut cited: HashMap<Term, Cited> = HashMap::new();
    for c in citations.into_iter().filter(|c| documents.contains(&c.by)) {
        if let Some((instrument, paragraph)) = c.provision {
            let entry = cited.entry(instrument).or_default();
            entry.documents.insert(c.by.clone().into());
            entry.paragraphs.extend(paragraph);
        }
        if instruments.contains(&c.target) {
            cited.entry(c.target).or_default().documents.insert(c.by.into());
        }
    }
    for (instrument, c) in cited {
        let n = node(iris, "citation", &[&text(&instrument)]);
        out.add(&n, rdf::TYPE.into_owned(), igkg("CitationSummary"));
        out.add(&n, igkg("instrument"), instrument);
        out.count(&n, "documentCount", c.documents.len());
        if !c.paragraphs.is_empty() {
            let list: Vec<String> = c.paragraphs.iter().map(i64::to_string).collect();
            out.add(
                &n,
                igkg("citedParagraphs"),
                Literal::new_simple_literal(list.join(", ")),
            );
        }
    }
}

/// Per document and count, the number of distinct things counted. The things themselves, as
/// 64-bit fingerprints (a large corpus has millions of mentions), are kept only while their
/// graph is added: a document is one graph.
#[derive(Default)]
struct DocumentCounts {
    graph: FxHashMap<String, FxHashMap<&'static str, HashSet<u64>>>,
    counted: FxHashMap<String, FxHashMap<&'static str, usize>>,
}

impl DocumentCounts {
    fn add(&mut self, document: TermRef<'_>, count: &'static str, thing: &Term) {
        let TermRef::NamedNode(d) = document else { return };
        let things = match self.graph.get_mut(d.as_str()) {
            Some(counts) => counts,
            None => self.graph.entry(d.as_str().to_string()).or_default(),
        };
        things.entry(count).or_default().insert(fingerprint(thing));
    }

    /// Keeps the numbers of the graph added last.
    fn end_graph(&mut self) {
        for (document, counts) in self.graph.drain() {
            let totals = self.counted.entry(document).or_default();
            for (count, things) in counts {
                *totals.entry(count).or_default() += things.len();
            }
        }
    }

    fn write(self, out: &mut Writer) {
        for (document, counts) in self.counted {
            let document = NamedNode::new_unchecked(document).into();
            for (count, n) in counts {
                out.count(&document, count, n);
            }
        }
    }
}

/// Writes the labels copied under the summary's own properties (a second `skos:prefLabel` would
/// make the summary graph look like a vocabulary graph to the queries that look labels up
/// there): an entity the vocabulary labels keeps the vocabulary's labels; any other keeps the
/// distinct labels the documents naming it give. Each label again as its comparison key.
fn write_labels(labels: HashSet<(NamedOrBlankNode, Option<&'static str>, Term)>, out: &mut Writer) {
    let mut keys: HashSet<(NamedOrBlankNode, String)> = HashSet::new();
    for (s, p, o) in labels {
        keys.insert((s.clone(), label_key(&text(&o))));
        if let Some(p) = p {
            out.add(&s, igkg(p), o);
        }
    }
    for (s, key) in keys {
        out.add(&s, ns::igkg::LABEL_KEY.into_owned(), Literal::new_simple_literal(key));
    }
}
