//! A disk that fills up during a build: the build stops with one clear line naming the store,
//! the previous graph keeps answering the same queries, what the build wrote is removed, and the
//! next build succeeds.
//!
//! The store lives on a small tmpfs mounted in a user and mount namespace of its own
//! (`unshare --user --map-root-user --mount`), which needs no root; igkg reaches it through
//! `/proc/PID/root` of the process holding the namespace. Where user namespaces are refused the
//! test fails saying so, unless `IGKG_SKIP_FULL_DISK_TEST=1` (see the README).

mod common;

use common::{ask, build_output, seed_files, sorted_quads};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The seed whose answers are compared before and after.
const SEED: &str = "004_34638c53f2539267.txt";

/// The environment variable that lets a machine without user namespaces pass over this test.
const SKIP_ENV: &str = "IGKG_SKIP_FULL_DISK_TEST";

/// The small disk's size: three generations of the seeds (about 20 to 25 MB each with the
/// vocabulary: the previous one, kept for readers, the active one and the one being built) fit,
/// but not a generation of a few hundred documents (140 MB for the 300 of the test).
const DISK_MEGABYTES: u32 = 96;

/// A tmpfs of a fixed size, mounted for as long as this value lives.
struct SmallDisk {
    holder: Child,
    root: PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `megabytes` on `dir` in a namespace of its own, or says why it cannot.
    fn mount(dir: &Path, megabytes: u32) -> Result<SmallDisk, String> {
        let script = format!("mount -t tmpfs -o size={megabytes}m igkg-test \"$0\" && echo mounted && exec cat");
        let mut holder = Command::new("unshare")
            .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script])
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run unshare: {e}"))?;
        let mut line = String::new();
        let _ = BufReader::new(holder.stdout.take().unwrap()).read_line(&mut line);
        if line.trim() != "mounted" {
            let _ = holder.kill();
            let out = holder.wait_with_output().map_err(|e| e.to_string())?;
            return Err(format!(
                "unshare could not mount a tmpfs: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let root = PathBuf::from(format!("/proc/{}/root", holder.id())).join(dir.strip_prefix("/").unwrap());
        Ok(SmallDisk { holder, root })
    }

    /// A path on the small disk, as the processes outside its namespace reach it.
    fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Writes zeros to `name` until the disk is full.
    fn fill(&self, name: &str) {
        let mut file = std::fs::File::create(self.path(name)).unwrap();
        let block = vec![0u8; 64 * 1024];
        while file.write_all(&block).is_ok() {}
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // The namespace, and the tmpfs with it, goes when its last process ends.
        let _ = self.holder.kill();
        let _ = self.holder.wait();
    }
}

/// The small disk, or `None` where the machine refuses user namespaces and the test is told
/// to pass over it.
fn small_disk(dir: &Path) -> Option<SmallDisk> {
    match SmallDisk::mount(dir, DISK_MEGABYTES) {
        Ok(disk) => Some(disk),
        Err(why) => {
            let skip = std::env::var(SKIP_ENV).is_ok_and(|v| v == "1");
            let what = if skip {
                "passed over because"
            } else {
                "to pass over it, set"
            };
            // Straight to standard error: the test harness would keep a passing test's `eprintln!`.
            let _ = writeln!(
                std::io::stderr(),
                "\n*** the full-disk test cannot run here: {why}\n*** it needs `unshare --user --map-root-user --mount` (util-linux, user namespaces enabled); {what} {SKIP_ENV}=1\n"
            );
            assert!(skip, "the full-disk test cannot run: {why}");
            None
        }
    }
}

/// Writes the seed documents into `dir`, each `copies` times under other names.
fn seed_corpus(dir: &Path, copies: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for copy in 0..copies {
        for seed in seed_files() {
            let name = seed.file_name().unwrap().to_string_lossy();
            let name = if copies == 1 {
                name.into_owned()
            } else {
                format!("c{copy:03}-{name}")
            };
            std::fs::copy(&seed, dir.join(name)).unwrap();
        }
    }
}

/// Builds and expects the disk to fill: one line naming the store and the full disk, no panic.
fn build_fills_the_disk(corpus: &Path, store: &Path) {
    let out = build_output(corpus, store);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the build fit on the small disk: {err}");
    assert!(!err.contains("panicked") && !err.contains("backtrace"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    let first = format!("igkg: error: store {}: the disk is full", store.display());
    assert!(err.starts_with(&first), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
}

/// The bytes of the files in a folder and its subfolders.
fn directory_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let kind = e.file_type().unwrap();
            if kind.is_dir() {
                directory_bytes(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}

/// The names in the store folder that belong to generations.
fn generation_files(store: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(store)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("gen-"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_full_disk_leaves_the_previous_graph_answering_and_the_next_build_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let mount_point = dir.path().join("disk");
    std::fs::create_dir(&mount_point).unwrap();
    let Some(disk) = small_disk(&mount_point) else {
        return;
    };
    let store = disk.path("store");
    let small = dir.path().join("small");
    seed_corpus(&small, 1);
    let out = build_output(&small, &store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (before, answer) = (sorted_quads(&store), ask(&store, "bodies-in", SEED));
    let kept = generation_files(&store);

    let large = dir.path().join("large");
    seed_corpus(&large, 60);
    build_fills_the_disk(&large, &store);
    assert!(sorted_quads(&store) == before, "the graph changed");
    assert_eq!(ask(&store, "bodies-in", SEED), answer);
    assert_eq!(generation_files(&store), kept, "the unfinished generation is removed");

    // What a build killed part-way leaves is reclaimed by the next build, which needs its space:
    // the leftover takes all the room but half a generation, so the next generation fits only
    // once the leftover is gone.
    let left = store.join("gen-000009");
    std::fs::create_dir(&left).unwrap();
    let leftover = disk.path("store/gen-000009/000001.sst");
    disk.fill("store/gen-000009/000001.sst");
    let filled = std::fs::metadata(&leftover).unwrap().len();
    let generation = kept
        .iter()
        .map(|name| store.join(name))
        .filter(|path| path.is_dir())
        .map(|path| directory_bytes(&path))
        .sum::<u64>();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&leftover)
        .unwrap()
        .set_len(filled.saturating_sub(generation / 2))
        .unwrap();
    std::fs::write(
        small.join("new.txt"),
        "The Internet Governance Forum discussed cybersecurity.\n",
    )
    .unwrap();
    let out = build_output(&small, &store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!left.exists());
    let after = sorted_quads(&store);
    assert!(after.len() > before.len());

    // A disk filled by something else: the incremental build fails alike, and succeeds once
    // space is freed.
    disk.fill("filler");
    std::fs::write(small.join("newer.txt"), "The ITU discussed spam.\n").unwrap();
    build_fills_the_disk(&small, &store);
    assert!(sorted_quads(&store) == after, "the graph changed");
    std::fs::remove_file(disk.path("filler")).unwrap();
    let out = build_output(&small, &store);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("7 documents"));
}
