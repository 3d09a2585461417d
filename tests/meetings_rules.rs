//! Which body a dated meeting belongs to, and which dates are not meetings, on short passages of
//! real documents of the field: each rule with a positive and a negative.

mod common;

use common::extraction::extract;

/// Each meeting as (first day, the convenor's label or "-").
fn meetings(text: &str) -> Vec<(String, String)> {
    let facts = extract(text);
    facts
        .meetings
        .iter()
        .map(|m| {
            let who = m.convenor.map_or("-".to_string(), |c| facts.entities[c].label.clone());
            (m.start.clone(), who)
        })
        .collect()
}

fn has(found: &[(String, String)], day: &str, body: &str) -> bool {
    found.iter().any(|(d, b)| d == day && b == body)
}

const WSIS: &str = "World Summit on the Information Society";

#[test]
fn the_event_that_took_place_not_the_body_informed() {
    let found = meetings(
        "Therefore, I have the honour to inform the General Assembly that the second phase of the World Summit on the Information Society that took place from 16 to 18 November 2005 has come to a successful close in Tunis.\n",
    );
    assert!(has(&found, "2005-11-16", WSIS), "{found:?}");
    assert!(found.iter().all(|(_, b)| !b.contains("General Assembly")), "{found:?}");
}

#[test]
fn the_body_at_its_phase_held_not_the_body_endorsing() {
    let found = meetings(
        "Recalling the Declaration of Principles and the Plan of Action, adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003, and endorsed by the General Assembly.\n",
    );
    assert_eq!(found, [("2003-12-10".to_string(), WSIS.to_string())]);
}

#[test]
fn a_summit_named_by_its_head_noun_and_a_day_within_it() {
    let found = meetings(
        "Welcoming the World Summit on the Information Society. Expresses its gratitude to the Government of Switzerland for having hosted the first phase of the World Summit on the Information Society in Geneva from 10 to 12 December 2003. Endorses the Declaration of Principles adopted by the Summit on 12 December 2003. Renews its acknowledgement of the offer to host the second phase of the Summit, which will take place in Tunis from 16 to 18 November 2005.\n",
    );
    assert!(has(&found, "2003-12-10", WSIS), "{found:?}");
    assert!(has(&found, "2005-11-16", WSIS), "{found:?}");
    assert!(
        !found.iter().any(|(d, _)| d == "2003-12-12"),
        "a day inside the summit: {found:?}"
    );
}

#[test]
fn a_longer_name_is_its_own_forum() {
    let found = meetings(
        "1. The third African Internet Governance Forum was held in Abuja, Nigeria, from 10 to 12 July 2014.\n",
    );
    assert!(found.iter().all(|(_, b)| b != "Internet Governance Forum"), "{found:?}");
    let igf = meetings("The 16th IGF meeting ended on 10 December 2021.\n");
    assert!(has(&igf, "2021-12-10", "Internet Governance Forum"), "{igf:?}");
}

#[test]
fn premises_name_the_convenor_only_when_no_body_met() {
    let c5 = meetings(
        "Some 120 people, from different WSIS stakeholders groups, participated in the meeting, which was held on 14-15 May 2007 at ITU Headquarters in Geneva.\n",
    );
    assert_eq!(
        c5,
        [(
            "2007-05-14".to_string(),
            "International Telecommunication Union".to_string()
        )]
    );
    let mag = meetings(
        "The first Open Consultations and Multistakeholder Advisory Group (MAG) meeting took place on 20 March 2018 at the headquarters of the International Telecommunication Union (ITU), in Geneva.\n",
    );
    assert!(mag.iter().all(|(_, b)| !b.contains("Telecommunication")), "{mag:?}");
    assert!(has(&mag, "2018-03-20", "Multistakeholder Advisory Group"), "{mag:?}");
}

#[test]
fn a_resolution_date_is_a_meeting_of_the_body_that_adopted_it() {
    let found = meetings(
        "Recalling General Assembly resolution 70/125 of 16 December 2015 on the overall review of the World Summit on the Information Society.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("General Assembly"), "{found:?}");
    assert_eq!(found[0].0, "2015-12-16");
    let unnamed =
        meetings("Recalling resolution 59/220 of 22 December 2004 on the World Summit on the Information Society.\n");
    assert!(unnamed.is_empty(), "{unnamed:?}");
}

#[test]
fn a_headed_session_is_the_named_bodys() {
    let found = meetings(
        "General Assembly Sixty-eighth session Item 16 Information and communications technologies for development Economic and Social Council Substantive session of 2013 Geneva, 1–26 July 2013.\n",
    );
    assert_eq!(
        found,
        [(
            "2013-07-01".to_string(),
            "United Nations Economic and Social Council".to_string()
        )]
    );
}

#[test]
fn a_session_line_is_dated_by_the_line_under_it() {
    // HRC resolution 38/7 (2018), head.
    let found = meetings(
        "GE.18-11726(E)\n\nHuman Rights Council Thirty-eighth session\n\n18 June–6 July 2018 Agenda item 3\n\nResolution adopted by the Human Rights Council on 5 July 2018\n",
    );
    assert_eq!(found, [("2018-06-18".to_string(), "Human Rights Council".to_string())]);
    // The adoption date alone is the adopting body's meeting.
    let adopted = meetings("Resolution adopted by the Human Rights Council on 5 July 2018\n");
    assert_eq!(
        adopted,
        [("2018-07-05".to_string(), "Human Rights Council".to_string())]
    );
    // A session line over the document's own date dates nothing.
    let undated = meetings("Human Rights Council Thirty-eighth session\n\nDistr.: General 12 July 2018\n");
    assert!(undated.is_empty(), "{undated:?}");
}

#[test]
fn publication_dates_are_not_meetings() {
    assert!(meetings("General Assembly Distr.: General 15 March 2006 Original: English Sixtieth session\n").is_empty());
    assert!(
        meetings("The messages produced during the 16th IGF meeting were marked as final on 6 January 2022.\n")
            .is_empty()
    );
    assert!(!meetings("The G20 met in Düsseldorf on 6 April 2017.\n").is_empty());
}

#[test]
fn the_body_that_reported_did_not_meet() {
    let found = meetings(
        "It was reported by the Secretariat that the venue had changed. The meeting will still take place in Guadalajara on 6 December 2016.\n",
    );
    assert!(found.iter().all(|(_, b)| !b.contains("Secretariat")), "{found:?}");
    let held = meetings("The IGF Secretariat held a meeting on 6 December 2016.\n");
    assert!(held.iter().any(|(_, b)| b.contains("Secretariat")), "{held:?}");
}

#[test]
fn a_header_line_of_dates_and_place_is_the_reported_meeting() {
    let found = meetings(
        "IGF 2014 Chair's Summary - draft\n\n[Draft, 13:30 UTC+3, 5 September 2014]\n\n2-5 September 2014, Istanbul, Turkey\n\nThe Road to IGF 2014\n",
    );
    assert_eq!(
        found,
        [("2014-09-02".to_string(), "Internet Governance Forum".to_string())]
    );
    let draft_only = meetings(
        "IGF 2014 Chair's Summary - draft\n\n[Draft, 13:30 UTC+3, 5 September 2014]\n\nThe Road to IGF 2014\n",
    );
    assert!(draft_only.is_empty(), "{draft_only:?}");
}

#[test]
fn every_body_of_an_organisers_list_held_the_meeting() {
    let found = meetings(
        "Following the Tunis Phase of the WSIS a meeting of moderators/facilitators of action lines was jointly organized by ITU, UNESCO and UNDP in Geneva on February 24 2006.\n",
    );
    for body in [
        "International Telecommunication Union",
        "United Nations Educational, Scientific and Cultural Organization",
        "United Nations Development Programme",
    ] {
        assert!(has(&found, "2006-02-24", body), "{body}: {found:?}");
    }
}

#[test]
fn a_host_named_without_a_date_held_the_meeting_dated_before() {
    let found = meetings(
        "Held from 12 to 14 November 2018, the Internet Governance Forum (IGF) brought together representatives from governments. This IGF was hosted by the Government of France at the headquarters of UNESCO in Paris.\n",
    );
    assert!(has(&found, "2018-11-12", "Government of France"), "{found:?}");
    let none = meetings("The Government of France hosted a reception for the delegates.\n");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn the_organisers_of_the_event_just_dated_held_its_first_day() {
    let found = meetings(
        "The WSIS+10 High-Level Event, hosted and coordinated by the ITU, will be held from 10 to 13 June 2014 (Pre- events: 9 June 2014) at the ITU Headquarters in Geneva, Switzerland. The event is co-organized by ITU, UNESCO, UNDP and UNCTAD with the engagement of other UN Agencies.\n",
    );
    for body in [
        "United Nations Development Programme",
        "Conference on Trade and Development",
    ] {
        let body_found = found.iter().any(|(d, b)| d == "2014-06-10" && b.contains(body));
        assert!(body_found, "{body}: {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|(d, b)| d == "2014-06-09" && b.contains("Development Programme")),
        "{found:?}"
    );
    // A workshop organised by a body is not the event dated before.
    let other =
        meetings("The Forum was held on 10 June 2014 in Geneva. A workshop on spam was co-organized by UNDP.\n");
    assert!(
        !other.iter().any(|(_, b)| b.contains("Development Programme")),
        "{other:?}"
    );
}

#[test]
fn a_documents_symbol_and_date_are_not_a_meeting() {
    let found = meetings(
        "Consultation Meeting on Implementing WSIS outcomes related to Action Line C2 Document ALC2/2/02-E 8 May 2006 Original: English. Geneva, 18 May 2006, 15:00-18:00, ITU, room H.\n",
    );
    assert!(found.iter().all(|(d, _)| d != "2006-05-08"), "{found:?}");
}

#[test]
fn a_host_phrase_is_of_the_date_nearest_to_it() {
    let found = meetings(
        "Geneva, 18 May 2006, 15:00-18:00, ITU, room H Following the Tunis Phase of the WSIS a meeting of facilitators was jointly organized by ITU, UNESCO and UNDP in Geneva on February 24 2006.\n",
    );
    assert!(
        has(&found, "2006-02-24", "United Nations Development Programme"),
        "{found:?}"
    );
    assert!(
        !has(&found, "2006-05-18", "United Nations Development Programme"),
        "{found:?}"
    );
}

#[test]
fn the_body_that_initiated_a_consultation_held_it() {
    let found = meetings(
        "ITU initiated the Action Line C2 consultation in Doha (9 March 2006) the main conclusions of which are listed below.\n",
    );
    assert!(
        has(&found, "2006-03-09", "International Telecommunication Union"),
        "{found:?}"
    );
}

#[test]
fn the_organisers_of_an_event_hold_its_meetings_with_it() {
    // WSIS Forum 2015 outcomes summary: the organisers are named before the event is dated.
    let text = "The WSIS Forum, co-organized by ITU, UNESCO, UNDP and UNCTAD, has proven to be an efficient mechanism for coordination of multistakeholder implementation activities. The WSIS Forum 2015 was held from the 25–29 May 2015 at the ITU Headquarters in Geneva.\n";
    let found = meetings(text);
    assert!(has(&found, "2015-05-25", "WSIS Forum"), "{found:?}");
    let unesco = "United Nations Educational, Scientific and Cultural Organization";
    assert!(has(&found, "2015-05-25", unesco), "{found:?}");
    // Bodies merely named with the event do not organise it.
    let found = meetings(&text.replace("co-organized by", "welcomed by"));
    assert!(!has(&found, "2015-05-25", unesco), "{found:?}");
}

#[test]
fn a_dated_sentence_naming_no_body_is_of_the_meeting_the_document_reports() {
    // WSIS Forum 2019 highlights and outcomes (ITU).
    let found = meetings(
        "WSIS Forum 2019 Chair's Summary\n\nThe WSIS Forum 2019 was held at ITU headquarters in Geneva.\n\nFrom 8-12 April 2019, over 300 workshops enabled participants to engage.\n",
    );
    assert!(has(&found, "2019-04-08", "WSIS Forum"), "{found:?}");
    // A document that reports no meeting gives such a date to no one.
    let none = meetings(
        "Notes on digital policy\n\nFrom 8-12 April 2019, over 300 workshops enabled participants to engage.\n",
    );
    assert!(none.iter().all(|(_, b)| b == "-"), "{none:?}");
}

#[test]
fn a_day_without_a_year_takes_the_year_of_the_reported_meeting_name() {
    // WSIS Forum 2019 highlights and outcomes (ITU): no full date anywhere.
    let text = "Highlights & Outcomes\n\nMore than 3000 experts participated in the recent World Summit on the Information Society (WSIS) Forum 2019 to foster partnerships.\n\nFrom 8-12 April, over 300 workshops enabled participants to engage.\n";
    let found = meetings(text);
    assert!(has(&found, "2019-04-08", "WSIS Forum"), "{found:?}");
    // A year that names no meeting ("the 2030 Agenda") dates nothing.
    let found = meetings(&text.replace("(WSIS) Forum 2019", "(WSIS) Forum, for the 2030 Agenda,"));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_body_whose_forum_it_is_convened_its_meeting() {
    // 12th Caribbean IGF report (CTU, 2016).
    let text = "The Caribbean Telecommunications Union's (CTU) 12th Caribbean Internet Governance Forum (CIGF), took place from the 10th to 12th August, 2016, at the Radisson Fort George Hotel in Belize City, Belize.\n";
    let found = meetings(text);
    assert!(
        has(&found, "2016-08-10", "Caribbean Telecommunications Union"),
        "{found:?}"
    );
    // A body merely named before the forum is not its owner.
    let found = meetings(&text.replace("Union's (CTU) 12th", "Union (CTU) and the 12th"));
    assert!(
        !has(&found, "2016-08-10", "Caribbean Telecommunications Union"),
        "{found:?}"
    );
}

#[test]
fn a_body_that_opens_another_s_name_did_not_hold_its_meeting() {
    // CSTD working group on IGF improvements, chairman's summary of its fifth meeting (2012).
    let found = meetings(
        "1. The fifth and final meeting of the Commission on Science and Technology for Development (CSTD) Working Group (WG) on improvements to the Internet Governance Forum (IGF) was held in the Palais des Nations in Geneva, Switzerland on 20-22 February 2012.\n",
    );
    let wg = "Working Group on Improvements to the Internet Governance Forum";
    assert!(has(&found, "2012-02-20", wg), "{found:?}");
    let cstd = "Commission on Science and Technology for Development";
    assert!(!has(&found, "2012-02-20", cstd), "{found:?}");
}

#[test]
fn an_ordinal_before_a_forum_numbers_its_meeting() {
    // Joint civil-society statement on the WSIS+10 review (2015).
    let text = "At the conclusion of the 10th Internet Governance Forum on 13 November 2015, a group of over 25 organizations came together to issue a joint statement.\n";
    assert!(
        has(&meetings(text), "2015-11-13", "Internet Governance Forum"),
        "{:?}",
        meetings(text)
    );
    // A forum named with a date, but not numbered, is not said to meet on it.
    let plain = text.replace("the 10th Internet Governance Forum", "the Internet Governance Forum");
    assert!(meetings(&plain).is_empty(), "{:?}", meetings(&plain));
}

#[test]
fn the_government_thanked_for_hosting_a_meeting_held_it() {
    // ICANN 50 GAC communiqué (London, 2014).
    let found = meetings(
        "The GAC expressed its sincere appreciation to the United Kingdom for hosting the High Level Governmental Meeting on 23 June 2014.\n",
    );
    let uk = "Government of the United Kingdom of Great Britain and Northern Ireland";
    assert!(has(&found, "2014-06-23", uk), "{found:?}");
}

#[test]
fn the_body_a_subject_is_of_did_not_meet() {
    // ICANN GAC communiqué (Montreal, 2003).
    let found = meetings(
        "1. The Governmental Advisory Committee (GAC) of the Internet Corporation for Assigned Names and Numbers (ICANN) met in Montreal, Canada, 22-24 June 2003.\n",
    );
    assert!(
        has(&found, "2003-06-22", "Governmental Advisory Committee"),
        "{found:?}"
    );
    let icann = "Internet Corporation for Assigned Names and Numbers";
    assert!(!has(&found, "2003-06-22", icann), "{found:?}");
}

#[test]
fn a_dateline_or_bracket_after_a_body_dates_its_meeting() {
    // ITU-T Resolution 75 (WTSA-08), cover page as the PDF gives it.
    let found = meetings(
        "ITU-T TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY Johannesburg, 21-30 October 2008 Resolution 75 – ITU-T's contribution in implementing the outcomes of the World Summit on the Information Society\n",
    );
    assert!(
        has(&found, "2008-10-21", "World Telecommunication Standardization Assembly"),
        "{found:?}"
    );
    // North African IGF report (2017): a forum's dates in brackets after its name.
    let found = meetings(
        "The meeting was held back to back with the African IGF (4-6 December 2017) and consisted in four sessions.\n",
    );
    assert!(
        has(&found, "2017-12-04", "African Internet Governance Forum"),
        "{found:?}"
    );
    // A forum's edition year may stand between its name and the bracket.
    let found = meetings("The WSIS Forum 2024 (27-31 May 2024, Geneva) focused on the WSIS+20 review.\n");
    assert!(has(&found, "2024-05-27", "WSIS Forum"), "{found:?}");
    // A date after a body and other words is no dateline of it.
    let found = meetings("The report of the International Telecommunication Union was published on 21 October 2008.\n");
    assert!(
        !has(&found, "2008-10-21", "International Telecommunication Union"),
        "{found:?}"
    );
}

#[test]
fn organisers_named_after_a_coordinator_share_the_event_meetings() {
    // WSIS Forum 2017 outcomes.
    let text = "The WSIS Forum is coordinated by ITU and has been co-organized since 2006 by ITU, UNESCO, UNDP and UNCTAD with the engagement of other United Nations Agencies. WSIS Forum 2017 was held from the 12-16 June at the ITU Headquarters, Geneva, Switzerland.\n";
    let found = meetings(text);
    for body in [
        "United Nations Educational, Scientific and Cultural Organization",
        "United Nations Development Programme",
        "United Nations Conference on Trade and Development",
    ] {
        assert!(has(&found, "2017-06-12", body), "{body}: {found:?}");
    }
    // Agencies merely engaged are not organisers.
    let engaged = meetings(&text.replace(
        "has been co-organized since 2006 by ITU, UNESCO, UNDP and UNCTAD with",
        "works with UNESCO, UNDP and UNCTAD and",
    ));
    assert!(
        !has(&engaged, "2017-06-12", "United Nations Development Programme"),
        "{engaged:?}"
    );
}

#[test]
fn its_session_is_of_the_body_the_sentence_then_names() {
    let found = meetings(
        "At its 2023 session, held on 10 July 2023, the Economic and Social Council adopted resolution 2023/3.\n",
    );
    assert!(
        has(&found, "2023-07-10", "United Nations Economic and Social Council"),
        "{found:?}"
    );
    // A session that is not "its" is not given to the body named after the date.
    let found =
        meetings("At the session held on 10 July 2023 in New York, the Economic and Social Council was informed.\n");
    assert!(
        !has(&found, "2023-07-10", "United Nations Economic and Social Council"),
        "{found:?}"
    );
}

#[test]
fn a_forum_named_with_the_dates_year_held_that_meeting() {
    // IGF intersessional policy options, Connecting and Enabling the Next Billion (2016).
    let found = meetings(
        "Over 70 submissions contributed to a set of Policy Options that were presented at IGF 2015 in João Pessoa, Brazil, in November 2015.\n",
    );
    assert!(has(&found, "2015-11", "Internet Governance Forum"), "{found:?}");
    // A forum's edition of another year is not the date's meeting.
    let found = meetings("The report of IGF 2015 was published in March 2016.\n");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn bodies_a_host_co_organised_with_held_the_meeting() {
    // UNESCO, first WSIS+10 Review Event (2013).
    let found = meetings(
        "UNESCO hosted the first WSIS+10 Review Event, which was co-organized with ITU, UNDP and UNCTAD in Paris from 25-27 February 2013.\n",
    );
    for body in [
        "International Telecommunication Union",
        "United Nations Development Programme",
    ] {
        assert!(has(&found, "2013-02-25", body), "{body}: {found:?}");
    }
    // Bodies a meeting merely discussed did not hold it.
    let found = meetings(
        "UNESCO hosted the first WSIS+10 Review Event, which discussed the work of ITU, UNDP and UNCTAD in Paris from 25-27 February 2013.\n",
    );
    assert!(
        !has(&found, "2013-02-25", "United Nations Development Programme"),
        "{found:?}"
    );
}

#[test]
fn a_body_that_convened_a_named_event_held_its_meetings() {
    // Kenya IGF 2021 summary report (KICTANet).
    let text = "Hybrid Forum held on 23 September 2021\n\nThe Kenya ICT Action Network (KICTAnet) in partnership with industry stakeholders, convened and organized the Kenya IGF 2021.\n";
    let found = meetings(text);
    assert!(
        has(&found, "2021-09-23", "Kenya Internet Governance Forum"),
        "{found:?}"
    );
    assert!(has(&found, "2021-09-23", "Kenya ICT Action Network"), "{found:?}");
    assert!(found.iter().all(|(_, b)| b != "Hybrid Forum"), "{found:?}");
    // A body that only reported on the event did not hold it.
    let reported = meetings(&text.replace("convened and organized", "reported on"));
    assert!(
        !has(&reported, "2021-09-23", "Kenya ICT Action Network"),
        "{reported:?}"
    );
}

#[test]
fn days_without_a_year_take_the_one_year_the_head_names() {
    // Freedom Online Coalition, Tallinn conference report (2014).
    let text = "Estonia, as the current chairman, organized the Freedom Online Coalition’s (FOC) fourth annual meeting and conference on April 28-29 in Tallinn, Estonia.\n\nThe FOC conference of 2014 brought together more than 400 delegates.\n";
    let found = meetings(text);
    assert!(has(&found, "2014-04-28", "Freedom Online Coalition"), "{found:?}");
    // A head naming two years gives undated days none.
    let two = text.replace("The FOC conference of 2014", "The FOC conferences of 2013 and 2014");
    assert!(
        meetings(&two).iter().all(|(d, _)| !d.ends_with("04-28")),
        "{:?}",
        meetings(&two)
    );
}

#[test]
fn an_event_held_with_its_hosts_set_off_after_its_name() {
    // WSIS+20 High-Level Event 2025, highlights and outcomes (ITU).
    let found = meetings(
        "The WSIS+20 High-Level Event 2025, co-hosted by ITU and the Swiss Confederation and co-organized with ITU, UNESCO, UNDP, and UNCTAD, was held from 7 to 11 July 2025 at Palexpo, Geneva.\n",
    );
    for body in [
        "WSIS+20 High-Level Event",
        "International Telecommunication Union",
        "Government of Switzerland",
    ] {
        assert!(has(&found, "2025-07-07", body), "{body}: {found:?}");
    }
}

#[test]
fn what_was_held_at_a_forum_in_a_month_is_of_that_forum() {
    // IGF 2023 parliamentary track page.
    let found = meetings(
        "The track expanded its global activities, with regional sessions being held at the European Dialogue on Internet Governance in June 2023, at the Asia Pacific Regional Internet Governance Forum in August 2023, and at the African IGF in September 2023.\n",
    );
    assert!(
        has(&found, "2023-06", "European Dialogue on Internet Governance"),
        "{found:?}"
    );
    assert!(
        has(&found, "2023-08", "Asia Pacific Regional Internet Governance Forum"),
        "{found:?}"
    );
    assert!(has(&found, "2023-09", "African Internet Governance Forum"), "{found:?}");
    // A body named after "at" whose date is not right after it did not meet then.
    let found = meetings("The report was presented at UNESCO and discussed by the Commission in June 2023.\n");
    assert!(
        !has(
            &found,
            "2023-06",
            "United Nations Educational, Scientific and Cultural Organization"
        ),
        "{found:?}"
    );
}

#[test]
fn a_meeting_convened_with_the_support_of_a_body_is_its_too() {
    // IGF retreat proceedings (2016).
    let found = meetings(
        "Against that backdrop, a two-day working retreat was convened with the support of the UN Secretariat from 14-16 July 2016 in Glen Cove, New York.\n",
    );
    assert!(has(&found, "2016-07-14", "United Nations Secretariat"), "{found:?}");
}

#[test]
fn the_named_conference_just_dated_was_convened_by_the_bodies_the_next_sentence_names() {
    // ESCWA news on the founding of the Arab IGF (2012).
    let text = "The consensus was the outcome of the Conference to Establish the Arab Internet Governance Forum, which was held from 31 January to 1 February 2012, in Beirut. The IGF Conference was jointly convened by UN-ESCWA and the League of Arab States.\n";
    let found = meetings(text);
    assert!(has(&found, "2012-01-31", "League of Arab States"), "{found:?}");
    // A sentence on a report, not on the meeting, names no convenor.
    let found = meetings(
        "The conference was held from 31 January to 1 February 2012, in Beirut. The report was later published by the League of Arab States.\n",
    );
    assert!(!has(&found, "2012-01-31", "League of Arab States"), "{found:?}");
}

#[test]
fn its_meetings_before_the_date_are_of_the_body_the_sentence_then_names() {
    // UNESCO page on the 37th General Conference's resolution on Internet-related issues (2013).
    let found = meetings(
        "At its second and fourth meetings held on 12 and 13 November 2013, the General Conference Communication and Information Commission examined item 5.22.\n",
    );
    assert!(
        has(
            &found,
            "2013-11-12",
            "General Conference Communication and Information Commission"
        ),
        "{found:?}"
    );
}

#[test]
fn a_conference_named_with_its_place_and_year_met_that_year() {
    // ITU Plenipotentiary and WTSA resolutions (2008, 2010).
    let found = meetings(
        "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),\nrecalling Resolution 64 (Rev. Johannesburg, 2008) of the World Telecommunication Standardization Assembly;\nnoting the outcomes of the World Summit on the Information Society (Geneva 2003, Tunis 2005),\n",
    );
    assert!(has(&found, "2010", "ITU Plenipotentiary Conference"), "{found:?}");
    assert!(
        has(&found, "2008", "World Telecommunication Standardization Assembly"),
        "{found:?}"
    );
    assert!(
        has(&found, "2003", "World Summit on the Information Society"),
        "{found:?}"
    );
    assert!(
        has(&found, "2005", "World Summit on the Information Society"),
        "{found:?}"
    );
    // A year the text dates more precisely is that meeting, not a second one.
    let found = meetings("The Plenipotentiary Conference (Busan, 2014) was held from 20 October to 7 November 2014.\n");
    assert!(!found.iter().any(|(d, _)| d == "2014"), "{found:?}");
    // A council resolution's modification year names no meeting.
    let found = meetings("Council Resolution 1332 (Modified 2016) resolved to use the WSIS framework.\n");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_session_page_a_press_release_s_today_and_a_date_field_date_the_event() {
    const IGF: &str = "Internet Governance Forum";
    // Digital Watch page of the IGF 2016 opening session: heading, then its date abbreviated.
    let found = meetings("IGF 2016 – Opening session\n\n6 Dec 2016 17:30h - 19:00h\n\nEvent report\n");
    assert!(has(&found, "2016-12-06", IGF), "{found:?}");
    // UN press release on the IGF's opening in Vilnius: "today" is the release's date.
    let found = meetings(
        "For information only – not an official document\n\nWednesday, 14 September 2010\n\n• The Internet Governance Forum (IGF) officially opened in Vilnius today with participants from government.\n",
    );
    assert!(has(&found, "2010-09-14", IGF), "{found:?}");
    // "today" in a text that is not dated dates nothing.
    let found = meetings("The Internet Governance Forum (IGF) officially opened in Vilnius today.\n");
    assert!(found.is_empty(), "{found:?}");
    // AFRINIC public policy meeting minutes: a "Date:" field dates the meeting the head names.
    let found = meetings(
        "Meeting Minutes\nDate: 03 June 2015\nWhere: Regency Hotel, Tunis\n\nSeun Ojedeji opened the meeting and welcomed everyone to the 22nd AFRINIC Public Policy Meeting.\n",
    );
    assert!(
        has(&found, "2015-06-03", "African Network Information Centre"),
        "{found:?}"
    );
}

#[test]
fn an_editions_ordinal_before_the_body_is_no_longer_name() {
    // Chairman's statement of the first ASEM ICT ministerial meeting (Ha Noi, 2006).
    let found = meetings(
        "1. The First ASEM Information and Communication Technologies (ICT) Ministerial Meeting was held in Ha Noi on 30th November - 1st December 2006.\n",
    );
    assert!(has(&found, "2006-11-30", "Asia-Europe Meeting"), "{found:?}");
    // A capitalised word that is no ordinal still makes a longer name.
    let found = meetings("The Northern APEC Ministerial Meeting was held in Paris on 30 November 2006.\n");
    assert!(
        !has(&found, "2006-11-30", "Asia-Pacific Economic Cooperation"),
        "{found:?}"
    );
}

#[test]
fn a_family_named_in_the_singular_is_the_one_member_the_page_names() {
    // IGF page of the Best Practice Forum on Cybersecurity (2021): "BPF" is that forum.
    let found = meetings(
        "BPF Cybersecurity\n\nIGF 2021\n\nThe BPF is inviting participants to its workstreams.\n\n• Thursday, 29 April, 15:00 UTC, BPF Kick-off meeting, slide deck\n• Thursday, 1 July, 6:00 UTC, BPF Update meeting, slide deck\n",
    );
    let bpf = "IGF Best Practice Forum on Cybersecurity";
    assert!(has(&found, "2021-04-29", bpf), "{found:?}");
    assert!(has(&found, "2021-07-01", bpf), "{found:?}");
    // With two forums named, "BPF" stays the family.
    let found = meetings(
        "BPF Cybersecurity and BPF Gender\n\nIGF 2021\n\n• Thursday, 29 April, 15:00 UTC, BPF Kick-off meeting, slide deck\n",
    );
    assert!(!has(&found, "2021-04-29", bpf), "{found:?}");
}

#[test]
fn a_meeting_that_ended_today_in_a_dated_news_item() {
    // UNESCO news item on the IFAP Bureau's sixteenth meeting (2010), dated in figures.
    let found = meetings(
        "15.01.2010 -\n\nThe sixteenth meeting of the Asia-Europe Meeting ended today in Paris. The two-day event brought together representatives.\n",
    );
    assert!(has(&found, "2010-01-15", "Asia-Europe Meeting"), "{found:?}");
}

#[test]
fn a_body_acting_this_afternoon_and_the_phases_of_a_held_event() {
    // UN press release GA/10451 (27 March 2006) on the Assembly's endorsement of the WSIS outcome.
    let head = "GA/10451\n\n27 March 2006\n\nThe General Assembly this afternoon endorsed the outcomes of the World Summit for the Information Society.\n";
    let found = meetings(head);
    assert!(
        has(&found, "2006-03-27", "United Nations General Assembly"),
        "{found:?}"
    );
    // Acting at another time of day is not sitting "this afternoon".
    let found = meetings(&head.replace("this afternoon endorsed", "last year endorsed"));
    assert!(
        !has(&found, "2006-03-27", "United Nations General Assembly"),
        "{found:?}"
    );
    let found = meetings(
        "[The World Summit on the Information Society was held in two phases. The first phase took place in Geneva, Switzerland, from 10 to 12 December 2003, and the second in Tunis, Tunisia, from 16 to 18 November 2005.]\n",
    );
    let wsis = "World Summit on the Information Society";
    assert!(
        has(&found, "2003-12-10", wsis) && has(&found, "2005-11-16", wsis),
        "{found:?}"
    );
}

#[test]
fn a_bracketed_date_after_a_meetings_topic_dates_the_body_that_met() {
    // G77 and China, explanation of position on the WSIS+20 outcome (New York, 17 December 2025).
    let head = "STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA IN EXPLANATION OF POSITION AFTER THE ADOPTION OF THE OUTCOME DOCUMENT OF THE HIGH-LEVEL MEETING OF THE GENERAL ASSEMBLY ON THE OVERALL REVIEW OF THE IMPLEMENTATION OF THE OUTCOMES OF THE WORLD SUMMIT ON THE INFORMATION SOCIETY (New York, 17 December 2025)\n\nMadam President, Excellencies,\n";
    let found = meetings(head);
    assert!(
        has(&found, "2025-12-17", "United Nations General Assembly"),
        "{found:?}"
    );
    assert!(
        !has(&found, "2025-12-17", "World Summit on the Information Society"),
        "{found:?}"
    );
    // The same topic in running text, with the date after it.
    let found = meetings(
        "Intro line.\n\nThe high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society (New York, 17 December 2025) adopted an outcome.\n",
    );
    assert!(
        !has(&found, "2025-12-17", "World Summit on the Information Society"),
        "{found:?}"
    );
    // A summit's own bracket still dates it.
    let found = meetings(
        "Intro line.\n\nThe World Summit on the Information Society (Tunis, 16-18 November 2005) adopted the Tunis Agenda.\n",
    );
    assert!(
        has(&found, "2005-11-16", "World Summit on the Information Society"),
        "{found:?}"
    );
}
