//! The folder walk behind [`super::scan_dir`]: the `ignore` crate's parallel walker (one thread
//! per core, our own skip list, no `.gitignore` rules, links never followed), each candidate
//! file read once into a per-thread buffer, binary files rejected on their first bytes, and the
//! bytes of every file a patch would rewrite kept, so that planning reads nothing again.

use crate::messages::{DemoCode, Message};
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ignore::{WalkBuilder, WalkState};

use super::analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of, refuse_oversized};
use super::model::{DemoFile, DemoScan, FileRole, RefusedFile};
use super::text::{Sniffed, sniff_encoding};

/// How much of a file is read before it may be rejected as binary.
const HEAD_BYTES: u64 = 8 * 1024;

/// How far a running scan has got, for a progress display: read it from any thread while
/// [`super::scan_dir_with_progress`] runs.
#[derive(Debug, Default)]
pub struct ScanProgress {
    found: AtomicUsize,
    read: AtomicUsize,
    finished: AtomicBool,
}

impl ScanProgress {
    /// A progress with nothing found yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Files looked at so far (read and analysed, or rejected).
    #[must_use]
    pub fn files_read(&self) -> usize {
        self.read.load(Ordering::Relaxed)
    }

    /// Files the walk has found to look at so far (only files whose name could be a credential
    /// file's, outside skipped folders); final once [`Self::is_finished`].
    #[must_use]
    pub fn files_total(&self) -> usize {
        self.found.load(Ordering::Relaxed)
    }

    /// Whether the scan is over (then `files_read() == files_total()`).
    #[must_use]
    pub fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }
}

/// A folder's scan with the exact bytes of each file a patch rewrites (credential files and
/// `project.config.json`), as read by the scan. `Debug` shows paths and sizes, never bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct ScannedDemo {
    /// What the scan found.
    pub scan: DemoScan,
    contents: BTreeMap<PathBuf, Vec<u8>>,
}

impl ScannedDemo {
    /// The bytes the scan read and analysed for one of `scan.files` that a patch rewrites;
    /// `None` for signing-algorithm files.
    #[must_use]
    pub fn contents(&self, rel_path: &Path) -> Option<&[u8]> {
        self.contents.get(rel_path).map(Vec::as_slice)
    }

    /// An archive's scan: nothing of it is kept to patch.
    #[must_use]
    pub fn of_archive(scan: DemoScan) -> Self {
        Self {
            scan,
            contents: BTreeMap::new(),
        }
    }

    /// The scan alone.
    #[must_use]
    pub fn into_scan(self) -> DemoScan {
        self.scan
    }
}

impl fmt::Debug for ScannedDemo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sizes: BTreeMap<_, _> = self.contents.iter().map(|(p, b)| (p, b.len())).collect();
        f.debug_struct("ScannedDemo")
            .field("scan", &self.scan)
            .field("content_sizes", &sizes)
            .finish()
    }
}

/// What one file turned out to be.
enum Outcome {
    NotOurs,
    Found(DemoFile, Vec<u8>),
    Refused(RefusedFile),
}

/// Walks `dir` (which must be a listable folder) and analyses every candidate file once.
pub(crate) fn walk(dir: &Path, progress: &ScanProgress) -> ScannedDemo {
    let threads = std::thread::available_parallelism().map_or(1, NonZero::get);
    let walker = WalkBuilder::new(dir)
        .standard_filters(false)
        .follow_links(false)
        .threads(threads.min(8))
        .filter_entry(|entry| {
            entry.depth() == 0
                || !entry.file_type().is_some_and(|t| t.is_dir())
                || !is_skipped_dir(&entry.file_name().to_string_lossy())
        })
        .build_parallel();
    let collected = Mutex::new(ScannedDemo {
        scan: DemoScan {
            root: dir.to_path_buf(),
            files: Vec::new(),
            refused: Vec::new(),
        },
        contents: BTreeMap::new(),
    });
    let record = |outcome: Outcome| {
        let mut found = collected
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match outcome {
            Outcome::NotOurs => {}
            Outcome::Found(file, bytes) => {
                if file.role != FileRole::SigningAlgorithm {
                    found.contents.insert(file.rel_path.clone(), bytes);
                }
                found.scan.files.push(file);
            }
            Outcome::Refused(refused) => found.scan.refused.push(refused),
        }
    };
    walker.run(|| {
        let mut buf = Vec::new();
        let record = &record;
        Box::new(move |entry| {
            match entry {
                Ok(entry) => {
                    let is_dir = entry.file_type().is_none_or(|t| t.is_dir());
                    if !is_dir && language_of(entry.path()).is_some() {
                        progress.found.fetch_add(1, Ordering::Relaxed);
                        // Borrowed: most files are not ours, and cost no allocation.
                        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                        let outcome = if entry.path_is_symlink() {
                            linked_file(entry.path(), rel, &mut buf)
                        } else if entry.file_type().is_some_and(|t| t.is_file()) {
                            regular_file(entry.path(), rel, &mut buf)
                        } else {
                            Outcome::NotOurs
                        };
                        progress.read.fetch_add(1, Ordering::Relaxed);
                        if !matches!(outcome, Outcome::NotOurs) {
                            record(outcome);
                        }
                    }
                }
                Err(err) => record(walk_error(dir, &err)),
            }
            WalkState::Continue
        })
    });
    let mut demo = collected
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    super::scan::sort(&mut demo.scan);
    progress.finished.store(true, Ordering::Release);
    demo
}

fn relative(dir: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(dir).unwrap_or(path).to_path_buf()
}

/// Reads and analyses one regular file into `buf` (reused between files of one thread).
fn regular_file(path: &Path, rel: &Path, buf: &mut Vec<u8>) -> Outcome {
    match read_candidate(path, rel, buf) {
        Ok(Some(outcome)) => outcome,
        Ok(None) => match analyze_file(rel, buf) {
            Some(Ok(file)) => Outcome::Found(file, buf.clone()),
            Some(Err(refused)) => Outcome::Refused(refused),
            None => Outcome::NotOurs,
        },
        Err(err) => Outcome::Refused(unreadable(rel.to_path_buf(), "file", &err)),
    }
}

/// Reads a file into `buf`, unless it is decided on the way: too large (looked through and
/// perhaps refused) or binary.
fn read_candidate(path: &Path, rel: &Path, buf: &mut Vec<u8>) -> io::Result<Option<Outcome>> {
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    if len > MAX_FILE_BYTES {
        return Ok(Some(match refuse_oversized(rel, file)? {
            Some(refused) => Outcome::Refused(refused),
            None => Outcome::NotOurs,
        }));
    }
    // The size the system gave is read, no more (so a small file costs one `read`, not a second
    // one to find the end): a file that changes after this is caught by `apply`, which compares
    // every file's bytes on disk with these before it writes.
    buf.clear();
    (&mut file).take(len.min(HEAD_BYTES)).read_to_end(buf)?;
    if memchr::memchr(0, buf).is_some() && matches!(sniff_encoding(buf), Sniffed::Binary) {
        return Ok(Some(Outcome::NotOurs));
    }
    let head = buf.len() as u64;
    if head < len {
        file.take(len - head).read_to_end(buf)?;
    }
    Ok(None)
}

/// A symbolic link named like a candidate: never followed for patching, but if the file it
/// points to is a credential file (or a refused one), the link is refused, not skipped silently.
fn linked_file(path: &Path, rel: &Path, buf: &mut Vec<u8>) -> Outcome {
    let points_to_file = fs::metadata(path).is_ok_and(|m| m.is_file());
    if !points_to_file {
        return Outcome::NotOurs;
    }
    let ours = match regular_file(path, rel, buf) {
        Outcome::Found(file, _) => file.role != FileRole::SigningAlgorithm,
        Outcome::Refused(_) => true,
        Outcome::NotOurs => false,
    };
    if !ours {
        return Outcome::NotOurs;
    }
    let target =
        fs::read_link(path).map_or_else(|_| "another file".to_owned(), |t| t.display().to_string());
    Outcome::Refused(RefusedFile {
        rel_path: rel.to_path_buf(),
        line: None,
        reason: Message::new(DemoCode::RefusedSymlink).with("target", target),
    })
}

/// A folder the walk could not list, as a refusal (the scan goes on).
fn walk_error(dir: &Path, err: &ignore::Error) -> Outcome {
    let rel = error_path(err).map_or_else(PathBuf::new, |p| relative(dir, p));
    let io_err = err.io_error().map_or_else(
        || io::Error::other(err.to_string()),
        |e| io::Error::new(e.kind(), e.to_string()),
    );
    Outcome::Refused(unreadable(rel, "folder", &io_err))
}

fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// A file or folder that could not be read, as a refusal.
pub(crate) fn unreadable(rel_path: PathBuf, what: &str, err: &io::Error) -> RefusedFile {
    RefusedFile {
        rel_path,
        line: None,
        reason: Message::new(if what == "file" {
            DemoCode::FileUnreadable
        } else {
            DemoCode::FolderUnreadable
        })
        .with("reason", crate::messages::io_reason(err)),
    }
}
