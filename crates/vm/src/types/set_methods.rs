//! `set` and `frozenset` methods. Mirrors `Objects/setobject.c`, including
//! its frozenset hash.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::set::PySet;
use crate::vm::{add_method, add_methods, PyResult, Vm};
use std::cell::Cell;

pub fn set_ref<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PySet> {
    match &o.payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Ok(s),
        _ => Err(vm.new_type_error(format!("descriptor requires a 'set' object but received a '{}'", vm.type_name(o)))),
    }
}

fn is_set_like(o: &PyObjectRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

/// A frozenset with the same elements (for `set in set` lookups).
pub fn frozen_copy(vm: &Vm, o: &PyObjectRef) -> PyResult {
    let s = set_ref(vm, o)?;
    Ok(PyObjectRef::new(vm.ctx.types.frozenset_type.clone(), Payload::FrozenSet(Box::new(s.copy()))))
}

fn new_like(vm: &Vm, template: &PyObjectRef, s: PySet) -> PyObjectRef {
    match &template.payload {
        Payload::FrozenSet(_) => PyObjectRef::new(vm.ctx.types.frozenset_type.clone(), Payload::FrozenSet(Box::new(s))),
        _ => PyObjectRef::new(vm.ctx.types.set_type.clone(), Payload::Set(Box::new(s))),
    }
}

fn fill_from(vm: &Vm, s: &PySet, it: &PyObjectRef) -> PyResult<()> {
    if let Payload::Set(src) | Payload::FrozenSet(src) = &it.payload {
        for (h, k) in src.items_hashed() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    if let Payload::Dict(d) = &it.payload {
        if it.class_is(&vm.ctx.types.dict_type) {
            for k in d.keys() {
                s.add(vm, k)?;
            }
            return Ok(());
        }
    }
    let iter = vm.get_iter(it)?;
    while let Some(x) = vm.next(&iter)? {
        s.add(vm, x)?;
    }
    Ok(())
}

fn key_for_lookup(vm: &Vm, s: &PySet, x: &PyObjectRef, f: impl Fn(&PySet, &PyObjectRef) -> PyResult<bool>) -> PyResult<bool> {
    match f(s, x) {
        Err(e) if vm.err_matches(&e, &vm.ctx.exc.type_error) && matches!(x.payload, Payload::Set(_)) => {
            let fx = frozen_copy(vm, x)?;
            f(s, &fx)
        }
        r => r,
    }
}

fn set_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let s = set_ref(vm, o)?;
    let items = s.items();
    let cls = o.class();
    let name = vm.type_name(o);
    let is_frozen = matches!(o.payload, Payload::FrozenSet(_));
    let exact = cls.is(&vm.ctx.types.set_type) || cls.is(&vm.ctx.types.frozenset_type);
    if items.is_empty() {
        return Ok(vm.new_string(format!("{}()", name)));
    }
    let inner = crate::types::list_methods::seq_repr(vm, o, &items, "{", "}")?;
    if exact && !is_frozen {
        return Ok(vm.new_string(inner));
    }
    Ok(vm.new_string(format!("{}({})", name, inner)))
}

fn set_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(set_ref(vm, &args.args[0])?.len() as i64))
}

fn set_contains(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__contains__")?;
    let s = set_ref(vm, o)?;
    Ok(vm.new_bool(key_for_lookup(vm, s, x, |s, k| s.contains(vm, k))?))
}

fn set_iter(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let size = set_ref(vm, o)?.len();
    Ok(PyObjectRef::new(vm.ctx.types.set_iterator_type.clone(), Payload::SetIter { set: o.clone(), pos: Cell::new(0), size }))
}

fn set_add(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "add")?;
    set_ref(vm, o)?.add(vm, x.clone())?;
    Ok(vm.none())
}

fn set_discard(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "discard")?;
    let s = set_ref(vm, o)?;
    key_for_lookup(vm, s, x, |s, k| s.discard(vm, k))?;
    Ok(vm.none())
}

fn set_remove(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "remove")?;
    let s = set_ref(vm, o)?;
    if !key_for_lookup(vm, s, x, |s, k| s.discard(vm, k))? {
        return Err(vm.new_key_error(x.clone()));
    }
    Ok(vm.none())
}

fn set_pop(vm: &Vm, args: Args) -> PyResult {
    match set_ref(vm, &args.args[0])?.pop() {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_msg(&vm.ctx.exc.key_error, "pop from an empty set".into())),
    }
}

fn set_clear(vm: &Vm, args: Args) -> PyResult {
    set_ref(vm, &args.args[0])?.clear();
    Ok(vm.none())
}

fn set_copy(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    if o.class_is(&vm.ctx.types.frozenset_type) {
        return Ok(o.clone());
    }
    let s = set_ref(vm, o)?;
    Ok(new_like(vm, o, s.copy()))
}

fn set_update(vm: &Vm, args: Args) -> PyResult {
    let s = set_ref(vm, &args.args[0])?;
    for other in &args.pos()[1..] {
        fill_from(vm, s, other)?;
    }
    Ok(vm.none())
}

fn collect_set(vm: &Vm, o: &PyObjectRef) -> PyResult<PySet> {
    let s = PySet::new();
    fill_from(vm, &s, o)?;
    Ok(s)
}

fn union(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let s = set_ref(vm, o)?.copy();
    for other in &args.pos()[1..] {
        fill_from(vm, &s, other)?;
    }
    Ok(new_like(vm, o, s))
}

fn intersection_of(vm: &Vm, a: &PySet, b: &PyObjectRef) -> PyResult<PySet> {
    let out = PySet::new();
    if !is_set_like(b) {
        // CPython iterates the other iterable, keeping what is in `a`.
        let it = vm.get_iter(b)?;
        while let Some(x) = vm.next(&it)? {
            let h = vm.hash(&x)?;
            if a.contains_hashed(vm, &x, h)? {
                out.add_hashed(vm, x, h)?;
            }
        }
        return Ok(out);
    }
    let other: Option<PySet> = None;
    let bs: &PySet = match &other {
        Some(s) => s,
        None => set_ref(vm, b)?,
    };
    // Iterate the smaller set, as CPython does (affects order).
    if bs.len() < a.len() && other.is_none() {
        for (h, k) in bs.items_hashed() {
            if a.contains_hashed(vm, &k, h)? {
                out.add_hashed(vm, k, h)?;
            }
        }
    } else {
        for (h, k) in a.items_hashed() {
            if bs.contains_hashed(vm, &k, h)? {
                out.add_hashed(vm, k, h)?;
            }
        }
    }
    Ok(out)
}

fn intersection(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let mut cur = set_ref(vm, o)?.copy();
    for other in &args.pos()[1..] {
        cur = intersection_of(vm, &cur, other)?;
    }
    Ok(new_like(vm, o, cur))
}

fn intersection_update(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let s = set_ref(vm, o)?;
    let mut cur = s.copy();
    for other in &args.pos()[1..] {
        cur = intersection_of(vm, &cur, other)?;
    }
    s.clear();
    for (h, k) in cur.items_hashed() {
        s.add_hashed(vm, k, h)?;
    }
    Ok(vm.none())
}

fn difference_of(vm: &Vm, a: &PySet, b: &PyObjectRef) -> PyResult<PySet> {
    // CPython's set_difference: copy-and-discard unless `a` is small relative to `b`.
    let b_is_set = is_set_like(b);
    let b_len = if b_is_set || matches!(b.payload, Payload::Dict(_)) { Some(vm.len(b)?) } else { None };
    let copy_and_discard = match b_len {
        None => true,
        Some(n) => (a.len() >> 2) > n,
    };
    if copy_and_discard {
        let out = a.copy();
        let it = vm.get_iter(b)?;
        while let Some(x) = vm.next(&it)? {
            out.discard(vm, &x)?;
        }
        return Ok(out);
    }
    let other = if is_set_like(b) { None } else { Some(collect_set(vm, b)?) };
    let bs: &PySet = match &other {
        Some(s) => s,
        None => set_ref(vm, b)?,
    };
    let out = PySet::new();
    for (h, k) in a.items_hashed() {
        if !bs.contains_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

fn difference(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let others = &args.pos()[1..];
    let s = set_ref(vm, o)?;
    let cur = match others.first() {
        None => s.copy(),
        Some(first) => difference_of(vm, s, first)?,
    };
    for other in others.iter().skip(1) {
        let it = vm.get_iter(other)?;
        while let Some(x) = vm.next(&it)? {
            cur.discard(vm, &x)?;
        }
    }
    Ok(new_like(vm, o, cur))
}

fn difference_update(vm: &Vm, args: Args) -> PyResult {
    let s = set_ref(vm, &args.args[0])?;
    for other in &args.pos()[1..] {
        for k in vm.collect(other)? {
            s.discard(vm, &k)?;
        }
    }
    Ok(vm.none())
}

fn symdiff_of(vm: &Vm, a: &PySet, b: &PyObjectRef) -> PyResult<PySet> {
    // CPython: a new set from `b`, then updated with `a`'s items.
    let out = collect_set(vm, b)?;
    for (h, k) in a.items_hashed() {
        if !out.discard_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

fn symmetric_difference(vm: &Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "symmetric_difference")?;
    let s = symdiff_of(vm, set_ref(vm, o)?, b)?;
    Ok(new_like(vm, o, s))
}

fn symmetric_difference_update(vm: &Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "symmetric_difference_update")?;
    let s = set_ref(vm, o)?;
    let bs = collect_set(vm, b)?;
    for (h, k) in bs.items_hashed() {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(vm.none())
}

fn issubset_impl(vm: &Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.items_hashed() {
        if !b.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubset(vm: &Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "issubset")?;
    let other = if is_set_like(b) { None } else { Some(collect_set(vm, b)?) };
    let bs = match &other { Some(s) => s, None => set_ref(vm, b)? };
    Ok(vm.new_bool(issubset_impl(vm, set_ref(vm, o)?, bs)?))
}

fn issuperset(vm: &Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "issuperset")?;
    let other = if is_set_like(b) { None } else { Some(collect_set(vm, b)?) };
    let bs = match &other { Some(s) => s, None => set_ref(vm, b)? };
    Ok(vm.new_bool(issubset_impl(vm, bs, set_ref(vm, o)?)?))
}

fn isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let [o, b] = args.exact::<2>(vm, "isdisjoint")?;
    let s = set_ref(vm, o)?;
    for k in vm.collect(b)? {
        if s.contains(vm, &k)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

macro_rules! binop {
    ($name:ident, $f:ident) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let [a, b] = args.exact::<2>(vm, stringify!($name))?;
            if !is_set_like(b) {
                return Ok(vm.ctx.not_implemented.clone());
            }
            let s = $f(vm, set_ref(vm, a)?, b)?;
            Ok(new_like(vm, a, s))
        }
    };
}

fn union_of(vm: &Vm, a: &PySet, b: &PyObjectRef) -> PyResult<PySet> {
    let s = a.copy();
    fill_from(vm, &s, b)?;
    Ok(s)
}

binop!(set_or, union_of);
binop!(set_and, intersection_of);
binop!(set_sub, difference_of);
binop!(set_xor, symdiff_of);

macro_rules! ibinop {
    ($name:ident, $f:ident) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let [a, b] = args.exact::<2>(vm, stringify!($name))?;
            if !is_set_like(b) {
                return Ok(vm.ctx.not_implemented.clone());
            }
            let s = set_ref(vm, a)?;
            let r = $f(vm, s, b)?;
            s.clear();
            for (h, k) in r.items_hashed() {
                s.add_hashed(vm, k, h)?;
            }
            Ok(a.clone())
        }
    };
}
ibinop!(set_ior, union_of);
ibinop!(set_iand, intersection_of);
ibinop!(set_isub, difference_of);
ibinop!(set_ixor, symdiff_of);

fn set_rsub(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__rsub__")?;
    if !is_set_like(b) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let s = difference_of(vm, set_ref(vm, b)?, a)?;
    Ok(new_like(vm, b, s))
}

fn set_cmp(vm: &Vm, args: Args, op: pyrite_bytecode::CmpOp) -> PyResult {
    use pyrite_bytecode::CmpOp::*;
    let [a, b] = args.exact::<2>(vm, op.dunder())?;
    if !is_set_like(b) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let (x, y) = (set_ref(vm, a)?, set_ref(vm, b)?);
    let r = match op {
        Eq => x.len() == y.len() && issubset_impl(vm, x, y)?,
        Ne => !(x.len() == y.len() && issubset_impl(vm, x, y)?),
        Le => issubset_impl(vm, x, y)?,
        Lt => x.len() < y.len() && issubset_impl(vm, x, y)?,
        Ge => issubset_impl(vm, y, x)?,
        Gt => x.len() > y.len() && issubset_impl(vm, y, x)?,
    };
    Ok(vm.new_bool(r))
}
fn set_eq(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Eq) }
fn set_ne(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Ne) }
fn set_lt(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Lt) }
fn set_le(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Le) }
fn set_gt(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Gt) }
fn set_ge(vm: &Vm, args: Args) -> PyResult { set_cmp(vm, args, pyrite_bytecode::CmpOp::Ge) }

/// CPython's `frozenset_hash`.
fn frozenset_hash(vm: &Vm, args: Args) -> PyResult {
    let s = set_ref(vm, &args.args[0])?;
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in s.items_hashed() {
        hash ^= shuffle(h as u64);
    }
    // Entries of the table that are dummies/empty do not count (CPython 3.11 xors only active entries).
    hash ^= ((s.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    Ok(vm.new_int(h))
}

fn set_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if cls.is(&vm.ctx.types.set_type) {
        return Ok(vm.new_set());
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Set(Box::new(PySet::new()))))
}

fn set_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let a = args.shift();
    a.no_kwargs(vm, "set")?;
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("set expected at most 1 argument, got {}", pos.len())));
    }
    let s = set_ref(vm, &o)?;
    s.clear();
    if let Some(x) = pos.first() {
        fill_from(vm, s, x)?;
    }
    Ok(vm.none())
}

fn frozenset_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    a.no_kwargs(vm, "frozenset")?;
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("frozenset expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(x) = pos.first() {
        if x.class_is(&vm.ctx.types.frozenset_type) && cls.is(&vm.ctx.types.frozenset_type) {
            return Ok(x.clone());
        }
    }
    let s = PySet::new();
    if let Some(x) = pos.first() {
        fill_from(vm, &s, x)?;
    }
    if cls.is(&vm.ctx.types.frozenset_type) {
        return Ok(PyObjectRef::new(cls, Payload::FrozenSet(Box::new(s))));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::FrozenSet(Box::new(s))))
}

fn set_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let items = set_ref(vm, o)?.items();
    let d = o.dict.get().unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![vm.new_list(items)]), d]))
}

fn set_class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

pub fn init(vm: &Vm) {
    let common: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("__repr__", set_repr), ("__len__", set_len), ("__contains__", set_contains), ("__iter__", set_iter),
        ("copy", set_copy), ("union", union), ("intersection", intersection), ("difference", difference),
        ("symmetric_difference", symmetric_difference), ("issubset", issubset), ("issuperset", issuperset),
        ("isdisjoint", isdisjoint), ("__or__", set_or), ("__ror__", set_or), ("__and__", set_and), ("__rand__", set_and),
        ("__sub__", set_sub), ("__rsub__", set_rsub), ("__xor__", set_xor), ("__rxor__", set_xor),
        ("__eq__", set_eq), ("__ne__", set_ne), ("__lt__", set_lt), ("__le__", set_le), ("__gt__", set_gt), ("__ge__", set_ge),
        ("__reduce__", set_reduce),
    ];
    let s = &vm.ctx.types.set_type;
    add_method(vm, s, "__new__", set_new, NativeKind::StaticMethod);
    add_method(vm, s, "__class_getitem__", set_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, s, common);
    add_methods(vm, s, &[
        ("__init__", set_init), ("add", set_add), ("discard", set_discard), ("remove", set_remove), ("pop", set_pop),
        ("clear", set_clear), ("update", set_update), ("intersection_update", intersection_update),
        ("difference_update", difference_update), ("symmetric_difference_update", symmetric_difference_update),
        ("__ior__", set_ior), ("__iand__", set_iand), ("__isub__", set_isub), ("__ixor__", set_ixor),
    ]);
    if let Some(tt) = crate::types::type_::as_type(s) {
        tt.dict().set_str(vm, "__hash__", vm.none());
    }
    let f = &vm.ctx.types.frozenset_type;
    add_method(vm, f, "__new__", frozenset_new, NativeKind::StaticMethod);
    add_method(vm, f, "__class_getitem__", set_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, f, common);
    add_methods(vm, f, &[("__hash__", frozenset_hash)]);
}
