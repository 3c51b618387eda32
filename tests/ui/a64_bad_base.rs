#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// A memory reference's base must be an X register or sp.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; ldr x0, [w1, 8]
    );
    let _ = ops.finalize();
}
