//! Abstract object protocols (CPython's `Objects/abstract.c`, `object.c`).

pub mod attr;
pub mod call;
pub mod number;
pub mod object;
