//! Everything that can stand between the developer and a preview QR, each worded (in
//! `assets/locales/*/preview.ftl`) as what is wrong, where, and what to do about it.

use std::path::PathBuf;

use super::discovery::CliSource;
use super::qr::QrDecodeError;
use crate::messages::{Localize, Message};

/// Why there is no preview QR (or why there may not be one). It says itself through
/// [`Localize`] (`assets/locales/*/preview.ftl`); `Display` is the English command-line text and
/// [`PreviewProblem::code`] a stable name for `--json` and for tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreviewProblem {
    /// The folder given does not exist or is not a folder.
    DemoDirMissing {
        /// The folder given.
        dir: PathBuf,
    },
    /// No `project.config.json` anywhere under the folder.
    ProjectConfigMissing {
        /// The folder searched.
        dir: PathBuf,
    },
    /// `project.config.json` could not be read.
    ProjectConfigUnreadable {
        /// The file.
        path: PathBuf,
        /// The system's reason ([`crate::messages::io_reason`]).
        reason: Message,
    },
    /// `project.config.json` is not a JSON object.
    ProjectConfigInvalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        reason: Message,
    },
    /// `"appid"` is absent or empty.
    AppIdMissing {
        /// The `project.config.json`.
        path: PathBuf,
        /// The demo folder, for the command to run.
        demo_dir: PathBuf,
    },
    /// `"appid"` holds something that is not an AppID (a placeholder, the tourist id, a typo).
    AppIdInvalid {
        /// The `project.config.json`.
        path: PathBuf,
        /// The demo folder, for the command to run.
        demo_dir: PathBuf,
        /// Why the value was refused.
        reason: Message,
    },
    /// `"projectname"` is absent or empty; DevTools refuses such a project.
    ProjectNameMissing {
        /// The `project.config.json`.
        path: PathBuf,
    },
    /// The command line was looked for everywhere and not found.
    DevToolsNotFound {
        /// Every path looked at, in order.
        searched: Vec<PathBuf>,
        /// The program names looked for on `PATH`.
        path_names: Vec<&'static str>,
    },
    /// A path given explicitly (flag, setting or `WX_DEVTOOLS_CLI`) does not exist.
    DevToolsPathMissing {
        /// The path given.
        path: PathBuf,
        /// Where it came from.
        given_by: CliSource,
    },
    /// DevTools' files say the service port is off. Not final: the command line is tried anyway.
    ServicePortOff {
        /// The `.ide-status` file that says `Off`.
        status_file: PathBuf,
    },
    /// The port state could not be read. Informational: the command line decides.
    ServicePortUnknown {
        /// Why not.
        reason: Message,
    },
    /// The command line said the service port is disabled.
    ServicePortDisabled,
    /// The command line could not reach or start the DevTools window.
    IdeNotStarted {
        /// The command line's words.
        detail: String,
    },
    /// DevTools is not logged in (its code 10).
    NotLoggedIn,
    /// Logging in did not finish.
    LoginFailed {
        /// What happened (or DevTools' own words, as raw text).
        detail: Message,
    },
    /// DevTools refused the QR output path (its code 17).
    BadOutputPath {
        /// The path DevTools was given.
        path: PathBuf,
    },
    /// DevTools refused the AppID (not a developer of it, or not an AppID at all).
    AppIdRefused {
        /// The command line's words.
        detail: String,
    },
    /// The program could not be started at all.
    LaunchFailed {
        /// The program.
        path: PathBuf,
        /// The system's reason ([`crate::messages::io_reason`]).
        reason: Message,
    },
    /// The command ran past the time allowed and was ended, with everything it started.
    TimedOut {
        /// What was run.
        command: String,
        /// The time allowed.
        seconds: u64,
    },
    /// The user cancelled.
    Cancelled,
    /// The command failed in a way we do not recognise.
    CommandFailed {
        /// What was run.
        command: String,
        /// Its exit code, if it exited.
        code: Option<i32>,
        /// The last lines it printed (empty when it printed nothing).
        detail: String,
    },
    /// The command said it succeeded but wrote no QR.
    NoQrWritten {
        /// Where the QR should be.
        path: PathBuf,
    },
    /// What was written is not a PNG or JPEG in base64.
    QrUnreadable {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: QrDecodeError,
    },
    /// Our own working files could not be written.
    WorkDirUnusable {
        /// The folder.
        path: PathBuf,
        /// The system's reason ([`crate::messages::io_reason`]).
        reason: Message,
    },
    /// Node.js is not installed (miniprogram-ci route).
    NodeMissing,
    /// The `miniprogram-ci` package cannot be found (miniprogram-ci route).
    CiPackageMissing {
        /// The folders `require` searched from.
        searched: Vec<PathBuf>,
        /// Where to install it.
        install_dir: PathBuf,
    },
    /// The code-upload key file is missing (miniprogram-ci route).
    CiKeyMissing {
        /// Where it was expected.
        path: PathBuf,
    },
    /// This machine's IP is not in the upload whitelist (miniprogram-ci route).
    CiIpNotWhitelisted {
        /// WeChat's words, with the IP it saw.
        detail: String,
    },
    /// `miniprogram-ci` failed otherwise.
    CiFailed {
        /// Its words.
        detail: String,
    },
}

impl PreviewProblem {
    /// A stable kebab-case name for this kind of problem, for `--json` and scripts.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.preview_code().id()
    }

    /// Whether `project.config.json` needs an AppID written, which `mlvb-setup patch` (through
    /// `patch::plan` / `patch::apply` with `Values.app_id`) can do.
    #[must_use]
    pub fn needs_app_id(&self) -> bool {
        matches!(self, Self::AppIdMissing { .. } | Self::AppIdInvalid { .. })
    }
}

impl std::fmt::Display for PreviewProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for PreviewProblem {}
