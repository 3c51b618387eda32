#![allow(unused_imports)]
use declasm::{dynasm, DynasmApi, DynasmLabelApi};

// After `.feature`, an instruction of a group not named is refused (as dynasm-rs does); a form
// of several groups needs them all; base instructions always pass; a later `.feature` replaces
// the set.
fn main() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        ; .feature sse, mmx
        ; add rax, rbx
        ; addps xmm0, xmm1
        ; paddb mm0, mm1
        ; paddb xmm0, xmm1
        ; vaddps xmm0, xmm1, xmm2
        ; fld st1
        ; vpcmov xmm0, xmm1, xmm2, xmm3
        ; .feature none
        ; addps xmm0, xmm1
    );
    let _ = ops.finalize();
}
