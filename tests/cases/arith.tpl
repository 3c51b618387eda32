# ALU: every form of every operation; full operand sets for add, a representative line for the rest.
add al, {imm8}
add {r8}, {imm8}
add {m8}, {imm8}
add ax, {imm16}
add {r16}, {simm8}
add {r16}, {imm16}
add {m16}, {imm16}
add {m16}, {simm8}
add eax, {imm32}
add {r32}, {simm8}
add {r32}, {imm32}
add {m32}, {imm32}
add {m32}, {simm8}
add rax, {imm32}
add rax, {simm8}
add {r64}, {simm8}
add {r64}, {imm32}
add {m64}, {imm32}
add {m64}, {simm8}
add {r8}, {r8}
add {r16}, {r16}
add {r32}, {r32}
add {r64}, {r64}
add {m}, {r8}
add {m}, {r16}
add {m}, {r32}
add {m}, {r64}
add {r8}, {m}
add {r16}, {m}
add {r32}, {m}
add {r64}, {m}
add {m}, {imm8}
lock add {m}, {r32}
lock add {m64}, {simm8}
or al, {imm8}
or bl, {imm8}
or BYTE [rax], 1
or ax, {imm16}
or cx, 1
or cx, {imm16}
or WORD [rax], 0x1234
or eax, {imm32}
or ecx, {simm8}
or ecx, {imm32}
or DWORD [rax], {imm32}
or rax, {imm32}
or rax, {simm8}
or {r64}, {simm8}
or rcx, {imm32}
or {m64}, {imm32}
or {r8}, cl
or cx, {r16}
or ecx, {r32}
or rcx, {r64}
or {m}, {r64}
or {m}, cl
or {r32}, [rax]
or {r16}, [rax]
or {r8}, [rax]
or rcx, {m}
lock or {m}, eax
adc al, {imm8}
adc bl, {imm8}
adc BYTE [rax], 1
adc ax, {imm16}
adc cx, 1
adc cx, {imm16}
adc WORD [rax], 0x1234
adc eax, {imm32}
adc ecx, {simm8}
adc ecx, {imm32}
adc DWORD [rax], {imm32}
adc rax, {imm32}
adc rax, {simm8}
adc {r64}, {simm8}
adc rcx, {imm32}
adc {m64}, {imm32}
adc {r8}, cl
adc cx, {r16}
adc ecx, {r32}
adc rcx, {r64}
adc {m}, {r64}
adc {m}, cl
adc {r32}, [rax]
adc {r16}, [rax]
adc {r8}, [rax]
adc rcx, {m}
lock adc {m}, eax
sbb al, {imm8}
sbb bl, {imm8}
sbb BYTE [rax], 1
sbb ax, {imm16}
sbb cx, 1
sbb cx, {imm16}
sbb WORD [rax], 0x1234
sbb eax, {imm32}
sbb ecx, {simm8}
sbb ecx, {imm32}
sbb DWORD [rax], {imm32}
sbb rax, {imm32}
sbb rax, {simm8}
sbb {r64}, {simm8}
sbb rcx, {imm32}
sbb {m64}, {imm32}
sbb {r8}, cl
sbb cx, {r16}
sbb ecx, {r32}
sbb rcx, {r64}
sbb {m}, {r64}
sbb {m}, cl
sbb {r32}, [rax]
sbb {r16}, [rax]
sbb {r8}, [rax]
sbb rcx, {m}
lock sbb {m}, eax
and al, {imm8}
and bl, {imm8}
and BYTE [rax], 1
and ax, {imm16}
and cx, 1
and cx, {imm16}
and WORD [rax], 0x1234
and eax, {imm32}
and ecx, {simm8}
and ecx, {imm32}
and DWORD [rax], {imm32}
and rax, {imm32}
and rax, {simm8}
and {r64}, {simm8}
and rcx, {imm32}
and {m64}, {imm32}
and {r8}, cl
and cx, {r16}
and ecx, {r32}
and rcx, {r64}
and {m}, {r64}
and {m}, cl
and {r32}, [rax]
and {r16}, [rax]
and {r8}, [rax]
and rcx, {m}
lock and {m}, eax
sub al, {imm8}
sub bl, {imm8}
sub BYTE [rax], 1
sub ax, {imm16}
sub cx, 1
sub cx, {imm16}
sub WORD [rax], 0x1234
sub eax, {imm32}
sub ecx, {simm8}
sub ecx, {imm32}
sub DWORD [rax], {imm32}
sub rax, {imm32}
sub rax, {simm8}
sub {r64}, {simm8}
sub rcx, {imm32}
sub {m64}, {imm32}
sub {r8}, cl
sub cx, {r16}
sub ecx, {r32}
sub rcx, {r64}
sub {m}, {r64}
sub {m}, cl
sub {r32}, [rax]
sub {r16}, [rax]
sub {r8}, [rax]
sub rcx, {m}
lock sub {m}, eax
xor al, {imm8}
xor bl, {imm8}
xor BYTE [rax], 1
xor ax, {imm16}
xor cx, 1
xor cx, {imm16}
xor WORD [rax], 0x1234
xor eax, {imm32}
xor ecx, {simm8}
xor ecx, {imm32}
xor DWORD [rax], {imm32}
xor rax, {imm32}
xor rax, {simm8}
xor {r64}, {simm8}
xor rcx, {imm32}
xor {m64}, {imm32}
xor {r8}, cl
xor cx, {r16}
xor ecx, {r32}
xor rcx, {r64}
xor {m}, {r64}
xor {m}, cl
xor {r32}, [rax]
xor {r16}, [rax]
xor {r8}, [rax]
xor rcx, {m}
lock xor {m}, eax
cmp al, {imm8}
cmp bl, {imm8}
cmp BYTE [rax], 1
cmp ax, {imm16}
cmp cx, 1
cmp cx, {imm16}
cmp WORD [rax], 0x1234
cmp eax, {imm32}
cmp ecx, {simm8}
cmp ecx, {imm32}
cmp DWORD [rax], {imm32}
cmp rax, {imm32}
cmp rax, {simm8}
cmp {r64}, {simm8}
cmp rcx, {imm32}
cmp {m64}, {imm32}
cmp {r8}, cl
cmp cx, {r16}
cmp ecx, {r32}
cmp rcx, {r64}
cmp {m}, {r64}
cmp {m}, cl
cmp {r32}, [rax]
cmp {r16}, [rax]
cmp {r8}, [rax]
cmp rcx, {m}
lock cmp {m}, eax
# test
test al, {imm8}
test {r8}, {imm8}
test {m8}, {imm8}
test [rax], 1
test ax, {imm16}
test {r16}, {imm16}
test {m16}, {imm16}
test eax, {imm32}
test {r32}, {imm32}
test {m32}, {imm32}
test rax, {imm32}
test {r64}, {imm32}
test {m64}, {imm32}
test {r64}, {simm8}
test {r8}, {r8}
test {r16}, {r16}
test {r32}, {r32}
test {r64}, {r64}
test {m}, {r8}
test {m}, {r16}
test {m}, {r32}
test {m}, {r64}
test {r8}, {m}
test {r16}, {m}
test {r32}, {m}
test {r64}, {m}
inc {r8}
inc {r16}
inc {r32}
inc {r64}
inc {m8}
inc {m16}
inc {m32}
inc {m64}
inc [rax]
dec {r8}
dec {r16}
dec {r32}
dec {r64}
dec {m8}
dec {m16}
dec {m32}
dec {m64}
dec [rax]
not {r8}
not {r16}
not {r32}
not {r64}
not {m8}
not {m16}
not {m32}
not {m64}
not [rax]
neg {r8}
neg {r16}
neg {r32}
neg {r64}
neg {m8}
neg {m16}
neg {m32}
neg {m64}
neg [rax]
mul {r8}
mul {r16}
mul {r32}
mul {r64}
mul {m8}
mul {m16}
mul {m32}
mul {m64}
mul [rax]
div {r8}
div {r16}
div {r32}
div {r64}
div {m8}
div {m16}
div {m32}
div {m64}
div [rax]
idiv {r8}
idiv {r16}
idiv {r32}
idiv {r64}
idiv {m8}
idiv {m16}
idiv {m32}
idiv {m64}
idiv [rax]
imul {r8}
imul {r16}
imul {r32}
imul {r64}
imul {m8}
imul {m16}
imul {m32}
imul {m64}
imul [rax]
lock inc {m32}
lock dec {m32}
lock not {m32}
lock neg {m32}
# imul 2 and 3 operand forms
imul {r16}, {r16}
imul {r32}, {r32}
imul {r64}, {r64}
imul {r16}, {m}
imul {r32}, {m}
imul {r64}, {m}
imul {r16}, cx, {simm8}
imul {r16}, cx, {imm16}
imul {r16}, {m}, {imm8}
imul {r32}, ecx, {simm8}
imul {r32}, ecx, {imm32}
imul eax, {r32}, 5
imul {r32}, {m}, {imm32}
imul {r64}, rcx, {simm8}
imul {r64}, rcx, {imm32}
imul rax, {r64}, 5
imul rax, {r64}, 0x1000
imul {r64}, {m}, {simm8}
imul {r64}, {m}, {imm32}
imul {r64}, {m64}, 5
# xchg
xchg ax, {r16}
xchg {r16}, ax
xchg eax, {r32}
xchg {r32}, eax
xchg rax, {r64}
xchg {r64}, rax
xchg {r8}, {r8}
xchg {r8}, al
xchg {r16}, cx
xchg {r32}, ecx
xchg {r64}, rcx
xchg rcx, {r64}
xchg {r8}, {m}
xchg {m}, {r8}
xchg {r16}, {m}
xchg {m}, {r16}
xchg {r32}, {m}
xchg {m}, {r32}
xchg {r64}, {m}
xchg {m}, {r64}
# xadd, cmpxchg
xadd {r8}, {r8}
xadd {r16}, {r16}
xadd {r32}, {r32}
xadd {r64}, {r64}
xadd {m}, {r8}
xadd {m}, {r16}
xadd {m}, {r32}
xadd {m}, {r64}
lock xadd {m}, rcx
cmpxchg {r8}, {r8}
cmpxchg {r16}, {r16}
cmpxchg {r32}, {r32}
cmpxchg {r64}, {r64}
cmpxchg {m}, {r8}
cmpxchg {m}, {r16}
cmpxchg {m}, {r32}
cmpxchg {m}, {r64}
lock cmpxchg {m}, rcx
cmpxchg8b {m}
cmpxchg8b {m64}
lock cmpxchg8b [rax]
cmpxchg16b {m}
cmpxchg16b {m128}
lock cmpxchg16b [rax]
# sign extension of the accumulator
cbw
cwde
cdqe
cwd
cdq
cqo
