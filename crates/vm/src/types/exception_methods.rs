//! Methods of the builtin exception classes: `BaseException` (args, str,
//! repr, notes, tracebacks), the attribute-carrying subclasses (OSError,
//! SyntaxError, StopIteration, SystemExit, ImportError, KeyError, Unicode*
//! errors, NameError/AttributeError) and `BaseExceptionGroup`/
//! `ExceptionGroup` with `split`/`subgroup`/`derive`, plus `except*`'s
//! re-raise combination. Mirrors `Objects/exceptions.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::exceptions::PyBaseException;
use crate::types::function::{Args, NativeKind};
use crate::types::type_::{as_type, is_subtype};
use crate::vm::{add_method, add_methods, str_of, PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

fn exc_data<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyBaseException> {
    match &o.payload {
        Payload::Exception(e) => Ok(e),
        _ => Err(vm.new_type_error(format!("descriptor requires a 'BaseException' object but received a '{}'", vm.type_name(o)))),
    }
}

pub fn exc_args(o: &PyObjectRef) -> Vec<PyObjectRef> {
    match &o.payload {
        Payload::Exception(e) => match &e.args.borrow().payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        _ => vec![],
    }
}

fn base_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = args.shift();
    let a = vm.new_tuple(rest.pos().to_vec());
    let obj = crate::types::type_methods::new_instance(vm, &cls, Payload::Exception(Box::new(PyBaseException {
        args: RefCell::new(a),
        traceback: RefCell::new(None),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: Cell::new(false),
        notes: RefCell::new(None),
    })));
    if obj.dict.get().is_none() {
        obj.dict.set(Some(vm.new_dict()));
    }
    Ok(obj)
}

fn base_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let cls = o.class();
    let rest = args.shift();
    if rest.has_kwargs() && !as_type(&cls).map(|t| t.heap).unwrap_or(false) {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", vm.type_name(o))));
    }
    let e = exc_data(vm, o)?;
    *e.args.borrow_mut() = vm.new_tuple(rest.pos().to_vec());
    Ok(vm.none())
}

fn base_str(vm: &Vm, args: Args) -> PyResult {
    let a = exc_args(&args.args[0]);
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str_obj(&a[0]),
        _ => vm.str_obj(&vm.new_tuple(a)),
    }
}

fn base_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let a = exc_args(o);
    let name = as_type(&o.class()).map(|t| t.name()).unwrap_or_default();
    if a.len() == 1 {
        return Ok(vm.new_string(format!("{}({})", name, vm.repr(&a[0])?)));
    }
    let t = vm.new_tuple(a);
    Ok(vm.new_string(format!("{}{}", name, vm.repr(&t)?)))
}

fn base_with_traceback(vm: &Vm, args: Args) -> PyResult {
    let [o, tb] = args.exact::<2>(vm, "with_traceback")?;
    let e = exc_data(vm, o)?;
    *e.traceback.borrow_mut() = if vm.is_none(tb) { None } else { Some(tb.clone()) };
    Ok(o.clone())
}

fn base_add_note(vm: &Vm, args: Args) -> PyResult {
    let [o, note] = args.exact::<2>(vm, "add_note")?;
    if !matches!(note.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.get_attr_opt(o, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.set_attr_str(o, "__notes__", l.clone())?;
            l
        }
    };
    match &notes.payload {
        Payload::List(l) => l.borrow_mut().push(note.clone()),
        _ => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn base_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let a = exc_data(vm, o)?.args.borrow().clone();
    match o.dict.get() {
        Some(d) if vm.len(&d)? > 0 => Ok(vm.new_tuple(vec![o.class(), a, d])),
        _ => Ok(vm.new_tuple(vec![o.class(), a])),
    }
}

fn base_setstate(vm: &Vm, args: Args) -> PyResult {
    let [o, state] = args.exact::<2>(vm, "__setstate__")?;
    if let Payload::Dict(d) = &state.payload {
        for (k, v) in d.items() {
            vm.set_attr(o, &k, v)?;
        }
    }
    Ok(vm.none())
}

/// Store an attribute in the exception's `__dict__`.
fn set(vm: &Vm, o: &PyObjectRef, name: &str, v: PyObjectRef) {
    if let Some(d) = o.dict.get() {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, name, v);
        }
    }
}

fn get(vm: &Vm, o: &PyObjectRef, name: &str) -> PyObjectRef {
    o.dict.get().and_then(|d| match &d.payload {
        Payload::Dict(dd) => dd.get_str(name),
        _ => None,
    }).unwrap_or_else(|| vm.none())
}

/// Set the attributes that builtin exception classes' `__init__` would set
/// (for exceptions created from Rust without running `__init__`).
pub fn init_builtin_attrs(vm: &Vm, o: &PyObjectRef, args: &[PyObjectRef]) {
    let cls = o.class();
    let e = &vm.ctx.exc;
    let first = || args.first().cloned().unwrap_or_else(|| vm.none());
    if is_subtype(&cls, &e.stop_iteration) {
        set(vm, o, "value", first());
    } else if is_subtype(&cls, &e.system_exit) {
        let code = match args.len() {
            0 => vm.none(),
            1 => args[0].clone(),
            _ => vm.new_tuple(args.to_vec()),
        };
        set(vm, o, "code", code);
    } else if is_subtype(&cls, &e.os_error) {
        init_os_error_attrs(vm, o, args);
    } else if is_subtype(&cls, &e.import_error) {
        set(vm, o, "msg", first());
        set(vm, o, "name", vm.none());
        set(vm, o, "path", vm.none());
    } else if is_subtype(&cls, &e.name_error) {
        set(vm, o, "name", vm.none());
    } else if is_subtype(&cls, &e.attribute_error) {
        set(vm, o, "name", vm.none());
        set(vm, o, "obj", vm.none());
    }
}

// ---- OSError ----

pub fn init_os_error_attrs(vm: &Vm, o: &PyObjectRef, args: &[PyObjectRef]) {
    let none = vm.none();
    set(vm, o, "errno", none.clone());
    set(vm, o, "strerror", none.clone());
    set(vm, o, "filename", none.clone());
    set(vm, o, "filename2", none.clone());
    if (2..=5).contains(&args.len()) {
        set(vm, o, "errno", args[0].clone());
        set(vm, o, "strerror", args[1].clone());
        let written = args.len() >= 3
            && matches!(args[2].payload, Payload::Int(_))
            && is_subtype(&o.class(), &vm.ctx.exc.blocking_io_error);
        if written {
            // BlockingIOError(errno, strerror, characters_written): args kept whole.
            set(vm, o, "characters_written", args[2].clone());
        } else if args.len() >= 3 {
            set(vm, o, "filename", args[2].clone());
            if args.len() >= 5 {
                set(vm, o, "filename2", args[4].clone());
            }
            // CPython keeps only (errno, strerror) in args when a filename is given.
            if let Payload::Exception(e) = &o.payload {
                *e.args.borrow_mut() = vm.new_tuple(args[..2].to_vec());
            }
        }
    }
}

fn os_error_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let pos = args.shift().pos().to_vec();
    // OSError(errno, ...) picks the subclass for the errno.
    let mut cls = cls;
    if cls.is(&vm.ctx.exc.os_error) && pos.len() >= 2 {
        if let Payload::Int(i) = &pos[0].payload {
            if let Some(n) = i.as_i64() {
                cls = crate::exceptions::os_error_class_for_errno(vm, n as i32);
            }
        }
    }
    let mut full = vec![cls];
    full.extend(pos.iter().cloned());
    let o = base_new(vm, Args::new(&full))?;
    init_os_error_attrs(vm, &o, &pos);
    Ok(o)
}

fn os_error_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn os_error_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let errno = get(vm, o, "errno");
    let strerror = get(vm, o, "strerror");
    let filename = get(vm, o, "filename");
    let filename2 = get(vm, o, "filename2");
    if !vm.is_none(&filename) {
        if !vm.is_none(&filename2) {
            return Ok(vm.new_string(format!("[Errno {}] {}: {} -> {}", vm.to_str(&errno)?, vm.to_str(&strerror)?, vm.repr(&filename)?, vm.repr(&filename2)?)));
        }
        return Ok(vm.new_string(format!("[Errno {}] {}: {}", vm.to_str(&errno)?, vm.to_str(&strerror)?, vm.repr(&filename)?)));
    }
    if !vm.is_none(&errno) && !vm.is_none(&strerror) {
        return Ok(vm.new_string(format!("[Errno {}] {}", vm.to_str(&errno)?, vm.to_str(&strerror)?)));
    }
    base_str(vm, args)
}

fn os_error_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let mut a = exc_args(o);
    let filename = get(vm, o, "filename");
    if a.len() == 2 && !vm.is_none(&filename) {
        a.push(filename);
        let f2 = get(vm, o, "filename2");
        if !vm.is_none(&f2) {
            a.push(vm.none());
            a.push(f2);
        }
    }
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(a)]))
}

// ---- others ----

fn key_error_str(vm: &Vm, args: Args) -> PyResult {
    let a = exc_args(&args.args[0]);
    if a.len() == 1 {
        return vm.repr_obj(&a[0]);
    }
    base_str(vm, args)
}

fn stop_iteration_init(vm: &Vm, args: Args) -> PyResult {
    base_init(vm, args)?;
    let o = &args.args[0];
    let a = exc_args(o);
    set(vm, o, "value", a.first().cloned().unwrap_or_else(|| vm.none()));
    Ok(vm.none())
}

fn system_exit_init(vm: &Vm, args: Args) -> PyResult {
    base_init(vm, args)?;
    let o = &args.args[0];
    let a = exc_args(o);
    let code = match a.len() {
        0 => vm.none(),
        1 => a[0].clone(),
        _ => vm.new_tuple(a),
    };
    set(vm, o, "code", code);
    Ok(vm.none())
}

fn import_error_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    let e = exc_data(vm, &o)?;
    *e.args.borrow_mut() = vm.new_tuple(rest.pos().to_vec());
    set(vm, &o, "name", vm.none());
    set(vm, &o, "path", vm.none());
    for (k, v) in rest.kwargs() {
        match k {
            "name" | "path" => set(vm, &o, k, v.clone()),
            _ => return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for {}()", k, vm.type_name(&o)))),
        }
    }
    let a = exc_args(&o);
    set(vm, &o, "msg", a.first().cloned().unwrap_or_else(|| vm.none()));
    Ok(vm.none())
}

fn import_error_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let msg = get(vm, o, "msg");
    if !vm.is_none(&msg) {
        return vm.str_obj(&msg);
    }
    base_str(vm, args)
}

fn name_error_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    exc_data(vm, &o)?.args.replace(vm.new_tuple(rest.pos().to_vec()));
    set(vm, &o, "name", vm.none());
    for (k, v) in rest.kwargs() {
        match k {
            "name" => set(vm, &o, k, v.clone()),
            _ => return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for {}()", k, vm.type_name(&o)))),
        }
    }
    Ok(vm.none())
}

fn attribute_error_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    exc_data(vm, &o)?.args.replace(vm.new_tuple(rest.pos().to_vec()));
    set(vm, &o, "name", vm.none());
    set(vm, &o, "obj", vm.none());
    for (k, v) in rest.kwargs() {
        match k {
            "name" | "obj" => set(vm, &o, k, v.clone()),
            _ => return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for {}()", k, vm.type_name(&o)))),
        }
    }
    Ok(vm.none())
}

fn syntax_error_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    let pos = rest.pos();
    exc_data(vm, &o)?.args.replace(vm.new_tuple(pos.to_vec()));
    for n in ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"] {
        set(vm, &o, n, vm.none());
    }
    if let Some(m) = pos.first() {
        set(vm, &o, "msg", m.clone());
    }
    if pos.len() == 2 {
        let info = vm.collect(&pos[1])?;
        if info.len() < 4 || info.len() > 6 {
            return Err(vm.new_index_error("tuple index out of range"));
        }
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (n, v) in names.iter().zip(info) {
            set(vm, &o, n, v);
        }
    }
    Ok(vm.none())
}

fn syntax_error_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let msg = get(vm, o, "msg");
    let msg_s = if vm.is_none(&msg) { base_str(vm, args)? } else { vm.str_obj(&msg)? };
    let filename = get(vm, o, "filename");
    let lineno = get(vm, o, "lineno");
    let fname = if let Payload::Str(s) = &filename.payload {
        Some(s.as_str().rsplit('/').next().unwrap_or("").to_string())
    } else {
        None
    };
    let line = if let Payload::Int(i) = &lineno.payload { Some(i.to_string()) } else { None };
    Ok(match (fname, line) {
        (Some(f), Some(l)) => vm.new_string(format!("{} ({}, line {})", str_of(&msg_s), f, l)),
        (Some(f), None) => vm.new_string(format!("{} ({})", str_of(&msg_s), f)),
        (None, Some(l)) => vm.new_string(format!("{} (line {})", str_of(&msg_s), l)),
        (None, None) => msg_s,
    })
}

fn unicode_error_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = args.shift();
    let pos = rest.pos();
    exc_data(vm, &o)?.args.replace(vm.new_tuple(pos.to_vec()));
    let cls = o.class();
    let is_decode = is_subtype(&cls, &vm.ctx.exc.unicode_decode_error);
    let is_encode = is_subtype(&cls, &vm.ctx.exc.unicode_encode_error);
    if is_decode || is_encode {
        if pos.len() != 5 {
            return Err(vm.new_type_error(format!("function takes exactly 5 arguments ({} given)", pos.len())));
        }
        set(vm, &o, "encoding", pos[0].clone());
        let obj = if is_decode {
            match &pos[1].payload {
                Payload::Bytes(_) => pos[1].clone(),
                _ => vm.new_bytes(crate::types::bytes_methods::bytes_from_object(vm, &pos[1])?),
            }
        } else {
            pos[1].clone()
        };
        set(vm, &o, "object", obj);
        set(vm, &o, "start", pos[2].clone());
        set(vm, &o, "end", pos[3].clone());
        set(vm, &o, "reason", pos[4].clone());
    } else if is_subtype(&cls, &vm.ctx.exc.unicode_translate_error) && pos.len() == 4 {
        set(vm, &o, "encoding", vm.none());
        set(vm, &o, "object", pos[0].clone());
        set(vm, &o, "start", pos[1].clone());
        set(vm, &o, "end", pos[2].clone());
        set(vm, &o, "reason", pos[3].clone());
    }
    Ok(vm.none())
}

fn unicode_error_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let cls = o.class();
    let obj = get(vm, o, "object");
    if vm.is_none(&obj) {
        return base_str(vm, args);
    }
    let start = vm.index_i64(&get(vm, o, "start")).unwrap_or(0);
    let end = vm.index_i64(&get(vm, o, "end")).unwrap_or(0);
    let reason = vm.to_str(&get(vm, o, "reason"))?;
    let encoding = get(vm, o, "encoding");
    if is_subtype(&cls, &vm.ctx.exc.unicode_decode_error) {
        let data = crate::types::bytes_methods::bytes_from_object(vm, &obj).unwrap_or_default();
        let enc = vm.to_str(&encoding)?;
        if end == start + 1 {
            if let Some(b) = data.get(start as usize) {
                return Ok(vm.new_string(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b, start, reason)));
            }
        }
        return Ok(vm.new_string(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason)));
    }
    let s = str_of(&obj).to_string();
    let chars: Vec<char> = s.chars().collect();
    let what = if is_subtype(&cls, &vm.ctx.exc.unicode_encode_error) {
        format!("'{}' codec can't encode", vm.to_str(&encoding)?)
    } else {
        "can't translate".to_string()
    };
    if end == start + 1 {
        if let Some(c) = chars.get(start as usize) {
            let v = *c as u32;
            let cs = if v <= 0xff { format!("\\x{:02x}", v) } else if v <= 0xffff { format!("\\u{:04x}", v) } else { format!("\\U{:08x}", v) };
            return Ok(vm.new_string(format!("{} character '{}' in position {}: {}", what, cs, start, reason)));
        }
    }
    Ok(vm.new_string(format!("{} characters in position {}-{}: {}", what, start, end - 1, reason)))
}

// ---- exception groups ----

static EXCEPTION_GROUP: OnceLock<PyObjectRef> = OnceLock::new();

/// The builtin `ExceptionGroup` class.
pub fn exception_group_type(vm: &Vm) -> PyObjectRef {
    EXCEPTION_GROUP.get().cloned().unwrap_or_else(|| vm.ctx.exc.base_exception_group.clone())
}

fn eg_parts(vm: &Vm, o: &PyObjectRef) -> PyResult<(PyObjectRef, Vec<PyObjectRef>)> {
    let a = exc_args(o);
    if a.len() != 2 {
        return Err(vm.new_type_error("exception group has no message/exceptions"));
    }
    let excs = vm.collect(&a[1])?;
    Ok((a[0].clone(), excs))
}

fn eg_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = args.shift();
    rest.no_kwargs(vm, as_type(&cls).map(|t| t.name()).unwrap_or_default().as_str())?;
    let pos = rest.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len())));
    }
    if !matches!(pos[0].payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("argument 1 must be str, not {}", vm.type_name(&pos[0]))));
    }
    let is_seq = matches!(pos[1].payload, Payload::List(_) | Payload::Tuple(_)) || vm.get_attr_opt(&pos[1], "__getitem__")?.is_some() && !matches!(pos[1].payload, Payload::Str(_) | Payload::Dict(_) | Payload::Set(_));
    if !is_seq {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(&pos[1])?;
    if excs.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exc = true;
    for (i, e) in excs.iter().enumerate() {
        if !vm.isinstance_type(e, &vm.ctx.exc.base_exception) {
            return Err(vm.new_value_error(format!("Item {} of second argument (exceptions) is not an exception", i)));
        }
        if !vm.isinstance_type(e, &vm.ctx.exc.exception) {
            all_exc = false;
        }
    }
    let eg = exception_group_type(vm);
    let mut cls = cls;
    if cls.is(&vm.ctx.exc.base_exception_group) {
        if all_exc {
            cls = eg;
        }
    } else if cls.is(&eg) {
        if !all_exc {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exc && !is_subtype(&cls, &vm.ctx.exc.exception) {
        // A user subclass of BaseExceptionGroup may hold anything.
    } else if !all_exc {
        return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{}'", as_type(&cls).map(|t| t.name()).unwrap_or_default())));
    }
    base_new(vm, Args::new(&[cls, pos[0].clone(), pos[1].clone()]))
}

fn eg_init(vm: &Vm, args: Args) -> PyResult {
    // Arguments were validated and stored by __new__; keep them as CPython does.
    let _ = args;
    Ok(vm.none())
}

fn eg_str(vm: &Vm, args: Args) -> PyResult {
    let (msg, excs) = eg_parts(vm, &args.args[0])?;
    let n = excs.len();
    Ok(vm.new_string(format!("{} ({} sub-exception{})", str_of(&msg), n, if n == 1 { "" } else { "s" })))
}

fn eg_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let a = exc_args(o);
    let name = as_type(&o.class()).map(|t| t.name()).unwrap_or_default();
    let inner: Vec<String> = a.iter().map(|x| vm.repr(x)).collect::<PyResult<_>>()?;
    Ok(vm.new_string(format!("{}({})", name, inner.join(", "))))
}

fn eg_message(vm: &Vm, args: Args) -> PyResult {
    Ok(eg_parts(vm, &args.args[0])?.0)
}

fn eg_exceptions(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_tuple(eg_parts(vm, &args.args[0])?.1))
}

fn eg_derive(vm: &Vm, args: Args) -> PyResult {
    let [o, excs] = args.exact::<2>(vm, "derive")?;
    let (msg, _) = eg_parts(vm, o)?;
    vm.call(&vm.ctx.exc.base_exception_group, &[msg, excs.clone()])
}

/// How a split condition matches leaves.
enum Cond {
    Types(PyObjectRef),
    Pred(PyObjectRef),
}

fn cond_of(vm: &Vm, c: &PyObjectRef) -> PyResult<Cond> {
    let ok_type = |t: &PyObjectRef| matches!(t.payload, Payload::Type(_)) && is_subtype(t, &vm.ctx.exc.base_exception);
    match &c.payload {
        Payload::Type(_) if ok_type(c) => Ok(Cond::Types(c.clone())),
        Payload::Tuple(items) if items.iter().all(ok_type) => Ok(Cond::Types(c.clone())),
        _ if vm.callable(c) && !matches!(c.payload, Payload::Type(_)) => Ok(Cond::Pred(c.clone())),
        _ => Err(vm.new_type_error("expected a function, exception type or tuple of exception types")),
    }
}

fn cond_match(vm: &Vm, cond: &Cond, e: &PyObjectRef) -> PyResult<bool> {
    match cond {
        Cond::Types(t) => vm.isinstance(e, t),
        Cond::Pred(f) => {
            let r = vm.call(f, &[e.clone()])?;
            vm.is_true(&r)
        }
    }
}

fn copy_metadata(vm: &Vm, from: &PyObjectRef, to: &PyObjectRef) -> PyResult<()> {
    if let (Payload::Exception(a), Payload::Exception(b)) = (&from.payload, &to.payload) {
        *b.traceback.borrow_mut() = a.traceback.borrow().clone();
        *b.cause.borrow_mut() = a.cause.borrow().clone();
        *b.context.borrow_mut() = a.context.borrow().clone();
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Some(n) = vm.get_attr_opt(from, "__notes__")? {
        vm.set_attr_str(to, "__notes__", n)?;
    }
    Ok(())
}

/// Split `e` by `cond` into (matching, rest), either part possibly None.
fn split_rec(vm: &Vm, e: &PyObjectRef, cond: &Cond, want_rest: bool) -> PyResult<(Option<PyObjectRef>, Option<PyObjectRef>)> {
    if cond_match(vm, cond, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !vm.isinstance_type(e, &vm.ctx.exc.base_exception_group) {
        return Ok((None, Some(e.clone())));
    }
    let (_, excs) = eg_parts(vm, e)?;
    let mut m = Vec::new();
    let mut r = Vec::new();
    for x in &excs {
        let (a, b) = vm.with_recursion(" in split", || split_rec(vm, x, cond, want_rest))?;
        if let Some(a) = a {
            m.push(a);
        }
        if let Some(b) = b {
            r.push(b);
        }
    }
    let derive = |items: Vec<PyObjectRef>| -> PyResult<Option<PyObjectRef>> {
        if items.is_empty() {
            return Ok(None);
        }
        let l = vm.new_list(items);
        let d = vm.call_method(e, "derive", &[l])?;
        copy_metadata(vm, e, &d)?;
        Ok(Some(d))
    };
    let mm = derive(m)?;
    let rr = if want_rest { derive(r)? } else { None };
    Ok((mm, rr))
}

fn eg_split(vm: &Vm, args: Args) -> PyResult {
    let [o, c] = args.exact::<2>(vm, "split")?;
    let cond = cond_of(vm, c)?;
    let (m, r) = split_rec(vm, o, &cond, true)?;
    Ok(vm.new_tuple(vec![m.unwrap_or_else(|| vm.none()), r.unwrap_or_else(|| vm.none())]))
}

fn eg_subgroup(vm: &Vm, args: Args) -> PyResult {
    let [o, c] = args.exact::<2>(vm, "subgroup")?;
    let cond = cond_of(vm, c)?;
    let (m, _) = split_rec(vm, o, &cond, false)?;
    Ok(m.unwrap_or_else(|| vm.none()))
}

fn eg_class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

fn collect_leaf_ids(vm: &Vm, e: &PyObjectRef, out: &mut Vec<usize>) -> PyResult<()> {
    if vm.isinstance_type(e, &vm.ctx.exc.base_exception_group) {
        for x in eg_parts(vm, e)?.1 {
            collect_leaf_ids(vm, &x, out)?;
        }
    } else {
        out.push(e.id());
    }
    Ok(())
}

fn same_metadata(a: &PyObjectRef, b: &PyObjectRef) -> bool {
    match (&a.payload, &b.payload) {
        (Payload::Exception(x), Payload::Exception(y)) => {
            let eq = |p: &Option<PyObjectRef>, q: &Option<PyObjectRef>| match (p, q) {
                (Some(p), Some(q)) => p.is(q),
                (None, None) => true,
                _ => false,
            };
            eq(&x.traceback.borrow(), &y.traceback.borrow()) && eq(&x.cause.borrow(), &y.cause.borrow()) && eq(&x.context.borrow(), &y.context.borrow())
        }
        _ => false,
    }
}

/// Combine what `except*` clauses raised (CPython's `_PyExc_PrepReraiseStar`).
pub fn prep_reraise_star(vm: &Vm, orig: &PyObjectRef, list: &PyObjectRef) -> PyResult {
    let items: Vec<PyObjectRef> = vm.collect(list)?.into_iter().filter(|e| !vm.is_none(e)).collect();
    if items.is_empty() {
        return Ok(vm.none());
    }
    if !vm.isinstance_type(orig, &vm.ctx.exc.base_exception_group) {
        return Ok(items[0].clone());
    }
    let mut raised = Vec::new();
    let mut keep = Vec::new();
    for e in items {
        if same_metadata(&e, orig) || e.is(orig) {
            collect_leaf_ids(vm, &e, &mut keep)?;
        } else {
            raised.push(e);
        }
    }
    let reraised = if keep.is_empty() {
        None
    } else {
        let pred = PyObjectRef::new(vm.ctx.types.builtin_function_type.clone(), Payload::NativeFunction(Box::new(crate::types::function::PyNativeFunction {
            name: "_leaf_filter", func: leaf_filter, kind: NativeKind::Method, self_: Some(vm.new_tuple(keep.iter().map(|i| vm.new_int(*i as i64)).collect())),
            owner: None, doc: None, module: None,
        })));
        split_rec(vm, orig, &Cond::Pred(pred), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised.unwrap_or_else(|| vm.none()));
    }
    if let Some(r) = reraised {
        raised.push(r);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let l = vm.new_list(raised);
    vm.call(&exception_group_type(vm), &[vm.new_str(""), l])
}

fn leaf_filter(vm: &Vm, args: Args) -> PyResult {
    let [ids, e] = args.exact::<2>(vm, "_leaf_filter")?;
    if let Payload::Tuple(t) = &ids.payload {
        let id = e.id() as i64;
        return Ok(vm.new_bool(t.iter().any(|x| matches!(&x.payload, Payload::Int(i) if i.as_i64() == Some(id)))));
    }
    Ok(vm.new_bool(false))
}

impl Vm {
    /// `callable(obj)`.
    pub fn callable(&self, o: &PyObjectRef) -> bool {
        match &o.payload {
            Payload::Function(_) | Payload::NativeFunction(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
            _ => crate::types::type_::lookup(&o.class(), "__call__").is_some(),
        }
    }
}

/// Raise-site helper: make an exception from a class and a message.
pub fn new_err(vm: &Vm, cls: &PyObjectRef, msg: &str) -> PyErr {
    vm.new_exception_msg(cls, msg.to_string())
}

pub fn init(vm: &Vm) {
    let e = &vm.ctx.exc;
    let b = &e.base_exception;
    add_method(vm, b, "__new__", base_new, NativeKind::StaticMethod);
    add_methods(vm, b, &[
        ("__init__", base_init), ("__str__", base_str), ("__repr__", base_repr), ("with_traceback", base_with_traceback),
        ("add_note", base_add_note), ("__reduce__", base_reduce), ("__setstate__", base_setstate),
    ]);
    add_method(vm, &e.os_error, "__new__", os_error_new, NativeKind::StaticMethod);
    add_methods(vm, &e.os_error, &[("__init__", os_error_init), ("__str__", os_error_str), ("__reduce__", os_error_reduce)]);
    add_methods(vm, &e.key_error, &[("__str__", key_error_str)]);
    add_methods(vm, &e.stop_iteration, &[("__init__", stop_iteration_init)]);
    add_methods(vm, &e.system_exit, &[("__init__", system_exit_init)]);
    add_methods(vm, &e.import_error, &[("__init__", import_error_init), ("__str__", import_error_str)]);
    add_methods(vm, &e.name_error, &[("__init__", name_error_init)]);
    add_methods(vm, &e.attribute_error, &[("__init__", attribute_error_init)]);
    add_methods(vm, &e.syntax_error, &[("__init__", syntax_error_init), ("__str__", syntax_error_str)]);
    add_methods(vm, &e.unicode_error, &[("__init__", unicode_error_init), ("__str__", unicode_error_str)]);
    let beg = &e.base_exception_group;
    add_method(vm, beg, "__new__", eg_new, NativeKind::StaticMethod);
    add_method(vm, beg, "__class_getitem__", eg_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, beg, &[
        ("__init__", eg_init), ("__str__", eg_str), ("__repr__", eg_repr), ("derive", eg_derive), ("split", eg_split),
        ("subgroup", eg_subgroup),
    ]);
    crate::types::misc::add_getter(vm, beg, "message", eg_message);
    crate::types::misc::add_getter(vm, beg, "exceptions", eg_exceptions);
    // ExceptionGroup(BaseExceptionGroup, Exception).
    let eg = crate::vm::new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "ExceptionGroup",
        vec![beg.clone(), e.exception.clone()], crate::types::type_::BaseKind::Exception, true);
    if let Ok(mro) = crate::types::type_::compute_mro(vm, &eg, &[beg.clone(), e.exception.clone()]) {
        if let Payload::Type(t) = &eg.payload {
            *t.mro.borrow_mut() = mro;
        }
    }
    let _ = EXCEPTION_GROUP.set(eg);
    // Exception classes have a __dict__ and __module__ 'builtins'.
    for (_, cls) in e.all().iter().chain(std::iter::once(&("ExceptionGroup", exception_group_type(vm)))) {
        if let Payload::Type(t) = &cls.payload {
            t.dict().set_str(vm, "__module__", vm.new_str("builtins"));
        }
    }
}
