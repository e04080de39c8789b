//! The long tail of `str` methods (split/join/strip/find/replace/case/
//! predicates/padding/partition/splitlines/format/encode/translate...).
//! Mirrors `Objects/unicodeobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::types::str::PyStr;
use crate::types::str_methods::self_s;
use crate::unicode as uc;
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};

// ---------------------------------------------------------------------------
// helpers

/// `_PyEval_SliceIndex`: None, or an object with `__index__` (clamped).
pub fn slice_index(vm: &Vm, o: Option<&PyObjectRef>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(o) if vm.is_none(o) => Ok(None),
        Some(o) => {
            if !matches!(o.payload, Payload::Int(_)) && crate::types::type_::lookup(&o.class(), "__index__").is_none() {
                return Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method"));
            }
            let i = vm.index_value(o)?;
            Ok(Some(match i.as_i64() {
                Some(v) => v,
                None => {
                    if i.is_negative() {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
            }))
        }
    }
}

/// CPython's ADJUST_INDICES: clamp (start, end) into [0, len] (start may exceed len).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

/// Arity check for METH_NOARGS (N=1) / METH_O (N=2) methods with CPython's
/// messages ("str.lower() takes no arguments (1 given)").
pub fn m_exact<'a, const N: usize>(vm: &Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a [PyObjectRef; N]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let pos = args.pos();
    if pos.len() != N {
        let given = pos.len().saturating_sub(1);
        return Err(vm.new_type_error(if N == 1 {
            format!("{}() takes no arguments ({} given)", qual, given)
        } else {
            format!("{}() takes exactly one argument ({} given)", qual, given)
        }));
    }
    pos.try_into().map_err(|_| vm.new_system_error("argument count"))
}

/// `Args::bind` for methods (self dropped) with the argument-clinic messages
/// of functions without keyword-only parameters.
pub fn kbind<const N: usize>(vm: &Vm, args: &Args, sig: &Sig<N>) -> PyResult<[Option<PyObjectRef>; N]> {
    let a = args.shift();
    let given = a.pos().len();
    if given > N {
        return Err(vm.new_type_error(format!("{}() takes at most {} argument{} ({} given)", sig.name, N, if N == 1 { "" } else { "s" }, given)));
    }
    for (k, _) in a.kwargs() {
        if !sig.names.contains(&k) {
            return Err(vm.new_type_error(format!("'{}' is an invalid keyword argument for {}()", k, sig.name)));
        }
    }
    a.bind(vm, sig)
}

/// `PyArg_ParseTuple`-style arity errors ("f() takes at least 1 argument (0 given)");
/// counts include self.
pub fn range_old<'a>(vm: &Vm, args: Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    args.no_kwargs(vm, name)?;
    let pos = args.pos();
    let n = pos.len();
    if n < min {
        let m = min - 1;
        return Err(vm.new_type_error(format!("{}() takes at least {} argument{} ({} given)", name, m, if m == 1 { "" } else { "s" }, n.saturating_sub(1))));
    }
    if n > max {
        let m = max - 1;
        return Err(vm.new_type_error(format!("{}() takes at most {} argument{} ({} given)", name, m, if m == 1 { "" } else { "s" }, n - 1)));
    }
    Ok(pos)
}

fn arg_str<'a>(vm: &Vm, o: &'a PyObjectRef, what: &str) -> PyResult<&'a str> {
    match &o.payload {
        Payload::Str(s) => Ok(s.as_str()),
        _ => Err(vm.new_type_error(format!("{}, not {}", what, if vm.is_none(o) && what.contains("()") { "None".to_string() } else { vm.type_name(o).to_string() }))),
    }
}

fn new_like(vm: &Vm, s: String) -> PyObjectRef {
    vm.new_string(s)
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn byte_pos(s: &str, char_idx: usize, ascii: bool) -> usize {
    if ascii {
        return char_idx.min(s.len());
    }
    s.char_indices().nth(char_idx).map(|(b, _)| b).unwrap_or(s.len())
}

// ---------------------------------------------------------------------------
// join / split

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let sep = self_s(vm, &args)?.as_str().to_string();
    let [_, it] = m_exact::<2>(vm, &args, "str.join")?;
    let items: Vec<PyObjectRef> = match &it.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            let iter = vm.get_iter(it).map_err(|e| {
                if vm.err_matches(&e, &vm.ctx.exc.type_error) {
                    vm.new_type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut v = Vec::new();
            while let Some(x) = vm.next(&iter)? {
                v.push(x);
            }
            v
        }
    };
    if items.len() == 1 {
        if let Payload::Str(_) = &items[0].payload {
            if items[0].class_is(&vm.ctx.types.str_type) {
                return Ok(items[0].clone());
            }
        }
    }
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        match &x.payload {
            Payload::Str(s) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(s.as_str());
            }
            _ => return Err(vm.new_type_error(format!("sequence item {}: expected str instance, {} found", i, vm.type_name(x)))),
        }
    }
    Ok(new_like(vm, out))
}

fn split_args(vm: &Vm, args: &Args, name: &'static str) -> PyResult<(Option<String>, i64)> {
    let [sep, maxsplit] = kbind(vm, &args, &Sig { name, names: ["sep", "maxsplit"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let sep = match sep {
        None => None,
        Some(s) if vm.is_none(&s) => None,
        Some(s) => match &s.payload {
            Payload::Str(x) => {
                if x.as_str().is_empty() {
                    return Err(vm.new_value_error("empty separator"));
                }
                Some(x.as_str().to_string())
            }
            _ => return Err(vm.new_type_error(format!("must be str or None, not {}", vm.type_name(&s)))),
        },
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

pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(uc::is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(uc::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(uc::is_space);
                n += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(uc::is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(uc::is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(uc::is_space);
                n += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let parts: Vec<&str> = match &sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).collect()
            } else {
                s.splitn((maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep.as_str()).collect()
            }
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let parts: Vec<&str> = match &sep {
        None => rsplit_whitespace(s, maxsplit),
        Some(sep) => {
            let mut v: Vec<&str> = if maxsplit < 0 {
                s.rsplit(sep.as_str()).collect()
            } else {
                s.rsplitn((maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep.as_str()).collect()
            };
            v.reverse();
            v
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [keep] = kbind(vm, &args, &Sig { name: "splitlines", names: ["keepends"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let keep = match keep {
        Some(k) => int_arg_c(vm, &k)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && b.get(end) == Some(&b'\n') {
                it.next();
                end += 1;
            }
            out.push(vm.new_str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(vm.new_str(&s[start..]));
    }
    Ok(vm.new_list(out))
}

// ---------------------------------------------------------------------------
// strip

fn strip_impl(vm: &Vm, args: Args, name: &'static str, left: bool, right: bool) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let pos = args.mrange(vm, name, 1, 2)?;
    let chars: Option<Vec<char>> = match pos.get(1) {
        None => None,
        Some(c) if vm.is_none(c) => None,
        Some(c) => match &c.payload {
            Payload::Str(x) => Some(x.as_str().chars().collect()),
            _ => return Err(vm.new_type_error(format!("{} arg must be None or str", name))),
        },
    };
    let r: &str = match &chars {
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(uc::is_space);
            }
            if right {
                r = r.trim_end_matches(uc::is_space);
            }
            r
        }
        Some(cs) => {
            let f = |c: char| cs.contains(&c);
            let mut r = s;
            if left {
                r = r.trim_start_matches(f);
            }
            if right {
                r = r.trim_end_matches(f);
            }
            r
        }
    };
    if r.len() == s.len() && args.args[0].class_is(&vm.ctx.types.str_type) {
        return Ok(args.args[0].clone());
    }
    Ok(vm.new_str(r))
}
fn str_strip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "strip", true, true) }
fn str_lstrip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "lstrip", true, false) }
fn str_rstrip(vm: &Vm, args: Args) -> PyResult { strip_impl(vm, args, "rstrip", false, true) }

// ---------------------------------------------------------------------------
// startswith / endswith / find family

fn starts_ends(vm: &Vm, args: Args, name: &'static str, ends: bool) -> PyResult {
    let ps = self_s(vm, &args)?;
    let pos = range_old(vm, args, name, 2, 4)?;
    let start = slice_index(vm, pos.get(2))?;
    let end = slice_index(vm, pos.get(3))?;
    let len = ps.char_len();
    let (st, en) = adjust_indices(start, end, len);
    let check = |sub: &str| -> bool {
        let sublen = sub.chars().count() as i64;
        if st > len as i64 {
            return false;
        }
        if en - st < sublen {
            return false;
        }
        let hay = ps.substr(st as usize, en as usize);
        if ends {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    match &pos[1].payload {
        Payload::Str(sub) => Ok(vm.new_bool(check(sub.as_str()))),
        Payload::Tuple(items) => {
            for it in items.iter() {
                match &it.payload {
                    Payload::Str(sub) => {
                        if check(sub.as_str()) {
                            return Ok(vm.new_bool(true));
                        }
                    }
                    _ => return Err(vm.new_type_error(format!("tuple for {} must only contain str, not {}", name, vm.type_name(it)))),
                }
            }
            Ok(vm.new_bool(false))
        }
        _ => Err(vm.new_type_error(format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(&pos[1])))),
    }
}
fn str_startswith(vm: &Vm, args: Args) -> PyResult { starts_ends(vm, args, "startswith", false) }
fn str_endswith(vm: &Vm, args: Args) -> PyResult { starts_ends(vm, args, "endswith", true) }

/// Find `sub` in `ps[start:end]` (character indices); returns a char index or -1.
fn find_impl(ps: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let len = ps.char_len();
    let (st, en) = adjust_indices(start, end, len);
    let sublen = if sub.is_ascii() { sub.len() } else { sub.chars().count() } as i64;
    if st > len as i64 || en - st < sublen {
        return -1;
    }
    let s = ps.as_str();
    let ascii = ps.is_ascii();
    let bs = byte_pos(s, st as usize, ascii);
    let be = byte_pos(s, en as usize, ascii);
    let hay = &s[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    match r {
        Some(b) => st + if ascii { b as i64 } else { hay[..b].chars().count() as i64 },
        None => -1,
    }
}

fn find_args<'a>(vm: &Vm, args: &'a Args<'a>, name: &str) -> PyResult<(&'a PyStr, &'a str, Option<i64>, Option<i64>)> {
    let ps = self_s(vm, args)?;
    let pos = range_old(vm, *args, name, 2, 4)?;
    let sub = arg_str(vm, &pos[1], "must be str")?;
    let start = slice_index(vm, pos.get(2))?;
    let end = slice_index(vm, pos.get(3))?;
    Ok((ps, sub, start, end))
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    let (ps, sub, s, e) = find_args(vm, &args, "find")?;
    Ok(vm.new_int(find_impl(ps, sub, s, e, false)))
}
fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    let (ps, sub, s, e) = find_args(vm, &args, "rfind")?;
    Ok(vm.new_int(find_impl(ps, sub, s, e, true)))
}
fn str_index(vm: &Vm, args: Args) -> PyResult {
    let (ps, sub, s, e) = find_args(vm, &args, "index")?;
    match find_impl(ps, sub, s, e, false) {
        -1 => Err(vm.new_value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    let (ps, sub, s, e) = find_args(vm, &args, "rindex")?;
    match find_impl(ps, sub, s, e, true) {
        -1 => Err(vm.new_value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}
fn str_count(vm: &Vm, args: Args) -> PyResult {
    let (ps, sub, start, end) = find_args(vm, &args, "count")?;
    let len = ps.char_len();
    let (st, en) = adjust_indices(start, end, len);
    if st > len as i64 || en < st {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(en - st + 1));
    }
    let hay = ps.substr(st as usize, en as usize);
    Ok(vm.new_int(hay.matches(sub).count() as i64))
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let pos = args.mrange(vm, "replace", 3, 4)?;
    let old = arg_str(vm, &pos[1], "replace() argument 1 must be str")?;
    let new = arg_str(vm, &pos[2], "replace() argument 2 must be str")?;
    let count = match pos.get(3) {
        Some(c) => {
            if !matches!(c.payload, Payload::Int(_)) && crate::types::type_::lookup(&c.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(c))));
            }
            let v = vm.index_value(c)?;
            v.as_i64().unwrap_or(if v.is_negative() { -1 } else { i64::MAX })
        }
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 {
        return Ok(vm.new_str(s));
    }
    if new.len() > old.len() {
        let cnt = if old.is_empty() { s.chars().count() + 1 } else { s.matches(old).count() };
        let cnt = cnt.min(limit);
        if (s.len() as u128) + (cnt as u128) * (new.len() as u128) > (1u128 << 32) {
            return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
        }
    }
    let out = if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        out
    } else if limit == usize::MAX {
        s.replace(old, new)
    } else {
        s.replacen(old, new, limit)
    };
    Ok(vm.new_string(out))
}

// ---------------------------------------------------------------------------
// case

pub fn lower_str(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        lower_at(&chars, i, &mut out);
    }
    out
}

pub fn upper_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uc::push_upper(c, &mut out);
    }
    out
}

/// Lowercase char `c` at char index `i` of `chars`, applying the final-sigma rule.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
        return;
    }
    uc::push_lower(c, out);
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if uc::is_case_ignorable(c) {
            continue;
        }
        before = uc::is_cased(c);
        break;
    }
    if !before {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() {
        let c = chars[k];
        if uc::is_case_ignorable(c) {
            k += 1;
            continue;
        }
        return !uc::is_cased(c);
    }
    true
}

fn str_lower(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.lower")?;
    if s.is_ascii() {
        return Ok(vm.new_string(s.to_ascii_lowercase()));
    }
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        lower_at(&chars, i, &mut out);
    }
    Ok(vm.new_string(out))
}

fn str_upper(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.upper")?;
    Ok(vm.new_string(upper_str(s)))
}

fn str_swapcase(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.swapcase")?;
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if uc::is_upper(c) {
            lower_at(&chars, i, &mut out);
        } else if uc::is_lower(c) {
            uc::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(vm.new_string(out))
}

fn str_capitalize(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.capitalize")?;
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            uc::push_title(c, &mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    Ok(vm.new_string(out))
}

fn str_title(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.title")?;
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            lower_at(&chars, i, &mut out);
        } else {
            uc::push_title(c, &mut out);
        }
        prev_cased = uc::is_cased(c);
    }
    Ok(vm.new_string(out))
}

fn str_casefold(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uc::push_casefold(c, &mut out);
    }
    Ok(vm.new_string(out))
}

// ---------------------------------------------------------------------------
// predicates

fn pred(vm: &Vm, args: Args, name: &str, f: fn(char) -> bool) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, &format!("str.{}", name))?;
    Ok(vm.new_bool(!s.is_empty() && s.chars().all(f)))
}
fn str_isalpha(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isalpha", uc::is_alpha) }
fn str_isdigit(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isdigit", uc::is_digit) }
fn str_isdecimal(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isdecimal", uc::is_decimal) }
fn str_isnumeric(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isnumeric", uc::is_numeric) }
fn str_isalnum(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isalnum", uc::is_alnum) }
fn str_isspace(vm: &Vm, args: Args) -> PyResult { pred(vm, args, "isspace", uc::is_space) }

fn str_isascii(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?;
    m_exact::<1>(vm, &args, "str.isascii")?;
    Ok(vm.new_bool(s.is_ascii()))
}

fn str_isprintable(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.isprintable")?;
    Ok(vm.new_bool(s.chars().all(uc::is_printable)))
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        None => false,
        Some(c) => uc::is_id_start(c) && it.all(uc::is_id_continue),
    }
}

fn str_isidentifier(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.isidentifier")?;
    Ok(vm.new_bool(is_identifier(s)))
}

fn str_islower(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.islower")?;
    let mut cased = false;
    for c in s.chars() {
        if uc::is_upper(c) || uc::is_titlecase(c) {
            return Ok(vm.new_bool(false));
        }
        if uc::is_lower(c) {
            cased = true;
        }
    }
    Ok(vm.new_bool(cased))
}

fn str_isupper(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if uc::is_lower(c) || uc::is_titlecase(c) {
            return Ok(vm.new_bool(false));
        }
        if uc::is_upper(c) {
            cased = true;
        }
    }
    Ok(vm.new_bool(cased))
}

fn str_istitle(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    m_exact::<1>(vm, &args, "str.istitle")?;
    let mut cased = false;
    let mut prev = false;
    for c in s.chars() {
        if uc::is_upper(c) || uc::is_titlecase(c) {
            if prev {
                return Ok(vm.new_bool(false));
            }
            prev = true;
            cased = true;
        } else if uc::is_lower(c) {
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

/// An `int` argument converted like `_PyLong_AsInt` (C int range).
pub fn int_arg_c(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    if !matches!(o.payload, Payload::Int(_)) && crate::types::type_::lookup(&o.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
    }
    let v = vm.index_value(o)?;
    match v.as_i64().filter(|x| *x >= i32::MIN as i64 && *x <= i32::MAX as i64) {
        Some(x) => Ok(x),
        None => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

fn width_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    if !matches!(o.payload, Payload::Int(_)) && crate::types::type_::lookup(&o.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
    }
    let v = vm.index_value(o)?;
    match v.as_i64() {
        Some(x) => Ok(x),
        None => {
            if v.is_negative() {
                Ok(i64::MIN)
            } else {
                Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
            }
        }
    }
}

fn pad_impl(vm: &Vm, args: Args, name: &'static str, kind: u8) -> PyResult {
    let ps = self_s(vm, &args)?;
    let pos = args.mrange(vm, name, 2, 3)?;
    let width = width_arg(vm, &pos[1])?;
    let fill = match pos.get(2) {
        None => ' ',
        Some(f) => match &f.payload {
            Payload::Str(x) => {
                if x.char_len() != 1 {
                    return Err(vm.new_type_error("The fill character must be exactly one character long"));
                }
                x.as_str().chars().next().unwrap_or(' ')
            }
            _ => return Err(vm.new_type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(f)))),
        },
    };
    let len = ps.char_len() as i64;
    if width <= len {
        if args.args[0].class_is(&vm.ctx.types.str_type) {
            return Ok(args.args[0].clone());
        }
        return Ok(vm.new_str(ps.as_str()));
    }
    if width > (1 << 32) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let marg = width - len;
    let (left, right) = match kind {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(ps.as_str().len() + marg as usize * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left as usize));
    out.push_str(ps.as_str());
    out.extend(std::iter::repeat(fill).take(right as usize));
    Ok(vm.new_string(out))
}
fn str_ljust(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "ljust", 0) }
fn str_rjust(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "rjust", 1) }
fn str_center(vm: &Vm, args: Args) -> PyResult { pad_impl(vm, args, "center", 2) }

fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let ps = self_s(vm, &args)?;
    let [_, w] = m_exact::<2>(vm, &args, "str.zfill")?;
    let width = width_arg(vm, w)?;
    let len = ps.char_len() as i64;
    if width <= len {
        return Ok(vm.new_str(ps.as_str()));
    }
    if width > (1 << 32) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let fill = (width - len) as usize;
    let s = ps.as_str();
    let mut out = String::with_capacity(s.len() + fill);
    let rest = if s.starts_with('+') || s.starts_with('-') {
        out.push_str(&s[..1]);
        &s[1..]
    } else {
        s
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(vm.new_string(out))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [ts] = kbind(vm, &args, &Sig { name: "expandtabs", names: ["tabsize"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let tabsize = match ts {
        Some(t) => int_arg_c(vm, &t)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    if out.len() as i64 + n > (1 << 32) {
                        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
                    }
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

// ---------------------------------------------------------------------------
// partition, prefix/suffix

fn partition_impl(vm: &Vm, args: Args, name: &str, rev: bool) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [this, sep] = m_exact::<2>(vm, &args, &format!("str.{}", name))?;
    let sep = arg_str(vm, sep, "must be str")?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let empty = vm.new_str("");
    Ok(match found {
        Some(i) => vm.new_tuple(vec![vm.new_str(&s[..i]), vm.new_str(sep), vm.new_str(&s[i + sep.len()..])]),
        None => {
            let whole = if this.class_is(&vm.ctx.types.str_type) { this.clone() } else { vm.new_str(s) };
            if rev {
                vm.new_tuple(vec![empty.clone(), empty, whole])
            } else {
                vm.new_tuple(vec![whole, empty.clone(), empty])
            }
        }
    })
}
fn str_partition(vm: &Vm, args: Args) -> PyResult { partition_impl(vm, args, "partition", false) }
fn str_rpartition(vm: &Vm, args: Args) -> PyResult { partition_impl(vm, args, "rpartition", true) }

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [_, p] = m_exact::<2>(vm, &args, "str.removeprefix")?;
    let p = arg_str(vm, p, "removeprefix() argument must be str")?;
    Ok(vm.new_str(s.strip_prefix(p).unwrap_or(s)))
}
fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [_, p] = m_exact::<2>(vm, &args, "str.removesuffix")?;
    let p = arg_str(vm, p, "removesuffix() argument must be str")?;
    if p.is_empty() {
        return Ok(vm.new_str(s));
    }
    Ok(vm.new_str(s.strip_suffix(p).unwrap_or(s)))
}

// ---------------------------------------------------------------------------
// encode, translate, maketrans, sizeof

fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [enc, err] = kbind(vm, &args, &Sig { name: "encode", names: ["encoding", "errors"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let enc = match enc {
        None => "utf-8".to_string(),
        Some(e) => arg_str(vm, &e, "encode() argument 'encoding' must be str")?.to_string(),
    };
    let err = match err {
        None => "strict".to_string(),
        Some(e) => arg_str(vm, &e, "encode() argument 'errors' must be str")?.to_string(),
    };
    let b = crate::codecs::encode(vm, s, &enc, &err)?;
    Ok(vm.new_bytes(b))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "maketrans", 1, 3)?;
    let d = vm.new_dict();
    let dict = match &d.payload {
        Payload::Dict(x) => x,
        _ => return Err(vm.new_system_error("dict")),
    };
    if pos.len() == 1 {
        let src = &pos[0];
        let sd = match &src.payload {
            Payload::Dict(x) => x,
            _ => return Err(vm.new_type_error("if you give only one argument to maketrans it must be a dict")),
        };
        for (k, v) in sd.items() {
            match &k.payload {
                Payload::Str(ks) => {
                    if ks.char_len() != 1 {
                        return Err(vm.new_value_error("string keys in translate table must be of length 1"));
                    }
                    let c = ks.as_str().chars().next().unwrap_or('\0');
                    dict.set_item(vm, vm.new_int(c as i64), v.clone())?;
                }
                Payload::Int(_) => dict.set_item(vm, k.clone(), v.clone())?,
                _ => return Err(vm.new_type_error("keys in translate table must be strings or integers")),
            }
        }
        return Ok(d);
    }
    let x = arg_str(vm, &pos[0], "maketrans() argument 1 must be str")?;
    let y = arg_str(vm, &pos[1], "maketrans() argument 2 must be str")?;
    let xc = chars_of(x);
    let yc = chars_of(y);
    if xc.len() != yc.len() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xc.iter().zip(yc.iter()) {
        dict.set_item(vm, vm.new_int(*a as i64), vm.new_int(*b as i64))?;
    }
    if let Some(z) = pos.get(2) {
        let z = arg_str(vm, z, "maketrans() argument 3 must be str")?;
        for c in z.chars() {
            dict.set_item(vm, vm.new_int(c as i64), vm.none())?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str();
    let [_, table] = m_exact::<2>(vm, &args, "str.translate")?;
    let mut out = String::with_capacity(s.len());
    let mut cache: std::collections::HashMap<char, Option<String>> = std::collections::HashMap::new();
    for c in s.chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let key = vm.new_int(c as i64);
        let r: Option<String> = match vm.get_item(table, &key) {
            Ok(v) => match &v.payload {
                Payload::None => None,
                Payload::Str(x) => Some(x.as_str().to_string()),
                Payload::Int(i) => match i.as_i64().filter(|x| (0..0x110000).contains(x)) {
                    Some(x) => Some(char::from_u32(x as u32).unwrap_or('\u{fffd}').to_string()),
                    None => return Err(vm.new_value_error("character mapping must be in range(0x110000)")),
                },
                _ => return Err(vm.new_type_error("character mapping must return integer, None or str")),
            },
            Err(e) => {
                if vm.err_matches(&e, &vm.ctx.exc.lookup_error) {
                    Some(c.to_string())
                } else {
                    return Err(e);
                }
            }
        };
        if let Some(r) = &r {
            out.push_str(r);
        }
        cache.insert(c, r);
    }
    Ok(vm.new_string(out))
}

fn str_sizeof(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?;
    let n = s.char_len() as i64;
    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if max < 0x80 {
        48 + n + 1
    } else if max < 0x100 {
        72 + n + 1
    } else if max < 0x10000 {
        72 + 2 * (n + 1)
    } else {
        72 + 4 * (n + 1)
    };
    Ok(vm.new_int(size))
}

// ---------------------------------------------------------------------------
// str.format / format_map

struct AutoNumber {
    state: u8, // 0 init, 1 auto, 2 manual
    next: usize,
}

/// Parse an all-decimal-digit string; None when it is empty or has a non-digit.
fn get_integer(vm: &Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut v: usize = 0;
    for &c in s {
        let d = match uc::decimal_value(c) {
            Some(d) => d as usize,
            None => return Ok(None),
        };
        v = match v.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(x) if x <= isize::MAX as usize => x,
            _ => return Err(vm.new_value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(v))
}

struct FmtCtx<'a> {
    args: Option<&'a [PyObjectRef]>,
    kwargs: Option<PyObjectRef>,
}

fn get_field(vm: &Vm, name: &[char], ctx: &FmtCtx, auto: &mut AutoNumber) -> PyResult<PyObjectRef> {
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let idx = get_integer(vm, first)?;
    let empty = first.is_empty();
    let numeric = empty || idx.is_some();
    if auto.state == 0 && numeric {
        auto.state = if empty { 1 } else { 2 };
    }
    if numeric {
        if auto.state == 2 && empty {
            return Err(vm.new_value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if auto.state == 1 && !empty {
            return Err(vm.new_value_error("cannot switch from automatic field numbering to manual field specification"));
        }
    }
    let idx = if empty {
        auto.next += 1;
        Some(auto.next - 1)
    } else {
        idx
    };
    let mut obj = match idx {
        None => {
            let key = vm.new_string(first.iter().collect());
            match &ctx.kwargs {
                None => return Err(vm.new_key_error(key)),
                Some(kw) => vm.get_item(kw, &key)?,
            }
        }
        Some(n) => match ctx.args {
            None => return Err(vm.new_value_error("Format string contains positional fields")),
            Some(a) => match a.get(n) {
                Some(o) => o.clone(),
                None => return Err(vm.new_index_error(format!("Replacement index {} out of range for positional args tuple", n))),
            },
        },
    };
    while i < name.len() {
        let c = name[i];
        i += 1;
        match c {
            '.' => {
                let st = i;
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                if st == i {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                let attr = vm.new_string(name[st..i].iter().collect());
                obj = vm.get_attr(&obj, &attr)?;
            }
            '[' => {
                let st = i;
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i >= name.len() {
                    return Err(vm.new_value_error("Missing ']' in format string"));
                }
                let key = &name[st..i];
                i += 1;
                if key.is_empty() {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                let k = match get_integer(vm, key)? {
                    Some(n) => vm.new_int(n as i64),
                    None => vm.new_string(key.iter().collect()),
                };
                obj = vm.get_item(&obj, &k)?;
            }
            _ => return Err(vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}

fn build_format(vm: &Vm, fmt: &[char], ctx: &FmtCtx, depth: i32, auto: &mut AutoNumber, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < n {
            c = fmt[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= n;
        let mut len = i - start;
        if c == '}' && markup && (at_end || fmt[i] != '}') {
            return Err(vm.new_value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(vm.new_value_error("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if fmt[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(fmt[start..start + len].iter());
        if !markup {
            continue;
        }
        // Parse the field: name, conversion, spec.
        let fstart = i;
        let mut fc = '\0';
        while i < n {
            fc = fmt[i];
            i += 1;
            match fc {
                '{' => return Err(vm.new_value_error("unexpected '{' in field name")),
                '[' => {
                    while i < n && fmt[i] != ']' {
                        i += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let (name_end, terminated) = if matches!(fc, '}' | ':' | '!') && i > fstart { (i - 1, true) } else { (i, false) };
        let name = &fmt[fstart..name_end];
        let mut conversion: Option<char> = None;
        let mut spec: &[char] = &[];
        let mut needs_expanding = false;
        if terminated && (fc == '!' || fc == ':') {
            let mut go_spec = true;
            if fc == '!' {
                if i >= n {
                    return Err(vm.new_value_error("end of string while looking for conversion specifier"));
                }
                conversion = Some(fmt[i]);
                i += 1;
                if i < n {
                    let c2 = fmt[i];
                    i += 1;
                    if c2 == '}' {
                        go_spec = false;
                    } else if c2 != ':' {
                        return Err(vm.new_value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if go_spec {
                let sstart = i;
                let mut count = 1;
                let mut done = false;
                while i < n {
                    let c3 = fmt[i];
                    i += 1;
                    if c3 == '{' {
                        needs_expanding = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &fmt[sstart..i - 1];
                            done = true;
                            break;
                        }
                    }
                }
                if !done {
                    return Err(vm.new_value_error("unmatched '{' in format spec"));
                }
            }
        } else if !terminated || fc != '}' {
            return Err(vm.new_value_error("expected '}' before end of string"));
        }
        let obj = get_field(vm, name, ctx, auto)?;
        let obj = match conversion {
            None => obj,
            Some('r') => vm.repr_obj(&obj)?,
            Some('s') => vm.str_obj(&obj)?,
            Some('a') => vm.new_string(crate::types::str_methods::ascii_escape(&vm.repr(&obj)?)),
            Some(c) => {
                return Err(vm.new_value_error(if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {}", c)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let spec_s: String = if needs_expanding {
            let mut sub = String::new();
            build_format(vm, spec, ctx, depth - 1, auto, &mut sub)?;
            sub
        } else {
            spec.iter().collect()
        };
        let r = vm.format(&obj, &spec_s)?;
        out.push_str(str_of(&r));
    }
    Ok(())
}

pub fn format_with(vm: &Vm, fmt: &str, args: Option<&[PyObjectRef]>, kwargs: Option<PyObjectRef>) -> PyResult<String> {
    let chars = chars_of(fmt);
    let ctx = FmtCtx { args, kwargs };
    let mut auto = AutoNumber { state: 0, next: 0 };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_format(vm, &chars, &ctx, 2, &mut auto, &mut out)?;
    Ok(out)
}

fn str_format(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str().to_string();
    let pos = &args.pos()[1..];
    let kwargs = if args.has_kwargs() {
        let d = vm.new_dict();
        if let Payload::Dict(dd) = &d.payload {
            for (k, v) in args.kwargs() {
                dd.set_item(vm, vm.new_str(k), v.clone())?;
            }
        }
        Some(d)
    } else {
        None
    };
    Ok(vm.new_string(format_with(vm, &s, Some(pos), kwargs)?))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let s = self_s(vm, &args)?.as_str().to_string();
    let [_, m] = m_exact::<2>(vm, &args, "str.format_map")?;
    Ok(vm.new_string(format_with(vm, &s, None, Some(m.clone()))?))
}

fn float_format(vm: &Vm, args: Args) -> PyResult {
    let [a, spec] = args.exact::<2>(vm, "__format__")?;
    if !matches!(spec.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))));
    }
    crate::format::format_float(vm, a, str_of(spec))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.str_type;
    add_methods(vm, t, &[
        ("join", str_join), ("split", str_split), ("rsplit", str_rsplit), ("splitlines", str_splitlines),
        ("strip", str_strip), ("lstrip", str_lstrip), ("rstrip", str_rstrip),
        ("startswith", str_startswith), ("endswith", str_endswith),
        ("find", str_find), ("rfind", str_rfind), ("index", str_index), ("rindex", str_rindex), ("count", str_count),
        ("replace", str_replace),
        ("lower", str_lower), ("upper", str_upper), ("swapcase", str_swapcase), ("capitalize", str_capitalize),
        ("title", str_title), ("casefold", str_casefold),
        ("isalpha", str_isalpha), ("isdigit", str_isdigit), ("isdecimal", str_isdecimal), ("isnumeric", str_isnumeric),
        ("isalnum", str_isalnum), ("isspace", str_isspace), ("isascii", str_isascii), ("isprintable", str_isprintable),
        ("isidentifier", str_isidentifier), ("islower", str_islower), ("isupper", str_isupper), ("istitle", str_istitle),
        ("ljust", str_ljust), ("rjust", str_rjust), ("center", str_center), ("zfill", str_zfill),
        ("expandtabs", str_expandtabs), ("partition", str_partition), ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix), ("removesuffix", str_removesuffix),
        ("encode", str_encode), ("translate", str_translate), ("__sizeof__", str_sizeof),
        ("format", str_format), ("format_map", str_format_map),
    ]);
    add_method(vm, t, "maketrans", str_maketrans, NativeKind::StaticMethod);
    add_methods(vm, &vm.ctx.types.float_type, &[("__format__", float_format)]);
}
