//! Recommendation rules on short passages of real documents of the field: for each rule, a
//! passage it reads as a recommendation to a body and a near miss it leaves alone.

mod common;

use common::extraction::extract;
use igkg::extract::Facts;

/// The bodies that the recommendations containing `phrase` are addressed to, with every
/// recommendation's words for the failure message.
fn to(facts: &Facts, phrase: &str) -> (Vec<String>, Vec<String>) {
    let bodies = facts
        .recommendations
        .iter()
        .filter(|r| r.text.contains(phrase))
        .flat_map(|r| r.addressees.iter().map(|&b| facts.entities[b].label.clone()))
        .collect();
    (bodies, facts.recommendations.iter().map(|r| r.text.clone()).collect())
}

/// Asserts that a recommendation containing `phrase` is (or, with `yes` false, is not)
/// addressed to `body`.
fn check(text: &str, body: &str, phrase: &str, yes: bool) {
    let (bodies, all) = to(&extract(text), phrase);
    assert_eq!(bodies.iter().any(|b| b == body), yes, "{body} in {bodies:?}; {all:?}");
}

#[test]
fn a_closing_sentence_announcing_the_following_recommendations_opens_their_list() {
    check(
        "As engaged stakeholders in the WSIS+20 Review process, we, the undersigned, submit the following recommendations1 to help operationalise the WSIS+20 review modalities.\n\n  1. Hold official stakeholder consultations at existing forums, including global and regional IGF initiatives.\n",
        "Internet Governance Forum",
        "Hold official stakeholder consultations",
        true,
    );
    check(
        "As engaged stakeholders in the WSIS+20 Review process, we, the undersigned, took part in the consultations to help operationalise the WSIS+20 review modalities.\n\n  1. Official stakeholder consultations were held at existing forums, including global and regional IGF initiatives.\n",
        "Internet Governance Forum",
        "consultations",
        false,
    );
}

#[test]
fn a_sentence_set_on_its_own_line_under_a_numbered_recommendation_is_that_recommendation() {
    let body = "The creation of a global AI data framework, developed through a process initiated by a relevant agency such as the United Nations Commission on International Trade Law and informed by the work of other international organisations\n";
    let uncitral = "United Nations Commission on International Trade Law";
    check(
        &format!("The recommendations are:\n🔷 Recommendation 6: Global AI data framework\n{body}"),
        uncitral,
        "global AI data framework",
        true,
    );
    check(
        &format!("Background\n{body}"),
        uncitral,
        "global AI data framework",
        false,
    );
}

#[test]
fn a_need_that_a_meeting_concurred_on_is_a_recommendation_to_the_bodies_it_names() {
    check(
        "The discussion resulted in concurrence over the need for prioritizing IGF outcomes and a thematically structured programme.\n",
        "Internet Governance Forum",
        "prioritizing IGF outcomes",
        true,
    );
    check(
        "Recalling that in the last three forums, we have continued working, under the same theme, to emphasise the need for the multi-stakeholder participation in the IGF process, within the region;\n",
        "Internet Governance Forum",
        "multi-stakeholder participation",
        false,
    );
}

#[test]
fn proposals_to_act_are_recommendations_to_the_bodies_they_name() {
    check(
        "There were proposals from participants in the Open Consultation to hold a main session at IGF 2020 on the digital cooperation agenda.\n",
        "Internet Governance Forum",
        "hold a main session",
        true,
    );
    check(
        "The proposals to the IGF were published on the website before the meeting.\n",
        "Internet Governance Forum",
        "published on the website",
        false,
    );
}

#[test]
fn an_initiative_approved_to_act_is_a_recommendation_to_the_bodies_it_names() {
    check(
        "A 'BPF on BPFs' was approved as an initiative to assess the BPFs and develop strategy for long-term improvements.\n",
        "IGF Best Practice Forums",
        "assess the BPFs",
        true,
    );
    check(
        "In addition, it was agreed to add a discussion under AOB regarding the proposal circulated on the MAG list to establish a newcomers track at IGF 2016.\n",
        "Internet Governance Forum",
        "newcomers track",
        false,
    );
}

#[test]
fn a_list_of_actions_in_the_bare_verb_is_a_list_of_recommendations() {
    check(
        "Facilitate Inclusive and Meaningful Stakeholder Consultations\n\n  1. Actively seek stakeholder input at every stage through written submissions.\n  2. Hold official stakeholder consultations at existing forums, including global and regional IGF initiatives.\n  3. Implement a multistakeholder speaking order during consultations.\n",
        "Internet Governance Forum",
        "Hold official stakeholder consultations",
        true,
    );
    check(
        "Participation\n\n  1. Stakeholders took part at every stage through written submissions.\n  2. Hold official stakeholder consultations at existing forums, including global and regional IGF initiatives.\n  3. The consultations were held online.\n",
        "Internet Governance Forum",
        "Hold official stakeholder consultations",
        false,
    );
}

#[test]
fn proposals_made_at_a_bodys_meeting_are_put_to_that_body() {
    let proposal = "There were proposals from participants in the Open Consultation to hold a main session at IGF 2020 on the Roadmap for Digital Cooperation.\n";
    check(
        &format!("Summary of Second IGF 2020 MAG Meeting Day 1 (17 June)\n\n{proposal}"),
        "Multistakeholder Advisory Group",
        "hold a main session",
        true,
    );
    check(
        "Summary of Second IGF 2020 MAG Meeting Day 1 (17 June)\n\nThe discussion resulted in concurrence over the need for prioritizing IGF outcomes.\n",
        "Multistakeholder Advisory Group",
        "prioritizing IGF outcomes",
        false,
    );
}

#[test]
fn the_advice_of_a_communique_is_a_recommendation_to_the_body_advised() {
    check(
        "The GAC advises the ICANN Board to ensure that the next round of new gTLDs is open to applicants from underserved regions.\n",
        "ICANN Board",
        "next round of new gTLDs",
        true,
    );
    check(
        "The GAC was advised by the ICANN Board to expect the next round of new gTLDs in 2026.\n",
        "ICANN Board",
        "next round of new gTLDs",
        false,
    );
}

#[test]
fn what_a_body_may_wish_to_do_is_a_recommendation_to_it() {
    check(
        "The Commission on Science and Technology for Development may wish to encourage Member States to share their experience of enhanced cooperation.\n",
        "Commission on Science and Technology for Development",
        "share their experience",
        true,
    );
    check(
        "Readers may wish to consult the annual report of the Commission on Science and Technology for Development for the figures.\n",
        "Commission on Science and Technology for Development",
        "annual report",
        false,
    );
}

#[test]
fn an_operative_clause_that_calls_on_a_body_runs_on_into_what_it_asks() {
    check(
        "- Calls on the International Telecommunication Union\n- to continue its work on the measurement of the information society;\n",
        "International Telecommunication Union",
        "measurement of the information society",
        true,
    );
    check(
        "- Notes the work of the International Telecommunication Union\n- on the measurement of the information society;\n",
        "International Telecommunication Union",
        "measurement of the information society",
        false,
    );
}

#[test]
fn a_need_stated_as_there_is_need_for_a_body_to_act_is_a_recommendation_to_it() {
    check(
        "There is need for the IGF Secretariat to publish the messages in all official UN languages.\n",
        "Internet Governance Forum Secretariat",
        "publish the messages",
        true,
    );
    check(
        "There is no need for the IGF Secretariat to publish the messages again.\n",
        "Internet Governance Forum Secretariat",
        "publish the messages",
        false,
    );
}

#[test]
fn the_items_under_next_steps_give_a_role_to_the_bodies_they_name() {
    let item = "• The IGF Secretariat to circulate the draft programme to the MAG by the end of June.\n";
    check(
        &format!("Next Steps\n\n{item}"),
        "Multistakeholder Advisory Group",
        "circulate the draft programme",
        true,
    );
    check(
        &format!("Background\n\n{item}"),
        "Multistakeholder Advisory Group",
        "circulate the draft programme",
        false,
    );
}

#[test]
fn a_body_tasked_to_act_is_given_a_role() {
    check(
        "We task the Digital Economy Working Group to take forward the work on data free flow with trust.\n",
        "G20 Digital Economy Working Group",
        "data free flow with trust",
        true,
    );
    check(
        "Recalling the mandate that it gave to the Digital Economy Working Group, and its work on data free flow with trust,\n",
        "G20 Digital Economy Working Group",
        "data free flow with trust",
        false,
    );
}

#[test]
fn a_reported_suggestion_in_the_subjunctive_and_a_role_seen_for_a_body() {
    check(
        "Participants suggested that the MAG consider a main session on data governance.\n",
        "Multistakeholder Advisory Group",
        "consider a main session",
        true,
    );
    // The body is part of a longer subject, not the one asked.
    check(
        "Participants suggested that the MAG of the IGF is too small.\n",
        "Multistakeholder Advisory Group",
        "too small",
        false,
    );
    check(
        "Speakers saw a role for the RIPE NCC in supporting capacity building in the region.\n",
        "RIPE Network Coordination Centre",
        "capacity building",
        true,
    );
    check(
        "Speakers described the role of the RIPE NCC in the region.\n",
        "RIPE Network Coordination Centre",
        "role of the RIPE NCC",
        false,
    );
}

#[test]
fn members_of_a_body_asked_to_act_are_the_body_asked() {
    // IGF MAG virtual meeting summary (8 November 2016).
    let text =
        "MAG members were encouraged to sign-in to the Sched and promote the IGF programme through this channel.\n";
    check(text, "Multistakeholder Advisory Group", "sign-in to the Sched", true);
    // Members of a body who praise something ask nothing of it.
    check(
        "MAG members of long standing praised the Sched and the IGF programme.\n",
        "Multistakeholder Advisory Group",
        "Sched",
        false,
    );
}

#[test]
fn the_body_an_operative_lead_instructs_is_asked_by_each_numbered_item_under_it() {
    // ITU Plenipotentiary Resolution 102 (Rev. Dubai, 2018), as converted from its PDF.
    let resolution = "resolves\n4 to continue the CWG-Internet activities, on the basis of reciprocity.\ninstructs the Secretary-General\n1 to continue to take a significant role in international discussions and initiatives on the management of Internet domain names;\n2 to take the necessary steps for ITU to continue to play a facilitating role in the coordination of international public policy issues;\n";
    let sg = "Secretary-General of the United Nations";
    check(resolution, sg, "significant role in international discussions", true);
    check(resolution, sg, "facilitating role", true);
    check(
        resolution,
        "International Telecommunication Union",
        "facilitating role",
        true,
    );
    // What the conference resolves for itself is not asked of the Secretary-General.
    check(resolution, sg, "continue the CWG-Internet activities", false);
}

#[test]
fn what_a_sentence_urges_gives_the_bodies_it_names_a_role_whoever_is_urged() {
    check(
        "We urge governments to protect and strengthen the Internet Governance Forum as a unique global venue.\n",
        "Internet Governance Forum",
        "protect and strengthen",
        true,
    );
    // A verb of purpose asks nothing.
    check(
        "Those who took part note the value of the Internet Governance Forum as a key channel to encourage collaboration.\n",
        "Internet Governance Forum",
        "key channel",
        false,
    );
}

#[test]
fn suggesting_an_action_by_its_noun_or_gerund_recommends_it() {
    // A stakeholder's submission on the Global Digital Compact.
    let text = "Submission of the Association for Progressive Communications\n\nThe Pact commits to actions on digital cooperation. We suggest further strengthening the role of the Internet Governance Forum in follow up and review.\n";
    check(text, "Internet Governance Forum", "strengthening the role", true);
    // What something shows is no suggestion.
    let text = "Submission of the Association for Progressive Communications\n\nThe Pact commits to actions on digital cooperation. This suggests the growing relevance of the Internet Governance Forum.\n";
    check(text, "Internet Governance Forum", "growing relevance", false);
    // A body expected to act is given a role.
    let text = "Report of the consultation\n\nParticipants met in Geneva. The International Telecommunication Union was widely expected by Member States to host the next consultation on capacity building.\n";
    check(
        text,
        "International Telecommunication Union",
        "host the next consultation",
        true,
    );
}

#[test]
fn a_body_approved_or_proposed_as_facilitator_is_given_a_role() {
    // EDRi report on UNESCO's WSIS action-line consultations (Paris, October 2006).
    let text = "At the Paris consultations UNESCO was approved as the formal facilitator for action line C3, C7, C9 and C10. It was stressed that the Association for Progressive Communications (APC) is proposed as co-facilitator of Action line C2 together with the International Telecommunication Union (ITU).\n";
    let unesco = "United Nations Educational, Scientific and Cultural Organization";
    check(text, unesco, "formal facilitator", true);
    check(
        text,
        "Association for Progressive Communications",
        "proposed as co-facilitator",
        true,
    );
    // A body approving something is not given a role.
    check(
        "The proposal from UNESCO was widely approved with some minor modifications.\n",
        unesco,
        "widely approved",
        false,
    );
}
