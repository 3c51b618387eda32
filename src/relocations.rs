//! Relocations: how a label's address is written into a field of an instruction.

/// How the value written into a relocation field is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelocationKind {
    /// The target's offset minus the offset of the field's base (the end of the instruction, or
    /// the start of the field for `.relN`). Does not depend on where the code is loaded.
    Relative = 0,
    /// An absolute target address (`extern addr`) referenced relatively: the address minus the
    /// absolute address of the field's base. Depends on where the code is loaded.
    AbsToRel = 1,
    /// The absolute address of the target: the buffer's base address plus the label's offset.
    /// Depends on where the code is loaded.
    Absolute = 2,
}

impl RelocationKind {
    /// Decodes the kind bits of a relocation encoding (0, 1 or 2).
    ///
    /// # Panics
    /// On any other value (only `dynasm!` produces encodings).
    #[inline]
    pub const fn from_encoding(kind: u8) -> Self {
        match kind {
            0 => RelocationKind::Relative,
            1 => RelocationKind::AbsToRel,
            2 => RelocationKind::Absolute,
            _ => panic!("invalid relocation kind"),
        }
    }

    /// Whether the written value is a signed displacement (`Relative`, `AbsToRel`) rather than an
    /// unsigned address (`Absolute`).
    #[inline]
    pub const fn is_relative(self) -> bool {
        !matches!(self, RelocationKind::Absolute)
    }
}

/// The size of a relocation field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelocationSize {
    /// 1 byte.
    Byte = 1,
    /// 2 bytes.
    Word = 2,
    /// 4 bytes.
    DWord = 4,
    /// 8 bytes.
    QWord = 8,
}

impl RelocationSize {
    /// Decodes a size in bytes (1, 2, 4 or 8).
    ///
    /// # Panics
    /// On any other value (only `dynasm!` produces encodings).
    #[inline]
    pub const fn from_encoding(size: u8) -> Self {
        match size {
            1 => RelocationSize::Byte,
            2 => RelocationSize::Word,
            4 => RelocationSize::DWord,
            8 => RelocationSize::QWord,
            _ => panic!("invalid relocation size"),
        }
    }
}

/// The [`RelocationKind`] number (as in [`Relocation::from_encoding`]'s encodings) of the kind
/// bits (6-7) of an encoding made by dynasm-rs's proc macro (observed from dynasm 5.1's
/// expansions: 0 relative, 1 a label's absolute address, 2 an absolute address made relative
/// (`extern`), 3 an absolute `extern` address). Shared by every architecture's
/// [`Relocation::from_dynasm_encoding`].
#[inline]
pub const fn dynasm_kind_number(encoding: u8) -> u8 {
    match encoding >> 6 {
        0 => RelocationKind::Relative as u8,
        2 => RelocationKind::AbsToRel as u8,
        _ => RelocationKind::Absolute as u8,
    }
}

/// Converts the x64 relocation encoding that code expanded by dynasm-rs's proc macro passes to the
/// `*_reloc` methods of [`DynasmLabelApi`](crate::DynasmLabelApi) (observed from dynasm 5.1's
/// expansions: bits 0-1 the field size as a power of two, bits 6-7 the kind, see
/// [`dynasm_kind_number`]) into [`X64Relocation::decode`](crate::x64::X64Relocation::decode)'s.
///
/// # Panics
/// On an encoding with other bits set.
pub const fn from_dynasm_encoding(encoding: u8) -> u8 {
    assert!(encoding & 0x3C == 0, "invalid relocation encoding");
    let size = 1u8 << (encoding & 3);
    size | dynasm_kind_number(encoding) << 4
}

/// Writes `value` little-endian into the first `size` bytes of `field` (a data field: all of
/// x64's, and aarch64's `.u32`-style label data).
///
/// Relative kinds are signed and must fit the field's signed range; `Absolute` values are
/// addresses and must fit the field's unsigned range (an 8-byte field takes anything).
/// Returns `Err(())`, leaving `field` untouched, if the value does not fit, `field` is shorter
/// than `size` or `size` is not 1, 2, 4 or 8.
#[allow(clippy::result_unit_err)]
#[inline]
pub fn write_data(
    size: usize,
    kind: RelocationKind,
    field: &mut [u8],
    value: isize,
) -> Result<(), ()> {
    let relative = kind.is_relative();
    // Constant-size stores per size, so the common case compiles to a compare and a store.
    match size {
        1 => {
            let fits = if relative {
                i8::try_from(value).is_ok()
            } else {
                u8::try_from(value).is_ok()
            };
            match field.first_mut() {
                Some(byte) if fits => *byte = value as u8,
                _ => return Err(()),
            }
        }
        2 => {
            let fits = if relative {
                i16::try_from(value).is_ok()
            } else {
                u16::try_from(value).is_ok()
            };
            match field.get_mut(..2) {
                Some(f) if fits => f.copy_from_slice(&(value as u16).to_le_bytes()),
                _ => return Err(()),
            }
        }
        4 => {
            let fits = if relative {
                i32::try_from(value).is_ok()
            } else {
                u32::try_from(value).is_ok()
            };
            match field.get_mut(..4) {
                Some(f) if fits => f.copy_from_slice(&(value as u32).to_le_bytes()),
                _ => return Err(()),
            }
        }
        8 => match field.get_mut(..8) {
            Some(f) => f.copy_from_slice(&(value as u64).to_le_bytes()),
            None => return Err(()),
        },
        _ => return Err(()),
    }
    Ok(())
}

/// Reads a data field written by [`write_data`] back (sign-extended for relative kinds,
/// zero-extended for `Absolute`). A field shorter than `size` reads as 0.
#[inline]
pub fn read_data(size: usize, kind: RelocationKind, field: &[u8]) -> isize {
    let Some(field) = field.get(..size.min(8)) else {
        return 0;
    };
    let mut bytes = [0u8; 8];
    bytes[..field.len()].copy_from_slice(field);
    let raw = u64::from_le_bytes(bytes);
    if kind.is_relative() && (1..8).contains(&size) {
        let shift = 64 - size as u32 * 8;
        (((raw << shift) as i64) >> shift) as isize
    } else {
        raw as isize
    }
}

/// An architecture's relocation: where a label's value goes (a field of [`size`](Self::size)
/// bytes, which may be a bit field inside an instruction word), how it is computed
/// ([`kind`](Self::kind)) and how it is written ([`write_value`](Self::write_value)).
///
/// The assemblers compute the value from the [`kind`](Self::kind): for `Relative` the target's
/// offset minus the offset of the relocation's base (see
/// [`DynasmLabelApi`](crate::DynasmLabelApi)); for `AbsToRel` an absolute target address minus
/// the base's address; for `Absolute` the target's address. A relocation that is
/// [`page_relative`](Self::page_relative) (aarch64's `ADRP`) gets the difference of the 4 KiB
/// pages instead: `(target & !0xFFF) - (base address & !0xFFF)`, which depends on where the
/// code is loaded. The assembler then calls [`write_value`](Self::write_value), which checks
/// the range (and alignment) of the value and writes it into the field; if it fails, the
/// assembler reports [`DynasmError::ImpossibleRelocation`](crate::DynasmError::ImpossibleRelocation).
///
/// `dynasm!` creates relocations with `Relocation::from_encoding(ENC)`, an architecture's own
/// one-byte encoding: for x64 ([`X64Relocation`](crate::x64::X64Relocation)) the field size in
/// bytes (1, 2, 4, 8) ORed with the kind number (0 = `Relative`, 1 = `AbsToRel`,
/// 2 = `Absolute`) shifted left by 4; aarch64's
/// ([`Aarch64Relocation`](crate::aarch64::Aarch64Relocation)) extends it with field codes for
/// instruction fields, so that data directives pass `size | kind << 4` on both.
pub trait Relocation: Copy {
    /// Decodes the architecture's encoding (`size | kind << 4` for data fields).
    ///
    /// # Panics
    /// On an invalid encoding (only `dynasm!` produces encodings).
    fn from_encoding(encoding: u8) -> Self;

    /// Decodes the encoding that code expanded by dynasm-rs's own proc macro passes to the
    /// `*_reloc` methods of [`DynasmLabelApi`](crate::DynasmLabelApi).
    ///
    /// # Panics
    /// On an invalid encoding.
    fn from_dynasm_encoding(encoding: u8) -> Self;

    /// The size in bytes of the field (for a field inside an instruction, the instruction word
    /// that holds it). The field starts `field_offset` bytes before the end of the code when the
    /// relocation is recorded.
    fn size(&self) -> usize;

    /// How the value is computed.
    fn kind(&self) -> RelocationKind;

    /// Whether the value is a difference of 4 KiB pages rather than of addresses (aarch64's
    /// `ADRP`); such a value depends on where the code is loaded even for `Relative`.
    #[inline]
    fn page_relative(&self) -> bool {
        false
    }

    /// Writes `value` into `field` (at least [`size`](Self::size) bytes; a bit field is merged
    /// into the bytes already there).
    ///
    /// The provided method writes a little-endian data field ([`write_data`]): relative kinds
    /// are signed and must fit the field's signed range; `Absolute` values are addresses and
    /// must fit the field's unsigned range (an 8-byte field takes anything).
    ///
    /// Returns `Err(())`, leaving `field` untouched, if the value does not fit (or is not
    /// aligned as the field requires) or `field` is too short.
    #[allow(clippy::result_unit_err)]
    #[inline]
    fn write_value(&self, field: &mut [u8], value: isize) -> Result<(), ()> {
        write_data(self.size(), self.kind(), field, value)
    }

    /// Reads the value [`write_value`](Self::write_value) wrote back. The provided method reads
    /// a data field ([`read_data`]: sign-extended for relative kinds, zero-extended for
    /// `Absolute`). A field shorter than [`size`](Self::size) reads as 0.
    #[inline]
    fn read_value(&self, field: &[u8]) -> isize {
        read_data(self.size(), self.kind(), field)
    }

    /// The page size of the architecture.
    fn page_size() -> usize;
}
