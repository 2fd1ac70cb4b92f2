//! A preview on a named background thread, for the window: events through a channel, a wake-up
//! callback (e.g. `ctx.request_repaint()`), and cancel — also on drop, so closing the window ends
//! DevTools' command line and everything it started.

use std::io;
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

use super::process::CancelHandle;
use super::session::{self, PreviewFailure, PreviewReport, PreviewRequest, PushReport, Stage};

/// What the background preview reports.
#[derive(Debug)]
pub enum PreviewEvent {
    /// The preview moved on (show it; a [`Stage::LoginQr`] holds the login QR to show).
    Progress(Stage),
    /// `preview` ended: the QR or the guidance.
    Finished(Box<Result<PreviewReport, PreviewFailure>>),
    /// `auto-preview` ("push to my phone") ended.
    Pushed(Box<Result<PushReport, PreviewFailure>>),
}

/// A preview running on its own thread.
#[derive(Debug)]
pub struct PreviewTask {
    cancel: CancelHandle,
    events: Receiver<PreviewEvent>,
}

impl PreviewTask {
    /// Starts `preview` on a thread named `mlvb-preview`; `wake` is called after every event.
    pub fn spawn_preview(
        request: PreviewRequest,
        wake: impl Fn() + Send + 'static,
    ) -> io::Result<Self> {
        Self::spawn("mlvb-preview", wake, move |cancel, progress| {
            PreviewEvent::Finished(Box::new(session::run_preview(&request, cancel, progress)))
        })
    }

    /// Starts `auto-preview` on a thread named `mlvb-push`; `wake` is called after every event.
    pub fn spawn_push(
        request: PreviewRequest,
        wake: impl Fn() + Send + 'static,
    ) -> io::Result<Self> {
        Self::spawn("mlvb-push", wake, move |cancel, progress| {
            PreviewEvent::Pushed(Box::new(session::run_push(&request, cancel, progress)))
        })
    }

    fn spawn(
        name: &str,
        wake: impl Fn() + Send + 'static,
        work: impl FnOnce(&CancelHandle, &mut dyn FnMut(Stage)) -> PreviewEvent + Send + 'static,
    ) -> io::Result<Self> {
        let cancel = CancelHandle::new();
        let (sender, events) = mpsc::channel();
        let thread_cancel = cancel.clone();
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let mut progress = |stage: Stage| {
                    // A closed receiver means nobody is watching any more; the work still ends.
                    sender.send(PreviewEvent::Progress(stage)).ok();
                    wake();
                };
                let last = work(&thread_cancel, &mut progress);
                sender.send(last).ok();
                wake();
            })?;
        Ok(Self { cancel, events })
    }

    /// Asks the preview to stop; its process tree is ended and it finishes with `Cancelled`.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// A handle that cancels this task from elsewhere.
    #[must_use]
    pub fn cancel_handle(&self) -> CancelHandle {
        self.cancel.clone()
    }

    /// The next event if one is waiting (for a frame: never blocks).
    #[must_use]
    pub fn try_next(&self) -> Option<PreviewEvent> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting at most `timeout` (for the command line and tests).
    #[must_use]
    pub fn next_timeout(&self, timeout: Duration) -> Option<PreviewEvent> {
        self.events.recv_timeout(timeout).ok()
    }
}

impl Drop for PreviewTask {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}
