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

/// The flag of feature `name`: its bit follows its place in [`NAMES`] (a name missing there
/// fails declasm's build).
const fn flag(name: &str) -> u64 {
    let mut i = 0;
    while i < NAMES.len() {
        let n = NAMES[i].as_bytes();
        let b = name.as_bytes();
        if n.len() == b.len() {
            let mut k = 0;
            while k < n.len() && n[k] == b[k] {
                k += 1;
            }
            if k == n.len() {
                return GIVEN | 1 << (32 + i);
            }
        }
        i += 1;
    }
    panic!("feature name missing from NAMES")
}

/// No group: `.feature none`.
pub const none: u64 = GIVEN;
/// x87 floating point.
pub const fpu: u64 = flag("fpu");
/// MMX.
pub const mmx: u64 = flag("mmx");
/// 3DNow!.
pub const tdnow: u64 = flag("tdnow");
/// SSE.
pub const sse: u64 = flag("sse");
/// SSE2.
pub const sse2: u64 = flag("sse2");
/// SSE3.
pub const sse3: u64 = flag("sse3");
/// VMX (and, with `amd`, SVM).
pub const vmx: u64 = flag("vmx");
/// SSSE3.
pub const ssse3: u64 = flag("ssse3");
/// SSE4a.
pub const sse4a: u64 = flag("sse4a");
/// SSE4.1.
pub const sse41: u64 = flag("sse41");
/// SSE4.2.
pub const sse42: u64 = flag("sse42");
/// SSE5 (XOP and FMA4, with `amd`).
pub const sse5: u64 = flag("sse5");
/// AVX.
pub const avx: u64 = flag("avx");
/// AVX2.
pub const avx2: u64 = flag("avx2");
/// FMA3.
pub const fma: u64 = flag("fma");
/// BMI1.
pub const bmi1: u64 = flag("bmi1");
/// BMI2.
pub const bmi2: u64 = flag("bmi2");
/// TBM.
pub const tbm: u64 = flag("tbm");
/// RTM.
pub const rtm: u64 = flag("rtm");
/// INVPCID.
pub const invpcid: u64 = flag("invpcid");
/// MPX.
pub const mpx: u64 = flag("mpx");
/// SHA.
pub const sha: u64 = flag("sha");
/// PREFETCHWT1.
pub const prefetchwt1: u64 = flag("prefetchwt1");
/// Cyrix extensions.
pub const cyrix: u64 = flag("cyrix");
/// AMD extensions.
pub const amd: u64 = flag("amd");
/// Direct stores (MOVDIRI, MOVDIR64B).
pub const directstores: u64 = flag("directstores");
