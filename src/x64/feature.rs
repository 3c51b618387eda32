//! `.feature` names: the instruction groups a `dynasm!` call can declare available. With no
//! `.feature` directive every instruction is accepted; after `.feature a, b` only those whose
//! groups are all among `a, b` (and those of no group), as dynasm-rs does. A later `.feature`
//! replaces the earlier set; `.feature none` allows no group.
//!
//! Each name is a constant of the statement flags `dynasm!` passes to the encoder: the
//! feature's bit ([`Form::features`](super::form::Form::features) bit `i` is flag bit `32 + i`),
//! with [`GIVEN`] set by any `.feature` directive.
#![allow(non_upper_case_globals)]

/// Set in the statement flags once a `.feature` directive has been given.
pub const GIVEN: u64 = 1 << 63;

/// The feature names, by bit of [`Form::features`](super::form::Form::features).
pub const NAMES: [&str; 26] = [
    "fpu",
    "mmx",
    "tdnow",
    "sse",
    "sse2",
    "sse3",
    "vmx",
    "ssse3",
    "sse4a",
    "sse41",
    "sse42",
    "sse5",
    "avx",
    "avx2",
    "fma",
    "bmi1",
    "bmi2",
    "tbm",
    "rtm",
    "invpcid",
    "mpx",
    "sha",
    "prefetchwt1",
    "cyrix",
    "amd",
    "directstores",
];

/// No group: `.feature none`.
pub const none: u64 = GIVEN;
/// x87 floating point.
pub const fpu: u64 = GIVEN | 1 << 32;
/// MMX.
pub const mmx: u64 = GIVEN | 1 << 33;
/// 3DNow!.
pub const tdnow: u64 = GIVEN | 1 << 34;
/// SSE.
pub const sse: u64 = GIVEN | 1 << 35;
/// SSE2.
pub const sse2: u64 = GIVEN | 1 << 36;
/// SSE3.
pub const sse3: u64 = GIVEN | 1 << 37;
/// VMX (and, with `amd`, SVM).
pub const vmx: u64 = GIVEN | 1 << 38;
/// SSSE3.
pub const ssse3: u64 = GIVEN | 1 << 39;
/// SSE4a.
pub const sse4a: u64 = GIVEN | 1 << 40;
/// SSE4.1.
pub const sse41: u64 = GIVEN | 1 << 41;
/// SSE4.2.
pub const sse42: u64 = GIVEN | 1 << 42;
/// SSE5 (XOP and FMA4, with `amd`).
pub const sse5: u64 = GIVEN | 1 << 43;
/// AVX.
pub const avx: u64 = GIVEN | 1 << 44;
/// AVX2.
pub const avx2: u64 = GIVEN | 1 << 45;
/// FMA3.
pub const fma: u64 = GIVEN | 1 << 46;
/// BMI1.
pub const bmi1: u64 = GIVEN | 1 << 47;
/// BMI2.
pub const bmi2: u64 = GIVEN | 1 << 48;
/// TBM.
pub const tbm: u64 = GIVEN | 1 << 49;
/// RTM.
pub const rtm: u64 = GIVEN | 1 << 50;
/// INVPCID.
pub const invpcid: u64 = GIVEN | 1 << 51;
/// MPX.
pub const mpx: u64 = GIVEN | 1 << 52;
/// SHA.
pub const sha: u64 = GIVEN | 1 << 53;
/// PREFETCHWT1.
pub const prefetchwt1: u64 = GIVEN | 1 << 54;
/// Cyrix extensions.
pub const cyrix: u64 = GIVEN | 1 << 55;
/// AMD extensions.
pub const amd: u64 = GIVEN | 1 << 56;
/// Direct stores (MOVDIRI, MOVDIR64B).
pub const directstores: u64 = GIVEN | 1 << 57;

/// The features of `needed` (a [`Form::features`](super::form::Form::features) set) missing
/// from the statement flags `flags`: empty when no `.feature` was given.
pub const fn missing(needed: u32, flags: u64) -> u32 {
    if flags & GIVEN == 0 {
        0
    } else {
        needed & !((flags >> 32) as u32)
    }
}
