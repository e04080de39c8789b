//! The long tail of `str` methods (split/join/strip/find/replace/case/
//! predicates/padding/partition/splitlines/format/encode/translate...).
//! Mirrors `Objects/unicodeobject.c`.

use crate::vm::Vm;

pub fn init(vm: &Vm) {
    let _ = vm;
}
