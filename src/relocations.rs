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

/// Converts the relocation encoding that code expanded by dynasm-rs's proc macro passes to the
/// `*_reloc` methods of [`DynasmLabelApi`](crate::DynasmLabelApi) (observed from dynasm 5.1's
/// expansions: bits 0-1 the field size as a power of two, bits 6-7 the kind, 0 relative,
/// 1 absolute, 2 an absolute address made relative (`extern`), 3 an absolute `extern` address)
/// into [`Relocation::from_encoding`]'s.
///
/// # Panics
/// On an encoding with other bits set.
pub const fn from_dynasm_encoding(encoding: u8) -> u8 {
    assert!(encoding & 0x3C == 0, "invalid relocation encoding");
    let size = 1u8 << (encoding & 3);
    let kind = match encoding >> 6 {
        0 => 0,
        2 => 1,
        _ => 2,
    };
    size | kind << 4
}

/// An architecture's relocation: a field size and a [`RelocationKind`].
///
/// `dynasm!` creates relocations with `Relocation::from_encoding(ENC)` where `ENC` is the field
/// size in bytes (1, 2, 4, 8) ORed with the kind number (0 = `Relative`, 1 = `AbsToRel`,
/// 2 = `Absolute`) shifted left by 4.
pub trait Relocation: Copy {
    /// Decodes `size | kind << 4`.
    fn from_encoding(encoding: u8) -> Self;
    /// The size of the field in bytes.
    fn size(&self) -> usize;
    /// How the value is computed.
    fn kind(&self) -> RelocationKind;

    /// Writes `value` little-endian into `field` (at least [`size`](Self::size) bytes).
    ///
    /// Relative kinds are signed and must fit the field's signed range; `Absolute` values are
    /// addresses and must fit the field's unsigned range (an 8-byte field takes anything).
    /// Returns `Err(())`, leaving `field` untouched, if the value does not fit or `field` is too
    /// short.
    #[allow(clippy::result_unit_err)]
    #[inline]
    fn write_value(&self, field: &mut [u8], value: isize) -> Result<(), ()> {
        let relative = self.kind().is_relative();
        // Constant-size stores per size, so the common case compiles to a compare and a store.
        match self.size() {
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

    /// Reads the field's value back (sign-extended for relative kinds, zero-extended for
    /// `Absolute`). A field shorter than [`size`](Self::size) reads as 0.
    #[inline]
    fn read_value(&self, field: &[u8]) -> isize {
        let size = self.size();
        let Some(field) = field.get(..size) else {
            return 0;
        };
        let mut bytes = [0u8; 8];
        bytes[..size].copy_from_slice(field);
        let raw = u64::from_le_bytes(bytes);
        if self.kind().is_relative() && size < 8 {
            let shift = 64 - size as u32 * 8;
            (((raw << shift) as i64) >> shift) as isize
        } else {
            raw as isize
        }
    }

    /// The page size of the architecture.
    fn page_size() -> usize;
}
