//! (EVEX rows: see mod.rs.)
#![allow(missing_docs)]
#[allow(unused_imports)]
use super::super::{Form, Mnemonic};
