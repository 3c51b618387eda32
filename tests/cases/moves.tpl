# mov: immediates of every size
mov {r8}, {imm8}
mov {m8}, {imm8}
mov {r16}, {imm16}
mov {r16}, {imm8}
mov {m16}, {imm16}
mov {r32}, {imm32}
mov {r32}, {imm8}
mov {m32}, {imm32}
mov {r64}, {imm32}
mov {r64}, {imm8}
mov {m64}, {imm32}
mov {r64}, {imm64}
mov {r64}, {label}
mov rax, QWORD {label}
mov r9, DWORD ->glob
mov rax, BYTE ->glob
mov rax, ->glob + 5
mov rax, extern 0x1234
mov rcx, QWORD extern 0x12345678
mov {r64}, QWORD i64v
mov DWORD [->glob], 5
mov QWORD [>fwd], i32v
# mov: registers and memory
mov {r8}, {r8}
mov {r8}, {m}
mov {m}, {r8}
mov {rh}, {rh}
mov {r16}, {r16}
mov {r16}, {m}
mov {m}, {r16}
mov {r32}, {r32}
mov {r32}, {m}
mov {m}, {r32}
mov {r64}, {r64}
mov {r64}, {m}
mov {m}, {r64}
mov {m64}, {r64}
mov {r64}, {m64}
mov rax, [->glob]
mov [<back], ecx
mov {r32}, [=>dynl]
# mov: segment, control and debug registers
mov {sreg}, ax
mov {sreg}, {r16}
mov {sreg}, {m}
mov {sreg}, {m16}
mov {r16}, {sreg}
mov {r32}, {sreg}
mov {r64}, {sreg}
mov {m}, {sreg}
mov {m16}, {sreg}
mov {cr}, {r64}
mov {r64}, {cr}
mov {dr}, {r64}
mov {r64}, {dr}
mov cr15, rax
mov dr15, rax
mov RC(dynreg), rax
mov rax, RC(dynreg)
mov RD(dynreg), r8
mov rbx, RD(dynreg)
mov al, [0x1234]
mov [0x1234], rax
# movzx, movsx, movsxd
movzx {r16}, {r8}
movzx {r16}, {m8}
movzx {r16}, {m}
movzx {r32}, {r8}
movzx {r32}, {m8}
movzx {r32}, {m}
movzx {r64}, {r8}
movzx {r64}, {m8}
movzx {r64}, {m}
movzx {r32}, {r16}
movzx {r32}, {m16}
movzx {r64}, {r16}
movzx {r64}, {m16}
movzx ax, cx
movzx rax, eax
movsx {r16}, {r8}
movsx {r16}, {m8}
movsx {r16}, {m}
movsx {r32}, {r8}
movsx {r32}, {m8}
movsx {r32}, {m}
movsx {r64}, {r8}
movsx {r64}, {m8}
movsx {r64}, {m}
movsx {r32}, {r16}
movsx {r32}, {m16}
movsx {r64}, {r16}
movsx {r64}, {m16}
movsx {r64}, {r32}
movsx {r64}, {m32}
movsx eax, ecx
movsxd {r64}, {r32}
movsxd {r64}, {m32}
movsxd {r64}, {m}
movsxd eax, ecx
# lea
lea {r16}, {m}
lea {r32}, {m}
lea {r64}, {m}
lea rax, [->glob]
lea {r64}, [>fwd]
lea rcx, [<back + 8]
lea rdx, [=>dynl]
# push, pop
push {r64}
push {r16}
push {simm8}
push {imm16}
push {imm32}
push {imm8}
push 0x7FFFFFFF
push 0x80000000
push {m64}
push {m16}
push fs
push gs
push es
push QWORD [->glob]
push eax
pop {r64}
pop {r16}
pop {m64}
pop {m16}
pop fs
pop gs
pop QWORD [->glob]
pushf
pushfq
pushfw
popf
popfq
popfw
pushfd
lahf
sahf
# movbe
movbe {r16}, {m}
movbe {r32}, {m}
movbe {r64}, {m}
movbe {r32}, {m32}
movbe {m}, {r16}
movbe {m}, {r32}
movbe {m}, {r64}
movbe {m64}, {r64}
movbe eax, ecx
# cmovcc
cmovo {r16}, {r16}
cmovo {r16}, {m}
cmovo {r32}, {r32}
cmovo {r32}, {m}
cmovo {r64}, {r64}
cmovo {r64}, {m}
cmovo {r64}, {m64}
cmovo al, cl
cmovno ecx, edx
cmovb ecx, edx
cmovc ecx, edx
cmovnae ecx, edx
cmovae ecx, edx
cmovnb ecx, edx
cmovnc ecx, edx
cmove ecx, edx
cmovz ecx, edx
cmovne ecx, edx
cmovnz ecx, edx
cmovbe ecx, edx
cmovna ecx, edx
cmova ecx, edx
cmovnbe ecx, edx
cmovs ecx, edx
cmovns ecx, edx
cmovp ecx, edx
cmovpe ecx, edx
cmovnp ecx, edx
cmovpo ecx, edx
cmovl ecx, edx
cmovnge ecx, edx
cmovge ecx, edx
cmovnl ecx, edx
cmovle r8, [r9]
cmovng r8, [r9]
cmovg r8, [r9]
cmovnle r8, [r9]
# setcc
seto {r8}
seto {m8}
seto {m}
seto eax
setno bl
setb bl
setc bl
setnae bl
setae bl
setnb bl
setnc bl
sete bl
setz bl
setne bl
setnz bl
setbe bl
setna bl
seta bl
setnbe bl
sets bl
setns bl
setp bl
setpe bl
setnp bl
setpo bl
setl bl
setnge bl
setge bl
setnl bl
setle BYTE [r13]
setng BYTE [r13]
setg BYTE [r13]
setnle BYTE [r13]
# segment overrides, AWORD, high bytes
fs mov rax, [0x28]
gs mov {r64}, [0]
fs mov eax, DWORD [rcx + 4]
mov rax, AWORD 5
mov rax, AWORD i64v
push AWORD [rax]
cmovo rax, AWORD [rax]
mov rax, QWORD -1
mov eax, QWORD 5
mov al, DWORD 5
push QWORD i32v
push BYTE -1
mov {rh}, 0x7F
mov {rh}, BYTE [rbx]
movzx ecx, {rh}
movsx edx, {rh}
mov rax, ss
mov ss, rax
mov fs, ecx
mov cr0, eax
