//! `str` storage and hashing. Mirrors the data side of
//! `Objects/unicodeobject.c`; the Python-visible methods are in `str_methods.rs`.
//!
//! Storage is UTF-8 with the character count cached, so ASCII strings index
//! in O(1). Hashing is CPython's: SipHash-1-3 over the string's canonical
//! (1-, 2- or 4-byte per code point) form, keyed from `PYTHONHASHSEED` as
//! CPython derives it, so `PYTHONHASHSEED=N` gives CPython's set orders.

use std::cell::Cell;
use std::sync::OnceLock;

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, char_len, hash: Cell::new(-1) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// The code point at character index `i` (must be < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
    /// Substring by character indices `[start, end)`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

struct HashKey {
    k0: u64,
    k1: u64,
}

static HASH_KEY: OnceLock<HashKey> = OnceLock::new();

fn hash_key() -> &'static HashKey {
    HASH_KEY.get_or_init(|| {
        let mut secret = [0u8; 24];
        match std::env::var("PYTHONHASHSEED").ok().and_then(|v| v.parse::<u32>().ok()) {
            Some(0) => {}
            Some(seed) => {
                // CPython's lcg_urandom (Python/bootstrap_hash.c).
                let mut x: u32 = seed;
                for b in secret.iter_mut() {
                    x = x.wrapping_mul(214013).wrapping_add(2531011);
                    *b = ((x >> 16) & 0xff) as u8;
                }
            }
            None => {
                use std::collections::hash_map::RandomState;
                use std::hash::{BuildHasher, Hasher};
                for chunk in secret.chunks_mut(8) {
                    let mut h = RandomState::new().build_hasher();
                    h.write_u8(0);
                    let v = h.finish().to_le_bytes();
                    chunk.copy_from_slice(&v[..chunk.len()]);
                }
            }
        }
        let k0 = u64::from_le_bytes([secret[0], secret[1], secret[2], secret[3], secret[4], secret[5], secret[6], secret[7]]);
        let k1 = u64::from_le_bytes([secret[8], secret[9], secret[10], secret[11], secret[12], secret[13], secret[14], secret[15]]);
        HashKey { k0, k1 }
    })
}

/// SipHash-1-3 as CPython uses it (`Python/pyhash.c`).
pub fn siphash13(data: &[u8]) -> u64 {
    let key = hash_key();
    let (k0, k1) = (key.k0, key.k1);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut b: u64 = (len as u64) << 56;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

fn finish_hash(h: u64) -> i64 {
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(s)` for a str, identical to CPython's for the same hash seed.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        if s.is_ascii() {
            return finish_hash(siphash13(s.as_bytes()));
        }
        let buf: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        finish_hash(siphash13(&buf))
    } else if max < 0x10000 {
        let buf: Vec<u8> = s.chars().flat_map(|c| (c as u32 as u16).to_le_bytes()).collect();
        finish_hash(siphash13(&buf))
    } else {
        let buf: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        finish_hash(siphash13(&buf))
    }
}

/// `hash(b)` for bytes.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    finish_hash(siphash13(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn char_indexing() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.substr(1, 3), "él");
    }
}
