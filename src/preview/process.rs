//! Running an outside program (DevTools' command line, Node) the careful way: no stdin, stdout and
//! stderr drained on their own named threads, a timeout, a cancel handle, and on timeout or
//! cancel the whole process tree ended (a new process group killed on Unix; on Windows a Job
//! Object holding the program and everything it starts, `taskkill /T` only where no job could be
//! made).

use std::ffi::OsString;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

/// How often a running program is checked on.
const POLL: Duration = Duration::from_millis(50);
/// How long to wait for the last output once a program has ended.
const DRAIN_GRACE: Duration = Duration::from_secs(2);
/// Output kept per stream; more is dropped (DevTools prints little).
const MAX_OUTPUT: usize = 1 << 20;

/// Stops a running preview from another thread (the window's Cancel button).
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// A handle not yet cancelled.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the work to stop; a running program is ended with everything it started.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether [`CancelHandle::cancel`] was called.
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// A program to run.
#[derive(Debug, Clone)]
pub struct RunSpec {
    /// The program.
    pub program: PathBuf,
    /// Its arguments.
    pub args: Vec<OsString>,
    /// Extra environment variables.
    pub envs: Vec<(OsString, OsString)>,
    /// Its working folder, if not ours.
    pub cwd: Option<PathBuf>,
    /// How long it may run.
    pub timeout: Duration,
}

impl RunSpec {
    /// `program args…` with the given timeout.
    #[must_use]
    pub fn new<I, S>(program: &Path, args: I, timeout: Duration) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        Self {
            program: program.to_path_buf(),
            args: args.into_iter().map(Into::into).collect(),
            envs: Vec::new(),
            cwd: None,
            timeout,
        }
    }

    /// The command as the user would type it, for messages.
    #[must_use]
    pub fn display(&self) -> String {
        let mut text = self.program.display().to_string();
        for arg in &self.args {
            text.push(' ');
            text.push_str(&arg.to_string_lossy());
        }
        text
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The program exited by itself; `code` is `None` when a signal ended it.
    Exited {
        /// Its exit code.
        code: Option<i32>,
    },
    /// It ran past the timeout and was ended.
    TimedOut,
    /// [`CancelHandle::cancel`] was called and it was ended.
    Cancelled,
    /// The watcher asked to stop it (it printed something that settles the outcome).
    Stopped,
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct RunOutput {
    /// How it ended.
    pub ending: Ending,
    /// Everything it printed on stdout (lossy UTF-8).
    pub stdout: String,
    /// Everything it printed on stderr (lossy UTF-8).
    pub stderr: String,
    /// Both streams in the order they arrived.
    pub combined: String,
}

impl RunOutput {
    /// Whether the program exited with code 0.
    #[must_use]
    pub fn succeeded(&self) -> bool {
        self.ending == Ending::Exited { code: Some(0) }
    }

    /// The last `n` non-empty lines of both streams, for messages.
    #[must_use]
    pub fn tail(&self, n: usize) -> String {
        let lines: Vec<&str> = self
            .combined
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .collect();
        let start = lines.len().saturating_sub(n);
        lines[start..].join(" / ")
    }
}

/// What the watcher wants after looking at the output so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// Keep running.
    Continue,
    /// End the program now (its whole tree).
    Stop,
}

enum Chunk {
    Data(Vec<u8>, bool),
    Eof,
}

/// Runs `spec` to its end, its timeout, a cancel, or until `watch` (called with the combined output
/// every poll) says stop. Errors only when the program cannot be started.
pub fn run(
    spec: &RunSpec,
    cancel: &CancelHandle,
    watch: &mut dyn FnMut(&str) -> Watch,
) -> io::Result<RunOutput> {
    let mut command = Command::new(&spec.program);
    command
        .args(&spec.args)
        .envs(spec.envs.iter().map(|(k, v)| (k, v)))
        // The key never reaches a child process.
        .env_remove(crate::credentials::SECRET_KEY_ENV)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(cwd) = &spec.cwd {
        command.current_dir(cwd);
    }
    isolate(&mut command);
    let mut child = command.spawn()?;
    let tree = ProcessTree::adopt(&child);
    let (sender, receiver) = mpsc::channel();
    let mut readers = 0;
    if let Some(out) = child.stdout.take() {
        readers += spawn_reader("mlvb-preview-stdout", out, false, sender.clone());
    }
    if let Some(err) = child.stderr.take() {
        readers += spawn_reader("mlvb-preview-stderr", err, true, sender);
    }
    let mut collected = Collected::default();
    let started = Instant::now();
    let ending = loop {
        collected.drain(&receiver, POLL);
        if let Some(status) = child.try_wait()? {
            break Ending::Exited {
                code: status.code(),
            };
        }
        let stop = if cancel.is_cancelled() {
            Some(Ending::Cancelled)
        } else if started.elapsed() >= spec.timeout {
            Some(Ending::TimedOut)
        } else if watch(&collected.combined_text()) == Watch::Stop {
            Some(Ending::Stopped)
        } else {
            None
        };
        if let Some(ending) = stop {
            tree.kill(&mut child);
            break ending;
        }
    };
    // Reap it; after a kill this returns at once.
    child.wait()?;
    let deadline = Instant::now() + DRAIN_GRACE;
    while collected.ended < readers && Instant::now() < deadline {
        collected.drain(&receiver, POLL);
    }
    Ok(RunOutput {
        ending,
        stdout: String::from_utf8_lossy(&collected.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&collected.stderr).into_owned(),
        combined: collected.combined_text(),
    })
}

#[derive(Default)]
struct Collected {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    combined: Vec<u8>,
    ended: usize,
}

impl Collected {
    fn drain(&mut self, receiver: &Receiver<Chunk>, wait: Duration) {
        let mut next = receiver.recv_timeout(wait);
        loop {
            match next {
                Ok(Chunk::Data(bytes, is_err)) => {
                    let stream = if is_err {
                        &mut self.stderr
                    } else {
                        &mut self.stdout
                    };
                    if stream.len() < MAX_OUTPUT {
                        stream.extend_from_slice(&bytes);
                    }
                    if self.combined.len() < 2 * MAX_OUTPUT {
                        self.combined.extend_from_slice(&bytes);
                    }
                }
                Ok(Chunk::Eof) => self.ended += 1,
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return,
            }
            next = receiver.try_recv().map_err(|_| RecvTimeoutError::Timeout);
        }
    }

    fn combined_text(&self) -> String {
        String::from_utf8_lossy(&self.combined).into_owned()
    }
}

/// Starts a thread that forwards one stream; returns 1 if it started (its EOF will be counted).
fn spawn_reader(
    name: &str,
    mut stream: impl Read + Send + 'static,
    is_err: bool,
    sender: Sender<Chunk>,
) -> usize {
    let spawned = thread::Builder::new().name(name.to_owned()).spawn(move || {
        let mut buf = [0_u8; 4096];
        loop {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if sender.send(Chunk::Data(buf[..n].to_vec(), is_err)).is_err() {
                        return;
                    }
                }
            }
        }
        // The receiver may be gone already; nothing is left to tell then.
        sender.send(Chunk::Eof).ok();
    });
    // Without a reader thread the stream is dropped and the child gets EPIPE: still bounded.
    usize::from(spawned.is_ok())
}

/// Puts the child in its own process group (Unix) or hides its console (Windows).
#[cfg(unix)]
fn isolate(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    command.process_group(0);
}

/// Puts the child in its own process group (Unix) or hides its console (Windows).
#[cfg(windows)]
fn isolate(command: &mut Command) {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    command.creation_flags(CREATE_NO_WINDOW);
}

/// Puts the child in its own process group (Unix) or hides its console (Windows).
#[cfg(not(any(unix, windows)))]
fn isolate(_command: &mut Command) {}

/// Everything a started program may start in turn, so that it can be ended as one.
///
/// Unix: the child leads its own process group (see [`isolate`]), so nothing is kept here.
#[cfg(not(windows))]
struct ProcessTree;

#[cfg(not(windows))]
impl ProcessTree {
    fn adopt(_child: &Child) -> Self {
        Self
    }

    /// Ends the child and everything it started.
    #[cfg(unix)]
    #[allow(clippy::unused_self)] // the same call as on Windows, whose tree holds the job
    fn kill(self, child: &mut Child) {
        use nix::sys::signal::{Signal, killpg};
        use nix::unistd::Pid;
        if let Ok(pid) = i32::try_from(child.id()) {
            // The group is the child's own (process_group(0)); ESRCH means it is already gone.
            killpg(Pid::from_raw(pid), Signal::SIGKILL).ok();
        }
        // In case the group could not be signalled; "already exited" is fine.
        child.kill().ok();
    }

    /// Ends the child and everything it started.
    #[cfg(not(unix))]
    #[allow(clippy::unused_self)] // the same call as on Windows, whose tree holds the job
    fn kill(self, child: &mut Child) {
        child.kill().ok();
    }
}

/// Everything a started program may start in turn, so that it can be ended as one.
///
/// Windows: a Job Object the child is put in right after it starts; whatever it starts from then
/// on is in the job too (a grandchild started in the instant before cannot be caught, which
/// `taskkill /T` covers). Nothing is ended when the program exits by itself: DevTools' command
/// line may leave the IDE it started running, as it should.
#[cfg(windows)]
struct ProcessTree {
    /// `None` when no job could be made or the child could not be put in it.
    job: Option<win32job::Job>,
}

#[cfg(windows)]
impl ProcessTree {
    fn adopt(child: &Child) -> Self {
        use std::os::windows::io::AsRawHandle;
        let job = win32job::Job::create().ok().filter(|job| {
            // The handle is the child's own, valid until `child` is dropped, which is after us.
            job.assign_process(child.as_raw_handle() as isize).is_ok()
        });
        Self { job }
    }

    /// Ends the child and everything it started: closing the job's last handle with
    /// "kill on close" set ends every process in it.
    fn kill(self, child: &mut Child) {
        let ended_by_job = self.job.is_some_and(|job| {
            let mut limits = win32job::ExtendedLimitInfo::new();
            limits.limit_kill_on_job_close();
            job.set_extended_limit_info(&limits).is_ok()
            // `job` is dropped here: its handle closes and the job's processes end.
        });
        if !ended_by_job {
            taskkill_tree(child.id());
        }
        // In case the tree could not be ended; "already exited" is fine.
        child.kill().ok();
    }
}

/// `taskkill /T /F`: the tree as Windows knows it (parents that already exited break the chain).
#[cfg(windows)]
fn taskkill_tree(pid: u32) {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    // A failure (already gone, or no taskkill) is covered by child.kill() after this.
    Command::new("taskkill")
        .args(["/T", "/F", "/PID", &pid.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .creation_flags(CREATE_NO_WINDOW)
        .status()
        .ok();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> RunSpec {
        RunSpec::new(Path::new("/bin/sh"), ["-c", script], timeout)
    }

    #[test]
    fn collects_both_streams_and_exit_code() {
        let out = run(
            &sh("echo out; echo err >&2; exit 3", Duration::from_secs(10)),
            &CancelHandle::new(),
            &mut |_| Watch::Continue,
        )
        .unwrap();
        assert_eq!(out.ending, Ending::Exited { code: Some(3) });
        assert_eq!(out.stdout, "out\n");
        assert_eq!(out.stderr, "err\n");
        assert!(!out.succeeded());
        assert_eq!(out.tail(5).matches("out").count(), 1);
    }

    #[test]
    fn timeout_kills_the_group_and_stdin_is_closed() {
        let started = Instant::now();
        let out = run(
            &sh(
                "read x; echo read=$?; sleep 30 & wait",
                Duration::from_millis(400),
            ),
            &CancelHandle::new(),
            &mut |_| Watch::Continue,
        )
        .unwrap();
        assert_eq!(out.ending, Ending::TimedOut);
        assert!(
            out.stdout.contains("read=1"),
            "stdin must be at EOF: {}",
            out.stdout
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn cancel_and_watch_stop_early() {
        let cancel = CancelHandle::new();
        cancel.cancel();
        let out = run(
            &sh("sleep 30", Duration::from_mins(1)),
            &cancel,
            &mut |_| Watch::Continue,
        )
        .unwrap();
        assert_eq!(out.ending, Ending::Cancelled);
        let out = run(
            &sh("echo port disabled; sleep 30", Duration::from_mins(1)),
            &CancelHandle::new(),
            &mut |text| {
                if text.contains("disabled") {
                    Watch::Stop
                } else {
                    Watch::Continue
                }
            },
        )
        .unwrap();
        assert_eq!(out.ending, Ending::Stopped);
        assert!(out.combined.contains("port disabled"));
    }
}
