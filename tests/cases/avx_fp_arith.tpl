# AVX floating point arithmetic, logic, compares (imm8 forms), rounding, blends, dot products
vaddps {xmm}, {xmm}, {xmm}
vaddps xmm1, xmm2, {m}
vaddps xmm1, xmm2, {m128}
vaddps xmm1, xmm2, QWORD [rax]
vaddps xmm1, xmm2, YWORD [rax]
vaddps xmm1, ymm2, xmm3
vaddps ymm1, xmm2, xmm3
vaddps {ymm}, {ymm}, {ymm}
vaddps ymm1, ymm2, {m}
vaddps ymm1, ymm2, {m256}
vaddps ymm1, ymm2, OWORD [rax]
vaddpd {xmm}, {xmm}, {xmm}
vaddpd xmm1, xmm2, [rax]
vaddpd xmm1, xmm2, [r13 + 0x7F]
vaddpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vaddpd xmm1, xmm2, [Rq(dynreg)]
vaddpd xmm1, xmm2, [rip + 0x10]
vaddpd xmm9, xmm12, OWORD [rcx + 8]
vaddpd xmm1, xmm2, QWORD [rax]
vaddpd xmm1, xmm2, YWORD [rax]
vaddpd xmm1, ymm2, xmm3
vaddpd ymm1, xmm2, xmm3
vaddpd {ymm}, {ymm}, {ymm}
vaddpd ymm1, ymm2, [rax]
vaddpd ymm1, ymm2, [r13 + 0x7F]
vaddpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vaddpd ymm1, ymm2, [Rq(dynreg)]
vaddpd ymm9, ymm12, YWORD [rcx + 8]
vaddpd ymm1, ymm2, OWORD [rax]
vsubps {xmm}, {xmm}, {xmm}
vsubps xmm1, xmm2, [rax]
vsubps xmm1, xmm2, [r13 + 0x7F]
vsubps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vsubps xmm1, xmm2, [Rq(dynreg)]
vsubps xmm1, xmm2, [rip + 0x10]
vsubps xmm9, xmm12, OWORD [rcx + 8]
vsubps xmm1, xmm2, QWORD [rax]
vsubps xmm1, xmm2, YWORD [rax]
vsubps xmm1, ymm2, xmm3
vsubps ymm1, xmm2, xmm3
vsubps {ymm}, {ymm}, {ymm}
vsubps ymm1, ymm2, [rax]
vsubps ymm1, ymm2, [r13 + 0x7F]
vsubps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vsubps ymm1, ymm2, [Rq(dynreg)]
vsubps ymm9, ymm12, YWORD [rcx + 8]
vsubps ymm1, ymm2, OWORD [rax]
vsubpd {xmm}, {xmm}, {xmm}
vsubpd xmm1, xmm2, [rax]
vsubpd xmm1, xmm2, [r13 + 0x7F]
vsubpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vsubpd xmm1, xmm2, [Rq(dynreg)]
vsubpd xmm1, xmm2, [rip + 0x10]
vsubpd xmm9, xmm12, OWORD [rcx + 8]
vsubpd xmm1, xmm2, QWORD [rax]
vsubpd xmm1, xmm2, YWORD [rax]
vsubpd xmm1, ymm2, xmm3
vsubpd ymm1, xmm2, xmm3
vsubpd {ymm}, {ymm}, {ymm}
vsubpd ymm1, ymm2, [rax]
vsubpd ymm1, ymm2, [r13 + 0x7F]
vsubpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vsubpd ymm1, ymm2, [Rq(dynreg)]
vsubpd ymm9, ymm12, YWORD [rcx + 8]
vsubpd ymm1, ymm2, OWORD [rax]
vmulps {xmm}, {xmm}, {xmm}
vmulps xmm1, xmm2, [rax]
vmulps xmm1, xmm2, [r13 + 0x7F]
vmulps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmulps xmm1, xmm2, [Rq(dynreg)]
vmulps xmm1, xmm2, [rip + 0x10]
vmulps xmm9, xmm12, OWORD [rcx + 8]
vmulps xmm1, xmm2, QWORD [rax]
vmulps xmm1, xmm2, YWORD [rax]
vmulps xmm1, ymm2, xmm3
vmulps ymm1, xmm2, xmm3
vmulps {ymm}, {ymm}, {ymm}
vmulps ymm1, ymm2, [rax]
vmulps ymm1, ymm2, [r13 + 0x7F]
vmulps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vmulps ymm1, ymm2, [Rq(dynreg)]
vmulps ymm9, ymm12, YWORD [rcx + 8]
vmulps ymm1, ymm2, OWORD [rax]
vmulpd {xmm}, {xmm}, {xmm}
vmulpd xmm1, xmm2, [rax]
vmulpd xmm1, xmm2, [r13 + 0x7F]
vmulpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmulpd xmm1, xmm2, [Rq(dynreg)]
vmulpd xmm1, xmm2, [rip + 0x10]
vmulpd xmm9, xmm12, OWORD [rcx + 8]
vmulpd xmm1, xmm2, QWORD [rax]
vmulpd xmm1, xmm2, YWORD [rax]
vmulpd xmm1, ymm2, xmm3
vmulpd ymm1, xmm2, xmm3
vmulpd {ymm}, {ymm}, {ymm}
vmulpd ymm1, ymm2, [rax]
vmulpd ymm1, ymm2, [r13 + 0x7F]
vmulpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vmulpd ymm1, ymm2, [Rq(dynreg)]
vmulpd ymm9, ymm12, YWORD [rcx + 8]
vmulpd ymm1, ymm2, OWORD [rax]
vdivps {xmm}, {xmm}, {xmm}
vdivps xmm1, xmm2, [rax]
vdivps xmm1, xmm2, [r13 + 0x7F]
vdivps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vdivps xmm1, xmm2, [Rq(dynreg)]
vdivps xmm1, xmm2, [rip + 0x10]
vdivps xmm9, xmm12, OWORD [rcx + 8]
vdivps xmm1, xmm2, QWORD [rax]
vdivps xmm1, xmm2, YWORD [rax]
vdivps xmm1, ymm2, xmm3
vdivps ymm1, xmm2, xmm3
vdivps {ymm}, {ymm}, {ymm}
vdivps ymm1, ymm2, [rax]
vdivps ymm1, ymm2, [r13 + 0x7F]
vdivps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vdivps ymm1, ymm2, [Rq(dynreg)]
vdivps ymm9, ymm12, YWORD [rcx + 8]
vdivps ymm1, ymm2, OWORD [rax]
vdivpd {xmm}, {xmm}, {xmm}
vdivpd xmm1, xmm2, [rax]
vdivpd xmm1, xmm2, [r13 + 0x7F]
vdivpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vdivpd xmm1, xmm2, [Rq(dynreg)]
vdivpd xmm1, xmm2, [rip + 0x10]
vdivpd xmm9, xmm12, OWORD [rcx + 8]
vdivpd xmm1, xmm2, QWORD [rax]
vdivpd xmm1, xmm2, YWORD [rax]
vdivpd xmm1, ymm2, xmm3
vdivpd ymm1, xmm2, xmm3
vdivpd {ymm}, {ymm}, {ymm}
vdivpd ymm1, ymm2, [rax]
vdivpd ymm1, ymm2, [r13 + 0x7F]
vdivpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vdivpd ymm1, ymm2, [Rq(dynreg)]
vdivpd ymm9, ymm12, YWORD [rcx + 8]
vdivpd ymm1, ymm2, OWORD [rax]
vminps {xmm}, {xmm}, {xmm}
vminps xmm1, xmm2, [rax]
vminps xmm1, xmm2, [r13 + 0x7F]
vminps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vminps xmm1, xmm2, [Rq(dynreg)]
vminps xmm1, xmm2, [rip + 0x10]
vminps xmm9, xmm12, OWORD [rcx + 8]
vminps xmm1, xmm2, QWORD [rax]
vminps xmm1, xmm2, YWORD [rax]
vminps xmm1, ymm2, xmm3
vminps ymm1, xmm2, xmm3
vminps {ymm}, {ymm}, {ymm}
vminps ymm1, ymm2, [rax]
vminps ymm1, ymm2, [r13 + 0x7F]
vminps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vminps ymm1, ymm2, [Rq(dynreg)]
vminps ymm9, ymm12, YWORD [rcx + 8]
vminps ymm1, ymm2, OWORD [rax]
vminpd {xmm}, {xmm}, {xmm}
vminpd xmm1, xmm2, [rax]
vminpd xmm1, xmm2, [r13 + 0x7F]
vminpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vminpd xmm1, xmm2, [Rq(dynreg)]
vminpd xmm1, xmm2, [rip + 0x10]
vminpd xmm9, xmm12, OWORD [rcx + 8]
vminpd xmm1, xmm2, QWORD [rax]
vminpd xmm1, xmm2, YWORD [rax]
vminpd xmm1, ymm2, xmm3
vminpd ymm1, xmm2, xmm3
vminpd {ymm}, {ymm}, {ymm}
vminpd ymm1, ymm2, [rax]
vminpd ymm1, ymm2, [r13 + 0x7F]
vminpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vminpd ymm1, ymm2, [Rq(dynreg)]
vminpd ymm9, ymm12, YWORD [rcx + 8]
vminpd ymm1, ymm2, OWORD [rax]
vmaxps {xmm}, {xmm}, {xmm}
vmaxps xmm1, xmm2, [rax]
vmaxps xmm1, xmm2, [r13 + 0x7F]
vmaxps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmaxps xmm1, xmm2, [Rq(dynreg)]
vmaxps xmm1, xmm2, [rip + 0x10]
vmaxps xmm9, xmm12, OWORD [rcx + 8]
vmaxps xmm1, xmm2, QWORD [rax]
vmaxps xmm1, xmm2, YWORD [rax]
vmaxps xmm1, ymm2, xmm3
vmaxps ymm1, xmm2, xmm3
vmaxps {ymm}, {ymm}, {ymm}
vmaxps ymm1, ymm2, [rax]
vmaxps ymm1, ymm2, [r13 + 0x7F]
vmaxps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vmaxps ymm1, ymm2, [Rq(dynreg)]
vmaxps ymm9, ymm12, YWORD [rcx + 8]
vmaxps ymm1, ymm2, OWORD [rax]
vmaxpd {xmm}, {xmm}, {xmm}
vmaxpd xmm1, xmm2, [rax]
vmaxpd xmm1, xmm2, [r13 + 0x7F]
vmaxpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmaxpd xmm1, xmm2, [Rq(dynreg)]
vmaxpd xmm1, xmm2, [rip + 0x10]
vmaxpd xmm9, xmm12, OWORD [rcx + 8]
vmaxpd xmm1, xmm2, QWORD [rax]
vmaxpd xmm1, xmm2, YWORD [rax]
vmaxpd xmm1, ymm2, xmm3
vmaxpd ymm1, xmm2, xmm3
vmaxpd {ymm}, {ymm}, {ymm}
vmaxpd ymm1, ymm2, [rax]
vmaxpd ymm1, ymm2, [r13 + 0x7F]
vmaxpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vmaxpd ymm1, ymm2, [Rq(dynreg)]
vmaxpd ymm9, ymm12, YWORD [rcx + 8]
vmaxpd ymm1, ymm2, OWORD [rax]
vandps {xmm}, {xmm}, {xmm}
vandps xmm1, xmm2, [rax]
vandps xmm1, xmm2, [r13 + 0x7F]
vandps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vandps xmm1, xmm2, [Rq(dynreg)]
vandps xmm1, xmm2, [rip + 0x10]
vandps xmm9, xmm12, OWORD [rcx + 8]
vandps xmm1, xmm2, QWORD [rax]
vandps xmm1, xmm2, YWORD [rax]
vandps xmm1, ymm2, xmm3
vandps ymm1, xmm2, xmm3
vandps {ymm}, {ymm}, {ymm}
vandps ymm1, ymm2, [rax]
vandps ymm1, ymm2, [r13 + 0x7F]
vandps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vandps ymm1, ymm2, [Rq(dynreg)]
vandps ymm9, ymm12, YWORD [rcx + 8]
vandps ymm1, ymm2, OWORD [rax]
vandpd {xmm}, {xmm}, {xmm}
vandpd xmm1, xmm2, [rax]
vandpd xmm1, xmm2, [r13 + 0x7F]
vandpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vandpd xmm1, xmm2, [Rq(dynreg)]
vandpd xmm1, xmm2, [rip + 0x10]
vandpd xmm9, xmm12, OWORD [rcx + 8]
vandpd xmm1, xmm2, QWORD [rax]
vandpd xmm1, xmm2, YWORD [rax]
vandpd xmm1, ymm2, xmm3
vandpd ymm1, xmm2, xmm3
vandpd {ymm}, {ymm}, {ymm}
vandpd ymm1, ymm2, [rax]
vandpd ymm1, ymm2, [r13 + 0x7F]
vandpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vandpd ymm1, ymm2, [Rq(dynreg)]
vandpd ymm9, ymm12, YWORD [rcx + 8]
vandpd ymm1, ymm2, OWORD [rax]
vandnps {xmm}, {xmm}, {xmm}
vandnps xmm1, xmm2, [rax]
vandnps xmm1, xmm2, [r13 + 0x7F]
vandnps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vandnps xmm1, xmm2, [Rq(dynreg)]
vandnps xmm1, xmm2, [rip + 0x10]
vandnps xmm9, xmm12, OWORD [rcx + 8]
vandnps xmm1, xmm2, QWORD [rax]
vandnps xmm1, xmm2, YWORD [rax]
vandnps xmm1, ymm2, xmm3
vandnps ymm1, xmm2, xmm3
vandnps {ymm}, {ymm}, {ymm}
vandnps ymm1, ymm2, [rax]
vandnps ymm1, ymm2, [r13 + 0x7F]
vandnps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vandnps ymm1, ymm2, [Rq(dynreg)]
vandnps ymm9, ymm12, YWORD [rcx + 8]
vandnps ymm1, ymm2, OWORD [rax]
vandnpd {xmm}, {xmm}, {xmm}
vandnpd xmm1, xmm2, [rax]
vandnpd xmm1, xmm2, [r13 + 0x7F]
vandnpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vandnpd xmm1, xmm2, [Rq(dynreg)]
vandnpd xmm1, xmm2, [rip + 0x10]
vandnpd xmm9, xmm12, OWORD [rcx + 8]
vandnpd xmm1, xmm2, QWORD [rax]
vandnpd xmm1, xmm2, YWORD [rax]
vandnpd xmm1, ymm2, xmm3
vandnpd ymm1, xmm2, xmm3
vandnpd {ymm}, {ymm}, {ymm}
vandnpd ymm1, ymm2, [rax]
vandnpd ymm1, ymm2, [r13 + 0x7F]
vandnpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vandnpd ymm1, ymm2, [Rq(dynreg)]
vandnpd ymm9, ymm12, YWORD [rcx + 8]
vandnpd ymm1, ymm2, OWORD [rax]
vorps {xmm}, {xmm}, {xmm}
vorps xmm1, xmm2, [rax]
vorps xmm1, xmm2, [r13 + 0x7F]
vorps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vorps xmm1, xmm2, [Rq(dynreg)]
vorps xmm1, xmm2, [rip + 0x10]
vorps xmm9, xmm12, OWORD [rcx + 8]
vorps xmm1, xmm2, QWORD [rax]
vorps xmm1, xmm2, YWORD [rax]
vorps xmm1, ymm2, xmm3
vorps ymm1, xmm2, xmm3
vorps {ymm}, {ymm}, {ymm}
vorps ymm1, ymm2, [rax]
vorps ymm1, ymm2, [r13 + 0x7F]
vorps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vorps ymm1, ymm2, [Rq(dynreg)]
vorps ymm9, ymm12, YWORD [rcx + 8]
vorps ymm1, ymm2, OWORD [rax]
vorpd {xmm}, {xmm}, {xmm}
vorpd xmm1, xmm2, [rax]
vorpd xmm1, xmm2, [r13 + 0x7F]
vorpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vorpd xmm1, xmm2, [Rq(dynreg)]
vorpd xmm1, xmm2, [rip + 0x10]
vorpd xmm9, xmm12, OWORD [rcx + 8]
vorpd xmm1, xmm2, QWORD [rax]
vorpd xmm1, xmm2, YWORD [rax]
vorpd xmm1, ymm2, xmm3
vorpd ymm1, xmm2, xmm3
vorpd {ymm}, {ymm}, {ymm}
vorpd ymm1, ymm2, [rax]
vorpd ymm1, ymm2, [r13 + 0x7F]
vorpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vorpd ymm1, ymm2, [Rq(dynreg)]
vorpd ymm9, ymm12, YWORD [rcx + 8]
vorpd ymm1, ymm2, OWORD [rax]
vxorps {xmm}, {xmm}, {xmm}
vxorps xmm1, xmm2, [rax]
vxorps xmm1, xmm2, [r13 + 0x7F]
vxorps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vxorps xmm1, xmm2, [Rq(dynreg)]
vxorps xmm1, xmm2, [rip + 0x10]
vxorps xmm9, xmm12, OWORD [rcx + 8]
vxorps xmm1, xmm2, QWORD [rax]
vxorps xmm1, xmm2, YWORD [rax]
vxorps xmm1, ymm2, xmm3
vxorps ymm1, xmm2, xmm3
vxorps {ymm}, {ymm}, {ymm}
vxorps ymm1, ymm2, [rax]
vxorps ymm1, ymm2, [r13 + 0x7F]
vxorps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vxorps ymm1, ymm2, [Rq(dynreg)]
vxorps ymm9, ymm12, YWORD [rcx + 8]
vxorps ymm1, ymm2, OWORD [rax]
vxorpd {xmm}, {xmm}, {xmm}
vxorpd xmm1, xmm2, [rax]
vxorpd xmm1, xmm2, [r13 + 0x7F]
vxorpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vxorpd xmm1, xmm2, [Rq(dynreg)]
vxorpd xmm1, xmm2, [rip + 0x10]
vxorpd xmm9, xmm12, OWORD [rcx + 8]
vxorpd xmm1, xmm2, QWORD [rax]
vxorpd xmm1, xmm2, YWORD [rax]
vxorpd xmm1, ymm2, xmm3
vxorpd ymm1, xmm2, xmm3
vxorpd {ymm}, {ymm}, {ymm}
vxorpd ymm1, ymm2, [rax]
vxorpd ymm1, ymm2, [r13 + 0x7F]
vxorpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vxorpd ymm1, ymm2, [Rq(dynreg)]
vxorpd ymm9, ymm12, YWORD [rcx + 8]
vxorpd ymm1, ymm2, OWORD [rax]
vunpcklps {xmm}, {xmm}, {xmm}
vunpcklps xmm1, xmm2, [rax]
vunpcklps xmm1, xmm2, [r13 + 0x7F]
vunpcklps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vunpcklps xmm1, xmm2, [Rq(dynreg)]
vunpcklps xmm1, xmm2, [rip + 0x10]
vunpcklps xmm9, xmm12, OWORD [rcx + 8]
vunpcklps xmm1, xmm2, QWORD [rax]
vunpcklps xmm1, xmm2, YWORD [rax]
vunpcklps xmm1, ymm2, xmm3
vunpcklps ymm1, xmm2, xmm3
vunpcklps {ymm}, {ymm}, {ymm}
vunpcklps ymm1, ymm2, [rax]
vunpcklps ymm1, ymm2, [r13 + 0x7F]
vunpcklps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vunpcklps ymm1, ymm2, [Rq(dynreg)]
vunpcklps ymm9, ymm12, YWORD [rcx + 8]
vunpcklps ymm1, ymm2, OWORD [rax]
vunpcklpd {xmm}, {xmm}, {xmm}
vunpcklpd xmm1, xmm2, [rax]
vunpcklpd xmm1, xmm2, [r13 + 0x7F]
vunpcklpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vunpcklpd xmm1, xmm2, [Rq(dynreg)]
vunpcklpd xmm1, xmm2, [rip + 0x10]
vunpcklpd xmm9, xmm12, OWORD [rcx + 8]
vunpcklpd xmm1, xmm2, QWORD [rax]
vunpcklpd xmm1, xmm2, YWORD [rax]
vunpcklpd xmm1, ymm2, xmm3
vunpcklpd ymm1, xmm2, xmm3
vunpcklpd {ymm}, {ymm}, {ymm}
vunpcklpd ymm1, ymm2, [rax]
vunpcklpd ymm1, ymm2, [r13 + 0x7F]
vunpcklpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vunpcklpd ymm1, ymm2, [Rq(dynreg)]
vunpcklpd ymm9, ymm12, YWORD [rcx + 8]
vunpcklpd ymm1, ymm2, OWORD [rax]
vunpckhps {xmm}, {xmm}, {xmm}
vunpckhps xmm1, xmm2, [rax]
vunpckhps xmm1, xmm2, [r13 + 0x7F]
vunpckhps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vunpckhps xmm1, xmm2, [Rq(dynreg)]
vunpckhps xmm1, xmm2, [rip + 0x10]
vunpckhps xmm9, xmm12, OWORD [rcx + 8]
vunpckhps xmm1, xmm2, QWORD [rax]
vunpckhps xmm1, xmm2, YWORD [rax]
vunpckhps xmm1, ymm2, xmm3
vunpckhps ymm1, xmm2, xmm3
vunpckhps {ymm}, {ymm}, {ymm}
vunpckhps ymm1, ymm2, [rax]
vunpckhps ymm1, ymm2, [r13 + 0x7F]
vunpckhps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vunpckhps ymm1, ymm2, [Rq(dynreg)]
vunpckhps ymm9, ymm12, YWORD [rcx + 8]
vunpckhps ymm1, ymm2, OWORD [rax]
vunpckhpd {xmm}, {xmm}, {xmm}
vunpckhpd xmm1, xmm2, [rax]
vunpckhpd xmm1, xmm2, [r13 + 0x7F]
vunpckhpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vunpckhpd xmm1, xmm2, [Rq(dynreg)]
vunpckhpd xmm1, xmm2, [rip + 0x10]
vunpckhpd xmm9, xmm12, OWORD [rcx + 8]
vunpckhpd xmm1, xmm2, QWORD [rax]
vunpckhpd xmm1, xmm2, YWORD [rax]
vunpckhpd xmm1, ymm2, xmm3
vunpckhpd ymm1, xmm2, xmm3
vunpckhpd {ymm}, {ymm}, {ymm}
vunpckhpd ymm1, ymm2, [rax]
vunpckhpd ymm1, ymm2, [r13 + 0x7F]
vunpckhpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vunpckhpd ymm1, ymm2, [Rq(dynreg)]
vunpckhpd ymm9, ymm12, YWORD [rcx + 8]
vunpckhpd ymm1, ymm2, OWORD [rax]
vhaddps {xmm}, {xmm}, {xmm}
vhaddps xmm1, xmm2, [rax]
vhaddps xmm1, xmm2, [r13 + 0x7F]
vhaddps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vhaddps xmm1, xmm2, [Rq(dynreg)]
vhaddps xmm1, xmm2, [rip + 0x10]
vhaddps xmm9, xmm12, OWORD [rcx + 8]
vhaddps xmm1, xmm2, QWORD [rax]
vhaddps xmm1, xmm2, YWORD [rax]
vhaddps xmm1, ymm2, xmm3
vhaddps ymm1, xmm2, xmm3
vhaddps {ymm}, {ymm}, {ymm}
vhaddps ymm1, ymm2, [rax]
vhaddps ymm1, ymm2, [r13 + 0x7F]
vhaddps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vhaddps ymm1, ymm2, [Rq(dynreg)]
vhaddps ymm9, ymm12, YWORD [rcx + 8]
vhaddps ymm1, ymm2, OWORD [rax]
vhaddpd {xmm}, {xmm}, {xmm}
vhaddpd xmm1, xmm2, {m}
vhaddpd xmm1, xmm2, {m128}
vhaddpd xmm1, xmm2, QWORD [rax]
vhaddpd xmm1, xmm2, YWORD [rax]
vhaddpd xmm1, ymm2, xmm3
vhaddpd ymm1, xmm2, xmm3
vhaddpd {ymm}, {ymm}, {ymm}
vhaddpd ymm1, ymm2, {m}
vhaddpd ymm1, ymm2, {m256}
vhaddpd ymm1, ymm2, OWORD [rax]
vhsubps {xmm}, {xmm}, {xmm}
vhsubps xmm1, xmm2, [rax]
vhsubps xmm1, xmm2, [r13 + 0x7F]
vhsubps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vhsubps xmm1, xmm2, [Rq(dynreg)]
vhsubps xmm1, xmm2, [rip + 0x10]
vhsubps xmm9, xmm12, OWORD [rcx + 8]
vhsubps xmm1, xmm2, QWORD [rax]
vhsubps xmm1, xmm2, YWORD [rax]
vhsubps xmm1, ymm2, xmm3
vhsubps ymm1, xmm2, xmm3
vhsubps {ymm}, {ymm}, {ymm}
vhsubps ymm1, ymm2, [rax]
vhsubps ymm1, ymm2, [r13 + 0x7F]
vhsubps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vhsubps ymm1, ymm2, [Rq(dynreg)]
vhsubps ymm9, ymm12, YWORD [rcx + 8]
vhsubps ymm1, ymm2, OWORD [rax]
vhsubpd {xmm}, {xmm}, {xmm}
vhsubpd xmm1, xmm2, [rax]
vhsubpd xmm1, xmm2, [r13 + 0x7F]
vhsubpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vhsubpd xmm1, xmm2, [Rq(dynreg)]
vhsubpd xmm1, xmm2, [rip + 0x10]
vhsubpd xmm9, xmm12, OWORD [rcx + 8]
vhsubpd xmm1, xmm2, QWORD [rax]
vhsubpd xmm1, xmm2, YWORD [rax]
vhsubpd xmm1, ymm2, xmm3
vhsubpd ymm1, xmm2, xmm3
vhsubpd {ymm}, {ymm}, {ymm}
vhsubpd ymm1, ymm2, [rax]
vhsubpd ymm1, ymm2, [r13 + 0x7F]
vhsubpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vhsubpd ymm1, ymm2, [Rq(dynreg)]
vhsubpd ymm9, ymm12, YWORD [rcx + 8]
vhsubpd ymm1, ymm2, OWORD [rax]
vaddsubps {xmm}, {xmm}, {xmm}
vaddsubps xmm1, xmm2, [rax]
vaddsubps xmm1, xmm2, [r13 + 0x7F]
vaddsubps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vaddsubps xmm1, xmm2, [Rq(dynreg)]
vaddsubps xmm1, xmm2, [rip + 0x10]
vaddsubps xmm9, xmm12, OWORD [rcx + 8]
vaddsubps xmm1, xmm2, QWORD [rax]
vaddsubps xmm1, xmm2, YWORD [rax]
vaddsubps xmm1, ymm2, xmm3
vaddsubps ymm1, xmm2, xmm3
vaddsubps {ymm}, {ymm}, {ymm}
vaddsubps ymm1, ymm2, [rax]
vaddsubps ymm1, ymm2, [r13 + 0x7F]
vaddsubps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vaddsubps ymm1, ymm2, [Rq(dynreg)]
vaddsubps ymm9, ymm12, YWORD [rcx + 8]
vaddsubps ymm1, ymm2, OWORD [rax]
vaddsubpd {xmm}, {xmm}, {xmm}
vaddsubpd xmm1, xmm2, [rax]
vaddsubpd xmm1, xmm2, [r13 + 0x7F]
vaddsubpd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vaddsubpd xmm1, xmm2, [Rq(dynreg)]
vaddsubpd xmm1, xmm2, [rip + 0x10]
vaddsubpd xmm9, xmm12, OWORD [rcx + 8]
vaddsubpd xmm1, xmm2, QWORD [rax]
vaddsubpd xmm1, xmm2, YWORD [rax]
vaddsubpd xmm1, ymm2, xmm3
vaddsubpd ymm1, xmm2, xmm3
vaddsubpd {ymm}, {ymm}, {ymm}
vaddsubpd ymm1, ymm2, [rax]
vaddsubpd ymm1, ymm2, [r13 + 0x7F]
vaddsubpd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vaddsubpd ymm1, ymm2, [Rq(dynreg)]
vaddsubpd ymm9, ymm12, YWORD [rcx + 8]
vaddsubpd ymm1, ymm2, OWORD [rax]
vsqrtps {xmm}, {xmm}
vsqrtps xmm1, [rax]
vsqrtps xmm1, [r13 + 0x7F]
vsqrtps xmm1, [r8 + r15*8 + 0x12345678]
vsqrtps xmm1, [Rq(dynreg)]
vsqrtps xmm1, [rip + 0x10]
vsqrtps xmm9, OWORD [rcx + 8]
vsqrtps xmm1, QWORD [rax]
vsqrtps xmm1, ymm2
vsqrtps ymm1, xmm2
vsqrtps {ymm}, {ymm}
vsqrtps ymm1, [rax]
vsqrtps ymm1, [r13 + 0x7F]
vsqrtps ymm1, [r8 + r15*8 + 0x12345678]
vsqrtps ymm1, [Rq(dynreg)]
vsqrtps ymm9, YWORD [rcx + 8]
vsqrtps ymm1, OWORD [rax]
vsqrtpd {xmm}, {xmm}
vsqrtpd xmm1, {m}
vsqrtpd xmm1, {m128}
vsqrtpd xmm1, QWORD [rax]
vsqrtpd xmm1, ymm2
vsqrtpd ymm1, xmm2
vsqrtpd {ymm}, {ymm}
vsqrtpd ymm1, {m}
vsqrtpd ymm1, {m256}
vsqrtpd ymm1, OWORD [rax]
vrcpps {xmm}, {xmm}
vrcpps xmm1, [rax]
vrcpps xmm1, [r13 + 0x7F]
vrcpps xmm1, [r8 + r15*8 + 0x12345678]
vrcpps xmm1, [Rq(dynreg)]
vrcpps xmm1, [rip + 0x10]
vrcpps xmm9, OWORD [rcx + 8]
vrcpps xmm1, QWORD [rax]
vrcpps xmm1, ymm2
vrcpps ymm1, xmm2
vrcpps {ymm}, {ymm}
vrcpps ymm1, [rax]
vrcpps ymm1, [r13 + 0x7F]
vrcpps ymm1, [r8 + r15*8 + 0x12345678]
vrcpps ymm1, [Rq(dynreg)]
vrcpps ymm9, YWORD [rcx + 8]
vrcpps ymm1, OWORD [rax]
vrsqrtps {xmm}, {xmm}
vrsqrtps xmm1, [rax]
vrsqrtps xmm1, [r13 + 0x7F]
vrsqrtps xmm1, [r8 + r15*8 + 0x12345678]
vrsqrtps xmm1, [Rq(dynreg)]
vrsqrtps xmm1, [rip + 0x10]
vrsqrtps xmm9, OWORD [rcx + 8]
vrsqrtps xmm1, QWORD [rax]
vrsqrtps xmm1, ymm2
vrsqrtps ymm1, xmm2
vrsqrtps {ymm}, {ymm}
vrsqrtps ymm1, [rax]
vrsqrtps ymm1, [r13 + 0x7F]
vrsqrtps ymm1, [r8 + r15*8 + 0x12345678]
vrsqrtps ymm1, [Rq(dynreg)]
vrsqrtps ymm9, YWORD [rcx + 8]
vrsqrtps ymm1, OWORD [rax]
vtestps {xmm}, {xmm}
vtestps xmm1, [rax]
vtestps xmm1, [r13 + 0x7F]
vtestps xmm1, [r8 + r15*8 + 0x12345678]
vtestps xmm1, [Rq(dynreg)]
vtestps xmm1, [rip + 0x10]
vtestps xmm9, OWORD [rcx + 8]
vtestps xmm1, QWORD [rax]
vtestps xmm1, ymm2
vtestps ymm1, xmm2
vtestps {ymm}, {ymm}
vtestps ymm1, [rax]
vtestps ymm1, [r13 + 0x7F]
vtestps ymm1, [r8 + r15*8 + 0x12345678]
vtestps ymm1, [Rq(dynreg)]
vtestps ymm9, YWORD [rcx + 8]
vtestps ymm1, OWORD [rax]
vtestpd {xmm}, {xmm}
vtestpd xmm1, [rax]
vtestpd xmm1, [r13 + 0x7F]
vtestpd xmm1, [r8 + r15*8 + 0x12345678]
vtestpd xmm1, [Rq(dynreg)]
vtestpd xmm1, [rip + 0x10]
vtestpd xmm9, OWORD [rcx + 8]
vtestpd xmm1, QWORD [rax]
vtestpd xmm1, ymm2
vtestpd ymm1, xmm2
vtestpd {ymm}, {ymm}
vtestpd ymm1, [rax]
vtestpd ymm1, [r13 + 0x7F]
vtestpd ymm1, [r8 + r15*8 + 0x12345678]
vtestpd ymm1, [Rq(dynreg)]
vtestpd ymm9, YWORD [rcx + 8]
vtestpd ymm1, OWORD [rax]
vcmpps {xmm}, {xmm}, {xmm}, 5
vcmpps xmm1, xmm2, {m}, 5
vcmpps xmm1, xmm2, {m128}, 5
vcmpps xmm1, xmm2, QWORD [rax], 5
vcmpps xmm1, xmm2, YWORD [rax], 5
vcmpps xmm1, ymm2, xmm3, 5
vcmpps ymm1, xmm2, xmm3, 5
vcmpps {ymm}, {ymm}, {ymm}, 5
vcmpps ymm1, ymm2, {m}, 5
vcmpps ymm1, ymm2, {m256}, 5
vcmpps ymm1, ymm2, OWORD [rax], 5
vcmpps xmm1, xmm2, xmm3, {imm8}
vcmpps xmm1, xmm2, xmm3, 0x80
vcmpps xmm1, xmm2, xmm3, 0xFF
vcmpps xmm1, xmm2, xmm3, -0x81
vcmpps ymm1, ymm2, ymm3, {imm8}
vcmppd {xmm}, {xmm}, {xmm}, 5
vcmppd xmm1, xmm2, [rax], 5
vcmppd xmm1, xmm2, [r13 + 0x7F], 5
vcmppd xmm1, xmm2, [r8 + r15*8 + 0x12345678], 5
vcmppd xmm1, xmm2, [Rq(dynreg)], 5
vcmppd xmm1, xmm2, [rip + 0x10], 5
vcmppd xmm9, xmm12, OWORD [rcx + 8], 5
vcmppd xmm1, xmm2, QWORD [rax], 5
vcmppd xmm1, xmm2, YWORD [rax], 5
vcmppd xmm1, ymm2, xmm3, 5
vcmppd ymm1, xmm2, xmm3, 5
vcmppd {ymm}, {ymm}, {ymm}, 5
vcmppd ymm1, ymm2, [rax], 5
vcmppd ymm1, ymm2, [r13 + 0x7F], 5
vcmppd ymm1, ymm2, [r8 + r15*8 + 0x12345678], 5
vcmppd ymm1, ymm2, [Rq(dynreg)], 5
vcmppd ymm9, ymm12, YWORD [rcx + 8], 5
vcmppd ymm1, ymm2, OWORD [rax], 5
vcmppd xmm1, xmm2, xmm3, {imm8}
vcmppd xmm1, xmm2, xmm3, 0x80
vcmppd xmm1, xmm2, xmm3, 0xFF
vcmppd xmm1, xmm2, xmm3, -0x81
vcmppd ymm1, ymm2, ymm3, {imm8}
vshufps {xmm}, {xmm}, {xmm}, 5
vshufps xmm1, xmm2, [rax], 5
vshufps xmm1, xmm2, [r13 + 0x7F], 5
vshufps xmm1, xmm2, [r8 + r15*8 + 0x12345678], 5
vshufps xmm1, xmm2, [Rq(dynreg)], 5
vshufps xmm1, xmm2, [rip + 0x10], 5
vshufps xmm9, xmm12, OWORD [rcx + 8], 5
vshufps xmm1, xmm2, QWORD [rax], 5
vshufps xmm1, xmm2, YWORD [rax], 5
vshufps xmm1, ymm2, xmm3, 5
vshufps ymm1, xmm2, xmm3, 5
vshufps {ymm}, {ymm}, {ymm}, 5
vshufps ymm1, ymm2, [rax], 5
vshufps ymm1, ymm2, [r13 + 0x7F], 5
vshufps ymm1, ymm2, [r8 + r15*8 + 0x12345678], 5
vshufps ymm1, ymm2, [Rq(dynreg)], 5
vshufps ymm9, ymm12, YWORD [rcx + 8], 5
vshufps ymm1, ymm2, OWORD [rax], 5
vshufps xmm1, xmm2, xmm3, {imm8}
vshufps xmm1, xmm2, xmm3, 0x80
vshufps xmm1, xmm2, xmm3, 0xFF
vshufps xmm1, xmm2, xmm3, -0x81
vshufps ymm1, ymm2, ymm3, {imm8}
vshufpd {xmm}, {xmm}, {xmm}, 5
vshufpd xmm1, xmm2, [rax], 5
vshufpd xmm1, xmm2, [r13 + 0x7F], 5
vshufpd xmm1, xmm2, [r8 + r15*8 + 0x12345678], 5
vshufpd xmm1, xmm2, [Rq(dynreg)], 5
vshufpd xmm1, xmm2, [rip + 0x10], 5
vshufpd xmm9, xmm12, OWORD [rcx + 8], 5
vshufpd xmm1, xmm2, QWORD [rax], 5
vshufpd xmm1, xmm2, YWORD [rax], 5
vshufpd xmm1, ymm2, xmm3, 5
vshufpd ymm1, xmm2, xmm3, 5
vshufpd {ymm}, {ymm}, {ymm}, 5
vshufpd ymm1, ymm2, [rax], 5
vshufpd ymm1, ymm2, [r13 + 0x7F], 5
vshufpd ymm1, ymm2, [r8 + r15*8 + 0x12345678], 5
vshufpd ymm1, ymm2, [Rq(dynreg)], 5
vshufpd ymm9, ymm12, YWORD [rcx + 8], 5
vshufpd ymm1, ymm2, OWORD [rax], 5
vshufpd xmm1, xmm2, xmm3, {imm8}
vshufpd xmm1, xmm2, xmm3, 0x80
vshufpd xmm1, xmm2, xmm3, 0xFF
vshufpd xmm1, xmm2, xmm3, -0x81
vshufpd ymm1, ymm2, ymm3, {imm8}
vblendps {xmm}, {xmm}, {xmm}, 5
vblendps xmm1, xmm2, {m}, 5
vblendps xmm1, xmm2, {m128}, 5
vblendps xmm1, xmm2, QWORD [rax], 5
vblendps xmm1, xmm2, YWORD [rax], 5
vblendps xmm1, ymm2, xmm3, 5
vblendps ymm1, xmm2, xmm3, 5
vblendps {ymm}, {ymm}, {ymm}, 5
vblendps ymm1, ymm2, {m}, 5
vblendps ymm1, ymm2, {m256}, 5
vblendps ymm1, ymm2, OWORD [rax], 5
vblendps xmm1, xmm2, xmm3, {imm8}
vblendps xmm1, xmm2, xmm3, 0x80
vblendps xmm1, xmm2, xmm3, 0xFF
vblendps xmm1, xmm2, xmm3, -0x81
vblendps ymm1, ymm2, ymm3, {imm8}
vblendpd {xmm}, {xmm}, {xmm}, 5
vblendpd xmm1, xmm2, [rax], 5
vblendpd xmm1, xmm2, [r13 + 0x7F], 5
vblendpd xmm1, xmm2, [r8 + r15*8 + 0x12345678], 5
vblendpd xmm1, xmm2, [Rq(dynreg)], 5
vblendpd xmm1, xmm2, [rip + 0x10], 5
vblendpd xmm9, xmm12, OWORD [rcx + 8], 5
vblendpd xmm1, xmm2, QWORD [rax], 5
vblendpd xmm1, xmm2, YWORD [rax], 5
vblendpd xmm1, ymm2, xmm3, 5
vblendpd ymm1, xmm2, xmm3, 5
vblendpd {ymm}, {ymm}, {ymm}, 5
vblendpd ymm1, ymm2, [rax], 5
vblendpd ymm1, ymm2, [r13 + 0x7F], 5
vblendpd ymm1, ymm2, [r8 + r15*8 + 0x12345678], 5
vblendpd ymm1, ymm2, [Rq(dynreg)], 5
vblendpd ymm9, ymm12, YWORD [rcx + 8], 5
vblendpd ymm1, ymm2, OWORD [rax], 5
vblendpd xmm1, xmm2, xmm3, {imm8}
vblendpd xmm1, xmm2, xmm3, 0x80
vblendpd xmm1, xmm2, xmm3, 0xFF
vblendpd xmm1, xmm2, xmm3, -0x81
vblendpd ymm1, ymm2, ymm3, {imm8}
vdpps {xmm}, {xmm}, {xmm}, 5
vdpps xmm1, xmm2, [rax], 5
vdpps xmm1, xmm2, [r13 + 0x7F], 5
vdpps xmm1, xmm2, [r8 + r15*8 + 0x12345678], 5
vdpps xmm1, xmm2, [Rq(dynreg)], 5
vdpps xmm1, xmm2, [rip + 0x10], 5
vdpps xmm9, xmm12, OWORD [rcx + 8], 5
vdpps xmm1, xmm2, QWORD [rax], 5
vdpps xmm1, xmm2, YWORD [rax], 5
vdpps xmm1, ymm2, xmm3, 5
vdpps ymm1, xmm2, xmm3, 5
vdpps {ymm}, {ymm}, {ymm}, 5
vdpps ymm1, ymm2, [rax], 5
vdpps ymm1, ymm2, [r13 + 0x7F], 5
vdpps ymm1, ymm2, [r8 + r15*8 + 0x12345678], 5
vdpps ymm1, ymm2, [Rq(dynreg)], 5
vdpps ymm9, ymm12, YWORD [rcx + 8], 5
vdpps ymm1, ymm2, OWORD [rax], 5
vdpps xmm1, xmm2, xmm3, {imm8}
vdpps xmm1, xmm2, xmm3, 0x80
vdpps xmm1, xmm2, xmm3, 0xFF
vdpps xmm1, xmm2, xmm3, -0x81
vdpps ymm1, ymm2, ymm3, {imm8}
vdppd {xmm}, {xmm}, {xmm}, 5
vdppd xmm1, xmm2, {m}, 5
vdppd xmm1, xmm2, {m128}, 5
vdppd xmm1, xmm2, QWORD [rax], 5
vdppd xmm1, xmm2, YWORD [rax], 5
vdppd xmm1, ymm2, xmm3, 5
vdppd ymm1, xmm2, xmm3, 5
vdppd xmm1, xmm2, xmm3, {imm8}
vdppd xmm1, xmm2, xmm3, 0x80
vdppd xmm1, xmm2, xmm3, 0xFF
vdppd xmm1, xmm2, xmm3, -0x81
vroundps {xmm}, {xmm}, 3
vroundps xmm1, {m}, 3
vroundps xmm1, {m128}, 3
vroundps xmm1, QWORD [rax], 3
vroundps xmm1, ymm2, 3
vroundps ymm1, xmm2, 3
vroundps {ymm}, {ymm}, 3
vroundps ymm1, {m}, 3
vroundps ymm1, {m256}, 3
vroundps ymm1, OWORD [rax], 3
vroundps xmm1, xmm2, {imm8}
vroundps xmm1, xmm2, 0x80
vroundps xmm1, xmm2, 0xFF
vroundps ymm1, ymm2, {imm8}
vroundpd {xmm}, {xmm}, 3
vroundpd xmm1, [rax], 3
vroundpd xmm1, [r13 + 0x7F], 3
vroundpd xmm1, [r8 + r15*8 + 0x12345678], 3
vroundpd xmm1, [Rq(dynreg)], 3
vroundpd xmm1, [rip + 0x10], 3
vroundpd xmm9, OWORD [rcx + 8], 3
vroundpd xmm1, QWORD [rax], 3
vroundpd xmm1, ymm2, 3
vroundpd ymm1, xmm2, 3
vroundpd {ymm}, {ymm}, 3
vroundpd ymm1, [rax], 3
vroundpd ymm1, [r13 + 0x7F], 3
vroundpd ymm1, [r8 + r15*8 + 0x12345678], 3
vroundpd ymm1, [Rq(dynreg)], 3
vroundpd ymm9, YWORD [rcx + 8], 3
vroundpd ymm1, OWORD [rax], 3
vroundpd xmm1, xmm2, {imm8}
vroundpd xmm1, xmm2, 0x80
vroundpd xmm1, xmm2, 0xFF
vroundpd ymm1, ymm2, {imm8}
vaddss {xmm}, {xmm}, {xmm}
vaddss xmm1, xmm2, {m}
vaddss xmm1, xmm2, {m32}
vaddss xmm1, xmm2, BYTE [rax]
vaddss xmm1, xmm2, WORD [rax]
vaddss xmm1, xmm2, DWORD [rax]
vaddss xmm1, xmm2, QWORD [rax]
vaddss xmm1, xmm2, OWORD [rax]
vaddss xmm1, xmm2, YWORD [rax]
vaddss ymm1, ymm2, ymm3
vaddss xmm1, xmm2
vaddsd {xmm}, {xmm}, {xmm}
vaddsd xmm1, xmm2, [rax]
vaddsd xmm1, xmm2, [r13 + 0x7F]
vaddsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vaddsd xmm1, xmm2, [Rq(dynreg)]
vaddsd xmm1, xmm2, [rip + 0x10]
vaddsd xmm1, xmm2, BYTE [rax]
vaddsd xmm1, xmm2, WORD [rax]
vaddsd xmm1, xmm2, DWORD [rax]
vaddsd xmm1, xmm2, QWORD [rax]
vaddsd xmm1, xmm2, OWORD [rax]
vaddsd xmm1, xmm2, YWORD [rax]
vaddsd ymm1, ymm2, ymm3
vaddsd xmm1, xmm2
vsubss {xmm}, {xmm}, {xmm}
vsubss xmm1, xmm2, [rax]
vsubss xmm1, xmm2, [r13 + 0x7F]
vsubss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vsubss xmm1, xmm2, [Rq(dynreg)]
vsubss xmm1, xmm2, [rip + 0x10]
vsubss xmm1, xmm2, BYTE [rax]
vsubss xmm1, xmm2, WORD [rax]
vsubss xmm1, xmm2, DWORD [rax]
vsubss xmm1, xmm2, QWORD [rax]
vsubss xmm1, xmm2, OWORD [rax]
vsubss xmm1, xmm2, YWORD [rax]
vsubss ymm1, ymm2, ymm3
vsubss xmm1, xmm2
vsubsd {xmm}, {xmm}, {xmm}
vsubsd xmm1, xmm2, [rax]
vsubsd xmm1, xmm2, [r13 + 0x7F]
vsubsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vsubsd xmm1, xmm2, [Rq(dynreg)]
vsubsd xmm1, xmm2, [rip + 0x10]
vsubsd xmm1, xmm2, BYTE [rax]
vsubsd xmm1, xmm2, WORD [rax]
vsubsd xmm1, xmm2, DWORD [rax]
vsubsd xmm1, xmm2, QWORD [rax]
vsubsd xmm1, xmm2, OWORD [rax]
vsubsd xmm1, xmm2, YWORD [rax]
vsubsd ymm1, ymm2, ymm3
vsubsd xmm1, xmm2
vmulss {xmm}, {xmm}, {xmm}
vmulss xmm1, xmm2, [rax]
vmulss xmm1, xmm2, [r13 + 0x7F]
vmulss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmulss xmm1, xmm2, [Rq(dynreg)]
vmulss xmm1, xmm2, [rip + 0x10]
vmulss xmm1, xmm2, BYTE [rax]
vmulss xmm1, xmm2, WORD [rax]
vmulss xmm1, xmm2, DWORD [rax]
vmulss xmm1, xmm2, QWORD [rax]
vmulss xmm1, xmm2, OWORD [rax]
vmulss xmm1, xmm2, YWORD [rax]
vmulss ymm1, ymm2, ymm3
vmulss xmm1, xmm2
vmulsd {xmm}, {xmm}, {xmm}
vmulsd xmm1, xmm2, [rax]
vmulsd xmm1, xmm2, [r13 + 0x7F]
vmulsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmulsd xmm1, xmm2, [Rq(dynreg)]
vmulsd xmm1, xmm2, [rip + 0x10]
vmulsd xmm1, xmm2, BYTE [rax]
vmulsd xmm1, xmm2, WORD [rax]
vmulsd xmm1, xmm2, DWORD [rax]
vmulsd xmm1, xmm2, QWORD [rax]
vmulsd xmm1, xmm2, OWORD [rax]
vmulsd xmm1, xmm2, YWORD [rax]
vmulsd ymm1, ymm2, ymm3
vmulsd xmm1, xmm2
vdivss {xmm}, {xmm}, {xmm}
vdivss xmm1, xmm2, [rax]
vdivss xmm1, xmm2, [r13 + 0x7F]
vdivss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vdivss xmm1, xmm2, [Rq(dynreg)]
vdivss xmm1, xmm2, [rip + 0x10]
vdivss xmm1, xmm2, BYTE [rax]
vdivss xmm1, xmm2, WORD [rax]
vdivss xmm1, xmm2, DWORD [rax]
vdivss xmm1, xmm2, QWORD [rax]
vdivss xmm1, xmm2, OWORD [rax]
vdivss xmm1, xmm2, YWORD [rax]
vdivss ymm1, ymm2, ymm3
vdivss xmm1, xmm2
vdivsd {xmm}, {xmm}, {xmm}
vdivsd xmm1, xmm2, [rax]
vdivsd xmm1, xmm2, [r13 + 0x7F]
vdivsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vdivsd xmm1, xmm2, [Rq(dynreg)]
vdivsd xmm1, xmm2, [rip + 0x10]
vdivsd xmm1, xmm2, BYTE [rax]
vdivsd xmm1, xmm2, WORD [rax]
vdivsd xmm1, xmm2, DWORD [rax]
vdivsd xmm1, xmm2, QWORD [rax]
vdivsd xmm1, xmm2, OWORD [rax]
vdivsd xmm1, xmm2, YWORD [rax]
vdivsd ymm1, ymm2, ymm3
vdivsd xmm1, xmm2
vminss {xmm}, {xmm}, {xmm}
vminss xmm1, xmm2, [rax]
vminss xmm1, xmm2, [r13 + 0x7F]
vminss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vminss xmm1, xmm2, [Rq(dynreg)]
vminss xmm1, xmm2, [rip + 0x10]
vminss xmm1, xmm2, BYTE [rax]
vminss xmm1, xmm2, WORD [rax]
vminss xmm1, xmm2, DWORD [rax]
vminss xmm1, xmm2, QWORD [rax]
vminss xmm1, xmm2, OWORD [rax]
vminss xmm1, xmm2, YWORD [rax]
vminss ymm1, ymm2, ymm3
vminss xmm1, xmm2
vminsd {xmm}, {xmm}, {xmm}
vminsd xmm1, xmm2, [rax]
vminsd xmm1, xmm2, [r13 + 0x7F]
vminsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vminsd xmm1, xmm2, [Rq(dynreg)]
vminsd xmm1, xmm2, [rip + 0x10]
vminsd xmm1, xmm2, BYTE [rax]
vminsd xmm1, xmm2, WORD [rax]
vminsd xmm1, xmm2, DWORD [rax]
vminsd xmm1, xmm2, QWORD [rax]
vminsd xmm1, xmm2, OWORD [rax]
vminsd xmm1, xmm2, YWORD [rax]
vminsd ymm1, ymm2, ymm3
vminsd xmm1, xmm2
vmaxss {xmm}, {xmm}, {xmm}
vmaxss xmm1, xmm2, [rax]
vmaxss xmm1, xmm2, [r13 + 0x7F]
vmaxss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmaxss xmm1, xmm2, [Rq(dynreg)]
vmaxss xmm1, xmm2, [rip + 0x10]
vmaxss xmm1, xmm2, BYTE [rax]
vmaxss xmm1, xmm2, WORD [rax]
vmaxss xmm1, xmm2, DWORD [rax]
vmaxss xmm1, xmm2, QWORD [rax]
vmaxss xmm1, xmm2, OWORD [rax]
vmaxss xmm1, xmm2, YWORD [rax]
vmaxss ymm1, ymm2, ymm3
vmaxss xmm1, xmm2
vmaxsd {xmm}, {xmm}, {xmm}
vmaxsd xmm1, xmm2, [rax]
vmaxsd xmm1, xmm2, [r13 + 0x7F]
vmaxsd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vmaxsd xmm1, xmm2, [Rq(dynreg)]
vmaxsd xmm1, xmm2, [rip + 0x10]
vmaxsd xmm1, xmm2, BYTE [rax]
vmaxsd xmm1, xmm2, WORD [rax]
vmaxsd xmm1, xmm2, DWORD [rax]
vmaxsd xmm1, xmm2, QWORD [rax]
vmaxsd xmm1, xmm2, OWORD [rax]
vmaxsd xmm1, xmm2, YWORD [rax]
vmaxsd ymm1, ymm2, ymm3
vmaxsd xmm1, xmm2
vsqrtss {xmm}, {xmm}, {xmm}
vsqrtss xmm1, xmm2, [rax]
vsqrtss xmm1, xmm2, [r13 + 0x7F]
vsqrtss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vsqrtss xmm1, xmm2, [Rq(dynreg)]
vsqrtss xmm1, xmm2, [rip + 0x10]
vsqrtss xmm1, xmm2, BYTE [rax]
vsqrtss xmm1, xmm2, WORD [rax]
vsqrtss xmm1, xmm2, DWORD [rax]
vsqrtss xmm1, xmm2, QWORD [rax]
vsqrtss xmm1, xmm2, OWORD [rax]
vsqrtss xmm1, xmm2, YWORD [rax]
vsqrtss ymm1, ymm2, ymm3
vsqrtss xmm1, xmm2
vsqrtsd {xmm}, {xmm}, {xmm}
vsqrtsd xmm1, xmm2, {m}
vsqrtsd xmm1, xmm2, {m64}
vsqrtsd xmm1, xmm2, BYTE [rax]
vsqrtsd xmm1, xmm2, WORD [rax]
vsqrtsd xmm1, xmm2, DWORD [rax]
vsqrtsd xmm1, xmm2, QWORD [rax]
vsqrtsd xmm1, xmm2, OWORD [rax]
vsqrtsd xmm1, xmm2, YWORD [rax]
vsqrtsd ymm1, ymm2, ymm3
vsqrtsd xmm1, xmm2
vrcpss {xmm}, {xmm}, {xmm}
vrcpss xmm1, xmm2, [rax]
vrcpss xmm1, xmm2, [r13 + 0x7F]
vrcpss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vrcpss xmm1, xmm2, [Rq(dynreg)]
vrcpss xmm1, xmm2, [rip + 0x10]
vrcpss xmm1, xmm2, BYTE [rax]
vrcpss xmm1, xmm2, WORD [rax]
vrcpss xmm1, xmm2, DWORD [rax]
vrcpss xmm1, xmm2, QWORD [rax]
vrcpss xmm1, xmm2, OWORD [rax]
vrcpss xmm1, xmm2, YWORD [rax]
vrcpss ymm1, ymm2, ymm3
vrcpss xmm1, xmm2
vrsqrtss {xmm}, {xmm}, {xmm}
vrsqrtss xmm1, xmm2, [rax]
vrsqrtss xmm1, xmm2, [r13 + 0x7F]
vrsqrtss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vrsqrtss xmm1, xmm2, [Rq(dynreg)]
vrsqrtss xmm1, xmm2, [rip + 0x10]
vrsqrtss xmm1, xmm2, BYTE [rax]
vrsqrtss xmm1, xmm2, WORD [rax]
vrsqrtss xmm1, xmm2, DWORD [rax]
vrsqrtss xmm1, xmm2, QWORD [rax]
vrsqrtss xmm1, xmm2, OWORD [rax]
vrsqrtss xmm1, xmm2, YWORD [rax]
vrsqrtss ymm1, ymm2, ymm3
vrsqrtss xmm1, xmm2
vcmpss {xmm}, {xmm}, {xmm}, 2
vcmpss xmm1, xmm2, {m}, 2
vcmpss xmm1, xmm2, {m32}, 2
vcmpss xmm1, xmm2, BYTE [rax], 2
vcmpss xmm1, xmm2, WORD [rax], 2
vcmpss xmm1, xmm2, DWORD [rax], 2
vcmpss xmm1, xmm2, QWORD [rax], 2
vcmpss xmm1, xmm2, OWORD [rax], 2
vcmpss xmm1, xmm2, YWORD [rax], 2
vcmpss ymm1, ymm2, ymm3, 2
vcmpss xmm1, xmm2, 2
vcmpss xmm1, xmm2, xmm3, {imm8}
vcmpss xmm1, xmm2, xmm3, 0x80
vcmpsd {xmm}, {xmm}, {xmm}, 2
vcmpsd xmm1, xmm2, {m}, 2
vcmpsd xmm1, xmm2, {m64}, 2
vcmpsd xmm1, xmm2, BYTE [rax], 2
vcmpsd xmm1, xmm2, WORD [rax], 2
vcmpsd xmm1, xmm2, DWORD [rax], 2
vcmpsd xmm1, xmm2, QWORD [rax], 2
vcmpsd xmm1, xmm2, OWORD [rax], 2
vcmpsd xmm1, xmm2, YWORD [rax], 2
vcmpsd ymm1, ymm2, ymm3, 2
vcmpsd xmm1, xmm2, 2
vcmpsd xmm1, xmm2, xmm3, {imm8}
vcmpsd xmm1, xmm2, xmm3, 0x80
vroundss {xmm}, {xmm}, {xmm}, 2
vroundss xmm1, xmm2, {m}, 2
vroundss xmm1, xmm2, {m32}, 2
vroundss xmm1, xmm2, BYTE [rax], 2
vroundss xmm1, xmm2, WORD [rax], 2
vroundss xmm1, xmm2, DWORD [rax], 2
vroundss xmm1, xmm2, QWORD [rax], 2
vroundss xmm1, xmm2, OWORD [rax], 2
vroundss xmm1, xmm2, YWORD [rax], 2
vroundss ymm1, ymm2, ymm3, 2
vroundss xmm1, xmm2, 2
vroundss xmm1, xmm2, xmm3, {imm8}
vroundss xmm1, xmm2, xmm3, 0x80
vroundsd {xmm}, {xmm}, {xmm}, 2
vroundsd xmm1, xmm2, {m}, 2
vroundsd xmm1, xmm2, {m64}, 2
vroundsd xmm1, xmm2, BYTE [rax], 2
vroundsd xmm1, xmm2, WORD [rax], 2
vroundsd xmm1, xmm2, DWORD [rax], 2
vroundsd xmm1, xmm2, QWORD [rax], 2
vroundsd xmm1, xmm2, OWORD [rax], 2
vroundsd xmm1, xmm2, YWORD [rax], 2
vroundsd ymm1, ymm2, ymm3, 2
vroundsd xmm1, xmm2, 2
vroundsd xmm1, xmm2, xmm3, {imm8}
vroundsd xmm1, xmm2, xmm3, 0x80
vinsertps {xmm}, {xmm}, {xmm}, 2
vinsertps xmm1, xmm2, {m}, 2
vinsertps xmm1, xmm2, {m32}, 2
vinsertps xmm1, xmm2, BYTE [rax], 2
vinsertps xmm1, xmm2, WORD [rax], 2
vinsertps xmm1, xmm2, DWORD [rax], 2
vinsertps xmm1, xmm2, QWORD [rax], 2
vinsertps xmm1, xmm2, OWORD [rax], 2
vinsertps xmm1, xmm2, YWORD [rax], 2
vinsertps ymm1, ymm2, ymm3, 2
vinsertps xmm1, xmm2, 2
vinsertps xmm1, xmm2, xmm3, {imm8}
vinsertps xmm1, xmm2, xmm3, 0x80
vcomiss {xmm}, {xmm}
vcomiss xmm1, {m}
vcomiss xmm9, BYTE [rax]
vcomiss xmm9, WORD [rax]
vcomiss xmm9, DWORD [rax]
vcomiss xmm9, QWORD [rax]
vcomiss xmm9, OWORD [rax]
vcomiss ymm1, ymm2
vcomiss xmm1, xmm2, xmm3
vcomisd {xmm}, {xmm}
vcomisd xmm1, {m}
vcomisd xmm9, BYTE [rax]
vcomisd xmm9, WORD [rax]
vcomisd xmm9, DWORD [rax]
vcomisd xmm9, QWORD [rax]
vcomisd xmm9, OWORD [rax]
vcomisd ymm1, ymm2
vcomisd xmm1, xmm2, xmm3
vucomiss {xmm}, {xmm}
vucomiss xmm1, {m}
vucomiss xmm9, BYTE [rax]
vucomiss xmm9, WORD [rax]
vucomiss xmm9, DWORD [rax]
vucomiss xmm9, QWORD [rax]
vucomiss xmm9, OWORD [rax]
vucomiss ymm1, ymm2
vucomiss xmm1, xmm2, xmm3
vucomisd {xmm}, {xmm}
vucomisd xmm1, {m}
vucomisd xmm9, BYTE [rax]
vucomisd xmm9, WORD [rax]
vucomisd xmm9, DWORD [rax]
vucomisd xmm9, QWORD [rax]
vucomisd xmm9, OWORD [rax]
vucomisd ymm1, ymm2
vucomisd xmm1, xmm2, xmm3
vblendvps {xmm}, {xmm}, {xmm}, {xmm}
vblendvps xmm1, xmm2, {m}, xmm3
vblendvps xmm1, xmm2, OWORD [rax], xmm13
vblendvps {ymm}, {ymm}, {ymm}, {ymm}
vblendvps ymm1, ymm2, {m256}, ymm3
vblendvps ymm1, ymm2, [rax], ymm3
vblendvps xmm1, xmm2, xmm3, ymm4
vblendvps xmm1, xmm2, QWORD [rax], xmm3
vblendvps xmm1, xmm2, xmm3, 5
vblendvpd {xmm}, {xmm}, {xmm}, {xmm}
vblendvpd xmm1, xmm2, {m}, xmm3
vblendvpd xmm1, xmm2, OWORD [rax], xmm13
vblendvpd {ymm}, {ymm}, {ymm}, {ymm}
vblendvpd ymm1, ymm2, {m256}, ymm3
vblendvpd ymm1, ymm2, [rax], ymm3
vblendvpd xmm1, xmm2, xmm3, ymm4
vblendvpd xmm1, xmm2, QWORD [rax], xmm3
vblendvpd xmm1, xmm2, xmm3, 5
