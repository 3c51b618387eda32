#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let n: u32 = 1;
    dynasm!(ops
        ; .arch x64
        ; mov rdx, -n
    );
    let _ = ops.finalize();
}
