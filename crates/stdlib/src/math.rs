//! `math`. Follows `Modules/mathmodule.c` in behaviour: the libm functions
//! with CPython's error rules (NaN from a non-NaN argument is "math domain
//! error", an infinite result from finite arguments is "math range error"
//! for functions that can overflow), exact `fsum` (Shewchuk partials),
//! correctly rounded `hypot`/`dist` (exact integer sum of squares), and
//! integer functions on big ints.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, Sig};
use pyrite_vm::vm::{PyResult, Vm};

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
    fn exp2(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
    fn expm1(x: f64) -> f64;
}

/// glibc's cbrt (the one CPython calls): the Rust runtime carries its own
/// `cbrt` symbol, so look the system one up explicitly.
fn libm_cbrt(x: f64) -> f64 {
    static F: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| {
        // SAFETY: dlopen/dlsym with valid NUL-terminated names.
        unsafe {
            let h = libc::dlopen(b"libm.so.6\0".as_ptr() as *const libc::c_char, libc::RTLD_NOW);
            if h.is_null() {
                return None;
            }
            let p = libc::dlsym(h, b"cbrt\0".as_ptr() as *const libc::c_char);
            if p.is_null() { None } else { Some(p as usize) }
        }
    });
    match f {
        // SAFETY: the symbol is libm's `double cbrt(double)`.
        Some(p) => unsafe { std::mem::transmute::<usize, extern "C" fn(f64) -> f64>(*p)(x) },
        None => x.cbrt(),
    }
}

/// CPython ships these modules as extension modules in lib-dynload, so
/// they have a `__file__` (and `repr(module)` shows it); mirror that under
/// the embedded library's prefix.
pub fn set_ext_file(vm: &Vm, m: &PyObjectRef, name: &str) {
    let f = format!("/@pyrite/lib-dynload/{}.cpython-311-x86_64-linux-gnu.so", name);
    pyrite_vm::modules::sys::set_attr(vm, m, "__file__", vm.new_string(f));
}

pub fn f64_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<f64> {
    pyrite_vm::types::float::to_f64(vm, o)
}

fn domain(vm: &Vm) -> pyrite_vm::vm::PyErr {
    vm.new_value_error("math domain error")
}
fn range(vm: &Vm) -> pyrite_vm::vm::PyErr {
    vm.new_overflow_error("math range error")
}

/// CPython's `math_1`.
fn math_1(vm: &Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.new_float(r))
}

fn math_2(vm: &Vm, x: f64, y: f64, f: fn(f64, f64) -> f64) -> PyResult {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

macro_rules! func1 {
    ($($name:ident, $pyname:expr, $f:expr, $ov:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult {
            let [x] = args.exact::<1>(vm, concat!("math.", $pyname))?;
            let x = f64_arg(vm, x)?;
            math_1(vm, x, $f, $ov)
        })*
    };
}

func1! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", |x| unsafe { acosh(x) }, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", |x| unsafe { asinh(x) }, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", |x| unsafe { atanh(x) }, false;
    m_cbrt, "cbrt", libm_cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", |x| unsafe { exp2(x) }, true;
    m_expm1, "expm1", |x| unsafe { expm1(x) }, true;
    m_fabs, "fabs", f64::abs, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
    m_erf, "erf", |x| unsafe { erf(x) }, false;
    m_erfc, "erfc", |x| unsafe { erfc(x) }, false;
    m_log1p, "log1p", |x| unsafe { log1p(x) }, false;
}

fn m_degrees(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.degrees")?;
    Ok(vm.new_float(f64_arg(vm, x)? * (180.0 / std::f64::consts::PI)))
}
fn m_radians(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.radians")?;
    Ok(vm.new_float(f64_arg(vm, x)? * (std::f64::consts::PI / 180.0)))
}
fn m_isfinite(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.isfinite")?;
    Ok(vm.new_bool(f64_arg(vm, x)?.is_finite()))
}
fn m_isinf(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.isinf")?;
    Ok(vm.new_bool(f64_arg(vm, x)?.is_infinite()))
}
fn m_isnan(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.isnan")?;
    Ok(vm.new_bool(f64_arg(vm, x)?.is_nan()))
}

// Lanczos approximation (g = 6.024680040776729583740234375, 13 terms; the
// published Boost/Godfrey coefficients), evaluated as CPython documents, so
// that gamma/lgamma agree with it to the bit rather than with libm.
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
// x (x+1) ... (x+11)
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn m_gamma(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.gamma")?;
    let x = f64_arg(vm, x)?;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(vm.new_float(x)) } else { Err(domain(vm)) };
    }
    if x == 0.0 {
        return Err(domain(vm));
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain(vm));
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            let mut i = 2.0;
            while i < x {
                f *= i;
                i += 1.0;
            }
            return Ok(vm.new_float(f));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range(vm));
        }
        return Ok(vm.new_float(r));
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(vm.new_float(0.0 / sinpi(x)));
        }
        return Err(range(vm));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_lgamma(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.lgamma")?;
    let x = f64_arg(vm, x)?;
    if !x.is_finite() {
        return Ok(vm.new_float(if x.is_nan() { x } else { f64::INFINITY }));
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain(vm));
        }
        return Ok(vm.new_float(0.0));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(vm.new_float(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = 1.144729885849400174143427351353058711647 - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn two(vm: &Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let [x, y] = args.exact::<2>(vm, name)?;
    Ok((f64_arg(vm, x)?, f64_arg(vm, y)?))
}

fn m_atan2(vm: &Vm, args: Args) -> PyResult {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}
fn m_copysign(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}
fn m_fmod(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    math_2(vm, x, y, |a, b| a % b)
}
fn m_remainder(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "remainder")?;
    math_2(vm, x, y, |a, b| unsafe { remainder(a, b) })
}
fn m_nextafter(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "nextafter")?;
    Ok(vm.new_float(unsafe { nextafter(x, y) }))
}
fn m_ulp(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.ulp")?;
    let x = f64_arg(vm, x)?.abs();
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let x2 = unsafe { nextafter(x, f64::INFINITY) };
    if x2.is_infinite() {
        let x0 = unsafe { nextafter(x, 0.0) };
        return Ok(vm.new_float(x - x0));
    }
    Ok(vm.new_float(x2 - x))
}

fn m_pow(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "pow")?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            r = if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            };
        } else {
            // y infinite
            r = if x.abs() == 1.0 {
                1.0
            } else if y > 0.0 && x.abs() > 1.0 {
                y
            } else if y < 0.0 && x.abs() < 1.0 {
                -y
            } else {
                0.0
            };
        }
        return Ok(vm.new_float(r));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain(vm) } else { range(vm) });
    }
    Ok(vm.new_float(r))
}

/// (mantissa in [0.5, 1), exponent) of a positive big int.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = (bits - 64).max(0);
    let top: BigInt = b >> (shift as usize);
    // keep a sticky bit so that the conversion to f64 rounds correctly
    let sticky = shift > 0 && (&top << (shift as usize)) != *b;
    let t = (top.to_u64().unwrap_or(u64::MAX) | sticky as u64) as f64;
    // t < 2**64; t * 2**shift = b (approximately, to 64 bits)
    let (m, e) = pyrite_vm::types::float::frexp(t);
    (m, e as i64 + shift)
}

fn loghelper(vm: &Vm, x: &PyObjectRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Payload::Int(i) = &x.payload {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        if let Some(v) = i.to_f64() {
            return Ok(f(v));
        }
        let (m, e) = big_frexp(&i.to_big());
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let v = f64_arg(vm, x)?;
    let r = f(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && v.is_finite() {
        return Err(domain(vm));
    }
    Ok(r)
}

fn m_log(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "math.log")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.new_type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &a[0], f64::ln)?;
    if a.len() == 2 {
        let den = loghelper(vm, &a[1], f64::ln)?;
        if den == 0.0 {
            return Err(vm.new_zero_division_error("float division by zero"));
        }
        return Ok(vm.new_float(num / den));
    }
    Ok(vm.new_float(num))
}
fn m_log2(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.log2")?;
    Ok(vm.new_float(loghelper(vm, x, f64::log2)?))
}
fn m_log10(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.log10")?;
    Ok(vm.new_float(loghelper(vm, x, f64::log10)?))
}

fn float_to_int_obj(vm: &Vm, f: f64) -> PyResult {
    Ok(vm.new_pyint(pyrite_vm::types::float::float_to_int(vm, f)?))
}

fn round_like(vm: &Vm, args: Args, name: &str, special: &str, f: fn(f64) -> f64) -> PyResult {
    let [x] = args.exact::<1>(vm, name)?;
    match &x.payload {
        Payload::Float(v) if x.class_is(&vm.ctx.types.float_type) => return float_to_int_obj(vm, f(*v)),
        Payload::Int(i) if x.class_is(&vm.ctx.types.int_type) => return Ok(vm.new_pyint(i.clone())),
        _ => {}
    }
    if let Some(r) = vm.call_special(x, special, &[])? {
        return Ok(r);
    }
    let v = f64_arg(vm, x)?;
    float_to_int_obj(vm, f(v))
}
fn m_ceil(vm: &Vm, args: Args) -> PyResult {
    round_like(vm, args, "math.ceil", "__ceil__", f64::ceil)
}
fn m_floor(vm: &Vm, args: Args) -> PyResult {
    round_like(vm, args, "math.floor", "__floor__", f64::floor)
}
fn m_trunc(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.trunc")?;
    if let Payload::Float(v) = &x.payload {
        if x.class_is(&vm.ctx.types.float_type) {
            return float_to_int_obj(vm, v.trunc());
        }
    }
    match vm.call_special(x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(x)))),
    }
}

fn m_frexp(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.frexp")?;
    let x = f64_arg(vm, x)?;
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return Ok(vm.new_tuple(vec![vm.new_float(x), vm.new_int(0)]));
    }
    let (m, e) = pyrite_vm::types::float::frexp(x);
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e as i64)]))
}

fn m_ldexp(vm: &Vm, args: Args) -> PyResult {
    let [x, i] = args.exact::<2>(vm, "ldexp")?;
    let x = f64_arg(vm, x)?;
    let e = match &i.payload {
        Payload::Int(e) => e.clone(),
        _ => return Err(vm.new_type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let e = match e.as_i64() {
        Some(v) if v > i32::MAX as i64 => return Err(range(vm)),
        Some(v) if v < i32::MIN as i64 => return Ok(vm.new_float(0.0f64.copysign(x))),
        Some(v) => v as i32,
        None => {
            if e.is_negative() {
                return Ok(vm.new_float(0.0f64.copysign(x)));
            }
            return Err(range(vm));
        }
    };
    let r = pyrite_vm::types::float::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_modf(vm: &Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.modf")?;
    let x = f64_arg(vm, x)?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(vec![vm.new_float(0.0f64.copysign(x)), vm.new_float(x)]));
    }
    if x.is_nan() {
        return Ok(vm.new_tuple(vec![vm.new_float(x), vm.new_float(x)]));
    }
    let ip = x.trunc();
    Ok(vm.new_tuple(vec![vm.new_float((x - ip).copysign(x)), vm.new_float(ip)]))
}

fn m_fsum(vm: &Vm, args: Args) -> PyResult {
    let [it] = args.exact::<1>(vm, "math.fsum")?;
    let iter = vm.get_iter(it)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&iter)? {
        let mut x = f64_arg(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.new_overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

/// Correctly rounded sqrt(sum of squares) of finite floats.
fn exact_norm(xs: &[f64]) -> f64 {
    // x = m * 2**e, m integer
    let mut parts: Vec<(u64, i32)> = Vec::new();
    for &x in xs {
        let x = x.abs();
        if x == 0.0 {
            continue;
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
        parts.push((m, e));
    }
    if parts.is_empty() {
        return 0.0;
    }
    let emin = parts.iter().map(|p| p.1).min().unwrap_or(0);
    let mut s = BigInt::zero();
    for (m, e) in &parts {
        let sq = BigInt::from(*m) * BigInt::from(*m);
        s += sq << ((2 * (e - emin)) as usize);
    }
    // sqrt(s) * 2**emin; scale s by 4**k so that isqrt has >= 66 bits.
    let bits = s.bits() as i64;
    let k = ((140 - bits) / 2).max(0);
    let scaled: BigInt = &s << ((2 * k) as usize);
    let r = scaled.sqrt();
    let sticky = &r * &r != scaled;
    // r has ~70 bits; reduce to 64 bits keeping a sticky bit.
    let rb = r.bits() as i64;
    let sh = (rb - 63).max(0);
    let top: BigInt = &r >> (sh as usize);
    let lost = sticky || (&top << (sh as usize)) != r;
    let mut t = top.to_u64().unwrap_or(0);
    if lost {
        t |= 1;
    }
    let f = t as f64;
    pyrite_vm::types::float::ldexp(f, (sh + emin as i64 - k) as i32)
}

fn vector_norm(vs: &[f64]) -> f64 {
    let mut found_nan = false;
    for v in vs {
        if v.is_infinite() {
            return f64::INFINITY;
        }
        if v.is_nan() {
            found_nan = true;
        }
    }
    if found_nan {
        return f64::NAN;
    }
    exact_norm(vs)
}

fn m_hypot(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "math.hypot")?;
    let mut vs = Vec::new();
    for a in args.pos() {
        vs.push(f64_arg(vm, a)?);
    }
    Ok(vm.new_float(vector_norm(&vs)))
}

fn m_dist(vm: &Vm, args: Args) -> PyResult {
    let [p, q] = args.exact::<2>(vm, "dist")?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let mut vs = Vec::new();
    for (a, b) in p.iter().zip(q.iter()) {
        vs.push(f64_arg(vm, a)? - f64_arg(vm, b)?);
    }
    Ok(vm.new_float(vector_norm(&vs)))
}

fn m_isclose(vm: &Vm, args: Args) -> PyResult {
    let [a, b, rt, at] = args.bind(vm, &Sig { name: "isclose", names: ["a", "b", "rel_tol", "abs_tol"], posonly: 0, required: 2, kwonly_from: 2 })?;
    let a = f64_arg(vm, a.as_ref().unwrap_or(&vm.none()))?;
    let b = f64_arg(vm, b.as_ref().unwrap_or(&vm.none()))?;
    let rel = match rt { Some(x) => f64_arg(vm, &x)?, None => 1e-9 };
    let abs = match at { Some(x) => f64_arg(vm, &x)?, None => 0.0 };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (b - a).abs();
    Ok(vm.new_bool((diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs))
}

fn int_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<BigInt> {
    Ok(vm.index_value(o)?.to_big())
}

fn m_gcd(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "math.gcd")?;
    let mut g = BigInt::zero();
    for a in args.pos() {
        let v = int_arg(vm, a)?;
        g = g.gcd(&v);
    }
    Ok(vm.new_bigint(g))
}
fn m_lcm(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "math.lcm")?;
    let mut l = BigInt::one();
    for a in args.pos() {
        let v = int_arg(vm, a)?;
        if l.is_zero() || v.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&v);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn m_isqrt(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "math.isqrt")?;
    let n = int_arg(vm, n)?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn product_range(lo: u64, hi: u64) -> BigInt {
    // product of lo..=hi (empty = 1), balanced
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for i in lo..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_factorial(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "math.factorial")?;
    let n = int_arg(vm, n)?;
    if n.is_negative() {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_i64() {
        Some(v) => v as u64,
        None => return Err(vm.new_overflow_error("factorial() argument should not exceed 9223372036854775807")),
    };
    Ok(vm.new_bigint(product_range(1, n)))
}

fn comb_perm(vm: &Vm, n: &PyObjectRef, k: Option<&PyObjectRef>, comb: bool) -> PyResult {
    let n = int_arg(vm, n)?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    let k = match k {
        Some(k) if !vm.is_none(k) => int_arg(vm, k)?,
        _ => {
            if comb {
                return Err(vm.new_type_error("comb() missing required argument 'k' (pos 2)"));
            }
            // perm(n) = n!
            let nn = match n.to_i64() {
                Some(v) => v as u64,
                None => return Err(vm.new_overflow_error("n must not exceed 9223372036854775807")),
            };
            return Ok(vm.new_bigint(product_range(1, nn)));
        }
    };
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let mut k = k;
    if comb {
        let nk = &n - &k;
        if nk < k {
            k = nk;
        }
    }
    let kk = match k.to_i64() {
        Some(v) => v as u64,
        None => {
            return Err(vm.new_overflow_error(if comb { "min(n - k, k) must not exceed 9223372036854775807" } else { "k must not exceed 9223372036854775807" }));
        }
    };
    let mut r = BigInt::one();
    if comb {
        for i in 0..kk {
            r = r * (&n - BigInt::from(i));
            r /= BigInt::from(i + 1);
        }
    } else if let Some(nn) = n.to_u64() {
        r = product_range(nn - kk + 1, nn);
    } else {
        for i in 0..kk {
            r *= &n - BigInt::from(i);
        }
    }
    Ok(vm.new_bigint(r))
}

fn m_comb(vm: &Vm, args: Args) -> PyResult {
    let [n, k] = args.exact::<2>(vm, "comb")?;
    comb_perm(vm, n, Some(k), true)
}
fn m_perm(vm: &Vm, args: Args) -> PyResult {
    let a = args.range(vm, "perm", 1, 2)?;
    comb_perm(vm, &a[0], a.get(1), false)
}

fn m_prod(vm: &Vm, args: Args) -> PyResult {
    let npos = args.npos();
    if npos != 1 {
        return Err(vm.new_type_error(format!("prod() takes exactly 1 positional argument ({} given)", npos)));
    }
    let [it, start] = args.bind(vm, &Sig { name: "prod", names: ["iterable", "start"], posonly: 1, required: 1, kwonly_from: 1 })?;
    let it = it.unwrap_or_else(|| vm.none());
    let mut acc = start.unwrap_or_else(|| vm.new_int(1));
    let iter = vm.get_iter(&it)?;
    while let Some(x) = vm.next(&iter)? {
        acc = vm.binary_op(&acc, &x, pyrite_bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("math", Some("This module provides access to the mathematical functions\ndefined by the C standard."));
    pyrite_vm::modules::sys::add_functions(vm, &m, "math", &[
        ("acos", m_acos), ("acosh", m_acosh), ("asin", m_asin), ("asinh", m_asinh), ("atan", m_atan), ("atan2", m_atan2),
        ("atanh", m_atanh), ("cbrt", m_cbrt), ("ceil", m_ceil), ("comb", m_comb), ("copysign", m_copysign), ("cos", m_cos),
        ("cosh", m_cosh), ("degrees", m_degrees), ("dist", m_dist), ("erf", m_erf), ("erfc", m_erfc), ("exp", m_exp),
        ("exp2", m_exp2), ("expm1", m_expm1), ("fabs", m_fabs), ("factorial", m_factorial), ("floor", m_floor),
        ("fmod", m_fmod), ("frexp", m_frexp), ("fsum", m_fsum), ("gamma", m_gamma), ("gcd", m_gcd), ("hypot", m_hypot),
        ("isclose", m_isclose), ("isfinite", m_isfinite), ("isinf", m_isinf), ("isnan", m_isnan), ("isqrt", m_isqrt),
        ("lcm", m_lcm), ("ldexp", m_ldexp), ("lgamma", m_lgamma), ("log", m_log), ("log10", m_log10), ("log1p", m_log1p),
        ("log2", m_log2), ("modf", m_modf), ("nextafter", m_nextafter), ("perm", m_perm), ("pow", m_pow), ("prod", m_prod),
        ("radians", m_radians), ("remainder", m_remainder), ("sin", m_sin), ("sinh", m_sinh), ("sqrt", m_sqrt),
        ("tan", m_tan), ("tanh", m_tanh), ("trunc", m_trunc), ("ulp", m_ulp),
    ]);
    let set = |k: &str, v: PyObjectRef| pyrite_vm::modules::sys::set_attr(vm, &m, k, v);
    set("pi", vm.new_float(std::f64::consts::PI));
    set("e", vm.new_float(std::f64::consts::E));
    set("tau", vm.new_float(std::f64::consts::TAU));
    set("inf", vm.new_float(f64::INFINITY));
    set("nan", vm.new_float(f64::NAN));
    let _ = Sign::Plus;
    crate::math::set_ext_file(vm, &m, "math");
    Ok(m)
}
