//! Walking a demo folder (or dispatching to an archive) and collecting what [`analyze_file`]
//! finds. Symbolic links are never followed; dependency, build and version-control folders are
//! never entered.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::archive::scan_zip;
use super::model::DemoScan;
use super::walk::{ScanProgress, ScannedDemo, walk};

/// Why a folder or archive could not be scanned (or unpacked). Every message names the path and
/// says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// The path does not exist.
    #[error(
        "{} does not exist: choose the folder you unpacked the demo into, or the downloaded .zip",
        .path.display()
    )]
    NotFound {
        /// The path given.
        path: PathBuf,
    },
    /// A file that is not a `.zip`.
    #[error(
        "{} is neither a folder nor a .zip archive: choose the demo's folder (e.g. MLVBSDK-master) or the .zip you downloaded",
        .path.display()
    )]
    NotADemo {
        /// The path given.
        path: PathBuf,
    },
    /// The path could not be read at all.
    #[error("cannot read {}: {source}; check that it exists and that you may read it", .path.display())]
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The archive is not a readable zip.
    #[error(
        "{} is not a readable .zip archive ({source}): download the demo again",
        .path.display()
    )]
    BadZip {
        /// The archive.
        path: PathBuf,
        /// What the zip reader said.
        source: zip::result::ZipError,
    },
    /// One entry of the archive could not be read.
    #[error(
        "cannot read {entry} in {} ({source}): the archive is damaged or encrypted; download the demo again",
        .zip.display()
    )]
    BadZipEntry {
        /// The archive.
        zip: PathBuf,
        /// The entry's path inside the archive.
        entry: String,
        /// What the zip reader said.
        source: io::Error,
    },
    /// An entry whose path would land outside the destination, or is a link.
    #[error(
        "refusing to unpack {}: its entry {entry:?} {reason}; unpack it with another tool after checking where it came from, or download the demo again from GitHub",
        .zip.display()
    )]
    UnsafeZipEntry {
        /// The archive.
        zip: PathBuf,
        /// The entry's path as stored.
        entry: String,
        /// What is unsafe about it.
        reason: String,
    },
    /// The archive has no files.
    #[error("{} contains no files: download the demo again", .zip.display())]
    EmptyZip {
        /// The archive.
        zip: PathBuf,
    },
    /// Unpacking would overwrite an existing folder.
    #[error(
        "{} already exists: scan that folder instead, or move it away and unpack again",
        .path.display()
    )]
    DestinationExists {
        /// The folder that would be written.
        path: PathBuf,
    },
    /// Writing the unpacked files failed (nothing is left behind).
    #[error("cannot unpack into {}: {source}; check free space and permissions, then try again", .path.display())]
    Unpack {
        /// The file or folder being written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// Scans a demo folder or a `.zip` (told apart by extension and by content).
pub fn scan(path: &Path) -> Result<DemoScan, ScanError> {
    let meta = fs::metadata(path).map_err(|source| {
        if source.kind() == io::ErrorKind::NotFound {
            ScanError::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            ScanError::Unreadable {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    if meta.is_dir() {
        return scan_dir(path);
    }
    let zip_by_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if zip_by_name || starts_like_zip(path) {
        scan_zip(path)
    } else {
        Err(ScanError::NotADemo {
            path: path.to_path_buf(),
        })
    }
}

fn starts_like_zip(path: &Path) -> bool {
    let mut magic = [0u8; 4];
    fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06")
}

/// Scans a demo folder: every file below it, except in skipped folders and behind symbolic links.
pub fn scan_dir(dir: &Path) -> Result<DemoScan, ScanError> {
    scan_dir_with_progress(dir, &ScanProgress::new()).map(ScannedDemo::into_scan)
}

/// Scans a demo folder like [`scan_dir`], reporting progress through `progress`, and keeps the
/// bytes of the files a patch rewrites: [`crate::patch::plan_scanned`] plans from them without
/// reading or analysing any file again. Each file is read once, on all cores.
pub fn scan_dir_with_progress(
    dir: &Path,
    progress: &ScanProgress,
) -> Result<ScannedDemo, ScanError> {
    let meta = fs::metadata(dir).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => ScanError::NotFound {
            path: dir.to_path_buf(),
        },
        _ => ScanError::Unreadable {
            path: dir.to_path_buf(),
            source,
        },
    })?;
    if !meta.is_dir() {
        return Err(ScanError::NotADemo {
            path: dir.to_path_buf(),
        });
    }
    // The top folder must be listable; below it, an unreadable folder is reported, not fatal.
    fs::read_dir(dir).map_err(|source| ScanError::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    Ok(walk(dir, progress))
}

/// Sorts files and refusals by path (then line and reason), as [`DemoScan`] promises: the same
/// order every time, whichever thread found what first.
pub(crate) fn sort(scan: &mut DemoScan) {
    scan.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    scan.refused
        .sort_by(|a, b| (&a.rel_path, a.line, &a.reason).cmp(&(&b.rel_path, b.line, &b.reason)));
}
