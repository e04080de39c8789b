//! `_weakref`: weak references. `ref` objects are `Payload::WeakRef` values
//! of `vm.ctx.types.weakref_type` (or a subclass); creating one pushes its
//! address onto the referent's `weaklist`, which the VM clears (calling the
//! callbacks) when the referent dies; a reference that dies first removes
//! itself (`object::dealloc`). Proxies are Python classes over a `ref`
//! (executed into the module at import), forwarding every operation.

use pyrite_vm::modules::sys::{add_functions, set_attr};
use pyrite_vm::types::function::{Args, NativeKind};
use pyrite_vm::vm::{add_method, add_methods};
use pyrite_vm::{Payload, PyObjectRef, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The live referent of a weak reference object, if any.
pub fn referent_of(w: &PyObjectRef) -> Option<PyObjectRef> {
    match &w.payload {
        // SAFETY: the pointer is cleared when the referent dies, so a
        // stored pointer always designates a live object.
        Payload::WeakRef { referent, .. } => referent.get().map(|p| unsafe { PyObjectRef::from_raw_incref(p) }),
        _ => None,
    }
}

/// Whether CPython allows weak references to instances of `o`'s type.
fn weakrefable(o: &PyObjectRef) -> bool {
    let cls = o.class();
    let heap = matches!(&cls.payload, Payload::Type(t) if t.heap);
    let varsize = matches!(o.payload, Payload::Int(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) | Payload::Complex(..) | Payload::None | Payload::NotImplemented | Payload::Ellipsis);
    if varsize {
        return false;
    }
    if !heap {
        return !matches!(o.payload, Payload::Float(_) | Payload::List(_) | Payload::Dict(_) | Payload::ByteArray(_) | Payload::Range { .. }
            | Payload::Slice { .. } | Payload::SeqIter { .. } | Payload::RangeIter { .. } | Payload::DictIter { .. } | Payload::DictView { .. }
            | Payload::SetIter { .. } | Payload::Cell(_) | Payload::Traceback { .. } | Payload::Frame(_) | Payload::Super { .. }
            | Payload::MappingProxy(_) | Payload::Property { .. } | Payload::ClassMethod(_) | Payload::StaticMethod(_)
            | Payload::BoundMethod(_) | Payload::SlotMember { .. } | Payload::CallableIter { .. } | Payload::Object);
    }
    // Heap classes: refused only if every heap class declares __slots__
    // without '__weakref__' and the base is `object`.
    let mut all_slots = true;
    if let Payload::Type(t) = &cls.payload {
        for c in t.mro.borrow().iter() {
            if let Payload::Type(ct) = &c.payload {
                if !ct.heap {
                    continue;
                }
                match ct.dict().get_str("__slots__") {
                    Some(s) => {
                        let has = match &s.payload {
                            Payload::Str(x) => x.as_str() == "__weakref__",
                            Payload::Tuple(items) => items.iter().any(|i| matches!(&i.payload, Payload::Str(x) if x.as_str() == "__weakref__")),
                            Payload::List(items) => items.borrow().iter().any(|i| matches!(&i.payload, Payload::Str(x) if x.as_str() == "__weakref__")),
                            _ => true,
                        };
                        if has {
                            return true;
                        }
                    }
                    None => all_slots = false,
                }
            }
        }
    }
    !all_slots
}

fn new_ref(vm: &Vm, cls: &PyObjectRef, ob: &PyObjectRef, callback: Option<PyObjectRef>) -> PyResult {
    if !weakrefable(ob) {
        return Err(vm.new_type_error(format!("cannot create weak reference to '{}' object", vm.type_name(ob))));
    }
    let basic = cls.is(&vm.ctx.types.weakref_type);
    if basic && callback.is_none() {
        let existing: Vec<NonNull<pyrite_vm::object::PyObject>> = ob.weaklist.borrow().clone();
        for p in existing {
            // SAFETY: entries of a live object's weaklist are live weakref objects.
            let w = unsafe { PyObjectRef::from_raw_incref(p) };
            if w.class().is(&vm.ctx.types.weakref_type) {
                if let Payload::WeakRef { callback, proxy: false, .. } = &w.payload {
                    if callback.borrow().is_none() {
                        return Ok(w);
                    }
                }
            }
        }
    }
    let ptr = NonNull::new(ob.as_ptr() as *mut pyrite_vm::object::PyObject);
    let w = pyrite_vm::types::type_methods::new_instance(vm, cls, Payload::WeakRef {
        referent: Cell::new(ptr), callback: RefCell::new(callback), hash: Cell::new(None), proxy: false,
    });
    if let Some(_p) = ptr {
        let wp = NonNull::new(w.as_ptr() as *mut pyrite_vm::object::PyObject).expect("non-null object");
        ob.weaklist.borrow_mut().push(wp);
    }
    Ok(w)
}

fn ref_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = args.shift();
    let pos = rest.pos();
    if pos.is_empty() || pos.len() > 2 {
        let name = match &cls.payload { Payload::Type(t) => t.name(), _ => "weakref".into() };
        let _ = name;
        return Err(vm.new_type_error(format!("__new__ expected {} argument{}, got {}", if pos.is_empty() { "at least 1" } else { "at most 2" }, if pos.is_empty() { "" } else { "s" }, pos.len())));
    }
    let cb = pos.get(1).filter(|c| !vm.is_none(c)).cloned();
    new_ref(vm, &cls, &pos[0], cb)
}

fn ref_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn ref_call(vm: &Vm, args: Args) -> PyResult {
    let w = &args.args[0];
    let rest = args.shift();
    rest.no_kwargs(vm, "weakref")?;
    if rest.npos() != 0 {
        return Err(vm.new_type_error(format!("weakref expected 0 arguments, got {}", rest.npos())));
    }
    Ok(referent_of(w).unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult {
    let w = &args.args[0];
    if let Payload::WeakRef { hash, .. } = &w.payload {
        if let Some(h) = hash.get() {
            return Ok(vm.new_int(h));
        }
        match referent_of(w) {
            Some(o) => {
                let h = vm.hash(&o)?;
                hash.set(Some(h));
                Ok(vm.new_int(h))
            }
            None => Err(vm.new_type_error("weak object has gone away")),
        }
    } else {
        Err(vm.new_type_error("descriptor '__hash__' requires a 'weakref.ReferenceType' object"))
    }
}

fn ref_cmp(vm: &Vm, args: Args, eq: bool) -> PyResult {
    let [a, b] = args.exact::<2>(vm, if eq { "__eq__" } else { "__ne__" })?;
    if !matches!(b.payload, Payload::WeakRef { proxy: false, .. }) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    match (referent_of(a), referent_of(b)) {
        (Some(x), Some(y)) => {
            let r = vm.eq_bool(&x, &y)?;
            Ok(vm.new_bool(r == eq))
        }
        _ => Ok(vm.new_bool(a.is(b) == eq)),
    }
}
fn ref_eq(vm: &Vm, args: Args) -> PyResult { ref_cmp(vm, args, true) }
fn ref_ne(vm: &Vm, args: Args) -> PyResult { ref_cmp(vm, args, false) }

fn ref_repr(vm: &Vm, args: Args) -> PyResult {
    let w = &args.args[0];
    let me = format!("<weakref at {:#x}; ", w.id());
    match referent_of(w) {
        None => Ok(vm.new_string(format!("{}dead>", me))),
        Some(o) => {
            let tn = vm.type_name(&o);
            let name = match vm.get_attr_opt(&o, "__name__") {
                Ok(Some(n)) if matches!(n.payload, Payload::Str(_)) => Some(pyrite_vm::vm::str_of(&n).to_string()),
                _ => None,
            };
            Ok(vm.new_string(match name {
                Some(n) => format!("{}to '{}' at {:#x} ({})>", me, tn, o.id(), n),
                None => format!("{}to '{}' at {:#x}>", me, tn, o.id()),
            }))
        }
    }
}

fn ref_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    pyrite_vm::types::misc::generic_alias(vm, cls, item)
}

fn getweakrefcount(vm: &Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getweakrefcount")?;
    let n = o.weaklist.borrow().len();
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "getweakrefs")?;
    let ptrs: Vec<NonNull<pyrite_vm::object::PyObject>> = o.weaklist.borrow().clone();
    // SAFETY: entries of a live object's weaklist are live weakref objects.
    Ok(vm.new_list(ptrs.into_iter().map(|p| unsafe { PyObjectRef::from_raw_incref(p) }).collect()))
}

fn remove_dead_weakref(vm: &Vm, args: Args) -> PyResult {
    let [d, key] = args.exact::<2>(vm, "_remove_dead_weakref")?;
    if let Payload::Dict(dd) = &d.payload {
        if let Some(v) = dd.get_item(vm, key)? {
            if matches!(v.payload, Payload::WeakRef { .. }) && referent_of(&v).is_none() {
                dd.del_item(vm, key)?;
            }
        }
        return Ok(vm.none());
    }
    Err(vm.new_type_error("_remove_dead_weakref() argument 1 must be dict"))
}

const PY_PROXY: &str = r#"
def _unwrap(o):
    if isinstance(o, _PROXY_TYPES):
        return _deref(o)
    return o

def _deref(p):
    o = _object_getattribute(p, '_pyrite_ref')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o

_object_getattribute = object.__getattribute__
_object_setattr = object.__setattr__

class ProxyType:
    __slots__ = ('_pyrite_ref', '__weakref__')

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = _deref(self)
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        return next(_deref(self))

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, k):
        return _deref(self)[k]

    def __setitem__(self, k, v):
        _deref(self)[k] = v

    def __delitem__(self, k):
        del _deref(self)[k]

    def __index__(self):
        return _operator.index(_deref(self))

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __abs__(self):
        return abs(_deref(self))

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __invert__(self):
        return ~_deref(self)

    def __lt__(self, o):
        return _deref(self) < _unwrap(o)

    def __le__(self, o):
        return _deref(self) <= _unwrap(o)

    def __eq__(self, o):
        return _deref(self) == _unwrap(o)

    def __ne__(self, o):
        return _deref(self) != _unwrap(o)

    def __gt__(self, o):
        return _deref(self) > _unwrap(o)

    def __ge__(self, o):
        return _deref(self) >= _unwrap(o)

    def __enter__(self):
        return _deref(self).__enter__()

    def __exit__(self, *a):
        return _deref(self).__exit__(*a)


for _name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or', 'divmod'):
    _fn = getattr(_operator, _name)
    def _mk(fn):
        def op(self, o):
            return fn(_deref(self), _unwrap(o))
        def rop(self, o):
            return fn(_unwrap(o), _deref(self))
        return op, rop
    _op, _rop = _mk(_fn)
    setattr(ProxyType, '__%s__' % _name, _op)
    setattr(ProxyType, '__r%s__' % _name, _rop)
    if _name != 'divmod':
        _ifn = getattr(_operator, 'i' + _name)
        def _mki(fn):
            def iop(self, o):
                return fn(_deref(self), _unwrap(o))
            return iop
        setattr(ProxyType, '__i%s__' % _name, _mki(_ifn))
del _name, _fn, _op, _rop, _mk, _mki, _ifn


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
_PROXY_TYPES = (ProxyType, CallableProxyType)


class _ProxyRef(ref):
    # The proxy's own reference to its referent; `proxy_ref` weakly refers
    # back to the proxy so that callback-less proxies can be shared.
    __slots__ = ('proxy_ref',)


def proxy(*args):
    if len(args) < 1:
        raise TypeError('proxy expected at least 1 argument, got %d' % len(args))
    if len(args) > 2:
        raise TypeError('proxy expected at most 2 arguments, got %d' % len(args))
    object = args[0]
    callback = args[1] if len(args) > 1 else None
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        for r in getweakrefs(object):
            if type(r) is _ProxyRef and r.__callback__ is None:
                p = r.proxy_ref()
                if p is not None:
                    return p
        p = cls.__new__(cls)
        r = _ProxyRef(object)
        r.proxy_ref = ref(p)
        _object_setattr(p, '_pyrite_ref', r)
        return p
    p = cls.__new__(cls)
    pr = ref(p)
    def cb(_r, pr=pr, callback=callback):
        q = pr()
        if q is not None:
            callback(q)
    r = _ProxyRef(object, cb)
    r.proxy_ref = pr
    _object_setattr(p, '_pyrite_ref', r)
    return p
"#;

const PY_OPERATOR: &str = r#"
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def and_(a, b): return a & b
def xor(a, b): return a ^ b
def or_(a, b): return a | b
def divmod_(a, b): return divmod(a, b)
def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def imod(a, b):
    a %= b
    return a
def ipow(a, b):
    a **= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def irshift(a, b):
    a >>= b
    return a
def iand(a, b):
    a &= b
    return a
def ixor(a, b):
    a ^= b
    return a
def ior(a, b):
    a |= b
    return a
def index(a):
    return a.__index__()
globals()['and'] = and_
globals()['or'] = or_
globals()['divmod'] = divmod_
"#;

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("_weakref", Some("Weak-reference support module."));
    let t = vm.ctx.types.weakref_type.clone();
    if let Payload::Type(tt) = &t.payload {
        if tt.dict().get_str("__call__").is_none() {
            tt.dict().set_str(vm, "__module__", vm.new_str("weakref"));
            add_method(vm, &t, "__new__", ref_new, NativeKind::StaticMethod);
            add_method(vm, &t, "__class_getitem__", ref_class_getitem, NativeKind::ClassMethod);
            add_methods(vm, &t, &[("__init__", ref_init), ("__call__", ref_call), ("__hash__", ref_hash), ("__eq__", ref_eq),
                ("__ne__", ref_ne), ("__repr__", ref_repr)]);
        }
    }
    add_functions(vm, &m, "_weakref", &[
        ("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("_remove_dead_weakref", remove_dead_weakref),
    ]);
    set_attr(vm, &m, "ref", t.clone());
    set_attr(vm, &m, "ReferenceType", t);
    // A private operator helper module (the proxies' arithmetic).
    let opm = vm.new_module("_operator_helpers", None);
    if let Payload::Module(d) = &opm.payload {
        let code = vm.compile(PY_OPERATOR, "<_weakref>", pyrite_compiler::Mode::Exec)?;
        vm.run_code(&code, d, None)?;
    }
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "__name__", vm.new_str("_weakref"));
            dd.set_str(vm, "_operator", opm);
        }
        let code = vm.compile(PY_PROXY, "<_weakref>", pyrite_compiler::Mode::Exec)?;
        vm.run_code(&code, d, None)?;
    }
    Ok(m)
}
