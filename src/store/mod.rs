//! The on-disk Oxigraph store, kept as generations so that a build never touches the graph
//! people are reading.
//!
//! A store folder holds one RocksDB folder per build (`gen-000001`, `gen-000002`, …) and a small
//! file, `active`, naming the generation in use. A build writes a new generation beside the
//! active one and, only once it is complete and flushed, replaces `active` by an atomic rename.
//! A build that fails, is killed or runs out of disk leaves `active` — and so the previous
//! graph — as it was; the next build removes the unfinished generation. The previous
//! generation is kept until the next build, so a running `igkg serve` can finish its requests
//! on it before it opens the new one (see [`StoreHandle`]).

mod build;
mod manifest;
pub mod summary;

pub use build::{BuildMode, BuildOptions, BuildSummary, Extracted, Progress, build, extract_corpus};

use crate::error::{Error, Result};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The environment variable that overrides the default store location.
pub const STORE_ENV: &str = "IGKG_STORE";

/// The file of a store folder that names its active generation.
const ACTIVE_FILE: &str = "active";

/// The prefix of generation folders.
const GENERATION_PREFIX: &str = "gen-";

/// The file of a store folder a build holds locked while it writes there.
const LOCK_FILE: &str = "build.lock";

/// The sidecar files kept beside each generation folder.
const SIDECARS: [&str; 2] = ["manifest.json", "stats"];

/// The default store folder: `$XDG_DATA_HOME/igkg/store`, else `~/.local/share/igkg/store`,
/// else `.igkg/store` in the working directory.
pub fn default_store_path() -> PathBuf {
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(data).join("igkg/store");
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/igkg/store"),
        None => PathBuf::from(".igkg/store"),
    }
}

fn store_error(path: &Path, e: impl Into<oxigraph::store::StorageError>) -> Error {
    Error::store(path, e.into())
}

/// The RocksDB folder of the active generation of a store folder, if it has one.
///
/// A folder written by igkg before generations existed is itself a RocksDB folder and is
/// returned as it is.
pub fn active_generation(store: &Path) -> Option<PathBuf> {
    match std::fs::read_to_string(store.join(ACTIVE_FILE)) {
        Ok(name) => Some(store.join(name.trim())).filter(|p| p.join("CURRENT").exists()),
        Err(_) => Some(store.to_path_buf()).filter(|p| p.join("CURRENT").exists()),
    }
}

/// Opens an existing store for reading; several readers may run at once.
pub fn open_read_only(path: &Path) -> Result<Store> {
    let Some(generation) = active_generation(path) else {
        return Err(Error::NoStore {
            path: path.to_path_buf(),
        });
    };
    Store::open_read_only(&generation).map_err(|e| store_error(path, e))
}

/// Opens an existing store for reading and writing (one writer per store at a time).
pub fn open_read_write(path: &Path) -> Result<Store> {
    let generation = active_generation(path).unwrap_or_else(|| path.to_path_buf());
    Store::open(&generation).map_err(|e| store_error(path, e))
}

/// The generation folders of a store folder with their numbers, oldest first.
fn generations(store: &Path) -> Vec<(u64, PathBuf)> {
    let mut found: Vec<(u64, PathBuf)> = std::fs::read_dir(store)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let number = e.file_name().to_str()?.strip_prefix(GENERATION_PREFIX)?.parse().ok()?;
            Some((number, e.path()))
        })
        .collect();
    found.sort();
    found
}

/// Takes the store folder's build lock, held until the returned file is dropped (or the process
/// ends, killed or not): only one build writes to a store at a time, so what a build finds
/// unfinished is never another build's work in progress.
fn lock_for_build(store: &Path) -> Result<std::fs::File> {
    let path = store.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::BuildRunning {
            path: store.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(&path, e)),
    }
}

/// Removes what killed or failed builds left: generations newer than the active one, which no
/// reader has ever opened. A build does this before it writes, so their space is free for it —
/// on a nearly full disk, the difference between the next build failing and succeeding.
fn remove_unfinished(store: &Path) {
    let active = active_generation(store);
    let active_number = generations(store)
        .into_iter()
        .find(|(_, path)| Some(path) == active.as_ref())
        .map(|(n, _)| n);
    for (number, path) in generations(store) {
        if active_number.is_none_or(|a| number > a) {
            remove_generation(&path);
        }
    }
}

/// Removes a generation folder and its sidecar files. Removal failing only leaves disk used.
fn remove_generation(generation: &Path) {
    let _ = std::fs::remove_dir_all(generation);
    for extension in SIDECARS {
        let _ = std::fs::remove_file(sidecar(generation, extension));
    }
}

/// Creates a new, empty generation folder numbered after every existing one.
///
/// The folder is created here, exclusively, so that a build only ever writes to — and on
/// failure removes — a folder it made itself.
fn new_generation(store: &Path) -> Result<PathBuf> {
    let last = generations(store).last().map_or(0, |(n, _)| *n);
    let path = store.join(format!("{GENERATION_PREFIX}{:06}", last + 1));
    std::fs::create_dir(&path).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// A file kept beside a generation folder: `gen-000007.EXTENSION`.
fn sidecar(generation: &Path, extension: &str) -> PathBuf {
    let mut name = generation.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(extension);
    generation.with_file_name(name)
}

/// Makes `generation` the active one, atomically, and removes generations older than the one it
/// replaces (and unfinished ones).
fn activate(store: &Path, generation: &Path) -> Result<()> {
    let name = generation
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::NotAGeneration {
            path: generation.to_path_buf(),
        })?;
    let previous = active_generation(store);
    let staged = store.join(format!("{ACTIVE_FILE}.new"));
    std::fs::write(&staged, name).map_err(|e| Error::io(&staged, e))?;
    std::fs::File::open(&staged)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(&staged, e))?;
    std::fs::rename(&staged, store.join(ACTIVE_FILE)).map_err(|e| Error::io(store, e))?;
    for (_, old) in generations(store) {
        // A generation no reader can be using.
        if old != generation && Some(&old) != previous.as_ref() {
            remove_generation(&old);
        }
    }
    Ok(())
}

/// The store a long-running reader (the server) answers from, reopened when a build activates
/// a new generation.
///
/// Each call to [`StoreHandle::current`] compares the `active` file with the generation it has
/// open (one small read); when a build has replaced it, the new generation is opened and later
/// requests use it, while requests already running finish on the old one.
pub struct StoreHandle {
    path: PathBuf,
    writable: bool,
    open: Mutex<(PathBuf, Arc<Store>)>,
}

impl StoreHandle {
    /// Opens the store at `path`, read-only unless `writable`.
    pub fn open(path: &Path, writable: bool) -> Result<Self> {
        let generation = active_generation(path).unwrap_or_else(|| path.to_path_buf());
        let store = if writable {
            open_read_write(path)?
        } else {
            open_read_only(path)?
        };
        Ok(StoreHandle {
            path: path.to_path_buf(),
            writable,
            open: Mutex::new((generation, Arc::new(store))),
        })
    }

    /// The store of the active generation.
    pub fn current(&self) -> Arc<Store> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if !self.writable
            && let Some(active) = active_generation(&self.path)
            && active != open.0
            && let Ok(store) = Store::open_read_only(&active)
        {
            *open = (active, Arc::new(store));
        }
        Arc::clone(&open.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A generation folder that [`active_generation`] accepts.
    fn generation(store: &Path, number: u64) -> PathBuf {
        let path = store.join(format!("{GENERATION_PREFIX}{number:06}"));
        std::fs::create_dir_all(&path).unwrap();
        std::fs::write(path.join("CURRENT"), "MANIFEST-000001\n").unwrap();
        std::fs::write(sidecar(&path, "stats"), "").unwrap();
        path
    }

    #[test]
    fn a_second_build_of_the_same_store_is_refused_while_the_first_holds_the_lock() {
        let store = tempfile::tempdir().unwrap();
        let held = lock_for_build(store.path()).unwrap();
        assert!(matches!(lock_for_build(store.path()), Err(Error::BuildRunning { .. })));
        drop(held);
        assert!(lock_for_build(store.path()).is_ok());
    }

    #[test]
    fn only_generations_newer_than_the_active_one_are_unfinished() {
        let store = tempfile::tempdir().unwrap();
        let (previous, active) = (generation(store.path(), 1), generation(store.path(), 2));
        let unfinished = generation(store.path(), 3);
        std::fs::write(store.path().join(ACTIVE_FILE), "gen-000002").unwrap();
        remove_unfinished(store.path());
        assert!(previous.exists() && active.exists(), "readers may still use these");
        assert!(!unfinished.exists() && !sidecar(&unfinished, "stats").exists());
        // Without an active generation, none was ever complete.
        std::fs::remove_file(store.path().join(ACTIVE_FILE)).unwrap();
        remove_unfinished(store.path());
        assert!(generations(store.path()).is_empty());
    }
}
