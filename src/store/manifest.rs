//! What a generation was built from: the fingerprint of the ontology and the extractor, and the
//! content hash of every document, so the next build can tell what changed.

use crate::corpus::Source;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The inputs of one generation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Hash of the ontology and vocabulary files and of the extractor that read them: when it
    /// changes, every document must be extracted again.
    pub fingerprint: String,
    /// Content hash of every document in the generation, by document name.
    pub documents: BTreeMap<String, String>,
}

/// How a corpus differs from the generation it is compared with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Documents new or changed since.
    pub changed: Vec<String>,
    /// Documents gone since.
    pub removed: Vec<String>,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }
}

impl Manifest {
    /// The manifest of a corpus about to be built.
    pub fn of(fingerprint: String, sources: &[Source]) -> Self {
        Manifest {
            fingerprint,
            documents: sources.iter().map(|s| (s.file_name.clone(), s.hash.clone())).collect(),
        }
    }

    /// What changed from `previous` to this manifest.
    pub fn changes_since(&self, previous: &Manifest) -> Changes {
        Changes {
            changed: self
                .documents
                .iter()
                .filter(|(name, hash)| previous.documents.get(*name) != Some(hash))
                .map(|(name, _)| name.clone())
                .collect(),
            removed: previous
                .documents
                .keys()
                .filter(|name| !self.documents.contains_key(*name))
                .cloned()
                .collect(),
        }
    }

    /// The manifest file of a generation folder.
    pub fn path_of(generation: &Path) -> PathBuf {
        super::sidecar(generation, "manifest.json")
    }

    /// Reads the manifest of a generation; a generation without one (an older store) has none.
    pub fn read(generation: &Path) -> Option<Manifest> {
        let text = std::fs::read_to_string(Self::path_of(generation)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Writes the manifest of a generation.
    pub fn write(&self, generation: &Path) -> Result<()> {
        let path = Self::path_of(generation);
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::json(&path, e))?;
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))
    }
}

/// The fingerprint of an ontology folder's files and of this build of igkg.
///
/// The extractor is identified by the running executable's size and modification time (its
/// bytes would cost a tenth of a second to hash on every build), so a newly built igkg
/// re-extracts the corpus even where its version number did not change.
pub fn fingerprint(ontology: &Path) -> Result<String> {
    let mut hasher = Sha256::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(ontology)
        .map_err(|e| Error::io(ontology, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for file in files {
        hasher.update(file.file_name().unwrap_or_default().as_encoded_bytes());
        hasher.update(std::fs::read(&file).map_err(|e| Error::io(&file, e))?);
    }
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        let modified = exe
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        hasher.update(format!("{} {:?}", exe.len(), modified));
    }
    hasher.update(env!("CARGO_PKG_VERSION"));
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, hash: &str) -> Source {
        Source {
            path: name.into(),
            file_name: name.into(),
            hash: hash.into(),
        }
    }

    #[test]
    fn changes_name_new_changed_and_removed_documents() {
        let before = Manifest::of("f".into(), &[source("a.txt", "1"), source("b.txt", "2")]);
        let after = Manifest::of(
            "f".into(),
            &[source("a.txt", "1"), source("b.txt", "3"), source("c.txt", "4")],
        );
        let changes = after.changes_since(&before);
        assert_eq!(changes.changed, ["b.txt", "c.txt"]);
        assert!(changes.removed.is_empty());
        let fewer = Manifest::of("f".into(), &[source("b.txt", "2")]);
        assert_eq!(fewer.changes_since(&before).removed, ["a.txt"]);
        assert!(before.changes_since(&before).is_empty());
    }
}
