//! Topics listed under the sentence that says who discussed them: "The GAC met with the ICANN
//! Board and discussed:" over bulleted items ("• 2-character country codes at the second level.",
//! "• Recent dialogue … on mitigating domain name abuse."). Every body the lead-in names took
//! part in the discussion, so each covers the issues of each item.

use super::mentions::entities_in;
use super::{Coverage, Facts};
use crate::text::ParagraphKind;
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// A lead-in ending on a verb of discussion and a colon: "… and discussed:", "The Committee
/// considered the following issues:".
static DISCUSSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:discuss(?:ed|es)?|address(?:ed|es)?|consider(?:ed|s)?|review(?:ed|s)?|examin(?:ed|es)|exchanged views on|focus(?:ed|es)? on|deliberated on)(?:\s+the\s+following(?:\s+[\w-]+){0,2})?\s*:\s*$").unwrap()
});

/// Adds the coverage of the bodies of every discussion lead-in over the issues of the items
/// under it.
pub(super) fn discussed_items(facts: &Facts, found: &mut Vec<Coverage>) {
    let paragraphs = &facts.clean.paragraphs;
    for (p, lead) in paragraphs.iter().enumerate() {
        if lead.footnote || !DISCUSSED.is_match(facts.clean.str(lead.span.clone())) {
            continue;
        }
        let sentence = facts.sentence_span(lead.span.end.saturating_sub(1));
        let bodies = entities_in(facts, &sentence, Kind::Body, true);
        if bodies.is_empty() {
            continue;
        }
        let modality = super::coverage::modality(facts, &sentence, &facts.text(&sentence));
        let items = paragraphs[p + 1..]
            .iter()
            .take_while(|q| matches!(q.kind, ParagraphKind::Bullet | ParagraphKind::Numbered(_)));
        for item in items {
            for issue in entities_in(facts, &item.span, Kind::Issue, true) {
                for &body in &bodies {
                    found.push(Coverage {
                        body,
                        issue,
                        modality,
                        basis: "list",
                        evidence: sentence.start..item.span.end,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DISCUSSED;

    #[test]
    fn a_lead_in_ends_on_a_verb_of_discussion_and_a_colon() {
        assert!(DISCUSSED.is_match("The GAC met with the ICANN Board and discussed:"));
        assert!(DISCUSSED.is_match("The Committee considered the following agenda items:"));
        assert!(!DISCUSSED.is_match("The GAC met with the ICANN Board and discussed the agenda."));
        assert!(!DISCUSSED.is_match("Participants:"));
    }
}
