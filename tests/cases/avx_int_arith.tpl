# AVX/AVX2 integer arithmetic, logic, compares, packs, unpacks (src/x64/mnemonics/avx2.rs).
# Representatives get the full operand sets; the other mnemonics of the same shape a few cases.
vpaddb {xmm}, xmm1, xmm2
vpaddb xmm1, {xmm}, xmm2
vpaddb xmm1, xmm2, {xmm}
vpaddb xmm1, xmm2, {m}
vpaddb xmm9, xmm2, {m128}
vpaddb {ymm}, ymm1, ymm2
vpaddb ymm1, {ymm}, ymm2
vpaddb ymm1, ymm2, {ymm}
vpaddb ymm1, ymm2, {m}
vpaddb ymm9, ymm2, {m256}
vpaddb xmm1, xmm2, QWORD [rax]
vpaddb xmm1, xmm2, YWORD [rax]
vpaddb ymm1, ymm2, OWORD [rax]
vpaddb xmm1, ymm2, ymm3
vpaddb ymm1, xmm2, xmm3
vpaddb ymm1, ymm2, xmm3
vpaddb xmm1, xmm2
vpaddb xmm1, xmm2, [rax + xmm1*4]
vpaddb xmm1, xmm2, eax
vpaddw xmm1, xmm9, xmm15
vpaddw xmm12, xmm3, [r13 + 8]
vpaddw Rx(dynreg), xmm2, OWORD [rax]
vpaddw ymm8, ymm1, ymm2
vpaddw ymm3, ymm15, YWORD [rax + rcx*2]
vpaddw ymm3, Ry(dynreg), Ry(dynreg)
vpaddw xmm1, xmm2, QWORD [rax]
vpaddw xmm1, xmm2, YWORD [rax]
vpaddw ymm1, ymm2, OWORD [rax]
vpaddd xmm1, xmm9, xmm15
vpaddd xmm12, xmm3, [r13 + 8]
vpaddd Rx(dynreg), xmm2, OWORD [rax]
vpaddd ymm8, ymm1, ymm2
vpaddd ymm3, ymm15, YWORD [rax + rcx*2]
vpaddd ymm3, Ry(dynreg), Ry(dynreg)
vpaddd xmm1, xmm2, QWORD [rax]
vpaddd xmm1, xmm2, YWORD [rax]
vpaddd ymm1, ymm2, OWORD [rax]
vpaddq xmm1, xmm9, xmm15
vpaddq xmm12, xmm3, [r13 + 8]
vpaddq Rx(dynreg), xmm2, OWORD [rax]
vpaddq ymm8, ymm1, ymm2
vpaddq ymm3, ymm15, YWORD [rax + rcx*2]
vpaddq ymm3, Ry(dynreg), Ry(dynreg)
vpaddq xmm1, xmm2, QWORD [rax]
vpaddq xmm1, xmm2, YWORD [rax]
vpaddq ymm1, ymm2, OWORD [rax]
vpsubb xmm1, xmm9, xmm15
vpsubb xmm12, xmm3, [r13 + 8]
vpsubb Rx(dynreg), xmm2, OWORD [rax]
vpsubb ymm8, ymm1, ymm2
vpsubb ymm3, ymm15, YWORD [rax + rcx*2]
vpsubb ymm3, Ry(dynreg), Ry(dynreg)
vpsubb xmm1, xmm2, QWORD [rax]
vpsubb xmm1, xmm2, YWORD [rax]
vpsubb ymm1, ymm2, OWORD [rax]
vpsubw xmm1, xmm9, xmm15
vpsubw xmm12, xmm3, [r13 + 8]
vpsubw Rx(dynreg), xmm2, OWORD [rax]
vpsubw ymm8, ymm1, ymm2
vpsubw ymm3, ymm15, YWORD [rax + rcx*2]
vpsubw ymm3, Ry(dynreg), Ry(dynreg)
vpsubw xmm1, xmm2, QWORD [rax]
vpsubw xmm1, xmm2, YWORD [rax]
vpsubw ymm1, ymm2, OWORD [rax]
vpsubd xmm1, xmm9, xmm15
vpsubd xmm12, xmm3, [r13 + 8]
vpsubd Rx(dynreg), xmm2, OWORD [rax]
vpsubd ymm8, ymm1, ymm2
vpsubd ymm3, ymm15, YWORD [rax + rcx*2]
vpsubd ymm3, Ry(dynreg), Ry(dynreg)
vpsubd xmm1, xmm2, QWORD [rax]
vpsubd xmm1, xmm2, YWORD [rax]
vpsubd ymm1, ymm2, OWORD [rax]
vpsubq xmm1, xmm9, xmm15
vpsubq xmm12, xmm3, [r13 + 8]
vpsubq Rx(dynreg), xmm2, OWORD [rax]
vpsubq ymm8, ymm1, ymm2
vpsubq ymm3, ymm15, YWORD [rax + rcx*2]
vpsubq ymm3, Ry(dynreg), Ry(dynreg)
vpsubq xmm1, xmm2, QWORD [rax]
vpsubq xmm1, xmm2, YWORD [rax]
vpsubq ymm1, ymm2, OWORD [rax]
vpaddsb xmm1, xmm9, xmm15
vpaddsb xmm12, xmm3, [r13 + 8]
vpaddsb Rx(dynreg), xmm2, OWORD [rax]
vpaddsb ymm8, ymm1, ymm2
vpaddsb ymm3, ymm15, YWORD [rax + rcx*2]
vpaddsb ymm3, Ry(dynreg), Ry(dynreg)
vpaddsb xmm1, xmm2, QWORD [rax]
vpaddsb xmm1, xmm2, YWORD [rax]
vpaddsb ymm1, ymm2, OWORD [rax]
vpaddsw xmm1, xmm9, xmm15
vpaddsw xmm12, xmm3, [r13 + 8]
vpaddsw Rx(dynreg), xmm2, OWORD [rax]
vpaddsw ymm8, ymm1, ymm2
vpaddsw ymm3, ymm15, YWORD [rax + rcx*2]
vpaddsw ymm3, Ry(dynreg), Ry(dynreg)
vpaddsw xmm1, xmm2, QWORD [rax]
vpaddsw xmm1, xmm2, YWORD [rax]
vpaddsw ymm1, ymm2, OWORD [rax]
vpaddusb xmm1, xmm9, xmm15
vpaddusb xmm12, xmm3, [r13 + 8]
vpaddusb Rx(dynreg), xmm2, OWORD [rax]
vpaddusb ymm8, ymm1, ymm2
vpaddusb ymm3, ymm15, YWORD [rax + rcx*2]
vpaddusb ymm3, Ry(dynreg), Ry(dynreg)
vpaddusb xmm1, xmm2, QWORD [rax]
vpaddusb xmm1, xmm2, YWORD [rax]
vpaddusb ymm1, ymm2, OWORD [rax]
vpaddusw xmm1, xmm9, xmm15
vpaddusw xmm12, xmm3, [r13 + 8]
vpaddusw Rx(dynreg), xmm2, OWORD [rax]
vpaddusw ymm8, ymm1, ymm2
vpaddusw ymm3, ymm15, YWORD [rax + rcx*2]
vpaddusw ymm3, Ry(dynreg), Ry(dynreg)
vpaddusw xmm1, xmm2, QWORD [rax]
vpaddusw xmm1, xmm2, YWORD [rax]
vpaddusw ymm1, ymm2, OWORD [rax]
vpsubsb xmm1, xmm9, xmm15
vpsubsb xmm12, xmm3, [r13 + 8]
vpsubsb Rx(dynreg), xmm2, OWORD [rax]
vpsubsb ymm8, ymm1, ymm2
vpsubsb ymm3, ymm15, YWORD [rax + rcx*2]
vpsubsb ymm3, Ry(dynreg), Ry(dynreg)
vpsubsb xmm1, xmm2, QWORD [rax]
vpsubsb xmm1, xmm2, YWORD [rax]
vpsubsb ymm1, ymm2, OWORD [rax]
vpsubsw xmm1, xmm9, xmm15
vpsubsw xmm12, xmm3, [r13 + 8]
vpsubsw Rx(dynreg), xmm2, OWORD [rax]
vpsubsw ymm8, ymm1, ymm2
vpsubsw ymm3, ymm15, YWORD [rax + rcx*2]
vpsubsw ymm3, Ry(dynreg), Ry(dynreg)
vpsubsw xmm1, xmm2, QWORD [rax]
vpsubsw xmm1, xmm2, YWORD [rax]
vpsubsw ymm1, ymm2, OWORD [rax]
vpsubusb xmm1, xmm9, xmm15
vpsubusb xmm12, xmm3, [r13 + 8]
vpsubusb Rx(dynreg), xmm2, OWORD [rax]
vpsubusb ymm8, ymm1, ymm2
vpsubusb ymm3, ymm15, YWORD [rax + rcx*2]
vpsubusb ymm3, Ry(dynreg), Ry(dynreg)
vpsubusb xmm1, xmm2, QWORD [rax]
vpsubusb xmm1, xmm2, YWORD [rax]
vpsubusb ymm1, ymm2, OWORD [rax]
vpsubusw xmm1, xmm9, xmm15
vpsubusw xmm12, xmm3, [r13 + 8]
vpsubusw Rx(dynreg), xmm2, OWORD [rax]
vpsubusw ymm8, ymm1, ymm2
vpsubusw ymm3, ymm15, YWORD [rax + rcx*2]
vpsubusw ymm3, Ry(dynreg), Ry(dynreg)
vpsubusw xmm1, xmm2, QWORD [rax]
vpsubusw xmm1, xmm2, YWORD [rax]
vpsubusw ymm1, ymm2, OWORD [rax]
vpmullw xmm1, xmm9, xmm15
vpmullw xmm12, xmm3, [r13 + 8]
vpmullw Rx(dynreg), xmm2, OWORD [rax]
vpmullw ymm8, ymm1, ymm2
vpmullw ymm3, ymm15, YWORD [rax + rcx*2]
vpmullw ymm3, Ry(dynreg), Ry(dynreg)
vpmullw xmm1, xmm2, QWORD [rax]
vpmullw xmm1, xmm2, YWORD [rax]
vpmullw ymm1, ymm2, OWORD [rax]
vpmulld xmm1, xmm9, xmm15
vpmulld xmm12, xmm3, [r13 + 8]
vpmulld Rx(dynreg), xmm2, OWORD [rax]
vpmulld ymm8, ymm1, ymm2
vpmulld ymm3, ymm15, YWORD [rax + rcx*2]
vpmulld ymm3, Ry(dynreg), Ry(dynreg)
vpmulld xmm1, xmm2, QWORD [rax]
vpmulld xmm1, xmm2, YWORD [rax]
vpmulld ymm1, ymm2, OWORD [rax]
vpmulhw xmm1, xmm9, xmm15
vpmulhw xmm12, xmm3, [r13 + 8]
vpmulhw Rx(dynreg), xmm2, OWORD [rax]
vpmulhw ymm8, ymm1, ymm2
vpmulhw ymm3, ymm15, YWORD [rax + rcx*2]
vpmulhw ymm3, Ry(dynreg), Ry(dynreg)
vpmulhw xmm1, xmm2, QWORD [rax]
vpmulhw xmm1, xmm2, YWORD [rax]
vpmulhw ymm1, ymm2, OWORD [rax]
vpmulhuw xmm1, xmm9, xmm15
vpmulhuw xmm12, xmm3, [r13 + 8]
vpmulhuw Rx(dynreg), xmm2, OWORD [rax]
vpmulhuw ymm8, ymm1, ymm2
vpmulhuw ymm3, ymm15, YWORD [rax + rcx*2]
vpmulhuw ymm3, Ry(dynreg), Ry(dynreg)
vpmulhuw xmm1, xmm2, QWORD [rax]
vpmulhuw xmm1, xmm2, YWORD [rax]
vpmulhuw ymm1, ymm2, OWORD [rax]
vpmuludq xmm1, xmm9, xmm15
vpmuludq xmm12, xmm3, [r13 + 8]
vpmuludq Rx(dynreg), xmm2, OWORD [rax]
vpmuludq ymm8, ymm1, ymm2
vpmuludq ymm3, ymm15, YWORD [rax + rcx*2]
vpmuludq ymm3, Ry(dynreg), Ry(dynreg)
vpmuludq xmm1, xmm2, QWORD [rax]
vpmuludq xmm1, xmm2, YWORD [rax]
vpmuludq ymm1, ymm2, OWORD [rax]
vpmuldq xmm1, xmm9, xmm15
vpmuldq xmm12, xmm3, [r13 + 8]
vpmuldq Rx(dynreg), xmm2, OWORD [rax]
vpmuldq ymm8, ymm1, ymm2
vpmuldq ymm3, ymm15, YWORD [rax + rcx*2]
vpmuldq ymm3, Ry(dynreg), Ry(dynreg)
vpmuldq xmm1, xmm2, QWORD [rax]
vpmuldq xmm1, xmm2, YWORD [rax]
vpmuldq ymm1, ymm2, OWORD [rax]
vpmulhrsw xmm1, xmm9, xmm15
vpmulhrsw xmm12, xmm3, [r13 + 8]
vpmulhrsw Rx(dynreg), xmm2, OWORD [rax]
vpmulhrsw ymm8, ymm1, ymm2
vpmulhrsw ymm3, ymm15, YWORD [rax + rcx*2]
vpmulhrsw ymm3, Ry(dynreg), Ry(dynreg)
vpmulhrsw xmm1, xmm2, QWORD [rax]
vpmulhrsw xmm1, xmm2, YWORD [rax]
vpmulhrsw ymm1, ymm2, OWORD [rax]
vpmaddwd xmm1, xmm9, xmm15
vpmaddwd xmm12, xmm3, [r13 + 8]
vpmaddwd Rx(dynreg), xmm2, OWORD [rax]
vpmaddwd ymm8, ymm1, ymm2
vpmaddwd ymm3, ymm15, YWORD [rax + rcx*2]
vpmaddwd ymm3, Ry(dynreg), Ry(dynreg)
vpmaddwd xmm1, xmm2, QWORD [rax]
vpmaddwd xmm1, xmm2, YWORD [rax]
vpmaddwd ymm1, ymm2, OWORD [rax]
vpmaddubsw xmm1, xmm9, xmm15
vpmaddubsw xmm12, xmm3, [r13 + 8]
vpmaddubsw Rx(dynreg), xmm2, OWORD [rax]
vpmaddubsw ymm8, ymm1, ymm2
vpmaddubsw ymm3, ymm15, YWORD [rax + rcx*2]
vpmaddubsw ymm3, Ry(dynreg), Ry(dynreg)
vpmaddubsw xmm1, xmm2, QWORD [rax]
vpmaddubsw xmm1, xmm2, YWORD [rax]
vpmaddubsw ymm1, ymm2, OWORD [rax]
vpsadbw xmm1, xmm9, xmm15
vpsadbw xmm12, xmm3, [r13 + 8]
vpsadbw Rx(dynreg), xmm2, OWORD [rax]
vpsadbw ymm8, ymm1, ymm2
vpsadbw ymm3, ymm15, YWORD [rax + rcx*2]
vpsadbw ymm3, Ry(dynreg), Ry(dynreg)
vpsadbw xmm1, xmm2, QWORD [rax]
vpsadbw xmm1, xmm2, YWORD [rax]
vpsadbw ymm1, ymm2, OWORD [rax]
vpavgb xmm1, xmm9, xmm15
vpavgb xmm12, xmm3, [r13 + 8]
vpavgb Rx(dynreg), xmm2, OWORD [rax]
vpavgb ymm8, ymm1, ymm2
vpavgb ymm3, ymm15, YWORD [rax + rcx*2]
vpavgb ymm3, Ry(dynreg), Ry(dynreg)
vpavgb xmm1, xmm2, QWORD [rax]
vpavgb xmm1, xmm2, YWORD [rax]
vpavgb ymm1, ymm2, OWORD [rax]
vpavgw xmm1, xmm9, xmm15
vpavgw xmm12, xmm3, [r13 + 8]
vpavgw Rx(dynreg), xmm2, OWORD [rax]
vpavgw ymm8, ymm1, ymm2
vpavgw ymm3, ymm15, YWORD [rax + rcx*2]
vpavgw ymm3, Ry(dynreg), Ry(dynreg)
vpavgw xmm1, xmm2, QWORD [rax]
vpavgw xmm1, xmm2, YWORD [rax]
vpavgw ymm1, ymm2, OWORD [rax]
vpminsb xmm1, xmm9, xmm15
vpminsb xmm12, xmm3, [r13 + 8]
vpminsb Rx(dynreg), xmm2, OWORD [rax]
vpminsb ymm8, ymm1, ymm2
vpminsb ymm3, ymm15, YWORD [rax + rcx*2]
vpminsb ymm3, Ry(dynreg), Ry(dynreg)
vpminsb xmm1, xmm2, QWORD [rax]
vpminsb xmm1, xmm2, YWORD [rax]
vpminsb ymm1, ymm2, OWORD [rax]
vpminsw xmm1, xmm9, xmm15
vpminsw xmm12, xmm3, [r13 + 8]
vpminsw Rx(dynreg), xmm2, OWORD [rax]
vpminsw ymm8, ymm1, ymm2
vpminsw ymm3, ymm15, YWORD [rax + rcx*2]
vpminsw ymm3, Ry(dynreg), Ry(dynreg)
vpminsw xmm1, xmm2, QWORD [rax]
vpminsw xmm1, xmm2, YWORD [rax]
vpminsw ymm1, ymm2, OWORD [rax]
vpminsd xmm1, xmm9, xmm15
vpminsd xmm12, xmm3, [r13 + 8]
vpminsd Rx(dynreg), xmm2, OWORD [rax]
vpminsd ymm8, ymm1, ymm2
vpminsd ymm3, ymm15, YWORD [rax + rcx*2]
vpminsd ymm3, Ry(dynreg), Ry(dynreg)
vpminsd xmm1, xmm2, QWORD [rax]
vpminsd xmm1, xmm2, YWORD [rax]
vpminsd ymm1, ymm2, OWORD [rax]
vpminub xmm1, xmm9, xmm15
vpminub xmm12, xmm3, [r13 + 8]
vpminub Rx(dynreg), xmm2, OWORD [rax]
vpminub ymm8, ymm1, ymm2
vpminub ymm3, ymm15, YWORD [rax + rcx*2]
vpminub ymm3, Ry(dynreg), Ry(dynreg)
vpminub xmm1, xmm2, QWORD [rax]
vpminub xmm1, xmm2, YWORD [rax]
vpminub ymm1, ymm2, OWORD [rax]
vpminuw xmm1, xmm9, xmm15
vpminuw xmm12, xmm3, [r13 + 8]
vpminuw Rx(dynreg), xmm2, OWORD [rax]
vpminuw ymm8, ymm1, ymm2
vpminuw ymm3, ymm15, YWORD [rax + rcx*2]
vpminuw ymm3, Ry(dynreg), Ry(dynreg)
vpminuw xmm1, xmm2, QWORD [rax]
vpminuw xmm1, xmm2, YWORD [rax]
vpminuw ymm1, ymm2, OWORD [rax]
vpminud xmm1, xmm9, xmm15
vpminud xmm12, xmm3, [r13 + 8]
vpminud Rx(dynreg), xmm2, OWORD [rax]
vpminud ymm8, ymm1, ymm2
vpminud ymm3, ymm15, YWORD [rax + rcx*2]
vpminud ymm3, Ry(dynreg), Ry(dynreg)
vpminud xmm1, xmm2, QWORD [rax]
vpminud xmm1, xmm2, YWORD [rax]
vpminud ymm1, ymm2, OWORD [rax]
vpmaxsb xmm1, xmm9, xmm15
vpmaxsb xmm12, xmm3, [r13 + 8]
vpmaxsb Rx(dynreg), xmm2, OWORD [rax]
vpmaxsb ymm8, ymm1, ymm2
vpmaxsb ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxsb ymm3, Ry(dynreg), Ry(dynreg)
vpmaxsb xmm1, xmm2, QWORD [rax]
vpmaxsb xmm1, xmm2, YWORD [rax]
vpmaxsb ymm1, ymm2, OWORD [rax]
vpmaxsw xmm1, xmm9, xmm15
vpmaxsw xmm12, xmm3, [r13 + 8]
vpmaxsw Rx(dynreg), xmm2, OWORD [rax]
vpmaxsw ymm8, ymm1, ymm2
vpmaxsw ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxsw ymm3, Ry(dynreg), Ry(dynreg)
vpmaxsw xmm1, xmm2, QWORD [rax]
vpmaxsw xmm1, xmm2, YWORD [rax]
vpmaxsw ymm1, ymm2, OWORD [rax]
vpmaxsd xmm1, xmm9, xmm15
vpmaxsd xmm12, xmm3, [r13 + 8]
vpmaxsd Rx(dynreg), xmm2, OWORD [rax]
vpmaxsd ymm8, ymm1, ymm2
vpmaxsd ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxsd ymm3, Ry(dynreg), Ry(dynreg)
vpmaxsd xmm1, xmm2, QWORD [rax]
vpmaxsd xmm1, xmm2, YWORD [rax]
vpmaxsd ymm1, ymm2, OWORD [rax]
vpmaxub xmm1, xmm9, xmm15
vpmaxub xmm12, xmm3, [r13 + 8]
vpmaxub Rx(dynreg), xmm2, OWORD [rax]
vpmaxub ymm8, ymm1, ymm2
vpmaxub ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxub ymm3, Ry(dynreg), Ry(dynreg)
vpmaxub xmm1, xmm2, QWORD [rax]
vpmaxub xmm1, xmm2, YWORD [rax]
vpmaxub ymm1, ymm2, OWORD [rax]
vpmaxuw xmm1, xmm9, xmm15
vpmaxuw xmm12, xmm3, [r13 + 8]
vpmaxuw Rx(dynreg), xmm2, OWORD [rax]
vpmaxuw ymm8, ymm1, ymm2
vpmaxuw ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxuw ymm3, Ry(dynreg), Ry(dynreg)
vpmaxuw xmm1, xmm2, QWORD [rax]
vpmaxuw xmm1, xmm2, YWORD [rax]
vpmaxuw ymm1, ymm2, OWORD [rax]
vpmaxud xmm1, xmm9, xmm15
vpmaxud xmm12, xmm3, [r13 + 8]
vpmaxud Rx(dynreg), xmm2, OWORD [rax]
vpmaxud ymm8, ymm1, ymm2
vpmaxud ymm3, ymm15, YWORD [rax + rcx*2]
vpmaxud ymm3, Ry(dynreg), Ry(dynreg)
vpmaxud xmm1, xmm2, QWORD [rax]
vpmaxud xmm1, xmm2, YWORD [rax]
vpmaxud ymm1, ymm2, OWORD [rax]
vpsignb xmm1, xmm9, xmm15
vpsignb xmm12, xmm3, [r13 + 8]
vpsignb Rx(dynreg), xmm2, OWORD [rax]
vpsignb ymm8, ymm1, ymm2
vpsignb ymm3, ymm15, YWORD [rax + rcx*2]
vpsignb ymm3, Ry(dynreg), Ry(dynreg)
vpsignb xmm1, xmm2, QWORD [rax]
vpsignb xmm1, xmm2, YWORD [rax]
vpsignb ymm1, ymm2, OWORD [rax]
vpsignw xmm1, xmm9, xmm15
vpsignw xmm12, xmm3, [r13 + 8]
vpsignw Rx(dynreg), xmm2, OWORD [rax]
vpsignw ymm8, ymm1, ymm2
vpsignw ymm3, ymm15, YWORD [rax + rcx*2]
vpsignw ymm3, Ry(dynreg), Ry(dynreg)
vpsignw xmm1, xmm2, QWORD [rax]
vpsignw xmm1, xmm2, YWORD [rax]
vpsignw ymm1, ymm2, OWORD [rax]
vpsignd xmm1, xmm9, xmm15
vpsignd xmm12, xmm3, [r13 + 8]
vpsignd Rx(dynreg), xmm2, OWORD [rax]
vpsignd ymm8, ymm1, ymm2
vpsignd ymm3, ymm15, YWORD [rax + rcx*2]
vpsignd ymm3, Ry(dynreg), Ry(dynreg)
vpsignd xmm1, xmm2, QWORD [rax]
vpsignd xmm1, xmm2, YWORD [rax]
vpsignd ymm1, ymm2, OWORD [rax]
vpcmpeqb xmm1, xmm9, xmm15
vpcmpeqb xmm12, xmm3, [r13 + 8]
vpcmpeqb Rx(dynreg), xmm2, OWORD [rax]
vpcmpeqb ymm8, ymm1, ymm2
vpcmpeqb ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpeqb ymm3, Ry(dynreg), Ry(dynreg)
vpcmpeqb xmm1, xmm2, QWORD [rax]
vpcmpeqb xmm1, xmm2, YWORD [rax]
vpcmpeqb ymm1, ymm2, OWORD [rax]
vpcmpeqw xmm1, xmm9, xmm15
vpcmpeqw xmm12, xmm3, [r13 + 8]
vpcmpeqw Rx(dynreg), xmm2, OWORD [rax]
vpcmpeqw ymm8, ymm1, ymm2
vpcmpeqw ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpeqw ymm3, Ry(dynreg), Ry(dynreg)
vpcmpeqw xmm1, xmm2, QWORD [rax]
vpcmpeqw xmm1, xmm2, YWORD [rax]
vpcmpeqw ymm1, ymm2, OWORD [rax]
vpcmpeqd xmm1, xmm9, xmm15
vpcmpeqd xmm12, xmm3, [r13 + 8]
vpcmpeqd Rx(dynreg), xmm2, OWORD [rax]
vpcmpeqd ymm8, ymm1, ymm2
vpcmpeqd ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpeqd ymm3, Ry(dynreg), Ry(dynreg)
vpcmpeqd xmm1, xmm2, QWORD [rax]
vpcmpeqd xmm1, xmm2, YWORD [rax]
vpcmpeqd ymm1, ymm2, OWORD [rax]
vpcmpeqq xmm1, xmm9, xmm15
vpcmpeqq xmm12, xmm3, [r13 + 8]
vpcmpeqq Rx(dynreg), xmm2, OWORD [rax]
vpcmpeqq ymm8, ymm1, ymm2
vpcmpeqq ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpeqq ymm3, Ry(dynreg), Ry(dynreg)
vpcmpeqq xmm1, xmm2, QWORD [rax]
vpcmpeqq xmm1, xmm2, YWORD [rax]
vpcmpeqq ymm1, ymm2, OWORD [rax]
vpcmpgtb xmm1, xmm9, xmm15
vpcmpgtb xmm12, xmm3, [r13 + 8]
vpcmpgtb Rx(dynreg), xmm2, OWORD [rax]
vpcmpgtb ymm8, ymm1, ymm2
vpcmpgtb ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpgtb ymm3, Ry(dynreg), Ry(dynreg)
vpcmpgtb xmm1, xmm2, QWORD [rax]
vpcmpgtb xmm1, xmm2, YWORD [rax]
vpcmpgtb ymm1, ymm2, OWORD [rax]
vpcmpgtw xmm1, xmm9, xmm15
vpcmpgtw xmm12, xmm3, [r13 + 8]
vpcmpgtw Rx(dynreg), xmm2, OWORD [rax]
vpcmpgtw ymm8, ymm1, ymm2
vpcmpgtw ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpgtw ymm3, Ry(dynreg), Ry(dynreg)
vpcmpgtw xmm1, xmm2, QWORD [rax]
vpcmpgtw xmm1, xmm2, YWORD [rax]
vpcmpgtw ymm1, ymm2, OWORD [rax]
vpcmpgtd xmm1, xmm9, xmm15
vpcmpgtd xmm12, xmm3, [r13 + 8]
vpcmpgtd Rx(dynreg), xmm2, OWORD [rax]
vpcmpgtd ymm8, ymm1, ymm2
vpcmpgtd ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpgtd ymm3, Ry(dynreg), Ry(dynreg)
vpcmpgtd xmm1, xmm2, QWORD [rax]
vpcmpgtd xmm1, xmm2, YWORD [rax]
vpcmpgtd ymm1, ymm2, OWORD [rax]
vpcmpgtq xmm1, xmm9, xmm15
vpcmpgtq xmm12, xmm3, [r13 + 8]
vpcmpgtq Rx(dynreg), xmm2, OWORD [rax]
vpcmpgtq ymm8, ymm1, ymm2
vpcmpgtq ymm3, ymm15, YWORD [rax + rcx*2]
vpcmpgtq ymm3, Ry(dynreg), Ry(dynreg)
vpcmpgtq xmm1, xmm2, QWORD [rax]
vpcmpgtq xmm1, xmm2, YWORD [rax]
vpcmpgtq ymm1, ymm2, OWORD [rax]
vpand xmm1, xmm9, xmm15
vpand xmm12, xmm3, [r13 + 8]
vpand Rx(dynreg), xmm2, OWORD [rax]
vpand ymm8, ymm1, ymm2
vpand ymm3, ymm15, YWORD [rax + rcx*2]
vpand ymm3, Ry(dynreg), Ry(dynreg)
vpand xmm1, xmm2, QWORD [rax]
vpand xmm1, xmm2, YWORD [rax]
vpand ymm1, ymm2, OWORD [rax]
vpandn xmm1, xmm9, xmm15
vpandn xmm12, xmm3, [r13 + 8]
vpandn Rx(dynreg), xmm2, OWORD [rax]
vpandn ymm8, ymm1, ymm2
vpandn ymm3, ymm15, YWORD [rax + rcx*2]
vpandn ymm3, Ry(dynreg), Ry(dynreg)
vpandn xmm1, xmm2, QWORD [rax]
vpandn xmm1, xmm2, YWORD [rax]
vpandn ymm1, ymm2, OWORD [rax]
vpor xmm1, xmm9, xmm15
vpor xmm12, xmm3, [r13 + 8]
vpor Rx(dynreg), xmm2, OWORD [rax]
vpor ymm8, ymm1, ymm2
vpor ymm3, ymm15, YWORD [rax + rcx*2]
vpor ymm3, Ry(dynreg), Ry(dynreg)
vpor xmm1, xmm2, QWORD [rax]
vpor xmm1, xmm2, YWORD [rax]
vpor ymm1, ymm2, OWORD [rax]
vpxor xmm1, xmm9, xmm15
vpxor xmm12, xmm3, [r13 + 8]
vpxor Rx(dynreg), xmm2, OWORD [rax]
vpxor ymm8, ymm1, ymm2
vpxor ymm3, ymm15, YWORD [rax + rcx*2]
vpxor ymm3, Ry(dynreg), Ry(dynreg)
vpxor xmm1, xmm2, QWORD [rax]
vpxor xmm1, xmm2, YWORD [rax]
vpxor ymm1, ymm2, OWORD [rax]
vpacksswb xmm1, xmm9, xmm15
vpacksswb xmm12, xmm3, [r13 + 8]
vpacksswb Rx(dynreg), xmm2, OWORD [rax]
vpacksswb ymm8, ymm1, ymm2
vpacksswb ymm3, ymm15, YWORD [rax + rcx*2]
vpacksswb ymm3, Ry(dynreg), Ry(dynreg)
vpacksswb xmm1, xmm2, QWORD [rax]
vpacksswb xmm1, xmm2, YWORD [rax]
vpacksswb ymm1, ymm2, OWORD [rax]
vpackssdw xmm1, xmm9, xmm15
vpackssdw xmm12, xmm3, [r13 + 8]
vpackssdw Rx(dynreg), xmm2, OWORD [rax]
vpackssdw ymm8, ymm1, ymm2
vpackssdw ymm3, ymm15, YWORD [rax + rcx*2]
vpackssdw ymm3, Ry(dynreg), Ry(dynreg)
vpackssdw xmm1, xmm2, QWORD [rax]
vpackssdw xmm1, xmm2, YWORD [rax]
vpackssdw ymm1, ymm2, OWORD [rax]
vpackuswb xmm1, xmm9, xmm15
vpackuswb xmm12, xmm3, [r13 + 8]
vpackuswb Rx(dynreg), xmm2, OWORD [rax]
vpackuswb ymm8, ymm1, ymm2
vpackuswb ymm3, ymm15, YWORD [rax + rcx*2]
vpackuswb ymm3, Ry(dynreg), Ry(dynreg)
vpackuswb xmm1, xmm2, QWORD [rax]
vpackuswb xmm1, xmm2, YWORD [rax]
vpackuswb ymm1, ymm2, OWORD [rax]
vpackusdw xmm1, xmm9, xmm15
vpackusdw xmm12, xmm3, [r13 + 8]
vpackusdw Rx(dynreg), xmm2, OWORD [rax]
vpackusdw ymm8, ymm1, ymm2
vpackusdw ymm3, ymm15, YWORD [rax + rcx*2]
vpackusdw ymm3, Ry(dynreg), Ry(dynreg)
vpackusdw xmm1, xmm2, QWORD [rax]
vpackusdw xmm1, xmm2, YWORD [rax]
vpackusdw ymm1, ymm2, OWORD [rax]
vpunpcklbw xmm1, xmm9, xmm15
vpunpcklbw xmm12, xmm3, [r13 + 8]
vpunpcklbw Rx(dynreg), xmm2, OWORD [rax]
vpunpcklbw ymm8, ymm1, ymm2
vpunpcklbw ymm3, ymm15, YWORD [rax + rcx*2]
vpunpcklbw ymm3, Ry(dynreg), Ry(dynreg)
vpunpcklbw xmm1, xmm2, QWORD [rax]
vpunpcklbw xmm1, xmm2, YWORD [rax]
vpunpcklbw ymm1, ymm2, OWORD [rax]
vpunpcklwd xmm1, xmm9, xmm15
vpunpcklwd xmm12, xmm3, [r13 + 8]
vpunpcklwd Rx(dynreg), xmm2, OWORD [rax]
vpunpcklwd ymm8, ymm1, ymm2
vpunpcklwd ymm3, ymm15, YWORD [rax + rcx*2]
vpunpcklwd ymm3, Ry(dynreg), Ry(dynreg)
vpunpcklwd xmm1, xmm2, QWORD [rax]
vpunpcklwd xmm1, xmm2, YWORD [rax]
vpunpcklwd ymm1, ymm2, OWORD [rax]
vpunpckldq xmm1, xmm9, xmm15
vpunpckldq xmm12, xmm3, [r13 + 8]
vpunpckldq Rx(dynreg), xmm2, OWORD [rax]
vpunpckldq ymm8, ymm1, ymm2
vpunpckldq ymm3, ymm15, YWORD [rax + rcx*2]
vpunpckldq ymm3, Ry(dynreg), Ry(dynreg)
vpunpckldq xmm1, xmm2, QWORD [rax]
vpunpckldq xmm1, xmm2, YWORD [rax]
vpunpckldq ymm1, ymm2, OWORD [rax]
vpunpcklqdq xmm1, xmm9, xmm15
vpunpcklqdq xmm12, xmm3, [r13 + 8]
vpunpcklqdq Rx(dynreg), xmm2, OWORD [rax]
vpunpcklqdq ymm8, ymm1, ymm2
vpunpcklqdq ymm3, ymm15, YWORD [rax + rcx*2]
vpunpcklqdq ymm3, Ry(dynreg), Ry(dynreg)
vpunpcklqdq xmm1, xmm2, QWORD [rax]
vpunpcklqdq xmm1, xmm2, YWORD [rax]
vpunpcklqdq ymm1, ymm2, OWORD [rax]
vpunpckhbw xmm1, xmm9, xmm15
vpunpckhbw xmm12, xmm3, [r13 + 8]
vpunpckhbw Rx(dynreg), xmm2, OWORD [rax]
vpunpckhbw ymm8, ymm1, ymm2
vpunpckhbw ymm3, ymm15, YWORD [rax + rcx*2]
vpunpckhbw ymm3, Ry(dynreg), Ry(dynreg)
vpunpckhbw xmm1, xmm2, QWORD [rax]
vpunpckhbw xmm1, xmm2, YWORD [rax]
vpunpckhbw ymm1, ymm2, OWORD [rax]
vpunpckhwd xmm1, xmm9, xmm15
vpunpckhwd xmm12, xmm3, [r13 + 8]
vpunpckhwd Rx(dynreg), xmm2, OWORD [rax]
vpunpckhwd ymm8, ymm1, ymm2
vpunpckhwd ymm3, ymm15, YWORD [rax + rcx*2]
vpunpckhwd ymm3, Ry(dynreg), Ry(dynreg)
vpunpckhwd xmm1, xmm2, QWORD [rax]
vpunpckhwd xmm1, xmm2, YWORD [rax]
vpunpckhwd ymm1, ymm2, OWORD [rax]
vpunpckhdq xmm1, xmm9, xmm15
vpunpckhdq xmm12, xmm3, [r13 + 8]
vpunpckhdq Rx(dynreg), xmm2, OWORD [rax]
vpunpckhdq ymm8, ymm1, ymm2
vpunpckhdq ymm3, ymm15, YWORD [rax + rcx*2]
vpunpckhdq ymm3, Ry(dynreg), Ry(dynreg)
vpunpckhdq xmm1, xmm2, QWORD [rax]
vpunpckhdq xmm1, xmm2, YWORD [rax]
vpunpckhdq ymm1, ymm2, OWORD [rax]
vpunpckhqdq xmm1, xmm9, xmm15
vpunpckhqdq xmm12, xmm3, [r13 + 8]
vpunpckhqdq Rx(dynreg), xmm2, OWORD [rax]
vpunpckhqdq ymm8, ymm1, ymm2
vpunpckhqdq ymm3, ymm15, YWORD [rax + rcx*2]
vpunpckhqdq ymm3, Ry(dynreg), Ry(dynreg)
vpunpckhqdq xmm1, xmm2, QWORD [rax]
vpunpckhqdq xmm1, xmm2, YWORD [rax]
vpunpckhqdq ymm1, ymm2, OWORD [rax]
vpshufb xmm1, xmm9, xmm15
vpshufb xmm12, xmm3, [r13 + 8]
vpshufb Rx(dynreg), xmm2, OWORD [rax]
vpshufb ymm8, ymm1, ymm2
vpshufb ymm3, ymm15, YWORD [rax + rcx*2]
vpshufb ymm3, Ry(dynreg), Ry(dynreg)
vpshufb xmm1, xmm2, QWORD [rax]
vpshufb xmm1, xmm2, YWORD [rax]
vpshufb ymm1, ymm2, OWORD [rax]
vphaddw xmm1, xmm9, xmm15
vphaddw xmm12, xmm3, [r13 + 8]
vphaddw Rx(dynreg), xmm2, OWORD [rax]
vphaddw ymm8, ymm1, ymm2
vphaddw ymm3, ymm15, YWORD [rax + rcx*2]
vphaddw ymm3, Ry(dynreg), Ry(dynreg)
vphaddw xmm1, xmm2, QWORD [rax]
vphaddw xmm1, xmm2, YWORD [rax]
vphaddw ymm1, ymm2, OWORD [rax]
vphaddd xmm1, xmm9, xmm15
vphaddd xmm12, xmm3, [r13 + 8]
vphaddd Rx(dynreg), xmm2, OWORD [rax]
vphaddd ymm8, ymm1, ymm2
vphaddd ymm3, ymm15, YWORD [rax + rcx*2]
vphaddd ymm3, Ry(dynreg), Ry(dynreg)
vphaddd xmm1, xmm2, QWORD [rax]
vphaddd xmm1, xmm2, YWORD [rax]
vphaddd ymm1, ymm2, OWORD [rax]
vphaddsw xmm1, xmm9, xmm15
vphaddsw xmm12, xmm3, [r13 + 8]
vphaddsw Rx(dynreg), xmm2, OWORD [rax]
vphaddsw ymm8, ymm1, ymm2
vphaddsw ymm3, ymm15, YWORD [rax + rcx*2]
vphaddsw ymm3, Ry(dynreg), Ry(dynreg)
vphaddsw xmm1, xmm2, QWORD [rax]
vphaddsw xmm1, xmm2, YWORD [rax]
vphaddsw ymm1, ymm2, OWORD [rax]
vphsubw xmm1, xmm9, xmm15
vphsubw xmm12, xmm3, [r13 + 8]
vphsubw Rx(dynreg), xmm2, OWORD [rax]
vphsubw ymm8, ymm1, ymm2
vphsubw ymm3, ymm15, YWORD [rax + rcx*2]
vphsubw ymm3, Ry(dynreg), Ry(dynreg)
vphsubw xmm1, xmm2, QWORD [rax]
vphsubw xmm1, xmm2, YWORD [rax]
vphsubw ymm1, ymm2, OWORD [rax]
vphsubd xmm1, xmm9, xmm15
vphsubd xmm12, xmm3, [r13 + 8]
vphsubd Rx(dynreg), xmm2, OWORD [rax]
vphsubd ymm8, ymm1, ymm2
vphsubd ymm3, ymm15, YWORD [rax + rcx*2]
vphsubd ymm3, Ry(dynreg), Ry(dynreg)
vphsubd xmm1, xmm2, QWORD [rax]
vphsubd xmm1, xmm2, YWORD [rax]
vphsubd ymm1, ymm2, OWORD [rax]
vphsubsw xmm1, xmm9, xmm15
vphsubsw xmm12, xmm3, [r13 + 8]
vphsubsw Rx(dynreg), xmm2, OWORD [rax]
vphsubsw ymm8, ymm1, ymm2
vphsubsw ymm3, ymm15, YWORD [rax + rcx*2]
vphsubsw ymm3, Ry(dynreg), Ry(dynreg)
vphsubsw xmm1, xmm2, QWORD [rax]
vphsubsw xmm1, xmm2, YWORD [rax]
vphsubsw ymm1, ymm2, OWORD [rax]
vpsllvd xmm1, xmm9, xmm15
vpsllvd xmm12, xmm3, [r13 + 8]
vpsllvd Rx(dynreg), xmm2, OWORD [rax]
vpsllvd ymm8, ymm1, ymm2
vpsllvd ymm3, ymm15, YWORD [rax + rcx*2]
vpsllvd ymm3, Ry(dynreg), Ry(dynreg)
vpsllvd xmm1, xmm2, QWORD [rax]
vpsllvd xmm1, xmm2, YWORD [rax]
vpsllvd ymm1, ymm2, OWORD [rax]
vpsllvq xmm1, xmm9, xmm15
vpsllvq xmm12, xmm3, [r13 + 8]
vpsllvq Rx(dynreg), xmm2, OWORD [rax]
vpsllvq ymm8, ymm1, ymm2
vpsllvq ymm3, ymm15, YWORD [rax + rcx*2]
vpsllvq ymm3, Ry(dynreg), Ry(dynreg)
vpsllvq xmm1, xmm2, QWORD [rax]
vpsllvq xmm1, xmm2, YWORD [rax]
vpsllvq ymm1, ymm2, OWORD [rax]
vpsrlvd xmm1, xmm9, xmm15
vpsrlvd xmm12, xmm3, [r13 + 8]
vpsrlvd Rx(dynreg), xmm2, OWORD [rax]
vpsrlvd ymm8, ymm1, ymm2
vpsrlvd ymm3, ymm15, YWORD [rax + rcx*2]
vpsrlvd ymm3, Ry(dynreg), Ry(dynreg)
vpsrlvd xmm1, xmm2, QWORD [rax]
vpsrlvd xmm1, xmm2, YWORD [rax]
vpsrlvd ymm1, ymm2, OWORD [rax]
vpsrlvq xmm1, xmm9, xmm15
vpsrlvq xmm12, xmm3, [r13 + 8]
vpsrlvq Rx(dynreg), xmm2, OWORD [rax]
vpsrlvq ymm8, ymm1, ymm2
vpsrlvq ymm3, ymm15, YWORD [rax + rcx*2]
vpsrlvq ymm3, Ry(dynreg), Ry(dynreg)
vpsrlvq xmm1, xmm2, QWORD [rax]
vpsrlvq xmm1, xmm2, YWORD [rax]
vpsrlvq ymm1, ymm2, OWORD [rax]
vpsravd xmm1, xmm9, xmm15
vpsravd xmm12, xmm3, [r13 + 8]
vpsravd Rx(dynreg), xmm2, OWORD [rax]
vpsravd ymm8, ymm1, ymm2
vpsravd ymm3, ymm15, YWORD [rax + rcx*2]
vpsravd ymm3, Ry(dynreg), Ry(dynreg)
vpsravd xmm1, xmm2, QWORD [rax]
vpsravd xmm1, xmm2, YWORD [rax]
vpsravd ymm1, ymm2, OWORD [rax]
vpabsb {xmm}, xmm2
vpabsb xmm1, {xmm}
vpabsb xmm1, {m}
vpabsb xmm1, {m128}
vpabsb {ymm}, ymm2
vpabsb ymm1, {ymm}
vpabsb ymm1, {m256}
vpabsb ymm1, [rax]
vpabsb xmm1, QWORD [rax]
vpabsb ymm1, OWORD [rax]
vpabsb xmm1, ymm2
vpabsb ymm1, xmm2
vpabsb xmm1, xmm2, xmm3
vpabsw {xmm}, xmm2
vpabsw xmm1, {xmm}
vpabsw xmm1, {m}
vpabsw xmm1, {m128}
vpabsw {ymm}, ymm2
vpabsw ymm1, {ymm}
vpabsw ymm1, {m256}
vpabsw ymm1, [rax]
vpabsw xmm1, QWORD [rax]
vpabsw ymm1, OWORD [rax]
vpabsw xmm1, ymm2
vpabsw ymm1, xmm2
vpabsw xmm1, xmm2, xmm3
vpabsd {xmm}, xmm2
vpabsd xmm1, {xmm}
vpabsd xmm1, {m}
vpabsd xmm1, {m128}
vpabsd {ymm}, ymm2
vpabsd ymm1, {ymm}
vpabsd ymm1, {m256}
vpabsd ymm1, [rax]
vpabsd xmm1, QWORD [rax]
vpabsd ymm1, OWORD [rax]
vpabsd xmm1, ymm2
vpabsd ymm1, xmm2
vpabsd xmm1, xmm2, xmm3
vpshufd {xmm}, xmm2, 1
vpshufd xmm1, {xmm}, 1
vpshufd xmm1, {m}, 1
vpshufd xmm1, xmm2, {imm8}
vpshufd {ymm}, ymm2, 1
vpshufd ymm1, {ymm}, 1
vpshufd ymm1, {m256}, 1
vpshufd ymm1, ymm2, {imm8}
vpshufd xmm1, xmm2, 0x80
vpshufd xmm1, xmm2, 0xFF
vpshufd xmm1, xmm2, 0x100
vpshufd xmm1, xmm2, -0x81
vpshufd xmm1, QWORD [rax], 1
vpshufd ymm1, xmm2, 1
vpshufd ymm1, OWORD [rax], 1
vpshufd xmm1, xmm2, xmm3, 1
vpshufd xmm1, xmm2
vpshufhw xmm1, xmm9, 0x7F
vpshufhw Rx(dynreg), [rax], -1
vpshufhw ymm8, ymm1, 5
vpshufhw ymm3, YWORD [r12], 0
vpshufhw Ry(dynreg), Ry(dynreg), 2
vpshufhw xmm1, QWORD [rax], 1
vpshufhw ymm1, xmm2, 1
vpshufhw ymm1, OWORD [rax], 1
vpshufhw xmm1, xmm2, xmm3, 1
vpshufhw xmm1, xmm2
vpshuflw xmm1, xmm9, 0x7F
vpshuflw Rx(dynreg), [rax], -1
vpshuflw ymm8, ymm1, 5
vpshuflw ymm3, YWORD [r12], 0
vpshuflw Ry(dynreg), Ry(dynreg), 2
vpshuflw xmm1, QWORD [rax], 1
vpshuflw ymm1, xmm2, 1
vpshuflw ymm1, OWORD [rax], 1
vpshuflw xmm1, xmm2, xmm3, 1
vpshuflw xmm1, xmm2
# vpalignr, vpblendw, vpblendd: dynasm-rs 5.1 puts the third operand in VEX.vvvv and the second in
# ModRM.rm; with a memory third operand it emits vvvv = 0 and drops the memory operand (e.g.
# `vpalignr xmm1, xmm2, [rax], 1` = C4 E3 79 0F CA 01, `vpalignr xmm1, xmm2, [eax], 1` = 67 C4 E3 79
# 0F CA 01): declasm has no memory forms for them (it refuses those statements), so none are tested.
vpalignr {xmm}, xmm2, xmm3, 1
vpalignr xmm1, {xmm}, xmm3, 1
vpalignr xmm1, xmm2, {xmm}, 1
vpalignr xmm1, xmm2, xmm3, {imm8}
vpalignr {ymm}, ymm2, ymm3, 1
vpalignr ymm1, {ymm}, ymm3, 1
vpalignr ymm1, ymm2, {ymm}, 1
vpalignr ymm1, ymm2, ymm3, {imm8}
vpalignr xmm1, xmm2, xmm3, 0x80
vpalignr xmm1, xmm2, xmm3, 0xFF
vpalignr xmm1, xmm2, xmm3, 0x100
vpalignr xmm1, xmm2, xmm3, -0x81
vpalignr xmm1, xmm2, QWORD [rax], 1
vpalignr ymm1, ymm2, xmm3, 1
vpalignr xmm1, xmm2, 1
vpalignr xmm1, [rax], xmm3, 1
vpblendw xmm1, xmm9, xmm15, 0x7F
vpblendw Rx(dynreg), xmm2, xmm3, -1
vpblendw ymm8, ymm1, ymm2, 5
vpblendw ymm3, ymm9, ymm12, 0
vpblendw Ry(dynreg), Ry(dynreg), Ry(dynreg), 2
vpblendw xmm1, xmm2, xmm3, i8v
vpblendw xmm1, xmm2, QWORD [rax], 1
vpblendw ymm1, ymm2, xmm3, 1
vpblendw xmm1, xmm2, 1
vpblendw xmm1, [rax], xmm3, 1
vpblendd xmm1, xmm9, xmm15, 0x7F
vpblendd Rx(dynreg), xmm2, xmm3, -1
vpblendd ymm8, ymm1, ymm2, 5
vpblendd ymm3, ymm9, ymm12, 0
vpblendd Ry(dynreg), Ry(dynreg), Ry(dynreg), 2
vpblendd xmm1, xmm2, xmm3, i8v
vpblendd xmm1, xmm2, QWORD [rax], 1
vpblendd ymm1, ymm2, xmm3, 1
vpblendd xmm1, xmm2, 1
vpblendd xmm1, [rax], xmm3, 1
vpblendvb {xmm}, xmm2, xmm3, xmm4
vpblendvb xmm1, {xmm}, xmm3, xmm4
vpblendvb xmm1, xmm2, {xmm}, xmm4
vpblendvb xmm1, xmm2, {m}, xmm4
vpblendvb xmm1, xmm2, {m128}, xmm4
vpblendvb xmm1, xmm2, xmm3, {xmm}
vpblendvb {ymm}, ymm2, ymm3, ymm4
vpblendvb ymm1, {ymm}, ymm3, ymm4
vpblendvb ymm1, ymm2, {ymm}, ymm4
vpblendvb ymm1, ymm2, {m256}, ymm4
vpblendvb ymm1, ymm2, [rax], ymm4
vpblendvb ymm1, ymm2, ymm3, {ymm}
vpblendvb xmm1, xmm2, QWORD [rax], xmm4
vpblendvb xmm1, xmm2, xmm3, ymm4
vpblendvb xmm1, xmm2, xmm3, 5
vpblendvb xmm1, xmm2, xmm3
