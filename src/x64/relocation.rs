//! x64 relocations.

use crate::relocations::{from_dynasm_encoding, Relocation, RelocationKind, RelocationSize};

/// An x64 relocation: a field of 1, 2, 4 or 8 bytes and a [`RelocationKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct X64Relocation {
    size: RelocationSize,
    kind: RelocationKind,
}

impl X64Relocation {
    /// A relocation of the given size and kind.
    #[inline]
    pub const fn new(size: RelocationSize, kind: RelocationKind) -> Self {
        X64Relocation { size, kind }
    }

    /// Decodes `size | kind << 4` (see [`Relocation`]); usable in constants.
    ///
    /// # Panics
    /// On an invalid encoding.
    #[inline]
    pub const fn decode(encoding: u8) -> Self {
        X64Relocation {
            size: RelocationSize::from_encoding(encoding & 0xF),
            kind: RelocationKind::from_encoding(encoding >> 4),
        }
    }

    /// The encoding [`decode`](Self::decode) accepts.
    #[inline]
    pub const fn encode(self) -> u8 {
        self.size as u8 | (self.kind as u8) << 4
    }

    /// The field size.
    #[inline]
    pub const fn field_size(self) -> RelocationSize {
        self.size
    }
}

impl Relocation for X64Relocation {
    #[inline]
    fn from_encoding(encoding: u8) -> Self {
        Self::decode(encoding)
    }
    #[inline]
    fn from_dynasm_encoding(encoding: u8) -> Self {
        Self::decode(from_dynasm_encoding(encoding))
    }
    #[inline]
    fn size(&self) -> usize {
        self.size as usize
    }
    #[inline]
    fn kind(&self) -> RelocationKind {
        self.kind
    }
    #[inline]
    fn page_size() -> usize {
        4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        for size in [1u8, 2, 4, 8] {
            for kind in 0u8..3 {
                let r = X64Relocation::from_encoding(size | kind << 4);
                assert_eq!(r.size(), size as usize);
                assert_eq!(r.kind() as u8, kind);
                assert_eq!(r.encode(), size | kind << 4);
            }
        }
    }

    #[test]
    fn ranges() {
        let rel8 = X64Relocation::decode(0x01);
        let abs4 = X64Relocation::decode(0x24);
        let rel4 = X64Relocation::decode(0x04);
        let abs8 = X64Relocation::decode(0x28);
        let mut f = [0u8; 8];
        assert!(rel8.write_value(&mut f, 127).is_ok());
        assert!(rel8.write_value(&mut f, -128).is_ok());
        assert_eq!(rel8.read_value(&f), -128);
        assert!(rel8.write_value(&mut f, 128).is_err());
        assert!(rel8.write_value(&mut f, -129).is_err());
        assert!(abs4.write_value(&mut f, 0xFFFF_FFFF).is_ok());
        assert_eq!(abs4.read_value(&f), 0xFFFF_FFFF);
        assert!(abs4.write_value(&mut f, 0x1_0000_0000).is_err());
        assert!(abs4.write_value(&mut f, -1).is_err());
        assert!(rel4.write_value(&mut f, -1).is_ok());
        assert_eq!(f[..4], [0xFF; 4]);
        assert!(rel4.write_value(&mut f, 1 << 31).is_err());
        assert!(abs8.write_value(&mut f, -1).is_ok());
        assert!(rel8.write_value(&mut [], 0).is_err());
    }
}
