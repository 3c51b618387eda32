#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let big: u64 = 1;
    let off: usize = 8;
    dynasm!(ops
        ; .arch x64
        ; mov eax, big
        ; mov eax, [rsp + off]
        ; mov eax, [rsp + (off * 8) as _]
    );
    let _ = ops.finalize();
}
