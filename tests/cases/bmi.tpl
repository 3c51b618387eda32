# BMI1, BMI2 (src/x64/mnemonics/bmi.rs). Representatives get the full operand sets.
andn {r32}, ecx, edx
andn eax, {r32}, edx
andn eax, ecx, {r32}
andn eax, ecx, {m}
andn eax, ecx, {m32}
andn {r64}, rcx, rdx
andn rax, {r64}, rdx
andn rax, rcx, {r64}
andn rax, rcx, {m}
andn rax, rcx, {m64}
andn eax, ecx, rdx
andn ax, cx, dx
andn rax, ecx, edx
andn eax, ecx, BYTE [rax]
andn eax, ecx, WORD [rax]
andn eax, ecx, DWORD [rax]
andn eax, ecx, QWORD [rax]
andn rax, rcx, BYTE [rax]
andn rax, rcx, WORD [rax]
andn rax, rcx, DWORD [rax]
andn rax, rcx, QWORD [rax]
shlx {r32}, ecx, edx
shlx eax, {r32}, edx
shlx eax, ecx, {r32}
shlx eax, {m}, edx
shlx eax, {m32}, edx
shlx {r64}, rcx, rdx
shlx rax, {r64}, rdx
shlx rax, rcx, {r64}
shlx rax, {m}, rdx
shlx rax, {m64}, rdx
shlx eax, ecx, rdx
shlx ax, cx, dx
shlx rax, ecx, edx
shlx eax, BYTE [rax], ecx
shlx eax, WORD [rax], ecx
shlx eax, DWORD [rax], ecx
shlx eax, QWORD [rax], ecx
shlx rax, BYTE [rax], rcx
shlx rax, WORD [rax], rcx
shlx rax, DWORD [rax], rcx
shlx rax, QWORD [rax], rcx
andn r8d, r15d, r13d
andn r9, r15, rsp
andn Rd(dynreg), Rd(dynreg), eax
andn rbx, Rq(dynreg), r10
andn ebp, esi, Rd(dynreg)
andn Rq(dynreg), rax, r11
andn r10d, r11d, [rax + 8]
andn r10, rbx, [r12]
andn rax, r9, QWORD [Rq(dynreg) + 4]
andn Rd(dynreg), ecx, DWORD [r8 + r15*8]
mulx r8d, r15d, r13d
mulx r9, r15, rsp
mulx Rd(dynreg), Rd(dynreg), eax
mulx rbx, Rq(dynreg), r10
mulx ebp, esi, Rd(dynreg)
mulx Rq(dynreg), rax, r11
mulx r10d, r11d, [rax + 8]
mulx r10, rbx, [r12]
mulx rax, r9, QWORD [Rq(dynreg) + 4]
mulx Rd(dynreg), ecx, DWORD [r8 + r15*8]
pdep r8d, r15d, r13d
pdep r9, r15, rsp
pdep Rd(dynreg), Rd(dynreg), eax
pdep rbx, Rq(dynreg), r10
pdep ebp, esi, Rd(dynreg)
pdep Rq(dynreg), rax, r11
pdep r10d, r11d, [rax + 8]
pdep r10, rbx, [r12]
pdep rax, r9, QWORD [Rq(dynreg) + 4]
pdep Rd(dynreg), ecx, DWORD [r8 + r15*8]
pext r8d, r15d, r13d
pext r9, r15, rsp
pext Rd(dynreg), Rd(dynreg), eax
pext rbx, Rq(dynreg), r10
pext ebp, esi, Rd(dynreg)
pext Rq(dynreg), rax, r11
pext r10d, r11d, [rax + 8]
pext r10, rbx, [r12]
pext rax, r9, QWORD [Rq(dynreg) + 4]
pext Rd(dynreg), ecx, DWORD [r8 + r15*8]
bzhi r8d, r15d, r13d
bzhi r9, r15, rsp
bzhi Rd(dynreg), Rd(dynreg), eax
bzhi rbx, Rq(dynreg), r10
bzhi ebp, esi, Rd(dynreg)
bzhi Rq(dynreg), rax, r11
bzhi r10d, [rax + 8], r11d
bzhi r10, [r12], rbx
bzhi rax, QWORD [Rq(dynreg) + 4], r9
bzhi Rd(dynreg), DWORD [r8 + r15*8], ecx
sarx r8d, r15d, r13d
sarx r9, r15, rsp
sarx Rd(dynreg), Rd(dynreg), eax
sarx rbx, Rq(dynreg), r10
sarx ebp, esi, Rd(dynreg)
sarx Rq(dynreg), rax, r11
sarx r10d, [rax + 8], r11d
sarx r10, [r12], rbx
sarx rax, QWORD [Rq(dynreg) + 4], r9
sarx Rd(dynreg), DWORD [r8 + r15*8], ecx
shlx r8d, r15d, r13d
shlx r9, r15, rsp
shlx Rd(dynreg), Rd(dynreg), eax
shlx rbx, Rq(dynreg), r10
shlx ebp, esi, Rd(dynreg)
shlx Rq(dynreg), rax, r11
shlx r10d, [rax + 8], r11d
shlx r10, [r12], rbx
shlx rax, QWORD [Rq(dynreg) + 4], r9
shlx Rd(dynreg), DWORD [r8 + r15*8], ecx
shrx r8d, r15d, r13d
shrx r9, r15, rsp
shrx Rd(dynreg), Rd(dynreg), eax
shrx rbx, Rq(dynreg), r10
shrx ebp, esi, Rd(dynreg)
shrx Rq(dynreg), rax, r11
shrx r10d, [rax + 8], r11d
shrx r10, [r12], rbx
shrx rax, QWORD [Rq(dynreg) + 4], r9
shrx Rd(dynreg), DWORD [r8 + r15*8], ecx
bextr r8d, r15d, r13d
bextr r9, r15, rsp
bextr Rd(dynreg), Rd(dynreg), eax
bextr rbx, Rq(dynreg), r10
bextr ebp, esi, Rd(dynreg)
bextr Rq(dynreg), rax, r11
bextr r10d, [rax + 8], r11d
bextr r10, [r12], rbx
bextr rax, QWORD [Rq(dynreg) + 4], r9
bextr Rd(dynreg), DWORD [r8 + r15*8], ecx
blsi {r32}, ecx
blsi eax, {r32}
blsi {r64}, rcx
blsi rax, {r64}
blsi eax, {m}
blsi rax, {m}
blsi ecx, {m32}
blsi rcx, {m64}
blsi ax, cx
blsi eax, rcx
blsi eax, BYTE [rax]
blsi eax, WORD [rax]
blsi eax, DWORD [rax]
blsi eax, QWORD [rax]
blsi rax, BYTE [rax]
blsi rax, WORD [rax]
blsi rax, DWORD [rax]
blsi rax, QWORD [rax]
blsr r8d, r15d
blsr r9, rsp
blsr Rd(dynreg), eax
blsr rbx, Rq(dynreg)
blsr r10d, [rax + 8]
blsr r10, QWORD [r12]
blsr Rq(dynreg), [Rq(dynreg) + 4]
blsr ebp, DWORD [r8 + r15*8]
blsmsk r8d, r15d
blsmsk r9, rsp
blsmsk Rd(dynreg), eax
blsmsk rbx, Rq(dynreg)
blsmsk r10d, [rax + 8]
blsmsk r10, QWORD [r12]
blsmsk Rq(dynreg), [Rq(dynreg) + 4]
blsmsk ebp, DWORD [r8 + r15*8]
blsi r8d, r15d
blsi r9, rsp
blsi Rd(dynreg), eax
blsi rbx, Rq(dynreg)
blsi r10d, [rax + 8]
blsi r10, QWORD [r12]
blsi Rq(dynreg), [Rq(dynreg) + 4]
blsi ebp, DWORD [r8 + r15*8]
rorx {r32}, ecx, 3
rorx eax, {r32}, 3
rorx eax, ecx, {imm8}
rorx eax, {m}, 3
rorx eax, {m32}, 3
rorx {r64}, rcx, 3
rorx rax, {r64}, 3
rorx rax, rcx, {imm8}
rorx rax, {m}, 3
rorx rax, {m64}, 3
rorx rax, rcx, 0x100
rorx ax, cx, 1
rorx rax, ecx, 1
