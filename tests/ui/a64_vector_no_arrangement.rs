#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// A vector register needs an arrangement.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; add v0, v1, v2
    );
    let _ = ops.finalize();
}
