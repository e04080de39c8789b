//! `float`: repr (shortest round-trip, CPython's `float_repr_style='short'`
//! rules), hashing, division kernels and the type's methods. Mirrors
//! `Objects/floatobject.c` and `Python/pystrtod.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::int::{PyInt, HASH_MODULUS};
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_bytecode::BinOp;

/// `repr(float)`: shortest digits that round-trip; exponent form when the
/// decimal exponent is < -4 or >= 16 (CPython's `float_repr`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits.
    let e = format!("{:e}", f);
    let (mant, exp) = match e.split_once('e') {
        Some(p) => p,
        None => return e,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let mut m = String::new();
        m.push_str(&digits[..1]);
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let es = if exp < 0 { format!("-{:02}", -exp) } else { format!("+{:02}", exp) };
        return format!("{}{}e{}", sign, m, es);
    }
    let ndig = digits.len() as i32;
    let point = exp + 1; // position of the decimal point relative to digits start
    let body = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point >= ndig {
        format!("{}{}.0", digits, "0".repeat((point - ndig) as usize))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{}{}", sign, body)
}

/// `hash(float)` (`_Py_HashDouble`); NaN hashes by identity as in 3.10+.
pub fn hash_float(v: f64, id: usize) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { 314159 } else { -314159 };
        }
        return crate::types::type_methods::pointer_hash(id);
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Mantissa in [0.5, 1) and exponent, as C's frexp.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Python's float divmod: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult {
    if b == 0.0 {
        return Ok(vm.new_float(1.0));
    }
    if a == 0.0 && b < 0.0 {
        return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // Complex result.
        let r = crate::types::complex::complex_pow(vm, (a, 0.0), (b, 0.0))?;
        return Ok(vm.new_complex(r.0, r.1));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.new_float(r))
}

/// Correctly rounded int / int (CPython's `long_true_divide`).
pub fn int_truediv(vm: &Vm, a: &PyInt, b: &PyInt) -> PyResult<f64> {
    if let (PyInt::Small(x), PyInt::Small(y)) = (a, b) {
        if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half-even.
    let xb = x.bits() as i64;
    let yb = y.bits() as i64;
    let shift = 55 - (xb - yb);
    let (num, den) = if shift >= 0 { (&x << shift as usize, y.clone()) } else { (x.clone(), &y << (-shift) as usize) };
    let q = &num / &den;
    let r = &num % &den;
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let exp = -shift;
    if exp > 1024 {
        return Err(vm.new_overflow_error("integer division result too large for a float"));
    }
    // q has 55 or 56 bits; convert exactly with ldexp-style scaling (f64 rounds half-even).
    let mut result = q as f64;
    if exp > 0 {
        for _ in 0..exp {
            result *= 2.0;
        }
    } else {
        result = ldexp(result, exp as i32);
    }
    if result.is_infinite() {
        return Err(vm.new_overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -result } else { result })
}

pub fn ldexp(x: f64, e: i32) -> f64 {
    let mut r = x;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

/// Convert a number object to f64 (`PyFloat_AsDouble`), with `__float__`/`__index__`.
pub fn to_f64(vm: &Vm, o: &PyObjectRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(i) => return crate::protocol::number::int_to_f64(vm, i),
        _ => {}
    }
    if let Some(r) = vm.call_special(o, "__float__", &[])? {
        return match &r.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.new_type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(o), vm.type_name(&r)))),
        };
    }
    if crate::types::type_::lookup(&o.class(), "__index__").is_some() {
        let i = vm.index_value(o)?;
        return crate::protocol::number::int_to_f64(vm, &i);
    }
    Err(vm.new_type_error(format!("must be real number, not {}", vm.type_name(o))))
}

fn self_f(vm: &Vm, args: &Args) -> PyResult<f64> {
    match args.args.first().map(|a| &a.payload) {
        Some(Payload::Float(f)) => Ok(*f),
        _ => Err(vm.new_type_error("descriptor requires a 'float' object")),
    }
}

/// The other operand as f64, or None for NotImplemented.
fn other_f(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<f64>> {
    match &o.payload {
        Payload::Float(f) => Ok(Some(*f)),
        Payload::Int(i) => Ok(Some(crate::protocol::number::int_to_f64(vm, i)?)),
        _ => Ok(None),
    }
}

macro_rules! float_binops {
    ($($name:ident, $rname:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = self_f(vm, &args)?;
                let [_, b] = args.exact::<2>(vm, stringify!($name))?;
                match other_f(vm, b)? {
                    Some(b) => crate::protocol::number::float_binop(vm, a, b, $op),
                    None => Ok(vm.ctx.not_implemented.clone()),
                }
            }
            fn $rname(vm: &Vm, args: Args) -> PyResult {
                let a = self_f(vm, &args)?;
                let [_, b] = args.exact::<2>(vm, stringify!($rname))?;
                match other_f(vm, b)? {
                    Some(b) => crate::protocol::number::float_binop(vm, b, a, $op),
                    None => Ok(vm.ctx.not_implemented.clone()),
                }
            }
        )*
    };
}

float_binops! {
    float_add, float_radd, BinOp::Add;
    float_sub, float_rsub, BinOp::Sub;
    float_mul, float_rmul, BinOp::Mul;
    float_truediv, float_rtruediv, BinOp::TrueDiv;
    float_floordiv, float_rfloordiv, BinOp::FloorDiv;
    float_mod, float_rmod, BinOp::Mod;
}

fn float_pow_m(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    let pos = args.mrange(vm, "__pow__", 2, 3)?;
    if pos.len() == 3 && !vm.is_none(&pos[2]) {
        return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    match other_f(vm, &pos[1])? {
        Some(b) => float_pow(vm, a, b),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn float_rpow(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    let pos = args.mrange(vm, "__rpow__", 2, 3)?;
    if pos.len() == 3 && !vm.is_none(&pos[2]) {
        return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    match other_f(vm, &pos[1])? {
        Some(b) => float_pow(vm, b, a),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn float_divmod_m(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__divmod__")?;
    match other_f(vm, b)? {
        Some(b) => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float divmod()"));
            }
            let (q, r) = float_divmod(a, b);
            Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn float_rdivmod(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, "__rdivmod__")?;
    match other_f(vm, b)? {
        Some(b) => {
            if a == 0.0 {
                return Err(vm.new_zero_division_error("float divmod()"));
            }
            let (q, r) = float_divmod(b, a);
            Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

/// Compare a float with an int exactly (CPython's `float_richcompare`).
pub fn float_int_cmp(f: f64, i: &PyInt) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    if let PyInt::Small(v) = i {
        if v.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(*v as f64));
        }
    }
    // Exact: compare floor(f) with i, then the fraction.
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 { fb } else { num_bigint::BigInt::from_biguint(if fl < 0.0 { num_bigint::Sign::Minus } else { num_bigint::Sign::Plus }, float_to_biguint(fl.abs())) };
    let ib = i.to_big();
    match fb.cmp(&ib) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn float_to_biguint(f: f64) -> num_bigint::BigUint {
    let (m, e) = frexp(f);
    let mant = (m * 2f64.powi(53)) as u64;
    let e = e - 53;
    let b = num_bigint::BigUint::from(mant);
    if e >= 0 {
        b << e as usize
    } else {
        b >> (-e) as usize
    }
}

fn float_richcmp(vm: &Vm, args: Args, op: pyrite_bytecode::CmpOp) -> PyResult {
    use std::cmp::Ordering;
    let a = self_f(vm, &args)?;
    let [_, b] = args.exact::<2>(vm, op.dunder())?;
    let ord = match &b.payload {
        Payload::Float(y) => a.partial_cmp(y),
        Payload::Int(i) => float_int_cmp(a, i),
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    let r = match ord {
        None => op == pyrite_bytecode::CmpOp::Ne,
        Some(o) => match op {
            pyrite_bytecode::CmpOp::Lt => o == Ordering::Less,
            pyrite_bytecode::CmpOp::Le => o != Ordering::Greater,
            pyrite_bytecode::CmpOp::Eq => o == Ordering::Equal,
            pyrite_bytecode::CmpOp::Ne => o != Ordering::Equal,
            pyrite_bytecode::CmpOp::Gt => o == Ordering::Greater,
            pyrite_bytecode::CmpOp::Ge => o != Ordering::Less,
        },
    };
    Ok(vm.new_bool(r))
}

fn float_eq(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Eq) }
fn float_ne(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Ne) }
fn float_lt(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Lt) }
fn float_le(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Le) }
fn float_gt(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Gt) }
fn float_ge(vm: &Vm, args: Args) -> PyResult { float_richcmp(vm, args, pyrite_bytecode::CmpOp::Ge) }

fn float_repr_m(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    Ok(vm.new_string(float_repr(a)))
}

fn float_hash(vm: &Vm, args: Args) -> PyResult {
    let a = self_f(vm, &args)?;
    Ok(vm.new_int(hash_float(a, args.args[0].id())))
}

fn float_bool(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bool(self_f(vm, &args)? != 0.0))
}
fn float_neg(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(-self_f(vm, &args)?))
}
fn float_pos(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(self_f(vm, &args)?))
}
fn float_abs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(self_f(vm, &args)?.abs()))
}
fn float_float(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(self_f(vm, &args)?))
}

/// `int(f)` truncation with CPython's errors.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<PyInt> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(PyInt::Small(t as i64));
    }
    let b = float_to_biguint(t.abs());
    let b = BigInt::from_biguint(if t < 0.0 { num_bigint::Sign::Minus } else { num_bigint::Sign::Plus }, b);
    Ok(PyInt::from_big(b))
}

fn float_int(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    Ok(vm.new_pyint(float_to_int(vm, f)?))
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    Ok(vm.new_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant == mant.floor() {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let num = float_to_int(vm, mant)?.to_big();
    let (n, d) = if exp > 0 {
        (num << exp as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as usize)
    };
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

fn float_conjugate(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(self_f(vm, &args)?))
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult {
    float_int(vm, args)
}
fn float_floor(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    Ok(vm.new_pyint(float_to_int(vm, f.floor())?))
}
fn float_ceil(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    Ok(vm.new_pyint(float_to_int(vm, f.ceil())?))
}

fn float_round(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    let pos = args.mrange(vm, "__round__", 1, 2)?;
    match pos.get(1).filter(|n| !vm.is_none(n)) {
        None => {
            let r = f.round_ties_even();
            Ok(vm.new_pyint(float_to_int(vm, r)?))
        }
        Some(nd) => {
            let n = vm.index_i64(nd)?;
            Ok(vm.new_float(round_float_digits(f, n)))
        }
    }
}

/// `round(x, n)` correctly rounded via decimal formatting, as CPython's `double_round`.
pub fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 323 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, f);
        // Rust's formatting rounds half-to-even on the exact binary value, like CPython.
        s.parse().unwrap_or(f)
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = f / p;
        let r = y.round_ties_even() * p;
        if r.is_infinite() {
            return f;
        }
        r
    }
}

fn float_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    if a.has_kwargs() {
        return Err(vm.new_type_error("float() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("float expected at most 1 argument, got {}", pos.len())));
    }
    let v = match pos.first() {
        None => 0.0,
        Some(x) => match &x.payload {
            Payload::Str(s) => parse_float_str(vm, s.as_str())?,
            Payload::Bytes(b) => parse_float_str(vm, &String::from_utf8_lossy(b))?,
            Payload::ByteArray(b) => parse_float_str(vm, &String::from_utf8_lossy(&b.borrow()))?,
            _ => {
                if crate::types::type_::lookup(&x.class(), "__float__").is_none() && crate::types::type_::lookup(&x.class(), "__index__").is_none() {
                    return Err(vm.new_type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))));
                }
                to_f64(vm, x)?
            }
        },
    };
    if cls.is(&vm.ctx.types.float_type) {
        return Ok(vm.new_float(v));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Float(v)))
}

/// Parse a float literal string as `float()` does.
pub fn parse_float_str(vm: &Vm, s: &str) -> PyResult<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let err = || vm.new_value_error(format!("could not convert string to float: {}", crate::types::str_methods::repr_str(s)));
    if t.is_empty() {
        return Err(err());
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Underscores only between digits.
    let bytes = body.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0 && i + 1 < bytes.len() && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit();
            if !ok {
                return Err(err());
            }
        } else if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'+' || c == b'-') {
            return Err(err());
        }
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    if cleaned.starts_with('e') || cleaned == "." {
        return Err(err());
    }
    match cleaned.parse::<f64>() {
        Ok(v) => Ok(sign * v),
        Err(_) => Err(err()),
    }
}

fn float_getformat(vm: &Vm, args: Args) -> PyResult {
    let [_, t] = args.exact::<2>(vm, "__getformat__")?;
    match str_of(t) {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

/// `float.hex()` (CPython's `float_hex`).
pub fn float_hex_str(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let (m, e) = frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    let mut m = ldexp(m, shift);
    let e = e - shift;
    let mut out = String::new();
    let d = m as u32;
    out.push(std::char::from_digit(d, 16).unwrap_or('0'));
    m -= d as f64;
    out.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let d = m as u32;
        out.push(std::char::from_digit(d, 16).unwrap_or('0'));
        m -= d as f64;
    }
    format!("{}0x{}p{}{}", sign, out, if e < 0 { "-" } else { "+" }, e.abs())
}

fn float_hex(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(float_hex_str(self_f(vm, &args)?)))
}

/// `float.fromhex(s)`, correctly rounded.
fn float_fromhex(vm: &Vm, args: Args) -> PyResult {
    let [cls, s] = args.exact::<2>(vm, "fromhex")?;
    let text = match &s.payload {
        Payload::Str(x) => x.as_str().trim().to_ascii_lowercase(),
        _ => return Err(vm.new_type_error(format!("fromhex() argument must be str, not {}", vm.type_name(s)))),
    };
    let bad = || vm.new_value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let b = body.strip_prefix("0x").unwrap_or(body);
            let (mant, exp) = match b.find('p') {
                Some(i) => (&b[..i], Some(&b[i + 1..])),
                None => (b, None),
            };
            let (ip, fp) = match mant.find('.') {
                Some(i) => (&mant[..i], &mant[i + 1..]),
                None => (mant, ""),
            };
            if ip.is_empty() && fp.is_empty() || !ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit()) {
                return Err(bad());
            }
            let e: i64 = match exp {
                Some(x) => x.parse::<i64>().map_err(|_| bad())?,
                None => 0,
            };
            let digits = format!("{}{}", ip, fp);
            let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
            let e2 = e.saturating_sub(4 * fp.len() as i64);
            if m.is_zero() {
                0.0
            } else if e2 >= 0 {
                if e2 > 2000 {
                    return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"));
                }
                let big = m << e2 as usize;
                int_truediv(vm, &PyInt::from_big(big), &PyInt::Small(1))
                    .map_err(|_| vm.new_overflow_error("hexadecimal value too large to represent as a float"))?
            } else {
                let k = (-e2).min(5000) as usize;
                let den = BigInt::from(1) << k;
                int_truediv(vm, &PyInt::from_big(m), &PyInt::from_big(den))
                    .map_err(|_| vm.new_overflow_error("hexadecimal value too large to represent as a float"))?
            }
        }
    };
    let v = if neg { -v } else { v };
    if cls.is(&vm.ctx.types.float_type) {
        return Ok(vm.new_float(v));
    }
    vm.call(cls, &[vm.new_float(v)])
}

fn float_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let f = self_f(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_float(f)]))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.float_type;
    add_method(vm, t, "__new__", float_new, NativeKind::StaticMethod);
    add_method(vm, t, "__getformat__", float_getformat, NativeKind::ClassMethod);
    add_method(vm, t, "fromhex", float_fromhex, NativeKind::ClassMethod);
    add_methods(vm, t, &[("hex", float_hex)]);
    add_methods(vm, t, &[
        ("__add__", float_add), ("__radd__", float_radd),
        ("__sub__", float_sub), ("__rsub__", float_rsub),
        ("__mul__", float_mul), ("__rmul__", float_rmul),
        ("__truediv__", float_truediv), ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv), ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod), ("__rmod__", float_rmod),
        ("__pow__", float_pow_m), ("__rpow__", float_rpow),
        ("__divmod__", float_divmod_m), ("__rdivmod__", float_rdivmod),
        ("__eq__", float_eq), ("__ne__", float_ne), ("__lt__", float_lt),
        ("__le__", float_le), ("__gt__", float_gt), ("__ge__", float_ge),
        ("__repr__", float_repr_m), ("__hash__", float_hash), ("__bool__", float_bool),
        ("__neg__", float_neg), ("__pos__", float_pos), ("__abs__", float_abs),
        ("__float__", float_float), ("__int__", float_int), ("__trunc__", float_trunc),
        ("__floor__", float_floor), ("__ceil__", float_ceil), ("__round__", float_round),
        ("is_integer", float_is_integer), ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate), ("__getnewargs__", float_getnewargs),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn repr_matches_cpython() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00001), "1e-05");
        assert_eq!(float_repr(-2.5e-10), "-2.5e-10");
        assert_eq!(float_repr(123456789.125), "123456789.125");
        assert_eq!(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
    }
    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash_float(1.5, 0), 1152921504606846977);
        assert_eq!(hash_float(-1.0, 0), -2);
        assert_eq!(hash_float(0.1, 0), 230584300921369408);
    }
    #[test]
    fn divmod_signs() {
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
    }
}
