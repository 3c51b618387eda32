# AVX conversions and F16C
vcvtdq2ps {xmm}, {xmm}
vcvtdq2ps xmm1, [rax]
vcvtdq2ps xmm1, [r13 + 0x7F]
vcvtdq2ps xmm1, [r8 + r15*8 + 0x12345678]
vcvtdq2ps xmm1, [Rq(dynreg)]
vcvtdq2ps xmm1, [rip + 0x10]
vcvtdq2ps xmm9, OWORD [rcx + 8]
vcvtdq2ps xmm1, QWORD [rax]
vcvtdq2ps xmm1, ymm2
vcvtdq2ps ymm1, xmm2
vcvtdq2ps {ymm}, {ymm}
vcvtdq2ps ymm1, [rax]
vcvtdq2ps ymm1, [r13 + 0x7F]
vcvtdq2ps ymm1, [r8 + r15*8 + 0x12345678]
vcvtdq2ps ymm1, [Rq(dynreg)]
vcvtdq2ps ymm9, YWORD [rcx + 8]
vcvtdq2ps ymm1, OWORD [rax]
vcvtps2dq {xmm}, {xmm}
vcvtps2dq xmm1, {m}
vcvtps2dq xmm1, {m128}
vcvtps2dq xmm1, QWORD [rax]
vcvtps2dq xmm1, ymm2
vcvtps2dq ymm1, xmm2
vcvtps2dq {ymm}, {ymm}
vcvtps2dq ymm1, {m}
vcvtps2dq ymm1, {m256}
vcvtps2dq ymm1, OWORD [rax]
vcvttps2dq {xmm}, {xmm}
vcvttps2dq xmm1, [rax]
vcvttps2dq xmm1, [r13 + 0x7F]
vcvttps2dq xmm1, [r8 + r15*8 + 0x12345678]
vcvttps2dq xmm1, [Rq(dynreg)]
vcvttps2dq xmm1, [rip + 0x10]
vcvttps2dq xmm9, OWORD [rcx + 8]
vcvttps2dq xmm1, QWORD [rax]
vcvttps2dq xmm1, ymm2
vcvttps2dq ymm1, xmm2
vcvttps2dq {ymm}, {ymm}
vcvttps2dq ymm1, [rax]
vcvttps2dq ymm1, [r13 + 0x7F]
vcvttps2dq ymm1, [r8 + r15*8 + 0x12345678]
vcvttps2dq ymm1, [Rq(dynreg)]
vcvttps2dq ymm9, YWORD [rcx + 8]
vcvttps2dq ymm1, OWORD [rax]
vcvtss2sd {xmm}, {xmm}, {xmm}
vcvtss2sd xmm1, xmm2, {m}
vcvtss2sd xmm1, xmm2, {m32}
vcvtss2sd xmm1, xmm2, BYTE [rax]
vcvtss2sd xmm1, xmm2, WORD [rax]
vcvtss2sd xmm1, xmm2, DWORD [rax]
vcvtss2sd xmm1, xmm2, QWORD [rax]
vcvtss2sd xmm1, xmm2, OWORD [rax]
vcvtss2sd xmm1, xmm2, YWORD [rax]
vcvtss2sd ymm1, ymm2, ymm3
vcvtss2sd xmm1, xmm2
vcvtsd2ss {xmm}, {xmm}, {xmm}
vcvtsd2ss xmm1, xmm2, {m}
vcvtsd2ss xmm1, xmm2, {m64}
vcvtsd2ss xmm1, xmm2, BYTE [rax]
vcvtsd2ss xmm1, xmm2, WORD [rax]
vcvtsd2ss xmm1, xmm2, DWORD [rax]
vcvtsd2ss xmm1, xmm2, QWORD [rax]
vcvtsd2ss xmm1, xmm2, OWORD [rax]
vcvtsd2ss xmm1, xmm2, YWORD [rax]
vcvtsd2ss ymm1, ymm2, ymm3
vcvtsd2ss xmm1, xmm2
vcvtsi2ss {xmm}, {xmm}, {r32}
vcvtsi2ss {xmm}, {xmm}, {r64}
vcvtsi2ss xmm1, xmm2, {m32}
vcvtsi2ss xmm1, xmm2, {m64}
vcvtsi2ss xmm1, xmm2, {m}
vcvtsi2ss xmm1, xmm2, WORD [rax]
vcvtsi2ss xmm1, xmm2, ax
vcvtsi2ss xmm1, xmm2, xmm3
vcvtsi2ss ymm1, ymm2, eax
vcvtsi2sd {xmm}, {xmm}, {r32}
vcvtsi2sd {xmm}, {xmm}, {r64}
vcvtsi2sd xmm1, xmm2, {m32}
vcvtsi2sd xmm1, xmm2, {m64}
vcvtsi2sd xmm1, xmm2, {m}
vcvtsi2sd xmm1, xmm2, WORD [rax]
vcvtsi2sd xmm1, xmm2, ax
vcvtsi2sd xmm1, xmm2, xmm3
vcvtsi2sd ymm1, ymm2, eax
vcvtss2si {r32}, {xmm}
vcvtss2si {r64}, {xmm}
vcvtss2si eax, {m}
vcvtss2si rax, {m}
vcvtss2si ecx, {m32}
vcvtss2si r9, {m32}
vcvtss2si eax, OWORD [rax]
vcvtss2si eax, BYTE [rax]
vcvtss2si eax, QWORD [rax]
vcvtss2si ax, xmm1
vcvtss2si eax, ymm1
vcvtss2si xmm1, xmm2
vcvttss2si {r32}, {xmm}
vcvttss2si {r64}, {xmm}
vcvttss2si eax, {m}
vcvttss2si rax, {m}
vcvttss2si ecx, {m32}
vcvttss2si r9, {m32}
vcvttss2si eax, OWORD [rax]
vcvttss2si eax, BYTE [rax]
vcvttss2si eax, QWORD [rax]
vcvttss2si ax, xmm1
vcvttss2si eax, ymm1
vcvttss2si xmm1, xmm2
vcvtsd2si {r32}, {xmm}
vcvtsd2si {r64}, {xmm}
vcvtsd2si eax, {m}
vcvtsd2si rax, {m}
vcvtsd2si ecx, {m64}
vcvtsd2si r9, {m64}
vcvtsd2si eax, OWORD [rax]
vcvtsd2si eax, BYTE [rax]
vcvtsd2si eax, DWORD [rax]
vcvtsd2si ax, xmm1
vcvtsd2si eax, ymm1
vcvtsd2si xmm1, xmm2
vcvttsd2si {r32}, {xmm}
vcvttsd2si {r64}, {xmm}
vcvttsd2si eax, {m}
vcvttsd2si rax, {m}
vcvttsd2si ecx, {m64}
vcvttsd2si r9, {m64}
vcvttsd2si eax, OWORD [rax]
vcvttsd2si eax, BYTE [rax]
vcvttsd2si eax, DWORD [rax]
vcvttsd2si ax, xmm1
vcvttsd2si eax, ymm1
vcvttsd2si xmm1, xmm2
vcvtpd2ps {xmm}, {xmm}
vcvtpd2ps {xmm}, {ymm}
vcvtpd2ps xmm1, {m128}
vcvtpd2ps xmm1, {m256}
vcvtpd2ps xmm1, {m}
vcvtpd2ps xmm1, QWORD [rax]
vcvtpd2ps ymm1, ymm2
vcvtpd2ps ymm1, xmm2
vcvtpd2ps ymm1, YWORD [rax]
vcvtpd2dq {xmm}, {xmm}
vcvtpd2dq {xmm}, {ymm}
vcvtpd2dq xmm1, {m128}
vcvtpd2dq xmm1, {m256}
vcvtpd2dq xmm1, {m}
vcvtpd2dq xmm1, QWORD [rax]
vcvtpd2dq ymm1, ymm2
vcvtpd2dq ymm1, xmm2
vcvtpd2dq ymm1, YWORD [rax]
vcvttpd2dq {xmm}, {xmm}
vcvttpd2dq {xmm}, {ymm}
vcvttpd2dq xmm1, {m128}
vcvttpd2dq xmm1, {m256}
vcvttpd2dq xmm1, {m}
vcvttpd2dq xmm1, QWORD [rax]
vcvttpd2dq ymm1, ymm2
vcvttpd2dq ymm1, xmm2
vcvttpd2dq ymm1, YWORD [rax]
vcvtps2pd {xmm}, {xmm}
vcvtps2pd {ymm}, {xmm}
vcvtps2pd xmm1, {m}
vcvtps2pd xmm1, {m64}
vcvtps2pd xmm1, {m128}
vcvtps2pd ymm1, {m}
vcvtps2pd ymm1, {m128}
vcvtps2pd xmm1, DWORD [rax]
vcvtps2pd ymm1, QWORD [rax]
vcvtps2pd ymm1, YWORD [rax]
vcvtps2pd ymm1, ymm2
vcvtps2pd xmm1, ymm2
vcvtdq2pd {xmm}, {xmm}
vcvtdq2pd {ymm}, {xmm}
vcvtdq2pd xmm1, {m}
vcvtdq2pd xmm1, {m64}
vcvtdq2pd xmm1, {m128}
vcvtdq2pd ymm1, {m}
vcvtdq2pd ymm1, {m128}
vcvtdq2pd xmm1, DWORD [rax]
vcvtdq2pd ymm1, QWORD [rax]
vcvtdq2pd ymm1, YWORD [rax]
vcvtdq2pd ymm1, ymm2
vcvtdq2pd xmm1, ymm2
vcvtph2ps {xmm}, {xmm}
vcvtph2ps {ymm}, {xmm}
vcvtph2ps xmm1, {m}
vcvtph2ps xmm1, {m64}
vcvtph2ps xmm1, {m128}
vcvtph2ps ymm1, {m}
vcvtph2ps ymm1, {m128}
vcvtph2ps xmm1, DWORD [rax]
vcvtph2ps ymm1, QWORD [rax]
vcvtph2ps ymm1, YWORD [rax]
vcvtph2ps ymm1, ymm2
vcvtph2ps xmm1, ymm2
vcvtps2ph {xmm}, {xmm}, 1
vcvtps2ph {xmm}, {ymm}, 1
vcvtps2ph {m}, xmm1, 1
vcvtps2ph {m64}, xmm1, 1
vcvtps2ph {m128}, xmm1, 1
vcvtps2ph {m}, ymm1, 1
vcvtps2ph {m128}, ymm1, 1
vcvtps2ph xmm1, xmm2, {imm8}
vcvtps2ph xmm1, ymm2, {imm8}
vcvtps2ph xmm1, xmm2, 0x80
vcvtps2ph DWORD [rax], xmm1, 1
vcvtps2ph QWORD [rax], ymm1, 1
vcvtps2ph YWORD [rax], ymm1, 1
vcvtps2ph ymm1, ymm2, 1
