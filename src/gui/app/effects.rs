//! The app loop's second half: running the commands widgets returned, starting background jobs
//! and taking in their results.

use eframe::egui;
use std::path::PathBuf;

use crate::demo::ScanError;
use crate::gui::command::{Command, DialogPurpose};
use crate::gui::i18n::Lang;
use crate::gui::state::Step;
use crate::gui::steps::{self, WriteKind};
use crate::gui::tasks::{Busy, DemoRead, Outcome, Picked};
use crate::messages::Localize;
use crate::patch::RestoreDepth;
use crate::setup::{self, Demo};

use super::WizardApp;

impl WizardApp {
    /// Runs one command. Called once per frame for each command, after the UI pass.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::GoTo(step) => self.state.step = step,
            Command::Back => {
                if let Some(step) = self.state.step.previous() {
                    self.state.step = step;
                }
            }
            Command::Next => self.next(),
            Command::SetLanguage(lang) => {
                if lang == Lang::ZhCn && !self.chinese_font_available(ctx) {
                    self.notice("notice-no_cjk_font", None);
                } else {
                    self.i18n.set_lang(lang);
                    self.state.language = Some(lang);
                }
            }
            Command::Copy(text) => {
                self.status = Some(self.i18n.trf("publish-copied", &[("text", &text)]));
                ctx.copy_text(text);
            }
            Command::CopyQuietly(text) => {
                self.status = Some(self.i18n.tr("status-copied").to_owned());
                ctx.copy_text(text);
            }
            Command::ToggleUserSigTool => self.usersig_tool.open = !self.usersig_tool.open,
            Command::OpenDialog(purpose) => {
                let start = match purpose {
                    DialogPurpose::UnpackDestination => &self.state.unpack_dest,
                    DialogPurpose::DemoFolder | DialogPurpose::DemoZip => &self.state.demo_path,
                };
                let start = PathBuf::from(start.trim());
                let start = if start.is_dir() {
                    Some(start)
                } else {
                    start.parent().map(PathBuf::from)
                };
                self.dialog_failed = None;
                self.tasks
                    .open_dialog(purpose, start, self.desktop.native_dialogs);
            }
            Command::ReadDemo => self.read_demo(),
            Command::UnpackDemo(name) => self.unpack_demo(name),
            Command::UseExistingFolder(folder) => {
                self.demo.unpack_exists = None;
                self.state.demo_path = folder.display().to_string();
                self.read_demo();
            }
            Command::PlanPatch => self.plan_patch(),
            Command::ApplyPatch => self.write_patch(WriteKind::Apply),
            Command::UndoPatch => self.write_patch(WriteKind::Undo),
            Command::RestoreOriginal => self.write_patch(WriteKind::BackToOriginal),
            Command::StoreKey => {
                if self.inputs.secret_key.is_ok() {
                    self.secrets.store(&self.secret_key);
                }
            }
            Command::CheckPreview => self.check_preview(),
            Command::CheckOnline => self.check_online(),
            Command::Download => self.start_download(),
            Command::CancelDownload => {
                if let Some(task) = &self.download {
                    task.cancel();
                    // A live transfer stops at its next chunk; a silent server only when its
                    // wait runs out. Either way it cleans up after itself and then reports.
                    self.download_view.cancelling = true;
                }
            }
            Command::Diagnose(online) => self.diagnose(online),
            Command::StartPreview => self.start_preview(false),
            Command::PushPreview => self.start_preview(true),
            Command::CancelPreview => self.tasks.cancel_preview(),
            Command::WriteAppId => self.write_app_id(),
            Command::DismissNotice(key) => self.notices.retain(|n| n.key != key),
            Command::OpenUrl(url) => match self.desktop.opener.open_url(&url) {
                Ok(()) => self.open_failure = None,
                Err(why) => self.open_failure = Some((url, why.message())),
            },
            Command::OpenFolder(folder) => match self.desktop.opener.open_folder(&folder) {
                Ok(()) => self.open_failure = None,
                Err(why) => self.open_failure = Some((folder.display().to_string(), why.message())),
            },
            Command::DismissOpenFailure => self.open_failure = None,
        }
    }

    fn next(&mut self) {
        let step = self.state.step;
        if step == Step::CloudServices && self.inputs.secret_key.is_ok() {
            self.secrets.store(&self.secret_key);
        }
        if let Some(next) = step.next() {
            self.state.step = next;
        }
    }

    fn check_online(&mut self) {
        let (Ok(sdk), Ok(key)) = (&self.inputs.sdk_app_id, &self.inputs.secret_key) else {
            return;
        };
        let mut check = crate::online::OnlineCheck::new(*sdk, key.clone());
        let admin = self.state.im_admin.trim();
        if !admin.is_empty() {
            admin.clone_into(&mut check.admin);
        }
        check.region = crate::online::Region::parse(&self.state.im_region).unwrap_or_default();
        check.endpoint.clone_from(&self.im_endpoint);
        check.licence_url = self.inputs.values().and_then(|v| v.license_url);
        let fingerprint = steps::online_fingerprint(&self.state, &self.secret_key);
        self.tasks
            .spawn(Busy::CheckingOnline, "online-check", move || {
                Outcome::Online(
                    fingerprint,
                    Box::new(crate::online::check_with_tencent(&check)),
                )
            });
    }

    /// On "Ready?", examines the demo once per read of it (an Apply or Undo reads it again).
    pub(super) fn diagnose_when_ready_is_shown(&mut self) {
        let key = self.doctor_key();
        let fresh = self
            .doctor
            .as_ref()
            .is_some_and(|(made_for, _)| *made_for == key);
        if self.state.step == Step::Ready
            && !fresh
            && self.tasks.busy().is_none()
            && self.demo.scanned_folder().is_some()
        {
            self.diagnose(false);
        }
    }

    /// What a doctor's report is of: this read of the demo, and the values typed now.
    pub(super) fn doctor_key(&self) -> u64 {
        let generation = self.demo.generation.to_string();
        crate::gui::widgets::fingerprint(&[
            &generation,
            self.state.sdk_app_id.trim(),
            &self.secret_key,
            self.state.live.android_package.trim(),
            self.state.live.ios_bundle_id.trim(),
        ])
    }

    fn diagnose(&mut self, online: bool) {
        let Some(demo) = self.demo.demo().cloned() else {
            return;
        };
        let values = self.inputs.values();
        let options = crate::doctor::DoctorOptions {
            online,
            host: self.preview_host.clone(),
            im_endpoint: self.im_endpoint.clone(),
            timeout: None,
            typed: match (&self.inputs.sdk_app_id, &self.inputs.secret_key) {
                (Ok(sdk_app_id), Ok(secret_key)) => Some(crate::doctor::TypedValues {
                    sdk_app_id: *sdk_app_id,
                    secret_key: secret_key.clone(),
                }),
                _ => None,
            },
            android_package: values.as_ref().and_then(|v| v.android_package.clone()),
            ios_bundle_id: values.as_ref().and_then(|v| v.ios_bundle_id.clone()),
        };
        let generation = self.doctor_key();
        self.tasks.spawn(Busy::Diagnosing, "doctor", move || {
            Outcome::Diagnosed(
                generation,
                Box::new(crate::doctor::diagnose(&demo, &options)),
            )
        });
    }

    /// Where a download goes when no folder was typed: `MLVBSDK-master` in the home folder.
    pub(super) fn download_target(&self) -> Option<PathBuf> {
        let typed = self.state.download_into.trim();
        if !typed.is_empty() {
            return Some(PathBuf::from(typed));
        }
        self.preview_host
            .home
            .as_ref()
            .map(|home| home.join(crate::download::DEFAULT_FOLDER))
    }

    fn start_download(&mut self) {
        if self.download.is_some() {
            return;
        }
        let Some(into) = self.download_target() else {
            return;
        };
        let mut request = crate::download::DownloadRequest::new(into);
        if let Some(stall) = self.download_stall {
            request.stall = stall;
        }
        let url = self.state.download_url.trim();
        if !url.is_empty() {
            url.clone_into(&mut request.url);
        }
        let wake = {
            let egui_ctx = std::sync::Arc::clone(&self.egui_ctx);
            move || {
                if let Some(ctx) = egui_ctx.get() {
                    ctx.request_repaint();
                }
            }
        };
        self.download_view = steps::DownloadView::default();
        match crate::download::DownloadTask::spawn(request, wake) {
            Ok(task) => {
                self.download = Some(task);
                self.download_view.running = true;
            }
            Err(err) => {
                let reason = crate::messages::io_reason(&err);
                let message =
                    crate::messages::Message::new(crate::messages::WindowCode::ThreadFailed)
                        .with("reason", reason);
                self.download_view.outcome = Some(Err(message));
            }
        }
    }

    /// Takes in the download's progress and its end; a finished download is the demo read.
    pub(super) fn poll_download(&mut self) {
        let Some(task) = &self.download else {
            return;
        };
        let mut finished = None;
        while let Some(event) = task.try_next() {
            match event {
                crate::download::DownloadEvent::Progress(progress) => {
                    self.download_view.progress = Some(progress);
                }
                crate::download::DownloadEvent::Finished(result) => finished = Some(*result),
            }
        }
        let Some(result) = finished else {
            return;
        };
        self.download = None;
        self.download_view.running = false;
        self.download_view.cancelling = false;
        self.download_view.progress = None;
        match result {
            Ok(done) => {
                self.state.demo_path = done.root.display().to_string();
                self.download_view.outcome = Some(Ok(done.root.clone()));
                self.demo
                    .take_read(DemoRead::with(done.root, Ok(done.demo)));
            }
            Err(why) => self.download_view.outcome = Some(Err(why.message())),
        }
    }

    fn read_demo(&mut self) {
        let path = PathBuf::from(self.state.demo_path.trim());
        if path.as_os_str().is_empty() {
            return;
        }
        self.demo.unpack_error = None;
        let progress = std::sync::Arc::new(crate::demo::ScanProgress::new());
        self.demo.scan_progress = Some(std::sync::Arc::clone(&progress));
        self.tasks.spawn(Busy::Scanning, "demo-scan", move || {
            Outcome::Scanned(DemoRead::counting(path, &progress))
        });
    }

    fn unpack_demo(&mut self, name: Option<String>) {
        let zip = PathBuf::from(self.state.demo_path.trim());
        let dest = PathBuf::from(self.state.unpack_dest.trim());
        self.demo.unpack_error = None;
        self.demo.unpack_exists = None;
        self.tasks.spawn(
            Busy::Unpacking,
            "demo-unpack",
            move || match Demo::unpack_as(&zip, &dest, name.as_deref()) {
                Ok(demo) => {
                    Outcome::Unpacked(Ok(Box::new(DemoRead::with(demo.path.clone(), Ok(demo)))))
                }
                Err(ScanError::DestinationExists { path }) => Outcome::UnpackTargetExists {
                    fresh_name: Demo::free_unpack_name(&zip, &dest).ok(),
                    existing: path,
                },
                Err(err) => Outcome::Unpacked(Err(err.message())),
            },
        );
    }

    /// Plans again whenever the folder or the values changed (the plan is keyed by the values
    /// it was made for), on whatever step: the side list's tick for "Fill in the keys" reads
    /// whether the files already hold the values from it.
    pub(super) fn plan_when_inputs_changed(&mut self) {
        self.demo.update_platforms(&self.state.platforms_off);
        if self.tasks.busy().is_some() {
            return;
        }
        if let Some(values) = self.inputs.values()
            && self.demo.scanned_folder().is_some()
            && self.demo.plan_for(&values).is_none()
            && self.demo.planning.as_ref() != Some(&(values.clone(), self.demo.platforms.clone()))
        {
            self.plan_patch();
        }
    }

    fn plan_patch(&mut self) {
        let (Some(demo), Some(values)) = (self.demo.demo().cloned(), self.inputs.values()) else {
            return;
        };
        let platforms = self.demo.platforms.clone();
        let planning = (values.clone(), platforms.clone());
        let started = self.tasks.spawn(Busy::Planning, "patch-plan", move || {
            let plan = demo
                .plan_for(&values, &platforms)
                .map_err(|err| err.message());
            Outcome::Planned(Box::new((values, platforms)), Box::new(plan))
        });
        if started {
            self.demo.planning = Some(planning);
        }
    }

    fn write_patch(&mut self, kind: WriteKind) {
        let Some(root) = self.demo.scanned_folder().map(PathBuf::from) else {
            return;
        };
        let plan = if kind == WriteKind::Apply {
            let Some(values) = self.inputs.values() else {
                return;
            };
            match self.demo.setup.current_plan(&values) {
                Some(plan) => Some(plan.clone()),
                None => return,
            }
        } else {
            None
        };
        let (busy, name) = match kind {
            WriteKind::Apply => (Busy::Applying, "patch-apply"),
            WriteKind::Undo | WriteKind::BackToOriginal => (Busy::Restoring, "patch-restore"),
        };
        self.demo.last_write = None;
        self.tasks.spawn(busy, name, move || {
            let report = match (&plan, kind) {
                (Some(plan), _) => plan.apply(),
                (None, WriteKind::BackToOriginal) => {
                    setup::restore_to(&root, RestoreDepth::All, false)
                }
                (None, _) => setup::restore_to(&root, RestoreDepth::Last, false),
            };
            Outcome::Written {
                kind,
                report: report.map_err(|err| err.message()),
                rescan: DemoRead::of(root),
            }
        });
    }

    /// Takes in a finished background job.
    pub(super) fn handle_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Picked(_, Picked::Cancelled) => {}
            Outcome::Picked(purpose, Picked::DidNotOpen) => {
                self.dialog_failed = Some((purpose, true));
            }
            Outcome::Picked(DialogPurpose::UnpackDestination, Picked::Path(path)) => {
                self.state.unpack_dest = path.display().to_string();
            }
            Outcome::Picked(
                DialogPurpose::DemoFolder | DialogPurpose::DemoZip,
                Picked::Path(path),
            ) => {
                self.state.demo_path = path.display().to_string();
                self.commands.push(Command::ReadDemo);
            }
            Outcome::Scanned(read) => {
                let is_archive = read.result.as_ref().is_ok_and(|demo| !demo.is_folder);
                if is_archive
                    && self.state.unpack_dest.trim().is_empty()
                    && let Some(parent) = read.path.parent()
                {
                    self.state.unpack_dest = parent.display().to_string();
                }
                self.demo.take_read(read);
            }
            Outcome::Unpacked(Ok(read)) => {
                self.state.demo_path = read.path.display().to_string();
                self.demo.unpacked_to = Some(read.path.clone());
                self.demo.take_read(*read);
            }
            Outcome::Unpacked(Err(error)) => self.demo.unpack_error = Some(error),
            Outcome::UnpackTargetExists {
                existing,
                fresh_name,
            } => self.demo.unpack_exists = Some((existing, fresh_name)),
            Outcome::Planned(key, result) => {
                if self.demo.planning.as_ref() == Some(&*key) {
                    self.demo.planning = None;
                }
                match *result {
                    Ok(plan) => {
                        self.demo.plan_failure = None;
                        self.demo.setup.plan = Some(plan);
                    }
                    Err(why) => {
                        let (values, platforms) = *key;
                        self.demo.plan_failure = Some((values, platforms, why));
                    }
                }
            }
            Outcome::Written {
                kind,
                report,
                rescan,
            } => {
                self.demo.last_write = Some((kind, report));
                self.demo.take_read(rescan);
                // The project file may have changed: check it again on the preview step.
                self.preview.checks_fingerprint = None;
            }
            Outcome::Online(fingerprint, report) => self.online = Some((fingerprint, *report)),
            Outcome::Diagnosed(generation, report) => self.doctor = Some((generation, *report)),
            Outcome::PreviewChecked(..) | Outcome::Preview(_) | Outcome::AppIdWritten { .. } => {
                self.handle_preview_outcome(outcome);
            }
        }
    }
}
