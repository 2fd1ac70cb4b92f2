//! Step 7: importing the demo into WeChat DevTools with the AppID, previewing on a phone with
//! debugging on — and the preview panel, which asks WeChat for the preview QR and shows it.

use eframe::egui;
use egui::RichText;
use std::path::Path;

use crate::gui::widgets::{callout_ui, copy_button_ui, heading_ui, link_ui, paragraph_ui};

use super::{PreviewPanel, StepContext};
use crate::gui::preview_session::PreviewSession;

const DEVTOOLS_URL: &str = "https://mp.weixin.qq.com/debug/wxadoc/dev/devtools/download.html";

/// The "Build and preview" page.
#[derive(Default)]
pub struct BuildAndPreview {
    preview: PreviewPanel,
}

impl BuildAndPreview {
    /// Draws the page; `preview` is where the WeChat preview is.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>, preview: &PreviewSession) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("build-intro"));
        link_ui(ui, i18n, "build-link-devtools", DEVTOOLS_URL);
        ui.add_space(8.0);

        numbered_ui(ui, 1, i18n.tr("build-import"));
        // DevTools imports the folder holding project.config.json (the demo's WXMini).
        let folder = ctx
            .demo
            .mini_program_folder()
            .or_else(|| crate::setup::typed_folder(Path::new(ctx.state.demo_path.trim())))
            .map(|p| p.display().to_string());
        value_row_ui(ui, ctx, folder, "build-no_folder");

        numbered_ui(ui, 2, i18n.tr("build-appid"));
        let app_id = super::valid_app_id(ctx.inputs).map(ToString::to_string);
        value_row_ui(ui, ctx, app_id, "build-appid_missing");

        numbered_ui(ui, 3, i18n.tr("build-preview"));
        ui.add_space(6.0);
        let warn = ui.visuals().warn_fg_color;
        callout_ui(ui, warn, |ui| {
            paragraph_ui(ui, &format!("⚠ {}", i18n.tr("build-phone_only")));
            paragraph_ui(ui, &format!("⚠ {}", i18n.tr("build-debug")));
        });

        ui.add_space(10.0);
        heading_ui(ui, i18n.tr("build-qr-title"));
        self.preview.ui(ui, ctx, preview);
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
                ui.add(egui::Label::new(RichText::new(&value).monospace().strong()).wrap());
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
