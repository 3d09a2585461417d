//! A committed list of the facts the gold expects that the build does not give, per question:
//! any miss not on the list fails the test, and so does a listed miss that is now found, so the
//! list only ever shrinks as the extractor improves.

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// Misses per question ("kind term" → what was expected and not found).
pub type Misses = BTreeMap<String, Vec<String>>;

/// The environment variable that rewrites a list from the misses of the current build.
pub const BLESS: &str = "IGKG_BLESS";

/// Compares `found` with the list in `file`; with `IGKG_BLESS=1` writes `found` there instead.
pub fn check(file: &Path, found: &Misses, test: &str) {
    if std::env::var(BLESS).is_ok_and(|v| v == "1") {
        let map: Map<String, Value> = found
            .iter()
            .filter(|(_, m)| !m.is_empty())
            .map(|(q, m)| (q.clone(), Value::from(m.clone())))
            .collect();
        let text = serde_json::to_string_pretty(&Value::Object(map)).unwrap();
        std::fs::write(file, text + "\n").unwrap();
        return;
    }
    let known: Misses =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display())))
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut new = Vec::new();
    let mut fixed = Vec::new();
    for (question, misses) in found {
        let listed = known.get(question).cloned().unwrap_or_default();
        new.extend(
            misses
                .iter()
                .filter(|m| !listed.contains(m))
                .map(|m| format!("{question}: {m}")),
        );
    }
    for (question, listed) in &known {
        let missed = found.get(question).cloned().unwrap_or_default();
        fixed.extend(
            listed
                .iter()
                .filter(|m| !missed.contains(m))
                .map(|m| format!("{question}: {m}")),
        );
    }
    let shown = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(file);
    let regenerate = format!(
        "after checking the change, regenerate the list with `{BLESS}=1 cargo test --test {test}` and commit {}",
        shown.display()
    );
    assert!(
        new.is_empty(),
        "{} new misses, not in {}:\n{}\n(if they are expected, {regenerate})",
        new.len(),
        file.display(),
        new.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "{} known misses are now found — good; {regenerate}:\n{}",
        fixed.len(),
        fixed.join("\n")
    );
}
