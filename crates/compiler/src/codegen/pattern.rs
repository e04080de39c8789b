//! `match` statements (CPython `compiler_match` / `compiler_pattern`): each
//! failing check jumps to a "fail_pop" label that pops exactly what is on
//! the stack at that point.

use super::{CResult, Compiler, NameCtx};
use pyrite_bytecode::{CmpOp, Constant, Instr, Label};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

pub(crate) struct PatCtx {
    /// fail_pop[n]: jump here with n items above the case base.
    fail_pop: Vec<Label>,
    /// Items currently above the case base.
    on_top: u32,
    /// Names bound so far in this case pattern.
    stores: Vec<String>,
}

fn irrefutable_msg(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.id),
            None => "wildcard makes remaining patterns unreachable".to_string(),
        }),
        Pattern::MatchAs(a) => a.pattern.as_deref().and_then(irrefutable_msg),
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable_msg),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let ncases = m.cases.len();
        let last_is_default = m
            .cases
            .last()
            .map(|c| c.guard.is_none() && matches!(&c.pattern, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none()))
            .unwrap_or(false);
        let n_pattern_cases = if last_is_default { ncases - 1 } else { ncases };
        for (i, case) in m.cases.iter().enumerate().take(n_pattern_cases) {
            if i + 1 < ncases && case.guard.is_none() {
                if let Some(msg) = irrefutable_msg(&case.pattern) {
                    return Err(self.error(msg, case.pattern.range()));
                }
            }
            self.set_pos(case.pattern.range());
            let keep_subject = i + 1 < n_pattern_cases;
            if keep_subject {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatCtx { fail_pop: Vec::new(), on_top: 1, stores: Vec::new() };
            self.compile_pattern(&case.pattern, &mut pc)?;
            // It's a match: bind the captured names (on the stack, first capture on top).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, NameCtx::Store);
            }
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut pc, 0);
                self.compile_jump_if(g, false, l)?;
            }
            if keep_subject {
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            self.emit(Instr::Jump(end));
            self.emit_fail_pop(&mut pc);
        }
        if last_is_default {
            if let Some(case) = m.cases.last() {
                self.set_pos(case.pattern.range());
                if n_pattern_cases == 0 {
                    self.emit(Instr::PopTop);
                }
                self.compile_body(&case.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    /// Label to jump to on failure with `n` working items (plus the
    /// captures held on the stack) above the case base.
    fn fail_label(&mut self, pc: &mut PatCtx, n: u32) -> Label {
        let n = n + pc.stores.len() as u32;
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n as usize]
    }

    /// Bind the fail_pop labels: each pops one item and falls into the next.
    fn emit_fail_pop(&mut self, pc: &mut PatCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    fn pattern_store(&mut self, name: &str, range: TextRange, pc: &mut PatCtx) -> CResult {
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{}' in pattern", name), range));
        }
        self.check_forbidden_name(name, range)?;
        // Keep the value on the stack (stored once the whole case matched,
        // as CPython): rotate it under the other working items and the
        // earlier captures.
        let depth = pc.on_top + pc.stores.len() as u32;
        self.rotate(depth);
        pc.stores.push(name.to_string());
        pc.on_top = pc.on_top.saturating_sub(1);
        Ok(())
    }

    /// Move the top of the stack down to position `count` (1 = top).
    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(Instr::Swap(count));
            count -= 1;
        }
    }

    fn pop_subject(&mut self, pc: &mut PatCtx) {
        self.emit(Instr::PopTop);
        pc.on_top = pc.on_top.saturating_sub(1);
    }

    /// Match the subject on top of the stack; it is consumed on success.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult {
        self.guard(p.range())?;
        let saved = self.set_pos(p.range());
        let r = self.compile_pattern_inner(p, pc);
        self.restore_pos(saved);
        self.depth -= 1;
        r
    }

    fn compile_pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.compile_expr(&v.value)?;
                self.set_pos(v.range);
                self.emit(Instr::CompareOp(CmpOp::Eq));
                pc.on_top = pc.on_top.saturating_sub(1);
                let l = self.fail_label(pc, pc.on_top);
                self.emit(Instr::PopJumpIfFalse(l));
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::IsOp(false));
                pc.on_top = pc.on_top.saturating_sub(1);
                let l = self.fail_label(pc, pc.on_top);
                self.emit(Instr::PopJumpIfFalse(l));
            }
            Pattern::MatchAs(a) => {
                match (&a.pattern, &a.name) {
                    (None, None) => self.pop_subject(pc),
                    (None, Some(n)) => self.pattern_store(&n.id, n.range, pc)?,
                    (Some(sub), name) => {
                        if let Some(n) = name {
                            self.emit(Instr::Copy(1));
                            pc.on_top += 1;
                            self.compile_pattern(sub, pc)?;
                            self.pattern_store(&n.id, n.range, pc)?;
                        } else {
                            self.compile_pattern(sub, pc)?;
                        }
                    }
                }
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.pattern_store(&n.id, n.range, pc)?,
                None => self.pop_subject(pc),
            },
            Pattern::MatchSequence(s) => self.compile_sequence_pattern(s, pc)?,
            Pattern::MatchMapping(m) => self.compile_mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.compile_class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.compile_or_pattern(o, pc)?,
        }
        Ok(())
    }

    fn compile_sequence_pattern(&mut self, s: &'a ast::PatternMatchSequence, pc: &mut PatCtx) -> CResult {
        let n = s.patterns.len();
        let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        if s.patterns.iter().filter(|p| matches!(p, Pattern::MatchStar(_))).count() > 1 {
            return Err(self.error("multiple starred names in sequence pattern", s.range));
        }
        self.emit(Instr::MatchSequence);
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        self.emit(Instr::GetLen);
        match star {
            Some(_) => {
                self.load_const(Constant::Int(n as i64 - 1));
                self.emit(Instr::CompareOp(CmpOp::Ge));
            }
            None => {
                self.load_const(Constant::Int(n as i64));
                self.emit(Instr::CompareOp(CmpOp::Eq));
            }
        }
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        let is_wild = |p: &Pattern| matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none());
        let star_wildcard = star.map_or(false, |i| matches!(&s.patterns[i], Pattern::MatchStar(m) if m.name.is_none()));
        let only_wildcard = s.patterns.iter().all(|p| is_wild(p) || matches!(p, Pattern::MatchStar(m) if m.name.is_none()));
        if only_wildcard {
            // `[]`, `[_]`, `[_, *_]`: the length check was all.
            self.pop_subject(pc);
            return Ok(());
        }
        if star_wildcard {
            // `[a, *_, b]`: index instead of unpacking (CPython
            // `pattern_helper_sequence_subscr`), so the subject is not iterated.
            let star = star.unwrap_or(0);
            for (i, sub) in s.patterns.iter().enumerate() {
                if is_wild(sub) || i == star {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    self.emit(Instr::GetLen);
                    self.load_const(Constant::Int((n - i) as i64));
                    self.emit(Instr::BinaryOp { op: pyrite_bytecode::BinOp::Sub, inplace: false });
                }
                self.emit(Instr::BinarySubscr);
                pc.on_top += 1;
                self.compile_pattern(sub, pc)?;
            }
            self.pop_subject(pc);
            return Ok(());
        }
        match star {
            Some(i) => self.emit(Instr::UnpackEx { before: i as u16, after: (n - i - 1) as u16 }),
            None => self.emit(Instr::UnpackSequence(n as u32)),
        }
        pc.on_top = (pc.on_top + n as u32).saturating_sub(1);
        for sub in &s.patterns {
            self.compile_pattern(sub, pc)?;
        }
        Ok(())
    }

    fn compile_mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatCtx) -> CResult {
        self.emit(Instr::MatchMapping);
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        let size = m.keys.len();
        if size == 0 {
            match &m.rest {
                Some(r) => {
                    self.emit(Instr::BuildMap(0));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DictUpdate(1));
                    self.pattern_store(&r.id, r.range, pc)?;
                }
                None => self.pop_subject(pc),
            }
            return Ok(());
        }
        self.emit(Instr::GetLen);
        self.load_const(Constant::Int(size as i64));
        self.emit(Instr::CompareOp(CmpOp::Ge));
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            match k {
                Expr::Attribute(_) => {}
                other => match super::expr::const_of(other) {
                    Some(c) => {
                        let key = format!("{:?}", c);
                        if seen.contains(&key) {
                            let text = self
                                .src
                                .get(usize::from(other.range().start())..usize::from(other.range().end()))
                                .unwrap_or("");
                            return Err(self.error(format!("mapping pattern checks duplicate key ({})", text), m.range));
                        }
                        seen.push(key);
                    }
                    None => {
                        return Err(self.error(
                            "mapping pattern keys may only match literals and attribute lookups",
                            other.range(),
                        ))
                    }
                },
            }
            self.compile_expr(k)?;
        }
        self.set_pos(m.range);
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_none();
        self.emit(Instr::IsOp(true));
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top = (pc.on_top + size as u32).saturating_sub(1);
        for sub in &m.patterns {
            self.compile_pattern(sub, pc)?;
        }
        // (subject keys)
        match &m.rest {
            Some(r) => {
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                let mut left = size as u32;
                while left > 0 {
                    self.emit(Instr::Copy(1 + left));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                    left -= 1;
                }
                pc.on_top = pc.on_top.saturating_sub(1);
                self.pattern_store(&r.id, r.range, pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
                pc.on_top = pc.on_top.saturating_sub(2);
            }
        }
        Ok(())
    }

    fn compile_class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatCtx) -> CResult {
        let args = &c.arguments;
        let mut names: Vec<Constant> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for k in &args.keywords {
            if seen.contains(&k.attr.id.as_str()) {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {}", k.attr.id),
                    k.pattern.range(),
                ));
            }
            seen.push(k.attr.id.as_str());
            names.push(Constant::Str(k.attr.id.as_str().into()));
        }
        self.compile_expr(&c.cls)?;
        self.set_pos(c.range);
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Instr::MatchClass(args.patterns.len() as u32));
        self.emit(Instr::Copy(1));
        self.load_none();
        self.emit(Instr::IsOp(true));
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::PopJumpIfFalse(l));
        let total = args.patterns.len() + args.keywords.len();
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top = (pc.on_top + total as u32).saturating_sub(1);
        for sub in args.patterns.iter() {
            self.compile_pattern(sub, pc)?;
        }
        for k in &args.keywords {
            self.compile_pattern(&k.pattern, pc)?;
        }
        Ok(())
    }

    fn compile_or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatCtx) -> CResult {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            if i + 1 < n {
                if let Some(msg) = irrefutable_msg(alt) {
                    return Err(self.error(msg, alt.range()));
                }
            }
            // Each alternative works on a copy of the subject, with its own
            // captures above the current stack.
            let mut sub = PatCtx { fail_pop: Vec::new(), on_top: 1, stores: Vec::new() };
            self.emit(Instr::Copy(1));
            self.compile_pattern(alt, &mut sub)?;
            let mut names = sub.stores.clone();
            names.sort();
            match &control {
                None => control = Some(names.clone()),
                Some(c) => {
                    if *c != names {
                        return Err(self.error("alternative patterns bind different names", alt.range()));
                    }
                }
            }
            // Put the captures in one canonical (sorted) order, position i
            // from the top holding names[i], so all alternatives agree.
            let mut cur = sub.stores.clone();
            let m = cur.len();
            let mut p = m;
            while p >= 2 {
                let want = &names[p - 1];
                if let Some(q) = cur.iter().position(|x| x == want).map(|q| q + 1) {
                    if q != p {
                        if q != 1 {
                            self.emit(Instr::Swap(q as u32));
                            cur.swap(0, q - 1);
                        }
                        self.emit(Instr::Swap(p as u32));
                        cur.swap(0, p - 1);
                    }
                }
                p -= 1;
            }
            self.emit(Instr::Jump(end));
            self.emit_fail_pop(&mut sub);
        }
        // Every alternative failed: drop the subject and fail.
        self.emit(Instr::PopTop);
        pc.on_top = pc.on_top.saturating_sub(1);
        let l = self.fail_label(pc, pc.on_top);
        self.emit(Instr::Jump(l));
        pc.on_top += 1;
        self.bind(end);
        // (.. captures, working items with the subject on top, new captures):
        // move each new capture under the working items and older captures.
        let names = control.unwrap_or_default();
        let nrots = names.len() as u32 + pc.on_top + pc.stores.len() as u32;
        for name in names {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{}' in pattern", name), o.range));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        pc.on_top = pc.on_top.saturating_sub(1);
        Ok(())
    }
}
