//! Attributes computed from payloads rather than stored in a type's
//! namespace: `__class__`, `__dict__`, function, code, frame, traceback,
//! exception and type attributes (CPython's getset descriptors and members).

use crate::object::{Payload, PyObjectRef};
use crate::types::type_::as_type;
use crate::vm::{str_of, PyResult, Vm};

fn opt(vm: &Vm, o: Option<PyObjectRef>) -> PyObjectRef {
    o.unwrap_or_else(|| vm.none())
}

/// Instance attributes from the payload. Ok(None) = no such attribute.
pub fn special_getattr(vm: &Vm, obj: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
    if name == "__class__" {
        return Ok(Some(obj.class()));
    }
    if name == "__weakref__" {
        return Ok(Some(vm.none()));
    }
    if name == "__dict__" {
        if let Some(d) = obj.dict.get() {
            return Ok(Some(d));
        }
        if let Payload::Module(d) = &obj.payload {
            return Ok(Some(d.clone()));
        }
    }
    let v = match &obj.payload {
        Payload::Function(f) => match name {
            "__code__" => f.code.get(),
            "__globals__" => f.globals.clone(),
            "__name__" => f.name.borrow().clone(),
            "__qualname__" => f.qualname.borrow().clone(),
            "__defaults__" => opt(vm, f.defaults.borrow().clone()),
            "__kwdefaults__" => opt(vm, f.kwdefaults.borrow().clone()),
            "__closure__" => opt(vm, f.closure.clone()),
            "__doc__" => f.doc.borrow().clone(),
            "__module__" => f.module.borrow().clone(),
            "__builtins__" => f.builtins.clone(),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                match &*a {
                    Some(d) => d.clone(),
                    None => {
                        let d = vm.new_dict();
                        *a = Some(d.clone());
                        d
                    }
                }
            }
            _ => return Ok(None),
        },
        Payload::NativeFunction(nf) => match name {
            "__name__" => vm.new_str(nf.name),
            "__qualname__" => match &nf.owner {
                Some(o) => vm.new_string(format!("{}.{}", as_type(o).map(|t| t.name()).unwrap_or_default(), nf.name)),
                None => vm.new_str(nf.name),
            },
            "__doc__" => nf.doc.map(|d| vm.new_str(d)).unwrap_or_else(|| vm.none()),
            "__self__" => match &nf.self_ {
                Some(s) => s.clone(),
                None => match nf.module {
                    Some(m) => crate::import::import_module(vm, m).unwrap_or_else(|_| vm.none()),
                    None => vm.none(),
                },
            },
            "__module__" => nf.module.map(|m| vm.new_str(m)).unwrap_or_else(|| vm.none()),
            "__objclass__" => match &nf.owner {
                Some(o) => o.clone(),
                None => return Ok(None),
            },
            "__text_signature__" => vm.none(),
            _ => return Ok(None),
        },
        Payload::BoundMethod(bm) => match name {
            "__func__" => bm.func.clone(),
            "__self__" => bm.self_.clone(),
            _ => return vm.get_attr_opt(&bm.func, name),
        },
        Payload::Code(c) => {
            let co = &c.code;
            let strs = |v: &[std::sync::Arc<str>]| vm.new_tuple(v.iter().map(|s| vm.new_str(s)).collect());
            match name {
                "co_name" => vm.new_str(&co.name),
                "co_qualname" => vm.new_str(&co.qualname),
                "co_filename" => vm.new_str(&co.filename),
                "co_firstlineno" => vm.new_int(co.first_line as i64),
                "co_argcount" => vm.new_int(co.arg_count as i64),
                "co_posonlyargcount" => vm.new_int(co.posonly_arg_count as i64),
                "co_kwonlyargcount" => vm.new_int(co.kwonly_arg_count as i64),
                "co_flags" => vm.new_int(co.flags as i64),
                "co_nlocals" => vm.new_int(co.varnames.len() as i64),
                "co_varnames" => strs(&co.varnames),
                "co_cellvars" => strs(&co.cellvars),
                "co_freevars" => strs(&co.freevars),
                "co_names" => strs(&co.names),
                "co_consts" => vm.new_tuple(c.consts.clone()),
                "co_code" => vm.new_bytes(Vec::new()),
                "co_stacksize" => vm.new_int(0),
                _ => return Ok(None),
            }
        }
        Payload::Frame(f) => match name {
            "f_code" => f.code.clone(),
            "f_globals" => f.globals.clone(),
            "f_locals" => opt(vm, f.locals.borrow().clone()).clone(),
            "f_back" => opt(vm, f.back.borrow().clone()),
            "f_lineno" => {
                vm.refresh_frame_object(obj);
                vm.new_int(f.lineno.get() as i64)
            }
            "f_lasti" => {
                vm.refresh_frame_object(obj);
                vm.new_int(f.lasti.get() as i64 * 2)
            }
            "f_builtins" => vm.interp.builtins.get().and_then(|b| vm.get_attr_str(&b, "__dict__").ok()).unwrap_or_else(|| vm.none()),
            "f_trace" => vm.none(),
            _ => return Ok(None),
        },
        Payload::Traceback { next, frame, lasti, lineno } => match name {
            "tb_next" => opt(vm, next.borrow().clone()),
            "tb_frame" => frame.clone(),
            "tb_lasti" => vm.new_int(*lasti as i64 * 2),
            "tb_lineno" => vm.new_int(*lineno as i64),
            _ => return Ok(None),
        },
        Payload::Exception(e) => match name {
            "args" => e.args.borrow().clone(),
            "__traceback__" => opt(vm, e.traceback.borrow().clone()),
            "__cause__" => opt(vm, e.cause.borrow().clone()),
            "__context__" => opt(vm, e.context.borrow().clone()),
            "__suppress_context__" => vm.new_bool(e.suppress_context.get()),
            _ => return Ok(None),
        },
        Payload::Cell(c) => match name {
            "cell_contents" => match c.borrow().clone() {
                Some(v) => v,
                None => return Err(vm.new_exception_msg(&vm.ctx.exc.value_error, "Cell is empty".into())),
            },
            _ => return Ok(None),
        },
        Payload::Property { fget, fset, fdel, doc, .. } => match name {
            "fget" => opt(vm, fget.clone()),
            "fset" => opt(vm, fset.clone()),
            "fdel" => opt(vm, fdel.clone()),
            "__doc__" => opt(vm, doc.borrow().clone()),
            "__isabstractmethod__" => {
                for f in [fget, fset, fdel].into_iter().flatten() {
                    if let Some(v) = vm.get_attr_opt(f, "__isabstractmethod__")? {
                        if vm.is_true(&v)? {
                            return Ok(Some(vm.new_bool(true)));
                        }
                    }
                }
                vm.new_bool(false)
            }
            _ => return Ok(None),
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => f.borrow().clone(),
            "__isabstractmethod__" => {
                let f = f.borrow().clone();
                match vm.get_attr_opt(&f, "__isabstractmethod__")? {
                    Some(v) => v,
                    None => vm.new_bool(false),
                }
            }
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = f.borrow().clone();
                return vm.get_attr_opt(&f, name);
            }
            _ => return Ok(None),
        },
        Payload::Super { type_, obj, obj_type } => match name {
            "__thisclass__" => type_.clone(),
            "__self__" => opt(vm, obj.clone()),
            "__self_class__" => opt(vm, obj_type.clone()),
            _ => return Ok(None),
        },
        Payload::Slice { start, stop, step } => match name {
            "start" => start.clone(),
            "stop" => stop.clone(),
            "step" => step.clone(),
            _ => return Ok(None),
        },
        Payload::Range { start, stop, step } => match name {
            "start" => start.clone(),
            "stop" => stop.clone(),
            "step" => step.clone(),
            _ => return Ok(None),
        },
        Payload::Complex(re, im) => match name {
            "real" => vm.new_float(*re),
            "imag" => vm.new_float(*im),
            _ => return Ok(None),
        },
        Payload::Int(i) => match name {
            "real" | "numerator" => vm.new_pyint(i.clone()),
            "imag" => vm.new_int(0),
            "denominator" => vm.new_int(1),
            _ => return Ok(None),
        },
        Payload::Float(f) => match name {
            "real" => vm.new_float(*f),
            "imag" => vm.new_float(0.0),
            _ => return Ok(None),
        },
        Payload::Generator(g) => match name {
            "__name__" => g.name.borrow().clone(),
            "__qualname__" => g.qualname.borrow().clone(),
            "gi_code" | "cr_code" | "ag_code" => g.code.clone(),
            "gi_running" | "cr_running" | "ag_running" => vm.new_bool(g.running.get()),
            "gi_frame" | "cr_frame" | "ag_frame" => {
                if g.frame.borrow().is_some() {
                    let mut fr = g.frame.borrow_mut();
                    match fr.as_mut() {
                        Some(f) => vm.frame_object(f),
                        None => vm.none(),
                    }
                } else {
                    vm.none()
                }
            }
            "gi_suspended" | "cr_suspended" => vm.new_bool(g.started.get() && !g.running.get() && g.frame.borrow().is_some()),
            "gi_yieldfrom" | "cr_await" | "ag_await" => {
                let fr = g.frame.borrow();
                match fr.as_ref() {
                    Some(f) if !g.running.get() && crate::types::generator_methods::in_yield_from(f) => opt(vm, f.stack.last().cloned()),
                    _ => vm.none(),
                }
            }
            _ => return Ok(None),
        },
        Payload::SlotMember { name: n, owner, .. } => match name {
            "__name__" => n.clone(),
            "__objclass__" => owner.clone(),
            _ => return Ok(None),
        },
        Payload::WeakRef { callback, .. } => match name {
            "__callback__" => opt(vm, callback.borrow().clone()),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// Setting payload attributes; Ok(true) when handled.
pub fn special_setattr(vm: &Vm, obj: &PyObjectRef, name: &str, value: &Option<PyObjectRef>) -> PyResult<bool> {
    if name == "__class__" {
        let v = match value {
            Some(v) => v,
            None => return Err(vm.new_type_error("can't delete __class__ attribute")),
        };
        if !matches!(v.payload, Payload::Type(_)) {
            return Err(vm.new_type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(v))));
        }
        let old = obj.class();
        let (ot, nt) = (as_type(&old), as_type(v));
        match (ot, nt) {
            (Some(ot), Some(nt)) if ot.heap && nt.heap && ot.base_kind == nt.base_kind && ot.nslots.get() == nt.nslots.get() => {
                obj.set_class(v.clone());
                return Ok(true);
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses")));
            }
        }
    }
    if name == "__dict__" {
        if obj.dict.get().is_some() {
            match value {
                Some(v) if matches!(v.payload, Payload::Dict(_)) => {
                    obj.dict.set(Some(v.clone()));
                    return Ok(true);
                }
                Some(v) => return Err(vm.new_type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(v)))),
                None => return Err(vm.new_type_error("cannot delete __dict__")),
            }
        }
    }
    match &obj.payload {
        Payload::Function(f) => {
            let v = value.clone();
            match name {
                "__name__" => match v {
                    Some(v) if matches!(v.payload, Payload::Str(_)) => *f.name.borrow_mut() = v,
                    _ => return Err(vm.new_type_error("__name__ must be set to a string object")),
                },
                "__qualname__" => match v {
                    Some(v) if matches!(v.payload, Payload::Str(_)) => *f.qualname.borrow_mut() = v,
                    _ => return Err(vm.new_type_error("__qualname__ must be set to a string object")),
                },
                "__defaults__" => *f.defaults.borrow_mut() = v.filter(|x| !vm.is_none(x)),
                "__kwdefaults__" => *f.kwdefaults.borrow_mut() = v.filter(|x| !vm.is_none(x)),
                "__doc__" => *f.doc.borrow_mut() = v.unwrap_or_else(|| vm.none()),
                "__module__" => *f.module.borrow_mut() = v.unwrap_or_else(|| vm.none()),
                "__annotations__" => *f.annotations.borrow_mut() = v,
                "__code__" => match v {
                    Some(c) if matches!(c.payload, Payload::Code(_)) => {
                        f.code.set(c);
                    }
                    _ => return Err(vm.new_type_error("__code__ must be set to a code object")),
                },
                _ => return Ok(false),
            }
            Ok(true)
        }
        Payload::Exception(e) => {
            match name {
                "args" => {
                    let v = value.clone().ok_or_else(|| vm.new_type_error("args may not be deleted"))?;
                    let t = vm.new_tuple(vm.collect(&v)?);
                    *e.args.borrow_mut() = t;
                }
                "__traceback__" => {
                    let v = value.clone().filter(|x| !vm.is_none(x));
                    if let Some(t) = &v {
                        if !matches!(t.payload, Payload::Traceback { .. }) {
                            return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
                        }
                    }
                    *e.traceback.borrow_mut() = v;
                }
                "__cause__" => {
                    let v = value.clone().filter(|x| !vm.is_none(x));
                    if let Some(c) = &v {
                        if !vm.isinstance_type(c, &vm.ctx.exc.base_exception) {
                            return Err(vm.new_type_error("exception cause must be None or derive from BaseException"));
                        }
                    }
                    *e.cause.borrow_mut() = v;
                    e.suppress_context.set(true);
                }
                "__context__" => {
                    let v = value.clone().filter(|x| !vm.is_none(x));
                    if let Some(c) = &v {
                        if !vm.isinstance_type(c, &vm.ctx.exc.base_exception) {
                            return Err(vm.new_type_error("exception context must be None or derive from BaseException"));
                        }
                    }
                    *e.context.borrow_mut() = v;
                }
                "__suppress_context__" => {
                    let v = value.clone().unwrap_or_else(|| vm.new_bool(false));
                    e.suppress_context.set(vm.is_true(&v)?);
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        Payload::Cell(c) => {
            if name == "cell_contents" {
                *c.borrow_mut() = value.clone();
                return Ok(true);
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

/// Attributes of type objects that are not in their namespace.
pub fn type_special_getattr(vm: &Vm, tobj: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
    let t = match as_type(tobj) {
        Some(t) => t,
        None => return Ok(None),
    };
    let v = match name {
        "__name__" => vm.new_string(t.name()),
        "__qualname__" => vm.new_string(t.qualname.borrow().clone()),
        "__mro__" => vm.new_tuple(t.mro.borrow().clone()),
        "__bases__" => vm.new_tuple(t.bases.borrow().clone()),
        "__base__" => match crate::types::type_methods::best_base(&t.bases.borrow()) {
            Some(b) => b,
            None => vm.none(),
        },
        "__dict__" => PyObjectRef::new(vm.ctx.types.mappingproxy_type.clone(), Payload::MappingProxy(t.dict.clone())),
        "__class__" => tobj.class(),
        // A builtin type whose instances have `__doc__`/`__module__` getset
        // descriptors (functions, `type` itself) must not return the
        // descriptor for the type's own attribute.
        "__doc__" => match t.dict().get_str("__doc__") {
            Some(d) if matches!(d.payload, Payload::GetSet { .. }) => vm.none(),
            Some(d) => vm.descr_get(d, None, tobj)?,
            None => vm.none(),
        },
        "__module__" => match t.dict().get_str("__module__") {
            Some(m) if matches!(m.payload, Payload::GetSet { .. }) => vm.intern("builtins"),
            Some(m) => m,
            None => vm.intern("builtins"),
        },
        "__abstractmethods__" => match t.dict().get_str("__abstractmethods__") {
            Some(m) => m,
            None => return Err(vm.new_attribute_error("__abstractmethods__")),
        },
        "__text_signature__" => vm.none(),
        "__annotations__" if t.heap => {
            if let Some(a) = t.dict().get_str("__annotations__") {
                return Ok(Some(a));
            }
            let d = vm.new_dict();
            t.dict().set_str(vm, "__annotations__", d.clone());
            d
        }
        "__basicsize__" => vm.new_int(16),
        "__flags__" => vm.new_int(if t.heap { 1 << 9 } else { 0 } | if t.basetype { 1 << 10 } else { 0 }),
        "__weakrefoffset__" => vm.new_int(0),
        _ => return Ok(None),
    };
    let _ = str_of;
    Ok(Some(v))
}

/// The payload attributes each builtin type exposes as getset descriptors.
fn getset_table(vm: &Vm) -> Vec<(PyObjectRef, &'static [&'static str])> {
    let t = &vm.ctx.types;
    let e = &vm.ctx.exc;
    vec![
        (t.object_type.clone(), &["__class__"]),
        (t.function_type.clone(), &["__code__", "__globals__", "__name__", "__qualname__", "__defaults__", "__kwdefaults__",
            "__closure__", "__doc__", "__module__", "__builtins__", "__annotations__", "__dict__"]),
        (t.builtin_function_type.clone(), &["__name__", "__qualname__", "__doc__", "__self__", "__module__", "__text_signature__"]),
        (t.method_descriptor_type.clone(), &["__name__", "__qualname__", "__doc__", "__objclass__", "__text_signature__"]),
        (t.classmethod_descriptor_type.clone(), &["__name__", "__qualname__", "__doc__", "__objclass__", "__text_signature__"]),
        (t.method_type.clone(), &["__func__", "__self__", "__doc__"]),
        (t.code_type.clone(), &["co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount",
            "co_kwonlyargcount", "co_flags", "co_nlocals", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_consts",
            "co_code", "co_stacksize"]),
        (t.frame_type.clone(), &["f_code", "f_globals", "f_locals", "f_back", "f_lineno", "f_lasti", "f_builtins", "f_trace"]),
        (t.traceback_type.clone(), &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"]),
        (e.base_exception.clone(), &["args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__dict__"]),
        (t.cell_type.clone(), &["cell_contents"]),
        (t.property_type.clone(), &["fget", "fset", "fdel", "__doc__", "__isabstractmethod__"]),
        (t.classmethod_type.clone(), &["__func__", "__wrapped__", "__isabstractmethod__"]),
        (t.staticmethod_type.clone(), &["__func__", "__wrapped__", "__isabstractmethod__"]),
        (t.super_type.clone(), &["__thisclass__", "__self__", "__self_class__"]),
        (t.slice_type.clone(), &["start", "stop", "step"]),
        (t.range_type.clone(), &["start", "stop", "step"]),
        (t.complex_type.clone(), &["real", "imag"]),
        (t.int_type.clone(), &["real", "imag", "numerator", "denominator"]),
        (t.float_type.clone(), &["real", "imag"]),
        (t.generator_type.clone(), &["__name__", "__qualname__", "gi_code", "gi_running", "gi_frame", "gi_suspended", "gi_yieldfrom"]),
        (t.coroutine_type.clone(), &["__name__", "__qualname__", "cr_code", "cr_running", "cr_frame", "cr_suspended", "cr_await"]),
        (t.async_generator_type.clone(), &["__name__", "__qualname__", "ag_code", "ag_running", "ag_frame", "ag_await"]),
        (t.member_descriptor_type.clone(), &["__name__", "__objclass__"]),
        (t.weakref_type.clone(), &["__callback__"]),
        (t.module_type.clone(), &["__dict__"]),
        (t.type_type.clone(), &["__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__dict__", "__doc__", "__module__",
            "__abstractmethods__", "__text_signature__", "__annotations__", "__basicsize__", "__flags__", "__weakrefoffset__"]),
    ]
}

pub fn new_getset(vm: &Vm, owner: &PyObjectRef, name: &'static str) -> PyObjectRef {
    PyObjectRef::new(crate::types::misc::getset_type(vm), Payload::GetSet { name, owner: owner.clone() })
}

/// Put getset descriptors for payload attributes into builtin type dicts.
pub fn install_getsets(vm: &Vm) {
    for (cls, names) in getset_table(vm) {
        if let Some(t) = as_type(&cls) {
            for n in names.iter() {
                t.dict().set_str(vm, n, new_getset(vm, &cls, n));
            }
        }
    }
}
