# AVX broadcasts, 128-bit lanes, permutes, insert/extract, state
vbroadcastss {xmm}, {xmm}
vbroadcastss {ymm}, {xmm}
vbroadcastss {xmm}, {m}
vbroadcastss xmm1, {m32}
vbroadcastss {ymm}, {m}
vbroadcastss ymm1, {m32}
vbroadcastss xmm1, QWORD [rax]
vbroadcastss ymm1, ymm2
vbroadcastss xmm1, ymm2
vbroadcastsd {ymm}, {xmm}
vbroadcastsd {ymm}, {m}
vbroadcastsd ymm1, {m64}
vbroadcastsd xmm1, xmm2
vbroadcastsd xmm1, [rax]
vbroadcastsd ymm1, DWORD [rax]
vbroadcastsd ymm1, ymm2
vbroadcastf128 {ymm}, {m}
vbroadcastf128 ymm1, {m128}
vbroadcastf128 ymm1, xmm2
vbroadcastf128 xmm1, [rax]
vbroadcastf128 ymm1, YWORD [rax]
vinsertf128 {ymm}, {ymm}, {xmm}, 1
vinsertf128 ymm1, ymm2, {m}, 1
vinsertf128 ymm1, ymm2, {m128}, 1
vinsertf128 ymm1, ymm2, xmm3, {imm8}
vinsertf128 ymm1, ymm2, xmm3, 0x80
vinsertf128 ymm1, ymm2, ymm3, 1
vinsertf128 xmm1, xmm2, xmm3, 1
vinsertf128 ymm1, ymm2, YWORD [rax], 1
vextractf128 {xmm}, {ymm}, 1
vextractf128 {m}, ymm1, 1
vextractf128 {m128}, ymm9, 1
vextractf128 xmm1, ymm2, {imm8}
vextractf128 xmm1, ymm2, 0xFF
vextractf128 ymm1, ymm2, 1
vextractf128 xmm1, xmm2, 1
vextractf128 YWORD [rax], ymm2, 1
vperm2f128 {ymm}, {ymm}, {ymm}, 1
vperm2f128 ymm1, ymm2, {m}, 1
vperm2f128 ymm1, ymm2, {m256}, 1
vperm2f128 ymm1, ymm2, ymm3, {imm8}
vperm2f128 ymm1, ymm2, ymm3, 0x80
vperm2f128 xmm1, xmm2, xmm3, 1
vperm2f128 ymm1, ymm2, OWORD [rax], 1
vpermilps {xmm}, {xmm}, {xmm}
vpermilps xmm1, xmm2, {m}
vpermilps xmm1, xmm2, {m128}
vpermilps xmm1, xmm2, QWORD [rax]
vpermilps xmm1, xmm2, YWORD [rax]
vpermilps xmm1, ymm2, xmm3
vpermilps ymm1, xmm2, xmm3
vpermilps {ymm}, {ymm}, {ymm}
vpermilps ymm1, ymm2, {m}
vpermilps ymm1, ymm2, {m256}
vpermilps ymm1, ymm2, OWORD [rax]
vpermilps {xmm}, {xmm}, 3
vpermilps xmm1, {m}, 3
vpermilps xmm1, {m128}, 3
vpermilps xmm1, QWORD [rax], 3
vpermilps xmm1, ymm2, 3
vpermilps ymm1, xmm2, 3
vpermilps {ymm}, {ymm}, 3
vpermilps ymm1, {m}, 3
vpermilps ymm1, {m256}, 3
vpermilps ymm1, OWORD [rax], 3
vpermilps xmm1, xmm2, {imm8}
vpermilps xmm1, xmm2, 0x80
vpermilps xmm1, xmm2, 0xFF
vpermilps ymm1, ymm2, {imm8}
vpermilpd {xmm}, {xmm}, {xmm}
vpermilpd xmm1, xmm2, [rax]
vpermilpd xmm1, xmm2, [r13 + 0x7F]
vpermilpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vpermilpd xmm1, xmm2, [Rq(dynreg)]
vpermilpd xmm1, xmm2, [rip + 0x10]
vpermilpd xmm9, xmm12, OWORD [rcx + 8]
vpermilpd xmm1, xmm2, QWORD [rax]
vpermilpd xmm1, xmm2, YWORD [rax]
vpermilpd xmm1, ymm2, xmm3
vpermilpd ymm1, xmm2, xmm3
vpermilpd {ymm}, {ymm}, {ymm}
vpermilpd ymm1, ymm2, [rax]
vpermilpd ymm1, ymm2, [r13 + 0x7F]
vpermilpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vpermilpd ymm1, ymm2, [Rq(dynreg)]
vpermilpd ymm9, ymm12, YWORD [rcx + 8]
vpermilpd ymm1, ymm2, OWORD [rax]
vpermilpd {xmm}, {xmm}, 3
vpermilpd xmm1, [rax], 3
vpermilpd xmm1, [r13 + 0x7F], 3
vpermilpd xmm1, [r8 + r15*8 + 0x12345678], 3
vpermilpd xmm1, [Rq(dynreg)], 3
vpermilpd xmm1, [rip + 0x10], 3
vpermilpd xmm9, OWORD [rcx + 8], 3
vpermilpd xmm1, QWORD [rax], 3
vpermilpd xmm1, ymm2, 3
vpermilpd ymm1, xmm2, 3
vpermilpd {ymm}, {ymm}, 3
vpermilpd ymm1, [rax], 3
vpermilpd ymm1, [r13 + 0x7F], 3
vpermilpd ymm1, [r8 + r15*8 + 0x12345678], 3
vpermilpd ymm1, [Rq(dynreg)], 3
vpermilpd ymm9, YWORD [rcx + 8], 3
vpermilpd ymm1, OWORD [rax], 3
vpermilpd xmm1, xmm2, {imm8}
vpermilpd xmm1, xmm2, 0x80
vpermilpd xmm1, xmm2, 0xFF
vpermilpd ymm1, ymm2, {imm8}
vextractps {r32}, {xmm}, 1
vextractps {m}, xmm1, 1
vextractps {m32}, xmm9, 1
vextractps eax, xmm1, {imm8}
vextractps eax, xmm1, 0x80
vextractps rax, xmm1, 1
vextractps QWORD [rax], xmm1, 1
vextractps xmm1, xmm2, 1
vextractps eax, ymm1, 1
vzeroall
vzeroupper
vzeroall xmm0
vzeroupper ymm0
vldmxcsr {m}
vldmxcsr {m32}
vldmxcsr QWORD [rax]
vldmxcsr eax
vstmxcsr {m}
vstmxcsr {m32}
vstmxcsr QWORD [rax]
vstmxcsr eax
vptest {xmm}, {xmm}
vptest xmm1, {m}
vptest xmm1, {m128}
vptest xmm1, QWORD [rax]
vptest xmm1, ymm2
vptest ymm1, xmm2
vptest {ymm}, {ymm}
vptest ymm1, {m}
vptest ymm1, {m256}
vptest ymm1, OWORD [rax]
