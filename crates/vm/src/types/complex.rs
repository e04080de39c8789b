//! `complex`. Mirrors `Objects/complexobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::float::float_repr;
use crate::types::function::{Args, NativeKind, Sig};
use crate::vm::{add_method, add_methods, PyResult, Vm};

pub fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.new_zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Integer exponents by repeated multiplication (as CPython's c_powi).
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                r = mul(r, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        if n < 0 {
            r = div(vm, (1.0, 0.0), r)?;
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if !r.0.is_finite() || !r.1.is_finite() {
        return Err(vm.new_overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn div(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (c, d) = b;
    if c == 0.0 && d == 0.0 {
        return Err(vm.new_zero_division_error("complex division by zero"));
    }
    // Smith's algorithm, as CPython's _Py_c_quot.
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + d * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

fn to_c(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<(f64, f64)>> {
    Ok(match &o.payload {
        Payload::Complex(r, i) => Some((*r, *i)),
        Payload::Float(f) => Some((*f, 0.0)),
        Payload::Int(i) => Some((crate::protocol::number::int_to_f64(vm, i)?, 0.0)),
        _ => None,
    })
}

fn repr_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

pub fn complex_repr_str(re: f64, im: f64) -> String {
    let imag = if im.is_nan() { "nan".to_string() } else { repr_part(im) };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", imag);
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "" } else { "+" };
    let imag = if im.is_nan() { "nan".to_string() } else { imag };
    format!("({}{}{}j)", repr_part(re), sign, imag)
}

macro_rules! cbin {
    ($name:ident, $rname:ident, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let [x, y] = args.exact::<2>(vm, stringify!($name))?;
            let (Some($a), Some($b)) = (to_c(vm, x)?, to_c(vm, y)?) else { return Ok(vm.ctx.not_implemented.clone()) };
            let $vm = vm;
            let r: (f64, f64) = $body;
            Ok(vm.new_complex(r.0, r.1))
        }
        fn $rname(vm: &Vm, args: Args) -> PyResult {
            let [y, x] = args.exact::<2>(vm, stringify!($rname))?;
            let (Some($a), Some($b)) = (to_c(vm, x)?, to_c(vm, y)?) else { return Ok(vm.ctx.not_implemented.clone()) };
            let $vm = vm;
            let r: (f64, f64) = $body;
            Ok(vm.new_complex(r.0, r.1))
        }
    };
}

cbin!(c_add, c_radd, |_vm, a, b| (a.0 + b.0, a.1 + b.1));
cbin!(c_sub, c_rsub, |_vm, a, b| (a.0 - b.0, a.1 - b.1));
cbin!(c_mul, c_rmul, |_vm, a, b| mul(a, b));
cbin!(c_truediv, c_rtruediv, |vm, a, b| div(vm, a, b)?);

fn c_pow(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__pow__", 2, 3)?;
    if pos.len() == 3 && !vm.is_none(&pos[2]) {
        return Err(vm.new_value_error("complex modulo"));
    }
    let (Some(a), Some(b)) = (to_c(vm, &pos[0])?, to_c(vm, &pos[1])?) else { return Ok(vm.ctx.not_implemented.clone()) };
    let r = complex_pow(vm, a, b)?;
    Ok(vm.new_complex(r.0, r.1))
}
fn c_rpow(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "__rpow__", 2, 3)?;
    let (Some(a), Some(b)) = (to_c(vm, &pos[1])?, to_c(vm, &pos[0])?) else { return Ok(vm.ctx.not_implemented.clone()) };
    let r = complex_pow(vm, a, b)?;
    Ok(vm.new_complex(r.0, r.1))
}

fn c_eq(vm: &Vm, args: Args) -> PyResult {
    let [x, y] = args.exact::<2>(vm, "__eq__")?;
    let a = to_c(vm, x)?.unwrap_or((f64::NAN, 0.0));
    match &y.payload {
        Payload::Int(i) if a.1 == 0.0 => Ok(vm.new_bool(crate::types::float::float_int_cmp(a.0, i) == Some(std::cmp::Ordering::Equal))),
        _ => match to_c(vm, y)? {
            Some(b) => Ok(vm.new_bool(a == b)),
            None => Ok(vm.ctx.not_implemented.clone()),
        },
    }
}
fn c_ne(vm: &Vm, args: Args) -> PyResult {
    let r = c_eq(vm, args)?;
    if r.is(&vm.ctx.not_implemented) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}
fn c_repr(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_string(complex_repr_str(r, i)))
}
fn c_hash(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    let hr = crate::types::float::hash_float(r, args.args[0].id()) as u64;
    let hi = crate::types::float::hash_float(i, args.args[0].id()) as u64;
    let mut h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}
fn c_abs(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    let a = r.hypot(i);
    if a.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(vm.new_overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(a))
}
fn c_neg(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_complex(-r, -i))
}
fn c_pos(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_complex(r, i))
}
fn c_bool(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_bool(r != 0.0 || i != 0.0))
}
fn c_conjugate(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_complex(r, -i))
}
fn c_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let (r, i) = to_c(vm, &args.args[0])?.unwrap_or((0.0, 0.0));
    Ok(vm.new_tuple(vec![vm.new_float(r), vm.new_float(i)]))
}
fn c_format(vm: &Vm, args: Args) -> PyResult {
    let [o, spec] = args.exact::<2>(vm, "__format__")?;
    crate::format::format_complex(vm, o, crate::vm::str_of(spec))
}

fn parse_complex(vm: &Vm, s: &str) -> PyResult<(f64, f64)> {
    let err = || vm.new_value_error("complex() arg is a malformed string");
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return Err(err());
    }
    let pf = |x: &str| -> PyResult<f64> {
        if x.is_empty() || x == "+" {
            return Ok(1.0);
        }
        if x == "-" {
            return Ok(-1.0);
        }
        crate::types::float::parse_float_str(vm, x).map_err(|_| err())
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: last +/- not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Ok((crate::types::float::parse_float_str(vm, &body[..i]).map_err(|_| err())?, pf(&body[i..])?)),
            None => Ok((0.0, pf(body)?)),
        };
    }
    Ok((crate::types::float::parse_float_str(vm, t).map_err(|_| err())?, 0.0))
}

fn c_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let [real, imag] = args.shift().bind(vm, &Sig { name: "complex", names: ["real", "imag"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let (mut r, mut i) = (0.0, 0.0);
    // CPython adds the real argument's imaginary part only when it is complex
    // (so complex(0.0, -0.0) keeps the negative zero).
    let mut real_is_complex = false;
    if let Some(x) = &real {
        if let Payload::Str(s) = &x.payload {
            if imag.is_some() {
                return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b) = parse_complex(vm, s.as_str())?;
            r = a;
            i = b;
        } else if let Some((a, b)) = to_c(vm, x)? {
            r = a;
            i = b;
            real_is_complex = matches!(x.payload, Payload::Complex(..));
        } else if let Some(c) = vm.call_special(x, "__complex__", &[])? {
            real_is_complex = true;
            let (a, b) = to_c(vm, &c)?.ok_or_else(|| vm.new_type_error("__complex__ returned non-complex"))?;
            r = a;
            i = b;
        } else {
            r = crate::types::float::to_f64(vm, x).map_err(|_| vm.new_type_error(format!(
                "complex() first argument must be a string or a number, not '{}'", vm.type_name(x))))?;
        }
    }
    if let Some(y) = &imag {
        if let Payload::Str(_) = &y.payload {
            return Err(vm.new_type_error("complex() second arg can't be a string"));
        }
        match to_c(vm, y)? {
            Some((a, b)) => {
                r -= b;
                i = if real_is_complex { i + a } else { a };
            }
            None => {
                let f = crate::types::float::to_f64(vm, y).map_err(|_| vm.new_type_error(format!(
                    "complex() second argument must be a number, not '{}'", vm.type_name(y))))?;
                i = if real_is_complex { i + f } else { f };
            }
        }
    }
    if cls.is(&vm.ctx.types.complex_type) {
        return Ok(vm.new_complex(r, i));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Complex(r, i)))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.complex_type;
    add_method(vm, t, "__new__", c_new, NativeKind::StaticMethod);
    add_methods(vm, t, &[
        ("__add__", c_add), ("__radd__", c_radd), ("__sub__", c_sub), ("__rsub__", c_rsub), ("__mul__", c_mul),
        ("__rmul__", c_rmul), ("__truediv__", c_truediv), ("__rtruediv__", c_rtruediv), ("__pow__", c_pow), ("__rpow__", c_rpow),
        ("__eq__", c_eq), ("__ne__", c_ne), ("__repr__", c_repr), ("__hash__", c_hash), ("__abs__", c_abs), ("__neg__", c_neg),
        ("__pos__", c_pos), ("__bool__", c_bool), ("conjugate", c_conjugate), ("__getnewargs__", c_getnewargs),
        ("__format__", c_format),
    ]);
}
