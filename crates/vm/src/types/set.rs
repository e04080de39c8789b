//! `set`/`frozenset` storage: an open-addressing table laid out as CPython's
//! `Objects/setobject.c` (linear probes then perturbation, same growth
//! policy), so iteration order matches CPython's for the same hashes.

use crate::object::{Payload, PyObjectRef};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Full(i64, PyObjectRef),
}

pub struct SetInner {
    pub table: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
}

impl Default for SetInner {
    fn default() -> Self {
        SetInner { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0 }
    }
}

#[derive(Default)]
pub struct PySet {
    pub inner: RefCell<SetInner>,
    pub version: Cell<u64>,
}

fn fast_eq(a: &PyObjectRef, b: &PyObjectRef) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        _ => None,
    }
}

enum Find {
    Found(usize),
    /// Not present; insert at this slot.
    Missing(usize),
}

impl SetInner {
    fn insert_clean(table: &mut [Slot], hash: i64, key: PyObjectRef) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
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

    fn find(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<Find> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.inner.borrow().table.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    let slot = self.inner.borrow().table[idx].clone();
                    match slot {
                        Slot::Empty => return Ok(Find::Missing(freeslot.unwrap_or(idx))),
                        Slot::Dummy => {
                            if freeslot.is_none() {
                                freeslot = Some(idx);
                            }
                        }
                        Slot::Full(h, k) => {
                            if k.is(key) {
                                return Ok(Find::Found(idx));
                            }
                            if h == hash {
                                let eq = match fast_eq(&k, key) {
                                    Some(b) => b,
                                    None => vm.eq_bool(&k, key)?,
                                };
                                if self.version.get() != version {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Find::Found(idx));
                                }
                            }
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains_hashed(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(vm, key, hash)?, Find::Found(_)))
    }

    pub fn contains(&self, vm: &Vm, key: &PyObjectRef) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.contains_hashed(vm, key, h)
    }

    /// Add; returns true if the key was new.
    pub fn add_hashed(&self, vm: &Vm, key: PyObjectRef, hash: i64) -> PyResult<bool> {
        match self.find(vm, &key, hash)? {
            Find::Found(_) => Ok(false),
            Find::Missing(idx) => {
                let mut inner = self.inner.borrow_mut();
                let was_empty = matches!(inner.table[idx], Slot::Empty);
                inner.table[idx] = Slot::Full(hash, key);
                inner.used += 1;
                if was_empty {
                    inner.fill += 1;
                    let mask = inner.table.len() - 1;
                    if inner.fill * 5 >= mask * 3 {
                        let used = inner.used;
                        inner.resize(if used > 50000 { used * 2 } else { used * 4 });
                    }
                }
                drop(inner);
                self.touch();
                Ok(true)
            }
        }
    }

    pub fn add(&self, vm: &Vm, key: PyObjectRef) -> PyResult<bool> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    /// Remove; returns true if the key was present.
    pub fn discard_hashed(&self, vm: &Vm, key: &PyObjectRef, hash: i64) -> PyResult<bool> {
        match self.find(vm, key, hash)? {
            Find::Found(idx) => {
                let old = {
                    let mut inner = self.inner.borrow_mut();
                    inner.used -= 1;
                    std::mem::replace(&mut inner.table[idx], Slot::Dummy)
                };
                self.touch();
                drop(old);
                Ok(true)
            }
            Find::Missing(_) => Ok(false),
        }
    }

    pub fn discard(&self, vm: &Vm, key: &PyObjectRef) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.discard_hashed(vm, key, h)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.touch();
        drop(old);
    }

    /// Elements in table order.
    pub fn items(&self) -> Vec<PyObjectRef> {
        self.inner.borrow().table.iter().filter_map(|s| if let Slot::Full(_, k) = s { Some(k.clone()) } else { None }).collect()
    }

    pub fn items_hashed(&self) -> Vec<(i64, PyObjectRef)> {
        self.inner.borrow().table.iter().filter_map(|s| if let Slot::Full(h, k) = s { Some((*h, k.clone())) } else { None }).collect()
    }

    /// Entry at table position `pos` or later: (next pos, key).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, PyObjectRef)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.table.len() {
            if let Slot::Full(_, k) = &inner.table[p] {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }

    /// Remove an arbitrary element (`pop`), as CPython scans from a finger.
    pub fn pop(&self) -> Option<PyObjectRef> {
        let r = {
            let mut inner = self.inner.borrow_mut();
            let mut found = None;
            for i in 0..inner.table.len() {
                if matches!(inner.table[i], Slot::Full(..)) {
                    found = Some(i);
                    break;
                }
            }
            found.and_then(|i| {
                inner.used -= 1;
                match std::mem::replace(&mut inner.table[i], Slot::Dummy) {
                    Slot::Full(_, k) => Some(k),
                    _ => None,
                }
            })
        };
        self.touch();
        r
    }

    pub fn copy(&self) -> PySet {
        let inner = self.inner.borrow();
        PySet {
            inner: RefCell::new(SetInner { table: inner.table.clone(), fill: inner.fill, used: inner.used }),
            version: Cell::new(0),
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        for s in self.inner.borrow().table.iter() {
            if let Slot::Full(_, k) = s {
                visit(k);
            }
        }
    }
}
