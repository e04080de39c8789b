//! The long tail of `bytes`/`bytearray` methods (split/join/strip/find/
//! replace/hex/fromhex/case/predicates/partition/...). Mirrors
//! `Objects/bytes_methods.c`. Every method is shared by both types; results
//! are bytearray when self is a bytearray.

use crate::object::{Payload, PyObjectRef};
use crate::types::bytes_methods::bytes_from_object;
use crate::types::function::{Args, NativeFn, NativeKind, Sig};
use crate::types::str_more::{adjust_indices, int_arg_c, kbind, m_exact, range_old, slice_index};
use crate::vm::{add_method, add_methods, PyResult, Vm};

fn data(vm: &Vm, args: &Args) -> PyResult<Vec<u8>> {
    match args.args.first() {
        Some(o) => bytes_from_object(vm, o),
        None => Err(vm.new_type_error("descriptor needs an argument")),
    }
}

/// "bytes.name" / "bytearray.name" for arity messages.
fn bq(args: &Args, name: &str) -> String {
    match args.args.first().map(|a| &a.payload) {
        Some(Payload::ByteArray(_)) => format!("bytearray.{}", name),
        Some(Payload::Type(_)) if args.args.first().map(|c| c.is(&crate::vm::ctx().types.bytearray_type)).unwrap_or(false) => format!("bytearray.{}", name),
        _ => format!("bytes.{}", name),
    }
}

fn is_ba(args: &Args) -> bool {
    matches!(args.args.first().map(|a| &a.payload), Some(Payload::ByteArray(_)))
}

fn mk(vm: &Vm, ba: bool, v: Vec<u8>) -> PyObjectRef {
    if ba {
        vm.new_bytearray(v)
    } else {
        vm.new_bytes(v)
    }
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" error.
fn buf_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match crate::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    crate::types::bytes_methods::find(h, n, 0)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| &h[i..i + n.len()] == n)
}

// ---------------------------------------------------------------------------
// split / join

fn split_args(vm: &Vm, args: &Args, name: &'static str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = kbind(vm, args, &Sig { name, names: ["sep", "maxsplit"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let sep = match sep {
        None => None,
        Some(s) if vm.is_none(&s) => None,
        Some(s) => {
            let v = buf_arg(vm, &s)?;
            if v.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            Some(v)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(m) => {
            if !matches!(m.payload, Payload::Int(_)) && crate::types::type_::lookup(&m.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&m))));
            }
            let v = vm.index_value(&m)?;
            v.as_i64().unwrap_or(if v.is_negative() { -1 } else { i64::MAX })
        }
    };
    Ok((sep, maxsplit))
}

fn split_ws(s: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = s.len();
    let mut count = 0;
    while i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && count >= maxsplit {
            out.push(s[i..].to_vec());
            break;
        }
        let st = i;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push(s[st..i].to_vec());
        count += 1;
    }
    out
}

fn rsplit_ws(s: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut e = s.len();
    let mut count = 0;
    while e > 0 {
        while e > 0 && is_space(s[e - 1]) {
            e -= 1;
        }
        if e == 0 {
            break;
        }
        if maxsplit >= 0 && count >= maxsplit {
            out.push(s[..e].to_vec());
            break;
        }
        let end = e;
        while e > 0 && !is_space(s[e - 1]) {
            e -= 1;
        }
        out.push(s[e..end].to_vec());
        count += 1;
    }
    out.reverse();
    out
}

fn split_sep(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        if maxsplit >= 0 && count >= maxsplit {
            break;
        }
        match find_sub(rest, sep) {
            Some(i) => {
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
                count += 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn rsplit_sep(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        if maxsplit >= 0 && count >= maxsplit {
            break;
        }
        match rfind_sub(rest, sep) {
            Some(i) => {
                out.push(rest[i + sep.len()..].to_vec());
                rest = &rest[..i];
                count += 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out.reverse();
    out
}

fn b_split(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let (sep, m) = split_args(vm, &args, "split")?;
    let parts = match sep {
        None => split_ws(&d, m),
        Some(s) => split_sep(&d, &s, m),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| mk(vm, ba, p)).collect()))
}

fn b_rsplit(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let (sep, m) = split_args(vm, &args, "rsplit")?;
    let parts = match sep {
        None => rsplit_ws(&d, m),
        Some(s) => rsplit_sep(&d, &s, m),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| mk(vm, ba, p)).collect()))
}

fn b_splitlines(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [keep] = kbind(vm, &args, &Sig { name: "splitlines", names: ["keepends"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let keep = match keep {
        Some(k) => int_arg_c(vm, &k)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut st = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut e = i + 1;
            if c == b'\r' && d.get(e) == Some(&b'\n') {
                e += 1;
            }
            out.push(mk(vm, ba, if keep { d[st..e].to_vec() } else { d[st..i].to_vec() }));
            st = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if st < d.len() {
        out.push(mk(vm, ba, d[st..].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let sep = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, it] = m_exact::<2>(vm, &args, &bq(&args, "join"))?;
    let iter = vm.get_iter(it).map_err(|e| if vm.err_matches(&e, &vm.ctx.exc.type_error) { vm.new_type_error("can only join an iterable") } else { e })?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = vm.next(&iter)? {
        let part = match &x.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => match crate::types::misc::buffer_bytes(vm, &x)? {
                Some(b) => b,
                None => return Err(vm.new_type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, vm.type_name(&x)))),
            },
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(part);
        i += 1;
    }
    Ok(mk(vm, ba, out))
}

// ---------------------------------------------------------------------------
// strip

fn strip_impl(vm: &Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let pos = args.mrange(vm, name, 1, 2)?;
    let chars: Option<Vec<u8>> = match pos.get(1) {
        None => None,
        Some(c) if vm.is_none(c) => None,
        Some(c) => Some(buf_arg(vm, c)?),
    };
    let test = |b: u8| match &chars {
        None => is_space(b),
        Some(cs) => cs.contains(&b),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && test(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && test(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(mk(vm, ba, d[s..e].to_vec()))
}
fn b_strip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "strip", true, true) }
fn b_lstrip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "lstrip", true, false) }
fn b_rstrip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "rstrip", false, true) }

// ---------------------------------------------------------------------------
// search

fn starts_ends(vm: &Vm, args: Args, name: &str, ends: bool) -> PyResult {
    let d = data(vm, &args)?;
    let pos = range_old(vm, args, name, 2, 4)?;
    let start = slice_index(vm, pos.get(2))?;
    let end = slice_index(vm, pos.get(3))?;
    let (st, en) = adjust_indices(start, end, d.len());
    let check = |sub: &[u8]| -> bool {
        if st > d.len() as i64 || en - st < sub.len() as i64 {
            return false;
        }
        let h = &d[st as usize..en as usize];
        if ends {
            h.ends_with(sub)
        } else {
            h.starts_with(sub)
        }
    };
    match &pos[1].payload {
        Payload::Tuple(items) => {
            for it in items.iter() {
                let sub = match &it.payload {
                    Payload::Bytes(_) | Payload::ByteArray(_) => bytes_from_object(vm, it)?,
                    _ => match crate::types::misc::buffer_bytes(vm, it)? {
                        Some(b) => b,
                        None => return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(it)))),
                    },
                };
                if check(&sub) {
                    return Ok(vm.new_bool(true));
                }
            }
            Ok(vm.new_bool(false))
        }
        _ => {
            let sub = match &pos[1].payload {
                Payload::Bytes(_) | Payload::ByteArray(_) => bytes_from_object(vm, &pos[1])?,
                _ => match crate::types::misc::buffer_bytes(vm, &pos[1])? {
                    Some(b) => b,
                    None => return Err(vm.new_type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, vm.type_name(&pos[1])))),
                },
            };
            Ok(vm.new_bool(check(&sub)))
        }
    }
}
fn b_startswith(vm: &Vm, args: Args) -> PyResult { starts_ends(vm, args, "startswith", false) }
fn b_endswith(vm: &Vm, args: Args) -> PyResult { starts_ends(vm, args, "endswith", true) }

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => {
            if let Some(b) = crate::types::misc::buffer_bytes(vm, o)? {
                return Ok(b);
            }
            if matches!(o.payload, Payload::Int(_)) || crate::types::type_::lookup(&o.class(), "__index__").is_some() {
                let v = vm.index_value(o)?;
                return match v.as_i64().filter(|x| (0..256).contains(x)) {
                    Some(x) => Ok(vec![x as u8]),
                    None => Err(vm.new_value_error("byte must be in range(0, 256)")),
                };
            }
            Err(vm.new_type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(o))))
        }
    }
}

fn find_common(vm: &Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let d = data(vm, args)?;
    let pos = range_old(vm, *args, name, 2, 4)?;
    let sub = needle(vm, &pos[1])?;
    let start = slice_index(vm, pos.get(2))?;
    let end = slice_index(vm, pos.get(3))?;
    let (st, en) = adjust_indices(start, end, d.len());
    if st > d.len() as i64 || en - st < sub.len() as i64 {
        return Ok(-1);
    }
    let h = &d[st as usize..en as usize];
    let r = if rev { rfind_sub(h, &sub) } else { find_sub(h, &sub) };
    Ok(r.map(|i| i as i64 + st).unwrap_or(-1))
}

fn b_find(vm: &Vm, args: Args) -> PyResult { Ok(vm.new_int(find_common(vm, &args, "find", false)?)) }
fn b_rfind(vm: &Vm, args: Args) -> PyResult { Ok(vm.new_int(find_common(vm, &args, "rfind", true)?)) }
fn b_index(vm: &Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "index", false)? {
        -1 => Err(vm.new_value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn b_rindex(vm: &Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "rindex", true)? {
        -1 => Err(vm.new_value_error("subsection not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn b_count(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let pos = range_old(vm, args, "count", 2, 4)?;
    let sub = needle(vm, &pos[1])?;
    let start = slice_index(vm, pos.get(2))?;
    let end = slice_index(vm, pos.get(3))?;
    let (st, en) = adjust_indices(start, end, d.len());
    if st > d.len() as i64 || en < st {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(en - st + 1));
    }
    let mut h = &d[st as usize..en as usize];
    let mut n = 0;
    while let Some(i) = find_sub(h, &sub) {
        n += 1;
        h = &h[i + sub.len()..];
    }
    Ok(vm.new_int(n))
}

fn b_replace(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let pos = args.mrange(vm, "replace", 3, 4)?;
    let old = buf_arg(vm, &pos[1])?;
    let new = buf_arg(vm, &pos[2])?;
    let count = match pos.get(3) {
        Some(c) => {
            let v = vm.index_value(c)?;
            v.as_i64().unwrap_or(if v.is_negative() { -1 } else { i64::MAX })
        }
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if new.len() > old.len() {
        let cnt = if old.is_empty() { d.len() + 1 } else { d.windows(old.len()).filter(|w| *w == &old[..]).count() };
        if (d.len() as u128) + (cnt.min(limit) as u128) * (new.len() as u128) > (1u128 << 32) {
            return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
        }
    }
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        let mut n = 0;
        for &b in &d {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return Ok(mk(vm, ba, out));
    }
    let mut rest = &d[..];
    let mut n = 0;
    while n < limit {
        match find_sub(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(mk(vm, ba, out))
}

fn partition_impl(vm: &Vm, args: Args, name: &str, rev: bool) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, sep] = m_exact::<2>(vm, &args, &bq(&args, name))?;
    let sep = buf_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let f = if rev { rfind_sub(&d, &sep) } else { find_sub(&d, &sep) };
    Ok(match f {
        Some(i) => vm.new_tuple(vec![mk(vm, ba, d[..i].to_vec()), mk(vm, ba, sep.clone()), mk(vm, ba, d[i + sep.len()..].to_vec())]),
        None => {
            if rev {
                vm.new_tuple(vec![mk(vm, ba, vec![]), mk(vm, ba, vec![]), mk(vm, ba, d)])
            } else {
                vm.new_tuple(vec![mk(vm, ba, d), mk(vm, ba, vec![]), mk(vm, ba, vec![])])
            }
        }
    })
}
fn b_partition(vm: &Vm, args: Args) -> PyResult { partition_impl(vm, args, "partition", false) }
fn b_rpartition(vm: &Vm, args: Args) -> PyResult { partition_impl(vm, args, "rpartition", true) }

// ---------------------------------------------------------------------------
// case and predicates (ASCII only)

fn map_impl(vm: &Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    m_exact::<1>(vm, &args, &bq(&args, name))?;
    Ok(mk(vm, ba, f(&d)))
}
fn b_upper(vm: &Vm, args: Args) -> PyResult { map_impl(vm, args, "upper", |d| d.to_ascii_uppercase()) }
fn b_lower(vm: &Vm, args: Args) -> PyResult { map_impl(vm, args, "lower", |d| d.to_ascii_lowercase()) }
fn b_swapcase(vm: &Vm, args: Args) -> PyResult {
    map_impl(vm, args, "swapcase", |d| {
        d.iter().map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect()
    })
}
fn b_capitalize(vm: &Vm, args: Args) -> PyResult {
    map_impl(vm, args, "capitalize", |d| {
        d.iter().enumerate().map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
    })
}
fn b_title(vm: &Vm, args: Args) -> PyResult {
    map_impl(vm, args, "title", |d| {
        let mut prev = false;
        d.iter()
            .map(|&b| {
                let r = if prev { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                prev = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &Vm, args: Args, name: &str, f: fn(u8) -> bool) -> PyResult {
    let d = data(vm, &args)?;
    m_exact::<1>(vm, &args, &bq(&args, name))?;
    Ok(vm.new_bool(!d.is_empty() && d.iter().all(|&b| f(b))))
}
fn b_isalpha(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isalpha", |b| b.is_ascii_alphabetic()) }
fn b_isdigit(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isdigit", |b| b.is_ascii_digit()) }
fn b_isalnum(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isalnum", |b| b.is_ascii_alphanumeric()) }
fn b_isspace(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isspace", is_space) }
fn b_isascii(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    m_exact::<1>(vm, &args, &bq(&args, "isascii"))?;
    Ok(vm.new_bool(d.is_ascii()))
}
fn b_islower(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    m_exact::<1>(vm, &args, &bq(&args, "islower"))?;
    Ok(vm.new_bool(d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase())))
}
fn b_isupper(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    m_exact::<1>(vm, &args, &bq(&args, "isupper"))?;
    Ok(vm.new_bool(d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase())))
}
fn b_istitle(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    m_exact::<1>(vm, &args, &bq(&args, "istitle"))?;
    let mut cased = false;
    let mut prev = false;
    for &b in &d {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(vm.new_bool(false));
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(vm.new_bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(vm.new_bool(cased))
}

// ---------------------------------------------------------------------------
// padding

fn width_of(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    if !matches!(o.payload, Payload::Int(_)) && crate::types::type_::lookup(&o.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
    }
    let v = vm.index_value(o)?;
    Ok(v.as_i64().unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX }))
}

fn pad_impl(vm: &Vm, args: Args, name: &str, kind: u8) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let pos = args.mrange(vm, name, 2, 3)?;
    let width = width_of(vm, &pos[1])?;
    let fill = match pos.get(2) {
        None => b' ',
        Some(f) => match &f.payload {
            Payload::Bytes(b) if b.len() == 1 => b[0],
            Payload::ByteArray(b) if b.borrow().len() == 1 => b.borrow()[0],
            _ => {
                let what = match &f.payload {
                    Payload::Bytes(_) => format!("a byte string of length {}", bytes_from_object(vm, f)?.len()),
                    Payload::ByteArray(_) => "bytearray".to_string(),
                    _ => vm.type_name(f).to_string(),
                };
                let what = if matches!(f.payload, Payload::Bytes(_)) { "bytes".to_string() } else { what };
                return Err(vm.new_type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, what)));
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return Ok(mk(vm, ba, d));
    }
    if width > (1 << 32) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let marg = width - len;
    let (l, r) = match kind {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & width & 1);
            (l, marg - l)
        }
    };
    let mut out = vec![fill; l as usize];
    out.extend(d);
    out.extend(std::iter::repeat(fill).take(r as usize));
    Ok(mk(vm, ba, out))
}
fn b_ljust(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "ljust", 0) }
fn b_rjust(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "rjust", 1) }
fn b_center(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "center", 2) }

fn b_zfill(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, w] = m_exact::<2>(vm, &args, &bq(&args, "zfill"))?;
    let width = width_of(vm, w)?;
    if width <= d.len() as i64 {
        return Ok(mk(vm, ba, d));
    }
    if width > (1 << 32) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest = if matches!(d.first(), Some(b'+') | Some(b'-')) {
        out.push(d[0]);
        &d[1..]
    } else {
        &d[..]
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    Ok(mk(vm, ba, out))
}

fn b_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [ts] = kbind(vm, &args, &Sig { name: "expandtabs", names: ["tabsize"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let tabsize = match ts {
        Some(t) => int_arg_c(vm, &t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &b in &d {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    if out.len() as i64 + n > (1 << 32) {
                        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
                    }
                    out.extend(std::iter::repeat(b' ').take(n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(mk(vm, ba, out))
}

// ---------------------------------------------------------------------------
// hex / fromhex / translate / maketrans / prefix / suffix / %

/// `bytes.hex(sep, bytes_per_sep)` (also used by memoryview).
pub fn hex_with_sep(vm: &Vm, d: &[u8], sep: Option<&PyObjectRef>, per: Option<&PyObjectRef>) -> PyResult<String> {
    let sepc: Option<char> = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<u32> = match &s.payload {
                Payload::Str(x) => x.as_str().chars().map(|c| c as u32).collect(),
                Payload::Bytes(_) | Payload::ByteArray(_) => bytes_from_object(vm, s)?.into_iter().map(|b| b as u32).collect(),
                _ => return Err(vm.new_type_error(format!("object of type '{}' has no len()", vm.type_name(s)))),
            };
            if chars.len() != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            if chars[0] > 127 {
                return Err(vm.new_value_error("sep must be ASCII."));
            }
            Some(chars[0] as u8 as char)
        }
    };
    let per: i64 = match per {
        None => 1,
        Some(p) => vm.index_i64(p)?,
    };
    let hexd = |b: u8, out: &mut String| {
        const H: &[u8; 16] = b"0123456789abcdef";
        out.push(H[(b >> 4) as usize] as char);
        out.push(H[(b & 15) as usize] as char);
    };
    let mut out = String::with_capacity(d.len() * 3);
    match sepc {
        None => {
            for &b in d {
                hexd(b, &mut out);
            }
        }
        Some(sc) => {
            if per == 0 || d.is_empty() {
                for &b in d {
                    hexd(b, &mut out);
                }
                return Ok(out);
            }
            let g = per.unsigned_abs() as usize;
            let n = d.len();
            for (i, &b) in d.iter().enumerate() {
                if i > 0 {
                    let boundary = if per > 0 { (n - i) % g == 0 } else { i % g == 0 };
                    if boundary {
                        out.push(sc);
                    }
                }
                hexd(b, &mut out);
            }
        }
    }
    Ok(out)
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let [sep, per] = kbind(vm, &args, &Sig { name: "hex", names: ["sep", "bytes_per_sep"], posonly: 0, required: 0, kwonly_from: 2 })?;
    Ok(vm.new_string(hex_with_sep(vm, &d, sep.as_ref(), per.as_ref())?))
}

fn parse_fromhex(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    let b: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let hv = |c: char| c.to_digit(16).filter(|_| c.is_ascii());
    while i < b.len() {
        let c = b[i];
        if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c' {
            i += 1;
            continue;
        }
        let hi = match hv(c) {
            Some(v) => v,
            None => return Err(vm.new_value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
        };
        i += 1;
        let lo = match b.get(i).and_then(|&c| hv(c)) {
            Some(v) => v,
            None => return Err(vm.new_value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
        };
        i += 1;
        out.push((hi * 16 + lo) as u8);
    }
    Ok(out)
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let [cls, s] = m_exact::<2>(vm, &args, &bq(&args, "fromhex"))?;
    let st = match &s.payload {
        Payload::Str(x) => x.as_str(),
        _ => return Err(vm.new_type_error(format!("fromhex() argument must be str, not {}", vm.type_name(s)))),
    };
    let v = parse_fromhex(vm, st)?;
    if cls.is(&vm.ctx.types.bytes_type) {
        return Ok(vm.new_bytes(v));
    }
    if cls.is(&vm.ctx.types.bytearray_type) {
        return Ok(vm.new_bytearray(v));
    }
    let arg = vm.new_bytes(v);
    vm.call(cls, &[arg])
}

fn b_translate(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [table, delete] = kbind(vm, &args, &Sig { name: "translate", names: ["table", "delete"], posonly: 1, required: 1, kwonly_from: 2 })?;
    let table = match table {
        Some(t) if !vm.is_none(&t) => {
            let v = buf_arg(vm, &t)?;
            if v.len() != 256 {
                return Err(vm.new_value_error("translation table must be 256 characters long"));
            }
            Some(v)
        }
        _ => None,
    };
    let delete = match delete {
        Some(x) => buf_arg(vm, &x)?,
        None => vec![],
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(mk(vm, ba, out))
}

fn b_maketrans(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "maketrans", 2, 2)?;
    let f = buf_arg(vm, &pos[0])?;
    let t = buf_arg(vm, &pos[1])?;
    if f.len() != t.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in f.iter().zip(t.iter()) {
        table[*a as usize] = *b;
    }
    Ok(vm.new_bytes(table))
}

fn b_removeprefix(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, p] = m_exact::<2>(vm, &args, &bq(&args, "removeprefix"))?;
    let p = buf_arg(vm, p)?;
    Ok(mk(vm, ba, d.strip_prefix(&p[..]).map(|x| x.to_vec()).unwrap_or(d.clone())))
}

fn b_removesuffix(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, p] = m_exact::<2>(vm, &args, &bq(&args, "removesuffix"))?;
    let p = buf_arg(vm, p)?;
    if p.is_empty() {
        return Ok(mk(vm, ba, d));
    }
    Ok(mk(vm, ba, d.strip_suffix(&p[..]).map(|x| x.to_vec()).unwrap_or(d.clone())))
}

fn b_mod(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    let ba = is_ba(&args);
    let [_, a] = args.exact::<2>(vm, "__mod__")?;
    let out = crate::format::percent_format_bytes(vm, &d, a)?;
    Ok(mk(vm, ba, out))
}

fn b_rmod(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.ctx.not_implemented.clone())
}

fn b_sizeof(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args)?;
    if is_ba(&args) {
        return Ok(vm.new_int(56 + if d.is_empty() { 0 } else { d.len() as i64 + 1 }));
    }
    Ok(vm.new_int(33 + d.len() as i64))
}

pub fn init(vm: &Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("split", b_split), ("rsplit", b_rsplit), ("splitlines", b_splitlines), ("join", b_join),
        ("strip", b_strip), ("lstrip", b_lstrip), ("rstrip", b_rstrip),
        ("startswith", b_startswith), ("endswith", b_endswith),
        ("find", b_find), ("rfind", b_rfind), ("index", b_index), ("rindex", b_rindex), ("count", b_count),
        ("replace", b_replace), ("partition", b_partition), ("rpartition", b_rpartition),
        ("upper", b_upper), ("lower", b_lower), ("swapcase", b_swapcase), ("capitalize", b_capitalize), ("title", b_title),
        ("isalpha", b_isalpha), ("isdigit", b_isdigit), ("isalnum", b_isalnum), ("isspace", b_isspace),
        ("isascii", b_isascii), ("islower", b_islower), ("isupper", b_isupper), ("istitle", b_istitle),
        ("ljust", b_ljust), ("rjust", b_rjust), ("center", b_center), ("zfill", b_zfill), ("expandtabs", b_expandtabs),
        ("hex", b_hex), ("translate", b_translate), ("removeprefix", b_removeprefix), ("removesuffix", b_removesuffix),
        ("__mod__", b_mod), ("__rmod__", b_rmod), ("__sizeof__", b_sizeof),
    ];
    for t in [&vm.ctx.types.bytes_type, &vm.ctx.types.bytearray_type] {
        add_methods(vm, t, methods);
        add_method(vm, t, "fromhex", b_fromhex, NativeKind::ClassMethod);
        add_method(vm, t, "maketrans", b_maketrans, NativeKind::StaticMethod);
    }
}
