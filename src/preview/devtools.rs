//! DevTools' command line (v2): the commands we run and what its answers mean.
//!
//! The texts recognised are the ones DevTools prints, as quoted in public issues and scripts:
//! `[error] IDE service port disabled. To use CLI Call, please enter y to confirm enabling CLI
//! capability, or manually open IDE -> Settings -> Security Settings, and set Service Port On.`
//! with its Chinese twin `工具的服务端口已关闭`; `需要重新登录 (code 10)`; `二维码输出路径无效或不存在
//! (code 17)` (which DevTools wraps in a `code: 10` error, so 17 is checked first);
//! `#initialize-error: wait IDE port timeout` and `IDE may already started at port`.

use std::ffi::OsString;
use std::path::Path;

use super::problem::PreviewProblem;

/// `cli preview --project ABS --qr-format base64 --qr-output ABS --info-output ABS`.
#[must_use]
pub fn preview_args(project: &Path, qr_file: &Path, info_file: &Path) -> Vec<OsString> {
    vec![
        "preview".into(),
        "--project".into(),
        project.into(),
        "--qr-format".into(),
        "base64".into(),
        "--qr-output".into(),
        qr_file.into(),
        "--info-output".into(),
        info_file.into(),
    ]
}

/// `cli auto-preview --project ABS --info-output ABS`: builds and pushes the preview to the phone
/// of the logged-in developer ("push to my phone").
#[must_use]
pub fn auto_preview_args(project: &Path, info_file: &Path) -> Vec<OsString> {
    vec![
        "auto-preview".into(),
        "--project".into(),
        project.into(),
        "--info-output".into(),
        info_file.into(),
    ]
}

/// `cli login --qr-format base64 --qr-output ABS`: waits until the login QR is scanned.
#[must_use]
pub fn login_args(qr_file: &Path) -> Vec<OsString> {
    vec![
        "login".into(),
        "--qr-format".into(),
        "base64".into(),
        "--qr-output".into(),
        qr_file.into(),
    ]
}

/// `cli islogin`: prints `{"login":true}` or `{"login":false}`.
#[must_use]
pub fn islogin_args() -> Vec<OsString> {
    vec!["islogin".into()]
}

/// A failure the command line reported, recognised from its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliFailure {
    /// The service port is off (the CLI would ask for `y` on a terminal).
    ServicePortDisabled,
    /// The output path for the QR is invalid (code 17).
    BadOutputPath,
    /// Not logged in (code 10).
    NotLoggedIn,
    /// The IDE did not start or answer.
    IdeNotStarted,
    /// The AppID was refused.
    AppIdRefused,
}

const PORT_DISABLED: [&str; 4] = [
    "IDE service port disabled",
    "service port disabled",
    "服务端口已关闭",
    "set Service Port On",
];
const BAD_OUTPUT_PATH: [&str; 3] = ["code 17", "code: 17", "二维码输出路径无效"];
const NOT_LOGGED_IN: [&str; 5] = [
    "需要重新登录",
    "re-login",
    "relogin",
    "code 10)",
    "code: 10",
];
const IDE_NOT_STARTED: [&str; 4] = [
    "wait IDE port timeout",
    "#initialize-error",
    "IDE may not be started",
    "IDE may already started at port",
];
const APPID_REFUSED: [&str; 4] = [
    "AppID 不合法",
    "invalid appid",
    "appid is invalid",
    "不是该小程序的开发者",
];

/// Recognises a failure in what the command line printed. Checked in an order that untangles
/// DevTools' nesting: port, then code 17 (reported inside a code 10), then AppID, IDE, login.
#[must_use]
pub fn classify(output: &str) -> Option<CliFailure> {
    let has = |needles: &[&str]| {
        let lower = output.to_lowercase();
        needles
            .iter()
            .any(|n| output.contains(n) || lower.contains(&n.to_lowercase()))
    };
    if has(&PORT_DISABLED) {
        Some(CliFailure::ServicePortDisabled)
    } else if has(&BAD_OUTPUT_PATH) {
        Some(CliFailure::BadOutputPath)
    } else if has(&APPID_REFUSED) {
        Some(CliFailure::AppIdRefused)
    } else if has(&IDE_NOT_STARTED) {
        Some(CliFailure::IdeNotStarted)
    } else if has(&NOT_LOGGED_IN) {
        Some(CliFailure::NotLoggedIn)
    } else {
        None
    }
}

/// Whether the output already settles the outcome, so the command can be ended at once (the
/// port-disabled prompt would otherwise wait for a `y` that never comes).
#[must_use]
pub fn settles_early(output: &str) -> bool {
    classify(output) == Some(CliFailure::ServicePortDisabled)
}

/// The guidance for a recognised failure. `qr_file` is the path DevTools was given, `detail` the
/// last lines it printed.
#[must_use]
pub fn problem_for(failure: CliFailure, qr_file: &Path, detail: &str) -> PreviewProblem {
    match failure {
        CliFailure::ServicePortDisabled => PreviewProblem::ServicePortDisabled,
        CliFailure::BadOutputPath => PreviewProblem::BadOutputPath {
            path: qr_file.to_path_buf(),
        },
        CliFailure::NotLoggedIn => PreviewProblem::NotLoggedIn,
        CliFailure::IdeNotStarted => PreviewProblem::IdeNotStarted {
            detail: detail.to_owned(),
        },
        CliFailure::AppIdRefused => PreviewProblem::AppIdRefused {
            detail: detail.to_owned(),
        },
    }
}

/// Reads `cli islogin`'s answer: `Some(true)` for `{"login":true}`.
#[must_use]
pub fn parse_islogin(stdout: &str) -> Option<bool> {
    let start = stdout.find('{')?;
    let end = stdout.rfind('}')?;
    let value: serde_json::Value = serde_json::from_str(stdout.get(start..=end)?).ok()?;
    value.get("login")?.as_bool()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_real_texts() {
        let port = "[error] IDE service port disabled. To use CLI Call, please enter y to confirm enabling CLI capability, or manually open IDE -> Settings -> Security Settings, and set Service Port On.";
        assert_eq!(classify(port), Some(CliFailure::ServicePortDisabled));
        assert!(settles_early(port));
        assert_eq!(
            classify(
                "[error] 工具的服务端口已关闭。要使用命令行调用工具，请在下方输入 y 以确认开启"
            ),
            Some(CliFailure::ServicePortDisabled)
        );
        let nested = "code: 10,\n message: 'Error: 错误 Error: 二维码输出路径无效或不存在 %s (code 17) (code 10)'";
        assert_eq!(classify(nested), Some(CliFailure::BadOutputPath));
        assert_eq!(
            classify("[error] {\n  code: 10,\n  message: 'Error: 错误 需要重新登录 (code 10)'\n}"),
            Some(CliFailure::NotLoggedIn)
        );
        assert_eq!(
            classify(
                "✖ IDE may already started at port 18085, trying to connect\n✖ #initialize-error: wait IDE port timeout"
            ),
            Some(CliFailure::IdeNotStarted)
        );
        assert_eq!(classify("✔ preview"), None);
        assert!(!settles_early("需要重新登录 (code 10)"));
    }

    #[test]
    fn islogin_and_args() {
        assert_eq!(parse_islogin("✔ islogin\n{\"login\":true}\n"), Some(true));
        assert_eq!(parse_islogin("{ \"login\": false }"), Some(false));
        assert_eq!(parse_islogin("nothing"), None);
        let args = preview_args(Path::new("/p"), Path::new("/q.txt"), Path::new("/i.json"));
        let text: Vec<_> = args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            text,
            [
                "preview",
                "--project",
                "/p",
                "--qr-format",
                "base64",
                "--qr-output",
                "/q.txt",
                "--info-output",
                "/i.json"
            ]
        );
    }
}
