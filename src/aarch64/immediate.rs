//! Run-time immediate encodings with dynasmrt 5.1's names: what an instruction needs when its
//! immediate is a run-time value (bitmask immediates of the logical instructions, the 8-bit
//! floating-point immediate of `FMOV`), and the panics for a value out of range.
//!
//! The functions are `const fn`, so encoders can use them at compile time as well.

/// Encodes a bitmask immediate of a 32-bit logical instruction (`AND`, `ORR`, `EOR`, `ANDS`,
/// `TST`, `MOV` (bitmask) with W registers): `N:immr:imms` as `N << 12 | immr << 6 | imms`
/// (`N` is always 0 here), or `None` if `value` is not a rotated run of ones repeated in
/// elements of 2, 4, 8, 16 or 32 bits (0 and `0xFFFF_FFFF` are not).
///
/// ```
/// use declasm::aarch64::encode_logical_immediate_32bit;
/// assert_eq!(encode_logical_immediate_32bit(0xFF00), Some(24 << 6 | 7)); // and w0, w1, #0xff00
/// assert_eq!(encode_logical_immediate_32bit(0x1234), None);
/// ```
pub const fn encode_logical_immediate_32bit(value: u32) -> Option<u16> {
    let value = value as u64;
    encode_logical_immediate_64bit(value | value << 32)
}

/// Encodes a bitmask immediate of a 64-bit logical instruction: `N:immr:imms` as
/// `N << 12 | immr << 6 | imms`, or `None` if `value` is not a rotated run of ones repeated in
/// elements of 2, 4, 8, 16, 32 or 64 bits (0 and `u64::MAX` are not).
///
/// ```
/// use declasm::aarch64::encode_logical_immediate_64bit;
/// assert_eq!(encode_logical_immediate_64bit(1), Some(1 << 12)); // N = 1, immr = imms = 0
/// assert_eq!(encode_logical_immediate_64bit(0x5555_5555_5555_5555), Some(0x3C));
/// assert_eq!(encode_logical_immediate_64bit(0), None);
/// ```
pub const fn encode_logical_immediate_64bit(value: u64) -> Option<u16> {
    if value == 0 || value == u64::MAX {
        return None;
    }
    // The smallest element size whose repetition gives the value.
    let mut size = 2u32;
    while size < 64 {
        if value.rotate_right(size) == value {
            break;
        }
        size *= 2;
    }
    let mask = if size == 64 {
        u64::MAX
    } else {
        (1u64 << size) - 1
    };
    let element = value & mask;
    let ones = element.count_ones();
    let run = (1u64 << ones) - 1; // ones < size <= 64
                                  // The rotation (right, within the element) that turns a run at bit 0 into the element.
    let mut rotation = 0u32;
    while rotation < size {
        let rotated = if rotation == 0 {
            run
        } else {
            (run >> rotation | run << (size - rotation)) & mask
        };
        if rotated == element {
            let n = (size == 64) as u16;
            // imms: the element size in its high bits (0, 10, 110, 1110, 11110 for 32...2
            // bits; N = 1 for 64), the run length - 1 in its low bits.
            let imms = (!(size * 2 - 1) & 0x3F) as u16 | (ones - 1) as u16;
            return Some(n << 12 | (rotation as u16) << 6 | imms);
        }
        rotation += 1;
    }
    None
}

/// Encodes the 8-bit floating-point immediate of `FMOV` (`abcdefgh`: ±(16 + efgh) / 16 ×
/// 2^(-3..4)), or `None` if `value` has no such encoding (0.0, NaN and infinities do not).
///
/// ```
/// use declasm::aarch64::encode_floating_point_immediate;
/// assert_eq!(encode_floating_point_immediate(1.0), Some(0x70)); // fmov s0, #1.0
/// assert_eq!(encode_floating_point_immediate(-0.125), Some(0xC0));
/// assert_eq!(encode_floating_point_immediate(0.1), None);
/// ```
pub const fn encode_floating_point_immediate(value: f32) -> Option<u8> {
    let bits = value.to_bits();
    // The fraction's low 19 bits are zero; the exponent is NOT(b):b:b:b:b:b:c:d.
    if bits & 0x7_FFFF != 0 {
        return None;
    }
    let b = (bits >> 29) & 1;
    let replicated = (bits >> 25) & 0x1F;
    if replicated != if b == 1 { 0x1F } else { 0 } || (bits >> 30) & 1 == b {
        return None;
    }
    let sign = bits >> 31;
    let cd = (bits >> 23) & 3;
    let efgh = (bits >> 19) & 0xF;
    Some((sign << 7 | b << 6 | cd << 4 | efgh) as u8)
}

/// Panics: an unsigned run-time immediate does not fit its instruction.
#[cold]
#[track_caller]
pub fn immediate_out_of_range_unsigned_32(value: u32) -> ! {
    out_of_range(value)
}

/// Panics: an unsigned 64-bit run-time immediate does not fit its instruction.
#[cold]
#[track_caller]
pub fn immediate_out_of_range_unsigned_64(value: u64) -> ! {
    out_of_range(value)
}

/// Panics: a signed run-time immediate does not fit its instruction.
#[cold]
#[track_caller]
pub fn immediate_out_of_range_signed_32(value: i32) -> ! {
    out_of_range(value)
}

/// Panics: a floating-point run-time immediate has no encoding.
#[cold]
#[track_caller]
pub fn immediate_out_of_range_unsigned_f32(value: f32) -> ! {
    out_of_range(value)
}

/// The panic, with dynasmrt 5.1's message.
#[cold]
#[track_caller]
fn out_of_range(value: impl core::fmt::Display) -> ! {
    panic!("Cannot assemble this Aarch64 instruction. Immediate {value} is out of range.")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ARM ARM's DecodeBitMasks (for the immediate forms): the value an encoding stands for.
    fn decode(n: u16, immr: u16, imms: u16, width: u32) -> Option<u64> {
        let combined = (n << 6) | (!imms & 0x3F);
        if combined == 0 {
            return None;
        }
        let len = 15 - combined.leading_zeros() as u16; // its highest set bit
        if len < 1 {
            return None;
        }
        let size = 1u32 << len;
        let levels = (size - 1) as u16;
        let s = imms & levels;
        let r = immr & levels;
        if s == levels {
            return None; // all ones is reserved
        }
        let mask = if size == 64 {
            u64::MAX
        } else {
            (1u64 << size) - 1
        };
        let welem = (1u64 << (s + 1)) - 1;
        let elem = if r == 0 {
            welem
        } else {
            (welem >> r | welem << (size - r as u32)) & mask
        };
        let mut value = 0u64;
        let mut at = 0;
        while at < width {
            value |= elem << at;
            at += size;
        }
        Some(value)
    }

    #[test]
    fn logical_immediates_decode_back() {
        // Every encoding of the 64-bit forms: the encoder gives back the same fields for the
        // value it stands for, and every value it accepts decodes back to itself.
        let mut count = 0;
        for n in 0..2u16 {
            for immr in 0..64u16 {
                for imms in 0..64u16 {
                    let Some(value) = decode(n, immr, imms, 64) else {
                        continue;
                    };
                    let enc = encode_logical_immediate_64bit(value).expect("encodable");
                    let (n2, immr2, imms2) = (enc >> 12, enc >> 6 & 0x3F, enc & 0x3F);
                    assert_eq!(decode(n2, immr2, imms2, 64), Some(value), "{value:#x}");
                    if n == 0 && (value as u32 as u64 | (value as u32 as u64) << 32) == value {
                        let enc32 = encode_logical_immediate_32bit(value as u32).unwrap();
                        assert_eq!(enc32, enc, "{value:#x}");
                    }
                    count += 1;
                }
            }
        }
        // 5334 distinct 64-bit bitmask immediates (the ARM ARM's count), each with one
        // canonical encoding; the loop above sees every encoding, duplicates included.
        assert!(count >= 5334);
    }

    #[test]
    fn logical_immediates_llvm_mc() {
        // and w0, w1, #imm / and x0, x1, #imm: llvm-mc's N:immr:imms.
        assert_eq!(encode_logical_immediate_32bit(0x0F0F_0F0F), Some(0x33));
        assert_eq!(encode_logical_immediate_32bit(0xC000_0001), Some(0x82));
        assert_eq!(encode_logical_immediate_32bit(0xFFFF_0000), Some(0x40F));
        assert_eq!(encode_logical_immediate_32bit(0xFFFF_FFFF), None);
        assert_eq!(encode_logical_immediate_32bit(0), None);
        assert_eq!(encode_logical_immediate_64bit(0xFFFF_FFFF), Some(0x101F));
        assert_eq!(
            encode_logical_immediate_64bit(0x8000_0000_0000_0000),
            Some(0x1040)
        );
        assert_eq!(
            encode_logical_immediate_64bit(0x00FF_00FF_00FF_00FF),
            Some(0x27)
        );
        assert_eq!(encode_logical_immediate_64bit(0x1234), None);
    }

    #[test]
    fn fp_immediates() {
        // Every imm8 decodes (VFPExpandImm) to a value that encodes back to it.
        for imm8 in 0..=255u32 {
            let a = imm8 >> 7;
            let b = (imm8 >> 6) & 1;
            let cd = (imm8 >> 4) & 3;
            let efgh = imm8 & 0xF;
            let exp = (1 - b) << 7 | (if b == 1 { 0x1F } else { 0 }) << 2 | cd;
            let bits = a << 31 | exp << 23 | efgh << 19;
            assert_eq!(
                encode_floating_point_immediate(f32::from_bits(bits)),
                Some(imm8 as u8),
                "{imm8:#x}"
            );
        }
        for v in [0.0f32, -0.0, 0.1, 32.0, 0.0625, f32::NAN, f32::INFINITY] {
            assert_eq!(encode_floating_point_immediate(v), None, "{v}");
        }
        assert_eq!(encode_floating_point_immediate(31.0), Some(0x3F));
        assert_eq!(encode_floating_point_immediate(2.0), Some(0x00));
    }

    #[test]
    fn out_of_range_messages() {
        let message = |f: fn()| {
            let payload = std::panic::catch_unwind(f).unwrap_err();
            payload.downcast_ref::<String>().cloned().unwrap()
        };
        assert_eq!(
            message(|| immediate_out_of_range_unsigned_32(5000)),
            "Cannot assemble this Aarch64 instruction. Immediate 5000 is out of range."
        );
        assert_eq!(
            message(|| immediate_out_of_range_signed_32(-5)),
            "Cannot assemble this Aarch64 instruction. Immediate -5 is out of range."
        );
        assert_eq!(
            message(|| immediate_out_of_range_unsigned_f32(1.5)),
            "Cannot assemble this Aarch64 instruction. Immediate 1.5 is out of range."
        );
        assert_eq!(
            message(|| immediate_out_of_range_unsigned_64(1 << 40)),
            "Cannot assemble this Aarch64 instruction. Immediate 1099511627776 is out of range."
        );
    }
}
