//! `tuple` methods. Mirrors `Objects/tupleobject.c`.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::list_methods::{seq_compare, seq_repr};
use crate::vm::{add_method, add_methods, PyResult, Vm};
use pyrite_bytecode::CmpOp;

pub fn tuple_items<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a [PyObjectRef]> {
    match &o.payload {
        Payload::Tuple(t) => Ok(t),
        _ => Err(vm.new_type_error(format!("descriptor requires a 'tuple' object but received a '{}'", vm.type_name(o)))),
    }
}

fn tuple_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let items = tuple_items(vm, o)?;
    if items.len() == 1 {
        if !crate::types::misc::repr_enter(vm, o) {
            return Ok(vm.new_str("(...)"));
        }
        let r = vm.repr(&items[0]);
        crate::types::misc::repr_leave(vm, o);
        return Ok(vm.new_string(format!("({},)", r?)));
    }
    Ok(vm.new_string(seq_repr(vm, o, items, "(", ")")?))
}

fn tuple_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(tuple_items(vm, &args.args[0])?.len() as i64))
}

fn tuple_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__getitem__")?;
    let items = tuple_items(vm, o)?;
    if let Payload::Slice { .. } = &key.payload {
        let (s, e, st) = crate::types::slice::indices(vm, key, items.len())?;
        if s == 0 && st == 1 && e as usize == items.len() && o.class_is(&vm.ctx.types.tuple_type) {
            return Ok(o.clone());
        }
        let out: Vec<PyObjectRef> = crate::types::slice::iter_indices(s, e, st).map(|i| items[i].clone()).collect();
        return Ok(vm.new_tuple(out));
    }
    if !matches!(key.payload, Payload::Int(_)) && crate::types::type_::lookup(&key.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("tuple indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = vm.index_value(key)?;
    let n = items.len() as i64;
    match i.as_i64().map(|i| if i < 0 { i + n } else { i }) {
        Some(j) if j >= 0 && j < n => Ok(items[j as usize].clone()),
        _ => Err(vm.new_index_error("tuple index out of range")),
    }
}

fn tuple_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_seq_iter(vm, args.args[0].clone(), &vm.ctx.types.tuple_iterator_type))
}

fn tuple_contains(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__contains__")?;
    for it in tuple_items(vm, o)? {
        if it.is(x) || vm.eq_bool(it, x)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn tuple_cmp(vm: &Vm, args: Args, op: CmpOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, op.dunder())?;
    let (x, y) = match (&a.payload, &b.payload) {
        (Payload::Tuple(x), Payload::Tuple(y)) => (x, y),
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
        return Ok(vm.new_bool(op == CmpOp::Ne));
    }
    vm.with_recursion(" in comparison", || Ok(vm.new_bool(seq_compare(vm, x, y, op)?)))
}
fn tuple_eq(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Eq) }
fn tuple_ne(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Ne) }
fn tuple_lt(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Lt) }
fn tuple_le(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Le) }
fn tuple_gt(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Gt) }
fn tuple_ge(vm: &Vm, args: Args) -> PyResult { tuple_cmp(vm, args, CmpOp::Ge) }

fn tuple_hash(vm: &Vm, args: Args) -> PyResult {
    let items = tuple_items(vm, &args.args[0])?;
    Ok(vm.new_int(vm.hash_tuple(items)?))
}

fn tuple_add(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__add__")?;
    let x = tuple_items(vm, a)?;
    match &b.payload {
        Payload::Tuple(y) => {
            let mut out = x.to_vec();
            out.extend(y.iter().cloned());
            Ok(vm.new_tuple(out))
        }
        _ => Err(vm.new_type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name(b)))),
    }
}

fn tuple_mul(vm: &Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__mul__")?;
    let items = tuple_items(vm, a)?;
    if crate::types::type_::lookup(&n.class(), "__index__").is_none() {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let n = vm.index_value(n)?;
    let n = n.as_i64().map(|v| v.max(0) as usize).unwrap_or(if n.is_negative() { 0 } else { usize::MAX });
    if n == 1 && a.class_is(&vm.ctx.types.tuple_type) {
        return Ok(a.clone());
    }
    if !items.is_empty() && items.len().checked_mul(n).map(|t| t > (1 << 32)).unwrap_or(true) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(vm.new_tuple(out))
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "index", 2, 4)?;
    let items = tuple_items(vm, &pos[0])?;
    let len = items.len() as i64;
    let bound = |o: Option<&PyObjectRef>, d: i64| -> PyResult<i64> {
        match o {
            None => Ok(d),
            Some(o) => {
                let v = vm.index_value(o)?.as_i64().unwrap_or(0);
                Ok(if v < 0 { (v + len).max(0) } else { v.min(len) })
            }
        }
    };
    let start = bound(pos.get(2), 0)?;
    let stop = bound(pos.get(3), len)?;
    for i in start..stop {
        let it = &items[i as usize];
        if it.is(&pos[1]) || vm.eq_bool(it, &pos[1])? {
            return Ok(vm.new_int(i));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "count")?;
    let mut n = 0;
    for it in tuple_items(vm, a)? {
        if it.is(x) || vm.eq_bool(it, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    a.no_kwargs(vm, "tuple")?;
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("tuple expected at most 1 argument, got {}", pos.len())));
    }
    if cls.is(&vm.ctx.types.tuple_type) {
        if let Some(x) = pos.first() {
            if x.class_is(&vm.ctx.types.tuple_type) {
                return Ok(x.clone());
            }
        }
    }
    let items = match pos.first() {
        Some(x) => vm.collect(x)?,
        None => vec![],
    };
    if cls.is(&vm.ctx.types.tuple_type) {
        return Ok(vm.new_tuple(items));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::Tuple(items.into_boxed_slice())))
}

fn tuple_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let items = tuple_items(vm, &args.args[0])?.to_vec();
    Ok(vm.new_tuple(vec![vm.new_tuple(items)]))
}

fn tuple_class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.tuple_type;
    add_method(vm, t, "__new__", tuple_new, NativeKind::StaticMethod);
    add_method(vm, t, "__class_getitem__", tuple_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, t, &[
        ("__repr__", tuple_repr), ("__len__", tuple_len), ("__getitem__", tuple_getitem), ("__iter__", tuple_iter),
        ("__contains__", tuple_contains), ("__eq__", tuple_eq), ("__ne__", tuple_ne), ("__lt__", tuple_lt),
        ("__le__", tuple_le), ("__gt__", tuple_gt), ("__ge__", tuple_ge), ("__hash__", tuple_hash), ("__add__", tuple_add),
        ("__mul__", tuple_mul), ("__rmul__", tuple_mul), ("index", tuple_index), ("count", tuple_count),
        ("__getnewargs__", tuple_getnewargs),
    ]);
}
