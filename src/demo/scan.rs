//! Walking a demo folder (or dispatching to an archive) and collecting what [`analyze_file`]
//! finds. Symbolic links are never followed; dependency, build and version-control folders are
//! never entered.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of};
use super::archive::scan_zip;
use super::model::{DemoScan, RefusedFile};

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
    let mut scan = DemoScan {
        root: dir.to_path_buf(),
        files: Vec::new(),
        refused: Vec::new(),
    };
    let mut pending = vec![PathBuf::new()];
    while let Some(rel_dir) = pending.pop() {
        let entries = match fs::read_dir(dir.join(&rel_dir)) {
            Ok(entries) => entries,
            Err(err) => {
                scan.refused.push(unreadable(rel_dir, "folder", &err));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    scan.refused
                        .push(unreadable(rel_dir.clone(), "folder", &err));
                    break;
                }
            };
            let rel = rel_dir.join(entry.file_name());
            // `DirEntry::file_type` does not follow symbolic links: a link is neither dir nor file.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !is_skipped_dir(&entry.file_name().to_string_lossy()) {
                    pending.push(rel);
                }
            } else if kind.is_file() && language_of(&rel).is_some() {
                visit_file(&mut scan, &entry.path(), rel);
            }
        }
    }
    sort(&mut scan);
    Ok(scan)
}

fn visit_file(scan: &mut DemoScan, path: &Path, rel: PathBuf) {
    let read = fs::File::open(path).and_then(|file| {
        if file.metadata()?.len() > MAX_FILE_BYTES {
            return Ok(None);
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        Ok(Some(bytes))
    });
    match read {
        Ok(Some(bytes)) => match analyze_file(&rel, &bytes) {
            Some(Ok(file)) => scan.files.push(file),
            Some(Err(refused)) => scan.refused.push(refused),
            None => {}
        },
        Ok(None) => {}
        Err(err) => scan.refused.push(unreadable(rel, "file", &err)),
    }
}

fn unreadable(rel_path: PathBuf, what: &str, err: &io::Error) -> RefusedFile {
    RefusedFile {
        rel_path,
        line: None,
        reason: format!(
            "this {what} could not be read ({err}); check its permissions and scan again"
        ),
    }
}

/// Sorts files and refusals by path, as [`DemoScan`] promises.
pub(crate) fn sort(scan: &mut DemoScan) {
    scan.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    scan.refused.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
}
