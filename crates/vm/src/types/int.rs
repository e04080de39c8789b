//! `int` storage and arithmetic: a machine word when it fits, a `BigInt`
//! otherwise (always normalised: `Big` never holds an i64-sized value).
//! Mirrors the numeric core of `Objects/longobject.c`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero, One};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    Big(BigInt),
}

/// CPython's hash modulus for numbers: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

impl PyInt {
    pub fn from_big(b: BigInt) -> PyInt {
        match b.to_i64() {
            Some(v) => PyInt::Small(v),
            None => PyInt::Big(b),
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(b) => b.clone(),
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            PyInt::Small(v) => Some(*v),
            PyInt::Big(_) => None,
        }
    }
    pub fn is_zero(&self) -> bool {
        matches!(self, PyInt::Small(0))
    }
    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(v) => *v < 0,
            PyInt::Big(b) => b.is_negative(),
        }
    }
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            PyInt::Small(v) => Some(*v as f64),
            PyInt::Big(b) => {
                let f = b.to_f64()?;
                if f.is_finite() {
                    Some(f)
                } else {
                    None
                }
            }
        }
    }

    pub fn add(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_add(*b) {
                return PyInt::Small(r);
            }
        }
        PyInt::from_big(self.to_big() + o.to_big())
    }
    pub fn sub(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_sub(*b) {
                return PyInt::Small(r);
            }
        }
        PyInt::from_big(self.to_big() - o.to_big())
    }
    pub fn mul(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_mul(*b) {
                return PyInt::Small(r);
            }
        }
        PyInt::from_big(self.to_big() * o.to_big())
    }
    pub fn neg(&self) -> PyInt {
        match self {
            PyInt::Small(v) => match v.checked_neg() {
                Some(r) => PyInt::Small(r),
                None => PyInt::from_big(-BigInt::from(*v)),
            },
            PyInt::Big(b) => PyInt::from_big(-b),
        }
    }
    pub fn abs(&self) -> PyInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }
    /// Floor division; None on division by zero.
    pub fn floordiv(&self, o: &PyInt) -> Option<PyInt> {
        if o.is_zero() {
            return None;
        }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if !(*a == i64::MIN && *b == -1) {
                return Some(PyInt::Small(a.div_floor(b)));
            }
        }
        Some(PyInt::from_big(self.to_big().div_floor(&o.to_big())))
    }
    /// Python modulo (sign of the divisor); None on division by zero.
    pub fn modulo(&self, o: &PyInt) -> Option<PyInt> {
        if o.is_zero() {
            return None;
        }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if !(*a == i64::MIN && *b == -1) {
                return Some(PyInt::Small(a.mod_floor(b)));
            }
        }
        Some(PyInt::from_big(self.to_big().mod_floor(&o.to_big())))
    }
    pub fn cmp(&self, o: &PyInt) -> std::cmp::Ordering {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&o.to_big()),
        }
    }
    /// `self ** exp` for exp >= 0.
    pub fn pow(&self, exp: u64) -> PyInt {
        if let PyInt::Small(b) = self {
            if exp <= u32::MAX as u64 {
                if let Some(r) = b.checked_pow(exp as u32) {
                    return PyInt::Small(r);
                }
            }
        }
        let mut base = self.to_big();
        let mut e = exp;
        let mut acc = BigInt::one();
        while e > 0 {
            if e & 1 == 1 {
                acc *= &base;
            }
            e >>= 1;
            if e > 0 {
                base = &base * &base;
            }
        }
        PyInt::from_big(acc)
    }
    pub fn bitand(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a & b),
            _ => PyInt::from_big(self.to_big() & o.to_big()),
        }
    }
    pub fn bitor(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a | b),
            _ => PyInt::from_big(self.to_big() | o.to_big()),
        }
    }
    pub fn bitxor(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a ^ b),
            _ => PyInt::from_big(self.to_big() ^ o.to_big()),
        }
    }
    pub fn invert(&self) -> PyInt {
        match self {
            PyInt::Small(a) => PyInt::Small(!a),
            PyInt::Big(b) => PyInt::from_big(-b - 1),
        }
    }
    /// Left shift by a non-negative amount (caller bounds it).
    pub fn shl(&self, n: u64) -> PyInt {
        if let PyInt::Small(a) = self {
            if n < 63 {
                let r = a.checked_shl(n as u32).filter(|r| r >> n == *a);
                if let Some(r) = r {
                    return PyInt::Small(r);
                }
            }
            if *a == 0 {
                return PyInt::Small(0);
            }
        }
        PyInt::from_big(self.to_big() << n as usize)
    }
    /// Arithmetic right shift (floor).
    pub fn shr(&self, n: u64) -> PyInt {
        match self {
            PyInt::Small(a) => PyInt::Small(if n >= 64 { if *a < 0 { -1 } else { 0 } } else { a >> n }),
            PyInt::Big(b) => {
                let n = n.min(usize::MAX as u64 / 2) as usize;
                // BigInt's >> rounds toward negative infinity for negatives.
                PyInt::from_big(b >> n)
            }
        }
    }
    pub fn bit_length(&self) -> u64 {
        match self {
            PyInt::Small(a) => 64 - a.unsigned_abs().leading_zeros() as u64,
            PyInt::Big(b) => b.bits(),
        }
    }
    /// `hash(int)`: reduction modulo 2**61 - 1 with the sign kept.
    pub fn hash(&self) -> i64 {
        let h: i64 = match self {
            PyInt::Small(v) => {
                let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
                if *v < 0 {
                    -m
                } else {
                    m
                }
            }
            PyInt::Big(b) => {
                let m = BigInt::from(HASH_MODULUS);
                let r = (b.abs() % m).to_i64().unwrap_or(0);
                if b.is_negative() {
                    -r
                } else {
                    r
                }
            }
        };
        if h == -1 {
            -2
        } else {
            h
        }
    }
    pub fn to_string_radix(&self, radix: u32) -> String {
        match self {
            PyInt::Small(v) if radix == 10 => v.to_string(),
            _ => self.to_big().to_str_radix(radix),
        }
    }
}

impl From<i64> for PyInt {
    fn from(v: i64) -> Self {
        PyInt::Small(v)
    }
}

impl std::fmt::Display for PyInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyInt::Small(v) => write!(f, "{}", v),
            PyInt::Big(b) => write!(f, "{}", b),
        }
    }
}

pub fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn arithmetic_promotes() {
        let a = PyInt::Small(i64::MAX);
        let b = a.add(&PyInt::Small(1));
        assert!(matches!(b, PyInt::Big(_)));
        assert_eq!(b.sub(&PyInt::Small(1)), a);
        assert_eq!(PyInt::Small(-7).floordiv(&PyInt::Small(2)), Some(PyInt::Small(-4)));
        assert_eq!(PyInt::Small(-7).modulo(&PyInt::Small(2)), Some(PyInt::Small(1)));
        assert_eq!(PyInt::Small(-1).hash(), -2);
        assert_eq!(PyInt::Small(1 << 61).hash(), 1);
    }
}
