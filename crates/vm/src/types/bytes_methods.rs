//! `bytes` and `bytearray`: buffer access, repr and the core methods.
//! Mirrors `Objects/bytesobject.c` and `Objects/bytearrayobject.c`; the
//! long tail of methods lives in `bytes_more.rs`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};
use pyrite_bytecode::CmpOp;

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_from_object(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => {
            if let Some(r) = crate::types::misc::buffer_bytes(vm, o)? {
                return Ok(r);
            }
            Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o))))
        }
    }
}

/// Borrow the bytes of bytes/bytearray for the duration of `f`.
pub fn with_bytes<R>(vm: &Vm, o: &PyObjectRef, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    match &o.payload {
        Payload::Bytes(b) => Ok(f(b)),
        Payload::ByteArray(b) => {
            let v = b.borrow().clone();
            Ok(f(&v))
        }
        _ => {
            let v = bytes_from_object(vm, o)?;
            Ok(f(&v))
        }
    }
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    match &o.payload {
        Payload::Bytes(b) => Ok(vm.new_string(bytes_repr(b, "b"))),
        Payload::ByteArray(b) => {
            let name = vm.type_name(o);
            Ok(vm.new_string(format!("{}({})", name, bytes_repr(&b.borrow(), "b"))))
        }
        _ => Err(vm.new_type_error("expected bytes")),
    }
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(with_bytes(vm, &args.args[0], |b| b.len())? as i64))
}

fn b_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(with_bytes(vm, &args.args[0], crate::types::str::hash_bytes)?))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__getitem__")?;
    let data = bytes_from_object(vm, o)?;
    if let Payload::Slice { .. } = &key.payload {
        let (s, e, st) = crate::types::slice::indices(vm, key, data.len())?;
        let out: Vec<u8> = crate::types::slice::iter_indices(s, e, st).map(|i| data[i]).collect();
        return Ok(match &o.payload {
            Payload::ByteArray(_) => vm.new_bytearray(out),
            _ => vm.new_bytes(out),
        });
    }
    if !matches!(key.payload, Payload::Int(_)) && crate::types::type_::lookup(&key.class(), "__index__").is_none() {
        let what = if matches!(o.payload, Payload::ByteArray(_)) { "bytearray" } else { "byte" };
        return Err(vm.new_type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(key))));
    }
    let i = vm.index_value(key)?;
    let n = data.len() as i64;
    match i.as_i64().map(|i| if i < 0 { i + n } else { i }) {
        Some(j) if j >= 0 && j < n => Ok(vm.new_int(data[j as usize] as i64)),
        _ => Err(vm.new_index_error(if matches!(o.payload, Payload::ByteArray(_)) { "bytearray index out of range" } else { "index out of range" })),
    }
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_seq_iter(vm, args.args[0].clone(), &vm.ctx.types.bytes_iterator_type))
}

fn b_cmp(vm: &Vm, args: Args, op: CmpOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, op.dunder())?;
    if !matches!(b.payload, Payload::Bytes(_) | Payload::ByteArray(_)) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let x = bytes_from_object(vm, a)?;
    let y = bytes_from_object(vm, b)?;
    let o = x.cmp(&y);
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
fn b_eq(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Eq) }
fn b_ne(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Ne) }
fn b_lt(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Lt) }
fn b_le(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Le) }
fn b_gt(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Gt) }
fn b_ge(vm: &Vm, args: Args) -> PyResult { b_cmp(vm, args, CmpOp::Ge) }

fn b_add(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__add__")?;
    let mut x = bytes_from_object(vm, a)?;
    let y = match bytes_from_object(vm, b) {
        Ok(y) => y,
        Err(_) => return Err(vm.new_type_error(format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a)))),
    };
    x.extend(y);
    Ok(match &a.payload {
        Payload::ByteArray(_) => vm.new_bytearray(x),
        _ => vm.new_bytes(x),
    })
}

fn b_mul(vm: &Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__mul__")?;
    if crate::types::type_::lookup(&n.class(), "__index__").is_none() {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let x = bytes_from_object(vm, a)?;
    let n = vm.index_value(n)?;
    let n = n.as_i64().map(|v| v.max(0) as usize).unwrap_or(0);
    if !x.is_empty() && x.len().checked_mul(n).map(|t| t > (1 << 36)).unwrap_or(true) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let out = x.repeat(n);
    Ok(match &a.payload {
        Payload::ByteArray(_) => vm.new_bytearray(out),
        _ => vm.new_bytes(out),
    })
}

fn b_contains(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "__contains__")?;
    let hay = bytes_from_object(vm, a)?;
    if let Payload::Int(_) = &x.payload {
        let v = vm.index_i64(x)?;
        if !(0..256).contains(&v) {
            return Err(vm.new_value_error("byte must be in range(0, 256)"));
        }
        return Ok(vm.new_bool(hay.contains(&(v as u8))));
    }
    let needle = bytes_from_object(vm, x)?;
    Ok(vm.new_bool(find(&hay, &needle, 0).is_some()))
}

pub fn find(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return if start <= hay.len() { Some(start) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (start..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Build the byte list for `bytes(x)` / `bytearray(x)`.
pub fn bytes_init_data(vm: &Vm, src: Option<&PyObjectRef>, encoding: Option<&PyObjectRef>, errors: Option<&PyObjectRef>, name: &str) -> PyResult<Vec<u8>> {
    let src = match src {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(vm.new_type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
            }
            return Ok(vec![]);
        }
        Some(s) => s,
    };
    if let Payload::Str(s) = &src.payload {
        let enc = match encoding {
            Some(e) => str_of(e).to_string(),
            None => return Err(vm.new_type_error("string argument without an encoding")),
        };
        let err = errors.map(|e| str_of(e).to_string()).unwrap_or_else(|| "strict".into());
        return crate::codecs::encode(vm, s.as_str(), &enc, &err);
    }
    if encoding.is_some() {
        return Err(vm.new_type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.new_type_error("errors without a string argument"));
    }
    match &src.payload {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::ByteArray(b) => return Ok(b.borrow().clone()),
        Payload::Int(_) => {
            let n = vm.index_i64(src)?;
            if n < 0 {
                return Err(vm.new_value_error("negative count"));
            }
            if n > (1 << 36) {
                return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
            }
            return Ok(vec![0; n as usize]);
        }
        _ => {}
    }
    if let Some(b) = crate::types::misc::buffer_bytes(vm, src)? {
        return Ok(b);
    }
    if name == "bytes" {
        if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
            return match &r.payload {
                Payload::Bytes(b) => Ok(b.to_vec()),
                _ => Err(vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            };
        }
    }
    if crate::types::type_::lookup(&src.class(), "__index__").is_some() && !matches!(src.payload, Payload::Str(_)) {
        let n = vm.index_i64(src)?;
        if n < 0 {
            return Err(vm.new_value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = vm.get_iter(src).map_err(|_| vm.new_type_error(format!("cannot convert '{}' object to {}", vm.type_name(src), name)))?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        if crate::types::type_::lookup(&x.class(), "__index__").is_none() {
            return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&x))));
        }
        let v = vm.index_i64(&x)?;
        if !(0..256).contains(&v) {
            return Err(vm.new_value_error("bytes must be in range(0, 256)"));
        }
        out.push(v as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let [src, enc, err] = args.shift().bind(vm, &Sig { name: "bytes", names: ["source", "encoding", "errors"], posonly: 0, required: 0, kwonly_from: 3 })?;
    let data = bytes_init_data(vm, src.as_ref(), enc.as_ref(), err.as_ref(), "bytes")?;
    if cls.is(&vm.ctx.types.bytes_type) {
        return Ok(vm.new_bytes(data));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if cls.is(&vm.ctx.types.bytearray_type) {
        return Ok(vm.new_bytearray(vec![]));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::ByteArray(std::cell::RefCell::new(vec![]))))
}

fn bytearray_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let [src, enc, err] = args.shift().bind(vm, &Sig { name: "bytearray", names: ["source", "encoding", "errors"], posonly: 0, required: 0, kwonly_from: 3 })?;
    let data = bytes_init_data(vm, src.as_ref(), enc.as_ref(), err.as_ref(), "bytearray")?;
    if let Payload::ByteArray(b) = &o.payload {
        *b.borrow_mut() = data;
    }
    Ok(vm.none())
}

fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let [enc, err] = args.shift().bind(vm, &Sig { name: "decode", names: ["encoding", "errors"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let data = bytes_from_object(vm, &o)?;
    let enc = enc.map(|e| str_of(&e).to_string()).unwrap_or_else(|| "utf-8".into());
    let err = err.map(|e| str_of(&e).to_string()).unwrap_or_else(|| "strict".into());
    crate::codecs::decode(vm, &data, &enc, &err)
}

fn b_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let data = bytes_from_object(vm, &args.args[0])?;
    Ok(vm.new_tuple(vec![vm.new_bytes(data)]))
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key, value] = args.exact::<3>(vm, "__setitem__")?;
    let ba = match &o.payload {
        Payload::ByteArray(b) => b,
        _ => return Err(vm.new_type_error("expected bytearray")),
    };
    if let Payload::Slice { .. } = &key.payload {
        let new = if matches!(value.payload, Payload::Int(_)) {
            return Err(vm.new_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            bytes_init_data(vm, Some(value), None, None, "bytearray")?
        };
        let len = ba.borrow().len();
        let (s, e, st) = crate::types::slice::indices(vm, key, len)?;
        if st == 1 {
            let e = e.max(s);
            ba.borrow_mut().splice(s as usize..e as usize, new);
            return Ok(vm.none());
        }
        let idx: Vec<usize> = crate::types::slice::iter_indices(s, e, st).collect();
        if idx.len() != new.len() {
            return Err(vm.new_value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), idx.len())));
        }
        let mut b = ba.borrow_mut();
        for (i, v) in idx.into_iter().zip(new) {
            b[i] = v;
        }
        return Ok(vm.none());
    }
    let i = vm.index_value(key)?;
    let v = vm.index_i64(value)?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    let n = ba.borrow().len() as i64;
    match i.as_i64().map(|i| if i < 0 { i + n } else { i }) {
        Some(j) if j >= 0 && j < n => {
            ba.borrow_mut()[j as usize] = v as u8;
            Ok(vm.none())
        }
        _ => Err(vm.new_index_error("bytearray index out of range")),
    }
}

fn ba_delitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__delitem__")?;
    let ba = match &o.payload {
        Payload::ByteArray(b) => b,
        _ => return Err(vm.new_type_error("expected bytearray")),
    };
    let len = ba.borrow().len();
    if let Payload::Slice { .. } = &key.payload {
        let (s, e, st) = crate::types::slice::indices(vm, key, len)?;
        let mut idx: Vec<usize> = crate::types::slice::iter_indices(s, e, st).collect();
        idx.sort_unstable();
        let mut b = ba.borrow_mut();
        for i in idx.into_iter().rev() {
            b.remove(i);
        }
        return Ok(vm.none());
    }
    let i = vm.index_value(key)?;
    let n = len as i64;
    match i.as_i64().map(|i| if i < 0 { i + n } else { i }) {
        Some(j) if j >= 0 && j < n => {
            ba.borrow_mut().remove(j as usize);
            Ok(vm.none())
        }
        _ => Err(vm.new_index_error("bytearray index out of range")),
    }
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "append")?;
    let v = vm.index_i64(x)?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    if let Payload::ByteArray(b) = &o.payload {
        b.borrow_mut().push(v as u8);
    }
    Ok(vm.none())
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "extend")?;
    let data = bytes_init_data(vm, Some(x), None, None, "bytearray")?;
    if let Payload::ByteArray(b) = &o.payload {
        b.borrow_mut().extend(data);
    }
    Ok(vm.none())
}

fn ba_iadd(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__iadd__")?;
    let data = bytes_from_object(vm, x).map_err(|_| vm.new_type_error(format!("can't concat {} to bytearray", vm.type_name(x))))?;
    if let Payload::ByteArray(b) = &o.payload {
        b.borrow_mut().extend(data);
    }
    Ok(o.clone())
}

fn ba_pop(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "pop", 1, 2)?;
    if let Payload::ByteArray(b) = &pos[0].payload {
        let n = b.borrow().len() as i64;
        if n == 0 {
            return Err(vm.new_index_error("pop from empty bytearray"));
        }
        let i = match pos.get(1) {
            Some(i) => vm.index_i64(i)?,
            None => -1,
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.new_index_error("pop index out of range"));
        }
        return Ok(vm.new_int(b.borrow_mut().remove(j as usize) as i64));
    }
    Err(vm.new_type_error("expected bytearray"))
}

fn ba_clear(vm: &Vm, args: Args) -> PyResult {
    if let Payload::ByteArray(b) = &args.args[0].payload {
        b.borrow_mut().clear();
    }
    Ok(vm.none())
}

fn ba_copy(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bytearray(bytes_from_object(vm, &args.args[0])?))
}

fn ba_reverse(vm: &Vm, args: Args) -> PyResult {
    if let Payload::ByteArray(b) = &args.args[0].payload {
        b.borrow_mut().reverse();
    }
    Ok(vm.none())
}

fn ba_insert(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "insert", 3, 3)?;
    let v = vm.index_i64(&pos[2])?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    if let Payload::ByteArray(b) = &pos[0].payload {
        let n = b.borrow().len() as i64;
        let i = vm.index_i64(&pos[1])?;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.borrow_mut().insert(i as usize, v as u8);
    }
    Ok(vm.none())
}

fn ba_remove(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "remove")?;
    let v = vm.index_i64(x)?;
    if let Payload::ByteArray(b) = &o.payload {
        let pos = b.borrow().iter().position(|&c| c as i64 == v);
        match pos {
            Some(p) => {
                b.borrow_mut().remove(p);
                return Ok(vm.none());
            }
            None => return Err(vm.new_value_error("value not found in bytearray")),
        }
    }
    Err(vm.new_type_error("expected bytearray"))
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("__repr__", b_repr), ("__len__", b_len), ("__getitem__", b_getitem), ("__iter__", b_iter),
        ("__eq__", b_eq), ("__ne__", b_ne), ("__lt__", b_lt), ("__le__", b_le), ("__gt__", b_gt), ("__ge__", b_ge),
        ("__add__", b_add), ("__mul__", b_mul), ("__rmul__", b_mul), ("__contains__", b_contains), ("decode", b_decode),
    ];
    let b = &vm.ctx.types.bytes_type;
    add_method(vm, b, "__new__", bytes_new, NativeKind::StaticMethod);
    add_methods(vm, b, common);
    add_methods(vm, b, &[("__hash__", b_hash), ("__getnewargs__", b_getnewargs)]);
    let ba = &vm.ctx.types.bytearray_type;
    add_method(vm, ba, "__new__", bytearray_new, NativeKind::StaticMethod);
    add_methods(vm, ba, common);
    add_methods(vm, ba, &[
        ("__init__", bytearray_init), ("__setitem__", ba_setitem), ("__delitem__", ba_delitem), ("append", ba_append),
        ("extend", ba_extend), ("__iadd__", ba_iadd), ("pop", ba_pop), ("clear", ba_clear), ("copy", ba_copy),
        ("reverse", ba_reverse), ("insert", ba_insert), ("remove", ba_remove),
    ]);
    if let Some(tt) = crate::types::type_::as_type(ba) {
        tt.dict().set_str(vm, "__hash__", vm.none());
    }
    crate::types::bytes_more::init(vm);
}
