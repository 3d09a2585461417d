//! Shared helpers: run the `igkg` binary on a store built from a corpus.

#![allow(dead_code)]

pub mod extraction;
pub mod known_misses;

use assert_cmd::Command;
use serde_json::Value;
use std::io::{BufRead, BufReader};
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

/// A folder made for one test, removed with what it holds when the test drops it: test runs
/// leave nothing behind in the system's temporary folder.
pub struct TestDir {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl TestDir {
    /// A fresh empty folder, or `name` inside one.
    pub fn new(name: Option<&str>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = name.map_or_else(|| dir.path().to_path_buf(), |n| dir.path().join(n));
        TestDir { _dir: dir, path }
    }
}

impl std::ops::Deref for TestDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for TestDir {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<std::ffi::OsStr> for TestDir {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.path.as_os_str()
    }
}

/// Builds `corpus` into a fresh store and returns the store's folder, removed when dropped.
pub fn build(corpus: &Path) -> TestDir {
    let store = TestDir::new(Some("store"));
    igkg()
        .args(["build", "--corpus"])
        .arg(corpus)
        .arg("--store")
        .arg(&*store)
        .assert()
        .success();
    store
}

/// The seed documents of `corpus/`, sorted by name.
pub fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Runs `igkg build` on `corpus` into `store` and returns what it printed, whatever its outcome.
pub fn build_output(corpus: &Path, store: &Path) -> std::process::Output {
    igkg()
        .args(["build", "--corpus"])
        .arg(corpus)
        .arg("--store")
        .arg(store)
        .output()
        .unwrap()
}

/// The seed corpus, built once for all tests of a binary. A static is never dropped, so the
/// store lives under cargo's temporary folder for tests, one per test binary, and each run builds
/// it afresh over the last one's instead of leaving a new folder behind.
pub fn seed_store() -> &'static Path {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| {
        let exe = std::env::current_exe().unwrap();
        let name = exe.file_stem().unwrap().to_string_lossy().into_owned();
        let store = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("seed-store-{name}"));
        if store.exists() {
            std::fs::remove_dir_all(&store).unwrap();
        }
        igkg()
            .args(["build", "--corpus"])
            .arg(root().join("corpus"))
            .arg("--store")
            .arg(&store)
            .assert()
            .success();
        store
    })
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

/// A running server, stopped when dropped.
pub struct Server {
    child: std::process::Child,
    /// Its base URL, without a trailing slash.
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `igkg serve` on a free port of the loopback with a 2 s time limit and 50 result rows.
pub fn start(store: &Path, extra: &[&str]) -> Server {
    let mut child = igkg_process()
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--timeout",
            "2",
            "--max-results",
            "50",
            "--store",
        ])
        .arg(store)
        .args(extra)
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split(" on ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("{line}"));
    Server {
        child,
        url: url.trim_end_matches('/').to_string(),
    }
}

/// The store's N-Quads export.
pub fn exported_nquads(store: &Path) -> Vec<u8> {
    let out = igkg()
        .args(["export", "--format", "nquads", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// The store's quads as sorted N-Quads lines.
pub fn sorted_quads(store: &Path) -> Vec<String> {
    let mut lines: Vec<String> = String::from_utf8(exported_nquads(store))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    lines.sort();
    lines
}
