#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// An arrangement that does not exist (`b3`).
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; add v0.b3, v1.b3, v2.b3
    );
    let _ = ops.finalize();
}
