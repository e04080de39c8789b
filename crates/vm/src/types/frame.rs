//! Frame objects as Python sees them (`sys._getframe()`, `tb_frame`): a
//! snapshot of a running frame's code, globals, locals and line, linked to
//! its caller. The executing frame itself is `interp::frame::Frame`.

use crate::object::PyObjectRef;
use std::cell::{Cell, RefCell};

pub struct PyFrameObject {
    pub code: PyObjectRef,
    pub globals: PyObjectRef,
    pub locals: RefCell<Option<PyObjectRef>>,
    pub back: RefCell<Option<PyObjectRef>>,
    pub lineno: Cell<u32>,
    pub lasti: Cell<u32>,
}
