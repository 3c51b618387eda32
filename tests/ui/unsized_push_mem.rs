#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);

    dynasm!(ops
        ; .arch x64
        ; push [rax]
    );
    let _ = ops.finalize();
}
