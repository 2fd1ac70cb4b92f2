//! Applying a plan, all or nothing, under the demo's lock: check every file, record the intent,
//! back up every original, write every new content to a temporary file beside its target, then
//! re-check each file and rename its temporary file over it.
//!
//! Temporary files are named `.<file name>.<run id>.mlvb-setup-tmp`, in the target's folder, and
//! listed in the intent record before they are created: a run killed at any point is rolled back
//! by the next `patch`, `restore` or `scan` (see [`recover`](super::recover)).

use std::collections::HashSet;
use std::fs::{self, Metadata, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::FileChange;
use super::backup::{self, BackupItem, ROLLED_BACK_SUFFIX, sha256_hex};
use super::error::{NotAFileKind, PatchError};
use super::fsguard::{self, Owner};
use super::lock::{DEFAULT_LOCK_WAIT, DemoLock};
use super::plan::PatchPlan;
use super::txn::{self, Step, TxnKind};

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
    /// and the intent record stay on disk.
    pub skip_rollback: bool,
}

/// Applies `plan` under the demo's lock (waiting up to [`DEFAULT_LOCK_WAIT`] for another run):
/// after it returns `Ok`, every file has its patched bytes and the backup lets `restore` put
/// every original back. On `Err`, no file was changed, except as the error
/// ([`PatchError::ApplyFailed`] with `rolled_back: false`) says.
pub fn apply(plan: &PatchPlan) -> Result<ApplyReport, PatchError> {
    apply_with_faults(plan, &ApplyFaults::default())
}

/// [`apply`] with a lock the caller already holds (e.g. taken before planning, so that no
/// other run changes the files between the plan and the write).
pub fn apply_locked(plan: &PatchPlan, lock: &DemoLock) -> Result<ApplyReport, PatchError> {
    apply_locked_with_faults(plan, lock, &ApplyFaults::default())
}

/// Checks every file of `plan` as [`apply`] will (it exists, is a regular file with one name,
/// is writable, has the planned bytes, lies inside the demo through no link) and writes nothing,
/// not even the state folder: lets a front refuse a plan before it takes the lock.
pub fn check_plan(plan: &PatchPlan) -> Result<(), PatchError> {
    preflight(plan).map(drop)
}

/// A file checked and ready to be replaced.
struct Prepared<'a> {
    change: &'a FileChange,
    target: PathBuf,
    permissions: Permissions,
    mode: Option<u32>,
    owner: Option<Owner>,
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
    // A plan refused at once leaves the demo as it was, not even a state folder; the checks
    // run again under the lock.
    if !super::txn::has_interrupted_run(&plan.root) {
        preflight(plan)?;
    }
    let lock = DemoLock::acquire(&plan.root, DEFAULT_LOCK_WAIT, |_| {})?;
    apply_locked_with_faults(plan, &lock, faults)
}

/// [`apply_locked`] with injected faults.
#[doc(hidden)]
pub fn apply_locked_with_faults(
    plan: &PatchPlan,
    lock: &DemoLock,
    faults: &ApplyFaults,
) -> Result<ApplyReport, PatchError> {
    let root = &plan.root;
    if plan.changes.is_empty() {
        return Err(PatchError::NothingToApply { root: root.clone() });
    }
    if !lock.covers(root) {
        // A lock on another folder: this folder is not held, so say so as if another run had it.
        return Err(PatchError::Locked {
            root: root.clone(),
            holder: super::LockHolder { pid: None },
        });
    }
    txn::recover_locked(lock)?;
    let prepared = preflight(plan)?;
    let canonical_root = fs::canonicalize(root).map_err(|source| PatchError::Read {
        path: root.clone(),
        source,
    })?;
    let (backup_dir, backup_name) = backup::claim_backup_dir(root)?;
    let mut steps: Vec<Step> = prepared
        .iter()
        .map(|p| Step {
            rel_path: p.change.rel_path.clone(),
            target: p.target.clone(),
            expected: Some(p.change.original.clone()),
            new_bytes: p.change.patched.clone(),
            permissions: Some(p.permissions.clone()),
            owner: p.owner,
            recovery: txn::recovery_entry(
                &p.change.rel_path,
                &backup_name,
                sha256_hex(&p.change.patched),
                &sha256_hex(&p.change.original),
            ),
        })
        .collect();
    let intent = txn::new_intent(TxnKind::Patch, vec![backup_name], &mut steps);
    if let Err(err) = txn::write_intent(root, &intent) {
        discard_backup(&backup_dir);
        return Err(err);
    }
    let items: Vec<BackupItem<'_>> = prepared
        .iter()
        .map(|p| BackupItem {
            rel_path: &p.change.rel_path,
            original: &p.change.original,
            patched: &p.change.patched,
            mode: p.mode,
            owner: p.owner,
        })
        .collect();
    if let Err(err) = backup::fill_backup(&backup_dir, &items, &canonical_root) {
        txn::abandon(root, &[]);
        discard_backup(&backup_dir);
        return Err(err);
    }
    let temps = txn::create_temps(root, &steps, |step, source| PatchError::Write {
        path: step.rel_path.clone(),
        source,
    });
    let temps = match temps {
        Ok(temps) => temps,
        Err(err) => {
            discard_backup(&backup_dir);
            return Err(err);
        }
    };
    rename_all(root, &steps, &temps, backup_dir, faults)
}

/// Renames each temporary file over its target, re-checking the target's bytes right before.
fn rename_all(
    root: &Path,
    steps: &[Step],
    temps: &[PathBuf],
    backup_dir: PathBuf,
    faults: &ApplyFaults,
) -> Result<ApplyReport, PatchError> {
    let mut renamed: Vec<&Step> = Vec::new();
    for (index, (step, temp)) in steps.iter().zip(temps).enumerate() {
        txn::pause();
        let result = if faults.fail_before_rename == Some(index) {
            Err(io::Error::other("injected fault before rename"))
        } else if !still_expected(step) {
            Err(io::Error::other(
                "the file changed while it was being patched (another program wrote it)",
            ))
        } else {
            fs::rename(temp, &step.target)
        };
        let Err(source) = result else {
            renamed.push(step);
            continue;
        };
        if faults.skip_rollback {
            // A crash leaves the remaining temporary files and the intent where they are.
            return Err(PatchError::ApplyFailed {
                path: step.rel_path.clone(),
                source,
                rolled_back: false,
                backup_dir,
            });
        }
        for temp in &temps[index..] {
            let _ = fs::remove_file(temp);
        }
        let rolled_back = roll_back(&renamed);
        // A patch undone at once is not one `restore` should find. Should rolling back fail,
        // the intent record stays: the next run finishes the rollback.
        let backup_dir = if rolled_back {
            let marked = txn::finish(
                root,
                &[],
                &[backup_dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()],
                ROLLED_BACK_SUFFIX,
            );
            marked
                .ok()
                .and_then(|m| m.into_iter().next())
                .unwrap_or(backup_dir)
        } else {
            backup_dir
        };
        return Err(PatchError::ApplyFailed {
            path: step.rel_path.clone(),
            source,
            rolled_back,
            backup_dir,
        });
    }
    let targets: Vec<&Path> = steps.iter().map(|s| s.target.as_path()).collect();
    txn::finish(root, &targets, &[], "")?;
    Ok(ApplyReport {
        backup_dir,
        written: steps.iter().map(|s| s.rel_path.clone()).collect(),
    })
}

/// Whether the target still has the bytes the run expects (read under the lock).
pub(crate) fn still_expected(step: &Step) -> bool {
    match (&step.expected, fs::symlink_metadata(&step.target)) {
        (None, Err(e)) => e.kind() == io::ErrorKind::NotFound,
        (Some(expected), Ok(meta)) if meta.is_file() => {
            fs::read(&step.target).is_ok_and(|now| &now == expected)
        }
        _ => false,
    }
}

/// Checks every file of the plan; writes nothing.
fn preflight(plan: &PatchPlan) -> Result<Vec<Prepared<'_>>, PatchError> {
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
        if !fsguard::check_folders(&plan.root, &change.rel_path, &change.rel_path)? {
            return Err(PatchError::Vanished {
                path: change.rel_path.clone(),
            });
        }
        let meta =
            regular_file_meta(&change.rel_path, &target)?.ok_or_else(|| PatchError::Vanished {
                path: change.rel_path.clone(),
            })?;
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
        fsguard::refuse_hard_link(&change.rel_path, &meta)?;
        checked.push(Prepared {
            change,
            mode: unix_mode(&meta),
            owner: fsguard::owner_of(&meta),
            permissions: meta.permissions(),
            target,
        });
    }
    Ok(checked)
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

/// The permission bits of a file (`rwx` for owner, group, others: never set-user-ID), on Unix.
// Always `Some` on Unix, always `None` elsewhere.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn unix_mode(meta: &Metadata) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(meta.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// Writes `bytes` into a fresh temporary file, gives it `permissions` (masked to permission
/// bits) and flushes it to disk.
pub(crate) fn fill_temp(
    file: &mut fs::File,
    bytes: &[u8],
    permissions: Option<&Permissions>,
) -> io::Result<()> {
    file.write_all(bytes)?;
    if let Some(permissions) = permissions {
        file.set_permissions(permission_bits(permissions))?;
    }
    file.sync_all()
}

/// `permissions` without set-user-ID, set-group-ID and sticky bits (on Unix).
pub(crate) fn permission_bits(permissions: &Permissions) -> Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Permissions::from_mode(permissions.mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        permissions.clone()
    }
}

/// Replaces `target` with `bytes` atomically (temporary file + rename), keeping `permissions`
/// and `owner` (a new file's when `None`).
pub(crate) fn replace_file(
    target: &Path,
    bytes: &[u8],
    permissions: Option<&Permissions>,
    owner: Option<Owner>,
) -> io::Result<()> {
    let folder = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(TEMP_SUFFIX)
        .rand_bytes(6)
        .tempfile_in(folder)?;
    fill_temp(temp.as_file_mut(), bytes, permissions)?;
    fsguard::keep_owner(temp.as_file(), owner)?;
    temp.persist(target).map(drop).map_err(|e| e.error)
}

/// Puts the original bytes back into every file already replaced; `true` when all succeeded.
fn roll_back(renamed: &[&Step]) -> bool {
    let mut all = true;
    for step in renamed.iter().rev() {
        let original = step.expected.as_deref().unwrap_or_default();
        all &= replace_file(
            &step.target,
            original,
            step.permissions.as_ref(),
            step.owner,
        )
        .is_ok();
    }
    sync_parents(renamed.iter().map(|s| s.target.as_path()));
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
