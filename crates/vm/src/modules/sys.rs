//! The `sys` module, string interning, struct sequences (`sys.version_info`,
//! `sys.flags`, ...) and the helper that adds native functions to modules.
//! Mirrors `Python/sysmodule.c` and `Objects/structseq.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeFn, NativeKind, PyNativeFunction};
use crate::vm::{add_methods, new_static_type, str_of, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

pub const VERSION: &str = "3.11.7 (main, pyrite 0.1.0) [rustc]";
pub const PYRITE_VERSION: (i64, i64, i64) = (0, 1, 0);

#[derive(Default, Clone)]
pub struct Flags {
    pub debug: i64,
    pub inspect: i64,
    pub interactive: i64,
    pub optimize: i64,
    pub dont_write_bytecode: i64,
    pub no_user_site: i64,
    pub no_site: i64,
    pub ignore_environment: i64,
    pub verbose: i64,
    pub bytes_warning: i64,
    pub quiet: i64,
    pub hash_randomization: i64,
    pub isolated: i64,
    pub dev_mode: bool,
    pub utf8_mode: i64,
    pub safe_path: bool,
    pub unbuffered: bool,
}

struct Interned(RefCell<HashMap<Box<str>, PyObjectRef>>);
// SAFETY: only used with the GIL held.
unsafe impl Sync for Interned {}
unsafe impl Send for Interned {}
static INTERNED: std::sync::OnceLock<Interned> = std::sync::OnceLock::new();

/// The interned str object for `s`.
pub fn intern(vm: &Vm, s: &str) -> PyObjectRef {
    let _ = vm;
    intern_str(s)
}

struct FastIntern(std::cell::UnsafeCell<Vec<(usize, usize, Option<PyObjectRef>)>>);
// SAFETY: only used with the GIL held.
unsafe impl Sync for FastIntern {}
unsafe impl Send for FastIntern {}
static FAST_INTERN: std::sync::OnceLock<FastIntern> = std::sync::OnceLock::new();

/// The interned str object for `s` (usable without a `Vm`). A direct-mapped
/// cache keyed by the text's address makes repeated lookups of the same
/// literal (special method names) cheap.
pub fn intern_str(s: &str) -> PyObjectRef {
    let fast = FAST_INTERN.get_or_init(|| FastIntern(std::cell::UnsafeCell::new((0..1024).map(|_| (0, 0, None)).collect())));
    let key = s.as_ptr() as usize;
    let idx = (key >> 3) & 1023;
    {
        // SAFETY: GIL held; the reference does not outlive this block.
        let e = unsafe { &(&*fast.0.get())[idx] };
        if e.0 == key && e.1 == s.len() {
            if let Some(o) = &e.2 {
                if crate::vm::str_of(o) == s {
                    return o.clone();
                }
            }
        }
    }
    let t = INTERNED.get_or_init(|| Interned(RefCell::new(HashMap::new())));
    let found = t.0.borrow().get(s).cloned();
    let o = match found {
        Some(v) => v,
        None => {
            let c = crate::vm::ctx();
            let o = PyObjectRef::new(c.types.str_type.clone(), Payload::Str(crate::types::str::PyStr::new(s)));
            t.0.borrow_mut().insert(s.into(), o.clone());
            o
        }
    };
    // SAFETY: as above; the old entry is dropped after the store.
    let old = unsafe { std::mem::replace(&mut (&mut *fast.0.get())[idx], (key, s.len(), Some(o.clone()))) };
    drop(old);
    o
}

/// Add native functions to a module's namespace.
pub fn add_functions(vm: &Vm, m: &PyObjectRef, modname: &'static str, fns: &[(&'static str, NativeFn)]) {
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            for (name, f) in fns {
                let fo = PyObjectRef::new(vm.ctx.types.builtin_function_type.clone(), Payload::NativeFunction(Box::new(PyNativeFunction {
                    name, func: *f, kind: NativeKind::Function, self_: None, owner: None, doc: None, module: Some(modname),
                })));
                dd.set_str(vm, name, fo);
            }
        }
    }
}

/// Set a module attribute.
pub fn set_attr(vm: &Vm, m: &PyObjectRef, name: &str, v: PyObjectRef) {
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, name, v);
        }
    }
}

// ---- struct sequences ----

fn structseq_field(vm: &Vm, args: Args) -> PyResult {
    let [idx, obj] = args.exact::<2>(vm, "field")?;
    let i = vm.index_i64(idx)? as usize;
    match &obj.payload {
        Payload::Tuple(t) => Ok(t.get(i).cloned().unwrap_or_else(|| vm.none())),
        _ => Err(vm.new_type_error("expected a struct sequence")),
    }
}

fn structseq_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let cls = o.class();
    let fields = vm.get_attr_str(&cls, "_fields")?;
    let names = vm.collect(&fields)?;
    let items = match &o.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items.iter()) {
        parts.push(format!("{}={}", str_of(n), vm.repr(v)?));
    }
    let tname = crate::types::type_::as_type(&cls).map(|t| {
        let m = t.dict().get_str("__module__").map(|m| str_of(&m).to_string()).unwrap_or_default();
        if m.is_empty() || m == "builtins" { t.name() } else { format!("{}.{}", m, t.name()) }
    }).unwrap_or_default();
    Ok(vm.new_string(format!("{}({})", tname, parts.join(", "))))
}

fn structseq_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let items = match &o.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![vm.new_tuple(items), vm.new_dict()])]))
}

fn structseq_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().range(vm, "structseq", 1, 2)?;
    let items = vm.collect(&pos[0])?;
    let n = vm.get_attr_str(&cls, "n_sequence_fields").ok().and_then(|v| vm.index_i64(&v).ok()).unwrap_or(items.len() as i64) as usize;
    let max = vm.get_attr_str(&cls, "n_fields").ok().and_then(|v| vm.index_i64(&v).ok()).unwrap_or(n as i64) as usize;
    if items.len() < n || items.len() > max {
        let tname = crate::types::type_::as_type(&cls).map(|t| {
            let m = t.dict().get_str("__module__").map(|m| str_of(&m).to_string()).unwrap_or_default();
            format!("{}.{}", m, t.name())
        }).unwrap_or_default();
        let msg = if n == max {
            format!("{}() takes a {}-sequence ({}-sequence given)", tname, n, items.len())
        } else if items.len() < n {
            format!("{}() takes an at least {}-sequence ({}-sequence given)", tname, n, items.len())
        } else {
            format!("{}() takes an at most {}-sequence ({}-sequence given)", tname, max, items.len())
        };
        return Err(vm.new_type_error(msg));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Tuple(items.into_boxed_slice())))
}

/// Create a struct-sequence type (a tuple subclass with named fields).
pub fn structseq_type(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> PyObjectRef {
    let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.tuple_type.clone()], crate::types::type_::BaseKind::Tuple, false);
    if let Some(tt) = crate::types::type_::as_type(&t) {
        tt.dict().set_str(vm, "__module__", vm.new_str(module));
        tt.dict().set_str(vm, "_fields", vm.new_tuple(fields.iter().map(|f| vm.new_str(f)).collect()));
        tt.dict().set_str(vm, "n_fields", vm.new_int(fields.len() as i64));
        tt.dict().set_str(vm, "n_sequence_fields", vm.new_int(fields.len() as i64));
        tt.dict().set_str(vm, "n_unnamed_fields", vm.new_int(0));
        for (i, f) in fields.iter().enumerate() {
            let getter = PyObjectRef::new(vm.ctx.types.builtin_function_type.clone(), Payload::NativeFunction(Box::new(PyNativeFunction {
                name: "field", func: structseq_field, kind: NativeKind::Method, self_: Some(vm.new_int(i as i64)), owner: None, doc: None, module: None,
            })));
            let prop = PyObjectRef::new(vm.ctx.types.property_type.clone(), Payload::Property { fget: Some(getter), fset: None, fdel: None, doc: RefCell::new(None), name: RefCell::new(None) });
            tt.dict().set_str(vm, f, prop);
        }
    }
    crate::vm::add_method(vm, &t, "__new__", structseq_new, NativeKind::StaticMethod);
    add_methods(vm, &t, &[("__repr__", structseq_repr), ("__reduce__", structseq_reduce)]);
    t
}

pub fn structseq(vm: &Vm, cls: &PyObjectRef, items: Vec<PyObjectRef>) -> PyObjectRef {
    PyObjectRef::new(cls.clone(), Payload::Tuple(items.into_boxed_slice()))
}

// ---- functions ----

fn sys_exit(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "exit", 0, 1)?;
    // A tuple argument becomes the exception's args (PyErr_SetObject semantics).
    let a: Vec<PyObjectRef> = match pos.first().map(|p| &p.payload) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => pos.to_vec(),
    };
    let e = vm.call(&vm.ctx.exc.system_exit, &a)?;
    Err(crate::vm::PyErr(e))
}

fn getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "setrecursionlimit")?;
    if matches!(n.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = vm.index_i64(n)?;
    if v < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth.get() as i64;
    if v <= depth {
        return Err(vm.new_recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", v, depth)));
    }
    vm.interp.recursion_limit.set(v.min(u32::MAX as i64) as u32);
    Ok(vm.none())
}

fn exc_info(vm: &Vm, _args: Args) -> PyResult {
    match vm.handled.get() {
        Some(e) => {
            let tb = match &e.payload {
                Payload::Exception(x) => x.traceback.borrow().clone().unwrap_or_else(|| vm.none()),
                _ => vm.none(),
            };
            Ok(vm.new_tuple(vec![e.class(), e.clone(), tb]))
        }
        None => Ok(vm.new_tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn exception(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.handled.get().unwrap_or_else(|| vm.none()))
}

fn getframe(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "_getframe", 0, 1)?;
    let depth = match pos.first() {
        Some(d) => vm.index_i64(d)?,
        None => 0,
    };
    if depth < 0 {
        return Err(vm.new_value_error("call stack is not deep enough"));
    }
    vm.get_frame(depth as usize).ok_or_else(|| vm.new_value_error("call stack is not deep enough"))
}

fn getsizeof(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "getsizeof", 1, 2)?;
    match vm.call_special(&pos[0], "__sizeof__", &[]) {
        Ok(Some(r)) => Ok(vm.new_int(vm.index_i64(&r)? + 16)),
        Ok(None) => Ok(vm.new_int(56)),
        Err(e) => match pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(e),
        },
    }
}

fn intern_fn(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "intern")?;
    if !s.class_is(&vm.ctx.types.str_type) {
        return Err(vm.new_type_error(format!("intern() argument must be str, not {}", vm.type_name(s))));
    }
    Ok(intern(vm, str_of(s)))
}

fn getdefaultencoding(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_str("surrogateescape"))
}

fn getrefcount(vm: &Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getrefcount")?;
    Ok(vm.new_int(o.refcount() as i64))
}

fn getswitchinterval(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_float(vm.interp.switch_interval.get()))
}

fn setswitchinterval(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "setswitchinterval")?;
    let v = crate::types::float::to_f64(vm, x)?;
    if v <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive"));
    }
    vm.interp.switch_interval.set(v);
    crate::gil::SWITCH_INTERVAL_US.store(((v * 1e6) as u64).max(1), std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none())
}

fn displayhook(vm: &Vm, args: Args) -> PyResult {
    let [v] = args.exact::<1>(vm, "displayhook")?;
    if vm.is_none(v) {
        return Ok(vm.none());
    }
    let b = vm.interp.builtins.get().ok_or_else(|| vm.new_runtime_error("lost builtins module"))?;
    vm.set_attr_str(&b, "_", vm.none())?;
    let r = vm.repr(v)?;
    let out = vm.get_attr_str(&vm.interp.sys.get().ok_or_else(|| vm.new_runtime_error("lost sys"))?, "stdout")?;
    vm.call_method(&out, "write", &[vm.new_string(format!("{}\n", r))])?;
    vm.set_attr_str(&b, "_", v.clone())?;
    Ok(vm.none())
}

fn excepthook(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "excepthook", 3, 3)?;
    crate::modules::excepthook::print_exception_to_stderr(vm, &pos[1]);
    Ok(vm.none())
}

fn noop_trace(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn is_finalizing(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(false))
}

fn int_max_str_digits(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(crate::types::int_methods::MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed) as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.bind(vm, &crate::types::function::Sig { name: "set_int_max_str_digits", names: ["maxdigits"], posonly: 0, required: 1, kwonly_from: 1 })?;
    let n = vm.index_i64(&n.unwrap_or_else(|| vm.new_int(0)))?;
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::types::int_methods::MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none())
}

fn audit(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn unraisablehook(vm: &Vm, args: Args) -> PyResult {
    let [u] = args.exact::<1>(vm, "unraisablehook")?;
    let exc = vm.get_attr_str(u, "exc_value")?;
    let obj = vm.get_attr_str(u, "object")?;
    let msg = vm.get_attr_opt(u, "err_msg")?.filter(|m| !vm.is_none(m));
    let head = match msg {
        Some(m) => format!("{}: {}", vm.to_str(&m)?, vm.repr(&obj)?),
        None => format!("Exception ignored in: {}", vm.repr(&obj)?),
    };
    crate::modules::excepthook::write_stderr(vm, &format!("{}\n", head));
    crate::modules::excepthook::print_exception_to_stderr(vm, &exc);
    Ok(vm.none())
}

pub fn module(vm: &Vm) -> PyResult {
    if let Some(s) = vm.interp.sys.get() {
        return Ok(s);
    }
    let m = vm.new_module("sys", Some("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."));
    add_functions(vm, &m, "sys", &[
        ("exit", sys_exit), ("getrecursionlimit", getrecursionlimit), ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info), ("exception", exception), ("_getframe", getframe), ("getsizeof", getsizeof),
        ("intern", intern_fn), ("getdefaultencoding", getdefaultencoding), ("getfilesystemencoding", getdefaultencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors), ("getrefcount", getrefcount),
        ("getswitchinterval", getswitchinterval), ("setswitchinterval", setswitchinterval), ("displayhook", displayhook),
        ("excepthook", excepthook), ("settrace", noop_trace), ("setprofile", noop_trace), ("is_finalizing", is_finalizing),
        ("get_int_max_str_digits", int_max_str_digits), ("set_int_max_str_digits", set_int_max_str_digits),
        ("audit", audit), ("addaudithook", audit), ("unraisablehook", unraisablehook),
    ]);
    let get = |n: &str| vm.get_attr_str(&m, n).unwrap_or_else(|_| vm.none());
    set_attr(vm, &m, "__displayhook__", get("displayhook"));
    set_attr(vm, &m, "__excepthook__", get("excepthook"));
    set_attr(vm, &m, "__unraisablehook__", get("unraisablehook"));
    set_attr(vm, &m, "gettrace", get("is_finalizing"));
    set_attr(vm, &m, "modules", vm.interp.modules.clone());
    set_attr(vm, &m, "version", vm.new_str(VERSION));
    set_attr(vm, &m, "hexversion", vm.new_int(0x030b07f0));
    set_attr(vm, &m, "api_version", vm.new_int(1013));
    let vi = structseq_type(vm, "sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    set_attr(vm, &m, "version_info", structseq(vm, &vi, vec![vm.new_int(3), vm.new_int(11), vm.new_int(7), vm.new_str("final"), vm.new_int(0)]));
    let impl_ns = crate::types::type_methods::new_instance(vm, &simple_namespace_type(vm), Payload::Object);
    let iv = structseq(vm, &vi, vec![vm.new_int(PYRITE_VERSION.0), vm.new_int(PYRITE_VERSION.1), vm.new_int(PYRITE_VERSION.2), vm.new_str("alpha"), vm.new_int(0)]);
    vm.set_attr_str(&impl_ns, "name", vm.new_str("pyrite"))?;
    vm.set_attr_str(&impl_ns, "cache_tag", vm.none())?;
    vm.set_attr_str(&impl_ns, "version", iv)?;
    vm.set_attr_str(&impl_ns, "hexversion", vm.new_int(0x000100a0))?;
    vm.set_attr_str(&impl_ns, "_multiarch", vm.new_str("x86_64-linux-gnu"))?;
    set_attr(vm, &m, "implementation", impl_ns);
    set_attr(vm, &m, "maxsize", vm.new_int(i64::MAX));
    set_attr(vm, &m, "maxunicode", vm.new_int(0x10ffff));
    set_attr(vm, &m, "byteorder", vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set_attr(vm, &m, "platform", vm.new_str("linux"));
    set_attr(vm, &m, "copyright", vm.new_str("Copyright (c) pyrite authors.\nAll Rights Reserved."));
    set_attr(vm, &m, "float_repr_style", vm.new_str("short"));
    set_attr(vm, &m, "dont_write_bytecode", vm.new_bool(vm.interp.flags.borrow().dont_write_bytecode != 0));
    set_attr(vm, &m, "pycache_prefix", vm.none());
    set_attr(vm, &m, "abiflags", vm.new_str(""));
    set_attr(vm, &m, "platlibdir", vm.new_str("lib"));
    let exe = vm.interp.executable.borrow().clone();
    set_attr(vm, &m, "executable", vm.new_str(&exe));
    set_attr(vm, &m, "_base_executable", vm.new_str(&exe));
    let prefix = std::path::Path::new(&exe).parent().and_then(|p| p.parent()).map(|p| p.display().to_string()).unwrap_or_else(|| "/usr".into());
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set_attr(vm, &m, k, vm.new_str(&prefix));
    }
    let names: Vec<PyObjectRef> = crate::modules::builtin_names().into_iter().map(|n| vm.new_str(n)).collect();
    set_attr(vm, &m, "builtin_module_names", vm.new_tuple(names));
    let stdlib: Vec<PyObjectRef> = stdlib_module_names().iter().map(|n| vm.new_str(n)).collect();
    set_attr(vm, &m, "stdlib_module_names", vm.call(&vm.ctx.types.frozenset_type, &[vm.new_tuple(stdlib)])?);
    let argv: Vec<PyObjectRef> = vm.interp.argv.borrow().iter().map(|a| vm.new_str(a)).collect();
    set_attr(vm, &m, "argv", vm.new_list(argv.clone()));
    set_attr(vm, &m, "orig_argv", vm.new_list(argv));
    set_attr(vm, &m, "path", vm.new_list(vec![]));
    set_attr(vm, &m, "meta_path", vm.new_list(vec![]));
    set_attr(vm, &m, "path_hooks", vm.new_list(vec![]));
    set_attr(vm, &m, "path_importer_cache", vm.new_dict());
    let wo: Vec<PyObjectRef> = vm.interp.warnoptions.borrow().iter().map(|a| vm.new_str(a)).collect();
    set_attr(vm, &m, "warnoptions", vm.new_list(wo));
    let xo = vm.new_dict();
    for x in vm.interp.xoptions.borrow().iter() {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k.to_string(), vm.new_str(v)),
            None => (x.clone(), vm.new_bool(true)),
        };
        vm.set_item(&xo, vm.new_string(k), v)?;
    }
    set_attr(vm, &m, "_xoptions", xo);
    let f = vm.interp.flags.borrow().clone();
    let ft = structseq_type(vm, "sys", "flags", &["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path"]);
    let fv = vec![vm.new_int(f.debug), vm.new_int(f.inspect), vm.new_int(f.interactive), vm.new_int(f.optimize),
        vm.new_int(f.dont_write_bytecode), vm.new_int(f.no_user_site), vm.new_int(f.no_site), vm.new_int(f.ignore_environment),
        vm.new_int(f.verbose), vm.new_int(f.bytes_warning), vm.new_int(f.quiet), vm.new_int(f.hash_randomization),
        vm.new_int(f.isolated), vm.new_bool(f.dev_mode), vm.new_int(f.utf8_mode), vm.new_int(0), vm.new_bool(f.safe_path)];
    set_attr(vm, &m, "flags", structseq(vm, &ft, fv));
    let fi = structseq_type(vm, "sys", "float_info", &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
    set_attr(vm, &m, "float_info", structseq(vm, &fi, vec![vm.new_float(f64::MAX), vm.new_int(1024), vm.new_int(308), vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(-1021), vm.new_int(-307), vm.new_int(15), vm.new_int(53), vm.new_float(f64::EPSILON), vm.new_int(2), vm.new_int(1)]));
    let ii = structseq_type(vm, "sys", "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    set_attr(vm, &m, "int_info", structseq(vm, &ii, vec![vm.new_int(30), vm.new_int(4), vm.new_int(4300), vm.new_int(640)]));
    let hi = structseq_type(vm, "sys", "hash_info", &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
    set_attr(vm, &m, "hash_info", structseq(vm, &hi, vec![vm.new_int(64), vm.new_int(crate::types::int::HASH_MODULUS as i64), vm.new_int(314159),
        vm.new_int(0), vm.new_int(1000003), vm.new_str("siphash13"), vm.new_int(64), vm.new_int(128), vm.new_int(0)]));
    let tv = structseq_type(vm, "sys", "thread_info", &["name", "lock", "version"]);
    set_attr(vm, &m, "thread_info", structseq(vm, &tv, vec![vm.new_str("pthread"), vm.new_str("mutex+cond"), vm.none()]));
    crate::modules::fileio::install_stdio(vm, &m)?;
    vm.interp.sys.set(Some(m.clone()));
    Ok(m)
}

static SIMPLE_NS: std::sync::OnceLock<PyObjectRef> = std::sync::OnceLock::new();

/// `types.SimpleNamespace`.
pub fn simple_namespace_type(vm: &Vm) -> PyObjectRef {
    SIMPLE_NS.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "types.SimpleNamespace", vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Object, true);
        if let Payload::Type(tt) = &t.payload {
            tt.instance_dict.set(true);
            tt.dict().set_str(vm, "__dict__", crate::types::attrs::new_getset(vm, &t, "__dict__"));
            tt.dict().set_str(vm, "__module__", vm.new_str("types"));
        }
        crate::vm::add_method(vm, &t, "__new__", ns_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[("__init__", ns_init), ("__repr__", ns_repr), ("__eq__", ns_eq), ("__reduce__", ns_reduce)]);
        t
    }).clone()
}

fn ns_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let o = crate::types::type_methods::new_instance(vm, &cls, Payload::Object);
    if o.dict.get().is_none() {
        o.dict.set(Some(vm.new_dict()));
    }
    Ok(o)
}

fn ns_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    let pos = rest.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("SimpleNamespace expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(m) = pos.first() {
        let d = vm.call(&vm.ctx.types.dict_type, &[m.clone()])?;
        if let Payload::Dict(dd) = &d.payload {
            for (k, v) in dd.items() {
                if !matches!(k.payload, Payload::Str(_)) {
                    return Err(vm.new_type_error(format!("keywords must be strings, not '{}'", vm.type_name(&k))));
                }
                vm.set_attr(&o, &k, v)?;
            }
        }
    }
    for (k, v) in rest.kwargs() {
        vm.set_attr_str(&o, k, v.clone())?;
    }
    Ok(vm.none())
}

fn ns_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let name = if o.class_is(&simple_namespace_type(vm)) { "namespace".to_string() } else { vm.type_name(o) };
    if !crate::types::misc::repr_enter(vm, o) {
        return Ok(vm.new_string(format!("{}(...)", name)));
    }
    let mut parts = Vec::new();
    let mut res = Ok(());
    if let Some(d) = o.dict.get() {
        if let Payload::Dict(dd) = &d.payload {
            for (k, v) in dd.items() {
                match vm.repr(&v) {
                    Ok(r) => parts.push(format!("{}={}", str_of(&k), r)),
                    Err(e) => {
                        res = Err(e);
                        break;
                    }
                }
            }
        }
    }
    crate::types::misc::repr_leave(vm, o);
    res?;
    Ok(vm.new_string(format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let t = simple_namespace_type(vm);
    if !vm.isinstance_type(b, &t) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let da = a.dict.get().unwrap_or_else(|| vm.new_dict());
    let db = b.dict.get().unwrap_or_else(|| vm.new_dict());
    Ok(vm.new_bool(vm.eq_bool(&da, &db)?))
}

fn ns_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let d = o.dict.get().unwrap_or_else(|| vm.new_dict());
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![]), d]))
}

/// CPython 3.11's `sys.stdlib_module_names`.
pub fn stdlib_module_names() -> &'static [&'static str] {
    &["__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2", "_codecs",
      "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes",
      "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
      "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
      "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator",
      "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio",
      "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket",
      "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread",
      "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref",
      "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat",
      "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile",
      "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
      "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv",
      "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email",
      "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
      "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
      "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io",
      "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox",
      "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc",
      "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev",
      "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix",
      "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data",
      "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
      "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr",
      "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat",
      "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog",
      "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit",
      "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo",
      "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref",
      "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib",
      "zoneinfo"]
}
