//! `dict`: an insertion-ordered hash table (CPython's compact dict layout:
//! an index table pointing into a dense entry vector). Mirrors
//! `Objects/dictobject.c`. Key comparison may run Python code, so no borrow
//! is held while `__eq__` runs; a mutation seen after a comparison restarts
//! the lookup, as in CPython.

use crate::object::{PyObjectRef, Payload};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: PyObjectRef,
    pub value: PyObjectRef,
}

#[derive(Default)]
pub struct DictInner {
    indices: Vec<u32>,
    pub entries: Vec<Option<Entry>>,
    used: usize,
}

#[derive(Default)]
pub struct PyDict {
    pub inner: RefCell<DictInner>,
    /// Bumped on every mutation (lookup restarts, iteration checks, caches).
    pub version: Cell<u64>,
}

enum Probe {
    Found(usize /*slot*/, usize /*entry*/),
    Missing(usize /*slot to insert at*/),
}

/// Fast equality for keys whose comparison cannot run Python code.
#[inline]
fn fast_eq(a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Int(x), Payload::Int(y)) if is_exact_int_like(a) && is_exact_int_like(b) => Some(x == y),
        _ => None,
    }
}

#[inline]
fn is_exact_int_like(o: &PyObjectRef) -> bool {
    crate::vm::with_ctx(|ctx| o.class_is(&ctx.types.int_type) || o.class_is(&ctx.types.bool_type))
}

impl DictInner {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    fn probe_fast(&self, key: &PyObjectRef, hash: i64) -> Option<Probe> {
        // Identity / fast-eq only; None if a slow comparison would be needed.
        if self.indices.is_empty() {
            return Some(Probe::Missing(usize::MAX));
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Some(Probe::Missing(free.unwrap_or(i)));
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else if let Some(Some(e)) = self.entries.get(ix as usize) {
                if e.key.is(key) {
                    return Some(Probe::Found(i, ix as usize));
                }
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Some(Probe::Found(i, ix as usize)),
                        Some(false) => {}
                        None => return None,
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn grow(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        // As CPython's GROWTH_RATE: room for three times the live entries.
        let mut size = 8usize;
        while size < live.len() * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        self.used = live.len();
        let mask = size - 1;
        for (n, e) in live.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = n as u32;
        }
        self.entries = live.into_iter().map(Some).collect();
    }

    fn needs_grow(&self) -> bool {
        (self.entries.len() + 1) * 3 >= self.indices.len() * 2
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn touch(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Find `key`, running Python `__eq__` when needed.
    fn probe(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            if let Some(p) = self.inner.borrow().probe_fast(key, hash) {
                return Ok(p);
            }
            // Slow path: walk the probe sequence, comparing with __eq__.
            let version = self.version.get();
            let mut i;
            let mut perturb = hash as u64;
            let mut free: Option<usize> = None;
            {
                let inner = self.inner.borrow();
                i = (hash as u64 as usize) & inner.mask();
            }
            loop {
                let (ix, cand) = {
                    let inner = self.inner.borrow();
                    let ix = inner.indices[i];
                    let cand = if ix < DUMMY {
                        inner.entries.get(ix as usize).and_then(|e| e.clone())
                    } else {
                        None
                    };
                    (ix, cand)
                };
                if ix == EMPTY {
                    return Ok(Probe::Missing(free.unwrap_or(i)));
                }
                if ix == DUMMY {
                    if free.is_none() {
                        free = Some(i);
                    }
                } else if let Some(e) = cand {
                    if e.key.is(key) {
                        return Ok(Probe::Found(i, ix as usize));
                    }
                    if e.hash == hash {
                        let eq = match fast_eq(&e.key, key) {
                            Some(b) => b,
                            None => vm.eq_bool(&e.key, key)?,
                        };
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Probe::Found(i, ix as usize));
                        }
                    }
                }
                perturb >>= 5;
                let mask = self.inner.borrow().mask();
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn get_hashed(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<Option<PyObjectRef>> {
        match self.probe(vm, key, hash)? {
            Probe::Found(_, ix) => Ok(self.inner.borrow().entries.get(ix).and_then(|e| e.as_ref().map(|e| e.value.clone()))),
            Probe::Missing(_) => Ok(None),
        }
    }

    pub fn get_item(&self, vm: &Vm, key: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    /// Lookup by a Rust string (attribute names): never runs Python code.
    pub fn get_str(&self, key: &str) -> Option<PyObjectRef> {
        self.get_str_hashed(key, crate::types::str::hash_str(key))
    }

    /// Lookup by a str object with its cached hash; identical (interned)
    /// keys match without comparing text.
    #[inline]
    pub fn get_str_obj(&self, key: &PyObjectRef, s: &str, hash: i64) -> Option<PyObjectRef> {
        let inner = self.inner.borrow();
        if inner.indices.is_empty() {
            return None;
        }
        let mask = inner.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = inner.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(Some(e)) = inner.entries.get(ix as usize) {
                    if e.key.is(key) {
                        return Some(e.value.clone());
                    }
                    if e.hash == hash {
                        if let Payload::Str(k) = &e.key.payload {
                            if k.as_str() == s {
                                return Some(e.value.clone());
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// As `get_str`, with the key's hash already computed.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<PyObjectRef> {
        let inner = self.inner.borrow();
        if inner.indices.is_empty() {
            return None;
        }
        let mask = inner.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = inner.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(Some(e)) = inner.entries.get(ix as usize) {
                    if e.hash == hash {
                        if let Payload::Str(s) = &e.key.payload {
                            if s.as_str() == key {
                                return Some(e.value.clone());
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn set_hashed(&self, vm: &Vm, key: PyObjectRef, hash: i64, value: PyObjectRef) -> PyResult<()> {
        let probe = self.probe(vm, &key, hash)?;
        let old;
        {
            let mut inner = self.inner.borrow_mut();
            match probe {
                Probe::Found(_, ix) => {
                    old = inner.entries.get_mut(ix).and_then(|e| e.as_mut().map(|e| std::mem::replace(&mut e.value, value)));
                }
                Probe::Missing(slot) => {
                    old = None;
                    if slot == usize::MAX || inner.needs_grow() || inner.indices.get(slot) != Some(&EMPTY) && inner.indices.get(slot) != Some(&DUMMY) {
                        inner.entries.push(Some(Entry { hash, key, value }));
                        inner.used += 1;
                        // Rebuild the index (also compacts deleted entries).
                        inner.grow();
                    } else {
                        let n = inner.entries.len() as u32;
                        inner.indices[slot] = n;
                        inner.entries.push(Some(Entry { hash, key, value }));
                        inner.used += 1;
                    }
                }
            }
        }
        self.touch();
        drop(old);
        Ok(())
    }

    pub fn set_item(&self, vm: &Vm, key: PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    /// Set with a str key (never runs Python code).
    pub fn set_str(&self, vm: &Vm, key: &str, value: PyObjectRef) {
        let k = vm.intern(key);
        let hash = crate::types::str::hash_str(key);
        // Cannot fail: str keys compare without Python code.
        let _ = self.set_hashed(vm, k, hash, value);
    }

    pub fn del_hashed(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<Option<PyObjectRef>> {
        let removed = match self.probe(vm, key, hash)? {
            Probe::Found(slot, ix) => {
                let mut inner = self.inner.borrow_mut();
                inner.indices[slot] = DUMMY;
                let e = inner.entries.get_mut(ix).and_then(|e| e.take());
                inner.used -= 1;
                if inner.used == 0 {
                    inner.entries.clear();
                    inner.indices.clear();
                }
                e
            }
            Probe::Missing(_) => return Ok(None),
        };
        self.touch();
        Ok(removed.map(|e| e.value))
    }

    pub fn del_item(&self, vm: &Vm, key: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let hash = vm.hash(key)?;
        self.del_hashed(vm, key, hash)
    }

    pub fn contains(&self, vm: &Vm, key: &PyObjectRef) -> PyResult<bool> {
        Ok(self.get_item(vm, key)?.is_some())
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.touch();
        drop(old);
    }

    /// Snapshot of the live entries, in order.
    pub fn items(&self) -> Vec<(PyObjectRef, PyObjectRef)> {
        self.inner.borrow().entries.iter().flatten().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn keys(&self) -> Vec<PyObjectRef> {
        self.inner.borrow().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<PyObjectRef> {
        self.inner.borrow().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    /// The entry at dense position `pos` or later: (next position, entry).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Entry)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((p + 1, e.clone()));
            }
            p += 1;
        }
        None
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(PyObjectRef, PyObjectRef)> {
        let e = {
            let mut inner = self.inner.borrow_mut();
            let mut found = None;
            while let Some(last) = inner.entries.pop() {
                if let Some(e) = last {
                    found = Some(e);
                    break;
                }
            }
            if let Some(e) = &found {
                inner.used -= 1;
                let mask = inner.mask();
                let n = inner.entries.len() as u32;
                // Find the index slot pointing at the popped entry.
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                loop {
                    if inner.indices[i] == n {
                        inner.indices[i] = DUMMY;
                        break;
                    }
                    if inner.indices[i] == EMPTY {
                        break;
                    }
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
                }
            }
            found
        };
        self.touch();
        e.map(|e| (e.key, e.value))
    }

    pub fn copy(&self) -> PyDict {
        let inner = self.inner.borrow();
        let d = PyDict::default();
        {
            let mut di = d.inner.borrow_mut();
            di.indices = inner.indices.clone();
            di.entries = inner.entries.clone();
            di.used = inner.used;
        }
        d
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        for e in self.inner.borrow().entries.iter().flatten() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}
