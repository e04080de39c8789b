//! `_imp`: import-system helpers exposed to Python (`importlib` is written
//! in Python on top of these), the ModuleSpec class used for `__spec__`, and
//! the loader object that serves embedded sources.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::Args;
use crate::vm::{str_of, PyResult, Vm};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

static SPEC_TYPE: OnceLock<PyObjectRef> = OnceLock::new();
static LOADER: OnceLock<PyObjectRef> = OnceLock::new();
static EMBEDDED: Mutex<Option<HashMap<String, &'static str>>> = Mutex::new(None);

pub fn remember_embedded(path: &str, source: &'static str) {
    if let Ok(mut g) = EMBEDDED.lock() {
        g.get_or_insert_with(HashMap::new).insert(path.to_string(), source);
    }
}

/// Source of an embedded module by its virtual path (for linecache/inspect).
pub fn embedded_by_path(path: &str) -> Option<&'static str> {
    if let Some(rel) = path.strip_prefix(crate::import::EMBEDDED_ROOT) {
        return crate::import::embedded_source(rel.trim_start_matches('/'));
    }
    EMBEDDED.lock().ok().and_then(|g| g.as_ref().and_then(|m| m.get(path).copied()))
}

const SPEC_SRC: &str = r#"
class ModuleSpec:
    def __init__(self, name=None, loader=None, *, origin=None, loader_state=None, is_package=None):
        if name is not None:
            self.name = name
            self.loader = loader
            self.origin = origin
            self.loader_state = loader_state
            self.submodule_search_locations = [] if is_package else None
            self.cached = None
            self.has_location = False
            self._initializing = False
            self.parent = name.rpartition('.')[0] if not is_package else name
    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))
    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations)
        except AttributeError:
            return NotImplemented
    __hash__ = None

class PyriteLoader:
    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>" if False else '<pyrite loader>'
    def get_source(self, fullname):
        import sys
        m = sys.modules.get(fullname)
        path = getattr(m, '__file__', None)
        if path is None:
            return None
        return _imp._get_source(path)
    def is_package(self, fullname):
        import sys
        m = sys.modules.get(fullname)
        return hasattr(m, '__path__')
"#;

fn bootstrap(vm: &Vm) -> PyResult<(PyObjectRef, PyObjectRef)> {
    let m = vm.new_module("_imp_bootstrap", None);
    let imp = init(vm)?;
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "_imp", imp);
            dd.set_str(vm, "__name__", vm.new_str("importlib._bootstrap"));
        }
    }
    crate::import::exec_module_source(vm, &m, "<frozen importlib._bootstrap>", SPEC_SRC)?;
    let spec = vm.get_attr_str(&m, "ModuleSpec")?;
    let loader_cls = vm.get_attr_str(&m, "PyriteLoader")?;
    let loader = vm.call(&loader_cls, &[])?;
    Ok((spec, loader))
}

fn ensure(vm: &Vm) {
    if SPEC_TYPE.get().is_none() {
        match bootstrap(vm) {
            Ok((s, l)) => {
                let _ = SPEC_TYPE.set(s);
                let _ = LOADER.set(l);
            }
            Err(_) => {
                let _ = SPEC_TYPE.set(vm.ctx.types.object_type.clone());
                let _ = LOADER.set(vm.none());
            }
        }
    }
}

pub fn module_spec_type(vm: &Vm) -> PyObjectRef {
    ensure(vm);
    SPEC_TYPE.get().cloned().unwrap_or_else(|| vm.ctx.types.object_type.clone())
}

pub fn loader_object(vm: &Vm) -> PyObjectRef {
    ensure(vm);
    LOADER.get().cloned().unwrap_or_else(|| vm.none())
}

fn get_source(vm: &Vm, args: Args) -> PyResult {
    let [path] = args.exact::<1>(vm, "_get_source")?;
    let p = str_of(path);
    if let Some(s) = embedded_by_path(p) {
        return Ok(vm.new_str(s));
    }
    match std::fs::read_to_string(p) {
        Ok(s) => Ok(vm.new_string(s)),
        Err(_) => Ok(vm.none()),
    }
}

fn find_spec(vm: &Vm, args: Args) -> PyResult {
    // _imp.find_spec(fullname, path=None) -> spec or None (no import of the module itself).
    let pos = args.range(vm, "find_spec", 1, 2)?;
    let name = str_of(&pos[0]).to_string();
    let parent = match name.rsplit_once('.') {
        Some((p, _)) => Some(crate::import::import_module(vm, p)?),
        None => None,
    };
    match crate::import::find_module(vm, &name, parent.as_ref())? {
        None => Ok(vm.none()),
        Some(crate::import::Source::Builtin(_)) => crate::import::make_spec(vm, &name, None, None, false),
        Some(crate::import::Source::File { path, is_package }) | Some(crate::import::Source::Embedded { path, is_package, .. }) => {
            let search = if is_package {
                let dir = path.rsplit_once('/').map(|(a, _)| a.to_string()).unwrap_or_default();
                Some(vm.new_list(vec![vm.new_string(dir)]))
            } else {
                None
            };
            crate::import::make_spec(vm, &name, Some(&path), search, true)
        }
    }
}

fn is_builtin(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "is_builtin")?;
    Ok(vm.new_int(crate::modules::find_builtin(str_of(n)).is_some() as i64))
}

fn embedded_names(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_list(pyrite_pylib::names().map(|n| vm.new_str(n)).collect()))
}

fn exec_source(vm: &Vm, args: Args) -> PyResult {
    // _imp.exec_source(module, path, source): run source in an existing module.
    let [m, path, src] = args.exact::<3>(vm, "exec_source")?;
    crate::import::exec_module_source(vm, m, str_of(path), str_of(src))?;
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_imp", None);
    crate::modules::sys::add_functions(vm, &m, "_imp", &[
        ("_get_source", get_source), ("find_spec", find_spec), ("is_builtin", is_builtin),
        ("embedded_names", embedded_names), ("exec_source", exec_source),
    ]);
    Ok(m)
}
