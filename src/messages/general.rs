//! Codes shared by every area: how an operating-system error is described, and raw text.

use super::code::message_codes;
use super::{Arg, Message};

message_codes! {
    /// What kind of operating-system error happened, in terms a person can act on.
    pub enum GeneralCode {
        /// The file or folder does not exist.
        IoNotFound = "io-not-found" [],
        /// Not allowed (permissions, read-only file system).
        IoPermissionDenied = "io-permission-denied" [],
        /// The disk (or quota) is full.
        IoNoSpace = "io-no-space" [],
        /// Something of that name already exists.
        IoAlreadyExists = "io-already-exists" [],
        /// A folder where a file was expected.
        IoIsAFolder = "io-is-a-folder" [],
        /// A file where a folder was expected.
        IoNotAFolder = "io-not-a-folder" [],
        /// The content is damaged or cut short.
        IoInvalidData = "io-invalid-data" [],
        /// The operation took too long.
        IoTimedOut = "io-timed-out" [],
        /// The operation was interrupted.
        IoInterrupted = "io-interrupted" [],
        /// Any other error: the system's own words.
        IoOther = "io-other" [detail],
        /// Text shown as it is (another program's own output).
        RawText = "raw-text" [text],
    }
}

/// How an operating-system error is described: its kind, and for an unusual one the system's own
/// words (which never contain file content).
#[must_use]
pub fn io_reason(err: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    let code = match err.kind() {
        K::NotFound => GeneralCode::IoNotFound,
        K::PermissionDenied | K::ReadOnlyFilesystem => GeneralCode::IoPermissionDenied,
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => GeneralCode::IoNoSpace,
        K::AlreadyExists => GeneralCode::IoAlreadyExists,
        K::IsADirectory => GeneralCode::IoIsAFolder,
        K::NotADirectory => GeneralCode::IoNotAFolder,
        K::InvalidData | K::UnexpectedEof => GeneralCode::IoInvalidData,
        K::TimedOut => GeneralCode::IoTimedOut,
        K::Interrupted | K::WouldBlock => GeneralCode::IoInterrupted,
        _ => GeneralCode::IoOther,
    };
    let message = Message::new(code);
    if code == GeneralCode::IoOther {
        message.with("detail", err.to_string())
    } else {
        message
    }
}

/// Text shown as it is: another program's own output, which has no translation.
#[must_use]
pub fn raw_text(text: impl Into<String>) -> Message {
    Message::new(GeneralCode::RawText).with("text", Arg::Text(text.into()))
}
