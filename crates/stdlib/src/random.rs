//! `_random`: the Mersenne Twister MT19937 core of `random.Random`
//! (CPython's `Modules/_randommodule.c` in behaviour: seeding with
//! `init_by_array` over the 32-bit words of abs(seed), 53-bit `random()`,
//! `getrandbits` for any k, the 625-int state tuple). Also `_urandom`, a
//! private helper used by `Lib/random.py` when `os` is not available.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::Args;
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyResult, Vm};
use pyrite_vm::types::function::NativeKind;
use std::any::Any;
use std::cell::RefCell;
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt { state: [0; N], index: N + 1 };
        m.init_genrand(5489);
        m
    }
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        let mut k = N.max(klen);
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(*key.get(j).unwrap_or(&0)).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }
    fn genrand(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }
    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub struct PyRandom {
    mt: RefCell<Mt>,
}
impl NativePayload for PyRandom {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static RANDOM_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn random_type(vm: &Vm) -> PyObjectRef {
    RANDOM_TYPE.get_or_init(|| {
        let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "Random", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, true);
        if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "__module__", vm.new_str("_random"));
        }
        add_method(vm, &t, "__new__", rnd_new, NativeKind::StaticMethod);
        add_methods(vm, &t, &[
            ("__init__", rnd_init), ("random", rnd_random), ("seed", rnd_seed), ("getstate", rnd_getstate),
            ("setstate", rnd_setstate), ("getrandbits", rnd_getrandbits),
        ]);
        t
    }).clone()
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyRandom> {
    o.payload.native::<PyRandom>().ok_or_else(|| vm.new_type_error("descriptor requires a '_random.Random' object"))
}

pub fn urandom_bytes(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    let mut filled = 0;
    while filled < n {
        // SAFETY: writing into our own buffer.
        let r = unsafe { libc::getrandom(buf[filled..].as_mut_ptr() as *mut libc::c_void, n - filled, 0) };
        if r <= 0 {
            // fall back to the clock (never expected)
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            for (i, b) in buf[filled..].iter_mut().enumerate() {
                *b = (t >> ((i % 16) * 8)) as u8 ^ i as u8;
            }
            break;
        }
        filled += r as usize;
    }
    buf
}

fn seed_obj(vm: &Vm, r: &PyRandom, arg: Option<&PyObjectRef>) -> PyResult<()> {
    let arg = match arg {
        Some(a) if !vm.is_none(a) => a,
        _ => {
            let b = urandom_bytes(N * 4);
            let key: Vec<u32> = b.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            r.mt.borrow_mut().init_by_array(&key);
            return Ok(());
        }
    };
    let n: BigInt = match &arg.payload {
        Payload::Int(i) => i.to_big().abs(),
        _ => {
            let h = vm.hash(arg)?;
            BigInt::from(h as u64)
        }
    };
    let key: Vec<u32> = if n.is_zero() {
        vec![0]
    } else {
        let (_, digits) = n.to_u32_digits();
        digits
    };
    let _ = Sign::Plus;
    r.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn rnd_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let r = PyRandom { mt: RefCell::new(Mt::new()) };
    // The exact type seeds from its argument here (subclasses do it in __init__).
    if cls.is(&random_type(vm)) {
        if args.has_kwargs() {
            return Err(vm.new_type_error("Random() takes no keyword arguments"));
        }
        let pos = &args.pos()[1..];
        if pos.len() > 1 {
            return Err(vm.new_type_error("Random() requires 0 or 1 argument"));
        }
        seed_obj(vm, &r, pos.first())?;
    } else {
        seed_obj(vm, &r, None)?;
    }
    Ok(pyrite_vm::types::type_methods::new_instance(vm, &cls, Payload::Native(Box::new(r))))
}

fn rnd_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn rnd_random(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "Random.random")?;
    let r = this(vm, s)?;
    let v = r.mt.borrow_mut().random();
    Ok(vm.new_float(v))
}

fn rnd_seed(vm: &Vm, args: Args) -> PyResult {
    let (s, a) = crate::argcheck::positional(vm, &args, "seed", 0, 1)?;
    let r = this(vm, s)?;
    seed_obj(vm, r, a.first())?;
    Ok(vm.none())
}

fn rnd_getstate(vm: &Vm, args: Args) -> PyResult {
    let s = crate::argcheck::meth_noargs(vm, &args, "Random.getstate")?;
    let r = this(vm, s)?;
    let mt = r.mt.borrow();
    let mut items: Vec<PyObjectRef> = mt.state.iter().map(|v| vm.new_int(*v as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn rnd_setstate(vm: &Vm, args: Args) -> PyResult {
    let (s, st) = crate::argcheck::meth_o(vm, &args, "Random.setstate")?;
    let r = this(vm, s)?;
    let items = match &st.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => return Err(vm.new_type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.new_value_error("state vector is the wrong size"));
    }
    let mut new = [0u32; N];
    for (i, o) in items[..N].iter().enumerate() {
        let v = match &o.payload {
            Payload::Int(v) => v.to_big(),
            _ => return Err(vm.new_type_error("an integer is required")),
        };
        // C: PyLong_AsUnsignedLong, then truncated to 32 bits
        let v = v.to_u64().ok_or_else(|| vm.new_overflow_error(if v.is_negative() { "can't convert negative value to unsigned int" } else { "Python int too large to convert to C unsigned long" }))?;
        new[i] = v as u32;
    }
    let idx = vm.index_value(&items[N])?.as_i64().ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C long"))?;
    if idx < 0 || idx > N as i64 {
        return Err(vm.new_value_error("invalid state"));
    }
    let mut mt = r.mt.borrow_mut();
    mt.state = new;
    mt.index = idx as usize;
    Ok(vm.none())
}

pub fn getrandbits_with(mut gen: impl FnMut() -> u32, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::zero();
    }
    if k <= 32 {
        return BigInt::from(gen() >> (32 - k));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = gen();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left = left.saturating_sub(32);
    }
    BigInt::from_slice(Sign::Plus, &out)
}

fn rnd_getrandbits(vm: &Vm, args: Args) -> PyResult {
    let (s, k) = crate::argcheck::meth_o(vm, &args, "Random.getrandbits")?;
    let r = this(vm, s)?;
    let k = vm.index_value(k)?;
    if k.is_negative() {
        return Err(vm.new_value_error("number of bits must be non-negative"));
    }
    let k = match k.as_i64() {
        Some(v) if v <= i32::MAX as i64 => v as u64,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    let mut mt = r.mt.borrow_mut();
    let v = getrandbits_with(|| mt.genrand(), k);
    drop(mt);
    Ok(vm.new_bigint(v))
}

fn m_urandom(vm: &Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "_urandom")?;
    let n = vm.index_value(n)?.as_i64().unwrap_or(-1);
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    Ok(vm.new_bytes(urandom_bytes(n as usize)))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("_random", Some("Module implements the Mersenne Twister random number generator."));
    pyrite_vm::modules::sys::set_attr(vm, &m, "Random", random_type(vm));
    pyrite_vm::modules::sys::add_functions(vm, &m, "_random", &[("_urandom", m_urandom)]);
    crate::math::set_ext_file(vm, &m, "_random");
    Ok(m)
}
