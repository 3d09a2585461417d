//! Exports parsed back by an independent parser, every bundled query run, and bad input met
//! with a one-line error that leaves the store as it was.

mod common;
use common::{build, build_output, igkg, root, seed_store};
use rio_api::parser::{QuadsParser, TriplesParser};
use rio_turtle::{NQuadsParser, TriGParser, TurtleError, TurtleParser};
use std::path::Path;

fn export(store: &Path, args: &[&str]) -> Vec<u8> {
    let out = igkg()
        .arg("export")
        .args(args)
        .arg("--store")
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn count(store: &Path, query: &str) -> usize {
    let out = igkg()
        .args(["query", query, "--format", "tsv", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .split('^')
        .next()
        .unwrap()
        .trim_matches('"')
        .parse()
        .unwrap()
}

#[test]
fn turtle_export_parses_back_with_every_distinct_triple() {
    let store = seed_store();
    let turtle = export(store, &[]);
    let mut triples = std::collections::HashSet::new();
    TurtleParser::new(turtle.as_slice(), None)
        .parse_all(&mut |t| -> Result<(), TurtleError> {
            triples.insert(t.to_string());
            Ok(())
        })
        .unwrap();
    let distinct = count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    );
    assert_eq!(triples.len(), distinct);
    assert!(!String::from_utf8(turtle).unwrap().contains("_:"), "no blank nodes");
}

#[test]
fn the_dataset_description_counts_the_graph() {
    let store = seed_store();
    let described = count(
        store,
        "SELECT ?n WHERE { <https://w3id.org/igkg/dataset> void:triples ?n }",
    );
    let actual = count(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/igkg/graph/void>) } }",
    );
    assert_eq!(described, actual);
    let documents = count(
        store,
        "SELECT ?n WHERE { <https://w3id.org/igkg/dataset> void:documents ?n }",
    );
    assert_eq!(documents, 5);
}

#[test]
fn trig_and_nquads_keep_one_graph_per_document() {
    let store = seed_store();
    let quads_in_store = count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    for (format, trig) in [("trig", true), ("nquads", false)] {
        let bytes = export(store, &["--format", format]);
        let mut graphs = std::collections::HashSet::new();
        let mut n = 0;
        let mut on_quad = |q: rio_api::model::Quad| -> Result<(), TurtleError> {
            n += 1;
            graphs.insert(q.graph_name.map(|g| g.to_string()));
            Ok(())
        };
        if trig {
            TriGParser::new(bytes.as_slice(), None).parse_all(&mut on_quad).unwrap();
        } else {
            NQuadsParser::new(bytes.as_slice()).parse_all(&mut on_quad).unwrap();
        }
        assert_eq!(n, quads_in_store, "{format}");
        let documents = graphs
            .iter()
            .flatten()
            .filter(|g| g.contains("/graph/document/"))
            .count();
        assert_eq!(documents, 5, "{format}: {graphs:?}");
    }
}

#[test]
fn one_documents_graph_exports_alone() {
    let turtle = String::from_utf8(export(seed_store(), &["--document", "003_d767c3df2d4e1591.txt"])).unwrap();
    assert!(turtle.contains("Digital Cooperation and Empowerment"));
    assert!(!turtle.contains("Fonseca"), "only 003's graph");
}

#[test]
fn every_bundled_query_runs() {
    let listing = igkg().args(["query", "--list"]).output().unwrap();
    let listing = String::from_utf8(listing.stdout).unwrap();
    let names: Vec<&str> = listing.lines().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert!(names.len() >= 10, "{names:?}");
    for name in names {
        let params: &[&str] = match name {
            "bodies-in-document" | "issues-in-document" | "documents-cited-in-document" => {
                &["--param", "document=004_34638c53f2539267.txt"]
            }
            "bodies-covering-issue" => &["--param", "issue=privacy"],
            "evidence-for-entity" => &["--param", "entity=<https://w3id.org/igkg/body/cstd>"],
            "people-of-body" => &["--param", "body=ICANN"],
            n if n.ends_with("-body") => &["--param", "body=CSTD"],
            _ => &[],
        };
        let out = igkg()
            .args(["query", name])
            .args(params)
            .args(["--format", "json", "--store"])
            .arg(seed_store())
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            !json["results"]["bindings"].as_array().unwrap().is_empty(),
            "{name} returned nothing"
        );
    }
}

#[test]
fn builds_are_deterministic() {
    let again = build(&root().join("corpus"));
    assert_eq!(
        export(seed_store(), &["--format", "nquads"]),
        export(&again, &["--format", "nquads"])
    );
}

/// Runs `args`, expects failure with one line naming `needle`, and the store unchanged.
fn fails_cleanly(store: &Path, args: &[&str], needle: &str) {
    let before = export(store, &["--format", "nquads"]);
    let out = igkg().args(args).arg("--store").arg(store).output().unwrap();
    assert!(!out.status.success(), "{args:?} succeeded");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{args:?}: '{err}' lacks '{needle}'");
    assert_eq!(
        before,
        export(store, &["--format", "nquads"]),
        "{args:?} changed the store"
    );
}

#[test]
fn bad_input_gives_one_clear_line_and_keeps_the_store() {
    let store = build(&root().join("corpus"));
    let dir = tempfile::tempdir().unwrap();
    let bad = |name: &str, bytes: &[u8]| {
        let corpus = dir.path().join(name);
        std::fs::create_dir_all(&corpus).unwrap();
        std::fs::write(corpus.join("a.txt"), "The Internet Governance Forum met.\n").unwrap();
        std::fs::write(corpus.join("b.txt"), bytes).unwrap();
        corpus.to_str().unwrap().to_string()
    };
    let latin1 = bad("latin1", b"line one\nFundac\xe3o Getulio Vargas\n");
    let empty = bad("empty", b"  \n");
    fails_cleanly(
        &store,
        &["build", "--corpus", "/nonexistent/corpus"],
        "corpus folder not found",
    );
    fails_cleanly(
        &store,
        &["build", "--strict", "--corpus", &latin1],
        "b.txt: not valid UTF-8 at line 2",
    );
    fails_cleanly(
        &store,
        &["build", "--strict", "--corpus", &empty],
        "b.txt: empty document",
    );
    fails_cleanly(
        &store,
        &["build", "--corpus", &bad_only(dir.path())],
        "none of the 1 documents could be read",
    );
    let rq = dir.path().join("broken.rq");
    std::fs::write(&rq, "SELECT ?x WHERE { ?x ").unwrap();
    fails_cleanly(&store, &["query", rq.to_str().unwrap()], "broken");
    fails_cleanly(
        &store,
        &["query", "no-such-query"],
        "no bundled query named 'no-such-query'",
    );
    fails_cleanly(
        &store,
        &["query", "people-of-body", "--param", "body"],
        "expected NAME=VALUE",
    );
    fails_cleanly(
        &store,
        &["query", "people-of-body", "--param", "nobody=ICANN"],
        "has no variable ?nobody",
    );
    fails_cleanly(&store, &["query", "people-of-body"], "needs --param body");
    fails_cleanly(&store, &["ask", "bodies-for", "privacy"], "unknown kind 'bodies-for'");
}

/// A corpus whose only document is not text.
fn bad_only(dir: &Path) -> String {
    let corpus = dir.join("bad-only");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("c.txt"), b"\xff\xfe\x00").unwrap();
    corpus.to_str().unwrap().to_string()
}

#[test]
fn an_unreadable_document_is_left_out_named_and_the_rest_built() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("a.txt"), "The Internet Governance Forum met.\n").unwrap();
    std::fs::write(corpus.join("b.txt"), b"line one\nFundac\xe3o Getulio Vargas\n").unwrap();
    let store = dir.path().join("store");
    let out = build_output(&corpus, &store);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("left out") && err.contains("b.txt: not valid UTF-8 at line 2"),
        "{err}"
    );
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(
        summary.contains(": 1 documents (1 left out, listed above)"),
        "{summary}"
    );
}

#[test]
fn a_missing_store_is_named() {
    let out = igkg()
        .args(["stats", "--store", "/nonexistent/store"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("/nonexistent/store: no igkg store here")
    );
}
