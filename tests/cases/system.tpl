# System, cache-control, processor-state and miscellaneous instructions (src/x64/mnemonics/system.rs).
# No operands.
cpuid
rdtsc
rdtscp
rdpmc
rdmsr
wrmsr
xgetbv
xsetbv
invd
wbinvd
clts
swapgs
lfence
mfence
sfence
rsm
getsec
clac
stac
hlt
pause
ud2
ud2a
fwait
rdpkru
wrpkru
xtest
xend
clzero
clc
stc
cmc
cld
std
cli
sti
lahf
sahf
monitor
mwait
monitorx
mwaitx
# Implicit operands written out.
monitor rax, ecx, edx
mwait eax, ecx
monitorx rax, ecx, edx
mwaitx eax, ecx
monitor {r64}, ecx, edx
mwait {r32}, ecx
mwait eax, {r32}
monitor rax, {r32}, edx
monitorx rax, ecx, {r32}
monitorx eax, ecx, edx
monitorx {r32}, ecx, edx
monitor eax, ecx, edx
mwaitx eax, ecx, ebx
# Memory without size.
xsave {m}
xsave64 {m}
xrstor [rax]
xrstor [r13 + 0x7F]
xrstor [Rq(dynreg) + 0x100]
xrstor64 [rax]
xrstor64 [r13 + 0x7F]
xrstor64 [Rq(dynreg) + 0x100]
xsaveopt64 [rax]
xsaveopt64 [r13 + 0x7F]
xsaveopt64 [Rq(dynreg) + 0x100]
xsavec64 [rax]
xsavec64 [r13 + 0x7F]
xsavec64 [Rq(dynreg) + 0x100]
xsaves64 [rax]
xsaves64 [r13 + 0x7F]
xsaves64 [Rq(dynreg) + 0x100]
xrstors64 [rax]
xrstors64 [r13 + 0x7F]
xrstors64 [Rq(dynreg) + 0x100]
fxsave [rax]
fxsave [r13 + 0x7F]
fxsave [Rq(dynreg) + 0x100]
fxsave64 [rax]
fxsave64 [r13 + 0x7F]
fxsave64 [Rq(dynreg) + 0x100]
fxrstor [rax]
fxrstor [r13 + 0x7F]
fxrstor [Rq(dynreg) + 0x100]
fxrstor64 [rax]
fxrstor64 [r13 + 0x7F]
fxrstor64 [Rq(dynreg) + 0x100]
lgdt [rax]
lgdt [r13 + 0x7F]
lgdt [Rq(dynreg) + 0x100]
sgdt [rax]
sgdt [r13 + 0x7F]
sgdt [Rq(dynreg) + 0x100]
lidt [rax]
lidt [r13 + 0x7F]
lidt [Rq(dynreg) + 0x100]
sidt [rax]
sidt [r13 + 0x7F]
sidt [Rq(dynreg) + 0x100]
invlpg [rax]
invlpg [r13 + 0x7F]
invlpg [Rq(dynreg) + 0x100]
xsave QWORD [rax + rcx*2]
fxsave OWORD [r12 + 8]
lgdt TWORD [rax]
# Sized memory.
ldmxcsr [rax]
ldmxcsr [r13 + 0x7F]
ldmxcsr [Rq(dynreg) + 0x100]
ldmxcsr {m32}
stmxcsr [rax]
stmxcsr [r13 + 0x7F]
stmxcsr [Rq(dynreg) + 0x100]
stmxcsr DWORD [rip + 0x10]
ldmxcsr QWORD [rax + rcx*2]
clflush [rax]
clflush [r13 + 0x7F]
clflush [Rq(dynreg) + 0x100]
clflush {m8}
prefetchnta [rax]
prefetchnta [r13 + 0x7F]
prefetchnta [Rq(dynreg) + 0x100]
prefetchnta BYTE [r9]
prefetcht0 [rax]
prefetcht0 [r13 + 0x7F]
prefetcht0 [Rq(dynreg) + 0x100]
prefetcht0 BYTE [r9]
prefetcht1 [rax]
prefetcht1 [r13 + 0x7F]
prefetcht1 [Rq(dynreg) + 0x100]
prefetcht1 BYTE [r9]
prefetcht2 [rax]
prefetcht2 [r13 + 0x7F]
prefetcht2 [Rq(dynreg) + 0x100]
prefetcht2 BYTE [r9]
prefetchwt1 [rax]
prefetchwt1 [r13 + 0x7F]
prefetchwt1 [Rq(dynreg) + 0x100]
prefetchwt1 BYTE [r9]
prefetch [rax]
prefetch [r13 + 0x7F]
prefetch [Rq(dynreg) + 0x100]
prefetch QWORD [rax + rcx*2]
prefetchw [rax]
prefetchw [r13 + 0x7F]
prefetchw [Rq(dynreg) + 0x100]
prefetchw {m64}
prefetchw BYTE [r9]
invpcid {r64}, {m}
invpcid {r64}, {m128}
invpcid {r32}, {m}
# Segment descriptors, machine status word.
sldt {m}
sldt {r16}
sldt {r32}
sldt {r64}
sldt WORD [rsp]
str [rax]
str [r13 + 0x7F]
str [Rq(dynreg) + 0x100]
str cx
str r9w
str Rw(dynreg)
str edx
str r10d
str Rd(dynreg)
str rbx
str r11
str Rq(dynreg)
smsw [rax]
smsw [r13 + 0x7F]
smsw [Rq(dynreg) + 0x100]
smsw cx
smsw r9w
smsw Rw(dynreg)
smsw edx
smsw r10d
smsw Rd(dynreg)
smsw rbx
smsw r11
smsw Rq(dynreg)
smsw WORD [rsp]
lldt {m}
lldt {r16}
lldt {r32}
lldt WORD [rsp]
ltr [rax]
ltr [r13 + 0x7F]
ltr [Rq(dynreg) + 0x100]
ltr cx
ltr r9w
ltr Rw(dynreg)
ltr {r32}
verr [rax]
verr [r13 + 0x7F]
verr [Rq(dynreg) + 0x100]
verr cx
verr r9w
verr Rw(dynreg)
verw [rax]
verw [r13 + 0x7F]
verw [Rq(dynreg) + 0x100]
verw cx
verw r9w
verw Rw(dynreg)
lmsw [rax]
lmsw [r13 + 0x7F]
lmsw [Rq(dynreg) + 0x100]
lmsw cx
lmsw r9w
lmsw Rw(dynreg)
lmsw WORD [rsp]
lar {r16}, {r16}
lar cx, [rax]
lar r9w, [rax]
lar Rw(dynreg), [rax]
lar cx, [r13 + 0x7F]
lar cx, [Rq(dynreg) + 0x100]
lar cx, WORD [rsp]
lar r9w, WORD [rsp]
lar Rw(dynreg), WORD [rsp]
lar {r32}, {r32}
lar {r32}, {m}
lar edx, WORD [rsp]
lar r10d, WORD [rsp]
lar Rd(dynreg), WORD [rsp]
lar {r64}, {r64}
lar rbx, [rax]
lar r11, [rax]
lar Rq(dynreg), [rax]
lar rbx, [r13 + 0x7F]
lar rbx, [Rq(dynreg) + 0x100]
lar {r64}, {m16}
lar {r32}, {r16}
lar edx, DWORD [rip + 0x10]
lar r10d, DWORD [rip + 0x10]
lar Rd(dynreg), DWORD [rip + 0x10]
lsl cx, cx
lsl r9w, cx
lsl Rw(dynreg), cx
lsl cx, r9w
lsl cx, Rw(dynreg)
lsl cx, [rax]
lsl r9w, [rax]
lsl Rw(dynreg), [rax]
lsl cx, [r13 + 0x7F]
lsl cx, [Rq(dynreg) + 0x100]
lsl cx, WORD [rsp]
lsl r9w, WORD [rsp]
lsl Rw(dynreg), WORD [rsp]
lsl edx, edx
lsl r10d, edx
lsl Rd(dynreg), edx
lsl edx, r10d
lsl edx, Rd(dynreg)
lsl edx, [rax]
lsl r10d, [rax]
lsl Rd(dynreg), [rax]
lsl edx, [r13 + 0x7F]
lsl edx, [Rq(dynreg) + 0x100]
lsl edx, WORD [rsp]
lsl r10d, WORD [rsp]
lsl Rd(dynreg), WORD [rsp]
lsl rbx, rbx
lsl r11, rbx
lsl Rq(dynreg), rbx
lsl rbx, r11
lsl rbx, Rq(dynreg)
lsl rbx, [rax]
lsl r11, [rax]
lsl Rq(dynreg), [rax]
lsl rbx, [r13 + 0x7F]
lsl rbx, [Rq(dynreg) + 0x100]
lsl rbx, WORD [rsp]
lsl r11, WORD [rsp]
lsl Rq(dynreg), WORD [rsp]
lsl {r64}, {r32}
lfs {r16}, {m}
lfs edx, [rax]
lfs r10d, [rax]
lfs Rd(dynreg), [rax]
lfs edx, [r13 + 0x7F]
lfs edx, [Rq(dynreg) + 0x100]
lfs {r64}, {m}
lgs cx, [rax]
lgs r9w, [rax]
lgs Rw(dynreg), [rax]
lgs cx, [r13 + 0x7F]
lgs cx, [Rq(dynreg) + 0x100]
lgs edx, [rax]
lgs r10d, [rax]
lgs Rd(dynreg), [rax]
lgs edx, [r13 + 0x7F]
lgs edx, [Rq(dynreg) + 0x100]
lgs rbx, [rax]
lgs r11, [rax]
lgs Rq(dynreg), [rax]
lgs rbx, [r13 + 0x7F]
lgs rbx, [Rq(dynreg) + 0x100]
lss cx, [rax]
lss r9w, [rax]
lss Rw(dynreg), [rax]
lss cx, [r13 + 0x7F]
lss cx, [Rq(dynreg) + 0x100]
lss edx, [rax]
lss r10d, [rax]
lss Rd(dynreg), [rax]
lss edx, [r13 + 0x7F]
lss edx, [Rq(dynreg) + 0x100]
lss rbx, [rax]
lss r11, [rax]
lss Rq(dynreg), [rax]
lss rbx, [r13 + 0x7F]
lss rbx, [Rq(dynreg) + 0x100]
lfs edx, DWORD [rip + 0x10]
lfs r10d, DWORD [rip + 0x10]
lfs Rd(dynreg), DWORD [rip + 0x10]
# Random numbers, FS/GS base, processor id.
rdrand {r64}
rdseed rbx
rdseed r11
rdseed Rq(dynreg)
rdrand {r32}
rdseed {r16}
rdpid {r64}
rdpid {r32}
rdfsbase {r32}
rdfsbase {r64}
rdgsbase edx
rdgsbase r10d
rdgsbase Rd(dynreg)
rdgsbase rbx
rdgsbase r11
rdgsbase Rq(dynreg)
wrfsbase edx
wrfsbase r10d
wrfsbase Rd(dynreg)
wrfsbase rbx
wrfsbase r11
wrfsbase Rq(dynreg)
wrgsbase edx
wrgsbase r10d
wrgsbase Rd(dynreg)
wrgsbase rbx
wrgsbase r11
wrgsbase Rq(dynreg)
rdfsbase {r16}
# Multi-byte NOP, UD1, transactional memory, port I/O.
nop
nop {r16}
nop {r32}
nop {r64}
nop WORD [rsp]
nop {m32}
nop QWORD [rax + rcx*2]
nop [rax]
nop [r13 + 0x7F]
nop [Rq(dynreg) + 0x100]
ud1 {r32}, {r32}
ud1 {r32}, {m32}
ud1 edx, [rax]
ud1 r10d, [rax]
ud1 Rd(dynreg), [rax]
ud1 edx, [r13 + 0x7F]
ud1 edx, [Rq(dynreg) + 0x100]
ud1 {r64}, {r64}
xabort {imm8}
xabort {simm8}
xabort 0x80
xbegin {rel}
xbegin {label}
xbegin extern 0x1234
in al, dx
in ax, dx
in eax, dx
in al, {imm8}
in ax, 0x12
in ax, i8v
in eax, 0x12
in eax, i8v
in {r8}, dx
in {r16}, dx
in {r32}, dx
in al, 0x80
out dx, al
out dx, ax
out dx, eax
out {imm8}, al
out 0x12, ax
out i8v, ax
out 0x12, eax
out i8v, eax
out dx, {r8}
out dx, {r32}
out 0xFF, al
# Prefixes.
fs xsave [rax]
gs rdtsc
lock lfence

# AMD RDPRU; Cyrix SMM and descriptor save/restore; VIA PadLock.
rdpru
smint
dmint
rdm
cpu_write
cpu_read
rdshr {r32}
rdshr {m}
rdshr {m32}
wrshr {r32}
wrshr {m32}
wrshr [rax]
svdc {m80}, {sreg}
svdc [rax], ds
rsdc {sreg}, {m80}
rsldt {m80}
svldt TWORD [r9]
svts TWORD [rip + 0x10]
rsts TWORD [Rq(dynreg)]
rsts [rax]
xstore
xcryptecb
xcryptcbc
xcryptctr
xcryptcfb
xcryptofb
montmul
xsha1
xsha256
