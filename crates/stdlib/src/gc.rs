//! `gc`: the collector interface. Pyrite frees objects by reference
//! counting; reference cycles are not freed yet (no cycle collector), so
//! `collect()` always finds 0 unreachable objects and `get_objects()`
//! returns an empty list. The switches, thresholds and counters behave
//! like CPython's so that code tuning the collector keeps working.

use pyrite_vm::modules::sys::{add_functions, set_attr};
use pyrite_vm::types::function::{Args, Sig};
use pyrite_vm::{Payload, PyObjectRef, PyResult, Vm};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESH: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];
static DEBUG: AtomicI64 = AtomicI64::new(0);
static COLLECTIONS: [AtomicI64; 3] = [AtomicI64::new(0), AtomicI64::new(0), AtomicI64::new(0)];

fn enable(vm: &Vm, a: Args) -> PyResult { a.exact::<0>(vm, "enable")?; ENABLED.store(true, Ordering::Relaxed); Ok(vm.none()) }
fn disable(vm: &Vm, a: Args) -> PyResult { a.exact::<0>(vm, "disable")?; ENABLED.store(false, Ordering::Relaxed); Ok(vm.none()) }
fn isenabled(vm: &Vm, a: Args) -> PyResult { a.exact::<0>(vm, "isenabled")?; Ok(vm.new_bool(ENABLED.load(Ordering::Relaxed))) }

fn module_attr(vm: &Vm, name: &str) -> Option<PyObjectRef> {
    let m = pyrite_vm::import::sys_modules_get(vm, "gc")?;
    vm.get_attr_opt(&m, name).ok().flatten()
}

fn run_callbacks(vm: &Vm, phase: &str, gen: i64) -> PyResult<()> {
    let cbs = match module_attr(vm, "callbacks") {
        Some(c) => vm.collect(&c)?,
        None => return Ok(()),
    };
    if cbs.is_empty() {
        return Ok(());
    }
    let info = vm.new_dict();
    vm.set_item(&info, vm.new_str("generation"), vm.new_int(gen))?;
    vm.set_item(&info, vm.new_str("collected"), vm.new_int(0))?;
    vm.set_item(&info, vm.new_str("uncollectable"), vm.new_int(0))?;
    for cb in cbs {
        if let Err(e) = vm.call(&cb, &[vm.new_str(phase), info.clone()]) {
            pyrite_vm::run::report_unraisable(vm, &e, Some(&cb));
        }
    }
    Ok(())
}

fn collect(vm: &Vm, args: Args) -> PyResult {
    let [g] = args.bind(vm, &Sig { name: "collect", names: ["generation"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let gen = match g {
        Some(g) => vm.index_i64(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.new_value_error("invalid generation"));
    }
    run_callbacks(vm, "start", gen)?;
    COLLECTIONS[gen as usize].fetch_add(1, Ordering::Relaxed);
    run_callbacks(vm, "stop", gen)?;
    Ok(vm.new_int(0))
}

fn get_count(vm: &Vm, a: Args) -> PyResult {
    a.exact::<0>(vm, "get_count")?;
    Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(0), vm.new_int(0)]))
}

fn get_threshold(vm: &Vm, a: Args) -> PyResult {
    a.exact::<0>(vm, "get_threshold")?;
    Ok(vm.new_tuple(THRESH.iter().map(|t| vm.new_int(t.load(Ordering::Relaxed))).collect()))
}

fn set_threshold(vm: &Vm, a: Args) -> PyResult {
    let pos = a.range(vm, "set_threshold", 1, 3)?;
    for (i, v) in pos.iter().enumerate() {
        if matches!(v.payload, Payload::Float(_)) {
            return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
        }
        THRESH[i].store(vm.index_i64(v)?, Ordering::Relaxed);
    }
    Ok(vm.none())
}

fn get_debug(vm: &Vm, a: Args) -> PyResult { a.exact::<0>(vm, "get_debug")?; Ok(vm.new_int(DEBUG.load(Ordering::Relaxed))) }
fn set_debug(vm: &Vm, a: Args) -> PyResult {
    let [f] = a.exact::<1>(vm, "set_debug")?;
    DEBUG.store(vm.index_i64(f)?, Ordering::Relaxed);
    Ok(vm.none())
}

fn get_objects(vm: &Vm, args: Args) -> PyResult {
    let [g] = args.bind(vm, &Sig { name: "get_objects", names: ["generation"], posonly: 0, required: 0, kwonly_from: 1 })?;
    if let Some(g) = g {
        if !vm.is_none(&g) {
            let n = vm.index_i64(&g)?;
            if n >= 3 {
                return Err(vm.new_value_error(format!("generation parameter must be less than the number of available generations (3)")));
            }
            if n < 0 {
                return Err(vm.new_value_error("generation parameter cannot be negative"));
            }
        }
    }
    Ok(vm.new_list(vec![]))
}

fn get_stats(vm: &Vm, a: Args) -> PyResult {
    a.exact::<0>(vm, "get_stats")?;
    let mut out = Vec::new();
    for c in &COLLECTIONS {
        let d = vm.new_dict();
        vm.set_item(&d, vm.new_str("collections"), vm.new_int(c.load(Ordering::Relaxed)))?;
        vm.set_item(&d, vm.new_str("collected"), vm.new_int(0))?;
        vm.set_item(&d, vm.new_str("uncollectable"), vm.new_int(0))?;
        out.push(d);
    }
    Ok(vm.new_list(out))
}

/// Objects CPython's collector tracks: containers (and instances of user classes).
fn is_tracked(vm: &Vm, a: Args) -> PyResult {
    let [o] = a.exact::<1>(vm, "is_tracked")?;
    let t = match &o.payload {
        Payload::None | Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) | Payload::Str(_) | Payload::Bytes(_)
        | Payload::ByteArray(_) | Payload::NotImplemented | Payload::Ellipsis | Payload::Range { .. } => o.dict.get().is_some(),
        Payload::Tuple(items) => items.iter().any(|i| !matches!(i.payload, Payload::None | Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Bytes(_))),
        Payload::Dict(d) => d.items().iter().any(|(k, v)| {
            let atomic = |x: &PyObjectRef| matches!(x.payload, Payload::None | Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::Complex(..));
            !atomic(k) || !atomic(v)
        }),
        _ => true,
    };
    Ok(vm.new_bool(t))
}

fn is_finalized(vm: &Vm, a: Args) -> PyResult {
    let [o] = a.exact::<1>(vm, "is_finalized")?;
    Ok(vm.new_bool(o.is_finalized()))
}

fn noop(vm: &Vm, _a: Args) -> PyResult { Ok(vm.none()) }
fn get_freeze_count(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_int(0)) }
fn get_referrers(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_list(vec![])) }

fn get_referents(vm: &Vm, a: Args) -> PyResult {
    let mut out = Vec::new();
    for o in a.pos() {
        match &o.payload {
            Payload::Tuple(t) => out.extend(t.iter().cloned()),
            Payload::List(l) => out.extend(l.borrow().iter().cloned()),
            Payload::Dict(d) => {
                for (k, v) in d.items() {
                    out.push(k);
                    out.push(v);
                }
            }
            Payload::Native(n) => n.traverse(&mut |x| out.push(x.clone())),
            _ => {}
        }
    }
    Ok(vm.new_list(out))
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("gc", Some("This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n"));
    add_functions(vm, &m, "gc", &[
        ("enable", enable), ("disable", disable), ("isenabled", isenabled), ("collect", collect), ("get_count", get_count),
        ("get_threshold", get_threshold), ("set_threshold", set_threshold), ("get_debug", get_debug), ("set_debug", set_debug),
        ("get_objects", get_objects), ("get_stats", get_stats), ("is_tracked", is_tracked), ("is_finalized", is_finalized),
        ("freeze", noop), ("unfreeze", noop), ("get_freeze_count", get_freeze_count), ("get_referrers", get_referrers),
        ("get_referents", get_referents),
    ]);
    set_attr(vm, &m, "garbage", vm.new_list(vec![]));
    set_attr(vm, &m, "callbacks", vm.new_list(vec![]));
    for (k, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        set_attr(vm, &m, k, vm.new_int(v));
    }
    Ok(m)
}
