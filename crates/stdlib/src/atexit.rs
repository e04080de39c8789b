//! `atexit`: exit handlers run (last registered first) by the interpreter's
//! shutdown (`vm::run::shutdown` calls `_run_exitfuncs`). A handler that
//! raises is reported as "Exception ignored in atexit callback: ..." and the
//! others still run.

use pyrite_vm::modules::sys::add_functions;
use pyrite_vm::types::function::Args;
use pyrite_vm::{PyObjectRef, PyResult, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

struct Handler {
    func: PyObjectRef,
    args: Vec<PyObjectRef>,
    kwnames: Vec<PyObjectRef>,
}

/// Registered handlers; `unregister` empties slots (as CPython does, so
/// `_ncallbacks` still counts them and indices stay stable while running).
struct Handlers(RefCell<Vec<Option<Handler>>>);
// SAFETY: only accessed with the GIL held.
unsafe impl Sync for Handlers {}
unsafe impl Send for Handlers {}
static HANDLERS: OnceLock<Handlers> = OnceLock::new();

fn handlers() -> &'static Handlers {
    HANDLERS.get_or_init(|| Handlers(RefCell::new(Vec::new())))
}

fn register(vm: &Vm, args: Args) -> PyResult {
    if args.npos() == 0 {
        return Err(vm.new_type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args.args[0].clone();
    if !vm.callable(&func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let h = Handler { func: func.clone(), args: args.args[1..].to_vec(), kwnames: args.kwnames.to_vec() };
    handlers().0.borrow_mut().push(Some(h));
    Ok(func)
}

fn unregister(vm: &Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "unregister")?;
    // Compare with == like CPython; the list may change during comparisons.
    let n = handlers().0.borrow().len();
    for i in 0..n {
        let g = match handlers().0.borrow().get(i) {
            Some(Some(h)) => h.func.clone(),
            _ => continue,
        };
        if vm.eq_bool(&g, f)? {
            let old = handlers().0.borrow_mut().get_mut(i).and_then(|slot| slot.take());
            drop(old);
        }
    }
    Ok(vm.none())
}

fn run_exitfuncs(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_run_exitfuncs")?;
    // Last registered first; handlers registered meanwhile do not run.
    let n = handlers().0.borrow().len();
    for i in (0..n).rev() {
        let h = handlers().0.borrow_mut().get_mut(i).and_then(|slot| slot.take());
        let h = match h {
            Some(h) => h,
            None => continue,
        };
        let r = vm.call_args(&h.func, Args::with_kw(&h.args, &h.kwnames));
        if let Err(e) = r {
            let what = vm.repr(&h.func).unwrap_or_else(|_| "<object repr() failed>".into());
            pyrite_vm::modules::excepthook::write_stderr(vm, &format!("Exception ignored in atexit callback: {}\n", what));
            pyrite_vm::modules::excepthook::print_exception_to_stderr(vm, &e.0);
        }
    }
    let old = std::mem::take(&mut *handlers().0.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn clear(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_clear")?;
    let old = std::mem::take(&mut *handlers().0.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn ncallbacks(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_ncallbacks")?;
    let n = handlers().0.borrow().len();
    Ok(vm.new_int(n as i64))
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("atexit", Some("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
    add_functions(vm, &m, "atexit", &[
        ("register", register), ("unregister", unregister), ("_run_exitfuncs", run_exitfuncs),
        ("_clear", clear), ("_ncallbacks", ncallbacks),
    ]);
    Ok(m)
}
