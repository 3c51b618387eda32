# FMA3 (src/x64/mnemonics/fma.rs). Representatives get the full operand sets.
vfmadd132ps {xmm}, xmm1, xmm2
vfmadd132ps xmm1, {xmm}, xmm2
vfmadd132ps xmm1, xmm2, {xmm}
vfmadd132ps xmm3, xmm9, {m}
vfmadd132ps xmm11, xmm4, {m128}
vfmadd132ps {ymm}, ymm1, ymm2
vfmadd132ps ymm1, {ymm}, ymm2
vfmadd132ps ymm1, ymm2, {ymm}
vfmadd132ps ymm3, ymm9, {m}
vfmadd132ps ymm11, ymm4, {m256}
vfmadd132ps xmm1, ymm2, ymm3
vfmadd132ps ymm1, xmm2, xmm3
vfmadd132ps xmm1, xmm2, BYTE [rax]
vfmadd132ps xmm1, xmm2, WORD [rax]
vfmadd132ps xmm1, xmm2, DWORD [rax]
vfmadd132ps xmm1, xmm2, QWORD [rax]
vfmadd132ps xmm1, xmm2, OWORD [rax]
vfmadd132ps xmm1, xmm2, YWORD [rax]
vfmadd132ps ymm1, ymm2, BYTE [rax]
vfmadd132ps ymm1, ymm2, WORD [rax]
vfmadd132ps ymm1, ymm2, DWORD [rax]
vfmadd132ps ymm1, ymm2, QWORD [rax]
vfmadd132ps ymm1, ymm2, OWORD [rax]
vfmadd132ps ymm1, ymm2, YWORD [rax]
vfmadd231pd {xmm}, xmm1, xmm2
vfmadd231pd xmm1, {xmm}, xmm2
vfmadd231pd xmm1, xmm2, {xmm}
vfmadd231pd xmm3, xmm9, {m}
vfmadd231pd xmm11, xmm4, {m128}
vfmadd231pd {ymm}, ymm1, ymm2
vfmadd231pd ymm1, {ymm}, ymm2
vfmadd231pd ymm1, ymm2, {ymm}
vfmadd231pd ymm3, ymm9, {m}
vfmadd231pd ymm11, ymm4, {m256}
vfmadd231pd xmm1, ymm2, ymm3
vfmadd231pd ymm1, xmm2, xmm3
vfmadd231pd xmm1, xmm2, BYTE [rax]
vfmadd231pd xmm1, xmm2, WORD [rax]
vfmadd231pd xmm1, xmm2, DWORD [rax]
vfmadd231pd xmm1, xmm2, QWORD [rax]
vfmadd231pd xmm1, xmm2, OWORD [rax]
vfmadd231pd xmm1, xmm2, YWORD [rax]
vfmadd231pd ymm1, ymm2, BYTE [rax]
vfmadd231pd ymm1, ymm2, WORD [rax]
vfmadd231pd ymm1, ymm2, DWORD [rax]
vfmadd231pd ymm1, ymm2, QWORD [rax]
vfmadd231pd ymm1, ymm2, OWORD [rax]
vfmadd231pd ymm1, ymm2, YWORD [rax]
vfmadd132ss {xmm}, xmm1, xmm2
vfmadd132ss xmm1, {xmm}, xmm2
vfmadd132ss xmm1, xmm2, {xmm}
vfmadd132ss xmm3, xmm9, {m}
vfmadd132ss ymm1, ymm2, ymm3
vfmadd132ss xmm1, xmm2, BYTE [rax]
vfmadd132ss xmm1, xmm2, WORD [rax]
vfmadd132ss xmm1, xmm2, DWORD [rax]
vfmadd132ss xmm1, xmm2, QWORD [rax]
vfmadd132ss xmm1, xmm2, OWORD [rax]
vfmadd132ss xmm1, xmm2, YWORD [rax]
vfnmsub213sd {xmm}, xmm1, xmm2
vfnmsub213sd xmm1, {xmm}, xmm2
vfnmsub213sd xmm1, xmm2, {xmm}
vfnmsub213sd xmm3, xmm9, {m}
vfnmsub213sd ymm1, ymm2, ymm3
vfnmsub213sd xmm1, xmm2, BYTE [rax]
vfnmsub213sd xmm1, xmm2, WORD [rax]
vfnmsub213sd xmm1, xmm2, DWORD [rax]
vfnmsub213sd xmm1, xmm2, QWORD [rax]
vfnmsub213sd xmm1, xmm2, OWORD [rax]
vfnmsub213sd xmm1, xmm2, YWORD [rax]
vfmadd132ps xmm1, xmm9, xmm15
vfmadd132ps xmm12, xmm2, [rax + 8]
vfmadd132ps ymm1, ymm9, ymm15
vfmadd132ps ymm12, ymm2, YWORD [r13]
vfmadd132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd132ps ymm0, Ry(dynreg), ymm8
vfmadd132pd xmm1, xmm9, xmm15
vfmadd132pd xmm12, xmm2, [rax + 8]
vfmadd132pd ymm1, ymm9, ymm15
vfmadd132pd ymm12, ymm2, YWORD [r13]
vfmadd132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd132pd ymm0, Ry(dynreg), ymm8
vfmadd213ps xmm1, xmm9, xmm15
vfmadd213ps xmm12, xmm2, [rax + 8]
vfmadd213ps ymm1, ymm9, ymm15
vfmadd213ps ymm12, ymm2, YWORD [r13]
vfmadd213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd213ps ymm0, Ry(dynreg), ymm8
vfmadd213pd xmm1, xmm9, xmm15
vfmadd213pd xmm12, xmm2, [rax + 8]
vfmadd213pd ymm1, ymm9, ymm15
vfmadd213pd ymm12, ymm2, YWORD [r13]
vfmadd213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd213pd ymm0, Ry(dynreg), ymm8
vfmadd231ps xmm1, xmm9, xmm15
vfmadd231ps xmm12, xmm2, [rax + 8]
vfmadd231ps ymm1, ymm9, ymm15
vfmadd231ps ymm12, ymm2, YWORD [r13]
vfmadd231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd231ps ymm0, Ry(dynreg), ymm8
vfmadd231pd xmm1, xmm9, xmm15
vfmadd231pd xmm12, xmm2, [rax + 8]
vfmadd231pd ymm1, ymm9, ymm15
vfmadd231pd ymm12, ymm2, YWORD [r13]
vfmadd231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmadd231pd ymm0, Ry(dynreg), ymm8
vfmaddsub132ps xmm1, xmm9, xmm15
vfmaddsub132ps xmm12, xmm2, [rax + 8]
vfmaddsub132ps ymm1, ymm9, ymm15
vfmaddsub132ps ymm12, ymm2, YWORD [r13]
vfmaddsub132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub132ps ymm0, Ry(dynreg), ymm8
vfmaddsub132pd xmm1, xmm9, xmm15
vfmaddsub132pd xmm12, xmm2, [rax + 8]
vfmaddsub132pd ymm1, ymm9, ymm15
vfmaddsub132pd ymm12, ymm2, YWORD [r13]
vfmaddsub132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub132pd ymm0, Ry(dynreg), ymm8
vfmaddsub213ps xmm1, xmm9, xmm15
vfmaddsub213ps xmm12, xmm2, [rax + 8]
vfmaddsub213ps ymm1, ymm9, ymm15
vfmaddsub213ps ymm12, ymm2, YWORD [r13]
vfmaddsub213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub213ps ymm0, Ry(dynreg), ymm8
vfmaddsub213pd xmm1, xmm9, xmm15
vfmaddsub213pd xmm12, xmm2, [rax + 8]
vfmaddsub213pd ymm1, ymm9, ymm15
vfmaddsub213pd ymm12, ymm2, YWORD [r13]
vfmaddsub213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub213pd ymm0, Ry(dynreg), ymm8
vfmaddsub231ps xmm1, xmm9, xmm15
vfmaddsub231ps xmm12, xmm2, [rax + 8]
vfmaddsub231ps ymm1, ymm9, ymm15
vfmaddsub231ps ymm12, ymm2, YWORD [r13]
vfmaddsub231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub231ps ymm0, Ry(dynreg), ymm8
vfmaddsub231pd xmm1, xmm9, xmm15
vfmaddsub231pd xmm12, xmm2, [rax + 8]
vfmaddsub231pd ymm1, ymm9, ymm15
vfmaddsub231pd ymm12, ymm2, YWORD [r13]
vfmaddsub231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmaddsub231pd ymm0, Ry(dynreg), ymm8
vfmsubadd132ps xmm1, xmm9, xmm15
vfmsubadd132ps xmm12, xmm2, [rax + 8]
vfmsubadd132ps ymm1, ymm9, ymm15
vfmsubadd132ps ymm12, ymm2, YWORD [r13]
vfmsubadd132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd132ps ymm0, Ry(dynreg), ymm8
vfmsubadd132pd xmm1, xmm9, xmm15
vfmsubadd132pd xmm12, xmm2, [rax + 8]
vfmsubadd132pd ymm1, ymm9, ymm15
vfmsubadd132pd ymm12, ymm2, YWORD [r13]
vfmsubadd132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd132pd ymm0, Ry(dynreg), ymm8
vfmsubadd213ps xmm1, xmm9, xmm15
vfmsubadd213ps xmm12, xmm2, [rax + 8]
vfmsubadd213ps ymm1, ymm9, ymm15
vfmsubadd213ps ymm12, ymm2, YWORD [r13]
vfmsubadd213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd213ps ymm0, Ry(dynreg), ymm8
vfmsubadd213pd xmm1, xmm9, xmm15
vfmsubadd213pd xmm12, xmm2, [rax + 8]
vfmsubadd213pd ymm1, ymm9, ymm15
vfmsubadd213pd ymm12, ymm2, YWORD [r13]
vfmsubadd213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd213pd ymm0, Ry(dynreg), ymm8
vfmsubadd231ps xmm1, xmm9, xmm15
vfmsubadd231ps xmm12, xmm2, [rax + 8]
vfmsubadd231ps ymm1, ymm9, ymm15
vfmsubadd231ps ymm12, ymm2, YWORD [r13]
vfmsubadd231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd231ps ymm0, Ry(dynreg), ymm8
vfmsubadd231pd xmm1, xmm9, xmm15
vfmsubadd231pd xmm12, xmm2, [rax + 8]
vfmsubadd231pd ymm1, ymm9, ymm15
vfmsubadd231pd ymm12, ymm2, YWORD [r13]
vfmsubadd231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsubadd231pd ymm0, Ry(dynreg), ymm8
vfmsub132ps xmm1, xmm9, xmm15
vfmsub132ps xmm12, xmm2, [rax + 8]
vfmsub132ps ymm1, ymm9, ymm15
vfmsub132ps ymm12, ymm2, YWORD [r13]
vfmsub132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub132ps ymm0, Ry(dynreg), ymm8
vfmsub132pd xmm1, xmm9, xmm15
vfmsub132pd xmm12, xmm2, [rax + 8]
vfmsub132pd ymm1, ymm9, ymm15
vfmsub132pd ymm12, ymm2, YWORD [r13]
vfmsub132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub132pd ymm0, Ry(dynreg), ymm8
vfmsub213ps xmm1, xmm9, xmm15
vfmsub213ps xmm12, xmm2, [rax + 8]
vfmsub213ps ymm1, ymm9, ymm15
vfmsub213ps ymm12, ymm2, YWORD [r13]
vfmsub213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub213ps ymm0, Ry(dynreg), ymm8
vfmsub213pd xmm1, xmm9, xmm15
vfmsub213pd xmm12, xmm2, [rax + 8]
vfmsub213pd ymm1, ymm9, ymm15
vfmsub213pd ymm12, ymm2, YWORD [r13]
vfmsub213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub213pd ymm0, Ry(dynreg), ymm8
vfmsub231ps xmm1, xmm9, xmm15
vfmsub231ps xmm12, xmm2, [rax + 8]
vfmsub231ps ymm1, ymm9, ymm15
vfmsub231ps ymm12, ymm2, YWORD [r13]
vfmsub231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub231ps ymm0, Ry(dynreg), ymm8
vfmsub231pd xmm1, xmm9, xmm15
vfmsub231pd xmm12, xmm2, [rax + 8]
vfmsub231pd ymm1, ymm9, ymm15
vfmsub231pd ymm12, ymm2, YWORD [r13]
vfmsub231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfmsub231pd ymm0, Ry(dynreg), ymm8
vfnmadd132ps xmm1, xmm9, xmm15
vfnmadd132ps xmm12, xmm2, [rax + 8]
vfnmadd132ps ymm1, ymm9, ymm15
vfnmadd132ps ymm12, ymm2, YWORD [r13]
vfnmadd132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd132ps ymm0, Ry(dynreg), ymm8
vfnmadd132pd xmm1, xmm9, xmm15
vfnmadd132pd xmm12, xmm2, [rax + 8]
vfnmadd132pd ymm1, ymm9, ymm15
vfnmadd132pd ymm12, ymm2, YWORD [r13]
vfnmadd132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd132pd ymm0, Ry(dynreg), ymm8
vfnmadd213ps xmm1, xmm9, xmm15
vfnmadd213ps xmm12, xmm2, [rax + 8]
vfnmadd213ps ymm1, ymm9, ymm15
vfnmadd213ps ymm12, ymm2, YWORD [r13]
vfnmadd213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd213ps ymm0, Ry(dynreg), ymm8
vfnmadd213pd xmm1, xmm9, xmm15
vfnmadd213pd xmm12, xmm2, [rax + 8]
vfnmadd213pd ymm1, ymm9, ymm15
vfnmadd213pd ymm12, ymm2, YWORD [r13]
vfnmadd213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd213pd ymm0, Ry(dynreg), ymm8
vfnmadd231ps xmm1, xmm9, xmm15
vfnmadd231ps xmm12, xmm2, [rax + 8]
vfnmadd231ps ymm1, ymm9, ymm15
vfnmadd231ps ymm12, ymm2, YWORD [r13]
vfnmadd231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd231ps ymm0, Ry(dynreg), ymm8
vfnmadd231pd xmm1, xmm9, xmm15
vfnmadd231pd xmm12, xmm2, [rax + 8]
vfnmadd231pd ymm1, ymm9, ymm15
vfnmadd231pd ymm12, ymm2, YWORD [r13]
vfnmadd231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmadd231pd ymm0, Ry(dynreg), ymm8
vfnmsub132ps xmm1, xmm9, xmm15
vfnmsub132ps xmm12, xmm2, [rax + 8]
vfnmsub132ps ymm1, ymm9, ymm15
vfnmsub132ps ymm12, ymm2, YWORD [r13]
vfnmsub132ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub132ps ymm0, Ry(dynreg), ymm8
vfnmsub132pd xmm1, xmm9, xmm15
vfnmsub132pd xmm12, xmm2, [rax + 8]
vfnmsub132pd ymm1, ymm9, ymm15
vfnmsub132pd ymm12, ymm2, YWORD [r13]
vfnmsub132pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub132pd ymm0, Ry(dynreg), ymm8
vfnmsub213ps xmm1, xmm9, xmm15
vfnmsub213ps xmm12, xmm2, [rax + 8]
vfnmsub213ps ymm1, ymm9, ymm15
vfnmsub213ps ymm12, ymm2, YWORD [r13]
vfnmsub213ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub213ps ymm0, Ry(dynreg), ymm8
vfnmsub213pd xmm1, xmm9, xmm15
vfnmsub213pd xmm12, xmm2, [rax + 8]
vfnmsub213pd ymm1, ymm9, ymm15
vfnmsub213pd ymm12, ymm2, YWORD [r13]
vfnmsub213pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub213pd ymm0, Ry(dynreg), ymm8
vfnmsub231ps xmm1, xmm9, xmm15
vfnmsub231ps xmm12, xmm2, [rax + 8]
vfnmsub231ps ymm1, ymm9, ymm15
vfnmsub231ps ymm12, ymm2, YWORD [r13]
vfnmsub231ps Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub231ps ymm0, Ry(dynreg), ymm8
vfnmsub231pd xmm1, xmm9, xmm15
vfnmsub231pd xmm12, xmm2, [rax + 8]
vfnmsub231pd ymm1, ymm9, ymm15
vfnmsub231pd ymm12, ymm2, YWORD [r13]
vfnmsub231pd Rx(dynreg), xmm3, [Rq(dynreg)]
vfnmsub231pd ymm0, Ry(dynreg), ymm8
vfmadd132ss xmm1, xmm9, xmm15
vfmadd132ss xmm12, xmm2, [rax + 8]
vfmadd132ss Rx(dynreg), xmm3, xmm10
vfmadd132ss xmm0, xmm8, DWORD [r12]
vfmadd132sd xmm1, xmm9, xmm15
vfmadd132sd xmm12, xmm2, [rax + 8]
vfmadd132sd Rx(dynreg), xmm3, xmm10
vfmadd132sd xmm0, xmm8, QWORD [r12]
vfmadd213ss xmm1, xmm9, xmm15
vfmadd213ss xmm12, xmm2, [rax + 8]
vfmadd213ss Rx(dynreg), xmm3, xmm10
vfmadd213ss xmm0, xmm8, DWORD [r12]
vfmadd213sd xmm1, xmm9, xmm15
vfmadd213sd xmm12, xmm2, [rax + 8]
vfmadd213sd Rx(dynreg), xmm3, xmm10
vfmadd213sd xmm0, xmm8, QWORD [r12]
vfmadd231ss xmm1, xmm9, xmm15
vfmadd231ss xmm12, xmm2, [rax + 8]
vfmadd231ss Rx(dynreg), xmm3, xmm10
vfmadd231ss xmm0, xmm8, DWORD [r12]
vfmadd231sd xmm1, xmm9, xmm15
vfmadd231sd xmm12, xmm2, [rax + 8]
vfmadd231sd Rx(dynreg), xmm3, xmm10
vfmadd231sd xmm0, xmm8, QWORD [r12]
vfmsub132ss xmm1, xmm9, xmm15
vfmsub132ss xmm12, xmm2, [rax + 8]
vfmsub132ss Rx(dynreg), xmm3, xmm10
vfmsub132ss xmm0, xmm8, DWORD [r12]
vfmsub132sd xmm1, xmm9, xmm15
vfmsub132sd xmm12, xmm2, [rax + 8]
vfmsub132sd Rx(dynreg), xmm3, xmm10
vfmsub132sd xmm0, xmm8, QWORD [r12]
vfmsub213ss xmm1, xmm9, xmm15
vfmsub213ss xmm12, xmm2, [rax + 8]
vfmsub213ss Rx(dynreg), xmm3, xmm10
vfmsub213ss xmm0, xmm8, DWORD [r12]
vfmsub213sd xmm1, xmm9, xmm15
vfmsub213sd xmm12, xmm2, [rax + 8]
vfmsub213sd Rx(dynreg), xmm3, xmm10
vfmsub213sd xmm0, xmm8, QWORD [r12]
vfmsub231ss xmm1, xmm9, xmm15
vfmsub231ss xmm12, xmm2, [rax + 8]
vfmsub231ss Rx(dynreg), xmm3, xmm10
vfmsub231ss xmm0, xmm8, DWORD [r12]
vfmsub231sd xmm1, xmm9, xmm15
vfmsub231sd xmm12, xmm2, [rax + 8]
vfmsub231sd Rx(dynreg), xmm3, xmm10
vfmsub231sd xmm0, xmm8, QWORD [r12]
vfnmadd132ss xmm1, xmm9, xmm15
vfnmadd132ss xmm12, xmm2, [rax + 8]
vfnmadd132ss Rx(dynreg), xmm3, xmm10
vfnmadd132ss xmm0, xmm8, DWORD [r12]
vfnmadd132sd xmm1, xmm9, xmm15
vfnmadd132sd xmm12, xmm2, [rax + 8]
vfnmadd132sd Rx(dynreg), xmm3, xmm10
vfnmadd132sd xmm0, xmm8, QWORD [r12]
vfnmadd213ss xmm1, xmm9, xmm15
vfnmadd213ss xmm12, xmm2, [rax + 8]
vfnmadd213ss Rx(dynreg), xmm3, xmm10
vfnmadd213ss xmm0, xmm8, DWORD [r12]
vfnmadd213sd xmm1, xmm9, xmm15
vfnmadd213sd xmm12, xmm2, [rax + 8]
vfnmadd213sd Rx(dynreg), xmm3, xmm10
vfnmadd213sd xmm0, xmm8, QWORD [r12]
vfnmadd231ss xmm1, xmm9, xmm15
vfnmadd231ss xmm12, xmm2, [rax + 8]
vfnmadd231ss Rx(dynreg), xmm3, xmm10
vfnmadd231ss xmm0, xmm8, DWORD [r12]
vfnmadd231sd xmm1, xmm9, xmm15
vfnmadd231sd xmm12, xmm2, [rax + 8]
vfnmadd231sd Rx(dynreg), xmm3, xmm10
vfnmadd231sd xmm0, xmm8, QWORD [r12]
vfnmsub132ss xmm1, xmm9, xmm15
vfnmsub132ss xmm12, xmm2, [rax + 8]
vfnmsub132ss Rx(dynreg), xmm3, xmm10
vfnmsub132ss xmm0, xmm8, DWORD [r12]
vfnmsub132sd xmm1, xmm9, xmm15
vfnmsub132sd xmm12, xmm2, [rax + 8]
vfnmsub132sd Rx(dynreg), xmm3, xmm10
vfnmsub132sd xmm0, xmm8, QWORD [r12]
vfnmsub213ss xmm1, xmm9, xmm15
vfnmsub213ss xmm12, xmm2, [rax + 8]
vfnmsub213ss Rx(dynreg), xmm3, xmm10
vfnmsub213ss xmm0, xmm8, DWORD [r12]
vfnmsub213sd xmm1, xmm9, xmm15
vfnmsub213sd xmm12, xmm2, [rax + 8]
vfnmsub213sd Rx(dynreg), xmm3, xmm10
vfnmsub213sd xmm0, xmm8, QWORD [r12]
vfnmsub231ss xmm1, xmm9, xmm15
vfnmsub231ss xmm12, xmm2, [rax + 8]
vfnmsub231ss Rx(dynreg), xmm3, xmm10
vfnmsub231ss xmm0, xmm8, DWORD [r12]
vfnmsub231sd xmm1, xmm9, xmm15
vfnmsub231sd xmm12, xmm2, [rax + 8]
vfnmsub231sd Rx(dynreg), xmm3, xmm10
vfnmsub231sd xmm0, xmm8, QWORD [r12]
