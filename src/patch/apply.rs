//! Applying a plan, all or nothing: check every file, back up every original, write every new
//! content to a temporary file beside its target, then rename each over its target.
//!
//! Temporary files are named `.<file name>.<random>.mlvb-setup-tmp`, in the target's folder.
//! Only a process killed between the first and the last rename leaves some behind (they hold
//! patched content); `restore` deletes them.

use std::collections::HashSet;
use std::fs::{self, Metadata, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::FileChange;
use super::backup::{self, BackupItem, ROLLED_BACK_SUFFIX};
use super::error::{NotAFileKind, PatchError, UnsafePathReason};
use super::plan::PatchPlan;

/// The end of every temporary file name mlvb-setup creates next to a demo file.
pub const TEMP_SUFFIX: &str = ".mlvb-setup-tmp";

/// What [`apply`] did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ApplyReport {
    /// The backup folder holding every original (what `restore` puts back).
    pub backup_dir: PathBuf,
    /// The files written, relative to the demo folder, in the plan's order.
    pub written: Vec<PathBuf>,
}

/// Faults to inject into [`apply_with_faults`], for tests of the failure paths.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApplyFaults {
    /// Fail instead of renaming the file at this index of `plan.changes` (0-based): files
    /// before it are already replaced.
    pub fail_before_rename: Option<usize>,
    /// Simulate the process dying at the fault: no rollback, and the remaining temporary files
    /// stay on disk.
    pub skip_rollback: bool,
}

/// Applies `plan`: after it returns `Ok`, every file has its patched bytes and the backup lets
/// `restore` put every original back. On `Err`, no file was changed, except as the error
/// ([`PatchError::ApplyFailed`] with `rolled_back: false`) says.
pub fn apply(plan: &PatchPlan) -> Result<ApplyReport, PatchError> {
    apply_with_faults(plan, &ApplyFaults::default())
}

/// A file checked and ready to be replaced.
struct Prepared<'a> {
    change: &'a FileChange,
    target: PathBuf,
    permissions: Permissions,
    mode: Option<u32>,
    temp: NamedTempFile,
}

/// [`apply`] with injected faults; see [`ApplyFaults`].
#[doc(hidden)]
pub fn apply_with_faults(
    plan: &PatchPlan,
    faults: &ApplyFaults,
) -> Result<ApplyReport, PatchError> {
    if plan.changes.is_empty() {
        return Err(PatchError::NothingToApply {
            root: plan.root.clone(),
        });
    }
    let mut prepared = preflight(plan)?;
    let items: Vec<BackupItem<'_>> = prepared
        .iter()
        .map(|p| BackupItem {
            rel_path: &p.change.rel_path,
            original: &p.change.original,
            patched: &p.change.patched,
            mode: p.mode,
        })
        .collect();
    let backup_dir = backup::write_backup(&plan.root, &items)?;
    for p in &mut prepared {
        if let Err(source) = fill_temp(
            p.temp.as_file_mut(),
            &p.change.patched,
            Some(&p.permissions),
        ) {
            discard_backup(&backup_dir);
            return Err(PatchError::Write {
                path: p.change.rel_path.clone(),
                source,
            });
        }
    }
    let mut renamed: Vec<(&FileChange, PathBuf, Permissions)> = Vec::new();
    let mut pending = prepared.into_iter().enumerate();
    while let Some((index, p)) = pending.next() {
        let result = if faults.fail_before_rename == Some(index) {
            Err((io::Error::other("injected fault before rename"), p.temp))
        } else {
            p.temp
                .persist(&p.target)
                .map(drop)
                .map_err(|e| (e.error, e.file))
        };
        if let Err((source, temp)) = result {
            if faults.skip_rollback {
                // A crash leaves the remaining temporary files where they are.
                let rest = pending.map(|(_, rest)| rest.temp);
                for temp in std::iter::once(temp).chain(rest) {
                    let _ = temp.into_temp_path().keep();
                }
                return Err(PatchError::ApplyFailed {
                    path: p.change.rel_path.clone(),
                    source,
                    rolled_back: false,
                    backup_dir,
                });
            }
            // The failed temporary file and the remaining ones are deleted when dropped.
            drop(temp);
            drop(pending);
            let rolled_back = roll_back(&renamed);
            // A patch undone at once is not one `restore` should find. Should marking fail, the
            // backup stays current and `restore` finds every file already original: harmless.
            let backup_dir = if rolled_back {
                backup::mark(&backup_dir, ROLLED_BACK_SUFFIX).unwrap_or(backup_dir)
            } else {
                backup_dir
            };
            return Err(PatchError::ApplyFailed {
                path: p.change.rel_path.clone(),
                source,
                rolled_back,
                backup_dir,
            });
        }
        renamed.push((p.change, p.target, p.permissions));
    }
    sync_parents(renamed.iter().map(|(_, target, _)| target.as_path()));
    Ok(ApplyReport {
        backup_dir,
        written: renamed.iter().map(|(c, _, _)| c.rel_path.clone()).collect(),
    })
}

/// Checks every file of the plan and creates its temporary file; writes nothing else.
fn preflight(plan: &PatchPlan) -> Result<Vec<Prepared<'_>>, PatchError> {
    let canonical_root = fs::canonicalize(&plan.root).map_err(|source| PatchError::Read {
        path: plan.root.clone(),
        source,
    })?;
    let mut seen = HashSet::new();
    let mut checked = Vec::with_capacity(plan.changes.len());
    for change in &plan.changes {
        backup::check_rel_path(&change.rel_path)?;
        if !seen.insert(&change.rel_path) {
            return Err(PatchError::DuplicatePath {
                path: change.rel_path.clone(),
            });
        }
        let target = plan.root.join(&change.rel_path);
        let meta =
            regular_file_meta(&change.rel_path, &target)?.ok_or_else(|| PatchError::Vanished {
                path: change.rel_path.clone(),
            })?;
        check_inside(&canonical_root, &change.rel_path, &target)?;
        let current = fs::read(&target).map_err(|source| PatchError::Read {
            path: change.rel_path.clone(),
            source,
        })?;
        if current != change.original {
            return Err(PatchError::ChangedSincePlan {
                path: change.rel_path.clone(),
            });
        }
        if is_read_only(&meta) {
            return Err(PatchError::ReadOnly {
                path: change.rel_path.clone(),
            });
        }
        checked.push((change, target, meta));
    }
    checked
        .into_iter()
        .map(|(change, target, meta)| {
            let temp = new_temp(&target)?;
            Ok(Prepared {
                change,
                mode: unix_mode(&meta),
                permissions: meta.permissions(),
                target,
                temp,
            })
        })
        .collect()
}

/// The metadata of `target` if it exists; an error if it is not a regular file.
pub(crate) fn regular_file_meta(
    rel_path: &Path,
    target: &Path,
) -> Result<Option<Metadata>, PatchError> {
    let meta = match fs::symlink_metadata(target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(PatchError::Read {
                path: rel_path.to_owned(),
                source,
            });
        }
    };
    let file_type = meta.file_type();
    let what = if file_type.is_symlink() {
        NotAFileKind::SymbolicLink
    } else if file_type.is_dir() {
        NotAFileKind::Folder
    } else if file_type.is_file() {
        return Ok(Some(meta));
    } else {
        NotAFileKind::Special
    };
    Err(PatchError::NotRegularFile {
        path: rel_path.to_owned(),
        what,
    })
}

/// Refuses a file reached through a linked folder that leads out of the demo folder.
pub(crate) fn check_inside(
    canonical_root: &Path,
    rel_path: &Path,
    target: &Path,
) -> Result<(), PatchError> {
    let folder = target.parent().unwrap_or(target);
    match fs::canonicalize(folder) {
        Ok(real) if real.starts_with(canonical_root) => Ok(()),
        Ok(_) => Err(PatchError::UnsafePath {
            path: rel_path.to_owned(),
            reason: UnsafePathReason::LinkLeadsOutside,
        }),
        Err(source) => Err(PatchError::Read {
            path: rel_path.to_owned(),
            source,
        }),
    }
}

/// Whether the file's permissions forbid writing it. On Unix the owner's write bit is checked
/// explicitly (root could open it anyway); elsewhere the read-only attribute.
pub(crate) fn is_read_only(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o200 == 0
    }
    #[cfg(not(unix))]
    {
        meta.permissions().readonly()
    }
}

/// The permission bits of a file, on Unix.
// Always `Some` on Unix, always `None` elsewhere.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn unix_mode(meta: &Metadata) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(meta.permissions().mode() & 0o7777)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// Creates an empty temporary file beside `target`; failing means its folder is not writable.
pub(crate) fn new_temp(target: &Path) -> Result<NamedTempFile, PatchError> {
    let folder = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(TEMP_SUFFIX)
        .rand_bytes(6)
        .tempfile_in(folder)
        .map_err(|source| PatchError::FolderNotWritable {
            folder: folder.to_owned(),
            source,
        })
}

/// Writes `bytes` into a fresh temporary file, gives it `permissions` and flushes it to disk.
pub(crate) fn fill_temp(
    file: &mut fs::File,
    bytes: &[u8],
    permissions: Option<&Permissions>,
) -> io::Result<()> {
    file.write_all(bytes)?;
    if let Some(permissions) = permissions {
        file.set_permissions(permissions.clone())?;
    }
    file.sync_all()
}

/// Replaces `target` with `bytes` atomically (temporary file + rename).
pub(crate) fn replace_file(
    target: &Path,
    bytes: &[u8],
    permissions: &Permissions,
) -> io::Result<()> {
    let mut temp = new_temp(target).map_err(|e| match e {
        PatchError::FolderNotWritable { source, .. } => source,
        other => io::Error::other(other.to_string()),
    })?;
    fill_temp(temp.as_file_mut(), bytes, Some(permissions))?;
    temp.persist(target).map(drop).map_err(|e| e.error)
}

/// Puts the original bytes back into every file already replaced; `true` when all succeeded.
fn roll_back(renamed: &[(&FileChange, PathBuf, Permissions)]) -> bool {
    let mut all = true;
    for (change, target, permissions) in renamed.iter().rev() {
        all &= replace_file(target, &change.original, permissions).is_ok();
    }
    sync_parents(renamed.iter().map(|(_, target, _)| target.as_path()));
    all
}

/// Removes a backup no file was written after (best effort: without harm if it stays).
fn discard_backup(dir: &Path) {
    let _ = fs::remove_dir_all(dir);
}

/// Flushes the folders of `targets` (after renames).
pub(crate) fn sync_parents<'a>(targets: impl Iterator<Item = &'a Path>) {
    let folders: HashSet<&Path> = targets.filter_map(Path::parent).collect();
    for folder in folders {
        backup::sync_dir(folder);
    }
}

/// Deletes temporary files an interrupted apply left beside `target`; returns those deleted.
/// Best effort: one that cannot be deleted is a hidden file no build picks up.
pub(crate) fn remove_stale_temps(target: &Path) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let (Some(folder), Some(name)) = (target.parent(), target.file_name()) else {
        return removed;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(folder) else {
        return removed;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let is_ours = file_name.starts_with(&prefix)
            && file_name.ends_with(TEMP_SUFFIX)
            && file_name.len() == prefix.len() + 6 + TEMP_SUFFIX.len();
        if is_ours
            && entry.file_type().is_ok_and(|t| t.is_file())
            && fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry.path());
        }
    }
    removed
}
