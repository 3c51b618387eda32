# Suffixed integer literals (issue 9): sized by their value like unsuffixed ones, accepted where
# the suffix is the type of the field the chosen form gives them (dynasm-rs 5.1's rule, probed).
mov eax, 8i32
mov eax, -8i32
mov eax, 8_i32
mov eax, (8i32)
mov eax, (-8i32)
mov eax, -(8i32)
mov eax, 8u32
mov eax, 8i64
mov eax, 8i8
mov rax, QWORD 0x1234_5678_9abc_i64
mov rax, 0x1234_5678_9abc_i64
mov rax, -0x8000_0000_0000_0000_i64
mov rax, 8i64
mov rax, 8i32
mov rax, -8i32
and r8, -8i32
and r8, -8i8
and r8, 8i8
and r8, 1000i32
add eax, 8i32
add eax, 8i8
add eax, 1000i32
add al, 8i8
add al, -128i8
add al, 127i8
add al, 8u8
mov al, 8i8
mov ax, 8i16
mov ax, 8i32
push 8i8
push 8i32
push 1000i16
push 1000i32
int 3i8
int 3u8
ret 8i16
ret 8i32
jmp 8i8
jmp 8i32
call 8i32
shl eax, 3i8
shl eax, 1i8
shl eax, 3i32
imul eax, ebx, 8i8
imul eax, ebx, 8i32
enter 8i16, 1i8
mov BYTE [rax], 8i8
mov DWORD [rax], 8i32
mov QWORD [rax], 8i32
mov QWORD [rax], 8i64
mov eax, 0x8000_0000u32
mov eax, 1.0
mov eax, 'a'
mov eax, [rax + 8i8]
mov eax, [rax + 8i32]
mov eax, [rax - 8i8]
mov eax, [rax - 128i8]
mov eax, [rax + 127i8]
mov eax, [rax + 0i8]
mov eax, [rax + 0i32]
mov eax, [rbp + 0i8]
mov eax, [rax + 1000i32]
mov eax, [rax - 1000i32]
mov eax, [rax + rbx*4 + 1000i32]
mov eax, [rax + rbx*4 + 8i32]
mov eax, [rax + 8i8 + rbx]
mov eax, [8i8 + rax]
mov eax, [rax*4 + 8i32]
mov eax, [8i32]
mov eax, [rip + 8i32]
mov eax, [rax + 8i32 + 1000]
mov eax, [rax + 8i8 + 1]
mov eax, [rax + (-8i8)]
mov eax, [Rq(dynreg) + 8i8]
mov eax, [Rq(dynreg)*4 + 8i32]
# The operand expression grammar (issue 9): literals, negations, parentheses, casts, paths,
# method calls, `as _`, in each operand position.
add eax, (1)
add eax, ((1))
add eax, -(1)
add eax, (-1)
add eax, - -1
add eax, -(-1)
add eax, 1 + 1
mov rdx, -i32v
mov rdx, -(i32v)
mov edx, !i32v
mov edx, -(i32v + 1)
mov edx, i8v as i32
mov edx, i8v as _
mov edx, (i16v as i32) * 2
mov edx, i32::MAX
mov edx, -i32::MAX
mov edx, i32::from(i8v)
mov edx, i32v.wrapping_add(1)
mov edx, (i32v, 2).1
mov edx, { i32v }
mov edx, [rsp + i32v]
mov edx, [rsp - i32v]
mov edx, [rsp + -i32v]
mov edx, [-i32v]
mov edx, [rsp + (i32v)]
mov edx, [rsp + i32v as _]
mov edx, [rsp + (i64v * 8) as _]
mov edx, [rsp + i32::from(i16v)]
mov edx, [rsp + i32v.wrapping_mul(2)]
mov edx, [rsp + 8 + i32v]
mov edx, [rsp + i32v + 8]
mov edx, [rbp + rax*2 + i32v]
mov edx, [rax + (8)]
mov edx, [rax + ((8))]
mov edx, [rax + -8]
mov edx, [rax - -8]
mov edx, [rax + (-8)]
mov edx, [rax - (8)]
mov edx, [rax - (-8)]
mov edx, [rax + (-(8))]
mov edx, [rax + -(8)]
mov edx, [rax + 4 - 8]
mov edx, [rax + rbx*2 - -8]
mov edx, [- 8 + rax]
mov edx, [rax + 4 * Rq(dynreg)]
mov edx, [Rq(dynreg) * 4 + rax]
mov edx, [Rq(dynreg as u8)]
mov edx, [Rq(u8::from(dynreg))]
mov Rd(dynreg), 1
mov Rd((dynreg)), 1
mov Rd(u8::from(dynreg)), 1
mov Ra(dynreg), 1
mov rax, Ra(dynreg)
mov eax, [Ra(dynreg)]
mov eax, [Ra(dynreg) + 4]
lea Ra(dynreg), [rax]
push Ra(dynreg)
jmp =>dynl
jmp =>(dynl)
jmp =>{ dynl }
jmp ->glob + 1
jmp ->glob - 1
jmp ->glob + i32v
lea rax, [->glob + 8]
lea rax, [>fwd - 8]
.i32 i32v
.i32 -i32v
.i32 8i32
.i32 -8i32
.i32 i32::MAX, 3
.i32 i32v.wrapping_add(1)
.i32 (i16v as i32) as _
.i8 i8v
.i64 -1
.u64 i64v as u64
.f32 1.5
.f64 -2.5
.bytes [1u8, 2].iter()
.align 8
.align 16, 0xCC
