//! Python source -> `CodeObject`: parsing (ruff_python_parser), the symbol
//! table and the code generator. Mirrors CPython's `Python/compile.c` and
//! `Python/symtable.c`.

use pyrite_bytecode::CodeObject;
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

/// Compile `source` to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let _ = (source, filename, mode);
    Err(CompileError {
        kind: ErrorKind::SyntaxError,
        msg: "compiler not written yet".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    })
}
