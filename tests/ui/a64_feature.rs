#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// aarch64 has no .feature.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; nop ; .feature sse
    );
    let _ = ops.finalize();
}
