//! Paging of the bundled queries: `igkg query --limit/--offset` and `igkg serve`'s
//! `/query/NAME?page=K`, checked against the whole answer on the seeds.

mod common;
use common::{igkg, root, seed_store, start};
use std::path::Path;

/// Every bundled query with the parameters the benchmark uses (an issue the seeds name).
fn bundled_queries() -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "rq") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut params = Vec::new();
        for line in text.lines().filter_map(|l| l.strip_prefix("# param: ?")) {
            let mut words = line.split_whitespace();
            let (name, kind) = (words.next().unwrap(), words.next().unwrap());
            let value = match kind {
                "document" => "002_2b4f2c3216279599.txt",
                "body" => "IGF",
                "issue" => "privacy",
                _ => "body:igf",
            };
            params.extend(["--param".to_string(), format!("{name}={value}")]);
        }
        found.push((path.file_stem().unwrap().to_str().unwrap().to_string(), params));
    }
    found.sort();
    found
}

/// `igkg query NAME PARAMS… EXTRA… --format csv`: its rows (the header line left out) and
/// what it said on standard error.
fn csv_rows(store: &Path, name: &str, params: &[String], extra: &[&str]) -> (String, String) {
    let out = igkg()
        .args(["query", name, "--format", "csv", "--store"])
        .arg(store)
        .args(params)
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows = text.split_once("\r\n").map_or("", |(_, rows)| rows).to_string();
    (rows, String::from_utf8(out.stderr).unwrap())
}

/// How many pages of each query are joined and compared: enough to cross many page boundaries,
/// few enough that answers listing the whole vocabulary stay quick.
const PAGES_COMPARED: usize = 25;

#[test]
fn pages_of_every_bundled_query_add_up_to_its_whole_answer() {
    let store = seed_store();
    let mut paged = 0;
    for (name, params) in bundled_queries() {
        let (all, _) = csv_rows(store, &name, &params, &["--all"]);
        let mut joined = String::new();
        let mut ended = false;
        for page in 0..PAGES_COMPARED {
            let offset = (page * 7).to_string();
            let (rows, said) = csv_rows(store, &name, &params, &["--limit", "7", "--offset", &offset]);
            joined.push_str(&rows);
            if !said.contains("the next page: --offset") {
                ended = true;
                break;
            }
            paged += 1;
        }
        // Rows are CRLF-terminated: the first pages are the same prefix of the whole answer.
        let prefix: String = all
            .split_inclusive("\r\n")
            .take(joined.split_inclusive("\r\n").count())
            .collect();
        assert_eq!(joined, prefix, "{name}: pages of 7 rows differ from the whole answer");
        if ended {
            assert_eq!(joined, all, "{name}: the last page does not end the whole answer");
        }
    }
    assert!(paged > 50, "the seeds' answers span many pages of 7 rows ({paged})");
}

#[test]
fn the_command_line_shows_a_first_page_and_says_where_the_next_starts() {
    let (rows, said) = csv_rows(seed_store(), "labels", &[], &["--limit", "5"]);
    assert_eq!(rows.lines().count(), 5, "{rows}");
    assert!(said.contains("rows 1 to 5 shown; the next page: --offset 5"), "{said}");
    let (rows, said) = csv_rows(seed_store(), "most-cited-instruments", &[], &[]);
    assert_eq!(rows.lines().count(), 8, "{rows}");
    assert!(said.is_empty(), "a whole answer says nothing more: {said}");
    let out = igkg()
        .args(["query", "labels", "--limit", "0", "--offset", "3", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--offset 3 needs a page size"));
}

fn get(url: &str, accept: &str) -> (String, Option<String>) {
    let reply = ureq::get(url).set("Accept", accept).call().unwrap();
    let link = reply.header("Link").map(str::to_string);
    (reply.into_string().unwrap(), link)
}

/// The rows of every page of `path` (`/query/NAME?…`) the server links to in turn, from the
/// first, and how many pages there were; each page but the first links back.
fn server_pages(url: &str, path: &str, whole_rows: usize) -> (String, usize) {
    let mut joined = String::new();
    let mut next = Some(format!("{url}{path}"));
    let mut pages = 0;
    while let Some(url_of_page) = next.take() {
        let (body, link) = get(&url_of_page, "text/csv");
        joined.push_str(body.split_once("\r\n").unwrap().1);
        if pages > 0 {
            assert!(link.as_deref().is_some_and(|l| l.contains("rel=\"prev\"")), "{link:?}");
        }
        next = link.and_then(|l| {
            let next = l.split(", ").find(|part| part.ends_with("rel=\"next\""))?;
            Some(format!("{url}{}", next.split(['<', '>']).nth(1)?))
        });
        pages += 1;
        // Pages of 50 rows: more than the whole answer's rows need means the links loop.
        assert!(pages <= whole_rows / 50 + 1, "pages do not end");
    }
    (joined, pages)
}

#[test]
fn the_server_pages_a_bundled_query_in_html_and_in_sparql_results() {
    let server = start(seed_store(), &[]);
    let (all, _) = csv_rows(seed_store(), "labels", &[], &["--all"]);
    let (joined, pages) = server_pages(&server.url, "/query/labels?format=csv", all.lines().count());
    assert!(pages > 10, "2,000 labels span pages of 50 rows ({pages})");
    assert_eq!(joined, all, "the server's CSV pages differ from the whole answer");
    // Queries that read a few of their items first, and all of them when those fall short.
    for (name, param, value) in [
        ("bodies-covering-issue", "issue", "Internet governance"),
        ("issues-covered-by-body", "body", "IGF"),
    ] {
        let (all, _) = csv_rows(
            seed_store(),
            name,
            &["--param".into(), format!("{param}={value}")],
            &["--all"],
        );
        let path = format!("/query/{name}?{param}={}&format=csv", value.replace(' ', "%20"));
        let (joined, pages) = server_pages(&server.url, &path, all.lines().count());
        assert!(pages > 1, "{name}: the seeds' answer spans pages of 50 rows");
        assert_eq!(
            joined, all,
            "{name}: the server's CSV pages differ from the whole answer"
        );
    }

    let (html, _) = get(&format!("{}/query/labels?page=2", server.url), "text/html");
    assert!(html.contains("rows 51 to 100"), "{html}");
    assert!(
        html.contains("href=\"/query/labels?page=1\""),
        "a link to the previous page"
    );
    assert!(
        html.contains("href=\"/query/labels?page=3\""),
        "a link to the next page"
    );
    let (json, link) = get(
        &format!("{}/query/issues-covered-by-body?body=IGF&page=1", server.url),
        "application/sparql-results+json",
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["results"]["bindings"].as_array().unwrap().len(),
        50,
        "the page is cut to --max-results"
    );
    assert!(link.unwrap().contains("/query/issues-covered-by-body?body=IGF&page=2"));
}
