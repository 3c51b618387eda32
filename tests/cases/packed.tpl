# MMX and SSE2 packed-integer instructions (src/x64/mnemonics/packed.rs).
emms
# Full memory coverage on a few mnemonics; the others share the encoder's memory path.
paddb {mm}, {m}
paddb {xmm}, {m}
pxor {mm}, {m64}
pxor {xmm}, {m128}
psllw {mm}, {m}
psrad {xmm}, {m}
packsswb {mm}, {mm}
packsswb {mm}, [r9 + rcx*2 + 8]
packsswb mm2, QWORD [rip + 0x10]
packsswb {xmm}, {xmm}
packsswb {xmm}, [rax + r12*4 - 0x80]
packsswb xmm10, OWORD [Rq(dynreg)]
packssdw {mm}, {mm}
packssdw {mm}, [r9 + rcx*2 + 8]
packssdw mm2, QWORD [rip + 0x10]
packssdw {xmm}, {xmm}
packssdw {xmm}, [rax + r12*4 - 0x80]
packssdw xmm10, OWORD [Rq(dynreg)]
packuswb {mm}, {mm}
packuswb {mm}, [r9 + rcx*2 + 8]
packuswb mm2, QWORD [rip + 0x10]
packuswb {xmm}, {xmm}
packuswb {xmm}, [rax + r12*4 - 0x80]
packuswb xmm10, OWORD [Rq(dynreg)]
paddb {mm}, {mm}
paddb {mm}, [r9 + rcx*2 + 8]
paddb mm2, QWORD [rip + 0x10]
paddb {xmm}, {xmm}
paddb {xmm}, [rax + r12*4 - 0x80]
paddb xmm10, OWORD [Rq(dynreg)]
paddw {mm}, {mm}
paddw {mm}, [r9 + rcx*2 + 8]
paddw mm2, QWORD [rip + 0x10]
paddw {xmm}, {xmm}
paddw {xmm}, [rax + r12*4 - 0x80]
paddw xmm10, OWORD [Rq(dynreg)]
paddd {mm}, {mm}
paddd {mm}, [r9 + rcx*2 + 8]
paddd mm2, QWORD [rip + 0x10]
paddd {xmm}, {xmm}
paddd {xmm}, [rax + r12*4 - 0x80]
paddd xmm10, OWORD [Rq(dynreg)]
paddq {mm}, {mm}
paddq {mm}, [r9 + rcx*2 + 8]
paddq mm2, QWORD [rip + 0x10]
paddq {xmm}, {xmm}
paddq {xmm}, [rax + r12*4 - 0x80]
paddq xmm10, OWORD [Rq(dynreg)]
paddsb {mm}, {mm}
paddsb {mm}, [r9 + rcx*2 + 8]
paddsb mm2, QWORD [rip + 0x10]
paddsb {xmm}, {xmm}
paddsb {xmm}, [rax + r12*4 - 0x80]
paddsb xmm10, OWORD [Rq(dynreg)]
paddsw {mm}, {mm}
paddsw {mm}, [r9 + rcx*2 + 8]
paddsw mm2, QWORD [rip + 0x10]
paddsw {xmm}, {xmm}
paddsw {xmm}, [rax + r12*4 - 0x80]
paddsw xmm10, OWORD [Rq(dynreg)]
paddusb {mm}, {mm}
paddusb {mm}, [r9 + rcx*2 + 8]
paddusb mm2, QWORD [rip + 0x10]
paddusb {xmm}, {xmm}
paddusb {xmm}, [rax + r12*4 - 0x80]
paddusb xmm10, OWORD [Rq(dynreg)]
paddusw {mm}, {mm}
paddusw {mm}, [r9 + rcx*2 + 8]
paddusw mm2, QWORD [rip + 0x10]
paddusw {xmm}, {xmm}
paddusw {xmm}, [rax + r12*4 - 0x80]
paddusw xmm10, OWORD [Rq(dynreg)]
psubb {mm}, {mm}
psubb {mm}, [r9 + rcx*2 + 8]
psubb mm2, QWORD [rip + 0x10]
psubb {xmm}, {xmm}
psubb {xmm}, [rax + r12*4 - 0x80]
psubb xmm10, OWORD [Rq(dynreg)]
psubw {mm}, {mm}
psubw {mm}, [r9 + rcx*2 + 8]
psubw mm2, QWORD [rip + 0x10]
psubw {xmm}, {xmm}
psubw {xmm}, [rax + r12*4 - 0x80]
psubw xmm10, OWORD [Rq(dynreg)]
psubd {mm}, {mm}
psubd {mm}, [r9 + rcx*2 + 8]
psubd mm2, QWORD [rip + 0x10]
psubd {xmm}, {xmm}
psubd {xmm}, [rax + r12*4 - 0x80]
psubd xmm10, OWORD [Rq(dynreg)]
psubq {mm}, {mm}
psubq {mm}, [r9 + rcx*2 + 8]
psubq mm2, QWORD [rip + 0x10]
psubq {xmm}, {xmm}
psubq {xmm}, [rax + r12*4 - 0x80]
psubq xmm10, OWORD [Rq(dynreg)]
psubsb {mm}, {mm}
psubsb {mm}, [r9 + rcx*2 + 8]
psubsb mm2, QWORD [rip + 0x10]
psubsb {xmm}, {xmm}
psubsb {xmm}, [rax + r12*4 - 0x80]
psubsb xmm10, OWORD [Rq(dynreg)]
psubsw {mm}, {mm}
psubsw {mm}, [r9 + rcx*2 + 8]
psubsw mm2, QWORD [rip + 0x10]
psubsw {xmm}, {xmm}
psubsw {xmm}, [rax + r12*4 - 0x80]
psubsw xmm10, OWORD [Rq(dynreg)]
psubusb {mm}, {mm}
psubusb {mm}, [r9 + rcx*2 + 8]
psubusb mm2, QWORD [rip + 0x10]
psubusb {xmm}, {xmm}
psubusb {xmm}, [rax + r12*4 - 0x80]
psubusb xmm10, OWORD [Rq(dynreg)]
psubusw {mm}, {mm}
psubusw {mm}, [r9 + rcx*2 + 8]
psubusw mm2, QWORD [rip + 0x10]
psubusw {xmm}, {xmm}
psubusw {xmm}, [rax + r12*4 - 0x80]
psubusw xmm10, OWORD [Rq(dynreg)]
pcmpeqb {mm}, {mm}
pcmpeqb {mm}, [r9 + rcx*2 + 8]
pcmpeqb mm2, QWORD [rip + 0x10]
pcmpeqb {xmm}, {xmm}
pcmpeqb {xmm}, [rax + r12*4 - 0x80]
pcmpeqb xmm10, OWORD [Rq(dynreg)]
pcmpeqw {mm}, {mm}
pcmpeqw {mm}, [r9 + rcx*2 + 8]
pcmpeqw mm2, QWORD [rip + 0x10]
pcmpeqw {xmm}, {xmm}
pcmpeqw {xmm}, [rax + r12*4 - 0x80]
pcmpeqw xmm10, OWORD [Rq(dynreg)]
pcmpeqd {mm}, {mm}
pcmpeqd {mm}, [r9 + rcx*2 + 8]
pcmpeqd mm2, QWORD [rip + 0x10]
pcmpeqd {xmm}, {xmm}
pcmpeqd {xmm}, [rax + r12*4 - 0x80]
pcmpeqd xmm10, OWORD [Rq(dynreg)]
pcmpgtb {mm}, {mm}
pcmpgtb {mm}, [r9 + rcx*2 + 8]
pcmpgtb mm2, QWORD [rip + 0x10]
pcmpgtb {xmm}, {xmm}
pcmpgtb {xmm}, [rax + r12*4 - 0x80]
pcmpgtb xmm10, OWORD [Rq(dynreg)]
pcmpgtw {mm}, {mm}
pcmpgtw {mm}, [r9 + rcx*2 + 8]
pcmpgtw mm2, QWORD [rip + 0x10]
pcmpgtw {xmm}, {xmm}
pcmpgtw {xmm}, [rax + r12*4 - 0x80]
pcmpgtw xmm10, OWORD [Rq(dynreg)]
pcmpgtd {mm}, {mm}
pcmpgtd {mm}, [r9 + rcx*2 + 8]
pcmpgtd mm2, QWORD [rip + 0x10]
pcmpgtd {xmm}, {xmm}
pcmpgtd {xmm}, [rax + r12*4 - 0x80]
pcmpgtd xmm10, OWORD [Rq(dynreg)]
pmaddwd {mm}, {mm}
pmaddwd {mm}, [r9 + rcx*2 + 8]
pmaddwd mm2, QWORD [rip + 0x10]
pmaddwd {xmm}, {xmm}
pmaddwd {xmm}, [rax + r12*4 - 0x80]
pmaddwd xmm10, OWORD [Rq(dynreg)]
pmulhw {mm}, {mm}
pmulhw {mm}, [r9 + rcx*2 + 8]
pmulhw mm2, QWORD [rip + 0x10]
pmulhw {xmm}, {xmm}
pmulhw {xmm}, [rax + r12*4 - 0x80]
pmulhw xmm10, OWORD [Rq(dynreg)]
pmullw {mm}, {mm}
pmullw {mm}, [r9 + rcx*2 + 8]
pmullw mm2, QWORD [rip + 0x10]
pmullw {xmm}, {xmm}
pmullw {xmm}, [rax + r12*4 - 0x80]
pmullw xmm10, OWORD [Rq(dynreg)]
pmuludq {mm}, {mm}
pmuludq {mm}, [r9 + rcx*2 + 8]
pmuludq mm2, QWORD [rip + 0x10]
pmuludq {xmm}, {xmm}
pmuludq {xmm}, [rax + r12*4 - 0x80]
pmuludq xmm10, OWORD [Rq(dynreg)]
pmulhuw {mm}, {mm}
pmulhuw {mm}, [r9 + rcx*2 + 8]
pmulhuw mm2, QWORD [rip + 0x10]
pmulhuw {xmm}, {xmm}
pmulhuw {xmm}, [rax + r12*4 - 0x80]
pmulhuw xmm10, OWORD [Rq(dynreg)]
pand {mm}, {mm}
pand {mm}, [r9 + rcx*2 + 8]
pand mm2, QWORD [rip + 0x10]
pand {xmm}, {xmm}
pand {xmm}, [rax + r12*4 - 0x80]
pand xmm10, OWORD [Rq(dynreg)]
pandn {mm}, {mm}
pandn {mm}, [r9 + rcx*2 + 8]
pandn mm2, QWORD [rip + 0x10]
pandn {xmm}, {xmm}
pandn {xmm}, [rax + r12*4 - 0x80]
pandn xmm10, OWORD [Rq(dynreg)]
por {mm}, {mm}
por {mm}, [r9 + rcx*2 + 8]
por mm2, QWORD [rip + 0x10]
por {xmm}, {xmm}
por {xmm}, [rax + r12*4 - 0x80]
por xmm10, OWORD [Rq(dynreg)]
pxor {mm}, {mm}
pxor {mm}, [r9 + rcx*2 + 8]
pxor mm2, QWORD [rip + 0x10]
pxor {xmm}, {xmm}
pxor {xmm}, [rax + r12*4 - 0x80]
pxor xmm10, OWORD [Rq(dynreg)]
punpckhbw {mm}, {mm}
punpckhbw {mm}, [r9 + rcx*2 + 8]
punpckhbw mm2, QWORD [rip + 0x10]
punpckhbw {xmm}, {xmm}
punpckhbw {xmm}, [rax + r12*4 - 0x80]
punpckhbw xmm10, OWORD [Rq(dynreg)]
punpckhwd {mm}, {mm}
punpckhwd {mm}, [r9 + rcx*2 + 8]
punpckhwd mm2, QWORD [rip + 0x10]
punpckhwd {xmm}, {xmm}
punpckhwd {xmm}, [rax + r12*4 - 0x80]
punpckhwd xmm10, OWORD [Rq(dynreg)]
punpckhdq {mm}, {mm}
punpckhdq {mm}, [r9 + rcx*2 + 8]
punpckhdq mm2, QWORD [rip + 0x10]
punpckhdq {xmm}, {xmm}
punpckhdq {xmm}, [rax + r12*4 - 0x80]
punpckhdq xmm10, OWORD [Rq(dynreg)]
punpcklbw {mm}, {mm}
punpcklbw {mm}, [r9 + rcx*2 + 8]
punpcklbw mm2, QWORD [rip + 0x10]
punpcklbw {xmm}, {xmm}
punpcklbw {xmm}, [rax + r12*4 - 0x80]
punpcklbw xmm10, OWORD [Rq(dynreg)]
punpcklwd {mm}, {mm}
punpcklwd {mm}, [r9 + rcx*2 + 8]
punpcklwd mm2, QWORD [rip + 0x10]
punpcklwd {xmm}, {xmm}
punpcklwd {xmm}, [rax + r12*4 - 0x80]
punpcklwd xmm10, OWORD [Rq(dynreg)]
punpckldq {mm}, {mm}
punpckldq {mm}, [r9 + rcx*2 + 8]
punpckldq mm2, QWORD [rip + 0x10]
punpckldq {xmm}, {xmm}
punpckldq {xmm}, [rax + r12*4 - 0x80]
punpckldq xmm10, OWORD [Rq(dynreg)]
pavgb {mm}, {mm}
pavgb {mm}, [r9 + rcx*2 + 8]
pavgb mm2, QWORD [rip + 0x10]
pavgb {xmm}, {xmm}
pavgb {xmm}, [rax + r12*4 - 0x80]
pavgb xmm10, OWORD [Rq(dynreg)]
pavgw {mm}, {mm}
pavgw {mm}, [r9 + rcx*2 + 8]
pavgw mm2, QWORD [rip + 0x10]
pavgw {xmm}, {xmm}
pavgw {xmm}, [rax + r12*4 - 0x80]
pavgw xmm10, OWORD [Rq(dynreg)]
pmaxsw {mm}, {mm}
pmaxsw {mm}, [r9 + rcx*2 + 8]
pmaxsw mm2, QWORD [rip + 0x10]
pmaxsw {xmm}, {xmm}
pmaxsw {xmm}, [rax + r12*4 - 0x80]
pmaxsw xmm10, OWORD [Rq(dynreg)]
pmaxub {mm}, {mm}
pmaxub {mm}, [r9 + rcx*2 + 8]
pmaxub mm2, QWORD [rip + 0x10]
pmaxub {xmm}, {xmm}
pmaxub {xmm}, [rax + r12*4 - 0x80]
pmaxub xmm10, OWORD [Rq(dynreg)]
pminsw {mm}, {mm}
pminsw {mm}, [r9 + rcx*2 + 8]
pminsw mm2, QWORD [rip + 0x10]
pminsw {xmm}, {xmm}
pminsw {xmm}, [rax + r12*4 - 0x80]
pminsw xmm10, OWORD [Rq(dynreg)]
pminub {mm}, {mm}
pminub {mm}, [r9 + rcx*2 + 8]
pminub mm2, QWORD [rip + 0x10]
pminub {xmm}, {xmm}
pminub {xmm}, [rax + r12*4 - 0x80]
pminub xmm10, OWORD [Rq(dynreg)]
psadbw {mm}, {mm}
psadbw {mm}, [r9 + rcx*2 + 8]
psadbw mm2, QWORD [rip + 0x10]
psadbw {xmm}, {xmm}
psadbw {xmm}, [rax + r12*4 - 0x80]
psadbw xmm10, OWORD [Rq(dynreg)]
punpckhqdq {xmm}, {xmm}
punpckhqdq {xmm}, [rax + r12*4 - 0x80]
punpckhqdq xmm10, OWORD [Rq(dynreg)]
punpckhqdq mm1, mm2
punpcklqdq {xmm}, {xmm}
punpcklqdq {xmm}, [rax + r12*4 - 0x80]
punpcklqdq xmm10, OWORD [Rq(dynreg)]
punpcklqdq mm1, mm2
psllw {mm}, {imm8}
psllw {mm}, {mm}
psllw mm4, [r9 + rcx*2 + 8]
psllw mm4, QWORD [rax]
psllw {xmm}, {imm8}
psllw {xmm}, {xmm}
psllw xmm9, [r9 + rcx*2 + 8]
psllw xmm2, OWORD [rax]
psllw mm1, 0x80
psllw xmm1, i32v
psllw xmm1, QWORD [rax]
pslld {mm}, {imm8}
pslld {mm}, {mm}
pslld mm4, [r9 + rcx*2 + 8]
pslld mm4, QWORD [rax]
pslld {xmm}, {imm8}
pslld {xmm}, {xmm}
pslld xmm9, [r9 + rcx*2 + 8]
pslld xmm2, OWORD [rax]
pslld mm1, 0x80
pslld xmm1, i32v
pslld xmm1, QWORD [rax]
psllq {mm}, {imm8}
psllq {mm}, {mm}
psllq mm4, [r9 + rcx*2 + 8]
psllq mm4, QWORD [rax]
psllq {xmm}, {imm8}
psllq {xmm}, {xmm}
psllq xmm9, [r9 + rcx*2 + 8]
psllq xmm2, OWORD [rax]
psllq mm1, 0x80
psllq xmm1, i32v
psllq xmm1, QWORD [rax]
psrlw {mm}, {imm8}
psrlw {mm}, {mm}
psrlw mm4, [r9 + rcx*2 + 8]
psrlw mm4, QWORD [rax]
psrlw {xmm}, {imm8}
psrlw {xmm}, {xmm}
psrlw xmm9, [r9 + rcx*2 + 8]
psrlw xmm2, OWORD [rax]
psrlw mm1, 0x80
psrlw xmm1, i32v
psrlw xmm1, QWORD [rax]
psrld {mm}, {imm8}
psrld {mm}, {mm}
psrld mm4, [r9 + rcx*2 + 8]
psrld mm4, QWORD [rax]
psrld {xmm}, {imm8}
psrld {xmm}, {xmm}
psrld xmm9, [r9 + rcx*2 + 8]
psrld xmm2, OWORD [rax]
psrld mm1, 0x80
psrld xmm1, i32v
psrld xmm1, QWORD [rax]
psrlq {mm}, {imm8}
psrlq {mm}, {mm}
psrlq mm4, [r9 + rcx*2 + 8]
psrlq mm4, QWORD [rax]
psrlq {xmm}, {imm8}
psrlq {xmm}, {xmm}
psrlq xmm9, [r9 + rcx*2 + 8]
psrlq xmm2, OWORD [rax]
psrlq mm1, 0x80
psrlq xmm1, i32v
psrlq xmm1, QWORD [rax]
psraw {mm}, {imm8}
psraw {mm}, {mm}
psraw mm4, [r9 + rcx*2 + 8]
psraw mm4, QWORD [rax]
psraw {xmm}, {imm8}
psraw {xmm}, {xmm}
psraw xmm9, [r9 + rcx*2 + 8]
psraw xmm2, OWORD [rax]
psraw mm1, 0x80
psraw xmm1, i32v
psraw xmm1, QWORD [rax]
psrad {mm}, {imm8}
psrad {mm}, {mm}
psrad mm4, [r9 + rcx*2 + 8]
psrad mm4, QWORD [rax]
psrad {xmm}, {imm8}
psrad {xmm}, {xmm}
psrad xmm9, [r9 + rcx*2 + 8]
psrad xmm2, OWORD [rax]
psrad mm1, 0x80
psrad xmm1, i32v
psrad xmm1, QWORD [rax]
pslldq {xmm}, {imm8}
pslldq xmm1, xmm2
pslldq mm1, 1
pslldq xmm1, 0x80
psrldq {xmm}, {imm8}
psrldq xmm1, xmm2
psrldq mm1, 1
psrldq xmm1, 0x80
# movd: 32-bit moves, and the REX.W forms with mm.
movd {mm}, {r32}
movd {mm}, {m}
movd mm1, {m32}
movd {mm}, {r64}
movd mm1, {m64}
movd {xmm}, {r32}
movd {xmm}, {m}
movd xmm1, {m32}
movd xmm1, rax
movd xmm1, QWORD [rax]
movd {r32}, {mm}
movd {m}, mm1
movd {m32}, mm1
movd {r64}, {mm}
movd {m64}, mm1
movd {r32}, {xmm}
movd {m}, xmm1
movd {m32}, {xmm}
movd rax, xmm1
movd QWORD [rax], xmm1
movd mm1, mm2
movd xmm1, xmm2
movd mm1, ax
movd WORD [rax], mm1
# movq: every form, and the choice between the loads and stores.
movq {mm}, {mm}
movq {mm}, {m}
movq mm1, {m64}
movq mm1, DWORD [rax]
movq {mm}, {r64}
movq mm1, eax
movq {xmm}, {m}
movq xmm1, {m64}
movq {xmm}, {r64}
movq xmm1, eax
movq {xmm}, {xmm}
movq {m}, {mm}
movq {m64}, mm1
movq {r64}, {mm}
movq {m}, {xmm}
movq {m64}, xmm1
movq {r64}, {xmm}
movq OWORD [rax], xmm1
movq xmm1, mm1
movq mm1, xmm1
# movdqa/movdqu/movntq/movntdq/movdq2q/movq2dq/maskmov*
movdqa {xmm}, {xmm}
movdqa {xmm}, {m}
movdqa xmm1, {m128}
movdqa {m}, {xmm}
movdqa {m128}, xmm1
movdqa xmm1, QWORD [rax]
movdqu {xmm}, {xmm}
movdqu {xmm}, {m}
movdqu xmm1, {m128}
movdqu {m}, {xmm}
movdqu {m128}, xmm1
movntq {m}, {mm}
movntq {m64}, mm1
movntq mm1, mm2
movntq OWORD [rax], mm1
movntdq {m}, {xmm}
movntdq {m128}, xmm1
movntdq QWORD [rax], xmm1
movntdq xmm1, xmm2
movdq2q {mm}, {xmm}
movq2dq {xmm}, {mm}
movdq2q mm1, [rax]
movq2dq xmm1, [rax]
maskmovq {mm}, {mm}
maskmovdqu {xmm}, {xmm}
maskmovq mm1, [rax]
maskmovdqu xmm1, [rax]
# Word insert/extract, mask, shuffles.
pextrw {r32}, {mm}, {imm8}
pextrw {r32}, {xmm}, {imm8}
pextrw {r64}, {xmm}, 1
pextrw {m}, {xmm}, 1
pextrw {m16}, xmm1, 1
pextrw rax, mm1, 1
pextrw DWORD [rax], xmm1, 1
pextrw QWORD [rax], xmm1, 1
pextrw ax, xmm1, 1
pextrw eax, xmm1, i32v
pinsrw {mm}, {r32}, {imm8}
pinsrw mm1, {r16}, 1
pinsrw {mm}, {m}, 1
pinsrw mm1, {m16}, 1
pinsrw {xmm}, {r32}, {imm8}
pinsrw xmm1, {r16}, 1
pinsrw {xmm}, {m}, 1
pinsrw xmm1, {m16}, 1
pinsrw mm1, rax, 1
pinsrw xmm1, DWORD [rax], 1
pinsrw xmm1, QWORD [rax], 1
pmovmskb {r32}, {mm}
pmovmskb {r32}, {xmm}
pmovmskb rax, mm1
pmovmskb rax, xmm1
pmovmskb eax, [rax]
pshufw {mm}, {mm}, {imm8}
pshufw mm1, {m}, 1
pshufw mm1, {m64}, 1
pshufw mm1, OWORD [rax], 1
pshufd {xmm}, {xmm}, {imm8}
pshufd xmm1, {m}, 1
pshufd xmm1, {m128}, 1
pshufd xmm1, QWORD [rax], 1
pshufhw {xmm}, {xmm}, {imm8}
pshufhw xmm1, {m}, 1
pshufhw xmm1, {m128}, 1
pshuflw {xmm}, {xmm}, {imm8}
pshuflw xmm1, {m}, 1
pshuflw xmm1, {m128}, 1
# Segment override and address-size prefixes with a mandatory prefix.
fs paddb xmm1, [rax]
fs movq [rax], xmm1
movq xmm1, [eax]
movdqu xmm1, [ecx + 4]
pshufhw xmm9, [r9d], 1
# Labels as rip-relative memory.
movdqa xmm1, [->glob]
movq mm1, [>fwd]
pshufd xmm1, [<back], 1
pextrw [=>dynl], xmm1, 1
movq [->glob], xmm1
