use declasm::{dynasm, DynasmApi};

fn bytes(f: impl FnOnce(&mut declasm::VecAssembler<declasm::x64::X64Relocation>)) -> Vec<u8> {
    let mut ops = declasm::VecAssembler::new(0);
    f(&mut ops);
    ops.finalize().unwrap()
}

#[test]
fn basics() {
    let b = bytes(|ops| {
        dynasm!(ops
            ; .arch x64
            ; add rax, 1
            ; mov eax, 5
            ; mov rax, 5
            ; lea rax, [rsp + 0x30]
            ; mov [rsp + 0x30], rcx
            ; mov r9, [rsp + 0x48]
        );
    });
    assert_eq!(
        b,
        [
            0x48, 0x83, 0xC0, 0x01, 0xB8, 5, 0, 0, 0, 0x48, 0xC7, 0xC0, 5, 0, 0, 0, 0x48, 0x8D,
            0x44, 0x24, 0x30, 0x48, 0x89, 0x4C, 0x24, 0x30, 0x4C, 0x8B, 0x4C, 0x24, 0x48
        ]
    );
}

#[test]
#[should_panic(expected = "dynamic register number out of range")]
fn dynamic_register_out_of_range_panics() {
    let r: u8 = 16;
    bytes(|ops| {
        dynasm!(ops ; .arch x64 ; mov Rq(r), rax);
    });
}

#[test]
fn dynamic_registers_in_range() {
    for r in 0..16u8 {
        let ours = bytes(|ops| {
            dynasm!(ops ; .arch x64 ; mov Rq(r), [Rq(r) + 8]);
        });
        // REX.W with R and B from the number (a dynamic register always has a REX), 8B /r,
        // ModRM mod=01 rm=SIB (a dynamic base could be rsp/r12, so it always takes a SIB byte,
        // as in dynasm-rs), SIB with no index and the base, disp8 8.
        let (hi, lo) = (r >> 3, r & 7);
        let expected = vec![0x48 | hi << 2 | hi, 0x8B, 0x44 | lo << 3, 0x20 | lo, 8];
        assert_eq!(ours, expected, "register {r}");
    }
}

#[test]
fn dynamic_high_byte_registers() {
    // Rh(4..8) are ah, ch, dh, bh: the same bytes as the static names, with no REX prefix
    // (a REX would make them spl, bpl, sil, dil).
    let statics = [
        bytes(|ops| dynasm!(ops ; mov ah, al ; add cl, ah)),
        bytes(|ops| dynasm!(ops ; mov ch, al ; add cl, ch)),
        bytes(|ops| dynasm!(ops ; mov dh, al ; add cl, dh)),
        bytes(|ops| dynasm!(ops ; mov bh, al ; add cl, bh)),
    ];
    for (r, expected) in (4..8u8).zip(statics) {
        let ours = bytes(|ops| dynasm!(ops ; mov Rh(r), al ; add cl, Rh(r)));
        assert_eq!(ours, expected, "Rh({r})");
    }
    assert_eq!(bytes(|ops| dynasm!(ops ; mov Rh(4), al)), [0x88, 0xC4]);
}

#[test]
#[should_panic(expected = "dynamic high-byte register number out of range")]
fn dynamic_high_byte_register_out_of_range() {
    let r = 9u8;
    bytes(|ops| dynasm!(ops ; mov Rh(r), al));
}
