//! Planning, applying and undoing one setup's changes to the demo.

use std::path::{Path, PathBuf};

use crate::credentials::AppId;
use crate::demo::ScanError;
use crate::messages::{Localize, Message, SetupCode};
use crate::patch::{self, PatchError, PatchPlan, PlatformFilter};

use super::{Demo, Values};

/// Why a setup operation stopped.
#[derive(Debug)]
pub enum SetupError {
    /// The demo could not be read or unpacked.
    Scan(ScanError),
    /// The patch could not be planned, applied or undone (boxed: it is the largest error).
    Patch(Box<PatchError>),
    /// The demo is an archive: it must be unpacked before it can be patched.
    NotAFolder {
        /// The archive.
        path: PathBuf,
    },
    /// The AppID could not be written: no `project.config.json` with an `"appid"` line.
    NoAppIdSlot {
        /// The demo folder.
        root: PathBuf,
    },
}

impl From<ScanError> for SetupError {
    fn from(err: ScanError) -> Self {
        Self::Scan(err)
    }
}

impl From<PatchError> for SetupError {
    fn from(err: PatchError) -> Self {
        Self::Patch(Box::new(err))
    }
}

impl Localize for SetupError {
    fn message(&self) -> Message {
        match self {
            Self::Scan(err) => err.message(),
            Self::Patch(err) => err.message(),
            Self::NotAFolder { path } => Message::new(SetupCode::NotAFolder).with("path", path),
            Self::NoAppIdSlot { root } => Message::new(SetupCode::NoAppIdSlot).with("path", root),
        }
    }
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for SetupError {}

/// A plan for one demo folder and the values it was made for.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The values written.
    values: Values,
    /// The platforms whose files it covers.
    platforms: PlatformFilter,
    /// The changes.
    pub patch: PatchPlan,
    /// The diff of the changes, the key shown as `<secret key>` (made once, with the plan).
    diff: Vec<patch::DiffLine>,
}

/// What Apply or Undo did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files written or restored.
    pub count: usize,
    /// Where the originals are kept.
    pub backup_dir: PathBuf,
}

impl Demo {
    /// Plans writing `values` into this demo's folder (and notes what git says of its files).
    pub fn plan(&self, values: &Values) -> Result<Plan, SetupError> {
        self.plan_for(values, &PlatformFilter::All)
    }

    /// [`Self::plan`] for the files of the platforms `platforms` selects only (the window's
    /// per-platform checkboxes): the others are not touched, and a refused file among them does
    /// not stop this plan.
    pub fn plan_for(
        &self,
        values: &Values,
        platforms: &PlatformFilter,
    ) -> Result<Plan, SetupError> {
        if self.folder().is_none() {
            return Err(SetupError::NotAFolder {
                path: self.path.clone(),
            });
        }
        let mut patch = patch::plan_scanned_for(&self.scanned, values, platforms)?;
        patch.check_git();
        let diff = patch.diff_lines(&[values.secret_key.expose()]);
        Ok(Plan {
            values: values.clone(),
            platforms: platforms.clone(),
            patch,
            diff,
        })
    }
}

impl Plan {
    /// Whether this plan writes exactly `values`.
    #[must_use]
    pub fn is_for(&self, values: &Values) -> bool {
        &self.values == values
    }

    /// The platforms whose files this plan covers.
    #[must_use]
    pub fn platforms(&self) -> &PlatformFilter {
        &self.platforms
    }

    /// The demo folder.
    #[must_use]
    pub fn root(&self) -> &Path {
        &self.patch.root
    }

    /// The diff, the key shown as `<secret key>`.
    #[must_use]
    pub fn diff_lines(&self) -> &[patch::DiffLine] {
        &self.diff
    }

    /// The unified diff, the key shown as `<secret key>`.
    #[must_use]
    pub fn unified_diff(&self) -> String {
        self.patch.unified_diff(&[self.values.secret_key.expose()])
    }

    /// Writes the plan exactly as it was shown, with a backup.
    pub fn apply(&self) -> Result<WriteReport, SetupError> {
        let report = patch::apply(&self.patch)?;
        Ok(WriteReport {
            count: report.written.len(),
            backup_dir: report.backup_dir,
        })
    }
}

/// Puts back the original bytes of every file the last apply in `root` changed.
pub fn restore(root: &Path, force: bool) -> Result<WriteReport, SetupError> {
    restore_to(root, patch::RestoreDepth::Last, force)
}

/// Undoes the last patch ([`patch::RestoreDepth::Last`], the window's "Undo") or every patch
/// ([`patch::RestoreDepth::All`], "Back to the original").
pub fn restore_to(
    root: &Path,
    depth: patch::RestoreDepth,
    force: bool,
) -> Result<WriteReport, SetupError> {
    let report = patch::restore_with(root, depth, force)?;
    Ok(WriteReport {
        count: report.restored.len() + report.already_original.len(),
        backup_dir: report.backup_dir,
    })
}

/// How many patches of `root` can be undone (0 when it was never patched or its history cannot
/// be read; a read failure shows when restoring).
#[must_use]
pub fn undo_depth(root: &Path) -> usize {
    if !root.join(patch::STATE_DIR).exists() {
        return 0;
    }
    patch::history(root).map_or(0, |history| history.len())
}

/// Writes only the mini program's AppID into the demo's `project.config.json` (found by a fresh
/// scan of `root`), with a backup like any patch (so Undo gives the old file back). Needs
/// neither the SDKAppID nor the key.
pub fn write_app_id(root: &Path, app_id: &AppId) -> Result<WriteReport, SetupError> {
    let plan = patch::plan_app_id(root, app_id)?;
    if plan.is_empty() && plan.unchanged.is_empty() {
        return Err(SetupError::NoAppIdSlot {
            root: root.to_path_buf(),
        });
    }
    let report = patch::apply(&plan)?;
    Ok(WriteReport {
        count: report.written.len(),
        backup_dir: report.backup_dir,
    })
}
