//! Register-name enums for dynamic register operands (`Rq(expr)` ...). Each variant's
//! discriminant is the register's hardware number; each enum converts into `u8`.

use crate::registers::register_enum;
pub use crate::registers::Register;

register_enum!(
    /// 64-bit general-purpose registers.
    Rq {
        RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7,
        R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15,
    }
);

register_enum!(
    /// 32-bit general-purpose registers.
    Rd {
        EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7,
        R8D = 8, R9D = 9, R10D = 10, R11D = 11, R12D = 12, R13D = 13, R14D = 14, R15D = 15,
    }
);

register_enum!(
    /// 16-bit general-purpose registers.
    Rw {
        AX = 0, CX = 1, DX = 2, BX = 3, SP = 4, BP = 5, SI = 6, DI = 7,
        R8W = 8, R9W = 9, R10W = 10, R11W = 11, R12W = 12, R13W = 13, R14W = 14, R15W = 15,
    }
);

register_enum!(
    /// 8-bit general-purpose registers (low bytes).
    Rb {
        AL = 0, CL = 1, DL = 2, BL = 3, SPL = 4, BPL = 5, SIL = 6, DIL = 7,
        R8B = 8, R9B = 9, R10B = 10, R11B = 11, R12B = 12, R13B = 13, R14B = 14, R15B = 15,
    }
);

register_enum!(
    /// The legacy high-byte registers.
    Rh { AH = 4, CH = 5, DH = 6, BH = 7 }
);

register_enum!(
    /// x87 floating-point stack registers.
    Rf { ST0 = 0, ST1 = 1, ST2 = 2, ST3 = 3, ST4 = 4, ST5 = 5, ST6 = 6, ST7 = 7 }
);

register_enum!(
    /// MMX registers.
    Rm { MMX0 = 0, MMX1 = 1, MMX2 = 2, MMX3 = 3, MMX4 = 4, MMX5 = 5, MMX6 = 6, MMX7 = 7 }
);

register_enum!(
    /// SSE registers.
    Rx {
        XMM0 = 0, XMM1 = 1, XMM2 = 2, XMM3 = 3, XMM4 = 4, XMM5 = 5, XMM6 = 6, XMM7 = 7,
        XMM8 = 8, XMM9 = 9, XMM10 = 10, XMM11 = 11, XMM12 = 12, XMM13 = 13, XMM14 = 14, XMM15 = 15,
    }
);

register_enum!(
    /// AVX registers.
    Ry {
        YMM0 = 0, YMM1 = 1, YMM2 = 2, YMM3 = 3, YMM4 = 4, YMM5 = 5, YMM6 = 6, YMM7 = 7,
        YMM8 = 8, YMM9 = 9, YMM10 = 10, YMM11 = 11, YMM12 = 12, YMM13 = 13, YMM14 = 14, YMM15 = 15,
    }
);

register_enum!(
    /// Segment registers.
    Rs { ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5 }
);

register_enum!(
    /// Control registers.
    RC {
        CR0 = 0, CR1 = 1, CR2 = 2, CR3 = 3, CR4 = 4, CR5 = 5, CR6 = 6, CR7 = 7,
        CR8 = 8, CR9 = 9, CR10 = 10, CR11 = 11, CR12 = 12, CR13 = 13, CR14 = 14, CR15 = 15,
    }
);

register_enum!(
    /// Debug registers.
    RD {
        DR0 = 0, DR1 = 1, DR2 = 2, DR3 = 3, DR4 = 4, DR5 = 5, DR6 = 6, DR7 = 7,
        DR8 = 8, DR9 = 9, DR10 = 10, DR11 = 11, DR12 = 12, DR13 = 13, DR14 = 14, DR15 = 15,
    }
);

register_enum!(
    /// MPX bound registers.
    RB { BND0 = 0, BND1 = 1, BND2 = 2, BND3 = 3 }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(u8::from(Rq::R15), 15);
        assert_eq!(Rh::BH.code(), 7);
        assert_eq!(Rs::GS.code(), 5);
        assert_eq!(Register::code(&Rx::XMM9), 9);
        assert_eq!(RB::BND3 as u8, 3);
    }
}
