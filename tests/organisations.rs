//! Organisations the vocabulary does not know, and governments named through their country:
//! each rule on short passages of real documents of the field, positives and negatives.

mod common;

use common::extraction::extract;
use igkg::extract::Facts;
use igkg::vocab::Kind;

/// The labels of the bodies explicitly mentioned, sorted, without repeats.
fn bodies(text: &str) -> Vec<String> {
    let facts = extract(text);
    let mut out: Vec<String> = facts
        .mentions
        .iter()
        .filter(|m| m.explicit && facts.entities[m.entity].kind == Kind::Body)
        .map(|m| facts.entities[m.entity].label.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The facts' entity with this label, its `igkg:` class and the labels of what it is part of.
fn introduced(facts: &Facts, label: &str) -> (&'static str, Vec<String>) {
    let id = facts
        .entities
        .iter()
        .position(|e| e.label == label)
        .unwrap_or_else(|| panic!("no entity {label}"));
    let class = facts.entities[id].introduced.as_ref().map_or("", |i| i.class);
    let parents = facts
        .links
        .iter()
        .filter(|l| l.from == id && l.relation == "partOf")
        .map(|l| facts.entities[l.to].label.clone())
        .collect();
    (class, parents)
}

#[test]
fn names_with_an_organisation_head_are_bodies() {
    let text = "2. The Federal Ministry of Communications and Information Technology, through the Nigerian Internet Registry Authority and the Nigerian Internet Governance Forum, organized the meeting with the Economic Commission for Africa (ECA).\n";
    let found = bodies(text);
    for name in [
        "Federal Ministry of Communications and Information Technology",
        "Nigerian Internet Registry Authority",
        "Nigerian Internet Governance Forum",
    ] {
        assert!(found.contains(&name.to_string()), "{name} not in {found:?}");
    }
    // The national forum's name holds the IGF's, but does not mention the IGF.
    assert!(!found.contains(&"Internet Governance Forum".to_string()), "{found:?}");
    let facts = extract(text);
    assert_eq!(
        introduced(&facts, "Nigerian Internet Governance Forum").0,
        "NationalForum"
    );
    assert_eq!(
        introduced(&facts, "Nigerian Internet Registry Authority"),
        (
            "TechnicalCommunityOrganisation",
            vec!["Government of Nigeria".to_string()]
        )
    );
}

#[test]
fn titles_meetings_roles_venues_and_concepts_are_not_bodies() {
    for text in [
        "The Fourth Meeting of the Internet Governance Forum took place in Sharm El Sheikh.\n",
        "We, the participants at the regional West African Internet Governance Forum, held at the Welcome Centre and Hotel, Lagos (Nigeria), from 27th to 29th July 2011.\n",
        "Many more people around the world are participating in the Information Society than were in 2005.\n",
        "* Dr. Brian E. Carpenter former Group Leader, Communication Systems; former IAB chair\n",
        "The report of its Working Group was welcomed.\n",
    ] {
        let facts = extract(text);
        let minted: Vec<&str> = facts
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Body && e.introduced.is_some())
            .map(|e| e.label.as_str())
            .collect();
        assert!(minted.is_empty(), "{minted:?} minted from {text}");
    }
    assert!(
        !bodies("held at the Welcome Centre and Hotel, Lagos (Nigeria), from 27th to 29th July 2011.\n")
            .iter()
            .any(|b| b.contains("Nigeria"))
    );
}

#[test]
fn sub_units_of_known_bodies_are_part_of_them() {
    let facts = extract(
        // The vocabulary knows the IGF's Best Practice Forums and the current ITU-T study groups,
        // so sub-units it does not know stand in for them in this real sentence.
        "An update on the ongoing work of the IGF community activities including the IGF Capacity Development Office(s), and of ITU-T Study Group 9.\n",
    );
    assert_eq!(
        introduced(&facts, "IGF Capacity Development Office"),
        ("SubUnit", vec!["Internet Governance Forum".to_string()])
    );
    assert_eq!(
        introduced(&facts, "ITU-T Study Group 9").1,
        ["ITU Telecommunication Standardization Sector"]
    );
    let facts = extract(
        "Support came from the Public Information and Knowledge Management Division of the Economic Commission for Africa.\n",
    );
    let division = "Public Information and Knowledge Management Division of the Economic Commission for Africa";
    assert_eq!(
        introduced(&facts, division).1,
        ["United Nations Economic Commission for Africa"]
    );
}

#[test]
fn governments_are_named_by_their_country_when_they_act() {
    assert_eq!(
        bodies(
            "Expresses its gratitude to the Government of Switzerland for having hosted the first phase of the Summit.\n"
        ),
        ["Government of Switzerland"]
    );
    assert!(
        bodies("Thomas Schneider, Ambassador, Swiss Government and Co-Chair of the 2017 IGF MAG.\n")
            .contains(&"Government of Switzerland".to_string())
    );
    assert!(
        bodies("The first phase was hosted by Switzerland in December 2003.\n")
            .contains(&"Government of Switzerland".to_string())
    );
    // A delegate's country tag is read as a country (see the test of delegates below).
    assert!(
        !bodies("Ms. Ana Neves (Portugal) said the review should be open.\n")
            .contains(&"Government of Portugal".to_string())
    );
    // A country named as the place of a meeting, or in a list of countries, is not its government.
    assert!(
        bodies("The third African Internet Governance Forum was held in Abuja, Nigeria, from 10 to 12 July 2014.\n")
            .iter()
            .all(|b| !b.starts_with("Government"))
    );
    assert!(
        bodies(
            "representing the initiatives of the following ten (10) countries: Benin, Burkina Faso, Ghana and Togo.\n"
        )
        .is_empty()
    );
}

#[test]
fn a_ministry_named_by_a_demonym_is_part_of_that_government() {
    let facts = extract("Gunther Grathwohl, German Ministry of Economics (Host 2019)\n");
    assert_eq!(
        introduced(&facts, "German Ministry of Economics"),
        ("GovernmentAgency", vec!["Government of Germany".to_string()])
    );
}

#[test]
fn items_of_a_list_of_partners_are_bodies() {
    let found = bodies(
        "2. They received support from the following entities:\n\n• Nigerian Communications Commission\n\n• Google\n\n• UniForum SA\n\n• Winrock Nigeria Limited\n\n3. The meeting opened.\n",
    );
    for name in [
        "Google",
        "UniForum SA",
        "Winrock Nigeria Limited",
        "Nigerian Communications Commission",
    ] {
        assert!(found.contains(&name.to_string()), "{name} not in {found:?}");
    }
    let facts = extract("Sponsors: Google, UniForum SA.\n");
    assert_eq!(introduced(&facts, "UniForum SA").0, "PrivateSectorOrganisation");
}

#[test]
fn unknown_acronyms_listed_with_known_bodies_are_bodies() {
    let found =
        bodies("With the participation of ECOWAS, ICANN, AFRINIC, ISOC, the World Wide Web Foundation and FOSSFA.\n");
    assert!(found.contains(&"FOSSFA".to_string()), "{found:?}");
    // Acronyms of technologies listed together are not bodies.
    assert!(bodies("Deployment of IPv6, DNSSEC and IDNs remains slow.\n").is_empty());
}

#[test]
fn one_organisation_in_two_documents_is_one_entity() {
    let a = extract("The Trinity College Dublin hosted the workshop.\n");
    let b = extract("A researcher at Trinity College Dublin spoke.\n");
    let iri = |f: &Facts| {
        f.entities
            .iter()
            .find(|e| e.label == "Trinity College Dublin")
            .map(|e| e.iri.clone())
    };
    assert_eq!(iri(&a), iri(&b));
    assert_eq!(introduced(&a, "Trinity College Dublin").0, "AcademicInstitution");
    let c = extract("The Asia Pacific Research Centre for Networks published it.\n");
    let d = extract("The Asia Pacific Research Center for Networks published it.\n");
    let minted = |f: &Facts| {
        f.entities
            .iter()
            .find(|e| e.introduced.is_some())
            .map(|e| e.iri.clone())
    };
    assert_eq!(minted(&c), minted(&d));
}

#[test]
fn ad_hoc_groups_of_known_bodies_are_their_sub_units() {
    let facts = extract(
        "The Commission decided to establish a correspondence group of the CSTD to prepare the draft report.\n",
    );
    assert_eq!(
        introduced(&facts, "correspondence group of the CSTD"),
        (
            "SubUnit",
            vec!["Commission on Science and Technology for Development".to_string()]
        )
    );
    // A group of people in general is not an ad-hoc group of a body.
    assert!(
        bodies("A group of participants from the CSTD met informally.\n")
            .iter()
            .all(|b| !b.contains("group"))
    );
}

#[test]
fn organs_of_known_bodies_are_their_sub_units_not_another_bodys_organ() {
    let facts = extract(
        "The session began with remarks by the chairperson of the Africa IGF MAG, followed by Mr. Faya Makane, Chairperson of the Africa IGF secretariat. The Assembly of the African Union met in Addis Ababa.\n",
    );
    let forum = vec!["African Internet Governance Forum".to_string()];
    assert_eq!(introduced(&facts, "Africa IGF MAG"), ("SubUnit", forum.clone()));
    assert_eq!(introduced(&facts, "Africa IGF secretariat"), ("SubUnit", forum));
    assert_eq!(
        introduced(&facts, "Assembly of the African Union"),
        ("SubUnit", vec!["African Union".to_string()])
    );
    // The MAG of the Africa IGF is not the IGF's.
    assert!(
        facts
            .mentions
            .iter()
            .all(|m| !facts.entities[m.entity].iri.ends_with("/body/igf-mag")),
        "{:?}",
        bodies("the Africa IGF MAG\n")
    );
    // A person holding an office of the organ belongs to the organ.
    let secretariat = facts
        .entities
        .iter()
        .position(|e| e.label == "Africa IGF secretariat")
        .unwrap();
    assert!(
        facts
            .affiliations
            .iter()
            .any(|a| a.body == secretariat && facts.entities[a.person].label == "Faya Makane")
    );
    // Readers write it with the forum's short names.
    let mag = facts.entities.iter().position(|e| e.label == "Africa IGF MAG").unwrap();
    assert!(
        facts
            .aliases
            .iter()
            .any(|(id, name, _)| *id == mag && name == "AfIGF MAG")
    );
    // The body an organ of another is named for keeps its own name.
    assert!(
        bodies("The Council of the European Union met in Brussels.\n")
            .contains(&"Council of the European Union".to_string())
    );
}

#[test]
fn a_bodys_former_name_and_acronym_are_the_body() {
    // An ITU Council working group's report of 2018, under the name and acronym it had then.
    let facts = extract(
        "Council Working Group on the World Summit on the Information Society 32nd meeting– Geneva, 24-25 January 2018\nChairman, Working Group on WSIS (WG-WSIS)\n1.1. The WG-WSIS was created in 2002 (Resolution 1196).\n",
    );
    let groups: Vec<&str> = facts
        .mentions
        .iter()
        .filter(|m| facts.entities[m.entity].kind == Kind::Body)
        .map(|m| facts.entities[m.entity].iri.as_str())
        .collect();
    assert!(groups.len() >= 3, "{groups:?}");
    assert!(
        groups.iter().all(|iri| iri.ends_with("/body/itu-cwg-wsis-sdg")),
        "{groups:?}"
    );
}

#[test]
fn a_known_body_written_another_way_is_that_body() {
    let facts = extract(
        "Recalling the previous editions of the West African Internet Governance Forums held in Accra and Dakar.\n",
    );
    let known: Vec<&str> = facts
        .mentions
        .iter()
        .map(|m| facts.entities[m.entity].iri.as_str())
        .filter(|iri| iri.ends_with("/body/waigf"))
        .collect();
    assert_eq!(known.len(), 1);
    assert!(facts.entities.iter().all(|e| e.introduced.is_none()));
    // "IGF's Youth Coalitions (YCs)" and a later "Youth Coalitions" are one sub-unit.
    let facts = extract("The IGF's Youth Coalitions (YCs) met. The Youth Coalitions then reported.\n");
    let minted: Vec<&str> = facts
        .entities
        .iter()
        .filter(|e| e.introduced.is_some())
        .map(|e| e.iri.as_str())
        .collect();
    assert_eq!(minted, ["https://w3id.org/igkg/body/yc"]);
}

#[test]
fn a_delegates_country_tag_ties_the_person_but_names_no_body() {
    let text = "The third meeting of the Working Group on Enhanced Cooperation (WGEC) was held in Geneva. It was chaired by Mr. Peter Major (Hungary). Following him, Dr. Yokozawa (Japan) presented an analysis.\n";
    let named = bodies(text);
    assert!(!named.iter().any(|b| b.starts_with("Government of")), "{named:?}");
    let facts = extract(text);
    let tied = facts.affiliations.iter().any(|a| {
        facts.entities[a.person].label == "Peter Major" && facts.entities[a.body].label == "Government of Hungary"
    });
    assert!(tied, "{:?}", facts.affiliations);
    assert!(
        bodies("Expresses its gratitude to Switzerland for having hosted the Summit.\n")
            .contains(&"Government of Switzerland".to_string())
    );
}

#[test]
fn supporters_and_the_local_host_are_organisations() {
    let named = bodies(
        "With the support of APC, LACNIC, CGI.br/NIC.br, the Internet Society, Google, Telefónica and ICANN, the local host CONEXION El Salvador was in charge of this seventh edition, where 150 participants met.\n",
    );
    // CGI.br and NIC.br are known bodies: the list is split at their slash.
    for body in [
        "Brazilian Internet Steering Committee",
        "Brazilian Network Information Center",
        "Google",
        "Telefónica",
        "CONEXION El Salvador",
    ] {
        assert!(named.contains(&body.to_string()), "{body}: {named:?}");
    }
    assert!(!named.contains(&"CGI".to_string()), "{named:?}");
    assert!(!named.iter().any(|b| b.contains("edition")), "{named:?}");
}

#[test]
fn roles_years_months_and_glued_footnotes_are_not_names() {
    // ITU Council Working Group on Internet, report of its 10th meeting (2017).
    let found = bodies(
        "He further congratulated the five Vice-Chairmen of the Group representing different regions, as these were confirmed at the last session of Council in May 2017.\n",
    );
    assert!(
        found.iter().all(|b| !b.contains("Vice-Chairmen") && !b.contains("May")),
        "{found:?}"
    );
    // GA resolution 77/150: text extraction glued a footnote number to the next word.
    let found = bodies(
        "Recalling the outcomes of the World Summit on the Information Society, as well as previous resolutions on the issue,2Economic and Social Council resolutions 2006/46,\n",
    );
    assert!(found.iter().all(|b| !b.starts_with("issue")), "{found:?}");
    assert!(
        found.iter().any(|b| b.contains("Economic and Social Council")),
        "{found:?}"
    );
    // ITU Council Resolution 1305 (2009): its heading names a role and the session's year.
    let found = bodies(
        "RESOLUTION 1305 Role of the Dedicated Group in identifying international Internet-related public policy issues\n\nCouncil 2009\n\nGeneva, 20-30 October 2009\n",
    );
    assert!(
        found.iter().all(|b| !b.starts_with("Role") && !b.contains("2009")),
        "{found:?}"
    );
}

#[test]
fn a_known_body_in_the_other_spelling_and_the_name_after_its_and() {
    // GFCE first annual meeting news report (2016).
    assert_eq!(
        bodies(
            "A study by the Organisation of American States and the Global Cyber Security Capacity Centre at the Oxford University on cybersecurity preparedness.\n"
        ),
        [
            "Global Cyber Security Capacity Centre",
            "Organization of American States",
            "Oxford University"
        ]
    );
}

#[test]
fn a_country_after_the_acronym_ends_the_name() {
    // 12th Caribbean IGF report (CTU, 2016).
    let found = bodies("The forum was hosted by the Public Utilities Commission (PUC) of Belize.\n");
    assert!(
        found.contains(&"Public Utilities Commission of Belize".to_string()),
        "{found:?}"
    );
    // A place that is not a country or venue is not part of the name.
    let found = bodies("The forum was hosted by the Public Utilities Commission (PUC) of Reference.\n");
    assert!(found.contains(&"Public Utilities Commission".to_string()), "{found:?}");
}

#[test]
fn a_ministry_of_several_fields_is_one_name() {
    // WSIS Forum 2019 highlights and outcomes (ITU).
    let found = bodies(
        "WSIS Forum 2019 was chaired by H.E. Mr. Mustafa Jabbar, Minister, Ministry of Posts, Telecommunications and Information Technology, Bangladesh.\n",
    );
    let ministry = "Ministry of Posts, Telecommunications and Information Technology";
    assert!(found.contains(&ministry.to_string()), "{found:?}");
    // A list of bodies after a ministry is not its fields.
    let found = bodies("The Department of Justice, Acme Networks and Bell Labs met.\n");
    assert!(found.iter().all(|b| !b.contains("Justice, Acme")), "{found:?}");
    let found = bodies("The Ministry of Health, Kenya and Uganda signed.\n");
    assert!(found.iter().all(|b| !b.contains("Health, Kenya")), "{found:?}");
}

#[test]
fn a_committee_on_several_fields_is_one_name() {
    // PACE report Doc. 14789, Internet governance and human rights (2019).
    let found =
        bodies("The report of the Committee on Culture, Science, Education and Media calls for universal access.\n");
    let committee = "Committee on Culture, Science, Education and Media";
    assert!(found.contains(&committee.to_string()), "{found:?}");
    // A committee followed by other bodies keeps its own name.
    let found = bodies("The Committee on Culture, Acme Networks and Bell Labs met.\n");
    assert!(found.iter().all(|b| !b.contains("Culture, Acme")), "{found:?}");
}

#[test]
fn a_title_opening_on_a_recommendation_names_no_body() {
    // OECD Council Recommendation on AI (2019).
    let found = bodies(
        "Recommendation of the Council on Artificial Intelligence\n\nThe Committee on Digital Economy Policy met.\n",
    );
    assert!(found.iter().all(|b| !b.starts_with("Recommendation")), "{found:?}");
    assert!(
        found.contains(&"Committee on Digital Economy Policy".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_sentence_glued_to_the_last_word_of_another_starts_anew() {
    // IGF 2024 closing press release: a full stop without its space.
    let found =
        bodies("The IGF concluded following five days of high-level discussions.The Forum brought together experts.\n");
    assert!(found.iter().all(|b| !b.contains("discussions")), "{found:?}");
}

#[test]
fn a_french_name_runs_through_its_articles_and_elisions() {
    // African IGF 2012 report: the regional forums of Africa.
    let found = bodies(
        "The East Africa Internet Governance Forum (EAIGF), Le Forum de Gouvernance de l'internet en Afrique Centrale (FGI-CA) and others met.\n",
    );
    let fgi = "Forum de Gouvernance de l'internet en Afrique Centrale";
    assert!(found.contains(&fgi.to_string()), "{found:?}");
    assert!(found.iter().all(|b| !b.starts_with("Le ")), "{found:?}");
}

#[test]
fn a_heading_run_into_its_sentence_and_an_item_letter_name_no_body() {
    // ICANN 50 GAC communiqué: a numbered heading over the paragraph it heads.
    let found = bodies("1. Joint Working Arrangements Consultation Group\nThe GAC agreed to proposals.\n");
    assert!(found.iter().all(|b| !b.contains("The GAC")), "{found:?}");
    assert!(
        found.contains(&"Governmental Advisory Committee".to_string()),
        "{found:?}"
    );
    // CSTD working group on IGF improvements: the list's item letter after a body.
    let found =
        bodies("It covered modalities including open consultations, MAG and Acme Council C. Funding was discussed.\n");
    assert!(found.contains(&"Acme Council".to_string()), "{found:?}");
}

#[test]
fn an_acronym_in_capitals_is_the_name_s_even_when_built_another_way() {
    // Council of Europe MC-S-IS report (2008).
    let facts = extract(
        "The Group of Specialists on Human Rights in the Information Society (MC-S-IS) held its 9th meeting.\n",
    );
    let group = "Group of Specialists on Human Rights in the Information Society";
    let id = facts.entities.iter().position(|e| e.label == group).expect("the group");
    let acronym = facts.entities[id].introduced.as_ref().and_then(|i| i.acronym.clone());
    assert_eq!(acronym.as_deref(), Some("MC-S-IS"));
    // A country in brackets after a ministry is not its acronym.
    let facts = extract("The Ministry of Digital Economy of the Republic (USA) met.\n");
    assert!(
        facts
            .entities
            .iter()
            .all(|e| e.introduced.as_ref().and_then(|i| i.acronym.as_deref()) != Some("USA"))
    );
}

#[test]
fn a_role_opening_a_name_leaves_the_body_it_is_of() {
    // Nigeria IGF 2019 report (NIRA news).
    let found = bodies(
        "Among the speakers was the Vice President of the Nigeria Internet Registry Association (NIRA), Mr. Toba Obaniyi.\n",
    );
    assert!(
        found.contains(&"Nigeria Internet Registry Association".to_string()),
        "{found:?}"
    );
    assert!(found.iter().all(|b| !b.starts_with("Vice")), "{found:?}");
    // Without an acronym defining it, what follows a role may describe a body named elsewhere.
    let found = bodies("The Chair of the Acme Drafting Group said so.\n");
    assert!(found.is_empty(), "{found:?}");
    // A text's title names no body after it.
    let found = bodies("Recommendation of the Council on Consumer Protection in E-commerce\n");
    assert!(found.iter().all(|b| !b.starts_with("Council on")), "{found:?}");
}

#[test]
fn a_unit_named_after_a_role_is_part_of_its_owner_and_holds_the_person() {
    // IGF 2023 chair's summary; UNDESA meeting report on WSIS (2006); EU statement (2024).
    let facts = extract(
        "Krystina Marty Lang, Deputy State Secretary and Deputy Head of the Directorate of Political Affairs of Switzerland, presented the messages. The meeting was chaired by Ms. Haiyan Qian, Chief of the Knowledge Management Branch of the Division for Public Administration and Development Management of UNDESA. Statement delivered by H.E. Ambassador Stavros Lambrinidis, Head of the European Union Delegation to the United Nations, at the session.\n",
    );
    assert_eq!(
        introduced(&facts, "Directorate of Political Affairs of Switzerland"),
        ("GovernmentAgency", vec!["Government of Switzerland".to_string()])
    );
    // A unit of a unit is named by the outer one, part of the department.
    assert_eq!(
        introduced(
            &facts,
            "Division for Public Administration and Development Management of UNDESA"
        )
        .1,
        vec!["United Nations Department of Economic and Social Affairs".to_string()]
    );
    let member_of = |person: &str| -> Vec<String> {
        facts
            .affiliations
            .iter()
            .filter(|a| facts.entities[a.person].label == person)
            .map(|a| facts.entities[a.body].label.clone())
            .collect()
    };
    assert!(
        member_of("Krystina Marty Lang").contains(&"Directorate of Political Affairs of Switzerland".to_string()),
        "{:?}",
        member_of("Krystina Marty Lang")
    );
    assert!(
        member_of("Stavros Lambrinidis").contains(&"European Union Delegation to the United Nations".to_string()),
        "{:?}",
        member_of("Stavros Lambrinidis")
    );
    // A unit's words are no person's name.
    assert!(facts.entities.iter().all(|e| e.label != "Knowledge Management Branch"));
    // Without a unit's head, what follows a role may still describe a body named elsewhere.
    assert!(bodies("The Chair of the Acme Drafting Group said so.\n").is_empty());
}

#[test]
fn a_heading_name_run_into_a_known_bodys_is_a_name_of_its_own() {
    // UNCTAD note TD/B/EDE/3/2 (2019), its header lines as the PDF converter joins them.
    let found = bodies(
        "Trade and Development Board Intergovernmental Group of Experts\n\non E-commerce and the Digital Economy\n\nThird session\n",
    );
    assert_eq!(
        found,
        vec![
            "Intergovernmental Group of Experts on E-commerce and the Digital Economy".to_string(),
            "Trade and Development Board".to_string()
        ]
    );
    // A country's own forum named after the country is still one name.
    assert!(
        bodies("The Nigerian Internet Governance Forum met.\n")
            .contains(&"Nigerian Internet Governance Forum".to_string())
    );
}

#[test]
fn a_mission_is_named_with_whom_it_is_accredited_to() {
    // EU statement to the GDC informal consultations (2024).
    let found = bodies(
        "Statement by the European Union Delegation to the United Nations, delivered by Ambassador Stavros Lambrinidis.\n",
    );
    assert!(
        found.contains(&"European Union Delegation to the United Nations".to_string()),
        "{found:?}"
    );
    // "to" after other bodies ends their name; a weekday is no part of one.
    let found = bodies(
        "He spoke to the Nigeria Internet Registry Association on Monday and wrote to the Acme Internet Foundation.\n",
    );
    assert!(
        found.contains(&"Nigeria Internet Registry Association".to_string()),
        "{found:?}"
    );
    assert!(found.contains(&"Acme Internet Foundation".to_string()), "{found:?}");
}

#[test]
fn countries_a_statement_names_as_speakers_act_as_states() {
    // India's statement to the GDC informal discussion (30 January 2023).
    let found = bodies(
        "Let me begin by congratulating both the Co-Chairs, PR of Sweden and Rwanda for appointment as Co-Facilitators. We align with the statement made by Cuba on behalf of G77 & China. Mapping out this progress as suggested by colleagues from Singapore, Japan, and the United States would be useful.\n",
    );
    for government in [
        "Government of Sweden",
        "Government of Rwanda",
        "Government of Cuba",
        "Government of Japan",
    ] {
        assert!(found.contains(&government.to_string()), "{government}: {found:?}");
    }
    // Countries named as places are not their governments.
    let found = bodies("The consultations were held in Sweden and Rwanda, with colleagues in Japan.\n");
    assert!(found.iter().all(|b| !b.starts_with("Government of")), "{found:?}");
}

#[test]
fn a_countrys_national_or_youth_forum_is_its_own() {
    // African IGF 2019 report (ACSIS).
    let found = bodies("The AfIGF was preceded by the Chad National Internet Governance Forum on 9 September 2019.\n");
    assert!(
        found.contains(&"Chad National Internet Governance Forum".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"Internet Governance Forum".to_string()), "{found:?}");
    let found = bodies("A session of the Nigeria Youth IGF followed.\n");
    assert!(found.contains(&"Nigeria Youth IGF".to_string()), "{found:?}");
    // Without a country, "National" names no forum of its own.
    let found = bodies("The National IGF initiatives met in Geneva.\n");
    assert!(found.iter().all(|b| !b.starts_with("National")), "{found:?}");
}

/// The names a document gives known bodies besides the vocabulary's.
fn aliases(facts: &Facts) -> Vec<(String, String)> {
    facts
        .aliases
        .iter()
        .map(|(id, name, _)| {
            (
                facts.entities[*id].iri.rsplit('/').next().unwrap().to_string(),
                name.clone(),
            )
        })
        .collect()
}

#[test]
fn an_acronym_a_document_defines_for_a_known_body_is_one_of_its_names() {
    // The Working Group on Internet Governance under a short name of the document's own.
    let facts = extract(
        "The Working Group on Internet Governance (WG-IG) was set up by the Secretary-General. The WG-IG met four times.\n",
    );
    assert_eq!(aliases(&facts), [("wgig".to_string(), "WG-IG".to_string())]);
    let uses = facts
        .mentions
        .iter()
        .filter(|m| facts.entities[m.entity].iri.ends_with("/body/wgig"))
        .count();
    assert_eq!(uses, 3, "the name, the acronym defined and its later use");
    // The vocabulary's own acronym, a year and a country in brackets are no new names.
    for text in [
        "The Internet Governance Forum (IGF) met.\n",
        "The Internet Governance Forum (2019) met.\n",
        "The Internet Governance Forum (Berlin) met.\n",
    ] {
        assert!(extract(text).aliases.is_empty(), "{text}");
    }
}

#[test]
fn a_known_bodys_acronym_expanded_with_one_word_changed_names_it_too() {
    // Nigeria IGF 2019 report: the registry's name as the document writes it.
    let facts = extract("The Nigeria Internet Registry Association (NIRA) manages the .ng domain.\n");
    assert_eq!(
        aliases(&facts),
        [("nira".to_string(), "Nigeria Internet Registry Association".to_string())]
    );
    // A different expansion of the same letters is another body, no name of this one.
    let facts = extract("The National Institute for Research Advancement (NIRA) published a study.\n");
    assert!(facts.aliases.is_empty(), "{:?}", aliases(&facts));
}

#[test]
fn a_name_with_its_acronym_inside_is_one_body_with_both_names() {
    // Greater Internet Freedom Consortium, advocacy page on the GDC consultations (2024).
    let text = "The Greater Internet Freedom (GIF) Consortium has submitted recommendations to the open consultations on the Global Digital Compact. The GIF Consortium also raised concerns about privacy.\n";
    let facts = extract(text);
    let (class, parents) = introduced(&facts, "Greater Internet Freedom Consortium");
    assert_eq!((class, parents.len()), ("Organisation", 0));
    let id = facts
        .entities
        .iter()
        .position(|e| e.label == "Greater Internet Freedom Consortium")
        .unwrap();
    let acronym = facts.entities[id].introduced.as_ref().and_then(|i| i.acronym.clone());
    assert_eq!(acronym.as_deref(), Some("GIF Consortium"));
    assert_eq!(facts.mentions.iter().filter(|m| m.entity == id).count(), 2);
    // A known body's unit so written is part of it, or the known unit when there is one.
    let unit = extract("The Caribbean Telecommunications Union (CTU) Secretariat thanked the host country.\n");
    let (class, parents) = introduced(&unit, "Caribbean Telecommunications Union Secretariat");
    assert_eq!(
        (class, parents.as_slice()),
        ("SubUnit", ["Caribbean Telecommunications Union".to_string()].as_slice())
    );
    let known = bodies("The Internet Governance Forum (IGF) Secretariat thanked the host country.\n");
    assert!(
        known.contains(&"Internet Governance Forum Secretariat".to_string()),
        "{known:?}"
    );
    // The acronym of a name that goes on after the bracket is that name's.
    let cstd = bodies(
        "The 2012 report produced by the United Nations (UN) Commission on Science and Technology for Development (CSTD) working group called for outputs.\n",
    );
    assert!(
        !cstd.iter().any(|b| b.contains("United Nations Commission")),
        "{cstd:?}"
    );
}

#[test]
fn a_heading_in_capitals_ends_where_the_mixed_case_title_begins() {
    // European Commission, COM(2014) 72, its heading as the EUR-Lex page runs it into the title.
    let found = bodies(
        "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT, THE COUNCIL, THE EUROPEAN ECONOMIC AND SOCIAL COMMITTEE AND THE COMMITTEE OF THE REGIONS Internet Policy and Governance Europe's role in shaping the future of Internet Governance\n",
    );
    assert!(!found.iter().any(|b| b.contains("Internet Policy")), "{found:?}");
    // An acronym before a mixed-case head is still one name.
    assert!(bodies("The ICANN Board met in June.\n").contains(&"ICANN Board".to_string()));
}

#[test]
fn a_verbs_ing_form_opening_an_item_is_no_names_first_word() {
    // ICANN59 GAC communiqué (2017), the topics of the GAC's meeting with the Board.
    let found = bodies(
        "The GAC met with the ICANN Board and discussed:\n\n• Receiving Board responses to GAC Advice earlier.\n",
    );
    assert!(!found.iter().any(|b| b.starts_with("Receiving")), "{found:?}");
    // Inside a sentence the same word may open a name.
    let found = bodies("Speakers came from the Engineering Council of South Africa and others.\n");
    assert!(
        found.contains(&"Engineering Council of South Africa".to_string()),
        "{found:?}"
    );
}
