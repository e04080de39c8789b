//! The instruction loop: one `match` over `Instr`; each arm is short and
//! calls into `ops.rs` for anything longer. Errors leave through `?` to
//! `run_frame`, which unwinds with the block stack.

use super::frame::{Block, BlockKind, ExecResult, Frame};
use crate::object::{Payload, PyObjectRef};
use crate::protocol::attr::Method;
use crate::types::code::PyCode;
use crate::types::function::Args;
use crate::vm::{str_of, PyErr, PyResult, Vm};
use pyrite_bytecode::Instr;
use std::sync::atomic::Ordering;

#[cold]
pub fn empty_code() -> &'static PyCode {
    // A frame always holds a code object; this is only a panic-free fallback.
    std::process::abort()
}

macro_rules! pop {
    ($frame:expr, $vm:expr) => {
        match $frame.stack.pop() {
            Some(v) => v,
            None => return Err($vm.stack_underflow()),
        }
    };
}

macro_rules! top {
    ($frame:expr, $vm:expr) => {
        match $frame.stack.last() {
            Some(v) => v,
            None => return Err($vm.stack_underflow()),
        }
    };
}

impl Vm {
    #[cold]
    pub(crate) fn stack_underflow(&self) -> PyErr {
        self.new_system_error("bytecode stack underflow")
    }

    fn is_null(&self, o: &PyObjectRef) -> bool {
        o.is(&self.ctx.null)
    }

    /// Run instructions until the frame returns or yields; errors propagate.
    pub(crate) fn execute(&self, frame: &mut Frame) -> PyResult<ExecResult> {
        let code_obj = frame.code.clone();
        let code = match &code_obj.payload {
            Payload::Code(c) => c,
            _ => return Err(self.new_system_error("frame without code")),
        };
        let instrs = &code.code.instructions;
        let mut ticks: u32 = 0;
        loop {
            let ip = frame.ip;
            let instr = match instrs.get(ip) {
                Some(i) => *i,
                None => return Err(self.new_system_error("instruction pointer out of range")),
            };
            frame.lasti = ip;
            frame.ip = ip + 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    pop!(frame, self);
                }
                Instr::PushNull => frame.stack.push(self.ctx.null.clone()),
                Instr::Copy(n) => {
                    let len = frame.stack.len();
                    let v = match len.checked_sub(n as usize).and_then(|i| frame.stack.get(i)) {
                        Some(v) => v.clone(),
                        None => return Err(self.stack_underflow()),
                    };
                    frame.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    match len.checked_sub(n as usize) {
                        Some(i) => frame.stack.swap(i, len - 1),
                        None => return Err(self.stack_underflow()),
                    }
                }
                Instr::LoadConst(i) => frame.stack.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => match &frame.fastlocals[i as usize] {
                    Some(v) => frame.stack.push(v.clone()),
                    None => return Err(self.unbound_local(code, i)),
                },
                Instr::StoreFast(i) => {
                    let v = pop!(frame, self);
                    let old = frame.fastlocals[i as usize].replace(v);
                    drop(old);
                }
                Instr::DeleteFast(i) => {
                    if frame.fastlocals[i as usize].take().is_none() {
                        return Err(self.unbound_local(code, i));
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_name(frame, name)?;
                    frame.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!(frame, self);
                    let name = code.names[i as usize].clone();
                    match &frame.locals {
                        Some(l) => self.set_item(l, name, v)?,
                        None => return Err(self.new_system_error("no locals found when storing")),
                    }
                }
                Instr::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    if let Some(l) = &frame.locals {
                        match self.del_item(l, name) {
                            Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => return Err(self.new_name_error(str_of(name))),
                            r => r?,
                        }
                    }
                }
                Instr::LoadGlobal(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_global(frame, name)?;
                    frame.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!(frame, self);
                    self.set_item(&frame.globals, code.names[i as usize].clone(), v)?;
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    match self.del_item(&frame.globals, name) {
                        Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => return Err(self.new_name_error(str_of(name))),
                        r => r?,
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = self.cell_get(frame, code, i)?;
                    frame.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(frame, self);
                    if let Some(c) = frame.cells.get(i as usize) {
                        if let Payload::Cell(cell) = &c.payload {
                            let old = cell.borrow_mut().replace(v);
                            drop(old);
                        }
                    }
                }
                Instr::DeleteDeref(i) => {
                    if let Some(c) = frame.cells.get(i as usize) {
                        if let Payload::Cell(cell) = &c.payload {
                            let old = cell.borrow_mut().take();
                            if old.is_none() {
                                return Err(self.unbound_deref(code, i));
                            }
                        }
                    }
                }
                Instr::LoadClassDeref(i) => {
                    let ncell = code.code.cellvars.len();
                    let name = code.code.cellvars.iter().chain(code.code.freevars.iter()).nth(i as usize).cloned();
                    let _ = ncell;
                    let mut found = None;
                    if let (Some(l), Some(n)) = (&frame.locals, &name) {
                        let key = self.new_str(n);
                        if let Payload::Dict(d) = &l.payload {
                            found = d.get_item(self, &key)?;
                        } else {
                            match self.get_item(l, &key) {
                                Ok(v) => found = Some(v),
                                Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                    let v = match found {
                        Some(v) => v,
                        None => self.cell_get(frame, code, i)?,
                    };
                    frame.stack.push(v);
                }
                Instr::LoadClosure(i) => match frame.cells.get(i as usize) {
                    Some(c) => frame.stack.push(c.clone()),
                    None => return Err(self.new_system_error("bad closure index")),
                },
                Instr::LoadAttr(i) => {
                    let obj = pop!(frame, self);
                    let v = self.get_attr(&obj, &code.names[i as usize])?;
                    frame.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(frame, self);
                    let v = pop!(frame, self);
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(frame, self);
                    self.del_attr(&obj, &code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!(frame, self);
                    match self.load_method(&obj, &code.names[i as usize])? {
                        Method::Unbound(f) => {
                            frame.stack.push(f);
                            frame.stack.push(obj);
                        }
                        Method::Attr(f) => {
                            frame.stack.push(f);
                            frame.stack.push(self.ctx.null.clone());
                        }
                    }
                }
                Instr::BinarySubscr => {
                    let key = pop!(frame, self);
                    let obj = pop!(frame, self);
                    let v = self.get_item(&obj, &key)?;
                    frame.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!(frame, self);
                    let obj = pop!(frame, self);
                    let v = pop!(frame, self);
                    self.set_item(&obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = pop!(frame, self);
                    let obj = pop!(frame, self);
                    self.del_item(&obj, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(frame, self) } else { self.none() };
                    let stop = pop!(frame, self);
                    let start = pop!(frame, self);
                    frame.stack.push(PyObjectRef::new(self.ctx.types.slice_type.clone(), Payload::Slice { start, stop, step }));
                }
                Instr::BinaryOp { op, inplace } => {
                    let b = pop!(frame, self);
                    let a = pop!(frame, self);
                    let r = if inplace { self.inplace_op(&a, &b, op)? } else { self.binary_op(&a, &b, op)? };
                    frame.stack.push(r);
                }
                Instr::UnaryOp(op) => {
                    let a = pop!(frame, self);
                    let r = self.unary_op(&a, op)?;
                    frame.stack.push(r);
                }
                Instr::CompareOp(op) => {
                    let b = pop!(frame, self);
                    let a = pop!(frame, self);
                    let r = match crate::protocol::number::fast_compare(self, &a, &b, op) {
                        Some(r) => self.new_bool(r),
                        None => self.rich_compare(&a, &b, op)?,
                    };
                    frame.stack.push(r);
                }
                Instr::IsOp(invert) => {
                    let b = pop!(frame, self);
                    let a = pop!(frame, self);
                    frame.stack.push(self.new_bool(a.is(&b) != invert));
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!(frame, self);
                    let a = pop!(frame, self);
                    let r = self.contains(&b, &a)?;
                    frame.stack.push(self.new_bool(r != invert));
                }
                Instr::Jump(t) => {
                    if (t as usize) <= ip {
                        ticks += 1;
                        if ticks & 63 == 0 {
                            self.check_eval_breaker()?;
                        }
                    }
                    frame.ip = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(frame, self);
                    if !self.truthy(&v)? {
                        frame.ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(frame, self);
                    if self.truthy(&v)? {
                        frame.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!(frame, self);
                    if self.is_none(&v) {
                        frame.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!(frame, self);
                    if !self.is_none(&v) {
                        frame.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!(frame, self).clone();
                    if !self.truthy(&v)? {
                        frame.ip = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!(frame, self).clone();
                    if self.truthy(&v)? {
                        frame.ip = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop!(frame, self);
                    let it = self.get_iter(&v)?;
                    frame.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = top!(frame, self).clone();
                    match self.next(&it)? {
                        Some(v) => frame.stack.push(v),
                        None => {
                            frame.stack.pop();
                            frame.ip = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = self.pop_n(frame, n as usize)?;
                    frame.stack.push(self.new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = self.pop_n(frame, n as usize)?;
                    frame.stack.push(self.new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = self.pop_n(frame, n as usize)?;
                    let s = self.new_set();
                    if let Payload::Set(set) = &s.payload {
                        for x in items {
                            set.add(self, x)?;
                        }
                    }
                    frame.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = self.pop_n(frame, 2 * n as usize)?;
                    let d = self.new_dict();
                    if let Payload::Dict(dd) = &d.payload {
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            dd.set_item(self, k, v)?;
                        }
                    }
                    frame.stack.push(d);
                }
                Instr::BuildString(n) => {
                    let items = self.pop_n(frame, n as usize)?;
                    let mut s = String::new();
                    for x in &items {
                        s.push_str(str_of(x));
                    }
                    frame.stack.push(self.new_string(s));
                }
                Instr::ListAppend(n) => {
                    let v = pop!(frame, self);
                    let l = self.peek(frame, n)?;
                    if let Payload::List(l) = &l.payload {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop!(frame, self);
                    let s = self.peek(frame, n)?;
                    if let Payload::Set(s) = &s.payload {
                        s.add(self, v)?;
                    }
                }
                Instr::MapAdd(n) => {
                    let v = pop!(frame, self);
                    let k = pop!(frame, self);
                    let d = self.peek(frame, n)?;
                    if let Payload::Dict(d) = &d.payload {
                        d.set_item(self, k, v)?;
                    }
                }
                Instr::ListExtend(n) => {
                    let v = pop!(frame, self);
                    let l = self.peek(frame, n)?;
                    let items = match self.collect(&v) {
                        Ok(items) => items,
                        Err(e) if self.err_matches(&e, &self.ctx.exc.type_error) && self.get_iter(&v).is_err() => {
                            // In a call (`f(*x)`) the list sits on [callable, NULL, list].
                            let len = frame.stack.len();
                            let in_call = n == 1 && len >= 3 && self.is_null(&frame.stack[len - 2]);
                            if in_call {
                                let f = frame.stack[len - 3].clone();
                                return Err(self.new_type_error(format!("{} argument after * must be an iterable, not {}",
                                    super::ops::function_desc(self, &f), self.type_name(&v))));
                            }
                            return Err(self.new_type_error(format!("Value after * must be an iterable, not {}", self.type_name(&v))));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Payload::List(l) = &l.payload {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let v = pop!(frame, self);
                    let s = self.peek(frame, n)?;
                    let items = self.collect(&v)?;
                    if let Payload::Set(s) = &s.payload {
                        for x in items {
                            s.add(self, x)?;
                        }
                    }
                }
                Instr::DictUpdate(n) => {
                    let v = pop!(frame, self);
                    let d = self.peek(frame, n)?;
                    super::ops::dict_update(self, &d, &v, false)?;
                }
                Instr::DictMerge(n) => {
                    let v = pop!(frame, self);
                    let d = self.peek(frame, n)?;
                    let func = frame.stack.len().checked_sub(n as usize + 3).and_then(|i| frame.stack.get(i)).cloned();
                    super::ops::dict_merge(self, &d, &v, func.as_ref())?;
                }
                Instr::ListToTuple => {
                    let l = pop!(frame, self);
                    let items = match &l.payload {
                        Payload::List(l) => l.borrow().clone(),
                        _ => vec![],
                    };
                    frame.stack.push(self.new_tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(frame, self);
                    super::ops::unpack_sequence(self, frame, seq, n as usize)?;
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!(frame, self);
                    super::ops::unpack_ex(self, frame, seq, before as usize, after as usize)?;
                }
                Instr::FormatValue { conv, has_spec } => {
                    let spec = if has_spec { Some(pop!(frame, self)) } else { None };
                    let v = pop!(frame, self);
                    let r = super::ops::format_value(self, v, conv, spec)?;
                    frame.stack.push(r);
                }
                Instr::KwNames(i) => frame.kwnames = Some(code.consts[i as usize].clone()),
                Instr::Call(argc) => {
                    let kwnames = frame.kwnames.take();
                    let argc = argc as usize;
                    let len = frame.stack.len();
                    if len < argc + 2 {
                        return Err(self.stack_underflow());
                    }
                    let base = len - argc - 2;
                    let callable = frame.stack[base].clone();
                    let has_self = !self.is_null(&frame.stack[base + 1]);
                    let start = if has_self { base + 1 } else { base + 2 };
                    let r = {
                        let kw: &[PyObjectRef] = match &kwnames {
                            Some(k) => match &k.payload {
                                Payload::Tuple(t) => t,
                                _ => &[],
                            },
                            None => &[],
                        };
                        let args = Args::with_kw(&frame.stack[start..], kw);
                        self.call_args(&callable, args)
                    };
                    frame.stack.truncate(base);
                    frame.stack.push(r?);
                    ticks += 1;
                    if ticks & 63 == 0 {
                        self.check_eval_breaker()?;
                    }
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw { Some(pop!(frame, self)) } else { None };
                    let args = pop!(frame, self);
                    let _null = pop!(frame, self);
                    let callable = pop!(frame, self);
                    let r = super::ops::call_function_ex(self, &callable, &args, kwargs.as_ref())?;
                    frame.stack.push(r);
                }
                Instr::MakeFunction(flags) => {
                    let f = super::ops::make_function(self, frame, flags)?;
                    frame.stack.push(f);
                }
                Instr::ReturnValue => {
                    let v = pop!(frame, self);
                    return Ok(ExecResult::Return(v));
                }
                Instr::ReturnGenerator => {}
                Instr::YieldValue(_) => {
                    let v = pop!(frame, self);
                    return Ok(ExecResult::Yield(v));
                }
                Instr::GetYieldFromIter => {
                    let v = pop!(frame, self);
                    let it = super::ops::get_yield_from_iter(self, frame, v)?;
                    frame.stack.push(it);
                }
                Instr::Send(t) => {
                    let v = pop!(frame, self);
                    let recv = top!(frame, self).clone();
                    match crate::types::generator_methods::send_to(self, &recv, v)? {
                        crate::types::generator_methods::SendResult::Yield(y) => frame.stack.push(y),
                        crate::types::generator_methods::SendResult::Return(r) => {
                            frame.stack.pop();
                            frame.stack.push(r);
                            frame.ip = t as usize;
                        }
                    }
                }
                Instr::GetAwaitable(where_) => {
                    let v = pop!(frame, self);
                    let a = super::ops::get_awaitable(self, v, where_)?;
                    frame.stack.push(a);
                }
                Instr::GetAiter => {
                    let v = pop!(frame, self);
                    let a = super::ops::get_aiter(self, v)?;
                    frame.stack.push(a);
                }
                Instr::GetAnext => {
                    let aiter = top!(frame, self).clone();
                    let a = super::ops::get_anext(self, &aiter)?;
                    frame.stack.push(a);
                }
                Instr::EndAsyncFor => {
                    let exc = pop!(frame, self);
                    if self.isinstance_type(&exc, &self.ctx.exc.stop_async_iteration) {
                        pop!(frame, self);
                        // The handler block of SetupFinally was already popped by unwinding;
                        // leave the ExceptHandler state as it was.
                    } else {
                        frame.reraise = true;
                        return Err(PyErr(exc));
                    }
                }
                Instr::SetupFinally(t) => {
                    frame.blocks.push(Block { kind: BlockKind::Finally, handler: t, level: frame.stack.len() });
                }
                Instr::PopBlock => {
                    frame.blocks.pop();
                }
                Instr::PushExcInfo => {
                    let exc = top!(frame, self).clone();
                    let prev = self.handled.set(Some(exc));
                    frame.blocks.push(Block { kind: BlockKind::ExceptHandler(prev), handler: 0, level: frame.stack.len() - 1 });
                }
                Instr::PopExcept => {
                    if let Some(Block { kind: BlockKind::ExceptHandler(prev), .. }) = frame.blocks.pop() {
                        let _old = self.handled.set(prev);
                    }
                }
                Instr::Reraise => {
                    let exc = pop!(frame, self);
                    frame.reraise = true;
                    return Err(PyErr(exc));
                }
                Instr::RaiseVarargs(n) => {
                    let err = super::ops::do_raise(self, frame, n)?;
                    return Err(err);
                }
                Instr::CheckExcMatch => {
                    let typ = pop!(frame, self);
                    let exc = top!(frame, self).clone();
                    let r = super::ops::check_exc_match(self, &exc, &typ)?;
                    frame.stack.push(self.new_bool(r));
                }
                Instr::CheckEgMatch => {
                    let typ = pop!(frame, self);
                    let exc = pop!(frame, self);
                    let (rest, matched) = super::ops::check_eg_match(self, &exc, &typ)?;
                    frame.stack.push(rest);
                    frame.stack.push(matched);
                }
                Instr::PrepReraiseStar => {
                    let list = pop!(frame, self);
                    let orig = pop!(frame, self);
                    let r = super::ops::prep_reraise_star(self, &orig, &list)?;
                    frame.stack.push(r);
                }
                Instr::LoadAssertionError => frame.stack.push(self.ctx.exc.assertion_error.clone()),
                Instr::BeforeWith => {
                    let ctx = pop!(frame, self);
                    let (exit, enter) = super::ops::before_with(self, &ctx)?;
                    frame.stack.push(exit);
                    frame.stack.push(enter);
                }
                Instr::BeforeAsyncWith => {
                    let ctx = pop!(frame, self);
                    let (exit, enter) = super::ops::before_async_with(self, &ctx)?;
                    frame.stack.push(exit);
                    frame.stack.push(enter);
                }
                Instr::WithExceptStart => {
                    let exc = top!(frame, self).clone();
                    let len = frame.stack.len();
                    let exit = match len.checked_sub(2).and_then(|i| frame.stack.get(i)) {
                        Some(e) => e.clone(),
                        None => return Err(self.stack_underflow()),
                    };
                    let tb = match &exc.payload {
                        Payload::Exception(e) => e.traceback.borrow().clone().unwrap_or_else(|| self.none()),
                        _ => self.none(),
                    };
                    let r = self.call(&exit, &[exc.class(), exc.clone(), tb])?;
                    frame.stack.push(r);
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(frame, self);
                    let level = pop!(frame, self);
                    let m = super::ops::import_name(self, frame, &code.names[i as usize], &fromlist, &level)?;
                    frame.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(frame, self).clone();
                    let v = super::ops::import_from(self, &m, &code.names[i as usize])?;
                    frame.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop!(frame, self);
                    super::ops::import_star(self, frame, &m)?;
                }
                Instr::LoadBuildClass => {
                    let bc = match &frame.builtins.payload {
                        Payload::Dict(d) => d.get_str("__build_class__"),
                        _ => None,
                    };
                    match bc {
                        Some(f) => frame.stack.push(f),
                        None => return Err(self.new_exception_msg(&self.ctx.exc.name_error, "__build_class__ not found".into())),
                    }
                }
                Instr::SetupAnnotations => super::ops::setup_annotations(self, frame)?,
                Instr::LoadLocals => match &frame.locals {
                    Some(l) => frame.stack.push(l.clone()),
                    None => return Err(self.new_system_error("no locals found")),
                },
                Instr::GetLen => {
                    let v = top!(frame, self).clone();
                    let n = self.len(&v)?;
                    frame.stack.push(self.new_int(n as i64));
                }
                Instr::MatchMapping => {
                    let v = top!(frame, self).clone();
                    let r = super::ops::match_mapping(self, &v)?;
                    frame.stack.push(self.new_bool(r));
                }
                Instr::MatchSequence => {
                    let v = top!(frame, self).clone();
                    let r = super::ops::match_sequence(self, &v)?;
                    frame.stack.push(self.new_bool(r));
                }
                Instr::MatchKeys => {
                    let keys = top!(frame, self).clone();
                    let len = frame.stack.len();
                    let subject = frame.stack[len.saturating_sub(2)].clone();
                    let r = super::ops::match_keys(self, &subject, &keys)?;
                    frame.stack.push(r);
                }
                Instr::MatchClass(n) => {
                    let names = pop!(frame, self);
                    let cls = pop!(frame, self);
                    let subject = pop!(frame, self);
                    let r = super::ops::match_class(self, &subject, &cls, n as usize, &names)?;
                    frame.stack.push(r);
                }
                Instr::PrintExpr => {
                    let v = pop!(frame, self);
                    super::ops::print_expr(self, v)?;
                }
            }
        }
    }

    #[inline]
    fn truthy(&self, v: &PyObjectRef) -> PyResult<bool> {
        if v.is(&self.ctx.true_obj) {
            return Ok(true);
        }
        if v.is(&self.ctx.false_obj) || v.is(&self.ctx.none) {
            return Ok(false);
        }
        self.is_true(v)
    }

    fn pop_n(&self, frame: &mut Frame, n: usize) -> PyResult<Vec<PyObjectRef>> {
        let len = frame.stack.len();
        if len < n {
            return Err(self.stack_underflow());
        }
        Ok(frame.stack.split_off(len - n))
    }

    fn peek(&self, frame: &Frame, n: u32) -> PyResult<PyObjectRef> {
        let len = frame.stack.len();
        match len.checked_sub(n as usize).and_then(|i| frame.stack.get(i)) {
            Some(v) => Ok(v.clone()),
            None => Err(self.stack_underflow()),
        }
    }

    #[cold]
    fn unbound_local(&self, code: &PyCode, i: u32) -> PyErr {
        let name = code.code.varnames.get(i as usize).map(|s| s.to_string()).unwrap_or_default();
        let e = self.new_exception_msg(
            &self.ctx.exc.unbound_local_error,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        );
        let _ = self.set_attr_str(&e.0, "name", self.new_str(&name));
        e
    }

    #[cold]
    fn unbound_deref(&self, code: &PyCode, i: u32) -> PyErr {
        let ncell = code.code.cellvars.len();
        let idx = i as usize;
        if idx < ncell {
            let name = code.code.cellvars[idx].to_string();
            self.new_exception_msg(
                &self.ctx.exc.unbound_local_error,
                format!("cannot access local variable '{}' where it is not associated with a value", name),
            )
        } else {
            let name = code.code.freevars.get(idx - ncell).map(|s| s.to_string()).unwrap_or_default();
            self.new_exception_msg(
                &self.ctx.exc.name_error,
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
            )
        }
    }

    fn cell_get(&self, frame: &Frame, code: &PyCode, i: u32) -> PyResult {
        if let Some(c) = frame.cells.get(i as usize) {
            if let Payload::Cell(cell) = &c.payload {
                if let Some(v) = cell.borrow().clone() {
                    return Ok(v);
                }
            }
        }
        Err(self.unbound_deref(code, i))
    }

    fn load_global(&self, frame: &Frame, name: &PyObjectRef) -> PyResult {
        if let Payload::Dict(g) = &frame.globals.payload {
            if let Some(v) = g.get_item(self, name)? {
                return Ok(v);
            }
        }
        match &frame.builtins.payload {
            Payload::Dict(b) => {
                if let Some(v) = b.get_item(self, name)? {
                    return Ok(v);
                }
            }
            _ => {
                if let Ok(v) = self.get_item(&frame.builtins, name) {
                    return Ok(v);
                }
            }
        }
        Err(self.new_name_error(str_of(name)))
    }

    fn load_name(&self, frame: &Frame, name: &PyObjectRef) -> PyResult {
        if let Some(l) = &frame.locals {
            if let Payload::Dict(d) = &l.payload {
                if l.class_is(&self.ctx.types.dict_type) {
                    if let Some(v) = d.get_item(self, name)? {
                        return Ok(v);
                    }
                } else {
                    match self.get_item(l, name) {
                        Ok(v) => return Ok(v),
                        Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            } else {
                match self.get_item(l, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global(frame, name)
    }

    /// Periodic check: signals, GIL hand-off, async exceptions.
    #[inline]
    pub fn check_eval_breaker(&self) -> PyResult<()> {
        if crate::gil::EVAL_BREAKER.load(Ordering::Relaxed) {
            crate::gil::handle_eval_breaker(self)?;
        }
        Ok(())
    }
}
