//! Each extraction rule on short passages of real documents of the field, positives and negatives.

mod common;

use common::extraction::extract;
use igkg::extract::{Facts, Modality};
use igkg::vocab::Kind;

fn label(facts: &Facts, id: usize) -> String {
    facts.entities[id].label.clone()
}

fn mentioned(facts: &Facts, kind: Kind) -> Vec<String> {
    let mut out: Vec<String> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == kind)
        .map(|m| label(facts, m.entity))
        .collect();
    out.dedup();
    out
}

fn coverage(facts: &Facts, modality: Modality) -> Vec<(String, String)> {
    facts
        .coverage
        .iter()
        .filter(|c| c.modality == modality)
        .map(|c| (label(facts, c.body), label(facts, c.issue)))
        .collect()
}

#[test]
fn a_verb_ties_a_body_to_an_issue() {
    let facts = extract(
        "Several delegates noted that the IGF has stimulated the exchange of views and ideas about a wide range of Internet issues, including critical Internet resources.\n",
    );
    assert_eq!(
        coverage(&facts, Modality::Stated),
        [(
            "Internet Governance Forum".to_string(),
            "critical Internet resources".to_string()
        )]
    );
}

#[test]
fn a_mandate_gives_the_requested_bodies_the_issue() {
    let facts = extract(
        "We accordingly request the Chair of the Commission on Science and Technology for Development, through the Economic and Social Council, to establish a working group to develop recommendations on how to further implement enhanced cooperation as envisioned in the Tunis Agenda.\n",
    );
    let stated = coverage(&facts, Modality::Stated);
    for body in [
        "Commission on Science and Technology for Development",
        "United Nations Economic and Social Council",
    ] {
        assert!(
            stated.contains(&(body.to_string(), "enhanced cooperation".to_string())),
            "{body}: {stated:?}"
        );
    }
}

#[test]
fn gaps_and_proposals_are_not_coverage() {
    let gap =
        extract("Current platforms such as the IGF do not fully address emerging issues, including cybersecurity.\n");
    assert!(coverage(&gap, Modality::Stated).is_empty());
    assert!(coverage(&gap, Modality::Gap).contains(&("Internet Governance Forum".into(), "cybersecurity".into())));
    let proposal = extract("The CSTD could become the forum for enhanced cooperation.\n");
    assert!(coverage(&proposal, Modality::Stated).is_empty());
    assert_eq!(coverage(&proposal, Modality::Proposed).len(), 1);
}

#[test]
fn bodies_named_only_in_urls_are_not_mentioned() {
    let facts =
        extract("The summary is at http://unctad.org/meetings/en/WGEC_2016_meeting1_Chairs_summary_en.pdf for all.\n");
    assert!(
        mentioned(&facts, Kind::Body).is_empty(),
        "{:?}",
        mentioned(&facts, Kind::Body)
    );
}

#[test]
fn coordinated_modifiers_name_both_issues() {
    let facts = extract("Social-economic development: Bridging digital and gender divide.\n");
    let issues = mentioned(&facts, Kind::Issue);
    assert!(
        issues.contains(&"digital divide".to_string()) && issues.contains(&"gender divide".to_string()),
        "{issues:?}"
    );
}

#[test]
fn an_instrument_s_name_names_its_issues_and_its_body() {
    let facts = extract(
        "He stated that Africa is guided by the African Union Convention on Cyber Security and Personal Data Protection adopted in 2014.\n",
    );
    let issues = mentioned(&facts, Kind::Issue);
    for issue in ["cybersecurity", "data protection"] {
        assert!(issues.contains(&issue.to_string()), "{issue}: {issues:?}");
    }
    assert!(mentioned(&facts, Kind::Body).contains(&"African Union".to_string()));
    assert!(!mentioned(&facts, Kind::Instrument).is_empty());
}

#[test]
fn people_get_their_role_and_body() {
    let facts = extract(
        "The presenters were:\n· Mr Alexander Ntoko, speaking on behalf of the Secretary-General of the International Telecommunication Union, Dr Hamadoun Touré;\n· Ms Anriette Esterhuysen, Executive Director of the Association for Progressive Communications;\n",
    );
    let got: Vec<(String, String, Option<String>)> = facts
        .affiliations
        .iter()
        .map(|a| (label(&facts, a.person), label(&facts, a.body), a.role.clone()))
        .collect();
    let itu = "International Telecommunication Union".to_string();
    assert_eq!(
        got[0],
        (
            "Alexander Ntoko".into(),
            itu.clone(),
            Some("speaking on behalf of the Secretary-General".into())
        )
    );
    assert_eq!(got[1], ("Hamadoun Touré".into(), itu, Some("Secretary-General".into())));
    assert_eq!(got[2].1, "Association for Progressive Communications");
    assert!(
        !mentioned(&facts, Kind::Body)
            .iter()
            .any(|b| b.contains("Secretary-General")),
        "the ITU's head is not the UN Secretary-General"
    );
}

#[test]
fn meetings_get_date_place_convenor_and_participants() {
    let facts = extract(
        "The Chair of the CSTD convened this one-day meeting at the office of the International Labour Organisation in Geneva on 18 May 2012.  It was attended by 54 governments and 77 other participants.\n",
    );
    let m = &facts.meetings[0];
    assert_eq!(
        (m.start.as_str(), m.participants, m.reported),
        ("2012-05-18", Some(131), true)
    );
    assert_eq!(
        label(&facts, m.convenor.unwrap()),
        "Commission on Science and Technology for Development"
    );
    assert_eq!(label(&facts, m.place.unwrap()), "Geneva");
}

#[test]
fn the_group_resolves_to_the_working_group_named_before() {
    let facts = extract(
        "The Working Group on Enhanced Cooperation (WGEC) was composed of twenty-two Member States. The group held five meetings: 30 September 2016 and 26-27 January 2017.\n",
    );
    let dates: Vec<(&str, Option<&str>)> = facts
        .meetings
        .iter()
        .map(|m| (m.start.as_str(), m.end.as_deref()))
        .collect();
    assert_eq!(dates, [("2016-09-30", None), ("2017-01-26", Some("2017-01-27"))]);
    assert!(
        facts
            .meetings
            .iter()
            .all(|m| label(&facts, m.convenor.unwrap()) == "Working Group on Enhanced Cooperation")
    );
}

/// Labels of the bodies mentioned inside `part` of `text`, explicitly or by description.
fn bodies_at(text: &str, part: &str) -> Vec<String> {
    let facts = extract(text);
    let from = text[..text.find(part).unwrap()].chars().count();
    let span = from..from + part.chars().count();
    facts
        .mentions_in(&span)
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| label(&facts, m.entity))
        .collect()
}

#[test]
fn descriptions_with_their_modifiers_resolve_to_the_body_they_shorten() {
    // IGF 2022 Leadership Panel roundtable report: a name written with its acronym inside, then
    // "the Leadership Panel" and "the panel" after another panel is named.
    let text = "The session introduced the Internet Governance Forum (IGF) Leadership Panel to stakeholders. The High-Level Panel on Digital Cooperation recommended three models, and the Leadership Panel is a manifestation of the IGF+ vision. It was noted that the MAG and the panel should work together.\n";
    assert!(
        bodies_at(text, "Internet Governance Forum (IGF) Leadership Panel")
            .contains(&"IGF Leadership Panel".to_string())
    );
    assert_eq!(bodies_at(text, "the Leadership Panel"), ["IGF Leadership Panel"]);
    assert_eq!(bodies_at(text, "the panel should"), ["IGF Leadership Panel"]);
    // GCSC final report summary (2019): "the Global Commission" after its full name.
    let gcsc = "The Global Commission on the Stability of Cyberspace (GCSC) adopted its report. Marina Kaljurand, Chair of the Global Commission, spoke.\n";
    assert_eq!(
        bodies_at(gcsc, "the Global Commission,"),
        ["Global Commission on the Stability of Cyberspace"]
    );
    // A description whose words no body named before holds resolves to none.
    assert!(
        bodies_at(
            "The IGF met. The Regional Commission agreed.\n",
            "The Regional Commission"
        )
        .is_empty()
    );
}

#[test]
fn paragraph_references_attach_to_their_instrument() {
    let facts = extract(
        "Progress has been made in relation to the process towards enhanced cooperation detailed in paragraphs 69 to 71 of the Tunis Agenda. UNGA in its Resolution A/70/125 drew attention to it.\n",
    );
    let tunis = facts.citations.iter().find(|c| !c.paragraphs.is_empty()).unwrap();
    assert_eq!(
        label(&facts, tunis.instrument),
        "Tunis Agenda for the Information Society"
    );
    assert_eq!(tunis.paragraphs, [69, 70, 71]);
    assert!(
        facts
            .citations
            .iter()
            .any(|c| facts.entities[c.instrument].iri.ends_with("/instrument/a-res-70-125"))
    );
}

#[test]
fn recommendations_have_numbers_addressees_and_proposed_mechanisms() {
    let facts = extract(
        "Recommendations\n\n1. The WGEC recommends that a dedicated debate on enhanced cooperation be held every year by the General Assembly.\n\n2. The WGEC further recommends the creation of a permanent and open multistakeholder working group under the CSTD.\n\nANNEX I – Composition of the WGEC\n\nThe WGEC met in Geneva.\n",
    );
    assert_eq!(facts.recommendations.len(), 2);
    let first = &facts.recommendations[0];
    assert_eq!(first.number, Some(1));
    let to: Vec<String> = first.addressees.iter().map(|&b| label(&facts, b)).collect();
    assert_eq!(
        to,
        ["United Nations General Assembly"],
        "the author is not an addressee"
    );
    let second: Vec<String> = facts.recommendations[1]
        .addressees
        .iter()
        .map(|&b| label(&facts, b))
        .collect();
    assert!(
        second.contains(&"Commission on Science and Technology for Development".to_string()),
        "{second:?}"
    );
    assert!(
        second
            .iter()
            .any(|b| b == "permanent and open multistakeholder working group under the CSTD"),
        "{second:?}"
    );
    let link = facts.links.iter().find(|l| l.relation == "partOf").unwrap();
    assert_eq!(
        (label(&facts, link.to), link.modality),
        (
            "Commission on Science and Technology for Development".into(),
            Modality::Proposed
        )
    );
}

#[test]
fn institutional_links_stated_in_text() {
    let facts = extract(
        "This could be done by employing the model used by OECD's Committee on Digital Economy Policy (CDEP). The Internet Governance Forum, which was established by the Tunis Agenda, meets every year.\n",
    );
    let links: Vec<(String, &str, String)> = facts
        .links
        .iter()
        .map(|l| (label(&facts, l.from), l.relation, label(&facts, l.to)))
        .collect();
    assert!(
        links.contains(&(
            "Committee on Digital Economy Policy".into(),
            "partOf",
            "Organisation for Economic Co-operation and Development".into()
        )),
        "{links:?}"
    );
    assert!(
        links.contains(&(
            "Internet Governance Forum".into(),
            "establishedBy",
            "Tunis Agenda for the Information Society".into()
        )),
        "{links:?}"
    );
}

#[test]
fn unknown_bodies_are_introduced_by_their_definition() {
    let facts = extract("Members of the Global Forum on Cyber Expertise (GFCE) spoke. The GFCE agreed.\n");
    assert_eq!(mentioned(&facts, Kind::Body), ["Global Forum on Cyber Expertise"]);
}

#[test]
fn operative_paragraphs_and_recommending_sentences_are_recommendations() {
    let facts = extract(
        "The Assembly considered the report of the Commission on Science and Technology for Development.\n\n5. Requests the Secretary-General to submit to the General Assembly a report on the implementation of the present resolution.\n\n6. Notes the work of the Internet Governance Forum.\n\nThe Working Group recommends that the Internet Governance Forum strengthen its intersessional work.\n",
    );
    let recs: Vec<(Option<u32>, Vec<String>)> = facts
        .recommendations
        .iter()
        .map(|r| (r.number, r.addressees.iter().map(|&b| label(&facts, b)).collect()))
        .collect();
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert_eq!(recs[0].0, Some(5));
    assert!(
        recs[0]
            .1
            .contains(&"Secretary-General of the United Nations".to_string()),
        "{recs:?}"
    );
    assert_eq!(
        recs[1].1,
        ["Internet Governance Forum"],
        "'notes' is no recommendation: {recs:?}"
    );
}

#[test]
fn first_person_requests_of_outcome_documents_are_recommendations_unless_quoted() {
    // Tunis Agenda, paragraphs 72 and 76: the Secretary-General is asked; the forum he is to
    // convene is not an addressee.
    let own = extract(
        "72. We ask the UN Secretary-General, in an open and inclusive process, to convene, by the second quarter of 2006, a meeting of the new forum for multi-stakeholder policy dialogue—called the Internet Governance Forum (IGF).\n\n75. The UN Secretary-General would report to UN Member States periodically on the operation of the Forum.\n\n76. We ask the UN Secretary-General to examine the desirability of the continuation of the Forum.\n",
    );
    let addressed: Vec<Vec<String>> = own
        .recommendations
        .iter()
        .map(|r| r.addressees.iter().map(|&b| label(&own, b)).collect())
        .collect();
    assert_eq!(
        addressed,
        [
            ["Secretary-General of the United Nations"],
            ["Secretary-General of the United Nations"]
        ],
        "{addressed:?}"
    );

    // The same words quoted from a resolution are the resolution's request, not the document's.
    let quoted = extract(
        "UNGA in its Resolution A/70/125 drew special attention to enhanced cooperation:\n\n65. We note the divergent views held by Member States. We accordingly request the Chair of the Commission on Science and Technology for Development, through the Economic and Social Council, to establish a working group.\n",
    );
    assert!(quoted.recommendations.is_empty(), "{:?}", quoted.recommendations.len());
    let unquoted = extract(
        "65. We note the divergent views held by Member States. We accordingly request the Chair of the Commission on Science and Technology for Development, through the Economic and Social Council, to establish a working group.\n",
    );
    assert_eq!(unquoted.recommendations.len(), 1);
    assert_eq!(
        label(&unquoted, unquoted.recommendations[0].addressees[0]),
        "Commission on Science and Technology for Development"
    );
}

/// The bodies each recommendation of `text` is addressed to.
fn addressed(text: &str) -> Vec<Vec<String>> {
    let facts = extract(text);
    facts
        .recommendations
        .iter()
        .map(|r| r.addressees.iter().map(|&b| label(&facts, b)).collect())
        .collect()
}

#[test]
fn a_contributions_first_person_recommendations_and_proposals() {
    let got = addressed(
        "We recommend examining better ways to integrate the IGF in the Implementation of the WSIS Outcomes. In a similar way, a natural evolution for the IGF could be to have a stronger linkage with the UN Commission on Science and Technology for Development (CSTD), while maintaining the IGF's multistakeholder dimension.\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].contains(&"Internet Governance Forum".to_string()), "{got:?}");
    assert!(
        got[1].contains(&"Commission on Science and Technology for Development".to_string()),
        "{got:?}"
    );
    assert!(addressed("We recognize the IGF as one of the most successful outcomes of the WSIS.\n").is_empty());
}

#[test]
fn a_decision_or_stress_about_a_body_is_not_addressed_to_it() {
    let got = addressed(
        "19. Stresses that the consideration of improvements to the Internet Governance Forum should be based on the inputs to be provided to the working group by all Member States;\n\n20. Decides that the desirability of the continuation of the Internet Governance Forum will be considered again by Member States in the General Assembly in the context of a ten-year review;\n",
    );
    assert!(
        got.iter()
            .all(|r| !r.contains(&"Internet Governance Forum".to_string())),
        "{got:?}"
    );
    let asked = addressed("The Internet Governance Forum should strengthen its intersessional work.\n");
    assert_eq!(asked, [["Internet Governance Forum"]]);
}

#[test]
fn a_consultations_conclusions_are_recommendations_to_its_body() {
    let text = "ITU initiated the Action Line C2 consultation in Doha (9 March 2006) the main conclusions of which are: a. A wide range of stakeholders need to be involved in C2 implementation, since it is not only technical work. The participation of financing institutions is essential. Efforts should be made to involve a financing institution as a co-facilitator. b. The action line facilitation process at the international level should be linked to regional and national actions.\n";
    let got = addressed(text);
    assert!(
        !got.is_empty() && got.iter().all(|r| r == &["WSIS Action Line C2"]),
        "{got:?}"
    );
    let facts = extract(text);
    let texts: Vec<&str> = facts.recommendations.iter().map(|r| r.text.as_str()).collect();
    for phrase in [
        "need to be involved in C2 implementation",
        "involve a financing institution as a co-facilitator",
        "should be linked to regional and national actions",
    ] {
        assert!(texts.iter().any(|t| t.contains(phrase)), "{phrase}: {texts:?}");
    }
    assert!(!texts.iter().any(|t| t.starts_with("The participation")), "{texts:?}");
    let none = addressed(
        "Among other conclusions, the meeting decided that: the list should continue to be regarded as indicative.\n",
    );
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_known_name_broken_by_its_acronym_is_still_a_mention() {
    // CSTD working group on IGF improvements, chairman's summary of its fifth meeting (2012).
    let facts = extract(
        "The fifth meeting of the CSTD Working Group (WG) on improvements to the Internet Governance Forum (IGF) was held in Geneva.\n",
    );
    let bodies = mentioned(&facts, Kind::Body);
    let wg = "Working Group on Improvements to the Internet Governance Forum";
    assert!(bodies.contains(&wg.to_string()), "{bodies:?}");
    // Words around an acronym that make no known name stay apart.
    let facts = extract("The Working Group (WG) on tariffs met in Geneva.\n");
    assert!(!mentioned(&facts, Kind::Body).contains(&wg.to_string()));
}
