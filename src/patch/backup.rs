//! The backup recorded before a patch's first write: the original bytes of every file it
//! changes, and a manifest of hashes (never content) that tells `restore` what to put back.
//!
//! Layout, inside the demo folder:
//! ```text
//! .mlvb-setup/.gitignore                        "*": keeps all of this out of the user's git
//! .mlvb-setup/backups/20240501T120000Z-000/     one folder per patch, sortable by name
//!     manifest.json                             see BackupManifest
//!     files/<path relative to the demo folder>  the original bytes
//! ```
//! Every patch pushes one backup: the backups not yet undone form the undo history, oldest
//! first. A backup folder whose name ends in `.restored` was undone by `restore`; one that ends
//! in `.rolled-back` belongs to a patch that failed (or was interrupted) and was undone. A folder
//! without a `manifest.json` is an interrupted backup: no demo file was written after it.
//!
//! A backup is trusted only when it is ours: its manifest names this demo folder (a
//! `.mlvb-setup/` that came inside a downloaded zip names another one, or none), no folder on the
//! way to a file is a symbolic link, and modes are limited to permission bits.

use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use super::diff::slash_path;
use super::error::{ManifestProblem, PatchError, UnsafePathReason};
use super::fsguard::Owner;

/// The folder, inside the demo folder, where mlvb-setup keeps its state.
pub const STATE_DIR: &str = ".mlvb-setup";

/// The manifest format this version writes and reads (2: the demo folder is recorded).
pub const MANIFEST_VERSION: u32 = 2;

/// The name of the manifest inside a backup folder.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Suffix of a backup folder that `restore` has undone.
pub const RESTORED_SUFFIX: &str = ".restored";

/// Suffix of a backup folder whose patch failed and was rolled back at once.
pub const ROLLED_BACK_SUFFIX: &str = ".rolled-back";

/// What a backup holds: which files, and the hashes that tell original from patched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BackupManifest {
    /// The manifest format, [`MANIFEST_VERSION`].
    pub version: u32,
    /// When the backup was made, UTC, RFC 3339 (`2024-05-01T12:00:00Z`).
    pub created_at: String,
    /// The demo folder the backup belongs to, as an absolute path without links.
    #[serde(default)]
    pub root: String,
    /// One entry per file the patch changes, in the plan's order.
    pub files: Vec<BackupEntry>,
    /// The backup folder this manifest was read from (not stored in the file).
    #[serde(skip)]
    pub dir: PathBuf,
}

/// One file of a backup. Hashes and sizes only: the content (and so the key) is never here.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BackupEntry {
    /// The path relative to the demo folder, `/`-separated.
    pub path: String,
    /// Lowercase hex SHA-256 of the original bytes.
    pub original_sha256: String,
    /// Lowercase hex SHA-256 of the patched bytes.
    pub patched_sha256: String,
    /// Size of the original in bytes.
    pub size: u64,
    /// Size of the patched content in bytes.
    pub patched_size: u64,
    /// The original's permission bits (`st_mode & 0o777`), on Unix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<u32>,
    /// The original's owner (user id), on Unix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    /// The original's group id, on Unix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid: Option<u32>,
}

impl BackupEntry {
    /// The path relative to the demo folder, checked to stay inside it.
    pub fn rel_path(&self) -> Result<PathBuf, PatchError> {
        let path: PathBuf = self.path.split('/').collect();
        check_rel_path(&path)?;
        Ok(path)
    }
}

impl BackupManifest {
    /// Where the original bytes of `entry` are kept.
    pub fn original_copy(&self, entry: &BackupEntry) -> Result<PathBuf, PatchError> {
        Ok(self.dir.join("files").join(entry.rel_path()?))
    }
}

/// Lowercase hex SHA-256 of `bytes`.
#[must_use]
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in &digest {
        // Writing to a String cannot fail.
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Refuses a path that is absolute, empty, has `..`/`.` parts, is not UTF-8, or points into
/// mlvb-setup's own [`STATE_DIR`].
pub(crate) fn check_rel_path(path: &Path) -> Result<(), PatchError> {
    let refuse = |reason: UnsafePathReason| {
        Err(PatchError::UnsafePath {
            path: path.to_owned(),
            reason,
        })
    };
    if path.as_os_str().is_empty() {
        return refuse(UnsafePathReason::Empty);
    }
    if path.to_str().is_none() {
        return refuse(UnsafePathReason::NotUnicode);
    }
    for (i, component) in path.components().enumerate() {
        match component {
            Component::Normal(name) if i == 0 && name == STATE_DIR => {
                return refuse(UnsafePathReason::InsideBackupFolder);
            }
            Component::Normal(_) => {}
            _ => return refuse(UnsafePathReason::OutsideDemo),
        }
    }
    Ok(())
}

/// The folder that holds every backup of `root`.
#[must_use]
pub fn backups_dir(root: &Path) -> PathBuf {
    root.join(STATE_DIR).join("backups")
}

/// A backup folder name split into its sort key and its state suffix.
struct BackupName {
    stamp: String,
    counter: u32,
    suffix: &'static str,
}

fn parse_name(name: &str) -> Option<BackupName> {
    let (base, suffix) = if let Some(base) = name.strip_suffix(RESTORED_SUFFIX) {
        (base, RESTORED_SUFFIX)
    } else if let Some(base) = name.strip_suffix(ROLLED_BACK_SUFFIX) {
        (base, ROLLED_BACK_SUFFIX)
    } else {
        (name, "")
    };
    let (stamp, counter) = base.split_once('-')?;
    let well_formed = stamp.len() == 16
        && stamp.as_bytes()[8] == b'T'
        && stamp.ends_with('Z')
        && stamp.bytes().filter(u8::is_ascii_digit).count() == 14;
    if !well_formed {
        return None;
    }
    Some(BackupName {
        stamp: stamp.to_owned(),
        counter: counter.parse().ok()?,
        suffix,
    })
}

/// Every backup folder of `root` that has a manifest, oldest first.
fn list_backups(root: &Path) -> Result<Vec<(BackupName, PathBuf)>, PatchError> {
    let dir = backups_dir(root);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(PatchError::Read { path: dir, source }),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| PatchError::Read {
            path: dir.clone(),
            source,
        })?;
        let Some(name) = entry.file_name().to_str().and_then(parse_name) else {
            continue;
        };
        // A link in place of a backup folder is never followed.
        let is_folder = entry.file_type().is_ok_and(|t| t.is_dir());
        let manifest = fs::symlink_metadata(entry.path().join(MANIFEST_FILE));
        if is_folder && manifest.is_ok_and(|m| m.is_file()) {
            out.push((name, entry.path()));
        }
    }
    out.sort_by(|(a, _), (b, _)| (&a.stamp, a.counter).cmp(&(&b.stamp, b.counter)));
    Ok(out)
}

/// The backup of the last patch applied to `root` that is not undone yet, if any.
pub fn latest_backup(root: &Path) -> Result<Option<BackupManifest>, PatchError> {
    Ok(history(root)?.pop())
}

/// The undo history of `root`: every backup not yet undone, oldest first. `restore` undoes the
/// last one; `restore --all` every one, back to the first original.
pub fn history(root: &Path) -> Result<Vec<BackupManifest>, PatchError> {
    check_state_folders(root)?;
    list_backups(root)?
        .into_iter()
        .filter(|(name, _)| name.suffix.is_empty())
        .map(|(_, dir)| read_manifest(&dir))
        .collect()
}

/// Refuses a `.mlvb-setup` or `backups` that is a link (or not a folder).
fn check_state_folders(root: &Path) -> Result<(), PatchError> {
    for path in [root.join(STATE_DIR), backups_dir(root)] {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(PatchError::UntrustedState { path });
            }
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

/// Refuses a backup whose manifest was not made for the demo folder `canonical_root`.
pub(crate) fn check_belongs(
    manifest: &BackupManifest,
    canonical_root: &Path,
) -> Result<(), PatchError> {
    if Path::new(&manifest.root) == canonical_root {
        return Ok(());
    }
    let made_for = if manifest.root.is_empty() {
        "no folder".to_owned()
    } else {
        manifest.root.clone()
    };
    Err(PatchError::ForeignBackup {
        path: manifest.dir.join(MANIFEST_FILE),
        made_for,
    })
}

/// Reads and checks the manifest of the backup folder `dir`.
pub fn read_manifest(dir: &Path) -> Result<BackupManifest, PatchError> {
    let path = dir.join(MANIFEST_FILE);
    let text = fs::read(&path).map_err(|source| PatchError::Read {
        path: path.clone(),
        source,
    })?;
    let mut manifest: BackupManifest =
        serde_json::from_slice(&text).map_err(|e| PatchError::ManifestUnreadable {
            path: path.clone(),
            reason: ManifestProblem::NotJson(e.to_string()),
        })?;
    if manifest.version != MANIFEST_VERSION {
        return Err(PatchError::ManifestUnreadable {
            path,
            reason: ManifestProblem::Version {
                found: manifest.version,
            },
        });
    }
    for entry in &manifest.files {
        entry.rel_path()?;
    }
    dir.clone_into(&mut manifest.dir);
    Ok(manifest)
}

/// What [`fill_backup`] records about one file.
pub(crate) struct BackupItem<'a> {
    pub rel_path: &'a Path,
    pub original: &'a [u8],
    pub patched: &'a [u8],
    pub mode: Option<u32>,
    pub owner: Option<Owner>,
}

/// Creates a new, empty backup folder under `root` (whose state folder exists) and returns it
/// with its name.
pub(crate) fn claim_backup_dir(root: &Path) -> Result<(PathBuf, String), PatchError> {
    check_state_folders(root)?;
    let backups = backups_dir(root);
    match create_private_dir(&backups) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(source) => {
            return Err(PatchError::BackupWrite {
                path: backups,
                source,
            });
        }
    }
    check_state_folders(root)?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let dir = claim_dir_in(&backups, now)?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok((dir, name))
}

/// Writes the originals and then the manifest (last, whole) into the claimed folder `dir`.
pub(crate) fn fill_backup(
    dir: &Path,
    items: &[BackupItem<'_>],
    canonical_root: &Path,
) -> Result<(), PatchError> {
    let io_err = |path: &Path| {
        let path = path.to_owned();
        move |source| PatchError::BackupWrite { path, source }
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let files = dir.join("files");
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        let copy = files.join(item.rel_path);
        if let Some(parent) = copy.parent() {
            create_private_dir_all(parent).map_err(io_err(parent))?;
        }
        write_synced(&copy, item.original).map_err(io_err(&copy))?;
        super::txn::pause();
        entries.push(BackupEntry {
            path: slash_path(item.rel_path),
            original_sha256: sha256_hex(item.original),
            patched_sha256: sha256_hex(item.patched),
            size: item.original.len() as u64,
            patched_size: item.patched.len() as u64,
            mode: item.mode,
            uid: item.owner.map(|o| o.uid),
            gid: item.owner.map(|o| o.gid),
        });
    }
    let manifest = BackupManifest {
        version: MANIFEST_VERSION,
        created_at: rfc3339(now),
        root: canonical_root.to_string_lossy().into_owned(),
        files: entries,
        dir: dir.to_owned(),
    };
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| PatchError::BackupWrite {
        path: dir.join(MANIFEST_FILE),
        source: io::Error::other(e),
    })?;
    // The manifest appears last and whole (temp + rename): a backup with a manifest is complete.
    let temp = dir.join(format!("{MANIFEST_FILE}.tmp"));
    write_synced(&temp, &json).map_err(io_err(&temp))?;
    let path = dir.join(MANIFEST_FILE);
    fs::rename(&temp, &path).map_err(io_err(&path))?;
    sync_dir(dir);
    if let Some(parent) = dir.parent() {
        sync_dir(parent);
    }
    super::txn::pause();
    Ok(())
}

/// Creates a new, empty backup folder whose name sorts after every existing one.
fn claim_dir_in(backups: &Path, now: u64) -> Result<PathBuf, PatchError> {
    let mut stamp = compact_stamp(now);
    let mut counter = 0_u32;
    if let Some((newest, _)) = list_all_names(backups)
        .into_iter()
        .max_by(|a, b| (&a.0.stamp, a.0.counter).cmp(&(&b.0.stamp, b.0.counter)))
        && (&newest.stamp, newest.counter) >= (&stamp, 0)
    {
        stamp = newest.stamp;
        counter = newest.counter + 1;
    }
    loop {
        let dir = backups.join(format!("{stamp}-{counter:03}"));
        match create_private_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && counter < 100_000 => counter += 1,
            Err(source) => return Err(PatchError::BackupWrite { path: dir, source }),
        }
    }
}

/// Every parseable backup folder name, with or without manifest.
fn list_all_names(backups: &Path) -> Vec<(BackupName, PathBuf)> {
    let Ok(entries) = fs::read_dir(backups) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = parse_name(e.file_name().to_str()?)?;
            Some((name, e.path()))
        })
        .collect()
}

/// Renames the backup folder `dir` to mark it with `suffix`; returns the new folder.
pub(crate) fn mark(dir: &Path, suffix: &str) -> io::Result<PathBuf> {
    let mut name = dir.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    let target = dir.with_file_name(name);
    fs::rename(dir, &target)?;
    if let Some(parent) = target.parent() {
        sync_dir(parent);
    }
    Ok(target)
}

/// Writes `bytes` to a new file at `path` and flushes it to disk.
fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A folder builder that makes folders only their owner can enter (on Unix).
fn private_dir_builder(recursive: bool) -> fs::DirBuilder {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(recursive);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
}

pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    private_dir_builder(false).create(dir)
}

fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    private_dir_builder(true).create(dir)
}

/// Flushes a folder's entries (new names, renames) to disk. Best effort: it only adds
/// durability, and some systems (Windows, some network file systems) cannot do it.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn rfc3339(unix: u64) -> String {
    crate::time::rfc3339_utc(i64::try_from(unix).unwrap_or(i64::MAX))
}

/// `20240501T120000Z`: sortable and valid in file names everywhere.
fn compact_stamp(unix: u64) -> String {
    crate::time::compact_utc(i64::try_from(unix).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_714_564_800), "2024-05-01T12:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(compact_stamp(1_714_564_800), "20240501T120000Z");
    }

    #[test]
    fn names_parse_and_sort() {
        let a = parse_name("20240501T120000Z-002.restored").unwrap();
        assert_eq!(
            (a.stamp.as_str(), a.counter, a.suffix),
            ("20240501T120000Z", 2, RESTORED_SUFFIX)
        );
        assert!(parse_name("20240501T120000Z-1000").is_some());
        assert!(parse_name("notes").is_none());
        assert!(parse_name("2024-05-01-000").is_none());
    }

    #[test]
    fn sha256_is_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn rel_paths_are_checked() {
        assert!(check_rel_path(Path::new("a/b.js")).is_ok());
        for bad in ["", "/etc/passwd", "../x", "a/../b", "./a", ".mlvb-setup/x"] {
            assert!(check_rel_path(Path::new(bad)).is_err(), "{bad}");
        }
    }
}
