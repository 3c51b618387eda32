//! declasm: a runtime x64 and aarch64 assembler that speaks dynasm-rs's dialects.
//!
//! The [`dynasm!`] macro is written with `macro_rules!` only (no proc-macro), instructions are
//! encoded by `const fn` encoders at compile time, and the bytes are emitted into assemblers that
//! resolve global, local and dynamic labels and hand out executable memory.
//!
//! The public surface mirrors `dynasmrt` 5.1 for x64 and aarch64 (`.arch aarch64`: see
//! [the aarch64 language](crate::reference::aarch64)), so a program written against it builds
//! against declasm with only the dependency renamed:
//!
//! ```toml
//! [dependencies]
//! dynasmrt = { package = "declasm", version = "0.1" }
//! ```
//!
//! # A tour
//!
//! ```
//! use declasm::{dynasm, DynasmApi, DynasmLabelApi};
//!
//! let mut ops = declasm::x64::Assembler::new().unwrap();
//! let start = ops.offset();
//! dynasm!(ops
//!     ; .arch x64
//!     ; mov eax, edi              // sysv64: the first argument
//!     ; ->again:                  // a global label
//!     ; add eax, eax
//!     ; cmp eax, 1000
//!     ; jb ->again
//!     ; ret
//! );
//! let code = ops.finalize().unwrap();
//! let f: extern "sysv64" fn(u32) -> u32 = unsafe { std::mem::transmute(code.ptr(start)) };
//! assert_eq!(f(3), 1536);
//! ```
//!
//! - **Writing assembly**: [`dynasm!`] takes a target assembler and `;`-separated statements:
//!   instructions, labels, directives and Rust statements. The
//!   [language reference](crate::reference::language) describes all of it: registers and
//!   [dynamic registers](crate::reference::language#dynamic-registers) (`Rq(n)`), size keywords,
//!   [immediates](crate::reference::language#immediates) (when `QWORD` is needed, how run-time values
//!   are typed), memory references, type maps, [labels](crate::reference::language#labels),
//!   [directives](crate::reference::language#directives), `.alias`, `.feature` and the errors you get.
//! - **Looking up an instruction**: the [instruction reference](crate::reference::instructions) lists
//!   every mnemonic (1483) with its operand forms in the order they are tried, their encoding
//!   and `.feature` groups.
//! - **Coming from dynasm-rs**: [differences](crate::reference::differences) lists what is
//!   unsupported, stricter or looser, and every statement whose bytes differ.
//! - **Assemblers**: [`x64::Assembler`] (executable memory; `commit`, `finalize`, `reader`,
//!   `alter`), [`VecAssembler`] (bytes for a given base address), [`SimpleAssembler`] (bytes, no
//!   labels). Code is never writable and executable at once: [`ExecutableBuffer`] and
//!   [`MutableBuffer`] switch between the two.
//! - **Traits**: [`DynasmApi`] (emitting bytes) and [`DynasmLabelApi`] (labels and
//!   relocations): bring them into scope where `dynasm!` is used.
//! - **Labels and errors**: [`DynamicLabel`] (from `new_dynamic_label()`), [`AssemblyOffset`];
//!   label and relocation mistakes are [`DynasmError`]s from `commit`/`finalize`/`alter`.
//! - **Registers**: [`x64::Rq`], [`x64::Rd`], [`x64::Rx`] ... name the registers of each
//!   family for dynamic register operands.
//! - **aarch64**: [`aarch64::Assembler`], [`aarch64::Aarch64Relocation`] (label values written
//!   into bit fields of instruction words, with range and alignment checks), the register enums
//!   [`aarch64::RX`], [`aarch64::RXSP`], [`aarch64::RV`] and the run-time immediate helpers, with
//!   dynasmrt 5.1's names; the executable assembler keeps the instruction cache coherent on
//!   aarch64 hosts.
//!
//! Besides dynasmrt's names, declasm has [`LabelRegistry`] at the crate root (the label table
//! `labels()` returns; its methods are declasm's own) and the
//! [reference pages](crate::reference). The modules `dynasm!`'s expansion uses (`x64::encoder`,
//! `x64::operand`, `x64::mnemonics`, ...) are public so that the macro works in other crates,
//! but hidden: they are not part of the API.
#![warn(missing_docs)]

pub mod aarch64;
#[doc(hidden)]
pub mod assembler;
pub mod debuginfo;
#[doc(hidden)]
pub mod encoded;
#[doc(hidden)]
pub mod error;
mod frontend;
#[doc(hidden)]
pub mod labels;
#[doc(hidden)]
pub mod memory;
pub mod reference;
mod registers;
pub mod relocations;
pub mod x64;

pub use assembler::{
    Assembler, Executor, Modifier, SimpleAssembler, UncommittedModifier, VecAssembler,
};
use encoded::{Encoded, Fill};
pub use error::{DynasmError, LabelKind, TargetKind};
pub use labels::{DynamicLabel, LabelRegistry};
pub use memory::{ExecutableBuffer, MutableBuffer};
pub use registers::Register;

// Used by `dynasm!`'s expansion.
#[doc(hidden)]
pub use labels::StaticLabel;
#[doc(hidden)]
pub use relocations::{Relocation, RelocationKind, RelocationSize};

/// Executable and mutable memory buffers (the module dynasmrt names `mmap`).
pub mod mmap {
    pub use crate::memory::{ExecutableBuffer, MutableBuffer};
}

/// The relocation of an encoding as dynasm-rs's proc macro passes it to the `*_reloc` methods.
#[inline]
fn dynasm_kind<R: Relocation>(encoding: u8) -> R {
    R::from_dynasm_encoding(encoding)
}

/// An offset into an assembler's output, in bytes from the start of the buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct AssemblyOffset(pub usize);

impl core::ops::Add<usize> for AssemblyOffset {
    type Output = AssemblyOffset;
    fn add(self, rhs: usize) -> AssemblyOffset {
        AssemblyOffset(self.0 + rhs)
    }
}

/// The byte-emission interface that `dynasm!` drives.
///
/// Everything `dynasm!` emits goes through `Extend<u8>`/`Extend<&u8>` and the `push_*` methods,
/// so any byte sink that implements this trait can be assembled into.
pub trait DynasmApi: Extend<u8> + for<'a> Extend<&'a u8> {
    /// The offset of the next byte to be emitted.
    fn offset(&self) -> AssemblyOffset;
    /// Emits one byte.
    fn push(&mut self, byte: u8);
    /// Pads with `with` until `offset() % alignment == 0`.
    fn align(&mut self, alignment: usize, with: u8);
    /// Emits a signed byte.
    #[inline]
    fn push_i8(&mut self, value: i8) {
        self.push(value as u8);
    }
    /// Emits a little-endian `i16`.
    #[inline]
    fn push_i16(&mut self, value: i16) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits a little-endian `i32`.
    #[inline]
    fn push_i32(&mut self, value: i32) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits a little-endian `i64`.
    #[inline]
    fn push_i64(&mut self, value: i64) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits a little-endian `u16`.
    #[inline]
    fn push_u16(&mut self, value: u16) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits a little-endian `u32`.
    #[inline]
    fn push_u32(&mut self, value: u32) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits a little-endian `u64`.
    #[inline]
    fn push_u64(&mut self, value: u64) {
        self.extend(&value.to_le_bytes());
    }
    /// Emits an encoded instruction (its run-time parts, if it has any, written in by
    /// [`__declasm_build`](Self::__declasm_build)); `dynasm!` calls this (through the trait, so
    /// that the trait import a dynasmrt program has stays in use).
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc(&mut self, e: Encoded) {
        self.extend(&e.bytes[..e.len as usize]);
    }
    /// Emits a run of instructions joined at compile time (see [`encoded::Run`]); `dynasm!`
    /// calls this in release builds (through the trait, as [`__declasm_enc`](Self::__declasm_enc)).
    /// The run's bytes and length come as two arguments, so that its type (which holds the
    /// architecture's failure) stays out of this trait. Not `#[inline]`: with the hint, rustc's
    /// MIR inliner put its body into every user function at each run, and the MIR passes after it
    /// (reference propagation, dead-store elimination) then cost a 1000-statement release build
    /// 0.3 s; LLVM still inlines it (a generic trait method, instantiated in the user's crate).
    #[doc(hidden)]
    fn __declasm_run(&mut self, bytes: &[u8; encoded::RUN_MAX], len: u16) {
        self.extend(&bytes[..len as usize]);
    }
    /// Emits an encoded instruction with its run-time parts written in.
    #[doc(hidden)]
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn __declasm_build<A: Fill>(&mut self, instruction: A::Instruction, args: A) {
        self.__declasm_enc(args.fill(&instruction));
    }
    /// The listing hook (feature `listing`): a `dynasm!` statement with text `statement` starts
    /// at the current offset. Assemblers that keep no listing ignore it.
    #[doc(hidden)]
    #[inline(always)]
    fn __declasm_listing(&mut self, statement: &'static str) {
        let _ = statement;
    }
    /// Called by generated code for an error that can only be detected at run time.
    fn runtime_error(&self, msg: &'static str) -> ! {
        panic!("{}", msg);
    }
}

/// Label definition and relocation, on top of [`DynasmApi`].
///
/// A relocation is recorded *after* the instruction that contains its field has been emitted:
/// with `end = self.offset()` at the time of the call, the field starts at `end - field_offset`
/// and a relative value is computed from `end - ref_offset`.
pub trait DynasmLabelApi: DynasmApi {
    /// The relocation type of the architecture.
    type Relocation: Relocation;

    /// Defines local label `name` at the current offset (local labels may be redefined).
    fn local_label(&mut self, name: &'static str);
    /// Defines global label `name` at the current offset.
    fn global_label(&mut self, name: &'static str);
    /// Defines dynamic label `id` at the current offset.
    fn dynamic_label(&mut self, id: DynamicLabel);
    /// Creates a new, undefined dynamic label.
    fn new_dynamic_label(&mut self) -> DynamicLabel;

    /// References the next definition of local label `name` (`>name`).
    fn forward_relocation(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    );
    /// References the latest definition of local label `name` (`<name`).
    fn backward_relocation(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    );
    /// References global label `name` (`->name`).
    fn global_relocation(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    );
    /// References dynamic label `id` (`=>id`).
    fn dynamic_relocation(
        &mut self,
        id: DynamicLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    );
    /// References an absolute address (`extern addr`).
    fn bare_relocation(
        &mut self,
        target: usize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    );

    /// References an absolute address (dynasmrt 5.1's name for [`bare_relocation`](Self::bare_relocation)).
    #[inline]
    fn value_relocation(
        &mut self,
        value: usize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    ) {
        self.bare_relocation(value, field_offset, ref_offset, kind)
    }

    // dynasmrt 5.1's relocation entry points with the relocation as its encoding (what code
    // expanded by dynasm-rs's own proc macro, `use dynasm::dynasm`, calls).

    /// [`forward_relocation`](Self::forward_relocation) with the relocation given by its
    /// encoding ([`Relocation::from_encoding`]).
    #[inline]
    fn forward_reloc(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: u8,
    ) {
        let kind = dynasm_kind(kind);
        self.forward_relocation(name, target_offset, field_offset, ref_offset, kind)
    }
    /// [`backward_relocation`](Self::backward_relocation) with the relocation given by its
    /// encoding ([`Relocation::from_encoding`]).
    #[inline]
    fn backward_reloc(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: u8,
    ) {
        let kind = dynasm_kind(kind);
        self.backward_relocation(name, target_offset, field_offset, ref_offset, kind)
    }
    /// [`global_relocation`](Self::global_relocation) with the relocation given by its
    /// encoding ([`Relocation::from_encoding`]).
    #[inline]
    fn global_reloc(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: u8,
    ) {
        let kind = dynasm_kind(kind);
        self.global_relocation(name, target_offset, field_offset, ref_offset, kind)
    }
    /// [`dynamic_relocation`](Self::dynamic_relocation) with the relocation given by its
    /// encoding ([`Relocation::from_encoding`]).
    #[inline]
    fn dynamic_reloc(
        &mut self,
        id: DynamicLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: u8,
    ) {
        let kind = dynasm_kind(kind);
        self.dynamic_relocation(id, target_offset, field_offset, ref_offset, kind)
    }
    /// [`value_relocation`](Self::value_relocation) with the relocation given by its encoding
    /// ([`Relocation::from_encoding`]).
    #[inline]
    fn value_reloc(&mut self, value: usize, field_offset: u8, ref_offset: u8, kind: u8) {
        let kind = dynasm_kind(kind);
        self.value_relocation(value, field_offset, ref_offset, kind)
    }

    // Entry points used by `dynasm!`: the label name's hash is computed at compile time, so an
    // assembler can look labels up without hashing strings. They default to the public methods.

    #[doc(hidden)]
    #[inline]
    fn __local_label(&mut self, name: StaticLabel) {
        self.local_label(name.name)
    }
    #[doc(hidden)]
    #[inline]
    fn __global_label(&mut self, name: StaticLabel) {
        self.global_label(name.name)
    }
    #[doc(hidden)]
    #[inline]
    fn __forward_relocation(
        &mut self,
        name: StaticLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    ) {
        self.forward_relocation(name.name, target_offset, field_offset, ref_offset, kind)
    }
    #[doc(hidden)]
    #[inline]
    fn __backward_relocation(
        &mut self,
        name: StaticLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    ) {
        self.backward_relocation(name.name, target_offset, field_offset, ref_offset, kind)
    }
    #[doc(hidden)]
    #[inline]
    fn __global_relocation(
        &mut self,
        name: StaticLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: Self::Relocation,
    ) {
        self.global_relocation(name.name, target_offset, field_offset, ref_offset, kind)
    }

    // An instruction with a label operand, emitted and its relocation recorded in one call
    // (fewer calls in each statement's code: less for the compiler to check and lower).

    /// Emits `e` and gives its relocation's field offset and kind.
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc_site(&mut self, e: Encoded) -> (u8, Self::Relocation) {
        self.__declasm_enc(e);
        (e.reloc_field, Self::Relocation::from_encoding(e.reloc_enc))
    }
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc_forward(&mut self, e: Encoded, name: StaticLabel, target_offset: isize) {
        let (field, kind) = self.__declasm_enc_site(e);
        self.__forward_relocation(name, target_offset, field, 0, kind)
    }
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc_backward(&mut self, e: Encoded, name: StaticLabel, target_offset: isize) {
        let (field, kind) = self.__declasm_enc_site(e);
        self.__backward_relocation(name, target_offset, field, 0, kind)
    }
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc_global(&mut self, e: Encoded, name: StaticLabel, target_offset: isize) {
        let (field, kind) = self.__declasm_enc_site(e);
        self.__global_relocation(name, target_offset, field, 0, kind)
    }
    #[doc(hidden)]
    #[inline]
    fn __declasm_enc_dynamic(&mut self, e: Encoded, id: DynamicLabel, target_offset: isize) {
        let (field, kind) = self.__declasm_enc_site(e);
        self.dynamic_relocation(id, target_offset, field, 0, kind)
    }
}

// The README's examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
