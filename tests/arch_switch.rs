//! `.arch` inside a `dynasm!` call switches the architecture for the statements after it (dynasmrt
//! 5.1 accepts it): the bytes are those of separate calls, labels are shared across the switch,
//! and switching to the architecture already in use does nothing.

use declasm::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

// (Any relocation type serves: no statement here has a label operand of the other architecture.)
type Ops = VecAssembler<declasm::x64::X64Relocation>;

fn assemble(f: impl FnOnce(&mut Ops)) -> Vec<u8> {
    let mut ops = Ops::new(0);
    f(&mut ops);
    ops.finalize().unwrap()
}

#[test]
fn switching_gives_the_bytes_of_separate_calls() {
    let n = 7i32;
    let switched = assemble(|ops| {
        dynasm!(ops
            ; .arch x64
            ; mov eax, n
            ; .arch aarch64
            ; add x0, x1, 4
            ; ldr w2, [x3, 8]
            ; .arch aarch64
            ; nop
            ; .arch x64
            ; .arch x64
            ; lea rax, [rbx + 8]
            ; ret
        )
    });
    let separate = assemble(|ops| {
        dynasm!(ops ; .arch x64 ; mov eax, n);
        dynasm!(ops ; .arch aarch64 ; add x0, x1, 4 ; ldr w2, [x3, 8] ; nop);
        dynasm!(ops ; .arch x64 ; lea rax, [rbx + 8] ; ret);
    });
    assert_eq!(switched, separate);
    assert_eq!(switched.len(), 5 + 12 + 4 + 1);
}

#[test]
fn a_label_defined_before_a_switch_is_seen_after_it() {
    let code = assemble(|ops| {
        dynasm!(ops
            ; .arch aarch64
            ; ->start:
            ; nop
            ; .arch x64
            ; jmp ->start
        )
    });
    // nop, then jmp rel32 back over the nop and itself: -(4 + 5).
    assert_eq!(code, [0x1F, 0x20, 0x03, 0xD5, 0xE9, 0xF7, 0xFF, 0xFF, 0xFF]);
}
