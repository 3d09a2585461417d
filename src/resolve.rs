//! Resolving what a person types (a label, an acronym, a file name, with small slips) to the
//! IRI of a body, issue or document in the store.

use crate::error::{Error, Result};
use crate::query::{ParamKind, QueryLibrary, Table, evaluate, prepare};
use oxigraph::model::{NamedNode, Term};
use oxigraph::store::Store;

/// The least similarity for a misspelt term to resolve to a label.
const FUZZY_THRESHOLD: f64 = 0.88;
const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "dr", "ambassador", "prof", "professor", "sir"];

/// A resolved term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The IRI.
    pub iri: NamedNode,
    /// Its preferred label.
    pub label: String,
}

/// Folds case, punctuation, a leading "the" and honorifics, as people do when they compare names.
pub fn normalize(text: &str) -> String {
    let lowered: String = deunicode::deunicode(text)
        .to_lowercase()
        .replace("'s ", " ")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' || c == '+' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = lowered.split_whitespace().collect();
    while words.first().is_some_and(|w| *w == "the" || HONORIFICS.contains(w)) {
        words.remove(0);
    }
    words.join(" ")
}

struct Candidate {
    iri: String,
    label: String,
    pref: String,
}

fn candidates(store: &Store, library: &QueryLibrary, kind: ParamKind) -> Result<Vec<Candidate>> {
    let (query, class) = match kind {
        ParamKind::Document => ("documents", None),
        ParamKind::Body => ("labels", Some("body")),
        ParamKind::Issue => ("labels", Some("issue")),
        ParamKind::Iri | ParamKind::Literal => return Ok(Vec::new()),
    };
    let q = library.get(query)?;
    let table = Table::collect(evaluate(store, prepare(&q.name, &q.text, None)?, &[])?)?;
    let mut out = Vec::new();
    for row in 0..table.rows.len() {
        if let Some(class) = class
            && table.get(row, "kind").as_deref() != Some(class)
        {
            continue;
        }
        let iri = table.get(row, "entity").unwrap_or_default();
        let pref = table.get(row, "pref").unwrap_or_else(|| iri.clone());
        for label in ["label", "file", "title"].iter().filter_map(|v| table.get(row, v)) {
            out.push(Candidate {
                iri: iri.clone(),
                label,
                pref: pref.clone(),
            });
        }
        if kind == ParamKind::Document
            && let Some(file) = table.get(row, "file")
        {
            out.push(Candidate {
                iri: iri.clone(),
                label: file.trim_end_matches(".txt").to_string(),
                pref: pref.clone(),
            });
        }
    }
    Ok(out)
}

/// Resolves `term` to one entity of `kind`; an unknown term is an error naming the closest labels.
pub fn resolve(store: &Store, library: &QueryLibrary, kind: ParamKind, term: &str) -> Result<Resolved> {
    let wanted = normalize(term);
    let all = candidates(store, library, kind)?;
    let found = |c: &Candidate| Resolved {
        iri: NamedNode::new_unchecked(&c.iri),
        label: c.pref.clone(),
    };
    let exact: Vec<&Candidate> = all.iter().filter(|c| normalize(&c.label) == wanted).collect();
    if let Some(best) = exact.iter().find(|c| c.label == c.pref).or(exact.first()) {
        return Ok(found(best));
    }
    let mut scored: Vec<(f64, &Candidate)> = all
        .iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(&normalize(&c.label), &wanted), c))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    if let Some((score, best)) = scored.first()
        && *score >= FUZZY_THRESHOLD
        && wanted.len() >= 5
    {
        return Ok(found(best));
    }
    let mut closest: Vec<&str> = Vec::new();
    for (_, c) in &scored {
        if !closest.contains(&c.label.as_str()) {
            closest.push(&c.label);
        }
        if closest.len() == 5 {
            break;
        }
    }
    let what = match kind {
        ParamKind::Document => "document",
        ParamKind::Body => "body",
        ParamKind::Issue => "issue",
        _ => "entity",
    };
    Err(Error::NotFound(format!(
        "no {what} matches '{term}'; closest: {}",
        closest.join(", ")
    )))
}

/// Whether `term` names a document of the store exactly (its file name, with or without its
/// extension, or its title), case, punctuation and a leading "the" aside; no fuzzy matching, so
/// a body's name never passes for a document's.
pub fn names_document(store: &Store, library: &QueryLibrary, term: &str) -> Result<bool> {
    let wanted = normalize(term);
    Ok(candidates(store, library, ParamKind::Document)?
        .iter()
        .any(|c| normalize(&c.label) == wanted))
}

/// Reads a `--param` value for a parameter of `kind`: resolved by label for documents, bodies
/// and issues; `<iri>`, a full IRI or `prefix:local` for IRIs; anything else as a literal.
pub fn param_value(store: &Store, library: &QueryLibrary, kind: ParamKind, value: &str) -> Result<Term> {
    match kind {
        ParamKind::Literal => Ok(oxigraph::model::Literal::new_simple_literal(value).into()),
        ParamKind::Iri => iri_value(value).map(Term::from),
        _ if value.starts_with('<') || value.contains("://") => iri_value(value).map(Term::from),
        _ => Ok(resolve(store, library, kind, value)?.iri.into()),
    }
}

/// Parses `<iri>`, a full IRI or `prefix:local` with a known prefix.
pub fn iri_value(value: &str) -> Result<NamedNode> {
    let bare = value.trim_start_matches('<').trim_end_matches('>');
    let expanded = match bare.split_once(':') {
        Some((prefix, local)) if !local.starts_with("//") => crate::iri::ns::PREFIXES
            .iter()
            .find(|(p, _)| *p == prefix)
            .map(|(_, ns)| format!("{ns}{local}"))
            .unwrap_or_else(|| bare.to_string()),
        _ => bare.to_string(),
    };
    NamedNode::new(&expanded).map_err(|e| Error::Usage(format!("'{value}' is not an IRI: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_people_compare_names() {
        assert_eq!(normalize("The Internet Governance Forum"), "internet governance forum");
        assert_eq!(normalize("Dr Hamadoun Touré"), "hamadoun toure");
        assert_eq!(normalize("e-health"), "e health");
    }

    #[test]
    fn expands_prefixed_names() {
        assert_eq!(
            iri_value("igkg:Body").unwrap().as_str(),
            "https://w3id.org/igkg/ontology#Body"
        );
        assert!(iri_value("not an iri").is_err());
    }
}
