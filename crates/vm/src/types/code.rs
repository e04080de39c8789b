//! Code objects at run time: the compiler's `CodeObject` plus its constants
//! and names turned into Python objects once. Mirrors `Objects/codeobject.c`.

use crate::object::PyObjectRef;
use pyrite_bytecode::CodeObject;
use std::sync::Arc;

pub struct PyCode {
    pub code: Arc<CodeObject>,
    /// `co_consts` as objects (nested code objects included).
    pub consts: Vec<PyObjectRef>,
    /// `co_names` as interned str objects.
    pub names: Vec<PyObjectRef>,
    /// `co_varnames` as str objects (used for keyword argument binding).
    pub varnames: Vec<PyObjectRef>,
}
