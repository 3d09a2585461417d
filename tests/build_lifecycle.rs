//! Builds over time: incremental rebuilds equal full ones, an unchanged corpus is left alone,
//! a killed build leaves the previous graph answering, and corpus folders are read as users
//! keep them (subfolders, hidden files, other files, link loops).

mod common;

use common::{ask, build_output, igkg, igkg_process, labels, seed_files, sorted_quads};
use std::path::Path;
use std::time::Duration;

fn seed_texts() -> Vec<(String, String)> {
    seed_files()
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

fn write_corpus(dir: &Path, files: &[(String, String)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// Runs `igkg build` and returns its summary line.
fn build(corpus: &Path, store: &Path) -> String {
    let out = build_output(corpus, store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_incremental_rebuild_equals_a_full_build_and_an_unchanged_corpus_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let mut files = seed_texts();
    // Enough documents that one change is a small share of the corpus.
    for copy in 0..3 {
        for (name, text) in seed_texts() {
            files.push((format!("copy{copy}-{name}"), text));
        }
    }
    write_corpus(&corpus, &files);
    let store = dir.path().join("store");
    assert!(build(&corpus, &store).contains("quads extracted"));
    assert!(build(&corpus, &store).contains("up to date"));

    let (name, text) = files[2].clone();
    std::fs::write(corpus.join(&name), &text[..text.len() / 2]).unwrap();
    std::fs::remove_file(corpus.join(&files[0].0)).unwrap();
    std::fs::write(
        corpus.join("new.txt"),
        "The Internet Governance Forum discussed cybersecurity.\n",
    )
    .unwrap();
    let summary = build(&corpus, &store);
    assert!(
        summary.contains("incremental: 2 new or changed documents re-extracted") && summary.contains("1 removed"),
        "{summary}"
    );

    let fresh = dir.path().join("fresh");
    assert!(build(&corpus, &fresh).contains("quads extracted"));
    let (incremental, full) = (sorted_quads(&store), sorted_quads(&fresh));
    assert_eq!(incremental.len(), full.len());
    assert!(incremental == full, "the incremental store differs from a full build");
}

#[test]
fn a_killed_build_leaves_the_previous_graph_answering_and_the_next_build_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small");
    write_corpus(&small, &seed_texts());
    let store = dir.path().join("store");
    build(&small, &store);
    let before = sorted_quads(&store);

    let large = dir.path().join("large");
    let mut files = Vec::new();
    for copy in 0..60 {
        for (name, text) in seed_texts() {
            files.push((format!("c{copy:03}-{name}"), text));
        }
    }
    write_corpus(&large, &files);
    for delay in [300, 1200] {
        let mut child = igkg_process()
            .args(["build", "--corpus"])
            .arg(&large)
            .arg("--store")
            .arg(&store)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(
            sorted_quads(&store) == before,
            "killed after {delay} ms, the graph changed"
        );
    }
    let answer = ask(&store, "bodies-in", "004_34638c53f2539267.txt");
    assert!(labels(&answer).iter().any(|l| l == "Internet Society"), "{answer}");
    assert!(build(&small, &store).contains("up to date"));
    assert!(build(&large, &store).contains("300 documents"));
}

#[test]
fn corpus_folders_are_read_recursively_without_hidden_files_other_files_or_link_loops() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let seeds = seed_texts();
    write_corpus(&corpus.join("2017/wgec"), &seeds[1..3]);
    write_corpus(&corpus, &seeds[3..4]);
    std::fs::write(corpus.join(".draft.txt"), "The ITU met.\n").unwrap();
    std::fs::create_dir_all(corpus.join(".git")).unwrap();
    std::fs::write(corpus.join(".git/notes.txt"), "The ITU met.\n").unwrap();
    std::fs::write(corpus.join("README.md"), "# notes\n").unwrap();
    std::fs::write(corpus.join("figure.png"), [0x89, b'P', b'N', b'G']).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&corpus, corpus.join("2017/back-to-top")).unwrap();
    let store = dir.path().join("store");
    let out = build_output(&corpus, &store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.contains(": 3 documents"), "{summary}");
    let err = String::from_utf8(out.stderr).unwrap();
    #[cfg(unix)]
    assert!(err.contains("back-to-top") && err.contains("loop"), "{err}");
    let nested = format!("2017/wgec/{}", seeds[1].0);
    let answer = igkg()
        .args(["ask", "bodies-in", &nested, "--format", "json", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(answer.status.success(), "{}", String::from_utf8_lossy(&answer.stderr));
}
