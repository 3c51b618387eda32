//! AVX and AVX2 integer operations (VEX.128 on xmm, VEX.256 on ymm), gathers (VSIB), and
//! the other VEX-encoded integer and crypto operations.
use super::{Form, Mnemonic};

forms! {
    /// `vpsrlw`
    vpsrlw {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F.WIG D1 /r",
        "xmm, xmm, imm8" => "VMI: VEX.NDD.128.66.0F.WIG 71 /2 ib",
    }
    /// `vgatherdps`
    vgatherdps {
        "xmm, vm32x, xmm" => "RMV: VEX.DDS.128.66.0F38.W0 92 /r",
        "ymm, vm32y, ymm" => "RMV: VEX.DDS.256.66.0F38.W0 92 /r",
    }
}
