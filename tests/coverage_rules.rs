//! Coverage and recommendation rules on short passages of real documents of the field,
//! positives and negatives.

use igkg::corpus::{Document, Metadata};
use igkg::extract::{Extractor, Facts, Matchers, Modality};
use igkg::iri::Iris;
use igkg::vocab::Vocabulary;
use std::path::Path;
use std::sync::OnceLock;

fn vocab() -> &'static (Vocabulary, Matchers) {
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

fn extract(text: &str) -> Facts {
    let (vocab, matchers) = vocab();
    let iris = Iris::default();
    let doc = Document {
        file_name: "t.txt".into(),
        path: "t.txt".into(),
        text: text.into(),
        metadata: Metadata::default(),
    };
    Extractor {
        vocab,
        matchers,
        iris: &iris,
    }
    .extract(&doc)
}

/// Stated coverage as (body, issue, basis) labels.
fn covered(facts: &Facts) -> Vec<(String, String, &'static str)> {
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

fn has(facts: &Facts, body: &str, issue: &str) -> bool {
    covered(facts).iter().any(|(b, i, _)| b == body && i == issue)
}

#[test]
fn the_we_the_author_of_a_declaration_covers_its_issues() {
    let facts = extract(
        "1. We, the G20 Ministers responsible for the Digital Economy, convened in Maceió, Brazil, on 13 September 2024.\n\n2. We reaffirm the importance of creating an enabling digital economy that enables the full enjoyment of human rights.\n",
    );
    assert!(has(&facts, "Group of Twenty", "human rights"), "{:?}", covered(&facts));
    let cited = extract(
        "The report notes the G20 Ministers met in 2024.\n\nParticipants reaffirmed the importance of human rights.\n",
    );
    assert!(!has(&cited, "Group of Twenty", "human rights"), "{:?}", covered(&cited));
}

#[test]
fn the_adopting_body_of_a_resolution_covers_its_issues() {
    let facts = extract(
        "Resolution adopted by the Economic and Social Council on 7 June 2023\n\nThe Economic and Social Council,\n\nRecalling the outcome documents on enhanced cooperation,\n",
    );
    assert!(
        has(
            &facts,
            "United Nations Economic and Social Council",
            "enhanced cooperation"
        ),
        "{:?}",
        covered(&facts)
    );
    let transmitted = extract(
        "Taking note of the report transmitted to the Economic and Social Council, which was prepared by others,\n\nRecalling the outcome documents on enhanced cooperation,\n",
    );
    assert!(
        !has(
            &transmitted,
            "United Nations Economic and Social Council",
            "enhanced cooperation"
        ),
        "{:?}",
        covered(&transmitted)
    );
}

#[test]
fn a_statement_whose_opening_has_the_body_speak_is_the_body_s() {
    let facts = extract(
        "APC reaffirms the importance of multi stakeholder participation in the internet global public policy and principles debate. It is time to bring human rights back to the fore.\n",
    );
    assert!(
        has(&facts, "Association for Progressive Communications", "human rights"),
        "{:?}",
        covered(&facts)
    );
    let described = extract("APC is a network of organisations. It is time to bring human rights back to the fore.\n");
    assert!(
        !has(&described, "Association for Progressive Communications", "human rights"),
        "{:?}",
        covered(&described)
    );
}

#[test]
fn the_session_a_statement_is_presented_at_is_the_venue() {
    let facts = extract(
        "Joint Statement Presented at the 58th Session of the UN Human Rights Council\n\nMarch 2025\n\nGenerally, Internet shutdowns restrict human rights.\n",
    );
    assert!(
        covered(&facts)
            .iter()
            .any(|(b, i, basis)| b.contains("Human Rights Council") && i.contains("shutdown") && *basis == "venue"),
        "{:?}",
        covered(&facts)
    );
    let sent = extract(
        "The contribution to the 4th meeting of the Human Rights Council\n\nGenerally, Internet shutdowns restrict human rights.\n",
    );
    assert!(
        !covered(&sent)
            .iter()
            .any(|(b, i, _)| b.contains("Human Rights Council") && i.contains("shutdown")),
        "{:?}",
        covered(&sent)
    );
}

#[test]
fn a_title_naming_a_forum_and_a_meeting_genre_makes_it_the_venue() {
    let facts = extract(
        "IGF 2019 Messages\n\nNovember 2019\n\nDiscussions on data governance were distilled into the following messages.\n",
    );
    assert!(
        has(&facts, "Internet Governance Forum", "data governance"),
        "{:?}",
        covered(&facts)
    );
    let cited = extract(
        "A summary of our views\n\nNovember 2019\n\nThe IGF and others held discussions. Data governance remains open.\n",
    );
    assert!(
        !has(&cited, "Internet Governance Forum", "data governance"),
        "{:?}",
        covered(&cited)
    );
}
