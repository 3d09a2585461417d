//! Extraction cases as data: each file of `tests/fixtures/cases/` is a short passage of a real
//! document (its source named in the file) with the facts expected from it, run by this one
//! runner. A new case is a new file; no Rust is written for it.
//!
//! Fields: `text`; `bodies` and `issues`, labels of entities named explicitly (each must be
//! found); `coverage` and `not_coverage`, `[body, issue]` pairs stated or not stated.

mod common;

use common::extraction::{extract, stated_coverage};
use common::root;
use igkg::extract::Facts;
use igkg::vocab::Kind;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    source: String,
    text: String,
    #[serde(default)]
    bodies: Vec<String>,
    #[serde(default)]
    issues: Vec<String>,
    #[serde(default)]
    coverage: Vec<(String, String)>,
    #[serde(default)]
    not_coverage: Vec<(String, String)>,
}

fn named(facts: &Facts, kind: Kind) -> Vec<String> {
    facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == kind)
        .map(|m| facts.entities[m.entity].label.clone())
        .collect()
}

fn stated(facts: &Facts) -> Vec<(String, String)> {
    stated_coverage(facts)
        .into_iter()
        .map(|(body, issue, _)| (body, issue))
        .collect()
}

/// What `case` expects that the extraction of its text does not give.
fn failures(case: &Case) -> Vec<String> {
    let facts = extract(&case.text);
    let mut failed = Vec::new();
    let (bodies, issues, coverage) = (named(&facts, Kind::Body), named(&facts, Kind::Issue), stated(&facts));
    failed.extend(
        case.bodies
            .iter()
            .filter(|b| !bodies.contains(b))
            .map(|b| format!("body {b} not found in {bodies:?}")),
    );
    failed.extend(
        case.issues
            .iter()
            .filter(|i| !issues.contains(i))
            .map(|i| format!("issue {i} not found in {issues:?}")),
    );
    failed.extend(
        case.coverage
            .iter()
            .filter(|c| !coverage.contains(c))
            .map(|c| format!("coverage {c:?} not found in {coverage:?}")),
    );
    failed.extend(
        case.not_coverage
            .iter()
            .filter(|c| coverage.contains(c))
            .map(|c| format!("coverage {c:?} found, not expected")),
    );
    failed
}

#[test]
fn every_case_gives_its_expected_facts() {
    let dir = root().join("tests/fixtures/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no cases in {}", dir.display());
    let mut report = Vec::new();
    for file in &files {
        let case: Case = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for failure in failures(&case) {
            report.push(format!("{} ({}): {failure}", file.display(), case.source));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}
