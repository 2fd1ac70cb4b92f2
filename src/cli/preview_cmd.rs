//! `mlvb-setup preview <DIR> [--devtools-cli <PATH>] [--qr-output <FILE>] [--json]
//! [--timeout <SECONDS>] [--trial]`: the WeChat preview QR in the terminal.
//!
//! Exit 0 only when a fresh QR was obtained (or, with `--trial`, drawn; with `--push`, pushed);
//! 1 when a check or the preview failed, with the guidance; 2 for bad usage or input.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use mlvb_setup::preview::qr::{self, TerminalColors};
use mlvb_setup::preview::session::{self, DEFAULT_TIMEOUT};
use mlvb_setup::preview::{
    CancelHandle, CiRequest, ModuleGrid, PackageSize, Preflight, PreviewFailure, PreviewProblem,
    PreviewReport, PreviewRequest, PushReport, QrImage, Severity, Stage,
};
use serde_json::{Value, json};

mod trial_cmd;

use super::{CmdResult, Failure};

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
        EXIT_USAGE => Err(Failure::BadInput(String::new())),
        _ => Err(Failure::CheckFailed(String::new())),
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
        errln!("note: Ctrl-C will not stop DevTools' command line cleanly ({e})");
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
fn bad_input(args: &PreviewArgs) -> Option<String> {
    if !args.dir.is_dir() {
        return Some(
            PreviewProblem::DemoDirMissing {
                dir: args.dir.clone(),
            }
            .to_string(),
        );
    }
    if let Some(out) = &args.qr_output {
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
        if out.is_dir() {
            return Some(format!(
                "--qr-output {} is a folder: give a file name such as preview.png",
                out.display()
            ));
        }
        if parent.is_some_and(|p| !p.is_dir()) {
            return Some(format!(
                "--qr-output {}: the folder does not exist; create it or choose another path",
                out.display()
            ));
        }
    }
    for (flag, path) in [
        ("--devtools-cli", &args.devtools_cli),
        ("--ci-key", &args.ci_key),
        ("--node", &args.node),
    ] {
        if let Some(path) = path.as_ref().filter(|p| !p.is_file()) {
            return Some(format!(
                "{flag} {}: no such file; correct the path",
                path.display()
            ));
        }
    }
    None
}

fn report_usage(args: &PreviewArgs, message: &str) -> u8 {
    if args.json {
        let value = json!({
            "ok": false,
            "problem": { "code": "bad-input", "message": message },
        });
        outln!("{value}");
    } else {
        errln!("error: {message}");
    }
    EXIT_USAGE
}

fn show_stage(stage: &Stage, json: bool, timeout: u64) {
    match stage {
        Stage::Checking => {
            if !json {
                errln!("Checking the project and DevTools…");
            }
        }
        Stage::Running { command } => {
            if !json {
                errln!("Running: {command}");
            }
        }
        Stage::LoginQr { image, grid } => {
            let text = terminal_qr(grid.as_ref(), image);
            let caption = format!(
                "DevTools is not logged in: scan this login QR with WeChat (waiting up to {timeout} s)…"
            );
            // In --json mode stdout carries only the JSON; the person still needs to see the QR.
            if json {
                errln!("{text}{caption}");
            } else {
                outln!("{text}{caption}");
            }
        }
        Stage::Retrying => {
            if !json {
                errln!("Logged in; previewing again…");
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
                let message = format!(
                    "the QR was made but cannot be saved to {}: {e}; choose another --qr-output",
                    path.display()
                );
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
                "made_at": when(qr.made_at),
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
        outln!(
            "(the QR grid could not be read, so this is the image sampled; if it does not scan, open {})",
            saved.as_ref().map_or_else(
                || qr.qr_file.display().to_string(),
                |p| p.display().to_string()
            )
        );
    }
    let place = project_dir.map_or_else(String::new, |d| format!(" for {}", d.display()));
    outln!("WeChat preview QR{place}");
    outln!("  made:    {}", when(qr.made_at));
    if let Some(size) = &qr.package_size {
        outln!("  package: {}", package_text(size));
    }
    if let Some(path) = &saved {
        outln!(
            "  saved:   {} ({}, exactly as made)",
            path.display(),
            qr.format.extension()
        );
        warn_extension(path, qr.format.extension());
    }
    outln!("Scan it with WeChat on a phone whose account is a developer of this mini program.");
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
            "pushed_at": when(report.made_at),
            "package_size": report.package_size,
            "problem": Value::Null,
        });
        outln!("{value}");
    } else {
        outln!(
            "Pushed the preview to your phone: open WeChat there ({}).",
            when(report.made_at)
        );
        if let Some(size) = &report.package_size {
            outln!("  package: {}", package_text(size));
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
            "problem": { "code": problem.code(), "message": problem.to_string() },
            "output_tail": failure.output_tail,
        });
        outln!("{value}");
        return code;
    }
    errln!("error: {problem}");
    let shown_in_message = matches!(
        problem,
        PreviewProblem::CommandFailed { .. }
            | PreviewProblem::IdeNotStarted { .. }
            | PreviewProblem::AppIdRefused { .. }
    );
    if !failure.output_tail.is_empty() && !shown_in_message {
        errln!("DevTools said: {}", failure.output_tail);
    }
    print_notes(preflight, Some(problem));
    code
}

fn report_message(args: &PreviewArgs, code: &str, message: &str) -> u8 {
    if args.json {
        outln!(
            "{}",
            json!({ "ok": false, "problem": { "code": code, "message": message } })
        );
    } else {
        errln!("error: {message}");
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
            Severity::Blocking => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        errln!("{mark}: {}", finding.problem);
    }
}

fn findings_json(preflight: Option<&Preflight>) -> Value {
    preflight.map_or_else(
        || json!([]),
        |p| {
            p.findings
                .iter()
                .map(|f| {
                    json!({
                        "severity": f.severity,
                        "code": f.problem.code(),
                        "message": f.problem.to_string(),
                    })
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
        errln!(
            "warning: {} holds a {actual} image; rename it to .{actual} so viewers open it",
            path.display()
        );
    }
}

fn when(time: SystemTime) -> String {
    mlvb_setup::time::format_utc(mlvb_setup::preview::outputs::unix_seconds(time))
}

fn abs(path: &Path) -> PathBuf {
    mlvb_setup::preview::project::absolute(path)
}
