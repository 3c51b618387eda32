//! `.feature` groups past the 31st flag bit (the groups of instructions dynasm-rs lacks) gate
//! and admit their instructions like the others.
use declasm::{dynasm, DynasmApi};

#[test]
fn groups_past_bit_31() {
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    dynasm!(ops
        ; .arch x64
        ; .feature cet, avx, vaes, gfni, uintr, vpclmulqdq
        ; endbr64
        ; vaesenc ymm1, ymm2, ymm3
        ; vgf2p8mulb ymm1, ymm2, ymm3
        ; senduipi rax
        ; vpclmulqdq ymm1, ymm2, ymm3, 0
        ; vaesenc xmm1, xmm2, xmm3
    );
    assert_eq!(
        ops.finalize().unwrap(),
        [
            0xF3, 0x0F, 0x1E, 0xFA, // endbr64
            0xC4, 0xE2, 0x6D, 0xDC, 0xCB, // vaesenc ymm1, ymm2, ymm3
            0xC4, 0xE2, 0x6D, 0xCF, 0xCB, // vgf2p8mulb ymm1, ymm2, ymm3
            0xF3, 0x0F, 0xC7, 0xF0, // senduipi rax
            0xC4, 0xE3, 0x6D, 0x44, 0xCB, 0x00, // vpclmulqdq ymm1, ymm2, ymm3, 0
            0xC4, 0xE2, 0x69, 0xDC, 0xCB, // vaesenc xmm1, xmm2, xmm3
        ]
    );
}
