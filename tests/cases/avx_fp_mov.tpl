# AVX moves
vmovaps {xmm}, {xmm}
vmovaps {ymm}, {ymm}
vmovaps xmm1, {m}
vmovaps xmm1, {m128}
vmovaps {m}, xmm1
vmovaps {m128}, xmm9
vmovaps ymm1, {m}
vmovaps ymm1, {m256}
vmovaps {m}, ymm1
vmovaps {m256}, ymm9
vmovaps xmm1, QWORD [rax]
vmovaps xmm1, ymm2
vmovaps ymm1, OWORD [rax]
vmovaps xmm1, xmm2, xmm3
vmovapd {xmm}, {xmm}
vmovapd {ymm}, {ymm}
vmovapd xmm1, [rax]
vmovapd xmm1, [r13 + 0x7F]
vmovapd xmm1, [r8 + r15*8 + 0x12345678]
vmovapd xmm1, [Rq(dynreg)]
vmovapd xmm1, [rip + 0x10]
vmovapd [rax], xmm9
vmovapd [r13 + 0x7F], xmm9
vmovapd [r8 + r15*8 + 0x12345678], xmm9
vmovapd [Rq(dynreg)], xmm9
vmovapd [rip + 0x10], xmm9
vmovapd ymm1, [rax]
vmovapd ymm1, [r13 + 0x7F]
vmovapd ymm1, [r8 + r15*8 + 0x12345678]
vmovapd ymm1, [Rq(dynreg)]
vmovapd [rax], ymm9
vmovapd [r13 + 0x7F], ymm9
vmovapd [r8 + r15*8 + 0x12345678], ymm9
vmovapd [Rq(dynreg)], ymm9
vmovapd xmm1, OWORD [rax]
vmovapd YWORD [rax], ymm2
vmovapd xmm1, QWORD [rax]
vmovapd xmm1, ymm2
vmovapd ymm1, OWORD [rax]
vmovapd xmm1, xmm2, xmm3
vmovups {xmm}, {xmm}
vmovups {ymm}, {ymm}
vmovups xmm1, [rax]
vmovups xmm1, [r13 + 0x7F]
vmovups xmm1, [r8 + r15*8 + 0x12345678]
vmovups xmm1, [Rq(dynreg)]
vmovups xmm1, [rip + 0x10]
vmovups [rax], xmm9
vmovups [r13 + 0x7F], xmm9
vmovups [r8 + r15*8 + 0x12345678], xmm9
vmovups [Rq(dynreg)], xmm9
vmovups [rip + 0x10], xmm9
vmovups ymm1, [rax]
vmovups ymm1, [r13 + 0x7F]
vmovups ymm1, [r8 + r15*8 + 0x12345678]
vmovups ymm1, [Rq(dynreg)]
vmovups [rax], ymm9
vmovups [r13 + 0x7F], ymm9
vmovups [r8 + r15*8 + 0x12345678], ymm9
vmovups [Rq(dynreg)], ymm9
vmovups xmm1, OWORD [rax]
vmovups YWORD [rax], ymm2
vmovups xmm1, QWORD [rax]
vmovups xmm1, ymm2
vmovups ymm1, OWORD [rax]
vmovups xmm1, xmm2, xmm3
vmovupd {xmm}, {xmm}
vmovupd {ymm}, {ymm}
vmovupd xmm1, [rax]
vmovupd xmm1, [r13 + 0x7F]
vmovupd xmm1, [r8 + r15*8 + 0x12345678]
vmovupd xmm1, [Rq(dynreg)]
vmovupd xmm1, [rip + 0x10]
vmovupd [rax], xmm9
vmovupd [r13 + 0x7F], xmm9
vmovupd [r8 + r15*8 + 0x12345678], xmm9
vmovupd [Rq(dynreg)], xmm9
vmovupd [rip + 0x10], xmm9
vmovupd ymm1, [rax]
vmovupd ymm1, [r13 + 0x7F]
vmovupd ymm1, [r8 + r15*8 + 0x12345678]
vmovupd ymm1, [Rq(dynreg)]
vmovupd [rax], ymm9
vmovupd [r13 + 0x7F], ymm9
vmovupd [r8 + r15*8 + 0x12345678], ymm9
vmovupd [Rq(dynreg)], ymm9
vmovupd xmm1, OWORD [rax]
vmovupd YWORD [rax], ymm2
vmovupd xmm1, QWORD [rax]
vmovupd xmm1, ymm2
vmovupd ymm1, OWORD [rax]
vmovupd xmm1, xmm2, xmm3
vmovdqa {xmm}, {xmm}
vmovdqa {ymm}, {ymm}
vmovdqa xmm1, [rax]
vmovdqa xmm1, [r13 + 0x7F]
vmovdqa xmm1, [r8 + r15*8 + 0x12345678]
vmovdqa xmm1, [Rq(dynreg)]
vmovdqa xmm1, [rip + 0x10]
vmovdqa [rax], xmm9
vmovdqa [r13 + 0x7F], xmm9
vmovdqa [r8 + r15*8 + 0x12345678], xmm9
vmovdqa [Rq(dynreg)], xmm9
vmovdqa [rip + 0x10], xmm9
vmovdqa ymm1, [rax]
vmovdqa ymm1, [r13 + 0x7F]
vmovdqa ymm1, [r8 + r15*8 + 0x12345678]
vmovdqa ymm1, [Rq(dynreg)]
vmovdqa [rax], ymm9
vmovdqa [r13 + 0x7F], ymm9
vmovdqa [r8 + r15*8 + 0x12345678], ymm9
vmovdqa [Rq(dynreg)], ymm9
vmovdqa xmm1, OWORD [rax]
vmovdqa YWORD [rax], ymm2
vmovdqa xmm1, QWORD [rax]
vmovdqa xmm1, ymm2
vmovdqa ymm1, OWORD [rax]
vmovdqa xmm1, xmm2, xmm3
vmovdqu {xmm}, {xmm}
vmovdqu {ymm}, {ymm}
vmovdqu xmm1, {m}
vmovdqu xmm1, {m128}
vmovdqu {m}, xmm1
vmovdqu {m128}, xmm9
vmovdqu ymm1, {m}
vmovdqu ymm1, {m256}
vmovdqu {m}, ymm1
vmovdqu {m256}, ymm9
vmovdqu xmm1, QWORD [rax]
vmovdqu xmm1, ymm2
vmovdqu ymm1, OWORD [rax]
vmovdqu xmm1, xmm2, xmm3
vmovss {xmm}, {xmm}, {xmm}
vmovss xmm1, {m}
vmovss xmm9, {m32}
vmovss {m}, xmm1
vmovss {m32}, xmm9
vmovss xmm1, xmm2
vmovss xmm1, OWORD [rax]
vmovss xmm1, QWORD [rax]
vmovss xmm1, xmm2, [rax]
vmovss ymm1, ymm2, ymm3
vmovsd {xmm}, {xmm}, {xmm}
vmovsd xmm1, {m}
vmovsd xmm9, {m64}
vmovsd {m}, xmm1
vmovsd {m64}, xmm9
vmovsd xmm1, xmm2
vmovsd xmm1, OWORD [rax]
vmovsd xmm1, DWORD [rax]
vmovsd xmm1, xmm2, [rax]
vmovsd ymm1, ymm2, ymm3
vmovd {xmm}, {r32}
vmovd {r32}, {xmm}
vmovd xmm1, {m}
vmovd xmm1, {m32}
vmovd {m}, xmm1
vmovd {m32}, xmm9
vmovd xmm1, rax
vmovd rax, xmm1
vmovd xmm1, xmm2
vmovd xmm1, QWORD [rax]
vmovd ymm1, eax
vmovq {xmm}, {xmm}
vmovq {xmm}, {r64}
vmovq {r64}, {xmm}
vmovq xmm1, {m}
vmovq xmm1, {m64}
vmovq {m}, xmm1
vmovq {m64}, xmm9
vmovq xmm1, eax
vmovq xmm1, DWORD [rax]
vmovq xmm1, OWORD [rax]
vmovq ymm1, rax
vmovhps {xmm}, {xmm}, [rax]
vmovhps xmm1, xmm2, {m}
vmovhps xmm1, xmm2, {m64}
vmovhps {m}, xmm1
vmovhps {m64}, xmm9
vmovhps {xmm}, [rax]
vmovhps xmm1, xmm2, xmm3
vmovhps xmm1, xmm2, OWORD [rax]
vmovhps xmm1, xmm2
vmovhpd {xmm}, {xmm}, [rax]
vmovhpd xmm1, xmm2, {m}
vmovhpd xmm1, xmm2, {m64}
vmovhpd {m}, xmm1
vmovhpd {m64}, xmm9
vmovhpd {xmm}, [rax]
vmovhpd xmm1, xmm2, xmm3
vmovhpd xmm1, xmm2, OWORD [rax]
vmovhpd xmm1, xmm2
vmovlps {xmm}, {xmm}, [rax]
vmovlps xmm1, xmm2, {m}
vmovlps xmm1, xmm2, {m64}
vmovlps {m}, xmm1
vmovlps {m64}, xmm9
vmovlps {xmm}, [rax]
vmovlps xmm1, xmm2, xmm3
vmovlps xmm1, xmm2, OWORD [rax]
vmovlps xmm1, xmm2
vmovlpd {xmm}, {xmm}, [rax]
vmovlpd xmm1, xmm2, {m}
vmovlpd xmm1, xmm2, {m64}
vmovlpd {m}, xmm1
vmovlpd {m64}, xmm9
vmovlpd {xmm}, [rax]
vmovlpd xmm1, xmm2, xmm3
vmovlpd xmm1, xmm2, OWORD [rax]
vmovlpd xmm1, xmm2
vmovhlps {xmm}, {xmm}, {xmm}
vmovhlps xmm1, xmm2, [rax]
vmovhlps xmm1, xmm2
vmovhlps ymm1, ymm2, ymm3
vmovlhps {xmm}, {xmm}, {xmm}
vmovlhps xmm1, xmm2, [rax]
vmovlhps xmm1, xmm2
vmovlhps ymm1, ymm2, ymm3
vmovntps {m}, {xmm}
vmovntps {m128}, xmm1
vmovntps {m}, {ymm}
vmovntps {m256}, ymm1
vmovntps xmm1, xmm2
vmovntps QWORD [rax], xmm1
vmovntps xmm1, [rax]
vmovntpd {m}, {xmm}
vmovntpd {m128}, xmm1
vmovntpd {m}, {ymm}
vmovntpd {m256}, ymm1
vmovntpd xmm1, xmm2
vmovntpd QWORD [rax], xmm1
vmovntpd xmm1, [rax]
vmovntdq {m}, {xmm}
vmovntdq {m128}, xmm1
vmovntdq {m}, {ymm}
vmovntdq {m256}, ymm1
vmovntdq xmm1, xmm2
vmovntdq QWORD [rax], xmm1
vmovntdq xmm1, [rax]
vmovntdqa {xmm}, {m}
vmovntdqa xmm1, {m128}
vmovntdqa {ymm}, {m}
vmovntdqa ymm1, {m256}
vmovntdqa xmm1, xmm2
vmovntdqa [rax], xmm1
vmovntdqa xmm1, QWORD [rax]
vlddqu {xmm}, {m}
vlddqu xmm1, {m128}
vlddqu {ymm}, {m}
vlddqu ymm1, {m256}
vlddqu xmm1, xmm2
vlddqu [rax], xmm1
vlddqu xmm1, QWORD [rax]
vmovddup {xmm}, {xmm}
vmovddup {ymm}, {ymm}
vmovddup xmm1, {m}
vmovddup xmm1, {m64}
vmovddup xmm1, {m128}
vmovddup ymm1, {m}
vmovddup ymm1, {m256}
vmovddup xmm1, DWORD [rax]
vmovddup ymm1, OWORD [rax]
vmovddup ymm1, xmm2
vmovshdup {xmm}, {xmm}
vmovshdup xmm1, {m}
vmovshdup xmm1, {m128}
vmovshdup xmm1, QWORD [rax]
vmovshdup xmm1, ymm2
vmovshdup ymm1, xmm2
vmovshdup {ymm}, {ymm}
vmovshdup ymm1, {m}
vmovshdup ymm1, {m256}
vmovshdup ymm1, OWORD [rax]
vmovsldup {xmm}, {xmm}
vmovsldup xmm1, [rax]
vmovsldup xmm1, [r13 + 0x7F]
vmovsldup xmm1, [r8 + r15*8 + 0x12345678]
vmovsldup xmm1, [Rq(dynreg)]
vmovsldup xmm1, [rip + 0x10]
vmovsldup xmm9, OWORD [rcx + 8]
vmovsldup xmm1, QWORD [rax]
vmovsldup xmm1, ymm2
vmovsldup ymm1, xmm2
vmovsldup {ymm}, {ymm}
vmovsldup ymm1, [rax]
vmovsldup ymm1, [r13 + 0x7F]
vmovsldup ymm1, [r8 + r15*8 + 0x12345678]
vmovsldup ymm1, [Rq(dynreg)]
vmovsldup ymm9, YWORD [rcx + 8]
vmovsldup ymm1, OWORD [rax]
vmaskmovps {xmm}, {xmm}, [rax]
vmaskmovps xmm1, xmm2, {m}
vmaskmovps xmm1, xmm2, {m128}
vmaskmovps {ymm}, {ymm}, [rax]
vmaskmovps ymm1, ymm2, {m}
vmaskmovps ymm1, ymm2, {m256}
vmaskmovps [rax], {xmm}, {xmm}
vmaskmovps {m}, xmm1, xmm2
vmaskmovps {m128}, xmm1, xmm2
vmaskmovps [rax], {ymm}, {ymm}
vmaskmovps {m256}, ymm1, ymm2
vmaskmovps xmm1, xmm2, xmm3
vmaskmovps xmm1, xmm2, YWORD [rax]
vmaskmovps ymm1, ymm2, OWORD [rax]
vmaskmovpd {xmm}, {xmm}, [rax]
vmaskmovpd xmm1, xmm2, {m}
vmaskmovpd xmm1, xmm2, {m128}
vmaskmovpd {ymm}, {ymm}, [rax]
vmaskmovpd ymm1, ymm2, {m}
vmaskmovpd ymm1, ymm2, {m256}
vmaskmovpd [rax], {xmm}, {xmm}
vmaskmovpd {m}, xmm1, xmm2
vmaskmovpd {m128}, xmm1, xmm2
vmaskmovpd [rax], {ymm}, {ymm}
vmaskmovpd {m256}, ymm1, ymm2
vmaskmovpd xmm1, xmm2, xmm3
vmaskmovpd xmm1, xmm2, YWORD [rax]
vmaskmovpd ymm1, ymm2, OWORD [rax]
vmaskmovdqu {xmm}, {xmm}
vmaskmovdqu xmm1, [rax]
vmaskmovdqu ymm1, ymm2
vmovmskps eax, xmm1
vmovmskps rax, ymm1
vmovmskpd r9d, xmm1
vmovmskpd r9, ymm9
