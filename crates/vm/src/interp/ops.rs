//! Opcode bodies too long for the dispatch loop: unpacking, calls with
//! `*args`/`**kwargs`, function creation, raising, exception matching
//! (including `except*`), `with`, imports, pattern matching helpers.

use super::frame::Frame;
use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, PyFunction};
use crate::types::type_::{as_type, is_subtype, lookup};
use crate::vm::{str_of, PyErr, PyResult, Vm};
use pyrite_bytecode::{make_function_flags as mff, Conversion};
use std::cell::RefCell;

pub fn dict_update(vm: &Vm, d: &PyObjectRef, src: &PyObjectRef, _merge: bool) -> PyResult<()> {
    let dd = match &d.payload {
        Payload::Dict(dd) => dd,
        _ => return Err(vm.new_system_error("dict_update target")),
    };
    if let Payload::Dict(s) = &src.payload {
        if lookup(&src.class(), "keys").map(|k| as_type(&k.class()).is_some()).unwrap_or(true) && src.class_is(&vm.ctx.types.dict_type) {
            for (k, v) in s.items() {
                dd.set_item(vm, k, v)?;
            }
            return Ok(());
        }
    }
    let keys = match vm.get_attr_opt(src, "keys")? {
        Some(k) => vm.call(&k, &[])?,
        None => return Err(vm.new_type_error(format!("'{}' object is not a mapping", vm.type_name(src)))),
    };
    for k in vm.collect(&keys)? {
        let v = vm.get_item(src, &k)?;
        dd.set_item(vm, k, v)?;
    }
    Ok(())
}

pub fn dict_merge(vm: &Vm, d: &PyObjectRef, src: &PyObjectRef, func: Option<&PyObjectRef>) -> PyResult<()> {
    let dd = match &d.payload {
        Payload::Dict(dd) => dd,
        _ => return Err(vm.new_system_error("dict_merge target")),
    };
    let fname = || func.map(|f| function_desc(vm, f)).unwrap_or_else(|| "function".to_string());
    let is_py = func.map(|f| matches!(&f.payload, Payload::Function(_)) || matches!(&f.payload, Payload::BoundMethod(bm) if matches!(bm.func.payload, Payload::Function(_)))).unwrap_or(false);
    let pairs: Vec<(PyObjectRef, PyObjectRef)> = match &src.payload {
        Payload::Dict(s) if src.class_is(&vm.ctx.types.dict_type) => s.items(),
        _ => {
            let keys = match vm.get_attr_opt(src, "keys")? {
                Some(k) => vm.call(&k, &[])?,
                None => {
                    return Err(vm.new_type_error(format!("{} argument after ** must be a mapping, not {}", fname(), vm.type_name(src))));
                }
            };
            let mut out = Vec::new();
            for k in vm.collect(&keys)? {
                let v = vm.get_item(src, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        if !matches!(k.payload, Payload::Str(_)) {
            let _ = is_py;
            return Err(vm.new_type_error("keywords must be strings"));
        }
        if dd.contains(vm, &k)? {
            return Err(vm.new_type_error(format!("{} got multiple values for keyword argument '{}'", fname(), str_of(&k))));
        }
        dd.set_item(vm, k, v)?;
    }
    Ok(())
}

/// "f()" / "A.m()" as CPython names a callable in call errors.
pub fn function_desc(vm: &Vm, f: &PyObjectRef) -> String {
    match &f.payload {
        Payload::Function(func) => {
            let m = func.module.borrow().clone();
            match &m.payload {
                Payload::Str(ms) if ms.as_str() != "builtins" => format!("{}.{}()", ms.as_str(), str_of(&func.qualname.borrow())),
                _ => format!("{}()", str_of(&func.qualname.borrow())),
            }
        }
        Payload::BoundMethod(bm) => function_desc(vm, &bm.func),
        Payload::NativeFunction(nf) => format!("{}()", nf.name),
        Payload::Type(t) => format!("{}()", t.name()),
        _ => format!("{} object", vm.type_name(f)),
    }
}

pub fn unpack_sequence(vm: &Vm, frame: &mut Frame, seq: PyObjectRef, n: usize) -> PyResult<()> {
    let items: Vec<PyObjectRef> = match &seq.payload {
        Payload::Tuple(t) if seq.class_is(&vm.ctx.types.tuple_type) => t.to_vec(),
        Payload::List(l) if seq.class_is(&vm.ctx.types.list_type) => l.borrow().clone(),
        _ => {
            let it = vm.get_iter(&seq).map_err(|e| {
                if vm.err_matches(&e, &vm.ctx.exc.type_error) && lookup(&seq.class(), "__iter__").is_none() {
                    vm.new_type_error(format!("cannot unpack non-iterable {} object", vm.type_name(&seq)))
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(n);
            while let Some(x) = vm.next(&it)? {
                out.push(x);
                if out.len() > n {
                    return Err(vm.new_value_error(format!("too many values to unpack (expected {})", n)));
                }
            }
            out
        }
    };
    if items.len() != n {
        return Err(if items.len() > n {
            vm.new_value_error(format!("too many values to unpack (expected {})", n))
        } else {
            vm.new_value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len()))
        });
    }
    frame.stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn unpack_ex(vm: &Vm, frame: &mut Frame, seq: PyObjectRef, before: usize, after: usize) -> PyResult<()> {
    let items = vm.collect(&seq).map_err(|e| {
        if vm.err_matches(&e, &vm.ctx.exc.type_error) && lookup(&seq.class(), "__iter__").is_none() && lookup(&seq.class(), "__getitem__").is_none() {
            vm.new_type_error(format!("cannot unpack non-iterable {} object", vm.type_name(&seq)))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(vm.new_value_error(format!(
            "not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<PyObjectRef> = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(vm.new_list(items[before..mid_end].to_vec()));
    out.extend(items[mid_end..].iter().cloned());
    frame.stack.extend(out.into_iter().rev());
    Ok(())
}

pub fn format_value(vm: &Vm, v: PyObjectRef, conv: Conversion, spec: Option<PyObjectRef>) -> PyResult {
    let v = match conv {
        Conversion::None => v,
        Conversion::Str => vm.str_obj(&v)?,
        Conversion::Repr => vm.repr_obj(&v)?,
        Conversion::Ascii => {
            let r = vm.repr(&v)?;
            vm.new_string(crate::types::str_methods::ascii_escape(&r))
        }
    };
    let spec_s = spec.as_ref().map(|s| str_of(s).to_string()).unwrap_or_default();
    if spec_s.is_empty() && v.class_is(&vm.ctx.types.str_type) {
        return Ok(v);
    }
    vm.format(&v, &spec_s)
}

pub fn call_function_ex(vm: &Vm, callable: &PyObjectRef, args: &PyObjectRef, kwargs: Option<&PyObjectRef>) -> PyResult {
    let mut items: Vec<PyObjectRef> = match &args.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vm.collect(args).map_err(|e| {
            if vm.err_matches(&e, &vm.ctx.exc.type_error) {
                vm.new_type_error(format!("{} argument after * must be an iterable, not {}", function_desc(vm, callable), vm.type_name(args)))
            } else {
                e
            }
        })?,
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let pairs = match &kw.payload {
            Payload::Dict(d) => d.items(),
            _ => {
                let d = vm.new_dict();
                dict_merge(vm, &d, kw, Some(callable))?;
                match &d.payload {
                    Payload::Dict(d) => d.items(),
                    _ => vec![],
                }
            }
        };
        for (k, v) in pairs {
            if !matches!(k.payload, Payload::Str(_)) {
                return Err(vm.new_type_error("keywords must be strings"));
            }
            names.push(k);
            items.push(v);
        }
    }
    vm.call_args(callable, Args::with_kw(&items, &names))
}

pub fn make_function(vm: &Vm, frame: &mut Frame, flags: u8) -> PyResult {
    let qualname = frame.stack.pop().ok_or_else(|| vm.stack_underflow())?;
    let code = frame.stack.pop().ok_or_else(|| vm.stack_underflow())?;
    let closure = if flags & mff::CLOSURE != 0 { frame.stack.pop() } else { None };
    let annotations = if flags & mff::ANNOTATIONS != 0 { frame.stack.pop() } else { None };
    let kwdefaults = if flags & mff::KWDEFAULTS != 0 { frame.stack.pop() } else { None };
    let defaults = if flags & mff::DEFAULTS != 0 { frame.stack.pop() } else { None };
    let (name, doc) = match &code.payload {
        Payload::Code(c) => {
            let doc = if c.code.flags & pyrite_bytecode::code_flags::OPTIMIZED != 0 && &*c.code.name != "<lambda>" && !c.code.name.starts_with('<') {
                match c.consts.first() {
                    Some(d) if matches!(d.payload, Payload::Str(_)) => d.clone(),
                    _ => vm.none(),
                }
            } else {
                vm.none()
            };
            (vm.new_str(&c.code.name), doc)
        }
        _ => return Err(vm.new_system_error("MakeFunction without code")),
    };
    let module = match &frame.globals.payload {
        Payload::Dict(d) => d.get_str("__name__").unwrap_or_else(|| vm.none()),
        _ => vm.none(),
    };
    let f = PyFunction {
        code: crate::object::PyCell::new(code),
        globals: frame.globals.clone(),
        builtins: frame.builtins.clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(annotations),
    };
    Ok(PyObjectRef::new_full(vm.ctx.types.function_type.clone(), Payload::Function(Box::new(f)), Some(vm.new_dict()), 0))
}

pub fn get_yield_from_iter(vm: &Vm, frame: &Frame, v: PyObjectRef) -> PyResult {
    if let Payload::Generator(g) = &v.payload {
        if g.kind == crate::types::generator::GenKind::Coroutine {
            let code_flags = frame.pycode().code.flags;
            if code_flags & (pyrite_bytecode::code_flags::COROUTINE | pyrite_bytecode::code_flags::ITERABLE_COROUTINE) == 0 {
                return Err(vm.new_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
            }
            return Ok(v);
        }
        if g.kind == crate::types::generator::GenKind::Generator {
            return Ok(v);
        }
    }
    vm.get_iter(&v)
}

pub fn get_awaitable(vm: &Vm, v: PyObjectRef, where_: u32) -> PyResult {
    if let Payload::Generator(g) = &v.payload {
        if g.kind == crate::types::generator::GenKind::Coroutine {
            if let Some(f) = g.frame.borrow().as_ref() {
                // A coroutine suspended inside `await` is being awaited twice.
                let _ = f;
            }
            if g.running.get() {
                return Err(vm.new_runtime_error("coroutine is being awaited already"));
            }
            return Ok(v);
        }
        let is_iter_coro = match &g.code.payload {
            Payload::Code(c) => c.code.flags & pyrite_bytecode::code_flags::ITERABLE_COROUTINE != 0,
            _ => false,
        };
        if is_iter_coro {
            return Ok(v);
        }
    }
    let cls = v.class();
    match lookup(&cls, "__await__") {
        Some(_) => {
            let it = vm.call_special(&v, "__await__", &[])?.unwrap_or_else(|| vm.none());
            if let Payload::Generator(g) = &it.payload {
                if g.kind == crate::types::generator::GenKind::Coroutine {
                    return Err(vm.new_type_error("__await__() returned a coroutine"));
                }
            }
            if lookup(&it.class(), "__next__").is_none() {
                return Err(vm.new_type_error(format!("__await__() returned non-iterator of type '{}'", vm.type_name(&it))));
            }
            Ok(it)
        }
        None => {
            let msg = match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", vm.type_name(&v)),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", vm.type_name(&v)),
                _ => format!("object {} can't be used in 'await' expression", vm.type_name(&v)),
            };
            Err(vm.new_type_error(msg))
        }
    }
}

pub fn get_aiter(vm: &Vm, v: PyObjectRef) -> PyResult {
    match vm.call_special(&v, "__aiter__", &[])? {
        Some(it) => {
            if lookup(&it.class(), "__anext__").is_none() {
                return Err(vm.new_type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}", vm.type_name(&it))));
            }
            Ok(it)
        }
        None => Err(vm.new_type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}", vm.type_name(&v)))),
    }
}

pub fn get_anext(vm: &Vm, aiter: &PyObjectRef) -> PyResult {
    match vm.call_special(aiter, "__anext__", &[])? {
        Some(aw) => get_awaitable(vm, aw, 0).map_err(|e| {
            if vm.err_matches(&e, &vm.ctx.exc.type_error) {
                vm.new_type_error(format!("'async for' received an invalid object from __anext__: {}", vm.type_name(aiter)))
            } else {
                e
            }
        }),
        None => Err(vm.new_type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}", vm.type_name(aiter)))),
    }
}

/// Turn a raised value (class or instance) into an exception instance.
pub fn make_exception(vm: &Vm, v: PyObjectRef, what: &str) -> PyResult<PyObjectRef> {
    if let Payload::Type(_) = &v.payload {
        if is_subtype(&v, &vm.ctx.exc.base_exception) {
            let inst = vm.call(&v, &[])?;
            if !vm.isinstance_type(&inst, &vm.ctx.exc.base_exception) {
                return Err(vm.new_type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}", vm.repr(&v)?, vm.type_name(&inst))));
            }
            return Ok(inst);
        }
    } else if vm.isinstance_type(&v, &vm.ctx.exc.base_exception) {
        return Ok(v);
    }
    Err(vm.new_type_error(what.to_string()))
}

pub fn do_raise(vm: &Vm, frame: &mut Frame, n: u32) -> PyResult<PyErr> {
    match n {
        0 => match vm.handled.get() {
            Some(e) => {
                // A bare `raise` keeps the traceback as it is (CPython's
                // do_raise() returns to exception_unwind, skipping PyTraceBack_Here).
                frame.reraise = true;
                Ok(PyErr(e))
            }
            None => Err(vm.new_runtime_error("No active exception to reraise")),
        },
        1 | 2 => {
            let cause = if n == 2 { frame.stack.pop() } else { None };
            let v = frame.stack.pop().ok_or_else(|| vm.stack_underflow())?;
            let exc = make_exception(vm, v, "exceptions must derive from BaseException")?;
            if let Some(c) = cause {
                let cause_v = if vm.is_none(&c) {
                    None
                } else {
                    Some(make_exception(vm, c, "exception causes must derive from BaseException")?)
                };
                if let Payload::Exception(e) = &exc.payload {
                    *e.cause.borrow_mut() = cause_v;
                    e.suppress_context.set(true);
                }
            }
            // A new raise sets __context__ afresh.
            if let Payload::Exception(e) = &exc.payload {
                if let Some(h) = vm.handled.get() {
                    if !h.is(&exc) {
                        *e.context.borrow_mut() = None;
                    }
                }
            }
            Ok(PyErr(exc))
        }
        _ => Err(vm.new_system_error("bad RaiseVarargs operand")),
    }
}

fn check_exc_class(vm: &Vm, typ: &PyObjectRef) -> PyResult<()> {
    let ok = |t: &PyObjectRef| matches!(t.payload, Payload::Type(_)) && is_subtype(t, &vm.ctx.exc.base_exception);
    match &typ.payload {
        Payload::Tuple(items) => {
            for t in items.iter() {
                if !ok(t) {
                    return Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
            }
            Ok(())
        }
        _ if ok(typ) => Ok(()),
        _ => Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

pub fn check_exc_match(vm: &Vm, exc: &PyObjectRef, typ: &PyObjectRef) -> PyResult<bool> {
    check_exc_class(vm, typ)?;
    let cls = exc.class();
    match &typ.payload {
        Payload::Tuple(items) => Ok(items.iter().any(|t| is_subtype(&cls, t))),
        _ => Ok(is_subtype(&cls, typ)),
    }
}

/// `except* T`: split exc into (rest, match).
pub fn check_eg_match(vm: &Vm, exc: &PyObjectRef, typ: &PyObjectRef) -> PyResult<(PyObjectRef, PyObjectRef)> {
    check_exc_class(vm, typ)?;
    let is_eg = |t: &PyObjectRef| is_subtype(t, &vm.ctx.exc.base_exception_group);
    let bad = match &typ.payload {
        Payload::Tuple(items) => items.iter().any(is_eg),
        _ => is_eg(typ),
    };
    if bad {
        return Err(vm.new_type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    if check_exc_match(vm, exc, typ)? {
        // A naked exception matching: wrap it in an ExceptionGroup.
        if !vm.isinstance_type(exc, &vm.ctx.exc.base_exception_group) {
            let eg_cls = crate::types::exception_methods::exception_group_type(vm);
            let msg = vm.new_str("");
            let lst = vm.new_list(vec![exc.clone()]);
            let eg = vm.call(&eg_cls, &[msg, lst])?;
            copy_tb_ctx(exc, &eg);
            return Ok((vm.none(), eg));
        }
        return Ok((vm.none(), exc.clone()));
    }
    if vm.isinstance_type(exc, &vm.ctx.exc.base_exception_group) {
        let pair = vm.call_method(exc, "split", &[typ.clone()])?;
        if let Payload::Tuple(t) = &pair.payload {
            if t.len() == 2 {
                return Ok((t[1].clone(), t[0].clone()));
            }
        }
        return Err(vm.new_type_error("split must return a 2-tuple"));
    }
    Ok((exc.clone(), vm.none()))
}

fn copy_tb_ctx(from: &PyObjectRef, to: &PyObjectRef) {
    if let (Payload::Exception(a), Payload::Exception(b)) = (&from.payload, &to.payload) {
        *b.traceback.borrow_mut() = a.traceback.borrow().clone();
        *b.cause.borrow_mut() = a.cause.borrow().clone();
        *b.context.borrow_mut() = a.context.borrow().clone();
    }
}

/// Combine what the `except*` clauses raised with the unhandled rest.
pub fn prep_reraise_star(vm: &Vm, orig: &PyObjectRef, list: &PyObjectRef) -> PyResult {
    crate::types::exception_methods::prep_reraise_star(vm, orig, list)
}

pub fn before_with(vm: &Vm, ctx: &PyObjectRef) -> PyResult<(PyObjectRef, PyObjectRef)> {
    let cls = ctx.class();
    let enter = lookup(&cls, "__enter__");
    let exit = lookup(&cls, "__exit__");
    let (enter, exit) = match (enter, exit) {
        (Some(en), Some(ex)) => (en, ex),
        (None, _) => {
            return Err(vm.new_type_error(format!("'{}' object does not support the context manager protocol", vm.type_name(ctx))));
        }
        (Some(_), None) => {
            return Err(vm.new_type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", vm.type_name(ctx))));
        }
    };
    let bound_exit = vm.descr_get(exit, Some(ctx), &cls)?;
    let bound_enter = vm.descr_get(enter, Some(ctx), &cls)?;
    let r = vm.call(&bound_enter, &[])?;
    Ok((bound_exit, r))
}

pub fn before_async_with(vm: &Vm, ctx: &PyObjectRef) -> PyResult<(PyObjectRef, PyObjectRef)> {
    let cls = ctx.class();
    let enter = lookup(&cls, "__aenter__");
    let exit = lookup(&cls, "__aexit__");
    let (enter, exit) = match (enter, exit) {
        (Some(en), Some(ex)) => (en, ex),
        (None, _) => {
            return Err(vm.new_type_error(format!("'{}' object does not support the asynchronous context manager protocol", vm.type_name(ctx))));
        }
        (Some(_), None) => {
            return Err(vm.new_type_error(format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", vm.type_name(ctx))));
        }
    };
    let bound_exit = vm.descr_get(exit, Some(ctx), &cls)?;
    let bound_enter = vm.descr_get(enter, Some(ctx), &cls)?;
    let r = vm.call(&bound_enter, &[])?;
    let aw = get_awaitable(vm, r, 1)?;
    Ok((bound_exit, aw))
}

pub fn import_name(vm: &Vm, frame: &Frame, name: &PyObjectRef, fromlist: &PyObjectRef, level: &PyObjectRef) -> PyResult {
    let level = match &level.payload {
        Payload::Int(i) => i.as_i64().unwrap_or(0),
        _ => 0,
    };
    let locals = frame.locals.clone().unwrap_or_else(|| vm.none());
    crate::import::import_module_level(vm, str_of(name), &frame.globals, &locals, fromlist, level)
}

pub fn import_from(vm: &Vm, module: &PyObjectRef, name: &PyObjectRef) -> PyResult {
    match vm.get_attr_opt(module, str_of(name))? {
        Some(v) => Ok(v),
        None => crate::import::import_from_fallback(vm, module, str_of(name)),
    }
}

pub fn import_star(vm: &Vm, frame: &mut Frame, module: &PyObjectRef) -> PyResult<()> {
    let locals = match &frame.locals {
        Some(l) => l.clone(),
        None => return Err(vm.new_system_error("no locals found during 'import *'")),
    };
    let names: Vec<PyObjectRef> = match vm.get_attr_opt(module, "__all__")? {
        Some(all) => vm.collect(&all)?,
        None => {
            let d = vm.get_attr_str(module, "__dict__")?;
            let keys = match &d.payload {
                Payload::Dict(dd) => dd.keys(),
                _ => vm.collect(&d)?,
            };
            keys.into_iter().filter(|k| !str_of(k).starts_with('_')).collect()
        }
    };
    for n in names {
        if !matches!(n.payload, Payload::Str(_)) {
            return Err(vm.new_type_error(format!("Item in {}.__all__ must be str, not {}",
                vm.get_attr_str(module, "__name__").map(|m| str_of(&m).to_string()).unwrap_or_default(), vm.type_name(&n))));
        }
        let v = vm.get_attr(module, &n)?;
        vm.set_item(&locals, n, v)?;
    }
    Ok(())
}

pub fn setup_annotations(vm: &Vm, frame: &mut Frame) -> PyResult<()> {
    let locals = match &frame.locals {
        Some(l) => l.clone(),
        None => return Err(vm.new_system_error("no locals found when setting up annotations")),
    };
    let key = vm.new_str("__annotations__");
    let present = match &locals.payload {
        Payload::Dict(d) => d.contains(vm, &key)?,
        _ => vm.contains(&locals, &key)?,
    };
    if !present {
        vm.set_item(&locals, key, vm.new_dict())?;
    }
    Ok(())
}

pub fn match_mapping(vm: &Vm, v: &PyObjectRef) -> PyResult<bool> {
    if matches!(v.payload, Payload::Dict(_)) {
        return Ok(true);
    }
    if matches!(v.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)) {
        return Ok(false);
    }
    match crate::import::import_module(vm, "collections.abc") {
        Ok(m) => {
            let mapping = vm.get_attr_str(&m, "Mapping")?;
            vm.isinstance(v, &mapping)
        }
        Err(_) => Ok(false),
    }
}

pub fn match_sequence(vm: &Vm, v: &PyObjectRef) -> PyResult<bool> {
    match &v.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. } => return Ok(true),
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_) => return Ok(false),
        _ => {}
    }
    match crate::import::import_module(vm, "collections.abc") {
        Ok(m) => {
            let seq = vm.get_attr_str(&m, "Sequence")?;
            vm.isinstance(v, &seq)
        }
        Err(_) => Ok(false),
    }
}

pub fn match_keys(vm: &Vm, subject: &PyObjectRef, keys: &PyObjectRef) -> PyResult {
    let keys = match &keys.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => return Ok(vm.none()),
    };
    let mut values = Vec::with_capacity(keys.len());
    let get = vm.get_attr_str(subject, "get")?;
    let dummy = vm.new_list(vec![]);
    let mut seen: Vec<PyObjectRef> = Vec::new();
    for k in keys {
        for s in &seen {
            if vm.eq_bool(s, &k)? {
                return Err(vm.new_value_error(format!("mapping pattern checks duplicate key ({})", vm.repr(&k)?)));
            }
        }
        seen.push(k.clone());
        let v = vm.call(&get, &[k, dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(vm.none());
        }
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

pub fn match_class(vm: &Vm, subject: &PyObjectRef, cls: &PyObjectRef, npos: usize, names: &PyObjectRef) -> PyResult {
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.new_type_error("called match pattern must be a class"));
    }
    if !vm.isinstance(subject, cls)? {
        return Ok(vm.none());
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = vm.get_attr_opt(cls, "__match_args__")?;
        let cname = as_type(cls).map(|t| t.name()).unwrap_or_default();
        match match_args {
            Some(ma) => {
                let items = match &ma.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => return Err(vm.new_type_error(format!("{}.__match_args__ must be a tuple (got {})", cname, vm.type_name(&ma)))),
                };
                if npos > items.len() {
                    return Err(vm.new_type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)", cname, items.len(), if items.len() == 1 { "" } else { "s" }, npos)));
                }
                for it in items.iter().take(npos) {
                    if !matches!(it.payload, Payload::Str(_)) {
                        return Err(vm.new_type_error(format!("__match_args__ elements must be strings (got {})", vm.type_name(it))));
                    }
                    let n = str_of(it).to_string();
                    if seen.contains(&n) {
                        return Err(vm.new_type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cname, n)));
                    }
                    seen.push(n);
                    match vm.get_attr_opt(subject, str_of(it))? {
                        Some(v) => out.push(v),
                        None => return Ok(vm.none()),
                    }
                }
            }
            None => {
                // Self-matching builtins (int, str, ...) take one positional sub-pattern.
                let self_match = [&vm.ctx.types.bool_type, &vm.ctx.types.bytearray_type, &vm.ctx.types.bytes_type,
                    &vm.ctx.types.dict_type, &vm.ctx.types.float_type, &vm.ctx.types.frozenset_type, &vm.ctx.types.int_type,
                    &vm.ctx.types.list_type, &vm.ctx.types.set_type, &vm.ctx.types.str_type, &vm.ctx.types.tuple_type]
                    .iter().any(|t| is_subtype(cls, t));
                if self_match {
                    if npos > 1 {
                        return Err(vm.new_type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", cname, npos)));
                    }
                    out.push(subject.clone());
                } else {
                    return Err(vm.new_type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", cname, npos)));
                }
            }
        }
    }
    if let Payload::Tuple(kw) = &names.payload {
        for n in kw.iter() {
            let ns = str_of(n).to_string();
            if seen.contains(&ns) {
                let cname = as_type(cls).map(|t| t.name()).unwrap_or_default();
                return Err(vm.new_type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cname, ns)));
            }
            seen.push(ns);
            match vm.get_attr_opt(subject, str_of(n))? {
                Some(v) => out.push(v),
                None => return Ok(vm.none()),
            }
        }
    }
    Ok(vm.new_tuple(out))
}

pub fn print_expr(vm: &Vm, v: PyObjectRef) -> PyResult<()> {
    let sys = crate::import::import_module(vm, "sys")?;
    let hook = vm.get_attr_str(&sys, "displayhook")?;
    vm.call(&hook, &[v])?;
    Ok(())
}
