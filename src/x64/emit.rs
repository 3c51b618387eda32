//! Run-time half of an instruction: the constant bytes of an [`Enc`] with the values only known
//! at run time (immediates, displacements, dynamic registers) written into their holes.
//!
//! `dynasm!` turns every operand into one of the argument types below; after inlining with a
//! constant `Enc`, [`build`] folds into a few stores.

use super::encoder::{Enc, Field, Patch, MAX_LEN};
use super::operand::class;
use crate::encoded::Encoded;

#[doc(hidden)]
pub use crate::dynasm_value;

/// A statement's run-time arguments fill an x64 instruction (what `DynasmApi::__declasm_build`
/// takes). (A blanket implementation: another architecture that needs `Fill` implements it for
/// its own argument types, not for every type of a trait of its own, which would overlap this.)
impl<A: Args> crate::encoded::Fill for A {
    type Instruction = Enc;
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn fill(self, e: &Enc) -> Encoded {
        build(e, self)
    }
}

/// The Rust type of an immediate or displacement of `N` bytes.
pub struct Size<const N: u8>;

/// Maps a field size to its Rust type, so that `expr as _` infers `i8`, `i16`, `i32` or `i64`.
pub trait FieldType {
    /// The type of the value.
    type Type: Into<i64>;
}
/// No field: a value given for it is not encoded (dynasm-rs's vpalignr/vpblendw/vpblendd leave a
/// memory third operand out); typed like a displacement.
impl FieldType for Size<0> {
    type Type = i32;
}
impl FieldType for Size<1> {
    type Type = i8;
}
impl FieldType for Size<2> {
    type Type = i16;
}
impl FieldType for Size<4> {
    type Type = i32;
}
impl FieldType for Size<8> {
    type Type = i64;
}

/// An operand's run-time part, written into the instruction by [`build`].
pub trait Arg {
    /// Writes the value for operand `i` of `e` into `buf`.
    fn apply(self, e: &Enc, i: usize, buf: &mut [u8; MAX_LEN]);
}

/// An operand with nothing to write at run time.
pub struct NoArg;

impl Arg for NoArg {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, _: &Enc, _: usize, _: &mut [u8; MAX_LEN]) {}
}

/// An immediate value (or literal jump displacement).
pub struct Imm(i64);

/// Builds an immediate from a value of its field's type (see [`FieldType`]; `dynasm!` checks the
/// type with a `let` at the user's expression, so that a mismatch is reported there).
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn imm<T: Into<i64>>(v: T) -> Imm {
    Imm(v.into())
}

#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
fn write(buf: &mut [u8; MAX_LEN], f: Field, v: i64) {
    // One store per field size, no loop: inlined at every statement of a release build, a loop
    // would cost LLVM's loop passes there (about 5 % of a release rebuild, tools/compile_time.py).
    let p = f.pos as usize;
    match f.size {
        1 => buf[p] = v as u8,
        2 => buf[p..p + 2].copy_from_slice(&(v as i16).to_le_bytes()),
        4 => buf[p..p + 4].copy_from_slice(&(v as i32).to_le_bytes()),
        8 => buf[p..p + 8].copy_from_slice(&v.to_le_bytes()),
        _ => {}
    }
}

impl Arg for Imm {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, e: &Enc, i: usize, buf: &mut [u8; MAX_LEN]) {
        write(buf, e.imm[i], self.0);
    }
}

/// A register whose number is only known at run time.
pub struct DynReg(u8);

/// A register number given at run time: anything `Into<u8>` (`u8`, or the register enums).
///
/// (A trait of our own rather than `impl Into<u8>` parameters, so that passing a `u8` is not a
/// "useless conversion" in the user's code.)
pub trait RegNum {
    /// The hardware number.
    fn reg_num(self) -> u8;
}

impl<T: Into<u8>> RegNum for T {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn reg_num(self) -> u8 {
        self.into()
    }
}

/// Builds a dynamic register operand of register class `CLASS` (`Rq(expr)`, `Rh(expr)`...),
/// refusing the numbers that do not name a register of the class whatever the encoding:
/// `Rh(n)` is 4-7 (ah, ch, dh, bh: without a REX prefix 0-3 would be al..bl and 8-15 would lose
/// their fourth bit), `Rk(n)` 0-7. The other limits depend on the form (15, or 31 for the
/// vector registers of an EVEX form) and are checked where the number is patched in.
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn dynreg_of<const CLASS: u8>(r: impl RegNum) -> DynReg {
    let r = r.reg_num();
    if CLASS == class::GPH {
        assert!(
            (4..8).contains(&r),
            "declasm: dynamic high-byte register number out of range (4-7: ah, ch, dh, bh)"
        );
    } else if CLASS == class::K {
        assert!(
            r < 8,
            "declasm: dynamic opmask register number out of range (0-7: k0..k7)"
        );
    }
    DynReg(r)
}

#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
fn patch(buf: &mut [u8; MAX_LEN], e: &Enc, p: Patch, r: u8) {
    // A number that does not name a register must never encode another one: 16-31 only where
    // an EVEX prefix has a bit for the fifth one (`p.hi`).
    assert!(
        r < 16 || (r < 32 && p.hi != 0),
        "declasm: dynamic register number out of range (0-15; 0-31 for the vector registers of an EVEX instruction)"
    );
    if p.pos != 0xFF {
        // XOR: the fields hold register 0 (VEX and EVEX keep vvvv and R, X, B inverted).
        buf[p.pos as usize] ^= (r & p.mask) << p.shift;
        // Branch-free: the REX (or VEX) bit flips when the number is 8-15 (or 24-31).
        buf[e.rex_pos as usize] ^= ((r >> 3) & 1) * p.rex_bit;
        // EVEX: R', X or V' flips for 16-31.
        buf[e.rex_pos as usize + ((p.hi >> 6) & 2) as usize] ^= ((r >> 4) & 1) * (p.hi & 0x7F);
    }
}

impl Arg for DynReg {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, e: &Enc, i: usize, buf: &mut [u8; MAX_LEN]) {
        patch(buf, e, e.reg[i], self.0);
    }
}

/// A displacement value.
pub struct Disp(i64);

/// Builds a displacement from a value of its field's type (see [`imm`]).
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn disp<T: Into<i64>>(v: T) -> Disp {
    Disp(v.into())
}

impl Arg for Disp {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, e: &Enc, _: usize, buf: &mut [u8; MAX_LEN]) {
        write(buf, e.disp, self.0);
    }
}

/// The run-time parts of a memory operand: displacement and up to two dynamic registers.
pub struct MemArg<D, B, I>(pub D, pub B, pub I);

/// The `K`th dynamic register of a memory reference (in order of appearance): the encoder
/// decided whether it is the base, the index, or both.
pub struct DynMem<const K: u8>(u8);

/// Builds the `K`th dynamic register of a memory reference.
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn dynmem<const K: u8>(r: impl RegNum) -> DynMem<K> {
    DynMem(r.reg_num())
}

impl<const K: u8> Arg for DynMem<K> {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, e: &Enc, _: usize, buf: &mut [u8; MAX_LEN]) {
        if e.base_ord == K {
            patch(buf, e, e.base, self.0);
        }
        if e.index_ord == K {
            patch(buf, e, e.index, self.0);
        }
    }
}

impl<D: Arg, B: Arg, I: Arg> Arg for MemArg<D, B, I> {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, e: &Enc, i: usize, buf: &mut [u8; MAX_LEN]) {
        self.0.apply(e, i, buf);
        self.1.apply(e, i, buf);
        self.2.apply(e, i, buf);
    }
}

/// The run-time parts of all operands.
pub trait Args {
    /// Writes every operand's run-time part.
    fn apply(self, e: &Enc, buf: &mut [u8; MAX_LEN]);
}

impl Args for () {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn apply(self, _: &Enc, _: &mut [u8; MAX_LEN]) {}
}

macro_rules! impl_args {
    ($($t:ident $i:tt),*) => {
        impl<$($t: Arg),*> Args for ($($t,)*) {
            #[cfg_attr(not(debug_assertions), inline(always))]
            #[cfg_attr(debug_assertions, inline)]
            fn apply(self, e: &Enc, buf: &mut [u8; MAX_LEN]) {
                $(self.$i.apply(e, $i, buf);)*
            }
        }
    };
}
impl_args!(A 0);
impl_args!(A 0, B 1);
impl_args!(A 0, B 1, C 2);
impl_args!(A 0, B 1, C 2, D 3);

/// Writes the run-time parts into a copy of the constant bytes.
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn build<A: Args>(e: &Enc, args: A) -> Encoded {
    // The bytes apart from the rest: with the length read from the constant rather than from the
    // written copy, LLVM knows it, and the append becomes a few stores (it was a `memcpy` call of
    // a length read back from the stack, with a bounds check).
    let mut bytes = e.code.bytes;
    args.apply(e, &mut bytes);
    Encoded { bytes, ..e.code }
}
