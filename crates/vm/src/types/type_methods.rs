//! Class creation (`type.__new__`, `__build_class__`), the methods of
//! `type` and `object`. Mirrors `type_new` and `object_*` in
//! `Objects/typeobject.c` and `builtin___build_class__` in `Python/bltinmodule.c`.

use crate::interp::frame::Frame;
use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::types::type_::{as_type, compute_mro, is_subtype, lookup, BaseKind, PyType};
use crate::vm::{add_method, str_of, PyResult, Vm};
use std::cell::{Cell, RefCell};

/// Allocate an instance of `cls` with the given payload, adding the
/// instance dict and slots that `cls` requires.
pub fn new_instance(vm: &Vm, cls: &PyObjectRef, payload: Payload) -> PyObjectRef {
    let (dict, nslots) = match as_type(cls) {
        Some(t) => (if t.instance_dict.get() { Some(vm.new_dict()) } else { None }, t.nslots.get()),
        None => (None, 0),
    };
    PyObjectRef::new_full(cls.clone(), payload, dict, nslots)
}

/// The solid base of a class: itself if it adds to the instance layout
/// (builtin types, `__slots__`), else its base's.
fn solid_of(cls: &PyObjectRef) -> PyObjectRef {
    if let Some(t) = as_type(cls) {
        for b in t.mro.borrow().iter() {
            if let Some(bt) = as_type(b) {
                if !bt.heap || bt.nslots.get() > 0 {
                    return b.clone();
                }
            }
        }
    }
    cls.clone()
}

/// CPython's `best_base`: the first base whose solid base is the most derived.
pub fn best_base(bases: &[PyObjectRef]) -> Option<PyObjectRef> {
    let mut winner: Option<(PyObjectRef, PyObjectRef)> = None;
    for b in bases {
        let s = solid_of(b);
        match &winner {
            None => winner = Some((b.clone(), s)),
            Some((_, ws)) => {
                if crate::types::type_::is_subtype(&s, ws) && !s.is(ws) {
                    winner = Some((b.clone(), s));
                }
            }
        }
    }
    winner.map(|(b, _)| b)
}

/// The nearest base that determines the instance layout.
pub fn solid_base_of(vm: &Vm, cls: &PyObjectRef) -> Option<PyObjectRef> {
    let t = as_type(cls)?;
    let mro = t.mro.borrow();
    for b in mro.iter().skip(1) {
        if let Some(bt) = as_type(b) {
            if !bt.heap || bt.nslots.get() > 0 {
                return Some(b.clone());
            }
        }
    }
    let _ = vm;
    mro.last().cloned()
}

pub fn type_set_attr(vm: &Vm, tobj: &PyObjectRef, name: &PyObjectRef, value: Option<PyObjectRef>) -> PyResult<()> {
    let t = match as_type(tobj) {
        Some(t) => t,
        None => return Err(vm.new_system_error("type_set_attr on non-type")),
    };
    let n = str_of(name);
    // Any change to a type invalidates attribute caches.
    crate::types::type_::TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    match n {
        "__name__" => {
            if let Some(v) = &value {
                if let Payload::Str(s) = &v.payload {
                    *t.name.borrow_mut() = s.as_str().to_string();
                    return Ok(());
                }
                return Err(vm.new_type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), vm.type_name(v))));
            }
            return Err(vm.new_type_error(format!("cannot delete '__name__' attribute of immutable type '{}'", t.name())));
        }
        "__qualname__" => {
            if let Some(v) = &value {
                if let Payload::Str(s) = &v.payload {
                    *t.qualname.borrow_mut() = s.as_str().to_string();
                    return Ok(());
                }
            }
            return Err(vm.new_type_error("can only assign string to __qualname__"));
        }
        "__bases__" => {
            if let Some(v) = &value {
                let bases = vm.collect(v)?;
                let mro = compute_mro(vm, tobj, &bases)?;
                *t.bases.borrow_mut() = bases;
                *t.mro.borrow_mut() = mro;
                return Ok(());
            }
        }
        _ => {}
    }
    match value {
        Some(v) => t.dict().set_item(vm, name.clone(), v)?,
        None => {
            if t.dict().del_item(vm, name)?.is_none() {
                return Err(vm.new_attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), n)));
            }
        }
    }
    if n == "__del__" {
        t.has_del.set(lookup(tobj, "__del__").is_some());
    }
    t.version.set(t.version.get() + 1);
    crate::types::type_::TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_metaclass(vm: &Vm, meta: &PyObjectRef, bases: &[PyObjectRef]) -> PyResult<PyObjectRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class();
        if is_subtype(&winner, &bm) {
            continue;
        }
        if is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`.
fn type_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() == 2 && pos[0].is(&vm.ctx.types.type_type) {
        return Ok(pos[1].class());
    }
    if pos.len() != 4 {
        return Err(vm.new_type_error("type() takes 1 or 3 arguments"));
    }
    let meta = pos[0].clone();
    let name = pos[1].clone();
    let bases_obj = pos[2].clone();
    let ns = pos[3].clone();
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&name))));
    }
    let bases: Vec<PyObjectRef> = match &bases_obj.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => return Err(vm.new_type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(&bases_obj)))),
    };
    let ns_dict = match &ns.payload {
        Payload::Dict(d) => d,
        _ => return Err(vm.new_type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(&ns)))),
    };
    let meta = calculate_metaclass(vm, &meta, &bases)?;
    let bases = if bases.is_empty() { vec![vm.ctx.types.object_type.clone()] } else { bases };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.new_type_error(format!("duplicate base class {}", as_type(b).map(|t| t.name()).unwrap_or_default())));
        }
    }
    for b in &bases {
        match as_type(b) {
            Some(bt) if bt.basetype => {}
            Some(bt) => return Err(vm.new_type_error(format!("type '{}' is not an acceptable base type", bt.name()))),
            None => return Err(vm.new_type_error("bases must be types")),
        }
    }
    // Layout: the solid bases must be compatible.
    let mut kind = BaseKind::Object;
    let mut base_slots = 0usize;
    let mut solid: Option<PyObjectRef> = None;
    for b in &bases {
        let bt = as_type(b).map(|t| (t.base_kind, t.nslots.get())).unwrap_or((BaseKind::Object, 0));
        if bt.0 != BaseKind::Object {
            if kind != BaseKind::Object && kind != bt.0 {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
            kind = bt.0;
        }
        if bt.1 > 0 {
            if base_slots > 0 && !solid.as_ref().map(|s| s.is(b) || is_subtype(b, s) || is_subtype(s, b)).unwrap_or(false) {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
            if bt.1 > base_slots {
                base_slots = bt.1;
                solid = Some(b.clone());
            }
        }
    }
    let dict_obj = vm.new_dict();
    let d = match &dict_obj.payload {
        Payload::Dict(d) => d,
        _ => return Err(vm.new_system_error("dict")),
    };
    for (k, v) in ns_dict.items() {
        d.set_item(vm, k, v)?;
    }
    if d.get_str("__module__").is_none() {
        if let Some(g) = vm.current_globals() {
            if let Payload::Dict(gd) = &g.payload {
                if let Some(m) = gd.get_str("__name__") {
                    d.set_str(vm, "__module__", m);
                }
            }
        }
    }
    let qualname = match d.get_str("__qualname__") {
        Some(q) => {
            if !matches!(q.payload, Payload::Str(_)) {
                return Err(vm.new_type_error(format!("type __qualname__ must be a str, not {}", vm.type_name(&q))));
            }
            let k = vm.new_str("__qualname__");
            d.del_item(vm, &k)?;
            str_of(&q).to_string()
        }
        None => str_of(&name).to_string(),
    };
    // __slots__
    let mut instance_dict = bases.iter().any(|b| as_type(b).map(|t| t.instance_dict.get()).unwrap_or(false))
        || bases.iter().all(|b| b.is(&vm.ctx.types.object_type) || as_type(b).map(|t| !t.heap && t.base_kind != BaseKind::Object).unwrap_or(false));
    let mut own_slots: Vec<String> = Vec::new();
    let slots_decl = d.get_str("__slots__");
    if let Some(s) = &slots_decl {
        let names: Vec<PyObjectRef> = if matches!(s.payload, Payload::Str(_)) { vec![s.clone()] } else { vm.collect(s)? };
        let mut wants_dict = false;
        for n in names {
            if !matches!(n.payload, Payload::Str(_)) {
                return Err(vm.new_type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(&n))));
            }
            let ns = str_of(&n).to_string();
            if ns == "__dict__" {
                wants_dict = true;
                continue;
            }
            if ns == "__weakref__" {
                continue;
            }
            if d.get_str(&ns).is_some() {
                return Err(vm.new_value_error(format!("'{}' in __slots__ conflicts with class variable", ns)));
            }
            own_slots.push(mangle(str_of(&name), &ns));
        }
        instance_dict = wants_dict || bases.iter().any(|b| as_type(b).map(|t| t.instance_dict.get()).unwrap_or(false));
    } else {
        instance_dict = true;
        if kind != BaseKind::Object && !matches!(kind, BaseKind::Exception | BaseKind::Function) {
            instance_dict = true;
        }
    }
    // Special methods that are implicitly static/class methods.
    if let Some(f) = d.get_str("__new__") {
        if matches!(f.payload, Payload::Function(_)) {
            d.set_str(vm, "__new__", PyObjectRef::new(vm.ctx.types.staticmethod_type.clone(), Payload::StaticMethod(RefCell::new(f))));
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = d.get_str(cm) {
            if matches!(f.payload, Payload::Function(_)) {
                d.set_str(vm, cm, PyObjectRef::new(vm.ctx.types.classmethod_type.clone(), Payload::ClassMethod(RefCell::new(f))));
            }
        }
    }
    if d.get_str("__doc__").is_none() {
        d.set_str(vm, "__doc__", vm.none());
    }
    // __hash__ = None when __eq__ is defined without __hash__.
    if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
        d.set_str(vm, "__hash__", vm.none());
    }
    let classcell = d.get_str("__classcell__");
    if classcell.is_some() {
        let k = vm.new_str("__classcell__");
        d.del_item(vm, &k)?;
    }
    let nslots = base_slots + own_slots.len();
    let t = PyType {
        name: RefCell::new(str_of(&name).to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict_obj.clone(),
        base_kind: kind,
        heap: true,
        basetype: true,
        instance_dict: Cell::new(instance_dict),
        nslots: Cell::new(nslots),
        has_del: Cell::new(false),
        version: Cell::new(0),
        slot_cache: Cell::new((0, 0)),
        subclasses: RefCell::new(Vec::new()),
    };
    let cls = PyObjectRef::new_full(meta.clone(), Payload::Type(Box::new(t)), None, as_type(&meta).map(|t| t.nslots.get()).unwrap_or(0));
    if as_type(&meta).map(|t| t.instance_dict.get() && t.heap).unwrap_or(false) {
        // Instances of a metaclass with a __dict__ keep attributes in the type namespace.
    }
    // Instances get a `__dict__` (and `__weakref__`) descriptor where the dict is introduced.
    let base_has_dict = bases.iter().any(|b| as_type(b).map(|t| t.instance_dict.get()).unwrap_or(false));
    if instance_dict && !base_has_dict {
        if d.get_str("__dict__").is_none() {
            d.set_str(vm, "__dict__", crate::types::attrs::new_getset(vm, &cls, "__dict__"));
        }
        if d.get_str("__weakref__").is_none() {
            d.set_str(vm, "__weakref__", crate::types::attrs::new_getset(vm, &cls, "__weakref__"));
        }
    }
    // Slot descriptors.
    for (i, s) in own_slots.iter().enumerate() {
        let desc = PyObjectRef::new(
            vm.ctx.types.member_descriptor_type.clone(),
            Payload::SlotMember { name: vm.new_str(s), index: base_slots + i, owner: cls.clone() },
        );
        d.set_str(vm, s, desc);
    }
    // MRO (a metaclass may override mro()).
    let mro = if !meta.is(&vm.ctx.types.type_type) && lookup(&meta, "mro").map(|m| !matches!(&m.payload, Payload::NativeFunction(_))).unwrap_or(false) {
        let r = vm.call_method(&cls, "mro", &[])?;
        vm.collect(&r)?
    } else {
        compute_mro(vm, &cls, &bases)?
    };
    if let Payload::Type(tt) = &cls.payload {
        *tt.mro.borrow_mut() = mro;
        tt.has_del.set(lookup(&cls, "__del__").is_some());
    }
    register_subclass(vm, &cls, &bases);
    crate::types::type_::TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if let Some(cell) = classcell {
        match &cell.payload {
            Payload::Cell(c) => *c.borrow_mut() = Some(cls.clone()),
            _ => return Err(vm.new_type_error(format!("__classcell__ must be a nonlocal cell, not {}", vm.type_name(&cell)))),
        }
    }
    // __set_name__
    for (k, v) in d.items() {
        let vcls = v.class();
        if let Some(sn) = lookup(&vcls, "__set_name__") {
            {
                if let Err(e) = vm.call(&sn, &[v.clone(), cls.clone(), k.clone()]) {
                    let ne = vm.new_runtime_error(format!("Error calling __set_name__ on '{}' instance {} in '{}'",
                        vm.type_name(&v), vm.repr(&k)?, as_type(&cls).map(|t| t.name()).unwrap_or_default()));
                    if let Payload::Exception(x) = &ne.0.payload {
                        *x.cause.borrow_mut() = Some(e.0.clone());
                        x.suppress_context.set(true);
                    }
                    return Err(ne);
                }
            }
        }
    }
    // __init_subclass__ of the parent.
    let sup = PyObjectRef::new(vm.ctx.types.super_type.clone(), Payload::Super { type_: cls.clone(), obj: Some(cls.clone()), obj_type: Some(cls.clone()) });
    let isc = vm.get_attr_str(&sup, "__init_subclass__")?;
    let kwvals = args.kwvalues();
    vm.call_args(&isc, Args::with_kw(kwvals, args.kwnames))?;
    Ok(cls)
}

/// Private name mangling (`__x` in class `C` -> `_C__x`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    if !matches!(func.payload, Payload::Function(_)) {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    }
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.new_type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<PyObjectRef> = pos[2..].to_vec();
    // __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b.payload, Payload::Type(_)) {
            bases.push(b.clone());
            continue;
        }
        match vm.get_attr_opt(b, "__mro_entries__")? {
            Some(me) => {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&me, &[t])?;
                match &r.payload {
                    Payload::Tuple(items) => bases.extend(items.iter().cloned()),
                    _ => return Err(vm.new_type_error("__mro_entries__ must return a tuple")),
                }
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<PyObjectRef> = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(vm.new_str(k));
            kwvals.push(v.clone());
        }
    }
    let is_class_meta = meta.is_none() || meta.as_ref().map(|m| matches!(m.payload, Payload::Type(_))).unwrap_or(false);
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class(),
            None => vm.ctx.types.type_type.clone(),
        },
    };
    if is_class_meta {
        meta = calculate_metaclass(vm, &meta, &bases)?;
    }
    let bases_t = vm.new_tuple(bases.clone());
    // __prepare__
    let ns = match vm.get_attr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvals.iter().cloned());
            vm.call_args(&p, Args::with_kw(&a, &kwnames))?
        }
        None => vm.new_dict(),
    };
    if !matches!(ns.payload, Payload::Dict(_)) && vm.get_attr_opt(&ns, "__getitem__")?.is_none() {
        let mname = if matches!(meta.payload, Payload::Type(_)) { as_type(&meta).map(|t| t.name()).unwrap_or_default() } else { "<metaclass>".into() };
        return Err(vm.new_type_error(format!("{}.__prepare__() must return a mapping, not {}", mname, vm.type_name(&ns))));
    }
    // Run the body with ns as locals.
    let cell = {
        let f = match &func.payload {
            Payload::Function(f) => f,
            _ => return Err(vm.new_system_error("build_class")),
        };
        let mut frame = Frame::new(vm, f.code.get(), f.globals.clone(), f.builtins.clone(), Some(ns.clone()));
        if let Some(closure) = &f.closure {
            if let Payload::Tuple(cells) = &closure.payload {
                frame.cells.extend(cells.iter().cloned());
            }
        }
        vm.run_frame_value(&mut frame)?
    };
    if changed {
        vm.set_item(&ns, vm.new_str("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kwvals);
    let cls = vm.call_args(&meta, Args::with_kw(&a, &kwnames))?;
    if let Payload::Cell(c) = &cell.payload {
        let cur = c.borrow().clone();
        match cur {
            Some(v) if v.is(&cls) => {}
            _ => {
                if matches!(cls.payload, Payload::Type(_)) {
                    return Err(vm.new_type_error(format!(
                        "__class__ set to {} defining {} as {}",
                        cur_repr(vm, &cur), vm.repr(&cls)?, vm.repr(&cls)?)));
                }
            }
        }
    }
    Ok(cls)
}

fn cur_repr(vm: &Vm, v: &Option<PyObjectRef>) -> String {
    match v {
        Some(v) => vm.repr(v).unwrap_or_default(),
        None => "<NULL>".into(),
    }
}

// ---- object ----

fn object_new(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.pos().first() {
        Some(c) => c.clone(),
        None => return Err(vm.new_type_error("object.__new__(): not enough arguments")),
    };
    let t = match as_type(&cls) {
        Some(t) => t,
        None => return Err(vm.new_type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(&cls)))),
    };
    if args.args.len() > 1 {
        // Excess arguments are an error unless __init__ is overridden and __new__ is not.
        let init_overridden = lookup(&cls, "__init__").map(|i| !matches!(&i.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&vm.ctx.types.object_type)).unwrap_or(false))).unwrap_or(false);
        let new_overridden = lookup(&cls, "__new__").map(|n| !matches!(&n.payload, Payload::StaticMethod(f) if matches!(&f.borrow().payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&vm.ctx.types.object_type)).unwrap_or(false)))).unwrap_or(false);
        if new_overridden || !init_overridden {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.base_kind != BaseKind::Object && t.base_kind != BaseKind::Native {
        return Err(vm.new_type_error(format!("object.__new__({}) is not safe, use {}.__new__()", t.name(),
            solid_base_of(vm, &cls).and_then(|b| as_type(&b).map(|x| x.name())).unwrap_or_default())));
    }
    if !t.heap && !cls.is(&vm.ctx.types.object_type) {
        return Err(vm.new_type_error(format!("cannot create '{}' instances", t.name())));
    }
    // Abstract classes.
    if let Some(abs) = t.dict().get_str("__abstractmethods__") {
        if vm.is_true(&abs)? {
            let mut names: Vec<String> = vm.collect(&abs)?.iter().map(|n| str_of(n).to_string()).collect();
            names.sort();
            let quoted: Vec<String> = names.clone();
            return Err(vm.new_type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                t.name(), if names.len() == 1 { "" } else { "s" }, quoted.join(", "))));
        }
    }
    Ok(new_instance(vm, &cls, Payload::Object))
}

fn object_init(vm: &Vm, args: Args) -> PyResult {
    let self_ = &args.args[0];
    if args.args.len() > 1 {
        let cls = self_.class();
        let init_overridden = lookup(&cls, "__init__").map(|i| !matches!(&i.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&vm.ctx.types.object_type)).unwrap_or(false))).unwrap_or(false);
        let new_overridden = lookup(&cls, "__new__").map(|n| !matches!(&n.payload, Payload::StaticMethod(f) if matches!(&f.borrow().payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&vm.ctx.types.object_type)).unwrap_or(false)))).unwrap_or(false);
        if init_overridden || !new_overridden {
            return Err(vm.new_type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)", vm.type_name(self_))));
        }
    }
    Ok(vm.none())
}

pub fn default_repr(vm: &Vm, obj: &PyObjectRef) -> String {
    let cls = obj.class();
    let module = vm.get_attr_opt(&cls, "__module__").ok().flatten().filter(|m| matches!(m.payload, Payload::Str(_)));
    let qual = as_type(&cls).map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    match module {
        Some(m) if str_of(&m) != "builtins" => format!("<{}.{} object at {:#x}>", str_of(&m), qual, obj.id()),
        _ => format!("<{} object at {:#x}>", qual, obj.id()),
    }
}

fn object_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_string(default_repr(vm, &args.args[0])))
}

fn object_str(vm: &Vm, args: Args) -> PyResult {
    vm.repr_obj(&args.args[0])
}

fn object_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    Ok(if a.is(b) { vm.new_bool(true) } else { vm.ctx.not_implemented.clone() })
}

fn object_ne(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ne__")?;
    let r = match vm.call_special(a, "__eq__", &[b.clone()])? {
        Some(r) => r,
        None => return Ok(vm.ctx.not_implemented.clone()),
    };
    if r.is(&vm.ctx.not_implemented) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn object_notimpl(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.ctx.not_implemented.clone())
}

pub fn pointer_hash(id: usize) -> i64 {
    let y = (id as u64).rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

fn object_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(pointer_hash(args.args[0].id())))
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult {
    let [obj, name] = args.exact::<2>(vm, "__getattribute__")?;
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    }
    let cls = obj.class();
    match vm.generic_getattr(obj, &cls, str_of(name))? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(obj, str_of(name))),
    }
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult {
    let [obj, name, value] = args.exact::<3>(vm, "__setattr__")?;
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    }
    vm.generic_setattr(obj, name, Some(value.clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult {
    let [obj, name] = args.exact::<2>(vm, "__delattr__")?;
    vm.generic_setattr(obj, name, None)?;
    Ok(vm.none())
}

fn object_format(vm: &Vm, args: Args) -> PyResult {
    let [obj, spec] = args.exact::<2>(vm, "__format__")?;
    if !matches!(spec.payload, Payload::Str(_)) {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))));
    }
    if !str_of(spec).is_empty() {
        return Err(vm.new_type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(obj))));
    }
    vm.str_obj(obj)
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        let cls = &args.args[0];
        let name = as_type(cls).map(|t| t.qualname.borrow().clone()).unwrap_or_default();
        return Err(vm.new_type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
    }
    Ok(vm.none())
}

fn object_subclasshook(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.ctx.not_implemented.clone())
}

fn object_dir(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.args[0];
    let set = vm.new_dict();
    if let Some(d) = obj.dict.get() {
        if let Payload::Dict(dd) = &d.payload {
            for k in dd.keys() {
                vm.set_item(&set, k, vm.none())?;
            }
        }
    }
    let cls = obj.class();
    if let Some(t) = as_type(&cls) {
        for b in t.mro.borrow().iter() {
            if let Some(bt) = as_type(b) {
                for k in bt.dict().keys() {
                    vm.set_item(&set, k, vm.none())?;
                }
            }
        }
    }
    let keys = match &set.payload {
        Payload::Dict(d) => d.keys(),
        _ => vec![],
    };
    Ok(vm.new_list(keys))
}

fn object_sizeof(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(16))
}

fn object_reduce_ex(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.args[0];
    let proto = args.args.get(1).cloned().unwrap_or_else(|| vm.new_int(0));
    // A class-defined __reduce__ wins.
    let cls = obj.class();
    if let Some(r) = lookup(&cls, "__reduce__") {
        let is_object_reduce = matches!(&r.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&vm.ctx.types.object_type)).unwrap_or(false));
        if !is_object_reduce {
            return vm.call_method(obj, "__reduce__", &[]);
        }
    }
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let p = vm.index_i64(&proto)?;
    if p >= 2 {
        let f = vm.get_attr_str(&copyreg, "__reduce_ex__")?;
        vm.call(&f, &[obj.clone(), proto])
    } else {
        let f = vm.get_attr_str(&copyreg, "_reduce_ex")?;
        vm.call(&f, &[obj.clone(), proto])
    }
}

fn object_reduce(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.args[0];
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = vm.get_attr_str(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[obj.clone(), vm.new_int(0)])
}

fn object_getstate(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.args[0];
    match obj.dict.get() {
        Some(d) if vm.is_true(&d)? => Ok(d),
        _ => Ok(vm.none()),
    }
}

// ---- type ----

fn type_call(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.args[0];
    vm.type_call_default(cls, args.shift())
}

fn type_init(vm: &Vm, args: Args) -> PyResult {
    let n = args.npos();
    if n != 2 && n != 4 {
        return Err(vm.new_type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

fn type_repr(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.args[0];
    let t = match as_type(cls) {
        Some(t) => t,
        None => return Err(vm.new_type_error("descriptor '__repr__' requires a 'type' object")),
    };
    let module = t.dict().get_str("__module__").filter(|m| matches!(m.payload, Payload::Str(_)));
    Ok(vm.new_string(match module {
        Some(m) if str_of(&m) != "builtins" => format!("<class '{}.{}'>", str_of(&m), t.qualname.borrow()),
        _ => format!("<class '{}'>", t.qualname.borrow()),
    }))
}

fn type_mro(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.args[0];
    let bases = as_type(cls).map(|t| t.bases.borrow().clone()).unwrap_or_default();
    let mro = compute_mro(vm, cls, &bases)?;
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.args[0];
    Ok(vm.new_list(crate::types::type_methods::subclasses_of(vm, cls)))
}

/// Live direct subclasses, in creation order.
pub fn subclasses_of(_vm: &Vm, cls: &PyObjectRef) -> Vec<PyObjectRef> {
    let t = match as_type(cls) {
        Some(t) => t,
        None => return Vec::new(),
    };
    let mut out = Vec::new();
    t.subclasses.borrow_mut().retain(|w| match &w.payload {
        Payload::WeakRef { referent, .. } => match referent.get() {
            Some(p) => {
                // SAFETY: a set referent pointer designates a live object.
                out.push(unsafe { PyObjectRef::from_raw_incref(p) });
                true
            }
            None => false,
        },
        _ => false,
    });
    out
}

/// Register `cls` with its bases' subclass lists (held weakly).
fn register_subclass(vm: &Vm, cls: &PyObjectRef, bases: &[PyObjectRef]) {
    for b in bases {
        if let Some(bt) = as_type(b) {
            let w = PyObjectRef::new(vm.ctx.types.weakref_type.clone(), Payload::WeakRef {
                referent: Cell::new(std::ptr::NonNull::new(cls.as_ptr() as *mut crate::object::PyObject)),
                callback: RefCell::new(None),
                hash: Cell::new(None),
                proxy: false,
            });
            if let Some(p) = std::ptr::NonNull::new(w.as_ptr() as *mut crate::object::PyObject) {
                cls.weaklist.borrow_mut().push(p);
            }
            bt.subclasses.borrow_mut().push(w);
        }
    }
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult {
    let [cls, obj] = args.exact::<2>(vm, "__instancecheck__")?;
    Ok(vm.new_bool(vm.isinstance_type(obj, cls)))
}

fn type_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    let [cls, sub] = args.exact::<2>(vm, "__subclasscheck__")?;
    Ok(vm.new_bool(is_subtype(sub, cls)))
}

fn type_prepare(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

fn type_dir(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.args[0];
    let set = vm.new_dict();
    if let Some(t) = as_type(cls) {
        for b in t.mro.borrow().iter() {
            if let Some(bt) = as_type(b) {
                for k in bt.dict().keys() {
                    vm.set_item(&set, k, vm.none())?;
                }
            }
        }
    }
    let keys = match &set.payload {
        Payload::Dict(d) => d.keys(),
        _ => vec![],
    };
    Ok(vm.new_list(keys))
}

fn type_getattribute(vm: &Vm, args: Args) -> PyResult {
    let [obj, name] = args.exact::<2>(vm, "__getattribute__")?;
    let cls = obj.class();
    match vm.generic_getattr(obj, &cls, str_of(name))? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(obj, str_of(name))),
    }
}

fn type_setattr(vm: &Vm, args: Args) -> PyResult {
    let [obj, name, value] = args.exact::<3>(vm, "__setattr__")?;
    vm.generic_setattr(obj, name, Some(value.clone()))?;
    Ok(vm.none())
}

fn type_or(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    crate::types::union::make_union(vm, a, b)
}

fn type_ror(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    crate::types::union::make_union(vm, b, a)
}

pub fn init(vm: &Vm) {
    let o = &vm.ctx.types.object_type;
    add_method(vm, o, "__new__", object_new, NativeKind::StaticMethod);
    add_method(vm, o, "__init_subclass__", object_init_subclass, NativeKind::ClassMethod);
    add_method(vm, o, "__subclasshook__", object_subclasshook, NativeKind::ClassMethod);
    crate::vm::add_methods(vm, o, &[
        ("__init__", object_init),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_notimpl),
        ("__le__", object_notimpl),
        ("__gt__", object_notimpl),
        ("__ge__", object_notimpl),
        ("__hash__", object_hash),
        ("__getattribute__", object_getattribute),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
        ("__dir__", object_dir),
        ("__sizeof__", object_sizeof),
        ("__reduce_ex__", object_reduce_ex),
        ("__reduce__", object_reduce),
        ("__getstate__", object_getstate),
    ]);
    if let Some(t) = as_type(o) {
        t.dict().set_str(vm, "__doc__", vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }
    let t = &vm.ctx.types.type_type;
    add_method(vm, t, "__new__", type_new, NativeKind::StaticMethod);
    add_method(vm, t, "__prepare__", type_prepare, NativeKind::ClassMethod);
    crate::vm::add_methods(vm, t, &[
        ("__call__", type_call),
        ("__init__", type_init),
        ("__repr__", type_repr),
        ("mro", type_mro),
        ("__subclasses__", type_subclasses),
        ("__instancecheck__", type_instancecheck),
        ("__subclasscheck__", type_subclasscheck),
        ("__dir__", type_dir),
        ("__getattribute__", type_getattribute),
        ("__setattr__", type_setattr),
        ("__or__", type_or),
        ("__ror__", type_ror),
    ]);
}
