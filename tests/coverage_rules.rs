//! Coverage and recommendation rules on short passages of real documents of the field,
//! positives and negatives.

mod common;

use common::extraction::{extract, stated_coverage as covered};
use igkg::extract::Facts;

fn has(facts: &Facts, body: &str, issue: &str) -> bool {
    covered(facts).iter().any(|(b, i, _)| b == body && i == issue)
}

/// Stated coverage found by a rule that reads how the text ties body and issue. The negatives of
/// those rules use it: a body and an issue merely named in one clause are the co-occurrence
/// rule's, which has tests of its own.
fn tied(facts: &Facts, body: &str, issue: &str) -> bool {
    covered(facts)
        .iter()
        .any(|(b, i, basis)| b == body && i == issue && *basis != "cooccurrence")
}

#[test]
fn the_we_the_author_of_a_declaration_covers_its_issues() {
    let facts = extract(
        "1. We, the G20 Ministers responsible for the Digital Economy, convened in Maceió, Brazil, on 13 September 2024.\n\n2. We reaffirm the importance of creating an enabling digital economy that enables the full enjoyment of human rights.\n",
    );
    assert!(has(&facts, "Group of Twenty", "human rights"), "{:?}", covered(&facts));
    let cited = extract(
        "The report notes the G20 Ministers met in 2024.\n\nParticipants reaffirmed the importance of human rights.\n",
    );
    assert!(!has(&cited, "Group of Twenty", "human rights"), "{:?}", covered(&cited));
}

#[test]
fn a_document_that_says_whose_report_it_is_has_that_author() {
    // Global Commission on Internet Governance, "One Internet" backgrounder (2016).
    let facts = extract(
        "One Internet is the final report and vision of the Global Commission on Internet Governance. It is the culmination of two years of work.\n\nThe report calls for protecting privacy and freedom of expression online.\n",
    );
    let commission = "Global Commission on Internet Governance";
    assert!(has(&facts, commission, "privacy"), "{:?}", covered(&facts));
    let reviewed = extract(
        "The workshop opened with remarks by the host university on the year's programme of research.\n\nIn the afternoon the participants reviewed the final report of the Global Commission on Internet Governance, then spoke of privacy online.\n",
    );
    assert!(!tied(&reviewed, commission, "privacy"), "{:?}", covered(&reviewed));
}

#[test]
fn the_bodies_joined_to_the_author_of_a_response_are_authors_too() {
    // ICC BASIS submission on the WSIS+10 zero draft (2015).
    let head = "This document is the response of the International Chamber of Commerce (ICC) and its initiative Business Action to Support the Information Society (BASIS) to the WSIS +10 zero draft.\n\n1. Bridging the Digital Divide\n\nWe support efforts on the digital divide.\n";
    let facts = extract(head);
    let basis = "ICC Business Action to Support the Information Society";
    assert!(has(&facts, basis, "digital divide"), "{:?}", covered(&facts));
    // The body the response is sent to wrote nothing.
    let to = extract(&head.replace(
        "(ICC) and its initiative Business Action to Support the Information Society (BASIS) to",
        "(ICC) to Business Action to Support the Information Society (BASIS) on",
    ));
    assert!(!tied(&to, basis, "digital divide"), "{:?}", covered(&to));
}

#[test]
fn the_organisations_that_sign_a_statement_cover_its_issues() {
    // Montevideo Statement on the Future of Internet Cooperation (2013): "they" are the signatories.
    let statement = "Montevideo Statement on the Future of Internet Cooperation\n\n7 October 2013\n\nThey warned against Internet fragmentation at a national level.\n\nAdiel A. Akplogan, CEO\nAfrican Network Information Center (AFRINIC)\n";
    let facts = extract(statement);
    let afrinic = "African Network Information Centre";
    assert!(has(&facts, afrinic, "Internet fragmentation"), "{:?}", covered(&facts));
    let quoted = extract(
        "Montevideo Statement on the Future of Internet Cooperation\n\n7 October 2013\n\nThey warned against Internet fragmentation at a national level, as Adiel A. Akplogan, CEO of the African Network Information Center (AFRINIC), said.\n",
    );
    assert!(
        !tied(&quoted, afrinic, "Internet fragmentation"),
        "{:?}",
        covered(&quoted)
    );
}

#[test]
fn the_adopting_body_of_a_resolution_covers_its_issues() {
    let facts = extract(
        "Resolution adopted by the Economic and Social Council on 7 June 2023\n\nThe Economic and Social Council,\n\nRecalling the outcome documents on enhanced cooperation,\n",
    );
    assert!(
        has(
            &facts,
            "United Nations Economic and Social Council",
            "enhanced cooperation"
        ),
        "{:?}",
        covered(&facts)
    );
    let transmitted = extract(
        "Taking note of the report transmitted to the Economic and Social Council, which was prepared by others,\n\nRecalling the outcome documents on enhanced cooperation,\n",
    );
    assert!(
        !tied(
            &transmitted,
            "United Nations Economic and Social Council",
            "enhanced cooperation"
        ),
        "{:?}",
        covered(&transmitted)
    );
}

#[test]
fn a_statement_whose_opening_has_the_body_speak_is_the_body_s() {
    let facts = extract(
        "APC reaffirms the importance of multi stakeholder participation in the internet global public policy and principles debate. It is time to bring human rights back to the fore.\n",
    );
    assert!(
        has(&facts, "Association for Progressive Communications", "human rights"),
        "{:?}",
        covered(&facts)
    );
    let described = extract("APC is a network of organisations. It is time to bring human rights back to the fore.\n");
    assert!(
        !tied(&described, "Association for Progressive Communications", "human rights"),
        "{:?}",
        covered(&described)
    );
}

#[test]
fn the_session_a_statement_is_presented_at_is_the_venue() {
    let facts = extract(
        "Joint Statement Presented at the 58th Session of the UN Human Rights Council\n\nMarch 2025\n\nGenerally, Internet shutdowns restrict human rights.\n",
    );
    assert!(
        covered(&facts)
            .iter()
            .any(|(b, i, basis)| b.contains("Human Rights Council") && i.contains("shutdown") && *basis == "venue"),
        "{:?}",
        covered(&facts)
    );
    let sent = extract(
        "The contribution to the 4th meeting of the Human Rights Council\n\nGenerally, Internet shutdowns restrict human rights.\n",
    );
    assert!(
        !covered(&sent).iter().any(|(b, i, basis)| *basis != "cooccurrence"
            && b.contains("Human Rights Council")
            && i.contains("shutdown")),
        "{:?}",
        covered(&sent)
    );
}

#[test]
fn a_title_naming_a_forum_and_a_meeting_genre_makes_it_the_venue() {
    let facts = extract(
        "IGF 2019 Messages\n\nNovember 2019\n\nDiscussions on data governance were distilled into the following messages.\n",
    );
    assert!(
        has(&facts, "Internet Governance Forum", "data governance"),
        "{:?}",
        covered(&facts)
    );
    let cited = extract(
        "A summary of our views\n\nNovember 2019\n\nThe IGF and others held discussions. Data governance remains open.\n",
    );
    assert!(
        !tied(&cited, "Internet Governance Forum", "data governance"),
        "{:?}",
        covered(&cited)
    );
}

#[test]
fn a_title_opening_on_a_forum_and_its_year_makes_it_the_venue() {
    // African IGF 2023 news report of its communiqué.
    let text = "AfIGF 2023 Participants endorse 18 declarations and 3 commitments as programme ends in Abuja\n\nBy Chris Udochukwu\n\nFrom the communique issued at the end of the programme, the following declarations were made.\n\nRecommends that stakeholders focus on high-quality digital literacy programs.\n";
    let facts = extract(text);
    assert!(
        has(&facts, "African Internet Governance Forum", "ICT literacy"),
        "{:?}",
        covered(&facts)
    );
    // A year later in the line is not the forum's meeting.
    let cited = extract(&text.replace("AfIGF 2023 Participants endorse", "Participants endorse AfIGF 2023"));
    assert!(
        !tied(&cited, "African Internet Governance Forum", "ICT literacy"),
        "{:?}",
        covered(&cited)
    );
}

#[test]
fn the_body_adopting_the_texts_listed_covers_their_issues() {
    // Council of Europe MC-S-IS, report of its 9th meeting (2008).
    let text = "The Secretariat informed the Group of the recent adoption by the Committee of Ministers of the following instruments:\n\n- Recommendation CM/Rec(2008)6 on measures to promote the respect for freedom of expression and information with regard to Internet filters;\n\n- Declaration on protecting the dignity, security and privacy of children on the Internet.\n";
    let facts = extract(text);
    let cm = "Committee of Ministers of the Council of Europe";
    assert!(tied(&facts, cm, "freedom of expression"), "{:?}", covered(&facts));
    assert!(tied(&facts, cm, "privacy"), "{:?}", covered(&facts));
    // The texts a body only discussed are not said to be its own.
    let facts = extract(&text.replace("recent adoption by", "recent discussions with"));
    assert!(!tied(&facts, cm, "privacy"), "{:?}", covered(&facts));
}

#[test]
fn a_press_release_on_a_forum_that_concluded_makes_it_the_venue() {
    // IGF 2024 closing press release.
    let text = "Leaders unite for digital governance\n\nRiyadh, Kingdom of Saudi Arabia, 19 December – The Internet Governance Forum (IGF) in Riyadh concluded following five days of discussions.\n\nParticipants heard that disinformation could worsen existing inequalities.\n";
    let facts = extract(text);
    assert!(
        has(&facts, "Internet Governance Forum", "inequality"),
        "{:?}",
        covered(&facts)
    );
    // A forum that concluded something is not reported as meeting.
    let facts = extract(&text.replace(
        "in Riyadh concluded following five days of discussions",
        "concluded that more work is needed",
    ));
    assert!(
        !tied(&facts, "Internet Governance Forum", "inequality"),
        "{:?}",
        covered(&facts)
    );
}

/// Recommendations as (addressee labels, text).
fn recommended(facts: &Facts) -> Vec<(Vec<String>, String)> {
    facts
        .recommendations
        .iter()
        .map(|r| {
            (
                r.addressees.iter().map(|&b| facts.entities[b].label.clone()).collect(),
                r.text.clone(),
            )
        })
        .collect()
}

fn addressed(facts: &Facts, body: &str, phrase: &str) -> bool {
    recommended(facts)
        .iter()
        .any(|(to, text)| to.iter().any(|b| b == body) && text.contains(phrase))
}

#[test]
fn a_reported_mandate_is_a_recommendation_to_the_body_asked() {
    let facts = extract(
        "Recalling General Assembly resolution 60/252 of 27 March 2006, in which the Assembly requested the Economic and Social Council to oversee the systemwide follow-up of the Geneva and Tunis outcomes of the Summit,\n",
    );
    assert!(
        addressed(
            &facts,
            "United Nations Economic and Social Council",
            "oversee the systemwide follow-up"
        ),
        "{:?}",
        recommended(&facts)
    );
    let by = extract(
        "In line with the request made by the General Assembly, the full texts of all proposals can be found in an annex to the report.\n",
    );
    assert!(
        recommended(&by).iter().all(|(to, _)| to.is_empty()),
        "{:?}",
        recommended(&by)
    );
}

#[test]
fn a_nominal_request_is_addressed_to_the_body_after_to() {
    let facts = extract(
        "This report has been prepared in response to the request by the Economic and Social Council to the United Nations Secretary-General, in its resolution 2006/46, to inform the Commission on Science and Technology for Development on the implementation of the outcomes.\n",
    );
    let recs = recommended(&facts);
    assert!(
        addressed(
            &facts,
            "Secretary-General of the United Nations",
            "to inform the Commission"
        ),
        "{recs:?}"
    );
    assert!(
        !addressed(
            &facts,
            "United Nations Economic and Social Council",
            "to inform the Commission"
        ),
        "{recs:?}"
    );
}

#[test]
fn every_body_a_first_person_request_asks_is_an_addressee() {
    let facts = extract(
        "Therefore, we ask that member states, the Secretary-General and the Tech Envoy seek to ensure that proposals for digital governance remain consistent with multistakeholder practice.\n",
    );
    let recs = recommended(&facts);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0].0.len(), 2, "{recs:?}");
}

#[test]
fn what_will_be_submitted_to_a_body_is_addressed_to_it() {
    let facts = extract(
        "The group will submit a report to the Commission on Science and Technology for Development at its twenty-first session.\n",
    );
    assert!(
        addressed(
            &facts,
            "Commission on Science and Technology for Development",
            "will submit a report"
        ),
        "{:?}",
        recommended(&facts)
    );
    let past = extract(
        "The group submitted a report to the Commission on Science and Technology for Development at its twenty-first session.\n",
    );
    assert!(recommended(&past).is_empty(), "{:?}", recommended(&past));
}

#[test]
fn the_bodies_subject_of_a_modal_verb_are_given_a_role() {
    let facts = extract(
        "In other words, both Internet institutions (ICANN, ISOC and RIRs) and multilateral organisations (WIPO, ITU, UNESCO etc) should be used to develop principles.\n",
    );
    assert!(
        addressed(
            &facts,
            "International Telecommunication Union",
            "should be used to develop principles"
        ),
        "{:?}",
        recommended(&facts)
    );
    let other_clause = extract("The ITU held its meeting in Geneva, and participants should register early.\n");
    assert!(
        recommended(&other_clause).is_empty(),
        "{:?}",
        recommended(&other_clause)
    );
}

#[test]
fn every_body_of_a_listed_subject_is_given_the_role() {
    // African IGF 2023 communiqué.
    let facts = extract(
        "Whereas Africa has experienced significant growth in internet penetration, however, African states, African Union, and Regional Organisations should ensure policy interoperability to enhance digital cooperation.\n",
    );
    assert!(
        addressed(&facts, "African Union", "should ensure policy interoperability"),
        "{:?}",
        recommended(&facts)
    );
    // A body in a clause of its own is not the subject.
    let facts = extract(
        "Whereas the African Union has done much, the member states should ensure policy interoperability to enhance digital cooperation.\n",
    );
    assert!(
        !addressed(&facts, "African Union", "should ensure policy interoperability"),
        "{:?}",
        recommended(&facts)
    );
}

#[test]
fn support_for_a_body_s_mandate_is_a_role_for_it() {
    // Joint civil-society statement on the WSIS+10 review (2015).
    let facts = extract("Joint statement on WSIS+10\n\nWe fully support the IGF mandate renewal.\n");
    assert!(
        addressed(&facts, "Internet Governance Forum", "support the IGF mandate renewal"),
        "{:?}",
        recommended(&facts)
    );
    // Support for a body, not for its mandate, gives it no role.
    let facts = extract("Joint statement on WSIS+10\n\nWe fully support the IGF and its community.\n");
    assert!(recommended(&facts).is_empty(), "{:?}", recommended(&facts));
}

#[test]
fn items_under_a_verb_lead_in_are_recommendations() {
    let facts = extract(
        "We, participants of the Forum, meeting in Abuja,\n\n1) Elect to:\n\na) Consult with the Economic Community of West African States on hosting the Secretariat;\n\nb) Host the virtual Secretariat at the ECOWAS Commission.\n\n2) Recommend;\n\nEncourage more government participation in IGFs and ICANN's Governmental Advisory Committee (GAC).\n",
    );
    let recs = recommended(&facts);
    assert!(recs.iter().any(|(_, t)| t.starts_with("a) Consult with")), "{recs:?}");
    assert!(
        recs.iter()
            .any(|(to, t)| t.starts_with("Encourage more government participation")
                && to.iter().any(|b| b.contains("Governmental Advisory"))),
        "{recs:?}"
    );
    let narrative = extract(
        "The meeting elected a chair.\n\nParticipants then discussed hosting the Secretariat at the ECOWAS Commission.\n",
    );
    assert!(recommended(&narrative).is_empty(), "{recs:?}");
}

#[test]
fn a_clause_broken_into_items_runs_on_into_what_is_asked() {
    let facts = extract(
        "- resolves to instruct the ITU Telecommunication Standardization Sector and other relevant study groups\n- to continue to study internationalized (multilingual) domain names, and to continue to liaise\n",
    );
    let recs = recommended(&facts);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert!(recs[0].1.contains("to continue to study"), "{recs:?}");
}

#[test]
fn a_session_on_an_issue_is_covered_by_the_body_that_organised_it() {
    let facts = extract(
        "The open forum on cybersecurity, organized by the International Telecommunication Union, drew many participants.\n",
    );
    assert!(
        has(&facts, "International Telecommunication Union", "cybersecurity"),
        "{:?}",
        covered(&facts)
    );
    let attended = extract(
        "The open forum on cybersecurity was attended by the International Telecommunication Union among others.\n",
    );
    assert!(
        !tied(&attended, "International Telecommunication Union", "cybersecurity"),
        "{:?}",
        covered(&attended)
    );
}

#[test]
fn a_body_s_own_guidelines_on_an_issue_are_coverage() {
    let facts = extract("Several speakers referred to the OECD Privacy Guidelines as a model.\n");
    assert!(
        covered(&facts)
            .iter()
            .any(|(b, i, _)| b.contains("Organisation for Economic") && i == "privacy"),
        "{:?}",
        covered(&facts)
    );
    let apart = extract("The OECD met in Paris; privacy was not on its agenda that year.\n");
    assert!(
        !covered(&apart)
            .iter()
            .any(|(b, i, _)| b.contains("Organisation for Economic") && i == "privacy"),
        "{:?}",
        covered(&apart)
    );
}

#[test]
fn an_invitation_to_work_on_an_issue_is_a_mandate() {
    let facts = extract(
        "Invites the International Telecommunication Union to continue its work on cybersecurity in cooperation with all stakeholders;\n",
    );
    assert!(
        covered(&facts)
            .iter()
            .any(|(b, i, basis)| b == "International Telecommunication Union"
                && i == "cybersecurity"
                && *basis == "mandate"),
        "{:?}",
        covered(&facts)
    );
    let by = extract("As requested by the International Telecommunication Union, the report covers cybersecurity.\n");
    assert!(
        !covered(&by).iter().any(|(_, _, basis)| *basis == "mandate"),
        "{:?}",
        covered(&by)
    );
}

#[test]
fn a_body_whose_name_carries_an_issue_covers_it_though_the_text_names_it_nowhere_else() {
    let facts =
        extract("Report of the Working Group on Internet Governance\n\nThe WGIG held four meetings in Geneva.\n");
    assert!(
        has(&facts, "Working Group on Internet Governance", "Internet governance"),
        "{:?}",
        covered(&facts)
    );
    assert!(
        !facts
            .mentions
            .iter()
            .any(|m| facts.entities[m.entity].label == "Internet governance"),
        "the issue is covered, not mentioned"
    );
}

#[test]
fn the_field_s_usual_wordings_of_its_standard_issues_are_known() {
    let facts = extract(
        "The IGF provided a substantive multistakeholder platform for engaged and informed discussions about policy issues pertaining to the Internet.\n",
    );
    assert!(
        has(&facts, "Internet Governance Forum", "Internet-related public policy"),
        "{:?}",
        covered(&facts)
    );
    let facts = extract(
        "Decides that the desirability of the continuation of the Forum will be considered in the context of a ten-year review of the implementation of the outcome of the World Summit on the Information Society. Consultation Meeting on Implementing WSIS outcomes.\n",
    );
    let issues: Vec<&str> = facts.entities.iter().map(|e| e.label.as_str()).collect();
    for issue in [
        "future of the IGF",
        "review of the World Summit on the Information Society",
        "implementation of the outcomes of the World Summit on the Information Society",
    ] {
        assert!(issues.contains(&issue), "{issue} in {issues:?}");
    }
}

#[test]
fn a_report_that_opens_on_a_body_s_meeting_has_that_body_as_venue() {
    let facts = extract(
        "Chairman's summary of the meeting\n\n1. The third meeting of the Working Group on Enhanced Cooperation (WGEC) was held at the Palais des Nations in Geneva, Switzerland on 24-28 February 2014.\n\n3. Dr. Yokozawa (Japan) presented an analysis of the multistakeholder structure in the IGF 2008-2013 discussions.\n",
    );
    assert!(
        has(
            &facts,
            "Working Group on Enhanced Cooperation",
            "multistakeholder participation"
        ),
        "{:?}",
        covered(&facts)
    );
    let acronym = extract(
        "This year, the Latin American and Caribbean Preparatory Meeting for the Internet Governance Forum (LACIGF) was held from July 16 to 18, 2014, in San Salvador, El Salvador.\n\n3. Net Neutrality\n",
    );
    assert!(
        has(
            &acronym,
            "Latin American and Caribbean Internet Governance Forum",
            "net neutrality"
        ),
        "{:?}",
        covered(&acronym)
    );
    // An acronym inside the object of another verb is not the subject of "was held".
    let object = extract(
        "1. An IGF Virtual MAG Meeting focused on National and Regional IGF Initiatives (NRIs) was held on 13 September 2016.\n\nThe MAG discussed net neutrality.\n",
    );
    assert!(
        !covered(&object)
            .iter()
            .any(|(b, i, basis)| *basis == "venue" && b.contains("Initiatives") && i == "net neutrality"),
        "{:?}",
        covered(&object)
    );
}

#[test]
fn the_body_that_runs_the_event_a_first_person_report_tells_of_is_its_venue() {
    let text = "To assist diplomats, the Geneva Internet Platform (the GIP), hosted by DiploFoundation, offers a monthly Geneva Briefing on Internet Governance.\n\nWe touched on President Obama's speech on the NSA surveillance, placing cybersecurity at the forefront.\n";
    let facts = extract(text);
    assert!(
        has(&facts, "Geneva Internet Platform", "cybersecurity"),
        "{:?}",
        covered(&facts)
    );
    assert!(
        !has(&facts, "DiploFoundation", "cybersecurity"),
        "{:?}",
        covered(&facts)
    );
    let third_person = extract(&text.replace("We touched on", "The President spoke of"));
    assert!(
        !has(&third_person, "Geneva Internet Platform", "cybersecurity"),
        "{:?}",
        covered(&third_person)
    );
}

#[test]
fn an_organisation_s_submission_to_a_review_covers_the_review() {
    let facts = extract(
        "27 September 2012\n\nISOC submission to the \"Open Consultation Process on Overall Review of the Implementation of the WSIS Outcomes (WSIS+10)\"\n",
    );
    assert!(
        has(
            &facts,
            "Internet Society",
            "review of the World Summit on the Information Society"
        ),
        "{:?}",
        covered(&facts)
    );
    let cited = extract("27 September 2012\n\nThe Chair thanked ISOC for its submission on the WSIS review.\n");
    assert!(
        !covered(&cited).iter().any(|(_, _, basis)| *basis == "author"),
        "{:?}",
        covered(&cited)
    );
}

#[test]
fn the_body_a_title_names_with_a_genre_word_covers_the_documents_issues() {
    // The opening of the WSIS+20 Forum High-Level Event's chair's summary (2024).
    let summary = extract(
        "Chair’s Summary – WSIS+20 Forum\n\nMay 2024\n\nFrom 27 to 31 May 2024, the event addressed cybersecurity and the digital divide.\n",
    );
    assert!(
        has(&summary, "WSIS+20 Forum", "cybersecurity"),
        "{:?}",
        covered(&summary)
    );
    // Not the summit whose name the forum's carries.
    assert!(
        !has(&summary, "World Summit on the Information Society", "cybersecurity"),
        "{:?}",
        covered(&summary)
    );
    // A title naming the body its document is sent to, or is about, gives it nothing.
    let sent = extract(
        "Contribution to the 4th meeting of the CSTD Working Group on Enhanced Cooperation\n\nWe are concerned about cybersecurity.\n",
    );
    assert!(
        !covered(&sent).iter().any(|(b, i, basis)| *basis != "cooccurrence"
            && b.contains("Enhanced Cooperation")
            && i == "cybersecurity"),
        "{:?}",
        covered(&sent)
    );
    let untitled =
        extract("The WSIS+20 Forum was mentioned in passing.\n\nOthers discussed cybersecurity at length.\n");
    assert!(
        !has(&untitled, "WSIS+20 Forum", "cybersecurity"),
        "{:?}",
        covered(&untitled)
    );
}

#[test]
fn what_the_subject_body_will_do_is_a_role_given_to_it_alone() {
    // IGF 2020 first open consultations and MAG meeting, "Decisions Taken and Next Steps".
    let facts = extract(
        "IGF Secretariat will assess if there is a need and capacity for hosting two more face-to-face MAG meetings.\n",
    );
    let secretariat = "Internet Governance Forum Secretariat";
    assert!(
        addressed(&facts, secretariat, "assess if there is a need"),
        "{:?}",
        recommended(&facts)
    );
    assert!(
        !addressed(&facts, "Multistakeholder Advisory Group", "assess"),
        "the MAG is what the meetings are of, not who is to act: {:?}",
        recommended(&facts)
    );
    let done = extract("IGF Secretariat assessed the need for two more face-to-face MAG meetings.\n");
    assert!(recommended(&done).is_empty(), "{:?}", recommended(&done));
}

#[test]
fn a_call_for_work_on_named_bodies_is_a_recommendation_to_them() {
    // Montevideo Statement on the Future of Internet Cooperation (2013).
    let facts = extract(
        "They called for accelerating the globalization of ICANN and IANA functions, towards an environment in which all stakeholders, including all governments, participate on an equal footing.\n",
    );
    assert!(
        addressed(
            &facts,
            "Internet Corporation for Assigned Names and Numbers",
            "globalization of ICANN"
        ),
        "{:?}",
        recommended(&facts)
    );
}

#[test]
fn a_body_and_an_issue_named_in_one_clause_are_coverage() {
    // APC, submission to the IGF community public consultation (2019): the IGF is presented as
    // the venue of the work it lists; APC only gives its view of the IGF.
    let facts = extract(
        "APC continues to see the Internet Governance Forum (IGF) – both as an annual global event and a multitude of national, regional and intersessional processes and events – as critical for bringing together key stakeholders in physical and digital spaces for policy dialogue, collaboration, coordination, capacity building and networking.\n",
    );
    let found = covered(&facts);
    assert!(
        found.iter().any(|(b, i, basis)| b == "Internet Governance Forum"
            && i == "capacity building"
            && *basis == "cooccurrence"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(b, _, _)| b.contains("Progressive")), "{found:?}");
    // A summit named as the context of what a sentence says does not cover its issues
    // (WSIS+20 Forum High-Level Event, chair's summary, 2024).
    let context = extract(
        "Open and realistic reflections are crucial for ensuring the continuing relevance of WSIS in the coming years of profound changes driven by Artificial Intelligence (AI) and other new and emerging technologies.\n",
    );
    assert!(
        !covered(&context)
            .iter()
            .any(|(b, _, _)| b == "World Summit on the Information Society"),
        "{:?}",
        covered(&context)
    );
    // A body named inside an issue's own name does not cover it.
    let inside = extract(
        "Member States stressed the implementation of the outcomes of the World Summit on the Information Society.\n",
    );
    assert!(
        !covered(&inside)
            .iter()
            .any(|(b, _, _)| b == "World Summit on the Information Society"),
        "{:?}",
        covered(&inside)
    );
    // A proposal in the same sentence stays a proposal.
    let proposed = extract("Participants suggested that UNESCO might in future take up privacy more broadly.\n");
    assert!(
        !covered(&proposed)
            .iter()
            .any(|(b, i, _)| b == "UNESCO" || i == "privacy" && b.contains("Educational")),
        "{:?}",
        covered(&proposed)
    );
}

#[test]
fn a_sentence_naming_no_body_goes_on_about_the_bodies_of_the_one_before() {
    // WSIS Forum 2015 outcomes summary.
    let text = "The WSIS Forum, co-organized by ITU, UNESCO, UNDP and UNCTAD, in close collaboration with all WSIS Action Line Facilitators/Co-Facilitators (UNDESA, FAO, UNEP, WHO, UN Women, WIPO) has proven to be an efficient mechanism for coordination of multistakeholder implementation activities. This forum provided structured opportunities to network, learn and participate in multi-stakeholder discussions and consultations on WSIS implementation.\n";
    let facts = extract(text);
    let found = covered(&facts);
    assert!(
        found.iter().any(|(b, i, basis)| b.contains("Food and Agriculture")
            && i.contains("World Summit")
            && *basis == "cooccurrence"),
        "{found:?}"
    );
    // A sentence that names a body of its own speaks of that body.
    let own = extract(&text.replace("This forum provided", "The IGF provided"));
    assert!(
        !covered(&own)
            .iter()
            .any(|(b, i, _)| b.contains("Food and Agriculture") && i.contains("World Summit")),
        "{:?}",
        covered(&own)
    );
}

#[test]
fn a_subject_after_an_introductory_phrase_acts() {
    // State of Broadband 2016, introduction: the bodies of the opening phrase do not act.
    let facts = extract(
        "Since its establishment in 2010 by ITU and UNESCO, the Broadband Commission has sought to promote the adoption of effective and inclusive broadband policies.\n",
    );
    assert!(
        tied(&facts, "Broadband Commission for Sustainable Development", "broadband"),
        "{:?}",
        covered(&facts)
    );
    assert!(
        !tied(
            &facts,
            "United Nations Educational, Scientific and Cultural Organization",
            "broadband"
        ),
        "{:?}",
        covered(&facts)
    );
}

#[test]
fn a_country_acting_after_an_introductory_phrase_covers_what_it_advances() {
    // RIPE NCC European Roundtable meeting report (2024).
    let facts = extract(
        "As Chair of the Freedom Online Coalition (FOC), the Netherlands actively advances principles such as human rights, including freedom of expression.\n",
    );
    let nl = "Government of the Netherlands";
    assert!(tied(&facts, nl, "human rights"), "{:?}", covered(&facts));
    // A country named as a place covers nothing.
    let facts = extract("The Freedom Online Coalition met in the Netherlands to discuss human rights.\n");
    assert!(!tied(&facts, nl, "human rights"), "{:?}", covered(&facts));
}

#[test]
fn a_body_that_speaks_in_a_numbered_opening_message_is_its_author() {
    // EuroDIG 2026 messages from Brussels, main topic 1.
    let text = "Main Topics\n\nMain Topic 1: WSIS+20 Review Outcomes and the Path to Implementation\n\n  1. EuroDIG supports practical actions to achieve complementarity between multistakeholder processes.\n  2. Tangible steps include emphasising human rights and connectivity.\n";
    let facts = extract(text);
    let eurodig = "European Dialogue on Internet Governance";
    assert!(has(&facts, eurodig, "human rights"), "{:?}", covered(&facts));
    // A body that the first message only mentions speaks for nothing.
    let facts = extract(&text.replace(
        "EuroDIG supports practical actions",
        "Practical actions by EuroDIG are needed",
    ));
    assert!(!tied(&facts, eurodig, "human rights"), "{:?}", covered(&facts));
}

#[test]
fn the_subject_of_a_verb_is_found_past_a_participle_phrase_after_it() {
    let facts = extract(
        "The Internet Governance Forum, hosted by the Government of Japan in Kyoto, addressed artificial intelligence and data governance at length.\n",
    );
    assert!(
        tied(&facts, "Internet Governance Forum", "artificial intelligence"),
        "{:?}",
        covered(&facts)
    );
    assert!(
        !tied(&facts, "Government of Japan", "artificial intelligence"),
        "the host named in the phrase is not the subject: {:?}",
        covered(&facts)
    );
}

#[test]
fn a_body_that_opens_the_document_by_publishing_its_report_covers_what_it_summarises() {
    // etradeforall summary of the AI Advisory Body's interim report (2023).
    let facts = extract(
        "The UN Secretary-General's AI Advisory Body has launched its Interim Report: Governing AI for Humanity. The report calls for a closer alignment between international norms and how AI is developed.\n\nIt also includes recommendations to enhance data governance.\n",
    );
    let body = "High-level Advisory Body on Artificial Intelligence";
    assert!(has(&facts, body, "data governance"), "{:?}", covered(&facts));
    // A report only mentioned in passing makes no author.
    let cited = extract(
        "Participants discussed many topics. Some recalled that the AI Advisory Body has launched its Interim Report: Governing AI for Humanity.\n\nOthers spoke of data governance.\n",
    );
    assert!(!tied(&cited, body, "data governance"), "{:?}", covered(&cited));
}

#[test]
fn a_body_that_opens_by_submitting_recommendations_covers_them() {
    // GIF Consortium news on its submissions to the GDC consultations (2024), with another body.
    let facts = extract(
        "The Internet Society has submitted recommendations to the open consultations on the Global Digital Compact.\n\nRecommendations included privacy and data protection.\n",
    );
    assert!(has(&facts, "Internet Society", "privacy"), "{:?}", covered(&facts));
    // Recommendations submitted to a body are not the receiver's.
    let to = extract(
        "Many groups have submitted recommendations to the Internet Society.\n\nRecommendations included privacy and data protection.\n",
    );
    assert!(!tied(&to, "Internet Society", "privacy"), "{:?}", covered(&to));
}

#[test]
fn states_that_open_the_document_by_releasing_a_letter_cover_what_it_outlines() {
    // GIP Digital Watch on the GDC co-facilitators' letter (September 2023).
    let facts = extract(
        "Rwanda and Sweden, co-facilitators of the Global Digital Compact process, have released a letter outlining their assessment of the deep dives.\n\nThe letter outlines the need to avoid internet fragmentation.\n",
    );
    for state in ["Government of Rwanda", "Government of Sweden"] {
        assert!(
            has(&facts, state, "Internet fragmentation"),
            "{state}: {:?}",
            covered(&facts)
        );
    }
    // Countries named as places publish nothing.
    let places = extract(
        "Meetings in Rwanda and Sweden discussed a letter.\n\nThe letter outlines the need to avoid internet fragmentation.\n",
    );
    assert!(
        !tied(&places, "Government of Rwanda", "Internet fragmentation"),
        "{:?}",
        covered(&places)
    );
}

#[test]
fn the_event_people_attended_and_its_organisers_cover_what_the_report_says() {
    // ITU news on the WSIS Forum 2019 (highlights and outcomes).
    let facts = extract(
        "More than 3000 experts contributed to and participated in the recent World Summit on the Information Society (WSIS) Forum 2019 to exchange best practices.\n\nThe programme focused on emerging technologies such as AI.\n\nThe forum was co-organized by ITU, UNESCO, UNCTAD and UNDP, in close collaboration with all UN agencies.\n",
    );
    for body in [
        "WSIS Forum",
        "International Telecommunication Union",
        "United Nations Development Programme",
    ] {
        assert!(
            has(&facts, body, "emerging technologies"),
            "{body}: {:?}",
            covered(&facts)
        );
    }
    // The partners after "in close collaboration with" did not organise it; a host government
    // lends the place, not the agenda.
    let hosted = extract(
        "More than 200 participants took part in the 2016 African Internet Governance Forum.\n\nThe meeting was hosted by the Government of South Africa.\n\nSpeakers discussed cybersecurity.\n",
    );
    assert!(
        has(&hosted, "African Internet Governance Forum", "cybersecurity"),
        "{:?}",
        covered(&hosted)
    );
    assert!(
        !tied(&hosted, "Government of South Africa", "cybersecurity"),
        "{:?}",
        covered(&hosted)
    );
}

#[test]
fn the_body_whose_dated_meeting_the_opening_names_is_the_venue_of_what_follows() {
    // Estonian report on the Freedom Online Coalition's Tallinn conference (2014).
    let facts = extract(
        "Estonia, as the current chairman, organized the Freedom Online Coalition's (FOC) fourth annual meeting and conference on April 28-29 in Tallinn, Estonia.\n\nMany speakers identified dangers regarding Internet fragmentation and censorship.\n",
    );
    assert!(
        has(&facts, "Freedom Online Coalition", "Internet fragmentation"),
        "{:?}",
        covered(&facts)
    );
    // A meeting named without a date is no report of it.
    let undated = extract(
        "Estonia recalled the Freedom Online Coalition's annual meeting as a model.\n\nMany speakers identified dangers regarding Internet fragmentation and censorship.\n",
    );
    assert!(
        !tied(&undated, "Freedom Online Coalition", "Internet fragmentation"),
        "{:?}",
        covered(&undated)
    );
}

#[test]
fn the_body_opening_a_preamble_inside_a_longer_paragraph_adopts_it() {
    // CSTD draft resolution for ECOSOC on WSIS implementation (2008).
    let facts = extract(
        "Draft Resolution for adoption by the Council\nThe Commission on Science and Technology for Development recommends to the\nEconomic and Social Council the adoption of the following draft resolution:\nAssessment of WSIS-implementation 2008\nThe Economic and Social Council,\nRecalling the outcome documents of the World Summit on the Information Society,\n\n1. Observes a change in nature of the digital divide.\n",
    );
    let ecosoc = "United Nations Economic and Social Council";
    assert!(has(&facts, ecosoc, "digital divide"), "{:?}", covered(&facts));
    // A body named before its comma in running text adopts nothing.
    let passing = extract(
        "The report was sent to the Economic and Social Council, recalling that the digital divide persists.\n",
    );
    assert!(!tied(&passing, ecosoc, "digital divide"), "{:?}", covered(&passing));
}

#[test]
fn a_body_in_an_instruments_name_does_not_cover_its_issues_but_its_own_act_does() {
    // Joint civil-society submission on the WSIS+20 Elements Paper (2025).
    let facts = extract(
        "The outcome should anchor the language in international human rights law and frameworks like the UN Guiding Principles on Business and Human Rights.\n",
    );
    assert!(!has(&facts, "United Nations", "human rights"), "{:?}", covered(&facts));
    // ITU Council Resolution 1305 (2009), among the instruments it recalls.
    let own = extract("recalling WTSA Resolution 50 (Rev. Johannesburg, 2008) on Cybersecurity;\n");
    assert!(
        has(
            &own,
            "World Telecommunication Standardization Assembly",
            "cybersecurity"
        ),
        "{:?}",
        covered(&own)
    );
}

#[test]
fn the_bodies_of_a_discussion_lead_in_cover_the_items_listed_under_it() {
    // ICANN59 GAC communiqué (Johannesburg, 29 June 2017), its meeting with the Board.
    let text = "The GAC met with the ICANN Board and discussed:\n\n• Recent dialogue between the GAC and the ICANN CEO on mitigating domain name abuse.\n• Improvement to ICANN document handling.\n\nThe GAC also welcomed progress on privacy.\n";
    let listed = |facts: &Facts, issue: &str| {
        covered(facts)
            .iter()
            .any(|(b, i, basis)| b == "ICANN Board" && i == issue && *basis == "list")
    };
    let facts = extract(text);
    assert!(listed(&facts, "DNS abuse"), "{:?}", covered(&facts));
    // The paragraph after the list is no item of it.
    assert!(!listed(&facts, "privacy"), "{:?}", covered(&facts));
    // A lead-in that discusses nothing lists no topics.
    let welcomed = extract(&text.replace("and discussed:", "and welcomed:"));
    assert!(!listed(&welcomed, "DNS abuse"), "{:?}", covered(&welcomed));
}
