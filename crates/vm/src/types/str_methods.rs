//! `str` methods. Mirrors `Objects/unicodeobject.c`. Core protocol methods
//! (repr, hash, comparison, concatenation, indexing, iteration) live here;
//! see `str_more.rs` for the long tail of text methods.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::str::PyStr;
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};
use pyrite_bytecode::CmpOp;

/// CPython's `unicode_repr`: quotes chosen to avoid escaping, non-printable
/// characters escaped.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        if v < 0x80 {
            out.push(c);
        } else if v <= 0xff {
            out.push_str(&format!("\\x{:02x}", v));
        } else if v <= 0xffff {
            out.push_str(&format!("\\u{:04x}", v));
        } else {
            out.push_str(&format!("\\U{:08x}", v));
        }
    }
    out
}

pub fn self_s<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a PyStr> {
    match args.args.first().map(|a| &a.payload) {
        Some(Payload::Str(s)) => Ok(s),
        _ => Err(vm.new_type_error("descriptor requires a 'str' object")),
    }
}

fn str_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(repr_str(self_s(vm, &args)?.as_str())))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    let s = &args.args[0];
    if s.class_is(&vm.ctx.types.str_type) {
        return Ok(s.clone());
    }
    Ok(vm.new_str(self_s(vm, &args)?.as_str()))
}

fn str_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(self_s(vm, &args)?.hash()))
}

fn str_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(self_s(vm, &args)?.char_len() as i64))
}

fn str_cmp(vm: &Vm, args: Args, op: CmpOp) -> PyResult {
    let a = self_s(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, op.dunder())?;
    let b = match &b.payload {
        Payload::Str(b) => b,
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    let o = a.as_str().cmp(b.as_str());
    use std::cmp::Ordering::*;
    Ok(vm.new_bool(match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }))
}
fn str_eq(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Eq) }
fn str_ne(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Ne) }
fn str_lt(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Lt) }
fn str_le(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Le) }
fn str_gt(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Gt) }
fn str_ge(vm: &Vm, args: Args) -> PyResult { str_cmp(vm, args, CmpOp::Ge) }

fn str_add(vm: &Vm, args: Args) -> PyResult {
    let a = self_s(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__add__")?;
    match &b.payload {
        Payload::Str(b) => {
            let mut s = String::with_capacity(a.as_str().len() + b.as_str().len());
            s.push_str(a.as_str());
            s.push_str(b.as_str());
            Ok(vm.new_string(s))
        }
        _ => Err(vm.new_type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_name(b)))),
    }
}

fn str_mul(vm: &Vm, args: Args) -> PyResult {
    let a = self_s(vm, &args)?;
    let [_, n] = args.exact::<2>(vm, "__mul__")?;
    if crate::types::type_::lookup(&n.class(), "__index__").is_none() {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let n = vm.index_value(n)?;
    let n = match n.as_i64() {
        Some(v) => v.max(0) as usize,
        None => {
            if n.is_negative() {
                0
            } else {
                return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        }
    };
    if n > 0 && a.as_str().len().checked_mul(n).map(|t| t > (1 << 40)).unwrap_or(true) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    Ok(vm.new_string(a.as_str().repeat(n)))
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__mod__")?;
    crate::format::percent_format_str(vm, str_of(a), b)
}

fn str_rmod(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.ctx.not_implemented.clone())
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let a = self_s(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__contains__")?;
    match &b.payload {
        Payload::Str(b) => Ok(vm.new_bool(a.as_str().contains(b.as_str()))),
        _ => Err(vm.new_type_error(format!("'in <string>' requires string as left operand, not {}", vm.type_name(b)))),
    }
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = self_s(vm, &args)?;
    let [_, key] = args.exact::<2>(vm, "__getitem__")?;
    if let Payload::Slice { .. } = &key.payload {
        let n = a.char_len();
        let (start, stop, step) = crate::types::slice::indices(vm, key, n)?;
        if step == 1 {
            let (s, e) = (start as usize, (stop.max(start)) as usize);
            return Ok(vm.new_str(a.substr(s, e)));
        }
        let chars: Vec<char> = a.as_str().chars().collect();
        let mut out = String::new();
        for i in crate::types::slice::iter_indices(start, stop, step) {
            out.push(chars[i]);
        }
        return Ok(vm.new_string(out));
    }
    if crate::types::type_::lookup(&key.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("string indices must be integers, not '{}'", vm.type_name(key))));
    }
    let i = vm.index_value(key)?;
    let n = a.char_len() as i64;
    let idx = i.as_i64().map(|i| if i < 0 { i + n } else { i }).filter(|&i| i >= 0 && i < n);
    match idx.and_then(|i| a.char_at(i as usize)) {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.new_index_error("string index out of range")),
    }
}

fn str_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_seq_iter(vm, args.args[0].clone(), &vm.ctx.types.str_iterator_type))
}

fn str_format_m(vm: &Vm, args: Args) -> PyResult {
    let [a, spec] = args.exact::<2>(vm, "__format__")?;
    if !matches!(spec.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("format() argument 2 must be str, not {}", vm.type_name(spec))));
    }
    crate::format::format_str(vm, str_of(a), str_of(spec))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let a = self_s(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_str(a.as_str())]))
}

/// `str(object='', encoding=..., errors=...)`.
fn str_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let [obj, encoding, errors] = args.shift().bind(vm, &crate::types::function::Sig {
        name: "str", names: ["object", "encoding", "errors"], posonly: 0, required: 0, kwonly_from: 3,
    })?;
    let s = match obj {
        None => vm.new_str(""),
        Some(o) => {
            for (what, v) in [("encoding", &encoding), ("errors", &errors)] {
                if let Some(v) = v {
                    if !matches!(v.payload, Payload::Str(_)) {
                        return Err(vm.new_type_error(format!("str() argument '{}' must be str, not {}", what, vm.type_name(v))));
                    }
                }
            }
            if encoding.is_some() || errors.is_some() {
                let data = match &o.payload {
                    Payload::Bytes(_) | Payload::ByteArray(_) => crate::types::bytes_methods::bytes_from_object(vm, &o)?,
                    Payload::Str(_) => return Err(vm.new_type_error("decoding str is not supported")),
                    _ => return Err(vm.new_type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&o)))),
                };
                let enc = encoding.as_ref().map(|e| str_of(e).to_string()).unwrap_or_else(|| "utf-8".into());
                let err = errors.as_ref().map(|e| str_of(e).to_string()).unwrap_or_else(|| "strict".into());
                crate::codecs::decode(vm, &data, &enc, &err)?
            } else {
                vm.str_obj(&o)?
            }
        }
    };
    if cls.is(&vm.ctx.types.str_type) {
        return Ok(s);
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Str(PyStr::new(str_of(&s)))))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.str_type;
    add_method(vm, t, "__new__", str_new, NativeKind::StaticMethod);
    add_methods(vm, t, &[
        ("__repr__", str_repr), ("__str__", str_str), ("__hash__", str_hash), ("__len__", str_len),
        ("__eq__", str_eq), ("__ne__", str_ne), ("__lt__", str_lt), ("__le__", str_le), ("__gt__", str_gt), ("__ge__", str_ge),
        ("__add__", str_add), ("__mul__", str_mul), ("__rmul__", str_mul), ("__mod__", str_mod), ("__rmod__", str_rmod),
        ("__contains__", str_contains), ("__getitem__", str_getitem), ("__iter__", str_iter),
        ("__format__", str_format_m), ("__getnewargs__", str_getnewargs),
    ]);
    crate::types::str_more::init(vm);
}
