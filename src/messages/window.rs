//! Messages only the window says: the keychain, saving progress, background work.

use super::code::message_codes;
use super::{Localize, Message, io_reason};

message_codes! {
    /// The window's own conditions.
    pub enum WindowCode {
        /// The keychain was not asked (tests, `MLVB_SETUP_NO_KEYCHAIN`).
        KeychainNotUsed = "keychain-not-used" [],
        /// No keychain service answered (no Secret Service, locked keychain…).
        KeychainNoAccess = "keychain-no-access" [detail],
        /// The keychain failed.
        KeychainFailed = "keychain-failed" [detail],
        /// The stored key is not text.
        KeychainBadData = "keychain-bad-data" [],
        /// More than one stored key matched.
        KeychainAmbiguous = "keychain-ambiguous" [],
        /// No keychain on this system.
        KeychainNone = "keychain-none" [],
        /// The keychain thread could not start.
        ThreadFailed = "thread-failed" [reason],
        /// The settings file could not be written.
        SettingsWrite = "settings-write-failed" [path, reason],
        /// Neither a browser nor a file manager could be started.
        OpenNoDesktop = "open-no-desktop" [],
        /// A folder to show is not there.
        OpenNotAFolder = "open-not-a-folder" [path],
        /// The system refused to open a link or folder.
        OpenRefused = "open-refused" [detail],
        /// The file dialog did not open (or closed at once).
        DialogDidNotOpen = "dialog-did-not-open" [],
    }
}

/// Why the OS keychain could not keep the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeychainProblem {
    /// Not asked on purpose.
    NotUsed,
    /// No keychain service could be reached; the platform's words.
    NoAccess(String),
    /// The keychain refused or failed; the platform's words.
    Failed(String),
    /// What is stored is not text.
    BadData,
    /// More than one entry matched.
    Ambiguous,
    /// This system has no keychain mlvb-setup can use.
    NoStore,
    /// No thread could be started to talk to it.
    ThreadFailed(std::io::ErrorKind),
}

impl Localize for KeychainProblem {
    fn message(&self) -> Message {
        use WindowCode as C;
        match self {
            Self::NotUsed => Message::new(C::KeychainNotUsed),
            Self::NoAccess(detail) => {
                Message::new(C::KeychainNoAccess).with("detail", detail.as_str())
            }
            Self::Failed(detail) => Message::new(C::KeychainFailed).with("detail", detail.as_str()),
            Self::BadData => Message::new(C::KeychainBadData),
            Self::Ambiguous => Message::new(C::KeychainAmbiguous),
            Self::NoStore => Message::new(C::KeychainNone),
            Self::ThreadFailed(kind) => Message::new(C::ThreadFailed)
                .with("reason", io_reason(&std::io::Error::from(*kind))),
        }
    }
}
