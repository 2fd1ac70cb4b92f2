//! Undoing the last patch: every file it changed gets its exact original bytes back.

use std::fs::{self, Permissions};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::apply::{
    check_inside, fill_temp, is_read_only, new_temp, regular_file_meta, remove_stale_temps,
    sync_parents,
};
use super::backup::{self, BackupManifest, RESTORED_SUFFIX, latest_backup, sha256_hex};
use super::error::PatchError;

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RestoreReport {
    /// The backup that was used, under its new `.restored` name.
    pub backup_dir: PathBuf,
    /// Files given their original bytes back (relative to the demo folder).
    pub restored: Vec<PathBuf>,
    /// Files that already had their original bytes (e.g. after an interrupted patch).
    pub already_original: Vec<PathBuf>,
    /// Temporary files of an interrupted patch that were deleted.
    pub removed_temp_files: Vec<PathBuf>,
}

/// One file of the backup, checked and ready to be put back.
struct Pending {
    rel_path: PathBuf,
    target: PathBuf,
    original: Vec<u8>,
    /// `None`: keep those of a new file.
    permissions: Option<Permissions>,
}

/// Puts back the original bytes of every file the last patch of `root` changed.
///
/// A file that still has the patched bytes, or is missing, gets its original back; a file that
/// already has them is left alone. A file edited since the patch is refused (naming it) unless
/// `force`, which puts the original back anyway. Nothing is written unless every file passes
/// its checks. Afterwards the backup is marked restored, so the next call returns
/// [`PatchError::NothingToRestore`] instead of undoing an older patch.
pub fn restore(root: &Path, force: bool) -> Result<RestoreReport, PatchError> {
    let manifest = latest_backup(root)?.ok_or_else(|| PatchError::NothingToRestore {
        root: root.to_owned(),
    })?;
    let (pending, already_original) = preflight(root, &manifest, force)?;
    let mut temps: Vec<(&Pending, NamedTempFile)> = Vec::with_capacity(pending.len());
    for p in &pending {
        if let Some(parent) = p.target.parent() {
            fs::create_dir_all(parent).map_err(|source| PatchError::RestoreFailed {
                path: p.rel_path.clone(),
                source,
            })?;
        }
        temps.push((p, new_temp(&p.target)?));
    }
    for (p, temp) in &mut temps {
        fill_temp(temp.as_file_mut(), &p.original, p.permissions.as_ref()).map_err(|source| {
            PatchError::RestoreFailed {
                path: p.rel_path.clone(),
                source,
            }
        })?;
    }
    let mut restored = Vec::with_capacity(temps.len());
    for (p, temp) in temps {
        temp.persist(&p.target)
            .map_err(|e| PatchError::RestoreFailed {
                path: p.rel_path.clone(),
                source: e.error,
            })?;
        restored.push(p.rel_path.clone());
    }
    sync_parents(pending.iter().map(|p| p.target.as_path()));
    let mut removed_temp_files = Vec::new();
    for entry in &manifest.files {
        let rel_path = entry.rel_path()?;
        removed_temp_files.extend(
            remove_stale_temps(&root.join(&rel_path))
                .into_iter()
                .filter_map(|t| t.strip_prefix(root).ok().map(Path::to_path_buf)),
        );
    }
    let backup_dir = backup::mark(&manifest.dir, RESTORED_SUFFIX).map_err(|source| {
        PatchError::MarkRestored {
            path: manifest.dir.clone(),
            source,
        }
    })?;
    Ok(RestoreReport {
        backup_dir,
        restored,
        already_original,
        removed_temp_files,
    })
}

/// Checks every file of the backup; returns those to write and those already original.
fn preflight(
    root: &Path,
    manifest: &BackupManifest,
    force: bool,
) -> Result<(Vec<Pending>, Vec<PathBuf>), PatchError> {
    let canonical_root = fs::canonicalize(root).map_err(|source| PatchError::Read {
        path: root.to_owned(),
        source,
    })?;
    let mut pending = Vec::new();
    let mut already_original = Vec::new();
    let mut edited = Vec::new();
    for entry in &manifest.files {
        let rel_path = entry.rel_path()?;
        let copy = manifest.original_copy(entry)?;
        let original = fs::read(&copy).map_err(|source| PatchError::Read {
            path: copy.clone(),
            source,
        })?;
        if sha256_hex(&original) != entry.original_sha256 {
            return Err(PatchError::BackupCorrupt { path: copy });
        }
        let target = root.join(&rel_path);
        let Some(meta) = regular_file_meta(&rel_path, &target)? else {
            // Deleted since the patch: recreated from the backup.
            pending.push(Pending {
                rel_path,
                target,
                original,
                permissions: recreated_permissions(entry.mode),
            });
            continue;
        };
        check_inside(&canonical_root, &rel_path, &target)?;
        let current = fs::read(&target).map_err(|source| PatchError::Read {
            path: rel_path.clone(),
            source,
        })?;
        let hash = sha256_hex(&current);
        if hash == entry.original_sha256 {
            already_original.push(rel_path);
            continue;
        }
        if hash != entry.patched_sha256 {
            edited.push(rel_path.clone());
        }
        if is_read_only(&meta) {
            return Err(PatchError::ReadOnly { path: rel_path });
        }
        pending.push(Pending {
            rel_path,
            target,
            original,
            permissions: Some(meta.permissions()),
        });
    }
    if !edited.is_empty() && !force {
        return Err(PatchError::EditedSincePatch { paths: edited });
    }
    Ok((pending, already_original))
}

/// Permissions for a file recreated from the backup: the recorded mode on Unix (0o644 if none
/// was recorded); elsewhere those of a new file.
// Always `Some` on Unix, always `None` elsewhere.
#[allow(clippy::unnecessary_wraps)]
fn recreated_permissions(mode: Option<u32>) -> Option<Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(mode.unwrap_or(0o644)))
    }
    #[cfg(not(unix))]
    {
        let _ = mode;
        None
    }
}
