//! BMI1, BMI2 and TBM: VEX- and XOP-encoded general-purpose bit operations.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// `r, r, r/m`: destination in ModRM.reg, first source in vvvv.
macro_rules! bmi_rvm {
    ($($name:ident $pre:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "r32, r32, rm32" => concat!("RVM: VEX.NDS.LZ.", $pre, "0F38.W0 ", $op, " /r"),
                "r64, r64, rm64" => concat!("RVM: VEX.NDS.LZ.", $pre, "0F38.W1 ", $op, " /r"),
            })*
        }
    };
}

bmi_rvm! {
    andn "" "F2",
    mulx "F2." "F6",
    pdep "F2." "F5",
    pext "F3." "F5",
}

// `r, r/m, r`: the count or index in vvvv.
macro_rules! bmi_rmv {
    ($($name:ident $pre:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "r32, rm32, r32" => concat!("RMV: VEX.NDS.LZ.", $pre, "0F38.W0 ", $op, " /r"),
                "r64, rm64, r64" => concat!("RMV: VEX.NDS.LZ.", $pre, "0F38.W1 ", $op, " /r"),
            })*
        }
    };
}

bmi_rmv! {
    bzhi "" "F5",
    sarx "F3." "F7",
    shlx "66." "F7",
    shrx "F2." "F7",
}

forms! {
    /// `bextr`: TBM (immediate control) and BMI1 (register control).
    bextr {
        "r32, rm32, imm32" => "RMI: XOP.LZ.0A.W0 10 /r id",
        "r64, rm64, imm32" => "RMI: XOP.LZ.0A.W1 10 /r id",
        "r32, rm32, r32" => "RMV: VEX.NDS.LZ.0F38.W0 F7 /r",
        "r64, rm64, r64" => "RMV: VEX.NDS.LZ.0F38.W1 F7 /r",
    }
    /// `rorx`
    rorx {
        "r32, rm32, imm8" => "RMI: VEX.LZ.F2.0F3A.W0 F0 /r ib",
        "r64, rm64, imm8" => "RMI: VEX.LZ.F2.0F3A.W1 F0 /r ib",
    }
}

// `r, r/m` with the destination in vvvv and an opcode extension in ModRM.reg: BMI1 (VEX map
// 0F38) and TBM (XOP map 09).
macro_rules! bmi_vm {
    ($($name:ident $enc:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "r32, rm32" => concat!("VM: ", $enc, ".W0 ", $op),
                "r64, rm64" => concat!("VM: ", $enc, ".W1 ", $op),
            })*
        }
    };
}

bmi_vm! {
    blsr "VEX.NDD.LZ.0F38" "F3 /1",
    blsmsk "VEX.NDD.LZ.0F38" "F3 /2",
    blsi "VEX.NDD.LZ.0F38" "F3 /3",
    blcfill "XOP.NDD.LZ.09" "01 /1",
    blsfill "XOP.NDD.LZ.09" "01 /2",
    blcs "XOP.NDD.LZ.09" "01 /3",
    tzmsk "XOP.NDD.LZ.09" "01 /4",
    blcic "XOP.NDD.LZ.09" "01 /5",
    blsic "XOP.NDD.LZ.09" "01 /6",
    t1mskc "XOP.NDD.LZ.09" "01 /7",
    blcmsk "XOP.NDD.LZ.09" "02 /1",
    blci "XOP.NDD.LZ.09" "02 /6",
}
