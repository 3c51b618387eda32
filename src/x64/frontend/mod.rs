//! The `dynasm!` front end, in `macro_rules!` only.
//!
//! Pipeline: `dynasm!` reads the leading `.arch`/`.alias`/`.feature` directives, then
//! `__dynasm_split!` (generated, `split.rs`) cuts the rest into statements; each statement goes to
//! `__dynasm_stmt!` (labels, directives, prefixes) and instructions to `__dynasm_op!`, which
//! classifies the operands one by one (registers through `__dynasm_regs!`, generated in
//! `registers.rs`) and finally emits a `const` [`Enc`](crate::x64::encoder::Enc) plus the run-time
//! values that fill its holes.
//!
//! Instruction state threaded through `__dynasm_op!`:
//! `[target lookup] [prefix bits] mnemonic (statement text) [descriptors] [run-time parts]
//! [label] [free operand indices] {operands left}`.

mod registers;
mod split;

/// Assembles x64 code into an assembler, in dynasm-rs's syntax.
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
#[macro_export]
macro_rules! dynasm {
    ($target:expr $(; $($body:tt)*)?) => {{
        $crate::__dynasm_lead!{ [$target] [] $(; $($body)*)? }
    }};
}

/// Reads the leading directives of a call (`.arch`, `.alias`, `.feature`), then starts splitting.
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_lead {
    ([$t:tt] [$($al:tt)*] ; . arch x64 $($r:tt)*) => {
        $crate::__dynasm_lead!{ [$t] [$($al)*] $($r)* }
    };
    ([$t:tt] [$($al:tt)*] ; . arch $a:ident $($r:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "declasm: unsupported architecture `", ::core::stringify!($a), "` (only `x64` is supported)"
        ));
    };
    ([$t:tt] [$($al:tt)*] ; . feature $($f:ident),* $(; $($r:tt)*)?) => {
        $crate::__dynasm_lead!{ [$t] [$($al)*] $(; $($r)*)? }
    };
    ([$t:tt] [$($al:tt)*] ; . alias $n:ident , $reg:ident $($r:tt)*) => {
        $crate::__dynasm_lead!{ [$t] [$($al)* [$n $reg]] $($r)* }
    };
    ([$t:tt] [] $($r:tt)*) => {
        $crate::__dynasm_split!{ @L1 [$t ($) ($crate::__dynasm_regs) [] last] $($r)* }
    };
    ([$t:tt] [$($al:tt)+] $($r:tt)*) => {
        $crate::__dynasm_alias!{ [$t ($) () [] last] [$($al)+] $($r)* }
    };
}

/// Defines the alias lookup `__declasm_alias!` for the statements that follow (all aliases known so
/// far plus the new ones), then goes on splitting inside the block where it is visible.
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_alias {
    ([$t:tt ($d:tt) $lk:tt $old:tt more] $new:tt $($r:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "declasm: `.alias ", ::core::stringify!($new),
            "` after the first instruction of a very long dynasm! call is not supported; move it to the start of the call"
        ));
    };
    ([$t:tt ($d:tt) $lk:tt [$([$on:ident $or:ident])*] last] [$([$n:ident $reg:ident])+] $($r:tt)*) => {
        macro_rules! __declasm_alias {
            $(($n $d m:ident [$d ($d s:tt)*]) => { $crate::__dynasm_regs!{ $reg $d m [$d ($d s)*] } };)+
            $(($on $d m:ident [$d ($d s:tt)*]) => { $crate::__dynasm_regs!{ $or $d m [$d ($d s)*] } };)*
            ($d x:ident $d m:ident [$d ($d s:tt)*]) => { $crate::__dynasm_regs!{ $d x $d m [$d ($d s)*] } };
        }
        $crate::__dynasm_split!{ @L1 [$t ($d) (__declasm_alias) [$([$n $reg])+ $([$on $or])*] last] $($r)* }
    };
}

/// One statement: a label, a directive, or an instruction with its prefixes.
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_stmt {
    // Labels.
    ([$t:tt $lk:tt] -> $n:ident :) => {
        $t.__global_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    ([$t:tt $lk:tt] => $e:expr) => {
        $t.dynamic_label($e);
    };
    ([$t:tt $lk:tt] $n:ident :) => {
        $t.__local_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    // Directives.
    ([$t:tt $lk:tt] . $($d:tt)*) => {
        $crate::__dynasm_directive!{ $t $($d)* }
    };
    // Prefixes.
    ([$t:tt $lk:tt] lock $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [LOCK] $m $($r)* } };
    ([$t:tt $lk:tt] rep $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [REP] $m $($r)* } };
    ([$t:tt $lk:tt] repe $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [REP] $m $($r)* } };
    ([$t:tt $lk:tt] repz $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [REP] $m $($r)* } };
    ([$t:tt $lk:tt] repne $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [REPNE] $m $($r)* } };
    ([$t:tt $lk:tt] repnz $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [REPNE] $m $($r)* } };
    ([$t:tt $lk:tt] cs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [CS] $m $($r)* } };
    ([$t:tt $lk:tt] ds $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [DS] $m $($r)* } };
    ([$t:tt $lk:tt] es $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [ES] $m $($r)* } };
    ([$t:tt $lk:tt] fs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [FS] $m $($r)* } };
    ([$t:tt $lk:tt] gs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [GS] $m $($r)* } };
    ([$t:tt $lk:tt] ss $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [SS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] lock $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* LOCK] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] rep $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* REP] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] repe $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* REP] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] repz $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* REP] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] repne $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* REPNE] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] repnz $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* REPNE] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] cs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* CS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] ds $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* DS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] es $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* ES] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] fs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* FS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] gs $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* GS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] ss $m:ident $($r:tt)*) => { $crate::__dynasm_stmt!{ @p [$t $lk] [$($p)* SS] $m $($r)* } };
    (@p [$t:tt $lk:tt] [$($p:ident)*] $m:ident $($r:tt)*) => {
        $crate::__dynasm_op!{ @next [$t $lk] [$($p)*] $m ($($p)* $m $($r)*) [] [] [] [0 1 2 3] {$($r)*} }
    };
    // Mnemonics that are Rust keywords.
    ([$t:tt $lk:tt] loop $($r:tt)*) => {
        $crate::__dynasm_op!{ @next [$t $lk] [] r#loop (loop $($r)*) [] [] [] [0 1 2 3] {$($r)*} }
    };
    ([$t:tt $lk:tt] in $($r:tt)*) => {
        $crate::__dynasm_op!{ @next [$t $lk] [] r#in (in $($r)*) [] [] [] [0 1 2 3] {$($r)*} }
    };
    // Instructions.
    ([$t:tt $lk:tt] $m:ident $($r:tt)*) => {
        $crate::__dynasm_op!{ @next [$t $lk] [] $m ($m $($r)*) [] [] [] [0 1 2 3] {$($r)*} }
    };
    ([$t:tt $lk:tt] $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: cannot parse statement `", ::core::stringify!($($r)*), "`"));
    };
}

/// Directives other than `.arch`/`.alias`/`.feature` at the start of a call.
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_directive {
    ($t:tt arch x64) => {};
    ($t:tt arch $a:ident) => {
        ::core::compile_error!(::core::concat!(
            "declasm: unsupported architecture `", ::core::stringify!($a), "` (only `x64` is supported)"
        ));
    };
    ($t:tt feature $($f:ident),*) => {};
    ($t:tt align $e:expr) => { $t.align($e, 0x90); };
    ($t:tt align $e:expr, $f:expr) => { $t.align($e, $f); };
    ($t:tt u8 $($e:expr),+) => { $($t.push($e);)+ };
    ($t:tt i8 $($e:expr),+) => { $($t.push_i8($e);)+ };
    ($t:tt u16 $($e:expr),+) => { $($t.push_u16($e);)+ };
    ($t:tt i16 $($e:expr),+) => { $($t.push_i16($e);)+ };
    ($t:tt u32 $($e:expr),+) => { $($t.push_u32($e);)+ };
    ($t:tt i32 $($e:expr),+) => { $($t.push_i32($e);)+ };
    ($t:tt u64 $($e:expr),+) => { $($t.push_u64($e);)+ };
    ($t:tt i64 $($e:expr),+) => { $($t.push_i64($e);)+ };
    ($t:tt f32 $($e:expr),+) => { $($t.push_u32(f32::to_bits($e));)+ };
    ($t:tt f64 $($e:expr),+) => { $($t.push_u64(f64::to_bits($e));)+ };
    ($t:tt bytes $e:expr) => { $t.extend($e); };
    ($t:tt rel8 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 1 0 $($l)+ } };
    ($t:tt rel16 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 2 0 $($l)+ } };
    ($t:tt rel32 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 4 0 $($l)+ } };
    ($t:tt rel64 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 8 0 $($l)+ } };
    ($t:tt abs32 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 4 2 $($l)+ } };
    ($t:tt abs64 $($l:tt)+) => { $crate::__dynasm_directive!{ @data $t 8 2 $($l)+ } };
    (@data $t:tt $size:tt $kind:tt $($l:tt)+) => {
        $t.extend(&[0u8; $size]);
        $crate::__dynasm_label_ref!{ $t [$($l)+] ($size) ($size) ($size | $kind << 4) }
    };
    ($t:tt $d:ident $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: unknown directive `.", ::core::stringify!($d), "`"));
    };
}

/// Records a relocation for label reference `[label tokens]` whose field ends `field` bytes
/// before the current offset, relative to `refo` bytes before it, with relocation encoding `enc`.
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_label_ref {
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

/// Operand classification and instruction emission (see the module docs for the state).
#[doc(hidden)]
#[macro_export]
macro_rules! __dynasm_op {
    // ---- Splitting the operand list at commas -------------------------------------------------
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {}) => {
        $crate::__dynasm_op!{ @emit $e $p $m $o $ds $rs $l }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt , $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$a0} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt $a1:tt , $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$a0 $a1} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt $a1:tt $a2:tt , $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$a0 $a1 $a2} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt $a1:tt $a2:tt $a3:tt , $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$a0 $a1 $a2 $a3} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt $a1:tt $a2:tt $a3:tt $a4:tt , $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$a0 $a1 $a2 $a3 $a4} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$a0:tt $a1:tt $a2:tt $a3:tt $a4:tt $a5:tt $($r:tt)*}) => {
        $crate::__dynasm_op!{ @long [$a0 $a1 $a2 $a3 $a4 $a5] $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@next $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$($a:tt)+}) => {
        $crate::__dynasm_op!{ @cls 0 {$($a)+} $e $p $m $o $ds $rs $l $i {} }
    };
    (@long [$($a:tt)*] $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {, $($r:tt)*}) => {
        $crate::__dynasm_op!{ @cls 0 {$($a)*} $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@long [$($a:tt)*] $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {$x:tt $($r:tt)*}) => {
        $crate::__dynasm_op!{ @long [$($a)* $x] $e $p $m $o $ds $rs $l $i {$($r)*} }
    };
    (@long [$($a:tt)*] $e:tt $p:tt $m:tt $o:tt $ds:tt $rs:tt $l:tt $i:tt {}) => {
        $crate::__dynasm_op!{ @cls 0 {$($a)*} $e $p $m $o $ds $rs $l $i {} }
    };

    // ---- Classifying one operand; `$k` is its size keyword in bytes (0: none) ------------------
    (@cls $k:tt {BYTE $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 1 {$($x)+} $($s)* } };
    (@cls $k:tt {WORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 2 {$($x)+} $($s)* } };
    (@cls $k:tt {DWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 4 {$($x)+} $($s)* } };
    (@cls $k:tt {FWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 6 {$($x)+} $($s)* } };
    (@cls $k:tt {AWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 8 {$($x)+} $($s)* } };
    (@cls $k:tt {QWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 8 {$($x)+} $($s)* } };
    (@cls $k:tt {TWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 10 {$($x)+} $($s)* } };
    (@cls $k:tt {OWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 16 {$($x)+} $($s)* } };
    (@cls $k:tt {YWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 32 {$($x)+} $($s)* } };
    (@cls $k:tt {ZWORD $($x:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @cls 64 {$($x)+} $($s)* } };
    // Label memory references.
    (@cls $k:tt {[-> $($lab:tt)+]} $($s:tt)*) => { $crate::__dynasm_op!{ @labmem $k GLOBAL [-> $($lab)+] $($s)* } };
    (@cls $k:tt {[> $($lab:tt)+]} $($s:tt)*) => { $crate::__dynasm_op!{ @labmem $k FORWARD [> $($lab)+] $($s)* } };
    (@cls $k:tt {[< $($lab:tt)+]} $($s:tt)*) => { $crate::__dynasm_op!{ @labmem $k BACKWARD [< $($lab)+] $($s)* } };
    (@cls $k:tt {[=> $($lab:tt)+]} $($s:tt)*) => { $crate::__dynasm_op!{ @labmem $k DYNAMIC [=> $($lab)+] $($s)* } };
    (@cls $k:tt {[extern $($lab:tt)+]} $($s:tt)*) => { $crate::__dynasm_op!{ @labmem $k EXTERN [extern $($lab)+] $($s)* } };
    // Memory references.
    (@cls $k:tt {[NOSPLIT BYTE $($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k true 1] [] [] [] {+ $($x)*} $($s)* } };
    (@cls $k:tt {[NOSPLIT DWORD $($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k true 4] [] [] [] {+ $($x)*} $($s)* } };
    (@cls $k:tt {[NOSPLIT $($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k true 0] [] [] [] {+ $($x)*} $($s)* } };
    (@cls $k:tt {[BYTE $($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k false 1] [] [] [] {+ $($x)*} $($s)* } };
    (@cls $k:tt {[DWORD $($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k false 4] [] [] [] {+ $($x)*} $($s)* } };
    (@cls $k:tt {[$($x:tt)*]} $($s:tt)*) => { $crate::__dynasm_op!{ @mem [$k false 0] [] [] [] {+ $($x)*} $($s)* } };
    // Label references.
    (@cls $k:tt {-> $($lab:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::label($k, $crate::x64::operand::label::GLOBAL)} {none} {[-> $($lab)+]} $($s)* } };
    (@cls $k:tt {> $($lab:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::label($k, $crate::x64::operand::label::FORWARD)} {none} {[> $($lab)+]} $($s)* } };
    (@cls $k:tt {< $($lab:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::label($k, $crate::x64::operand::label::BACKWARD)} {none} {[< $($lab)+]} $($s)* } };
    (@cls $k:tt {=> $($lab:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::label($k, $crate::x64::operand::label::DYNAMIC)} {none} {[=> $($lab)+]} $($s)* } };
    (@cls $k:tt {extern $($lab:tt)+} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::label($k, $crate::x64::operand::label::EXTERN)} {none} {[extern $($lab)+]} $($s)* } };
    // Literals.
    // (`$v:literal` also matches `-lit`, so the negated forms come first.)
    // (Literals are written into the instruction at compile time.)
    (@cls $k:tt {- $v:literal} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::imm_neg($k, $v)} {none} {} $($s)* } };
    (@cls $k:tt {(- $v:literal)} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::imm_neg($k, $v)} {none} {} $($s)* } };
    (@cls $k:tt {$v:literal} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::imm_lit($k, $v)} {none} {} $($s)* } };
    (@cls $k:tt {($v:literal)} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::imm_lit($k, $v)} {none} {} $($s)* } };
    // Dynamic registers.
    (@cls $k:tt {$f:ident ($($x:tt)*)} $($s:tt)*) => {
        $crate::__dynasm_dynregs!{ $f ($($x)*) dyn [$k $f ($($x)*) $($s)*] }
    };
    // Type maps: `reg => Type.field`, `reg => Type[index].field`, `reg => Type[index]`, rewritten
    // into memory references (the scale is the type's size, the field's offset a displacement).
    (@cls $k:tt {$r:ident => $ty:ident $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @tmap $k $r ($ty) {$($x)*} $($s)* }
    };
    (@cls $k:tt {$r:ident => $a:ident :: $b:ident $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @tmap $k $r ($a::$b) {$($x)*} $($s)* }
    };
    (@tmap $k:tt $r:ident $ty:tt {. $f:ident} $($s:tt)*) => {
        $crate::__dynasm_op!{ @cls $k {[$r + (::core::mem::offset_of!($ty, $f) as i32)]} $($s)* }
    };
    (@tmap $k:tt $r:ident $ty:tt {[$i:ident] $(. $f:ident)?} $($s:tt)*) => {
        $crate::__dynasm_op!{ @cls $k {[$r + $i * ($crate::x64::operand::scale(::core::mem::size_of::<$ty>()))
            $(+ (::core::mem::offset_of!($ty, $f) as i32))?]} $($s)* }
    };
    (@tmap $k:tt $r:ident $ty:tt {[$i:ident + $($o:tt)+] $(. $f:ident)?} $($s:tt)*) => {
        $crate::__dynasm_op!{ @cls $k {[$r + $i * ($crate::x64::operand::scale(::core::mem::size_of::<$ty>()))
            + ((($($o)+) as isize * ::core::mem::size_of::<$ty>() as isize $(+ ::core::mem::offset_of!($ty, $f) as isize)?) as i32)]} $($s)* }
    };
    (@tmap $k:tt $r:ident $ty:tt {[$($o:tt)+] $(. $f:ident)?} $($s:tt)*) => {
        $crate::__dynasm_op!{ @cls $k {[$r
            + ((($($o)+) as isize * ::core::mem::size_of::<$ty>() as isize $(+ ::core::mem::offset_of!($ty, $f) as isize)?) as i32)]} $($s)* }
    };
    // A name: register, alias or variable.
    (@cls $k:tt {$x:ident} [$t:tt ($($lk:tt)*)] $($s:tt)*) => {
        $($lk)*!{ $x name [$k $x [$t ($($lk)*)] $($s)*] }
    };
    (@cls $k:tt {$x:expr} $($s:tt)*) => { $crate::__dynasm_op!{ @push {Op::imm($k)} {imm ($x)} {} $($s)* } };
    (@cls $k:tt {$($x:tt)*} $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: cannot parse operand `", ::core::stringify!($($x)*), "`"));
    };

    // Results of register lookups.
    (@name [R $c:ident $z:tt $n:tt] $k:tt $x:ident $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::reg($crate::x64::operand::class::$c, $z, $n)} {none} {} $($s)* }
    };
    (@name [N] $k:tt $x:ident $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::imm($k)} {imm $x} {} $($s)* }
    };
    (@dyn [D $c:ident $z:tt $v:tt] $k:tt $f:ident $a:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::dynreg($crate::x64::operand::class::$c, $z)} {dyn $v} {} $($s)* }
    };
    (@dyn [N] $k:tt $f:ident ($($a:tt)*) $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::imm($k)} {imm ($f($($a)*))} {} $($s)* }
    };

    // Label memory references: rip-relative, the label's offset is added by the relocation.
    (@labmem $k:tt $kind:ident $lab:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @push
            {Op::mem($k, $crate::x64::operand::Mem::label($crate::x64::operand::label::$kind))}
            {none} {$lab} $($s)* }
    };

    // ---- Memory references: terms joined by `+`/`-` ----------------------------------------------
    // State: [keyword nosplit force] [Mem builder calls] [displacement terms] [dynamic registers]
    (@mem $f:tt $c:tt $d:tt $y:tt {} $($s:tt)*) => {
        $crate::__dynasm_op!{ @memdone $f $c $d $y $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $r:ident * $n:literal $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg $n false $r [$r * $n] $f $c $d $y {$($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $r:ident * ($($n:tt)*) $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg ($($n)*) false $r [$r * ($($n)*)] $f $c $d $y {$($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $n:literal * $r:ident $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg $n false $r [$n * $r] $f $c $d $y {$($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $fam:ident ($($v:tt)*) * $n:literal $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_dynregs!{ $fam ($($v)*) mdyn [$sg $n false [$fam($($v)*) * $n] $f $c $d $y {$($x)*} $($s)*] }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $fam:ident ($($v:tt)*) + $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_dynregs!{ $fam ($($v)*) mdyn [$sg 1 true [$fam($($v)*)] $f $c $d $y {+ $($x)*} $($s)*] }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $fam:ident ($($v:tt)*) - $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_dynregs!{ $fam ($($v)*) mdyn [$sg 1 true [$fam($($v)*)] $f $c $d $y {- $($x)*} $($s)*] }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $fam:ident ($($v:tt)*)} $($s:tt)*) => {
        $crate::__dynasm_dynregs!{ $fam ($($v)*) mdyn [$sg 1 true [$fam($($v)*)] $f $c $d $y {} $($s)*] }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $r:ident + $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg 1 true $r [$r] $f $c $d $y {+ $($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $r:ident - $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg 1 true $r [$r] $f $c $d $y {- $($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $r:ident} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mterm $sg 1 true $r [$r] $f $c $d $y {} $($s)* }
    };
    (@mem $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt {+ $v:literal $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_lit($v)] [$($d)* + $v] $y {$($x)*} $($s)* }
    };
    (@mem $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt {- $v:literal $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_lit(-$v)] [$($d)* + (-$v)] $y {$($x)*} $($s)* }
    };
    (@mem $f:tt $c:tt $d:tt $y:tt {$sg:tt $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mexpr $sg [] $f $c $d $y {$($x)*} $($s)* }
    };
    // A displacement expression: tokens up to the next `+`/`-`.
    (@mexpr $sg:tt [$($a:tt)+] $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt {} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $y {} $($s)* }
    };
    (@mexpr $sg:tt [$($a:tt)+] $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt {+ $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $y {+ $($x)*} $($s)* }
    };
    (@mexpr $sg:tt [$($a:tt)+] $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt {- $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_expr()] [$($d)* $sg ($($a)+)] $y {- $($x)*} $($s)* }
    };
    (@mexpr $sg:tt [$($a:tt)*] $f:tt $c:tt $d:tt $y:tt {$t0:tt $($x:tt)*} $($s:tt)*) => {
        $crate::__dynasm_op!{ @mexpr $sg [$($a)* $t0] $f $c $d $y {$($x)*} $($s)* }
    };
    // A register term: look the name up.
    (@mterm $sg:tt $n:tt $u:tt $r:ident $tok:tt $f:tt $c:tt $d:tt $y:tt $x:tt [$t:tt ($($lk:tt)*)] $($s:tt)*) => {
        $($lk)*!{ $r mname [$sg $n $u $tok $f $c $d $y $x [$t ($($lk)*)] $($s)*] }
    };
    (@mname [R $cl:ident $z:tt $nm:tt] $sg:tt $n:tt $u:tt $tok:tt $f:tt [$($c:tt)*] $d:tt $y:tt $x:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .reg($crate::x64::operand::class::$cl, $z, $nm, $n, $u)] $d $y $x $($s)* }
    };
    (@mname [N] $sg:tt $n:tt $u:tt [$($tok:tt)*] $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt $x:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_expr()] [$($d)* $sg ($($tok)*)] $y $x $($s)* }
    };
    (@mdyn [D $cl:ident $z:tt $v:tt] $sg:tt $n:tt $u:tt $tok:tt $f:tt [$($c:tt)*] $d:tt [$($y:tt)*] $x:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .reg($crate::x64::operand::class::$cl, $z, $crate::x64::operand::DYN, $n, $u)] $d [$($y)* $v] $x $($s)* }
    };
    (@mdyn [N] $sg:tt $n:tt $u:tt [$($tok:tt)*] $f:tt [$($c:tt)*] [$($d:tt)*] $y:tt $x:tt $($s:tt)*) => {
        $crate::__dynasm_op!{ @mem $f [$($c)* .disp_expr()] [$($d)* $sg ($($tok)*)] $y $x $($s)* }
    };
    // Done: the descriptor and the run-time parts.
    (@memdone [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [] [$($y:tt)*] $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*)} {mem [] [$($y)*]} {} $($s)* }
    };
    (@memdone [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [+ $v:literal] [$($y:tt)*] $($s:tt)*) => {
        $crate::__dynasm_op!{ @memdone [$k $ns $fo] [$($c)*] [] [$($y)*] $($s)* }
    };
    (@memdone [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [+ (- $v:literal)] [$($y:tt)*] $($s:tt)*) => {
        $crate::__dynasm_op!{ @memdone [$k $ns $fo] [$($c)*] [] [$($y)*] $($s)* }
    };
    (@memdone [$k:tt $ns:tt $fo:tt] [$($c:tt)*] [$($d:tt)+] [$($y:tt)*] $($s:tt)*) => {
        $crate::__dynasm_op!{ @push {Op::mem($k, $crate::x64::operand::Mem::new($ns, $fo) $($c)*)} {mem [0 $($d)+] [$($y)*]} {} $($s)* }
    };

    // ---- Appending a classified operand ----------------------------------------------------------
    (@push {$($dd:tt)*} {$($rk:tt)*} {$($lb:tt)*} $e:tt $p:tt $m:tt $o:tt [$($ds:tt)*] [$($rs:tt)*] [$($l:tt)*] [$i:tt $($is:tt)*] $rest:tt) => {
        $crate::__dynasm_op!{ @next $e $p $m $o
            [$($ds)* {$crate::x64::operand::$($dd)*}]
            [$($rs)* {$i $($rk)*}]
            [$($l)* $($lb)*]
            [$($is)*] $rest }
    };
    (@push $dd:tt $rk:tt $lb:tt $e:tt $p:tt $m:tt ($($o:tt)*) $ds:tt $rs:tt $l:tt [] $rest:tt) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
    };

    // ---- Emission ---------------------------------------------------------------------------------
    // Nothing known only at run time: the instruction is a constant byte string.
    (@emit [$t:tt $lk:tt] [$($p:ident)*] $m:tt ($($o:tt)*) [$({$($ds:tt)*})*] [$({$i:tt none})*] [$($l:tt)*]) => {{
        const __E: $crate::x64::encoder::Enc = $crate::x64::encoder::encode(
            &$crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)*,
            $crate::x64::operand::pad([$($($ds)*),*]),
            ::core::stringify!($($o)*),
        );
        $t.__declasm_emit(&__E.bytes, __E.len as usize);
        $crate::__dynasm_op!{ @reloc $t [$($l)*] }
    }};
    (@emit [$t:tt $lk:tt] [$($p:ident)*] $m:tt ($($o:tt)*) [$({$($ds:tt)*})*] [$({$i:tt $($rs:tt)*})*] [$($l:tt)*]) => {{
        const __E: $crate::x64::encoder::Enc = $crate::x64::encoder::encode(
            &$crate::x64::mnemonics::$m,
            0 $(| $crate::x64::encoder::prefix::$p)*,
            $crate::x64::operand::pad([$($($ds)*),*]),
            ::core::stringify!($($o)*),
        );
        let __b = $crate::x64::emit::build(&__E, ($($crate::__dynasm_op!{ @rt $i $($rs)* },)*));
        $t.__declasm_extend(__b.as_slice());
        $crate::__dynasm_op!{ @reloc $t [$($l)*] }
    }};
    (@reloc $t:tt []) => {};
    (@reloc $t:tt [$lab:tt]) => {
        $crate::__dynasm_label_ref!{ $t $lab (__E.reloc_field_offset()) (0) (__E.reloc_enc) }
    };
    (@reloc $t:tt [$lab:tt $($more:tt)+]) => {
        ::core::compile_error!("declasm: an instruction can reference only one label");
    };
    (@rt $i:tt none) => { $crate::x64::emit::NoArg };
    (@rt $i:tt imm $v:tt) => { $crate::x64::emit::imm::<{ __E.imm[$i].size }>($v) };
    (@rt $i:tt dyn $v:tt) => { $crate::x64::emit::dynreg($v) };
    (@rt $i:tt mem [] []) => { $crate::x64::emit::NoArg };
    (@rt $i:tt mem [$($d:tt)+] [$($y:tt)*]) => {
        $crate::x64::emit::MemArg(
            $crate::x64::emit::disp::<{ __E.disp.size }>($($d)+),
            $crate::__dynasm_op!{ @dynmem 0 $($y)* },
            $crate::__dynasm_op!{ @dynmem 1 $($y)* },
        )
    };
    (@rt $i:tt mem [] [$($y:tt)+]) => {
        $crate::x64::emit::MemArg(
            $crate::x64::emit::NoArg,
            $crate::__dynasm_op!{ @dynmem 0 $($y)* },
            $crate::__dynasm_op!{ @dynmem 1 $($y)* },
        )
    };
    (@dynmem 0) => { $crate::x64::emit::NoArg };
    (@dynmem 0 $a:tt $($r:tt)*) => { $crate::x64::emit::dynmem::<0>($a) };
    (@dynmem 1) => { $crate::x64::emit::NoArg };
    (@dynmem 1 $a:tt) => { $crate::x64::emit::NoArg };
    (@dynmem 1 $a:tt $b:tt $($r:tt)*) => { $crate::x64::emit::dynmem::<1>($b) };
}
