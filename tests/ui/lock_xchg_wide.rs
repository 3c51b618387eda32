#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// dynasm-rs takes `lock xchg` with a byte operand only.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        ; lock xchg QWORD [rax], rcx
    );
    let _ = ops.finalize();
}
