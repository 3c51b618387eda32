# AMD LWP (XOP-encoded) and the Cyrix paveb.
llwpcb {r32}
llwpcb {r64}
slwpcb {r32}
slwpcb {r64}
llwpcb DWORD [rax]
lwpins {r32}, ecx, 5
lwpins eax, {r32}, 5
lwpins eax, {m32}, 5
lwpins eax, ecx, {imm32}
lwpins {r64}, rcx, 5
lwpins rax, {r64}, 5
lwpins rax, {m64}, 5
lwpins rax, rcx, {imm32}
lwpval {r32}, ecx, 5
lwpval eax, {r32}, 5
lwpval eax, {m32}, 5
lwpval {r64}, rcx, 5
lwpval rax, {m64}, i32v
lwpval rax, {m}, 5
paveb {mm}, mm1
paveb mm0, {mm}
paveb mm0, {m64}
paveb mm0, {m}
