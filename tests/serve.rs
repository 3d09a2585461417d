//! `igkg serve` over HTTP: the SPARQL 1.1 Protocol, its errors, dereferenceable IRIs with
//! content negotiation, the pages people use, and a real SPARQL client (rdflib's SPARQLStore).

mod common;
use common::{Server, build, root, seed_store, start};
use std::process::Command;

fn status_of(result: Result<ureq::Response, ureq::Error>) -> (u16, String, String) {
    match result {
        Ok(r) => (r.status(), r.content_type().to_string(), r.into_string().unwrap()),
        Err(ureq::Error::Status(code, r)) => (code, r.content_type().to_string(), r.into_string().unwrap()),
        Err(e) => panic!("{e}"),
    }
}

fn get(url: &str, accept: &str) -> (u16, String, String) {
    status_of(ureq::get(url).set("Accept", accept).call())
}

fn sparql_get(server: &Server, query: &str, accept: &str) -> (u16, String, String) {
    status_of(
        ureq::get(&format!("{}/sparql", server.url))
            .query("query", query)
            .set("Accept", accept)
            .call(),
    )
}

#[test]
fn sparql_protocol_queries_by_get_and_both_posts_with_negotiated_results() {
    let server = start(seed_store(), &[]);
    let q = "SELECT ?l WHERE { <https://w3id.org/igkg/body/cstd> skos:prefLabel ?l }";
    let (code, media, body) = sparql_get(&server, q, "application/sparql-results+json");
    assert_eq!((code, media.as_str()), (200, "application/sparql-results+json"));
    assert!(body.contains("Commission on Science and Technology for Development"));
    for (accept, media) in [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ] {
        assert_eq!(sparql_get(&server, q, accept).1, media);
    }
    let form = ureq::post(&format!("{}/sparql", server.url)).send_form(&[("query", q)]);
    assert!(status_of(form).2.contains("Commission on Science"));
    let direct = ureq::post(&format!("{}/sparql", server.url))
        .set("Content-Type", "application/sparql-query")
        .send_string(q);
    assert!(status_of(direct).2.contains("Commission on Science"));
    let (code, media, body) = sparql_get(
        &server,
        "CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l } LIMIT 5",
        "application/ld+json",
    );
    assert_eq!((code, media.as_str()), (200, "application/ld+json"));
    serde_json::from_str::<serde_json::Value>(&body).unwrap();
}

#[test]
fn sparql_errors_have_their_http_status() {
    let server = start(seed_store(), &["--max-request-bytes", "65536"]);
    let (code, _, body) = sparql_get(&server, "SELEC ?x", "*/*");
    assert_eq!(code, 400);
    assert!(body.contains("error at"), "the parser's message: {body}");
    assert_eq!(sparql_get(&server, "ASK {}", "image/png").0, 406);
    assert_eq!(
        sparql_get(&server, "SELECT * WHERE { ?s ?p ?o }", "*/*").0,
        413,
        "over --max-results"
    );
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    assert_eq!(sparql_get(&server, slow, "*/*").0, 503, "over --timeout");
    let wrong = ureq::post(&format!("{}/sparql", server.url))
        .set("Content-Type", "text/plain")
        .send_string("ASK {}");
    assert_eq!(status_of(wrong).0, 415);
    let update = ureq::post(&format!("{}/update", server.url)).send_form(&[("update", "CLEAR ALL")]);
    assert_eq!(status_of(update).0, 403, "read-only without a token");
    // Just over --max-request-bytes, small enough for the socket buffers to take it whole.
    let big = "x".repeat(70_000);
    let too_large = ureq::post(&format!("{}/sparql", server.url))
        .set("Content-Type", "application/sparql-query")
        .send_string(&big);
    assert_eq!(status_of(too_large).0, 413);
}

#[test]
fn updates_need_the_token() {
    let store = build(&root().join("corpus"));
    let server = start(&store, &["--write-token", "s3cret"]);
    let insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> \"added\" } }";
    let anonymous = ureq::post(&format!("{}/update", server.url))
        .set("Content-Type", "application/sparql-update")
        .send_string(insert);
    assert_eq!(status_of(anonymous).0, 401);
    let signed = ureq::post(&format!("{}/update", server.url))
        .set("Content-Type", "application/sparql-update")
        .set("Authorization", "Bearer s3cret")
        .send_string(insert);
    assert_eq!(status_of(signed).0, 204);
    assert!(
        sparql_get(&server, "SELECT ?o WHERE { <urn:x:a> <urn:x:b> ?o }", "text/csv")
            .2
            .contains("added")
    );
}

#[test]
fn minted_iris_dereference_with_content_negotiation() {
    let server = start(seed_store(), &[]);
    let (code, media, body) = get(&format!("{}/body/cstd", server.url), "text/turtle");
    assert_eq!((code, media.as_str()), (200, "text/turtle"));
    assert!(body.contains("Commission on Science and Technology for Development"));
    let (_, media, html) = get(
        &format!("{}/body/cstd", server.url),
        "text/html,application/xhtml+xml,*/*;q=0.8",
    );
    assert_eq!(media, "text/html");
    assert!(html.contains("id=\"graph\"") && html.contains("/assets/cytoscape.min.js"));
    assert!(
        html.contains("meetings of") && html.contains("2012-05-18"),
        "answers with evidence on the page"
    );
    assert_eq!(get(&format!("{}/assets/cytoscape.min.js", server.url), "*/*").0, 200);
    assert_eq!(get(&format!("{}/body/no-such-body", server.url), "text/html").0, 404);
    let (code, _, void) = get(&format!("{}/.well-known/void", server.url), "text/turtle");
    assert_eq!(code, 200);
    assert!(void.contains("void:triples"));
}

#[test]
fn a_person_searches_privacy_and_finds_who_covers_it() {
    let server = start(seed_store(), &[]);
    let response = ureq::get(&format!("{}/search", server.url))
        .query("q", "privacy")
        .call()
        .unwrap();
    assert!(response.get_url().ends_with("/issue/privacy"), "{}", response.get_url());
    let page = response.into_string().unwrap();
    assert!(page.contains("United Nations Educational, Scientific and Cultural Organization"));
    assert!(
        page.contains("<blockquote>") && page.contains("[001_037c0273d6bf2b37.txt]"),
        "evidence with its document"
    );
    let (_, _, body) = get(&format!("{}/body/unesco", server.url), "text/html");
    assert!(body.contains("issues for body"));
    let (_, _, document) = get(&format!("{}/document/001-037c0273d6bf2b37", server.url), "text/html");
    assert!(document.contains("bodies in"));
    let (code, _, home) = get(&format!("{}/", server.url), "text/html");
    assert_eq!(code, 200);
    assert!(home.contains("/query/bodies-covering-issue") && home.contains("Documents"));
}

#[test]
fn rdflib_sparqlstore_queries_the_endpoint() {
    let server = start(seed_store(), &[]);
    let out = Command::new("python3")
        .arg(root().join("tests/peers/sparql_client.py"))
        .arg(format!("{}/sparql", server.url))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("Internet Governance Forum"), "{stdout}");
}
