//! BMI1, BMI2 and TBM: VEX- and XOP-encoded general-purpose bit operations.
use super::{Form, Mnemonic};

forms! {
    /// `andn`
    andn {
        "r32, r32, rm32" => "RVM: VEX.LZ.0F38.W0 F2 /r",
        "r64, r64, rm64" => "RVM: VEX.LZ.0F38.W1 F2 /r",
    }
}
