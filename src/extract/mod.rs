//! The extractor: from one document's text to the facts it states, each with its passage.
//!
//! Entities come first (vocabulary mentions, new bodies defined in the text, anaphora), then
//! relations, each rule family in its own module. Every fact keeps the char range of the
//! passage that supports it, in the document's cleaned text; [`crate::graph`] maps those
//! back to the original file for the Web Annotation evidence.

pub mod acronym_inside;
pub mod authorship;
pub mod citations;
pub mod coverage;
pub mod dates;
pub mod definitions;
pub mod discussed_lists;
pub mod header;
pub mod issue_lists;
pub mod links;
pub mod mechanisms;
pub mod meetings;
pub mod mentions;
pub mod office_holders;
pub mod organisations;
pub mod organs;
pub mod people;
pub mod recommendations;
pub mod subjects;

use crate::corpus::Document;
use crate::iri::Iris;
use crate::text::CleanText;
use crate::vocab::{Kind, Vocabulary};
use std::collections::HashMap;
use std::ops::Range;

pub use mentions::Matcher;

/// The matchers an extraction uses, built once per vocabulary.
pub struct Matchers {
    /// Every concept.
    pub all: Matcher,
    /// Issues alone, to find the issue a body's name carries.
    pub issues: Matcher,
    /// Bodies alone, to find the body an instrument's name carries.
    pub bodies: Matcher,
    /// The words that name an issue only inside a list of themes ("data", "trust").
    pub list_words: Matcher,
    /// Governments and bodies by name, for the organisations rules.
    pub nations: organisations::Nations,
}

impl Matchers {
    /// Builds the matchers of `vocab`.
    pub fn new(vocab: &Vocabulary) -> Self {
        Matchers {
            all: Matcher::new(vocab),
            issues: Matcher::for_kind(vocab, Kind::Issue),
            bodies: Matcher::for_kind(vocab, Kind::Body),
            list_words: Matcher::list_labels(vocab),
            nations: organisations::Nations::new(vocab),
        }
    }
}

/// Index of an entity in [`Facts::entities`].
pub type EntityId = usize;

/// Something a fact is about: a vocabulary concept or a thing the document introduces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its IRI.
    pub iri: String,
    /// What it is.
    pub kind: Kind,
    /// Its label.
    pub label: String,
    /// For entities not in the vocabulary: the `igkg:` class to assert and extra labels.
    pub introduced: Option<Introduced>,
}

/// What the graph must say of an entity the vocabulary does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduced {
    /// Local name of its `igkg:` (or `foaf:`) class.
    pub class: &'static str,
    /// An acronym defined for it, if any.
    pub acronym: Option<String>,
    /// The passage that introduces it.
    pub evidence: Range<usize>,
}

/// An occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// What is mentioned.
    pub entity: EntityId,
    /// Where, in cleaned text.
    pub span: Range<usize>,
    /// False for a resolved description such as "the Group".
    pub explicit: bool,
}

/// A citation of an instrument, possibly of some of its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The instrument.
    pub instrument: EntityId,
    /// Paragraph numbers cited (empty for the instrument as a whole).
    pub paragraphs: Vec<u32>,
    /// The citing passage.
    pub evidence: Range<usize>,
}

/// A meeting, session or event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// First day, ISO 8601 (a month or year where only that is stated).
    pub start: String,
    /// Last day of a range.
    pub end: Option<String>,
    /// The body that held or convened it.
    pub convenor: Option<EntityId>,
    /// Participants counted by the text.
    pub participants: Option<u32>,
    /// The place named where it is dated.
    pub place: Option<EntityId>,
    /// Whether the document reports on this meeting ("this meeting", its header).
    pub reported: bool,
    /// A label for people.
    pub label: String,
    /// The passage.
    pub evidence: Range<usize>,
}

/// A person's tie to a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affiliation {
    /// The person (an entity of kind [`Kind::Person`]).
    pub person: EntityId,
    /// The body.
    pub body: EntityId,
    /// The role the text gives, such as "Executive Director".
    pub role: Option<String>,
    /// Whether the role is chairing the body.
    pub chairs: bool,
    /// The passage.
    pub evidence: Range<usize>,
}

/// How a document presents a body's relation to an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Modality {
    /// Stated as fact.
    Stated,
    /// Proposed or suggested.
    Proposed,
    /// Said to be missing or insufficient.
    Gap,
}

/// A body covering, addressing or being the venue for an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The body.
    pub body: EntityId,
    /// The issue.
    pub issue: EntityId,
    /// Fact, proposal or gap.
    pub modality: Modality,
    /// Which rule found it: `table`, `sentence`, `mandate`, `name`, `venue`.
    pub basis: &'static str,
    /// The passage.
    pub evidence: Range<usize>,
}

/// A body being part of, reporting to or established by another body or an instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The body the link is about.
    pub from: EntityId,
    /// The body or instrument it is linked to.
    pub to: EntityId,
    /// Local name of the igkg property: `partOf`, `reportsTo` or `establishedBy`.
    pub relation: &'static str,
    /// Fact, proposal or gap.
    pub modality: Modality,
    /// The passage.
    pub evidence: Range<usize>,
}

/// A minted issue's place in the vocabulary's taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxonomyLink {
    /// The minted issue.
    pub issue: EntityId,
    /// The vocabulary issue its words contain.
    pub to: EntityId,
    /// `skos:broader` when `to` is its head ("online child protection"), else `skos:related`.
    pub broader: bool,
}

/// Whether a recommendation is presented as adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Adopted, e.g. by consensus of the group.
    Adopted,
    /// Proposed or suggested.
    Proposed,
    /// Explicitly without consensus.
    NoConsensus,
}

/// A recommendation, key recommendation or suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// Its number where the text numbers it.
    pub number: Option<u32>,
    /// Its position among the document's recommendations, from 1.
    pub ordinal: usize,
    /// Its words.
    pub text: String,
    /// Bodies it is addressed to or gives a role to.
    pub addressees: Vec<EntityId>,
    /// Issues it concerns.
    pub issues: Vec<EntityId>,
    /// How the text presents it.
    pub status: Status,
    /// Whether it is the authors' own request of one body ("We ask the Secretary-General to …"):
    /// in the text that makes it, such a request is a mandate, not a proposal.
    pub mandate: bool,
    /// Its passage.
    pub evidence: Range<usize>,
}

/// What the document says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// Title.
    pub title: Option<String>,
    /// Date, ISO 8601.
    pub date: Option<String>,
    /// Kind of document.
    pub kind: Option<String>,
    /// Issuing body.
    pub issuer: Option<EntityId>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The document's file name.
    pub file_name: String,
    /// Its cleaned, segmented text.
    pub clean: CleanText,
    /// Entities referred to.
    pub entities: Vec<Entity>,
    by_iri: HashMap<String, EntityId>,
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Citations of instruments.
    pub citations: Vec<Citation>,
    /// Meetings.
    pub meetings: Vec<Meeting>,
    /// People's affiliations.
    pub affiliations: Vec<Affiliation>,
    /// Coverage statements.
    pub coverage: Vec<Coverage>,
    /// Institutional links.
    pub links: Vec<Link>,
    /// Where minted issues sit in the vocabulary's taxonomy.
    pub taxonomy: Vec<TaxonomyLink>,
    /// The themes a programme or forum is said to have: each listed issue and its char span.
    pub themes: Vec<(EntityId, Range<usize>)>,
    /// Recommendations.
    pub recommendations: Vec<Recommendation>,
    /// Names the document gives known bodies besides the vocabulary's ("Nigeria Internet Registry
    /// Association (NIRA)" for the vocabulary's "Nigeria Internet Registration Association"),
    /// with where it gives them: people ask by the name their document uses.
    pub aliases: Vec<(EntityId, String, Range<usize>)>,
    /// Document metadata.
    pub header: Header,
}

impl Facts {
    fn new(file_name: &str, text: &str) -> Self {
        Facts {
            file_name: file_name.to_string(),
            clean: CleanText::new(text),
            entities: Vec::new(),
            by_iri: HashMap::new(),
            mentions: Vec::new(),
            citations: Vec::new(),
            meetings: Vec::new(),
            affiliations: Vec::new(),
            coverage: Vec::new(),
            links: Vec::new(),
            taxonomy: Vec::new(),
            themes: Vec::new(),
            recommendations: Vec::new(),
            aliases: Vec::new(),
            header: Header::default(),
        }
    }

    /// The entity for vocabulary concept `index`, added on first use.
    pub fn concept_entity(&mut self, vocab: &Vocabulary, index: usize) -> EntityId {
        let c = &vocab.concepts[index];
        let kind = c.kind.unwrap_or(Kind::Body);
        self.entity(Entity {
            iri: c.iri.clone(),
            kind,
            label: c.pref_label.clone(),
            introduced: None,
        })
    }

    /// The id of `entity`, added if new.
    pub fn entity(&mut self, entity: Entity) -> EntityId {
        if let Some(&id) = self.by_iri.get(&entity.iri) {
            return id;
        }
        self.by_iri.insert(entity.iri.clone(), self.entities.len());
        self.entities.push(entity);
        self.entities.len() - 1
    }

    /// The id of the entity with this IRI.
    pub fn entity_by_iri(&self, iri: &str) -> Option<EntityId> {
        self.by_iri.get(iri).copied()
    }

    /// All labels of an entity.
    pub fn labels_of(&self, vocab: &Vocabulary, id: EntityId) -> Vec<String> {
        let e = &self.entities[id];
        match vocab.get(&e.iri) {
            Some(c) => c.labels.iter().chain(&c.acronyms).cloned().collect(),
            None => std::iter::once(e.label.clone())
                .chain(e.introduced.iter().filter_map(|i| i.acronym.clone()))
                .collect(),
        }
    }

    /// Mentions starting within `span`.
    pub fn mentions_in(&self, span: &Range<usize>) -> impl Iterator<Item = &Mention> {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.span.start < span.end)
            .filter(move |m| m.span.end <= span.end)
    }

    /// The bodies named explicitly (not through "the Group"), with where, in text order; a copy,
    /// so rules can add facts while they go through them.
    pub fn named_bodies(&self) -> Vec<(EntityId, Range<usize>)> {
        self.mentions
            .iter()
            .filter(|m| m.explicit && self.entities[m.entity].kind == Kind::Body)
            .map(|m| (m.entity, m.span.clone()))
            .collect()
    }

    /// The sentences of the body text, footnotes left out.
    pub fn body_sentences(&self) -> impl Iterator<Item = &crate::text::Sentence> {
        self.clean
            .sentences
            .iter()
            .filter(|s| !self.clean.paragraphs[s.paragraph].footnote)
    }

    /// The sentence range containing `offset`, or the offset alone.
    pub fn sentence_span(&self, offset: usize) -> Range<usize> {
        self.clean
            .sentence_at(offset)
            .map_or(offset..offset + 1, |i| self.clean.sentences[i].span.clone())
    }

    /// The cleaned text of a range.
    pub fn text(&self, span: &Range<usize>) -> String {
        self.clean.slice(span.clone())
    }
}

/// Everything the extractor needs besides the document.
pub struct Extractor<'a> {
    /// The vocabulary.
    pub vocab: &'a Vocabulary,
    /// Matchers over it.
    pub matchers: &'a Matchers,
    /// IRI minting.
    pub iris: &'a Iris,
}

impl Extractor<'_> {
    /// Extracts the facts of one document.
    pub fn extract(&self, doc: &Document) -> Facts {
        let mut facts = Facts::new(&doc.file_name, &doc.text);
        mentions::find_vocabulary_mentions(&mut facts, self.vocab, self.matchers);
        issue_lists::find_issue_lists(&mut facts, self);
        definitions::find_definitions(&mut facts, self.iris);
        organisations::find_organisations(&mut facts, self);
        organisations::name_countries_after_acronyms(&mut facts, self);
        mentions::resolve_anaphora(&mut facts, self.vocab);
        mentions::one_member_of_family(&mut facts, self.vocab);
        header::read_header(&mut facts, self, &doc.metadata);
        citations::find_citations(&mut facts, self, &doc.layout.links);
        people::find_people(&mut facts, self);
        meetings::find_meetings(&mut facts, self);
        recommendations::find_recommendations(&mut facts, self);
        mechanisms::find_mechanisms(&mut facts, self);
        coverage::find_coverage(&mut facts, self);
        links::find_links(&mut facts);
        facts
    }
}
