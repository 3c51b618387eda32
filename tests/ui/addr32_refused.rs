#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// `movdir64b rax, [eax]` would assemble as `movdir64b eax, [eax]` (the 67 prefix sizes the
// destination register too): refused.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        ; movdir64b rax, [eax + ebx*4]
    );
    let _ = ops.finalize();
}
