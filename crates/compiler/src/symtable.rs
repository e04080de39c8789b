//! The symbol table: which scope every name of every block lives in.
//! Mirrors CPython's `Python/symtable.c` (two passes: collect definitions and
//! uses per block, then resolve local/global/free/cell bottom-up).

use crate::errors::RawError;
use ruff_python_ast::{
    self as ast, Expr, ExprContext, Parameters, Pattern, Stmt,
};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
pub const DEF_FREE_CLASS: u32 = 512;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: HashMap<String, Symbol>,
    /// Names in order of first appearance.
    pub order: Vec<String>,
    /// Parameter names in CPython order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_genexp: bool,
    pub needs_class_closure: bool,
    pub nested: bool,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Private-name mangling class for this block.
    pub private: Option<String>,
    /// Inside a comprehension's iterable expression (walrus is forbidden there).
    pub comp_iter_expr: u32,
    /// Location of the first global/nonlocal statement naming each name.
    pub directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_genexp: false,
            needs_class_closure: false,
            nested: false,
            has_varargs: false,
            has_varkw: false,
            private,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }
    pub fn lookup(&self, name: &str) -> SymScope {
        self.symbols.get(name).map(|s| s.scope).unwrap_or(SymScope::Unknown)
    }
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
    /// `from __future__ import annotations` seen.
    pub future_annotations: bool,
}

pub fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

/// `__x` inside class `C` becomes `_C__x` (CPython `_Py_Mangle`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

const MAX_DEPTH: u32 = 2950;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    future_annotations: bool,
    depth: u32,
    /// Range of the statement being visited, for error locations.
    cur_range: TextRange,
    in_annotation: bool,
}

type R = Result<(), RawError>;

fn err(msg: impl Into<String>, range: TextRange) -> RawError {
    RawError::syntax(msg, range)
}

impl Builder {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }
    fn scope(&mut self) -> &mut Scope {
        let c = self.cur();
        &mut self.scopes[c]
    }
    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let parent = self.cur();
        let private = if self.scopes[parent].kind == ScopeKind::Class {
            Some(self.scopes[parent].name.clone())
        } else {
            self.scopes[parent].private.clone()
        };
        let mut s = Scope::new(kind, name, Some(parent), private);
        s.nested = self.scopes[parent].is_function_like() || self.scopes[parent].nested;
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }
    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def_in(&mut self, sid: usize, name: &str, flag: u32, range: TextRange) -> R {
        let mangled = mangle(self.scopes[sid].private.as_deref(), name);
        let scope = &mut self.scopes[sid];
        if let Some(sym) = scope.symbols.get_mut(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(err(format!("duplicate argument '{}' in function definition", name), range));
            }
            sym.flags |= flag;
        } else {
            scope.order.push(mangled.clone());
            scope.symbols.insert(mangled.clone(), Symbol { flags: flag, scope: SymScope::Unknown });
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        }
        if flag & DEF_GLOBAL != 0 && sid != 0 {
            // CPython records explicit globals in the module's table too.
            let m = &mut self.scopes[0];
            if let Some(sym) = m.symbols.get_mut(&mangled) {
                sym.flags |= DEF_GLOBAL;
            } else {
                m.order.push(mangled.clone());
                m.symbols.insert(mangled, Symbol { flags: DEF_GLOBAL, scope: SymScope::Unknown });
            }
        }
        Ok(())
    }
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let c = self.cur();
        self.add_def_in(c, name, flag, range)
    }

    fn guard(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(RawError::recursion(range));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.guard(s.range())?;
        let saved = self.cur_range;
        self.cur_range = s.range();
        let r = self.visit_stmt_inner(s);
        self.cur_range = saved;
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name.id, DEF_LOCAL, f.name.range)?;
                self.visit_param_defaults(&f.parameters)?;
                self.visit_param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_annotation(r)?;
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if f.type_params.is_some() {
                    return Err(err("invalid syntax", f.range));
                }
                self.enter(ScopeKind::Function, &f.name.id, node_key(f));
                if f.is_async {
                    self.scope().is_coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name.id, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if c.type_params.is_some() {
                    return Err(err("invalid syntax", c.range));
                }
                let id = self.enter(ScopeKind::Class, &c.name.id, node_key(c));
                self.scopes[id].private = Some(c.name.id.to_string());
                self.visit_body(&c.body)?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(err("invalid syntax", t.range)),
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.cur();
                    let mangled = mangle(self.scopes[cur].private.as_deref(), &n.id);
                    let fl = self.scopes[cur].flags(&mangled);
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if fl & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(err(format!("annotated name '{}' can't be {}", n.id, which), s.range()));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for c in &m.cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let stored = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&stored, DEF_IMPORT, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_ref().map(|m| m.id.as_str()) == Some("__future__") {
                    for a in &i.names {
                        if a.name.id.as_str() == "annotations" {
                            self.future_annotations = true;
                        }
                    }
                }
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", a.range));
                        }
                        continue;
                    }
                    let stored = a.asname.as_ref().unwrap_or(&a.name);
                    self.add_def(&stored.id, DEF_IMPORT, a.range)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let cur = self.cur();
                    let mangled = mangle(self.scopes[cur].private.as_deref(), &n.id);
                    let fl = self.scopes[cur].flags(&mangled);
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_NONLOCAL) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", n.id)
                        } else if fl & DEF_NONLOCAL != 0 {
                            let r = self.scopes[cur].directives.get(&mangled).copied().unwrap_or(s.range());
                            return Err(err(format!("name '{}' is nonlocal and global", n.id), r));
                        } else if fl & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", n.id)
                        } else if fl & DEF_LOCAL != 0 {
                            format!("name '{}' is assigned to before global declaration", n.id)
                        } else {
                            format!("name '{}' is used prior to global declaration", n.id)
                        };
                        return Err(err(msg, s.range()));
                    }
                    self.scopes[cur].directives.entry(mangled.clone()).or_insert(s.range());
                    self.add_def(&n.id, DEF_GLOBAL, n.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let cur = self.cur();
                    let mangled = mangle(self.scopes[cur].private.as_deref(), &n.id);
                    let fl = self.scopes[cur].flags(&mangled);
                    let at_module = self.scopes[cur].kind == ScopeKind::Module;
                    if at_module && fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) == 0 {
                        return Err(err("nonlocal declaration not allowed at module level", s.range()));
                    }
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_GLOBAL) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", n.id)
                        } else if fl & DEF_GLOBAL != 0 {
                            let r = self.scopes[cur].directives.get(&mangled).copied().unwrap_or(s.range());
                            return Err(err(format!("name '{}' is nonlocal and global", n.id), r));
                        } else if fl & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", n.id)
                        } else if fl & DEF_LOCAL != 0 {
                            format!("name '{}' is assigned to before nonlocal declaration", n.id)
                        } else {
                            format!("name '{}' is used prior to nonlocal declaration", n.id)
                        };
                        return Err(err(msg, s.range()));
                    }
                    self.scopes[cur].directives.entry(mangled.clone()).or_insert(s.range());
                    self.add_def(&n.id, DEF_NONLOCAL, n.range)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(i) => return Err(err("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            return Ok(());
        }
        let saved = self.in_annotation;
        self.in_annotation = true;
        let r = self.visit_expr(e);
        self.in_annotation = saved;
        r
    }

    fn visit_param_defaults(&mut self, p: &Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }
    fn visit_param_annotations(&mut self, p: &Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(an) = &a.parameter.annotation {
                self.visit_annotation(an)?;
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(an) = &v.annotation {
                self.visit_annotation(an)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(an) = &a.parameter.annotation {
                self.visit_annotation(an)?;
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(an) = &v.annotation {
                self.visit_annotation(an)?;
            }
        }
        Ok(())
    }
    fn visit_params(&mut self, p: &Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            self.add_def(&a.parameter.name.id, DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name.id, DEF_PARAM, v.name.range)?;
            self.scope().has_varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.add_def(&v.name.id, DEF_PARAM, v.name.range)?;
            self.scope().has_varkw = true;
        }
        // `params` is already in CPython order: positional, kw-only, *args, **kwargs.
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        self.guard(p.range())?;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }
    fn visit_pattern_inner(&mut self, p: &Pattern) -> R {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(&r.id, DEF_LOCAL, r.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(&n.id, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(&n.id, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.guard(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                if self.in_annotation {
                    return Err(err("named expression cannot be used within an annotation", n.range));
                }
                self.visit_expr(&n.value)?;
                self.visit_named_target(n)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "lambda", node_key(l));
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&it.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::ListComp(c) => {
                self.visit_comprehension(node_key(c), "listcomp", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(node_key(c), "setcomp", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(node_key(c), "dictcomp", &c.generators, &[k, &c.value], false)?,
                None => self.visit_comprehension(node_key(c), "dictcomp", &c.generators, &[&c.value], false)?,
            },
            Expr::Generator(c) => {
                self.visit_comprehension(node_key(c), "genexpr", &c.generators, &[&c.elt], true)?
            }
            Expr::Await(a) => {
                if self.in_annotation {
                    return Err(err("await expression cannot be used within an annotation", a.range));
                }
                let c = self.cur();
                if self.scopes[c].kind == ScopeKind::Comprehension {
                    self.scopes[c].is_coroutine = true;
                }
                self.visit_expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.check_yield(y.range, "yield")?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range, "yield from")?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.visit_expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(t) => return Err(err("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(&n.id, flag, n.range)?;
                if n.ctx == ExprContext::Load
                    && self.scopes[self.cur()].is_function_like()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for x in &l.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            Expr::IpyEscapeCommand(i) => return Err(err("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> R {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, range: TextRange, _what: &str) -> R {
        if self.in_annotation {
            return Err(err("yield expression cannot be used within an annotation", range));
        }
        let c = self.cur();
        let s = &mut self.scopes[c];
        if s.kind == ScopeKind::Comprehension && !s.is_genexp {
            let what = match s.name.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(err(format!("'yield' inside {}", what), range));
        }
        if s.kind == ScopeKind::Comprehension && s.is_genexp {
            return Err(err("'yield' inside generator expression", range));
        }
        if s.is_function_like() {
            s.is_generator = true;
        }
        Ok(())
    }

    fn visit_named_target(&mut self, n: &ast::ExprNamed) -> R {
        let Expr::Name(target) = &*n.target else {
            return self.visit_expr(&n.target);
        };
        let name = target.id.as_str();
        let cur = self.cur();
        if self.scopes[cur].comp_iter_expr > 0 {
            return Err(err("assignment expression cannot be used in a comprehension iterable expression", n.range));
        }
        if self.scopes[cur].kind == ScopeKind::Comprehension {
            // Walk out to the first non-comprehension scope.
            let mut i = self.stack.len();
            while i > 0 {
                i -= 1;
                let sid = self.stack[i];
                let sc = &self.scopes[sid];
                if sc.kind == ScopeKind::Comprehension {
                    if sc.flags(name) & DEF_COMP_ITER != 0 {
                        return Err(err(
                            format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                            n.range,
                        ));
                    }
                    continue;
                }
                match sc.kind {
                    ScopeKind::Function | ScopeKind::Lambda => {
                        let fl = sc.flags(name);
                        let outer_global = fl & DEF_GLOBAL != 0;
                        let stack: Vec<usize> = self.stack[i + 1..].to_vec();
                        for c in stack {
                            let flag = if outer_global { DEF_GLOBAL } else { DEF_NONLOCAL };
                            self.add_def_in(c, name, flag | USE, target.range)?;
                        }
                        if !outer_global {
                            self.add_def_in(sid, name, DEF_LOCAL, target.range)?;
                        }
                    }
                    ScopeKind::Module => {
                        let stack: Vec<usize> = self.stack[i + 1..].to_vec();
                        for c in stack {
                            self.add_def_in(c, name, DEF_GLOBAL | USE, target.range)?;
                        }
                        self.add_def_in(sid, name, DEF_LOCAL, target.range)?;
                    }
                    ScopeKind::Class => {
                        return Err(err(
                            "assignment expression within a comprehension cannot be used in a class body",
                            n.range,
                        ));
                    }
                    ScopeKind::Comprehension => {}
                }
                return Ok(());
            }
        }
        self.visit_expr(&n.target)
    }

    fn visit_comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> R {
        let Some(first) = generators.first() else { return Ok(()) };
        // The outermost iterable is evaluated in the enclosing scope.
        let cur = self.cur();
        self.scopes[cur].comp_iter_expr += 1;
        let r = self.visit_expr(&first.iter);
        self.scopes[cur].comp_iter_expr -= 1;
        r?;
        let id = self.enter(ScopeKind::Comprehension, name, key);
        self.scopes[id].is_genexp = is_genexp;
        if is_genexp {
            self.scopes[id].is_generator = true;
        }
        if first.is_async {
            self.scopes[id].is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, first.range)?;
        self.visit_comp_target(&first.target)?;
        for cond in &first.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            if g.is_async {
                self.scopes[id].is_coroutine = true;
            }
            self.scopes[id].comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.scopes[id].comp_iter_expr -= 1;
            r?;
            self.visit_comp_target(&g.target)?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        for e in elts {
            self.visit_expr(e)?;
        }
        self.exit();
        // An inner non-generator async comprehension is awaited by its parent.
        if self.scopes[id].is_coroutine && !is_genexp {
            let c = self.cur();
            if self.scopes[c].kind == ScopeKind::Comprehension {
                self.scopes[c].is_coroutine = true;
            }
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, t: &Expr) -> R {
        self.visit_expr(t)?;
        self.mark_comp_iter(t)
    }
    fn mark_comp_iter(&mut self, t: &Expr) -> R {
        match t {
            Expr::Name(n) => self.add_def(&n.id, DEF_COMP_ITER, n.range),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.mark_comp_iter(e)),
            Expr::List(t) => t.elts.iter().try_for_each(|e| self.mark_comp_iter(e)),
            Expr::Starred(s) => self.mark_comp_iter(&s.value),
            _ => Ok(()),
        }
    }
}

/// Build the table for a module (or an eval expression).
pub fn build(body: &[Stmt], expr: Option<&Expr>) -> Result<SymbolTable, RawError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, None)],
        by_node: HashMap::new(),
        stack: vec![0],
        future_annotations: false,
        depth: 0,
        cur_range: TextRange::default(),
        in_annotation: false,
    };
    b.visit_body(body)?;
    if let Some(e) = expr {
        b.visit_expr(e)?;
    }
    let mut st = SymbolTable { scopes: b.scopes, by_node: b.by_node, future_annotations: b.future_annotations };
    let mut free = Vec::new();
    analyze(&mut st, 0, &[], &[], &mut free, 0)?;
    Ok(st)
}

/// Resolve scopes of block `sid`. `bound`: names bound in enclosing function
/// scopes; `global`: names declared global in enclosing scopes. Returns the
/// free names of this block (to be resolved by the parent) in `free_out`.
fn analyze(
    st: &mut SymbolTable,
    sid: usize,
    bound: &[String],
    global: &[String],
    free_out: &mut Vec<String>,
    depth: u32,
) -> Result<(), RawError> {
    if depth > MAX_DEPTH {
        return Err(RawError::recursion(TextRange::default()));
    }
    let kind = st.scopes[sid].kind;
    let mut local: Vec<String> = Vec::new();
    let mut new_global: Vec<String> = global.to_vec();
    let mut my_free: Vec<String> = Vec::new();
    let names: Vec<String> = st.scopes[sid].order.clone();
    for name in &names {
        let flags = st.scopes[sid].flags(name);
        let scope = if flags & DEF_GLOBAL != 0 {
            new_global.push(name.clone());
            SymScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let r = st.scopes[sid].directives.get(name).copied().unwrap_or_default();
                return Err(err(format!("no binding for nonlocal '{}' found", name), r));
            }
            my_free.push(name.clone());
            SymScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.push(name.clone());
            new_global.retain(|g| g != name);
            SymScope::Local
        } else if bound.contains(name) {
            my_free.push(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        if let Some(s) = st.scopes[sid].symbols.get_mut(name) {
            s.scope = scope;
        }
    }
    // Names visible to children as bound in enclosing function scopes.
    let mut new_bound: Vec<String> = bound.to_vec();
    if kind != ScopeKind::Class {
        if st.scopes[sid].is_function_like() {
            for l in &local {
                if !new_bound.contains(l) {
                    new_bound.push(l.clone());
                }
            }
        }
        // Names global here shadow outer bindings.
        for n in &names {
            if st.scopes[sid].flags(n) & DEF_GLOBAL != 0 {
                new_bound.retain(|b| b != n);
            }
        }
    } else {
        new_bound.push("__class__".to_string());
    }
    let children = st.scopes[sid].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    for c in children {
        let mut f = Vec::new();
        analyze(st, c, &new_bound, &new_global, &mut f, depth + 1)?;
        for n in f {
            if !child_free.contains(&n) {
                child_free.push(n);
            }
        }
    }
    if kind == ScopeKind::Class {
        if let Some(pos) = child_free.iter().position(|n| n == "__class__") {
            child_free.remove(pos);
            st.scopes[sid].needs_class_closure = true;
        }
    }
    // Free names of children: cells here if local (in functions), else free here too.
    for name in child_free {
        let scope = st.scopes[sid].lookup(&name);
        let is_fn = st.scopes[sid].is_function_like();
        match scope {
            SymScope::Local if is_fn => {
                if let Some(s) = st.scopes[sid].symbols.get_mut(&name) {
                    s.scope = SymScope::Cell;
                }
            }
            SymScope::Cell => {}
            SymScope::GlobalExplicit => {}
            SymScope::GlobalImplicit if !bound.contains(&name) => {}
            SymScope::Local => {
                // Class body binding a name that a method uses freely from outside.
                if let Some(s) = st.scopes[sid].symbols.get_mut(&name) {
                    s.flags |= DEF_FREE_CLASS;
                }
                if !my_free.contains(&name) {
                    my_free.push(name);
                }
            }
            SymScope::Free => {
                if !my_free.contains(&name) {
                    my_free.push(name);
                }
            }
            SymScope::Unknown | SymScope::GlobalImplicit => {
                let s = &mut st.scopes[sid];
                if !s.symbols.contains_key(&name) {
                    s.order.push(name.clone());
                }
                s.symbols.insert(name.clone(), Symbol { flags: 0, scope: SymScope::Free });
                if !my_free.contains(&name) {
                    my_free.push(name);
                }
            }
        }
    }
    *free_out = my_free;
    Ok(())
}

/// Dump scopes in the format of `tests/symtable_dump.py` (for comparison with CPython).
pub fn dump(st: &SymbolTable) -> String {
    fn go(st: &SymbolTable, id: usize, out: &mut String) {
        let s = &st.scopes[id];
        let kind = match s.kind {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            _ => "function",
        };
        out.push_str(&format!("{} {}\n", kind, s.name));
        let mut names: Vec<&String> = s.symbols.keys().collect();
        names.sort();
        for n in names {
            let sc = match s.lookup(n) {
                SymScope::Local => "local",
                SymScope::GlobalExplicit => "global_explicit",
                SymScope::GlobalImplicit => "global_implicit",
                SymScope::Free => "free",
                SymScope::Cell => "cell",
                SymScope::Unknown => "?",
            };
            out.push_str(&format!("  {} {}\n", n, sc));
        }
        for &c in &s.children {
            go(st, c, out);
        }
    }
    let mut out = String::new();
    go(st, 0, &mut out);
    out
}
