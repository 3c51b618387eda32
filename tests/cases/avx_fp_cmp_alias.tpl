# Other names of the vcmp predicates 9 to 0Fh.
vcmpnge_usps xmm1, xmm2, xmm3
vcmpnge_usps xmm9, xmm2, xmm15
vcmpnge_usps xmm1, xmm12, Rx(dynreg)
vcmpnge_usps xmm1, xmm2, [rax + 8]
vcmpnge_usps ymm1, ymm2, ymm3
vcmpnge_usps ymm9, ymm2, ymm15
vcmpnge_usps ymm1, ymm12, YWORD [r9]
vcmpnge_usps xmm1, xmm2, QWORD [rax]
vcmpnge_uspd xmm1, xmm2, xmm3
vcmpnge_uspd xmm9, xmm2, xmm15
vcmpnge_uspd xmm1, xmm12, Rx(dynreg)
vcmpnge_uspd xmm1, xmm2, [rax + 8]
vcmpnge_uspd ymm1, ymm2, ymm3
vcmpnge_uspd ymm9, ymm2, ymm15
vcmpnge_uspd ymm1, ymm12, YWORD [r9]
vcmpnge_uspd xmm1, xmm2, QWORD [rax]
vcmpnge_usss xmm1, xmm2, xmm3
vcmpnge_usss xmm9, xmm2, xmm15
vcmpnge_usss xmm1, xmm12, Rx(dynreg)
vcmpnge_usss xmm1, xmm2, [rax + 8]
vcmpnge_usss xmm1, xmm2, QWORD [r9]
vcmpnge_usss ymm1, ymm2, ymm3
vcmpnge_ussd xmm1, xmm2, xmm3
vcmpnge_ussd xmm9, xmm2, xmm15
vcmpnge_ussd xmm1, xmm12, Rx(dynreg)
vcmpnge_ussd xmm1, xmm2, [rax + 8]
vcmpnge_ussd xmm1, xmm2, QWORD [r9]
vcmpnge_ussd ymm1, ymm2, ymm3
vcmpngt_usps xmm1, xmm2, xmm3
vcmpngt_usps xmm9, xmm2, xmm15
vcmpngt_usps xmm1, xmm12, Rx(dynreg)
vcmpngt_usps xmm1, xmm2, [rax + 8]
vcmpngt_usps ymm1, ymm2, ymm3
vcmpngt_usps ymm9, ymm2, ymm15
vcmpngt_usps ymm1, ymm12, YWORD [r9]
vcmpngt_usps xmm1, xmm2, QWORD [rax]
vcmpngt_uspd xmm1, xmm2, xmm3
vcmpngt_uspd xmm9, xmm2, xmm15
vcmpngt_uspd xmm1, xmm12, Rx(dynreg)
vcmpngt_uspd xmm1, xmm2, [rax + 8]
vcmpngt_uspd ymm1, ymm2, ymm3
vcmpngt_uspd ymm9, ymm2, ymm15
vcmpngt_uspd ymm1, ymm12, YWORD [r9]
vcmpngt_uspd xmm1, xmm2, QWORD [rax]
vcmpngt_usss xmm1, xmm2, xmm3
vcmpngt_usss xmm9, xmm2, xmm15
vcmpngt_usss xmm1, xmm12, Rx(dynreg)
vcmpngt_usss xmm1, xmm2, [rax + 8]
vcmpngt_usss xmm1, xmm2, QWORD [r9]
vcmpngt_usss ymm1, ymm2, ymm3
vcmpngt_ussd xmm1, xmm2, xmm3
vcmpngt_ussd xmm9, xmm2, xmm15
vcmpngt_ussd xmm1, xmm12, Rx(dynreg)
vcmpngt_ussd xmm1, xmm2, [rax + 8]
vcmpngt_ussd xmm1, xmm2, QWORD [r9]
vcmpngt_ussd ymm1, ymm2, ymm3
vcmpfalse_oqps xmm1, xmm2, xmm3
vcmpfalse_oqps xmm9, xmm2, xmm15
vcmpfalse_oqps xmm1, xmm12, Rx(dynreg)
vcmpfalse_oqps xmm1, xmm2, [rax + 8]
vcmpfalse_oqps ymm1, ymm2, ymm3
vcmpfalse_oqps ymm9, ymm2, ymm15
vcmpfalse_oqps ymm1, ymm12, YWORD [r9]
vcmpfalse_oqps xmm1, xmm2, QWORD [rax]
vcmpfalse_oqpd xmm1, xmm2, xmm3
vcmpfalse_oqpd xmm9, xmm2, xmm15
vcmpfalse_oqpd xmm1, xmm12, Rx(dynreg)
vcmpfalse_oqpd xmm1, xmm2, [rax + 8]
vcmpfalse_oqpd ymm1, ymm2, ymm3
vcmpfalse_oqpd ymm9, ymm2, ymm15
vcmpfalse_oqpd ymm1, ymm12, YWORD [r9]
vcmpfalse_oqpd xmm1, xmm2, QWORD [rax]
vcmpfalse_oqss xmm1, xmm2, xmm3
vcmpfalse_oqss xmm9, xmm2, xmm15
vcmpfalse_oqss xmm1, xmm12, Rx(dynreg)
vcmpfalse_oqss xmm1, xmm2, [rax + 8]
vcmpfalse_oqss xmm1, xmm2, QWORD [r9]
vcmpfalse_oqss ymm1, ymm2, ymm3
vcmpfalse_oqsd xmm1, xmm2, xmm3
vcmpfalse_oqsd xmm9, xmm2, xmm15
vcmpfalse_oqsd xmm1, xmm12, Rx(dynreg)
vcmpfalse_oqsd xmm1, xmm2, [rax + 8]
vcmpfalse_oqsd xmm1, xmm2, QWORD [r9]
vcmpfalse_oqsd ymm1, ymm2, ymm3
vcmpge_osps xmm1, xmm2, xmm3
vcmpge_osps xmm9, xmm2, xmm15
vcmpge_osps xmm1, xmm12, Rx(dynreg)
vcmpge_osps xmm1, xmm2, [rax + 8]
vcmpge_osps ymm1, ymm2, ymm3
vcmpge_osps ymm9, ymm2, ymm15
vcmpge_osps ymm1, ymm12, YWORD [r9]
vcmpge_osps xmm1, xmm2, QWORD [rax]
vcmpge_ospd xmm1, xmm2, xmm3
vcmpge_ospd xmm9, xmm2, xmm15
vcmpge_ospd xmm1, xmm12, Rx(dynreg)
vcmpge_ospd xmm1, xmm2, [rax + 8]
vcmpge_ospd ymm1, ymm2, ymm3
vcmpge_ospd ymm9, ymm2, ymm15
vcmpge_ospd ymm1, ymm12, YWORD [r9]
vcmpge_ospd xmm1, xmm2, QWORD [rax]
vcmpge_osss xmm1, xmm2, xmm3
vcmpge_osss xmm9, xmm2, xmm15
vcmpge_osss xmm1, xmm12, Rx(dynreg)
vcmpge_osss xmm1, xmm2, [rax + 8]
vcmpge_osss xmm1, xmm2, QWORD [r9]
vcmpge_osss ymm1, ymm2, ymm3
vcmpge_ossd xmm1, xmm2, xmm3
vcmpge_ossd xmm9, xmm2, xmm15
vcmpge_ossd xmm1, xmm12, Rx(dynreg)
vcmpge_ossd xmm1, xmm2, [rax + 8]
vcmpge_ossd xmm1, xmm2, QWORD [r9]
vcmpge_ossd ymm1, ymm2, ymm3
vcmpgt_osps xmm1, xmm2, xmm3
vcmpgt_osps xmm9, xmm2, xmm15
vcmpgt_osps xmm1, xmm12, Rx(dynreg)
vcmpgt_osps xmm1, xmm2, [rax + 8]
vcmpgt_osps ymm1, ymm2, ymm3
vcmpgt_osps ymm9, ymm2, ymm15
vcmpgt_osps ymm1, ymm12, YWORD [r9]
vcmpgt_osps xmm1, xmm2, QWORD [rax]
vcmpgt_ospd xmm1, xmm2, xmm3
vcmpgt_ospd xmm9, xmm2, xmm15
vcmpgt_ospd xmm1, xmm12, Rx(dynreg)
vcmpgt_ospd xmm1, xmm2, [rax + 8]
vcmpgt_ospd ymm1, ymm2, ymm3
vcmpgt_ospd ymm9, ymm2, ymm15
vcmpgt_ospd ymm1, ymm12, YWORD [r9]
vcmpgt_ospd xmm1, xmm2, QWORD [rax]
vcmpgt_osss xmm1, xmm2, xmm3
vcmpgt_osss xmm9, xmm2, xmm15
vcmpgt_osss xmm1, xmm12, Rx(dynreg)
vcmpgt_osss xmm1, xmm2, [rax + 8]
vcmpgt_osss xmm1, xmm2, QWORD [r9]
vcmpgt_osss ymm1, ymm2, ymm3
vcmpgt_ossd xmm1, xmm2, xmm3
vcmpgt_ossd xmm9, xmm2, xmm15
vcmpgt_ossd xmm1, xmm12, Rx(dynreg)
vcmpgt_ossd xmm1, xmm2, [rax + 8]
vcmpgt_ossd xmm1, xmm2, QWORD [r9]
vcmpgt_ossd ymm1, ymm2, ymm3
vcmptrue_uqps xmm1, xmm2, xmm3
vcmptrue_uqps xmm9, xmm2, xmm15
vcmptrue_uqps xmm1, xmm12, Rx(dynreg)
vcmptrue_uqps xmm1, xmm2, [rax + 8]
vcmptrue_uqps ymm1, ymm2, ymm3
vcmptrue_uqps ymm9, ymm2, ymm15
vcmptrue_uqps ymm1, ymm12, YWORD [r9]
vcmptrue_uqps xmm1, xmm2, QWORD [rax]
vcmptrue_uqpd xmm1, xmm2, xmm3
vcmptrue_uqpd xmm9, xmm2, xmm15
vcmptrue_uqpd xmm1, xmm12, Rx(dynreg)
vcmptrue_uqpd xmm1, xmm2, [rax + 8]
vcmptrue_uqpd ymm1, ymm2, ymm3
vcmptrue_uqpd ymm9, ymm2, ymm15
vcmptrue_uqpd ymm1, ymm12, YWORD [r9]
vcmptrue_uqpd xmm1, xmm2, QWORD [rax]
vcmptrue_uqss xmm1, xmm2, xmm3
vcmptrue_uqss xmm9, xmm2, xmm15
vcmptrue_uqss xmm1, xmm12, Rx(dynreg)
vcmptrue_uqss xmm1, xmm2, [rax + 8]
vcmptrue_uqss xmm1, xmm2, QWORD [r9]
vcmptrue_uqss ymm1, ymm2, ymm3
vcmptrue_uqsd xmm1, xmm2, xmm3
vcmptrue_uqsd xmm9, xmm2, xmm15
vcmptrue_uqsd xmm1, xmm12, Rx(dynreg)
vcmptrue_uqsd xmm1, xmm2, [rax + 8]
vcmptrue_uqsd xmm1, xmm2, QWORD [r9]
vcmptrue_uqsd ymm1, ymm2, ymm3
