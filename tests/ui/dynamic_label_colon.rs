#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let dl = ops.new_dynamic_label();
    dynasm!(ops
        ; .arch x64
        ; =>dl:
        ; ret
    );
    let _ = ops.finalize();
}
