//! Interoperability with independent RDF tools: rdflib and rapper read igkg's Turtle and TriG
//! as the same graphs as its N-Triples and N-Quads, and pySHACL finds the seed graph conforms
//! to the shapes. `scripts/install-test-deps` installs the tools.

mod common;
use common::{igkg, root, seed_store};
use std::path::Path;
use std::process::Command;

fn export_to(format: &str, path: &Path) {
    let out = igkg()
        .args(["export", "--format", format, "-o"])
        .arg(path)
        .arg("--store")
        .arg(seed_store())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn compare(args: &[&Path], mode: &str) {
    let script = root().join("tests/peers/compare.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(mode)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{mode}: {}{}\n(peers missing? run scripts/install-test-deps)",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn rdflib_and_rapper_read_turtle_as_the_exported_graph() {
    let dir = tempfile::tempdir().unwrap();
    let (ttl, nt) = (dir.path().join("g.ttl"), dir.path().join("g.nt"));
    export_to("turtle", &ttl);
    export_to("ntriples", &nt);
    compare(&[&ttl, &nt], "graphs");
}

#[test]
fn rdflib_and_rapper_read_trig_as_the_exported_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let (trig, nq) = (dir.path().join("g.trig"), dir.path().join("g.nq"));
    export_to("trig", &trig);
    export_to("nquads", &nq);
    compare(&[&trig, &nq], "datasets");
}

#[test]
fn the_seed_graph_conforms_to_the_shapes() {
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("g.ttl");
    export_to("turtle", &ttl);
    compare(&[&ttl, &root().join("shapes/igkg-shapes.ttl")], "shacl");
}
