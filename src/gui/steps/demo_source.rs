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
use crate::setup::is_archive_path;

const DEMO_REPO_URL: &str = "https://github.com/tencentyun/MLVBSDK/tree/master/WXMini";

/// The "Demo source" page.
#[derive(Default)]
pub struct DemoSource;

impl DemoSource {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        let idle = ctx.busy.is_none();
        paragraph_ui(ui, i18n.tr("demo-intro"));
        link_ui(ui, i18n, "demo-link-repo", DEMO_REPO_URL);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(idle, egui::Button::new(i18n.tr("demo-choose_folder")))
                .clicked()
            {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoFolder));
            }
            if ui
                .add_enabled(idle, egui::Button::new(i18n.tr("demo-choose_zip")))
                .clicked()
            {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoZip));
            }
        });
        ui.add_space(4.0);
        paragraph_ui(ui, i18n.tr("demo-or"));
        let path_field = labelled_field_ui(
            ui,
            i18n.tr("field-demo_path"),
            i18n.tr("field-demo_path-hint"),
            &mut ctx.state.demo_path,
            false,
            |_| FieldStatus::Valid(Vec::new()),
        );
        let entered = path_field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let has_path = !ctx.state.demo_path.trim().is_empty();
        if ui
            .add_enabled(idle && has_path, egui::Button::new(i18n.tr("demo-open")))
            .clicked()
            || (entered && idle && has_path)
        {
            ctx.send(Command::ReadDemo);
        }

        // An archive by its name, or by its content once read (a renamed download).
        let read_archive = ctx.demo.demo().is_some_and(|d| !d.is_folder);
        if is_archive_path(Path::new(ctx.state.demo_path.trim())) || read_archive {
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
    heading_ui(ui, i18n.tr("demo-zip-title"));
    paragraph_ui(ui, i18n.tr("demo-zip-explain"));
    let _ = labelled_field_ui(
        ui,
        i18n.tr("field-unpack_dest"),
        i18n.tr("field-unpack_dest-hint"),
        &mut ctx.state.unpack_dest,
        false,
        |_| FieldStatus::Valid(Vec::new()),
    );
    ui.horizontal(|ui| {
        if ui
            .add_enabled(idle, egui::Button::new(i18n.tr("demo-zip-choose_dest")))
            .clicked()
        {
            ctx.send(Command::OpenDialog(DialogPurpose::UnpackDestination));
        }
        let ready = idle && !ctx.state.unpack_dest.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(i18n.tr("demo-unpack")))
            .clicked()
        {
            ctx.send(Command::UnpackDemo);
        }
    });
    let error_color = ui.visuals().error_fg_color;
    if let Some(error) = &ctx.demo.unpack_error {
        let text = i18n.trf("demo-unpack_failed", &[("error", &i18n.msg(error))]);
        ui.label(RichText::new(text).color(error_color));
    }
}

fn result_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    if let Some(dest) = &ctx.demo.unpacked_to {
        let path = dest.display().to_string();
        ui.label(i18n.trf("demo-unpacked", &[("path", &path)]));
    }
    if let Some(failure) = &ctx.demo.read_failure {
        let text = i18n.trf("demo-failed", &[("error", &i18n.msg(&failure.reason))]);
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        return;
    }
    let Some(demo) = ctx.demo.demo() else {
        return;
    };
    let (path, scan) = (&demo.path, demo.scan());
    match scan {
        scan if scan.files.is_empty() => {
            ui.label(
                RichText::new(i18n.tr("demo-nothing_found")).color(ui.visuals().warn_fg_color),
            );
        }
        scan => {
            ui.label(RichText::new(path.display().to_string()).monospace());
            let files = scan.files.len().to_string();
            let refused = scan.refused.len().to_string();
            ui.label(
                RichText::new(i18n.trf("demo-found", &[("files", &files), ("refused", &refused)]))
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
                    ui.label(format!("• {}: {count}", i18n.msg(&platform)));
                }
            }
            if ctx.demo.scanned_folder().is_some() {
                ui.label(RichText::new(i18n.tr("demo-next_hint")).weak());
            }
        }
    }
}
