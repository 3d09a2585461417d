//! Every phrasing of `tests/fixtures/ask_phrasings.json` (questions written by readers of the
//! `ask` contract, not of the parser) must map to the kind and the term a careful reader assigns.
//! The term is compared as `ask` resolves it: case and a leading "the" do not matter.

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
