//! The jitdump file (`jit-<pid>.dump`, perf's `jitdump-specification.txt`): a header, then one
//! `JIT_CODE_LOAD` record (address, size, name, code bytes) per piece of named code, appended as
//! code is committed. The file is mapped executable once, so that `perf record` sees its mmap and
//! `perf inject -j` finds it; timestamps are `CLOCK_MONOTONIC` (record with `perf record -k 1`).

use super::names::Range;
use super::sys;
use memmap2::Mmap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// "JiTD".
pub const MAGIC: u32 = 0x4A69_5444;
/// The format version written.
pub const VERSION: u32 = 1;
/// Size of the file header.
pub const HEADER_SIZE: u32 = 40;
/// Record id of `JIT_CODE_LOAD`.
pub const JIT_CODE_LOAD: u32 = 0;
/// Size of a `JIT_CODE_LOAD` record before its name: record header, pid, tid, vma, code_addr,
/// code_size, code_index.
pub const CODE_LOAD_FIXED: usize = 56;

/// The process's dump: one file, shared by every assembler.
struct Dump {
    file: File,
    path: PathBuf,
    /// Kept mapped for the life of the process (perf attributes the dump by this mapping).
    _map: Mmap,
    /// The next record's `code_index`.
    next_index: u64,
}

static DUMP: Mutex<Option<Dump>> = Mutex::new(None);

/// Opens `dir/jit-<pid>.dump` (writes its header and maps it), unless the process's dump is
/// already open (then that one is used, wherever it is). Returns the dump's path.
pub(crate) fn open(dir: &Path, machine: u16) -> io::Result<PathBuf> {
    let mut dump = DUMP.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(d) = &*dump {
        return Ok(d.path.clone());
    }
    let pid = std::process::id();
    let path = dir.join(format!("jit-{pid}.dump"));
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)?;
    let mut header = Vec::with_capacity(HEADER_SIZE as usize);
    header.extend(MAGIC.to_ne_bytes());
    header.extend(VERSION.to_ne_bytes());
    header.extend(HEADER_SIZE.to_ne_bytes());
    header.extend(u32::from(machine).to_ne_bytes());
    header.extend(0u32.to_ne_bytes()); // pad1
    header.extend(pid.to_ne_bytes());
    header.extend(sys::monotonic_ns().to_ne_bytes());
    header.extend(0u64.to_ne_bytes()); // flags
    file.write_all(&header)?;
    let map = sys::map_exec(&file, HEADER_SIZE as usize)?;
    *dump = Some(Dump {
        file,
        path: path.clone(),
        _map: map,
        next_index: 0,
    });
    Ok(path)
}

/// Appends a `JIT_CODE_LOAD` record per range; `code` holds the code from assembly offset 0,
/// which is at `address`.
pub(crate) fn append(address: usize, code: &[u8], ranges: &[Range<'_>]) -> io::Result<()> {
    let mut dump = DUMP.lock().unwrap_or_else(PoisonError::into_inner);
    let Some(d) = dump.as_mut() else {
        return Ok(());
    };
    let (pid, tid) = (std::process::id(), sys::thread_id());
    let mut out = Vec::new();
    for r in ranges {
        let bytes = &code[r.start..r.end];
        let name = r.name.replace('\0', " ");
        let size = CODE_LOAD_FIXED + name.len() + 1 + bytes.len();
        let vma = (address + r.start) as u64;
        out.extend(JIT_CODE_LOAD.to_ne_bytes());
        out.extend((size as u32).to_ne_bytes());
        out.extend(sys::monotonic_ns().to_ne_bytes());
        out.extend(pid.to_ne_bytes());
        out.extend(tid.to_ne_bytes());
        out.extend(vma.to_ne_bytes()); // vma
        out.extend(vma.to_ne_bytes()); // code_addr
        out.extend((bytes.len() as u64).to_ne_bytes());
        out.extend(d.next_index.to_ne_bytes());
        out.extend(name.as_bytes());
        out.push(0);
        out.extend(bytes);
        d.next_index += 1;
    }
    d.file.write_all(&out)
}
