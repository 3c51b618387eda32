#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let x: i32 = 1;
    dynasm!(ops
        ; .arch x64
        ; .alias counter, rzz
        ; mov counter, 1
    );
    let _ = ops.finalize();
}
