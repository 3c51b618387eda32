//! Register-name enums for aarch64 dynamic register operands (`X(n)`, `V(n)`, ...), with
//! dynasmrt 5.1's names: each variant's discriminant is the register's hardware number; each
//! enum converts into `u8` and implements [`Register`](crate::Register).

use crate::registers::register_enum;

register_enum!(
    /// 64-bit general-purpose registers where number 31 is the zero register (`XZR`); the
    /// 32-bit views (`W0`...) have the same numbers.
    RX {
        X0 = 0, X1 = 1, X2 = 2, X3 = 3, X4 = 4, X5 = 5, X6 = 6, X7 = 7,
        X8 = 8, X9 = 9, X10 = 10, X11 = 11, X12 = 12, X13 = 13, X14 = 14, X15 = 15,
        X16 = 16, X17 = 17, X18 = 18, X19 = 19, X20 = 20, X21 = 21, X22 = 22, X23 = 23,
        X24 = 24, X25 = 25, X26 = 26, X27 = 27, X28 = 28, X29 = 29, X30 = 30, XZR = 31,
    }
);

register_enum!(
    /// 64-bit general-purpose registers where number 31 is the stack pointer (`SP`); the
    /// 32-bit views (`W0`..., `WSP`) have the same numbers.
    RXSP {
        X0 = 0, X1 = 1, X2 = 2, X3 = 3, X4 = 4, X5 = 5, X6 = 6, X7 = 7,
        X8 = 8, X9 = 9, X10 = 10, X11 = 11, X12 = 12, X13 = 13, X14 = 14, X15 = 15,
        X16 = 16, X17 = 17, X18 = 18, X19 = 19, X20 = 20, X21 = 21, X22 = 22, X23 = 23,
        X24 = 24, X25 = 25, X26 = 26, X27 = 27, X28 = 28, X29 = 29, X30 = 30, SP = 31,
    }
);

register_enum!(
    /// SIMD and floating-point registers (`V0`-`V31`; their scalar views `B`, `H`, `S`, `D`,
    /// `Q` and vector arrangements have the same numbers).
    RV {
        V0 = 0, V1 = 1, V2 = 2, V3 = 3, V4 = 4, V5 = 5, V6 = 6, V7 = 7,
        V8 = 8, V9 = 9, V10 = 10, V11 = 11, V12 = 12, V13 = 13, V14 = 14, V15 = 15,
        V16 = 16, V17 = 17, V18 = 18, V19 = 19, V20 = 20, V21 = 21, V22 = 22, V23 = 23,
        V24 = 24, V25 = 25, V26 = 26, V27 = 27, V28 = 28, V29 = 29, V30 = 30, V31 = 31,
    }
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Register;

    #[test]
    fn codes() {
        assert_eq!(u8::from(RX::X30), 30);
        assert_eq!(RX::XZR.code(), 31);
        assert_eq!(RXSP::SP.code(), 31);
        assert_eq!(Register::code(&RV::V17), 17);
    }
}
