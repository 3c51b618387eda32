#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// An unknown aarch64 mnemonic: rustc names it and suggests a close one.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    
    dynasm!(ops
        ; .arch aarch64
        ; addd x0, x1, x2
    );
    let _ = ops.finalize();
}
