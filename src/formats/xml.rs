//! What the XML readers share: element names without their prefix, attributes by local name.

use quick_xml::events::BytesStart;

/// An element's name without its namespace prefix (`w:p` → `p`).
pub fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

/// The unescaped value of the attribute with this local name.
pub fn attribute(element: &BytesStart, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// A parse error with where it happened, for the one-line reason of a left-out file.
pub fn malformed(what: &str, position: u64, e: impl std::fmt::Display) -> String {
    format!("malformed {what} at byte {position}: {e}")
}
