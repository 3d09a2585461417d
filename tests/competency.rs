//! The competency questions, scored by the shared tool as every build is scored: on the seeds
//! and on the development set of real documents annotated without sight of the extractor.
//! A drop below the floors committed here fails, so a change that loses answers is seen.

mod common;

use common::known_misses::{self, Misses};
use std::path::PathBuf;
use std::process::Command;

/// Overall F1 floors: the seeds' bar, and the development set a little under today's 0.885.
const SEED_FLOOR: f64 = 0.95;
const DEV_FLOOR: f64 = 0.85;
/// No kind of question may fall below this on the development set.
const DEV_KIND_FLOOR: f64 = 0.65;

/// The shared folder: `$IGKG_SHARED` where the clone does not sit beside it.
fn shared() -> PathBuf {
    std::env::var_os("IGKG_SHARED").map_or_else(|| common::root().join("../shared"), PathBuf::from)
}

fn cq_eval() -> Option<PathBuf> {
    let tool = shared().join("tools/cq-eval");
    tool.exists().then_some(tool)
}

/// Runs cq-eval and returns its output.
fn score(args: &[&str]) -> String {
    let Some(tool) = cq_eval() else {
        panic!("../shared/tools/cq-eval is missing: the shared tools must sit beside the clone (or set IGKG_SHARED)");
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

/// Compares the misses cq-eval reports per question with the committed list.
fn check_known_misses(rows: &std::path::Path) {
    let scored: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(rows).unwrap()).unwrap();
    let mut misses = Misses::new();
    for q in scored["questions"].as_array().unwrap() {
        let missed = q["missed"].as_array().unwrap();
        let entry = misses.entry(format!(
            "{} {}",
            q["kind"].as_str().unwrap(),
            q["term"].as_str().unwrap()
        ));
        let entry = entry.or_default();
        entry.extend(
            missed
                .iter()
                .map(|m| m.as_str().map_or_else(|| m.to_string(), str::to_string)),
        );
    }
    let list = common::root().join("tests/fixtures/dev/known-misses.json");
    known_misses::check(&list, &misses, "competency");
}

#[test]
fn seed_questions_score_above_their_floor() {
    let gold = shared().join("gold/seeds.json");
    let report = score(&["--gold", gold.to_str().unwrap(), "--corpus", "corpus"]);
    assert!(overall(&report) >= SEED_FLOOR, "{report}");
}

#[test]
fn development_set_questions_score_above_their_floors_and_miss_only_the_known_misses() {
    let rows = tempfile::NamedTempFile::new().unwrap();
    let report = score(&[
        "--gold",
        "tests/fixtures/dev/gold.json",
        "--entities",
        "tests/fixtures/dev/entities.json",
        "--corpus",
        "tests/fixtures/dev/docs",
        "--json",
        rows.path().to_str().unwrap(),
    ]);
    check_known_misses(rows.path());
    assert!(overall(&report) >= DEV_FLOOR, "{report}");
    let kinds = per_kind(&report);
    assert_eq!(kinds.len(), 8, "{report}");
    for (kind, f1) in kinds {
        assert!(f1 >= DEV_KIND_FLOOR, "{kind} scores {f1}:\n{report}");
    }
}
