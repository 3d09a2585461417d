//! Build throughput on a scaled corpus: the seed documents copied 1, 4 and 16 times.
//!
//! Every figure is a ratio against a baseline measured in the same run, so results compare
//! across machines: extraction of the 1x corpus is the baseline for time; the process's peak
//! memory after loading the vocabulary is the baseline for memory.
//!
//!     cargo bench --bench scale

use igkg::iri::Iris;
use igkg::store::{BuildOptions, build, extract_corpus};
use igkg::text::CleanText;
use igkg::vocab::Vocabulary;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SCALES: &[usize] = &[1, 4, 16];
const RUNS: usize = 3;

fn best_of(mut f: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Peak resident memory of this process in KiB (Linux).
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn scaled_corpus(seeds: &Path, copies: usize, into: &Path) -> PathBuf {
    let dir = into.join(format!("x{copies}"));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(seeds).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            for i in 0..copies {
                std::fs::copy(&path, dir.join(format!("{stem}_{i:03}.txt"))).unwrap();
            }
        }
    }
    dir
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let iris = Iris::default();
    let ontology = root.join("ontology");
    let vocab = Vocabulary::load(&ontology, &iris).unwrap();
    let memory_baseline = peak_rss_kib().max(1);
    let work = tempfile::tempdir().unwrap();
    let corpora: Vec<(usize, PathBuf)> = SCALES
        .iter()
        .map(|&n| (n, scaled_corpus(&root.join("corpus"), n, work.path())))
        .collect();

    let baseline = best_of(|| {
        extract_corpus(&corpora[0].1, &vocab, &iris).unwrap();
    });
    let texts: Vec<String> = std::fs::read_dir(&corpora[0].1)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let cleaning = best_of(|| {
        for t in &texts {
            std::hint::black_box(CleanText::new(t));
        }
    });
    println!(
        "baseline: extraction of the 1x corpus ({} documents) = {:.1} ms",
        texts.len(),
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "text cleaning / extraction, 1x: {:.2}",
        cleaning.as_secs_f64() / baseline.as_secs_f64()
    );
    println!(
        "{:>6} {:>10} {:>22} {:>20} {:>16}",
        "scale", "documents", "extraction / baseline", "per-document ratio", "build / extract"
    );
    for (n, corpus) in &corpora {
        let extraction = best_of(|| {
            extract_corpus(corpus, &vocab, &iris).unwrap();
        });
        let store = work.path().join(format!("store-{n}"));
        let full = best_of(|| {
            // A fresh store each time: on an existing one the build would find nothing to do.
            let _ = std::fs::remove_dir_all(&store);
            build(&BuildOptions {
                corpus,
                ontology: &ontology,
                store: &store,
                iris: &iris,
                strict: true,
                progress: None,
            })
            .unwrap();
        });
        let ratio = extraction.as_secs_f64() / baseline.as_secs_f64();
        println!(
            "{:>5}x {:>10} {:>22.2} {:>20.2} {:>16.2}",
            n,
            texts.len() * n,
            ratio,
            ratio / *n as f64,
            full.as_secs_f64() / extraction.as_secs_f64()
        );
    }
    println!(
        "peak memory / memory after loading the vocabulary: {:.2}",
        peak_rss_kib() as f64 / memory_baseline as f64
    );
}
