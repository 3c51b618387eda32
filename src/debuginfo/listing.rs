//! The listing: with the `listing` feature, `dynasm!` tells the assembler where each statement
//! starts and what its text is; at commit the statements become lines
//! `OFFSET  BYTES  STATEMENT` with the final (relocated) bytes read back from the code buffer.
//! A statement that emitted nothing (a label definition) gets a line of its own without bytes;
//! a jump, call or loop to a label ends with `; target OFFSET`, the offset it goes to.

use std::fmt::Write;

/// Width of the bytes column (10 bytes); longer instructions push the statement right.
const BYTES_WIDTH: usize = 29;

/// The resolved target of a relative jump, call or loop to a label (`jz =>l`, `call ->f`,
/// `loop <back`): the offset its relocated displacement (the instruction's last byte for the
/// two-byte short forms, else its last four bytes) points at. `None` for other statements.
fn branch_target(statement: &str, offset: usize, bytes: &[u8]) -> Option<usize> {
    let (mnemonic, operand) = statement.split_once(' ')?;
    let branch = mnemonic.starts_with('j') || mnemonic == "call" || mnemonic.starts_with("loop");
    let mut operand = operand.trim_start();
    for size in ["BYTE ", "WORD ", "DWORD ", "QWORD "] {
        operand = operand.strip_prefix(size).unwrap_or(operand).trim_start();
    }
    let label = ["->", "=>", ">", "<"]
        .iter()
        .any(|p| operand.starts_with(p));
    if !branch || !label {
        return None;
    }
    let end = offset.wrapping_add(bytes.len());
    let rel = match *bytes {
        [0x70..=0x7F | 0xE0..=0xE3 | 0xEB, rel] => rel as i8 as isize,
        [.., a, b, c, d] if bytes.len() >= 5 => i32::from_le_bytes([a, b, c, d]) as isize,
        _ => return None,
    };
    Some(end.wrapping_add_signed(rel))
}

/// The statements of the uncommitted code and the text of the committed code's listing.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    /// (assembly offset where the statement starts, its text), in emission order.
    records: Vec<(usize, &'static str)>,
    text: String,
    /// Print each commit's lines to standard error (`DECLASM_LISTING=1`).
    to_stderr: bool,
}

impl Listing {
    /// An empty listing; `to_stderr`: print each commit's lines to standard error too.
    pub(crate) fn new(to_stderr: bool) -> Listing {
        Listing {
            to_stderr,
            ..Listing::default()
        }
    }

    /// A statement starts at `offset`.
    #[inline]
    pub(crate) fn record(&mut self, offset: usize, statement: &'static str) {
        self.records.push((offset, statement));
    }

    /// Forgets the statements of discarded (uncommitted) code.
    pub(crate) fn discard(&mut self, committed: usize) {
        self.records.retain(|&(offset, _)| offset < committed);
    }

    /// The code `[from, end)` was committed; `code` is the buffer from offset 0.
    pub(crate) fn commit(&mut self, code: &[u8], from: usize, end: usize) {
        let start = self.text.len();
        let records = std::mem::take(&mut self.records);
        for (i, &(offset, statement)) in records.iter().enumerate() {
            let next = records.get(i + 1).map_or(end, |&(o, _)| o).min(end);
            if offset < from || offset > end {
                continue;
            }
            if next <= offset {
                let _ = writeln!(self.text, "{offset:08X}  {:BYTES_WIDTH$}  {statement}", "");
                continue;
            }
            let mut bytes = String::with_capacity(3 * (next - offset));
            for (k, b) in code[offset..next].iter().enumerate() {
                if k > 0 {
                    bytes.push(' ');
                }
                let _ = write!(bytes, "{b:02X}");
            }
            let _ = write!(self.text, "{offset:08X}  {bytes:BYTES_WIDTH$}  {statement}");
            if let Some(target) = branch_target(statement, offset, &code[offset..next]) {
                let _ = write!(self.text, "  ; target {target:08X}");
            }
            self.text.push('\n');
        }
        if self.to_stderr {
            eprint!("{}", &self.text[start..]);
        }
    }

    /// The listing of the code committed so far.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }
}
