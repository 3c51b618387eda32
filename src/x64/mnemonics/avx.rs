//! AVX: the VEX-encoded floating-point, move, shuffle and conversion operations on xmm and ymm
//! (and F16C).
use super::{Form, Mnemonic};

forms! {
    /// `vaddps`
    vaddps {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.0F.WIG 58 /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.0F.WIG 58 /r",
    }
    /// `vaddsd`
    vaddsd {
        "xmm, xmm, xmm/m64" => "RVM: VEX.NDS.LIG.F2.0F.WIG 58 /r",
    }
    /// `vmovaps`
    vmovaps {
        "xmm, xmm/m128" => "RM: VEX.128.0F.WIG 28 /r",
        "ymm, ymm/m256" => "RM: VEX.256.0F.WIG 28 /r",
        "xmm/m128, xmm" => "MR: VEX.128.0F.WIG 29 /r",
        "ymm/m256, ymm" => "MR: VEX.256.0F.WIG 29 /r",
    }
    /// `vblendvps`
    vblendvps {
        "xmm, xmm, xmm/m128, xmm" => "RVMS: VEX.NDS.128.66.0F3A.W0 4A /r is4",
    }
}
