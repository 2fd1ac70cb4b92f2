//! Saves [`State`] whenever it changes, on a named thread ("settings-writer"), so a slow disk
//! never stalls a frame. The last write can be waited for on exit.

use crate::messages::{Message, WindowCode, io_reason};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use super::state::{self, State};

/// The app's handle on the settings file.
pub struct SettingsWriter {
    last_sent: State,
    tx: Option<Sender<State>>,
    errors: Option<Receiver<Message>>,
    thread: Option<JoinHandle<()>>,
}

impl SettingsWriter {
    /// A writer for `path` (`None`: keep nothing) whose file already holds `loaded`.
    #[must_use]
    pub fn new(path: Option<PathBuf>, loaded: State) -> Self {
        let mut writer = Self {
            last_sent: loaded,
            tx: None,
            errors: None,
            thread: None,
        };
        let Some(path) = path else {
            return writer;
        };
        let (tx, rx) = channel::<State>();
        let (err_tx, err_rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("settings-writer".into())
            .spawn(move || {
                while let Ok(mut latest) = rx.recv() {
                    // Only the newest state matters: skip the ones queued behind it.
                    while let Ok(newer) = rx.try_recv() {
                        latest = newer;
                    }
                    if let Err(err) = state::save(&path, &latest) {
                        let _ = err_tx.send(
                            Message::new(WindowCode::SettingsWrite)
                                .with("path", &path)
                                .with("reason", io_reason(&err)),
                        );
                    }
                }
            });
        if let Ok(handle) = spawned {
            writer.tx = Some(tx);
            writer.errors = Some(err_rx);
            writer.thread = Some(handle);
        }
        writer
    }

    /// Queues a write when `state` differs from what was last written.
    pub fn save_if_changed(&mut self, state: &State) {
        if *state == self.last_sent {
            return;
        }
        self.last_sent = state.clone();
        if let Some(tx) = &self.tx {
            let _ = tx.send(state.clone());
        }
    }

    /// A write error since the last call, for a notice.
    pub fn poll_error(&mut self) -> Option<Message> {
        self.errors.as_ref()?.try_recv().ok()
    }

    /// Writes `state` and waits until every queued write is on disk.
    pub fn flush(&mut self, state: &State) {
        self.save_if_changed(state);
        self.tx = None; // closes the channel: the thread finishes the queue and ends
        if let Some(handle) = self.thread.take() {
            let _ = handle.join();
        }
    }
}
