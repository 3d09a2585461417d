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
//!   every labelled entity: those of the vocabulary graph for an entity the vocabulary knows,
//!   else those the documents naming it give; every body and issue typed once by its top
//!   class (`igkg:Body`, `igkg:PolicyIssue`);
//! - each of those labels, and each list label, again as its comparison key (`igkg:labelKey`, see [`label_key`]), so
//!   that a term people type is resolved by one index look-up instead of a list of every label.
//!
//! It is computed from the store itself after every full or incremental build (which first
//! removes the previous summary), so it always describes exactly the documents the generation
//! holds.

use crate::iri::{Iris, ns, slug};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
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

/// The summary graph's quads for the content of `store` (see the module documentation).
pub fn summarise(store: &Store, iris: &Iris) -> Found<Vec<Quad>> {
    let reader = Reader { store };
    let mut out = Writer {
        graph: GraphName::NamedNode(iris.named(GRAPH)),
        quads: Vec::new(),
    };
    // Queries find the graph by this statement, whatever the base.
    let graph = iris.named(GRAPH);
    out.add(&graph.clone().into(), rdf::TYPE.into_owned(), igkg("SummaryGraph"));
    let mut counts = DocumentCounts::default();
    coverage(&reader, iris, &mut counts, &mut out)?;
    citations(&reader, iris, &mut out)?;
    counts.distinct_objects(&reader, "mentions", "mentionCount")?;
    counts.distinct_objects(&reader, "cites", "citationCount")?;
    counts.recommendations(&reader)?;
    counts.write(&mut out);
    labels(&reader, iris, &mut out)?;
    Ok(out.quads)
}

fn igkg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(ns::igkg(local))
}

/// Point look-ups in the store, every graph or one.
struct Reader<'a> {
    store: &'a Store,
}

impl Reader<'_> {
    /// Every quad with predicate `p` (and object `o`), read as it is used: there are millions
    /// of mentions in a large corpus.
    fn with(&self, p: &NamedNode, o: Option<&Term>) -> impl Iterator<Item = Found<Quad>> + '_ {
        self.store
            .quads_for_pattern(None, Some(p.as_ref()), o.map(|o| o.as_ref()), None)
    }

    fn objects(&self, s: &NamedOrBlankNode, p: &NamedNode, g: Option<GraphNameRef<'_>>) -> Found<Vec<Term>> {
        self.store
            .quads_for_pattern(Some(s.as_ref()), Some(p.as_ref()), None, g)
            .map(|q| q.map(|q| q.object))
            .collect()
    }

    fn object(&self, s: &NamedOrBlankNode, p: &NamedNode, g: GraphNameRef<'_>) -> Found<Option<Term>> {
        Ok(self.objects(s, p, Some(g))?.into_iter().next())
    }

    /// Follows `path` from `s` in graph `g`, taking the first object at each step.
    fn follow(&self, s: &NamedOrBlankNode, path: &[&NamedNode], g: GraphNameRef<'_>) -> Found<Option<Term>> {
        let mut at = Term::from(s.clone());
        for p in path {
            let Some(subject) = as_subject(&at) else {
                return Ok(None);
            };
            match self.object(&subject, p, g)? {
                Some(next) => at = next,
                None => return Ok(None),
            }
        }
        Ok(Some(at))
    }

    /// Every class that is `class` or below it through `rdfs:subClassOf`, in any graph.
    fn subclasses(&self, class: &NamedNode) -> Found<HashSet<Term>> {
        let edges: Vec<Quad> = self
            .with(&rdfs::SUB_CLASS_OF.into_owned(), None)
            .collect::<Found<_>>()?;
        let mut found: HashSet<Term> = HashSet::from([class.clone().into()]);
        loop {
            let before = found.len();
            for q in &edges {
                if found.contains(&q.object) {
                    found.insert(q.subject.clone().into());
                }
            }
            if found.len() == before {
                return Ok(found);
            }
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
    documents: HashSet<Term>,
    /// (file name, annotation): the first by file name.
    evidence: BTreeSet<(String, String)>,
}

fn coverage(reader: &Reader, iris: &Iris, counts: &mut DocumentCounts, out: &mut Writer) -> Found<()> {
    let (body, issue, modality, basis) = (
        ns::igkg::BODY.into_owned(),
        ns::igkg::ISSUE.into_owned(),
        ns::igkg::MODALITY.into_owned(),
        ns::igkg::BASIS.into_owned(),
    );
    let derived = ns::prov::WAS_DERIVED_FROM.into_owned();
    let (target, source, file) = (
        ns::oa::HAS_TARGET.into_owned(),
        ns::oa::HAS_SOURCE.into_owned(),
        ns::igkg::SOURCE_FILE.into_owned(),
    );
    let mut facts: BTreeMap<CoverageKey, CoverageFact> = BTreeMap::new();
    for q in reader.with(&rdf::TYPE.into_owned(), Some(&igkg("Coverage").into())) {
        let q = q?;
        let (c, g) = (&q.subject, q.graph_name.as_ref());
        let mut terms = Vec::with_capacity(4);
        for p in [&body, &issue, &modality, &basis] {
            terms.extend(reader.object(c, p, g)?);
        }
        if terms.len() < 4 {
            continue;
        }
        let key = [0, 1, 2, 3].map(|k| text(&terms[k]));
        let fact = facts.entry(key).or_default();
        fact.terms = terms;
        for ann in reader.objects(c, &derived, Some(g))? {
            let Some(ann) = as_subject(&ann) else { continue };
            let Some(document) = reader.follow(&ann, &[&target, &source], g)? else {
                continue;
            };
            counts.add(&document, "coverageCount", &Term::from(c.clone()));
            let Some(name) = as_subject(&document)
                .map(|d| reader.object(&d, &file, g))
                .transpose()?
                .flatten()
            else {
                continue;
            };
            fact.documents.insert(document);
            fact.evidence.insert((text(&name), text(&ann.into())));
            if fact.evidence.len() > EVIDENCE_PER_FACT {
                fact.evidence.pop_last();
            }
        }
    }
    for (key, fact) in facts {
        let n = node(iris, "coverage", &key.each_ref().map(String::as_str));
        out.add(&n, rdf::TYPE.into_owned(), igkg("CoverageSummary"));
        for (p, o) in [&body, &issue, &modality, &basis].into_iter().zip(fact.terms) {
            out.add(&n, p.clone(), o);
        }
        out.count(&n, "documentCount", fact.documents.len());
        for (_, ann) in fact.evidence {
            out.add(&n, derived.clone(), NamedNode::new_unchecked(ann));
        }
    }
    Ok(())
}

#[derive(Default)]
struct Cited {
    documents: HashSet<Term>,
    paragraphs: BTreeSet<i64>,
}

/// Instruments by the documents citing them or one of their paragraphs.
fn citations(reader: &Reader, iris: &Iris, out: &mut Writer) -> Found<()> {
    let instrument_classes = reader.subclasses(&igkg("Instrument"))?;
    let (part_of, paragraph, rdf_type) = (
        ns::dcterms::IS_PART_OF.into_owned(),
        ns::igkg::PARAGRAPH.into_owned(),
        rdf::TYPE.into_owned(),
    );
    let documents: HashSet<NamedOrBlankNode> = reader
        .with(&rdf_type, Some(&igkg("Document").into()))
        .map(|q| q.map(|q| q.subject))
        .collect::<Found<_>>()?;
    let mut is_instrument: HashMap<Term, bool> = HashMap::new();
    let mut cited: HashMap<Term, Cited> = HashMap::new();
    for q in reader.with(&ns::igkg::CITES.into_owned(), None) {
        let q = q?;
        let Some(target) = as_subject(&q.object).filter(|_| documents.contains(&q.subject)) else {
            continue;
        };
        let g = q.graph_name.as_ref();
        // A provision stands for its instrument (both are read from the citing document's graph).
        let number = reader.object(&target, &paragraph, g)?;
        if let (Some(Term::Literal(n)), Some(instrument)) = (&number, reader.object(&target, &part_of, g)?) {
            let entry = cited.entry(instrument).or_default();
            entry.documents.insert(q.subject.clone().into());
            entry.paragraphs.extend(n.value().parse::<i64>().ok());
        }
        let known = match is_instrument.get(&q.object) {
            Some(known) => *known,
            None => {
                let types = reader.objects(&target, &rdf_type, None)?;
                let known = types.iter().any(|t| instrument_classes.contains(t));
                is_instrument.insert(q.object.clone(), known);
                known
            }
        };
        if known {
            cited
                .entry(q.object.clone())
                .or_default()
                .documents
                .insert(q.subject.into());
        }
    }
    for (instrument, c) in cited {
        let n = node(iris, "citation", &[&text(&instrument)]);
        out.add(&n, rdf_type.clone(), igkg("CitationSummary"));
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
    Ok(())
}

/// Per document and count, the distinct things counted, as 64-bit fingerprints (a large corpus
/// has millions of mentions).
#[derive(Default)]
struct DocumentCounts {
    counted: BTreeMap<(String, &'static str), HashSet<u64>>,
}

impl DocumentCounts {
    fn add(&mut self, document: &Term, count: &'static str, thing: &Term) {
        if let Term::NamedNode(d) = document {
            self.counted
                .entry((d.as_str().to_string(), count))
                .or_default()
                .insert(fingerprint(thing));
        }
    }

    /// Counts, per subject of `predicate`, its distinct objects.
    fn distinct_objects(&mut self, reader: &Reader, predicate: &str, count: &'static str) -> Found<()> {
        for q in reader.with(&igkg(predicate), None) {
            let q = q?;
            self.add(&q.subject.into(), count, &q.object);
        }
        Ok(())
    }

    /// Counts, per document, the distinct recommendations that are part of it.
    fn recommendations(&mut self, reader: &Reader) -> Found<()> {
        let part_of = ns::dcterms::IS_PART_OF.into_owned();
        for q in reader.with(&rdf::TYPE.into_owned(), Some(&igkg("Recommendation").into())) {
            let q = q?;
            for document in reader.objects(&q.subject, &part_of, None)? {
                self.add(&document, "recommendationCount", &q.subject.clone().into());
            }
        }
        Ok(())
    }

    fn write(self, out: &mut Writer) {
        for ((document, count), things) in self.counted {
            out.count(&NamedNode::new_unchecked(document).into(), count, things.len());
        }
    }
}

/// Copies labels under the summary's own properties (a second `skos:prefLabel` would make
/// the summary graph look like a vocabulary graph to the queries that look labels up there): an
/// entity the vocabulary labels keeps the vocabulary's labels; any other keeps the distinct
/// labels the documents naming it give.
fn labels(reader: &Reader, iris: &Iris, out: &mut Writer) -> Found<()> {
    let documents = format!("{}graph/document/", iris.base());
    let in_document = |g: &GraphName| matches!(g, GraphName::NamedNode(n) if n.as_str().starts_with(&documents));
    let pref = ns::skos::PREF_LABEL.into_owned();
    let mut in_vocabulary: HashSet<NamedOrBlankNode> = HashSet::new();
    for q in reader.with(&pref, None) {
        let q = q?;
        if !in_document(&q.graph_name) {
            in_vocabulary.insert(q.subject);
        }
    }
    // A list label ("data", "trust") resolves a term people type but is no label to show: it
    // would make an answer match every other thing of that common word.
    let copies = [
        (pref, Some("preferredLabel")),
        (ns::skos::ALT_LABEL.into_owned(), Some("otherLabel")),
        (ns::skos::HIDDEN_LABEL.into_owned(), Some("otherLabel")),
        (ns::igkg::ACRONYM.into_owned(), Some("otherLabel")),
        (ns::igkg::LIST_LABEL.into_owned(), None),
    ];
    let mut seen: HashSet<(NamedOrBlankNode, Option<&str>, Term)> = HashSet::new();
    for (from, to) in copies {
        for q in reader.with(&from, None) {
            let q = q?;
            if in_document(&q.graph_name) != in_vocabulary.contains(&q.subject) {
                seen.insert((q.subject, to, q.object));
            }
        }
    }
    let mut keys: HashSet<(NamedOrBlankNode, String)> = HashSet::new();
    for (s, p, o) in seen {
        keys.insert((s.clone(), label_key(&text(&o))));
        if let Some(p) = p {
            out.add(&s, igkg(p), o);
        }
    }
    for (s, key) in keys {
        out.add(&s, ns::igkg::LABEL_KEY.into_owned(), Literal::new_simple_literal(key));
    }
    kinds(reader, out)
}

/// Types every body and issue by its top class, once, so that label look-ups by kind stay in
/// the summary graph.
fn kinds(reader: &Reader, out: &mut Writer) -> Found<()> {
    let rdf_type = rdf::TYPE.into_owned();
    for top in [igkg("Body"), igkg("PolicyIssue")] {
        let mut members: HashSet<NamedOrBlankNode> = HashSet::new();
        for class in reader.subclasses(&top)? {
            for q in reader.with(&rdf_type, Some(&class)) {
                members.insert(q?.subject);
            }
        }
        for m in members {
            out.add(&m, rdf_type.clone(), top.clone());
        }
    }
    Ok(())
}
