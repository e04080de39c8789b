//! The executing frame and the frame runner: block-stack unwinding,
//! traceback entries, exception context. The instruction loop itself is in
//! `dispatch.rs`. Mirrors the frame parts of `Python/ceval.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::code::PyCode;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;

pub enum BlockKind {
    /// `SetupFinally`: jump to the handler with the exception pushed.
    Finally,
    /// Pushed by `PushExcInfo`: restores the previously handled exception.
    ExceptHandler(Option<PyObjectRef>),
}

pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub level: usize,
}

pub enum ExecResult {
    Return(PyObjectRef),
    Yield(PyObjectRef),
}

pub struct Frame {
    pub code: PyObjectRef,
    pub globals: PyObjectRef,
    pub builtins: PyObjectRef,
    /// The locals mapping for module/class/exec code (None for functions).
    pub locals: Option<PyObjectRef>,
    pub fastlocals: Vec<Option<PyObjectRef>>,
    /// Cell objects: cellvars first, then freevars.
    pub cells: Vec<PyObjectRef>,
    pub stack: Vec<PyObjectRef>,
    pub blocks: Vec<Block>,
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks).
    pub lasti: usize,
    pub frame_obj: Option<PyObjectRef>,
    pub kwnames: Option<PyObjectRef>,
    /// The error being unwound came from `Reraise` (no traceback entry).
    pub reraise: bool,
    /// For generator frames: the exception being handled inside it while suspended.
    pub gen_handled: Option<PyObjectRef>,
}

impl Frame {
    pub fn new(vm: &Vm, code: PyObjectRef, globals: PyObjectRef, builtins: PyObjectRef, locals: Option<PyObjectRef>) -> Frame {
        let (nlocals, ncells, nfree) = match &code.payload {
            Payload::Code(c) => (c.code.varnames.len(), c.code.cellvars.len(), c.code.freevars.len()),
            _ => (0, 0, 0),
        };
        let mut cells = Vec::with_capacity(ncells + nfree);
        for _ in 0..ncells {
            cells.push(vm.new_cell(None));
        }
        Frame {
            code,
            globals,
            builtins,
            locals,
            fastlocals: vec![None; nlocals],
            cells,
            stack: Vec::with_capacity(8),
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            frame_obj: None,
            kwnames: None,
            reraise: false,
            gen_handled: None,
        }
    }

    pub fn pycode(&self) -> &PyCode {
        match &self.code.payload {
            Payload::Code(c) => c,
            _ => crate::interp::dispatch::empty_code(),
        }
    }

    pub fn lineno(&self) -> u32 {
        self.pycode().code.line_of(self.lasti).unwrap_or(self.pycode().code.first_line)
    }
}

impl Vm {
    /// Run a frame to completion and return its value (generators are driven elsewhere).
    pub fn run_frame_value(&self, frame: &mut Frame) -> PyResult {
        match self.run_frame(frame)? {
            ExecResult::Return(v) => Ok(v),
            ExecResult::Yield(v) => Ok(v),
        }
    }

    /// Execute until return/yield, handling exceptions with the block stack.
    pub fn run_frame(&self, frame: &mut Frame) -> PyResult<ExecResult> {
        let d = self.depth.get() + 1;
        if d > self.interp.recursion_limit.get() || self.stack_low() {
            return Err(self.new_recursion_error("maximum recursion depth exceeded"));
        }
        self.depth.set(d);
        self.frames.borrow_mut().push(frame as *mut Frame);
        let r = loop {
            match self.execute(frame) {
                Ok(r) => break Ok(r),
                Err(err) => {
                    if frame.reraise {
                        frame.reraise = false;
                    } else {
                        self.attach_context(&err);
                        self.add_traceback(frame, &err);
                    }
                    match self.unwind(frame, err) {
                        Ok(()) => continue,
                        Err(e) => break Err(e),
                    }
                }
            }
        };
        self.frames.borrow_mut().pop();
        self.depth.set(self.depth.get().saturating_sub(1));
        r
    }

    /// Resume a suspended frame by raising `err` at its suspension point.
    pub fn run_frame_throw(&self, frame: &mut Frame, err: PyErr) -> PyResult<ExecResult> {
        self.frames.borrow_mut().push(frame as *mut Frame);
        self.attach_context(&err);
        self.add_traceback(frame, &err);
        let r = self.unwind(frame, err);
        self.frames.borrow_mut().pop();
        r?;
        self.run_frame(frame)
    }

    /// Pop blocks until a handler takes the exception.
    fn unwind(&self, frame: &mut Frame, err: PyErr) -> Result<(), PyErr> {
        while let Some(block) = frame.blocks.pop() {
            match block.kind {
                BlockKind::ExceptHandler(prev) => {
                    let _old = self.handled.set(prev);
                    frame.stack.truncate(block.level);
                }
                BlockKind::Finally => {
                    frame.stack.truncate(block.level);
                    frame.stack.push(err.0);
                    frame.ip = block.handler as usize;
                    return Ok(());
                }
            }
        }
        frame.stack.clear();
        Err(err)
    }

    /// Set `__context__` of a newly raised exception to the one being handled
    /// (CPython's `_PyErr_SetObject`), breaking cycles.
    pub fn attach_context(&self, err: &PyErr) {
        let handled = match self.handled.get() {
            Some(h) => h,
            None => return,
        };
        if handled.is(&err.0) {
            return;
        }
        if let Payload::Exception(e) = &err.0.payload {
            if e.context.borrow().is_some() {
                return;
            }
            // Break a cycle: if err appears in handled's context chain, cut it there.
            let mut o = handled.clone();
            loop {
                let next = match &o.payload {
                    Payload::Exception(x) => x.context.borrow().clone(),
                    _ => None,
                };
                match next {
                    Some(n) if n.is(&err.0) => {
                        if let Payload::Exception(x) = &o.payload {
                            *x.context.borrow_mut() = None;
                        }
                        break;
                    }
                    Some(n) => o = n,
                    None => break,
                }
            }
            *e.context.borrow_mut() = Some(handled);
        }
    }

    /// Add a traceback entry for `frame` to the exception.
    pub fn add_traceback(&self, frame: &mut Frame, err: &PyErr) {
        if let Payload::Exception(e) = &err.0.payload {
            let fobj = self.frame_object(frame);
            let lineno = frame.lineno();
            let next = e.traceback.borrow().clone();
            let tb = PyObjectRef::new(
                self.ctx.types.traceback_type.clone(),
                Payload::Traceback { next: RefCell::new(next), frame: fobj, lasti: frame.lasti as u32, lineno },
            );
            *e.traceback.borrow_mut() = Some(tb);
        }
    }

    /// Refresh `f_lineno`/`f_lasti` of a frame object whose frame is still
    /// executing on this thread's stack (a captured frame's line advances).
    pub fn refresh_frame_object(&self, fobj: &PyObjectRef) {
        let frames = self.frames.borrow();
        for p in frames.iter().rev() {
            // SAFETY: frames on the VM's stack are alive while they execute.
            let f = unsafe { &**p };
            if f.frame_obj.as_ref().map_or(false, |o| o.is(fobj)) {
                if let Payload::Frame(fo) = &fobj.payload {
                    fo.lineno.set(f.lineno());
                    fo.lasti.set(f.lasti as u32);
                }
                return;
            }
        }
    }

    /// The Python frame object of an executing frame (created on demand).
    pub fn frame_object(&self, frame: &mut Frame) -> PyObjectRef {
        let lineno = frame.lineno();
        if let Some(f) = &frame.frame_obj {
            if let Payload::Frame(fo) = &f.payload {
                fo.lineno.set(lineno);
                fo.lasti.set(frame.lasti as u32);
            }
            return f.clone();
        }
        // Find the caller (the frame below this one on the stack).
        let back = {
            let frames = self.frames.borrow();
            let pos = frames.iter().rposition(|p| std::ptr::eq(*p, frame as *mut Frame));
            match pos {
                Some(i) if i > 0 => Some(frames[i - 1]),
                _ => None,
            }
        };
        let back_obj = back.map(|p| {
            // SAFETY: frames on the VM's stack are alive while they execute,
            // and this frame (above them) is executing.
            let bf = unsafe { &mut *p };
            self.frame_object(bf)
        });
        let f = PyObjectRef::new(
            self.ctx.types.frame_type.clone(),
            Payload::Frame(Box::new(crate::types::frame::PyFrameObject {
                code: frame.code.clone(),
                globals: frame.globals.clone(),
                locals: RefCell::new(frame.locals.clone()),
                back: RefCell::new(back_obj),
                lineno: std::cell::Cell::new(lineno),
                lasti: std::cell::Cell::new(frame.lasti as u32),
            })),
        );
        frame.frame_obj = Some(f.clone());
        f
    }

    /// `sys._getframe(depth)`.
    pub fn get_frame(&self, depth: usize) -> Option<PyObjectRef> {
        let p = {
            let frames = self.frames.borrow();
            let n = frames.len();
            if depth >= n {
                return None;
            }
            frames[n - 1 - depth]
        };
        // SAFETY: the frame is on the VM's stack, hence alive.
        let f = unsafe { &mut *p };
        let fo = self.frame_object(f);
        // Refresh the locals snapshot for function frames.
        if f.locals.is_none() {
            let d = self.fast_locals_dict(f);
            if let Payload::Frame(x) = &fo.payload {
                *x.locals.borrow_mut() = Some(d);
            }
        }
        Some(fo)
    }

    /// A dict of a function frame's locals (for `locals()`/`f_locals`).
    pub fn fast_locals_dict(&self, f: &Frame) -> PyObjectRef {
        let d = self.new_dict();
        let code = f.pycode();
        if let Payload::Dict(dd) = &d.payload {
            for (i, name) in code.varnames.iter().enumerate() {
                if let Some(Some(v)) = f.fastlocals.get(i) {
                    let _ = dd.set_item(self, name.clone(), v.clone());
                }
            }
            let ncell = code.code.cellvars.len();
            for (i, name) in code.code.cellvars.iter().chain(code.code.freevars.iter()).enumerate() {
                if let Some(c) = f.cells.get(i) {
                    if let Payload::Cell(cv) = &c.payload {
                        if let Some(v) = cv.borrow().clone() {
                            if i >= ncell && f.locals.is_some() {
                                continue;
                            }
                            dd.set_str(self, name, v);
                        }
                    }
                }
            }
        }
        d
    }

    /// The innermost executing frame's globals.
    pub fn current_globals(&self) -> Option<PyObjectRef> {
        let frames = self.frames.borrow();
        // SAFETY: frames on the stack are alive.
        frames.last().map(|p| unsafe { (**p).globals.clone() })
    }

    /// The innermost executing frame (mutable access for `locals()`).
    pub fn with_current_frame<R>(&self, f: impl FnOnce(&mut Frame) -> R) -> Option<R> {
        let p = *self.frames.borrow().last()?;
        // SAFETY: the innermost frame is alive and not otherwise borrowed
        // while a native function it called runs.
        Some(f(unsafe { &mut *p }))
    }
}
