//! From extracted facts to RDF: one named graph per document, every fact with its evidence as
//! a Web Annotation (document, exact passage, character offsets in the original file).

use crate::corpus::Document;
use crate::extract::{EntityId, Facts, Modality, Status};
use crate::iri::ns::{self, dcterms, foaf, igkg, oa, org, prov, skos};
use crate::iri::{Iris, slug};
use crate::vocab::Kind;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use rustc_hash::FxBuildHasher;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

struct Sink<'a> {
    graph: GraphName,
    quads: Vec<Quad>,
    /// The quads written so far, by a fast hash, as indexes into `quads`: a rule may state one
    /// fact twice, and keeping a second copy of every quad to find that out cost more than
    /// building it.
    seen: HashMap<u64, Vec<u32>, FxBuildHasher>,
    iris: &'a Iris,
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// An igkg term whose name is data (a relation or class read from a rule's table).
fn igkg_term(local: &str) -> NamedNode {
    nn(&ns::igkg(local))
}

/// A date literal typed by its precision.
pub fn date_literal(date: &str) -> Term {
    let datatype = match date.len() {
        4 => xsd::G_YEAR,
        7 => xsd::G_YEAR_MONTH,
        _ => xsd::DATE,
    };
    Literal::new_typed_literal(date, datatype).into()
}

impl Sink<'_> {
    fn add(&mut self, s: &NamedNode, p: impl Into<NamedNode>, o: impl Into<Term>) {
        let quad = Quad::new(s.clone(), p.into(), o.into(), self.graph.clone());
        let same = self.seen.entry(FxBuildHasher.hash_one(&quad)).or_default();
        if !same.iter().any(|&i| self.quads[i as usize] == quad) {
            same.push(self.quads.len() as u32);
            self.quads.push(quad);
        }
    }

    fn a(&mut self, s: &NamedNode, class: impl Into<NamedNode>) {
        self.add(s, rdf::TYPE, class.into());
    }

    fn label(&mut self, s: &NamedNode, label: &str) {
        self.add(
            s,
            rdfs::LABEL,
            Literal::new_language_tagged_literal_unchecked(label, "en"),
        );
    }
}

fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Stated => "Stated",
        Modality::Proposed => "Proposed",
        Modality::Gap => "Gap",
    }
}

/// Builds the quads of one document's graph.
pub struct DocumentGraph<'a> {
    doc: &'a Document,
    facts: &'a Facts,
    original: Vec<char>,
    doc_iri: NamedNode,
    sink: Sink<'a>,
    annotations: HashMap<Range<usize>, NamedNode>,
}

impl<'a> DocumentGraph<'a> {
    /// The quads for `facts`, extracted from `doc`.
    pub fn build(doc: &'a Document, facts: &'a Facts, iris: &'a Iris) -> Vec<Quad> {
        let mut g = DocumentGraph {
            doc,
            facts,
            original: doc.text.chars().collect(),
            doc_iri: iris.document(&doc.file_name),
            sink: Sink {
                graph: iris.document_graph(&doc.file_name),
                quads: Vec::new(),
                seen: HashMap::default(),
                iris,
            },
            annotations: HashMap::new(),
        };
        g.document();
        g.entities();
        g.mentions();
        g.citations();
        g.meetings();
        g.affiliations();
        g.coverage();
        g.recommendations();
        g.links();
        g.taxonomy();
        g.aliases();
        g.sink.quads
    }

    fn iri(&self, id: EntityId) -> NamedNode {
        nn(&self.facts.entities[id].iri)
    }

    fn document(&mut self) {
        let d = self.doc_iri.clone();
        let h = &self.facts.header;
        self.sink.a(&d, igkg::DOCUMENT);
        self.sink
            .add(&d, igkg::SOURCE_FILE, Literal::new_simple_literal(&self.doc.file_name));
        self.sink.label(&d, h.title.as_deref().unwrap_or(&self.doc.file_name));
        if let Some(title) = &h.title {
            self.sink.add(
                &d,
                dcterms::TITLE,
                Literal::new_language_tagged_literal_unchecked(title, "en"),
            );
        }
        if let Some(date) = &h.date {
            self.sink.add(&d, dcterms::DATE, date_literal(date));
        }
        if let Some(kind) = &h.kind {
            self.sink
                .add(&d, igkg::DOCUMENT_KIND, Literal::new_simple_literal(kind));
        }
        if let Some(issuer) = h.issuer {
            let issuer = self.iri(issuer);
            self.sink.add(&d, dcterms::CREATOR, issuer);
        }
        if let Some(source) = &self.doc.metadata.source {
            self.sink.add(&d, dcterms::SOURCE, Literal::new_simple_literal(source));
        }
        if let Some(symbol) = &self.doc.metadata.symbol {
            self.sink.add(&d, igkg::SYMBOL, Literal::new_simple_literal(symbol));
        }
        // The text of a PDF, Word, HTML or XML file exists only as extracted: it is kept, since
        // evidence offsets and quotes refer to it.
        if let Some(format) = self.doc.layout.format {
            self.sink
                .add(&d, dcterms::FORMAT, Literal::new_simple_literal(format.media_type()));
            self.sink
                .add(&d, igkg::EXTRACTED_TEXT, Literal::new_simple_literal(&self.doc.text));
        }
        if !self.doc.layout.pages.is_empty() {
            let pages = self.doc.layout.pages.len() as i64;
            self.sink.add(&d, igkg::PAGE_COUNT, Literal::from(pages));
        }
    }

    /// The annotation for a passage, created on first use.
    fn evidence(&mut self, span: &Range<usize>) -> NamedNode {
        if let Some(a) = self.annotations.get(span) {
            return a.clone();
        }
        let orig = self.facts.clean.original_range(span.clone());
        let ann = nn(&format!(
            "{}/annotation/{}-{}",
            self.doc_iri.as_str(),
            orig.start,
            orig.end
        ));
        let target = nn(&format!("{}/target", ann.as_str()));
        let quote = nn(&format!("{}/quote", ann.as_str()));
        let position = nn(&format!("{}/position", ann.as_str()));
        let exact: String = self.original[orig.clone()].iter().collect();
        let passage = self.facts.text(span).split_whitespace().collect::<Vec<_>>().join(" ");
        let s = &mut self.sink;
        // No oa:motivatedBy: it would be oa:identifying on every annotation, a constant that
        // cost one quad in thirteen of a document's graph and that no question reads.
        s.a(&ann, oa::ANNOTATION);
        s.add(&ann, oa::HAS_TARGET, target.clone());
        s.add(&ann, igkg::PASSAGE, Literal::new_simple_literal(passage));
        s.a(&target, oa::SPECIFIC_RESOURCE);
        s.add(&target, oa::HAS_SOURCE, self.doc_iri.clone());
        s.add(&target, oa::HAS_SELECTOR, quote.clone());
        s.add(&target, oa::HAS_SELECTOR, position.clone());
        s.a(&quote, oa::TEXT_QUOTE_SELECTOR);
        s.add(&quote, oa::EXACT, Literal::new_simple_literal(exact));
        s.a(&position, oa::TEXT_POSITION_SELECTOR);
        // xsd:integer, as the store keeps every integer: what is written is what is read
        // back, which incremental builds rely on to uncount a document's quads.
        s.add(&position, oa::START, Literal::from(orig.start as i64));
        s.add(&position, oa::END, Literal::from(orig.end as i64));
        if let Some(page) = self.doc.layout.page_at(orig.start) {
            s.add(&ann, igkg::PAGE, Literal::from(page as i64));
        }
        self.annotations.insert(span.clone(), ann.clone());
        ann
    }

    fn derived(&mut self, subject: &NamedNode, span: &Range<usize>) {
        let ann = self.evidence(span);
        self.sink.add(subject, prov::WAS_DERIVED_FROM, ann);
    }

    fn entities(&mut self) {
        for (id, e) in self.facts.entities.iter().enumerate() {
            let Some(intro) = &e.introduced else { continue };
            let s = self.iri(id);
            let class = if intro.class == "Person" {
                foaf::PERSON.into_owned()
            } else {
                igkg_term(intro.class)
            };
            self.sink.a(&s, class);
            self.sink.label(&s, &e.label);
            match e.kind {
                Kind::Person => self.sink.add(&s, foaf::NAME, Literal::new_simple_literal(&e.label)),
                _ => {
                    self.sink.a(&s, skos::CONCEPT);
                    let pref = Literal::new_language_tagged_literal_unchecked(&e.label, "en");
                    self.sink.add(&s, skos::PREF_LABEL, pref);
                    let scheme = match e.kind {
                        Kind::Instrument => "scheme/instruments",
                        Kind::Issue => "scheme/issues",
                        _ => "scheme/bodies",
                    };
                    let scheme = self.sink.iris.named(scheme);
                    self.sink.add(&s, skos::IN_SCHEME, scheme);
                }
            }
            if intro.class == "ProposedMechanism" {
                let d = self.doc_iri.clone();
                self.sink.add(&s, igkg::PROPOSED_IN, d);
            }
            if let Some(acronym) = &intro.acronym {
                self.sink.add(&s, igkg::ACRONYM, Literal::new_simple_literal(acronym));
            }
            self.derived(&s, &intro.evidence.clone());
        }
    }

    fn mentions(&mut self) {
        let d = self.doc_iri.clone();
        for m in self.facts.mentions.iter().filter(|m| m.explicit) {
            let e = self.iri(m.entity);
            let sentence = self.facts.sentence_span(m.span.start);
            self.sink.add(&d, igkg::MENTIONS, e.clone());
            let ann = self.evidence(&sentence);
            self.sink.add(&ann, oa::HAS_BODY, e);
        }
    }

    fn citations(&mut self) {
        let d = self.doc_iri.clone();
        for c in &self.facts.citations {
            let instrument = self.iri(c.instrument);
            let label = self.facts.entities[c.instrument].label.clone();
            let mut cited = vec![instrument.clone()];
            for p in &c.paragraphs {
                let provision = nn(&format!("{}/para/{p}", instrument.as_str()));
                self.sink.a(&provision, igkg::PROVISION);
                self.sink.label(&provision, &format!("{label}, paragraph {p}"));
                self.sink.add(&provision, dcterms::IS_PART_OF, instrument.clone());
                self.sink.add(&provision, igkg::PARAGRAPH, Literal::from(i64::from(*p)));
                cited.push(provision);
            }
            let ann = self.evidence(&c.evidence);
            for target in cited.into_iter().skip(usize::from(!c.paragraphs.is_empty())) {
                self.sink.add(&d, igkg::CITES, target.clone());
                self.sink.add(&ann, oa::HAS_BODY, target);
            }
        }
    }

    fn meetings(&mut self) {
        let d = self.doc_iri.clone();
        let doc_slug = slug(self.doc.file_name.trim_end_matches(".txt"));
        for m in &self.facts.meetings {
            let who = m.convenor.map_or(doc_slug.clone(), |c| {
                self.iri(c).as_str().rsplit('/').next().unwrap_or("x").to_string()
            });
            let s = self.sink.iris.named(&format!("meeting/{who}-{}", m.start));
            self.sink.a(&s, igkg::MEETING);
            self.sink.label(&s, &m.label);
            self.sink.add(&s, igkg::START_DATE, date_literal(&m.start));
            if let Some(end) = &m.end {
                self.sink.add(&s, igkg::END_DATE, date_literal(end));
            }
            if let Some(c) = m.convenor {
                let body = self.iri(c);
                self.sink.add(&s, igkg::CONVENED_BY, body);
            }
            if let Some(p) = m.place {
                let place = self.iri(p);
                let label = self.facts.entities[p].label.clone();
                self.sink.add(&s, igkg::HELD_IN, place);
                self.sink.add(&s, igkg::LOCATION, Literal::new_simple_literal(label));
            }
            if let Some(n) = m.participants {
                self.sink.add(&s, igkg::PARTICIPANT_COUNT, Literal::from(i64::from(n)));
            }
            if m.reported {
                self.sink.add(&d, dcterms::SUBJECT, s.clone());
            }
            self.sink.add(&d, igkg::MENTIONS, s.clone());
            self.derived(&s, &m.evidence.clone());
        }
    }

    fn affiliations(&mut self) {
        for a in &self.facts.affiliations {
            let (person, body) = (self.iri(a.person), self.iri(a.body));
            let membership = self.sink.iris.named(&format!(
                "membership/{}--{}",
                person.as_str().rsplit('/').next().unwrap_or("x"),
                body.as_str().rsplit('/').next().unwrap_or("x")
            ));
            self.sink.add(&person, igkg::AFFILIATED_WITH, body.clone());
            self.sink.a(&membership, org::MEMBERSHIP);
            self.sink.add(&membership, org::MEMBER, person.clone());
            self.sink.add(&membership, org::ORGANIZATION, body.clone());
            if let Some(role) = &a.role {
                let role_iri = self.sink.iris.minted("role", role);
                self.sink.a(&role_iri, org::ROLE_CLASS);
                self.sink.label(&role_iri, role);
                self.sink.add(&membership, org::ROLE, role_iri);
                self.sink
                    .add(&membership, igkg::ROLE, Literal::new_simple_literal(role));
            }
            if a.chairs {
                self.sink.add(&body, igkg::CHAIRED_BY, person.clone());
            }
            self.derived(&membership, &a.evidence.clone());
            let d = self.doc_iri.clone();
            self.sink.add(&d, igkg::MENTIONS, person);
        }
    }

    fn coverage(&mut self) {
        for (i, c) in self.facts.coverage.iter().enumerate() {
            let (body, issue) = (self.iri(c.body), self.iri(c.issue));
            let s = nn(&format!("{}/coverage/{}", self.doc_iri.as_str(), i + 1));
            let modality = modality_name(c.modality);
            self.sink.a(&s, igkg::COVERAGE);
            self.sink.add(&s, igkg::BODY, body.clone());
            self.sink.add(&s, igkg::ISSUE, issue.clone());
            self.sink.add(&s, igkg::MODALITY, igkg_term(modality));
            self.sink.add(&s, igkg::BASIS, Literal::new_simple_literal(c.basis));
            if c.modality == Modality::Stated {
                self.sink.add(&body, igkg::COVERS_ISSUE, issue);
            }
            self.derived(&s, &c.evidence.clone());
        }
    }

    fn links(&mut self) {
        for (i, l) in self.facts.links.iter().enumerate() {
            let (from, to) = (self.iri(l.from), self.iri(l.to));
            let s = nn(&format!("{}/link/{}", self.doc_iri.as_str(), i + 1));
            self.sink.a(&s, igkg::INSTITUTIONAL_LINK);
            self.sink.add(&s, igkg::LINK_FROM, from.clone());
            self.sink.add(&s, igkg::LINK_TO, to.clone());
            self.sink.add(&s, igkg::RELATION, igkg_term(l.relation));
            self.sink.add(&s, igkg::MODALITY, igkg_term(modality_name(l.modality)));
            if l.modality == Modality::Stated {
                self.sink.add(&from, igkg_term(l.relation), to);
            }
            self.derived(&s, &l.evidence.clone());
        }
    }

    /// A minted issue's `skos:broader` (with its inverse) or `skos:related` (both ways) to a
    /// vocabulary issue, so that the taxonomy queries reach it.
    fn taxonomy(&mut self) {
        for t in &self.facts.taxonomy {
            let (issue, to) = (self.iri(t.issue), self.iri(t.to));
            if t.broader {
                self.sink.add(&issue, skos::BROADER, to.clone());
                self.sink.add(&to, skos::NARROWER, issue);
            } else {
                self.sink.add(&issue, skos::RELATED, to.clone());
                self.sink.add(&to, skos::RELATED, issue);
            }
        }
    }

    /// A known body's name as a document gives it, as an alternative label derived from there.
    fn aliases(&mut self) {
        for (id, name, evidence) in self.facts.aliases.clone() {
            let s = self.iri(id);
            let label = Literal::new_language_tagged_literal_unchecked(&name, "en");
            self.sink.add(&s, skos::ALT_LABEL, label);
            let ann = self.evidence(&evidence);
            self.sink.add(&ann, oa::HAS_BODY, s);
        }
    }

    fn recommendations(&mut self) {
        let d = self.doc_iri.clone();
        let doc_slug = slug(self.doc.file_name.trim_end_matches(".txt"));
        for r in &self.facts.recommendations {
            let s = self
                .sink
                .iris
                .named(&format!("recommendation/{doc_slug}/{}", r.ordinal));
            self.sink.a(&s, igkg::RECOMMENDATION);
            let name = r
                .number
                .map_or_else(|| format!("item {}", r.ordinal), |n| n.to_string());
            self.sink
                .label(&s, &format!("Recommendation {name} of {}", self.doc.file_name));
            self.sink.add(&s, igkg::TEXT, Literal::new_simple_literal(&r.text));
            if let Some(n) = r.number {
                self.sink
                    .add(&s, igkg::NUMBER, Literal::new_simple_literal(n.to_string()));
            }
            self.sink.add(&s, dcterms::IS_PART_OF, d.clone());
            let status = match r.status {
                Status::Adopted => "Adopted",
                Status::Proposed => "ProposedStatus",
                Status::NoConsensus => "NoConsensus",
            };
            self.sink.add(&s, igkg::STATUS, igkg_term(status));
            for &b in &r.addressees {
                let body = self.iri(b);
                self.sink.add(&s, igkg::ADDRESSED_TO, body);
            }
            for &i in &r.issues {
                let issue = self.iri(i);
                self.sink.add(&s, igkg::CONCERNS, issue);
            }
            self.derived(&s, &r.evidence.clone());
        }
    }
}
