//! The Python standard library written in Python (`Lib/`), embedded in the
//! binary at build time so that a bare `pyrite` needs no files beside it.

include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// Source of the embedded file at `rel` (e.g. `json/__init__.py`).
pub fn get(rel: &str) -> Option<&'static str> {
    FILES.binary_search_by(|(p, _)| (*p).cmp(rel)).ok().map(|i| FILES[i].1)
}

/// Every embedded file path.
pub fn names() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(p, _)| *p)
}
