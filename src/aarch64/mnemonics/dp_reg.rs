use super::Mnemonic;
pub(super) static ROWS: &[&Mnemonic] = &[];
