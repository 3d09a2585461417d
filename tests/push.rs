//! `igkg push` against a real Virtuoso (Debian's virtuoso-opensource, installed by
//! scripts/install-test-deps), started on the loopback for each test: the graphs land whole,
//! a re-push replaces them and removes what the store no longer holds, other graphs in the
//! same store are left alone, and refusals reach the user as one clear line.

mod common;
use common::{build, exported_nquads, igkg, seed_files, seed_store};
use rio_api::model::Quad;
use rio_api::parser::{QuadsParser, TriplesParser};
use rio_turtle::{NQuadsParser, NTriplesParser, TurtleError};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const GRAPHS: &str = "https://w3id.org/igkg/graph/";
const PASSWORD: &str = "dba";

/// A Virtuoso server in a fresh database folder, stopped when dropped.
struct Virtuoso {
    child: Child,
    dir: tempfile::TempDir,
    sql_port: u16,
    http: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Virtuoso {
    fn start() -> Self {
        let binary = which("virtuoso-t").expect("virtuoso-t not found: run scripts/install-test-deps");
        let dir = tempfile::tempdir().unwrap();
        let (sql_port, http_port) = (free_port(), free_port());
        let ini = format!(
            "[Database]\nDatabaseFile = virtuoso.db\nErrorLogFile = virtuoso.log\nLockFile = virtuoso.lck\n\
             TransactionFile = virtuoso.trx\nxa_persistent_file = virtuoso.pxa\nTempStorage = TempDatabase\n\
             [TempDatabase]\nDatabaseFile = virtuoso-temp.db\nTransactionFile = virtuoso-temp.trx\n\
             [Parameters]\nServerPort = 127.0.0.1:{sql_port}\nDisableUnixSocket = 1\nNumberOfBuffers = 20000\n\
             MaxDirtyBuffers = 12000\nDirsAllowed = .\nCaseMode = 2\n\
             [HTTPServer]\nServerPort = 127.0.0.1:{http_port}\nServerRoot = .\nServerThreads = 4\nCharset = UTF-8\n\
             [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 120\n"
        );
        std::fs::write(dir.path().join("virtuoso.ini"), ini).unwrap();
        let child = Command::new(binary)
            .args(["-c", "virtuoso.ini", "-f"])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut server = Virtuoso {
            child,
            dir,
            sql_port,
            http: format!("http://127.0.0.1:{http_port}"),
        };
        server.wait_until_ready();
        server
    }

    fn wait_until_ready(&mut self) {
        let started = Instant::now();
        let probe = format!("{}/sparql?query=ASK%7B%7D", self.http);
        while started.elapsed() < Duration::from_secs(120) {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("virtuoso exited with {status}: {}", self.log());
            }
            if ureq::get(&probe).call().is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("virtuoso did not answer within 120 s: {}", self.log());
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("virtuoso.log")).unwrap_or_default()
    }

    /// Runs SQL as dba through Virtuoso's own client, for setting up data igkg did not write.
    fn isql(&self, statement: &str) {
        let binary = which("isql-vt").or_else(|| which("isql")).expect("isql-vt not found");
        let out = Command::new(binary)
            .arg(self.sql_port.to_string())
            .args(["dba", PASSWORD])
            .arg(format!("exec={statement}"))
            .output()
            .unwrap();
        assert!(out.status.success(), "isql: {}", String::from_utf8_lossy(&out.stdout));
    }

    /// A graph's triples as Virtuoso serves them (anonymous read), in canonical N-Triples.
    fn graph(&self, iri: &str) -> Option<BTreeSet<String>> {
        let response = ureq::get(&format!("{}/sparql-graph-crud", self.http))
            .query("graph", iri)
            .set("Accept", "application/n-triples")
            .call();
        let body = match response {
            Ok(r) => r.into_string().unwrap(),
            Err(ureq::Error::Status(404, _)) => return None,
            Err(e) => panic!("GET {iri}: {e}"),
        };
        let mut triples = BTreeSet::new();
        NTriplesParser::new(body.as_bytes())
            .parse_all(&mut |t| {
                triples.insert(t.to_string());
                Ok::<_, TurtleError>(())
            })
            .unwrap_or_else(|e| panic!("Virtuoso's N-Triples for {iri}: {e}"));
        Some(triples)
    }

    /// The graphs Virtuoso holds under `namespace`.
    fn graphs_under(&self, namespace: &str) -> BTreeSet<String> {
        let query = format!(
            "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{namespace}\")) }}"
        );
        let body = ureq::get(&format!("{}/sparql", self.http))
            .query("query", &query)
            .set("Accept", "application/sparql-results+json")
            .call()
            .unwrap()
            .into_string()
            .unwrap();
        let reply: serde_json::Value = serde_json::from_str(&body).unwrap();
        reply["results"]["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["g"]["value"].as_str().unwrap().to_string())
            .collect()
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// The store's named graphs, each as canonical N-Triples, read from its N-Quads export.
fn local_graphs(store: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let nquads = exported_nquads(store);
    let mut graphs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    NQuadsParser::new(nquads.as_slice())
        .parse_all(&mut |q: Quad<'_>| {
            let graph = q.graph_name.expect("every quad is in a named graph").to_string();
            let triple = rio_api::model::Triple {
                subject: q.subject,
                predicate: q.predicate,
                object: q.object,
            };
            graphs
                .entry(graph.trim_matches(['<', '>']).to_string())
                .or_default()
                .insert(triple.to_string());
            Ok::<_, TurtleError>(())
        })
        .unwrap();
    graphs
}

/// Asserts that Virtuoso holds exactly the store's graphs under igkg's graph namespace.
fn assert_mirrors(virtuoso: &Virtuoso, store: &Path) {
    let local = local_graphs(store);
    assert!(
        local.len() > 5,
        "expected documents, ontology files and the description"
    );
    let remote_names = virtuoso.graphs_under(GRAPHS);
    let local_names: BTreeSet<String> = local.keys().cloned().collect();
    assert_eq!(remote_names, local_names);
    for (graph, triples) in &local {
        let remote = virtuoso.graph(graph).unwrap_or_else(|| panic!("{graph} missing"));
        let missing: Vec<_> = triples.difference(&remote).take(3).collect();
        let extra: Vec<_> = remote.difference(triples).take(3).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{graph}: {} local, {} remote; missing {missing:?}; extra {extra:?}",
            triples.len(),
            remote.len()
        );
    }
}

fn push(store: &Path, args: &[&str]) -> (bool, String, String) {
    let out = igkg()
        .arg("push")
        .args(args)
        .arg("--store")
        .arg(store)
        .env("IGKG_PUSH_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The seed corpus with its first document gone and its second cut to its first half.
fn edited_corpus() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let files = seed_files();
    let removed = files[0].file_stem().unwrap().to_string_lossy().replace('_', "-");
    for (i, file) in files.iter().enumerate().skip(1) {
        let text = std::fs::read_to_string(file).unwrap();
        let text = if i == 1 {
            let lines: Vec<&str> = text.lines().collect();
            lines[..lines.len() / 2].join("\n")
        } else {
            text
        };
        let mut out = std::fs::File::create(dir.path().join(file.file_name().unwrap())).unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    (dir, format!("{GRAPHS}document/{removed}"))
}

#[test]
fn graph_store_push_mirrors_the_store_and_replaces_on_re_push() {
    let virtuoso = Virtuoso::start();
    let endpoint = format!("{}/sparql-graph-crud-auth", virtuoso.http);
    virtuoso.isql("SPARQL INSERT DATA { GRAPH <http://example.org/other> { <http://example.org/a> <http://example.org/b> \"kept\" } }");

    let (ok, stdout, stderr) = push(seed_store(), &["--endpoint", &endpoint, "--user", "dba"]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("pushed ") && stdout.contains("; no stale graphs"),
        "{stdout}"
    );
    assert_mirrors(&virtuoso, seed_store());

    // A second build of a changed corpus: one document gone, one shorter.
    let (corpus, gone) = edited_corpus();
    let edited = build(corpus.path());
    let (ok, stdout, stderr) = push(&edited, &["--endpoint", &endpoint, "--user", "dba"]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("1 stale graph removed"), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "removed  {}",
            gone.trim_start_matches("https://w3id.org/igkg/")
        )),
        "{stdout}"
    );
    assert_eq!(virtuoso.graph(&gone), None, "{gone} should be gone");
    assert_mirrors(&virtuoso, &edited);
    assert_eq!(
        virtuoso.graph("http://example.org/other").map(|g| g.len()),
        Some(1),
        "a graph igkg did not write must survive a push"
    );
}

#[test]
fn update_push_batches_and_replaces_without_duplicates() {
    let virtuoso = Virtuoso::start();
    let endpoint = format!("{}/sparql-auth", virtuoso.http);
    let args = [
        "--endpoint",
        &endpoint,
        "--protocol",
        "update",
        "--batch",
        "700",
        "--user",
        "dba",
    ];

    for _ in 0..2 {
        let (ok, stdout, stderr) = push(seed_store(), &args);
        assert!(ok, "{stderr}");
        assert!(stdout.contains("stale graphs removed by the server"), "{stdout}");
        assert_mirrors(&virtuoso, seed_store());
    }

    let (corpus, gone) = edited_corpus();
    let edited = build(corpus.path());
    let (ok, _, stderr) = push(&edited, &args);
    assert!(ok, "{stderr}");
    assert_eq!(virtuoso.graph(&gone), None);
    assert_mirrors(&virtuoso, &edited);
}

#[test]
fn refusals_name_the_endpoint_and_the_cause() {
    let virtuoso = Virtuoso::start();
    let endpoint = format!("{}/sparql-graph-crud-auth", virtuoso.http);

    let out = igkg()
        .args(["push", "--endpoint", &endpoint, "--user", "dba", "--store"])
        .arg(seed_store())
        .env("IGKG_PUSH_PASSWORD", "wrong")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains(&endpoint) && stderr.contains("HTTP 401"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let (ok, _, stderr) = push(seed_store(), &["--endpoint", &endpoint]);
    assert!(!ok);
    assert!(stderr.contains("HTTP 401") && stderr.contains("--user"), "{stderr}");

    // The anonymous endpoint answers, but its user may not write.
    let anonymous = format!("{}/sparql-graph-crud", virtuoso.http);
    let (ok, _, stderr) = push(seed_store(), &["--endpoint", &anonymous]);
    assert!(!ok);
    assert!(
        stderr.contains("HTTP 403") && stderr.contains("Permission denied"),
        "{stderr}"
    );
    assert!(
        virtuoso.graphs_under(GRAPHS).is_empty(),
        "nothing may land after a refusal"
    );

    let out = igkg()
        .args(["push", "--endpoint", &endpoint, "--user", "dba", "--store"])
        .arg(seed_store())
        .env_remove("IGKG_PUSH_PASSWORD")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("IGKG_PUSH_PASSWORD"));

    let closed = format!("http://127.0.0.1:{}/sparql-graph-crud", free_port());
    let (ok, _, stderr) = push(seed_store(), &["--endpoint", &closed]);
    assert!(!ok);
    assert!(stderr.contains(&closed), "{stderr}");

    let (ok, _, stderr) = push(seed_store(), &["--endpoint", "localhost:8890/sparql"]);
    assert!(!ok);
    assert!(stderr.contains("--endpoint 'localhost:8890/sparql'"), "{stderr}");
}
