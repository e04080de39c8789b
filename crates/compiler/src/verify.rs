//! Stack-depth verifier: walks every path of a code object and checks that
//! each instruction's stack effect is consistent at joins and never
//! underflows (handler entry depth = depth at `SetupFinally` + 1). Run on
//! every code object in debug builds and tests.

use pyrite_bytecode::{CodeObject, Constant, Instr};

/// (pops, pushes) on the fall-through path, and the depth change on the jump path.
fn effect(i: &Instr) -> (i32, i32, Option<i32>) {
    use Instr::*;
    match *i {
        Nop => (0, 0, None),
        PopTop => (1, 0, None),
        PushNull => (0, 1, None),
        Copy(n) => (n as i32, n as i32 + 1, None),
        Swap(n) => (n as i32, n as i32, None),
        LoadConst(_) | LoadFast(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_) | LoadClassDeref(_)
        | LoadClosure(_) => (0, 1, None),
        StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) => (1, 0, None),
        DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) => (0, 0, None),
        LoadAttr(_) => (1, 1, None),
        StoreAttr(_) => (2, 0, None),
        DeleteAttr(_) => (1, 0, None),
        LoadMethod(_) => (1, 2, None),
        BinarySubscr => (2, 1, None),
        StoreSubscr => (3, 0, None),
        DeleteSubscr => (2, 0, None),
        BuildSlice(n) => (n as i32, 1, None),
        BinaryOp { .. } => (2, 1, None),
        UnaryOp(_) => (1, 1, None),
        CompareOp(_) | IsOp(_) | ContainsOp(_) => (2, 1, None),
        Jump(_) => (0, 0, Some(0)),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => (1, 0, Some(-1)),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (1, 0, Some(0)),
        GetIter => (1, 1, None),
        ForIter(_) => (1, 2, Some(-1)),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => (n as i32, 1, None),
        BuildMap(n) => (2 * n as i32, 1, None),
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n) => {
            (n as i32 + 1, n as i32, None)
        }
        MapAdd(n) => (n as i32 + 2, n as i32, None),
        ListToTuple => (1, 1, None),
        UnpackSequence(n) => (1, n as i32, None),
        UnpackEx { before, after } => (1, before as i32 + after as i32 + 1, None),
        FormatValue { has_spec, .. } => (if has_spec { 2 } else { 1 }, 1, None),
        KwNames(_) => (0, 0, None),
        Call(n) => (n as i32 + 2, 1, None),
        CallFunctionEx(kw) => (if kw { 4 } else { 3 }, 1, None),
        MakeFunction(flags) => (2 + flags.count_ones() as i32, 1, None),
        ReturnValue => (1, 0, None),
        ReturnGenerator => (0, 0, None),
        YieldValue(_) => (1, 1, None),
        GetYieldFromIter => (1, 1, None),
        Send(_) => (2, 2, Some(-1)),
        GetAwaitable(_) => (1, 1, None),
        GetAiter => (1, 1, None),
        GetAnext => (1, 2, None),
        EndAsyncFor => (2, 0, None),
        SetupFinally(_) => (0, 0, Some(1)),
        PopBlock => (0, 0, None),
        PushExcInfo => (1, 1, None),
        PopExcept => (0, 0, None),
        Reraise => (1, 0, None),
        RaiseVarargs(n) => (n as i32, 0, None),
        CheckExcMatch => (2, 2, None),
        CheckEgMatch => (2, 2, None),
        PrepReraiseStar => (2, 1, None),
        LoadAssertionError => (0, 1, None),
        BeforeWith | BeforeAsyncWith => (1, 2, None),
        WithExceptStart => (2, 3, None),
        ImportName(_) => (2, 1, None),
        ImportFrom(_) => (1, 2, None),
        ImportStar => (1, 0, None),
        LoadBuildClass => (0, 1, None),
        SetupAnnotations => (0, 0, None),
        LoadLocals => (0, 1, None),
        GetLen => (1, 2, None),
        MatchMapping | MatchSequence => (1, 2, None),
        MatchKeys => (2, 3, None),
        MatchClass(_) => (3, 1, None),
        PrintExpr => (1, 0, None),
    }
}

fn is_terminal(i: &Instr) -> bool {
    matches!(i, Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_))
}

/// Check one code object (not its children). Returns the maximum stack depth.
pub fn verify_one(code: &CodeObject) -> Result<u32, String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err(format!("{}: empty code", code.qualname));
    }
    if code.positions.len() != n {
        return Err(format!("{}: positions length mismatch", code.qualname));
    }
    let mut depth: Vec<Option<i32>> = vec![None; n];
    // Block-stack depth at each instruction, to check SetupFinally/PopBlock balance.
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            return Err(format!("{}: falls off the end at {}", code.qualname, pc));
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => {
                return Err(format!("{}: inconsistent stack depth at {}: {} vs {}", code.qualname, pc, old, d))
            }
            None => depth[pc] = Some(d),
        }
        let ins = &code.instructions[pc];
        let (pops, pushes, jump) = effect(ins);
        if d < pops {
            return Err(format!("{}: stack underflow at {} ({:?}, depth {})", code.qualname, pc, ins, d));
        }
        let after = d - pops + pushes;
        max = max.max(after).max(d);
        if let Some(j) = jump {
            let target = ins.label().unwrap_or(0) as usize;
            let td = if matches!(ins, Instr::SetupFinally(_)) { d + 1 } else { d + j };
            if matches!(ins, Instr::ForIter(_) | Instr::Send(_) | Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_)) {
                // jump effect relative to the depth before the instruction
                work.push((target, d + j));
            } else {
                work.push((target, td));
            }
        }
        if !is_terminal(ins) {
            work.push((pc + 1, after));
        }
    }
    for (i, c) in code.constants.iter().enumerate() {
        let _ = (i, c);
    }
    Ok(max as u32)
}

/// Check a code object and all nested code objects.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code)?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}
