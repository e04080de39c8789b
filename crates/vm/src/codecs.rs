//! Text encodings used by `str.encode`/`bytes.decode` and I/O: utf-8,
//! utf-8-sig, utf-16/32 (-le/-be, BOM), latin-1, ascii, cp1252 with the
//! standard error handlers (strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace, namereplace, surrogateescape). Mirrors
//! `Objects/unicodeobject.c` codecs, `Python/codecs.c` and the names of
//! `encodings.aliases`.
//!
//! Limitation: our `str` cannot hold lone surrogates, so `surrogateescape`
//! decodes byte b (0x80..=0xff) to U+10FC00+b (a private-use code point)
//! instead of U+DC00+b, and encodes those code points back to the byte.
//! Round trips (`os.fsdecode`/`fsencode`, stdio) work; the decoded text
//! shows private-use characters instead of surrogates.

use crate::object::PyObjectRef;
use crate::vm::{PyErr, PyResult, Vm};

const ESCAPE_BASE: u32 = 0x10FC00;

/// Python's `encodings.normalize_encoding`, then the alias table. Returns the
/// codec's canonical name or None.
pub fn canonical(name: &str) -> Option<&'static str> {
    let mut n = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !n.is_empty() {
                n.push('_');
            }
            pending = false;
            n.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    let alias = |n: &str| -> Option<&'static str> {
        Some(match n {
            "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => "utf-8",
            "utf_8_sig" => "utf-8-sig",
            "utf_16" | "u16" | "utf16" => "utf-16",
            "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => "utf-16-le",
            "utf_16_be" | "utf_16be" | "unicodebigunmarked" => "utf-16-be",
            "utf_32" | "u32" | "utf32" => "utf-32",
            "utf_32_le" | "utf_32le" => "utf-32-le",
            "utf_32_be" | "utf_32be" => "utf-32-be",
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987"
            | "iso_ir_100" | "l1" | "latin" | "latin1" => "latin-1",
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => "ascii",
            "cp1252" | "1252" | "windows_1252" => "cp1252",
            "cp437" | "437" | "cspc8codepage437" | "ibm437" => "cp437",
            "iso8859_15" | "iso_8859_15" | "l9" | "latin9" => "iso8859-15",
            "punycode" => "punycode",
            "idna" => "idna",
            _ => return None,
        })
    };
    alias(&n).or_else(|| alias(&n.replace('.', "_")))
}

/// Kept for callers that want a display name ("utf-8", "latin-1", ...).
pub fn normalize_encoding(name: &str) -> String {
    canonical(name).map(|s| s.to_string()).unwrap_or_else(|| name.to_string())
}

fn unknown_encoding(vm: &Vm, name: &str) -> PyErr {
    vm.new_exception_msg(&vm.ctx.exc.lookup_error, format!("unknown encoding: {}", name))
}

fn unknown_handler(vm: &Vm, name: &str) -> PyErr {
    vm.new_exception_msg(&vm.ctx.exc.lookup_error, format!("unknown error handler name '{}'", name))
}

pub fn decode_error(vm: &Vm, enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let cls = vm.ctx.exc.unicode_decode_error.clone();
    let args = vec![vm.new_str(enc), vm.new_bytes(data.to_vec()), vm.new_int(start as i64), vm.new_int(end as i64), vm.new_str(reason)];
    match vm.call(&cls, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn encode_error(vm: &Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let cls = vm.ctx.exc.unicode_encode_error.clone();
    let args = vec![vm.new_str(enc), vm.new_str(s), vm.new_int(start as i64), vm.new_int(end as i64), vm.new_str(reason)];
    match vm.call(&cls, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// Apply a decode error handler to bytes `data[start..end]`.
fn decode_handle(vm: &Vm, errors: &str, enc: &str, data: &[u8], start: usize, end: usize, reason: &str, out: &mut String) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(vm, enc, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        "surrogateescape" => {
            if data[start..end].iter().any(|&b| b < 0x80) {
                return Err(decode_error(vm, enc, data, start, end, reason));
            }
            for &b in &data[start..end] {
                out.push(char::from_u32(ESCAPE_BASE + b as u32).unwrap_or('\u{fffd}'));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            let _ = decode_error(vm, enc, data, start, end, reason);
            Err(vm.new_type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        "surrogatepass" => Err(decode_error(vm, enc, data, start, end, reason)),
        other => Err(unknown_handler(vm, other)),
    }
}

fn decode_utf8(vm: &Vm, data: &[u8], errors: &str, enc: &str) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let b = data[start];
                        let r = if (0x80..=0xC1).contains(&b) || b >= 0xF5 { "invalid start byte" } else { "invalid continuation byte" };
                        (start + n, r)
                    }
                };
                decode_handle(vm, errors, enc, data, start, end, reason, &mut out)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

fn decode_utf16(vm: &Vm, data: &[u8], errors: &str, mut le: bool, detect_bom: bool) -> PyResult<String> {
    let mut pos = 0;
    if detect_bom && data.len() >= 2 {
        if data[0] == 0xFF && data[1] == 0xFE {
            le = true;
            pos = 2;
        } else if data[0] == 0xFE && data[1] == 0xFF {
            le = false;
            pos = 2;
        }
    }
    let enc = if le { "utf-16-le" } else { "utf-16-be" };
    let rd = |i: usize| -> u32 {
        if le {
            data[i] as u32 | (data[i + 1] as u32) << 8
        } else {
            (data[i] as u32) << 8 | data[i + 1] as u32
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    let n = data.len();
    while pos < n {
        if n - pos < 2 {
            decode_handle(vm, errors, enc, data, pos, n, "truncated data", &mut out)?;
            break;
        }
        let u = rd(pos);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xDC00 {
            decode_handle(vm, errors, enc, data, pos, pos + 2, "illegal encoding", &mut out)?;
            pos += 2;
            continue;
        }
        if n - pos < 4 {
            let end = n;
            decode_handle(vm, errors, enc, data, pos, end, "unexpected end of data", &mut out)?;
            break;
        }
        let u2 = rd(pos + 2);
        if (0xDC00..0xE000).contains(&u2) {
            let c = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            pos += 4;
        } else {
            decode_handle(vm, errors, enc, data, pos, pos + 2, "illegal UTF-16 surrogate", &mut out)?;
            pos += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(vm: &Vm, data: &[u8], errors: &str, mut le: bool, detect_bom: bool) -> PyResult<String> {
    let mut pos = 0;
    if detect_bom && data.len() >= 4 {
        if data[..4] == [0xFF, 0xFE, 0, 0] {
            le = true;
            pos = 4;
        } else if data[..4] == [0, 0, 0xFE, 0xFF] {
            le = false;
            pos = 4;
        }
    }
    let enc = if le { "utf-32-le" } else { "utf-32-be" };
    let mut out = String::with_capacity(data.len() / 4);
    let n = data.len();
    while pos < n {
        if n - pos < 4 {
            decode_handle(vm, errors, enc, data, pos, n, "truncated data", &mut out)?;
            break;
        }
        let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let u = if le { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) };
        if u >= 0x110000 {
            decode_handle(vm, errors, enc, data, pos, pos + 4, "code point not in range(0x110000)", &mut out)?;
        } else if (0xD800..0xE000).contains(&u) {
            decode_handle(vm, errors, enc, data, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)", &mut out)?;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
        }
        pos += 4;
    }
    Ok(out)
}

/// High halves (bytes 0x80..=0xff) of the single-byte code pages; 0 marks
/// an undefined byte. The low halves are ASCII.
const CP1252_HIGH: [u16; 128] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];

const CP437_HIGH: [u16; 128] = [
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
];

const ISO8859_15_HIGH: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
    0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];

fn charmap_table(codec: &str) -> Option<&'static [u16; 128]> {
    match codec {
        "cp1252" => Some(&CP1252_HIGH),
        "cp437" => Some(&CP437_HIGH),
        "iso8859-15" => Some(&ISO8859_15_HIGH),
        _ => None,
    }
}

fn charmap_decode_byte(t: &[u16; 128], b: u8) -> Option<char> {
    if b < 0x80 {
        return Some(b as char);
    }
    match t[(b - 0x80) as usize] {
        0 => None,
        v => char::from_u32(v as u32),
    }
}

fn charmap_encode_char(t: &[u16; 128], c: char) -> Option<u8> {
    let v = c as u32;
    if v < 0x80 {
        return Some(v as u8);
    }
    t.iter().position(|&x| x as u32 == v && x != 0).map(|i| 0x80 + i as u8)
}

/// Decode `data` with `encoding`/`errors` into a str object.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<PyObjectRef> {
    Ok(vm.new_string(decode_string(vm, data, encoding, errors)?))
}

pub fn decode_string(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = canonical(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    match codec {
        "utf-8" => decode_utf8(vm, data, errors, "utf-8"),
        "utf-8-sig" => {
            let d = data.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(data);
            decode_utf8(vm, d, errors, "utf-8")
        }
        "utf-16" => decode_utf16(vm, data, errors, true, true),
        "utf-16-le" => decode_utf16(vm, data, errors, true, false),
        "utf-16-be" => decode_utf16(vm, data, errors, false, false),
        "utf-32" => decode_utf32(vm, data, errors, true, true),
        "utf-32-le" => decode_utf32(vm, data, errors, true, false),
        "utf-32-be" => decode_utf32(vm, data, errors, false, false),
        "latin-1" => Ok(data.iter().map(|&b| b as char).collect()),
        "punycode" => match punycode_decode(data) {
            Some(s) => Ok(s),
            None => Err(vm.new_unicode_error("Invalid character")),
        },
        "idna" => idna_decode(vm, data),
        "ascii" | "cp1252" | "cp437" | "iso8859-15" => {
            let table = charmap_table(codec);
            let mut out = String::with_capacity(data.len());
            let mut i = 0;
            while i < data.len() {
                let b = data[i];
                let c = match table {
                    None => if b < 0x80 { Some(b as char) } else { None },
                    Some(t) => charmap_decode_byte(t, b),
                };
                match c {
                    Some(c) => out.push(c),
                    None => {
                        let (enc, reason) = if codec == "ascii" { ("ascii", "ordinal not in range(128)") } else { ("charmap", "character maps to <undefined>") };
                        decode_handle(vm, errors, enc, data, i, i + 1, reason, &mut out)?;
                    }
                }
                i += 1;
            }
            Ok(out)
        }
        _ => Err(unknown_encoding(vm, encoding)),
    }
}

/// Apply an encode error handler to the unencodable run `chars[start..end]`.
/// `can` says whether a replacement character is encodable; `push` writes it.
#[allow(clippy::too_many_arguments)]
fn encode_handle(
    vm: &Vm, errors: &str, enc: &str, s: &str, chars: &[char], start: usize, end: usize, reason: &str,
    out: &mut Vec<u8>, push_ascii: &dyn Fn(&str, &mut Vec<u8>),
) -> PyResult<()> {
    match errors {
        "strict" | "surrogatepass" => Err(encode_error(vm, enc, s, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            for _ in start..end {
                push_ascii("?", out);
            }
            Ok(())
        }
        "backslashreplace" => {
            for &c in &chars[start..end] {
                let v = c as u32;
                let t = if v <= 0xff { format!("\\x{:02x}", v) } else if v <= 0xffff { format!("\\u{:04x}", v) } else { format!("\\U{:08x}", v) };
                push_ascii(&t, out);
            }
            Ok(())
        }
        "xmlcharrefreplace" => {
            for &c in &chars[start..end] {
                push_ascii(&format!("&#{};", c as u32), out);
            }
            Ok(())
        }
        "namereplace" => {
            for &c in &chars[start..end] {
                let v = c as u32;
                let t = match crate::unicode::char_name(c) {
                    Some(n) => format!("\\N{{{}}}", n),
                    None => {
                        if v <= 0xff {
                            format!("\\x{:02x}", v)
                        } else if v <= 0xffff {
                            format!("\\u{:04x}", v)
                        } else {
                            format!("\\U{:08x}", v)
                        }
                    }
                };
                push_ascii(&t, out);
            }
            Ok(())
        }
        "surrogateescape" => {
            let mut bytes = Vec::new();
            for &c in &chars[start..end] {
                let v = c as u32;
                if (ESCAPE_BASE + 0x80..=ESCAPE_BASE + 0xFF).contains(&v) {
                    bytes.push((v - ESCAPE_BASE) as u8);
                } else {
                    return Err(encode_error(vm, enc, s, start, end, reason));
                }
            }
            out.extend(bytes);
            Ok(())
        }
        other => Err(unknown_handler(vm, other)),
    }
}

/// Encode with a single-byte table (`f` maps a char to its byte).
fn encode_charmap(vm: &Vm, s: &str, errors: &str, enc: &str, reason: &str, f: &dyn Fn(char) -> Option<u8>) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let push_ascii = |t: &str, out: &mut Vec<u8>| out.extend_from_slice(t.as_bytes());
    let mut i = 0;
    while i < chars.len() {
        match f(chars[i]) {
            Some(b) => {
                out.push(b);
                i += 1;
            }
            None => {
                let st = i;
                while i < chars.len() && f(chars[i]).is_none() {
                    i += 1;
                }
                encode_handle(vm, errors, enc, s, &chars, st, i, reason, &mut out, &push_ascii)?;
            }
        }
    }
    Ok(out)
}

fn has_escapes(s: &str) -> bool {
    !s.is_ascii() && s.chars().any(|c| (ESCAPE_BASE + 0x80..=ESCAPE_BASE + 0xFF).contains(&(c as u32)))
}

fn encode_utf8(s: &str, errors: &str) -> Vec<u8> {
    if errors == "surrogateescape" && has_escapes(s) {
        let mut out = Vec::with_capacity(s.len());
        for c in s.chars() {
            let v = c as u32;
            if (ESCAPE_BASE + 0x80..=ESCAPE_BASE + 0xFF).contains(&v) {
                out.push((v - ESCAPE_BASE) as u8);
            } else {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        return out;
    }
    s.as_bytes().to_vec()
}

/// Encode `s` with `encoding`/`errors`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = canonical(encoding).ok_or_else(|| unknown_encoding(vm, encoding))?;
    match codec {
        "utf-8" => Ok(encode_utf8(s, errors)),
        "utf-8-sig" => {
            let mut out = vec![0xEF, 0xBB, 0xBF];
            out.extend(encode_utf8(s, errors));
            Ok(out)
        }
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let le = codec != "utf-16-be";
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == "utf-16" {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            Ok(out)
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let le = codec != "utf-32-be";
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == "utf-32" {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let v = c as u32;
                out.extend_from_slice(&if le { v.to_le_bytes() } else { v.to_be_bytes() });
            }
            Ok(out)
        }
        "latin-1" => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            encode_charmap(vm, s, errors, "latin-1", "ordinal not in range(256)", &|c| if (c as u32) < 256 { Some(c as u32 as u8) } else { None })
        }
        "ascii" => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            encode_charmap(vm, s, errors, "ascii", "ordinal not in range(128)", &|c| if (c as u32) < 128 { Some(c as u32 as u8) } else { None })
        }
        "punycode" => Ok(punycode_encode(&s.chars().collect::<Vec<_>>())),
        "idna" => idna_encode(vm, s),
        "cp1252" | "cp437" | "iso8859-15" => match charmap_table(codec) {
            Some(t) => encode_charmap(vm, s, errors, "charmap", "character maps to <undefined>", &|c| charmap_encode_char(t, c)),
            None => Err(unknown_encoding(vm, encoding)),
        },
        _ => Err(unknown_encoding(vm, encoding)),
    }
}

// ---------------------------------------------------------------------------
// punycode (RFC 3492) and IDNA 2003 (`encodings.idna`); nameprep is
// approximated by case folding + NFKC.

const PUNY_BASE: u32 = 36;
const PUNY_TMIN: u32 = 1;
const PUNY_TMAX: u32 = 26;

fn puny_adapt(delta: u32, numpoints: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / numpoints.max(1);
    let mut k = 0;
    while delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) / 2 {
        delta /= PUNY_BASE - PUNY_TMIN;
        k += PUNY_BASE;
    }
    k + ((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + 38)
}

fn puny_digit(d: u32) -> u8 {
    if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    }
}

fn puny_t(k: u32, bias: u32) -> u32 {
    if k <= bias {
        PUNY_TMIN
    } else if k >= bias + PUNY_TMAX {
        PUNY_TMAX
    } else {
        k - bias
    }
}

pub fn punycode_encode(input: &[char]) -> Vec<u8> {
    let mut out: Vec<u8> = input.iter().filter(|c| c.is_ascii()).map(|&c| c as u8).collect();
    let b = out.len() as u32;
    if b > 0 {
        out.push(b'-');
    }
    let mut h = b;
    let mut n: u32 = 128;
    let mut delta: u64 = 0;
    let mut bias: u32 = 72;
    let len = input.len() as u32;
    while h < len {
        let m = match input.iter().map(|&c| c as u32).filter(|&c| c >= n).min() {
            Some(m) => m,
            None => break,
        };
        delta += (m - n) as u64 * (h as u64 + 1);
        n = m;
        for &c in input {
            let c = c as u32;
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta as u32;
                let mut k = PUNY_BASE;
                loop {
                    let t = puny_t(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(puny_digit(t + (q - t) % (PUNY_BASE - t)));
                    q = (q - t) / (PUNY_BASE - t);
                    k += PUNY_BASE;
                }
                out.push(puny_digit(q));
                bias = puny_adapt(delta as u32, h + 1, h == b);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

pub fn punycode_decode(data: &[u8]) -> Option<String> {
    let (basic, rest) = match data.iter().rposition(|&b| b == b'-') {
        Some(p) => (&data[..p], &data[p + 1..]),
        None => (&data[..0], data),
    };
    let mut output: Vec<char> = Vec::with_capacity(data.len());
    for &b in basic {
        if b >= 0x80 {
            return None;
        }
        output.push(b as char);
    }
    let mut n: u32 = 128;
    let mut i: u64 = 0;
    let mut bias: u32 = 72;
    let mut pos = 0;
    while pos < rest.len() {
        let oldi = i;
        let mut w: u64 = 1;
        let mut k = PUNY_BASE;
        loop {
            let c = *rest.get(pos)?;
            pos += 1;
            let digit = match c {
                b'a'..=b'z' => (c - b'a') as u32,
                b'A'..=b'Z' => (c - b'A') as u32,
                b'0'..=b'9' => (c - b'0') as u32 + 26,
                _ => return None,
            };
            i = i.checked_add(digit as u64 * w)?;
            let t = puny_t(k, bias);
            if digit < t {
                break;
            }
            w = w.checked_mul((PUNY_BASE - t) as u64)?;
            if w > u32::MAX as u64 {
                return None;
            }
            k += PUNY_BASE;
        }
        let len = output.len() as u64 + 1;
        bias = puny_adapt((i - oldi).min(u32::MAX as u64) as u32, len as u32, oldi == 0);
        n = n.checked_add((i / len).min(u32::MAX as u64) as u32)?;
        i %= len;
        let c = char::from_u32(n)?;
        output.insert(i as usize, c);
        i += 1;
    }
    Some(output.into_iter().collect())
}

fn idna_labels(s: &str) -> Vec<&str> {
    s.split(['.', '\u{3002}', '\u{ff0e}', '\u{ff61}']).collect()
}

fn idna_error(vm: &Vm, what: &str, msg: &str) -> PyErr {
    vm.new_unicode_error(format!("{} with 'idna' codec failed (UnicodeError: {})", what, msg))
}

fn idna_encode(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    use unicode_normalization::UnicodeNormalization;
    if s.is_empty() {
        return Ok(vec![]);
    }
    let labels = idna_labels(s);
    let n = labels.len();
    let mut out = Vec::with_capacity(s.len() + 8);
    for (i, label) in labels.iter().enumerate() {
        if label.is_empty() && i == n - 1 && n > 1 {
            break; // trailing dot
        }
        let enc: Vec<u8> = if label.is_ascii() {
            label.as_bytes().to_vec()
        } else {
            let mut folded = String::new();
            for c in label.chars() {
                if matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}') {
                    continue;
                }
                crate::unicode::push_casefold(c, &mut folded);
            }
            let prepped: String = folded.nfkc().collect();
            if prepped.is_ascii() {
                prepped.into_bytes()
            } else {
                if prepped.starts_with("xn--") {
                    return Err(idna_error(vm, "encoding", "Label starts with ACE prefix"));
                }
                let mut v = b"xn--".to_vec();
                v.extend(punycode_encode(&prepped.chars().collect::<Vec<_>>()));
                v
            }
        };
        if enc.is_empty() || enc.len() >= 64 {
            return Err(idna_error(vm, "encoding", "label empty or too long"));
        }
        if i > 0 {
            out.push(b'.');
        }
        out.extend(enc);
    }
    if labels.len() > 1 && labels.last().map(|l| l.is_empty()).unwrap_or(false) {
        out.push(b'.');
    }
    Ok(out)
}

fn idna_decode(vm: &Vm, data: &[u8]) -> PyResult<String> {
    if !data.is_ascii() {
        return Err(idna_error(vm, "decoding", "Invalid character in IDNA label"));
    }
    let s = std::str::from_utf8(data).unwrap_or("");
    let mut out = String::with_capacity(s.len());
    for (i, label) in s.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        let lower = label.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("xn--") {
            match punycode_decode(rest.as_bytes()) {
                Some(u) => out.push_str(&u),
                None => return Err(idna_error(vm, "decoding", "Invalid character in IDNA label")),
            }
        } else {
            out.push_str(label);
        }
    }
    Ok(out)
}
