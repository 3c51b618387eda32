//! Randomised test of the label and relocation engine against a model.
//!
//! Each case is a random program of byte runs, label definitions (global, local, dynamic) and
//! relative relocations of 1, 2, 4 or 8 bytes to those labels (global, `>` forward, `<` backward,
//! dynamic), built through the `DynasmLabelApi` of a `VecAssembler`. A simple model computes
//! what `finalize` must return: the bytes with every field filled with `target - end of field`,
//! or an error (undefined label, duplicate label, value that does not fit its field).
//!
//! The number of cases is `DECLASM_FUZZ_CASES` (default 3000); the seed is
//! `DECLASM_FUZZ_SEED` (default fixed, so a failure reproduces).

use declasm::x64::X64Relocation;
use declasm::{DynamicLabel, DynasmError, DynasmLabelApi, LabelKind, Relocation, VecAssembler};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const GLOBALS: [&str; 3] = ["g0", "g1", "g2"];
const LOCALS: [&str; 2] = ["l0", "l1"];

#[derive(Clone, Copy, Debug)]
enum Target {
    Global(usize),
    Forward(usize),
    Backward(usize),
    Dynamic(usize),
}

#[derive(Debug)]
enum Step {
    Bytes(usize),
    DefGlobal(usize),
    DefLocal(usize),
    DefDynamic(usize),
    Reloc(Target, u8),
}

/// What the model expects: the bytes, or the kinds of error `finalize` may report (any one of
/// them, when a program has several mistakes).
fn model(steps: &[Step], dyns: &[DynamicLabel]) -> Result<Vec<u8>, Vec<DynasmError>> {
    let mut code = Vec::new();
    let mut globals = [None; 3];
    let mut dynamics = [None; 3];
    let mut locals: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let (mut dup_globals, mut dup_dynamics) = ([false; 3], [false; 3]);
    let mut errors = Vec::new();
    let mut relocs = Vec::new();
    for step in steps {
        match *step {
            Step::Bytes(n) => code.extend((0..n).map(|i| (i as u8).wrapping_mul(7) | 1)),
            Step::DefGlobal(k) => {
                if globals[k].is_some() {
                    dup_globals[k] = true;
                    errors.push(DynasmError::DuplicateLabel(LabelKind::Global(GLOBALS[k])));
                }
                globals[k] = Some(code.len());
            }
            Step::DefDynamic(k) => {
                if dynamics[k].is_some() {
                    dup_dynamics[k] = true;
                    errors.push(DynasmError::DuplicateLabel(LabelKind::Dynamic(dyns[k])));
                }
                dynamics[k] = Some(code.len());
            }
            Step::DefLocal(k) => locals[k].push(code.len()),
            Step::Reloc(t, size) => {
                code.extend(std::iter::repeat_n(0, size as usize));
                relocs.push((t, size, code.len(), locals.clone()));
            }
        }
    }
    for (t, size, end, locals_then) in relocs {
        let target = match t {
            Target::Global(k) => {
                globals[k].ok_or(DynasmError::UnknownLabel(LabelKind::Global(GLOBALS[k])))
            }
            Target::Dynamic(k) => {
                dynamics[k].ok_or(DynasmError::UnknownLabel(LabelKind::Dynamic(dyns[k])))
            }
            Target::Backward(k) => locals_then[k]
                .last()
                .copied()
                .ok_or(DynasmError::UnknownLabel(LabelKind::Local(LOCALS[k]))),
            // The first definition after the relocation.
            Target::Forward(k) => locals[k]
                .get(locals_then[k].len())
                .copied()
                .ok_or(DynasmError::UnknownLabel(LabelKind::Local(LOCALS[k]))),
        };
        let target_kind = match t {
            Target::Global(k) => declasm::TargetKind::Global(GLOBALS[k]),
            Target::Dynamic(k) => declasm::TargetKind::Dynamic(dyns[k]),
            Target::Forward(k) | Target::Backward(k) => declasm::TargetKind::Local(LOCALS[k]),
        };
        // A label defined twice is an error whichever definition the engine resolves to, so
        // the value not fitting is then an acceptable report too.
        let duplicated = match t {
            Target::Global(k) => dup_globals[k],
            Target::Dynamic(k) => dup_dynamics[k],
            _ => false,
        };
        if duplicated {
            errors.push(DynasmError::ImpossibleRelocation(target_kind));
        }
        let target = match target {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let value = target as i64 - end as i64;
        let bits = 8 * size as u32;
        let fits = bits == 64 || (value >= -(1i64 << (bits - 1)) && value < (1i64 << (bits - 1)));
        if !fits {
            errors.push(DynasmError::ImpossibleRelocation(target_kind));
            continue;
        }
        let field = end - size as usize;
        code[field..end].copy_from_slice(&value.to_le_bytes()[..size as usize]);
    }
    if errors.is_empty() {
        Ok(code)
    } else {
        Err(errors)
    }
}

fn run(steps: &[Step]) -> (Result<Vec<u8>, DynasmError>, Vec<DynamicLabel>) {
    let mut ops = VecAssembler::<X64Relocation>::new(0);
    let dyns: Vec<DynamicLabel> = (0..3).map(|_| ops.new_dynamic_label()).collect();
    for step in steps {
        match *step {
            Step::Bytes(n) => {
                let bytes: Vec<u8> = (0..n).map(|i| (i as u8).wrapping_mul(7) | 1).collect();
                ops.extend(&bytes);
            }
            Step::DefGlobal(k) => ops.global_label(GLOBALS[k]),
            Step::DefLocal(k) => ops.local_label(LOCALS[k]),
            Step::DefDynamic(k) => ops.dynamic_label(dyns[k]),
            Step::Reloc(t, size) => {
                ops.extend(&[0u8; 8][..size as usize]);
                // Relative to the end of the field, like a jump's displacement.
                let kind = X64Relocation::from_encoding(size);
                match t {
                    Target::Global(k) => ops.global_relocation(GLOBALS[k], 0, size, 0, kind),
                    Target::Forward(k) => ops.forward_relocation(LOCALS[k], 0, size, 0, kind),
                    Target::Backward(k) => ops.backward_relocation(LOCALS[k], 0, size, 0, kind),
                    Target::Dynamic(k) => ops.dynamic_relocation(dyns[k], 0, size, 0, kind),
                }
            }
        }
    }
    (ops.finalize(), dyns)
}

fn program(rng: &mut Rng) -> Vec<Step> {
    let n = 1 + rng.below(40) as usize;
    let mut defined = [false; 6]; // globals, then dynamics
    let mut steps: Vec<Step> = (0..n)
        .map(|_| match rng.below(10) {
            0..=2 => {
                // Mostly short runs, sometimes long enough to push rel8 fields out of range.
                let max = if rng.below(8) == 0 { 300 } else { 20 };
                Step::Bytes(rng.below(max) as usize)
            }
            3 | 5 => {
                // Mostly labels not defined yet; sometimes a duplicate.
                let k = rng.below(3) as usize;
                let slot = if rng.below(10) == 3 { 0 } else { 3 } + k;
                if defined[slot] && rng.below(8) != 0 {
                    return Step::Bytes(1);
                }
                defined[slot] = true;
                if slot < 3 {
                    Step::DefGlobal(k)
                } else {
                    Step::DefDynamic(k)
                }
            }
            4 => Step::DefLocal(rng.below(2) as usize),
            _ => {
                let t = match rng.below(4) {
                    0 => Target::Global(rng.below(3) as usize),
                    1 => Target::Forward(rng.below(2) as usize),
                    2 => Target::Backward(rng.below(2) as usize),
                    _ => Target::Dynamic(rng.below(3) as usize),
                };
                Step::Reloc(t, [1, 2, 4, 8][rng.below(4) as usize])
            }
        })
        .collect();
    // Usually define what is still undefined at the end (forward references then resolve).
    if rng.below(4) != 0 {
        for k in 0..3 {
            if !defined[k] {
                steps.push(Step::DefGlobal(k));
            }
            if !defined[3 + k] {
                steps.push(Step::DefDynamic(k));
            }
        }
        steps.push(Step::DefLocal(0));
        steps.push(Step::DefLocal(1));
    }
    steps
}

#[test]
fn label_engine_matches_model() {
    let cases: u64 = std::env::var("DECLASM_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let seed: u64 = std::env::var("DECLASM_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_DEC1_A5A5_0001);
    let mut rng = Rng(seed | 1);
    let (mut ok, mut err) = (0u64, 0u64);
    for case in 0..cases {
        let steps = program(&mut rng);
        let (got, dyns) = run(&steps);
        let expected = model(&steps, &dyns);
        match (&expected, &got) {
            (Ok(e), Ok(g)) => {
                assert_eq!(e, g, "case {case}: bytes differ for {steps:?}");
                ok += 1;
            }
            (Err(es), Err(g)) => {
                assert!(
                    es.contains(g),
                    "case {case}: got {g:?}, model expects one of {es:?} for {steps:?}"
                );
                err += 1;
            }
            _ => panic!("case {case}: got {got:?}, model expects {expected:?} for {steps:?}"),
        }
    }
    eprintln!("{cases} programs: {ok} assembled as the model says, {err} rejected as it says");
    assert!(
        ok > cases / 10 && err > cases / 10,
        "the generator must exercise both outcomes"
    );
}
