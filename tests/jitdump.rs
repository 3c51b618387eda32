//! The jitdump (`jit-<pid>.dump`): its header and `JIT_CODE_LOAD` records match the committed
//! code (addresses, sizes, names, bytes), the file is mapped executable (what `perf inject -j`
//! looks for), and through `perf record -k 1` + `perf inject -j` the JIT samples get the names
//! and `perf annotate` shows the instructions (skipped, with a message, without perf).

mod jit_support;

use declasm::{dynasm, DynasmApi, DynasmLabelApi};
use jit_support::*;
use std::path::{Path, PathBuf};

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

/// A parsed `JIT_CODE_LOAD` record.
#[derive(Debug)]
struct Load {
    timestamp: u64,
    pid: u32,
    vma: u64,
    code_addr: u64,
    index: u64,
    name: String,
    code: Vec<u8>,
}

/// Parses a dump: checks the header, returns the header's timestamp and the load records.
fn parse(dump: &[u8]) -> (u64, Vec<Load>) {
    assert_eq!(u32_at(dump, 0), 0x4A69_5444, "magic JiTD");
    assert_eq!(u32_at(dump, 4), 1, "version");
    assert_eq!(u32_at(dump, 8), 40, "header size");
    assert_eq!(u32_at(dump, 12), 62, "EM_X86_64");
    assert_eq!(u32_at(dump, 20), std::process::id(), "pid");
    let created = u64_at(dump, 24);
    let mut loads = Vec::new();
    let mut at = 40;
    while at < dump.len() {
        let (id, size) = (u32_at(dump, at), u32_at(dump, at + 4) as usize);
        assert_eq!(id, 0, "only JIT_CODE_LOAD records");
        let rec = &dump[at..at + size];
        let code_size = u64_at(rec, 40) as usize;
        let name_end = 56 + rec[56..].iter().position(|&b| b == 0).unwrap();
        assert_eq!(name_end + 1 + code_size, size, "record size");
        loads.push(Load {
            timestamp: u64_at(rec, 8),
            pid: u32_at(rec, 16),
            vma: u64_at(rec, 24),
            code_addr: u64_at(rec, 32),
            index: u64_at(rec, 48),
            name: String::from_utf8(rec[56..name_end].to_vec()).unwrap(),
            code: rec[name_end + 1..].to_vec(),
        });
        at += size;
    }
    assert_eq!(at, dump.len());
    (created, loads)
}

fn scratch(what: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("declasm-{what}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn records_match_the_committed_code() {
    let dir = scratch("jitdump");
    let mut ops = declasm::x64::Assembler::new().unwrap();
    let path = ops.enable_jitdump(Some(&dir)).unwrap();
    assert_eq!(path, dir.join(format!("jit-{}.dump", std::process::id())));
    let (entry, inner) = hot_function(&mut ops);
    ops.commit().unwrap();
    assert_eq!(run_hot(&ops, entry, 2), 2 * 500_500);
    let (lo, hi) = code_range(&ops);
    let code = ops.reader().lock().to_vec();
    let entry = entry.0 as u64;
    let inner = ops.labels().resolve_dynamic(inner).unwrap().0 as u64;
    let exit = ops.labels().resolve_global("jit_exit").unwrap().0 as u64;

    // Code committed before the dump was asked for is written when it is.
    let mut late = declasm::x64::Assembler::new().unwrap();
    dynasm!(late ; .arch x64 ; ->late: ; mov eax, 1 ; ret);
    late.commit().unwrap();
    late.enable_jitdump(None).unwrap(); // the process's dump is open: that one is used
    let (late_lo, _) = code_range(&late);

    // The dump is mapped executable, as perf needs to see it.
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mapped = maps
        .lines()
        .find(|l| l.ends_with(path.to_str().unwrap()))
        .expect("the dump is mapped");
    assert!(
        mapped.split_whitespace().nth(1).unwrap().starts_with("r-x"),
        "{mapped}"
    );

    let (created, loads) = parse(&std::fs::read(&path).unwrap());
    let mine: Vec<&Load> = loads.iter().filter(|l| lo <= l.vma && l.vma < hi).collect();
    let expect = [
        (entry, inner, "jit_entry"),
        (inner, exit, "jit_inner"),
        (exit, hi - lo, "jit_exit"),
    ];
    assert_eq!(mine.len(), expect.len(), "{mine:?}");
    for (load, &(start, end, name)) in mine.iter().zip(&expect) {
        assert_eq!(load.name, name);
        assert_eq!((load.vma, load.code_addr), (lo + start, lo + start));
        assert_eq!(
            load.code,
            code[start as usize..end as usize],
            "{name}: the bytes"
        );
        assert_eq!(load.pid, std::process::id());
        assert!(load.timestamp >= created);
    }
    let late = loads
        .iter()
        .find(|l| l.name == "late")
        .expect("the late code");
    assert_eq!(late.vma, late_lo);
    assert_eq!(late.code, [0xB8, 1, 0, 0, 0, 0xC3]);
    // Indexes are unique and increasing, timestamps do not go back.
    for w in loads.windows(2) {
        assert!(w[0].index < w[1].index && w[0].timestamp <= w[1].timestamp);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The profiled child: the hot function for a moment, with the dump asked for by the
/// environment (`DECLASM_PERF=jitdump`, `DECLASM_JITDUMP_DIR`).
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
    let n = 1_000_000;
    assert_eq!(run_hot(&ops, entry, n), n * 500_500);
}

fn perf(dir: &Path, args: &[&str]) -> String {
    let o = std::process::Command::new("perf")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "perf {args:?}: {}", text(&o));
    text(&o)
}

#[test]
fn perf_inject_and_annotate_show_the_jit_code() {
    if !perf_can_record() {
        return;
    }
    let dir = scratch("jitdump-perf");
    let o = child_command(
        "perf",
        &[
            "record",
            "-k",
            "1",
            "-e",
            "cpu-clock",
            "-o",
            "perf.data",
            "--",
        ],
        "child_hot",
    )
    .current_dir(&dir)
    .env("DECLASM_PERF", "jitdump")
    .env("DECLASM_JITDUMP_DIR", &dir)
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let (lo, hi) = parse_range(&text(&o)).expect("the child prints its code range");
    perf(
        &dir,
        &["inject", "-j", "-i", "perf.data", "-o", "perf.jit.data"],
    );
    let samples = jit_samples(&dir.join("perf.jit.data"), lo, hi);
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
        "jitdump: {} samples in JIT code, {named} named ({:.1}%), {inner} in jit_inner",
        samples.len(),
        100.0 * named as f64 / samples.len() as f64
    );
    assert!(named * 100 >= samples.len() * 95);
    assert!(
        inner * 100 >= samples.len() * 50,
        "the hot loop is jit_inner"
    );
    // perf annotate disassembles the code bytes the dump carried.
    let annotate = perf(
        &dir,
        &[
            "annotate",
            "-i",
            "perf.jit.data",
            "--stdio",
            "-s",
            "jit_inner",
        ],
    );
    for insn in ["add", "dec", "jne"] {
        assert!(annotate.contains(insn), "no `{insn}` in:\n{annotate}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
