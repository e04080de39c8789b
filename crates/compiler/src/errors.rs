//! Syntax errors: the compiler's own (CPython `compiler_error`, symtable
//! errors) and the mapping of ruff parser errors to CPython's messages and
//! locations (CPython `Parser/pegen_errors.c`).

use crate::{CompileError, ErrorKind};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};
use std::sync::Arc;

/// An error located by a source range, converted to a `CompileError` at the end.
#[derive(Clone, Debug)]
pub struct RawError {
    pub kind: ErrorKind,
    pub msg: String,
    pub range: TextRange,
    /// Use exactly this (line, offset, end_line, end_offset) instead of the range.
    pub explicit: Option<(u32, u32, u32, u32)>,
}

impl RawError {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> RawError {
        RawError { kind: ErrorKind::SyntaxError, msg: msg.into(), range, explicit: None }
    }
    pub fn recursion(range: TextRange) -> RawError {
        RawError {
            kind: ErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            range,
            explicit: None,
        }
    }
}

/// Line starts of a source text, for offset -> (line, column) conversion.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }
    /// 0-based line index and byte column of `off`.
    pub fn locate(&self, off: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (line, off - self.starts.get(line).copied().unwrap_or(0).min(off))
    }
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
    /// Text of 0-based line `line`, with its line ending.
    pub fn line_text<'a>(&self, src: &'a str, line: usize) -> &'a str {
        let s = self.starts.get(line).copied().unwrap_or(src.len()).min(src.len());
        let e = self.starts.get(line + 1).copied().unwrap_or(src.len()).min(src.len());
        src.get(s..e).unwrap_or("")
    }
}

/// Character column (1-based) of byte column `bcol` in `line`.
fn char_col(line: &str, bcol: usize) -> u32 {
    let mut n = 0u32;
    for (i, _) in line.char_indices() {
        if i >= bcol {
            break;
        }
        n += 1;
    }
    if bcol > line.len() {
        n += (bcol - line.len()) as u32;
    }
    n + 1
}

pub fn to_compile_error(e: RawError, src: &str, filename: &Arc<str>) -> CompileError {
    let idx = LineIndex::new(src);
    if let Some((l, o, el, eo)) = e.explicit {
        let text = if l >= 1 { Some(line_with_newline(idx.line_text(src, l as usize - 1))) } else { None };
        return CompileError {
            kind: e.kind,
            msg: e.msg,
            filename: filename.clone(),
            lineno: l,
            offset: o,
            end_lineno: el,
            end_offset: eo,
            text,
        };
    }
    let start = usize::from(e.range.start()).min(src.len());
    let end = usize::from(e.range.end()).min(src.len()).max(start);
    let (l, c) = idx.locate(start);
    let (el, ec) = idx.locate(end);
    let line = idx.line_text(src, l);
    let eline = idx.line_text(src, el);
    let offset = char_col(line, c);
    let end_offset = char_col(eline, ec);
    CompileError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.clone(),
        lineno: l as u32 + 1,
        offset,
        end_lineno: el as u32 + 1,
        end_offset,
        text: Some(line_with_newline(line)),
    }
}

fn line_with_newline(line: &str) -> String {
    let t = line.trim_end_matches(['\n', '\r']);
    format!("{}\n", t)
}

/// Pre-parse checks CPython's tokenizer makes: bracket nesting depth (200)
/// and indentation depth (100).
pub fn precheck(src: &str) -> Result<(), RawError> {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    let mut quote: Option<(u8, bool)> = None;
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    while i < b.len() {
        let ch = b[i];
        if let Some((q, triple)) = quote {
            if ch == b'\\' {
                i += 2;
                continue;
            }
            if ch == q {
                if triple {
                    if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 3;
                        continue;
                    }
                } else {
                    quote = None;
                }
            } else if ch == b'\n' && !triple {
                quote = None;
            }
            i += 1;
            continue;
        }
        if at_line_start && depth == 0 {
            at_line_start = false;
            let mut col = 0usize;
            let mut j = i;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\x0c') {
                col = if b[j] == b'\t' { (col / 8 + 1) * 8 } else if b[j] == b'\x0c' { 0 } else { col + 1 };
                j += 1;
            }
            if j < b.len() && b[j] != b'\n' && b[j] != b'#' && b[j] != b'\r' && b[j] != b'\\' {
                if col > *indents.last().unwrap_or(&0) {
                    indents.push(col);
                    if indents.len() > 100 {
                        let mut e = RawError::syntax("too many levels of indentation", TextRange::empty(TextSize::from(i as u32)));
                        e.kind = crate::ErrorKind::IndentationError;
                        let line = src[..i].matches('\n').count() as u32 + 1;
                        e.explicit = Some((line, (j - i) as u32 + 1, line, (j - i) as u32 + 1));
                        return Err(e);
                    }
                } else {
                    while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
                        indents.pop();
                    }
                }
            }
            i = j;
            continue;
        }
        match ch {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                if b.get(i + 1) == Some(&ch) && b.get(i + 2) == Some(&ch) {
                    quote = Some((ch, true));
                    i += 3;
                } else {
                    quote = Some((ch, false));
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth >= 200 {
                    let (line, col) = LineIndex::new(src).locate(i);
                    let lt = LineIndex::new(src);
                    let text = lt.line_text(src, line);
                    let off = char_col(text, col);
                    let mut e = RawError::syntax("too many nested parentheses", TextRange::empty(TextSize::from(i as u32)));
                    e.explicit = Some((line as u32 + 1, off, line as u32 + 1, off + 1));
                    return Err(e);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                if depth == 0 {
                    at_line_start = true;
                }
            }
            b'\\' => {
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Map a ruff parse error to CPython's message, class and location.
pub fn map_parse_error(e: &ParseError, src: &str, _all: &[ParseError]) -> RawError {
    let range = e.location;
    let mut kind = ErrorKind::SyntaxError;
    let msg: String = match &e.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                kind = ErrorKind::IndentationError;
                "unindent does not match any outer indentation level".into()
            }
            LexicalErrorType::UnclosedStringError => {
                let (l, _) = LineIndex::new(src).locate(usize::from(range.start()));
                let is_triple = src.get(usize::from(range.start())..).map_or(false, |s| {
                    let s = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                    s.starts_with("\"\"\"") || s.starts_with("'''")
                });
                if is_triple {
                    let total = LineIndex::new(src).line_count();
                    format!("unterminated triple-quoted string literal (detected at line {})", total.max(l + 1))
                } else {
                    format!("unterminated string literal (detected at line {})", l + 1)
                }
            }
            LexicalErrorType::LineContinuationError => "unexpected character after line continuation character".into(),
            LexicalErrorType::Eof => "unexpected EOF while parsing".into(),
            LexicalErrorType::UnrecognizedToken { tok } => {
                format!("invalid character '{}' (U+{:04X})", tok, *tok as u32)
            }
            other => {
                let s = other.to_string();
                if s.contains("non-printable") || s.contains("Got unexpected token") {
                    "invalid syntax".into()
                } else {
                    s
                }
            }
        },
        ParseErrorType::UnexpectedIndentation => {
            kind = ErrorKind::IndentationError;
            "unexpected indent".into()
        }
        other => {
            let s = other.to_string();
            let _ = s;
            "invalid syntax".into()
        }
    };
    RawError { kind, msg, range, explicit: None }
}
