//! Issues beyond the vocabulary: minted from the lists documents make, on real passages of the field.

mod common;

use common::extraction::extract;
use igkg::extract::Facts;
use igkg::vocab::Kind;

fn minted(facts: &Facts) -> Vec<String> {
    facts
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Issue && e.introduced.is_some())
        .map(|e| e.label.clone())
        .collect()
}

#[test]
fn listed_issues_outside_the_vocabulary_are_minted_and_known_ones_are_not() {
    let facts = extract(
        "Recalling that at the third West African Internet Governance Forum the Forum discussed issues such as access, security, critical internet resources, privacy, cloud computing, and openness, in the region;",
    );
    let labels = minted(&facts);
    assert!(labels.contains(&"security".to_string()), "{labels:?}");
    assert!(
        !labels
            .iter()
            .any(|l| l == "privacy" || l == "cloud computing" || l.contains("region"))
    );
}

#[test]
fn a_minted_issue_headed_by_a_vocabulary_issue_is_narrower() {
    let facts = extract("Sub-theme: Children's Data Governance\n");
    let id = facts
        .entities
        .iter()
        .position(|e| e.label == "children's data governance")
        .expect("minted");
    let link = facts.taxonomy.iter().find(|t| t.issue == id).expect("linked");
    assert!(link.broader);
    assert_eq!(facts.entities[link.to].label, "data governance");
}

#[test]
fn bodies_in_a_list_are_not_issues() {
    let facts = extract("The session discussed topics such as ICANN, the ITU and UNESCO.");
    assert!(minted(&facts).is_empty());
}

#[test]
fn action_line_headings_name_the_vocabulary_issue() {
    let facts = extract("Action Line C5: Building confidence and security in the use of ICTs\n");
    assert!(minted(&facts).is_empty());
    assert!(
        facts
            .mentions
            .iter()
            .any(|m| facts.entities[m.entity].label == "cybersecurity")
    );
}
