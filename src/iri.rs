//! IRIs: the namespaces igkg uses and the minting of stable, readable IRIs for what it extracts.
//!
//! Every IRI hangs off one base (by default the persistent-IRI style `https://w3id.org/igkg/`)
//! and is built from readable slugs of the thing's own name, so the same corpus always yields
//! the same IRIs and no blank node is ever written.

use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};

/// The default base of every IRI igkg mints.
pub const DEFAULT_BASE: &str = "https://w3id.org/igkg/";

/// Kinds of entity IRIs whose `base + kind + "/"` namespace has a prefix of the kind's name in
/// queries and Turtle exports (documents and recommendations have none: their IRIs hold path
/// segments, which a prefixed name would have to escape).
pub const ENTITY_KINDS: &[&str] = &[
    "body",
    "issue",
    "instrument",
    "person",
    "meeting",
    "mechanism",
    "place",
    "principle",
    "stakeholder",
];

/// Namespaces and the terms of other vocabularies that the code names directly.
pub mod ns {
    /// The igkg ontology namespace.
    pub const IGKG: &str = "https://w3id.org/igkg/ontology#";
    /// SKOS.
    pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
    /// W3C Web Annotation.
    pub const OA: &str = "http://www.w3.org/ns/oa#";
    /// PROV-O.
    pub const PROV: &str = "http://www.w3.org/ns/prov#";
    /// Dublin Core terms.
    pub const DCTERMS: &str = "http://purl.org/dc/terms/";
    /// W3C Organization ontology.
    pub const ORG: &str = "http://www.w3.org/ns/org#";
    /// FOAF.
    pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
    /// RDF.
    pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// RDFS.
    pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    /// XML Schema datatypes.
    pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
    /// OWL.
    pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
    /// schema.org.
    pub const SCHEMA: &str = "https://schema.org/";

    /// Typed terms of igkg's own ontology and of the reused vocabularies, so that a misspelt
    /// term is a compile error (rdf, rdfs and xsd terms come from `oxigraph::model::vocab`).
    macro_rules! terms {
        ($(#[$doc:meta])* $module:ident = $namespace:literal { $($(#[$tdoc:meta])* $name:ident = $local:literal,)* }) => {
            $(#[$doc])*
            pub mod $module {
                use oxigraph::model::NamedNodeRef;
                $($(#[$tdoc])* pub const $name: NamedNodeRef<'static> =
                    NamedNodeRef::new_unchecked(concat!($namespace, $local));)*
            }
        };
    }

    terms!(
        /// SKOS terms.
        skos = "http://www.w3.org/2004/02/skos/core#" {
            /// `skos:prefLabel`.
            PREF_LABEL = "prefLabel",
            /// `skos:altLabel`.
            ALT_LABEL = "altLabel",
            /// `skos:hiddenLabel`.
            HIDDEN_LABEL = "hiddenLabel",
            /// `skos:inScheme`.
            IN_SCHEME = "inScheme",
            /// `skos:Concept`.
            CONCEPT = "Concept",
            /// `skos:broader`.
            BROADER = "broader",
            /// `skos:narrower`.
            NARROWER = "narrower",
            /// `skos:related`.
            RELATED = "related",
        }
    );
    terms!(
        /// Dublin Core terms.
        dcterms = "http://purl.org/dc/terms/" {
            /// `dcterms:creator`.
            CREATOR = "creator",
            /// `dcterms:title`.
            TITLE = "title",
            /// `dcterms:description`.
            DESCRIPTION = "description",
            /// `dcterms:source`.
            SOURCE = "source",
            /// `dcterms:date`.
            DATE = "date",
            /// `dcterms:isPartOf`.
            IS_PART_OF = "isPartOf",
            /// `dcterms:subject`.
            SUBJECT = "subject",
            /// `dcterms:format`.
            FORMAT = "format",
        }
    );
    terms!(
        /// FOAF terms.
        foaf = "http://xmlns.com/foaf/0.1/" {
            /// `foaf:name`.
            NAME = "name",
            /// `foaf:Person`.
            PERSON = "Person",
        }
    );
    terms!(
        /// VoID terms.
        void = "http://rdfs.org/ns/void#" {
            /// `void:Dataset`.
            DATASET = "Dataset",
            /// `void:uriSpace`.
            URI_SPACE = "uriSpace",
            /// `void:triples`.
            TRIPLES = "triples",
            /// `void:entities`.
            ENTITIES = "entities",
            /// `void:classes`.
            CLASSES = "classes",
            /// `void:properties`.
            PROPERTIES = "properties",
            /// `void:distinctSubjects`.
            DISTINCT_SUBJECTS = "distinctSubjects",
            /// `void:distinctObjects`.
            DISTINCT_OBJECTS = "distinctObjects",
            /// `void:documents`.
            DOCUMENTS = "documents",
            /// `void:vocabulary`.
            VOCABULARY = "vocabulary",
            /// `void:classPartition`.
            CLASS_PARTITION = "classPartition",
            /// `void:class`.
            CLASS = "class",
            /// `void:subset`.
            SUBSET = "subset",
        }
    );
    terms!(
        /// DCAT terms.
        dcat = "http://www.w3.org/ns/dcat#" {
            /// `dcat:Dataset`.
            DATASET = "Dataset",
        }
    );
    terms!(
        /// W3C Organization ontology terms.
        org = "http://www.w3.org/ns/org#" {
            /// `org:Membership`.
            MEMBERSHIP = "Membership",
            /// `org:Role`.
            ROLE_CLASS = "Role",
            /// `org:member`.
            MEMBER = "member",
            /// `org:organization`.
            ORGANIZATION = "organization",
            /// `org:role`.
            ROLE = "role",
        }
    );
    terms!(
        /// W3C Web Annotation terms.
        oa = "http://www.w3.org/ns/oa#" {
            /// `oa:Annotation`.
            ANNOTATION = "Annotation",
            /// `oa:SpecificResource`.
            SPECIFIC_RESOURCE = "SpecificResource",
            /// `oa:TextPositionSelector`.
            TEXT_POSITION_SELECTOR = "TextPositionSelector",
            /// `oa:TextQuoteSelector`.
            TEXT_QUOTE_SELECTOR = "TextQuoteSelector",
            /// `oa:end`.
            END = "end",
            /// `oa:exact`.
            EXACT = "exact",
            /// `oa:hasBody`.
            HAS_BODY = "hasBody",
            /// `oa:hasSelector`.
            HAS_SELECTOR = "hasSelector",
            /// `oa:hasSource`.
            HAS_SOURCE = "hasSource",
            /// `oa:hasTarget`.
            HAS_TARGET = "hasTarget",
            /// `oa:identifying`.
            IDENTIFYING = "identifying",
            /// `oa:motivatedBy`.
            MOTIVATED_BY = "motivatedBy",
            /// `oa:start`.
            START = "start",
        }
    );
    terms!(
        /// PROV-O terms.
        prov = "http://www.w3.org/ns/prov#" {
            /// `prov:wasDerivedFrom`.
            WAS_DERIVED_FROM = "wasDerivedFrom",
        }
    );
    terms!(
        /// igkg's own ontology terms that the code reads.
        igkg = "https://w3id.org/igkg/ontology#" {
            /// `igkg:acronym`.
            ACRONYM = "acronym",
            /// `igkg:listLabel`.
            LIST_LABEL = "listLabel",
            /// `igkg:symbol`.
            SYMBOL = "symbol",
            /// `igkg:partOf`.
            PART_OF = "partOf",
            /// `igkg:governmentOf`.
            GOVERNMENT_OF = "governmentOf",
            /// `igkg:sourceFile`.
            SOURCE_FILE = "sourceFile",
            /// `igkg:Body`, the top class of bodies.
            BODY_CLASS = "Body",
            /// `igkg:Coverage`.
            COVERAGE = "Coverage",
            /// `igkg:Document`.
            DOCUMENT = "Document",
            /// `igkg:InstitutionalLink`.
            INSTITUTIONAL_LINK = "InstitutionalLink",
            /// `igkg:Meeting`.
            MEETING = "Meeting",
            /// `igkg:Provision`.
            PROVISION = "Provision",
            /// `igkg:Recommendation`.
            RECOMMENDATION = "Recommendation",
            /// `igkg:addressedTo`.
            ADDRESSED_TO = "addressedTo",
            /// `igkg:affiliatedWith`.
            AFFILIATED_WITH = "affiliatedWith",
            /// `igkg:basis`.
            BASIS = "basis",
            /// `igkg:body`.
            BODY = "body",
            /// `igkg:chairedBy`.
            CHAIRED_BY = "chairedBy",
            /// `igkg:cites`.
            CITES = "cites",
            /// `igkg:concerns`.
            CONCERNS = "concerns",
            /// `igkg:convenedBy`.
            CONVENED_BY = "convenedBy",
            /// `igkg:coversIssue`.
            COVERS_ISSUE = "coversIssue",
            /// `igkg:documentKind`.
            DOCUMENT_KIND = "documentKind",
            /// `igkg:endDate`.
            END_DATE = "endDate",
            /// `igkg:extractedText`.
            EXTRACTED_TEXT = "extractedText",
            /// `igkg:heldIn`.
            HELD_IN = "heldIn",
            /// `igkg:issue`.
            ISSUE = "issue",
            /// `igkg:linkFrom`.
            LINK_FROM = "linkFrom",
            /// `igkg:linkTo`.
            LINK_TO = "linkTo",
            /// `igkg:location`.
            LOCATION = "location",
            /// `igkg:labelKey`, a label as compared (summary graph).
            LABEL_KEY = "labelKey",
            /// `igkg:mentions`.
            MENTIONS = "mentions",
            /// `igkg:modality`.
            MODALITY = "modality",
            /// `igkg:number`.
            NUMBER = "number",
            /// `igkg:page`.
            PAGE = "page",
            /// `igkg:pageCount`.
            PAGE_COUNT = "pageCount",
            /// `igkg:paragraph`.
            PARAGRAPH = "paragraph",
            /// `igkg:participantCount`.
            PARTICIPANT_COUNT = "participantCount",
            /// `igkg:passage`.
            PASSAGE = "passage",
            /// `igkg:PolicyIssue`, the top class of issues.
            POLICY_ISSUE = "PolicyIssue",
            /// `igkg:preferredLabel`, an entity's preferred label (summary graph).
            PREFERRED_LABEL = "preferredLabel",
            /// `igkg:proposedIn`.
            PROPOSED_IN = "proposedIn",
            /// `igkg:relation`.
            RELATION = "relation",
            /// `igkg:role`.
            ROLE = "role",
            /// `igkg:startDate`.
            START_DATE = "startDate",
            /// `igkg:status`.
            STATUS = "status",
            /// `igkg:text`.
            TEXT = "text",
        }
    );

    /// An igkg ontology term.
    pub fn igkg(local: &str) -> String {
        format!("{IGKG}{local}")
    }

    /// The prefixes written in Turtle exports and known to `--param`.
    pub const PREFIXES: &[(&str, &str)] = &[
        ("igkg", IGKG),
        ("skos", SKOS),
        ("oa", OA),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("org", ORG),
        ("foaf", FOAF),
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("xsd", XSD),
        ("owl", OWL),
        ("schema", SCHEMA),
        ("void", "http://rdfs.org/ns/void#"),
        ("dcat", "http://www.w3.org/ns/dcat#"),
    ];
}

/// Mints IRIs under one base.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
}

impl Default for Iris {
    fn default() -> Self {
        Iris {
            base: DEFAULT_BASE.to_string(),
        }
    }
}

impl Iris {
    /// Uses `base`, which must end in `/` or `#`.
    pub fn new(base: &str) -> crate::Result<Self> {
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(crate::Error::BaseIri { base: base.to_string() });
        }
        NamedNode::new(base).map_err(|source| crate::Error::Iri {
            value: base.to_string(),
            source,
        })?;
        Ok(Iris { base: base.to_string() })
    }

    /// The base.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// `base + path`.
    pub fn named(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }

    /// `base + kind/slug(name)`.
    pub fn minted(&self, kind: &str, name: &str) -> NamedNode {
        self.named(&format!("{kind}/{}", slug(name)))
    }

    /// The IRI of a corpus document, from its file name.
    pub fn document(&self, file_name: &str) -> NamedNode {
        let stem = file_name.strip_suffix(".txt").unwrap_or(file_name);
        self.minted("document", stem)
    }

    /// The named graph holding what was extracted from a document.
    pub fn document_graph(&self, file_name: &str) -> GraphName {
        let stem = file_name.strip_suffix(".txt").unwrap_or(file_name);
        GraphName::NamedNode(self.named(&format!("graph/document/{}", slug(stem))))
    }

    /// Rewrites IRIs of the default base onto this base (vocabulary files use the default;
    /// the ontology namespace itself never moves).
    pub fn rebase_quad(&self, quad: Quad) -> Quad {
        if self.base == DEFAULT_BASE {
            return quad;
        }
        let node = |n: NamedNode| self.rebase(n);
        Quad {
            subject: match quad.subject {
                NamedOrBlankNode::NamedNode(n) => NamedOrBlankNode::NamedNode(node(n)),
                other => other,
            },
            predicate: node(quad.predicate),
            object: match quad.object {
                Term::NamedNode(n) => Term::NamedNode(node(n)),
                other => other,
            },
            graph_name: match quad.graph_name {
                GraphName::NamedNode(n) => GraphName::NamedNode(node(n)),
                other => other,
            },
        }
    }

    fn rebase(&self, n: NamedNode) -> NamedNode {
        match n.as_str().strip_prefix(DEFAULT_BASE) {
            Some(rest) if !n.as_str().starts_with(ns::IGKG) => NamedNode::new_unchecked(format!("{}{rest}", self.base)),
            _ => n,
        }
    }
}

/// A lowercase ASCII slug: letters and digits, words joined by `-`.
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() { "x".to_string() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_ascii() {
        assert_eq!(slug("Hamadoun Touré"), "hamadoun-toure");
        assert_eq!(slug("A/RES/70/125"), "a-res-70-125");
        assert_eq!(slug("000_e0cb42aebf302cd0"), "000-e0cb42aebf302cd0");
    }

    #[test]
    fn rebasing_keeps_the_ontology_namespace() {
        let iris = Iris::new("http://example.org/kg/").unwrap();
        let body = NamedNode::new_unchecked("https://w3id.org/igkg/body/cstd");
        let term = NamedNode::new_unchecked("https://w3id.org/igkg/ontology#coversIssue");
        assert_eq!(iris.rebase(body).as_str(), "http://example.org/kg/body/cstd");
        assert_eq!(iris.rebase(term.clone()), term);
    }

    #[test]
    fn base_must_end_with_a_separator() {
        assert!(Iris::new("http://example.org/kg").is_err());
    }
}
