# TBM (src/x64/mnemonics/bmi.rs): XOP-encoded.
# bextr with an immediate control: XOP map 0A (dynasm-rs writes the map field as 10000b).
bextr {r32}, ecx, 3
bextr eax, {r32}, 3
bextr eax, ecx, {imm32}
bextr eax, ecx, {imm8}
bextr eax, {m}, 3
bextr eax, {m32}, 0x12345678
bextr {r64}, rcx, 3
bextr rax, {r64}, 3
bextr rax, rcx, {imm32}
bextr rax, rcx, {imm8}
bextr rax, {m}, 3
bextr rax, {m64}, 0x12345678
bextr rax, rcx, QWORD 5
bextr rax, rcx, 0x100000000
bextr eax, ecx, WORD 5
bextr eax, ecx, BYTE 5
bextr ax, cx, 5
bextr eax, rcx, 5
bextr eax, BYTE [rax], 1
bextr eax, WORD [rax], 1
bextr eax, DWORD [rax], 1
bextr eax, QWORD [rax], 1
bextr rax, BYTE [rax], 1
bextr rax, WORD [rax], 1
bextr rax, DWORD [rax], 1
bextr rax, QWORD [rax], 1
blcfill {r32}, ecx
blcfill eax, {r32}
blcfill {r64}, rcx
blcfill rax, {r64}
blcfill eax, {m}
blcfill rax, {m}
blcfill ecx, {m32}
blcfill rcx, {m64}
blcfill ax, cx
blcfill eax, rcx
blcfill eax, BYTE [rax]
blcfill eax, WORD [rax]
blcfill eax, DWORD [rax]
blcfill eax, QWORD [rax]
blcfill rax, BYTE [rax]
blcfill rax, WORD [rax]
blcfill rax, DWORD [rax]
blcfill rax, QWORD [rax]
blcfill r8d, r15d
blcfill r9, rsp
blcfill Rd(dynreg), eax
blcfill rbx, Rq(dynreg)
blcfill r10d, [rax + 8]
blcfill r10, QWORD [r12]
blcfill Rq(dynreg), [Rq(dynreg) + 4]
blcfill ebp, DWORD [r8 + r15*8]
blci r8d, r15d
blci r9, rsp
blci Rd(dynreg), eax
blci rbx, Rq(dynreg)
blci r10d, [rax + 8]
blci r10, QWORD [r12]
blci Rq(dynreg), [Rq(dynreg) + 4]
blci ebp, DWORD [r8 + r15*8]
blcic r8d, r15d
blcic r9, rsp
blcic Rd(dynreg), eax
blcic rbx, Rq(dynreg)
blcic r10d, [rax + 8]
blcic r10, QWORD [r12]
blcic Rq(dynreg), [Rq(dynreg) + 4]
blcic ebp, DWORD [r8 + r15*8]
blcmsk r8d, r15d
blcmsk r9, rsp
blcmsk Rd(dynreg), eax
blcmsk rbx, Rq(dynreg)
blcmsk r10d, [rax + 8]
blcmsk r10, QWORD [r12]
blcmsk Rq(dynreg), [Rq(dynreg) + 4]
blcmsk ebp, DWORD [r8 + r15*8]
blcs r8d, r15d
blcs r9, rsp
blcs Rd(dynreg), eax
blcs rbx, Rq(dynreg)
blcs r10d, [rax + 8]
blcs r10, QWORD [r12]
blcs Rq(dynreg), [Rq(dynreg) + 4]
blcs ebp, DWORD [r8 + r15*8]
blsfill r8d, r15d
blsfill r9, rsp
blsfill Rd(dynreg), eax
blsfill rbx, Rq(dynreg)
blsfill r10d, [rax + 8]
blsfill r10, QWORD [r12]
blsfill Rq(dynreg), [Rq(dynreg) + 4]
blsfill ebp, DWORD [r8 + r15*8]
blsic r8d, r15d
blsic r9, rsp
blsic Rd(dynreg), eax
blsic rbx, Rq(dynreg)
blsic r10d, [rax + 8]
blsic r10, QWORD [r12]
blsic Rq(dynreg), [Rq(dynreg) + 4]
blsic ebp, DWORD [r8 + r15*8]
t1mskc r8d, r15d
t1mskc r9, rsp
t1mskc Rd(dynreg), eax
t1mskc rbx, Rq(dynreg)
t1mskc r10d, [rax + 8]
t1mskc r10, QWORD [r12]
t1mskc Rq(dynreg), [Rq(dynreg) + 4]
t1mskc ebp, DWORD [r8 + r15*8]
tzmsk r8d, r15d
tzmsk r9, rsp
tzmsk Rd(dynreg), eax
tzmsk rbx, Rq(dynreg)
tzmsk r10d, [rax + 8]
tzmsk r10, QWORD [r12]
tzmsk Rq(dynreg), [Rq(dynreg) + 4]
tzmsk ebp, DWORD [r8 + r15*8]
