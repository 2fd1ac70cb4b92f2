//! The files a preview writes and reads back: the working folder (stale outputs deleted first, so
//! an old QR is never shown as new), the QR file (base64 or raw image) and the info file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::devtools;
use super::info;
use super::problem::PreviewProblem;
use super::process::RunOutput;
use super::qr::{self, ModuleGrid, QrFormat, QrImage};
use super::session::{PreviewQr, Route};
use crate::messages::io_reason;

/// The files one preview uses.
#[derive(Debug, Clone)]
pub struct WorkFiles {
    /// The folder.
    pub dir: PathBuf,
    /// The preview QR (base64).
    pub qr_file: PathBuf,
    /// The preview info (JSON).
    pub info_file: PathBuf,
    /// The login QR (base64).
    pub login_qr_file: PathBuf,
}

impl WorkFiles {
    /// Prepares the folder and deletes stale outputs, so an old QR is never shown as new.
    pub fn prepare(dir: Option<&Path>) -> Result<Self, PreviewProblem> {
        let dir = match dir {
            Some(dir) => {
                fs::create_dir_all(dir).map_err(|e| unusable(dir, &e))?;
                super::project::absolute(dir)
            }
            None => tempfile::Builder::new()
                .prefix("mlvb-setup-preview-")
                .tempdir()
                .map_err(|e| unusable(&std::env::temp_dir(), &e))?
                .keep(),
        };
        let files = Self {
            qr_file: dir.join("preview-qr.base64.txt"),
            info_file: dir.join("preview-info.json"),
            login_qr_file: dir.join("login-qr.base64.txt"),
            dir,
        };
        for stale in [&files.qr_file, &files.info_file, &files.login_qr_file] {
            remove_stale(stale)?;
        }
        Ok(files)
    }
}

fn unusable(dir: &Path, e: &io::Error) -> PreviewProblem {
    PreviewProblem::WorkDirUnusable {
        path: dir.to_path_buf(),
        reason: io_reason(e),
    }
}

pub(crate) fn remove_stale(path: &Path) -> Result<(), PreviewProblem> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(unusable(path, &e)),
        _ => Ok(()),
    }
}

/// A QR read from a file: base64 text (DevTools' `--qr-format base64`) or raw PNG/JPEG bytes.
#[derive(Debug, Clone)]
pub struct DecodedQrFile {
    /// The image bytes.
    pub encoded: Vec<u8>,
    /// PNG or JPEG.
    pub format: QrFormat,
    /// The pixels.
    pub image: QrImage,
    /// The modules, when found.
    pub grid: Option<ModuleGrid>,
    /// The text, when it decodes.
    pub content: Option<String>,
}

/// Reads and decodes a QR file.
pub fn read_qr_file(path: &Path) -> Result<DecodedQrFile, PreviewProblem> {
    let bytes = fs::read(path).map_err(|_| PreviewProblem::NoQrWritten {
        path: path.to_path_buf(),
    })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(PreviewProblem::NoQrWritten {
            path: path.to_path_buf(),
        });
    }
    let unreadable = |reason: qr::QrDecodeError| PreviewProblem::QrUnreadable {
        path: path.to_path_buf(),
        reason,
    };
    let encoded = if qr::sniff_format(&bytes).is_some() {
        bytes
    } else {
        qr::decode_base64_text(&String::from_utf8_lossy(&bytes)).map_err(unreadable)?
    };
    let (format, image) = qr::decode_image(&encoded).map_err(unreadable)?;
    let read = qr::read_qr(&image);
    Ok(DecodedQrFile {
        encoded,
        format,
        image,
        grid: read.as_ref().map(|r| r.grid.clone()),
        content: read.and_then(|r| r.text),
    })
}

/// Reads the QR and info files after a successful run. A missing QR with a recognised failure in
/// the output reports that failure.
pub(crate) fn read_preview(
    route: Route,
    files: &WorkFiles,
    output: &RunOutput,
) -> Result<PreviewQr, (PreviewProblem, String)> {
    let tail = output.tail(6);
    let decoded = read_qr_file(&files.qr_file).map_err(|problem| {
        let problem = match (&problem, devtools::classify(&output.combined)) {
            (PreviewProblem::NoQrWritten { .. }, Some(failure)) => {
                devtools::problem_for(failure, &files.qr_file, &tail)
            }
            _ => problem,
        };
        (problem, tail.clone())
    })?;
    let package_size = fs::read_to_string(&files.info_file)
        .ok()
        .and_then(|t| info::parse_package_size(&t));
    let made_at = fs::metadata(&files.qr_file)
        .and_then(|m| m.modified())
        .unwrap_or_else(|_| SystemTime::now());
    Ok(PreviewQr {
        route,
        image: decoded.image,
        encoded: decoded.encoded,
        format: decoded.format,
        grid: decoded.grid,
        content: decoded.content,
        package_size,
        made_at,
        qr_file: files.qr_file.clone(),
        info_file: files.info_file.clone(),
    })
}

/// Seconds since 1970 (UTC) for a time; format it with `crate::time::format_utc`.
#[must_use]
pub fn unix_seconds(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn unix_time() {
        assert_eq!(unix_seconds(SystemTime::UNIX_EPOCH), 0);
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_251_199);
        assert_eq!(
            crate::time::format_utc(unix_seconds(t)),
            "2024-02-29 23:59:59 UTC"
        );
    }

    #[test]
    fn stale_outputs_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("preview-qr.base64.txt"), "old").unwrap();
        fs::write(dir.path().join("preview-info.json"), "{}").unwrap();
        let files = WorkFiles::prepare(Some(dir.path())).unwrap();
        assert!(!files.qr_file.exists() && !files.info_file.exists());
        assert_eq!(
            read_qr_file(&files.qr_file).unwrap_err().code(),
            "no-qr-written"
        );
        fs::write(&files.qr_file, "data:image/png;base64,AAAA").unwrap();
        assert_eq!(
            read_qr_file(&files.qr_file).unwrap_err().code(),
            "qr-unreadable"
        );
    }
}
