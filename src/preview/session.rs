//! One preview, start to finish: checks, DevTools' `preview` (or `miniprogram-ci`), logging in
//! when DevTools asks for it, one retry, and the QR decoded with its package size and time.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::ci::{self, CiRequest};
use super::devtools::{self, CliFailure};
use super::discovery::DevToolsCli;
use super::host::HostEnv;
use super::info::{self, PackageSize};
use super::outputs::{self, WorkFiles, read_qr_file, remove_stale};
use super::preflight::{self, Preflight};
use super::problem::PreviewProblem;
use super::process::{self, CancelHandle, Ending, RunOutput, RunSpec, Watch};
use super::qr::{ModuleGrid, QrFormat, QrImage};
use crate::messages::{Message, PreviewCode, io_reason, raw_text};

/// The default time allowed for one preview (compiling and uploading the demo).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_mins(3);
/// The default time allowed to scan the login QR.
pub const DEFAULT_LOGIN_TIMEOUT: Duration = Duration::from_mins(3);

/// What to preview and how.
#[derive(Debug, Clone)]
pub struct PreviewRequest {
    /// The demo folder (holding `WXMini/`) or the mini-program folder itself.
    pub demo_dir: PathBuf,
    /// DevTools' command line given explicitly (flag or setting).
    pub devtools_cli: Option<PathBuf>,
    /// The machine: environment variables and OS, for discovery and the port files.
    pub host: HostEnv,
    /// Time allowed for `preview` / `auto-preview`.
    pub timeout: Duration,
    /// Time allowed to scan the login QR.
    pub login_timeout: Duration,
    /// Whether to run `cli login` and retry once when DevTools is not logged in.
    pub log_in_when_needed: bool,
    /// Where the QR and info files go; a new temporary folder (kept) when `None`.
    pub work_dir: Option<PathBuf>,
    /// Use `miniprogram-ci` instead of DevTools.
    pub ci: Option<CiRequest>,
    /// Extra environment variables for the programs run (a proxy, a language, a test's fakes).
    pub extra_env: Vec<(OsString, OsString)>,
}

impl PreviewRequest {
    /// A DevTools preview of `demo_dir` with default times, logging in when needed.
    #[must_use]
    pub fn new(demo_dir: &Path) -> Self {
        Self {
            demo_dir: demo_dir.to_path_buf(),
            devtools_cli: None,
            host: HostEnv::current(),
            timeout: DEFAULT_TIMEOUT,
            login_timeout: DEFAULT_LOGIN_TIMEOUT,
            log_in_when_needed: true,
            work_dir: None,
            ci: None,
            extra_env: Vec::new(),
        }
    }
}

impl PreviewRequest {
    /// A program to run with this request's extra environment.
    pub(crate) fn spec(&self, program: &Path, args: Vec<OsString>, timeout: Duration) -> RunSpec {
        let mut spec = RunSpec::new(program, args, timeout);
        spec.envs.clone_from(&self.extra_env);
        spec
    }
}

/// Which way the QR was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// WeChat DevTools' command line.
    #[serde(rename = "devtools")]
    DevTools,
    /// The `miniprogram-ci` npm package with a code-upload key.
    MiniprogramCi,
}

/// Where a preview is, for a progress display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// Running the offline checks.
    Checking,
    /// Running a command (shown as typed).
    Running {
        /// The command line.
        command: String,
    },
    /// DevTools wants a login: show this QR and ask the user to scan it with WeChat.
    LoginQr {
        /// The login QR as DevTools made it.
        image: QrImage,
        /// Its modules, for a terminal, when they could be read.
        grid: Option<ModuleGrid>,
    },
    /// Logged in; the preview is tried again.
    Retrying,
    /// Decoding the QR.
    Decoding,
}

/// A fresh preview QR.
#[derive(Debug, Clone)]
pub struct PreviewQr {
    /// How it was obtained.
    pub route: Route,
    /// The decoded image, ready for a texture.
    pub image: QrImage,
    /// The image bytes exactly as DevTools made them (decoded from base64).
    pub encoded: Vec<u8>,
    /// PNG or JPEG.
    pub format: QrFormat,
    /// The QR's modules, when they could be read (for the terminal).
    pub grid: Option<ModuleGrid>,
    /// The QR's text, when it decodes.
    pub content: Option<String>,
    /// The package size from the info file.
    pub package_size: Option<PackageSize>,
    /// When the QR was made.
    pub made_at: SystemTime,
    /// The base64 file DevTools wrote.
    pub qr_file: PathBuf,
    /// The info file DevTools wrote.
    pub info_file: PathBuf,
}

/// A successful preview.
#[derive(Debug, Clone)]
pub struct PreviewReport {
    /// The checks (warnings stay worth showing).
    pub preflight: Preflight,
    /// The QR.
    pub qr: PreviewQr,
    /// Whether a login happened on the way.
    pub logged_in: bool,
}

/// A successful "push to my phone" (`cli auto-preview`).
#[derive(Debug, Clone)]
pub struct PushReport {
    /// The checks.
    pub preflight: Preflight,
    /// The package size from the info file.
    pub package_size: Option<PackageSize>,
    /// When it finished.
    pub made_at: SystemTime,
    /// Whether a login happened on the way.
    pub logged_in: bool,
}

/// Why there is no QR, with what was known at the time.
#[derive(Debug, Clone)]
pub struct PreviewFailure {
    /// The problem and its guidance.
    pub problem: PreviewProblem,
    /// The checks, when they ran.
    pub preflight: Option<Box<Preflight>>,
    /// The last lines the command printed, if any.
    pub output_tail: String,
}

impl fmt::Display for PreviewFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for PreviewFailure {}

impl PreviewFailure {
    fn new(problem: PreviewProblem, preflight: Option<&Preflight>, tail: String) -> Self {
        Self {
            problem,
            preflight: preflight.cloned().map(Box::new),
            output_tail: tail,
        }
    }
}

/// Runs a whole preview: DevTools by default, `miniprogram-ci` when `request.ci` is set.
/// `progress` is called on the calling thread as stages change.
pub fn run_preview(
    request: &PreviewRequest,
    cancel: &CancelHandle,
    progress: &mut dyn FnMut(Stage),
) -> Result<PreviewReport, PreviewFailure> {
    if let Some(ci_request) = &request.ci {
        return ci::run_ci_preview(request, ci_request, cancel, progress);
    }
    let DevToolsRun {
        checks,
        project_dir,
        cli,
        files,
    } = prepare_devtools_run(request, progress)?;
    let args = devtools::preview_args(&project_dir, &files.qr_file, &files.info_file);
    let mut logged_in = false;
    loop {
        let spec = request.spec(&cli.path, args.clone(), request.timeout);
        let outcome = attempt(&spec, "preview", cancel, progress).and_then(|output| {
            progress(Stage::Decoding);
            outputs::read_preview(Route::DevTools, &files, &output)
        });
        match outcome {
            Ok(qr) => {
                return Ok(PreviewReport {
                    preflight: checks,
                    qr,
                    logged_in,
                });
            }
            Err((PreviewProblem::NotLoggedIn, _)) if request.log_in_when_needed && !logged_in => {
                log_in(&cli, &files, request, cancel, progress)
                    .map_err(|(p, tail)| PreviewFailure::new(p, Some(&checks), tail))?;
                logged_in = true;
                for stale in [&files.qr_file, &files.info_file] {
                    remove_stale(stale)
                        .map_err(|p| PreviewFailure::new(p, Some(&checks), String::new()))?;
                }
                progress(Stage::Retrying);
            }
            Err((problem, tail)) => return Err(PreviewFailure::new(problem, Some(&checks), tail)),
        }
    }
}

/// "Push to my phone": `cli auto-preview`, logging in and retrying once when needed.
pub fn run_push(
    request: &PreviewRequest,
    cancel: &CancelHandle,
    progress: &mut dyn FnMut(Stage),
) -> Result<PushReport, PreviewFailure> {
    let DevToolsRun {
        checks,
        project_dir,
        cli,
        files,
    } = prepare_devtools_run(request, progress)?;
    let args = devtools::auto_preview_args(&project_dir, &files.info_file);
    let mut logged_in = false;
    loop {
        let spec = request.spec(&cli.path, args.clone(), request.timeout);
        match attempt(&spec, "auto-preview", cancel, progress) {
            Ok(_) => {
                let package_size = fs::read_to_string(&files.info_file)
                    .ok()
                    .and_then(|t| info::parse_package_size(&t));
                return Ok(PushReport {
                    preflight: checks,
                    package_size,
                    made_at: SystemTime::now(),
                    logged_in,
                });
            }
            Err((PreviewProblem::NotLoggedIn, _)) if request.log_in_when_needed && !logged_in => {
                log_in(&cli, &files, request, cancel, progress)
                    .map_err(|(p, tail)| PreviewFailure::new(p, Some(&checks), tail))?;
                logged_in = true;
                progress(Stage::Retrying);
            }
            Err((problem, tail)) => return Err(PreviewFailure::new(problem, Some(&checks), tail)),
        }
    }
}

/// What every DevTools run starts from: passed checks, the project folder, the command line and
/// fresh work files.
struct DevToolsRun {
    checks: Preflight,
    project_dir: PathBuf,
    cli: DevToolsCli,
    files: WorkFiles,
}

/// Runs the offline checks and prepares the work files; a blocking finding ends the run here.
fn prepare_devtools_run(
    request: &PreviewRequest,
    progress: &mut dyn FnMut(Stage),
) -> Result<DevToolsRun, PreviewFailure> {
    progress(Stage::Checking);
    let checks = preflight::preflight(
        &request.demo_dir,
        request.devtools_cli.as_deref(),
        &request.host,
    );
    let (Some(project), Some(cli)) = (&checks.project, &checks.devtools) else {
        return Err(blocked(checks));
    };
    if checks.is_blocked() {
        return Err(blocked(checks));
    }
    let (project_dir, cli) = (project.project_dir.clone(), cli.clone());
    let files = WorkFiles::prepare(request.work_dir.as_deref())
        .map_err(|p| PreviewFailure::new(p, Some(&checks), String::new()))?;
    Ok(DevToolsRun {
        checks,
        project_dir,
        cli,
        files,
    })
}

fn blocked(checks: Preflight) -> PreviewFailure {
    let problem = checks
        .first_blocker()
        .cloned()
        .unwrap_or(PreviewProblem::Cancelled);
    PreviewFailure {
        problem,
        preflight: Some(Box::new(checks)),
        output_tail: String::new(),
    }
}

type Attempt<T> = Result<T, (PreviewProblem, String)>;

/// Runs a DevTools command until it exits, or until its output shows it will not finish by
/// itself (DevTools waits at a prompt); `on_output` sees each new piece of output first.
fn run_until_settled(
    spec: &RunSpec,
    cancel: &CancelHandle,
    on_output: &mut dyn FnMut(&str),
) -> Attempt<RunOutput> {
    process::run(spec, cancel, &mut |text| {
        on_output(text);
        if devtools::settles_early(text) {
            Watch::Stop
        } else {
            Watch::Continue
        }
    })
    .map_err(|e| {
        let problem = PreviewProblem::LaunchFailed {
            path: spec.program.clone(),
            reason: io_reason(&e),
        };
        (problem, String::new())
    })
}

/// Runs one DevTools command; `Ok` when it exited 0, else the recognised problem and its output.
fn attempt(
    spec: &RunSpec,
    verb: &str,
    cancel: &CancelHandle,
    progress: &mut dyn FnMut(Stage),
) -> Attempt<RunOutput> {
    progress(Stage::Running {
        command: spec.display(),
    });
    let output = run_until_settled(spec, cancel, &mut |_| {})?;
    let tail = output.tail(6);
    let qr_file = spec
        .args
        .iter()
        .skip_while(|a| *a != "--qr-output")
        .nth(1)
        .map_or_else(PathBuf::new, PathBuf::from);
    match output.ending {
        Ending::Exited { code: Some(0) } => Ok(output),
        Ending::Cancelled => Err((PreviewProblem::Cancelled, tail)),
        Ending::TimedOut => Err((
            PreviewProblem::TimedOut {
                command: format!("cli {verb}"),
                seconds: spec.timeout.as_secs(),
            },
            tail,
        )),
        Ending::Stopped | Ending::Exited { .. } => {
            let problem = match devtools::classify(&output.combined) {
                Some(failure) => devtools::problem_for(failure, &qr_file, &tail),
                None => PreviewProblem::CommandFailed {
                    command: format!("cli {verb}"),
                    code: match output.ending {
                        Ending::Exited { code } => code,
                        _ => None,
                    },
                    detail: tail.clone(),
                },
            };
            Err((problem, tail))
        }
    }
}

/// Runs `cli login`, showing its QR through `progress` as soon as DevTools writes it.
fn log_in(
    cli: &DevToolsCli,
    files: &WorkFiles,
    request: &PreviewRequest,
    cancel: &CancelHandle,
    progress: &mut dyn FnMut(Stage),
) -> Attempt<()> {
    remove_stale(&files.login_qr_file).map_err(|p| (p, String::new()))?;
    let spec = request.spec(
        &cli.path,
        devtools::login_args(&files.login_qr_file),
        request.login_timeout,
    );
    progress(Stage::Running {
        command: spec.display(),
    });
    let mut shown = false;
    let output = run_until_settled(&spec, cancel, &mut |_| {
        if !shown && let Ok(decoded) = read_qr_file(&files.login_qr_file) {
            shown = true;
            progress(Stage::LoginQr {
                image: decoded.image,
                grid: decoded.grid,
            });
        }
    })?;
    let tail = output.tail(6);
    match output.ending {
        Ending::Exited { code: Some(0) } => {}
        Ending::Cancelled => return Err((PreviewProblem::Cancelled, tail)),
        Ending::TimedOut => {
            let detail = Message::new(PreviewCode::LoginNotScanned)
                .with("seconds", request.login_timeout.as_secs());
            return Err((PreviewProblem::LoginFailed { detail }, tail));
        }
        Ending::Stopped | Ending::Exited { .. } => {
            let problem = match devtools::classify(&output.combined) {
                Some(CliFailure::NotLoggedIn) | None => PreviewProblem::LoginFailed {
                    detail: if tail.trim().is_empty() {
                        Message::new(PreviewCode::LoginNoAnswer)
                    } else {
                        raw_text(tail.clone())
                    },
                },
                Some(failure) => devtools::problem_for(failure, &files.login_qr_file, &tail),
            };
            return Err((problem, tail));
        }
    }
    // Confirm with `islogin`; when it cannot be read, `login`'s exit code stands.
    let check = request.spec(&cli.path, devtools::islogin_args(), Duration::from_secs(30));
    if let Ok(answer) = process::run(&check, cancel, &mut |_| Watch::Continue)
        && devtools::parse_islogin(&answer.stdout) == Some(false)
    {
        let detail = Message::new(PreviewCode::LoginStillOut);
        return Err((PreviewProblem::LoginFailed { detail }, answer.tail(4)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_has_safe_defaults() {
        let request = PreviewRequest::new(Path::new("demo"));
        assert!(request.log_in_when_needed);
        assert_eq!(request.timeout, DEFAULT_TIMEOUT);
        assert!(request.ci.is_none() && request.work_dir.is_none());
    }
}
