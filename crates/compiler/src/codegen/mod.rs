//! The code generator: AST + symbol table -> `CodeObject`s. Mirrors CPython's
//! `Python/compile.c` (compiler units, the fblock stack for unwinding, name
//! operations by scope).

mod expr;
pub(crate) use expr::expr_description;
mod pattern;
mod stmt;

use crate::errors::{LineIndex, RawError};
use crate::symtable::{mangle, node_key, ScopeKind, SymScope, SymbolTable, DEF_FREE_CLASS};
use pyrite_bytecode::{code_flags, CodeObject, Constant, Instr, Label, Position};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) type CResult<T = ()> = Result<T, RawError>;

const MAX_DEPTH: u32 = 2950;

/// A unit of the fblock stack (CPython `fblockinfo`): what `break`,
/// `continue` and `return` must undo when they leave the block.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop { start: Label, end: Label },
    ForLoop { start: Label, end: Label },
    /// Inside `try` body with an except clause: PopBlock.
    TryExcept,
    /// Inside `try` body with a finally clause: PopBlock, then the finally body.
    FinallyTry { body: &'a [Stmt] },
    /// Inside the exceptional finally body: drop the exception, PopExcept.
    FinallyEnd,
    With { is_async: bool, range: TextRange },
    /// Inside an except clause body (name: protected by an extra block).
    HandlerCleanup { name: Option<String> },
    /// Matching except clauses (no unwinding needed; the exc is on the stack).
    ExceptionHandler,
    /// A value on the stack to pop (match subject).
    PopValue,
    /// An `except*` clause body: break/continue/return are errors.
    ExceptStar,
}

pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Position>,
    pub consts: Vec<Constant>,
    const_map: HashMap<String, u32>,
    pub names: Vec<Arc<str>>,
    name_map: HashMap<Arc<str>, u32>,
    pub varnames: Vec<Arc<str>>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// Label id -> instruction index (u32::MAX while unbound).
    pub labels: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub pos: Position,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub private: Option<String>,
    pub kind: ScopeKind,
    /// Async function (await allowed).
    pub is_async_fn: bool,
}

pub(crate) struct Compiler<'a> {
    pub src: &'a str,
    pub lines: LineIndex,
    pub filename: Arc<str>,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub depth: u32,
    pub interactive: bool,
    pub cur_stmt_range: TextRange,
    pub module_body: Option<&'a [Stmt]>,
    /// Range of the f-string being compiled (FormatValue positions).
    pub fstring_range: TextRange,
}

impl<'a> Compiler<'a> {
    pub fn new(src: &'a str, filename: Arc<str>, st: SymbolTable) -> Self {
        Compiler { src, lines: LineIndex::new(src), filename, st, units: Vec::new(), depth: 0, interactive: false, cur_stmt_range: TextRange::default(), module_body: None, fstring_range: TextRange::default() }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        // There is always at least the module unit while compiling.
        let n = self.units.len();
        &mut self.units[n - 1]
    }
    pub fn ur(&self) -> &Unit<'a> {
        let n = self.units.len();
        &self.units[n - 1]
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> RawError {
        RawError::syntax(msg, range)
    }

    pub fn guard(&mut self, range: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(RawError::recursion(range));
        }
        Ok(())
    }

    pub fn position_of(&self, range: TextRange) -> Position {
        let (l, c) = self.lines.locate(usize::from(range.start()));
        let (el, ec) = self.lines.locate(usize::from(range.end()));
        Position { line: l as u32 + 1, end_line: el as u32 + 1, col: c as u32, end_col: ec as u32 }
    }
    pub fn line_of(&self, range: TextRange) -> u32 {
        self.lines.locate(usize::from(range.start())).0 as u32 + 1
    }

    /// Set the current source position; returns the previous one.
    pub fn set_pos(&mut self, range: TextRange) -> Position {
        let p = self.position_of(range);
        std::mem::replace(&mut self.u().pos, p)
    }
    pub fn restore_pos(&mut self, p: Position) {
        self.u().pos = p;
    }

    // ----- emission -----

    pub fn emit(&mut self, i: Instr) {
        let u = self.u();
        let p = u.pos;
        u.instrs.push(i);
        u.positions.push(p);
    }
    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        (u.labels.len() - 1) as Label
    }
    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l as usize) {
            *slot = here;
        }
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.u();
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }
    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }
    pub fn load_none(&mut self) {
        self.load_const(Constant::None);
    }
    pub fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let a: Arc<str> = name.into();
        let i = u.names.len() as u32;
        u.names.push(a.clone());
        u.name_map.insert(a, i);
        i
    }
    /// Attribute names are mangled too.
    pub fn add_attr_name(&mut self, name: &str) -> u32 {
        let m = mangle(self.ur().private.as_deref(), name);
        self.add_name(&m)
    }
    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(name.into());
        (u.varnames.len() - 1) as u32
    }
    /// Index of a cell/free variable; `free` looks in the free variables
    /// first (a class body reading an outer `__class__` while also owning
    /// its own `__class__` cell, as CPython's `compiler_nameop`).
    fn deref_index(&mut self, name: &str, free: bool) -> u32 {
        let u = self.u();
        if free {
            if let Some(i) = u.freevars.iter().position(|v| &**v == name) {
                return (u.cellvars.len() + i) as u32;
            }
        }
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| &**v == name) {
            return (u.cellvars.len() + i) as u32;
        }
        // Not expected: add as a free variable.
        u.freevars.push(name.into());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    // ----- names -----

    /// Emit a load/store/delete of `name` according to its scope (CPython `compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: NameCtx) {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let sid = self.ur().scope;
        let scope = &self.st.scopes[sid];
        let mut sc = scope.lookup(&mangled);
        let kind = scope.kind;
        let flags = scope.flags(&mangled);
        // `__class__`/`__classcell__` special cases are handled by callers.
        if kind == ScopeKind::Class && sc == SymScope::Free && flags & DEF_FREE_CLASS == 0 && flags != 0 {
            // a class-level binding of a name that is also free: treat as local (LoadName).
        }
        if kind == ScopeKind::Class && flags & DEF_FREE_CLASS != 0 {
            sc = SymScope::Local;
        }
        let optimized = self.st.scopes[sid].is_function_like();
        enum Op {
            Fast,
            Global,
            Deref,
            Name,
        }
        let op = match sc {
            SymScope::Free => Op::Deref,
            SymScope::Cell => Op::Deref,
            SymScope::Local => {
                if optimized {
                    Op::Fast
                } else {
                    Op::Name
                }
            }
            SymScope::GlobalImplicit => {
                if optimized {
                    Op::Global
                } else {
                    Op::Name
                }
            }
            SymScope::GlobalExplicit => Op::Global,
            SymScope::Unknown => {
                if optimized {
                    Op::Global
                } else {
                    Op::Name
                }
            }
        };
        match op {
            Op::Fast => {
                let i = self.varname_index(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                });
            }
            Op::Deref => {
                let i = self.deref_index(&mangled, sc == SymScope::Free);
                let load = if kind == ScopeKind::Class { Instr::LoadClassDeref(i) } else { Instr::LoadDeref(i) };
                self.emit(match ctx {
                    NameCtx::Load => load,
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                });
            }
            Op::Global => {
                let i = self.add_name(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                });
            }
            Op::Name => {
                let i = self.add_name(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                });
            }
        }
    }

    // ----- units -----

    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: String, first_line: u32) {
        let sc = &self.st.scopes[scope];
        let kind = sc.kind;
        let mut varnames: Vec<Arc<str>> = Vec::new();
        if sc.is_function_like() {
            for p in &sc.params {
                varnames.push(p.as_str().into());
            }
        }
        // Cells: sorted like CPython (dictbytype sorts by name).
        let mut cellvars: Vec<Arc<str>> = Vec::new();
        let mut freevars: Vec<Arc<str>> = Vec::new();
        let mut cells: Vec<&String> = Vec::new();
        let mut frees: Vec<&String> = Vec::new();
        for n in &sc.order {
            let s = sc.lookup(n);
            let fl = sc.flags(n);
            if s == SymScope::Cell {
                cells.push(n);
            }
            if s == SymScope::Free || (kind == ScopeKind::Class && fl & DEF_FREE_CLASS != 0) {
                frees.push(n);
            }
        }
        cells.sort();
        frees.sort();
        if sc.needs_class_closure {
            cellvars.push("__class__".into());
        }
        for c in cells {
            cellvars.push(c.as_str().into());
        }
        for f in frees {
            freevars.push(f.as_str().into());
        }
        let private = if kind == ScopeKind::Class { Some(sc.name.clone()) } else { sc.private.clone() };
        let mut flags = 0;
        if sc.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if sc.has_varargs {
                flags |= code_flags::VARARGS;
            }
            if sc.has_varkw {
                flags |= code_flags::VARKEYWORDS;
            }
            if sc.nested {
                flags |= code_flags::NESTED;
            }
            match (sc.is_coroutine, sc.is_generator) {
                (true, true) => flags |= code_flags::ASYNC_GENERATOR,
                (true, false) => flags |= code_flags::COROUTINE,
                (false, true) => flags |= code_flags::GENERATOR,
                _ => {}
            }
        }
        if freevars.is_empty() && cellvars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let is_async_fn = sc.is_coroutine && kind == ScopeKind::Function;
        self.units.push(Unit {
            scope,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            pos: Position { line: first_line, end_line: first_line, col: 0, end_col: 0 },
            name: name.into(),
            qualname: qualname.into(),
            first_line,
            flags,
            arg_count: 0,
            posonly: 0,
            kwonly: 0,
            private,
            kind,
            is_async_fn,
        });
    }

    pub fn exit_unit(&mut self) -> CodeObject {
        let Some(mut u) = self.units.pop() else {
            return empty_code();
        };
        // Resolve labels.
        for ins in u.instrs.iter_mut() {
            if let Some(l) = ins.label_mut() {
                *l = u.labels.get(*l as usize).copied().unwrap_or(0);
            }
        }
        let cell2arg: Vec<Option<u32>> = u
            .cellvars
            .iter()
            .map(|c| {
                let nargs = self.st.scopes[u.scope].params.len();
                u.varnames.iter().take(nargs).position(|v| v == c).map(|i| i as u32)
            })
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            flags: u.flags,
            arg_count: u.arg_count,
            posonly_arg_count: u.posonly,
            kwonly_arg_count: u.kwonly,
            instructions: u.instrs,
            positions: u.positions,
            constants: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
        }
    }

    /// Qualified name for a new child block named `name` (CPython `compiler_set_qualname`).
    pub fn qualname_for(&self, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let u = self.ur();
        let parent_scope = &self.st.scopes[u.scope];
        // A name declared global in the parent: plain name.
        let mangled = mangle(u.private.as_deref(), name);
        if parent_scope.kind != ScopeKind::Module && parent_scope.lookup(&mangled) == SymScope::GlobalExplicit {
            return name.to_string();
        }
        match u.kind {
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
                format!("{}.<locals>.{}", u.qualname, name)
            }
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Module => name.to_string(),
        }
    }

    pub fn scope_of<T>(&self, node: &T, range: TextRange) -> CResult<usize> {
        self.st.by_node.get(&node_key(node)).copied().ok_or_else(|| RawError::syntax("internal error: no scope", range))
    }

    /// Push the closure tuple for `code` (LoadClosure of each free var) and
    /// `MakeFunction`. Expects the optional items already pushed (`flags`).
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u8) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                // In a class body, `__class__` refers to the class's own cell.
                let i = self.closure_index(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= pyrite_bytecode::make_function_flags::CLOSURE;
        }
        let qual = code.qualname.clone();
        self.load_const(Constant::Code(Arc::new(code)));
        self.load_const(Constant::Str(qual));
        self.emit(Instr::MakeFunction(flags));
    }

    fn closure_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|v| &**v == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(name.into());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    /// Compile a module body.
    pub fn compile_module(&mut self, body: &'a [Stmt], mode_single: bool) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        self.interactive = mode_single;
        self.module_body = Some(body);
        self.u().pos = Position { line: 1, end_line: 1, col: 0, end_col: 0 };
        if stmt::has_annotations(body) {
            if let Some(first) = body.first() {
                self.set_pos(first.range());
            }
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if !mode_single {
            if let Some((doc, range)) = stmt::docstring(body) {
                self.set_pos(range);
                self.load_const(Constant::Str(doc.into()));
                let i = self.add_name("__doc__");
                self.emit(Instr::StoreName(i));
                rest = &body[1..];
            }
        }
        self.compile_body(rest)?;
        self.load_none();
        self.emit(Instr::ReturnValue);
        Ok(self.exit_unit())
    }

    pub fn compile_eval(&mut self, e: &'a ast::Expr) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        self.set_pos(e.range());
        self.compile_expr(e)?;
        self.emit(Instr::ReturnValue);
        Ok(self.exit_unit())
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

fn const_key(c: &Constant) -> Option<String> {
    fn go(c: &Constant, out: &mut String) -> bool {
        use std::fmt::Write;
        match c {
            Constant::Code(_) => return false,
            Constant::Float(f) => {
                let _ = write!(out, "F{:x}", f.to_bits());
            }
            Constant::Complex { real, imag } => {
                let _ = write!(out, "C{:x},{:x}", real.to_bits(), imag.to_bits());
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                out.push(if matches!(c, Constant::Tuple(_)) { 'T' } else { 'S' });
                out.push('(');
                for i in items.iter() {
                    if !go(i, out) {
                        return false;
                    }
                    out.push(',');
                }
                out.push(')');
            }
            other => {
                let _ = write!(out, "{:?}", other);
            }
        }
        true
    }
    let mut s = String::new();
    if go(c, &mut s) {
        Some(s)
    } else {
        None
    }
}

pub(crate) fn empty_code() -> CodeObject {
    CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "".into(),
        first_line: 1,
        flags: 0,
        arg_count: 0,
        posonly_arg_count: 0,
        kwonly_arg_count: 0,
        instructions: vec![Instr::LoadConst(0), Instr::ReturnValue],
        positions: vec![Position::default(); 2],
        constants: vec![Constant::None],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
    }
}
