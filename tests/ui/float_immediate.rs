#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let f: f64 = 1.5;
    dynasm!(ops
        ; .arch x64
        ; mov eax, f
    );
    let _ = ops.finalize();
}
