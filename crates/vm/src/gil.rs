//! The global interpreter lock, the "eval breaker" flag that makes the
//! running thread look up, forced switching after `sys.getswitchinterval()`,
//! and signal delivery to the main thread. Mirrors `Python/ceval_gil.c`.
//!
//! Protocol: a thread runs Python code only while it holds the GIL. A thread
//! that waits longer than the switch interval sets `DROP_REQUEST`; the holder
//! sees `EVAL_BREAKER` at its next check (backward jumps and calls), releases
//! the GIL and waits until another thread has taken it. Blocking operations
//! release the GIL with `allow_threads`.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Set when the running thread must stop at its next check.
pub static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// Set by the C signal handler; signals are handled in the main thread.
pub static SIGNAL_PENDING: AtomicBool = AtomicBool::new(false);
pub static PENDING_SIGNALS: [AtomicBool; 65] = [const { AtomicBool::new(false) }; 65];
/// Pending asynchronous exception requests (e.g. `_thread.interrupt_main`).
pub static INTERRUPT_MAIN: AtomicBool = AtomicBool::new(false);
static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);
pub static MAIN_THREAD: AtomicU64 = AtomicU64::new(0);
/// Switch interval in microseconds.
pub static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
pub static THREAD_COUNT: AtomicUsize = AtomicUsize::new(0);

struct State {
    locked: bool,
    holder: u64,
    switch_number: u64,
}

static GIL: Mutex<State> = Mutex::new(State { locked: false, holder: 0, switch_number: 0 });
static GIL_COND: Condvar = Condvar::new();
static SWITCH_COND: Condvar = Condvar::new();

thread_local! {
    static THREAD_ID: u64 = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
}

/// A small unique id of the current OS thread (not `get_ident`).
pub fn current_thread_id() -> u64 {
    THREAD_ID.with(|t| *t)
}

/// `threading.get_ident()`: the pthread id, as CPython returns.
pub fn get_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

pub fn get_native_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::syscall(libc::SYS_gettid) as u64 }
}

fn recompute_breaker() {
    let b = DROP_REQUEST.load(Ordering::Relaxed) || SIGNAL_PENDING.load(Ordering::Relaxed) || INTERRUPT_MAIN.load(Ordering::Relaxed);
    EVAL_BREAKER.store(b, Ordering::Release);
}

fn lock_state() -> std::sync::MutexGuard<'static, State> {
    match GIL.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Take the GIL (blocking).
pub fn acquire() {
    let me = current_thread_id();
    let mut st = lock_state();
    while st.locked {
        let seen = st.switch_number;
        let interval = Duration::from_micros(SWITCH_INTERVAL_US.load(Ordering::Relaxed).max(1));
        let (g, to) = match GIL_COND.wait_timeout(st, interval) {
            Ok(r) => r,
            Err(p) => p.into_inner(),
        };
        st = g;
        if to.timed_out() && st.locked && st.switch_number == seen {
            DROP_REQUEST.store(true, Ordering::Relaxed);
            recompute_breaker();
        }
    }
    st.locked = true;
    st.holder = me;
    st.switch_number = st.switch_number.wrapping_add(1);
    DROP_REQUEST.store(false, Ordering::Relaxed);
    recompute_breaker();
    drop(st);
    SWITCH_COND.notify_all();
}

/// Give the GIL up.
pub fn release() {
    let mut st = lock_state();
    st.locked = false;
    st.holder = 0;
    drop(st);
    GIL_COND.notify_one();
}

/// Run `f` (which must not touch Python objects) without the GIL.
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    if THREAD_COUNT.load(Ordering::Relaxed) == 0 {
        // Single-threaded: nobody can take the GIL; skip the hand-off.
        return f();
    }
    release();
    let r = f();
    acquire();
    r
}

/// Yield the GIL to a waiting thread and wait until one has taken it.
fn forced_switch() {
    let me = current_thread_id();
    let mut st = lock_state();
    if !st.locked || st.holder != me {
        return;
    }
    let seen = st.switch_number;
    st.locked = false;
    st.holder = 0;
    GIL_COND.notify_one();
    // Wait (briefly) until another thread has taken the GIL.
    let deadline = std::time::Instant::now() + Duration::from_millis(50);
    while st.switch_number == seen {
        let now = std::time::Instant::now();
        if now >= deadline {
            break;
        }
        let (g, _) = match SWITCH_COND.wait_timeout(st, deadline - now) {
            Ok(r) => r,
            Err(p) => p.into_inner(),
        };
        st = g;
    }
    drop(st);
    acquire();
}

/// Handle what set the eval breaker: GIL drop requests, signals, interrupts.
pub fn handle_eval_breaker(vm: &Vm) -> PyResult<()> {
    if DROP_REQUEST.load(Ordering::Relaxed) {
        forced_switch();
    }
    if vm.thread_id == MAIN_THREAD.load(Ordering::Relaxed) {
        if SIGNAL_PENDING.load(Ordering::Relaxed) {
            crate::modules::signal::run_pending_handlers(vm)?;
        }
        if INTERRUPT_MAIN.swap(false, Ordering::Relaxed) {
            recompute_breaker();
            return Err(vm.new_exception(&vm.ctx.exc.keyboard_interrupt, vec![]));
        }
    }
    recompute_breaker();
    Ok(())
}

/// Mark a signal pending (async-signal-safe).
pub fn note_signal(signum: i32) {
    if (0..65).contains(&signum) {
        PENDING_SIGNALS[signum as usize].store(true, Ordering::Relaxed);
    }
    SIGNAL_PENDING.store(true, Ordering::Relaxed);
    EVAL_BREAKER.store(true, Ordering::Release);
}

pub fn clear_signal_pending() {
    SIGNAL_PENDING.store(false, Ordering::Relaxed);
    recompute_breaker();
}

/// In a blocking wait on the main thread: run signal handlers if any are
/// pending (with the GIL held). Returns an exception a handler raised.
pub fn check_signals(vm: &Vm) -> PyResult<()> {
    if vm.thread_id == MAIN_THREAD.load(Ordering::Relaxed) && (SIGNAL_PENDING.load(Ordering::Relaxed) || INTERRUPT_MAIN.load(Ordering::Relaxed)) {
        handle_eval_breaker(vm)?;
    }
    Ok(())
}

pub fn signal_pending_for(vm: &Vm) -> bool {
    vm.thread_id == MAIN_THREAD.load(Ordering::Relaxed) && (SIGNAL_PENDING.load(Ordering::Relaxed) || INTERRUPT_MAIN.load(Ordering::Relaxed))
}
