//! The last mile: the WeChat preview QR for the mini-program demo, shown in our own window or
//! terminal, with every known failure turned into guidance.
//!
//! The preview QR only comes from WeChat's servers, through the WeChat DevTools command line
//! ([`devtools`]) or, for users without DevTools, through the `miniprogram-ci` npm package
//! ([`ci`]). Before anything runs, [`preflight`] checks offline what it can: the project's
//! `project.config.json` ([`project`]), where DevTools' command line is ([`discovery`]) and whether
//! its service port is on ([`port`]). [`session`] runs the whole flow (preview, log in when
//! DevTools asks for it, retry) and [`task`] runs it on a named background thread with a cancel
//! handle, for the window. [`trial`] draws the trial-version QR locally; [`qr`] decodes images
//! and renders QR codes with Unicode half blocks for the terminal.

pub mod ci;
pub mod devtools;
pub mod discovery;
pub mod host;
pub mod info;
pub mod outputs;
pub mod port;
pub mod preflight;
pub mod problem;
pub mod process;
pub mod project;
pub mod qr;
pub mod session;
pub mod task;
pub mod trial;

pub use ci::CiRequest;
pub use devtools::CliFailure;
pub use discovery::{CliSource, DevToolsCli};
pub use host::{HostEnv, HostOs};
pub use info::PackageSize;
pub use port::ServicePort;
pub use preflight::{Finding, Preflight, Severity};
pub use problem::PreviewProblem;
pub use process::CancelHandle;
pub use project::{AppIdState, ProjectConfig};
pub use qr::{ModuleGrid, QrFormat, QrImage};
pub use session::{
    PreviewFailure, PreviewQr, PreviewReport, PreviewRequest, PushReport, Route, Stage,
};
pub use task::{PreviewEvent, PreviewTask};
pub use trial::TrialQr;

/// Where DevTools can be downloaded (Windows and macOS builds).
pub const DEVTOOLS_DOWNLOAD_URL: &str =
    "https://developers.weixin.qq.com/miniprogram/dev/devtools/download.html";

/// The community Linux build of DevTools (there is no official one).
pub const DEVTOOLS_LINUX_COMMUNITY_URL: &str =
    "https://github.com/msojocs/wechat-web-devtools-linux";

/// Where DevTools' service port is switched on, in both languages of its UI.
pub const SERVICE_PORT_SETTING: &str =
    "设置 → 安全设置 → 服务端口 (Settings → Security → Service port)";
