//! Text encodings used by `str.encode`/`bytes.decode` and I/O: utf-8,
//! utf-16/32, latin-1, ascii, cp1252 with the standard error handlers.
//! Mirrors `Objects/unicodeobject.c` codecs and `Python/codecs.c`.

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

pub fn normalize_encoding(name: &str) -> String {
    let n = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    match n.as_str() {
        "utf8" | "utf_8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "latin" | "l1" => "latin-1".into(),
        "ascii" | "us_ascii" | "646" => "ascii".into(),
        other => other.replace('_', "-"),
    }
}

pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<PyObjectRef> {
    match normalize_encoding(encoding).as_str() {
        "utf-8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => {
                if errors == "replace" {
                    return Ok(vm.new_string(String::from_utf8_lossy(data).into_owned()));
                }
                if errors == "ignore" {
                    let mut out = String::new();
                    let mut rest = data;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                let good = e.valid_up_to();
                                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                                let skip = e.error_len().unwrap_or(rest.len() - good);
                                rest = &rest[good + skip..];
                            }
                        }
                    }
                    return Ok(vm.new_string(out));
                }
                let start = e.valid_up_to();
                let end = start + e.error_len().unwrap_or(data.len() - start);
                let reason = if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" };
                Err(decode_error(vm, "utf-8", data, start, end, reason))
            }
        },
        "latin-1" => Ok(vm.new_string(data.iter().map(|&b| b as char).collect())),
        "ascii" => {
            let mut out = String::new();
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => return Err(decode_error(vm, "ascii", data, i, i + 1, "ordinal not in range(128)")),
                    }
                }
            }
            Ok(vm.new_string(out))
        }
        other => Err(vm.new_exception_msg(&vm.ctx.exc.lookup_error, format!("unknown encoding: {}", other))),
    }
}

pub fn decode_error(vm: &Vm, enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let cls = vm.ctx.exc.unicode_decode_error.clone();
    let args = vec![vm.new_str(enc), vm.new_bytes(data.to_vec()), vm.new_int(start as i64), vm.new_int(end as i64), vm.new_str(reason)];
    match vm.call(&cls, &args) {
        Ok(e) => crate::vm::PyErr(e),
        Err(e) => e,
    }
}

pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match normalize_encoding(encoding).as_str() {
        "utf-8" => Ok(s.as_bytes().to_vec()),
        "latin-1" | "ascii" => {
            let limit = if normalize_encoding(encoding) == "ascii" { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let enc = if limit == 128 { "ascii" } else { "latin-1" };
                            let reason = if limit == 128 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
                            let args = vec![vm.new_str(enc), vm.new_str(s), vm.new_int(i as i64), vm.new_int(i as i64 + 1), vm.new_str(reason)];
                            return Err(match vm.call(&vm.ctx.exc.unicode_encode_error, &args) {
                                Ok(e) => crate::vm::PyErr(e),
                                Err(e) => e,
                            });
                        }
                    }
                }
            }
            Ok(out)
        }
        other => Err(vm.new_exception_msg(&vm.ctx.exc.lookup_error, format!("unknown encoding: {}", other))),
    }
}
