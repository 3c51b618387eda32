#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// A run-time immediate has the type dynasm-rs gives it (u32 for an add immediate).
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
    let n: u64 = 3;
    dynasm!(ops
        ; .arch aarch64
        ; add x0, x1, n
    );
    let _ = ops.finalize();
}
