//! PDF, through poppler's `pdftotext -layout`: the most faithful text of the readers measured
//! (README, "Formats"), with pages separated by form feeds, which give the page numbers.

use super::{Converted, Read, Unreadable};
use std::path::Path;
use std::process::Command;

/// The external program that reads PDF (Debian package `poppler-utils`).
pub const PDFTOTEXT: &str = "pdftotext";

/// Reads the text of a PDF file, page by page.
pub fn read(path: &Path) -> Read {
    let output = Command::new(PDFTOTEXT)
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Unreadable(format!(
                "{PDFTOTEXT} is not installed, and PDF files are read with it: install poppler-utils (scripts/install-deps)"
            )),
            _ => Unreadable(format!("could not run {PDFTOTEXT}: {e}")),
        })?;
    if !output.status.success() {
        return Err(Unreadable(failure(output.status.code(), &output.stderr)));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(paged(&text))
}

/// Why `pdftotext` failed, from its exit code (poppler documents 1 for an unreadable file, 3
/// for a document whose permissions forbid copying text) and its first message.
fn failure(code: Option<i32>, stderr: &[u8]) -> String {
    let said = String::from_utf8_lossy(stderr);
    let said = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match code {
        Some(3) => "the PDF is encrypted or forbids copying its text".into(),
        _ if said.contains("password") => "the PDF is encrypted (it needs a password)".into(),
        _ if said.is_empty() => "not a readable PDF file".into(),
        _ => format!("not a readable PDF file ({said})"),
    }
}

/// The text of `pdftotext`'s output with a page start recorded at every form feed.
pub fn paged(output: &str) -> Converted {
    let mut converted = Converted::default();
    let mut offset = 0;
    let pages: Vec<&str> = output.strip_suffix('\u{c}').unwrap_or(output).split('\u{c}').collect();
    for page in pages {
        converted.layout.pages.push(offset);
        converted.text.push_str(page);
        offset += page.chars().count();
        if !page.ends_with('\n') {
            converted.text.push('\n');
            offset += 1;
        }
    }
    converted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_start_after_form_feeds() {
        let c = paged("one\ntwo\n\u{c}three\u{c}four\n\u{c}");
        assert_eq!(c.text, "one\ntwo\nthree\nfour\n");
        assert_eq!(c.layout.pages, vec![0, 8, 14]);
        assert_eq!(c.layout.page_at(9), Some(2));
    }

    #[test]
    fn failures_say_why() {
        assert_eq!(
            failure(Some(3), b""),
            "the PDF is encrypted or forbids copying its text"
        );
        assert!(failure(Some(1), b"Syntax Error: Couldn't find trailer dictionary\n").contains("trailer"));
        assert!(failure(Some(1), b"Command Line Error: Incorrect password\n").contains("encrypted"));
    }
}
