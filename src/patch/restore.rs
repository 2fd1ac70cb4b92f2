//! Undoing patches: the last one (`restore`), or every one back to the very first original
//! (`restore --all`). Every file gets the exact bytes the backup holds.

use std::collections::BTreeMap;
use std::fs::{self, Permissions};
use std::path::{Path, PathBuf};

use super::apply::{is_read_only, regular_file_meta, remove_stale_temps, still_expected};
use super::backup::{
    self, BackupEntry, BackupManifest, RESTORED_SUFFIX, check_belongs, sha256_hex,
};
use super::error::PatchError;
use super::fsguard::{self, Owner};
use super::lock::{DEFAULT_LOCK_WAIT, DemoLock};
use super::txn::{self, RecoveryReport, Step, TxnKind};

/// How far [`restore_with`] goes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RestoreDepth {
    /// Undo the last patch only (the window's "Undo").
    #[default]
    Last,
    /// Undo every patch: back to the files as they were before the first one (the window's
    /// "Back to the original").
    All,
}

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RestoreReport {
    /// The newest backup that was undone, under its new `.restored` name.
    pub backup_dir: PathBuf,
    /// Every backup undone (new names), oldest first.
    pub undone: Vec<PathBuf>,
    /// Files given their earlier bytes back (relative to the demo folder).
    pub restored: Vec<PathBuf>,
    /// Files that already had them (e.g. after an interrupted patch).
    pub already_original: Vec<PathBuf>,
    /// Temporary files of an interrupted run that were deleted.
    pub removed_temp_files: Vec<PathBuf>,
    /// How many patches are left to undo.
    pub remaining: usize,
}

/// Undoes the last patch of `root`: see [`restore_with`].
pub fn restore(root: &Path, force: bool) -> Result<RestoreReport, PatchError> {
    restore_with(root, RestoreDepth::Last, force)
}

/// Undoes the last patch (or all of them) under the demo's lock, waiting up to
/// [`DEFAULT_LOCK_WAIT`] for another run.
///
/// A file that still has the patched bytes, or is missing, gets its earlier bytes back; a file
/// that already has them is left alone. A file edited since the patch is refused (naming it)
/// unless `force`. Nothing is written unless every file passes its checks. An interrupted run
/// found first is finished (a restore) or rolled back (a patch); rolling back an interrupted
/// patch counts as undoing it.
pub fn restore_with(
    root: &Path,
    depth: RestoreDepth,
    force: bool,
) -> Result<RestoreReport, PatchError> {
    if !root.join(super::STATE_DIR).exists() {
        // Never patched: nothing to lock, nothing to create.
        return Err(PatchError::NothingToRestore {
            root: root.to_owned(),
        });
    }
    let lock = DemoLock::acquire(root, DEFAULT_LOCK_WAIT, |_| {})?;
    restore_locked(&lock, depth, force)
}

/// [`restore_with`] with a lock the caller holds.
pub fn restore_locked(
    lock: &DemoLock,
    depth: RestoreDepth,
    force: bool,
) -> Result<RestoreReport, PatchError> {
    let root = lock.root();
    let recovered = txn::recover_locked(lock)?.filter(|r| !r.marked.is_empty());
    let mut report = recovered.map(report_of);
    if report.is_some() && depth == RestoreDepth::Last {
        return finish_report(root, report);
    }
    let history = backup::history(root)?;
    let selected: Vec<&BackupManifest> = match depth {
        RestoreDepth::Last => history.last().into_iter().collect(),
        RestoreDepth::All => history.iter().collect(),
    };
    if selected.is_empty() {
        return finish_report(root, report);
    }
    let done = undo(root, &selected, force)?;
    report = Some(match report {
        None => done,
        Some(mut earlier) => {
            earlier.restored.extend(done.restored);
            earlier.already_original.extend(done.already_original);
            earlier.removed_temp_files.extend(done.removed_temp_files);
            earlier.undone.extend(done.undone);
            earlier.backup_dir = done.backup_dir;
            earlier
        }
    });
    finish_report(root, report)
}

fn report_of(recovered: RecoveryReport) -> RestoreReport {
    RestoreReport {
        backup_dir: recovered.marked.last().cloned().unwrap_or_default(),
        undone: recovered.marked,
        restored: recovered.rewritten,
        already_original: recovered.already_done,
        removed_temp_files: recovered.removed_temp_files,
        remaining: 0,
    }
}

fn finish_report(root: &Path, report: Option<RestoreReport>) -> Result<RestoreReport, PatchError> {
    let mut report = report.ok_or_else(|| PatchError::NothingToRestore {
        root: root.to_owned(),
    })?;
    report.remaining = backup::history(root)?.len();
    Ok(report)
}

/// One file to put back: where its bytes come from.
struct Source<'a> {
    /// The entry in the oldest backup undone (its original is what comes back).
    oldest: &'a BackupEntry,
    oldest_manifest: &'a BackupManifest,
    /// The patched hash of the newest backup undone (what the file should have now).
    newest_patched: &'a str,
}

/// Puts back, in one transaction, the originals of the oldest of `selected` for every file.
fn undo(
    root: &Path,
    selected: &[&BackupManifest],
    force: bool,
) -> Result<RestoreReport, PatchError> {
    let canonical_root = fs::canonicalize(root).map_err(|source| PatchError::Read {
        path: root.to_owned(),
        source,
    })?;
    let mut sources: BTreeMap<PathBuf, Source<'_>> = BTreeMap::new();
    for manifest in selected {
        check_belongs(manifest, &canonical_root)?;
        for entry in &manifest.files {
            let rel = entry.rel_path()?;
            sources
                .entry(rel)
                .and_modify(|s| s.newest_patched = &entry.patched_sha256)
                .or_insert(Source {
                    oldest: entry,
                    oldest_manifest: manifest,
                    newest_patched: &entry.patched_sha256,
                });
        }
    }
    let mut removed_temp_files = Vec::new();
    for rel in sources.keys() {
        removed_temp_files.extend(
            remove_stale_temps(&root.join(rel))
                .into_iter()
                .filter_map(|t| t.strip_prefix(root).ok().map(Path::to_path_buf)),
        );
    }
    let (mut steps, already_original) = preflight(root, &sources, force)?;
    let names: Vec<String> = selected.iter().map(|m| name_of(&m.dir)).collect();
    let intent = txn::new_intent(TxnKind::Restore, names.clone(), &mut steps);
    txn::write_intent(root, &intent)?;
    for step in &steps {
        if step.expected.is_none()
            && let Err(err) = fsguard::create_folders(root, &step.rel_path, &step.rel_path)
        {
            txn::abandon(root, &[]);
            return Err(err);
        }
    }
    let temps = txn::create_temps(root, &steps, |step, source| PatchError::RestoreFailed {
        path: step.rel_path.clone(),
        source,
    })?;
    let mut restored = Vec::with_capacity(steps.len());
    for (index, (step, temp)) in steps.iter().zip(&temps).enumerate() {
        txn::pause();
        let result = if still_expected(step) {
            fs::rename(temp, &step.target)
        } else {
            Err(std::io::Error::other(
                "the file changed while it was being restored (another program wrote it)",
            ))
        };
        if let Err(source) = result {
            txn::abandon(root, &temps[index..]);
            return Err(PatchError::RestoreFailed {
                path: step.rel_path.clone(),
                source,
            });
        }
        restored.push(step.rel_path.clone());
    }
    let targets: Vec<&Path> = steps.iter().map(|s| s.target.as_path()).collect();
    let undone = txn::finish(root, &targets, &names, RESTORED_SUFFIX)?;
    Ok(RestoreReport {
        backup_dir: undone.last().cloned().unwrap_or_default(),
        undone,
        restored,
        already_original,
        removed_temp_files,
        remaining: 0,
    })
}

fn name_of(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Checks every file; returns the steps to write and the files already original.
fn preflight(
    root: &Path,
    sources: &BTreeMap<PathBuf, Source<'_>>,
    force: bool,
) -> Result<(Vec<Step>, Vec<PathBuf>), PatchError> {
    let mut steps = Vec::new();
    let mut already_original = Vec::new();
    let mut edited = Vec::new();
    for (rel, source) in sources {
        let entry = source.oldest;
        let original = read_copy(source.oldest_manifest, entry, rel)?;
        let target = root.join(rel);
        let folders_exist = fsguard::check_folders(root, rel, rel)?;
        let meta = if folders_exist {
            regular_file_meta(rel, &target)?
        } else {
            None
        };
        let recovery = |replace: String| {
            txn::recovery_entry(
                rel,
                &name_of(&source.oldest_manifest.dir),
                replace,
                &entry.original_sha256,
            )
        };
        let Some(meta) = meta else {
            // Deleted since the patch: recreated from the backup.
            steps.push(Step {
                rel_path: rel.clone(),
                target,
                expected: None,
                new_bytes: original,
                permissions: recreated_permissions(entry.mode),
                owner: entry
                    .uid
                    .zip(entry.gid)
                    .map(|(uid, gid)| Owner { uid, gid }),
                recovery: recovery(String::new()),
            });
            continue;
        };
        let current = fs::read(&target).map_err(|source| PatchError::Read {
            path: rel.clone(),
            source,
        })?;
        let hash = sha256_hex(&current);
        if hash == entry.original_sha256 {
            already_original.push(rel.clone());
            continue;
        }
        if hash != source.newest_patched {
            edited.push(rel.clone());
        }
        if is_read_only(&meta) {
            return Err(PatchError::ReadOnly { path: rel.clone() });
        }
        fsguard::refuse_hard_link(rel, &meta)?;
        steps.push(Step {
            rel_path: rel.clone(),
            target,
            expected: Some(current),
            new_bytes: original,
            permissions: Some(meta.permissions()),
            owner: fsguard::owner_of(&meta),
            recovery: recovery(hash),
        });
    }
    if !edited.is_empty() && !force {
        return Err(PatchError::EditedSincePatch { paths: edited });
    }
    Ok((steps, already_original))
}

/// The backed-up original of `entry`, read through no link and checked against its hash.
fn read_copy(
    manifest: &BackupManifest,
    entry: &BackupEntry,
    rel: &Path,
) -> Result<Vec<u8>, PatchError> {
    let files = manifest.dir.join("files");
    let shown = manifest.original_copy(entry)?;
    fsguard::check_folders(&manifest.dir, &Path::new("files").join(rel), &shown)?;
    if !fsguard::check_folders(&files, rel, &shown)? {
        return Err(PatchError::BackupCorrupt { path: shown });
    }
    match regular_file_meta(&shown, &shown)? {
        Some(_) => {}
        None => return Err(PatchError::BackupCorrupt { path: shown }),
    }
    let original = fs::read(&shown).map_err(|source| PatchError::Read {
        path: shown.clone(),
        source,
    })?;
    if sha256_hex(&original) != entry.original_sha256 {
        return Err(PatchError::BackupCorrupt { path: shown });
    }
    Ok(original)
}

/// Permissions for a file recreated from the backup: the recorded permission bits on Unix
/// (0o644 if none was recorded), never set-user-ID nor writable by everyone; elsewhere those
/// of a new file.
// Always `Some` on Unix, always `None` elsewhere.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn recreated_permissions(mode: Option<u32>) -> Option<Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(mode.unwrap_or(0o644) & 0o775))
    }
    #[cfg(not(unix))]
    {
        let _ = mode;
        None
    }
}
