//! Every phrasing of `tests/fixtures/ask_phrasings.json` (questions written by readers of the
//! `ask` contract, not of the parser) must map to the kind and the term a careful reader assigns.
//! The term is compared as `ask` resolves it: case and a leading "the" do not matter.

mod common;
use common::{igkg, labels, seed_store};
use igkg::ask::interpret;
use serde_json::Value;

/// Phrasings left out because a careful reader could take them either way, with the reason.
const AMBIGUOUS: &[(&str, &str)] = &[];

/// A term as `ask` compares it: lower case, without a leading "the".
fn comparable(term: &str) -> String {
    let lower = term.trim().to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

#[test]
fn every_phrasing_maps_to_its_kind_and_term() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ask_phrasings.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(cases.len() >= 50, "the fixture holds at least 50 phrasings");
    let mut wrong = Vec::new();
    for case in &cases {
        let question = case["question"].as_str().unwrap();
        if AMBIGUOUS.iter().any(|(q, _)| *q == question) {
            continue;
        }
        let (kind, term) = (case["kind"].as_str().unwrap(), case["term"].as_str().unwrap());
        match interpret(question) {
            Ok((k, t)) if k.name == kind && comparable(&t) == comparable(term) => {}
            Ok((k, t)) => wrong.push(format!("{question:?}: {} {t:?}, expected {kind} {term:?}", k.name)),
            Err(e) => wrong.push(format!("{question:?}: {e}")),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} phrasings wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_question_it_cannot_map_names_example_phrasings() {
    let message = interpret("how is the weather").unwrap_err().to_string();
    assert!(message.contains("who works on cybersecurity?"), "{message}");
    assert!(message.contains("bodies-for-issue"), "{message}");
}

/// `igkg ask "QUESTION" --format json` on the seed store.
fn ask_question(question: &str) -> Value {
    let out = igkg()
        .args(["ask", question, "--format", "json", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{question}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_question_naming_a_body_by_acronym_is_answered_and_says_its_kind() {
    let reply = ask_question("Who chairs the WGEC?");
    assert_eq!(reply["kind"], "people-of");
    assert_eq!(reply["question"], "Who chairs the WGEC?");
    assert_eq!(reply["resolved"]["label"], "Working Group on Enhanced Cooperation");
    let people = labels(&reply);
    assert!(people.iter().any(|p| p.contains("Benedicto Fonseca")), "{people:?}");
}

#[test]
fn who_covers_an_issue_lists_bodies() {
    let reply = ask_question("who covers cybersecurity?");
    assert_eq!(reply["kind"], "bodies-for-issue");
    let bodies = labels(&reply);
    assert!(
        bodies.iter().any(|b| b == "International Telecommunication Union"),
        "{bodies:?}"
    );
}

#[test]
fn a_document_named_by_its_title_steers_to_the_per_document_kinds() {
    let reply = ask_question(
        "What issues does the Draft report of the Working Group on Enhanced Cooperation, \
         Chairman's initial proposal cover?",
    );
    assert_eq!(reply["kind"], "issues-in");
    assert_eq!(
        reply["resolved"]["iri"],
        "https://w3id.org/igkg/document/002-2b4f2c3216279599"
    );
}

#[test]
fn an_unmapped_question_fails_with_examples() {
    let out = igkg()
        .args(["ask", "how is the weather", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("when did the WGEC meet?"), "{message}");
}
