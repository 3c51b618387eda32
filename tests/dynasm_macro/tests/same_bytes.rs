//! The same source assembled by dynasm-rs 5.1's own proc macro (`dynasm::dynasm!`) and by
//! declasm's `dynasm!` (`dynasmrt::dynasm!`, dynasmrt being declasm renamed), both on declasm's
//! runtime: the bytes must be equal (declasm's macro is checked against dynasmrt 5.1 by the
//! differential suite), and the code must run.

use dynasmrt::{x64::X64Relocation, DynasmApi, DynasmLabelApi, VecAssembler};

/// Assembles `$body` with both macros into fresh `VecAssembler`s at base 0x10000 and compares.
/// `$da`, `$db`: dynamic labels defined before and after the body (names from the caller, so
/// that the body can use them).
macro_rules! both {
    ([$da:ident $db:ident] $($body:tt)*) => {{
        let mut a: VecAssembler<X64Relocation> = VecAssembler::new(0x10000);
        let $da = a.new_dynamic_label();
        let $db = a.new_dynamic_label();
        dynasm::dynasm!(a ; .arch x64 ; =>$da ; $($body)* ; =>$db);
        let mut b: VecAssembler<X64Relocation> = VecAssembler::new(0x10000);
        let $da = b.new_dynamic_label();
        let $db = b.new_dynamic_label();
        dynasmrt::dynasm!(b ; .arch x64 ; =>$da ; $($body)* ; =>$db);
        let (a, b) = (a.finalize().unwrap(), b.finalize().unwrap());
        assert_eq!(a, b, "proc macro vs declasm for `{}`", stringify!($($body)*));
        assert!(!a.is_empty());
    }};
}

#[test]
fn instructions() {
    let dynreg: u8 = 9;
    let imm: i32 = 0x1234;
    let big: i64 = 0x1122_3344_5566_7788;
    let disp: i32 = -0x40;
    both!([da db] mov eax, 1 ; add rax, 0x1000 ; xor ecx, ecx ; mov rax, QWORD 0x1122_3344_5566_7788);
    both!([da db] mov eax, imm ; mov rax, QWORD big ; add ecx, imm ; imul eax, ebx, imm);
    both!([da db] mov eax, [rbx + rcx * 4 + 8] ; mov [rsp + disp], rdx ; lea rax, [rip + 0x10]);
    both!([da db] mov Rq(dynreg), rax ; mov eax, [Rq(dynreg) + disp] ; add Rd(dynreg), 5 ; push Rq(dynreg));
    both!([da db] vaddps ymm1, ymm2, [rax] ; movaps xmm3, xmm9 ; vpxor Rx(dynreg), xmm1, xmm2);
    both!([da db] lock add DWORD [rax], 1 ; rep movsb ; fs mov eax, [0x28]);
}

#[test]
fn labels_and_relocations() {
    let imm: i32 = 0x1234;
    let big: i64 = 0x1122_3344_5566_7788;
    both!([da db] ->g: ; l: ; jmp ->g ; jmp <l ; jmp >f ; jz >f ; call ->g ; f: ; ret);
    both!([da db] ->g: ; jmp =>da ; jmp =>db ; lea rax, [->g] ; lea rcx, [=>db] ; mov eax, [>l] ; l: ; nop ; jmp extern 0x10040 ; mov rax, QWORD extern 0x1234);
    both!([da db] ->g: ; jmp ->g + 4 ; lea rax, [->g - 8] ; jmp =>da ; l: ; loop <l ; jecxz >f ; f: ; nop);
    both!([da db] ->g: ; l: ; .i32 imm ; .u8 3 ; .i64 big ; .bytes [1u8, 2, 3].iter() ; jmp <l);
    both!([da db] ->g: ; nop ; .align 8 ; ->h: ; jmp ->h ; jmp ->g ; .rel32 ->g ; .abs64 ->h ; .rel8 >l ; l: ; .abs32 >f ; f:);
}

#[test]
fn runs_on_executable_memory() {
    let mut ops = dynasmrt::x64::Assembler::new().unwrap();
    let start = ops.offset();
    let n: i32 = 7;
    dynasm::dynasm!(ops
        ; .arch x64
        ; mov eax, 0
        ; mov ecx, n
        ; ->top:
        ; add eax, ecx
        ; dec ecx
        ; jnz ->top
        ; ret
    );
    let code = ops.finalize().unwrap();
    let f: extern "sysv64" fn() -> i32 = unsafe { std::mem::transmute(code.ptr(start)) };
    assert_eq!(f(), 28);
}
