//! `dict` methods and the keys/values/items views. Mirrors
//! `Objects/dictobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::dict::PyDict;
use crate::types::function::{Args, NativeKind};
use crate::vm::{add_method, add_methods, str_of, PyResult, Vm};
use std::cell::Cell;

pub fn dict_ref<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyDict> {
    match &o.payload {
        Payload::Dict(d) => Ok(d),
        _ => Err(vm.new_type_error(format!("descriptor requires a 'dict' object but received a '{}'", vm.type_name(o)))),
    }
}

pub fn dict_repr_str(vm: &Vm, o: &PyObjectRef) -> PyResult<String> {
    let d = dict_ref(vm, o)?;
    let items = d.items();
    if items.is_empty() {
        return Ok("{}".into());
    }
    if !crate::types::misc::repr_enter(vm, o) {
        return Ok("{...}".into());
    }
    let mut out = String::from("{");
    let mut res = Ok(());
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr(k).and_then(|ks| vm.repr(v).map(|vs| (ks, vs))) {
            Ok((ks, vs)) => {
                out.push_str(&ks);
                out.push_str(": ");
                out.push_str(&vs);
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    crate::types::misc::repr_leave(vm, o);
    res?;
    out.push('}');
    Ok(out)
}

fn dict_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(dict_repr_str(vm, &args.args[0])?))
}

fn dict_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(dict_ref(vm, &args.args[0])?.len() as i64))
}

fn dict_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, k] = args.exact::<2>(vm, "__getitem__")?;
    let d = dict_ref(vm, o)?;
    match d.get_item(vm, k)? {
        Some(v) => Ok(v),
        None => {
            if !o.class_is(&vm.ctx.types.dict_type) {
                if let Some(r) = vm.call_special(o, "__missing__", &[k.clone()])? {
                    return Ok(r);
                }
            }
            Err(vm.new_key_error(k.clone()))
        }
    }
}

fn dict_setitem(vm: &Vm, args: Args) -> PyResult {
    let [o, k, v] = args.exact::<3>(vm, "__setitem__")?;
    dict_ref(vm, o)?.set_item(vm, k.clone(), v.clone())?;
    Ok(vm.none())
}

fn dict_delitem(vm: &Vm, args: Args) -> PyResult {
    let [o, k] = args.exact::<2>(vm, "__delitem__")?;
    match dict_ref(vm, o)?.del_item(vm, k)? {
        Some(_) => Ok(vm.none()),
        None => Err(vm.new_key_error(k.clone())),
    }
}

fn dict_contains(vm: &Vm, args: Args) -> PyResult {
    let [o, k] = args.exact::<2>(vm, "__contains__")?;
    Ok(vm.new_bool(dict_ref(vm, o)?.contains(vm, k)?))
}

pub fn new_dict_iter(vm: &Vm, d: &PyObjectRef, kind: u8) -> PyResult {
    let size = dict_ref(vm, d)?.len();
    let cls = match kind {
        0 => &vm.ctx.types.dict_keyiterator_type,
        1 => &vm.ctx.types.dict_valueiterator_type,
        _ => &vm.ctx.types.dict_itemiterator_type,
    };
    Ok(PyObjectRef::new(cls.clone(), Payload::DictIter { dict: d.clone(), pos: Cell::new(0), kind, size }))
}

fn dict_iter(vm: &Vm, args: Args) -> PyResult {
    new_dict_iter(vm, &args.args[0], 0)
}

fn dict_reversed(vm: &Vm, args: Args) -> PyResult {
    let keys: Vec<PyObjectRef> = dict_ref(vm, &args.args[0])?.keys().into_iter().rev().collect();
    let l = vm.new_list(keys);
    Ok(crate::types::iter::new_seq_iter(vm, l, &vm.ctx.types.dict_keyiterator_type))
}

fn view(vm: &Vm, d: &PyObjectRef, kind: u8) -> PyObjectRef {
    let cls = match kind {
        0 => &vm.ctx.types.dict_keys_type,
        1 => &vm.ctx.types.dict_values_type,
        _ => &vm.ctx.types.dict_items_type,
    };
    PyObjectRef::new(cls.clone(), Payload::DictView { dict: d.clone(), kind })
}

fn dict_keys(vm: &Vm, args: Args) -> PyResult {
    dict_ref(vm, &args.args[0])?;
    Ok(view(vm, &args.args[0], 0))
}
fn dict_values(vm: &Vm, args: Args) -> PyResult {
    dict_ref(vm, &args.args[0])?;
    Ok(view(vm, &args.args[0], 1))
}
fn dict_items(vm: &Vm, args: Args) -> PyResult {
    dict_ref(vm, &args.args[0])?;
    Ok(view(vm, &args.args[0], 2))
}

fn dict_get(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "get", 2, 3)?;
    match dict_ref(vm, &pos[0])?.get_item(vm, &pos[1])? {
        Some(v) => Ok(v),
        None => Ok(pos.get(2).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn dict_setdefault(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "setdefault", 2, 3)?;
    let d = dict_ref(vm, &pos[0])?;
    match d.get_item(vm, &pos[1])? {
        Some(v) => Ok(v),
        None => {
            let v = pos.get(2).cloned().unwrap_or_else(|| vm.none());
            d.set_item(vm, pos[1].clone(), v.clone())?;
            Ok(v)
        }
    }
}

fn dict_pop(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "pop", 2, 3)?;
    match dict_ref(vm, &pos[0])?.del_item(vm, &pos[1])? {
        Some(v) => Ok(v),
        None => match pos.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_key_error(pos[1].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: Args) -> PyResult {
    match dict_ref(vm, &args.args[0])?.pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_exception_msg(&vm.ctx.exc.key_error, "popitem(): dictionary is empty".into())),
    }
}

fn dict_clear(vm: &Vm, args: Args) -> PyResult {
    dict_ref(vm, &args.args[0])?.clear();
    Ok(vm.none())
}

fn dict_copy(vm: &Vm, args: Args) -> PyResult {
    let d = dict_ref(vm, &args.args[0])?;
    Ok(PyObjectRef::new(vm.ctx.types.dict_type.clone(), Payload::Dict(Box::new(d.copy()))))
}

/// `dict.update(other=(), **kw)` semantics, shared with `dict(...)`.
pub fn update_from(vm: &Vm, d: &PyDict, src: Option<&PyObjectRef>, args: &Args) -> PyResult<()> {
    if let Some(src) = src {
        if let Payload::Dict(s) = &src.payload {
            if src.class_is(&vm.ctx.types.dict_type) || crate::types::type_::lookup(&src.class(), "keys").map(|k| matches!(k.payload, Payload::NativeFunction(_))).unwrap_or(false) {
                for (k, v) in s.items() {
                    d.set_item(vm, k, v)?;
                }
            } else {
                update_mapping(vm, d, src)?;
            }
        } else if vm.get_attr_opt(src, "keys")?.is_some() {
            update_mapping(vm, d, src)?;
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = vm.collect(&item).map_err(|e| {
                    if vm.err_matches(&e, &vm.ctx.exc.type_error) {
                        vm.new_type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i))
                    } else {
                        e
                    }
                })?;
                if pair.len() != 2 {
                    return Err(vm.new_value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required", i, pair.len())));
                }
                let mut p = pair.into_iter();
                if let (Some(k), Some(v)) = (p.next(), p.next()) {
                    d.set_item(vm, k, v)?;
                }
                i += 1;
            }
        }
    }
    for (k, v) in args.kwargs() {
        d.set_item(vm, vm.new_str(k), v.clone())?;
    }
    Ok(())
}

fn update_mapping(vm: &Vm, d: &PyDict, src: &PyObjectRef) -> PyResult<()> {
    let keys = vm.call_method(src, "keys", &[])?;
    for k in vm.collect(&keys)? {
        let v = vm.get_item(src, &k)?;
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

fn dict_update(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let a = args.shift();
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("update expected at most 1 argument, got {}", pos.len())));
    }
    update_from(vm, dict_ref(vm, &o)?, pos.first(), &a)?;
    Ok(vm.none())
}

fn dict_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let a = args.shift();
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
    }
    update_from(vm, dict_ref(vm, &o)?, pos.first(), &a)?;
    Ok(vm.none())
}

fn dict_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if cls.is(&vm.ctx.types.dict_type) {
        return Ok(vm.new_dict());
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Dict(Box::new(PyDict::new()))))
}

fn dict_fromkeys(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "fromkeys", 2, 3)?;
    let cls = &pos[0];
    let value = pos.get(2).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call(cls, &[])?;
    for k in vm.collect(&pos[1])? {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

fn dict_eq_impl(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<Option<bool>> {
    let (x, y) = match (&a.payload, &b.payload) {
        (Payload::Dict(x), Payload::Dict(y)) => (x, y),
        _ => return Ok(None),
    };
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    for (k, v) in x.items() {
        match y.get_item(vm, &k)? {
            Some(w) => {
                if !v.is(&w) && !vm.eq_bool(&v, &w)? {
                    return Ok(Some(false));
                }
            }
            None => return Ok(Some(false)),
        }
    }
    Ok(Some(true))
}

fn dict_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match vm.with_recursion(" in comparison", || dict_eq_impl(vm, a, b))? {
        Some(r) => Ok(vm.new_bool(r)),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn dict_ne(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ne__")?;
    match vm.with_recursion(" in comparison", || dict_eq_impl(vm, a, b))? {
        Some(r) => Ok(vm.new_bool(!r)),
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn dict_or(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    if !matches!(b.payload, Payload::Dict(_)) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let new = vm.call_method(a, "copy", &[])?;
    vm.call_method(&new, "update", &[b.clone()])?;
    Ok(new)
}

fn dict_ror(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    if !matches!(b.payload, Payload::Dict(_)) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let d = vm.new_dict();
    let dd = dict_ref(vm, &d)?;
    update_from(vm, dd, Some(b), &Args::new(&[]))?;
    update_from(vm, dd, Some(a), &Args::new(&[]))?;
    Ok(d)
}

fn dict_ior(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ior__")?;
    update_from(vm, dict_ref(vm, a)?, Some(b), &Args::new(&[]))?;
    Ok(a.clone())
}

fn dict_class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

fn dict_sizeof(vm: &Vm, args: Args) -> PyResult {
    let n = dict_ref(vm, &args.args[0])?.len();
    Ok(vm.new_int(48 + 24 * n as i64))
}

// ---- views ----

fn view_parts(vm: &Vm, o: &PyObjectRef) -> PyResult<(PyObjectRef, u8)> {
    match &o.payload {
        Payload::DictView { dict, kind } => Ok((dict.clone(), *kind)),
        _ => Err(vm.new_type_error("expected a dict view")),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult {
    let (d, _) = view_parts(vm, &args.args[0])?;
    Ok(vm.new_int(dict_ref(vm, &d)?.len() as i64))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult {
    let (d, k) = view_parts(vm, &args.args[0])?;
    new_dict_iter(vm, &d, k)
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult {
    let (d, k) = view_parts(vm, &args.args[0])?;
    let dd = dict_ref(vm, &d)?;
    let items: Vec<PyObjectRef> = match k {
        0 => dd.keys(),
        1 => dd.values(),
        _ => dd.items().into_iter().map(|(a, b)| vm.new_tuple(vec![a, b])).collect(),
    };
    let l = vm.new_list(items.into_iter().rev().collect());
    Ok(crate::types::iter::new_seq_iter(vm, l, &vm.ctx.types.dict_keyiterator_type))
}

fn view_contains(vm: &Vm, args: Args) -> PyResult {
    let [v, x] = args.exact::<2>(vm, "__contains__")?;
    let (d, k) = view_parts(vm, v)?;
    let dd = dict_ref(vm, &d)?;
    match k {
        0 => Ok(vm.new_bool(dd.contains(vm, x)?)),
        1 => {
            for val in dd.values() {
                if val.is(x) || vm.eq_bool(&val, x)? {
                    return Ok(vm.new_bool(true));
                }
            }
            Ok(vm.new_bool(false))
        }
        _ => {
            let pair = match &x.payload {
                Payload::Tuple(t) if t.len() == 2 => t,
                _ => return Ok(vm.new_bool(false)),
            };
            match dd.get_item(vm, &pair[0])? {
                Some(val) => Ok(vm.new_bool(val.is(&pair[1]) || vm.eq_bool(&val, &pair[1])?)),
                None => Ok(vm.new_bool(false)),
            }
        }
    }
}

fn view_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let (d, k) = view_parts(vm, o)?;
    let dd = dict_ref(vm, &d)?;
    let items: Vec<PyObjectRef> = match k {
        0 => dd.keys(),
        1 => dd.values(),
        _ => dd.items().into_iter().map(|(a, b)| vm.new_tuple(vec![a, b])).collect(),
    };
    let name = match k {
        0 => "dict_keys",
        1 => "dict_values",
        _ => "dict_items",
    };
    let inner = crate::types::list_methods::seq_repr(vm, o, &items, "[", "]")?;
    Ok(vm.new_string(format!("{}({})", name, inner)))
}

/// Set operations on keys/items views produce sets.
fn view_setop(vm: &Vm, args: Args, op: &str) -> PyResult {
    let [a, b] = args.exact::<2>(vm, op)?;
    let left = if matches!(a.payload, Payload::DictView { .. }) { a.clone() } else { b.clone() };
    let right = if left.is(a) { b.clone() } else { a.clone() };
    let s = vm.call(&vm.ctx.types.set_type, &[left])?;
    let method = match op {
        "__and__" | "__rand__" => "intersection_update",
        "__or__" | "__ror__" => "update",
        "__xor__" | "__rxor__" => "symmetric_difference_update",
        _ => "difference_update",
    };
    if op == "__rsub__" {
        let s2 = vm.call(&vm.ctx.types.set_type, &[right])?;
        vm.call_method(&s2, "difference_update", &[a.clone()])?;
        return Ok(s2);
    }
    vm.call_method(&s, method, &[right])?;
    Ok(s)
}
fn view_and(vm: &Vm, args: Args) -> PyResult { view_setop(vm, args, "__and__") }
fn view_or(vm: &Vm, args: Args) -> PyResult { view_setop(vm, args, "__or__") }
fn view_xor(vm: &Vm, args: Args) -> PyResult { view_setop(vm, args, "__xor__") }
fn view_sub(vm: &Vm, args: Args) -> PyResult { view_setop(vm, args, "__sub__") }
fn view_rsub(vm: &Vm, args: Args) -> PyResult { view_setop(vm, args, "__rsub__") }

fn view_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let (_, k) = view_parts(vm, a)?;
    if k == 1 {
        return Ok(vm.new_bool(a.is(b)));
    }
    let sa = vm.call(&vm.ctx.types.set_type, &[a.clone()])?;
    let sb = match &b.payload {
        Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. } => vm.call(&vm.ctx.types.set_type, &[b.clone()])?,
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    Ok(vm.new_bool(vm.eq_bool(&sa, &sb)?))
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "isdisjoint")?;
    for x in vm.collect(b)? {
        if vm.contains(a, &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn view_mapping_getter(vm: &Vm, args: Args) -> PyResult {
    view_mapping(vm, args)
}

fn view_mapping(vm: &Vm, args: Args) -> PyResult {
    let (d, _) = view_parts(vm, &args.args[0])?;
    Ok(PyObjectRef::new(vm.ctx.types.mappingproxy_type.clone(), Payload::MappingProxy(d)))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.dict_type;
    add_method(vm, t, "__new__", dict_new, NativeKind::StaticMethod);
    add_method(vm, t, "fromkeys", dict_fromkeys, NativeKind::ClassMethod);
    add_method(vm, t, "__class_getitem__", dict_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, t, &[
        ("__init__", dict_init), ("__repr__", dict_repr), ("__len__", dict_len), ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem), ("__delitem__", dict_delitem), ("__contains__", dict_contains),
        ("__iter__", dict_iter), ("__reversed__", dict_reversed), ("keys", dict_keys), ("values", dict_values),
        ("items", dict_items), ("get", dict_get), ("setdefault", dict_setdefault), ("pop", dict_pop),
        ("popitem", dict_popitem), ("clear", dict_clear), ("copy", dict_copy), ("update", dict_update),
        ("__eq__", dict_eq), ("__ne__", dict_ne), ("__or__", dict_or), ("__ror__", dict_ror), ("__ior__", dict_ior),
        ("__sizeof__", dict_sizeof),
    ]);
    if let Some(tt) = crate::types::type_::as_type(t) {
        tt.dict().set_str(vm, "__hash__", vm.none());
    }
    for (i, v) in [&vm.ctx.types.dict_keys_type, &vm.ctx.types.dict_values_type, &vm.ctx.types.dict_items_type].iter().enumerate() {
        add_methods(vm, v, &[
            ("__len__", view_len), ("__iter__", view_iter), ("__reversed__", view_reversed),
            ("__contains__", view_contains), ("__repr__", view_repr),
        ]);
        if i != 1 {
            add_methods(vm, v, &[
                ("__and__", view_and), ("__rand__", view_and), ("__or__", view_or), ("__ror__", view_or),
                ("__xor__", view_xor), ("__rxor__", view_xor), ("__sub__", view_sub), ("__rsub__", view_rsub),
                ("__eq__", view_eq), ("isdisjoint", view_isdisjoint),
            ]);
            if let Some(tt) = crate::types::type_::as_type(v) {
                tt.dict().set_str(vm, "__hash__", vm.none());
            }
        }
        crate::types::misc::add_getter(vm, v, "mapping", view_mapping_getter);
    }
    let _ = str_of;
}
