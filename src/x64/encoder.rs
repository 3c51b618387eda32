//! The const fn encoder: selects the first form of a mnemonic that accepts the operands and lays
//! out the instruction's bytes, leaving holes (described by [`Enc`]) for what is only known at
//! run time.

pub use super::layout::encode_form;
pub use super::select::{chain, encode, encode0, encode1, encode2, encode3, encode4, Failure};

/// Maximum length of an x64 instruction (the room of an [`Encoded`]).
pub const MAX_LEN: usize = crate::encoded::MAX_LEN;

pub use crate::encoded::Encoded;

/// Statement prefixes, as bits of the statement flags (the `.feature` groups are the high 64
/// bits, see [`super::feature`]).
pub mod prefix {
    #![allow(missing_docs)]
    pub const LOCK: u128 = 1 << 0;
    pub const REP: u128 = 1 << 1;
    pub const REPNE: u128 = 1 << 2;
    pub const ES: u128 = 1 << 3;
    pub const CS: u128 = 1 << 4;
    pub const SS: u128 = 1 << 5;
    pub const DS: u128 = 1 << 6;
    pub const FS: u128 = 1 << 7;
    pub const GS: u128 = 1 << 8;
    /// `repe`/`repz` (F3, like `rep`, but only on `cmps`/`scas`).
    pub const REPE: u128 = 1 << 9;
    /// EVEX embedded rounding: `{rn-sae}` (and the next three: `{rd-sae}`, `{ru-sae}`,
    /// `{rz-sae}`, in EVEX.L'L order), written as an operand but a property of the statement.
    pub const RN_SAE: u128 = 1 << 10;
    pub const RD_SAE: u128 = 1 << 11;
    pub const RU_SAE: u128 = 1 << 12;
    pub const RZ_SAE: u128 = 1 << 13;
    /// EVEX `{sae}`.
    pub const SAE: u128 = 1 << 14;
    /// `{vex}`: the VEX form, not the EVEX one (AVX-VNNI).
    pub const VEX: u128 = 1 << 15;
    /// Any rounding or `{sae}`.
    pub const ROUNDING: u128 = RN_SAE | RD_SAE | RU_SAE | RZ_SAE | SAE;

    // The prefixes as the statement spells them (`dynasm!` passes the user's word, so that an
    // error quotes the statement as written).
    #[allow(non_upper_case_globals)]
    mod spelled {
        use super::*;
        pub const lock: u128 = LOCK;
        pub const rep: u128 = REP;
        pub const repe: u128 = REPE;
        pub const repz: u128 = REPE;
        pub const repne: u128 = REPNE;
        pub const repnz: u128 = REPNE;
        pub const cs: u128 = CS;
        pub const ds: u128 = DS;
        pub const es: u128 = ES;
        pub const fs: u128 = FS;
        pub const gs: u128 = GS;
        pub const ss: u128 = SS;
        pub const vex: u128 = VEX;
    }
    pub use spelled::*;
}

/// A byte range of the instruction filled at run time (`size` 0: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Offset from the start of the instruction.
    pub pos: u8,
    /// Size in bytes.
    pub size: u8,
}

/// Where a dynamic register's number goes: its low bits (`mask`: 7, or 15 for VEX.vvvv and
/// `is4`) are shifted into `bytes[pos]`, its fourth bit flips `rex_bit` in the REX byte (or the
/// VEX byte holding the inverted R, X, B bits). Patches are applied with XOR: the fields start
/// as register 0 (zero bits, or ones where VEX stores the number inverted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Patch {
    /// Byte to patch, 0xFF for none.
    pub pos: u8,
    /// Shift of the low bits (0, 3 or 4).
    pub shift: u8,
    /// Bits of the number that go to `bytes[pos]` (7 or 15).
    pub mask: u8,
    /// Bit flipped by register numbers 8-15 (REX.R = 4, REX.X = 2, REX.B = 1; VEX: 0x80,
    /// 0x40, 0x20).
    pub rex_bit: u8,
    /// EVEX: the bit flipped by register numbers 16-31, in the byte at `rex_pos` (EVEX.R' =
    /// 0x10, EVEX.X = 0x40) or, with 0x80 set, two bytes after it (EVEX.V' = 0x08); 0 where
    /// such a number cannot be encoded (emission refuses it).
    pub hi: u8,
}

pub(super) const NO_FIELD: Field = Field { pos: 0, size: 0 };
pub(super) const NO_PATCH: Patch = Patch {
    pos: 0xFF,
    shift: 0,
    mask: 7,
    rex_bit: 0,
    hi: 0,
};

/// An encoded instruction: constant bytes plus the holes the run-time values go into.
#[derive(Clone, Copy, Debug)]
pub struct Enc {
    /// The bytes (zeros where run-time values go), and the label field: what an assembler takes.
    pub code: Encoded,
    /// Immediate or relative-target field of each operand.
    pub imm: [Field; 4],
    /// Dynamic register patch of each register operand.
    pub reg: [Patch; 4],
    /// Displacement field of the memory operand.
    pub disp: Field,
    /// Dynamic base register patch of the memory operand.
    pub base: Patch,
    /// Dynamic index register patch of the memory operand.
    pub index: Patch,
    /// Position of the REX byte (when a dynamic register may set its bits).
    pub rex_pos: u8,
    /// Which dynamic register of the memory operand is its base (0xFF: none).
    pub base_ord: u8,
    /// Which dynamic register of the memory operand is its index (0xFF: none).
    pub index_ord: u8,
}
