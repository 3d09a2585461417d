//! No input makes extraction panic, and every fact's evidence points inside its document.
//!
//! Seed texts are mutated the way converted documents go wrong (multi-byte punctuation and
//! bullets, private-use glyphs, combining marks, emoji, stray line breaks, duplicated and cut
//! passages, repeated paragraph numbers), with a fixed seed so a failure is reproduced exactly.

mod common;

use igkg::corpus::{Document, Metadata};
use igkg::extract::{Extractor, Facts, Matchers};
use igkg::graph::DocumentGraph;
use igkg::iri::Iris;
use igkg::vocab::Vocabulary;
use std::path::Path;

/// How many mutated documents one run extracts.
const DOCUMENTS: usize = 240;

/// Fragments inserted by mutation: what conversions and editors leave in real files.
const FRAGMENTS: &[&str] = &[
    "\u{a0}",
    "\u{f0b7}",
    "\u{2022}",
    "\n",
    "\n\n",
    "\t",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "-",
    "\u{2013}",
    "§",
    "1.",
    "1. ",
    "a)",
    "A/RES/",
    "/",
    ":",
    ";",
    ",",
    ".",
    " ",
    "CSTD",
    "IGF",
    "the ",
    "of ",
    "Mr ",
    "Ms. ",
    "é",
    "ß",
    "\u{301}",
    "\u{1F600}",
    "\u{200b}",
    "\u{feff}",
    "\r",
    "\u{2028}",
    "0",
    "2017",
    "30 September",
    "UN",
    "WSIS",
    "resolution ",
    "paragraph 5 of",
    "(WGEC)",
    "\n12. ",
    "\n                              \n1 ",
];

/// SplitMix64: a few lines of well-known arithmetic keep the test free of a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(seed: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for _ in 0..=rng.below(60) {
        let at = rng.below(chars.len() + 1);
        match rng.below(10) {
            0..=3 => {
                let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                chars.splice(at..at, fragment.chars());
            }
            4 | 5 => {
                let end = (at + 1 + rng.below(200)).min(chars.len());
                chars.drain(at..end);
            }
            6 | 7 => {
                let from = rng.below(chars.len() + 1);
                let end = (from + 1 + rng.below(400)).min(chars.len());
                let copy: Vec<char> = chars[from..end].to_vec();
                chars.splice(at..at, copy);
            }
            _ => {
                let c = char::from_u32(0x20 + rng.below(0x2fe0) as u32).unwrap_or('?');
                chars.splice(at..at, std::iter::repeat_n(c, 1 + rng.below(50)));
            }
        }
    }
    chars.into_iter().collect()
}

fn seeds() -> Vec<String> {
    common::seed_files()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Every char range a fact keeps, in cleaned text.
fn evidence_spans(facts: &Facts) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<_> = facts.mentions.iter().map(|m| m.span.clone()).collect();
    spans.extend(facts.citations.iter().map(|c| c.evidence.clone()));
    spans.extend(facts.meetings.iter().map(|m| m.evidence.clone()));
    spans.extend(facts.affiliations.iter().map(|a| a.evidence.clone()));
    spans.extend(facts.coverage.iter().map(|c| c.evidence.clone()));
    spans.extend(facts.links.iter().map(|l| l.evidence.clone()));
    spans.extend(facts.recommendations.iter().map(|r| r.evidence.clone()));
    spans
}

#[test]
fn mutated_documents_extract_without_panic_and_with_evidence_inside_the_text() {
    let iris = Iris::default();
    let vocab = Vocabulary::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology"), &iris).unwrap();
    let matchers = Matchers::new(&vocab);
    let extractor = Extractor {
        vocab: &vocab,
        matchers: &matchers,
        iris: &iris,
    };
    let seeds = seeds();
    let mut rng = Rng(20261127);
    for i in 0..DOCUMENTS {
        let text = mutate(&seeds[i % seeds.len()], &mut rng);
        let doc = Document {
            file_name: format!("mutated-{i}.txt"),
            path: format!("mutated-{i}.txt").into(),
            text,
            metadata: Metadata::default(),
            layout: Default::default(),
        };
        let facts = extractor.extract(&doc);
        let clean_len = facts.clean.chars().len();
        let original_len = doc.text.chars().count();
        for span in evidence_spans(&facts) {
            assert!(
                span.start <= span.end && span.end <= clean_len,
                "document {i}: span {span:?} outside the {clean_len} cleaned chars"
            );
            let original = facts.clean.original_range(span);
            assert!(
                original.end <= original_len,
                "document {i}: {original:?} past the original"
            );
        }
        assert!(!DocumentGraph::build(&doc, &facts, &iris).is_empty());
    }
}

#[test]
fn repeated_paragraph_numbers_and_sentences_broken_by_blank_lines_extract() {
    // The shape of a working-group chairman's summary that once crashed segmentation.
    let text = "1. The Working Group on Enhanced Cooperation met in Geneva.\n\n1. The Chair opened the\n\nmeeting and \
                invited the CSTD to\n\ncontinue its work on cybersecurity.\n\n2.\n\n2. \n\n3. Members – including \
                ITU • and UNESCO – spoke.\n";
    let iris = Iris::default();
    let vocab = Vocabulary::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology"), &iris).unwrap();
    let matchers = Matchers::new(&vocab);
    let doc = Document {
        file_name: "summary.txt".into(),
        path: "summary.txt".into(),
        text: text.into(),
        metadata: Metadata::default(),
        layout: Default::default(),
    };
    let facts = Extractor {
        vocab: &vocab,
        matchers: &matchers,
        iris: &iris,
    }
    .extract(&doc);
    let bodies: Vec<&str> = facts.entities.iter().map(|e| e.label.as_str()).collect();
    assert!(
        bodies.iter().any(|b| b.contains("UNESCO") || b.contains("Educational")),
        "{bodies:?}"
    );
}
