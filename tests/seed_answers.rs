//! Builds the seed corpus and checks real answers through `igkg ask`.

mod common;
use common::{ask, labels, seed_store};

#[test]
fn bodies_in_a_chair_summary_include_its_presenters_organisations() {
    let found = labels(&ask(seed_store(), "bodies-in", "004_34638c53f2539267.txt"));
    for body in [
        "Internet Society",
        "Association for Progressive Communications",
        "IT for Change",
        "International Labour Organization",
    ] {
        assert!(found.iter().any(|l| l == body), "{body} not in {found:?}");
    }
    assert!(
        !found.iter().any(|l| l.contains("WSIS+20")),
        "a review process is not a body: {found:?}"
    );
}

#[test]
fn a_body_named_only_in_a_url_is_not_a_mention() {
    // 002 links to unctad.org and internetsociety.org but never names UNCTAD or ISOC in its text.
    let found = labels(&ask(seed_store(), "bodies-in", "002_2b4f2c3216279599.txt"));
    assert!(
        !found
            .iter()
            .any(|l| l.contains("Trade and Development") || l == "Internet Society"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|l| l == "Internet Corporation for Assigned Names and Numbers"),
        "footnote text counts: {found:?}"
    );
}

#[test]
fn coverage_is_inherited_through_the_issue_levels_with_the_path() {
    let reply = ask(seed_store(), "bodies-for-issue", "e-health");
    let who = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["label"] == "World Health Organization")
        .expect("WHO covers e-health");
    assert!(who["via"].to_string().contains("socio-economic"), "{who}");
    let privacy = labels(&ask(seed_store(), "bodies-for-issue", "privacy"));
    assert!(
        privacy.iter().any(|l| l.contains("Educational, Scientific")),
        "{privacy:?}"
    );
    assert!(
        !privacy.iter().any(|l| l == "World Health Organization"),
        "WHO is not on the content level: {privacy:?}"
    );
}

#[test]
fn evidence_that_only_names_body_and_issue_together_says_so_and_comes_last() {
    let reply = ask(seed_store(), "bodies-for-issue", "enhanced cooperation");
    let answers = reply["answers"].as_array().unwrap();
    let igf = answers
        .iter()
        .find(|a| a["label"] == "Internet Governance Forum")
        .expect("the IGF is named with enhanced cooperation");
    let evidence = igf["evidence"].as_array().unwrap();
    assert!(evidence.iter().all(|e| e["basis"] == "cooccurrence"), "{igf}");
    for a in answers {
        let bases: Vec<bool> = a["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["basis"] == "cooccurrence")
            .collect();
        assert!(bases.windows(2).all(|w| w[0] <= w[1]), "stated first: {a}");
    }
    let out = common::igkg()
        .args(["ask", "bodies-for-issue", "enhanced cooperation", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("(named together)"), "{table}");
}

#[test]
fn a_gap_statement_is_not_coverage() {
    // 004: "gaps remain in addressing … the digital divide, accessibility … and privacy".
    let issues = labels(&ask(seed_store(), "issues-for-body", "CSTD"));
    assert!(!issues.iter().any(|l| l == "accessibility"), "{issues:?}");
}

#[test]
fn the_working_group_met_five_times() {
    let reply = ask(seed_store(), "meetings-of", "WGEC");
    let mut dates: Vec<String> = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["date"].as_str().unwrap().to_string())
        .collect();
    dates.sort();
    assert_eq!(
        dates,
        ["2016-09-30", "2017-01-26", "2017-05-03", "2017-09-25", "2018-01-29"]
    );
    let second = &reply["answers"][1];
    assert_eq!(second["end_date"], "2017-01-27");
}

#[test]
fn people_carry_their_role_and_body() {
    let reply = ask(seed_store(), "people-of", "ICANN");
    assert_eq!(labels(&reply), ["Nigel Hickson"]);
    assert_eq!(reply["answers"][0]["role"], "Vice-President for Europe");
    let itu = labels(&ask(seed_store(), "people-of", "International Telecommunication Union"));
    assert_eq!(itu, ["Alexander Ntoko", "Hamadoun Touré"]);
}

#[test]
fn recommendations_name_their_addressees_but_not_their_authors() {
    let reply = ask(seed_store(), "recommendations-for", "Internet Governance Forum");
    let texts: Vec<&str> = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("permanent intergovernmental mechanism in the Internet Governance Forum"))
    );
    assert!(texts.iter().any(|t| t.starts_with("Consider the IGF as essential")));
    let wgec = ask(seed_store(), "recommendations-for", "WGEC");
    assert!(
        !wgec["answers"].to_string().contains("dedicated debate"),
        "the WGEC recommends, it is not addressed: {wgec}"
    );
}

#[test]
fn citations_unify_symbols_and_keep_paragraphs() {
    let reply = ask(seed_store(), "documents-cited-in", "001_037c0273d6bf2b37.txt");
    let answers = reply["answers"].as_array().unwrap();
    let res = answers
        .iter()
        .find(|a| a["labels"].to_string().contains("A/RES/70/125"))
        .expect("A/70/125 cited");
    assert!(res["paragraphs"].to_string().contains("\"65\""), "{res}");
    let tunis = answers
        .iter()
        .find(|a| a["label"] == "Tunis Agenda for the Information Society")
        .unwrap();
    for p in ["69", "70", "71", "35", "58"] {
        assert!(
            tunis["paragraphs"].to_string().contains(&format!("\"{p}\"")),
            "{p} in {tunis}"
        );
    }
    assert_eq!(answers.len(), 4, "{answers:?}");
}

#[test]
fn terms_resolve_through_acronyms_labels_and_slips() {
    for term in [
        "ITU",
        "international telecommunication union",
        "Internatinal Telecommunication Union",
    ] {
        let reply = ask(seed_store(), "issues-for-body", term);
        assert_eq!(
            reply["resolved"]["label"], "International Telecommunication Union",
            "{term}"
        );
    }
}

#[test]
fn plain_questions_say_which_kind_answered() {
    let out = common::igkg()
        .args(["ask", "which bodies cover privacy?", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("answered as: igkg ask bodies-for-issue \"privacy\""),
        "{text}"
    );
    assert!(text.contains("Internet Governance Forum"), "{text}");
}

#[test]
fn an_unknown_term_is_an_error_naming_close_labels() {
    let out = common::igkg()
        .args(["ask", "bodies-for-issue", "quantum teleportation treaty", "--store"])
        .arg(seed_store())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no issue matches 'quantum teleportation treaty'") && err.contains("closest:"),
        "{err}"
    );
}

#[test]
fn a_government_answers_also_to_its_countrys_name() {
    // A State acting is written by its country's name ("submitted by Brazil"), so an answer
    // naming a government carries that name among its labels, and the name finds it.
    let reply = ask(seed_store(), "bodies-in", "000_e0cb42aebf302cd0.txt");
    let government = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["label"] == "United States Government")
        .expect("the United States Government is named in 000");
    let names: Vec<&str> = government["labels"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    assert!(names.contains(&"United States"), "{names:?}");
    assert!(names.contains(&"United States of America"), "{names:?}");
    let other = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["label"] != "United States Government")
        .flat_map(|a| a["labels"].as_array().unwrap())
        .filter(|l| *l == "United States")
        .count();
    assert_eq!(other, 0, "only the government takes the country's name");
    assert_eq!(
        ask(seed_store(), "issues-for-body", "United States")["resolved"]["label"],
        "United States Government"
    );
}

#[test]
fn a_body_is_found_by_its_name_without_the_owner_put_before_it() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("unesco.txt"),
        "At its second and fourth meetings held on 12 and 13 November 2013, the General Conference Communication and Information Commission examined item 5.22 on freedom of expression.\n",
    )
    .unwrap();
    let store = common::build(corpus.path());
    let reply = ask(&store, "meetings-of", "Communication and Information Commission");
    assert_eq!(
        reply["resolved"]["label"],
        "General Conference Communication and Information Commission"
    );
    // One word is no name of its own: "Commission" ends too many.
    let out = common::igkg()
        .args(["ask", "people-of", "Commission", "--format", "json", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(!out.status.success() || !String::from_utf8_lossy(&out.stdout).contains("General Conference"));
}

#[test]
fn a_subject_no_issue_is_named_stands_for_the_issues_named_after_it() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("forum.txt"),
        "The forum discussed issues such as quantum networks for health and quantum networks for agriculture. The International Telecommunication Union works on quantum networks for health. The Food and Agriculture Organization works on quantum networks for agriculture.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.path().join("exchange.txt"),
        "The Internet Society supports Internet exchange points in Africa.\n",
    )
    .unwrap();
    let store = common::build(corpus.path());
    let reply = ask(&store, "bodies-for-issue", "quantum networks");
    assert_eq!(reply["resolved"]["label"], "quantum networks for agriculture");
    assert_eq!(reply["also"][0]["label"], "quantum networks for health");
    let mut bodies = labels(&reply);
    bodies.sort();
    assert_eq!(
        bodies,
        [
            "Food and Agriculture Organization of the United Nations",
            "International Telecommunication Union"
        ]
    );
    let itu = reply["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["label"] == "International Telecommunication Union")
        .unwrap();
    assert_eq!(itu["via"][0], "quantum networks for health");
    // A plural asks for what a document names in the singular.
    let exchange_points = ask(&store, "bodies-for-issue", "IXPs");
    assert_eq!(labels(&exchange_points), ["Internet Society"]);
}
