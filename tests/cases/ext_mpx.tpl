# MPX: bound registers bnd0-bnd3; memory is unsized `m`.
bndmk bnd0, {m}
bndmk bnd3, [r13 + 8]
bndmk bnd0, QWORD [rax]
bndmk bnd0, rax
bndcl bnd0, {m}
bndcl bnd1, {r64}
bndcl bnd0, eax
bndcu bnd2, {m}
bndcu bnd1, {r64}
bndcn bnd3, {m}
bndcn bnd0, {r64}
bndmov bnd0, bnd1
bndmov bnd3, bnd2
bndmov bnd2, {m}
bndmov {m}, bnd1
bndmov bnd1, OWORD [rax]
bndldx bnd0, {m}
bndstx {m}, bnd3
bndstx QWORD [rax], bnd0
bndmk RB(dynreg), [rax]
bndmov RB(dynreg), bnd3
bndmov bnd1, RB(dynreg)
bndcl RB(dynreg), r9
