//! Compile-time error messages of the encoder.
//!
//! They are built in a const fn byte buffer, so a rejected statement reports its own text and
//! the forms its mnemonic accepts, as dynasm-rs does.

use super::encoder::Failure;
use super::select::Detail;

/// A message, built in a buffer by `const fn`s.
pub struct Message {
    buf: [u8; 4096],
    n: usize,
}

type Msg = Message;

impl Message {
    /// The text.
    pub const fn as_str(&self) -> &str {
        // The buffer only ever receives whole `&str`s, but it may have been cut at its end.
        let mut n = self.n;
        while n > 0 && core::str::from_utf8(self.buf.split_at(n).0).is_err() {
            n -= 1;
        }
        match core::str::from_utf8(self.buf.split_at(n).0) {
            Ok(s) => s,
            Err(_) => "declasm: invalid statement",
        }
    }
}

impl Msg {
    /// "declasm: `statement`: ", the start of every message.
    const fn start(stmt: &str) -> Msg {
        Msg {
            buf: [0; 4096],
            n: 0,
        }
        .add("declasm: `")
        .add(stmt)
        .add("`: ")
    }

    /// A number in decimal.
    const fn num(mut self, mut v: u64) -> Msg {
        let mut digits = [0u8; 20];
        let mut n = 0;
        loop {
            digits[n] = b'0' + (v % 10) as u8;
            n += 1;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        while n > 0 && self.n < self.buf.len() {
            n -= 1;
            self.buf[self.n] = digits[n];
            self.n += 1;
        }
        self
    }

    /// A value in hexadecimal, as a literal would be written (`0x1FF`, `-0x81`).
    const fn hex(mut self, v: i64) -> Msg {
        if v < 0 {
            self = self.add("-");
        }
        let mut v = v.unsigned_abs();
        self = self.add("0x");
        let mut digits = [0u8; 16];
        let mut n = 0;
        loop {
            digits[n] = b"0123456789ABCDEF"[(v & 15) as usize];
            n += 1;
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while n > 0 && self.n < self.buf.len() {
            n -= 1;
            self.buf[self.n] = digits[n];
            self.n += 1;
        }
        self
    }

    const fn add(mut self, s: &str) -> Msg {
        let s = s.as_bytes();
        let mut i = 0;
        while i < s.len() && self.n < self.buf.len() {
            self.buf[self.n] = s[i];
            self.n += 1;
            i += 1;
        }
        self
    }
}

/// The message of a failure: it names the statement and says what is wrong; when no form
/// matched, it lists the forms the mnemonic accepts.
pub const fn message(f: &Failure) -> Message {
    let m = f.mnemonic;
    let mut msg = Msg::start(f.stmt);
    if f.missing != 0 {
        msg = msg.add("this instruction needs features not enabled by `.feature`: ");
        let mut i = 0;
        let mut first = true;
        while i < super::feature::NAMES.len() {
            if (f.missing >> i) & 1 != 0 {
                if !first {
                    msg = msg.add(", ");
                }
                msg = msg.add(super::feature::NAMES[i]);
                first = false;
            }
            i += 1;
        }
    } else if f.why.is_empty() {
        msg = match f.detail {
            Detail::None => msg
                .add("no form of `")
                .add(m.name)
                .add("` accepts these operands"),
            Detail::TwoMemory => msg.add("two memory operands: an instruction takes at most one"),
            Detail::Immediate { value, bits } => msg
                .add("immediate ")
                .hex(value)
                .add(" does not fit in ")
                .num(bits as u64)
                .add(" bits"),
            Detail::Sizes {
                a,
                a_size,
                b,
                b_size,
            } => msg
                .add("operand sizes conflict: operand ")
                .num(a as u64 + 1)
                .add(" is ")
                .num(a_size as u64 * 8)
                .add("-bit, operand ")
                .num(b as u64 + 1)
                .add(" is ")
                .num(b_size as u64 * 8)
                .add("-bit"),
        };
        msg = msg.add("; the forms of `").add(m.name).add("` are:");
        let mut i = 0;
        while i < m.forms.len() {
            msg = msg.add("\n    ").add(m.name).add(" ").add(m.forms[i].text);
            i += 1;
        }
    } else {
        msg = msg.add(f.why);
    }
    msg
}
