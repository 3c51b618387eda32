#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        // dynasm-rs sizes a literal by its value (imm8 here), then requires the field's type
        ; add eax, 8i32
    );
    let _ = ops.finalize();
}
