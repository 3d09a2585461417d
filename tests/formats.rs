//! PDF, Word, HTML and Akoma Ntoso documents: the seeds as PDF, Word and HTML give the answers
//! their text gives, PDF evidence carries the right page, an Akoma Ntoso resolution gives its
//! metadata, recommendations and linked citations, and unreadable files are left out by name.
//! The files and how they were made: `tests/fixtures/formats/SOURCES.md`.

mod common;
use common::{ask, build, build_output, igkg, labels, root, seed_store};
use igkg::query::QueryLibrary;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const IGKG: &str = "https://w3id.org/igkg/ontology#";
const OA: &str = "http://www.w3.org/ns/oa#";

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/formats")
}

/// A folder holding the seeds in one format.
fn seeds_as(extension: &str) -> common::TestDir {
    let dir = common::TestDir::new(None);
    for entry in std::fs::read_dir(fixtures().join("seeds")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == extension) {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// The seeds' competency questions (kind and term, as in the shared gold file `seeds.json`).
const SEED_QUESTIONS: &[(&str, &str)] = &[
    ("bodies-in", "000_e0cb42aebf302cd0.txt"),
    ("bodies-in", "001_037c0273d6bf2b37.txt"),
    ("bodies-in", "002_2b4f2c3216279599.txt"),
    ("bodies-in", "003_d767c3df2d4e1591.txt"),
    ("bodies-in", "004_34638c53f2539267.txt"),
    ("issues-in", "000_e0cb42aebf302cd0.txt"),
    ("issues-in", "001_037c0273d6bf2b37.txt"),
    ("issues-in", "002_2b4f2c3216279599.txt"),
    ("issues-in", "003_d767c3df2d4e1591.txt"),
    ("issues-in", "004_34638c53f2539267.txt"),
    ("documents-cited-in", "000_e0cb42aebf302cd0.txt"),
    ("documents-cited-in", "001_037c0273d6bf2b37.txt"),
    ("documents-cited-in", "002_2b4f2c3216279599.txt"),
    ("documents-cited-in", "003_d767c3df2d4e1591.txt"),
    ("documents-cited-in", "004_34638c53f2539267.txt"),
    ("bodies-for-issue", "critical Internet resources"),
    ("bodies-for-issue", "privacy"),
    ("bodies-for-issue", "e-health"),
    ("bodies-for-issue", "cybersecurity"),
    ("bodies-for-issue", "multilingualism"),
    ("bodies-for-issue", "digital divide"),
    ("bodies-for-issue", "enhanced cooperation"),
    ("bodies-for-issue", "Internationalized Domain Names"),
    ("issues-for-body", "WHO"),
    ("issues-for-body", "ICANN"),
    ("issues-for-body", "International Telecommunication Union"),
    ("issues-for-body", "IGF"),
    ("people-of", "ICANN"),
    ("people-of", "International Telecommunication Union"),
    ("people-of", "Working Group on Enhanced Cooperation"),
    ("people-of", "Internet Society"),
    ("people-of", "APC"),
    ("meetings-of", "Working Group on Enhanced Cooperation"),
    ("meetings-of", "CSTD"),
    ("meetings-of", "ICANN"),
    ("recommendations-for", "General Assembly"),
    ("recommendations-for", "CSTD"),
    ("recommendations-for", "Internet Governance Forum"),
];

/// The answers to the seed questions from the store at `store` holding documents of this
/// file ending, the ending written as `.txt`: (question, answer label) pairs.
fn answers(store: &Path, extension: &str) -> BTreeSet<(usize, String)> {
    let store = igkg::store::open_read_only(store).unwrap();
    let library = QueryLibrary::load(&root().join("queries")).unwrap();
    let mut found = BTreeSet::new();
    for (i, &(kind, term)) in SEED_QUESTIONS.iter().enumerate() {
        let term = term.replace(".txt", &format!(".{extension}"));
        let reply = igkg::ask::ask(&store, &library, igkg::ask::kind(kind).unwrap(), &term, None)
            .unwrap_or_else(|e| panic!("{kind} {term}: {e}"));
        for answer in reply.answers {
            found.insert((i, answer.label.replace(&format!(".{extension}"), ".txt")));
        }
    }
    found
}

/// How far the answers from the seeds in each format agree with those from their text: the
/// answers both give over the answers either gives.
#[test]
fn pdf_word_and_html_answers_match_the_text() {
    let from_text = answers(seed_store(), "txt");
    let mut failures = Vec::new();
    for extension in ["pdf", "docx", "html"] {
        let from_format = answers(&build(&seeds_as(extension)), extension);
        let shared = from_text.intersection(&from_format).count();
        let all = from_text.union(&from_format).count();
        let share = shared as f64 / all as f64;
        eprintln!("{extension}: {shared} of {all} answers agree with the text ({share:.3})");
        for (i, label) in from_text.symmetric_difference(&from_format) {
            let side = if from_text.contains(&(*i, label.clone())) {
                "text"
            } else {
                extension
            };
            let (kind, term) = SEED_QUESTIONS[*i];
            eprintln!("  only from {side}: {kind} {term}: {label}");
        }
        if share < 0.95 {
            failures.push(format!("{extension} {share:.3}"));
        }
    }
    assert!(failures.is_empty(), "under 95 % agreement: {failures:?}");
}

/// `igkg query` with inline SPARQL, as JSON result bindings.
fn select(store: &Path, sparql: &str) -> Vec<Value> {
    let out = igkg()
        .args(["query", sparql, "--format", "json", "--store"])
        .arg(store)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    json["results"]["bindings"].as_array().unwrap().clone()
}

fn value(binding: &Value, var: &str) -> String {
    binding[var]["value"].as_str().unwrap_or_default().to_string()
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pdf_evidence_names_the_page_it_is_on() {
    let folder = seeds_as("pdf");
    let store = build(&folder);
    let rows = select(
        &store,
        &format!(
            "SELECT ?file ?page ?exact WHERE {{ ?a <{IGKG}page> ?page ; <{OA}hasTarget> ?t . \
             ?t <{OA}hasSource>/<{IGKG}sourceFile> ?file ; <{OA}hasSelector>/<{OA}exact> ?exact }}"
        ),
    );
    assert!(rows.len() > 100, "only {} annotations have a page", rows.len());
    let mut pages_seen = BTreeSet::new();
    for row in &rows {
        let (file, page) = (value(row, "file"), value(row, "page"));
        // A quote may run on to the next page: its first line is on the page it starts on.
        let exact = value(row, "exact");
        let first_line = folded(exact.lines().next().unwrap_or_default());
        // The page's own text, as poppler prints that page alone.
        let out = std::process::Command::new("pdftotext")
            .args(["-layout", "-f", &page, "-l", &page])
            .arg(folder.join(&file))
            .arg("-")
            .output()
            .unwrap();
        let on_page = folded(&String::from_utf8_lossy(&out.stdout));
        let start: String = first_line.chars().take(40).collect();
        assert!(on_page.contains(&start), "{file}: “{start}” is not on page {page}");
        pages_seen.insert((file, page));
    }
    assert!(
        pages_seen.iter().any(|(_, p)| p != "1"),
        "evidence is found on later pages too"
    );
}

#[test]
fn a_pdf_document_page_lists_its_evidence_by_page() {
    let store = build(&seeds_as("pdf"));
    let server = common::start(&store, &[]);
    let page = ureq::get(&format!("{}/document/002-2b4f2c3216279599-pdf", server.url))
        .set("Accept", "text/html")
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    let section = page
        .find("<h2>Evidence by page</h2>")
        .expect("a section of evidence by page");
    let pages = &page[section..];
    let recommendation = pages
        .find("The WGEC recommends that a dedicated debate")
        .expect("recommendation 17 is evidence");
    let heading = pages[..recommendation].rfind("<h3 id=\"page-").unwrap() + "<h3 id=\"page-".len();
    let pdf_page: String = pages[heading..].chars().take_while(char::is_ascii_digit).collect();
    // Recommendation 17 is printed on the eighth of the ten pages.
    assert_eq!(pdf_page, "8");
    assert!(
        page.contains(" characters)</td>"),
        "the extracted text is shown shortened"
    );
}

#[test]
fn quotes_are_exact_in_the_kept_text() {
    let store = build(&seeds_as("docx"));
    let rows = select(
        &store,
        &format!(
            "SELECT ?text ?start ?end ?exact WHERE {{ ?d <{IGKG}extractedText> ?text . \
             ?t <{OA}hasSource> ?d ; <{OA}hasSelector> ?q, ?p . ?q <{OA}exact> ?exact . \
             ?p <{OA}start> ?start ; <{OA}end> ?end }}"
        ),
    );
    assert!(rows.len() > 100, "only {} quotes", rows.len());
    for row in rows {
        let chars: Vec<char> = value(&row, "text").chars().collect();
        let start: usize = value(&row, "start").parse().unwrap();
        let end: usize = value(&row, "end").parse().unwrap();
        let quoted: String = chars[start..end].iter().collect();
        assert_eq!(quoted, value(&row, "exact"));
    }
}

fn resolution_store() -> common::TestDir {
    build(&fixtures().join("akn"))
}

#[test]
fn an_akoma_ntoso_resolution_has_its_symbol_date_and_author() {
    let store = resolution_store();
    let rows = select(
        &store,
        &format!(
            "SELECT ?symbol ?date ?author ?kind WHERE {{ ?d a <{IGKG}Document> ; <{IGKG}symbol> ?symbol ; \
             <http://purl.org/dc/terms/date> ?date ; <http://purl.org/dc/terms/creator> ?author ; \
             <{IGKG}documentKind> ?kind }}"
        ),
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(value(&rows[0], "symbol"), "A/RES/70/125");
    assert_eq!(value(&rows[0], "date"), "2015-12-16");
    assert_eq!(value(&rows[0], "author"), "https://w3id.org/igkg/body/unga");
    assert_eq!(value(&rows[0], "kind"), "resolution");
}

#[test]
fn operative_paragraphs_are_recommendations_to_the_bodies_they_address() {
    let reply = ask(&resolution_store(), "recommendations-for", "CSTD");
    let texts: Vec<String> = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["text"]
                .as_str()
                .or(a["label"].as_str())
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("request the Chair of the Commission on Science and Technology")),
        "{reply}"
    );
}

#[test]
fn linked_symbols_are_cited() {
    // Paragraph 57 links "Tunis Agenda" to the document that issued it; its words name no symbol.
    let cited = labels(&ask(
        &resolution_store(),
        "documents-cited-in",
        "a_res_70_125_paras_56-65.xml",
    ));
    assert!(cited.iter().any(|c| c == "A/60/687"), "{cited:?}");
    assert!(cited.iter().any(|c| c.starts_with("Tunis Agenda")), "{cited:?}");
}

/// A folder with one document in each format, and one unreadable file of each kind but text.
fn mixed_folder() -> common::TestDir {
    let dir = common::TestDir::new(None);
    let seeds = fixtures().join("seeds");
    std::fs::copy(root().join("corpus/000_e0cb42aebf302cd0.txt"), dir.join("000.txt")).unwrap();
    std::fs::create_dir(dir.join("reports")).unwrap();
    std::fs::copy(seeds.join("001_037c0273d6bf2b37.pdf"), dir.join("reports/001.pdf")).unwrap();
    std::fs::copy(seeds.join("002_2b4f2c3216279599.docx"), dir.join("reports/002.docx")).unwrap();
    std::fs::copy(seeds.join("004_34638c53f2539267.html"), dir.join("004.htm")).unwrap();
    std::fs::copy(
        fixtures().join("akn/a_res_70_125_paras_56-65.xml"),
        dir.join("a_res_70_125.xml"),
    )
    .unwrap();
    // A page and no text, as a scan without OCR is to a text extractor.
    let page = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n\
                trailer << /Root 1 0 R >>\n%%EOF\n";
    std::fs::write(dir.join("scanned.pdf"), page).unwrap();
    std::fs::write(dir.join("broken.docx"), b"PK\x03\x04 cut short").unwrap();
    std::fs::write(dir.join("malformed.xml"), "<akomaNtoso><doc><p>text</doc></akomaNtoso>").unwrap();
    dir
}

#[test]
fn a_folder_of_all_five_formats_builds_in_one_command() {
    let folder = mixed_folder();
    let store = common::TestDir::new(Some("store"));
    let out = build_output(&folder, &store);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("5 documents (3 left out"), "{stdout}");
    let left_out: Vec<&str> = stderr.lines().filter(|l| l.contains("left out")).collect();
    assert_eq!(left_out.len(), 3, "{stderr}");
    for (file, reason) in [
        ("scanned.pdf", "no text in the PDF"),
        ("broken.docx", "not a Word file"),
        ("malformed.xml", "malformed XML at byte"),
    ] {
        assert!(
            left_out.iter().any(|l| l.contains(file) && l.contains(reason)),
            "{file}: {stderr}"
        );
    }
    for document in [
        "000.txt",
        "reports/001.pdf",
        "reports/002.docx",
        "004.htm",
        "a_res_70_125.xml",
    ] {
        assert!(!labels(&ask(&store, "bodies-in", document)).is_empty(), "{document}");
    }
    let strict = igkg()
        .args(["build", "--strict", "--corpus"])
        .arg(&folder)
        .arg("--store")
        .arg(&store)
        .output()
        .unwrap();
    assert!(!strict.status.success());
    assert!(String::from_utf8_lossy(&strict.stderr).contains("broken.docx"));
}

#[test]
fn without_pdftotext_a_pdf_is_left_out_saying_what_to_install() {
    let folder = seeds_as("pdf");
    std::fs::copy(root().join("corpus/003_d767c3df2d4e1591.txt"), folder.join("003.txt")).unwrap();
    let store = common::TestDir::new(Some("store"));
    let out = igkg()
        .env("PATH", "/nonexistent")
        .args(["build", "--corpus"])
        .arg(&folder)
        .arg("--store")
        .arg(&store)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("left out")).collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(
        lines
            .iter()
            .all(|l| l.contains("pdftotext is not installed") && l.contains("poppler-utils"))
    );
}
