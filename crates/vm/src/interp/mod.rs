//! The interpreter loop: frames, dispatch, opcode bodies, running code.

pub mod dispatch;
pub mod frame;
pub mod ops;
pub mod run;
