//! The perf map (`/tmp/perf-<pid>.map`): its lines name the committed code (addresses, sizes
//! and names checked against the assembler), for each commit and again after the buffer moves;
//! `DECLASM_PERF=map` turns it on; and `perf record` + `perf script` attribute the samples in JIT
//! code to the names (skipped, with a message, where perf is missing or cannot record).

mod jit_support;

use declasm::{dynasm, DynasmApi, DynasmLabelApi};
use jit_support::*;
use std::process::{Command, Stdio};

/// The map lines `(start, size, name)` of `pid` whose start is in `[lo, hi)`.
fn map_lines(pid: u32, lo: u64, hi: u64) -> Vec<(u64, u64, String)> {
    let text = std::fs::read_to_string(format!("/tmp/perf-{pid}.map")).unwrap_or_default();
    text.lines()
        .map(|l| {
            let mut it = l.splitn(3, ' ');
            let start = u64::from_str_radix(it.next().unwrap(), 16).expect("hex start");
            let size = u64::from_str_radix(it.next().unwrap(), 16).expect("hex size");
            (start, size, it.next().expect("a name").to_string())
        })
        .filter(|&(start, _, _)| lo <= start && start < hi)
        .collect()
}

fn offset_of(ops: &declasm::x64::Assembler, name: &'static str) -> u64 {
    ops.labels().resolve_global(name).unwrap().0 as u64
}

#[test]
fn lines_match_the_committed_code() {
    let mut ops = declasm::x64::Assembler::new().unwrap();
    ops.enable_perf_map().unwrap();
    let (entry, inner) = hot_function(&mut ops);
    ops.commit().unwrap();
    assert_eq!(run_hot(&ops, entry, 3), 3 * 500_500);
    let (lo, hi) = code_range(&ops);
    let inner = ops.labels().resolve_dynamic(inner).unwrap().0 as u64;
    let exit = offset_of(&ops, "jit_exit");
    let end = hi - lo;
    let pid = std::process::id();
    assert_eq!(
        map_lines(pid, lo, hi),
        [
            (lo + 1, inner - 1, "jit_entry".to_string()),
            (lo + inner, exit - inner, "jit_inner".to_string()),
            (lo + exit, end - exit, "jit_exit".to_string()),
        ],
        "the int3 at offset 0 is unnamed; the ranges follow each other"
    );
    let code = ops.reader().lock().to_vec();
    assert_eq!(code[0], 0xCC);
    assert_eq!(code[exit as usize..], [0xC3]);

    // A second commit: the range still open (jit_exit) goes on, then a new one.
    dynasm!(ops ; .arch x64 ; nop ; nop ; ->second: ; mov eax, 7 ; ret);
    ops.commit().unwrap();
    let (lo2, hi2) = code_range(&ops);
    assert_eq!(lo2, lo, "one page is enough: the buffer did not move");
    let second = offset_of(&ops, "second");
    assert_eq!(
        map_lines(pid, lo + end, hi2),
        [
            (lo + end, 2, "jit_exit".to_string()),
            (lo + second, hi2 - lo - second, "second".to_string()),
        ]
    );

    // A commit that outgrows the buffer moves the code: everything is reported again.
    dynasm!(ops ; .arch x64 ; ->big: );
    for _ in 0..2000 {
        dynasm!(ops ; .arch x64 ; add rax, 1);
    }
    ops.commit().unwrap();
    let (lo3, hi3) = code_range(&ops);
    assert_ne!(lo3, lo, "the buffer moved");
    let names: Vec<String> = map_lines(pid, lo3, hi3).into_iter().map(|l| l.2).collect();
    assert_eq!(
        names,
        ["jit_entry", "jit_inner", "jit_exit", "second", "big"]
    );
    let last = map_lines(pid, lo3, hi3).pop().unwrap();
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    assert_eq!(
        (last.0, last.0 + last.1),
        (lo3 + offset_of(&ops, "big"), hi3)
    );
}

/// Runs `child_env` with `DECLASM_PERF` set to `perf` (or unset): its pid and output.
fn run_child_env(perf: Option<&str>) -> (u32, String) {
    let mut c = Command::new(std::env::current_exe().unwrap());
    c.args(["--exact", "child_env", "--nocapture", "--test-threads=1"])
        .env(CHILD, "child_env")
        .env_remove("DECLASM_PERF")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(perf) = perf {
        c.env("DECLASM_PERF", perf);
    }
    let child = c.spawn().unwrap();
    let pid = child.id();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    (pid, text(&o))
}

#[test]
fn child_env() {
    if !is_child("child_env") {
        return;
    }
    let mut ops = declasm::x64::Assembler::new().unwrap();
    hot_function(&mut ops);
    ops.commit().unwrap();
    let (lo, hi) = code_range(&ops);
    println!("JIT {lo:x} {hi:x}");
}

#[test]
fn declasm_perf_map_in_the_environment() {
    let (pid, out) = run_child_env(Some("map"));
    let (lo, hi) = parse_range(&out).expect("the child prints its code range");
    let names: Vec<String> = map_lines(pid, lo, hi).into_iter().map(|l| l.2).collect();
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    assert_eq!(names, ["jit_entry", "jit_inner", "jit_exit"]);
}

#[test]
fn nothing_is_written_unless_asked() {
    // (A second of margin: file times come from a coarser clock than `now`.)
    let start = std::time::SystemTime::now() - std::time::Duration::from_secs(1);
    let (pid, out) = run_child_env(None);
    assert!(parse_range(&out).is_some(), "{out}");
    let path = format!("/tmp/perf-{pid}.map");
    // A map left by an earlier process that had the same pid is not the child's: only one
    // written since the child started is.
    let written = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= start);
    assert!(!written, "{path} written without DECLASM_PERF");
}

/// The profiled child: the hot function for about half a second.
#[test]
fn child_hot() {
    if !is_child("child_hot") {
        return;
    }
    let mut ops = declasm::x64::Assembler::new().unwrap();
    let (entry, _) = hot_function(&mut ops);
    ops.commit().unwrap();
    let (lo, hi) = code_range(&ops);
    println!("JIT {lo:x} {hi:x}");
    println!("PID {}", std::process::id());
    let n = 1_000_000;
    assert_eq!(run_hot(&ops, entry, n), n * 500_500);
}

#[test]
fn perf_report_names_the_jit_code() {
    if !perf_can_record() {
        return;
    }
    let data = std::env::temp_dir().join(format!("declasm-perf-map-{}.data", std::process::id()));
    let o = child_command(
        "perf",
        &[
            "record",
            "-e",
            "cpu-clock",
            "-o",
            data.to_str().unwrap(),
            "--",
        ],
        "child_hot",
    )
    .env("DECLASM_PERF", "map")
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let (lo, hi) = parse_range(&text(&o)).expect("the child prints its code range");
    let samples = jit_samples(&data, lo, hi);
    let _ = std::fs::remove_file(&data);
    // The child's map (perf has read it).
    if let Some(pid) = text(&o).lines().find_map(|l| l.strip_prefix("PID ")) {
        let _ = std::fs::remove_file(format!("/tmp/perf-{}.map", pid.trim()));
    }
    assert!(
        samples.len() >= 100,
        "only {} samples in JIT code",
        samples.len()
    );
    let named = samples
        .iter()
        .filter(|(_, s)| s.starts_with("jit_"))
        .count();
    let inner = samples.iter().filter(|(_, s)| s == "jit_inner").count();
    println!(
        "perf map: {} samples in JIT code, {named} named ({:.1}%), {inner} in jit_inner",
        samples.len(),
        100.0 * named as f64 / samples.len() as f64
    );
    assert!(named * 100 >= samples.len() * 95);
    assert!(
        inner * 100 >= samples.len() * 50,
        "the hot loop is jit_inner"
    );
}
