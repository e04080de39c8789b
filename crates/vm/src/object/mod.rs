//! The value representation: `PyObjectRef`, a reference-counted pointer to a
//! `PyObject` (header + payload). Mirrors CPython's `Include/object.h`.
//!
//! Reference counts are plain (non-atomic) `Cell`s: every access happens with
//! the GIL held (see `gil.rs`), which is what makes the `Send`/`Sync` impls
//! below sound. All `unsafe` of the object model lives in this file.

pub mod payload;

pub use payload::*;

use std::cell::{Cell, RefCell, UnsafeCell};
use std::fmt;
use std::ptr::NonNull;

/// A `Cell` for `Clone` values: `get` clones out, `set` replaces. Never lends
/// a reference across a call into Python code, so it cannot be re-entered.
pub struct PyCell<T>(UnsafeCell<T>);

impl<T: Clone> PyCell<T> {
    pub fn new(v: T) -> Self {
        PyCell(UnsafeCell::new(v))
    }
    #[inline]
    pub fn get(&self) -> T {
        // SAFETY: single-threaded access under the GIL; `clone` of our value
        // types (PyObjectRef, Option<..>, ints) cannot reach back into this cell.
        unsafe { (*self.0.get()).clone() }
    }
    #[inline]
    pub fn set(&self, v: T) -> T {
        // SAFETY: as above; the old value is returned (dropped by the caller,
        // after the cell is consistent again).
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }
}

/// `__slots__` values of an instance (allocated only for classes with slots).
pub struct Slots(Option<Box<Vec<PyCell<Option<PyObjectRef>>>>>);

impl Slots {
    fn new(n: usize) -> Slots {
        if n == 0 {
            Slots(None)
        } else {
            Slots(Some(Box::new((0..n).map(|_| PyCell::new(None)).collect())))
        }
    }
    pub fn get(&self, i: usize) -> Option<&PyCell<Option<PyObjectRef>>> {
        self.0.as_ref().and_then(|v| v.get(i))
    }
}

/// The weak references to an object, allocated on first use (most objects
/// never have any). Borrowing API as a `RefCell<Vec<_>>`.
pub struct WeakList(RefCell<Option<Box<Vec<NonNull<PyObject>>>>>);

const NO_WEAKREFS: &Vec<NonNull<PyObject>> = &Vec::new();

impl WeakList {
    fn new() -> WeakList {
        WeakList(RefCell::new(None))
    }
    pub fn borrow(&self) -> std::cell::Ref<'_, Vec<NonNull<PyObject>>> {
        std::cell::Ref::map(self.0.borrow(), |o| o.as_deref().unwrap_or(NO_WEAKREFS))
    }
    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, Vec<NonNull<PyObject>>> {
        std::cell::RefMut::map(self.0.borrow_mut(), |o| o.get_or_insert_with(|| Box::new(Vec::new())).as_mut())
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.borrow().as_ref().map(|v| v.is_empty()).unwrap_or(true)
    }
}

/// Object header + payload.
pub struct PyObject {
    refcnt: Cell<usize>,
    class: PyCell<PyObjectRef>,
    /// Instance `__dict__` (a dict object) for objects that have one.
    pub dict: PyCell<Option<PyObjectRef>>,
    /// `__slots__` storage of heap-type instances.
    pub slots: Slots,
    /// Set once `__del__` has run (CPython's `_PyGC_FINALIZED`).
    finalized: Cell<bool>,
    /// Weak references pointing here (weakref objects; cleared at death).
    pub weaklist: WeakList,
    pub payload: Payload,
}

/// A strong reference to a Python object.
pub struct PyObjectRef {
    ptr: NonNull<PyObject>,
}

// SAFETY: Python objects are only touched by the thread holding the GIL; the
// GIL's mutex provides the happens-before edges between threads.
unsafe impl Send for PyObjectRef {}
unsafe impl Sync for PyObjectRef {}
unsafe impl Send for PyObject {}
unsafe impl Sync for PyObject {}

impl PyObjectRef {
    /// Allocate a new object of class `class` with the given payload.
    pub fn new(class: PyObjectRef, payload: Payload) -> PyObjectRef {
        Self::new_full(class, payload, None, 0)
    }

    pub fn new_full(class: PyObjectRef, payload: Payload, dict: Option<PyObjectRef>, nslots: usize) -> PyObjectRef {
        let obj = Box::new(PyObject {
            refcnt: Cell::new(1),
            class: PyCell::new(class),
            dict: PyCell::new(dict),
            slots: Slots::new(nslots),
            finalized: Cell::new(false),
            weaklist: WeakList::new(),
            payload,
        });
        PyObjectRef { ptr: NonNull::from(Box::leak(obj)) }
    }

    /// Bootstrap: an object that is its own class (`type`). The class field
    /// is patched after creation, so a placeholder is needed: we create the
    /// object with a dangling class first.
    pub(crate) fn new_self_typed(payload: Payload) -> PyObjectRef {
        // Allocate with a temporary class that is replaced immediately.
        let obj = Box::new(PyObject {
            refcnt: Cell::new(1),
            // SAFETY: this placeholder is overwritten below before any use and
            // never dropped (std::mem::forget).
            class: PyCell::new(PyObjectRef { ptr: NonNull::dangling() }),
            dict: PyCell::new(None),
            slots: Slots::new(0),
            finalized: Cell::new(false),
            weaklist: WeakList::new(),
            payload,
        });
        let r = PyObjectRef { ptr: NonNull::from(Box::leak(obj)) };
        let old = r.class.set(r.clone());
        std::mem::forget(old);
        r
    }

    #[inline]
    pub fn as_ptr(&self) -> *const PyObject {
        self.ptr.as_ptr()
    }

    #[inline]
    pub fn is(&self, other: &PyObjectRef) -> bool {
        self.ptr == other.ptr
    }

    /// The object's address (`id()`).
    #[inline]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    /// Rebuild a strong reference from a raw pointer known to be alive.
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    pub unsafe fn from_raw_incref(ptr: NonNull<PyObject>) -> PyObjectRef {
        // SAFETY: the caller guarantees liveness.
        let r = PyObjectRef { ptr };
        r.refcnt.set(r.refcnt.get() + 1);
        r
    }
}

impl PyObject {
    /// `type(obj)`.
    #[inline]
    pub fn class(&self) -> PyObjectRef {
        self.class.get()
    }
    /// Compare the class without a refcount round trip.
    #[inline]
    pub fn class_is(&self, cls: &PyObjectRef) -> bool {
        // SAFETY: reading the pointer value only.
        unsafe { (*self.class.0.get()).ptr == cls.ptr }
    }
    /// Borrow the class for the duration of `f` (no refcount traffic). `f`
    /// must not assign `__class__` of this object.
    #[inline]
    pub fn with_class<R>(&self, f: impl FnOnce(&PyObjectRef) -> R) -> R {
        let c = self.class.get();
        f(&c)
    }
    pub fn set_class(&self, cls: PyObjectRef) {
        let _old = self.class.set(cls);
    }
    pub fn is_finalized(&self) -> bool {
        self.finalized.get()
    }
    pub fn set_finalized(&self) {
        self.finalized.set(true)
    }
    /// Does the class define `__del__` (without touching its refcount)?
    #[inline]
    pub fn class_has_del(&self) -> bool {
        // SAFETY: reading through the class pointer; the class outlives its instances.
        unsafe { (&*self.class.0.get()).payload.type_has_del() }
    }
}

impl std::ops::Deref for PyObjectRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: a PyObjectRef keeps its object alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl Clone for PyObjectRef {
    #[inline]
    fn clone(&self) -> Self {
        let c = self.refcnt.get();
        self.refcnt.set(c + 1);
        PyObjectRef { ptr: self.ptr }
    }
}

impl Drop for PyObjectRef {
    #[inline]
    fn drop(&mut self) {
        let c = self.refcnt.get();
        if c > 1 {
            self.refcnt.set(c - 1);
        } else {
            dealloc::release_last(self.ptr);
        }
    }
}

impl PartialEq for PyObjectRef {
    fn eq(&self, other: &Self) -> bool {
        self.is(other)
    }
}
impl Eq for PyObjectRef {}

impl fmt::Debug for PyObjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:#x}>", self.payload.kind_name(), self.id())
    }
}

/// Deallocation: `__del__` (with resurrection), weakref clearing, and a
/// trashcan so that freeing deeply nested structures does not recurse deeply.
pub mod dealloc {
    use super::*;

    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        static PENDING: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    }

    /// Hook set by the VM: runs `__del__` for an object about to die and
    /// clears its weak references (calling callbacks). Receives a temporary
    /// strong reference; returns normally in all cases.
    pub type FinalizeHook = fn(&PyObjectRef);
    static mut FINALIZE: Option<FinalizeHook> = None;

    pub fn set_finalize_hook(h: FinalizeHook) {
        // SAFETY: written once during single-threaded start-up.
        unsafe { FINALIZE = Some(h) };
    }

    fn needs_finalize(obj: &PyObject) -> bool {
        if !obj.weaklist.is_empty() {
            return true;
        }
        if obj.finalized.get() {
            return false;
        }
        if matches!(obj.payload, Payload::Float(_) | Payload::Int(_) | Payload::Str(_) | Payload::Tuple(_)) && obj.dict.get().is_none() {
            // Exact builtin leaves have no __del__; subclass instances carry a dict.
            return obj.class_has_del();
        }
        if let Payload::Generator(g) = &obj.payload {
            // An unfinished generator is closed (running its finally blocks).
            if g.started.get() && g.frame.borrow().is_some() {
                return true;
            }
        }
        obj.class_has_del()
    }

    pub(super) fn release_last(ptr: NonNull<PyObject>) {
        // SAFETY: the caller held the last reference.
        let obj = unsafe { ptr.as_ref() };
        if needs_finalize(obj) {
            // SAFETY: FINALIZE is only written at start-up.
            if let Some(hook) = unsafe { FINALIZE } {
                // Resurrect for the duration of the finalizer.
                obj.refcnt.set(1);
                let tmp = PyObjectRef { ptr };
                hook(&tmp);
                let c = obj.refcnt.get();
                if c > 1 {
                    // Resurrected by __del__: stays alive.
                    obj.refcnt.set(c - 1);
                    std::mem::forget(tmp);
                    return;
                }
                std::mem::forget(tmp);
            }
        }
        obj.refcnt.set(0);
        if matches!(obj.payload, Payload::Float(_) | Payload::Int(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::Complex(..)) {
            // Leaves hold no references to other objects: free without the trashcan.
            free(ptr);
            return;
        }
        let depth = DEPTH.with(|d| d.get());
        if depth > 200 {
            PENDING.with(|p| p.borrow_mut().push(ptr));
            return;
        }
        DEPTH.with(|d| d.set(depth + 1));
        free(ptr);
        if depth == 0 {
            loop {
                let next = PENDING.with(|p| p.borrow_mut().pop());
                match next {
                    Some(p) => free(p),
                    None => break,
                }
            }
        }
        DEPTH.with(|d| d.set(depth));
    }

    fn free(ptr: NonNull<PyObject>) {
        // A weak reference dying before its referent unregisters itself from
        // the referent's `weaklist` (the referent clears the pointer when it
        // dies first, see `types::weakref_clear`).
        // SAFETY: the object is still allocated; a set referent is alive.
        if let Payload::WeakRef { referent, .. } = unsafe { &ptr.as_ref().payload } {
            if let Some(r) = referent.take() {
                unsafe { r.as_ref() }.weaklist.borrow_mut().retain(|p| *p != ptr);
            }
        }
        // SAFETY: refcount reached zero; this is the only path that frees.
        unsafe { drop(Box::from_raw(ptr.as_ptr())) };
    }
}

/// Visit every strong reference an object holds (for the cycle collector).
pub trait Traverse {
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef));
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn object_sizes() {
        eprintln!("PyObject={} Payload={}", std::mem::size_of::<super::PyObject>(), std::mem::size_of::<super::Payload>());
        // Keep objects small: every float and int result is one allocation.
        assert!(std::mem::size_of::<super::PyObject>() <= 256);
    }
}
