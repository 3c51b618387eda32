//! Compile-time checks of what the instruction tables and the encoder's data types assume of
//! each other. A table edit that breaks one (a 65th form, a new pattern or feature group past
//! the bits that carry them, a field index out of range) fails declasm's own build here instead
//! of silently selecting or encoding the wrong form.
//!
//! Widths are taken from the types themselves ([`bits`] of a field's value), not written as
//! literals, so that widening a field (e.g. [`Form::features`]) keeps the checks right.

use static_assertions::const_assert;

use super::encoder;
use super::feature;
use super::form::{pat, role, vex, Form, Mnemonic, MnemonicId, MODRM_NONE, MODRM_R};
use super::mnemonics::TABLE;
use super::operand::{kind, Op};

/// The number of bits of `T` (the type of the value given).
const fn bits<T>(_: &T) -> usize {
    core::mem::size_of::<T>() * 8
}

const FORM: Form = TABLE[0].forms[0];

// Feature groups: group `i` is bit `i` of `Form::features`, and bit `32 + i` of a statement's
// flags, below `feature::GIVEN`.
const_assert!(feature::NAMES.len() <= bits(&FORM.features));
const_assert!(32 + feature::NAMES.len() <= feature::GIVEN.trailing_zeros() as usize);
const_assert!(feature::GIVEN.count_ones() == 1);
// A name listed twice would leave its second bit unreachable (`.feature` finds the first).
const_assert!(names_unique());

// Operand patterns: an operand carries the set of patterns it matches as bits of `Op::pats`.
const_assert!(pat::COUNT as usize <= bits(&Op::NONE.pats));
// The EVEX-only patterns are the last ones before the opmask patterns of VEX rows.
const_assert!(pat::EVEX_ONLY >> pat::COUNT == 0);
const_assert!((pat::EVEX_ONLY >> pat::EXMM) & 1 == 1 && (pat::EVEX_ONLY >> pat::EVM64Z) & 1 == 1);
const_assert!((pat::EVEX_ONLY >> pat::K) & 1 == 0 && (pat::EVEX_ONLY >> pat::XMM) & 1 == 0);
// Statement prefixes and EVEX rounding live below the feature bits of the flags.
const_assert!(encoder::prefix::VEX.trailing_zeros() < 64);

// Mnemonics are numbered by `MnemonicId`.
const_assert!(TABLE.len() <= 1 << bits(&MnemonicId(0).0));

// Operand kinds: `Form::kinds` holds one byte of kind bits per operand position, and
// `Mnemonic::index` one entry per pair of kinds of the first two operands.
const KINDS: usize = kind::LABEL as usize + 1;
const_assert!(KINDS <= 8);
const_assert!(FORM.ops.len() * 8 <= bits(&FORM.kinds));
const_assert!(KINDS * KINDS == TABLE[0].index.len());

const_assert!(tables_ok());

const fn names_unique() -> bool {
    let n = &feature::NAMES;
    let mut i = 0;
    while i < n.len() {
        let mut j = i + 1;
        while j < n.len() {
            if str_eq(n[i], n[j]) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// Every form of every mnemonic: within the bit sets and arrays that describe it.
const fn tables_ok() -> bool {
    let mut m = 0;
    while m < TABLE.len() {
        if !mnemonic_ok(&TABLE[m]) {
            return false;
        }
        m += 1;
    }
    true
}

const fn mnemonic_ok(m: &Mnemonic) -> bool {
    // The selection index and the operand-size families cover the first forms only, as bits of
    // a `u64`: a mnemonic with more forms would lose its memory-size rule on the others.
    if m.forms.is_empty() || m.forms.len() > bits(&m.sized_family) {
        return false;
    }
    if m.forms.len() > bits(&m.index[0]) {
        return false;
    }
    let mut i = 0;
    while i < m.forms.len() {
        if !form_ok(&m.forms[i]) {
            return false;
        }
        i += 1;
    }
    true
}

const fn form_ok(f: &Form) -> bool {
    let n = f.ops.len();
    if f.nops as usize > n
        || f.nprefixes as usize > f.prefixes.len()
        || f.opcode_len == 0
        || f.opcode_len as usize > f.opcode.len()
        || f.nsuffix > 1
        || !(f.modrm < 8 || f.modrm == MODRM_R || f.modrm == MODRM_NONE)
    {
        return false;
    }
    // The groups a form needs are named groups.
    if feature::NAMES.len() < bits(&f.features) && f.features >> feature::NAMES.len() != 0 {
        return false;
    }
    // Operand indices: an operand of the form, or `n` for none.
    let idx = [f.rm, f.reg, f.opreg, f.vvvv, f.is4];
    let mut k = 0;
    while k < idx.len() {
        if idx[k] as usize > n || (idx[k] as usize != n && idx[k] >= f.nops) {
            return false;
        }
        k += 1;
    }
    let mut k = 0;
    while k < n {
        // Patterns in range; none past the operand count.
        if f.ops[k] >= pat::COUNT || ((k as u8) >= f.nops && f.ops[k] != pat::NONE) {
            return false;
        }
        // Immediate and jump fields of a size the emitter writes.
        let ok_size = match f.roles[k] {
            role::IMM => matches!(f.sizes[k], 1 | 2 | 4 | 8),
            role::REL => matches!(f.sizes[k], 1 | 2 | 4),
            r => r <= role::IS4,
        };
        if !ok_size {
            return false;
        }
        k += 1;
    }
    // VEX/XOP fields within their bits (map: the 5-bit mmmmm field, 1-3 for VEX; XOP maps are
    // 8 and up, dynasm-rs's XOP map 0A being written as 10h).
    match f.vex {
        vex::NONE => true,
        vex::VEX => {
            f.vex_map >= 1 && f.vex_map <= 3 && f.vex_pp <= 3 && f.vex_l <= 1 && f.vex_w <= 1
        }
        vex::XOP => {
            f.vex_map >= 8 && f.vex_map <= 31 && f.vex_pp == 0 && f.vex_l <= 1 && f.vex_w <= 1
        }
        // EVEX: maps 1-3, 5, 6 in the 3-bit mmm field; L'L 0-2; an element size for a broadcast.
        vex::EVEX => {
            matches!(f.vex_map, 1 | 2 | 3 | 5 | 6)
                && f.vex_pp <= 3
                && f.vex_l <= 2
                && f.vex_w <= 1
                && matches!(f.bcst, 0 | 2 | 4 | 8)
                && matches!(f.disp8, 0 | 1 | 2 | 4 | 8)
        }
        _ => false,
    }
}
