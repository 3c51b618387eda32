//! Nothing here: see benches/emit.rs.
