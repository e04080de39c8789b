//! `range` objects. Mirrors `Objects/rangeobject.c`; bounds are ints of any
//! size, with an i64 fast path for iteration.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::int::PyInt;
use crate::vm::{add_method, add_methods, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero, ToPrimitive};
use std::cell::Cell;

pub fn range_len_i64(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if stop > start { (stop - start - 1) / step + 1 } else { 0 }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

fn parts(vm: &Vm, r: &PyObjectRef) -> PyResult<(BigInt, BigInt, BigInt)> {
    match &r.payload {
        Payload::Range { start, stop, step } => {
            let g = |o: &PyObjectRef| match &o.payload { Payload::Int(i) => i.to_big(), _ => BigInt::zero() };
            Ok((g(start), g(stop), g(step)))
        }
        _ => Err(vm.new_type_error("expected range")),
    }
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if stop > start { (stop - start - 1) / step + 1 } else { BigInt::zero() }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

fn range_new(vm: &Vm, args: Args) -> PyResult {
    let a = args.shift();
    a.no_kwargs(vm, "range")?;
    let pos = a.pos();
    let idx = |o: &PyObjectRef| -> PyResult<PyObjectRef> { Ok(vm.new_pyint(vm.index_value(o)?)) };
    let (start, stop, step) = match pos.len() {
        1 => (vm.new_int(0), idx(&pos[0])?, vm.new_int(1)),
        2 => (idx(&pos[0])?, idx(&pos[1])?, vm.new_int(1)),
        3 => (idx(&pos[0])?, idx(&pos[1])?, idx(&pos[2])?),
        0 => return Err(vm.new_type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if let Payload::Int(s) = &step.payload {
        if s.is_zero() {
            return Err(vm.new_value_error("range() arg 3 must not be zero"));
        }
    }
    Ok(PyObjectRef::new(vm.ctx.types.range_type.clone(), Payload::Range { start, stop, step }))
}

fn range_len(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    let n = big_len(&a, &b, &c);
    match n.to_i64() {
        Some(n) => Ok(vm.new_int(n)),
        None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_iter(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    match (a.to_i64(), b.to_i64(), c.to_i64()) {
        (Some(a), Some(b), Some(c)) => Ok(PyObjectRef::new(vm.ctx.types.range_iterator_type.clone(), Payload::RangeIter { next: Cell::new(a), stop: b, step: c })),
        _ => {
            // Huge bounds: iterate through the generic sequence protocol.
            Ok(crate::types::iter::new_seq_iter(vm, args.args[0].clone(), &vm.ctx.types.iterator_type))
        }
    }
}

fn item(vm: &Vm, r: &PyObjectRef, i: &BigInt) -> PyResult<Option<BigInt>> {
    let (a, b, c) = parts(vm, r)?;
    let n = big_len(&a, &b, &c);
    let i = if i.is_negative() { i + &n } else { i.clone() };
    if i.is_negative() || i >= n {
        return Ok(None);
    }
    Ok(Some(a + i * c))
}

fn range_getitem(vm: &Vm, args: Args) -> PyResult {
    let [r, key] = args.exact::<2>(vm, "__getitem__")?;
    if let Payload::Slice { .. } = &key.payload {
        let (a, b, c) = parts(vm, r)?;
        let n = big_len(&a, &b, &c).to_usize().ok_or_else(|| vm.new_overflow_error("range too large"))?;
        let (s, e, st) = crate::types::slice::indices(vm, key, n)?;
        let start = &a + BigInt::from(s) * &c;
        let stop = &a + BigInt::from(e) * &c;
        let step = c * BigInt::from(st);
        return Ok(PyObjectRef::new(vm.ctx.types.range_type.clone(), Payload::Range {
            start: vm.new_bigint(start), stop: vm.new_bigint(stop), step: vm.new_bigint(step),
        }));
    }
    if crate::types::type_::lookup(&key.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = vm.index_value(key)?.to_big();
    match item(vm, r, &i)? {
        Some(v) => Ok(vm.new_bigint(v)),
        None => Err(vm.new_index_error("range object index out of range")),
    }
}

fn contains_int(vm: &Vm, r: &PyObjectRef, v: &PyInt) -> PyResult<bool> {
    let (a, b, c) = parts(vm, r)?;
    let v = v.to_big();
    let inside = if c.is_positive() { v >= a && v < b } else { v <= a && v > b };
    Ok(inside && (&v - &a).mod_floor(&c.abs()).is_zero())
}

fn range_contains(vm: &Vm, args: Args) -> PyResult {
    let [r, x] = args.exact::<2>(vm, "__contains__")?;
    if let Payload::Int(i) = &x.payload {
        if x.class_is(&vm.ctx.types.int_type) || x.class_is(&vm.ctx.types.bool_type) {
            return Ok(vm.new_bool(contains_int(vm, r, i)?));
        }
    }
    let it = range_iter(vm, Args::new(&[r.clone()]))?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn range_repr(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    Ok(vm.new_string(if c == BigInt::from(1) { format!("range({}, {})", a, b) } else { format!("range({}, {}, {})", a, b, c) }))
}

fn range_eq(vm: &Vm, args: Args) -> PyResult {
    let [x, y] = args.exact::<2>(vm, "__eq__")?;
    if !matches!(y.payload, Payload::Range { .. }) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let (a1, b1, c1) = parts(vm, x)?;
    let (a2, b2, c2) = parts(vm, y)?;
    let n1 = big_len(&a1, &b1, &c1);
    let n2 = big_len(&a2, &b2, &c2);
    let eq = n1 == n2 && (n1.is_zero() || (a1 == a2 && (n1 == BigInt::from(1) || c1 == c2)));
    Ok(vm.new_bool(eq))
}

fn range_ne(vm: &Vm, args: Args) -> PyResult {
    let r = range_eq(vm, args)?;
    if r.is(&vm.ctx.not_implemented) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn range_hash(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    let n = big_len(&a, &b, &c);
    let t = if n.is_zero() {
        vm.new_tuple(vec![vm.new_int(0), vm.none(), vm.none()])
    } else if n == BigInt::from(1) {
        vm.new_tuple(vec![vm.new_int(1), vm.new_bigint(a), vm.none()])
    } else {
        vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(a), vm.new_bigint(c)])
    };
    Ok(vm.new_int(vm.hash(&t)?))
}

fn range_bool(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    Ok(vm.new_bool(!big_len(&a, &b, &c).is_zero()))
}

fn range_index(vm: &Vm, args: Args) -> PyResult {
    let [r, x] = args.exact::<2>(vm, "index")?;
    if let Payload::Int(i) = &x.payload {
        if contains_int(vm, r, i)? {
            let (a, _, c) = parts(vm, r)?;
            return Ok(vm.new_bigint((i.to_big() - a) / c));
        }
        return Err(vm.new_value_error(format!("{} is not in range", vm.repr(x)?)));
    }
    let it = range_iter(vm, Args::new(&[r.clone()]))?;
    let mut n = 0i64;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            return Ok(vm.new_int(n));
        }
        n += 1;
    }
    Err(vm.new_value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &Vm, args: Args) -> PyResult {
    let [r, x] = args.exact::<2>(vm, "count")?;
    if let Payload::Int(i) = &x.payload {
        return Ok(vm.new_int(contains_int(vm, r, i)? as i64));
    }
    let it = range_iter(vm, Args::new(&[r.clone()]))?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn range_reversed(vm: &Vm, args: Args) -> PyResult {
    let (a, b, c) = parts(vm, &args.args[0])?;
    let n = big_len(&a, &b, &c);
    let last = &a + (&n - 1) * &c;
    let new_stop = &a - &c;
    let r = PyObjectRef::new(vm.ctx.types.range_type.clone(), Payload::Range {
        start: vm.new_bigint(last), stop: vm.new_bigint(new_stop), step: vm.new_bigint(-c),
    });
    range_iter(vm, Args::new(&[r]))
}

fn range_reduce(vm: &Vm, args: Args) -> PyResult {
    if let Payload::Range { start, stop, step } = &args.args[0].payload {
        return Ok(vm.new_tuple(vec![vm.ctx.types.range_type.clone(), vm.new_tuple(vec![start.clone(), stop.clone(), step.clone()])]));
    }
    Err(vm.new_type_error("expected range"))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.range_type;
    add_method(vm, t, "__new__", range_new, NativeKind::StaticMethod);
    add_methods(vm, t, &[
        ("__len__", range_len), ("__iter__", range_iter), ("__getitem__", range_getitem), ("__contains__", range_contains),
        ("__repr__", range_repr), ("__eq__", range_eq), ("__ne__", range_ne), ("__hash__", range_hash), ("__bool__", range_bool),
        ("index", range_index), ("count", range_count), ("__reversed__", range_reversed), ("__reduce__", range_reduce),
    ]);
}
