//! The write transaction shared by `patch` and `restore`, and its intent record.
//!
//! Before the first temporary file is created, `.mlvb-setup/intent.json` says what the run is
//! about to do: which files, their temporary file names, and how to undo (patch) or finish
//! (restore) each one from a backed-up copy. A run killed at any point leaves every file whole
//! (each is replaced by one rename) and this record; the next `patch`, `restore` or `scan`
//! ([`recover`]) deletes the temporary files and puts every file in a consistent state: an
//! interrupted patch is rolled back to the originals, an interrupted restore is finished.

use std::fs::{self, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use super::apply::{fill_temp, sync_parents};
use super::backup::{
    self, RESTORED_SUFFIX, ROLLED_BACK_SUFFIX, STATE_DIR, backups_dir, sha256_hex, sync_dir,
};
use super::error::{ManifestProblem, PatchError, UnsafePathReason};
use super::fsguard::{self, Owner};
use super::lock::DemoLock;
use super::{TEMP_SUFFIX, diff::slash_path};

/// The intent record's name inside [`STATE_DIR`].
pub const INTENT_FILE: &str = "intent.json";

/// What kind of run wrote an intent record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum TxnKind {
    /// A patch: recovery rolls it back.
    Patch,
    /// A restore: recovery finishes it.
    Restore,
}

/// One file of an intent record. Hashes and names only, never content.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct IntentFile {
    /// Relative to the demo folder, `/`-separated.
    pub path: String,
    /// The temporary file's name, in the same folder.
    pub temp: String,
    /// Recovery replaces a file with these bytes (hash)…
    pub replace_sha256: String,
    /// …by the backed-up copy with this hash…
    pub with_sha256: String,
    /// …found here, relative to the backups folder.
    pub copy: String,
}

/// The intent record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Intent {
    pub version: u32,
    pub kind: TxnKind,
    /// The backup folders (names under `backups/`) the run marks when it ends.
    pub backups: Vec<String>,
    pub files: Vec<IntentFile>,
}

/// What [`recover`] did about an interrupted run.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct RecoveryReport {
    /// Whether the interrupted run was a patch (rolled back) or a restore (finished).
    pub interrupted_patch: bool,
    /// Files given back the bytes of the backup (relative).
    pub rewritten: Vec<PathBuf>,
    /// Files that already had them.
    pub already_done: Vec<PathBuf>,
    /// Files in neither state (edited since): left alone, their backup kept.
    pub left_alone: Vec<PathBuf>,
    /// Temporary files deleted (relative).
    pub removed_temp_files: Vec<PathBuf>,
    /// The backup folders marked (new names).
    pub marked: Vec<PathBuf>,
}

/// One file to replace in a transaction.
pub(crate) struct Step {
    pub rel_path: PathBuf,
    pub target: PathBuf,
    /// The bytes the file must have right before its rename (`None`: it must not exist).
    pub expected: Option<Vec<u8>>,
    pub new_bytes: Vec<u8>,
    /// `None`: those of a new file.
    pub permissions: Option<Permissions>,
    pub owner: Option<Owner>,
    /// The intent entry (its `temp` is filled in by [`begin`]).
    pub recovery: IntentFile,
}

/// A test hook: `MLVB_SETUP_FAULT_PAUSE_MS` makes each step of a write transaction pause, so
/// that a test killing the process at random moments lands between any two steps.
#[doc(hidden)]
pub fn pause() {
    static PAUSE: OnceLock<Option<Duration>> = OnceLock::new();
    let pause = PAUSE.get_or_init(|| {
        std::env::var("MLVB_SETUP_FAULT_PAUSE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
    });
    if let Some(pause) = pause {
        std::thread::sleep(*pause);
    }
}

fn intent_path(root: &Path) -> PathBuf {
    root.join(STATE_DIR).join(INTENT_FILE)
}

/// Whether an interrupted run left an intent record in `root` (cheap: no lock, no write).
#[must_use]
pub fn has_interrupted_run(root: &Path) -> bool {
    let path = intent_path(root);
    [path.clone(), path.with_extension("json.tmp")]
        .iter()
        .any(|p| fs::symlink_metadata(p).is_ok_and(|m| m.is_file()))
}

/// A fresh run id for temporary file names: 6 characters, `[a-z0-9]`.
fn run_id() -> String {
    let name = tempfile::Builder::new()
        .prefix("")
        .suffix("")
        .rand_bytes(6)
        .make(|_| Ok(()))
        .map(|t| t.path().to_string_lossy().into_owned())
        .unwrap_or_default();
    let id: String = name
        .chars()
        .rev()
        .filter(char::is_ascii_alphanumeric)
        .take(6)
        .collect::<String>()
        .to_ascii_lowercase();
    if id.len() == 6 {
        id
    } else {
        format!("{:06}", std::process::id() % 1_000_000)
    }
}

/// The temporary file name of `target` for run `id`.
fn temp_name(target: &Path, id: &str) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.{id}{TEMP_SUFFIX}")
}

/// Writes the intent record atomically (temporary file, fsync, rename, fsync of the folder).
pub(crate) fn write_intent(root: &Path, intent: &Intent) -> Result<(), PatchError> {
    let path = intent_path(root);
    let temp = path.with_extension("json.tmp");
    let io_err = |source| PatchError::BackupWrite {
        path: path.clone(),
        source,
    };
    let json = serde_json::to_vec_pretty(intent).map_err(|e| io_err(io::Error::other(e)))?;
    let _ = fs::remove_file(&temp);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(io_err)?;
    file.write_all(&json)
        .and_then(|()| file.sync_all())
        .map_err(io_err)?;
    fs::rename(&temp, &path).map_err(io_err)?;
    if let Some(state) = path.parent() {
        sync_dir(state);
    }
    pause();
    Ok(())
}

fn remove_intent(root: &Path) {
    let path = intent_path(root);
    let _ = fs::remove_file(&path);
    if let Some(state) = path.parent() {
        sync_dir(state);
    }
}

/// Gives every step its temporary file name for a new run and returns the intent record.
pub(crate) fn new_intent(kind: TxnKind, backups: Vec<String>, steps: &mut [Step]) -> Intent {
    let id = run_id();
    for step in steps.iter_mut() {
        step.recovery.temp = temp_name(&step.target, &id);
    }
    Intent {
        version: 1,
        kind,
        backups,
        files: steps.iter().map(|s| s.recovery.clone()).collect(),
    }
}

/// Creates and fills every temporary file (after the intent is written). On failure every
/// temporary file is deleted and the intent removed.
pub(crate) fn create_temps(
    root: &Path,
    steps: &[Step],
    write_err: impl Fn(&Step, io::Error) -> PatchError,
) -> Result<Vec<PathBuf>, PatchError> {
    let mut temps = Vec::with_capacity(steps.len());
    for step in steps {
        let temp = step.target.with_file_name(&step.recovery.temp);
        let opened = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp);
        let mut file = match opened {
            Ok(file) => file,
            Err(source) => {
                abandon(root, &temps);
                return Err(PatchError::FolderNotWritable {
                    folder: step.target.parent().unwrap_or(root).to_owned(),
                    source,
                });
            }
        };
        temps.push(temp);
        pause();
        let filled = fill_temp(&mut file, &step.new_bytes, step.permissions.as_ref())
            .and_then(|()| fsguard::keep_owner(&file, step.owner));
        if let Err(source) = filled {
            abandon(root, &temps);
            return Err(write_err(step, source));
        }
    }
    Ok(temps)
}

/// Deletes the temporary files and the intent: the run stops with every file as it was.
pub(crate) fn abandon(root: &Path, temps: &[PathBuf]) {
    for temp in temps {
        let _ = fs::remove_file(temp);
    }
    remove_intent(root);
}

/// Ends a run: flushes folders, marks the backups, removes the intent.
pub(crate) fn finish(
    root: &Path,
    targets: &[&Path],
    backups: &[String],
    suffix: &str,
) -> Result<Vec<PathBuf>, PatchError> {
    sync_parents(targets.iter().copied());
    let mut marked = Vec::new();
    for name in backups {
        let dir = backups_dir(root).join(name);
        if !dir.exists() {
            continue;
        }
        pause();
        let new = backup::mark(&dir, suffix)
            .map_err(|source| PatchError::MarkRestored { path: dir, source })?;
        marked.push(new);
    }
    remove_intent(root);
    Ok(marked)
}

/// Reads the intent record of an interrupted run, if any.
fn read_intent(root: &Path) -> Result<Option<Intent>, PatchError> {
    let path = intent_path(root);
    let _ = fs::remove_file(path.with_extension("json.tmp"));
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(PatchError::Read { path, source }),
    };
    let intent: Intent =
        serde_json::from_slice(&bytes).map_err(|e| PatchError::ManifestUnreadable {
            path: path.clone(),
            reason: ManifestProblem::NotJson(e.to_string()),
        })?;
    if intent.version != 1 {
        return Err(PatchError::ManifestUnreadable {
            path,
            reason: ManifestProblem::IntentVersion {
                found: intent.version,
            },
        });
    }
    Ok(Some(intent))
}

/// Finishes or rolls back the run an earlier, interrupted process left behind, under `lock`.
/// `Ok(None)` when there was none.
pub fn recover_locked(lock: &DemoLock) -> Result<Option<RecoveryReport>, PatchError> {
    let root = lock.root();
    let Some(intent) = read_intent(root)? else {
        return Ok(None);
    };
    let mut report = RecoveryReport {
        interrupted_patch: intent.kind == TxnKind::Patch,
        ..RecoveryReport::default()
    };
    let backups = backups_dir(root);
    let mut targets = Vec::new();
    for file in &intent.files {
        let rel = file_rel(&file.path)?;
        let target = root.join(&rel);
        fsguard::check_folders(root, &rel, &rel)?;
        let temp = target.with_file_name(&file.temp);
        if file.temp.ends_with(TEMP_SUFFIX)
            && !file.temp.contains(['/', '\\'])
            && fs::symlink_metadata(&temp).is_ok_and(|m| m.is_file())
            && fs::remove_file(&temp).is_ok()
        {
            report
                .removed_temp_files
                .push(rel.with_file_name(&file.temp));
        }
        let current = match fs::symlink_metadata(&target) {
            Ok(meta) if meta.is_file() => {
                Some(fs::read(&target).map_err(|source| PatchError::Read {
                    path: rel.clone(),
                    source,
                })?)
            }
            _ => None,
        };
        // A file that did not exist before the run is recorded with an empty hash.
        let hash = current.as_deref().map_or_else(String::new, sha256_hex);
        if hash == file.with_sha256 {
            report.already_done.push(rel);
            continue;
        }
        if hash != file.replace_sha256 {
            report.left_alone.push(rel);
            continue;
        }
        let copy_rel = file_rel(&file.copy)?;
        fsguard::check_folders(&backups, &copy_rel, &copy_rel)?;
        let copy = backups.join(&copy_rel);
        let bytes = fs::read(&copy).map_err(|source| PatchError::Read {
            path: copy.clone(),
            source,
        })?;
        if sha256_hex(&bytes) != file.with_sha256 {
            return Err(PatchError::BackupCorrupt { path: copy });
        }
        let meta = fs::symlink_metadata(&target).ok();
        fsguard::create_folders(root, &rel, &rel)?;
        let permissions = meta.as_ref().map_or_else(
            || super::restore::recreated_permissions(None),
            |m| Some(m.permissions()),
        );
        super::apply::replace_file(
            &target,
            &bytes,
            permissions.as_ref(),
            meta.as_ref().and_then(fsguard::owner_of),
        )
        .map_err(|source| PatchError::RestoreFailed {
            path: rel.clone(),
            source,
        })?;
        targets.push(target);
        report.rewritten.push(rel);
    }
    let suffix = match intent.kind {
        TxnKind::Patch => ROLLED_BACK_SUFFIX,
        TxnKind::Restore => RESTORED_SUFFIX,
    };
    let target_refs: Vec<&Path> = targets.iter().map(PathBuf::as_path).collect();
    if report.left_alone.is_empty() {
        // A patch's backup that never got its manifest held nothing yet: it goes.
        for name in &intent.backups {
            let dir = backups.join(name);
            if !dir.join(backup::MANIFEST_FILE).is_file() {
                let _ = fs::remove_dir_all(&dir);
            }
        }
        report.marked = finish(root, &target_refs, &intent.backups, suffix)?;
    } else {
        // Keep the backups as they are: `restore` (with --force) decides about edited files.
        finish(root, &target_refs, &[], suffix)?;
    }
    Ok(Some(report))
}

fn file_rel(path: &str) -> Result<PathBuf, PatchError> {
    let rel: PathBuf = path.split('/').collect();
    if rel
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
        && !path.is_empty()
    {
        Ok(rel)
    } else {
        Err(PatchError::UnsafePath {
            path: rel,
            reason: UnsafePathReason::OutsideDemo,
        })
    }
}

/// The intent entry for one file: `copy` is `backup_name/files/rel`.
pub(crate) fn recovery_entry(
    rel_path: &Path,
    backup_name: &str,
    replace_sha256: String,
    with_sha256: &str,
) -> IntentFile {
    IntentFile {
        path: slash_path(rel_path),
        temp: String::new(),
        replace_sha256,
        with_sha256: with_sha256.to_owned(),
        copy: format!("{backup_name}/files/{}", slash_path(rel_path)),
    }
}
