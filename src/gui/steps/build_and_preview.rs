//! Step 7: importing the demo into WeChat DevTools with the AppID, previewing on a phone with
//! debugging on — and the place where the preview QR code will appear.

use eframe::egui;
use egui::RichText;

use crate::gui::widgets::{callout_ui, copy_button_ui, heading_ui, link_ui, paragraph_ui};

use super::StepContext;

const DEVTOOLS_URL: &str = "https://mp.weixin.qq.com/debug/wxadoc/dev/devtools/download.html";

/// The "Build and preview" page.
#[derive(Default)]
pub struct BuildAndPreview;

impl BuildAndPreview {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("build.intro"));
        link_ui(ui, i18n, "build.link.devtools", DEVTOOLS_URL);
        ui.add_space(8.0);

        numbered_ui(ui, 1, i18n.tr("build.import"));
        // DevTools imports the folder holding project.config.json (the demo's WXMini).
        let folder = ctx
            .demo
            .mini_program_folder()
            .map(|p| p.display().to_string())
            .or_else(|| {
                let typed = ctx.state.demo_path.trim();
                (!typed.is_empty() && !super::demo_source::is_zip(typed)).then(|| typed.to_owned())
            });
        value_row_ui(ui, ctx, folder, "build.no_folder");

        numbered_ui(ui, 2, i18n.tr("build.appid"));
        let app_id = ctx.inputs.app_id.as_ref().ok().map(ToString::to_string);
        value_row_ui(ui, ctx, app_id, "build.appid_missing");

        numbered_ui(ui, 3, i18n.tr("build.preview"));
        ui.add_space(6.0);
        let warn = ui.visuals().warn_fg_color;
        callout_ui(ui, warn, |ui| {
            paragraph_ui(ui, &format!("⚠ {}", i18n.tr("build.phone_only")));
            paragraph_ui(ui, &format!("⚠ {}", i18n.tr("build.debug")));
        });

        ui.add_space(10.0);
        heading_ui(ui, i18n.tr("build.qr.title"));
        // ── QR PREVIEW SLOT ────────────────────────────────────────────────────────────────
        // `mlvb_setup::preview` (its own issue) renders the DevTools preview QR code here:
        // a button that starts it on a background thread, its progress and errors as guidance,
        // and the QR image. Until it lands this frame only explains the manual route.
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, ui.visuals().weak_text_color()))
            .inner_margin(16.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.set_min_height(120.0);
                ui.vertical_centered(|ui| {
                    ui.label(RichText::new("▦").size(40.0).weak());
                    ui.add(
                        egui::Label::new(RichText::new(i18n.tr("build.qr.placeholder")).weak())
                            .wrap(),
                    );
                });
            });
    }
}

fn numbered_ui(ui: &mut egui::Ui, n: usize, text: &str) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{n}.")).strong());
        ui.add(egui::Label::new(text).wrap());
    });
}

/// A value the user needs in DevTools, with a copy button; a hint when it is not known yet.
fn value_row_ui(
    ui: &mut egui::Ui,
    ctx: &mut StepContext<'_>,
    value: Option<String>,
    missing_key: &str,
) {
    let i18n = ctx.i18n;
    ui.indent(missing_key, |ui| match value {
        Some(value) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&value).monospace().strong());
                if let Some(command) = copy_button_ui(ui, i18n, &value) {
                    ctx.send(command);
                }
            });
        }
        None => {
            ui.label(RichText::new(i18n.tr(missing_key)).weak());
        }
    });
}
