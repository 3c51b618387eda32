//! What the register-name enums of every architecture share: the [`Register`] trait and the
//! macro that defines an enum (`x64::Rq`, `aarch64::RX`, ...).

/// A register family whose members have a hardware number.
pub trait Register: Copy {
    /// The hardware number of the register.
    fn code(&self) -> u8;
}

/// Defines a register-name enum: each variant's discriminant is the register's hardware
/// number; it converts into `u8` and implements [`Register`].
macro_rules! register_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:expr),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $($(#[$vmeta])* #[allow(missing_docs)] $variant = $code,)*
        }

        impl $name {
            /// The hardware number of the register.
            #[inline]
            pub const fn code(self) -> u8 {
                self as u8
            }
        }

        impl From<$name> for u8 {
            #[inline]
            fn from(reg: $name) -> u8 {
                reg as u8
            }
        }

        impl $crate::registers::Register for $name {
            #[inline]
            fn code(&self) -> u8 {
                *self as u8
            }
        }
    };
}

pub(crate) use register_enum;
