//! Rewriting the demo's credential files: plan (a diff you can show), apply (atomic,
//! all-or-nothing), backup and byte-exact restore.

use std::fmt;
use std::path::PathBuf;

use crate::demo::ConstantKind;

/// The default UserSig lifetime the demos ship with: 7 days.
pub const DEFAULT_EXPIRE_SECONDS: u32 = 604_800;

/// One value changed in one file, for display. The secret key is shown as `<secret key>`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Edit {
    /// Which value.
    pub kind: ConstantKind,
    /// The name as written in the file.
    pub name: String,
    /// 1-based line.
    pub line: usize,
    /// The old literal as written (redacted for the key).
    pub before: String,
    /// The new literal as written (redacted for the key).
    pub after: String,
}

/// The sorts of [`PlanNote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// `EXPIRETIME` was 0 or not a lifetime, and was set to 604800.
    ExpireTimeCorrected,
    /// `EXPIRETIME` was set to 0 because the user asked for it.
    ExpireTimeZeroAsked,
    /// The file has uncommitted changes in git.
    GitUncommitted,
    /// The file is not tracked by git.
    GitUntracked,
    /// An optional value was given that no file declares.
    ValueNotDeclared,
    /// A licence is written: the app IDs it must have been issued for.
    LicenceBinding,
    /// A constant is assigned at run time (from a parameter or variable): not written.
    SetAtRunTime,
}

impl NoteKind {
    /// A stable name, e.g. for locale keys: `expire-time-corrected`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::ExpireTimeCorrected => "expire-time-corrected",
            Self::ExpireTimeZeroAsked => "expire-time-zero-asked",
            Self::GitUncommitted => "git-uncommitted",
            Self::GitUntracked => "git-untracked",
            Self::ValueNotDeclared => "value-not-declared",
            Self::LicenceBinding => "licence-binding",
            Self::SetAtRunTime => "set-at-run-time",
        }
    }
}

/// Something the user should know about a plan: an `EXPIRETIME` of 0 corrected, uncommitted
/// changes in a git work tree, a value given that no file declares.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlanNote {
    /// What sort of note this is, so that a front end can say it in the user's language.
    pub kind: NoteKind,
    /// The file it is about, if any.
    pub rel_path: Option<PathBuf>,
    /// 1-based line, if any.
    pub line: Option<usize>,
    /// What happened or what to check.
    pub message: crate::messages::Message,
}

/// The planned new content of one file. Its `Debug` shows sizes, not bytes (they hold the key).
#[derive(Clone, PartialEq, Eq)]
pub struct FileChange {
    /// Path relative to the demo folder.
    pub rel_path: PathBuf,
    /// The exact bytes read when planning.
    pub original: Vec<u8>,
    /// The bytes to write.
    pub patched: Vec<u8>,
    /// What changed, for display.
    pub edits: Vec<Edit>,
}

impl fmt::Debug for FileChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileChange")
            .field("rel_path", &self.rel_path)
            .field("original_len", &self.original.len())
            .field("patched_len", &self.patched.len())
            .field("edits", &self.edits)
            .finish()
    }
}

mod apply;
mod backup;
mod diff;
pub mod edit;
mod error;
mod fsguard;
mod lock;
mod plan;
mod planner;
mod platforms;
mod restore;
mod txn;

#[doc(hidden)]
pub use apply::{ApplyFaults, apply_locked_with_faults, apply_with_faults};
pub use apply::{ApplyReport, TEMP_SUFFIX, apply, apply_locked, check_plan};
pub use backup::{
    BackupEntry, BackupManifest, MANIFEST_FILE, MANIFEST_VERSION, RESTORED_SUFFIX,
    ROLLED_BACK_SUFFIX, STATE_DIR, backups_dir, history, latest_backup, read_manifest, sha256_hex,
};
pub use diff::{DiffLine, DiffLineKind, NO_NEWLINE_MARKER, REDACTED, redact_text};
pub use error::{LockHolder, ManifestProblem, NotAFileKind, PatchError, UnsafePathReason};
pub use lock::{DEFAULT_LOCK_WAIT, DemoLock, LOCK_FILE};
pub use plan::PatchPlan;
pub use planner::{plan, plan_app_id, plan_scanned, plan_scanned_app_id, plan_scanned_for};
pub use platforms::{PlatformFilter, UnknownPlatform, platform_named};
pub use restore::{RestoreDepth, RestoreReport, restore, restore_locked, restore_with};
#[doc(hidden)]
pub use txn::pause as fault_pause;
pub use txn::{INTENT_FILE, RecoveryReport, has_interrupted_run, recover_locked};

/// Finishes or rolls back a run an earlier process left interrupted (see [`INTENT_FILE`]), if
/// there is one and no other run holds the lock. `Ok(None)`: nothing to do, or busy.
pub fn recover(root: &std::path::Path) -> Result<Option<RecoveryReport>, PatchError> {
    if !has_interrupted_run(root) {
        return Ok(None);
    }
    match DemoLock::acquire(root, std::time::Duration::ZERO, |_| {}) {
        Ok(lock) => recover_locked(&lock),
        Err(PatchError::Locked { .. }) => Ok(None),
        Err(err) => Err(err),
    }
}
