// The five emission workloads, included by benches/emit.rs once per (crate, assembler) pair with
// `rt` naming the crate and `Ops` the assembler type, so both crates assemble the same text.
// Each function emits `BLOCKS * 10` instructions (`static_run` with `BLOCKS / 5` calls).
use rt::{dynasm, DynasmApi, DynasmLabelApi};

pub const BLOCKS: usize = 100;
#[allow(dead_code)]
pub const PER_BLOCK: usize = 10;

/// (a) Static registers: ALU, mov, lea and cmp with memory operands, all encodings known at
/// compile time.
pub fn static_regs(ops: &mut Ops) {
    for _ in 0..BLOCKS {
        dynasm!(ops
            ; .arch x64
            ; add rax, [rcx + 8]
            ; mov rdx, [rsp + 0x10]
            ; lea r8, [rax + rbx * 4 + 0x20]
            ; cmp r9, [rdi + rsi * 8]
            ; xor eax, ebx
            ; mov [rcx + 0x18], r10
            ; add DWORD [rbx + 4], 7
            ; sub r11, [rbp - 8]
            ; and ecx, 0x7f
            ; or QWORD [r12 + 0x40], 1
        );
    }
}

/// (b) Immediates and displacements from run-time values.
pub fn runtime_values(ops: &mut Ops, base: i32) {
    for k in 0..BLOCKS as i32 {
        let i = base.wrapping_add(k);
        let d = base.wrapping_mul(8).wrapping_add(k);
        dynasm!(ops
            ; .arch x64
            ; add rax, i
            ; mov rcx, [rdx + d]
            ; cmp DWORD [rbx + d], i
            ; mov eax, i
            ; lea rsi, [rdi + d]
            ; sub r9, i
            ; mov [rsp + d], r8
            ; xor ecx, i
            ; mov QWORD [rax + d], i
            ; and edx, i
        );
    }
}

/// (c) Dynamic registers `Rq(x)`/`Rd(x)`.
pub fn dynamic_regs(ops: &mut Ops, regs: &[u8]) {
    for k in 0..BLOCKS {
        let a = regs[k % regs.len()];
        let b = regs[(k + 3) % regs.len()];
        let c = regs[(k + 7) % regs.len()];
        dynasm!(ops
            ; .arch x64
            ; add Rq(a), Rq(b)
            ; mov Rq(a), [Rq(b) + 8]
            ; lea Rq(c), [Rq(a) + 0x20]
            ; cmp Rq(a), Rq(c)
            ; xor Rd(a), Rd(b)
            ; mov [Rq(c) + 16], Rq(b)
            ; sub Rq(b), [Rq(c) + 24]
            ; push Rq(a)
            ; pop Rq(b)
            ; and Rq(c), Rq(a)
        );
    }
}

/// (d) Label-heavy code shaped like the tutorial's bf JIT: a loop per block with two dynamic
/// labels (defined and jumped to), a local label, and a jump to a global label.
pub fn labels(ops: &mut Ops) {
    for _ in 0..BLOCKS {
        let backward = ops.new_dynamic_label();
        let forward = ops.new_dynamic_label();
        dynasm!(ops
            ; .arch x64
            ; cmp BYTE [rdx], 0
            ; jz =>forward
            ; =>backward
            ; add BYTE [rdx], 3
            ; jo ->overflow
            ; add rdx, 1
            ; cmp rdx, r9
            ; jb >wrap
            ; sub rdx, 30000
            ; wrap:
            ; sub BYTE [rdx], 1
            ; cmp BYTE [rdx], 0
            ; jnz =>backward
            ; =>forward
        );
    }
    dynasm!(ops
        ; .arch x64
        ; ->overflow:
        ; ret
    );
}

/// (e) Runs of static instructions, one `dynasm!` call of 50 short ones (register-register
/// ALU and moves, small immediates, a few memory operands), as a JIT's straight-line code is:
/// `calls` calls (`PER_BLOCK * BLOCKS / 50` for the same count as the others).
pub fn static_run(ops: &mut Ops, calls: usize) {
    for _ in 0..calls {
        dynasm!(ops
            ; .arch x64
            ; add rdx, r8
            ; cmp r10, rcx
            ; mov r10, [rbx + 24]
            ; and r8, rcx
            ; sub r8, rax
            ; lea r11, [rax + r11*4 + 16]
            ; mov r8, [rax + 120]
            ; mov rdx, rsi
            ; xor rcx, rsi
            ; cmp r11, rbx
            ; and rcx, rax
            ; cmp r10, r8
            ; or r9, rdi
            ; sub rdx, rbx
            ; mov r10, [r9 + 456]
            ; sub r9, rsi
            ; cmp r8, rdx
            ; add r9, r8
            ; lea rcx, [r10 + rcx*4 + 16]
            ; mov rdi, [r11 + 360]
            ; sub r9, r11
            ; add rsi, 90
            ; mov rax, [rsi + 336]
            ; mov r9, [rsi + 368]
            ; test rdi, rax
            ; test r11, rcx
            ; and rsi, rdx
            ; xor r9, rcx
            ; xor r10, rsi
            ; add r10, 91
            ; and rdi, r8
            ; and rdx, r11
            ; mov rax, [r9 + 432]
            ; mov rsi, [r11 + 8]
            ; cmp r10, rdi
            ; lea r10, [rax + r10*4 + 16]
            ; mov r10, r8
            ; mov rcx, r9
            ; test rcx, rbx
            ; sub rdi, rax
            ; sub rdx, r10
            ; lea r11, [rax + r11*4 + 16]
            ; xor rbx, r8
            ; mov rdi, [r11 + 248]
            ; test r9, r11
            ; sub rcx, rdx
            ; add rsi, 89
            ; cmp rax, rbx
            ; or r10, rax
            ; lea rcx, [rsi + rcx*4 + 16]
        );
    }
}
