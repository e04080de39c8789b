//! Printing uncaught exceptions exactly as CPython 3.11 does
//! (`Python/pythonrun.c` `print_exception_recursive`, `Python/traceback.c`):
//! chained exceptions with their separators, source lines, `^^^^`/`~~~~`
//! markers, repeated-frame folding, SyntaxError carets, notes and
//! exception groups.

use crate::object::{Payload, PyObjectRef};
use crate::types::type_::as_type;
use crate::vm::{str_of, Vm};

/// Write text to `sys.stderr` (falling back to fd 2).
pub fn write_stderr(vm: &Vm, s: &str) {
    if let Some(sys) = vm.interp.sys.get() {
        if let Ok(Some(err)) = vm.get_attr_opt(&sys, "stderr") {
            if !vm.is_none(&err) && vm.call_method(&err, "write", &[vm.new_str(s)]).is_ok() {
                return;
            }
        }
    }
    use std::io::Write;
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// Print an exception (with its chain) to `sys.stderr`.
pub fn print_exception_to_stderr(vm: &Vm, exc: &PyObjectRef) {
    let s = format_exception(vm, exc);
    write_stderr(vm, &s);
    if let Some(sys) = vm.interp.sys.get() {
        if let Ok(Some(err)) = vm.get_attr_opt(&sys, "stderr") {
            let _ = vm.call_method(&err, "flush", &[]);
        }
    }
}

/// The full report CPython prints for an uncaught exception.
pub fn format_exception(vm: &Vm, exc: &PyObjectRef) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen, "");
    out
}

fn exc_field(exc: &PyObjectRef, f: fn(&crate::types::exceptions::PyBaseException) -> Option<PyObjectRef>) -> Option<PyObjectRef> {
    match &exc.payload {
        Payload::Exception(e) => f(e),
        _ => None,
    }
}

fn format_chain(vm: &Vm, exc: &PyObjectRef, out: &mut String, seen: &mut Vec<usize>, margin: &str) {
    seen.push(exc.id());
    let cause = exc_field(exc, |e| e.cause.borrow().clone());
    let context = exc_field(exc, |e| e.context.borrow().clone());
    let suppress = match &exc.payload {
        Payload::Exception(e) => e.suppress_context.get(),
        _ => false,
    };
    if let Some(c) = cause {
        if !seen.contains(&c.id()) {
            format_chain(vm, &c, out, seen, margin);
            out.push_str(&format!("{}\n{}The above exception was the direct cause of the following exception:\n{}\n", margin_line(margin), margin, margin_line(margin)));
        }
    } else if let Some(c) = context {
        if !suppress && !seen.contains(&c.id()) {
            format_chain(vm, &c, out, seen, margin);
            out.push_str(&format!("{}\n{}During handling of the above exception, another exception occurred:\n{}\n", margin_line(margin), margin, margin_line(margin)));
        }
    }
    format_single(vm, exc, out, margin);
}

fn margin_line(margin: &str) -> &str {
    margin.trim_end()
}

fn format_single(vm: &Vm, exc: &PyObjectRef, out: &mut String, margin: &str) {
    let is_group = vm.isinstance_type(exc, &vm.ctx.exc.base_exception_group);
    let tb = exc_field(exc, |e| e.traceback.borrow().clone());
    if let Some(tb) = &tb {
        if is_group {
            out.push_str(&format!("{}  + Exception Group Traceback (most recent call last):\n", margin));
        } else {
            out.push_str(&format!("{}Traceback (most recent call last):\n", margin));
        }
        let frames = format_tb(vm, tb);
        let prefix = if is_group { format!("{}  | ", margin) } else { margin.to_string() };
        for l in frames.lines() {
            out.push_str(&prefix);
            out.push_str(l);
            out.push('\n');
        }
    }
    let line_prefix = if is_group && tb.is_some() { format!("{}  | ", margin) } else { margin.to_string() };
    for l in format_exception_only(vm, exc).lines() {
        out.push_str(&line_prefix);
        out.push_str(l);
        out.push('\n');
    }
    if is_group {
        format_group_members(vm, exc, out, margin);
    }
}

fn format_group_members(vm: &Vm, exc: &PyObjectRef, out: &mut String, margin: &str) {
    let excs = vm.get_attr_str(exc, "exceptions").ok().and_then(|e| vm.collect(&e).ok()).unwrap_or_default();
    let n = excs.len();
    let shown = n.min(15);
    for (i, sub) in excs.iter().take(shown).enumerate() {
        let head = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!("{}  {}+---------------- {} ----------------\n", margin, head, i + 1));
        let inner_margin = format!("{}    | ", margin);
        let mut s = String::new();
        let mut seen = Vec::new();
        format_chain(vm, sub, &mut s, &mut seen, "");
        for l in s.lines() {
            out.push_str(&inner_margin);
            out.push_str(l);
            out.push('\n');
        }
        if i + 1 == shown {
            if n > shown {
                out.push_str(&format!("{}    +---------------- ... ----------------\n", margin));
                out.push_str(&format!("{}    | and {} more exceptions\n", margin, n - shown));
            }
            out.push_str(&format!("{}    +------------------------------------\n", margin));
        }
    }
}

/// "Type: message" lines (plus SyntaxError location and notes).
pub fn format_exception_only(vm: &Vm, exc: &PyObjectRef) -> String {
    let cls = exc.class();
    let t = as_type(&cls);
    let qual = t.map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let module = t.and_then(|t| t.dict().get_str("__module__")).map(|m| str_of(&m).to_string()).unwrap_or_else(|| "builtins".into());
    let name = if module == "builtins" || module == "__main__" { qual } else { format!("{}.{}", module, qual) };
    let mut out = String::new();
    let is_syntax = vm.isinstance_type(exc, &vm.ctx.exc.syntax_error);
    let msg = if is_syntax {
        format_syntax_error(vm, exc, &mut out)
    } else {
        match vm.str_obj(exc) {
            Ok(s) => Some(str_of(&s).to_string()),
            Err(_) => None,
        }
    };
    let msg = msg.map(|m| match suggestion(vm, exc) {
        Some(s) => format!("{}. Did you mean: '{}'?", m, s),
        None => m,
    });
    match msg {
        Some(m) if m.is_empty() => out.push_str(&format!("{}\n", name)),
        Some(m) => out.push_str(&format!("{}: {}\n", name, m)),
        None => out.push_str(&format!("{}: <exception str() failed>\n", name)),
    }
    if let Ok(Some(notes)) = vm.get_attr_opt(exc, "__notes__") {
        match vm.collect(&notes) {
            Ok(ns) if matches!(notes.payload, Payload::List(_) | Payload::Tuple(_)) => {
                for n in ns {
                    let s = if matches!(n.payload, Payload::Str(_)) { str_of(&n).to_string() } else { vm.repr(&n).unwrap_or_default() };
                    out.push_str(&s);
                    out.push('\n');
                }
            }
            _ => {
                out.push_str(&vm.repr(&notes).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    out
}

fn format_syntax_error(vm: &Vm, exc: &PyObjectRef, out: &mut String) -> Option<String> {
    let get = |n: &str| vm.get_attr_opt(exc, n).ok().flatten().filter(|v| !vm.is_none(v));
    let msg = get("msg").map(|m| vm.to_str(&m).unwrap_or_default()).unwrap_or_else(|| vm.to_str(exc).unwrap_or_default());
    let filename = get("filename").map(|f| vm.to_str(&f).unwrap_or_default()).unwrap_or_else(|| "<string>".into());
    let lineno = get("lineno").and_then(|l| vm.index_i64(&l).ok());
    if let Some(l) = lineno {
        out.push_str(&format!("  File \"{}\", line {}\n", filename, l));
    }
    if let Some(text) = get("text") {
        let text = vm.to_str(&text).unwrap_or_default();
        let offset = get("offset").and_then(|o| vm.index_i64(&o).ok());
        let end_offset = get("end_offset").and_then(|o| vm.index_i64(&o).ok());
        let end_lineno = get("end_lineno").and_then(|o| vm.index_i64(&o).ok());
        // CPython: strip leading whitespace, adjust offsets, print the line and carets.
        let line = text.split('\n').next().unwrap_or("");
        let line = line.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let removed = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        // Only the exact SyntaxError class gets a caret range (CPython 3.11).
        let exact = exc.class().is(&vm.ctx.exc.syntax_error);
        if let Some(off) = offset {
            let mut start = off - 1 - removed as i64;
            let line_len = stripped.trim_end().chars().count() as i64;
            let mut end = match (end_offset, end_lineno) {
                (Some(e), Some(el)) if exact && Some(el) == lineno && e > 0 => e - 1 - removed as i64,
                _ => start + 1,
            };
            if start < 0 {
                // The caret would point left of the text: none is printed.
                return Some(msg);
            }
            if end <= start {
                end = start + 1;
            }
            if start > line_len {
                start = line_len;
                end = start + 1;
            }
            if end > line_len + 1 {
                end = line_len + 1;
            }
            let pad: String = stripped.chars().take(start as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
            out.push_str(&format!("    {}{}\n", pad, "^".repeat((end - start).max(1) as usize)));
        }
    }
    Some(msg)
}

struct Entry {
    filename: String,
    lineno: u32,
    name: String,
    pos: Option<pyrite_bytecode::Position>,
}

fn tb_entries(vm: &Vm, tb: &PyObjectRef) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        cur = None;
        if let Payload::Traceback { next, frame, lasti, lineno } = &t.payload {
            if let Payload::Frame(f) = &frame.payload {
                if let Payload::Code(c) = &f.code.payload {
                    out.push(Entry {
                        filename: c.code.filename.to_string(),
                        lineno: *lineno,
                        name: c.code.name.to_string(),
                        pos: c.code.positions.get(*lasti as usize).copied(),
                    });
                }
            }
            cur = next.borrow().clone();
        }
    }
    let _ = vm;
    out
}

/// Source line `lineno` (1-based) of a file, from disk or the embedded library.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let text: String = match crate::modules::imp::embedded_by_path(filename) {
        Some(s) => s.to_string(),
        None => {
            if filename.starts_with('<') {
                return None;
            }
            let bytes = std::fs::read(filename).ok()?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    text.split('\n').nth(lineno.checked_sub(1)? as usize).map(|l| l.trim_end_matches('\r').to_string())
}

fn byte_to_char_offset(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}

/// The frames part of a traceback ("  File ..." lines), as CPython prints it.
pub fn format_tb(vm: &Vm, tb: &PyObjectRef) -> String {
    let entries = tb_entries(vm, tb);
    let mut out = String::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0usize;
    for e in &entries {
        let key = (e.filename.clone(), e.lineno, e.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
            if count >= 3 {
                continue;
            }
        } else {
            if count >= 3 {
                let n = count - 2;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
            }
            count = 0;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.lineno, e.name));
        if let Some(line) = source_line(&e.filename, e.lineno) {
            let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
            let stripped_chars = line.chars().count() - stripped.chars().count();
            let stripped_line = stripped.trim_end();
            if stripped_line.is_empty() {
                continue;
            }
            out.push_str(&format!("    {}\n", stripped_line));
            if let Some(p) = e.pos {
                if p.line == e.lineno && p.line != 0 && (p.col != 0 || p.end_col != 0) {
                    let start = byte_to_char_offset(&line, p.col as usize);
                    let mut end = if p.end_line == p.line { byte_to_char_offset(&line, p.end_col as usize) } else { stripped_chars + stripped_line.chars().count() };
                    if end < start {
                        end = start;
                    }
                    let segment: String = line.chars().skip(start).take(end - start).collect();
                    let anchors = if p.end_line == p.line { crate::modules::anchors::caret_anchors(&segment) } else { None };
                    let span = end - start;
                    let show = span < stripped_line.chars().count() || anchors.map(|(l, r)| r > l).unwrap_or(false);
                    if show && start >= stripped_chars {
                        let mut row = String::from("    ");
                        row.push_str(&" ".repeat(start - stripped_chars));
                        match anchors {
                            Some((l, r)) => {
                                let l = l.min(span);
                                let r = r.min(span).max(l);
                                row.push_str(&"~".repeat(l));
                                row.push_str(&"^".repeat(r - l));
                                row.push_str(&"~".repeat(span - r));
                            }
                            None => row.push_str(&"^".repeat(span)),
                        }
                        row.push('\n');
                        out.push_str(&row);
                    }
                }
            }
        }
    }
    if count >= 3 {
        let n = count - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
    }
    out
}

// ---- "Did you mean" suggestions (CPython's Python/suggestions.c) ----

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        return CASE_COST;
    }
    MOVE_COST
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.cloned()
}

fn str_list(vm: &Vm, o: &PyObjectRef) -> Vec<String> {
    vm.collect(o).map(|v| v.iter().filter(|x| matches!(x.payload, Payload::Str(_))).map(|x| str_of(x).to_string()).collect()).unwrap_or_default()
}

/// The "Did you mean" candidate for an AttributeError or NameError.
fn suggestion(vm: &Vm, exc: &PyObjectRef) -> Option<String> {
    let get = |n: &str| vm.get_attr_opt(exc, n).ok().flatten().filter(|v| !vm.is_none(v));
    if vm.isinstance_type(exc, &vm.ctx.exc.attribute_error) {
        let name = get("name")?;
        let obj = get("obj").or_else(|| if let Payload::Exception(_) = &exc.payload { None } else { None })?;
        if !matches!(name.payload, Payload::Str(_)) {
            return None;
        }
        let dir = vm.call_special(&obj, "__dir__", &[]).ok().flatten()?;
        let mut cands = str_list(vm, &dir);
        cands.sort();
        return calculate_suggestion(&cands, str_of(&name));
    }
    if vm.isinstance_type(exc, &vm.ctx.exc.name_error) {
        let name = get("name")?;
        if !matches!(name.payload, Payload::Str(_)) {
            return None;
        }
        let mut tb = exc_field(exc, |e| e.traceback.borrow().clone())?;
        loop {
            let next = match &tb.payload {
                Payload::Traceback { next, .. } => next.borrow().clone(),
                _ => None,
            };
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let frame = match &tb.payload {
            Payload::Traceback { frame, .. } => frame.clone(),
            _ => return None,
        };
        if let Payload::Frame(f) = &frame.payload {
            if let Payload::Code(c) = &f.code.payload {
                let vars: Vec<String> = c.code.varnames.iter().chain(c.code.cellvars.iter()).chain(c.code.freevars.iter()).map(|s| s.to_string()).collect();
                if let Some(s) = calculate_suggestion(&vars, str_of(&name)) {
                    return Some(s);
                }
            }
            if let Payload::Dict(g) = &f.globals.payload {
                let keys: Vec<String> = g.keys().iter().filter(|k| matches!(k.payload, Payload::Str(_))).map(|k| str_of(k).to_string()).collect();
                if let Some(s) = calculate_suggestion(&keys, str_of(&name)) {
                    return Some(s);
                }
            }
            let b = vm.builtins_dict();
            if let Payload::Dict(bd) = &b.payload {
                let keys: Vec<String> = bd.keys().iter().filter(|k| matches!(k.payload, Payload::Str(_))).map(|k| str_of(k).to_string()).collect();
                return calculate_suggestion(&keys, str_of(&name));
            }
        }
    }
    None
}
