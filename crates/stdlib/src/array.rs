//! `array`: compact arrays of one C type (`Modules/arraymodule.c` in
//! behaviour). Items are kept as raw native-endian bytes, so tobytes/
//! frombytes/byteswap/tofile are plain copies; values are converted with
//! CPython's range checks and messages on the way in.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pyrite_bytecode::CmpOp;
use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind};
use pyrite_vm::vm::{add_method, add_methods, new_static_type, str_of, PyResult, Vm};
use std::any::Any;
use std::cell::RefCell;
use std::sync::OnceLock;

pub struct PyArray {
    code: u8,
    pub(crate) data: RefCell<Vec<u8>>,
}
impl NativePayload for PyArray {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const TYPECODES: &str = "bBuhHiIlLqQfd";

fn itemsize(c: u8) -> usize {
    match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

static ARRAY_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn array_type(vm: &Vm) -> PyObjectRef {
    ARRAY_TYPE.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "array", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, true);
        if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "__module__", vm.new_str("array"));
            tt.dict().set_str(vm, "__hash__", vm.none());
        }
        add_method(vm, &t, "__new__", arr_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[
            ("append", arr_append), ("extend", arr_extend), ("insert", arr_insert), ("pop", arr_pop), ("remove", arr_remove),
            ("index", arr_index), ("count", arr_count), ("reverse", arr_reverse), ("byteswap", arr_byteswap),
            ("buffer_info", arr_buffer_info), ("tobytes", arr_tobytes), ("frombytes", arr_frombytes), ("tolist", arr_tolist),
            ("fromlist", arr_fromlist), ("tofile", arr_tofile), ("fromfile", arr_fromfile), ("tounicode", arr_tounicode),
            ("fromunicode", arr_fromunicode), ("__len__", arr_len), ("__getitem__", arr_getitem), ("__setitem__", arr_setitem),
            ("__delitem__", arr_delitem), ("__contains__", arr_contains), ("__iter__", arr_iter), ("__repr__", arr_repr),
            ("__eq__", arr_eq), ("__ne__", arr_ne), ("__lt__", arr_lt), ("__le__", arr_le), ("__gt__", arr_gt), ("__ge__", arr_ge),
            ("__add__", arr_add), ("__mul__", arr_mul), ("__rmul__", arr_mul), ("__iadd__", arr_iadd), ("__imul__", arr_imul),
            ("__copy__", arr_copy), ("__deepcopy__", arr_deepcopy), ("__buffer_bytes__", arr_tobytes), ("__reduce_ex__", arr_reduce_ex),
        ]);
        pyrite_vm::types::misc::add_getter(vm, &t, "typecode", arr_typecode);
        pyrite_vm::types::misc::add_getter(vm, &t, "itemsize", arr_itemsize);
        t
    }).clone()
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyArray> {
    o.payload.native::<PyArray>().ok_or_else(|| vm.new_type_error(format!("descriptor requires a 'array.array' object but received a '{}'", vm.type_name(o))))
}

fn new_array(vm: &Vm, cls: &PyObjectRef, code: u8, data: Vec<u8>) -> PyObjectRef {
    pyrite_vm::types::type_methods::new_instance(vm, cls, Payload::Native(Box::new(PyArray { code, data: RefCell::new(data) })))
}

fn index_int(vm: &Vm, v: &PyObjectRef) -> PyResult<BigInt> {
    Ok(vm.index_value(v)?.to_big())
}

/// Convert a Python value to the item's bytes (CPython's range checks).
fn encode(vm: &Vm, code: u8, v: &PyObjectRef) -> PyResult<Vec<u8>> {
    let ov = |m: &str| vm.new_overflow_error(m.to_string());
    let as_long = |n: &BigInt| n.to_i64().ok_or_else(|| ov("Python int too large to convert to C long"));
    Ok(match code {
        b'f' => (pyrite_vm::types::float::to_f64(vm, v)? as f32).to_ne_bytes().to_vec(),
        b'd' => pyrite_vm::types::float::to_f64(vm, v)?.to_ne_bytes().to_vec(),
        b'u' => {
            if let Payload::Str(_) = &v.payload {
                let s = str_of(v);
                let mut it = s.chars();
                if let (Some(c), None) = (it.next(), it.next()) {
                    return Ok((c as u32).to_ne_bytes().to_vec());
                }
            }
            return Err(vm.new_type_error("array item must be unicode character"));
        }
        b'b' => {
            let x = as_long(&index_int(vm, v)?)?;
            if x > i16::MAX as i64 { return Err(ov("signed short integer is greater than maximum")); }
            if x < i16::MIN as i64 { return Err(ov("signed short integer is less than minimum")); }
            if x > 127 { return Err(ov("signed char is greater than maximum")); }
            if x < -128 { return Err(ov("signed char is less than minimum")); }
            vec![x as i8 as u8]
        }
        b'B' => {
            let x = as_long(&index_int(vm, v)?)?;
            if x < 0 { return Err(ov("unsigned byte integer is less than minimum")); }
            if x > 255 { return Err(ov("unsigned byte integer is greater than maximum")); }
            vec![x as u8]
        }
        b'h' => {
            let x = as_long(&index_int(vm, v)?)?;
            if x > i16::MAX as i64 { return Err(ov("signed short integer is greater than maximum")); }
            if x < i16::MIN as i64 { return Err(ov("signed short integer is less than minimum")); }
            (x as i16).to_ne_bytes().to_vec()
        }
        b'H' => {
            let x = as_long(&index_int(vm, v)?)?;
            if x > i32::MAX as i64 { return Err(ov("signed integer is greater than maximum")); }
            if x < i32::MIN as i64 { return Err(ov("signed integer is less than minimum")); }
            if x < 0 { return Err(ov("unsigned short is less than minimum")); }
            if x > 65535 { return Err(ov("unsigned short is greater than maximum")); }
            (x as u16).to_ne_bytes().to_vec()
        }
        b'i' => {
            let x = as_long(&index_int(vm, v)?)?;
            if x > i32::MAX as i64 { return Err(ov("signed integer is greater than maximum")); }
            if x < i32::MIN as i64 { return Err(ov("signed integer is less than minimum")); }
            (x as i32).to_ne_bytes().to_vec()
        }
        b'l' => as_long(&index_int(vm, v)?)?.to_ne_bytes().to_vec(),
        b'q' => index_int(vm, v)?.to_i64().ok_or_else(|| ov("int too big to convert"))?.to_ne_bytes().to_vec(),
        b'I' | b'L' => {
            let n = index_int(vm, v)?;
            if n.is_negative() { return Err(ov("can't convert negative value to unsigned int")); }
            let x = n.to_u64().ok_or_else(|| ov("Python int too large to convert to C unsigned long"))?;
            if code == b'I' {
                if x > u32::MAX as u64 { return Err(ov("unsigned int is greater than maximum")); }
                (x as u32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            }
        }
        _ => {
            let n = index_int(vm, v)?;
            if n.is_negative() { return Err(ov("can't convert negative int to unsigned")); }
            n.to_u64().ok_or_else(|| ov("int too big to convert"))?.to_ne_bytes().to_vec()
        }
    })
}

fn decode(vm: &Vm, code: u8, b: &[u8]) -> PyObjectRef {
    let mut a8 = [0u8; 8];
    a8[..b.len()].copy_from_slice(b);
    match code {
        b'b' => vm.new_int(b[0] as i8 as i64),
        b'B' => vm.new_int(b[0] as i64),
        b'h' => vm.new_int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => vm.new_int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => vm.new_int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => vm.new_int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'u' => vm.new_char(char::from_u32(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])).unwrap_or('\u{fffd}')),
        b'f' => vm.new_float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => vm.new_float(f64::from_ne_bytes(a8)),
        b'l' | b'q' => vm.new_int(i64::from_ne_bytes(a8)),
        _ => {
            let x = u64::from_ne_bytes(a8);
            if x > i64::MAX as u64 { vm.new_bigint(BigInt::from(x)) } else { vm.new_int(x as i64) }
        }
    }
}

fn items(vm: &Vm, a: &PyArray) -> Vec<PyObjectRef> {
    let sz = itemsize(a.code);
    a.data.borrow().chunks(sz).map(|c| decode(vm, a.code, c)).collect()
}

fn count_of(a: &PyArray) -> usize {
    a.data.borrow().len() / itemsize(a.code)
}

fn typecode_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<u8> {
    if let Payload::Str(_) = &o.payload {
        let s = str_of(o);
        if s.chars().count() == 1 {
            let c = s.chars().next().unwrap_or(' ');
            if c.is_ascii() && TYPECODES.contains(c) {
                return Ok(c as u8);
            }
            return Err(vm.new_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
        }
    }
    Err(vm.new_type_error(format!("array() argument 1 must be a unicode character, not {}", vm.type_name(o))))
}

fn extend_iter(vm: &Vm, a: &PyArray, it: &PyObjectRef) -> PyResult<()> {
    let iter = vm.get_iter(it)?;
    while let Some(x) = vm.next(&iter)? {
        let b = encode(vm, a.code, &x)?;
        a.data.borrow_mut().extend_from_slice(&b);
    }
    Ok(())
}

fn arr_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = args.shift();
    if rest.has_kwargs() {
        return Err(vm.new_type_error("array.array() takes no keyword arguments"));
    }
    let pos = rest.pos();
    if pos.is_empty() {
        return Err(vm.new_type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("array() takes at most 2 arguments ({} given)", pos.len())));
    }
    let code = typecode_arg(vm, &pos[0])?;
    let arr = new_array(vm, &cls, code, Vec::new());
    if let Some(init) = pos.get(1) {
        let a = this(vm, &arr)?;
        match &init.payload {
            Payload::Str(_) => {
                if code != b'u' {
                    return Err(vm.new_type_error(format!("cannot use a str to initialize an array with typecode '{}'", code as char)));
                }
                extend_iter(vm, a, init)?;
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let b = pyrite_vm::types::misc::buffer_bytes(vm, init)?.unwrap_or_else(|| match &init.payload {
                    Payload::Bytes(b) => b.to_vec(),
                    Payload::ByteArray(b) => b.borrow().clone(),
                    _ => Vec::new(),
                });
                frombytes_impl(vm, a, &b)?;
            }
            _ => {
                if let Some(other) = init.payload.native::<PyArray>() {
                    if other.code == b'u' && code != b'u' {
                        return Err(vm.new_type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", code as char)));
                    }
                }
                extend_iter(vm, a, init)?;
            }
        }
    }
    Ok(arr)
}

fn arr_typecode(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_char(this(vm, &args.args[0])?.code as char))
}
fn arr_itemsize(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(itemsize(this(vm, &args.args[0])?.code) as i64))
}

fn arr_append(vm: &Vm, args: Args) -> PyResult {
    let (s, x) = crate::argcheck::meth_o(vm, &args, "array.append")?;
    let a = this(vm, s)?;
    let b = encode(vm, a.code, x)?;
    a.data.borrow_mut().extend_from_slice(&b);
    Ok(vm.none())
}

fn arr_extend(vm: &Vm, args: Args) -> PyResult {
    let (s, x) = crate::argcheck::meth_o(vm, &args, "array.extend")?;
    let a = this(vm, s)?;
    if let Some(o) = x.payload.native::<PyArray>() {
        if o.code != a.code {
            return Err(vm.new_type_error("can only extend with array of same kind"));
        }
        let d = o.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&d);
        return Ok(vm.none());
    }
    extend_iter(vm, a, x)?;
    Ok(vm.none())
}

fn norm_index(i: i64, n: usize) -> i64 {
    if i < 0 { i + n as i64 } else { i }
}

fn arr_insert(vm: &Vm, args: Args) -> PyResult {
    let (s, r) = crate::argcheck::positional(vm, &args, "insert", 2, 2)?;
    let (i, x) = (&r[0], &r[1]);
    let a = this(vm, s)?;
    let n = count_of(a);
    let i = vm.index_value(i)?.as_i64().unwrap_or(if vm.index_value(i)?.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
    let i = norm_index(i, n).clamp(0, n as i64) as usize;
    let b = encode(vm, a.code, x)?;
    let sz = itemsize(a.code);
    a.data.borrow_mut().splice(i * sz..i * sz, b);
    Ok(vm.none())
}

fn arr_pop(vm: &Vm, args: Args) -> PyResult {
    let (s, r) = crate::argcheck::positional(vm, &args, "pop", 0, 1)?;
    let a = this(vm, s)?;
    let n = count_of(a);
    let i = match r.first() { Some(i) => vm.index_value(i)?.as_i64().unwrap_or(i64::MAX), None => -1 };
    if n == 0 {
        return Err(vm.new_index_error("pop from empty array"));
    }
    let i = norm_index(i, n);
    if i < 0 || i >= n as i64 {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let sz = itemsize(a.code);
    let i = i as usize;
    let bytes: Vec<u8> = a.data.borrow_mut().drain(i * sz..(i + 1) * sz).collect();
    Ok(decode(vm, a.code, &bytes))
}

fn find(vm: &Vm, a: &PyArray, x: &PyObjectRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let its = items(vm, a);
    for (k, v) in its.iter().enumerate().take(stop.min(its.len())).skip(start) {
        if vm.eq_bool(v, x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn arr_remove(vm: &Vm, args: Args) -> PyResult {
    let (s, x) = crate::argcheck::meth_o(vm, &args, "array.remove")?;
    let a = this(vm, s)?;
    match find(vm, a, x, 0, usize::MAX)? {
        Some(i) => {
            let sz = itemsize(a.code);
            a.data.borrow_mut().drain(i * sz..(i + 1) * sz);
            Ok(vm.none())
        }
        None => Err(vm.new_value_error("array.remove(x): x not in array")),
    }
}

fn arr_index(vm: &Vm, args: Args) -> PyResult {
    let (s, r) = crate::argcheck::positional(vm, &args, "index", 1, 3)?;
    let a = this(vm, s)?;
    let n = count_of(a) as i64;
    let idx = |o: Option<&PyObjectRef>, d: i64| -> PyResult<usize> {
        match o {
            Some(o) => {
                let v = vm.index_value(o)?;
                let v = v.as_i64().unwrap_or(if v.is_negative() { -n - 1 } else { n });
                Ok(norm_index(v, n as usize).clamp(0, n) as usize)
            }
            None => Ok(d as usize),
        }
    };
    let start = idx(r.get(1), 0)?;
    let stop = idx(r.get(2), n)?;
    match find(vm, a, &r[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("array.index(x): x not in array")),
    }
}

fn arr_count(vm: &Vm, args: Args) -> PyResult {
    let (s, x) = crate::argcheck::meth_o(vm, &args, "array.count")?;
    let a = this(vm, s)?;
    let mut c = 0;
    for v in items(vm, a) {
        if vm.eq_bool(&v, x)? {
            c += 1;
        }
    }
    Ok(vm.new_int(c))
}

fn arr_reverse(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.reverse")?;
    let a = this(vm, s)?;
    let sz = itemsize(a.code);
    let mut d = a.data.borrow_mut();
    let chunks: Vec<Vec<u8>> = d.chunks(sz).rev().map(|c| c.to_vec()).collect();
    *d = chunks.concat();
    Ok(vm.none())
}

fn arr_byteswap(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.byteswap")?;
    let a = this(vm, s)?;
    let sz = itemsize(a.code);
    for c in a.data.borrow_mut().chunks_mut(sz) {
        c.reverse();
    }
    Ok(vm.none())
}

fn arr_buffer_info(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.buffer_info")?;
    let a = this(vm, s)?;
    let addr = a.data.borrow().as_ptr() as usize as i64;
    Ok(vm.new_tuple(vec![vm.new_int(addr), vm.new_int(count_of(a) as i64)]))
}

fn arr_tobytes(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.tobytes")?;
    Ok(vm.new_bytes(this(vm, s)?.data.borrow().clone()))
}

fn frombytes_impl(vm: &Vm, a: &PyArray, b: &[u8]) -> PyResult<()> {
    if b.len() % itemsize(a.code) != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    a.data.borrow_mut().extend_from_slice(b);
    Ok(())
}

fn bytes_like(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

fn arr_frombytes(vm: &Vm, args: Args) -> PyResult {
    let (s, b) = crate::argcheck::meth_o(vm, &args, "array.frombytes")?;
    let a = this(vm, s)?;
    let b = bytes_like(vm, b)?;
    frombytes_impl(vm, a, &b)?;
    Ok(vm.none())
}

fn arr_tolist(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.tolist")?;
    Ok(vm.new_list(items(vm, this(vm, s)?)))
}

fn arr_fromlist(vm: &Vm, args: Args) -> PyResult {
    let (s, l) = crate::argcheck::meth_o(vm, &args, "array.fromlist")?;
    let a = this(vm, s)?;
    let lst = match &l.payload {
        Payload::List(v) => v.borrow().clone(),
        _ => return Err(vm.new_type_error("arg must be list")),
    };
    let mut buf = Vec::new();
    for x in &lst {
        buf.extend(encode(vm, a.code, x)?);
    }
    a.data.borrow_mut().extend(buf);
    Ok(vm.none())
}

fn arr_tofile(vm: &Vm, args: Args) -> PyResult {
    let (s, f) = crate::argcheck::meth_o(vm, &args, "array.tofile")?;
    let a = this(vm, s)?;
    let data = a.data.borrow().clone();
    const BLOCK: usize = 64 * 1024;
    if data.is_empty() {
        return Ok(vm.none());
    }
    for chunk in data.chunks(BLOCK) {
        vm.call_method(f, "write", &[vm.new_bytes(chunk.to_vec())])?;
    }
    Ok(vm.none())
}

fn arr_fromfile(vm: &Vm, args: Args) -> PyResult {
    if args.npos() != 3 {
        return Err(vm.new_type_error(format!("fromfile() takes exactly 2 positional arguments ({} given)", args.npos().saturating_sub(1))));
    }
    let [s, f, n] = args.exact::<3>(vm, "fromfile")?;
    let a = this(vm, s)?;
    let n = vm.index_value(n)?;
    if n.is_negative() {
        return Err(vm.new_value_error("negative count"));
    }
    let n = n.as_i64().unwrap_or(i64::MAX) as usize;
    let sz = itemsize(a.code);
    let want = n.saturating_mul(sz);
    let r = vm.call_method(f, "read", &[vm.new_int(want as i64)])?;
    let b = match &r.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => return Err(vm.new_type_error("read() didn't return bytes")),
    };
    let whole = b.len() / sz * sz;
    a.data.borrow_mut().extend_from_slice(&b[..whole]);
    if b.len() != want {
        return Err(vm.new_exception_msg(&vm.ctx.exc.eof_error, "read() didn't return enough bytes".to_string()));
    }
    Ok(vm.none())
}

fn arr_tounicode(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "array.tounicode")?;
    let a = this(vm, s)?;
    if a.code != b'u' {
        return Err(vm.new_value_error("tounicode() may only be called on unicode type arrays"));
    }
    let st: String = a.data.borrow().chunks(4).map(|c| char::from_u32(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}')).collect();
    Ok(vm.new_string(st))
}

fn arr_fromunicode(vm: &Vm, args: Args) -> PyResult {
    let (s, u) = crate::argcheck::meth_o(vm, &args, "array.fromunicode")?;
    let a = this(vm, s)?;
    if !matches!(u.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("fromunicode() argument must be str, not {}", vm.type_name(u))));
    }
    if a.code != b'u' {
        return Err(vm.new_value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let mut d = a.data.borrow_mut();
    for c in str_of(u).chars() {
        d.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    Ok(vm.none())
}

fn arr_len(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__len__")?;
    Ok(vm.new_int(count_of(this(vm, s)?) as i64))
}

fn item_index(vm: &Vm, i: &PyObjectRef, n: usize, msg: &str) -> PyResult<usize> {
    let v = vm.index_value(i)?;
    let v = match v.as_i64() {
        Some(v) => v,
        None => return Err(vm.new_index_error(msg.to_string())),
    };
    let v = norm_index(v, n);
    if v < 0 || v >= n as i64 {
        return Err(vm.new_index_error(msg.to_string()));
    }
    Ok(v as usize)
}

fn arr_getitem(vm: &Vm, args: Args) -> PyResult {
    let [s, i] = args.exact::<2>(vm, "__getitem__")?;
    let a = this(vm, s)?;
    let n = count_of(a);
    let sz = itemsize(a.code);
    if let Payload::Slice { .. } = &i.payload {
        let (start, stop, step) = pyrite_vm::types::slice::indices(vm, i, n)?;
        let d = a.data.borrow();
        let mut out = Vec::new();
        for k in pyrite_vm::types::slice::iter_indices(start, stop, step) {
            out.extend_from_slice(&d[k * sz..(k + 1) * sz]);
        }
        drop(d);
        return Ok(new_array(vm, &array_type(vm), a.code, out));
    }
    let k = item_index(vm, i, n, "array index out of range")?;
    let d = a.data.borrow();
    Ok(decode(vm, a.code, &d[k * sz..(k + 1) * sz]))
}

fn arr_setitem(vm: &Vm, args: Args) -> PyResult {
    let [s, i, v] = args.exact::<3>(vm, "__setitem__")?;
    let a = this(vm, s)?;
    let n = count_of(a);
    let sz = itemsize(a.code);
    if let Payload::Slice { .. } = &i.payload {
        let other = match v.payload.native::<PyArray>() {
            Some(o) => o,
            None => return Err(vm.new_type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_name(v)))),
        };
        if other.code != a.code {
            return Err(vm.new_type_error("bad argument type for built-in operation"));
        }
        let src = other.data.borrow().clone();
        let (start, stop, step) = pyrite_vm::types::slice::indices(vm, i, n)?;
        let mut d = a.data.borrow_mut();
        if step == 1 {
            let lo = start.clamp(0, n as i64) as usize;
            let hi = (stop.max(start)).clamp(0, n as i64) as usize;
            d.splice(lo * sz..hi * sz, src);
            return Ok(vm.none());
        }
        let idx: Vec<usize> = pyrite_vm::types::slice::iter_indices(start, stop, step).collect();
        if idx.len() * sz != src.len() {
            return Err(vm.new_value_error(format!("attempt to assign array of size {} to extended slice of size {}", src.len() / sz, idx.len())));
        }
        for (j, k) in idx.iter().enumerate() {
            d[k * sz..(k + 1) * sz].copy_from_slice(&src[j * sz..(j + 1) * sz]);
        }
        return Ok(vm.none());
    }
    let k = item_index(vm, i, n, "array assignment index out of range")?;
    let b = encode(vm, a.code, v)?;
    a.data.borrow_mut()[k * sz..(k + 1) * sz].copy_from_slice(&b);
    Ok(vm.none())
}

fn arr_delitem(vm: &Vm, args: Args) -> PyResult {
    let [s, i] = args.exact::<2>(vm, "__delitem__")?;
    let a = this(vm, s)?;
    let n = count_of(a);
    let sz = itemsize(a.code);
    if let Payload::Slice { .. } = &i.payload {
        let (start, stop, step) = pyrite_vm::types::slice::indices(vm, i, n)?;
        let del: std::collections::HashSet<usize> = pyrite_vm::types::slice::iter_indices(start, stop, step).collect();
        let mut d = a.data.borrow_mut();
        let kept: Vec<u8> = d.chunks(sz).enumerate().filter(|(k, _)| !del.contains(k)).flat_map(|(_, c)| c.to_vec()).collect();
        *d = kept;
        return Ok(vm.none());
    }
    let k = item_index(vm, i, n, "array assignment index out of range")?;
    a.data.borrow_mut().drain(k * sz..(k + 1) * sz);
    Ok(vm.none())
}

fn arr_contains(vm: &Vm, args: Args) -> PyResult {
    let [s, x] = args.exact::<2>(vm, "__contains__")?;
    let a = this(vm, s)?;
    Ok(vm.new_bool(find(vm, a, x, 0, usize::MAX)?.is_some()))
}

fn arr_iter(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__iter__")?;
    let a = this(vm, s)?;
    vm.get_iter(&vm.new_list(items(vm, a)))
}

fn arr_repr(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__repr__")?;
    let a = this(vm, s)?;
    let name = vm.type_name(s);
    if count_of(a) == 0 {
        return Ok(vm.new_string(format!("{}('{}')", name, a.code as char)));
    }
    let inner = if a.code == b'u' {
        let u = arr_tounicode(vm, Args::new(std::slice::from_ref(s)))?;
        vm.repr(&u)?
    } else {
        vm.repr(&vm.new_list(items(vm, a)))?
    };
    Ok(vm.new_string(format!("{}('{}', {})", name, a.code as char, inner)))
}

fn compare(vm: &Vm, args: Args, op: CmpOp, name: &str) -> PyResult {
    let [s, o] = args.exact::<2>(vm, name)?;
    let a = this(vm, s)?;
    let b = match o.payload.native::<PyArray>() {
        Some(b) => b,
        None => return Ok(vm.ctx.not_implemented.clone()),
    };
    let (x, y) = (items(vm, a), items(vm, b));
    if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
        return Ok(vm.new_bool(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq_bool(p, q)? {
            return match op {
                CmpOp::Eq => Ok(vm.new_bool(false)),
                CmpOp::Ne => Ok(vm.new_bool(true)),
                _ => vm.rich_compare(p, q, op),
            };
        }
    }
    let (l1, l2) = (x.len(), y.len());
    Ok(vm.new_bool(match op {
        CmpOp::Lt => l1 < l2,
        CmpOp::Le => l1 <= l2,
        CmpOp::Eq => l1 == l2,
        CmpOp::Ne => l1 != l2,
        CmpOp::Gt => l1 > l2,
        CmpOp::Ge => l1 >= l2,
    }))
}
fn arr_eq(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Eq, "__eq__") }
fn arr_ne(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Ne, "__ne__") }
fn arr_lt(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Lt, "__lt__") }
fn arr_le(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Le, "__le__") }
fn arr_gt(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Gt, "__gt__") }
fn arr_ge(vm: &Vm, args: Args) -> PyResult { compare(vm, args, CmpOp::Ge, "__ge__") }

fn arr_add(vm: &Vm, args: Args) -> PyResult {
    let [s, o] = args.exact::<2>(vm, "__add__")?;
    let a = this(vm, s)?;
    let b = match o.payload.native::<PyArray>() {
        Some(b) => b,
        None => return Err(vm.new_type_error(format!("can only append array (not \"{}\") to array", vm.type_name(o)))),
    };
    if a.code != b.code {
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    }
    let mut d = a.data.borrow().clone();
    d.extend_from_slice(&b.data.borrow());
    Ok(new_array(vm, &array_type(vm), a.code, d))
}

fn arr_iadd(vm: &Vm, args: Args) -> PyResult {
    let [s, o] = args.exact::<2>(vm, "__iadd__")?;
    let a = this(vm, s)?;
    let b = match o.payload.native::<PyArray>() {
        Some(b) => b,
        None => return Err(vm.new_type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(o)))),
    };
    if a.code != b.code {
        return Err(vm.new_type_error("can only extend with array of same kind"));
    }
    let d = b.data.borrow().clone();
    a.data.borrow_mut().extend_from_slice(&d);
    Ok(s.clone())
}

fn repeat_count(vm: &Vm, n: &PyObjectRef) -> PyResult<Option<usize>> {
    if pyrite_vm::types::type_::lookup(&n.class(), "__index__").is_none() {
        return Ok(None);
    }
    let v = vm.index_value(n)?;
    if v.is_negative() {
        return Ok(Some(0));
    }
    match v.as_i64() {
        Some(x) => Ok(Some(x as usize)),
        None => Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new())),
    }
}

fn arr_mul(vm: &Vm, args: Args) -> PyResult {
    let [s, n] = args.exact::<2>(vm, "__mul__")?;
    let a = this(vm, s)?;
    let k = match repeat_count(vm, n)? {
        Some(k) => k,
        None => return Ok(vm.ctx.not_implemented.clone()),
    };
    let d = a.data.borrow();
    if !d.is_empty() && k > (1 << 40) / d.len() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let out = d.repeat(k);
    drop(d);
    Ok(new_array(vm, &array_type(vm), a.code, out))
}

fn arr_imul(vm: &Vm, args: Args) -> PyResult {
    let [s, n] = args.exact::<2>(vm, "__imul__")?;
    let a = this(vm, s)?;
    let k = match repeat_count(vm, n)? {
        Some(k) => k,
        None => return Ok(vm.ctx.not_implemented.clone()),
    };
    let mut d = a.data.borrow_mut();
    if !d.is_empty() && k > (1 << 40) / d.len() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    *d = d.repeat(k);
    drop(d);
    Ok(s.clone())
}

fn arr_copy(vm: &Vm, args: Args) -> PyResult {
    let s = &args.args[0];
    let a = this(vm, s)?;
    Ok(new_array(vm, &s.class(), a.code, a.data.borrow().clone()))
}
fn arr_deepcopy(vm: &Vm, args: Args) -> PyResult {
    arr_copy(vm, args)
}

fn arr_reduce_ex(vm: &Vm, args: Args) -> PyResult {
    let s = &args.args[0];
    let a = this(vm, s)?;
    let dict = s.dict.get().unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![
        s.class(),
        vm.new_tuple(vec![vm.new_char(a.code as char), vm.new_list(items(vm, a))]),
        dict,
    ]))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("array", Some("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers."));
    let t = array_type(vm);
    pyrite_vm::modules::sys::set_attr(vm, &m, "array", t.clone());
    pyrite_vm::modules::sys::set_attr(vm, &m, "ArrayType", t);
    pyrite_vm::modules::sys::set_attr(vm, &m, "typecodes", vm.new_str(TYPECODES));
    crate::math::set_ext_file(vm, &m, "array");
    Ok(m)
}
