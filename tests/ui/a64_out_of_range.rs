#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// An immediate out of range: the operand and the range are named.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; add x0, x1, 4096
    );
    let _ = ops.finalize();
}
