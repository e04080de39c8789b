//! The object protocol: repr/str, hash, truth, len, rich comparison,
//! containment, subscription, iteration. Mirrors `Objects/object.c` and
//! `Objects/abstract.c`. Fast paths for exact builtin types first, then the
//! type's special method.

use crate::object::{Payload, PyObjectRef};
use crate::types::type_::{as_type, is_subtype, lookup};
use crate::vm::{str_of, PyResult, Vm};
use pyrite_bytecode::CmpOp;

impl Vm {
    /// `repr(obj)` as a Rust string.
    pub fn repr(&self, obj: &PyObjectRef) -> PyResult<String> {
        let r = self.repr_obj(obj)?;
        Ok(str_of(&r).to_string())
    }

    /// `repr(obj)` as a str object.
    pub fn repr_obj(&self, obj: &PyObjectRef) -> PyResult {
        if let Payload::Str(_) = &obj.payload {
            if obj.class_is(&self.ctx.types.str_type) {
                return Ok(self.new_string(crate::types::str_methods::repr_str(str_of(obj))));
            }
        }
        if let Payload::Int(i) = &obj.payload {
            if obj.class_is(&self.ctx.types.int_type) {
                return Ok(self.new_string(crate::types::int_methods::int_to_decimal(self, i)?));
            }
        }
        self.enter_recursion(" while getting the repr of an object")?;
        let r = self.call_special(obj, "__repr__", &[]);
        self.leave_recursion();
        let r = r?.ok_or_else(|| self.new_type_error("object has no __repr__"))?;
        if !matches!(r.payload, Payload::Str(_)) {
            return Err(self.new_type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r))));
        }
        Ok(r)
    }

    /// `str(obj)` as a str object.
    pub fn str_obj(&self, obj: &PyObjectRef) -> PyResult {
        if let Payload::Str(_) = &obj.payload {
            if obj.class_is(&self.ctx.types.str_type) {
                return Ok(obj.clone());
            }
        }
        if let Payload::Int(i) = &obj.payload {
            if obj.class_is(&self.ctx.types.int_type) {
                return Ok(self.new_string(crate::types::int_methods::int_to_decimal(self, i)?));
            }
        }
        self.enter_recursion(" while getting the str of an object")?;
        let r = self.call_special(obj, "__str__", &[]);
        self.leave_recursion();
        let r = r?.ok_or_else(|| self.new_type_error("object has no __str__"))?;
        if !matches!(r.payload, Payload::Str(_)) {
            return Err(self.new_type_error(format!("__str__ returned non-string (type {})", self.type_name(&r))));
        }
        Ok(r)
    }

    pub fn to_str(&self, obj: &PyObjectRef) -> PyResult<String> {
        Ok(str_of(&self.str_obj(obj)?).to_string())
    }

    /// `hash(obj)`.
    pub fn hash(&self, obj: &PyObjectRef) -> PyResult<i64> {
        match &obj.payload {
            Payload::Str(s) => return Ok(s.hash()),
            Payload::Int(i) if obj.class_is(&self.ctx.types.int_type) || obj.class_is(&self.ctx.types.bool_type) => return Ok(i.hash()),
            Payload::Float(f) if obj.class_is(&self.ctx.types.float_type) => return Ok(crate::types::float::hash_float(*f, obj.id())),
            Payload::Tuple(items) if obj.class_is(&self.ctx.types.tuple_type) => return self.hash_tuple(items),
            _ => {}
        }
        let cls = obj.class();
        match lookup(&cls, "__hash__") {
            Some(h) if !self.is_none(&h) => {
                let r = self.call_special(obj, "__hash__", &[])?.unwrap_or_else(|| self.none());
                match &r.payload {
                    Payload::Int(i) => Ok(match i {
                        crate::types::int::PyInt::Small(v) => if *v == -1 { -2 } else { *v },
                        big => big.hash(),
                    }),
                    _ => Err(self.new_type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(self.new_type_error(format!("unhashable type: '{}'", self.type_name(obj)))),
        }
    }

    /// CPython's tuple hash (xxHash-based, `tuplehash` in Objects/tupleobject.c).
    pub fn hash_tuple(&self, items: &[PyObjectRef]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        self.enter_recursion(" while hashing")?;
        for it in items {
            let lane = match self.hash(it) {
                Ok(h) => h as u64,
                Err(e) => {
                    self.leave_recursion();
                    return Err(e);
                }
            };
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        self.leave_recursion();
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// Truth value (`PyObject_IsTrue`).
    pub fn is_true(&self, obj: &PyObjectRef) -> PyResult<bool> {
        if obj.is(&self.ctx.true_obj) {
            return Ok(true);
        }
        if obj.is(&self.ctx.false_obj) || obj.is(&self.ctx.none) {
            return Ok(false);
        }
        let cls = obj.class();
        let heap = as_type(&cls).map(|t| t.heap).unwrap_or(false);
        if !heap {
            match &obj.payload {
                Payload::Int(i) => return Ok(!i.is_zero()),
                Payload::Float(f) => return Ok(*f != 0.0),
                Payload::Str(s) => return Ok(s.char_len() > 0),
                Payload::List(l) => return Ok(!l.borrow().is_empty()),
                Payload::Tuple(t) => return Ok(!t.is_empty()),
                Payload::Dict(d) => return Ok(!d.is_empty()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(!s.is_empty()),
                Payload::Bytes(b) => return Ok(!b.is_empty()),
                _ => {}
            }
        }
        if let Some(b) = lookup(&cls, "__bool__") {
            let _ = b;
            let r = self.call_special(obj, "__bool__", &[])?.unwrap_or_else(|| self.none());
            return match &r.payload {
                Payload::Int(i) if r.class_is(&self.ctx.types.bool_type) => Ok(!i.is_zero()),
                _ => Err(self.new_type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
            };
        }
        if lookup(&cls, "__len__").is_some() {
            return Ok(self.len(obj)? > 0);
        }
        Ok(true)
    }

    /// `len(obj)`.
    pub fn len(&self, obj: &PyObjectRef) -> PyResult<usize> {
        match &obj.payload {
            Payload::Str(s) if obj.class_is(&self.ctx.types.str_type) => return Ok(s.char_len()),
            Payload::List(l) if obj.class_is(&self.ctx.types.list_type) => return Ok(l.borrow().len()),
            Payload::Tuple(t) if obj.class_is(&self.ctx.types.tuple_type) => return Ok(t.len()),
            Payload::Dict(d) if obj.class_is(&self.ctx.types.dict_type) => return Ok(d.len()),
            _ => {}
        }
        match self.call_special(obj, "__len__", &[])? {
            Some(r) => {
                let n = self.index_value(&r).map_err(|_| {
                    self.new_type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&r)))
                })?;
                if n.is_negative() {
                    return Err(self.new_value_error("__len__() should return >= 0"));
                }
                n.as_i64().map(|v| v as usize).ok_or_else(|| self.new_overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Err(self.new_type_error(format!("object of type '{}' has no len()", self.type_name(obj)))),
        }
    }

    /// `obj == other` as a bool.
    pub fn eq_bool(&self, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
        if a.is(b) {
            // Identity implies equality for containers (CPython's PyObject_RichCompareBool).
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.is_true(&r)
    }

    /// Rich comparison with reflection and CPython's TypeError.
    pub fn rich_compare(&self, a: &PyObjectRef, b: &PyObjectRef, op: CmpOp) -> PyResult {
        if let Some(r) = crate::protocol::number::fast_compare(self, a, b, op) {
            return Ok(self.new_bool(r));
        }
        let ta = a.class();
        let tb = b.class();
        let mut reflected_tried = false;
        if !ta.is(&tb) && is_subtype(&tb, &ta) && lookup(&tb, op.swapped().dunder()).is_some() {
            reflected_tried = true;
            if let Some(r) = self.call_special(b, op.swapped().dunder(), &[a.clone()])? {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(r);
                }
            }
        }
        self.enter_recursion(" in comparison")?;
        let r = self.call_special(a, op.dunder(), &[b.clone()]);
        self.leave_recursion();
        if let Some(r) = r? {
            if !r.is(&self.ctx.not_implemented) {
                return Ok(r);
            }
        }
        if !reflected_tried {
            if let Some(r) = self.call_special(b, op.swapped().dunder(), &[a.clone()])? {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.new_bool(a.is(b))),
            CmpOp::Ne => Ok(self.new_bool(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(), self.type_name(a), self.type_name(b)))),
        }
    }

    pub fn compare_bool(&self, a: &PyObjectRef, b: &PyObjectRef, op: CmpOp) -> PyResult<bool> {
        if let Some(r) = crate::protocol::number::fast_compare(self, a, b, op) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }

    /// `item in container`.
    pub fn contains(&self, container: &PyObjectRef, item: &PyObjectRef) -> PyResult<bool> {
        match &container.payload {
            Payload::Dict(d) if container.class_is(&self.ctx.types.dict_type) => return d.contains(self, item),
            Payload::Set(s) | Payload::FrozenSet(s) if !as_type(&container.class()).map(|t| t.heap).unwrap_or(true) => {
                return match s.contains(self, item) {
                    Err(e) if self.err_matches(&e, &self.ctx.exc.type_error) && matches!(item.payload, Payload::Set(_)) => {
                        let fs = crate::types::set_methods::frozen_copy(self, item)?;
                        s.contains(self, &fs)
                    }
                    r => r,
                };
            }
            Payload::Str(s) if container.class_is(&self.ctx.types.str_type) => {
                return match &item.payload {
                    Payload::Str(i) => Ok(s.as_str().contains(i.as_str())),
                    _ => Err(self.new_type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
                };
            }
            Payload::List(l) if container.class_is(&self.ctx.types.list_type) => {
                let mut i = 0;
                loop {
                    let x = match l.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(false),
                    };
                    if x.is(item) || self.eq_bool(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Payload::Tuple(t) if container.class_is(&self.ctx.types.tuple_type) => {
                for x in t.iter() {
                    if x.is(item) || self.eq_bool(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
        if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
            return self.is_true(&r);
        }
        // Fall back to iteration.
        let it = self.get_iter(container).map_err(|e| {
            if self.err_matches(&e, &self.ctx.exc.type_error) {
                self.new_type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))
            } else {
                e
            }
        })?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `obj[key]`.
    pub fn get_item(&self, obj: &PyObjectRef, key: &PyObjectRef) -> PyResult {
        match (&obj.payload, &key.payload) {
            (Payload::List(l), Payload::Int(i)) if obj.class_is(&self.ctx.types.list_type) => {
                if let Some(i) = i.as_i64() {
                    let l = l.borrow();
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(l[j as usize].clone());
                    }
                }
            }
            (Payload::Tuple(t), Payload::Int(i)) if obj.class_is(&self.ctx.types.tuple_type) => {
                if let Some(i) = i.as_i64() {
                    let n = t.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(t[j as usize].clone());
                    }
                }
            }
            (Payload::Dict(d), _) if obj.class_is(&self.ctx.types.dict_type) => {
                return match d.get_item(self, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.new_key_error(key.clone())),
                };
            }
            _ => {}
        }
        if let Some(r) = self.call_special(obj, "__getitem__", &[key.clone()])? {
            return Ok(r);
        }
        if let Payload::Type(_) = &obj.payload {
            if let Some(cgi) = self.get_attr_opt(obj, "__class_getitem__")? {
                return self.call(&cgi, &[key.clone()]);
            }
            return Err(self.new_type_error(format!("type '{}' is not subscriptable", as_type(obj).map(|t| t.name()).unwrap_or_default())));
        }
        Err(self.new_type_error(format!("'{}' object is not subscriptable", self.type_name(obj))))
    }

    /// `obj[key] = value`.
    pub fn set_item(&self, obj: &PyObjectRef, key: PyObjectRef, value: PyObjectRef) -> PyResult<()> {
        match (&obj.payload, &key.payload) {
            (Payload::Dict(d), _) if obj.class_is(&self.ctx.types.dict_type) => return d.set_item(self, key, value),
            (Payload::List(l), Payload::Int(i)) if obj.class_is(&self.ctx.types.list_type) => {
                if let Some(i) = i.as_i64() {
                    let mut l = l.borrow_mut();
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        let old = std::mem::replace(&mut l[j as usize], value);
                        drop(l);
                        drop(old);
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        match self.call_special(obj, "__setitem__", &[key, value])? {
            Some(_) => Ok(()),
            None => Err(self.new_type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&self, obj: &PyObjectRef, key: &PyObjectRef) -> PyResult<()> {
        if let Payload::Dict(d) = &obj.payload {
            if obj.class_is(&self.ctx.types.dict_type) {
                return match d.del_item(self, key)? {
                    Some(_) => Ok(()),
                    None => Err(self.new_key_error(key.clone())),
                };
            }
        }
        match self.call_special(obj, "__delitem__", &[key.clone()])? {
            Some(_) => Ok(()),
            None => Err(self.new_type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj)))),
        }
    }

    /// `iter(obj)`.
    pub fn get_iter(&self, obj: &PyObjectRef) -> PyResult {
        let cls = obj.class();
        if let Some(f) = lookup(&cls, "__iter__") {
            if self.is_none(&f) {
                return Err(self.new_type_error(format!("'{}' object is not iterable", self.type_name(obj))));
            }
            let it = self.call_special(obj, "__iter__", &[])?.unwrap_or_else(|| self.none());
            if lookup(&it.class(), "__next__").is_none() {
                return Err(self.new_type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
            }
            return Ok(it);
        }
        if lookup(&cls, "__getitem__").is_some() {
            return Ok(crate::types::iter::new_seq_iter(self, obj.clone(), &self.ctx.types.iterator_type));
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", self.type_name(obj))))
    }

    /// `next(it)`: Ok(None) at exhaustion.
    pub fn next(&self, it: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
        if let Some(r) = crate::types::iter::fast_next(self, it) {
            return r;
        }
        match self.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.new_type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
            Err(e) if self.err_matches(&e, &self.ctx.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collect an iterable into a Vec.
    pub fn collect(&self, obj: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
        match &obj.payload {
            Payload::List(l) if obj.class_is(&self.ctx.types.list_type) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) if obj.class_is(&self.ctx.types.tuple_type) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(obj)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `operator.index(obj)` as a PyInt.
    pub fn index_value(&self, obj: &PyObjectRef) -> PyResult<crate::types::int::PyInt> {
        if let Payload::Int(i) = &obj.payload {
            return Ok(i.clone());
        }
        match self.call_special(obj, "__index__", &[])? {
            Some(r) => match &r.payload {
                Payload::Int(i) => Ok(i.clone()),
                _ => Err(self.new_type_error(format!("__index__ returned non-int (type {})", self.type_name(&r)))),
            },
            None => Err(self.new_type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(obj)))),
        }
    }

    /// `operator.index(obj)` as an i64 (OverflowError when too big).
    pub fn index_i64(&self, obj: &PyObjectRef) -> PyResult<i64> {
        let i = self.index_value(obj)?;
        i.as_i64().ok_or_else(|| self.new_index_error(format!("cannot fit 'int' into an index-sized integer")))
    }

    /// `isinstance(obj, cls)` with `__instancecheck__` and tuples.
    pub fn isinstance(&self, obj: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
        if obj.class_is(cls) {
            return Ok(true);
        }
        if let Payload::Tuple(items) = &cls.payload {
            for c in items.iter() {
                if self.with_recursion(" in __instancecheck__", || self.isinstance(obj, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Payload::Type(_) = &cls.payload {
            let meta = cls.class();
            if !meta.is(&self.ctx.types.type_type) {
                if let Some(f) = lookup(&meta, "__instancecheck__") {
                    let r = self.call(&f, &[cls.clone(), obj.clone()])?;
                    return self.is_true(&r);
                }
            }
            if is_subtype(&obj.class(), cls) {
                return Ok(true);
            }
            // __class__ may be overridden.
            if let Ok(Some(c)) = self.get_attr_opt(obj, "__class__") {
                if !c.is(&obj.class()) && matches!(c.payload, Payload::Type(_)) {
                    return Ok(is_subtype(&c, cls));
                }
            }
            return Ok(false);
        }
        let meta = cls.class();
        if let Some(f) = lookup(&meta, "__instancecheck__") {
            let r = self.call(&f, &[cls.clone(), obj.clone()])?;
            return self.is_true(&r);
        }
        Err(self.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
    }

    /// `issubclass(sub, cls)`.
    pub fn issubclass(&self, sub: &PyObjectRef, cls: &PyObjectRef) -> PyResult<bool> {
        if let Payload::Tuple(items) = &cls.payload {
            for c in items.iter() {
                if self.with_recursion(" in __subclasscheck__", || self.issubclass(sub, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let meta = cls.class();
        if !meta.is(&self.ctx.types.type_type) {
            if let Some(f) = lookup(&meta, "__subclasscheck__") {
                let r = self.call(&f, &[cls.clone(), sub.clone()])?;
                return self.is_true(&r);
            }
        }
        if !matches!(sub.payload, Payload::Type(_)) {
            return Err(self.new_type_error("issubclass() arg 1 must be a class"));
        }
        if !matches!(cls.payload, Payload::Type(_)) {
            return Err(self.new_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        Ok(is_subtype(sub, cls))
    }
}
