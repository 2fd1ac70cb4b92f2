//! The wizard's pages, one file each, in the order of the guide. A page draws itself from a
//! [`StepContext`] and asks for effects through [`StepContext::send`].

mod before_you_start;
mod build_and_preview;
mod cloud_services;
mod demo_source;
mod fill_in_keys;
mod live_components;
mod preview_checks;
mod preview_panel;
mod preview_text;
mod publish;
mod service_category;

pub use before_you_start::BeforeYouStart;
pub use build_and_preview::BuildAndPreview;
pub use cloud_services::{CloudServices, code_cause};
pub use demo_source::{DemoSource, platform_key};
pub use fill_in_keys::{ADDED_COLOR, FillInKeys, REMOVED_COLOR};
pub use live_components::LiveComponents;
pub use preview_panel::PreviewPanel;
pub use preview_text::problem_text;
pub use publish::{Publish, REQUEST_DOMAINS};
pub use service_category::ServiceCategory;

use std::path::{Path, PathBuf};

use crate::credentials::{AppId, CredentialError, SdkAppId, SecretKey};

use super::backend::{PatchInputs, PlanView, ScannedDemo, WriteReport};
use super::command::Command;
use super::i18n::I18n;
use super::state::{State, Step};
use super::tasks::Busy;

/// The three credentials as parsed from the fields at the start of the frame.
pub struct Inputs {
    /// The AppID field.
    pub app_id: Result<AppId, CredentialError>,
    /// The SDKAppID field.
    pub sdk_app_id: Result<SdkAppId, CredentialError>,
    /// The secret key field.
    pub secret_key: Result<SecretKey, CredentialError>,
}

impl Inputs {
    /// Parses the fields.
    #[must_use]
    pub fn parse(state: &State, secret_key: &str) -> Self {
        Self {
            app_id: AppId::parse(&state.app_id),
            sdk_app_id: SdkAppId::parse(&state.sdk_app_id),
            secret_key: SecretKey::parse(secret_key),
        }
    }

    /// The values a patch needs, when SDKAppID and key are valid (the AppID is optional).
    #[must_use]
    pub fn patch_inputs(&self) -> Option<PatchInputs> {
        Some(PatchInputs {
            sdk_app_id: *self.sdk_app_id.as_ref().ok()?,
            secret_key: self.secret_key.as_ref().ok()?.clone(),
            app_id: self.app_id.as_ref().ok().cloned(),
        })
    }
}

/// What the window knows about the demo: runtime only, rebuilt from the path after a restart.
#[derive(Default)]
pub struct DemoSession {
    /// The last read and its result.
    pub scan: Option<ScannedDemo>,
    /// Why the last unpack failed.
    pub unpack_error: Option<String>,
    /// Where the last unpack went.
    pub unpacked_to: Option<PathBuf>,
    /// The plan for the scanned folder and the current values.
    pub plan: Option<Result<PlanView, String>>,
    /// Which inputs the plan was made for.
    pub plan_fingerprint: Option<u64>,
    /// The last Apply (`true`) or Undo (`false`) and how it went.
    pub last_write: Option<(bool, Result<WriteReport, String>)>,
}

impl DemoSession {
    /// The scanned folder, when the last read was of a folder and succeeded.
    #[must_use]
    pub fn scanned_folder(&self) -> Option<&Path> {
        match &self.scan {
            Some(ScannedDemo {
                path,
                is_folder: true,
                result: Ok(_),
            }) => Some(path),
            _ => None,
        }
    }

    /// The mini program's project folder: where the scan found `project.config.json`, else the
    /// scanned folder.
    #[must_use]
    pub fn mini_program_folder(&self) -> Option<PathBuf> {
        let root = self.scanned_folder()?;
        let Some(ScannedDemo {
            result: Ok(scan), ..
        }) = &self.scan
        else {
            return None;
        };
        let config = scan
            .files
            .iter()
            .find(|f| f.role == crate::demo::FileRole::ProjectConfig);
        Some(match config.and_then(|f| f.rel_path.parent()) {
            Some(dir) => root.join(dir),
            None => root.to_path_buf(),
        })
    }
}

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
    commands: &'a mut Vec<Command>,
}

impl<'a> StepContext<'a> {
    /// Bundles what a page needs for one frame.
    pub fn new(
        i18n: &'a I18n,
        state: &'a mut State,
        secret_key: &'a mut String,
        inputs: &'a Inputs,
        demo: &'a DemoSession,
        busy: Option<Busy>,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        Self {
            i18n,
            state,
            secret_key,
            inputs,
            demo,
            busy,
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

/// Whether a page's required input is there, which enables its Next button (and keeps its tick).
#[must_use]
pub fn is_complete(step: Step, inputs: &Inputs, demo: &DemoSession) -> bool {
    match step {
        Step::BeforeYouStart => inputs.app_id.is_ok(),
        Step::CloudServices => inputs.patch_inputs().is_some(),
        Step::DemoSource => demo.scanned_folder().is_some(),
        _ => true,
    }
}
