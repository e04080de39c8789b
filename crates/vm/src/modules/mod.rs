//! Native modules. `find_builtin` is the registry of every module
//! implemented in Rust, readable top to bottom (as CPython's `config.c`).

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

pub mod anchors;
pub mod builtins;
pub mod excepthook;
pub mod fileio;
pub mod imp;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod time;
pub mod warnings;

pub type ModuleInit = fn(&Vm) -> PyResult<PyObjectRef>;

/// Names and initialisers of the modules built into the binary.
pub const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("_imp", imp::init),
    ("_io", fileio::io_module),
    ("_signal", signal::init),
    ("_thread", thread::init),
    ("builtins", builtins::module),
    ("sys", sys::module),
    ("time", time::init),
];

pub fn find_builtin(name: &str) -> Option<ModuleInit> {
    BUILTIN_MODULES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f).or_else(|| crate::stdlib_hook::find(name))
}

/// Every builtin module name (`sys.builtin_module_names`).
pub fn builtin_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BUILTIN_MODULES.iter().map(|(n, _)| *n).collect();
    v.extend(crate::stdlib_hook::names());
    v.sort();
    v
}
