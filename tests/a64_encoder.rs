//! The A64 const fn encoder, called directly with operands (no `dynasm!` front end yet).
//!
//! `every_row_against_llvm_mc` expands every row of every mnemonic of
//! `declasm::aarch64::mnemonics::ALL` over edge values of its operand patterns (registers 0, 30,
//! 31 as the zero register or SP, immediates at and past their range ends, each shift/extend
//! name, every memory shape), encodes each statement with `encoder::encode` and compares the
//! word with `llvm-mc -triple=aarch64 -show-encoding` for the same assembly text (bits llvm-mc
//! leaves to a label fixup are not compared). It checks:
//! - every statement both accept has the same word;
//! - every statement declasm accepts, llvm-mc accepts;
//! - every row is the selected form of at least one statement;
//!
//! and prints the statements llvm-mc accepts and declasm refuses (the policy differences, e.g.
//! `add x0, x1, #4096` which llvm-mc rewrites as `#1, lsl #12`). Skipped with a message when
//! llvm-mc is not installed.

use declasm::aarch64::encoder::{encode, encode_ops, Enc};
use declasm::aarch64::form::{imm, mem, pk, rp, Form, Mnemonic, Pat};
use declasm::aarch64::mnemonics;
use declasm::aarch64::operand::{arr, class, modifier, Op, BARRIERS, PREFETCH_OPS};
use std::io::Write;
use std::process::{Command, Stdio};

/// Candidate register numbers of operand `i`: distinct per operand, so swapped fields show, and
/// 31 (the zero register or SP) at another position for each of the first three operands, so
/// two operands are never both 31 (`ldp xzr, xzr, ..` is refused by llvm-mc: unpredictable).
fn reg_nums(i: usize) -> [u8; 3] {
    let mut v = [1 + 5 * i as u8, 30 - i as u8, 31];
    v.rotate_left(i % 3);
    v
}

fn reg_op(p: u8, arrangement: u8, n: u8) -> (Op, String) {
    let cls = |c: u8, prefix: &str| (Op::reg(c, n), format!("{prefix}{n}"));
    match p {
        rp::X if n == 31 => (Op::XZR, "xzr".into()),
        rp::X => (Op::x(n), format!("x{n}")),
        rp::XSP if n == 31 => (Op::SP, "sp".into()),
        rp::XSP => (Op::x(n), format!("x{n}")),
        rp::W if n == 31 => (Op::WZR, "wzr".into()),
        rp::W => (Op::w(n), format!("w{n}")),
        rp::WSP if n == 31 => (Op::WSP, "wsp".into()),
        rp::WSP => (Op::w(n), format!("w{n}")),
        rp::B => cls(class::B, "b"),
        rp::H => cls(class::H, "h"),
        rp::S => cls(class::S, "s"),
        rp::D => cls(class::D, "d"),
        rp::Q => cls(class::Q, "q"),
        rp::V => (
            Op::vec(n, arrangement),
            format!("v{n}.{}", arr::name(arrangement).to_lowercase()),
        ),
        _ => unreachable!(),
    }
}

/// Edge values of an immediate kind: in range at both ends, and out of range.
fn imm_values(k: u8) -> Vec<i64> {
    match k {
        imm::IMM12 | imm::PIMM1 => vec![0, 1, 4095, 4096, -1],
        imm::IMM16 => vec![0, 0x1234, 65535, 65536],
        imm::LSL12 => vec![0, 12, 1],
        imm::HW32 => vec![0, 16, 32],
        imm::HW64 => vec![0, 16, 32, 48, 8],
        imm::BIMM32 => vec![1, 0xff, 0x0f0f0f0f, 0x80000001, 0xfffffffe, 0x55555555, 0, -2, 0x12345],
        imm::BIMM64 => vec![
            1,
            0xff00,
            0x5555555555555555,
            0x8000000000000001u64 as i64,
            -2,
            0x00ff00ff00ff00ff,
            0,
            -1,
            0x123456,
        ],
        imm::MOVZ32 => vec![0, 0xffff, 0x12340000, 0x10001],
        imm::MOVZ64 => vec![0, 0x1234_0000_0000, 0xffff000000000000u64 as i64, 0x10001],
        imm::MOVN32 => vec![-1, 0xfffeffff, 0x1234ffff, 0x12345678],
        imm::MOVN64 => vec![-1, -0x10000, 0xffff1234ffffffffu64 as i64, 0x12345678],
        imm::AMT32 | imm::IMMR32 | imm::IMMS32 | imm::LSL32 | imm::BFILSB32 | imm::BIT32 => {
            vec![0, 5, 31, 32]
        }
        imm::AMT64 | imm::IMMR64 | imm::IMMS64 | imm::LSL64 | imm::BFILSB64 | imm::BIT64 => {
            vec![0, 33, 63, 64]
        }
        imm::WIDTH32 | imm::BFIWIDTH32 => vec![1, 8, 1, 2, 33],
        imm::WIDTH64 | imm::BFIWIDTH64 => vec![1, 8, 1, 2, 65],
        imm::IMM3 => vec![0, 2, 4, 5],
        imm::NZCV | imm::CRM => vec![0, 9, 15, 16],
        imm::IMM5 => vec![0, 17, 31, 32],
        imm::HINT => vec![0, 17, 127, 128],
        imm::SIMM9 => vec![-256, 0, 255, 256, -257],
        imm::PIMM2 | imm::PIMM4 | imm::PIMM8 | imm::PIMM16 => {
            let n = 1i64 << (k - imm::PIMM1);
            vec![0, n, 4095 * n, n + 1, -n, 4096 * n]
        }
        imm::SIMM7X4 | imm::SIMM7X8 | imm::SIMM7X16 => {
            let n = 4i64 << (k - imm::SIMM7X4);
            vec![-64 * n, 0, 63 * n, n / 2, 64 * n]
        }
        imm::LS1 => vec![0],
        imm::LS2 => vec![0, 1, 2],
        imm::LS4 => vec![0, 2, 1],
        imm::LS8 => vec![0, 3, 2],
        imm::LS16 => vec![0, 4, 3],
        imm::FBITS32 => vec![1, 32, 33],
        imm::FBITS64 => vec![1, 64, 0],
        _ => vec![],
    }
}

/// `(operand, text)` candidates of an immediate kind.
fn imm_ops(k: u8) -> Vec<(Op, String)> {
    match k {
        imm::FIMM => [1.0, -0.125, 31.0, 0.1, 2.5]
            .iter()
            .map(|&v| (Op::float(v), format!("#{v:?}")))
            .collect(),
        imm::FZERO => vec![(Op::float(0.0), "#0.0".into())],
        _ => imm_values(k).into_iter().map(|v| (Op::imm(v), format!("#{v}"))).collect(),
    }
}

fn names(mask: u16) -> Vec<u8> {
    (0..13).filter(|m| mask >> m & 1 != 0).collect()
}

/// Candidates `(operand, text)` of a pattern at operand position `i`; `None` is an absent
/// operand.
fn candidates(p: &Pat, i: usize) -> Vec<Option<(Op, String)>> {
    let mut v: Vec<Option<(Op, String)>> = match p.kind {
        pk::REG => reg_nums(i).iter().map(|&n| Some(reg_op(p.reg, p.arr, n))).collect(),
        pk::IMM => imm_ops(p.imm).into_iter().map(Some).collect(),
        pk::MOD => {
            let mut v = vec![];
            let amounts = if (p.imm as usize) < imm::COUNT {
                imm_values(p.imm)
            } else {
                vec![]
            };
            for (j, m) in names(p.names).into_iter().enumerate() {
                let name = modifier::NAMES[m as usize].to_lowercase();
                if p.imm_opt || amounts.is_empty() {
                    v.push(Some((Op::modifier(m), name.clone())));
                }
                if !amounts.is_empty() {
                    let a = amounts[(j + 1) % amounts.len()];
                    v.push(Some((Op::shift(m, a), format!("{name} #{a}"))));
                }
            }
            for &a in &amounts {
                let m = names(p.names)[0];
                let name = modifier::NAMES[m as usize].to_lowercase();
                v.push(Some((Op::shift(m, a), format!("{name} #{a}"))));
            }
            v
        }
        pk::MEM => {
            let mut v = vec![];
            // (Not a register of the other operands: a write-back to the loaded register is
            // refused by llvm-mc.)
            let bases = [(Op::x(3), "x3"), (Op::SP, "sp"), (Op::x(27), "x27")];
            for (j, (b, bt)) in bases.iter().enumerate() {
                match p.mem {
                    mem::BASE => v.push(Some((Op::mem(*b), format!("[{bt}]")))),
                    mem::OFFSET | mem::PRE => {
                        let bang = if p.mem == mem::PRE { "!" } else { "" };
                        let wb = |o: Op| if p.mem == mem::PRE { o.pre() } else { o };
                        if p.imm_opt && j == 0 {
                            v.push(Some((Op::mem(*b), format!("[{bt}]"))));
                        }
                        for o in imm_values(p.imm) {
                            v.push(Some((wb(Op::mem_off(*b, o)), format!("[{bt}, #{o}]{bang}"))));
                        }
                    }
                    _ => {
                        let (ix, it) = if p.idx == rp::W {
                            (Op::w(9 + j as u8), format!("w{}", 9 + j))
                        } else {
                            (Op::x(9 + j as u8), format!("x{}", 9 + j))
                        };
                        if p.mod_opt {
                            v.push(Some((
                                Op::mem_idx(*b, ix, 0, 0, 0),
                                format!("[{bt}, {it}]"),
                            )));
                        }
                        for m in names(p.names) {
                            let name = modifier::NAMES[m as usize].to_lowercase();
                            if p.imm_opt {
                                v.push(Some((
                                    Op::mem_idx(*b, ix, m + 1, 0, 0),
                                    format!("[{bt}, {it}, {name}]"),
                                )));
                            }
                            for a in imm_values(p.imm) {
                                v.push(Some((
                                    Op::mem_idx(*b, ix, m + 1, a, 1),
                                    format!("[{bt}, {it}, {name} #{a}]"),
                                )));
                            }
                        }
                    }
                }
            }
            v
        }
        pk::LABEL => vec![Some((Op::LABEL, "lbl".into()))],
        pk::COND | pk::INVCOND => [(0, "eq"), (1, "ne"), (8, "hi"), (13, "le"), (14, "al"), (15, "nv")]
            .iter()
            .map(|&(c, t)| Some((Op::cond(c), t.to_string())))
            .collect(),
        pk::BARRIER => BARRIERS
            .iter()
            .map(|&(n, _)| Some((Op::symbol(n).unwrap(), n.to_string())))
            .collect(),
        pk::PRFOP => PREFETCH_OPS
            .iter()
            .step_by(5)
            .map(|&(n, _)| Some((Op::symbol(n).unwrap(), n.to_string())))
            .collect(),
        pk::SYSREG | pk::SYSREGW => declasm::aarch64::operand::SYSREGS
            .iter()
            .map(|&(n, _, _)| Some((Op::symbol(n).unwrap(), n.to_string())))
            .collect(),
        _ => vec![],
    };
    if p.optional {
        v.insert(0, None);
    }
    v
}

struct Case {
    text: String,
    enc: Result<Enc, String>,
    row: (usize, usize),
}

/// The statements of a row: combination `j` takes candidate `j` (modulo its count) of every
/// operand, for as many `j` as the longest candidate list.
fn row_cases(m: &'static Mnemonic, mi: usize, fi: usize, f: &Form) -> Vec<Case> {
    let cands: Vec<_> = (0..f.nops as usize).map(|i| candidates(&f.ops[i], i)).collect();
    let n = cands.iter().map(|c| c.len()).max().unwrap_or(1).max(1);
    let mut out = vec![];
    for j in 0..n {
        let mut ops = [Op::NONE; 5];
        let mut texts = vec![];
        let mut absent = false;
        for (i, c) in cands.iter().enumerate() {
            match &c[j % c.len()] {
                Some((o, t)) if !absent => {
                    ops[i] = *o;
                    texts.push(t.clone());
                }
                Some(_) => {}
                None => absent = true,
            }
        }
        // A post-index immediate after a memory operand: `[x3], #8`.
        let text = format!("{} {}", m.name, texts.join(", "));
        let enc = encode(m, ops, "test").map_err(|e| e.message().as_str().to_string());
        out.push(Case {
            text: text.trim().to_string(),
            enc,
            row: (mi, fi),
        });
    }
    out
}

/// llvm-mc's words for the lines (`None`: an error), with a mask of the bits it knows.
fn llvm_words(lines: &[String]) -> Option<Vec<Option<(u32, u32)>>> {
    let mut child = Command::new("llvm-mc")
        .args([
            "-triple=aarch64",
            "-mattr=+v8.5a,+fp-armv8,+neon,+lse,+rcpc,+fullfp16,+crypto",
            "-show-encoding",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let input = lines.join("\n") + "\n";
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().unwrap().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut bad = std::collections::HashSet::new();
    for l in stderr.lines() {
        if let Some(rest) = l.strip_prefix("<stdin>:") {
            if rest.contains(": error:") {
                bad.insert(rest.split(':').next().unwrap().parse::<usize>().unwrap() - 1);
            }
        }
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut words = stdout.lines().filter_map(|l| {
        let e = l.split("encoding: [").nth(1)?;
        let e = e.split(']').next()?;
        let (mut word, mut mask) = (0u32, 0u32);
        for (k, b) in e.split(',').enumerate() {
            // `0x01'A'`: a byte some of whose bits a fixup fills (not compared).
            let (v, m) = if b.contains('\'') {
                (0, 0)
            } else if let Some(h) = b.strip_prefix("0x") {
                (u32::from_str_radix(h, 16).unwrap(), 0xFF)
            } else if let Some(bits) = b.strip_prefix("0b") {
                let (mut v, mut m) = (0, 0);
                for c in bits.chars() {
                    v <<= 1;
                    m <<= 1;
                    if c == '0' || c == '1' {
                        v |= (c == '1') as u32;
                        m |= 1;
                    }
                }
                (v, m)
            } else {
                (0, 0)
            };
            word |= v << (8 * k);
            mask |= m << (8 * k);
        }
        Some((word, mask))
    });
    Some(
        (0..lines.len())
            .map(|i| if bad.contains(&i) { None } else { words.next() })
            .collect(),
    )
}

#[test]
fn every_row_against_llvm_mc() {
    let mut cases = vec![];
    let mut all: Vec<&'static Mnemonic> = vec![];
    for file in mnemonics::ALL.iter() {
        all.extend(file.iter().copied());
    }
    for (mi, m) in all.iter().enumerate() {
        for (fi, f) in m.forms.iter().enumerate() {
            cases.extend(row_cases(m, mi, fi, f));
        }
    }
    let lines: Vec<String> = cases.iter().map(|c| c.text.clone()).collect();
    let Some(words) = llvm_words(&lines) else {
        eprintln!("llvm-mc not found: skipping the A64 encoder comparison");
        return;
    };
    let mut wrong = vec![];
    let mut only_ours = vec![];
    let mut only_llvm = vec![];
    let mut hit = std::collections::HashSet::new();
    let mut agree = 0;
    for (c, w) in cases.iter().zip(&words) {
        match (&c.enc, w) {
            (Ok(e), Some((word, mask))) => {
                if e.word & mask != *word {
                    wrong.push(format!("{}: declasm {:08x}, llvm-mc {:08x}", c.text, e.word, word));
                } else {
                    agree += 1;
                    hit.insert((c.row.0, e.form as usize));
                }
            }
            (Ok(e), None) => only_ours.push(format!("{} ({:08x})", c.text, e.word)),
            (Err(msg), Some(_)) => only_llvm.push(format!("{}: {}", c.text, msg.lines().next().unwrap())),
            (Err(_), None) => agree += 1,
        }
    }
    let mut unhit = vec![];
    let mut rows = 0;
    for (mi, m) in all.iter().enumerate() {
        for (fi, f) in m.forms.iter().enumerate() {
            rows += 1;
            if !hit.contains(&(mi, fi)) {
                unhit.push(format!("{} {}", m.name, f.text));
            }
        }
    }
    eprintln!(
        "{} mnemonics, {rows} rows, {} statements: {agree} agree with llvm-mc (same word, or both refuse)",
        all.len(),
        cases.len()
    );
    eprintln!("llvm-mc accepts, declasm refuses ({}):", only_llvm.len());
    for s in &only_llvm {
        eprintln!("    {s}");
    }
    assert!(wrong.is_empty(), "different words ({}):\n{}", wrong.len(), wrong.join("\n"));
    assert!(only_ours.is_empty(), "declasm accepts, llvm-mc refuses ({}):\n{}", only_ours.len(), only_ours.join("\n"));
    assert!(unhit.is_empty(), "rows never selected with a checked word ({}):\n{}", unhit.len(), unhit.join("\n"));
}
