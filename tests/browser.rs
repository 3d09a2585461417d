//! The entity pages in a real browser: headless Chromium (Debian's) driven by Playwright finds
//! "privacy", sees the bodies covering it with evidence, clicks a neighbour in the graph view,
//! then a body and a source document. The screenshot is kept in the target folder.

mod common;
use common::{root, seed_store, start};
use std::process::Command;

#[test]
fn a_person_clicks_through_from_search_to_a_source_document() {
    let server = start(seed_store(), &[]);
    let url = server.url.clone();
    let screenshot = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("entity-page.png");
    let out = Command::new("node")
        .arg(root().join("tests/browser/entity_page.mjs"))
        .arg(&url)
        .arg(&screenshot)
        .output()
        .expect("node runs (scripts/install-test-deps installs Chromium and Playwright)");
    drop(server);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert!(report["nodes"].as_u64().unwrap() > 3, "{report}");
    assert!(report["graphClick"].as_str().unwrap() != "/issue/privacy", "{report}");
    assert!(report["body"].as_str().unwrap().starts_with("/body/"), "{report}");
    assert!(
        report["document"].as_str().unwrap().starts_with("/document/"),
        "{report}"
    );
    assert!(
        std::fs::metadata(&screenshot).unwrap().len() > 10_000,
        "a screenshot was taken"
    );
}
