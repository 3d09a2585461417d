//! HTML pages, parsed with `scraper` (html5ever, the browsers' parsing algorithm). Only the
//! main content is read: the `main` element (or the largest `article`, or the body) without
//! navigation, banners, footers, forms, scripts and styles. Block elements become blocks, list
//! items keep their bullet or number, and links to UN symbols are kept as links.

use super::{Read, TextOut, linked_symbol};
use crate::corpus::Metadata;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};

/// Elements that are never content.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
    "iframe", "svg", "head", "dialog",
];
/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "search", "complementary"];
/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figcaption",
    "ul",
    "ol",
    "dl",
    "address",
    "hr",
    "body",
];

/// Reads the main content of an HTML page.
pub fn read(bytes: &[u8]) -> Read {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the HTML page is not UTF-8 (byte {}): convert it to UTF-8 first",
            e.valid_up_to()
        )
    })?;
    let page = Html::parse_document(text);
    let mut out = TextOut::default();
    if let Some(root) = main_content(&page) {
        walk(*root, &mut out);
    }
    Ok(out.finish(Metadata::default()))
}

/// The element holding the page's content: `main` (or `role=main`), else the `article` with
/// the most text, else the body.
fn main_content(page: &Html) -> Option<ElementRef<'_>> {
    let first = |css: &str| Selector::parse(css).ok().and_then(|s| page.select(&s).next());
    if let Some(main) = first("main, [role=main]") {
        return Some(main);
    }
    let articles = Selector::parse("article").ok()?;
    page.select(&articles)
        .max_by_key(|a| a.text().map(str::len).sum::<usize>())
        .or_else(|| first("body"))
}

fn walk(node: NodeRef<'_, Node>, out: &mut TextOut) {
    match node.value() {
        Node::Text(text) => out.words(text),
        Node::Element(e) => {
            let name = e.name();
            let furniture = DROPPED.contains(&name)
                || e.attr("role").is_some_and(|r| DROPPED_ROLES.contains(&r))
                || e.attr("hidden").is_some()
                || e.attr("aria-hidden") == Some("true");
            if furniture {
                return;
            }
            let block = BLOCKS.contains(&name);
            if block {
                out.end_block();
            }
            match name {
                "br" => out.line_break(),
                "li" => out.words(&item_marker(node)),
                _ => {}
            }
            let start = out.offset();
            for child in node.children() {
                walk(child, out);
            }
            if name == "a"
                && let Some(symbol) = e.attr("href").and_then(linked_symbol)
            {
                out.link(start, symbol);
            }
            if block {
                out.end_block();
            }
        }
        _ => {}
    }
}

/// "• " for an item of an unordered list, "N. " for the Nth item of an ordered one (counting
/// from its `start`).
fn item_marker(item: NodeRef<'_, Node>) -> String {
    let list = item
        .parent()
        .and_then(|p| p.value().as_element().map(|e| (e.name() == "ol", e.attr("start"))));
    match list {
        Some((true, start)) => {
            let first: usize = start.and_then(|s| s.trim().parse().ok()).unwrap_or(1);
            let before = item
                .prev_siblings()
                .filter(|s| s.value().as_element().is_some_and(|e| e.name() == "li"))
                .count();
            format!("{}. ", first + before)
        }
        _ => "• ".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>IGF</title><style>p{}</style></head><body>
<header><a href="/">Home</a><nav><ul><li>About</li></ul></nav></header>
<main><h1>Chair's Summary</h1><p>The Forum   recalled
<a href="https://undocs.org/A/RES/70/125">resolution 70/125</a>.</p>
<ol start="3"><li>Access</li><li>Privacy</li></ol><ul><li>Cybersecurity</li></ul>
<script>var x = 1;</script><div role="navigation">Skip</div></main>
<footer>© United Nations</footer></body></html>"#;

    #[test]
    fn main_content_only() {
        let c = read(PAGE.as_bytes()).unwrap();
        assert_eq!(
            c.text,
            "Chair's Summary\n\nThe Forum recalled resolution 70/125.\n\n3. Access\n\n4. Privacy\n\n• Cybersecurity\n\n"
        );
        let link = &c.layout.links[0];
        assert_eq!(link.symbol, "A/RES/70/125");
        let words: String = c.text.chars().skip(link.span.start).take(link.span.len()).collect();
        assert_eq!(words, "resolution 70/125");
    }

    #[test]
    fn without_main_the_body_is_read() {
        let c = read(b"<html><body><nav>Menu</nav><p>Text</p><footer>x</footer></body></html>").unwrap();
        assert_eq!(c.text, "Text\n\n");
    }

    #[test]
    fn other_encodings_are_refused() {
        let Err(super::super::Unreadable(m)) = read(b"<p>caf\xe9</p>") else {
            panic!("Latin-1 was read")
        };
        assert!(m.contains("not UTF-8 (byte 6)"), "{m}");
    }
}
