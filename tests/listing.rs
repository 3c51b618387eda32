//! The listing (feature `listing`): one line per statement with its offset, final bytes and
//! text, label definitions on lines of their own, branch targets resolved; the same bytes as
//! without a listing; discarded code leaves no lines; and tools/check_listing.py accepts a large
//! listing (each line one instruction per objdump, no overlap, statements from this file).

use declasm::{dynasm, DynasmApi, DynasmLabelApi};

#[test]
fn lines_for_statements_labels_and_targets() {
    let mut ops = declasm::x64::Assembler::new().unwrap();
    ops.enable_listing();
    let l = ops.new_dynamic_label();
    dynasm!(ops
        ; .arch x64
        ; ->start:
        ; mov eax, 1
        ; jmp =>l
        ; back:
        ; dec eax
        ; jnz <back
        ; jnz BYTE <back
        ; =>l
        ; call ->start
        ; lock add DWORD [rax + 8], 3
        ; ret
    );
    assert_eq!(ops.listing(), "", "lines are written at commit");
    ops.commit().unwrap();
    let expected = "\
00000000                                 ->start:
00000000  B8 01 00 00 00                 mov eax, 1
00000005  E9 0A 00 00 00                 jmp =>l  ; target 00000014
0000000A                                 back:
0000000A  FF C8                          dec eax
0000000C  0F 85 F8 FF FF FF              jnz <back  ; target 0000000A
00000012  75 F6                          jnz BYTE <back  ; target 0000000A
00000014                                 =>l
00000014  E8 E7 FF FF FF                 call ->start  ; target 00000000
00000019  F0 81 40 08 03 00 00 00        lock add DWORD [rax + 8], 3
00000021  C3                             ret
";
    assert_eq!(ops.listing(), expected);

    // The same bytes without a listing.
    let mut plain = declasm::x64::Assembler::new().unwrap();
    let l = plain.new_dynamic_label();
    dynasm!(plain
        ; .arch x64
        ; ->start: ; mov eax, 1 ; jmp =>l ; back: ; dec eax ; jnz <back ; jnz BYTE <back ; =>l
        ; call ->start
        ; lock add DWORD [rax + 8], 3 ; ret
    );
    plain.commit().unwrap();
    assert_eq!(ops.reader().lock()[..], plain.reader().lock()[..]);

    // Discarded code leaves no line; the next commit's lines are appended.
    dynasm!(ops ; .arch x64 ; nop ; nop);
    ops.discard_uncommitted();
    dynasm!(ops ; .arch x64 ; ->later: ; int3);
    ops.commit().unwrap();
    assert_eq!(
        &ops.listing()[expected.len()..],
        "00000022                                 ->later:\n\
         00000022  CC                             int3\n"
    );
}

#[test]
fn no_listing_unless_enabled() {
    let mut ops = declasm::x64::Assembler::new().unwrap();
    dynasm!(ops ; .arch x64 ; ->f: ; mov eax, 1 ; ret);
    ops.commit().unwrap();
    assert_eq!(ops.listing(), "");
}

/// Many kinds of statements (long VEX/EVEX-free forms, prefixes, immediates, memory operands,
/// labels of each kind, a relocation resolved at commit) for the checker.
#[test]
fn check_listing_accepts_a_large_listing() {
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    let objdump = std::process::Command::new("objdump")
        .arg("--version")
        .output();
    if !python.is_ok_and(|o| o.status.success()) || !objdump.is_ok_and(|o| o.status.success()) {
        println!("SKIPPED: tools/check_listing.py needs python3 and objdump");
        return;
    }
    let mut ops = declasm::x64::Assembler::new().unwrap();
    ops.enable_listing();
    let value: i32 = 0x1234;
    for i in 0..20 {
        let d = ops.new_dynamic_label();
        dynasm!(ops
            ; .arch x64
            ; =>d
            ; mov rax, QWORD 0x1122334455667788
            ; mov r9d, value
            ; lea rcx, [rax + rbx * 4 + 0x100]
            ; add BYTE [rdx], i as i8
            ; movaps xmm1, [rsp + 0x10]
            ; vaddps ymm0, ymm1, [rax]
            ; rep movsb
            ; cmp QWORD [rsp + 8], 0
            ; jne ->done
            ; test ecx, ecx
            ; jz >next
            ; imul r10, r11, 100
            ; next:
            ; call QWORD [->table]
            ; jmp =>d
        );
    }
    dynasm!(ops
        ; .arch x64
        ; ->done:
        ; ret
        ; .align 8
        ; ->table:
        ; .u64 0
    );
    ops.commit().unwrap();
    let listing = ops.listing().to_string();
    // The last line is data (`.u64 0`), which the checker would rightly decode as code: stop
    // before the alignment padding and the table.
    let code: String = listing
        .lines()
        .take_while(|l| !l.contains(".align"))
        .map(|l| format!("{l}\n"))
        .collect();
    let file = std::env::temp_dir().join(format!("declasm-listing-{}.txt", std::process::id()));
    std::fs::write(&file, &code).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let o = std::process::Command::new("python3")
        .arg(format!("{root}/tools/check_listing.py"))
        .args(["--source", &format!("{root}/tests/listing.rs")])
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{code}");
    assert!(out.contains("check_listing: ok: 281 instructions"), "{out}");
}

/// aarch64 statements are listed too (the statement splitter is shared): offsets, the words'
/// bytes and the texts.
#[test]
fn aarch64_statements_are_listed() {
    let mut ops = declasm::aarch64::Assembler::new().unwrap();
    ops.enable_listing();
    dynasm!(ops
        ; .arch aarch64
        ; top:
        ; add x0, x1, 4
        ; b <top
        ; ret
    );
    ops.commit().unwrap();
    let listing = ops.listing();
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines.len(), 4, "{listing}");
    assert!(
        lines[0].starts_with("00000000") && lines[0].ends_with("top:"),
        "{listing}"
    );
    assert!(
        lines[1].starts_with("00000000  20 10 00 91") && lines[1].ends_with("add x0, x1, 4"),
        "{listing}"
    );
    assert!(
        lines[2].starts_with("00000004  FF FF FF 17") && lines[2].contains("b <top"),
        "{listing}"
    );
    assert!(
        lines[3].starts_with("00000008  C0 03 5F D6") && lines[3].ends_with("ret"),
        "{listing}"
    );
}
