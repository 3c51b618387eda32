//! aarch64 relocations: label values written into bit fields of 32-bit instruction words, or
//! into data fields.

use crate::relocations::{
    dynasm_kind_number, read_data, write_data, Relocation, RelocationKind, RelocationSize,
};

/// Where an [`Aarch64Relocation`] writes its value.
///
/// The instruction fields hold a signed displacement from the instruction (the relocation's
/// base) to the target, checked for range and alignment when written; the word's other bits are
/// kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aarch64Field {
    /// Little-endian label data of 1, 2, 4 or 8 bytes (`.rel32`, `.abs64`, ... of a label), with
    /// the ranges of [`write_data`].
    Data(RelocationSize),
    /// `B`, `BL`: imm26 in bits 0-25, a word offset: a multiple of 4 in -128 MiB..128 MiB.
    B,
    /// `B.cond`, `BC.cond`, `CBZ`, `CBNZ`, `LDR`/`LDRSW`/`PRFM` (literal): imm19 in bits 5-23, a
    /// word offset: a multiple of 4 in -1 MiB..1 MiB.
    BCond,
    /// `TBZ`, `TBNZ`: imm14 in bits 5-18, a word offset: a multiple of 4 in -32 KiB..32 KiB.
    Tbz,
    /// `ADR`: a 21-bit byte offset (-1 MiB..1 MiB), its low 2 bits (immlo) in bits 29-30, the
    /// rest (immhi) in bits 5-23.
    Adr,
    /// `ADRP`: a 21-bit offset in 4 KiB pages (-4 GiB..4 GiB), split as for `ADR`. The value is
    /// the target's page minus the instruction's page
    /// ([page-relative](Relocation::page_relative)), so it depends on where the code is loaded.
    Adrp,
}

impl Aarch64Field {
    /// The low nibble of the field in [`Aarch64Relocation::decode`]'s encoding.
    #[inline]
    pub const fn code(self) -> u8 {
        match self {
            Aarch64Field::Data(size) => size as u8,
            Aarch64Field::B => Aarch64Relocation::B,
            Aarch64Field::BCond => Aarch64Relocation::BCOND,
            Aarch64Field::Tbz => Aarch64Relocation::TBZ,
            Aarch64Field::Adr => Aarch64Relocation::ADR,
            Aarch64Field::Adrp => Aarch64Relocation::ADRP,
        }
    }

    /// The field of a code (the low nibble of an encoding).
    ///
    /// # Panics
    /// On an invalid code.
    #[inline]
    pub const fn from_code(code: u8) -> Self {
        match code {
            1 | 2 | 4 | 8 => Aarch64Field::Data(RelocationSize::from_encoding(code)),
            Aarch64Relocation::B => Aarch64Field::B,
            Aarch64Relocation::BCOND => Aarch64Field::BCond,
            Aarch64Relocation::TBZ => Aarch64Field::Tbz,
            Aarch64Relocation::ADR => Aarch64Field::Adr,
            Aarch64Relocation::ADRP => Aarch64Field::Adrp,
            _ => panic!("invalid aarch64 relocation field"),
        }
    }

    /// `(mask of the field's bits in the word, lowest bit, width in bits, scale)` of an
    /// instruction field whose immediate is contiguous; `None` for `Adr`, `Adrp` and data.
    #[inline]
    const fn contiguous(self) -> Option<(u32, u32, u32, u32)> {
        match self {
            Aarch64Field::B => Some((0x03FF_FFFF, 0, 26, 2)),
            Aarch64Field::BCond => Some((0x7_FFFF << 5, 5, 19, 2)),
            Aarch64Field::Tbz => Some((0x3FFF << 5, 5, 14, 2)),
            _ => None,
        }
    }
}

/// The bits of `ADR`/`ADRP`'s split immediate: immlo (bits 29-30) and immhi (bits 5-23).
const ADR_MASK: u32 = 3 << 29 | 0x7_FFFF << 5;

/// Whether `value` fits a signed field of `bits` bits.
#[inline]
const fn fits_signed(value: isize, bits: u32) -> bool {
    let half = 1isize << (bits - 1);
    -half <= value && value < half
}

/// Sign-extends the low `bits` bits of `raw`.
#[inline]
const fn sign_extend(raw: u32, bits: u32) -> isize {
    let shift = 32 - bits;
    (((raw << shift) as i32) >> shift) as isize
}

/// An aarch64 relocation: an [`Aarch64Field`] and a [`RelocationKind`].
///
/// Its encoding ([`decode`](Self::decode), what `Relocation::from_encoding` takes) is one byte:
/// bits 0-3 the field, 1, 2, 4 or 8 for data of that many bytes (as x64's, so that data
/// directives pass `size | kind << 4` on both architectures) or one of [`B`](Self::B) (0xA),
/// [`BCOND`](Self::BCOND) (0xB), [`TBZ`](Self::TBZ) (0xC), [`ADR`](Self::ADR) (0xD),
/// [`ADRP`](Self::ADRP) (0xE); bits 4-5 the kind (0 = `Relative`, 1 = `AbsToRel`,
/// 2 = `Absolute`); bits 6-7 zero.
///
/// An instruction field is the whole 32-bit little-endian word ([`size`](Relocation::size) is 4):
/// a relocation recorded right after the instruction is emitted has `field_offset` 4, and
/// `ref_offset` 4 for a displacement from the instruction's address, as the architecture
/// defines it.
///
/// ```
/// use declasm::aarch64::Aarch64Relocation;
/// use declasm::Relocation;
/// let b = Aarch64Relocation::from_encoding(Aarch64Relocation::B); // relative
/// let mut word = 0x1400_0000u32.to_le_bytes(); // b #0
/// b.write_value(&mut word, -8).unwrap();
/// assert_eq!(word, [0xfe, 0xff, 0xff, 0x17]); // b #-8 (llvm-mc)
/// assert_eq!(b.read_value(&word), -8);
/// assert!(b.write_value(&mut word, 2).is_err()); // not a multiple of 4
/// assert!(b.write_value(&mut word, 1 << 27).is_err()); // out of range
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Aarch64Relocation {
    field: Aarch64Field,
    kind: RelocationKind,
}

impl Aarch64Relocation {
    /// Encoding of the `B`/`BL` field ([`Aarch64Field::B`]), kind `Relative`.
    pub const B: u8 = 0xA;
    /// Encoding of the imm19 field of `B.cond`, `CBZ`, `CBNZ` and literal loads
    /// ([`Aarch64Field::BCond`]), kind `Relative`.
    pub const BCOND: u8 = 0xB;
    /// Encoding of the imm19 field of literal loads (`LDR`, `LDRSW`, `PRFM`): the same field as
    /// [`BCOND`](Self::BCOND).
    pub const LITERAL: u8 = Self::BCOND;
    /// Encoding of the imm14 field of `TBZ`/`TBNZ` ([`Aarch64Field::Tbz`]), kind `Relative`.
    pub const TBZ: u8 = 0xC;
    /// Encoding of `ADR`'s field ([`Aarch64Field::Adr`]), kind `Relative`.
    pub const ADR: u8 = 0xD;
    /// Encoding of `ADRP`'s field ([`Aarch64Field::Adrp`]), kind `Relative`.
    pub const ADRP: u8 = 0xE;

    /// A relocation of the given field and kind.
    #[inline]
    pub const fn new(field: Aarch64Field, kind: RelocationKind) -> Self {
        Aarch64Relocation { field, kind }
    }

    /// Decodes the encoding described on [`Aarch64Relocation`]; usable in constants.
    ///
    /// # Panics
    /// On an invalid encoding.
    #[inline]
    pub const fn decode(encoding: u8) -> Self {
        assert!(encoding >> 6 == 0, "invalid aarch64 relocation encoding");
        Aarch64Relocation {
            field: Aarch64Field::from_code(encoding & 0xF),
            kind: RelocationKind::from_encoding(encoding >> 4),
        }
    }

    /// The encoding [`decode`](Self::decode) accepts.
    #[inline]
    pub const fn encode(self) -> u8 {
        self.field.code() | (self.kind as u8) << 4
    }

    /// Decodes the encoding of dynasm-rs's proc macro (observed from dynasmrt 5.1's
    /// `Aarch64Relocation::from_encoding`: bits 0-5 the field, 0-3 data of `1 << n` bytes,
    /// 4 `B`, 5 `B.cond`, 6 `ADR`, 7 `ADRP`, 8 `TBZ`; bits 6-7 the kind as for x64, see
    /// [`dynasm_kind_number`]).
    ///
    /// # Panics
    /// On an invalid encoding.
    #[inline]
    pub const fn decode_dynasm(encoding: u8) -> Self {
        let field = match encoding & 0x3F {
            n @ 0..=3 => Aarch64Field::Data(RelocationSize::from_encoding(1 << n)),
            4 => Aarch64Field::B,
            5 => Aarch64Field::BCond,
            6 => Aarch64Field::Adr,
            7 => Aarch64Field::Adrp,
            8 => Aarch64Field::Tbz,
            _ => panic!("invalid relocation encoding"),
        };
        Aarch64Relocation {
            field,
            kind: RelocationKind::from_encoding(dynasm_kind_number(encoding)),
        }
    }

    /// The field.
    #[inline]
    pub const fn field(self) -> Aarch64Field {
        self.field
    }

    /// Reads the instruction word of an instruction field.
    #[inline]
    fn word(field: &[u8]) -> Option<u32> {
        let bytes: [u8; 4] = field.get(..4)?.try_into().ok()?;
        Some(u32::from_le_bytes(bytes))
    }
}

impl Relocation for Aarch64Relocation {
    #[inline]
    fn from_encoding(encoding: u8) -> Self {
        Self::decode(encoding)
    }
    #[inline]
    fn from_dynasm_encoding(encoding: u8) -> Self {
        Self::decode_dynasm(encoding)
    }
    #[inline]
    fn size(&self) -> usize {
        match self.field {
            Aarch64Field::Data(size) => size as usize,
            _ => 4,
        }
    }
    #[inline]
    fn kind(&self) -> RelocationKind {
        self.kind
    }
    #[inline]
    fn page_relative(&self) -> bool {
        self.field == Aarch64Field::Adrp
    }

    /// Writes `value` (a byte displacement; for `ADRP`, a difference of page addresses, a
    /// multiple of 4096) into the field; `Err(())`, leaving `field` untouched, if it is out of
    /// range, misaligned or `field` is too short.
    fn write_value(&self, field: &mut [u8], value: isize) -> Result<(), ()> {
        let (mask, bits) = match self.field {
            Aarch64Field::Data(size) => return write_data(size as usize, self.kind, field, value),
            Aarch64Field::Adr => {
                if !fits_signed(value, 21) {
                    return Err(());
                }
                (ADR_MASK, adr_bits(value))
            }
            Aarch64Field::Adrp => {
                let pages = value >> 12;
                if value & 0xFFF != 0 || !fits_signed(pages, 21) {
                    return Err(());
                }
                (ADR_MASK, adr_bits(pages))
            }
            f => {
                let Some((mask, lsb, width, scale)) = f.contiguous() else {
                    return Err(());
                };
                let units = value >> scale;
                if value & ((1 << scale) - 1) != 0 || !fits_signed(units, width) {
                    return Err(());
                }
                (mask, (units as u32) << lsb & mask)
            }
        };
        let word = Self::word(field).ok_or(())?;
        field[..4].copy_from_slice(&(word & !mask | bits).to_le_bytes());
        Ok(())
    }

    /// Reads the value [`write_value`](Self::write_value) wrote back (sign-extended; a byte
    /// displacement, for `ADRP` a multiple of 4096). A field shorter than its size reads as 0.
    fn read_value(&self, field: &[u8]) -> isize {
        if let Aarch64Field::Data(size) = self.field {
            return read_data(size as usize, self.kind, field);
        }
        let Some(word) = Self::word(field) else {
            return 0;
        };
        let adr = || sign_extend((word >> 5 & 0x7_FFFF) << 2 | (word >> 29 & 3), 21);
        match self.field {
            Aarch64Field::Adr => adr(),
            Aarch64Field::Adrp => adr() << 12,
            f => match f.contiguous() {
                Some((mask, lsb, width, scale)) => {
                    sign_extend((word & mask) >> lsb, width) << scale
                }
                None => 0,
            },
        }
    }

    #[inline]
    fn page_size() -> usize {
        4096
    }
}

/// `ADR`/`ADRP`'s split immediate of a 21-bit value: immlo in bits 29-30, immhi in bits 5-23.
#[inline]
const fn adr_bits(value: isize) -> u32 {
    let v = value as u32;
    (v & 3) << 29 | (v >> 2 & 0x7_FFFF) << 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        for code in [1u8, 2, 4, 8, 0xA, 0xB, 0xC, 0xD, 0xE] {
            for kind in 0u8..3 {
                let r = Aarch64Relocation::from_encoding(code | kind << 4);
                assert_eq!(r.encode(), code | kind << 4);
                assert_eq!(r.kind() as u8, kind);
                assert_eq!(r.size(), if code <= 8 { code as usize } else { 4 });
                assert_eq!(r.page_relative(), code == Aarch64Relocation::ADRP);
            }
        }
    }

    #[test]
    fn invalid_encodings_panic() {
        for bad in [0u8, 3, 5, 9, 0xF, 0x30 | 1, 0x40 | 0xA, 0x80 | 4] {
            assert!(
                std::panic::catch_unwind(|| Aarch64Relocation::decode(bad)).is_err(),
                "{bad:#x}"
            );
        }
        for bad in [9u8, 0x3F, 0x10] {
            assert!(std::panic::catch_unwind(|| Aarch64Relocation::decode_dynasm(bad)).is_err());
        }
    }

    #[test]
    fn dynasm_encodings() {
        let cases = [
            (0x00, Aarch64Field::Data(RelocationSize::Byte)),
            (0x03, Aarch64Field::Data(RelocationSize::QWord)),
            (0x04, Aarch64Field::B),
            (0x05, Aarch64Field::BCond),
            (0x06, Aarch64Field::Adr),
            (0x07, Aarch64Field::Adrp),
            (0x08, Aarch64Field::Tbz),
        ];
        for (enc, field) in cases {
            let r = Aarch64Relocation::from_dynasm_encoding(enc);
            assert_eq!((r.field(), r.kind()), (field, RelocationKind::Relative));
        }
        let kinds = [
            (0x00, RelocationKind::Relative),
            (0x40, RelocationKind::Absolute),
            (0x80, RelocationKind::AbsToRel),
            (0xC0, RelocationKind::Absolute),
        ];
        for (bits, kind) in kinds {
            assert_eq!(
                Aarch64Relocation::from_dynasm_encoding(bits | 4).kind(),
                kind
            );
        }
    }

    #[test]
    fn bit_fields_keep_the_other_bits() {
        // Every field written into an all-ones word clears only its own bits (value 0).
        let cases = [
            (Aarch64Relocation::B, 0xFC00_0000u32),
            (Aarch64Relocation::BCOND, 0xFF00_001F),
            (Aarch64Relocation::TBZ, 0xFFF8_001F),
            (Aarch64Relocation::ADR, 0x9F00_001F),
            (Aarch64Relocation::ADRP, 0x9F00_001F),
        ];
        for (enc, kept) in cases {
            let r = Aarch64Relocation::from_encoding(enc);
            let mut w = [0xFF; 4];
            r.write_value(&mut w, 0).unwrap();
            assert_eq!(u32::from_le_bytes(w), kept, "{enc:#x}");
            assert_eq!(r.read_value(&w), 0);
        }
    }

    #[test]
    fn ranges_and_alignment() {
        // (encoding, smallest, largest, step)
        let cases: [(u8, isize, isize, isize); 5] = [
            (Aarch64Relocation::B, -(1 << 27), (1 << 27) - 4, 4),
            (Aarch64Relocation::BCOND, -(1 << 20), (1 << 20) - 4, 4),
            (Aarch64Relocation::TBZ, -(1 << 15), (1 << 15) - 4, 4),
            (Aarch64Relocation::ADR, -(1 << 20), (1 << 20) - 1, 1),
            (Aarch64Relocation::ADRP, -(1 << 32), (1 << 32) - 4096, 4096),
        ];
        for (enc, min, max, step) in cases {
            let r = Aarch64Relocation::from_encoding(enc);
            for v in [min, max, 0, step, -step, min + step, max - step] {
                let mut w = [0x55; 4];
                assert!(r.write_value(&mut w, v).is_ok(), "{enc:#x} {v:#x}");
                assert_eq!(r.read_value(&w), v, "{enc:#x} {v:#x}");
            }
            for v in [min - step, max + step, isize::MIN, isize::MAX] {
                let mut w = [0x55; 4];
                assert!(r.write_value(&mut w, v).is_err(), "{enc:#x} {v:#x}");
                assert_eq!(w, [0x55; 4], "untouched");
            }
            if step > 1 {
                for v in [1, 2, step / 2, -1, max - 1] {
                    assert!(r.write_value(&mut [0; 4], v).is_err(), "{enc:#x} {v:#x}");
                }
            }
            assert!(r.write_value(&mut [0; 3], 0).is_err());
            assert_eq!(r.read_value(&[0xFF; 3]), 0);
        }
    }

    #[test]
    fn data_fields() {
        let rel32 = Aarch64Relocation::from_encoding(4);
        let abs32 = Aarch64Relocation::from_encoding(4 | 2 << 4);
        let mut f = [0u8; 4];
        rel32.write_value(&mut f, -2).unwrap();
        assert_eq!(f, [0xFE, 0xFF, 0xFF, 0xFF]);
        assert_eq!(rel32.read_value(&f), -2);
        abs32.write_value(&mut f, 0xFFFF_FFFF).unwrap();
        assert_eq!(abs32.read_value(&f), 0xFFFF_FFFF);
        assert!(abs32.write_value(&mut f, -1).is_err());
        assert!(rel32.write_value(&mut f, 1 << 31).is_err());
    }
}
