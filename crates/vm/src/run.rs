//! Start-up and shut-down of an interpreter, and running `__main__` from a
//! file, a string, a module or stdin with CPython's exit codes. Mirrors
//! `Python/pylifecycle.c` and `Modules/main.c`.

use crate::object::{Payload, PyObjectRef};
use crate::vm::{str_of, PyErr, PyResult, Vm};

/// Interpreter configuration from the command line.
#[derive(Default, Clone)]
pub struct Config {
    pub argv: Vec<String>,
    pub flags: crate::modules::sys::Flags,
    pub xoptions: Vec<String>,
    pub warnoptions: Vec<String>,
    pub executable: String,
    /// First entry of sys.path: the script directory, "" for -c/-m/stdin, None with -P/-I.
    pub path0: Option<String>,
    pub pythonpath: Vec<String>,
}

fn finalize_hook(obj: &PyObjectRef) {
    let _ = Vm::current(|vm| {
        if let Payload::Generator(g) = &obj.payload {
            if !obj.is_finalized() && g.started.get() && g.frame.borrow().is_some() {
                obj.set_finalized();
                if let Err(e) = crate::types::generator_methods::gen_close(vm, obj) {
                    report_unraisable(vm, &e, Some(obj));
                }
            }
        }
        if !obj.is_finalized() {
            let cls = obj.class();
            if let Some(del) = crate::types::type_::lookup(&cls, "__del__") {
                obj.set_finalized();
                if let Err(e) = vm.call(&del, &[obj.clone()]) {
                    report_unraisable(vm, &e, Some(&del));
                }
            }
        }
        // Resurrected by __del__ (someone else holds a reference now): the
        // object lives on and so do its weak references.
        if obj.refcount() <= 1 {
            crate::types::weakref_clear(vm, obj);
        }
    });
}

/// Report an exception that cannot propagate ("Exception ignored in: ...").
pub fn report_unraisable(vm: &Vm, e: &PyErr, obj: Option<&PyObjectRef>) {
    let what = match obj {
        Some(o) => vm.repr(o).unwrap_or_else(|_| "<object repr() failed>".into()),
        None => "None".into(),
    };
    crate::modules::excepthook::write_stderr(vm, &format!("Exception ignored in: {}\n", what));
    crate::modules::excepthook::print_exception_to_stderr(vm, &e.0);
}

/// Create the interpreter and the main thread's state (takes the GIL).
pub fn init(config: &Config) -> PyResult<Box<Vm>> {
    let _ = crate::vm::ctx();
    let interp = crate::vm::interp();
    *interp.argv.borrow_mut() = config.argv.clone();
    *interp.flags.borrow_mut() = config.flags.clone();
    *interp.xoptions.borrow_mut() = config.xoptions.clone();
    *interp.warnoptions.borrow_mut() = config.warnoptions.clone();
    *interp.executable.borrow_mut() = config.executable.clone();
    pyrite_compiler::set_optimize(config.flags.optimize.clamp(0, 2) as u8);
    crate::gil::acquire();
    // Boxed so that the address registered by `enter` stays valid.
    let vm = Box::new(Vm::new_thread_state(crate::modules::thread::DEFAULT_STACK * 4));
    vm.enter();
    crate::gil::MAIN_THREAD.store(vm.thread_id, std::sync::atomic::Ordering::Relaxed);
    crate::object::dealloc::set_finalize_hook(finalize_hook);
    crate::types::init_all(&vm);
    let b = crate::modules::builtins::module(&vm)?;
    let sys = crate::modules::sys::module(&vm)?;
    if let Payload::Dict(d) = &vm.interp.modules.payload {
        d.set_str(&vm, "builtins", b.clone());
        d.set_str(&vm, "sys", sys.clone());
    }
    for (name, m) in [("builtins", &b), ("sys", &sys)] {
        let spec = crate::import::make_spec(&vm, name, None, None, false)?;
        vm.set_attr_str(m, "__spec__", spec)?;
        vm.set_attr_str(m, "__loader__", crate::modules::imp::loader_object(&vm))?;
    }
    let mut path: Vec<PyObjectRef> = Vec::new();
    if let Some(p0) = &config.path0 {
        path.push(vm.new_str(p0));
    }
    for p in &config.pythonpath {
        path.push(vm.new_str(p));
    }
    path.push(vm.new_str(crate::import::EMBEDDED_ROOT));
    vm.set_attr_str(&sys, "path", vm.new_list(path))?;
    crate::modules::signal::install_defaults(&vm);
    if config.flags.no_site == 0 {
        crate::modules::builtins::add_site_builtins(&vm)?;
    }
    Ok(vm)
}

/// The `__main__` module (created on first use).
pub fn main_module(vm: &Vm) -> PyObjectRef {
    if let Some(m) = crate::import::sys_modules_get(vm, "__main__") {
        return m;
    }
    let m = vm.new_module("__main__", None);
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            if let Some(b) = vm.interp.builtins.get() {
                dd.set_str(vm, "__builtins__", b);
            }
            dd.set_str(vm, "__loader__", crate::modules::imp::loader_object(vm));
        }
    }
    if let Payload::Dict(d) = &vm.interp.modules.payload {
        d.set_str(vm, "__main__", m.clone());
    }
    m
}

fn main_globals(vm: &Vm) -> PyObjectRef {
    match &main_module(vm).payload {
        Payload::Module(d) => d.clone(),
        _ => vm.new_dict(),
    }
}

/// Run source as `__main__`.
pub fn run_source(vm: &Vm, source: &str, filename: &str, file_attr: Option<&str>) -> PyResult<()> {
    let g = main_globals(vm);
    if let Payload::Dict(d) = &g.payload {
        if let Some(f) = file_attr {
            d.set_str(vm, "__file__", vm.new_str(f));
        }
    }
    let code = vm.compile(source, filename, pyrite_compiler::Mode::Exec)?;
    vm.run_code(&code, &g, None)?;
    Ok(())
}

/// `pyrite -m module`: run a module (or a package's `__main__`) as `__main__`.
pub fn run_module(vm: &Vm, name: &str) -> PyResult<()> {
    let runpy_like = |modname: &str| -> PyResult<Option<(String, String, bool)>> {
        let parent = match modname.rsplit_once('.') {
            Some((p, _)) => Some(crate::import::import_module(vm, p)?),
            None => None,
        };
        Ok(match crate::import::find_module(vm, modname, parent.as_ref())? {
            Some(crate::import::Source::File { path, is_package }) => {
                let text = std::fs::read_to_string(&path).map_err(|e| vm.new_os_error_from_io(&e, Some(vm.new_str(&path))))?;
                Some((path, text, is_package))
            }
            Some(crate::import::Source::Embedded { path, source, is_package }) => Some((path, source.to_string(), is_package)),
            Some(crate::import::Source::Builtin(_)) => {
                return Err(vm.new_exception_msg(&vm.ctx.exc.import_error, format!("No code object available for {}", modname)));
            }
            None => None,
        })
    };
    let exe = vm.interp.executable.borrow().clone();
    let mut target = name.to_string();
    let found = match runpy_like(&target) {
        Ok(f) => f,
        Err(e) => return Err(no_module_error(vm, &exe, &target, Some(e))),
    };
    let (path, text) = match found {
        Some((_, _, true)) => {
            target = format!("{}.__main__", name);
            match runpy_like(&target)? {
                Some((p, t, _)) => (p, t),
                None => {
                    return Err(vm.new_exception_msg(&vm.ctx.exc.import_error, format!(
                        "No module named {}; '{}' is a package and cannot be directly executed", target, name)));
                }
            }
        }
        Some((p, t, false)) => (p, t),
        None => return Err(no_module_error(vm, &exe, name, None)),
    };
    let sys = vm.interp.sys.get().ok_or_else(|| vm.new_runtime_error("no sys"))?;
    let argv = vm.get_attr_str(&sys, "argv")?;
    if let Payload::List(l) = &argv.payload {
        if let Some(first) = l.borrow_mut().first_mut() {
            *first = vm.new_str(&path);
        }
    }
    let g = main_globals(vm);
    if let Payload::Dict(d) = &g.payload {
        d.set_str(vm, "__file__", vm.new_str(&path));
        let pkg = target.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default();
        d.set_str(vm, "__package__", vm.new_string(pkg));
        let spec = crate::import::make_spec(vm, &target, Some(&path), None, true)?;
        d.set_str(vm, "__spec__", spec);
    }
    let code = vm.compile(&text, &path, pyrite_compiler::Mode::Exec)?;
    vm.run_code(&code, &g, None)?;
    Ok(())
}

fn no_module_error(vm: &Vm, exe: &str, name: &str, cause: Option<PyErr>) -> PyErr {
    // Reported by main as "<exe>: No module named <name>" (exit 1).
    let msg = match cause {
        Some(e) => format!("{}: Error while finding module specification for '{}' ({}: {})", exe, name,
            vm.type_name(&e.0), vm.to_str(&e.0).unwrap_or_default()),
        None => format!("{}: No module named {}", exe, name),
    };
    let e = vm.new_exception_msg(&vm.ctx.exc.system_exit, msg);
    PyErr(e.0)
}

/// Turn the outcome of running `__main__` into an exit status, printing
/// uncaught exceptions; then run the shutdown sequence.
pub fn finish(vm: &Vm, result: PyResult<()>) -> i32 {
    let mut code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    let c2 = shutdown(vm);
    if code == 0 {
        code = c2;
    }
    code
}

/// `SystemExit` gives its code; anything else goes to `sys.excepthook` (status 1).
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    if vm.err_matches(&e, &vm.ctx.exc.system_exit) {
        return system_exit_code(vm, &e.0);
    }
    let sys = vm.interp.sys.get();
    let hook = sys.and_then(|s| vm.get_attr_opt(&s, "excepthook").ok().flatten());
    let tb = match &e.0.payload {
        Payload::Exception(x) => x.traceback.borrow().clone().unwrap_or_else(|| vm.none()),
        _ => vm.none(),
    };
    match hook {
        Some(h) => {
            if let Err(e2) = vm.call(&h, &[e.0.class(), e.0.clone(), tb]) {
                crate::modules::excepthook::write_stderr(vm, "Error in sys.excepthook:\n");
                crate::modules::excepthook::print_exception_to_stderr(vm, &e2.0);
                crate::modules::excepthook::write_stderr(vm, "\nOriginal exception was:\n");
                crate::modules::excepthook::print_exception_to_stderr(vm, &e.0);
            }
        }
        None => {
            crate::modules::excepthook::write_stderr(vm, "sys.excepthook is missing\n");
            crate::modules::excepthook::print_exception_to_stderr(vm, &e.0);
        }
    }
    if vm.err_matches(&e, &vm.ctx.exc.keyboard_interrupt) {
        return 130;
    }
    1
}

pub fn system_exit_code(vm: &Vm, exc: &PyObjectRef) -> i32 {
    let code = vm.get_attr_opt(exc, "code").ok().flatten().unwrap_or_else(|| vm.none());
    if vm.is_none(&code) {
        return 0;
    }
    if let Payload::Int(i) = &code.payload {
        return i.as_i64().map(|v| v as i32).unwrap_or(-1);
    }
    // Any other object: printed to stderr, status 1.
    let s = vm.to_str(&code).unwrap_or_default();
    crate::modules::fileio::flush_std(vm);
    crate::modules::excepthook::write_stderr(vm, &format!("{}\n", s));
    1
}

/// Join non-daemon threads, run atexit handlers, flush standard streams.
pub fn shutdown(vm: &Vm) -> i32 {
    let mut code = 0;
    if let Some(threading) = crate::import::sys_modules_get(vm, "threading") {
        if let Ok(Some(f)) = vm.get_attr_opt(&threading, "_shutdown") {
            if let Err(e) = vm.call(&f, &[]) {
                if vm.err_matches(&e, &vm.ctx.exc.system_exit) {
                    code = system_exit_code(vm, &e.0);
                } else {
                    report_unraisable(vm, &e, Some(&f));
                }
            }
        }
    }
    if let Some(atexit) = crate::import::sys_modules_get(vm, "atexit") {
        if let Ok(Some(f)) = vm.get_attr_opt(&atexit, "_run_exitfuncs") {
            let _ = vm.call(&f, &[]);
        }
    }
    if let Some(sys) = vm.interp.sys.get() {
        if let Ok(Some(out)) = vm.get_attr_opt(&sys, "stdout") {
            if !vm.is_none(&out) {
                let closed = vm.get_attr_opt(&out, "closed").ok().flatten().map(|c| vm.is_true(&c).unwrap_or(false)).unwrap_or(false);
                if !closed {
                    if let Err(e) = vm.call_method(&out, "flush", &[]) {
                        crate::modules::excepthook::write_stderr(vm, &format!("Exception ignored in: {}\n", vm.repr(&out).unwrap_or_default()));
                        crate::modules::excepthook::print_exception_to_stderr(vm, &e.0);
                        code = 120;
                    }
                }
            }
        }
    }
    clear_main(vm);
    crate::modules::fileio::flush_std(vm);
    let _ = str_of;
    code
}

/// Clear `__main__`'s namespace as CPython's finalisation does (names with
/// one leading underscore first, then the rest, except `__builtins__`), so
/// that `__del__` methods of module-level objects run.
fn clear_main(vm: &Vm) {
    let m = match crate::import::sys_modules_get(vm, "__main__") {
        Some(m) => m,
        None => return,
    };
    let d = match &m.payload {
        Payload::Module(d) => d.clone(),
        _ => return,
    };
    if let Payload::Dict(dd) = &d.payload {
        for pass in 0..2 {
            for k in dd.keys() {
                let name = str_of(&k).to_string();
                let single = name.starts_with('_') && !name.starts_with("__");
                if (pass == 0 && single) || (pass == 1 && name != "__builtins__") {
                    let _ = dd.set_item(vm, k, vm.none());
                }
            }
        }
    }
}
