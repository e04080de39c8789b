//! `_pyrite_hash`: the hash objects behind `Lib/hashlib.py` (CPython's
//! `_hashlib.HASH`/`HASHXOF` and `_blake2.blake2b`/`blake2s`), plus
//! `pbkdf2_hmac` and `compare_digest`. MD5/SHA-1/SHA-2/SHA-3/SHAKE come from
//! the RustCrypto crates; BLAKE2 (with key, salt, person and tree
//! parameters, which the crate does not expose) is implemented here from
//! RFC 7693.

use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind, Sig};
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyResult, Vm};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update as XofUpdate};
use std::any::Any;
use std::sync::{Mutex, OnceLock};

// ---------------------------------------------------------------------------
// BLAKE2 (RFC 7693)

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

macro_rules! blake2_impl {
    ($name:ident, $w:ty, $bytes:expr, $rounds:expr, $r1:expr, $r2:expr, $r3:expr, $r4:expr, $iv:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$w; 8],
            t: u128,
            buf: Vec<u8>,
            out_len: usize,
            last_node: bool,
        }
        impl $name {
            const BLOCK: usize = 16 * $bytes;
            const IV: [$w; 8] = $iv;
            /// `param` is the parameter block (8 words' worth of bytes).
            pub fn new(param: &[u8], key: &[u8], out_len: usize, last_node: bool) -> Self {
                let mut h = Self::IV;
                for i in 0..8 {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&param[i * $bytes..(i + 1) * $bytes]);
                    h[i] ^= <$w>::from_le_bytes(b);
                }
                let mut s = $name { h, t: 0, buf: Vec::with_capacity(Self::BLOCK), out_len, last_node };
                if !key.is_empty() {
                    let mut block = key.to_vec();
                    block.resize(Self::BLOCK, 0);
                    s.update(&block);
                }
                s
            }
            fn g(v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w) {
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                v[d] = (v[d] ^ v[a]).rotate_right($r1);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r2);
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                v[d] = (v[d] ^ v[a]).rotate_right($r3);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r4);
            }
            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $w; 16];
                for i in 0..16 {
                    let mut b = [0u8; $bytes];
                    b.copy_from_slice(&block[i * $bytes..(i + 1) * $bytes]);
                    m[i] = <$w>::from_le_bytes(b);
                }
                let mut v = [0 as $w; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&Self::IV);
                let bits = 8 * $bytes;
                v[12] ^= self.t as $w;
                v[13] ^= (self.t >> bits) as $w;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                for r in 0..$rounds {
                    let s = &SIGMA[r % 10];
                    Self::g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    Self::g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    Self::g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    Self::g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    Self::g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    Self::g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    Self::g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    Self::g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }
            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        self.t = self.t.wrapping_add(Self::BLOCK as u128);
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                        self.buf = block;
                        self.buf.clear();
                    }
                    let n = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..n]);
                    data = &data[n..];
                }
            }
            pub fn finalize(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t = s.t.wrapping_add(s.buf.len() as u128);
                let mut block = s.buf.clone();
                block.resize(Self::BLOCK, 0);
                s.compress(&block, true);
                let mut out = Vec::with_capacity(8 * $bytes);
                for w in s.h.iter() {
                    out.extend_from_slice(&w.to_le_bytes());
                }
                out.truncate(s.out_len);
                out
            }
        }
    };
}

blake2_impl!(Blake2b, u64, 8, 12, 32, 24, 16, 63, [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]);
blake2_impl!(Blake2s, u32, 4, 10, 16, 12, 8, 7, [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

// ---------------------------------------------------------------------------
// algorithms

#[derive(Clone)]
pub enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    B2b(Box<Blake2b>),
    B2s(Box<Blake2s>),
}

impl Algo {
    pub fn by_name(name: &str) -> Option<Algo> {
        Some(match name {
            "md5" => Algo::Md5(Default::default()),
            "sha1" => Algo::Sha1(Default::default()),
            "sha224" => Algo::Sha224(Default::default()),
            "sha256" => Algo::Sha256(Default::default()),
            "sha384" => Algo::Sha384(Default::default()),
            "sha512" => Algo::Sha512(Default::default()),
            "sha512_224" => Algo::Sha512_224(Default::default()),
            "sha512_256" => Algo::Sha512_256(Default::default()),
            "sha3_224" => Algo::Sha3_224(Default::default()),
            "sha3_256" => Algo::Sha3_256(Default::default()),
            "sha3_384" => Algo::Sha3_384(Default::default()),
            "sha3_512" => Algo::Sha3_512(Default::default()),
            "shake_128" => Algo::Shake128(Default::default()),
            "shake_256" => Algo::Shake256(Default::default()),
            "blake2b" => Algo::B2b(Box::new(blake2b_default(64))),
            "blake2s" => Algo::B2s(Box::new(blake2s_default(32))),
            _ => return None,
        })
    }
    pub fn name(&self) -> &'static str {
        match self {
            Algo::Md5(_) => "md5",
            Algo::Sha1(_) => "sha1",
            Algo::Sha224(_) => "sha224",
            Algo::Sha256(_) => "sha256",
            Algo::Sha384(_) => "sha384",
            Algo::Sha512(_) => "sha512",
            Algo::Sha512_224(_) => "sha512_224",
            Algo::Sha512_256(_) => "sha512_256",
            Algo::Sha3_224(_) => "sha3_224",
            Algo::Sha3_256(_) => "sha3_256",
            Algo::Sha3_384(_) => "sha3_384",
            Algo::Sha3_512(_) => "sha3_512",
            Algo::Shake128(_) => "shake_128",
            Algo::Shake256(_) => "shake_256",
            Algo::B2b(_) => "blake2b",
            Algo::B2s(_) => "blake2s",
        }
    }
    pub fn digest_size(&self) -> usize {
        match self {
            Algo::Md5(_) => 16,
            Algo::Sha1(_) => 20,
            Algo::Sha224(_) | Algo::Sha512_224(_) | Algo::Sha3_224(_) => 28,
            Algo::Sha256(_) | Algo::Sha512_256(_) | Algo::Sha3_256(_) => 32,
            Algo::Sha384(_) | Algo::Sha3_384(_) => 48,
            Algo::Sha512(_) | Algo::Sha3_512(_) => 64,
            Algo::Shake128(_) | Algo::Shake256(_) => 0,
            Algo::B2b(b) => b.out_len,
            Algo::B2s(b) => b.out_len,
        }
    }
    pub fn block_size(&self) -> usize {
        match self {
            Algo::Md5(_) | Algo::Sha1(_) | Algo::Sha224(_) | Algo::Sha256(_) | Algo::B2s(_) => 64,
            Algo::Sha384(_) | Algo::Sha512(_) | Algo::Sha512_224(_) | Algo::Sha512_256(_) | Algo::B2b(_) => 128,
            Algo::Sha3_224(_) => 144,
            Algo::Sha3_256(_) => 136,
            Algo::Sha3_384(_) => 104,
            Algo::Sha3_512(_) => 72,
            Algo::Shake128(_) => 168,
            Algo::Shake256(_) => 136,
        }
    }
    pub fn is_xof(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }
    pub fn update(&mut self, d: &[u8]) {
        match self {
            Algo::Md5(h) => Digest::update(h, d),
            Algo::Sha1(h) => Digest::update(h, d),
            Algo::Sha224(h) => Digest::update(h, d),
            Algo::Sha256(h) => Digest::update(h, d),
            Algo::Sha384(h) => Digest::update(h, d),
            Algo::Sha512(h) => Digest::update(h, d),
            Algo::Sha512_224(h) => Digest::update(h, d),
            Algo::Sha512_256(h) => Digest::update(h, d),
            Algo::Sha3_224(h) => Digest::update(h, d),
            Algo::Sha3_256(h) => Digest::update(h, d),
            Algo::Sha3_384(h) => Digest::update(h, d),
            Algo::Sha3_512(h) => Digest::update(h, d),
            Algo::Shake128(h) => XofUpdate::update(h, d),
            Algo::Shake256(h) => XofUpdate::update(h, d),
            Algo::B2b(h) => h.update(d),
            Algo::B2s(h) => h.update(d),
        }
    }
    /// The digest (`len` only for the XOFs).
    pub fn finish(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            Algo::Md5(h) => h.finalize().to_vec(),
            Algo::Sha1(h) => h.finalize().to_vec(),
            Algo::Sha224(h) => h.finalize().to_vec(),
            Algo::Sha256(h) => h.finalize().to_vec(),
            Algo::Sha384(h) => h.finalize().to_vec(),
            Algo::Sha512(h) => h.finalize().to_vec(),
            Algo::Sha512_224(h) => h.finalize().to_vec(),
            Algo::Sha512_256(h) => h.finalize().to_vec(),
            Algo::Sha3_224(h) => h.finalize().to_vec(),
            Algo::Sha3_256(h) => h.finalize().to_vec(),
            Algo::Sha3_384(h) => h.finalize().to_vec(),
            Algo::Sha3_512(h) => h.finalize().to_vec(),
            Algo::Shake128(h) => {
                let mut out = vec![0u8; len];
                h.finalize_xof_into(&mut out);
                out
            }
            Algo::Shake256(h) => {
                let mut out = vec![0u8; len];
                h.finalize_xof_into(&mut out);
                out
            }
            Algo::B2b(h) => h.finalize(),
            Algo::B2s(h) => h.finalize(),
        }
    }
}

fn blake2b_default(n: usize) -> Blake2b {
    let mut p = [0u8; 64];
    p[0] = n as u8;
    p[2] = 1;
    p[3] = 1;
    Blake2b::new(&p, &[], n, false)
}
fn blake2s_default(n: usize) -> Blake2s {
    let mut p = [0u8; 32];
    p[0] = n as u8;
    p[2] = 1;
    p[3] = 1;
    Blake2s::new(&p, &[], n, false)
}

// ---------------------------------------------------------------------------
// Python objects

pub struct PyHash {
    h: Mutex<Algo>,
}
impl NativePayload for PyHash {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static T_HASH: OnceLock<PyObjectRef> = OnceLock::new();
static T_XOF: OnceLock<PyObjectRef> = OnceLock::new();
static T_B2B: OnceLock<PyObjectRef> = OnceLock::new();
static T_B2S: OnceLock<PyObjectRef> = OnceLock::new();

fn make_type(vm: &Vm, name: &str, module: &str, xof: bool) -> PyObjectRef {
    let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, false);
    if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
        tt.dict().set_str(vm, "__module__", vm.new_str(module));
    }
    add_methods(vm, &t, &[("update", h_update), ("copy", h_copy), ("__repr__", h_repr)]);
    if xof {
        add_methods(vm, &t, &[("digest", x_digest), ("hexdigest", x_hexdigest)]);
    } else {
        add_methods(vm, &t, &[("digest", h_digest), ("hexdigest", h_hexdigest)]);
    }
    pyrite_vm::types::misc::add_getter(vm, &t, "name", h_name);
    pyrite_vm::types::misc::add_getter(vm, &t, "digest_size", h_digest_size);
    pyrite_vm::types::misc::add_getter(vm, &t, "block_size", h_block_size);
    t
}

fn hash_type(vm: &Vm) -> PyObjectRef {
    T_HASH.get_or_init(|| make_type(vm, "HASH", "_hashlib", false)).clone()
}
fn xof_type(vm: &Vm) -> PyObjectRef {
    T_XOF.get_or_init(|| make_type(vm, "HASHXOF", "_hashlib", true)).clone()
}
fn b2_type(vm: &Vm, big: bool) -> PyObjectRef {
    let cell = if big { &T_B2B } else { &T_B2S };
    cell.get_or_init(|| {
        let t = make_type(vm, if big { "blake2b" } else { "blake2s" }, "_blake2", false);
        add_method(vm, &t, "__new__", if big { b2b_new } else { b2s_new }, NativeKind::StaticMethod);
        if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
            let d = tt.dict();
            d.set_str(vm, "SALT_SIZE", vm.new_int(if big { 16 } else { 8 }));
            d.set_str(vm, "PERSON_SIZE", vm.new_int(if big { 16 } else { 8 }));
            d.set_str(vm, "MAX_KEY_SIZE", vm.new_int(if big { 64 } else { 32 }));
            d.set_str(vm, "MAX_DIGEST_SIZE", vm.new_int(if big { 64 } else { 32 }));
        }
        t
    }).clone()
}

fn wrap(vm: &Vm, cls: Option<PyObjectRef>, h: Algo) -> PyObjectRef {
    let t = match cls {
        Some(c) => c,
        None => match &h {
            Algo::B2b(_) => b2_type(vm, true),
            Algo::B2s(_) => b2_type(vm, false),
            _ if h.is_xof() => xof_type(vm),
            _ => hash_type(vm),
        },
    };
    PyObjectRef::new(t, Payload::Native(Box::new(PyHash { h: Mutex::new(h) })))
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyHash> {
    o.payload.native::<PyHash>().ok_or_else(|| vm.new_type_error("expected a hash object"))
}

fn lock(h: &PyHash) -> std::sync::MutexGuard<'_, Algo> {
    match h.h.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// The bytes of a bytes-like object (TypeError otherwise, as hashlib).
pub fn data_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::Str(_) => Err(vm.new_type_error("Strings must be encoded before hashing")),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error("object supporting the buffer API required")),
        },
    }
}

fn feed(h: &PyHash, d: Vec<u8>) {
    if d.len() >= 2048 {
        pyrite_vm::gil::allow_threads(|| lock(h).update(&d));
    } else {
        lock(h).update(&d);
    }
}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{:02x}", b)).collect()
}

fn h_update(vm: &Vm, args: Args) -> PyResult {
    if args.npos() != 2 || args.has_kwargs() {
        if args.has_kwargs() {
            return Err(vm.new_type_error("HASH.update() takes no keyword arguments"));
        }
        return Err(vm.new_type_error(format!("HASH.update() takes exactly one argument ({} given)", args.npos().saturating_sub(1))));
    }
    let (s, d) = (&args.args[0], &args.args[1]);
    let d = data_of(vm, d)?;
    feed(this(vm, s)?, d);
    Ok(vm.none())
}
fn h_digest(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "digest")?;
    let d = lock(this(vm, s)?).finish(0);
    Ok(vm.new_bytes(d))
}
fn h_hexdigest(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "hexdigest")?;
    let d = lock(this(vm, s)?).finish(0);
    Ok(vm.new_string(hex(&d)))
}
fn xof_len(vm: &Vm, args: &Args, name: &'static str) -> PyResult<usize> {
    let [_s, n] = args.bind(vm, &Sig { name, names: ["self", "length"], posonly: 0, required: 0, kwonly_from: 2 })?;
    let n = match n {
        Some(n) => n,
        None => return Err(vm.new_type_error(format!("{}() missing required argument 'length' (pos 1)", name))),
    };
    let v = match pyrite_vm::types::str_more::int_arg_c(vm, &n) {
        Ok(v) => v,
        Err(e) => {
            if vm.index_value(&n).map(|v| !v.is_negative()).unwrap_or(false) {
                return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
            }
            return Err(e);
        }
    };
    if v < 0 {
        return Err(vm.new_exception_msg(&vm.ctx.exc.system_error, "Negative size passed to PyBytes_FromStringAndSize".to_string()));
    }
    if v > (1 << 30) {
        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
    }
    Ok(v as usize)
}
fn x_digest(vm: &Vm, args: Args) -> PyResult {
    let n = xof_len(vm, &args, "digest")?;
    let d = lock(this(vm, &args.args[0])?).finish(n);
    Ok(vm.new_bytes(d))
}
fn x_hexdigest(vm: &Vm, args: Args) -> PyResult {
    let n = xof_len(vm, &args, "hexdigest")?;
    let d = lock(this(vm, &args.args[0])?).finish(n);
    Ok(vm.new_string(hex(&d)))
}
fn h_copy(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "copy")?;
    let h = lock(this(vm, s)?).clone();
    Ok(wrap(vm, Some(s.class()), h))
}
fn h_repr(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__repr__")?;
    let name = lock(this(vm, s)?).name();
    let t = s.class();
    let tn = match &*name {
        "blake2b" | "blake2s" => return Ok(vm.new_string(format!("<_blake2.{} object at {:#x}>", name, s.id()))),
        _ => vm.get_attr_str(&t, "__name__").map(|n| pyrite_vm::vm::str_of(&n).to_string()).unwrap_or_default(),
    };
    Ok(vm.new_string(format!("<{} _hashlib.{} object @ {:#x}>", name, tn, s.id())))
}
fn h_name(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_str(lock(this(vm, &args.args[0])?).name()))
}
fn h_digest_size(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(lock(this(vm, &args.args[0])?).digest_size() as i64))
}
fn h_block_size(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_int(lock(this(vm, &args.args[0])?).block_size() as i64))
}

/// `new(name, data=b'')`: name is already normalised by hashlib.py.
fn m_new(vm: &Vm, args: Args) -> PyResult {
    let [name, data] = args.bind(vm, &Sig { name: "new", names: ["name", "data"], posonly: 0, required: 1, kwonly_from: 2 })?;
    let name = name.unwrap();
    let n = match &name.payload {
        Payload::Str(_) => pyrite_vm::vm::str_of(&name).to_string(),
        _ => return Err(vm.new_type_error(format!("new() argument 'name' must be str, not {}", vm.type_name(&name)))),
    };
    let h = match Algo::by_name(&n) {
        Some(h) => h,
        None => return Err(vm.new_value_error(format!("unsupported hash type {}", n))),
    };
    let o = wrap(vm, None, h);
    if let Some(d) = data {
        if !vm.is_none(&d) {
            let d = data_of(vm, &d)?;
            feed(this(vm, &o)?, d);
        }
    }
    Ok(o)
}

fn small_int(vm: &Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => {
            if !matches!(o.payload, Payload::Int(_)) && pyrite_vm::types::type_::lookup(&o.class(), "__index__").is_none() {
                return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
            }
            let v = vm.index_value(o)?;
            match v.as_i64() {
                Some(x) => Ok(x),
                None => {
                    if v.is_negative() {
                        Err(vm.new_overflow_error("Python int too large to convert to C long"))
                    } else {
                        Ok(i64::MAX)
                    }
                }
            }
        }
    }
}

fn b2_new(vm: &Vm, args: Args, big: bool) -> PyResult {
    let cls = args.args[0].clone();
    let a = args.shift();
    let name = if big { "blake2b" } else { "blake2s" };
    let [data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node, _usedfor] = a.bind(vm, &Sig {
        name,
        names: ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"],
        posonly: 1,
        required: 0,
        kwonly_from: 1,
    })?;
    let (maxd, maxs, w) = if big { (64i64, 16usize, 8usize) } else { (32, 8, 4) };
    let ds = match &digest_size {
        None => maxd,
        Some(o) => pyrite_vm::types::str_more::int_arg_c(vm, o)?,
    };
    if ds < 1 || ds > maxd {
        return Err(vm.new_value_error(format!("digest_size must be between 1 and {} bytes", maxd)));
    }
    let bytes_opt = |o: &Option<PyObjectRef>| -> PyResult<Vec<u8>> {
        match o {
            None => Ok(Vec::new()),
            Some(o) => data_of(vm, o),
        }
    };
    let salt = bytes_opt(&salt)?;
    if salt.len() > maxs {
        return Err(vm.new_value_error(format!("maximum salt length is {} bytes", maxs)));
    }
    let person = bytes_opt(&person)?;
    if person.len() > maxs {
        return Err(vm.new_value_error(format!("maximum person length is {} bytes", maxs)));
    }
    let fanout = small_int(vm, &fanout, 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.new_value_error("fanout must be between 0 and 255"));
    }
    let depth = small_int(vm, &depth, 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.new_value_error("depth must be between 1 and 255"));
    }
    let leaf = small_int(vm, &leaf_size, 0)?;
    if leaf < 0 {
        return Err(vm.new_value_error("value must be positive"));
    }
    if leaf > u32::MAX as i64 {
        return Err(vm.new_overflow_error("leaf_size is too large"));
    }
    let node_offset: u64 = match &node_offset {
        None => 0,
        Some(o) => {
            let v = vm.index_value(o)?;
            if v.is_negative() {
                return Err(vm.new_value_error("value must be positive"));
            }
            match v.as_i64() {
                Some(x) => x as u64,
                None => {
                    let s = v.to_string();
                    match s.parse::<u64>() {
                        Ok(x) => x,
                        Err(_) => return Err(vm.new_overflow_error("int too big to convert")),
                    }
                }
            }
        }
    };
    if !big && node_offset >= (1u64 << 48) {
        return Err(vm.new_overflow_error("node_offset is too large"));
    }
    let node_depth = small_int(vm, &node_depth, 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.new_value_error("node_depth must be between 0 and 255"));
    }
    let inner = small_int(vm, &inner_size, 0)?;
    if inner < 0 || inner > maxd {
        return Err(vm.new_value_error(format!("inner_size must be between 0 and is {}", maxd)));
    }
    let last_node = match &last_node {
        None => false,
        Some(o) => vm.is_true(o)?,
    };
    let key = bytes_opt(&key)?;
    if key.len() > maxd as usize {
        return Err(vm.new_value_error(format!("maximum key length is {} bytes", maxd)));
    }
    let mut p = vec![0u8; 8 * w];
    p[0] = ds as u8;
    p[1] = key.len() as u8;
    p[2] = fanout as u8;
    p[3] = depth as u8;
    p[4..8].copy_from_slice(&(leaf as u32).to_le_bytes());
    if big {
        p[8..16].copy_from_slice(&node_offset.to_le_bytes());
        p[16] = node_depth as u8;
        p[17] = inner as u8;
        p[32..32 + salt.len()].copy_from_slice(&salt);
        p[48..48 + person.len()].copy_from_slice(&person);
    } else {
        p[8..14].copy_from_slice(&node_offset.to_le_bytes()[..6]);
        p[14] = node_depth as u8;
        p[15] = inner as u8;
        p[16..16 + salt.len()].copy_from_slice(&salt);
        p[24..24 + person.len()].copy_from_slice(&person);
    }
    let h = if big {
        Algo::B2b(Box::new(Blake2b::new(&p, &key, ds as usize, last_node)))
    } else {
        Algo::B2s(Box::new(Blake2s::new(&p, &key, ds as usize, last_node)))
    };
    let o = wrap(vm, Some(cls), h);
    if let Some(d) = data {
        let d = data_of(vm, &d)?;
        feed(this(vm, &o)?, d);
    }
    Ok(o)
}
fn b2b_new(vm: &Vm, args: Args) -> PyResult {
    b2_new(vm, args, true)
}
fn b2s_new(vm: &Vm, args: Args) -> PyResult {
    b2_new(vm, args, false)
}

/// HMAC state: inner and outer hashes keyed.
fn hmac_init(name: &str, key: &[u8]) -> Option<(Algo, Algo)> {
    let mut inner = Algo::by_name(name)?;
    let mut outer = inner.clone();
    let bs = inner.block_size();
    let mut k = if key.len() > bs {
        let mut h = inner.clone();
        h.update(key);
        h.finish(0)
    } else {
        key.to_vec()
    };
    k.resize(bs, 0);
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    inner.update(&ipad);
    outer.update(&opad);
    Some((inner, outer))
}

fn hmac_run(inner: &Algo, outer: &Algo, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.finish(0));
    o.finish(0)
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn m_pbkdf2(vm: &Vm, args: Args) -> PyResult {
    let [name, password, salt, iterations, dklen] = args.bind(vm, &Sig { name: "pbkdf2_hmac", names: ["hash_name", "password", "salt", "iterations", "dklen"], posonly: 0, required: 4, kwonly_from: 5 })?;
    let name = name.unwrap();
    let n = match &name.payload {
        Payload::Str(_) => pyrite_vm::vm::str_of(&name).to_string(),
        _ => return Err(vm.new_type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", vm.type_name(&name)))),
    };
    let password = data_of(vm, &password.unwrap())?;
    let salt = data_of(vm, &salt.unwrap())?;
    let iters = small_int(vm, &iterations, 1)?;
    if iters < 1 {
        return Err(vm.new_value_error("iteration value must be greater than 0."));
    }
    if iters > u32::MAX as i64 {
        return Err(vm.new_overflow_error("iteration value is too great."));
    }
    let (inner, outer) = match hmac_init(&n, &password) {
        Some(x) if !x.0.is_xof() => x,
        _ => return Err(vm.new_value_error(format!("unsupported hash type {}", n))),
    };
    let hlen = inner.digest_size();
    let dklen = match &dklen {
        Some(d) if !vm.is_none(d) => {
            let v = small_int(vm, &Some(d.clone()), 0)?;
            if v < 1 {
                return Err(vm.new_value_error("key length must be greater than 0."));
            }
            if v > u32::MAX as i64 {
                return Err(vm.new_overflow_error("key length is too great."));
            }
            v as usize
        }
        _ => hlen,
    };
    let out = pyrite_vm::gil::allow_threads(|| {
        let mut out = Vec::with_capacity(dklen + hlen);
        let mut block = 1u32;
        while out.len() < dklen {
            let mut msg = salt.clone();
            msg.extend_from_slice(&block.to_be_bytes());
            let mut u = hmac_run(&inner, &outer, &msg);
            let mut t = u.clone();
            for _ in 1..iters {
                u = hmac_run(&inner, &outer, &u);
                for (a, b) in t.iter_mut().zip(u.iter()) {
                    *a ^= b;
                }
            }
            out.extend_from_slice(&t);
            block = block.wrapping_add(1);
        }
        out.truncate(dklen);
        out
    });
    Ok(vm.new_bytes(out))
}

/// `compare_digest(a, b)` (`_operator._compare_digest`).
fn m_compare_digest(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "compare_digest")?;
    let is_str = |o: &PyObjectRef| matches!(o.payload, Payload::Str(_));
    let (x, y) = if is_str(a) && is_str(b) {
        let (sa, sb) = (pyrite_vm::vm::str_of(a), pyrite_vm::vm::str_of(b));
        if !sa.is_ascii() || !sb.is_ascii() {
            return Err(vm.new_type_error("comparing strings with non-ASCII characters is not supported"));
        }
        (sa.as_bytes().to_vec(), sb.as_bytes().to_vec())
    } else {
        let get = |o: &PyObjectRef| -> PyResult<Option<Vec<u8>>> {
            match &o.payload {
                Payload::Bytes(b) => Ok(Some(b.to_vec())),
                Payload::ByteArray(b) => Ok(Some(b.borrow().clone())),
                Payload::Str(_) => Ok(None),
                _ => pyrite_vm::types::misc::buffer_bytes(vm, o),
            }
        };
        match (get(a)?, get(b)?) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => return Err(vm.new_type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", vm.type_name(a), vm.type_name(b)))),
            (None, _) => return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(a)))),
            (_, None) => return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(b)))),
        }
    };
    // Constant time in the length of b.
    let mut diff: u8 = (x.len() != y.len()) as u8;
    for (i, c) in y.iter().enumerate() {
        let l = if x.len() == y.len() { x[i] } else { *c };
        diff |= l ^ c;
    }
    Ok(vm.new_bool(diff == 0))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_pyrite_hash", None);
    pyrite_vm::modules::sys::add_functions(vm, &m, "_pyrite_hash", &[
        ("new", m_new),
        ("pbkdf2_hmac", m_pbkdf2),
        ("compare_digest", m_compare_digest),
    ]);
    vm.set_attr_str(&m, "HASH", hash_type(vm))?;
    vm.set_attr_str(&m, "HASHXOF", xof_type(vm))?;
    vm.set_attr_str(&m, "blake2b", b2_type(vm, true))?;
    vm.set_attr_str(&m, "blake2s", b2_type(vm, false))?;
    crate::math::set_ext_file(vm, &m, "_pyrite_hash");
    Ok(m)
}
