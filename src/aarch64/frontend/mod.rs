//! The `dynasm!` front end for `.arch aarch64`, in `macro_rules!` only.
//!
//! Pipeline: `dynasm_lead!` (x64's) hands a call that starts with `.arch aarch64` (or, where
//! declasm is compiled for aarch64, any call without `.arch x64`) to `dynasm_a64_lead!`, which
//! reads the leading `.alias` directives; `dynasm_split!` (shared with x64, `src/frontend/split.rs`) cuts the
//! rest into statements; each statement goes to `dynasm_a64_stmt!` (labels, directives, the
//! mnemonic: `b.eq` is `b_eq`, `yield` is `yield_`), and instructions to `dynasm_a64_next!`,
//! which takes the operands one by one and, when none is left, emits a `const`
//! [`Enc`](crate::aarch64::encoder::Enc) named by the statement's first token (so that rustc
//! points at the statement when it cannot be encoded), and one 32-bit word, its holes filled
//! by the run-time values ([`crate::aarch64::emit::word`]).
//!
//! Instruction state, operands left first: `{operands left} (lookup path) [target mnemonic
//! (statement text) first-token] [operand descriptors: (emit::fn(args))] [run-time values:
//! (operand part register (expr))] [label: [tokens]] [free operand indices]`.
//!
//! Names (registers, conditions, barrier options, shifts and extends, `.alias` names) are
//! looked up by `dynasm_a64_regs!` (generated, `names.rs`), or the `.alias` lookup, which take
//! a callback and a shape: `lookup!{ name (callback) [shape] state... }`.

mod names;

/// Reads the leading directives of an aarch64 call (`.alias`; `.arch aarch64` again), then
/// starts splitting.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_lead {
    // (Where aarch64 is the default: `.feature` is x64's.)
    ([$t:tt] [] ; . feature $($r:tt)*) => {
        $crate::dynasm_lead!{ [$t] [] [] ; . feature $($r)* }
    };
    ([$t:tt] $al:tt ; . arch aarch64 $($r:tt)*) => {
        $crate::dynasm_a64_lead!{ [$t] $al $($r)* }
    };
    ([$t:tt] [$($al:tt)*] ; . alias $n:ident , $reg:ident $($r:tt)*) => {
        $crate::dynasm_a64_lead!{ [$t] [$($al)* [$n $reg]] $($r)* }
    };
    ([$t:tt] [] $($r:tt)*) => {
        $crate::dynasm_split!{ @L1 [$t ($) ($crate::dynasm_a64_regs) [] last [] dynasm_a64_stmt] $($r)* }
    };
    ([$t:tt] [$($al:tt)+] $($r:tt)*) => {
        $crate::dynasm_a64_alias!{ [$t ($) () [] last [] dynasm_a64_stmt] [$($al)+] $($r)* }
    };
}

/// Defines the alias lookup `declasm_a64_aliases!` for the statements that follow (all aliases
/// known so far plus the new ones), then goes on splitting inside the block where it is visible.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_alias {
    ([R $($x:tt)*] @check $reg:tt) => {};
    ([V $($x:tt)*] @check $reg:tt) => {};
    ([$($x:tt)*] @check $reg:tt) => {
        ::core::compile_error!(::core::concat!("declasm: `.alias`: `", ::core::stringify!($reg), "` is not a register"));
        $crate::dynasm_invalid_operand!{ $reg }
    };
    ([$t:tt ($d:tt) $lk:tt $old:tt more $ft:tt $arch:tt] [[$n:ident $reg:ident]] $($r:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "declasm: `.alias ", ::core::stringify!($n), ", ", ::core::stringify!($reg),
            "` in the middle of a long dynasm! call is not supported: move it to the start of the call, or split the call"
        ));
        $crate::dynasm_invalid_operand!{ $n }
    };
    ([$t:tt ($d:tt) $lk:tt [$([$on:ident $or:ident])*] last $ft:tt $arch:tt] [$([$n:ident $reg:ident])+] $($r:tt)*) => {
        $($crate::dynasm_a64_regs!{ $reg ($crate::dynasm_a64_alias) @check $reg })+
        macro_rules! declasm_a64_aliases {
            $(($n $d ($d s:tt)*) => { $crate::dynasm_a64_regs!{ $reg $d ($d s)* } };)+
            $(($on $d ($d s:tt)*) => { $crate::dynasm_a64_regs!{ $or $d ($d s)* } };)*
            ($d x:tt $d ($d s:tt)*) => { $crate::dynasm_a64_regs!{ $d x $d ($d s)* } };
        }
        $crate::dynasm_split!{ @L1 [$t ($d) (declasm_a64_aliases) [$([$n $reg])+ $([$on $or])*] last $ft $arch] $($r)* }
    };
}

/// One statement: a label, a directive, or an instruction.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_stmt {
    // Labels.
    ([$t:tt $lk:tt $ft:tt] $f:tt -> $n:ident :) => {
        $t.__global_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt => $e:tt :) => {
        ::core::compile_error!(::core::concat!(
            "declasm: a dynamic label definition takes no colon: write `=>", ::core::stringify!($e), "`"
        ));
        $crate::dynasm_invalid_operand!{ $e }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt => $e:expr) => {
        $t.dynamic_label($e);
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt $n:ident :) => {
        $t.__local_label(const { $crate::StaticLabel::new(::core::stringify!($n)) });
    };
    // Directives: those of aarch64, then the architecture-neutral data directives of x64's
    // front end (`.u8` .. `.f64`, `.bytes`, `.rel*`, `.abs*`).
    ([$t:tt $lk:tt $ft:tt] $f:tt . align $e:expr) => { $t.align($e, 0); };
    ([$t:tt $lk:tt $ft:tt] $f:tt . align $e:expr , $fill:expr) => { $t.align($e, $fill); };
    ([$t:tt $lk:tt $ft:tt] $f:tt . arch aarch64) => {};
    ([$t:tt $lk:tt $ft:tt] $f:tt . arch $a:tt) => {
        ::core::compile_error!(::core::concat!(
            "declasm: `.arch ", ::core::stringify!($a),
            "`: unsupported architecture (`x64` and `aarch64` are supported)"
        ));
        $crate::dynasm_invalid_operand!{ $a }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt . feature $($r:tt)*) => {
        ::core::compile_error!("declasm: `.feature`: aarch64 has no features");
        $crate::dynasm_invalid_operand!{ $f }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt . $d:tt $($r:tt)*) => {
        $crate::dynasm_directive!{ $t $d $d $($r)* }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt .) => {
        ::core::compile_error!("declasm: a directive needs a name (`.align 16`, `.u32 1, 2`...)");
        $crate::dynasm_invalid_operand!{ $f }
    };
    // Mnemonics written with a dot, or that are Rust keywords.
    ([$t:tt $lk:tt $ft:tt] $f:tt b . $($r:tt)*) => {
        $crate::dynasm_a64_bcond!{ [$t $lk] $f b . $($r)* }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt mov . inverted $($r:tt)*) => {
        $crate::dynasm_a64_next!{ {$($r)*} $lk [$t mov_inverted (mov.inverted $($r)*) $f] [] [] [] [0 1 2 3 4] }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt mov . logical $($r:tt)*) => {
        $crate::dynasm_a64_next!{ {$($r)*} $lk [$t mov_logical (mov.logical $($r)*) $f] [] [] [] [0 1 2 3 4] }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt $m:ident . $s:tt $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: unknown mnemonic `", ::core::stringify!($m), ".", ::core::stringify!($s),
            "` (the dotted mnemonics are b.<cond>, mov.inverted and mov.logical)"));
        $crate::dynasm_invalid_operand!{ $s }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt yield $($r:tt)*) => {
        $crate::dynasm_a64_next!{ {$($r)*} $lk [$t yield_ (yield $($r)*) r#yield] [] [] [] [0 1 2 3 4] }
    };
    // Instructions. The statement's first token comes twice (`$f`, from the splitter): the
    // first, never matched as an `ident` (which would lose its location), names the
    // instruction's constant.
    ([$t:tt $lk:tt $ft:tt] $f:tt $m:ident $($r:tt)*) => {
        $crate::dynasm_a64_next!{ {$($r)*} $lk [$t $m ($m $($r)*) $f] [] [] [] [0 1 2 3 4] }
    };
    ([$t:tt $lk:tt $ft:tt] $f:tt $($r:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: cannot parse statement `", ::core::stringify!($($r)*), "`"));
        $crate::dynasm_invalid_operand!{ $f }
    };
    // A mid-call `.alias`, from the splitter.
    (@alias $($s:tt)*) => { $crate::dynasm_a64_alias!{ $($s)* } };
}

/// Records the relocation of an instruction's label (the word was just pushed: the field is
/// the 4 bytes before, the displacement from the instruction's address).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_label {
    ($t:tt $c:tt [-> $n:ident $($o:tt)*]) => {
        $t.__global_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, 4, 4, const { $crate::aarch64::emit::reloc(&$c) });
    };
    ($t:tt $c:tt [> $n:ident $($o:tt)*]) => {
        $t.__forward_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, 4, 4, const { $crate::aarch64::emit::reloc(&$c) });
    };
    ($t:tt $c:tt [< $n:ident $($o:tt)*]) => {
        $t.__backward_relocation(const { $crate::StaticLabel::new(::core::stringify!($n)) },
            0 $($o)*, 4, 4, const { $crate::aarch64::emit::reloc(&$c) });
    };
    ($t:tt $c:tt [=> $e:expr]) => {
        $t.dynamic_relocation($e, 0, 4, 4, const { $crate::aarch64::emit::reloc(&$c) });
    };
    ($t:tt $c:tt [$($x:tt)*]) => {
        ::core::compile_error!(::core::concat!("declasm: malformed label reference `", ::core::stringify!($($x)*),
            "` (expected ->name, >name, <name or =>expr, each with an optional + offset)"));
    };
}

/// The next operand (`{operands left}` first); with none left, the instruction is emitted.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_next {
    // ---- Emission ---------------------------------------------------------------------------
    ({} $lk:tt $e:tt $ops:tt $rt:tt [$l0:tt $l1:tt $($l:tt)*] $i:tt) => {
        ::core::compile_error!("declasm: an instruction can reference only one label");
    };
    ({} $lk:tt [$t:tt $m:tt $o:tt $c:tt] [$(($($op:tt)*))*] [] [] $i:tt) => {{
        const $c: $crate::aarch64::encoder::Enc = $crate::aarch64::encoder::encode_ops(
            &$crate::aarch64::mnemonics::$m, &[$($crate::aarch64::emit::$($op)*),*], ::core::stringify!$o);
        // (Named by the statement's token and read by a `const` item, which `cargo check`
        // evaluates too: an encoding error is noted at the statement.)
        const _: u32 = $c.word;
        $t.push_u32($c.word);
    }};
    ({} $lk:tt [$t:tt $m:tt $o:tt $c:tt] [$(($($op:tt)*))*] [] [$lab:tt] $i:tt) => {{
        const $c: $crate::aarch64::encoder::Enc = $crate::aarch64::encoder::encode_ops(
            &$crate::aarch64::mnemonics::$m, &[$($crate::aarch64::emit::$($op)*),*], ::core::stringify!$o);
        // (Named by the statement's token and read by a `const` item, which `cargo check`
        // evaluates too: an encoding error is noted at the statement.)
        const _: u32 = $c.word;
        $t.push_u32($c.word);
        $crate::dynasm_a64_label!{ $t $c $lab }
    }};
    ({} $lk:tt [$t:tt $m:tt $o:tt $c:tt] [$(($($op:tt)*))*] [$(($n:tt $p:tt $g:tt ($($v:tt)*)))+] [$($lab:tt)?] $i:tt) => {{
        const $c: $crate::aarch64::encoder::Enc = $crate::aarch64::encoder::encode_ops(
            &$crate::aarch64::mnemonics::$m, &[$($crate::aarch64::emit::$($op)*),*], ::core::stringify!$o);
        // (Named by the statement's token: an encoding error is noted at the statement.)
        const _: u32 = $c.word;
        $t.push_u32($crate::aarch64::emit::word(
            &$c,
            &const { $crate::aarch64::emit::after($c.word, [$($crate::aarch64::emit::$($op)*),*]) },
            &[$({
                const I: usize = $crate::aarch64::emit::hole(&$c, $n, $p, $g);
                // (A `let`: a value of another type is reported at the user's expression.)
                #[allow(unused_parens)]
                let v: <$crate::aarch64::emit::Kind<{ $c.holes[I].kind }> as $crate::aarch64::emit::Value>::Type = $($v)*;
                (I, <$crate::aarch64::emit::Kind<{ $c.holes[I].kind }> as $crate::aarch64::emit::Value>::bits(v))
            }),+],
        ));
        $($crate::dynasm_a64_label!{ $t $c $lab })?
    }};
    // ---- Split at the next comma ------------------------------------------------------------
    ({$a0:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$a0} {$($r)*} $($s)* }
    };
    ({$a0:tt} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$a0} {} $($s)* }
    };
    ({$a0:tt $a1:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$a0 $a1} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$a0 $a1 $a2} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt $a3:tt , $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$a0 $a1 $a2 $a3} {$($r)*} $($s)* }
    };
    ({$a0:tt $a1:tt $a2:tt $a3:tt $a4:tt $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_next!{ @long [$a0 $a1 $a2 $a3 $a4] {$($r)*} $($s)* }
    };
    ({$($a:tt)+} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$($a)+} {} $($s)* }
    };
    (@long [$($a:tt)*] {, $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$($a)*} {$($r)*} $($s)* }
    };
    (@long [$($a:tt)*] {$x:tt $($r:tt)*} $($s:tt)*) => {
        $crate::dynasm_a64_next!{ @long [$($a)* $x] {$($r)*} $($s)* }
    };
    (@long [$($a:tt)*] {} $($s:tt)*) => {
        $crate::dynasm_a64_cls!{ {$($a)*} {} $($s)* }
    };
}

/// Appends a classified operand: `(descriptor) [run-time values: (part register (expr))]
/// [label]`, numbered with the next free operand index.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_push {
    ($op:tt [$(($p:tt $g:tt $v:tt))*] [$($lb:tt)*] $r:tt $lk:tt $e:tt [$($ops:tt)*] [$($rt:tt)*] [$($lab:tt)*] [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_a64_next!{ $r $lk $e [$($ops)* $op] [$($rt)* $(($i0 $p $g $v))*] [$($lab)* $($lb)*] [$($is)*] }
    };
    ($op:tt $rt:tt $lb:tt $r:tt $lk:tt [$t:tt $m:tt ($($o:tt)*) $c:tt] $ops:tt $rts:tt $lab:tt []) => {
        ::core::compile_error!(::core::concat!("declasm: too many operands in `", ::core::stringify!($($o)*), "`"));
        $crate::dynasm_invalid_operand!{ $c }
    };
}

/// Classifies one operand `{tokens}`; the state follows (`{operands left} (lookup) ...`).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_cls {
    // `#` before an immediate, an amount.
    ({# $($x:tt)+} $($s:tt)*) => { $crate::dynasm_a64_cls!{ {$($x)+} $($s)* } };
    // Memory references.
    ({[$($m:tt)*]} $($s:tt)*) => { $crate::dynasm_a64_mem!{ [$($m)*] false $($s)* } };
    ({[$($m:tt)*] !} $($s:tt)*) => { $crate::dynasm_a64_mem!{ [$($m)*] true $($s)* } };
    // Register lists: `{V(n).T * count}` (a dynamic first register), else static ones read by
    // `emit::list` from their text.
    ({{V ($($v:tt)*) . $a:ident * $n:literal}} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list_dyn(::core::stringify!($a), $n, ::core::option::Option::None)) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] [] $($s)* }
    };
    ({{V ($($v:tt)*) . $a:ident * $n:literal} [$x:literal]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list_dyn(::core::stringify!($a), $n, ::core::option::Option::Some($x))) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] [] $($s)* }
    };
    ({{V ($($v:tt)*) . $a:ident * $n:literal} [$($x:tt)+]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list_dyn_idx_dyn(::core::stringify!($a), $n)) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*))) (0 false ($($x)+))] [] $($s)* }
    };
    ({{V $($l:tt)*} $($x:tt)*} $($s:tt)*) => {
        ::core::compile_error!("declasm: a dynamic register in a list is written `{V(n).T * count}` (no comma or dash lists)");
    };
    ({{$($l:tt)*}} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list(::core::stringify!($($l)*), ::core::option::Option::None)) [] [] $($s)* }
    };
    ({{$($l:tt)*} [$x:literal]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list(::core::stringify!($($l)*), ::core::option::Option::Some($x))) [] [] $($s)* }
    };
    ({{$($l:tt)*} [$($x:tt)+]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (list_idx_dyn(::core::stringify!($($l)*))) [(0 false ($($x)+))] [] $($s)* }
    };
    // Labels.
    ({-> $($l:tt)+} $($s:tt)*) => { $crate::dynasm_a64_push!{ (label()) [] [[-> $($l)+]] $($s)* } };
    ({> $($l:tt)+} $($s:tt)*) => { $crate::dynasm_a64_push!{ (label()) [] [[> $($l)+]] $($s)* } };
    ({< $($l:tt)+} $($s:tt)*) => { $crate::dynasm_a64_push!{ (label()) [] [[< $($l)+]] $($s)* } };
    ({=> $($l:tt)+} $($s:tt)*) => { $crate::dynasm_a64_push!{ (label()) [] [[=> $($l)+]] $($s)* } };
    // Literals (`$v:literal` also matches `-lit`: the negated form first).
    ({- $v:literal} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (lit(::core::stringify!($v), $v as u64, true)) [] [] $($s)* }
    };
    ({$v:literal} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (lit(::core::stringify!($v), $v as u64, false)) [] [] $($s)* }
    };
    ({($v:literal)} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (lit(::core::stringify!($v), $v as u64, false)) [] [] $($s)* }
    };
    // Dynamic registers.
    ({V ($($v:tt)*) . $a:ident [$x:literal]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (elem(255, ::core::stringify!($a), $x)) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] [] $($s)* }
    };
    ({V ($($v:tt)*) . $a:ident [$($x:tt)+]} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (elem_dyn(255, ::core::stringify!($a))) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*))) (0 false ($($x)+))] [] $($s)* }
    };
    ({V ($($v:tt)*) . $a:ident} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (vec(255, ::core::stringify!($a))) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] [] $($s)* }
    };
    ({X ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 0 ($($v)*) $($s)* } };
    ({W ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 1 ($($v)*) $($s)* } };
    ({XSP ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 2 ($($v)*) $($s)* } };
    ({WSP ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 3 ($($v)*) $($s)* } };
    ({B ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 5 ($($v)*) $($s)* } };
    ({H ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 6 ($($v)*) $($s)* } };
    ({S ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 7 ($($v)*) $($s)* } };
    ({D ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 8 ($($v)*) $($s)* } };
    ({Q ($($v:tt)*)} $($s:tt)*) => { $crate::dynasm_a64_cls!{ @dyn 9 ($($v)*) $($s)* } };
    (@dyn $c:tt ($($v:tt)*) $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (reg($c, 255)) [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] [] $($s)* }
    };
    // Names: `v0.b16`, `v1.s[3]`, `lsl 3`, `x0`, `eq`... (or expressions starting with a name).
    ({$x:ident . $a:ident [$($i:tt)*]} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_a64_got) [elem ($x . $a [$($i)*]) $a [$($i)*]] $r ($($lk)*) $($s)* }
    };
    ({$x:ident . $a:ident} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_a64_got) [vec ($x . $a) $a] $r ($($lk)*) $($s)* }
    };
    ({$x:ident $($y:tt)+} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_a64_got) [mod ($x $($y)+) ($($y)+)] $r ($($lk)*) $($s)* }
    };
    ({$x:tt} $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $x ($crate::dynasm_a64_got) [one ($x)] $r ($($lk)*) $($s)* }
    };
    // Any other tokens: an immediate known at run time.
    ({$($x:tt)+} $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (imm_dyn()) [(0 false ($($x)+))] [] $($s)* }
    };
}

/// Result of a name lookup for an operand (`[R class n]`, `[V n]`, `[C n]`, `[BAR n]`, `[M m]`,
/// `[N]`), then the operand's shape and the state.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_got {
    ([R $c:tt $n:tt] [one $x:tt] $r:tt $lk:tt $e:tt [$($ops:tt)*] $rt:tt $lab:tt [$i0:tt $($is:tt)*]) => {
        $crate::dynasm_a64_next!{ $r $lk $e [$($ops)* (reg($c, $n))] $rt $lab [$($is)*] }
    };
    ([R $c:tt $n:tt] [one $x:tt] $($s:tt)*) => { $crate::dynasm_a64_push!{ (reg($c, $n)) [] [] $($s)* } };
    // A condition, a barrier option: operands of the instructions that take them only (see
    // `dynasm_a64_named!`).
    ([C $n:tt] [one $x:tt] $r:tt $lk:tt [$t:tt $m:tt $($e:tt)*] $($s:tt)*) => {
        $crate::dynasm_a64_named!{ cond $m (cond($n)) $x $r $lk [$t $m $($e)*] $($s)* }
    };
    ([BAR $n:tt] [one $x:tt] $r:tt $lk:tt [$t:tt $m:tt $($e:tt)*] $($s:tt)*) => {
        $crate::dynasm_a64_named!{ bar $m (barrier($n)) $x $r $lk [$t $m $($e)*] $($s)* }
    };
    ([M $m:tt] [one $x:tt] $($s:tt)*) => { $crate::dynasm_a64_push!{ (modifier($m)) [] [] $($s)* } };
    // A system operation's name or `c0`-`c15`: an operand of the system instructions only.
    ([SYS $k:tt] [one $x:tt] $r:tt $lk:tt [$t:tt $m:tt $($e:tt)*] $($s:tt)*) => {
        $crate::dynasm_a64_named!{ sys $m (sysop($k)) $x $r $lk [$t $m $($e)*] $($s)* }
    };
    ([CR $n:tt] [one $x:tt] $r:tt $lk:tt [$t:tt $m:tt $($e:tt)*] $($s:tt)*) => {
        $crate::dynasm_a64_named!{ sys $m (reg(10, $n)) $x $r $lk [$t $m $($e)*] $($s)* }
    };
    ([V $n:tt] [one ($x:tt)] $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: the vector register `", ::core::stringify!($x),
            "` needs an arrangement (`", ::core::stringify!($x), ".b16`) or an element (`", ::core::stringify!($x), ".s[1]`)"));
        $crate::dynasm_invalid_operand!{ $x }
    };
    ([$k:tt $($y:tt)*] [one ($x:tt)] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (imm_dyn()) [(0 false ($x))] [] $($s)* }
    };
    ([V $n:tt] [vec $tok:tt $a:tt] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (vec($n, ::core::stringify!($a))) [] [] $($s)* }
    };
    ([V $n:tt] [elem $tok:tt $a:tt [$i:literal]] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (elem($n, ::core::stringify!($a), $i)) [] [] $($s)* }
    };
    ([V $n:tt] [elem $tok:tt $a:tt [$($i:tt)+]] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (elem_dyn($n, ::core::stringify!($a))) [(0 false ($($i)+))] [] $($s)* }
    };
    ([M $m:tt] [mod $tok:tt (# $($y:tt)+)] $($s:tt)*) => {
        $crate::dynasm_a64_got!{ [M $m] [mod $tok ($($y)+)] $($s)* }
    };
    ([M $m:tt] [mod $tok:tt ($v:literal)] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (shift_lit($m, $v as u64)) [] [] $($s)* }
    };
    ([M $m:tt] [mod $tok:tt ($($y:tt)+)] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (shift_dyn($m)) [(1 false ($($y)+))] [] $($s)* }
    };
    // A name that is not a vector register or a shift: the operand is an expression (`s.f`,
    // `n + 1`, `f(x)`).
    ($res:tt [$shape:ident ($($tok:tt)*) $($x:tt)*] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (imm_dyn()) [(0 false ($($tok)*))] [] $($s)* }
    };
}

/// A name that is an operand of some instructions only: a condition (`eq`: the conditional
/// selects and compares), a barrier option (`ish`: `dmb`, `dsb`, `isb`), a system operation
/// (`civac`, `vmalle1`, `daifset`, `csync`, `rctx`) or a control register (`c7`: the system
/// instructions). For any other instruction the name is a Rust expression, as in dynasm-rs
/// (`add x0, x1, lo` with a variable `lo`).
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_named {
    (cond csel $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond csinc $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond csinv $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond csneg $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond cset $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond csetm $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond cinc $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond cinv $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond cneg $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond ccmn $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond ccmp $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond fccmp $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond fccmpe $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (cond fcsel $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (bar dmb $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (bar dsb $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (bar isb $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys sys $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys sysl $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys dc $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys ic $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys at $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys tlbi $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys msr $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys psb $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys tsb $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys cfp $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys dvp $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    (sys cpp $op:tt $x:tt $($s:tt)*) => { $crate::dynasm_a64_push!{ $op [] [] $($s)* } };
    ($cl:tt $m:tt $op:tt ($x:tt) $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (imm_dyn()) [(0 false ($x))] [] $($s)* }
    };
}

/// A memory reference `[...]` (`$pre`: followed by `!`): the base first.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_mem {
    ([X ($($v:tt)*) $(, $($x:tt)*)?] $pre:tt $($s:tt)*) => {
        $crate::dynasm_a64_mrest!{ [0 255] [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] $pre ($($($x)*)?) $($s)* }
    };
    ([XSP ($($v:tt)*) $(, $($x:tt)*)?] $pre:tt $($s:tt)*) => {
        $crate::dynasm_a64_mrest!{ [2 255] [(0 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] $pre ($($($x)*)?) $($s)* }
    };
    // (The base as a `tt`, not an `ident`: it keeps its location for errors.)
    ([$b:tt $(, $($x:tt)*)?] $pre:tt $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $b ($crate::dynasm_a64_mb) [$pre ($($($x)*)?) $b] $r ($($lk)*) $($s)* }
    };
    ([$($m:tt)*] $pre:tt $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: malformed memory reference `[", ::core::stringify!($($m)*),
            "]`: expected [Xn|SP], [Xn|SP, offset], [Xn|SP, offset]!, [Xn|SP, Xm|Wm {, extend {amount}}]"));
    };
}

/// Result of the lookup of a memory reference's base.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_mb {
    ([R 0 $n:tt] [$pre:tt $rest:tt $b:tt] $($s:tt)*) => {
        $crate::dynasm_a64_mrest!{ [0 $n] [] $pre $rest $($s)* }
    };
    ([R 2 $n:tt] [$pre:tt $rest:tt $b:tt] $($s:tt)*) => {
        $crate::dynasm_a64_mrest!{ [2 $n] [] $pre $rest $($s)* }
    };
    ($res:tt [$pre:tt $rest:tt $b:tt] $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: `", ::core::stringify!($b),
            "` is not a base register: a memory reference's base is x0-x30, sp, X(n) or XSP(n)"));
        $crate::dynasm_invalid_operand!{ $b }
    };
}

/// The rest of a memory reference after the base `[class number] [run-time base]`.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_mrest {
    ([$bc:tt $bn:tt] $brt:tt $pre:tt () $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem($bc, $bn, $pre)) $brt [] $($s)* }
    };
    ($b:tt $brt:tt $pre:tt (# $($x:tt)+) $($s:tt)*) => {
        $crate::dynasm_a64_mrest!{ $b $brt $pre ($($x)+) $($s)* }
    };
    ([$bc:tt $bn:tt] $brt:tt $pre:tt (- $v:literal) $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_lit($bc, $bn, ::core::stringify!($v), $v as u64, true, $pre)) $brt [] $($s)* }
    };
    ([$bc:tt $bn:tt] $brt:tt $pre:tt ($v:literal) $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_lit($bc, $bn, ::core::stringify!($v), $v as u64, false, $pre)) $brt [] $($s)* }
    };
    ($b:tt $brt:tt $pre:tt (X ($($v:tt)*) $(, $($m:tt)*)?) $($s:tt)*) => {
        $crate::dynasm_a64_midx!{ $b $brt [0 255] [(1 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] $pre ($($($m)*)?) $($s)* }
    };
    ($b:tt $brt:tt $pre:tt (W ($($v:tt)*) $(, $($m:tt)*)?) $($s:tt)*) => {
        $crate::dynasm_a64_midx!{ $b $brt [1 255] [(1 true (<u8 as ::core::convert::From<_>>::from($($v)*)))] $pre ($($($m)*)?) $($s)* }
    };
    ($b:tt $brt:tt $pre:tt ($i:ident $(, $($m:tt)*)?) $r:tt ($($lk:tt)*) $($s:tt)*) => {
        $($lk)*!{ $i ($crate::dynasm_a64_mi) [$b $brt $pre ($($($m)*)?) $i] $r ($($lk)*) $($s)* }
    };
    ([$bc:tt $bn:tt] [$($brt:tt)*] $pre:tt ($($x:tt)+) $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_dyn($bc, $bn, $pre)) [$($brt)* (0 false ($($x)+))] [] $($s)* }
    };
}

/// Result of the lookup of a memory reference's second name: an index register, or an offset.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_mi {
    ([R $c:tt $n:tt] [$b:tt $brt:tt $pre:tt $m:tt $i:tt] $($s:tt)*) => {
        $crate::dynasm_a64_midx!{ $b $brt [$c $n] [] $pre $m $($s)* }
    };
    ($res:tt [[$bc:tt $bn:tt] [$($brt:tt)*] $pre:tt () $i:tt] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_dyn($bc, $bn, $pre)) [$($brt)* (0 false ($i))] [] $($s)* }
    };
    ($res:tt [$b:tt $brt:tt $pre:tt $m:tt $i:tt] $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: `", ::core::stringify!($i),
            "` is not an index register: expected x0-x30, xzr, w0-w30, wzr, X(n) or W(n)"));
        $crate::dynasm_invalid_operand!{ $i }
    };
}

/// A register-offset memory reference: the index's modifier.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_midx {
    ([$bc:tt $bn:tt] [$($brt:tt)*] [$ic:tt $in:tt] [$($irt:tt)*] $pre:tt () $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_idx($bc, $bn, $ic, $in, false, 0, 0, 0, $pre)) [$($brt)* $($irt)*] [] $($s)* }
    };
    ($b:tt $brt:tt $i:tt $irt:tt $pre:tt ($m:ident $($a:tt)*) $($s:tt)*) => {
        $crate::dynasm_a64_regs!{ $m ($crate::dynasm_a64_mm) [$b $brt $i $irt $pre ($($a)*) $m] $($s)* }
    };
    ($b:tt $brt:tt $i:tt $irt:tt $pre:tt ($($m:tt)*) $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: malformed index modifier `", ::core::stringify!($($m)*),
            "`: expected lsl, uxtw, sxtw or sxtx with an optional amount"));
    };
}

/// Result of the lookup of an index modifier's name.
#[doc(hidden)]
#[macro_export]
macro_rules! dynasm_a64_mm {
    ([M $k:tt] [$b:tt $brt:tt $i:tt $irt:tt $pre:tt (# $($a:tt)+) $m:tt] $($s:tt)*) => {
        $crate::dynasm_a64_mm!{ [M $k] [$b $brt $i $irt $pre ($($a)+) $m] $($s)* }
    };
    ([M $k:tt] [[$bc:tt $bn:tt] [$($brt:tt)*] [$ic:tt $in:tt] [$($irt:tt)*] $pre:tt () $m:tt] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_idx($bc, $bn, $ic, $in, true, $k, 0, 0, $pre)) [$($brt)* $($irt)*] [] $($s)* }
    };
    ([M $k:tt] [[$bc:tt $bn:tt] [$($brt:tt)*] [$ic:tt $in:tt] [$($irt:tt)*] $pre:tt ($v:literal) $m:tt] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_idx($bc, $bn, $ic, $in, true, $k, $v as u64, 1, $pre)) [$($brt)* $($irt)*] [] $($s)* }
    };
    ([M $k:tt] [[$bc:tt $bn:tt] [$($brt:tt)*] [$ic:tt $in:tt] [$($irt:tt)*] $pre:tt ($($a:tt)+) $m:tt] $($s:tt)*) => {
        $crate::dynasm_a64_push!{ (mem_idx($bc, $bn, $ic, $in, true, $k, 0, 2, $pre)) [$($brt)* $($irt)* (1 false ($($a)+))] [] $($s)* }
    };
    ($res:tt [$b:tt $brt:tt $i:tt $irt:tt $pre:tt $a:tt $m:tt] $($s:tt)*) => {
        ::core::compile_error!(::core::concat!("declasm: `", ::core::stringify!($m),
            "` is not an index modifier: expected lsl, uxtw, sxtw or sxtx"));
        $crate::dynasm_invalid_operand!{ $m }
    };
}

/// Assembles aarch64 code (the default architecture where declasm is compiled for aarch64, as
/// dynasm-rs's) or x64 code after `.arch x64`, in dynasm-rs's syntax.
#[cfg(target_arch = "aarch64")]
#[macro_export]
macro_rules! dynasm {
    ($target:expr ; . arch x64 $($body:tt)*) => {{
        #[allow(non_upper_case_globals)]
        let () = { $crate::dynasm_lead!{ [$target] [] [] ; . arch x64 $($body)* } };
    }};
    ($target:expr $(; $($body:tt)*)?) => {{
        #[allow(non_upper_case_globals)]
        let () = { $crate::dynasm_a64_lead!{ [$target] [] $(; $($body)*)? } };
    }};
}
