//! `_sha512`: SHA-512 and SHA-384 hash objects (`sha512(data=b'')` with
//! update/digest/hexdigest/copy), used by `random.seed` for str/bytes seeds.
//! The digest itself comes from the RustCrypto `sha2` crate.

use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind, Sig};
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyResult, Vm};
use sha2::Digest;
use std::any::Any;
use std::cell::RefCell;
use std::sync::OnceLock;

#[derive(Clone)]
enum H {
    S512(sha2::Sha512),
    S384(sha2::Sha384),
}

pub struct PySha {
    h: RefCell<H>,
}
impl NativePayload for PySha {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static T512: OnceLock<PyObjectRef> = OnceLock::new();
static T384: OnceLock<PyObjectRef> = OnceLock::new();

fn make_type(vm: &Vm, name: &str) -> PyObjectRef {
    let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, name, vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, false);
    if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
        tt.dict().set_str(vm, "__module__", vm.new_str("_sha512"));
    }
    add_methods(vm, &t, &[("update", sha_update), ("digest", sha_digest), ("hexdigest", sha_hexdigest), ("copy", sha_copy)]);
    pyrite_vm::types::misc::add_getter(vm, &t, "name", sha_name);
    pyrite_vm::types::misc::add_getter(vm, &t, "digest_size", sha_digest_size);
    pyrite_vm::types::misc::add_getter(vm, &t, "block_size", sha_block_size);
    let _ = add_method;
    let _ = NativeKind::Method;
    t
}

fn t512(vm: &Vm) -> PyObjectRef {
    T512.get_or_init(|| make_type(vm, "sha512")).clone()
}
fn t384(vm: &Vm) -> PyObjectRef {
    T384.get_or_init(|| make_type(vm, "sha384")).clone()
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PySha> {
    o.payload.native::<PySha>().ok_or_else(|| vm.new_type_error("expected a sha512 object"))
}

/// The bytes of a bytes-like object (TypeError otherwise, as hashlib).
pub fn data_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::Str(_) => Err(vm.new_type_error("Strings must be encoded before hashing")),
        _ => match pyrite_vm::types::misc::buffer_bytes(vm, o)? {
            Some(b) => Ok(b),
            None => Err(vm.new_type_error(format!("object supporting the buffer API required"))),
        },
    }
}

fn feed(h: &mut H, d: &[u8]) {
    match h {
        H::S512(x) => x.update(d),
        H::S384(x) => x.update(d),
    }
}

fn sha_update(vm: &Vm, args: Args) -> PyResult {
    let [s, d] = args.exact::<2>(vm, "update")?;
    let d = data_of(vm, d)?;
    feed(&mut this(vm, s)?.h.borrow_mut(), &d);
    Ok(vm.none())
}

fn digest_of(h: &H) -> Vec<u8> {
    match h.clone() {
        H::S512(x) => x.finalize().to_vec(),
        H::S384(x) => x.finalize().to_vec(),
    }
}

fn sha_digest(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "digest")?;
    Ok(vm.new_bytes(digest_of(&this(vm, s)?.h.borrow())))
}
fn sha_hexdigest(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "hexdigest")?;
    let d = digest_of(&this(vm, s)?.h.borrow());
    Ok(vm.new_string(d.iter().map(|b| format!("{:02x}", b)).collect()))
}
fn sha_copy(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "copy")?;
    let h = this(vm, s)?.h.borrow().clone();
    Ok(PyObjectRef::new(s.class(), Payload::Native(Box::new(PySha { h: RefCell::new(h) }))))
}
fn sha_name(vm: &Vm, args: Args) -> PyResult {
    let h = this(vm, &args.args[0])?.h.borrow().clone();
    Ok(vm.new_str(match h { H::S512(_) => "sha512", H::S384(_) => "sha384" }))
}
fn sha_digest_size(vm: &Vm, args: Args) -> PyResult {
    let h = this(vm, &args.args[0])?.h.borrow().clone();
    Ok(vm.new_int(match h { H::S512(_) => 64, H::S384(_) => 48 }))
}
fn sha_block_size(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.new_int(128))
}

fn construct(vm: &Vm, args: Args, name: &'static str, h: H) -> PyResult {
    let [data, _used] = args.bind(vm, &Sig { name, names: ["string", "usedforsecurity"], posonly: 0, required: 0, kwonly_from: 1 })?;
    let mut h = h;
    if let Some(d) = data {
        feed(&mut h, &data_of(vm, &d)?);
    }
    let t = if matches!(h, H::S512(_)) { t512(vm) } else { t384(vm) };
    Ok(PyObjectRef::new(t, Payload::Native(Box::new(PySha { h: RefCell::new(h) }))))
}

fn m_sha512(vm: &Vm, args: Args) -> PyResult {
    construct(vm, args, "sha512", H::S512(sha2::Sha512::new()))
}
fn m_sha384(vm: &Vm, args: Args) -> PyResult {
    construct(vm, args, "sha384", H::S384(sha2::Sha384::new()))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_sha512", None);
    pyrite_vm::modules::sys::add_functions(vm, &m, "_sha512", &[("sha512", m_sha512), ("sha384", m_sha384)]);
    crate::math::set_ext_file(vm, &m, "_sha512");
    Ok(m)
}
