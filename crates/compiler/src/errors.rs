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
    // Indentation measured with tab size 1, to detect inconsistent tabs (TabError).
    let mut alt_indents: Vec<usize> = vec![0];
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
            let mut alt = 0usize;
            let mut j = i;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\x0c') {
                col = if b[j] == b'\t' { (col / 8 + 1) * 8 } else if b[j] == b'\x0c' { 0 } else { col + 1 };
                alt = if b[j] == b'\x0c' { 0 } else { alt + 1 };
                j += 1;
            }
            if j < b.len() && b[j] != b'\n' && b[j] != b'#' && b[j] != b'\r' && b[j] != b'\\' {
                let top = *indents.last().unwrap_or(&0);
                let alt_top = *alt_indents.last().unwrap_or(&0);
                let inconsistent = (col == top && alt != alt_top)
                    || (col > top && alt <= alt_top)
                    || (col < top && {
                        let k = indents.iter().position(|&c| c == col);
                        k.map_or(false, |k| alt_indents.get(k) != Some(&alt))
                    });
                if inconsistent {
                    let line = src[..i].matches('\n').count() as u32 + 1;
                    let mut e = RawError::syntax("inconsistent use of tabs and spaces in indentation", TextRange::empty(TextSize::from(i as u32)));
                    e.kind = crate::ErrorKind::TabError;
                    e.explicit = Some((line, 1, line, 1));
                    return Err(e);
                }
                if col > top {
                    alt_indents.push(alt);
                }
                if col < top {
                    while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
                        indents.pop();
                        alt_indents.pop();
                    }
                }
                if col > top {
                    indents.push(col);
                    if indents.len() > 100 {
                        let mut e = RawError::syntax("too many levels of indentation", TextRange::empty(TextSize::from(i as u32)));
                        e.kind = crate::ErrorKind::IndentationError;
                        let line = src[..i].matches('\n').count() as u32 + 1;
                        e.explicit = Some((line, (j - i) as u32 + 1, line, (j - i) as u32 + 1));
                        return Err(e);
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

/// Bracket problems CPython's tokenizer reports: unmatched or mismatched
/// closers, and brackets never closed at the end of the input.
fn bracket_error(src: &str) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0usize;
    while i < b.len() {
        let ch = b[i];
        match ch {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&ch) && b.get(i + 2) == Some(&ch);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == ch {
                        if !triple {
                            break;
                        }
                        if b.get(i + 1) == Some(&ch) && b.get(i + 2) == Some(&ch) {
                            i += 2;
                            break;
                        }
                    }
                    if b[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => stack.push((ch, i)),
            b')' | b']' | b'}' => {
                let open = match ch {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{}'", ch as char), i)),
                    Some((o, _)) if o != open => {
                        return Some((
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                ch as char, o as char
                            ),
                            i,
                        ))
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().map(|&(o, pos)| (format!("'{}' was never closed", o as char), pos))
}

/// CPython's name for the expression in `text` ("function call", "literal", ...),
/// and whether the "here. Maybe you meant '=='" hint is left out for it.
fn describe_source_expr(text: &str) -> Option<(&'static str, bool)> {
    use ruff_python_ast::Expr;
    let t = text.trim();
    if t.starts_with("yield") {
        return Some(("yield expression", true));
    }
    if t.starts_with('*') {
        return Some(("starred", false));
    }
    let p = ruff_python_parser::parse_expression(t).ok()?;
    let e = p.expr();
    let desc = match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        other => crate::codegen_expr_description(other),
    };
    let no_here = matches!(
        e,
        Expr::If(_) | Expr::Generator(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::NoneLiteral(_) | Expr::BooleanLiteral(_)
    );
    Some((desc, no_here))
}

fn is_triple_start(text: &str) -> bool {
    let after = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    after.starts_with("\"\"\"") || after.starts_with("'''")
}

/// Map a ruff parse error to CPython's message, class and location.
pub fn map_parse_error(e: &ParseError, src: &str, _all: &[ParseError]) -> RawError {
    let range = e.location;
    let idx = LineIndex::new(src);
    let start = usize::from(range.start()).min(src.len());
    let end = usize::from(range.end()).min(src.len()).max(start);
    let text = src.get(start..end).unwrap_or("");
    let mut out = RawError { kind: ErrorKind::SyntaxError, msg: "invalid syntax".into(), range, explicit: None };
    let at = |pos: usize| {
        let (l, c) = idx.locate(pos);
        let off = char_col(idx.line_text(src, l), c);
        (l as u32 + 1, off)
    };
    // CPython tokenizes the whole source after a parser error: tokenizer
    // errors (unterminated strings, unmatched brackets) win.
    let is_lexical = matches!(&e.error, ParseErrorType::Lexical(_));
    if !is_lexical {
        let unclosed = _all
            .iter()
            .find(|x| matches!(&x.error, ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)));
        if let Some(u) = unclosed {
            let bracket_first = bracket_error(src)
                .map_or(false, |(m, p)| !m.contains("never closed") && p < usize::from(u.location.start()));
            if !bracket_first {
                return map_parse_error(u, src, &[]);
            }
        }
    }
    if let Some((msg, pos)) = bracket_error(src) {
        let is_eof = matches!(&e.error, ParseErrorType::Lexical(LexicalErrorType::Eof));
        let never_closed = msg.contains("never closed");
        // An unclosed bracket wins when the parser reached the end of the
        // input, or failed on a later line (CPython
        // `_PyPegen_tokenize_full_source_to_check_for_errors`).
        let err_line = idx.locate(start).0;
        let bracket_line = idx.locate(pos).0;
        let rest_on_line = src.get(end..).map_or(true, |r| r.trim().is_empty());
        let comma_at_eof = matches!(&e.error, ParseErrorType::ExpectedToken { .. }) && rest_on_line.then_some(()).is_some()
            || src.get(end..).map_or(false, |r| !r.trim_end().contains('\n'));
        let unclosed_wins = is_eof || (!is_lexical && pos < start && (err_line > bracket_line || comma_at_eof));
        if (never_closed && unclosed_wins) || (!never_closed && (!is_lexical || pos <= start)) {
            let (l, o) = at(pos);
            out.msg = msg;
            out.explicit = Some((l, o, l, o + 1));
            return out;
        }
    }
    match &e.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                out.kind = ErrorKind::IndentationError;
                out.msg = "unindent does not match any outer indentation level".into();
                let (l, _) = idx.locate(start);
                let line = idx.line_text(src, l).trim_end_matches(['\n', '\r']);
                let o = line.chars().count() as u32 + 1;
                out.explicit = Some((l as u32 + 1, o, l as u32 + 1, o));
            }
            LexicalErrorType::UnclosedStringError => {
                let (l, _) = idx.locate(start);
                if is_triple_start(text) {
                    let total = src.lines().count().max(l + 1);
                    out.msg = format!("unterminated triple-quoted string literal (detected at line {})", total);
                } else {
                    out.msg = format!("unterminated string literal (detected at line {})", l + 1);
                }
            }
            LexicalErrorType::LineContinuationError => {
                out.msg = "unexpected character after line continuation character".into()
            }
            LexicalErrorType::Eof => out.msg = "unexpected EOF while parsing".into(),
            LexicalErrorType::UnrecognizedToken { tok } => {
                if !tok.is_ascii() {
                    out.msg = format!("invalid character '{}' (U+{:04X})", tok, *tok as u32);
                }
            }
            LexicalErrorType::OtherError(m) if m.contains("decimal integer") => {
                let t = text.trim_start_matches('0');
                if text.starts_with('0') && t.chars().all(|c| c.is_ascii_digit() || c == '_') {
                    out.msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into();
                } else {
                    out.msg = "invalid decimal literal".into();
                }
            }
            LexicalErrorType::FStringError(_) => {
                out.msg = format!("f-string: {}", lex).replace("f-string: f-string: ", "f-string: ");
            }
            _ => {}
        },
        ParseErrorType::UnexpectedIndentation => {
            out.kind = ErrorKind::IndentationError;
            out.msg = "unexpected indent".into();
            let (l, o) = at(end);
            let o = o.saturating_sub(1).max(1);
            out.explicit = Some((l, o, l, o));
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => {
            out.kind = ErrorKind::IndentationError;
            let what = m.trim_start_matches("Expected an indented block after ").replace('`', "'");
            // The header line: the nearest earlier line ending with ':'.
            let (l, _) = idx.locate(start);
            let mut header = l;
            let mut k = l;
            while k > 0 {
                k -= 1;
                let t = idx.line_text(src, k);
                let t = t.split('#').next().unwrap_or("").trim_end();
                if t.ends_with(':') {
                    header = k;
                    break;
                }
            }
            out.msg = format!("expected an indented block after {} on line {}", what, header + 1);
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            out.msg = "expected 'except' or 'finally' block".into();
            let b = src.as_bytes();
            let mut p = start;
            while p > 0 && b.get(p - 1).map_or(false, |c| c.is_ascii_whitespace()) {
                p -= 1;
            }
            let (l, o) = at(p);
            out.explicit = Some((l, o, l, o));
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            use ruff_python_ast::token::TokenKind as T;
            match expected {
                T::Colon => out.msg = "expected ':'".into(),
                T::Else => {
                    out.msg = "expected 'else' after 'if' expression".into();
                    // CPython points at the start of the conditional expression.
                    let (l, _) = idx.locate(start);
                    let ls = idx.line_start(l).unwrap_or(0);
                    if let Some(k) = src.get(ls..start).and_then(|t| t.rfind(" if ")) {
                        let b = src.as_bytes();
                        let mut p = ls + k;
                        while p > ls && b.get(p - 1).map_or(false, |c| !c.is_ascii_whitespace() && *c != b'=' && *c != b'(') {
                            p -= 1;
                        }
                        let (l2, o) = at(p);
                        out.explicit = Some((l2, o, l2, o));
                    }
                }
                T::Comma
                    if matches!(
                        found,
                        T::PlusEqual | T::MinusEqual | T::StarEqual | T::SlashEqual | T::DoubleSlashEqual
                            | T::PercentEqual | T::AmperEqual | T::VbarEqual | T::CircumflexEqual
                            | T::LeftShiftEqual | T::RightShiftEqual | T::DoubleStarEqual | T::AtEqual
                    ) =>
                {
                    out.msg = "'tuple' is an illegal expression for augmented assignment".into();
                    let (l, _) = idx.locate(start);
                    let ls = idx.line_start(l).unwrap_or(0);
                    let line = idx.line_text(src, l);
                    let (l, o) = at(ls + line.len() - line.trim_start().len());
                    out.explicit = Some((l, o, l, o));
                }
                T::Comma
                    if matches!(
                        found,
                        T::Name | T::Int | T::Float | T::String | T::Complex | T::True | T::False | T::None
                    ) =>
                {
                    out.msg = "invalid syntax. Perhaps you forgot a comma?".into();
                    let b = src.as_bytes();
                    let mut p = start;
                    while p > 0 && b.get(p - 1).map_or(false, |c| *c == b' ' || *c == b'\t') {
                        p -= 1;
                    }
                    while p > 0 && b.get(p - 1).map_or(false, |c| c.is_ascii_alphanumeric() || *c == b'_' || *c >= 0x80) {
                        p -= 1;
                    }
                    let (l, o) = at(p);
                    out.explicit = Some((l, o, l, o));
                }
                _ => {}
            }
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let b = src.as_bytes();
            let (l, _) = idx.locate(start);
            let full = idx.line_text(src, l);
            let line = full.trim_start();
            if start > 0
                && b.get(start - 1).map_or(false, |c| c.is_ascii_digit())
                && text.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic())
            {
                out.msg = "invalid decimal literal".into();
            } else if line.starts_with("print ") && !line.starts_with("print =") {
                out.msg = "Missing parentheses in call to 'print'. Did you mean print(...)?".into();
                let ls = idx.line_start(l).unwrap_or(0);
                let (l2, o) = at(ls + full.len() - line.len());
                out.explicit = Some((l2, o, l2, o));
            }
        }
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget => {
            let t = text.trim();
            let (desc, no_here) = describe_source_expr(t).unwrap_or(("expression", false));
            let (l, _) = idx.locate(start);
            let line = idx.line_text(src, l);
            let ls = idx.line_start(l).unwrap_or(0);
            let at_stmt_start = start == ls + (line.len() - line.trim_start().len());
            let rest = src.get(end..).unwrap_or("").trim_start_matches([' ', '\t', ')']);
            let followed_by_eq = rest.starts_with('=') && !rest.starts_with("==");
            out.msg = if desc == "yield expression" {
                "assignment to yield expression not possible".into()
            } else if matches!(t, "None" | "True" | "False" | "__debug__") {
                format!("cannot assign to {}", t)
            } else if matches!(e.error, ParseErrorType::InvalidNamedAssignmentTarget) {
                format!("cannot use assignment expressions with {}", desc)
            } else if at_stmt_start && followed_by_eq && !no_here {
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", desc)
            } else {
                format!("cannot assign to {}", desc)
            };
        }
        ParseErrorType::InvalidDeleteTarget => {
            let (desc, _) = describe_source_expr(text).unwrap_or(("expression", false));
            out.msg = format!("cannot delete {}", desc);
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let (desc, _) = describe_source_expr(text).unwrap_or(("expression", false));
            out.msg = format!("'{}' is an illegal expression for augmented assignment", desc);
        }
        ParseErrorType::ExpectedExpression
            if text.starts_with('}') && src.get(..start).map_or(false, |p| p.trim_end().ends_with('{')) =>
        {
            out.msg = "f-string: empty expression not allowed".into();
        }
        ParseErrorType::OtherError(m) if m.starts_with("Only single target") => {
            out.msg = format!("o{}", &m[1..]);
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let (desc, _) = describe_source_expr(text).unwrap_or(("expression", false));
            out.msg = match desc {
                "tuple" => "only single target (not tuple) can be annotated".into(),
                "list" => "only single target (not list) can be annotated".into(),
                _ => "illegal target for annotation".into(),
            };
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            let rest = src.get(end..).unwrap_or("").trim_start_matches([' ', '\t', ')']);
            if rest.starts_with('=') && !rest.starts_with("==") {
                out.msg = "cannot use starred expression here".into();
            }
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            out.msg = "non-default argument follows default argument".into()
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            out.msg = "positional argument follows keyword argument".into();
            let (l, o) = at(end);
            out.explicit = Some((l, o, l, o));
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            out.msg = "positional argument follows keyword argument unpacking".into()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            out.msg = "iterable argument unpacking follows keyword argument unpacking".into()
        }
        ParseErrorType::ExpectedKeywordParam => out.msg = "named arguments must follow bare *".into(),
        ParseErrorType::ParamAfterVarKeywordParam => {
            out.msg = "arguments cannot follow var-keyword argument".into()
        }
        ParseErrorType::VarParameterWithDefault => {
            out.msg = "var-positional argument cannot have default value".into()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            if src.get(..start).map_or(false, |p| p.trim_end().ends_with('(')) {
                out.msg = "Generator expression must be parenthesized".into();
            }
        }
        ParseErrorType::FStringError(fe) => {
            let m = fe.to_string();
            out.msg = if m.contains("conversion") {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
            } else if m.contains("single '}'") {
                "f-string: single '}' is not allowed".into()
            } else {
                format!("f-string: {}", m)
            };
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            out.msg = "iterable unpacking cannot be used in comprehension".into()
        }
        _ => {}
    }
    out
}
