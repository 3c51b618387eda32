//! Selecting the form: the first form of the mnemonic whose patterns accept the operands and
//! whose policy takes the statement's prefixes and decorations; its bytes are laid out by
//! [`super::layout::encode_form`].

use super::encoder::{prefix, Enc};
use super::form::{self, vex, Form, Mnemonic, MnemonicId};
use super::layout::encode_form;
use super::operand::{kind, Op};

/// The message for a statement the form's policy ([`Form::policy`]) refuses, if any: memory with
/// 32-bit address registers where the row says `{a64}`;
/// `lock` only where the row says `{lock}` and ModRM.rm is memory, `rep` only with `{rep}`,
/// `repe`/`repne` only with `{repe}` (as dynasm-rs: the memory-destination forms of the
/// lockable instructions, and the operand-less string forms).
const fn policy_error(f: &Form, ops: &[Op; 4], prefixes: u128) -> Option<&'static str> {
    if f.policy & form::policy::A64 != 0
        && f.rm < 4
        && ops[f.rm as usize].kind == kind::MEM
        && ops[f.rm as usize].mem.addr_size == 4
    {
        return Some("this instruction takes 64-bit address registers only");
    }
    if prefixes & prefix::LOCK != 0
        && (f.policy & form::policy::LOCK == 0 || f.rm >= 4 || ops[f.rm as usize].kind != kind::MEM)
    {
        return Some("cannot use prefix lock on this instruction");
    }
    if prefixes & prefix::REP != 0 && f.policy & form::policy::REP == 0 {
        return Some("cannot use prefix rep on this instruction");
    }
    if prefixes & (prefix::REPE | prefix::REPNE) != 0 && f.policy & form::policy::REPE == 0 {
        return Some("cannot use prefix repe/repne on this instruction");
    }
    None
}

/// Whether memory without a size keyword leaves a VEX instruction ambiguous: another form `j`
/// of the mnemonic, of another VEX.L or VEX.W, accepts the same operands with a memory operand
/// of another size
/// (`vcvtpd2ps xmm0, [rax]`: 128 or 256 bits; `vcvtsi2ss xmm0, xmm1, [rax]`: 32 or 64). dynasm-rs
/// then refuses the statement ("unknown operand size"); `vaddps xmm0, xmm1, [rax]` is not
/// ambiguous (only the xmm form takes xmm registers).
const fn ambiguous_memory_size(m: &Mnemonic, k: usize, ops: &[Op; 4]) -> bool {
    let f = &m.forms[k];
    if f.rm >= 4 || ops[f.rm as usize].kind != kind::MEM || ops[f.rm as usize].size != 0 {
        return false;
    }
    let size = form::pattern_mem_size(f.ops[f.rm as usize]);
    let mut j = 0;
    while j < m.forms.len() {
        let g = &m.forms[j];
        if j != k
            && g.rm == f.rm
            && (ops[0].pats >> g.ops[0])
                & (ops[1].pats >> g.ops[1])
                & (ops[2].pats >> g.ops[2])
                & (ops[3].pats >> g.ops[3])
                & 1
                != 0
            && form::pattern_mem_size(g.ops[g.rm as usize]) != size
            // (Forms that encode alike, e.g. a second row taking another size keyword, are
            // not a different instruction.)
            && (g.vex_l != f.vex_l || g.vex_w != f.vex_w)
        {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether the operands have memory without a size keyword and no register to size it.
const fn unsized_memory(ops: &[Op; 4]) -> bool {
    let mut has_unsized = false;
    let mut i = 0;
    while i < 4 {
        if ops[i].kind == kind::REG {
            return false;
        }
        if ops[i].kind == kind::MEM && ops[i].size == 0 {
            has_unsized = true;
        }
        i += 1;
    }
    has_unsized
}

/// Why a statement cannot be encoded: the `encodeN` entry points panic with
/// [`Failure::message`], a compile error reported at the statement's `const` (they are
/// `#[track_caller]`, so it shows no frames of declasm's functions).
#[derive(Clone, Copy, Debug)]
pub struct Failure {
    /// The mnemonic.
    pub mnemonic: &'static Mnemonic,
    /// The statement as written.
    pub stmt: &'static str,
    /// What is wrong; empty when no form accepts the operands (the message lists the forms).
    pub why: &'static str,
    /// `.feature` groups the form needs that are not enabled (bits of `feature::NAMES`).
    pub missing: u64,
    /// When no form accepts the operands: what a near miss tells about them.
    pub detail: Detail,
}

/// What is wrong with operands that no form accepts, found by retrying the forms with one
/// operand changed (only when the statement fails, so it costs nothing otherwise).
#[derive(Clone, Copy, Debug)]
pub enum Detail {
    /// Nothing more specific than "no form".
    None,
    /// Two memory operands.
    TwoMemory,
    /// A literal immediate too big for every field that would take the operands (`bits`).
    Immediate {
        /// The literal's value.
        value: i64,
        /// The widest field that would take it, in bits.
        bits: u8,
    },
    /// Two operands whose sizes conflict (in bytes), in statement order.
    Sizes {
        /// Index of the first operand.
        a: u8,
        /// Its size.
        a_size: u8,
        /// Index of the second operand.
        b: u8,
        /// Its size.
        b_size: u8,
    },
}

impl Failure {
    const fn new(m: &'static Mnemonic, stmt: &'static str, why: &'static str) -> Failure {
        Failure {
            mnemonic: m,
            stmt,
            why,
            missing: 0,
            detail: Detail::None,
        }
    }

    /// The message (built in a buffer: read it with [`Message::as_str`]).
    pub const fn message(&self) -> super::diagnostics::Message {
        super::diagnostics::message(self)
    }
}

/// Selects the first form of `m` that accepts `ops` and encodes it, or says why it cannot;
/// `stmt` is the statement's text for the message.
pub const fn encode(
    id: MnemonicId,
    flags: u128,
    ops: [Op; 4],
    stmt: &'static str,
) -> Result<Enc, Failure> {
    let m = id.get();
    // Why the forms whose patterns matched could not take the statement (EVEX decorations,
    // `{vex}`, rounding), reported if no later form takes it.
    let mut why = "";
    // Only the forms whose first two patterns take these kinds of operands, in order; forms past
    // the first 64 are not indexed and are tried after them.
    let mut cand = m.index[ops[0].kind as usize * 5 + ops[1].kind as usize]
        & m.by_size[0][form::SIZE_SLOT[ops[0].size as usize] as usize]
        & m.by_size[1][form::SIZE_SLOT[ops[1].size as usize] as usize];
    // (The operands' pattern sets and the forms are read once: this loop runs in the const
    // interpreter, which charges for every place it evaluates.)
    let (p0, p1, p2, p3) = (ops[0].pats, ops[1].pats, ops[2].pats, ops[3].pats);
    let forms = m.forms;
    let mut i = 64;
    loop {
        let k = if cand != 0 {
            let k = cand.trailing_zeros() as usize;
            cand &= cand - 1;
            k
        } else if i < forms.len() {
            i += 1;
            i - 1
        } else {
            break;
        };
        let f = &forms[k];
        let [o0, o1, o2, o3] = f.ops;
        // Bit tests of the patterns each operand accepts (`Op::pats`, see `form::matches`).
        if (p0 >> o0) & (p1 >> o1) & (p2 >> o2) & (p3 >> o3) & 1 != 0 {
            // EVEX: rounding needs an EVEX form, `{vex}` a VEX one, and an AVX-VNNI form is
            // only taken with `{vex}`; the decorations must be the form's.
            if flags & (prefix::ROUNDING | prefix::VEX) != 0 || f.policy & form::policy::VEXP != 0 {
                if f.vex == vex::EVEX {
                    if flags & prefix::VEX != 0 {
                        why = "`{vex}`: no VEX form takes these operands";
                        continue;
                    }
                } else if flags & prefix::ROUNDING != 0 {
                    why = "embedded rounding and `{sae}` need an EVEX form (AVX-512)";
                    continue;
                } else if f.policy & form::policy::VEXP != 0 && flags & prefix::VEX == 0 {
                    continue;
                }
            }
            if f.vex == vex::EVEX {
                if let Some(msg) = super::evex::check(f, &ops, flags) {
                    why = msg;
                    continue;
                }
            }
            // Memory without a size keyword where the size is unknown or ambiguous, or where the
            // row says `{sized}`.
            // (`Mnemonic::needs_size`, written out: a call costs the const interpreter.)
            if (((k < 64 && (m.sized_family >> k) & 1 != 0) || m.x87_reg_forms)
                && unsized_memory(&ops))
                || (f.vex != vex::NONE && ambiguous_memory_size(m, k, &ops))
                || (f.policy & form::policy::SIZED != 0
                    && f.rm < 4
                    && ops[f.rm as usize].kind == kind::MEM
                    && ops[f.rm as usize].size == 0)
            {
                return Err(Failure::new(
                    m,
                    stmt,
                    "unknown operand size: give the memory operand a size (BYTE, WORD, DWORD, QWORD, TWORD)",
                ));
            }
            if flags & (prefix::LOCK | prefix::REP | prefix::REPE | prefix::REPNE) != 0
                || f.policy & form::policy::A64 != 0
            {
                if let Some(p) = policy_error(f, &ops, flags) {
                    return Err(Failure::new(m, stmt, p));
                }
            }
            if flags & super::feature::GIVEN != 0 {
                let missing = f.features & !((flags >> 64) as u64);
                if missing != 0 {
                    return Err(Failure {
                        missing,
                        ..Failure::new(m, stmt, "")
                    });
                }
            }
            match encode_form(f, &ops, flags) {
                Ok(e) => return Ok(e),
                Err(msg) => return Err(Failure::new(m, stmt, msg)),
            }
        }
    }
    Err(Failure {
        detail: if why.is_empty() {
            diagnose(m, &ops)
        } else {
            Detail::None
        },
        ..Failure::new(m, stmt, why)
    })
}

/// Whether form `f`'s patterns take `ops` (the test `encode` makes inline, for diagnostics).
const fn takes(f: &Form, ops: &[Op; 4]) -> bool {
    (ops[0].pats >> f.ops[0])
        & (ops[1].pats >> f.ops[1])
        & (ops[2].pats >> f.ops[2])
        & (ops[3].pats >> f.ops[3])
        & 1
        != 0
}

/// Whether some form of `m` takes `ops`.
const fn any_takes(m: &Mnemonic, ops: &[Op; 4]) -> bool {
    let mut k = 0;
    while k < m.forms.len() {
        if takes(&m.forms[k], ops) {
            return true;
        }
        k += 1;
    }
    false
}

/// The width in bits of an immediate pattern (0 for other patterns).
const fn imm_bits(p: u8) -> u8 {
    match p {
        form::pat::IMM8 | form::pat::SIMM8 => 8,
        form::pat::IMM16 | form::pat::SIMM16 => 16,
        form::pat::IMM32 => 32,
        form::pat::IMM64 => 64,
        _ => 0,
    }
}

/// Why no form of `m` takes `ops`, if changing one operand would let one (see [`Detail`]).
const fn diagnose(m: &Mnemonic, ops: &[Op; 4]) -> Detail {
    let mut mems = 0;
    let mut i = 0;
    while i < 4 {
        if ops[i].kind == kind::MEM {
            mems += 1;
        }
        i += 1;
    }
    if mems >= 2 {
        return Detail::TwoMemory;
    }
    // A literal that no field takes: retried as a byte, does some form take it?
    let mut i = 0;
    while i < 4 {
        if ops[i].kind == kind::IMM && ops[i].lit > 1 {
            let mut small = *ops;
            small[i] = ops[i].small_literal();
            let mut bits = 0;
            let mut k = 0;
            while k < m.forms.len() {
                let f = &m.forms[k];
                if takes(f, &small) && imm_bits(f.ops[i]) > bits {
                    bits = imm_bits(f.ops[i]);
                }
                k += 1;
            }
            if bits != 0 {
                return Detail::Immediate {
                    value: ops[i].value,
                    bits,
                };
            }
        }
        i += 1;
    }
    // Two sized operands of different sizes: does some form take them at one size?
    let mut a = 0;
    while a < 4 {
        let mut b = a + 1;
        while b < 4 {
            let (x, y) = (&ops[a], &ops[b]);
            if x.size != 0 && y.size != 0 && x.size != y.size {
                if let (Some(xa), Some(yb)) = (x.resized(y.size), y.resized(x.size)) {
                    let mut one = *ops;
                    one[b] = yb;
                    let mut other = *ops;
                    other[a] = xa;
                    if any_takes(m, &one) || any_takes(m, &other) {
                        return Detail::Sizes {
                            a: a as u8,
                            a_size: x.size,
                            b: b as u8,
                            b_size: y.size,
                        };
                    }
                }
            }
            b += 1;
        }
        a += 1;
    }
    Detail::None
}

/// The encoding, or a compile error with the failure's message. Written out in each entry point
/// rather than called (a call costs the const interpreter a frame per statement); with
/// `#[track_caller]` on the entry points, rustc reports the error at the statement's `const`, with
/// no frames of declasm's functions.
macro_rules! checked {
    ($r:expr) => {
        match $r {
            Ok(e) => e,
            Err(f) => panic!("{}", f.message().as_str()),
        }
    };
}

/// The entry points by operand count, as `dynasm!` calls them: the statement's `const` then holds
/// only its own operands (no array, no padding), which costs the compiler less per statement.
/// Each comes twice from one line: checked (`encodeN`, an [`Enc`] or a compile error) and, in
/// [`chain`], unchecked (the bytes or the failure, for the runs release builds join).
macro_rules! entry_points {
    ($($name:ident ($($arg:ident),*) [$($slot:expr),*] $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[doc = ""]
            #[doc = "Panics (at compile time: a compile error at the statement) if no form takes the operands."]
            #[track_caller]
            pub const fn $name(id: MnemonicId, flags: u128, $($arg: Op,)* stmt: &'static str) -> Enc {
                checked!(encode(id, flags, [$($slot),*], stmt))
            }
        )*

        /// The entry points [`encode0`]..[`encode4`] unchecked, for a statement that joins a run
        /// (release builds): its bytes, or why it cannot be encoded, which
        /// [`crate::encoded::Run::then`] keeps in the run for the statement's
        /// [`chain::check`](self::chain::check).
        pub mod chain {
            use super::{encode, Failure, MnemonicId, Op};
            use crate::encoded::Encoded;

            /// A run of x64 constant instructions: its last statement's failure, if it failed, is
            /// an x64 [`Failure`].
            pub type Run = crate::encoded::Run<Failure>;

            /// The statement whose run is `run` (the last one that joined it): nothing, or a
            /// compile error with its failure's message (see [`super::encode0`]). (The run by
            /// value: a reference to the statement's constant would be a promoted constant, one
            /// more body for the compiler in every statement.)
            #[track_caller]
            pub const fn check(run: Run) -> u8 {
                if let Some(f) = &run.failed {
                    panic!("{}", f.message().as_str());
                }
                0
            }
            $(
                #[doc = $doc]
                #[doc = ""]
                #[doc = "Unchecked: [`check`] reports a failure."]
                pub const fn $name(id: MnemonicId, flags: u128, $($arg: Op,)* stmt: &'static str) -> Result<Encoded, Failure> {
                    match encode(id, flags, [$($slot),*], stmt) {
                        Ok(e) => Ok(e.code),
                        Err(f) => Err(f),
                    }
                }
            )*
        }
    };
}

entry_points! {
    encode0 () [Op::NONE, Op::NONE, Op::NONE, Op::NONE] "[`encode`] for no operand.";
    encode1 (a) [a, Op::NONE, Op::NONE, Op::NONE] "[`encode`] for one operand.";
    encode2 (a, b) [a, b, Op::NONE, Op::NONE] "[`encode`] for two operands.";
    encode3 (a, b, c) [a, b, c, Op::NONE] "[`encode`] for three operands.";
    encode4 (a, b, c, d) [a, b, c, d] "[`encode`] for four operands.";
}
