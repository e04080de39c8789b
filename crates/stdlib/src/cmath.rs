//! `cmath`: complex math. The algorithms for finite arguments follow the
//! ones CPython documents in `Modules/cmathmodule.c` (Kahan-style branch
//! cuts, scaling near overflow/underflow) so that results agree to the bit;
//! non-finite arguments follow C99 Annex G.

use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, Sig};
use pyrite_vm::vm::{PyErr, PyResult, Vm};

type C = (f64, f64);

use crate::cmath_special as sv;

fn class_of(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == f64::NEG_INFINITY {
        0
    } else if x == f64::INFINITY {
        5
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The special-value table entry for a non-finite argument, if any.
fn special(t: &[[sv::Entry; 7]; 7], z: C) -> Option<(C, Errno)> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    let (a, b, e) = t[class_of(z.0)][class_of(z.1)];
    Some(((a, b), match e { 1 => Errno::Dom, 2 => Errno::Range, _ => Errno::Ok }))
}

/// Whether the result for a non-finite argument depends on the finite
/// value (infinite real part, finite nonzero imaginary part).
fn value_dependent(z: C) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}


const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const PI: f64 = std::f64::consts::PI;
const E: f64 = std::f64::consts::E;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
fn log_large() -> f64 {
    LARGE.ln()
}

extern "C" {
    fn asinh(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
}
fn m_asinh(x: f64) -> f64 {
    unsafe { asinh(x) }
}
fn m_log1p(x: f64) -> f64 {
    unsafe { log1p(x) }
}

#[derive(PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

fn c_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<C> {
    if let Payload::Complex(r, i) = &o.payload {
        return Ok((*r, *i));
    }
    if let Some(r) = vm.call_special(o, "__complex__", &[])? {
        return match &r.payload {
            Payload::Complex(a, b) => Ok((*a, *b)),
            _ => Err(vm.new_type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
        };
    }
    Ok((pyrite_vm::types::float::to_f64(vm, o)?, 0.0))
}

fn c_sqrt(z: C) -> C {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        if im.is_infinite() {
            return (f64::INFINITY, im);
        }
        if re.is_nan() {
            return (f64::NAN, f64::NAN);
        }
        if re.is_infinite() {
            if im.is_nan() {
                return if re > 0.0 { (re, im) } else { (f64::NAN, f64::INFINITY) };
            }
            return if re > 0.0 { (re, 0.0f64.copysign(im)) } else { (0.0, f64::INFINITY.copysign(im)) };
        }
        return (f64::NAN, f64::NAN);
    }
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    let mut ax = re.abs();
    let ay = im.abs();
    let s;
    if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = pyrite_vm::types::float::ldexp(ax, 53);
        s = pyrite_vm::types::float::ldexp((ax + ax.hypot(pyrite_vm::types::float::ldexp(ay, 53))).sqrt(), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * (ax + ax.hypot(ay / 8.0)).sqrt();
    }
    let d = ay / (2.0 * s);
    if re >= 0.0 {
        (s, d.copysign(im))
    } else {
        (d, s.copysign(im))
    }
}

fn c_log(z: C) -> (C, Errno) {
    let (re, im) = z;
    if let Some(r) = special(&sv::LOG, z) {
        return r;
    }
    let ax = re.abs();
    let ay = im.abs();
    let mut err = Errno::Ok;
    let real = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            pyrite_vm::types::float::ldexp(ax, 53).hypot(pyrite_vm::types::float::ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            err = Errno::Dom;
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            m_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ((real, im.atan2(re)), err)
}

fn c_asinh(z: C) -> C {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            let i = if im.is_nan() { im } else if im.is_infinite() { (PI / 4.0).copysign(im) } else { 0.0f64.copysign(im) };
            return (re, i);
        }
        if im.is_infinite() {
            return (f64::INFINITY.copysign(re), if re.is_nan() { f64::NAN } else { (PI / 2.0).copysign(im) });
        }
        return (if im == 0.0 { f64::NAN } else { f64::NAN }, if im == 0.0 { im } else { f64::NAN });
    }
    if re.abs() > LARGE || im.abs() > LARGE {
        let real = if im >= 0.0 {
            ((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0).copysign(re)
        } else {
            -((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0).copysign(-re)
        };
        return (real, im.atan2(re.abs()));
    }
    let s1 = c_sqrt((1.0 + im, -re));
    let s2 = c_sqrt((1.0 - im, re));
    (m_asinh(s1.0 * s2.1 - s2.0 * s1.1), im.atan2(s1.0 * s2.0 - s1.1 * s2.1))
}

fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_acos(z: C) -> C {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        if re.is_nan() {
            return (f64::NAN, if im.is_infinite() { -im } else { f64::NAN });
        }
        if im.is_nan() {
            return (f64::NAN, if re.is_infinite() { f64::INFINITY } else { f64::NAN });
        }
        if re.is_infinite() && im.is_infinite() {
            return (if re > 0.0 { PI / 4.0 } else { 3.0 * PI / 4.0 }, -im);
        }
        if re.is_infinite() {
            return (if re > 0.0 { 0.0 } else { PI }, f64::INFINITY.copysign(-im));
        }
        return (PI / 2.0, -im);
    }
    if re.abs() > LARGE || im.abs() > LARGE {
        let real = im.abs().atan2(re);
        let imag = if re < 0.0 {
            -((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0).copysign(im)
        } else {
            ((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0).copysign(-im)
        };
        return (real, imag);
    }
    let s1 = c_sqrt((1.0 - re, -im));
    let s2 = c_sqrt((1.0 + re, im));
    (2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0))
}

fn c_acosh(z: C) -> C {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        let a = c_acos(z);
        // acosh(z) = +-i acos(z), choosing the sign that gives re >= 0
        let r = if im.is_sign_negative() { (-a.1, a.0) } else { (a.1, -a.0) };
        return (r.0.abs(), r.1);
    }
    if re.abs() > LARGE || im.abs() > LARGE {
        return ((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0, im.atan2(re));
    }
    let s1 = c_sqrt((re - 1.0, im));
    let s2 = c_sqrt((re + 1.0, im));
    (m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
}

fn c_atanh(z: C) -> (C, Errno) {
    let (re, im) = z;
    if re < 0.0 || (re == 0.0 && re.is_sign_negative() && !im.is_nan()) {
        let (r, e) = c_atanh((-re, -im));
        return ((-r.0, -r.1), e);
    }
    if !re.is_finite() || !im.is_finite() {
        if im.is_infinite() {
            return ((0.0f64.copysign(re), (PI / 2.0).copysign(im)), Errno::Ok);
        }
        if re.is_infinite() {
            return ((0.0f64.copysign(re), if im.is_nan() { im } else { (PI / 2.0).copysign(im) }), Errno::Ok);
        }
        return ((f64::NAN, f64::NAN), Errno::Ok);
    }
    let ay = im.abs();
    if re > sqrt_large() || ay > sqrt_large() {
        let h = (re / 2.0).hypot(im / 2.0);
        return ((re / 4.0 / h / h, -(PI / 2.0).copysign(-im)), Errno::Ok);
    }
    if re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((f64::INFINITY, im), Errno::Dom);
        }
        return ((-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2.0f64.atan2(-ay) / 2.0).copysign(im)), Errno::Ok);
    }
    (
        (m_log1p(4.0 * re / ((1.0 - re) * (1.0 - re) + ay * ay)) / 4.0, -(-2.0 * im).atan2((1.0 - re) * (1.0 + re) - ay * ay) / 2.0),
        Errno::Ok,
    )
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    let (re, im) = z;
    if value_dependent(z) {
        return if re > 0.0 {
            ((f64::INFINITY.copysign(im.cos()), f64::INFINITY.copysign(im.sin())), Errno::Ok)
        } else {
            ((0.0f64.copysign(im.cos()), 0.0f64.copysign(im.sin())), Errno::Ok)
        };
    }
    if let Some(r) = special(&sv::EXP, z) {
        return r;
    }
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() && re < 0.0 {
            return if im.is_finite() { ((0.0 * im.cos(), 0.0 * im.sin()), Errno::Ok) } else { ((0.0, 0.0), Errno::Ok) };
        }
        if re.is_infinite() {
            if im == 0.0 {
                return ((re, im), Errno::Ok);
            }
            if !im.is_finite() {
                return ((re, f64::NAN), Errno::Ok);
            }
            return ((f64::INFINITY.copysign(im.cos()), f64::INFINITY.copysign(im.sin())), Errno::Ok);
        }
        if re.is_nan() {
            return ((f64::NAN, if im == 0.0 { im } else { f64::NAN }), Errno::Ok);
        }
        return ((f64::NAN, f64::NAN), Errno::Dom);
    }
    let (r0, r1) = if re > log_large() {
        let l = (re - 1.0).exp();
        (l * im.cos() * E, l * im.sin() * E)
    } else {
        let l = re.exp();
        (l * im.cos(), l * im.sin())
    };
    let e = if r0.is_infinite() || r1.is_infinite() { Errno::Range } else { Errno::Ok };
    ((r0, r1), e)
}

fn c_cosh(z: C) -> (C, Errno) {
    let (re, im) = z;
    if value_dependent(z) {
        return ((f64::INFINITY.copysign(im.cos()), f64::INFINITY.copysign(im.sin()) * 1.0f64.copysign(re)), Errno::Ok);
    }
    if let Some(r) = special(&sv::COSH, z) {
        return r;
    }
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() && im.is_finite() && im != 0.0 {
            return ((f64::INFINITY * im.cos(), f64::INFINITY.copysign(re) * im.sin()), Errno::Ok);
        }
        if re.is_infinite() && im == 0.0 {
            return ((f64::INFINITY, 0.0f64.copysign(re) * im), Errno::Ok);
        }
        if re.is_infinite() {
            return ((f64::INFINITY, f64::NAN), Errno::Ok);
        }
        if re == 0.0 && !im.is_finite() {
            return ((f64::NAN, 0.0), Errno::Dom);
        }
        return ((f64::NAN, f64::NAN), if im.is_infinite() { Errno::Dom } else { Errno::Ok });
    }
    let (a, b) = if re.abs() > log_large() {
        let x = re - 1.0f64.copysign(re);
        (im.cos() * x.cosh() * E, im.sin() * x.sinh() * E)
    } else {
        (im.cos() * re.cosh(), im.sin() * re.sinh())
    };
    let e = if a.is_infinite() || b.is_infinite() { Errno::Range } else { Errno::Ok };
    ((a, b), e)
}

fn c_sinh(z: C) -> (C, Errno) {
    let (re, im) = z;
    if value_dependent(z) {
        return ((f64::INFINITY.copysign(im.cos()) * 1.0f64.copysign(re), f64::INFINITY.copysign(im.sin())), Errno::Ok);
    }
    if let Some(r) = special(&sv::SINH, z) {
        return r;
    }
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() && im.is_finite() && im != 0.0 {
            return ((re * im.cos(), f64::INFINITY * im.sin()), Errno::Ok);
        }
        if re.is_infinite() && im == 0.0 {
            return ((re, im), Errno::Ok);
        }
        if re.is_infinite() {
            return ((re, f64::NAN), Errno::Ok);
        }
        if re == 0.0 && !im.is_finite() {
            return ((re, f64::NAN), if im.is_infinite() { Errno::Dom } else { Errno::Ok });
        }
        return ((f64::NAN, f64::NAN), if im.is_infinite() { Errno::Dom } else { Errno::Ok });
    }
    let (a, b) = if re.abs() > log_large() {
        let x = re - 1.0f64.copysign(re);
        (im.cos() * x.sinh() * E, im.sin() * x.cosh() * E)
    } else {
        (im.cos() * re.sinh(), im.sin() * re.cosh())
    };
    let e = if a.is_infinite() || b.is_infinite() { Errno::Range } else { Errno::Ok };
    ((a, b), e)
}

fn c_tanh(z: C) -> (C, Errno) {
    let (re, im) = z;
    if value_dependent(z) {
        return ((1.0f64.copysign(re), 0.0f64.copysign(2.0 * im.sin() * im.cos())), Errno::Ok);
    }
    if let Some(r) = special(&sv::TANH, z) {
        return r;
    }
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            let i = if im.is_finite() { 0.0f64.copysign(2.0 * im.sin() * im.cos()) } else { 0.0 };
            return ((1.0f64.copysign(re), i), Errno::Ok);
        }
        if re == 0.0 && !im.is_nan() {
            return ((re, f64::NAN), Errno::Dom);
        }
        if re.is_nan() && im == 0.0 {
            return ((re, im), Errno::Ok);
        }
        return ((f64::NAN, f64::NAN), if im.is_infinite() { Errno::Dom } else { Errno::Ok });
    }
    if re.abs() > log_large() {
        return ((1.0f64.copysign(re), 4.0 * im.sin() * im.cos() * (-2.0 * re.abs()).exp()), Errno::Ok);
    }
    let tx = re.tanh();
    let ty = im.tan();
    let cx = 1.0 / re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), Errno::Ok)
}

fn rot(f: fn(C) -> (C, Errno), z: C, back: bool) -> (C, Errno) {
    // f(i z), optionally multiplied by -i
    let (s, e) = f((-z.1, z.0));
    if back { ((s.1, -s.0), e) } else { (s, e) }
}

fn finish(vm: &Vm, r: (C, Errno)) -> PyResult {
    match r.1 {
        Errno::Dom => Err(domain(vm)),
        Errno::Range => Err(vm.new_overflow_error("math range error")),
        Errno::Ok => Ok(vm.new_complex(r.0 .0, r.0 .1)),
    }
}

fn domain(vm: &Vm) -> PyErr {
    vm.new_value_error("math domain error")
}

fn arg1(vm: &Vm, args: &Args, name: &str) -> PyResult<C> {
    let [z] = args.exact::<1>(vm, name)?;
    c_arg(vm, z)
}

macro_rules! cfunc {
    ($($name:ident, $py:expr, $body:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            let z = arg1(vm, &args, concat!("cmath.", $py))?;
            let f: fn(C) -> (C, Errno) = $body;
            finish(vm, f(z))
        })*
    };
}

cfunc! {
    cm_sqrt, "sqrt", |z| special(&sv::SQRT, z).unwrap_or_else(|| (c_sqrt(z), Errno::Ok));
    cm_exp, "exp", c_exp;
    cm_acos, "acos", |z| special(&sv::ACOS, z).unwrap_or_else(|| (c_acos(z), Errno::Ok));
    cm_acosh, "acosh", |z| special(&sv::ACOSH, z).unwrap_or_else(|| (c_acosh(z), Errno::Ok));
    cm_asin, "asin", |z| special(&sv::ASIN, z).unwrap_or_else(|| (c_asin(z), Errno::Ok));
    cm_asinh, "asinh", |z| special(&sv::ASINH, z).unwrap_or_else(|| (c_asinh(z), Errno::Ok));
    cm_atan, "atan", |z| special(&sv::ATAN, z).unwrap_or_else(|| c_atan(z));
    cm_atanh, "atanh", |z| special(&sv::ATANH, z).unwrap_or_else(|| c_atanh(z));
    cm_cosh, "cosh", c_cosh;
    cm_sinh, "sinh", c_sinh;
    cm_tanh, "tanh", c_tanh;
    cm_cos, "cos", |z| rot(c_cosh, z, false);
    cm_sin, "sin", |z| rot(c_sinh, z, true);
    cm_tan, "tan", |z| rot(c_tanh, z, true);
    cm_log10, "log10", |z| { let (r, e) = c_log(z); ((r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10), e) };
}

fn c_quot(a: C, b: C) -> (C, Errno) {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom), Errno::Ok)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom), Errno::Ok)
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}

fn cm_log(vm: &Vm, args: Args) -> PyResult {
    let a = args.range(vm, "log", 1, 2)?;
    let z = c_arg(vm, &a[0])?;
    let (mut r, mut e) = c_log(z);
    if let Some(b) = a.get(1) {
        let b = c_arg(vm, b)?;
        let (lb, e2) = c_log(b);
        if e2 != Errno::Ok {
            e = e2;
        }
        let (q, e3) = c_quot(r, lb);
        r = q;
        if e3 != Errno::Ok {
            e = e3;
        }
    }
    finish(vm, (r, e))
}

fn cm_phase(vm: &Vm, args: Args) -> PyResult {
    let z = arg1(vm, &args, "cmath.phase")?;
    Ok(vm.new_float(z.1.atan2(z.0)))
}

fn c_abs(z: C) -> (f64, Errno) {
    if z.0.is_infinite() || z.1.is_infinite() {
        return (f64::INFINITY, Errno::Ok);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

fn cm_polar(vm: &Vm, args: Args) -> PyResult {
    let z = arg1(vm, &args, "cmath.polar")?;
    let (r, e) = c_abs(z);
    if e == Errno::Range {
        return Err(vm.new_overflow_error("math range error"));
    }
    Ok(vm.new_tuple(vec![vm.new_float(r), vm.new_float(z.1.atan2(z.0))]))
}

fn cm_rect(vm: &Vm, args: Args) -> PyResult {
    let [r, phi] = args.exact::<2>(vm, "rect")?;
    let r = pyrite_vm::types::float::to_f64(vm, r)?;
    let phi = pyrite_vm::types::float::to_f64(vm, phi)?;
    if value_dependent((r, phi)) {
        let (a, b) = (f64::INFINITY.copysign(phi.cos()), f64::INFINITY.copysign(phi.sin()));
        return Ok(if r > 0.0 { vm.new_complex(a, b) } else { vm.new_complex(-a, -b) });
    }
    if let Some(res) = special(&sv::RECT, (r, phi)) {
        return finish(vm, res);
    }
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let (a, b) = if r > 0.0 { (r * phi.cos(), r * phi.sin()) } else { (-r * phi.cos(), -r * phi.sin()) };
        let (a, b) = if r > 0.0 { (a, b) } else { (-a, -b) };
        return Ok(vm.new_complex(a, b));
    }
    if r.is_infinite() && !phi.is_finite() {
        return Err(domain(vm));
    }
    if r.is_finite() && r != 0.0 && phi.is_infinite() {
        return Err(domain(vm));
    }
    if phi == 0.0 {
        return Ok(vm.new_complex(r, r * phi));
    }
    Ok(vm.new_complex(r * phi.cos(), r * phi.sin()))
}

fn cm_isfinite(vm: &Vm, args: Args) -> PyResult {
    let z = arg1(vm, &args, "cmath.isfinite")?;
    Ok(vm.new_bool(z.0.is_finite() && z.1.is_finite()))
}
fn cm_isinf(vm: &Vm, args: Args) -> PyResult {
    let z = arg1(vm, &args, "cmath.isinf")?;
    Ok(vm.new_bool(z.0.is_infinite() || z.1.is_infinite()))
}
fn cm_isnan(vm: &Vm, args: Args) -> PyResult {
    let z = arg1(vm, &args, "cmath.isnan")?;
    Ok(vm.new_bool(z.0.is_nan() || z.1.is_nan()))
}

fn cm_isclose(vm: &Vm, args: Args) -> PyResult {
    let [a, b, rt, at] = args.bind(vm, &Sig { name: "isclose", names: ["a", "b", "rel_tol", "abs_tol"], posonly: 0, required: 2, kwonly_from: 2 })?;
    let a = c_arg(vm, a.as_ref().unwrap_or(&vm.none()))?;
    let b = c_arg(vm, b.as_ref().unwrap_or(&vm.none()))?;
    let rel = match rt { Some(x) => pyrite_vm::types::float::to_f64(vm, &x)?, None => 1e-9 };
    let abs = match at { Some(x) => pyrite_vm::types::float::to_f64(vm, &x)?, None => 0.0 };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = c_abs((b.0 - a.0, b.1 - a.1)).0;
    Ok(vm.new_bool(diff <= rel * c_abs(b).0 || diff <= rel * c_abs(a).0 || diff <= abs))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("cmath", Some("This module provides access to mathematical functions for complex\nnumbers."));
    pyrite_vm::modules::sys::add_functions(vm, &m, "cmath", &[
        ("acos", cm_acos), ("acosh", cm_acosh), ("asin", cm_asin), ("asinh", cm_asinh), ("atan", cm_atan), ("atanh", cm_atanh),
        ("cos", cm_cos), ("cosh", cm_cosh), ("exp", cm_exp), ("isclose", cm_isclose), ("isfinite", cm_isfinite),
        ("isinf", cm_isinf), ("isnan", cm_isnan), ("log", cm_log), ("log10", cm_log10), ("phase", cm_phase),
        ("polar", cm_polar), ("rect", cm_rect), ("sin", cm_sin), ("sinh", cm_sinh), ("sqrt", cm_sqrt), ("tan", cm_tan),
        ("tanh", cm_tanh),
    ]);
    let set = |k: &str, v: PyObjectRef| pyrite_vm::modules::sys::set_attr(vm, &m, k, v);
    set("pi", vm.new_float(PI));
    set("e", vm.new_float(E));
    set("tau", vm.new_float(std::f64::consts::TAU));
    set("inf", vm.new_float(f64::INFINITY));
    set("nan", vm.new_float(f64::NAN));
    set("infj", vm.new_complex(0.0, f64::INFINITY));
    set("nanj", vm.new_complex(0.0, f64::NAN));
    crate::math::set_ext_file(vm, &m, "cmath");
    Ok(m)
}
