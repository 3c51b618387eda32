//! The tutorial's brainfuck JIT (examples/bf-jit.rs) ported to aarch64: the same compiler, its
//! code written in dynasm-rs's `.arch aarch64` dialect.
//!
//! Usage: `cargo run --example bf-jit-aarch64 -- examples/programs/hello.b`, or
//! `cargo run --example bf-jit-aarch64 -- --elf OUT examples/programs/hello.b`.
//!
//! On an aarch64 Linux host the program's code runs in this process, as bf-jit's does. On any
//! other host the code is wrapped in a small static aarch64 Linux executable: an entry stub that
//! calls the program's code with the tape, `getchar`/`putchar` stubs that make the `read` and
//! `write` system calls, and the tape in a writable segment (the code segment is read and
//! execute only). `--elf OUT` writes that executable; without it the executable is run with
//! `qemu-aarch64` (Debian's `qemu-user` package), which tests/a64_bf.rs does for the bundled
//! programs.
//!
//! The generated code follows the AAPCS64: the program's function is
//! `extern "C" fn(state, current, begin, end) -> u8` (0: done, 1: overflow, 2: I/O error), it
//! keeps the tape pointer, the tape's bounds, the state and the tape size in callee-saved
//! registers (x19-x23), and calls `getchar`/`putchar` through the two function pointers at the
//! start of the state, with the state and the current cell as arguments.

use declasm::aarch64::Aarch64Relocation;
use declasm::{dynasm, AssemblyOffset, DynasmApi, DynasmLabelApi, VecAssembler};

use std::env;
use std::fs;
use std::io::Write;

/// The tape's length, as in the x64 tutorial.
pub const TAPE_SIZE: usize = 30000;

macro_rules! my_dynasm {
    ($ops:ident $($t:tt)*) => {
        dynasm!($ops
            ; .arch aarch64
            ; .alias a_current, x19
            ; .alias a_begin, x20
            ; .alias a_end, x21
            ; .alias a_state, x22
            ; .alias a_size, x23
            $($t)*
        )
    }
}

macro_rules! epilogue {
    ($ops:ident, $e:expr) => {my_dynasm!($ops
        ; movz w0, $e
        ; ldp x23, x24, [sp, #48]
        ; ldp x21, x22, [sp, #32]
        ; ldp x19, x20, [sp, #16]
        ; ldp x29, x30, [sp], #64
        ; ret
    );};
}

/// Calls the function pointer at `offset` in the state with (state, current cell); a non-zero
/// result is an I/O error.
macro_rules! call_io {
    ($ops:ident, $offset:expr) => {my_dynasm!($ops
        ; ldr x9, [a_state, $offset]
        ; mov x0, a_state
        ; mov x1, a_current
        ; blr x9
        ; cbnz w0, ->io_failure
    );};
}

/// Adds `delta` to the current cell as a signed byte, branching to `->overflow` where the x64
/// code's `add`/`sub BYTE [a_current], amount as _` and `jo` would (`delta` is the amount as an
/// `i8`, negated for `-`).
fn add_to_cell<D: DynasmLabelApi<Relocation = Aarch64Relocation>>(ops: &mut D, delta: i32) {
    let magnitude = delta.unsigned_abs();
    my_dynasm!(ops
        ; ldrsb w9, [a_current]
    );
    if delta >= 0 {
        my_dynasm!(ops
            ; add w9, w9, magnitude
        );
    } else {
        my_dynasm!(ops
            ; sub w9, w9, magnitude
        );
    }
    my_dynasm!(ops
        ; strb w9, [a_current]
        ; sxtb w10, w9
        ; cmp w10, w9
        ; b.ne ->overflow
    );
}

/// Moves the tape pointer by `amount` cells (`sub`/`add` take at most 4095 at a time).
fn move_pointer<D: DynasmLabelApi<Relocation = Aarch64Relocation>>(
    ops: &mut D,
    mut amount: u32,
    left: bool,
) {
    while amount > 0 {
        let step = amount.min(4095);
        if left {
            my_dynasm!(ops
                ; sub a_current, a_current, step
            );
        } else {
            my_dynasm!(ops
                ; add a_current, a_current, step
            );
        }
        amount -= step;
    }
}

/// Compiles `program` into `ops`; returns the offset of the program's function.
pub fn compile<D: DynasmLabelApi<Relocation = Aarch64Relocation>>(
    ops: &mut D,
    program: &[u8],
) -> Result<AssemblyOffset, &'static str> {
    let mut loops = Vec::new();
    let mut code = program.iter().copied().peekable();

    my_dynasm!(ops
        ; .align 4
        ; ->bf_program:
    );
    let start = ops.offset();
    my_dynasm!(ops
        ; stp x29, x30, [sp, #-64]!
        ; mov x29, sp
        ; stp x19, x20, [sp, #16]
        ; stp x21, x22, [sp, #32]
        ; stp x23, x24, [sp, #48]
        ; mov a_state, x0
        ; mov a_current, x1
        ; mov a_begin, x2
        ; mov a_end, x3
        ; movz a_size, TAPE_SIZE as u32
    );

    while let Some(c) = code.next() {
        match c {
            b'<' | b'>' => {
                let mut amount = 1;
                while code.peek() == Some(&c) {
                    code.next();
                    amount += 1;
                }
                move_pointer(ops, (amount % TAPE_SIZE) as u32, c == b'<');
                if c == b'<' {
                    my_dynasm!(ops
                        ; cmp a_current, a_begin
                        ; b.hs >wrap
                        ; add a_current, a_current, a_size
                        ; wrap:
                    );
                } else {
                    my_dynasm!(ops
                        ; cmp a_current, a_end
                        ; b.lo >wrap
                        ; sub a_current, a_current, a_size
                        ; wrap:
                    );
                }
            }
            b'+' | b'-' => {
                let mut amount = 1usize;
                while code.peek() == Some(&c) {
                    code.next();
                    amount += 1;
                }
                if amount > u8::MAX as usize {
                    return Err("An overflow occurred");
                }
                let amount = amount as u8 as i8 as i32;
                add_to_cell(ops, if c == b'+' { amount } else { -amount });
            }
            b',' => {
                call_io!(ops, 0);
            }
            b'.' => {
                call_io!(ops, 8);
            }
            b'[' => {
                let mut ahead = code.clone();
                if ahead.next() == Some(b'-') && ahead.next() == Some(b']') {
                    code.next();
                    code.next();
                    my_dynasm!(ops
                        ; strb wzr, [a_current]
                    );
                } else {
                    let backward_label = ops.new_dynamic_label();
                    let forward_label = ops.new_dynamic_label();
                    loops.push((backward_label, forward_label));
                    my_dynasm!(ops
                        ; ldrb w9, [a_current]
                        ; cbz w9, =>forward_label
                        ; =>backward_label
                    );
                }
            }
            b']' => {
                if let Some((backward_label, forward_label)) = loops.pop() {
                    my_dynasm!(ops
                        ; ldrb w9, [a_current]
                        ; cbnz w9, =>backward_label
                        ; =>forward_label
                    );
                } else {
                    return Err("] without matching [");
                }
            }
            _ => (),
        }
    }
    if !loops.is_empty() {
        return Err("[ without matching ]");
    }

    epilogue!(ops, 0);
    my_dynasm!(ops
        ; ->overflow:
    );
    epilogue!(ops, 1);
    my_dynasm!(ops
        ; ->io_failure:
    );
    epilogue!(ops, 2);
    Ok(start)
}

/// Where the executable is loaded: the code segment, then the data segment (state, tape).
const TEXT: u64 = 0x40_0000;
const DATA: u64 = 0x80_0000;
/// The ELF header and two program headers come first in the code segment.
const HEADERS: u64 = 64 + 2 * 56;

/// A static aarch64 Linux executable running `program`: its exit status is the program's
/// result (0: done, 1: overflow, 2: I/O error).
pub fn executable(program: &[u8]) -> Result<Vec<u8>, &'static str> {
    let state = DATA;
    let tape = DATA + 16;
    let mut ops = VecAssembler::<Aarch64Relocation>::new((TEXT + HEADERS) as usize);
    my_dynasm!(ops
        // _start: the program's function with (state, tape, tape, tape end), then exit(result).
        ; ldr x0, >state_address
        ; ldr x1, >tape_address
        ; mov x2, x1
        ; ldr x3, >tape_end
        ; bl ->bf_program
        ; movz x8, 93
        ; svc 0
        ; .align 8
        ; state_address:
        ; .u64 state
        ; tape_address:
        ; .u64 tape
        ; tape_end:
        ; .u64 tape + TAPE_SIZE as u64
    );
    // getchar(state, cell): read(0, cell, 1) == 1, else an I/O error.
    let getchar = TEXT + HEADERS + ops.offset().0 as u64;
    my_dynasm!(ops
        ; movz x0, 0
        ; movz x2, 1
        ; movz x8, 63
        ; svc 0
        ; cmp x0, 1
        ; cset w0, ne
        ; ret
    );
    // putchar(state, cell): write(1, cell, 1) == 1, else an I/O error.
    let putchar = TEXT + HEADERS + ops.offset().0 as u64;
    my_dynasm!(ops
        ; movz x0, 1
        ; movz x2, 1
        ; movz x8, 64
        ; svc 0
        ; cmp x0, 1
        ; cset w0, ne
        ; ret
    );
    compile(&mut ops, program)?;
    let text = ops
        .finalize()
        .map_err(|_| "the code's labels could not be resolved")?;

    let mut data = Vec::new();
    data.extend_from_slice(&getchar.to_le_bytes());
    data.extend_from_slice(&putchar.to_le_bytes());

    let text_size = HEADERS + text.len() as u64;
    let data_offset = text_size.next_multiple_of(0x1000);
    let mut elf = Vec::new();
    // ELF header: 64-bit, little-endian, executable, aarch64 (183).
    elf.extend_from_slice(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
    for (value, size) in [
        (2u64, 2), // e_type: EXEC
        (183, 2),  // e_machine: AArch64
        (1, 4),    // e_version
        (TEXT + HEADERS, 8),
        (64, 8), // e_phoff
        (0, 8),  // e_shoff
        (0, 4),  // e_flags
        (64, 2), // e_ehsize
        (56, 2), // e_phentsize
        (2, 2),  // e_phnum
        (64, 2), // e_shentsize
        (0, 2),  // e_shnum
        (0, 2),  // e_shstrndx
    ] {
        elf.extend_from_slice(&value.to_le_bytes()[..size]);
    }
    // Program headers: code (read + execute), data (read + write; the tape is zero-filled).
    let segment = |elf: &mut Vec<u8>, flags: u32, offset: u64, addr: u64, file: u64, mem: u64| {
        elf.extend_from_slice(&1u32.to_le_bytes()); // PT_LOAD
        elf.extend_from_slice(&flags.to_le_bytes());
        for v in [offset, addr, addr, file, mem, 0x1000] {
            elf.extend_from_slice(&v.to_le_bytes());
        }
    };
    segment(&mut elf, 5, 0, TEXT, text_size, text_size);
    let data_size = 16 + TAPE_SIZE as u64;
    segment(&mut elf, 6, data_offset, DATA, data.len() as u64, data_size);
    elf.extend_from_slice(&text);
    elf.resize(data_offset as usize, 0);
    elf.extend_from_slice(&data);
    Ok(elf)
}

/// Runs the executable for `program` with `qemu-aarch64`, feeding it `input`; returns its
/// standard output and exit status.
pub fn run_emulated(program: &[u8], input: &[u8]) -> Result<(Vec<u8>, i32), String> {
    use std::process::{Command, Stdio};
    let elf = executable(program)?;
    // (One file per run: runs may happen at once, in the threads of a test.)
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = env::temp_dir().join(format!("declasm-bf-aarch64-{}-{run}", std::process::id()));
    fs::write(&path, &elf).map_err(|e| e.to_string())?;
    make_executable(&path);
    let mut child = Command::new("qemu-aarch64")
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run qemu-aarch64 (Debian package qemu-user): {e}"))?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input)
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = fs::remove_file(&path);
    Ok((out.stdout, out.status.code().unwrap_or(-1)))
}

/// qemu-user, like the kernel, runs only files with execute permission.
fn make_executable(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o755));
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(all(target_arch = "aarch64", target_os = "linux"))]
mod native {
    //! The program's code run in this process (an aarch64 host), as bf-jit does on x64.
    use super::*;
    use std::io::{Read, Write};

    #[repr(C)]
    struct State<'a> {
        getchar: unsafe extern "C" fn(*mut State, *mut u8) -> u8,
        putchar: unsafe extern "C" fn(*mut State, *mut u8) -> u8,
        input: Box<dyn Read + 'a>,
        output: Box<dyn Write + 'a>,
        tape: [u8; TAPE_SIZE],
    }

    unsafe extern "C" fn getchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        let err = state.output.flush().is_err();
        (state
            .input
            .read_exact(std::slice::from_raw_parts_mut(cell, 1))
            .is_err()
            || err) as u8
    }

    unsafe extern "C" fn putchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        state
            .output
            .write_all(std::slice::from_raw_parts(cell, 1))
            .is_err() as u8
    }

    pub fn run(program: &[u8]) -> Result<(), &'static str> {
        let mut ops = declasm::aarch64::Assembler::new().unwrap();
        let start = compile(&mut ops, program)?;
        let code = ops.finalize().unwrap();
        let f: extern "C" fn(*mut State, *mut u8, *mut u8, *const u8) -> u8 =
            unsafe { std::mem::transmute(code.ptr(start)) };
        let mut state = Box::new(State {
            getchar,
            putchar,
            input: Box::new(std::io::stdin()),
            output: Box::new(std::io::BufWriter::new(std::io::stdout())),
            tape: [0; TAPE_SIZE],
        });
        let begin = state.tape.as_mut_ptr();
        let end = unsafe { begin.add(TAPE_SIZE) };
        let result = f(&mut *state, begin, begin, end);
        let _ = state.output.flush();
        match result {
            0 => Ok(()),
            1 => Err("An overflow occurred"),
            _ => Err("IO error"),
        }
    }
}

#[allow(dead_code)]
fn main() {
    let mut args: Vec<String> = env::args().skip(1).collect();
    let elf_out = if args.len() == 3 && args[0] == "--elf" {
        args.remove(0);
        Some(args.remove(0))
    } else {
        None
    };
    if args.len() != 1 {
        println!("usage: bf-jit-aarch64 [--elf OUT] PROGRAM");
        return;
    }
    let program = match fs::read(&args[0]) {
        Ok(p) => p,
        Err(_) => {
            println!("Could not open file {}", args[0]);
            return;
        }
    };
    if let Some(out) = elf_out {
        match executable(&program) {
            Ok(elf) => {
                fs::write(&out, elf).expect("cannot write the executable");
                make_executable(std::path::Path::new(&out));
            }
            Err(e) => println!("{}", e),
        }
        return;
    }
    #[cfg(all(target_arch = "aarch64", target_os = "linux"))]
    if let Err(e) = native::run(&program) {
        println!("{}", e);
    }
    #[cfg(not(all(target_arch = "aarch64", target_os = "linux")))]
    {
        let mut input = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut input);
        match run_emulated(&program, &input) {
            Ok((out, status)) => {
                std::io::stdout().write_all(&out).unwrap();
                match status {
                    0 => {}
                    1 => println!("An overflow occurred"),
                    _ => println!("IO error"),
                }
            }
            Err(e) => println!("{}", e),
        }
    }
}
