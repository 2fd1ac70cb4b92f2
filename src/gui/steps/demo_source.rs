//! Step 5: the demo's source — a folder or a `.zip`, chosen with a native dialog, dropped on the
//! window, or typed. A `.zip` is unpacked into a folder the user picks.

use eframe::egui;
use std::path::Path;

use egui::RichText;

use crate::demo::Platform;
use crate::gui::command::{Command, DialogPurpose};
use crate::gui::tasks::Busy;
use crate::gui::widgets::{
    FieldStatus, callout_ui, heading_ui, labelled_field_ui, link_ui, paragraph_ui,
};

use super::StepContext;

const DEMO_REPO_URL: &str = "https://github.com/tencentyun/MLVBSDK/tree/master/WXMini";

/// Whether a path names a `.zip` archive (by its extension, without touching the disk).
#[must_use]
pub fn is_zip(path: &str) -> bool {
    Path::new(path.trim())
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"))
}

/// The "Demo source" page.
#[derive(Default)]
pub struct DemoSource;

impl DemoSource {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        let idle = ctx.busy.is_none();
        paragraph_ui(ui, i18n.tr("demo.intro"));
        link_ui(ui, i18n, "demo.link.repo", DEMO_REPO_URL);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(idle, egui::Button::new(i18n.tr("demo.choose_folder")))
                .clicked()
            {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoFolder));
            }
            if ui
                .add_enabled(idle, egui::Button::new(i18n.tr("demo.choose_zip")))
                .clicked()
            {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoZip));
            }
        });
        ui.add_space(4.0);
        paragraph_ui(ui, i18n.tr("demo.or"));
        let path_field = labelled_field_ui(
            ui,
            i18n.tr("field.demo_path"),
            "/home/me/MLVBSDK/WXMini",
            &mut ctx.state.demo_path,
            false,
            |_| FieldStatus::Valid(Vec::new()),
        );
        let entered = path_field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let has_path = !ctx.state.demo_path.trim().is_empty();
        if ui
            .add_enabled(idle && has_path, egui::Button::new(i18n.tr("demo.open")))
            .clicked()
            || (entered && idle && has_path)
        {
            ctx.send(Command::ReadDemo);
        }

        // An archive by its name, or by its content once read (a renamed download).
        let read_archive = ctx
            .demo
            .scan
            .as_ref()
            .is_some_and(|s| !s.is_folder && s.result.is_ok());
        if is_zip(&ctx.state.demo_path) || read_archive {
            ui.add_space(8.0);
            let color = ui.visuals().hyperlink_color;
            callout_ui(ui, color, |ui| zip_ui(ui, ctx));
        }

        ui.add_space(8.0);
        if let Some(busy @ (Busy::Scanning | Busy::Unpacking | Busy::Dialog)) = ctx.busy {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(i18n.tr(busy.caption_key()));
            });
        }
        result_ui(ui, ctx);
    }
}

fn zip_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let idle = ctx.busy.is_none();
    heading_ui(ui, i18n.tr("demo.zip.title"));
    paragraph_ui(ui, i18n.tr("demo.zip.explain"));
    let _ = labelled_field_ui(
        ui,
        i18n.tr("field.unpack_dest"),
        "/home/me/mlvb-demo",
        &mut ctx.state.unpack_dest,
        false,
        |_| FieldStatus::Valid(Vec::new()),
    );
    ui.horizontal(|ui| {
        if ui
            .add_enabled(idle, egui::Button::new(i18n.tr("demo.zip.choose_dest")))
            .clicked()
        {
            ctx.send(Command::OpenDialog(DialogPurpose::UnpackDestination));
        }
        let ready = idle && !ctx.state.unpack_dest.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(i18n.tr("demo.unpack")))
            .clicked()
        {
            ctx.send(Command::UnpackDemo);
        }
    });
    let error_color = ui.visuals().error_fg_color;
    if let Some(error) = &ctx.demo.unpack_error {
        let text = i18n.trf("demo.unpack_failed", &[("error", error)]);
        ui.label(RichText::new(text).color(error_color));
    }
}

fn result_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    if let Some(dest) = &ctx.demo.unpacked_to {
        let path = dest.display().to_string();
        ui.label(i18n.trf("demo.unpacked", &[("path", &path)]));
    }
    let Some(crate::gui::backend::ScannedDemo { path, result, .. }) = &ctx.demo.scan else {
        return;
    };
    match result {
        Err(error) => {
            let text = i18n.trf("demo.failed", &[("error", error)]);
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
        Ok(scan) if scan.files.is_empty() => {
            ui.label(
                RichText::new(i18n.tr("demo.nothing_found")).color(ui.visuals().warn_fg_color),
            );
        }
        Ok(scan) => {
            ui.label(RichText::new(path.display().to_string()).monospace());
            let files = scan.files.len().to_string();
            let refused = scan.refused.len().to_string();
            ui.label(
                RichText::new(i18n.trf("demo.found", &[("files", &files), ("refused", &refused)]))
                    .strong(),
            );
            for platform in [
                Platform::MiniProgram,
                Platform::Android,
                Platform::Ios,
                Platform::Other,
            ] {
                let count = scan.files.iter().filter(|f| f.platform == platform).count();
                if count > 0 {
                    ui.label(format!("• {}: {count}", i18n.tr(&platform_key(platform))));
                }
            }
            if ctx.demo.scanned_folder().is_some() {
                ui.label(RichText::new(i18n.tr("demo.next_hint")).weak());
            }
        }
    }
}

/// The locale key of a platform's name.
#[must_use]
pub fn platform_key(platform: Platform) -> String {
    let name = match platform {
        Platform::Android => "android",
        Platform::Ios => "ios",
        Platform::MiniProgram => "mini-program",
        Platform::Other => "other",
    };
    format!("platform.{name}")
}
