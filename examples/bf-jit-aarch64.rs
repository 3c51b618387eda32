//! A brainfuck compiler for aarch64 Linux with `dynasm!(... ; .arch aarch64 ...)`: the x64
//! tutorial JIT's structure (runs of `+ - < >` folded, loops as dynamic labels), its code wrapped
//! in a minimal static ELF executable that does its I/O with Linux system calls, so that it runs
//! on aarch64 Linux, or anywhere under qemu-user.
//!
//! Usage: `cargo run --example bf-jit-aarch64 -- examples/programs/hello.b /tmp/hello.elf`, then
//! `qemu-aarch64 /tmp/hello.elf` (or `/tmp/hello.elf` on an aarch64 Linux host).
//! tests/bf_aarch64.rs runs the bundled programs that way and compares their output with the
//! x64 JIT's.

use declasm::aarch64::Aarch64Relocation;
use declasm::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

/// The tape's size in bytes (a multiple of 16: it lives on the stack).
pub const TAPE_SIZE: u32 = 30000;
const _: () = assert!(TAPE_SIZE % 16 == 0 && TAPE_SIZE <= 0xFFFF);
/// Where the executable is loaded, and the size of its ELF and program headers.
const LOAD: u64 = 0x40_0000;
const HEADERS: u64 = 64 + 56;

/// Compiles a brainfuck program to aarch64 code starting at address `base` (the process's entry
/// point): the tape on the stack, `x19` its start, `x20` the current cell, `read`/`write` on
/// file descriptors 0 and 1, `exit(0)` at the end. An unbalanced bracket is an error.
pub fn compile(program: &[u8], base: usize) -> Result<Vec<u8>, &'static str> {
    let mut ops = VecAssembler::<Aarch64Relocation>::new(base);
    let mut loops = Vec::new();
    dynasm!(ops
        ; .arch aarch64
        ; .alias tape, x19
        ; .alias cell, x20
        // The tape: TAPE_SIZE bytes of stack, zeroed.
        ; movz x9, TAPE_SIZE & 0xFFFF
        ; sub sp, sp, x9
        ; mov tape, sp
        ; mov cell, sp
        ; zero:
        ; stp xzr, xzr, [cell], 16
        ; subs x9, x9, 16
        ; b.ne <zero
        ; mov cell, tape
    );
    let mut code = program.iter().copied().peekable();
    while let Some(c) = code.next() {
        // A run of the same command is one instruction.
        let mut run = 1u32;
        if b"+-<>".contains(&c) {
            while code.peek() == Some(&c) && run < 4095 {
                code.next();
                run += 1;
            }
        }
        match c {
            b'>' => dynasm!(ops ; .arch aarch64 ; add x20, x20, run),
            b'<' => dynasm!(ops ; .arch aarch64 ; sub x20, x20, run),
            b'+' => dynasm!(ops
                ; .arch aarch64
                ; ldrb w9, [x20]
                ; add w9, w9, run & 0xFF
                ; strb w9, [x20]
            ),
            b'-' => dynasm!(ops
                ; .arch aarch64
                ; ldrb w9, [x20]
                ; sub w9, w9, run & 0xFF
                ; strb w9, [x20]
            ),
            // write(1, cell, 1)
            b'.' => dynasm!(ops
                ; .arch aarch64
                ; mov x0, 1
                ; mov x1, x20
                ; mov x2, 1
                ; mov x8, 64
                ; svc 0
            ),
            // read(0, cell, 1); at the end of the input the cell is 0
            b',' => dynasm!(ops
                ; .arch aarch64
                ; mov x0, 0
                ; mov x1, x20
                ; mov x2, 1
                ; mov x8, 63
                ; svc 0
                ; cmp x0, 1
                ; b.eq >done
                ; strb wzr, [x20]
                ; done:
            ),
            b'[' => {
                let (start, end) = (ops.new_dynamic_label(), ops.new_dynamic_label());
                loops.push((start, end));
                dynasm!(ops
                    ; .arch aarch64
                    ; ldrb w9, [x20]
                    ; cbz w9, =>end
                    ; =>start
                );
            }
            b']' => {
                let (start, end) = loops.pop().ok_or("] without [")?;
                dynasm!(ops
                    ; .arch aarch64
                    ; ldrb w9, [x20]
                    ; cbnz w9, =>start
                    ; =>end
                );
            }
            _ => {}
        }
    }
    if !loops.is_empty() {
        return Err("[ without ]");
    }
    // exit(0)
    dynasm!(ops
        ; .arch aarch64
        ; mov x0, 0
        ; mov x8, 93
        ; svc 0
    );
    ops.finalize().map_err(|_| "a jump out of range")
}

/// A static aarch64 Linux executable of `code` (one read-execute segment, entry at the code).
pub fn elf(code: &[u8]) -> Vec<u8> {
    let size = HEADERS + code.len() as u64;
    let mut f = Vec::new();
    // ELF header: 64-bit, little-endian, version 1, System V; executable, aarch64 (183).
    f.extend_from_slice(&[0x7F, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    f.extend_from_slice(&2u16.to_le_bytes());
    f.extend_from_slice(&183u16.to_le_bytes());
    f.extend_from_slice(&1u32.to_le_bytes());
    f.extend_from_slice(&(LOAD + HEADERS).to_le_bytes()); // entry
    f.extend_from_slice(&64u64.to_le_bytes()); // program headers
    f.extend_from_slice(&0u64.to_le_bytes()); // no section headers
    f.extend_from_slice(&0u32.to_le_bytes()); // flags
    for v in [64u16, 56, 1, 64, 0, 0] {
        f.extend_from_slice(&v.to_le_bytes()); // sizes and counts
    }
    // PT_LOAD, read + execute, the whole file at LOAD.
    f.extend_from_slice(&1u32.to_le_bytes());
    f.extend_from_slice(&5u32.to_le_bytes());
    for v in [0, LOAD, LOAD, size, size, 0x1000] {
        f.extend_from_slice(&v.to_le_bytes());
    }
    f.extend_from_slice(code);
    f
}

/// The executable of a brainfuck program.
pub fn executable(program: &[u8]) -> Result<Vec<u8>, &'static str> {
    Ok(elf(&compile(program, (LOAD + HEADERS) as usize)?))
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} PROGRAM.b OUTPUT", args[0]);
        std::process::exit(2);
    }
    let program = std::fs::read(&args[1]).expect("the program");
    match executable(&program) {
        Ok(exe) => {
            std::fs::write(&args[2], exe).expect("the output");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let _ = std::fs::set_permissions(&args[2], std::fs::Permissions::from_mode(0o755));
            }
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
