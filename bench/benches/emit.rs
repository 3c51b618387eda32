//! Emission speed, declasm vs dynasmrt 5.1, on the same `dynasm!` text (benches/emit/
//! workloads.rs): ~1000 instructions per iteration, into a fresh `VecAssembler` (creation,
//! emission and `finalize`, which resolves the labels), into one `VecAssembler` reused across
//! iterations (emission and `drain`, which resolves the labels and keeps the allocation), and
//! into an `x64::Assembler` (emission only: its `finalize`/`commit` map executable memory, which
//! would dominate).
//!
//! `cargo bench -p declasm-bench`; the summary at the end prints ns/instruction and the ratio
//! declasm/dynasmrt per workload (criterion's own report is in target/criterion).
// dynasmrt's expansion of `Rq(x)` calls `.into()` on the user's expression, which clippy flags
// when it is already a `u8`.
#![allow(clippy::useless_conversion)]

use criterion::{black_box, BatchSize, Criterion};
use std::time::{Duration, Instant};

mod declasm_vec {
    use declasm as rt;
    pub type Ops = rt::VecAssembler<rt::x64::X64Relocation>;
    include!("emit/workloads.rs");
}
mod dynasmrt_vec {
    use dynasmrt as rt;
    pub type Ops = rt::VecAssembler<rt::x64::X64Relocation>;
    include!("emit/workloads.rs");
}
mod declasm_x64 {
    use declasm as rt;
    pub type Ops = rt::x64::Assembler;
    include!("emit/workloads.rs");
}
mod dynasmrt_x64 {
    use dynasmrt as rt;
    pub type Ops = rt::x64::Assembler;
    include!("emit/workloads.rs");
}

const INSTRUCTIONS: usize = declasm_vec::BLOCKS * declasm_vec::PER_BLOCK;
/// No rsp/rbp/r12/r13, whose ModRM/SIB special cases are not what this measures.
const REGS: [u8; 12] = [0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 14, 15];
const WORKLOADS: [&str; 5] = ["static", "run", "runtime", "dynreg", "labels"];

/// One workload into `ops`.
macro_rules! run_workload {
    ($m:ident, $w:expr, $ops:expr) => {{
        let ops: &mut $m::Ops = $ops;
        match $w {
            "static" => $m::static_regs(ops),
            "run" => $m::static_run(ops, INSTRUCTIONS / 50),
            "runtime" => $m::runtime_values(ops, black_box(0x1234)),
            "dynreg" => $m::dynamic_regs(ops, black_box(&REGS)),
            _ => $m::labels(ops),
        }
    }};
}

/// The workload into a fresh assembler, finalized.
macro_rules! vec_run {
    ($m:ident, $w:expr) => {{
        let mut ops = $m::Ops::new(0);
        run_workload!($m, $w, &mut ops);
        ops.finalize().unwrap()
    }};
}

/// The same workload into an assembler that lives across runs (a JIT that keeps one): its
/// `drain` commits, resolves the labels and empties it, keeping the allocation.
macro_rules! vec_reused_run {
    ($m:ident, $w:expr, $ops:expr) => {{
        let ops: &mut $m::Ops = $ops;
        run_workload!($m, $w, ops);
        drop(black_box(ops.drain().unwrap()));
    }};
}

/// Same text, same bytes (the benchmark is meaningless otherwise).
fn check_same_bytes() {
    for w in WORKLOADS {
        let ours = vec_run!(declasm_vec, w);
        let theirs = vec_run!(dynasmrt_vec, w);
        if ours != theirs {
            eprintln!("warning: workload {w}: declasm and dynasmrt emit different bytes");
        }
    }
}

/// ns/instruction of one run of `f`, the median of a few quick timings (for the summary table;
/// criterion's statistics are in its own report).
fn quick_ns(mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..15)
        .map(|_| {
            let reps = 200;
            let t = Instant::now();
            for _ in 0..reps {
                f();
            }
            t.elapsed().as_nanos() as f64 / reps as f64 / INSTRUCTIONS as f64
        })
        .collect();
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    samples[samples.len() / 2]
}

fn bench(c: &mut Criterion) {
    check_same_bytes();
    for w in WORKLOADS {
        let mut g = c.benchmark_group(format!("vec/{w}"));
        g.throughput(criterion::Throughput::Elements(INSTRUCTIONS as u64));
        g.bench_function("declasm", |b| b.iter(|| vec_run!(declasm_vec, w)));
        g.bench_function("dynasmrt", |b| b.iter(|| vec_run!(dynasmrt_vec, w)));
        g.finish();

        let mut g = c.benchmark_group(format!("vec-reused/{w}"));
        g.throughput(criterion::Throughput::Elements(INSTRUCTIONS as u64));
        let mut ours = declasm_vec::Ops::new(0);
        g.bench_function("declasm", |b| {
            b.iter(|| vec_reused_run!(declasm_vec, w, &mut ours))
        });
        let mut theirs = dynasmrt_vec::Ops::new(0);
        g.bench_function("dynasmrt", |b| {
            b.iter(|| vec_reused_run!(dynasmrt_vec, w, &mut theirs))
        });
        g.finish();

        let mut g = c.benchmark_group(format!("x64/{w}"));
        g.throughput(criterion::Throughput::Elements(INSTRUCTIONS as u64));
        g.bench_function("declasm", |b| {
            b.iter_batched_ref(
                || declasm::x64::Assembler::new_with_capacity(1 << 16).unwrap(),
                |ops| run_workload!(declasm_x64, w, ops),
                BatchSize::LargeInput,
            )
        });
        g.bench_function("dynasmrt", |b| {
            b.iter_batched_ref(
                || dynasmrt::x64::Assembler::new_with_capacity(1 << 16).unwrap(),
                |ops| run_workload!(dynasmrt_x64, w, ops),
                BatchSize::LargeInput,
            )
        });
        g.finish();
    }
}

fn summary() {
    println!("\nns/instruction (VecAssembler; median of 15 x 200 runs)");
    println!("| workload | assembler | declasm | dynasmrt 5.1 | declasm/dynasmrt |");
    println!("|---|---|---|---|---|");
    for w in WORKLOADS {
        let ours = quick_ns(|| {
            black_box(vec_run!(declasm_vec, w));
        });
        let theirs = quick_ns(|| {
            black_box(vec_run!(dynasmrt_vec, w));
        });
        println!(
            "| {w} | fresh (new + emission + finalize) | {ours:.2} | {theirs:.2} | {:.2} |",
            ours / theirs
        );
        let mut a = declasm_vec::Ops::new(0);
        let ours = quick_ns(|| vec_reused_run!(declasm_vec, w, &mut a));
        let mut b = dynasmrt_vec::Ops::new(0);
        let theirs = quick_ns(|| vec_reused_run!(dynasmrt_vec, w, &mut b));
        println!(
            "| {w} | reused (emission + drain) | {ours:.2} | {theirs:.2} | {:.2} |",
            ours / theirs
        );
    }
}

/// A fresh assembler for one call of 50 static instructions, finalized: a small function, where
/// the assembler's creation and its first allocations weigh (ns/instruction).
fn small_fresh_summary() {
    let per_call = |f: &mut dyn FnMut()| quick_ns(f) * INSTRUCTIONS as f64 / 50.0;
    let ours = per_call(&mut || {
        let mut ops = declasm_vec::Ops::new(0);
        declasm_vec::static_run(&mut ops, 1);
        black_box(ops.finalize().unwrap());
    });
    let theirs = per_call(&mut || {
        let mut ops = dynasmrt_vec::Ops::new(0);
        dynasmrt_vec::static_run(&mut ops, 1);
        black_box(ops.finalize().unwrap());
    });
    println!(
        "| run | fresh, one call of 50 | {ours:.2} | {theirs:.2} | {:.2} |",
        ours / theirs
    );
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    bench(&mut c);
    c.final_summary();
    summary();
    small_fresh_summary();
}
