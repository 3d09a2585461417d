//! The vocabulary of the field, loaded at run time from the Turtle files in `ontology/`.
//!
//! Bodies, issues, instruments, principles and stakeholder groups are SKOS concepts; this
//! module reads their labels, acronyms, symbols and links so that the extractor can find them
//! in text. Adding a body or an issue is an edit to Turtle, never to Rust.

use crate::error::{Error, Result};
use crate::iri::Iris;
use crate::iri::ns::{self, dcterms, igkg, skos};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, Quad, Term};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// What a concept of the vocabulary stands for, read from its concept scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An organisation, organ, office, forum, working group or process.
    Body,
    /// A policy issue or cluster of issues.
    Issue,
    /// A cited instrument: resolution, outcome document, report, declaration.
    Instrument,
    /// A principle such as transparency.
    Principle,
    /// A stakeholder group such as civil society.
    Stakeholder,
    /// A place where meetings are held.
    Place,
    /// A person named in a document (never from the vocabulary).
    Person,
}

impl Kind {
    fn from_scheme(iri: &str) -> Option<Self> {
        let tail = iri.rsplit('/').next()?;
        Some(match tail {
            "bodies" => Kind::Body,
            "issues" => Kind::Issue,
            "instruments" => Kind::Instrument,
            "principles" => Kind::Principle,
            "stakeholders" => Kind::Stakeholder,
            "places" | "countries" => Kind::Place,
            _ => return None,
        })
    }
}

/// One concept of the vocabulary with what the extractor needs of it.
#[derive(Debug, Clone, Default)]
pub struct Concept {
    /// The concept's IRI.
    pub iri: String,
    /// Its kind, from the scheme it is in.
    pub kind: Option<Kind>,
    /// Its preferred label.
    pub pref_label: String,
    /// Labels matched case-insensitively: preferred, alternative and hidden.
    pub labels: Vec<String>,
    /// Acronyms, matched case-sensitively.
    pub acronyms: Vec<String>,
    /// Words that name it only inside a list of themes or topics (`igkg:listLabel`).
    pub list_labels: Vec<String>,
    /// Document symbols such as `A/RES/70/125`.
    pub symbols: Vec<String>,
    /// `rdf:type` IRIs.
    pub types: Vec<String>,
    /// Bodies it is part of.
    pub part_of: Vec<String>,
    /// Creator of an instrument.
    pub creators: Vec<String>,
    /// For a government: the country it governs.
    pub government_of: Vec<String>,
}

impl Concept {
    /// Whether it has the given `igkg:` class.
    pub fn has_class(&self, local: &str) -> bool {
        let iri = format!("{}{local}", ns::IGKG);
        self.types.contains(&iri)
    }

    /// A short label for people: the first acronym, else the preferred label. An acronym ending
    /// in a number after a hyphen names one edition ("PP-02" of the Plenipotentiary Conference),
    /// not the body.
    pub fn short_label(&self) -> &str {
        let edition = |a: &&String| {
            a.rsplit_once('-')
                .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        };
        self.acronyms.iter().find(|a| !edition(a)).unwrap_or(&self.pref_label)
    }
}

/// The loaded vocabulary, with the RDF it came from.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Concepts of the known kinds, sorted by IRI.
    pub concepts: Vec<Concept>,
    by_iri: HashMap<String, usize>,
    government_by_country: HashMap<String, usize>,
    /// All quads of the ontology and vocabulary files, each file in its own named graph.
    pub quads: Vec<Quad>,
    /// The files read.
    pub files: Vec<PathBuf>,
}

impl Vocabulary {
    /// Reads every `.ttl` file of `dir`.
    pub fn load(dir: &Path, iris: &Iris) -> Result<Self> {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ttl"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::NothingToRead {
                path: dir.to_path_buf(),
                what: ".ttl vocabulary files",
            });
        }
        let mut quads = Vec::new();
        for file in &files {
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("vocabulary");
            let graph = GraphName::NamedNode(iris.named(&format!("graph/ontology/{stem}")));
            let bytes = fs::read(file).map_err(|e| Error::io(file, e))?;
            for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(&bytes) {
                let quad = quad.map_err(|e| Error::rdf(file, e))?;
                let mut quad = iris.rebase_quad(quad);
                quad.graph_name = graph.clone();
                quads.push(quad);
            }
        }
        let mut vocab = Vocabulary {
            quads,
            files,
            ..Default::default()
        };
        vocab.index();
        Ok(vocab)
    }

    fn index(&mut self) {
        let mut concepts: HashMap<String, Concept> = HashMap::new();
        for quad in &self.quads {
            let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &quad.subject else {
                continue;
            };
            let entry = || Concept {
                iri: s.as_str().to_string(),
                ..Default::default()
            };
            let p = quad.predicate.as_ref();
            let literal = match &quad.object {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            };
            let object_iri = match &quad.object {
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            };
            let c = concepts.entry(s.as_str().to_string()).or_insert_with(entry);
            match (p, literal, object_iri) {
                (skos::PREF_LABEL, Some(l), _) => {
                    c.pref_label = l.clone();
                    c.labels.push(l);
                }
                (skos::ALT_LABEL | skos::HIDDEN_LABEL, Some(l), _) => c.labels.push(l),
                (igkg::ACRONYM, Some(l), _) => c.acronyms.push(l),
                (igkg::LIST_LABEL, Some(l), _) => c.list_labels.push(l),
                (igkg::SYMBOL, Some(l), _) => c.symbols.push(l),
                (skos::IN_SCHEME, _, Some(o)) => c.kind = c.kind.or(Kind::from_scheme(&o)),
                (rdf::TYPE, _, Some(o)) => c.types.push(o),
                (igkg::PART_OF, _, Some(o)) => c.part_of.push(o),
                (dcterms::CREATOR, _, Some(o)) => c.creators.push(o),
                (igkg::GOVERNMENT_OF, _, Some(o)) => c.government_of.push(o),
                _ => {}
            }
        }
        let mut concepts: Vec<Concept> = concepts.into_values().filter(|c| c.kind.is_some()).collect();
        concepts.sort_by(|a, b| a.iri.cmp(&b.iri));
        for c in &mut concepts {
            for list in [
                &mut c.labels,
                &mut c.acronyms,
                &mut c.list_labels,
                &mut c.symbols,
                &mut c.types,
                &mut c.part_of,
            ] {
                list.sort();
                list.dedup();
            }
            if c.pref_label.is_empty() {
                c.pref_label = c.acronyms.first().cloned().unwrap_or_else(|| c.iri.clone());
            }
        }
        self.by_iri = concepts.iter().enumerate().map(|(i, c)| (c.iri.clone(), i)).collect();
        self.government_by_country = concepts
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.government_of.iter().map(move |country| (country.clone(), i)))
            .collect();
        self.concepts = concepts;
    }

    /// The concept with this IRI.
    pub fn get(&self, iri: &str) -> Option<&Concept> {
        self.by_iri.get(iri).map(|&i| &self.concepts[i])
    }

    /// The index of the government of the country with this IRI.
    pub fn government_of(&self, country: &str) -> Option<usize> {
        self.government_by_country.get(country).copied()
    }

    /// Concepts of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Concept> {
        self.concepts.iter().filter(move |c| c.kind == Some(kind))
    }

    /// The instrument with this document symbol, compared by [`symbol_key`].
    pub fn instrument_by_symbol(&self, symbol: &str) -> Option<&Concept> {
        let key = symbol_key(symbol);
        self.of_kind(Kind::Instrument)
            .find(|c| c.symbols.iter().any(|s| symbol_key(s) == key))
    }

    /// The reports the vocabulary holds of a working group or panel: "the report of the WGIG" is
    /// the one report of it, while "the report of the GGE" may be any of its several; "the
    /// report of the Secretary-General" is any of the many an office or organ issues, so an
    /// office or organ has none here.
    pub fn reports_of(&self, body: &str) -> Vec<&Concept> {
        if !self.get(body).is_some_and(|b| b.has_class("WorkingGroup")) {
            return Vec::new();
        }
        self.of_kind(Kind::Instrument)
            .filter(|c| c.has_class("Report") && c.creators.iter().any(|b| b == body))
            .collect()
    }
}

/// The comparison key of a UN document symbol: case, spaces and the dash of a joint symbol
/// folded. The series is kept: `A/RES/70/125` (a resolution) and `A/70/125` (a report) are
/// different documents, and `A/68/65-E/2013/11` is one document issued to two organs.
pub fn symbol_key(symbol: &str) -> String {
    symbol
        .to_uppercase()
        .replace([' ', '\u{a0}'], "")
        .replace(['–', '—'], "-")
        .trim_end_matches(['/', '.'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_keys_keep_the_series() {
        assert_ne!(symbol_key("A/RES/70/125"), symbol_key("A/70/125"));
        assert_ne!(symbol_key("A/RES/70/125"), symbol_key("A/RES/66/184"));
        assert_eq!(symbol_key("a/res/70/125."), symbol_key("A/RES/70/125"));
        assert_eq!(symbol_key("A/68/65–E/2013/11"), symbol_key("A/68/65-E/2013/11"));
    }
}
