//! A download on a named background thread, for the window: progress and the result through a
//! channel, a wake-up callback (e.g. `ctx.request_repaint()`), and cancel — also on drop.

use std::io;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use super::{CancelHandle, DownloadError, DownloadProgress, DownloadRequest, Downloaded, download};

/// What the background download reports.
#[derive(Debug)]
pub enum DownloadEvent {
    /// Bytes, total, speed, time left.
    Progress(DownloadProgress),
    /// It ended: the demo, read, or why not (nothing is left behind).
    Finished(Box<Result<Downloaded, DownloadError>>),
}

/// A download running on its own thread.
#[derive(Debug)]
pub struct DownloadTask {
    cancel: CancelHandle,
    events: Receiver<DownloadEvent>,
}

impl DownloadTask {
    /// Starts the download on a thread named `mlvb-download`; `wake` is called after every event.
    pub fn spawn(request: DownloadRequest, wake: impl Fn() + Send + 'static) -> io::Result<Self> {
        let cancel = CancelHandle::new();
        let (sender, events) = mpsc::channel();
        let thread_cancel = cancel.clone();
        thread::Builder::new()
            .name("mlvb-download".to_owned())
            .spawn(move || {
                let progress_sender = sender.clone();
                let mut last_percent = None;
                let result = download(&request, &thread_cancel, &mut |progress| {
                    // At most one event per percent (or per MiB when the size is unknown).
                    let step = progress
                        .total
                        .filter(|t| *t > 0)
                        .map_or(progress.bytes >> 20, |t| progress.bytes * 100 / t);
                    if last_percent != Some((progress.stage, step)) {
                        last_percent = Some((progress.stage, step));
                        let _ = progress_sender.send(DownloadEvent::Progress(progress.clone()));
                        wake();
                    }
                });
                let _ = sender.send(DownloadEvent::Finished(Box::new(result)));
                wake();
            })?;
        Ok(Self { cancel, events })
    }

    /// Asks the download to stop (it cleans up and reports `Cancelled`).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// The next event, if one is waiting (call once per frame).
    #[must_use]
    pub fn try_next(&self) -> Option<DownloadEvent> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting up to `timeout`.
    #[must_use]
    pub fn next_timeout(&self, timeout: std::time::Duration) -> Option<DownloadEvent> {
        self.events.recv_timeout(timeout).ok()
    }
}

impl Drop for DownloadTask {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}
