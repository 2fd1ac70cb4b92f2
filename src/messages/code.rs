//! Message codes: one enum per area of the program, gathered in [`Code`].
//!
//! Each area declares its codes with [`message_codes!`]: the variant, its stable id (the Fluent
//! message id, also what `--json` reports as `code`) and its named arguments (`name` for text,
//! `name: num` for a number, so the catalogue test can render every message with samples).

/// Declares one area's code enum with each code's id and arguments.
macro_rules! message_codes {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal [$( $param:ident $(: $kind:ident)? ),*] ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl $name {
            /// The stable id: the Fluent message id and `--json`'s `code`.
            #[must_use]
            pub fn id(self) -> &'static str {
                match self { $( Self::$variant => $id ),* }
            }

            /// The named arguments, each with whether it is a number.
            #[must_use]
            pub fn params(self) -> &'static [(&'static str, bool)] {
                match self {
                    $( Self::$variant => &[$( (stringify!($param), message_codes!(@is_num $($kind)?)) ),*] ),*
                }
            }
        }

        impl From<$name> for $crate::messages::Code {
            fn from(code: $name) -> Self {
                <Self as $crate::messages::code::FromArea<$name>>::from_area(code)
            }
        }
    };
    (@is_num) => { false };
    (@is_num num) => { true };
}
pub(crate) use message_codes;

/// Ties an area enum to its variant of [`Code`].
pub trait FromArea<T> {
    /// Wraps the area's code.
    fn from_area(code: T) -> Self;
}

/// Declares [`Code`] over the areas' enums.
macro_rules! code_areas {
    ($( $(#[$vmeta:meta])* $area:ident($ty:ty) ),* $(,)?) => {
        /// Every message code of the program, by area.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $( $(#[$vmeta])* $area($ty) ),*
        }

        impl Code {
            /// The stable id: the Fluent message id and `--json`'s `code`.
            #[must_use]
            pub fn id(self) -> &'static str {
                match self { $( Self::$area(code) => code.id() ),* }
            }

            /// The named arguments, each with whether it is a number.
            #[must_use]
            pub fn params(self) -> &'static [(&'static str, bool)] {
                match self { $( Self::$area(code) => code.params() ),* }
            }

            /// Every code of every area (the catalogue test walks them all).
            #[must_use]
            pub fn all() -> Vec<Self> {
                let mut all = Vec::new();
                $( all.extend(<$ty as strum::IntoEnumIterator>::iter().map(Self::$area)); )*
                all
            }
        }

        $(
            impl FromArea<$ty> for Code {
                fn from_area(code: $ty) -> Self {
                    Self::$area(code)
                }
            }
        )*
    };
}

// One line per area; each area's enum lives in its own file of `crate::messages`.
code_areas! {
    /// Operating-system errors and raw text.
    General(super::general::GeneralCode),
    /// Field validation of the credentials.
    Credential(super::credentials::CredentialCode),
    /// Reading a demo folder or archive.
    Demo(super::demo::DemoCode),
    /// Planning, applying and restoring.
    Patch(super::patch::PatchCode),
    /// The setup core.
    Setup(super::setup::SetupCode),
    /// Reading and checking UserSigs.
    UserSig(super::usersig::UserSigCode),
    /// The window's own conditions.
    Window(super::window::WindowCode),
    /// The preview QR: DevTools, miniprogram-ci and the trial QR.
    Preview(super::preview::PreviewCode),
    /// The command line's own output.
    Cli(super::cli::CliCode),
    /// Checking the values with Tencent Cloud.
    Online(super::online::OnlineCode),
    /// The doctor's findings ("Ready?").
    Doctor(super::doctor::DoctorCode),
    /// Downloading the demo.
    Download(super::download::DownloadCode),
}
