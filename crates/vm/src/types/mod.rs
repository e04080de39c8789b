//! Builtin types: one file per Python type (data) plus `*_methods.rs` for
//! the Python-visible methods.

pub mod attrs;
pub mod bytes_methods;
pub mod bytes_more;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dict_methods;
pub mod exception_methods;
pub mod exceptions;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generator_methods;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod list_methods;
pub mod memoryview;
pub mod misc;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod str_more;
pub mod tuple_methods;
pub mod type_;
pub mod type_methods;
pub mod union;

/// Fill every builtin type's namespace (called once at start-up).
pub fn init_all(vm: &crate::vm::Vm) {
    type_methods::init(vm);
    int_methods::init(vm);
    float::init(vm);
    complex::init(vm);
    str_methods::init(vm);
    bytes_methods::init(vm);
    list_methods::init(vm);
    tuple_methods::init(vm);
    dict_methods::init(vm);
    set_methods::init(vm);
    range::init(vm);
    slice::init(vm);
    iter::init(vm);
    generator_methods::init(vm);
    exception_methods::init(vm);
    misc::init(vm);
    memoryview::init(vm);
    crate::modules::fileio::init_types(vm);
    attrs::install_getsets(vm);
}

/// Clear the weak references to an object that is being destroyed and call
/// their callbacks (CPython's `PyObject_ClearWeakRefs`).
pub fn weakref_clear(vm: &crate::vm::Vm, obj: &crate::object::PyObjectRef) {
    let refs: Vec<std::ptr::NonNull<crate::object::PyObject>> = std::mem::take(&mut *obj.weaklist.borrow_mut());
    let mut callbacks = Vec::new();
    for r in refs.into_iter().rev() {
        // SAFETY: weakref objects unregister themselves from the referent's
        // list when they die, so every pointer here is alive.
        let wr = unsafe { crate::object::PyObjectRef::from_raw_incref(r) };
        if let crate::object::Payload::WeakRef { referent, callback, .. } = &wr.payload {
            referent.set(None);
            if let Some(cb) = callback.borrow_mut().take() {
                callbacks.push((wr.clone(), cb));
            }
        }
    }
    for (wr, cb) in callbacks {
        if let Err(e) = vm.call(&cb, &[wr]) {
            crate::run::report_unraisable(vm, &e, Some(&cb));
        }
    }
}
