//! `list` methods. Mirrors `Objects/listobject.c`. No `RefCell` borrow is
//! held while Python code runs (comparisons, `__eq__`, key functions).

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::vm::{add_method, add_methods, PyResult, Vm};
use pyrite_bytecode::CmpOp;
use std::cell::RefCell;

pub fn list_ref<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a RefCell<Vec<PyObjectRef>>> {
    match &o.payload {
        Payload::List(l) => Ok(l),
        _ => Err(vm.new_type_error(format!("descriptor requires a 'list' object but received a '{}'", vm.type_name(o)))),
    }
}

/// repr of a sequence of items with brackets, guarding recursion (`[...]`).
pub fn seq_repr(vm: &Vm, obj: &PyObjectRef, items: &[PyObjectRef], open: &str, close: &str) -> PyResult<String> {
    if items.is_empty() {
        return Ok(format!("{}{}", open, close));
    }
    if !crate::types::misc::repr_enter(vm, obj) {
        return Ok(format!("{}...{}", open, close));
    }
    let mut out = String::from(open);
    let mut r = Ok(());
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr(x) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    crate::types::misc::repr_leave(vm, obj);
    r?;
    out.push_str(close);
    Ok(out)
}

fn list_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let items = list_ref(vm, o)?.borrow().clone();
    Ok(vm.new_string(seq_repr(vm, o, &items, "[", "]")?))
}

fn list_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(list_ref(vm, &args.args[0])?.borrow().len() as i64))
}

fn norm_index(vm: &Vm, key: &PyObjectRef, len: usize, what: &str) -> PyResult<usize> {
    let i = vm.index_value(key)?;
    let n = len as i64;
    match i.as_i64().map(|i| if i < 0 { i + n } else { i }) {
        Some(j) if j >= 0 && j < n => Ok(j as usize),
        _ => Err(vm.new_index_error(format!("{} index out of range", what))),
    }
}

fn check_index_type(vm: &Vm, key: &PyObjectRef, what: &str) -> PyResult<()> {
    if matches!(key.payload, Payload::Int(_)) || crate::types::type_::lookup(&key.class(), "__index__").is_some() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(key))))
    }
}

fn list_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__getitem__")?;
    let l = list_ref(vm, o)?;
    if let Payload::Slice { .. } = &key.payload {
        let items = l.borrow().clone();
        let (s, e, st) = crate::types::slice::indices(vm, key, items.len())?;
        let out: Vec<PyObjectRef> = crate::types::slice::iter_indices(s, e, st).map(|i| items[i].clone()).collect();
        return Ok(vm.new_list(out));
    }
    check_index_type(vm, key, "list")?;
    let len = l.borrow().len();
    let i = norm_index(vm, key, len, "list")?;
    let v = l.borrow().get(i).cloned();
    v.ok_or_else(|| vm.new_index_error("list index out of range"))
}

fn list_setitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key, value] = args.exact::<3>(vm, "__setitem__")?;
    let l = list_ref(vm, o)?;
    if let Payload::Slice { .. } = &key.payload {
        let new: Vec<PyObjectRef> = if value.is(o) { l.borrow().clone() } else { vm.collect(value).map_err(|e| {
            if vm.err_matches(&e, &vm.ctx.exc.type_error) { vm.new_type_error("can only assign an iterable") } else { e }
        })? };
        let len = l.borrow().len();
        let (s, e, st) = crate::types::slice::indices(vm, key, len)?;
        if st == 1 {
            let e = e.max(s);
            let old: Vec<PyObjectRef> = l.borrow_mut().splice(s as usize..e as usize, new).collect();
            drop(old);
            return Ok(vm.none());
        }
        let idx: Vec<usize> = crate::types::slice::iter_indices(s, e, st).collect();
        if idx.len() != new.len() {
            return Err(vm.new_value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), idx.len())));
        }
        let mut old = Vec::new();
        {
            let mut lb = l.borrow_mut();
            for (i, v) in idx.into_iter().zip(new) {
                old.push(std::mem::replace(&mut lb[i], v));
            }
        }
        drop(old);
        return Ok(vm.none());
    }
    check_index_type(vm, key, "list")?;
    let len = l.borrow().len();
    let i = norm_index(vm, key, len, "list assignment")?;
    let old = std::mem::replace(&mut l.borrow_mut()[i], value.clone());
    drop(old);
    Ok(vm.none())
}

fn list_delitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__delitem__")?;
    let l = list_ref(vm, o)?;
    if let Payload::Slice { .. } = &key.payload {
        let len = l.borrow().len();
        let (s, e, st) = crate::types::slice::indices(vm, key, len)?;
        let mut idx: Vec<usize> = crate::types::slice::iter_indices(s, e, st).collect();
        idx.sort_unstable();
        let mut removed = Vec::new();
        {
            let mut lb = l.borrow_mut();
            for i in idx.into_iter().rev() {
                removed.push(lb.remove(i));
            }
        }
        drop(removed);
        return Ok(vm.none());
    }
    check_index_type(vm, key, "list")?;
    let len = l.borrow().len();
    let i = norm_index(vm, key, len, "list assignment")?;
    let old = l.borrow_mut().remove(i);
    drop(old);
    Ok(vm.none())
}

fn list_iter(vm: &Vm, args: Args) -> PyResult {
    list_ref(vm, &args.args[0])?;
    Ok(crate::types::iter::new_seq_iter(vm, args.args[0].clone(), &vm.ctx.types.list_iterator_type))
}

fn list_reversed(vm: &Vm, args: Args) -> PyResult {
    let items = list_ref(vm, &args.args[0])?.borrow().clone();
    let rev: Vec<PyObjectRef> = items.into_iter().rev().collect();
    let l = vm.new_list(rev);
    Ok(crate::types::iter::new_seq_iter(vm, l, &vm.ctx.types.list_reverseiterator_type))
}

fn list_contains(vm: &Vm, args: Args) -> PyResult {
    let [o, x] = args.exact::<2>(vm, "__contains__")?;
    let l = list_ref(vm, o)?;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(vm.new_bool(false)),
        };
        if item.is(x) || vm.eq_bool(&item, x)? {
            return Ok(vm.new_bool(true));
        }
        i += 1;
    }
}

/// Lexicographic sequence comparison (lists and tuples).
pub fn seq_compare(vm: &Vm, a: &[PyObjectRef], b: &[PyObjectRef], op: CmpOp) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i].is(&b[i]) {
            continue;
        }
        if !vm.eq_bool(&a[i], &b[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => vm.compare_bool(&a[i], &b[i], op),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(match op {
        CmpOp::Lt => la < lb,
        CmpOp::Le => la <= lb,
        CmpOp::Eq => la == lb,
        CmpOp::Ne => la != lb,
        CmpOp::Gt => la > lb,
        CmpOp::Ge => la >= lb,
    })
}

fn list_cmp(vm: &Vm, args: Args, op: CmpOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, op.dunder())?;
    let (la, lb) = match (&a.payload, &b.payload) {
        (Payload::List(x), Payload::List(y)) => (x.borrow().clone(), y.borrow().clone()),
        _ => return Ok(vm.ctx.not_implemented.clone()),
    };
    if (op == CmpOp::Eq || op == CmpOp::Ne) && la.len() != lb.len() {
        return Ok(vm.new_bool(op == CmpOp::Ne));
    }
    vm.with_recursion(" in comparison", || Ok(vm.new_bool(seq_compare(vm, &la, &lb, op)?)))
}
fn list_eq(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Eq) }
fn list_ne(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Ne) }
fn list_lt(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Lt) }
fn list_le(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Le) }
fn list_gt(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Gt) }
fn list_ge(vm: &Vm, args: Args) -> PyResult { list_cmp(vm, args, CmpOp::Ge) }

fn list_add(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__add__")?;
    let x = list_ref(vm, a)?.borrow().clone();
    match &b.payload {
        Payload::List(y) => {
            let mut out = x;
            out.extend(y.borrow().iter().cloned());
            Ok(vm.new_list(out))
        }
        _ => Err(vm.new_type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(b)))),
    }
}

fn list_iadd(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__iadd__")?;
    let items = vm.collect(b)?;
    list_ref(vm, a)?.borrow_mut().extend(items);
    Ok(a.clone())
}

fn repeat_count(vm: &Vm, n: &PyObjectRef, len: usize) -> PyResult<Option<usize>> {
    if crate::types::type_::lookup(&n.class(), "__index__").is_none() {
        return Ok(None);
    }
    let n = vm.index_value(n)?;
    let n = match n.as_i64() {
        Some(v) => v.max(0) as usize,
        None if n.is_negative() => 0,
        None => return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    if len > 0 && len.checked_mul(n).map(|t| t > (1 << 32)).unwrap_or(true) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    Ok(Some(n))
}

fn list_mul(vm: &Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__mul__")?;
    let items = list_ref(vm, a)?.borrow().clone();
    match repeat_count(vm, n, items.len())? {
        Some(n) => {
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(vm.new_list(out))
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn list_imul(vm: &Vm, args: Args) -> PyResult {
    let [a, n] = args.exact::<2>(vm, "__imul__")?;
    let l = list_ref(vm, a)?;
    let items = l.borrow().clone();
    match repeat_count(vm, n, items.len())? {
        Some(n) => {
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            let old = std::mem::replace(&mut *l.borrow_mut(), out);
            drop(old);
            Ok(a.clone())
        }
        None => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn list_append(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "append")?;
    list_ref(vm, a)?.borrow_mut().push(x.clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "extend")?;
    let items = vm.collect(x)?;
    list_ref(vm, a)?.borrow_mut().extend(items);
    Ok(vm.none())
}

fn list_insert(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "insert", 3, 3)?;
    let l = list_ref(vm, &pos[0])?;
    let i = vm.index_value(&pos[1])?;
    let len = l.borrow().len() as i64;
    let i = match i.as_i64() {
        Some(i) => i,
        None => if i.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 },
    };
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(i as usize, pos[2].clone());
    Ok(vm.none())
}

fn list_pop(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "pop", 1, 2)?;
    let l = list_ref(vm, &pos[0])?;
    let len = l.borrow().len();
    if len == 0 {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let i = match pos.get(1) {
        Some(k) => norm_index(vm, k, len, "pop")?,
        None => len - 1,
    };
    Ok(l.borrow_mut().remove(i))
}

fn list_remove(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "remove")?;
    let l = list_ref(vm, a)?;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Err(vm.new_value_error("list.remove(x): x not in list")),
        };
        if item.is(x) || vm.eq_bool(&item, x)? {
            let mut lb = l.borrow_mut();
            if i < lb.len() {
                let old = lb.remove(i);
                drop(lb);
                drop(old);
            }
            return Ok(vm.none());
        }
        i += 1;
    }
}

fn clamp_bound(vm: &Vm, o: Option<&PyObjectRef>, len: usize, default: usize) -> PyResult<usize> {
    match o {
        None => Ok(default),
        Some(o) => {
            let v = vm.index_value(o)?;
            let n = len as i64;
            let v = v.as_i64().unwrap_or(if v.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
            Ok(if v < 0 { (v + n).max(0) as usize } else { (v.min(n)) as usize })
        }
    }
}

fn list_index(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "index", 2, 4)?;
    let l = list_ref(vm, &pos[0])?;
    let len = l.borrow().len();
    let start = clamp_bound(vm, pos.get(2), len, 0)?;
    let stop = clamp_bound(vm, pos.get(3), len, len)?;
    let mut i = start;
    while i < stop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(&pos[1]) || vm.eq_bool(&item, &pos[1])? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    Err(vm.new_value_error(format!("{} is not in list", vm.repr(&pos[1])?)))
}

fn list_count(vm: &Vm, args: Args) -> PyResult {
    let [a, x] = args.exact::<2>(vm, "count")?;
    let items = list_ref(vm, a)?.borrow().clone();
    let mut n = 0;
    for it in &items {
        if it.is(x) || vm.eq_bool(it, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn list_clear(vm: &Vm, args: Args) -> PyResult {
    let old = std::mem::take(&mut *list_ref(vm, &args.args[0])?.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn list_copy(vm: &Vm, args: Args) -> PyResult {
    let items = list_ref(vm, &args.args[0])?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &Vm, args: Args) -> PyResult {
    list_ref(vm, &args.args[0])?.borrow_mut().reverse();
    Ok(vm.none())
}

/// Stable merge sort calling `lt` (which may fail or run Python code).
pub fn sort_by(vm: &Vm, items: &mut Vec<(PyObjectRef, PyObjectRef)>, reverse: bool) -> PyResult<()> {
    // Binary-insertion for small runs, merge for the rest; comparisons on keys.
    let lt = |a: &PyObjectRef, b: &PyObjectRef| -> PyResult<bool> {
        if let Some(r) = crate::protocol::number::fast_compare(vm, a, b, CmpOp::Lt) {
            return Ok(r);
        }
        vm.compare_bool(a, b, CmpOp::Lt)
    };
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut buf: Vec<(PyObjectRef, PyObjectRef)> = Vec::with_capacity(n);
    let mut width = 1;
    // Insertion sort runs of 16.
    let run = 16;
    let mut start = 0;
    while start < n {
        let end = (start + run).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                let less = if reverse { lt(&items[j - 1].0, &items[j].0)? } else { lt(&items[j].0, &items[j - 1].0)? };
                if !less {
                    break;
                }
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    width = width.max(run);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly less (stability).
                    let take_right = if reverse { lt(&items[i].0, &items[j].0)? } else { lt(&items[j].0, &items[i].0)? };
                    if take_right {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend(items[i..mid].iter().cloned());
                buf.extend(items[j..hi].iter().cloned());
                for (k, v) in buf.drain(..).enumerate() {
                    items[lo + k] = v;
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// `list.sort(*, key=None, reverse=False)` on a Vec.
pub fn sort_items(vm: &Vm, items: Vec<PyObjectRef>, key: Option<&PyObjectRef>, reverse: bool) -> PyResult<Vec<PyObjectRef>> {
    let mut pairs: Vec<(PyObjectRef, PyObjectRef)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match key {
            Some(f) => vm.call(f, &[it.clone()])?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    sort_by(vm, &mut pairs, reverse)?;
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

pub fn list_sort(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let [key, reverse] = args.shift().bind(vm, &Sig { name: "sort", names: ["key", "reverse"], posonly: 0, required: 0, kwonly_from: 0 })?;
    let l = list_ref(vm, &o)?;
    let key = key.filter(|k| !vm.is_none(k));
    let reverse = match reverse {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    // Sort a detached copy; the list looks empty meanwhile (as CPython).
    let items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_items(vm, items.clone(), key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    match r {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *l.borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.new_value_error("list modified during sort"));
            }
            Ok(vm.none())
        }
        Err(e) => {
            let old = std::mem::replace(&mut *l.borrow_mut(), items);
            drop(old);
            Err(e)
        }
    }
}

fn list_init(vm: &Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let a = args.shift();
    a.no_kwargs(vm, "list")?;
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("list expected at most 1 argument, got {}", pos.len())));
    }
    let items = match pos.first() {
        Some(x) => vm.collect(x)?,
        None => vec![],
    };
    let old = std::mem::replace(&mut *list_ref(vm, &o)?.borrow_mut(), items);
    drop(old);
    Ok(vm.none())
}

fn list_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if cls.is(&vm.ctx.types.list_type) {
        return Ok(vm.new_list(vec![]));
    }
    Ok(crate::types::type_methods::new_instance(vm, &cls, Payload::List(RefCell::new(vec![]))))
}

fn list_sizeof(vm: &Vm, args: Args) -> PyResult {
    let n = list_ref(vm, &args.args[0])?.borrow().capacity();
    Ok(vm.new_int(40 + 8 * n as i64))
}

fn list_class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::types::misc::generic_alias(vm, &args.args[0], &args.args[1])
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.list_type;
    add_method(vm, t, "__new__", list_new, NativeKind::StaticMethod);
    add_method(vm, t, "__class_getitem__", list_class_getitem, NativeKind::ClassMethod);
    add_methods(vm, t, &[
        ("__init__", list_init), ("__repr__", list_repr), ("__len__", list_len), ("__getitem__", list_getitem),
        ("__setitem__", list_setitem), ("__delitem__", list_delitem), ("__iter__", list_iter), ("__reversed__", list_reversed),
        ("__contains__", list_contains), ("__eq__", list_eq), ("__ne__", list_ne), ("__lt__", list_lt), ("__le__", list_le),
        ("__gt__", list_gt), ("__ge__", list_ge), ("__add__", list_add), ("__iadd__", list_iadd), ("__mul__", list_mul),
        ("__rmul__", list_mul), ("__imul__", list_imul), ("append", list_append), ("extend", list_extend),
        ("insert", list_insert), ("pop", list_pop), ("remove", list_remove), ("index", list_index), ("count", list_count),
        ("clear", list_clear), ("copy", list_copy), ("reverse", list_reverse), ("sort", list_sort), ("__sizeof__", list_sizeof),
    ]);
    if let Some(tt) = crate::types::type_::as_type(t) {
        tt.dict().set_str(vm, "__hash__", vm.none());
    }
}
