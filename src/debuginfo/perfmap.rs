//! The perf map: `/tmp/perf-<pid>.map`, one `START SIZE name` line (hex, no `0x`) per piece
//! of named code, appended as code is committed (Linux perf's `jit-interface.txt`).

use super::names::Range;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock, PoisonError};

/// The process's map file, opened once (in append mode) and shared by every assembler.
static MAP: OnceLock<Mutex<File>> = OnceLock::new();

/// The map file's path for this process.
pub fn path() -> PathBuf {
    PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()))
}

/// Opens (creates) the map file, if it is not open yet.
pub(crate) fn open() -> io::Result<()> {
    if MAP.get().is_none() {
        let file = OpenOptions::new().create(true).append(true).open(path())?;
        // Another thread may have won the race: its file is used, this one is closed.
        let _ = MAP.set(Mutex::new(file));
    }
    Ok(())
}

/// Appends one line per range (one write, so lines of two assemblers never interleave).
pub(crate) fn append(address: usize, ranges: &[Range<'_>]) -> io::Result<()> {
    let Some(map) = MAP.get() else {
        return Ok(());
    };
    let mut text = String::new();
    for r in ranges {
        // The name is the rest of the line: a line break in it would start a bogus entry.
        let name = r.name.replace(['\n', '\r'], " ");
        text.push_str(&format!(
            "{:x} {:x} {}\n",
            address + r.start,
            r.end - r.start,
            name
        ));
    }
    map.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .write_all(text.as_bytes())
}
