//! Seeing JIT code: names for code ranges, and what profilers, debuggers and people read them
//! from: the perf map, the jitdump, the GDB JIT interface and the listing.
//!
//! # Names
//! A global label definition (`->name:`) starts a named range of code that ends where the next
//! named range starts or at the end of the committed code.
//! [`Assembler::name_dynamic_label`] names the range that starts at a dynamic label. Code before
//! the first name has no name and is not reported. A range that a later commit continues is
//! reported again, for the new code, under the same name.
//!
//! # Outputs (all off unless asked for)
//! - perf map ([`Assembler::enable_perf_map`], or `DECLASM_PERF=map`): a line
//!   `START SIZE name` per named piece, appended to `/tmp/perf-<pid>.map` at each commit.
//! - jitdump ([`Assembler::enable_jitdump`], or `DECLASM_PERF=jitdump`; the directory from
//!   `DECLASM_JITDUMP_DIR`, by default the current directory): `jit-<pid>.dump` with a
//!   `JIT_CODE_LOAD` record (address, name, code bytes) per named piece; for
//!   `perf record -k 1`, `perf inject -j`, `perf annotate`.
//! - GDB JIT interface (feature `gdb-jit`; `Assembler::enable_gdb_jit`, or `DECLASM_PERF=gdb`):
//!   an in-memory ELF object per commit with a `FUNC` symbol per named piece, registered through
//!   `__jit_debug_descriptor`/`__jit_debug_register_code`.
//! - Listing (feature `listing`; `Assembler::enable_listing`, or `DECLASM_LISTING=1` to print
//!   each commit's lines to standard error): `OFFSET  BYTES  STATEMENT` per statement.
//!
//! `DECLASM_PERF` (a comma-separated list) and `DECLASM_LISTING` are read when an assembler is
//! created. The map and the dump are per process (every assembler appends to the same file);
//! when the buffer of an assembler moves (a commit that outgrows it) all its named code is
//! reported again at the new address. Code rewritten with [`Assembler::alter`] is not reported
//! again. Names in the map and the dump are the label names as written; two assemblers using
//! the same label name produce two symbols with that name. With an output on, each commit
//! collects and sorts the assembler's names (global labels and named dynamic labels): a cost
//! proportional to their number per commit, none when every output is off.

mod hook;
mod jitdump;
mod names;
mod perfmap;
mod sys;

mod elf;
#[cfg(feature = "gdb-jit")]
mod gdb;
#[cfg(feature = "listing")]
mod listing;

use crate::assembler::{Assembler, VecAssembler};
use crate::labels::{DynamicLabel, LabelRegistry};
use crate::relocations::Relocation;
use crate::AssemblyOffset;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

pub use perfmap::path as perf_map_path;

/// The outputs one announcement goes to.
#[derive(Debug, Clone, Copy, Default)]
struct Sinks {
    map: bool,
    jitdump: bool,
    gdb: bool,
}

/// The per-assembler state: names of dynamic labels, the outputs asked for, the listing.
#[derive(Default)]
pub(crate) struct DebugInfo {
    named: HashMap<DynamicLabel, Box<str>>,
    on: Sinks,
    /// The address of assembly offset 0 at the last announcement.
    address: usize,
    #[cfg(feature = "gdb-jit")]
    registrations: Vec<gdb::Registration>,
    #[cfg(feature = "listing")]
    listing: Option<listing::Listing>,
}

impl std::fmt::Debug for DebugInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DebugInfo")
            .field("named", &self.named)
            .field("on", &self.on)
            .finish_non_exhaustive()
    }
}

/// Prints a problem with an output that was asked for (the program goes on without it).
fn warn(what: &str, error: &io::Error) {
    eprintln!("declasm: {what}: {error}");
}

impl DebugInfo {
    /// The outputs the environment asks for (`None` if none), for an assembler whose buffer is at
    /// `address`.
    pub(crate) fn from_env(address: usize) -> Option<Box<DebugInfo>> {
        let perf = std::env::var_os("DECLASM_PERF");
        let listing = std::env::var_os("DECLASM_LISTING");
        if perf.is_none() && listing.is_none() {
            return None;
        }
        let mut d = Box::new(DebugInfo {
            address,
            ..DebugInfo::default()
        });
        if let Some(perf) = perf {
            for word in perf.to_string_lossy().split([',', ' ']) {
                match word {
                    "" => {}
                    "map" => match perfmap::open() {
                        Ok(()) => d.on.map = true,
                        Err(e) => warn("DECLASM_PERF=map", &e),
                    },
                    "jitdump" => {
                        let dir = std::env::var_os("DECLASM_JITDUMP_DIR")
                            .map_or_else(|| PathBuf::from("."), PathBuf::from);
                        match jitdump::open(&dir, elf::host_machine()) {
                            Ok(_) => d.on.jitdump = true,
                            Err(e) => warn("DECLASM_PERF=jitdump", &e),
                        }
                    }
                    "gdb" if cfg!(feature = "gdb-jit") => d.on.gdb = true,
                    "gdb" => eprintln!(
                        "declasm: DECLASM_PERF=gdb needs declasm's `gdb-jit` feature; ignored"
                    ),
                    other => eprintln!(
                        "declasm: DECLASM_PERF: unknown output `{other}` (expected map, jitdump or gdb); ignored"
                    ),
                }
            }
        }
        if listing.is_some_and(|v| !v.is_empty() && v != "0") {
            #[cfg(feature = "listing")]
            {
                d.listing = Some(listing::Listing::new(true));
            }
            #[cfg(not(feature = "listing"))]
            eprintln!("declasm: DECLASM_LISTING needs declasm's `listing` feature; ignored");
        }
        Some(d)
    }

    /// Code `[from, code.len())` was committed; `code` is the buffer from offset 0, at
    /// `address`.
    pub(crate) fn committed(
        &mut self,
        registry: &LabelRegistry,
        code: &[u8],
        address: usize,
        from: usize,
    ) {
        #[cfg(feature = "listing")]
        if let Some(listing) = &mut self.listing {
            listing.commit(code, from, code.len());
        }
        let mut from = from;
        if address != self.address {
            // The code moved: everything is reported again at its new address.
            self.address = address;
            from = 0;
            #[cfg(feature = "gdb-jit")]
            self.registrations.clear();
        }
        self.announce(self.on, registry, code, address, from);
    }

    /// Reports the named ranges of `[from, code.len())` to `sinks`.
    fn announce(
        &mut self,
        sinks: Sinks,
        registry: &LabelRegistry,
        code: &[u8],
        address: usize,
        from: usize,
    ) {
        if !(sinks.map || sinks.jitdump || sinks.gdb) || from >= code.len() {
            return;
        }
        let starts = names::starts(registry, &self.named);
        let ranges = names::ranges(&starts, from, code.len());
        if ranges.is_empty() {
            return;
        }
        if sinks.map {
            if let Err(e) = perfmap::append(address, &ranges) {
                warn("perf map", &e);
                self.on.map = false;
            }
        }
        if sinks.jitdump {
            if let Err(e) = jitdump::append(address, code, &ranges) {
                warn("jitdump", &e);
                self.on.jitdump = false;
            }
        }
        #[cfg(feature = "gdb-jit")]
        if sinks.gdb {
            let (first, last) = (ranges[0].start, ranges[ranges.len() - 1].end);
            let symbols: Vec<elf::Symbol<'_>> = ranges
                .iter()
                .map(|r| elf::Symbol {
                    offset: (r.start - first) as u64,
                    size: (r.end - r.start) as u64,
                    name: r.name,
                })
                .collect();
            let image = elf::object(
                elf::host_machine(),
                (address + first) as u64,
                (last - first) as u64,
                &symbols,
            );
            self.registrations.push(gdb::Registration::new(image));
        }
    }

    /// The assembler is going away but its code stays (a finalized buffer): what was registered
    /// with gdb stays registered.
    pub(crate) fn detach(self) {
        #[cfg(feature = "gdb-jit")]
        for r in self.registrations {
            r.leak();
        }
    }

    /// Forgets the listing's statements of discarded code.
    #[cfg(feature = "listing")]
    pub(crate) fn discard(&mut self, committed: usize) {
        if let Some(listing) = &mut self.listing {
            listing.discard(committed);
        }
    }
}

impl<R: Relocation> Assembler<R> {
    /// The debug state, created on first use.
    fn debug_info(&mut self) -> &mut DebugInfo {
        if self.debug.is_none() {
            let address = self.reader().lock().ptr(AssemblyOffset(0)) as usize;
            self.debug = Some(Box::new(DebugInfo {
                address,
                ..DebugInfo::default()
            }));
        }
        self.debug.get_or_insert_with(Box::default)
    }

    /// Reports the code committed so far to the outputs in `sinks` (just turned on).
    fn catch_up(&mut self, sinks: Sinks) {
        let Some(mut d) = self.debug.take() else {
            return;
        };
        {
            let reader = self.reader();
            let code = reader.lock();
            let address = code.ptr(AssemblyOffset(0)) as usize;
            d.announce(sinks, self.labels(), &code, address, 0);
        }
        self.debug = Some(d);
    }

    /// Called by [`commit`](Self::commit) after code `[from, offset())` was committed.
    pub(crate) fn debug_committed(&mut self, from: usize) {
        let Some(mut d) = self.debug.take() else {
            return;
        };
        {
            let reader = self.reader();
            let code = reader.lock();
            let address = code.ptr(AssemblyOffset(0)) as usize;
            d.committed(self.labels(), &code, address, from);
        }
        self.debug = Some(d);
    }

    /// Names the code range that starts at dynamic label `label`'s definition (up to the next
    /// named range or the end of the committed code), for the perf map, the jitdump and gdb.
    ///
    /// Name a label before the commit that commits its definition: code already reported keeps
    /// the name it was reported with. Naming a label again replaces its name.
    ///
    /// ```
    /// use declasm::{dynasm, DynasmApi, DynasmLabelApi};
    /// let mut ops = declasm::x64::Assembler::new().unwrap();
    /// let f = ops.new_dynamic_label();
    /// ops.name_dynamic_label(f, "answer");
    /// dynasm!(ops ; .arch x64 ; =>f ; mov eax, 42 ; ret);
    /// ops.commit().unwrap();
    /// ```
    pub fn name_dynamic_label(&mut self, label: DynamicLabel, name: &str) {
        self.debug_info().named.insert(label, name.into());
    }

    /// Appends the named code to the perf map `/tmp/perf-<pid>.map` (see
    /// [`perf_map_path`]): what is committed already, then each commit's code.
    ///
    /// # Errors
    /// If the map file cannot be opened.
    pub fn enable_perf_map(&mut self) -> io::Result<()> {
        perfmap::open()?;
        if !self.debug_info().on.map {
            self.debug_info().on.map = true;
            self.catch_up(Sinks {
                map: true,
                ..Sinks::default()
            });
        }
        Ok(())
    }

    /// Writes the named code to the jitdump `jit-<pid>.dump` in `dir` (by default the current
    /// directory, where perf looks first): what is committed already, then each commit's code.
    /// The process has one dump: if it is open already (another assembler, or
    /// `DECLASM_PERF=jitdump`), that one is used wherever it is. Returns its path.
    ///
    /// # Errors
    /// If the file cannot be created, written or mapped.
    pub fn enable_jitdump(&mut self, dir: Option<&Path>) -> io::Result<PathBuf> {
        let path = jitdump::open(dir.unwrap_or(Path::new(".")), elf::host_machine())?;
        if !self.debug_info().on.jitdump {
            self.debug_info().on.jitdump = true;
            self.catch_up(Sinks {
                jitdump: true,
                ..Sinks::default()
            });
        }
        Ok(path)
    }

    /// Registers the named code with gdb through the GDB JIT interface: what is committed
    /// already, then each commit's code (feature `gdb-jit`). The registrations last as long as
    /// the assembler, or the rest of the process for a [`finalize`](Self::finalize)d buffer.
    #[cfg(feature = "gdb-jit")]
    pub fn enable_gdb_jit(&mut self) {
        if !self.debug_info().on.gdb {
            self.debug_info().on.gdb = true;
            self.catch_up(Sinks {
                gdb: true,
                ..Sinks::default()
            });
        }
    }

    /// Starts recording a listing of the code emitted from now on (feature `listing`): one line
    /// per `dynasm!` statement, `OFFSET  BYTES  STATEMENT` (hex offset, the final bytes, the
    /// statement's text), and a line of its own for each label definition. Lines are added when
    /// the code is committed, with its relocations written. See [`listing`](Self::listing).
    #[cfg(feature = "listing")]
    pub fn enable_listing(&mut self) {
        let d = self.debug_info();
        if d.listing.is_none() {
            d.listing = Some(listing::Listing::new(false));
        }
    }

    /// The listing of the committed code recorded so far (empty if not enabled).
    #[cfg(feature = "listing")]
    pub fn listing(&self) -> &str {
        match self.debug.as_deref().and_then(|d| d.listing.as_ref()) {
            Some(listing) => listing.text(),
            None => "",
        }
    }

    /// The listing hook: a statement starts at the current offset.
    #[cfg(feature = "listing")]
    #[inline]
    pub(crate) fn listing_record(&mut self, statement: &'static str) {
        let offset = self.offset().0;
        if let Some(listing) = self.debug.as_deref_mut().and_then(|d| d.listing.as_mut()) {
            listing.record(offset, statement);
        }
    }
}

impl<R: Relocation> VecAssembler<R> {
    /// The listing hook: a `VecAssembler` keeps no listing.
    #[cfg(feature = "listing")]
    #[inline]
    pub(crate) fn listing_record(&mut self, _statement: &'static str) {}
}

#[cfg(all(test, feature = "gdb-jit"))]
mod gdb_tests {
    #[test]
    fn register_and_unregister() {
        let before = super::gdb::registered();
        let r = super::gdb::Registration::new(super::elf::object(62, 0x1000, 4, &[]));
        assert_eq!(super::gdb::registered(), before + 1);
        drop(r);
        assert_eq!(super::gdb::registered(), before);
    }
}
