//! The long tail of `bytes`/`bytearray` methods (split/join/strip/find/
//! replace/hex/fromhex/case/predicates/partition/...). Mirrors
//! `Objects/bytes_methods.c`.

use crate::vm::Vm;

pub fn init(vm: &Vm) {
    let _ = vm;
}
