# Found by the second wide survey (issue 11): every form of the oracle's own form lists, with
# varied operands, against dynasm-rs 5.1.
# bts/btr/btc: a memory operand takes an immediate of unknown size, a register one does not.
bts QWORD {m}, i8v
btr DWORD {m}, i8v
btc WORD {m}, i8v
bts {r64}, i8v
btr {r32}, i8v
btc {r16}, i8v
bts QWORD [rax], BYTE i32v as _
btr {r64}, BYTE i32v as _
btc DWORD [rax], {imm8}
bt QWORD [rax], i8v
bt {r64}, i8v
lock bts QWORD [rax], i8v
lock btr DWORD [rax], i8v
lock btc WORD [rax], i8v
# `[r*1]` alone is `[r]` (a base), unless NOSPLIT; with another register the unscaled one is the base.
mov rax, [rax*1]
mov rax, [rcx*1 + 8]
mov rax, [1*rcx]
mov rax, [rsp*1]
mov rax, [r12*1]
mov rax, [r13*1]
mov rax, [rbp*1]
mov rax, [rax*1 + rbx*1]
mov rax, [rax*1 + rcx]
mov rax, [rcx + rax*1]
mov rax, [Rq(dynreg)*1]
mov rax, [eax*1]
mov rax, [r13d*1 + 0x80]
lea rax, [NOSPLIT rax*1]
lea rax, [NOSPLIT rsp*1]
lea rax, [NOSPLIT r13*1 + 8]
lea rax, [rsp*1]
lea rax, [rsp*1 + rax]
lea rax, [rax + rsp*1]
add BYTE [rax*1], 1
add {r64}, [rcx*1]
add [rdx*1], {r32}
movaps xmm0, [rax*1]
vaddps ymm1, ymm2, [r9*1 + 0x10]
call QWORD [rax*1]
jmp [rsp*1 + 8]
fld QWORD [rbp*1]
# Refused by dynasm-rs 5.1 and now by declasm (listed in survey2.rejected): a displacement size
# without a displacement, a literal outside i64.
mov rax, [BYTE rax]
mov rax, [DWORD rip]
mov rax, [DWORD rax*4]
mov rax, [BYTE rax + rcx]
mov rax, 0xFFFFFFFFFFFFFFFF
mov rax, -0x8000000000000001
mov rax, QWORD 0x8000000000000000
# accepted at the edges
mov rax, [BYTE rip + 5]
mov rax, [BYTE rax + 0]
mov rax, 0x7FFFFFFFFFFFFFFF
mov rax, -0x8000000000000000
# monitorx with a 16-bit address register: dynasm-rs 5.1 gives the rax form's bytes.
monitorx ax, ecx, edx
monitorx rax, ecx, edx
monitorx
