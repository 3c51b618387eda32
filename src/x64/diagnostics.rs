//! Compile-time error messages of the encoder.
//!
//! They are built in a const fn byte buffer, so a rejected statement reports its own text and
//! the forms its mnemonic accepts, as dynasm-rs does.

use super::form::Mnemonic;

struct Msg {
    buf: [u8; 4096],
    n: usize,
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

/// Panics with a message naming the statement and, when no form matched (`why` empty), the
/// forms the mnemonic accepts.
pub const fn fail(m: &Mnemonic, stmt: &str, why: &str) -> ! {
    let mut msg = Msg::start(stmt);
    if why.is_empty() {
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
        msg = msg.add(why);
    }
    finish(msg)
}

/// Panics for a statement whose form needs `.feature` groups that are not enabled: `missing`,
/// bits of [`super::feature::NAMES`].
pub const fn fail_features(stmt: &str, missing: u64) -> ! {
    let mut msg =
        Msg::start(stmt).add("this instruction needs features not enabled by `.feature`: ");
    let mut i = 0;
    let mut first = true;
    while i < super::feature::NAMES.len() {
        if (missing >> i) & 1 != 0 {
            if !first {
                msg = msg.add(", ");
            }
            msg = msg.add(super::feature::NAMES[i]);
            first = false;
        }
        i += 1;
    }
    finish(msg)
}

const fn finish(msg: Msg) -> ! {
    // The buffer only ever receives whole `&str`s, but it may have been cut at its end.
    let mut n = msg.n;
    while n > 0 && core::str::from_utf8(msg.buf.split_at(n).0).is_err() {
        n -= 1;
    }
    match core::str::from_utf8(msg.buf.split_at(n).0) {
        Ok(s) => panic!("{}", s),
        Err(_) => panic!("declasm: invalid statement"),
    }
}
