//! Expressions (CPython `compiler_visit_expr1` and helpers): calls, operators,
//! displays, comprehensions, lambdas, f-strings, yield/await.

use super::{CResult, Compiler, NameCtx};
use crate::symtable::ScopeKind;
use num_bigint::BigInt;
use num_traits::Num;
use pyrite_bytecode::{make_function_flags as mff, BinOp, CmpOp, Constant, Conversion, Instr, Label, UnaryOp};
use ruff_python_ast::{self as ast, Expr, ExprContext, Number};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// The constant value of a literal expression, if it is one.
pub(crate) fn const_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::NumberLiteral(n) => number_const(&n.value),
        Expr::StringLiteral(s) => str_const(s.value.to_str()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::Tuple(t) => {
            let mut items = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                items.push(const_of(x)?);
            }
            Constant::Tuple(items.into())
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            // Complex literals in patterns: `-1+2j`.
            let l = const_of(&b.left)?;
            let r = const_of(&b.right)?;
            let as_c = |c: &Constant| match c {
                Constant::Int(i) => Some((*i as f64, 0.0)),
                Constant::Float(f) => Some((*f, 0.0)),
                Constant::Complex { real, imag } => Some((*real, *imag)),
                _ => None,
            };
            if !matches!(r, Constant::Complex { .. }) {
                return None;
            }
            let (a, bb) = as_c(&l)?;
            let (c, d) = as_c(&r)?;
            if b.op == ast::Operator::Add {
                Constant::Complex { real: a + c, imag: bb + d }
            } else {
                Constant::Complex { real: a - c, imag: bb - d }
            }
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Constant::Int(i) if i != i64::MIN => Constant::Int(-i),
            Constant::BigInt(b) => {
                let n = -b;
                match i64::try_from(&n) {
                    Ok(i) => Constant::Int(i),
                    Err(_) => Constant::BigInt(n),
                }
            }
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex { real, imag } => Constant::Complex { real: -real, imag: -imag },
            _ => return None,
        },
        _ => return None,
    })
}

pub(crate) fn str_const(s: &str) -> Constant {
    Constant::Str(s.into())
}

pub(crate) fn number_const(n: &Number) -> Constant {
    match n {
        Number::Int(i) => {
            if let Some(v) = i.as_i64() {
                return Constant::Int(v);
            }
            let text = i.to_string().replace('_', "");
            let lower = text.to_ascii_lowercase();
            let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
                (d.to_string(), 16)
            } else if let Some(d) = lower.strip_prefix("0o") {
                (d.to_string(), 8)
            } else if let Some(d) = lower.strip_prefix("0b") {
                (d.to_string(), 2)
            } else {
                (lower, 10)
            };
            match BigInt::from_str_radix(&digits, radix) {
                Ok(b) => match i64::try_from(&b) {
                    Ok(v) => Constant::Int(v),
                    Err(_) => Constant::BigInt(b),
                },
                Err(_) => Constant::Int(0),
            }
        }
        Number::Float(f) => Constant::Float(*f),
        Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        self.guard(e.range())?;
        let saved = self.set_pos(e.range());
        let r = self.compile_expr_inner(e);
        self.restore_pos(saved);
        self.depth -= 1;
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.set_pos(b.range);
                        self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(end),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(end),
                        });
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_pos(b.range);
                self.emit(Instr::BinaryOp { op: binop(b.op), inplace: false });
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(&u.operand)?;
                self.set_pos(u.range);
                self.emit(Instr::UnaryOp(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Positive,
                    ast::UnaryOp::USub => UnaryOp::Negative,
                }));
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, else_l)?;
                self.compile_expr(&i.body)?;
                self.emit(Instr::Jump(end));
                self.bind(else_l);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) if s.elts.len() > 2 && s.elts.iter().all(|x| const_of(x).is_some()) => {
                // As CPython: BuildSet(0); LoadConst(frozenset); SetUpdate(1)
                // (the iteration order of the frozenset is observable).
                let items: Vec<Constant> = s.elts.iter().filter_map(const_of).collect();
                self.set_pos(s.range);
                self.emit(Instr::BuildSet(0));
                self.load_const(Constant::FrozenSet(items.into()));
                self.emit(Instr::SetUpdate(1));
            }
            Expr::List(l) if l.elts.len() > 2 && l.elts.iter().all(|x| const_of(x).is_some()) => {
                let items: Vec<Constant> = l.elts.iter().filter_map(const_of).collect();
                self.set_pos(l.range);
                self.emit(Instr::BuildList(0));
                self.load_const(Constant::Tuple(items.into()));
                self.emit(Instr::ListExtend(1));
            }
            Expr::Set(s) => {
                if has_starred(&s.elts) {
                    self.starunpack(&s.elts, 0, Collection::Set)?;
                } else {
                    for x in &s.elts {
                        self.compile_expr(x)?;
                    }
                    self.set_pos(s.range);
                    self.emit(Instr::BuildSet(s.elts.len() as u32));
                }
            }
            Expr::ListComp(c) => {
                self.compile_comprehension(c, c.range, CompKind::List, "<listcomp>", &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.compile_comprehension(c, c.range, CompKind::Set, "<setcomp>", &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.compile_comprehension(
                    c,
                    c.range,
                    CompKind::Dict,
                    "<dictcomp>",
                    &c.generators,
                    k,
                    Some(&c.value),
                )?,
                None => {
                    let r = c.value.range();
                    let start = r.start().checked_sub(2.into()).unwrap_or(r.start());
                    return Err(self.error("dict unpacking cannot be used in dict comprehension", TextRange::new(start, r.end())));
                }
            },
            Expr::Generator(c) => {
                // A sole-argument genexp `f(x for x in y)` includes the call's parentheses.
                let mut r = c.range;
                if !c.parenthesized {
                    let s = r.start().checked_sub(1.into()).unwrap_or(r.start());
                    let e = (r.end() + ruff_text_size::TextSize::from(1)).min(ruff_text_size::TextSize::from(self.src.len() as u32));
                    r = TextRange::new(s, e);
                }
                self.set_pos(r);
                self.compile_comprehension(c, r, CompKind::Gen, "<genexpr>", &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => {
                self.check_await(a.range)?;
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::GetAwaitable(0));
                self.load_none();
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                self.check_yield(y.range, false)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.set_pos(y.range);
                self.emit(Instr::YieldValue(false));
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range, true)?;
                self.compile_expr(&y.value)?;
                self.set_pos(y.range);
                self.emit(Instr::GetYieldFromIter);
                self.load_none();
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(sl) if sl.value.to_str().contains('\u{FFFD}') => {
                // Possibly lone surrogates: decode the tokens ourselves.
                let mut cps: Vec<u32> = Vec::new();
                for part in sl.value.iter() {
                    let r = part.range;
                    let tok = self.src.get(usize::from(r.start())..usize::from(r.end())).unwrap_or("");
                    match decode_str_token(tok) {
                        Some(v) => cps.extend(v),
                        None => cps.extend(part.value.chars().map(|c| c as u32)),
                    }
                }
                if cps.iter().any(|&c| (0xD800..0xE000).contains(&c)) {
                    self.load_const(Constant::StrCodePoints(cps.into()));
                } else {
                    self.load_const(str_const(sl.value.to_str()));
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                }
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_attr_name(&a.attr.id);
                match a.ctx {
                    ExprContext::Load | ExprContext::Invalid => self.emit(Instr::LoadAttr(i)),
                    ExprContext::Store => self.emit(Instr::StoreAttr(i)),
                    ExprContext::Del => self.emit(Instr::DeleteAttr(i)),
                }
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(match s.ctx {
                    ExprContext::Store => Instr::StoreSubscr,
                    ExprContext::Del => Instr::DeleteSubscr,
                    _ => Instr::BinarySubscr,
                });
            }
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ExprContext::Load => {
                self.load_const(Constant::Bool(crate::optimize() == 0));
            }
            Expr::Name(n) => {
                let ctx = match n.ctx {
                    ExprContext::Store => NameCtx::Store,
                    ExprContext::Del => NameCtx::Del,
                    _ => NameCtx::Load,
                };
                self.nameop(&n.id, ctx);
            }
            Expr::List(l) => {
                if has_starred(&l.elts) {
                    self.starunpack(&l.elts, 0, Collection::List)?;
                } else {
                    for x in &l.elts {
                        self.compile_expr(x)?;
                    }
                    self.set_pos(l.range);
                    self.emit(Instr::BuildList(l.elts.len() as u32));
                }
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                } else if has_starred(&t.elts) {
                    self.starunpack(&t.elts, 0, Collection::Tuple)?;
                } else {
                    for x in &t.elts {
                        self.compile_expr(x)?;
                    }
                    self.set_pos(t.range);
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::Slice(s) => {
                self.compile_slice(s)?;
            }
            Expr::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
        }
        Ok(())
    }

    pub(crate) fn compile_slice_or_expr(&mut self, e: &'a Expr) -> CResult {
        if let Expr::Starred(_) = e {
            // `a[*b]` is `a[(*b,)]`.
            return self.starunpack(std::slice::from_ref(e), 0, Collection::Tuple);
        }
        if let Expr::Slice(s) = e {
            self.compile_slice(s)
        } else {
            self.compile_expr(e)
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> CResult {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(x) => self.compile_expr(x)?,
                None => self.load_none(),
            }
        }
        let mut n = 2;
        if let Some(st) = &s.step {
            self.compile_expr(st)?;
            n = 3;
        }
        self.set_pos(s.range);
        self.emit(Instr::BuildSlice(n));
        Ok(())
    }

    /// The `Send`/`YieldValue` loop of `yield from` and `await` (receiver and None pushed).
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit(Instr::Send(exit));
        self.emit(Instr::YieldValue(true));
        self.emit(Instr::Jump(start));
        self.bind(exit);
    }

    fn check_yield(&mut self, range: TextRange, from: bool) -> CResult {
        let u = self.ur();
        if !matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension) {
            return Err(self.error("'yield' outside function", range));
        }
        if from && self.st.scopes[u.scope].is_coroutine && u.kind == ScopeKind::Function {
            return Err(self.error("'yield from' inside async function", range));
        }
        Ok(())
    }

    fn check_await(&mut self, range: TextRange) -> CResult {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.error("'await' outside function", range)),
            ScopeKind::Function if u.is_async_fn => Ok(()),
            ScopeKind::Comprehension => {
                // Allowed when the comprehension is (inside) an async function.
                let mut i = self.units.len();
                while i > 0 {
                    i -= 1;
                    let k = self.units[i].kind;
                    if k == ScopeKind::Comprehension {
                        if self.st.scopes[self.units[i].scope].is_genexp && i + 1 == self.units.len() {
                            // async generator expressions may await anywhere
                            return Ok(());
                        }
                        continue;
                    }
                    if k == ScopeKind::Function && self.units[i].is_async_fn {
                        return Ok(());
                    }
                    break;
                }
                Err(self.error("asynchronous comprehension outside of an asynchronous function", range))
            }
            _ => Err(self.error("'await' outside async function", range)),
        }
    }

    /// Jump to `target` if the truth of `e` equals `cond` (CPython `compiler_jump_if`).
    pub(crate) fn compile_jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        self.guard(e.range())?;
        let r = self.compile_jump_if_inner(e, cond, target);
        self.depth -= 1;
        r
    }
    fn compile_jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.compile_jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                let next = if is_or == cond { target } else { self.new_label() };
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 < n {
                        self.compile_jump_if(v, is_or, next)?;
                    } else {
                        self.compile_jump_if(v, cond, target)?;
                    }
                }
                if next != target {
                    self.bind(next);
                }
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        let saved = self.set_pos(e.range());
        self.emit(if cond { Instr::PopJumpIfTrue(target) } else { Instr::PopJumpIfFalse(target) });
        self.restore_pos(saved);
        Ok(())
    }

    fn cmp_instr(op: ast::CmpOp) -> Instr {
        use ast::CmpOp as C;
        match op {
            C::Eq => Instr::CompareOp(CmpOp::Eq),
            C::NotEq => Instr::CompareOp(CmpOp::Ne),
            C::Lt => Instr::CompareOp(CmpOp::Lt),
            C::LtE => Instr::CompareOp(CmpOp::Le),
            C::Gt => Instr::CompareOp(CmpOp::Gt),
            C::GtE => Instr::CompareOp(CmpOp::Ge),
            C::Is => Instr::IsOp(false),
            C::IsNot => Instr::IsOp(true),
            C::In => Instr::ContainsOp(false),
            C::NotIn => Instr::ContainsOp(true),
        }
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            if let (Some(op), Some(r)) = (c.ops.first(), c.comparators.first()) {
                self.compile_expr(r)?;
                self.set_pos(c.range);
                self.emit(Self::cmp_instr(*op));
            }
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, r)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.compile_expr(r)?;
            self.set_pos(c.range);
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit(Self::cmp_instr(*op));
                self.emit(Instr::JumpIfFalseOrPop(cleanup));
            } else {
                self.emit(Self::cmp_instr(*op));
            }
        }
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut have_dict = false;
        let mut pending = 0u32;
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&it.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.set_pos(d.range);
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.compile_expr(&it.value)?;
                    self.set_pos(d.range);
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            self.set_pos(d.range);
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    /// Build a list/tuple/set from elements some of which are starred
    /// (CPython `starunpack_helper`); `pushed` items are already on the stack.
    pub(crate) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Collection) -> CResult {
        let mut built = false;
        let mut n = pushed;
        for x in elts {
            if let Expr::Starred(s) = x {
                if !built {
                    self.emit(if kind == Collection::Set { Instr::BuildSet(n) } else { Instr::BuildList(n) });
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(if kind == Collection::Set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
            } else {
                self.compile_expr(x)?;
                if built {
                    self.emit(if kind == Collection::Set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
                } else {
                    n += 1;
                }
            }
        }
        if !built {
            self.emit(match kind {
                Collection::Set => Instr::BuildSet(n),
                Collection::List => Instr::BuildList(n),
                Collection::Tuple => Instr::BuildTuple(n),
            });
        } else if kind == Collection::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        let simple = !has_starred(&args.args) && args.keywords.iter().all(|k| k.arg.is_some());
        if let Expr::Attribute(a) = &*c.func {
            if simple && a.ctx == ExprContext::Load {
                self.compile_expr(&a.value)?;
                let saved = self.set_pos(a.range);
                let i = self.add_attr_name(&a.attr.id);
                self.emit(Instr::LoadMethod(i));
                self.restore_pos(saved);
                return self.call_helper(0, &args.args, &args.keywords, c.range());
            }
        }
        self.compile_expr(&c.func)?;
        self.emit(Instr::PushNull);
        self.call_helper(0, &args.args, &args.keywords, c.range())
    }

    /// Arguments and the call instruction; the callable, NULL and `pushed`
    /// leading positional arguments are already on the stack.
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
    ) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(n) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref().map(|a| a.id.as_str()) == Some(n.id.as_str())) {
                    return Err(self.error(format!("keyword argument repeated: {}", n.id), k.range));
                }
            }
        }
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.compile_expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.compile_expr(&k.value)?;
                if let Some(n) = &k.arg {
                    names.push(Constant::Str(n.id.as_str().into()));
                }
            }
            self.set_pos(range);
            if !names.is_empty() {
                let i = self.add_const(Constant::Tuple(names.into()));
                self.emit(Instr::KwNames(i));
            }
            self.emit(Instr::Call(pushed + (args.len() + keywords.len()) as u32));
            return Ok(());
        }
        // General form: args tuple and kwargs dict.
        if !has_starred(args) && pushed == 0 {
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit(Instr::BuildTuple(args.len() as u32));
        } else if let ([Expr::Starred(s)], 0) = (args, pushed) {
            // f(*x): still build a fresh tuple (x may be any iterable).
            self.emit(Instr::BuildList(0));
            self.compile_expr(&s.value)?;
            self.emit(Instr::ListExtend(1));
            self.emit(Instr::ListToTuple);
        } else {
            self.starunpack(args, pushed, Collection::Tuple)?;
            // starunpack emits BuildTuple when nothing is starred.
        }
        let has_kw = !keywords.is_empty();
        if has_kw {
            let mut have_dict = false;
            let mut run = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(n) => {
                        self.load_const(Constant::Str(n.id.as_str().into()));
                        self.compile_expr(&k.value)?;
                        run += 1;
                    }
                    None => {
                        if run > 0 {
                            self.emit(Instr::BuildMap(run));
                            if have_dict {
                                self.emit(Instr::DictMerge(1));
                            }
                            have_dict = true;
                            run = 0;
                        }
                        if !have_dict {
                            self.emit(Instr::BuildMap(0));
                            have_dict = true;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            if run > 0 {
                self.emit(Instr::BuildMap(run));
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_pos(range);
        self.emit(Instr::CallFunctionEx(has_kw));
        Ok(())
    }

    // ----- functions -----

    /// Push defaults / kw-defaults / annotations for a function; returns the MakeFunction flags.
    pub(crate) fn compile_fn_prelude(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        with_annotations: bool,
    ) -> CResult<u8> {
        let mut flags = 0u8;
        if let Some(p) = params {
            let defaults: Vec<&'a Expr> =
                p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
            if !defaults.is_empty() {
                let consts: Option<Vec<Constant>> = defaults.iter().map(|d| const_of(d)).collect();
                match consts {
                    Some(cs) => self.load_const(Constant::Tuple(cs.into())),
                    None => {
                        for d in &defaults {
                            self.compile_expr(d)?;
                        }
                        self.emit(Instr::BuildTuple(defaults.len() as u32));
                    }
                }
                flags |= mff::DEFAULTS;
            }
            let mut nkw = 0;
            for a in p.kwonlyargs.iter() {
                if let Some(d) = &a.default {
                    let m = crate::symtable::mangle(self.ur().private.as_deref(), &a.parameter.name.id);
                    self.load_const(Constant::Str(m.into()));
                    self.compile_expr(d)?;
                    nkw += 1;
                }
            }
            if nkw > 0 {
                self.emit(Instr::BuildMap(nkw));
                flags |= mff::KWDEFAULTS;
            }
        }
        if with_annotations {
            let mut n = 0;
            if let Some(p) = params {
                for a in p.posonlyargs.iter().chain(p.args.iter()) {
                    n += self.annotation_item(&a.parameter.name.id, a.parameter.annotation.as_deref())?;
                }
                if let Some(v) = &p.vararg {
                    n += self.annotation_item(&v.name.id, v.annotation.as_deref())?;
                }
                for a in p.kwonlyargs.iter() {
                    n += self.annotation_item(&a.parameter.name.id, a.parameter.annotation.as_deref())?;
                }
                if let Some(v) = &p.kwarg {
                    n += self.annotation_item(&v.name.id, v.annotation.as_deref())?;
                }
            }
            n += self.annotation_item("return", returns)?;
            if n > 0 {
                self.emit(Instr::BuildMap(n));
                flags |= mff::ANNOTATIONS;
            }
        }
        Ok(flags)
    }

    fn annotation_item(&mut self, name: &str, ann: Option<&'a Expr>) -> CResult<u32> {
        let Some(ann) = ann else { return Ok(0) };
        let m = crate::symtable::mangle(self.ur().private.as_deref(), name);
        self.load_const(Constant::Str(m.into()));
        self.compile_annotation(ann)?;
        Ok(1)
    }

    pub(crate) fn compile_annotation(&mut self, ann: &'a Expr) -> CResult {
        if let (Expr::Starred(s), false) = (ann, self.st.future_annotations) {
            // `*args: *Ts` is `[value] = [*Ts]`.
            self.compile_expr(&s.value)?;
            self.emit(Instr::UnpackSequence(1));
            return Ok(());
        }
        if self.st.future_annotations {
            let r = ann.range();
            let text = self.src.get(usize::from(r.start())..usize::from(r.end())).unwrap_or("");
            self.load_const(Constant::Str(text.into()));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    pub(crate) fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        if let Some(p) = p {
            let u = self.u();
            u.posonly = p.posonlyargs.len() as u32;
            u.arg_count = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonly = p.kwonlyargs.len() as u32;
        }
    }

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let flags = self.compile_fn_prelude(l.parameters.as_deref(), None, false)?;
        let scope = self.scope_of(l, l.range)?;
        let qual = self.qualname_for("<lambda>");
        let line = self.line_of(l.range);
        self.enter_unit(scope, "<lambda>", qual, line);
        self.set_arg_counts(l.parameters.as_deref());
        self.set_pos(l.body.range());
        let r = self.compile_expr(&l.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if self.st.scopes[scope].is_generator {
            self.emit(Instr::PopTop);
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.set_pos(l.range);
        self.make_closure(code, flags);
        Ok(())
    }

    // ----- comprehensions -----

    #[allow(clippy::too_many_arguments)]
    fn compile_comprehension<T>(
        &mut self,
        node: &T,
        range: TextRange,
        kind: CompKind,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let Some(first) = generators.first() else { return Ok(()) };
        if let Expr::Starred(s) = elt {
            return Err(self.error("iterable unpacking cannot be used in comprehension", s.range));
        }
        let scope = self.scope_of(node, range)?;
        let is_async = self.st.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Gen {
            // Must be inside an async function (or another comprehension).
            let ok = match self.ur().kind {
                ScopeKind::Function => self.ur().is_async_fn,
                ScopeKind::Comprehension => true,
                _ => false,
            };
            if !ok {
                return Err(self.error("asynchronous comprehension outside of an asynchronous function", range));
            }
        }
        let qual = self.qualname_for(name);
        let line = self.line_of(range);
        self.enter_unit(scope, name, qual, line);
        self.u().arg_count = 1;
        self.set_pos(range);
        let r = self.comprehension_body(kind, generators, elt, val, range);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit();
        self.set_pos(range);
        self.make_closure(code, 0);
        self.emit(Instr::PushNull);
        self.compile_expr(&first.iter)?;
        self.set_pos(range);
        self.emit(if first.is_async { Instr::GetAiter } else { Instr::GetIter });
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit(Instr::GetAwaitable(0));
            self.load_none();
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
        range: TextRange,
    ) -> CResult {
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_generator(kind, generators, 0, elt, val, range)?;
        self.set_pos(range);
        if kind == CompKind::Gen {
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn comp_generator(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        idx: usize,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        range: TextRange,
    ) -> CResult {
        let Some(g) = generators.get(idx) else { return Ok(()) };
        let start = self.new_label();
        let anchor = self.new_label();
        if idx == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_expr(&g.iter)?;
            self.set_pos(range);
            self.emit(if g.is_async { Instr::GetAiter } else { Instr::GetIter });
        }
        self.set_pos(range);
        self.bind(start);
        if g.is_async {
            self.emit(Instr::SetupFinally(anchor));
            self.emit(Instr::GetAnext);
            self.load_none();
            self.yield_from_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::ForIter(anchor));
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        if idx + 1 < generators.len() {
            self.comp_generator(kind, generators, idx + 1, elt, val, range)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue(false));
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = val {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.set_pos(range);
        self.emit(Instr::Jump(start));
        self.bind(anchor);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    // ----- f-strings -----

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let saved = std::mem::replace(&mut self.fstring_range, f.range);
        let r = self.compile_fstring_inner(f);
        self.fstring_range = saved;
        r
    }

    fn compile_fstring_inner(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut count = 0u32;
        let mut pending = String::new();
        let mut only_format = true;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pending.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut pending, &mut count, &mut only_format)?;
                }
            }
        }
        if !pending.is_empty() {
            self.load_const(Constant::Str(pending.as_str().into()));
            count += 1;
            only_format = false;
        }
        self.set_pos(f.range);
        match count {
            0 => self.load_const(Constant::Str("".into())),
            1 if !only_format => {}
            1 => {}
            n => self.emit(Instr::BuildString(n)),
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        pending: &mut String,
        count: &mut u32,
        only_format: &mut bool,
    ) -> CResult {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => pending.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = i.conversion;
                    if let Some(dbg) = &i.debug_text {
                        pending.push_str(dbg.as_str());
                        if conv == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conv = ast::ConversionFlag::Repr;
                        }
                    }
                    if !pending.is_empty() {
                        let s: Arc<str> = std::mem::take(pending).into();
                        self.load_const(Constant::Str(s));
                        *count += 1;
                        *only_format = false;
                    }
                    self.compile_expr(&i.expression)?;
                    let has_spec = if let Some(spec) = &i.format_spec {
                        let mut c = 0u32;
                        let mut p = String::new();
                        let mut of = true;
                        self.fstring_elements(&spec.elements, &mut p, &mut c, &mut of)?;
                        if !p.is_empty() {
                            self.load_const(Constant::Str(p.as_str().into()));
                            c += 1;
                        }
                        match c {
                            0 => self.load_const(Constant::Str("".into())),
                            1 => {}
                            n => self.emit(Instr::BuildString(n)),
                        }
                        true
                    } else {
                        false
                    };
                    let conv = match conv {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    // CPython 3.11 positions FormatValue at the whole f-string.
                    let whole = self.fstring_range;
                    self.set_pos(whole);
                    self.emit(Instr::FormatValue { conv, has_spec });
                    *count += 1;
                }
            }
        }
        Ok(())
    }

    // ----- stores -----

    /// Store the value on top of the stack into `target`.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> CResult {
        self.guard(target.range())?;
        let saved = self.set_pos(target.range());
        let r = self.compile_store_inner(target);
        self.restore_pos(saved);
        self.depth -= 1;
        r
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => {
                self.check_forbidden_name(&n.id, n.range)?;
                self.nameop(&n.id, NameCtx::Store);
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_attr_name(&a.attr.id);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, target.range())?;
            }
            Expr::Starred(s) => {
                return Err(self.error("starred assignment target must be in a list or tuple", s.range));
            }
            other => {
                return Err(self.error(format!("cannot assign to {}", expr_description(other)), other.range()));
            }
        }
        Ok(())
    }

    pub(crate) fn check_forbidden_name(&self, name: &str, range: TextRange) -> CResult {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return Err(self.error("multiple starred expressions in assignment", range));
        }
        match star {
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before >= 256 || after > u16::MAX as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment", range));
                }
                self.emit(Instr::UnpackEx { before: before as u16, after: after as u16 });
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                _ => self.compile_store(e)?,
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Collection {
    List,
    Tuple,
    Set,
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Named(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        _ => "expression",
    }
}

/// Decode a (non-raw) str literal token to code points, keeping lone
/// surrogates (`"\ud800"`), which the parser replaces with U+FFFD.
/// Returns None when the token cannot be decoded here (e.g. `\N{...}`).
pub(crate) fn decode_str_token(token: &str) -> Option<Vec<u32>> {
    let prefix_len = token.find(['\'', '"'])?;
    let prefix = token.get(..prefix_len)?.to_ascii_lowercase();
    if prefix.contains('r') || prefix.contains('b') || prefix.contains('f') {
        return None;
    }
    let body = token.get(prefix_len..)?;
    let q = if body.starts_with("\"\"\"") || body.starts_with("'''") { 3 } else { 1 };
    let inner = body.get(q..body.len().checked_sub(q)?)?;
    if inner.contains("\\N{") {
        return None;
    }
    let chars: Vec<char> = inner.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c as u32);
            i += 1;
            continue;
        }
        let Some(&n) = chars.get(i + 1) else {
            out.push('\\' as u32);
            break;
        };
        i += 2;
        let hex = |k: usize, i: &mut usize| -> Option<u32> {
            let s: String = chars.get(*i..*i + k)?.iter().collect();
            *i += k;
            u32::from_str_radix(&s, 16).ok()
        };
        match n {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            'x' => out.push(hex(2, &mut i)?),
            'u' => out.push(hex(4, &mut i)?),
            'U' => out.push(hex(8, &mut i)?),
            '0'..='7' => {
                let mut v = n as u32 - '0' as u32;
                let mut k = 0;
                while k < 2 {
                    match chars.get(i) {
                        Some(d @ '0'..='7') => {
                            v = v * 8 + (*d as u32 - '0' as u32);
                            i += 1;
                        }
                        _ => break,
                    }
                    k += 1;
                }
                out.push(v);
            }
            other => {
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Some(out)
}
