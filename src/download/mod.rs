//! The demo downloaded for the user: GitHub's archive of `tencentyun/MLVBSDK` (or a mirror),
//! saved to a temporary file beside the target, checked to be a whole zip, unpacked with the
//! safe unpacker into a temporary folder beside the target, and its single top folder renamed
//! into place; then the demo is read. On failure or cancel nothing is left behind: the target is
//! as it was, and the temporary file and folder are gone.

mod task;

use std::fs;
use std::io::{self, Read, Seek as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use task::{DownloadEvent, DownloadTask};

pub use crate::preview::process::CancelHandle;

use crate::demo::ScanError;
use crate::messages::{DownloadCode, Localize, Message, io_reason};
use crate::online::{NetworkProblem, download_agent};
use crate::setup::Demo;

/// The archive of the MLVBSDK repository's default branch, as GitHub serves it.
pub const DEFAULT_URL: &str = "https://github.com/tencentyun/MLVBSDK/archive/refs/heads/master.zip";

/// The folder the archive becomes when none is given: its top folder's name on GitHub.
pub const DEFAULT_FOLDER: &str = "MLVBSDK-master";

/// How long the server may stay silent (connecting, starting the answer, between reads) unless
/// [`crate::online::TIMEOUT_ENV`] says otherwise: GitHub can take a while to start a big archive.
pub const DEFAULT_STALL: Duration = Duration::from_secs(30);

/// The most we download (the archive is a few hundred MB).
const MAX_ARCHIVE_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// What to download, and where it goes.
#[derive(Debug, Clone)]
pub struct DownloadRequest {
    /// The archive's address: [`DEFAULT_URL`] or a mirror's.
    pub url: String,
    /// The folder the demo becomes: must not exist, or be empty. Its parent must exist.
    pub into: PathBuf,
    /// How long the server may stay silent.
    pub stall: Duration,
}

impl DownloadRequest {
    /// The default archive into `into`, with the stall limit from the environment or 30 s.
    #[must_use]
    pub fn new(into: PathBuf) -> Self {
        let stall = std::env::var(crate::online::TIMEOUT_ENV)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|ms| *ms > 0)
            .map_or(DEFAULT_STALL, Duration::from_millis);
        Self {
            url: DEFAULT_URL.to_owned(),
            into,
            stall,
        }
    }
}

/// Where a download is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadStage {
    /// Receiving the archive.
    Downloading,
    /// Checking the zip and unpacking it.
    Unpacking,
    /// Reading the unpacked demo.
    Scanning,
}

/// How far a download got: for a progress bar.
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadProgress {
    /// The stage.
    pub stage: DownloadStage,
    /// Bytes received so far.
    pub bytes: u64,
    /// The archive's size, when the server said it.
    pub total: Option<u64>,
    /// The average speed so far, in bytes per second.
    pub bytes_per_second: u64,
    /// The time left at that speed, when the size is known.
    pub time_left: Option<Duration>,
}

/// The downloaded demo.
#[derive(Debug, Clone)]
pub struct Downloaded {
    /// The demo folder (the request's `into`).
    pub root: PathBuf,
    /// The archive's size.
    pub bytes: u64,
    /// The demo, read.
    pub demo: Demo,
}

/// Why a download did not end in a demo folder. In every case the target is as it was.
#[derive(Debug)]
pub enum DownloadError {
    /// The address is not an `http://` or `https://` one.
    BadUrl {
        /// What was given.
        url: String,
    },
    /// The target exists and is not an empty folder.
    TargetExists {
        /// The target.
        path: PathBuf,
    },
    /// The target's parent folder does not exist.
    ParentMissing {
        /// The parent.
        path: PathBuf,
    },
    /// The network failed (offline, DNS, TLS, a stall, a cut connection).
    Network(NetworkProblem),
    /// The server answered with an error status.
    HttpStatus {
        /// The address.
        url: String,
        /// The status.
        status: u16,
    },
    /// Fewer bytes came than the server announced.
    Truncated {
        /// Bytes received.
        got: u64,
        /// Bytes announced.
        expected: u64,
    },
    /// More than any demo archive.
    TooLarge {
        /// The limit.
        limit: u64,
    },
    /// What came is not a whole zip archive.
    NotAZip {
        /// What the zip reader said.
        detail: String,
    },
    /// The archive could not be unpacked safely (an entry outside its folder, a link, …).
    Unpack(ScanError),
    /// A temporary file or folder could not be written or moved.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The user cancelled.
    Cancelled,
}

impl Localize for DownloadError {
    fn message(&self) -> Message {
        use DownloadCode as C;
        match self {
            Self::BadUrl { url } => Message::new(C::BadUrl).with("url", url.as_str()),
            Self::TargetExists { path } => Message::new(C::TargetExists).with("path", path),
            Self::ParentMissing { path } => Message::new(C::ParentMissing).with("path", path),
            Self::Network(problem) => problem.message(),
            Self::HttpStatus { url, status } => Message::new(C::HttpStatus)
                .with("url", url.as_str())
                .with("status", *status),
            Self::Truncated { got, expected } => Message::new(C::Truncated)
                .with("got", *got)
                .with("expected", *expected),
            Self::TooLarge { limit } => Message::new(C::TooLarge).with("limit", *limit),
            Self::NotAZip { detail } => Message::new(C::NotAZip).with("detail", detail.as_str()),
            Self::Unpack(err) => err.message(),
            Self::Io { path, source } => Message::new(C::Io)
                .with("path", path)
                .with("reason", io_reason(source)),
            Self::Cancelled => Message::new(C::Cancelled),
        }
    }
}

impl std::fmt::Display for DownloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for DownloadError {}

/// Checks the target before anything is fetched: it must not exist (or be an empty folder), and
/// its parent must exist. Returns the parent.
pub fn check_target(into: &Path) -> Result<PathBuf, DownloadError> {
    match fs::symlink_metadata(into) {
        Ok(meta) if meta.is_dir() => {
            let empty = fs::read_dir(into)
                .map_err(|source| DownloadError::Io {
                    path: into.to_path_buf(),
                    source,
                })?
                .next()
                .is_none();
            if !empty {
                return Err(DownloadError::TargetExists {
                    path: into.to_path_buf(),
                });
            }
        }
        Ok(_) => {
            return Err(DownloadError::TargetExists {
                path: into.to_path_buf(),
            });
        }
        Err(_) => {}
    }
    let parent = match into.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(DownloadError::ParentMissing { path: parent });
    }
    Ok(parent)
}

fn progress_of(
    stage: DownloadStage,
    bytes: u64,
    total: Option<u64>,
    started: Instant,
) -> DownloadProgress {
    let millis = started.elapsed().as_millis().max(1);
    let bytes_per_second = u64::try_from(u128::from(bytes) * 1000 / millis).unwrap_or(u64::MAX);
    let time_left = match (total, bytes_per_second) {
        (Some(total), speed) if speed > 0 => {
            Some(Duration::from_secs(total.saturating_sub(bytes) / speed))
        }
        _ => None,
    };
    DownloadProgress {
        stage,
        bytes,
        total,
        bytes_per_second,
        time_left,
    }
}

/// Receives the archive into `file`; returns its size.
fn receive(
    request: &DownloadRequest,
    file: &mut fs::File,
    cancel: &CancelHandle,
    on_progress: &mut dyn FnMut(&DownloadProgress),
) -> Result<u64, DownloadError> {
    let host = crate::online::host_of(&request.url);
    let network = |err: &ureq::Error| {
        DownloadError::Network(crate::online::classify(err, &host, request.stall))
    };
    let response = download_agent(request.stall)
        .get(&request.url)
        .call()
        .map_err(|e| network(&e))?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(DownloadError::HttpStatus {
            url: request.url.clone(),
            status,
        });
    }
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let mut reader = response
        .into_body()
        .into_with_config()
        .limit(MAX_ARCHIVE_BYTES)
        .reader();
    let started = Instant::now();
    let mut bytes = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    on_progress(&progress_of(DownloadStage::Downloading, 0, total, started));
    loop {
        if cancel.is_cancelled() {
            return Err(DownloadError::Cancelled);
        }
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                // ureq hands its own errors back inside the I/O error.
                let problem = match err.get_ref().and_then(|e| e.downcast_ref::<ureq::Error>()) {
                    Some(ureq::Error::BodyExceedsLimit(_)) => DownloadError::TooLarge {
                        limit: MAX_ARCHIVE_BYTES,
                    },
                    Some(inner) => network(inner),
                    None => network(&ureq::Error::Io(err)),
                };
                return Err(problem);
            }
        };
        file.write_all(&buf[..n])
            .map_err(|source| DownloadError::Io {
                path: request.into.clone(),
                source,
            })?;
        bytes += n as u64;
        on_progress(&progress_of(
            DownloadStage::Downloading,
            bytes,
            total,
            started,
        ));
    }
    if let Some(expected) = total
        && bytes < expected
    {
        return Err(DownloadError::Truncated {
            got: bytes,
            expected,
        });
    }
    Ok(bytes)
}

/// Downloads, checks, unpacks and reads the demo. Blocking: call it from a background thread in
/// the window (or use [`DownloadTask`]); `on_progress` is called after every chunk; `cancel`
/// stops it between chunks and before each later stage.
pub fn download(
    request: &DownloadRequest,
    cancel: &CancelHandle,
    on_progress: &mut dyn FnMut(&DownloadProgress),
) -> Result<Downloaded, DownloadError> {
    if !crate::online::is_web_url(&request.url) {
        return Err(DownloadError::BadUrl {
            url: request.url.clone(),
        });
    }
    let parent = check_target(&request.into)?;
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DownloadError::Io { path, source }
    };
    // Both are removed when dropped: on every error path, and after the rename.
    let mut archive = tempfile::Builder::new()
        .prefix(".mlvb-setup-download-")
        .suffix(".zip")
        .tempfile_in(&parent)
        .map_err(io_err(&parent))?;
    let bytes = receive(request, archive.as_file_mut(), cancel, on_progress)?;
    let started = Instant::now();
    on_progress(&progress_of(
        DownloadStage::Unpacking,
        bytes,
        Some(bytes),
        started,
    ));
    archive
        .as_file_mut()
        .flush()
        .map_err(io_err(archive.path()))?;
    archive
        .as_file_mut()
        .rewind()
        .map_err(io_err(archive.path()))?;
    // A whole zip has its central directory at the end: a cut-off download fails here.
    zip::ZipArchive::new(io::BufReader::new(archive.as_file())).map_err(|err| {
        DownloadError::NotAZip {
            detail: err.to_string(),
        }
    })?;
    if cancel.is_cancelled() {
        return Err(DownloadError::Cancelled);
    }
    let staging = tempfile::Builder::new()
        .prefix(".mlvb-setup-unpack-")
        .tempdir_in(&parent)
        .map_err(io_err(&parent))?;
    let unpacked =
        crate::demo::unpack_zip(archive.path(), staging.path()).map_err(DownloadError::Unpack)?;
    if cancel.is_cancelled() {
        return Err(DownloadError::Cancelled);
    }
    // An empty target folder is replaced; a new one appears only by this rename.
    if request.into.is_dir() {
        fs::remove_dir(&request.into).map_err(io_err(&request.into))?;
    }
    fs::rename(&unpacked, &request.into).map_err(io_err(&request.into))?;
    drop(staging);
    drop(archive);
    on_progress(&progress_of(
        DownloadStage::Scanning,
        bytes,
        Some(bytes),
        started,
    ));
    let demo = Demo::read(&request.into).map_err(DownloadError::Unpack)?;
    Ok(Downloaded {
        root: request.into.clone(),
        bytes,
        demo,
    })
}
