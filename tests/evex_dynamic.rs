//! Dynamic vector registers of EVEX instructions: `Rz(n)`, `Rx(n)`, `Ry(n)` for every number
//! 0-31 in every place a register goes (ModRM.reg, EVEX.vvvv, ModRM.rm, a VSIB index) give the
//! bytes of the static register `zmmN` (whose encodings the llvm-mc cases check), and a VEX
//! form refuses 16-31 at emission rather than encoding another register.

use declasm::x64::X64Relocation;
use declasm::{dynasm, DynasmApi, VecAssembler};

fn asm(f: impl FnOnce(&mut VecAssembler<X64Relocation>)) -> Vec<u8> {
    let mut ops = VecAssembler::<X64Relocation>::new(0);
    f(&mut ops);
    ops.finalize().unwrap()
}

macro_rules! each_register {
    ($($n:literal $z:ident $x:ident),* $(,)?) => {
        /// Every place, every number: static and dynamic agree.
        #[test]
        fn dynamic_equals_static() {
            let mut checked = 0;
            $(
                let n: u8 = $n;
                // ModRM.reg (R, R'), EVEX.vvvv (V'), ModRM.rm (B, X), with a mask and zeroing.
                assert_eq!(
                    asm(|o| dynasm!(o ; vaddps Rz(n){k1}{z}, zmm2, zmm3)),
                    asm(|o| dynasm!(o ; vaddps $z{k1}{z}, zmm2, zmm3)),
                    "reg {}", n
                );
                assert_eq!(
                    asm(|o| dynasm!(o ; vaddps zmm1, Rz(n), zmm3)),
                    asm(|o| dynasm!(o ; vaddps zmm1, $z, zmm3)),
                    "vvvv {}", n
                );
                assert_eq!(
                    asm(|o| dynasm!(o ; vaddps zmm1, zmm2, Rz(n))),
                    asm(|o| dynasm!(o ; vaddps zmm1, zmm2, $z)),
                    "rm {}", n
                );
                // xmm with EVEX (16-31 need it): the 128-bit EVEX form.
                assert_eq!(
                    asm(|o| dynasm!(o ; vaddps xmm1{k2}, xmm2, Rx(n))),
                    asm(|o| dynasm!(o ; vaddps xmm1{k2}, xmm2, $x)),
                    "xmm rm {}", n
                );
                // A VSIB index (X, V'), and a gather's destination.
                assert_eq!(
                    asm(|o| dynasm!(o ; vgatherdps zmm1{k1}, ZWORD [rax + Rz(n)*4 + 0x40])),
                    asm(|o| dynasm!(o ; vgatherdps zmm1{k1}, ZWORD [rax + $z*4 + 0x40])),
                    "vsib index {}", n
                );
                checked += 5;
            )*
            assert_eq!(checked, 160);
        }
    };
}

each_register! {
    0 zmm0 xmm0, 1 zmm1 xmm1, 2 zmm2 xmm2, 3 zmm3 xmm3, 4 zmm4 xmm4, 5 zmm5 xmm5, 6 zmm6 xmm6,
    7 zmm7 xmm7, 8 zmm8 xmm8, 9 zmm9 xmm9, 10 zmm10 xmm10, 11 zmm11 xmm11, 12 zmm12 xmm12,
    13 zmm13 xmm13, 14 zmm14 xmm14, 15 zmm15 xmm15, 16 zmm16 xmm16, 17 zmm17 xmm17,
    18 zmm18 xmm18, 19 zmm19 xmm19, 20 zmm20 xmm20, 21 zmm21 xmm21, 22 zmm22 xmm22,
    23 zmm23 xmm23, 24 zmm24 xmm24, 25 zmm25 xmm25, 26 zmm26 xmm26, 27 zmm27 xmm27,
    28 zmm28 xmm28, 29 zmm29 xmm29, 30 zmm30 xmm30, 31 zmm31 xmm31,
}

/// `Rx(n)` in a VEX form (`vaddps xmm1, xmm2, Rx(n)` is VEX: no EVEX-only operand) cannot
/// encode 16-31: emission refuses it.
#[test]
#[should_panic(expected = "dynamic register number out of range")]
fn vex_form_refuses_16_to_31() {
    let n: u8 = 17;
    asm(|o| dynasm!(o ; vaddps xmm1, xmm2, Rx(n)));
}

/// A number past 31 is refused even where EVEX has the bits.
#[test]
#[should_panic(expected = "dynamic register number out of range")]
fn evex_form_refuses_32() {
    let n: u8 = 32;
    asm(|o| dynasm!(o ; vaddps zmm1, zmm2, Rz(n)));
}

/// `Rk(n)`: opmask registers are k0-k7; 8 and up are refused at emission.
#[test]
#[should_panic(expected = "opmask register number out of range")]
fn opmask_refuses_8() {
    let n: u8 = 9;
    asm(|o| dynasm!(o ; kmovw Rk(n), k3));
}

/// `Rk(n)` for 0-7 is the static `kN`, also as a compare's masked destination.
#[test]
fn opmask_dynamic_equals_static() {
    let statics = [
        asm(|o| dynasm!(o ; kmovw k0, k3)),
        asm(|o| dynasm!(o ; kmovw k1, k3)),
        asm(|o| dynasm!(o ; kmovw k2, k3)),
        asm(|o| dynasm!(o ; kmovw k3, k3)),
        asm(|o| dynasm!(o ; kmovw k4, k3)),
        asm(|o| dynasm!(o ; kmovw k5, k3)),
        asm(|o| dynasm!(o ; kmovw k6, k3)),
        asm(|o| dynasm!(o ; kmovw k7, k3)),
    ];
    for (n, s) in statics.iter().enumerate() {
        let n = n as u8;
        assert_eq!(&asm(|o| dynasm!(o ; kmovw Rk(n), k3)), s, "k{}", n);
    }
    assert_eq!(
        asm(|o| dynasm!(o ; vcmpps Rk(5u8){k2}, zmm1, zmm2, 1)),
        asm(|o| dynasm!(o ; vcmpps k5{k2}, zmm1, zmm2, 1))
    );
}
