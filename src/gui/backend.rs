//! The only place the window calls the core's demo, patch and UserSig functions. Everything here
//! is blocking and runs on the background threads of [`super::tasks`] (UserSig work is a few
//! microseconds of hashing and runs inline).
//!
//! Results are turned into small view types with display-ready, already-redacted text, so the
//! steps never hold the secret key or the core's file buffers.

use std::path::{Path, PathBuf};

use crate::credentials::{AppId, SdkAppId, SecretKey};
use crate::demo::DemoScan;
use crate::patch::PlanNote;

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

/// How a diff line is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// `--- a/…` / `+++ b/…`
    Header,
    /// `@@ … @@`
    Hunk,
    /// An unchanged line.
    Context,
    /// A new line (green).
    Added,
    /// A removed line (red).
    Removed,
    /// `\ No newline at end of file`
    Marker,
}

/// A plan ready to show and to apply.
pub struct PlanView {
    /// The demo folder.
    pub root: PathBuf,
    /// The diff, key redacted.
    pub diff: Vec<(DiffKind, String)>,
    /// Notes to show beside the diff.
    pub notes: Vec<PlanNote>,
    /// How many files would change.
    pub change_count: usize,
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

const PENDING: &str = "this build does not include the demo and patch core yet";

/// Reads a demo folder or `.zip`.
pub fn scan(path: &Path) -> Result<DemoScan, String> {
    let _ = path;
    Err(PENDING.to_owned())
}

/// Unpacks a `.zip` demo into `dest_parent`; returns the unpacked folder.
pub fn unpack(zip: &Path, dest_parent: &Path) -> Result<PathBuf, String> {
    let _ = (zip, dest_parent);
    Err(PENDING.to_owned())
}

/// Plans the patch of a demo folder (and checks its git state).
pub fn plan(root: &Path, inputs: &PatchInputs) -> Result<PlanView, String> {
    let _ = (root, inputs);
    Err(PENDING.to_owned())
}

/// Writes a plan exactly as it was shown.
pub fn apply(plan: &PlanView) -> Result<WriteReport, String> {
    let _ = plan;
    Err(PENDING.to_owned())
}

/// Puts back the original bytes of every file the last apply changed.
pub fn restore(root: &Path) -> Result<WriteReport, String> {
    let _ = root;
    Err(PENDING.to_owned())
}

/// Signs a UserSig.
#[must_use]
pub fn sign(sdk_app_id: SdkAppId, key: &SecretKey, user_id: &str, expire: i64, now: i64) -> String {
    let _ = (sdk_app_id, key, user_id, expire, now);
    String::new()
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
    let _ = (token, sdk_app_id, key, user_id, now);
    SigCheck::NotAToken(PENDING.to_owned())
}

/// Decodes a UserSig without checking its signature.
pub fn decode(token: &str) -> Result<SigContents, String> {
    let _ = token;
    Err(PENDING.to_owned())
}
