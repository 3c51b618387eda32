//! Runs of constant instructions: in release builds `dynasm!` joins consecutive instructions known
//! entirely at compile time into one byte string (src/frontend/split.rs, `encoded::Run`). The
//! same statements in one call and in one call each (where no run can form) must give the same
//! bytes, whatever interrupts a run: labels of each kind, directives, run-time values, label
//! references, Rust statements, more statements than a group holds. (`.ci/run` runs this file in
//! a release build too, where the runs are built; in a debug build both sides are emitted
//! statement by statement.)

use declasm::{dynasm, DynasmApi, DynasmLabelApi};

mod rustc_support;

type Ops = declasm::VecAssembler<declasm::x64::X64Relocation>;

#[test]
fn runs_of_every_length_and_every_interruption() {
    let imm = 0x1234_5678i32;
    let disp = -0x40i32;
    let (one, each) = both_calls(imm, disp);
    assert_eq!(one, each);
    assert!(one.len() > 150, "{}", one.len());
}

fn both_calls(imm: i32, disp: i32) -> (Vec<u8>, Vec<u8>) {
    let mut one = Ops::new(0);
    let mut each = Ops::new(0);
    let dl_one = one.new_dynamic_label();
    let dl_each = each.new_dynamic_label();
    // One call: 40 constant instructions in a row (more than a group of 16), then each kind of
    // statement that ends a run, with constant instructions around it.
    dynasm!(one
        ; .arch x64
        ; ->start:
        ; add rax, rbx ; sub rcx, rdx ; xor esi, edi ; and r8, r9 ; or r10, r11
        ; mov rax, [rbx + 8] ; mov [rsp + 0x10], rcx ; lea rdx, [rax + rbx * 4 + 0x20]
        ; cmp r12, r13 ; test r14, r15 ; add rax, 1 ; sub rbx, 0x7f ; imul rcx, rdx, 10
        ; shl rax, 3 ; sar rbx, 1 ; not rcx ; neg rdx ; inc rsi ; dec rdi ; push rbx ; pop rbx
        ; movzx eax, BYTE [rdx] ; movsx rcx, WORD [rsi + 2] ; xchg rax, rbx ; bswap eax
        ; add rax, rbx ; sub rcx, rdx ; xor esi, edi ; and r8, r9 ; or r10, r11
        ; mov rax, [rbx + 8] ; mov [rsp + 0x10], rcx ; lea rdx, [rax + rbx * 4 + 0x20]
        ; cmp r12, r13 ; test r14, r15 ; add rax, 1 ; sub rbx, 0x7f ; vaddps ymm0, ymm1, ymm2
        ; cpuid ; nop
        ; local:
        ; add rax, rbx ; sub rcx, rdx
        ; =>dl_one
        ; xor esi, edi ; and r8, r9
        ; .align 16
        ; or r10, r11 ; mov rax, [rbx + 8]
        ; .bytes [1u8, 2, 3]
        ; cmp r12, r13
        ; .u32 0xdead_beef
        ; .i64 -2
        ; test r14, r15
        ; mov eax, imm
        ; add rcx, rdx
        ; mov rax, [rbx + disp]
        ; sub rcx, rdx
        ; jmp <local
        ; xor eax, eax
        ; jnz ->start
        ; and eax, 1
        ; call =>dl_one
        ; ret
        ; int3
    );
    let ops = &mut each;
    dynasm!(ops ; .arch x64 ; ->start:);
    dynasm!(ops ; .arch x64 ; add rax, rbx);
    dynasm!(ops ; .arch x64 ; sub rcx, rdx);
    dynasm!(ops ; .arch x64 ; xor esi, edi);
    dynasm!(ops ; .arch x64 ; and r8, r9);
    dynasm!(ops ; .arch x64 ; or r10, r11);
    dynasm!(ops ; .arch x64 ; mov rax, [rbx + 8]);
    dynasm!(ops ; .arch x64 ; mov [rsp + 0x10], rcx);
    dynasm!(ops ; .arch x64 ; lea rdx, [rax + rbx * 4 + 0x20]);
    dynasm!(ops ; .arch x64 ; cmp r12, r13);
    dynasm!(ops ; .arch x64 ; test r14, r15);
    dynasm!(ops ; .arch x64 ; add rax, 1);
    dynasm!(ops ; .arch x64 ; sub rbx, 0x7f);
    dynasm!(ops ; .arch x64 ; imul rcx, rdx, 10);
    dynasm!(ops ; .arch x64 ; shl rax, 3);
    dynasm!(ops ; .arch x64 ; sar rbx, 1);
    dynasm!(ops ; .arch x64 ; not rcx);
    dynasm!(ops ; .arch x64 ; neg rdx);
    dynasm!(ops ; .arch x64 ; inc rsi);
    dynasm!(ops ; .arch x64 ; dec rdi);
    dynasm!(ops ; .arch x64 ; push rbx);
    dynasm!(ops ; .arch x64 ; pop rbx);
    dynasm!(ops ; .arch x64 ; movzx eax, BYTE [rdx]);
    dynasm!(ops ; .arch x64 ; movsx rcx, WORD [rsi + 2]);
    dynasm!(ops ; .arch x64 ; xchg rax, rbx);
    dynasm!(ops ; .arch x64 ; bswap eax);
    dynasm!(ops ; .arch x64 ; add rax, rbx);
    dynasm!(ops ; .arch x64 ; sub rcx, rdx);
    dynasm!(ops ; .arch x64 ; xor esi, edi);
    dynasm!(ops ; .arch x64 ; and r8, r9);
    dynasm!(ops ; .arch x64 ; or r10, r11);
    dynasm!(ops ; .arch x64 ; mov rax, [rbx + 8]);
    dynasm!(ops ; .arch x64 ; mov [rsp + 0x10], rcx);
    dynasm!(ops ; .arch x64 ; lea rdx, [rax + rbx * 4 + 0x20]);
    dynasm!(ops ; .arch x64 ; cmp r12, r13);
    dynasm!(ops ; .arch x64 ; test r14, r15);
    dynasm!(ops ; .arch x64 ; add rax, 1);
    dynasm!(ops ; .arch x64 ; sub rbx, 0x7f);
    dynasm!(ops ; .arch x64 ; vaddps ymm0, ymm1, ymm2);
    dynasm!(ops ; .arch x64 ; cpuid);
    dynasm!(ops ; .arch x64 ; nop);
    dynasm!(ops ; .arch x64 ; local:);
    dynasm!(ops ; .arch x64 ; add rax, rbx);
    dynasm!(ops ; .arch x64 ; sub rcx, rdx);
    dynasm!(ops ; .arch x64 ; =>dl_each);
    dynasm!(ops ; .arch x64 ; xor esi, edi);
    dynasm!(ops ; .arch x64 ; and r8, r9);
    dynasm!(ops ; .arch x64 ; .align 16);
    dynasm!(ops ; .arch x64 ; or r10, r11);
    dynasm!(ops ; .arch x64 ; mov rax, [rbx + 8]);
    dynasm!(ops ; .arch x64 ; .bytes [1u8, 2, 3]);
    dynasm!(ops ; .arch x64 ; cmp r12, r13);
    dynasm!(ops ; .arch x64 ; .u32 0xdead_beef);
    dynasm!(ops ; .arch x64 ; .i64 -2);
    dynasm!(ops ; .arch x64 ; test r14, r15);
    dynasm!(ops ; .arch x64 ; mov eax, imm);
    dynasm!(ops ; .arch x64 ; add rcx, rdx);
    dynasm!(ops ; .arch x64 ; mov rax, [rbx + disp]);
    dynasm!(ops ; .arch x64 ; sub rcx, rdx);
    dynasm!(ops ; .arch x64 ; jmp <local);
    dynasm!(ops ; .arch x64 ; xor eax, eax);
    dynasm!(ops ; .arch x64 ; jnz ->start);
    dynasm!(ops ; .arch x64 ; and eax, 1);
    dynasm!(ops ; .arch x64 ; call =>dl_each);
    dynasm!(ops ; .arch x64 ; ret);
    dynasm!(ops ; .arch x64 ; int3);
    (one.finalize().unwrap(), each.finalize().unwrap())
}

/// A Rust statement inside a call ends a run and its `let` stays visible to the statements after
/// it, in the same run group or later ones; the offset it reads includes the run before it.
#[test]
fn rust_statements_between_runs() {
    let mut ops = Ops::new(0);
    dynasm!(ops
        ; .arch x64
        ; add rax, rbx ; sub rcx, rdx ; xor esi, edi
        ;; let here = ops.offset().0
        ; and r8, r9 ; or r10, r11 ; add rax, rbx ; sub rcx, rdx ; xor esi, edi ; and r8, r9
        ; or r10, r11 ; add rax, rbx ; sub rcx, rdx ; xor esi, edi ; and r8, r9 ; or r10, r11
        ; add rax, rbx ; sub rcx, rdx ; xor esi, edi ; and r8, r9 ; or r10, r11 ; add rax, rbx
        ; mov eax, here as i32
        ; ret
    );
    let code = ops.finalize().unwrap();
    assert_eq!(
        &code[..9],
        &[0x48, 0x01, 0xd8, 0x48, 0x29, 0xd1, 0x31, 0xfe, 0x4d]
    );
    // `mov eax, imm32` (b8 + imm32) then `ret`: the offset read after the first three
    // instructions (8 bytes).
    let n = code.len();
    assert_eq!(&code[n - 6..], &[0xb8, 8, 0, 0, 0, 0xc3]);
}

/// Two bad statements in one run (release builds: a group of constant instructions) give two
/// errors, each with its note at its own mnemonic and no internal name: a bad statement adds
/// nothing to its run and keeps its failure there for its own check, so it does not hide the
/// next one. The case is compiled by rustc against the declasm library this test was built
/// with, so that `cargo test --release` checks the release front end (and `cargo test` the
/// debug one, which must say the same).
#[test]
fn two_bad_statements_in_one_run_are_two_errors_at_their_mnemonics() {
    let (deps, rlib) = rustc_support::artifacts();
    let dir = deps.parent().unwrap().join("runs-errors");
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("case.rs");
    std::fs::write(
        &case,
        "use declasm::{dynasm, DynasmApi};\n\
         pub fn emit(ops: &mut declasm::VecAssembler<declasm::x64::X64Relocation>) {\n\
         \x20   dynasm!(ops\n\
         \x20       ; add rax, rbx\n\
         \x20       ; mov rax, [eax + rbx]\n\
         \x20       ; sub rcx, rdx\n\
         \x20       ; add al, 0x1ff\n\
         \x20       ; ret\n\
         \x20   );\n\
         }\n",
    )
    .unwrap();
    // (`--emit=link`: the function's code is generated, as in a build, which is where the notes
    // at the statements come from.)
    let out = rustc_support::rustc(&deps, &rlib)
        .arg(&case)
        .args(["--edition", "2021", "--crate-type", "lib", "--emit=link"])
        .args([
            "--color",
            "never",
            "--crate-name",
            "runs_errors",
            "--out-dir",
        ])
        .arg(&dir)
        .output()
        .expect("rustc");
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{text}");
    assert_eq!(text.matches("error[E0080]").count(), 2, "{text}");
    assert!(
        text.contains("`mov rax, [eax + rbx]`: address registers of different sizes"),
        "{text}"
    );
    assert!(
        text.contains("`add al, 0x1ff`: immediate 0x1FF does not fit in 8 bits"),
        "{text}"
    );
    // The notes point at the mnemonics: line 5 and line 7, column 11.
    for at in ["case.rs:5:11", "case.rs:7:11"] {
        assert!(text.contains(at), "no note at {at}:\n{text}");
    }
    assert!(!text.contains("__declasm"), "{text}");
}
