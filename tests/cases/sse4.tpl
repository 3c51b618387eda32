# SSE3, SSSE3, SSE4.1, SSE4.2, AES, PCLMULQDQ, SHA (src/x64/mnemonics/sse4.rs).
# Representatives get the full operand sets; the other mnemonics of the same shape a few cases.
# xmm, xmm/m128
addsubps {xmm}, xmm1
addsubps xmm1, {xmm}
addsubps xmm2, {m}
addsubps xmm10, {m128}
addsubps xmm2, BYTE [rcx + 8]
addsubps xmm2, WORD [rcx + 8]
addsubps xmm2, DWORD [rcx + 8]
addsubps xmm2, QWORD [rcx + 8]
addsubps xmm2, OWORD [rcx + 8]
addsubpd xmm1, xmm9
addsubpd xmm12, [rax]
addsubpd Rx(dynreg), xmm3
addsubpd xmm2, BYTE [rcx + 8]
addsubpd xmm2, WORD [rcx + 8]
addsubpd xmm2, DWORD [rcx + 8]
addsubpd xmm2, QWORD [rcx + 8]
addsubpd xmm2, OWORD [rcx + 8]
haddps xmm1, xmm9
haddps xmm12, [rax]
haddps Rx(dynreg), xmm3
haddps xmm2, BYTE [rcx + 8]
haddps xmm2, WORD [rcx + 8]
haddps xmm2, DWORD [rcx + 8]
haddps xmm2, QWORD [rcx + 8]
haddps xmm2, OWORD [rcx + 8]
haddpd xmm1, xmm9
haddpd xmm12, [rax]
haddpd Rx(dynreg), xmm3
haddpd xmm2, BYTE [rcx + 8]
haddpd xmm2, WORD [rcx + 8]
haddpd xmm2, DWORD [rcx + 8]
haddpd xmm2, QWORD [rcx + 8]
haddpd xmm2, OWORD [rcx + 8]
hsubps xmm1, xmm9
hsubps xmm12, [rax]
hsubps Rx(dynreg), xmm3
hsubps xmm2, BYTE [rcx + 8]
hsubps xmm2, WORD [rcx + 8]
hsubps xmm2, DWORD [rcx + 8]
hsubps xmm2, QWORD [rcx + 8]
hsubps xmm2, OWORD [rcx + 8]
hsubpd xmm1, xmm9
hsubpd xmm12, [rax]
hsubpd Rx(dynreg), xmm3
hsubpd xmm2, BYTE [rcx + 8]
hsubpd xmm2, WORD [rcx + 8]
hsubpd xmm2, DWORD [rcx + 8]
hsubpd xmm2, QWORD [rcx + 8]
hsubpd xmm2, OWORD [rcx + 8]
aesenc xmm1, xmm9
aesenc xmm12, [rax]
aesenc Rx(dynreg), xmm3
aesenc xmm2, BYTE [rcx + 8]
aesenc xmm2, WORD [rcx + 8]
aesenc xmm2, DWORD [rcx + 8]
aesenc xmm2, QWORD [rcx + 8]
aesenc xmm2, OWORD [rcx + 8]
aesenclast xmm1, xmm9
aesenclast xmm12, [rax]
aesenclast Rx(dynreg), xmm3
aesenclast xmm2, BYTE [rcx + 8]
aesenclast xmm2, WORD [rcx + 8]
aesenclast xmm2, DWORD [rcx + 8]
aesenclast xmm2, QWORD [rcx + 8]
aesenclast xmm2, OWORD [rcx + 8]
aesdec xmm1, xmm9
aesdec xmm12, [rax]
aesdec Rx(dynreg), xmm3
aesdec xmm2, BYTE [rcx + 8]
aesdec xmm2, WORD [rcx + 8]
aesdec xmm2, DWORD [rcx + 8]
aesdec xmm2, QWORD [rcx + 8]
aesdec xmm2, OWORD [rcx + 8]
aesdeclast xmm1, xmm9
aesdeclast xmm12, [rax]
aesdeclast Rx(dynreg), xmm3
aesdeclast xmm2, BYTE [rcx + 8]
aesdeclast xmm2, WORD [rcx + 8]
aesdeclast xmm2, DWORD [rcx + 8]
aesdeclast xmm2, QWORD [rcx + 8]
aesdeclast xmm2, OWORD [rcx + 8]
aesimc xmm1, xmm9
aesimc xmm12, [rax]
aesimc Rx(dynreg), xmm3
aesimc xmm2, BYTE [rcx + 8]
aesimc xmm2, WORD [rcx + 8]
aesimc xmm2, DWORD [rcx + 8]
aesimc xmm2, QWORD [rcx + 8]
aesimc xmm2, OWORD [rcx + 8]
sha1nexte xmm1, xmm9
sha1nexte xmm12, [rax]
sha1nexte Rx(dynreg), xmm3
sha1nexte xmm2, BYTE [rcx + 8]
sha1nexte xmm2, WORD [rcx + 8]
sha1nexte xmm2, DWORD [rcx + 8]
sha1nexte xmm2, QWORD [rcx + 8]
sha1nexte xmm2, OWORD [rcx + 8]
sha1msg1 xmm1, xmm9
sha1msg1 xmm12, [rax]
sha1msg1 Rx(dynreg), xmm3
sha1msg1 xmm2, BYTE [rcx + 8]
sha1msg1 xmm2, WORD [rcx + 8]
sha1msg1 xmm2, DWORD [rcx + 8]
sha1msg1 xmm2, QWORD [rcx + 8]
sha1msg1 xmm2, OWORD [rcx + 8]
sha1msg2 xmm1, xmm9
sha1msg2 xmm12, [rax]
sha1msg2 Rx(dynreg), xmm3
sha1msg2 xmm2, BYTE [rcx + 8]
sha1msg2 xmm2, WORD [rcx + 8]
sha1msg2 xmm2, DWORD [rcx + 8]
sha1msg2 xmm2, QWORD [rcx + 8]
sha1msg2 xmm2, OWORD [rcx + 8]
sha256rnds2 xmm1, xmm9
sha256rnds2 xmm12, [rax]
sha256rnds2 Rx(dynreg), xmm3
sha256rnds2 xmm2, BYTE [rcx + 8]
sha256rnds2 xmm2, WORD [rcx + 8]
sha256rnds2 xmm2, DWORD [rcx + 8]
sha256rnds2 xmm2, QWORD [rcx + 8]
sha256rnds2 xmm2, OWORD [rcx + 8]
sha256msg1 xmm1, xmm9
sha256msg1 xmm12, [rax]
sha256msg1 Rx(dynreg), xmm3
sha256msg1 xmm2, BYTE [rcx + 8]
sha256msg1 xmm2, WORD [rcx + 8]
sha256msg1 xmm2, DWORD [rcx + 8]
sha256msg1 xmm2, QWORD [rcx + 8]
sha256msg1 xmm2, OWORD [rcx + 8]
sha256msg2 xmm1, xmm9
sha256msg2 xmm12, [rax]
sha256msg2 Rx(dynreg), xmm3
sha256msg2 xmm2, BYTE [rcx + 8]
sha256msg2 xmm2, WORD [rcx + 8]
sha256msg2 xmm2, DWORD [rcx + 8]
sha256msg2 xmm2, QWORD [rcx + 8]
sha256msg2 xmm2, OWORD [rcx + 8]
# xmm, xmm/m128, imm8
aeskeygenassist {xmm}, xmm1, 1
aeskeygenassist xmm1, {xmm}, 1
aeskeygenassist xmm2, {m}, 1
aeskeygenassist xmm10, {m128}, 2
aeskeygenassist xmm3, xmm4, {imm8}
aeskeygenassist xmm2, BYTE [rcx + 8], 3
aeskeygenassist xmm2, WORD [rcx + 8], 3
aeskeygenassist xmm2, DWORD [rcx + 8], 3
aeskeygenassist xmm2, QWORD [rcx + 8], 3
aeskeygenassist xmm2, OWORD [rcx + 8], 3
aeskeygenassist xmm1, xmm2, 0x80
aeskeygenassist xmm1, xmm2, 0xFF
aeskeygenassist xmm1, xmm2, i32v
aeskeygenassist xmm1, xmm2, WORD 1
aeskeygenassist xmm1, xmm2, {simm8}
pclmulqdq xmm1, xmm9, 5
pclmulqdq xmm12, [rax], 5
pclmulqdq Rx(dynreg), xmm3, 5
pclmulqdq xmm2, BYTE [rcx + 8], 5
pclmulqdq xmm2, WORD [rcx + 8], 5
pclmulqdq xmm2, DWORD [rcx + 8], 5
pclmulqdq xmm2, QWORD [rcx + 8], 5
pclmulqdq xmm2, OWORD [rcx + 8], 5
pclmulqdq xmm1, xmm2, {imm8}
sha1rnds4 xmm1, xmm9, 5
sha1rnds4 xmm12, [rax], 5
sha1rnds4 Rx(dynreg), xmm3, 5
sha1rnds4 xmm2, BYTE [rcx + 8], 5
sha1rnds4 xmm2, WORD [rcx + 8], 5
sha1rnds4 xmm2, DWORD [rcx + 8], 5
sha1rnds4 xmm2, QWORD [rcx + 8], 5
sha1rnds4 xmm2, OWORD [rcx + 8], 5
sha1rnds4 xmm1, xmm2, {imm8}
# xmm, mN / xmm, xmm
movddup {xmm}, xmm1
movddup xmm1, {xmm}
movddup xmm2, {m}
movddup xmm10, {m64}
movddup xmm2, BYTE [rcx + 8]
movddup xmm2, WORD [rcx + 8]
movddup xmm2, DWORD [rcx + 8]
movddup xmm2, QWORD [rcx + 8]
movddup xmm2, OWORD [rcx + 8]
movshdup xmm1, xmm9
movshdup xmm12, [rax]
movshdup Rx(dynreg), xmm3
movshdup xmm2, BYTE [rcx + 8]
movshdup xmm2, WORD [rcx + 8]
movshdup xmm2, DWORD [rcx + 8]
movshdup xmm2, QWORD [rcx + 8]
movshdup xmm2, OWORD [rcx + 8]
movsldup xmm1, xmm9
movsldup xmm12, [rax]
movsldup Rx(dynreg), xmm3
movsldup xmm2, BYTE [rcx + 8]
movsldup xmm2, WORD [rcx + 8]
movsldup xmm2, DWORD [rcx + 8]
movsldup xmm2, QWORD [rcx + 8]
movsldup xmm2, OWORD [rcx + 8]
blendvps xmm1, xmm9
blendvps xmm12, [rax]
blendvps Rx(dynreg), xmm3
blendvps xmm2, BYTE [rcx + 8]
blendvps xmm2, WORD [rcx + 8]
blendvps xmm2, DWORD [rcx + 8]
blendvps xmm2, QWORD [rcx + 8]
blendvps xmm2, OWORD [rcx + 8]
blendvpd xmm1, xmm9
blendvpd xmm12, [rax]
blendvpd Rx(dynreg), xmm3
blendvpd xmm2, BYTE [rcx + 8]
blendvpd xmm2, WORD [rcx + 8]
blendvpd xmm2, DWORD [rcx + 8]
blendvpd xmm2, QWORD [rcx + 8]
blendvpd xmm2, OWORD [rcx + 8]
packusdw xmm1, xmm9
packusdw xmm12, [rax]
packusdw Rx(dynreg), xmm3
packusdw xmm2, BYTE [rcx + 8]
packusdw xmm2, WORD [rcx + 8]
packusdw xmm2, DWORD [rcx + 8]
packusdw xmm2, QWORD [rcx + 8]
packusdw xmm2, OWORD [rcx + 8]
pblendvb xmm1, xmm9
pblendvb xmm12, [rax]
pblendvb Rx(dynreg), xmm3
pblendvb xmm2, BYTE [rcx + 8]
pblendvb xmm2, WORD [rcx + 8]
pblendvb xmm2, DWORD [rcx + 8]
pblendvb xmm2, QWORD [rcx + 8]
pblendvb xmm2, OWORD [rcx + 8]
pcmpeqq xmm1, xmm9
pcmpeqq xmm12, [rax]
pcmpeqq Rx(dynreg), xmm3
pcmpeqq xmm2, BYTE [rcx + 8]
pcmpeqq xmm2, WORD [rcx + 8]
pcmpeqq xmm2, DWORD [rcx + 8]
pcmpeqq xmm2, QWORD [rcx + 8]
pcmpeqq xmm2, OWORD [rcx + 8]
phminposuw xmm1, xmm9
phminposuw xmm12, [rax]
phminposuw Rx(dynreg), xmm3
phminposuw xmm2, BYTE [rcx + 8]
phminposuw xmm2, WORD [rcx + 8]
phminposuw xmm2, DWORD [rcx + 8]
phminposuw xmm2, QWORD [rcx + 8]
phminposuw xmm2, OWORD [rcx + 8]
pmaxsb xmm1, xmm9
pmaxsb xmm12, [rax]
pmaxsb Rx(dynreg), xmm3
pmaxsb xmm2, BYTE [rcx + 8]
pmaxsb xmm2, WORD [rcx + 8]
pmaxsb xmm2, DWORD [rcx + 8]
pmaxsb xmm2, QWORD [rcx + 8]
pmaxsb xmm2, OWORD [rcx + 8]
pmaxsd xmm1, xmm9
pmaxsd xmm12, [rax]
pmaxsd Rx(dynreg), xmm3
pmaxsd xmm2, BYTE [rcx + 8]
pmaxsd xmm2, WORD [rcx + 8]
pmaxsd xmm2, DWORD [rcx + 8]
pmaxsd xmm2, QWORD [rcx + 8]
pmaxsd xmm2, OWORD [rcx + 8]
pmaxud xmm1, xmm9
pmaxud xmm12, [rax]
pmaxud Rx(dynreg), xmm3
pmaxud xmm2, BYTE [rcx + 8]
pmaxud xmm2, WORD [rcx + 8]
pmaxud xmm2, DWORD [rcx + 8]
pmaxud xmm2, QWORD [rcx + 8]
pmaxud xmm2, OWORD [rcx + 8]
pmaxuw xmm1, xmm9
pmaxuw xmm12, [rax]
pmaxuw Rx(dynreg), xmm3
pmaxuw xmm2, BYTE [rcx + 8]
pmaxuw xmm2, WORD [rcx + 8]
pmaxuw xmm2, DWORD [rcx + 8]
pmaxuw xmm2, QWORD [rcx + 8]
pmaxuw xmm2, OWORD [rcx + 8]
pminsb xmm1, xmm9
pminsb xmm12, [rax]
pminsb Rx(dynreg), xmm3
pminsb xmm2, BYTE [rcx + 8]
pminsb xmm2, WORD [rcx + 8]
pminsb xmm2, DWORD [rcx + 8]
pminsb xmm2, QWORD [rcx + 8]
pminsb xmm2, OWORD [rcx + 8]
pminsd xmm1, xmm9
pminsd xmm12, [rax]
pminsd Rx(dynreg), xmm3
pminsd xmm2, BYTE [rcx + 8]
pminsd xmm2, WORD [rcx + 8]
pminsd xmm2, DWORD [rcx + 8]
pminsd xmm2, QWORD [rcx + 8]
pminsd xmm2, OWORD [rcx + 8]
pminud xmm1, xmm9
pminud xmm12, [rax]
pminud Rx(dynreg), xmm3
pminud xmm2, BYTE [rcx + 8]
pminud xmm2, WORD [rcx + 8]
pminud xmm2, DWORD [rcx + 8]
pminud xmm2, QWORD [rcx + 8]
pminud xmm2, OWORD [rcx + 8]
pminuw xmm1, xmm9
pminuw xmm12, [rax]
pminuw Rx(dynreg), xmm3
pminuw xmm2, BYTE [rcx + 8]
pminuw xmm2, WORD [rcx + 8]
pminuw xmm2, DWORD [rcx + 8]
pminuw xmm2, QWORD [rcx + 8]
pminuw xmm2, OWORD [rcx + 8]
pmuldq xmm1, xmm9
pmuldq xmm12, [rax]
pmuldq Rx(dynreg), xmm3
pmuldq xmm2, BYTE [rcx + 8]
pmuldq xmm2, WORD [rcx + 8]
pmuldq xmm2, DWORD [rcx + 8]
pmuldq xmm2, QWORD [rcx + 8]
pmuldq xmm2, OWORD [rcx + 8]
pmulld xmm1, xmm9
pmulld xmm12, [rax]
pmulld Rx(dynreg), xmm3
pmulld xmm2, BYTE [rcx + 8]
pmulld xmm2, WORD [rcx + 8]
pmulld xmm2, DWORD [rcx + 8]
pmulld xmm2, QWORD [rcx + 8]
pmulld xmm2, OWORD [rcx + 8]
ptest xmm1, xmm9
ptest xmm12, [rax]
ptest Rx(dynreg), xmm3
ptest xmm2, BYTE [rcx + 8]
ptest xmm2, WORD [rcx + 8]
ptest xmm2, DWORD [rcx + 8]
ptest xmm2, QWORD [rcx + 8]
ptest xmm2, OWORD [rcx + 8]
pcmpgtq xmm1, xmm9
pcmpgtq xmm12, [rax]
pcmpgtq Rx(dynreg), xmm3
pcmpgtq xmm2, BYTE [rcx + 8]
pcmpgtq xmm2, WORD [rcx + 8]
pcmpgtq xmm2, DWORD [rcx + 8]
pcmpgtq xmm2, QWORD [rcx + 8]
pcmpgtq xmm2, OWORD [rcx + 8]
pmovsxbw {xmm}, xmm1
pmovsxbw xmm1, {xmm}
pmovsxbw xmm2, {m}
pmovsxbw xmm10, {m64}
pmovsxbw xmm2, BYTE [rcx + 8]
pmovsxbw xmm2, WORD [rcx + 8]
pmovsxbw xmm2, DWORD [rcx + 8]
pmovsxbw xmm2, QWORD [rcx + 8]
pmovsxbw xmm2, OWORD [rcx + 8]
pmovsxbd xmm1, xmm9
pmovsxbd xmm12, [rax]
pmovsxbd Rx(dynreg), xmm3
pmovsxbd xmm2, BYTE [rcx + 8]
pmovsxbd xmm2, WORD [rcx + 8]
pmovsxbd xmm2, DWORD [rcx + 8]
pmovsxbd xmm2, QWORD [rcx + 8]
pmovsxbd xmm2, OWORD [rcx + 8]
pmovsxbq xmm1, xmm9
pmovsxbq xmm12, [rax]
pmovsxbq Rx(dynreg), xmm3
pmovsxbq xmm2, BYTE [rcx + 8]
pmovsxbq xmm2, WORD [rcx + 8]
pmovsxbq xmm2, DWORD [rcx + 8]
pmovsxbq xmm2, QWORD [rcx + 8]
pmovsxbq xmm2, OWORD [rcx + 8]
pmovsxwd xmm1, xmm9
pmovsxwd xmm12, [rax]
pmovsxwd Rx(dynreg), xmm3
pmovsxwd xmm2, BYTE [rcx + 8]
pmovsxwd xmm2, WORD [rcx + 8]
pmovsxwd xmm2, DWORD [rcx + 8]
pmovsxwd xmm2, QWORD [rcx + 8]
pmovsxwd xmm2, OWORD [rcx + 8]
pmovsxwq xmm1, xmm9
pmovsxwq xmm12, [rax]
pmovsxwq Rx(dynreg), xmm3
pmovsxwq xmm2, BYTE [rcx + 8]
pmovsxwq xmm2, WORD [rcx + 8]
pmovsxwq xmm2, DWORD [rcx + 8]
pmovsxwq xmm2, QWORD [rcx + 8]
pmovsxwq xmm2, OWORD [rcx + 8]
pmovsxdq xmm1, xmm9
pmovsxdq xmm12, [rax]
pmovsxdq Rx(dynreg), xmm3
pmovsxdq xmm2, BYTE [rcx + 8]
pmovsxdq xmm2, WORD [rcx + 8]
pmovsxdq xmm2, DWORD [rcx + 8]
pmovsxdq xmm2, QWORD [rcx + 8]
pmovsxdq xmm2, OWORD [rcx + 8]
pmovzxbw xmm1, xmm9
pmovzxbw xmm12, [rax]
pmovzxbw Rx(dynreg), xmm3
pmovzxbw xmm2, BYTE [rcx + 8]
pmovzxbw xmm2, WORD [rcx + 8]
pmovzxbw xmm2, DWORD [rcx + 8]
pmovzxbw xmm2, QWORD [rcx + 8]
pmovzxbw xmm2, OWORD [rcx + 8]
pmovzxbd xmm1, xmm9
pmovzxbd xmm12, [rax]
pmovzxbd Rx(dynreg), xmm3
pmovzxbd xmm2, BYTE [rcx + 8]
pmovzxbd xmm2, WORD [rcx + 8]
pmovzxbd xmm2, DWORD [rcx + 8]
pmovzxbd xmm2, QWORD [rcx + 8]
pmovzxbd xmm2, OWORD [rcx + 8]
pmovzxbq xmm1, xmm9
pmovzxbq xmm12, [rax]
pmovzxbq Rx(dynreg), xmm3
pmovzxbq xmm2, BYTE [rcx + 8]
pmovzxbq xmm2, WORD [rcx + 8]
pmovzxbq xmm2, DWORD [rcx + 8]
pmovzxbq xmm2, QWORD [rcx + 8]
pmovzxbq xmm2, OWORD [rcx + 8]
pmovzxwd xmm1, xmm9
pmovzxwd xmm12, [rax]
pmovzxwd Rx(dynreg), xmm3
pmovzxwd xmm2, BYTE [rcx + 8]
pmovzxwd xmm2, WORD [rcx + 8]
pmovzxwd xmm2, DWORD [rcx + 8]
pmovzxwd xmm2, QWORD [rcx + 8]
pmovzxwd xmm2, OWORD [rcx + 8]
pmovzxwq xmm1, xmm9
pmovzxwq xmm12, [rax]
pmovzxwq Rx(dynreg), xmm3
pmovzxwq xmm2, BYTE [rcx + 8]
pmovzxwq xmm2, WORD [rcx + 8]
pmovzxwq xmm2, DWORD [rcx + 8]
pmovzxwq xmm2, QWORD [rcx + 8]
pmovzxwq xmm2, OWORD [rcx + 8]
pmovzxdq xmm1, xmm9
pmovzxdq xmm12, [rax]
pmovzxdq Rx(dynreg), xmm3
pmovzxdq xmm2, BYTE [rcx + 8]
pmovzxdq xmm2, WORD [rcx + 8]
pmovzxdq xmm2, DWORD [rcx + 8]
pmovzxdq xmm2, QWORD [rcx + 8]
pmovzxdq xmm2, OWORD [rcx + 8]
# xmm, m64, imm8 / xmm, xmm, imm8
blendps {xmm}, xmm1, 1
blendps xmm1, {xmm}, 1
blendps xmm2, {m}, 1
blendps xmm10, {m64}, 2
blendps xmm3, xmm4, {imm8}
blendps xmm3, [rax], {imm8}
blendps xmm2, BYTE [rcx + 8], 3
blendps xmm2, WORD [rcx + 8], 3
blendps xmm2, DWORD [rcx + 8], 3
blendps xmm2, QWORD [rcx + 8], 3
blendps xmm2, OWORD [rcx + 8], 3
blendps xmm1, xmm2, 0x80
blendps xmm1, xmm2, i32v
blendps xmm1, xmm2, {simm8}
blendpd xmm1, xmm9, 5
blendpd xmm12, [rax], 5
blendpd Rx(dynreg), xmm3, 5
blendpd xmm2, BYTE [rcx + 8], 5
blendpd xmm2, WORD [rcx + 8], 5
blendpd xmm2, DWORD [rcx + 8], 5
blendpd xmm2, QWORD [rcx + 8], 5
blendpd xmm2, OWORD [rcx + 8], 5
blendpd xmm1, xmm2, {imm8}
dpps xmm1, xmm9, 5
dpps xmm12, [rax], 5
dpps Rx(dynreg), xmm3, 5
dpps xmm2, BYTE [rcx + 8], 5
dpps xmm2, WORD [rcx + 8], 5
dpps xmm2, DWORD [rcx + 8], 5
dpps xmm2, QWORD [rcx + 8], 5
dpps xmm2, OWORD [rcx + 8], 5
dpps xmm1, xmm2, {imm8}
dppd xmm1, xmm9, 5
dppd xmm12, [rax], 5
dppd Rx(dynreg), xmm3, 5
dppd xmm2, BYTE [rcx + 8], 5
dppd xmm2, WORD [rcx + 8], 5
dppd xmm2, DWORD [rcx + 8], 5
dppd xmm2, QWORD [rcx + 8], 5
dppd xmm2, OWORD [rcx + 8], 5
dppd xmm1, xmm2, {imm8}
mpsadbw xmm1, xmm9, 5
mpsadbw xmm12, [rax], 5
mpsadbw Rx(dynreg), xmm3, 5
mpsadbw xmm2, BYTE [rcx + 8], 5
mpsadbw xmm2, WORD [rcx + 8], 5
mpsadbw xmm2, DWORD [rcx + 8], 5
mpsadbw xmm2, QWORD [rcx + 8], 5
mpsadbw xmm2, OWORD [rcx + 8], 5
mpsadbw xmm1, xmm2, {imm8}
pblendw xmm1, xmm9, 5
pblendw xmm12, [rax], 5
pblendw Rx(dynreg), xmm3, 5
pblendw xmm2, BYTE [rcx + 8], 5
pblendw xmm2, WORD [rcx + 8], 5
pblendw xmm2, DWORD [rcx + 8], 5
pblendw xmm2, QWORD [rcx + 8], 5
pblendw xmm2, OWORD [rcx + 8], 5
pblendw xmm1, xmm2, {imm8}
roundps xmm1, xmm9, 5
roundps xmm12, [rax], 5
roundps Rx(dynreg), xmm3, 5
roundps xmm2, BYTE [rcx + 8], 5
roundps xmm2, WORD [rcx + 8], 5
roundps xmm2, DWORD [rcx + 8], 5
roundps xmm2, QWORD [rcx + 8], 5
roundps xmm2, OWORD [rcx + 8], 5
roundps xmm1, xmm2, {imm8}
roundpd xmm1, xmm9, 5
roundpd xmm12, [rax], 5
roundpd Rx(dynreg), xmm3, 5
roundpd xmm2, BYTE [rcx + 8], 5
roundpd xmm2, WORD [rcx + 8], 5
roundpd xmm2, DWORD [rcx + 8], 5
roundpd xmm2, QWORD [rcx + 8], 5
roundpd xmm2, OWORD [rcx + 8], 5
roundpd xmm1, xmm2, {imm8}
roundss xmm1, xmm9, 5
roundss xmm12, [rax], 5
roundss Rx(dynreg), xmm3, 5
roundss xmm2, BYTE [rcx + 8], 5
roundss xmm2, WORD [rcx + 8], 5
roundss xmm2, DWORD [rcx + 8], 5
roundss xmm2, QWORD [rcx + 8], 5
roundss xmm2, OWORD [rcx + 8], 5
roundss xmm1, xmm2, {imm8}
roundsd xmm1, xmm9, 5
roundsd xmm12, [rax], 5
roundsd Rx(dynreg), xmm3, 5
roundsd xmm2, BYTE [rcx + 8], 5
roundsd xmm2, WORD [rcx + 8], 5
roundsd xmm2, DWORD [rcx + 8], 5
roundsd xmm2, QWORD [rcx + 8], 5
roundsd xmm2, OWORD [rcx + 8], 5
roundsd xmm1, xmm2, {imm8}
pcmpestri xmm1, xmm9, 5
pcmpestri xmm12, [rax], 5
pcmpestri Rx(dynreg), xmm3, 5
pcmpestri xmm2, BYTE [rcx + 8], 5
pcmpestri xmm2, WORD [rcx + 8], 5
pcmpestri xmm2, DWORD [rcx + 8], 5
pcmpestri xmm2, QWORD [rcx + 8], 5
pcmpestri xmm2, OWORD [rcx + 8], 5
pcmpestri xmm1, xmm2, {imm8}
pcmpestrm xmm1, xmm9, 5
pcmpestrm xmm12, [rax], 5
pcmpestrm Rx(dynreg), xmm3, 5
pcmpestrm xmm2, BYTE [rcx + 8], 5
pcmpestrm xmm2, WORD [rcx + 8], 5
pcmpestrm xmm2, DWORD [rcx + 8], 5
pcmpestrm xmm2, QWORD [rcx + 8], 5
pcmpestrm xmm2, OWORD [rcx + 8], 5
pcmpestrm xmm1, xmm2, {imm8}
pcmpistri xmm1, xmm9, 5
pcmpistri xmm12, [rax], 5
pcmpistri Rx(dynreg), xmm3, 5
pcmpistri xmm2, BYTE [rcx + 8], 5
pcmpistri xmm2, WORD [rcx + 8], 5
pcmpistri xmm2, DWORD [rcx + 8], 5
pcmpistri xmm2, QWORD [rcx + 8], 5
pcmpistri xmm2, OWORD [rcx + 8], 5
pcmpistri xmm1, xmm2, {imm8}
pcmpistrm xmm1, xmm9, 5
pcmpistrm xmm12, [rax], 5
pcmpistrm Rx(dynreg), xmm3, 5
pcmpistrm xmm2, BYTE [rcx + 8], 5
pcmpistrm xmm2, WORD [rcx + 8], 5
pcmpistrm xmm2, DWORD [rcx + 8], 5
pcmpistrm xmm2, QWORD [rcx + 8], 5
pcmpistrm xmm2, OWORD [rcx + 8], 5
pcmpistrm xmm1, xmm2, {imm8}
palignr xmm1, xmm9, 5
palignr xmm12, [rax], 5
palignr Rx(dynreg), xmm3, 5
palignr xmm2, BYTE [rcx + 8], 5
palignr xmm2, WORD [rcx + 8], 5
palignr xmm2, DWORD [rcx + 8], 5
palignr xmm2, QWORD [rcx + 8], 5
palignr xmm2, OWORD [rcx + 8], 5
palignr xmm1, xmm2, {imm8}
insertps xmm1, xmm9, 5
insertps xmm12, [rax], 5
insertps Rx(dynreg), xmm3, 5
insertps xmm2, BYTE [rcx + 8], 5
insertps xmm2, WORD [rcx + 8], 5
insertps xmm2, DWORD [rcx + 8], 5
insertps xmm2, QWORD [rcx + 8], 5
insertps xmm2, OWORD [rcx + 8], 5
insertps xmm1, xmm2, {imm8}
# SSSE3: mm and xmm forms
pabsb mm0, mm3
pabsb mm3, mm0
pabsb mm1, mm3
pabsb mm3, mm1
pabsb mm7, mm3
pabsb mm3, mm7
pabsb mm2, {m}
pabsb mm5, {m64}
pabsb {xmm}, xmm1
pabsb xmm1, {xmm}
pabsb xmm2, {m}
pabsb xmm10, {m64}
pabsb xmm2, BYTE [rcx + 8]
pabsb mm2, BYTE [rcx + 8]
pabsb xmm2, WORD [rcx + 8]
pabsb mm2, WORD [rcx + 8]
pabsb xmm2, DWORD [rcx + 8]
pabsb mm2, DWORD [rcx + 8]
pabsb xmm2, QWORD [rcx + 8]
pabsb mm2, QWORD [rcx + 8]
pabsb xmm2, OWORD [rcx + 8]
pabsb mm2, OWORD [rcx + 8]
pabsb mm1, xmm1
pabsb xmm1, mm1
pabsw mm1, mm7
pabsw mm6, [r9]
pabsw mm6, QWORD [r9]
pabsw mm6, OWORD [r9]
pabsw xmm1, xmm9
pabsw xmm12, [rax]
pabsw Rx(dynreg), xmm3
pabsw xmm2, BYTE [rcx + 8]
pabsw xmm2, WORD [rcx + 8]
pabsw xmm2, DWORD [rcx + 8]
pabsw xmm2, QWORD [rcx + 8]
pabsw xmm2, OWORD [rcx + 8]
pabsd mm1, mm7
pabsd mm6, [r9]
pabsd mm6, QWORD [r9]
pabsd mm6, OWORD [r9]
pabsd xmm1, xmm9
pabsd xmm12, [rax]
pabsd Rx(dynreg), xmm3
pabsd xmm2, BYTE [rcx + 8]
pabsd xmm2, WORD [rcx + 8]
pabsd xmm2, DWORD [rcx + 8]
pabsd xmm2, QWORD [rcx + 8]
pabsd xmm2, OWORD [rcx + 8]
phaddw mm1, mm7
phaddw mm6, [r9]
phaddw mm6, QWORD [r9]
phaddw mm6, OWORD [r9]
phaddw xmm1, xmm9
phaddw xmm12, [rax]
phaddw Rx(dynreg), xmm3
phaddw xmm2, BYTE [rcx + 8]
phaddw xmm2, WORD [rcx + 8]
phaddw xmm2, DWORD [rcx + 8]
phaddw xmm2, QWORD [rcx + 8]
phaddw xmm2, OWORD [rcx + 8]
phaddd mm1, mm7
phaddd mm6, [r9]
phaddd mm6, QWORD [r9]
phaddd mm6, OWORD [r9]
phaddd xmm1, xmm9
phaddd xmm12, [rax]
phaddd Rx(dynreg), xmm3
phaddd xmm2, BYTE [rcx + 8]
phaddd xmm2, WORD [rcx + 8]
phaddd xmm2, DWORD [rcx + 8]
phaddd xmm2, QWORD [rcx + 8]
phaddd xmm2, OWORD [rcx + 8]
phaddsw mm1, mm7
phaddsw mm6, [r9]
phaddsw mm6, QWORD [r9]
phaddsw mm6, OWORD [r9]
phaddsw xmm1, xmm9
phaddsw xmm12, [rax]
phaddsw Rx(dynreg), xmm3
phaddsw xmm2, BYTE [rcx + 8]
phaddsw xmm2, WORD [rcx + 8]
phaddsw xmm2, DWORD [rcx + 8]
phaddsw xmm2, QWORD [rcx + 8]
phaddsw xmm2, OWORD [rcx + 8]
phsubw mm1, mm7
phsubw mm6, [r9]
phsubw mm6, QWORD [r9]
phsubw mm6, OWORD [r9]
phsubw xmm1, xmm9
phsubw xmm12, [rax]
phsubw Rx(dynreg), xmm3
phsubw xmm2, BYTE [rcx + 8]
phsubw xmm2, WORD [rcx + 8]
phsubw xmm2, DWORD [rcx + 8]
phsubw xmm2, QWORD [rcx + 8]
phsubw xmm2, OWORD [rcx + 8]
phsubd mm1, mm7
phsubd mm6, [r9]
phsubd mm6, QWORD [r9]
phsubd mm6, OWORD [r9]
phsubd xmm1, xmm9
phsubd xmm12, [rax]
phsubd Rx(dynreg), xmm3
phsubd xmm2, BYTE [rcx + 8]
phsubd xmm2, WORD [rcx + 8]
phsubd xmm2, DWORD [rcx + 8]
phsubd xmm2, QWORD [rcx + 8]
phsubd xmm2, OWORD [rcx + 8]
phsubsw mm1, mm7
phsubsw mm6, [r9]
phsubsw mm6, QWORD [r9]
phsubsw mm6, OWORD [r9]
phsubsw xmm1, xmm9
phsubsw xmm12, [rax]
phsubsw Rx(dynreg), xmm3
phsubsw xmm2, BYTE [rcx + 8]
phsubsw xmm2, WORD [rcx + 8]
phsubsw xmm2, DWORD [rcx + 8]
phsubsw xmm2, QWORD [rcx + 8]
phsubsw xmm2, OWORD [rcx + 8]
pmaddubsw mm1, mm7
pmaddubsw mm6, [r9]
pmaddubsw mm6, QWORD [r9]
pmaddubsw mm6, OWORD [r9]
pmaddubsw xmm1, xmm9
pmaddubsw xmm12, [rax]
pmaddubsw Rx(dynreg), xmm3
pmaddubsw xmm2, BYTE [rcx + 8]
pmaddubsw xmm2, WORD [rcx + 8]
pmaddubsw xmm2, DWORD [rcx + 8]
pmaddubsw xmm2, QWORD [rcx + 8]
pmaddubsw xmm2, OWORD [rcx + 8]
pmulhrsw mm1, mm7
pmulhrsw mm6, [r9]
pmulhrsw mm6, QWORD [r9]
pmulhrsw mm6, OWORD [r9]
pmulhrsw xmm1, xmm9
pmulhrsw xmm12, [rax]
pmulhrsw Rx(dynreg), xmm3
pmulhrsw xmm2, BYTE [rcx + 8]
pmulhrsw xmm2, WORD [rcx + 8]
pmulhrsw xmm2, DWORD [rcx + 8]
pmulhrsw xmm2, QWORD [rcx + 8]
pmulhrsw xmm2, OWORD [rcx + 8]
pshufb mm1, mm7
pshufb mm6, [r9]
pshufb mm6, QWORD [r9]
pshufb mm6, OWORD [r9]
pshufb xmm1, xmm9
pshufb xmm12, [rax]
pshufb Rx(dynreg), xmm3
pshufb xmm2, BYTE [rcx + 8]
pshufb xmm2, WORD [rcx + 8]
pshufb xmm2, DWORD [rcx + 8]
pshufb xmm2, QWORD [rcx + 8]
pshufb xmm2, OWORD [rcx + 8]
psignb mm1, mm7
psignb mm6, [r9]
psignb mm6, QWORD [r9]
psignb mm6, OWORD [r9]
psignb xmm1, xmm9
psignb xmm12, [rax]
psignb Rx(dynreg), xmm3
psignb xmm2, BYTE [rcx + 8]
psignb xmm2, WORD [rcx + 8]
psignb xmm2, DWORD [rcx + 8]
psignb xmm2, QWORD [rcx + 8]
psignb xmm2, OWORD [rcx + 8]
psignw mm1, mm7
psignw mm6, [r9]
psignw mm6, QWORD [r9]
psignw mm6, OWORD [r9]
psignw xmm1, xmm9
psignw xmm12, [rax]
psignw Rx(dynreg), xmm3
psignw xmm2, BYTE [rcx + 8]
psignw xmm2, WORD [rcx + 8]
psignw xmm2, DWORD [rcx + 8]
psignw xmm2, QWORD [rcx + 8]
psignw xmm2, OWORD [rcx + 8]
psignd mm1, mm7
psignd mm6, [r9]
psignd mm6, QWORD [r9]
psignd mm6, OWORD [r9]
psignd xmm1, xmm9
psignd xmm12, [rax]
psignd Rx(dynreg), xmm3
psignd xmm2, BYTE [rcx + 8]
psignd xmm2, WORD [rcx + 8]
psignd xmm2, DWORD [rcx + 8]
psignd xmm2, QWORD [rcx + 8]
psignd xmm2, OWORD [rcx + 8]
palignr mm1, mm2, 1
palignr mm1, [rax], {imm8}
palignr mm1, {m}, 1
palignr mm3, OWORD [rax], 1
palignr mm3, QWORD [rax], 1
palignr mm3, xmm1, 1
# memory only
lddqu {xmm}, [rax]
lddqu xmm2, {m}
lddqu xmm10, {m128}
lddqu xmm1, xmm2
lddqu xmm2, BYTE [rcx + 8]
lddqu xmm2, WORD [rcx + 8]
lddqu xmm2, DWORD [rcx + 8]
lddqu xmm2, QWORD [rcx + 8]
lddqu xmm2, OWORD [rcx + 8]
movntdqa {xmm}, [rax]
movntdqa xmm2, {m}
movntdqa xmm10, {m128}
movntdqa xmm1, xmm2
movntdqa xmm2, BYTE [rcx + 8]
movntdqa xmm2, WORD [rcx + 8]
movntdqa xmm2, DWORD [rcx + 8]
movntdqa xmm2, QWORD [rcx + 8]
movntdqa xmm2, OWORD [rcx + 8]
# extract / insert
extractps {r32}, xmm1, 1
extractps eax, {xmm}, 1
extractps {m}, xmm1, 1
extractps {m32}, xmm9, {imm8}
extractps {r64}, xmm1, 1
extractps rax, {xmm}, 1
extractps r9, xmm9, {imm8}
extractps BYTE [rax], xmm1, 1
extractps WORD [rax], xmm1, 1
extractps DWORD [rax], xmm1, 1
extractps QWORD [rax], xmm1, 1
extractps OWORD [rax], xmm1, 1
extractps ax, xmm1, 1
extractps al, xmm1, 1
pextrb {r32}, xmm1, 1
pextrb eax, {xmm}, 1
pextrb {m}, xmm1, 1
pextrb {m8}, xmm9, {imm8}
pextrb {r64}, xmm1, 1
pextrb rax, {xmm}, 1
pextrb r9, xmm9, {imm8}
pextrb {r8}, xmm1, 1
pextrb {r16}, xmm1, 1
pextrb BYTE [rax], xmm1, 1
pextrb WORD [rax], xmm1, 1
pextrb DWORD [rax], xmm1, 1
pextrb QWORD [rax], xmm1, 1
pextrb OWORD [rax], xmm1, 1
pextrd {r32}, xmm1, 1
pextrd eax, {xmm}, 1
pextrd {m}, xmm1, 1
pextrd {m32}, xmm9, {imm8}
pextrd rax, xmm1, 1
pextrd BYTE [rax], xmm1, 1
pextrd WORD [rax], xmm1, 1
pextrd DWORD [rax], xmm1, 1
pextrd QWORD [rax], xmm1, 1
pextrd OWORD [rax], xmm1, 1
pextrq {r64}, xmm1, 1
pextrq rax, {xmm}, 1
pextrq {m}, xmm1, 1
pextrq {m64}, xmm9, {imm8}
pextrq eax, xmm1, 1
pextrq BYTE [rax], xmm1, 1
pextrq WORD [rax], xmm1, 1
pextrq DWORD [rax], xmm1, 1
pextrq QWORD [rax], xmm1, 1
pextrq OWORD [rax], xmm1, 1
pinsrb xmm1, {r32}, 1
pinsrb {xmm}, eax, 1
pinsrb xmm1, {m}, 1
pinsrb xmm9, {m8}, {imm8}
pinsrb xmm1, {r8}, 1
pinsrb xmm1, {r16}, 1
pinsrb xmm1, rax, 1
pinsrb {xmm}, spl, 1
pinsrb xmm1, BYTE [rax], 1
pinsrb xmm1, WORD [rax], 1
pinsrb xmm1, DWORD [rax], 1
pinsrb xmm1, QWORD [rax], 1
pinsrb xmm1, OWORD [rax], 1
pinsrd xmm1, {r32}, 1
pinsrd {xmm}, eax, 1
pinsrd xmm1, {m}, 1
pinsrd xmm9, {m32}, {imm8}
pinsrd xmm1, rax, 1
pinsrd xmm1, BYTE [rax], 1
pinsrd xmm1, WORD [rax], 1
pinsrd xmm1, DWORD [rax], 1
pinsrd xmm1, QWORD [rax], 1
pinsrd xmm1, OWORD [rax], 1
pinsrq xmm1, {r64}, 1
pinsrq {xmm}, rax, 1
pinsrq xmm1, {m}, 1
pinsrq xmm9, {m64}, {imm8}
pinsrq xmm1, eax, 1
pinsrq xmm1, BYTE [rax], 1
pinsrq xmm1, WORD [rax], 1
pinsrq xmm1, DWORD [rax], 1
pinsrq xmm1, QWORD [rax], 1
pinsrq xmm1, OWORD [rax], 1
insertps xmm1, {m32}, 1
# implicit xmm0 is not written
blendvps xmm1, xmm2, xmm0
blendvps xmm1, [rax], xmm0
blendvpd xmm1, xmm2, xmm0
blendvpd xmm1, [rax], xmm0
pblendvb xmm1, xmm2, xmm0
pblendvb xmm1, [rax], xmm0
sha256rnds2 xmm1, xmm2, xmm0
sha256rnds2 xmm1, [rax], xmm0
# pclmulqdq pseudo-ops
pclmullqlqdq {xmm}, xmm1
pclmullqlqdq xmm1, {xmm}
pclmullqlqdq xmm2, [rax]
pclmullqlqdq xmm2, OWORD [r13]
pclmullqlqdq xmm2, QWORD [r13]
pclmullqlqdq xmm2, xmm3, 1
pclmulhqlqdq {xmm}, xmm1
pclmulhqlqdq xmm1, {xmm}
pclmulhqlqdq xmm2, [rax]
pclmulhqlqdq xmm2, OWORD [r13]
pclmulhqlqdq xmm2, QWORD [r13]
pclmulhqlqdq xmm2, xmm3, 1
pclmullqhqdq {xmm}, xmm1
pclmullqhqdq xmm1, {xmm}
pclmullqhqdq xmm2, [rax]
pclmullqhqdq xmm2, OWORD [r13]
pclmullqhqdq xmm2, QWORD [r13]
pclmullqhqdq xmm2, xmm3, 1
pclmulhqhqdq {xmm}, xmm1
pclmulhqhqdq xmm1, {xmm}
pclmulhqhqdq xmm2, [rax]
pclmulhqhqdq xmm2, OWORD [r13]
pclmulhqhqdq xmm2, QWORD [r13]
pclmulhqhqdq xmm2, xmm3, 1
pclmulqdq xmm2, [rip + 0x10], 0x11
# prefixes and labels
pshufb xmm1, [->glob]
pshufb xmm1, [>fwd]
pinsrd xmm1, [<back], 1
roundsd xmm1, [=>dynl], 4
fs pshufb xmm1, [rax]
aesenc xmm1, [eax]
