//! Generators, coroutines and async generators: creation, `send`/`throw`/
//! `close` with delegation through `yield from`/`await`, PEP 479, and the
//! awaitables returned by an async generator's `__anext__`/`asend`/`athrow`/
//! `aclose`. Mirrors `Objects/genobject.c`.

use crate::interp::frame::{BlockKind, ExecResult, Frame};
use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, PyFunction};
use crate::types::generator::{GenKind, PyGenerator};
use crate::vm::{add_methods, str_of, PyErr, PyResult, Vm};
use pyrite_bytecode::{code_flags, Instr};
use std::any::Any;
use std::cell::{Cell, RefCell};

pub enum SendResult {
    Yield(PyObjectRef),
    Return(PyObjectRef),
}

enum Resume {
    /// Push the sent value (or nothing on the first resume).
    Send(PyObjectRef),
    /// Raise an exception at the suspension point.
    Throw(PyErr),
    /// Continue without pushing (after a delegated `yield from` finished).
    Continue,
}

pub fn new_generator(vm: &Vm, frame: Frame, f: &PyFunction) -> PyObjectRef {
    let fcode = f.code.get();
    let flags = match &fcode.payload {
        Payload::Code(c) => c.code.flags,
        _ => 0,
    };
    let (kind, cls) = if flags & code_flags::COROUTINE != 0 {
        (GenKind::Coroutine, &vm.ctx.types.coroutine_type)
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, &vm.ctx.types.async_generator_type)
    } else {
        (GenKind::Generator, &vm.ctx.types.generator_type)
    };
    PyObjectRef::new(
        cls.clone(),
        Payload::Generator(Box::new(PyGenerator {
            kind,
            frame: RefCell::new(Some(Box::new(frame))),
            running: Cell::new(false),
            started: Cell::new(false),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            code: fcode.clone(),
        })),
    )
}

fn gen_of(o: &PyObjectRef) -> Option<&PyGenerator> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

/// Is the frame suspended at the yield of a `yield from`/`await` loop?
pub fn in_yield_from(f: &Frame) -> bool {
    let code = f.pycode();
    f.ip > 0 && matches!(code.code.instructions.get(f.ip - 1), Some(Instr::YieldValue(true)))
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resume a generator frame.
fn resume(vm: &Vm, gobj: &PyObjectRef, how: Resume) -> PyResult<SendResult> {
    let g = match gen_of(gobj) {
        Some(g) => g,
        None => return Err(vm.new_type_error("not a generator")),
    };
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", kind_word(g.kind))));
    }
    let mut frame = match g.frame.borrow_mut().take() {
        Some(f) => f,
        None => {
            return match how {
                Resume::Throw(e) => Err(e),
                _ => {
                    if g.kind == GenKind::Coroutine {
                        Err(vm.new_runtime_error("cannot reuse already awaited coroutine"))
                    } else if g.kind == GenKind::AsyncGenerator {
                        Err(vm.new_exception(&vm.ctx.exc.stop_async_iteration, vec![]))
                    } else {
                        Err(vm.new_stop_iteration(None))
                    }
                }
            };
        }
    };
    let first = !g.started.get();
    if first {
        if let Resume::Send(v) = &how {
            if !vm.is_none(v) {
                *g.frame.borrow_mut() = Some(frame);
                return Err(vm.new_type_error(format!("can't send non-None value to a just-started {}", kind_word(g.kind))));
            }
        }
    }
    g.started.set(true);
    g.running.set(true);
    // The generator's own handled exception while it runs.
    let caller_handled = vm.handled.get();
    if frame.blocks.iter().any(|b| matches!(b.kind, BlockKind::ExceptHandler(_))) {
        vm.handled.set(frame.gen_handled.take());
    }
    let result = match how {
        Resume::Send(v) => {
            if !first {
                frame.stack.push(v);
            }
            vm.run_frame(&mut frame)
        }
        Resume::Continue => vm.run_frame(&mut frame),
        Resume::Throw(e) => vm.run_frame_throw(&mut frame, e),
    };
    g.running.set(false);
    let gen_handled = vm.handled.set(caller_handled);
    match result {
        Ok(ExecResult::Yield(v)) => {
            frame.gen_handled = gen_handled;
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yield(v))
        }
        Ok(ExecResult::Return(v)) => Ok(SendResult::Return(v)),
        Err(e) => {
            // PEP 479: StopIteration escaping a generator becomes RuntimeError.
            let (bad, msg) = match g.kind {
                GenKind::AsyncGenerator if vm.err_matches(&e, &vm.ctx.exc.stop_async_iteration) => (true, "async generator raised StopAsyncIteration"),
                GenKind::AsyncGenerator if vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => (true, "async generator raised StopIteration"),
                GenKind::Coroutine if vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => (true, "coroutine raised StopIteration"),
                GenKind::Generator if vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => (true, "generator raised StopIteration"),
                _ => (false, ""),
            };
            if bad {
                let ne = vm.new_runtime_error(msg);
                if let Payload::Exception(x) = &ne.0.payload {
                    *x.cause.borrow_mut() = Some(e.0.clone());
                    *x.context.borrow_mut() = Some(e.0.clone());
                    x.suppress_context.set(true);
                }
                return Err(ne);
            }
            Err(e)
        }
    }
}

/// `gen.send(value)` (value None also starts it).
pub fn gen_send(vm: &Vm, gobj: &PyObjectRef, value: PyObjectRef) -> PyResult<SendResult> {
    resume(vm, gobj, Resume::Send(value))
}

/// Used by `Instr::Send`: drive any receiver one step.
pub fn send_to(vm: &Vm, recv: &PyObjectRef, value: PyObjectRef) -> PyResult<SendResult> {
    if let Some(g) = gen_of(recv) {
        if g.kind != GenKind::AsyncGenerator {
            return gen_send(vm, recv, value);
        }
    }
    let r = if vm.is_none(&value) {
        vm.call_special(recv, "__next__", &[])
            .and_then(|r| r.ok_or_else(|| vm.new_type_error(format!("'{}' object is not an iterator", vm.type_name(recv)))))
    } else {
        vm.call_method(recv, "send", &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => Ok(SendResult::Return(stop_value(vm, &e))),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(vm: &Vm, e: &PyErr) -> PyObjectRef {
    if let Payload::Exception(x) = &e.0.payload {
        if let Payload::Tuple(t) = &x.args.borrow().payload {
            if let Some(v) = t.first() {
                return v.clone();
            }
        }
    }
    vm.none()
}

/// `next(gen)` for `for` loops: Ok(None) when finished.
pub fn gen_next(vm: &Vm, gobj: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if let Some(g) = gen_of(gobj) {
        if g.kind != GenKind::Generator {
            return Err(vm.new_type_error(format!("'{}' object is not an iterator", kind_word(g.kind))));
        }
        if g.frame.borrow().is_none() && !g.running.get() {
            return Ok(None);
        }
    }
    match gen_send(vm, gobj, vm.none())? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

fn stop_iteration_for(vm: &Vm, v: PyObjectRef) -> PyErr {
    if vm.is_none(&v) {
        vm.new_stop_iteration(None)
    } else {
        vm.new_stop_iteration(Some(v))
    }
}

fn g_next(vm: &Vm, args: Args) -> PyResult {
    match gen_send(vm, &args.args[0], vm.none())? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
    }
}

fn g_send(vm: &Vm, args: Args) -> PyResult {
    let [g, v] = args.exact::<2>(vm, "send")?;
    match gen_send(vm, g, v.clone())? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
    }
}

/// Build the exception for `throw(typ[, val[, tb]])`.
fn make_throw_exc(vm: &Vm, pos: &[PyObjectRef]) -> PyResult<PyErr> {
    let typ = &pos[0];
    let val = pos.get(1).filter(|v| !vm.is_none(v));
    let tb = pos.get(2).filter(|v| !vm.is_none(v));
    if let Some(tb) = tb {
        if !matches!(tb.payload, Payload::Traceback { .. }) {
            return Err(vm.new_type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if matches!(typ.payload, Payload::Type(_)) && crate::types::type_::is_subtype(typ, &vm.ctx.exc.base_exception) {
        match val {
            Some(v) if vm.isinstance_type(v, typ) => v.clone(),
            Some(v) => {
                if let Payload::Tuple(t) = &v.payload {
                    vm.call(typ, t)?
                } else {
                    vm.call(typ, &[v.clone()])?
                }
            }
            None => vm.call(typ, &[])?,
        }
    } else if vm.isinstance_type(typ, &vm.ctx.exc.base_exception) {
        if val.is_some() {
            return Err(vm.new_type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.new_type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}", vm.type_name(typ))));
    };
    if let (Some(tb), Payload::Exception(x)) = (tb, &exc.payload) {
        *x.traceback.borrow_mut() = Some(tb.clone());
    }
    Ok(PyErr(exc))
}

/// `gen.throw(exc)` with delegation to a `yield from` subiterator.
pub fn gen_throw(vm: &Vm, gobj: &PyObjectRef, exc: PyErr) -> PyResult<SendResult> {
    let g = match gen_of(gobj) {
        Some(g) => g,
        None => return Err(vm.new_type_error("not a generator")),
    };
    let sub = {
        let fr = g.frame.borrow();
        match fr.as_ref() {
            Some(f) if !g.running.get() && in_yield_from(f) => f.stack.last().cloned(),
            _ => None,
        }
    };
    if let Some(sub) = sub {
        let is_exit = vm.err_matches(&exc, &vm.ctx.exc.generator_exit);
        if is_exit {
            // Close the subiterator, then raise GeneratorExit here.
            g.running.set(true);
            let r = close_any(vm, &sub);
            g.running.set(false);
            if let Err(e) = r {
                return resume(vm, gobj, Resume::Throw(e));
            }
            return resume(vm, gobj, Resume::Throw(exc));
        }
        g.running.set(true);
        let r = if gen_of(&sub).is_some() {
            gen_throw(vm, &sub, exc)
        } else {
            match vm.get_attr_opt(&sub, "throw")? {
                Some(t) => match vm.call(&t, &[exc.0.clone()]) {
                    Ok(v) => Ok(SendResult::Yield(v)),
                    Err(e) if vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => Ok(SendResult::Return(stop_value(vm, &e))),
                    Err(e) => Err(e),
                },
                None => {
                    g.running.set(false);
                    return resume(vm, gobj, Resume::Throw(exc));
                }
            }
        };
        g.running.set(false);
        return match r {
            Ok(SendResult::Yield(v)) => Ok(SendResult::Yield(v)),
            Ok(SendResult::Return(v)) => {
                // The delegated iterator finished: continue after the Send loop.
                {
                    let mut fr = g.frame.borrow_mut();
                    if let Some(f) = fr.as_mut() {
                        let exit = f.ip.checked_sub(2).and_then(|i| f.pycode().code.instructions.get(i).and_then(|ins| ins.label()));
                        f.stack.pop();
                        f.stack.push(v);
                        if let Some(l) = exit {
                            f.ip = l as usize;
                        }
                    }
                }
                resume(vm, gobj, Resume::Continue)
            }
            Err(e) => resume(vm, gobj, Resume::Throw(e)),
        };
    }
    resume(vm, gobj, Resume::Throw(exc))
}

fn close_any(vm: &Vm, o: &PyObjectRef) -> PyResult<()> {
    if gen_of(o).is_some() {
        return gen_close(vm, o).map(|_| ());
    }
    if let Some(c) = vm.get_attr_opt(o, "close")? {
        vm.call(&c, &[])?;
    }
    Ok(())
}

fn g_throw(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "throw", 2, 4)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    match gen_throw(vm, &pos[0], exc)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &Vm, gobj: &PyObjectRef) -> PyResult {
    let g = match gen_of(gobj) {
        Some(g) => g,
        None => return Err(vm.new_type_error("not a generator")),
    };
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", kind_word(g.kind))));
    }
    let needs = match g.frame.borrow().as_ref() {
        Some(_) => g.started.get(),
        None => false,
    };
    if !needs {
        *g.frame.borrow_mut() = None;
        return Ok(vm.none());
    }
    let exit = vm.new_exception(&vm.ctx.exc.generator_exit, vec![]);
    match gen_throw(vm, gobj, exit) {
        Ok(SendResult::Yield(_)) => {
            let msg = match g.kind {
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                GenKind::Generator => "generator ignored GeneratorExit",
            };
            Err(vm.new_runtime_error(msg))
        }
        Ok(SendResult::Return(_)) => Ok(vm.none()),
        Err(e) if vm.err_matches(&e, &vm.ctx.exc.generator_exit) || vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => Ok(vm.none()),
        Err(e) => Err(e),
    }
}

fn g_close(vm: &Vm, args: Args) -> PyResult {
    gen_close(vm, &args.args[0])
}

fn g_iter(vm: &Vm, args: Args) -> PyResult {
    let g = &args.args[0];
    if let Some(gg) = gen_of(g) {
        if gg.kind == GenKind::Coroutine {
            return Err(vm.new_type_error("'coroutine' object is not iterable"));
        }
    }
    Ok(g.clone())
}

fn g_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let g = gen_of(o).ok_or_else(|| vm.new_type_error("not a generator"))?;
    let word = match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(vm.new_string(format!("<{} object {} at {:#x}>", word, str_of(&g.qualname.borrow()), o.id())))
}

fn g_await(vm: &Vm, args: Args) -> PyResult {
    Ok(PyObjectRef::new(crate::types::misc::coro_wrapper_type(vm), Payload::Native(Box::new(CoroWrapper { coro: args.args[0].clone() }))))
}

/// `coroutine.__await__()` result: iterates the coroutine.
struct CoroWrapper {
    coro: PyObjectRef,
}
impl NativePayload for CoroWrapper {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        visit(&self.coro);
    }
}

// ---- async generators ----

/// The awaitable returned by `__anext__`/`asend`/`athrow`/`aclose`.
pub struct AsyncGenOp {
    gen: PyObjectRef,
    /// What to do on the first step.
    first: RefCell<Option<AsyncFirst>>,
    done: Cell<bool>,
    is_close: bool,
}

enum AsyncFirst {
    Send(PyObjectRef),
    Throw(PyErr),
}

impl NativePayload for AsyncGenOp {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        visit(&self.gen);
    }
}

fn new_async_op(vm: &Vm, gen: &PyObjectRef, first: AsyncFirst, is_close: bool) -> PyObjectRef {
    PyObjectRef::new(
        crate::types::misc::async_gen_op_type(vm),
        Payload::Native(Box::new(AsyncGenOp { gen: gen.clone(), first: RefCell::new(Some(first)), done: Cell::new(false), is_close })),
    )
}

/// One step of an async generator operation: a value yielded by `yield`
/// inside the async generator completes the operation (StopIteration(value));
/// awaits inside it pass their values out.
fn async_op_step(vm: &Vm, op: &AsyncGenOp, how: Resume) -> PyResult {
    if op.done.get() {
        return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let how = match op.first.borrow_mut().take() {
        Some(AsyncFirst::Send(v)) => match how {
            Resume::Throw(e) => Resume::Throw(e),
            _ => Resume::Send(v),
        },
        Some(AsyncFirst::Throw(e)) => Resume::Throw(e),
        None => how,
    };
    let r = match how {
        Resume::Throw(e) => gen_throw(vm, &op.gen, e),
        other => resume(vm, &op.gen, other),
    };
    let g = gen_of(&op.gen);
    match r {
        Ok(SendResult::Yield(v)) => {
            // Was it an `await` inside the async generator, or a `yield`?
            let was_await = g.and_then(|g| g.frame.borrow().as_ref().map(|f| in_yield_from(f))).unwrap_or(false);
            if was_await {
                Ok(v)
            } else {
                op.done.set(true);
                if op.is_close {
                    return Err(vm.new_runtime_error("async generator ignored GeneratorExit"));
                }
                Err(stop_iteration_for(vm, v))
            }
        }
        Ok(SendResult::Return(_)) => {
            op.done.set(true);
            if op.is_close {
                return Err(vm.new_stop_iteration(None));
            }
            Err(vm.new_exception(&vm.ctx.exc.stop_async_iteration, vec![]))
        }
        Err(e) => {
            op.done.set(true);
            if op.is_close && (vm.err_matches(&e, &vm.ctx.exc.generator_exit) || vm.err_matches(&e, &vm.ctx.exc.stop_async_iteration)) {
                return Err(vm.new_stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn op_of<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a AsyncGenOp> {
    o.payload.native::<AsyncGenOp>().ok_or_else(|| vm.new_type_error("expected an async generator operation"))
}

fn op_send(vm: &Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "send")?;
    async_op_step(vm, op_of(vm, o)?, Resume::Send(v.clone()))
}
fn op_next(vm: &Vm, args: Args) -> PyResult {
    async_op_step(vm, op_of(vm, &args.args[0])?, Resume::Send(vm.none()))
}
fn op_throw(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "throw", 2, 4)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    async_op_step(vm, op_of(vm, &pos[0])?, Resume::Throw(exc))
}
fn op_close(vm: &Vm, args: Args) -> PyResult {
    op_of(vm, &args.args[0])?.done.set(true);
    Ok(vm.none())
}
fn op_self(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.args[0].clone())
}

fn ag_anext(vm: &Vm, args: Args) -> PyResult {
    Ok(new_async_op(vm, &args.args[0], AsyncFirst::Send(vm.none()), false))
}
fn ag_asend(vm: &Vm, args: Args) -> PyResult {
    let [g, v] = args.exact::<2>(vm, "asend")?;
    Ok(new_async_op(vm, g, AsyncFirst::Send(v.clone()), false))
}
fn ag_athrow(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "athrow", 2, 4)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    Ok(new_async_op(vm, &pos[0], AsyncFirst::Throw(exc), false))
}
fn ag_aclose(vm: &Vm, args: Args) -> PyResult {
    let g = &args.args[0];
    let started = gen_of(g).map(|x| x.started.get() && x.frame.borrow().is_some()).unwrap_or(false);
    if !started {
        if let Some(x) = gen_of(g) {
            *x.frame.borrow_mut() = None;
        }
    }
    let exc = vm.new_exception(&vm.ctx.exc.generator_exit, vec![]);
    Ok(new_async_op(vm, g, AsyncFirst::Throw(exc), true))
}
fn ag_aiter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.args[0].clone())
}

fn cw_next(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    match o.payload.native::<CoroWrapper>() {
        Some(w) => match gen_send(vm, &w.coro, vm.none())? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
        },
        None => match crate::types::iter::fast_next(vm, o) {
            Some(r) => r?.ok_or_else(|| vm.new_stop_iteration(None)),
            None => Err(vm.new_stop_iteration(None)),
        },
    }
}

fn cw_send(vm: &Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "send")?;
    match o.payload.native::<CoroWrapper>() {
        Some(w) => match gen_send(vm, &w.coro, v.clone())? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
        },
        None => Err(vm.new_type_error("send on a non-coroutine wrapper")),
    }
}

fn cw_throw(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "throw", 2, 4)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    match pos[0].payload.native::<CoroWrapper>() {
        Some(w) => match gen_throw(vm, &w.coro, exc)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(v) => Err(stop_iteration_for(vm, v)),
        },
        None => Err(exc),
    }
}

fn cw_close(vm: &Vm, args: Args) -> PyResult {
    match args.args[0].payload.native::<CoroWrapper>() {
        Some(w) => gen_close(vm, &w.coro),
        None => Ok(vm.none()),
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types;
    add_methods(vm, &t.generator_type, &[
        ("__iter__", g_iter), ("__next__", g_next), ("send", g_send), ("throw", g_throw), ("close", g_close), ("__repr__", g_repr),
    ]);
    add_methods(vm, &t.coroutine_type, &[
        ("send", g_send), ("throw", g_throw), ("close", g_close), ("__repr__", g_repr), ("__await__", g_await),
    ]);
    add_methods(vm, &t.async_generator_type, &[
        ("__aiter__", ag_aiter), ("__anext__", ag_anext), ("asend", ag_asend), ("athrow", ag_athrow), ("aclose", ag_aclose),
        ("__repr__", g_repr),
    ]);
    let op = crate::types::misc::async_gen_op_type(vm);
    add_methods(vm, &op, &[
        ("send", op_send), ("__next__", op_next), ("throw", op_throw), ("close", op_close), ("__iter__", op_self), ("__await__", op_self),
    ]);
    let cw = crate::types::misc::coro_wrapper_type(vm);
    add_methods(vm, &cw, &[
        ("__next__", cw_next), ("send", cw_send), ("throw", cw_throw), ("close", cw_close), ("__iter__", op_self),
    ]);
}
