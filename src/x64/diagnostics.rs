//! Compile-time error messages of the encoder.
//!
//! They are built in a const fn byte buffer, so a rejected statement reports its own text and
//! the forms its mnemonic accepts, as dynasm-rs does.

use super::encoder::Failure;

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
        msg = msg
            .add("no form of `")
            .add(m.name)
            .add("` accepts these operands; expected one of:");
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
