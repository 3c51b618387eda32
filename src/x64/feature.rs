//! `.feature` names: the instruction groups a `dynasm!` call can declare available. With no
//! `.feature` directive every instruction is accepted; after `.feature a, b` only those whose
//! groups are all among `a, b` (and those of no group), as dynasm-rs does. A later `.feature`
//! replaces the earlier set; `.feature none` allows no group.
//!
//! Each name is a constant of the statement flags `dynasm!` passes to the encoder (a `u128`:
//! the prefixes in the low bits): the feature's bit ([`Form::features`](super::form::Form::features)
//! bit `i` is flag bit `64 + i`), with [`GIVEN`] (bit 127) set by any `.feature` directive. So
//! there is room for 63 groups (checked at compile time).
#![allow(non_upper_case_globals)]

/// Set in the statement flags once a `.feature` directive has been given.
pub const GIVEN: u128 = 1 << 127;

/// The feature names, by bit of [`Form::features`](super::form::Form::features).
pub const NAMES: [&str; 60] = [
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
    "cet",
    "clflushopt",
    "clwb",
    "cldemote",
    "wbnoinvd",
    "serialize",
    "enqcmd",
    "ptwrite",
    "rdpid",
    "pku",
    "waitpkg",
    "uintr",
    "sgx",
    "pconfig",
    "gfni",
    "vaes",
    "vpclmulqdq",
    "hreset",
    "invlpgb",
    "tsxldtrk",
    "avx512f",
    "avx512vl",
    "avx512bw",
    "avx512dq",
    "avx512cd",
    "avx512ifma",
    "avx512vbmi",
    "avx512vbmi2",
    "avx512vnni",
    "avx512bitalg",
    "avx512vpopcntdq",
    "avx512bf16",
    "avx512fp16",
    "avxvnni",
];

// Feature bits 64..127 of the flags, bit 127 being GIVEN.
static_assertions::const_assert!(NAMES.len() <= 63);

/// The flag of feature `name`: its bit follows its place in [`NAMES`] (a name missing there
/// fails declasm's build).
const fn flag(name: &str) -> u128 {
    GIVEN | (bit(name.as_bytes()) as u128) << 64
}

/// The bit of feature `name` in [`Form::features`](super::form::Form::features) (the table
/// rows' `[group]` token); panics (a build error of the tables) on an unknown name.
pub const fn bit(name: &[u8]) -> u64 {
    let mut i = 0;
    while i < NAMES.len() {
        let n = NAMES[i].as_bytes();
        if n.len() == name.len() {
            let mut k = 0;
            while k < n.len() && n[k] == name[k] {
                k += 1;
            }
            if k == n.len() {
                return 1 << i;
            }
        }
        i += 1;
    }
    panic!("feature name missing from NAMES")
}

/// No group: `.feature none`.
pub const none: u128 = GIVEN;
/// x87 floating point.
pub const fpu: u128 = flag("fpu");
/// MMX.
pub const mmx: u128 = flag("mmx");
/// 3DNow!.
pub const tdnow: u128 = flag("tdnow");
/// SSE.
pub const sse: u128 = flag("sse");
/// SSE2.
pub const sse2: u128 = flag("sse2");
/// SSE3.
pub const sse3: u128 = flag("sse3");
/// VMX (and, with `amd`, SVM).
pub const vmx: u128 = flag("vmx");
/// SSSE3.
pub const ssse3: u128 = flag("ssse3");
/// SSE4a.
pub const sse4a: u128 = flag("sse4a");
/// SSE4.1.
pub const sse41: u128 = flag("sse41");
/// SSE4.2.
pub const sse42: u128 = flag("sse42");
/// SSE5 (XOP and FMA4, with `amd`).
pub const sse5: u128 = flag("sse5");
/// AVX.
pub const avx: u128 = flag("avx");
/// AVX2.
pub const avx2: u128 = flag("avx2");
/// FMA3.
pub const fma: u128 = flag("fma");
/// BMI1.
pub const bmi1: u128 = flag("bmi1");
/// BMI2.
pub const bmi2: u128 = flag("bmi2");
/// TBM.
pub const tbm: u128 = flag("tbm");
/// RTM.
pub const rtm: u128 = flag("rtm");
/// INVPCID.
pub const invpcid: u128 = flag("invpcid");
/// MPX.
pub const mpx: u128 = flag("mpx");
/// SHA.
pub const sha: u128 = flag("sha");
/// PREFETCHWT1.
pub const prefetchwt1: u128 = flag("prefetchwt1");
/// Cyrix extensions.
pub const cyrix: u128 = flag("cyrix");
/// AMD extensions.
pub const amd: u128 = flag("amd");
/// Direct stores (MOVDIRI, MOVDIR64B).
pub const directstores: u128 = flag("directstores");
/// CET: `endbr64`, shadow-stack instructions.
pub const cet: u128 = flag("cet");
/// CLFLUSHOPT.
pub const clflushopt: u128 = flag("clflushopt");
/// CLWB.
pub const clwb: u128 = flag("clwb");
/// CLDEMOTE.
pub const cldemote: u128 = flag("cldemote");
/// WBNOINVD.
pub const wbnoinvd: u128 = flag("wbnoinvd");
/// SERIALIZE.
pub const serialize: u128 = flag("serialize");
/// ENQCMD, ENQCMDS.
pub const enqcmd: u128 = flag("enqcmd");
/// PTWRITE.
pub const ptwrite: u128 = flag("ptwrite");
/// RDPID.
pub const rdpid: u128 = flag("rdpid");
/// Protection keys (RDPKRU, WRPKRU).
pub const pku: u128 = flag("pku");
/// WAITPKG (TPAUSE, UMONITOR, UMWAIT).
pub const waitpkg: u128 = flag("waitpkg");
/// User interrupts.
pub const uintr: u128 = flag("uintr");
/// SGX leaf functions (ENCLS, ENCLU, ENCLV).
pub const sgx: u128 = flag("sgx");
/// PCONFIG.
pub const pconfig: u128 = flag("pconfig");
/// GFNI.
pub const gfni: u128 = flag("gfni");
/// VAES (the 256-bit AES instructions).
pub const vaes: u128 = flag("vaes");
/// VPCLMULQDQ (the 256-bit carry-less multiplication).
pub const vpclmulqdq: u128 = flag("vpclmulqdq");
/// HRESET.
pub const hreset: u128 = flag("hreset");
/// INVLPGB, TLBSYNC (AMD).
pub const invlpgb: u128 = flag("invlpgb");
/// TSX suspend load address tracking (XSUSLDTRK, XRESLDTRK).
pub const tsxldtrk: u128 = flag("tsxldtrk");
/// AVX-512 Foundation (EVEX, zmm, opmask registers).
pub const avx512f: u128 = flag("avx512f");
/// AVX-512 vector lengths: the 128- and 256-bit EVEX forms (xmm/ymm 16-31, masks).
pub const avx512vl: u128 = flag("avx512vl");
/// AVX-512 byte and word instructions.
pub const avx512bw: u128 = flag("avx512bw");
/// AVX-512 doubleword and quadword instructions.
pub const avx512dq: u128 = flag("avx512dq");
/// AVX-512 conflict detection.
pub const avx512cd: u128 = flag("avx512cd");
/// AVX-512 52-bit integer multiply-add.
pub const avx512ifma: u128 = flag("avx512ifma");
/// AVX-512 vector byte manipulation.
pub const avx512vbmi: u128 = flag("avx512vbmi");
/// AVX-512 vector byte manipulation 2.
pub const avx512vbmi2: u128 = flag("avx512vbmi2");
/// AVX-512 vector neural network instructions.
pub const avx512vnni: u128 = flag("avx512vnni");
/// AVX-512 bit algorithms.
pub const avx512bitalg: u128 = flag("avx512bitalg");
/// AVX-512 doubleword and quadword population count.
pub const avx512vpopcntdq: u128 = flag("avx512vpopcntdq");
/// AVX-512 bfloat16.
pub const avx512bf16: u128 = flag("avx512bf16");
/// AVX-512 half precision.
pub const avx512fp16: u128 = flag("avx512fp16");
/// AVX-VNNI (the VEX forms of the VNNI instructions, `{vex}`).
pub const avxvnni: u128 = flag("avxvnni");
