//! Nothing here: the oracle checks are its tests (see Cargo.toml).
