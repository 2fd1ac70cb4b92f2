//! `mlvb-setup preview <DIR> [--devtools-cli <PATH>] [--qr-output <FILE>] [--json]
//! [--timeout <SECONDS>] [--trial]`: the WeChat preview QR in the terminal.
//!
//! Exit 0 only when a fresh QR was obtained (or, with `--trial`, drawn; with `--push`, pushed);
//! 1 when a check or the preview failed, with the guidance; 2 for bad usage or input.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use mlvb_setup::messages::{CliCode, Localize, Message, PreviewCode, io_reason, raw_text};
use mlvb_setup::preview::qr::{self, TerminalColors};
use mlvb_setup::preview::session::{self, DEFAULT_TIMEOUT};
use mlvb_setup::preview::{
    CancelHandle, CiRequest, ModuleGrid, PackageSize, Preflight, PreviewFailure, PreviewProblem,
    PreviewReport, PreviewRequest, PushReport, QrImage, Severity, Stage,
};
use serde_json::{Value, json};

mod trial_cmd;

use super::{CmdResult, Failure, say};

/// Exit 0.
const EXIT_OK: u8 = 0;
/// Exit 1: the check or the preview failed.
const EXIT_FAILED: u8 = 1;
/// Exit 2: bad usage or input.
const EXIT_USAGE: u8 = 2;

/// Runs the subcommand. It prints its own guidance (text or JSON), so failures carry no message.
pub fn run(args: &PreviewArgs) -> CmdResult {
    match run_inner(args) {
        EXIT_OK => Ok(()),
        EXIT_USAGE => Err(Failure::Reported(EXIT_USAGE)),
        _ => Err(Failure::Reported(EXIT_FAILED)),
    }
}

/// Arguments of `mlvb-setup preview`.
// Each flag is an independent switch on the command line; clap keeps them consistent.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
pub struct PreviewArgs {
    /// The downloaded demo folder (holding WXMini/) or the mini-program folder itself.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// WeChat DevTools' command line (macOS: <app>/Contents/MacOS/cli, Windows: <install>\cli.bat).
    #[arg(long, value_name = "PATH")]
    pub devtools_cli: Option<PathBuf>,
    /// Also save the QR image, exactly as DevTools made it (PNG or JPEG), to FILE.
    #[arg(long, value_name = "FILE")]
    pub qr_output: Option<PathBuf>,
    /// Print one JSON object with the paths and the outcome instead of text.
    #[arg(long)]
    pub json: bool,
    /// Seconds each DevTools command may take (including waiting for a login scan).
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_TIMEOUT.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: u64,
    /// Draw the trial-version (体验版) QR for the AppID locally instead; it opens only an
    /// uploaded trial version, not the local code.
    #[arg(long, conflicts_with_all = ["push", "ci", "ci_key"])]
    pub trial: bool,
    /// Push the preview to the logged-in developer's phone (`cli auto-preview`) instead of a QR.
    #[arg(long, conflicts_with_all = ["ci", "ci_key"])]
    pub push: bool,
    /// Use miniprogram-ci (Node.js + code-upload key) instead of DevTools.
    #[arg(long)]
    pub ci: bool,
    /// The code-upload key for miniprogram-ci (default: private.<AppID>.key in the project);
    /// implies --ci.
    #[arg(long, value_name = "FILE")]
    pub ci_key: Option<PathBuf>,
    /// Node.js for miniprogram-ci (default: `node` on PATH).
    #[arg(long, value_name = "PATH")]
    pub node: Option<PathBuf>,
    /// Do not run `cli login` when DevTools is not logged in; just report it.
    #[arg(long)]
    pub no_login: bool,
}

/// Runs the subcommand; returns the exit code.
fn run_inner(args: &PreviewArgs) -> u8 {
    if let Some(message) = bad_input(args) {
        return report_usage(args, &message);
    }
    if args.trial {
        return trial_cmd::run_trial(args);
    }
    let mut request = PreviewRequest::new(&args.dir);
    request.devtools_cli.clone_from(&args.devtools_cli);
    request.timeout = Duration::from_secs(args.timeout);
    request.login_timeout = request.timeout;
    request.log_in_when_needed = !args.no_login;
    if args.ci || args.ci_key.is_some() {
        request.ci = Some(CiRequest {
            private_key: args.ci_key.clone(),
            node: args.node.clone(),
            module_dirs: Vec::new(),
        });
    }
    let cancel = CancelHandle::new();
    let on_interrupt = cancel.clone();
    if let Err(e) = ctrlc::set_handler(move || on_interrupt.cancel()) {
        let why = Message::new(PreviewCode::CliNoCtrlC).with("reason", raw_text(e.to_string()));
        errln!("{}", say(&Message::new(CliCode::Note).with("text", why)));
    }
    let json = args.json;
    let mut progress = |stage: Stage| show_stage(&stage, json, args.timeout);
    if args.push {
        let outcome = session::run_push(&request, &cancel, &mut progress);
        return finish_push(args, outcome);
    }
    let outcome = session::run_preview(&request, &cancel, &mut progress);
    finish_preview(args, outcome)
}

/// Input errors found before anything runs (exit 2).
fn bad_input(args: &PreviewArgs) -> Option<Message> {
    if !args.dir.is_dir() {
        return Some(
            PreviewProblem::DemoDirMissing {
                dir: args.dir.clone(),
            }
            .message(),
        );
    }
    if let Some(out) = &args.qr_output {
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
        if out.is_dir() {
            return Some(Message::new(PreviewCode::CliQrOutputIsFolder).with("path", out));
        }
        if parent.is_some_and(|p| !p.is_dir()) {
            return Some(Message::new(PreviewCode::CliQrOutputNoFolder).with("path", out));
        }
    }
    for (flag, path) in [
        ("--devtools-cli", &args.devtools_cli),
        ("--ci-key", &args.ci_key),
        ("--node", &args.node),
    ] {
        if let Some(path) = path.as_ref().filter(|p| !p.is_file()) {
            return Some(
                Message::new(PreviewCode::CliNoSuchFile)
                    .with("flag", flag)
                    .with("path", path),
            );
        }
    }
    None
}

fn report_usage(args: &PreviewArgs, message: &Message) -> u8 {
    if args.json {
        let value = json!({
            "ok": false,
            "problem": problem_json("bad-input", message),
        });
        outln!("{value}");
    } else {
        errln!("{}", error_line(message));
    }
    EXIT_USAGE
}

/// `error: …` in the user's language.
fn error_line(message: &impl Localize) -> String {
    say(&Message::new(CliCode::Error).with("text", message.message()))
}

/// A problem for `--json`: its stable `code`, its `args` and the English `message`; a message
/// whose code differs from `code` keeps its own as `message_code`.
fn problem_json(code: &str, message: &Message) -> Value {
    let mut value = message.to_json();
    if let Some(object) = value.as_object_mut() {
        let own = object.insert("code".to_owned(), json!(code));
        if own.as_ref().and_then(Value::as_str) != Some(code) {
            object.insert("message_code".to_owned(), own.unwrap_or(Value::Null));
        }
    }
    value
}

fn show_stage(stage: &Stage, json: bool, timeout: u64) {
    match stage {
        Stage::Checking | Stage::Running { .. } | Stage::Retrying => {
            if !json {
                errln!("{}", say(stage));
            }
        }
        Stage::LoginQr { image, grid } => {
            let text = terminal_qr(grid.as_ref(), image);
            let caption = say(&Message::new(PreviewCode::CliLoginScan).with("seconds", timeout));
            // In --json mode stdout carries only the JSON; the person still needs to see the QR.
            if json {
                errln!("{text}{caption}");
            } else {
                outln!("{text}{caption}");
            }
        }
        Stage::Decoding => {}
    }
}

/// The QR for the terminal: its modules re-rendered with half blocks, else the image sampled.
fn terminal_qr(grid: Option<&ModuleGrid>, image: &QrImage) -> String {
    match grid {
        Some(grid) => qr::render_half_blocks(grid, 4, TerminalColors::LightOnDark),
        None => qr::render_image_half_blocks(image, 80, TerminalColors::LightOnDark),
    }
}

fn finish_preview(args: &PreviewArgs, outcome: Result<PreviewReport, PreviewFailure>) -> u8 {
    let report = match outcome {
        Ok(report) => report,
        Err(failure) => return report_failure(args, &failure, "preview"),
    };
    let qr = &report.qr;
    let saved = match &args.qr_output {
        Some(path) => match fs::write(path, &qr.encoded) {
            Ok(()) => Some(path.clone()),
            Err(e) => {
                let message = Message::new(PreviewCode::CliQrNotSaved)
                    .with("path", path)
                    .with("reason", io_reason(&e));
                return report_message(args, "qr-output-unwritable", &message);
            }
        },
        None => None,
    };
    let project_dir = report
        .preflight
        .project
        .as_ref()
        .map(|p| p.project_dir.clone());
    if args.json {
        let value = json!({
            "ok": true,
            "route": qr.route,
            "demo_dir": abs(&args.dir),
            "project_dir": project_dir,
            "project_config": report.preflight.project.as_ref().map(|p| p.path.clone()),
            "devtools_cli": report.preflight.devtools,
            "service_port": report.preflight.service_port,
            "findings": findings_json(Some(&report.preflight)),
            "logged_in": report.logged_in,
            "qr": {
                "format": qr.format,
                "width": qr.image.width,
                "height": qr.image.height,
                "content": qr.content,
                "qr_file": qr.qr_file,
                "info_file": qr.info_file,
                "saved_to": saved.as_ref().map(|p| abs(p)),
                "made_at": when_utc(qr.made_at),
                "made_at_unix": mlvb_setup::preview::outputs::unix_seconds(qr.made_at),
                "package_size": qr.package_size,
            },
            "problem": Value::Null,
        });
        outln!("{value}");
        return EXIT_OK;
    }
    out!("{}", terminal_qr(qr.grid.as_ref(), &qr.image));
    if qr.grid.is_none() {
        let image = saved.as_ref().unwrap_or(&qr.qr_file);
        outln!(
            "{}",
            say(&Message::new(PreviewCode::CliSampled).with("path", image))
        );
    }
    let heading = match &project_dir {
        Some(dir) => Message::new(PreviewCode::CliQrHeadingFor).with("path", dir),
        None => Message::new(PreviewCode::CliQrHeading),
    };
    outln!("{}", say(&heading));
    outln!(
        "{}",
        say(&Message::new(PreviewCode::CliMade).with("time", when_local(qr.made_at)))
    );
    if let Some(size) = &qr.package_size {
        outln!(
            "{}",
            say(&Message::new(PreviewCode::CliPackage).with("size", package_text(size)))
        );
    }
    if let Some(path) = &saved {
        let line = Message::new(PreviewCode::CliSaved)
            .with("path", path)
            .with("format", qr.format.extension());
        outln!("{}", say(&line));
        warn_extension(path, qr.format.extension());
    }
    outln!("{}", say(&Message::new(PreviewCode::CliScan)));
    print_notes(Some(&report.preflight), None);
    EXIT_OK
}

fn finish_push(args: &PreviewArgs, outcome: Result<PushReport, PreviewFailure>) -> u8 {
    let report = match outcome {
        Ok(report) => report,
        Err(failure) => return report_failure(args, &failure, "push"),
    };
    if args.json {
        let value = json!({
            "ok": true,
            "route": "devtools-auto-preview",
            "demo_dir": abs(&args.dir),
            "project_dir": report.preflight.project.as_ref().map(|p| p.project_dir.clone()),
            "devtools_cli": report.preflight.devtools,
            "findings": findings_json(Some(&report.preflight)),
            "logged_in": report.logged_in,
            "pushed_at": when_utc(report.made_at),
            "package_size": report.package_size,
            "problem": Value::Null,
        });
        outln!("{value}");
    } else {
        let pushed = Message::new(PreviewCode::CliPushed).with("time", when_local(report.made_at));
        outln!("{}", say(&pushed));
        if let Some(size) = &report.package_size {
            outln!(
                "{}",
                say(&Message::new(PreviewCode::CliPackage).with("size", package_text(size)))
            );
        }
        print_notes(Some(&report.preflight), None);
    }
    EXIT_OK
}

fn report_failure(args: &PreviewArgs, failure: &PreviewFailure, verb: &str) -> u8 {
    let problem = &failure.problem;
    let code = match problem {
        PreviewProblem::DemoDirMissing { .. } | PreviewProblem::DevToolsPathMissing { .. } => {
            EXIT_USAGE
        }
        _ => EXIT_FAILED,
    };
    let preflight = failure.preflight.as_deref();
    if args.json {
        let value = json!({
            "ok": false,
            "route": if args.ci || args.ci_key.is_some() { "miniprogram-ci" } else { "devtools" },
            "action": verb,
            "demo_dir": abs(&args.dir),
            "project_dir": preflight.and_then(|p| p.project.as_ref()).map(|p| p.project_dir.clone()),
            "project_config": preflight.and_then(|p| p.project.as_ref()).map(|p| p.path.clone()),
            "devtools_cli": preflight.and_then(|p| p.devtools.clone()),
            "service_port": preflight.map(|p| p.service_port.clone()),
            "findings": findings_json(preflight),
            "needs_app_id": problem.needs_app_id(),
            "problem": problem_json(problem.code(), &problem.message()),
            "output_tail": failure.output_tail,
        });
        outln!("{value}");
        return code;
    }
    errln!("{}", error_line(problem));
    let shown_in_message = matches!(
        problem,
        PreviewProblem::CommandFailed { .. }
            | PreviewProblem::IdeNotStarted { .. }
            | PreviewProblem::AppIdRefused { .. }
    );
    if !failure.output_tail.is_empty() && !shown_in_message {
        let said = Message::new(PreviewCode::CliDevToolsSaid)
            .with("text", raw_text(failure.output_tail.as_str()));
        errln!("{}", say(&said));
    }
    print_notes(preflight, Some(problem));
    code
}

fn report_message(args: &PreviewArgs, code: &str, message: &Message) -> u8 {
    if args.json {
        outln!(
            "{}",
            json!({ "ok": false, "problem": problem_json(code, message) })
        );
    } else {
        errln!("{}", error_line(message));
    }
    EXIT_FAILED
}

/// Warnings and notes from the checks, except the one already reported.
fn print_notes(preflight: Option<&Preflight>, reported: Option<&PreviewProblem>) {
    let Some(preflight) = preflight else { return };
    for finding in &preflight.findings {
        if Some(&finding.problem) == reported {
            continue;
        }
        let mark = match finding.severity {
            Severity::Blocking => CliCode::Error,
            Severity::Warning => CliCode::Warning,
            Severity::Info => CliCode::Note,
        };
        errln!(
            "{}",
            say(&Message::new(mark).with("text", finding.problem.message()))
        );
    }
}

fn findings_json(preflight: Option<&Preflight>) -> Value {
    preflight.map_or_else(
        || json!([]),
        |p| {
            p.findings
                .iter()
                .map(|f| {
                    let mut value = f.problem.message().to_json();
                    if let Some(object) = value.as_object_mut() {
                        object.insert("severity".to_owned(), json!(f.severity));
                    }
                    value
                })
                .collect()
        },
    )
}

fn package_text(size: &PackageSize) -> String {
    let parts: Vec<String> = size
        .packages
        .iter()
        .map(|(name, bytes)| format!("{name} {}", mlvb_setup::preview::info::human_size(*bytes)))
        .collect();
    if parts.is_empty() {
        size.total_text()
    } else {
        format!("{} ({})", size.total_text(), parts.join(", "))
    }
}

fn warn_extension(path: &Path, actual: &str) {
    let given = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let matches = match given.as_deref() {
        None => true,
        Some("jpeg" | "jpg") => actual == "jpg",
        Some(other) => other == actual,
    };
    if !matches {
        let why = Message::new(PreviewCode::CliWrongExtension)
            .with("path", path)
            .with("actual", actual);
        errln!("{}", say(&Message::new(CliCode::Warning).with("text", why)));
    }
}

/// A time for `--json`: UTC.
fn when_utc(time: SystemTime) -> String {
    mlvb_setup::time::format_utc(mlvb_setup::preview::outputs::unix_seconds(time))
}

/// A time for a person: local, with the zone.
fn when_local(time: SystemTime) -> String {
    mlvb_setup::time::format_local(mlvb_setup::preview::outputs::unix_seconds(time))
}

fn abs(path: &Path) -> PathBuf {
    mlvb_setup::preview::project::absolute(path)
}
