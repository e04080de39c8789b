//! Python source -> `CodeObject`: parsing (ruff_python_parser), the symbol
//! table and the code generator. Mirrors CPython's `Python/compile.c` and
//! `Python/symtable.c`.

mod codegen;

pub(crate) use codegen::expr_description as codegen_expr_description;
pub mod errors;
#[doc(hidden)]
pub mod json;
pub mod symtable;
pub mod verify;

use pyrite_bytecode::CodeObject;
use ruff_python_parser::{parse_unchecked, ParseOptions};
use ruff_text_size::Ranged;
use std::sync::Arc;

/// What the source is compiled as (the `mode` argument of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` string: a sequence of statements.
    Exec,
    /// An `eval()` expression: the code returns its value.
    Eval,
    /// One interactive statement: expression statements print via `PrintExpr`.
    Single,
}

/// The syntax error classes CPython distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// "maximum recursion depth exceeded during compilation" (a `RecursionError`).
    RecursionError,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A compile-time error, with the fields of CPython's `SyntaxError`.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: Arc<str>,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters, as CPython's `SyntaxError.offset`.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line (with its newline), as CPython's `SyntaxError.text`.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    /// `SyntaxError: msg (file, line N)`, as `str()` of CPython's exception plus its class.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind.name(), self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}

/// The optimisation level of `-O` (0: asserts on, `__debug__` true; 1+:
/// asserts removed, `__debug__` false), process-wide as in CPython.
static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

pub fn set_optimize(level: u8) {
    OPTIMIZE.store(level, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn optimize() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compile `source` to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let fname: Arc<str> = filename.into();
    compile_inner(source, &fname, mode).map_err(|e| errors::to_compile_error(e, source, &fname))
}

/// Compile without running the stack verifier (for debugging the compiler).
#[doc(hidden)]
pub fn compile_unverified(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let fname: Arc<str> = filename.into();
    compile_inner2(source, &fname, mode, false).map_err(|e| errors::to_compile_error(e, source, &fname))
}

fn compile_inner(source: &str, filename: &Arc<str>, mode: Mode) -> Result<CodeObject, errors::RawError> {
    compile_inner2(source, filename, mode, true)
}

fn compile_inner2(source: &str, filename: &Arc<str>, mode: Mode, check: bool) -> Result<CodeObject, errors::RawError> {
    errors::precheck(source)?;
    let pmode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        _ => ruff_python_parser::Mode::Module,
    };
    let parsed = parse_unchecked(source, ParseOptions::from(pmode));
    if let Some(e) = parsed.errors().first() {
        return Err(errors::map_parse_error(e, source, parsed.errors()));
    }
    let code = match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => {
            // `single` accepts one logical line of `;`-separated simple
            // statements, or one compound statement.
            let one_line = m.body.windows(2).all(|w| {
                let gap = &source[usize::from(w[0].range().end())..usize::from(w[1].range().start())];
                let gap = gap.replace("\\\r\n", "").replace("\\\n", "");
                gap.contains(';') && !gap.contains('\n')
            });
            if mode == Mode::Single && m.body.len() > 1 && !one_line {
                let r = m.body[0].range();
                let mut e = errors::RawError::syntax("multiple statements found while compiling a single statement", r);
                let idx = errors::LineIndex::new(source);
                let (l, c) = idx.locate(usize::from(r.end()));
                e.explicit = Some((l as u32 + 1, c as u32 + 1, l as u32 + 1, c as u32 + 1));
                return Err(e);
            }
            let st = symtable::build(&m.body, None)?;
            let mut c = codegen::Compiler::new(source, filename.clone(), st);
            c.compile_module(&m.body, mode == Mode::Single)?
        }
        ruff_python_ast::Mod::Expression(e) => {
            let st = symtable::build(&[], Some(&e.body))?;
            let mut c = codegen::Compiler::new(source, filename.clone(), st);
            c.compile_eval(&e.body)?
        }
    };
    #[cfg(debug_assertions)]
    if !check {
        return Ok(code);
    }
    #[cfg(debug_assertions)]
    if let Err(msg) = verify::verify(&code) {
        return Err(errors::RawError::syntax(format!("internal compiler error: {}", msg), Default::default()));
    }
    let _ = check;
    Ok(code)
}

/// The symbol table of a module, dumped as text (see `symtable::dump`).
#[doc(hidden)]
pub fn dump_symtable(source: &str) -> Result<String, String> {
    let parsed = parse_unchecked(source, ParseOptions::from(ruff_python_parser::Mode::Module));
    if !parsed.errors().is_empty() {
        return Err("parse error".into());
    }
    match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => symtable::build(&m.body, None).map(|st| symtable::dump(&st)).map_err(|e| e.msg),
        _ => Err("not a module".into()),
    }
}
