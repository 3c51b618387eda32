# vpalignr, vpblendw, vpblendd with a memory third operand: dynasm-rs 5.1 puts the third operand in
# VEX.vvvv, so a memory operand there leaves only its 67 prefix and vvvv = register 0 (the memory
# is not encoded). declasm gives the same bytes.
vpalignr xmm1, xmm2, {m}, 1
vpalignr ymm1, ymm2, {m}, 1
vpblendw xmm1, xmm2, {m}, 1
vpblendw ymm1, ymm2, {m}, 1
vpblendd xmm1, xmm2, {m}, 1
vpblendd ymm1, ymm2, {m}, 1
vpalignr xmm1, xmm2, OWORD [rax], 1
vpalignr ymm1, ymm2, YWORD [rax], 1
vpblendd xmm9, xmm12, OWORD [r13 + 8], 0x7F
vmpsadbw {xmm}, xmm0, xmm8, 0
vmpsadbw xmm1, {xmm}, xmm3, 1
vmpsadbw xmm1, xmm2, {xmm}, 1
vmpsadbw xmm1, xmm2, xmm3, {imm8}
vmpsadbw {ymm}, ymm0, ymm8, 0
vmpsadbw ymm1, ymm2, {ymm}, 1
vmpsadbw xmm1, xmm2, {m}, 1
