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

fn mentioned(facts: &Facts) -> Vec<String> {
    facts
        .mentions
        .iter()
        .map(|m| &facts.entities[m.entity])
        .filter(|e| e.kind == Kind::Issue)
        .map(|e| e.label.clone())
        .collect()
}

#[test]
fn a_list_word_names_its_issue_in_a_list_only() {
    let facts = extract(
        "Recalling that at the third West African Internet Governance Forum the Forum discussed issues such as access, security, critical internet resources, privacy, cloud computing, and openness, in the region;",
    );
    let issues = mentioned(&facts);
    for issue in ["cybersecurity", "universal access", "privacy", "cloud computing"] {
        assert!(issues.contains(&issue.to_string()), "{issue}: {issues:?}");
    }
    let labels = minted(&facts);
    assert!(
        !labels
            .iter()
            .any(|l| l == "security" || l == "privacy" || l == "cloud computing" || l.contains("region")),
        "{labels:?}"
    );
    let prose = extract("The security of the meeting venue and access to the building were ensured by the host.\n");
    let issues = mentioned(&prose);
    assert!(
        !issues.iter().any(|l| l == "cybersecurity" || l == "universal access"),
        "{issues:?}"
    );
}

#[test]
fn a_programme_s_theme_list_names_its_issues_and_who_covers_them() {
    let facts = extract(
        "MAG members identified a focused framing for the 15th IGF programme around three priority thematic areas: (1) Inclusion, (2) Data, and (3) Trust.\n\nOpen Consultation participants believe that the four thematic areas (data, environment, inclusion and trust) are still relevant for IGF 2020.\n",
    );
    let issues = mentioned(&facts);
    for issue in [
        "inclusiveness",
        "data governance",
        "digital trust",
        "environmental sustainability",
    ] {
        assert!(issues.contains(&issue.to_string()), "{issue}: {issues:?}");
    }
    let covered = common::extraction::stated_coverage(&facts);
    for body in ["Internet Governance Forum", "Multistakeholder Advisory Group"] {
        for issue in ["inclusiveness", "data governance", "digital trust"] {
            assert!(
                covered.iter().any(|(b, i, _)| b == body && i == issue),
                "{body} {issue}: {covered:?}"
            );
        }
    }
    // The tracks of an event are its parts, not its topics.
    let tracks =
        extract("The Event builds upon two tracks: the High-Level Track, which will comprise of formal statements.\n");
    assert!(minted(&tracks).is_empty(), "{:?}", minted(&tracks));
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
