//! `BaseException` instance data. The hierarchy and messages live in
//! `exceptions/`. Mirrors `Objects/exceptions.c` (data side).

use crate::object::PyObjectRef;
use std::cell::{Cell, RefCell};

pub struct PyBaseException {
    pub args: RefCell<PyObjectRef>,
    pub traceback: RefCell<Option<PyObjectRef>>,
    pub cause: RefCell<Option<PyObjectRef>>,
    pub context: RefCell<Option<PyObjectRef>>,
    pub suppress_context: Cell<bool>,
    pub notes: RefCell<Option<PyObjectRef>>,
}
