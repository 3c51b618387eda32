# AVX/AVX2 extensions, extract/insert, AES, PCLMULQDQ, string compares, broadcasts, permutes,
# masked moves (src/x64/mnemonics/avx2.rs).
vpmovsxbw {xmm}, xmm2
vpmovsxbw xmm1, {xmm}
vpmovsxbw xmm1, {m}
vpmovsxbw {ymm}, xmm2
vpmovsxbw ymm1, {xmm}
vpmovsxbw ymm1, {m}
vpmovsxbw xmm1, BYTE [rax]
vpmovsxbw ymm1, BYTE [rax]
vpmovsxbw xmm1, WORD [rax]
vpmovsxbw ymm1, WORD [rax]
vpmovsxbw xmm1, DWORD [rax]
vpmovsxbw ymm1, DWORD [rax]
vpmovsxbw xmm1, QWORD [rax]
vpmovsxbw ymm1, QWORD [rax]
vpmovsxbw xmm1, OWORD [rax]
vpmovsxbw ymm1, OWORD [rax]
vpmovsxbw xmm1, YWORD [rax]
vpmovsxbw ymm1, YWORD [rax]
vpmovsxbw xmm1, ymm2
vpmovsxbw ymm1, ymm2
vpmovsxwd xmm1, xmm9
vpmovsxwd xmm12, [r13 + 8]
vpmovsxwd Rx(dynreg), xmm2
vpmovsxwd ymm8, xmm1
vpmovsxwd ymm3, Rx(dynreg)
vpmovsxwd Ry(dynreg), xmm15
vpmovsxwd ymm3, [rax]
vpmovsxwd xmm1, BYTE [rax]
vpmovsxwd ymm1, BYTE [rax]
vpmovsxwd xmm1, WORD [rax]
vpmovsxwd ymm1, WORD [rax]
vpmovsxwd xmm1, DWORD [rax]
vpmovsxwd ymm1, DWORD [rax]
vpmovsxwd xmm1, QWORD [rax]
vpmovsxwd ymm1, QWORD [rax]
vpmovsxwd xmm1, OWORD [rax]
vpmovsxwd ymm1, OWORD [rax]
vpmovsxwd xmm1, YWORD [rax]
vpmovsxwd ymm1, YWORD [rax]
vpmovsxwd xmm1, ymm2
vpmovsxwd ymm1, ymm2
vpmovsxdq xmm1, xmm9
vpmovsxdq xmm12, [r13 + 8]
vpmovsxdq Rx(dynreg), xmm2
vpmovsxdq ymm8, xmm1
vpmovsxdq ymm3, Rx(dynreg)
vpmovsxdq Ry(dynreg), xmm15
vpmovsxdq ymm3, [rax]
vpmovsxdq xmm1, BYTE [rax]
vpmovsxdq ymm1, BYTE [rax]
vpmovsxdq xmm1, WORD [rax]
vpmovsxdq ymm1, WORD [rax]
vpmovsxdq xmm1, DWORD [rax]
vpmovsxdq ymm1, DWORD [rax]
vpmovsxdq xmm1, QWORD [rax]
vpmovsxdq ymm1, QWORD [rax]
vpmovsxdq xmm1, OWORD [rax]
vpmovsxdq ymm1, OWORD [rax]
vpmovsxdq xmm1, YWORD [rax]
vpmovsxdq ymm1, YWORD [rax]
vpmovsxdq xmm1, ymm2
vpmovsxdq ymm1, ymm2
vpmovzxbw xmm1, xmm9
vpmovzxbw xmm12, [r13 + 8]
vpmovzxbw Rx(dynreg), xmm2
vpmovzxbw ymm8, xmm1
vpmovzxbw ymm3, Rx(dynreg)
vpmovzxbw Ry(dynreg), xmm15
vpmovzxbw ymm3, [rax]
vpmovzxbw xmm1, BYTE [rax]
vpmovzxbw ymm1, BYTE [rax]
vpmovzxbw xmm1, WORD [rax]
vpmovzxbw ymm1, WORD [rax]
vpmovzxbw xmm1, DWORD [rax]
vpmovzxbw ymm1, DWORD [rax]
vpmovzxbw xmm1, QWORD [rax]
vpmovzxbw ymm1, QWORD [rax]
vpmovzxbw xmm1, OWORD [rax]
vpmovzxbw ymm1, OWORD [rax]
vpmovzxbw xmm1, YWORD [rax]
vpmovzxbw ymm1, YWORD [rax]
vpmovzxbw xmm1, ymm2
vpmovzxbw ymm1, ymm2
vpmovzxwd xmm1, xmm9
vpmovzxwd xmm12, [r13 + 8]
vpmovzxwd Rx(dynreg), xmm2
vpmovzxwd ymm8, xmm1
vpmovzxwd ymm3, Rx(dynreg)
vpmovzxwd Ry(dynreg), xmm15
vpmovzxwd ymm3, [rax]
vpmovzxwd xmm1, BYTE [rax]
vpmovzxwd ymm1, BYTE [rax]
vpmovzxwd xmm1, WORD [rax]
vpmovzxwd ymm1, WORD [rax]
vpmovzxwd xmm1, DWORD [rax]
vpmovzxwd ymm1, DWORD [rax]
vpmovzxwd xmm1, QWORD [rax]
vpmovzxwd ymm1, QWORD [rax]
vpmovzxwd xmm1, OWORD [rax]
vpmovzxwd ymm1, OWORD [rax]
vpmovzxwd xmm1, YWORD [rax]
vpmovzxwd ymm1, YWORD [rax]
vpmovzxwd xmm1, ymm2
vpmovzxwd ymm1, ymm2
vpmovzxdq xmm1, xmm9
vpmovzxdq xmm12, [r13 + 8]
vpmovzxdq Rx(dynreg), xmm2
vpmovzxdq ymm8, xmm1
vpmovzxdq ymm3, Rx(dynreg)
vpmovzxdq Ry(dynreg), xmm15
vpmovzxdq ymm3, [rax]
vpmovzxdq xmm1, BYTE [rax]
vpmovzxdq ymm1, BYTE [rax]
vpmovzxdq xmm1, WORD [rax]
vpmovzxdq ymm1, WORD [rax]
vpmovzxdq xmm1, DWORD [rax]
vpmovzxdq ymm1, DWORD [rax]
vpmovzxdq xmm1, QWORD [rax]
vpmovzxdq ymm1, QWORD [rax]
vpmovzxdq xmm1, OWORD [rax]
vpmovzxdq ymm1, OWORD [rax]
vpmovzxdq xmm1, YWORD [rax]
vpmovzxdq ymm1, YWORD [rax]
vpmovzxdq xmm1, ymm2
vpmovzxdq ymm1, ymm2
vpmovsxbd xmm1, xmm9
vpmovsxbd xmm12, [r13 + 8]
vpmovsxbd Rx(dynreg), xmm2
vpmovsxbd ymm8, xmm1
vpmovsxbd ymm3, Rx(dynreg)
vpmovsxbd Ry(dynreg), xmm15
vpmovsxbd ymm3, [rax]
vpmovsxbd xmm1, BYTE [rax]
vpmovsxbd ymm1, BYTE [rax]
vpmovsxbd xmm1, WORD [rax]
vpmovsxbd ymm1, WORD [rax]
vpmovsxbd xmm1, DWORD [rax]
vpmovsxbd ymm1, DWORD [rax]
vpmovsxbd xmm1, QWORD [rax]
vpmovsxbd ymm1, QWORD [rax]
vpmovsxbd xmm1, OWORD [rax]
vpmovsxbd ymm1, OWORD [rax]
vpmovsxbd xmm1, YWORD [rax]
vpmovsxbd ymm1, YWORD [rax]
vpmovsxbd xmm1, ymm2
vpmovsxbd ymm1, ymm2
vpmovsxwq xmm1, xmm9
vpmovsxwq xmm12, [r13 + 8]
vpmovsxwq Rx(dynreg), xmm2
vpmovsxwq ymm8, xmm1
vpmovsxwq ymm3, Rx(dynreg)
vpmovsxwq Ry(dynreg), xmm15
vpmovsxwq ymm3, [rax]
vpmovsxwq xmm1, BYTE [rax]
vpmovsxwq ymm1, BYTE [rax]
vpmovsxwq xmm1, WORD [rax]
vpmovsxwq ymm1, WORD [rax]
vpmovsxwq xmm1, DWORD [rax]
vpmovsxwq ymm1, DWORD [rax]
vpmovsxwq xmm1, QWORD [rax]
vpmovsxwq ymm1, QWORD [rax]
vpmovsxwq xmm1, OWORD [rax]
vpmovsxwq ymm1, OWORD [rax]
vpmovsxwq xmm1, YWORD [rax]
vpmovsxwq ymm1, YWORD [rax]
vpmovsxwq xmm1, ymm2
vpmovsxwq ymm1, ymm2
vpmovzxbd xmm1, xmm9
vpmovzxbd xmm12, [r13 + 8]
vpmovzxbd Rx(dynreg), xmm2
vpmovzxbd ymm8, xmm1
vpmovzxbd ymm3, Rx(dynreg)
vpmovzxbd Ry(dynreg), xmm15
vpmovzxbd ymm3, [rax]
vpmovzxbd xmm1, BYTE [rax]
vpmovzxbd ymm1, BYTE [rax]
vpmovzxbd xmm1, WORD [rax]
vpmovzxbd ymm1, WORD [rax]
vpmovzxbd xmm1, DWORD [rax]
vpmovzxbd ymm1, DWORD [rax]
vpmovzxbd xmm1, QWORD [rax]
vpmovzxbd ymm1, QWORD [rax]
vpmovzxbd xmm1, OWORD [rax]
vpmovzxbd ymm1, OWORD [rax]
vpmovzxbd xmm1, YWORD [rax]
vpmovzxbd ymm1, YWORD [rax]
vpmovzxbd xmm1, ymm2
vpmovzxbd ymm1, ymm2
vpmovzxwq xmm1, xmm9
vpmovzxwq xmm12, [r13 + 8]
vpmovzxwq Rx(dynreg), xmm2
vpmovzxwq ymm8, xmm1
vpmovzxwq ymm3, Rx(dynreg)
vpmovzxwq Ry(dynreg), xmm15
vpmovzxwq ymm3, [rax]
vpmovzxwq xmm1, BYTE [rax]
vpmovzxwq ymm1, BYTE [rax]
vpmovzxwq xmm1, WORD [rax]
vpmovzxwq ymm1, WORD [rax]
vpmovzxwq xmm1, DWORD [rax]
vpmovzxwq ymm1, DWORD [rax]
vpmovzxwq xmm1, QWORD [rax]
vpmovzxwq ymm1, QWORD [rax]
vpmovzxwq xmm1, OWORD [rax]
vpmovzxwq ymm1, OWORD [rax]
vpmovzxwq xmm1, YWORD [rax]
vpmovzxwq ymm1, YWORD [rax]
vpmovzxwq xmm1, ymm2
vpmovzxwq ymm1, ymm2
vpmovsxbq xmm1, xmm9
vpmovsxbq xmm12, [r13 + 8]
vpmovsxbq Rx(dynreg), xmm2
vpmovsxbq ymm8, xmm1
vpmovsxbq ymm3, Rx(dynreg)
vpmovsxbq Ry(dynreg), xmm15
vpmovsxbq ymm3, [rax]
vpmovsxbq xmm1, BYTE [rax]
vpmovsxbq ymm1, BYTE [rax]
vpmovsxbq xmm1, WORD [rax]
vpmovsxbq ymm1, WORD [rax]
vpmovsxbq xmm1, DWORD [rax]
vpmovsxbq ymm1, DWORD [rax]
vpmovsxbq xmm1, QWORD [rax]
vpmovsxbq ymm1, QWORD [rax]
vpmovsxbq xmm1, OWORD [rax]
vpmovsxbq ymm1, OWORD [rax]
vpmovsxbq xmm1, YWORD [rax]
vpmovsxbq ymm1, YWORD [rax]
vpmovsxbq xmm1, ymm2
vpmovsxbq ymm1, ymm2
vpmovzxbq xmm1, xmm9
vpmovzxbq xmm12, [r13 + 8]
vpmovzxbq Rx(dynreg), xmm2
vpmovzxbq ymm8, xmm1
vpmovzxbq ymm3, Rx(dynreg)
vpmovzxbq Ry(dynreg), xmm15
vpmovzxbq ymm3, [rax]
vpmovzxbq xmm1, BYTE [rax]
vpmovzxbq ymm1, BYTE [rax]
vpmovzxbq xmm1, WORD [rax]
vpmovzxbq ymm1, WORD [rax]
vpmovzxbq xmm1, DWORD [rax]
vpmovzxbq ymm1, DWORD [rax]
vpmovzxbq xmm1, QWORD [rax]
vpmovzxbq ymm1, QWORD [rax]
vpmovzxbq xmm1, OWORD [rax]
vpmovzxbq ymm1, OWORD [rax]
vpmovzxbq xmm1, YWORD [rax]
vpmovzxbq ymm1, YWORD [rax]
vpmovzxbq xmm1, ymm2
vpmovzxbq ymm1, ymm2
vpextrb {r32}, xmm2, 1
vpextrb {r64}, xmm2, 1
vpextrb eax, {xmm}, 1
vpextrb {m}, xmm2, 1
vpextrb {m8}, xmm9, 1
vpextrb eax, xmm2, {imm8}
vpextrb eax, xmm2, 0x80
vpextrb eax, xmm2, 0xFF
vpextrb {r8}, xmm2, 1
vpextrb {r16}, xmm2, 1
vpextrb WORD [rax], xmm2, 1
vpextrb eax, ymm2, 1
vpextrw {r32}, xmm2, 1
vpextrw {r64}, xmm2, 1
vpextrw eax, {xmm}, 1
vpextrw r9d, {xmm}, 1
vpextrw {m}, xmm2, 1
vpextrw {m16}, xmm9, 1
vpextrw eax, xmm2, {imm8}
vpextrw eax, xmm2, 0x80
vpextrw {r16}, xmm2, 1
vpextrw {r8}, xmm2, 1
vpextrw DWORD [rax], xmm2, 1
vpextrw eax, ymm2, 1
vpextrd {r32}, xmm2, 1
vpextrd {r64}, xmm2, 1
vpextrd eax, {xmm}, 1
vpextrd {m}, xmm2, 1
vpextrd {m32}, xmm9, 1
vpextrd eax, xmm2, {imm8}
vpextrd eax, xmm2, 0xFF
vpextrd {r16}, xmm2, 1
vpextrd QWORD [rax], xmm2, 1
vpextrd eax, ymm2, 1
vpextrq {r64}, xmm2, 1
vpextrq rax, {xmm}, 1
vpextrq {m}, xmm2, 1
vpextrq {m64}, xmm9, 1
vpextrq rax, xmm2, {imm8}
vpextrq rax, xmm2, 0xFF
vpextrq {r32}, xmm2, 1
vpextrq DWORD [rax], xmm2, 1
vpextrq rax, ymm2, 1
vpinsrb {xmm}, xmm2, eax, 1
vpinsrb xmm1, {xmm}, eax, 1
vpinsrb xmm1, xmm2, {m}, 1
vpinsrb xmm9, xmm2, {m8}, 1
vpinsrb xmm1, xmm2, eax, {imm8}
vpinsrb xmm1, xmm2, eax, 0x80
vpinsrb xmm1, xmm2, eax, 0xFF
vpinsrb ymm1, ymm2, eax, 1
vpinsrb xmm1, xmm2, {r32}, 1
vpinsrb xmm1, xmm2, {r8}, 1
vpinsrb xmm1, xmm2, al, 1
vpinsrb xmm1, xmm2, ax, 1
vpinsrb xmm1, xmm2, eax, 1
vpinsrb xmm1, xmm2, rax, 1
vpinsrb xmm1, xmm2, BYTE [rax], 1
vpinsrb xmm1, xmm2, WORD [rax], 1
vpinsrb xmm1, xmm2, DWORD [rax], 1
vpinsrb xmm1, xmm2, QWORD [rax], 1
vpinsrb xmm1, xmm2, OWORD [rax], 1
vpinsrw {xmm}, xmm2, eax, 1
vpinsrw xmm1, {xmm}, eax, 1
vpinsrw xmm1, xmm2, {m}, 1
vpinsrw xmm9, xmm2, {m16}, 1
vpinsrw xmm1, xmm2, eax, {imm8}
vpinsrw xmm1, xmm2, eax, 0x80
vpinsrw xmm1, xmm2, eax, 0xFF
vpinsrw ymm1, ymm2, eax, 1
vpinsrw xmm1, xmm2, {r32}, 1
vpinsrw xmm1, xmm2, {r16}, 1
vpinsrw xmm1, xmm2, al, 1
vpinsrw xmm1, xmm2, ax, 1
vpinsrw xmm1, xmm2, eax, 1
vpinsrw xmm1, xmm2, rax, 1
vpinsrw xmm1, xmm2, BYTE [rax], 1
vpinsrw xmm1, xmm2, WORD [rax], 1
vpinsrw xmm1, xmm2, DWORD [rax], 1
vpinsrw xmm1, xmm2, QWORD [rax], 1
vpinsrw xmm1, xmm2, OWORD [rax], 1
vpinsrd {xmm}, xmm2, eax, 1
vpinsrd xmm1, {xmm}, eax, 1
vpinsrd xmm1, xmm2, {m}, 1
vpinsrd xmm9, xmm2, {m32}, 1
vpinsrd xmm1, xmm2, eax, {imm8}
vpinsrd xmm1, xmm2, eax, 0x80
vpinsrd xmm1, xmm2, eax, 0xFF
vpinsrd ymm1, ymm2, eax, 1
vpinsrd xmm1, xmm2, {r32}, 1
vpinsrd xmm1, xmm2, al, 1
vpinsrd xmm1, xmm2, ax, 1
vpinsrd xmm1, xmm2, eax, 1
vpinsrd xmm1, xmm2, rax, 1
vpinsrd xmm1, xmm2, BYTE [rax], 1
vpinsrd xmm1, xmm2, WORD [rax], 1
vpinsrd xmm1, xmm2, DWORD [rax], 1
vpinsrd xmm1, xmm2, QWORD [rax], 1
vpinsrd xmm1, xmm2, OWORD [rax], 1
vpinsrq {xmm}, xmm2, rax, 1
vpinsrq xmm1, {xmm}, rax, 1
vpinsrq xmm1, xmm2, {m}, 1
vpinsrq xmm9, xmm2, {m64}, 1
vpinsrq xmm1, xmm2, rax, {imm8}
vpinsrq xmm1, xmm2, rax, 0x80
vpinsrq xmm1, xmm2, rax, 0xFF
vpinsrq ymm1, ymm2, rax, 1
vpinsrq xmm1, xmm2, {r64}, 1
vpinsrq xmm1, xmm2, al, 1
vpinsrq xmm1, xmm2, ax, 1
vpinsrq xmm1, xmm2, eax, 1
vpinsrq xmm1, xmm2, rax, 1
vpinsrq xmm1, xmm2, BYTE [rax], 1
vpinsrq xmm1, xmm2, WORD [rax], 1
vpinsrq xmm1, xmm2, DWORD [rax], 1
vpinsrq xmm1, xmm2, QWORD [rax], 1
vpinsrq xmm1, xmm2, OWORD [rax], 1
vaesenc {xmm}, xmm2, xmm3
vaesenc xmm1, {xmm}, xmm3
vaesenc xmm1, xmm2, {xmm}
vaesenc xmm1, xmm2, {m}
vaesenc xmm1, xmm2, {m128}
vaesenc ymm1, ymm2, ymm3
vaesenc xmm1, xmm2, QWORD [rax]
vaesenc xmm1, xmm2
vaesenclast xmm1, xmm9, xmm15
vaesenclast xmm12, xmm3, [r13 + 8]
vaesenclast Rx(dynreg), Rx(dynreg), OWORD [rax]
vaesenclast xmm8, xmm1, Rx(dynreg)
vaesenclast ymm1, ymm2, ymm3
vaesenclast xmm1, xmm2, QWORD [rax]
vaesenclast xmm1, xmm2
vaesdec xmm1, xmm9, xmm15
vaesdec xmm12, xmm3, [r13 + 8]
vaesdec Rx(dynreg), Rx(dynreg), OWORD [rax]
vaesdec xmm8, xmm1, Rx(dynreg)
vaesdec ymm1, ymm2, ymm3
vaesdec xmm1, xmm2, QWORD [rax]
vaesdec xmm1, xmm2
vaesdeclast xmm1, xmm9, xmm15
vaesdeclast xmm12, xmm3, [r13 + 8]
vaesdeclast Rx(dynreg), Rx(dynreg), OWORD [rax]
vaesdeclast xmm8, xmm1, Rx(dynreg)
vaesdeclast ymm1, ymm2, ymm3
vaesdeclast xmm1, xmm2, QWORD [rax]
vaesdeclast xmm1, xmm2
vpclmullqlqdq xmm1, xmm9, xmm15
vpclmullqlqdq xmm12, xmm3, [r13 + 8]
vpclmullqlqdq Rx(dynreg), Rx(dynreg), OWORD [rax]
vpclmullqlqdq xmm8, xmm1, Rx(dynreg)
vpclmullqlqdq ymm1, ymm2, ymm3
vpclmullqlqdq xmm1, xmm2, QWORD [rax]
vpclmullqlqdq xmm1, xmm2
vpclmulhqlqdq xmm1, xmm9, xmm15
vpclmulhqlqdq xmm12, xmm3, [r13 + 8]
vpclmulhqlqdq Rx(dynreg), Rx(dynreg), OWORD [rax]
vpclmulhqlqdq xmm8, xmm1, Rx(dynreg)
vpclmulhqlqdq ymm1, ymm2, ymm3
vpclmulhqlqdq xmm1, xmm2, QWORD [rax]
vpclmulhqlqdq xmm1, xmm2
vpclmullqhqdq xmm1, xmm9, xmm15
vpclmullqhqdq xmm12, xmm3, [r13 + 8]
vpclmullqhqdq Rx(dynreg), Rx(dynreg), OWORD [rax]
vpclmullqhqdq xmm8, xmm1, Rx(dynreg)
vpclmullqhqdq ymm1, ymm2, ymm3
vpclmullqhqdq xmm1, xmm2, QWORD [rax]
vpclmullqhqdq xmm1, xmm2
vpclmulhqhqdq xmm1, xmm9, xmm15
vpclmulhqhqdq xmm12, xmm3, [r13 + 8]
vpclmulhqhqdq Rx(dynreg), Rx(dynreg), OWORD [rax]
vpclmulhqhqdq xmm8, xmm1, Rx(dynreg)
vpclmulhqhqdq ymm1, ymm2, ymm3
vpclmulhqhqdq xmm1, xmm2, QWORD [rax]
vpclmulhqhqdq xmm1, xmm2
vaesimc {xmm}, xmm2
vaesimc xmm1, {xmm}
vaesimc xmm1, {m}
vaesimc xmm1, {m128}
vaesimc ymm1, ymm2
vaesimc xmm1, QWORD [rax]
vaesimc xmm1, xmm2, xmm3
vphminposuw {xmm}, xmm2
vphminposuw xmm1, {xmm}
vphminposuw xmm1, {m}
vphminposuw xmm1, {m128}
vphminposuw ymm1, ymm2
vphminposuw xmm1, QWORD [rax]
vphminposuw xmm1, xmm2, xmm3
vaeskeygenassist {xmm}, xmm2, 1
vaeskeygenassist xmm1, {xmm}, 1
vaeskeygenassist xmm1, {m}, 1
vaeskeygenassist xmm1, {m128}, 1
vaeskeygenassist xmm1, xmm2, {imm8}
vaeskeygenassist xmm1, xmm2, 0x80
vaeskeygenassist ymm1, ymm2, 1
vaeskeygenassist xmm1, QWORD [rax], 1
vpcmpestri xmm1, xmm9, 0x7F
vpcmpestri xmm12, [r13 + 8], -1
vpcmpestri Rx(dynreg), OWORD [rax], 0
vpcmpestri xmm8, Rx(dynreg), i8v
vpcmpestri xmm1, xmm2, 0x80
vpcmpestri ymm1, ymm2, 1
vpcmpestri xmm1, QWORD [rax], 1
vpcmpestrm xmm1, xmm9, 0x7F
vpcmpestrm xmm12, [r13 + 8], -1
vpcmpestrm Rx(dynreg), OWORD [rax], 0
vpcmpestrm xmm8, Rx(dynreg), i8v
vpcmpestrm xmm1, xmm2, 0x80
vpcmpestrm ymm1, ymm2, 1
vpcmpestrm xmm1, QWORD [rax], 1
vpcmpistri xmm1, xmm9, 0x7F
vpcmpistri xmm12, [r13 + 8], -1
vpcmpistri Rx(dynreg), OWORD [rax], 0
vpcmpistri xmm8, Rx(dynreg), i8v
vpcmpistri xmm1, xmm2, 0x80
vpcmpistri ymm1, ymm2, 1
vpcmpistri xmm1, QWORD [rax], 1
vpcmpistrm xmm1, xmm9, 0x7F
vpcmpistrm xmm12, [r13 + 8], -1
vpcmpistrm Rx(dynreg), OWORD [rax], 0
vpcmpistrm xmm8, Rx(dynreg), i8v
vpcmpistrm xmm1, xmm2, 0x80
vpcmpistrm ymm1, ymm2, 1
vpcmpistrm xmm1, QWORD [rax], 1
vpclmulqdq {xmm}, xmm2, xmm3, 1
vpclmulqdq xmm1, {xmm}, xmm3, 1
vpclmulqdq xmm1, xmm2, {xmm}, 1
vpclmulqdq xmm1, xmm2, {m}, 1
vpclmulqdq xmm1, xmm2, {m128}, 1
vpclmulqdq xmm1, xmm2, xmm3, {imm8}
vpclmulqdq xmm1, xmm2, xmm3, 0x80
vpclmulqdq xmm1, xmm2, xmm3, 0xFF
vpclmulqdq xmm1, xmm2, xmm3, 0x11
vpclmulqdq ymm1, ymm2, ymm3, 1
vpclmulqdq xmm1, xmm2, QWORD [rax], 1
vpbroadcastb {xmm}, xmm2
vpbroadcastb xmm1, {xmm}
vpbroadcastb {ymm}, xmm2
vpbroadcastb ymm1, {xmm}
vpbroadcastb xmm1, {m}
vpbroadcastb ymm1, {m8}
vpbroadcastb xmm9, [r13]
vpbroadcastb ymm1, ymm2
vpbroadcastb xmm1, ymm2
vpbroadcastb xmm1, BYTE [rax]
vpbroadcastb xmm1, WORD [rax]
vpbroadcastb xmm1, DWORD [rax]
vpbroadcastb xmm1, QWORD [rax]
vpbroadcastb xmm1, OWORD [rax]
vpbroadcastb xmm1, YWORD [rax]
vpbroadcastw {xmm}, xmm2
vpbroadcastw xmm1, {xmm}
vpbroadcastw {ymm}, xmm2
vpbroadcastw ymm1, {xmm}
vpbroadcastw xmm1, {m}
vpbroadcastw ymm1, {m16}
vpbroadcastw xmm9, [r13]
vpbroadcastw ymm1, ymm2
vpbroadcastw xmm1, ymm2
vpbroadcastw xmm1, BYTE [rax]
vpbroadcastw xmm1, WORD [rax]
vpbroadcastw xmm1, DWORD [rax]
vpbroadcastw xmm1, QWORD [rax]
vpbroadcastw xmm1, OWORD [rax]
vpbroadcastw xmm1, YWORD [rax]
vpbroadcastd {xmm}, xmm2
vpbroadcastd xmm1, {xmm}
vpbroadcastd {ymm}, xmm2
vpbroadcastd ymm1, {xmm}
vpbroadcastd xmm1, {m}
vpbroadcastd ymm1, {m32}
vpbroadcastd xmm9, [r13]
vpbroadcastd ymm1, ymm2
vpbroadcastd xmm1, ymm2
vpbroadcastd xmm1, BYTE [rax]
vpbroadcastd xmm1, WORD [rax]
vpbroadcastd xmm1, DWORD [rax]
vpbroadcastd xmm1, QWORD [rax]
vpbroadcastd xmm1, OWORD [rax]
vpbroadcastd xmm1, YWORD [rax]
vpbroadcastq {xmm}, xmm2
vpbroadcastq xmm1, {xmm}
vpbroadcastq {ymm}, xmm2
vpbroadcastq ymm1, {xmm}
vpbroadcastq xmm1, {m}
vpbroadcastq ymm1, {m64}
vpbroadcastq xmm9, [r13]
vpbroadcastq ymm1, ymm2
vpbroadcastq xmm1, ymm2
vpbroadcastq xmm1, BYTE [rax]
vpbroadcastq xmm1, WORD [rax]
vpbroadcastq xmm1, DWORD [rax]
vpbroadcastq xmm1, QWORD [rax]
vpbroadcastq xmm1, OWORD [rax]
vpbroadcastq xmm1, YWORD [rax]
vbroadcasti128 {ymm}, [rax]
vbroadcasti128 ymm1, {m}
vbroadcasti128 ymm1, {m128}
vbroadcasti128 ymm1, YWORD [rax]
vbroadcasti128 ymm1, QWORD [rax]
vbroadcasti128 ymm1, xmm2
vbroadcasti128 xmm1, [rax]
vbroadcasti128 ymm1, ymm2
vperm2i128 {ymm}, ymm2, ymm3, 1
vperm2i128 ymm1, {ymm}, ymm3, 1
vperm2i128 ymm1, ymm2, {ymm}, 1
vperm2i128 ymm1, ymm2, {m}, 1
vperm2i128 ymm1, ymm2, {m256}, 1
vperm2i128 ymm1, ymm2, ymm3, {imm8}
vperm2i128 ymm1, ymm2, ymm3, 0x80
vperm2i128 xmm1, xmm2, xmm3, 1
vperm2i128 ymm1, ymm2, OWORD [rax], 1
vpermd {ymm}, ymm2, ymm3
vpermd ymm1, {ymm}, ymm3
vpermd ymm1, ymm2, {ymm}
vpermd ymm1, ymm2, {m}
vpermd ymm1, ymm2, {m256}
vpermd xmm1, xmm2, xmm3
vpermd ymm1, ymm2, OWORD [rax]
vpermps {ymm}, ymm2, ymm3
vpermps ymm1, {ymm}, ymm3
vpermps ymm1, ymm2, {ymm}
vpermps ymm1, ymm2, {m}
vpermps ymm1, ymm2, {m256}
vpermps xmm1, xmm2, xmm3
vpermps ymm1, ymm2, OWORD [rax]
vpermq {ymm}, ymm2, 1
vpermq ymm1, {ymm}, 1
vpermq ymm1, {m}, 1
vpermq ymm1, {m256}, 1
vpermq ymm1, ymm2, {imm8}
vpermq ymm1, ymm2, 0xFF
vpermq xmm1, xmm2, 1
vpermq ymm1, OWORD [rax], 1
vpermpd {ymm}, ymm2, 1
vpermpd ymm1, {ymm}, 1
vpermpd ymm1, {m}, 1
vpermpd ymm1, {m256}, 1
vpermpd ymm1, ymm2, {imm8}
vpermpd ymm1, ymm2, 0xFF
vpermpd xmm1, xmm2, 1
vpermpd ymm1, OWORD [rax], 1
vinserti128 {ymm}, ymm2, xmm3, 1
vinserti128 ymm1, {ymm}, xmm3, 1
vinserti128 ymm1, ymm2, {xmm}, 1
vinserti128 ymm1, ymm2, {m}, 1
vinserti128 ymm1, ymm2, {m128}, 1
vinserti128 ymm1, ymm2, xmm3, {imm8}
vinserti128 ymm1, ymm2, xmm3, 0x80
vinserti128 ymm1, ymm2, ymm3, 1
vinserti128 ymm1, ymm2, YWORD [rax], 1
vinserti128 xmm1, xmm2, xmm3, 1
vextracti128 {xmm}, ymm2, 1
vextracti128 xmm1, {ymm}, 1
vextracti128 {m}, ymm2, 1
vextracti128 {m128}, ymm9, 1
vextracti128 xmm1, ymm2, {imm8}
vextracti128 xmm1, ymm2, 0xFF
vextracti128 ymm1, ymm2, 1
vextracti128 YWORD [rax], ymm2, 1
vextracti128 xmm1, xmm2, 1
vpmaskmovd {m}, xmm2, xmm3
vpmaskmovd [rax], {xmm}, xmm3
vpmaskmovd [rax], xmm2, {xmm}
vpmaskmovd {m128}, xmm2, xmm3
vpmaskmovd {m}, ymm2, ymm3
vpmaskmovd [rax], {ymm}, ymm3
vpmaskmovd [rax], ymm2, {ymm}
vpmaskmovd {m256}, ymm2, ymm3
vpmaskmovd {xmm}, xmm2, [rax]
vpmaskmovd xmm1, {xmm}, [rax]
vpmaskmovd xmm1, xmm2, {m}
vpmaskmovd xmm1, xmm2, {m128}
vpmaskmovd {ymm}, ymm2, [rax]
vpmaskmovd ymm1, {ymm}, [rax]
vpmaskmovd ymm1, ymm2, {m}
vpmaskmovd ymm1, ymm2, {m256}
vpmaskmovd xmm1, xmm2, xmm3
vpmaskmovd QWORD [rax], xmm2, xmm3
vpmaskmovd ymm1, ymm2, OWORD [rax]
vpmaskmovd OWORD [rax], ymm2, ymm3
vpmaskmovq {m}, xmm2, xmm3
vpmaskmovq [rax], {xmm}, xmm3
vpmaskmovq [rax], xmm2, {xmm}
vpmaskmovq {m128}, xmm2, xmm3
vpmaskmovq {m}, ymm2, ymm3
vpmaskmovq [rax], {ymm}, ymm3
vpmaskmovq [rax], ymm2, {ymm}
vpmaskmovq {m256}, ymm2, ymm3
vpmaskmovq {xmm}, xmm2, [rax]
vpmaskmovq xmm1, {xmm}, [rax]
vpmaskmovq xmm1, xmm2, {m}
vpmaskmovq xmm1, xmm2, {m128}
vpmaskmovq {ymm}, ymm2, [rax]
vpmaskmovq ymm1, {ymm}, [rax]
vpmaskmovq ymm1, ymm2, {m}
vpmaskmovq ymm1, ymm2, {m256}
vpmaskmovq xmm1, xmm2, xmm3
vpmaskmovq QWORD [rax], xmm2, xmm3
vpmaskmovq ymm1, ymm2, OWORD [rax]
vpmaskmovq OWORD [rax], ymm2, ymm3
vpmovmskb eax, xmm1
vpmovmskb rax, xmm1
vpmovmskb eax, ymm1
vpmovmskb Rq(dynreg), xmm1
