//! Walking a demo folder (or dispatching to an archive) and collecting what [`analyze_file`]
//! finds. Symbolic links are never followed; dependency, build and version-control folders are
//! never entered.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of};
use super::archive::scan_zip;
use super::model::{DemoScan, RefusedFile};
use crate::messages::{DemoCode, Message};

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
        reason: Message::new(if what == "file" {
            DemoCode::FileUnreadable
        } else {
            DemoCode::FolderUnreadable
        })
        .with("reason", crate::messages::io_reason(err)),
    }
}

/// Sorts files and refusals by path, as [`DemoScan`] promises.
pub(crate) fn sort(scan: &mut DemoScan) {
    scan.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    scan.refused.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
}
