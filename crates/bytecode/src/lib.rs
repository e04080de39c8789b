//! The bytecode shared by the compiler and the VM: the instruction set, code
//! objects, constants and source positions. Mirrors the role of CPython's
//! `Include/opcode.h` + `Objects/codeobject.c`, with our own (simpler) design:
//! absolute jump targets, operands inline in the enum, and a runtime block
//! stack for exception handling (see docs/ARCHITECTURE.md, "Exceptions").

use num_bigint::BigInt;
use std::fmt;
use std::sync::Arc;

/// Index of an instruction in `CodeObject::instructions`.
pub type Label = u32;

/// Binary operators, shared by `BinaryOp` (plain and in-place forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...), used in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// Name stem of the special method: `add` for `__add__`/`__radd__`/`__iadd__`.
    pub fn dunder_stem(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::MatMul => "matmul",
            BinOp::TrueDiv => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::LShift => "lshift",
            BinOp::RShift => "rshift",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Xor => "xor",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Negative,
    Positive,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The reflected comparison used when the right operand is tried first/second.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// Conversion applied by `FormatValue`: `!s`, `!r`, `!a` or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// `MakeFunction` flags: which optional items are on the stack (pushed in this
/// order, below the code object): defaults tuple, kw-defaults dict,
/// annotations dict, closure tuple.
pub mod make_function_flags {
    pub const DEFAULTS: u8 = 0x01;
    pub const KWDEFAULTS: u8 = 0x02;
    pub const ANNOTATIONS: u8 = 0x04;
    pub const CLOSURE: u8 = 0x08;
}

/// Code flags (subset of CPython's `co_flags`, same bit values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// One instruction. Stack effects are written `(before -- after)`, top of
/// stack on the right. `NULL` is the VM's null sentinel (see `PushNull`).
///
/// Exception handling uses a per-frame block stack: `SetupFinally` pushes a
/// handler block remembering the current stack depth; when an exception
/// propagates, blocks are popped: an `ExceptHandler` block (pushed by
/// `PushExcInfo`) restores the previous "exception being handled" and drops
/// its part of the stack; a `Finally` block truncates the stack to its depth,
/// pushes the exception and jumps to its handler.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// ( -- )
    Nop,
    /// (x -- )
    PopTop,
    /// (-- NULL): marks "no self" below the arguments of a call.
    PushNull,
    /// (a_n ... a_1 -- a_n ... a_1 a_n): push a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swap top of stack with the n-th item (n >= 2).
    Swap(u32),
    /// ( -- consts[i])
    LoadConst(u32),

    /// ( -- value) local of a function (`varnames[i]`); UnboundLocalError if unset.
    LoadFast(u32),
    /// (value -- )
    StoreFast(u32),
    DeleteFast(u32),
    /// ( -- value): module/class-body scope: locals, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// ( -- value): globals then builtins (`names[i]`).
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// ( -- value) from cell/free slot i (cellvars first, then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// ( -- value) in a class body: the class namespace first, then cell i.
    LoadClassDeref(u32),
    /// ( -- cell): push the cell object itself (for building closures).
    LoadClosure(u32),

    /// (obj -- obj.names[i])
    LoadAttr(u32),
    /// (value obj -- ): obj.names[i] = value
    StoreAttr(u32),
    /// (obj -- )
    DeleteAttr(u32),
    /// (obj -- meth self) or (obj -- bound NULL): for `obj.name(...)` calls.
    LoadMethod(u32),

    /// (container key -- container[key])
    BinarySubscr,
    /// (value container key -- )
    StoreSubscr,
    /// (container key -- )
    DeleteSubscr,
    /// (start stop -- slice) for 2, (start stop step -- slice) for 3.
    BuildSlice(u32),

    /// (a b -- a op b); in-place form (`+=`) when the flag is set.
    BinaryOp { op: BinOp, inplace: bool },
    /// (a -- op a)
    UnaryOp(UnaryOp),
    /// (a b -- a cmp b)
    CompareOp(CmpOp),
    /// (a b -- a is b) or `is not` when the flag is set.
    IsOp(bool),
    /// (a b -- a in b) or `not in` when the flag is set.
    ContainsOp(bool),

    /// Unconditional jump.
    Jump(Label),
    /// (x -- ): jump if not truthy.
    PopJumpIfFalse(Label),
    /// (x -- ): jump if truthy.
    PopJumpIfTrue(Label),
    /// (x -- ) jump if x is None.
    PopJumpIfNone(Label),
    /// (x -- ) jump if x is not None.
    PopJumpIfNotNone(Label),
    /// (x -- x) and jump if falsy, else (x -- ).
    JumpIfFalseOrPop(Label),
    /// (x -- x) and jump if truthy, else (x -- ).
    JumpIfTrueOrPop(Label),

    /// (iterable -- iter(iterable))
    GetIter,
    /// (iter -- iter next) or, when exhausted, (iter -- ) and jump.
    ForIter(Label),

    /// (x_1 .. x_n -- tuple)
    BuildTuple(u32),
    /// (x_1 .. x_n -- list)
    BuildList(u32),
    /// (x_1 .. x_n -- set)
    BuildSet(u32),
    /// (k_1 v_1 .. k_n v_n -- dict)
    BuildMap(u32),
    /// (s_1 .. s_n -- s_1 + ... + s_n) strings (f-string pieces).
    BuildString(u32),
    /// (list .. x -- list ..): append x to the list n items down (after popping x).
    ListAppend(u32),
    /// (set .. x -- set ..)
    SetAdd(u32),
    /// (dict .. key value -- dict ..)
    MapAdd(u32),
    /// (list .. iterable -- list ..)
    ListExtend(u32),
    /// (set .. iterable -- set ..)
    SetUpdate(u32),
    /// (dict .. mapping -- dict ..): `{**m}`.
    DictUpdate(u32),
    /// (dict .. mapping -- dict ..): `f(**m)`, TypeError on duplicate keys.
    DictMerge(u32),
    /// (list -- tuple)
    ListToTuple,

    /// (seq -- x_n .. x_1): x_1 on top.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: (seq -- after.. rest before..) with the first item on top.
    UnpackEx { before: u16, after: u16 },

    /// (value -- str) or (value spec -- str) when `has_spec`.
    FormatValue { conv: Conversion, has_spec: bool },

    /// Names for the keyword arguments of the next `Call`: `consts[i]` is a tuple of str.
    KwNames(u32),
    /// (callable self_or_NULL arg_1 .. arg_n -- result); the last
    /// len(kwnames) arguments are keyword values when `KwNames` preceded.
    Call(u32),
    /// (callable NULL args_tuple -- result) or with kwargs dict when the flag is set:
    /// (callable NULL args_tuple kwargs -- result).
    CallFunctionEx(bool),
    /// (... code qualname -- function): see `make_function_flags` for the
    /// optional items below the code.
    MakeFunction(u8),
    /// (value -- ): return from the frame.
    ReturnValue,

    /// Call-time setup of a generator/coroutine frame: the VM returns the new
    /// generator object to the caller. Always instruction 0 of such code.
    ReturnGenerator,
    /// (value -- ) suspend, yielding value; on resume (-- sent). The flag is
    /// set for the yield inside `yield from`/`await` loops (throw() delegates).
    YieldValue(bool),
    /// (iterable -- iterator) for `yield from` (coroutines pass through).
    GetYieldFromIter,
    /// (receiver value -- receiver yielded) or, when the receiver is
    /// exhausted, (receiver value -- result) and jump to the label.
    Send(Label),
    /// (obj -- awaitable iterator). Operand: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__`.
    GetAwaitable(u32),
    /// (obj -- obj.__aiter__())
    GetAiter,
    /// (aiter -- aiter awaitable)
    GetAnext,
    /// (aiter exc -- ): end of `async for`: StopAsyncIteration ends the loop, others re-raise.
    EndAsyncFor,

    /// Push a handler block: on an exception in what follows, truncate the
    /// stack to its current depth, push the exception and jump to the label.
    SetupFinally(Label),
    /// Pop the innermost block (normal exit from the protected region).
    PopBlock,
    /// (exc -- exc): start handling `exc`: push an ExceptHandler block saving
    /// the exception being handled, then make `exc` the one being handled.
    PushExcInfo,
    /// ( -- ): end of an except/finally handler: pop the ExceptHandler block
    /// and restore the exception being handled before it (dropping what the
    /// block covers of the stack is the compiler's business; the stack depth
    /// is left as is).
    PopExcept,
    /// (exc -- ): re-raise exc without adding a traceback entry.
    Reraise,
    /// Operand 0: `raise` (re-raise the exception being handled);
    /// 1: (exc -- ); 2: (exc cause -- ) `raise exc from cause`.
    RaiseVarargs(u32),
    /// (exc type -- exc bool): does exc match the type (or tuple of types)?
    CheckExcMatch,
    /// `except*`: (exc type -- rest match): split the group; match is None if nothing matched.
    CheckEgMatch,
    /// (orig list_of_raised -- exc_or_None): combine what `except*` clauses raised.
    PrepReraiseStar,
    /// ( -- AssertionError)
    LoadAssertionError,

    /// (ctx -- exit enter_result): call `__enter__`, keep the bound `__exit__`.
    BeforeWith,
    /// (ctx -- exit awaitable): `async with`.
    BeforeAsyncWith,
    /// (exit exc -- exit exc result): call exit(type(exc), exc, exc.__traceback__).
    WithExceptStart,

    /// (level fromlist -- module): `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32),
    /// (module -- module attr): `from module import names[i]`.
    ImportFrom(u32),
    /// (module -- ): `from module import *` into the current namespace.
    ImportStar,

    /// ( -- builtins.__build_class__)
    LoadBuildClass,
    /// ( -- ): create `__annotations__` in the namespace if missing.
    SetupAnnotations,
    /// ( -- locals mapping)
    LoadLocals,

    /// (subject -- subject len(subject))
    GetLen,
    /// (subject -- subject bool): is subject a mapping for `match`?
    MatchMapping,
    /// (subject -- subject bool): is subject a sequence for `match`?
    MatchSequence,
    /// (subject keys_tuple -- subject keys_tuple values_tuple_or_None)
    MatchKeys,
    /// (subject cls names_tuple -- attrs_tuple_or_None): n positional sub-patterns.
    MatchClass(u32),

    /// (value -- ): print a repr in the interactive loop (sys.displayhook).
    PrintExpr,
}

impl Instr {
    /// The jump target, for instructions that have one.
    pub fn label(&self) -> Option<Label> {
        use Instr::*;
        match *self {
            Jump(l) | PopJumpIfFalse(l) | PopJumpIfTrue(l) | PopJumpIfNone(l)
            | PopJumpIfNotNone(l) | JumpIfFalseOrPop(l) | JumpIfTrueOrPop(l) | ForIter(l)
            | Send(l) | SetupFinally(l) => Some(l),
            _ => None,
        }
    }
    /// Mutable access to the jump target, for label patching in the compiler.
    pub fn label_mut(&mut self) -> Option<&mut Label> {
        use Instr::*;
        match self {
            Jump(l) | PopJumpIfFalse(l) | PopJumpIfTrue(l) | PopJumpIfNone(l)
            | PopJumpIfNotNone(l) | JumpIfFalseOrPop(l) | JumpIfTrueOrPop(l) | ForIter(l)
            | Send(l) | SetupFinally(l) => Some(l),
            _ => None,
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// Fits in an i64.
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    /// Python str; `Str` holds valid Unicode without lone surrogates.
    Str(Arc<str>),
    /// A str literal containing lone surrogates, as code points.
    StrCodePoints(Arc<[u32]>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    /// frozenset constant: constant set displays of 3+ items compile to
    /// `BuildSet(0); LoadConst(FrozenSet); SetUpdate(1)` as in CPython. The
    /// VM must build it as CPython does, since the iteration order shows in
    /// `print({5, 1, 100, 33})`: insert the items in order into a frozenset,
    /// then build a second frozenset by iterating the first (CPython's
    /// `merge_consts_recursive`), and use the second.
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte
/// columns (as CPython's `co_positions`). `line == 0` means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled code block (module, class body, function, lambda, comprehension).
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: Arc<str>,
    /// `co_qualname`.
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters (including positional-only).
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub constants: Vec<Constant>,
    /// Names used by global/name/attribute/import instructions.
    pub names: Vec<Arc<str>>,
    /// Local variable names; parameters first, in order (`*args` then `**kwargs` after the kw-only ones).
    pub varnames: Vec<Arc<str>>,
    /// Names of cells created by this code (captured by inner scopes).
    pub cellvars: Vec<Arc<str>>,
    /// Names of free variables (cells received from the enclosing scope).
    pub freevars: Vec<Arc<str>>,
    /// For each cellvar, the index of the parameter it is initialised from, if any.
    pub cell2arg: Vec<Option<u32>>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0
    }
    /// Total number of parameter slots (positional + kw-only + `*args` + `**kwargs`).
    pub fn total_args(&self) -> usize {
        let mut n = (self.arg_count + self.kwonly_arg_count) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
    /// The line of instruction `ip`, or None when it has no position.
    pub fn line_of(&self, ip: usize) -> Option<u32> {
        self.positions.get(ip).map(|p| p.line).filter(|&l| l != 0)
    }
}

impl fmt::Display for CodeObject {
    /// A readable disassembly, used by golden compiler tests and debugging.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "code {} ({}) flags={:#x} args={}/{}/{}", self.qualname, self.filename,
            self.flags, self.posonly_arg_count, self.arg_count, self.kwonly_arg_count)?;
        for (i, ins) in self.instructions.iter().enumerate() {
            let line = self.positions.get(i).map(|p| p.line).unwrap_or(0);
            let extra = match *ins {
                Instr::LoadConst(c) => self.constants.get(c as usize).map(|c| format!("  ; {:?}", c).chars().take(60).collect::<String>()),
                Instr::LoadName(n) | Instr::StoreName(n) | Instr::DeleteName(n) | Instr::LoadGlobal(n)
                | Instr::StoreGlobal(n) | Instr::DeleteGlobal(n) | Instr::LoadAttr(n) | Instr::StoreAttr(n)
                | Instr::DeleteAttr(n) | Instr::LoadMethod(n) | Instr::ImportName(n) | Instr::ImportFrom(n) => {
                    self.names.get(n as usize).map(|s| format!("  ; {}", s))
                }
                Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => {
                    self.varnames.get(n as usize).map(|s| format!("  ; {}", s))
                }
                Instr::LoadDeref(n) | Instr::StoreDeref(n) | Instr::DeleteDeref(n) | Instr::LoadClosure(n)
                | Instr::LoadClassDeref(n) => {
                    let n = n as usize;
                    self.cellvars.get(n).or_else(|| self.freevars.get(n.wrapping_sub(self.cellvars.len())))
                        .map(|s| format!("  ; {}", s))
                }
                _ => None,
            };
            writeln!(f, "{:4} {:4} {:?}{}", line, i, ins, extra.unwrap_or_default())?;
        }
        for c in &self.constants {
            if let Constant::Code(code) = c {
                writeln!(f)?;
                write!(f, "{}", code)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_is_small() {
        // Dispatch speed depends on a compact instruction.
        assert!(std::mem::size_of::<Instr>() <= 8, "{}", std::mem::size_of::<Instr>());
    }

    #[test]
    fn labels_roundtrip() {
        let mut i = Instr::ForIter(3);
        *i.label_mut().unwrap() = 9;
        assert_eq!(i.label(), Some(9));
        assert_eq!(Instr::PopTop.label(), None);
    }
}
