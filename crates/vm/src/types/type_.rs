//! `type`: type objects, C3 MRO, attribute lookup along the MRO.
//! Mirrors `Objects/typeobject.c` (data side; `type_methods.rs` has `type()`
//! calls, `__new__`, attribute access on types).

use crate::object::{Payload, PyObjectRef};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// Which builtin layout instances of a type carry (the "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Module,
    Property,
    Function,
    Native,
    /// Types that cannot be instantiated from Python or subclassed.
    Special,
}

pub struct PyType {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyObjectRef>>,
    pub mro: RefCell<Vec<PyObjectRef>>,
    /// The type's namespace (a dict object).
    pub dict: PyObjectRef,
    pub base_kind: BaseKind,
    /// Defined by a class statement (or `type(name, bases, ns)`).
    pub heap: bool,
    /// May be used as a base class.
    pub basetype: bool,
    /// Instances get a `__dict__`.
    pub instance_dict: Cell<bool>,
    /// Number of `__slots__` slots instances carry (inherited + own).
    pub nslots: Cell<usize>,
    pub has_del: Cell<bool>,
    /// Bumped whenever this type's or a base's namespace changes.
    pub version: Cell<u64>,
    /// (TYPE_EPOCH when computed, flags) for `custom_getattribute`.
    pub slot_cache: Cell<(u64, u8)>,
    /// Weak references to direct subclasses (`type.__subclasses__()`).
    pub subclasses: RefCell<Vec<PyObjectRef>>,
}

/// Bumped on every assignment to a type attribute; invalidates slot caches.
pub static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub const SLOT_GETATTRIBUTE: u8 = 1;
pub const SLOT_SETATTR: u8 = 2;
pub const SLOT_DELATTR: u8 = 4;

/// Which of `__getattribute__`/`__setattr__`/`__delattr__` `cls` overrides
/// (relative to `object`/`type`), cached per type until a type changes.
pub fn slot_flags(cls: &PyObjectRef) -> u8 {
    let t = match as_type(cls) {
        Some(t) => t,
        None => return 0,
    };
    let epoch = TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let (e, flags) = t.slot_cache.get();
    if e == epoch {
        return flags;
    }
    let custom = |name: &str| match lookup(cls, name) {
        Some(f) => !matches!(&f.payload, Payload::NativeFunction(nf) if nf.name == name && nf.owner.as_ref().map(|o| {
            matches!(&o.payload, Payload::Type(ot) if !ot.heap && (ot.name.borrow().as_str() == "object" || ot.name.borrow().as_str() == "type"))
        }).unwrap_or(false)),
        None => false,
    };
    let mut flags = 0;
    if custom("__getattribute__") {
        flags |= SLOT_GETATTRIBUTE;
    }
    if custom("__setattr__") {
        flags |= SLOT_SETATTR;
    }
    if custom("__delattr__") {
        flags |= SLOT_DELATTR;
    }
    t.slot_cache.set((epoch, flags));
    flags
}

/// Does `cls` define `__getattribute__` other than `object`'s/`type`'s?
#[inline]
pub fn custom_getattribute(cls: &PyObjectRef) -> bool {
    slot_flags(cls) & SLOT_GETATTRIBUTE != 0
}

impl PyType {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    pub fn dict(&self) -> &crate::types::dict::PyDict {
        match &self.dict.payload {
            Payload::Dict(d) => d,
            _ => unreachable_dict(),
        }
    }
}

#[cold]
fn unreachable_dict() -> &'static crate::types::dict::PyDict {
    // A type's namespace is created as a dict and never replaced; keep a
    // static empty dict to avoid a panic path.
    static EMPTY: std::sync::OnceLock<SyncDict> = std::sync::OnceLock::new();
    &EMPTY.get_or_init(|| SyncDict(crate::types::dict::PyDict::new())).0
}
struct SyncDict(crate::types::dict::PyDict);
// SAFETY: never mutated; only read under the GIL.
unsafe impl Sync for SyncDict {}
unsafe impl Send for SyncDict {}

/// Access the `PyType` of a type object.
#[inline]
pub fn as_type(obj: &PyObjectRef) -> Option<&PyType> {
    match &obj.payload {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// Look `name` up along the MRO of `cls` (CPython's `_PyType_Lookup`),
/// through the interned name and the type attribute cache.
pub fn lookup(cls: &PyObjectRef, name: &str) -> Option<PyObjectRef> {
    let n = crate::modules::sys::intern_str(name);
    lookup_obj(cls, &n)
}

/// `lookup` without the caches (by text).
pub fn lookup_uncached(cls: &PyObjectRef, name: &str) -> Option<PyObjectRef> {
    let t = as_type(cls)?;
    let hash = crate::types::str::hash_str(name);
    let mro = t.mro.borrow();
    for base in mro.iter() {
        if let Some(bt) = as_type(base) {
            if let Some(v) = bt.dict().get_str_hashed(name, hash) {
                return Some(v);
            }
        }
    }
    None
}

struct CacheEntry {
    epoch: u64,
    ty: Option<PyObjectRef>,
    name: Option<PyObjectRef>,
    value: Option<PyObjectRef>,
}

struct LookupCache(std::cell::UnsafeCell<Vec<CacheEntry>>);
// SAFETY: only used with the GIL held.
unsafe impl Sync for LookupCache {}
unsafe impl Send for LookupCache {}

const CACHE_SIZE: usize = 4096;
static LOOKUP_CACHE: std::sync::OnceLock<LookupCache> = std::sync::OnceLock::new();

/// `lookup` with a str object name, through a global cache of (type, name)
/// results (CPython's type attribute cache). Entries hold strong references
/// and are valid for one `TYPE_EPOCH`; any type attribute assignment
/// invalidates them all.
#[inline]
pub fn lookup_obj(cls: &PyObjectRef, name: &PyObjectRef) -> Option<PyObjectRef> {
    let hash = match &name.payload {
        Payload::Str(p) => p.hash(),
        _ => return None,
    };
    let epoch = TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let cache = LOOKUP_CACHE.get_or_init(|| {
        LookupCache(std::cell::UnsafeCell::new((0..CACHE_SIZE).map(|_| CacheEntry { epoch: 0, ty: None, name: None, value: None }).collect()))
    });
    let idx = ((hash as u64 as usize) ^ (cls.id() >> 4)) & (CACHE_SIZE - 1);
    {
        // SAFETY: GIL held; no reference into the cache escapes this block.
        let entries = unsafe { &*cache.0.get() };
        let e = &entries[idx];
        if e.epoch == epoch {
            if let (Some(t), Some(n)) = (&e.ty, &e.name) {
                if t.is(cls) && n.is(name) {
                    return e.value.clone();
                }
            }
        }
    }
    let v = lookup_obj_uncached(cls, name);
    // SAFETY: as above; the old entry's references are dropped after the store.
    let old = unsafe {
        let entries = &mut *cache.0.get();
        std::mem::replace(&mut entries[idx], CacheEntry { epoch, ty: Some(cls.clone()), name: Some(name.clone()), value: v.clone() })
    };
    drop(old);
    v
}

fn lookup_obj_uncached(cls: &PyObjectRef, name: &PyObjectRef) -> Option<PyObjectRef> {
    let (s, hash) = match &name.payload {
        Payload::Str(p) => (p.as_str(), p.hash()),
        _ => return None,
    };
    let t = as_type(cls)?;
    let mro = t.mro.borrow();
    for base in mro.iter() {
        if let Some(bt) = as_type(base) {
            if let Some(v) = bt.dict().get_str_obj(name, s, hash) {
                return Some(v);
            }
        }
    }
    None
}

/// Is `sub` a subclass of `sup` (by MRO, no `__subclasscheck__`)?
pub fn is_subtype(sub: &PyObjectRef, sup: &PyObjectRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    match as_type(sub) {
        Some(t) => t.mro.borrow().iter().any(|b| b.is(sup)),
        None => false,
    }
}

/// C3 linearisation (CPython's `mro_internal`), with CPython's error message.
pub fn compute_mro(vm: &Vm, cls: &PyObjectRef, bases: &[PyObjectRef]) -> PyResult<Vec<PyObjectRef>> {
    let mut seqs: Vec<Vec<PyObjectRef>> = Vec::new();
    for b in bases {
        match as_type(b) {
            Some(t) => seqs.push(t.mro.borrow().clone()),
            None => return Err(vm.new_type_error("bases must be types".to_string())),
        }
    }
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    if let Some(t) = as_type(&s[0]) {
                        let n = t.name();
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                }
                return Err(vm.new_type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}
