# Non-EVEX instructions dynasm-rs 5.1 lacks (src/x64/mnemonics/modern.rs and the new forms of
# vaesenc.., vpclmulqdq, adcx/adox, rdrand/rdseed): expected bytes from llvm-mc and GNU as
# (tools/llvm_cases.py).
endbr64
endbr32
incsspd {r32}
incsspq {r64}
rdsspd {r32}
rdsspq {r64}
saveprevssp
rstorssp {m}
wrssd {m32}, {r32}
wrssq {m64}, {r64}
wrussd {m32}, {r32}
wrussq {m64}, {r64}
setssbsy
clrssbsy {m}
clflushopt {m8}
clwb {m8}
cldemote {m8}
wbnoinvd
serialize
movdir64b {r64}, [rax]
movdir64b rax, {m}
enqcmd {r64}, [rax]
enqcmd rcx, {m}
enqcmds {r64}, [rax]
enqcmds rcx, {m}
ptwrite {r32}
ptwrite {r64}
ptwrite {m32}
ptwrite {m64}
xsavec {m}
xsaves {m}
xrstors {m}
rdpid {r64}
rdpkru
wrpkru
tpause {r32}
umonitor {r64}
umwait {r32}
clui
stui
testui
uiret
senduipi {r64}
encls
enclu
enclv
pconfig
gf2p8mulb {xmm}, xmm2
gf2p8mulb xmm1, {xmm}
gf2p8mulb xmm1, {m}
gf2p8mulb xmm1, {m128}
gf2p8affineqb {xmm}, xmm2, 5
gf2p8affineqb xmm1, {m128}, {imm8}
gf2p8affineinvqb {xmm}, xmm2, 5
gf2p8affineinvqb xmm1, {m128}, {imm8}
vgf2p8mulb {xmm}, xmm2, xmm3
vgf2p8mulb xmm1, {xmm}, xmm3
vgf2p8mulb xmm1, xmm2, {m128}
vgf2p8mulb {ymm}, ymm2, ymm3
vgf2p8mulb ymm1, {ymm}, {m256}
vgf2p8affineqb {xmm}, xmm2, xmm3, 1
vgf2p8affineqb xmm1, {xmm}, {m128}, {imm8}
vgf2p8affineqb {ymm}, ymm2, ymm3, 1
vgf2p8affineqb ymm1, {ymm}, {m256}, 1
vgf2p8affineinvqb {xmm}, xmm2, xmm3, 1
vgf2p8affineinvqb ymm1, {ymm}, {m256}, 1
vaesenc {ymm}, ymm2, ymm3
vaesenc ymm1, {ymm}, {m256}
vaesenclast {ymm}, ymm2, ymm3
vaesenclast ymm1, {ymm}, {m256}
vaesdec {ymm}, ymm2, ymm3
vaesdec ymm1, {ymm}, {m256}
vaesdeclast {ymm}, ymm2, ymm3
vaesdeclast ymm1, {ymm}, {m256}
vpclmulqdq {ymm}, ymm2, ymm3, 0x11
vpclmulqdq ymm1, {ymm}, {m256}, {imm8}
adcx {r32}, ecx
adcx eax, {m32}
adox {r32}, ecx
adox eax, {m32}
rdrand {r32}
rdrand {r16}
rdseed {r32}
rdseed {r16}
hreset {imm8}
invlpgb
tlbsync
xsusldtrk
xresldtrk
