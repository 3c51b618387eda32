# XOP (src/x64/mnemonics/fma.rs).
vpcmov {xmm}, xmm1, xmm2, xmm3
vpcmov xmm1, {xmm}, xmm2, xmm3
vpcmov xmm1, xmm2, {xmm}, xmm3
vpcmov xmm1, xmm2, xmm3, {xmm}
vpcmov xmm1, xmm2, {m}, xmm3
vpcmov xmm1, xmm2, xmm3, {m}
vpcmov {ymm}, ymm1, ymm2, ymm3
vpcmov ymm1, ymm2, ymm3, {ymm}
vpcmov ymm1, ymm2, {m256}, ymm3
vpcmov ymm1, ymm2, ymm3, {m}
vpcmov xmm1, xmm2, BYTE [rax], xmm3
vpcmov xmm1, xmm2, WORD [rax], xmm3
vpcmov xmm1, xmm2, DWORD [rax], xmm3
vpcmov xmm1, xmm2, QWORD [rax], xmm3
vpcmov xmm1, xmm2, OWORD [rax], xmm3
vpcmov xmm1, xmm2, YWORD [rax], xmm3
vpcmov ymm1, ymm2, ymm3, BYTE [rax]
vpcmov ymm1, ymm2, ymm3, WORD [rax]
vpcmov ymm1, ymm2, ymm3, DWORD [rax]
vpcmov ymm1, ymm2, ymm3, QWORD [rax]
vpcmov ymm1, ymm2, ymm3, OWORD [rax]
vpcmov ymm1, ymm2, ymm3, YWORD [rax]
vpperm {xmm}, xmm1, xmm2, xmm3
vpperm xmm1, xmm2, {xmm}, xmm3
vpperm xmm1, xmm2, xmm3, {xmm}
vpperm xmm1, xmm2, {m}, xmm3
vpperm xmm1, xmm2, xmm3, {m}
vpperm ymm1, ymm2, ymm3, ymm4
vpperm xmm1, xmm2, xmm3, BYTE [rax]
vpperm xmm1, xmm2, xmm3, WORD [rax]
vpperm xmm1, xmm2, xmm3, DWORD [rax]
vpperm xmm1, xmm2, xmm3, QWORD [rax]
vpperm xmm1, xmm2, xmm3, OWORD [rax]
vpperm xmm1, xmm2, xmm3, YWORD [rax]
vprotb {xmm}, xmm1, 3
vprotb xmm1, {xmm}, 3
vprotb xmm1, xmm2, {imm8}
vprotb xmm1, {m}, 5
vprotb {xmm}, xmm1, xmm2
vprotb xmm1, {xmm}, xmm2
vprotb xmm1, xmm2, {xmm}
vprotb xmm1, {m}, xmm2
vprotb xmm1, xmm2, {m}
vprotb xmm1, xmm2, {m128}
vprotb xmm1, [rax], [rcx]
vprotb xmm1, xmm2, 0x100
vprotb xmm1, BYTE [rax], xmm2
vprotb xmm1, WORD [rax], xmm2
vprotb xmm1, DWORD [rax], xmm2
vprotb xmm1, QWORD [rax], xmm2
vprotb xmm1, OWORD [rax], xmm2
vprotb xmm1, YWORD [rax], xmm2
vprotb xmm1, xmm2, BYTE [rax]
vprotb xmm1, xmm2, WORD [rax]
vprotb xmm1, xmm2, DWORD [rax]
vprotb xmm1, xmm2, QWORD [rax]
vprotb xmm1, xmm2, OWORD [rax]
vprotb xmm1, xmm2, YWORD [rax]
vprotb xmm1, BYTE [rax], 1
vprotb xmm1, WORD [rax], 1
vprotb xmm1, DWORD [rax], 1
vprotb xmm1, QWORD [rax], 1
vprotb xmm1, OWORD [rax], 1
vprotb xmm1, YWORD [rax], 1
vpshab {xmm}, xmm1, xmm2
vpshab xmm1, {xmm}, xmm2
vpshab xmm1, xmm2, {xmm}
vpshab xmm1, {m}, xmm2
vpshab xmm1, xmm2, {m}
vpshab xmm1, xmm2, 3
vprotw xmm1, xmm9, xmm15
vprotw xmm12, [rax + 8], xmm2
vprotw xmm12, xmm2, [r13]
vprotw Rx(dynreg), xmm3, Rx(dynreg)
vprotw xmm3, [Rq(dynreg)], xmm10
vprotw xmm3, Rx(dynreg), [rax]
vprotw xmm8, xmm15, 7
vprotw xmm8, [r12 + 1], -1
vprotw Rx(dynreg), xmm2, i8v
vprotd xmm1, xmm9, xmm15
vprotd xmm12, [rax + 8], xmm2
vprotd xmm12, xmm2, [r13]
vprotd Rx(dynreg), xmm3, Rx(dynreg)
vprotd xmm3, [Rq(dynreg)], xmm10
vprotd xmm3, Rx(dynreg), [rax]
vprotd xmm8, xmm15, 7
vprotd xmm8, [r12 + 1], -1
vprotd Rx(dynreg), xmm2, i8v
vprotq xmm1, xmm9, xmm15
vprotq xmm12, [rax + 8], xmm2
vprotq xmm12, xmm2, [r13]
vprotq Rx(dynreg), xmm3, Rx(dynreg)
vprotq xmm3, [Rq(dynreg)], xmm10
vprotq xmm3, Rx(dynreg), [rax]
vprotq xmm8, xmm15, 7
vprotq xmm8, [r12 + 1], -1
vprotq Rx(dynreg), xmm2, i8v
vpshab xmm1, xmm9, xmm15
vpshab xmm12, [rax + 8], xmm2
vpshab xmm12, xmm2, [r13]
vpshab Rx(dynreg), xmm3, Rx(dynreg)
vpshab xmm3, [Rq(dynreg)], xmm10
vpshab xmm3, Rx(dynreg), [rax]
vpshaw xmm1, xmm9, xmm15
vpshaw xmm12, [rax + 8], xmm2
vpshaw xmm12, xmm2, [r13]
vpshaw Rx(dynreg), xmm3, Rx(dynreg)
vpshaw xmm3, [Rq(dynreg)], xmm10
vpshaw xmm3, Rx(dynreg), [rax]
vpshad xmm1, xmm9, xmm15
vpshad xmm12, [rax + 8], xmm2
vpshad xmm12, xmm2, [r13]
vpshad Rx(dynreg), xmm3, Rx(dynreg)
vpshad xmm3, [Rq(dynreg)], xmm10
vpshad xmm3, Rx(dynreg), [rax]
vpshaq xmm1, xmm9, xmm15
vpshaq xmm12, [rax + 8], xmm2
vpshaq xmm12, xmm2, [r13]
vpshaq Rx(dynreg), xmm3, Rx(dynreg)
vpshaq xmm3, [Rq(dynreg)], xmm10
vpshaq xmm3, Rx(dynreg), [rax]
vpshlb xmm1, xmm9, xmm15
vpshlb xmm12, [rax + 8], xmm2
vpshlb xmm12, xmm2, [r13]
vpshlb Rx(dynreg), xmm3, Rx(dynreg)
vpshlb xmm3, [Rq(dynreg)], xmm10
vpshlb xmm3, Rx(dynreg), [rax]
vpshlw xmm1, xmm9, xmm15
vpshlw xmm12, [rax + 8], xmm2
vpshlw xmm12, xmm2, [r13]
vpshlw Rx(dynreg), xmm3, Rx(dynreg)
vpshlw xmm3, [Rq(dynreg)], xmm10
vpshlw xmm3, Rx(dynreg), [rax]
vpshld xmm1, xmm9, xmm15
vpshld xmm12, [rax + 8], xmm2
vpshld xmm12, xmm2, [r13]
vpshld Rx(dynreg), xmm3, Rx(dynreg)
vpshld xmm3, [Rq(dynreg)], xmm10
vpshld xmm3, Rx(dynreg), [rax]
vpshlq xmm1, xmm9, xmm15
vpshlq xmm12, [rax + 8], xmm2
vpshlq xmm12, xmm2, [r13]
vpshlq Rx(dynreg), xmm3, Rx(dynreg)
vpshlq xmm3, [Rq(dynreg)], xmm10
vpshlq xmm3, Rx(dynreg), [rax]
vpmacssww {xmm}, xmm1, xmm2, xmm3
vpmacssww xmm1, {xmm}, xmm2, xmm3
vpmacssww xmm1, xmm2, {xmm}, xmm3
vpmacssww xmm1, xmm2, xmm3, {xmm}
vpmacssww xmm1, xmm2, {m}, xmm3
vpmacssww xmm1, xmm2, xmm3, [rax]
vpmacssww xmm1, xmm2, BYTE [rax], xmm3
vpmacssww xmm1, xmm2, WORD [rax], xmm3
vpmacssww xmm1, xmm2, DWORD [rax], xmm3
vpmacssww xmm1, xmm2, QWORD [rax], xmm3
vpmacssww xmm1, xmm2, OWORD [rax], xmm3
vpmacssww xmm1, xmm2, YWORD [rax], xmm3
vpmacssww xmm1, xmm9, xmm15, xmm8
vpmacssww xmm12, xmm2, [rax + 8], xmm13
vpmacssww Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacsswd xmm1, xmm9, xmm15, xmm8
vpmacsswd xmm12, xmm2, [rax + 8], xmm13
vpmacsswd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacssdql xmm1, xmm9, xmm15, xmm8
vpmacssdql xmm12, xmm2, [rax + 8], xmm13
vpmacssdql Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacssdd xmm1, xmm9, xmm15, xmm8
vpmacssdd xmm12, xmm2, [rax + 8], xmm13
vpmacssdd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacssdqh xmm1, xmm9, xmm15, xmm8
vpmacssdqh xmm12, xmm2, [rax + 8], xmm13
vpmacssdqh Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacsww xmm1, xmm9, xmm15, xmm8
vpmacsww xmm12, xmm2, [rax + 8], xmm13
vpmacsww Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacswd xmm1, xmm9, xmm15, xmm8
vpmacswd xmm12, xmm2, [rax + 8], xmm13
vpmacswd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacsdql xmm1, xmm9, xmm15, xmm8
vpmacsdql xmm12, xmm2, [rax + 8], xmm13
vpmacsdql Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacsdd xmm1, xmm9, xmm15, xmm8
vpmacsdd xmm12, xmm2, [rax + 8], xmm13
vpmacsdd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmacsdqh xmm1, xmm9, xmm15, xmm8
vpmacsdqh xmm12, xmm2, [rax + 8], xmm13
vpmacsdqh Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmadcsswd xmm1, xmm9, xmm15, xmm8
vpmadcsswd xmm12, xmm2, [rax + 8], xmm13
vpmadcsswd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vpmadcswd xmm1, xmm9, xmm15, xmm8
vpmadcswd xmm12, xmm2, [rax + 8], xmm13
vpmadcswd Rx(dynreg), xmm3, [Rq(dynreg)], Rx(dynreg)
vphaddbw {xmm}, xmm1
vphaddbw xmm1, {xmm}
vphaddbw xmm1, {m}
vphaddbw ymm1, ymm2
vphaddbw xmm1, BYTE [rax]
vphaddbw xmm1, WORD [rax]
vphaddbw xmm1, DWORD [rax]
vphaddbw xmm1, QWORD [rax]
vphaddbw xmm1, OWORD [rax]
vphaddbw xmm1, YWORD [rax]
vphaddbw xmm1, xmm9
vphaddbw xmm12, [rax + 8]
vphaddbw Rx(dynreg), [Rq(dynreg)]
vphaddbw xmm15, Rx(dynreg)
vphaddbd xmm1, xmm9
vphaddbd xmm12, [rax + 8]
vphaddbd Rx(dynreg), [Rq(dynreg)]
vphaddbd xmm15, Rx(dynreg)
vphaddbq xmm1, xmm9
vphaddbq xmm12, [rax + 8]
vphaddbq Rx(dynreg), [Rq(dynreg)]
vphaddbq xmm15, Rx(dynreg)
vphaddwd xmm1, xmm9
vphaddwd xmm12, [rax + 8]
vphaddwd Rx(dynreg), [Rq(dynreg)]
vphaddwd xmm15, Rx(dynreg)
vphaddwq xmm1, xmm9
vphaddwq xmm12, [rax + 8]
vphaddwq Rx(dynreg), [Rq(dynreg)]
vphaddwq xmm15, Rx(dynreg)
vphadddq xmm1, xmm9
vphadddq xmm12, [rax + 8]
vphadddq Rx(dynreg), [Rq(dynreg)]
vphadddq xmm15, Rx(dynreg)
vphaddubw xmm1, xmm9
vphaddubw xmm12, [rax + 8]
vphaddubw Rx(dynreg), [Rq(dynreg)]
vphaddubw xmm15, Rx(dynreg)
vphaddubd xmm1, xmm9
vphaddubd xmm12, [rax + 8]
vphaddubd Rx(dynreg), [Rq(dynreg)]
vphaddubd xmm15, Rx(dynreg)
vphaddubq xmm1, xmm9
vphaddubq xmm12, [rax + 8]
vphaddubq Rx(dynreg), [Rq(dynreg)]
vphaddubq xmm15, Rx(dynreg)
vphadduwd xmm1, xmm9
vphadduwd xmm12, [rax + 8]
vphadduwd Rx(dynreg), [Rq(dynreg)]
vphadduwd xmm15, Rx(dynreg)
vphadduwq xmm1, xmm9
vphadduwq xmm12, [rax + 8]
vphadduwq Rx(dynreg), [Rq(dynreg)]
vphadduwq xmm15, Rx(dynreg)
vphaddudq xmm1, xmm9
vphaddudq xmm12, [rax + 8]
vphaddudq Rx(dynreg), [Rq(dynreg)]
vphaddudq xmm15, Rx(dynreg)
vphsubbw xmm1, xmm9
vphsubbw xmm12, [rax + 8]
vphsubbw Rx(dynreg), [Rq(dynreg)]
vphsubbw xmm15, Rx(dynreg)
vphsubwd xmm1, xmm9
vphsubwd xmm12, [rax + 8]
vphsubwd Rx(dynreg), [Rq(dynreg)]
vphsubwd xmm15, Rx(dynreg)
vphsubdq xmm1, xmm9
vphsubdq xmm12, [rax + 8]
vphsubdq Rx(dynreg), [Rq(dynreg)]
vphsubdq xmm15, Rx(dynreg)
vfrczps {xmm}, xmm1
vfrczps xmm1, {xmm}
vfrczps xmm1, {m}
vfrczps {ymm}, ymm1
vfrczps ymm1, {ymm}
vfrczps ymm1, {m}
vfrczps xmm1, BYTE [rax]
vfrczps xmm1, WORD [rax]
vfrczps xmm1, DWORD [rax]
vfrczps xmm1, QWORD [rax]
vfrczps xmm1, OWORD [rax]
vfrczps xmm1, YWORD [rax]
vfrczps ymm1, BYTE [rax]
vfrczps ymm1, WORD [rax]
vfrczps ymm1, DWORD [rax]
vfrczps ymm1, QWORD [rax]
vfrczps ymm1, OWORD [rax]
vfrczps ymm1, YWORD [rax]
vfrczpd {xmm}, xmm1
vfrczpd xmm1, {xmm}
vfrczpd xmm1, {m}
vfrczpd {ymm}, ymm1
vfrczpd ymm1, {ymm}
vfrczpd ymm1, {m}
vfrczpd xmm1, BYTE [rax]
vfrczpd xmm1, WORD [rax]
vfrczpd xmm1, DWORD [rax]
vfrczpd xmm1, QWORD [rax]
vfrczpd xmm1, OWORD [rax]
vfrczpd xmm1, YWORD [rax]
vfrczpd ymm1, BYTE [rax]
vfrczpd ymm1, WORD [rax]
vfrczpd ymm1, DWORD [rax]
vfrczpd ymm1, QWORD [rax]
vfrczpd ymm1, OWORD [rax]
vfrczpd ymm1, YWORD [rax]
vfrczss {xmm}, xmm1
vfrczss xmm1, {xmm}
vfrczss xmm1, {m}
vfrczss ymm1, ymm2
vfrczss xmm1, BYTE [rax]
vfrczss xmm1, WORD [rax]
vfrczss xmm1, DWORD [rax]
vfrczss xmm1, QWORD [rax]
vfrczss xmm1, OWORD [rax]
vfrczss xmm1, YWORD [rax]
vfrczsd {xmm}, xmm1
vfrczsd xmm1, {xmm}
vfrczsd xmm1, {m}
vfrczsd ymm1, ymm2
vfrczsd xmm1, BYTE [rax]
vfrczsd xmm1, WORD [rax]
vfrczsd xmm1, DWORD [rax]
vfrczsd xmm1, QWORD [rax]
vfrczsd xmm1, OWORD [rax]
vfrczsd xmm1, YWORD [rax]
vpcomb {xmm}, xmm1, xmm2, 3
vpcomb xmm1, {xmm}, xmm2, 3
vpcomb xmm1, xmm2, {xmm}, 3
vpcomb xmm1, xmm2, {m}, 3
vpcomb xmm1, xmm2, xmm3, {imm8}
vpcomb xmm1, xmm2, xmm3, 0x100
vpcomb xmm1, xmm2, BYTE [rax], 0
vpcomb xmm1, xmm2, WORD [rax], 0
vpcomb xmm1, xmm2, DWORD [rax], 0
vpcomb xmm1, xmm2, QWORD [rax], 0
vpcomb xmm1, xmm2, OWORD [rax], 0
vpcomb xmm1, xmm2, YWORD [rax], 0
vpcomb xmm1, xmm9, xmm15, 7
vpcomb xmm12, xmm2, [rax + 8], 0
vpcomb Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomw xmm1, xmm9, xmm15, 7
vpcomw xmm12, xmm2, [rax + 8], 0
vpcomw Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomd xmm1, xmm9, xmm15, 7
vpcomd xmm12, xmm2, [rax + 8], 0
vpcomd Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomq xmm1, xmm9, xmm15, 7
vpcomq xmm12, xmm2, [rax + 8], 0
vpcomq Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomub xmm1, xmm9, xmm15, 7
vpcomub xmm12, xmm2, [rax + 8], 0
vpcomub Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomuw xmm1, xmm9, xmm15, 7
vpcomuw xmm12, xmm2, [rax + 8], 0
vpcomuw Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomud xmm1, xmm9, xmm15, 7
vpcomud xmm12, xmm2, [rax + 8], 0
vpcomud Rx(dynreg), xmm3, [Rq(dynreg)], i8v
vpcomuq xmm1, xmm9, xmm15, 7
vpcomuq xmm12, xmm2, [rax + 8], 0
vpcomuq Rx(dynreg), xmm3, [Rq(dynreg)], i8v
