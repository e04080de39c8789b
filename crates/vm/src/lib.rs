//! The pyrite runtime: object model, interpreter loop, builtin types and the
//! native modules needed to boot. See docs/ARCHITECTURE.md.

pub mod boot;
pub mod codecs;
pub mod exceptions;
pub mod format;
pub mod gil;
pub mod import;
pub mod interp;
pub mod modules;
pub mod object;
pub mod protocol;
pub mod stdlib_hook;
pub mod types;
pub mod unicode;
pub mod vm;
pub mod run;

pub use object::{Payload, PyObjectRef};
pub use vm::{PyErr, PyResult, Vm};
