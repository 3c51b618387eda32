# FMA4 (src/x64/mnemonics/fma.rs): memory third (W0) or fourth (W1).
vfmaddps {xmm}, xmm1, xmm2, xmm3
vfmaddps xmm1, {xmm}, xmm2, xmm3
vfmaddps xmm1, xmm2, {xmm}, xmm3
vfmaddps xmm1, xmm2, xmm3, {xmm}
vfmaddps xmm1, xmm2, {m}, xmm3
vfmaddps xmm1, xmm2, xmm3, {m}
vfmaddps xmm9, xmm10, {m128}, xmm11
vfmaddps xmm9, xmm10, xmm11, {m128}
vfmaddps {ymm}, ymm1, ymm2, ymm3
vfmaddps ymm1, {ymm}, ymm2, ymm3
vfmaddps ymm1, ymm2, {ymm}, ymm3
vfmaddps ymm1, ymm2, ymm3, {ymm}
vfmaddps ymm1, ymm2, {m}, ymm3
vfmaddps ymm1, ymm2, ymm3, {m}
vfmaddps ymm9, ymm10, {m256}, ymm11
vfmaddps ymm9, ymm10, ymm11, {m256}
vfmaddps xmm1, xmm2, [rax], [rcx]
vfmaddps xmm1, xmm2, xmm3, ymm4
vfmaddps xmm1, xmm2, BYTE [rax], xmm3
vfmaddps xmm1, xmm2, WORD [rax], xmm3
vfmaddps xmm1, xmm2, DWORD [rax], xmm3
vfmaddps xmm1, xmm2, QWORD [rax], xmm3
vfmaddps xmm1, xmm2, OWORD [rax], xmm3
vfmaddps xmm1, xmm2, YWORD [rax], xmm3
vfmaddps xmm1, xmm2, xmm3, BYTE [rax]
vfmaddps xmm1, xmm2, xmm3, WORD [rax]
vfmaddps xmm1, xmm2, xmm3, DWORD [rax]
vfmaddps xmm1, xmm2, xmm3, QWORD [rax]
vfmaddps xmm1, xmm2, xmm3, OWORD [rax]
vfmaddps xmm1, xmm2, xmm3, YWORD [rax]
vfmaddps ymm1, ymm2, BYTE [rax], ymm3
vfmaddps ymm1, ymm2, WORD [rax], ymm3
vfmaddps ymm1, ymm2, DWORD [rax], ymm3
vfmaddps ymm1, ymm2, QWORD [rax], ymm3
vfmaddps ymm1, ymm2, OWORD [rax], ymm3
vfmaddps ymm1, ymm2, YWORD [rax], ymm3
vfmaddps ymm1, ymm2, ymm3, BYTE [rax]
vfmaddps ymm1, ymm2, ymm3, WORD [rax]
vfmaddps ymm1, ymm2, ymm3, DWORD [rax]
vfmaddps ymm1, ymm2, ymm3, QWORD [rax]
vfmaddps ymm1, ymm2, ymm3, OWORD [rax]
vfmaddps ymm1, ymm2, ymm3, YWORD [rax]
vfmaddss {xmm}, xmm1, xmm2, xmm3
vfmaddss xmm1, {xmm}, xmm2, xmm3
vfmaddss xmm1, xmm2, {xmm}, xmm3
vfmaddss xmm1, xmm2, xmm3, {xmm}
vfmaddss xmm1, xmm2, {m}, xmm3
vfmaddss xmm1, xmm2, xmm3, {m}
vfmaddss xmm1, xmm2, BYTE [rax], xmm3
vfmaddss xmm1, xmm2, WORD [rax], xmm3
vfmaddss xmm1, xmm2, DWORD [rax], xmm3
vfmaddss xmm1, xmm2, QWORD [rax], xmm3
vfmaddss xmm1, xmm2, OWORD [rax], xmm3
vfmaddss xmm1, xmm2, YWORD [rax], xmm3
vfmaddss xmm1, xmm2, xmm3, BYTE [rax]
vfmaddss xmm1, xmm2, xmm3, WORD [rax]
vfmaddss xmm1, xmm2, xmm3, DWORD [rax]
vfmaddss xmm1, xmm2, xmm3, QWORD [rax]
vfmaddss xmm1, xmm2, xmm3, OWORD [rax]
vfmaddss xmm1, xmm2, xmm3, YWORD [rax]
vfnmsubsd {xmm}, xmm1, xmm2, xmm3
vfnmsubsd xmm1, {xmm}, xmm2, xmm3
vfnmsubsd xmm1, xmm2, {xmm}, xmm3
vfnmsubsd xmm1, xmm2, xmm3, {xmm}
vfnmsubsd xmm1, xmm2, {m}, xmm3
vfnmsubsd xmm1, xmm2, xmm3, {m}
vfnmsubsd xmm1, xmm2, BYTE [rax], xmm3
vfnmsubsd xmm1, xmm2, WORD [rax], xmm3
vfnmsubsd xmm1, xmm2, DWORD [rax], xmm3
vfnmsubsd xmm1, xmm2, QWORD [rax], xmm3
vfnmsubsd xmm1, xmm2, OWORD [rax], xmm3
vfnmsubsd xmm1, xmm2, YWORD [rax], xmm3
vfnmsubsd xmm1, xmm2, xmm3, BYTE [rax]
vfnmsubsd xmm1, xmm2, xmm3, WORD [rax]
vfnmsubsd xmm1, xmm2, xmm3, DWORD [rax]
vfnmsubsd xmm1, xmm2, xmm3, QWORD [rax]
vfnmsubsd xmm1, xmm2, xmm3, OWORD [rax]
vfnmsubsd xmm1, xmm2, xmm3, YWORD [rax]
vfmaddsubps xmm1, xmm9, xmm15, xmm8
vfmaddsubps xmm12, xmm2, [rax + 8], xmm13
vfmaddsubps xmm12, xmm2, xmm13, [r13]
vfmaddsubps ymm1, ymm9, ymm15, ymm8
vfmaddsubps ymm12, ymm2, [rax + 8], ymm13
vfmaddsubps ymm12, ymm2, ymm13, [r13]
vfmaddsubps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddsubps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddsubps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmaddsubpd xmm1, xmm9, xmm15, xmm8
vfmaddsubpd xmm12, xmm2, [rax + 8], xmm13
vfmaddsubpd xmm12, xmm2, xmm13, [r13]
vfmaddsubpd ymm1, ymm9, ymm15, ymm8
vfmaddsubpd ymm12, ymm2, [rax + 8], ymm13
vfmaddsubpd ymm12, ymm2, ymm13, [r13]
vfmaddsubpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddsubpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddsubpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmsubaddps xmm1, xmm9, xmm15, xmm8
vfmsubaddps xmm12, xmm2, [rax + 8], xmm13
vfmsubaddps xmm12, xmm2, xmm13, [r13]
vfmsubaddps ymm1, ymm9, ymm15, ymm8
vfmsubaddps ymm12, ymm2, [rax + 8], ymm13
vfmsubaddps ymm12, ymm2, ymm13, [r13]
vfmsubaddps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubaddps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubaddps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmsubaddpd xmm1, xmm9, xmm15, xmm8
vfmsubaddpd xmm12, xmm2, [rax + 8], xmm13
vfmsubaddpd xmm12, xmm2, xmm13, [r13]
vfmsubaddpd ymm1, ymm9, ymm15, ymm8
vfmsubaddpd ymm12, ymm2, [rax + 8], ymm13
vfmsubaddpd ymm12, ymm2, ymm13, [r13]
vfmsubaddpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubaddpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubaddpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmaddps xmm1, xmm9, xmm15, xmm8
vfmaddps xmm12, xmm2, [rax + 8], xmm13
vfmaddps xmm12, xmm2, xmm13, [r13]
vfmaddps ymm1, ymm9, ymm15, ymm8
vfmaddps ymm12, ymm2, [rax + 8], ymm13
vfmaddps ymm12, ymm2, ymm13, [r13]
vfmaddps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmaddpd xmm1, xmm9, xmm15, xmm8
vfmaddpd xmm12, xmm2, [rax + 8], xmm13
vfmaddpd xmm12, xmm2, xmm13, [r13]
vfmaddpd ymm1, ymm9, ymm15, ymm8
vfmaddpd ymm12, ymm2, [rax + 8], ymm13
vfmaddpd ymm12, ymm2, ymm13, [r13]
vfmaddpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmsubps xmm1, xmm9, xmm15, xmm8
vfmsubps xmm12, xmm2, [rax + 8], xmm13
vfmsubps xmm12, xmm2, xmm13, [r13]
vfmsubps ymm1, ymm9, ymm15, ymm8
vfmsubps ymm12, ymm2, [rax + 8], ymm13
vfmsubps ymm12, ymm2, ymm13, [r13]
vfmsubps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmsubpd xmm1, xmm9, xmm15, xmm8
vfmsubpd xmm12, xmm2, [rax + 8], xmm13
vfmsubpd xmm12, xmm2, xmm13, [r13]
vfmsubpd ymm1, ymm9, ymm15, ymm8
vfmsubpd ymm12, ymm2, [rax + 8], ymm13
vfmsubpd ymm12, ymm2, ymm13, [r13]
vfmsubpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfnmaddps xmm1, xmm9, xmm15, xmm8
vfnmaddps xmm12, xmm2, [rax + 8], xmm13
vfnmaddps xmm12, xmm2, xmm13, [r13]
vfnmaddps ymm1, ymm9, ymm15, ymm8
vfnmaddps ymm12, ymm2, [rax + 8], ymm13
vfnmaddps ymm12, ymm2, ymm13, [r13]
vfnmaddps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmaddps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmaddps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfnmaddpd xmm1, xmm9, xmm15, xmm8
vfnmaddpd xmm12, xmm2, [rax + 8], xmm13
vfnmaddpd xmm12, xmm2, xmm13, [r13]
vfnmaddpd ymm1, ymm9, ymm15, ymm8
vfnmaddpd ymm12, ymm2, [rax + 8], ymm13
vfnmaddpd ymm12, ymm2, ymm13, [r13]
vfnmaddpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmaddpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmaddpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfnmsubps xmm1, xmm9, xmm15, xmm8
vfnmsubps xmm12, xmm2, [rax + 8], xmm13
vfnmsubps xmm12, xmm2, xmm13, [r13]
vfnmsubps ymm1, ymm9, ymm15, ymm8
vfnmsubps ymm12, ymm2, [rax + 8], ymm13
vfnmsubps ymm12, ymm2, ymm13, [r13]
vfnmsubps Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmsubps xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmsubps ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfnmsubpd xmm1, xmm9, xmm15, xmm8
vfnmsubpd xmm12, xmm2, [rax + 8], xmm13
vfnmsubpd xmm12, xmm2, xmm13, [r13]
vfnmsubpd ymm1, ymm9, ymm15, ymm8
vfnmsubpd ymm12, ymm2, [rax + 8], ymm13
vfnmsubpd ymm12, ymm2, ymm13, [r13]
vfnmsubpd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmsubpd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmsubpd ymm3, Ry(dynreg), [Rq(dynreg)], ymm4
vfmaddss xmm1, xmm9, xmm15, xmm8
vfmaddss xmm12, xmm2, [rax + 8], xmm13
vfmaddss xmm12, xmm2, xmm13, [r13]
vfmaddss Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddss xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddss xmm3, xmm4, Rx(dynreg), DWORD [Rq(dynreg)]
vfmaddsd xmm1, xmm9, xmm15, xmm8
vfmaddsd xmm12, xmm2, [rax + 8], xmm13
vfmaddsd xmm12, xmm2, xmm13, [r13]
vfmaddsd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmaddsd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmaddsd xmm3, xmm4, Rx(dynreg), QWORD [Rq(dynreg)]
vfmsubss xmm1, xmm9, xmm15, xmm8
vfmsubss xmm12, xmm2, [rax + 8], xmm13
vfmsubss xmm12, xmm2, xmm13, [r13]
vfmsubss Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubss xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubss xmm3, xmm4, Rx(dynreg), DWORD [Rq(dynreg)]
vfmsubsd xmm1, xmm9, xmm15, xmm8
vfmsubsd xmm12, xmm2, [rax + 8], xmm13
vfmsubsd xmm12, xmm2, xmm13, [r13]
vfmsubsd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfmsubsd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfmsubsd xmm3, xmm4, Rx(dynreg), QWORD [Rq(dynreg)]
vfnmaddss xmm1, xmm9, xmm15, xmm8
vfnmaddss xmm12, xmm2, [rax + 8], xmm13
vfnmaddss xmm12, xmm2, xmm13, [r13]
vfnmaddss Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmaddss xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmaddss xmm3, xmm4, Rx(dynreg), DWORD [Rq(dynreg)]
vfnmaddsd xmm1, xmm9, xmm15, xmm8
vfnmaddsd xmm12, xmm2, [rax + 8], xmm13
vfnmaddsd xmm12, xmm2, xmm13, [r13]
vfnmaddsd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmaddsd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmaddsd xmm3, xmm4, Rx(dynreg), QWORD [Rq(dynreg)]
vfnmsubss xmm1, xmm9, xmm15, xmm8
vfnmsubss xmm12, xmm2, [rax + 8], xmm13
vfnmsubss xmm12, xmm2, xmm13, [r13]
vfnmsubss Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmsubss xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmsubss xmm3, xmm4, Rx(dynreg), DWORD [Rq(dynreg)]
vfnmsubsd xmm1, xmm9, xmm15, xmm8
vfnmsubsd xmm12, xmm2, [rax + 8], xmm13
vfnmsubsd xmm12, xmm2, xmm13, [r13]
vfnmsubsd Rx(dynreg), xmm3, xmm4, Rx(dynreg)
vfnmsubsd xmm3, xmm4, Rx(dynreg), [Rq(dynreg)]
vfnmsubsd xmm3, xmm4, Rx(dynreg), QWORD [Rq(dynreg)]
