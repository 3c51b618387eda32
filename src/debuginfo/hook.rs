//! The front end's listing hook: `dynasm!` invokes `__declasm_listing!{ target statement... }`
//! where it dispatches each statement. With the `listing` feature it tells the target where the
//! statement starts and what its text is (`DynasmApi::__declasm_listing`); without it, it
//! expands to nothing, so emission and the generated code are exactly as without the hook.

/// Records a statement's text for the listing (the `listing` feature is on).
#[cfg(feature = "listing")]
#[doc(hidden)]
#[macro_export]
macro_rules! __declasm_listing {
    ($t:tt $($s:tt)*) => {
        $t.__declasm_listing(::core::stringify!($($s)*));
    };
}

/// The listing hook without the `listing` feature: nothing.
#[cfg(not(feature = "listing"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __declasm_listing {
    ($($s:tt)*) => {};
}
