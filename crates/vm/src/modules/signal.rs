//! `_signal`: installing handlers, running Python handlers in the main
//! thread between instructions, `alarm`, `pause`, `default_int_handler`.
//! Mirrors `Modules/signalmodule.c`. The `signal` module proper (enums) is
//! Python code on top of this.

use crate::object::PyObjectRef;
use crate::types::function::Args;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::sync::atomic::Ordering;

const NSIG: usize = 65;

struct Handlers(RefCell<Vec<Option<PyObjectRef>>>);
// SAFETY: only touched with the GIL held.
unsafe impl Sync for Handlers {}
unsafe impl Send for Handlers {}
static HANDLERS: std::sync::OnceLock<Handlers> = std::sync::OnceLock::new();

fn handlers() -> &'static Handlers {
    HANDLERS.get_or_init(|| Handlers(RefCell::new(vec![None; NSIG])))
}

/// The interpreter's main thread (not necessarily the process's first
/// thread): signals the kernel delivers elsewhere are forwarded to it so that
/// its blocking calls (`pause`, `sleep`, `select`) return with EINTR.
/// (A forked child, whose pid differs, has a single thread: no forwarding.)
static MAIN_PTHREAD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static MAIN_PID: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// `set_wakeup_fd`: the handler writes the signal number (one byte) here.
static WAKEUP_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

extern "C" fn c_handler(signum: libc::c_int) {
    crate::gil::note_signal(signum);
    let wfd = WAKEUP_FD.load(Ordering::Relaxed);
    if wfd >= 0 {
        let b = [signum as u8];
        // SAFETY: write is async-signal-safe; errno is preserved.
        unsafe {
            let saved = *libc::__errno_location();
            libc::write(wfd, b.as_ptr() as *const libc::c_void, 1);
            *libc::__errno_location() = saved;
        }
    }
    let main = MAIN_PTHREAD.load(Ordering::Relaxed);
    // SAFETY: pthread_self/pthread_kill are async-signal-safe; errno is preserved.
    unsafe {
        if main != 0 && libc::pthread_self() as usize != main && libc::getpid() == MAIN_PID.load(Ordering::Relaxed) {
            let saved = *libc::__errno_location();
            libc::pthread_kill(main as libc::pthread_t, signum);
            *libc::__errno_location() = saved;
        }
    }
}

fn install_c_handler(signum: i32) -> bool {
    // SAFETY: installing an async-signal-safe handler (it only stores atomics).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = c_handler as usize;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(signum, &sa, std::ptr::null_mut()) == 0
    }
}

fn set_disposition(signum: i32, disp: libc::sighandler_t) -> bool {
    // SAFETY: SIG_DFL/SIG_IGN are valid dispositions.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = disp;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(signum, &sa, std::ptr::null_mut()) == 0
    }
}

/// At start-up: SIGINT raises KeyboardInterrupt, SIGPIPE is ignored (as CPython).
pub fn install_defaults(vm: &Vm) {
    // SAFETY: pthread_self has no preconditions.
    MAIN_PTHREAD.store(unsafe { libc::pthread_self() } as usize, Ordering::Relaxed);
    // SAFETY: getpid has no preconditions.
    MAIN_PID.store(unsafe { libc::getpid() }, Ordering::Relaxed);
    let dih = vm.new_native_function("default_int_handler", default_int_handler, Some("_signal"));
    handlers().0.borrow_mut()[libc::SIGINT as usize] = Some(dih);
    install_c_handler(libc::SIGINT);
    set_disposition(libc::SIGPIPE, libc::SIG_IGN);
    set_disposition(libc::SIGXFSZ, libc::SIG_IGN);
}

/// Block asynchronous signals in the calling thread (the launcher thread
/// that only waits for the interpreter thread), so that the kernel delivers
/// process-directed signals to the interpreter.
pub fn block_async_signals() {
    // SAFETY: plain signal-mask manipulation of the calling thread.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGTRAP, libc::SIGABRT] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn default_int_handler(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_exception(&vm.ctx.exc.keyboard_interrupt, vec![]))
}

/// Run the Python handlers of pending signals (main thread, GIL held).
pub fn run_pending_handlers(vm: &Vm) -> PyResult<()> {
    crate::gil::clear_signal_pending();
    for sig in 1..NSIG {
        if crate::gil::PENDING_SIGNALS[sig].swap(false, Ordering::Relaxed) {
            let h = handlers().0.borrow().get(sig).cloned().flatten();
            if let Some(h) = h {
                if vm.callable(&h) {
                    let frame = vm.get_frame(0).unwrap_or_else(|| vm.none());
                    if let Err(e) = vm.call(&h, &[vm.new_int(sig as i64), frame]) {
                        // Leave the other pending signals for the next check.
                        return Err(e);
                    }
                }
            }
        }
    }
    Ok(())
}

fn signal_fn(vm: &Vm, args: Args) -> PyResult {
    let [sig, handler] = args.exact::<2>(vm, "signal")?;
    let signum = vm.index_i64(sig)?;
    if signum < 1 || signum as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    if vm.thread_id != crate::gil::MAIN_THREAD.load(Ordering::Relaxed) {
        return Err(vm.new_value_error("signal only works in main thread of the main interpreter"));
    }
    let s = signum as i32;
    let old = handlers().0.borrow().get(signum as usize).cloned().flatten();
    let old = match old {
        Some(o) => o,
        None => vm.new_int(current_disposition(s)),
    };
    if let crate::object::Payload::Int(i) = &handler.payload {
        let v = i.as_i64().unwrap_or(-1);
        if v == 0 || v == 1 {
            if s == libc::SIGKILL || s == libc::SIGSTOP || !set_disposition(s, if v == 0 { libc::SIG_DFL } else { libc::SIG_IGN }) {
                return Err(crate::exceptions::os_error_from_errno(vm, libc::EINVAL, None, None));
            }
            handlers().0.borrow_mut()[signum as usize] = Some(handler.clone());
            return Ok(old);
        }
    }
    if !vm.callable(handler) {
        return Err(vm.new_type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
    }
    if s == libc::SIGKILL || s == libc::SIGSTOP || !install_c_handler(s) {
        return Err(crate::exceptions::os_error_from_errno(vm, libc::EINVAL, None, None));
    }
    handlers().0.borrow_mut()[signum as usize] = Some(handler.clone());
    Ok(old)
}

fn current_disposition(s: i32) -> i64 {
    // SAFETY: querying the current disposition.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        libc::sigaction(s, std::ptr::null(), &mut sa);
        if sa.sa_sigaction == libc::SIG_IGN { 1 } else { 0 }
    }
}

fn getsignal(vm: &Vm, args: Args) -> PyResult {
    let [sig] = args.exact::<1>(vm, "getsignal")?;
    let signum = vm.index_i64(sig)?;
    if signum < 1 || signum as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    let h = handlers().0.borrow().get(signum as usize).cloned().flatten();
    Ok(h.unwrap_or_else(|| vm.new_int(current_disposition(signum as i32))))
}

fn alarm(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "alarm")?;
    let secs = vm.index_i64(n)?;
    // SAFETY: alarm has no memory preconditions.
    Ok(vm.new_int(unsafe { libc::alarm(secs.max(0) as u32) } as i64))
}

fn pause(vm: &Vm, _args: Args) -> PyResult {
    crate::gil::allow_threads(|| {
        // SAFETY: pause blocks until a signal arrives.
        unsafe { libc::pause() };
    });
    run_pending_handlers(vm)?;
    Ok(vm.none())
}

fn raise_signal(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "raise_signal")?;
    let s = vm.index_i64(n)? as i32;
    // SAFETY: raising a signal in this process.
    if unsafe { libc::raise(s) } != 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    crate::gil::check_signals(vm)?;
    Ok(vm.none())
}

fn strsignal(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "strsignal")?;
    let s = vm.index_i64(n)? as i32;
    // SAFETY: strsignal returns a static or thread-local string.
    let p = unsafe { libc::strsignal(s) };
    if p.is_null() {
        return Ok(vm.none());
    }
    // SAFETY: p is a valid C string.
    Ok(vm.new_string(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

fn setitimer(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "setitimer", 2, 3)?;
    let which = vm.index_i64(&pos[0])? as i32;
    let secs = crate::types::float::to_f64(vm, &pos[1])?;
    let interval = match pos.get(2) {
        Some(i) => crate::types::float::to_f64(vm, i)?,
        None => 0.0,
    };
    let tv = |f: f64| libc::timeval { tv_sec: f.trunc() as libc::time_t, tv_usec: ((f.fract()) * 1e6) as libc::suseconds_t };
    let new = libc::itimerval { it_interval: tv(interval), it_value: tv(secs) };
    // SAFETY: valid itimerval structures.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    extern "C" {
        fn setitimer(which: libc::c_int, new: *const libc::itimerval, old: *mut libc::itimerval) -> libc::c_int;
    }
    if unsafe { setitimer(which, &new, &mut old) } != 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    let f = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(vm.new_tuple(vec![vm.new_float(f(old.it_value)), vm.new_float(f(old.it_interval))]))
}

fn set_attr_int(vm: &Vm, m: &PyObjectRef, k: &str, v: i64) {
    crate::modules::sys::set_attr(vm, m, k, vm.new_int(v));
}

fn sig_range_err(vm: &Vm, n: i64) -> crate::vm::PyErr {
    vm.new_value_error(format!("signal number {} out of range [1; {}]", n, NSIG - 1))
}

fn sigset_from(vm: &Vm, o: &PyObjectRef) -> PyResult<libc::sigset_t> {
    // SAFETY: sigset_t is plain data initialised by sigemptyset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for it in vm.collect(o)? {
        let n = vm.index_i64(&it)?;
        if n < 1 || n as usize >= NSIG {
            return Err(sig_range_err(vm, n));
        }
        // SAFETY: n is a valid signal number.
        unsafe { libc::sigaddset(&mut set, n as i32) };
    }
    Ok(set)
}

fn sigset_to(vm: &Vm, set: &libc::sigset_t) -> PyObjectRef {
    let s = vm.new_set();
    for n in 1..NSIG as i32 {
        // SAFETY: reading a valid sigset.
        if unsafe { libc::sigismember(set, n) } == 1 {
            let _ = vm.call_method(&s, "add", &[vm.new_int(n as i64)]);
        }
    }
    s
}

fn pthread_sigmask(vm: &Vm, args: Args) -> PyResult {
    let [how, mask] = args.exact::<2>(vm, "pthread_sigmask")?;
    let how = vm.index_i64(how)? as i32;
    let set = sigset_from(vm, mask)?;
    // SAFETY: valid sigsets.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if r != 0 {
        return Err(crate::exceptions::os_error_from_errno(vm, r, None, None));
    }
    crate::gil::check_signals(vm)?;
    Ok(sigset_to(vm, &old))
}

fn sigpending(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "sigpending")?;
    // SAFETY: valid sigset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    Ok(sigset_to(vm, &set))
}

fn sigwait(vm: &Vm, args: Args) -> PyResult {
    let [sigs] = args.exact::<1>(vm, "sigwait")?;
    let set = sigset_from(vm, sigs)?;
    let mut sig: libc::c_int = 0;
    let sp = &mut sig as *mut libc::c_int as usize;
    let r = crate::gil::allow_threads(|| {
        // SAFETY: set and sp are valid for the call.
        unsafe { libc::sigwait(&set, sp as *mut libc::c_int) }
    });
    if r != 0 {
        return Err(crate::exceptions::os_error_from_errno(vm, r, None, None));
    }
    Ok(vm.new_int(sig as i64))
}

fn siginterrupt(vm: &Vm, args: Args) -> PyResult {
    let [sig, flag] = args.exact::<2>(vm, "siginterrupt")?;
    let n = vm.index_i64(sig)?;
    if n < 1 || n as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    let _ = vm.index_i64(flag)?;
    // Our handlers never use SA_RESTART: system calls are always interrupted
    // and retried by the callers after running the Python handlers (PEP 475).
    Ok(vm.none())
}

fn set_wakeup_fd(vm: &Vm, args: Args) -> PyResult {
    let [fd, _warn] = args.bind(vm, &crate::types::function::Sig { name: "set_wakeup_fd", names: ["fd", "warn_on_full_buffer"], posonly: 1, required: 1, kwonly_from: 1 })?;
    let fd = vm.index_i64(fd.as_ref().unwrap())?;
    if vm.thread_id != crate::gil::MAIN_THREAD.load(Ordering::Relaxed) {
        return Err(vm.new_value_error("set_wakeup_fd only works in main thread of the main interpreter"));
    }
    if fd != -1 {
        if fd < 0 || fd > i32::MAX as i64 {
            return Err(crate::exceptions::os_error_from_errno(vm, libc::EBADF, None, None));
        }
        // SAFETY: F_GETFL on an arbitrary descriptor is harmless.
        let fl = unsafe { libc::fcntl(fd as i32, libc::F_GETFL) };
        if fl < 0 {
            return Err(crate::exceptions::last_os_error(vm, None));
        }
        if fl & libc::O_NONBLOCK == 0 {
            return Err(vm.new_value_error(format!("the fd {} must be in non-blocking mode", fd)));
        }
    }
    let old = WAKEUP_FD.swap(fd as i32, Ordering::Relaxed);
    Ok(vm.new_int(old as i64))
}

fn getitimer(vm: &Vm, args: Args) -> PyResult {
    let [which] = args.exact::<1>(vm, "getitimer")?;
    let which = vm.index_i64(which)? as i32;
    extern "C" {
        fn getitimer(which: libc::c_int, cur: *mut libc::itimerval) -> libc::c_int;
    }
    // SAFETY: valid itimerval.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { getitimer(which, &mut cur) } != 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    let f = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(vm.new_tuple(vec![vm.new_float(f(cur.it_value)), vm.new_float(f(cur.it_interval))]))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_signal", None);
    crate::modules::sys::add_functions(vm, &m, "_signal", &[
        ("signal", signal_fn), ("getsignal", getsignal), ("alarm", alarm), ("pause", pause), ("raise_signal", raise_signal),
        ("strsignal", strsignal), ("setitimer", setitimer), ("default_int_handler", default_int_handler),
        ("pthread_sigmask", pthread_sigmask), ("sigpending", sigpending), ("sigwait", sigwait),
        ("siginterrupt", siginterrupt), ("set_wakeup_fd", set_wakeup_fd), ("getitimer", getitimer),
    ]);
    set_attr_int(vm, &m, "SIG_BLOCK", libc::SIG_BLOCK as i64);
    set_attr_int(vm, &m, "SIG_UNBLOCK", libc::SIG_UNBLOCK as i64);
    set_attr_int(vm, &m, "SIG_SETMASK", libc::SIG_SETMASK as i64);
    let set = |k: &str, v: i64| crate::modules::sys::set_attr(vm, &m, k, vm.new_int(v));
    set("SIG_DFL", 0);
    set("SIG_IGN", 1);
    set("NSIG", NSIG as i64);
    set("ITIMER_REAL", libc::ITIMER_REAL as i64);
    set("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64);
    set("ITIMER_PROF", libc::ITIMER_PROF as i64);
    for (name, v) in [("SIGHUP", libc::SIGHUP), ("SIGINT", libc::SIGINT), ("SIGQUIT", libc::SIGQUIT), ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP), ("SIGABRT", libc::SIGABRT), ("SIGIOT", libc::SIGIOT), ("SIGBUS", libc::SIGBUS), ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL), ("SIGUSR1", libc::SIGUSR1), ("SIGSEGV", libc::SIGSEGV), ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE), ("SIGALRM", libc::SIGALRM), ("SIGTERM", libc::SIGTERM), ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT), ("SIGSTOP", libc::SIGSTOP), ("SIGTSTP", libc::SIGTSTP), ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU), ("SIGURG", libc::SIGURG), ("SIGXCPU", libc::SIGXCPU), ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM), ("SIGPROF", libc::SIGPROF), ("SIGWINCH", libc::SIGWINCH), ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL), ("SIGPWR", libc::SIGPWR), ("SIGSYS", libc::SIGSYS), ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX())] {
        set(name, v as i64);
    }
    Ok(m)
}
