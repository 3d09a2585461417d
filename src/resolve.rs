//! Resolving what a person types (a label, an acronym, a file name, with small slips) to the
//! IRI of a body, issue or document in the store.

use crate::error::{Error, Result};
use crate::iri::ns::igkg;
use crate::query::{ParamKind, QueryLibrary, Table, evaluate, prepare};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, NamedNode, NamedOrBlankNode, QuadRef, Term};
use oxigraph::store::Store;

/// The least similarity for a misspelt term to resolve to a label.
const FUZZY_THRESHOLD: f64 = 0.88;
/// The least similarity of two long words for one to pass as a misspelling of the other: one
/// slip in a five-letter word.
const WORD_THRESHOLD: f64 = 0.8;

/// A resolved term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The IRI.
    pub iri: NamedNode,
    /// Its preferred label.
    pub label: String,
}

/// Folds case, punctuation, a leading "the" and honorifics, as people do when they compare names
/// (the summary graph's label keys, see [`label_key`](crate::store::summary::label_key)).
pub use crate::store::summary::label_key as normalize;

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
///
/// Tried in turn, each looser than the one before: the label itself (case, punctuation, a
/// leading "the" and honorifics aside); the label's usual variants (see `variants`); the initials
/// of a label, for an acronym the store does not hold; a slip of the pen (see `is_slip`). The
/// variants and initials must point to one entity, or they resolve nothing.
pub fn resolve(store: &Store, library: &QueryLibrary, kind: ParamKind, term: &str) -> Result<Resolved> {
    if kind == ParamKind::Document
        && let Some(found) = document_by_file(store, term)?
    {
        return Ok(found);
    }
    if let Some(found) = exact_by_key(store, kind, term)? {
        return Ok(found);
    }
    let all = candidates(store, library, kind)?;
    let found = |c: &Candidate| Resolved {
        iri: NamedNode::new_unchecked(&c.iri),
        label: c.pref.clone(),
    };
    let wanted = normalize(term);
    let exact: Vec<&Candidate> = all.iter().filter(|c| normalize(&c.label) == wanted).collect();
    if let Some(best) = exact.iter().find(|c| c.label == c.pref).or(exact.first()) {
        return Ok(found(best));
    }
    // A country asked about as a body stands for its government ("people of Rwanda").
    if kind == ParamKind::Body {
        let governments = [format!("government of {wanted}"), format!("government of the {wanted}")];
        if let Some(c) = all.iter().find(|c| governments.contains(&normalize(&c.label))) {
            return Ok(found(c));
        }
    }
    // An edition of a forum is asked about by its name and year ("IGF 2023", "WSIS+20
    // High-Level Event 2025"): the forum that met.
    if kind == ParamKind::Body
        && let Some(name) = without_edition_year(term)
        && let Ok(forum) = resolve(store, library, kind, name)
    {
        return Ok(forum);
    }
    // A company is asked about with its legal form ("Safaricom PLC") and named without it.
    if kind == ParamKind::Body
        && let Some(name) = without_legal_form(term)
        && let Ok(company) = resolve(store, library, kind, name)
    {
        return Ok(company);
    }
    let forms = variants(term);
    let by_variant = |c: &&Candidate| variants(&c.label).iter().any(|v| forms.contains(v));
    let by_initials = |c: &&Candidate| kind != ParamKind::Document && is_initialism(term, &c.label);
    if let Some(c) = only_entity(all.iter().filter(by_variant)).or_else(|| only_entity(all.iter().filter(by_initials)))
    {
        return Ok(found(c));
    }
    // A name asked without the owner a document puts before it ("Communication and Information
    // Commission" for the "General Conference Communication and Information Commission") or,
    // for a unit, after it ("Directorate of Political Affairs" for the "Directorate of
    // Political Affairs of Switzerland").
    let (tail, head) = (format!(" {wanted}"), format!("{wanted} of "));
    let without_owner = |c: &&Candidate| {
        let label = normalize(&c.label);
        label.ends_with(&tail) || label.starts_with(&head)
    };
    if kind == ParamKind::Body
        && content_words(&wanted).len() >= 2
        && let Some(c) = only_entity(all.iter().filter(without_owner))
    {
        return Ok(found(c));
    }
    // A plural asked for the singular a document names ("IXPs", "ccTLDs").
    if let Some(singular) = without_plural(term)
        && let Ok(found) = resolve(store, library, kind, singular)
    {
        return Ok(found);
    }
    let mut scored: Vec<(f64, &Candidate)> = all
        .iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(&normalize(&c.label), &wanted), c))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    if let Some((_, best)) = scored
        .iter()
        .find(|(score, c)| *score >= FUZZY_THRESHOLD && is_slip(&wanted, &normalize(&c.label)))
    {
        return Ok(found(best));
    }
    Err(not_found(kind, term, &scored))
}

/// The most issues a term may stand for as part of their names: more, and it names a field, not
/// a subject.
const MAX_NARROWER: usize = 20;

/// Resolves `term` as [`resolve`] does; an issue that no label names stands for every issue whose
/// name holds it as whole words ("persons with disabilities" for "rights of persons with
/// disabilities" and "ICTs for persons with disabilities"): a reader asking about the wider
/// subject means all of them. The first by label, then the others.
pub fn resolve_all(
    store: &Store,
    library: &QueryLibrary,
    kind: ParamKind,
    term: &str,
) -> Result<(Resolved, Vec<Resolved>)> {
    let not_found = match resolve(store, library, kind, term) {
        Ok(found) => return Ok((found, Vec::new())),
        Err(e @ Error::NotFound { .. }) if kind == ParamKind::Issue => e,
        Err(e) => return Err(e),
    };
    let wanted = normalize(term);
    if content_words(&wanted).is_empty() {
        return Err(not_found);
    }
    let mut found: Vec<Resolved> = Vec::new();
    for c in candidates(store, library, kind)? {
        let holds = c.label == c.pref && holds_as_words(&c.label, term);
        if holds && !found.iter().any(|f| f.iri.as_str() == c.iri) {
            found.push(Resolved {
                iri: NamedNode::new_unchecked(&c.iri),
                label: c.pref,
            });
        }
    }
    if found.is_empty() || found.len() > MAX_NARROWER {
        return Err(not_found);
    }
    found.sort_by(|a, b| b.label.cmp(&a.label));
    let first = found.pop().ok_or(not_found)?;
    found.reverse();
    Ok((first, found))
}

/// Whether `label` holds the words of `term` in a row, as a common noun where the term is one:
/// "rights of persons with disabilities" holds "persons with disabilities", but "review of the
/// World Summit on the Information Society" does not hold "information society", which there
/// is part of a name.
fn holds_as_words(label: &str, term: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        deunicode::deunicode(text)
            .split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '/'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (label, term) = (words(label), words(term));
    if term.is_empty() || term.len() > label.len() {
        return false;
    }
    label.windows(term.len()).enumerate().any(|(at, window)| {
        window.iter().zip(&term).enumerate().all(|(i, (l, t))| {
            let named = at + i > 0 && l.starts_with(char::is_uppercase) && t.starts_with(char::is_lowercase);
            l.eq_ignore_ascii_case(t) && !named
        })
    })
}

/// `term` without the plural "s" of its last word, if that word is long enough to be a plural:
/// "IXPs" → "IXP".
fn without_plural(term: &str) -> Option<&str> {
    let term = term.trim_end();
    let last = term.rsplit(' ').next()?;
    let plural = last.len() >= 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("'s");
    plural.then(|| &term[..term.len() - 1])
}

/// The one document whose file is named `term` as typed (with or without `.txt`), found through
/// the store's index on `igkg:sourceFile`: the common case of a document question answered
/// without listing every document of the corpus.
fn document_by_file(store: &Store, term: &str) -> Result<Option<Resolved>> {
    let term = term.trim();
    let predicate = igkg::SOURCE_FILE;
    let mut found: Option<NamedNode> = None;
    for file in [term.to_string(), format!("{term}.txt")] {
        let literal = Literal::new_simple_literal(file);
        for quad in store.quads_for_pattern(None, Some(predicate), Some(literal.as_ref().into()), None) {
            let NamedOrBlankNode::NamedNode(document) = quad.map_err(storage)?.subject else {
                continue;
            };
            match &found {
                Some(other) if *other != document => return Ok(None),
                _ => found = Some(document),
            }
        }
    }
    let Some(iri) = found else { return Ok(None) };
    Ok(Some(Resolved {
        label: document_label(store, &iri)?.unwrap_or_else(|| term.to_string()),
        iri,
    }))
}

/// The body or issue one of whose labels is `term` (compared by [`normalize`]), looked up by
/// the summary graph's label keys: the common case resolved without listing every label. When
/// several entities share the label, the one whose preferred label it is wins, then the first by
/// preferred label, as in [`resolve`]; `None` when no key matches, or the store has no keys.
fn exact_by_key(store: &Store, kind: ParamKind, term: &str) -> Result<Option<Resolved>> {
    let top = match kind {
        ParamKind::Body => igkg::BODY_CLASS,
        ParamKind::Issue => igkg::POLICY_ISSUE,
        _ => return Ok(None),
    };
    let wanted = normalize(term);
    let key = Literal::new_simple_literal(&wanted);
    let mut best: Option<(bool, String, NamedNode)> = None;
    for quad in store.quads_for_pattern(None, Some(igkg::LABEL_KEY), Some(key.as_ref().into()), None) {
        let quad = quad.map_err(storage)?;
        let (NamedOrBlankNode::NamedNode(entity), summary) = (quad.subject, quad.graph_name.as_ref()) else {
            continue;
        };
        if !store
            .contains(QuadRef::new(&entity, rdf::TYPE, top, summary))
            .map_err(storage)?
        {
            continue;
        }
        for pref in store.quads_for_pattern(
            Some(entity.as_ref().into()),
            Some(igkg::PREFERRED_LABEL),
            None,
            Some(summary),
        ) {
            let Term::Literal(pref) = pref.map_err(storage)?.object else {
                continue;
            };
            // The entity whose preferred label matches sorts first, then by preferred label.
            let rank = (
                normalize(pref.value()) != wanted,
                pref.value().to_string(),
                entity.clone(),
            );
            if best.as_ref().is_none_or(|b| rank < *b) {
                best = Some(rank);
            }
        }
    }
    Ok(best.map(|(_, label, iri)| Resolved { iri, label }))
}

/// A document's `rdfs:label` (its title, else its file name), as the documents query gives it.
fn document_label(store: &Store, document: &NamedNode) -> Result<Option<String>> {
    let predicate = NamedNode::new_unchecked(format!("{}label", crate::iri::ns::RDFS));
    let quad = store
        .quads_for_pattern(Some(document.as_ref().into()), Some(predicate.as_ref()), None, None)
        .next()
        .transpose()
        .map_err(storage)?;
    Ok(quad.map(|q| match q.object {
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }))
}

fn storage(e: oxigraph::store::StorageError) -> Error {
    Error::Storage(e)
}

/// The one entity `matches` name, if they name exactly one.
fn only_entity<'a>(mut matches: impl Iterator<Item = &'a Candidate>) -> Option<&'a Candidate> {
    let first = matches.next()?;
    matches.all(|c| c.iri == first.iri).then_some(first)
}

/// The error for a term that matches nothing, naming the closest labels.
fn not_found(kind: ParamKind, term: &str, scored: &[(f64, &Candidate)]) -> Error {
    let mut closest: Vec<String> = Vec::new();
    for (_, c) in scored {
        if !closest.contains(&c.label) {
            closest.push(c.label.clone());
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
    Error::NotFound {
        what,
        term: term.to_string(),
        closest,
    }
}

/// Words of a name that are not part of its initials ("Commission on Science and Technology for
/// Development" is the CSTD).
const FUNCTION_WORDS: &[&str] = &["of", "the", "and", "for", "on", "in", "to", "at", "a", "an"];
/// Qualifiers that place a body in the UN system, before or after its own name: the "UN General
/// Assembly" is the "General Assembly", the "Secretary-General of the United Nations" the
/// "UN Secretary-General". Padded with spaces to match whole words.
const UN_QUALIFIERS: &[&str] = &[" united nations ", " u n ", " un "];

/// The usual ways of writing the same name, each reduced to its content words in alphabetical
/// order, so that function words and word order do not matter ("Government of Switzerland" and
/// "Switzerland Government", "Commission for Science…" and "Commission on Science…", "social and
/// economic development" and "economic and social development"); taken from the name itself,
/// the name without a parenthesised aside ("internationalized (multilingual) domain names"), the
/// name with its hyphenated compounds closed up ("multi-stakeholder" as "multistakeholder"),
/// the name with the IGF's short heads spelt out ("BPF Gender and Access" for the "Best Practice
/// Forum on Gender and Access"), and each of these without its "UN" qualifier when at least two
/// content words remain.
fn variants(name: &str) -> Vec<String> {
    let mut forms = vec![
        normalize(name),
        normalize(&without_asides(name)),
        normalize(&name.replace('-', "")),
    ];
    for i in 0..forms.len() {
        let padded = format!(" {} ", forms[i]);
        let expanded = HEAD_ABBREVIATIONS
            .iter()
            .fold(padded.clone(), |form, (short, long)| form.replace(short, long));
        if expanded != padded {
            forms.push(expanded.trim().to_string());
        }
    }
    for i in 0..forms.len() {
        let padded = format!(" {} ", forms[i]);
        let rest = UN_QUALIFIERS.iter().fold(padded, |form, q| form.replace(q, " "));
        if content_words(rest.trim()).len() >= 2 {
            forms.push(rest.trim().to_string());
        }
    }
    let mut keys: Vec<String> = forms
        .iter()
        .map(|form| {
            let mut words = content_words(form);
            words.sort_unstable();
            words.join(" ")
        })
        .filter(|key| !key.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// `term` without the year that ends it, if a name is left: "IGF 2023" → "IGF".
fn without_edition_year(term: &str) -> Option<&str> {
    let (name, year) = term.trim_end().rsplit_once(' ')?;
    let edition = year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit());
    (edition && !name.trim().is_empty()).then(|| name.trim_end())
}

/// The legal forms that end company names, as written after the name.
const LEGAL_FORMS: &[&str] = &[
    "plc", "inc", "ltd", "llc", "limited", "gmbh", "ag", "s.a", "sa", "corp", "co",
];

/// `term` without the legal form that ends it, if a name is left: "Safaricom PLC" → "Safaricom".
fn without_legal_form(term: &str) -> Option<&str> {
    let (name, form) = term.trim_end().trim_end_matches('.').rsplit_once(' ')?;
    let name = name.trim_end().trim_end_matches(',').trim_end();
    (LEGAL_FORMS.contains(&form.to_lowercase().as_str()) && !name.is_empty()).then_some(name)
}

/// The short heads of the IGF's intersessional bodies, as whole words of a normalised name.
const HEAD_ABBREVIATIONS: &[(&str, &str)] = &[
    (" bpf ", " best practice forum "),
    (" dc ", " dynamic coalition "),
    (" pn ", " policy network "),
];

/// The words of a normalised name other than function words.
fn content_words(normalised: &str) -> Vec<&str> {
    normalised.split(' ').filter(|w| !FUNCTION_WORDS.contains(w)).collect()
}

/// `name` without its parenthesised asides.
fn without_asides(name: &str) -> String {
    let mut depth = 0usize;
    name.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// Whether `term` is an acronym (three or more capitals, as typed) made of the initials of
/// `label`'s words, function words aside: "WAIGF" for "West African Internet Governance Forum".
fn is_initialism(term: &str, label: &str) -> bool {
    let term = term.trim();
    let capitals = term.chars().filter(|c| c.is_ascii_uppercase()).count();
    if capitals < 3 || capitals != term.chars().count() {
        return false;
    }
    let initials: String = deunicode::deunicode(label)
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| !w.is_empty() && !FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .collect();
    initials.to_uppercase() == term
}

/// Whether two normalised names differ only by slips within long words: the same content words
/// in the same order, each equal, or a plural of the other, or (both of five letters or more,
/// with no digit) a near spelling; so "Internationalised" passes for "Internationalized", but
/// "Mali" never for "Malta", "ITU-T" for "ITU-D", nor "A/67/65" for "A/68/65".
fn is_slip(a: &str, b: &str) -> bool {
    let (a, b) = (content_words(a), content_words(b));
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| word_slip(x, y))
}

fn word_slip(a: &str, b: &str) -> bool {
    let plural = |x: &str, y: &str| x.strip_suffix('s') == Some(y) || x.strip_suffix("es") == Some(y);
    let long = |x: &str| x.chars().count() >= 5 && !x.chars().any(|c| c.is_ascii_digit());
    a == b
        || plural(a, b)
        || plural(b, a)
        || (long(a) && long(b) && strsim::normalized_damerau_levenshtein(a, b) >= WORD_THRESHOLD)
}

/// Whether `term` names a document of the store exactly (its file name, with or without its
/// extension, or its title), case, punctuation and a leading "the" aside; no fuzzy matching, so
/// a body's name never passes for a document's.
pub fn names_document(store: &Store, library: &QueryLibrary, term: &str) -> Result<bool> {
    if document_by_file(store, term)?.is_some() {
        return Ok(true);
    }
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
            .or_else(|| {
                // The entity prefixes queries know (`body:igf`), on the default base as there.
                crate::iri::ENTITY_KINDS
                    .contains(&prefix)
                    .then(|| format!("{}{prefix}/{local}", crate::iri::DEFAULT_BASE))
            })
            .unwrap_or_else(|| bare.to_string()),
        _ => bare.to_string(),
    };
    NamedNode::new(&expanded).map_err(|source| Error::Iri {
        value: value.to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNodeRef;

    #[test]
    fn normalizes_like_people_compare_names() {
        assert_eq!(normalize("The Internet Governance Forum"), "internet governance forum");
        assert_eq!(normalize("Dr Hamadoun Touré"), "hamadoun toure");
        assert_eq!(normalize("e-health"), "e health");
    }

    #[test]
    fn a_name_and_its_usual_variants_meet() {
        let meet = |a: &str, b: &str| variants(a).iter().any(|v| variants(b).contains(v));
        assert!(meet("Government of Switzerland", "Switzerland Government"));
        assert!(meet("UN General Assembly", "General Assembly"));
        assert!(meet("UN Secretary-General", "Secretary-General of the United Nations"));
        assert!(meet("IGF Secretariat", "Secretariat of the IGF"));
        assert!(meet(
            "internationalized (multilingual) domain names",
            "Internationalized Domain Names"
        ));
        assert!(!meet("Government of Switzerland", "Government of Sweden"));
        assert!(!meet("UN Women", "Women"), "one word left is too little to be a name");
        assert!(!meet("Secretariat of the United Nations", "Secretariat"));
        assert!(meet(
            "Commission for Science and Technology",
            "Commission on Science and Technology"
        ));
        assert!(meet("multi-stakeholder model", "multistakeholder model"));
        assert!(meet(
            "social and economic development",
            "economic and social development"
        ));
        assert!(!meet("Council of Europe", "European Council"));
        assert!(!meet("WAIGF Secretariat", "IGF Secretariat"));
        assert!(meet(
            "BPF Gender and Access",
            "Best Practice Forum on Gender and Access"
        ));
        assert!(meet(
            "DC on Core Internet Values",
            "Dynamic Coalition on Core Internet Values"
        ));
        assert!(!meet("BPF Gender and Access", "Best Practice Forum on Cybersecurity"));
        assert!(
            !meet("DC Comics", "Dynamic Coalition"),
            "a short head spelt out is no other name"
        );
    }

    #[test]
    fn an_acronym_is_the_initials_of_the_name_words() {
        assert!(is_initialism("WAIGF", "West African Internet Governance Forum"));
        assert!(is_initialism(
            "CSTD",
            "Commission on Science and Technology for Development"
        ));
        assert!(!is_initialism("IGF", "Internet Society"));
        assert!(
            !is_initialism("Igf", "Internet Governance Forum"),
            "an acronym is typed in capitals"
        );
        assert!(
            !is_initialism("UN", "United Nations"),
            "two letters name too many things"
        );
    }

    #[test]
    fn an_edition_year_is_taken_off_a_forums_name() {
        assert_eq!(without_edition_year("IGF 2023"), Some("IGF"));
        assert_eq!(
            without_edition_year("WSIS+20 High-Level Event 2025"),
            Some("WSIS+20 High-Level Event")
        );
        assert_eq!(without_edition_year("2023"), None);
        assert_eq!(without_edition_year("Group of 77"), None);
    }

    #[test]
    fn a_companys_legal_form_is_taken_off_its_name() {
        assert_eq!(without_legal_form("Safaricom PLC"), Some("Safaricom"));
        assert_eq!(without_legal_form("Amazon.com, Inc."), Some("Amazon.com"));
        assert_eq!(without_legal_form("Deutsche Telekom AG"), Some("Deutsche Telekom"));
        assert_eq!(without_legal_form("Internet Society"), None);
        assert_eq!(without_legal_form("PLC"), None);
    }

    #[test]
    fn a_subject_is_held_as_common_nouns_not_inside_a_name() {
        assert!(holds_as_words(
            "rights of persons with disabilities",
            "persons with disabilities"
        ));
        assert!(holds_as_words("indigenous peoples' rights", "indigenous peoples"));
        assert!(holds_as_words("WSIS+10 review", "WSIS+10"));
        assert!(!holds_as_words(
            "review of the World Summit on the Information Society",
            "information society"
        ));
        assert!(!holds_as_words("cybersecurity", "security"));
        assert!(!holds_as_words("persons", "persons with disabilities"));
    }

    #[test]
    fn a_plural_is_asked_for_its_singular() {
        assert_eq!(without_plural("IXPs"), Some("IXP"));
        assert_eq!(without_plural("national ccTLDs"), Some("national ccTLD"));
        assert_eq!(without_plural("access"), None);
        assert_eq!(without_plural("ITU's"), None);
        assert_eq!(without_plural("UN"), None);
    }

    #[test]
    fn a_slip_is_within_long_words_only() {
        assert!(is_slip(
            "internationalised domain names",
            "internationalized domain names"
        ));
        assert!(is_slip("dynamic coalitions", "dynamic coalition"));
        assert!(!is_slip("government of mali", "government of malta"));
        assert!(!is_slip("itu t study group", "itu d study group"));
        assert!(!is_slip("a/67/65", "a/68/65"));
        assert!(!is_slip("internet governance forum", "internet governance"));
    }

    #[test]
    fn a_document_is_found_by_its_file_name_through_the_index() {
        let store = Store::new().unwrap();
        let document = NamedNode::new_unchecked("https://w3id.org/igkg/document/a");
        let graph = NamedNode::new_unchecked("https://w3id.org/igkg/graph/document/a");
        let file = crate::iri::ns::igkg::SOURCE_FILE;
        store
            .insert(&oxigraph::model::Quad::new(
                document.clone(),
                file,
                Literal::new_simple_literal("a.txt"),
                graph,
            ))
            .unwrap();
        let found = document_by_file(&store, "a").unwrap().unwrap();
        assert_eq!((found.iri, found.label.as_str()), (document, "a"));
        assert!(document_by_file(&store, "b.txt").unwrap().is_none());
    }

    #[test]
    fn a_label_key_finds_the_entity_whose_preferred_label_it_is() {
        let store = Store::new().unwrap();
        let graph = NamedNode::new_unchecked("https://w3id.org/igkg/graph/summary");
        let add = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| {
            store
                .insert(&oxigraph::model::Quad::new(s.clone(), p, o, graph.clone()))
                .unwrap();
        };
        let key = |text: &str| Term::from(Literal::new_simple_literal(normalize(text)));
        let (other, forum) = (
            NamedNode::new_unchecked("https://w3id.org/igkg/body/a"),
            NamedNode::new_unchecked("https://w3id.org/igkg/body/z"),
        );
        // "IGF" is another label of the first, the preferred label of the second.
        for (entity, pref) in [(&other, "Another Forum"), (&forum, "The IGF")] {
            add(entity, rdf::TYPE, igkg::BODY_CLASS.into());
            add(entity, igkg::PREFERRED_LABEL, Literal::new_simple_literal(pref).into());
            add(entity, igkg::LABEL_KEY, key(pref));
        }
        add(&other, igkg::LABEL_KEY, key("IGF"));
        let found = exact_by_key(&store, ParamKind::Body, "igf").unwrap().unwrap();
        assert_eq!((found.iri, found.label.as_str()), (forum, "The IGF"));
        let found = exact_by_key(&store, ParamKind::Body, "another forum").unwrap().unwrap();
        assert_eq!(found.iri, other);
        assert!(
            exact_by_key(&store, ParamKind::Issue, "igf").unwrap().is_none(),
            "not an issue"
        );
        assert!(exact_by_key(&store, ParamKind::Body, "unknown").unwrap().is_none());
    }

    #[test]
    fn expands_prefixed_names() {
        assert_eq!(
            iri_value("body:igf").unwrap().as_str(),
            "https://w3id.org/igkg/body/igf"
        );
        assert_eq!(
            iri_value("igkg:Body").unwrap().as_str(),
            "https://w3id.org/igkg/ontology#Body"
        );
        assert!(iri_value("not an iri").is_err());
    }
}
