# 3DNow! and Cyrix MMX extensions (ext.rs)
pi2fw {mm}, mm7
pi2fw mm1, {mm}
pi2fw mm2, [rax]
pi2fw mm7, QWORD [r13 + 8]
pi2fw mm0, [Rq(dynreg)]
pi2fw mm0, DWORD [rax]
pi2fw xmm0, xmm1
pi2fd {mm}, mm7
pi2fd mm1, {mm}
pi2fd mm2, [rax]
pi2fd mm7, QWORD [r13 + 8]
pi2fd mm0, [Rq(dynreg)]
pi2fd mm0, DWORD [rax]
pi2fd xmm0, xmm1
pf2iw {mm}, mm7
pf2iw mm1, {mm}
pf2iw mm2, [rax]
pf2iw mm7, QWORD [r13 + 8]
pf2iw mm0, [Rq(dynreg)]
pf2iw mm0, DWORD [rax]
pf2iw xmm0, xmm1
pf2id {mm}, mm7
pf2id mm1, {mm}
pf2id mm2, [rax]
pf2id mm7, QWORD [r13 + 8]
pf2id mm0, [Rq(dynreg)]
pf2id mm0, DWORD [rax]
pf2id xmm0, xmm1
pfrcpv {mm}, mm7
pfrcpv mm1, {mm}
pfrcpv mm2, [rax]
pfrcpv mm7, QWORD [r13 + 8]
pfrcpv mm0, [Rq(dynreg)]
pfrcpv mm0, DWORD [rax]
pfrcpv xmm0, xmm1
pfrsqrtv {mm}, mm7
pfrsqrtv mm1, {mm}
pfrsqrtv mm2, [rax]
pfrsqrtv mm7, QWORD [r13 + 8]
pfrsqrtv mm0, [Rq(dynreg)]
pfrsqrtv mm0, DWORD [rax]
pfrsqrtv xmm0, xmm1
pfnacc {mm}, mm7
pfnacc mm1, {mm}
pfnacc mm2, [rax]
pfnacc mm7, QWORD [r13 + 8]
pfnacc mm0, [Rq(dynreg)]
pfnacc mm0, DWORD [rax]
pfnacc xmm0, xmm1
pfpnacc {mm}, mm7
pfpnacc mm1, {mm}
pfpnacc mm2, [rax]
pfpnacc mm7, QWORD [r13 + 8]
pfpnacc mm0, [Rq(dynreg)]
pfpnacc mm0, DWORD [rax]
pfpnacc xmm0, xmm1
pfcmpge {mm}, mm7
pfcmpge mm1, {mm}
pfcmpge mm2, [rax]
pfcmpge mm7, QWORD [r13 + 8]
pfcmpge mm0, [Rq(dynreg)]
pfcmpge mm0, DWORD [rax]
pfcmpge xmm0, xmm1
pfmin {mm}, mm7
pfmin mm1, {mm}
pfmin mm2, [rax]
pfmin mm7, QWORD [r13 + 8]
pfmin mm0, [Rq(dynreg)]
pfmin mm0, DWORD [rax]
pfmin xmm0, xmm1
pfrcp {mm}, mm7
pfrcp mm1, {mm}
pfrcp mm2, [rax]
pfrcp mm7, QWORD [r13 + 8]
pfrcp mm0, [Rq(dynreg)]
pfrcp mm0, DWORD [rax]
pfrcp xmm0, xmm1
pfrsqrt {mm}, mm7
pfrsqrt mm1, {mm}
pfrsqrt mm2, [rax]
pfrsqrt mm7, QWORD [r13 + 8]
pfrsqrt mm0, [Rq(dynreg)]
pfrsqrt mm0, DWORD [rax]
pfrsqrt xmm0, xmm1
pfsub {mm}, mm7
pfsub mm1, {mm}
pfsub mm2, [rax]
pfsub mm7, QWORD [r13 + 8]
pfsub mm0, [Rq(dynreg)]
pfsub mm0, DWORD [rax]
pfsub xmm0, xmm1
pfadd {mm}, mm1
pfadd mm0, {mm}
pfadd {mm}, {m}
pfadd mm3, {m64}
pfadd mm0, DWORD [rax]
pfadd mm0, OWORD [rax]
pfadd [rax], mm0
pfadd {xmm}, xmm1
pfadd mm0, {r64}
pfadd mm0
pfcmpgt {mm}, mm7
pfcmpgt mm1, {mm}
pfcmpgt mm2, [rax]
pfcmpgt mm7, QWORD [r13 + 8]
pfcmpgt mm0, [Rq(dynreg)]
pfcmpgt mm0, DWORD [rax]
pfcmpgt xmm0, xmm1
pfmax {mm}, mm7
pfmax mm1, {mm}
pfmax mm2, [rax]
pfmax mm7, QWORD [r13 + 8]
pfmax mm0, [Rq(dynreg)]
pfmax mm0, DWORD [rax]
pfmax xmm0, xmm1
pfrcpit1 {mm}, mm7
pfrcpit1 mm1, {mm}
pfrcpit1 mm2, [rax]
pfrcpit1 mm7, QWORD [r13 + 8]
pfrcpit1 mm0, [Rq(dynreg)]
pfrcpit1 mm0, DWORD [rax]
pfrcpit1 xmm0, xmm1
pfrsqit1 {mm}, mm7
pfrsqit1 mm1, {mm}
pfrsqit1 mm2, [rax]
pfrsqit1 mm7, QWORD [r13 + 8]
pfrsqit1 mm0, [Rq(dynreg)]
pfrsqit1 mm0, DWORD [rax]
pfrsqit1 xmm0, xmm1
pfsubr {mm}, mm7
pfsubr mm1, {mm}
pfsubr mm2, [rax]
pfsubr mm7, QWORD [r13 + 8]
pfsubr mm0, [Rq(dynreg)]
pfsubr mm0, DWORD [rax]
pfsubr xmm0, xmm1
pfacc {mm}, mm7
pfacc mm1, {mm}
pfacc mm2, [rax]
pfacc mm7, QWORD [r13 + 8]
pfacc mm0, [Rq(dynreg)]
pfacc mm0, DWORD [rax]
pfacc xmm0, xmm1
pfcmpeq {mm}, mm7
pfcmpeq mm1, {mm}
pfcmpeq mm2, [rax]
pfcmpeq mm7, QWORD [r13 + 8]
pfcmpeq mm0, [Rq(dynreg)]
pfcmpeq mm0, DWORD [rax]
pfcmpeq xmm0, xmm1
pfmul {mm}, mm7
pfmul mm1, {mm}
pfmul mm2, [rax]
pfmul mm7, QWORD [r13 + 8]
pfmul mm0, [Rq(dynreg)]
pfmul mm0, DWORD [rax]
pfmul xmm0, xmm1
pfrcpit2 {mm}, mm7
pfrcpit2 mm1, {mm}
pfrcpit2 mm2, [rax]
pfrcpit2 mm7, QWORD [r13 + 8]
pfrcpit2 mm0, [Rq(dynreg)]
pfrcpit2 mm0, DWORD [rax]
pfrcpit2 xmm0, xmm1
pmulhrwa {mm}, mm1
pmulhrwa mm0, {mm}
pmulhrwa {mm}, {m}
pmulhrwa mm3, {m64}
pmulhrwa mm0, DWORD [rax]
pmulhrwa mm0, OWORD [rax]
pmulhrwa [rax], mm0
pmulhrwa {xmm}, xmm1
pmulhrwa mm0, {r64}
pmulhrwa mm0
pswapd {mm}, mm7
pswapd mm1, {mm}
pswapd mm2, [rax]
pswapd mm7, QWORD [r13 + 8]
pswapd mm0, [Rq(dynreg)]
pswapd mm0, DWORD [rax]
pswapd xmm0, xmm1
pavgusb {mm}, mm1
pavgusb mm0, {mm}
pavgusb {mm}, {m}
pavgusb mm3, {m64}
pavgusb mm0, DWORD [rax]
pavgusb mm0, OWORD [rax]
pavgusb [rax], mm0
pavgusb {xmm}, xmm1
pavgusb mm0, {r64}
pavgusb mm0
paddsiw {mm}, mm1
paddsiw mm0, {mm}
paddsiw {mm}, {m}
paddsiw mm3, {m64}
paddsiw mm0, DWORD [rax]
paddsiw mm0, OWORD [rax]
paddsiw [rax], mm0
paddsiw {xmm}, xmm1
paddsiw mm0, {r64}
paddsiw mm0
pmagw {mm}, mm7
pmagw mm1, {mm}
pmagw mm2, [rax]
pmagw mm7, QWORD [r13 + 8]
pmagw mm0, [Rq(dynreg)]
pmagw mm0, DWORD [rax]
pmagw xmm0, xmm1
psubsiw {mm}, mm7
psubsiw mm1, {mm}
psubsiw mm2, [rax]
psubsiw mm7, QWORD [r13 + 8]
psubsiw mm0, [Rq(dynreg)]
psubsiw mm0, DWORD [rax]
psubsiw xmm0, xmm1
pmulhrwc {mm}, mm7
pmulhrwc mm1, {mm}
pmulhrwc mm2, [rax]
pmulhrwc mm7, QWORD [r13 + 8]
pmulhrwc mm0, [Rq(dynreg)]
pmulhrwc mm0, DWORD [rax]
pmulhrwc xmm0, xmm1
pmulhriw {mm}, mm1
pmulhriw mm0, {mm}
pmulhriw {mm}, {m}
pmulhriw mm3, {m64}
pmulhriw mm0, DWORD [rax]
pmulhriw mm0, OWORD [rax]
pmulhriw [rax], mm0
pmulhriw {xmm}, xmm1
pmulhriw mm0, {r64}
pmulhriw mm0
pdistib {mm}, [rax]
pdistib mm0, {m}
pdistib mm5, {m64}
pdistib mm0, mm1
pdistib mm0, DWORD [rax]
pdistib [rax], mm0
pmvzb {mm}, [rcx + 8]
pmvzb mm4, QWORD [r12]
pmvzb mm0, [rip + 0x10]
pmvzb mm0, mm1
pmvzb mm0, DWORD [rax]
pmvnzb {mm}, [rcx + 8]
pmvnzb mm4, QWORD [r12]
pmvnzb mm0, [rip + 0x10]
pmvnzb mm0, mm1
pmvnzb mm0, DWORD [rax]
pmvlzb {mm}, [rcx + 8]
pmvlzb mm4, QWORD [r12]
pmvlzb mm0, [rip + 0x10]
pmvlzb mm0, mm1
pmvlzb mm0, DWORD [rax]
pmvgezb {mm}, [rcx + 8]
pmvgezb mm4, QWORD [r12]
pmvgezb mm0, [rip + 0x10]
pmvgezb mm0, mm1
pmvgezb mm0, DWORD [rax]
pmachriw {mm}, [rcx + 8]
pmachriw mm4, QWORD [r12]
pmachriw mm0, [rip + 0x10]
pmachriw mm0, mm1
pmachriw mm0, DWORD [rax]
femms
femms mm0
