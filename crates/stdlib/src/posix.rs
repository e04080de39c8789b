//! `posix`: the operating-system interface behind `os` (Linux). Mirrors the
//! behaviour of CPython's `Modules/posixmodule.c`: OSError subclasses carrying
//! errno/strerror/filename, the GIL released around blocking calls, `str`
//! results for `str` paths and `bytes` results for `bytes` paths.
//!
//! `DirEntry`/`ScandirIterator` are small Python classes executed into the
//! module at import time (over the native `_scandir_entries`).

use pyrite_vm::exceptions::os_error_from_errno;
use pyrite_vm::gil::allow_threads;
use pyrite_vm::modules::sys::{add_functions, set_attr, structseq_type};
use pyrite_vm::types::function::{Args, NativeKind, PyNativeFunction, Sig};
use pyrite_vm::vm::{str_of, PyErr};
use pyrite_vm::{Payload, PyObjectRef, PyResult, Vm};
use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

// ---- argument helpers ----

/// A converted path argument: the C string, whether it was bytes, and the
/// original object (for the exception's filename).
pub struct PathArg {
    pub c: CString,
    pub bytes: bool,
    pub obj: PyObjectRef,
}

enum PathOrFd {
    Path(PathArg),
    Fd(i32),
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn os_err(vm: &Vm, e: i32, p: Option<&PyObjectRef>) -> PyErr {
    os_error_from_errno(vm, e, p.cloned(), None)
}

fn os_err2(vm: &Vm, e: i32, p: &PyObjectRef, p2: &PyObjectRef) -> PyErr {
    os_error_from_errno(vm, e, Some(p.clone()), Some(p2.clone()))
}

fn raw_fspath(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<(Vec<u8>, bool)>> {
    match &o.payload {
        Payload::Str(s) => Ok(Some((s.as_str().as_bytes().to_vec(), false))),
        Payload::Bytes(b) => Ok(Some((b.to_vec(), true))),
        _ => match vm.call_special(o, "__fspath__", &[])? {
            Some(r) => match &r.payload {
                Payload::Str(s) => Ok(Some((s.as_str().as_bytes().to_vec(), false))),
                Payload::Bytes(b) => Ok(Some((b.to_vec(), true))),
                _ => Err(vm.new_type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(o), vm.type_name(&r)))),
            },
            None => Ok(None),
        },
    }
}

fn path_arg(vm: &Vm, o: &PyObjectRef, fname: &str, argname: &str, allow_fd: bool, allow_none: bool) -> PyResult<PathOrFd> {
    if allow_fd && matches!(o.payload, Payload::Int(_)) {
        let fd = vm.index_i64(o)?;
        return Ok(PathOrFd::Fd(fd as i32));
    }
    match raw_fspath(vm, o)? {
        Some((b, isb)) => {
            let _ = argname;
            let c = CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))?;
            Ok(PathOrFd::Path(PathArg { c, bytes: isb, obj: o.clone() }))
        }
        None => {
            let what = match (allow_fd, allow_none) {
                (true, true) => "string, bytes, os.PathLike, integer or None",
                (true, false) => "string, bytes, os.PathLike or integer",
                (false, true) => "string, bytes, os.PathLike or None",
                (false, false) => "string, bytes or os.PathLike",
            };
            Err(vm.new_type_error(format!("{}: {} should be {}, not {}", fname, argname, what, vm.type_name(o))))
        }
    }
}

fn path_only(vm: &Vm, o: &PyObjectRef, fname: &str, argname: &str) -> PyResult<PathArg> {
    match path_arg(vm, o, fname, argname, false, false)? {
        PathOrFd::Path(p) => Ok(p),
        PathOrFd::Fd(_) => Err(vm.new_type_error("unexpected fd")),
    }
}

fn fd_of(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    if matches!(o.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = vm.index_i64(o)?;
    if v > i32::MAX as i64 {
        return Err(vm.new_overflow_error("signed integer is greater than maximum"));
    }
    if v < i32::MIN as i64 {
        return Err(vm.new_overflow_error("signed integer is less than minimum"));
    }
    Ok(v as i32)
}

fn int_of(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    if matches!(o.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index_i64(o)
}

fn dir_fd_of(vm: &Vm, o: &Option<PyObjectRef>) -> PyResult<i32> {
    match o {
        Some(v) if !vm.is_none(v) => fd_of(vm, v),
        _ => Ok(libc::AT_FDCWD),
    }
}

fn flag(vm: &Vm, o: &Option<PyObjectRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => vm.is_true(v),
        None => Ok(default),
    }
}

fn decode_name(vm: &Vm, b: &[u8], as_bytes: bool) -> PyObjectRef {
    if as_bytes {
        vm.new_bytes(b.to_vec())
    } else {
        vm.new_string(String::from_utf8_lossy(b).into_owned())
    }
}

fn bytes_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

/// Retry a system call on EINTR (running signal handlers in between).
fn retry<T: PartialEq + Copy>(vm: &Vm, fail: T, mut f: impl FnMut() -> T) -> PyResult<Result<T, i32>> {
    loop {
        let r = allow_threads(&mut f);
        if r == fail {
            let e = errno();
            if e == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Ok(Err(e));
        }
        return Ok(Ok(r));
    }
}

/// A zeroed buffer of `n` bytes, or MemoryError.
fn alloc_buf(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v: Vec<u8> = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception(&vm.ctx.exc.memory_error, vec![]));
    }
    v.resize(n, 0);
    Ok(v)
}

macro_rules! sig {
    ($name:expr, [$($n:expr),*], $posonly:expr, $req:expr, $kwfrom:expr) => {
        Sig { name: $name, names: [$($n),*], posonly: $posonly, required: $req, kwonly_from: $kwfrom }
    };
}

// ---- stat ----

static STAT_RESULT: OnceLock<PyObjectRef> = OnceLock::new();
static TERMINAL_SIZE: OnceLock<PyObjectRef> = OnceLock::new();
static UNAME_RESULT: OnceLock<PyObjectRef> = OnceLock::new();
static TIMES_RESULT: OnceLock<PyObjectRef> = OnceLock::new();

fn extra_field(vm: &Vm, args: Args) -> PyResult {
    // self_ is the field name; args[1] the instance.
    let [name, o] = args.exact::<2>(vm, "field")?;
    if let Some(d) = o.dict.get() {
        if let Payload::Dict(dd) = &d.payload {
            if let Some(v) = dd.get_str(str_of(name)) {
                return Ok(v);
            }
        }
    }
    Ok(vm.none())
}

fn stat_result_type(vm: &Vm) -> PyObjectRef {
    STAT_RESULT.get_or_init(|| {
        let t = structseq_type(vm, "os", "stat_result", &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"]);
        if let Payload::Type(tt) = &t.payload {
            tt.dict().set_str(vm, "n_fields", vm.new_int(19));
            for f in ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"] {
                let getter = PyObjectRef::new(vm.ctx.types.builtin_function_type.clone(), Payload::NativeFunction(Box::new(PyNativeFunction {
                    name: "field", func: extra_field, kind: NativeKind::Method, self_: Some(vm.new_str(f)), owner: None, doc: None, module: None,
                })));
                let prop = PyObjectRef::new(vm.ctx.types.property_type.clone(), Payload::Property { fget: Some(getter), fset: None, fdel: None, doc: RefCell::new(None), name: RefCell::new(None) });
                tt.dict().set_str(vm, f, prop);
            }
        }
        t
    }).clone()
}

fn make_stat(vm: &Vm, st: &libc::stat) -> PyObjectRef {
    let items = vec![
        vm.new_int(st.st_mode as i64), vm.new_bigint((st.st_ino as u64).into()), vm.new_bigint((st.st_dev as u64).into()),
        vm.new_int(st.st_nlink as i64), vm.new_int(st.st_uid as i64), vm.new_int(st.st_gid as i64), vm.new_int(st.st_size),
        vm.new_int(st.st_atime), vm.new_int(st.st_mtime), vm.new_int(st.st_ctime),
    ];
    let o = pyrite_vm::types::type_methods::new_instance(vm, &stat_result_type(vm), Payload::Tuple(items.into_boxed_slice()));
    let d = vm.new_dict();
    if let Payload::Dict(dd) = &d.payload {
        let ft = |s: i64, ns: i64| vm.new_float(s as f64 + ns as f64 * 1e-9);
        let nt = |s: i64, ns: i64| vm.new_bigint(num_bigint::BigInt::from(s as i128 * 1_000_000_000 + ns as i128));
        dd.set_str(vm, "st_atime", ft(st.st_atime, st.st_atime_nsec));
        dd.set_str(vm, "st_mtime", ft(st.st_mtime, st.st_mtime_nsec));
        dd.set_str(vm, "st_ctime", ft(st.st_ctime, st.st_ctime_nsec));
        dd.set_str(vm, "st_atime_ns", nt(st.st_atime, st.st_atime_nsec));
        dd.set_str(vm, "st_mtime_ns", nt(st.st_mtime, st.st_mtime_nsec));
        dd.set_str(vm, "st_ctime_ns", nt(st.st_ctime, st.st_ctime_nsec));
        dd.set_str(vm, "st_blksize", vm.new_int(st.st_blksize as i64));
        dd.set_str(vm, "st_blocks", vm.new_int(st.st_blocks as i64));
        dd.set_str(vm, "st_rdev", vm.new_bigint((st.st_rdev as u64).into()));
    }
    o.dict.set(Some(d));
    o
}

fn do_stat(vm: &Vm, args: Args, fname: &'static str, follow_default: bool) -> PyResult {
    let [p, dir_fd, follow] = args.bind(vm, &sig!(fname, ["path", "dir_fd", "follow_symlinks"], 0, 1, 1))?;
    let p = p.unwrap();
    let follow = flag(vm, &follow, follow_default)?;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    // SAFETY: zeroed stat is a valid out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let stp = &mut st as *mut libc::stat as usize;
    match path_arg(vm, &p, fname, "path", true, false)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: stp points to a live stat.
            match retry(vm, -1, || unsafe { libc::fstat(fd, stp as *mut libc::stat) })? {
                Ok(_) => Ok(make_stat(vm, &st)),
                Err(e) => Err(os_err(vm, e, None)),
            }
        }
        PathOrFd::Path(pa) => {
            let fl = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            let cp = pa.c.as_ptr() as usize;
            // SAFETY: valid C string and stat pointer.
            match retry(vm, -1, || unsafe { libc::fstatat(dfd, cp as *const libc::c_char, stp as *mut libc::stat, fl) })? {
                Ok(_) => Ok(make_stat(vm, &st)),
                Err(e) => Err(os_err(vm, e, Some(&pa.obj))),
            }
        }
    }
}

fn stat(vm: &Vm, args: Args) -> PyResult { do_stat(vm, args, "stat", true) }
fn lstat(vm: &Vm, args: Args) -> PyResult { do_stat(vm, args, "lstat", false) }

fn fstat(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.bind(vm, &sig!("fstat", ["fd"], 0, 1, 1))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    // SAFETY: zeroed stat out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let stp = &mut st as *mut libc::stat as usize;
    // SAFETY: stp is valid.
    match retry(vm, -1, || unsafe { libc::fstat(fd, stp as *mut libc::stat) })? {
        Ok(_) => Ok(make_stat(vm, &st)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

// ---- file descriptors ----

fn os_open(vm: &Vm, args: Args) -> PyResult {
    let [p, flags, mode, dir_fd] = args.bind(vm, &sig!("open", ["path", "flags", "mode", "dir_fd"], 0, 2, 3))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "open", "path")?;
    let flags = int_of(vm, flags.as_ref().unwrap())? as i32 | libc::O_CLOEXEC;
    let mode = match &mode { Some(m) => int_of(vm, m)? as libc::c_uint, None => 0o777 };
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let cp = pa.c.as_ptr() as usize;
    // SAFETY: valid C string.
    match retry(vm, -1, || unsafe { libc::openat(dfd, cp as *const libc::c_char, flags, mode) })? {
        Ok(fd) => Ok(vm.new_int(fd as i64)),
        Err(e) => Err(os_err(vm, e, Some(&p))),
    }
}

fn os_read(vm: &Vm, args: Args) -> PyResult {
    let [fd, n] = args.exact::<2>(vm, "read")?;
    let fd = fd_of(vm, fd)?;
    let n = int_of(vm, n)?;
    if n < 0 {
        return Err(os_err(vm, libc::EINVAL, None));
    }
    let mut buf = alloc_buf(vm, n as usize)?;
    let bp = buf.as_mut_ptr() as usize;
    // SAFETY: buf has n bytes.
    match retry(vm, -1, || unsafe { libc::read(fd, bp as *mut libc::c_void, n as usize) })? {
        Ok(r) => {
            buf.truncate(r as usize);
            Ok(vm.new_bytes(buf))
        }
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn os_write(vm: &Vm, args: Args) -> PyResult {
    let [fd, data] = args.exact::<2>(vm, "write")?;
    let fd = fd_of(vm, fd)?;
    let b = bytes_of(vm, data)?;
    let bp = b.as_ptr() as usize;
    // SAFETY: b is alive for the call.
    match retry(vm, -1, || unsafe { libc::write(fd, bp as *const libc::c_void, b.len()) })? {
        Ok(r) => Ok(vm.new_int(r as i64)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn os_pread(vm: &Vm, args: Args) -> PyResult {
    let [fd, n, off] = args.exact::<3>(vm, "pread")?;
    let fd = fd_of(vm, fd)?;
    let n = int_of(vm, n)?;
    let off = int_of(vm, off)?;
    if n < 0 {
        return Err(os_err(vm, libc::EINVAL, None));
    }
    let mut buf = alloc_buf(vm, n as usize)?;
    let bp = buf.as_mut_ptr() as usize;
    // SAFETY: buf has n bytes.
    match retry(vm, -1, || unsafe { libc::pread(fd, bp as *mut libc::c_void, n as usize, off) })? {
        Ok(r) => {
            buf.truncate(r as usize);
            Ok(vm.new_bytes(buf))
        }
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn os_pwrite(vm: &Vm, args: Args) -> PyResult {
    let [fd, data, off] = args.exact::<3>(vm, "pwrite")?;
    let fd = fd_of(vm, fd)?;
    let b = bytes_of(vm, data)?;
    let off = int_of(vm, off)?;
    let bp = b.as_ptr() as usize;
    // SAFETY: b is alive.
    match retry(vm, -1, || unsafe { libc::pwrite(fd, bp as *const libc::c_void, b.len(), off) })? {
        Ok(r) => Ok(vm.new_int(r as i64)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn os_close(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.bind(vm, &sig!("close", ["fd"], 0, 1, 1))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    // SAFETY: closing a descriptor number.
    if unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::EINTR {
            return Err(os_err(vm, e, None));
        }
    }
    Ok(vm.none())
}

fn closerange(vm: &Vm, args: Args) -> PyResult {
    let [lo, hi] = args.exact::<2>(vm, "closerange")?;
    let lo = fd_of(vm, lo)?.max(0);
    let hi = fd_of(vm, hi)?;
    if lo >= hi {
        return Ok(vm.none());
    }
    // Close only descriptors that are open (listed in /proc/self/fd), so
    // huge ranges stay cheap; fall back to a bounded loop.
    let open: Option<Vec<i32>> = std::fs::read_dir("/proc/self/fd").ok().map(|d| {
        d.filter_map(|e| e.ok().and_then(|e| e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()))).collect()
    });
    match open {
        Some(fds) => {
            for fd in fds.into_iter().filter(|fd| *fd >= lo && *fd < hi) {
                // SAFETY: closing descriptor numbers; errors ignored as CPython does.
                unsafe { libc::close(fd) };
            }
        }
        None => {
            // SAFETY: plain call.
            let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 20) as i32;
            for fd in lo..hi.min(max) {
                // SAFETY: as above.
                unsafe { libc::close(fd) };
            }
        }
    }
    Ok(vm.none())
}

fn lseek(vm: &Vm, args: Args) -> PyResult {
    let [fd, pos, how] = args.exact::<3>(vm, "lseek")?;
    let fd = fd_of(vm, fd)?;
    let pos = int_of(vm, pos)?;
    let how = int_of(vm, how)? as i32;
    // SAFETY: plain syscall.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r))
}

fn fd_from_obj(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    if matches!(o.payload, Payload::Int(_)) {
        return fd_of(vm, o);
    }
    match vm.get_attr_opt(o, "fileno")? {
        Some(f) => {
            let r = vm.call(&f, &[])?;
            fd_of(vm, &r)
        }
        None => Err(vm.new_type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn fsync(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "fsync")?;
    let fd = fd_from_obj(vm, fd)?;
    // SAFETY: plain syscall.
    match retry(vm, -1, || unsafe { libc::fsync(fd) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn ftruncate(vm: &Vm, args: Args) -> PyResult {
    let [fd, len] = args.exact::<2>(vm, "ftruncate")?;
    let fd = fd_of(vm, fd)?;
    let len = int_of(vm, len)?;
    // SAFETY: plain syscall.
    match retry(vm, -1, || unsafe { libc::ftruncate(fd, len) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn truncate(vm: &Vm, args: Args) -> PyResult {
    let [p, len] = args.bind(vm, &sig!("truncate", ["path", "length"], 0, 2, 2))?;
    let p = p.unwrap();
    let len = int_of(vm, len.as_ref().unwrap())?;
    match path_arg(vm, &p, "truncate", "path", true, false)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: plain syscall.
            match retry(vm, -1, || unsafe { libc::ftruncate(fd, len) })? {
                Ok(_) => Ok(vm.none()),
                Err(e) => Err(os_err(vm, e, None)),
            }
        }
        PathOrFd::Path(pa) => {
            let cp = pa.c.as_ptr() as usize;
            // SAFETY: valid C string.
            match retry(vm, -1, || unsafe { libc::truncate(cp as *const libc::c_char, len) })? {
                Ok(_) => Ok(vm.none()),
                Err(e) => Err(os_err(vm, e, Some(&p))),
            }
        }
    }
}

fn dup(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "dup")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain syscall.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn dup2(vm: &Vm, args: Args) -> PyResult {
    let [fd, fd2, inh] = args.bind(vm, &sig!("dup2", ["fd", "fd2", "inheritable"], 0, 2, 3))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    let fd2 = fd_of(vm, fd2.as_ref().unwrap())?;
    let inh = flag(vm, &inh, true)?;
    // SAFETY: plain syscalls.
    let r = unsafe { if inh { libc::dup2(fd, fd2) } else { libc::dup3(fd, fd2, libc::O_CLOEXEC) } };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn get_inheritable(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "get_inheritable")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain syscall.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_bool(r & libc::FD_CLOEXEC == 0))
}

fn set_fd_flag(fd: i32, get: i32, set: i32, bit: i32, on: bool) -> Result<(), i32> {
    // SAFETY: plain syscalls.
    let r = unsafe { libc::fcntl(fd, get) };
    if r < 0 {
        return Err(errno());
    }
    let n = if on { r | bit } else { r & !bit };
    if n != r && unsafe { libc::fcntl(fd, set, n) } < 0 {
        return Err(errno());
    }
    Ok(())
}

fn set_inheritable(vm: &Vm, args: Args) -> PyResult {
    let [fd, v] = args.exact::<2>(vm, "set_inheritable")?;
    let fd = fd_of(vm, fd)?;
    let v = vm.is_true(v)?;
    set_fd_flag(fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !v).map_err(|e| os_err(vm, e, None))?;
    Ok(vm.none())
}

fn get_blocking(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "get_blocking")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain syscall.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_bool(r & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &Vm, args: Args) -> PyResult {
    let [fd, v] = args.exact::<2>(vm, "set_blocking")?;
    let fd = fd_of(vm, fd)?;
    let v = vm.is_true(v)?;
    set_fd_flag(fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !v).map_err(|e| os_err(vm, e, None))?;
    Ok(vm.none())
}

fn pipe(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "pipe")?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_tuple(vec![vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64)]))
}

fn pipe2(vm: &Vm, args: Args) -> PyResult {
    let [fl] = args.exact::<1>(vm, "pipe2")?;
    let fl = int_of(vm, fl)? as i32;
    let mut fds = [0i32; 2];
    // SAFETY: as above.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), fl) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_tuple(vec![vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64)]))
}

fn isatty(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "isatty")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain call.
    Ok(vm.new_bool(unsafe { libc::isatty(fd) } == 1))
}

fn ttyname(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "ttyname")?;
    let fd = fd_of(vm, fd)?;
    let mut buf = vec![0u8; 256];
    // SAFETY: buf has the given size.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r != 0 {
        return Err(os_err(vm, r, None));
    }
    let s = CStr::from_bytes_until_nul(&buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(vm.new_string(s))
}

fn openpty(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "openpty")?;
    let (mut m, mut s) = (0i32, 0i32);
    // SAFETY: out-parameters are valid; the rest may be null.
    if unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    let _ = set_fd_flag(m, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, true);
    let _ = set_fd_flag(s, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, true);
    Ok(vm.new_tuple(vec![vm.new_int(m as i64), vm.new_int(s as i64)]))
}

fn device_encoding(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.bind(vm, &sig!("device_encoding", ["fd"], 0, 1, 1))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    // SAFETY: plain call.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(vm.new_str("UTF-8"));
    }
    Ok(vm.none())
}

// ---- directories and names ----

fn listdir_raw(vm: &Vm, p: &Option<PyObjectRef>, fname: &str) -> PyResult<(Vec<(Vec<u8>, u8, u64)>, bool, Option<PyObjectRef>)> {
    let (dir, as_bytes, pobj): (*mut libc::DIR, bool, Option<PyObjectRef>) = match p {
        Some(o) if !vm.is_none(o) => match path_arg(vm, o, fname, "path", true, true)? {
            PathOrFd::Fd(fd) => {
                // SAFETY: duplicate so closedir does not close the caller's fd.
                let nfd = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
                if nfd < 0 {
                    return Err(os_err(vm, errno(), None));
                }
                // SAFETY: nfd is a fresh descriptor.
                let d = unsafe { libc::fdopendir(nfd) };
                if d.is_null() {
                    let e = errno();
                    // SAFETY: close the duplicate on failure.
                    unsafe { libc::close(nfd) };
                    return Err(os_err(vm, e, None));
                }
                // SAFETY: rewind to list from the start.
                unsafe { libc::rewinddir(d) };
                (d, false, None)
            }
            PathOrFd::Path(pa) => {
                let cp = pa.c.as_ptr() as usize;
                // SAFETY: valid C string.
                let d = allow_threads(|| unsafe { libc::opendir(cp as *const libc::c_char) } as usize) as *mut libc::DIR;
                if d.is_null() {
                    return Err(os_err(vm, errno(), Some(o)));
                }
                (d, pa.bytes, Some(o.clone()))
            }
        },
        _ => {
            // SAFETY: literal path.
            let d = unsafe { libc::opendir(c".".as_ptr()) };
            if d.is_null() {
                return Err(os_err(vm, errno(), Some(&vm.new_str("."))));
            }
            (d, false, None)
        }
    };
    let mut out = Vec::new();
    loop {
        // SAFETY: dir is an open DIR stream.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            break;
        }
        // SAFETY: readdir returned a valid entry.
        let (name, dtype, ino) = unsafe {
            let e = &*ent;
            (CStr::from_ptr(e.d_name.as_ptr()).to_bytes().to_vec(), e.d_type, e.d_ino)
        };
        if name == b"." || name == b".." {
            continue;
        }
        out.push((name, dtype, ino as u64));
    }
    // SAFETY: closing the stream we opened.
    unsafe { libc::closedir(dir) };
    Ok((out, as_bytes, pobj))
}

fn listdir(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("listdir", ["path"], 0, 0, 1))?;
    let (ents, as_bytes, _) = listdir_raw(vm, &p, "listdir")?;
    Ok(vm.new_list(ents.iter().map(|(n, _, _)| decode_name(vm, n, as_bytes)).collect()))
}

fn scandir_entries(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("scandir", ["path"], 0, 0, 1))?;
    let (ents, as_bytes, _) = listdir_raw(vm, &p, "scandir")?;
    Ok(vm.new_list(ents.iter().map(|(n, t, i)| vm.new_tuple(vec![decode_name(vm, n, as_bytes), vm.new_int(*t as i64), vm.new_bigint((*i).into())])).collect()))
}

fn simple_path_call(vm: &Vm, args: Args, fname: &'static str, f: impl Fn(i32, *const libc::c_char) -> i32) -> PyResult {
    let [p, dir_fd] = args.bind(vm, &sig!(fname, ["path", "dir_fd"], 0, 1, 1))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, fname, "path")?;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let cp = pa.c.as_ptr() as usize;
    match retry(vm, -1, || f(dfd, cp as *const libc::c_char))? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, Some(&p))),
    }
}

fn unlink(vm: &Vm, args: Args) -> PyResult {
    // SAFETY: valid C string from simple_path_call.
    simple_path_call(vm, args, "unlink", |d, p| unsafe { libc::unlinkat(d, p, 0) })
}
fn remove(vm: &Vm, args: Args) -> PyResult {
    // SAFETY: as above.
    simple_path_call(vm, args, "remove", |d, p| unsafe { libc::unlinkat(d, p, 0) })
}
fn rmdir(vm: &Vm, args: Args) -> PyResult {
    // SAFETY: as above.
    simple_path_call(vm, args, "rmdir", |d, p| unsafe { libc::unlinkat(d, p, libc::AT_REMOVEDIR) })
}

fn mkdir(vm: &Vm, args: Args) -> PyResult {
    let [p, mode, dir_fd] = args.bind(vm, &sig!("mkdir", ["path", "mode", "dir_fd"], 0, 1, 2))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "mkdir", "path")?;
    let mode = match &mode { Some(m) => int_of(vm, m)? as libc::mode_t, None => 0o777 };
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let cp = pa.c.as_ptr() as usize;
    // SAFETY: valid C string.
    match retry(vm, -1, || unsafe { libc::mkdirat(dfd, cp as *const libc::c_char, mode) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, Some(&p))),
    }
}

fn two_path(vm: &Vm, args: Args, fname: &'static str) -> PyResult {
    let [s, d, sfd, dfd] = args.bind(vm, &sig!(fname, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 0, 2, 2))?;
    let (s, d) = (s.unwrap(), d.unwrap());
    let sp = path_only(vm, &s, fname, "src")?;
    let dp = path_only(vm, &d, fname, "dst")?;
    let sfd = dir_fd_of(vm, &sfd)?;
    let dfd = dir_fd_of(vm, &dfd)?;
    let (a, b) = (sp.c.as_ptr() as usize, dp.c.as_ptr() as usize);
    // SAFETY: valid C strings.
    match retry(vm, -1, || unsafe { libc::renameat(sfd, a as *const libc::c_char, dfd, b as *const libc::c_char) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err2(vm, e, &s, &d)),
    }
}
fn rename(vm: &Vm, args: Args) -> PyResult { two_path(vm, args, "rename") }
fn replace(vm: &Vm, args: Args) -> PyResult { two_path(vm, args, "replace") }

fn link(vm: &Vm, args: Args) -> PyResult {
    let [s, d, sfd, dfd, follow] = args.bind(vm, &sig!("link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 0, 2, 2))?;
    let (s, d) = (s.unwrap(), d.unwrap());
    let sp = path_only(vm, &s, "link", "src")?;
    let dp = path_only(vm, &d, "link", "dst")?;
    let sfd = dir_fd_of(vm, &sfd)?;
    let dfd = dir_fd_of(vm, &dfd)?;
    let fl = if flag(vm, &follow, true)? { libc::AT_SYMLINK_FOLLOW } else { 0 };
    let (a, b) = (sp.c.as_ptr() as usize, dp.c.as_ptr() as usize);
    // SAFETY: valid C strings.
    match retry(vm, -1, || unsafe { libc::linkat(sfd, a as *const libc::c_char, dfd, b as *const libc::c_char, fl) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err2(vm, e, &s, &d)),
    }
}

fn symlink(vm: &Vm, args: Args) -> PyResult {
    let [s, d, _tid, dfd] = args.bind(vm, &sig!("symlink", ["src", "dst", "target_is_directory", "dir_fd"], 0, 2, 3))?;
    let (s, d) = (s.unwrap(), d.unwrap());
    let sp = path_only(vm, &s, "symlink", "src")?;
    let dp = path_only(vm, &d, "symlink", "dst")?;
    let dfd = dir_fd_of(vm, &dfd)?;
    let (a, b) = (sp.c.as_ptr() as usize, dp.c.as_ptr() as usize);
    // SAFETY: valid C strings.
    match retry(vm, -1, || unsafe { libc::symlinkat(a as *const libc::c_char, dfd, b as *const libc::c_char) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err2(vm, e, &s, &d)),
    }
}

fn readlink(vm: &Vm, args: Args) -> PyResult {
    let [p, dir_fd] = args.bind(vm, &sig!("readlink", ["path", "dir_fd"], 0, 1, 1))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "readlink", "path")?;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: buf has the given size.
    let r = unsafe { libc::readlinkat(dfd, pa.c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r < 0 {
        return Err(os_err(vm, errno(), Some(&p)));
    }
    buf.truncate(r as usize);
    Ok(decode_name(vm, &buf, pa.bytes))
}

fn chmod(vm: &Vm, args: Args) -> PyResult {
    let [p, mode, dir_fd, follow] = args.bind(vm, &sig!("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 0, 2, 2))?;
    let p = p.unwrap();
    let mode = int_of(vm, mode.as_ref().unwrap())? as libc::mode_t;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let follow = flag(vm, &follow, true)?;
    match path_arg(vm, &p, "chmod", "path", true, false)? {
        // SAFETY: plain syscalls with valid arguments.
        PathOrFd::Fd(fd) => match retry(vm, -1, || unsafe { libc::fchmod(fd, mode) })? {
            Ok(_) => Ok(vm.none()),
            Err(e) => Err(os_err(vm, e, None)),
        },
        PathOrFd::Path(pa) => {
            let cp = pa.c.as_ptr() as usize;
            let fl = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: valid C string.
            match retry(vm, -1, || unsafe { libc::fchmodat(dfd, cp as *const libc::c_char, mode, fl) })? {
                Ok(_) => Ok(vm.none()),
                Err(e) => Err(os_err(vm, e, Some(&p))),
            }
        }
    }
}

fn fchmod(vm: &Vm, args: Args) -> PyResult {
    let [fd, mode] = args.bind(vm, &sig!("fchmod", ["fd", "mode"], 0, 2, 2))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    let mode = int_of(vm, mode.as_ref().unwrap())? as libc::mode_t;
    // SAFETY: plain syscall.
    match retry(vm, -1, || unsafe { libc::fchmod(fd, mode) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn chown(vm: &Vm, args: Args) -> PyResult {
    let [p, uid, gid, dir_fd, follow] = args.bind(vm, &sig!("chown", ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 0, 3, 3))?;
    let p = p.unwrap();
    let uid = int_of(vm, uid.as_ref().unwrap())? as libc::uid_t;
    let gid = int_of(vm, gid.as_ref().unwrap())? as libc::gid_t;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let follow = flag(vm, &follow, true)?;
    match path_arg(vm, &p, "chown", "path", true, false)? {
        // SAFETY: plain syscall.
        PathOrFd::Fd(fd) => match retry(vm, -1, || unsafe { libc::fchown(fd, uid, gid) })? {
            Ok(_) => Ok(vm.none()),
            Err(e) => Err(os_err(vm, e, None)),
        },
        PathOrFd::Path(pa) => {
            let cp = pa.c.as_ptr() as usize;
            let fl = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: valid C string.
            match retry(vm, -1, || unsafe { libc::fchownat(dfd, cp as *const libc::c_char, uid, gid, fl) })? {
                Ok(_) => Ok(vm.none()),
                Err(e) => Err(os_err(vm, e, Some(&p))),
            }
        }
    }
}

fn utime(vm: &Vm, args: Args) -> PyResult {
    let [p, times, ns, dir_fd, follow] = args.bind(vm, &sig!("utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], 0, 1, 2))?;
    let p = p.unwrap();
    let times = times.filter(|t| !vm.is_none(t));
    if times.is_some() && ns.is_some() {
        return Err(vm.new_value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let mut ts = [libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }, libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }];
    if let Some(t) = &times {
        let items = match &t.payload {
            Payload::Tuple(i) if i.len() == 2 => i.to_vec(),
            _ => return Err(vm.new_type_error("utime: 'times' must be either a tuple of two ints or None")),
        };
        for (k, it) in items.iter().enumerate() {
            let f = pyrite_vm::types::float::to_f64(vm, it)?;
            let s = f.floor();
            ts[k] = libc::timespec { tv_sec: s as libc::time_t, tv_nsec: ((f - s) * 1e9) as libc::c_long };
        }
    } else if let Some(n) = &ns {
        let items = match &n.payload {
            Payload::Tuple(i) if i.len() == 2 => i.to_vec(),
            _ => return Err(vm.new_type_error("utime: 'ns' must be a tuple of two ints")),
        };
        for (k, it) in items.iter().enumerate() {
            let v = vm.index_value(it)?;
            let big: num_bigint::BigInt = v.to_big();
            let d = num_bigint::BigInt::from(1_000_000_000i64);
            let (q, r) = num_integer::Integer::div_mod_floor(&big, &d);
            use num_traits::ToPrimitive;
            ts[k] = libc::timespec { tv_sec: q.to_i64().unwrap_or(0) as libc::time_t, tv_nsec: r.to_i64().unwrap_or(0) as libc::c_long };
        }
    }
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let follow = flag(vm, &follow, true)?;
    match path_arg(vm, &p, "utime", "path", true, false)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: ts is a valid array of two timespecs.
            if unsafe { libc::futimens(fd, ts.as_ptr()) } < 0 {
                return Err(os_err(vm, errno(), None));
            }
        }
        PathOrFd::Path(pa) => {
            let fl = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: valid C string and timespecs.
            if unsafe { libc::utimensat(dfd, pa.c.as_ptr(), ts.as_ptr(), fl) } < 0 {
                return Err(os_err(vm, errno(), Some(&p)));
            }
        }
    }
    Ok(vm.none())
}

fn access(vm: &Vm, args: Args) -> PyResult {
    let [p, mode, dir_fd, eff, follow] = args.bind(vm, &sig!("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 0, 2, 2))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "access", "path")?;
    let mode = int_of(vm, mode.as_ref().unwrap())? as i32;
    let dfd = dir_fd_of(vm, &dir_fd)?;
    let mut fl = 0;
    if flag(vm, &eff, false)? {
        fl |= libc::AT_EACCESS;
    }
    if !flag(vm, &follow, true)? {
        fl |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: valid C string.
    let r = unsafe { libc::faccessat(dfd, pa.c.as_ptr(), mode, fl) };
    Ok(vm.new_bool(r == 0))
}

fn getcwd_bytes(vm: &Vm) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(p.as_os_str().as_bytes().to_vec())
        }
        Err(e) => Err(vm.new_os_error_from_io(&e, None)),
    }
}

fn getcwd(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getcwd")?;
    let b = getcwd_bytes(vm)?;
    Ok(decode_name(vm, &b, false))
}

fn getcwdb(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getcwdb")?;
    Ok(vm.new_bytes(getcwd_bytes(vm)?))
}

fn chdir(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("chdir", ["path"], 0, 1, 1))?;
    let p = p.unwrap();
    match path_arg(vm, &p, "chdir", "path", true, false)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: plain syscall.
            if unsafe { libc::fchdir(fd) } < 0 {
                return Err(os_err(vm, errno(), None));
            }
        }
        PathOrFd::Path(pa) => {
            // SAFETY: valid C string.
            if unsafe { libc::chdir(pa.c.as_ptr()) } < 0 {
                return Err(os_err(vm, errno(), Some(&p)));
            }
        }
    }
    Ok(vm.none())
}

fn fchdir(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "fchdir")?;
    let fd = fd_from_obj(vm, fd)?;
    // SAFETY: plain syscall.
    if unsafe { libc::fchdir(fd) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn umask(vm: &Vm, args: Args) -> PyResult {
    let [m] = args.exact::<1>(vm, "umask")?;
    let m = int_of(vm, m)? as libc::mode_t;
    // SAFETY: plain syscall.
    Ok(vm.new_int(unsafe { libc::umask(m) } as i64))
}

// ---- environment ----

fn env_bytes(vm: &Vm, o: &PyObjectRef, what: &str) -> PyResult<CString> {
    let b = match raw_fspath(vm, o)? {
        Some((b, _)) => b,
        None => return Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(o)))),
    };
    if what == "name" && (b.is_empty() || b.contains(&b'=')) {
        return Err(vm.new_value_error("illegal environment variable name"));
    }
    CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))
}

fn putenv(vm: &Vm, args: Args) -> PyResult {
    let [k, v] = args.exact::<2>(vm, "putenv")?;
    let k = env_bytes(vm, k, "name")?;
    let v = env_bytes(vm, v, "value")?;
    // SAFETY: valid C strings; the GIL serialises environment changes.
    if unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn unsetenv(vm: &Vm, args: Args) -> PyResult {
    let [k] = args.exact::<1>(vm, "unsetenv")?;
    let k = env_bytes(vm, k, "name")?;
    // SAFETY: valid C string.
    if unsafe { libc::unsetenv(k.as_ptr()) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn build_environ(vm: &Vm) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        vm.set_item(&d, vm.new_bytes(k.as_bytes().to_vec()), vm.new_bytes(v.as_bytes().to_vec()))?;
    }
    Ok(d)
}

// ---- processes ----

fn id_fn(vm: &Vm, args: Args, name: &str, v: i64) -> PyResult {
    args.exact::<0>(vm, name)?;
    Ok(vm.new_int(v))
}
// SAFETY (all below): these calls cannot fail.
fn getpid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getpid", unsafe { libc::getpid() } as i64) }
fn getppid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getppid", unsafe { libc::getppid() } as i64) }
fn getuid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getuid", unsafe { libc::getuid() } as i64) }
fn geteuid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "geteuid", unsafe { libc::geteuid() } as i64) }
fn getgid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getgid", unsafe { libc::getgid() } as i64) }
fn getegid(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getegid", unsafe { libc::getegid() } as i64) }
fn getpgrp(vm: &Vm, a: Args) -> PyResult { id_fn(vm, a, "getpgrp", unsafe { libc::getpgrp() } as i64) }

fn getgroups(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getgroups")?;
    let mut g = vec![0 as libc::gid_t; 256];
    // SAFETY: g has room for 256 entries.
    let n = unsafe { libc::getgroups(g.len() as i32, g.as_mut_ptr()) };
    if n < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_list(g[..n as usize].iter().map(|x| vm.new_int(*x as i64)).collect()))
}

fn getlogin(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getlogin")?;
    // SAFETY: getlogin returns a static string or null.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let e = errno();
        return Err(os_err(vm, if e == 0 { libc::ENOTTY } else { e }, None));
    }
    // SAFETY: non-null C string.
    Ok(vm.new_string(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

fn setsid(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "setsid")?;
    // SAFETY: plain syscall.
    if unsafe { libc::setsid() } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn setpgid(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "setpgid")?;
    let (a, b) = (int_of(vm, a)? as i32, int_of(vm, b)? as i32);
    // SAFETY: plain syscall.
    if unsafe { libc::setpgid(a, b) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn getpgid(vm: &Vm, args: Args) -> PyResult {
    let [a] = args.exact::<1>(vm, "getpgid")?;
    // SAFETY: plain syscall.
    let r = unsafe { libc::getpgid(int_of(vm, a)? as i32) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn getsid(vm: &Vm, args: Args) -> PyResult {
    let [a] = args.exact::<1>(vm, "getsid")?;
    // SAFETY: plain syscall.
    let r = unsafe { libc::getsid(int_of(vm, a)? as i32) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn kill(vm: &Vm, args: Args) -> PyResult {
    let [pid, sig] = args.exact::<2>(vm, "kill")?;
    let (pid, sig) = (int_of(vm, pid)? as i32, int_of(vm, sig)? as i32);
    // SAFETY: plain syscall.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    pyrite_vm::gil::check_signals(vm)?;
    Ok(vm.none())
}

fn killpg(vm: &Vm, args: Args) -> PyResult {
    let [pid, sig] = args.exact::<2>(vm, "killpg")?;
    let (pid, sig) = (int_of(vm, pid)? as i32, int_of(vm, sig)? as i32);
    // SAFETY: plain syscall.
    if unsafe { libc::killpg(pid, sig) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

struct ForkHooks {
    before: Vec<PyObjectRef>,
    parent: Vec<PyObjectRef>,
    child: Vec<PyObjectRef>,
}
struct HooksCell(RefCell<ForkHooks>);
// SAFETY: only touched with the GIL held.
unsafe impl Sync for HooksCell {}
unsafe impl Send for HooksCell {}
static FORK_HOOKS: OnceLock<HooksCell> = OnceLock::new();

fn hooks() -> &'static HooksCell {
    FORK_HOOKS.get_or_init(|| HooksCell(RefCell::new(ForkHooks { before: vec![], parent: vec![], child: vec![] })))
}

fn register_at_fork(vm: &Vm, args: Args) -> PyResult {
    if args.npos() > 0 {
        return Err(vm.new_type_error("register_at_fork() takes no positional arguments"));
    }
    let [b, p, c] = args.bind(vm, &sig!("register_at_fork", ["before", "after_in_child", "after_in_parent"], 0, 0, 0))?;
    if b.is_none() && p.is_none() && c.is_none() {
        return Err(vm.new_type_error("At least one argument is required."));
    }
    for (o, n) in [(&b, "before"), (&p, "after_in_child"), (&c, "after_in_parent")] {
        if let Some(o) = o {
            if !vm.callable(o) {
                return Err(vm.new_type_error(format!("'{}' must be callable, not {}", n, vm.type_name(o))));
            }
        }
    }
    let mut h = hooks().0.borrow_mut();
    if let Some(o) = b { h.before.push(o); }
    if let Some(o) = p { h.child.push(o); }
    if let Some(o) = c { h.parent.push(o); }
    Ok(vm.none())
}

fn run_hooks(vm: &Vm, list: Vec<PyObjectRef>) {
    for f in list {
        if let Err(e) = vm.call(&f, &[]) {
            pyrite_vm::run::report_unraisable(vm, &e, Some(&f));
        }
    }
}

fn fork(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "fork")?;
    let before: Vec<PyObjectRef> = hooks().0.borrow().before.iter().rev().cloned().collect();
    run_hooks(vm, before);
    pyrite_vm::modules::fileio::flush_std(vm);
    // SAFETY: fork; the child continues with only this thread, which holds the GIL.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_err(vm, errno(), None));
    }
    if pid == 0 {
        // Only this thread exists in the child: it is the main thread and
        // the GIL needs no hand-offs any more.
        pyrite_vm::gil::THREAD_COUNT.store(0, std::sync::atomic::Ordering::Relaxed);
        pyrite_vm::gil::MAIN_THREAD.store(vm.thread_id, std::sync::atomic::Ordering::Relaxed);
        let child: Vec<PyObjectRef> = hooks().0.borrow().child.clone();
        run_hooks(vm, child);
    } else {
        let parent: Vec<PyObjectRef> = hooks().0.borrow().parent.clone();
        run_hooks(vm, parent);
    }
    Ok(vm.new_int(pid as i64))
}

fn cstrings(vm: &Vm, o: &PyObjectRef, fname: &str) -> PyResult<Vec<CString>> {
    let items = match &o.payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => return Err(vm.new_type_error(format!("{}() arg 2 must be a tuple or list", fname))),
    };
    let mut v = Vec::new();
    for it in items {
        match raw_fspath(vm, &it)? {
            Some((b, _)) => v.push(CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))?),
            None => return Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&it)))),
        }
    }
    Ok(v)
}

fn env_cstrings(vm: &Vm, env: &PyObjectRef) -> PyResult<Vec<CString>> {
    let keys = vm.call_method(env, "keys", &[])?;
    let keys = vm.collect(&keys)?;
    let mut out = Vec::new();
    for k in keys {
        let v = vm.get_item(env, &k)?;
        let kb = env_bytes(vm, &k, "name")?;
        let vb = env_bytes(vm, &v, "value")?;
        let mut s = kb.into_bytes();
        s.push(b'=');
        s.extend_from_slice(vb.as_bytes());
        out.push(CString::new(s).map_err(|_| vm.new_value_error("embedded null byte"))?);
    }
    Ok(out)
}

fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

fn execv(vm: &Vm, args: Args) -> PyResult {
    let [p, argv] = args.exact::<2>(vm, "execv")?;
    let pa = path_only(vm, p, "execv", "path")?;
    let av = cstrings(vm, argv, "execv")?;
    if av.is_empty() {
        return Err(vm.new_value_error("execv() arg 2 must not be empty"));
    }
    if av[0].as_bytes().is_empty() {
        return Err(vm.new_value_error("execv() arg 2 first element cannot be empty"));
    }
    let pp = ptrs(&av);
    // SAFETY: null-terminated arrays of valid C strings.
    unsafe { libc::execv(pa.c.as_ptr(), pp.as_ptr()) };
    Err(os_err(vm, errno(), None))
}

fn execve(vm: &Vm, args: Args) -> PyResult {
    let [p, argv, env] = args.bind(vm, &sig!("execve", ["path", "argv", "env"], 0, 3, 3))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "execve", "path")?;
    let av = cstrings(vm, argv.as_ref().unwrap(), "execve")?;
    if av.is_empty() {
        return Err(vm.new_value_error("execve: argv must not be empty"));
    }
    let ev = env_cstrings(vm, env.as_ref().unwrap())?;
    let (pp, ep) = (ptrs(&av), ptrs(&ev));
    // SAFETY: null-terminated arrays of valid C strings.
    unsafe { libc::execve(pa.c.as_ptr(), pp.as_ptr(), ep.as_ptr()) };
    Err(os_err(vm, errno(), None))
}

/// `_fork_exec(argv, env_or_None, [(src_fd, dst_fd)...], cwd_or_None)`:
/// fork and, in the child, only dup2/chdir/execvp (async-signal-safe), then
/// `_exit(127)` on failure. Returns the child's pid. Used by `os.popen`.
fn fork_exec(vm: &Vm, args: Args) -> PyResult {
    let [argv, env, fds, cwd] = args.exact::<4>(vm, "_fork_exec")?;
    let av = cstrings(vm, argv, "_fork_exec")?;
    if av.is_empty() {
        return Err(vm.new_value_error("empty argv"));
    }
    let ev = if vm.is_none(env) { None } else { Some(env_cstrings(vm, env)?) };
    let mut pairs = Vec::new();
    for it in vm.collect(fds)? {
        let pr = vm.collect(&it)?;
        if pr.len() != 2 {
            return Err(vm.new_value_error("fd pairs expected"));
        }
        pairs.push((fd_of(vm, &pr[0])?, fd_of(vm, &pr[1])?));
    }
    let cwd = if vm.is_none(cwd) { None } else { Some(path_only(vm, cwd, "_fork_exec", "cwd")?.c) };
    let pp = ptrs(&av);
    let ep = ev.as_ref().map(|e| ptrs(e));
    let path_env: Option<Vec<CString>> = None;
    let _ = path_env;
    pyrite_vm::modules::fileio::flush_std(vm);
    // SAFETY: between fork and exec the child only makes async-signal-safe calls.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_err(vm, errno(), None));
    }
    if pid == 0 {
        // SAFETY: child side, see above.
        unsafe {
            for (s, d) in &pairs {
                if s == d {
                    let fl = libc::fcntl(*s, libc::F_GETFD);
                    libc::fcntl(*s, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                } else {
                    libc::dup2(*s, *d);
                }
            }
            if let Some(c) = &cwd {
                if libc::chdir(c.as_ptr()) < 0 {
                    libc::_exit(127);
                }
            }
            match &ep {
                Some(e) => {
                    libc::execvpe(pp[0], pp.as_ptr(), e.as_ptr());
                }
                None => {
                    libc::execvp(pp[0], pp.as_ptr());
                }
            }
            libc::_exit(127);
        }
    }
    Ok(vm.new_int(pid as i64))
}

fn waitpid(vm: &Vm, args: Args) -> PyResult {
    let [pid, opts] = args.exact::<2>(vm, "waitpid")?;
    let pid = int_of(vm, pid)? as i32;
    let opts = int_of(vm, opts)? as i32;
    let mut status = 0i32;
    let sp = &mut status as *mut i32 as usize;
    // SAFETY: sp points to a live i32.
    match retry(vm, -1, || unsafe { libc::waitpid(pid, sp as *mut i32, opts) })? {
        Ok(r) => Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(status as i64)])),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn wait(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "wait")?;
    let mut status = 0i32;
    let sp = &mut status as *mut i32 as usize;
    // SAFETY: sp points to a live i32.
    match retry(vm, -1, || unsafe { libc::wait(sp as *mut i32) })? {
        Ok(r) => Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(status as i64)])),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn status_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<i32> {
    let [s] = args.bind(vm, &Sig { name: "", names: ["status"], posonly: 0, required: 1, kwonly_from: 1 }).map_err(|_| vm.new_type_error(format!("{}() missing required argument 'status' (pos 1)", name)))?;
    Ok(int_of(vm, s.as_ref().unwrap())? as i32)
}

fn wifexited(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WIFEXITED")?; Ok(vm.new_bool(libc::WIFEXITED(s))) }
fn wexitstatus(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WEXITSTATUS")?; Ok(vm.new_int(libc::WEXITSTATUS(s) as i64)) }
fn wifsignaled(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WIFSIGNALED")?; Ok(vm.new_bool(libc::WIFSIGNALED(s))) }
fn wtermsig(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WTERMSIG")?; Ok(vm.new_int(libc::WTERMSIG(s) as i64)) }
fn wifstopped(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WIFSTOPPED")?; Ok(vm.new_bool(libc::WIFSTOPPED(s))) }
fn wstopsig(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WSTOPSIG")?; Ok(vm.new_int(libc::WSTOPSIG(s) as i64)) }
fn wifcontinued(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WIFCONTINUED")?; Ok(vm.new_bool(libc::WIFCONTINUED(s))) }
fn wcoredump(vm: &Vm, a: Args) -> PyResult { let s = status_arg(vm, &a, "WCOREDUMP")?; Ok(vm.new_bool(libc::WCOREDUMP(s))) }

fn waitstatus_to_exitcode(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.bind(vm, &sig!("waitstatus_to_exitcode", ["status"], 0, 1, 1))?;
    let s = int_of(vm, s.as_ref().unwrap())? as i32;
    if libc::WIFEXITED(s) {
        return Ok(vm.new_int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(vm.new_int(-(libc::WTERMSIG(s) as i64)));
    }
    Err(vm.new_value_error(format!("invalid wait status: {}", s)))
}

fn os_exit(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.bind(vm, &sig!("_exit", ["status"], 0, 1, 1))?;
    let n = int_of(vm, n.as_ref().unwrap())? as i32;
    // SAFETY: terminates the process immediately, as documented.
    unsafe { libc::_exit(n) }
}

fn system(vm: &Vm, args: Args) -> PyResult {
    let [cmd] = args.bind(vm, &sig!("system", ["command"], 0, 1, 1))?;
    let cmd = cmd.unwrap();
    let c = match raw_fspath(vm, &cmd)? {
        Some((b, _)) => CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))?,
        None => return Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&cmd)))),
    };
    pyrite_vm::modules::fileio::flush_std(vm);
    let cp = c.as_ptr() as usize;
    // SAFETY: valid C string.
    let r = allow_threads(|| unsafe { libc::system(cp as *const libc::c_char) });
    Ok(vm.new_int(r as i64))
}

fn urandom(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "urandom")?;
    let n = int_of(vm, n)?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let mut buf = alloc_buf(vm, n as usize)?;
    let mut got = 0;
    while got < buf.len() {
        // SAFETY: writing into the remaining part of buf.
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr() as *mut libc::c_void, buf.len() - got, 0) };
        if r < 0 {
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(os_err(vm, e, None));
        }
        got += r as usize;
    }
    Ok(vm.new_bytes(buf))
}

fn os_strerror(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "strerror")?;
    let n = int_of(vm, n)? as i32;
    Ok(vm.new_string(pyrite_vm::exceptions::strerror(n)))
}

fn cpu_count(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "cpu_count")?;
    // SAFETY: plain call.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { vm.none() } else { vm.new_int(n as i64) })
}

fn sched_getaffinity(vm: &Vm, args: Args) -> PyResult {
    let [pid] = args.exact::<1>(vm, "sched_getaffinity")?;
    let pid = int_of(vm, pid)? as i32;
    // SAFETY: zeroed cpu_set_t is valid.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: set is a valid out-parameter.
    if unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    let s = vm.new_set();
    for i in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: i is in range.
        if unsafe { libc::CPU_ISSET(i, &set) } {
            vm.call_method(&s, "add", &[vm.new_int(i as i64)])?;
        }
    }
    Ok(s)
}

fn uname(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "uname")?;
    // SAFETY: zeroed utsname is a valid out-parameter.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    let f = |a: &[libc::c_char]| {
        // SAFETY: uname fills NUL-terminated fields.
        vm.new_string(unsafe { CStr::from_ptr(a.as_ptr()) }.to_string_lossy().into_owned())
    };
    let t = UNAME_RESULT.get_or_init(|| structseq_type(vm, "posix", "uname_result", &["sysname", "nodename", "release", "version", "machine"])).clone();
    Ok(pyrite_vm::types::type_methods::new_instance(vm, &t, Payload::Tuple(vec![f(&u.sysname), f(&u.nodename), f(&u.release), f(&u.version), f(&u.machine)].into_boxed_slice())))
}

fn times(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "times")?;
    // SAFETY: zeroed tms is a valid out-parameter.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    // SAFETY: plain call.
    let tick = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let ty = TIMES_RESULT.get_or_init(|| structseq_type(vm, "posix", "times_result", &["user", "system", "children_user", "children_system", "elapsed"])).clone();
    let items = vec![vm.new_float(t.tms_utime as f64 / tick), vm.new_float(t.tms_stime as f64 / tick), vm.new_float(t.tms_cutime as f64 / tick),
        vm.new_float(t.tms_cstime as f64 / tick), vm.new_float(c as f64 / tick)];
    Ok(pyrite_vm::types::type_methods::new_instance(vm, &ty, Payload::Tuple(items.into_boxed_slice())))
}

fn terminal_size_type(vm: &Vm) -> PyObjectRef {
    TERMINAL_SIZE.get_or_init(|| structseq_type(vm, "os", "terminal_size", &["columns", "lines"])).clone()
}

fn get_terminal_size(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "get_terminal_size", 0, 1)?;
    let fd = match pos.first() { Some(f) => fd_of(vm, f)?, None => 1 };
    // SAFETY: zeroed winsize is a valid out-parameter.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(pyrite_vm::types::type_methods::new_instance(vm, &terminal_size_type(vm), Payload::Tuple(vec![vm.new_int(w.ws_col as i64), vm.new_int(w.ws_row as i64)].into_boxed_slice())))
}

const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX), ("SC_CHILD_MAX", libc::_SC_CHILD_MAX), ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX), ("SC_OPEN_MAX", libc::_SC_OPEN_MAX), ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE), ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN), ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_AVPHYS_PAGES", libc::_SC_AVPHYS_PAGES), ("SC_LINE_MAX", libc::_SC_LINE_MAX), ("SC_HOST_NAME_MAX", libc::_SC_HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", libc::_SC_LOGIN_NAME_MAX), ("SC_IOV_MAX", libc::_SC_IOV_MAX), ("SC_SEM_NSEMS_MAX", libc::_SC_SEM_NSEMS_MAX),
    ("SC_STREAM_MAX", libc::_SC_STREAM_MAX), ("SC_TZNAME_MAX", libc::_SC_TZNAME_MAX), ("SC_VERSION", libc::_SC_VERSION),
    ("SC_THREAD_STACK_MIN", libc::_SC_THREAD_STACK_MIN), ("SC_GETPW_R_SIZE_MAX", libc::_SC_GETPW_R_SIZE_MAX),
    ("SC_GETGR_R_SIZE_MAX", libc::_SC_GETGR_R_SIZE_MAX), ("SC_MINSIGSTKSZ", 249),
];

fn sysconf(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "sysconf")?;
    let code = match &n.payload {
        Payload::Str(s) => match SYSCONF_NAMES.iter().find(|(k, _)| *k == s.as_str()) {
            Some((_, c)) => *c,
            None => return Err(vm.new_value_error("unrecognized configuration name")),
        },
        Payload::Int(_) => int_of(vm, n)? as i32,
        _ => return Err(vm.new_type_error("configuration names must be strings or integers")),
    };
    // SAFETY: clear errno then call sysconf.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::sysconf(code) };
    if r == -1 {
        let e = errno();
        if e != 0 {
            return Err(os_err(vm, e, None));
        }
    }
    Ok(vm.new_int(r as i64))
}

fn fspath(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("fspath", ["path"], 0, 1, 1))?;
    let p = p.unwrap();
    if matches!(p.payload, Payload::Str(_) | Payload::Bytes(_)) {
        return Ok(p);
    }
    match vm.call_special(&p, "__fspath__", &[])? {
        Some(r) => {
            if matches!(r.payload, Payload::Str(_) | Payload::Bytes(_)) {
                Ok(r)
            } else {
                Err(vm.new_type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(&p), vm.type_name(&r))))
            }
        }
        None => Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&p)))),
    }
}


// ---- more file-system calls ----

static STATVFS_RESULT: OnceLock<PyObjectRef> = OnceLock::new();

fn statvfs_result_type(vm: &Vm) -> PyObjectRef {
    STATVFS_RESULT.get_or_init(|| structseq_type(vm, "os", "statvfs_result", &["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"])).clone()
}

fn make_statvfs(vm: &Vm, st: &libc::statvfs) -> PyObjectRef {
    let t = statvfs_result_type(vm);
    let u = |v: u64| vm.new_bigint(v.into());
    let items = vec![u(st.f_bsize as u64), u(st.f_frsize as u64), u(st.f_blocks as u64), u(st.f_bfree as u64), u(st.f_bavail as u64),
        u(st.f_files as u64), u(st.f_ffree as u64), u(st.f_favail as u64), u(st.f_flag as u64), u(st.f_namemax as u64)];
    let o = pyrite_vm::types::type_methods::new_instance(vm, &t, Payload::Tuple(items.into_boxed_slice()));
    let d = vm.new_dict();
    if let Payload::Dict(dd) = &d.payload {
        dd.set_str(vm, "f_fsid", u(st.f_fsid as u64));
    }
    o.dict.set(Some(d));
    o
}

fn statvfs(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("statvfs", ["path"], 0, 1, 1))?;
    let p = p.unwrap();
    // SAFETY: zeroed statvfs is a valid out-parameter.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let stp = &mut st as *mut libc::statvfs as usize;
    match path_arg(vm, &p, "statvfs", "path", true, false)? {
        PathOrFd::Fd(fd) => match retry(vm, -1, || unsafe { libc::fstatvfs(fd, stp as *mut libc::statvfs) })? {
            Ok(_) => Ok(make_statvfs(vm, &st)),
            Err(e) => Err(os_err(vm, e, None)),
        },
        PathOrFd::Path(pa) => {
            let cp = pa.c.as_ptr() as usize;
            // SAFETY: valid C string and out-parameter.
            match retry(vm, -1, || unsafe { libc::statvfs(cp as *const libc::c_char, stp as *mut libc::statvfs) })? {
                Ok(_) => Ok(make_statvfs(vm, &st)),
                Err(e) => Err(os_err(vm, e, Some(&p))),
            }
        }
    }
}

fn fstatvfs(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "fstatvfs")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: zeroed statvfs is a valid out-parameter.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let stp = &mut st as *mut libc::statvfs as usize;
    // SAFETY: as above.
    match retry(vm, -1, || unsafe { libc::fstatvfs(fd, stp as *mut libc::statvfs) })? {
        Ok(_) => Ok(make_statvfs(vm, &st)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn mkfifo(vm: &Vm, args: Args) -> PyResult {
    let [p, mode, dir_fd] = args.bind(vm, &sig!("mkfifo", ["path", "mode", "dir_fd"], 0, 1, 2))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "mkfifo", "path")?;
    let mode = match &mode { Some(m) => int_of(vm, m)? as libc::mode_t, None => 0o666 };
    let dfd = dir_fd_of(vm, &dir_fd)?;
    // SAFETY: valid C string.
    if unsafe { libc::mkfifoat(dfd, pa.c.as_ptr(), mode) } < 0 {
        return Err(os_err(vm, errno(), Some(&p)));
    }
    Ok(vm.none())
}

fn major(vm: &Vm, args: Args) -> PyResult {
    let [d] = args.exact::<1>(vm, "major")?;
    let d = int_of(vm, d)? as libc::dev_t;
    Ok(vm.new_int(libc::major(d) as i64))
}

fn minor(vm: &Vm, args: Args) -> PyResult {
    let [d] = args.exact::<1>(vm, "minor")?;
    let d = int_of(vm, d)? as libc::dev_t;
    Ok(vm.new_int(libc::minor(d) as i64))
}

fn makedev(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "makedev")?;
    let (a, b) = (int_of(vm, a)? as u32, int_of(vm, b)? as u32);
    Ok(vm.new_bigint((libc::makedev(a, b) as u64).into()))
}

fn getloadavg(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getloadavg")?;
    let mut l = [0f64; 3];
    // SAFETY: l has room for three values.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(vm.new_exception_msg(&vm.ctx.exc.os_error, "Load averages are unobtainable".into()));
    }
    Ok(vm.new_tuple(l.iter().map(|v| vm.new_float(*v)).collect()))
}

fn os_sync(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "sync")?;
    // SAFETY: plain call.
    allow_threads(|| unsafe { libc::sync() });
    Ok(vm.none())
}

fn nice(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "nice")?;
    let n = int_of(vm, n)? as i32;
    // SAFETY: clear errno, then nice.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::nice(n) };
    if r == -1 && errno() != 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}


// ---- credentials, scheduling and assorted calls ----

fn id_setter(vm: &Vm, args: Args, name: &str, f: impl Fn(u32) -> i32) -> PyResult {
    let [v] = args.exact::<1>(vm, name)?;
    let v = int_of(vm, v)?;
    let what = if name.contains("gid") { "gid" } else { "uid" };
    if v < -1 {
        return Err(vm.new_overflow_error(format!("{} is less than minimum", what)));
    }
    if v > u32::MAX as i64 {
        return Err(vm.new_overflow_error(format!("{} is greater than maximum", what)));
    }
    if f(v as u32) < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}
// SAFETY (below): plain credential system calls.
fn setuid(vm: &Vm, a: Args) -> PyResult { id_setter(vm, a, "setuid", |v| unsafe { libc::setuid(v) }) }
fn setgid(vm: &Vm, a: Args) -> PyResult { id_setter(vm, a, "setgid", |v| unsafe { libc::setgid(v) }) }
fn seteuid(vm: &Vm, a: Args) -> PyResult { id_setter(vm, a, "seteuid", |v| unsafe { libc::seteuid(v) }) }
fn setegid(vm: &Vm, a: Args) -> PyResult { id_setter(vm, a, "setegid", |v| unsafe { libc::setegid(v) }) }

fn two_ids(vm: &Vm, args: Args, name: &str, f: impl Fn(u32, u32) -> i32) -> PyResult {
    let [a, b] = args.exact::<2>(vm, name)?;
    let (a, b) = (int_of(vm, a)?, int_of(vm, b)?);
    if f(a as u32, b as u32) < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}
fn setreuid(vm: &Vm, a: Args) -> PyResult { two_ids(vm, a, "setreuid", |x, y| unsafe { libc::setreuid(x, y) }) }
fn setregid(vm: &Vm, a: Args) -> PyResult { two_ids(vm, a, "setregid", |x, y| unsafe { libc::setregid(x, y) }) }

fn three_ids(vm: &Vm, args: Args, name: &str, f: impl Fn(u32, u32, u32) -> i32) -> PyResult {
    let [a, b, c] = args.exact::<3>(vm, name)?;
    let (a, b, c) = (int_of(vm, a)?, int_of(vm, b)?, int_of(vm, c)?);
    if f(a as u32, b as u32, c as u32) < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}
fn setresuid(vm: &Vm, a: Args) -> PyResult { three_ids(vm, a, "setresuid", |x, y, z| unsafe { libc::setresuid(x, y, z) }) }
fn setresgid(vm: &Vm, a: Args) -> PyResult { three_ids(vm, a, "setresgid", |x, y, z| unsafe { libc::setresgid(x, y, z) }) }

fn getresuid(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getresuid")?;
    let (mut a, mut b, mut c) = (0, 0, 0);
    // SAFETY: valid out-parameters.
    if unsafe { libc::getresuid(&mut a, &mut b, &mut c) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_tuple(vec![vm.new_int(a as i64), vm.new_int(b as i64), vm.new_int(c as i64)]))
}

fn getresgid(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getresgid")?;
    let (mut a, mut b, mut c) = (0, 0, 0);
    // SAFETY: valid out-parameters.
    if unsafe { libc::getresgid(&mut a, &mut b, &mut c) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_tuple(vec![vm.new_int(a as i64), vm.new_int(b as i64), vm.new_int(c as i64)]))
}

fn setgroups(vm: &Vm, args: Args) -> PyResult {
    let [g] = args.exact::<1>(vm, "setgroups")?;
    let items = vm.collect(g).map_err(|_| vm.new_type_error("setgroups argument must be a sequence"))?;
    let mut v = Vec::new();
    for it in items {
        if !matches!(it.payload, Payload::Int(_)) {
            return Err(vm.new_type_error("groups must be integers"));
        }
        v.push(vm.index_i64(&it)? as libc::gid_t);
    }
    // SAFETY: v holds v.len() gids.
    if unsafe { libc::setgroups(v.len(), v.as_ptr()) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn setpgrp(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "setpgrp")?;
    // SAFETY: plain call.
    if unsafe { libc::setpgid(0, 0) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn getpriority(vm: &Vm, args: Args) -> PyResult {
    let [w, who] = args.exact::<2>(vm, "getpriority")?;
    let (w, who) = (int_of(vm, w)? as libc::__priority_which_t, int_of(vm, who)? as libc::id_t);
    // SAFETY: clear errno, then call.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::getpriority(w, who) };
    if r == -1 && errno() != 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn setpriority(vm: &Vm, args: Args) -> PyResult {
    let [w, who, prio] = args.exact::<3>(vm, "setpriority")?;
    let (w, who, prio) = (int_of(vm, w)? as libc::__priority_which_t, int_of(vm, who)? as libc::id_t, int_of(vm, prio)? as i32);
    // SAFETY: plain call.
    if unsafe { libc::setpriority(w, who, prio) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn sched_yield(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "sched_yield")?;
    // SAFETY: plain call.
    allow_threads(|| unsafe { libc::sched_yield() });
    Ok(vm.none())
}

fn sched_setaffinity(vm: &Vm, args: Args) -> PyResult {
    let [pid, mask] = args.exact::<2>(vm, "sched_setaffinity")?;
    let pid = int_of(vm, pid)? as i32;
    // SAFETY: zeroed cpu_set_t is valid.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    for it in vm.collect(mask)? {
        let c = int_of(vm, &it)?;
        if c < 0 {
            return Err(vm.new_value_error("negative CPU number"));
        }
        if c >= libc::CPU_SETSIZE as i64 {
            return Err(os_err(vm, libc::EINVAL, None));
        }
        // SAFETY: c is in range.
        unsafe { libc::CPU_SET(c as usize, &mut set) };
    }
    // SAFETY: valid set.
    if unsafe { libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn os_abort(_vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: terminates the process with SIGABRT, as documented.
    unsafe { libc::abort() }
}

fn fchown(vm: &Vm, args: Args) -> PyResult {
    let [fd, uid, gid] = args.bind(vm, &sig!("fchown", ["fd", "uid", "gid"], 0, 3, 3))?;
    let fd = fd_of(vm, fd.as_ref().unwrap())?;
    let uid = int_of(vm, uid.as_ref().unwrap())? as libc::uid_t;
    let gid = int_of(vm, gid.as_ref().unwrap())? as libc::gid_t;
    // SAFETY: plain call.
    match retry(vm, -1, || unsafe { libc::fchown(fd, uid, gid) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn chroot(vm: &Vm, args: Args) -> PyResult {
    let [p] = args.bind(vm, &sig!("chroot", ["path"], 0, 1, 1))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "chroot", "path")?;
    // SAFETY: valid C string.
    if unsafe { libc::chroot(pa.c.as_ptr()) } < 0 {
        return Err(os_err(vm, errno(), Some(&p)));
    }
    Ok(vm.none())
}

fn mknod(vm: &Vm, args: Args) -> PyResult {
    let [p, mode, dev, dir_fd] = args.bind(vm, &sig!("mknod", ["path", "mode", "device", "dir_fd"], 0, 1, 3))?;
    let p = p.unwrap();
    let pa = path_only(vm, &p, "mknod", "path")?;
    let mode = match &mode { Some(m) => int_of(vm, m)? as libc::mode_t, None => 0o600 };
    let dev = match &dev { Some(d) => int_of(vm, d)? as libc::dev_t, None => 0 };
    let dfd = dir_fd_of(vm, &dir_fd)?;
    // SAFETY: valid C string.
    if unsafe { libc::mknodat(dfd, pa.c.as_ptr(), mode, dev) } < 0 {
        return Err(os_err(vm, errno(), Some(&p)));
    }
    Ok(vm.none())
}

fn tcgetpgrp(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "tcgetpgrp")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain call.
    let r = unsafe { libc::tcgetpgrp(fd) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn tcsetpgrp(vm: &Vm, args: Args) -> PyResult {
    let [fd, pg] = args.exact::<2>(vm, "tcsetpgrp")?;
    let (fd, pg) = (fd_of(vm, fd)?, int_of(vm, pg)? as i32);
    // SAFETY: plain call.
    if unsafe { libc::tcsetpgrp(fd, pg) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn ctermid(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "ctermid")?;
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: buf is at least L_ctermid bytes.
    let p = unsafe { libc::ctermid(buf.as_mut_ptr()) };
    if p.is_null() {
        return Err(os_err(vm, errno(), None));
    }
    // SAFETY: NUL-terminated result in buf.
    Ok(vm.new_string(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()))
}

fn os_lockf(vm: &Vm, args: Args) -> PyResult {
    let [fd, cmd, len] = args.exact::<3>(vm, "lockf")?;
    let (fd, cmd, len) = (fd_of(vm, fd)?, int_of(vm, cmd)? as i32, int_of(vm, len)?);
    // SAFETY: plain call.
    match retry(vm, -1, || unsafe { libc::lockf(fd, cmd, len) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn getrandom(vm: &Vm, args: Args) -> PyResult {
    let [size, flags] = args.bind(vm, &sig!("getrandom", ["size", "flags"], 0, 1, 2))?;
    let n = int_of(vm, size.as_ref().unwrap())?;
    if n < 0 {
        return Err(os_err(vm, libc::EINVAL, None));
    }
    let fl = match &flags { Some(f) => int_of(vm, f)? as u32, None => 0 };
    let mut buf = alloc_buf(vm, n as usize)?;
    let bp = buf.as_mut_ptr() as usize;
    // SAFETY: buf has n bytes.
    match retry(vm, -1, || unsafe { libc::getrandom(bp as *mut libc::c_void, n as usize, fl) })? {
        Ok(r) => {
            buf.truncate(r as usize);
            Ok(vm.new_bytes(buf))
        }
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn sendfile(vm: &Vm, args: Args) -> PyResult {
    let [out_fd, in_fd, offset, count] = args.bind(vm, &sig!("sendfile", ["out_fd", "in_fd", "offset", "count"], 0, 4, 4))?;
    let out_fd = fd_of(vm, out_fd.as_ref().unwrap())?;
    let in_fd = fd_of(vm, in_fd.as_ref().unwrap())?;
    let count = int_of(vm, count.as_ref().unwrap())? as usize;
    let off = offset.unwrap();
    let r = if vm.is_none(&off) {
        // SAFETY: null offset means "use and update the file position".
        retry(vm, -1, || unsafe { libc::sendfile(out_fd, in_fd, std::ptr::null_mut(), count) })?
    } else {
        let mut o: libc::off_t = int_of(vm, &off)?;
        let op = &mut o as *mut libc::off_t as usize;
        // SAFETY: op points to a live off_t.
        retry(vm, -1, || unsafe { libc::sendfile(out_fd, in_fd, op as *mut libc::off_t, count) })?
    };
    match r {
        Ok(n) => Ok(vm.new_int(n as i64)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn posix_fallocate(vm: &Vm, args: Args) -> PyResult {
    let [fd, off, len] = args.exact::<3>(vm, "posix_fallocate")?;
    let (fd, off, len) = (fd_of(vm, fd)?, int_of(vm, off)?, int_of(vm, len)?);
    // SAFETY: plain call (returns the error number).
    let r = allow_threads(|| unsafe { libc::posix_fallocate(fd, off, len) });
    if r != 0 {
        return Err(os_err(vm, r, None));
    }
    Ok(vm.none())
}

fn posix_fadvise(vm: &Vm, args: Args) -> PyResult {
    let [fd, off, len, adv] = args.exact::<4>(vm, "posix_fadvise")?;
    let (fd, off, len, adv) = (fd_of(vm, fd)?, int_of(vm, off)?, int_of(vm, len)?, int_of(vm, adv)? as i32);
    // SAFETY: plain call (returns the error number).
    let r = unsafe { libc::posix_fadvise(fd, off, len, adv) };
    if r != 0 {
        return Err(os_err(vm, r, None));
    }
    Ok(vm.none())
}

const CONFSTR_NAMES: &[(&str, i32)] = &[("CS_PATH", 0), ("CS_GNU_LIBC_VERSION", 2), ("CS_GNU_LIBPTHREAD_VERSION", 3)];
const PATHCONF_NAMES: &[(&str, i32)] = &[
    ("PC_LINK_MAX", 0), ("PC_MAX_CANON", 1), ("PC_MAX_INPUT", 2), ("PC_NAME_MAX", 3), ("PC_PATH_MAX", 4), ("PC_PIPE_BUF", 5),
    ("PC_CHOWN_RESTRICTED", 6), ("PC_NO_TRUNC", 7), ("PC_VDISABLE", 8), ("PC_SYNC_IO", 9), ("PC_ASYNC_IO", 10),
    ("PC_PRIO_IO", 11), ("PC_SOCK_MAXBUF", 12), ("PC_FILESIZEBITS", 13), ("PC_REC_INCR_XFER_SIZE", 14),
    ("PC_REC_MAX_XFER_SIZE", 15), ("PC_REC_MIN_XFER_SIZE", 16), ("PC_REC_XFER_ALIGN", 17), ("PC_ALLOC_SIZE_MIN", 18),
    ("PC_SYMLINK_MAX", 19),
];

fn conf_name(vm: &Vm, o: &PyObjectRef, table: &[(&str, i32)]) -> PyResult<i32> {
    match &o.payload {
        Payload::Str(s) => match table.iter().find(|(k, _)| *k == s.as_str()) {
            Some((_, c)) => Ok(*c),
            None => Err(vm.new_value_error("unrecognized configuration name")),
        },
        Payload::Int(_) => Ok(int_of(vm, o)? as i32),
        _ => Err(vm.new_type_error("configuration names must be strings or integers")),
    }
}

fn confstr(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "confstr")?;
    let code = conf_name(vm, n, CONFSTR_NAMES)?;
    let mut buf = vec![0u8; 1024];
    // SAFETY: clear errno; buf has the given size.
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::confstr(code, buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r == 0 {
        let e = errno();
        if e != 0 {
            return Err(os_err(vm, e, None));
        }
        return Ok(vm.none());
    }
    let s = CStr::from_bytes_until_nul(&buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(vm.new_string(s))
}

fn pathconf_common(vm: &Vm, r: libc::c_long, p: Option<&PyObjectRef>) -> PyResult {
    if r == -1 {
        let e = errno();
        if e != 0 {
            return Err(os_err(vm, e, p));
        }
    }
    Ok(vm.new_int(r as i64))
}

fn pathconf(vm: &Vm, args: Args) -> PyResult {
    let [p, name] = args.bind(vm, &sig!("pathconf", ["path", "name"], 0, 2, 2))?;
    let (p, name) = (p.unwrap(), name.unwrap());
    let code = conf_name(vm, &name, PATHCONF_NAMES)?;
    // SAFETY: clear errno before the call.
    unsafe { *libc::__errno_location() = 0 };
    match path_arg(vm, &p, "pathconf", "path", true, false)? {
        // SAFETY: plain calls.
        PathOrFd::Fd(fd) => pathconf_common(vm, unsafe { libc::fpathconf(fd, code) }, None),
        PathOrFd::Path(pa) => pathconf_common(vm, unsafe { libc::pathconf(pa.c.as_ptr(), code) }, Some(&p)),
    }
}

fn fpathconf(vm: &Vm, args: Args) -> PyResult {
    let [fd, name] = args.exact::<2>(vm, "fpathconf")?;
    let code = conf_name(vm, name, PATHCONF_NAMES)?;
    let fd = fd_from_obj(vm, fd)?;
    // SAFETY: clear errno, then call.
    unsafe { *libc::__errno_location() = 0 };
    pathconf_common(vm, unsafe { libc::fpathconf(fd, code) }, None)
}


// ---- vectored I/O, special descriptors, xattrs, waitid, ptys ----

fn buffers_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
    vm.collect(o).map_err(|_| vm.new_type_error("buffers must be a sequence"))
}

fn writev(vm: &Vm, args: Args) -> PyResult {
    let [fd, bufs] = args.exact::<2>(vm, "writev")?;
    let fd = fd_of(vm, fd)?;
    let data: Vec<Vec<u8>> = buffers_of(vm, bufs)?.iter().map(|b| bytes_of(vm, b)).collect::<PyResult<_>>()?;
    let iov: Vec<libc::iovec> = data.iter().map(|d| libc::iovec { iov_base: d.as_ptr() as *mut libc::c_void, iov_len: d.len() }).collect();
    let ip = iov.as_ptr() as usize;
    let n = iov.len() as i32;
    // SAFETY: the iovecs point into `data`, alive for the call.
    match retry(vm, -1, || unsafe { libc::writev(fd, ip as *const libc::iovec, n) })? {
        Ok(r) => Ok(vm.new_int(r as i64)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn readv(vm: &Vm, args: Args) -> PyResult {
    let [fd, bufs] = args.exact::<2>(vm, "readv")?;
    let fd = fd_of(vm, fd)?;
    let targets = buffers_of(vm, bufs)?;
    let mut data: Vec<Vec<u8>> = Vec::new();
    for t in &targets {
        match &t.payload {
            Payload::ByteArray(b) => data.push(vec![0u8; b.borrow().len()]),
            _ => return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(t)))),
        }
    }
    let iov: Vec<libc::iovec> = data.iter_mut().map(|d| libc::iovec { iov_base: d.as_mut_ptr() as *mut libc::c_void, iov_len: d.len() }).collect();
    let ip = iov.as_ptr() as usize;
    let n = iov.len() as i32;
    // SAFETY: the iovecs point into `data`, alive for the call.
    let got = match retry(vm, -1, || unsafe { libc::readv(fd, ip as *const libc::iovec, n) })? {
        Ok(r) => r as usize,
        Err(e) => return Err(os_err(vm, e, None)),
    };
    let mut left = got;
    for (t, d) in targets.iter().zip(data.iter()) {
        if let Payload::ByteArray(b) = &t.payload {
            let k = left.min(d.len());
            b.borrow_mut()[..k].copy_from_slice(&d[..k]);
            left -= k;
        }
    }
    Ok(vm.new_int(got as i64))
}

fn memfd_create(vm: &Vm, args: Args) -> PyResult {
    let [name, flags] = args.bind(vm, &sig!("memfd_create", ["name", "flags"], 0, 1, 2))?;
    let name = name.unwrap();
    let c = match raw_fspath(vm, &name)? {
        Some((b, _)) => CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))?,
        None => return Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&name)))),
    };
    let fl = match &flags { Some(f) => int_of(vm, f)? as u32, None => libc::MFD_CLOEXEC };
    // SAFETY: valid C string.
    let r = unsafe { libc::memfd_create(c.as_ptr(), fl) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn eventfd(vm: &Vm, args: Args) -> PyResult {
    let [init, flags] = args.bind(vm, &sig!("eventfd", ["initval", "flags"], 0, 1, 2))?;
    let init = int_of(vm, init.as_ref().unwrap())? as u32;
    let fl = match &flags { Some(f) => int_of(vm, f)? as i32, None => libc::EFD_CLOEXEC };
    // SAFETY: plain call.
    let r = unsafe { libc::eventfd(init, fl) };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}

fn eventfd_read(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "eventfd_read")?;
    let fd = fd_of(vm, fd)?;
    let mut v: u64 = 0;
    let vp = &mut v as *mut u64 as usize;
    // SAFETY: reads 8 bytes into v.
    match retry(vm, -1, || unsafe { libc::read(fd, vp as *mut libc::c_void, 8) })? {
        Ok(_) => Ok(vm.new_bigint(v.into())),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn eventfd_write(vm: &Vm, args: Args) -> PyResult {
    let [fd, val] = args.exact::<2>(vm, "eventfd_write")?;
    let fd = fd_of(vm, fd)?;
    let v: u64 = {
        use num_traits::ToPrimitive;
        vm.index_value(val)?.to_big().to_u64().ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C unsigned long"))?
    };
    let vp = &v as *const u64 as usize;
    // SAFETY: writes 8 bytes from v.
    match retry(vm, -1, || unsafe { libc::write(fd, vp as *const libc::c_void, 8) })? {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn copy_file_range(vm: &Vm, args: Args) -> PyResult {
    let [src, dst, count, off_src, off_dst] = args.bind(vm, &sig!("copy_file_range", ["src", "dst", "count", "offset_src", "offset_dst"], 0, 3, 5))?;
    let src = fd_of(vm, src.as_ref().unwrap())?;
    let dst = fd_of(vm, dst.as_ref().unwrap())?;
    let count = int_of(vm, count.as_ref().unwrap())?;
    if count < 0 {
        return Err(vm.new_value_error("negative value not allowed"));
    }
    let mut os_: libc::loff_t = 0;
    let mut od: libc::loff_t = 0;
    let ps = match off_src.filter(|o| !vm.is_none(o)) { Some(o) => { os_ = int_of(vm, &o)?; &mut os_ as *mut libc::loff_t as usize } None => 0 };
    let pd = match off_dst.filter(|o| !vm.is_none(o)) { Some(o) => { od = int_of(vm, &o)?; &mut od as *mut libc::loff_t as usize } None => 0 };
    // SAFETY: offsets are null or point to live values.
    match retry(vm, -1, || unsafe { libc::copy_file_range(src, ps as *mut libc::loff_t, dst, pd as *mut libc::loff_t, count as usize, 0) })? {
        Ok(r) => Ok(vm.new_int(r as i64)),
        Err(e) => Err(os_err(vm, e, None)),
    }
}

static WAITID_RESULT: OnceLock<PyObjectRef> = OnceLock::new();

fn waitid(vm: &Vm, args: Args) -> PyResult {
    let [idtype, id, options] = args.exact::<3>(vm, "waitid")?;
    let (idtype, id, options) = (int_of(vm, idtype)? as libc::idtype_t, int_of(vm, id)? as libc::id_t, int_of(vm, options)? as i32);
    // SAFETY: zeroed siginfo is a valid out-parameter.
    let mut si: libc::siginfo_t = unsafe { std::mem::zeroed() };
    let sp = &mut si as *mut libc::siginfo_t as usize;
    // SAFETY: sp points to a live siginfo_t.
    if let Err(e) = retry(vm, -1, || unsafe { libc::waitid(idtype, id, sp as *mut libc::siginfo_t, options) })? {
        return Err(os_err(vm, e, None));
    }
    // SAFETY: reading fields of the filled siginfo.
    let (pid, uid, status) = unsafe { (si.si_pid(), si.si_uid(), si.si_status()) };
    if pid == 0 {
        return Ok(vm.none());
    }
    let t = WAITID_RESULT.get_or_init(|| structseq_type(vm, "posix", "waitid_result", &["si_pid", "si_uid", "si_signo", "si_status", "si_code"])).clone();
    let items = vec![vm.new_int(pid as i64), vm.new_int(uid as i64), vm.new_int(si.si_signo as i64), vm.new_int(status as i64), vm.new_int(si.si_code as i64)];
    Ok(pyrite_vm::types::type_methods::new_instance(vm, &t, Payload::Tuple(items.into_boxed_slice())))
}

fn xattr_path(vm: &Vm, p: &PyObjectRef, fname: &str) -> PyResult<PathOrFd> {
    path_arg(vm, p, fname, "path", true, false)
}

fn attr_name(vm: &Vm, o: &PyObjectRef) -> PyResult<CString> {
    match raw_fspath(vm, o)? {
        Some((b, _)) => CString::new(b).map_err(|_| vm.new_value_error("embedded null byte")),
        None => Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(o)))),
    }
}

fn getxattr(vm: &Vm, args: Args) -> PyResult {
    let [p, attr, follow] = args.bind(vm, &sig!("getxattr", ["path", "attribute", "follow_symlinks"], 0, 2, 2))?;
    let p = p.unwrap();
    let name = attr_name(vm, attr.as_ref().unwrap())?;
    let follow = flag(vm, &follow, true)?;
    let target = xattr_path(vm, &p, "getxattr")?;
    let mut buf = vec![0u8; 65536];
    // SAFETY: buf has the given size; strings are valid.
    let r = unsafe {
        match &target {
            PathOrFd::Fd(fd) => libc::fgetxattr(*fd, name.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void, buf.len()),
            PathOrFd::Path(pa) if follow => libc::getxattr(pa.c.as_ptr(), name.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void, buf.len()),
            PathOrFd::Path(pa) => libc::lgetxattr(pa.c.as_ptr(), name.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void, buf.len()),
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno(), if matches!(target, PathOrFd::Path(_)) { Some(&p) } else { None }));
    }
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}

fn setxattr(vm: &Vm, args: Args) -> PyResult {
    let [p, attr, value, flags, follow] = args.bind(vm, &sig!("setxattr", ["path", "attribute", "value", "flags", "follow_symlinks"], 0, 3, 4))?;
    let p = p.unwrap();
    let name = attr_name(vm, attr.as_ref().unwrap())?;
    let value = bytes_of(vm, value.as_ref().unwrap())?;
    let fl = match &flags { Some(f) => int_of(vm, f)? as i32, None => 0 };
    let follow = flag(vm, &follow, true)?;
    let target = xattr_path(vm, &p, "setxattr")?;
    let vp = value.as_ptr() as *const libc::c_void;
    // SAFETY: valid strings and buffer.
    let r = unsafe {
        match &target {
            PathOrFd::Fd(fd) => libc::fsetxattr(*fd, name.as_ptr(), vp, value.len(), fl),
            PathOrFd::Path(pa) if follow => libc::setxattr(pa.c.as_ptr(), name.as_ptr(), vp, value.len(), fl),
            PathOrFd::Path(pa) => libc::lsetxattr(pa.c.as_ptr(), name.as_ptr(), vp, value.len(), fl),
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno(), if matches!(target, PathOrFd::Path(_)) { Some(&p) } else { None }));
    }
    Ok(vm.none())
}

fn removexattr(vm: &Vm, args: Args) -> PyResult {
    let [p, attr, follow] = args.bind(vm, &sig!("removexattr", ["path", "attribute", "follow_symlinks"], 0, 2, 2))?;
    let p = p.unwrap();
    let name = attr_name(vm, attr.as_ref().unwrap())?;
    let follow = flag(vm, &follow, true)?;
    let target = xattr_path(vm, &p, "removexattr")?;
    // SAFETY: valid strings.
    let r = unsafe {
        match &target {
            PathOrFd::Fd(fd) => libc::fremovexattr(*fd, name.as_ptr()),
            PathOrFd::Path(pa) if follow => libc::removexattr(pa.c.as_ptr(), name.as_ptr()),
            PathOrFd::Path(pa) => libc::lremovexattr(pa.c.as_ptr(), name.as_ptr()),
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno(), if matches!(target, PathOrFd::Path(_)) { Some(&p) } else { None }));
    }
    Ok(vm.none())
}

fn listxattr(vm: &Vm, args: Args) -> PyResult {
    let [p, follow] = args.bind(vm, &sig!("listxattr", ["path", "follow_symlinks"], 0, 0, 1))?;
    let p = p.filter(|x| !vm.is_none(x)).unwrap_or_else(|| vm.new_str("."));
    let follow = flag(vm, &follow, true)?;
    let target = xattr_path(vm, &p, "listxattr")?;
    let mut buf = vec![0u8; 65536];
    // SAFETY: buf has the given size.
    let r = unsafe {
        match &target {
            PathOrFd::Fd(fd) => libc::flistxattr(*fd, buf.as_mut_ptr() as *mut libc::c_char, buf.len()),
            PathOrFd::Path(pa) if follow => libc::listxattr(pa.c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()),
            PathOrFd::Path(pa) => libc::llistxattr(pa.c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()),
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno(), if matches!(target, PathOrFd::Path(_)) { Some(&p) } else { None }));
    }
    buf.truncate(r as usize);
    let names: Vec<PyObjectRef> = buf.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| vm.new_string(String::from_utf8_lossy(s).into_owned())).collect();
    Ok(vm.new_list(names))
}

fn forkpty(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "forkpty")?;
    let mut master = -1;
    pyrite_vm::modules::fileio::flush_std(vm);
    // SAFETY: out-parameter valid; other pointers may be null.
    let pid = unsafe { libc::forkpty(&mut master, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
    if pid < 0 {
        return Err(os_err(vm, errno(), None));
    }
    if pid == 0 {
        pyrite_vm::gil::THREAD_COUNT.store(0, std::sync::atomic::Ordering::Relaxed);
        pyrite_vm::gil::MAIN_THREAD.store(vm.thread_id, std::sync::atomic::Ordering::Relaxed);
        let child: Vec<PyObjectRef> = hooks().0.borrow().child.clone();
        run_hooks(vm, child);
    }
    Ok(vm.new_tuple(vec![vm.new_int(pid as i64), vm.new_int(master as i64)]))
}

fn login_tty(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "login_tty")?;
    let fd = fd_of(vm, fd)?;
    // SAFETY: plain call.
    if unsafe { libc::login_tty(fd) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}

fn sched_prio(vm: &Vm, args: Args, max: bool) -> PyResult {
    let [p] = args.exact::<1>(vm, if max { "sched_get_priority_max" } else { "sched_get_priority_min" })?;
    let p = int_of(vm, p)? as i32;
    // SAFETY: plain calls.
    let r = unsafe { if max { libc::sched_get_priority_max(p) } else { libc::sched_get_priority_min(p) } };
    if r < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.new_int(r as i64))
}
fn sched_get_priority_max(vm: &Vm, a: Args) -> PyResult { sched_prio(vm, a, true) }
fn sched_get_priority_min(vm: &Vm, a: Args) -> PyResult { sched_prio(vm, a, false) }

fn getgrouplist(vm: &Vm, args: Args) -> PyResult {
    let [user, group] = args.exact::<2>(vm, "getgrouplist")?;
    let u = match &user.payload {
        Payload::Str(s) => CString::new(s.as_str()).map_err(|_| vm.new_value_error("embedded null character"))?,
        _ => return Err(vm.new_type_error(format!("getgrouplist() argument 1 must be str, not {}", vm.type_name(user)))),
    };
    let g = int_of(vm, group)? as libc::gid_t;
    let mut n: i32 = 64;
    loop {
        let mut v = vec![0 as libc::gid_t; n as usize];
        let mut cnt = n;
        // SAFETY: v has cnt entries.
        let r = unsafe { libc::getgrouplist(u.as_ptr(), g, v.as_mut_ptr(), &mut cnt) };
        if r >= 0 {
            v.truncate(cnt as usize);
            return Ok(vm.new_list(v.iter().map(|x| vm.new_int(*x as i64)).collect()));
        }
        if n > 65536 {
            return Err(os_err(vm, libc::EINVAL, None));
        }
        n = (cnt.max(n)) * 2;
    }
}

fn initgroups(vm: &Vm, args: Args) -> PyResult {
    let [user, group] = args.exact::<2>(vm, "initgroups")?;
    let u = match raw_fspath(vm, user)? {
        Some((b, _)) => CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))?,
        None => return Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(user)))),
    };
    let g = int_of(vm, group)? as libc::gid_t;
    // SAFETY: valid C string.
    if unsafe { libc::initgroups(u.as_ptr(), g) } < 0 {
        return Err(os_err(vm, errno(), None));
    }
    Ok(vm.none())
}


fn wait_rusage(vm: &Vm, pid: i32, options: i32, name: &str) -> PyResult {
    let mut status = 0i32;
    // SAFETY: zeroed rusage is a valid out-parameter.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let (sp, rp) = (&mut status as *mut i32 as usize, &mut ru as *mut libc::rusage as usize);
    // SAFETY: pointers to live values.
    match retry(vm, -1, || unsafe { libc::wait4(pid, sp as *mut i32, options, rp as *mut libc::rusage) })? {
        Ok(r) => {
            let _ = name;
            let rus = crate::resource::make_rusage(vm, &ru);
            Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(status as i64), rus]))
        }
        Err(e) => Err(os_err(vm, e, None)),
    }
}

fn wait3(vm: &Vm, args: Args) -> PyResult {
    let [options] = args.bind(vm, &sig!("wait3", ["options"], 0, 1, 1))?;
    let options = int_of(vm, options.as_ref().unwrap())? as i32;
    wait_rusage(vm, -1, options, "wait3")
}

fn wait4(vm: &Vm, args: Args) -> PyResult {
    let [pid, options] = args.bind(vm, &sig!("wait4", ["pid", "options"], 0, 2, 2))?;
    let pid = int_of(vm, pid.as_ref().unwrap())? as i32;
    let options = int_of(vm, options.as_ref().unwrap())? as i32;
    wait_rusage(vm, pid, options, "wait4")
}

const PY_HELPERS: &str = r#"
class DirEntry:
    __slots__ = ('name', 'path', '_d_type', '_ino', '_stat', '_lstat', '_dir_fd')

    def __init__(self, dirpath, name, d_type, ino, dir_fd=None):
        self.name = name
        if dirpath is None:
            self.path = name
        else:
            sep = b'/' if isinstance(name, bytes) else '/'
            self.path = dirpath + name if dirpath[-1:] == sep else dirpath + sep + name
        self._d_type = d_type
        self._ino = ino
        self._stat = None
        self._lstat = None
        self._dir_fd = dir_fd

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path, dir_fd=self._dir_fd)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = stat(self.path, dir_fd=self._dir_fd, follow_symlinks=False)
        return self._lstat

    def _test_mode(self, follow_symlinks, dt, mask):
        if self._d_type != 0 and not (follow_symlinks and self._d_type == 10):
            return self._d_type == dt
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == mask

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 4, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, 8, 0o100000)

    def is_symlink(self):
        if self._d_type != 0:
            return self._d_type == 10
        try:
            st = self.stat(follow_symlinks=False)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == 0o120000

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ScandirIterator:
    def __init__(self, path=None):
        entries = _scandir_entries(path)
        dir_fd = None
        if path is None:
            dirpath = '.'
        elif isinstance(path, int):
            dirpath = None
            dir_fd = path
        else:
            dirpath = fspath(path)
        self._it = iter([DirEntry(dirpath, n, t, i, dir_fd) for n, t, i in entries])

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        return next(self._it)

    def close(self):
        self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self._it = None


def scandir(path=None):
    return ScandirIterator(path)
"#;

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("posix", Some("This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."));
    add_functions(vm, &m, "posix", &[
        ("stat", stat), ("lstat", lstat), ("fstat", fstat), ("open", os_open), ("read", os_read), ("write", os_write),
        ("pread", os_pread), ("pwrite", os_pwrite), ("close", os_close), ("closerange", closerange), ("lseek", lseek),
        ("fsync", fsync), ("fdatasync", fsync), ("ftruncate", ftruncate), ("truncate", truncate), ("dup", dup), ("dup2", dup2),
        ("get_inheritable", get_inheritable), ("set_inheritable", set_inheritable), ("get_blocking", get_blocking),
        ("set_blocking", set_blocking), ("pipe", pipe), ("pipe2", pipe2), ("isatty", isatty), ("ttyname", ttyname),
        ("openpty", openpty), ("device_encoding", device_encoding), ("listdir", listdir), ("_scandir_entries", scandir_entries),
        ("unlink", unlink), ("remove", remove), ("rmdir", rmdir), ("mkdir", mkdir), ("rename", rename), ("replace", replace),
        ("link", link), ("symlink", symlink), ("readlink", readlink), ("chmod", chmod), ("fchmod", fchmod), ("chown", chown),
        ("lchown", chown), ("utime", utime), ("access", access), ("getcwd", getcwd), ("getcwdb", getcwdb), ("chdir", chdir),
        ("fchdir", fchdir), ("umask", umask), ("putenv", putenv), ("unsetenv", unsetenv), ("getpid", getpid),
        ("getppid", getppid), ("getuid", getuid), ("geteuid", geteuid), ("getgid", getgid), ("getegid", getegid),
        ("getgroups", getgroups), ("getlogin", getlogin), ("getpgrp", getpgrp), ("setsid", setsid), ("setpgid", setpgid),
        ("getpgid", getpgid), ("getsid", getsid), ("kill", kill), ("killpg", killpg), ("fork", fork),
        ("register_at_fork", register_at_fork), ("execv", execv), ("execve", execve), ("_fork_exec", fork_exec),
        ("waitpid", waitpid), ("wait", wait), ("WIFEXITED", wifexited), ("WEXITSTATUS", wexitstatus),
        ("WIFSIGNALED", wifsignaled), ("WTERMSIG", wtermsig), ("WIFSTOPPED", wifstopped), ("WSTOPSIG", wstopsig),
        ("WIFCONTINUED", wifcontinued), ("WCOREDUMP", wcoredump), ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("_exit", os_exit), ("system", system), ("urandom", urandom), ("strerror", os_strerror), ("cpu_count", cpu_count),
        ("sched_getaffinity", sched_getaffinity), ("uname", uname), ("times", times), ("get_terminal_size", get_terminal_size),
        ("sysconf", sysconf), ("fspath", fspath), ("statvfs", statvfs), ("fstatvfs", fstatvfs), ("mkfifo", mkfifo),
        ("major", major), ("minor", minor), ("makedev", makedev), ("getloadavg", getloadavg), ("sync", os_sync), ("nice", nice),
        ("setuid", setuid), ("setgid", setgid), ("seteuid", seteuid), ("setegid", setegid), ("setreuid", setreuid),
        ("setregid", setregid), ("setresuid", setresuid), ("setresgid", setresgid), ("getresuid", getresuid),
        ("getresgid", getresgid), ("setgroups", setgroups), ("setpgrp", setpgrp), ("getpriority", getpriority),
        ("setpriority", setpriority), ("sched_yield", sched_yield), ("sched_setaffinity", sched_setaffinity), ("abort", os_abort),
        ("fchown", fchown), ("chroot", chroot), ("mknod", mknod), ("tcgetpgrp", tcgetpgrp), ("tcsetpgrp", tcsetpgrp),
        ("ctermid", ctermid), ("lockf", os_lockf), ("getrandom", getrandom), ("sendfile", sendfile),
        ("posix_fallocate", posix_fallocate), ("posix_fadvise", posix_fadvise), ("confstr", confstr), ("pathconf", pathconf),
        ("fpathconf", fpathconf), ("writev", writev), ("readv", readv), ("memfd_create", memfd_create), ("eventfd", eventfd),
        ("eventfd_read", eventfd_read), ("eventfd_write", eventfd_write), ("copy_file_range", copy_file_range), ("waitid", waitid),
        ("getxattr", getxattr), ("setxattr", setxattr), ("removexattr", removexattr), ("listxattr", listxattr),
        ("forkpty", forkpty), ("login_tty", login_tty), ("sched_get_priority_max", sched_get_priority_max),
        ("sched_get_priority_min", sched_get_priority_min), ("getgrouplist", getgrouplist), ("initgroups", initgroups),
        ("wait3", wait3), ("wait4", wait4),
    ]);
    set_attr(vm, &m, "environ", build_environ(vm)?);
    set_attr(vm, &m, "stat_result", stat_result_type(vm));
    set_attr(vm, &m, "terminal_size", terminal_size_type(vm));
    set_attr(vm, &m, "statvfs_result", statvfs_result_type(vm));
    set_attr(vm, &m, "waitid_result", WAITID_RESULT.get_or_init(|| structseq_type(vm, "posix", "waitid_result", &["si_pid", "si_uid", "si_signo", "si_status", "si_code"])).clone());
    set_attr(vm, &m, "uname_result", UNAME_RESULT.get_or_init(|| structseq_type(vm, "posix", "uname_result", &["sysname", "nodename", "release", "version", "machine"])).clone());
    set_attr(vm, &m, "times_result", TIMES_RESULT.get_or_init(|| structseq_type(vm, "posix", "times_result", &["user", "system", "children_user", "children_system", "elapsed"])).clone());
    let sn = vm.new_dict();
    for (k, v) in SYSCONF_NAMES {
        vm.set_item(&sn, vm.new_str(k), vm.new_int(*v as i64))?;
    }
    set_attr(vm, &m, "sysconf_names", sn);
    for (attr, table) in [("confstr_names", CONFSTR_NAMES), ("pathconf_names", PATHCONF_NAMES)] {
        let d = vm.new_dict();
        for (k, v) in table {
            vm.set_item(&d, vm.new_str(k), vm.new_int(*v as i64))?;
        }
        set_attr(vm, &m, attr, d);
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64), ("O_WRONLY", libc::O_WRONLY as i64), ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64), ("O_CREAT", libc::O_CREAT as i64), ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64), ("O_NONBLOCK", libc::O_NONBLOCK as i64), ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_SYNC", libc::O_SYNC as i64), ("O_DSYNC", libc::O_DSYNC as i64), ("O_RSYNC", libc::O_RSYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64), ("O_CLOEXEC", libc::O_CLOEXEC as i64), ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64), ("O_ACCMODE", libc::O_ACCMODE as i64), ("O_ASYNC", libc::O_ASYNC as i64),
        ("O_DIRECT", libc::O_DIRECT as i64), ("O_LARGEFILE", libc::O_LARGEFILE as i64), ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64), ("O_TMPFILE", libc::O_TMPFILE as i64), ("O_FSYNC", libc::O_FSYNC as i64),
        ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("SEEK_DATA", libc::SEEK_DATA as i64), ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
        ("WNOHANG", libc::WNOHANG as i64), ("WUNTRACED", libc::WUNTRACED as i64), ("WCONTINUED", libc::WCONTINUED as i64),
        ("WEXITED", libc::WEXITED as i64), ("WSTOPPED", libc::WSTOPPED as i64), ("WNOWAIT", libc::WNOWAIT as i64),
        ("P_PID", 1), ("P_PGID", 2), ("P_ALL", 0),
        ("F_LOCK", 1), ("F_TLOCK", 2), ("F_ULOCK", 0), ("F_TEST", 3),
        ("NGROUPS_MAX", 65536), ("TMP_MAX", 238328),
        ("CLD_CONTINUED", 6), ("CLD_DUMPED", 3), ("CLD_EXITED", 1), ("CLD_KILLED", 2), ("CLD_STOPPED", 5), ("CLD_TRAPPED", 4),
        ("EFD_CLOEXEC", 524288), ("EFD_NONBLOCK", 2048), ("EFD_SEMAPHORE", 1), ("GRND_NONBLOCK", 1), ("GRND_RANDOM", 2),
        ("MFD_ALLOW_SEALING", 2), ("MFD_CLOEXEC", 1), ("MFD_HUGETLB", 4), ("MFD_HUGE_16GB", 2281701376), ("MFD_HUGE_16MB", 1610612736),
        ("MFD_HUGE_1GB", 2013265920), ("MFD_HUGE_1MB", 1342177280), ("MFD_HUGE_256MB", 1879048192), ("MFD_HUGE_2GB", 2080374784),
        ("MFD_HUGE_2MB", 1409286144), ("MFD_HUGE_32MB", 1677721600), ("MFD_HUGE_512KB", 1275068416), ("MFD_HUGE_512MB", 1946157056),
        ("MFD_HUGE_64KB", 1073741824), ("MFD_HUGE_8MB", 1543503872), ("MFD_HUGE_MASK", 63), ("MFD_HUGE_SHIFT", 26),
        ("POSIX_FADV_DONTNEED", 4), ("POSIX_FADV_NOREUSE", 5), ("POSIX_FADV_NORMAL", 0), ("POSIX_FADV_RANDOM", 1),
        ("POSIX_FADV_SEQUENTIAL", 2), ("POSIX_FADV_WILLNEED", 3), ("POSIX_SPAWN_CLOSE", 1), ("POSIX_SPAWN_DUP2", 2),
        ("POSIX_SPAWN_OPEN", 0), ("P_PIDFD", 3), ("RWF_APPEND", 16), ("RWF_DSYNC", 2), ("RWF_HIPRI", 1), ("RWF_NOWAIT", 8),
        ("RWF_SYNC", 4), ("SCHED_RESET_ON_FORK", 1073741824), ("SPLICE_F_MORE", 4), ("SPLICE_F_MOVE", 1), ("SPLICE_F_NONBLOCK", 2),
        ("ST_APPEND", 256), ("ST_MANDLOCK", 64), ("ST_NOATIME", 1024), ("ST_NODEV", 4), ("ST_NODIRATIME", 2048), ("ST_NOEXEC", 8),
        ("ST_RELATIME", 4096), ("ST_SYNCHRONOUS", 16), ("ST_WRITE", 128), ("XATTR_CREATE", 1), ("XATTR_REPLACE", 2),
        ("XATTR_SIZE_MAX", 65536),
        ("SCHED_OTHER", 0), ("SCHED_FIFO", 1), ("SCHED_RR", 2), ("SCHED_BATCH", 3), ("SCHED_IDLE", 5),
        ("PRIO_PROCESS", 0), ("PRIO_PGRP", 1), ("PRIO_USER", 2),
        ("RTLD_LAZY", 1), ("RTLD_NOW", 2), ("RTLD_GLOBAL", 256), ("RTLD_LOCAL", 0), ("RTLD_NODELETE", 4096),
        ("RTLD_NOLOAD", 4), ("RTLD_DEEPBIND", 8),
        ("ST_RDONLY", 1), ("ST_NOSUID", 2),
    ];
    for (k, v) in consts {
        set_attr(vm, &m, k, vm.new_int(*v));
    }
    // The Python helpers (DirEntry, ScandirIterator, scandir).
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "__name__", vm.new_str("posix"));
        }
        let code = vm.compile(PY_HELPERS, "<posix>", pyrite_compiler::Mode::Exec)?;
        vm.run_code(&code, d, None)?;
        let fs: Vec<&str> = ["stat", "lstat", "fstat", "open", "access", "chdir", "chmod", "chown", "listdir", "mkdir", "readlink", "rename",
            "replace", "rmdir", "scandir", "stat", "symlink", "truncate", "unlink", "remove", "utime", "link"].to_vec();
        let _ = fs;
        let hf = vm.new_set();
        for n in ["access", "chmod", "chown", "link", "mkdir", "open", "readlink", "rename", "replace", "rmdir", "stat", "symlink", "unlink", "utime"] {
            vm.call_method(&hf, "add", &[vm.get_attr_str(&m, n)?])?;
        }
        set_attr(vm, &m, "_have_functions", vm.new_list(["HAVE_FACCESSAT", "HAVE_FCHMODAT", "HAVE_FCHOWNAT", "HAVE_FSTATAT", "HAVE_LINKAT", "HAVE_MKDIRAT",
            "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT", "HAVE_FCHDIR", "HAVE_FCHMOD",
            "HAVE_FCHOWN", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT", "HAVE_LCHOWN"].iter().map(|s| vm.new_str(s)).collect()));
        let _ = hf;
    }
    Ok(m)
}
