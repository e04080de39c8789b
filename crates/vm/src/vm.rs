//! The interpreter: `Context` (builtin types and singletons, shared by all
//! threads), `Interp` (mutable interpreter-wide state) and `Vm` (one per
//! thread: frames, the exception being handled, recursion depth). Every
//! function that can run Python code takes `&Vm`. Object constructors and
//! the exception constructors with CPython's messages live here too.

use crate::object::{Payload, PyCell, PyObjectRef};
use crate::types::dict::PyDict;
use crate::types::exceptions::PyBaseException;
use crate::types::function::{Args, NativeFn, NativeKind, PyNativeFunction};
use crate::types::int::PyInt;
use crate::types::str::PyStr;
use crate::types::type_::{BaseKind, PyType};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// An exception being propagated: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub PyObjectRef);

pub type PyResult<T = PyObjectRef> = Result<T, PyErr>;

macro_rules! declare_types {
    ($($field:ident),* $(,)?) => {
        pub struct Types { $(pub $field: PyObjectRef,)* }
    };
}

declare_types!(
    type_type, object_type, list_reverseiterator_type, int_type, bool_type, float_type, complex_type, str_type, bytes_type,
    bytearray_type, tuple_type, list_type, dict_type, set_type, frozenset_type, range_type, slice_type,
    none_type, notimplemented_type, ellipsis_type, function_type, builtin_function_type,
    method_descriptor_type, classmethod_descriptor_type, method_type, module_type, cell_type, code_type,
    frame_type, traceback_type, generator_type, coroutine_type, async_generator_type, property_type,
    classmethod_type, staticmethod_type, super_type, iterator_type, list_iterator_type,
    tuple_iterator_type, str_iterator_type, bytes_iterator_type, callable_iterator_type,
    range_iterator_type, dict_keys_type, dict_values_type, dict_items_type, dict_keyiterator_type,
    dict_valueiterator_type, dict_itemiterator_type, set_iterator_type, member_descriptor_type,
    weakref_type, weakproxy_type, mappingproxy_type, memoryview_type, null_type,
);

pub struct Context {
    pub types: Types,
    pub exc: crate::exceptions::ExcTypes,
    pub none: PyObjectRef,
    pub true_obj: PyObjectRef,
    pub false_obj: PyObjectRef,
    pub not_implemented: PyObjectRef,
    pub ellipsis: PyObjectRef,
    pub empty_tuple: PyObjectRef,
    pub empty_str: PyObjectRef,
    pub empty_bytes: PyObjectRef,
    /// The null sentinel of the value stack (see `Instr::PushNull`).
    pub null: PyObjectRef,
    small_ints: Vec<PyObjectRef>,
    /// Interned single-character latin-1 strings.
    chars: Vec<PyObjectRef>,
}

struct SyncCtx(Context);
// SAFETY: the context is only used with the GIL held.
unsafe impl Sync for SyncCtx {}
unsafe impl Send for SyncCtx {}

static CTX: OnceLock<SyncCtx> = OnceLock::new();

/// The global context (initialised by `Interp::boot`).
#[inline]
pub fn ctx() -> &'static Context {
    match CTX.get() {
        Some(c) => &c.0,
        None => crate::boot::boot_context(),
    }
}

pub(crate) fn try_ctx() -> Option<&'static Context> {
    CTX.get().map(|c| &c.0)
}

pub(crate) fn set_ctx(c: Context) -> &'static Context {
    let _ = CTX.set(SyncCtx(c));
    match CTX.get() {
        Some(c) => &c.0,
        None => std::process::abort(),
    }
}

#[inline]
pub fn with_ctx<R>(f: impl FnOnce(&Context) -> R) -> R {
    f(ctx())
}

/// The text of a str object ("" for anything else).
#[inline]
pub fn str_of(o: &PyObjectRef) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// Interpreter-wide mutable state.
pub struct Interp {
    pub modules: PyObjectRef,
    pub builtins: PyCell<Option<PyObjectRef>>,
    pub sys: PyCell<Option<PyObjectRef>>,
    pub recursion_limit: Cell<u32>,
    pub switch_interval: Cell<f64>,
    pub main_thread_id: Cell<u64>,
    /// Whether -S/-I/-E/-B/-u etc. were given (sys.flags).
    pub flags: RefCell<crate::modules::sys::Flags>,
    pub argv: RefCell<Vec<String>>,
    pub xoptions: RefCell<Vec<String>>,
    pub warnoptions: RefCell<Vec<String>>,
    pub executable: RefCell<String>,
    pub atexit: RefCell<Vec<(PyObjectRef, PyObjectRef, PyObjectRef)>>,
    pub import_lock_depth: Cell<u32>,
}

struct SyncInterp(Interp);
// SAFETY: only used with the GIL held.
unsafe impl Sync for SyncInterp {}
unsafe impl Send for SyncInterp {}
static INTERP: OnceLock<SyncInterp> = OnceLock::new();

pub fn interp() -> &'static Interp {
    match INTERP.get() {
        Some(i) => &i.0,
        None => {
            let c = ctx();
            let modules = PyObjectRef::new(c.types.dict_type.clone(), Payload::Dict(Box::new(PyDict::new())));
            let _ = INTERP.set(SyncInterp(Interp {
                modules,
                builtins: PyCell::new(None),
                sys: PyCell::new(None),
                recursion_limit: Cell::new(1000),
                switch_interval: Cell::new(0.005),
                main_thread_id: Cell::new(0),
                flags: RefCell::new(Default::default()),
                argv: RefCell::new(Vec::new()),
                xoptions: RefCell::new(Vec::new()),
                warnoptions: RefCell::new(Vec::new()),
                executable: RefCell::new(String::new()),
                atexit: RefCell::new(Vec::new()),
                import_lock_depth: Cell::new(0),
            }));
            match INTERP.get() {
                Some(i) => &i.0,
                None => std::process::abort(),
            }
        }
    }
}

/// Per-thread interpreter state.
pub struct Vm {
    pub ctx: &'static Context,
    pub interp: &'static Interp,
    /// The exception currently being handled (`sys.exc_info()`).
    pub handled: PyCell<Option<PyObjectRef>>,
    /// Executing frames, innermost last (raw pointers to live frames).
    pub frames: RefCell<Vec<*mut crate::interp::frame::Frame>>,
    pub depth: Cell<u32>,
    /// Lowest usable address of this thread's native stack (plus a margin).
    pub stack_limit: Cell<usize>,
    pub thread_id: u64,
}

thread_local! {
    static CURRENT_VM: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

impl Vm {
    /// Create the thread state for the current thread; `stack_size` is the
    /// size of this thread's stack, so deep native recursion can be stopped.
    pub fn new_thread_state(stack_size: usize) -> Vm {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let margin = 256 * 1024;
        let limit = here.saturating_sub(stack_size.saturating_sub(margin));
        Vm {
            ctx: ctx(),
            interp: interp(),
            handled: PyCell::new(None),
            frames: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            stack_limit: Cell::new(limit),
            thread_id: crate::gil::current_thread_id(),
        }
    }

    /// Make this the VM of the current thread (used by `__del__` from drops).
    pub fn enter(&self) {
        CURRENT_VM.with(|c| c.set(self as *const Vm));
    }

    /// The VM of the current thread, if one is entered.
    pub fn current<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
        let p = CURRENT_VM.with(|c| c.get());
        if p.is_null() {
            None
        } else {
            // SAFETY: `enter` stores a pointer to a Vm that outlives every
            // use on this thread (the thread's main function owns it).
            Some(f(unsafe { &*p }))
        }
    }

    // ---- constructors ----

    #[inline]
    pub fn none(&self) -> PyObjectRef {
        self.ctx.none.clone()
    }
    #[inline]
    pub fn is_none(&self, o: &PyObjectRef) -> bool {
        o.is(&self.ctx.none)
    }
    #[inline]
    pub fn new_bool(&self, b: bool) -> PyObjectRef {
        if b {
            self.ctx.true_obj.clone()
        } else {
            self.ctx.false_obj.clone()
        }
    }
    #[inline]
    pub fn new_int(&self, v: i64) -> PyObjectRef {
        if (-5..=256).contains(&v) {
            return self.ctx.small_ints[(v + 5) as usize].clone();
        }
        PyObjectRef::new(self.ctx.types.int_type.clone(), Payload::Int(PyInt::Small(v)))
    }
    pub fn new_pyint(&self, v: PyInt) -> PyObjectRef {
        match v {
            PyInt::Small(s) => self.new_int(s),
            big => PyObjectRef::new(self.ctx.types.int_type.clone(), Payload::Int(big)),
        }
    }
    pub fn new_bigint(&self, v: num_bigint::BigInt) -> PyObjectRef {
        self.new_pyint(PyInt::from_big(v))
    }
    #[inline]
    pub fn new_float(&self, v: f64) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.float_type.clone(), Payload::Float(v))
    }
    pub fn new_complex(&self, re: f64, im: f64) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.complex_type.clone(), Payload::Complex(re, im))
    }
    pub fn new_str(&self, s: &str) -> PyObjectRef {
        if s.is_empty() {
            return self.ctx.empty_str.clone();
        }
        if s.len() == 1 {
            return self.ctx.chars[s.as_bytes()[0] as usize].clone();
        }
        PyObjectRef::new(self.ctx.types.str_type.clone(), Payload::Str(PyStr::new(s)))
    }
    pub fn new_string(&self, s: String) -> PyObjectRef {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        PyObjectRef::new(self.ctx.types.str_type.clone(), Payload::Str(PyStr::new(s)))
    }
    pub fn new_char(&self, c: char) -> PyObjectRef {
        if (c as u32) < 256 {
            if (c as u32) < 128 {
                return self.ctx.chars[c as usize].clone();
            }
        }
        let mut b = [0u8; 4];
        self.new_str(c.encode_utf8(&mut b))
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> PyObjectRef {
        if b.is_empty() {
            return self.ctx.empty_bytes.clone();
        }
        PyObjectRef::new(self.ctx.types.bytes_type.clone(), Payload::Bytes(b.into_boxed_slice()))
    }
    pub fn new_bytearray(&self, b: Vec<u8>) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.bytearray_type.clone(), Payload::ByteArray(RefCell::new(b)))
    }
    pub fn new_tuple(&self, items: Vec<PyObjectRef>) -> PyObjectRef {
        if items.is_empty() {
            return self.ctx.empty_tuple.clone();
        }
        PyObjectRef::new(self.ctx.types.tuple_type.clone(), Payload::Tuple(items.into_boxed_slice()))
    }
    pub fn new_list(&self, items: Vec<PyObjectRef>) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.list_type.clone(), Payload::List(RefCell::new(items)))
    }
    pub fn new_dict(&self) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.dict_type.clone(), Payload::Dict(Box::new(PyDict::new())))
    }
    pub fn new_set(&self) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.set_type.clone(), Payload::Set(Box::new(crate::types::set::PySet::new())))
    }
    pub fn new_native_function(&self, name: &'static str, func: NativeFn, module: Option<&'static str>) -> PyObjectRef {
        PyObjectRef::new(
            self.ctx.types.builtin_function_type.clone(),
            Payload::NativeFunction(Box::new(PyNativeFunction { name, func, kind: NativeKind::Function, self_: None, owner: None, doc: None, module })),
        )
    }
    pub fn new_module(&self, name: &str, doc: Option<&str>) -> PyObjectRef {
        let d = self.new_dict();
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(self, "__name__", self.new_str(name));
            dd.set_str(self, "__doc__", doc.map(|s| self.new_str(s)).unwrap_or_else(|| self.none()));
            dd.set_str(self, "__package__", self.none());
            dd.set_str(self, "__loader__", self.none());
            dd.set_str(self, "__spec__", self.none());
        }
        PyObjectRef::new(self.ctx.types.module_type.clone(), Payload::Module(d))
    }

    // ---- exceptions ----

    /// Instantiate exception class `cls` with `args` (no Python `__init__` runs
    /// for builtin exception classes).
    pub fn new_exception(&self, cls: &PyObjectRef, args: Vec<PyObjectRef>) -> PyErr {
        let argv = args.clone();
        let args = self.new_tuple(args);
        let e = PyErr(PyObjectRef::new_full(
            cls.clone(),
            Payload::Exception(Box::new(PyBaseException {
                args: RefCell::new(args),
                traceback: RefCell::new(None),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: Cell::new(false),
                notes: RefCell::new(None),
            })),
            Some(self.new_dict()),
            0,
        ));
        crate::types::exception_methods::init_builtin_attrs(self, &e.0, &argv);
        e
    }
    pub fn new_exception_msg(&self, cls: &PyObjectRef, msg: String) -> PyErr {
        let m = self.new_string(msg);
        self.new_exception(cls, vec![m])
    }
    pub fn new_type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.type_error, msg.into())
    }
    pub fn new_value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.value_error, msg.into())
    }
    pub fn new_index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.index_error, msg.into())
    }
    pub fn new_key_error(&self, key: PyObjectRef) -> PyErr {
        self.new_exception(&self.ctx.exc.key_error, vec![key])
    }
    pub fn new_attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.attribute_error, msg.into())
    }
    pub fn new_name_error(&self, name: &str) -> PyErr {
        let e = self.new_exception_msg(&self.ctx.exc.name_error, format!("name '{}' is not defined", name));
        let _ = self.set_attr_str(&e.0, "name", self.new_str(name));
        e
    }
    pub fn new_zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.zero_division_error, msg.into())
    }
    pub fn new_overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.overflow_error, msg.into())
    }
    pub fn new_runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.runtime_error, msg.into())
    }
    pub fn new_recursion_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.recursion_error, msg.into())
    }
    pub fn new_system_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.system_error, msg.into())
    }
    pub fn new_not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.not_implemented_error, msg.into())
    }
    pub fn new_unicode_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(&self.ctx.exc.unicode_error, msg.into())
    }
    pub fn new_stop_iteration(&self, value: Option<PyObjectRef>) -> PyErr {
        match value {
            Some(v) => self.new_exception(&self.ctx.exc.stop_iteration, vec![v]),
            None => self.new_exception(&self.ctx.exc.stop_iteration, vec![]),
        }
    }
    pub fn new_os_error_from_io(&self, e: &std::io::Error, filename: Option<PyObjectRef>) -> PyErr {
        crate::exceptions::os_error_from_io(self, e, filename, None)
    }

    /// Is `err` an instance of exception class `cls`?
    pub fn err_matches(&self, err: &PyErr, cls: &PyObjectRef) -> bool {
        crate::types::type_::is_subtype(&err.0.class(), cls)
    }

    /// Native-recursion guard: counts towards the recursion limit and checks
    /// the native stack. `what` completes "maximum recursion depth exceeded...".
    #[inline]
    pub fn enter_recursion(&self, what: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.interp.recursion_limit.get() || self.stack_low() {
            return Err(self.recursion_error(what));
        }
        self.depth.set(d);
        Ok(())
    }
    #[inline]
    pub fn leave_recursion(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }
    #[cold]
    fn recursion_error(&self, what: &str) -> PyErr {
        self.new_recursion_error(format!("maximum recursion depth exceeded{}", what))
    }
    /// True when the native stack is nearly exhausted.
    #[inline]
    pub fn stack_low(&self) -> bool {
        let marker = 0u8;
        (&marker as *const u8 as usize) < self.stack_limit.get()
    }

    /// Run `f` with the recursion guard held.
    pub fn with_recursion<R>(&self, what: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
        self.enter_recursion(what)?;
        let r = f();
        self.leave_recursion();
        r
    }
}

/// Create a builtin (static) type object.
pub fn new_static_type(
    metatype: &PyObjectRef,
    dict_type: &PyObjectRef,
    name: &str,
    bases: Vec<PyObjectRef>,
    base_kind: BaseKind,
    basetype: bool,
) -> PyObjectRef {
    let ns = PyObjectRef::new(dict_type.clone(), Payload::Dict(Box::new(PyDict::new())));
    let t = PyType {
        name: RefCell::new(name.rsplit('.').next().unwrap_or(name).to_string()),
        qualname: RefCell::new(name.rsplit('.').next().unwrap_or(name).to_string()),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: ns,
        base_kind,
        heap: false,
        basetype,
        instance_dict: Cell::new(false),
        nslots: Cell::new(0),
        has_del: Cell::new(false),
        version: Cell::new(0),
        slot_cache: Cell::new((0, 0)),
        subclasses: RefCell::new(Vec::new()),
    };
    let obj = PyObjectRef::new(metatype.clone(), Payload::Type(Box::new(t)));
    let mut mro = vec![obj.clone()];
    for b in &bases {
        if let Payload::Type(bt) = &b.payload {
            for m in bt.mro.borrow().iter() {
                if !mro.iter().any(|x| x.is(m)) {
                    mro.push(m.clone());
                }
            }
        }
    }
    if let Payload::Type(t) = &obj.payload {
        *t.mro.borrow_mut() = mro;
    }
    obj
}

/// Add a native method to a builtin type's namespace.
pub fn add_method(vm: &Vm, cls: &PyObjectRef, name: &'static str, func: NativeFn, kind: NativeKind) {
    let tp = match &cls.payload {
        Payload::Type(t) => t,
        _ => return,
    };
    let fcls = match kind {
        NativeKind::ClassMethod => vm.ctx.types.classmethod_descriptor_type.clone(),
        NativeKind::StaticMethod => vm.ctx.types.builtin_function_type.clone(),
        _ => vm.ctx.types.method_descriptor_type.clone(),
    };
    let f = PyObjectRef::new(
        fcls,
        Payload::NativeFunction(Box::new(PyNativeFunction { name, func, kind, self_: None, owner: Some(cls.clone()), doc: None, module: None })),
    );
    let f = if kind == NativeKind::StaticMethod {
        PyObjectRef::new(vm.ctx.types.staticmethod_type.clone(), Payload::StaticMethod(RefCell::new(f)))
    } else {
        f
    };
    tp.dict().set_str(vm, name, f);
}

/// Shorthand used by type initialisers: a list of (name, fn) methods.
pub fn add_methods(vm: &Vm, cls: &PyObjectRef, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        add_method(vm, cls, name, *f, NativeKind::Method);
    }
}

/// Builds the context's singletons (called from boot).
pub(crate) struct Singletons {
    pub none: PyObjectRef,
    pub true_obj: PyObjectRef,
    pub false_obj: PyObjectRef,
    pub not_implemented: PyObjectRef,
    pub ellipsis: PyObjectRef,
    pub empty_tuple: PyObjectRef,
    pub empty_str: PyObjectRef,
    pub empty_bytes: PyObjectRef,
    pub null: PyObjectRef,
    pub small_ints: Vec<PyObjectRef>,
    pub chars: Vec<PyObjectRef>,
}

impl Context {
    pub(crate) fn from_parts(types: Types, exc: crate::exceptions::ExcTypes, s: Singletons) -> Context {
        Context {
            types,
            exc,
            none: s.none,
            true_obj: s.true_obj,
            false_obj: s.false_obj,
            not_implemented: s.not_implemented,
            ellipsis: s.ellipsis,
            empty_tuple: s.empty_tuple,
            empty_str: s.empty_str,
            empty_bytes: s.empty_bytes,
            null: s.null,
            small_ints: s.small_ints,
            chars: s.chars,
        }
    }
}

/// Call signature helper so that `Args` can be built from a Vec.
pub fn args_of(v: &[PyObjectRef]) -> Args<'_> {
    Args::new(v)
}
