//! The `dynasm!` front end, in `macro_rules!` only.
//!
//! Pipeline: `dynasm!` reads the leading `.arch`/`.alias`/`.feature` directives, then
//! `dynasm_split!` (generated, `src/frontend/split.rs`, shared with aarch64) cuts the rest into
//! statements; each statement goes to `dynasm_stmt!` (labels, directives, prefixes) and
//! instructions to `dynasm_next!`, which takes the operands one by one and, when none is left,
//! emits a `const` [`Enc`](crate::x64::encoder::Enc) plus the run-time values that fill its holes.
//!
//! Each step is its own macro (`dynasm_next!`, `dynasm_cls!`, `dynasm_bkt!`,
//! `dynasm_mem!`, `dynasm_push!` and the lookup callbacks `dynasm_reg!`, `dynasm_dreg!`,
//! `dynasm_mreg!`), so that a step only tries its own rules; one-token operands (registers,
//! names, literals, `[...]`) are classified by `dynasm_next!` itself. Register lookups
//! (`dynasm_regs!`, generated in `registers.rs`, or a `.alias` lookup) take the callback's
//! path as a group: `lookup!{ name (callback) state... }` expands to
//! `callback!{ [R class size number OP] state... }` (or `[N]` for other names).
//!
//! Instruction state, operands left first so that most rules fail on their first token:
//! `{operands left} (lookup path) [target [prefixes] mnemonic (statement text)]
//! [operands: (descriptor) [] {NoArg} | (descriptor) [x] {run-time part}] [label]
//! [free operand indices]`.

mod registers;

/// Assembles x64 code into an assembler, in dynasm-rs's syntax; aarch64 code after
/// `.arch aarch64` (see [`aarch64`](crate::aarch64)). Without `.arch`, the architecture is x64,
/// except where declasm is compiled for aarch64, as dynasm-rs defaults to the target.
///
/// ```
/// use declasm::{dynasm, DynasmApi, DynasmLabelApi};
///
/// let mut ops = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0);
/// let n = 42;
/// dynasm!(ops
///     ; .arch x64
///     ; ->start:
///     ; mov eax, n
///     ; add rax, 1
///     ; jmp ->start
/// );
/// assert_eq!(
///     ops.finalize().unwrap(),
///     [0xB8, 42, 0, 0, 0, 0x48, 0x83, 0xC0, 0x01, 0xE9, 0xF2, 0xFF, 0xFF, 0xFF]
/// );
/// ```
#[cfg(not(target_arch = "aarch64"))]
#[macro_export]
macro_rules! dynasm {
    ($target:expr $(; $($body:tt)*)?) => {{
        // Each instruction's constant is named after its mnemonic (see `dynasm_stmt!`).
        #[allow(non_upper_case_globals)]
        let () = { $crate::dynasm_lead!{ [$target] [] [] $(; $($body)*)? } };
    }};
}

/// Reads the leading directives of a call (`.arch`, `.alias`, `.feature`), then starts splitting.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_lead {
    ([$t:tt] $al:tt $ft:tt ; . arch x64 $($r:tt)*) => {
        $crate::dynasm_lead!{ [$t] $al $ft $($r)* }
    };
    ([$t:tt] $al:tt $ft:tt ; . arch aarch64 $($r:tt)*) => {
        $crate::dynasm_a64_lead!{ [$t] $al $($r)* }
    };
    ([$t:tt] $al:tt $ft:tt ; . arch $a:tt $($r:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "declasm: unsupported architecture `", ::core::stringify!($a), "` (`x64` and `aarch64` are supported)"
        ));
        $crate::dynasm_invalid_operand!{ $a }
    };
    // `.feature`: the statements' flags get the groups' bits (a later one replaces it).
    ([$t:tt] $al:tt $ft:tt ; . feature $($f:ident),+ $(; $($r:tt)*)?) => {
        $crate::dynasm_feature!{ $($f),+ }
        $crate::dynasm_lead!{ [$t] $al [$(| $crate::x64::feature::$f)+] $(; $($r)*)? }
    };
    ([$t:tt] [$($al:tt)*] $ft:tt ; . alias $n:ident , $reg:ident $($r:tt)*) => {
        $crate::dynasm_lead!{ [$t] [$($al)* [$n $reg]] $ft $($r)* }
    };
    ([$t:tt] [] $ft:tt $($r:tt)*) => {
        $crate::dynasm_split!{ @L1 [$t ($) ($crate::dynasm_regs) [] last $ft dynasm_stmt] $($r)* }
    };
    ([$t:tt] [$($al:tt)+] $ft:tt $($r:tt)*) => {
        $crate::dynasm_alias!{ [$t ($) () [] last $ft dynasm_stmt] [$($al)+] $($r)* }
    };
}

/// Checks the names of a `.feature` directive (an unknown one is "cannot find value" at its
/// token, even in a call without instructions).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_feature {
    ($($f:ident),+) => {
        $(let _ = $crate::x64::feature::$f;)+
    };
}

/// Defines the alias lookup `declasm_aliases!` for the statements that follow (all aliases known so
/// far plus the new ones), then goes on splitting inside the block where it is visible.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_alias {
    // `.feature` in the middle of a call (the splitter hands it here): new flags for the rest of
    // the chunk.
    (@feature [$t:tt $d:tt $lk:tt $al:tt $last:tt $ft:tt $arch:tt] ($($f:ident),+) $($r:tt)*) => {
        $crate::dynasm_feature!{ $($f),+ }
        $crate::dynasm_split3!{ @L3 [$t $d $lk $al $last [$(| $crate::x64::feature::$f)+] $arch] $($r)* }
    };
    // `.alias name, reg`: `reg` must be a register (checked where the alias is defined).
    ([R $($x:tt)*] @check $reg:tt) => {};
    ([N] @check $reg:tt) => {
        ::core::compile_error!(::core::concat!("declasm: `.alias`: `", ::core::stringify!($reg), "` is not a register"));
    };
    // An alias in the middle of a call only reaches the statements of its own chunk (about 96
    // tokens): in a longer call it could not reach the rest, so it is refused.
    ([$t:tt ($d:tt) $lk:tt $old:tt more $ft:tt $arch:tt] [[$n:ident $reg:ident]] $($r:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "declasm: `.alias ", ::core::stringify!($n), ", ", ::core::stringify!($reg),
            "` in the middle of a long dynasm! call is not supported: move it to the start of the call, or split the call"
        ));
        $crate::dynasm_invalid_operand!{ $n }
    };
    ([$t:tt ($d:tt) $lk:tt [$([$on:ident $or:ident])*] last $ft:tt $arch:tt] [$([$n:ident $reg:ident])+] $($r:tt)*) => {
        $($crate::dynasm_regs!{ $reg ($crate::dynasm_alias) @check $reg })+
        macro_rules! declasm_aliases {
            $(($n $d ($d s:tt)*) => { $crate::dynasm_regs!{ $reg $d ($d s)* } };)+
            $(($on $d ($d s:tt)*) => { $crate::dynasm_regs!{ $or $d ($d s)* } };)*
            ($d x:tt $d ($d s:tt)*) => { $crate::dynasm_regs!{ $d x $d ($d s)* } };
        }
        $crate::dynasm_split!{ @L1 [$t ($d) (declasm_aliases) [$([$n $reg])+ $([$on $or])*] last $ft $arch] $($r)* }
    };
}

/// One statement: a label, a directive, or an instruction with its prefixes.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_stmt {
    // Labels.
    ([$t:tt $lk:tt $ft:tt] $f:tt -> $n:ident :) => {
        $crate::dynasm_flush!{ $t $ft }
        $t.__global_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt => $e:tt :) => {
        ::core::compile_error!(::core::concat!(
            "declasm: a dynamic label definition takes no colon: write `=>", ::core::stringify!($e), "`"
        ));
        $crate::dynasm_invalid_operand!{ $e }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt => $e:expr) => {
        $crate::dynasm_flush!{ $t $ft }
        $t.dynamic_label($e);
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt $n:ident :) => {
        $crate::dynasm_flush!{ $t $ft }
        $t.__local_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    // Directives.
    ([$t:tt $lk:tt $ft:tt] $f:tt . $d:tt $($r:tt)*) => {
        $crate::dynasm_flush!{ $t $ft }
        $crate::dynasm_directive!{ $t $d $d $($r)* }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt .) => {
        ::core::compile_error!("declasm: a directive needs a name (`.align 16`, `.u8 1, 2`...)");
        $crate::dynasm_invalid_operand!{ $f }
    };
    // Prefixes.
    ([$t:tt $lk:tt $ft:tt] $f:tt lock $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [lock] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt rep $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [rep] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt repe $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [repe] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt repz $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [repz] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt repne $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [repne] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt repnz $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [repnz] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt cs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [cs] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt ds $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [ds] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt es $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [es] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt fs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [fs] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt gs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [gs] $m $($r)* } };
    ([$t:tt $lk:tt $ft:tt] $f:tt ss $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [ss] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] lock $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* lock] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] rep $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* rep] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] repe $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* repe] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] repz $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* repz] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] repne $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* repne] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] repnz $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* repnz] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] cs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* cs] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] ds $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* ds] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] es $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* es] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] fs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* fs] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] gs $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* gs] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] ss $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $f] [$($p)* ss] $m $($r)* } };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] $m:ident $($r:tt)*) => {
        $crate::dynasm_next!{ {$($r)*} $lk [$t [$($p)*] $m ($($p)* $m $($r)*) $ft $f] [] [] [0 1 2 3] }
    };
    (@p [$t:tt $lk:tt $ft:tt $f:tt] [$($p:ident)*] $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: cannot parse statement `", ::core::stringify!($($p)* $($r)*), "`"));
    };
    // `{vex}`: the VEX form rather than the EVEX one (AVX-VNNI).
    ([$t:tt $lk:tt $ft:tt] $f:tt {vex} $m:tt $($r:tt)*) => { $crate::dynasm_stmt!{ @p [$t $lk $ft $m] [vex] $m $($r)* } };
    // Mnemonics that are Rust keywords.
    ([$t:tt $lk:tt $ft:tt] $f:tt loop $($r:tt)*) => {
        $crate::dynasm_next!{ {$($r)*} $lk [$t [] r#loop (loop $($r)*) $ft r#loop] [] [] [0 1 2 3] }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt in $($r:tt)*) => {
        $crate::dynasm_next!{ {$($r)*} $lk [$t [] r#in (in $($r)*) $ft r#in] [] [] [0 1 2 3] }
    };
    // Instructions. The statement's first token comes twice (`$f`, from the splitter): the
    // mnemonic is checked to be a name by the second copy, and the first, never matched as an
    // `ident` (which would lose its location), names the instruction's constant, so that rustc
    // points at the mnemonic when the instruction cannot be encoded.
    ([$t:tt $lk:tt $ft:tt] $f:tt $m:ident $($r:tt)*) => {
        $crate::dynasm_next!{ {$($r)*} $lk [$t [] $m ($m $($r)*) $ft $f] [] [] [0 1 2 3] }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: cannot parse statement `", ::core::stringify!($($r)*), "`"));
        $crate::dynasm_invalid_operand!{ $f }
    };
    // A mid-call `.alias` or `.feature`, from the splitter.
    (@alias $($s:tt)*) => { $crate::dynasm_alias!{ $($s)* } };
    (@feature $($s:tt)*) => { $crate::dynasm_alias!{ @feature $($s)* } };
}

/// Directives other than `.arch`/`.alias`/`.feature` at the start of a call.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_directive {
    ($t:tt $n:tt arch x64) => {};
    ($t:tt $n:tt arch $a:tt) => {
        ::core::compile_error!(::core::concat!(
            "declasm: `.arch ", ::core::stringify!($a), "`: unsupported architecture (`x64` and `aarch64` are supported)"
        ));
        $crate::dynasm_invalid_operand!{ $a }
    };
    ($t:tt $n:tt feature $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.feature`: expected `.feature name, name, ...`");
    };
    ($t:tt $n:tt align $e:expr) => { $t.align($e, 0x90); };
    ($t:tt $n:tt align $e:expr, $f:expr) => { $t.align($e, $f); };
    ($t:tt $n:tt u8 $($e:expr),+) => { $($t.push($e);)+ };
    ($t:tt $n:tt i8 $($e:expr),+) => { $($t.push_i8($e);)+ };
    ($t:tt $n:tt u16 $($e:expr),+) => { $($t.push_u16($e);)+ };
    ($t:tt $n:tt i16 $($e:expr),+) => { $($t.push_i16($e);)+ };
    ($t:tt $n:tt u32 $($e:expr),+) => { $($t.push_u32($e);)+ };
    ($t:tt $n:tt i32 $($e:expr),+) => { $($t.push_i32($e);)+ };
    ($t:tt $n:tt u64 $($e:expr),+) => { $($t.push_u64($e);)+ };
    ($t:tt $n:tt i64 $($e:expr),+) => { $($t.push_i64($e);)+ };
    ($t:tt $n:tt f32 $($e:expr),+) => { $($t.push_u32(f32::to_bits($e));)+ };
    ($t:tt $n:tt f64 $($e:expr),+) => { $($t.push_u64(f64::to_bits($e));)+ };
    ($t:tt $n:tt bytes $e:expr) => { $t.extend($e); };
    ($t:tt $n:tt rel8 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 1 0 $($l)+ } };
    ($t:tt $n:tt rel16 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 2 0 $($l)+ } };
    ($t:tt $n:tt rel32 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 4 0 $($l)+ } };
    ($t:tt $n:tt rel64 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 8 0 $($l)+ } };
    ($t:tt $n:tt abs32 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 4 2 $($l)+ } };
    ($t:tt $n:tt abs64 $($l:tt)+) => { $crate::dynasm_directive!{ @data $t $n 8 2 $($l)+ } };
    (@data $t:tt $n:tt $size:tt $kind:tt $($l:tt)+) => {
        $t.extend(&[0u8; $size]);
        $crate::dynasm_label_ref!{ $t [$($l)+] ($size) ($size) ($size | $kind << 4) }
    };
    // A known directive with arguments it cannot take.
    ($t:tt $n:tt align $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.align`: expected `.align N` or `.align N, fill`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt u8 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.u8`: expected `.u8 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt i8 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.i8`: expected `.i8 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt u16 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.u16`: expected `.u16 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt i16 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.i16`: expected `.i16 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt u32 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.u32`: expected `.u32 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt i32 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.i32`: expected `.i32 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt u64 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.u64`: expected `.u64 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt i64 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.i64`: expected `.i64 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt f32 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.f32`: expected `.f32 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt f64 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.f64`: expected `.f64 value, value, ...`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt bytes $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.bytes`: expected `.bytes expression` (an iterator of u8)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt rel8 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.rel8`: expected `.rel8 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt rel16 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.rel16`: expected `.rel16 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt rel32 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.rel32`: expected `.rel32 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt rel64 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.rel64`: expected `.rel64 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt abs32 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.abs32`: expected `.abs32 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt abs64 $($r:tt)*) => {
        ::core::compile_error!("declasm: malformed `.abs64`: expected `.abs64 label` (a label reference: `->name`, `>name`, `<name`, `=>expr`, `extern expr`)");
        $crate::dynasm_invalid_operand!{ $n }
    };
    // dynasm-rs's deprecated data directives.
    ($t:tt $n:tt byte $($r:tt)*) => {
        ::core::compile_error!("declasm: `.byte` is not a directive: use `.i8` or `.u8`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt word $($r:tt)*) => {
        ::core::compile_error!("declasm: `.word` is not a directive: use `.i16` or `.u16`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt dword $($r:tt)*) => {
        ::core::compile_error!("declasm: `.dword` is not a directive: use `.i32` or `.u32`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt qword $($r:tt)*) => {
        ::core::compile_error!("declasm: `.qword` is not a directive: use `.i64` or `.u64`");
        $crate::dynasm_invalid_operand!{ $n }
    };
    ($t:tt $n:tt $d:tt $($r:tt)*) => {
        $crate::dynasm_invalid_operand!{ $d }
        ::core::compile_error!(::core::concat!("declasm: unknown directive `.", ::core::stringify!($d),
            "`; the directives are .arch, .feature, .alias, .align, .bytes, .i8, .u8, .i16, .u16, .i32, .u32, .i64, .u64, .f32, .f64, .rel8, .rel16, .rel32, .rel64, .abs32, .abs64"));
    };
}

/// Records a relocation for label reference `[label tokens]` whose field ends `field` bytes
/// before the current offset, relative to `refo` bytes before it, with relocation encoding `enc`.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_label_ref {
    ($t:tt [-> $n:ident $($o:tt)*] ($f:expr) ($r:expr) ($enc:expr)) => {
        $t.__global_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, $f, $r, $crate::Relocation::from_encoding($enc));
    };
    ($t:tt [> $n:ident $($o:tt)*] ($f:expr) ($r:expr) ($enc:expr)) => {
        $t.__forward_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, $f, $r, $crate::Relocation::from_encoding($enc));
    };
    ($t:tt [< $n:ident $($o:tt)*] ($f:expr) ($r:expr) ($enc:expr)) => {
        $t.__backward_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, $f, $r, $crate::Relocation::from_encoding($enc));
    };
    ($t:tt [=> $e:expr] ($f:expr) ($r:expr) ($enc:expr)) => {
        $t.dynamic_relocation($e, 0, $f, $r, $crate::Relocation::from_encoding($enc));
    };
    ($t:tt [extern $e:expr] ($f:expr) ($r:expr) ($enc:expr)) => {
        $t.bare_relocation(($e) as usize, $f, $r, $crate::Relocation::from_encoding($enc));
    };
}

/// A value known only at run time, `(expression)`, for the immediate field of operand `i`, the
/// displacement, or one term of a displacement: the expression is checked against the field's
/// type (`i8`, `i16`, `i32`, `i64`) by a `let`, so that rustc reports a mismatch, with its
/// conversion hint, at the user's expression (and `expr as _` infers the field's type).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_value {
    ($c:tt imm $i:tt ($e:expr)) => {{
        let value: <$crate::x64::emit::Size<{ $c.imm[$i].size }> as $crate::x64::emit::FieldType>::Type = $e;
        $crate::x64::emit::imm(value)
    }};
    // Not an expression (`jmp ->`).
    ($c:tt imm $i:tt ($($x:tt)*)) => {
        $crate::dynasm_bad_operand!{ {$($x)*} {$($x)*} }
    };
    ($c:tt disp ($e:expr)) => {{
        let value: <$crate::x64::emit::Size<{ $c.disp.size }> as $crate::x64::emit::FieldType>::Type = $e;
        $crate::x64::emit::disp(value)
    }};
    ($c:tt term ($e:expr)) => {{
        let value: <$crate::x64::emit::Size<{ $c.disp.size }> as $crate::x64::emit::FieldType>::Type = $e;
        value
    }};
    // (A literal term, forwarded as a `literal` fragment.)
    ($c:tt disp $e:tt) => {{
        let value: <$crate::x64::emit::Size<{ $c.disp.size }> as $crate::x64::emit::FieldType>::Type = $e;
        $crate::x64::emit::disp(value)
    }};
    ($c:tt term $e:tt) => {{
        let value: <$crate::x64::emit::Size<{ $c.disp.size }> as $crate::x64::emit::FieldType>::Type = $e;
        value
    }};
}

/// Takes no tokens: invoked with the first token of a malformed operand or statement, it makes
/// rustc report "no rules expected `token`" at that token (a `compile_error!` can only point at
/// the whole `dynasm!` call).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_invalid_operand {
    () => {};
}

/// An operand that cannot be parsed, `{tokens}` twice: the first copy chooses the message (two
/// names in a row suggest a missing `,` or `;`), the second, never matched as an `ident`
/// (which would lose its location), says where.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_bad_operand {
    ({$x0:tt $x1:ident $($x:tt)*} {$y0:tt $y1:tt $($y:tt)*}) => {{
        ::core::compile_error!(::core::concat!("declasm: cannot parse operand `", ::core::stringify!($y0 $y1 $($y)*),
            "`: missing `,` between operands or `;` between statements?"));
        $crate::dynasm_invalid_operand!{ $y1 }
    }};
    ({$($x:tt)*} {$y0:tt $($y:tt)*}) => {{
        ::core::compile_error!(::core::concat!("declasm: cannot parse operand `", ::core::stringify!($y0 $($y)*), "`"));
        $crate::dynasm_invalid_operand!{ $y0 }
    }};
    ({} {}) => {
        ::core::compile_error!("declasm: missing operand")
    };
}

/// Emits `$c`, the `Encoded` of an instruction with a label operand and no run-time parts, and
/// records its relocation.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_enc_label {
    ($t:tt $c:tt [-> $n:ident $($o:tt)*]) => {
        $t.__declasm_enc_global($c, const { $crate::StaticLabel::new(::core::stringify!($n)) }, 0 $($o)*);
    };
    ($t:tt $c:tt [> $n:ident $($o:tt)*]) => {
        $t.__declasm_enc_forward($c, const { $crate::StaticLabel::new(::core::stringify!($n)) }, 0 $($o)*);
    };
    ($t:tt $c:tt [< $n:ident $($o:tt)*]) => {
        $t.__declasm_enc_backward($c, const { $crate::StaticLabel::new(::core::stringify!($n)) }, 0 $($o)*);
    };
    ($t:tt $c:tt [=> $e:expr]) => {
        $t.__declasm_enc_dynamic($c, $e, 0);
    };
    ($t:tt $c:tt [extern $e:expr]) => {
        $t.__declasm_enc($c);
        $crate::dynasm_label_ref!{ $t [extern $e] ($c.reloc_field) (0) ($c.reloc_enc) }
    };
}

/// Before a statement that is not a constant instruction, inside a run group (release builds,
/// src/frontend/split.rs): the run of constant instructions before it, appended. Elsewhere
/// nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_flush {
    ($t:tt (@chain $rp:tt $r:ident $ft:tt)) => {
        if $rp.len != 0 {
            $t.__declasm_run(&$rp.bytes, $rp.len);
        }
    };
    ($t:tt $ft:tt) => {};
}

/// The instruction encoded at compile time (an `Enc` expression, or in a run a `Result`,
/// evaluated in a `const`; its name
/// is what an encoding error's note names, hence no `dynasm_` prefix): the
/// form selected from the prefixes, the mnemonic, the operand descriptors and the statement's text
/// (for errors), by `encode0`..`encode4` after the operand count (`$i`: the unused operand slots).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_encode {
    ([$($fam:tt)*] [$($p:ident)*] [$($f:tt)*] $m:tt ($($o:tt)*) [] [$a:tt $b:tt $c:tt $d:tt]) => {
        $crate::x64::$($fam)*::encode0(
            $crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)* $($f)*,
            ::core::stringify!($($o)*),
        )
    };
    ([$($fam:tt)*] [$($p:ident)*] [$($f:tt)*] $m:tt ($($o:tt)*) [($($a:tt)*)] $i:tt) => {
        $crate::x64::$($fam)*::encode1(
            $crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)* $($f)*,
            $crate::x64::operand::$($a)*,
            ::core::stringify!($($o)*),
        )
    };
    ([$($fam:tt)*] [$($p:ident)*] [$($f:tt)*] $m:tt ($($o:tt)*) [($($a:tt)*) ($($b:tt)*)] $i:tt) => {
        $crate::x64::$($fam)*::encode2(
            $crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)* $($f)*,
            $crate::x64::operand::$($a)*,
            $crate::x64::operand::$($b)*,
            ::core::stringify!($($o)*),
        )
    };
    ([$($fam:tt)*] [$($p:ident)*] [$($f:tt)*] $m:tt ($($o:tt)*) [($($a:tt)*) ($($b:tt)*) ($($c:tt)*)] $i:tt) => {
        $crate::x64::$($fam)*::encode3(
            $crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)* $($f)*,
            $crate::x64::operand::$($a)*,
            $crate::x64::operand::$($b)*,
            $crate::x64::operand::$($c)*,
            ::core::stringify!($($o)*),
        )
    };
    ([$($fam:tt)*] [$($p:ident)*] [$($f:tt)*] $m:tt ($($o:tt)*) [($($a:tt)*) ($($b:tt)*) ($($c:tt)*) ($($d:tt)*)] $i:tt) => {
        $crate::x64::$($fam)*::encode4(
            $crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)* $($f)*,
            $crate::x64::operand::$($a)*,
            $crate::x64::operand::$($b)*,
            $crate::x64::operand::$($c)*,
            $crate::x64::operand::$($d)*,
            ::core::stringify!($($o)*),
        )
    };
    // In a run (release builds): the statement flags carry the statement's slot name.
    ($fam:tt $p:tt (@chain $rp:tt $rn:ident $ft:tt) $($r:tt)*) => {
        $crate::dynasm_encode!{ $fam $p $ft $($r)* }
    };
}

/// The next operand (`{operands left}` first, so that each rule fails on its first token): the
/// common one-token operands are classified here, the others by [`dynasm_cls!`]; with no
/// operands left, the instruction is emitted.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_next {
    // ---- Emission ---------------------------------------------------------------------------------
    ({} $lk:tt $e:tt $acc:tt [$l0:tt $l1:tt $($l:tt)*] $i:tt) => {
        ::core::compile_error!("declasm: an instruction can reference only one label");
    };
    // Nothing known only at run time: the instruction is a constant byte string; with a label,
    // emitted and its relocation recorded by one call.
    // (A `const` item, not an inline `const { }`: `cargo check` evaluates items, so that a bad
    // statement is an error there too.)
    ({} $lk:tt [$t:tt $p:tt $m:tt $o:tt [$($ft:tt)*] $c:tt] [$(($($ds:tt)*) [] $z:tt)*] [] $i:tt) => {{
        const $c: $crate::encoded::Encoded = $crate::dynasm_encode!{ [encoder] $p [$($ft)*] $m $o [$(($($ds)*))*] $i }.code;
        const _: u8 = $c.len;
        $t.__declasm_enc($c);
    }};
    // In a run (release builds, see the splitter): the statement's run `$r` is the one before it
    // `$rp` and its bytes, encoded unchecked (a failure adds no bytes and is kept in the run);
    // the check (`$c`, named by the mnemonic and used at the mnemonic) reports a bad statement
    // there. Any other statement appends the run before it (`dynasm_flush!`) and leaves its own
    // run empty.
    ({} $lk:tt [$t:tt $p:tt $m:tt $o:tt (@chain $rp:tt $r:ident $ft:tt) $c:tt] [$(($($ds:tt)*) [] $z:tt)*] [] $i:tt) => {
        const $r: $crate::x64::encoder::chain::Run = $rp.then($crate::dynasm_encode!{ [encoder::chain] $p $ft $m $o [$(($($ds)*))*] $i });
        {
            const $c: u8 = $crate::x64::encoder::chain::check($r);
            let _ = $c;
        }
    };
    ({} $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $c:tt] [$(($($ds:tt)*) [] $z:tt)*] [[$($lab:tt)*]] $i:tt) => {{
        $crate::dynasm_flush!{ $t $ft }

        const $c: $crate::encoded::Encoded = $crate::dynasm_encode!{ [encoder] $p $ft $m $o [$(($($ds)*))*] $i }.code;
        $crate::dynasm_enc_label!{ $t $c [$($lab)*] }
    }};
    ({} $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $c:tt] [$(($($ds:tt)*) $f:tt {$($rt:tt)*})*] [$($lab:tt)?] $i:tt) => {{
        $crate::dynasm_flush!{ $t $ft }

        const $c: $crate::x64::encoder::Enc = $crate::dynasm_encode!{ [encoder] $p $ft $m $o [$(($($ds)*))*] $i };
        $t.__declasm_build($c, ($($crate::x64::emit::$($rt)*,)*));
        $($crate::dynasm_label_ref!{ $t $lab ($c.code.reloc_field) (0) ($c.code.reloc_enc) })?
    }};
    // ---- One-token operands -----------------------------------------------------------------------
    // Literals (written into the instruction at compile time; `$v:literal` also matches `-lit`, so
    // the negated forms come first).
    // (`(-$v) as i128`, `$v as u128`: an unsuffixed literal takes the cast's type, a suffixed
    // one keeps its own; its text tells the encoder its type, checked against the field.)
    // (dynasm-rs: `- -1` is an expression, `-1` a literal.)
    ({- - $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [- -] {$($r)*} $($s)* }
    };
    ({- $v:literal , $($r:tt)*} $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ {$($r)*} $lk $e [$($acc)* (imm_neg(0, (-$v) as i128, ::core::stringify!($v))) [] {NoArg}] $l [$($is)*] }
    };
    ({- $v:literal} $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ {} $lk $e [$($acc)* (imm_neg(0, (-$v) as i128, ::core::stringify!($v))) [] {NoArg}] $l [$($is)*] }
    };
    // Any other negation is an expression (`-min_stack`, `-(a + b)`; a `$v:literal` rule would
    // fail hard on it).
    ({- $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [-] {$($r)*} $($s)* }
    };
    ({$v:literal , $($r:tt)*} $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ {$($r)*} $lk $e [$($acc)* (imm_lit(0, $v as u128, ::core::stringify!($v))) [] {NoArg}] $l [$($is)*] }
    };
    ({$v:literal} $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ {} $lk $e [$($acc)* (imm_lit(0, $v as u128, ::core::stringify!($v))) [] {NoArg}] $l [$($is)*] }
    };
    // Memory references.
    ({[$($x:tt)*] , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_bkt!{ 0 [$($x)*] {$($r)*} $($s)* }
    };
    ({[$($x:tt)*]} $($s:tt)*) => {
        $crate::dynasm_bkt!{ 0 [$($x)*] {} $($s)* }
    };
    // Groups: `(expr)`, `{expr}`, `{rn-sae}`.
    ({($($x:tt)*) $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [($($x)*)] {$($r)*} $($s)* }
    };
    ({{$($x:tt)*} $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [{$($x)*}] {$($r)*} $($s)* }
    };
    // A name: register, alias or variable. (Taken as a `tt`, not an `ident`: a name that is a
    // run-time value keeps its own location, so that a type error is reported at it.)
    ({$x:tt , $($r:tt)*} ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_reg) 0 $x {$($r)*} ($($lk)*) $($s)* }
    };
    ({$x:tt} ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_reg) 0 $x {} ($($lk)*) $($s)* }
    };
    // ---- Other operands: split at the next comma ------------------------------------------------
    ({$a0:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$a0} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$a0 $a1} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$a0 $a1 $a2} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt $a3:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$a0 $a1 $a2 $a3} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt $a3:tt $a4:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$a0 $a1 $a2 $a3 $a4} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt $a3:tt $a4:tt $a5:tt $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [$a0 $a1 $a2 $a3 $a4 $a5] {$($r)*} $($s)* }
    };
    ({$($a:tt)+} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$($a)+} {} $($s)* }
    };
    (@long [$($a:tt)*] {, $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$($a)*} {$($r)*} $($s)* }
    };
    (@long [$($a:tt)*] {$x:tt $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_next!{ @long [$($a)* $x] {$($r)*} $($s)* }
    };
    (@long [$($a:tt)*] {} $($s:tt)*) => {
        $crate::dynasm_cls!{ 0 {$($a)*} {} $($s)* }
    };
}

/// Appends a classified operand: `@c (descriptor) {label}` (nothing at run time), `@i (descriptor)
/// (value)` (an immediate known at run time), `@r (descriptor) {run-time part} {label}`.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_push {
    (@c $ds:tt {$($lb:tt)*} $r:tt $lk:tt $e:tt [$($acc:tt)*] [$($l:tt)*] [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk $e [$($acc)* $ds [] {NoArg}] [$($l)* $($lb)*] [$($is)*] }
    };
    (@i $ds:tt $v:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $c:tt] [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk [$t $p $m $o $ft $c] [$($acc)* $ds [x] {dynasm_value!{$c imm $i0 $v}}] $l [$($is)*] }
    };
    (@r $ds:tt $rt:tt {$($lb:tt)*} $r:tt $lk:tt $e:tt [$($acc:tt)*] [$($l:tt)*] [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk $e [$($acc)* $ds [x] $rt] [$($l)* $($lb)*] [$($is)*] }
    };
    (@c $ds:tt $lb:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt ($($o:tt)*) $ft:tt $c:tt] $acc:tt $l:tt []) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
        $crate::dynasm_invalid_operand!{ $c }
    };
    (@i $ds:tt $v:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt ($($o:tt)*) $ft:tt $c:tt] $acc:tt $l:tt []) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
        $crate::dynasm_invalid_operand!{ $c }
    };
    (@r $ds:tt $rt:tt $lb:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt ($($o:tt)*) $ft:tt $c:tt] $acc:tt $l:tt []) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
        $crate::dynasm_invalid_operand!{ $c }
    };
}

/// Classifies one operand; `$k` is its size keyword in bytes (0: none).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_cls {
    ($k:tt {BYTE $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 1 {$($x)+} $($s)* } };
    ($k:tt {WORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 2 {$($x)+} $($s)* } };
    ($k:tt {DWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 4 {$($x)+} $($s)* } };
    ($k:tt {FWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 6 {$($x)+} $($s)* } };
    ($k:tt {AWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 8 {$($x)+} $($s)* } };
    ($k:tt {QWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 8 {$($x)+} $($s)* } };
    ($k:tt {TWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 10 {$($x)+} $($s)* } };
    ($k:tt {OWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 16 {$($x)+} $($s)* } };
    ($k:tt {YWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 32 {$($x)+} $($s)* } };
    ($k:tt {ZWORD $($x:tt)+} $($s:tt)*) => { $crate::dynasm_cls!{ 64 {$($x)+} $($s)* } };
    // Memory references, label memory references.
    ($k:tt {[$($x:tt)*]} $($s:tt)*) => { $crate::dynasm_bkt!{ $k [$($x)*] $($s)* } };
    // EVEX decorations after a register or memory operand (`zmm1{k1}{z}`, `ZWORD [rax]{k1}`,
    // `DWORD [rax]{1to16}`): they ride in the size keyword's high bits (see `Op::deco`).
    ($k:tt {[$($x:tt)*] $({$($d:tt)*})+} $($s:tt)*) => {
        $crate::dynasm_bkt!{ ($k $(| $crate::dynasm_deco!($($d)*))+) [$($x)*] $($s)* }
    };
    ($k:tt {$x:ident $({$($d:tt)*})+} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_reg) ($k $(| $crate::dynasm_deco!($($d)*))+) $x $r ($($lk)*) $($s)* }
    };
    ($k:tt {$f:ident ($($x:tt)*) $({$($d:tt)*})+} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $f ($($x)*) ($crate::dynasm_dreg) ($k $(| $crate::dynasm_deco!($($d)*))+) $f ($($x)*) $($s)* }
    };
    // EVEX rounding (`{rn-sae}`..`{rz-sae}`, `{sae}`): an operand in the syntax, a property of
    // the statement in the encoding (a prefix bit).
    ($k:tt {{rn - sae}} $($s:tt)*) => { $crate::dynasm_cls!{ @rc RN_SAE $($s)* } };
    ($k:tt {{rd - sae}} $($s:tt)*) => { $crate::dynasm_cls!{ @rc RD_SAE $($s)* } };
    ($k:tt {{ru - sae}} $($s:tt)*) => { $crate::dynasm_cls!{ @rc RU_SAE $($s)* } };
    ($k:tt {{rz - sae}} $($s:tt)*) => { $crate::dynasm_cls!{ @rc RZ_SAE $($s)* } };
    ($k:tt {{sae}} $($s:tt)*) => { $crate::dynasm_cls!{ @rc SAE $($s)* } };
    (@rc $rc:ident $r:tt $lk:tt [$t:tt [$($p:ident)*] $($e:tt)*] $($s:tt)*) => {
        $crate::dynasm_next!{ $r $lk [$t [$($p)* $rc] $($e)*] $($s)* }
    };
    // (Any other block is an immediate expression: `mov edx, { x }`.)
    ($k:tt {{$a:tt - $b:tt}} $($s:tt)*) => {
        $crate::dynasm_invalid_operand!{ $a }
        ::core::compile_error!(::core::concat!("declasm: unknown rounding operand `{",
            ::core::stringify!($a - $b), "}`: expected {rn-sae}, {rd-sae}, {ru-sae}, {rz-sae} or {sae}"));
    };
    // Label references.
    ($k:tt {-> $($lab:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @c (label($k, $crate::x64::operand::label::GLOBAL)) {[-> $($lab)+]} $($s)* } };
    ($k:tt {> $($lab:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @c (label($k, $crate::x64::operand::label::FORWARD)) {[> $($lab)+]} $($s)* } };
    ($k:tt {< $($lab:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @c (label($k, $crate::x64::operand::label::BACKWARD)) {[< $($lab)+]} $($s)* } };
    ($k:tt {=> $($lab:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @c (label($k, $crate::x64::operand::label::DYNAMIC)) {[=> $($lab)+]} $($s)* } };
    ($k:tt {extern $($lab:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @c (label($k, $crate::x64::operand::label::EXTERN)) {[extern $($lab)+]} $($s)* } };
    // Literals.
    // (`$v:literal` also matches `-lit`, so the negated forms come first.)
    // (Literals are written into the instruction at compile time.)
    // (As in dynasm-rs, `lit`, `-lit` and these in parentheses are literals; `-(lit)` and
    // `- -lit` are expressions.)
    ($k:tt {(($($x:tt)*))} $($s:tt)*) => { $crate::dynasm_cls!{ $k {($($x)*)} $($s)* } };
    ($k:tt {- - $($x:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @i (imm($k)) (- - $($x)+) $($s)* } };
    ($k:tt {- $v:literal} $($s:tt)*) => { $crate::dynasm_push!{ @c (imm_neg($k, (-$v) as i128, ::core::stringify!($v))) {} $($s)* } };
    ($k:tt {(- $v:literal)} $($s:tt)*) => { $crate::dynasm_push!{ @c (imm_neg($k, (-$v) as i128, ::core::stringify!($v))) {} $($s)* } };
    // Any other negation is a run-time expression (a `$v:literal` rule would fail hard on it).
    ($k:tt {- $($x:tt)+} $($s:tt)*) => { $crate::dynasm_push!{ @i (imm($k)) (- $($x)+) $($s)* } };
    ($k:tt {$v:literal} $($s:tt)*) => { $crate::dynasm_push!{ @c (imm_lit($k, $v as u128, ::core::stringify!($v))) {} $($s)* } };
    ($k:tt {($v:literal)} $($s:tt)*) => { $crate::dynasm_push!{ @c (imm_lit($k, $v as u128, ::core::stringify!($v))) {} $($s)* } };
    // Dynamic registers.
    ($k:tt {$f:ident ($($x:tt)*)} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $f ($($x)*) ($crate::dynasm_dreg) $k $f ($($x)*) $($s)* }
    };
    // Type maps: `reg => Type.field`, `reg => Type[index].field`, `reg => Type[index]`, rewritten
    // into memory references (the scale is the type's size, the field's offset a displacement).
    // (The base is a register or a dynamic register; an index `[name]` or `[name + expr]` is a
    // register if the name is one, else an immediate: see `dynasm_mem!`'s `* #` rule.)
    ($k:tt {$r:ident => $ty:ident $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ @tmap $k [$r] ($ty) {$($x)*} $($s)* }
    };
    ($k:tt {$r:ident => $a:ident :: $b:ident $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ @tmap $k [$r] ($a::$b) {$($x)*} $($s)* }
    };
    ($k:tt {$fam:ident $v:tt => $ty:ident $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ @tmap $k [$fam $v] ($ty) {$($x)*} $($s)* }
    };
    ($k:tt {$fam:ident $v:tt => $a:ident :: $b:ident $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_cls!{ @tmap $k [$fam $v] ($a::$b) {$($x)*} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {. $f:ident} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)* + (::core::mem::offset_of!($ty, $f) as i32)]} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {[$i:ident] $(. $f:ident)?} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)* + $i * # (::core::mem::size_of::<$ty>())
            $(+ (::core::mem::offset_of!($ty, $f) as i32))?]} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {[$i:ident + $($o:tt)+] $(. $f:ident)?} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)* + $i * # (::core::mem::size_of::<$ty>())
            + ((($($o)+) as isize * ::core::mem::size_of::<$ty>() as isize $(+ ::core::mem::offset_of!($ty, $f) as isize)?) as i32)]} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {[$fam:ident $v:tt]} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)* + $fam $v * # (::core::mem::size_of::<$ty>())]} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {[$fam:ident $v:tt $(+ $($o:tt)+)?] $(. $f:ident)?} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)* + $fam $v * # (::core::mem::size_of::<$ty>())
            + ((0 $(+ ($($o)+) as isize * ::core::mem::size_of::<$ty>() as isize)? $(+ ::core::mem::offset_of!($ty, $f) as isize)?) as i32)]} $($s)* }
    };
    (@tmap $k:tt [$($r:tt)*] $ty:tt {[$($o:tt)+] $(. $f:ident)?} $($s:tt)*) => {
        $crate::dynasm_cls!{ $k {[$($r)*
            + ((($($o)+) as isize * ::core::mem::size_of::<$ty>() as isize $(+ ::core::mem::offset_of!($ty, $f) as isize)?) as i32)]} $($s)* }
    };
    // A name: register, alias or variable (a `tt`: see `dynasm_next!`).
    ($k:tt {$x:tt} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_reg) $k $x $r ($($lk)*) $($s)* }
    };
    ($k:tt {$x:expr} $($s:tt)*) => { $crate::dynasm_push!{ @i (imm($k)) ($x) $($s)* } };
    ($k:tt $x:tt $($s:tt)*) => {
        $crate::dynasm_bad_operand!{ $x $x }
    };
}

/// Result of a register lookup for an operand: `[R class size number OP]` or `[N]`, then
/// `keyword name` and the state.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_reg {
    ([R $c:ident $z:tt $n:tt $op:ident] ($($k:tt)*) $x:tt $r:tt $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk $e [$($acc)* (reg_ops::$op.deco($($k)*)) [] {NoArg}] $l [$($is)*] }
    };
    ([R $c:ident $z:tt $n:tt $op:ident] $k:tt $x:tt $r:tt $lk:tt $e:tt [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk $e [$($acc)* (reg_ops::$op) [] {NoArg}] $l [$($is)*] }
    };
    ([N] ($($k:tt)*) $x:tt $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: `", ::core::stringify!($x),
            "` is not a register: EVEX decorations ({k1}, {z}, {1toN}) follow a register or a memory operand"));
    };
    ([N] $k:tt $x:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $c:tt] [$($acc:tt)*] $l:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_next!{ $r $lk [$t $p $m $o $ft $c] [$($acc)* (imm($k)) [x] {dynasm_value!{$c imm $i0 ($x)}}] $l [$($is)*] }
    };
    ($res:tt $k:tt $x:tt $r:tt $lk:tt [$t:tt $p:tt $m:tt ($($o:tt)*) $ft:tt $c:tt] $acc:tt $l:tt []) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
        $crate::dynasm_invalid_operand!{ $c }
    };
}

/// Result of a dynamic register lookup for an operand: `[D class size (expr)]` or `[N]`.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_dreg {
    // (The number is checked for the class when the instruction is emitted: `Rh(n)` 4-7, `Rk(n)`
    // 0-7; the rest by the encoding's patch, see `emit::dynreg_of`.)
    ([D $c:ident $z:tt $v:tt] ($($k:tt)*) $f:ident $a:tt $($s:tt)*) => {
        $crate::dynasm_push!{ @r (dynreg($crate::x64::operand::class::$c, $z).deco($($k)*))
            {dynreg_of::<{ $crate::x64::operand::class::$c }>($v)} {} $($s)* }
    };
    ([D $c:ident $z:tt $v:tt] $k:tt $f:ident $a:tt $($s:tt)*) => {
        $crate::dynasm_push!{ @r (dynreg($crate::x64::operand::class::$c, $z))
            {dynreg_of::<{ $crate::x64::operand::class::$c }>($v)} {} $($s)* }
    };
    ([N] $k:tt $f:ident ($($a:tt)*) $($s:tt)*) => {
        $crate::dynasm_push!{ @i (imm($k)) ($f($($a)*)) $($s)* }
    };
}

/// A bracketed operand: a label memory reference or a memory reference.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_bkt {
    // Label memory references: rip-relative, the label's offset is added by the relocation.
    ($k:tt [-> $($lab:tt)+] $($s:tt)*) => { $crate::dynasm_bkt!{ @lab $k GLOBAL [-> $($lab)+] $($s)* } };
    ($k:tt [> $($lab:tt)+] $($s:tt)*) => { $crate::dynasm_bkt!{ @lab $k FORWARD [> $($lab)+] $($s)* } };
    ($k:tt [< $($lab:tt)+] $($s:tt)*) => { $crate::dynasm_bkt!{ @lab $k BACKWARD [< $($lab)+] $($s)* } };
    ($k:tt [=> $($lab:tt)+] $($s:tt)*) => { $crate::dynasm_bkt!{ @lab $k DYNAMIC [=> $($lab)+] $($s)* } };
    ($k:tt [extern $($lab:tt)+] $($s:tt)*) => { $crate::dynasm_bkt!{ @lab $k EXTERN [extern $($lab)+] $($s)* } };
    (@lab $k:tt $kind:ident $lab:tt $($s:tt)*) => {
        $crate::dynasm_push!{ @c
            (mem($k, $crate::x64::operand::Mem::label($crate::x64::operand::label::$kind)))
            {$lab} $($s)* }
    };
    // Memory references: the state is `{terms} [keyword nosplit force] [Mem builder calls]
    // [displacement terms] [dynamic registers]`.
    ($k:tt [NOSPLIT BYTE $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k true 1] [] [] [] $($s)* } };
    ($k:tt [NOSPLIT DWORD $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k true 4] [] [] [] $($s)* } };
    ($k:tt [NOSPLIT $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k true 0] [] [] [] $($s)* } };
    ($k:tt [BYTE $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k false 1] [] [] [] $($s)* } };
    ($k:tt [DWORD $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k false 4] [] [] [] $($s)* } };
    // The common shapes, `[b]`, `[b ± lit]`, `[b + i * n]`, `[b + i * n ± lit]`: if the names are
    // static registers, one `operand::mem_fast` call (see `dynasm_mfast!`); else the general way.
    // (The displacement state is `[has_disp (value) literal]`; `- -lit` is an expression.)
    ($k:tt [$b:ident $sg:tt - $($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $b $sg - $($x)*} [$k false 0] [] [] [] $($s)* } };
    ($k:tt [$b:ident + $i:ident * $n:literal $sg:tt - $($x:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ $b + $i * $n $sg - $($x)*} [$k false 0] [] [] [] $($s)* }
    };
    ($k:tt [$b:ident] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b] [] [false (0) 0]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$b:ident + $v:literal] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b + $v] [] [true ($v) $v]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$b:ident - $v:literal] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b - $v] [] [true (-$v) $v]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$b:ident + $i:ident * $n:literal] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b + $i * $n] [$i $n] [false (0) 0]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$b:ident + $i:ident * $n:literal + $v:literal] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b + $i * $n + $v] [$i $n] [true ($v) $v]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$b:ident + $i:ident * $n:literal - $v:literal] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_mfast) [$k [$b + $i * $n - $v] [$i $n] [true (-$v) $v]] $r ($($lk)*) $($s)* }
    };
    ($k:tt [$($x:tt)*] $($s:tt)*) => { $crate::dynasm_mem!{ {+ $($x)*} [$k false 0] [] [] [] $($s)* } };
}

/// Register lookups for the common memory shapes of [`dynasm_bkt!`]: `[k [tokens] [index
/// scale] [has_disp value]]` after the base's lookup, `[@i k [tokens] [base] scale [has_disp
/// value]]` after the index's. Static registers give `operand::mem_fast`; anything else (a variable,
/// a dynamic register) starts over on the general path.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_mfast {
    ([R $c:ident $z:tt $n:tt $op:ident] [$k:tt $x:tt [] [false $dv:tt $lv:tt]] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem_base($k, $crate::x64::operand::class::$c, $z, $n)) {} $($s)* }
    };
    ([R $c:ident $z:tt $n:tt $op:ident] [$k:tt $x:tt [] [true $dv:tt $lv:tt]] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem_base_disp($k, $crate::x64::operand::class::$c, $z, $n,
            $dv as i128, ::core::stringify!($lv))) {} $($s)* }
    };
    ([R $c:ident $z:tt $n:tt $op:ident] [$k:tt $x:tt [] [$hd:tt $dv:tt $lv:tt]] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem_fast($k, $crate::x64::operand::class::$c, $z, $n,
            $crate::x64::operand::NOREG, 0, 0, 0, $hd, $dv as i128, ::core::stringify!($lv))) {} $($s)* }
    };
    ([R $c:ident $z:tt $n:tt $op:ident] [$k:tt $x:tt [$i:ident $sc:tt] $d:tt] $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $i ($crate::dynasm_mfast) [@i $k $x [$c $z $n] $sc $d] $r ($($lk)*) $($s)* }
    };
    ([R $c2:ident $z2:tt $n2:tt $op:ident] [@i $k:tt $x:tt [$c:ident $z:tt $n:tt] $sc:tt [$hd:tt $dv:tt $lv:tt]] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem_fast($k, $crate::x64::operand::class::$c, $z, $n,
            $crate::x64::operand::class::$c2, $z2, $n2, $sc, $hd, $dv as i128, ::core::stringify!($lv))) {} $($s)* }
    };
    ($res:tt [@i $k:tt [$($x:tt)*] $($t:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ $($x)*} [$k false 0] [] [] [] $($s)* }
    };
    ($res:tt [$k:tt [$($x:tt)*] $($t:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ $($x)*} [$k false 0] [] [] [] $($s)* }
    };
}

/// Memory references: terms joined by `+`/`-`. State: `{terms left} [keyword nosplit force]
/// [Mem builder calls] [displacement terms] [dynamic registers]`, then the operand state.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_mem {
    // Done, nothing known only at run time (a single literal displacement is compiled in).
    // (A single literal displacement is compiled in.)
    ({} [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [$(+ $v:literal)?] [] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*)) {} $($s)* }
    };
    ({} [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [+ (- $v:literal)] [] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*)) {} $($s)* }
    };
    // Negations (before any `$v:literal` rule after a sign, which would fail hard on `- name`):
    // `+ -lit` and `+ (-lit)` are literals, `+ -expr`, `- -lit`, `+ (-(expr))` expressions.
    ({$sg:tt - $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @neg $sg {- $($x)*} $($s)* }
    };
    ({$sg:tt (- $($y:tt)*) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @neg $sg {(- $($y)*) $($x)*} $($s)* }
    };
    (@neg + {- $v:literal $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ {- $v $($x)*} $($s)* }
    };
    (@neg + {(- $v:literal) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ {- $v $($x)*} $($s)* }
    };
    (@neg $sg:tt {$t:tt $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @expr $sg [$t] {$($x)*} $($s)* }
    };
    // A last literal term with no displacement so far.
    ({+ $v:literal} [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [] [] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)* .disp_lit($v as i128, ::core::stringify!($v)))) {} $($s)* }
    };
    ({- $v:literal} [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [] [] $($s:tt)*) => {
        $crate::dynasm_push!{ @c (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)* .disp_lit((-$v) as i128, ::core::stringify!($v)))) {} $($s)* }
    };
    // Done, with run-time parts.
    ({} $f:tt $c:tt [$(+ $v:literal)?] $y:tt $($s:tt)*) => {
        $crate::dynasm_mem!{ @done $f $c [] $y $($s)* }
    };
    ({} $f:tt $c:tt [+ (- $v:literal)] $y:tt $($s:tt)*) => {
        $crate::dynasm_mem!{ @done $f $c [] $y $($s)* }
    };
    ({} $f:tt $c:tt $d:tt $y:tt $($s:tt)*) => {
        $crate::dynasm_mem!{ @done $f $c $d $y $($s)* }
    };
    (@done [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [] [$($y:tt)*] $($s:tt)*) => {
        $crate::dynasm_push!{ @r (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*))
            {MemArg(
                $crate::x64::emit::NoArg,
                $crate::dynasm_mem!{ @dyn 0 $($y)* },
                $crate::dynasm_mem!{ @dyn 1 $($y)* },
            )} {} $($s)* }
    };
    // One `+` term is the field's value itself (`expr as _` infers the field's type); with more
    // terms, each gets the field's type.
    (@done [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [+ $d:tt] [$($y:tt)*] $r:tt $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $cn:tt] $($s:tt)*) => {
        $crate::dynasm_push!{ @r (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*))
            {MemArg(
                $crate::x64::emit::dynasm_value!{$cn disp $d},
                $crate::dynasm_mem!{ @dyn 0 $($y)* },
                $crate::dynasm_mem!{ @dyn 1 $($y)* },
            )} {} $r $lk [$t $p $m $o $ft $cn] $($s)* }
    };
    (@done [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [$($sg:tt $d:tt)+] [$($y:tt)*] $r:tt $lk:tt [$t:tt $p:tt $m:tt $o:tt $ft:tt $cn:tt] $($s:tt)*) => {
        $crate::dynasm_push!{ @r (mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*))
            {MemArg(
                $crate::x64::emit::dynasm_value!{$cn disp ((0 $($sg $crate::x64::emit::dynasm_value!{$cn term $d})+))},
                $crate::dynasm_mem!{ @dyn 0 $($y)* },
                $crate::dynasm_mem!{ @dyn 1 $($y)* },
            )} {} $r $lk [$t $p $m $o $ft $cn] $($s)* }
    };
    (@dyn 0) => { $crate::x64::emit::NoArg };
    (@dyn 0 $a:tt $($r:tt)*) => { $crate::x64::emit::dynmem::<0>($a) };
    (@dyn 1) => { $crate::x64::emit::NoArg };
    (@dyn 1 $a:tt) => { $crate::x64::emit::NoArg };
    (@dyn 1 $a:tt $b:tt $($r:tt)*) => { $crate::x64::emit::dynmem::<1>($b) };
    // A macro call as a factor (`2 * size!()`) is an expression.
    ({$sg:tt $n:literal * $r:ident ! $a:tt $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @expr $sg [$n * $r ! $a] {$($x)*} $($s)* }
    };
    // Terms. A register term: look the name up (`$n` the scale, `$u` whether it was unscaled).
    ({$sg:tt $r:ident * $n:literal $($x:tt)*} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg $n false [$r * $n] {$($x)*} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    // A type map's index (`reg => Type[index]`, see `dynasm_cls!`): `# (size)` is the type's
    // size; an index that is not a register is an immediate, `index * size` a displacement.
    ({$sg:tt $r:ident * # ($($n:tt)*) $($x:tt)*} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg ($crate::x64::operand::scale($($n)*)) false
            [(($r) as isize * ($($n)*) as isize) as i32] {$($x)*} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    ({$sg:tt $n:literal * $fam:ident ($($v:tt)*) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg $n false [$n * $fam($($v)*)] {$($x)*} $($s)* }
    };
    ({$sg:tt $n:literal * $r:ident $($x:tt)*} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg $n false [$n * $r] {$($x)*} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    ({$sg:tt $fam:ident ($($v:tt)*) * # ($($n:tt)*) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg ($crate::x64::operand::scale($($n)*)) false
            [(($fam($($v)*)) as isize * ($($n)*) as isize) as i32] {$($x)*} $($s)* }
    };
    ({$sg:tt $fam:ident ($($v:tt)*) * $n:literal $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg $n false [$fam($($v)*) * $n] {$($x)*} $($s)* }
    };
    ({$sg:tt $fam:ident ($($v:tt)*) + $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg 1 true [$fam($($v)*)] {+ $($x)*} $($s)* }
    };
    ({$sg:tt $fam:ident ($($v:tt)*) - $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg 1 true [$fam($($v)*)] {- $($x)*} $($s)* }
    };
    ({$sg:tt $fam:ident ($($v:tt)*)} $($s:tt)*) => {
        $crate::dynasm_dynregs!{ $fam ($($v)*) ($crate::dynasm_mreg) $sg 1 true [$fam($($v)*)] {} $($s)* }
    };
    // Literal displacements.
    // (`+ (lit)`, `+ ((lit))` are literals too; `- (lit)` and `- -lit` are expressions.)
    ({+ (($($y:tt)*)) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ ($($y)*) $($x)*} $($s)* }
    };
    ({+ ($v:literal) $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ $v $($x)*} $($s)* }
    };
    ({+ $v:literal $($x:tt)*} $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {$($x)*} $f [$($c)* .disp_lit($v as i128, ::core::stringify!($v))] [$($d)* + $v] $($s)* }
    };
    ({- $v:literal $($x:tt)*} $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {$($x)*} $f [$($c)* .disp_lit((-$v) as i128, ::core::stringify!($v))] [$($d)* + (-$v)] $($s)* }
    };
    // A one-token term (after the literals): a register, or a run-time displacement (a `tt`,
    // not an `ident`, so that a name keeps its own location for type errors).
    ({$sg:tt $r:tt + $($x:tt)*} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg 1 true [$r] {+ $($x)*} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    ({$sg:tt $r:tt - $($x:tt)*} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg 1 true [$r] {- $($x)*} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    ({$sg:tt $r:tt} $f:tt $c:tt $d:tt $y:tt $o:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $r ($crate::dynasm_mreg) $sg 1 true [$r] {} $f $c $d $y $o ($($lk)*) $($s)* }
    };
    // A displacement expression: tokens up to the next `+`/`-`.
    ({$sg:tt $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @expr $sg [] {$($x)*} $($s)* }
    };
    (@expr $sg:tt [$($a:tt)+] {} $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {} $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $($s)* }
    };
    (@expr $sg:tt [$($a:tt)+] {+ $($x:tt)*} $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {+ $($x)*} $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $($s)* }
    };
    (@expr $sg:tt [$($a:tt)+] {- $($x:tt)*} $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ {- $($x)*} $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $($s)* }
    };
    (@expr $sg:tt [$($a:tt)*] {$t0:tt $($x:tt)*} $($s:tt)*) => {
        $crate::dynasm_mem!{ @expr $sg [$($a)* $t0] {$($x)*} $($s)* }
    };
}

/// Result of a register lookup for a memory term: `[R class size number OP]`, `[D class size (expr)]`
/// or `[N]` (then a displacement), followed by `sign scale unscaled [term tokens] {terms left}`
/// and the memory state.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_mreg {
    ([R $cl:ident $z:tt $nm:tt $op:ident] $sg:tt $n:tt $u:tt $tok:tt $x:tt $f:tt [$($c:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ $x $f [$($c)* .reg($crate::x64::operand::class::$cl, $z, $nm, $n, $u)] $($s)* }
    };
    ([D $cl:ident $z:tt $v:tt] $sg:tt $n:tt $u:tt $tok:tt $x:tt $f:tt [$($c:tt)*] $d:tt [$($y:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ $x $f [$($c)* .reg($crate::x64::operand::class::$cl, $z, $crate::x64::operand::DYN, $n, $u)] $d [$($y)* $v] $($s)* }
    };
    ([N] $sg:tt $n:tt $u:tt [$($tok:tt)*] $x:tt $f:tt [$($c:tt)*] [$($d:tt)*] $($s:tt)*) => {
        $crate::dynasm_mem!{ $x $f [$($c)* .disp_expr()] [$($d)* $sg ($($tok)*)] $($s)* }
    };
}

/// One EVEX decoration as bits of a decorated operand's keyword (see `Op::deco`): `{k1}`..`{k7}`,
/// `{z}`, `{1to2}`..`{1to32}`.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_deco {
    (k1) => { 1 << 8 };
    (k2) => { 2 << 8 };
    (k3) => { 3 << 8 };
    (k4) => { 4 << 8 };
    (k5) => { 5 << 8 };
    (k6) => { 6 << 8 };
    (k7) => { 7 << 8 };
    (z) => { 1 << 11 };
    (1to2) => { 2 << 12 };
    (1to4) => { 4 << 12 };
    (1to8) => { 8 << 12 };
    (1to16) => { 16 << 12 };
    (1to32) => { 32 << 12 };
    // Errors (the decoration's own token, taken as a `tt`, says where).
    (@bad ($d0:tt) k0) => {{
        $crate::dynasm_invalid_operand!{ $d0 }
        ::core::compile_error!("declasm: `{k0}` is not a write mask (k0 means no mask): use k1-k7")
    }};
    (@bad ($d0:tt $($d:tt)*) $($x:tt)*) => {{
        $crate::dynasm_invalid_operand!{ $d0 }
        ::core::compile_error!(::core::concat!("declasm: unknown decoration `{", ::core::stringify!($d0 $($d)*),
            "}`: expected a write mask {k1}..{k7}, zeroing {z} or a broadcast {1to2}..{1to32}"))
    }};
    ($d0:tt $($d:tt)*) => {
        $crate::dynasm_deco!{ @bad ($d0 $($d)*) $d0 $($d)* }
    };
}
