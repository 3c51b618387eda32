# SSE4a (ext.rs)
extrq {xmm}, xmm1
extrq xmm2, {xmm}
extrq {xmm}, 1, 2
extrq xmm3, {imm8}, 5
extrq xmm9, 7, {imm8}
extrq xmm0, {m}
extrq xmm0, 0x100, 2
extrq xmm0, WORD 1, 2
extrq xmm0, xmm1, 1, 2
extrq mm0, mm1
extrq xmm0, 1
extrq xmm0, {r64}
insertq {xmm}, xmm1
insertq xmm2, {xmm}
insertq {xmm}, xmm8, 1, 2
insertq xmm3, {xmm}, 1, 2
insertq xmm0, xmm1, {imm8}, 5
insertq xmm10, xmm11, 7, {imm8}
insertq xmm0, {m}
insertq xmm0, [rax], 1, 2
insertq xmm0, 1, 2
insertq xmm0, xmm1, 0x100, 0
insertq xmm0, xmm1, 1
movntsd {m}, xmm1
movntsd {m64}, xmm9
movntsd [rax], {xmm}
movntsd DWORD [rax], xmm0
movntsd OWORD [rax], xmm0
movntsd xmm0, xmm1
movntsd xmm0, [rax]
movntsd [rax], mm0
movntss {m}, xmm1
movntss {m32}, xmm9
movntss [rax], {xmm}
movntss QWORD [rax], xmm0
movntss BYTE [rax], xmm0
movntss xmm0, xmm1
movntss xmm0, [rax]
