//! Attribute access: `getattr`/`setattr`/`delattr`, the descriptor protocol,
//! method loading without bound-method allocation. Mirrors
//! `PyObject_GenericGetAttr` and `type_getattro` in `Objects/object.c` and
//! `Objects/typeobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{NativeKind, PyBoundMethod, PyNativeFunction};
use crate::types::type_::{as_type, lookup};
use crate::vm::{str_of, PyResult, Vm};

/// What `load_method` found.
pub enum Method {
    /// An unbound function to call with self prepended.
    Unbound(PyObjectRef),
    /// An ordinary callable (already bound or plain attribute).
    Attr(PyObjectRef),
}

impl Vm {
    pub fn type_name(&self, obj: &PyObjectRef) -> String {
        obj.with_class(|c| as_type(c).map(|t| t.name()).unwrap_or_default())
    }

    /// Does the descriptor `d` define `__set__` or `__delete__` (data descriptor)?
    fn is_data_descr(&self, d: &PyObjectRef) -> bool {
        match &d.payload {
            Payload::Property { .. } | Payload::SlotMember { .. } | Payload::GetSet { .. } => true,
            Payload::Function(_) | Payload::NativeFunction(_) | Payload::Int(_) | Payload::Str(_)
            | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::None => false,
            _ => {
                let c = d.class();
                match as_type(&c) {
                    Some(t) if t.heap || t.base_kind == BaseKindProp::PROPERTY => {
                        lookup(&c, "__set__").is_some() || lookup(&c, "__delete__").is_some()
                    }
                    _ => false,
                }
            }
        }
    }

    /// Apply `descr.__get__(obj, owner)` for a descriptor found on a type.
    /// `obj` is None for class-level access.
    pub fn descr_get(&self, descr: PyObjectRef, obj: Option<&PyObjectRef>, owner: &PyObjectRef) -> PyResult {
        match &descr.payload {
            Payload::Function(_) => match obj {
                Some(o) => Ok(self.new_bound_method(descr.clone(), o.clone())),
                None => Ok(descr),
            },
            Payload::NativeFunction(nf) => match nf.kind {
                NativeKind::Method => match obj {
                    Some(o) => Ok(self.bind_native(&descr, nf, o.clone())),
                    None => Ok(descr),
                },
                NativeKind::ClassMethod => Ok(self.bind_native(&descr, nf, obj.map(|o| o.class()).unwrap_or_else(|| owner.clone()))),
                _ => Ok(descr),
            },
            Payload::ClassMethod(f) => {
                let f = f.borrow().clone();
                let cls = match obj {
                    Some(o) => o.class(),
                    None => owner.clone(),
                };
                // A classmethod wrapping a descriptor with __get__ chains (3.9-3.12).
                Ok(self.new_bound_method(f, cls))
            }
            Payload::StaticMethod(f) => Ok(f.borrow().clone()),
            Payload::Property { fget, .. } => match obj {
                None => Ok(descr.clone()),
                Some(o) => match fget {
                    Some(g) => self.call(g, &[o.clone()]),
                    None => Err(self.new_attribute_error(format!(
                        "property {}of '{}' object has no getter",
                        self.property_name_repr(&descr),
                        self.type_name(o)
                    ))),
                },
            },
            Payload::GetSet { name, owner } => match obj {
                None => Ok(descr.clone()),
                Some(o) => {
                    let v = if matches!(o.payload, Payload::Type(_)) && crate::types::type_::is_subtype(owner, &self.ctx.types.type_type) {
                        crate::types::attrs::type_special_getattr(self, o, name)?
                    } else {
                        crate::types::attrs::special_getattr(self, o, name)?
                    };
                    v.ok_or_else(|| self.attribute_error_for(o, name))
                }
            },
            Payload::SlotMember { name, index, .. } => match obj {
                None => Ok(descr.clone()),
                Some(o) => match o.slots.get(*index).and_then(|s| s.get()) {
                    Some(v) => Ok(v),
                    None => Err(self.new_attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(o), str_of(name)))),
                },
            },
            _ => {
                let dcls = descr.class();
                let is_heap = as_type(&dcls).map(|t| t.heap).unwrap_or(false);
                if is_heap {
                    if let Some(get) = lookup(&dcls, "__get__") {
                        let o = obj.cloned().unwrap_or_else(|| self.none());
                        return self.call(&get, &[descr.clone(), o, owner.clone()]);
                    }
                }
                Ok(descr)
            }
        }
    }

    fn property_name_repr(&self, descr: &PyObjectRef) -> String {
        if let Payload::Property { name, .. } = &descr.payload {
            if let Some(n) = name.borrow().clone() {
                if let Ok(r) = self.repr(&n) {
                    return format!("{} ", r);
                }
            }
        }
        if let Payload::Property { fget: Some(g), .. } = &descr.payload {
            if let Ok(n) = self.get_attr_str(g, "__name__") {
                if let Ok(r) = self.repr(&n) {
                    return format!("{} ", r);
                }
            }
        }
        String::new()
    }

    pub fn new_bound_method(&self, func: PyObjectRef, self_: PyObjectRef) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.method_type.clone(), Payload::BoundMethod(PyBoundMethod { func, self_ }))
    }

    fn bind_native(&self, _descr: &PyObjectRef, nf: &PyNativeFunction, self_: PyObjectRef) -> PyObjectRef {
        PyObjectRef::new(
            self.ctx.types.builtin_function_type.clone(),
            Payload::NativeFunction(Box::new(PyNativeFunction {
                name: nf.name,
                func: nf.func,
                kind: nf.kind,
                self_: Some(self_),
                owner: nf.owner.clone(),
                doc: nf.doc,
                module: nf.module,
            })),
        )
    }

    /// `getattr(obj, name)` with a str object name.
    pub fn get_attr(&self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult {
        let cls = obj.class();
        if crate::types::type_::custom_getattribute(&cls) {
            if let Some(ga) = lookup(&cls, "__getattribute__") {
                let r = self.call(&ga, &[obj.clone(), name.clone()]);
                return match r {
                    Err(e) if self.err_matches(&e, &self.ctx.exc.attribute_error) => self.call_getattr_hook(&cls, obj, name, e),
                    r => r,
                };
            }
        }
        match self.generic_getattr_obj(obj, &cls, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let e = self.attribute_error_for(obj, str_of(name));
                self.call_getattr_hook(&cls, obj, name, e)
            }
            Err(e) if self.err_matches(&e, &self.ctx.exc.attribute_error) => self.call_getattr_hook(&cls, obj, name, e),
            Err(e) => Err(e),
        }
    }

    fn call_getattr_hook(&self, cls: &PyObjectRef, obj: &PyObjectRef, name: &PyObjectRef, err: crate::vm::PyErr) -> PyResult {
        if as_type(cls).map(|t| t.heap).unwrap_or(false) {
            if let Some(hook) = lookup(cls, "__getattr__") {
                return self.call(&hook, &[obj.clone(), name.clone()]);
            }
        }
        Err(err)
    }

    pub fn attribute_error_for(&self, obj: &PyObjectRef, name: &str) -> crate::vm::PyErr {
        let e = match &obj.payload {
            Payload::Module(d) => {
                let mname = match &d.payload {
                    Payload::Dict(dd) => dd.get_str("__name__").filter(|n| matches!(n.payload, Payload::Str(_))),
                    _ => None,
                };
                match mname {
                    Some(n) => self.new_attribute_error(format!("module '{}' has no attribute '{}'", str_of(&n), name)),
                    None => self.new_attribute_error(format!("module has no attribute '{}'", name)),
                }
            }
            Payload::Type(t) if obj.class_is(&self.ctx.types.type_type) || true => {
                if obj.class().payload.kind_name() == "type" && matches!(obj.payload, Payload::Type(_)) {
                    self.new_attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), name))
                } else {
                    self.new_attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name))
                }
            }
            _ => self.new_attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name)),
        };
        let _ = self.set_attr_str(&e.0, "name", self.new_str(name));
        let _ = self.set_attr_str(&e.0, "obj", obj.clone());
        e
    }

    /// Attribute lookup by Rust string.
    pub fn get_attr_str(&self, obj: &PyObjectRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: Ok(None) when AttributeError.
    pub fn get_attr_opt(&self, obj: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.ctx.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for types,
    /// module lookup for modules). Ok(None) means "not found".
    pub fn generic_getattr(&self, obj: &PyObjectRef, cls: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
        let n = self.intern(name);
        self.generic_getattr_obj(obj, cls, &n)
    }

    /// `generic_getattr` with the name as a str object (the hot path).
    pub fn generic_getattr_obj(&self, obj: &PyObjectRef, cls: &PyObjectRef, name_obj: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        let name = str_of(name_obj);
        if let Payload::Type(_) = &obj.payload {
            return self.type_getattr(obj, cls, name);
        }
        let hash = match &name_obj.payload {
            Payload::Str(p) => p.hash(),
            _ => 0,
        };
        let descr = crate::types::type_::lookup_obj(cls, name_obj);
        if let Some(d) = &descr {
            if self.is_data_descr(d) {
                return self.descr_get(d.clone(), Some(obj), cls).map(Some);
            }
        }
        // Instance namespace.
        match &obj.payload {
            Payload::Module(d) => {
                if let Payload::Dict(dd) = &d.payload {
                    if let Some(v) = dd.get_str_obj(name_obj, name, hash) {
                        return Ok(Some(v));
                    }
                    if descr.is_none() {
                        if let Some(ga) = dd.get_str("__getattr__") {
                            let n = self.new_str(name);
                            return self.call(&ga, &[n]).map(Some);
                        }
                    }
                }
            }
            _ => {
                if let Some(d) = obj.dict.get() {
                    if let Payload::Dict(dd) = &d.payload {
                        if let Some(v) = dd.get_str_obj(name_obj, name, hash) {
                            return Ok(Some(v));
                        }
                    } else {
                        let k = self.new_str(name);
                        if let Ok(v) = self.get_item(&d, &k) {
                            return Ok(Some(v));
                        }
                    }
                }
            }
        }
        match descr {
            Some(d) => self.descr_get(d, Some(obj), cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attributes computed from the payload that are not in a type's namespace
    /// (`__dict__`, `__class__`, function/code/frame attributes...).
    fn special_getattr(&self, obj: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
        crate::types::attrs::special_getattr(self, obj, name)
    }

    /// `type.__getattribute__`.
    fn type_getattr(&self, tobj: &PyObjectRef, meta: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
        let meta_attr = lookup(meta, name);
        if let Some(ma) = &meta_attr {
            if self.is_data_descr(ma) {
                return self.descr_get(ma.clone(), Some(tobj), meta).map(Some);
            }
        }
        if let Some(v) = lookup(tobj, name) {
            return match &v.payload {
                Payload::Function(_) => Ok(Some(v)),
                Payload::NativeFunction(nf) if nf.kind == NativeKind::Method => Ok(Some(v)),
                Payload::Property { .. } | Payload::SlotMember { .. } => Ok(Some(v)),
                _ => self.descr_get(v, None, tobj).map(Some),
            };
        }
        if let Some(v) = crate::types::attrs::type_special_getattr(self, tobj, name)? {
            return Ok(Some(v));
        }
        if let Some(ma) = meta_attr {
            return self.descr_get(ma, Some(tobj), meta).map(Some);
        }
        Ok(None)
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&self, obj: &PyObjectRef, name: &PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        let cls = obj.class();
        if crate::types::type_::slot_flags(&cls) & crate::types::type_::SLOT_SETATTR != 0 {
            if let Some(sa) = lookup(&cls, "__setattr__") {
                let is_default = matches!(&sa.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&self.ctx.types.object_type) || o.is(&self.ctx.types.type_type)).unwrap_or(false));
                if !is_default {
                    self.call(&sa, &[obj.clone(), name.clone(), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn set_attr_str(&self, obj: &PyObjectRef, name: &str, value: PyObjectRef) -> PyResult<()> {
        let n = self.intern(name);
        self.set_attr(obj, &n, value)
    }

    pub fn del_attr(&self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<()> {
        let cls = obj.class();
        if crate::types::type_::slot_flags(&cls) & crate::types::type_::SLOT_DELATTR != 0 {
            if let Some(da) = lookup(&cls, "__delattr__") {
                let is_default = matches!(&da.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&self.ctx.types.object_type) || o.is(&self.ctx.types.type_type)).unwrap_or(false));
                if !is_default {
                    self.call(&da, &[obj.clone(), name.clone()])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__`/`__delattr__` (value None = delete).
    pub fn generic_setattr(&self, obj: &PyObjectRef, name: &PyObjectRef, value: Option<PyObjectRef>) -> PyResult<()> {
        let n = str_of(name);
        let cls = obj.class();
        if let Some(d) = crate::types::type_::lookup_obj(&cls, name) {
            match &d.payload {
                Payload::Property { fset, fdel, .. } => {
                    return match (value, fset, fdel) {
                        (Some(v), Some(f), _) => self.call(f, &[obj.clone(), v]).map(|_| ()),
                        (None, _, Some(f)) => self.call(f, &[obj.clone()]).map(|_| ()),
                        (Some(_), None, _) => Err(self.new_attribute_error(format!(
                            "property {}of '{}' object has no setter", self.property_name_repr(&d), self.type_name(obj)))),
                        (None, _, None) => Err(self.new_attribute_error(format!(
                            "property {}of '{}' object has no deleter", self.property_name_repr(&d), self.type_name(obj)))),
                    };
                }
                Payload::GetSet { name: gname, owner } => {
                    if matches!(obj.payload, Payload::Type(_)) && crate::types::type_::is_subtype(owner, &self.ctx.types.type_type) {
                        if let Payload::Type(t) = &obj.payload {
                            if !t.heap {
                                return Err(self.new_type_error(format!(
                                    "cannot set '{}' attribute of immutable type '{}'", gname, t.name())));
                            }
                        }
                        return crate::types::type_methods::type_set_attr(self, obj, name, value);
                    }
                    if crate::types::attrs::special_setattr(self, obj, gname, &value)? {
                        return Ok(());
                    }
                    return Err(self.new_attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable", gname, self.type_name(obj))));
                }
                Payload::SlotMember { index, .. } => {
                    if let Some(slot) = obj.slots.get(*index) {
                        if value.is_none() && slot.get().is_none() {
                            return Err(self.new_attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), n)));
                        }
                        slot.set(value);
                        return Ok(());
                    }
                }
                _ => {
                    let dcls = d.class();
                    if as_type(&dcls).map(|t| t.heap).unwrap_or(false) {
                        match &value {
                            Some(v) => {
                                if let Some(set) = lookup(&dcls, "__set__") {
                                    return self.call(&set, &[d.clone(), obj.clone(), v.clone()]).map(|_| ());
                                }
                            }
                            None => {
                                if let Some(del) = lookup(&dcls, "__delete__") {
                                    return self.call(&del, &[d.clone(), obj.clone()]).map(|_| ());
                                }
                            }
                        }
                    }
                }
            }
        }
        if let Payload::Type(t) = &obj.payload {
            if !t.heap {
                return Err(self.new_type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'", n, t.name())));
            }
            crate::types::type_methods::type_set_attr(self, obj, name, value)?;
            return Ok(());
        }
        if let Payload::Module(d) = &obj.payload {
            return match value {
                Some(v) => self.set_item(d, name.clone(), v),
                None => match self.del_item(d, name) {
                    Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => Err(self.attribute_error_for(obj, n)),
                    r => r,
                },
            };
        }
        if crate::types::attrs::special_setattr(self, obj, n, &value)? {
            return Ok(());
        }
        match obj.dict.get() {
            Some(d) => match value {
                Some(v) => {
                    if let Payload::Dict(dd) = &d.payload {
                        dd.set_item(self, name.clone(), v)
                    } else {
                        self.set_item(&d, name.clone(), v)
                    }
                }
                None => match self.del_item(&d, name) {
                    Err(e) if self.err_matches(&e, &self.ctx.exc.key_error) => Err(self.attribute_error_for(obj, n)),
                    r => r,
                },
            },
            None => {
                if lookup(&cls, n).is_some() {
                    Err(self.new_attribute_error(format!("'{}' object attribute '{}' is read-only", self.type_name(obj), n)))
                } else {
                    Err(self.new_attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), n)))
                }
            }
        }
    }

    /// Load `obj.name` for an immediate call, avoiding a bound method when the
    /// attribute is a plain function on the type (CPython's LOAD_METHOD).
    pub fn load_method(&self, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Method> {
        let cls = obj.class();
        if let Some(t) = as_type(&cls) {
            let plain = !crate::types::type_::custom_getattribute(&cls);
            if plain && !matches!(obj.payload, Payload::Type(_) | Payload::Module(_)) {
                if let Some(d) = crate::types::type_::lookup_obj(&cls, name) {
                    let is_method = match &d.payload {
                        Payload::Function(_) => true,
                        Payload::NativeFunction(nf) => nf.kind == NativeKind::Method,
                        _ => false,
                    };
                    if is_method {
                        let shadowed = match obj.dict.get() {
                            Some(dd) => match &dd.payload {
                                Payload::Dict(dd) => match &name.payload {
                                    Payload::Str(p) => dd.get_str_obj(name, p.as_str(), p.hash()).is_some(),
                                    _ => true,
                                },
                                _ => true,
                            },
                            None => false,
                        };
                        if !shadowed {
                            return Ok(Method::Unbound(d));
                        }
                    }
                }
            }
        }
        self.get_attr(obj, name).map(Method::Attr)
    }

    /// Look up a special method on the type (not the instance) and call it.
    /// Ok(None) when the type has no such method.
    pub fn call_special(&self, obj: &PyObjectRef, name: &str, args: &[PyObjectRef]) -> PyResult<Option<PyObjectRef>> {
        let cls = obj.class();
        match lookup(&cls, name) {
            Some(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                match &f.payload {
                    Payload::Function(_) | Payload::NativeFunction(_) if !matches!(&f.payload, Payload::NativeFunction(nf) if nf.kind != NativeKind::Method) => {
                        full.push(obj.clone());
                        full.extend_from_slice(args);
                        self.call(&f, &full).map(Some)
                    }
                    _ => {
                        let bound = self.descr_get(f, Some(obj), &cls)?;
                        self.call(&bound, args).map(Some)
                    }
                }
            }
            None => Ok(None),
        }
    }
}

/// Marker to keep `is_data_descr` readable.
struct BaseKindProp;
impl BaseKindProp {
    const PROPERTY: crate::types::type_::BaseKind = crate::types::type_::BaseKind::Property;
}
