# AVX2 gathers with VSIB memory (src/x64/mnemonics/avx2.rs). `vm32x`/`vm32y` placeholders stand for
# the VSIB shapes with an xmm/ymm index (no size keyword); sizes are tried explicitly.
vgatherdps {xmm}, [rax + xmm1*4], xmm2
vgatherdps xmm0, {vm32x}, xmm2
vgatherdps xmm0, [rax + xmm1*4], {xmm}
vgatherdps xmm0, [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdps xmm8, [r9 + xmm10*2 + 0x100], xmm11
vgatherdps xmm0, [xmm9], xmm2
vgatherdps xmm0, [xmm1 + rax], xmm2
vgatherdps xmm0, [rip + xmm1], xmm2
vgatherdps xmm0, [rax + xmm1*4 + i32v], xmm2
vgatherdps {ymm}, [rax + ymm1*4], ymm2
vgatherdps ymm0, {vm32y}, ymm2
vgatherdps ymm0, [rax + ymm1*4], {ymm}
vgatherdps ymm0, [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, BYTE [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, WORD [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, DWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, QWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, OWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm0, YWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherdps ymm8, [r9 + ymm10*2 + 0x100], ymm11
vgatherdps ymm0, [ymm9], ymm2
vgatherdps ymm0, [ymm1 + rax], ymm2
vgatherdps ymm0, [rip + ymm1], ymm2
vgatherdps ymm0, [rax + ymm1*4 + i32v], ymm2
vgatherdps xmm0, [rax + rcx*4], xmm2
vgatherdps xmm0, [rax], xmm2
vgatherdps ymm0, [rax + ymm1*4], xmm2
vgatherdps xmm0, [rax + ymm1*4], ymm2
vgatherdps ymm0, [rax + xmm1*4], xmm2
vgatherdps xmm0, [rax + xmm1*4]
vgatherdps ymm0, [rax + xmm1*4], ymm2
vgatherdps xmm0, [rax + ymm1*4], xmm2
vgatherdpd {xmm}, [rax + xmm1*4], xmm2
vgatherdpd xmm0, {vm32x}, xmm2
vgatherdpd xmm0, [rax + xmm1*4], {xmm}
vgatherdpd xmm0, [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherdpd xmm8, [r9 + xmm10*2 + 0x100], xmm11
vgatherdpd xmm0, [xmm9], xmm2
vgatherdpd xmm0, [xmm1 + rax], xmm2
vgatherdpd xmm0, [rip + xmm1], xmm2
vgatherdpd xmm0, [rax + xmm1*4 + i32v], xmm2
vgatherdpd {ymm}, [rax + xmm1*4], ymm2
vgatherdpd ymm0, {vm32x}, ymm2
vgatherdpd ymm0, [rax + xmm1*4], {ymm}
vgatherdpd ymm0, [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, BYTE [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, WORD [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, DWORD [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, QWORD [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, OWORD [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm0, YWORD [rcx + xmm3*8 + 0x10], ymm2
vgatherdpd ymm8, [r9 + xmm10*2 + 0x100], ymm11
vgatherdpd ymm0, [xmm9], ymm2
vgatherdpd ymm0, [xmm1 + rax], ymm2
vgatherdpd ymm0, [rip + xmm1], ymm2
vgatherdpd ymm0, [rax + xmm1*4 + i32v], ymm2
vgatherdpd xmm0, [rax + rcx*4], xmm2
vgatherdpd xmm0, [rax], xmm2
vgatherdpd ymm0, [rax + ymm1*4], xmm2
vgatherdpd xmm0, [rax + ymm1*4], ymm2
vgatherdpd ymm0, [rax + xmm1*4], xmm2
vgatherdpd xmm0, [rax + xmm1*4]
vgatherdpd ymm0, [rax + ymm1*4], ymm2
vgatherqps {xmm}, [rax + xmm1*4], xmm2
vgatherqps xmm0, {vm32x}, xmm2
vgatherqps xmm0, [rax + xmm1*4], {xmm}
vgatherqps xmm0, [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqps xmm8, [r9 + xmm10*2 + 0x100], xmm11
vgatherqps xmm0, [xmm9], xmm2
vgatherqps xmm0, [xmm1 + rax], xmm2
vgatherqps xmm0, [rip + xmm1], xmm2
vgatherqps xmm0, [rax + xmm1*4 + i32v], xmm2
vgatherqps {xmm}, [rax + ymm1*4], xmm2
vgatherqps xmm0, {vm32y}, xmm2
vgatherqps xmm0, [rax + ymm1*4], {xmm}
vgatherqps xmm0, [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, BYTE [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, WORD [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, DWORD [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, QWORD [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, OWORD [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm0, YWORD [rcx + ymm3*8 + 0x10], xmm2
vgatherqps xmm8, [r9 + ymm10*2 + 0x100], xmm11
vgatherqps xmm0, [ymm9], xmm2
vgatherqps xmm0, [ymm1 + rax], xmm2
vgatherqps xmm0, [rip + ymm1], xmm2
vgatherqps xmm0, [rax + ymm1*4 + i32v], xmm2
vgatherqps xmm0, [rax + rcx*4], xmm2
vgatherqps xmm0, [rax], xmm2
vgatherqps ymm0, [rax + ymm1*4], xmm2
vgatherqps xmm0, [rax + ymm1*4], ymm2
vgatherqps ymm0, [rax + xmm1*4], xmm2
vgatherqps xmm0, [rax + xmm1*4]
vgatherqps ymm0, [rax + ymm1*4], ymm2
vgatherqpd {xmm}, [rax + xmm1*4], xmm2
vgatherqpd xmm0, {vm32x}, xmm2
vgatherqpd xmm0, [rax + xmm1*4], {xmm}
vgatherqpd xmm0, [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vgatherqpd xmm8, [r9 + xmm10*2 + 0x100], xmm11
vgatherqpd xmm0, [xmm9], xmm2
vgatherqpd xmm0, [xmm1 + rax], xmm2
vgatherqpd xmm0, [rip + xmm1], xmm2
vgatherqpd xmm0, [rax + xmm1*4 + i32v], xmm2
vgatherqpd {ymm}, [rax + ymm1*4], ymm2
vgatherqpd ymm0, {vm32y}, ymm2
vgatherqpd ymm0, [rax + ymm1*4], {ymm}
vgatherqpd ymm0, [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, BYTE [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, WORD [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, DWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, QWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, OWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm0, YWORD [rcx + ymm3*8 + 0x10], ymm2
vgatherqpd ymm8, [r9 + ymm10*2 + 0x100], ymm11
vgatherqpd ymm0, [ymm9], ymm2
vgatherqpd ymm0, [ymm1 + rax], ymm2
vgatherqpd ymm0, [rip + ymm1], ymm2
vgatherqpd ymm0, [rax + ymm1*4 + i32v], ymm2
vgatherqpd xmm0, [rax + rcx*4], xmm2
vgatherqpd xmm0, [rax], xmm2
vgatherqpd ymm0, [rax + ymm1*4], xmm2
vgatherqpd xmm0, [rax + ymm1*4], ymm2
vgatherqpd ymm0, [rax + xmm1*4], xmm2
vgatherqpd xmm0, [rax + xmm1*4]
vgatherqpd ymm0, [rax + xmm1*4], ymm2
vgatherqpd xmm0, [rax + ymm1*4], xmm2
vpgatherdd {xmm}, [rax + xmm1*4], xmm2
vpgatherdd xmm0, {vm32x}, xmm2
vpgatherdd xmm0, [rax + xmm1*4], {xmm}
vpgatherdd xmm0, [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdd xmm8, [r9 + xmm10*2 + 0x100], xmm11
vpgatherdd xmm0, [xmm9], xmm2
vpgatherdd xmm0, [xmm1 + rax], xmm2
vpgatherdd xmm0, [rip + xmm1], xmm2
vpgatherdd xmm0, [rax + xmm1*4 + i32v], xmm2
vpgatherdd {ymm}, [rax + ymm1*4], ymm2
vpgatherdd ymm0, {vm32y}, ymm2
vpgatherdd ymm0, [rax + ymm1*4], {ymm}
vpgatherdd ymm0, [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, BYTE [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, WORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, DWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, QWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, OWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm0, YWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherdd ymm8, [r9 + ymm10*2 + 0x100], ymm11
vpgatherdd ymm0, [ymm9], ymm2
vpgatherdd ymm0, [ymm1 + rax], ymm2
vpgatherdd ymm0, [rip + ymm1], ymm2
vpgatherdd ymm0, [rax + ymm1*4 + i32v], ymm2
vpgatherdd xmm0, [rax + rcx*4], xmm2
vpgatherdd xmm0, [rax], xmm2
vpgatherdd ymm0, [rax + ymm1*4], xmm2
vpgatherdd xmm0, [rax + ymm1*4], ymm2
vpgatherdd ymm0, [rax + xmm1*4], xmm2
vpgatherdd xmm0, [rax + xmm1*4]
vpgatherdd ymm0, [rax + xmm1*4], ymm2
vpgatherdd xmm0, [rax + ymm1*4], xmm2
vpgatherdq {xmm}, [rax + xmm1*4], xmm2
vpgatherdq xmm0, {vm32x}, xmm2
vpgatherdq xmm0, [rax + xmm1*4], {xmm}
vpgatherdq xmm0, [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherdq xmm8, [r9 + xmm10*2 + 0x100], xmm11
vpgatherdq xmm0, [xmm9], xmm2
vpgatherdq xmm0, [xmm1 + rax], xmm2
vpgatherdq xmm0, [rip + xmm1], xmm2
vpgatherdq xmm0, [rax + xmm1*4 + i32v], xmm2
vpgatherdq {ymm}, [rax + xmm1*4], ymm2
vpgatherdq ymm0, {vm32x}, ymm2
vpgatherdq ymm0, [rax + xmm1*4], {ymm}
vpgatherdq ymm0, [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, BYTE [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, WORD [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, DWORD [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, QWORD [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, OWORD [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm0, YWORD [rcx + xmm3*8 + 0x10], ymm2
vpgatherdq ymm8, [r9 + xmm10*2 + 0x100], ymm11
vpgatherdq ymm0, [xmm9], ymm2
vpgatherdq ymm0, [xmm1 + rax], ymm2
vpgatherdq ymm0, [rip + xmm1], ymm2
vpgatherdq ymm0, [rax + xmm1*4 + i32v], ymm2
vpgatherdq xmm0, [rax + rcx*4], xmm2
vpgatherdq xmm0, [rax], xmm2
vpgatherdq ymm0, [rax + ymm1*4], xmm2
vpgatherdq xmm0, [rax + ymm1*4], ymm2
vpgatherdq ymm0, [rax + xmm1*4], xmm2
vpgatherdq xmm0, [rax + xmm1*4]
vpgatherdq ymm0, [rax + ymm1*4], ymm2
vpgatherqd {xmm}, [rax + xmm1*4], xmm2
vpgatherqd xmm0, {vm32x}, xmm2
vpgatherqd xmm0, [rax + xmm1*4], {xmm}
vpgatherqd xmm0, [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqd xmm8, [r9 + xmm10*2 + 0x100], xmm11
vpgatherqd xmm0, [xmm9], xmm2
vpgatherqd xmm0, [xmm1 + rax], xmm2
vpgatherqd xmm0, [rip + xmm1], xmm2
vpgatherqd xmm0, [rax + xmm1*4 + i32v], xmm2
vpgatherqd {xmm}, [rax + ymm1*4], xmm2
vpgatherqd xmm0, {vm32y}, xmm2
vpgatherqd xmm0, [rax + ymm1*4], {xmm}
vpgatherqd xmm0, [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, BYTE [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, WORD [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, DWORD [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, QWORD [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, OWORD [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm0, YWORD [rcx + ymm3*8 + 0x10], xmm2
vpgatherqd xmm8, [r9 + ymm10*2 + 0x100], xmm11
vpgatherqd xmm0, [ymm9], xmm2
vpgatherqd xmm0, [ymm1 + rax], xmm2
vpgatherqd xmm0, [rip + ymm1], xmm2
vpgatherqd xmm0, [rax + ymm1*4 + i32v], xmm2
vpgatherqd xmm0, [rax + rcx*4], xmm2
vpgatherqd xmm0, [rax], xmm2
vpgatherqd ymm0, [rax + ymm1*4], xmm2
vpgatherqd xmm0, [rax + ymm1*4], ymm2
vpgatherqd ymm0, [rax + xmm1*4], xmm2
vpgatherqd xmm0, [rax + xmm1*4]
vpgatherqd ymm0, [rax + ymm1*4], ymm2
vpgatherqq {xmm}, [rax + xmm1*4], xmm2
vpgatherqq xmm0, {vm32x}, xmm2
vpgatherqq xmm0, [rax + xmm1*4], {xmm}
vpgatherqq xmm0, [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, BYTE [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, WORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, DWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, QWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, OWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm0, YWORD [rcx + xmm3*8 + 0x10], xmm2
vpgatherqq xmm8, [r9 + xmm10*2 + 0x100], xmm11
vpgatherqq xmm0, [xmm9], xmm2
vpgatherqq xmm0, [xmm1 + rax], xmm2
vpgatherqq xmm0, [rip + xmm1], xmm2
vpgatherqq xmm0, [rax + xmm1*4 + i32v], xmm2
vpgatherqq {ymm}, [rax + ymm1*4], ymm2
vpgatherqq ymm0, {vm32y}, ymm2
vpgatherqq ymm0, [rax + ymm1*4], {ymm}
vpgatherqq ymm0, [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, BYTE [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, WORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, DWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, QWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, OWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm0, YWORD [rcx + ymm3*8 + 0x10], ymm2
vpgatherqq ymm8, [r9 + ymm10*2 + 0x100], ymm11
vpgatherqq ymm0, [ymm9], ymm2
vpgatherqq ymm0, [ymm1 + rax], ymm2
vpgatherqq ymm0, [rip + ymm1], ymm2
vpgatherqq ymm0, [rax + ymm1*4 + i32v], ymm2
vpgatherqq xmm0, [rax + rcx*4], xmm2
vpgatherqq xmm0, [rax], xmm2
vpgatherqq ymm0, [rax + ymm1*4], xmm2
vpgatherqq xmm0, [rax + ymm1*4], ymm2
vpgatherqq ymm0, [rax + xmm1*4], xmm2
vpgatherqq xmm0, [rax + xmm1*4]
vpgatherqq ymm0, [rax + xmm1*4], ymm2
vpgatherqq xmm0, [rax + ymm1*4], xmm2
