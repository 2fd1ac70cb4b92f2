//! The demo's lock: one `patch` or `restore` at a time per demo folder, across processes.
//!
//! The lock is an exclusive OS file lock (`flock` / `LockFileEx`) on `.mlvb-setup/lock`, so it
//! goes away with the process that held it, even after `kill -9`. The holder writes its process
//! id into the file, so that a second run can say who holds it.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::backup::{STATE_DIR, create_private_dir, sync_dir};
use super::error::{LockHolder, PatchError};

/// The name of the lock file inside [`STATE_DIR`].
pub const LOCK_FILE: &str = "lock";

/// How long [`apply`](super::apply()) and [`restore`](super::restore()) wait for another run
/// to finish before they stop.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(10);

/// How often a waiting run looks again.
const POLL: Duration = Duration::from_millis(50);

/// The exclusive lock on one demo folder; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct DemoLock {
    root: PathBuf,
    // Held open for the lock's lifetime.
    file: File,
}

impl DemoLock {
    /// Takes the lock on `root`, waiting at most `wait` for another run to release it.
    /// `on_wait` is called once, with who holds it, when the lock is busy at first.
    pub fn acquire(
        root: &Path,
        wait: Duration,
        mut on_wait: impl FnMut(&LockHolder),
    ) -> Result<Self, PatchError> {
        let state = ensure_state_dir(root)?;
        let path = state.join(LOCK_FILE);
        let io_err = |source| PatchError::BackupWrite {
            path: path.clone(),
            source,
        };
        let mut file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io_err)?;
        let started = Instant::now();
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) => {
                    let holder = holder_of(&mut file);
                    if !told {
                        on_wait(&holder);
                        told = true;
                    }
                    if started.elapsed() >= wait {
                        return Err(PatchError::Locked {
                            root: root.to_owned(),
                            holder,
                        });
                    }
                    std::thread::sleep(POLL);
                }
                Err(fs::TryLockError::Error(source)) => return Err(io_err(source)),
            }
        }
        // Best effort: the lock itself is what counts, the text only names the holder.
        let _ = file.set_len(0).and_then(|()| {
            file.seek(SeekFrom::Start(0))?;
            writeln!(file, "pid {}", std::process::id())
        });
        Ok(Self {
            root: root.to_owned(),
            file,
        })
    }

    /// The demo folder this lock is on.
    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether this lock is the one on `root` (the same path as given when locking).
    pub(crate) fn covers(&self, root: &Path) -> bool {
        self.root == root
            || fs::canonicalize(&self.root).ok() == fs::canonicalize(root).ok()
                && fs::canonicalize(root).is_ok()
    }
}

impl Drop for DemoLock {
    fn drop(&mut self) {
        // Clear the holder's name first, so a stale pid is never shown; closing unlocks.
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

/// Who holds the lock, as far as the lock file tells.
fn holder_of(file: &mut File) -> LockHolder {
    let mut text = String::new();
    let _ = file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.take(64).read_to_string(&mut text));
    match text.trim().strip_prefix("pid ") {
        Some(pid) => LockHolder {
            pid: pid.parse().ok(),
        },
        None => LockHolder { pid: None },
    }
}

/// Creates `.mlvb-setup/` (private, with a `.gitignore` of `*`) if needed and returns it.
/// Refuses one that is a symbolic link or not a folder: mlvb-setup never follows links there.
pub(crate) fn ensure_state_dir(root: &Path) -> Result<PathBuf, PatchError> {
    let state = root.join(STATE_DIR);
    match fs::symlink_metadata(&state) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(PatchError::UntrustedState { path: state });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => match create_private_dir(&state) {
            Ok(()) => sync_dir(root),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(PatchError::BackupWrite {
                    path: state,
                    source,
                });
            }
        },
        Err(source) => {
            return Err(PatchError::Read {
                path: state,
                source,
            });
        }
    }
    let gitignore = state.join(".gitignore");
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&gitignore)
    {
        Ok(mut file) => file
            .write_all(b"*\n")
            .and_then(|()| file.sync_all())
            .map_err(|source| PatchError::BackupWrite {
                path: gitignore,
                source,
            })?,
        // Another run made it first, or it is there from before: both fine.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(source) => {
            return Err(PatchError::BackupWrite {
                path: gitignore,
                source,
            });
        }
    }
    Ok(state)
}
