//! `_struct`: pack/unpack of C structs (`Modules/_struct.c` in behaviour).
//! A format is parsed once into items (code, count, offset); native mode
//! ('@') uses the platform's sizes and C alignment, the other byte orders
//! standard sizes without padding. Range errors reproduce CPython's two
//! families of messages: the native packers (also used for '<'/'=' codes
//! whose standard size equals the native one, as CPython does on a
//! little-endian host) and the standard ones.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind};
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyErr, PyResult, Vm};
use std::any::Any;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little, // '<' and '='
    Big,    // '>' and '!'
}

#[derive(Clone)]
struct Item {
    code: u8,
    count: usize, // for s/p: the length; else repeat count
    offset: usize,
    size: usize, // size of one element
}

#[derive(Clone)]
pub struct Fmt {
    order: Order,
    items: Vec<Item>,
    size: usize,
    nargs: usize,
}

static ERROR: OnceLock<PyObjectRef> = OnceLock::new();

fn error_type(vm: &Vm) -> PyObjectRef {
    ERROR.get_or_init(|| {
        let d = vm.new_dict();
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "__module__", vm.new_str("struct"));
        }
        vm.call(&vm.ctx.types.type_type, &[vm.new_str("error"), vm.new_tuple(vec![vm.ctx.exc.exception.clone()]), d])
            .unwrap_or_else(|_| vm.ctx.exc.exception.clone())
    }).clone()
}

fn serr(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.new_exception_msg(&error_type(vm), msg.into())
}

fn native_size(c: u8) -> Option<(usize, usize)> {
    // (size, alignment)
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => (8, 8),
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn parse(vm: &Vm, f: &[u8]) -> PyResult<Fmt> {
    let mut i = 0;
    let order = match f.first() {
        Some(b'@') => { i = 1; Order::Native }
        Some(b'<') | Some(b'=') => { i = 1; Order::Little }
        Some(b'>') | Some(b'!') => { i = 1; Order::Big }
        _ => Order::Native,
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs = 0;
    while i < f.len() {
        let c = f[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < f.len() && f[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((f[i] - b'0') as usize))
                    .ok_or_else(|| serr(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= f.len() {
                return Err(serr(vm, "repeat count given without format specifier"));
            }
            count = n;
        }
        let c = f[i];
        i += 1;
        let (sz, al) = if order == Order::Native {
            native_size(c).ok_or_else(|| serr(vm, "bad char in struct format"))?
        } else {
            let s = std_size(c).ok_or_else(|| serr(vm, "bad char in struct format"))?;
            (s, 1)
        };
        if order == Order::Native && al > 1 {
            size = (size + al - 1) / al * al;
        }
        match c {
            b's' | b'p' => {
                items.push(Item { code: c, count, offset: size, size: 1 });
                size = size.checked_add(count).ok_or_else(|| serr(vm, "total struct size too long"))?;
                nargs += 1;
            }
            b'x' => {
                size = size.checked_add(count).ok_or_else(|| serr(vm, "total struct size too long"))?;
            }
            _ => {
                if count > 0 {
                    items.push(Item { code: c, count, offset: size, size: sz });
                }
                size = count.checked_mul(sz).and_then(|n| size.checked_add(n)).ok_or_else(|| serr(vm, "total struct size too long"))?;
                nargs += count;
            }
        }
    }
    Ok(Fmt { order, items, size, nargs })
}

fn fmt_bytes(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Str(_) => Ok(pyrite_vm::vm::str_of(o).as_bytes().to_vec()),
        Payload::Bytes(b) => Ok(b.to_vec()),
        _ => Err(vm.new_type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(o)))),
    }
}

/// Bytes of a bytes-like object.
pub fn buffer_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

fn get_int(vm: &Vm, v: &PyObjectRef) -> PyResult<BigInt> {
    match &v.payload {
        Payload::Int(i) => Ok(i.to_big()),
        _ => {
            if pyrite_vm::types::type_::lookup(&v.class(), "__index__").is_some() {
                Ok(vm.index_value(v)?.to_big())
            } else {
                Err(serr(vm, "required argument is not an integer"))
            }
        }
    }
}

fn get_float(vm: &Vm, v: &PyObjectRef) -> PyResult<f64> {
    pyrite_vm::types::float::to_f64(vm, v).map_err(|_| serr(vm, "required argument is not a float"))
}

/// f64 -> IEEE half (round half to even), None on overflow.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // a = m * 2**e exactly with integer m
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    // target: value = q * 2**qe with q < 2**11 (normal) and qe >= -24
    let mbits = 64 - m.leading_zeros() as i32;
    let top_exp = e + mbits - 1; // floor(log2(a))
    let qe = if top_exp < -14 { -24 } else { top_exp - 10 };
    let shift = qe - e;
    let q = if shift <= 0 {
        m << (-shift) as u32
    } else if shift >= 64 {
        0
    } else {
        let q = m >> shift as u32;
        let rem = m & ((1u64 << shift as u32) - 1);
        let half = 1u64 << (shift as u32 - 1);
        if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
    };
    // q * 2**qe
    let (q, qe) = if q >= 2048 { (q >> 1, qe + 1) } else { (q, qe) };
    if q == 0 {
        return Some(sign);
    }
    if q < 1024 {
        // subnormal (qe == -24)
        return Some(sign | q as u16);
    }
    let biased = qe + 10 + 15;
    if biased >= 31 {
        return None;
    }
    Some(sign | ((biased as u16) << 10) | (q as u16 & 0x3ff))
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = if e == 0 {
        f * 2f64.powi(-24)
    } else if e == 31 {
        if f == 0.0 { f64::INFINITY } else { f64::NAN }
    } else {
        (1024.0 + f) * 2f64.powi(e - 25)
    };
    sign * v
}

fn put(out: &mut [u8], v: u64, size: usize, big: bool) {
    for k in 0..size {
        let byte = (v >> (8 * k)) as u8;
        if big {
            out[size - 1 - k] = byte;
        } else {
            out[k] = byte;
        }
    }
}

fn get(data: &[u8], size: usize, big: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..size {
        let byte = if big { data[size - 1 - k] } else { data[k] };
        v |= (byte as u64) << (8 * k);
    }
    v
}

fn pack_int(vm: &Vm, order: Order, code: u8, size: usize, v: &PyObjectRef, out: &mut [u8]) -> PyResult<()> {
    let n = get_int(vm, v)?;
    let big = order == Order::Big;
    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let native_style = order == Order::Native || code == b'b' || code == b'B' || (order == Order::Little && !matches!(code, b'l' | b'L'));
    let oor = || serr(vm, "argument out of range");
    if code == b'P' {
        let x = n.to_i64().map(|x| x as u64).or_else(|| n.to_u64()).ok_or_else(|| serr(vm, "int too large to convert"))?;
        put(out, x, size, big);
        return Ok(());
    }
    let bits = size * 8;
    if native_style {
        if signed || code == b'B' || code == b'H' {
            let x = n.to_i64().ok_or_else(oor)?;
            let (lo, hi) = if signed {
                if bits == 64 { (i64::MIN, i64::MAX) } else { (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1) }
            } else {
                (0, (1i64 << bits) - 1)
            };
            if x < lo || x > hi {
                let name = match code {
                    b'b' => "byte".to_string(),
                    b'B' => "ubyte".to_string(),
                    b'h' => "short".to_string(),
                    b'H' => "ushort".to_string(),
                    c => format!("'{}'", c as char),
                };
                return Err(serr(vm, format!("{} format requires {} <= number <= {}", name, lo, hi)));
            }
            put(out, x as u64, size, big);
        } else {
            if n.is_negative() {
                return Err(oor());
            }
            let x = n.to_u64().ok_or_else(oor)?;
            if bits < 64 && x >= (1u64 << bits) {
                return Err(serr(vm, format!("'{}' format requires 0 <= number <= {}", code as char, (1u64 << bits) - 1)));
            }
            put(out, x, size, big);
        }
        return Ok(());
    }
    // standard packers
    if size == 8 {
        let x = if signed { n.to_i64().map(|x| x as u64) } else { n.to_u64() };
        let x = x.ok_or_else(|| serr(vm, "int too large to convert"))?;
        put(out, x, size, big);
        return Ok(());
    }
    if signed {
        let x = n.to_i64().ok_or_else(oor)?;
        let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        if x < lo || x > hi {
            return Err(serr(vm, format!("'{}' format requires {} <= number <= {}", code as char, lo, hi)));
        }
        put(out, x as u64, size, big);
    } else {
        if n.is_negative() {
            return Err(oor());
        }
        let x = n.to_u64().ok_or_else(oor)?;
        if x >= (1u64 << bits) {
            return Err(serr(vm, format!("'{}' format requires 0 <= number <= {}", code as char, (1u64 << bits) - 1)));
        }
        put(out, x, size, big);
    }
    Ok(())
}

fn pack_one(vm: &Vm, order: Order, it: &Item, v: &PyObjectRef, out: &mut [u8]) -> PyResult<()> {
    let big = order == Order::Big;
    match it.code {
        b'c' => match &v.payload {
            Payload::Bytes(b) if b.len() == 1 => out[0] = b[0],
            Payload::ByteArray(b) if b.borrow().len() == 1 => out[0] = b.borrow()[0],
            _ => return Err(serr(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = vm.is_true(v)? as u8,
        b'e' => {
            let x = get_float(vm, v)?;
            let h = to_half(x).ok_or_else(|| vm.new_overflow_error("float too large to pack with e format"))?;
            put(out, h as u64, 2, big);
        }
        b'f' => {
            let x = get_float(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && order != Order::Native {
                return Err(vm.new_overflow_error("float too large to pack with f format"));
            }
            put(out, y.to_bits() as u64, 4, big);
        }
        b'd' => {
            let x = get_float(vm, v)?;
            put(out, x.to_bits(), 8, big);
        }
        c => pack_int(vm, order, c, it.size, v, out)?,
    }
    Ok(())
}

fn pack_into_buf(vm: &Vm, f: &Fmt, vals: &[PyObjectRef], buf: &mut [u8]) -> PyResult<()> {
    if vals.len() != f.nargs {
        return Err(serr(vm, format!("pack expected {} items for packing (got {})", f.nargs, vals.len())));
    }
    let mut k = 0;
    for it in &f.items {
        match it.code {
            b's' | b'p' => {
                let v = &vals[k];
                k += 1;
                let data = match &v.payload {
                    Payload::Bytes(b) => b.to_vec(),
                    Payload::ByteArray(b) => b.borrow().clone(),
                    _ => return Err(serr(vm, format!("argument for '{}' must be a bytes object", it.code as char))),
                };
                let dst = &mut buf[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for j in 0..it.count {
                    let off = it.offset + j * it.size;
                    pack_one(vm, f.order, it, &vals[k], &mut buf[off..off + it.size])?;
                    k += 1;
                }
            }
        }
    }
    Ok(())
}

fn do_pack(vm: &Vm, f: &Fmt, vals: &[PyObjectRef]) -> PyResult<Vec<u8>> {
    if vals.len() != f.nargs {
        return Err(serr(vm, format!("pack expected {} items for packing (got {})", f.nargs, vals.len())));
    }
    let mut buf = Vec::new();
    if f.size > isize::MAX as usize / 2 || buf.try_reserve_exact(f.size).is_err() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    buf.resize(f.size, 0u8);
    pack_into_buf(vm, f, vals, &mut buf)?;
    Ok(buf)
}

fn unpack_one(vm: &Vm, order: Order, code: u8, size: usize, d: &[u8]) -> PyObjectRef {
    let big = order == Order::Big;
    match code {
        b'c' => vm.new_bytes(vec![d[0]]),
        b'?' => vm.new_bool(d[0] != 0),
        b'e' => vm.new_float(from_half(get(d, 2, big) as u16)),
        b'f' => vm.new_float(f32::from_bits(get(d, 4, big) as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(get(d, 8, big))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let raw = get(d, size, big);
            let shift = 64 - 8 * size as u32;
            vm.new_int(((raw << shift) as i64) >> shift)
        }
        _ => {
            let raw = get(d, size, big);
            if raw > i64::MAX as u64 {
                vm.new_bigint(BigInt::from(raw))
            } else {
                vm.new_int(raw as i64)
            }
        }
    }
}

fn do_unpack(vm: &Vm, f: &Fmt, data: &[u8]) -> PyObjectRef {
    let mut out = Vec::with_capacity(f.nargs);
    for it in &f.items {
        match it.code {
            b's' => out.push(vm.new_bytes(data[it.offset..it.offset + it.count].to_vec())),
            b'p' => {
                if it.count == 0 {
                    out.push(vm.new_bytes(Vec::new()));
                } else {
                    let mut n = data[it.offset] as usize;
                    if n >= it.count {
                        n = it.count - 1;
                    }
                    out.push(vm.new_bytes(data[it.offset + 1..it.offset + 1 + n].to_vec()));
                }
            }
            c => {
                for j in 0..it.count {
                    let off = it.offset + j * it.size;
                    out.push(unpack_one(vm, f.order, c, it.size, &data[off..off + it.size]));
                }
            }
        }
    }
    vm.new_tuple(out)
}

// ---- Struct objects ----

pub struct PyStruct {
    fmt: Fmt,
    format: String,
}
impl NativePayload for PyStruct {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static STRUCT_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn struct_type(vm: &Vm) -> PyObjectRef {
    STRUCT_TYPE.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "Struct", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, true);
        if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "__module__", vm.new_str("_struct"));
        }
        add_method(vm, &t, "__new__", st_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[
            ("__init__", st_init), ("pack", st_pack), ("pack_into", st_pack_into), ("unpack", st_unpack),
            ("unpack_from", st_unpack_from), ("iter_unpack", st_iter_unpack),
        ]);
        pyrite_vm::types::misc::add_getter(vm, &t, "format", st_format);
        pyrite_vm::types::misc::add_getter(vm, &t, "size", st_size);
        t
    }).clone()
}

fn new_struct(vm: &Vm, cls: &PyObjectRef, fobj: &PyObjectRef) -> PyResult {
    let fb = fmt_bytes(vm, fobj)?;
    let fmt = parse(vm, &fb)?;
    let format = String::from_utf8_lossy(&fb).into_owned();
    Ok(pyrite_vm::types::type_methods::new_instance(vm, cls, Payload::Native(Box::new(PyStruct { fmt, format }))))
}

fn st_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = args.shift();
    let mut f = rest.pos().first().cloned();
    for (k, v) in rest.kwargs() {
        if k == "format" {
            f = Some(v.clone());
        }
    }
    match f {
        Some(f) => new_struct(vm, &cls, &f),
        None => Err(vm.new_type_error("Struct() missing required argument 'format' (pos 1)")),
    }
}
fn st_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyStruct> {
    o.payload.native::<PyStruct>().ok_or_else(|| vm.new_type_error("descriptor requires a '_struct.Struct' object"))
}

fn st_format(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_str(&this(vm, &args.args[0])?.format))
}
fn st_size(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(this(vm, &args.args[0])?.fmt.size as i64))
}

fn st_pack(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "pack")?;
    let s = this(vm, &args.args[0])?;
    Ok(vm.new_bytes(do_pack(vm, &s.fmt, &args.pos()[1..])?))
}

fn check_unpack_len(vm: &Vm, f: &Fmt, n: usize) -> PyResult<()> {
    if n != f.size {
        return Err(serr(vm, format!("unpack requires a buffer of {} bytes", f.size)));
    }
    Ok(())
}

fn st_unpack(vm: &Vm, args: Args) -> PyResult {
    let (s, b) = crate::argcheck::meth_o(vm, &args, "Struct.unpack")?;
    let s = this(vm, s)?;
    let data = buffer_of(vm, b)?;
    check_unpack_len(vm, &s.fmt, data.len())?;
    Ok(do_unpack(vm, &s.fmt, &data))
}

fn offset_arg(vm: &Vm, o: Option<&PyObjectRef>) -> PyResult<i64> {
    match o {
        Some(o) => vm.index_value(o)?.as_i64().ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        None => Ok(0),
    }
}

fn unpack_from_impl(vm: &Vm, f: &Fmt, buf: &PyObjectRef, off: Option<&PyObjectRef>) -> PyResult {
    let data = buffer_of(vm, buf)?;
    let mut offset = offset_arg(vm, off)?;
    let len = data.len() as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(serr(vm, format!("offset {} out of range for {}-byte buffer", offset, len)));
        }
        offset += len;
    }
    if len - offset < f.size as i64 {
        return Err(serr(vm, format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})", f.size as i64 + offset, f.size, offset, len)));
    }
    Ok(do_unpack(vm, f, &data[offset as usize..offset as usize + f.size]))
}

fn bind_buffer_offset(vm: &Vm, args: &Args, name: &'static str) -> PyResult<(PyObjectRef, Option<PyObjectRef>)> {
    let [b, o] = args.bind(vm, &pyrite_vm::types::function::Sig { name, names: ["buffer", "offset"], posonly: 0, required: 1, kwonly_from: 2 })?;
    Ok((b.unwrap_or_else(|| vm.none()), o))
}

fn st_unpack_from(vm: &Vm, args: Args) -> PyResult {
    let s = this(vm, &args.args[0])?;
    let (b, o) = bind_buffer_offset(vm, &args.shift(), "unpack_from")?;
    unpack_from_impl(vm, &s.fmt, &b, o.as_ref())
}

fn pack_into_impl(vm: &Vm, f: &Fmt, rest: &[PyObjectRef]) -> PyResult {
    if rest.len() < 2 {
        return Err(serr(vm, if rest.is_empty() { "pack_into expected buffer argument" } else { "pack_into expected offset argument" }));
    }
    let buf = &rest[0];
    // writable targets: bytearray, array.array, memoryview of a bytearray
    let mut base = 0usize;
    let mut view_len: Option<usize> = None;
    let ba: &std::cell::RefCell<Vec<u8>> = match &buf.payload {
        Payload::ByteArray(b) => b,
        _ => {
            if let Some(a) = buf.payload.native::<crate::array::PyArray>() {
                &a.data
            } else if let Some(mv) = buf.payload.native::<pyrite_vm::types::memoryview::PyMemoryView>() {
                match &mv.obj.payload {
                    Payload::ByteArray(b) if mv.step == 1 && !mv.released.get() => {
                        base = mv.start;
                        view_len = Some(mv.len);
                        b
                    }
                    _ => return Err(vm.new_type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(buf)))),
                }
            } else {
                return Err(vm.new_type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(buf))));
            }
        }
    };
    let mut offset = offset_arg(vm, Some(&rest[1]))?;
    let vals = &rest[2..];
    if vals.len() != f.nargs {
        return Err(serr(vm, format!("pack expected {} items for packing (got {})", f.nargs, vals.len())));
    }
    let len = view_len.unwrap_or_else(|| ba.borrow().len()) as i64;
    if offset < 0 {
        if offset + f.size as i64 > 0 {
            return Err(serr(vm, format!("no space to pack {} bytes at offset {}", f.size, offset)));
        }
        if offset + len < 0 {
            return Err(serr(vm, format!("offset {} out of range for {}-byte buffer", offset, len)));
        }
        offset += len;
    }
    if len - offset < f.size as i64 {
        return Err(serr(vm, format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})", f.size as i64 + offset, f.size, offset, len)));
    }
    let packed = do_pack(vm, f, vals)?;
    let mut b = ba.borrow_mut();
    let o = base + offset as usize;
    if o + packed.len() <= b.len() {
        b[o..o + packed.len()].copy_from_slice(&packed);
    }
    Ok(vm.none())
}

fn st_pack_into(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "pack_into")?;
    let s = this(vm, &args.args[0])?;
    pack_into_impl(vm, &s.fmt, &args.pos()[1..])
}

fn iter_unpack_impl(vm: &Vm, f: &Fmt, buf: &PyObjectRef) -> PyResult {
    let data = buffer_of(vm, buf)?;
    if f.size == 0 {
        return Err(serr(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % f.size != 0 {
        return Err(serr(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size)));
    }
    let items: Vec<PyObjectRef> = data.chunks(f.size).map(|c| do_unpack(vm, f, c)).collect();
    vm.get_iter(&vm.new_list(items))
}

fn st_iter_unpack(vm: &Vm, args: Args) -> PyResult {
    let (s, b) = crate::argcheck::meth_o(vm, &args, "Struct.iter_unpack")?;
    let s = this(vm, s)?;
    iter_unpack_impl(vm, &s.fmt, b)
}

// ---- module functions ----

fn fmt_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Fmt> {
    if let Some(s) = o.payload.native::<PyStruct>() {
        return Ok(s.fmt.clone());
    }
    parse(vm, &fmt_bytes(vm, o)?)
}

fn m_pack(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "pack")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.new_type_error("missing format argument"));
    }
    let f = fmt_of(vm, &pos[0])?;
    Ok(vm.new_bytes(do_pack(vm, &f, &pos[1..])?))
}
fn m_pack_into(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "pack_into")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.new_type_error("missing format argument"));
    }
    let f = fmt_of(vm, &pos[0])?;
    pack_into_impl(vm, &f, &pos[1..])
}
fn m_unpack(vm: &Vm, args: Args) -> PyResult {
    let [f, b] = args.exact::<2>(vm, "unpack")?;
    let f = fmt_of(vm, f)?;
    let data = buffer_of(vm, b)?;
    check_unpack_len(vm, &f, data.len())?;
    Ok(do_unpack(vm, &f, &data))
}
fn m_unpack_from(vm: &Vm, args: Args) -> PyResult {
    if args.npos() == 0 {
        return Err(vm.new_type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    }
    let f = fmt_of(vm, &args.args[0])?;
    let (b, o) = bind_buffer_offset(vm, &args.shift(), "unpack_from")?;
    unpack_from_impl(vm, &f, &b, o.as_ref())
}
fn m_iter_unpack(vm: &Vm, args: Args) -> PyResult {
    let [f, b] = args.exact::<2>(vm, "iter_unpack")?;
    let f = fmt_of(vm, f)?;
    iter_unpack_impl(vm, &f, b)
}
fn m_calcsize(vm: &Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "_struct.calcsize")?;
    Ok(vm.new_int(fmt_of(vm, f)?.size as i64))
}
fn m_clearcache(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_struct", Some("Functions to convert between Python values and C structs."));
    pyrite_vm::modules::sys::add_functions(vm, &m, "_struct", &[
        ("pack", m_pack), ("pack_into", m_pack_into), ("unpack", m_unpack), ("unpack_from", m_unpack_from),
        ("iter_unpack", m_iter_unpack), ("calcsize", m_calcsize), ("_clearcache", m_clearcache),
    ]);
    pyrite_vm::modules::sys::set_attr(vm, &m, "Struct", struct_type(vm));
    pyrite_vm::modules::sys::set_attr(vm, &m, "error", error_type(vm));
    let _ = (Sign::Plus, BigInt::zero());
    crate::math::set_ext_file(vm, &m, "_struct");
    Ok(m)
}
