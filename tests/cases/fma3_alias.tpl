# The NASM names of the FMA3 operand orders (123 = 213, 312 = 132, 321 = 231).
vfmadd123pd xmm1, xmm9, xmm15
vfmadd123pd xmm12, xmm2, [rax + 8]
vfmadd123pd ymm1, ymm9, ymm15
vfmadd123pd ymm12, ymm2, YWORD [r13]
vfmadd123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd123pd ymm0, Ry(dynreg), ymm8
vfmadd123ps xmm1, xmm9, xmm15
vfmadd123ps xmm12, xmm2, [rax + 8]
vfmadd123ps ymm1, ymm9, ymm15
vfmadd123ps ymm12, ymm2, YWORD [r13]
vfmadd123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd123ps ymm0, Ry(dynreg), ymm8
vfmadd123sd xmm1, xmm9, xmm15
vfmadd123sd xmm12, xmm2, [rax + 8]
vfmadd123sd Rx(dynreg), xmm3, xmm10
vfmadd123sd xmm0, xmm8, QWORD [r12]
vfmadd123ss xmm1, xmm9, xmm15
vfmadd123ss xmm12, xmm2, [rax + 8]
vfmadd123ss Rx(dynreg), xmm3, xmm10
vfmadd123ss xmm0, xmm8, DWORD [r12]
vfmadd312pd xmm1, xmm9, xmm15
vfmadd312pd xmm12, xmm2, [rax + 8]
vfmadd312pd ymm1, ymm9, ymm15
vfmadd312pd ymm12, ymm2, YWORD [r13]
vfmadd312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd312pd ymm0, Ry(dynreg), ymm8
vfmadd312ps {xmm}, xmm1, xmm2
vfmadd312ps xmm1, {xmm}, xmm2
vfmadd312ps xmm1, xmm2, {xmm}
vfmadd312ps xmm3, xmm9, {m}
vfmadd312ps xmm11, xmm4, {m128}
vfmadd312ps {ymm}, ymm1, ymm2
vfmadd312ps ymm1, {ymm}, ymm2
vfmadd312ps ymm1, ymm2, {ymm}
vfmadd312ps ymm3, ymm9, {m}
vfmadd312ps ymm11, ymm4, {m256}
vfmadd312ps xmm1, ymm2, ymm3
vfmadd312ps ymm1, xmm2, xmm3
vfmadd312ps xmm1, xmm2, BYTE [rax]
vfmadd312ps xmm1, xmm2, WORD [rax]
vfmadd312ps xmm1, xmm2, DWORD [rax]
vfmadd312ps xmm1, xmm2, QWORD [rax]
vfmadd312ps xmm1, xmm2, OWORD [rax]
vfmadd312ps xmm1, xmm2, YWORD [rax]
vfmadd312ps ymm1, ymm2, BYTE [rax]
vfmadd312ps ymm1, ymm2, WORD [rax]
vfmadd312ps ymm1, ymm2, DWORD [rax]
vfmadd312ps ymm1, ymm2, QWORD [rax]
vfmadd312ps ymm1, ymm2, OWORD [rax]
vfmadd312ps ymm1, ymm2, YWORD [rax]
vfmadd312ps xmm1, xmm9, xmm15
vfmadd312ps xmm12, xmm2, [rax + 8]
vfmadd312ps ymm1, ymm9, ymm15
vfmadd312ps ymm12, ymm2, YWORD [r13]
vfmadd312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd312ps ymm0, Ry(dynreg), ymm8
vfmadd312sd xmm1, xmm9, xmm15
vfmadd312sd xmm12, xmm2, [rax + 8]
vfmadd312sd Rx(dynreg), xmm3, xmm10
vfmadd312sd xmm0, xmm8, QWORD [r12]
vfmadd312ss {xmm}, xmm1, xmm2
vfmadd312ss xmm1, {xmm}, xmm2
vfmadd312ss xmm1, xmm2, {xmm}
vfmadd312ss xmm3, xmm9, {m}
vfmadd312ss ymm1, ymm2, ymm3
vfmadd312ss xmm1, xmm2, BYTE [rax]
vfmadd312ss xmm1, xmm2, WORD [rax]
vfmadd312ss xmm1, xmm2, DWORD [rax]
vfmadd312ss xmm1, xmm2, QWORD [rax]
vfmadd312ss xmm1, xmm2, OWORD [rax]
vfmadd312ss xmm1, xmm2, YWORD [rax]
vfmadd312ss xmm1, xmm9, xmm15
vfmadd312ss xmm12, xmm2, [rax + 8]
vfmadd312ss Rx(dynreg), xmm3, xmm10
vfmadd312ss xmm0, xmm8, DWORD [r12]
vfmadd321pd {xmm}, xmm1, xmm2
vfmadd321pd xmm1, {xmm}, xmm2
vfmadd321pd xmm1, xmm2, {xmm}
vfmadd321pd xmm3, xmm9, {m}
vfmadd321pd xmm11, xmm4, {m128}
vfmadd321pd {ymm}, ymm1, ymm2
vfmadd321pd ymm1, {ymm}, ymm2
vfmadd321pd ymm1, ymm2, {ymm}
vfmadd321pd ymm3, ymm9, {m}
vfmadd321pd ymm11, ymm4, {m256}
vfmadd321pd xmm1, ymm2, ymm3
vfmadd321pd ymm1, xmm2, xmm3
vfmadd321pd xmm1, xmm2, BYTE [rax]
vfmadd321pd xmm1, xmm2, WORD [rax]
vfmadd321pd xmm1, xmm2, DWORD [rax]
vfmadd321pd xmm1, xmm2, QWORD [rax]
vfmadd321pd xmm1, xmm2, OWORD [rax]
vfmadd321pd xmm1, xmm2, YWORD [rax]
vfmadd321pd ymm1, ymm2, BYTE [rax]
vfmadd321pd ymm1, ymm2, WORD [rax]
vfmadd321pd ymm1, ymm2, DWORD [rax]
vfmadd321pd ymm1, ymm2, QWORD [rax]
vfmadd321pd ymm1, ymm2, OWORD [rax]
vfmadd321pd ymm1, ymm2, YWORD [rax]
vfmadd321pd xmm1, xmm9, xmm15
vfmadd321pd xmm12, xmm2, [rax + 8]
vfmadd321pd ymm1, ymm9, ymm15
vfmadd321pd ymm12, ymm2, YWORD [r13]
vfmadd321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd321pd ymm0, Ry(dynreg), ymm8
vfmadd321ps xmm1, xmm9, xmm15
vfmadd321ps xmm12, xmm2, [rax + 8]
vfmadd321ps ymm1, ymm9, ymm15
vfmadd321ps ymm12, ymm2, YWORD [r13]
vfmadd321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd321ps ymm0, Ry(dynreg), ymm8
vfmadd321sd xmm1, xmm9, xmm15
vfmadd321sd xmm12, xmm2, [rax + 8]
vfmadd321sd Rx(dynreg), xmm3, xmm10
vfmadd321sd xmm0, xmm8, QWORD [r12]
vfmadd321ss xmm1, xmm9, xmm15
vfmadd321ss xmm12, xmm2, [rax + 8]
vfmadd321ss Rx(dynreg), xmm3, xmm10
vfmadd321ss xmm0, xmm8, DWORD [r12]
vfmaddsub123pd xmm1, xmm9, xmm15
vfmaddsub123pd xmm12, xmm2, [rax + 8]
vfmaddsub123pd ymm1, ymm9, ymm15
vfmaddsub123pd ymm12, ymm2, YWORD [r13]
vfmaddsub123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub123pd ymm0, Ry(dynreg), ymm8
vfmaddsub123ps xmm1, xmm9, xmm15
vfmaddsub123ps xmm12, xmm2, [rax + 8]
vfmaddsub123ps ymm1, ymm9, ymm15
vfmaddsub123ps ymm12, ymm2, YWORD [r13]
vfmaddsub123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub123ps ymm0, Ry(dynreg), ymm8
vfmaddsub312pd xmm1, xmm9, xmm15
vfmaddsub312pd xmm12, xmm2, [rax + 8]
vfmaddsub312pd ymm1, ymm9, ymm15
vfmaddsub312pd ymm12, ymm2, YWORD [r13]
vfmaddsub312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub312pd ymm0, Ry(dynreg), ymm8
vfmaddsub312ps xmm1, xmm9, xmm15
vfmaddsub312ps xmm12, xmm2, [rax + 8]
vfmaddsub312ps ymm1, ymm9, ymm15
vfmaddsub312ps ymm12, ymm2, YWORD [r13]
vfmaddsub312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub312ps ymm0, Ry(dynreg), ymm8
vfmaddsub321pd xmm1, xmm9, xmm15
vfmaddsub321pd xmm12, xmm2, [rax + 8]
vfmaddsub321pd ymm1, ymm9, ymm15
vfmaddsub321pd ymm12, ymm2, YWORD [r13]
vfmaddsub321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub321pd ymm0, Ry(dynreg), ymm8
vfmaddsub321ps xmm1, xmm9, xmm15
vfmaddsub321ps xmm12, xmm2, [rax + 8]
vfmaddsub321ps ymm1, ymm9, ymm15
vfmaddsub321ps ymm12, ymm2, YWORD [r13]
vfmaddsub321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub321ps ymm0, Ry(dynreg), ymm8
vfmsub123pd xmm1, xmm9, xmm15
vfmsub123pd xmm12, xmm2, [rax + 8]
vfmsub123pd ymm1, ymm9, ymm15
vfmsub123pd ymm12, ymm2, YWORD [r13]
vfmsub123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub123pd ymm0, Ry(dynreg), ymm8
vfmsub123ps xmm1, xmm9, xmm15
vfmsub123ps xmm12, xmm2, [rax + 8]
vfmsub123ps ymm1, ymm9, ymm15
vfmsub123ps ymm12, ymm2, YWORD [r13]
vfmsub123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub123ps ymm0, Ry(dynreg), ymm8
vfmsub123sd xmm1, xmm9, xmm15
vfmsub123sd xmm12, xmm2, [rax + 8]
vfmsub123sd Rx(dynreg), xmm3, xmm10
vfmsub123sd xmm0, xmm8, QWORD [r12]
vfmsub123ss xmm1, xmm9, xmm15
vfmsub123ss xmm12, xmm2, [rax + 8]
vfmsub123ss Rx(dynreg), xmm3, xmm10
vfmsub123ss xmm0, xmm8, DWORD [r12]
vfmsub312pd xmm1, xmm9, xmm15
vfmsub312pd xmm12, xmm2, [rax + 8]
vfmsub312pd ymm1, ymm9, ymm15
vfmsub312pd ymm12, ymm2, YWORD [r13]
vfmsub312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub312pd ymm0, Ry(dynreg), ymm8
vfmsub312ps xmm1, xmm9, xmm15
vfmsub312ps xmm12, xmm2, [rax + 8]
vfmsub312ps ymm1, ymm9, ymm15
vfmsub312ps ymm12, ymm2, YWORD [r13]
vfmsub312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub312ps ymm0, Ry(dynreg), ymm8
vfmsub312sd xmm1, xmm9, xmm15
vfmsub312sd xmm12, xmm2, [rax + 8]
vfmsub312sd Rx(dynreg), xmm3, xmm10
vfmsub312sd xmm0, xmm8, QWORD [r12]
vfmsub312ss xmm1, xmm9, xmm15
vfmsub312ss xmm12, xmm2, [rax + 8]
vfmsub312ss Rx(dynreg), xmm3, xmm10
vfmsub312ss xmm0, xmm8, DWORD [r12]
vfmsub321pd xmm1, xmm9, xmm15
vfmsub321pd xmm12, xmm2, [rax + 8]
vfmsub321pd ymm1, ymm9, ymm15
vfmsub321pd ymm12, ymm2, YWORD [r13]
vfmsub321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub321pd ymm0, Ry(dynreg), ymm8
vfmsub321ps xmm1, xmm9, xmm15
vfmsub321ps xmm12, xmm2, [rax + 8]
vfmsub321ps ymm1, ymm9, ymm15
vfmsub321ps ymm12, ymm2, YWORD [r13]
vfmsub321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub321ps ymm0, Ry(dynreg), ymm8
vfmsub321sd xmm1, xmm9, xmm15
vfmsub321sd xmm12, xmm2, [rax + 8]
vfmsub321sd Rx(dynreg), xmm3, xmm10
vfmsub321sd xmm0, xmm8, QWORD [r12]
vfmsub321ss xmm1, xmm9, xmm15
vfmsub321ss xmm12, xmm2, [rax + 8]
vfmsub321ss Rx(dynreg), xmm3, xmm10
vfmsub321ss xmm0, xmm8, DWORD [r12]
vfmsubadd123pd xmm1, xmm9, xmm15
vfmsubadd123pd xmm12, xmm2, [rax + 8]
vfmsubadd123pd ymm1, ymm9, ymm15
vfmsubadd123pd ymm12, ymm2, YWORD [r13]
vfmsubadd123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd123pd ymm0, Ry(dynreg), ymm8
vfmsubadd123ps xmm1, xmm9, xmm15
vfmsubadd123ps xmm12, xmm2, [rax + 8]
vfmsubadd123ps ymm1, ymm9, ymm15
vfmsubadd123ps ymm12, ymm2, YWORD [r13]
vfmsubadd123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd123ps ymm0, Ry(dynreg), ymm8
vfmsubadd312pd xmm1, xmm9, xmm15
vfmsubadd312pd xmm12, xmm2, [rax + 8]
vfmsubadd312pd ymm1, ymm9, ymm15
vfmsubadd312pd ymm12, ymm2, YWORD [r13]
vfmsubadd312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd312pd ymm0, Ry(dynreg), ymm8
vfmsubadd312ps xmm1, xmm9, xmm15
vfmsubadd312ps xmm12, xmm2, [rax + 8]
vfmsubadd312ps ymm1, ymm9, ymm15
vfmsubadd312ps ymm12, ymm2, YWORD [r13]
vfmsubadd312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd312ps ymm0, Ry(dynreg), ymm8
vfmsubadd321pd xmm1, xmm9, xmm15
vfmsubadd321pd xmm12, xmm2, [rax + 8]
vfmsubadd321pd ymm1, ymm9, ymm15
vfmsubadd321pd ymm12, ymm2, YWORD [r13]
vfmsubadd321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd321pd ymm0, Ry(dynreg), ymm8
vfmsubadd321ps xmm1, xmm9, xmm15
vfmsubadd321ps xmm12, xmm2, [rax + 8]
vfmsubadd321ps ymm1, ymm9, ymm15
vfmsubadd321ps ymm12, ymm2, YWORD [r13]
vfmsubadd321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd321ps ymm0, Ry(dynreg), ymm8
vfnmadd123pd xmm1, xmm9, xmm15
vfnmadd123pd xmm12, xmm2, [rax + 8]
vfnmadd123pd ymm1, ymm9, ymm15
vfnmadd123pd ymm12, ymm2, YWORD [r13]
vfnmadd123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd123pd ymm0, Ry(dynreg), ymm8
vfnmadd123ps xmm1, xmm9, xmm15
vfnmadd123ps xmm12, xmm2, [rax + 8]
vfnmadd123ps ymm1, ymm9, ymm15
vfnmadd123ps ymm12, ymm2, YWORD [r13]
vfnmadd123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd123ps ymm0, Ry(dynreg), ymm8
vfnmadd123sd xmm1, xmm9, xmm15
vfnmadd123sd xmm12, xmm2, [rax + 8]
vfnmadd123sd Rx(dynreg), xmm3, xmm10
vfnmadd123sd xmm0, xmm8, QWORD [r12]
vfnmadd123ss xmm1, xmm9, xmm15
vfnmadd123ss xmm12, xmm2, [rax + 8]
vfnmadd123ss Rx(dynreg), xmm3, xmm10
vfnmadd123ss xmm0, xmm8, DWORD [r12]
vfnmadd312pd xmm1, xmm9, xmm15
vfnmadd312pd xmm12, xmm2, [rax + 8]
vfnmadd312pd ymm1, ymm9, ymm15
vfnmadd312pd ymm12, ymm2, YWORD [r13]
vfnmadd312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd312pd ymm0, Ry(dynreg), ymm8
vfnmadd312ps xmm1, xmm9, xmm15
vfnmadd312ps xmm12, xmm2, [rax + 8]
vfnmadd312ps ymm1, ymm9, ymm15
vfnmadd312ps ymm12, ymm2, YWORD [r13]
vfnmadd312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd312ps ymm0, Ry(dynreg), ymm8
vfnmadd312sd xmm1, xmm9, xmm15
vfnmadd312sd xmm12, xmm2, [rax + 8]
vfnmadd312sd Rx(dynreg), xmm3, xmm10
vfnmadd312sd xmm0, xmm8, QWORD [r12]
vfnmadd312ss xmm1, xmm9, xmm15
vfnmadd312ss xmm12, xmm2, [rax + 8]
vfnmadd312ss Rx(dynreg), xmm3, xmm10
vfnmadd312ss xmm0, xmm8, DWORD [r12]
vfnmadd321pd xmm1, xmm9, xmm15
vfnmadd321pd xmm12, xmm2, [rax + 8]
vfnmadd321pd ymm1, ymm9, ymm15
vfnmadd321pd ymm12, ymm2, YWORD [r13]
vfnmadd321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd321pd ymm0, Ry(dynreg), ymm8
vfnmadd321ps xmm1, xmm9, xmm15
vfnmadd321ps xmm12, xmm2, [rax + 8]
vfnmadd321ps ymm1, ymm9, ymm15
vfnmadd321ps ymm12, ymm2, YWORD [r13]
vfnmadd321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd321ps ymm0, Ry(dynreg), ymm8
vfnmadd321sd xmm1, xmm9, xmm15
vfnmadd321sd xmm12, xmm2, [rax + 8]
vfnmadd321sd Rx(dynreg), xmm3, xmm10
vfnmadd321sd xmm0, xmm8, QWORD [r12]
vfnmadd321ss xmm1, xmm9, xmm15
vfnmadd321ss xmm12, xmm2, [rax + 8]
vfnmadd321ss Rx(dynreg), xmm3, xmm10
vfnmadd321ss xmm0, xmm8, DWORD [r12]
vfnmsub123pd xmm1, xmm9, xmm15
vfnmsub123pd xmm12, xmm2, [rax + 8]
vfnmsub123pd ymm1, ymm9, ymm15
vfnmsub123pd ymm12, ymm2, YWORD [r13]
vfnmsub123pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub123pd ymm0, Ry(dynreg), ymm8
vfnmsub123ps xmm1, xmm9, xmm15
vfnmsub123ps xmm12, xmm2, [rax + 8]
vfnmsub123ps ymm1, ymm9, ymm15
vfnmsub123ps ymm12, ymm2, YWORD [r13]
vfnmsub123ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub123ps ymm0, Ry(dynreg), ymm8
vfnmsub123sd {xmm}, xmm1, xmm2
vfnmsub123sd xmm1, {xmm}, xmm2
vfnmsub123sd xmm1, xmm2, {xmm}
vfnmsub123sd xmm3, xmm9, {m}
vfnmsub123sd ymm1, ymm2, ymm3
vfnmsub123sd xmm1, xmm2, BYTE [rax]
vfnmsub123sd xmm1, xmm2, WORD [rax]
vfnmsub123sd xmm1, xmm2, DWORD [rax]
vfnmsub123sd xmm1, xmm2, QWORD [rax]
vfnmsub123sd xmm1, xmm2, OWORD [rax]
vfnmsub123sd xmm1, xmm2, YWORD [rax]
vfnmsub123sd xmm1, xmm9, xmm15
vfnmsub123sd xmm12, xmm2, [rax + 8]
vfnmsub123sd Rx(dynreg), xmm3, xmm10
vfnmsub123sd xmm0, xmm8, QWORD [r12]
vfnmsub123ss xmm1, xmm9, xmm15
vfnmsub123ss xmm12, xmm2, [rax + 8]
vfnmsub123ss Rx(dynreg), xmm3, xmm10
vfnmsub123ss xmm0, xmm8, DWORD [r12]
vfnmsub312pd xmm1, xmm9, xmm15
vfnmsub312pd xmm12, xmm2, [rax + 8]
vfnmsub312pd ymm1, ymm9, ymm15
vfnmsub312pd ymm12, ymm2, YWORD [r13]
vfnmsub312pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub312pd ymm0, Ry(dynreg), ymm8
vfnmsub312ps xmm1, xmm9, xmm15
vfnmsub312ps xmm12, xmm2, [rax + 8]
vfnmsub312ps ymm1, ymm9, ymm15
vfnmsub312ps ymm12, ymm2, YWORD [r13]
vfnmsub312ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub312ps ymm0, Ry(dynreg), ymm8
vfnmsub312sd xmm1, xmm9, xmm15
vfnmsub312sd xmm12, xmm2, [rax + 8]
vfnmsub312sd Rx(dynreg), xmm3, xmm10
vfnmsub312sd xmm0, xmm8, QWORD [r12]
vfnmsub312ss xmm1, xmm9, xmm15
vfnmsub312ss xmm12, xmm2, [rax + 8]
vfnmsub312ss Rx(dynreg), xmm3, xmm10
vfnmsub312ss xmm0, xmm8, DWORD [r12]
vfnmsub321pd xmm1, xmm9, xmm15
vfnmsub321pd xmm12, xmm2, [rax + 8]
vfnmsub321pd ymm1, ymm9, ymm15
vfnmsub321pd ymm12, ymm2, YWORD [r13]
vfnmsub321pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub321pd ymm0, Ry(dynreg), ymm8
vfnmsub321ps xmm1, xmm9, xmm15
vfnmsub321ps xmm12, xmm2, [rax + 8]
vfnmsub321ps ymm1, ymm9, ymm15
vfnmsub321ps ymm12, ymm2, YWORD [r13]
vfnmsub321ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub321ps ymm0, Ry(dynreg), ymm8
vfnmsub321sd xmm1, xmm9, xmm15
vfnmsub321sd xmm12, xmm2, [rax + 8]
vfnmsub321sd Rx(dynreg), xmm3, xmm10
vfnmsub321sd xmm0, xmm8, QWORD [r12]
vfnmsub321ss xmm1, xmm9, xmm15
vfnmsub321ss xmm12, xmm2, [rax + 8]
vfnmsub321ss Rx(dynreg), xmm3, xmm10
vfnmsub321ss xmm0, xmm8, DWORD [r12]
