# SSE and SSE2 floating point: arithmetic, logic, compares (and their pseudo-ops), shuffles, moves, conversions
addps {xmm}, {xmm}
addps xmm1, {m}
addps xmm1, {m128}
addps xmm1, [->glob]
addpd {xmm}, {xmm}
addpd xmm1, {m}
addpd xmm1, {m128}
addpd xmm1, [->glob]
addss {xmm}, {xmm}
addss xmm1, {m}
addss xmm1, {m32}
addss xmm1, [->glob]
addsd {xmm}, {xmm}
addsd xmm1, {m}
addsd xmm1, {m64}
addsd xmm1, [->glob]
mulps {xmm}, xmm2
mulps xmm3, xmm12
mulps xmm3, [rax + 8]
mulps xmm14, OWORD [r13]
mulps xmm1, BYTE [rax]
mulps xmm1, WORD [rax]
mulps xmm1, DWORD [rax]
mulps xmm1, QWORD [rax]
mulpd {xmm}, xmm2
mulpd xmm3, xmm12
mulpd xmm3, [rax + 8]
mulpd xmm14, OWORD [r13]
mulpd xmm1, BYTE [rax]
mulpd xmm1, WORD [rax]
mulpd xmm1, DWORD [rax]
mulpd xmm1, QWORD [rax]
mulss {xmm}, xmm2
mulss xmm3, xmm12
mulss xmm3, [rax + 8]
mulss xmm14, DWORD [r13]
mulss xmm1, BYTE [rax]
mulss xmm1, WORD [rax]
mulss xmm1, QWORD [rax]
mulss xmm1, OWORD [rax]
mulsd {xmm}, xmm2
mulsd xmm3, xmm12
mulsd xmm3, [rax + 8]
mulsd xmm14, QWORD [r13]
mulsd xmm1, BYTE [rax]
mulsd xmm1, WORD [rax]
mulsd xmm1, DWORD [rax]
mulsd xmm1, OWORD [rax]
subps {xmm}, xmm2
subps xmm3, xmm12
subps xmm3, [rax + 8]
subps xmm14, OWORD [r13]
subps xmm1, BYTE [rax]
subps xmm1, WORD [rax]
subps xmm1, DWORD [rax]
subps xmm1, QWORD [rax]
subpd {xmm}, xmm2
subpd xmm3, xmm12
subpd xmm3, [rax + 8]
subpd xmm14, OWORD [r13]
subpd xmm1, BYTE [rax]
subpd xmm1, WORD [rax]
subpd xmm1, DWORD [rax]
subpd xmm1, QWORD [rax]
subss {xmm}, xmm2
subss xmm3, xmm12
subss xmm3, [rax + 8]
subss xmm14, DWORD [r13]
subss xmm1, BYTE [rax]
subss xmm1, WORD [rax]
subss xmm1, QWORD [rax]
subss xmm1, OWORD [rax]
subsd {xmm}, xmm2
subsd xmm3, xmm12
subsd xmm3, [rax + 8]
subsd xmm14, QWORD [r13]
subsd xmm1, BYTE [rax]
subsd xmm1, WORD [rax]
subsd xmm1, DWORD [rax]
subsd xmm1, OWORD [rax]
minps {xmm}, xmm2
minps xmm3, xmm12
minps xmm3, [rax + 8]
minps xmm14, OWORD [r13]
minps xmm1, BYTE [rax]
minps xmm1, WORD [rax]
minps xmm1, DWORD [rax]
minps xmm1, QWORD [rax]
minpd {xmm}, xmm2
minpd xmm3, xmm12
minpd xmm3, [rax + 8]
minpd xmm14, OWORD [r13]
minpd xmm1, BYTE [rax]
minpd xmm1, WORD [rax]
minpd xmm1, DWORD [rax]
minpd xmm1, QWORD [rax]
minss {xmm}, xmm2
minss xmm3, xmm12
minss xmm3, [rax + 8]
minss xmm14, DWORD [r13]
minss xmm1, BYTE [rax]
minss xmm1, WORD [rax]
minss xmm1, QWORD [rax]
minss xmm1, OWORD [rax]
minsd {xmm}, xmm2
minsd xmm3, xmm12
minsd xmm3, [rax + 8]
minsd xmm14, QWORD [r13]
minsd xmm1, BYTE [rax]
minsd xmm1, WORD [rax]
minsd xmm1, DWORD [rax]
minsd xmm1, OWORD [rax]
divps {xmm}, xmm2
divps xmm3, xmm12
divps xmm3, [rax + 8]
divps xmm14, OWORD [r13]
divps xmm1, BYTE [rax]
divps xmm1, WORD [rax]
divps xmm1, DWORD [rax]
divps xmm1, QWORD [rax]
divpd {xmm}, xmm2
divpd xmm3, xmm12
divpd xmm3, [rax + 8]
divpd xmm14, OWORD [r13]
divpd xmm1, BYTE [rax]
divpd xmm1, WORD [rax]
divpd xmm1, DWORD [rax]
divpd xmm1, QWORD [rax]
divss {xmm}, xmm2
divss xmm3, xmm12
divss xmm3, [rax + 8]
divss xmm14, DWORD [r13]
divss xmm1, BYTE [rax]
divss xmm1, WORD [rax]
divss xmm1, QWORD [rax]
divss xmm1, OWORD [rax]
divsd {xmm}, xmm2
divsd xmm3, xmm12
divsd xmm3, [rax + 8]
divsd xmm14, QWORD [r13]
divsd xmm1, BYTE [rax]
divsd xmm1, WORD [rax]
divsd xmm1, DWORD [rax]
divsd xmm1, OWORD [rax]
maxps {xmm}, xmm2
maxps xmm3, xmm12
maxps xmm3, [rax + 8]
maxps xmm14, OWORD [r13]
maxps xmm1, BYTE [rax]
maxps xmm1, WORD [rax]
maxps xmm1, DWORD [rax]
maxps xmm1, QWORD [rax]
maxpd {xmm}, xmm2
maxpd xmm3, xmm12
maxpd xmm3, [rax + 8]
maxpd xmm14, OWORD [r13]
maxpd xmm1, BYTE [rax]
maxpd xmm1, WORD [rax]
maxpd xmm1, DWORD [rax]
maxpd xmm1, QWORD [rax]
maxss {xmm}, xmm2
maxss xmm3, xmm12
maxss xmm3, [rax + 8]
maxss xmm14, DWORD [r13]
maxss xmm1, BYTE [rax]
maxss xmm1, WORD [rax]
maxss xmm1, QWORD [rax]
maxss xmm1, OWORD [rax]
maxsd {xmm}, xmm2
maxsd xmm3, xmm12
maxsd xmm3, [rax + 8]
maxsd xmm14, QWORD [r13]
maxsd xmm1, BYTE [rax]
maxsd xmm1, WORD [rax]
maxsd xmm1, DWORD [rax]
maxsd xmm1, OWORD [rax]
sqrtps {xmm}, {xmm}
sqrtps xmm1, {m}
sqrtps xmm1, {m128}
sqrtps xmm1, [->glob]
sqrtpd {xmm}, {xmm}
sqrtpd xmm1, {m}
sqrtpd xmm1, {m128}
sqrtpd xmm1, [->glob]
sqrtss {xmm}, {xmm}
sqrtss xmm1, {m}
sqrtss xmm1, {m32}
sqrtss xmm1, [->glob]
sqrtsd {xmm}, {xmm}
sqrtsd xmm1, {m}
sqrtsd xmm1, {m64}
sqrtsd xmm1, [->glob]
andps {xmm}, {xmm}
andps xmm1, {m}
andps xmm1, {m128}
andps xmm1, [->glob]
andpd {xmm}, {xmm}
andpd xmm1, {m}
andpd xmm1, {m128}
andpd xmm1, [->glob]
andnps {xmm}, xmm2
andnps xmm3, xmm12
andnps xmm3, [rax + 8]
andnps xmm14, OWORD [r13]
andnps xmm1, BYTE [rax]
andnps xmm1, WORD [rax]
andnps xmm1, DWORD [rax]
andnps xmm1, QWORD [rax]
andnpd {xmm}, xmm2
andnpd xmm3, xmm12
andnpd xmm3, [rax + 8]
andnpd xmm14, OWORD [r13]
andnpd xmm1, BYTE [rax]
andnpd xmm1, WORD [rax]
andnpd xmm1, DWORD [rax]
andnpd xmm1, QWORD [rax]
orps {xmm}, xmm2
orps xmm3, xmm12
orps xmm3, [rax + 8]
orps xmm14, OWORD [r13]
orps xmm1, BYTE [rax]
orps xmm1, WORD [rax]
orps xmm1, DWORD [rax]
orps xmm1, QWORD [rax]
orpd {xmm}, xmm2
orpd xmm3, xmm12
orpd xmm3, [rax + 8]
orpd xmm14, OWORD [r13]
orpd xmm1, BYTE [rax]
orpd xmm1, WORD [rax]
orpd xmm1, DWORD [rax]
orpd xmm1, QWORD [rax]
xorps {xmm}, xmm2
xorps xmm3, xmm12
xorps xmm3, [rax + 8]
xorps xmm14, OWORD [r13]
xorps xmm1, BYTE [rax]
xorps xmm1, WORD [rax]
xorps xmm1, DWORD [rax]
xorps xmm1, QWORD [rax]
xorpd {xmm}, xmm2
xorpd xmm3, xmm12
xorpd xmm3, [rax + 8]
xorpd xmm14, OWORD [r13]
xorpd xmm1, BYTE [rax]
xorpd xmm1, WORD [rax]
xorpd xmm1, DWORD [rax]
xorpd xmm1, QWORD [rax]
unpcklps {xmm}, xmm2
unpcklps xmm3, xmm12
unpcklps xmm3, [rax + 8]
unpcklps xmm14, OWORD [r13]
unpcklps xmm1, BYTE [rax]
unpcklps xmm1, WORD [rax]
unpcklps xmm1, DWORD [rax]
unpcklps xmm1, QWORD [rax]
unpcklpd {xmm}, xmm2
unpcklpd xmm3, xmm12
unpcklpd xmm3, [rax + 8]
unpcklpd xmm14, OWORD [r13]
unpcklpd xmm1, BYTE [rax]
unpcklpd xmm1, WORD [rax]
unpcklpd xmm1, DWORD [rax]
unpcklpd xmm1, QWORD [rax]
unpckhps {xmm}, xmm2
unpckhps xmm3, xmm12
unpckhps xmm3, [rax + 8]
unpckhps xmm14, OWORD [r13]
unpckhps xmm1, BYTE [rax]
unpckhps xmm1, WORD [rax]
unpckhps xmm1, DWORD [rax]
unpckhps xmm1, QWORD [rax]
unpckhpd {xmm}, xmm2
unpckhpd xmm3, xmm12
unpckhpd xmm3, [rax + 8]
unpckhpd xmm14, OWORD [r13]
unpckhpd xmm1, BYTE [rax]
unpckhpd xmm1, WORD [rax]
unpckhpd xmm1, DWORD [rax]
unpckhpd xmm1, QWORD [rax]
cvtdq2ps {xmm}, xmm2
cvtdq2ps xmm3, xmm12
cvtdq2ps xmm3, [rax + 8]
cvtdq2ps xmm14, OWORD [r13]
cvtdq2ps xmm1, BYTE [rax]
cvtdq2ps xmm1, WORD [rax]
cvtdq2ps xmm1, DWORD [rax]
cvtdq2ps xmm1, QWORD [rax]
cvtps2dq {xmm}, xmm2
cvtps2dq xmm3, xmm12
cvtps2dq xmm3, [rax + 8]
cvtps2dq xmm14, OWORD [r13]
cvtps2dq xmm1, BYTE [rax]
cvtps2dq xmm1, WORD [rax]
cvtps2dq xmm1, DWORD [rax]
cvtps2dq xmm1, QWORD [rax]
rcpps {xmm}, {xmm}
rcpps xmm1, {m}
rcpps xmm1, {m128}
rcpps xmm1, [->glob]
rsqrtps {xmm}, {xmm}
rsqrtps xmm1, {m}
rsqrtps xmm1, {m128}
rsqrtps xmm1, [->glob]
rcpss {xmm}, {xmm}
rcpss xmm1, {m}
rcpss xmm1, {m32}
rcpss xmm1, [->glob]
rsqrtss {xmm}, {xmm}
rsqrtss xmm1, {m}
rsqrtss xmm1, {m32}
rsqrtss xmm1, [->glob]
cmpeqps {xmm}, {xmm}
cmpeqps xmm1, {m}
cmpeqps xmm1, {m128}
cmpeqps xmm1, [->glob]
cmpeqpd {xmm}, {xmm}
cmpeqpd xmm1, {m}
cmpeqpd xmm1, {m128}
cmpeqpd xmm1, [->glob]
cmpeqss {xmm}, {xmm}
cmpeqss xmm1, {m}
cmpeqss xmm1, {m32}
cmpeqss xmm1, [->glob]
cmpeqsd {xmm}, {xmm}
cmpeqsd xmm1, {m}
cmpeqsd xmm1, {m64}
cmpeqsd xmm1, [->glob]
cmpltps {xmm}, xmm2
cmpltps xmm3, xmm12
cmpltps xmm3, [rax + 8]
cmpltps xmm14, OWORD [r13]
cmpltps xmm1, BYTE [rax]
cmpltps xmm1, WORD [rax]
cmpltps xmm1, DWORD [rax]
cmpltps xmm1, QWORD [rax]
cmpltpd {xmm}, xmm2
cmpltpd xmm3, xmm12
cmpltpd xmm3, [rax + 8]
cmpltpd xmm14, OWORD [r13]
cmpltpd xmm1, BYTE [rax]
cmpltpd xmm1, WORD [rax]
cmpltpd xmm1, DWORD [rax]
cmpltpd xmm1, QWORD [rax]
cmpltss {xmm}, xmm2
cmpltss xmm3, xmm12
cmpltss xmm3, [rax + 8]
cmpltss xmm14, DWORD [r13]
cmpltss xmm1, BYTE [rax]
cmpltss xmm1, WORD [rax]
cmpltss xmm1, QWORD [rax]
cmpltss xmm1, OWORD [rax]
cmpltsd {xmm}, xmm2
cmpltsd xmm3, xmm12
cmpltsd xmm3, [rax + 8]
cmpltsd xmm14, QWORD [r13]
cmpltsd xmm1, BYTE [rax]
cmpltsd xmm1, WORD [rax]
cmpltsd xmm1, DWORD [rax]
cmpltsd xmm1, OWORD [rax]
cmpleps {xmm}, xmm2
cmpleps xmm3, xmm12
cmpleps xmm3, [rax + 8]
cmpleps xmm14, OWORD [r13]
cmpleps xmm1, BYTE [rax]
cmpleps xmm1, WORD [rax]
cmpleps xmm1, DWORD [rax]
cmpleps xmm1, QWORD [rax]
cmplepd {xmm}, xmm2
cmplepd xmm3, xmm12
cmplepd xmm3, [rax + 8]
cmplepd xmm14, OWORD [r13]
cmplepd xmm1, BYTE [rax]
cmplepd xmm1, WORD [rax]
cmplepd xmm1, DWORD [rax]
cmplepd xmm1, QWORD [rax]
cmpless {xmm}, xmm2
cmpless xmm3, xmm12
cmpless xmm3, [rax + 8]
cmpless xmm14, DWORD [r13]
cmpless xmm1, BYTE [rax]
cmpless xmm1, WORD [rax]
cmpless xmm1, QWORD [rax]
cmpless xmm1, OWORD [rax]
cmplesd {xmm}, xmm2
cmplesd xmm3, xmm12
cmplesd xmm3, [rax + 8]
cmplesd xmm14, QWORD [r13]
cmplesd xmm1, BYTE [rax]
cmplesd xmm1, WORD [rax]
cmplesd xmm1, DWORD [rax]
cmplesd xmm1, OWORD [rax]
cmpunordps {xmm}, xmm2
cmpunordps xmm3, xmm12
cmpunordps xmm3, [rax + 8]
cmpunordps xmm14, OWORD [r13]
cmpunordps xmm1, BYTE [rax]
cmpunordps xmm1, WORD [rax]
cmpunordps xmm1, DWORD [rax]
cmpunordps xmm1, QWORD [rax]
cmpunordpd {xmm}, xmm2
cmpunordpd xmm3, xmm12
cmpunordpd xmm3, [rax + 8]
cmpunordpd xmm14, OWORD [r13]
cmpunordpd xmm1, BYTE [rax]
cmpunordpd xmm1, WORD [rax]
cmpunordpd xmm1, DWORD [rax]
cmpunordpd xmm1, QWORD [rax]
cmpunordss {xmm}, xmm2
cmpunordss xmm3, xmm12
cmpunordss xmm3, [rax + 8]
cmpunordss xmm14, DWORD [r13]
cmpunordss xmm1, BYTE [rax]
cmpunordss xmm1, WORD [rax]
cmpunordss xmm1, QWORD [rax]
cmpunordss xmm1, OWORD [rax]
cmpunordsd {xmm}, xmm2
cmpunordsd xmm3, xmm12
cmpunordsd xmm3, [rax + 8]
cmpunordsd xmm14, QWORD [r13]
cmpunordsd xmm1, BYTE [rax]
cmpunordsd xmm1, WORD [rax]
cmpunordsd xmm1, DWORD [rax]
cmpunordsd xmm1, OWORD [rax]
cmpneqps {xmm}, xmm2
cmpneqps xmm3, xmm12
cmpneqps xmm3, [rax + 8]
cmpneqps xmm14, OWORD [r13]
cmpneqps xmm1, BYTE [rax]
cmpneqps xmm1, WORD [rax]
cmpneqps xmm1, DWORD [rax]
cmpneqps xmm1, QWORD [rax]
cmpneqpd {xmm}, xmm2
cmpneqpd xmm3, xmm12
cmpneqpd xmm3, [rax + 8]
cmpneqpd xmm14, OWORD [r13]
cmpneqpd xmm1, BYTE [rax]
cmpneqpd xmm1, WORD [rax]
cmpneqpd xmm1, DWORD [rax]
cmpneqpd xmm1, QWORD [rax]
cmpneqss {xmm}, xmm2
cmpneqss xmm3, xmm12
cmpneqss xmm3, [rax + 8]
cmpneqss xmm14, DWORD [r13]
cmpneqss xmm1, BYTE [rax]
cmpneqss xmm1, WORD [rax]
cmpneqss xmm1, QWORD [rax]
cmpneqss xmm1, OWORD [rax]
cmpneqsd {xmm}, xmm2
cmpneqsd xmm3, xmm12
cmpneqsd xmm3, [rax + 8]
cmpneqsd xmm14, QWORD [r13]
cmpneqsd xmm1, BYTE [rax]
cmpneqsd xmm1, WORD [rax]
cmpneqsd xmm1, DWORD [rax]
cmpneqsd xmm1, OWORD [rax]
cmpnltps {xmm}, xmm2
cmpnltps xmm3, xmm12
cmpnltps xmm3, [rax + 8]
cmpnltps xmm14, OWORD [r13]
cmpnltps xmm1, BYTE [rax]
cmpnltps xmm1, WORD [rax]
cmpnltps xmm1, DWORD [rax]
cmpnltps xmm1, QWORD [rax]
cmpnltpd {xmm}, xmm2
cmpnltpd xmm3, xmm12
cmpnltpd xmm3, [rax + 8]
cmpnltpd xmm14, OWORD [r13]
cmpnltpd xmm1, BYTE [rax]
cmpnltpd xmm1, WORD [rax]
cmpnltpd xmm1, DWORD [rax]
cmpnltpd xmm1, QWORD [rax]
cmpnltss {xmm}, xmm2
cmpnltss xmm3, xmm12
cmpnltss xmm3, [rax + 8]
cmpnltss xmm14, DWORD [r13]
cmpnltss xmm1, BYTE [rax]
cmpnltss xmm1, WORD [rax]
cmpnltss xmm1, QWORD [rax]
cmpnltss xmm1, OWORD [rax]
cmpnltsd {xmm}, xmm2
cmpnltsd xmm3, xmm12
cmpnltsd xmm3, [rax + 8]
cmpnltsd xmm14, QWORD [r13]
cmpnltsd xmm1, BYTE [rax]
cmpnltsd xmm1, WORD [rax]
cmpnltsd xmm1, DWORD [rax]
cmpnltsd xmm1, OWORD [rax]
cmpnleps {xmm}, xmm2
cmpnleps xmm3, xmm12
cmpnleps xmm3, [rax + 8]
cmpnleps xmm14, OWORD [r13]
cmpnleps xmm1, BYTE [rax]
cmpnleps xmm1, WORD [rax]
cmpnleps xmm1, DWORD [rax]
cmpnleps xmm1, QWORD [rax]
cmpnlepd {xmm}, xmm2
cmpnlepd xmm3, xmm12
cmpnlepd xmm3, [rax + 8]
cmpnlepd xmm14, OWORD [r13]
cmpnlepd xmm1, BYTE [rax]
cmpnlepd xmm1, WORD [rax]
cmpnlepd xmm1, DWORD [rax]
cmpnlepd xmm1, QWORD [rax]
cmpnless {xmm}, xmm2
cmpnless xmm3, xmm12
cmpnless xmm3, [rax + 8]
cmpnless xmm14, DWORD [r13]
cmpnless xmm1, BYTE [rax]
cmpnless xmm1, WORD [rax]
cmpnless xmm1, QWORD [rax]
cmpnless xmm1, OWORD [rax]
cmpnlesd {xmm}, xmm2
cmpnlesd xmm3, xmm12
cmpnlesd xmm3, [rax + 8]
cmpnlesd xmm14, QWORD [r13]
cmpnlesd xmm1, BYTE [rax]
cmpnlesd xmm1, WORD [rax]
cmpnlesd xmm1, DWORD [rax]
cmpnlesd xmm1, OWORD [rax]
cmpordps {xmm}, xmm2
cmpordps xmm3, xmm12
cmpordps xmm3, [rax + 8]
cmpordps xmm14, OWORD [r13]
cmpordps xmm1, BYTE [rax]
cmpordps xmm1, WORD [rax]
cmpordps xmm1, DWORD [rax]
cmpordps xmm1, QWORD [rax]
cmpordpd {xmm}, xmm2
cmpordpd xmm3, xmm12
cmpordpd xmm3, [rax + 8]
cmpordpd xmm14, OWORD [r13]
cmpordpd xmm1, BYTE [rax]
cmpordpd xmm1, WORD [rax]
cmpordpd xmm1, DWORD [rax]
cmpordpd xmm1, QWORD [rax]
cmpordss {xmm}, xmm2
cmpordss xmm3, xmm12
cmpordss xmm3, [rax + 8]
cmpordss xmm14, DWORD [r13]
cmpordss xmm1, BYTE [rax]
cmpordss xmm1, WORD [rax]
cmpordss xmm1, QWORD [rax]
cmpordss xmm1, OWORD [rax]
cmpordsd {xmm}, xmm2
cmpordsd xmm3, xmm12
cmpordsd xmm3, [rax + 8]
cmpordsd xmm14, QWORD [r13]
cmpordsd xmm1, BYTE [rax]
cmpordsd xmm1, WORD [rax]
cmpordsd xmm1, DWORD [rax]
cmpordsd xmm1, OWORD [rax]
cmpps {xmm}, {xmm}, 1
cmpps xmm1, {m}, 1
cmpps xmm1, {m128}, 1
cmpps xmm1, [->glob], 1
cmpps xmm1, xmm2, {imm8}
cmpps xmm1, [rip + 0x10], {imm8}
cmpps xmm1, OWORD [rax], 1
cmpps xmm1, QWORD [rax], 1
cmpps xmm1, DWORD [rax], 1
cmpps xmm1, xmm2, 0x80
cmppd {xmm}, {xmm}, 1
cmppd xmm1, {m}, 1
cmppd xmm1, {m128}, 1
cmppd xmm1, [->glob], 1
cmppd xmm1, xmm2, {imm8}
cmppd xmm1, [rip + 0x10], {imm8}
cmppd xmm1, OWORD [rax], 1
cmppd xmm1, QWORD [rax], 1
cmppd xmm1, DWORD [rax], 1
cmppd xmm1, xmm2, 0x80
cmpss {xmm}, {xmm}, 1
cmpss xmm1, {m}, 1
cmpss xmm1, {m32}, 1
cmpss xmm1, [->glob], 1
cmpss xmm1, xmm2, {imm8}
cmpss xmm1, [rip + 0x10], {imm8}
cmpss xmm1, OWORD [rax], 1
cmpss xmm1, QWORD [rax], 1
cmpss xmm1, DWORD [rax], 1
cmpss xmm1, xmm2, 0x80
cmpsd {xmm}, {xmm}, 1
cmpsd xmm1, {m}, 1
cmpsd xmm1, {m64}, 1
cmpsd xmm1, [->glob], 1
cmpsd xmm1, xmm2, {imm8}
cmpsd xmm1, [rip + 0x10], {imm8}
cmpsd xmm1, OWORD [rax], 1
cmpsd xmm1, QWORD [rax], 1
cmpsd xmm1, DWORD [rax], 1
cmpsd xmm1, xmm2, 0x80
shufps {xmm}, {xmm}, 1
shufps xmm1, {m}, 1
shufps xmm1, {m128}, 1
shufps xmm1, [->glob], 1
shufps xmm1, xmm2, {imm8}
shufps xmm1, [rip + 0x10], {imm8}
shufps xmm1, OWORD [rax], 1
shufps xmm1, QWORD [rax], 1
shufps xmm1, DWORD [rax], 1
shufps xmm1, xmm2, 0x80
shufpd {xmm}, {xmm}, 1
shufpd xmm1, {m}, 1
shufpd xmm1, {m128}, 1
shufpd xmm1, [->glob], 1
shufpd xmm1, xmm2, {imm8}
shufpd xmm1, [rip + 0x10], {imm8}
shufpd xmm1, OWORD [rax], 1
shufpd xmm1, QWORD [rax], 1
shufpd xmm1, DWORD [rax], 1
shufpd xmm1, xmm2, 0x80
cmpsd
movsd
comiss {xmm}, {xmm}
comiss xmm1, {m}
comiss xmm1, {m32}
comiss xmm1, [->glob]
comiss xmm1, OWORD [rax]
comiss xmm1, QWORD [rax]
ucomiss {xmm}, {xmm}
ucomiss xmm1, {m}
ucomiss xmm1, {m32}
ucomiss xmm1, [->glob]
ucomiss xmm1, OWORD [rax]
ucomiss xmm1, QWORD [rax]
comisd {xmm}, {xmm}
comisd xmm1, {m}
comisd xmm1, {m64}
comisd xmm1, [->glob]
comisd xmm1, OWORD [rax]
comisd xmm1, DWORD [rax]
ucomisd {xmm}, {xmm}
ucomisd xmm1, {m}
ucomisd xmm1, {m64}
ucomisd xmm1, [->glob]
ucomisd xmm1, OWORD [rax]
ucomisd xmm1, DWORD [rax]
movaps {xmm}, {xmm}
movaps xmm1, {m}
movaps xmm1, {m128}
movaps xmm1, [->glob]
movaps {m}, xmm1
movaps {m128}, xmm9
movaps [rax], {xmm}
movaps [->glob], xmm1
movaps QWORD [rax], xmm1
movapd {xmm}, {xmm}
movapd xmm1, {m}
movapd xmm1, {m128}
movapd xmm1, [->glob]
movapd {m}, xmm1
movapd {m128}, xmm9
movapd [rax], {xmm}
movapd [->glob], xmm1
movapd QWORD [rax], xmm1
movups {xmm}, {xmm}
movups xmm1, {m}
movups xmm1, {m128}
movups xmm1, [->glob]
movups {m}, xmm1
movups {m128}, xmm9
movups [rax], {xmm}
movups [->glob], xmm1
movups QWORD [rax], xmm1
movupd {xmm}, {xmm}
movupd xmm1, {m}
movupd xmm1, {m128}
movupd xmm1, [->glob]
movupd {m}, xmm1
movupd {m128}, xmm9
movupd [rax], {xmm}
movupd [->glob], xmm1
movupd QWORD [rax], xmm1
movss {xmm}, {xmm}
movss xmm1, {m}
movss xmm1, {m32}
movss xmm1, [->glob]
movss {m}, xmm1
movss {m32}, xmm9
movss [rax], {xmm}
movss [->glob], xmm1
movss QWORD [rax], xmm1
movsd {xmm}, {xmm}
movsd xmm1, {m}
movsd xmm1, {m64}
movsd xmm1, [->glob]
movsd {m}, xmm1
movsd {m64}, xmm9
movsd [rax], {xmm}
movsd [->glob], xmm1
movsd DWORD [rax], xmm1
movlps {xmm}, [rax]
movlps xmm1, {m}
movlps xmm1, {m64}
movlps {m}, xmm1
movlps {m64}, xmm9
movlps [rax], {xmm}
movlps xmm1, xmm2
movlps xmm1, OWORD [rax]
movlpd {xmm}, [rax]
movlpd xmm1, {m}
movlpd xmm1, {m64}
movlpd {m}, xmm1
movlpd {m64}, xmm9
movlpd [rax], {xmm}
movlpd xmm1, xmm2
movlpd xmm1, OWORD [rax]
movhps {xmm}, [rax]
movhps xmm1, {m}
movhps xmm1, {m64}
movhps {m}, xmm1
movhps {m64}, xmm9
movhps [rax], {xmm}
movhps xmm1, xmm2
movhps xmm1, OWORD [rax]
movhpd {xmm}, [rax]
movhpd xmm1, {m}
movhpd xmm1, {m64}
movhpd {m}, xmm1
movhpd {m64}, xmm9
movhpd [rax], {xmm}
movhpd xmm1, xmm2
movhpd xmm1, OWORD [rax]
movhlps {xmm}, {xmm}
movhlps xmm1, [rax]
movlhps {xmm}, {xmm}
movlhps xmm1, [rax]
movmskps {r32}, xmm1
movmskps {r64}, xmm1
movmskps eax, {xmm}
movmskps r9, {xmm}
movmskps ax, xmm1
movmskps eax, [rax]
movmskpd {r32}, xmm1
movmskpd {r64}, xmm1
movmskpd eax, {xmm}
movmskpd r9, {xmm}
movmskpd ax, xmm1
movmskpd eax, [rax]
movntps {m}, xmm1
movntps {m128}, xmm1
movntps [rax], {xmm}
movntps [->glob], xmm1
movntps QWORD [rax], xmm1
movntps xmm1, xmm2
movntpd {m}, xmm1
movntpd {m128}, xmm1
movntpd [rax], {xmm}
movntpd [->glob], xmm1
movntpd QWORD [rax], xmm1
movntpd xmm1, xmm2
cvtpi2ps {xmm}, mm0
cvtpi2ps {xmm}, mm1
cvtpi2ps {xmm}, mm7
cvtpi2ps xmm1, {m}
cvtpi2ps xmm1, {m64}
cvtpi2ps xmm1, [->glob]
cvtpi2ps xmm1, OWORD [rax]
cvtpi2ps xmm1, DWORD [rax]
cvtpi2pd {xmm}, mm0
cvtpi2pd {xmm}, mm1
cvtpi2pd {xmm}, mm7
cvtpi2pd xmm1, {m}
cvtpi2pd xmm1, {m64}
cvtpi2pd xmm1, [->glob]
cvtpi2pd xmm1, OWORD [rax]
cvtpi2pd xmm1, DWORD [rax]
cvtps2pi mm0, {xmm}
cvtps2pi mm1, {xmm}
cvtps2pi mm7, {xmm}
cvtps2pi mm1, {m}
cvtps2pi mm1, {m64}
cvtps2pi mm1, [->glob]
cvtps2pi mm1, OWORD [rax]
cvtps2pi mm1, QWORD [rax]
cvtps2pi mm1, DWORD [rax]
cvttps2pi mm0, {xmm}
cvttps2pi mm1, {xmm}
cvttps2pi mm7, {xmm}
cvttps2pi mm1, {m}
cvttps2pi mm1, {m64}
cvttps2pi mm1, [->glob]
cvttps2pi mm1, OWORD [rax]
cvttps2pi mm1, QWORD [rax]
cvttps2pi mm1, DWORD [rax]
cvtpd2pi mm0, {xmm}
cvtpd2pi mm1, {xmm}
cvtpd2pi mm7, {xmm}
cvtpd2pi mm1, {m}
cvtpd2pi mm1, {m128}
cvtpd2pi mm1, [->glob]
cvtpd2pi mm1, OWORD [rax]
cvtpd2pi mm1, QWORD [rax]
cvtpd2pi mm1, DWORD [rax]
cvttpd2pi mm0, {xmm}
cvttpd2pi mm1, {xmm}
cvttpd2pi mm7, {xmm}
cvttpd2pi mm1, {m}
cvttpd2pi mm1, {m128}
cvttpd2pi mm1, [->glob]
cvttpd2pi mm1, OWORD [rax]
cvttpd2pi mm1, QWORD [rax]
cvttpd2pi mm1, DWORD [rax]
cvtsi2ss {xmm}, eax
cvtsi2ss xmm1, {r32}
cvtsi2ss xmm1, {r64}
cvtsi2ss xmm9, {r64}
cvtsi2ss xmm1, {m}
cvtsi2ss xmm1, {m32}
cvtsi2ss xmm1, {m64}
cvtsi2ss xmm1, [->glob]
cvtsi2ss xmm1, {r16}
cvtsi2ss xmm1, OWORD [rax]
cvtsi2sd {xmm}, eax
cvtsi2sd xmm1, {r32}
cvtsi2sd xmm1, {r64}
cvtsi2sd xmm9, {r64}
cvtsi2sd xmm1, {m}
cvtsi2sd xmm1, {m32}
cvtsi2sd xmm1, {m64}
cvtsi2sd xmm1, [->glob]
cvtsi2sd xmm1, {r16}
cvtsi2sd xmm1, OWORD [rax]
cvtss2si {r32}, xmm1
cvtss2si eax, {xmm}
cvtss2si r9d, {m}
cvtss2si ecx, {m32}
cvtss2si ecx, [->glob]
cvtss2si ecx, DWORD [rax]
cvtss2si ecx, QWORD [rax]
cvtss2si ecx, OWORD [rax]
cvtss2si {r64}, xmm1
cvtss2si rax, {xmm}
cvtss2si r9, {m}
cvtss2si rcx, {m32}
cvtss2si rcx, [->glob]
cvtss2si rcx, DWORD [rax]
cvtss2si rcx, QWORD [rax]
cvtss2si rcx, OWORD [rax]
cvtss2si ax, xmm1
cvttss2si {r32}, xmm1
cvttss2si eax, {xmm}
cvttss2si r9d, {m}
cvttss2si ecx, {m32}
cvttss2si ecx, [->glob]
cvttss2si ecx, DWORD [rax]
cvttss2si ecx, QWORD [rax]
cvttss2si ecx, OWORD [rax]
cvttss2si {r64}, xmm1
cvttss2si rax, {xmm}
cvttss2si r9, {m}
cvttss2si rcx, {m32}
cvttss2si rcx, [->glob]
cvttss2si rcx, DWORD [rax]
cvttss2si rcx, QWORD [rax]
cvttss2si rcx, OWORD [rax]
cvttss2si ax, xmm1
cvtsd2si {r32}, xmm1
cvtsd2si eax, {xmm}
cvtsd2si r9d, {m}
cvtsd2si ecx, {m64}
cvtsd2si ecx, [->glob]
cvtsd2si ecx, DWORD [rax]
cvtsd2si ecx, QWORD [rax]
cvtsd2si ecx, OWORD [rax]
cvtsd2si {r64}, xmm1
cvtsd2si rax, {xmm}
cvtsd2si r9, {m}
cvtsd2si rcx, {m64}
cvtsd2si rcx, [->glob]
cvtsd2si rcx, DWORD [rax]
cvtsd2si rcx, QWORD [rax]
cvtsd2si rcx, OWORD [rax]
cvtsd2si ax, xmm1
cvttsd2si {r32}, xmm1
cvttsd2si eax, {xmm}
cvttsd2si r9d, {m}
cvttsd2si ecx, {m64}
cvttsd2si ecx, [->glob]
cvttsd2si ecx, DWORD [rax]
cvttsd2si ecx, QWORD [rax]
cvttsd2si ecx, OWORD [rax]
cvttsd2si {r64}, xmm1
cvttsd2si rax, {xmm}
cvttsd2si r9, {m}
cvttsd2si rcx, {m64}
cvttsd2si rcx, [->glob]
cvttsd2si rcx, DWORD [rax]
cvttsd2si rcx, QWORD [rax]
cvttsd2si rcx, OWORD [rax]
cvttsd2si ax, xmm1
cvtps2pd {xmm}, {xmm}
cvtps2pd xmm1, {m}
cvtps2pd xmm1, {m64}
cvtps2pd xmm1, [->glob]
cvtps2pd xmm1, DWORD [rax]
cvtps2pd xmm1, QWORD [rax]
cvtps2pd xmm1, OWORD [rax]
cvtpd2ps {xmm}, {xmm}
cvtpd2ps xmm1, {m}
cvtpd2ps xmm1, {m128}
cvtpd2ps xmm1, [->glob]
cvtpd2ps xmm1, DWORD [rax]
cvtpd2ps xmm1, QWORD [rax]
cvtpd2ps xmm1, OWORD [rax]
cvtss2sd {xmm}, {xmm}
cvtss2sd xmm1, {m}
cvtss2sd xmm1, {m32}
cvtss2sd xmm1, [->glob]
cvtss2sd xmm1, DWORD [rax]
cvtss2sd xmm1, QWORD [rax]
cvtss2sd xmm1, OWORD [rax]
cvtsd2ss {xmm}, {xmm}
cvtsd2ss xmm1, {m}
cvtsd2ss xmm1, {m64}
cvtsd2ss xmm1, [->glob]
cvtsd2ss xmm1, DWORD [rax]
cvtsd2ss xmm1, QWORD [rax]
cvtsd2ss xmm1, OWORD [rax]
cvttps2dq {xmm}, {xmm}
cvttps2dq xmm1, {m}
cvttps2dq xmm1, {m128}
cvttps2dq xmm1, [->glob]
cvttps2dq xmm1, DWORD [rax]
cvttps2dq xmm1, QWORD [rax]
cvttps2dq xmm1, OWORD [rax]
cvtdq2pd {xmm}, {xmm}
cvtdq2pd xmm1, {m}
cvtdq2pd xmm1, {m64}
cvtdq2pd xmm1, [->glob]
cvtdq2pd xmm1, DWORD [rax]
cvtdq2pd xmm1, QWORD [rax]
cvtdq2pd xmm1, OWORD [rax]
cvtpd2dq {xmm}, {xmm}
cvtpd2dq xmm1, {m}
cvtpd2dq xmm1, {m128}
cvtpd2dq xmm1, [->glob]
cvtpd2dq xmm1, DWORD [rax]
cvtpd2dq xmm1, QWORD [rax]
cvtpd2dq xmm1, OWORD [rax]
cvttpd2dq {xmm}, {xmm}
cvttpd2dq xmm1, {m}
cvttpd2dq xmm1, {m128}
cvttpd2dq xmm1, [->glob]
cvttpd2dq xmm1, DWORD [rax]
cvttpd2dq xmm1, QWORD [rax]
cvttpd2dq xmm1, OWORD [rax]
