//! The preview panel of "Build and preview": the offline checks as a checklist with their fixes,
//! the route and its paths, "Get preview QR" / "Push to my phone" / Cancel, and the QR WeChat
//! made (or the login QR DevTools asks to be scanned, or the guidance for what went wrong). The
//! trial-version QR, drawn locally, sits underneath.

use eframe::egui;
use egui::{Color32, RichText};

use crate::gui::command::Command;
use crate::gui::preview_session::{PreviewPhase, PreviewSession, RunningStage, ShownImage};
use crate::gui::state::PreviewRoute;
use crate::gui::widgets::{
    FieldStatus, button_ui, copy_button_ui, labelled_field_ui, link_ui, paragraph_ui,
};
use crate::messages::{Message, PreviewCode};
use crate::preview::outputs::unix_seconds;
use crate::preview::trial::{self, TrialQr};
use crate::preview::{
    DEVTOOLS_DOWNLOAD_URL, DEVTOOLS_LINUX_COMMUNITY_URL, Preflight, PreviewFailure, PreviewProblem,
    QrImage, Route,
};

use super::StepContext;
use super::fill_in_keys::ADDED_COLOR;
use super::preview_checks::checklist_ui;

/// How large a QR is drawn, in points.
const QR_SIDE: f32 = 220.0;

/// The panel's own runtime state: the textures it uploaded, each once per new image.
#[derive(Default)]
pub struct PreviewPanel {
    /// The preview or login QR on show, and the image id it was made from.
    qr_texture: Option<(u64, egui::TextureHandle)>,
    /// The trial QR, for the AppID it was drawn for.
    trial: Option<TrialView>,
}

struct TrialView {
    app_id: String,
    drawn: Result<(TrialQr, egui::TextureHandle), String>,
}

impl PreviewPanel {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>, session: &PreviewSession) {
        route_ui(ui, ctx, session);
        ui.add_space(6.0);
        checklist_ui(ui, ctx, session);
        ui.add_space(8.0);
        actions_ui(ui, ctx, session);
        ui.add_space(6.0);
        self.result_ui(ui, ctx, session);
        ui.add_space(10.0);
        self.trial_ui(ui, ctx);
    }

    fn result_ui(&mut self, ui: &mut egui::Ui, ctx: &StepContext<'_>, session: &PreviewSession) {
        let i18n = ctx.i18n;
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                match &session.phase {
                    PreviewPhase::Idle => {
                        ui.label(RichText::new(i18n.tr("preview-idle")).weak());
                    }
                    PreviewPhase::Running {
                        push,
                        stage,
                        login_qr,
                    } => {
                        if let Some(login) = login_qr {
                            ui.label(RichText::new(i18n.tr("preview-login-title")).strong());
                            paragraph_ui(ui, i18n.tr("preview-login-scan"));
                            self.qr_image_ui(ui, login, i18n.tr("preview-login-alt"));
                        }
                        ui.horizontal_wrapped(|ui| {
                            crate::gui::widgets::spinner_ui(ui);
                            if *push {
                                ui.label(i18n.tr("preview-stage-pushing"));
                            }
                            ui.add(egui::Label::new(stage_text(ctx, stage)).wrap());
                        });
                        if *push && let Some(qr) = session.shown_qr() {
                            self.qr_image_ui(ui, &qr.image, i18n.tr("preview-qr-alt"));
                        }
                    }
                    PreviewPhase::Ready(qr) => {
                        ui.horizontal(|ui| {
                            self.qr_image_ui(ui, &qr.image, i18n.tr("preview-qr-alt"));
                            ui.vertical(|ui| {
                                ui.label(
                                    RichText::new(i18n.tr("preview-qr-ready"))
                                        .strong()
                                        .color(ADDED_COLOR),
                                );
                                paragraph_ui(ui, i18n.tr("preview-qr-scan"));
                                if let Some(size) = &qr.package_size {
                                    let size = size.total_text();
                                    ui.label(i18n.trf("preview-qr-size", &[("size", &size)]));
                                }
                                let time = crate::time::format_local(unix_seconds(qr.made_at));
                                ui.label(i18n.trf("preview-qr-made", &[("time", &time)]));
                                if qr.route == Route::MiniprogramCi {
                                    ui.label(RichText::new(i18n.tr("preview-qr-route_ci")).weak());
                                }
                                if qr.logged_in {
                                    ui.label(RichText::new(i18n.tr("preview-qr-logged_in")).weak());
                                }
                            });
                        });
                    }
                    PreviewPhase::Pushed {
                        package_size,
                        made_at,
                    } => {
                        let time = crate::time::format_local(unix_seconds(*made_at));
                        ui.label(
                            RichText::new(i18n.trf("preview-pushed", &[("time", &time)]))
                                .color(ADDED_COLOR),
                        );
                        if let Some(size) = package_size {
                            let size = size.total_text();
                            ui.label(i18n.trf("preview-qr-size", &[("size", &size)]));
                        }
                        // The QR made before stays on show: another phone can still scan it.
                        if let Some(qr) = session.shown_qr() {
                            ui.add_space(6.0);
                            self.qr_image_ui(ui, &qr.image, i18n.tr("preview-qr-alt"));
                            let made = crate::time::format_local(unix_seconds(qr.made_at));
                            ui.label(
                                RichText::new(i18n.trf("preview-qr-made", &[("time", &made)]))
                                    .weak(),
                            );
                        }
                    }
                    PreviewPhase::Failed(failure) => failure_ui(ui, ctx, failure),
                }
            });
    }

    /// The preview or login QR, uploaded as a texture once per new image.
    fn qr_image_ui(&mut self, ui: &mut egui::Ui, shown: &ShownImage, alt: &str) {
        let (texture, new) = match &self.qr_texture {
            Some((id, texture)) if *id == shown.id => (texture.clone(), false),
            _ => {
                let Some(texture) = load_texture(ui.ctx(), "preview-qr", &shown.image) else {
                    return;
                };
                self.qr_texture = Some((shown.id, texture.clone()));
                (texture, true)
            }
        };
        let response = qr_texture_ui(ui, &texture, alt);
        if new {
            // A new code may appear below the fold: bring it into view once.
            response.scroll_to_me(Some(egui::Align::Center));
        }
    }

    fn trial_ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        egui::CollapsingHeader::new(RichText::new(i18n.tr("preview-trial-title")).strong())
            .id_salt("trial-qr")
            .show(ui, |ui| {
                paragraph_ui(ui, &i18n.msg(&trial::trial_label()));
                let Some(app_id) = super::valid_app_id(ctx.inputs) else {
                    ui.label(RichText::new(i18n.tr("preview-trial-needs_app_id")).weak());
                    return;
                };
                let app_id_text = app_id.to_string();
                if self.trial.as_ref().map(|t| t.app_id.as_str()) != Some(app_id_text.as_str()) {
                    let drawn = trial::trial_qr(app_id)
                        .map_err(|e| i18n.msg(&e))
                        .and_then(|qr| {
                            load_texture(ui.ctx(), "trial-qr", &qr.image)
                                .map(|texture| (qr, texture))
                                .ok_or_else(|| {
                                    i18n.msg(&Message::new(PreviewCode::QrPixelsMismatch))
                                })
                        });
                    self.trial = Some(TrialView {
                        app_id: app_id_text,
                        drawn,
                    });
                }
                match self.trial.as_ref().map(|t| &t.drawn) {
                    Some(Ok((qr, texture))) => {
                        ui.horizontal(|ui| {
                            let _ = qr_texture_ui(ui, texture, i18n.tr("preview-trial-alt"));
                            ui.vertical(|ui| {
                                ui.label(RichText::new(&qr.url).monospace().small());
                                if let Some(command) = copy_button_ui(ui, i18n, &qr.url) {
                                    ctx.send(command);
                                }
                            });
                        });
                    }
                    Some(Err(error)) => {
                        let text = i18n.trf("preview-trial-failed", &[("error", error)]);
                        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
                    }
                    None => {}
                }
            });
    }
}

fn load_texture(ctx: &egui::Context, name: &str, image: &QrImage) -> Option<egui::TextureHandle> {
    let size = [image.width as usize, image.height as usize];
    if size[0] == 0 || image.rgba.len() != size[0] * size[1] * 4 {
        return None;
    }
    let pixels = egui::ColorImage::from_rgba_unmultiplied(size, &image.rgba);
    // Enlarged: nearest, so the modules stay sharp; shrunk: linear, so none is dropped.
    let options = egui::TextureOptions {
        magnification: egui::TextureFilter::Nearest,
        minification: egui::TextureFilter::Linear,
        ..egui::TextureOptions::NEAREST
    };
    Some(ctx.load_texture(name, pixels, options))
}

/// A QR texture about [`QR_SIDE`] points large, scaled by a whole factor (or its inverse) in
/// screen pixels so that every module gets the same number of pixels.
fn qr_texture_ui(ui: &mut egui::Ui, texture: &egui::TextureHandle, alt: &str) -> egui::Response {
    let [w, h] = texture.size_vec2().into();
    let ppp = ui.ctx().pixels_per_point();
    let target = QR_SIDE * ppp;
    let side = w.max(h).max(1.0);
    let factor = if side <= target {
        (target / side).floor()
    } else {
        1.0 / (side / target).ceil()
    };
    let scale = factor / ppp;
    ui.add(
        egui::Image::new((texture.id(), egui::vec2(w * scale, h * scale)))
            .bg_fill(Color32::WHITE)
            .alt_text(alt),
    )
}

fn stage_text(ctx: &StepContext<'_>, stage: &RunningStage) -> String {
    let message = match stage {
        RunningStage::Checking => Message::new(PreviewCode::StageChecking),
        RunningStage::Running(command) => {
            Message::new(PreviewCode::StageRunning).with("command", command.as_str())
        }
        RunningStage::WaitingForLogin => Message::new(PreviewCode::StageLogin),
        RunningStage::Retrying => Message::new(PreviewCode::StageRetrying),
        RunningStage::Decoding => Message::new(PreviewCode::StageDecoding),
    };
    ctx.i18n.msg(&message)
}

fn failure_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, failure: &PreviewFailure) {
    let i18n = ctx.i18n;
    let text = i18n.msg(&failure.problem);
    if failure.problem == PreviewProblem::Cancelled {
        ui.label(RichText::new(text).weak());
        return;
    }
    let color = ui.visuals().error_fg_color;
    ui.add(egui::Label::new(RichText::new(format!("✖ {text}")).color(color)).wrap());
    problem_links_ui(ui, ctx, &failure.problem);
    if !failure.output_tail.trim().is_empty() {
        egui::CollapsingHeader::new(i18n.tr("preview-output"))
            .id_salt("preview-output")
            .show(ui, |ui| {
                ui.label(
                    RichText::new(failure.output_tail.trim())
                        .monospace()
                        .small(),
                );
            });
    }
}

/// Where to get DevTools, under the problems that ask for it.
fn problem_links_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, problem: &PreviewProblem) {
    if matches!(problem, PreviewProblem::DevToolsNotFound { .. }) {
        ui.horizontal_wrapped(|ui| {
            link_ui(ui, ctx.i18n, "build-link-devtools", DEVTOOLS_DOWNLOAD_URL);
            link_ui(
                ui,
                ctx.i18n,
                "preview-link-linux",
                DEVTOOLS_LINUX_COMMUNITY_URL,
            );
        });
    }
}

/// The route switch and the path fields it needs.
fn route_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>, session: &PreviewSession) {
    let i18n = ctx.i18n;
    let idle = !session.is_running();
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.tr("preview-route-label"));
        ui.add_enabled_ui(idle, |ui| {
            let route = &mut ctx.state.preview_route;
            ui.radio_value(
                route,
                PreviewRoute::DevTools,
                i18n.tr("preview-route-devtools"),
            );
            ui.radio_value(
                route,
                PreviewRoute::MiniprogramCi,
                i18n.tr("preview-route-ci"),
            );
        });
    });
    ui.add_space(4.0);
    match ctx.state.preview_route {
        PreviewRoute::DevTools => {
            let _ = labelled_field_ui(
                ui,
                i18n.tr("preview-field-devtools_cli"),
                i18n.tr("preview-field-devtools_cli_hint"),
                &mut ctx.state.devtools_cli,
                false,
                |_| FieldStatus::Note(i18n.tr("preview-field-devtools_cli_note").to_owned()),
            );
        }
        PreviewRoute::MiniprogramCi => {
            let _ = labelled_field_ui(
                ui,
                i18n.tr("preview-field-ci_key"),
                i18n.tr("preview-field-ci_key_hint"),
                &mut ctx.state.ci_key_path,
                false,
                |_| FieldStatus::Note(String::new()),
            );
            paragraph_ui(ui, i18n.tr("preview-ci-explain"));
            let warn = ui.visuals().warn_fg_color;
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {}", i18n.tr("preview-ci-whitelist"))).color(warn),
                )
                .wrap(),
            );
        }
    }
}

fn actions_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>, session: &PreviewSession) {
    let i18n = ctx.i18n;
    let blocked = session.checks.as_ref().is_some_and(Preflight::is_blocked);
    let ready = ctx.busy.is_none() && session.checks.is_some() && !blocked;
    let why = if blocked {
        i18n.tr("preview-blocked")
    } else if ctx.busy.is_some() {
        i18n.tr("why-busy")
    } else {
        i18n.tr("preview-checks-pending")
    };
    ui.horizontal(|ui| {
        if session.is_running() {
            if ui.button(i18n.tr("preview-cancel")).clicked() {
                ctx.send(Command::CancelPreview);
            }
            return;
        }
        let key = if session.shown_qr().is_some() {
            "preview-regenerate"
        } else {
            "preview-get"
        };
        let get = egui::Button::new(RichText::new(i18n.tr(key)).strong());
        if button_ui(ui, ready, get, why).clicked() {
            ctx.send(Command::StartPreview);
        }
        if ctx.state.preview_route == PreviewRoute::DevTools
            && button_ui(ui, ready, egui::Button::new(i18n.tr("preview-push")), why)
                .on_hover_text(i18n.tr("preview-push-hover"))
                .clicked()
        {
            ctx.send(Command::PushPreview);
        }
    });
    if blocked && !session.is_running() {
        ui.label(RichText::new(i18n.tr("preview-blocked")).color(ui.visuals().warn_fg_color));
    }
}
