# shifts and rotates: full sets for shl, a representative line for the rest
shl {r8}, cl
shl {r8}, {imm8}
shl {m8}, {imm8}
shl {m8}, cl
shl {r16}, cl
shl {r16}, {imm8}
shl {m16}, {imm8}
shl {r32}, cl
shl {r32}, {imm8}
shl {m32}, cl
shl {r64}, cl
shl {r64}, {imm8}
shl {m64}, {imm8}
shl {m64}, cl
shl {m}, 1
shl {m}, cl
sal {r8}, 1
sal cl, cl
sal BYTE [rax], {imm8}
sal cx, 3
sal WORD [rax], cl
sal ecx, {imm8}
sal {r32}, cl
sal DWORD [rax], 1
sal {r64}, 1
sal rcx, cl
sal {m64}, 7
sal QWORD [rax], cl
sal [rax], 1
shr {r8}, 1
shr cl, cl
shr BYTE [rax], {imm8}
shr cx, 3
shr WORD [rax], cl
shr ecx, {imm8}
shr {r32}, cl
shr DWORD [rax], 1
shr {r64}, 1
shr rcx, cl
shr {m64}, 7
shr QWORD [rax], cl
shr [rax], 1
sar {r8}, 1
sar cl, cl
sar BYTE [rax], {imm8}
sar cx, 3
sar WORD [rax], cl
sar ecx, {imm8}
sar {r32}, cl
sar DWORD [rax], 1
sar {r64}, 1
sar rcx, cl
sar {m64}, 7
sar QWORD [rax], cl
sar [rax], 1
rol {r8}, 1
rol cl, cl
rol BYTE [rax], {imm8}
rol cx, 3
rol WORD [rax], cl
rol ecx, {imm8}
rol {r32}, cl
rol DWORD [rax], 1
rol {r64}, 1
rol rcx, cl
rol {m64}, 7
rol QWORD [rax], cl
rol [rax], 1
ror {r8}, 1
ror cl, cl
ror BYTE [rax], {imm8}
ror cx, 3
ror WORD [rax], cl
ror ecx, {imm8}
ror {r32}, cl
ror DWORD [rax], 1
ror {r64}, 1
ror rcx, cl
ror {m64}, 7
ror QWORD [rax], cl
ror [rax], 1
rcl {r8}, 1
rcl cl, cl
rcl BYTE [rax], {imm8}
rcl cx, 3
rcl WORD [rax], cl
rcl ecx, {imm8}
rcl {r32}, cl
rcl DWORD [rax], 1
rcl {r64}, 1
rcl rcx, cl
rcl {m64}, 7
rcl QWORD [rax], cl
rcl [rax], 1
rcr {r8}, 1
rcr cl, cl
rcr BYTE [rax], {imm8}
rcr cx, 3
rcr WORD [rax], cl
rcr ecx, {imm8}
rcr {r32}, cl
rcr DWORD [rax], 1
rcr {r64}, 1
rcr rcx, cl
rcr {m64}, 7
rcr QWORD [rax], cl
rcr [rax], 1
shld {r16}, cx, {imm8}
shld ax, {r16}, cl
shld {m16}, cx, 3
shld {r32}, ecx, {imm8}
shld eax, {r32}, cl
shld {m}, ecx, 3
shld {m}, ecx, cl
shld {r64}, rcx, {imm8}
shld rax, {r64}, 5
shld {r64}, rcx, cl
shld {m}, rcx, 5
shld {m64}, rcx, cl
shld {m}, {r64}, 1
shrd {r16}, cx, {imm8}
shrd ax, {r16}, cl
shrd {m16}, cx, 3
shrd {r32}, ecx, {imm8}
shrd eax, {r32}, cl
shrd {m}, ecx, 3
shrd {m}, ecx, cl
shrd {r64}, rcx, {imm8}
shrd rax, {r64}, 5
shrd {r64}, rcx, cl
shrd {m}, rcx, 5
shrd {m64}, rcx, cl
shrd {m}, {r64}, 1
bt {r16}, {r16}
bt {r32}, {r32}
bt {r64}, {r64}
bt {m}, {r16}
bt {m}, {r32}
bt {m}, {r64}
bt {r16}, {imm8}
bt {r32}, {imm8}
bt {r64}, {imm8}
bt {m16}, {imm8}
bt {m32}, {imm8}
bt {m64}, {imm8}
bt [rax], 5
bts cx, {r16}
bts ecx, {r32}
bts {r64}, rcx
bts {m}, rcx
bts {r16}, 5
bts {r32}, 31
bts {r64}, {imm8}
bts {m64}, 63
bts DWORD [rax], 3
lock bts QWORD [rax], rcx
lock bts DWORD [rax], 1
btr cx, {r16}
btr ecx, {r32}
btr {r64}, rcx
btr {m}, rcx
btr {r16}, 5
btr {r32}, 31
btr {r64}, {imm8}
btr {m64}, 63
btr DWORD [rax], 3
lock btr QWORD [rax], rcx
lock btr DWORD [rax], 1
btc cx, {r16}
btc ecx, {r32}
btc {r64}, rcx
btc {m}, rcx
btc {r16}, 5
btc {r32}, 31
btc {r64}, {imm8}
btc {m64}, 63
btc DWORD [rax], 3
lock btc QWORD [rax], rcx
lock btc DWORD [rax], 1
bsf {r16}, {r16}
bsf {r32}, {r32}
bsf {r64}, {r64}
bsf cx, {m}
bsf ecx, {m}
bsf rcx, {m}
bsf {r64}, [rax]
bsr {r16}, {r16}
bsr {r32}, {r32}
bsr {r64}, {r64}
bsr cx, {m}
bsr ecx, {m}
bsr rcx, {m}
bsr {r64}, [rax]
popcnt {r16}, {r16}
popcnt {r32}, {r32}
popcnt {r64}, {r64}
popcnt cx, {m}
popcnt ecx, {m}
popcnt rcx, {m}
popcnt {r64}, [rax]
lzcnt {r16}, {r16}
lzcnt {r32}, {r32}
lzcnt {r64}, {r64}
lzcnt cx, {m}
lzcnt ecx, {m}
lzcnt rcx, {m}
lzcnt {r64}, [rax]
tzcnt {r16}, {r16}
tzcnt {r32}, {r32}
tzcnt {r64}, {r64}
tzcnt cx, {m}
tzcnt ecx, {m}
tzcnt rcx, {m}
tzcnt {r64}, [rax]
adcx {r64}, {r64}
adcx {r64}, [rax]
adcx rcx, {m}
adcx eax, ecx
adcx {r32}, {m}
adox {r64}, {r64}
adox {r64}, [rax]
adox rcx, {m}
adox eax, ecx
adox {r32}, {m}
crc32 {r32}, {r8}
crc32 eax, {r8}
crc32 {r32}, {r16}
crc32 eax, {r16}
crc32 {r32}, {r32}
crc32 eax, {r32}
crc32 {r64}, {r8}
crc32 rax, {r8}
crc32 {r64}, {r64}
crc32 rax, {r64}
crc32 eax, {m}
crc32 eax, {m8}
crc32 eax, {m16}
crc32 eax, {m32}
crc32 rax, {m}
crc32 rax, {m8}
crc32 rax, {m64}
crc32 {r32}, [rax]
crc32 {r64}, [rax]
bswap {r32}
bswap {r64}
bswap {r16}
