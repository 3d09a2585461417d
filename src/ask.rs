//! Direct answers: `igkg ask KIND TERM` resolves the term, runs the kind's bundled query and
//! groups its rows into answers, each with its evidence. Plain-English questions are mapped to
//! a kind first.

use crate::error::{Error, Result};
use crate::query::{ParamKind, QueryLibrary, Table, evaluate, prepare_bound};
use crate::resolve::{Resolved, resolve_all};
use oxigraph::model::NamedNode;
use oxigraph::store::Store;
use regex::Regex;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::Duration;

mod question;

/// The most evidence passages listed per answer.
const MAX_EVIDENCE: usize = 5;

/// A kind of question `ask` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AskKind {
    /// Its name on the command line.
    pub name: &'static str,
    /// The bundled query it runs.
    pub query: &'static str,
    /// That query's parameter.
    pub param: &'static str,
    /// How the term is resolved.
    pub term: ParamKind,
}

/// Every kind, in the order of the contract.
pub const KINDS: &[AskKind] = &[
    AskKind {
        name: "bodies-in",
        query: "bodies-in-document",
        param: "document",
        term: ParamKind::Document,
    },
    AskKind {
        name: "issues-in",
        query: "issues-in-document",
        param: "document",
        term: ParamKind::Document,
    },
    AskKind {
        name: "documents-cited-in",
        query: "documents-cited-in-document",
        param: "document",
        term: ParamKind::Document,
    },
    AskKind {
        name: "bodies-for-issue",
        query: "bodies-covering-issue",
        param: "issue",
        term: ParamKind::Issue,
    },
    AskKind {
        name: "issues-for-body",
        query: "issues-covered-by-body",
        param: "body",
        term: ParamKind::Body,
    },
    AskKind {
        name: "people-of",
        query: "people-of-body",
        param: "body",
        term: ParamKind::Body,
    },
    AskKind {
        name: "meetings-of",
        query: "meetings-of-body",
        param: "body",
        term: ParamKind::Body,
    },
    AskKind {
        name: "recommendations-for",
        query: "recommendations-for-body",
        param: "body",
        term: ParamKind::Body,
    },
];

/// The kind called `name`.
pub fn kind(name: &str) -> Option<AskKind> {
    KINDS.iter().copied().find(|k| k.name == name)
}

/// A passage supporting an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The document's file name.
    pub document: String,
    /// The passage.
    pub quote: String,
    /// Coverage: the rule that read it from the passage (`igkg:basis`); "cooccurrence", the
    /// weakest, only names body and issue together.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

impl Evidence {
    /// Whether the passage only names the body and the issue together (see `igkg:basis`).
    pub fn named_together(&self) -> bool {
        self.basis.as_deref() == Some("cooccurrence")
    }
}

/// One answer.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Answer {
    /// What it is.
    pub iri: String,
    /// Its label.
    pub label: String,
    /// All its labels.
    pub labels: Vec<String>,
    /// Passages supporting it.
    pub evidence: Vec<Evidence>,
    /// Meetings: first day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Meetings: last day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// Meetings: participants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,
    /// Recommendations: their words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Recommendations: their number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Recommendations: their status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Recommendations: their document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// People: their role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Citations: paragraphs cited.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// Coverage: the issues stated, when the answer is inherited through the taxonomy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<String>,
}

/// The reply to one question.
#[derive(Debug, Clone, Serialize)]
pub struct Reply {
    /// The kind asked.
    pub kind: String,
    /// The term as typed.
    pub term: String,
    /// What the term resolved to.
    pub resolved: ResolvedTerm,
    /// The further issues the term stands for when no issue is named by it but several hold it
    /// in their names ("persons with disabilities"): their answers follow those of `resolved`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<ResolvedTerm>,
    /// The bundled query run.
    pub query: String,
    /// The answers.
    pub answers: Vec<Answer>,
    /// The question, when a plain-English question was mapped to this kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
}

/// A resolved term, for output.
#[derive(Debug, Clone, Serialize)]
pub struct ResolvedTerm {
    /// Its IRI.
    pub iri: String,
    /// Its label.
    pub label: String,
}

/// Answers `kind` about `term`, resolved through labels; the kind's query is cancelled once
/// `timeout` has passed.
pub fn ask(
    store: &Store,
    library: &QueryLibrary,
    kind: AskKind,
    term: &str,
    timeout: Option<Duration>,
) -> Result<Reply> {
    let (Resolved { iri, label }, narrower) = resolve_all(store, library, kind.term, term)?;
    let mut reply = ask_resolved(store, library, kind, iri, &label, timeout)?;
    reply.term = term.to_string();
    if !narrower.is_empty() {
        // The term stands for several issues: each answer says which it came through.
        for a in &mut reply.answers {
            push_unique(&mut a.via, Some(label.clone()));
        }
    }
    for Resolved { iri, label } in narrower {
        let more = ask_resolved(store, library, kind, iri.clone(), &label, timeout)?;
        reply.merge(more.answers, &label);
        reply.also.push(ResolvedTerm {
            iri: iri.as_str().to_string(),
            label,
        });
    }
    Ok(reply)
}

impl Reply {
    /// Adds the answers found through `via`, one more entity the term stands for, to those of
    /// the entities before it: an answer found again gains the passages it did not have.
    fn merge(&mut self, answers: Vec<Answer>, via: &str) {
        for mut answer in answers {
            match self.answers.iter_mut().find(|a| a.iri == answer.iri) {
                Some(known) => {
                    push_unique(&mut known.via, Some(via.to_string()));
                    for e in answer.evidence {
                        let seen = known
                            .evidence
                            .iter()
                            .any(|k| k.document == e.document && k.quote == e.quote);
                        if known.evidence.len() < MAX_EVIDENCE && !seen {
                            known.evidence.push(e);
                        }
                    }
                }
                None => {
                    push_unique(&mut answer.via, Some(via.to_string()));
                    self.answers.push(answer);
                }
            }
        }
    }
}

/// Answers a plain-English question: maps it to a kind and its term (a term naming a document
/// of the store steers to the per-document kinds), then answers that; the reply keeps the
/// question beside the kind it was answered as.
pub fn ask_question(store: &Store, library: &QueryLibrary, question: &str, timeout: Option<Duration>) -> Result<Reply> {
    let names_document = |term: &str| crate::resolve::names_document(store, library, term).unwrap_or(false);
    let (kind, term) = interpret_in(question, &names_document)?;
    let mut reply = ask(store, library, kind, &term, timeout)?;
    reply.question = Some(question.to_string());
    Ok(reply)
}

/// Answers `kind` about the entity `iri`; the query is cancelled once `timeout` has passed.
pub fn ask_resolved(
    store: &Store,
    library: &QueryLibrary,
    kind: AskKind,
    iri: NamedNode,
    label: &str,
    timeout: Option<Duration>,
) -> Result<Reply> {
    let query = library.whole_answer(kind.query)?;
    let bindings = [(kind.param.to_string(), iri.clone().into())];
    let prepared = prepare_bound(&query.name, &query.text, timeout, &bindings)?;
    let table = Table::collect(evaluate(store, prepared, &[])?)?;
    Ok(Reply {
        kind: kind.name.to_string(),
        term: label.to_string(),
        resolved: ResolvedTerm {
            iri: iri.as_str().to_string(),
            label: label.to_string(),
        },
        also: Vec::new(),
        query: query.name.clone(),
        answers: group(&table),
        question: None,
    })
}

fn push_unique(list: &mut Vec<String>, value: Option<String>) {
    if let Some(v) = value
        && !list.contains(&v)
    {
        list.push(v);
    }
}

/// Groups query rows by `?iri` into answers, in order of first appearance.
fn group(table: &Table) -> Vec<Answer> {
    let mut answers: Vec<Answer> = Vec::new();
    // Each answer's place by its IRI: a body is recommended thousands of things.
    let mut places: HashMap<String, usize> = HashMap::new();
    for row in 0..table.rows.len() {
        let Some(iri) = table.get(row, "iri") else { continue };
        let i = match places.get(&iri) {
            Some(&i) => i,
            None => {
                places.insert(iri.clone(), answers.len());
                let label = table.get(row, "label").unwrap_or_else(|| iri.clone());
                answers.push(Answer {
                    iri,
                    labels: vec![label.clone()],
                    label,
                    date: table.get(row, "date"),
                    end_date: table.get(row, "endDate"),
                    participants: table.get(row, "participants"),
                    text: table.get(row, "text"),
                    number: table.get(row, "number"),
                    status: table
                        .get(row, "status")
                        .map(|s| s.rsplit('#').next().unwrap_or_default().to_string()),
                    document: table.get(row, "text").and(table.get(row, "doc")),
                    role: table.get(row, "role"),
                    ..Answer::default()
                });
                answers.len() - 1
            }
        };
        let a = &mut answers[i];
        push_unique(&mut a.labels, table.get(row, "altLabel"));
        push_unique(&mut a.labels, table.get(row, "symbol"));
        push_unique(&mut a.paragraphs, table.get(row, "paragraph"));
        let via = table
            .get(row, "viaLabel")
            .filter(|v| Some(v) != Some(&a.label) && table.get(row, "via") != Some(a.iri.clone()));
        push_unique(&mut a.via, via);
        if let (Some(document), Some(quote)) = (table.get(row, "doc"), table.get(row, "quote")) {
            let known = a.evidence.iter().any(|e| e.document == document && e.quote == quote);
            if a.evidence.len() < MAX_EVIDENCE && !known {
                let basis = table.get(row, "basis");
                a.evidence.push(Evidence { document, quote, basis });
            }
        }
    }
    // A passage that states the coverage comes before one that only names both.
    for a in &mut answers {
        a.evidence.sort_by_key(Evidence::named_together);
        let forms: Vec<String> = a.labels.iter().flat_map(|l| citation_forms(l)).collect();
        for form in forms {
            push_unique(&mut a.labels, Some(form));
        }
    }
    answers
}

/// A UN symbol of a resolution or decision ("A/RES/76/19", "E/RES/2006/46", "A/HRC/RES/20/8",
/// "A/DEC/75/564"): its series, what it is, and its number.
static RESOLUTION_SYMBOL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z]+(?:/[A-Z]+)*)/(RES|DEC)/(\d[\w./-]*(?: [A-C])?)$").unwrap());

/// The ways documents cite a resolution or decision by its symbol: "resolution 76/19",
/// "General Assembly resolution 76/19", "decision 75/564", so that an answer carries the form a
/// reader knows it by.
fn citation_forms(label: &str) -> Vec<String> {
    let Some(c) = RESOLUTION_SYMBOL.captures(label) else {
        return Vec::new();
    };
    let what = if &c[2] == "RES" { "resolution" } else { "decision" };
    let short = format!("{what} {}", &c[3]);
    let organ = match &c[1] {
        "A" => Some("General Assembly"),
        "E" => Some("Economic and Social Council"),
        "A/HRC" => Some("Human Rights Council"),
        "S" => Some("Security Council"),
        _ => None,
    };
    let mut forms = vec![short.clone()];
    forms.extend(organ.map(|o| format!("{o} {short}")));
    // The number alone ("70/125", "5/1"), and a resolution in parts with its letter closed up
    // ("57/270B"), as lists and later mentions write them.
    forms.push(c[3].to_string());
    if c[3].contains(' ') {
        forms.push(label.replace(' ', ""));
        forms.push(c[3].replace(' ', ""));
    }
    forms
}

/// Phrasings shown when a question cannot be mapped, one per kind.
const EXAMPLES: &[&str] = &[
    "which bodies are mentioned in FILE.txt?",
    "what issues does FILE.txt discuss?",
    "what does FILE.txt cite?",
    "who works on cybersecurity?",
    "what issues does the IGF cover?",
    "who chairs the CSTD?",
    "when did the WGEC meet?",
    "what is recommended to ECOSOC?",
];

/// Maps a plain-English question to a kind and its term; a term names a document only when it
/// is a file name.
pub fn interpret(question: &str) -> Result<(AskKind, String)> {
    interpret_in(question, &|_| false)
}

/// Maps a plain-English question to a kind and its term, `is_document` telling whether a term
/// (other than a file name) names a document, which steers to the per-document kinds.
pub fn interpret_in(question: &str, is_document: &dyn Fn(&str) -> bool) -> Result<(AskKind, String)> {
    if let Some((name, term)) = question::understand(question, is_document) {
        return Ok((kind(name).expect("the grammar names known kinds"), term));
    }
    let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    Err(Error::UnknownQuestion {
        question: question.to_string(),
        examples: EXAMPLES
            .iter()
            .map(|e| format!("\"{e}\""))
            .collect::<Vec<_>>()
            .join(", "),
        kinds: names.join(", "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::RdfFormat;

    #[test]
    fn a_resolution_symbol_carries_the_forms_documents_cite_it_by() {
        assert_eq!(
            citation_forms("A/RES/76/19"),
            ["resolution 76/19", "General Assembly resolution 76/19", "76/19"]
        );
        assert_eq!(
            citation_forms("A/HRC/RES/20/8"),
            ["resolution 20/8", "Human Rights Council resolution 20/8", "20/8"]
        );
        assert_eq!(
            citation_forms("A/RES/57/270 B")[2..],
            ["57/270 B", "A/RES/57/270B", "57/270B"]
        );
        assert_eq!(citation_forms("A/DEC/75/564")[0], "decision 75/564");
        // A report's symbol is cited as it stands.
        assert!(citation_forms("A/78/62").is_empty());
        assert!(citation_forms("Tunis Agenda for the Information Society").is_empty());
    }

    /// Recommendations to one body in two documents whose file names sort the other way round
    /// from their graphs, one with two passages, two labels and a number, one to another body.
    const RECOMMENDATIONS: &str = r#"
        @prefix igkg: <https://w3id.org/igkg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix : <https://example.org/> .
        :g1 {
            :d1 igkg:sourceFile "z.txt" .
            :r1 igkg:addressedTo :igf ; a igkg:Recommendation ; igkg:text "Hold a forum." ;
                rdfs:label "Item 2"@en, "Item two"@en ; igkg:status igkg:ProposedStatus ; igkg:number "2" ;
                dcterms:isPartOf :d1 ; prov:wasDerivedFrom :a1, :a2 .
            :a1 igkg:passage "Hold a forum." .
            :a2 igkg:passage "It should hold a forum." .
            :r2 igkg:addressedTo :itu ; a igkg:Recommendation ; igkg:text "Study." ; rdfs:label "Item 3"@en ;
                igkg:status igkg:ProposedStatus ; dcterms:isPartOf :d1 ; prov:wasDerivedFrom :a3 .
            :a3 igkg:passage "Study." .
        }
        :g2 {
            :d2 igkg:sourceFile "a.txt" .
            :r3 igkg:addressedTo :igf ; a igkg:Recommendation ; igkg:text "Report." ; rdfs:label "Item 1"@en ;
                igkg:status igkg:AdoptedStatus ; dcterms:isPartOf :d2 ; prov:wasDerivedFrom :a4 .
            :a4 igkg:passage "Report." .
        }
    "#;

    /// A query's form for whole answers gives the same rows in the same order: the JSON of `ask`
    /// is what programs read, and the paged form is what `query` and the server show.
    #[test]
    fn whole_answer_forms_give_their_queries_rows_in_order() {
        let store = Store::new().unwrap();
        store.load_from_slice(RdfFormat::TriG, RECOMMENDATIONS).unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let library = QueryLibrary::load(&dir).unwrap();
        assert!(!library.whole_answers.is_empty());
        for whole in &library.whole_answers {
            let kind = KINDS
                .iter()
                .find(|k| k.query == whole.name)
                .expect("an ask kind runs it");
            let bindings = [(
                kind.param.to_string(),
                NamedNode::new_unchecked("https://example.org/igf").into(),
            )];
            let rows = |text: &str| {
                let prepared = prepare_bound(&whole.name, text, None, &bindings).unwrap();
                Table::collect(evaluate(&store, prepared, &[]).unwrap()).unwrap()
            };
            let (fast, paged) = (rows(&whole.text), rows(&library.get(&whole.name).unwrap().text));
            assert_eq!(fast.rows.len(), 5, "{}", whole.name);
            assert_eq!(
                (fast.variables, fast.rows),
                (paged.variables, paged.rows),
                "{}",
                whole.name
            );
        }
    }

    #[test]
    fn maps_common_questions_to_kinds() {
        let cases = [
            ("which bodies cover privacy?", "bodies-for-issue", "privacy"),
            ("What issues does the IGF cover?", "issues-for-body", "the IGF"),
            ("who is affiliated with ICANN?", "people-of", "ICANN"),
            ("when did the WGEC meet?", "meetings-of", "the WGEC"),
            ("what is recommended to the CSTD?", "recommendations-for", "the CSTD"),
        ];
        for (question, kind, term) in cases {
            let (k, t) = interpret(question).unwrap();
            assert_eq!((k.name, t.as_str()), (kind, term), "{question}");
        }
        assert!(interpret("hello").is_err());
    }
}
