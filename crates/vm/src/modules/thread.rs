//! `_thread`: OS threads running Python code under the GIL, locks and
//! reentrant locks whose waits release the GIL and let signal handlers run
//! in the main thread. Mirrors `Modules/_threadmodule.c`.

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::vm::{add_method, add_methods, new_static_type, PyResult, Vm};
use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

pub const TIMEOUT_MAX: f64 = 9223372036.0;
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
static RUNNING: AtomicUsize = AtomicUsize::new(0);
pub const DEFAULT_STACK: usize = 64 * 1024 * 1024;

/// A plain mutex-like lock usable across threads (GIL released while waiting).
pub struct RawLock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl RawLock {
    pub fn new() -> RawLock {
        RawLock { locked: Mutex::new(false), cond: Condvar::new() }
    }
    fn guard(&self) -> std::sync::MutexGuard<'_, bool> {
        match self.locked.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
    pub fn try_acquire(&self) -> bool {
        let mut g = self.guard();
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }
    /// Wait up to `deadline` (None = forever) or until `stop` says so; true if acquired.
    fn acquire_until(&self, deadline: Option<Instant>, stop: &dyn Fn() -> bool) -> bool {
        let mut g = self.guard();
        loop {
            if !*g {
                *g = true;
                return true;
            }
            if stop() {
                return false;
            }
            let slice = Duration::from_millis(20);
            let wait = match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return false;
                    }
                    (d - now).min(slice)
                }
                None => slice,
            };
            g = match self.cond.wait_timeout(g, wait) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }
    pub fn release(&self) -> bool {
        let mut g = self.guard();
        if !*g {
            return false;
        }
        *g = false;
        drop(g);
        self.cond.notify_one();
        true
    }
    pub fn is_locked(&self) -> bool {
        *self.guard()
    }
}

impl Default for RawLock {
    fn default() -> Self {
        Self::new()
    }
}

/// Acquire with Python semantics: GIL released, signals handled in the
/// main thread, timeout in seconds (negative = forever).
pub fn acquire_lock(vm: &Vm, lock: &RawLock, blocking: bool, timeout: f64) -> PyResult<bool> {
    if lock.try_acquire() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let deadline = if timeout < 0.0 { None } else { Some(Instant::now() + Duration::from_secs_f64(timeout)) };
    loop {
        let got = crate::gil::allow_threads(|| {
            let check_sig = || crate::gil::signal_pending_for(vm);
            lock.acquire_until(deadline, &check_sig)
        });
        if got {
            return Ok(true);
        }
        if crate::gil::signal_pending_for(vm) {
            crate::gil::check_signals(vm)?;
            continue;
        }
        return Ok(false);
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` with CPython's errors.
pub fn parse_acquire_args(vm: &Vm, args: &Args) -> PyResult<(bool, f64)> {
    let [blocking, timeout] = args.shift().bind(vm, &Sig { name: "acquire", names: ["blocking", "timeout"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let blocking = match blocking {
        Some(b) => vm.is_true(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => crate::types::float::to_f64(vm, &t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.new_value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    Ok((blocking, timeout))
}

pub struct PyLock {
    pub raw: Arc<RawLock>,
}
impl NativePayload for PyLock {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct PyRLock {
    raw: RawLock,
    owner: std::cell::Cell<u64>,
    count: std::cell::Cell<u64>,
}
impl NativePayload for PyRLock {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static LOCK_TYPE: OnceLock<PyObjectRef> = OnceLock::new();
static RLOCK_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

pub fn lock_type(vm: &Vm) -> PyObjectRef {
    LOCK_TYPE.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "lock", vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Special, false);
        if let Some(tt) = crate::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "__module__", vm.new_str("_thread"));
        }
        add_method(vm, &t, "__new__", lock_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[
            ("acquire", lock_acquire), ("acquire_lock", lock_acquire), ("release", lock_release), ("release_lock", lock_release),
            ("locked", lock_locked), ("locked_lock", lock_locked), ("__enter__", lock_acquire), ("__exit__", lock_exit),
            ("__repr__", lock_repr), ("_at_fork_reinit", lock_reinit),
        ]);
        t
    }).clone()
}

pub fn rlock_type(vm: &Vm) -> PyObjectRef {
    RLOCK_TYPE.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "RLock", vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Special, true);
        if let Some(tt) = crate::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "__module__", vm.new_str("_thread"));
        }
        add_method(vm, &t, "__new__", rlock_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[
            ("acquire", rlock_acquire), ("release", rlock_release), ("__enter__", rlock_acquire), ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned), ("_release_save", rlock_release_save), ("_acquire_restore", rlock_acquire_restore),
            ("__repr__", rlock_repr), ("_at_fork_reinit", lock_reinit),
        ]);
        t
    }).clone()
}

pub fn new_lock(vm: &Vm) -> PyObjectRef {
    PyObjectRef::new(lock_type(vm), Payload::Native(Box::new(PyLock { raw: Arc::new(RawLock::new()) })))
}

fn lock_of<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyLock> {
    o.payload.native::<PyLock>().ok_or_else(|| vm.new_type_error("expected a lock"))
}

fn lock_new(vm: &Vm, _args: Args) -> PyResult {
    Ok(new_lock(vm))
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult {
    let l = lock_of(vm, &args.args[0])?;
    let (blocking, timeout) = parse_acquire_args(vm, &args)?;
    let raw = l.raw.clone();
    Ok(vm.new_bool(acquire_lock(vm, &raw, blocking, timeout)?))
}

fn lock_release(vm: &Vm, args: Args) -> PyResult {
    let l = lock_of(vm, &args.args[0])?;
    if !l.raw.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult {
    lock_release(vm, Args::new(&args.args[..1]))
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bool(lock_of(vm, &args.args[0])?.raw.is_locked()))
}

/// `_at_fork_reinit()`: in a forked child, the threads that held locks are
/// gone; reset the lock to unlocked (an RLock also forgets its owner).
fn lock_reinit(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if let Some(l) = o.payload.native::<PyLock>() {
        *l.raw.guard() = false;
    } else if let Some(r) = o.payload.native::<PyRLock>() {
        *r.raw.guard() = false;
        r.owner.set(0);
        r.count.set(0);
    }
    Ok(vm.none())
}

fn lock_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let l = lock_of(vm, o)?;
    Ok(vm.new_string(format!("<{} _thread.lock object at {:#x}>", if l.raw.is_locked() { "locked" } else { "unlocked" }, o.id())))
}

fn rlock_of<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyRLock> {
    o.payload.native::<PyRLock>().ok_or_else(|| vm.new_type_error("expected an RLock"))
}

fn rlock_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Native(Box::new(PyRLock {
        raw: RawLock::new(), owner: std::cell::Cell::new(0), count: std::cell::Cell::new(0),
    }))))
}

fn rlock_acquire(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_of(vm, &args.args[0])?;
    let me = crate::gil::get_ident();
    if r.count.get() > 0 && r.owner.get() == me {
        r.count.set(r.count.get() + 1);
        return Ok(vm.new_bool(true));
    }
    let (blocking, timeout) = parse_acquire_args(vm, &args)?;
    if !acquire_lock(vm, &r.raw, blocking, timeout)? {
        return Ok(vm.new_bool(false));
    }
    r.owner.set(me);
    r.count.set(1);
    Ok(vm.new_bool(true))
}

fn rlock_release(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_of(vm, &args.args[0])?;
    let me = crate::gil::get_ident();
    if r.count.get() == 0 || r.owner.get() != me {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let c = r.count.get() - 1;
    r.count.set(c);
    if c == 0 {
        r.owner.set(0);
        r.raw.release();
    }
    Ok(vm.none())
}

fn rlock_exit(vm: &Vm, args: Args) -> PyResult {
    rlock_release(vm, Args::new(&args.args[..1]))
}

fn rlock_is_owned(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_of(vm, &args.args[0])?;
    Ok(vm.new_bool(r.count.get() > 0 && r.owner.get() == crate::gil::get_ident()))
}

fn rlock_release_save(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_of(vm, &args.args[0])?;
    if r.count.get() == 0 {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let state = vm.new_tuple(vec![vm.new_int(r.count.get() as i64), vm.new_int(r.owner.get() as i64)]);
    r.count.set(0);
    r.owner.set(0);
    r.raw.release();
    Ok(state)
}

fn rlock_acquire_restore(vm: &Vm, args: Args) -> PyResult {
    let [o, state] = args.exact::<2>(vm, "_acquire_restore")?;
    let r = rlock_of(vm, o)?;
    acquire_lock(vm, &r.raw, true, -1.0)?;
    let items = vm.collect(state)?;
    if items.len() == 2 {
        r.count.set(vm.index_i64(&items[0])? as u64);
        let owner = vm.index_value(&items[1])?;
        r.owner.set(owner.to_big().to_string().parse::<u64>().unwrap_or(0));
    }
    Ok(vm.none())
}

fn rlock_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let r = rlock_of(vm, o)?;
    let cls = crate::types::type_::as_type(&o.class()).map(|t| {
        let m = t.dict().get_str("__module__").map(|m| crate::vm::str_of(&m).to_string()).unwrap_or_default();
        format!("{}.{}", m, t.qualname.borrow())
    }).unwrap_or_default();
    Ok(vm.new_string(format!("<{} {} object owner={} count={} at {:#x}>",
        if r.count.get() > 0 { "locked" } else { "unlocked" }, cls, r.owner.get(), r.count.get(), o.id())))
}

// ---- threads ----

fn start_new_thread(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "start_new_thread", 2, 3)?;
    let func = pos[0].clone();
    if !vm.callable(&func) {
        return Err(vm.new_type_error("first arg must be callable"));
    }
    let fargs = pos[1].clone();
    if !matches!(fargs.payload, Payload::Tuple(_)) {
        return Err(vm.new_type_error("2nd arg must be a tuple"));
    }
    let kwargs = pos.get(2).cloned().filter(|k| !vm.is_none(k));
    if let Some(k) = &kwargs {
        if !matches!(k.payload, Payload::Dict(_)) {
            return Err(vm.new_type_error("optional 3rd arg must be a dictionary"));
        }
    }
    Ok(vm.new_int(spawn(vm, func, fargs, kwargs)? as i64))
}

struct SendBox(PyObjectRef, PyObjectRef, Option<PyObjectRef>);
// SAFETY: the objects are only touched by the new thread after it acquires the GIL.
unsafe impl Send for SendBox {}

/// Start an OS thread running `func(*args, **kwargs)`; returns its ident.
pub fn spawn(vm: &Vm, func: PyObjectRef, args: PyObjectRef, kwargs: Option<PyObjectRef>) -> PyResult<u64> {
    let size = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        s => s.max(DEFAULT_STACK),
    };
    crate::gil::THREAD_COUNT.fetch_add(1, Ordering::SeqCst);
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let payload = SendBox(func, args, kwargs);
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    let r = std::thread::Builder::new().stack_size(size).spawn(move || {
        let _ = tx.send(crate::gil::get_ident());
        crate::gil::acquire();
        let tvm = Vm::new_thread_state(size);
        tvm.enter();
        let SendBox(func, args, kwargs) = payload;
        let items: Vec<PyObjectRef> = match &args.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => vec![],
        };
        let result = match &kwargs {
            Some(k) => match &k.payload {
                Payload::Dict(d) => {
                    let pairs = d.items();
                    let kw: Vec<(String, PyObjectRef)> = pairs.iter().map(|(n, v)| (crate::vm::str_of(n).to_string(), v.clone())).collect();
                    let kwr: Vec<(&str, PyObjectRef)> = kw.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
                    tvm.call_kw(&func, &items, &kwr)
                }
                _ => tvm.call(&func, &items),
            },
            None => tvm.call(&func, &items),
        };
        if let Err(e) = result {
            if !tvm.err_matches(&e, &tvm.ctx.exc.system_exit) {
                crate::modules::excepthook::write_stderr(&tvm, &format!("Exception ignored in thread started by: {}\n", tvm.repr(&func).unwrap_or_default()));
                crate::modules::excepthook::print_exception_to_stderr(&tvm, &e.0);
            }
        }
        drop(func);
        drop(args);
        drop(kwargs);
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        crate::gil::release();
    });
    match r {
        Ok(_) => Ok(crate::gil::allow_threads(|| rx.recv().unwrap_or(0))),
        Err(e) => {
            crate::gil::THREAD_COUNT.fetch_sub(1, Ordering::SeqCst);
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            Err(vm.new_runtime_error(format!("can't start new thread: {}", e)))
        }
    }
}

fn get_ident(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(crate::gil::get_ident() as i64))
}

fn get_native_id(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(crate::gil::get_native_id() as i64))
}

fn allocate_lock(vm: &Vm, _args: Args) -> PyResult {
    Ok(new_lock(vm))
}

fn interrupt_main(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "interrupt_main", 0, 1)?;
    let sig = match pos.first() {
        Some(s) => vm.index_i64(s)? as i32,
        None => libc::SIGINT,
    };
    crate::gil::note_signal(sig);
    Ok(vm.none())
}

fn stack_size(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(s) = pos.first() {
        let n = vm.index_i64(s)?;
        if n != 0 && n < 32768 {
            return Err(vm.new_value_error("size not valid: 32768 bytes"));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(vm.new_int(old as i64))
}

fn count(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn exit_thread(vm: &Vm, _args: Args) -> PyResult {
    Err(crate::vm::PyErr(vm.call(&vm.ctx.exc.system_exit, &[])?))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_thread", Some("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
    crate::modules::sys::add_functions(vm, &m, "_thread", &[
        ("start_new_thread", start_new_thread), ("start_new", start_new_thread), ("get_ident", get_ident),
        ("get_native_id", get_native_id), ("allocate_lock", allocate_lock), ("allocate", allocate_lock),
        ("interrupt_main", interrupt_main), ("stack_size", stack_size), ("_count", count), ("exit", exit_thread),
        ("exit_thread", exit_thread),
    ]);
    let set = |k: &str, v: PyObjectRef| crate::modules::sys::set_attr(vm, &m, k, v);
    set("LockType", lock_type(vm));
    set("RLock", rlock_type(vm));
    set("TIMEOUT_MAX", vm.new_float(TIMEOUT_MAX));
    set("error", vm.ctx.exc.runtime_error.clone());
    Ok(m)
}
