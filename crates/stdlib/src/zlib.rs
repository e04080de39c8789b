//! `zlib`: deflate/inflate streams, `crc32`, `adler32`, with the behaviour
//! and messages of CPython's `Modules/zlibmodule.c`. The codec is `zlib-rs`
//! through its zlib-compatible C API (`libz-rs-sys`, the backend `flate2`
//! uses): we need `deflateCopy`, `memLevel`/`strategy`, dictionaries and
//! automatic header detection (`wbits` 32+n), which `flate2` does not expose.

use libz_rs_sys as z;
use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind, Sig};
use pyrite_vm::types::int::PyInt;
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyErr, PyResult, Vm};
use std::any::Any;
use std::sync::{Mutex, OnceLock};

const MAX_WBITS: i64 = 15;
const DEF_MEM_LEVEL: i64 = 8;
const DEF_BUF_SIZE: usize = 16384;
const Z_OK: i32 = 0;
const Z_STREAM_END: i32 = 1;
const Z_NEED_DICT: i32 = 2;
const Z_STREAM_ERROR: i32 = -2;
const Z_DATA_ERROR: i32 = -3;
const Z_MEM_ERROR: i32 = -4;
const Z_BUF_ERROR: i32 = -5;
const Z_VERSION_ERROR: i32 = -6;
const Z_NO_FLUSH: i32 = 0;
const Z_SYNC_FLUSH: i32 = 2;
const Z_FINISH: i32 = 4;

static ERROR: OnceLock<PyObjectRef> = OnceLock::new();
static T_COMP: OnceLock<PyObjectRef> = OnceLock::new();
static T_DECOMP: OnceLock<PyObjectRef> = OnceLock::new();

fn error_type(vm: &Vm) -> PyObjectRef {
    ERROR
        .get_or_init(|| {
            let d = vm.new_dict();
            if let Payload::Dict(dd) = &d.payload {
                dd.set_str(vm, "__module__", vm.new_str("zlib"));
            }
            let base = vm.ctx.exc.exception.clone();
            vm.call(&vm.ctx.types.type_type, &[vm.new_str("error"), vm.new_tuple(vec![base.clone()]), d]).unwrap_or(base)
        })
        .clone()
}

fn zerror(vm: &Vm, msg: String) -> PyErr {
    vm.new_exception_msg(&error_type(vm), msg)
}

/// One zlib stream, kept at a fixed address (zlib's state points back at it).
struct Stream {
    s: Box<z::z_stream>,
    deflate: bool,
    init: bool,
}
unsafe impl Send for Stream {}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

impl Stream {
    fn new(deflate: bool) -> Stream {
        Stream { s: Box::new(z::z_stream::default()), deflate, init: false }
    }
    fn end(&mut self) -> i32 {
        if !self.init {
            return Z_OK;
        }
        self.init = false;
        unsafe {
            if self.deflate {
                z::deflateEnd(&mut *self.s)
            } else {
                z::inflateEnd(&mut *self.s)
            }
        }
    }
    fn msg(&self) -> Option<String> {
        if self.s.msg.is_null() {
            None
        } else {
            Some(unsafe { std::ffi::CStr::from_ptr(self.s.msg) }.to_string_lossy().into_owned())
        }
    }
    fn deflate_init(&mut self, level: i32, method: i32, wbits: i32, mem: i32, strategy: i32) -> i32 {
        let r = unsafe { z::deflateInit2_(&mut *self.s, level, method, wbits, mem, strategy, z::zlibVersion(), std::mem::size_of::<z::z_stream>() as i32) };
        self.init = r == Z_OK;
        r
    }
    fn inflate_init(&mut self, wbits: i32) -> i32 {
        let r = unsafe { z::inflateInit2_(&mut *self.s, wbits, z::zlibVersion(), std::mem::size_of::<z::z_stream>() as i32) };
        self.init = r == Z_OK;
        r
    }
    fn set_dict(&mut self, d: &[u8]) -> i32 {
        unsafe {
            if self.deflate {
                z::deflateSetDictionary(&mut *self.s, d.as_ptr(), d.len() as u32)
            } else {
                z::inflateSetDictionary(&mut *self.s, d.as_ptr(), d.len() as u32)
            }
        }
    }
    fn step(&mut self, flush: i32) -> i32 {
        if !self.init {
            return Z_STREAM_ERROR;
        }
        unsafe {
            if self.deflate {
                z::deflate(&mut *self.s, flush)
            } else {
                z::inflate(&mut *self.s, flush)
            }
        }
    }
    fn copy(&self) -> Option<Stream> {
        if !self.init {
            return None;
        }
        let mut n = Stream::new(self.deflate);
        let r = unsafe {
            if self.deflate {
                z::deflateCopy(&mut *n.s, &*self.s as *const z::z_stream as *mut z::z_stream)
            } else {
                z::inflateCopy(&mut *n.s, &*self.s)
            }
        };
        if r != Z_OK {
            return None;
        }
        n.init = true;
        Some(n)
    }

    /// Run the codec over `input` with `flush`, appending to `out` (at most
    /// `limit` bytes in all). Returns the last status and the unconsumed
    /// input length. Stops at stream end, on an error status, when the
    /// input is consumed and output space remains, or at the limit.
    /// `zdict` answers Z_NEED_DICT for inflate. `stop_err` tells which
    /// statuses end the loop as errors.
    fn pump(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>, limit: usize, first: usize, zdict: Option<&[u8]>) -> (i32, usize, bool) {
        let mut err = Z_OK;
        let mut pos = 0usize;
        let mut limited = false;
        loop {
            let chunk = (input.len() - pos).min(u32::MAX as usize);
            self.s.next_in = if chunk > 0 { unsafe { input.as_ptr().add(pos) } } else { std::ptr::null() };
            self.s.avail_in = chunk as u32;
            pos += chunk;
            let last = pos == input.len();
            let fl = if last { flush } else { Z_NO_FLUSH };
            loop {
                if out.len() >= limit {
                    limited = true;
                    break;
                }
                let want = if out.is_empty() { first } else { out.len() };
                let room = want.max(1).min(limit - out.len()).min(u32::MAX as usize);
                out.reserve(room);
                let start = out.len();
                self.s.next_out = unsafe { out.as_mut_ptr().add(start) };
                self.s.avail_out = room as u32;
                err = self.step(fl);
                let produced = room - self.s.avail_out as usize;
                unsafe { out.set_len(start + produced) };
                if err == Z_NEED_DICT {
                    if let Some(d) = zdict {
                        let r = self.set_dict(d);
                        if r != Z_OK {
                            return (r, 0, true);
                        }
                        continue;
                    }
                }
                if !self.deflate {
                    if !(err == Z_OK || err == Z_BUF_ERROR || err == Z_STREAM_END) {
                        break;
                    }
                } else if err == Z_STREAM_ERROR {
                    break;
                }
                if self.s.avail_out != 0 {
                    break;
                }
            }
            let remaining = self.s.avail_in as usize + (input.len() - pos);
            if limited || last || err == Z_STREAM_END || (!self.deflate && !(err == Z_OK || err == Z_BUF_ERROR)) || (self.deflate && err == Z_STREAM_ERROR) {
                self.s.next_in = std::ptr::null();
                let r = (err, remaining, false);
                self.s.avail_in = 0;
                return r;
            }
        }
    }
}

fn zlib_error(vm: &Vm, st: &Stream, err: i32, what: &str) -> PyErr {
    zlib_error_msg(vm, st.msg(), err, what)
}

fn zlib_error_msg(vm: &Vm, msg: Option<String>, err: i32, what: &str) -> PyErr {
    let zmsg = if err == Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else {
        msg.or_else(|| match err {
            Z_BUF_ERROR => Some("incomplete or truncated stream".to_string()),
            Z_STREAM_ERROR => Some("inconsistent stream state".to_string()),
            Z_DATA_ERROR => Some("invalid input data".to_string()),
            _ => None,
        })
    };
    match zmsg {
        None => zerror(vm, format!("Error {} {}", err, what)),
        Some(m) => zerror(vm, format!("Error {} {}: {:.200}", err, what, m)),
    }
}

fn data_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
        },
    }
}

fn int_arg(vm: &Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if matches!(o.payload, Payload::Float(_)) {
                return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
            }
            pyrite_vm::types::str_more::int_arg_c(vm, o)
        }
    }
}

fn ssize_arg(vm: &Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !matches!(o.payload, Payload::Int(_)) && pyrite_vm::types::type_::lookup(&o.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
            }
            let v = vm.index_value(o)?;
            match v.as_i64() {
                Some(x) => Ok(x),
                None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    }
}

fn nogil<R>(big: bool, f: impl FnOnce() -> R) -> R {
    if big {
        pyrite_vm::gil::allow_threads(f)
    } else {
        f()
    }
}

// ---------------------------------------------------------------------------
// one-shot functions

fn m_compress(vm: &Vm, args: Args) -> PyResult {
    let [data, level, wbits] = args.bind(vm, &Sig { name: "compress", names: ["data", "level", "wbits"], posonly: 1, required: 1, kwonly_from: 3 })?;
    let data = data_arg(vm, &data.unwrap())?;
    let level = int_arg(vm, &level, -1)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let mut st = Stream::new(true);
    let r = st.deflate_init(level as i32, 8, wbits as i32, DEF_MEM_LEVEL as i32, 0);
    match r {
        Z_OK => {}
        Z_MEM_ERROR => return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, "Out of memory while compressing data".to_string())),
        Z_STREAM_ERROR => return Err(zerror(vm, "Bad compression level".to_string())),
        _ => return Err(zlib_error(vm, &st, r, "while compressing data")),
    }
    let big = data.len() > 4096;
    let (err, out) = nogil(big, || {
        let mut out = Vec::new();
        let (err, _, _) = st.pump(&data, Z_FINISH, &mut out, usize::MAX, DEF_BUF_SIZE, None);
        (err, out)
    });
    if err == Z_STREAM_ERROR {
        return Err(zlib_error(vm, &st, err, "while compressing data"));
    }
    let r = st.end();
    if r != Z_OK {
        return Err(zlib_error(vm, &st, r, "while finishing compression"));
    }
    Ok(vm.new_bytes(out))
}

fn m_decompress(vm: &Vm, args: Args) -> PyResult {
    let [data, wbits, bufsize] = args.bind(vm, &Sig { name: "decompress", names: ["data", "wbits", "bufsize"], posonly: 1, required: 1, kwonly_from: 3 })?;
    let data = data_arg(vm, &data.unwrap())?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let bufsize = ssize_arg(vm, &bufsize, DEF_BUF_SIZE as i64)?;
    if bufsize < 0 {
        return Err(vm.new_value_error("bufsize must be non-negative"));
    }
    let bufsize = (bufsize.max(1) as usize).min(1 << 30);
    let mut st = Stream::new(false);
    let r = st.inflate_init(wbits as i32);
    match r {
        Z_OK => {}
        Z_MEM_ERROR => return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, "Out of memory while decompressing data".to_string())),
        _ => {
            st.end();
            return Err(zlib_error(vm, &st, r, "while preparing to decompress data"));
        }
    }
    let big = data.len() > 4096;
    let (err, out) = nogil(big, || {
        let mut out = Vec::new();
        let (err, _, _) = st.pump(&data, Z_FINISH, &mut out, usize::MAX, bufsize, None);
        (err, out)
    });
    if err == Z_MEM_ERROR {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, "Out of memory while decompressing data".to_string()));
    }
    if err != Z_STREAM_END {
        let msg = st.msg();
        st.end();
        return Err(zlib_error_msg(vm, msg, err, "while decompressing data"));
    }
    let r = st.end();
    if r != Z_OK {
        return Err(zlib_error(vm, &st, r, "while finishing decompression"));
    }
    Ok(vm.new_bytes(out))
}

fn checksum_start(vm: &Vm, o: &Option<PyObjectRef>, default: u32) -> PyResult<u32> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !matches!(o.payload, Payload::Int(_)) && pyrite_vm::types::type_::lookup(&o.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
            }
            Ok(match vm.index_value(o)? {
                PyInt::Small(x) => x as u32,
                PyInt::Big(b) => {
                    let m = b & num_bigint::BigInt::from(0xffff_ffffu32);
                    let (_, digits) = m.to_u32_digits();
                    digits.first().copied().unwrap_or(0)
                }
            })
        }
    }
}

fn m_crc32(vm: &Vm, args: Args) -> PyResult {
    let [data, value] = args.bind(vm, &Sig { name: "crc32", names: ["data", "value"], posonly: 2, required: 1, kwonly_from: 2 })?;
    let data = data_arg(vm, &data.unwrap())?;
    let mut v = checksum_start(vm, &value, 0)? as std::os::raw::c_ulong;
    nogil(data.len() > 5 * 1024, || {
        for c in data.chunks(1 << 30) {
            v = unsafe { z::crc32(v, c.as_ptr(), c.len() as u32) };
        }
    });
    Ok(vm.new_int((v & 0xffff_ffff) as i64))
}

fn m_adler32(vm: &Vm, args: Args) -> PyResult {
    let [data, value] = args.bind(vm, &Sig { name: "adler32", names: ["data", "value"], posonly: 2, required: 1, kwonly_from: 2 })?;
    let data = data_arg(vm, &data.unwrap())?;
    let mut v = checksum_start(vm, &value, 1)? as std::os::raw::c_ulong;
    nogil(data.len() > 5 * 1024, || {
        for c in data.chunks(1 << 30) {
            v = unsafe { z::adler32(v, c.as_ptr(), c.len() as u32) };
        }
    });
    Ok(vm.new_int((v & 0xffff_ffff) as i64))
}

// ---------------------------------------------------------------------------
// Compress / Decompress objects

struct CState {
    st: Stream,
}
struct DState {
    st: Stream,
    unused: Vec<u8>,
    tail: Vec<u8>,
    eof: bool,
    zdict: Option<Vec<u8>>,
}

pub struct PyComp {
    m: Mutex<CState>,
}
pub struct PyDecomp {
    m: Mutex<DState>,
}
impl NativePayload for PyComp {
    fn as_any(&self) -> &dyn Any {
        self
    }
}
impl NativePayload for PyDecomp {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

fn comp_type(vm: &Vm) -> PyObjectRef {
    T_COMP
        .get_or_init(|| {
            let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "Compress", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, false);
            if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
                tt.dict().set_str(vm, "__module__", vm.new_str("zlib"));
            }
            add_methods(vm, &t, &[("compress", c_compress), ("flush", c_flush), ("copy", c_copy), ("__copy__", c_copy), ("__deepcopy__", c_deepcopy)]);
            t
        })
        .clone()
}

fn decomp_type(vm: &Vm) -> PyObjectRef {
    T_DECOMP
        .get_or_init(|| {
            let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "Decompress", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, false);
            if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
                tt.dict().set_str(vm, "__module__", vm.new_str("zlib"));
            }
            add_methods(vm, &t, &[("decompress", d_decompress), ("flush", d_flush), ("copy", d_copy), ("__copy__", d_copy), ("__deepcopy__", d_deepcopy)]);
            pyrite_vm::types::misc::add_getter(vm, &t, "unused_data", d_unused);
            pyrite_vm::types::misc::add_getter(vm, &t, "unconsumed_tail", d_tail);
            pyrite_vm::types::misc::add_getter(vm, &t, "eof", d_eof);
            t
        })
        .clone()
}

fn this_c<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyComp> {
    o.payload.native::<PyComp>().ok_or_else(|| vm.new_type_error("descriptor requires a 'zlib.Compress' object"))
}
fn this_d<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyDecomp> {
    o.payload.native::<PyDecomp>().ok_or_else(|| vm.new_type_error("descriptor requires a 'zlib.Decompress' object"))
}

fn zdict_arg(vm: &Vm, o: &Option<PyObjectRef>) -> PyResult<Option<Vec<u8>>> {
    match o {
        None => Ok(None),
        Some(o) => Ok(Some(data_arg(vm, o)?)),
    }
}

fn m_compressobj(vm: &Vm, args: Args) -> PyResult {
    let [level, method, wbits, mem, strategy, zdict] = args.bind(vm, &Sig {
        name: "compressobj",
        names: ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        posonly: 0,
        required: 0,
        kwonly_from: 6,
    })?;
    let level = int_arg(vm, &level, -1)?;
    let method = int_arg(vm, &method, 8)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let mem = int_arg(vm, &mem, DEF_MEM_LEVEL)?;
    let strategy = int_arg(vm, &strategy, 0)?;
    let zdict = match &zdict {
        Some(d) if vm.is_none(d) => None,
        _ => zdict_arg(vm, &zdict)?,
    };
    let mut st = Stream::new(true);
    let r = st.deflate_init(level as i32, method as i32, wbits as i32, mem as i32, strategy as i32);
    match r {
        Z_OK => {
            if let Some(d) = &zdict {
                if st.set_dict(d) != Z_OK {
                    return Err(vm.new_value_error("Invalid dictionary"));
                }
            }
        }
        Z_MEM_ERROR => return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, "Can't allocate memory for compression object".to_string())),
        Z_STREAM_ERROR => return Err(vm.new_value_error("Invalid initialization option")),
        _ => return Err(zlib_error(vm, &st, r, "while creating compression object")),
    }
    Ok(PyObjectRef::new(comp_type(vm), Payload::Native(Box::new(PyComp { m: Mutex::new(CState { st }) }))))
}

fn m_decompressobj(vm: &Vm, args: Args) -> PyResult {
    let [wbits, zdict] = args.bind(vm, &Sig { name: "decompressobj", names: ["wbits", "zdict"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let zdict = match &zdict {
        None => None,
        Some(d) => match data_arg(vm, d) {
            Ok(b) => Some(b),
            Err(_) => return Err(vm.new_type_error("zdict argument must support the buffer protocol")),
        },
    };
    let mut st = Stream::new(false);
    let r = st.inflate_init(wbits as i32);
    match r {
        Z_OK => {
            if wbits < 0 {
                if let Some(d) = &zdict {
                    let r = st.set_dict(d);
                    if r != Z_OK {
                        return Err(zlib_error(vm, &st, r, "while setting zdict"));
                    }
                }
            }
        }
        Z_STREAM_ERROR => return Err(vm.new_value_error("Invalid initialization option")),
        Z_MEM_ERROR => return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, "Can't allocate memory for decompression object".to_string())),
        _ => return Err(zlib_error(vm, &st, r, "while creating decompression object")),
    }
    let ds = DState { st, unused: Vec::new(), tail: Vec::new(), eof: false, zdict };
    Ok(PyObjectRef::new(decomp_type(vm), Payload::Native(Box::new(PyDecomp { m: Mutex::new(ds) }))))
}

fn c_compress(vm: &Vm, args: Args) -> PyResult {
    let [s, data] = args.exact::<2>(vm, "compress")?;
    let data = data_arg(vm, data)?;
    let c = this_c(vm, s)?;
    let big = data.len() > 4096;
    let (err, out, msg) = nogil(big, || {
        let mut g = lock(&c.m);
        let mut out = Vec::new();
        let (err, _, _) = g.st.pump(&data, Z_NO_FLUSH, &mut out, usize::MAX, DEF_BUF_SIZE, None);
        (err, out, g.st.msg())
    });
    if err == Z_STREAM_ERROR {
        return Err(zlib_error_msg(vm, msg, err, "while compressing data"));
    }
    Ok(vm.new_bytes(out))
}

fn c_flush(vm: &Vm, args: Args) -> PyResult {
    let [s, mode] = args.bind(vm, &Sig { name: "flush", names: ["self", "mode"], posonly: 2, required: 1, kwonly_from: 2 })?;
    let mode = int_arg(vm, &mode, Z_FINISH as i64)? as i32;
    if mode == Z_NO_FLUSH {
        return Ok(vm.new_bytes(Vec::new()));
    }
    let s = s.unwrap();
    let c = this_c(vm, &s)?;
    let mut g = lock(&c.m);
    let mut out = Vec::new();
    let (err, _, _) = g.st.pump(&[], mode, &mut out, usize::MAX, DEF_BUF_SIZE, None);
    if err == Z_STREAM_ERROR {
        return Err(zlib_error(vm, &g.st, err, "while flushing"));
    }
    if err == Z_STREAM_END && mode == Z_FINISH {
        let r = g.st.end();
        if r != Z_OK {
            return Err(zlib_error(vm, &g.st, r, "while finishing compression"));
        }
    } else if err != Z_OK && err != Z_BUF_ERROR {
        return Err(zlib_error(vm, &g.st, err, "while flushing"));
    }
    Ok(vm.new_bytes(out))
}

fn c_copy(vm: &Vm, args: Args) -> PyResult {
    let s = &args.args[0];
    let c = this_c(vm, s)?;
    let g = lock(&c.m);
    match g.st.copy() {
        Some(st) => Ok(PyObjectRef::new(comp_type(vm), Payload::Native(Box::new(PyComp { m: Mutex::new(CState { st }) })))),
        None => Err(vm.new_value_error("Inconsistent stream state")),
    }
}
fn c_deepcopy(vm: &Vm, args: Args) -> PyResult {
    let [s, _memo] = args.exact::<2>(vm, "__deepcopy__")?;
    c_copy(vm, Args::new(std::slice::from_ref(s)))
}

fn save_unconsumed(g: &mut DState, data: &[u8], remaining: usize, err: i32) {
    let rest = &data[data.len() - remaining..];
    let mut rem = rest.to_vec();
    if err == Z_STREAM_END && !rem.is_empty() {
        g.unused.extend_from_slice(&rem);
        rem.clear();
    }
    if !rem.is_empty() || !g.tail.is_empty() {
        g.tail = rem;
    }
}

fn d_decompress(vm: &Vm, args: Args) -> PyResult {
    let [s, data, max_length] = args.bind(vm, &Sig { name: "decompress", names: ["self", "data", "max_length"], posonly: 2, required: 2, kwonly_from: 3 })?;
    let s = s.unwrap();
    let data = data_arg(vm, &data.unwrap())?;
    let max_length = ssize_arg(vm, &max_length, 0)?;
    if max_length < 0 {
        return Err(vm.new_value_error("max_length must be non-negative"));
    }
    let limit = if max_length == 0 { usize::MAX } else { max_length as usize };
    let d = this_d(vm, &s)?;
    let big = data.len() > 4096;
    let (err, out, msg) = nogil(big, || {
        let mut g = lock(&d.m);
        let mut out = Vec::new();
        let zd = g.zdict.take();
        let (err, remaining, dict_failed) = g.st.pump(&data, Z_SYNC_FLUSH, &mut out, limit, DEF_BUF_SIZE.min(limit), zd.as_deref());
        g.zdict = zd;
        if dict_failed {
            return (Err(err), out, g.st.msg());
        }
        save_unconsumed(&mut g, &data, remaining, err);
        if err == Z_STREAM_END {
            g.eof = true;
        }
        (Ok(err), out, g.st.msg())
    });
    match err {
        Err(e) => Err(zlib_error_msg(vm, msg, e, "while setting zdict")),
        Ok(err) => {
            if err != Z_STREAM_END && err != Z_OK && err != Z_BUF_ERROR {
                return Err(zlib_error_msg(vm, msg, err, "while decompressing data"));
            }
            Ok(vm.new_bytes(out))
        }
    }
}

fn d_flush(vm: &Vm, args: Args) -> PyResult {
    let [s, length] = args.bind(vm, &Sig { name: "flush", names: ["self", "length"], posonly: 2, required: 1, kwonly_from: 2 })?;
    let s = s.unwrap();
    let length = ssize_arg(vm, &length, DEF_BUF_SIZE as i64)?;
    if length <= 0 {
        return Err(vm.new_value_error("length must be greater than zero"));
    }
    let d = this_d(vm, &s)?;
    let mut g = lock(&d.m);
    let data = g.tail.clone();
    let mut out = Vec::new();
    let zd = g.zdict.take();
    let (err, remaining, dict_failed) = g.st.pump(&data, Z_FINISH, &mut out, usize::MAX, (length as usize).min(1 << 30), zd.as_deref());
    g.zdict = zd;
    if dict_failed {
        return Err(zlib_error(vm, &g.st, err, "while setting zdict"));
    }
    save_unconsumed(&mut g, &data, remaining, err);
    if err == Z_STREAM_END {
        g.eof = true;
        let r = g.st.end();
        if r != Z_OK {
            return Err(zlib_error(vm, &g.st, r, "while finishing decompression"));
        }
    }
    Ok(vm.new_bytes(out))
}

fn d_copy(vm: &Vm, args: Args) -> PyResult {
    let s = &args.args[0];
    let d = this_d(vm, s)?;
    let g = lock(&d.m);
    match g.st.copy() {
        Some(st) => {
            let ds = DState { st, unused: g.unused.clone(), tail: g.tail.clone(), eof: g.eof, zdict: g.zdict.clone() };
            Ok(PyObjectRef::new(decomp_type(vm), Payload::Native(Box::new(PyDecomp { m: Mutex::new(ds) }))))
        }
        None => Err(vm.new_value_error("Inconsistent stream state")),
    }
}
fn d_deepcopy(vm: &Vm, args: Args) -> PyResult {
    let [s, _memo] = args.exact::<2>(vm, "__deepcopy__")?;
    d_copy(vm, Args::new(std::slice::from_ref(s)))
}
fn d_unused(vm: &Vm, args: Args) -> PyResult {
    let d = this_d(vm, &args.args[0])?;
    let v = lock(&d.m).unused.clone();
    Ok(vm.new_bytes(v))
}
fn d_tail(vm: &Vm, args: Args) -> PyResult {
    let d = this_d(vm, &args.args[0])?;
    let v = lock(&d.m).tail.clone();
    Ok(vm.new_bytes(v))
}
fn d_eof(vm: &Vm, args: Args) -> PyResult {
    let d = this_d(vm, &args.args[0])?;
    let v = lock(&d.m).eof;
    Ok(vm.new_bool(v))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("zlib", None);
    pyrite_vm::modules::sys::add_functions(vm, &m, "zlib", &[
        ("compress", m_compress),
        ("decompress", m_decompress),
        ("compressobj", m_compressobj),
        ("decompressobj", m_decompressobj),
        ("crc32", m_crc32),
        ("adler32", m_adler32),
    ]);
    vm.set_attr_str(&m, "error", error_type(vm))?;
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", MAX_WBITS), ("DEFLATED", 8), ("DEF_MEM_LEVEL", DEF_MEM_LEVEL), ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
        ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4), ("Z_BLOCK", 5), ("Z_TREES", 6),
    ];
    for (k, v) in ints {
        vm.set_attr_str(&m, k, vm.new_int(*v))?;
    }
    // zlib-rs implements the zlib 1.3 API.
    vm.set_attr_str(&m, "ZLIB_VERSION", vm.new_str("1.3.1"))?;
    vm.set_attr_str(&m, "ZLIB_RUNTIME_VERSION", vm.new_str("1.3.1"))?;
    crate::math::set_ext_file(vm, &m, "zlib");
    let _ = (add_method, NativeKind::Method);
    Ok(m)
}
