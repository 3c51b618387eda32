# lock/rep/repe/repne on every instruction that takes them and on some that do not; memory
# operands without a size keyword.
lock add [rax], rcx
lock add rcx, rax
lock add QWORD [rax], 1
lock adc [rax], rcx
lock adc rcx, rax
lock adc QWORD [rax], 1
lock and [rax], rcx
lock and rcx, rax
lock and QWORD [rax], 1
lock btc QWORD [rax], 3
lock btc [rax], rcx
lock btc rax, 3
lock btr QWORD [rax], 3
lock btr [rax], rcx
lock btr rax, 3
lock bts QWORD [rax], 3
lock bts [rax], rcx
lock bts rax, 3
lock cmpxchg [rax], rcx
lock cmpxchg rcx, rax
lock cmpxchg QWORD [rax], 1
lock cmpxchg8b [rax]
lock cmpxchg16b [rax]
lock dec QWORD [rax]
lock dec rax
lock inc QWORD [rax]
lock inc rax
lock neg QWORD [rax]
lock neg rax
lock not QWORD [rax]
lock not rax
lock or [rax], rcx
lock or rcx, rax
lock or QWORD [rax], 1
lock sbb [rax], rcx
lock sbb rcx, rax
lock sbb QWORD [rax], 1
lock sub [rax], rcx
lock sub rcx, rax
lock sub QWORD [rax], 1
lock xadd [rax], rcx
lock xadd rcx, rax
lock xadd QWORD [rax], 1
lock xchg [rax], rcx
lock xchg rcx, rax
lock xchg QWORD [rax], 1
lock xor [rax], rcx
lock xor rcx, rax
lock xor QWORD [rax], 1
lock mov [rax], rcx
lock bt [rax], rcx
lock cmp [rax], rcx
lock test [rax], rcx
lock lea
lock push
lock movsb
lock nop
lock xchg rcx, [rax]
rep movsb
rep movsw
rep movsd
rep movsq
rep stosb
rep stosw
rep stosd
rep stosq
rep lodsb
rep lodsw
rep lodsd
rep lodsq
rep insb
rep insw
rep insd
rep outsb
rep outsw
rep outsd
rep cmpsb
rep cmpsw
rep cmpsd
rep cmpsq
rep scasb
rep scasw
rep scasd
rep scasq
rep nop
rep ret
rep pause
rep bsf rax, rcx
rep xchg rax, rcx
rep movsd xmm0, xmm1
rep add rax, rcx
repe movsb
repe movsw
repe movsd
repe movsq
repe stosb
repe stosw
repe stosd
repe stosq
repe lodsb
repe lodsw
repe lodsd
repe lodsq
repe insb
repe insw
repe insd
repe outsb
repe outsw
repe outsd
repe cmpsb
repe cmpsw
repe cmpsd
repe cmpsq
repe scasb
repe scasw
repe scasd
repe scasq
repe nop
repe ret
repe pause
repe bsf rax, rcx
repe xchg rax, rcx
repe movsd xmm0, xmm1
repe add rax, rcx
repz movsb
repz movsw
repz movsd
repz movsq
repz stosb
repz stosw
repz stosd
repz stosq
repz lodsb
repz lodsw
repz lodsd
repz lodsq
repz insb
repz insw
repz insd
repz outsb
repz outsw
repz outsd
repz cmpsb
repz cmpsw
repz cmpsd
repz cmpsq
repz scasb
repz scasw
repz scasd
repz scasq
repz nop
repz ret
repz pause
repz bsf rax, rcx
repz xchg rax, rcx
repz movsd xmm0, xmm1
repz add rax, rcx
repne movsb
repne movsw
repne movsd
repne movsq
repne stosb
repne stosw
repne stosd
repne stosq
repne lodsb
repne lodsw
repne lodsd
repne lodsq
repne insb
repne insw
repne insd
repne outsb
repne outsw
repne outsd
repne cmpsb
repne cmpsw
repne cmpsd
repne cmpsq
repne scasb
repne scasw
repne scasd
repne scasq
repne nop
repne ret
repne pause
repne bsf rax, rcx
repne xchg rax, rcx
repne movsd xmm0, xmm1
repne add rax, rcx
repnz movsb
repnz movsw
repnz movsd
repnz movsq
repnz stosb
repnz stosw
repnz stosd
repnz stosq
repnz lodsb
repnz lodsw
repnz lodsd
repnz lodsq
repnz insb
repnz insw
repnz insd
repnz outsb
repnz outsw
repnz outsd
repnz cmpsb
repnz cmpsw
repnz cmpsd
repnz cmpsq
repnz scasb
repnz scasw
repnz scasd
repnz scasq
repnz nop
repnz ret
repnz pause
repnz bsf rax, rcx
repnz xchg rax, rcx
repnz movsd xmm0, xmm1
repnz add rax, rcx
movss xmm0, [rax]
cvtsi2sd xmm0, [rax]
fild [rax]
fld [rax]
fst [rax]
lea rax, [rax]
movq xmm0, [rax]
push [rax]
pop [rax]
inc [rax]
not [rax]
add [rax], 1
add [rax], rcx
shl [rax], 1
movzx eax, [rax]
movsx rax, [rax]
paddd mm0, [rax]
paddd xmm0, [rax]
pshufd xmm0, [rax], 1
cvtss2sd xmm0, [rax]
movd xmm0, [rax]
call [rax]
jmp [rax]
fadd [rax]
fisttp [rax]
fnstsw [rax]
fldcw [rax]
sgdt [rax]
lgdt [rax]
invlpg [rax]
clflush [rax]
prefetcht0 [rax]
cmpxchg8b [rax]
movbe eax, [rax]
crc32 eax, [rax]
popcnt eax, [rax]
setz [rax]
movntdq [rax], xmm0
ldmxcsr [rax]
fxsave [rax]
xsave [rax]
imul [rax]
mul [rax]
div [rax]
bt [rax], 1
mov [rax], 1
test [rax], 1
cmp [rax], 1
xchg [rax], rcx
movsd xmm0, [rax]
comiss xmm0, [rax]
pinsrw xmm0, [rax], 1
pextrb [rax], xmm0, 1
ptest xmm0, [rax]
roundss xmm0, [rax], 1
# lock xchg: dynasm-rs takes it with a byte memory operand, in both orders.
lock xchg {m}, cl
lock xchg {m8}, al
lock xchg r9b, {m8}
lock xchg cl, [rax]
lock xchg [rax], Rb(dynreg)
lock xchg [rax], rcx
lock xchg rcx, [rax]
lock xchg DWORD [rax], ecx
lock xchg WORD [rax], cx
lock xchg cl, al
