//! Messages about the preview: everything that can stand between the developer and a preview QR,
//! DevTools' known failures, the progress of a run, and the sentences of `mlvb-setup preview`.

use std::path::PathBuf;

use super::code::message_codes;
use super::{Arg, Localize, Message};
use crate::preview::qr::{QrDecodeError, QrEncodeError};
use crate::preview::trial::TrialQrError;
use crate::preview::{CliSource, PreviewFailure, PreviewProblem, Stage};

message_codes! {
    /// The preview.
    pub enum PreviewCode {
        /// The folder given is not a folder.
        DemoDirMissing = "demo-dir-missing" [dir],
        /// No `project.config.json` under the folder.
        ProjectConfigMissing = "project-config-missing" [dir],
        /// `project.config.json` cannot be read.
        ProjectConfigUnreadable = "project-config-unreadable" [path, reason],
        /// `project.config.json` is not a JSON object.
        ProjectConfigInvalid = "project-config-invalid" [path, reason],
        /// `"appid"` is empty.
        AppIdMissing = "appid-missing" [path, demo_dir],
        /// `"appid"` is not an AppID.
        AppIdInvalid = "appid-invalid" [path, demo_dir, reason],
        /// `"projectname"` is empty.
        ProjectNameMissing = "projectname-missing" [path],
        /// DevTools' command line was not found.
        DevToolsNotFound = "devtools-not-found" [searched, names],
        /// A path given for the command line does not exist.
        DevToolsPathMissing = "devtools-path-missing" [path, source],
        /// DevTools' files say the service port is off.
        ServicePortOff = "service-port-off" [path],
        /// The port state cannot be read.
        ServicePortUnknown = "service-port-unknown" [reason],
        /// The command line said the service port is disabled.
        ServicePortDisabled = "service-port-disabled" [],
        /// DevTools did not answer.
        IdeNotStarted = "ide-not-started" [detail],
        /// DevTools is not logged in.
        NotLoggedIn = "not-logged-in" [],
        /// Logging in did not finish.
        LoginFailed = "login-failed" [detail],
        /// DevTools refused the QR output path (code 17).
        BadOutputPath = "bad-output-path" [path],
        /// DevTools refused the AppID.
        AppIdRefused = "appid-refused" [detail],
        /// A program could not be started.
        LaunchFailed = "launch-failed" [path, reason],
        /// A command ran past its time.
        TimedOut = "timed-out" [command, seconds: num],
        /// Cancelled.
        Cancelled = "cancelled" [],
        /// A command failed in a way not recognised.
        CommandFailed = "command-failed" [command, code, detail],
        /// No QR was written.
        NoQrWritten = "no-qr-written" [path],
        /// The QR written cannot be read.
        QrUnreadable = "qr-unreadable" [path, reason],
        /// The working files cannot be written.
        WorkDirUnusable = "work-dir-unusable" [path, reason],
        /// Node.js is missing.
        NodeMissing = "node-missing" [],
        /// The `miniprogram-ci` package is missing.
        CiPackageMissing = "ci-package-missing" [searched, dir],
        /// The code-upload key is missing.
        CiKeyMissing = "ci-key-missing" [path],
        /// This machine's IP is not whitelisted.
        CiIpNotWhitelisted = "ci-ip-not-whitelisted" [detail],
        /// `miniprogram-ci` failed otherwise.
        CiFailed = "ci-failed" [detail],
        /// Reason: a JSON syntax error.
        JsonSyntax = "preview-json-syntax" [line: num, column: num],
        /// Reason: the JSON ends too early.
        JsonEof = "preview-json-eof" [line: num, column: num],
        /// Reason: the top level is not an object.
        JsonNotObject = "preview-json-not-object" [],
        /// Reason: `"appid"` is DevTools' tourist id.
        AppIdTourist = "preview-appid-tourist" [],
        /// Reason: `"appid"` is not a string.
        AppIdNotString = "preview-appid-not-string" [],
        /// An empty list of places.
        Nowhere = "preview-nowhere" [],
        /// Exit code: none, ended by a signal.
        ExitBySignal = "preview-exit-by-signal" [],
        /// A command printed nothing.
        PrintedNothing = "preview-printed-nothing" [],
        /// Login: the QR was not scanned in time.
        LoginNotScanned = "preview-login-not-scanned" [seconds: num],
        /// Login: no answer.
        LoginNoAnswer = "preview-login-no-answer" [],
        /// Login: still logged out afterwards.
        LoginStillOut = "preview-login-still-out" [],
        /// Port: no user-data folder known on this system.
        PortNoFolderKnown = "preview-port-no-folder-known" [],
        /// Port: no port files found.
        PortNoFiles = "preview-port-no-files" [folders],
        /// Port: the status file says something else.
        PortStrangeStatus = "preview-port-strange-status" [path, value],
        /// Port: no port number.
        PortNoNumber = "preview-port-no-number" [path],
        /// Port: the miniprogram-ci route does not use it.
        PortNotUsed = "preview-port-not-used" [],
        /// QR file: empty.
        QrEmpty = "preview-qr-empty" [],
        /// QR file: not base64.
        QrNotBase64 = "preview-qr-not-base64" [detail],
        /// QR file: neither PNG nor JPEG.
        QrUnknownFormat = "preview-qr-unknown-format" [],
        /// QR file: a damaged image.
        QrDamaged = "preview-qr-damaged" [detail],
        /// A QR cannot be encoded as PNG.
        QrEncodeFailed = "preview-qr-encode-failed" [detail],
        /// PNG encoding: the pixels do not match the size.
        QrPixelsMismatch = "preview-qr-pixels-mismatch" [],
        /// The trial QR cannot be drawn.
        TrialQrFailed = "trial-qr-failed" [url, reason],
        /// Trial QR: the encoder returned nothing.
        TrialEmptyGrid = "trial-empty-grid" [],
        /// What every display of the trial QR says next to it.
        TrialLabel = "trial-label" [],
        /// Where the command line came from: the flag or the window's field.
        SourceExplicit = "preview-source-explicit" [],
        /// … `WX_DEVTOOLS_CLI`.
        SourceEnv = "preview-source-env" [],
        /// … a default install location.
        SourceDefault = "preview-source-default" [],
        /// … `PATH`.
        SourcePath = "preview-source-path" [],
        /// Stage: checking.
        StageChecking = "preview-stage-checking" [],
        /// Stage: running a command.
        StageRunning = "preview-stage-running" [command],
        /// Stage: waiting for the login QR to be scanned.
        StageLogin = "preview-stage-login" [],
        /// Stage: retrying after the login.
        StageRetrying = "preview-stage-retrying" [],
        /// Stage: reading the QR.
        StageDecoding = "preview-stage-decoding" [],
        /// `preview`: the login QR's caption in the terminal.
        CliLoginScan = "preview-cli-login-scan" [seconds: num],
        /// `preview`: Ctrl-C cannot be caught.
        CliNoCtrlC = "preview-cli-no-ctrlc" [reason],
        /// `--qr-output` is a folder.
        CliQrOutputIsFolder = "preview-cli-qr-output-folder" [path],
        /// `--qr-output`'s folder does not exist.
        CliQrOutputNoFolder = "preview-cli-qr-output-no-folder" [path],
        /// A flag names a file that does not exist.
        CliNoSuchFile = "preview-cli-no-such-file" [flag, path],
        /// The QR was made but cannot be saved.
        CliQrNotSaved = "preview-cli-qr-not-saved" [path, reason],
        /// The trial QR cannot be saved.
        CliTrialNotSaved = "preview-cli-trial-not-saved" [path, reason],
        /// The terminal shows the image sampled.
        CliSampled = "preview-cli-sampled" [path],
        /// The heading under the QR.
        CliQrHeading = "preview-cli-qr-heading" [],
        /// The heading under the QR, with the project.
        CliQrHeadingFor = "preview-cli-qr-heading-for" [path],
        /// When it was made.
        CliMade = "preview-cli-made" [time],
        /// The package size.
        CliPackage = "preview-cli-package" [size],
        /// Where the image was saved.
        CliSaved = "preview-cli-saved" [path, format],
        /// How to scan it.
        CliScan = "preview-cli-scan" [],
        /// Pushed to the phone.
        CliPushed = "preview-cli-pushed" [time],
        /// What DevTools printed.
        CliDevToolsSaid = "preview-cli-devtools-said" [text],
        /// The saved file's extension does not match its content.
        CliWrongExtension = "preview-cli-wrong-extension" [path, actual],
        /// The trial QR's address.
        CliTrialUrl = "preview-cli-trial-url" [url],
        /// Where the trial QR was saved.
        CliTrialSaved = "preview-cli-trial-saved" [path],
    }
}

/// Paths joined for a message, or "nowhere" when there are none.
fn paths_arg(paths: &[PathBuf]) -> Arg {
    if paths.is_empty() {
        return Message::new(PreviewCode::Nowhere).into();
    }
    Arg::Text(
        paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// A command's output for a message, or "it printed nothing".
fn output_arg(text: &str) -> Arg {
    if text.trim().is_empty() {
        Message::new(PreviewCode::PrintedNothing).into()
    } else {
        Arg::Text(text.to_owned())
    }
}

impl PreviewProblem {
    /// This kind of problem's code (its `code()` is the code's id).
    #[must_use]
    pub fn preview_code(&self) -> PreviewCode {
        use PreviewCode as C;
        match self {
            Self::DemoDirMissing { .. } => C::DemoDirMissing,
            Self::ProjectConfigMissing { .. } => C::ProjectConfigMissing,
            Self::ProjectConfigUnreadable { .. } => C::ProjectConfigUnreadable,
            Self::ProjectConfigInvalid { .. } => C::ProjectConfigInvalid,
            Self::AppIdMissing { .. } => C::AppIdMissing,
            Self::AppIdInvalid { .. } => C::AppIdInvalid,
            Self::ProjectNameMissing { .. } => C::ProjectNameMissing,
            Self::DevToolsNotFound { .. } => C::DevToolsNotFound,
            Self::DevToolsPathMissing { .. } => C::DevToolsPathMissing,
            Self::ServicePortOff { .. } => C::ServicePortOff,
            Self::ServicePortUnknown { .. } => C::ServicePortUnknown,
            Self::ServicePortDisabled => C::ServicePortDisabled,
            Self::IdeNotStarted { .. } => C::IdeNotStarted,
            Self::NotLoggedIn => C::NotLoggedIn,
            Self::LoginFailed { .. } => C::LoginFailed,
            Self::BadOutputPath { .. } => C::BadOutputPath,
            Self::AppIdRefused { .. } => C::AppIdRefused,
            Self::LaunchFailed { .. } => C::LaunchFailed,
            Self::TimedOut { .. } => C::TimedOut,
            Self::Cancelled => C::Cancelled,
            Self::CommandFailed { .. } => C::CommandFailed,
            Self::NoQrWritten { .. } => C::NoQrWritten,
            Self::QrUnreadable { .. } => C::QrUnreadable,
            Self::WorkDirUnusable { .. } => C::WorkDirUnusable,
            Self::NodeMissing => C::NodeMissing,
            Self::CiPackageMissing { .. } => C::CiPackageMissing,
            Self::CiKeyMissing { .. } => C::CiKeyMissing,
            Self::CiIpNotWhitelisted { .. } => C::CiIpNotWhitelisted,
            Self::CiFailed { .. } => C::CiFailed,
        }
    }
}

impl Localize for PreviewProblem {
    fn message(&self) -> Message {
        let message = Message::new(self.preview_code());
        match self {
            Self::DemoDirMissing { dir } | Self::ProjectConfigMissing { dir } => {
                message.with("dir", dir)
            }
            Self::ProjectConfigUnreadable { path, reason }
            | Self::ProjectConfigInvalid { path, reason }
            | Self::LaunchFailed { path, reason }
            | Self::WorkDirUnusable { path, reason } => {
                message.with("path", path).with("reason", reason.clone())
            }
            Self::AppIdMissing { path, demo_dir } => {
                message.with("path", path).with("demo_dir", demo_dir)
            }
            Self::AppIdInvalid {
                path,
                demo_dir,
                reason,
            } => message
                .with("path", path)
                .with("demo_dir", demo_dir)
                .with("reason", reason.clone()),
            Self::ProjectNameMissing { path }
            | Self::BadOutputPath { path }
            | Self::NoQrWritten { path }
            | Self::CiKeyMissing { path } => message.with("path", path),
            Self::DevToolsNotFound {
                searched,
                path_names,
            } => message
                .with("searched", paths_arg(searched))
                .with("names", path_names.join(", ")),
            Self::DevToolsPathMissing { path, given_by } => message
                .with("path", path)
                .with("source", given_by.message()),
            Self::ServicePortOff { status_file } => message.with("path", status_file),
            Self::ServicePortUnknown { reason } => message.with("reason", reason.clone()),
            Self::IdeNotStarted { detail }
            | Self::AppIdRefused { detail }
            | Self::CiIpNotWhitelisted { detail }
            | Self::CiFailed { detail } => message.with("detail", output_arg(detail)),
            Self::LoginFailed { detail } => message.with("detail", detail.clone()),
            Self::TimedOut { command, seconds } => message
                .with("command", command.as_str())
                .with("seconds", *seconds),
            Self::CommandFailed {
                command,
                code,
                detail,
            } => message
                .with("command", command.as_str())
                .with(
                    "code",
                    code.map_or_else(
                        || Message::new(PreviewCode::ExitBySignal).into(),
                        |c| Arg::Text(c.to_string()),
                    ),
                )
                .with("detail", output_arg(detail)),
            Self::QrUnreadable { path, reason } => {
                message.with("path", path).with("reason", reason.message())
            }
            Self::CiPackageMissing {
                searched,
                install_dir,
            } => message
                .with("searched", paths_arg(searched))
                .with("dir", install_dir),
            Self::ServicePortDisabled | Self::NotLoggedIn | Self::Cancelled | Self::NodeMissing => {
                message
            }
        }
    }
}

impl Localize for PreviewFailure {
    fn message(&self) -> Message {
        self.problem.message()
    }
}

impl Localize for CliSource {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::Explicit => PreviewCode::SourceExplicit,
            Self::EnvVar => PreviewCode::SourceEnv,
            Self::DefaultInstall => PreviewCode::SourceDefault,
            Self::Path => PreviewCode::SourcePath,
        })
    }
}

impl Localize for Stage {
    fn message(&self) -> Message {
        match self {
            Self::Checking => Message::new(PreviewCode::StageChecking),
            Self::Running { command } => {
                Message::new(PreviewCode::StageRunning).with("command", command.as_str())
            }
            Self::LoginQr { .. } => Message::new(PreviewCode::StageLogin),
            Self::Retrying => Message::new(PreviewCode::StageRetrying),
            Self::Decoding => Message::new(PreviewCode::StageDecoding),
        }
    }
}

impl Localize for QrDecodeError {
    fn message(&self) -> Message {
        match self {
            Self::Empty => Message::new(PreviewCode::QrEmpty),
            Self::NotBase64(detail) => {
                Message::new(PreviewCode::QrNotBase64).with("detail", detail.as_str())
            }
            Self::UnknownFormat => Message::new(PreviewCode::QrUnknownFormat),
            Self::Damaged(detail) => {
                Message::new(PreviewCode::QrDamaged).with("detail", detail.as_str())
            }
        }
    }
}

impl Localize for QrEncodeError {
    fn message(&self) -> Message {
        let detail = match self {
            Self::PixelsMismatch => Message::new(PreviewCode::QrPixelsMismatch).into(),
            Self::Encoder(detail) => Arg::Text(detail.clone()),
        };
        Message::new(PreviewCode::QrEncodeFailed).with("detail", detail)
    }
}

impl Localize for TrialQrError {
    fn message(&self) -> Message {
        let reason = match &self.reason {
            Some(detail) => Arg::Text(detail.clone()),
            None => Message::new(PreviewCode::TrialEmptyGrid).into(),
        };
        Message::new(PreviewCode::TrialQrFailed)
            .with("url", self.url.as_str())
            .with("reason", reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Front, Lang};

    #[test]
    fn the_window_says_what_to_do_on_this_system_and_the_terminal_names_flags() {
        let problem = PreviewProblem::DevToolsNotFound {
            searched: Vec::new(),
            path_names: vec!["wechat-devtools-cli"],
        };
        let window = problem.render(Lang::En, Front::Window);
        assert!(window.contains("looked at: nowhere"), "{window}");
        assert!(
            window.contains("or type where its command line is"),
            "{window}"
        );
        assert!(!window.contains("--devtools-cli"), "{window}");
        if cfg!(target_os = "linux") {
            assert!(window.contains("community build (link below)"), "{window}");
            let zh = problem.render(Lang::ZhCn, Front::Window);
            assert!(zh.contains("请安装社区版（见下方链接），或在下方"), "{zh}");
        }
        let cli = problem.render(Lang::En, Front::Cli);
        assert!(cli.contains("--devtools-cli"), "{cli}");
    }

    #[test]
    fn json_code_is_the_problem_code_and_reasons_nest() {
        let problem = PreviewProblem::WorkDirUnusable {
            path: PathBuf::from("/w"),
            reason: crate::messages::io_reason(&std::io::Error::from(
                std::io::ErrorKind::PermissionDenied,
            )),
        };
        let json = problem.message().to_json();
        assert_eq!(json["code"], problem.code());
        assert_eq!(json["args"]["path"], "/w");
        assert_eq!(json["args"]["reason"]["code"], "io-permission-denied");
        let zh = problem.render(Lang::ZhCn, Front::Cli);
        assert!(zh.contains("没有权限"), "{zh}");
    }
}
