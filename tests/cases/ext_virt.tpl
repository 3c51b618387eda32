# VMX and SVM (ext.rs)
vmcall
vmcall rax
vmcall eax
vmcall rax, ecx
vmcall eax, ecx
vmcall rax, rcx
vmcall 5
vmlaunch
vmlaunch rax
vmlaunch eax
vmlaunch rax, ecx
vmlaunch eax, ecx
vmlaunch rax, rcx
vmlaunch 5
vmresume
vmresume rax
vmresume eax
vmresume rax, ecx
vmresume eax, ecx
vmresume rax, rcx
vmresume 5
vmxoff
vmxoff rax
vmxoff eax
vmxoff rax, ecx
vmxoff eax, ecx
vmxoff rax, rcx
vmxoff 5
vmfunc
vmfunc rax
vmfunc eax
vmfunc rax, ecx
vmfunc eax, ecx
vmfunc rax, rcx
vmfunc 5
vmrun
vmrun rax
vmrun eax
vmrun rax, ecx
vmrun eax, ecx
vmrun rax, rcx
vmrun 5
vmmcall
vmmcall rax
vmmcall eax
vmmcall rax, ecx
vmmcall eax, ecx
vmmcall rax, rcx
vmmcall 5
vmload
vmload rax
vmload eax
vmload rax, ecx
vmload eax, ecx
vmload rax, rcx
vmload 5
vmsave
vmsave rax
vmsave eax
vmsave rax, ecx
vmsave eax, ecx
vmsave rax, rcx
vmsave 5
stgi
stgi rax
stgi eax
stgi rax, ecx
stgi eax, ecx
stgi rax, rcx
stgi 5
clgi
clgi rax
clgi eax
clgi rax, ecx
clgi eax, ecx
clgi rax, rcx
clgi 5
skinit
skinit rax
skinit eax
skinit rax, ecx
skinit eax, ecx
skinit rax, rcx
skinit 5
invlpga
invlpga rax
invlpga eax
invlpga rax, ecx
invlpga eax, ecx
invlpga rax, rcx
invlpga 5
invlpga rcx, ecx
invlpga rax, edx
vmptrld {m}
vmptrld {m64}
vmptrld BYTE [rax]
vmptrld OWORD [rax]
vmptrld TWORD [rax]
vmptrld WORD [rax]
vmptrld DWORD [rax]
vmptrld {r64}
vmptrld [rax + xmm1*4]
vmptrst {m}
vmptrst {m64}
vmptrst BYTE [rax]
vmptrst OWORD [rax]
vmptrst TWORD [rax]
vmptrst WORD [rax]
vmptrst DWORD [rax]
vmptrst {r64}
vmptrst [rax + xmm1*4]
vmclear {m}
vmclear {m64}
vmclear BYTE [rax]
vmclear OWORD [rax]
vmclear TWORD [rax]
vmclear WORD [rax]
vmclear DWORD [rax]
vmclear {r64}
vmclear [rax + xmm1*4]
vmxon {m}
vmxon {m64}
vmxon BYTE [rax]
vmxon OWORD [rax]
vmxon TWORD [rax]
vmxon WORD [rax]
vmxon DWORD [rax]
vmxon {r64}
vmxon [rax + xmm1*4]
vmread {r64}, rcx
vmread rax, {r64}
vmread {m}, r9
vmread {m64}, rdx
vmread [rax], {r64}
vmread DWORD [rax], rcx
vmread eax, ecx
vmread [rax], ecx
vmread rax, [rcx]
vmwrite {r64}, rcx
vmwrite rax, {r64}
vmwrite r9, {m}
vmwrite rdx, {m64}
vmwrite {r64}, [rax]
vmwrite rcx, DWORD [rax]
vmwrite eax, ecx
vmwrite ecx, [rax]
vmwrite [rax], rcx
invept {r64}, [rax]
invept rax, {m}
invept r11, {m128}
invept rax, QWORD [rax]
invept eax, [rax]
invept rax, rcx
invept rax, xmm0
invvpid {r64}, [rax]
invvpid rax, {m}
invvpid r11, {m128}
invvpid rax, QWORD [rax]
invvpid eax, [rax]
invvpid rax, rcx
invvpid rax, xmm0
