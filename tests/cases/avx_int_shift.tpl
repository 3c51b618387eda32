# AVX/AVX2 shifts: count in xmm/m128 or imm8, byte shifts, variable shifts (src/x64/mnemonics/avx2.rs).
vpsllw {xmm}, xmm2, xmm3
vpsllw xmm1, {xmm}, xmm3
vpsllw xmm1, xmm2, {xmm}
vpsllw xmm1, xmm2, {m}
vpsllw xmm1, xmm2, {m128}
vpsllw {ymm}, ymm2, xmm3
vpsllw ymm1, {ymm}, xmm3
vpsllw ymm1, ymm2, {xmm}
vpsllw ymm1, ymm2, {m}
vpsllw ymm1, ymm2, {m128}
vpsllw {xmm}, xmm2, 1
vpsllw xmm1, {xmm}, 1
vpsllw xmm1, xmm2, {imm8}
vpsllw {ymm}, ymm2, 1
vpsllw ymm1, {ymm}, 1
vpsllw ymm1, ymm2, {imm8}
vpsllw xmm1, xmm2, 0x80
vpsllw xmm1, xmm2, 0xFF
vpsllw xmm1, xmm2, QWORD [rax]
vpsllw ymm1, ymm2, YWORD [rax]
vpsllw ymm1, ymm2, ymm3
vpsllw xmm1, ymm2, 1
vpsllw ymm1, xmm2, 1
vpsllw xmm1, [rax], 1
vpsllw xmm1, xmm2
vpslld xmm1, xmm9, xmm15
vpslld xmm12, xmm3, [r13 + 8]
vpslld Rx(dynreg), xmm2, OWORD [rax]
vpslld ymm8, ymm1, xmm2
vpslld ymm3, ymm15, OWORD [rax + rcx*2]
vpslld ymm3, Ry(dynreg), Rx(dynreg)
vpslld xmm1, xmm9, 0x7F
vpslld xmm9, xmm1, -0x80
vpslld Rx(dynreg), xmm3, 5
vpslld ymm1, ymm9, 0x7F
vpslld ymm9, ymm1, -1
vpslld Ry(dynreg), ymm3, i8v
vpslld ymm3, Ry(dynreg), 0
vpslld xmm1, xmm2, 0x80
vpslld xmm1, xmm2, 0xFF
vpslld xmm1, xmm2, QWORD [rax]
vpslld ymm1, ymm2, YWORD [rax]
vpslld ymm1, ymm2, ymm3
vpslld xmm1, ymm2, 1
vpslld ymm1, xmm2, 1
vpslld xmm1, [rax], 1
vpslld xmm1, xmm2
vpsllq xmm1, xmm9, xmm15
vpsllq xmm12, xmm3, [r13 + 8]
vpsllq Rx(dynreg), xmm2, OWORD [rax]
vpsllq ymm8, ymm1, xmm2
vpsllq ymm3, ymm15, OWORD [rax + rcx*2]
vpsllq ymm3, Ry(dynreg), Rx(dynreg)
vpsllq xmm1, xmm9, 0x7F
vpsllq xmm9, xmm1, -0x80
vpsllq Rx(dynreg), xmm3, 5
vpsllq ymm1, ymm9, 0x7F
vpsllq ymm9, ymm1, -1
vpsllq Ry(dynreg), ymm3, i8v
vpsllq ymm3, Ry(dynreg), 0
vpsllq xmm1, xmm2, 0x80
vpsllq xmm1, xmm2, 0xFF
vpsllq xmm1, xmm2, QWORD [rax]
vpsllq ymm1, ymm2, YWORD [rax]
vpsllq ymm1, ymm2, ymm3
vpsllq xmm1, ymm2, 1
vpsllq ymm1, xmm2, 1
vpsllq xmm1, [rax], 1
vpsllq xmm1, xmm2
vpsrlw xmm1, xmm9, xmm15
vpsrlw xmm12, xmm3, [r13 + 8]
vpsrlw Rx(dynreg), xmm2, OWORD [rax]
vpsrlw ymm8, ymm1, xmm2
vpsrlw ymm3, ymm15, OWORD [rax + rcx*2]
vpsrlw ymm3, Ry(dynreg), Rx(dynreg)
vpsrlw xmm1, xmm9, 0x7F
vpsrlw xmm9, xmm1, -0x80
vpsrlw Rx(dynreg), xmm3, 5
vpsrlw ymm1, ymm9, 0x7F
vpsrlw ymm9, ymm1, -1
vpsrlw Ry(dynreg), ymm3, i8v
vpsrlw ymm3, Ry(dynreg), 0
vpsrlw xmm1, xmm2, 0x80
vpsrlw xmm1, xmm2, 0xFF
vpsrlw xmm1, xmm2, QWORD [rax]
vpsrlw ymm1, ymm2, YWORD [rax]
vpsrlw ymm1, ymm2, ymm3
vpsrlw xmm1, ymm2, 1
vpsrlw ymm1, xmm2, 1
vpsrlw xmm1, [rax], 1
vpsrlw xmm1, xmm2
vpsrld xmm1, xmm9, xmm15
vpsrld xmm12, xmm3, [r13 + 8]
vpsrld Rx(dynreg), xmm2, OWORD [rax]
vpsrld ymm8, ymm1, xmm2
vpsrld ymm3, ymm15, OWORD [rax + rcx*2]
vpsrld ymm3, Ry(dynreg), Rx(dynreg)
vpsrld xmm1, xmm9, 0x7F
vpsrld xmm9, xmm1, -0x80
vpsrld Rx(dynreg), xmm3, 5
vpsrld ymm1, ymm9, 0x7F
vpsrld ymm9, ymm1, -1
vpsrld Ry(dynreg), ymm3, i8v
vpsrld ymm3, Ry(dynreg), 0
vpsrld xmm1, xmm2, 0x80
vpsrld xmm1, xmm2, 0xFF
vpsrld xmm1, xmm2, QWORD [rax]
vpsrld ymm1, ymm2, YWORD [rax]
vpsrld ymm1, ymm2, ymm3
vpsrld xmm1, ymm2, 1
vpsrld ymm1, xmm2, 1
vpsrld xmm1, [rax], 1
vpsrld xmm1, xmm2
vpsraw xmm1, xmm9, xmm15
vpsraw xmm12, xmm3, [r13 + 8]
vpsraw Rx(dynreg), xmm2, OWORD [rax]
vpsraw ymm8, ymm1, xmm2
vpsraw ymm3, ymm15, OWORD [rax + rcx*2]
vpsraw ymm3, Ry(dynreg), Rx(dynreg)
vpsraw xmm1, xmm9, 0x7F
vpsraw xmm9, xmm1, -0x80
vpsraw Rx(dynreg), xmm3, 5
vpsraw ymm1, ymm9, 0x7F
vpsraw ymm9, ymm1, -1
vpsraw Ry(dynreg), ymm3, i8v
vpsraw ymm3, Ry(dynreg), 0
vpsraw xmm1, xmm2, 0x80
vpsraw xmm1, xmm2, 0xFF
vpsraw xmm1, xmm2, QWORD [rax]
vpsraw ymm1, ymm2, YWORD [rax]
vpsraw ymm1, ymm2, ymm3
vpsraw xmm1, ymm2, 1
vpsraw ymm1, xmm2, 1
vpsraw xmm1, [rax], 1
vpsraw xmm1, xmm2
vpsrad xmm1, xmm9, xmm15
vpsrad xmm12, xmm3, [r13 + 8]
vpsrad Rx(dynreg), xmm2, OWORD [rax]
vpsrad ymm8, ymm1, xmm2
vpsrad ymm3, ymm15, OWORD [rax + rcx*2]
vpsrad ymm3, Ry(dynreg), Rx(dynreg)
vpsrad xmm1, xmm9, 0x7F
vpsrad xmm9, xmm1, -0x80
vpsrad Rx(dynreg), xmm3, 5
vpsrad ymm1, ymm9, 0x7F
vpsrad ymm9, ymm1, -1
vpsrad Ry(dynreg), ymm3, i8v
vpsrad ymm3, Ry(dynreg), 0
vpsrad xmm1, xmm2, 0x80
vpsrad xmm1, xmm2, 0xFF
vpsrad xmm1, xmm2, QWORD [rax]
vpsrad ymm1, ymm2, YWORD [rax]
vpsrad ymm1, ymm2, ymm3
vpsrad xmm1, ymm2, 1
vpsrad ymm1, xmm2, 1
vpsrad xmm1, [rax], 1
vpsrad xmm1, xmm2
vpsrlq xmm1, xmm9, xmm15
vpsrlq xmm12, xmm3, [r13 + 8]
vpsrlq Rx(dynreg), xmm2, OWORD [rax]
vpsrlq ymm8, ymm1, xmm2
vpsrlq ymm3, ymm15, OWORD [rax + rcx*2]
vpsrlq ymm3, Ry(dynreg), Rx(dynreg)
vpsrlq xmm1, xmm9, 0x7F
vpsrlq xmm9, xmm1, -0x80
vpsrlq Rx(dynreg), xmm3, 5
vpsrlq ymm1, ymm9, 0x7F
vpsrlq ymm9, ymm1, -1
vpsrlq Ry(dynreg), ymm3, i8v
vpsrlq ymm3, Ry(dynreg), 0
vpsrlq xmm1, xmm2, 0x80
vpsrlq xmm1, xmm2, 0xFF
vpsrlq xmm1, xmm2, QWORD [rax]
vpsrlq ymm1, ymm2, YWORD [rax]
vpsrlq ymm1, ymm2, ymm3
vpsrlq xmm1, ymm2, 1
vpsrlq ymm1, xmm2, 1
vpsrlq xmm1, [rax], 1
vpsrlq xmm1, xmm2
vpslldq {xmm}, xmm2, 1
vpslldq xmm1, {xmm}, 1
vpslldq xmm1, xmm2, {imm8}
vpslldq {ymm}, ymm2, 1
vpslldq ymm1, {ymm}, 1
vpslldq ymm1, ymm2, {imm8}
vpslldq xmm1, xmm2, 0x80
vpslldq xmm1, xmm2, 0xFF
vpslldq xmm1, xmm2, xmm3
vpslldq xmm1, [rax], 1
vpslldq ymm1, xmm2, 1
vpsrldq {xmm}, xmm2, 1
vpsrldq xmm1, {xmm}, 1
vpsrldq xmm1, xmm2, {imm8}
vpsrldq {ymm}, ymm2, 1
vpsrldq ymm1, {ymm}, 1
vpsrldq ymm1, ymm2, {imm8}
vpsrldq xmm1, xmm2, 0x80
vpsrldq xmm1, xmm2, 0xFF
vpsrldq xmm1, xmm2, xmm3
vpsrldq xmm1, [rax], 1
vpsrldq ymm1, xmm2, 1
vpsllvd {xmm}, xmm2, xmm3
vpsllvd xmm1, xmm2, {m}
vpsllvd {ymm}, ymm2, ymm3
vpsllvd ymm1, ymm2, {m256}
vpsllvd ymm1, ymm2, xmm3
vpsllvd xmm1, xmm2, 1
vpsllvq {xmm}, xmm2, xmm3
vpsllvq xmm1, xmm2, {m}
vpsllvq {ymm}, ymm2, ymm3
vpsllvq ymm1, ymm2, {m256}
vpsllvq ymm1, ymm2, xmm3
vpsllvq xmm1, xmm2, 1
vpsrlvd {xmm}, xmm2, xmm3
vpsrlvd xmm1, xmm2, {m}
vpsrlvd {ymm}, ymm2, ymm3
vpsrlvd ymm1, ymm2, {m256}
vpsrlvd ymm1, ymm2, xmm3
vpsrlvd xmm1, xmm2, 1
vpsrlvq {xmm}, xmm2, xmm3
vpsrlvq xmm1, xmm2, {m}
vpsrlvq {ymm}, ymm2, ymm3
vpsrlvq ymm1, ymm2, {m256}
vpsrlvq ymm1, ymm2, xmm3
vpsrlvq xmm1, xmm2, 1
vpsravd {xmm}, xmm2, xmm3
vpsravd xmm1, xmm2, {m}
vpsravd {ymm}, ymm2, ymm3
vpsravd ymm1, ymm2, {m256}
vpsravd ymm1, ymm2, xmm3
vpsravd xmm1, xmm2, 1
vpsravq xmm1, xmm2, xmm3
vpsraq xmm1, xmm2, 1
