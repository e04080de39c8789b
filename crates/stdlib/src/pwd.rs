//! `pwd` and `grp`: the password and group databases (getpwnam_r & co.),
//! as `pwd.struct_passwd` / `grp.struct_group` struct sequences.

use pyrite_vm::modules::sys::{add_functions, set_attr, structseq_type};
use pyrite_vm::types::function::Args;
use pyrite_vm::{Payload, PyObjectRef, PyResult, Vm};
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

static PASSWD: OnceLock<PyObjectRef> = OnceLock::new();
static GROUP: OnceLock<PyObjectRef> = OnceLock::new();

fn passwd_type(vm: &Vm) -> PyObjectRef {
    PASSWD.get_or_init(|| structseq_type(vm, "pwd", "struct_passwd", &["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"])).clone()
}

fn group_type(vm: &Vm) -> PyObjectRef {
    GROUP.get_or_init(|| structseq_type(vm, "grp", "struct_group", &["gr_name", "gr_passwd", "gr_gid", "gr_mem"])).clone()
}

fn cstr(vm: &Vm, p: *const libc::c_char) -> PyObjectRef {
    if p.is_null() {
        return vm.none();
    }
    // SAFETY: non-null NUL-terminated string from the C library.
    vm.new_string(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

fn make_passwd(vm: &Vm, p: &libc::passwd) -> PyObjectRef {
    let items = vec![cstr(vm, p.pw_name), cstr(vm, p.pw_passwd), vm.new_int(p.pw_uid as i64), vm.new_int(p.pw_gid as i64),
        cstr(vm, p.pw_gecos), cstr(vm, p.pw_dir), cstr(vm, p.pw_shell)];
    pyrite_vm::types::type_methods::new_instance(vm, &passwd_type(vm), Payload::Tuple(items.into_boxed_slice()))
}

fn make_group(vm: &Vm, g: &libc::group) -> PyObjectRef {
    let mut mem = Vec::new();
    if !g.gr_mem.is_null() {
        let mut i = 0;
        loop {
            // SAFETY: gr_mem is a NULL-terminated array of strings.
            let p = unsafe { *g.gr_mem.add(i) };
            if p.is_null() {
                break;
            }
            mem.push(cstr(vm, p));
            i += 1;
        }
    }
    let items = vec![cstr(vm, g.gr_name), cstr(vm, g.gr_passwd), vm.new_int(g.gr_gid as i64), vm.new_list(mem)];
    pyrite_vm::types::type_methods::new_instance(vm, &group_type(vm), Payload::Tuple(items.into_boxed_slice()))
}

/// Call a reentrant lookup with a growing buffer; Ok((false, _)) = not
/// found. The returned buffer holds the strings `out` points to: keep it
/// alive while reading `out`.
fn lookup<T>(out: &mut T, mut f: impl FnMut(&mut T, &mut Vec<u8>) -> (i32, bool)) -> Result<(bool, Vec<u8>), i32> {
    let mut buf = vec![0u8; 1024];
    loop {
        let (r, found) = f(out, &mut buf);
        if r == libc::ERANGE && buf.len() < (1 << 20) {
            let n = buf.len() * 2;
            buf.resize(n, 0);
            continue;
        }
        if r != 0 && r != libc::ENOENT && r != libc::ESRCH && r != libc::EBADF && r != libc::EPERM {
            return Err(r);
        }
        return Ok((found, buf));
    }
}

fn key_error(vm: &Vm, msg: String) -> pyrite_vm::PyErr {
    vm.new_key_error(vm.new_string(msg))
}

fn id_arg(vm: &Vm, o: &PyObjectRef, what: &str) -> PyResult<i64> {
    match &o.payload {
        Payload::Int(_) => vm.index_i64(o),
        _ => match vm.call_special(o, "__index__", &[])? {
            Some(v) => vm.index_i64(&v),
            None => Err(vm.new_type_error(format!("{} should be integer, not {}", what, vm.type_name(o)))),
        },
    }
}

fn name_arg(vm: &Vm, o: &PyObjectRef, fname: &str) -> PyResult<CString> {
    match &o.payload {
        Payload::Str(s) => CString::new(s.as_str()).map_err(|_| vm.new_value_error("embedded null character")),
        _ => Err(vm.new_type_error(format!("{}() argument must be str, not {}", fname, vm.type_name(o)))),
    }
}

fn getpwuid(vm: &Vm, args: Args) -> PyResult {
    let [u] = args.exact::<1>(vm, "getpwuid")?;
    let uid = id_arg(vm, u, "uid")?;
    let nf = || key_error(vm, format!("getpwuid(): uid not found: {}", uid));
    if uid < 0 || uid > u32::MAX as i64 {
        return Err(nf());
    }
    // SAFETY: zeroed passwd is a valid out-parameter.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let found = lookup(&mut pw, |pw, buf| {
        let mut res: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: buffers are valid for the given sizes.
        let r = unsafe { libc::getpwuid_r(uid as libc::uid_t, pw, buf.as_mut_ptr() as *mut libc::c_char, buf.len(), &mut res) };
        (r, !res.is_null())
    });
    match found {
        Ok((true, _buf)) => Ok(make_passwd(vm, &pw)),
        _ => Err(nf()),
    }
}

fn getpwnam(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "getpwnam")?;
    let name = name_arg(vm, n, "getpwnam")?;
    // SAFETY: zeroed passwd is a valid out-parameter.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let found = lookup(&mut pw, |pw, buf| {
        let mut res: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: buffers are valid for the given sizes.
        let r = unsafe { libc::getpwnam_r(name.as_ptr(), pw, buf.as_mut_ptr() as *mut libc::c_char, buf.len(), &mut res) };
        (r, !res.is_null())
    });
    match found {
        Ok((true, _buf)) => Ok(make_passwd(vm, &pw)),
        _ => Err(key_error(vm, format!("getpwnam(): name not found: {}", vm.repr(n)?))),
    }
}

fn getpwall(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getpwall")?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant enumeration runs with the GIL held.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(make_passwd(vm, &*p));
        }
        libc::endpwent();
    }
    Ok(vm.new_list(out))
}

fn getgrgid(vm: &Vm, args: Args) -> PyResult {
    let [g] = args.exact::<1>(vm, "getgrgid")?;
    let gid = id_arg(vm, g, "gid")?;
    let nf = || key_error(vm, format!("getgrgid(): gid not found: {}", gid));
    if gid < 0 || gid > u32::MAX as i64 {
        return Err(nf());
    }
    // SAFETY: zeroed group is a valid out-parameter.
    let mut gr: libc::group = unsafe { std::mem::zeroed() };
    let found = lookup(&mut gr, |gr, buf| {
        let mut res: *mut libc::group = std::ptr::null_mut();
        // SAFETY: buffers are valid for the given sizes.
        let r = unsafe { libc::getgrgid_r(gid as libc::gid_t, gr, buf.as_mut_ptr() as *mut libc::c_char, buf.len(), &mut res) };
        (r, !res.is_null())
    });
    match found {
        Ok((true, _buf)) => Ok(make_group(vm, &gr)),
        _ => Err(nf()),
    }
}

fn getgrnam(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "getgrnam")?;
    let name = name_arg(vm, n, "getgrnam")?;
    // SAFETY: zeroed group is a valid out-parameter.
    let mut gr: libc::group = unsafe { std::mem::zeroed() };
    let found = lookup(&mut gr, |gr, buf| {
        let mut res: *mut libc::group = std::ptr::null_mut();
        // SAFETY: buffers are valid for the given sizes.
        let r = unsafe { libc::getgrnam_r(name.as_ptr(), gr, buf.as_mut_ptr() as *mut libc::c_char, buf.len(), &mut res) };
        (r, !res.is_null())
    });
    match found {
        Ok((true, _buf)) => Ok(make_group(vm, &gr)),
        _ => Err(key_error(vm, format!("getgrnam(): name not found: {}", vm.repr(n)?))),
    }
}

fn getgrall(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getgrall")?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant enumeration runs with the GIL held.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(make_group(vm, &*g));
        }
        libc::endgrent();
    }
    Ok(vm.new_list(out))
}

pub fn init_pwd(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("pwd", Some("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."));
    add_functions(vm, &m, "pwd", &[("getpwuid", getpwuid), ("getpwnam", getpwnam), ("getpwall", getpwall)]);
    set_attr(vm, &m, "struct_passwd", passwd_type(vm));
    Ok(m)
}

pub fn init_grp(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("grp", Some("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"));
    add_functions(vm, &m, "grp", &[("getgrgid", getgrgid), ("getgrnam", getgrnam), ("getgrall", getgrall)]);
    set_attr(vm, &m, "struct_group", group_type(vm));
    Ok(m)
}
