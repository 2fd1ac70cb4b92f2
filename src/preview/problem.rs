//! Everything that can stand between the developer and a preview QR, each worded as what is
//! wrong, where, and what to do about it.

use std::path::PathBuf;

use super::discovery::CliSource;
use super::{DEVTOOLS_DOWNLOAD_URL, DEVTOOLS_LINUX_COMMUNITY_URL, SERVICE_PORT_SETTING};

/// Why there is no preview QR (or why there may not be one). The `Display` text is the guidance
/// shown to the user; [`PreviewProblem::code`] is a stable name for `--json` and for tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewProblem {
    /// The folder given does not exist or is not a folder.
    #[error("{} is not a folder: give the folder of the downloaded demo (the one holding WXMini/)", .dir.display())]
    DemoDirMissing {
        /// The folder given.
        dir: PathBuf,
    },
    /// No `project.config.json` anywhere under the folder.
    #[error(
        "no project.config.json in {} (nor in WXMini/ or any subfolder): give the folder of the downloaded MLVB demo, which holds the mini program in WXMini/",
        .dir.display()
    )]
    ProjectConfigMissing {
        /// The folder searched.
        dir: PathBuf,
    },
    /// `project.config.json` could not be read.
    #[error("cannot read {}: {reason}; check that the file exists and that you may read it", .path.display())]
    ProjectConfigUnreadable {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// `project.config.json` is not a JSON object.
    #[error(
        "{} is not valid JSON ({reason}): fix it by hand, or give back the original with `mlvb-setup restore <DIR>` if mlvb-setup patched it",
        .path.display()
    )]
    ProjectConfigInvalid {
        /// The file.
        path: PathBuf,
        /// What the parser said, with line and column.
        reason: String,
    },
    /// `"appid"` is absent or empty.
    #[error(
        "{} has no AppID (\"appid\" is empty): write your mini program's AppID with `mlvb-setup patch {} --sdkappid <your SDKAppID> --appid wx…` plus your secret key as `mlvb-setup patch --help` shows (the AppID is in mp.weixin.qq.com → 开发管理 → 开发设置)",
        .path.display(), .demo_dir.display()
    )]
    AppIdMissing {
        /// The `project.config.json`.
        path: PathBuf,
        /// The demo folder, for the command to run.
        demo_dir: PathBuf,
    },
    /// `"appid"` holds something that is not an AppID (a placeholder, the tourist id, a typo).
    #[error(
        "{}: \"appid\" is not a usable AppID ({reason}): write the right one with `mlvb-setup patch {} --sdkappid <your SDKAppID> --appid wx…`",
        .path.display(), .demo_dir.display()
    )]
    AppIdInvalid {
        /// The `project.config.json`.
        path: PathBuf,
        /// The demo folder, for the command to run.
        demo_dir: PathBuf,
        /// Why the value was refused (it quotes the value; an AppID is not a secret).
        reason: String,
    },
    /// `"projectname"` is absent or empty; DevTools refuses such a project.
    #[error(
        "{}: \"projectname\" is missing or empty, and DevTools refuses projects without one: add a line such as \"projectname\": \"MLVB\" to the file",
        .path.display()
    )]
    ProjectNameMissing {
        /// The `project.config.json`.
        path: PathBuf,
    },
    /// The command line was looked for everywhere and not found.
    #[error("{}", devtools_not_found(.searched))]
    DevToolsNotFound {
        /// Every path looked at, in order.
        searched: Vec<PathBuf>,
    },
    /// A path given explicitly (flag, setting or `WX_DEVTOOLS_CLI`) does not exist.
    #[error(
        "DevTools' command line is not at {} (given by {}): correct that path, or leave it unset to search the default install locations",
        .path.display(), .given_by.label()
    )]
    DevToolsPathMissing {
        /// The path given.
        path: PathBuf,
        /// Where it came from.
        given_by: CliSource,
    },
    /// DevTools' files say the service port is off. Not final: the command line is tried anyway.
    #[error(
        "DevTools' service port is off (per {}): in DevTools open {SERVICE_PORT_SETTING} and switch it on, then try again",
        .status_file.display()
    )]
    ServicePortOff {
        /// The `.ide-status` file that says `Off`.
        status_file: PathBuf,
    },
    /// The port state could not be read. Informational: the command line decides.
    #[error(
        "cannot tell whether DevTools' service port is on ({reason}); trying its command line anyway"
    )]
    ServicePortUnknown {
        /// Why not.
        reason: String,
    },
    /// The command line said the service port is disabled.
    #[error(
        "DevTools' service port is disabled, so its command line cannot drive it: open DevTools, go to {SERVICE_PORT_SETTING}, switch it on, then try again"
    )]
    ServicePortDisabled,
    /// The command line could not reach or start the DevTools window.
    #[error(
        "DevTools did not answer its command line ({detail}): start DevTools yourself, log in, check {SERVICE_PORT_SETTING} is on, then try again; if it persists, quit DevTools completely and retry"
    )]
    IdeNotStarted {
        /// The command line's words.
        detail: String,
    },
    /// DevTools is not logged in (its code 10).
    #[error(
        "DevTools is not logged in (code 10): scan the login QR with WeChat (mlvb-setup shows it), or log in inside DevTools, then try again"
    )]
    NotLoggedIn,
    /// Logging in did not finish.
    #[error(
        "logging in to DevTools did not finish ({detail}): scan the login QR with the WeChat of a developer of this mini program within the time allowed, then try again"
    )]
    LoginFailed {
        /// What happened.
        detail: String,
    },
    /// DevTools refused the QR output path (its code 17).
    #[error(
        "DevTools cannot write the QR to {} (code 17: output path invalid or missing): choose a folder that exists and that you may write to",
        .path.display()
    )]
    BadOutputPath {
        /// The path DevTools was given.
        path: PathBuf,
    },
    /// DevTools refused the AppID (not a developer of it, or not an AppID at all).
    #[error(
        "DevTools refused the AppID ({detail}): check \"appid\" in project.config.json and that your WeChat account is a developer of that mini program (mp.weixin.qq.com → 成员管理)"
    )]
    AppIdRefused {
        /// The command line's words.
        detail: String,
    },
    /// The program could not be started at all.
    #[error("cannot run {}: {reason}; check that the file is DevTools' command line and that you may run it", .path.display())]
    LaunchFailed {
        /// The program.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// The command ran past the time allowed and was ended, with everything it started.
    #[error(
        "`{command}` took longer than {seconds} s and was stopped: DevTools may be waiting for a dialog (a login, an update, a trust prompt); check its window and try again, or allow more time with --timeout"
    )]
    TimedOut {
        /// What was run.
        command: String,
        /// The time allowed.
        seconds: u64,
    },
    /// The user cancelled.
    #[error("cancelled; nothing was changed")]
    Cancelled,
    /// The command failed in a way we do not recognise.
    #[error("`{command}` failed (exit code {}): {detail}", exit_code_text(*.code))]
    CommandFailed {
        /// What was run.
        command: String,
        /// Its exit code, if it exited.
        code: Option<i32>,
        /// The last lines it printed.
        detail: String,
    },
    /// The command said it succeeded but wrote no QR.
    #[error(
        "the preview finished but no QR was written to {}: try again; if it persists, preview from the DevTools window",
        .path.display()
    )]
    NoQrWritten {
        /// Where the QR should be.
        path: PathBuf,
    },
    /// What was written is not a PNG or JPEG in base64.
    #[error("the QR written to {} cannot be read ({reason}): try again", .path.display())]
    QrUnreadable {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// Our own working files could not be written.
    #[error("cannot prepare working files in {}: {reason}; free some space or choose another folder", .path.display())]
    WorkDirUnusable {
        /// The folder.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// Node.js is not installed (miniprogram-ci route).
    #[error(
        "Node.js is not installed or not on PATH: install it from https://nodejs.org (version 16 or later), then run `npm install miniprogram-ci` in the demo folder"
    )]
    NodeMissing,
    /// The `miniprogram-ci` package cannot be found (miniprogram-ci route).
    #[error(
        "the npm package miniprogram-ci is not installed where Node can find it (looked from {}): run `npm install miniprogram-ci` in {}",
        paths_text(.searched), .install_dir.display()
    )]
    CiPackageMissing {
        /// The folders `require` searched from.
        searched: Vec<PathBuf>,
        /// Where to install it.
        install_dir: PathBuf,
    },
    /// The code-upload key file is missing (miniprogram-ci route).
    #[error(
        "no code-upload key at {}: an administrator downloads it from mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 (代码上传密钥); save it there or give its path",
        .path.display()
    )]
    CiKeyMissing {
        /// Where it was expected.
        path: PathBuf,
    },
    /// This machine's IP is not in the upload whitelist (miniprogram-ci route).
    #[error(
        "WeChat refused this machine's IP address ({detail}): add it to the IP whitelist at mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传, or switch the whitelist off there"
    )]
    CiIpNotWhitelisted {
        /// WeChat's words, with the IP it saw.
        detail: String,
    },
    /// `miniprogram-ci` failed otherwise.
    #[error(
        "miniprogram-ci failed: {detail}; check the AppID, that the key belongs to this mini program, and the network"
    )]
    CiFailed {
        /// Its words.
        detail: String,
    },
}

impl PreviewProblem {
    /// A stable kebab-case name for this kind of problem, for `--json` and scripts.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::DemoDirMissing { .. } => "demo-dir-missing",
            Self::ProjectConfigMissing { .. } => "project-config-missing",
            Self::ProjectConfigUnreadable { .. } => "project-config-unreadable",
            Self::ProjectConfigInvalid { .. } => "project-config-invalid",
            Self::AppIdMissing { .. } => "appid-missing",
            Self::AppIdInvalid { .. } => "appid-invalid",
            Self::ProjectNameMissing { .. } => "projectname-missing",
            Self::DevToolsNotFound { .. } => "devtools-not-found",
            Self::DevToolsPathMissing { .. } => "devtools-path-missing",
            Self::ServicePortOff { .. } => "service-port-off",
            Self::ServicePortUnknown { .. } => "service-port-unknown",
            Self::ServicePortDisabled => "service-port-disabled",
            Self::IdeNotStarted { .. } => "ide-not-started",
            Self::NotLoggedIn => "not-logged-in",
            Self::LoginFailed { .. } => "login-failed",
            Self::BadOutputPath { .. } => "bad-output-path",
            Self::AppIdRefused { .. } => "appid-refused",
            Self::LaunchFailed { .. } => "launch-failed",
            Self::TimedOut { .. } => "timed-out",
            Self::Cancelled => "cancelled",
            Self::CommandFailed { .. } => "command-failed",
            Self::NoQrWritten { .. } => "no-qr-written",
            Self::QrUnreadable { .. } => "qr-unreadable",
            Self::WorkDirUnusable { .. } => "work-dir-unusable",
            Self::NodeMissing => "node-missing",
            Self::CiPackageMissing { .. } => "ci-package-missing",
            Self::CiKeyMissing { .. } => "ci-key-missing",
            Self::CiIpNotWhitelisted { .. } => "ci-ip-not-whitelisted",
            Self::CiFailed { .. } => "ci-failed",
        }
    }

    /// Whether `project.config.json` needs an AppID written, which `mlvb-setup patch` (through
    /// `patch::plan` / `patch::apply` with `Values.app_id`) can do.
    #[must_use]
    pub fn needs_app_id(&self) -> bool {
        matches!(self, Self::AppIdMissing { .. } | Self::AppIdInvalid { .. })
    }
}

fn devtools_not_found(searched: &[PathBuf]) -> String {
    let mut text = format!(
        "WeChat DevTools' command line was not found (looked at: {}). Install DevTools from {DEVTOOLS_DOWNLOAD_URL} (Windows, macOS); on Linux use the community build {DEVTOOLS_LINUX_COMMUNITY_URL}. If it is installed elsewhere, give its command line with --devtools-cli or the WX_DEVTOOLS_CLI variable (macOS: <app>/Contents/MacOS/cli, Windows: <install folder>\\cli.bat)",
        paths_text(searched)
    );
    text.push_str(". Without DevTools, use the miniprogram-ci route with a code-upload key");
    text
}

fn paths_text(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "nowhere".to_owned();
    }
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn exit_code_text(code: Option<i32>) -> String {
    code.map_or_else(|| "none, ended by a signal".to_owned(), |c| c.to_string())
}
