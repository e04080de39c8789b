//! Start-up: create `type`, `object`, `dict` (which refer to each other),
//! then every other builtin type, the singletons and the exception classes,
//! then fill the types' namespaces with their methods.

use crate::object::{Payload, PyObjectRef};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::str::PyStr;
use crate::types::type_::{BaseKind, PyType};
use crate::vm::{new_static_type, set_ctx, Context, Singletons, Types};
use std::cell::{Cell, RefCell};
use std::sync::Mutex;

static BOOT_LOCK: Mutex<()> = Mutex::new(());

fn raw_type(meta: Option<&PyObjectRef>, name: &str, kind: BaseKind) -> PyObjectRef {
    let ns = PyObjectRef::new_self_typed(Payload::Dict(Box::new(PyDict::new())));
    let t = PyType {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: ns,
        base_kind: kind,
        heap: false,
        basetype: true,
        instance_dict: Cell::new(false),
        nslots: Cell::new(0),
        has_del: Cell::new(false),
        version: Cell::new(0),
        slot_cache: Cell::new((0, 0)),
        subclasses: RefCell::new(Vec::new()),
    };
    match meta {
        Some(m) => PyObjectRef::new(m.clone(), Payload::Type(Box::new(t))),
        None => PyObjectRef::new_self_typed(Payload::Type(Box::new(t))),
    }
}

fn set_bases(t: &PyObjectRef, bases: Vec<PyObjectRef>, mro: Vec<PyObjectRef>) {
    if let Payload::Type(tt) = &t.payload {
        *tt.bases.borrow_mut() = bases;
        *tt.mro.borrow_mut() = mro;
    }
}

/// Build the global context. Called once, on first use of `ctx()`.
pub(crate) fn boot_context() -> &'static Context {
    let _guard = BOOT_LOCK.lock();
    if let Some(c) = crate::vm::try_ctx() {
        return c;
    }
    let type_type = raw_type(None, "type", BaseKind::Type);
    let object_type = raw_type(Some(&type_type), "object", BaseKind::Object);
    let dict_type = raw_type(Some(&type_type), "dict", BaseKind::Dict);
    for t in [&type_type, &object_type, &dict_type] {
        if let Payload::Type(tt) = &t.payload {
            tt.dict.set_class(dict_type.clone());
        }
    }
    set_bases(&object_type, vec![], vec![object_type.clone()]);
    set_bases(&type_type, vec![object_type.clone()], vec![type_type.clone(), object_type.clone()]);
    set_bases(&dict_type, vec![object_type.clone()], vec![dict_type.clone(), object_type.clone()]);

    let obj = || vec![object_type.clone()];
    let t = |name: &str, kind: BaseKind, basetype: bool| new_static_type(&type_type, &dict_type, name, obj(), kind, basetype);
    let int_type = t("int", BaseKind::Int, true);
    let bool_type = new_static_type(&type_type, &dict_type, "bool", vec![int_type.clone()], BaseKind::Int, false);
    let types = Types {
        int_type: int_type.clone(),
        bool_type: bool_type.clone(),
        float_type: t("float", BaseKind::Float, true),
        complex_type: t("complex", BaseKind::Complex, true),
        str_type: t("str", BaseKind::Str, true),
        bytes_type: t("bytes", BaseKind::Bytes, true),
        bytearray_type: t("bytearray", BaseKind::ByteArray, true),
        tuple_type: t("tuple", BaseKind::Tuple, true),
        list_type: t("list", BaseKind::List, true),
        set_type: t("set", BaseKind::Set, true),
        frozenset_type: t("frozenset", BaseKind::FrozenSet, true),
        range_type: t("range", BaseKind::Special, false),
        slice_type: t("slice", BaseKind::Special, false),
        none_type: t("NoneType", BaseKind::Special, false),
        notimplemented_type: t("NotImplementedType", BaseKind::Special, false),
        ellipsis_type: t("ellipsis", BaseKind::Special, false),
        function_type: t("function", BaseKind::Special, false),
        builtin_function_type: t("builtin_function_or_method", BaseKind::Special, false),
        method_descriptor_type: t("method_descriptor", BaseKind::Special, false),
        classmethod_descriptor_type: t("classmethod_descriptor", BaseKind::Special, false),
        method_type: t("method", BaseKind::Special, false),
        module_type: t("module", BaseKind::Module, true),
        cell_type: t("cell", BaseKind::Special, false),
        code_type: t("code", BaseKind::Special, false),
        frame_type: t("frame", BaseKind::Special, false),
        traceback_type: t("traceback", BaseKind::Special, false),
        generator_type: t("generator", BaseKind::Special, false),
        coroutine_type: t("coroutine", BaseKind::Special, false),
        async_generator_type: t("async_generator", BaseKind::Special, false),
        property_type: t("property", BaseKind::Property, true),
        classmethod_type: t("classmethod", BaseKind::Native, true),
        staticmethod_type: t("staticmethod", BaseKind::Native, true),
        super_type: t("super", BaseKind::Native, true),
        iterator_type: t("iterator", BaseKind::Special, false),
        list_iterator_type: t("list_iterator", BaseKind::Special, false),
        list_reverseiterator_type: t("list_reverseiterator", BaseKind::Special, false),
        tuple_iterator_type: t("tuple_iterator", BaseKind::Special, false),
        str_iterator_type: t("str_ascii_iterator", BaseKind::Special, false),
        bytes_iterator_type: t("bytes_iterator", BaseKind::Special, false),
        callable_iterator_type: t("callable_iterator", BaseKind::Special, false),
        range_iterator_type: t("range_iterator", BaseKind::Special, false),
        dict_keys_type: t("dict_keys", BaseKind::Special, false),
        dict_values_type: t("dict_values", BaseKind::Special, false),
        dict_items_type: t("dict_items", BaseKind::Special, false),
        dict_keyiterator_type: t("dict_keyiterator", BaseKind::Special, false),
        dict_valueiterator_type: t("dict_valueiterator", BaseKind::Special, false),
        dict_itemiterator_type: t("dict_itemiterator", BaseKind::Special, false),
        set_iterator_type: t("set_iterator", BaseKind::Special, false),
        member_descriptor_type: t("member_descriptor", BaseKind::Special, false),
        weakref_type: t("weakref.ReferenceType", BaseKind::Native, true),
        weakproxy_type: t("weakref.ProxyType", BaseKind::Special, false),
        mappingproxy_type: t("mappingproxy", BaseKind::Special, false),
        memoryview_type: t("memoryview", BaseKind::Special, false),
        null_type: t("NULL", BaseKind::Special, false),
        type_type: type_type.clone(),
        object_type: object_type.clone(),
        dict_type: dict_type.clone(),
    };
    let exc = crate::exceptions::ExcTypes::create(&type_type, &dict_type, &object_type);

    let mk = |cls: &PyObjectRef, p: Payload| PyObjectRef::new(cls.clone(), p);
    let small_ints = (-5i64..=256).map(|v| mk(&int_type, Payload::Int(PyInt::Small(v)))).collect();
    let chars = (0u32..128)
        .map(|c| mk(&types.str_type, Payload::Str(PyStr::new(char::from_u32(c).unwrap_or('\0').to_string()))))
        .collect();
    let s = Singletons {
        none: mk(&types.none_type, Payload::None),
        true_obj: mk(&bool_type, Payload::Int(PyInt::Small(1))),
        false_obj: mk(&bool_type, Payload::Int(PyInt::Small(0))),
        not_implemented: mk(&types.notimplemented_type, Payload::NotImplemented),
        ellipsis: mk(&types.ellipsis_type, Payload::Ellipsis),
        empty_tuple: mk(&types.tuple_type, Payload::Tuple(Box::new([]))),
        empty_str: mk(&types.str_type, Payload::Str(PyStr::new(""))),
        empty_bytes: mk(&types.bytes_type, Payload::Bytes(Box::new([]))),
        null: mk(&types.null_type, Payload::Object),
        small_ints,
        chars,
    };
    set_ctx(Context::from_parts(types, exc, s))
}
