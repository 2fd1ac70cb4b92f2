//! The wizard's frame loop: draw the layout and the current step, then run the commands the
//! widgets returned, poll the background jobs and save the state when it changed.

use eframe::egui;
mod effects;
mod options;
mod preview_effects;

pub use options::AppOptions;

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use egui::RichText;

use super::command::{Command, DialogPurpose};
use super::i18n::{I18n, Lang};
use super::opener::Opener;
use super::preview_session::PreviewSession;
use super::secrets::{KeyStorage, KeychainEvent, SecretStore};
use super::settings_writer::SettingsWriter;
use super::state::{self, State, Step, Theme};
use super::steps::{self, DemoSession, Inputs, StepContext};
use super::tasks::Tasks;
use super::usersig_tool::UserSigTool;
use super::widgets::{button_ui, callout_ui, one_line_ui};
use crate::messages::{KeychainProblem, Localize, Message};
use crate::preview::HostEnv;

/// Environment variable: start on this step (kebab-case name or 1-based number).
pub const START_STEP_ENV: &str = "MLVB_SETUP_START_STEP";
/// Environment variable: start in this language (`en` or `zh-CN`), overriding the saved choice.
pub const LANG_ENV: &str = "MLVB_SETUP_LANG";
/// Environment variable: set to `1` to keep the key in memory only (no keychain access).
pub const NO_KEYCHAIN_ENV: &str = "MLVB_SETUP_NO_KEYCHAIN";

/// A message across the top of the main area until dismissed; worded when drawn, so it
/// follows a language switch.
struct Notice {
    key: &'static str,
    reason: Option<Message>,
}

/// What the desktop around the window offers: a browser and file manager, file dialogs.
struct Desktop {
    opener: Opener,
    native_dialogs: bool,
}

/// The wizard window.
pub struct WizardApp {
    state: State,
    secret_key: String,
    i18n: I18n,
    inputs: Inputs,
    pages: Pages,
    usersig_tool: UserSigTool,
    demo: DemoSession,
    preview: PreviewSession,
    preview_host: HostEnv,
    preview_env: Vec<(OsString, OsString)>,
    preview_work_dir: Option<PathBuf>,
    tasks: Tasks,
    secrets: SecretStore,
    settings: SettingsWriter,
    notices: Vec<Notice>,
    /// A link or folder that could not be opened: what, and why (shown with a Copy button).
    open_failure: Option<(String, Message)>,
    desktop: Desktop,
    /// The dialog that could not be shown, and whether its path field still needs the cursor.
    dialog_failed: Option<(DialogPurpose, bool)>,
    /// Tencent Cloud's last answer, with the fingerprint of what it was asked with.
    online: Option<(u64, crate::online::OnlineReport)>,
    /// Where the IM REST API is (tests: a stand-in; `None`: as the environment says).
    im_endpoint: Option<String>,
    /// The demo's download running now.
    download: Option<crate::download::DownloadTask>,
    /// What the demo page shows of downloads.
    download_view: steps::DownloadView,
    /// How long a download's server may stay silent (`None`: the default).
    download_stall: Option<std::time::Duration>,
    /// The doctor's last report ("Ready?"), with the demo read generation it is of.
    doctor: Option<(u64, crate::doctor::DoctorReport)>,
    status: Option<String>,
    commands: Vec<Command>,
    egui_ctx: Arc<OnceLock<egui::Context>>,
    check_cjk_font: bool,
    /// Set once the font check found no Chinese font: the switch then names Chinese in English.
    cjk_font_missing: bool,
    started: bool,
}

/// One struct per page (each file in `steps/`).
#[derive(Default)]
struct Pages {
    before: steps::BeforeYouStart,
    category: steps::ServiceCategory,
    components: steps::LiveComponents,
    cloud: steps::CloudServices,
    demo: steps::DemoSource,
    keys: steps::FillInKeys,
    build: steps::BuildAndPreview,
    publish: steps::Publish,
    ready: steps::Ready,
}

impl WizardApp {
    /// Loads the saved state and starts the keychain lookup. The window's `egui::Context` is
    /// picked up on the first frame.
    #[must_use]
    pub fn new(options: &AppOptions) -> Self {
        let mut state = options
            .settings_path
            .as_deref()
            .map(state::load)
            .unwrap_or_default();
        if let Some(step) = options.start_step {
            state.step = step;
        }
        // An override (MLVB_SETUP_LANG, tests) is used, not saved: only a click on the switch is.
        let lang = options
            .language
            .or(state.language)
            .unwrap_or_else(Lang::from_system);
        let egui_ctx: Arc<OnceLock<egui::Context>> = Arc::default();
        let repaint = {
            let egui_ctx = Arc::clone(&egui_ctx);
            move || {
                if let Some(ctx) = egui_ctx.get() {
                    ctx.request_repaint();
                }
            }
        };
        let secrets = if options.use_keychain {
            SecretStore::keychain(repaint.clone())
        } else {
            let problem = options.keychain_problem.clone();
            SecretStore::memory_only(problem.unwrap_or(KeychainProblem::NotUsed))
        };
        let mut notices = Vec::new();
        if let Some(problem) = &options.keychain_problem {
            notices.push(Notice {
                key: "notice-keychain_unavailable",
                reason: Some(problem.message()),
            });
        }
        let inputs = steps::parse_inputs(&state, "");
        Self {
            settings: SettingsWriter::new(options.settings_path.clone(), state.clone()),
            state,
            secret_key: String::new(),
            i18n: I18n::new(lang),
            inputs,
            pages: Pages::default(),
            usersig_tool: UserSigTool::default(),
            demo: DemoSession::default(),
            preview: PreviewSession::default(),
            preview_host: options.preview_host.clone(),
            preview_env: options.preview_env.clone(),
            preview_work_dir: options.preview_work_dir.clone(),
            tasks: Tasks::new(Arc::new(repaint)),
            secrets,
            notices,
            open_failure: None,
            desktop: Desktop {
                opener: options.opener,
                native_dialogs: options.native_dialogs,
            },
            dialog_failed: None,
            online: None,
            im_endpoint: options.im_endpoint.clone(),
            doctor: None,
            download: None,
            download_view: steps::DownloadView::default(),
            download_stall: options.download_stall,
            status: None,
            commands: Vec::new(),
            egui_ctx,
            check_cjk_font: options.check_cjk_font,
            cjk_font_missing: false,
            started: false,
        }
    }

    /// The persisted state (for tests and the settings writer).
    #[must_use]
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Whether `step` is ticked in the side list: done by what the window holds now.
    #[must_use]
    pub fn is_step_done(&self, step: Step) -> bool {
        steps::is_done(
            step,
            &steps::Progress {
                state: &self.state,
                inputs: &self.inputs,
                demo: &self.demo,
                preview: &self.preview,
            },
        )
    }

    /// Whether a background job is running (tests step the window until it is not).
    #[must_use]
    pub fn is_busy(&self) -> bool {
        self.tasks.busy().is_some() || self.download.is_some()
    }

    /// The preview's runtime state: checks, stage, the QR on show (tests read it back).
    #[must_use]
    pub fn preview(&self) -> &PreviewSession {
        &self.preview
    }

    /// Where the key is kept now.
    #[must_use]
    pub fn key_storage(&self) -> &KeyStorage {
        self.secrets.storage()
    }

    /// One frame: the whole window inside `ui`.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.started {
            self.start(&ctx);
        }
        self.poll_background();
        self.take_dropped_files(&ctx);
        self.inputs = steps::parse_inputs(&self.state, &self.secret_key);
        self.plan_when_inputs_changed();
        self.diagnose_when_ready_is_shown();
        self.check_preview_when_inputs_changed();

        self.top_bar_ui(ui);
        self.bottom_bar_ui(ui);
        self.side_list_ui(ui);
        egui::CentralPanel::default().show(ui, |ui| self.main_ui(ui));
        let commands = self.usersig_tool.window_ui(
            &ctx,
            &self.i18n,
            &self.inputs,
            &mut self.state.usersig_user_id,
        );
        self.commands.extend(commands);
        drop_overlay_ui(&ctx, &self.i18n);
        for url in super::widgets::take_clicked_links(&ctx) {
            self.commands.push(Command::OpenUrl(url));
        }

        for command in std::mem::take(&mut self.commands) {
            self.run(&ctx, command);
        }
        self.settings.save_if_changed(&self.state);
    }

    /// Writes the settings file now, waiting for it (on exit).
    pub fn flush_settings(&mut self) {
        self.settings.flush(&self.state);
    }

    /// On exit: ends a running preview with everything it started, and saves the settings.
    pub fn shut_down(&mut self) {
        self.tasks.end_preview(std::time::Duration::from_secs(5));
        self.flush_settings();
    }

    fn start(&mut self, ctx: &egui::Context) {
        self.started = true;
        ctx.set_theme(self.state.theme.preference());
        let _ = self.egui_ctx.set(ctx.clone());
        if self.i18n.lang() == Lang::ZhCn && !self.chinese_font_available(ctx) {
            self.i18n.set_lang(Lang::En);
            self.notice("notice-no_cjk_font", None);
        }
        if !self.state.demo_path.trim().is_empty() {
            self.commands.push(Command::ReadDemo);
        }
    }

    fn chinese_font_available(&mut self, ctx: &egui::Context) -> bool {
        let available = !self.check_cjk_font
            || ctx.fonts_mut(|fonts| fonts.has_glyphs(&egui::FontId::proportional(14.0), "中文"));
        self.cjk_font_missing = !available;
        available
    }

    /// Shows a notice (replacing one with the same key).
    fn notice(&mut self, key: &'static str, reason: Option<Message>) {
        self.notices.retain(|n| n.key != key);
        self.notices.push(Notice { key, reason });
    }

    fn poll_background(&mut self) {
        for event in self.secrets.poll() {
            match event {
                KeychainEvent::Loaded(Some(key)) if self.secret_key.is_empty() => {
                    self.secret_key = key;
                }
                KeychainEvent::Loaded(_) | KeychainEvent::Stored => {}
                KeychainEvent::Unavailable(reason) => {
                    self.notice("notice-keychain_unavailable", Some(reason.message()));
                }
                KeychainEvent::StoreFailed(reason) => {
                    self.notice("notice-keychain_save_failed", Some(reason.message()));
                }
            }
        }
        if let Some(error) = self.settings.poll_error() {
            self.notice("notice-settings_failed", Some(error));
        }
        while let Some(outcome) = self.tasks.poll() {
            self.handle_outcome(outcome);
        }
        self.poll_download();
    }

    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()));
        if let Some(path) = dropped {
            self.state.demo_path = path.display().to_string();
            self.state.step = Step::DemoSource;
            self.commands.push(Command::ReadDemo);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("mlvb-setup").strong().size(18.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(self.i18n.tr("top-usersig_tool")).clicked() {
                        self.commands.push(Command::ToggleUserSigTool);
                    }
                    ui.separator();
                    for lang in Lang::ALL.into_iter().rev() {
                        let selected = self.i18n.lang() == lang;
                        let name = if lang == Lang::ZhCn && self.cjk_font_missing {
                            "中文 (Chinese)"
                        } else {
                            lang.native_name()
                        };
                        if ui.selectable_label(selected, name).clicked() && !selected {
                            self.commands.push(Command::SetLanguage(lang));
                        }
                    }
                    ui.label(RichText::new(self.i18n.tr("lang-label")).weak());
                    ui.separator();
                    self.theme_ui(ui);
                    // The subtitle takes what room is left, cut rather than overlapping.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        one_line_ui(ui, RichText::new(self.i18n.tr("app-subtitle")).weak());
                    });
                });
            });
        });
    }

    /// The theme switch: follow the system, or light, or dark (drawn right to left).
    fn theme_ui(&mut self, ui: &mut egui::Ui) {
        let themes = [
            (Theme::Dark, "theme-dark"),
            (Theme::Light, "theme-light"),
            (Theme::System, "theme-system"),
        ];
        for (theme, key) in themes {
            let selected = self.state.theme == theme;
            if ui.selectable_label(selected, self.i18n.tr(key)).clicked() && !selected {
                self.state.theme = theme;
                ui.ctx().set_theme(theme.preference());
            }
        }
    }

    fn bottom_bar_ui(&mut self, ui: &mut egui::Ui) {
        let step = self.state.step;
        egui::Panel::bottom("nav-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let back = egui::Button::new(self.i18n.tr("nav-back"));
                if button_ui(
                    ui,
                    step.previous().is_some(),
                    back,
                    self.i18n.tr("nav-why-first"),
                )
                .clicked()
                {
                    self.commands.push(Command::Back);
                }
                let n = (step.index() + 1).to_string();
                let total = Step::ALL.len().to_string();
                ui.label(
                    self.i18n
                        .trf("nav-step_of", &[("n", &n), ("total", &total)]),
                );
                // Next first (right to left), then the status in whatever room is left, on one
                // line: a long status is cut, never pushing Next out of the window.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if step.next().is_some() {
                        let next =
                            egui::Button::new(RichText::new(self.i18n.tr("nav-next")).strong());
                        if ui.add(next).clicked() {
                            self.commands.push(Command::Next);
                        }
                    }
                    if let Some(status) = &self.status {
                        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                            one_line_ui(ui, RichText::new(status).weak());
                        });
                    }
                });
            });
            ui.add_space(2.0);
        });
    }

    fn side_list_ui(&mut self, ui: &mut egui::Ui) {
        let progress = steps::Progress {
            state: &self.state,
            inputs: &self.inputs,
            demo: &self.demo,
            preview: &self.preview,
        };
        let mut go_to = None;
        egui::Panel::left("step-list")
            .resizable(false)
            .exact_size(200.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                ui.label(RichText::new(self.i18n.tr("nav-steps")).weak());
                for (index, step) in Step::ALL.into_iter().enumerate() {
                    let ticked = steps::is_done(step, &progress);
                    let mark = if ticked { "✔" } else { "  " };
                    let text = format!("{mark} {}. {}", index + 1, self.i18n.tr(step.title_key()));
                    let text = if ticked {
                        RichText::new(text).color(steps::ADDED_COLOR)
                    } else {
                        RichText::new(text)
                    };
                    let selected = self.state.step == step;
                    let row = ui.add_sized(
                        [ui.available_width(), 26.0],
                        egui::Button::selectable(selected, text).right_text(""),
                    );
                    if row.clicked() {
                        go_to = Some(step);
                    }
                }
                ui.add_space(12.0);
                let storage_key = match self.secrets.storage() {
                    KeyStorage::Pending => None,
                    KeyStorage::Keychain => Some("side-key_in_keychain"),
                    KeyStorage::MemoryOnly(_) => Some("side-key_in_memory"),
                };
                if let Some(key) = storage_key {
                    ui.add(
                        egui::Label::new(RichText::new(self.i18n.tr(key)).weak().small()).wrap(),
                    );
                }
            });
        if let Some(step) = go_to {
            self.commands.push(Command::GoTo(step));
        }
    }

    fn main_ui(&mut self, ui: &mut egui::Ui) {
        let mut dismissed = None;
        for notice in &self.notices {
            let color = ui.visuals().warn_fg_color;
            callout_ui(ui, color, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let reason = notice.reason.as_ref().map(|r| self.i18n.msg(r));
                    let text = self.i18n.trf(
                        notice.key,
                        &[("reason", reason.as_deref().unwrap_or_default())],
                    );
                    ui.add(egui::Label::new(text).wrap());
                    if ui.small_button(self.i18n.tr("notice-dismiss")).clicked() {
                        dismissed = Some(notice.key);
                    }
                });
            });
            ui.add_space(6.0);
        }
        if let Some(key) = dismissed {
            self.commands.push(Command::DismissNotice(key));
        }
        if let Some((target, reason)) = &self.open_failure {
            let color = ui.visuals().warn_fg_color;
            let mut close = false;
            callout_ui(ui, color, |ui| {
                let reason = self.i18n.msg(reason);
                let text = self.i18n.trf("notice-open_failed", &[("reason", &reason)]);
                ui.add(egui::Label::new(text).wrap());
                ui.horizontal_wrapped(|ui| {
                    ui.add(egui::Label::new(RichText::new(target).monospace()).wrap());
                    if let Some(command) = super::widgets::copy_button_ui(ui, &self.i18n, target) {
                        self.commands.push(command);
                    }
                    if ui.small_button(self.i18n.tr("notice-dismiss")).clicked() {
                        close = true;
                    }
                });
            });
            ui.add_space(6.0);
            if close {
                self.commands.push(Command::DismissOpenFailure);
            }
        }
        let step = self.state.step;
        ui.label(
            RichText::new(self.i18n.tr(step.title_key()))
                .heading()
                .strong(),
        );
        ui.add_space(4.0);
        let busy = self.tasks.busy();
        let doctor_key = self.doctor_key();
        let mut ctx = StepContext::new(
            &self.i18n,
            &mut self.state,
            &mut self.secret_key,
            &self.inputs,
            &self.demo,
            busy,
            &mut self.dialog_failed,
            &mut self.commands,
        );
        ctx.online = self.online.as_ref();
        ctx.download = &self.download_view;
        ctx.doctor = self
            .doctor
            .as_ref()
            .filter(|(made_for, _)| *made_for == doctor_key)
            .map(|(_, report)| report);
        let pages = &mut self.pages;
        if step == Step::FillInKeys {
            // Apply, Undo and their result stay in view however long the page below is.
            egui::Panel::bottom("keys-actions").show(ui, |ui| {
                pages.keys.actions_ui(ui, &mut ctx);
            });
        }
        egui::ScrollArea::vertical()
            .id_salt(("page", step))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(860.0));
                match step {
                    Step::BeforeYouStart => pages.before.ui(ui, &mut ctx),
                    Step::ServiceCategory => pages.category.ui(ui, &mut ctx),
                    Step::LiveComponents => pages.components.ui(ui, &mut ctx),
                    Step::CloudServices => pages.cloud.ui(ui, &mut ctx),
                    Step::DemoSource => pages.demo.ui(ui, &mut ctx),
                    Step::FillInKeys => pages.keys.ui(ui, &mut ctx),
                    Step::BuildAndPreview => pages.build.ui(ui, &mut ctx, &self.preview),
                    Step::Publish => pages.publish.ui(ui, &mut ctx),
                    Step::Ready => pages.ready.ui(ui, &mut ctx, &self.preview),
                }
                ui.add_space(16.0);
            });
    }
}

/// A veil over the window while files are dragged over it.
fn drop_overlay_ui(ctx: &egui::Context, i18n: &I18n) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-overlay"));
    let painter = ctx.layer_painter(layer);
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        i18n.tr("notice-drop_here"),
        egui::FontId::proportional(22.0),
        egui::Color32::WHITE,
    );
}

impl eframe::App for WizardApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        WizardApp::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shut_down();
    }
}
