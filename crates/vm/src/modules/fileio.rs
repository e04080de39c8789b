//! File objects over file descriptors: the text and binary files that
//! `open()` returns and `sys.stdin`/`stdout`/`stderr`. Buffered, with
//! universal-newline decoding for text, and the GIL released around the
//! system calls. (A compact stand-in for CPython's `Modules/_io`: one Rust
//! type plays FileIO+Buffered*+TextIOWrapper.)

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, Sig};
use crate::vm::{add_method, add_methods, new_static_type, str_of, PyResult, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

pub struct PyFile {
    pub fd: Cell<i32>,
    pub name: RefCell<PyObjectRef>,
    pub mode: String,
    pub text: bool,
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    pub closed: Cell<bool>,
    pub closefd: bool,
    pub line_buffering: Cell<bool>,
    pub write_through: Cell<bool>,
    pub encoding: String,
    pub errors: String,
    /// None = universal newlines; Some("") = no translation; Some(x) = translate "\n" to x on write.
    pub newline: Option<String>,
    pub wbuf: RefCell<Vec<u8>>,
    pub rbuf: RefCell<Vec<u8>>,
    /// For a text file: its binary `buffer` view (created on demand).
    pub buffer: RefCell<Option<PyObjectRef>>,
    /// For a `buffer` view: the text file it writes through.
    pub parent: Option<PyObjectRef>,
    /// Saw '\r' at the end of the last chunk (universal newlines).
    pub pending_cr: Cell<bool>,
    pub eof: Cell<bool>,
}

impl NativePayload for PyFile {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for PyFile {
    fn drop(&mut self) {
        if self.parent.is_some() || self.closed.get() {
            return;
        }
        let buf = std::mem::take(&mut *self.wbuf.borrow_mut());
        let fd = self.fd.get();
        if !buf.is_empty() && fd >= 0 {
            let _ = write_all(fd, &buf);
        }
        if self.closefd && fd >= 0 {
            // SAFETY: we own the descriptor (closefd) and close it once.
            unsafe { libc::close(fd) };
        }
    }
}

fn write_all(fd: i32, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        // SAFETY: data points to valid memory of the given length.
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        data = &data[n as usize..];
    }
    Ok(())
}

fn read_some(fd: i32, n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n.max(1)];
    loop {
        // SAFETY: buf has room for n bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        buf.truncate(r as usize);
        return Ok(buf);
    }
}

static TEXT_TYPE: OnceLock<PyObjectRef> = OnceLock::new();
static BUFW_TYPE: OnceLock<PyObjectRef> = OnceLock::new();
static BUFR_TYPE: OnceLock<PyObjectRef> = OnceLock::new();
static BUFRW_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn mk_type(vm: &Vm, name: &str) -> PyObjectRef {
    let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Special, false);
    if let Some(tt) = crate::types::type_::as_type(&t) {
        tt.dict().set_str(vm, "__module__", vm.new_str("_io"));
    }
    add_methods(vm, &t, &[
        ("write", f_write), ("read", f_read), ("readline", f_readline), ("readlines", f_readlines), ("writelines", f_writelines),
        ("flush", f_flush), ("close", f_close), ("fileno", f_fileno), ("isatty", f_isatty), ("readable", f_readable),
        ("writable", f_writable), ("seekable", f_seekable), ("seek", f_seek), ("tell", f_tell), ("truncate", f_truncate),
        ("__enter__", f_enter), ("__exit__", f_exit), ("__iter__", f_iter), ("__next__", f_next), ("__repr__", f_repr),
        ("__getattribute__", f_getattr), ("readinto", f_readinto), ("detach", f_detach), ("reconfigure", f_reconfigure),
    ]);
    t
}

pub fn text_type(vm: &Vm) -> PyObjectRef {
    TEXT_TYPE.get_or_init(|| mk_type(vm, "TextIOWrapper")).clone()
}
fn binary_type(vm: &Vm, readable: bool, writable: bool) -> PyObjectRef {
    if readable && writable {
        BUFRW_TYPE.get_or_init(|| mk_type(vm, "BufferedRandom")).clone()
    } else if writable {
        BUFW_TYPE.get_or_init(|| mk_type(vm, "BufferedWriter")).clone()
    } else {
        BUFR_TYPE.get_or_init(|| mk_type(vm, "BufferedReader")).clone()
    }
}

fn file_of(vm: &Vm, o: &PyObjectRef) -> PyResult<&'static PyFile> {
    match o.payload.native::<PyFile>() {
        // SAFETY: the payload lives as long as `o`, which the caller keeps
        // alive (it is an argument of the running method).
        Some(f) => Ok(unsafe { &*(f as *const PyFile) }),
        None => Err(vm.new_type_error(format!("expected a file object, got '{}'", vm.type_name(o)))),
    }
}

fn check_open(vm: &Vm, f: &PyFile) -> PyResult<()> {
    if f.closed.get() {
        let msg = if f.text { "I/O operation on closed file." } else { "I/O operation on closed file." };
        return Err(vm.new_value_error(msg));
    }
    if let Some(p) = &f.parent {
        return check_open(vm, file_of(vm, p)?);
    }
    Ok(())
}

/// The file whose buffers and descriptor do the work (a buffer view writes through its text file).
fn target<'a>(vm: &Vm, f: &'a PyFile) -> PyResult<&'a PyFile> {
    match &f.parent {
        Some(p) => file_of(vm, p),
        None => Ok(f),
    }
}

fn flush_file(vm: &Vm, f: &PyFile) -> PyResult<()> {
    let f = target(vm, f)?;
    let buf = std::mem::take(&mut *f.wbuf.borrow_mut());
    if buf.is_empty() {
        return Ok(());
    }
    let fd = f.fd.get();
    let r = crate::gil::allow_threads(|| write_all(fd, &buf));
    r.map_err(|e| vm.new_os_error_from_io(&e, None))
}

fn new_file(vm: &Vm, fd: i32, name: PyObjectRef, mode: &str, text: bool, readable: bool, writable: bool, closefd: bool, encoding: &str, errors: &str, newline: Option<String>, line_buffering: bool) -> PyObjectRef {
    let cls = if text { text_type(vm) } else { binary_type(vm, readable, writable) };
    PyObjectRef::new(cls, Payload::Native(Box::new(PyFile {
        fd: Cell::new(fd),
        name: RefCell::new(name),
        mode: mode.to_string(),
        text,
        readable,
        writable,
        append: mode.contains('a'),
        closed: Cell::new(false),
        closefd,
        line_buffering: Cell::new(line_buffering),
        write_through: Cell::new(false),
        encoding: encoding.to_string(),
        errors: errors.to_string(),
        newline,
        wbuf: RefCell::new(Vec::new()),
        rbuf: RefCell::new(Vec::new()),
        buffer: RefCell::new(None),
        parent: None,
        pending_cr: Cell::new(false),
        eof: Cell::new(false),
    })))
}

/// Create sys.stdin/stdout/stderr (and the `__std*__` originals).
pub fn install_stdio(vm: &Vm, sys: &PyObjectRef) -> PyResult<()> {
    // SAFETY: isatty has no preconditions.
    let tty1 = unsafe { libc::isatty(1) } == 1;
    let unbuffered = vm.interp.flags.borrow().unbuffered;
    // PYTHONIOENCODING=encoding[:errors] (ignored with -E).
    let (mut enc, mut errs) = ("utf-8".to_string(), None::<String>);
    if vm.interp.flags.borrow().ignore_environment == 0 {
        if let Ok(v) = std::env::var("PYTHONIOENCODING") {
            let (e, r) = match v.split_once(':') {
                Some((e, r)) => (e.to_string(), Some(r.to_string())),
                None => (v.clone(), None),
            };
            if !e.is_empty() {
                enc = match crate::codecs::normalize_encoding(&e).as_str() {
                    "latin-1" => "iso8859-1".to_string(),
                    n => n.to_string(),
                };
            }
            errs = r.filter(|r| !r.is_empty());
        }
    }
    let out_err = errs.clone().unwrap_or_else(|| "strict".to_string());
    let stdin = new_file(vm, 0, vm.new_str("<stdin>"), "r", true, true, false, false, &enc, &out_err, None, false);
    let stdout = new_file(vm, 1, vm.new_str("<stdout>"), "w", true, false, true, false, &enc, &out_err, None, tty1);
    let stderr = new_file(vm, 2, vm.new_str("<stderr>"), "w", true, false, true, false, &enc, "backslashreplace", None, true);
    if unbuffered {
        for f in [&stdout, &stderr] {
            if let Ok(pf) = file_of(vm, f) {
                pf.write_through.set(true);
            }
        }
    }
    for (k, v) in [("stdin", &stdin), ("stdout", &stdout), ("stderr", &stderr), ("__stdin__", &stdin), ("__stdout__", &stdout), ("__stderr__", &stderr)] {
        crate::modules::sys::set_attr(vm, sys, k, v.clone());
    }
    Ok(())
}

fn encode_text(vm: &Vm, f: &PyFile, s: &str) -> PyResult<Vec<u8>> {
    let translated;
    let s = match &f.newline {
        Some(nl) if !nl.is_empty() && nl != "\n" => {
            translated = s.replace('\n', nl);
            &translated
        }
        _ => s,
    };
    crate::codecs::encode(vm, s, &f.encoding, &f.errors)
}

fn f_write(vm: &Vm, args: Args) -> PyResult {
    let [o, data] = args.exact::<2>(vm, "write")?;
    let f = file_of(vm, o)?;
    check_open(vm, f)?;
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (bytes, n) = if f.text {
        match &data.payload {
            Payload::Str(s) => (encode_text(vm, f, s.as_str())?, s.char_len()),
            _ => return Err(vm.new_type_error(format!("write() argument must be str, not {}", vm.type_name(data)))),
        }
    } else {
        let b = crate::types::bytes_methods::bytes_from_object(vm, data)?;
        let n = b.len();
        (b, n)
    };
    let t = target(vm, f)?;
    let has_nl = bytes.contains(&b'\n');
    t.wbuf.borrow_mut().extend_from_slice(&bytes);
    let flush_now = t.write_through.get() || (t.line_buffering.get() && (has_nl || bytes.contains(&b'\r'))) || t.wbuf.borrow().len() >= 8192;
    if flush_now {
        flush_file(vm, t)?;
    }
    Ok(vm.new_int(n as i64))
}

fn f_writelines(vm: &Vm, args: Args) -> PyResult {
    let [o, lines] = args.exact::<2>(vm, "writelines")?;
    for l in vm.collect(lines)? {
        f_write(vm, Args::new(&[o.clone(), l]))?;
    }
    Ok(vm.none())
}

fn f_flush(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    flush_file(vm, f)?;
    Ok(vm.none())
}

fn f_close(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    if let Some(p) = &f.parent {
        return f_close(vm, Args::new(&[p.clone()]));
    }
    if f.closed.get() {
        return Ok(vm.none());
    }
    let r = flush_file(vm, f);
    f.closed.set(true);
    if f.closefd {
        let fd = f.fd.get();
        if fd >= 0 {
            // SAFETY: closing a descriptor we own.
            unsafe { libc::close(fd) };
        }
    }
    r?;
    Ok(vm.none())
}

/// Fill the read buffer with more bytes; false at EOF.
fn fill(vm: &Vm, f: &PyFile, want: usize) -> PyResult<bool> {
    let fd = f.fd.get();
    let chunk = crate::gil::allow_threads(|| read_some(fd, want.max(8192)));
    let chunk = chunk.map_err(|e| vm.new_os_error_from_io(&e, None))?;
    if chunk.is_empty() {
        f.eof.set(true);
        return Ok(false);
    }
    f.rbuf.borrow_mut().extend_from_slice(&chunk);
    Ok(true)
}

/// Decode text from raw bytes with universal newlines.
fn decode_text(vm: &Vm, f: &PyFile, raw: &[u8]) -> PyResult<String> {
    let s = crate::codecs::decode(vm, raw, &f.encoding, &f.errors)?;
    let s = str_of(&s).to_string();
    if f.newline.is_none() && s.contains('\r') {
        return Ok(s.replace("\r\n", "\n").replace('\r', "\n"));
    }
    Ok(s)
}

/// Number of leading bytes of `b` that form complete UTF-8 sequences.
fn utf8_complete_len(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = if c >= 0xF0 { 4 } else if c >= 0xE0 { 3 } else if c >= 0xC0 { 2 } else { 1 };
        return if need > back { n - back } else { n };
    }
    n
}

fn f_read(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "read", 1, 2)?;
    let f = file_of(vm, &pos[0])?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    flush_file(vm, f)?;
    let n = match pos.get(1) {
        Some(x) if !vm.is_none(x) => vm.index_i64(x)?,
        _ => -1,
    };
    if n < 0 {
        while fill(vm, f, 65536)? {}
        let raw = std::mem::take(&mut *f.rbuf.borrow_mut());
        return if f.text { Ok(vm.new_string(decode_text(vm, f, &raw)?)) } else { Ok(vm.new_bytes(raw)) };
    }
    let n = n as usize;
    if f.text {
        // Read until n characters are available.
        loop {
            let have = {
                let b = f.rbuf.borrow();
                let ok = utf8_complete_len(&b);
                String::from_utf8_lossy(&b[..ok]).chars().count()
            };
            if have >= n || !fill(vm, f, n)? {
                break;
            }
        }
        let mut b = f.rbuf.borrow_mut();
        let ok = utf8_complete_len(&b);
        let s = String::from_utf8_lossy(&b[..ok]).into_owned();
        let take: String = s.chars().take(n).collect();
        let used = take.len().min(b.len());
        b.drain(..used);
        drop(b);
        return Ok(vm.new_string(decode_text(vm, f, take.as_bytes())?));
    }
    while f.rbuf.borrow().len() < n {
        let have = f.rbuf.borrow().len();
        if !fill(vm, f, n - have)? {
            break;
        }
        if !f.rbuf.borrow().is_empty() && f.fd.get() <= 2 {
            break;
        }
    }
    let mut b = f.rbuf.borrow_mut();
    let k = n.min(b.len());
    let out: Vec<u8> = b.drain(..k).collect();
    Ok(vm.new_bytes(out))
}

fn f_readinto(vm: &Vm, args: Args) -> PyResult {
    let [o, buf] = args.exact::<2>(vm, "readinto")?;
    let n = vm.len(buf)?;
    let data = f_read(vm, Args::new(&[o.clone(), vm.new_int(n as i64)]))?;
    let bytes = crate::types::bytes_methods::bytes_from_object(vm, &data)?;
    if let Payload::ByteArray(b) = &buf.payload {
        let mut bb = b.borrow_mut();
        bb[..bytes.len()].copy_from_slice(&bytes);
    }
    Ok(vm.new_int(bytes.len() as i64))
}

/// One line (with its terminator), or empty at EOF.
fn readline_raw(vm: &Vm, f: &PyFile, limit: i64) -> PyResult<Vec<u8>> {
    let universal = f.text && f.newline.is_none();
    let mut scanned = 0;
    loop {
        let found: Option<usize> = {
            let b = f.rbuf.borrow();
            let mut res = None;
            let mut i = scanned;
            while i < b.len() {
                let c = b[i];
                if c == b'\n' {
                    res = Some(i + 1);
                    break;
                }
                if universal && c == b'\r' {
                    if i + 1 < b.len() {
                        res = Some(if b[i + 1] == b'\n' { i + 2 } else { i + 1 });
                        break;
                    }
                    if f.eof.get() {
                        res = Some(i + 1);
                        break;
                    }
                    // Need one more byte to decide.
                    break;
                }
                i += 1;
            }
            scanned = i;
            match res {
                Some(e) => Some(e),
                None if limit >= 0 && b.len() >= limit as usize => Some(limit as usize),
                None => None,
            }
        };
        if let Some(mut end) = found {
            if limit >= 0 {
                end = end.min(limit as usize);
            }
            let mut bm = f.rbuf.borrow_mut();
            let end = end.min(bm.len());
            return Ok(bm.drain(..end).collect());
        }
        if !fill(vm, f, 8192)? {
            let mut bm = f.rbuf.borrow_mut();
            return Ok(std::mem::take(&mut *bm));
        }
    }
}

fn f_readline(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "readline", 1, 2)?;
    let f = file_of(vm, &pos[0])?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    flush_stdout_for_input(vm, f);
    let limit = match pos.get(1) {
        Some(x) if !vm.is_none(x) => vm.index_i64(x)?,
        _ => -1,
    };
    let raw = readline_raw(vm, f, limit)?;
    if f.text {
        Ok(vm.new_string(decode_text(vm, f, &raw)?))
    } else {
        Ok(vm.new_bytes(raw))
    }
}

fn flush_stdout_for_input(vm: &Vm, f: &PyFile) {
    if f.fd.get() == 0 {
        if let Some(sys) = vm.interp.sys.get() {
            if let Ok(out) = vm.get_attr_str(&sys, "stdout") {
                let _ = vm.call_method(&out, "flush", &[]);
            }
        }
    }
}

fn f_readlines(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "readlines", 1, 2)?;
    let mut out = Vec::new();
    loop {
        let l = f_readline(vm, Args::new(&[pos[0].clone()]))?;
        if vm.len(&l)? == 0 {
            break;
        }
        out.push(l);
    }
    Ok(vm.new_list(out))
}

fn f_iter(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    Ok(args.args[0].clone())
}

fn f_next(vm: &Vm, args: Args) -> PyResult {
    let l = f_readline(vm, Args::new(&[args.args[0].clone()]))?;
    if vm.len(&l)? == 0 {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(l)
}

fn f_fileno(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    Ok(vm.new_int(target(vm, f)?.fd.get() as i64))
}

fn f_isatty(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    // SAFETY: isatty has no preconditions.
    Ok(vm.new_bool(unsafe { libc::isatty(target(vm, f)?.fd.get()) } == 1))
}

fn f_readable(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    Ok(vm.new_bool(f.readable))
}
fn f_writable(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    Ok(vm.new_bool(f.writable))
}
fn f_seekable(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    // SAFETY: lseek with SEEK_CUR and offset 0 only queries.
    Ok(vm.new_bool(unsafe { libc::lseek(target(vm, f)?.fd.get(), 0, libc::SEEK_CUR) } >= 0))
}

fn unsupported(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    let cls = crate::modules::fileio::unsupported_operation(vm);
    vm.new_exception_msg(&cls, msg.to_string())
}

static UNSUPPORTED: OnceLock<PyObjectRef> = OnceLock::new();

/// `io.UnsupportedOperation` (subclass of OSError and ValueError).
pub fn unsupported_operation(vm: &Vm) -> PyObjectRef {
    UNSUPPORTED.get_or_init(|| {
        let bases = vec![vm.ctx.exc.os_error.clone(), vm.ctx.exc.value_error.clone()];
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "UnsupportedOperation", bases.clone(), crate::types::type_::BaseKind::Exception, true);
        if let Ok(mro) = crate::types::type_::compute_mro(vm, &t, &bases) {
            if let Payload::Type(tt) = &t.payload {
                *tt.mro.borrow_mut() = mro;
                tt.dict().set_str(vm, "__module__", vm.new_str("io"));
            }
        }
        t
    }).clone()
}

fn f_seek(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "seek", 2, 3)?;
    let f = file_of(vm, &pos[0])?;
    check_open(vm, f)?;
    flush_file(vm, f)?;
    let off = vm.index_i64(&pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => vm.index_i64(w)?,
        None => 0,
    };
    if f.text && whence != 0 && off != 0 {
        return Err(unsupported(vm, if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
    }
    let t = target(vm, f)?;
    let mut off = off;
    if whence == 1 {
        off -= t.rbuf.borrow().len() as i64;
    }
    t.rbuf.borrow_mut().clear();
    t.eof.set(false);
    let w = match whence {
        0 => libc::SEEK_SET,
        1 => libc::SEEK_CUR,
        2 => libc::SEEK_END,
        _ => return Err(vm.new_value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))),
    };
    // SAFETY: lseek on our descriptor.
    let r = unsafe { libc::lseek(t.fd.get(), off, w) };
    if r < 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    Ok(vm.new_int(r))
}

fn f_tell(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    let t = target(vm, f)?;
    // SAFETY: lseek query.
    let r = unsafe { libc::lseek(t.fd.get(), 0, libc::SEEK_CUR) };
    if r < 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    Ok(vm.new_int(r - t.rbuf.borrow().len() as i64 + t.wbuf.borrow().len() as i64))
}

fn f_truncate(vm: &Vm, args: Args) -> PyResult {
    let pos = args.mrange(vm, "truncate", 1, 2)?;
    let f = file_of(vm, &pos[0])?;
    check_open(vm, f)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    flush_file(vm, f)?;
    let size = match pos.get(1).filter(|x| !vm.is_none(x)) {
        Some(s) => vm.index_i64(s)?,
        None => vm.index_i64(&f_tell(vm, Args::new(&[pos[0].clone()]))?)?,
    };
    // SAFETY: ftruncate on our descriptor.
    if unsafe { libc::ftruncate(target(vm, f)?.fd.get(), size) } < 0 {
        return Err(crate::exceptions::last_os_error(vm, None));
    }
    Ok(vm.new_int(size))
}

fn f_enter(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    check_open(vm, f)?;
    Ok(args.args[0].clone())
}

fn f_exit(vm: &Vm, args: Args) -> PyResult {
    vm.call_method(&args.args[0], "close", &[])?;
    Ok(vm.none())
}

fn f_detach(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let f = file_of(vm, o)?;
    flush_file(vm, f)?;
    let b = buffer_of(vm, o)?;
    f.closed.set(true);
    Ok(b)
}

fn f_reconfigure(vm: &Vm, args: Args) -> PyResult {
    let f = file_of(vm, &args.args[0])?;
    for (k, v) in args.kwargs() {
        match k {
            "line_buffering" => f.line_buffering.set(vm.is_true(v)?),
            "write_through" => f.write_through.set(vm.is_true(v)?),
            _ => {}
        }
    }
    Ok(vm.none())
}

fn buffer_of(vm: &Vm, o: &PyObjectRef) -> PyResult {
    let f = file_of(vm, o)?;
    if let Some(b) = f.buffer.borrow().clone() {
        return Ok(b);
    }
    let cls = binary_type(vm, f.readable, f.writable);
    let mode = format!("{}b", f.mode.replace('t', ""));
    let b = PyObjectRef::new(cls, Payload::Native(Box::new(PyFile {
        fd: Cell::new(f.fd.get()),
        name: RefCell::new(f.name.borrow().clone()),
        mode,
        text: false,
        readable: f.readable,
        writable: f.writable,
        append: f.append,
        closed: Cell::new(false),
        closefd: false,
        line_buffering: Cell::new(false),
        write_through: Cell::new(false),
        encoding: String::new(),
        errors: String::new(),
        newline: None,
        wbuf: RefCell::new(Vec::new()),
        rbuf: RefCell::new(Vec::new()),
        buffer: RefCell::new(None),
        parent: Some(o.clone()),
        pending_cr: Cell::new(false),
        eof: Cell::new(false),
    })));
    *f.buffer.borrow_mut() = Some(b.clone());
    Ok(b)
}

fn f_getattr(vm: &Vm, args: Args) -> PyResult {
    let [o, name] = args.exact::<2>(vm, "__getattribute__")?;
    let f = file_of(vm, o)?;
    match str_of(name) {
        "closed" => Ok(vm.new_bool(f.closed.get() || f.parent.as_ref().and_then(|p| file_of(vm, p).ok()).map(|p| p.closed.get()).unwrap_or(false))),
        "name" => Ok(f.name.borrow().clone()),
        "mode" => Ok(vm.new_str(&f.mode)),
        "encoding" if f.text => Ok(vm.new_str(&f.encoding)),
        "errors" if f.text => Ok(vm.new_str(&f.errors)),
        "newlines" if f.text => Ok(vm.none()),
        "line_buffering" if f.text => Ok(vm.new_bool(f.line_buffering.get())),
        "write_through" if f.text => Ok(vm.new_bool(f.write_through.get())),
        "buffer" if f.text => buffer_of(vm, o),
        "raw" if !f.text => Ok(o.clone()),
        "closefd" => Ok(vm.new_bool(f.closefd)),
        n => match vm.generic_getattr(o, &o.class(), n)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error_for(o, n)),
        },
    }
}

fn f_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let f = file_of(vm, o)?;
    let cls = crate::types::type_::as_type(&o.class()).map(|t| t.name()).unwrap_or_default();
    if f.closed.get() {
        return Ok(vm.new_string(format!("<_io.{} [closed]>", cls)));
    }
    let name = vm.repr(&f.name.borrow())?;
    if f.text {
        Ok(vm.new_string(format!("<_io.{} name={} mode='{}' encoding='{}'>", cls, name, f.mode, f.encoding)))
    } else {
        Ok(vm.new_string(format!("<_io.{} name={}>", cls, name)))
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: Args) -> PyResult {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = args.bind(vm, &Sig {
        name: "open", names: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], posonly: 0, required: 1, kwonly_from: 8,
    })?;
    let file = file.ok_or_else(|| vm.new_type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode_s = match &mode {
        Some(m) => match &m.payload {
            Payload::Str(s) => s.as_str().to_string(),
            _ => return Err(vm.new_type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(m)))),
        },
        None => "r".to_string(),
    };
    let mut seen = String::new();
    for c in mode_s.chars() {
        if !"rwaxbt+U".contains(c) || seen.contains(c) {
            return Err(vm.new_value_error(format!("invalid mode: '{}'", mode_s)));
        }
        seen.push(c);
    }
    let creating = mode_s.contains('x');
    let reading = mode_s.contains('r');
    let writing = mode_s.contains('w');
    let appending = mode_s.contains('a');
    let updating = mode_s.contains('+');
    let binary = mode_s.contains('b');
    let text = mode_s.contains('t');
    if text && binary {
        return Err(vm.new_value_error("can't have text and binary mode at once"));
    }
    if (creating as u8 + reading as u8 + writing as u8 + appending as u8) != 1 {
        return Err(vm.new_value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary && encoding.as_ref().map(|e| !vm.is_none(e)).unwrap_or(false) {
        return Err(vm.new_value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.as_ref().map(|e| !vm.is_none(e)).unwrap_or(false) {
        return Err(vm.new_value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.as_ref().map(|e| !vm.is_none(e)).unwrap_or(false) {
        return Err(vm.new_value_error("binary mode doesn't take a newline argument"));
    }
    let buffering = match &buffering {
        Some(b) => vm.index_i64(b)?,
        None => -1,
    };
    if buffering == 0 && !binary {
        return Err(vm.new_value_error("can't have unbuffered text I/O"));
    }
    let closefd = match &closefd {
        Some(c) => vm.is_true(c)?,
        None => true,
    };
    let newline_s = match &newline {
        Some(n) if !vm.is_none(n) => {
            let s = str_of(n).to_string();
            if !["", "\n", "\r", "\r\n"].contains(&s.as_str()) {
                return Err(vm.new_value_error(format!("illegal newline value: {}", vm.repr(n)?)));
            }
            Some(s)
        }
        _ => None,
    };
    let mut flags = if updating { libc::O_RDWR } else if reading { libc::O_RDONLY } else { libc::O_WRONLY };
    if writing {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    }
    if appending {
        flags |= libc::O_CREAT | libc::O_APPEND;
    }
    if creating {
        flags |= libc::O_CREAT | libc::O_EXCL;
    }
    flags |= libc::O_CLOEXEC;
    let (fd, name) = match &file.payload {
        Payload::Int(_) => {
            let fd = vm.index_i64(&file)? as i32;
            (fd, file.clone())
        }
        _ => {
            let path = crate::modules::fileio::fspath_bytes(vm, &file)?;
            if let Some(op) = opener.filter(|o| !vm.is_none(o)) {
                let r = vm.call(&op, &[file.clone(), vm.new_int(flags as i64)])?;
                (vm.index_i64(&r)? as i32, file.clone())
            } else {
                let c = std::ffi::CString::new(path).map_err(|_| vm.new_value_error("embedded null byte"))?;
                // SAFETY: c is a valid NUL-terminated path.
                let fd = crate::gil::allow_threads(|| unsafe { libc::open(c.as_ptr(), flags, 0o666) });
                if fd < 0 {
                    return Err(crate::exceptions::last_os_error(vm, Some(file.clone())));
                }
                (fd, file.clone())
            }
        }
    };
    // Refuse directories as CPython does.
    // SAFETY: fstat on a valid descriptor into a zeroed struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
        if closefd {
            // SAFETY: closing the descriptor we opened.
            unsafe { libc::close(fd) };
        }
        return Err(crate::exceptions::os_error_from_errno(vm, libc::EISDIR, Some(file.clone()), None));
    }
    if appending {
        // SAFETY: positioning our descriptor at the end.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    let readable = reading || updating;
    let writable = writing || appending || creating || updating;
    let enc = match &encoding {
        Some(e) if !vm.is_none(e) => str_of(e).to_string(),
        _ => "UTF-8".to_string(),
    };
    let err = match &errors {
        Some(e) if !vm.is_none(e) => str_of(e).to_string(),
        _ => "strict".to_string(),
    };
    let file_mode = if binary {
        let mut m = String::new();
        if creating { m.push('x') } else if appending { m.push('a') } else if writing { m.push('w') } else { m.push('r') }
        if updating { m.push('+') }
        m.push('b');
        m
    } else {
        mode_s.replace('t', "")
    };
    let o = new_file(vm, fd, name, &file_mode, !binary, readable, writable, closefd, &enc, &err, newline_s, buffering == 1);
    if buffering == 0 {
        if let Ok(f) = file_of(vm, &o) {
            f.write_through.set(true);
        }
    }
    Ok(o)
}

/// `os.fspath()` bytes of a path-like object.
pub fn fspath_bytes(vm: &Vm, p: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &p.payload {
        Payload::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        Payload::Bytes(b) => Ok(b.to_vec()),
        _ => match vm.call_special(p, "__fspath__", &[])? {
            Some(r) => match &r.payload {
                Payload::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
                Payload::Bytes(b) => Ok(b.to_vec()),
                _ => Err(vm.new_type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(p), vm.type_name(&r)))),
            },
            None => Err(vm.new_type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(p)))),
        },
    }
}

/// Flush sys.stdout and sys.stderr (at exit).
pub fn flush_std(vm: &Vm) {
    if let Some(sys) = vm.interp.sys.get() {
        for n in ["stdout", "stderr"] {
            if let Ok(Some(f)) = vm.get_attr_opt(&sys, n) {
                if vm.is_none(&f) {
                    continue;
                }
                if let Ok(pf) = file_of(vm, &f) {
                    if pf.closed.get() {
                        continue;
                    }
                }
                let _ = vm.call_method(&f, "flush", &[]);
            }
        }
    }
}

pub fn init_types(vm: &Vm) {
    let t = text_type(vm);
    add_method(vm, &t, "__new__", text_new, NativeKind::StaticMethod);
    let _ = binary_type(vm, true, false);
    let _ = binary_type(vm, false, true);
    let _ = binary_type(vm, true, true);
}

fn text_new(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("TextIOWrapper over arbitrary buffers is provided by the io module"))
}

/// `_io`: the file types, `open`, `UnsupportedOperation`.
pub fn io_module(vm: &Vm) -> PyResult {
    let m = vm.new_module("_io", None);
    crate::modules::sys::add_functions(vm, &m, "_io", &[("open", open)]);
    let set = |k: &str, v: PyObjectRef| crate::modules::sys::set_attr(vm, &m, k, v);
    set("TextIOWrapper", text_type(vm));
    set("BufferedReader", binary_type(vm, true, false));
    set("BufferedWriter", binary_type(vm, false, true));
    set("BufferedRandom", binary_type(vm, true, true));
    set("FileIO", binary_type(vm, true, true));
    set("UnsupportedOperation", unsupported_operation(vm));
    set("DEFAULT_BUFFER_SIZE", vm.new_int(8192));
    Ok(m)
}
