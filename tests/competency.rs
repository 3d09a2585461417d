//! The competency questions, scored by the shared tool as every build is scored: on the seeds
//! and on the development set of real documents annotated without sight of the extractor.
//! A drop below the floors committed here fails, so a change that loses answers is seen.

mod common;

use std::path::PathBuf;
use std::process::Command;

/// Overall F1 floors: the seeds' bar, and the development set a little under today's 0.885.
const SEED_FLOOR: f64 = 0.95;
const DEV_FLOOR: f64 = 0.85;
/// No kind of question may fall below this on the development set.
const DEV_KIND_FLOOR: f64 = 0.65;

fn cq_eval() -> Option<PathBuf> {
    let tool = common::root().join("../shared/tools/cq-eval");
    tool.exists().then_some(tool)
}

/// Runs cq-eval and returns its output.
fn score(args: &[&str]) -> String {
    let Some(tool) = cq_eval() else {
        panic!("../shared/tools/cq-eval is missing: the shared tools must sit beside the clone");
    };
    let bin = assert_cmd::cargo::cargo_bin("igkg");
    let out = Command::new("python3")
        .arg(tool)
        .args(args)
        .arg("--cmd")
        .arg(&bin)
        .current_dir(common::root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The overall F1 of the last line, `F1 0.805 (P … R …)`.
fn overall(report: &str) -> f64 {
    let last = report.lines().last().unwrap_or_default();
    last.split_whitespace()
        .nth(1)
        .and_then(|f| f.parse().ok())
        .unwrap_or(0.0)
}

/// Per-kind F1 from the summary lines (`kind  P 0.870 R 0.678 F1 0.762  (tp …)`).
fn per_kind(report: &str) -> Vec<(String, f64)> {
    report
        .lines()
        .filter(|l| l.contains(" F1 ") && l.contains("(tp "))
        .filter_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let f1 = words.iter().position(|w| *w == "F1")?;
            Some((words[0].to_string(), words.get(f1 + 1)?.parse().ok()?))
        })
        .collect()
}

#[test]
fn seed_questions_score_above_their_floor() {
    let report = score(&["--gold", "../shared/gold/seeds.json", "--corpus", "corpus"]);
    assert!(overall(&report) >= SEED_FLOOR, "{report}");
}

#[test]
fn development_set_questions_score_above_their_floors() {
    let report = score(&[
        "--gold",
        "tests/fixtures/dev/gold.json",
        "--entities",
        "tests/fixtures/dev/entities.json",
        "--corpus",
        "tests/fixtures/dev/docs",
    ]);
    assert!(overall(&report) >= DEV_FLOOR, "{report}");
    let kinds = per_kind(&report);
    assert_eq!(kinds.len(), 8, "{report}");
    for (kind, f1) in kinds {
        assert!(f1 >= DEV_KIND_FLOOR, "{kind} scores {f1}:\n{report}");
    }
}
