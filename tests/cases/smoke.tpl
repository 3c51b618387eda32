add {r64}, {r64}
add {r64}, {m}
add {m}, {r32}
add {r64}, {simm8}
add {m64}, {imm32}
mov {r64}, {imm64}
jmp {rel}
