//! `preview --trial`: the trial-version (体验版) QR drawn locally from the AppID in
//! `project.config.json`, labelled as opening only an uploaded trial version.

use std::fs;
use std::time::SystemTime;

use mlvb_setup::messages::{Localize, Message, PreviewCode, io_reason};
use mlvb_setup::preview::qr::{self, TerminalColors};
use mlvb_setup::preview::trial;
use mlvb_setup::preview::{PreviewFailure, PreviewProblem, ProjectConfig};
use serde_json::{Value, json};

use super::{EXIT_OK, PreviewArgs, abs, report_failure, report_message, say, when_utc};

/// `--trial`: the trial-version QR drawn from the AppID in project.config.json.
pub(super) fn run_trial(args: &PreviewArgs) -> u8 {
    let project = match ProjectConfig::load(&args.dir) {
        Ok(project) => project,
        Err(problem) => return report_failure(args, &failure_of(problem), "trial"),
    };
    let Some(app_id) = project.valid_app_id() else {
        let problem =
            project
                .problems()
                .into_iter()
                .next()
                .unwrap_or(PreviewProblem::AppIdMissing {
                    path: project.path.clone(),
                    demo_dir: project.demo_dir.clone(),
                });
        return report_failure(args, &failure_of(problem), "trial");
    };
    let trial = match trial::trial_qr(app_id) {
        Ok(trial) => trial,
        Err(e) => return report_message(args, "trial-qr-failed", &e.message()),
    };
    let saved = match &args.qr_output {
        Some(path) => match qr::encode_png(&trial.image)
            .map_err(|e| e.message())
            .and_then(|png| fs::write(path, png).map_err(|e| io_reason(&e)))
        {
            Ok(()) => Some(path.clone()),
            Err(reason) => {
                let message = Message::new(PreviewCode::CliTrialNotSaved)
                    .with("path", path)
                    .with("reason", reason);
                return report_message(args, "qr-output-unwritable", &message);
            }
        },
        None => None,
    };
    if args.json {
        let value = json!({
            "ok": true,
            "route": "trial",
            "demo_dir": abs(&args.dir),
            "project_config": project.path,
            "app_id": app_id.as_str(),
            "trial": { "url": trial.url, "label": trial.label.english() },
            "qr": {
                "format": "png",
                "width": trial.image.width,
                "height": trial.image.height,
                "content": trial.url,
                "saved_to": saved.as_ref().map(|p| abs(p)),
                "made_at": when_utc(SystemTime::now()),
            },
            "problem": Value::Null,
        });
        outln!("{value}");
        return EXIT_OK;
    }
    out!(
        "{}",
        qr::render_half_blocks(&trial.grid, 4, TerminalColors::LightOnDark)
    );
    outln!("{}", say(&trial.label));
    outln!(
        "{}",
        say(&Message::new(PreviewCode::CliTrialUrl).with("url", trial.url.as_str()))
    );
    if let Some(path) = &saved {
        outln!(
            "{}",
            say(&Message::new(PreviewCode::CliTrialSaved).with("path", path))
        );
    }
    EXIT_OK
}

fn failure_of(problem: PreviewProblem) -> PreviewFailure {
    PreviewFailure {
        problem,
        preflight: None,
        output_tail: String::new(),
    }
}
