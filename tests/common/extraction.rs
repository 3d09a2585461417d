//! Extraction of a short passage with the repository's vocabulary, for the rule tests.

use igkg::corpus::{Document, Metadata};
use igkg::extract::{Extractor, Facts, Matchers, Modality};
use igkg::iri::Iris;
use igkg::vocab::Vocabulary;
use std::path::Path;
use std::sync::OnceLock;

/// The vocabulary and its matchers, loaded once per test binary.
pub fn vocab() -> &'static (Vocabulary, Matchers) {
    static VOCAB: OnceLock<(Vocabulary, Matchers)> = OnceLock::new();
    VOCAB.get_or_init(|| {
        let vocab = Vocabulary::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology"),
            &Iris::default(),
        )
        .unwrap();
        let matchers = Matchers::new(&vocab);
        (vocab, matchers)
    })
}

/// The facts extracted from `text` as a document of its own.
pub fn extract(text: &str) -> Facts {
    let (vocab, matchers) = vocab();
    let iris = Iris::default();
    let doc = Document {
        file_name: "t.txt".into(),
        path: "t.txt".into(),
        text: text.into(),
        metadata: Metadata::default(),
        layout: Default::default(),
    };
    Extractor {
        vocab,
        matchers,
        iris: &iris,
    }
    .extract(&doc)
}

/// Stated coverage as (body, issue, basis) labels.
pub fn stated_coverage(facts: &Facts) -> Vec<(String, String, &'static str)> {
    facts
        .coverage
        .iter()
        .filter(|c| c.modality == Modality::Stated)
        .map(|c| {
            (
                facts.entities[c.body].label.clone(),
                facts.entities[c.issue].label.clone(),
                c.basis,
            )
        })
        .collect()
}
