//! Demo archives: scanning a `.zip` in memory (nothing written), and unpacking one safely — no
//! entry may land outside the destination, links are refused, an existing folder is never
//! overwritten, and a failure leaves nothing behind.

use std::fs;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use zip::ZipArchive;

use super::analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of, refuse_oversized};
use super::model::DemoScan;
use super::scan::{ScanError, ZipEntryProblem, sort};

/// How much of an entry over [`MAX_FILE_BYTES`] is looked through for a declaration.
const OVERSIZED_LOOK_BYTES: u64 = 64 * 1024 * 1024;

fn open(zip: &Path) -> Result<ZipArchive<BufReader<fs::File>>, ScanError> {
    let file = fs::File::open(zip).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => ScanError::NotFound {
            path: zip.to_path_buf(),
        },
        _ => ScanError::Unreadable {
            path: zip.to_path_buf(),
            source,
        },
    })?;
    ZipArchive::new(BufReader::new(file)).map_err(|source| ScanError::BadZip {
        path: zip.to_path_buf(),
        source,
    })
}

fn entry_error(zip: &Path, entry: impl Into<String>, source: impl Into<io::Error>) -> ScanError {
    ScanError::BadZipEntry {
        zip: zip.to_path_buf(),
        entry: entry.into(),
        source: source.into(),
    }
}

/// Scans a `.zip` of a demo without unpacking it; each file's `rel_path` is its entry path.
/// An archive with an entry that would land outside its folder when unpacked (`../`, an absolute
/// path, a drive letter) is refused whole: it is not a demo download to trust.
pub fn scan_zip(zip: &Path) -> Result<DemoScan, ScanError> {
    let mut archive = open(zip)?;
    let mut scan = DemoScan {
        root: zip.to_path_buf(),
        files: Vec::new(),
        refused: Vec::new(),
    };
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| entry_error(zip, format!("entry #{}", index + 1), e))?;
        let name = entry
            .name()
            .map_err(|e| entry_error(zip, format!("entry #{}", index + 1), e))?
            .into_owned();
        safe_segments(&name).map_err(|reason| ScanError::UnsafeZipEntry {
            zip: zip.to_path_buf(),
            entry: name.clone(),
            reason,
        })?;
        if entry.is_dir() || entry.is_symlink() {
            continue;
        }
        let segments: Vec<&str> = name.split(['/', '\\']).collect();
        let folders = &segments[..segments.len().saturating_sub(1)];
        if folders.iter().any(|f| is_skipped_dir(f)) {
            continue;
        }
        let rel = PathBuf::from(&name);
        if language_of(&rel).is_none() {
            continue;
        }
        if entry.size() > MAX_FILE_BYTES {
            // Looked through (bounded), so a large credential file is refused, not skipped.
            let reader = (&mut entry).take(OVERSIZED_LOOK_BYTES);
            if let Some(refused) =
                refuse_oversized(&rel, reader).map_err(|e| entry_error(zip, name.clone(), e))?
            {
                scan.refused.push(refused);
            }
            continue;
        }
        let mut bytes = Vec::new();
        (&mut entry)
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| entry_error(zip, name.clone(), e))?;
        match analyze_file(&rel, &bytes) {
            Some(Ok(file)) => scan.files.push(file),
            Some(Err(refused)) => scan.refused.push(refused),
            None => {}
        }
    }
    sort(&mut scan);
    Ok(scan)
}

/// The most an unpacked demo may hold in total (MLVBSDK unpacks to well under 1 GiB).
pub const MAX_UNPACKED_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// The most entries an archive may have.
pub const MAX_ENTRIES: usize = 200_000;

/// The largest compression ratio accepted for an entry bigger than 16 MiB
/// (source code compresses about 5:1; a zip bomb, thousands to one).
pub const MAX_RATIO: u64 = 200;

/// Entries up to this size are not checked for their ratio (a padded file compresses well:
/// a demo's 2 MiB of spaces is 1000 to 1).
const RATIO_FLOOR_BYTES: u64 = 16 * 1024 * 1024;

/// One entry to unpack, with its checked path.
struct Planned {
    index: usize,
    segments: Vec<String>,
    is_dir: bool,
}

/// Checks an entry's stored path; returns its path segments or what is unsafe about it.
fn safe_segments(name: &str) -> Result<Vec<String>, ZipEntryProblem> {
    if name.contains('\0') {
        return Err(ZipEntryProblem::NulCharacter);
    }
    let normalized = name.replace('\\', "/");
    if normalized.starts_with('/') {
        return Err(ZipEntryProblem::AbsolutePath);
    }
    let mut segments = Vec::new();
    for segment in normalized.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Err(ZipEntryProblem::ParentFolder),
            s if s.contains(':') => {
                return Err(
                    if segments.is_empty() && s.len() >= 2 && s.as_bytes()[1] == b':' {
                        ZipEntryProblem::DriveLetter
                    } else {
                        ZipEntryProblem::Colon
                    },
                );
            }
            s => segments.push(s.to_owned()),
        }
    }
    Ok(segments)
}

fn plan(
    zip: &Path,
    archive: &mut ZipArchive<BufReader<fs::File>>,
) -> Result<Vec<Planned>, ScanError> {
    let mut planned = Vec::new();
    if archive.len() > MAX_ENTRIES {
        return Err(ScanError::UnsafeZipEntry {
            zip: zip.to_path_buf(),
            entry: format!("entry #{}", MAX_ENTRIES + 1),
            reason: ZipEntryProblem::TooManyEntries { max: MAX_ENTRIES },
        });
    }
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|e| entry_error(zip, format!("entry #{}", index + 1), e))?;
        let name = entry
            .name()
            .map_err(|e| entry_error(zip, format!("entry #{}", index + 1), e))?
            .into_owned();
        let unsafe_entry = |reason: ZipEntryProblem| ScanError::UnsafeZipEntry {
            zip: zip.to_path_buf(),
            entry: name.clone(),
            reason,
        };
        if entry.is_symlink() {
            return Err(unsafe_entry(ZipEntryProblem::SymbolicLink));
        }
        let segments = safe_segments(&name).map_err(unsafe_entry)?;
        // mlvb-setup's own state never comes from a download (a planted backup could
        // "restore" anything): it is not unpacked.
        if segments.iter().any(|s| s == crate::patch::STATE_DIR) {
            continue;
        }
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(unsafe_entry(ZipEntryProblem::TooLarge {
                gib: MAX_UNPACKED_BYTES >> 30,
            }));
        }
        if entry.size() > RATIO_FLOOR_BYTES
            && entry.size() / entry.compressed_size().max(1) > MAX_RATIO
        {
            return Err(unsafe_entry(ZipEntryProblem::TooCompressed {
                ratio: MAX_RATIO,
            }));
        }
        if !segments.is_empty() {
            planned.push(Planned {
                index,
                segments,
                is_dir: entry.is_dir(),
            });
        }
    }
    Ok(planned)
}

/// The single top-level folder every entry lies in, if there is one (`MLVBSDK-master/`).
fn single_top_folder(planned: &[Planned]) -> Option<&str> {
    let first = planned.first()?.segments.first()?;
    let all_inside = planned
        .iter()
        .all(|p| p.segments.first() == Some(first) && (p.is_dir || p.segments.len() >= 2));
    all_inside.then_some(first.as_str())
}

/// Unpacks a demo `.zip` into `dest_parent` and returns the demo's root folder: the archive's
/// single top-level folder if it has one, else a folder named after the archive.
pub fn unpack_zip(zip: &Path, dest_parent: &Path) -> Result<PathBuf, ScanError> {
    unpack_zip_as(zip, dest_parent, None)
}

/// The folder [`unpack_zip`] would create in `dest_parent`: the archive's single top folder, or
/// the archive's name without `.zip` when its entries lie loose.
pub fn unpacked_name(zip: &Path) -> Result<String, ScanError> {
    let mut archive = open(zip)?;
    let planned = plan(zip, &mut archive)?;
    Ok(root_name(zip, single_top_folder(&planned)))
}

fn root_name(zip: &Path, top: Option<&str>) -> String {
    match top {
        Some(name) => name.to_owned(),
        None => zip
            .file_stem()
            .map_or_else(|| "demo".to_owned(), |s| s.to_string_lossy().into_owned()),
    }
}

/// Like [`unpack_zip`], with the new folder called `name` instead (when a folder of the usual
/// name is already there). `name` is one path component.
pub fn unpack_zip_as(
    zip: &Path,
    dest_parent: &Path,
    name: Option<&str>,
) -> Result<PathBuf, ScanError> {
    let mut archive = open(zip)?;
    let planned = plan(zip, &mut archive)?;
    if !planned.iter().any(|p| !p.is_dir) {
        return Err(ScanError::EmptyZip {
            zip: zip.to_path_buf(),
        });
    }
    let top = single_top_folder(&planned).map(str::to_owned);
    let root_name = match name {
        Some(name) => name.to_owned(),
        None => root_name(zip, top.as_deref()),
    };
    let dest = dest_parent.join(&root_name);
    if fs::symlink_metadata(&dest).is_ok() {
        return Err(ScanError::DestinationExists { path: dest });
    }
    let staging = make_staging_dir(dest_parent)?;
    let result = extract(zip, &mut archive, &planned, &staging).and_then(|()| {
        let from = match &top {
            Some(name) => staging.join(name),
            None => staging.clone(),
        };
        fs::rename(&from, &dest).map_err(|source| ScanError::Unpack {
            path: dest.clone(),
            source,
        })
    });
    // After a successful rename of the top folder the staging folder is empty; after a failure
    // it holds a partial copy. Either way it goes.
    if staging.exists() {
        let _ = fs::remove_dir_all(&staging);
    }
    result.map(|()| dest)
}

fn make_staging_dir(dest_parent: &Path) -> Result<PathBuf, ScanError> {
    let pid = std::process::id();
    for attempt in 0..1000u32 {
        let path = dest_parent.join(format!(".mlvb-setup-unpack-{pid}-{attempt}"));
        match fs::create_dir(&path) {
            Ok(()) => return Ok(path),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(ScanError::Unpack {
                    path: dest_parent.to_path_buf(),
                    source,
                });
            }
        }
    }
    Err(ScanError::Unpack {
        path: dest_parent.to_path_buf(),
        source: io::Error::new(
            io::ErrorKind::AlreadyExists,
            "too many unfinished unpack folders",
        ),
    })
}

fn extract(
    zip: &Path,
    archive: &mut ZipArchive<BufReader<fs::File>>,
    planned: &[Planned],
    staging: &Path,
) -> Result<(), ScanError> {
    for item in planned {
        let target: PathBuf = item
            .segments
            .iter()
            .fold(staging.to_path_buf(), |p, s| p.join(s));
        let write_err = |source: io::Error| ScanError::Unpack {
            path: target.clone(),
            source,
        };
        if item.is_dir {
            fs::create_dir_all(&target).map_err(write_err)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(write_err)?;
        }
        let mut entry = archive
            .by_index(item.index)
            .map_err(|e| entry_error(zip, item.segments.join("/"), e))?;
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(write_err)?;
        // The declared size was checked; never write more than it, whatever the stream says.
        let declared = entry.size();
        let written = io::copy(&mut (&mut entry).take(declared.saturating_add(1)), &mut out)
            .map_err(|e| entry_error(zip, item.segments.join("/"), e))?;
        if written > declared {
            return Err(ScanError::UnsafeZipEntry {
                zip: zip.to_path_buf(),
                entry: item.segments.join("/"),
                reason: ZipEntryProblem::MoreThanDeclared,
            });
        }
        #[cfg(unix)]
        if let Some(mode) = entry.unix_mode() {
            use std::os::unix::fs::PermissionsExt;
            // Keep the executable bit (`gradlew`), never set-uid or world-writable bits.
            if mode & 0o111 != 0 {
                fs::set_permissions(&target, fs::Permissions::from_mode(0o755))
                    .map_err(write_err)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_paths_are_checked() {
        assert_eq!(safe_segments("a/./b//c").unwrap(), ["a", "b", "c"]);
        assert_eq!(safe_segments("a\\b").unwrap(), ["a", "b"]);
        assert!(safe_segments("../evil").is_err());
        assert!(safe_segments("a/../../evil").is_err());
        assert!(safe_segments("/abs").is_err());
        assert!(safe_segments("\\abs").is_err());
        assert_eq!(safe_segments("C:\\x"), Err(ZipEntryProblem::DriveLetter));
        assert!(safe_segments("a/b:c").is_err());
    }
}
