# x87 FPU instructions (src/x64/mnemonics/x87.rs). st registers are written out (no st set in tools/cases.py).
f2xm1
fabs
fchs
fclex
fnclex
fcos
fdecstp
fincstp
finit
fninit
fld1
fldl2t
fldl2e
fldpi
fldlg2
fldln2
fldz
fnop
fpatan
fprem
fprem1
fptan
frndint
fscale
fsin
fsincos
fsqrt
ftst
fxam
fxtract
fyl2x
fyl2xp1
fcompp
fucompp
fsetpm
feni
fneni
fdisi
fndisi
fadd
fadd st0, st0
fadd st0, st1
fadd st0, st3
fadd st0, st7
fadd st0, Rf(dynreg)
fadd st0
fadd st1
fadd st3
fadd st7
fadd Rf(dynreg)
fadd st0, st0
fadd st1, st0
fadd st3, st0
fadd st7, st0
fadd Rf(dynreg), st0
fadd {m32}
fadd {m64}
fadd [rax]
fadd WORD [rax]
fadd DWORD [rax]
fadd QWORD [rax]
fadd TWORD [rax]
fadd OWORD [rax]
fadd st1, st1
fadd Rf(dynreg), Rf(dynreg)
faddp
faddp st0
faddp st1
faddp st3
faddp st7
faddp Rf(dynreg)
faddp st0, st0
faddp st1, st0
faddp st3, st0
faddp st7, st0
faddp Rf(dynreg), st0
faddp st1, st1
faddp Rf(dynreg), Rf(dynreg)
fmul
fmul st0, st0
fmul st0, st1
fmul st0, st3
fmul st0, st7
fmul st0, Rf(dynreg)
fmul st0
fmul st1
fmul st3
fmul st7
fmul Rf(dynreg)
fmul st0, st0
fmul st1, st0
fmul st3, st0
fmul st7, st0
fmul Rf(dynreg), st0
fmul {m32}
fmul {m64}
fmul [rax]
fmul WORD [rax]
fmul DWORD [rax]
fmul QWORD [rax]
fmul TWORD [rax]
fmul OWORD [rax]
fmul st1, st1
fmul Rf(dynreg), Rf(dynreg)
fmulp
fmulp st0
fmulp st1
fmulp st3
fmulp st7
fmulp Rf(dynreg)
fmulp st0, st0
fmulp st1, st0
fmulp st3, st0
fmulp st7, st0
fmulp Rf(dynreg), st0
fmulp st1, st1
fmulp Rf(dynreg), Rf(dynreg)
fsub
fsub st0, st0
fsub st0, st1
fsub st0, st3
fsub st0, st7
fsub st0, Rf(dynreg)
fsub st0
fsub st1
fsub st3
fsub st7
fsub Rf(dynreg)
fsub st0, st0
fsub st1, st0
fsub st3, st0
fsub st7, st0
fsub Rf(dynreg), st0
fsub {m32}
fsub {m64}
fsub [rax]
fsub WORD [rax]
fsub DWORD [rax]
fsub QWORD [rax]
fsub TWORD [rax]
fsub OWORD [rax]
fsub st1, st1
fsub Rf(dynreg), Rf(dynreg)
fsubp
fsubp st0
fsubp st1
fsubp st3
fsubp st7
fsubp Rf(dynreg)
fsubp st0, st0
fsubp st1, st0
fsubp st3, st0
fsubp st7, st0
fsubp Rf(dynreg), st0
fsubp st1, st1
fsubp Rf(dynreg), Rf(dynreg)
fsubr
fsubr st0, st0
fsubr st0, st1
fsubr st0, st3
fsubr st0, st7
fsubr st0, Rf(dynreg)
fsubr st0
fsubr st1
fsubr st3
fsubr st7
fsubr Rf(dynreg)
fsubr st0, st0
fsubr st1, st0
fsubr st3, st0
fsubr st7, st0
fsubr Rf(dynreg), st0
fsubr {m32}
fsubr {m64}
fsubr [rax]
fsubr WORD [rax]
fsubr DWORD [rax]
fsubr QWORD [rax]
fsubr TWORD [rax]
fsubr OWORD [rax]
fsubr st1, st1
fsubr Rf(dynreg), Rf(dynreg)
fsubrp
fsubrp st0
fsubrp st1
fsubrp st3
fsubrp st7
fsubrp Rf(dynreg)
fsubrp st0, st0
fsubrp st1, st0
fsubrp st3, st0
fsubrp st7, st0
fsubrp Rf(dynreg), st0
fsubrp st1, st1
fsubrp Rf(dynreg), Rf(dynreg)
fdiv
fdiv st0, st0
fdiv st0, st1
fdiv st0, st3
fdiv st0, st7
fdiv st0, Rf(dynreg)
fdiv st0
fdiv st1
fdiv st3
fdiv st7
fdiv Rf(dynreg)
fdiv st0, st0
fdiv st1, st0
fdiv st3, st0
fdiv st7, st0
fdiv Rf(dynreg), st0
fdiv {m32}
fdiv {m64}
fdiv [rax]
fdiv WORD [rax]
fdiv DWORD [rax]
fdiv QWORD [rax]
fdiv TWORD [rax]
fdiv OWORD [rax]
fdiv st1, st1
fdiv Rf(dynreg), Rf(dynreg)
fdivp
fdivp st0
fdivp st1
fdivp st3
fdivp st7
fdivp Rf(dynreg)
fdivp st0, st0
fdivp st1, st0
fdivp st3, st0
fdivp st7, st0
fdivp Rf(dynreg), st0
fdivp st1, st1
fdivp Rf(dynreg), Rf(dynreg)
fdivr
fdivr st0, st0
fdivr st0, st1
fdivr st0, st3
fdivr st0, st7
fdivr st0, Rf(dynreg)
fdivr st0
fdivr st1
fdivr st3
fdivr st7
fdivr Rf(dynreg)
fdivr st0, st0
fdivr st1, st0
fdivr st3, st0
fdivr st7, st0
fdivr Rf(dynreg), st0
fdivr {m32}
fdivr {m64}
fdivr [rax]
fdivr WORD [rax]
fdivr DWORD [rax]
fdivr QWORD [rax]
fdivr TWORD [rax]
fdivr OWORD [rax]
fdivr st1, st1
fdivr Rf(dynreg), Rf(dynreg)
fdivrp
fdivrp st0
fdivrp st1
fdivrp st3
fdivrp st7
fdivrp Rf(dynreg)
fdivrp st0, st0
fdivrp st1, st0
fdivrp st3, st0
fdivrp st7, st0
fdivrp Rf(dynreg), st0
fdivrp st1, st1
fdivrp Rf(dynreg), Rf(dynreg)
fiadd {m16}
fiadd {m32}
fiadd [rax]
fiadd WORD [rax]
fiadd DWORD [rax]
fiadd QWORD [rax]
fiadd TWORD [rax]
fiadd OWORD [rax]
fimul {m16}
fimul {m32}
fimul [rax]
fimul WORD [rax]
fimul DWORD [rax]
fimul QWORD [rax]
fimul TWORD [rax]
fimul OWORD [rax]
ficom {m16}
ficom {m32}
ficom [rax]
ficom WORD [rax]
ficom DWORD [rax]
ficom QWORD [rax]
ficom TWORD [rax]
ficom OWORD [rax]
ficomp {m16}
ficomp {m32}
ficomp [rax]
ficomp WORD [rax]
ficomp DWORD [rax]
ficomp QWORD [rax]
ficomp TWORD [rax]
ficomp OWORD [rax]
fisub {m16}
fisub {m32}
fisub [rax]
fisub WORD [rax]
fisub DWORD [rax]
fisub QWORD [rax]
fisub TWORD [rax]
fisub OWORD [rax]
fisubr {m16}
fisubr {m32}
fisubr [rax]
fisubr WORD [rax]
fisubr DWORD [rax]
fisubr QWORD [rax]
fisubr TWORD [rax]
fisubr OWORD [rax]
fidiv {m16}
fidiv {m32}
fidiv [rax]
fidiv WORD [rax]
fidiv DWORD [rax]
fidiv QWORD [rax]
fidiv TWORD [rax]
fidiv OWORD [rax]
fidivr {m16}
fidivr {m32}
fidivr [rax]
fidivr WORD [rax]
fidivr DWORD [rax]
fidivr QWORD [rax]
fidivr TWORD [rax]
fidivr OWORD [rax]
fcom
fcom st0, st0
fcom st0, st1
fcom st0, st3
fcom st0, st7
fcom st0, Rf(dynreg)
fcom st0
fcom st1
fcom st3
fcom st7
fcom Rf(dynreg)
fcom {m32}
fcom {m64}
fcom [rax]
fcom WORD [rax]
fcom DWORD [rax]
fcom QWORD [rax]
fcom TWORD [rax]
fcom OWORD [rax]
fcom st1, st1
fcom Rf(dynreg), Rf(dynreg)
fcomp
fcomp st0, st0
fcomp st0, st1
fcomp st0, st3
fcomp st0, st7
fcomp st0, Rf(dynreg)
fcomp st0
fcomp st1
fcomp st3
fcomp st7
fcomp Rf(dynreg)
fcomp {m32}
fcomp {m64}
fcomp [rax]
fcomp WORD [rax]
fcomp DWORD [rax]
fcomp QWORD [rax]
fcomp TWORD [rax]
fcomp OWORD [rax]
fcomp st1, st1
fcomp Rf(dynreg), Rf(dynreg)
fcomi
fcomi st0, st0
fcomi st0, st1
fcomi st0, st3
fcomi st0, st7
fcomi st0, Rf(dynreg)
fcomi st0
fcomi st1
fcomi st3
fcomi st7
fcomi Rf(dynreg)
fcomi st1, st1
fcomi Rf(dynreg), Rf(dynreg)
fcomip
fcomip st0, st0
fcomip st0, st1
fcomip st0, st3
fcomip st0, st7
fcomip st0, Rf(dynreg)
fcomip st0
fcomip st1
fcomip st3
fcomip st7
fcomip Rf(dynreg)
fcomip st1, st1
fcomip Rf(dynreg), Rf(dynreg)
fucomi
fucomi st0, st0
fucomi st0, st1
fucomi st0, st3
fucomi st0, st7
fucomi st0, Rf(dynreg)
fucomi st0
fucomi st1
fucomi st3
fucomi st7
fucomi Rf(dynreg)
fucomi st1, st1
fucomi Rf(dynreg), Rf(dynreg)
fucomip
fucomip st0, st0
fucomip st0, st1
fucomip st0, st3
fucomip st0, st7
fucomip st0, Rf(dynreg)
fucomip st0
fucomip st1
fucomip st3
fucomip st7
fucomip Rf(dynreg)
fucomip st1, st1
fucomip Rf(dynreg), Rf(dynreg)
fucom
fucom st0, st0
fucom st0, st1
fucom st0, st3
fucom st0, st7
fucom st0, Rf(dynreg)
fucom st0
fucom st1
fucom st3
fucom st7
fucom Rf(dynreg)
fucom st1, st1
fucom Rf(dynreg), Rf(dynreg)
fucomp
fucomp st0, st0
fucomp st0, st1
fucomp st0, st3
fucomp st0, st7
fucomp st0, Rf(dynreg)
fucomp st0
fucomp st1
fucomp st3
fucomp st7
fucomp Rf(dynreg)
fucomp st1, st1
fucomp Rf(dynreg), Rf(dynreg)
fcmovb
fcmovb st0, st0
fcmovb st0, st1
fcmovb st0, st3
fcmovb st0, st7
fcmovb st0, Rf(dynreg)
fcmovb st0
fcmovb st1
fcmovb st3
fcmovb st7
fcmovb Rf(dynreg)
fcmovb st1, st1
fcmovb Rf(dynreg), Rf(dynreg)
fcmove
fcmove st0, st0
fcmove st0, st1
fcmove st0, st3
fcmove st0, st7
fcmove st0, Rf(dynreg)
fcmove st0
fcmove st1
fcmove st3
fcmove st7
fcmove Rf(dynreg)
fcmove st1, st1
fcmove Rf(dynreg), Rf(dynreg)
fcmovbe
fcmovbe st0, st0
fcmovbe st0, st1
fcmovbe st0, st3
fcmovbe st0, st7
fcmovbe st0, Rf(dynreg)
fcmovbe st0
fcmovbe st1
fcmovbe st3
fcmovbe st7
fcmovbe Rf(dynreg)
fcmovbe st1, st1
fcmovbe Rf(dynreg), Rf(dynreg)
fcmovu
fcmovu st0, st0
fcmovu st0, st1
fcmovu st0, st3
fcmovu st0, st7
fcmovu st0, Rf(dynreg)
fcmovu st0
fcmovu st1
fcmovu st3
fcmovu st7
fcmovu Rf(dynreg)
fcmovu st1, st1
fcmovu Rf(dynreg), Rf(dynreg)
fcmovnb
fcmovnb st0, st0
fcmovnb st0, st1
fcmovnb st0, st3
fcmovnb st0, st7
fcmovnb st0, Rf(dynreg)
fcmovnb st0
fcmovnb st1
fcmovnb st3
fcmovnb st7
fcmovnb Rf(dynreg)
fcmovnb st1, st1
fcmovnb Rf(dynreg), Rf(dynreg)
fcmovne
fcmovne st0, st0
fcmovne st0, st1
fcmovne st0, st3
fcmovne st0, st7
fcmovne st0, Rf(dynreg)
fcmovne st0
fcmovne st1
fcmovne st3
fcmovne st7
fcmovne Rf(dynreg)
fcmovne st1, st1
fcmovne Rf(dynreg), Rf(dynreg)
fcmovnbe
fcmovnbe st0, st0
fcmovnbe st0, st1
fcmovnbe st0, st3
fcmovnbe st0, st7
fcmovnbe st0, Rf(dynreg)
fcmovnbe st0
fcmovnbe st1
fcmovnbe st3
fcmovnbe st7
fcmovnbe Rf(dynreg)
fcmovnbe st1, st1
fcmovnbe Rf(dynreg), Rf(dynreg)
fcmovnu
fcmovnu st0, st0
fcmovnu st0, st1
fcmovnu st0, st3
fcmovnu st0, st7
fcmovnu st0, Rf(dynreg)
fcmovnu st0
fcmovnu st1
fcmovnu st3
fcmovnu st7
fcmovnu Rf(dynreg)
fcmovnu st1, st1
fcmovnu Rf(dynreg), Rf(dynreg)
fxch
fxch st0, st0
fxch st0, st1
fxch st0, st3
fxch st0, st7
fxch st0, Rf(dynreg)
fxch st0
fxch st1
fxch st3
fxch st7
fxch Rf(dynreg)
fxch st0, st0
fxch st1, st0
fxch st3, st0
fxch st7, st0
fxch Rf(dynreg), st0
fxch st1, st1
fxch Rf(dynreg), Rf(dynreg)
ffree
ffree st0
ffree st1
ffree st3
ffree st7
ffree Rf(dynreg)
ffree st1, st1
ffree Rf(dynreg), Rf(dynreg)
fld
fld st0
fld st1
fld st3
fld st7
fld Rf(dynreg)
fld {m32}
fld {m80}
fld {m64}
fld [rax]
fld WORD [rax]
fld DWORD [rax]
fld QWORD [rax]
fld TWORD [rax]
fld OWORD [rax]
fld st1, st1
fld Rf(dynreg), Rf(dynreg)
fst
fst st0
fst st1
fst st3
fst st7
fst Rf(dynreg)
fst {m32}
fst {m64}
fst [rax]
fst WORD [rax]
fst DWORD [rax]
fst QWORD [rax]
fst TWORD [rax]
fst OWORD [rax]
fst st1, st1
fst Rf(dynreg), Rf(dynreg)
fstp
fstp st0
fstp st1
fstp st3
fstp st7
fstp Rf(dynreg)
fstp {m32}
fstp {m80}
fstp {m64}
fstp [rax]
fstp WORD [rax]
fstp DWORD [rax]
fstp QWORD [rax]
fstp TWORD [rax]
fstp OWORD [rax]
fstp st1, st1
fstp Rf(dynreg), Rf(dynreg)
fild {m16}
fild {m32}
fild {m64}
fild [rax]
fild WORD [rax]
fild DWORD [rax]
fild QWORD [rax]
fild TWORD [rax]
fild OWORD [rax]
fist {m16}
fist {m32}
fist [rax]
fist WORD [rax]
fist DWORD [rax]
fist QWORD [rax]
fist TWORD [rax]
fist OWORD [rax]
fistp {m16}
fistp {m32}
fistp {m64}
fistp [rax]
fistp WORD [rax]
fistp DWORD [rax]
fistp QWORD [rax]
fistp TWORD [rax]
fistp OWORD [rax]
fisttp {m16}
fisttp {m32}
fisttp {m64}
fisttp [rax]
fisttp WORD [rax]
fisttp DWORD [rax]
fisttp QWORD [rax]
fisttp TWORD [rax]
fisttp OWORD [rax]
fbld {m}
fbld [rax]
fbld WORD [rax]
fbld DWORD [rax]
fbld QWORD [rax]
fbld TWORD [rax]
fbld OWORD [rax]
fbstp {m}
fbstp [rax]
fbstp WORD [rax]
fbstp DWORD [rax]
fbstp QWORD [rax]
fbstp TWORD [rax]
fbstp OWORD [rax]
fldcw {m16}
fldcw [rax]
fldcw WORD [rax]
fldcw DWORD [rax]
fldcw QWORD [rax]
fldcw TWORD [rax]
fldcw OWORD [rax]
fstcw {m16}
fstcw [rax]
fstcw WORD [rax]
fstcw DWORD [rax]
fstcw QWORD [rax]
fstcw TWORD [rax]
fstcw OWORD [rax]
fnstcw {m16}
fnstcw [rax]
fnstcw WORD [rax]
fnstcw DWORD [rax]
fnstcw QWORD [rax]
fnstcw TWORD [rax]
fnstcw OWORD [rax]
fstsw ax
fstsw {m16}
fstsw [rax]
fstsw WORD [rax]
fstsw DWORD [rax]
fstsw QWORD [rax]
fstsw TWORD [rax]
fstsw OWORD [rax]
fnstsw ax
fnstsw {m16}
fnstsw [rax]
fnstsw WORD [rax]
fnstsw DWORD [rax]
fnstsw QWORD [rax]
fnstsw TWORD [rax]
fnstsw OWORD [rax]
fldenv {m}
fldenv [rax]
fldenv WORD [rax]
fldenv DWORD [rax]
fldenv QWORD [rax]
fldenv TWORD [rax]
fldenv OWORD [rax]
fstenv {m}
fstenv [rax]
fstenv WORD [rax]
fstenv DWORD [rax]
fstenv QWORD [rax]
fstenv TWORD [rax]
fstenv OWORD [rax]
fnstenv {m}
fnstenv [rax]
fnstenv WORD [rax]
fnstenv DWORD [rax]
fnstenv QWORD [rax]
fnstenv TWORD [rax]
fnstenv OWORD [rax]
frstor {m}
frstor [rax]
frstor WORD [rax]
frstor DWORD [rax]
frstor QWORD [rax]
frstor TWORD [rax]
frstor OWORD [rax]
fsave {m}
fsave [rax]
fsave WORD [rax]
fsave DWORD [rax]
fsave QWORD [rax]
fsave TWORD [rax]
fsave OWORD [rax]
fnsave {m}
fnsave [rax]
fnsave WORD [rax]
fnsave DWORD [rax]
fnsave QWORD [rax]
fnsave TWORD [rax]
fnsave OWORD [rax]
fs fld DWORD [rax]
fs fstsw WORD [rax]
fstsw WORD [r8]
fnstsw WORD [r9 + rax*2]
fstsw eax
fstsw Rw(dynreg)
fld DWORD [->glob]
fstp TWORD [<back]
fild QWORD [=>dynl]
fld QWORD [extern 0x1234]
lock fadd DWORD [rax]
fsave [r12]
fld DWORD [eax]
fldcw [r13]
