//! The smaller builtin types: None, NotImplemented, Ellipsis, functions and
//! methods, modules, cells, code/frame/traceback objects, property,
//! classmethod, staticmethod, super, mappingproxy, `types.GenericAlias`,
//! plus shared helpers (recursive-repr guard, lazily created native types).

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, NativeFn, NativeKind, PyNativeFunction};
use crate::types::type_::{as_type, lookup, BaseKind};
use crate::vm::{add_method, add_methods, new_static_type, str_of, PyResult, Vm};
use std::any::Any;
use std::cell::RefCell;
use std::sync::OnceLock;

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Enter a container's repr; false if it is already being repr'd (cycle).
pub fn repr_enter(_vm: &Vm, o: &PyObjectRef) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.id()) {
            false
        } else {
            s.push(o.id());
            true
        }
    })
}

pub fn repr_leave(_vm: &Vm, o: &PyObjectRef) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == o.id()) {
            s.remove(p);
        }
    })
}

fn lazy_type(cell: &'static OnceLock<PyObjectRef>, vm: &Vm, name: &str) -> PyObjectRef {
    cell.get_or_init(|| new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.object_type.clone()], BaseKind::Special, false)).clone()
}

static ASYNC_GEN_OP: OnceLock<PyObjectRef> = OnceLock::new();
static CORO_WRAPPER: OnceLock<PyObjectRef> = OnceLock::new();
static GENERIC_ALIAS: OnceLock<PyObjectRef> = OnceLock::new();
static GETSET: OnceLock<PyObjectRef> = OnceLock::new();

pub fn async_gen_op_type(vm: &Vm) -> PyObjectRef {
    lazy_type(&ASYNC_GEN_OP, vm, "async_generator_asend")
}
pub fn coro_wrapper_type(vm: &Vm) -> PyObjectRef {
    lazy_type(&CORO_WRAPPER, vm, "coroutine_wrapper")
}
pub fn generic_alias_type(vm: &Vm) -> PyObjectRef {
    GENERIC_ALIAS.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "types.GenericAlias",
            vec![vm.ctx.types.object_type.clone()], BaseKind::Native, true);
        set_type_module(vm, &t, "types");
        t
    }).clone()
}

/// Set `__module__` of a static type (for dotted names such as `types.GenericAlias`).
pub fn set_type_module(vm: &Vm, t: &PyObjectRef, module: &str) {
    if let Some(tt) = as_type(t) {
        tt.dict().set_str(vm, "__module__", vm.new_str(module));
    }
}
pub fn getset_type(vm: &Vm) -> PyObjectRef {
    lazy_type(&GETSET, vm, "getset_descriptor")
}

/// A read-only attribute computed by a native function (a property whose
/// getter is native), e.g. `ExceptionGroup.message`.
pub fn add_getter(vm: &Vm, cls: &PyObjectRef, name: &'static str, f: NativeFn) {
    let getter = PyObjectRef::new(vm.ctx.types.builtin_function_type.clone(), Payload::NativeFunction(Box::new(PyNativeFunction {
        name, func: f, kind: NativeKind::Function, self_: None, owner: Some(cls.clone()), doc: None, module: None,
    })));
    let prop = PyObjectRef::new(vm.ctx.types.property_type.clone(), Payload::Property { fget: Some(getter), fset: None, fdel: None, doc: RefCell::new(None), name: RefCell::new(None) });
    if let Some(t) = as_type(cls) {
        t.dict().set_str(vm, name, prop);
    }
}

/// Bytes of an object supporting the buffer protocol beyond bytes/bytearray
/// (memoryview, array.array): None if it does not.
pub fn buffer_bytes(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<Vec<u8>>> {
    if let Some(mv) = o.payload.native::<crate::types::memoryview::PyMemoryView>() {
        return Ok(Some(mv.to_bytes(vm)?));
    }
    if let Some(f) = lookup(&o.class(), "__buffer_bytes__") {
        let r = vm.call(&f, &[o.clone()])?;
        if let Payload::Bytes(b) = &r.payload {
            return Ok(Some(b.to_vec()));
        }
    }
    Ok(None)
}

// ---- singletons ----

fn none_repr(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_str("None")) }
fn none_bool(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_bool(false)) }
fn none_new(vm: &Vm, args: Args) -> PyResult {
    if args.args.len() > 1 {
        return Err(vm.new_type_error("NoneType takes no arguments"));
    }
    Ok(vm.none())
}
fn notimpl_repr(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_str("NotImplemented")) }
fn notimpl_new(vm: &Vm, _a: Args) -> PyResult { Ok(vm.ctx.not_implemented.clone()) }
fn notimpl_bool(vm: &Vm, _a: Args) -> PyResult {
    crate::modules::warnings::warn(vm, &vm.ctx.exc.deprecation_warning,
        "NotImplemented should not be used in a boolean context", 1)?;
    Ok(vm.new_bool(true))
}
fn ellipsis_repr(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_str("Ellipsis")) }
fn ellipsis_new(vm: &Vm, _a: Args) -> PyResult { Ok(vm.ctx.ellipsis.clone()) }
fn singleton_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    Ok(vm.new_str(if o.is(&vm.ctx.ellipsis) { "Ellipsis" } else { "NotImplemented" }))
}

// ---- functions and methods ----

fn function_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::Function(f) = &o.payload {
        return Ok(vm.new_string(format!("<function {} at {:#x}>", str_of(&f.qualname.borrow()), o.id())));
    }
    Err(vm.new_type_error("expected function"))
}

fn function_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    Ok(vm.new_bound_method(pos[0].clone(), pos[1].clone()))
}

fn function_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.shift().range(vm, "function", 2, 6)?;
    let code = pos[0].clone();
    let globals = pos[1].clone();
    if !matches!(code.payload, Payload::Code(_)) {
        return Err(vm.new_type_error(format!("function() argument 'code' must be code, not {}", vm.type_name(&code))));
    }
    let name = match pos.get(2).filter(|n| !vm.is_none(n)) {
        Some(n) => n.clone(),
        None => match &code.payload {
            Payload::Code(c) => vm.new_str(&c.code.name),
            _ => vm.none(),
        },
    };
    let builtins = vm.interp.builtins.get().and_then(|b| vm.get_attr_str(&b, "__dict__").ok()).unwrap_or_else(|| vm.new_dict());
    let f = crate::types::function::PyFunction {
        code: crate::object::PyCell::new(code),
        globals: globals.clone(),
        builtins,
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        defaults: RefCell::new(pos.get(3).filter(|d| !vm.is_none(d)).cloned()),
        kwdefaults: RefCell::new(None),
        closure: pos.get(4).filter(|d| !vm.is_none(d)).cloned(),
        doc: RefCell::new(vm.none()),
        module: RefCell::new(match &globals.payload {
            Payload::Dict(d) => d.get_str("__name__").unwrap_or_else(|| vm.none()),
            _ => vm.none(),
        }),
        annotations: RefCell::new(None),
    };
    Ok(PyObjectRef::new_full(vm.ctx.types.function_type.clone(), Payload::Function(Box::new(f)), Some(vm.new_dict()), 0))
}

fn builtin_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::NativeFunction(nf) = &o.payload {
        let owner = nf.owner.as_ref().and_then(as_type).map(|t| t.name());
        return Ok(vm.new_string(match (&nf.self_, nf.kind, owner) {
            (None, NativeKind::Method, Some(t)) => format!("<method '{}' of '{}' objects>", nf.name, t),
            (None, NativeKind::ClassMethod, Some(t)) => format!("<method '{}' of '{}' objects>", nf.name, t),
            (Some(s), _, _) if !matches!(s.payload, Payload::Module(_)) => {
                format!("<built-in method {} of {} object at {:#x}>", nf.name, vm.type_name(s), s.id())
            }
            _ => format!("<built-in function {}>", nf.name),
        }));
    }
    Err(vm.new_type_error("expected builtin function"))
}

fn method_desc_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    let owner = pos.get(2).cloned().unwrap_or_else(|| pos[1].class());
    let obj = if vm.is_none(&pos[1]) { None } else { Some(&pos[1]) };
    vm.descr_get(pos[0].clone(), obj, &owner)
}

fn method_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::BoundMethod(bm) = &o.payload {
        let name = match vm.get_attr_opt(&bm.func, "__qualname__")? {
            Some(n) => vm.to_str(&n)?,
            None => "?".into(),
        };
        return Ok(vm.new_string(format!("<bound method {} of {}>", name, vm.repr(&bm.self_)?)));
    }
    Err(vm.new_type_error("expected method"))
}

fn method_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match (&a.payload, &b.payload) {
        (Payload::BoundMethod(x), Payload::BoundMethod(y)) => Ok(vm.new_bool(x.func.is(&y.func) && x.self_.is(&y.self_))),
        _ => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn method_hash(vm: &Vm, args: Args) -> PyResult {
    if let Payload::BoundMethod(bm) = &args.args[0].payload {
        let h = crate::types::type_methods::pointer_hash(bm.self_.id()) ^ crate::types::type_methods::pointer_hash(bm.func.id());
        return Ok(vm.new_int(if h == -1 { -2 } else { h }));
    }
    Err(vm.new_type_error("expected method"))
}

fn method_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.shift().range(vm, "method", 2, 2)?;
    if !vm.callable(&pos[0]) {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if vm.is_none(&pos[1]) {
        return Err(vm.new_type_error("instance must not be None"));
    }
    Ok(vm.new_bound_method(pos[0].clone(), pos[1].clone()))
}

// ---- modules ----

fn module_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let d = match &o.payload {
        Payload::Module(d) => d.clone(),
        _ => return Err(vm.new_type_error("expected module")),
    };
    let get = |k: &str| match &d.payload {
        Payload::Dict(dd) => dd.get_str(k),
        _ => None,
    };
    let name = get("__name__").map(|n| vm.to_str(&n)).transpose()?.unwrap_or_else(|| "?".into());
    if let Some(spec) = get("__spec__").filter(|s| !vm.is_none(s)) {
        if let Some(origin) = vm.get_attr_opt(&spec, "origin")? {
            if !vm.is_none(&origin) {
                let has_loc = vm.get_attr_opt(&spec, "has_location")?.map(|h| vm.is_true(&h)).transpose()?.unwrap_or(false);
                if has_loc {
                    return Ok(vm.new_string(format!("<module '{}' from '{}'>", name, vm.to_str(&origin)?)));
                }
                return Ok(vm.new_string(format!("<module '{}' ({})>", name, vm.to_str(&origin)?)));
            }
        }
    }
    match get("__file__") {
        Some(f) if !vm.is_none(&f) => Ok(vm.new_string(format!("<module '{}' from '{}'>", name, vm.to_str(&f)?))),
        _ => Ok(vm.new_string(format!("<module '{}'>", name))),
    }
}

fn module_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let d = vm.new_dict();
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Module(d)))
}

fn module_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let pos = args.shift().range(vm, "module", 1, 2)?;
    if let Payload::Module(d) = &o.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "__name__", pos[0].clone());
            dd.set_str(vm, "__doc__", pos.get(1).cloned().unwrap_or_else(|| vm.none()));
            dd.set_str(vm, "__package__", vm.none());
            dd.set_str(vm, "__loader__", vm.none());
            dd.set_str(vm, "__spec__", vm.none());
        }
    }
    Ok(vm.none())
}

fn module_dir(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::Module(d) = &o.payload {
        if let Payload::Dict(dd) = &d.payload {
            if let Some(f) = dd.get_str("__dir__") {
                return vm.call(&f, &[]);
            }
            return Ok(vm.new_list(dd.keys()));
        }
    }
    Ok(vm.new_list(vec![]))
}

// ---- cells, code, frames, tracebacks ----

fn cell_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::Cell(c) = &o.payload {
        return Ok(vm.new_string(match c.borrow().as_ref() {
            Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.id(), vm.type_name(v), v.id()),
            None => format!("<cell at {:#x}: empty>", o.id()),
        }));
    }
    Err(vm.new_type_error("expected cell"))
}

fn code_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::Code(c) = &o.payload {
        return Ok(vm.new_string(format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, o.id(), c.code.filename, c.code.first_line)));
    }
    Err(vm.new_type_error("expected code"))
}

/// `code.replace(**changes)` for the fields pyrite's code objects carry.
fn code_replace(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let c = match &o.payload {
        Payload::Code(c) => c,
        _ => return Err(vm.new_type_error("expected code")),
    };
    if args.npos() > 1 {
        return Err(vm.new_type_error("replace() takes no positional arguments"));
    }
    let mut co = (*c.code).clone();
    let mut consts = c.consts.clone();
    for (k, v) in args.kwargs() {
        let s = || -> PyResult<std::sync::Arc<str>> {
            match &v.payload {
                Payload::Str(x) => Ok(x.as_str().into()),
                _ => Err(vm.new_type_error(format!("replace() argument '{}' must be str, not {}", k, vm.type_name(v)))),
            }
        };
        match k {
            "co_flags" => co.flags = vm.index_i64(v)? as u32,
            "co_name" => co.name = s()?,
            "co_qualname" => co.qualname = s()?,
            "co_filename" => co.filename = s()?,
            "co_firstlineno" => co.first_line = vm.index_i64(v)? as u32,
            "co_consts" => consts = vm.collect(v)?,
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" | "co_stacksize" | "co_code"
            | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.new_value_error(format!("code.replace(): changing {} is not supported by pyrite", k)));
            }
            _ => return Err(vm.new_type_error(format!("replace() got an unexpected keyword argument '{}'", k))),
        }
    }
    let code = std::sync::Arc::new(co);
    Ok(PyObjectRef::new(vm.ctx.types.code_type.clone(), Payload::Code(Box::new(crate::types::code::PyCode {
        code, consts, names: c.names.clone(), varnames: c.varnames.clone(),
    }))))
}

fn code_positions(vm: &Vm, args: Args) -> PyResult {
    if let Payload::Code(c) = &args.args[0].payload {
        let items: Vec<PyObjectRef> = c.code.positions.iter().map(|p| {
            let g = |v: u32, has: bool| if has { vm.new_int(v as i64) } else { vm.none() };
            let has = p.line != 0;
            vm.new_tuple(vec![g(p.line, has), g(p.end_line, has), g(p.col, has), g(p.end_col, has)])
        }).collect();
        return vm.get_iter(&vm.new_list(items));
    }
    Err(vm.new_type_error("expected code"))
}

fn frame_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Payload::Frame(f) = &o.payload {
        if let Payload::Code(c) = &f.code.payload {
            return Ok(vm.new_string(format!("<frame at {:#x}, file '{}', line {}, code {}>", o.id(), c.code.filename, f.lineno.get(), c.code.name)));
        }
    }
    Err(vm.new_type_error("expected frame"))
}

// ---- property / classmethod / staticmethod ----

fn property_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let none = |o: Option<PyObjectRef>| o.filter(|x| !vm.is_none(x));
    let [fget, fset, fdel, doc] = args.shift().bind(vm, &crate::types::function::Sig {
        name: "property", names: ["fget", "fset", "fdel", "doc"], posonly: 0, required: 0, kwonly_from: 4,
    })?;
    let (fget, fset, fdel, doc) = (none(fget), none(fset), none(fdel), none(doc));
    let doc = match doc {
        Some(d) => Some(d),
        None => match &fget {
            Some(g) => vm.get_attr_opt(g, "__doc__")?.filter(|d| !vm.is_none(d)),
            None => None,
        },
    };
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Property { fget, fset, fdel, doc: RefCell::new(doc), name: RefCell::new(None) }))
}

fn property_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn property_copy_with(vm: &Vm, args: Args, which: usize) -> PyResult {
    let [p, f] = args.exact::<2>(vm, "getter")?;
    if let Payload::Property { fget, fset, fdel, doc, .. } = &p.payload {
        let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
        parts[which] = Some(f.clone());
        let d = if which == 0 { None } else { doc.borrow().clone() };
        let cls = p.class();
        let none = vm.none();
        let mut a: Vec<PyObjectRef> = parts.iter().map(|x| x.clone().unwrap_or_else(|| none.clone())).collect();
        a.push(d.unwrap_or_else(|| none.clone()));
        return vm.call(&cls, &a);
    }
    Err(vm.new_type_error("expected property"))
}
fn property_getter(vm: &Vm, args: Args) -> PyResult { property_copy_with(vm, args, 0) }
fn property_setter(vm: &Vm, args: Args) -> PyResult { property_copy_with(vm, args, 1) }
fn property_deleter(vm: &Vm, args: Args) -> PyResult { property_copy_with(vm, args, 2) }

fn property_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    vm.descr_get(pos[0].clone(), Some(&pos[1]), &pos[1].class())
}

fn property_set(vm: &Vm, args: Args) -> PyResult {
    let [p, obj, v] = args.exact::<3>(vm, "__set__")?;
    if let Payload::Property { fset, .. } = &p.payload {
        return match fset {
            Some(f) => vm.call(f, &[obj.clone(), v.clone()]),
            None => Err(vm.new_attribute_error("can't set attribute")),
        };
    }
    Err(vm.new_type_error("expected property"))
}

fn property_delete(vm: &Vm, args: Args) -> PyResult {
    let [p, obj] = args.exact::<2>(vm, "__delete__")?;
    if let Payload::Property { fdel, .. } = &p.payload {
        return match fdel {
            Some(f) => vm.call(f, &[obj.clone()]),
            None => Err(vm.new_attribute_error("can't delete attribute")),
        };
    }
    Err(vm.new_type_error("expected property"))
}

fn property_set_name(vm: &Vm, args: Args) -> PyResult {
    let [p, _owner, name] = args.exact::<3>(vm, "__set_name__")?;
    if let Payload::Property { name: n, .. } = &p.payload {
        *n.borrow_mut() = Some(name.clone());
    }
    Ok(vm.none())
}

fn classmethod_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().range(vm, "classmethod", 1, 1)?;
    let o = crate::types::type_methods::new_instance(vm, &cls, Payload::ClassMethod(RefCell::new(pos[0].clone())));
    copy_wrapper_attrs(vm, &pos[0], &o);
    Ok(o)
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().range(vm, "staticmethod", 1, 1)?;
    let o = crate::types::type_methods::new_instance(vm, &cls, Payload::StaticMethod(RefCell::new(pos[0].clone())));
    copy_wrapper_attrs(vm, &pos[0], &o);
    Ok(o)
}

fn copy_wrapper_attrs(vm: &Vm, _from: &PyObjectRef, to: &PyObjectRef) {
    if to.dict.get().is_none() {
        to.dict.set(Some(vm.new_dict()));
    }
}

fn cm_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn classmethod_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    let owner = match pos.get(2).filter(|o| !vm.is_none(o)) {
        Some(o) => o.clone(),
        None => pos[1].class(),
    };
    if let Payload::ClassMethod(f) = &pos[0].payload {
        return Ok(vm.new_bound_method(f.borrow().clone(), owner));
    }
    Err(vm.new_type_error("expected classmethod"))
}

fn staticmethod_get(vm: &Vm, args: Args) -> PyResult {
    if let Payload::StaticMethod(f) = &args.args[0].payload {
        return Ok(f.borrow().clone());
    }
    Err(vm.new_type_error("expected staticmethod"))
}

fn staticmethod_call(vm: &Vm, args: Args) -> PyResult {
    if let Payload::StaticMethod(f) = &args.args[0].payload {
        let f = f.borrow().clone();
        return vm.call_args(&f, args.shift());
    }
    Err(vm.new_type_error("expected staticmethod"))
}

fn wrapper_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let (name, f) = match &o.payload {
        Payload::ClassMethod(f) => ("classmethod", f.borrow().clone()),
        Payload::StaticMethod(f) => ("staticmethod", f.borrow().clone()),
        _ => return Err(vm.new_type_error("expected wrapper")),
    };
    Ok(vm.new_string(format!("<{}({})>", name, vm.repr(&f)?)))
}

// ---- super ----

fn super_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().range(vm, "super", 0, 2)?;
    let (type_, obj) = match pos.len() {
        0 => {
            // Zero-argument form: __class__ cell and first argument of the caller.
            let found = vm.with_current_frame(|f| {
                let code = f.pycode();
                let co = &code.code;
                let first = if co.arg_count > 0 {
                    match co.cell2arg.iter().position(|a| *a == Some(0)) {
                        Some(ci) => f.cells.get(ci).and_then(|c| match &c.payload {
                            Payload::Cell(v) => v.borrow().clone(),
                            _ => None,
                        }),
                        None => f.fastlocals.first().cloned().flatten(),
                    }
                } else {
                    None
                };
                let ncell = co.cellvars.len();
                let class_cell = co.freevars.iter().position(|n| &**n == "__class__").and_then(|i| f.cells.get(ncell + i).cloned());
                (first, class_cell, co.arg_count)
            });
            let (first, class_cell, argc) = match found {
                Some(x) => x,
                None => return Err(vm.new_runtime_error("super(): no current frame")),
            };
            if argc == 0 {
                return Err(vm.new_runtime_error("super(): no arguments"));
            }
            let cell = class_cell.ok_or_else(|| vm.new_runtime_error("super(): __class__ cell not found"))?;
            let t = match &cell.payload {
                Payload::Cell(c) => c.borrow().clone(),
                _ => None,
            };
            let t = t.ok_or_else(|| vm.new_runtime_error("super(): empty __class__ cell"))?;
            if argc == 0 {
                return Err(vm.new_runtime_error("super(): no arguments"));
            }
            let o = first.ok_or_else(|| vm.new_runtime_error("super(): arg[0] deleted"))?;
            (t, Some(o))
        }
        1 => (pos[0].clone(), None),
        _ => (pos[0].clone(), Some(pos[1].clone()).filter(|o| !vm.is_none(o))),
    };
    if !matches!(type_.payload, Payload::Type(_)) {
        return Err(vm.new_type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&type_))));
    }
    let obj_type = match &obj {
        Some(o) => {
            if matches!(o.payload, Payload::Type(_)) && crate::types::type_::is_subtype(o, &type_) {
                Some(o.clone())
            } else if vm.isinstance_type(o, &type_) {
                Some(o.class())
            } else {
                return Err(vm.new_type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
        }
        None => None,
    };
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Super { type_, obj, obj_type }))
}

fn super_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn super_getattribute(vm: &Vm, args: Args) -> PyResult {
    let [s, name] = args.exact::<2>(vm, "__getattribute__")?;
    let (type_, obj, obj_type) = match &s.payload {
        Payload::Super { type_, obj, obj_type } => (type_.clone(), obj.clone(), obj_type.clone()),
        _ => return Err(vm.new_type_error("expected super")),
    };
    let n = str_of(name);
    if let (Some(obj), Some(ot)) = (&obj, &obj_type) {
        if n != "__class__" {
            if let Some(t) = as_type(ot) {
                let mro = t.mro.borrow().clone();
                let start = mro.iter().position(|c| c.is(&type_)).map(|i| i + 1).unwrap_or(mro.len());
                for c in &mro[start..] {
                    if let Some(ct) = as_type(c) {
                        if let Some(v) = ct.dict().get_str(n) {
                            let inst = if obj.is(ot) { None } else { Some(obj) };
                            return vm.descr_get(v, inst, ot);
                        }
                    }
                }
            }
        }
    }
    let cls = s.class();
    match vm.generic_getattr(s, &cls, n)? {
        Some(v) => Ok(v),
        None => Err(vm.new_attribute_error(format!("'super' object has no attribute '{}'", n))),
    }
}

fn super_repr(vm: &Vm, args: Args) -> PyResult {
    if let Payload::Super { type_, obj_type, .. } = &args.args[0].payload {
        let tn = as_type(type_).map(|t| t.name()).unwrap_or_default();
        return Ok(vm.new_string(match obj_type {
            Some(ot) => format!("<super: <class '{}'>, <{} object>>", tn, as_type(ot).map(|t| t.name()).unwrap_or_default()),
            None => format!("<super: <class '{}'>, NULL>", tn),
        }));
    }
    Err(vm.new_type_error("expected super"))
}

fn super_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    if let Payload::Super { type_, obj: None, .. } = &pos[0].payload {
        if !vm.is_none(&pos[1]) {
            return vm.call(&vm.ctx.types.super_type, &[type_.clone(), pos[1].clone()]);
        }
    }
    Ok(pos[0].clone())
}

// ---- mappingproxy ----

fn mp_target(vm: &Vm, o: &PyObjectRef) -> PyResult<PyObjectRef> {
    match &o.payload {
        Payload::MappingProxy(d) => Ok(d.clone()),
        _ => Err(vm.new_type_error("expected mappingproxy")),
    }
}
fn mp_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, k] = args.exact::<2>(vm, "__getitem__")?;
    vm.get_item(&mp_target(vm, o)?, k)
}
fn mp_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(vm.len(&mp_target(vm, &args.args[0])?)? as i64))
}
fn mp_iter(vm: &Vm, args: Args) -> PyResult {
    vm.get_iter(&mp_target(vm, &args.args[0])?)
}
fn mp_contains(vm: &Vm, args: Args) -> PyResult {
    let [o, k] = args.exact::<2>(vm, "__contains__")?;
    Ok(vm.new_bool(vm.contains(&mp_target(vm, o)?, k)?))
}
fn mp_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(format!("mappingproxy({})", vm.repr(&mp_target(vm, &args.args[0])?)?)))
}
fn mp_str(vm: &Vm, args: Args) -> PyResult {
    vm.str_obj(&mp_target(vm, &args.args[0])?)
}
fn mp_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "get", 2, 3)?;
    let t = mp_target(vm, &pos[0])?;
    let mut a = vec![pos[1].clone()];
    a.extend(pos.get(2).cloned());
    vm.call_method(&t, "get", &a)
}
fn mp_keys(vm: &Vm, args: Args) -> PyResult { vm.call_method(&mp_target(vm, &args.args[0])?, "keys", &[]) }
fn mp_values(vm: &Vm, args: Args) -> PyResult { vm.call_method(&mp_target(vm, &args.args[0])?, "values", &[]) }
fn mp_items(vm: &Vm, args: Args) -> PyResult { vm.call_method(&mp_target(vm, &args.args[0])?, "items", &[]) }
fn mp_copy(vm: &Vm, args: Args) -> PyResult { vm.call_method(&mp_target(vm, &args.args[0])?, "copy", &[]) }
fn mp_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    vm.rich_compare(&mp_target(vm, a)?, b, pyrite_bytecode::CmpOp::Eq)
}
fn mp_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.shift().range(vm, "mappingproxy", 1, 1)?;
    let m = &pos[0];
    if matches!(m.payload, Payload::List(_) | Payload::Tuple(_)) || vm.get_attr_opt(m, "keys")?.is_none() {
        return Err(vm.new_type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(m))));
    }
    Ok(PyObjectRef::new(vm.ctx.types.mappingproxy_type.clone(), Payload::MappingProxy(m.clone())))
}

// ---- types.GenericAlias ----

pub struct GenericAlias {
    pub origin: PyObjectRef,
    pub args: PyObjectRef,
}
impl NativePayload for GenericAlias {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        visit(&self.origin);
        visit(&self.args);
    }
}

pub fn generic_alias(vm: &Vm, origin: &PyObjectRef, args: &PyObjectRef) -> PyResult {
    let args = match &args.payload {
        Payload::Tuple(_) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    };
    Ok(PyObjectRef::new(generic_alias_type(vm), Payload::Native(Box::new(GenericAlias { origin: origin.clone(), args }))))
}

/// `repr()` of a type argument in a generic alias (`int`, `list[int]`, `...`).
pub fn type_arg_repr(vm: &Vm, a: &PyObjectRef) -> PyResult<String> {
    if a.is(&vm.ctx.ellipsis) {
        return Ok("...".into());
    }
    if let Payload::Type(t) = &a.payload {
        let module = t.dict().get_str("__module__").map(|m| str_of(&m).to_string()).unwrap_or_else(|| "builtins".into());
        if module == "builtins" {
            return Ok(t.qualname.borrow().clone());
        }
        return Ok(format!("{}.{}", module, t.qualname.borrow()));
    }
    vm.repr(a)
}

fn ga_parts(vm: &Vm, o: &PyObjectRef) -> PyResult<(PyObjectRef, PyObjectRef)> {
    match o.payload.native::<GenericAlias>() {
        Some(g) => Ok((g.origin.clone(), g.args.clone())),
        None => Err(vm.new_type_error("expected GenericAlias")),
    }
}

fn ga_repr(vm: &Vm, args: Args) -> PyResult {
    let (origin, a) = ga_parts(vm, &args.args[0])?;
    let items = vm.collect(&a)?;
    let parts: Vec<String> = if items.is_empty() {
        vec!["()".into()]
    } else {
        items.iter().map(|x| type_arg_repr(vm, x)).collect::<PyResult<_>>()?
    };
    Ok(vm.new_string(format!("{}[{}]", type_arg_repr(vm, &origin)?, parts.join(", "))))
}

fn ga_call(vm: &Vm, args: Args) -> PyResult {
    let (origin, _) = ga_parts(vm, &args.args[0])?;
    let r = vm.call_args(&origin, args.shift())?;
    let _ = vm.set_attr_str(&r, "__orig_class__", args.args[0].clone());
    Ok(r)
}

fn ga_getattr(vm: &Vm, args: Args) -> PyResult {
    let [o, name] = args.exact::<2>(vm, "__getattribute__")?;
    let (origin, a) = ga_parts(vm, o)?;
    match str_of(name) {
        "__origin__" => Ok(origin),
        "__args__" => Ok(a),
        "__parameters__" => Ok(vm.new_tuple(vec![])),
        "__class__" => Ok(o.class()),
        n if n.starts_with("__") && n.ends_with("__") => match vm.generic_getattr(o, &o.class(), n)? {
            Some(v) => Ok(v),
            None => vm.get_attr(&origin, name),
        },
        _ => vm.get_attr(&origin, name),
    }
}

fn ga_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let (o1, a1) = ga_parts(vm, a)?;
    match b.payload.native::<GenericAlias>() {
        Some(g) => Ok(vm.new_bool(vm.eq_bool(&o1, &g.origin)? && vm.eq_bool(&a1, &g.args)?)),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn ga_hash(vm: &Vm, args: Args) -> PyResult {
    let (o, a) = ga_parts(vm, &args.args[0])?;
    Ok(vm.new_int(vm.hash(&o)? ^ vm.hash(&a)?))
}

fn ga_mro_entries(vm: &Vm, args: Args) -> PyResult {
    let (o, _) = ga_parts(vm, &args.args[0])?;
    Ok(vm.new_tuple(vec![o]))
}

fn ga_instancecheck(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_or(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    crate::types::union::make_union(vm, a, b)
}

fn ga_ror(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    crate::types::union::make_union(vm, b, a)
}

fn ga_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().range(vm, "GenericAlias", 2, 2)?;
    let a = match &pos[1].payload {
        Payload::Tuple(_) => pos[1].clone(),
        _ => vm.new_tuple(vec![pos[1].clone()]),
    };
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Native(Box::new(GenericAlias { origin: pos[0].clone(), args: a }))))
}

fn getset_repr(vm: &Vm, args: Args) -> PyResult {
    if let Payload::GetSet { name, owner } = &args.args[0].payload {
        return Ok(vm.new_string(format!("<attribute '{}' of '{}' objects>", name, as_type(owner).map(|t| t.name()).unwrap_or_default())));
    }
    Err(vm.new_type_error("expected getset_descriptor"))
}

fn getset_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__get__", 2, 3)?;
    if vm.is_none(&pos[1]) {
        return Ok(pos[0].clone());
    }
    let owner = pos.get(2).cloned().unwrap_or_else(|| pos[1].class());
    vm.descr_get(pos[0].clone(), Some(&pos[1]), &owner)
}

fn getset_set(vm: &Vm, args: Args) -> PyResult {
    let [d, obj, v] = args.exact::<3>(vm, "__set__")?;
    if let Payload::GetSet { name, .. } = &d.payload {
        if crate::types::attrs::special_setattr(vm, obj, name, &Some(v.clone()))? {
            return Ok(vm.none());
        }
        return Err(vm.new_attribute_error(format!("attribute '{}' of '{}' objects is not writable", name, vm.type_name(obj))));
    }
    Err(vm.new_type_error("expected getset_descriptor"))
}

fn callable_call(vm: &Vm, args: Args) -> PyResult {
    let f = args.args[0].clone();
    vm.call_args(&f, args.shift())
}

fn method_getattribute(vm: &Vm, args: Args) -> PyResult {
    let [m, name] = args.exact::<2>(vm, "__getattribute__")?;
    if let Some(v) = vm.generic_getattr(m, &m.class(), str_of(name))? {
        return Ok(v);
    }
    if let Payload::BoundMethod(bm) = &m.payload {
        return vm.get_attr(&bm.func, name);
    }
    Err(vm.attribute_error_for(m, str_of(name)))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types;
    let gs = getset_type(vm);
    set_type_module(vm, &t.weakref_type, "weakref");
    set_type_module(vm, &t.weakproxy_type, "weakref");
    add_methods(vm, &gs, &[("__repr__", getset_repr), ("__get__", getset_get), ("__set__", getset_set)]);
    add_methods(vm, &t.method_type, &[("__getattribute__", method_getattribute)]);
    for ct in [&t.function_type, &t.builtin_function_type, &t.method_type, &t.method_descriptor_type, &t.classmethod_descriptor_type] {
        add_methods(vm, ct, &[("__call__", callable_call)]);
    }
    add_method(vm, &t.none_type, "__new__", none_new, NativeKind::StaticMethod);
    add_methods(vm, &t.none_type, &[("__repr__", none_repr), ("__bool__", none_bool)]);
    add_method(vm, &t.notimplemented_type, "__new__", notimpl_new, NativeKind::StaticMethod);
    add_methods(vm, &t.notimplemented_type, &[("__repr__", notimpl_repr), ("__bool__", notimpl_bool), ("__reduce__", singleton_reduce)]);
    add_method(vm, &t.ellipsis_type, "__new__", ellipsis_new, NativeKind::StaticMethod);
    add_methods(vm, &t.ellipsis_type, &[("__repr__", ellipsis_repr), ("__reduce__", singleton_reduce)]);

    add_method(vm, &t.function_type, "__new__", function_new, NativeKind::StaticMethod);
    add_methods(vm, &t.function_type, &[("__repr__", function_repr), ("__get__", function_get)]);
    add_methods(vm, &t.builtin_function_type, &[("__repr__", builtin_repr)]);
    add_methods(vm, &t.method_descriptor_type, &[("__repr__", builtin_repr), ("__get__", method_desc_get)]);
    add_methods(vm, &t.classmethod_descriptor_type, &[("__repr__", builtin_repr), ("__get__", method_desc_get)]);
    add_method(vm, &t.method_type, "__new__", method_new, NativeKind::StaticMethod);
    add_methods(vm, &t.method_type, &[("__repr__", method_repr), ("__eq__", method_eq), ("__hash__", method_hash)]);
    add_method(vm, &t.module_type, "__new__", module_new, NativeKind::StaticMethod);
    add_methods(vm, &t.module_type, &[("__repr__", module_repr), ("__init__", module_init), ("__dir__", module_dir)]);
    add_methods(vm, &t.cell_type, &[("__repr__", cell_repr)]);
    add_methods(vm, &t.code_type, &[("__repr__", code_repr), ("replace", code_replace), ("co_positions", code_positions)]);
    add_methods(vm, &t.frame_type, &[("__repr__", frame_repr)]);

    add_method(vm, &t.property_type, "__new__", property_new, NativeKind::StaticMethod);
    add_methods(vm, &t.property_type, &[
        ("__init__", property_init), ("getter", property_getter), ("setter", property_setter), ("deleter", property_deleter),
        ("__get__", property_get), ("__set__", property_set), ("__delete__", property_delete), ("__set_name__", property_set_name),
    ]);
    add_method(vm, &t.classmethod_type, "__new__", classmethod_new, NativeKind::StaticMethod);
    add_methods(vm, &t.classmethod_type, &[("__init__", cm_init), ("__get__", classmethod_get), ("__repr__", wrapper_repr)]);
    add_method(vm, &t.staticmethod_type, "__new__", staticmethod_new, NativeKind::StaticMethod);
    add_methods(vm, &t.staticmethod_type, &[("__init__", cm_init), ("__get__", staticmethod_get), ("__call__", staticmethod_call), ("__repr__", wrapper_repr)]);
    add_method(vm, &t.super_type, "__new__", super_new, NativeKind::StaticMethod);
    add_methods(vm, &t.super_type, &[("__init__", super_init), ("__getattribute__", super_getattribute), ("__repr__", super_repr), ("__get__", super_get)]);
    add_method(vm, &t.mappingproxy_type, "__new__", mp_new, NativeKind::StaticMethod);
    add_methods(vm, &t.mappingproxy_type, &[
        ("__getitem__", mp_getitem), ("__len__", mp_len), ("__iter__", mp_iter), ("__contains__", mp_contains),
        ("__repr__", mp_repr), ("__str__", mp_str), ("get", mp_get), ("keys", mp_keys), ("values", mp_values), ("items", mp_items),
        ("copy", mp_copy), ("__eq__", mp_eq),
    ]);
    let ga = generic_alias_type(vm);
    add_method(vm, &ga, "__new__", ga_new, NativeKind::StaticMethod);
    add_methods(vm, &ga, &[
        ("__repr__", ga_repr), ("__call__", ga_call), ("__getattribute__", ga_getattr), ("__eq__", ga_eq), ("__hash__", ga_hash),
        ("__mro_entries__", ga_mro_entries), ("__instancecheck__", ga_instancecheck), ("__subclasscheck__", ga_instancecheck),
        ("__or__", ga_or), ("__ror__", ga_ror),
    ]);
    // Mark heap-like so that __getattribute__ overrides are honoured.
    let _ = getset_type(vm);
}
