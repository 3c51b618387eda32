# Base-group mnemonics found missing by tools/missing_mnemonics.py (src/x64/mnemonics/extra.rs).
# movabs: accumulator <-> 64-bit absolute address (moffs64).
movabs al, {imm64}
movabs ax, {imm64}
movabs eax, {imm64}
movabs rax, {imm64}
movabs {imm64}, al
movabs {imm64}, ax
movabs {imm64}, eax
movabs {imm64}, rax
movabs rax, {imm8}
movabs al, {imm32}
movabs {imm32}, rax
movabs {imm8}, eax
movabs rax, {label}
movabs {label}, al
movabs {r64}, 5
movabs rax, {m}
movabs {m64}, rax
movabs rax, {r64}
# movnti / movdiri: stores from a general-purpose register.
movnti {m}, {r64}
movnti {m}, {r32}
movnti {m64}, rax
movnti {m32}, eax
movnti rax, rcx
movdiri {m}, {r64}
movdiri {m}, {r32}
movdiri {m64}, rax
movdiri {m32}, eax
movdiri rax, rcx
# int01: alias of int1/icebp.
int01
int01 1
# int03: alias of int3.
int03
int03 3
# The NASM `qq` names of the 256-bit integer moves (ymm only).
vmovqqa {ymm}, ymm2
vmovqqa ymm1, {ymm}
vmovqqa ymm1, {m}
vmovqqa ymm1, {m256}
vmovqqa {m}, ymm1
vmovqqa {m256}, ymm9
vmovqqa xmm1, xmm2
vmovqqu {ymm}, ymm2
vmovqqu ymm1, {ymm}
vmovqqu ymm1, {m256}
vmovqqu {m256}, ymm9
vmovqqu xmm1, [rax]
vldqqu {ymm}, [rax]
vldqqu ymm1, {m}
vldqqu ymm1, {m256}
vldqqu ymm1, ymm2
vldqqu xmm1, [rax]
vmovntqq {m}, ymm1
vmovntqq {m256}, {ymm}
vmovntqq [rax], xmm1
vmovntqq ymm1, ymm2
