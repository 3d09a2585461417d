//! The counts a VoID description reports, kept so that they can be updated when documents are
//! added or removed, and saved beside a store generation for the next incremental build.
//!
//! Distinct triples, subjects and objects are counted over millions of quads, so each is kept
//! as a 64-bit fingerprint with the number of places it occurs: a triple is gone when the last
//! graph holding it is removed, a subject when the last distinct triple about it is.

use crate::iri::ns;
use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxBuildHasher;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};

fn fingerprint(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A set of fingerprints: they are hashes already, so hashing them again with SipHash, as the
/// standard maps do, would only cost time.
type Fingerprints<V> = HashMap<u64, V, FxBuildHasher>;

/// Counts of a store's quads, by what VoID reports.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Distinct triples: in how many graphs each occurs.
    pub(super) triples: Fingerprints<u32>,
    /// Distinct subjects: in how many distinct triples each is the subject.
    pub(super) subjects: Fingerprints<u32>,
    /// The subjects under the dataset's base.
    pub(super) entities: Fingerprints<u32>,
    /// Distinct objects: in how many distinct triples each is the object.
    pub(super) objects: Fingerprints<u32>,
    /// Properties: in how many distinct triples each is used.
    pub(super) predicates: BTreeMap<String, u32>,
    /// Classes and their typed subjects.
    pub(super) classes: BTreeMap<String, HashSet<u64, FxBuildHasher>>,
    /// Quads per named graph.
    pub(super) per_graph: BTreeMap<String, usize>,
}

/// The fingerprints of a quad's triple, subject and object.
struct Keys {
    triple: u64,
    subject: u64,
    object: u64,
}

impl Keys {
    /// The triple's fingerprint is taken over those of its subject and object, so that each
    /// term is hashed once: this runs for every quad of a build.
    fn of(q: &Quad) -> Self {
        let (subject, object) = (fingerprint(&q.subject), fingerprint(&q.object));
        Keys {
            triple: fingerprint(&(subject, &q.predicate, object)),
            subject,
            object,
        }
    }
}

fn increment(map: &mut Fingerprints<u32>, key: u64) {
    *map.entry(key).or_default() += 1;
}

fn decrement(map: &mut Fingerprints<u32>, key: u64) {
    if let Some(n) = map.get_mut(&key) {
        *n -= 1;
        if *n == 0 {
            map.remove(&key);
        }
    }
}

impl Stats {
    /// Counts one quad added to the store; `base` is the dataset's IRI base.
    pub fn add(&mut self, q: &Quad, base: &str) {
        self.count_graph(q, true);
        let keys = Keys::of(q);
        let occurrences = self.triples.entry(keys.triple).or_default();
        *occurrences += 1;
        if *occurrences == 1 {
            self.count_triple(q, &keys, base, true);
        }
    }

    /// Uncounts one quad removed from the store.
    pub fn remove(&mut self, q: &Quad, base: &str) {
        self.count_graph(q, false);
        let keys = Keys::of(q);
        let Some(occurrences) = self.triples.get_mut(&keys.triple) else {
            return;
        };
        *occurrences -= 1;
        if *occurrences == 0 {
            self.triples.remove(&keys.triple);
            self.count_triple(q, &keys, base, false);
        }
    }

    fn count_graph(&mut self, q: &Quad, add: bool) {
        if let GraphName::NamedNode(g) = &q.graph_name {
            // Looked up before inserting: every quad comes here, and all but a graph's first
            // would otherwise allocate its name for nothing.
            if !self.per_graph.contains_key(g.as_str()) {
                self.per_graph.insert(g.as_str().to_string(), 0);
            }
            let n = self.per_graph.get_mut(g.as_str()).expect("inserted above");
            *n = if add { *n + 1 } else { n.saturating_sub(1) };
            if *n == 0 {
                self.per_graph.remove(g.as_str());
            }
        }
    }

    /// Counts (or uncounts) what a distinct triple brings.
    fn count_triple(&mut self, q: &Quad, keys: &Keys, base: &str, add: bool) {
        let change = if add { increment } else { decrement };
        let subject = keys.subject;
        change(&mut self.subjects, subject);
        if matches!(&q.subject, NamedOrBlankNode::NamedNode(s) if s.as_str().starts_with(base)) {
            change(&mut self.entities, subject);
        }
        change(&mut self.objects, keys.object);
        let predicate = q.predicate.as_str();
        match (add, self.predicates.get_mut(predicate)) {
            (true, Some(n)) => *n += 1,
            (true, None) => {
                self.predicates.insert(predicate.to_string(), 1);
            }
            (false, Some(n)) => {
                *n -= 1;
                if *n == 0 {
                    self.predicates.remove(predicate);
                }
            }
            (false, None) => {}
        }
        if q.predicate.as_ref() == rdf::TYPE
            && let Term::NamedNode(class) = &q.object
        {
            if !self.classes.contains_key(class.as_str()) {
                self.classes.insert(class.as_str().to_string(), HashSet::default());
            }
            let members = self.classes.get_mut(class.as_str()).expect("inserted above");
            if add {
                members.insert(subject);
            } else {
                members.remove(&subject);
                if members.is_empty() {
                    self.classes.remove(class.as_str());
                }
            }
        }
    }

    /// The vocabularies whose properties or classes are used.
    pub fn vocabularies(&self) -> BTreeSet<&'static str> {
        self.predicates
            .keys()
            .chain(self.classes.keys())
            .filter_map(|iri| ns::PREFIXES.iter().find(|(_, n)| iri.starts_with(n)).map(|(_, n)| *n))
            .collect()
    }

    /// Writes the counts in a compact binary form.
    pub fn save(&self, out: &mut impl Write) -> io::Result<()> {
        for map in [&self.triples, &self.subjects, &self.entities, &self.objects] {
            write_u64(out, map.len() as u64)?;
            for (k, v) in map {
                write_u64(out, *k)?;
                write_u64(out, u64::from(*v))?;
            }
        }
        write_u64(out, self.predicates.len() as u64)?;
        for (k, v) in &self.predicates {
            write_str(out, k)?;
            write_u64(out, u64::from(*v))?;
        }
        write_u64(out, self.classes.len() as u64)?;
        for (k, members) in &self.classes {
            write_str(out, k)?;
            write_u64(out, members.len() as u64)?;
            for m in members {
                write_u64(out, *m)?;
            }
        }
        write_u64(out, self.per_graph.len() as u64)?;
        for (k, v) in &self.per_graph {
            write_str(out, k)?;
            write_u64(out, *v as u64)?;
        }
        Ok(())
    }

    /// Reads counts written by [`Stats::save`].
    pub fn load(input: &mut impl Read) -> io::Result<Self> {
        let mut stats = Stats::default();
        for map in [
            &mut stats.triples,
            &mut stats.subjects,
            &mut stats.entities,
            &mut stats.objects,
        ] {
            for _ in 0..read_u64(input)? {
                let k = read_u64(input)?;
                map.insert(k, read_u64(input)? as u32);
            }
        }
        for _ in 0..read_u64(input)? {
            let k = read_str(input)?;
            stats.predicates.insert(k, read_u64(input)? as u32);
        }
        for _ in 0..read_u64(input)? {
            let k = read_str(input)?;
            let members = (0..read_u64(input)?)
                .map(|_| read_u64(input))
                .collect::<io::Result<_>>()?;
            stats.classes.insert(k, members);
        }
        for _ in 0..read_u64(input)? {
            let k = read_str(input)?;
            stats.per_graph.insert(k, read_u64(input)? as usize);
        }
        Ok(stats)
    }
}

fn write_u64(out: &mut impl Write, n: u64) -> io::Result<()> {
    out.write_all(&n.to_le_bytes())
}

fn write_str(out: &mut impl Write, s: &str) -> io::Result<()> {
    write_u64(out, s.len() as u64)?;
    out.write_all(s.as_bytes())
}

fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut bytes = [0; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

fn read_str(input: &mut impl Read) -> io::Result<String> {
    let len = read_u64(input)?;
    let mut bytes = Vec::new();
    input.take(len).read_to_end(&mut bytes)?;
    String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn quad(s: &str, o: &str, g: &str) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(format!("http://x/{s}")),
            rdf::TYPE,
            NamedNode::new_unchecked(format!("http://x/{o}")),
            NamedNode::new_unchecked(format!("http://x/{g}")),
        )
    }

    #[test]
    fn removing_what_was_added_restores_the_counts_and_saving_round_trips() {
        let base = "http://x/";
        let mut stats = Stats::default();
        let (a, b) = (quad("s", "C", "g1"), quad("s", "C", "g2"));
        stats.add(&a, base);
        let one = format!("{stats:?}").len();
        stats.add(&b, base);
        let label = Quad::new(
            NamedNode::new_unchecked("http://x/t"),
            NamedNode::new_unchecked("http://x/p"),
            Literal::new_simple_literal("l"),
            NamedNode::new_unchecked("http://x/g2"),
        );
        stats.add(&label, base);
        assert_eq!(
            (stats.triples.len(), stats.subjects.len(), stats.classes.len()),
            (2, 2, 1)
        );
        let mut bytes = Vec::new();
        stats.save(&mut bytes).unwrap();
        assert_eq!(Stats::load(&mut bytes.as_slice()).unwrap(), stats);
        stats.remove(&b, base);
        stats.remove(&label, base);
        assert_eq!(stats.triples.len(), 1, "the triple is still in g1");
        assert_eq!(stats.classes["http://x/C"].len(), 1);
        assert!(!stats.per_graph.contains_key("http://x/g2"));
        assert_eq!(format!("{stats:?}").len(), one);
    }
}
