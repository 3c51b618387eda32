//! The dynasm-rs tutorial's programs, run against declasm and (in the oracle crate, which
//! includes this file with `declasm_oracle` set) compared with dynasmrt 5.1:
//!
//! - the hello-world's `dynasm!` text assembles to exactly the bytes the tutorial shows for its
//!   expansion, and the function runs;
//! - the brainfuck JIT (tests/tutorial/bf_jit.rs, compiled once per crate) runs the bundled
//!   programs in examples/programs/ with the expected output and emits the same machine code as
//!   the same compiler built on dynasmrt;
//! - tests/compat, the tutorial's programs verbatim with declasm renamed to `dynasmrt` in
//!   Cargo.toml, builds and runs.
// The tutorial's `print as _` and its transmutes are kept as they are.
#![allow(
    unknown_lints,
    function_casts_as_integer,
    clippy::fn_to_numeric_cast,
    clippy::missing_transmute_annotations
)]

use std::io::{BufRead, Write};
use std::path::Path;
#[cfg(not(declasm_oracle))]
use std::process::{Command, Stdio};
use std::slice;
use std::sync::Mutex;

// ---------------------------------------------------------------------------------------------
// Hello world

static PRINTED: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// The tutorial's `print`, writing into [`PRINTED`] instead of stdout.
extern "win64" fn print(buffer: *const u8, length: u64) -> bool {
    PRINTED
        .lock()
        .unwrap()
        .extend_from_slice(unsafe { slice::from_raw_parts(buffer, length as usize) });
    true
}

const STRING: &str = "Hello World!";

/// The bytes of the tutorial's expansion, with `->hello` resolved (the string is at offset 0,
/// the `lea` at offset 12 ends at 19).
fn expected_hello_bytes() -> Vec<u8> {
    let mut e = STRING.as_bytes().to_vec();
    e.extend(b"H\x8d\r\x00\x00\x00\x00");
    let reloc = e.len() - 4;
    e[reloc..].copy_from_slice(&(-19i32).to_le_bytes());
    e.extend(b"1\xd2\xb2");
    e.push(STRING.len() as i8 as u8);
    e.extend(b"H\xb8");
    e.extend((print as i64).to_le_bytes());
    e.extend(b"H\x83\xec");
    e.push(0x28);
    e.extend(b"\xff\xd0H\x83\xc4");
    e.push(0x28);
    e.extend(b"\xc3");
    e
}

fn hello_bytes_declasm() -> (Vec<u8>, usize) {
    use declasm::{dynasm, DynasmApi, DynasmLabelApi};
    let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
    let string = STRING;
    dynasm!(ops
        ; .arch x64
        ; ->hello:
        ; .bytes string.as_bytes()
    );
    let hello = ops.offset();
    dynasm!(ops
        ; .arch x64
        ; lea rcx, [->hello]
        ; xor edx, edx
        ; mov dl, BYTE string.len() as _
        ; mov rax, QWORD print as _
        ; sub rsp, BYTE 0x28
        ; call rax
        ; add rsp, BYTE 0x28
        ; ret
    );
    (ops.finalize().unwrap(), hello.0)
}

#[cfg(declasm_oracle)]
fn hello_bytes_dynasmrt() -> (Vec<u8>, usize) {
    use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
    let mut ops = dynasmrt::VecAssembler::<dynasmrt::x64::X64Relocation>::new(0);
    let string = STRING;
    dynasm!(ops
        ; .arch x64
        ; ->hello:
        ; .bytes string.as_bytes()
    );
    let hello = ops.offset();
    dynasm!(ops
        ; .arch x64
        ; lea rcx, [->hello]
        ; xor edx, edx
        ; mov dl, BYTE string.len() as _
        ; mov rax, QWORD print as _
        ; sub rsp, BYTE 0x28
        ; call rax
        ; add rsp, BYTE 0x28
        ; ret
    );
    (ops.finalize().unwrap(), hello.0)
}

#[test]
fn hello_world_expansion_bytes() {
    let expected = expected_hello_bytes();
    let (ours, start) = hello_bytes_declasm();
    assert_eq!(start, STRING.len());
    assert_eq!(ours, expected, "declasm vs the tutorial's expansion");
    #[cfg(declasm_oracle)]
    {
        let (theirs, start) = hello_bytes_dynasmrt();
        assert_eq!(start, STRING.len());
        assert_eq!(theirs, expected, "dynasmrt vs the tutorial's expansion");
    }
}

#[test]
fn hello_world_runs() {
    use declasm::{dynasm, DynasmApi, DynasmLabelApi};
    let mut ops = declasm::x64::Assembler::new().unwrap();
    let string = STRING;

    dynasm!(ops
        ; .arch x64
        ; ->hello:
        ; .bytes string.as_bytes()
    );

    let hello = ops.offset();
    dynasm!(ops
        ; .arch x64
        ; lea rcx, [->hello]
        ; xor edx, edx
        ; mov dl, BYTE string.len() as _
        ; mov rax, QWORD print as _
        ; sub rsp, BYTE 0x28
        ; call rax
        ; add rsp, BYTE 0x28
        ; ret
    );

    let buf = ops.finalize().unwrap();
    assert_eq!(&buf[..], &expected_hello_bytes()[..]);

    let hello_fn: extern "win64" fn() -> bool = unsafe { std::mem::transmute(buf.ptr(hello)) };
    PRINTED.lock().unwrap().clear();
    assert!(hello_fn());
    assert_eq!(&PRINTED.lock().unwrap()[..], STRING.as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Brainfuck JIT

const TAPE_SIZE: usize = 30000;

/// The tutorial's `State`, shared by both compilers.
pub struct State<'a> {
    pub input: Box<dyn BufRead + 'a>,
    pub output: Box<dyn Write + 'a>,
    tape: [u8; TAPE_SIZE],
}

impl<'a> State<'a> {
    unsafe extern "win64" fn getchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        let err = state.output.flush().is_err();
        (state
            .input
            .read_exact(slice::from_raw_parts_mut(cell, 1))
            .is_err()
            || err) as u8
    }

    unsafe extern "win64" fn putchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        state
            .output
            .write_all(slice::from_raw_parts(cell, 1))
            .is_err() as u8
    }

    fn new(input: Box<dyn BufRead + 'a>, output: Box<dyn Write + 'a>) -> State<'a> {
        State {
            input,
            output,
            tape: [0; TAPE_SIZE],
        }
    }
}

mod jit_declasm {
    use declasm as rt;
    include!("tutorial/bf_jit.rs");
}

#[cfg(declasm_oracle)]
mod jit_dynasmrt {
    use dynasmrt as rt;
    include!("tutorial/bf_jit.rs");
}

macro_rules! run_bf {
    ($jit:ident, $program:expr, $input:expr) => {{
        let program = $jit::Program::compile($program)?;
        let mut out = Vec::new();
        let mut state = State::new(Box::new($input), Box::new(&mut out));
        let res = program.run(&mut state);
        drop(state);
        res.map(|()| out)
    }};
}

fn run_declasm(program: &[u8], input: &[u8]) -> Result<Vec<u8>, &'static str> {
    run_bf!(jit_declasm, program, input)
}

#[cfg(declasm_oracle)]
fn run_dynasmrt(program: &[u8], input: &[u8]) -> Result<Vec<u8>, &'static str> {
    run_bf!(jit_dynasmrt, program, input)
}

/// Compiles with both crates and checks that the machine code is identical (in the oracle
/// crate; at the root it compiles with declasm only).
#[cfg(not(declasm_oracle))]
fn same_code(program: &[u8]) {
    jit_declasm::Program::compile(program).unwrap();
}

#[cfg(declasm_oracle)]
fn same_code(program: &[u8]) {
    let ours = jit_declasm::Program::compile(program).unwrap();
    let theirs = jit_dynasmrt::Program::compile(program).unwrap();
    assert_eq!(ours.start.0, theirs.start.0);
    assert_eq!(ours.code.len(), theirs.code.len(), "code size");
    if let Some(i) = (0..ours.code.len()).find(|&i| ours.code[i] != theirs.code[i]) {
        panic!(
            "machine code differs at offset {i:#x}: declasm {:02x?} dynasmrt {:02x?}",
            &ours.code[i..(i + 16).min(ours.code.len())],
            &theirs.code[i..(i + 16).min(theirs.code.len())]
        );
    }
}

/// The repository's root (this file is also built by oracle/, one directory down).
fn root() -> &'static Path {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    if cfg!(declasm_oracle) {
        dir.parent().unwrap()
    } else {
        dir
    }
}

fn program(name: &str) -> Vec<u8> {
    let path = root().join("examples/programs").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn bf_hello() {
    let p = program("hello.b");
    same_code(&p);
    assert_eq!(run_declasm(&p, b"").unwrap(), b"Hello World!\n");
    #[cfg(declasm_oracle)]
    assert_eq!(run_dynasmrt(&p, b"").unwrap(), b"Hello World!\n");
}

#[test]
fn bf_rev_reads_input() {
    let p = program("rev.b");
    same_code(&p);
    assert_eq!(run_declasm(&p, b"declasm\n").unwrap(), b"msalced\n");
    #[cfg(declasm_oracle)]
    assert_eq!(run_dynasmrt(&p, b"declasm\n").unwrap(), b"msalced\n");
}

/// The expected output of powers.b, from the parameters stated in its first comment line
/// ("for n from 1 to N prints n and n to the power P ...").
fn powers_expected(p: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(p);
    let words: Vec<&str> = text.split_whitespace().collect();
    let after = |w: &str| -> u64 {
        let i = words.iter().position(|x| *x == w).unwrap();
        words[i + 1].parse().unwrap()
    };
    let (limit, power) = (after("to"), after("power"));
    (1..=limit)
        .map(|n| format!("{n:03} {:08}\n", n.pow(power as u32)))
        .collect::<String>()
        .into_bytes()
}

#[test]
fn bf_powers() {
    let p = program("powers.b");
    same_code(&p);
    let expected = powers_expected(&p);
    assert!(expected.len() > 100);
    assert_eq!(
        String::from_utf8(run_declasm(&p, b"").unwrap()).unwrap(),
        String::from_utf8(expected).unwrap()
    );
}

#[test]
fn bf_errors() {
    // 100 + 100 leaves i8's range: `jo` (the interpreter would accept it as a u8).
    let overflow = [&[b'+'; 100][..], b"><", &[b'+'; 100]].concat();
    same_code(&overflow);
    assert_eq!(run_declasm(&overflow, b""), Err("An overflow occurred"));
    #[cfg(declasm_oracle)]
    assert_eq!(run_dynasmrt(&overflow, b""), Err("An overflow occurred"));
    assert_eq!(run_declasm(b",", b""), Err("IO error"));
    assert_eq!(run_declasm(b"+[", b"").err(), Some("[ without matching ]"));
    assert_eq!(run_declasm(b"]", b"").err(), Some("] without matching ["));
    let long = [b'+'; 256];
    assert_eq!(run_declasm(&long, b"").err(), Some("An overflow occurred"));
}

#[test]
fn bf_wraparound_and_clear() {
    // Moves left off the start of the tape (wrapping to its end), writes, clears with [-].
    let p = b"<<+++++[-]>>++++++++[<+++++++++>-]<.";
    same_code(p);
    assert_eq!(run_declasm(p, b"").unwrap(), b"H");
}

// ---------------------------------------------------------------------------------------------
// The verbatim tutorial crate

#[cfg(not(declasm_oracle))]
fn compat(bin: &str, args: &[&str], input: &[u8]) -> String {
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut child = Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "--quiet",
            "--manifest-path",
            "tests/compat/Cargo.toml",
        ])
        // Not the outer target directory: `cargo test` may hold its lock.
        .arg("--target-dir")
        .arg(root.join("target/compat"))
        .args(["--bin", bin, "--"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // The tutorial's code, kept verbatim, draws warnings from today's rustc: shown only if
        // the build fails.
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{bin} {args:?}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[cfg(not(declasm_oracle))]
#[test]
fn compat_crate_runs_the_tutorial_verbatim() {
    assert_eq!(compat("hello", &[], b""), "Hello World!");
    assert_eq!(
        compat("bf", &["examples/programs/hello.b"], b""),
        "Hello World!\n"
    );
    assert_eq!(
        compat("bf", &["examples/programs/rev.b"], b"tutorial\n"),
        "lairotut\n"
    );
}
