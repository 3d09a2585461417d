//! Documents of the field that are not among the seeds (tests/fixtures/public, sources in
//! SOURCES.md): the extractor must find their main facts without any rule written for them.

mod common;
use common::known_misses::{self, Misses};
use common::{ask, build, root};
use igkg::resolve::normalize;
use serde_json::Value;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/public")
}

fn expected() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixtures().join("expected.json")).unwrap()).unwrap()
}

/// Whether one of `found` names `wanted`, by label, acronym or symbol.
fn named(found: &Value, wanted: &str) -> bool {
    let wanted = normalize(wanted);
    found["answers"].as_array().unwrap().iter().any(|a| {
        a["labels"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| normalize(l.as_str().unwrap()) == wanted)
    })
}

#[test]
fn main_entities_of_public_documents_are_found_but_for_the_known_misses() {
    let store = build(&fixtures());
    let mut missed = Misses::new();
    for (file, facts) in expected().as_object().unwrap() {
        for (key, kind) in [
            ("bodies", "bodies-in"),
            ("issues", "issues-in"),
            ("instruments", "documents-cited-in"),
        ] {
            let found = ask(&store, kind, file);
            let misses = missed.entry(format!("{kind} {file}")).or_default();
            for wanted in facts[key].as_array().unwrap() {
                if !named(&found, wanted.as_str().unwrap()) {
                    misses.push(wanted.as_str().unwrap().to_string());
                }
            }
        }
    }
    // A few instruments of the human-rights corpus are outside the vocabulary's scope.
    known_misses::check(&fixtures().join("known-misses.json"), &missed, "public_documents");
}

#[test]
fn meetings_of_public_documents_carry_their_dates() {
    let store = build(&fixtures());
    let wgig = ask(&store, "meetings-of", "Working Group on Internet Governance");
    let dates: Vec<&str> = wgig["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["date"].as_str().unwrap())
        .collect();
    for date in ["2004-11-23", "2005-02-14", "2005-04-18", "2005-06-14"] {
        assert!(dates.contains(&date), "{date} in {dates:?}");
    }
    let igf = ask(&store, "meetings-of", "IGF");
    assert!(igf["answers"].to_string().contains("2010-09-14"), "{igf}");
}

#[test]
fn requests_of_public_documents_reach_their_addressees_but_for_the_known_misses() {
    let store = build(&fixtures());
    let mut missed = Misses::new();
    for (file, facts) in expected().as_object().unwrap() {
        for (body, wanted) in facts["recommendations_for"].as_object().unwrap() {
            let found = ask(&store, "recommendations-for", body);
            let texts: Vec<String> = found["answers"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["evidence"].to_string().contains(file.as_str()))
                .map(|a| normalize(a["text"].as_str().unwrap_or_default()))
                .collect();
            let misses = missed
                .entry(format!("recommendations-for {body} in {file}"))
                .or_default();
            for phrase in wanted.as_array().unwrap() {
                let phrase = phrase.as_str().unwrap();
                if !texts.iter().any(|t| t.contains(&normalize(phrase))) {
                    misses.push(phrase.to_string());
                }
            }
        }
    }
    // The tasks of a mandate list ("The mandate of the Forum is to: a. … b. …") are not yet
    // read as recommendations to the body the list is about.
    known_misses::check(
        &fixtures().join("known-requests-misses.json"),
        &missed,
        "public_documents",
    );
}
