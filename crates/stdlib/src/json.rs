//! `_pyrite_json`: native speedups for `Lib/json` — a whole-document
//! scanner for the default hooks and the two string encoders. Error
//! positions and messages are those of CPython's `_json` scanner; errors are
//! raised by calling the `JSONDecodeError` class passed in.

use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::Args;
use pyrite_vm::vm::{str_of, PyErr, PyResult, Vm};

struct P<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    errcls: PyObjectRef,
    doc: PyObjectRef,
    object_hook: Option<PyObjectRef>,
    pairs_hook: Option<PyObjectRef>,
    parse_float: Option<PyObjectRef>,
    parse_int: Option<PyObjectRef>,
    parse_constant: Option<PyObjectRef>,
}

enum E {
    /// no value at this byte offset (StopIteration in the scanner)
    Stop(usize),
    Err(&'static str, usize),
    Py(PyErr),
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    if i + 4 > b.len() {
        return None;
    }
    let mut v = 0u32;
    for &c in &b[i..i + 4] {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> P<'a> {
    fn string(&self, vm: &Vm, start: usize) -> Result<(PyObjectRef, usize), E> {
        // start: byte after the opening quote
        let b = self.b;
        let begin = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let chunk_start = i;
            while i < b.len() {
                let c = b[i];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c <= 0x1f && self.strict {
                    return Err(E::Err("Invalid control character at", i));
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(E::Err("Unterminated string starting at", begin));
            }
            out.push_str(&self.s[chunk_start..i]);
            if b[i] == b'"' {
                return Ok((vm.new_string(out), i + 1));
            }
            // backslash
            i += 1;
            if i >= b.len() {
                return Err(E::Err("Unterminated string starting at", begin));
            }
            let c = b[i];
            if c != b'u' {
                let ch = match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(E::Err("Invalid \\escape", i - 1)),
                };
                out.push(ch);
                i += 1;
                continue;
            }
            // \uXXXX: i at 'u'
            if i + 5 >= b.len() {
                return Err(E::Err("Invalid \\uXXXX escape", i));
            }
            let mut u = match hex4(b, i + 1) {
                Some(u) => u,
                None => return Err(E::Err("Invalid \\uXXXX escape", i)),
            };
            i += 5;
            if (0xd800..=0xdbff).contains(&u) && i + 6 < b.len() && b[i] == b'\\' && b[i + 1] == b'u' {
                let u2 = match hex4(b, i + 2) {
                    Some(u2) => u2,
                    None => return Err(E::Err("Invalid \\uXXXX escape", i + 1)),
                };
                if (0xdc00..=0xdfff).contains(&u2) {
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                    i += 6;
                }
            }
            // Lone surrogates are not representable: U+FFFD.
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
        }
    }

    fn value(&self, vm: &Vm, i: usize) -> Result<(PyObjectRef, usize), E> {
        let b = self.b;
        if i >= b.len() {
            return Err(E::Stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => self.string(vm, i + 1),
            b'{' => {
                if vm.stack_low() {
                    return Err(E::Py(vm.new_recursion_error("maximum recursion depth exceeded while decoding a JSON object from a unicode string".to_string())));
                }
                let r = vm.with_recursion(" while decoding a JSON object from a unicode string", || Ok(self.object(vm, i + 1)));
                match r {
                    Ok(r) => r,
                    Err(e) => Err(E::Py(e)),
                }
            }
            b'[' => {
                if vm.stack_low() {
                    return Err(E::Py(vm.new_recursion_error("maximum recursion depth exceeded while decoding a JSON array from a unicode string".to_string())));
                }
                let r = vm.with_recursion(" while decoding a JSON array from a unicode string", || Ok(self.array(vm, i + 1)));
                match r {
                    Ok(r) => r,
                    Err(e) => Err(E::Py(e)),
                }
            }
            b'n' if rest.starts_with(b"null") => Ok((vm.none(), i + 4)),
            b't' if rest.starts_with(b"true") => Ok((vm.new_bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((vm.new_bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            _ => self.number(vm, i),
        }
    }

    fn constant(&self, vm: &Vm, name: &str, v: f64) -> Result<PyObjectRef, E> {
        match &self.parse_constant {
            None => Ok(vm.new_float(v)),
            Some(f) => vm.call(f, &[vm.new_str(name)]).map_err(E::Py),
        }
    }

    fn number(&self, vm: &Vm, start: usize) -> Result<(PyObjectRef, usize), E> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= b.len() {
                return Err(E::Stop(start));
            }
        }
        if b[i] == b'0' {
            i += 1;
        } else if b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            return Err(E::Stop(start));
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            is_float = true;
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            if let Some(f) = &self.parse_float {
                return Ok((vm.call(f, &[vm.new_str(text)]).map_err(E::Py)?, i));
            }
        } else if let Some(f) = &self.parse_int {
            return Ok((vm.call(f, &[vm.new_str(text)]).map_err(E::Py)?, i));
        }
        if is_float {
            let v: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((vm.new_float(v), i));
        }
        if let Ok(v) = text.parse::<i64>() {
            return Ok((vm.new_int(v), i));
        }
        match text.parse::<num_bigint::BigInt>() {
            Ok(v) => Ok((vm.new_bigint(v), i)),
            Err(_) => Err(E::Stop(start)),
        }
    }

    fn object(&self, vm: &Vm, mut i: usize) -> Result<(PyObjectRef, usize), E> {
        let b = self.b;
        let d = vm.new_dict();
        let mut pairs: Vec<PyObjectRef> = Vec::new();
        i = ws(b, i);
        if i >= b.len() || b[i] != b'}' {
            loop {
                if i >= b.len() || b[i] != b'"' {
                    return Err(E::Err("Expecting property name enclosed in double quotes", i));
                }
                let (key, j) = self.string(vm, i + 1)?;
                i = ws(b, j);
                if i >= b.len() || b[i] != b':' {
                    return Err(E::Err("Expecting ':' delimiter", i));
                }
                i = ws(b, i + 1);
                let (val, j) = match self.value(vm, i) {
                    Err(E::Stop(p)) => return Err(E::Err("Expecting value", p)),
                    r => r?,
                };
                if self.pairs_hook.is_some() {
                    pairs.push(vm.new_tuple(vec![key, val]));
                } else if let Payload::Dict(dd) = &d.payload {
                    dd.set_item(vm, key, val).map_err(E::Py)?;
                }
                i = ws(b, j);
                if i < b.len() && b[i] == b'}' {
                    break;
                }
                if i >= b.len() || b[i] != b',' {
                    return Err(E::Err("Expecting ',' delimiter", i));
                }
                i = ws(b, i + 1);
            }
        }
        if let Some(h) = &self.pairs_hook {
            return Ok((vm.call(h, &[vm.new_list(pairs)]).map_err(E::Py)?, i + 1));
        }
        if let Some(h) = &self.object_hook {
            return Ok((vm.call(h, &[d]).map_err(E::Py)?, i + 1));
        }
        Ok((d, i + 1))
    }

    fn array(&self, vm: &Vm, mut i: usize) -> Result<(PyObjectRef, usize), E> {
        let b = self.b;
        let mut items = Vec::new();
        i = ws(b, i);
        if i >= b.len() || b[i] != b']' {
            loop {
                let (val, j) = match self.value(vm, i) {
                    Err(E::Stop(p)) => return Err(E::Err("Expecting value", p)),
                    r => r?,
                };
                items.push(val);
                i = ws(b, j);
                if i < b.len() && b[i] == b']' {
                    break;
                }
                if i >= b.len() || b[i] != b',' {
                    return Err(E::Err("Expecting ',' delimiter", i));
                }
                i = ws(b, i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }

    fn char_pos(&self, byte: usize) -> usize {
        let byte = byte.min(self.s.len());
        if self.s.is_ascii() {
            byte
        } else {
            self.s.as_bytes()[..byte].iter().filter(|&&c| (c & 0xc0) != 0x80).count()
        }
    }

    fn raise(&self, vm: &Vm, msg: &str, byte: usize) -> PyErr {
        let pos = self.char_pos(byte);
        match vm.call(&self.errcls, &[vm.new_str(msg), self.doc.clone(), vm.new_int(pos as i64)]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }
}

/// `decode(s, idx, strict, errcls)`: parse one document of `s` starting at
/// char index `idx` (already past whitespace) and require only whitespace
/// after it. Returns the value.
fn m_decode(vm: &Vm, args: Args) -> PyResult {
    let [s, idx, strict, errcls, object_hook, pairs_hook, parse_float, parse_int, parse_constant] = args.exact::<9>(vm, "decode")?;
    let opt = |o: &PyObjectRef| if vm.is_none(o) { None } else { Some(o.clone()) };
    if !matches!(s.payload, Payload::Str(_)) {
        return Err(vm.new_type_error("decode() argument 1 must be str"));
    }
    let text = str_of(s);
    let text: &str = &text;
    let idx = pyrite_vm::types::str_more::int_arg_c(vm, idx)? as usize;
    let p = P {
        s: text,
        b: text.as_bytes(),
        strict: vm.is_true(strict)?,
        errcls: errcls.clone(),
        doc: s.clone(),
        object_hook: opt(object_hook),
        pairs_hook: opt(pairs_hook),
        parse_float: opt(parse_float),
        parse_int: opt(parse_int),
        parse_constant: opt(parse_constant),
    };
    // char index -> byte offset
    let start = if text.is_ascii() { idx.min(text.len()) } else { text.char_indices().nth(idx).map(|(b, _)| b).unwrap_or(text.len()) };
    match p.value(vm, start) {
        Ok((v, end)) => {
            let end = ws(p.b, end);
            if end != p.b.len() {
                return Err(p.raise(vm, "Extra data", end));
            }
            Ok(v)
        }
        Err(E::Stop(i)) => Err(p.raise(vm, "Expecting value", i)),
        Err(E::Err(m, i)) => Err(p.raise(vm, m, i)),
        Err(E::Py(e)) => Err(e),
    }
}

fn encode(vm: &Vm, s: &str, ascii: bool) -> String {
    let _ = vm;
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    let m = n - 0x10000;
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xd800 | ((m >> 10) & 0x3ff), 0xdc00 | (m & 0x3ff)));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn str_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<PyObjectRef> {
    let [s] = args.exact::<1>(vm, name)?;
    if !matches!(s.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("first argument must be a string, not {}", vm.type_name(s))));
    }
    Ok(s.clone())
}

fn m_encode_ascii(vm: &Vm, args: Args) -> PyResult {
    let s = str_arg(vm, &args, "encode_basestring_ascii")?;
    let t = str_of(&s);
    Ok(vm.new_string(encode(vm, &t, true)))
}
fn m_encode(vm: &Vm, args: Args) -> PyResult {
    let s = str_arg(vm, &args, "encode_basestring")?;
    let t = str_of(&s);
    Ok(vm.new_string(encode(vm, &t, false)))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_pyrite_json", None);
    pyrite_vm::modules::sys::add_functions(vm, &m, "_pyrite_json", &[
        ("decode", m_decode),
        ("encode_basestring_ascii", m_encode_ascii),
        ("encode_basestring", m_encode),
    ]);
    init_encoder(vm, &m);
    Ok(m)
}

// ---------------------------------------------------------------------------
// encoder (c_make_encoder's behaviour; one-shot, returns the whole text)

struct Enc {
    default: PyObjectRef,
    sorted: PyObjectRef,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ascii: bool,
    allow_nan: bool,
    circular: bool,
    short_nan: bool,
    markers: std::cell::RefCell<std::collections::HashSet<usize>>,
}

impl Enc {
    /// CPython's C encoder (no indent) and its Python one word it differently.
    fn rec_what(&self) -> &'static str {
        if self.short_nan {
            " while encoding a JSON object"
        } else {
            " while calling a Python object"
        }
    }
    fn floatstr(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(pyrite_vm::types::float::float_repr(f));
        }
        if !self.allow_nan {
            if self.short_nan {
                return Err(vm.new_value_error("Out of range float values are not JSON compliant"));
            }
            return Err(vm.new_value_error(format!("Out of range float values are not JSON compliant: {}", if f.is_nan() { "nan" } else if f > 0.0 { "inf" } else { "-inf" })));
        }
        Ok(if f.is_nan() { "NaN" } else if f > 0.0 { "Infinity" } else { "-Infinity" }.to_string())
    }

    fn mark(&self, vm: &Vm, o: &PyObjectRef) -> PyResult<()> {
        if self.circular && !self.markers.borrow_mut().insert(o.id()) {
            return Err(vm.new_value_error("Circular reference detected"));
        }
        Ok(())
    }
    fn unmark(&self, o: &PyObjectRef) {
        if self.circular {
            self.markers.borrow_mut().remove(&o.id());
        }
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn value(&self, vm: &Vm, o: &PyObjectRef, level: usize, out: &mut String) -> PyResult<()> {
        match &o.payload {
            Payload::Str(_) => {
                out.push_str(&encode(vm, str_of(o), self.ascii));
                return Ok(());
            }
            _ => {}
        }
        if vm.is_none(o) {
            out.push_str("null");
        } else if o.is(&vm.ctx.true_obj) {
            out.push_str("true");
        } else if o.is(&vm.ctx.false_obj) {
            out.push_str("false");
        } else if let Payload::Int(i) = &o.payload {
            out.push_str(&i.to_string());
        } else if let Payload::Float(f) = &o.payload {
            out.push_str(&self.floatstr(vm, *f)?);
        } else if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) {
            let items: Vec<PyObjectRef> = match &o.payload {
                Payload::List(l) => l.borrow().clone(),
                Payload::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            };
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            self.mark(vm, o)?;
            out.push('[');
            self.newline(out, level + 1);
            let r = vm.with_recursion(self.rec_what(), || {
                for (n, v) in items.iter().enumerate() {
                    if n > 0 {
                        out.push_str(&self.item_sep);
                        self.newline(out, level + 1);
                    }
                    self.value(vm, v, level + 1, out)?;
                }
                Ok(())
            });
            r?;
            self.newline(out, level);
            out.push(']');
            self.unmark(o);
        } else if let Payload::Dict(d) = &o.payload {
            let mut items = if o.class().is(&vm.ctx.types.dict_type) {
                d.items()
            } else {
                // subclasses: their items() (OrderedDict order, overrides)
                let it = vm.call_method(o, "items", &[])?;
                let mut v = Vec::new();
                for pair in vm.collect(&it)? {
                    let kv = vm.collect(&pair)?;
                    if kv.len() != 2 {
                        return Err(vm.new_value_error("items must return 2-tuples"));
                    }
                    v.push((kv[0].clone(), kv[1].clone()));
                }
                v
            };
            if items.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            self.mark(vm, o)?;
            if self.sort_keys {
                let lst = vm.new_list(items.iter().map(|(k, v)| vm.new_tuple(vec![k.clone(), v.clone()])).collect());
                let sorted = vm.call(&self.sorted, &[lst])?;
                items = Vec::new();
                if let Payload::List(l) = &sorted.payload {
                    for t in l.borrow().iter() {
                        if let Payload::Tuple(t) = &t.payload {
                            items.push((t[0].clone(), t[1].clone()));
                        }
                    }
                }
            }
            out.push('{');
            self.newline(out, level + 1);
            let r = vm.with_recursion(self.rec_what(), || {
                let mut first = true;
                for (k, v) in items.iter() {
                    let key: String = if let Payload::Str(_) = &k.payload {
                        str_of(k).to_string()
                    } else if let Payload::Float(f) = &k.payload {
                        self.floatstr(vm, *f)?
                    } else if k.is(&vm.ctx.true_obj) {
                        "true".to_string()
                    } else if k.is(&vm.ctx.false_obj) {
                        "false".to_string()
                    } else if vm.is_none(k) {
                        "null".to_string()
                    } else if let Payload::Int(i) = &k.payload {
                        i.to_string()
                    } else if self.skipkeys {
                        continue;
                    } else {
                        return Err(vm.new_type_error(format!("keys must be str, int, float, bool or None, not {}", vm.type_name(k))));
                    };
                    if !first {
                        out.push_str(&self.item_sep);
                        self.newline(out, level + 1);
                    }
                    first = false;
                    out.push_str(&encode(vm, &key, self.ascii));
                    out.push_str(&self.key_sep);
                    self.value(vm, v, level + 1, out)?;
                }
                Ok(())
            });
            r?;
            self.newline(out, level);
            out.push('}');
            self.unmark(o);
        } else {
            self.mark(vm, o)?;
            let n = vm.call(&self.default, &[o.clone()])?;
            vm.with_recursion(self.rec_what(), || self.value(vm, &n, level, out))?;
            self.unmark(o);
        }
        Ok(())
    }
}

/// `encode(o, default, sorted, indent, key_sep, item_sep, sort_keys,
/// skipkeys, ensure_ascii, allow_nan, check_circular, short_nan)`.
fn m_encode_obj(vm: &Vm, args: Args) -> PyResult {
    let a = args.exact::<12>(vm, "encode")?;
    let s = |o: &PyObjectRef| -> PyResult<String> {
        match &o.payload {
            Payload::Str(_) => Ok(str_of(o).to_string()),
            _ => Err(vm.new_type_error(format!("make_encoder() argument must be str, not {}", vm.type_name(o)))),
        }
    };
    let indent = if vm.is_none(&a[3]) { None } else { Some(s(&a[3])?) };
    let e = Enc {
        default: a[1].clone(),
        sorted: a[2].clone(),
        indent,
        key_sep: s(&a[4])?,
        item_sep: s(&a[5])?,
        sort_keys: vm.is_true(&a[6])?,
        skipkeys: vm.is_true(&a[7])?,
        ascii: vm.is_true(&a[8])?,
        allow_nan: vm.is_true(&a[9])?,
        circular: vm.is_true(&a[10])?,
        short_nan: vm.is_true(&a[11])?,
        markers: Default::default(),
    };
    let mut out = String::new();
    e.value(vm, &a[0], 0, &mut out)?;
    Ok(vm.new_string(out))
}

pub fn init_encoder(vm: &Vm, m: &PyObjectRef) {
    pyrite_vm::modules::sys::add_functions(vm, m, "_pyrite_json", &[("encode", m_encode_obj)]);
}
