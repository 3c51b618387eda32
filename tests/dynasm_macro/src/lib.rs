//! See `tests/`: code expanded by dynasm-rs's proc macro on declasm's runtime.
