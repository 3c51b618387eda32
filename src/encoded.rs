//! What `dynasm!` hands an assembler for one instruction, whatever the architecture: the types the
//! hidden emission methods of [`DynasmApi`](crate::DynasmApi) and
//! [`DynasmLabelApi`](crate::DynasmLabelApi) take, so that the core traits name no
//! architecture's types. An architecture's encoder produces an [`Encoded`] for the part of an
//! instruction known at compile time, and implements [`Fill`] for what a statement computes at
//! run time (x64: its `Enc` holds an `Encoded` and describes the holes the run-time values go
//! into).

/// The longest instruction an [`Encoded`] holds, in bytes.
pub const MAX_LEN: usize = 16;

/// An instruction encoded at compile time: its bytes and, if it has a label operand, where the
/// label's field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoded {
    /// The bytes (zeros where run-time values go).
    pub bytes: [u8; MAX_LEN],
    /// How many of them the instruction has.
    pub len: u8,
    /// The label field's offset counted back from the instruction's end (0: no label field).
    pub reloc_field: u8,
    /// The label relocation's encoding (see
    /// [`Relocation::from_encoding`](crate::Relocation::from_encoding)).
    pub reloc_enc: u8,
}

impl Encoded {
    /// No bytes, no label.
    pub const EMPTY: Encoded = Encoded {
        bytes: [0; MAX_LEN],
        len: 0,
        reloc_field: 0,
        reloc_enc: 0,
    };
}

/// A statement's run-time parts (the values of its expressions), to be written into the bytes of
/// its instruction, an [`Fill::Instruction`]: x64 implements it for its argument tuples.
pub trait Fill {
    /// The architecture's instruction encoded at compile time, with its holes described.
    type Instruction;
    /// Writes the parts into the instruction's bytes and returns the instruction as it is
    /// appended (a label's field stays zero: the label's relocation fills it).
    fn fill(self, instruction: &Self::Instruction) -> Encoded;
}

/// The run after a statement that is not a constant instruction: none (`dynasm!` imports it under
/// the name of each statement's run, which a constant instruction's own run shadows).
pub const NO_RUN: Run = Run::EMPTY;

/// The most statements `dynasm!` joins into one [`Run`] (a group, see src/frontend/split.rs).
pub const RUN_STATEMENTS: usize = 16;

/// The most bytes a [`Run`] holds: room for a group of the longest instructions, so that a run
/// never has to be cut (a cut would need the run before it appended at that statement).
pub const RUN_MAX: usize = 256;

static_assertions::const_assert!(RUN_STATEMENTS * (MAX_LEN - 1) <= RUN_MAX);

/// Consecutive instructions known entirely at compile time, joined into one byte string at
/// compile time so that they are appended with one copy (`dynasm!` builds them in release builds,
/// statement by statement: each statement's run is the previous one's [`then`](Run::then) its
/// own bytes). `F` is the architecture's reason a statement cannot be encoded: a statement that
/// fails adds nothing and leaves its failure in its run, for its own check to report (so that
/// one bad statement does not make every later run of its group an erroneous constant).
#[derive(Clone, Copy, Debug)]
pub struct Run<F: Copy = core::convert::Infallible> {
    /// The bytes.
    pub bytes: [u8; RUN_MAX],
    /// How many of them the run has.
    pub len: u16,
    /// Why the last statement added nothing, if it could not be encoded.
    pub failed: Option<F>,
}

impl<F: Copy> Run<F> {
    /// No bytes.
    pub const EMPTY: Run<F> = Run {
        bytes: [0; RUN_MAX],
        len: 0,
        failed: None,
    };

    /// The run with the next statement's bytes added, or, if it failed, with its failure.
    pub const fn then<G: Copy>(self, next: Result<Encoded, G>) -> Run<G> {
        let e = match next {
            Ok(e) => e,
            Err(f) => {
                return Run {
                    bytes: self.bytes,
                    len: self.len,
                    failed: Some(f),
                }
            }
        };
        let n = e.len as usize;
        let start = self.len as usize;
        if start + n > RUN_MAX {
            panic!("declasm: a run of constant instructions is longer than RUN_MAX");
        }
        let mut bytes = self.bytes;
        let mut i = 0;
        while i < n {
            bytes[start + i] = e.bytes[i];
            i += 1;
        }
        Run {
            bytes,
            len: (start + n) as u16,
            failed: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes<F: Copy>(run: &Run<F>) -> &[u8] {
        &run.bytes[..run.len as usize]
    }

    fn enc(seed: u8, len: u8) -> Encoded {
        let mut e = Encoded::EMPTY;
        let mut i = 0;
        while i < MAX_LEN {
            e.bytes[i] = seed.wrapping_add(i as u8);
            i += 1;
        }
        e.len = len;
        e
    }

    /// A run holds its instructions' bytes in order (a statement that is not a constant
    /// instruction appends the run before it and starts an empty one, as `dynasm!` does); a group
    /// of the longest instructions fits.
    #[test]
    fn runs_join_and_end() {
        let mut run: Run = Run::EMPTY;
        let mut want: Vec<u8> = Vec::new();
        let mut appended: Vec<u8> = Vec::new();
        for k in 0..200u32 {
            if k % 9 == 8 {
                appended.extend_from_slice(bytes(&run));
                run = NO_RUN;
                continue;
            }
            let e = enc(k as u8, 1 + (k % 15) as u8);
            let next = run.then(Ok(e));
            assert_eq!(next.len, run.len + e.len as u16);
            want.extend_from_slice(&e.bytes[..e.len as usize]);
            run = next;
        }
        appended.extend_from_slice(bytes(&run));
        assert_eq!(appended, want);
        let mut full: Run = Run::EMPTY;
        for k in 0..RUN_STATEMENTS {
            full = full.then(Ok(enc(k as u8, (MAX_LEN - 1) as u8)));
        }
        assert_eq!(full.len as usize, RUN_STATEMENTS * (MAX_LEN - 1));
    }

    /// A statement that cannot be encoded adds nothing and leaves its failure in its run; the
    /// next statement's run carries its own outcome only.
    #[test]
    fn a_failure_adds_nothing_and_is_kept_once() {
        let run: Run<&str> = NO_RUN.then(Ok(enc(1, 3)));
        let failed = run.then(Err("bad"));
        assert_eq!(bytes(&failed), bytes(&run));
        assert_eq!(failed.failed, Some("bad"));
        let after: Run<&str> = failed.then(Ok(enc(7, 2)));
        assert_eq!(after.failed, None);
        assert_eq!(bytes(&after), [1, 2, 3, 7, 8]);
    }
}
