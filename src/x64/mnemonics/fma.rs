//! FMA3 (VEX), FMA4 and XOP (AMD): fused multiply-add and the XOP integer operations.
use super::{Form, Mnemonic};

forms! {
    /// `vfmadd132ps`
    vfmadd132ps {
        "xmm, xmm, xmm/m128" => "RVM: VEX.DDS.128.66.0F38.W0 98 /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.DDS.256.66.0F38.W0 98 /r",
    }
}
