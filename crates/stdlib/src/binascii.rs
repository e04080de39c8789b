//! `binascii`: hex, base64, uuencode and quoted-printable codecs and the
//! CRC-32 / CRC-CCITT checksums (`Modules/binascii.c` in behaviour,
//! including its error messages and base64 strict mode).

use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, Sig};
use pyrite_vm::vm::{PyErr, PyResult, Vm};
use std::sync::OnceLock;

static ERROR: OnceLock<PyObjectRef> = OnceLock::new();
static INCOMPLETE: OnceLock<PyObjectRef> = OnceLock::new();

fn make_exc(vm: &Vm, name: &str, base: &PyObjectRef) -> PyObjectRef {
    let d = vm.new_dict();
    if let Payload::Dict(dd) = &d.payload {
        dd.set_str(vm, "__module__", vm.new_str("binascii"));
    }
    vm.call(&vm.ctx.types.type_type, &[vm.new_str(name), vm.new_tuple(vec![base.clone()]), d]).unwrap_or_else(|_| base.clone())
}

fn error_type(vm: &Vm) -> PyObjectRef {
    ERROR.get_or_init(|| make_exc(vm, "Error", &vm.ctx.exc.value_error)).clone()
}
fn incomplete_type(vm: &Vm) -> PyObjectRef {
    INCOMPLETE.get_or_init(|| make_exc(vm, "Incomplete", &vm.ctx.exc.exception)).clone()
}

fn berr(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.new_exception_msg(&error_type(vm), msg.into())
}

/// A required positional-only first argument missing (Argument Clinic).
fn need_pos(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if args.npos() < n {
        return Err(vm.new_type_error(format!("{}() takes exactly {} positional argument{} ({} given)", name, n, if n == 1 { "" } else { "s" }, args.npos())));
    }
    Ok(())
}

/// A bytes-like argument (b2a_* functions).
pub fn bytes_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

/// A bytes-like or ASCII str argument (a2b_* functions).
pub fn ascii_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    if let Payload::Str(_) = &o.payload {
        let s = pyrite_vm::vm::str_of(o);
        if !s.is_ascii() {
            return Err(vm.new_value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match &o.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes_arg(vm, o),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_name(o)))),
        },
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_val(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

pub fn b64encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / 3 * 4 + 5);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        out.push(B64[(b[0] >> 2) as usize]);
        out.push(B64[(((b[0] & 3) << 4) | (b[1] >> 4)) as usize]);
        out.push(if chunk.len() > 1 { B64[(((b[1] & 15) << 2) | (b[2] >> 6)) as usize] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[(b[2] & 63) as usize] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn b64decode(vm: &Vm, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut ndata = 0usize;
    let mut i = 0;
    let mut done = false;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            if strict && i == 0 {
                return Err(berr(vm, "Leading padding not allowed"));
            }
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(berr(vm, "Excess data after padding"));
                    }
                    done = true;
                    break;
                }
            }
            i += 1;
            continue;
        }
        let v = match b64_val(c) {
            Some(v) => v as u32,
            None => {
                if strict {
                    return Err(berr(vm, "Only base64 data is allowed"));
                }
                i += 1;
                continue;
            }
        };
        if strict && padding_started {
            return Err(berr(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        ndata += 1;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
        i += 1;
    }
    if !done && quad_pos != 0 {
        if quad_pos == 1 {
            return Err(berr(vm, format!("Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4", ndata)));
        }
        return Err(berr(vm, "Incorrect padding"));
    }
    Ok(out)
}

fn m_b2a_base64(vm: &Vm, args: Args) -> PyResult {
    need_pos(vm, &args, "b2a_base64", 1)?;
    let [d, nl] = args.bind(vm, &Sig { name: "b2a_base64", names: ["data", "newline"], posonly: 1, required: 1, kwonly_from: 1 })?;
    let data = bytes_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let newline = match nl { Some(n) => vm.is_true(&n)?, None => true };
    Ok(vm.new_bytes(b64encode(&data, newline)))
}

fn m_a2b_base64(vm: &Vm, args: Args) -> PyResult {
    need_pos(vm, &args, "a2b_base64", 1)?;
    let [d, sm] = args.bind(vm, &Sig { name: "a2b_base64", names: ["data", "strict_mode"], posonly: 1, required: 1, kwonly_from: 1 })?;
    let data = ascii_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let strict = match sm { Some(n) => vm.is_true(&n)?, None => false };
    Ok(vm.new_bytes(b64decode(vm, &data, strict)?))
}

pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    const H: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(H[(b >> 4) as usize]);
        out.push(H[(b & 15) as usize]);
    }
    out
}

/// `sep` argument of hexlify/hex: a str or bytes of length 1.
pub fn sep_arg(vm: &Vm, s: &PyObjectRef) -> PyResult<u8> {
    let b: Vec<u8> = match &s.payload {
        Payload::Str(_) => pyrite_vm::vm::str_of(s).as_bytes().to_vec(),
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => {
            vm.len(s)?;
            return Err(vm.new_type_error("sep must be str or bytes."));
        }
    };
    let nchars = if let Payload::Str(_) = &s.payload { pyrite_vm::vm::str_of(s).chars().count() } else { b.len() };
    if nchars != 1 {
        return Err(vm.new_value_error("sep must be length 1."));
    }
    if b.len() != 1 {
        return Err(vm.new_value_error("sep must be ASCII."));
    }
    Ok(b[0])
}

fn m_hexlify(vm: &Vm, args: Args) -> PyResult {
    hex_impl(vm, args, "hexlify")
}

fn m_b2a_hex(vm: &Vm, args: Args) -> PyResult {
    hex_impl(vm, args, "b2a_hex")
}

fn hex_impl(vm: &Vm, args: Args, name: &'static str) -> PyResult {
    let [d, sep, per] = args.bind(vm, &Sig { name, names: ["data", "sep", "bytes_per_sep"], posonly: 0, required: 1, kwonly_from: 3 })?;
    let data = bytes_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let sep = match sep { Some(s) => Some(sep_arg(vm, &s)?), None => None };
    let per = match per { Some(p) => vm.index_value(&p)?.as_i64().unwrap_or(i64::MAX), None => 1 };
    Ok(vm.new_bytes(hex_with_sep(&data, sep, per)))
}

fn hexval(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|v| v as u8)
}

fn m_unhexlify(vm: &Vm, args: Args) -> PyResult {
    unhex_impl(vm, args, "unhexlify")
}

fn m_a2b_hex(vm: &Vm, args: Args) -> PyResult {
    unhex_impl(vm, args, "a2b_hex")
}

fn unhex_impl(vm: &Vm, args: Args, name: &'static str) -> PyResult {
    let [d] = args.bind(vm, &Sig { name, names: ["hexstr"], posonly: 0, required: 1, kwonly_from: 1 })?;
    let data = ascii_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    if data.len() % 2 != 0 {
        return Err(berr(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for p in data.chunks(2) {
        match (hexval(p[0]), hexval(p[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(berr(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    static TABLE: OnceLock<[u32; 256]> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *e = c;
        }
        t
    });
    crc = !crc;
    for &b in data {
        crc = t[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

fn m_crc32(vm: &Vm, args: Args) -> PyResult {
    let a = args.range(vm, "crc32", 1, 2)?;
    let data = bytes_arg(vm, &a[0])?;
    let crc = match a.get(1) {
        Some(c) => {
            let v = vm.index_value(c)?.to_big();
            let m: num_bigint::BigInt = v & num_bigint::BigInt::from(0xffff_ffffu32);
            num_traits::ToPrimitive::to_u32(&m).unwrap_or(0)
        }
        None => 0,
    };
    Ok(vm.new_int(crc32_update(crc, &data) as i64))
}

fn m_crc_hqx(vm: &Vm, args: Args) -> PyResult {
    let [d, c] = args.exact::<2>(vm, "crc_hqx")?;
    let data = bytes_arg(vm, d)?;
    let v = vm.index_value(c)?.to_big();
    let m: num_bigint::BigInt = v & num_bigint::BigInt::from(0xffffu32);
    let mut crc = num_traits::ToPrimitive::to_u32(&m).unwrap_or(0) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(vm.new_int(crc as i64))
}

fn m_b2a_uu(vm: &Vm, args: Args) -> PyResult {
    need_pos(vm, &args, "b2a_uu", 1)?;
    let [d, bt] = args.bind(vm, &Sig { name: "b2a_uu", names: ["data", "backtick"], posonly: 1, required: 1, kwonly_from: 1 })?;
    let data = bytes_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let backtick = match bt { Some(b) => vm.is_true(&b)?, None => false };
    if data.len() > 45 {
        return Err(berr(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u8| -> u8 { if backtick && v == 0 { b'`' } else { b' ' + v } };
    let mut out = vec![enc(data.len() as u8)];
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        out.push(enc(b[0] >> 2));
        out.push(enc(((b[0] & 3) << 4) | (b[1] >> 4)));
        out.push(enc(((b[1] & 15) << 2) | (b[2] >> 6)));
        out.push(enc(b[2] & 63));
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

fn m_a2b_uu(vm: &Vm, args: Args) -> PyResult {
    let [d] = args.exact::<1>(vm, "a2b_uu")?;
    let data = ascii_arg(vm, d)?;
    let data: Vec<u8> = data.iter().rev().skip_while(|c| **c == b'\n' || **c == b'\r').cloned().collect::<Vec<u8>>().into_iter().rev().collect();
    if data.is_empty() {
        return Ok(vm.new_bytes(vec![0u8; 32]));
    }
    let n = ((data[0].wrapping_sub(b' ')) & 0x3f) as usize;
    let mut out = Vec::with_capacity(n);
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut idx = 1;
    while out.len() < n {
        let c = if idx < data.len() { data[idx] } else { b' ' };
        idx += 1;
        let v = if c == b'\n' || c == b'\r' || c == b' ' || c == b'`' {
            0
        } else if !(b' '..=b' ' + 64).contains(&c) {
            return Err(berr(vm, "Illegal char"));
        } else {
            (c - b' ') & 0x3f
        };
        bits = (bits << 6) | v as u32;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    // the rest of the line must be padding
    while idx < data.len() {
        let c = data[idx];
        if c != b' ' && c != b'`' && c != b'\n' && c != b'\r' && c != b' ' + 64 {
            return Err(berr(vm, "Trailing garbage"));
        }
        idx += 1;
    }
    Ok(vm.new_bytes(out))
}

fn m_a2b_qp(vm: &Vm, args: Args) -> PyResult {
    let [d, h] = args.bind(vm, &Sig { name: "a2b_qp", names: ["data", "header"], posonly: 0, required: 1, kwonly_from: 2 })?;
    let data = ascii_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let header = match h { Some(x) => vm.is_true(&x)?, None => false };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < data.len() {
                    i += 1;
                }
            } else if data[i] == b'=' {
                out.push(b'=');
                i += 1;
            } else if i + 1 < data.len() && hexval(data[i]).is_some() && hexval(data[i + 1]).is_some() {
                out.push(hexval(data[i]).unwrap_or(0) << 4 | hexval(data[i + 1]).unwrap_or(0));
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

fn m_b2a_qp(vm: &Vm, args: Args) -> PyResult {
    let [d, qt, it, hd] = args.bind(vm, &Sig { name: "b2a_qp", names: ["data", "quotetabs", "istext", "header"], posonly: 0, required: 1, kwonly_from: 4 })?;
    let data = bytes_arg(vm, d.as_ref().unwrap_or(&vm.none()))?;
    let quotetabs = match qt { Some(x) => vm.is_true(&x)?, None => false };
    let istext = match it { Some(x) => vm.is_true(&x)?, None => true };
    let header = match hd { Some(x) => vm.is_true(&x)?, None => false };
    const MAXLINE: usize = 76;
    const H: &[u8; 16] = b"0123456789ABCDEF";
    let crlf = data.iter().position(|&c| c == b'\n').map(|p| p > 0 && data[p - 1] == b'\r').unwrap_or(false);
    let mut out: Vec<u8> = Vec::new();
    let mut linelen = 0;
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        let at_eol = |j: usize| j + 1 == n || data[j + 1] == b'\n' || (j + 2 < n + 1 && j + 1 < n && data[j + 1] == b'\r' && j + 2 < n && data[j + 2] == b'\n');
        let needs_quote = c > 126 || c == b'=' || (header && c == b'_') || (c == b'.' && linelen == 0 && (i + 1 == n || data[i + 1] == b'\n' || data[i + 1] == b'\r' || data[i + 1] == 0))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        let _ = at_eol;
        if needs_quote {
            if linelen + 3 >= MAXLINE {
                out.push(b'=');
                if crlf { out.push(b'\r'); }
                out.push(b'\n');
                linelen = 0;
            }
            out.push(b'=');
            out.push(H[(c >> 4) as usize]);
            out.push(H[(c & 15) as usize]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && i + 1 < n && data[i + 1] == b'\n')) {
            linelen = 0;
            // protect trailing whitespace
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.push(b'=');
                    out.push(H[(last >> 4) as usize]);
                    out.push(H[(last & 15) as usize]);
                }
            }
            if crlf { out.push(b'\r'); }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && data[i + 1] != b'\n' && linelen + 1 >= MAXLINE {
                out.push(b'=');
                if crlf { out.push(b'\r'); }
                out.push(b'\n');
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("binascii", Some("Conversion between binary data and ASCII"));
    pyrite_vm::modules::sys::add_functions(vm, &m, "binascii", &[
        ("b2a_base64", m_b2a_base64), ("a2b_base64", m_a2b_base64), ("b2a_hex", m_b2a_hex), ("hexlify", m_hexlify),
        ("a2b_hex", m_a2b_hex), ("unhexlify", m_unhexlify), ("crc32", m_crc32), ("crc_hqx", m_crc_hqx),
        ("b2a_uu", m_b2a_uu), ("a2b_uu", m_a2b_uu), ("a2b_qp", m_a2b_qp), ("b2a_qp", m_b2a_qp),
    ]);
    pyrite_vm::modules::sys::set_attr(vm, &m, "Error", error_type(vm));
    pyrite_vm::modules::sys::set_attr(vm, &m, "Incomplete", incomplete_type(vm));
    crate::math::set_ext_file(vm, &m, "binascii");
    Ok(m)
}
