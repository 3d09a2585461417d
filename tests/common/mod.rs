//! Shared helpers: run the `igkg` binary on a store built from a corpus.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An `igkg` command with the repository's ontology and queries.
pub fn igkg() -> Command {
    let mut cmd = Command::cargo_bin("igkg").unwrap();
    cmd.env_remove("IGKG_STORE").current_dir(root());
    cmd
}

/// The `igkg` binary as a plain process, for servers the test talks to while they run.
pub fn igkg_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("igkg"));
    cmd.env_remove("IGKG_STORE").current_dir(root());
    cmd
}

/// Builds `corpus` into a fresh store and returns the store's folder (kept for the test run).
pub fn build(corpus: &Path) -> PathBuf {
    let dir = tempfile::tempdir().unwrap().keep();
    let store = dir.join("store");
    igkg()
        .args(["build", "--corpus"])
        .arg(corpus)
        .arg("--store")
        .arg(&store)
        .assert()
        .success();
    store
}

/// The seed corpus, built once for all tests of a binary.
pub fn seed_store() -> &'static Path {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| build(&root().join("corpus")))
}

/// `igkg ask KIND TERM --format json` on `store`.
pub fn ask(store: &Path, kind: &str, term: &str) -> Value {
    let out = igkg()
        .args(["ask", kind, term, "--format", "json", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ask {kind} {term}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The labels of the answers.
pub fn labels(reply: &Value) -> Vec<String> {
    reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["label"].as_str().unwrap().to_string())
        .collect()
}
