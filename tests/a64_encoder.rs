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

use declasm::aarch64::encoder::{self, encode, encode_ops, Enc};
use declasm::aarch64::form::{imm, mem, pk, rp, Form, Mnemonic, Pat, ARR_T};
use declasm::aarch64::mnemonics;
use declasm::aarch64::operand::{self, arr, class, kind, modifier, Op, BARRIERS, PREFETCH_OPS};
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
        rp::X | rp::XNZ if n == 31 => (Op::XZR, "xzr".into()),
        rp::X | rp::XNZ => (Op::x(n), format!("x{n}")),
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
        rp::C => (Op::reg(class::C, n & 15), format!("c{}", n & 15)),
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
        imm::BIMM32 => vec![
            1, 0xff, 0x0f0f0f0f, 0x80000001, 0xfffffffe, 0x55555555, 0, -2, 0x12345,
        ],
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
        imm::PRFOP => vec![0, 17, 31, 32],
        imm::EXT8 => vec![0, 7, 8],
        imm::IMM8V => vec![0, 0x5a, 255, 256],
        imm::BYTEMASK => vec![0, 0xff00ff00ff00ff00u64 as i64, -1, 0x1234],
        imm::EQ24 => vec![24, 25],
        imm::ZERO => vec![0, 1],
        imm::EQ8..=imm::EQ32 => {
            let v = 8i64 << (k - imm::EQ8);
            vec![v, v + 1]
        }
        imm::EXT16 => vec![0, 15, 16],
        imm::SHR8..=imm::SHR64 => {
            let n = 8i64 << (k - imm::SHR8);
            vec![1, n / 2 + 1, n, 0, n + 1]
        }
        imm::SHL8..=imm::SHL64 => {
            let n = 8i64 << (k - imm::SHL8);
            vec![0, n / 2 + 1, n - 1, n]
        }
        // NZCV, TPIDR_EL0, and past the field.
        imm::SYSREG => vec![0x5A10, 0x5E82, 0x8000],
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
        imm::ROT => vec![0, 90, 180, 270, 45, 360],
        imm::ROT90 => vec![90, 270, 0, 180],
        imm::INDEX_HL | imm::IMM2 => vec![0, 3, 2, 4],
        imm::INDEX_H | imm::INDEX_L => vec![0, 1, 2],
        imm::OP1 | imm::OP2 => vec![0, 7, 3, 8],
        imm::SIMM10X8 => vec![-4096, 0, 4088, 8, 12, 4096, -4104],
        imm::EQ1 => vec![1, 0],
        imm::BFMIMMS64 => vec![1, 8, 1, 2, 65, 0, 63],
        imm::VLSL16 => vec![0, 8, 16],
        imm::VLSL32 => vec![0, 8, 16, 24, 32, 4],
        imm::VMSL => vec![8, 16, 0, 24],
        _ => vec![],
    }
}

/// `(operand, text)` candidates of an immediate kind.
fn imm_ops(k: u8) -> Vec<(Op, String)> {
    match k {
        imm::FIMM | imm::FIMMV => [1.0, -0.125, 31.0, 0.1, 2.5]
            .iter()
            .map(|&v| (Op::float(v), format!("#{v:?}")))
            .collect(),
        imm::FZERO => vec![(Op::float(0.0), "#0.0".into())],
        // LLVM names a system register by number as `S3_3_C4_C2_0`.
        imm::SYSREG => imm_values(k)
            .into_iter()
            .map(|v| {
                let t = if v < 0x8000 {
                    format!(
                        "S{}_{}_C{}_C{}_{}",
                        2 + (v >> 14),
                        (v >> 11) & 7,
                        (v >> 7) & 15,
                        (v >> 3) & 15,
                        v & 7
                    )
                } else {
                    format!("#{v}")
                };
                (Op::imm(v), t)
            })
            .collect(),
        // Set from the list in `row_cases`.
        imm::LISTBYTES | imm::LISTELEMBYTES => vec![(Op::imm(0), String::new())],
        _ => imm_values(k)
            .into_iter()
            .map(|v| (Op::imm(v), format!("#{v}")))
            .collect(),
    }
}

fn names(mask: u16) -> Vec<u8> {
    (0..13).filter(|m| mask >> m & 1 != 0).collect()
}

/// Candidates `(operand, text)` of a pattern at operand position `i`; `None` is an absent
/// operand.
fn candidates(f: &Form, p: &Pat, i: usize) -> Vec<Option<(Op, String)>> {
    let mut v: Vec<Option<(Op, String)>> = match p.kind {
        // `<T>`: every arrangement of the row, the same at the same index for every `<T>`
        // operand (their lists have the same length).
        pk::REG if p.arr == ARR_T => (1..arr::COUNT)
            .filter(|a| f.tset >> a & 1 != 0)
            .flat_map(|a| reg_nums(i).map(|n| Some(reg_op(p.reg, a, n))))
            .collect(),
        // The first of a pair (`casp`): even, and an odd one (refused).
        pk::REG if f.ops.get(i + 1).is_some_and(|q| q.kind == pk::NEXT) => [2 + 4 * i as u8, 30, 5]
            .iter()
            .map(|&n| Some(reg_op(p.reg, p.arr, n)))
            .collect(),
        pk::REG => reg_nums(i)
            .iter()
            .map(|&n| Some(reg_op(p.reg, p.arr, n)))
            .collect(),
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
                            v.push(Some((
                                wb(Op::mem_off(*b, o)),
                                format!("[{bt}, #{o}]{bang}"),
                            )));
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
        // An index of an immediate kind (`<Vm>.H[<index_hl>]`, `<Vd>.D[1]`).
        pk::ELEM if (p.imm as usize) < imm::COUNT => {
            let e = arr::name(p.arr).to_lowercase();
            let nums = reg_nums(i);
            imm_values(p.imm)
                .into_iter()
                .enumerate()
                .map(|(j, k)| {
                    let n = nums[j % 3];
                    Some((Op::elem(n, p.arr, k as u8), format!("v{n}.{e}[{k}]")))
                })
                .collect()
        }
        pk::ELEM => {
            let size = p.arr - arr::B;
            let max = 16u8 >> size;
            let e = arr::name(p.arr).to_lowercase();
            reg_nums(i)
                .iter()
                .zip([0, max - 1, max])
                .map(|(&n, k)| Some((Op::elem(n, p.arr, k), format!("v{n}.{e}[{k}]"))))
                .collect()
        }
        pk::LISTELEM => {
            let size = p.arr - arr::B;
            let max = 16u8 >> size;
            let e = arr::name(p.arr).to_lowercase();
            [(0u8, 0u8), (30, max - 1), (31, max)]
                .iter()
                .map(|&(first, k)| {
                    let regs: Vec<String> = (0..p.count)
                        .map(|r| format!("v{}.{e}", (first + r) % 32))
                        .collect();
                    Some((
                        Op::list_elem(first, p.count, p.arr, k),
                        format!("{{{}}}[{k}]", regs.join(", ")),
                    ))
                })
                .collect()
        }
        pk::LIST => {
            let arrs: Vec<u8> = if p.arr == ARR_T {
                (1..arr::COUNT).filter(|a| f.tset >> a & 1 != 0).collect()
            } else {
                vec![p.arr]
            };
            let mut v = vec![];
            for a in arrs {
                for first in [0u8, 30, 31] {
                    let t = arr::name(a).to_lowercase();
                    let regs: Vec<String> = (0..p.count)
                        .map(|k| format!("v{}.{t}", (first + k) % 32))
                        .collect();
                    v.push(Some((
                        Op::list(first, p.count, a),
                        format!("{{{}}}", regs.join(", ")),
                    )));
                }
            }
            v
        }
        pk::LABEL => vec![Some((Op::LABEL, "lbl".into()))],
        pk::COND | pk::INVCOND => [
            (0, "eq"),
            (1, "ne"),
            (8, "hi"),
            (13, "le"),
            (14, "al"),
            (15, "nv"),
        ]
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
        pk::SYSOP => declasm::aarch64::operand::SYSOPS
            .iter()
            .filter(|&&(_, family, _)| family == p.reg)
            .map(|&(n, _, _)| Some((Op::symbol(n).unwrap(), n.to_string())))
            .collect(),
        // The fixed name of the row, and names of other kinds (which must not match).
        pk::NAME => ["sy", "csync", "rctx", "ivau", "ish", "civac"]
            .iter()
            .map(|&n| Some((Op::symbol(n).unwrap(), n.to_string())))
            .collect(),
        // Set from the operand before in `row_cases`.
        pk::NEXT => vec![Some((Op::NONE, String::new()))],
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
    let cands: Vec<_> = (0..f.nops as usize)
        .map(|i| candidates(f, &f.ops[i], i))
        .collect();
    for (i, c) in cands.iter().enumerate() {
        assert!(
            !c.is_empty(),
            "no candidates for {} {} operand {i}: {:?}",
            m.name,
            f.text,
            f.ops[i]
        );
    }
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
        // The post-index of a register list: its size in bytes, or 8 more.
        for i in 0..f.nops as usize {
            let k = f.ops[i].imm;
            if f.ops[i].kind == pk::IMM && (k == imm::LISTBYTES || k == imm::LISTELEMBYTES) {
                let list = ops
                    .iter()
                    .find(|o| o.kind == declasm::aarch64::operand::kind::LIST)
                    .unwrap();
                let q = matches!(list.arr, arr::B16 | arr::H8 | arr::S4 | arr::D2);
                // Per register: 8 or 16 bytes, or one element (`ld1r`).
                let per = match (k == imm::LISTELEMBYTES, q) {
                    _ if list.arr >= arr::B => 1 << (list.arr - arr::B),
                    (true, _) => 1 << ((list.arr - 1) / 2),
                    (false, true) => 16,
                    (false, false) => 8,
                };
                let bytes = list.count as i64 * per + if j % 4 == 3 { 8 } else { 0 };
                ops[i] = Op::imm(bytes);
                texts[i] = format!("#{bytes}");
            }
        }
        // The register after the one before (`casp`).
        for i in 1..f.nops as usize {
            if f.ops[i].kind == pk::NEXT && i < texts.len() {
                let (o, t) = reg_op(f.ops[i].reg, 0, (ops[i - 1].num + 1) % 32);
                ops[i] = o;
                texts[i] = t;
            }
        }
        // dynasm-rs's own spellings, in LLVM's syntax.
        let text = match m.name {
            "mov.inverted" => format!("mov {}", texts.join(", ")),
            "mov.logical" if texts.len() == 2 => {
                let zr = if texts[0].starts_with('w') {
                    "wzr"
                } else {
                    "xzr"
                };
                format!("orr {}, {zr}, {}", texts[0], texts[1])
            }
            _ => format!("{} {}", m.name, texts.join(", ")),
        };
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
            "-mattr=+v8.5a,+neon,+crypto,+fullfp16,+lse,+rcpc,+sha3,+sm4,+dotprod,+fp16fml,+rdm,+pauth,+predres,+ssbs,+rcpc-immo,+spe",
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

/// Statements dynasm-rs accepts and llvm-mc refuses, which the tables take as dynasm-rs does
/// (tools/a64/dialect_notes.md): `movi` of bytes with `, lsl #0`; `tlbi` with a register for
/// an operation that takes none, or without one for an operation that takes one (XZR); `msr`
/// of a PSTATE field with any 4-bit value (llvm-mc: 0-1 for `pan`, `uao`, `dit`, `spsel`).
fn dynasm_only(text: &str) -> bool {
    (text.starts_with("movi ") && (text.contains("b, #") && text.ends_with("lsl #0")))
        || text.starts_with("tlbi ")
        || ["spsel", "pan", "uao", "dit"]
            .iter()
            .any(|f| text.starts_with(&format!("msr {f}, #")))
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
                    wrong.push(format!(
                        "{}: declasm {:08x}, llvm-mc {:08x}",
                        c.text, e.word, word
                    ));
                } else {
                    agree += 1;
                    hit.insert((c.row.0, e.form as usize));
                }
            }
            // dynasm-rs spellings llvm-mc refuses (tools/a64/dialect_notes.md of the survey).
            (Ok(_), None) if dynasm_only(&c.text) => agree += 1,
            (Ok(e), None) => only_ours.push(format!("{} ({:08x})", c.text, e.word)),
            (Err(msg), Some(_)) => {
                only_llvm.push(format!("{}: {}", c.text, msg.lines().next().unwrap()))
            }
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
    assert!(
        wrong.is_empty(),
        "different words ({}):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(
        only_ours.is_empty(),
        "declasm accepts, llvm-mc refuses ({}):\n{}",
        only_ours.len(),
        only_ours.join("\n")
    );
    assert!(
        unhit.is_empty(),
        "rows never selected with a checked word ({}):\n{}",
        unhit.len(),
        unhit.join("\n")
    );
}

// The encoder in const context: the words llvm-mc gives for these statements.
const ADD: u32 = encode_ops(
    &mnemonics::add,
    &[Op::x(0), Op::x(1), Op::imm(1)],
    "add x0, x1, #1",
)
.word;
const MOV_M1: u32 = encode_ops(
    &mnemonics::mov_inverted,
    &[Op::w(0), Op::imm(-1)],
    "mov.inverted w0, #-1",
)
.word;
const LDR_SP: u32 = encode_ops(
    &mnemonics::ldr,
    &[Op::x(0), Op::mem_off(Op::SP, 8)],
    "ldr x0, [sp, #8]",
)
.word;
const MOV_BITMASK: u32 = encode_ops(
    &mnemonics::mov_logical,
    &[Op::x(0), Op::imm(0x5555555555555555)],
    "mov.logical x0, #0x5555555555555555",
)
.word;
const ROR: u32 = encode_ops(
    &mnemonics::ror,
    &[Op::x(0), Op::x(7), Op::imm(3)],
    "ror x0, x7, #3",
)
.word;
const UBFX: u32 = encode_ops(
    &mnemonics::ubfx,
    &[Op::x(0), Op::x(1), Op::imm(4), Op::imm(8)],
    "ubfx x0, x1, #4, #8",
)
.word;
const BITMASK: Option<(u32, u32, u32)> = encoder::logical_imm(0x00ff00ff00ff00ff, 64);
const FP_ONE: Option<u32> = encoder::fp_imm8(1.0f64.to_bits());

#[test]
fn const_context() {
    assert_eq!(ADD, 0x91000420);
    assert_eq!(MOV_M1, 0x12800000);
    assert_eq!(LDR_SP, 0xf94007e0);
    assert_eq!(MOV_BITMASK, 0xb200f3e0);
    assert_eq!(ROR, 0x93c70ce0);
    assert_eq!(UBFX, 0xd3442c20);
    // 16-bit elements (N = 0, imms = 0b100111: 8 ones), no rotation.
    assert_eq!(BITMASK, Some((0, 0, 0b100111)));
    assert_eq!(FP_ONE, Some(0x70));
}

/// Every encodable bitmask immediate: the 5334 64-bit and 1302 32-bit values of the
/// architecture, each encoded back to an encoding of itself; nothing else encodes.
#[test]
fn logical_immediates_exhaustive() {
    for width in [32u32, 64] {
        let mut values = std::collections::BTreeSet::new();
        for n in 0..=(width / 64) {
            for immr in 0..64 {
                for imms in 0..64 {
                    if let Some(v) = encoder::decode_logical_imm(n, immr, imms, width) {
                        let (n2, r2, s2) = encoder::logical_imm(v, width)
                            .unwrap_or_else(|| panic!("{v:#x} ({width}) does not encode"));
                        assert_eq!(encoder::decode_logical_imm(n2, r2, s2, width), Some(v));
                        values.insert(v);
                    }
                }
            }
        }
        assert_eq!(values.len(), if width == 64 { 5334 } else { 1302 });
        // Values that are not bitmask immediates.
        for v in [0u64, u64::MAX, 0x12345, 0b101, 0x8000_0000_0000_0003 + 8] {
            let v = if width == 32 { v & 0xFFFF_FFFF } else { v };
            if !values.contains(&v) {
                assert_eq!(encoder::logical_imm(v, width), None, "{v:#x}");
            }
        }
    }
    assert_eq!(encoder::logical_imm(0xFFFF_FFFF, 32), None);
    assert_eq!(encoder::logical_imm(0, 32), None);
    // A 32-bit value given sign-extended.
    assert_eq!(
        encoder::logical_imm(-2i64 as u64, 32),
        encoder::logical_imm(0xFFFF_FFFE, 32)
    );
}

fn enc(m: &'static Mnemonic, ops: &[Op]) -> Result<Enc, String> {
    let mut a = [Op::NONE; 5];
    a[..ops.len()].copy_from_slice(ops);
    encode(m, a, "stmt").map_err(|e| e.message().as_str().to_string())
}

#[test]
fn failures_name_the_operand_and_range() {
    let e = enc(&mnemonics::add, &[Op::x(0), Op::x(1), Op::imm(4096)]).unwrap_err();
    assert_eq!(
        e,
        "declasm: `stmt`: the third operand: value out of range, expected 0 to 4095 \
         (form `add <Xd|SP>, <Xn|SP>, #<imm12>{, LSL #<lsl12>}`)"
    );
    let e = enc(
        &mnemonics::ldp,
        &[Op::x(0), Op::x(1), Op::mem_off(Op::x(2), 12)],
    )
    .unwrap_err();
    assert!(
        e.contains(
            "the third operand: value out of range, expected a multiple of 8 from -512 to 504"
        ),
        "{e}"
    );
    let e = enc(&mnemonics::and, &[Op::x(0), Op::x(1), Op::imm(0)]).unwrap_err();
    assert!(e.contains("a 64-bit logical immediate"), "{e}");
    let e = enc(&mnemonics::cset, &[Op::x(0), Op::cond(14)]).unwrap_err();
    assert!(
        e.contains(
            "the second operand: value out of range, expected a condition other than al and nv"
        ),
        "{e}"
    );
    let e = enc(
        &mnemonics::msr,
        &[Op::symbol("midr_el1").unwrap(), Op::x(0)],
    )
    .unwrap_err();
    assert!(e.contains("read-only"), "{e}");
    // No form for the operand kinds: the forms are listed.
    let e = enc(&mnemonics::adr, &[Op::x(0), Op::x(1)]).unwrap_err();
    assert_eq!(e, "declasm: `stmt`: no form of `adr` accepts these operands; expected one of:\n    adr <Xd>, <label>");
    // A number in place of a label is the displacement (dynasm-rs's `adr x0, 4`, `b -4`):
    // llvm-mc: `adr x0, #4` = 0x10000020, `b #-4` = 0x17ffffff; misaligned or too far: refused.
    assert_eq!(
        enc(&mnemonics::adr, &[Op::x(0), Op::imm(4)]).unwrap().word,
        0x1000_0020
    );
    assert_eq!(
        enc(&mnemonics::b, &[Op::imm(-4)]).unwrap().word,
        0x17ff_ffff
    );
    assert!(enc(&mnemonics::b, &[Op::imm(2)]).is_err());
    assert!(enc(&mnemonics::b_eq, &[Op::imm(1 << 20)]).is_err());
    // SP where only the zero register is encodable, and the other way round.
    assert!(enc(&mnemonics::adds, &[Op::SP, Op::x(1), Op::imm(1)]).is_err());
    assert!(enc(&mnemonics::add, &[Op::XZR, Op::x(1), Op::imm(1)]).is_err());
    assert!(enc(&mnemonics::add, &[Op::XZR, Op::x(1), Op::x(2)]).is_ok());
}

/// Run-time values leave holes that `encoder::fill` completes to the word of the literal.
#[test]
fn holes() {
    let word = |m, ops: &[Op]| enc(m, ops).unwrap().word;
    // An immediate.
    let e = enc(&mnemonics::add, &[Op::x(0), Op::x(1), Op::DYN_IMM]).unwrap();
    assert_eq!(e.nholes, 1);
    let h = e.holes[0];
    assert_eq!((h.kind, h.op, h.pos[0]), (imm::IMM12, 2, 10));
    assert_eq!(
        encoder::fill(e.word, &h, 5, 0),
        Ok(word(&mnemonics::add, &[Op::x(0), Op::x(1), Op::imm(5)]))
    );
    assert_eq!(encoder::fill(e.word, &h, 4096, 0), Err("0 to 4095"));
    // A dynamic register in a repeated field (ROR's EXTR with both sources Rn).
    let e = enc(
        &mnemonics::ror,
        &[Op::x(0), Op::x(declasm::aarch64::operand::DYN), Op::imm(3)],
    )
    .unwrap();
    let h = e.holes[0];
    assert_eq!((h.kind, h.pos), (imm::REG, [16, 5, 0xFF]));
    assert_eq!(encoder::fill(e.word, &h, 7, 0), Ok(ROR));
    // As dynasm-rs, a dynamic register number is masked to 5 bits (39 is 7).
    assert_eq!(encoder::fill(e.word, &h, 39, 0), Ok(ROR));
    // A pair: UBFX's width depends on its lsb.
    let e = enc(
        &mnemonics::ubfx,
        &[Op::x(0), Op::x(1), Op::DYN_IMM, Op::imm(8)],
    )
    .unwrap();
    assert_eq!(e.nholes, 2);
    let w = encoder::fill(e.word, &e.holes[0], 4, 0).unwrap();
    assert_eq!(e.holes[1].op2, 2);
    assert_eq!(encoder::fill(w, &e.holes[1], 8, 4), Ok(UBFX));
    assert!(encoder::fill(w, &e.holes[1], 8, 60).is_err());
    // A bitmask immediate and a scaled offset.
    let e = enc(&mnemonics::orr, &[Op::x(0), Op::XZR, Op::DYN_IMM]).unwrap();
    assert_eq!(
        encoder::fill(e.word, &e.holes[0], 0x5555555555555555, 0),
        Ok(MOV_BITMASK)
    );
    let e = enc(&mnemonics::ldr, &[Op::x(0), Op::mem_dyn_off(Op::SP)]).unwrap();
    assert_eq!(e.holes[0].kind, imm::PIMM8);
    assert_eq!(encoder::fill(e.word, &e.holes[0], 8, 0), Ok(LDR_SP));
    assert!(encoder::fill(e.word, &e.holes[0], 4, 0).is_err());
    // A run-time element index (H:L:M of a by-element H element) and a run-time register in
    // its 4-bit field (dynasm-rs keeps 4 bits: 31 is v15); the words are llvm-mc's for
    // `fmla v0.8h, v1.8h, v9.h[7]` and `v15.h[7]`.
    let dyn_elem = Op {
        imm_state: declasm::aarch64::operand::imm::DYN,
        ..Op::elem(9, arr::H, 0)
    };
    let e = enc(
        &mnemonics::fmla,
        &[Op::vec(0, arr::H8), Op::vec(1, arr::H8), dyn_elem],
    )
    .unwrap();
    assert_eq!(e.holes[0].kind, imm::ELEMH);
    assert_eq!(encoder::fill(e.word, &e.holes[0], 7, 0), Ok(0x4f39_1820));
    assert_eq!(encoder::fill(e.word, &e.holes[0], 8, 0), Err("0 to 7"));
    let e = enc(
        &mnemonics::fmla,
        &[
            Op::vec(0, arr::H8),
            Op::vec(1, arr::H8),
            Op::elem(declasm::aarch64::operand::DYN, arr::H, 7),
        ],
    )
    .unwrap();
    assert_eq!(e.holes[0].kind, imm::REG4);
    assert_eq!(encoder::fill(e.word, &e.holes[0], 31, 0), Ok(0x4f3f_1820));
    // `casp`'s first register of a pair at run time, the second written XZR: dynasm-rs drops
    // the low bit (`casp X(9), xzr, x2, x3, [x0]` is `02 7C 28 48`, x8; its probe's record).
    let e = enc(
        &mnemonics::casp,
        &[
            Op::x(declasm::aarch64::operand::DYN),
            Op::XZR,
            Op::x(2),
            Op::x(3),
            Op::mem(Op::x(0)),
        ],
    )
    .unwrap();
    assert_eq!(e.holes[0].kind, imm::REGEVEN);
    assert_eq!(encoder::fill(e.word, &e.holes[0], 9, 0), Ok(0x4828_7c02));
    assert_eq!(encoder::fill(e.word, &e.holes[0], 0, 0), Ok(0x4820_7c02));
    // A run-time floating-point immediate: `fmov d1, #1.0` (llvm-mc: 1e6e1001).
    let e = enc(&mnemonics::fmov, &[Op::reg(class::D, 1), Op::DYN_IMM]).unwrap();
    assert_eq!(e.holes[0].kind, imm::FIMM);
    assert_eq!(
        encoder::fill_float(e.word, &e.holes[0], 1.0),
        Ok(0x1e6e_1001)
    );
    assert!(encoder::fill_float(e.word, &e.holes[0], 0.1).is_err());
}

#[test]
fn relocation_kinds() {
    use declasm::aarch64::form::reloc;
    let r = |m, ops: &[Op]| {
        let e = enc(m, ops).unwrap();
        (e.reloc, e.label_op)
    };
    assert_eq!(r(&mnemonics::b, &[Op::LABEL]), (reloc::B26, 0));
    assert_eq!(r(&mnemonics::bl, &[Op::LABEL]), (reloc::B26, 0));
    assert_eq!(r(&mnemonics::b_ne, &[Op::LABEL]), (reloc::IMM19, 0));
    assert_eq!(
        r(&mnemonics::cbz, &[Op::x(1), Op::LABEL]),
        (reloc::IMM19, 1)
    );
    assert_eq!(
        r(&mnemonics::ldr, &[Op::x(1), Op::LABEL]),
        (reloc::IMM19, 1)
    );
    assert_eq!(
        r(&mnemonics::tbnz, &[Op::w(1), Op::imm(3), Op::LABEL]),
        (reloc::TB14, 2)
    );
    assert_eq!(r(&mnemonics::adr, &[Op::x(1), Op::LABEL]), (reloc::ADR, 1));
    assert_eq!(
        r(&mnemonics::adrp, &[Op::x(1), Op::LABEL]),
        (reloc::ADRP, 1)
    );
    assert_eq!(
        r(&mnemonics::add, &[Op::x(1), Op::x(1), Op::imm(0)]).0,
        reloc::NONE
    );
}

// --- dynasm-rs's corpus ----------------------------------------------------------------------

/// A register name: `x3`, `wzr`, `sp`, `q7`, `v1.16b`; `@x3`: a run-time register (`%x3`: of
/// the XSP family), see `tools/a64_corpus.py --dynamic`.
fn parse_reg(t: &str) -> Option<Op> {
    if let Some(r) = t.strip_prefix('@') {
        return Some(Op {
            num: operand::DYN,
            ..parse_reg(r)?
        });
    }
    if let Some(r) = t.strip_prefix('%') {
        let o = parse_reg(r)?;
        let class = if o.class == class::W || o.class == class::WSP {
            class::WSP
        } else {
            class::XSP
        };
        return Some(Op::reg(class, operand::DYN));
    }
    let num = |s: &str| s.parse::<u8>().ok().filter(|&n| n < 32);
    Some(match t {
        "sp" => Op::SP,
        "wsp" => Op::WSP,
        "xzr" => Op::XZR,
        "wzr" => Op::WZR,
        _ => {
            if let Some((v, a)) = t.split_once('.') {
                let n = num(v.strip_prefix('v')?)?;
                let a = (1..arr::COUNT).find(|&k| arr::name(k).eq_ignore_ascii_case(a))?;
                return Some(Op::vec(n, a));
            }
            let (c, n) = t.split_at(t.len().min(1));
            let n = num(n)?;
            match c {
                "x" if n < 31 => Op::x(n),
                "w" if n < 31 => Op::w(n),
                "b" => Op::reg(class::B, n),
                "h" => Op::reg(class::H, n),
                "s" => Op::reg(class::S, n),
                "d" => Op::reg(class::D, n),
                "q" => Op::reg(class::Q, n),
                _ => return None,
            }
        }
    })
}

fn parse_int(t: &str) -> Option<i64> {
    let t = t.strip_prefix('#').unwrap_or(t);
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t),
    };
    let v = match t.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).ok()? as i64,
        None => t.parse::<u64>().ok()? as i64,
    };
    Some(if neg { v.wrapping_neg() } else { v })
}

fn parse_modifier(t: &str) -> Option<Op> {
    let (name, amount) = match t.split_once(' ') {
        Some((n, a)) => (n, Some(parse_int(a.trim())?)),
        None => (t, None),
    };
    let m = modifier::NAMES
        .iter()
        .position(|n| n.eq_ignore_ascii_case(name))? as u8;
    Some(match amount {
        Some(a) => Op::shift(m, a),
        None => Op::modifier(m),
    })
}

/// An operand in LLVM's syntax (as `tools/a64_corpus.py` writes the corpus).
fn parse_operand(t: &str) -> Option<Op> {
    let t = t.trim();
    if t.is_empty() {
        return None;
    }
    // `@v1.h[3]`, `@{v1.16b * 4}`: a run-time register.
    if let Some(r) = t
        .strip_prefix('@')
        .filter(|r| !r.starts_with('x') && !r.starts_with('w'))
    {
        return Some(Op {
            num: operand::DYN,
            ..parse_operand(r)?
        });
    }
    // `#8?`, `[x1, #8?]`, `lsl #3?`, `v1.s[1?]`: a run-time value (`tools/a64_corpus.py
    // --runtime`), kept in the operand for `fill_holes`.
    if t.contains('?') {
        let o = parse_operand(&t.replace('?', ""))?;
        let index_amount = o.kind == kind::MEM && o.idx_num != operand::NOREG;
        return Some(if index_amount || o.kind == kind::MOD {
            Op {
                amount_state: operand::imm::DYN,
                ..o
            }
        } else {
            Op {
                imm_state: operand::imm::DYN,
                ..o
            }
        });
    }
    if let Some(inner) = t.strip_prefix('[') {
        let (inner, pre) = match inner.strip_suffix("]!") {
            Some(i) => (i, true),
            None => (inner.strip_suffix(']')?, false),
        };
        let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
        let base = parse_reg(parts[0])?;
        let m = match parts.len() {
            1 => Op::mem(base),
            2 if parts[1].starts_with('#') => Op::mem_off(base, parse_int(parts[1])?),
            2 | 3 => {
                let index = parse_reg(parts[1])?;
                match parts.get(2) {
                    None => Op::mem_idx(base, index, 0, 0, 0),
                    Some(m) => {
                        let md = parse_modifier(m)?;
                        Op::mem_idx(base, index, md.modifier, md.amount, md.amount_state)
                    }
                }
            }
            _ => return None,
        };
        return Some(if pre { m.pre() } else { m });
    }
    if let Some(inner) = t.strip_prefix('{') {
        if let Some((regs, idx)) = inner.split_once("}[") {
            let index: u8 = idx.strip_suffix(']')?.parse().ok()?;
            let names: Vec<&str> = regs.split(',').map(str::trim).collect();
            let (mut count, first_name) = match regs.split_once('-') {
                // `{v0.s - v1.s}[1]`: as LLVM reads a range.
                Some((x, y)) => {
                    let (x, y) = (x.trim(), y.trim());
                    let num = |r: &str| -> Option<u8> {
                        r.split('.').next()?.strip_prefix('v')?.parse().ok()
                    };
                    ((num(y)? + 32 - num(x)?) % 32 + 1, x)
                }
                None => (names.len() as u8, names[0]),
            };
            let (v, size) = first_name.split_once('.')?;
            // The element size is the arrangement's letter: dynasm-rs takes `{v0.s4}[1]` as
            // `{v0.s}[1]` (tools/a64/dialect_notes.md).
            let size = [arr::B, arr::H, arr::S, arr::D][["b", "h", "s", "d"]
                .iter()
                .position(|s| size.ends_with(s))?];
            let first: u8 = v.strip_prefix('v')?.parse().ok()?;
            count = count.min(5);
            return Some(Op::list_elem(first, count, size, index));
        }
        let inner = inner.strip_suffix('}')?;
        // `{v0.16b*4}`: four registers.
        if let Some((r, n)) = inner.split_once('*') {
            let r = parse_reg(r.trim())?;
            return Some(Op::list(r.num, n.trim().parse().ok()?, r.arr));
        }
        // `{v0.16b - v3.16b}`: as LLVM reads it, v0 to v3 (four registers; dynasm-rs makes
        // it three, tools/a64/dialect_notes.md).
        // (`{v0.16b - v0.16b}` is refused: llvm-mc and dynasm-rs refuse it.)
        if let Some((a, b)) = inner.split_once('-') {
            let (a, b) = (parse_reg(a.trim())?, parse_reg(b.trim())?);
            if a.num == b.num {
                return None;
            }
            return Some(Op::list(a.num, (b.num + 32 - a.num) % 32 + 1, a.arr));
        }
        let regs: Vec<Op> = inner
            .split(',')
            .map(|r| parse_reg(r.trim()))
            .collect::<Option<_>>()?;
        return Some(Op::list(regs[0].num, regs.len() as u8, regs[0].arr));
    }
    if t.starts_with('#') || t.starts_with('-') || t.as_bytes()[0].is_ascii_digit() {
        if let Some(v) = parse_int(t) {
            return Some(Op::imm(v));
        }
        let f: f64 = t.trim_start_matches('#').parse().ok()?;
        return Some(Op::float(f));
    }
    if let Some((v, rest)) = t.split_once('[') {
        // `v1.s[3]`, `v3.4b[1]`
        let (vn, size) = v.split_once('.')?;
        let n = vn.strip_prefix('v')?.parse().ok()?;
        let size = [arr::B, arr::H, arr::S, arr::D, arr::B4]
            [["b", "h", "s", "d", "4b"].iter().position(|s| *s == size)?];
        return Some(Op::elem(n, size, rest.strip_suffix(']')?.parse().ok()?));
    }
    if let Some(r) = parse_reg(t) {
        return Some(r);
    }
    if let Some(m) = parse_modifier(t) {
        return Some(m);
    }
    // `S3_3_C4_C2_0`: dynasm-rs's number (o0:op1:CRn:CRm:op2; `S4_..` is past the field).
    let u = t.to_ascii_uppercase();
    if let Some(rest) = u.strip_prefix('S') {
        let f: Vec<&str> = rest.split('_').collect();
        if f.len() == 5 {
            let n = |s: &str| s.trim_start_matches('C').parse::<u32>().ok();
            let v = ((n(f[0])? - 2) << 14)
                | (n(f[1])? << 11)
                | (n(f[2])? << 7)
                | (n(f[3])? << 3)
                | n(f[4])?;
            return Some(Op::imm(v as i64));
        }
    }
    Op::symbol(t)
}

fn split_operands(s: &str) -> Vec<&str> {
    let mut out = vec![];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(s[start..].trim());
    }
    out
}

/// Fills the holes of run-time immediates with the values the operands keep (see
/// `parse_operand`), and of run-time registers with the numbers of `regs` (the statement
/// without its marks), as the front end does at run time.
fn fill_holes(mut e: Enc, ops: &[Op; 5], regs: &[Op; 5]) -> Result<Enc, &'static str> {
    use declasm::aarch64::form::imm;
    for h in &e.holes[..e.nholes as usize] {
        if h.kind == imm::REG || h.kind == imm::REG4 {
            let r = &regs[h.op as usize];
            let n = if h.part == 1 { r.idx_num } else { r.num };
            e.word = encoder::fill(e.word, h, n as i64, 0)?;
            continue;
        }
        let o = &ops[h.op as usize];
        if matches!(h.kind, imm::FIMM | imm::FIMMV) {
            e.word = encoder::fill_float(e.word, h, f64::from_bits(o.imm as u64))?;
            continue;
        }
        let v = if h.part == 1 { o.amount } else { o.imm };
        let prev = if h.op2 != 0xFF {
            ops[h.op2 as usize].imm
        } else {
            0
        };
        e.word = encoder::fill(e.word, h, v, prev)?;
    }
    Ok(e)
}

/// A statement where dynasm-rs's bytes mean another instruction than the statement (SPEC rule
/// 9, tools/a64/dialect_notes.md "Where declasm differs"): a dash range of registers
/// `{v0.16b - v3.16b}`, which dynasm-rs reads as one register fewer than it names.
fn rule9(asm: &str) -> bool {
    asm.split_once('{')
        .is_some_and(|(_, l)| l.split('}').next().unwrap().contains(" - "))
}

/// dynasm-rs's corpus (tools/a64_corpus.py's output, `A64_CORPUS`): each statement encoded
/// from its operands, compared with dynasmrt 5.1's bytes. A measurement, printed by family
/// (`A64_SAMPLES=n`: up to n statements of each failing category, by mnemonic); it fails if the
/// file cannot be read or a statement is encoded other than dynasm-rs does. The statements of
/// [`rule9`] are compared with llvm-mc instead (when it is installed).
#[test]
fn corpus() {
    let Ok(path) = std::env::var("A64_CORPUS") else {
        eprintln!("A64_CORPUS not set: skipping the dynasm-rs corpus comparison");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("A64_CORPUS");
    let mut by_name = std::collections::HashMap::new();
    for file in mnemonics::ALL.iter() {
        for m in file.iter() {
            by_name.insert(m.name, *m);
        }
    }
    let mut stats: std::collections::BTreeMap<&str, [usize; 6]> = Default::default();
    let mut samples: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    let mut rule9_cases: Vec<(String, u32, u32)> = vec![];
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (asm, hex, family) = (f[0], f[1], f[2]);
        let bytes: Vec<u8> = hex
            .split(' ')
            .map(|b| u8::from_str_radix(b, 16).unwrap())
            .collect();
        let want = u32::from_le_bytes(bytes[..4].try_into().unwrap());
        let (mn, rest) = asm.split_once(' ').unwrap_or((asm, ""));
        let st = stats.entry(family).or_default();
        // [same, different, refused, unknown mnemonic, operands not parsed, rule 9]
        let Some(m) = by_name.get(mn) else {
            st[3] += 1;
            samples
                .entry(format!("unknown {mn}"))
                .or_default()
                .push(asm.into());
            continue;
        };
        let ops: Option<Vec<Op>> = split_operands(rest)
            .into_iter()
            .map(parse_operand)
            .collect();
        let Some(ops) = ops.filter(|o| o.len() <= 5) else {
            st[4] += 1;
            samples
                .entry(format!("unparsed {mn}"))
                .or_default()
                .push(asm.into());
            continue;
        };
        let mut a = [Op::NONE; 5];
        a[..ops.len()].copy_from_slice(&ops);
        // The registers' numbers (the statement without its `@`/`%` marks).
        let mut regs = a;
        if asm.contains(['@', '%']) {
            let plain = rest.replace(['@', '%'], "");
            for (k, o) in split_operands(&plain).into_iter().enumerate() {
                regs[k] = parse_operand(o).unwrap_or(Op::NONE);
            }
        }
        match encode(m, a, "corpus").map(|e| fill_holes(e, &a, &regs)) {
            Ok(Err(msg)) => {
                st[2] += 1;
                samples
                    .entry(format!("refused {mn}"))
                    .or_default()
                    .push(format!("{asm} ({}): run-time value: {msg}", f[3]));
            }
            Ok(Ok(e)) if rule9(asm) => {
                st[5] += 1;
                rule9_cases.push((asm.to_string(), e.word, want));
            }
            Ok(Ok(e)) if e.word == want && bytes.len() == 4 => st[0] += 1,
            Ok(Ok(e)) => {
                st[1] += 1;
                samples
                    .entry(format!("different {mn}"))
                    .or_default()
                    .push(format!(
                        "{asm}: declasm {:08x}, dynasm-rs {want:08x} ({})",
                        e.word, f[3]
                    ));
            }
            Err(err) => {
                st[2] += 1;
                samples
                    .entry(format!("refused {mn}"))
                    .or_default()
                    .push(format!(
                        "{asm} ({}): {}",
                        f[3],
                        err.message().as_str().lines().next().unwrap()
                    ));
            }
        }
    }
    let mut total = [0; 6];
    eprintln!(
        "family: same, different, refused, unknown mnemonic, unparsed, rule 9 (llvm-mc's bytes)"
    );
    for (fam, s) in &stats {
        eprintln!("{fam:>10}: {s:?}");
        for k in 0..6 {
            total[k] += s[k];
        }
    }
    eprintln!("     total: {total:?}");
    let limit: usize = std::env::var("A64_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    for (k, v) in &samples {
        eprintln!("{k} ({}):", v.len());
        for s in v.iter().take(limit) {
            eprintln!("    {s}");
        }
    }
    let different: Vec<&String> = samples
        .iter()
        .filter(|(k, _)| k.starts_with("different"))
        .flat_map(|(_, v)| v)
        .collect();
    assert!(
        different.is_empty(),
        "statements encoded other than dynasm-rs does: {different:?}"
    );
    // The rule 9 statements: llvm-mc's word, not dynasm-rs's.
    let lines: Vec<String> = rule9_cases.iter().map(|c| c.0.clone()).collect();
    if let Some(words) = llvm_words(&lines) {
        for ((asm, ours, dynasm), w) in rule9_cases.iter().zip(words) {
            let (word, mask) = w.unwrap_or_else(|| panic!("llvm-mc refuses {asm}"));
            eprintln!("rule 9: {asm}: declasm = llvm-mc {ours:08x}, dynasm-rs {dynasm:08x}");
            assert_eq!(ours & mask, word, "{asm}: declasm and llvm-mc differ");
            assert_ne!(
                *ours, *dynasm,
                "{asm}: listed as rule 9 but dynasm-rs agrees"
            );
        }
    }
}

/// The statements dynasmrt 5.1 refuses (`tools/a64_corpus.py --rejected`, `A64_REJECTED`), by
/// the class of its refusal: declasm must refuse every one whose refusal is about the instruction
/// (`range`: an immediate out of range or not encodable, `register`: a register or modifier the
/// instruction does not take, `form`: no form takes the operands), except the ones listed in
/// [`rejected_but_right`]. Prints the counts; `A64_SAMPLES=n` lists up to n accepted statements
/// of each class.
#[test]
fn rejected() {
    let Ok(path) = std::env::var("A64_REJECTED") else {
        eprintln!("A64_REJECTED not set: skipping the dynasm-rs refusals");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("A64_REJECTED");
    let mut by_name = std::collections::HashMap::new();
    for file in mnemonics::ALL.iter() {
        for m in file.iter() {
            by_name.insert(m.name, *m);
        }
    }
    // class -> [refused, accepted, unparsed]
    let mut stats: std::collections::BTreeMap<&str, [usize; 3]> = Default::default();
    let mut accepted: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    let mut unexcused = vec![];
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (asm, class, orig, msg) = (f[0], f[1], f[3], f[4]);
        let st = stats.entry(class).or_default();
        let (mn, rest) = asm.split_once(' ').unwrap_or((asm, ""));
        let Some(m) = by_name.get(mn) else {
            st[0] += 1;
            continue;
        };
        let ops: Option<Vec<Op>> = split_operands(rest)
            .into_iter()
            .map(parse_operand)
            .collect();
        let Some(ops) = ops.filter(|o| o.len() <= 5) else {
            st[2] += 1;
            continue;
        };
        let mut a = [Op::NONE; 5];
        a[..ops.len()].copy_from_slice(&ops);
        match encode(m, a, "rejected") {
            Err(_) => st[0] += 1,
            Ok(e) => {
                st[1] += 1;
                let s = format!("{asm} ({orig}: {msg}): declasm {:08x}", e.word);
                if !rejected_but_right(asm) {
                    unexcused.push(s.clone());
                }
                accepted.entry(class).or_default().push(s);
            }
        }
    }
    eprintln!("dynasm-rs refuses, by class: [declasm refuses, declasm accepts, not parsed]");
    for (class, s) in &stats {
        eprintln!("{class:>9}: {s:?}");
    }
    let limit: usize = std::env::var("A64_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    for (class, v) in &accepted {
        eprintln!("accepted, {class} ({}):", v.len());
        for s in v.iter().take(limit) {
            eprintln!("    {s}");
        }
    }
    assert!(
        unexcused.is_empty(),
        "declasm accepts statements dynasm-rs refuses ({}):\n{}",
        unexcused.len(),
        unexcused.join("\n")
    );
}

/// Statements dynasm-rs refuses that declasm takes on purpose (LLVM text): a dash range read as
/// written (`ld4 {v0.16b - v3.16b}, [x0]`: four registers, [`rule9`]), and `[<Xn|SP>, #0]` where
/// the instruction takes a base register only (`ldxr x0, [x1, #0]`: the ARM ARM's
/// `[<Xn|SP>{,#0}]`, the same instruction).
fn rejected_but_right(asm: &str) -> bool {
    rule9(asm) || asm.contains(", #0]")
}

/// Writes the pre-parsed tables (src/aarch64/mnemonics/generated.rs) to `A64_GENERATED`: run by
/// tools/a64_gen_tables.py with `--cfg declasm_source_tables`, where the tables are parsed from
/// their rows. Compact: a form is `f(..)`, a pattern `p(..)` (const fns of generated.rs), unused
/// patterns `N`.
#[cfg(declasm_source_tables)]
#[test]
fn generate_tables() {
    use std::fmt::Write;
    let Ok(path) = std::env::var("A64_GENERATED") else {
        return;
    };
    let mut out = String::from(GENERATED_HEAD);
    let mut idents = vec![];
    for file in mnemonics::ALL.iter() {
        for m in file.iter() {
            let mut ident = m.name.replace('.', "_");
            if ident == "yield" {
                ident.push('_');
            }
            writeln!(
                out,
                "/// `{}`.\npub static {ident}: Mnemonic = Mnemonic {{ name: {:?}, forms: &[",
                m.name, m.name
            )
            .unwrap();
            for f in m.forms {
                let pats: Vec<String> = f
                    .ops
                    .iter()
                    .map(|q| {
                        if *q == Pat::NONE {
                            "N".to_string()
                        } else {
                            format!(
                                "p({},{},{},{},{},{},{},{},{},{},{},{},{},{},{})",
                                q.kind,
                                q.optional,
                                q.reg,
                                q.field,
                                q.arr,
                                q.imm,
                                q.imm_opt,
                                q.names,
                                q.mod_opt,
                                q.mod_field,
                                q.lsl_option,
                                q.mem,
                                q.idx,
                                q.count,
                                q.elem_field
                            )
                        }
                    })
                    .collect();
                let pos: Vec<String> = f.pos.iter().map(|v| v.to_string()).collect();
                writeln!(
                    out,
                    "f([{}],{},{:#x},[{}],({},{}),{},{},{:?}),",
                    pats.join(","),
                    f.nops,
                    f.bits,
                    pos.join(","),
                    f.dup.0,
                    f.dup.1,
                    f.reloc,
                    f.tset,
                    f.text
                )
                .unwrap();
            }
            out += "] };\n";
            idents.push(ident);
        }
    }
    writeln!(
        out,
        "/// Every mnemonic.\npub static ALL: [&[&Mnemonic]; 1] = [&[{}]];",
        idents
            .iter()
            .map(|n| format!("&{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    std::fs::write(path, out).unwrap();
}

#[cfg(declasm_source_tables)]
const GENERATED_HEAD: &str = "// @generated by tools/a64_gen_tables.py from the rows of src/aarch64/mnemonics/*.rs
// (parsed by Form::parse); do not edit by hand: edit the rows and run the script.
//! The A64 instruction tables, pre-parsed (see tools/a64_gen_tables.py).

use super::{Form, Mnemonic};
use crate::aarch64::form::{field, Pat, MAX_OPS};

const N: Pat = Pat::NONE;

#[allow(clippy::too_many_arguments)]
const fn p(a0: u8, a1: bool, a2: u8, a3: u8, a4: u8, a5: u8, a6: bool, a7: u16, a8: bool, a9: u8, a10: u8, a11: u8, a12: u8, a13: u8, a14: u8) -> Pat {
    Pat { kind: a0, optional: a1, reg: a2, field: a3, arr: a4, imm: a5, imm_opt: a6, names: a7, mod_opt: a8, mod_field: a9, lsl_option: a10, mem: a11, idx: a12, count: a13, elem_field: a14 }
}

#[allow(clippy::too_many_arguments)]
const fn f(a0: [Pat; MAX_OPS], a1: u8, a2: u32, a3: [u8; field::COUNT], a4: (u8, u8), a5: u8, a6: u16, a7: &'static str) -> Form {
    Form { ops: a0, nops: a1, bits: a2, pos: a3, dup: a4, reloc: a5, tset: a6, text: a7 }
}

";
