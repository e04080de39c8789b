//! The payload of a `PyObject`: which builtin kind of value it holds. Core
//! types get their own variant (so hot paths are one `match`); everything
//! else (stdlib types) uses `Payload::Native`.

use super::PyObjectRef;
use crate::types::dict::PyDict;
use crate::types::exceptions::PyBaseException;
use crate::types::function::{PyBoundMethod, PyFunction, PyNativeFunction};
use crate::types::generator::PyGenerator;
use crate::types::int::PyInt;
use crate::types::set::PySet;
use crate::types::str::PyStr;
use crate::types::type_::PyType;
use crate::types::code::PyCode;
use crate::types::frame::PyFrameObject;
use std::any::Any;
use std::cell::RefCell;

/// A value kind defined outside the core enum (stdlib modules). The trait
/// object gives downcasting and traversal.
pub trait NativePayload: Any {
    fn as_any(&self) -> &dyn Any;
    /// Visit strong references (cycle collection).
    fn traverse(&self, _visit: &mut dyn FnMut(&PyObjectRef)) {}
}

pub enum Payload {
    /// A plain instance (`object()`, instances of classes deriving from object).
    Object,
    None,
    NotImplemented,
    Ellipsis,
    Int(PyInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[PyObjectRef]>),
    List(RefCell<Vec<PyObjectRef>>),
    Dict(Box<PyDict>),
    Set(Box<PySet>),
    FrozenSet(Box<PySet>),
    Range { start: PyObjectRef, stop: PyObjectRef, step: PyObjectRef },
    Slice { start: PyObjectRef, stop: PyObjectRef, step: PyObjectRef },
    Type(Box<PyType>),
    Function(Box<PyFunction>),
    NativeFunction(Box<PyNativeFunction>),
    BoundMethod(PyBoundMethod),
    Module(PyObjectRef /* dict */),
    Cell(RefCell<Option<PyObjectRef>>),
    Code(Box<PyCode>),
    Frame(Box<PyFrameObject>),
    Traceback { next: RefCell<Option<PyObjectRef>>, frame: PyObjectRef, lasti: u32, lineno: u32 },
    Generator(Box<PyGenerator>),
    Exception(Box<PyBaseException>),
    Property { fget: Option<PyObjectRef>, fset: Option<PyObjectRef>, fdel: Option<PyObjectRef>, doc: RefCell<Option<PyObjectRef>>, name: RefCell<Option<PyObjectRef>> },
    ClassMethod(RefCell<PyObjectRef>),
    StaticMethod(RefCell<PyObjectRef>),
    Super { type_: PyObjectRef, obj: Option<PyObjectRef>, obj_type: Option<PyObjectRef> },
    /// Iterator over a sequence by index: list, tuple, str, bytes, range, or
    /// the `__getitem__` protocol.
    SeqIter { seq: RefCell<Option<PyObjectRef>>, index: std::cell::Cell<usize> },
    /// `iter(callable, sentinel)`.
    CallableIter { callable: RefCell<Option<PyObjectRef>>, sentinel: PyObjectRef },
    RangeIter { next: std::cell::Cell<i64>, stop: i64, step: i64 },
    /// Iterator over a dict's keys/values/items (kind 0/1/2).
    DictIter { dict: PyObjectRef, pos: std::cell::Cell<usize>, kind: u8, size: usize },
    /// Views: keys/values/items (kind 0/1/2).
    DictView { dict: PyObjectRef, kind: u8 },
    SetIter { set: PyObjectRef, pos: std::cell::Cell<usize>, size: usize },
    /// Member descriptor for `__slots__` entries.
    SlotMember { name: PyObjectRef, index: usize, owner: PyObjectRef },
    /// `weakref.ref` (and proxies): the referent pointer is cleared at its death.
    WeakRef { referent: std::cell::Cell<Option<std::ptr::NonNull<super::PyObject>>>, callback: RefCell<Option<PyObjectRef>>, hash: std::cell::Cell<Option<i64>>, proxy: bool },
    MappingProxy(PyObjectRef),
    /// A payload attribute exposed as a descriptor in a builtin type's dict
    /// (CPython's getset_descriptor / member_descriptor).
    GetSet { name: &'static str, owner: PyObjectRef },
    Native(Box<dyn NativePayload>),
}

impl Payload {
    /// A short name for debugging (not the Python type name).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Object => "object",
            Payload::None => "NoneType",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range { .. } => "range",
            Payload::Slice { .. } => "slice",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::NativeFunction(_) => "builtin_function_or_method",
            Payload::BoundMethod(_) => "method",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Code(_) => "code",
            Payload::Frame(_) => "frame",
            Payload::Traceback { .. } => "traceback",
            Payload::Generator(_) => "generator",
            Payload::Exception(_) => "exception",
            Payload::Property { .. } => "property",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Super { .. } => "super",
            Payload::SeqIter { .. } => "iterator",
            Payload::CallableIter { .. } => "callable_iterator",
            Payload::RangeIter { .. } => "range_iterator",
            Payload::DictIter { .. } => "dict_iterator",
            Payload::DictView { .. } => "dict_view",
            Payload::SetIter { .. } => "set_iterator",
            Payload::SlotMember { .. } => "member_descriptor",
            Payload::WeakRef { .. } => "weakref",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::GetSet { .. } => "getset_descriptor",
            Payload::Native(_) => "native",
        }
    }

    /// For a type object: does it (or a base) define `__del__`?
    pub fn type_has_del(&self) -> bool {
        match self {
            Payload::Type(t) => t.has_del.get(),
            _ => false,
        }
    }

    /// Downcast a `Native` payload.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match self {
            Payload::Native(b) => b.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
