#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// No form takes these operands: the forms are listed.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; add x0, w1, x2
    );
    let _ = ops.finalize();
}
