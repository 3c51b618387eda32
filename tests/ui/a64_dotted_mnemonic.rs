#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// Only b.<cond>, mov.inverted and mov.logical have a dot.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; add.w x0, x1, x2
    );
    let _ = ops.finalize();
}
