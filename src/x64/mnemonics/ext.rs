//! Other extensions: 3DNow!, SSE4a, VMX, SVM, MPX, RTM, Cyrix and AMD extras.
use super::{Form, Mnemonic};

forms! {
    /// `femms` (3DNow!)
    femms {
        "" => "0F 0E",
    }
}
