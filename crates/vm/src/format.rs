//! `format()` and the format-spec mini-language for int, float, complex and
//! str, and printf-style `%` formatting. Mirrors `Python/formatter_unicode.c`
//! and `Objects/unicodeobject.c` (`PyUnicode_Format`).

use crate::object::{Payload, PyObjectRef};
use crate::types::int::PyInt;
use crate::vm::{str_of, PyResult, Vm};

impl Vm {
    /// `format(obj, spec)`.
    pub fn format(&self, obj: &PyObjectRef, spec: &str) -> PyResult {
        let s = self.new_str(spec);
        let r = self.call_special(obj, "__format__", &[s])?.ok_or_else(|| self.new_type_error("no __format__"))?;
        if !matches!(r.payload, crate::object::Payload::Str(_)) {
            return Err(self.new_type_error(format!("__format__ must return a str, not {}", self.type_name(&r))));
        }
        Ok(r)
    }
}

/// A parsed format specification (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`).
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn type_char_desc(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn parse_num(vm: &Vm, chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut v: usize = 0;
    let mut overflow = false;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        let d = chars[*pos] as usize - '0' as usize;
        match v.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(x) if x <= isize::MAX as usize => v = x,
            _ => overflow = true,
        }
        *pos += 1;
    }
    if overflow {
        return Err(vm.new_value_error("Too many decimal digits in format string"));
    }
    Ok(if *pos == start { None } else { Some(v) })
}

/// Parse a spec; `default_align` is '<' for str, '>' for numbers.
pub fn parse_spec(vm: &Vm, spec: &str, default_align: char, type_name: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec { fill: ' ', align: None, sign: None, no_neg_0: false, alt: false, width: None, grouping: None, precision: None, ty: None };
    let mut pos = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        pos = 1;
    }
    if pos < chars.len() && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '#' {
        s.alt = true;
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '0' && !fill_specified {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        pos += 1;
    }
    s.width = parse_num(vm, &chars, &mut pos)?;
    if s.width.map(|w| w > MAX_WIDTH).unwrap_or(false) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    if pos < chars.len() && chars[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '_' {
        if s.grouping.is_some() {
            return Err(vm.new_value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == ',' && s.grouping == Some('_') {
        return Err(vm.new_value_error("Cannot specify both ',' and '_'."));
    }
    if pos < chars.len() && chars[pos] == '.' {
        pos += 1;
        s.precision = parse_num(vm, &chars, &mut pos)?;
        if s.precision.is_none() {
            return Err(vm.new_value_error("Format specifier missing precision"));
        }
    }
    if chars.len() - pos > 1 {
        return Err(vm.new_value_error(format!("Invalid format specifier '{}' for object of type '{}'", spec, type_name)));
    }
    if pos < chars.len() {
        s.ty = Some(chars[pos]);
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None => true,
            Some(t) => match t {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
                'b' | 'o' | 'x' | 'X' => g == '_',
                _ => false,
            },
        };
        if !ok {
            let t = s.ty.unwrap_or(' ');
            return Err(vm.new_value_error(format!("Cannot specify '{}' with '{}'.", g, type_char_desc(t))));
        }
    }
    Ok(s)
}

fn unknown_code(vm: &Vm, t: char, type_name: &str) -> crate::vm::PyErr {
    vm.new_value_error(format!("Unknown format code '{}' for object of type '{}'", type_char_desc(t), type_name))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Pad `body` to the width with fill/alignment (no '=' handling).
fn pad(body: &str, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let n = char_len(body);
    if n >= width {
        return body.to_string();
    }
    let total = width - n;
    let (left, right) = match spec.align.unwrap_or(default_align) {
        '>' => (total, 0),
        '^' => (total / 2, total - total / 2),
        _ => (0, total),
    };
    let mut out = String::with_capacity(body.len() + total);
    for _ in 0..left {
        out.push(spec.fill);
    }
    out.push_str(body);
    for _ in 0..right {
        out.push(spec.fill);
    }
    out
}

/// Insert grouping separators into a string of digits, padding with leading
/// zeros so that the grouped result is at least `min_width` long.
fn group_digits(digits: &str, sep: Option<char>, interval: usize, min_width: usize) -> String {
    let sep = if digits.is_empty() { None } else { sep };
    let sep = match sep {
        Some(s) => s,
        None => {
            let n = digits.len();
            if n < min_width {
                return format!("{}{}", "0".repeat(min_width - n), digits);
            }
            return digits.to_string();
        }
    };
    let mut d = digits.len().max(1);
    let glen = |d: usize| d + (d - 1) / interval;
    while glen(d) < min_width {
        d += 1;
    }
    let padded = format!("{}{}", "0".repeat(d - digits.len()), digits);
    let b = padded.as_bytes();
    let mut out = String::with_capacity(glen(d));
    for (i, &c) in b.iter().enumerate() {
        if i > 0 && (d - i) % interval == 0 {
            out.push(sep);
        }
        out.push(c as char);
    }
    out
}

/// Lay out a number: sign, prefix, integer digits (grouped), the rest
/// (fraction/exponent/suffix), then fill and align.
fn layout_number(spec: &Spec, negative: bool, prefix: &str, intdigits: &str, rest: &str, interval: usize) -> String {
    let sign = if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let width = spec.width.unwrap_or(0);
    let align = spec.align.unwrap_or('>');
    if align == '=' && spec.fill == '0' {
        let used = sign.len() + prefix.len() + char_len(rest);
        let min = width.saturating_sub(used);
        let digits = group_digits(intdigits, spec.grouping, interval, min);
        return format!("{}{}{}{}", sign, prefix, digits, rest);
    }
    let digits = group_digits(intdigits, spec.grouping, interval, 0);
    if align == '=' {
        let body_len = sign.len() + prefix.len() + char_len(&digits) + char_len(rest);
        let padn = width.saturating_sub(body_len);
        let fill: String = std::iter::repeat(spec.fill).take(padn).collect();
        return format!("{}{}{}{}{}", sign, prefix, fill, digits, rest);
    }
    let body = format!("{}{}{}{}", sign, prefix, digits, rest);
    pad(&body, spec, '>')
}

fn int_of(vm: &Vm, obj: &PyObjectRef) -> PyResult<PyInt> {
    match &obj.payload {
        Payload::Int(i) => Ok(i.clone()),
        _ => vm.index_value(obj),
    }
}

pub fn format_int(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    let s = parse_spec(vm, spec, '>', "int")?;
    let v = int_of(vm, obj)?;
    Ok(vm.new_string(format_int_spec(vm, &v, &s)?))
}

pub fn format_int_spec(vm: &Vm, v: &PyInt, s: &Spec) -> PyResult<String> {
    let ty = s.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::protocol::number::int_to_f64(vm, v)?;
            return format_float_spec(vm, f, s);
        }
        'b' | 'o' | 'x' | 'X' | 'd' | 'n' | 'c' => {}
        t => return Err(unknown_code(vm, t, "int")),
    }
    if s.precision.is_some() {
        return Err(vm.new_value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_0 {
        return Err(vm.new_value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(vm.new_value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alt {
            return Err(vm.new_value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = v.as_i64().filter(|&x| (0..0x110000).contains(&x)).and_then(|x| char::from_u32(x as u32));
        let c = match c {
            Some(c) => c,
            None => {
                if v.as_i64().map(|x| (0xd800..0xe000).contains(&x)).unwrap_or(false) {
                    '\u{fffd}'
                } else if v.as_i64().is_none() {
                    return Err(vm.new_overflow_error("Python int too large to convert to C long"));
                } else {
                    return Err(vm.new_overflow_error("%c arg not in range(0x110000)"));
                }
            }
        };
        let mut sp = s.clone();
        if sp.align == Some('=') {
            sp.align = Some('>');
        }
        return Ok(layout_number(&sp, false, "", "", &c.to_string(), 3));
    }
    let (radix, prefix, interval) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let neg = v.is_negative();
    let mut digits = v.abs().to_string_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if s.alt { prefix } else { "" };
    Ok(layout_number(s, neg, prefix, &digits, "", interval))
}

/// Digits of `f` (finite, >= 0) in 'e' style with `prec` digits after the point:
/// (mantissa digits without point, decimal exponent).
fn exp_digits(f: f64, prec: usize) -> (String, i32) {
    let e = format!("{:.*e}", prec, f);
    let (m, x) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, x.parse().unwrap_or(0))
}

fn fmt_exp(f: f64, prec: usize, alt: bool, upper: bool) -> String {
    let (digits, x) = exp_digits(f, prec);
    let mut out = String::new();
    out.push_str(&digits[..1]);
    if prec > 0 || alt {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if x < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", x.abs()));
    out
}

fn fmt_fixed(f: f64, prec: usize, alt: bool) -> String {
    let mut s = format!("{:.*}", prec, f);
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// '%g' formatting of a finite non-negative `f`.
fn fmt_general(f: f64, prec: usize, alt: bool, upper: bool, add_dot_0: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    let x = if f == 0.0 { 0 } else { exp_digits(f, p - 1).1 };
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let mut s = if x >= -4 && (x as i64) < limit {
        fmt_fixed(f, (p as i64 - 1 - x as i64) as usize, alt)
    } else {
        fmt_exp(f, p - 1, alt, upper)
    };
    if !alt {
        // Strip trailing zeros of the fraction (and a bare point).
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.').to_string() } else { mant };
        s = format!("{}{}", mant, exp);
        if add_dot_0 && !s.contains(['.', 'e', 'E']) {
            s.push_str(".0");
        }
    }
    s
}

/// Format a non-negative finite float body (no sign) for a type char.
fn float_body(f: f64, ty: char, prec: Option<usize>, alt: bool) -> String {
    match ty {
        'e' | 'E' => fmt_exp(f, prec.unwrap_or(6), alt, ty == 'E'),
        'f' | 'F' => fmt_fixed(f, prec.unwrap_or(6), alt),
        'g' | 'G' => fmt_general(f, prec.unwrap_or(6), alt, ty == 'G', false),
        // 'r': repr, or with a precision 'g' with at least one digit after the point.
        _ => match prec {
            None => {
                let r = crate::types::float::float_repr(f);
                if alt && !r.contains('.') && !r.contains('e') {
                    r
                } else if alt && r.contains('e') && !r.contains('.') {
                    let (m, e) = r.split_once('e').unwrap_or((&r, ""));
                    format!("{}.e{}", m, e)
                } else {
                    r
                }
            }
            Some(p) => fmt_general(f, p, alt, false, true),
        },
    }
}

pub fn format_float(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    let s = parse_spec(vm, spec, '>', "float")?;
    let f = crate::types::float::to_f64(vm, obj)?;
    Ok(vm.new_string(format_float_spec(vm, f, &s)?))
}

/// Sign, integer digits and the rest of a formatted float.
fn float_parts(f: f64, ty: char, prec: Option<usize>, alt: bool, no_neg_0: bool) -> (bool, String, String) {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let pct = if ty == '%' { "%" } else { "" };
    if f.is_nan() {
        return (false, String::new(), format!("{}{}", if upper { "NAN" } else { "nan" }, pct));
    }
    let neg = f.is_sign_negative();
    let a = f.abs();
    if a.is_infinite() {
        return (neg, String::new(), format!("{}{}", if upper { "INF" } else { "inf" }, pct));
    }
    let (a, pct) = if ty == '%' { (a * 100.0, true) } else { (a, false) };
    let t = if ty == '%' { 'f' } else { ty };
    let mut body = float_body(a, t, prec, alt);
    if pct {
        body.push('%');
    }
    let neg = if neg && no_neg_0 && !body_has_nonzero(&body) { false } else { neg };
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (i, r) = body.split_at(split);
    (neg, i.to_string(), r.to_string())
}

fn body_has_nonzero(body: &str) -> bool {
    let mant = match body.find(['e', 'E']) {
        Some(i) => &body[..i],
        None => body,
    };
    mant.chars().any(|c| matches!(c, '1'..='9'))
}

/// Widths beyond this raise MemoryError instead of trying to allocate.
const MAX_WIDTH: usize = 1 << 31;

fn check_precision(vm: &Vm, p: Option<usize>) -> PyResult<()> {
    if p.map(|p| p > i32::MAX as usize).unwrap_or(false) {
        return Err(vm.new_value_error("precision too big"));
    }
    Ok(())
}

pub fn format_float_spec(vm: &Vm, f: f64, s: &Spec) -> PyResult<String> {
    check_precision(vm, s.precision)?;
    let ty = match s.ty {
        None => 'r',
        Some('n') => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => t,
        Some(t) => return Err(unknown_code(vm, t, "float")),
    };
    let (neg, i, r) = float_parts(f, ty, s.precision, s.alt, s.no_neg_0);
    Ok(layout_number(s, neg, "", &i, &r, 3))
}

pub fn format_complex(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    let s = parse_spec(vm, spec, '>', "complex")?;
    check_precision(vm, s.precision)?;
    let (re, im) = match &obj.payload {
        Payload::Complex(r, i) => (*r, *i),
        _ => return vm.str_obj(obj),
    };
    let ty = match s.ty {
        None => 'r',
        Some('n') => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => t,
        Some(t) => return Err(unknown_code(vm, t, "complex")),
    };
    if s.fill == '0' {
        return Err(vm.new_value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.new_value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut skip_re = false;
    let mut parens = false;
    let (rty, prec) = if ty == 'r' {
        if re == 0.0 && !re.is_sign_negative() {
            skip_re = true;
        } else {
            parens = true;
        }
        if s.precision.is_some() { ('g', s.precision) } else { ('R', None) }
    } else {
        (ty, s.precision)
    };
    let part = |f: f64| -> (bool, String) {
        let (neg, i, r) = if rty == 'R' {
            // repr-style parts without ".0"
            let (neg, i, r) = float_parts(f, 'r', None, s.alt, s.no_neg_0);
            let r = if let Some(rest) = r.strip_prefix(".0") {
                if rest.is_empty() || rest.starts_with('e') {
                    format!("{}{}", if s.alt { "." } else { "" }, rest)
                } else {
                    r
                }
            } else if s.alt && r.starts_with('e') {
                format!(".{}", r)
            } else {
                r
            };
            (neg, i, r)
        } else {
            float_parts(f, rty, prec, s.alt, s.no_neg_0)
        };
        let digits = group_digits(&i, s.grouping, 3, 0);
        (neg, format!("{}{}", digits, r))
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        let (neg, t) = part(re);
        body.push_str(if neg { "-" } else { match s.sign { Some('+') => "+", Some(' ') => " ", _ => "" } });
        body.push_str(&t);
    }
    let (neg, t) = part(im);
    if skip_re {
        body.push_str(if neg { "-" } else { match s.sign { Some('+') => "+", Some(' ') => " ", _ => "" } });
    } else {
        body.push(if neg { '-' } else { '+' });
    }
    body.push_str(&t);
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(vm.new_string(pad(&body, &s, '>')))
}

pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(vm.new_str(s));
    }
    let sp = parse_spec(vm, spec, '<', "str")?;
    if let (Some(g), None) = (sp.grouping, sp.ty) {
        return Err(vm.new_value_error(format!("Cannot specify '{}' with 's'.", g)));
    }
    match sp.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(vm, t, "str")),
    }
    if sp.sign.is_some() {
        return Err(vm.new_value_error("Sign not allowed in string format specifier"));
    }
    if sp.no_neg_0 {
        return Err(vm.new_value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if sp.alt {
        return Err(vm.new_value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.new_value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: &str = match sp.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(vm.new_string(pad(body, &sp, '<')))
}

// ---------------------------------------------------------------------------
// printf-style formatting

struct PctSpec {
    minus: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn pct_pad(body: String, sign: &str, prefix: &str, p: &PctSpec, numeric: bool) -> String {
    let width = p.width.unwrap_or(0);
    let len = sign.len() + prefix.len() + char_len(&body);
    if len >= width {
        return format!("{}{}{}", sign, prefix, body);
    }
    let n = width - len;
    if p.minus {
        format!("{}{}{}{}", sign, prefix, body, " ".repeat(n))
    } else if p.zero && numeric {
        format!("{}{}{}{}", sign, prefix, "0".repeat(n), body)
    } else {
        format!("{}{}{}{}", " ".repeat(n), sign, prefix, body)
    }
}

fn has_method(o: &PyObjectRef, name: &str) -> bool {
    crate::types::type_::lookup(&o.class(), name).is_some()
}

/// Integer conversions (d i u x X o): the integer value of `v` or an error.
fn pct_int(vm: &Vm, v: &PyObjectRef, conv: char) -> PyResult<PyInt> {
    if let Payload::Int(i) = &v.payload {
        return Ok(i.clone());
    }
    if matches!(conv, 'd' | 'i' | 'u') {
        if let Payload::Float(f) = &v.payload {
            return crate::types::float::float_to_int(vm, *f);
        }
        if has_method(v, "__index__") {
            return vm.index_value(v);
        }
        if has_method(v, "__int__") {
            let r = vm.call_special(v, "__int__", &[])?.ok_or_else(|| vm.new_type_error("__int__"))?;
            return int_of(vm, &r);
        }
        return Err(vm.new_type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(v))));
    }
    if has_method(v, "__index__") {
        return vm.index_value(v);
    }
    Err(vm.new_type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(v))))
}

fn pct_number(vm: &Vm, v: &PyObjectRef, conv: char, p: &PctSpec) -> PyResult<String> {
    if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
        let i = pct_int(vm, v, conv)?;
        let neg = i.is_negative();
        let radix = match conv {
            'x' | 'X' => 16,
            'o' => 8,
            _ => 10,
        };
        let mut digits = i.abs().to_string_radix(radix);
        if conv == 'X' {
            digits = digits.to_uppercase();
        }
        if let Some(pr) = p.prec {
            if digits.len() < pr {
                digits = format!("{}{}", "0".repeat(pr - digits.len()), digits);
            }
        }
        let sign = if neg { "-" } else if p.plus { "+" } else if p.space { " " } else { "" };
        let prefix = if p.alt {
            match conv {
                'x' => "0x",
                'X' => "0X",
                'o' => "0o",
                _ => "",
            }
        } else {
            ""
        };
        return Ok(pct_pad(digits, sign, prefix, p, true));
    }
    // float conversions
    let f = crate::types::float::to_f64(vm, v)?;
    check_precision(vm, p.prec)?;
    let prec = Some(p.prec.unwrap_or(6));
    let (neg, i, r) = float_parts(f, conv, prec, p.alt, false);
    let sign = if neg { "-" } else if p.plus { "+" } else if p.space { " " } else { "" };
    let numeric = f.is_finite();
    let _ = numeric;
    Ok(pct_pad(format!("{}{}", i, r), sign, "", p, true))
}

thread_local! {
    static IS_BYTES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn is_mapping_arg(vm: &Vm, args: &PyObjectRef) -> bool {
    let _ = vm;
    if matches!(args.payload, Payload::Tuple(_) | Payload::Str(_)) {
        return false;
    }
    if IS_BYTES.with(|b| b.get()) && matches!(args.payload, Payload::Bytes(_)) {
        return false;
    }
    has_method(args, "__getitem__")
}

trait PctOut {
    fn lit(&mut self, s: &[char]);
    fn conv(&mut self, vm: &Vm, conv: char, v: &PyObjectRef, p: &PctSpec) -> PyResult<()>;
}

fn percent_core(vm: &Vm, fmt: &[char], args: &PyObjectRef, out: &mut dyn PctOut, is_bytes: bool) -> PyResult<()> {
    let items: Vec<PyObjectRef> = match &args.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_tuple = matches!(args.payload, Payload::Tuple(_));
    IS_BYTES.with(|b| b.set(is_bytes));
    let mapping = is_mapping_arg(vm, args);
    // CPython's argidx/arglen: a single non-tuple argument has arglen -1 and
    // argidx -2 until it is used.
    let mut arglen: i64 = if is_tuple { items.len() as i64 } else { -1 };
    let mut argidx: i64 = if is_tuple { 0 } else { -2 };
    let mut single = args.clone();
    let next_arg = |argidx: &mut i64, arglen: i64, single: &PyObjectRef| -> PyResult<PyObjectRef> {
        if *argidx < arglen {
            let i = *argidx;
            *argidx += 1;
            if arglen < 0 {
                return Ok(single.clone());
            }
            return items.get(i as usize).cloned().ok_or_else(|| vm.new_type_error("not enough arguments for format string"));
        }
        Err(vm.new_type_error("not enough arguments for format string"))
    };
    let mut i = 0;
    let n = fmt.len();
    while i < n {
        let start = i;
        while i < n && fmt[i] != '%' {
            i += 1;
        }
        if i > start {
            out.lit(&fmt[start..i]);
        }
        if i >= n {
            break;
        }
        let pct = i;
        i += 1; // past '%'
        let value: Option<PyObjectRef> = None;
        if i < n && fmt[i] == '(' {
            if !mapping {
                return Err(vm.new_type_error("format requires a mapping"));
            }
            let mut depth = 1;
            i += 1;
            let ks = i;
            while i < n && depth > 0 {
                if fmt[i] == '(' {
                    depth += 1;
                } else if fmt[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key: String = fmt[ks..i - 1].iter().collect();
            let keyobj = if is_bytes { vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect()) } else { vm.new_string(key) };
            single = vm.get_item(args, &keyobj)?;
            arglen = -1;
            argidx = -2;
        }
        let mut p = PctSpec { minus: false, plus: false, space: false, alt: false, zero: false, width: None, prec: None };
        while i < n {
            match fmt[i] {
                '-' => p.minus = true,
                '+' => p.plus = true,
                ' ' => p.space = true,
                '#' => p.alt = true,
                '0' => p.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < n && fmt[i] == '*' {
            let v = next_arg(&mut argidx, arglen, &single)?;
            if !matches!(v.payload, Payload::Int(_)) {
                return Err(vm.new_type_error("* wants int"));
            }
            let w = vm.index_i64(&v)?;
            if w < 0 {
                p.minus = true;
            }
            p.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w: usize = 0;
            let mut any = false;
            while i < n && fmt[i].is_ascii_digit() {
                w = w.saturating_mul(10).saturating_add(fmt[i] as usize - '0' as usize);
                any = true;
                i += 1;
            }
            if any {
                p.width = Some(w);
            }
        }
        if i < n && fmt[i] == '.' {
            i += 1;
            if i < n && fmt[i] == '*' {
                let v = next_arg(&mut argidx, arglen, &single)?;
                if !matches!(v.payload, Payload::Int(_)) {
                    return Err(vm.new_type_error("* wants int"));
                }
                let pr = vm.index_i64(&v)?;
                p.prec = Some(pr.max(0) as usize);
                i += 1;
            } else {
                let mut w: usize = 0;
                while i < n && fmt[i].is_ascii_digit() {
                    w = w.saturating_mul(10).saturating_add(fmt[i] as usize - '0' as usize);
                    i += 1;
                }
                p.prec = Some(w);
            }
        }
        if p.prec.map(|w| w > i32::MAX as usize).unwrap_or(false) {
            return Err(vm.new_value_error("precision too big"));
        }
        if p.width.map(|w| w > MAX_WIDTH).unwrap_or(false) || p.prec.map(|w| w > MAX_WIDTH && "diuoxX".contains(fmt.get(i).copied().unwrap_or(' '))).unwrap_or(false) {
            return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
        }
        while i < n && matches!(fmt[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        let conv = fmt[i];
        i += 1;
        if conv == '%' && i - pct == 2 {
            out.lit(&['%']);
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => next_arg(&mut argidx, arglen, &single)?,
        };
        let _ = &v;
        if !matches!(conv, 's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') && !(conv == 'b' && is_bytes) {
            let idx = i - 1;
            let shown = if (31..=126).contains(&(conv as u32)) { conv.to_string() } else { "?".to_string() };
            return Err(vm.new_value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", shown, conv as u32, idx)));
        }
        out.conv(vm, conv, &v, &p)?;
    }
    if argidx < arglen && !mapping {
        return Err(vm.new_type_error(if is_bytes { "not all arguments converted during bytes formatting" } else { "not all arguments converted during string formatting" }));
    }
    Ok(())
}

struct StrOut {
    s: String,
}

impl PctOut for StrOut {
    fn lit(&mut self, s: &[char]) {
        self.s.extend(s.iter());
    }
    fn conv(&mut self, vm: &Vm, conv: char, v: &PyObjectRef, p: &PctSpec) -> PyResult<()> {
        let piece = match conv {
            's' | 'r' | 'a' => {
                let mut t = match conv {
                    's' => str_of(&vm.str_obj(v)?).to_string(),
                    'r' => vm.repr(v)?,
                    _ => crate::types::str_methods::ascii_escape(&vm.repr(v)?),
                };
                if let Some(pr) = p.prec {
                    if let Some((bi, _)) = t.char_indices().nth(pr) {
                        t.truncate(bi);
                    }
                }
                pct_pad(t, "", "", p, false)
            }
            'c' => {
                let c = match &v.payload {
                    Payload::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
                    Payload::Str(_) => return Err(vm.new_type_error("%c requires int or char")),
                    _ => {
                        if !has_method(v, "__index__") {
                            return Err(vm.new_type_error("%c requires int or char"));
                        }
                        let i = vm.index_value(v)?;
                        match i.as_i64().filter(|x| (0..0x110000).contains(x)) {
                            Some(x) => char::from_u32(x as u32).unwrap_or('\u{fffd}'),
                            None => return Err(vm.new_overflow_error("%c arg not in range(0x110000)")),
                        }
                    }
                };
                pct_pad(c.to_string(), "", "", p, false)
            }
            _ => pct_number(vm, v, conv, p)?,
        };
        self.s.push_str(&piece);
        Ok(())
    }
}

pub fn percent_format_str(vm: &Vm, fmt: &str, args: &PyObjectRef) -> PyResult {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = StrOut { s: String::with_capacity(fmt.len() + 16) };
    percent_core(vm, &chars, args, &mut out, false)?;
    Ok(vm.new_string(out.s))
}

struct BytesOut {
    b: Vec<u8>,
}

fn bytes_pad(body: Vec<u8>, p: &PctSpec) -> Vec<u8> {
    let width = p.width.unwrap_or(0);
    if body.len() >= width {
        return body;
    }
    let n = width - body.len();
    let mut out = Vec::with_capacity(width);
    if p.minus {
        out.extend(body);
        out.extend(std::iter::repeat(b' ').take(n));
    } else {
        out.extend(std::iter::repeat(b' ').take(n));
        out.extend(body);
    }
    out
}

impl PctOut for BytesOut {
    fn lit(&mut self, s: &[char]) {
        self.b.extend(s.iter().map(|&c| c as u32 as u8));
    }
    fn conv(&mut self, vm: &Vm, conv: char, v: &PyObjectRef, p: &PctSpec) -> PyResult<()> {
        let piece: Vec<u8> = match conv {
            's' | 'b' => {
                let mut data = match &v.payload {
                    Payload::Bytes(b) => b.to_vec(),
                    Payload::ByteArray(b) => b.borrow().clone(),
                    _ => {
                        if let Some(r) = crate::types::misc::buffer_bytes(vm, v)? {
                            r
                        } else if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
                            match &r.payload {
                                Payload::Bytes(b) => b.to_vec(),
                                _ => return Err(vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
                            }
                        } else {
                            return Err(vm.new_type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", vm.type_name(v))));
                        }
                    }
                };
                if let Some(pr) = p.prec {
                    data.truncate(pr);
                }
                bytes_pad(data, p)
            }
            'r' | 'a' => {
                let mut t = crate::types::str_methods::ascii_escape(&vm.repr(v)?).into_bytes();
                if let Some(pr) = p.prec {
                    t.truncate(pr);
                }
                bytes_pad(t, p)
            }
            'c' => {
                let c = match &v.payload {
                    Payload::Bytes(b) if b.len() == 1 => b[0],
                    Payload::ByteArray(b) if b.borrow().len() == 1 => b.borrow()[0],
                    _ => {
                        if !has_method(v, "__index__") || matches!(v.payload, Payload::Bytes(_) | Payload::ByteArray(_)) {
                            return Err(vm.new_type_error("%c requires an integer in range(256) or a single byte"));
                        }
                        let i = vm.index_value(v)?;
                        match i.as_i64().filter(|x| (0..256).contains(x)) {
                            Some(x) => x as u8,
                            None => return Err(vm.new_overflow_error("%c arg not in range(256)")),
                        }
                    }
                };
                bytes_pad(vec![c], p)
            }
            _ => pct_number(vm, v, conv, p)?.into_bytes(),
        };
        self.b.extend(piece);
        Ok(())
    }
}

/// `bytes % args` / `bytearray % args` (PEP 461).
pub fn percent_format_bytes(vm: &Vm, fmt: &[u8], args: &PyObjectRef) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let mut out = BytesOut { b: Vec::with_capacity(fmt.len() + 16) };
    percent_core(vm, &chars, args, &mut out, true)?;
    Ok(out.b)
}
