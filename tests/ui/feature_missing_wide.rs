#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// The ymm form of vaesenc needs `vaes` as well as `avx`.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        ; .feature avx
        ; vaesenc xmm1, xmm2, xmm3
        ; vaesenc ymm1, ymm2, ymm3
    );
    let _ = ops.finalize();
}
