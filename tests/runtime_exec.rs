//! Tests of `x64::Assembler`: commits across batches, executable memory, executors, alter.
#![cfg(all(target_arch = "x86_64", unix))]

use declasm::x64::{Assembler, X64Relocation};
use declasm::{
    AssemblyOffset, DynasmApi, DynasmError, DynasmLabelApi, ExecutableBuffer, LabelKind,
    Relocation, TargetKind,
};

type X = X64Relocation;
type Fn0 = extern "sysv64" fn() -> i64;

const REL8: u8 = 0x01;
const REL32: u8 = 0x04;
const ABSREL32: u8 = 0x14;
const ABS32: u8 = 0x24;
const ABS64: u8 = 0x28;

fn r(encoding: u8) -> X {
    X::from_encoding(encoding)
}

/// mov eax, imm32; ret
fn ret_const(a: &mut Assembler, value: i32) {
    a.push(0xB8);
    a.push_i32(value);
    a.push(0xC3);
}

/// Calls the function at `offset` while holding the read lock.
fn call(buffer: &ExecutableBuffer, offset: AssemblyOffset) -> i64 {
    assert!(offset.0 < buffer.len());
    // SAFETY: every test only calls offsets where it emitted a complete sysv64 function that
    // takes no argument, returns in rax and only touches memory it owns; `buffer` (a read guard
    // or a finalized buffer) keeps the code mapped and executable during the call.
    let f: Fn0 = unsafe { std::mem::transmute(buffer.ptr(offset)) };
    f()
}

fn call_at(a: &Assembler, offset: AssemblyOffset) -> i64 {
    call(&a.reader().lock(), offset)
}

/// The permissions of the mapping containing `addr`, from /proc/self/maps.
fn protection(addr: usize) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let range = fields.next().unwrap();
        let perms = fields.next().unwrap();
        let (start, end) = range.split_once('-').unwrap();
        let start = usize::from_str_radix(start, 16).unwrap();
        let end = usize::from_str_radix(end, 16).unwrap();
        if (start..end).contains(&addr) {
            return perms.to_string();
        }
    }
    panic!("no mapping contains {addr:#x}");
}

#[test]
fn runs_committed_code() {
    let mut a = Assembler::new().unwrap();
    let start = a.offset();
    a.extend(&[0xB8, 0x2A, 0x00, 0x00, 0x00, 0xC3]); // mov eax, 42; ret
    a.commit().unwrap();
    let reader = a.reader();
    let code = reader.lock();
    assert_eq!(&code[..], &[0xB8, 0x2A, 0, 0, 0, 0xC3]);
    // SAFETY: the six bytes at `start` are `mov eax, 42; ret`; the guard keeps them executable.
    let f: extern "sysv64" fn() -> i32 = unsafe { std::mem::transmute(code.ptr(start)) };
    assert_eq!(f(), 42);
}

#[test]
fn commits_across_batches() {
    let mut a = Assembler::new().unwrap();
    // Batch 1: ->seven returns 7.
    let seven = a.offset();
    a.global_label("seven");
    ret_const(&mut a, 7);
    a.local_label("loc");
    let d = a.new_dynamic_label();
    a.dynamic_label(d);
    ret_const(&mut a, 11);
    a.commit().unwrap();
    assert_eq!(call_at(&a, seven), 7);

    // Batch 2: calls back into batch 1 through each label kind, and forward in the batch.
    let main = a.offset();
    a.extend(&[0xE8, 0, 0, 0, 0]); // call ->seven
    a.global_relocation("seven", 0, 4, 0, r(REL32));
    a.extend(&[0x48, 0x89, 0xC1]); // mov rcx, rax
    a.extend(&[0xE8, 0, 0, 0, 0]); // call <loc
    a.backward_relocation("loc", 0, 4, 0, r(REL32));
    a.extend(&[0x48, 0x01, 0xC1]); // add rcx, rax
    a.extend(&[0xE8, 0, 0, 0, 0]); // call =>d
    a.dynamic_relocation(d, 0, 4, 0, r(REL32));
    a.extend(&[0x48, 0x01, 0xC1]); // add rcx, rax
    a.extend(&[0xE9, 0, 0, 0, 0]); // jmp ->tail (forward, same batch)
    a.global_relocation("tail", 0, 4, 0, r(REL32));
    a.extend(&[0xCC; 3]);
    a.global_label("tail");
    a.extend(&[0x48, 0x89, 0xC8, 0xC3]); // mov rax, rcx; ret
    assert_eq!(a.offset().0, main.0 + 36);
    a.commit().unwrap();
    assert_eq!(call_at(&a, main), 7 + 11 + 11);
    assert_eq!(call_at(&a, seven), 7);
    assert_eq!(
        a.labels().resolve_global("tail"),
        Ok(AssemblyOffset(main.0 + 32))
    );

    // Batch 3: a forward reference from batch 3 waits for its definition in batch 4? No: it
    // must be defined in the same batch, or the commit fails.
    a.extend(&[0xE9, 0, 0, 0, 0]);
    a.forward_relocation("later", 0, 4, 0, r(REL32));
    assert_eq!(
        a.commit(),
        Err(DynasmError::UnknownLabel(LabelKind::Local("later")))
    );
    a.local_label("later");
    ret_const(&mut a, 1);
    a.commit().unwrap();
}

#[test]
fn absolute_relocations_follow_the_buffer() {
    let mut a = Assembler::new().unwrap();
    let getter = a.offset();
    a.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0]); // mov rax, QWORD ->target
    a.global_relocation("target", 0, 8, 0, r(ABS64));
    a.push(0xC3);
    a.global_label("target");
    ret_const(&mut a, 5);
    let target = AssemblyOffset(11);
    a.commit().unwrap();
    let first = a.reader().lock().ptr(target) as usize;
    assert_eq!(call_at(&a, getter) as usize, first);

    // An `extern` call (AbsToRel) to code already in the buffer: valid only where it is.
    let caller = a.offset();
    a.extend(&[0xE8, 0, 0, 0, 0]); // call extern <address of target>
    a.bare_relocation(first, 4, 0, r(ABSREL32));
    a.push(0xC3);
    a.commit().unwrap();
    assert_eq!(call_at(&a, caller), 5);

    // Outgrow the first page (several times): the buffer moves, absolute relocations are
    // written again.
    let reader = a.reader();
    let mut size = 0;
    for _ in 0..4 {
        a.extend(vec![0x90; 5000]);
        a.push(0xC3);
        a.commit().unwrap();
        size = reader.lock().size();
    }
    assert!(size >= 20000);
    let moved = reader.lock().ptr(target) as usize;
    assert_ne!(moved, first);
    assert_eq!(call_at(&a, getter) as usize, moved);
    // The AbsToRel call still targets the old address of `target`, which is gone: the value
    // was recomputed for the new buffer, so it reaches `first` only if that is in range.
    let code = reader.lock();
    let field = X::from_encoding(ABSREL32).read_value(&code[caller.0 + 1..]);
    assert_eq!(
        (code.ptr(caller) as isize + 5 + field) as usize,
        first,
        "the extern target is an absolute address"
    );
}

#[test]
fn absolute_32_bit_fields_must_fit() {
    let mut a = Assembler::new().unwrap();
    let address = a.reader().lock().ptr(AssemblyOffset(0)) as usize;
    a.global_label("g");
    a.extend(&[0xB8, 0, 0, 0, 0]);
    a.global_relocation("g", 0, 4, 0, r(ABS32));
    if address + 5 > u32::MAX as usize {
        assert_eq!(
            a.commit(),
            Err(DynasmError::ImpossibleRelocation(TargetKind::Global("g")))
        );
        // The error persists until the failed code is discarded.
        assert!(a.commit().is_err());
        a.discard_uncommitted();
        assert_eq!(a.offset(), AssemblyOffset(0));
        assert!(a.labels().resolve_global("g").is_err());
        a.global_label("g");
        ret_const(&mut a, 3);
        a.commit().unwrap();
        assert_eq!(call_at(&a, AssemblyOffset(0)), 3);
    } else {
        a.commit().unwrap();
    }
}

#[test]
fn commit_errors_leave_the_assembler_usable() {
    let mut a = Assembler::new().unwrap();
    ret_const(&mut a, 1);
    a.local_label("l");
    a.commit().unwrap();

    // Duplicate global, reported by the commit of the batch that defines it twice.
    a.global_label("g");
    a.push(0x90);
    a.global_label("g");
    assert_eq!(
        a.commit(),
        Err(DynasmError::DuplicateLabel(LabelKind::Global("g")))
    );
    // Committed code is untouched and still runs.
    assert_eq!(call_at(&a, AssemblyOffset(0)), 1);
    assert_eq!(a.reader().lock().len(), 6);
    a.discard_uncommitted();
    assert_eq!(a.offset(), AssemblyOffset(6));

    // Undefined labels of each kind.
    let d = a.new_dynamic_label();
    jmp(&mut a);
    a.dynamic_relocation(d, 0, 4, 0, r(REL32));
    assert_eq!(
        a.commit(),
        Err(DynasmError::UnknownLabel(LabelKind::Dynamic(d)))
    );
    a.discard_uncommitted();
    jmp(&mut a);
    a.global_relocation("nowhere", 0, 4, 0, r(REL32));
    assert_eq!(
        a.commit(),
        Err(DynasmError::UnknownLabel(LabelKind::Global("nowhere")))
    );
    a.discard_uncommitted();

    // A local label redefined in a discarded batch gets its old definition back.
    a.local_label("l");
    a.discard_uncommitted();
    assert_eq!(a.labels().resolve_local("l"), Ok(AssemblyOffset(6)));

    // rel8 that cannot reach a label committed long ago.
    a.extend(vec![0x90; 300]);
    a.commit().unwrap();
    a.extend(&[0xEB, 0]);
    a.backward_relocation("l", 0, 1, 0, r(REL8));
    assert_eq!(
        a.commit(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Local("l")))
    );
    a.discard_uncommitted();
    let f = a.offset();
    ret_const(&mut a, 9);
    a.commit().unwrap();
    assert_eq!(call_at(&a, f), 9);
}

fn jmp(a: &mut Assembler) {
    a.extend(&[0xE9, 0, 0, 0, 0]);
}

#[test]
fn finalize() {
    let mut a = Assembler::new().unwrap();
    ret_const(&mut a, 42);
    let buffer = a.finalize().unwrap_or_else(|_| panic!("finalize failed"));
    assert_eq!(call(&buffer, AssemblyOffset(0)), 42);

    // An outstanding executor keeps the buffer shared: Err(self).
    let mut a = Assembler::new().unwrap();
    ret_const(&mut a, 1);
    let reader = a.reader();
    let a = match a.finalize() {
        Ok(_) => panic!("finalize succeeded with an executor alive"),
        Err(a) => a,
    };
    assert_eq!(call(&reader.lock(), AssemblyOffset(0)), 1);
    drop(reader);
    let buffer = a.finalize().unwrap_or_else(|_| panic!("finalize failed"));
    assert_eq!(buffer.len(), 6);

    // A failing commit: Err(self), and commit() tells why.
    let mut a = Assembler::new().unwrap();
    jmp(&mut a);
    a.global_relocation("x", 0, 4, 0, r(REL32));
    let mut a = match a.finalize() {
        Ok(_) => panic!("finalize succeeded with an undefined label"),
        Err(a) => a,
    };
    assert_eq!(
        a.commit(),
        Err(DynasmError::UnknownLabel(LabelKind::Global("x")))
    );
}

#[test]
fn never_writable_and_executable() {
    let mut a = Assembler::new().unwrap();
    ret_const(&mut a, 3);
    a.commit().unwrap();
    let address = a.reader().lock().ptr(AssemblyOffset(0)) as usize;
    assert_eq!(protection(address), "r-xp");
    // While altering, the buffer is writable but not executable.
    a.alter(|m| {
        m.push(0xB8);
        let _ = m;
        assert_eq!(protection(address), "rw-p");
    })
    .unwrap();
    assert_eq!(protection(address), "r-xp");
    // After growing.
    a.extend(vec![0x90; 10000]);
    a.commit().unwrap();
    let address = a.reader().lock().ptr(AssemblyOffset(0)) as usize;
    assert_eq!(protection(address), "r-xp");
    // No mapping of the process is writable and executable (under valgrind, whose own code cache
    // is, only ours are checked, above).
    let under_valgrind = std::env::var("LD_PRELOAD").is_ok_and(|p| p.contains("vgpreload"));
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    assert!(
        under_valgrind || !maps.lines().any(|l| l.contains("rwx")),
        "{maps}"
    );
    // Empty assemblers and buffers.
    let empty = Assembler::new().unwrap();
    let buffer = empty.finalize().unwrap_or_else(|_| panic!());
    assert_eq!(buffer.len(), 0);
    assert_eq!(protection(buffer.ptr(AssemblyOffset(0)) as usize), "r-xp");
}

#[test]
fn alter_rewrites_committed_code() {
    let mut a = Assembler::new().unwrap();
    let f = a.offset();
    a.global_label("f");
    ret_const(&mut a, 1);
    let g = a.offset();
    ret_const(&mut a, 2);
    let h = a.offset();
    a.extend(&[0xE9, 0, 0, 0, 0]); // jmp ->f
    a.global_relocation("f", 0, 4, 0, r(REL32));
    a.extend(&[0xCC; 8]);
    a.commit().unwrap();
    assert_eq!(call_at(&a, h), 1);

    // Change f's constant and retarget the jump to g through a dynamic label defined in the
    // modifier.
    let d = a.new_dynamic_label();
    let out = a
        .alter(|m| {
            m.goto(AssemblyOffset(f.0 + 1));
            m.push_i32(100);
            m.check_exact(AssemblyOffset(f.0 + 5))?;
            m.goto(g);
            m.dynamic_label(d);
            m.goto(h);
            m.push(0xE9);
            m.push_i32(0);
            m.dynamic_relocation(d, 0, 4, 0, r(REL32));
            m.check(AssemblyOffset(h.0 + 5))?;
            Ok::<_, DynasmError>(7)
        })
        .unwrap();
    assert_eq!(out, Ok(7));
    assert_eq!(call_at(&a, f), 100);
    assert_eq!(call_at(&a, h), 2);

    // Writing past the end fails and changes nothing.
    let before = a.reader().lock().to_vec();
    let result = a.alter(|m| {
        m.goto(h);
        m.extend(&[0xB8, 5, 0, 0, 0, 0xC3]);
        m.goto(AssemblyOffset(before.len() - 1));
        m.push_u32(0);
    });
    assert_eq!(result, Err(DynasmError::CheckFailed));
    assert_eq!(a.reader().lock().to_vec(), before);
    assert_eq!(call_at(&a, h), 2);

    // Unknown labels and unsupported definitions in a modifier are errors, not panics.
    let result = a.alter(|m| {
        m.goto(h);
        m.push(0xE9);
        m.push_i32(0);
        m.global_relocation("nope", 0, 4, 0, r(REL32));
    });
    assert_eq!(
        result,
        Err(DynasmError::UnknownLabel(LabelKind::Global("nope")))
    );
    assert_eq!(a.reader().lock().to_vec(), before);
    let result = a.alter(|m| m.local_label("x"));
    assert!(result.is_err());

    // Uncommitted code can be rewritten too.
    let k = a.offset();
    ret_const(&mut a, 50);
    let mut m = a.alter_uncommitted();
    m.goto(AssemblyOffset(k.0 + 1));
    m.push_i32(51);
    assert!(m.check_exact(AssemblyOffset(k.0 + 5)).is_ok());
    m.goto(AssemblyOffset(0)); // committed: out of reach
    m.push(0);
    assert_eq!(
        m.check(AssemblyOffset(k.0 + 100)),
        Err(DynasmError::CheckFailed)
    );
    a.commit().unwrap();
    assert_eq!(call_at(&a, k), 51);
    assert_eq!(call_at(&a, f), 100);
}

#[test]
fn alter_keeps_absolute_relocations_managed() {
    let mut a = Assembler::new().unwrap();
    let getter = a.offset();
    a.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0xC3]); // mov rax, QWORD ->t; ret
    a.global_relocation("t", 0, 1, 0, r(ABS64)); // placeholder, rewritten below
    a.global_label("t");
    ret_const(&mut a, 0);
    a.discard_uncommitted();

    a.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0]);
    a.global_relocation("t", 0, 8, 0, r(ABS64));
    a.push(0xC3);
    a.global_label("t");
    ret_const(&mut a, 0);
    a.commit().unwrap();
    // Overwrite the getter with `mov rax, QWORD ->t + 1`: the new relocation replaces the old.
    a.alter(|m| {
        m.goto(getter);
        m.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0]);
        m.global_relocation("t", 1, 8, 0, r(ABS64));
    })
    .unwrap();
    a.extend(vec![0x90; 9000]); // move the buffer
    a.commit().unwrap();
    let t = a.labels().resolve_global("t").unwrap();
    let expected = a.reader().lock().ptr(t) as i64 + 1;
    assert_eq!(call_at(&a, getter), expected);
}

#[test]
fn commit_while_another_thread_runs_code() {
    let mut a = Assembler::new().unwrap();
    let f = a.offset();
    ret_const(&mut a, 42);
    a.commit().unwrap();
    let reader = a.reader();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let runner = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut calls = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) || calls == 0 {
                let code = reader.lock();
                assert_eq!(call(&code, f), 42);
                calls += 1;
            }
            calls
        })
    };
    // Thousands of commits, many of which grow (and so move) the buffer, each followed by an
    // alter of the code the other thread keeps calling.
    for i in 0..3000 {
        let g = a.offset();
        ret_const(&mut a, i);
        if i % 20 == 0 {
            a.extend(vec![0x90; 3000]);
        }
        a.commit().unwrap();
        a.alter(|m| {
            m.goto(AssemblyOffset(f.0 + 1));
            m.push_i32(42);
        })
        .unwrap();
        if i % 100 == 0 {
            assert_eq!(call_at(&a, g), i as i64);
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(runner.join().unwrap() > 0);
}
