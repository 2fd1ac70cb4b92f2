//! Where the secret key is kept: the OS keychain (Keychain, Credential Manager, Secret Service)
//! through `keyring`, or — where none is reachable — this process's memory only, with a notice.
//!
//! Keychain calls can block (D-Bus round trips, an unlock prompt), so they run on a named thread
//! ("keychain") and report back through a channel; the window never waits for them.

use crate::messages::KeychainProblem;
use std::sync::mpsc::{Receiver, Sender, channel};

/// The keychain service name the key is filed under.
pub const KEYCHAIN_SERVICE: &str = "mlvb-setup";
/// The keychain account name the key is filed under.
pub const KEYCHAIN_ACCOUNT: &str = "im-secret-key";

/// What the keychain thread reports. Its `Debug` never shows a loaded key.
pub enum KeychainEvent {
    /// The key found at start-up (`None`: nothing stored yet).
    Loaded(Option<String>),
    /// The key was written.
    Stored,
    /// The keychain could not be reached or refused a write; the reason is for display.
    Unavailable(KeychainProblem),
    /// A write failed though the keychain was reached.
    StoreFailed(KeychainProblem),
}

impl std::fmt::Debug for KeychainEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Loaded(key) => f
                .debug_tuple("Loaded")
                .field(&key.as_ref().map(|_| "<redacted>"))
                .finish(),
            Self::Stored => f.write_str("Stored"),
            Self::Unavailable(reason) => f.debug_tuple("Unavailable").field(reason).finish(),
            Self::StoreFailed(reason) => f.debug_tuple("StoreFailed").field(reason).finish(),
        }
    }
}

// Not Debug: `Store` carries the key.
enum Request {
    Load,
    Store(String),
}

/// Where the key is kept, as far as the window needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStorage {
    /// Still asking the keychain.
    Pending,
    /// The keychain works.
    Keychain,
    /// In memory only; the reason is shown to the user.
    MemoryOnly(KeychainProblem),
}

/// The app's handle on secret storage.
pub struct SecretStore {
    requests: Option<Sender<Request>>,
    events: Option<Receiver<KeychainEvent>>,
    storage: KeyStorage,
}

impl SecretStore {
    /// Starts the keychain thread and asks it for a stored key. `repaint` is called whenever the
    /// thread has news.
    #[must_use]
    pub fn keychain(repaint: impl Fn() + Send + 'static) -> Self {
        let (req_tx, req_rx) = channel::<Request>();
        let (ev_tx, ev_rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("keychain".into())
            .spawn(move || keychain_thread(&req_rx, &ev_tx, &repaint));
        match spawned {
            Ok(_) => {
                let _ = req_tx.send(Request::Load);
                Self {
                    requests: Some(req_tx),
                    events: Some(ev_rx),
                    storage: KeyStorage::Pending,
                }
            }
            Err(err) => Self::memory_only(KeychainProblem::ThreadFailed(err.kind())),
        }
    }

    /// No keychain at all (tests, `MLVB_SETUP_NO_KEYCHAIN`): memory only, with `reason` shown.
    #[must_use]
    pub fn memory_only(reason: KeychainProblem) -> Self {
        Self {
            requests: None,
            events: None,
            storage: KeyStorage::MemoryOnly(reason),
        }
    }

    /// Where the key is kept now.
    #[must_use]
    pub fn storage(&self) -> &KeyStorage {
        &self.storage
    }

    /// Asks for the key to be written to the keychain (no-op when memory only).
    pub fn store(&self, key: &str) {
        if let Some(tx) = &self.requests {
            let _ = tx.send(Request::Store(key.to_owned()));
        }
    }

    /// Events that arrived since the last call; updates [`Self::storage`].
    pub fn poll(&mut self) -> Vec<KeychainEvent> {
        let Some(rx) = &self.events else {
            return Vec::new();
        };
        let events: Vec<_> = rx.try_iter().collect();
        for event in &events {
            match event {
                KeychainEvent::Loaded(_) | KeychainEvent::Stored => {
                    self.storage = KeyStorage::Keychain;
                }
                KeychainEvent::Unavailable(reason) => {
                    self.storage = KeyStorage::MemoryOnly(reason.clone());
                    self.requests = None;
                }
                KeychainEvent::StoreFailed(_) => {}
            }
        }
        events
    }
}

fn keychain_thread(
    requests: &Receiver<Request>,
    events: &Sender<KeychainEvent>,
    repaint: &dyn Fn(),
) {
    let entry = match keyring::Entry::new(KEYCHAIN_SERVICE, KEYCHAIN_ACCOUNT) {
        Ok(entry) => entry,
        Err(err) => {
            let _ = events.send(KeychainEvent::Unavailable(problem(&err)));
            repaint();
            return;
        }
    };
    for request in requests {
        let event = match request {
            Request::Load => match entry.get_password() {
                Ok(key) => KeychainEvent::Loaded(Some(key)),
                Err(keyring::Error::NoEntry) => KeychainEvent::Loaded(None),
                Err(err) => KeychainEvent::Unavailable(problem(&err)),
            },
            Request::Store(key) => match entry.set_password(&key) {
                Ok(()) => KeychainEvent::Stored,
                Err(err) => KeychainEvent::StoreFailed(problem(&err)),
            },
        };
        let stop = matches!(event, KeychainEvent::Unavailable(_));
        let _ = events.send(event);
        repaint();
        if stop {
            return;
        }
    }
}

/// What a keychain error means for the user (the platform's own words only where it has some).
fn problem(err: &keyring::Error) -> KeychainProblem {
    match err {
        keyring::Error::NoStorageAccess(inner) => KeychainProblem::NoAccess(inner.to_string()),
        keyring::Error::PlatformFailure(inner) => KeychainProblem::Failed(inner.to_string()),
        keyring::Error::BadEncoding(_) | keyring::Error::BadDataFormat(..) => {
            KeychainProblem::BadData
        }
        keyring::Error::Ambiguous(_) => KeychainProblem::Ambiguous,
        keyring::Error::NoDefaultStore | keyring::Error::NotSupportedByStore(_) => {
            KeychainProblem::NoStore
        }
        other => KeychainProblem::Failed(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::KeychainEvent;

    #[test]
    fn a_loaded_key_is_not_in_debug_output() {
        let shown = format!(
            "{:?}",
            KeychainEvent::Loaded(Some("0123456789abcdef".to_owned()))
        );
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
        assert!(shown.contains("redacted"));
    }
}
