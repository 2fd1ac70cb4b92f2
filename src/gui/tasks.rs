//! Work that must not run on the UI thread: native dialogs, reading, unpacking and patching the
//! demo, the preview's checks and the preview itself. One job at a time, each on a named thread,
//! reporting through a channel and waking the window with `request_repaint` when done — so the
//! window is idle while nothing happens.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::task::{Context, Poll, Wake, Waker};

use crate::preview::{Preflight, PreviewEvent, PreviewRequest, PreviewTask};

use super::command::DialogPurpose;
use crate::messages::{Localize, Message};
use crate::setup::{Demo, Plan, Values, WriteReport};

/// What is running, for the spinner's caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Busy {
    /// A native file dialog is open.
    Dialog,
    /// Reading a demo.
    Scanning,
    /// Unpacking a `.zip`.
    Unpacking,
    /// Planning the patch.
    Planning,
    /// Writing the patch.
    Applying,
    /// Restoring the originals.
    Restoring,
    /// Running the preview's offline checks.
    CheckingPreview,
    /// Getting the preview QR (its stage is shown by the preview panel).
    Previewing,
    /// Pushing the preview to the phone.
    Pushing,
    /// Writing the AppID into `project.config.json`.
    WritingAppId,
    /// Asking Tencent Cloud about the SDKAppID and key.
    CheckingOnline,
    /// Examining the demo for what is left ("Ready?").
    Diagnosing,
}

impl Busy {
    /// The locale key of the spinner's caption.
    #[must_use]
    pub fn caption_key(self) -> &'static str {
        match self {
            Self::Dialog => "busy-dialog",
            Self::Scanning => "busy-scanning",
            Self::Unpacking => "busy-unpacking",
            Self::Planning => "busy-planning",
            Self::Applying => "busy-applying",
            Self::Restoring => "busy-restoring",
            Self::CheckingPreview => "busy-checking_preview",
            Self::Previewing => "busy-previewing",
            Self::Pushing => "busy-pushing",
            Self::WritingAppId => "busy-writing_app_id",
            Self::CheckingOnline => "busy-checking_online",
            Self::Diagnosing => "busy-diagnosing",
        }
    }
}

/// How a file dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this.
    Path(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (no portal, no zenity, a remote session): it "closed" sooner
    /// than a person can press Cancel.
    DidNotOpen,
}

/// A dialog that closes this soon after it was asked for was never on screen.
const DIALOG_MIN_LIFE: std::time::Duration = std::time::Duration::from_millis(400);

/// A finished job.
pub enum Outcome {
    /// A dialog closed.
    Picked(DialogPurpose, Picked),
    /// A demo was read.
    Scanned(DemoRead),
    /// A `.zip` was unpacked (and the copy read).
    Unpacked(Result<Box<DemoRead>, Message>),
    /// A `.zip` was not unpacked: a folder of its name is already there.
    UnpackTargetExists {
        /// The folder already there.
        existing: PathBuf,
        /// A free name to unpack under instead.
        fresh_name: Option<String>,
    },
    /// Tencent Cloud answered (or did not) for the inputs with this fingerprint.
    Online(u64, Box<crate::online::OnlineReport>),
    /// The doctor examined the demo of this read generation.
    Diagnosed(u64, Box<crate::doctor::DoctorReport>),
    /// A plan was made for these values and platforms.
    Planned(
        Box<(Values, crate::setup::PlatformFilter)>,
        Box<Result<Plan, Message>>,
    ),
    /// A write finished; the folder was read again afterwards.
    Written {
        /// Which write.
        kind: super::steps::WriteKind,
        /// What was written.
        report: Result<WriteReport, Message>,
        /// The folder, read again.
        rescan: DemoRead,
    },
    /// The preview's offline checks ran for the inputs with this fingerprint.
    PreviewChecked(u64, Box<Preflight>),
    /// The running preview reported (progress, or its end, which frees the slot).
    Preview(PreviewEvent),
    /// The AppID was written into `project.config.json`; the folder was read again afterwards.
    AppIdWritten {
        /// What was written.
        report: Result<WriteReport, Message>,
        /// The folder, read again.
        rescan: DemoRead,
    },
}

/// A demo read on a background thread: the path given and what came of it.
pub struct DemoRead {
    /// The folder or archive.
    pub path: PathBuf,
    /// The demo, or why it could not be read.
    pub result: Result<Demo, Message>,
    /// How many patches of the folder can be undone.
    pub undo_depth: usize,
    /// The hosts the mini program's code calls, when there is a mini program.
    pub request_domains: Option<crate::demo::RequestDomains>,
}

impl DemoRead {
    /// Reads the demo at `path` (blocking: call it on a job's thread).
    #[must_use]
    pub fn of(path: PathBuf) -> Self {
        Self::counting(path, &crate::demo::ScanProgress::new())
    }

    /// [`Self::of`], counting the files read in `progress` (the page shows it while it runs).
    #[must_use]
    pub fn counting(path: PathBuf, progress: &crate::demo::ScanProgress) -> Self {
        let result = Demo::read_with_progress(&path, progress).map_err(|err| err.message());
        Self::with(path, result)
    }

    /// What goes with a demo read (or unpacked and read): its undo history and request domains.
    #[must_use]
    pub fn with(path: PathBuf, result: Result<Demo, Message>) -> Self {
        let undo_depth = match &result {
            Ok(demo) if demo.is_folder => crate::setup::undo_depth(&path),
            _ => 0,
        };
        let request_domains = match &result {
            Ok(demo) if demo.is_folder => {
                crate::demo::mini_program_domains(demo.scan()).map(|(_, domains)| domains)
            }
            _ => None,
        };
        Self {
            path,
            result,
            undo_depth,
            request_domains,
        }
    }
}

/// What occupies the slot: a one-shot job, or a preview that reports as it goes.
enum Running {
    Job(Busy, Receiver<Outcome>),
    Preview(Busy, PreviewTask),
}

/// The one background job slot.
pub struct Tasks {
    running: Option<Running>,
    repaint: Arc<dyn Fn() + Send + Sync>,
}

impl Tasks {
    /// A slot whose jobs call `repaint` when they finish.
    #[must_use]
    pub fn new(repaint: Arc<dyn Fn() + Send + Sync>) -> Self {
        Self {
            running: None,
            repaint,
        }
    }

    /// What is running, if anything.
    #[must_use]
    pub fn busy(&self) -> Option<Busy> {
        self.running.as_ref().map(|running| match running {
            Running::Job(busy, _) | Running::Preview(busy, _) => *busy,
        })
    }

    /// Runs `job` on a thread named `name`. Refused (returns `false`) while another job runs.
    pub fn spawn(
        &mut self,
        busy: Busy,
        name: &str,
        job: impl FnOnce() -> Outcome + Send + 'static,
    ) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = channel();
        let repaint = Arc::clone(&self.repaint);
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let _ = tx.send(job());
                repaint();
            });
        if spawned.is_ok() {
            self.running = Some(Running::Job(busy, rx));
        }
        spawned.is_ok()
    }

    /// Starts a preview (`push`: DevTools' `auto-preview`) on its own named thread. Returns
    /// `Ok(false)` while another job runs, `Err` when no thread could be started.
    pub fn spawn_preview(&mut self, request: PreviewRequest, push: bool) -> std::io::Result<bool> {
        if self.running.is_some() {
            return Ok(false);
        }
        let repaint = Arc::clone(&self.repaint);
        let wake = move || repaint();
        let (busy, task) = if push {
            (Busy::Pushing, PreviewTask::spawn_push(request, wake)?)
        } else {
            (Busy::Previewing, PreviewTask::spawn_preview(request, wake)?)
        };
        self.running = Some(Running::Preview(busy, task));
        Ok(true)
    }

    /// Asks the running preview to stop: its process tree is ended and it reports `Cancelled`.
    pub fn cancel_preview(&self) {
        if let Some(Running::Preview(_, task)) = &self.running {
            task.cancel();
        }
    }

    /// Opens a native dialog: the dialog is created here, on the UI thread (macOS wants that),
    /// and awaited on a named thread, so frames keep coming while it is open.
    pub fn open_dialog(
        &mut self,
        purpose: DialogPurpose,
        start_dir: Option<PathBuf>,
        native: bool,
    ) {
        if !native {
            self.spawn(Busy::Dialog, "file-dialog", move || {
                Outcome::Picked(purpose, Picked::DidNotOpen)
            });
            return;
        }
        let mut dialog = rfd::AsyncFileDialog::new();
        if let Some(dir) = start_dir.filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        let pending: std::pin::Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>> =
            match purpose {
                DialogPurpose::DemoFolder | DialogPurpose::UnpackDestination => {
                    Box::pin(dialog.pick_folder())
                }
                DialogPurpose::DemoZip => Box::pin(dialog.add_filter("zip", &["zip"]).pick_file()),
            };
        let asked = std::time::Instant::now();
        self.spawn(Busy::Dialog, "file-dialog", move || {
            let picked = match block_on(pending) {
                Some(handle) => Picked::Path(handle.path().to_path_buf()),
                None if asked.elapsed() < DIALOG_MIN_LIFE => Picked::DidNotOpen,
                None => Picked::Cancelled,
            };
            Outcome::Picked(purpose, picked)
        });
    }

    /// Cancels a running preview and waits up to `limit` for it to end, so that closing the
    /// window leaves no DevTools process behind.
    pub fn end_preview(&mut self, limit: std::time::Duration) {
        let Some(Running::Preview(_, task)) = &self.running else {
            return;
        };
        task.cancel();
        let deadline = std::time::Instant::now() + limit;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match task.next_timeout(left) {
                Some(PreviewEvent::Finished(_) | PreviewEvent::Pushed(_)) | None => break,
                Some(PreviewEvent::Progress(_)) => {}
            }
        }
        self.running = None;
    }

    /// The next thing a job reported since the last call: a finished job's outcome, or one event
    /// of the preview. Call until `None` to take everything waiting.
    pub fn poll(&mut self) -> Option<Outcome> {
        let rx = match self.running.as_ref()? {
            Running::Job(_, rx) => rx,
            Running::Preview(_, task) => {
                let event = task.try_next()?;
                if matches!(event, PreviewEvent::Finished(_) | PreviewEvent::Pushed(_)) {
                    self.running = None;
                }
                return Some(Outcome::Preview(event));
            }
        };
        match rx.try_recv() {
            Ok(outcome) => {
                self.running = None;
                Some(outcome)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                // The thread panicked; free the slot so the user can try again.
                self.running = None;
                None
            }
        }
    }
}

/// Drives a future to completion on the current thread (rfd brings no executor of its own).
fn block_on<F: Future>(future: F) -> F::Output {
    struct ThreadWaker(std::thread::Thread);
    impl Wake for ThreadWaker {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(ThreadWaker(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_job_at_a_time_on_a_named_thread() {
        let mut tasks = Tasks::new(Arc::new(|| {}));
        assert!(tasks.spawn(Busy::Scanning, "test-job", || {
            assert_eq!(std::thread::current().name(), Some("test-job"));
            std::thread::sleep(std::time::Duration::from_millis(50));
            Outcome::Picked(DialogPurpose::DemoFolder, Picked::Cancelled)
        }));
        assert!(!tasks.spawn(Busy::Planning, "second", || {
            Outcome::Picked(DialogPurpose::DemoZip, Picked::Cancelled)
        }));
        assert_eq!(tasks.busy(), Some(Busy::Scanning));
        let outcome = loop {
            if let Some(outcome) = tasks.poll() {
                break outcome;
            }
            std::thread::yield_now();
        };
        assert!(matches!(
            outcome,
            Outcome::Picked(DialogPurpose::DemoFolder, Picked::Cancelled)
        ));
        assert_eq!(tasks.busy(), None);
    }
}
