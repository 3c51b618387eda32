# jmp / call: labels, literals, unknown-size expressions, extern targets
jmp {rel}
jmp {label} + 3
jmp BYTE {label}
jmp WORD ->glob
jmp DWORD ->glob
jmp QWORD ->glob
jmp FWORD ->glob
jmp -0x81
jmp DWORD 5
jmp WORD 5
jmp BYTE i8v
jmp i8v
jmp extern 0x12345678
jmp {r64}
jmp {r16}
jmp {m64}
jmp {m16}
jmp {m}
jmp QWORD [->glob]
jmp eax
call {rel}
call BYTE {label}
call WORD ->glob
call QWORD ->glob
call extern 0x12345678
call i8v
call -5
call {r64}
call {r16}
call {m64}
call {m16}
call {m}
call QWORD [>fwd]
# jcc: every spelling, rel8 and rel32
jo {rel}
jo BYTE {label}
jo WORD ->glob
jo QWORD ->glob
jo DWORD 5
jo i8v
jo extern 0x12345678
jno 5
jno ->glob
jb 5
jb ->glob
jc 5
jc ->glob
jnae 5
jnae ->glob
jae 5
jae ->glob
jnb 5
jnb ->glob
jnc 5
jnc ->glob
je 5
je ->glob
jz 5
jz ->glob
jne 5
jne ->glob
jnz 5
jnz ->glob
jbe 5
jbe ->glob
jna 5
jna ->glob
ja 5
ja ->glob
jnbe 5
jnbe ->glob
js 5
js ->glob
jns 5
jns ->glob
jp 5
jp ->glob
jpe 5
jpe ->glob
jnp 5
jnp ->glob
jpo 5
jpo ->glob
jl 5
jl BYTE >fwd
jnge 5
jnge BYTE >fwd
jge 5
jge BYTE >fwd
jnl 5
jnl BYTE >fwd
jle 0x100
jle <back
jng 0x100
jng <back
jg 0x100
jg =>dynl
jnle 0x100
jnle =>dynl
# rel8-only jumps
jrcxz {rel}
jrcxz {label}
jrcxz i8v
jrcxz WORD ->glob
jecxz {rel}
jecxz {label}
loop {rel}
loop {label}
loop i8v
loope {rel}
loopz {label}
loopne {rel}
loopnz {label}
# returns
ret
ret {imm16}
ret {imm8}
ret 0x8000
retn
retn 8
retf
retf {imm16}
# frames, interrupts, system
enter {imm16}, 0
enter 16, {imm8}
enter 0x8000, 0
enter 5, 0x80
leave
int {imm8}
int 0x80
int3
int1
icebp
into
iret
iretd
iretq
iretw
syscall
sysret
sysretq
sysenter
sysexit
hlt
nop
nop {r16}
nop {r32}
nop {r64}
nop {m16}
nop {m32}
nop {m64}
nop BYTE [rax]
pause
ud2
ud2a
ud1 {r32}, {r32}
ud1 eax, DWORD [rax]
ud1 {r32}, {m32}
clc
stc
cmc
cld
std
cli
sti
jmp AWORD [rax]
jmp BYTE i32v as _
jmp ->glob - 4
nop QWORD [->glob]
loop BYTE >fwd
