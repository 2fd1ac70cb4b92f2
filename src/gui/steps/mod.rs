//! The wizard's pages, one file each, in the order of the guide. A page draws itself from a
//! [`StepContext`] and asks for effects through [`StepContext::send`].

mod before_you_start;
mod build_and_preview;
mod cloud_services;
mod demo_source;
mod fill_in_keys;
mod live_components;
mod live_values;
mod preview_checks;
mod preview_panel;
mod publish;
mod ready;
mod service_category;

pub use before_you_start::BeforeYouStart;
pub use build_and_preview::BuildAndPreview;
pub use cloud_services::{CloudServices, online_fingerprint};
pub use demo_source::DemoSource;
pub use fill_in_keys::{ADDED_COLOR, FillInKeys, REMOVED_COLOR};
pub use live_components::LiveComponents;
pub use preview_panel::PreviewPanel;
pub use publish::{Publish, REQUEST_DOMAINS};
pub use ready::Ready;
pub use service_category::ServiceCategory;

use eframe::egui;
use std::path::{Path, PathBuf};

use crate::credentials::AppId;
use crate::demo::Platform;
use crate::messages::Message;
use crate::setup::{Demo, Plan, PlatformFilter, Setup, Values, WriteReport};

use super::command::Command;
use super::i18n::I18n;
use super::state::{State, Step};
use super::tasks::Busy;

/// The values as parsed from the fields at the start of the frame (the core's type).
pub type Inputs = crate::setup::ParsedValues;

/// The AppID, when one was typed and it is valid.
#[must_use]
pub fn valid_app_id(inputs: &Inputs) -> Option<&AppId> {
    inputs.app_id.as_ref().and_then(|r| r.as_ref().ok())
}

/// Parses the fields (and the key field's text) into the core's values.
#[must_use]
pub fn parse_inputs(state: &State, secret_key: &str) -> Inputs {
    state.raw_values().parse(secret_key)
}

/// The last read of the demo that failed, and why.
pub struct ReadFailure {
    /// The folder or archive given.
    pub path: PathBuf,
    /// Why it could not be read.
    pub reason: Message,
}

/// What the window knows about the demo: runtime only, rebuilt from the path after a restart.
#[derive(Default)]
pub struct DemoSession {
    /// The setup core's state: the demo read and the plan for the current values.
    pub setup: Setup,
    /// Why the last read failed (the previous demo, if any, is forgotten).
    pub read_failure: Option<ReadFailure>,
    /// Why the last unpack failed.
    pub unpack_error: Option<Message>,
    /// Where the last unpack went.
    pub unpacked_to: Option<PathBuf>,
    /// The last unpack found a folder of the archive's name already there: that folder, and a
    /// free name to unpack under instead.
    pub unpack_exists: Option<(PathBuf, Option<String>)>,
    /// Why the plan for these values (and platforms) could not be made.
    pub plan_failure: Option<(Values, PlatformFilter, Message)>,
    /// Which values (and platforms) a plan is being made for now.
    pub planning: Option<(Values, PlatformFilter)>,
    /// The last Apply, Undo or "Back to the original", and how it went.
    pub last_write: Option<(WriteKind, Result<WriteReport, Message>)>,
    /// How many patches of the folder can be undone.
    pub undo_depth: usize,
    /// The platforms the plan covers (the page's checkboxes), set each frame.
    pub platforms: PlatformFilter,
    /// Counts the reads, so that what was found of an earlier one is known to be old.
    pub generation: u64,
    /// The hosts the mini program's code calls (found when the demo was read).
    pub request_domains: Option<crate::demo::RequestDomains>,
    /// How far the read running now has got (files read of those found).
    pub scan_progress: Option<std::sync::Arc<crate::demo::ScanProgress>>,
}

/// Which write the window ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteKind {
    /// Apply the plan.
    Apply,
    /// Undo the last patch.
    Undo,
    /// Undo every patch: the files as they were before the first one.
    BackToOriginal,
}

impl DemoSession {
    /// Takes in a demo read on a background job, with what was found with it: a new demo drops
    /// the old plan.
    pub fn take_read(&mut self, read: crate::gui::tasks::DemoRead) {
        let crate::gui::tasks::DemoRead {
            path,
            result,
            undo_depth,
            request_domains,
        } = read;
        self.generation += 1;
        self.undo_depth = undo_depth;
        self.request_domains = request_domains;
        self.plan_failure = None;
        self.planning = None;
        match result {
            Ok(demo) => {
                self.read_failure = None;
                self.setup.set_demo(demo);
            }
            Err(reason) => {
                self.setup = Setup::default();
                self.read_failure = Some(ReadFailure { path, reason });
            }
        }
    }

    /// The demo read, if the last read succeeded.
    #[must_use]
    pub fn demo(&self) -> Option<&Demo> {
        self.setup.demo.as_ref()
    }

    /// The scanned folder, when the last read was of a folder and succeeded.
    #[must_use]
    pub fn scanned_folder(&self) -> Option<&Path> {
        self.setup.folder()
    }

    /// The mini program's project folder: where the scan found `project.config.json`, else the
    /// scanned folder.
    #[must_use]
    pub fn mini_program_folder(&self) -> Option<PathBuf> {
        self.demo().and_then(Demo::mini_program_folder)
    }

    /// The plan for `values` (and the platforms ticked), or why it could not be made; `None`
    /// while none was made yet.
    #[must_use]
    pub fn plan_for(&self, values: &Values) -> Option<Result<&Plan, &Message>> {
        if let Some(plan) = self.setup.current_plan_for(values, &self.platforms) {
            return Some(Ok(plan));
        }
        match &self.plan_failure {
            Some((failed, platforms, why)) if failed == values && *platforms == self.platforms => {
                Some(Err(why))
            }
            _ => None,
        }
    }

    /// The platforms of the demo read, when it is a folder, with whether each is ticked.
    #[must_use]
    pub fn platform_choices(
        &self,
        off: &std::collections::BTreeSet<Platform>,
    ) -> Vec<(Platform, bool)> {
        self.demo()
            .filter(|d| d.is_folder)
            .map(|d| {
                d.platforms()
                    .into_iter()
                    .map(|p| (p, !off.contains(&p)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The filter the ticks make: every platform when none is unticked.
    pub fn update_platforms(&mut self, off: &std::collections::BTreeSet<Platform>) {
        let choices = self.platform_choices(off);
        self.platforms = if choices.iter().all(|(_, on)| *on) {
            PlatformFilter::All
        } else {
            PlatformFilter::only(choices.into_iter().filter(|(_, on)| *on).map(|(p, _)| p))
        };
    }
}

/// The demo's download as the demo page shows it.
#[derive(Debug, Default)]
pub struct DownloadView {
    /// Whether one is running.
    pub running: bool,
    /// Whether Cancel was pressed and it is winding down.
    pub cancelling: bool,
    /// Its last progress report.
    pub progress: Option<crate::download::DownloadProgress>,
    /// How the last one ended: the folder, or why not (nothing left behind).
    pub outcome: Option<Result<PathBuf, Message>>,
}

static NO_DOWNLOAD: DownloadView = DownloadView {
    running: false,
    cancelling: false,
    progress: None,
    outcome: None,
};

/// Everything a page may look at, and the way it asks for effects.
pub struct StepContext<'a> {
    /// The window's language.
    pub i18n: &'a I18n,
    /// The persisted state (fields as typed, picks, progress).
    pub state: &'a mut State,
    /// The secret key field's text (runtime only; never persisted).
    pub secret_key: &'a mut String,
    /// The credentials as parsed at the start of the frame.
    pub inputs: &'a Inputs,
    /// The demo as read so far.
    pub demo: &'a DemoSession,
    /// The background job running, if any.
    pub busy: Option<Busy>,
    /// The file dialog that could not be shown, and whether its path field still needs the
    /// cursor (the page gives it, then clears the flag).
    pub dialog_failed: &'a mut Option<(crate::gui::command::DialogPurpose, bool)>,
    /// Tencent Cloud's last answer, with the fingerprint of what it was asked with.
    pub online: Option<&'a (u64, crate::online::OnlineReport)>,
    /// The doctor's last report, when it is of the demo read now.
    pub doctor: Option<&'a crate::doctor::DoctorReport>,
    /// The demo's download: running (with its progress) or how the last one ended.
    pub download: &'a DownloadView,
    commands: &'a mut Vec<Command>,
}

impl<'a> StepContext<'a> {
    /// Bundles what a page needs for one frame.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        i18n: &'a I18n,
        state: &'a mut State,
        secret_key: &'a mut String,
        inputs: &'a Inputs,
        demo: &'a DemoSession,
        busy: Option<Busy>,
        dialog_failed: &'a mut Option<(crate::gui::command::DialogPurpose, bool)>,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        Self {
            i18n,
            state,
            secret_key,
            inputs,
            demo,
            busy,
            dialog_failed,
            online: None,
            doctor: None,
            download: &NO_DOWNLOAD,
            commands,
        }
    }

    /// Asks the app loop to run `command` after this frame's UI.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Shorthand for the current language's text.
    #[must_use]
    pub fn tr(&self, key: &'a str) -> &'a str {
        self.i18n.tr(key)
    }
}

/// The "this is done" box of a step with nothing to type (its tick in the side list).
pub fn confirm_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>, step: Step, key: &str) {
    let mut done = ctx.state.confirmed.contains(&step);
    ui.add_space(10.0);
    if ui
        .checkbox(&mut done, egui::RichText::new(ctx.i18n.tr(key)).strong())
        .changed()
    {
        if done {
            ctx.state.confirmed.insert(step);
        } else {
            ctx.state.confirmed.remove(&step);
        }
    }
}

/// What the side list's ticks are read from: the state of the window, never which buttons
/// were pressed.
pub struct Progress<'a> {
    /// The persisted state (fields as typed, picks, confirmations).
    pub state: &'a State,
    /// The values as parsed this frame.
    pub inputs: &'a Inputs,
    /// The demo as read, and its plan.
    pub demo: &'a DemoSession,
    /// The preview's state.
    pub preview: &'a crate::gui::preview_session::PreviewSession,
}

/// Whether `step` is done, from what the window holds now, however the user got there: the
/// values valid, the demo read, the files on disk carrying the values, a fresh QR, the
/// domains copied or confirmed.
#[must_use]
pub fn is_done(step: Step, progress: &Progress<'_>) -> bool {
    match step {
        Step::BeforeYouStart => valid_app_id(progress.inputs).is_some(),
        Step::ServiceCategory => progress.state.category.is_some(),
        Step::LiveComponents | Step::Publish => progress.state.confirmed.contains(&step),
        Step::CloudServices => progress.inputs.values().is_some(),
        Step::DemoSource => progress.demo.scanned_folder().is_some(),
        Step::FillInKeys => files_carry_values(progress.inputs, progress.demo),
        Step::BuildAndPreview => progress.preview.has_fresh_result(),
        Step::Ready => Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Ready)
            .all(|s| is_done(s, progress)),
    }
}

/// Whether the scanned demo's files already hold the values typed: there is something to
/// fill in, and the plan for these values has nothing left to change.
#[must_use]
pub fn files_carry_values(inputs: &Inputs, demo: &DemoSession) -> bool {
    let Some(values) = inputs.values() else {
        return false;
    };
    let has_files = demo
        .demo()
        .is_some_and(|d| d.is_folder && !d.scan().files.is_empty());
    has_files && matches!(demo.plan_for(&values), Some(Ok(plan)) if plan.patch.is_empty())
}
