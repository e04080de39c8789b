//! `int` and `bool` methods: arithmetic special methods (delegating to
//! `protocol::number::int_binop`), `int()` parsing in every base, repr,
//! `to_bytes`/`from_bytes`, `bit_length` and friends. Mirrors
//! `Objects/longobject.c` and `Objects/boolobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::protocol::number::int_binop;
use crate::types::function::{Args, NativeKind, Sig};
use crate::types::int::PyInt;
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Num, Signed, Zero};
use pyrite_bytecode::{BinOp, CmpOp};

fn self_i<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a PyInt> {
    match args.args.first().map(|a| &a.payload) {
        Some(Payload::Int(i)) => Ok(i),
        _ => Err(vm.new_type_error("descriptor requires an 'int' object")),
    }
}

fn other_i(o: &PyObjectRef) -> Option<&PyInt> {
    match &o.payload {
        Payload::Int(i) => Some(i),
        _ => None,
    }
}

macro_rules! int_binops {
    ($($name:ident, $rname:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = self_i(vm, &args)?;
                let [_, b] = args.exact::<2>(vm, stringify!($name))?;
                match other_i(b) {
                    Some(b) => int_binop(vm, a, b, $op),
                    None => Ok(vm.ctx.not_implemented.clone()),
                }
            }
            fn $rname(vm: &Vm, args: Args) -> PyResult {
                let a = self_i(vm, &args)?;
                let [_, b] = args.exact::<2>(vm, stringify!($rname))?;
                match other_i(b) {
                    Some(b) => int_binop(vm, b, a, $op),
                    None => Ok(vm.ctx.not_implemented.clone()),
                }
            }
        )*
    };
}

int_binops! {
    int_add, int_radd, BinOp::Add;
    int_sub, int_rsub, BinOp::Sub;
    int_mul, int_rmul, BinOp::Mul;
    int_truediv, int_rtruediv, BinOp::TrueDiv;
    int_floordiv, int_rfloordiv, BinOp::FloorDiv;
    int_mod, int_rmod, BinOp::Mod;
    int_lshift, int_rlshift, BinOp::LShift;
    int_rshift, int_rrshift, BinOp::RShift;
    int_and, int_rand, BinOp::And;
    int_or, int_ror, BinOp::Or;
    int_xor, int_rxor, BinOp::Xor;
}

/// Modular exponentiation (`pow(a, b, m)`), with CPython's errors.
pub fn int_pow_mod(vm: &Vm, a: &PyInt, b: &PyInt, m: &PyInt) -> PyResult {
    if m.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
    }
    let mb = m.to_big();
    let mut base = a.to_big();
    let mut e = b.to_big();
    if e.is_negative() {
        // Modular inverse.
        let inv = mod_inverse(&base, &mb.abs()).ok_or_else(|| vm.new_value_error("base is not invertible for the given modulus"))?;
        base = inv;
        e = -e;
    }
    let mabs = mb.abs();
    let mut r = base.modpow(&e, &mabs);
    // Python's result has the sign of the modulus.
    if mb.is_negative() && !r.is_zero() {
        r += &mb;
    }
    if !mb.is_negative() && r.is_negative() {
        r += &mabs;
    }
    Ok(vm.new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (((a % m) + m) % m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(((old_s % m) + m) % m)
}

fn int_pow(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    let pos = args.mrange(vm, "__pow__", 2, 3)?;
    let b = match other_i(&pos[1]) {
        Some(b) => b,
        None => return Ok(vm.ctx.not_implemented.clone()),
    };
    if let Some(m) = pos.get(2).filter(|m| !vm.is_none(m)) {
        return match other_i(m) {
            Some(m) => int_pow_mod(vm, a, b, m),
            None => Ok(vm.ctx.not_implemented.clone()),
        };
    }
    int_binop(vm, a, b, BinOp::Pow)
}

fn int_rpow(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    let pos = args.mrange(vm, "__rpow__", 2, 3)?;
    match other_i(&pos[1]) {
        Some(b) => int_binop(vm, b, a, BinOp::Pow),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn int_divmod(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__divmod__")?;
    match other_i(b) {
        Some(b) => {
            let q = int_binop(vm, a, b, BinOp::FloorDiv)?;
            let r = int_binop(vm, a, b, BinOp::Mod)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn int_rdivmod(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__rdivmod__")?;
    match other_i(b) {
        Some(b) => {
            let q = int_binop(vm, b, a, BinOp::FloorDiv)?;
            let r = int_binop(vm, b, a, BinOp::Mod)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn int_richcmp(vm: &Vm, args: Args, op: CmpOp) -> PyResult {
    use std::cmp::Ordering;
    let a = self_i(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, op.dunder())?;
    let o = match &b.payload {
        Payload::Int(y) => a.cmp(y),
        Payload::Float(f) => match crate::types::float::float_int_cmp(*f, a) {
            Some(o) => o.reverse(),
            None => return Ok(vm.new_bool(op == CmpOp::Ne)),
        },
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    Ok(vm.new_bool(match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }))
}

fn int_eq(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Eq) }
fn int_ne(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Ne) }
fn int_lt(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Lt) }
fn int_le(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Le) }
fn int_gt(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Gt) }
fn int_ge(vm: &Vm, args: Args) -> PyResult { int_richcmp(vm, args, CmpOp::Ge) }

/// `sys.set_int_max_str_digits` limit (0 = unlimited); CPython's default is 4300.
pub static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4300);

/// Decimal text of an int, honouring the int/str conversion limit.
pub fn int_to_decimal(vm: &Vm, a: &PyInt) -> PyResult<String> {
    let limit = MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    // 3.33 bits per digit: only big values can exceed the limit.
    if limit > 0 && a.bit_length() as f64 > (limit as f64) * 3.32 {
        let s = a.to_string();
        let digits = s.len() - a.is_negative() as usize;
        if digits > limit {
            return Err(vm.new_value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)));
        }
        return Ok(s);
    }
    Ok(a.to_string())
}

fn int_repr(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    Ok(vm.new_string(int_to_decimal(vm, a)?))
}

fn int_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(self_i(vm, &args)?.hash()))
}
fn int_bool(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bool(!self_i(vm, &args)?.is_zero()))
}
fn int_neg(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.neg()))
}
fn int_pos(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.clone()))
}
fn int_abs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.abs()))
}
fn int_invert(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.invert()))
}
fn int_int(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.clone()))
}
fn int_float(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    Ok(vm.new_float(crate::protocol::number::int_to_f64(vm, a)?))
}
fn int_bit_length(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(self_i(vm, &args)?.bit_length() as i64))
}
fn int_bit_count(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    let n = match a {
        PyInt::Small(v) => v.unsigned_abs().count_ones() as u64,
        PyInt::Big(b) => b.magnitude().count_ones(),
    };
    Ok(vm.new_int(n as i64))
}
fn int_conjugate(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.clone()))
}
fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_pyint(a.clone()), vm.new_int(1)]))
}
fn int_round(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?.clone();
    let pos = args.mrange(vm, "__round__", 1, 2)?;
    let nd = match pos.get(1).filter(|n| !vm.is_none(n)) {
        None => return Ok(vm.new_pyint(a)),
        Some(n) => vm.index_value(n)?,
    };
    if !nd.is_negative() {
        return Ok(vm.new_pyint(a));
    }
    // Round to 10**(-nd) with ties to even.
    let e = nd.neg().as_i64().unwrap_or(i64::MAX);
    if e > 10000 {
        return Ok(vm.new_int(0));
    }
    let p = PyInt::Small(10).pow(e as u64).to_big();
    let x = a.to_big();
    let half = &p / 2;
    let q = num_integer::Integer::div_floor(&x, &p);
    let r = &x - &q * &p;
    let q = if r > half || (r == half && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
    Ok(vm.new_bigint(q * p))
}
fn int_index(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_pyint(self_i(vm, &args)?.clone()))
}
fn int_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_pyint(a.clone())]))
}
fn int_format(vm: &Vm, args: Args) -> PyResult {
    let [a, spec] = args.exact::<2>(vm, "__format__")?;
    crate::format::format_int(vm, a, str_of(spec))
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?.to_big();
    let [_, length, byteorder, signed] = args.bind(vm, &Sig {
        name: "to_bytes", names: ["self", "length", "byteorder", "signed"], posonly: 1, required: 1, kwonly_from: 3,
    })?;
    let length = match length {
        Some(l) => vm.index_i64(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    let little = match byteorder.as_ref().map(str_of) {
        None | Some("big") => false,
        Some("little") => true,
        Some(_) => return Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
    };
    let signed = match signed {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    if !signed && a.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { a.to_signed_bytes_le() } else { a.to_bytes_le().1 };
    if a.is_zero() {
        bytes = vec![];
    }
    let fill = if signed && a.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        // to_signed_bytes may include a redundant sign byte.
        while bytes.len() > length as usize && bytes.last() == Some(&fill) && (bytes.len() < 2 || (bytes[bytes.len() - 2] & 0x80 == fill & 0x80)) {
            bytes.pop();
        }
        if bytes.len() > length as usize {
            return Err(vm.new_overflow_error("int too big to convert"));
        }
    }
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let [bytes, byteorder, signed] = args.shift().bind(vm, &Sig {
        name: "from_bytes", names: ["bytes", "byteorder", "signed"], posonly: 0, required: 1, kwonly_from: 2,
    })?;
    let bytes = bytes.ok_or_else(|| vm.new_type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let data = crate::types::bytes_methods::bytes_init_data(vm, Some(&bytes), None, None, "bytes")?;
    let little = match byteorder.as_ref().map(str_of) {
        None | Some("big") => false,
        Some("little") => true,
        Some(_) => return Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
    };
    let signed = match signed {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let v = if signed {
        if little { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_signed_bytes_be(&data) }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let r = vm.new_bigint(v);
    if cls.is(&vm.ctx.types.int_type) {
        Ok(r)
    } else {
        vm.call(&cls, &[r])
    }
}

/// Parse `int(s, base)` text with CPython's rules and messages.
pub fn parse_int_str(vm: &Vm, s: &str, base: u32, orig_repr: &dyn Fn() -> String) -> PyResult<PyInt> {
    let err = || vm.new_value_error(format!("invalid literal for int() with base {}: {}", base, orig_repr()));
    // Non-ASCII decimal digits count as their ASCII values (as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
    let ascii: String;
    let s = if s.is_ascii() {
        s
    } else {
        ascii = s.chars().map(|c| match crate::unicode::decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => if !c.is_ascii() && crate::unicode::is_space(c) { ' ' } else { c },
        }).collect();
        &ascii
    };
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let orig_base = base;
    let mut base = base;
    let mut body = body;
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 0 {
        if prefixed("0x") { base = 16; body = &body[2..]; }
        else if prefixed("0o") { base = 8; body = &body[2..]; }
        else if prefixed("0b") { base = 2; body = &body[2..]; }
        else {
            base = 10;
            // Leading zeros are not allowed in base 0 unless the value is 0.
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
                return Err(vm.new_value_error(format!("invalid literal for int() with base 0: {}", orig_repr())));
            }
        }
        if body.starts_with('_') {
            body = &body[1..];
        }
    } else if (base == 16 && prefixed("0x")) || (base == 8 && prefixed("0o")) || (base == 2 && prefixed("0b")) {
        body = &body[2..];
        if body.starts_with('_') {
            body = &body[1..];
        }
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(if base == 0 { vm.new_value_error(format!("invalid literal for int() with base 0: {}", orig_repr())) } else { err() });
    }
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    if !digits.chars().all(|c| c.is_digit(base)) {
        return Err(vm.new_value_error(format!("invalid literal for int() with base {}: {}", orig_base, orig_repr())).into_inner_if(base, orig_repr, vm));
    }
    let limit = MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    if base == 10 && limit > 0 && digits.len() > limit {
        return Err(vm.new_value_error(format!("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits.len())));
    }
    let v = BigInt::from_str_radix(&digits, base).map_err(|_| err())?;
    Ok(PyInt::from_big(if neg { -v } else { v }))
}

trait KeepErr {
    fn into_inner_if(self, base: u32, orig: &dyn Fn() -> String, vm: &Vm) -> Self;
}
impl KeepErr for crate::vm::PyErr {
    fn into_inner_if(self, _base: u32, _orig: &dyn Fn() -> String, _vm: &Vm) -> Self {
        self
    }
}

/// `int(x)` conversion of a non-str object (`__int__`, `__index__`, `__trunc__`).
pub fn int_from_object(vm: &Vm, x: &PyObjectRef) -> PyResult<PyInt> {
    match &x.payload {
        Payload::Int(i) => return Ok(i.clone()),
        Payload::Float(f) => return crate::types::float::float_to_int(vm, *f),
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            return match &r.payload {
                Payload::Int(i) => Ok(i.clone()),
                _ => Err(vm.new_type_error(format!("{} returned non-int (type {})", name, vm.type_name(&r)))),
            };
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        return match &r.payload {
            Payload::Int(i) => Ok(i.clone()),
            _ => int_from_object(vm, &r),
        };
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(x))))
}

fn int_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if !crate::types::type_::is_subtype(&cls, &vm.ctx.types.int_type) {
        let n = crate::types::type_::as_type(&cls).map(|t| t.name()).unwrap_or_else(|| vm.type_name(&cls));
        return Err(vm.new_type_error(format!("int.__new__({}): {} is not a subtype of int", n, n)));
    }
    for (k, _) in args.kwargs() {
        if k != "base" {
            return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for int()", k)));
        }
    }
    let [x, base] = args.shift().bind(vm, &Sig { name: "int", names: ["x", "base"], posonly: 1, required: 0, kwonly_from: 2 })?;
    let v = match (x, base) {
        (None, None) => PyInt::Small(0),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument")),
        (Some(x), None) => match &x.payload {
            Payload::Str(s) => parse_int_str(vm, s.as_str(), 10, &|| crate::types::str_methods::repr_str(s.as_str()))?,
            Payload::Bytes(b) => {
                let s = String::from_utf8_lossy(b).into_owned();
                let r = vm.repr(&x)?;
                parse_int_str(vm, &s, 10, &|| r.clone())?
            }
            Payload::ByteArray(b) => {
                let s = String::from_utf8_lossy(&b.borrow()).into_owned();
                let r = vm.repr(&x)?;
                parse_int_str(vm, &s, 10, &|| r.clone())?
            }
            _ => int_from_object(vm, &x)?,
        },
        (Some(x), Some(b)) => {
            let base = vm.index_value(&b)?;
            let base = match base.as_i64() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
                _ => return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            match &x.payload {
                Payload::Str(s) => parse_int_str(vm, s.as_str(), base, &|| crate::types::str_methods::repr_str(s.as_str()))?,
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    let data = crate::types::bytes_methods::bytes_from_object(vm, &x)?;
                    let s = String::from_utf8_lossy(&data).into_owned();
                    let r = vm.repr(&x)?;
                    parse_int_str(vm, &s, base, &|| r.clone())?
                }
                _ => return Err(vm.new_type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    if cls.is(&vm.ctx.types.int_type) {
        return Ok(vm.new_pyint(v));
    }
    if cls.is(&vm.ctx.types.bool_type) {
        return Ok(vm.new_bool(!v.is_zero()));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Int(v)))
}

fn bool_new(vm: &Vm, args: Args) -> PyResult {
    let a = args.shift();
    if a.has_kwargs() {
        return Err(vm.new_type_error("bool() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("bool expected at most 1 argument, got {}", pos.len())));
    }
    match pos.first() {
        Some(x) => Ok(vm.new_bool(vm.is_true(x)?)),
        None => Ok(vm.new_bool(false)),
    }
}

fn bool_repr(vm: &Vm, args: Args) -> PyResult {
    let a = self_i(vm, &args)?;
    Ok(vm.new_str(if a.is_zero() { "False" } else { "True" }))
}

fn bool_logic(vm: &Vm, args: Args, op: BinOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__and__")?;
    let is_bool = |o: &PyObjectRef| o.class_is(&vm.ctx.types.bool_type);
    if is_bool(a) && is_bool(b) {
        let (x, y) = (vm.is_true(a)?, vm.is_true(b)?);
        return Ok(vm.new_bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    match (other_i(a), other_i(b)) {
        (Some(x), Some(y)) => int_binop(vm, x, y, op),
        _ => Ok(vm.ctx.not_implemented.clone()),
    }
}
fn bool_and(vm: &Vm, args: Args) -> PyResult { bool_logic(vm, args, BinOp::And) }
fn bool_or(vm: &Vm, args: Args) -> PyResult { bool_logic(vm, args, BinOp::Or) }
fn bool_xor(vm: &Vm, args: Args) -> PyResult { bool_logic(vm, args, BinOp::Xor) }

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.int_type;
    add_method(vm, t, "__new__", int_new, NativeKind::StaticMethod);
    add_method(vm, t, "from_bytes", int_from_bytes, NativeKind::ClassMethod);
    add_methods(vm, t, &[
        ("__add__", int_add), ("__radd__", int_radd), ("__sub__", int_sub), ("__rsub__", int_rsub),
        ("__mul__", int_mul), ("__rmul__", int_rmul), ("__truediv__", int_truediv), ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv), ("__rfloordiv__", int_rfloordiv), ("__mod__", int_mod), ("__rmod__", int_rmod),
        ("__lshift__", int_lshift), ("__rlshift__", int_rlshift), ("__rshift__", int_rshift), ("__rrshift__", int_rrshift),
        ("__and__", int_and), ("__rand__", int_rand), ("__or__", int_or), ("__ror__", int_ror),
        ("__xor__", int_xor), ("__rxor__", int_rxor), ("__pow__", int_pow), ("__rpow__", int_rpow),
        ("__divmod__", int_divmod), ("__rdivmod__", int_rdivmod),
        ("__eq__", int_eq), ("__ne__", int_ne), ("__lt__", int_lt), ("__le__", int_le), ("__gt__", int_gt), ("__ge__", int_ge),
        ("__repr__", int_repr), ("__hash__", int_hash), ("__bool__", int_bool), ("__neg__", int_neg), ("__pos__", int_pos),
        ("__abs__", int_abs), ("__invert__", int_invert), ("__int__", int_int), ("__float__", int_float),
        ("__index__", int_index), ("__trunc__", int_int), ("__floor__", int_int), ("__ceil__", int_int),
        ("__round__", int_round), ("__getnewargs__", int_getnewargs), ("__format__", int_format),
        ("bit_length", int_bit_length), ("bit_count", int_bit_count), ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio), ("to_bytes", int_to_bytes),
    ]);
    let b = &vm.ctx.types.bool_type;
    add_method(vm, b, "__new__", bool_new, NativeKind::StaticMethod);
    add_methods(vm, b, &[
        ("__repr__", bool_repr), ("__and__", bool_and), ("__rand__", bool_and), ("__or__", bool_or),
        ("__ror__", bool_or), ("__xor__", bool_xor), ("__rxor__", bool_xor),
    ]);
    let _ = Zero::is_zero(&BigInt::from(0));
}
