//! Statements (CPython `compiler_visit_stmt` and helpers): definitions,
//! assignments, control flow, exception handling, `with`, imports.

use super::expr::binop;
use super::{CResult, Compiler, FBlock, NameCtx};
use crate::symtable::{mangle, ScopeKind};
use pyrite_bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// The docstring of a body, if its first statement is a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<(String, TextRange)> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some((s.value.to_str().to_string(), e.range));
        }
    }
    None
}

/// Does this module/class body contain annotated assignments (at any block depth)?
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.guard(s.range())?;
        let saved = self.set_pos(s.range());
        let saved_range = std::mem::replace(&mut self.cur_stmt_range, s.range());
        let r = self.compile_stmt_inner(s);
        self.cur_stmt_range = saved_range;
        self.restore_pos(saved);
        self.depth -= 1;
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f)?,
            Stmt::ClassDef(c) => self.compile_class_def(c)?,
            Stmt::Return(r) => self.compile_return(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(self.error("invalid syntax", t.range)),
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.compile_store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.compile_augassign(a)?,
            Stmt::AnnAssign(a) => self.compile_annassign(a)?,
            Stmt::For(f) => self.compile_for(f)?,
            Stmt::While(w) => self.compile_while(w)?,
            Stmt::If(i) => self.compile_if(i)?,
            Stmt::With(w) => {
                if w.is_async && !self.ur().is_async_fn {
                    return Err(self.error("'async with' outside async function", w.range));
                }
                self.compile_with(w, 0)?
            }
            Stmt::Match(m) => self.compile_match(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(r.range);
                self.emit(Instr::RaiseVarargs(n));
            }
            Stmt::Try(t) => {
                if t.is_star {
                    if t.finalbody.is_empty() {
                        self.compile_try_star(t)?;
                    } else {
                        self.compile_try_finally(t)?;
                    }
                } else if t.finalbody.is_empty() {
                    self.compile_try_except(t)?;
                } else {
                    self.compile_try_finally(t)?;
                }
            }
            Stmt::Assert(_) if crate::optimize() > 0 => {}
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.compile_jump_if(&a.test, true, end)?;
                // CPython positions the raise at a comparison test, else at the statement.
                let raise_range = if matches!(&*a.test, Expr::Compare(_)) { a.test.range() } else { a.range };
                self.set_pos(raise_range);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.compile_expr(m)?;
                    self.set_pos(raise_range);
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Constant::Int(0));
                    self.load_none();
                    let ni = self.add_name(&a.name.id);
                    self.emit(Instr::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            if parts.len() > 1 {
                                for (k, part) in parts.iter().enumerate().skip(1) {
                                    let pi = self.add_name(part);
                                    self.emit(Instr::ImportFrom(pi));
                                    if k + 1 < parts.len() {
                                        self.emit(Instr::Swap(2));
                                        self.emit(Instr::PopTop);
                                    }
                                }
                                self.nameop(&asname.id, NameCtx::Store);
                                self.emit(Instr::PopTop);
                            } else {
                                self.nameop(&asname.id, NameCtx::Store);
                            }
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap_or("");
                            self.nameop(top, NameCtx::Store);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => self.compile_import_from(i, s)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if super::expr::const_of(&e.value).is_some() && !matches!(&*e.value, Expr::Tuple(_)) {
                    // A constant expression statement has no effect.
                } else {
                    self.compile_expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Break(b) => self.compile_break_continue(true, b.range)?,
            Stmt::Continue(c) => self.compile_break_continue(false, c.range)?,
            Stmt::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom, s: &'a Stmt) -> CResult {
        let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        if module == "__future__" && i.level == 0 {
            for a in &i.names {
                if !FUTURE_FEATURES.contains(&a.name.id.as_str()) {
                    if a.name.id.as_str() == "braces" {
                        return Err(self.error("not a chance", s.range()));
                    }
                    return Err(self.error(format!("future feature {} is not defined", a.name.id), s.range()));
                }
            }
            if !self.future_import_allowed(s) {
                return Err(self.error("from __future__ imports must occur at the beginning of the file", s.range()));
            }
        }
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.id.as_str().into())).collect();
        self.load_const(Constant::Tuple(names.into()));
        let mi = self.add_name(module);
        self.emit(Instr::ImportName(mi));
        if i.names.len() == 1 && i.names.first().map(|a| a.name.id.as_str()) == Some("*") {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for a in &i.names {
            let ni = self.add_name(&a.name.id);
            self.emit(Instr::ImportFrom(ni));
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.nameop(&store.id, NameCtx::Store);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn future_import_allowed(&self, s: &Stmt) -> bool {
        if self.units.len() != 1 {
            return false;
        }
        // Must be preceded only by a docstring and other future imports.
        let Some(body) = self.module_body else { return true };
        for (i, st) in body.iter().enumerate() {
            if std::ptr::eq(st, s) {
                return true;
            }
            match st {
                Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
                Stmt::ImportFrom(f) if f.module.as_ref().map(|m| m.id.as_str()) == Some("__future__") => {}
                _ => return false,
            }
        }
        false
    }

    // ----- definitions -----

    fn compile_decorators(&mut self, decs: &'a [ast::Decorator]) -> CResult {
        for d in decs {
            self.compile_expr(&d.expression)?;
            self.set_pos(d.expression.range());
            self.emit(Instr::PushNull);
        }
        Ok(())
    }
    fn apply_decorators(&mut self, decs: &'a [ast::Decorator], _def_range: TextRange) {
        for d in decs.iter().rev() {
            self.set_pos(d.expression.range());
            self.emit(Instr::Call(1));
        }
    }

    /// The statement's range without its decorators (CPython's stmt location).
    fn def_range(&self, range: TextRange, has_decorators: bool, name: TextRange) -> TextRange {
        if !has_decorators {
            return range;
        }
        let (l, _) = self.lines.locate(usize::from(name.start()));
        let ls = self.lines.line_start(l).unwrap_or(0);
        let line = self.lines.line_text(self.src, l);
        let start = ls + (line.len() - line.trim_start().len());
        TextRange::new(ruff_text_size::TextSize::from(start as u32).min(name.start()), range.end())
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        self.compile_decorators(&f.decorator_list)?;
        let def_range = self.def_range(f.range, !f.decorator_list.is_empty(), f.name.range);
        self.set_pos(def_range);
        let flags = self.compile_fn_prelude(Some(&f.parameters), f.returns.as_deref(), true)?;
        let scope = self.scope_of(f, f.range)?;
        let qual = self.qualname_for(&f.name.id);
        let first_line =
            f.decorator_list.first().map(|d| self.line_of(d.range)).unwrap_or_else(|| self.line_of(f.range));
        self.enter_unit(scope, &f.name.id, qual, first_line);
        self.set_arg_counts(Some(&f.parameters));
        let r = self.function_body(f);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit();
        self.set_pos(def_range);
        self.make_closure(code, flags);
        self.apply_decorators(&f.decorator_list, def_range);
        self.set_pos(def_range);
        self.nameop(&f.name.id, NameCtx::Store);
        Ok(())
    }

    fn function_body(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        let mut body: &'a [Stmt] = &f.body;
        match docstring(body) {
            Some((doc, _)) => {
                self.add_const(Constant::Str(doc.into()));
                body = &body[1..];
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        self.compile_body(body)?;
        if let Some(last) = f.body.last() {
            let r = last.range();
            let p = self.position_of(r);
            self.u().pos = pyrite_bytecode::Position { line: p.end_line, end_line: p.end_line, col: p.end_col, end_col: p.end_col };
        }
        if !ends_with_return(body) {
            self.load_none();
            self.emit(Instr::ReturnValue);
        }
        Ok(())
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.compile_decorators(&c.decorator_list)?;
        let def_range = self.def_range(c.range, !c.decorator_list.is_empty(), c.name.range);
        self.set_pos(def_range);
        let scope = self.scope_of(c, c.range)?;
        let qual = self.qualname_for(&c.name.id);
        let first_line =
            c.decorator_list.first().map(|d| self.line_of(d.range)).unwrap_or_else(|| self.line_of(c.range));
        self.enter_unit(scope, &c.name.id, qual.clone(), first_line);
        let r = self.class_body(c, &qual);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit();
        self.set_pos(def_range);
        self.emit(Instr::LoadBuildClass);
        self.emit(Instr::PushNull);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(c.name.id.as_str().into()));
        match &c.arguments {
            Some(args) => self.call_helper(2, &args.args, &args.keywords, def_range)?,
            None => self.emit(Instr::Call(2)),
        }
        self.apply_decorators(&c.decorator_list, def_range);
        self.set_pos(def_range);
        self.nameop(&c.name.id, NameCtx::Store);
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef, qual: &str) -> CResult {
        let ni = self.add_name("__name__");
        self.emit(Instr::LoadName(ni));
        let mi = self.add_name("__module__");
        self.emit(Instr::StoreName(mi));
        self.load_const(Constant::Str(qual.into()));
        let qi = self.add_name("__qualname__");
        self.emit(Instr::StoreName(qi));
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut body: &'a [Stmt] = &c.body;
        if let Some((doc, r)) = docstring(body) {
            self.set_pos(r);
            self.load_const(Constant::Str(doc.into()));
            let di = self.add_name("__doc__");
            self.emit(Instr::StoreName(di));
            body = &body[1..];
        }
        self.compile_body(body)?;
        if let Some(last) = c.body.last() {
            let p = self.position_of(last.range());
            self.u().pos = pyrite_bytecode::Position { line: p.end_line, end_line: p.end_line, col: p.end_col, end_col: p.end_col };
        }
        if self.st.scopes[self.ur().scope].needs_class_closure {
            self.emit(Instr::LoadClosure(0));
            self.emit(Instr::Copy(1));
            let ci = self.add_name("__classcell__");
            self.emit(Instr::StoreName(ci));
            self.emit(Instr::ReturnValue);
        } else {
            self.load_none();
            self.emit(Instr::ReturnValue);
        }
        Ok(())
    }

    // ----- assignment forms -----

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = Instr::BinaryOp { op: binop(a.op), inplace: true };
        match &*a.target {
            Expr::Name(n) => {
                self.set_pos(n.range);
                self.nameop(&n.id, NameCtx::Load);
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(op);
                self.set_pos(n.range);
                self.nameop(&n.id, NameCtx::Store);
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.add_attr_name(&at.attr.id);
                self.set_pos(at.range);
                self.emit(Instr::LoadAttr(i));
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(op);
                self.emit(Instr::Swap(2));
                self.set_pos(at.range);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(sub) => {
                self.compile_expr(&sub.value)?;
                self.compile_slice_or_expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.set_pos(sub.range);
                self.emit(Instr::BinarySubscr);
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(op);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.set_pos(sub.range);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        super::expr::expr_description(other)
                    ),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let kind = self.ur().kind;
        let module_or_class = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.check_forbidden_name(&n.id, n.range)?;
                if module_or_class {
                    self.set_pos(a.range);
                    self.compile_annotation(&a.annotation)?;
                    let ai = self.add_name("__annotations__");
                    self.emit(Instr::LoadName(ai));
                    let m = mangle(self.ur().private.as_deref(), &n.id);
                    self.load_const(Constant::Str(m.into()));
                    self.emit(Instr::StoreSubscr);
                }
            }
            target => {
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(at) => {
                            self.compile_expr(&at.value)?;
                            self.emit(Instr::PopTop);
                        }
                        Expr::Subscript(sub) => {
                            self.compile_expr(&sub.value)?;
                            self.emit(Instr::PopTop);
                            self.compile_slice_or_expr(&sub.slice)?;
                            self.emit(Instr::PopTop);
                        }
                        _ => {}
                    }
                }
                if module_or_class && !self.st.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_pos(t.range());
        match t {
            Expr::Name(n) => self.nameop(&n.id, NameCtx::Del),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_attr_name(&a.attr.id);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice_or_expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            other => {
                return Err(self.error(
                    format!("cannot delete {}", super::expr::expr_description(other)),
                    other.range(),
                ))
            }
        }
        self.restore_pos(saved);
        Ok(())
    }

    // ----- control flow -----

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for c in &i.elif_else_clauses {
            self.emit(Instr::Jump(end));
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &c.test {
                self.set_pos(c.range);
                self.compile_jump_if(t, false, next)?;
            }
            self.compile_body(&c.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always_true = matches!(super::expr::const_of(&w.test), Some(Constant::Bool(true)))
            || matches!(super::expr::const_of(&w.test), Some(Constant::Int(i)) if i != 0);
        if !always_true {
            self.compile_jump_if(&w.test, false, orelse)?;
        }
        self.u().fblocks.push(FBlock::WhileLoop { start, end });
        let r = self.compile_body(&w.body);
        self.u().fblocks.pop();
        r?;
        self.set_pos(w.range);
        self.emit(Instr::Jump(start));
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        // CPython 3.11 gives GetIter/ForIter the position of the whole statement.
        self.set_pos(f.range);
        if f.is_async {
            if !self.ur().is_async_fn {
                return Err(self.error("'async for' outside async function", f.range));
            }
            self.emit(Instr::GetAiter);
            self.bind(start);
            self.emit(Instr::SetupFinally(cleanup));
            self.emit(Instr::GetAnext);
            self.load_none();
            self.yield_from_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::GetIter);
            self.bind(start);
            self.emit(Instr::ForIter(cleanup));
        }
        self.u().fblocks.push(FBlock::ForLoop { start, end });
        let r = self.compile_store(&f.target).and_then(|_| self.compile_body(&f.body));
        self.u().fblocks.pop();
        r?;
        self.set_pos(f.range);
        self.emit(Instr::Jump(start));
        self.bind(cleanup);
        if f.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let loop_fb = self.unwind_fblock_stack(false, true)?;
        match loop_fb {
            Some(FBlock::WhileLoop { start, end }) | Some(FBlock::ForLoop { start, end }) => {
                if is_break {
                    let fb = FBlock::ForLoop { start, end };
                    if let Some(FBlock::ForLoop { .. }) = loop_fb {
                        self.unwind_fblock(&fb, false)?;
                    }
                    self.emit(Instr::Jump(end));
                } else {
                    self.emit(Instr::Jump(start));
                }
                Ok(())
            }
            _ => Err(self.error(
                if is_break { "'break' outside loop" } else { "'continue' not properly in loop" },
                range,
            )),
        }
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let u = self.ur();
        if !matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda) {
            return Err(self.error("'return' outside function", r.range));
        }
        let sc = &self.st.scopes[u.scope];
        if r.value.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        match &r.value {
            Some(v) => {
                let preserve = super::expr::const_of(v).is_none();
                if preserve {
                    self.compile_expr(v)?;
                }
                self.set_pos(r.range);
                // CPython reports unwinding errors at the value.
                self.cur_stmt_range = v.range();
                self.unwind_fblock_stack(preserve, false)?;
                if !preserve {
                    self.compile_expr(v)?;
                }
            }
            None => {
                self.unwind_fblock_stack(false, false)?;
                self.load_none();
            }
        }
        self.set_pos(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Unwind the fblock stack for return (all) or break/continue (up to the
    /// innermost loop, which is returned). CPython `compiler_unwind_fblock_stack`.
    pub(crate) fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        let fb = self.u().fblocks.pop();
        let Some(fb) = fb else { return Ok(None) };
        let r = self.unwind_fblock(&fb, preserve_tos).and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(fb);
        r
    }

    pub(crate) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ExceptStar => {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    self.cur_stmt_range,
                ))
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let r = self.compile_body(body);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async, range } => {
                self.set_pos(*range);
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(Instr::GetAwaitable(2));
                    self.load_none();
                    self.yield_from_loop();
                }
                self.emit(Instr::PopTop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_none();
                    self.nameop(n, NameCtx::Store);
                    self.nameop(n, NameCtx::Del);
                }
            }
        }
        Ok(())
    }

    /// (exit -- result): exit(None, None, None).
    fn call_exit_with_nones(&mut self) {
        self.emit(Instr::PushNull);
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Instr::Call(3));
    }

    // ----- exceptions -----

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let fin = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(fin));
        self.u().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        let r = if !t.handlers.is_empty() {
            if t.is_star {
                self.compile_try_star(t)
            } else {
                self.compile_try_except(t)
            }
        } else {
            self.compile_body(&t.body)
        };
        self.u().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.finalbody)?;
        self.emit(Instr::Jump(end));
        self.bind(fin);
        self.emit(Instr::PushExcInfo);
        self.u().fblocks.push(FBlock::FinallyEnd);
        let r = self.compile_body(&t.finalbody);
        self.u().fblocks.pop();
        r?;
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let exc = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(exc));
        self.u().fblocks.push(FBlock::TryExcept);
        let r = self.compile_body(&t.body);
        self.u().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit(Instr::Jump(end));
        self.bind(exc);
        self.set_pos(t.range);
        self.emit(Instr::PushExcInfo);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    // CheckExcMatch is (exc type -- exc bool): no Copy needed.
                    self.u().fblocks.push(FBlock::ExceptionHandler);
                    let r = self.compile_expr(ty);
                    self.u().fblocks.pop();
                    r?;
                    self.set_pos(h.range);
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next));
                }
                None => {
                    if i + 1 < n {
                        return Err(self.error("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.nameop(&name.id, NameCtx::Store);
                    let cleanup = self.new_label();
                    self.emit(Instr::SetupFinally(cleanup));
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: Some(name.id.to_string()) });
                    let r = self.compile_body(&h.body);
                    self.u().fblocks.pop();
                    r?;
                    self.emit(Instr::PopBlock);
                    self.load_none();
                    self.nameop(&name.id, NameCtx::Store);
                    self.nameop(&name.id, NameCtx::Del);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end));
                    self.bind(cleanup);
                    self.load_none();
                    self.nameop(&name.id, NameCtx::Store);
                    self.nameop(&name.id, NameCtx::Del);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                    let r = self.compile_body(&h.body);
                    self.u().fblocks.pop();
                    r?;
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end));
                }
            }
            self.bind(next);
        }
        self.set_pos(t.range);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `try ... except* ...` (CPython `compiler_try_star_except`, same shape).
    fn compile_try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let exc = self.new_label();
        let end = self.new_label();
        let reraise_star = self.new_label();
        self.emit(Instr::SetupFinally(exc));
        self.u().fblocks.push(FBlock::TryExcept);
        let r = self.compile_body(&t.body);
        self.u().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit(Instr::Jump(end));
        self.bind(exc);
        self.set_pos(t.range);
        // (orig) -> (orig list rest)
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            let no_match = self.new_label();
            let cleanup_end = self.new_label();
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.compile_expr(ty)?;
            self.set_pos(h.range);
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match));
            match &h.name {
                Some(name) => self.nameop(&name.id, NameCtx::Store),
                None => self.emit(Instr::PopTop),
            }
            self.emit(Instr::SetupFinally(cleanup_end));
            // break/continue/return are rejected inside except* bodies.
            self.u().fblocks.push(FBlock::ExceptStar);
            let r = self.compile_body(&h.body);
            self.u().fblocks.pop();
            r?;
            self.emit(Instr::PopBlock);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(&name.id, NameCtx::Store);
                self.nameop(&name.id, NameCtx::Del);
            }
            self.emit(Instr::Jump(next));
            // An exception raised in the body: add it to the list.
            self.bind(cleanup_end);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(&name.id, NameCtx::Store);
                self.nameop(&name.id, NameCtx::Del);
            }
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::Jump(next));
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
            if i + 1 == n {
                self.emit(Instr::ListAppend(1));
                self.emit(Instr::Jump(reraise_star));
            }
        }
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.set_pos(t.range);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise));
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end));
        self.bind(reraise);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, idx: usize) -> CResult {
        let Some(item) = w.items.get(idx) else {
            return self.compile_body(&w.body);
        };
        let exc = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_pos(item.context_expr.range());
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.load_none();
            self.yield_from_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        // (exit enter_result): store the result first, so that the handler
        // block's depth is that of (exit) and the handler sees (exit exc).
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Instr::PopTop),
        }
        self.emit(Instr::SetupFinally(exc));
        self.u().fblocks.push(FBlock::With { is_async: w.is_async, range: w.range });
        let r = self.compile_with(w, idx + 1);
        self.u().fblocks.pop();
        r?;
        self.set_pos(w.range);
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones();
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_none();
            self.yield_from_loop();
        }
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(end));
        self.bind(exc);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_none();
            self.yield_from_loop();
        }
        self.emit(Instr::PopJumpIfTrue(suppress));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }
}

fn ends_with_return(body: &[Stmt]) -> bool {
    matches!(body.last(), Some(Stmt::Return(_)))
}
