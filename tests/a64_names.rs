//! Names that are operands of some aarch64 instructions only (conditions, barrier options,
//! system operations, control registers) are Rust expressions in every other instruction, as in
//! dynasm-rs (probed: `add x0, x1, lo` there is "cannot find value `lo`" without a variable).

use declasm::aarch64::Aarch64Relocation;
use declasm::{dynasm, DynasmApi, VecAssembler};

fn assemble(f: impl FnOnce(&mut VecAssembler<Aarch64Relocation>)) -> Vec<u8> {
    let mut ops = VecAssembler::<Aarch64Relocation>::new(0);
    f(&mut ops);
    ops.finalize().unwrap()
}

#[test]
#[allow(non_snake_case)]
fn names_of_other_instructions_operands_are_variables() {
    let (lo, eq, st, ish, sy, civac, vmalle1, csync, c1) =
        (1u32, 2u32, 3u32, 4u32, 5u32, 6u32, 7u32, 8u32, 9u32);
    let with_names = assemble(|ops| {
        dynasm!(ops
            ; .arch aarch64
            ; add x0, x1, lo
            ; add x0, x1, eq
            ; add x0, x1, st
            ; add x0, x1, ish
            ; add x0, x1, sy
            ; add x0, x1, civac
            ; add x0, x1, vmalle1
            ; add x0, x1, csync
            ; add x0, x1, c1
        )
    });
    let literals = assemble(|ops| {
        dynasm!(ops
            ; .arch aarch64
            ; add x0, x1, 1
            ; add x0, x1, 2
            ; add x0, x1, 3
            ; add x0, x1, 4
            ; add x0, x1, 5
            ; add x0, x1, 6
            ; add x0, x1, 7
            ; add x0, x1, 8
            ; add x0, x1, 9
        )
    });
    assert_eq!(with_names, literals);
}

#[test]
fn the_instructions_that_take_them_see_the_names() {
    // Word values from llvm-mc.
    let code = assemble(|ops| {
        dynasm!(ops
            ; .arch aarch64
            ; csel x0, x1, x2, lo      // 9a823020
            ; dmb ish                  // d5033bbf
            ; isb sy                   // d5033fdf
            ; dc civac, x3             // d50b7e23
            ; tlbi vmalle1             // d508871f
            ; sys 0, c7, c5, 0, x0     // d5087500
        )
    });
    let words: Vec<u32> = code
        .chunks(4)
        .map(|w| u32::from_le_bytes(w.try_into().unwrap()))
        .collect();
    assert_eq!(
        words,
        [
            0x9a82_3020,
            0xd503_3bbf,
            0xd503_3fdf,
            0xd50b_7e23,
            0xd508_871f,
            0xd508_7500
        ]
    );
}
