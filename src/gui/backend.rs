//! The only place the window calls the core's demo, patch and UserSig functions. Everything here
//! is blocking and runs on the background threads of [`super::tasks`] (UserSig work is a few
//! microseconds of hashing and runs inline).
//!
//! Results are turned into small view types with display-ready, already-redacted text, so the
//! steps never hold the secret key or the core's file buffers.

use std::path::{Path, PathBuf};

use crate::credentials::{AppId, SdkAppId, SecretKey};
use crate::demo::{self, DemoScan};
use crate::patch::{self, DiffLine, PatchPlan, PatchValues, PlanNote};
use crate::preview::project::PROJECT_CONFIG;
use crate::usersig::{self, Verification};

/// The values a patch writes, gathered from the fields.
#[derive(Clone)]
pub struct PatchInputs {
    /// From the "Cloud services" step.
    pub sdk_app_id: SdkAppId,
    /// From the "Cloud services" step (redacted in `Debug`).
    pub secret_key: SecretKey,
    /// From the first step, when valid.
    pub app_id: Option<AppId>,
}

/// A plan ready to show and to apply.
pub struct PlanView {
    /// The demo folder.
    pub root: PathBuf,
    /// The diff, key redacted.
    pub diff: Vec<DiffLine>,
    /// Notes to show beside the diff.
    pub notes: Vec<PlanNote>,
    /// How many files would change.
    pub change_count: usize,
    /// The core's plan, applied as shown.
    inner: PatchPlan,
}

/// What Apply or Undo did, for display.
#[derive(Debug, Clone)]
pub struct WriteReport {
    /// Files written or restored.
    pub count: usize,
    /// Where the originals are kept.
    pub backup_dir: PathBuf,
}

/// The outcome of checking a UserSig, display-ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigCheck {
    /// The server would accept it.
    Valid {
        /// Its UserID.
        user_id: String,
        /// Its SDKAppID.
        sdk_app_id: u64,
        /// Unix time it expires.
        expires_at: i64,
    },
    /// The server would refuse it with this error code.
    Invalid {
        /// The server error code (70001, 70009, …).
        code: u32,
        /// The core's explanation (English).
        cause: String,
    },
    /// Not a UserSig at all.
    NotAToken(String),
}

/// What a decoded UserSig says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigContents {
    /// `TLS.identifier`
    pub user_id: String,
    /// `TLS.sdkappid`
    pub sdk_app_id: u64,
    /// `TLS.time`
    pub issued_at: i64,
    /// `TLS.expire`
    pub expire: i64,
}

/// A read demo: what was read, whether it is a folder (an archive is not patched), the result.
pub struct ScannedDemo {
    /// The folder or archive.
    pub path: PathBuf,
    /// Whether `path` is a folder (decided off the UI thread, with the read).
    pub is_folder: bool,
    /// What the scan found.
    pub result: Result<DemoScan, String>,
}

/// Reads a demo folder or `.zip` and notes which of the two it is.
#[must_use]
pub fn read_demo(path: PathBuf) -> ScannedDemo {
    let is_folder = path.is_dir();
    let result = scan(&path);
    ScannedDemo {
        path,
        is_folder,
        result,
    }
}

/// Reads a demo folder or `.zip`.
pub fn scan(path: &Path) -> Result<DemoScan, String> {
    demo::scan(path).map_err(|err| err.to_string())
}

/// Unpacks a `.zip` demo into `dest_parent`; returns the unpacked folder.
pub fn unpack(zip: &Path, dest_parent: &Path) -> Result<PathBuf, String> {
    demo::unpack_zip(zip, dest_parent).map_err(|err| err.to_string())
}

fn patch_values(inputs: &PatchInputs) -> PatchValues {
    PatchValues {
        sdk_app_id: inputs.sdk_app_id,
        secret_key: inputs.secret_key.clone(),
        app_id: inputs.app_id.clone(),
        expire: None,
        license_url: None,
        license_key: None,
        push_domain: None,
        play_domain: None,
        live_url_key: None,
    }
}

/// Plans the patch of a demo folder (and checks its git state).
pub fn plan(root: &Path, inputs: &PatchInputs) -> Result<PlanView, String> {
    let values = patch_values(inputs);
    let mut plan = patch::plan(root, &values).map_err(|err| err.to_string())?;
    plan.check_git();
    let diff = plan.diff_lines(&[inputs.secret_key.expose()]);
    Ok(PlanView {
        root: plan.root.clone(),
        diff,
        notes: plan.notes.clone(),
        change_count: plan.changes.len(),
        inner: plan,
    })
}

/// Writes a plan exactly as it was shown.
pub fn apply(plan: &PlanView) -> Result<WriteReport, String> {
    patch::apply(&plan.inner)
        .map(|report| WriteReport {
            count: report.written.len(),
            backup_dir: report.backup_dir,
        })
        .map_err(|err| err.to_string())
}

/// Writes only the AppID into the demo's `project.config.json`: the patch is planned with all
/// the wizard's values, then every change but that file's is left out, and the rest is applied
/// as usual (with a backup, so "Undo" on "Fill in the keys" gives the old file back).
pub fn write_app_id(root: &Path, inputs: &PatchInputs) -> Result<WriteReport, String> {
    let full = patch::plan(root, &patch_values(inputs)).map_err(|err| err.to_string())?;
    let is_project_config = |path: &Path| path.file_name().is_some_and(|n| n == PROJECT_CONFIG);
    let changes: Vec<_> = full
        .changes
        .into_iter()
        .filter(|change| is_project_config(&change.rel_path))
        .collect();
    let notes = full
        .notes
        .into_iter()
        .filter(|note| note.rel_path.as_deref().is_some_and(is_project_config))
        .collect();
    let plan = PatchPlan::new(full.root, changes, notes);
    if plan.is_empty() {
        let why = plan
            .notes
            .first()
            .map_or_else(String::new, |note| format!(": {}", note.message));
        return Err(format!(
            "{PROJECT_CONFIG} was not changed (no \"appid\" line that mlvb-setup can edit was found){why}"
        ));
    }
    patch::apply(&plan)
        .map(|report| WriteReport {
            count: report.written.len(),
            backup_dir: report.backup_dir,
        })
        .map_err(|err| err.to_string())
}

/// Puts back the original bytes of every file the last apply changed.
pub fn restore(root: &Path) -> Result<WriteReport, String> {
    patch::restore(root, false)
        .map(|report| WriteReport {
            count: report.restored.len() + report.already_original.len(),
            backup_dir: report.backup_dir,
        })
        .map_err(|err| err.to_string())
}

/// Signs a UserSig.
#[must_use]
pub fn sign(sdk_app_id: SdkAppId, key: &SecretKey, user_id: &str, expire: i64, now: i64) -> String {
    usersig::generate(u64::from(sdk_app_id), key, user_id, expire, now, None)
}

/// Checks a UserSig against the entered SDKAppID and key, as the server would at `now`.
#[must_use]
pub fn check(
    token: &str,
    sdk_app_id: SdkAppId,
    key: &SecretKey,
    user_id: Option<&str>,
    now: i64,
) -> SigCheck {
    match usersig::verify(token, u64::from(sdk_app_id), key, user_id, now) {
        Verification::Valid {
            decoded,
            expires_at,
        } => SigCheck::Valid {
            user_id: decoded.identifier,
            sdk_app_id: decoded.sdkappid,
            expires_at,
        },
        Verification::Invalid(failure) => SigCheck::Invalid {
            code: failure.code.code(),
            cause: failure.cause,
        },
    }
}

/// Decodes a UserSig without checking its signature.
pub fn decode(token: &str) -> Result<SigContents, String> {
    usersig::decode(token)
        .map(|d| SigContents {
            user_id: d.identifier,
            sdk_app_id: d.sdkappid,
            issued_at: d.time,
            expire: d.expire,
        })
        .map_err(|err| err.to_string())
}
