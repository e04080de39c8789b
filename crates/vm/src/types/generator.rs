//! Generators, coroutines and async generators: a suspended frame plus
//! state. Mirrors `Objects/genobject.c`.

use crate::interp::frame::Frame;
use crate::object::PyObjectRef;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct PyGenerator {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Not yet started (first resume must send None).
    pub started: Cell<bool>,
    pub name: RefCell<PyObjectRef>,
    pub qualname: RefCell<PyObjectRef>,
    pub code: PyObjectRef,
}
