//! Every sentence a person can see, as a typed value: a stable [`Code`] and named arguments.
//!
//! The core never builds user-facing text. It returns a [`Message`] (or an error that turns into
//! one through [`Localize`]), and the fronts render it in the user's language with
//! [`Message::render`]. The texts live in `assets/locales/{en,zh-CN}/*.ftl` (Fluent), so each
//! language has exactly one place where a message is worded.

mod catalogue;
mod cli;
pub(crate) mod code;
mod credentials;
mod demo;
mod doctor;
mod download;
mod general;
mod lang;
mod online;
mod patch;
mod preview;
mod setup;
mod usersig;
mod window;

use std::path::Path;

pub use catalogue::{Catalogue, FTL_SOURCES, message_ids};
pub use cli::CliCode;
pub use code::Code;
pub use credentials::CredentialCode;
pub use demo::DemoCode;
pub use doctor::DoctorCode;
pub use download::DownloadCode;
pub use general::{GeneralCode, io_reason, raw_text};
pub use lang::Lang;
pub use online::OnlineCode;
pub use patch::PatchCode;
pub use preview::PreviewCode;
pub use setup::SetupCode;
pub use usersig::UserSigCode;
pub use window::{KeychainProblem, WindowCode};

/// Which front shows a message: the command line's texts may name flags (`--force`), the
/// window's say what to click instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Front {
    /// The terminal.
    Cli,
    /// The desktop window.
    Window,
}

/// One named argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text: a path, a name, what the user typed (never the secret key).
    Text(String),
    /// A number: a count, a line, an error code, a size.
    Number(i64),
    /// Another message, rendered in the same language and spliced in (a cause, a reason).
    Message(Box<Message>),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<&Path> for Arg {
    fn from(value: &Path) -> Self {
        Self::Text(value.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(value: &std::path::PathBuf) -> Self {
        Self::Text(value.display().to_string())
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Self::Message(Box::new(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i64, i32, u32, u64, usize, u16, u8);

/// A sentence to show: what it says ([`Code`]) and the values it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Which sentence.
    pub code: Code,
    /// Its arguments, by name, in the order they were given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments (add them with [`Message::with`]).
    #[must_use]
    pub fn new(code: impl Into<Code>) -> Self {
        Self {
            code: code.into(),
            args: Vec::new(),
        }
    }

    /// Adds the argument `name`, which must be one the code declares.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        debug_assert!(
            self.code.params().iter().any(|(n, _)| *n == name),
            "{} takes no argument {name}",
            self.code.id()
        );
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if given.
    #[must_use]
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The message in `lang`, worded for `front`.
    #[must_use]
    pub fn render(&self, lang: Lang, front: Front) -> String {
        Catalogue::get().render(lang, front, self)
    }

    /// The message in English for the command line: for logs, `Display` and JSON's `message`.
    #[must_use]
    pub fn english(&self) -> String {
        self.render(Lang::En, Front::Cli)
    }

    /// The language-neutral JSON form: `{"code": …, "args": {…}, "message": "<English>"}`.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        let mut args = serde_json::Map::new();
        for (name, value) in &self.args {
            let json = match value {
                Arg::Text(text) => serde_json::Value::String(text.clone()),
                Arg::Number(n) => serde_json::Value::from(*n),
                Arg::Message(inner) => inner.to_json(),
            };
            args.insert((*name).to_owned(), json);
        }
        serde_json::json!({
            "code": self.code.id(),
            "args": args,
            "message": self.english(),
        })
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(serializer)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

/// A value that can say itself to a person: errors, notes, findings.
pub trait Localize {
    /// The message that describes `self`.
    fn message(&self) -> Message;

    /// Shorthand for `self.message().render(lang, front)`.
    fn render(&self, lang: Lang, front: Front) -> String {
        self.message().render(lang, front)
    }
}

impl Localize for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}
