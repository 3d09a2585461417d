//! `igkg ask`: answers a kind of question about a term, or a plain-English question, with the
//! evidence for each answer.

use super::Globals;
use crate::ask::{self, Reply};
use crate::query::QueryLibrary;
use crate::store::open_read_only;
use anyhow::{Result, bail};
use clap::ValueEnum;
use std::io::Write;
use std::time::Duration;

/// Flags of `igkg ask`.
#[derive(Debug, clap::Args)]
pub struct AskArgs {
    /// A kind (bodies-in, issues-in, documents-cited-in, bodies-for-issue, issues-for-body,
    /// people-of, meetings-of, recommendations-for) or a question in quotes.
    kind_or_question: String,
    /// The document, body or issue asked about (with a kind).
    term: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: AskFormat,
    /// Cancel the question's query after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<u64>,
}

/// Output formats of `ask`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AskFormat {
    /// Readable text with evidence.
    Table,
    /// The JSON contract for programs.
    Json,
    /// One line per answer.
    Csv,
}

/// Answers and writes the reply.
pub(super) fn run(globals: &Globals, args: AskArgs, out: &mut dyn Write) -> Result<()> {
    let library = QueryLibrary::load(&globals.queries)?;
    let kind = match (ask::kind(&args.kind_or_question), &args.term) {
        (Some(k), Some(_)) => Some(k),
        (Some(k), None) => bail!(
            "ask {}: a term is needed, e.g. `igkg ask {} <{}>`",
            k.name,
            k.name,
            k.param
        ),
        (None, Some(_)) => {
            let names: Vec<&str> = ask::KINDS.iter().map(|k| k.name).collect();
            bail!(
                "unknown kind '{}'; kinds are: {}",
                args.kind_or_question,
                names.join(", ")
            )
        }
        (None, None) => None,
    };
    let store = open_read_only(&globals.store)?;
    let timeout = args.timeout.map(Duration::from_secs);
    let reply = match (kind, args.term) {
        (Some(kind), Some(term)) => ask::ask(&store, &library, kind, &term, timeout)?,
        _ => ask::ask_question(&store, &library, &args.kind_or_question, timeout)?,
    };
    write_reply(&reply, args.format, out)
}

fn write_reply(reply: &Reply, format: AskFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        AskFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, reply)?;
            writeln!(out)?;
        }
        AskFormat::Csv => {
            writeln!(out, "iri,label,detail,documents")?;
            for a in &reply.answers {
                let detail = a.date.clone().or(a.text.clone()).or(a.role.clone()).unwrap_or_default();
                let mut docs: Vec<&str> = a.evidence.iter().map(|e| e.document.as_str()).collect();
                docs.dedup();
                writeln!(
                    out,
                    "{},{},{},{}",
                    csv(&a.iri),
                    csv(&a.label),
                    csv(&detail),
                    csv(&docs.join(" "))
                )?;
            }
        }
        AskFormat::Table => {
            if let Some(q) = &reply.question {
                writeln!(out, "{q}\n(answered as: igkg ask {} \"{}\")", reply.kind, reply.term)?;
            }
            let mut named = reply.resolved.label.clone();
            for also in &reply.also {
                named.push_str(&format!("; {}", also.label));
            }
            writeln!(
                out,
                "{} — {named} ({} answers, query {})",
                reply.kind,
                reply.answers.len(),
                reply.query
            )?;
            for a in &reply.answers {
                let mut head = a.label.clone();
                if let Some(d) = &a.date {
                    head = format!(
                        "{d}{}  {head}",
                        a.end_date.as_ref().map(|e| format!(" to {e}")).unwrap_or_default()
                    );
                }
                if let Some(r) = &a.role {
                    head.push_str(&format!(" — {r}"));
                }
                if !a.paragraphs.is_empty() {
                    head.push_str(&format!(" (paragraphs {})", a.paragraphs.join(", ")));
                }
                if !a.via.is_empty() {
                    head.push_str(&format!(" (via {})", a.via.join(", ")));
                }
                writeln!(out, "\n* {head}")?;
                if let Some(t) = &a.text {
                    writeln!(out, "  {}", t)?;
                }
                for e in a.evidence.iter().take(2) {
                    let quote: String = e.quote.chars().take(220).collect();
                    let more = if e.quote.chars().count() > 220 { "…" } else { "" };
                    let weak = if e.named_together() { " (named together)" } else { "" };
                    writeln!(out, "  [{}]{weak} “{quote}{more}”", e.document)?;
                }
            }
        }
    }
    Ok(())
}

fn csv(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
