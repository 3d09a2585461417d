//! Mechanisms a document proposes: "a permanent and open multistakeholder working group under
//! the CSTD", "a permanent intergovernmental mechanism in the Internet Governance Forum". Each
//! becomes an `igkg:ProposedMechanism` that is part of its host body and that the
//! recommendation proposing it gives a role to.

use super::coverage::modality;
use super::{Entity, Extractor, Facts, Introduced, Mention, Modality};
use crate::vocab::Kind;
use regex::Regex;
use std::sync::LazyLock;

static MECHANISM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:a|an|the)\s+((?:(?:new|permanent|open|open-ended|standing|dedicated|multistakeholder|multi-stakeholder|intergovernmental|institutional|global|international|specialized|and|,)\s+)*(?:working group|mechanism|body|committee|council|platform|focal point|observatory|task force))\s+(?:under|in|within|affiliated to|hosted by|at)\s+(?:the\s+)?$").unwrap()
});

/// Adds proposed mechanisms, with their host as a link, and gives the recommendations
/// proposing them a role for them.
pub fn find_mechanisms(facts: &mut Facts, ex: &Extractor) {
    let hosts: Vec<(usize, std::ops::Range<usize>)> = facts.named_bodies();
    for (host, span) in hosts {
        let from = span.start.saturating_sub(150);
        let before = facts.clean.str(from..span.start);
        let Some(cap) = MECHANISM.captures(before) else {
            continue;
        };
        let start = from + before[..cap.get(1).unwrap().start()].chars().count();
        let evidence = facts.sentence_span(span.start);
        if modality(facts, &evidence, &facts.text(&evidence)) != Modality::Proposed {
            continue;
        }
        let label = facts.text(&(start..span.end));
        let id = facts.entity(Entity {
            iri: ex.iris.minted("mechanism", &label).as_str().to_string(),
            kind: Kind::Body,
            label,
            introduced: Some(Introduced {
                class: "ProposedMechanism",
                acronym: None,
                evidence: evidence.clone(),
            }),
        });
        facts.mentions.push(Mention {
            entity: id,
            span: start..span.end,
            explicit: true,
        });
        facts.links.push(super::Link {
            from: id,
            to: host,
            relation: "partOf",
            modality: Modality::Proposed,
            evidence,
        });
        for r in facts
            .recommendations
            .iter_mut()
            .filter(|r| r.evidence.start <= start && span.end <= r.evidence.end)
        {
            if !r.addressees.contains(&id) {
                r.addressees.push(id);
            }
        }
    }
    facts.mentions.sort_by_key(|m| (m.span.start, m.span.end, m.entity));
}
