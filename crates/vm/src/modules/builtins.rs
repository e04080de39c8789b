//! The `builtins` module: builtin functions and the iterator classes
//! `enumerate`, `filter`, `map`, `reversed`, `zip`. Mirrors
//! `Python/bltinmodule.c` and `Objects/enumobject.c`.

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::types::type_::{as_type, lookup};
use crate::vm::{add_method, add_methods, new_static_type, str_of, PyResult, Vm};
use pyrite_bytecode::CmpOp;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

fn b_abs(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "abs")?;
    match vm.call_special(x, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
    }
}

fn b_all(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "all")?;
    let it = vm.get_iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn b_any(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "any")?;
    let it = vm.get_iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn b_ascii(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "ascii")?;
    let r = vm.repr(x)?;
    Ok(vm.new_string(crate::types::str_methods::ascii_escape(&r)))
}

fn radix(vm: &Vm, x: &PyObjectRef, base: u32, prefix: &str) -> PyResult {
    let i = vm.index_value(x)?;
    let s = i.abs().to_string_radix(base);
    Ok(vm.new_string(if i.is_negative() { format!("-{}{}", prefix, s) } else { format!("{}{}", prefix, s) }))
}
fn b_bin(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "bin")?;
    radix(vm, x, 2, "0b")
}
fn b_oct(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "oct")?;
    radix(vm, x, 8, "0o")
}
fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "hex")?;
    radix(vm, x, 16, "0x")
}

fn b_callable(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "callable")?;
    Ok(vm.new_bool(vm.callable(x)))
}

fn b_chr(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "chr")?;
    if matches!(x.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index_value(x)?;
    match i.as_i64() {
        Some(v) if (0..0x110000).contains(&v) => match char::from_u32(v as u32) {
            Some(c) => Ok(vm.new_char(c)),
            None => Ok(vm.new_char('\u{fffd}')),
        },
        Some(_) => Err(vm.new_value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

fn b_ord(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "ord")?;
    match &x.payload {
        Payload::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.new_type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
            }
            Ok(vm.new_int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let b = crate::types::bytes_methods::bytes_from_object(vm, x)?;
            if b.len() != 1 {
                return Err(vm.new_type_error(format!("ord() expected a character, but string of length {} found", b.len())));
            }
            Ok(vm.new_int(b[0] as i64))
        }
        _ => Err(vm.new_type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(x)))),
    }
}

fn b_delattr(vm: &Vm, args: Args) -> PyResult {
    let [o, n] = args.exact::<2>(vm, "delattr")?;
    check_name(vm, n)?;
    vm.del_attr(o, n)?;
    Ok(vm.none())
}

fn check_name(vm: &Vm, n: &PyObjectRef) -> PyResult<()> {
    if !matches!(n.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", vm.type_name(n))));
    }
    Ok(())
}

fn b_getattr(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "getattr", 2, 3)?;
    check_name(vm, &pos[1])?;
    match vm.get_attr(&pos[0], &pos[1]) {
        Ok(v) => Ok(v),
        Err(e) if pos.len() == 3 && vm.err_matches(&e, &vm.ctx.exc.attribute_error) => Ok(pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_hasattr(vm: &Vm, args: Args) -> PyResult {
    let [o, n] = args.exact::<2>(vm, "hasattr")?;
    check_name(vm, n)?;
    match vm.get_attr(o, n) {
        Ok(_) => Ok(vm.new_bool(true)),
        Err(e) if vm.err_matches(&e, &vm.ctx.exc.attribute_error) => Ok(vm.new_bool(false)),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &Vm, args: Args) -> PyResult {
    let [o, n, v] = args.exact::<3>(vm, "setattr")?;
    check_name(vm, n)?;
    vm.set_attr(o, n, v.clone())?;
    Ok(vm.none())
}

fn b_dir(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "dir", 0, 1)?;
    let names = match pos.first() {
        None => {
            let l = b_locals(vm, Args::new(&[]))?;
            vm.call_method(&l, "keys", &[])?
        }
        Some(o) => match vm.call_special(o, "__dir__", &[])? {
            Some(r) => r,
            None => return Err(vm.new_type_error("object does not provide __dir__")),
        },
    };
    let items = vm.collect(&names)?;
    let sorted = crate::types::list_methods::sort_items(vm, items, None, false)?;
    Ok(vm.new_list(sorted))
}

fn b_divmod(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "divmod")?;
    let (ta, tb) = (a.class(), b.class());
    if let Some(r) = vm.call_special(a, "__divmod__", &[b.clone()])? {
        if !r.is(&vm.ctx.not_implemented) {
            return Ok(r);
        }
    }
    if !ta.is(&tb) {
        if let Some(r) = vm.call_special(b, "__rdivmod__", &[a.clone()])? {
            if !r.is(&vm.ctx.not_implemented) {
                return Ok(r);
            }
        }
    }
    Err(vm.new_type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))))
}

fn b_format(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "format", 1, 2)?;
    let spec = match pos.get(1) {
        Some(s) => {
            if !matches!(s.payload, Payload::Str(_)) {
                return Err(vm.new_type_error(format!("format() argument 2 must be str, not {}", vm.type_name(s))));
            }
            str_of(s).to_string()
        }
        None => String::new(),
    };
    vm.format(&pos[0], &spec)
}

fn b_hash(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "hash")?;
    Ok(vm.new_int(vm.hash(x)?))
}

fn b_id(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "id")?;
    Ok(vm.new_int(x.id() as i64))
}

fn b_input(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "input", 0, 1)?;
    let sys = vm.interp.sys.get().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
    let stdout = vm.get_attr_str(&sys, "stdout")?;
    let stdin = vm.get_attr_str(&sys, "stdin")?;
    if vm.is_none(&stdin) {
        return Err(vm.new_runtime_error("input(): lost sys.stdin"));
    }
    if let Some(p) = pos.first() {
        let s = vm.str_obj(p)?;
        vm.call_method(&stdout, "write", &[s])?;
    }
    let _ = vm.call_method(&stdout, "flush", &[]);
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = str_of(&line).to_string();
    if s.is_empty() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.eof_error, "EOF when reading a line".into()));
    }
    Ok(vm.new_string(s.strip_suffix('\n').unwrap_or(&s).to_string()))
}

fn b_isinstance(vm: &Vm, args: Args) -> PyResult {
    let [o, c] = args.exact::<2>(vm, "isinstance")?;
    Ok(vm.new_bool(vm.isinstance(o, c)?))
}

fn b_issubclass(vm: &Vm, args: Args) -> PyResult {
    let [o, c] = args.exact::<2>(vm, "issubclass")?;
    Ok(vm.new_bool(vm.issubclass(o, c)?))
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "iter", 1, 2)?;
    if pos.len() == 2 {
        if !vm.callable(&pos[0]) {
            return Err(vm.new_type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter::new_callable_iter(vm, pos[0].clone(), pos[1].clone()));
    }
    vm.get_iter(&pos[0])
}

fn b_aiter(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "aiter")?;
    crate::interp::ops::get_aiter(vm, x.clone())
}

fn b_anext(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "anext", 1, 2)?;
    if pos.len() == 2 {
        let m = crate::import::import_module(vm, "_pyrite_async")?;
        let f = vm.get_attr_str(&m, "anext_default")?;
        return vm.call(&f, &[pos[0].clone(), pos[1].clone()]);
    }
    match vm.call_special(&pos[0], "__anext__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!("'{}' object is not an async iterator", vm.type_name(&pos[0])))),
    }
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "len")?;
    Ok(vm.new_int(vm.len(x)? as i64))
}

fn b_next(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "next", 1, 2)?;
    let it = &pos[0];
    let r = match &it.payload {
        Payload::Generator(_) => vm.call_special(it, "__next__", &[]),
        _ => {
            if lookup(&it.class(), "__next__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
            }
            match crate::types::iter::fast_next(vm, it) {
                Some(Ok(Some(v))) => return Ok(v),
                Some(Ok(None)) => Err(vm.new_stop_iteration(None)),
                Some(Err(e)) => Err(e),
                None => vm.call_special(it, "__next__", &[]),
            }
        }
    };
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(vm.new_type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
        Err(e) if pos.len() == 2 && vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

fn minmax(vm: &Vm, args: Args, name: &str, op: CmpOp) -> PyResult {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !vm.is_none(k)),
            "default" => default = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for {}()", k, name))),
        }
    }
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.new_type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    let items: Vec<PyObjectRef> = if pos.len() == 1 {
        vm.collect(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.new_type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
        }
        pos.to_vec()
    };
    let mut best: Option<(PyObjectRef, PyObjectRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.new_value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn b_min(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "min", CmpOp::Lt)
}
fn b_max(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "max", CmpOp::Gt)
}

fn b_pow(vm: &Vm, args: Args) -> PyResult {
    let [base, exp, m] = args.bind(vm, &Sig { name: "pow", names: ["base", "exp", "mod"], posonly: 0, required: 2, kwonly_from: 3 })?;
    let (base, exp) = match (base, exp) {
        (Some(b), Some(e)) => (b, e),
        _ => return Err(vm.new_type_error("pow() missing required argument")),
    };
    match m.filter(|m| !vm.is_none(m)) {
        Some(m) => vm.ternary_pow(&base, &exp, &m),
        None => vm.binary_op(&base, &exp, pyrite_bytecode::BinOp::Pow),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn b_print(vm: &Vm, args: Args) -> PyResult {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = Some(v.clone()).filter(|x| !vm.is_none(x)),
            "end" => end = Some(v.clone()).filter(|x| !vm.is_none(x)),
            "file" => file = Some(v.clone()).filter(|x| !vm.is_none(x)),
            "flush" => flush = vm.is_true(v)?,
            _ => return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for print()", k))),
        }
    }
    for (what, v) in [("sep", &sep), ("end", &end)] {
        if let Some(v) = v {
            if !matches!(v.payload, Payload::Str(_)) {
                return Err(vm.new_type_error(format!("{} must be None or a string, not {}", what, vm.type_name(v))));
            }
        }
    }
    let file = match file {
        Some(f) => f,
        None => {
            let sys = vm.interp.sys.get().ok_or_else(|| vm.new_runtime_error("lost sys.stdout"))?;
            let f = vm.get_attr_str(&sys, "stdout")?;
            if vm.is_none(&f) {
                return Ok(vm.none());
            }
            f
        }
    };
    let sep_s = sep.as_ref().map(|s| str_of(s).to_string()).unwrap_or_else(|| " ".into());
    let end_s = end.as_ref().map(|s| str_of(s).to_string()).unwrap_or_else(|| "\n".into());
    let native = file.payload.native::<crate::modules::fileio::PyFile>().is_some();
    if native {
        let mut out = String::new();
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep_s);
            }
            out.push_str(str_of(&vm.str_obj(a)?));
        }
        out.push_str(&end_s);
        vm.call_method(&file, "write", &[vm.new_string(out)])?;
    } else {
        let write = vm.get_attr_str(&file, "write")?;
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.call(&write, &[vm.new_str(&sep_s)])?;
            }
            vm.call(&write, &[vm.str_obj(a)?])?;
        }
        vm.call(&write, &[vm.new_str(&end_s)])?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(vm.none())
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "repr")?;
    vm.repr_obj(x)
}

fn b_round(vm: &Vm, args: Args) -> PyResult {
    let [number, ndigits] = args.bind(vm, &Sig { name: "round", names: ["number", "ndigits"], posonly: 0, required: 1, kwonly_from: 2 })?;
    let number = number.ok_or_else(|| vm.new_type_error("round() missing required argument 'number' (pos 1)"))?;
    let mut a = vec![];
    if let Some(n) = ndigits.filter(|n| !vm.is_none(n)) {
        a.push(n);
    }
    match vm.call_special(&number, "__round__", &a)? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!("type {} doesn't define __round__ method", vm.type_name(&number)))),
    }
}

fn b_sorted(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let l = vm.new_list(items);
    let mut a = vec![l.clone()];
    a.extend(args.kwvalues().iter().cloned());
    crate::types::list_methods::list_sort(vm, Args::with_kw(&a, args.kwnames))?;
    Ok(l)
}

fn b_sum(vm: &Vm, args: Args) -> PyResult {
    let [iterable, start] = args.bind(vm, &Sig { name: "sum", names: ["iterable", "start"], posonly: 1, required: 1, kwonly_from: 2 })?;
    let iterable = iterable.ok_or_else(|| vm.new_type_error("sum() missing required argument"))?;
    let mut acc = match start {
        Some(s) => {
            match &s.payload {
                Payload::Str(_) => return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]")),
                Payload::Bytes(_) => return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
                Payload::ByteArray(_) => return Err(vm.new_type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
                _ => {}
            }
            s
        }
        None => vm.new_int(0),
    };
    let it = vm.get_iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, pyrite_bytecode::BinOp::Add)?;
    }
    Ok(acc)
}

fn b_vars(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "vars", 0, 1)?;
    match pos.first() {
        None => b_locals(vm, Args::new(&[])),
        Some(o) => match vm.get_attr_opt(o, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.new_type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_globals(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.current_globals().unwrap_or_else(|| vm.new_dict()))
}

fn b_locals(vm: &Vm, _args: Args) -> PyResult {
    let r = vm.with_current_frame(|f| match &f.locals {
        Some(l) => l.clone(),
        None => vm.fast_locals_dict(f),
    });
    Ok(r.unwrap_or_else(|| vm.new_dict()))
}

fn source_text(vm: &Vm, src: &PyObjectRef, fname: &str) -> PyResult<String> {
    match &src.payload {
        Payload::Str(s) => Ok(s.as_str().to_string()),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let b = crate::types::bytes_methods::bytes_from_object(vm, src)?;
            String::from_utf8(b).map_err(|_| vm.new_exception_msg(&vm.ctx.exc.syntax_error, "(unicode error) 'utf-8' codec can't decode bytes".into()))
        }
        _ => Err(vm.new_type_error(format!("{}() arg 1 must be a string, bytes or code object", fname))),
    }
}

fn exec_eval_namespaces(vm: &Vm, globals: Option<PyObjectRef>, locals: Option<PyObjectRef>, fname: &str) -> PyResult<(PyObjectRef, Option<PyObjectRef>)> {
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    match globals {
        Some(g) => {
            if !matches!(g.payload, Payload::Dict(_)) {
                return Err(vm.new_type_error(if fname == "exec" {
                    format!("exec() globals must be a dict, not {}", vm.type_name(&g))
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                }));
            }
            if let Some(l) = &locals {
                if vm.get_attr_opt(l, "__getitem__")?.is_none() {
                    return Err(vm.new_type_error("locals must be a mapping"));
                }
            }
            let locals = locals.or_else(|| Some(g.clone()));
            Ok((g, locals))
        }
        None => {
            let g = vm.current_globals().unwrap_or_else(|| vm.new_dict());
            let l = match locals {
                Some(l) => Some(l),
                None => vm.with_current_frame(|f| match &f.locals {
                    Some(l) => l.clone(),
                    None => vm.fast_locals_dict(f),
                }),
            };
            Ok((g, l))
        }
    }
}

fn b_exec(vm: &Vm, args: Args) -> PyResult {
    let [src, globals, locals, _closure] = args.bind(vm, &Sig { name: "exec", names: ["source", "globals", "locals", "closure"], posonly: 3, required: 1, kwonly_from: 3 })?;
    let src = src.ok_or_else(|| vm.new_type_error("exec expected at least 1 argument, got 0"))?;
    let (g, l) = exec_eval_namespaces(vm, globals, locals, "exec")?;
    let code = match &src.payload {
        Payload::Code(_) => src.clone(),
        _ => {
            let text = source_text(vm, &src, "exec")?;
            vm.compile(&text, "<string>", pyrite_compiler::Mode::Exec)?
        }
    };
    vm.run_code(&code, &g, l)?;
    Ok(vm.none())
}

fn b_eval(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "eval", 1, 3)?;
    let src = &pos[0];
    let (g, l) = exec_eval_namespaces(vm, pos.get(1).cloned(), pos.get(2).cloned(), "eval")?;
    let code = match &src.payload {
        Payload::Code(_) => src.clone(),
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
            let text = source_text(vm, src, "eval")?;
            let text = text.trim_start_matches([' ', '\t']);
            vm.compile(text, "<string>", pyrite_compiler::Mode::Eval)?
        }
        _ => return Err(vm.new_type_error("eval() arg 1 must be a string, bytes or code object")),
    };
    vm.run_code(&code, &g, l)
}

fn b_compile(vm: &Vm, args: Args) -> PyResult {
    let [src, filename, mode, flags, _dont_inherit, _optimize, _fv] = args.bind(vm, &Sig {
        name: "compile", names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], posonly: 0, required: 3, kwonly_from: 6,
    })?;
    let (src, filename, mode) = match (src, filename, mode) {
        (Some(a), Some(b), Some(c)) => (a, b, c),
        _ => return Err(vm.new_type_error("compile() missing required argument")),
    };
    let flags = match flags {
        Some(f) => vm.index_i64(&f)?,
        None => 0,
    };
    let m = match str_of(&mode) {
        "exec" => pyrite_compiler::Mode::Exec,
        "eval" => pyrite_compiler::Mode::Eval,
        "single" => pyrite_compiler::Mode::Single,
        _ => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let fname = String::from_utf8_lossy(&crate::modules::fileio::fspath_bytes(vm, &filename)?).into_owned();
    if flags & 0x400 != 0 {
        let ast = crate::import::import_module(vm, "ast")?;
        let f = vm.get_attr_str(&ast, "_pyrite_parse")?;
        return vm.call(&f, &[src, vm.new_string(fname), mode]);
    }
    if let Payload::Code(_) = &src.payload {
        return Ok(src);
    }
    if let Ok(ast) = crate::import::import_module(vm, "ast") {
        if let Some(astcls) = vm.get_attr_opt(&ast, "AST")? {
            if vm.isinstance(&src, &astcls)? {
                let f = vm.get_attr_str(&ast, "_pyrite_compile_ast")?;
                return vm.call(&f, &[src, vm.new_string(fname), mode]);
            }
        }
    }
    let text = source_text(vm, &src, "compile")?;
    vm.compile(&text, &fname, m)
}

fn b_import(vm: &Vm, args: Args) -> PyResult {
    let [name, globals, locals, fromlist, level] = args.bind(vm, &Sig {
        name: "__import__", names: ["name", "globals", "locals", "fromlist", "level"], posonly: 0, required: 1, kwonly_from: 5,
    })?;
    let name = name.ok_or_else(|| vm.new_type_error("__import__() missing required argument 'name' (pos 1)"))?;
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("module name must be str, not {}", vm.type_name(&name))));
    }
    let globals = globals.filter(|g| !vm.is_none(g)).unwrap_or_else(|| vm.new_dict());
    let fromlist = fromlist.unwrap_or_else(|| vm.new_tuple(vec![]));
    let level = match level {
        Some(l) => vm.index_i64(&l)?,
        None => 0,
    };
    let _ = locals;
    crate::import::import_impl(vm, str_of(&name), &globals, &fromlist, level)
}

fn b_breakpoint(vm: &Vm, args: Args) -> PyResult {
    let sys = vm.interp.sys.get().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
    match vm.get_attr_opt(&sys, "breakpointhook")? {
        Some(h) => vm.call_args(&h, args),
        None => Err(vm.new_runtime_error("lost sys.breakpointhook")),
    }
}

// ---- iterator classes ----

enum IterKind {
    Enumerate { it: PyObjectRef, count: RefCell<PyObjectRef> },
    Filter { func: Option<PyObjectRef>, it: PyObjectRef },
    Map { func: PyObjectRef, its: Vec<PyObjectRef> },
    Zip { its: Vec<PyObjectRef>, strict: bool, done: Cell<bool> },
    Reversed { seq: RefCell<Option<PyObjectRef>>, index: Cell<i64> },
}

struct BuiltinIter(IterKind);

impl NativePayload for BuiltinIter {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        match &self.0 {
            IterKind::Enumerate { it, count } => {
                visit(it);
                visit(&count.borrow());
            }
            IterKind::Filter { func, it } => {
                if let Some(f) = func {
                    visit(f);
                }
                visit(it);
            }
            IterKind::Map { func, its } => {
                visit(func);
                its.iter().for_each(|i| visit(i));
            }
            IterKind::Zip { its, .. } => its.iter().for_each(|i| visit(i)),
            IterKind::Reversed { seq, .. } => {
                if let Some(s) = seq.borrow().as_ref() {
                    visit(s);
                }
            }
        }
    }
}

static ITER_TYPES: OnceLock<[PyObjectRef; 5]> = OnceLock::new();

fn iter_types(vm: &Vm) -> &'static [PyObjectRef; 5] {
    ITER_TYPES.get_or_init(|| {
        let mk = |name: &str, new: crate::types::function::NativeFn| {
            let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Native, true);
            add_method(vm, &t, "__new__", new, NativeKind::StaticMethod);
            add_methods(vm, &t, &[("__iter__", bi_iter), ("__next__", bi_next), ("__reduce__", bi_reduce)]);
            t
        };
        let r = [mk("enumerate", enumerate_new), mk("filter", filter_new), mk("map", map_new), mk("zip", zip_new), mk("reversed", reversed_new)];
        add_methods(vm, &r[4], &[("__length_hint__", reversed_length_hint)]);
        add_method(vm, &r[0], "__class_getitem__", enumerate_cgi, NativeKind::ClassMethod);
        r
    })
}

fn enumerate_cgi(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

fn new_bi(vm: &Vm, cls: &PyObjectRef, k: IterKind) -> PyObjectRef {
    crate::types::type_methods::new_instance(vm, cls, Payload::Native(Box::new(BuiltinIter(k))))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let [iterable, start] = args.shift().bind(vm, &Sig { name: "enumerate", names: ["iterable", "start"], posonly: 0, required: 1, kwonly_from: 2 })?;
    let iterable = iterable.ok_or_else(|| vm.new_type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let it = vm.get_iter(&iterable)?;
    let start = match start {
        Some(s) => {
            if lookup(&s.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&s))));
            }
            vm.new_pyint(vm.index_value(&s)?)
        }
        None => vm.new_int(0),
    };
    Ok(new_bi(vm, &cls, IterKind::Enumerate { it, count: RefCell::new(start) }))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    if a.has_kwargs() && cls.is(&iter_types(vm)[1]) {
        return Err(vm.new_type_error("filter() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let func = if vm.is_none(&pos[0]) { None } else { Some(pos[0].clone()) };
    let it = vm.get_iter(&pos[1])?;
    Ok(new_bi(vm, &cls, IterKind::Filter { func, it }))
}

fn map_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    if a.has_kwargs() && cls.is(&iter_types(vm)[2]) {
        return Err(vm.new_type_error("map() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let its = pos[1..].iter().map(|x| vm.get_iter(x)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_bi(vm, &cls, IterKind::Map { func: pos[0].clone(), its }))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    let mut strict = false;
    for (k, v) in a.kwargs() {
        if k == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.new_type_error(format!("zip() got an unexpected keyword argument '{}'", k)));
        }
    }
    let its = a.pos().iter().map(|x| vm.get_iter(x)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_bi(vm, &cls, IterKind::Zip { its, strict, done: Cell::new(false) }))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    a.no_kwargs(vm, "reversed")?;
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = &pos[0];
    if let Some(r) = lookup(&seq.class(), "__reversed__") {
        if vm.is_none(&r) {
            return Err(vm.new_type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        return Ok(vm.call_special(seq, "__reversed__", &[])?.unwrap_or_else(|| vm.none()));
    }
    if lookup(&seq.class(), "__getitem__").is_none() || lookup(&seq.class(), "__len__").is_none() || matches!(seq.payload, Payload::Dict(_)) {
        return Err(vm.new_type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)? as i64;
    Ok(new_bi(vm, &cls, IterKind::Reversed { seq: RefCell::new(Some(seq.clone())), index: Cell::new(n - 1) }))
}

fn bi_of<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a BuiltinIter> {
    o.payload.native::<BuiltinIter>().ok_or_else(|| vm.new_type_error("expected a builtin iterator"))
}

fn bi_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.args[0].clone())
}

fn bi_next_opt(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let b = bi_of(vm, o)?;
    match &b.0 {
        IterKind::Enumerate { it, count } => match vm.next(it)? {
            Some(v) => {
                let c = count.borrow().clone();
                let n = vm.binary_op(&c, &vm.new_int(1), pyrite_bytecode::BinOp::Add)?;
                *count.borrow_mut() = n;
                Ok(Some(vm.new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterKind::Filter { func, it } => loop {
            match vm.next(it)? {
                Some(v) => {
                    let keep = match func {
                        Some(f) => {
                            let r = vm.call(f, &[v.clone()])?;
                            vm.is_true(&r)?
                        }
                        None => vm.is_true(&v)?,
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        IterKind::Map { func, its } => {
            let mut a = Vec::with_capacity(its.len());
            for it in its {
                match vm.next(it)? {
                    Some(v) => a.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(func, &a).map(Some)
        }
        IterKind::Zip { its, strict, done } => {
            if its.is_empty() || done.get() {
                return Ok(None);
            }
            let mut a = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => a.push(v),
                    None => {
                        done.set(true);
                        if *strict {
                            if i > 0 {
                                let which = if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{}", i) };
                                return Err(vm.new_value_error(format!("zip() argument {} is shorter than {}", i + 1, which)));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let which = if j == 1 { "argument 1".to_string() } else { format!("arguments 1-{}", j) };
                                    return Err(vm.new_value_error(format!("zip() argument {} is longer than {}", j + 1, which)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(a)))
        }
        IterKind::Reversed { seq, index } => {
            let s = match seq.borrow().clone() {
                Some(s) => s,
                None => return Ok(None),
            };
            let i = index.get();
            if i < 0 {
                *seq.borrow_mut() = None;
                return Ok(None);
            }
            index.set(i - 1);
            match vm.get_item(&s, &vm.new_int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, &vm.ctx.exc.index_error) || vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => {
                    *seq.borrow_mut() = None;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn bi_next(vm: &Vm, args: Args) -> PyResult {
    match bi_next_opt(vm, &args.args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn bi_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let b = bi_of(vm, o)?;
    let cls = o.class();
    Ok(match &b.0 {
        IterKind::Enumerate { it, count } => vm.new_tuple(vec![cls, vm.new_tuple(vec![it.clone(), count.borrow().clone()])]),
        IterKind::Filter { func, it } => vm.new_tuple(vec![cls, vm.new_tuple(vec![func.clone().unwrap_or_else(|| vm.none()), it.clone()])]),
        IterKind::Map { func, its } => {
            let mut a = vec![func.clone()];
            a.extend(its.iter().cloned());
            vm.new_tuple(vec![cls, vm.new_tuple(a)])
        }
        IterKind::Zip { its, .. } => vm.new_tuple(vec![cls, vm.new_tuple(its.clone())]),
        IterKind::Reversed { seq, index } => match seq.borrow().clone() {
            Some(s) => vm.new_tuple(vec![cls, vm.new_tuple(vec![s]), vm.new_int(index.get())]),
            None => vm.new_tuple(vec![cls, vm.new_tuple(vec![vm.new_tuple(vec![])])]),
        },
    })
}

fn reversed_length_hint(vm: &Vm, args: Args) -> PyResult {
    let b = bi_of(vm, &args.args[0])?;
    if let IterKind::Reversed { seq, index } = &b.0 {
        if seq.borrow().is_some() {
            return Ok(vm.new_int(index.get() + 1));
        }
    }
    Ok(vm.new_int(0))
}

const SITE_QUIT: &str = r#"
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        try:
            import sys
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
"#;

/// What `site` adds to builtins (`exit`, `quit`); skipped with -S.
pub fn add_site_builtins(vm: &Vm) -> PyResult<()> {
    let b = vm.interp.builtins.get().ok_or_else(|| vm.new_runtime_error("no builtins"))?;
    let m = vm.new_module("_sitebuiltins", None);
    crate::import::exec_module_source(vm, &m, "<frozen _sitebuiltins>", SITE_QUIT)?;
    for n in ["exit", "quit"] {
        let f = vm.get_attr_str(&m, n)?;
        vm.set_attr_str(&b, n, f)?;
    }
    Ok(())
}

pub fn module(vm: &Vm) -> PyResult {
    if let Some(b) = vm.interp.builtins.get() {
        return Ok(b);
    }
    let m = vm.new_module("builtins", Some("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
    crate::modules::sys::add_functions(vm, &m, "builtins", &[
        ("abs", b_abs), ("all", b_all), ("any", b_any), ("ascii", b_ascii), ("bin", b_bin), ("oct", b_oct), ("hex", b_hex),
        ("callable", b_callable), ("chr", b_chr), ("ord", b_ord), ("delattr", b_delattr), ("getattr", b_getattr),
        ("hasattr", b_hasattr), ("setattr", b_setattr), ("dir", b_dir), ("divmod", b_divmod), ("format", b_format),
        ("hash", b_hash), ("id", b_id), ("input", b_input), ("isinstance", b_isinstance), ("issubclass", b_issubclass),
        ("iter", b_iter), ("aiter", b_aiter), ("anext", b_anext), ("len", b_len), ("next", b_next), ("min", b_min),
        ("max", b_max), ("pow", b_pow), ("print", b_print), ("repr", b_repr), ("round", b_round), ("sorted", b_sorted),
        ("sum", b_sum), ("vars", b_vars), ("globals", b_globals), ("locals", b_locals), ("exec", b_exec), ("eval", b_eval),
        ("compile", b_compile), ("__import__", b_import), ("__build_class__", crate::types::type_methods::build_class),
        ("open", crate::modules::fileio::open), ("breakpoint", b_breakpoint),
    ]);
    let t = &vm.ctx.types;
    let it = iter_types(vm);
    let set = |k: &str, v: PyObjectRef| crate::modules::sys::set_attr(vm, &m, k, v);
    for (k, v) in [("object", &t.object_type), ("type", &t.type_type), ("int", &t.int_type), ("bool", &t.bool_type),
        ("float", &t.float_type), ("complex", &t.complex_type), ("str", &t.str_type), ("bytes", &t.bytes_type),
        ("bytearray", &t.bytearray_type), ("tuple", &t.tuple_type), ("list", &t.list_type), ("dict", &t.dict_type),
        ("set", &t.set_type), ("frozenset", &t.frozenset_type), ("range", &t.range_type), ("slice", &t.slice_type),
        ("property", &t.property_type), ("classmethod", &t.classmethod_type), ("staticmethod", &t.staticmethod_type),
        ("super", &t.super_type), ("memoryview", &t.memoryview_type), ("enumerate", &it[0]), ("filter", &it[1]),
        ("map", &it[2]), ("zip", &it[3]), ("reversed", &it[4])] {
        set(k, v.clone());
    }
    set("None", vm.none());
    set("Ellipsis", vm.ctx.ellipsis.clone());
    set("NotImplemented", vm.ctx.not_implemented.clone());
    set("True", vm.new_bool(true));
    set("False", vm.new_bool(false));
    set("__debug__", vm.new_bool(vm.interp.flags.borrow().optimize == 0));
    for (name, cls) in vm.ctx.exc.all() {
        set(name, cls);
    }
    set("ExceptionGroup", crate::types::exception_methods::exception_group_type(vm));
    set("EnvironmentError", vm.ctx.exc.os_error.clone());
    set("IOError", vm.ctx.exc.os_error.clone());
    for cls in [&t.object_type, &t.type_type] {
        let _ = as_type(cls);
    }
    vm.interp.builtins.set(Some(m.clone()));
    Ok(m)
}
