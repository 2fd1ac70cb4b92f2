//! Walking a demo folder (or dispatching to an archive) and collecting what [`analyze_file`]
//! finds. Symbolic links are never followed; dependency, build and version-control folders are
//! never entered.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::archive::scan_zip;
use super::model::DemoScan;
use super::walk::{ScanProgress, ScannedDemo, walk};

/// Why a folder or archive could not be scanned (or unpacked). Every message (see
/// [`crate::messages`]) names the path and says what to do.
#[derive(Debug)]
pub enum ScanError {
    /// The path does not exist.
    NotFound {
        /// The path given.
        path: PathBuf,
    },
    /// A file that is not a `.zip`.
    NotADemo {
        /// The path given.
        path: PathBuf,
    },
    /// The path could not be read at all.
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The archive is not a readable zip.
    BadZip {
        /// The archive.
        path: PathBuf,
        /// What the zip reader said.
        source: zip::result::ZipError,
    },
    /// One entry of the archive could not be read.
    BadZipEntry {
        /// The archive.
        zip: PathBuf,
        /// The entry's path inside the archive.
        entry: String,
        /// What the zip reader said.
        source: io::Error,
    },
    /// An entry whose path would land outside the destination, or is a link.
    UnsafeZipEntry {
        /// The archive.
        zip: PathBuf,
        /// The entry's path as stored.
        entry: String,
        /// What is unsafe about it.
        reason: ZipEntryProblem,
    },
    /// The archive has no files.
    EmptyZip {
        /// The archive.
        zip: PathBuf,
    },
    /// Unpacking would overwrite an existing folder.
    DestinationExists {
        /// The folder that would be written.
        path: PathBuf,
    },
    /// Writing the unpacked files failed (nothing is left behind).
    Unpack {
        /// The file or folder being written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for ScanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Unreadable { source, .. }
            | Self::BadZipEntry { source, .. }
            | Self::Unpack { source, .. } => Some(source),
            Self::BadZip { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What is unsafe about an archive entry's stored path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipEntryProblem {
    /// It contains a NUL character.
    NulCharacter,
    /// It is an absolute path.
    AbsolutePath,
    /// It climbs out of the destination with `..`.
    ParentFolder,
    /// It starts with a drive letter.
    DriveLetter,
    /// It contains `:` (a drive or an NTFS stream on Windows).
    Colon,
    /// It is a symbolic link.
    SymbolicLink,
    /// The archive has more entries than any demo.
    TooManyEntries {
        /// The most accepted.
        max: usize,
    },
    /// Unpacked, the demo would be larger than any demo.
    TooLarge {
        /// The most accepted, in GiB.
        gib: u64,
    },
    /// Compressed far more than any demo file (a zip bomb).
    TooCompressed {
        /// The largest ratio accepted.
        ratio: u64,
    },
    /// It holds more bytes than its header says.
    MoreThanDeclared,
}

/// Scans a demo folder or a `.zip` (told apart by extension and by content).
pub fn scan(path: &Path) -> Result<DemoScan, ScanError> {
    read(path, &ScanProgress::new()).map(ScannedDemo::into_scan)
}

/// Reads a demo folder or `.zip` like [`scan`], reporting progress through `progress`; of a
/// folder it keeps the bytes of the files a patch rewrites (an archive is never patched).
pub fn read(path: &Path, progress: &ScanProgress) -> Result<ScannedDemo, ScanError> {
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
        return scan_dir_with_progress(path, progress);
    }
    if crate::setup::is_archive_path(path) || starts_like_zip(path) {
        scan_zip(path).map(ScannedDemo::of_archive)
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
        .sort_by_cached_key(|r| (r.rel_path.clone(), r.line, r.reason.english()));
}
