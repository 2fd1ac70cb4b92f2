//! The app loop's preview work: the offline checks when the inputs change, starting and
//! cancelling the background preview, writing the AppID, and taking in what they report.

use std::path::PathBuf;

use crate::gui::state::{PreviewRoute, Step};
use crate::gui::steps;
use crate::gui::tasks::{Busy, DemoRead, Outcome};
use crate::gui::widgets::fingerprint;
use crate::messages::{Localize, io_reason};
use crate::preview::{CiRequest, PreviewRequest, ci, preflight};
use crate::setup;

use super::WizardApp;

impl WizardApp {
    /// The folder the preview works on: the demo read on "Demo source", else the folder typed
    /// there (an archive is not previewed).
    fn preview_dir(&self) -> Option<PathBuf> {
        if let Some(folder) = self.demo.scanned_folder() {
            return Some(folder.to_path_buf());
        }
        setup::typed_folder(std::path::Path::new(self.state.demo_path.trim()))
    }

    /// The fingerprint of what the checks depend on.
    fn preview_fingerprint(&self) -> Option<u64> {
        let dir = self.preview_dir()?;
        let route = format!("{:?}", self.state.preview_route);
        Some(fingerprint(&[
            &dir.display().to_string(),
            &route,
            self.state.devtools_cli.trim(),
            self.state.ci_key_path.trim(),
        ]))
    }

    /// The preview as the fields describe it now.
    fn preview_request(&self) -> Option<PreviewRequest> {
        let mut request = PreviewRequest::new(&self.preview_dir()?);
        request.host = self.preview_host.clone();
        request.extra_env.clone_from(&self.preview_env);
        request.work_dir.clone_from(&self.preview_work_dir);
        let typed_cli = self.state.devtools_cli.trim();
        request.devtools_cli = (!typed_cli.is_empty()).then(|| PathBuf::from(typed_cli));
        if self.state.preview_route == PreviewRoute::MiniprogramCi {
            let typed_key = self.state.ci_key_path.trim();
            request.ci = Some(CiRequest {
                private_key: (!typed_key.is_empty()).then(|| PathBuf::from(typed_key)),
                ..CiRequest::default()
            });
        }
        Some(request)
    }

    /// On the "Build and preview" page, checks again whenever the folder, route or paths changed.
    pub(super) fn check_preview_when_inputs_changed(&mut self) {
        self.preview.forget_other_route(self.state.preview_route);
        if self.state.step != Step::BuildAndPreview
            || self.tasks.busy().is_some()
            || !self.commands.is_empty()
        {
            return;
        }
        if self.preview_fingerprint().is_some()
            && self.preview_fingerprint() != self.preview.checks_fingerprint
        {
            self.check_preview();
        }
    }

    /// Runs the offline checks on a background thread (they read files and search folders).
    pub(super) fn check_preview(&mut self) {
        let (Some(request), Some(fp)) = (self.preview_request(), self.preview_fingerprint()) else {
            return;
        };
        self.tasks
            .spawn(Busy::CheckingPreview, "preview-check", move || {
                let checks = match &request.ci {
                    Some(ci_request) => ci::ci_preflight(&request, ci_request),
                    None => preflight::preflight(
                        &request.demo_dir,
                        request.devtools_cli.as_deref(),
                        &request.host,
                    ),
                };
                Outcome::PreviewChecked(fp, Box::new(checks))
            });
    }

    /// Starts `preview` (or, with `push`, `auto-preview`) on its own thread.
    pub(super) fn start_preview(&mut self, push: bool) {
        let Some(mut request) = self.preview_request() else {
            return;
        };
        if push {
            // "Push to my phone" is a DevTools command; there is no miniprogram-ci twin.
            request.ci = None;
        }
        match self.tasks.spawn_preview(request, push) {
            Ok(true) => {
                self.preview.start(push, self.state.preview_route);
                self.preview.checks_fingerprint = self.preview_fingerprint();
            }
            Ok(false) => {}
            Err(error) => {
                self.notice("notice-preview_thread_failed", Some(io_reason(&error)));
            }
        }
    }

    /// Writes the wizard's AppID into `project.config.json` (and nothing else), then reads the
    /// demo again.
    pub(super) fn write_app_id(&mut self) {
        let (Some(root), Some(app_id)) = (
            self.demo.scanned_folder().map(PathBuf::from),
            steps::valid_app_id(&self.inputs).cloned(),
        ) else {
            return;
        };
        self.preview.app_id_write = None;
        self.tasks
            .spawn(Busy::WritingAppId, "appid-write", move || {
                let report = setup::write_app_id(&root, &app_id).map_err(|err| err.message());
                Outcome::AppIdWritten {
                    report,
                    rescan: DemoRead::of(root),
                }
            });
    }

    /// Takes in the checks, the preview's events, and the AppID write.
    pub(super) fn handle_preview_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::PreviewChecked(fp, checks) if self.preview_fingerprint() == Some(fp) => {
                self.preview.checks = Some(*checks);
                self.preview.checks_fingerprint = Some(fp);
            }
            Outcome::Preview(event) => self.preview.handle(event),
            Outcome::AppIdWritten { report, rescan } => {
                self.preview.app_id_write = Some(report.map(|r| r.count));
                self.demo.take_read(rescan);
                self.preview.checks_fingerprint = None;
            }
            _ => {}
        }
    }
}
