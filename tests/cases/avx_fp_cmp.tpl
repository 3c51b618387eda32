# AVX compare pseudo-ops vcmp<pred>ps/pd/ss/sd (predicate as the trailing byte)
vcmpeqps {xmm}, {xmm}, {xmm}
vcmpeqps xmm1, xmm2, {m}
vcmpeqps xmm1, xmm2, {m128}
vcmpeqps xmm1, xmm2, QWORD [rax]
vcmpeqps xmm1, xmm2, YWORD [rax]
vcmpeqps xmm1, ymm2, xmm3
vcmpeqps ymm1, xmm2, xmm3
vcmpeqps {ymm}, {ymm}, {ymm}
vcmpeqps ymm1, ymm2, {m}
vcmpeqps ymm1, ymm2, {m256}
vcmpeqps ymm1, ymm2, OWORD [rax]
vcmpeqpd {xmm}, {xmm}, {xmm}
vcmpeqpd xmm1, xmm2, {m}
vcmpeqpd xmm1, xmm2, {m128}
vcmpeqpd xmm1, xmm2, QWORD [rax]
vcmpeqpd xmm1, xmm2, YWORD [rax]
vcmpeqpd xmm1, ymm2, xmm3
vcmpeqpd ymm1, xmm2, xmm3
vcmpeqpd {ymm}, {ymm}, {ymm}
vcmpeqpd ymm1, ymm2, {m}
vcmpeqpd ymm1, ymm2, {m256}
vcmpeqpd ymm1, ymm2, OWORD [rax]
vcmpeqss {xmm}, {xmm}, {xmm}
vcmpeqss xmm1, xmm2, {m}
vcmpeqss xmm1, xmm2, {m32}
vcmpeqss xmm1, xmm2, BYTE [rax]
vcmpeqss xmm1, xmm2, WORD [rax]
vcmpeqss xmm1, xmm2, DWORD [rax]
vcmpeqss xmm1, xmm2, QWORD [rax]
vcmpeqss xmm1, xmm2, OWORD [rax]
vcmpeqss xmm1, xmm2, YWORD [rax]
vcmpeqss ymm1, ymm2, ymm3
vcmpeqss xmm1, xmm2
vcmpeqsd {xmm}, {xmm}, {xmm}
vcmpeqsd xmm1, xmm2, {m}
vcmpeqsd xmm1, xmm2, {m64}
vcmpeqsd xmm1, xmm2, BYTE [rax]
vcmpeqsd xmm1, xmm2, WORD [rax]
vcmpeqsd xmm1, xmm2, DWORD [rax]
vcmpeqsd xmm1, xmm2, QWORD [rax]
vcmpeqsd xmm1, xmm2, OWORD [rax]
vcmpeqsd xmm1, xmm2, YWORD [rax]
vcmpeqsd ymm1, ymm2, ymm3
vcmpeqsd xmm1, xmm2
vcmpltps xmm1, xmm2, xmm3
vcmpltps xmm9, xmm2, xmm15
vcmpltps xmm1, xmm12, Rx(dynreg)
vcmpltps xmm1, xmm2, [rax + 8]
vcmpltps ymm1, ymm2, ymm3
vcmpltps ymm9, ymm2, ymm15
vcmpltps ymm1, ymm12, YWORD [r9]
vcmpltps xmm1, xmm2, QWORD [rax]
vcmpltpd xmm1, xmm2, xmm3
vcmpltpd xmm9, xmm2, xmm15
vcmpltpd xmm1, xmm12, Rx(dynreg)
vcmpltpd xmm1, xmm2, [rax + 8]
vcmpltpd ymm1, ymm2, ymm3
vcmpltpd ymm9, ymm2, ymm15
vcmpltpd ymm1, ymm12, YWORD [r9]
vcmpltpd xmm1, xmm2, QWORD [rax]
vcmpltss xmm1, xmm2, xmm3
vcmpltss xmm9, xmm2, xmm15
vcmpltss xmm1, xmm12, Rx(dynreg)
vcmpltss xmm1, xmm2, [rax + 8]
vcmpltss xmm1, xmm2, QWORD [r9]
vcmpltss ymm1, ymm2, ymm3
vcmpltsd xmm1, xmm2, xmm3
vcmpltsd xmm9, xmm2, xmm15
vcmpltsd xmm1, xmm12, Rx(dynreg)
vcmpltsd xmm1, xmm2, [rax + 8]
vcmpltsd xmm1, xmm2, QWORD [r9]
vcmpltsd ymm1, ymm2, ymm3
vcmpleps xmm1, xmm2, xmm3
vcmpleps xmm9, xmm2, xmm15
vcmpleps xmm1, xmm12, Rx(dynreg)
vcmpleps xmm1, xmm2, [rax + 8]
vcmpleps ymm1, ymm2, ymm3
vcmpleps ymm9, ymm2, ymm15
vcmpleps ymm1, ymm12, YWORD [r9]
vcmpleps xmm1, xmm2, QWORD [rax]
vcmplepd xmm1, xmm2, xmm3
vcmplepd xmm9, xmm2, xmm15
vcmplepd xmm1, xmm12, Rx(dynreg)
vcmplepd xmm1, xmm2, [rax + 8]
vcmplepd ymm1, ymm2, ymm3
vcmplepd ymm9, ymm2, ymm15
vcmplepd ymm1, ymm12, YWORD [r9]
vcmplepd xmm1, xmm2, QWORD [rax]
vcmpless xmm1, xmm2, xmm3
vcmpless xmm9, xmm2, xmm15
vcmpless xmm1, xmm12, Rx(dynreg)
vcmpless xmm1, xmm2, [rax + 8]
vcmpless xmm1, xmm2, QWORD [r9]
vcmpless ymm1, ymm2, ymm3
vcmplesd xmm1, xmm2, xmm3
vcmplesd xmm9, xmm2, xmm15
vcmplesd xmm1, xmm12, Rx(dynreg)
vcmplesd xmm1, xmm2, [rax + 8]
vcmplesd xmm1, xmm2, QWORD [r9]
vcmplesd ymm1, ymm2, ymm3
vcmpunordps xmm1, xmm2, xmm3
vcmpunordps xmm9, xmm2, xmm15
vcmpunordps xmm1, xmm12, Rx(dynreg)
vcmpunordps xmm1, xmm2, [rax + 8]
vcmpunordps ymm1, ymm2, ymm3
vcmpunordps ymm9, ymm2, ymm15
vcmpunordps ymm1, ymm12, YWORD [r9]
vcmpunordps xmm1, xmm2, QWORD [rax]
vcmpunordpd xmm1, xmm2, xmm3
vcmpunordpd xmm9, xmm2, xmm15
vcmpunordpd xmm1, xmm12, Rx(dynreg)
vcmpunordpd xmm1, xmm2, [rax + 8]
vcmpunordpd ymm1, ymm2, ymm3
vcmpunordpd ymm9, ymm2, ymm15
vcmpunordpd ymm1, ymm12, YWORD [r9]
vcmpunordpd xmm1, xmm2, QWORD [rax]
vcmpunordss xmm1, xmm2, xmm3
vcmpunordss xmm9, xmm2, xmm15
vcmpunordss xmm1, xmm12, Rx(dynreg)
vcmpunordss xmm1, xmm2, [rax + 8]
vcmpunordss xmm1, xmm2, QWORD [r9]
vcmpunordss ymm1, ymm2, ymm3
vcmpunordsd xmm1, xmm2, xmm3
vcmpunordsd xmm9, xmm2, xmm15
vcmpunordsd xmm1, xmm12, Rx(dynreg)
vcmpunordsd xmm1, xmm2, [rax + 8]
vcmpunordsd xmm1, xmm2, QWORD [r9]
vcmpunordsd ymm1, ymm2, ymm3
vcmpneqps xmm1, xmm2, xmm3
vcmpneqps xmm9, xmm2, xmm15
vcmpneqps xmm1, xmm12, Rx(dynreg)
vcmpneqps xmm1, xmm2, [rax + 8]
vcmpneqps ymm1, ymm2, ymm3
vcmpneqps ymm9, ymm2, ymm15
vcmpneqps ymm1, ymm12, YWORD [r9]
vcmpneqps xmm1, xmm2, QWORD [rax]
vcmpneqpd xmm1, xmm2, xmm3
vcmpneqpd xmm9, xmm2, xmm15
vcmpneqpd xmm1, xmm12, Rx(dynreg)
vcmpneqpd xmm1, xmm2, [rax + 8]
vcmpneqpd ymm1, ymm2, ymm3
vcmpneqpd ymm9, ymm2, ymm15
vcmpneqpd ymm1, ymm12, YWORD [r9]
vcmpneqpd xmm1, xmm2, QWORD [rax]
vcmpneqss xmm1, xmm2, xmm3
vcmpneqss xmm9, xmm2, xmm15
vcmpneqss xmm1, xmm12, Rx(dynreg)
vcmpneqss xmm1, xmm2, [rax + 8]
vcmpneqss xmm1, xmm2, QWORD [r9]
vcmpneqss ymm1, ymm2, ymm3
vcmpneqsd xmm1, xmm2, xmm3
vcmpneqsd xmm9, xmm2, xmm15
vcmpneqsd xmm1, xmm12, Rx(dynreg)
vcmpneqsd xmm1, xmm2, [rax + 8]
vcmpneqsd xmm1, xmm2, QWORD [r9]
vcmpneqsd ymm1, ymm2, ymm3
vcmpnltps xmm1, xmm2, xmm3
vcmpnltps xmm9, xmm2, xmm15
vcmpnltps xmm1, xmm12, Rx(dynreg)
vcmpnltps xmm1, xmm2, [rax + 8]
vcmpnltps ymm1, ymm2, ymm3
vcmpnltps ymm9, ymm2, ymm15
vcmpnltps ymm1, ymm12, YWORD [r9]
vcmpnltps xmm1, xmm2, QWORD [rax]
vcmpnltpd xmm1, xmm2, xmm3
vcmpnltpd xmm9, xmm2, xmm15
vcmpnltpd xmm1, xmm12, Rx(dynreg)
vcmpnltpd xmm1, xmm2, [rax + 8]
vcmpnltpd ymm1, ymm2, ymm3
vcmpnltpd ymm9, ymm2, ymm15
vcmpnltpd ymm1, ymm12, YWORD [r9]
vcmpnltpd xmm1, xmm2, QWORD [rax]
vcmpnltss xmm1, xmm2, xmm3
vcmpnltss xmm9, xmm2, xmm15
vcmpnltss xmm1, xmm12, Rx(dynreg)
vcmpnltss xmm1, xmm2, [rax + 8]
vcmpnltss xmm1, xmm2, QWORD [r9]
vcmpnltss ymm1, ymm2, ymm3
vcmpnltsd xmm1, xmm2, xmm3
vcmpnltsd xmm9, xmm2, xmm15
vcmpnltsd xmm1, xmm12, Rx(dynreg)
vcmpnltsd xmm1, xmm2, [rax + 8]
vcmpnltsd xmm1, xmm2, QWORD [r9]
vcmpnltsd ymm1, ymm2, ymm3
vcmpnleps xmm1, xmm2, xmm3
vcmpnleps xmm9, xmm2, xmm15
vcmpnleps xmm1, xmm12, Rx(dynreg)
vcmpnleps xmm1, xmm2, [rax + 8]
vcmpnleps ymm1, ymm2, ymm3
vcmpnleps ymm9, ymm2, ymm15
vcmpnleps ymm1, ymm12, YWORD [r9]
vcmpnleps xmm1, xmm2, QWORD [rax]
vcmpnlepd xmm1, xmm2, xmm3
vcmpnlepd xmm9, xmm2, xmm15
vcmpnlepd xmm1, xmm12, Rx(dynreg)
vcmpnlepd xmm1, xmm2, [rax + 8]
vcmpnlepd ymm1, ymm2, ymm3
vcmpnlepd ymm9, ymm2, ymm15
vcmpnlepd ymm1, ymm12, YWORD [r9]
vcmpnlepd xmm1, xmm2, QWORD [rax]
vcmpnless xmm1, xmm2, xmm3
vcmpnless xmm9, xmm2, xmm15
vcmpnless xmm1, xmm12, Rx(dynreg)
vcmpnless xmm1, xmm2, [rax + 8]
vcmpnless xmm1, xmm2, QWORD [r9]
vcmpnless ymm1, ymm2, ymm3
vcmpnlesd xmm1, xmm2, xmm3
vcmpnlesd xmm9, xmm2, xmm15
vcmpnlesd xmm1, xmm12, Rx(dynreg)
vcmpnlesd xmm1, xmm2, [rax + 8]
vcmpnlesd xmm1, xmm2, QWORD [r9]
vcmpnlesd ymm1, ymm2, ymm3
vcmpordps xmm1, xmm2, xmm3
vcmpordps xmm9, xmm2, xmm15
vcmpordps xmm1, xmm12, Rx(dynreg)
vcmpordps xmm1, xmm2, [rax + 8]
vcmpordps ymm1, ymm2, ymm3
vcmpordps ymm9, ymm2, ymm15
vcmpordps ymm1, ymm12, YWORD [r9]
vcmpordps xmm1, xmm2, QWORD [rax]
vcmpordpd xmm1, xmm2, xmm3
vcmpordpd xmm9, xmm2, xmm15
vcmpordpd xmm1, xmm12, Rx(dynreg)
vcmpordpd xmm1, xmm2, [rax + 8]
vcmpordpd ymm1, ymm2, ymm3
vcmpordpd ymm9, ymm2, ymm15
vcmpordpd ymm1, ymm12, YWORD [r9]
vcmpordpd xmm1, xmm2, QWORD [rax]
vcmpordss xmm1, xmm2, xmm3
vcmpordss xmm9, xmm2, xmm15
vcmpordss xmm1, xmm12, Rx(dynreg)
vcmpordss xmm1, xmm2, [rax + 8]
vcmpordss xmm1, xmm2, QWORD [r9]
vcmpordss ymm1, ymm2, ymm3
vcmpordsd xmm1, xmm2, xmm3
vcmpordsd xmm9, xmm2, xmm15
vcmpordsd xmm1, xmm12, Rx(dynreg)
vcmpordsd xmm1, xmm2, [rax + 8]
vcmpordsd xmm1, xmm2, QWORD [r9]
vcmpordsd ymm1, ymm2, ymm3
vcmpeq_uqps xmm1, xmm2, xmm3
vcmpeq_uqps xmm9, xmm2, xmm15
vcmpeq_uqps xmm1, xmm12, Rx(dynreg)
vcmpeq_uqps xmm1, xmm2, [rax + 8]
vcmpeq_uqps ymm1, ymm2, ymm3
vcmpeq_uqps ymm9, ymm2, ymm15
vcmpeq_uqps ymm1, ymm12, YWORD [r9]
vcmpeq_uqps xmm1, xmm2, QWORD [rax]
vcmpeq_uqpd xmm1, xmm2, xmm3
vcmpeq_uqpd xmm9, xmm2, xmm15
vcmpeq_uqpd xmm1, xmm12, Rx(dynreg)
vcmpeq_uqpd xmm1, xmm2, [rax + 8]
vcmpeq_uqpd ymm1, ymm2, ymm3
vcmpeq_uqpd ymm9, ymm2, ymm15
vcmpeq_uqpd ymm1, ymm12, YWORD [r9]
vcmpeq_uqpd xmm1, xmm2, QWORD [rax]
vcmpeq_uqss xmm1, xmm2, xmm3
vcmpeq_uqss xmm9, xmm2, xmm15
vcmpeq_uqss xmm1, xmm12, Rx(dynreg)
vcmpeq_uqss xmm1, xmm2, [rax + 8]
vcmpeq_uqss xmm1, xmm2, QWORD [r9]
vcmpeq_uqss ymm1, ymm2, ymm3
vcmpeq_uqsd xmm1, xmm2, xmm3
vcmpeq_uqsd xmm9, xmm2, xmm15
vcmpeq_uqsd xmm1, xmm12, Rx(dynreg)
vcmpeq_uqsd xmm1, xmm2, [rax + 8]
vcmpeq_uqsd xmm1, xmm2, QWORD [r9]
vcmpeq_uqsd ymm1, ymm2, ymm3
vcmpngeps xmm1, xmm2, xmm3
vcmpngeps xmm9, xmm2, xmm15
vcmpngeps xmm1, xmm12, Rx(dynreg)
vcmpngeps xmm1, xmm2, [rax + 8]
vcmpngeps ymm1, ymm2, ymm3
vcmpngeps ymm9, ymm2, ymm15
vcmpngeps ymm1, ymm12, YWORD [r9]
vcmpngeps xmm1, xmm2, QWORD [rax]
vcmpngepd xmm1, xmm2, xmm3
vcmpngepd xmm9, xmm2, xmm15
vcmpngepd xmm1, xmm12, Rx(dynreg)
vcmpngepd xmm1, xmm2, [rax + 8]
vcmpngepd ymm1, ymm2, ymm3
vcmpngepd ymm9, ymm2, ymm15
vcmpngepd ymm1, ymm12, YWORD [r9]
vcmpngepd xmm1, xmm2, QWORD [rax]
vcmpngess xmm1, xmm2, xmm3
vcmpngess xmm9, xmm2, xmm15
vcmpngess xmm1, xmm12, Rx(dynreg)
vcmpngess xmm1, xmm2, [rax + 8]
vcmpngess xmm1, xmm2, QWORD [r9]
vcmpngess ymm1, ymm2, ymm3
vcmpngesd xmm1, xmm2, xmm3
vcmpngesd xmm9, xmm2, xmm15
vcmpngesd xmm1, xmm12, Rx(dynreg)
vcmpngesd xmm1, xmm2, [rax + 8]
vcmpngesd xmm1, xmm2, QWORD [r9]
vcmpngesd ymm1, ymm2, ymm3
vcmpngtps xmm1, xmm2, xmm3
vcmpngtps xmm9, xmm2, xmm15
vcmpngtps xmm1, xmm12, Rx(dynreg)
vcmpngtps xmm1, xmm2, [rax + 8]
vcmpngtps ymm1, ymm2, ymm3
vcmpngtps ymm9, ymm2, ymm15
vcmpngtps ymm1, ymm12, YWORD [r9]
vcmpngtps xmm1, xmm2, QWORD [rax]
vcmpngtpd xmm1, xmm2, xmm3
vcmpngtpd xmm9, xmm2, xmm15
vcmpngtpd xmm1, xmm12, Rx(dynreg)
vcmpngtpd xmm1, xmm2, [rax + 8]
vcmpngtpd ymm1, ymm2, ymm3
vcmpngtpd ymm9, ymm2, ymm15
vcmpngtpd ymm1, ymm12, YWORD [r9]
vcmpngtpd xmm1, xmm2, QWORD [rax]
vcmpngtss xmm1, xmm2, xmm3
vcmpngtss xmm9, xmm2, xmm15
vcmpngtss xmm1, xmm12, Rx(dynreg)
vcmpngtss xmm1, xmm2, [rax + 8]
vcmpngtss xmm1, xmm2, QWORD [r9]
vcmpngtss ymm1, ymm2, ymm3
vcmpngtsd xmm1, xmm2, xmm3
vcmpngtsd xmm9, xmm2, xmm15
vcmpngtsd xmm1, xmm12, Rx(dynreg)
vcmpngtsd xmm1, xmm2, [rax + 8]
vcmpngtsd xmm1, xmm2, QWORD [r9]
vcmpngtsd ymm1, ymm2, ymm3
vcmpfalseps xmm1, xmm2, xmm3
vcmpfalseps xmm9, xmm2, xmm15
vcmpfalseps xmm1, xmm12, Rx(dynreg)
vcmpfalseps xmm1, xmm2, [rax + 8]
vcmpfalseps ymm1, ymm2, ymm3
vcmpfalseps ymm9, ymm2, ymm15
vcmpfalseps ymm1, ymm12, YWORD [r9]
vcmpfalseps xmm1, xmm2, QWORD [rax]
vcmpfalsepd xmm1, xmm2, xmm3
vcmpfalsepd xmm9, xmm2, xmm15
vcmpfalsepd xmm1, xmm12, Rx(dynreg)
vcmpfalsepd xmm1, xmm2, [rax + 8]
vcmpfalsepd ymm1, ymm2, ymm3
vcmpfalsepd ymm9, ymm2, ymm15
vcmpfalsepd ymm1, ymm12, YWORD [r9]
vcmpfalsepd xmm1, xmm2, QWORD [rax]
vcmpfalsess xmm1, xmm2, xmm3
vcmpfalsess xmm9, xmm2, xmm15
vcmpfalsess xmm1, xmm12, Rx(dynreg)
vcmpfalsess xmm1, xmm2, [rax + 8]
vcmpfalsess xmm1, xmm2, QWORD [r9]
vcmpfalsess ymm1, ymm2, ymm3
vcmpfalsesd xmm1, xmm2, xmm3
vcmpfalsesd xmm9, xmm2, xmm15
vcmpfalsesd xmm1, xmm12, Rx(dynreg)
vcmpfalsesd xmm1, xmm2, [rax + 8]
vcmpfalsesd xmm1, xmm2, QWORD [r9]
vcmpfalsesd ymm1, ymm2, ymm3
vcmpneq_oqps xmm1, xmm2, xmm3
vcmpneq_oqps xmm9, xmm2, xmm15
vcmpneq_oqps xmm1, xmm12, Rx(dynreg)
vcmpneq_oqps xmm1, xmm2, [rax + 8]
vcmpneq_oqps ymm1, ymm2, ymm3
vcmpneq_oqps ymm9, ymm2, ymm15
vcmpneq_oqps ymm1, ymm12, YWORD [r9]
vcmpneq_oqps xmm1, xmm2, QWORD [rax]
vcmpneq_oqpd xmm1, xmm2, xmm3
vcmpneq_oqpd xmm9, xmm2, xmm15
vcmpneq_oqpd xmm1, xmm12, Rx(dynreg)
vcmpneq_oqpd xmm1, xmm2, [rax + 8]
vcmpneq_oqpd ymm1, ymm2, ymm3
vcmpneq_oqpd ymm9, ymm2, ymm15
vcmpneq_oqpd ymm1, ymm12, YWORD [r9]
vcmpneq_oqpd xmm1, xmm2, QWORD [rax]
vcmpneq_oqss xmm1, xmm2, xmm3
vcmpneq_oqss xmm9, xmm2, xmm15
vcmpneq_oqss xmm1, xmm12, Rx(dynreg)
vcmpneq_oqss xmm1, xmm2, [rax + 8]
vcmpneq_oqss xmm1, xmm2, QWORD [r9]
vcmpneq_oqss ymm1, ymm2, ymm3
vcmpneq_oqsd xmm1, xmm2, xmm3
vcmpneq_oqsd xmm9, xmm2, xmm15
vcmpneq_oqsd xmm1, xmm12, Rx(dynreg)
vcmpneq_oqsd xmm1, xmm2, [rax + 8]
vcmpneq_oqsd xmm1, xmm2, QWORD [r9]
vcmpneq_oqsd ymm1, ymm2, ymm3
vcmpgeps xmm1, xmm2, xmm3
vcmpgeps xmm9, xmm2, xmm15
vcmpgeps xmm1, xmm12, Rx(dynreg)
vcmpgeps xmm1, xmm2, [rax + 8]
vcmpgeps ymm1, ymm2, ymm3
vcmpgeps ymm9, ymm2, ymm15
vcmpgeps ymm1, ymm12, YWORD [r9]
vcmpgeps xmm1, xmm2, QWORD [rax]
vcmpgepd xmm1, xmm2, xmm3
vcmpgepd xmm9, xmm2, xmm15
vcmpgepd xmm1, xmm12, Rx(dynreg)
vcmpgepd xmm1, xmm2, [rax + 8]
vcmpgepd ymm1, ymm2, ymm3
vcmpgepd ymm9, ymm2, ymm15
vcmpgepd ymm1, ymm12, YWORD [r9]
vcmpgepd xmm1, xmm2, QWORD [rax]
vcmpgess xmm1, xmm2, xmm3
vcmpgess xmm9, xmm2, xmm15
vcmpgess xmm1, xmm12, Rx(dynreg)
vcmpgess xmm1, xmm2, [rax + 8]
vcmpgess xmm1, xmm2, QWORD [r9]
vcmpgess ymm1, ymm2, ymm3
vcmpgesd xmm1, xmm2, xmm3
vcmpgesd xmm9, xmm2, xmm15
vcmpgesd xmm1, xmm12, Rx(dynreg)
vcmpgesd xmm1, xmm2, [rax + 8]
vcmpgesd xmm1, xmm2, QWORD [r9]
vcmpgesd ymm1, ymm2, ymm3
vcmpgtps xmm1, xmm2, xmm3
vcmpgtps xmm9, xmm2, xmm15
vcmpgtps xmm1, xmm12, Rx(dynreg)
vcmpgtps xmm1, xmm2, [rax + 8]
vcmpgtps ymm1, ymm2, ymm3
vcmpgtps ymm9, ymm2, ymm15
vcmpgtps ymm1, ymm12, YWORD [r9]
vcmpgtps xmm1, xmm2, QWORD [rax]
vcmpgtpd xmm1, xmm2, xmm3
vcmpgtpd xmm9, xmm2, xmm15
vcmpgtpd xmm1, xmm12, Rx(dynreg)
vcmpgtpd xmm1, xmm2, [rax + 8]
vcmpgtpd ymm1, ymm2, ymm3
vcmpgtpd ymm9, ymm2, ymm15
vcmpgtpd ymm1, ymm12, YWORD [r9]
vcmpgtpd xmm1, xmm2, QWORD [rax]
vcmpgtss xmm1, xmm2, xmm3
vcmpgtss xmm9, xmm2, xmm15
vcmpgtss xmm1, xmm12, Rx(dynreg)
vcmpgtss xmm1, xmm2, [rax + 8]
vcmpgtss xmm1, xmm2, QWORD [r9]
vcmpgtss ymm1, ymm2, ymm3
vcmpgtsd xmm1, xmm2, xmm3
vcmpgtsd xmm9, xmm2, xmm15
vcmpgtsd xmm1, xmm12, Rx(dynreg)
vcmpgtsd xmm1, xmm2, [rax + 8]
vcmpgtsd xmm1, xmm2, QWORD [r9]
vcmpgtsd ymm1, ymm2, ymm3
vcmptrueps xmm1, xmm2, xmm3
vcmptrueps xmm9, xmm2, xmm15
vcmptrueps xmm1, xmm12, Rx(dynreg)
vcmptrueps xmm1, xmm2, [rax + 8]
vcmptrueps ymm1, ymm2, ymm3
vcmptrueps ymm9, ymm2, ymm15
vcmptrueps ymm1, ymm12, YWORD [r9]
vcmptrueps xmm1, xmm2, QWORD [rax]
vcmptruepd xmm1, xmm2, xmm3
vcmptruepd xmm9, xmm2, xmm15
vcmptruepd xmm1, xmm12, Rx(dynreg)
vcmptruepd xmm1, xmm2, [rax + 8]
vcmptruepd ymm1, ymm2, ymm3
vcmptruepd ymm9, ymm2, ymm15
vcmptruepd ymm1, ymm12, YWORD [r9]
vcmptruepd xmm1, xmm2, QWORD [rax]
vcmptruess xmm1, xmm2, xmm3
vcmptruess xmm9, xmm2, xmm15
vcmptruess xmm1, xmm12, Rx(dynreg)
vcmptruess xmm1, xmm2, [rax + 8]
vcmptruess xmm1, xmm2, QWORD [r9]
vcmptruess ymm1, ymm2, ymm3
vcmptruesd xmm1, xmm2, xmm3
vcmptruesd xmm9, xmm2, xmm15
vcmptruesd xmm1, xmm12, Rx(dynreg)
vcmptruesd xmm1, xmm2, [rax + 8]
vcmptruesd xmm1, xmm2, QWORD [r9]
vcmptruesd ymm1, ymm2, ymm3
vcmpeq_osps xmm1, xmm2, xmm3
vcmpeq_osps xmm9, xmm2, xmm15
vcmpeq_osps xmm1, xmm12, Rx(dynreg)
vcmpeq_osps xmm1, xmm2, [rax + 8]
vcmpeq_osps ymm1, ymm2, ymm3
vcmpeq_osps ymm9, ymm2, ymm15
vcmpeq_osps ymm1, ymm12, YWORD [r9]
vcmpeq_osps xmm1, xmm2, QWORD [rax]
vcmpeq_ospd xmm1, xmm2, xmm3
vcmpeq_ospd xmm9, xmm2, xmm15
vcmpeq_ospd xmm1, xmm12, Rx(dynreg)
vcmpeq_ospd xmm1, xmm2, [rax + 8]
vcmpeq_ospd ymm1, ymm2, ymm3
vcmpeq_ospd ymm9, ymm2, ymm15
vcmpeq_ospd ymm1, ymm12, YWORD [r9]
vcmpeq_ospd xmm1, xmm2, QWORD [rax]
vcmpeq_osss xmm1, xmm2, xmm3
vcmpeq_osss xmm9, xmm2, xmm15
vcmpeq_osss xmm1, xmm12, Rx(dynreg)
vcmpeq_osss xmm1, xmm2, [rax + 8]
vcmpeq_osss xmm1, xmm2, QWORD [r9]
vcmpeq_osss ymm1, ymm2, ymm3
vcmpeq_ossd xmm1, xmm2, xmm3
vcmpeq_ossd xmm9, xmm2, xmm15
vcmpeq_ossd xmm1, xmm12, Rx(dynreg)
vcmpeq_ossd xmm1, xmm2, [rax + 8]
vcmpeq_ossd xmm1, xmm2, QWORD [r9]
vcmpeq_ossd ymm1, ymm2, ymm3
vcmplt_oqps xmm1, xmm2, xmm3
vcmplt_oqps xmm9, xmm2, xmm15
vcmplt_oqps xmm1, xmm12, Rx(dynreg)
vcmplt_oqps xmm1, xmm2, [rax + 8]
vcmplt_oqps ymm1, ymm2, ymm3
vcmplt_oqps ymm9, ymm2, ymm15
vcmplt_oqps ymm1, ymm12, YWORD [r9]
vcmplt_oqps xmm1, xmm2, QWORD [rax]
vcmplt_oqpd xmm1, xmm2, xmm3
vcmplt_oqpd xmm9, xmm2, xmm15
vcmplt_oqpd xmm1, xmm12, Rx(dynreg)
vcmplt_oqpd xmm1, xmm2, [rax + 8]
vcmplt_oqpd ymm1, ymm2, ymm3
vcmplt_oqpd ymm9, ymm2, ymm15
vcmplt_oqpd ymm1, ymm12, YWORD [r9]
vcmplt_oqpd xmm1, xmm2, QWORD [rax]
vcmplt_oqss xmm1, xmm2, xmm3
vcmplt_oqss xmm9, xmm2, xmm15
vcmplt_oqss xmm1, xmm12, Rx(dynreg)
vcmplt_oqss xmm1, xmm2, [rax + 8]
vcmplt_oqss xmm1, xmm2, QWORD [r9]
vcmplt_oqss ymm1, ymm2, ymm3
vcmplt_oqsd xmm1, xmm2, xmm3
vcmplt_oqsd xmm9, xmm2, xmm15
vcmplt_oqsd xmm1, xmm12, Rx(dynreg)
vcmplt_oqsd xmm1, xmm2, [rax + 8]
vcmplt_oqsd xmm1, xmm2, QWORD [r9]
vcmplt_oqsd ymm1, ymm2, ymm3
vcmple_oqps xmm1, xmm2, xmm3
vcmple_oqps xmm9, xmm2, xmm15
vcmple_oqps xmm1, xmm12, Rx(dynreg)
vcmple_oqps xmm1, xmm2, [rax + 8]
vcmple_oqps ymm1, ymm2, ymm3
vcmple_oqps ymm9, ymm2, ymm15
vcmple_oqps ymm1, ymm12, YWORD [r9]
vcmple_oqps xmm1, xmm2, QWORD [rax]
vcmple_oqpd xmm1, xmm2, xmm3
vcmple_oqpd xmm9, xmm2, xmm15
vcmple_oqpd xmm1, xmm12, Rx(dynreg)
vcmple_oqpd xmm1, xmm2, [rax + 8]
vcmple_oqpd ymm1, ymm2, ymm3
vcmple_oqpd ymm9, ymm2, ymm15
vcmple_oqpd ymm1, ymm12, YWORD [r9]
vcmple_oqpd xmm1, xmm2, QWORD [rax]
vcmple_oqss xmm1, xmm2, xmm3
vcmple_oqss xmm9, xmm2, xmm15
vcmple_oqss xmm1, xmm12, Rx(dynreg)
vcmple_oqss xmm1, xmm2, [rax + 8]
vcmple_oqss xmm1, xmm2, QWORD [r9]
vcmple_oqss ymm1, ymm2, ymm3
vcmple_oqsd xmm1, xmm2, xmm3
vcmple_oqsd xmm9, xmm2, xmm15
vcmple_oqsd xmm1, xmm12, Rx(dynreg)
vcmple_oqsd xmm1, xmm2, [rax + 8]
vcmple_oqsd xmm1, xmm2, QWORD [r9]
vcmple_oqsd ymm1, ymm2, ymm3
vcmpunord_sps xmm1, xmm2, xmm3
vcmpunord_sps xmm9, xmm2, xmm15
vcmpunord_sps xmm1, xmm12, Rx(dynreg)
vcmpunord_sps xmm1, xmm2, [rax + 8]
vcmpunord_sps ymm1, ymm2, ymm3
vcmpunord_sps ymm9, ymm2, ymm15
vcmpunord_sps ymm1, ymm12, YWORD [r9]
vcmpunord_sps xmm1, xmm2, QWORD [rax]
vcmpunord_spd xmm1, xmm2, xmm3
vcmpunord_spd xmm9, xmm2, xmm15
vcmpunord_spd xmm1, xmm12, Rx(dynreg)
vcmpunord_spd xmm1, xmm2, [rax + 8]
vcmpunord_spd ymm1, ymm2, ymm3
vcmpunord_spd ymm9, ymm2, ymm15
vcmpunord_spd ymm1, ymm12, YWORD [r9]
vcmpunord_spd xmm1, xmm2, QWORD [rax]
vcmpunord_sss xmm1, xmm2, xmm3
vcmpunord_sss xmm9, xmm2, xmm15
vcmpunord_sss xmm1, xmm12, Rx(dynreg)
vcmpunord_sss xmm1, xmm2, [rax + 8]
vcmpunord_sss xmm1, xmm2, QWORD [r9]
vcmpunord_sss ymm1, ymm2, ymm3
vcmpunord_ssd xmm1, xmm2, xmm3
vcmpunord_ssd xmm9, xmm2, xmm15
vcmpunord_ssd xmm1, xmm12, Rx(dynreg)
vcmpunord_ssd xmm1, xmm2, [rax + 8]
vcmpunord_ssd xmm1, xmm2, QWORD [r9]
vcmpunord_ssd ymm1, ymm2, ymm3
vcmpneq_usps xmm1, xmm2, xmm3
vcmpneq_usps xmm9, xmm2, xmm15
vcmpneq_usps xmm1, xmm12, Rx(dynreg)
vcmpneq_usps xmm1, xmm2, [rax + 8]
vcmpneq_usps ymm1, ymm2, ymm3
vcmpneq_usps ymm9, ymm2, ymm15
vcmpneq_usps ymm1, ymm12, YWORD [r9]
vcmpneq_usps xmm1, xmm2, QWORD [rax]
vcmpneq_uspd xmm1, xmm2, xmm3
vcmpneq_uspd xmm9, xmm2, xmm15
vcmpneq_uspd xmm1, xmm12, Rx(dynreg)
vcmpneq_uspd xmm1, xmm2, [rax + 8]
vcmpneq_uspd ymm1, ymm2, ymm3
vcmpneq_uspd ymm9, ymm2, ymm15
vcmpneq_uspd ymm1, ymm12, YWORD [r9]
vcmpneq_uspd xmm1, xmm2, QWORD [rax]
vcmpneq_usss xmm1, xmm2, xmm3
vcmpneq_usss xmm9, xmm2, xmm15
vcmpneq_usss xmm1, xmm12, Rx(dynreg)
vcmpneq_usss xmm1, xmm2, [rax + 8]
vcmpneq_usss xmm1, xmm2, QWORD [r9]
vcmpneq_usss ymm1, ymm2, ymm3
vcmpneq_ussd xmm1, xmm2, xmm3
vcmpneq_ussd xmm9, xmm2, xmm15
vcmpneq_ussd xmm1, xmm12, Rx(dynreg)
vcmpneq_ussd xmm1, xmm2, [rax + 8]
vcmpneq_ussd xmm1, xmm2, QWORD [r9]
vcmpneq_ussd ymm1, ymm2, ymm3
vcmpnlt_uqps xmm1, xmm2, xmm3
vcmpnlt_uqps xmm9, xmm2, xmm15
vcmpnlt_uqps xmm1, xmm12, Rx(dynreg)
vcmpnlt_uqps xmm1, xmm2, [rax + 8]
vcmpnlt_uqps ymm1, ymm2, ymm3
vcmpnlt_uqps ymm9, ymm2, ymm15
vcmpnlt_uqps ymm1, ymm12, YWORD [r9]
vcmpnlt_uqps xmm1, xmm2, QWORD [rax]
vcmpnlt_uqpd xmm1, xmm2, xmm3
vcmpnlt_uqpd xmm9, xmm2, xmm15
vcmpnlt_uqpd xmm1, xmm12, Rx(dynreg)
vcmpnlt_uqpd xmm1, xmm2, [rax + 8]
vcmpnlt_uqpd ymm1, ymm2, ymm3
vcmpnlt_uqpd ymm9, ymm2, ymm15
vcmpnlt_uqpd ymm1, ymm12, YWORD [r9]
vcmpnlt_uqpd xmm1, xmm2, QWORD [rax]
vcmpnlt_uqss xmm1, xmm2, xmm3
vcmpnlt_uqss xmm9, xmm2, xmm15
vcmpnlt_uqss xmm1, xmm12, Rx(dynreg)
vcmpnlt_uqss xmm1, xmm2, [rax + 8]
vcmpnlt_uqss xmm1, xmm2, QWORD [r9]
vcmpnlt_uqss ymm1, ymm2, ymm3
vcmpnlt_uqsd xmm1, xmm2, xmm3
vcmpnlt_uqsd xmm9, xmm2, xmm15
vcmpnlt_uqsd xmm1, xmm12, Rx(dynreg)
vcmpnlt_uqsd xmm1, xmm2, [rax + 8]
vcmpnlt_uqsd xmm1, xmm2, QWORD [r9]
vcmpnlt_uqsd ymm1, ymm2, ymm3
vcmpnle_uqps xmm1, xmm2, xmm3
vcmpnle_uqps xmm9, xmm2, xmm15
vcmpnle_uqps xmm1, xmm12, Rx(dynreg)
vcmpnle_uqps xmm1, xmm2, [rax + 8]
vcmpnle_uqps ymm1, ymm2, ymm3
vcmpnle_uqps ymm9, ymm2, ymm15
vcmpnle_uqps ymm1, ymm12, YWORD [r9]
vcmpnle_uqps xmm1, xmm2, QWORD [rax]
vcmpnle_uqpd xmm1, xmm2, xmm3
vcmpnle_uqpd xmm9, xmm2, xmm15
vcmpnle_uqpd xmm1, xmm12, Rx(dynreg)
vcmpnle_uqpd xmm1, xmm2, [rax + 8]
vcmpnle_uqpd ymm1, ymm2, ymm3
vcmpnle_uqpd ymm9, ymm2, ymm15
vcmpnle_uqpd ymm1, ymm12, YWORD [r9]
vcmpnle_uqpd xmm1, xmm2, QWORD [rax]
vcmpnle_uqss xmm1, xmm2, xmm3
vcmpnle_uqss xmm9, xmm2, xmm15
vcmpnle_uqss xmm1, xmm12, Rx(dynreg)
vcmpnle_uqss xmm1, xmm2, [rax + 8]
vcmpnle_uqss xmm1, xmm2, QWORD [r9]
vcmpnle_uqss ymm1, ymm2, ymm3
vcmpnle_uqsd xmm1, xmm2, xmm3
vcmpnle_uqsd xmm9, xmm2, xmm15
vcmpnle_uqsd xmm1, xmm12, Rx(dynreg)
vcmpnle_uqsd xmm1, xmm2, [rax + 8]
vcmpnle_uqsd xmm1, xmm2, QWORD [r9]
vcmpnle_uqsd ymm1, ymm2, ymm3
vcmpord_sps xmm1, xmm2, xmm3
vcmpord_sps xmm9, xmm2, xmm15
vcmpord_sps xmm1, xmm12, Rx(dynreg)
vcmpord_sps xmm1, xmm2, [rax + 8]
vcmpord_sps ymm1, ymm2, ymm3
vcmpord_sps ymm9, ymm2, ymm15
vcmpord_sps ymm1, ymm12, YWORD [r9]
vcmpord_sps xmm1, xmm2, QWORD [rax]
vcmpord_spd xmm1, xmm2, xmm3
vcmpord_spd xmm9, xmm2, xmm15
vcmpord_spd xmm1, xmm12, Rx(dynreg)
vcmpord_spd xmm1, xmm2, [rax + 8]
vcmpord_spd ymm1, ymm2, ymm3
vcmpord_spd ymm9, ymm2, ymm15
vcmpord_spd ymm1, ymm12, YWORD [r9]
vcmpord_spd xmm1, xmm2, QWORD [rax]
vcmpord_sss xmm1, xmm2, xmm3
vcmpord_sss xmm9, xmm2, xmm15
vcmpord_sss xmm1, xmm12, Rx(dynreg)
vcmpord_sss xmm1, xmm2, [rax + 8]
vcmpord_sss xmm1, xmm2, QWORD [r9]
vcmpord_sss ymm1, ymm2, ymm3
vcmpord_ssd xmm1, xmm2, xmm3
vcmpord_ssd xmm9, xmm2, xmm15
vcmpord_ssd xmm1, xmm12, Rx(dynreg)
vcmpord_ssd xmm1, xmm2, [rax + 8]
vcmpord_ssd xmm1, xmm2, QWORD [r9]
vcmpord_ssd ymm1, ymm2, ymm3
vcmpeq_usps xmm1, xmm2, xmm3
vcmpeq_usps xmm9, xmm2, xmm15
vcmpeq_usps xmm1, xmm12, Rx(dynreg)
vcmpeq_usps xmm1, xmm2, [rax + 8]
vcmpeq_usps ymm1, ymm2, ymm3
vcmpeq_usps ymm9, ymm2, ymm15
vcmpeq_usps ymm1, ymm12, YWORD [r9]
vcmpeq_usps xmm1, xmm2, QWORD [rax]
vcmpeq_uspd xmm1, xmm2, xmm3
vcmpeq_uspd xmm9, xmm2, xmm15
vcmpeq_uspd xmm1, xmm12, Rx(dynreg)
vcmpeq_uspd xmm1, xmm2, [rax + 8]
vcmpeq_uspd ymm1, ymm2, ymm3
vcmpeq_uspd ymm9, ymm2, ymm15
vcmpeq_uspd ymm1, ymm12, YWORD [r9]
vcmpeq_uspd xmm1, xmm2, QWORD [rax]
vcmpeq_usss xmm1, xmm2, xmm3
vcmpeq_usss xmm9, xmm2, xmm15
vcmpeq_usss xmm1, xmm12, Rx(dynreg)
vcmpeq_usss xmm1, xmm2, [rax + 8]
vcmpeq_usss xmm1, xmm2, QWORD [r9]
vcmpeq_usss ymm1, ymm2, ymm3
vcmpeq_ussd xmm1, xmm2, xmm3
vcmpeq_ussd xmm9, xmm2, xmm15
vcmpeq_ussd xmm1, xmm12, Rx(dynreg)
vcmpeq_ussd xmm1, xmm2, [rax + 8]
vcmpeq_ussd xmm1, xmm2, QWORD [r9]
vcmpeq_ussd ymm1, ymm2, ymm3
vcmpnge_uqps xmm1, xmm2, xmm3
vcmpnge_uqps xmm9, xmm2, xmm15
vcmpnge_uqps xmm1, xmm12, Rx(dynreg)
vcmpnge_uqps xmm1, xmm2, [rax + 8]
vcmpnge_uqps ymm1, ymm2, ymm3
vcmpnge_uqps ymm9, ymm2, ymm15
vcmpnge_uqps ymm1, ymm12, YWORD [r9]
vcmpnge_uqps xmm1, xmm2, QWORD [rax]
vcmpnge_uqpd xmm1, xmm2, xmm3
vcmpnge_uqpd xmm9, xmm2, xmm15
vcmpnge_uqpd xmm1, xmm12, Rx(dynreg)
vcmpnge_uqpd xmm1, xmm2, [rax + 8]
vcmpnge_uqpd ymm1, ymm2, ymm3
vcmpnge_uqpd ymm9, ymm2, ymm15
vcmpnge_uqpd ymm1, ymm12, YWORD [r9]
vcmpnge_uqpd xmm1, xmm2, QWORD [rax]
vcmpnge_uqss xmm1, xmm2, xmm3
vcmpnge_uqss xmm9, xmm2, xmm15
vcmpnge_uqss xmm1, xmm12, Rx(dynreg)
vcmpnge_uqss xmm1, xmm2, [rax + 8]
vcmpnge_uqss xmm1, xmm2, QWORD [r9]
vcmpnge_uqss ymm1, ymm2, ymm3
vcmpnge_uqsd xmm1, xmm2, xmm3
vcmpnge_uqsd xmm9, xmm2, xmm15
vcmpnge_uqsd xmm1, xmm12, Rx(dynreg)
vcmpnge_uqsd xmm1, xmm2, [rax + 8]
vcmpnge_uqsd xmm1, xmm2, QWORD [r9]
vcmpnge_uqsd ymm1, ymm2, ymm3
vcmpngt_uqps xmm1, xmm2, xmm3
vcmpngt_uqps xmm9, xmm2, xmm15
vcmpngt_uqps xmm1, xmm12, Rx(dynreg)
vcmpngt_uqps xmm1, xmm2, [rax + 8]
vcmpngt_uqps ymm1, ymm2, ymm3
vcmpngt_uqps ymm9, ymm2, ymm15
vcmpngt_uqps ymm1, ymm12, YWORD [r9]
vcmpngt_uqps xmm1, xmm2, QWORD [rax]
vcmpngt_uqpd xmm1, xmm2, xmm3
vcmpngt_uqpd xmm9, xmm2, xmm15
vcmpngt_uqpd xmm1, xmm12, Rx(dynreg)
vcmpngt_uqpd xmm1, xmm2, [rax + 8]
vcmpngt_uqpd ymm1, ymm2, ymm3
vcmpngt_uqpd ymm9, ymm2, ymm15
vcmpngt_uqpd ymm1, ymm12, YWORD [r9]
vcmpngt_uqpd xmm1, xmm2, QWORD [rax]
vcmpngt_uqss xmm1, xmm2, xmm3
vcmpngt_uqss xmm9, xmm2, xmm15
vcmpngt_uqss xmm1, xmm12, Rx(dynreg)
vcmpngt_uqss xmm1, xmm2, [rax + 8]
vcmpngt_uqss xmm1, xmm2, QWORD [r9]
vcmpngt_uqss ymm1, ymm2, ymm3
vcmpngt_uqsd xmm1, xmm2, xmm3
vcmpngt_uqsd xmm9, xmm2, xmm15
vcmpngt_uqsd xmm1, xmm12, Rx(dynreg)
vcmpngt_uqsd xmm1, xmm2, [rax + 8]
vcmpngt_uqsd xmm1, xmm2, QWORD [r9]
vcmpngt_uqsd ymm1, ymm2, ymm3
vcmpfalse_osps xmm1, xmm2, xmm3
vcmpfalse_osps xmm9, xmm2, xmm15
vcmpfalse_osps xmm1, xmm12, Rx(dynreg)
vcmpfalse_osps xmm1, xmm2, [rax + 8]
vcmpfalse_osps ymm1, ymm2, ymm3
vcmpfalse_osps ymm9, ymm2, ymm15
vcmpfalse_osps ymm1, ymm12, YWORD [r9]
vcmpfalse_osps xmm1, xmm2, QWORD [rax]
vcmpfalse_ospd xmm1, xmm2, xmm3
vcmpfalse_ospd xmm9, xmm2, xmm15
vcmpfalse_ospd xmm1, xmm12, Rx(dynreg)
vcmpfalse_ospd xmm1, xmm2, [rax + 8]
vcmpfalse_ospd ymm1, ymm2, ymm3
vcmpfalse_ospd ymm9, ymm2, ymm15
vcmpfalse_ospd ymm1, ymm12, YWORD [r9]
vcmpfalse_ospd xmm1, xmm2, QWORD [rax]
vcmpfalse_osss xmm1, xmm2, xmm3
vcmpfalse_osss xmm9, xmm2, xmm15
vcmpfalse_osss xmm1, xmm12, Rx(dynreg)
vcmpfalse_osss xmm1, xmm2, [rax + 8]
vcmpfalse_osss xmm1, xmm2, QWORD [r9]
vcmpfalse_osss ymm1, ymm2, ymm3
vcmpfalse_ossd xmm1, xmm2, xmm3
vcmpfalse_ossd xmm9, xmm2, xmm15
vcmpfalse_ossd xmm1, xmm12, Rx(dynreg)
vcmpfalse_ossd xmm1, xmm2, [rax + 8]
vcmpfalse_ossd xmm1, xmm2, QWORD [r9]
vcmpfalse_ossd ymm1, ymm2, ymm3
vcmpneq_osps xmm1, xmm2, xmm3
vcmpneq_osps xmm9, xmm2, xmm15
vcmpneq_osps xmm1, xmm12, Rx(dynreg)
vcmpneq_osps xmm1, xmm2, [rax + 8]
vcmpneq_osps ymm1, ymm2, ymm3
vcmpneq_osps ymm9, ymm2, ymm15
vcmpneq_osps ymm1, ymm12, YWORD [r9]
vcmpneq_osps xmm1, xmm2, QWORD [rax]
vcmpneq_ospd xmm1, xmm2, xmm3
vcmpneq_ospd xmm9, xmm2, xmm15
vcmpneq_ospd xmm1, xmm12, Rx(dynreg)
vcmpneq_ospd xmm1, xmm2, [rax + 8]
vcmpneq_ospd ymm1, ymm2, ymm3
vcmpneq_ospd ymm9, ymm2, ymm15
vcmpneq_ospd ymm1, ymm12, YWORD [r9]
vcmpneq_ospd xmm1, xmm2, QWORD [rax]
vcmpneq_osss xmm1, xmm2, xmm3
vcmpneq_osss xmm9, xmm2, xmm15
vcmpneq_osss xmm1, xmm12, Rx(dynreg)
vcmpneq_osss xmm1, xmm2, [rax + 8]
vcmpneq_osss xmm1, xmm2, QWORD [r9]
vcmpneq_osss ymm1, ymm2, ymm3
vcmpneq_ossd xmm1, xmm2, xmm3
vcmpneq_ossd xmm9, xmm2, xmm15
vcmpneq_ossd xmm1, xmm12, Rx(dynreg)
vcmpneq_ossd xmm1, xmm2, [rax + 8]
vcmpneq_ossd xmm1, xmm2, QWORD [r9]
vcmpneq_ossd ymm1, ymm2, ymm3
vcmpge_oqps xmm1, xmm2, xmm3
vcmpge_oqps xmm9, xmm2, xmm15
vcmpge_oqps xmm1, xmm12, Rx(dynreg)
vcmpge_oqps xmm1, xmm2, [rax + 8]
vcmpge_oqps ymm1, ymm2, ymm3
vcmpge_oqps ymm9, ymm2, ymm15
vcmpge_oqps ymm1, ymm12, YWORD [r9]
vcmpge_oqps xmm1, xmm2, QWORD [rax]
vcmpge_oqpd xmm1, xmm2, xmm3
vcmpge_oqpd xmm9, xmm2, xmm15
vcmpge_oqpd xmm1, xmm12, Rx(dynreg)
vcmpge_oqpd xmm1, xmm2, [rax + 8]
vcmpge_oqpd ymm1, ymm2, ymm3
vcmpge_oqpd ymm9, ymm2, ymm15
vcmpge_oqpd ymm1, ymm12, YWORD [r9]
vcmpge_oqpd xmm1, xmm2, QWORD [rax]
vcmpge_oqss xmm1, xmm2, xmm3
vcmpge_oqss xmm9, xmm2, xmm15
vcmpge_oqss xmm1, xmm12, Rx(dynreg)
vcmpge_oqss xmm1, xmm2, [rax + 8]
vcmpge_oqss xmm1, xmm2, QWORD [r9]
vcmpge_oqss ymm1, ymm2, ymm3
vcmpge_oqsd xmm1, xmm2, xmm3
vcmpge_oqsd xmm9, xmm2, xmm15
vcmpge_oqsd xmm1, xmm12, Rx(dynreg)
vcmpge_oqsd xmm1, xmm2, [rax + 8]
vcmpge_oqsd xmm1, xmm2, QWORD [r9]
vcmpge_oqsd ymm1, ymm2, ymm3
vcmpgt_oqps xmm1, xmm2, xmm3
vcmpgt_oqps xmm9, xmm2, xmm15
vcmpgt_oqps xmm1, xmm12, Rx(dynreg)
vcmpgt_oqps xmm1, xmm2, [rax + 8]
vcmpgt_oqps ymm1, ymm2, ymm3
vcmpgt_oqps ymm9, ymm2, ymm15
vcmpgt_oqps ymm1, ymm12, YWORD [r9]
vcmpgt_oqps xmm1, xmm2, QWORD [rax]
vcmpgt_oqpd xmm1, xmm2, xmm3
vcmpgt_oqpd xmm9, xmm2, xmm15
vcmpgt_oqpd xmm1, xmm12, Rx(dynreg)
vcmpgt_oqpd xmm1, xmm2, [rax + 8]
vcmpgt_oqpd ymm1, ymm2, ymm3
vcmpgt_oqpd ymm9, ymm2, ymm15
vcmpgt_oqpd ymm1, ymm12, YWORD [r9]
vcmpgt_oqpd xmm1, xmm2, QWORD [rax]
vcmpgt_oqss xmm1, xmm2, xmm3
vcmpgt_oqss xmm9, xmm2, xmm15
vcmpgt_oqss xmm1, xmm12, Rx(dynreg)
vcmpgt_oqss xmm1, xmm2, [rax + 8]
vcmpgt_oqss xmm1, xmm2, QWORD [r9]
vcmpgt_oqss ymm1, ymm2, ymm3
vcmpgt_oqsd xmm1, xmm2, xmm3
vcmpgt_oqsd xmm9, xmm2, xmm15
vcmpgt_oqsd xmm1, xmm12, Rx(dynreg)
vcmpgt_oqsd xmm1, xmm2, [rax + 8]
vcmpgt_oqsd xmm1, xmm2, QWORD [r9]
vcmpgt_oqsd ymm1, ymm2, ymm3
vcmptrue_usps {xmm}, {xmm}, {xmm}
vcmptrue_usps xmm1, xmm2, [rax]
vcmptrue_usps xmm1, xmm2, [r13 + 0x7F]
vcmptrue_usps xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vcmptrue_usps xmm1, xmm2, [Rq(dynreg)]
vcmptrue_usps xmm1, xmm2, [rip + 0x10]
vcmptrue_usps xmm9, xmm12, OWORD [rcx + 8]
vcmptrue_usps xmm1, xmm2, QWORD [rax]
vcmptrue_usps xmm1, xmm2, YWORD [rax]
vcmptrue_usps xmm1, ymm2, xmm3
vcmptrue_usps ymm1, xmm2, xmm3
vcmptrue_usps {ymm}, {ymm}, {ymm}
vcmptrue_usps ymm1, ymm2, [rax]
vcmptrue_usps ymm1, ymm2, [r13 + 0x7F]
vcmptrue_usps ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vcmptrue_usps ymm1, ymm2, [Rq(dynreg)]
vcmptrue_usps ymm9, ymm12, YWORD [rcx + 8]
vcmptrue_usps ymm1, ymm2, OWORD [rax]
vcmptrue_uspd {xmm}, {xmm}, {xmm}
vcmptrue_uspd xmm1, xmm2, [rax]
vcmptrue_uspd xmm1, xmm2, [r13 + 0x7F]
vcmptrue_uspd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vcmptrue_uspd xmm1, xmm2, [Rq(dynreg)]
vcmptrue_uspd xmm1, xmm2, [rip + 0x10]
vcmptrue_uspd xmm9, xmm12, OWORD [rcx + 8]
vcmptrue_uspd xmm1, xmm2, QWORD [rax]
vcmptrue_uspd xmm1, xmm2, YWORD [rax]
vcmptrue_uspd xmm1, ymm2, xmm3
vcmptrue_uspd ymm1, xmm2, xmm3
vcmptrue_uspd {ymm}, {ymm}, {ymm}
vcmptrue_uspd ymm1, ymm2, [rax]
vcmptrue_uspd ymm1, ymm2, [r13 + 0x7F]
vcmptrue_uspd ymm1, ymm2, [r8 + r15*8 + 0x12345678]
vcmptrue_uspd ymm1, ymm2, [Rq(dynreg)]
vcmptrue_uspd ymm9, ymm12, YWORD [rcx + 8]
vcmptrue_uspd ymm1, ymm2, OWORD [rax]
vcmptrue_usss {xmm}, {xmm}, {xmm}
vcmptrue_usss xmm1, xmm2, [rax]
vcmptrue_usss xmm1, xmm2, [r13 + 0x7F]
vcmptrue_usss xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vcmptrue_usss xmm1, xmm2, [Rq(dynreg)]
vcmptrue_usss xmm1, xmm2, [rip + 0x10]
vcmptrue_usss xmm1, xmm2, BYTE [rax]
vcmptrue_usss xmm1, xmm2, WORD [rax]
vcmptrue_usss xmm1, xmm2, DWORD [rax]
vcmptrue_usss xmm1, xmm2, QWORD [rax]
vcmptrue_usss xmm1, xmm2, OWORD [rax]
vcmptrue_usss xmm1, xmm2, YWORD [rax]
vcmptrue_usss ymm1, ymm2, ymm3
vcmptrue_usss xmm1, xmm2
vcmptrue_ussd {xmm}, {xmm}, {xmm}
vcmptrue_ussd xmm1, xmm2, [rax]
vcmptrue_ussd xmm1, xmm2, [r13 + 0x7F]
vcmptrue_ussd xmm1, xmm2, [r8 + r15*8 + 0x12345678]
vcmptrue_ussd xmm1, xmm2, [Rq(dynreg)]
vcmptrue_ussd xmm1, xmm2, [rip + 0x10]
vcmptrue_ussd xmm1, xmm2, BYTE [rax]
vcmptrue_ussd xmm1, xmm2, WORD [rax]
vcmptrue_ussd xmm1, xmm2, DWORD [rax]
vcmptrue_ussd xmm1, xmm2, QWORD [rax]
vcmptrue_ussd xmm1, xmm2, OWORD [rax]
vcmptrue_ussd xmm1, xmm2, YWORD [rax]
vcmptrue_ussd ymm1, ymm2, ymm3
vcmptrue_ussd xmm1, xmm2
vcmplt_osps xmm1, xmm2, xmm3
vcmplt_osps xmm9, xmm2, xmm15
vcmplt_osps xmm1, xmm12, Rx(dynreg)
vcmplt_osps xmm1, xmm2, [rax + 8]
vcmplt_osps ymm1, ymm2, ymm3
vcmplt_osps ymm9, ymm2, ymm15
vcmplt_osps ymm1, ymm12, YWORD [r9]
vcmplt_osps xmm1, xmm2, QWORD [rax]
vcmplt_ospd xmm1, xmm2, xmm3
vcmplt_ospd xmm9, xmm2, xmm15
vcmplt_ospd xmm1, xmm12, Rx(dynreg)
vcmplt_ospd xmm1, xmm2, [rax + 8]
vcmplt_ospd ymm1, ymm2, ymm3
vcmplt_ospd ymm9, ymm2, ymm15
vcmplt_ospd ymm1, ymm12, YWORD [r9]
vcmplt_ospd xmm1, xmm2, QWORD [rax]
vcmplt_osss xmm1, xmm2, xmm3
vcmplt_osss xmm9, xmm2, xmm15
vcmplt_osss xmm1, xmm12, Rx(dynreg)
vcmplt_osss xmm1, xmm2, [rax + 8]
vcmplt_osss xmm1, xmm2, QWORD [r9]
vcmplt_osss ymm1, ymm2, ymm3
vcmplt_ossd xmm1, xmm2, xmm3
vcmplt_ossd xmm9, xmm2, xmm15
vcmplt_ossd xmm1, xmm12, Rx(dynreg)
vcmplt_ossd xmm1, xmm2, [rax + 8]
vcmplt_ossd xmm1, xmm2, QWORD [r9]
vcmplt_ossd ymm1, ymm2, ymm3
vcmple_osps xmm1, xmm2, xmm3
vcmple_osps xmm9, xmm2, xmm15
vcmple_osps xmm1, xmm12, Rx(dynreg)
vcmple_osps xmm1, xmm2, [rax + 8]
vcmple_osps ymm1, ymm2, ymm3
vcmple_osps ymm9, ymm2, ymm15
vcmple_osps ymm1, ymm12, YWORD [r9]
vcmple_osps xmm1, xmm2, QWORD [rax]
vcmple_ospd xmm1, xmm2, xmm3
vcmple_ospd xmm9, xmm2, xmm15
vcmple_ospd xmm1, xmm12, Rx(dynreg)
vcmple_ospd xmm1, xmm2, [rax + 8]
vcmple_ospd ymm1, ymm2, ymm3
vcmple_ospd ymm9, ymm2, ymm15
vcmple_ospd ymm1, ymm12, YWORD [r9]
vcmple_ospd xmm1, xmm2, QWORD [rax]
vcmple_osss xmm1, xmm2, xmm3
vcmple_osss xmm9, xmm2, xmm15
vcmple_osss xmm1, xmm12, Rx(dynreg)
vcmple_osss xmm1, xmm2, [rax + 8]
vcmple_osss xmm1, xmm2, QWORD [r9]
vcmple_osss ymm1, ymm2, ymm3
vcmple_ossd xmm1, xmm2, xmm3
vcmple_ossd xmm9, xmm2, xmm15
vcmple_ossd xmm1, xmm12, Rx(dynreg)
vcmple_ossd xmm1, xmm2, [rax + 8]
vcmple_ossd xmm1, xmm2, QWORD [r9]
vcmple_ossd ymm1, ymm2, ymm3
vcmpunord_qps xmm1, xmm2, xmm3
vcmpunord_qps xmm9, xmm2, xmm15
vcmpunord_qps xmm1, xmm12, Rx(dynreg)
vcmpunord_qps xmm1, xmm2, [rax + 8]
vcmpunord_qps ymm1, ymm2, ymm3
vcmpunord_qps ymm9, ymm2, ymm15
vcmpunord_qps ymm1, ymm12, YWORD [r9]
vcmpunord_qps xmm1, xmm2, QWORD [rax]
vcmpunord_qpd xmm1, xmm2, xmm3
vcmpunord_qpd xmm9, xmm2, xmm15
vcmpunord_qpd xmm1, xmm12, Rx(dynreg)
vcmpunord_qpd xmm1, xmm2, [rax + 8]
vcmpunord_qpd ymm1, ymm2, ymm3
vcmpunord_qpd ymm9, ymm2, ymm15
vcmpunord_qpd ymm1, ymm12, YWORD [r9]
vcmpunord_qpd xmm1, xmm2, QWORD [rax]
vcmpunord_qss xmm1, xmm2, xmm3
vcmpunord_qss xmm9, xmm2, xmm15
vcmpunord_qss xmm1, xmm12, Rx(dynreg)
vcmpunord_qss xmm1, xmm2, [rax + 8]
vcmpunord_qss xmm1, xmm2, QWORD [r9]
vcmpunord_qss ymm1, ymm2, ymm3
vcmpunord_qsd xmm1, xmm2, xmm3
vcmpunord_qsd xmm9, xmm2, xmm15
vcmpunord_qsd xmm1, xmm12, Rx(dynreg)
vcmpunord_qsd xmm1, xmm2, [rax + 8]
vcmpunord_qsd xmm1, xmm2, QWORD [r9]
vcmpunord_qsd ymm1, ymm2, ymm3
vcmpneq_uqps xmm1, xmm2, xmm3
vcmpneq_uqps xmm9, xmm2, xmm15
vcmpneq_uqps xmm1, xmm12, Rx(dynreg)
vcmpneq_uqps xmm1, xmm2, [rax + 8]
vcmpneq_uqps ymm1, ymm2, ymm3
vcmpneq_uqps ymm9, ymm2, ymm15
vcmpneq_uqps ymm1, ymm12, YWORD [r9]
vcmpneq_uqps xmm1, xmm2, QWORD [rax]
vcmpneq_uqpd xmm1, xmm2, xmm3
vcmpneq_uqpd xmm9, xmm2, xmm15
vcmpneq_uqpd xmm1, xmm12, Rx(dynreg)
vcmpneq_uqpd xmm1, xmm2, [rax + 8]
vcmpneq_uqpd ymm1, ymm2, ymm3
vcmpneq_uqpd ymm9, ymm2, ymm15
vcmpneq_uqpd ymm1, ymm12, YWORD [r9]
vcmpneq_uqpd xmm1, xmm2, QWORD [rax]
vcmpneq_uqss xmm1, xmm2, xmm3
vcmpneq_uqss xmm9, xmm2, xmm15
vcmpneq_uqss xmm1, xmm12, Rx(dynreg)
vcmpneq_uqss xmm1, xmm2, [rax + 8]
vcmpneq_uqss xmm1, xmm2, QWORD [r9]
vcmpneq_uqss ymm1, ymm2, ymm3
vcmpneq_uqsd xmm1, xmm2, xmm3
vcmpneq_uqsd xmm9, xmm2, xmm15
vcmpneq_uqsd xmm1, xmm12, Rx(dynreg)
vcmpneq_uqsd xmm1, xmm2, [rax + 8]
vcmpneq_uqsd xmm1, xmm2, QWORD [r9]
vcmpneq_uqsd ymm1, ymm2, ymm3
vcmpnlt_usps xmm1, xmm2, xmm3
vcmpnlt_usps xmm9, xmm2, xmm15
vcmpnlt_usps xmm1, xmm12, Rx(dynreg)
vcmpnlt_usps xmm1, xmm2, [rax + 8]
vcmpnlt_usps ymm1, ymm2, ymm3
vcmpnlt_usps ymm9, ymm2, ymm15
vcmpnlt_usps ymm1, ymm12, YWORD [r9]
vcmpnlt_usps xmm1, xmm2, QWORD [rax]
vcmpnlt_uspd xmm1, xmm2, xmm3
vcmpnlt_uspd xmm9, xmm2, xmm15
vcmpnlt_uspd xmm1, xmm12, Rx(dynreg)
vcmpnlt_uspd xmm1, xmm2, [rax + 8]
vcmpnlt_uspd ymm1, ymm2, ymm3
vcmpnlt_uspd ymm9, ymm2, ymm15
vcmpnlt_uspd ymm1, ymm12, YWORD [r9]
vcmpnlt_uspd xmm1, xmm2, QWORD [rax]
vcmpnlt_usss xmm1, xmm2, xmm3
vcmpnlt_usss xmm9, xmm2, xmm15
vcmpnlt_usss xmm1, xmm12, Rx(dynreg)
vcmpnlt_usss xmm1, xmm2, [rax + 8]
vcmpnlt_usss xmm1, xmm2, QWORD [r9]
vcmpnlt_usss ymm1, ymm2, ymm3
vcmpnlt_ussd xmm1, xmm2, xmm3
vcmpnlt_ussd xmm9, xmm2, xmm15
vcmpnlt_ussd xmm1, xmm12, Rx(dynreg)
vcmpnlt_ussd xmm1, xmm2, [rax + 8]
vcmpnlt_ussd xmm1, xmm2, QWORD [r9]
vcmpnlt_ussd ymm1, ymm2, ymm3
vcmpnle_usps xmm1, xmm2, xmm3
vcmpnle_usps xmm9, xmm2, xmm15
vcmpnle_usps xmm1, xmm12, Rx(dynreg)
vcmpnle_usps xmm1, xmm2, [rax + 8]
vcmpnle_usps ymm1, ymm2, ymm3
vcmpnle_usps ymm9, ymm2, ymm15
vcmpnle_usps ymm1, ymm12, YWORD [r9]
vcmpnle_usps xmm1, xmm2, QWORD [rax]
vcmpnle_uspd xmm1, xmm2, xmm3
vcmpnle_uspd xmm9, xmm2, xmm15
vcmpnle_uspd xmm1, xmm12, Rx(dynreg)
vcmpnle_uspd xmm1, xmm2, [rax + 8]
vcmpnle_uspd ymm1, ymm2, ymm3
vcmpnle_uspd ymm9, ymm2, ymm15
vcmpnle_uspd ymm1, ymm12, YWORD [r9]
vcmpnle_uspd xmm1, xmm2, QWORD [rax]
vcmpnle_usss xmm1, xmm2, xmm3
vcmpnle_usss xmm9, xmm2, xmm15
vcmpnle_usss xmm1, xmm12, Rx(dynreg)
vcmpnle_usss xmm1, xmm2, [rax + 8]
vcmpnle_usss xmm1, xmm2, QWORD [r9]
vcmpnle_usss ymm1, ymm2, ymm3
vcmpnle_ussd xmm1, xmm2, xmm3
vcmpnle_ussd xmm9, xmm2, xmm15
vcmpnle_ussd xmm1, xmm12, Rx(dynreg)
vcmpnle_ussd xmm1, xmm2, [rax + 8]
vcmpnle_ussd xmm1, xmm2, QWORD [r9]
vcmpnle_ussd ymm1, ymm2, ymm3
vcmpord_qps xmm1, xmm2, xmm3
vcmpord_qps xmm9, xmm2, xmm15
vcmpord_qps xmm1, xmm12, Rx(dynreg)
vcmpord_qps xmm1, xmm2, [rax + 8]
vcmpord_qps ymm1, ymm2, ymm3
vcmpord_qps ymm9, ymm2, ymm15
vcmpord_qps ymm1, ymm12, YWORD [r9]
vcmpord_qps xmm1, xmm2, QWORD [rax]
vcmpord_qpd xmm1, xmm2, xmm3
vcmpord_qpd xmm9, xmm2, xmm15
vcmpord_qpd xmm1, xmm12, Rx(dynreg)
vcmpord_qpd xmm1, xmm2, [rax + 8]
vcmpord_qpd ymm1, ymm2, ymm3
vcmpord_qpd ymm9, ymm2, ymm15
vcmpord_qpd ymm1, ymm12, YWORD [r9]
vcmpord_qpd xmm1, xmm2, QWORD [rax]
vcmpord_qss xmm1, xmm2, xmm3
vcmpord_qss xmm9, xmm2, xmm15
vcmpord_qss xmm1, xmm12, Rx(dynreg)
vcmpord_qss xmm1, xmm2, [rax + 8]
vcmpord_qss xmm1, xmm2, QWORD [r9]
vcmpord_qss ymm1, ymm2, ymm3
vcmpord_qsd xmm1, xmm2, xmm3
vcmpord_qsd xmm9, xmm2, xmm15
vcmpord_qsd xmm1, xmm12, Rx(dynreg)
vcmpord_qsd xmm1, xmm2, [rax + 8]
vcmpord_qsd xmm1, xmm2, QWORD [r9]
vcmpord_qsd ymm1, ymm2, ymm3
