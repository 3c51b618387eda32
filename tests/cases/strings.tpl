movsb
movsw
movsd
movsq
cmpsb
cmpsw
cmpsd
cmpsq
scasb
scasw
scasd
scasq
lodsb
lodsw
lodsd
lodsq
stosb
stosw
stosd
stosq
insb
insw
insd
outsb
outsw
outsd
rep movsb
rep movsw
rep movsd
rep movsq
rep lodsb
rep lodsw
rep lodsd
rep lodsq
rep stosb
rep stosw
rep stosd
rep stosq
rep insb
rep insw
rep insd
rep outsb
rep outsw
rep outsd
repe cmpsb
repe cmpsw
repz cmpsd
repz cmpsq
repe scasb
repz scasw
repne cmpsb
repnz cmpsw
repne cmpsd
repnz cmpsq
repne scasb
repne scasw
repnz scasd
repnz scasq
rep scasb
repe movsb
repne movsb
lock movsb
fs movsb
gs lodsq
fs rep movsb
rep fs movsb
gs rep stosq
xlat
xlatb
in al, {imm8}
in ax, {imm8}
in eax, {imm8}
in al, 0x80
in al, dx
in ax, dx
in eax, dx
in rax, dx
out {imm8}, al
out {imm8}, ax
out {imm8}, eax
out 0x80, al
out dx, al
out dx, ax
out dx, eax
movsd [rdi], [rsi]
lodsb al
stosb [rdi]
