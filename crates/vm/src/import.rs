//! The import system: `__import__` semantics (relative names, fromlist,
//! packages), `sys.modules` caching, and the finders: builtin (native)
//! modules, `sys.path` directories, and the standard library embedded in the
//! binary. Mirrors `Python/import.c` and `importlib._bootstrap`.

use crate::object::{Payload, PyObjectRef};
use crate::types::type_::lookup;
use crate::vm::{str_of, PyErr, PyResult, Vm};
use std::path::{Path, PathBuf};

/// The virtual directory the embedded standard library appears under.
pub const EMBEDDED_ROOT: &str = "/@pyrite/Lib";

fn modules_dict(vm: &Vm) -> &crate::types::dict::PyDict {
    match &vm.interp.modules.payload {
        Payload::Dict(d) => d,
        _ => unreachable_modules(),
    }
}

#[cold]
fn unreachable_modules() -> &'static crate::types::dict::PyDict {
    std::process::abort()
}

pub fn sys_modules_get(vm: &Vm, name: &str) -> Option<PyObjectRef> {
    modules_dict(vm).get_str(name).filter(|m| !vm.is_none(m))
}

fn module_not_found(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_exception_msg(&vm.ctx.exc.module_not_found_error, format!("No module named '{}'", name));
    let _ = vm.set_attr_str(&e.0, "name", vm.new_str(name));
    e
}

/// `importlib.import_module(name)` for an absolute name.
pub fn import_module(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = sys_modules_get(vm, name) {
        return Ok(m);
    }
    if modules_dict(vm).get_str(name).is_some() {
        // `sys.modules[name] = None` blocks the import.
        let e = vm.new_exception_msg(&vm.ctx.exc.module_not_found_error, format!("import of {} halted; None in sys.modules", name));
        let _ = vm.set_attr_str(&e.0, "name", vm.new_str(name));
        return Err(e);
    }
    let mut parent: Option<PyObjectRef> = None;
    let mut prefix = String::new();
    for part in name.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = match sys_modules_get(vm, &prefix) {
            Some(m) => m,
            None => load_module(vm, &prefix, parent.as_ref())?,
        };
        parent = Some(m);
    }
    match sys_modules_get(vm, name) {
        Some(m) => Ok(m),
        None => parent.ok_or_else(|| module_not_found(vm, name)),
    }
}

/// Resolve a relative import against the importing module's globals.
fn resolve_name(vm: &Vm, name: &str, globals: &PyObjectRef, level: i64) -> PyResult<String> {
    let get = |k: &str| -> Option<PyObjectRef> {
        match &globals.payload {
            Payload::Dict(d) => d.get_str(k).filter(|v| !vm.is_none(v)),
            _ => None,
        }
    };
    let package = match get("__package__") {
        Some(p) => {
            if !matches!(p.payload, Payload::Str(_)) {
                return Err(vm.new_type_error("package must be a string"));
            }
            str_of(&p).to_string()
        }
        None => match get("__spec__").and_then(|s| vm.get_attr_opt(&s, "parent").ok().flatten()) {
            Some(p) => str_of(&p).to_string(),
            None => {
                let modname = get("__name__").ok_or_else(|| vm.new_key_error(vm.new_str("'__name__' not in globals")))?;
                let m = str_of(&modname).to_string();
                if get("__path__").is_some() {
                    m
                } else {
                    m.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                }
            }
        },
    };
    if package.is_empty() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.import_error, "attempted relative import with no known parent package".into()));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if (level as usize) > parts.len() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.import_error, "attempted relative import beyond top-level package".into()));
    }
    let base = parts[..parts.len() - (level as usize - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{}.{}", base, name) })
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(vm: &Vm, name: &str, globals: &PyObjectRef, locals: &PyObjectRef, fromlist: &PyObjectRef, level: i64) -> PyResult {
    // A user-replaced builtins.__import__ is honoured.
    if let Some(b) = vm.interp.builtins.get() {
        if let Payload::Module(bd) = &b.payload {
            if let Payload::Dict(d) = &bd.payload {
                if let Some(imp) = d.get_str("__import__") {
                    let is_ours = matches!(&imp.payload, Payload::NativeFunction(nf) if nf.name == "__import__");
                    if !is_ours {
                        return vm.call(&imp, &[vm.new_str(name), globals.clone(), locals.clone(), fromlist.clone(), vm.new_int(level)]);
                    }
                }
            }
        }
    }
    import_impl(vm, name, globals, fromlist, level)
}

pub fn import_impl(vm: &Vm, name: &str, globals: &PyObjectRef, fromlist: &PyObjectRef, level: i64) -> PyResult {
    if level < 0 {
        return Err(vm.new_value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(vm.new_value_error("Empty module name"));
    }
    let abs = if level > 0 { resolve_name(vm, name, globals, level)? } else { name.to_string() };
    let module = import_module(vm, &abs)?;
    let has_fromlist = !vm.is_none(fromlist) && vm.is_true(fromlist)?;
    if !has_fromlist {
        if level == 0 || !name.is_empty() {
            // Return the top-level package of what was named.
            let first = name.split('.').next().unwrap_or(name);
            if level == 0 {
                return sys_modules_get(vm, first).ok_or_else(|| module_not_found(vm, first));
            }
            let cut = abs.len() - (name.len() - first.len());
            let top = &abs[..cut];
            return sys_modules_get(vm, top).ok_or_else(|| module_not_found(vm, top));
        }
        return Ok(module);
    }
    // fromlist: import submodules named in it when the module is a package.
    if vm.get_attr_opt(&module, "__path__")?.is_some() {
        for item in vm.collect(fromlist)? {
            let s = str_of(&item).to_string();
            if s == "*" {
                if let Some(all) = vm.get_attr_opt(&module, "__all__")? {
                    for a in vm.collect(&all)? {
                        let an = str_of(&a).to_string();
                        if vm.get_attr_opt(&module, &an)?.is_none() {
                            let _ = import_optional(vm, &format!("{}.{}", abs, an))?;
                        }
                    }
                }
                continue;
            }
            if vm.get_attr_opt(&module, &s)?.is_none() {
                import_optional(vm, &format!("{}.{}", abs, s))?;
            }
        }
    }
    Ok(module)
}

/// Import a submodule for a fromlist; a missing module is not an error here.
fn import_optional(vm: &Vm, full: &str) -> PyResult<Option<PyObjectRef>> {
    match import_module(vm, full) {
        Ok(m) => Ok(Some(m)),
        Err(e) if vm.err_matches(&e, &vm.ctx.exc.module_not_found_error) => {
            let missing = vm.get_attr_opt(&e.0, "name")?.map(|n| str_of(&n).to_string());
            if missing.as_deref() == Some(full) {
                Ok(None)
            } else {
                Err(e)
            }
        }
        Err(e) => Err(e),
    }
}

/// `from module import name` when the attribute is missing: try a submodule,
/// then raise CPython's ImportError.
pub fn import_from_fallback(vm: &Vm, module: &PyObjectRef, name: &str) -> PyResult {
    let modname = vm.get_attr_opt(module, "__name__")?.map(|n| str_of(&n).to_string());
    if let Some(mn) = &modname {
        let full = format!("{}.{}", mn, name);
        if let Some(m) = sys_modules_get(vm, &full) {
            return Ok(m);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let file = vm.get_attr_opt(module, "__file__")?.filter(|f| !vm.is_none(f));
    let initializing = vm.get_attr_opt(module, "__spec__")?.filter(|s| !vm.is_none(s))
        .and_then(|s| vm.get_attr_opt(&s, "_initializing").ok().flatten())
        .map(|v| vm.is_true(&v).unwrap_or(false)).unwrap_or(false);
    let msg = if initializing {
        format!("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})", name, mn,
            file.as_ref().map(|f| str_of(f).to_string()).unwrap_or_else(|| "unknown location".into()))
    } else {
        match &file {
            Some(f) => format!("cannot import name '{}' from '{}' ({})", name, mn, str_of(f)),
            None => format!("cannot import name '{}' from '{}' (unknown location)", name, mn),
        }
    };
    let e = vm.new_exception_msg(&vm.ctx.exc.import_error, msg);
    let _ = vm.set_attr_str(&e.0, "name", vm.new_str(&mn));
    Err(e)
}

/// Where a module's source comes from.
pub enum Source {
    Builtin(crate::modules::ModuleInit),
    File { path: String, is_package: bool },
    Embedded { path: String, source: &'static str, is_package: bool },
}

/// Find a module by full name: builtin, then the parent's `__path__` (or `sys.path`).
pub fn find_module(vm: &Vm, name: &str, parent: Option<&PyObjectRef>) -> PyResult<Option<Source>> {
    if parent.is_none() {
        if let Some(init) = crate::modules::find_builtin(name) {
            return Ok(Some(Source::Builtin(init)));
        }
    }
    let last = name.rsplit('.').next().unwrap_or(name);
    let dirs: Vec<String> = match parent {
        Some(p) => match vm.get_attr_opt(p, "__path__")? {
            Some(path) => vm.collect(&path)?.iter().map(|d| str_of(d).to_string()).collect(),
            None => return Ok(None),
        },
        None => {
            let sys = vm.interp.sys.get();
            match sys.and_then(|s| vm.get_attr_opt(&s, "path").ok().flatten()) {
                Some(p) => vm.collect(&p)?.iter().filter(|d| matches!(d.payload, Payload::Str(_))).map(|d| str_of(d).to_string()).collect(),
                None => vec![EMBEDDED_ROOT.to_string()],
            }
        }
    };
    for dir in dirs {
        if let Some(rel) = dir.strip_prefix(EMBEDDED_ROOT) {
            let rel = rel.trim_start_matches('/');
            let base = if rel.is_empty() { last.to_string() } else { format!("{}/{}", rel, last) };
            if let Some(src) = embedded_source(&format!("{}/__init__.py", base)) {
                return Ok(Some(Source::Embedded { path: format!("{}/{}/__init__.py", EMBEDDED_ROOT, base), source: src, is_package: true }));
            }
            if let Some(src) = embedded_source(&format!("{}.py", base)) {
                return Ok(Some(Source::Embedded { path: format!("{}/{}.py", EMBEDDED_ROOT, base), source: src, is_package: false }));
            }
            continue;
        }
        let d = if dir.is_empty() { PathBuf::from(".") } else { PathBuf::from(&dir) };
        let pkg = d.join(last).join("__init__.py");
        if pkg.is_file() {
            return Ok(Some(Source::File { path: join_display(&dir, &format!("{}/__init__.py", last)), is_package: true }));
        }
        let file = d.join(format!("{}.py", last));
        if file.is_file() {
            return Ok(Some(Source::File { path: join_display(&dir, &format!("{}.py", last)), is_package: false }));
        }
        // Namespace packages: a directory without __init__.py.
        if d.join(last).is_dir() && parent.is_none() && !dir.is_empty() {
            // Only considered after all path entries fail (handled by caller order); skip here.
        }
    }
    Ok(None)
}

fn join_display(dir: &str, rest: &str) -> String {
    if dir.is_empty() {
        rest.to_string()
    } else if dir.ends_with('/') {
        format!("{}{}", dir, rest)
    } else {
        format!("{}/{}", dir, rest)
    }
}

/// Source text of an embedded Lib file (relative path like `json/__init__.py`).
/// `PYRITE_LIB` (a directory) overrides the embedded copy, for development.
pub fn embedded_source(rel: &str) -> Option<&'static str> {
    if let Ok(dir) = std::env::var("PYRITE_LIB") {
        let p = Path::new(&dir).join(rel);
        return std::fs::read_to_string(p).ok().map(|s| &*Box::leak(s.into_boxed_str()));
    }
    pyrite_pylib::get(rel)
}

/// Create, register and execute a module.
fn load_module(vm: &Vm, name: &str, parent: Option<&PyObjectRef>) -> PyResult {
    let src = find_module(vm, name, parent)?;
    let src = match src {
        Some(s) => s,
        None => {
            if let (Some(p), Some((pname, _))) = (parent, name.rsplit_once('.')) {
                if vm.get_attr_opt(p, "__path__")?.is_none() {
                    let e = vm.new_exception_msg(&vm.ctx.exc.module_not_found_error,
                        format!("No module named '{}'; '{}' is not a package", name, pname));
                    let _ = vm.set_attr_str(&e.0, "name", vm.new_str(name));
                    return Err(e);
                }
            }
            return Err(module_not_found(vm, name));
        }
    };
    let m = match src {
        Source::Builtin(init) => {
            let m = init(vm)?;
            // Modules that CPython ships as extension modules set `__file__`
            // in their initialiser; their spec then has that location.
            let file = vm.get_attr_str(&m, "__file__").ok().filter(|f| matches!(f.payload, crate::object::Payload::Str(_)));
            let spec = match &file {
                Some(f) => make_spec(vm, name, Some(crate::vm::str_of(f)), None, true)?,
                None => make_spec(vm, name, None, None, false)?,
            };
            set_module_attr(vm, &m, "__spec__", spec);
            set_module_attr(vm, &m, "__loader__", crate::modules::imp::loader_object(vm));
            modules_dict(vm).set_str(vm, name, m.clone());
            m
        }
        Source::File { path, is_package } => {
            let text = std::fs::read(&path).map_err(|e| vm.new_os_error_from_io(&e, Some(vm.new_str(&path))))?;
            let text = decode_source(vm, &text, &path)?;
            exec_new_module(vm, name, &path, &text, is_package, false)?
        }
        Source::Embedded { path, source, is_package } => {
            crate::modules::imp::remember_embedded(&path, source);
            exec_new_module(vm, name, &path, source, is_package, true)?
        }
    };
    if let Some(p) = parent {
        let last = name.rsplit('.').next().unwrap_or(name);
        let _ = vm.set_attr_str(p, last, m.clone());
    }
    Ok(m)
}

fn decode_source(vm: &Vm, bytes: &[u8], path: &str) -> PyResult<String> {
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let line = b[..e.valid_up_to()].iter().filter(|&&c| c == b'\n').count() + 1;
            let err = vm.new_exception_msg(&vm.ctx.exc.syntax_error, format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                b[e.valid_up_to()], path, line));
            Err(err)
        }
    }
}

fn set_module_attr(vm: &Vm, m: &PyObjectRef, k: &str, v: PyObjectRef) {
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, k, v);
        }
    }
}

/// Build `module.__spec__` (an `importlib.machinery.ModuleSpec`-like object).
pub fn make_spec(vm: &Vm, name: &str, origin: Option<&str>, search: Option<PyObjectRef>, has_location: bool) -> PyResult {
    let cls = crate::modules::imp::module_spec_type(vm);
    let spec = vm.call(&cls, &[])?;
    vm.set_attr_str(&spec, "name", vm.new_str(name))?;
    vm.set_attr_str(&spec, "loader", crate::modules::imp::loader_object(vm))?;
    vm.set_attr_str(&spec, "origin", match origin { Some(o) => vm.new_str(o), None => vm.new_str("built-in") })?;
    vm.set_attr_str(&spec, "submodule_search_locations", search.unwrap_or_else(|| vm.none()))?;
    vm.set_attr_str(&spec, "loader_state", vm.none())?;
    vm.set_attr_str(&spec, "cached", vm.none())?;
    vm.set_attr_str(&spec, "has_location", vm.new_bool(has_location))?;
    vm.set_attr_str(&spec, "_initializing", vm.new_bool(false))?;
    let parent = if origin.is_some() && vm.is_none(&vm.get_attr_str(&spec, "submodule_search_locations")?) {
        name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
    } else if origin.is_some() {
        name.to_string()
    } else {
        name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
    };
    vm.set_attr_str(&spec, "parent", vm.new_string(parent))?;
    Ok(spec)
}

/// Compile and run module source as a new module named `name`.
pub fn exec_new_module(vm: &Vm, name: &str, path: &str, source: &str, is_package: bool, embedded: bool) -> PyResult {
    let m = vm.new_module(name, None);
    set_module_attr(vm, &m, "__file__", vm.new_str(path));
    let package = if is_package { name.to_string() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
    set_module_attr(vm, &m, "__package__", vm.new_string(package));
    let search = if is_package {
        let dir = path.rsplit_once('/').map(|(a, _)| a.to_string()).unwrap_or_default();
        let l = vm.new_list(vec![vm.new_string(dir)]);
        set_module_attr(vm, &m, "__path__", l.clone());
        Some(l)
    } else {
        None
    };
    let spec = make_spec(vm, name, Some(path), search, true)?;
    vm.set_attr_str(&spec, "_initializing", vm.new_bool(true))?;
    set_module_attr(vm, &m, "__spec__", spec.clone());
    set_module_attr(vm, &m, "__loader__", crate::modules::imp::loader_object(vm));
    let _ = embedded;
    modules_dict(vm).set_str(vm, name, m.clone());
    let r = exec_module_source(vm, &m, path, source);
    let _ = vm.set_attr_str(&spec, "_initializing", vm.new_bool(false));
    match r {
        Ok(()) => Ok(sys_modules_get(vm, name).unwrap_or(m)),
        Err(e) => {
            let k = vm.new_str(name);
            let _ = modules_dict(vm).del_item(vm, &k);
            Err(e)
        }
    }
}

/// Run source in a module's namespace.
pub fn exec_module_source(vm: &Vm, m: &PyObjectRef, path: &str, source: &str) -> PyResult<()> {
    let code = vm.compile(source, path, pyrite_compiler::Mode::Exec)?;
    let globals = match &m.payload {
        Payload::Module(d) => d.clone(),
        _ => return Err(vm.new_type_error("not a module")),
    };
    if let Payload::Dict(d) = &globals.payload {
        if d.get_str("__builtins__").is_none() {
            if let Some(b) = vm.interp.builtins.get() {
                d.set_str(vm, "__builtins__", b);
            }
        }
    }
    vm.run_code(&code, &globals, None)?;
    Ok(())
}

/// Does `obj` have an attribute along its class (used by a few helpers)?
pub fn class_has(obj: &PyObjectRef, name: &str) -> bool {
    lookup(&obj.class(), name).is_some()
}
