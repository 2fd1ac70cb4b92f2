//! Step 5: the demo's source — a folder or a `.zip`, chosen with a native dialog, dropped on the
//! window, or typed. A `.zip` is unpacked into a folder the user picks.

use eframe::egui;
use std::path::Path;

use egui::RichText;

use crate::demo::Platform;
use crate::gui::command::{Command, DialogPurpose};
use crate::gui::tasks::Busy;
use crate::gui::widgets::{
    FieldStatus, busy_ui, button_ui, callout_ui, heading_ui, labelled_field_ui, link_ui,
    paragraph_ui,
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
        download_ui(ui, ctx);
        ui.add_space(8.0);
        let busy_why = i18n.tr("why-busy");
        ui.horizontal_wrapped(|ui| {
            let folder = egui::Button::new(i18n.tr("demo-choose_folder"));
            if button_ui(ui, idle, folder, busy_why).clicked() {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoFolder));
            }
            let zip = egui::Button::new(i18n.tr("demo-choose_zip"));
            if button_ui(ui, idle, zip, busy_why).clicked() {
                ctx.send(Command::OpenDialog(DialogPurpose::DemoZip));
            }
        });
        let dialog_failed = matches!(
            ctx.dialog_failed,
            Some((DialogPurpose::DemoFolder | DialogPurpose::DemoZip, _))
        );
        if dialog_failed {
            ui.label(
                RichText::new(i18n.tr("demo-dialog_failed")).color(ui.visuals().warn_fg_color),
            );
        }
        ui.add_space(4.0);
        paragraph_ui(ui, i18n.tr("demo-or"));
        let path_field = labelled_field_ui(
            ui,
            i18n.tr("field-demo_path"),
            i18n.tr("field-demo_path-hint"),
            &mut ctx.state.demo_path,
            false,
            |_| FieldStatus::Note(String::new()),
        );
        take_focus(
            ctx,
            &path_field,
            &[DialogPurpose::DemoFolder, DialogPurpose::DemoZip],
        );
        let entered = path_field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let has_path = !ctx.state.demo_path.trim().is_empty();
        let why = if idle {
            i18n.tr("demo-why-no_path")
        } else {
            busy_why
        };
        let open = egui::Button::new(i18n.tr("demo-open"));
        if button_ui(ui, idle && has_path, open, why).clicked() || (entered && idle && has_path) {
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
        match (ctx.busy, &ctx.demo.scan_progress) {
            (Some(Busy::Scanning), Some(progress)) if progress.files_total() > 0 => {
                let read = progress.files_read().to_string();
                let total = progress.files_total().to_string();
                busy_ui(
                    ui,
                    &i18n.trf("busy-scanning_count", &[("read", &read), ("total", &total)]),
                );
            }
            (Some(busy @ (Busy::Scanning | Busy::Unpacking | Busy::Dialog)), _) => {
                busy_ui(ui, i18n.tr(busy.caption_key()));
            }
            _ => {}
        }
        result_ui(ui, ctx);
    }
}

fn zip_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let idle = ctx.busy.is_none();
    heading_ui(ui, i18n.tr("demo-zip-title"));
    paragraph_ui(ui, i18n.tr("demo-zip-explain"));
    let dest_field = labelled_field_ui(
        ui,
        i18n.tr("field-unpack_dest"),
        i18n.tr("field-unpack_dest-hint"),
        &mut ctx.state.unpack_dest,
        false,
        |_| FieldStatus::Note(String::new()),
    );
    take_focus(ctx, &dest_field, &[DialogPurpose::UnpackDestination]);
    if matches!(
        ctx.dialog_failed,
        Some((DialogPurpose::UnpackDestination, _))
    ) {
        ui.label(RichText::new(i18n.tr("demo-dialog_failed")).color(ui.visuals().warn_fg_color));
    }
    let busy_why = i18n.tr("why-busy");
    ui.horizontal(|ui| {
        let choose = egui::Button::new(i18n.tr("demo-zip-choose_dest"));
        if button_ui(ui, idle, choose, busy_why).clicked() {
            ctx.send(Command::OpenDialog(DialogPurpose::UnpackDestination));
        }
        let has_dest = !ctx.state.unpack_dest.trim().is_empty();
        let why = if idle {
            i18n.tr("demo-why-no_dest")
        } else {
            busy_why
        };
        let unpack = egui::Button::new(i18n.tr("demo-unpack"));
        if button_ui(ui, idle && has_dest, unpack, why).clicked() {
            ctx.send(Command::UnpackDemo(None));
        }
    });
    if let Some((existing, fresh_name)) = &ctx.demo.unpack_exists {
        let path = existing.display().to_string();
        let text = i18n.trf("demo-unpack_exists", &[("path", &path)]);
        ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color)).wrap());
        ui.horizontal_wrapped(|ui| {
            let use_it = egui::Button::new(i18n.tr("demo-use_existing"));
            if button_ui(ui, idle, use_it, busy_why).clicked() {
                ctx.send(Command::UseExistingFolder(existing.clone()));
            }
            if let Some(name) = fresh_name {
                let label = i18n.trf("demo-unpack_as", &[("name", name)]);
                if button_ui(ui, idle, egui::Button::new(label), busy_why).clicked() {
                    ctx.send(Command::UnpackDemo(Some(name.clone())));
                }
            }
        });
    }
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

/// Puts the cursor in `field` once, when the dialog for one of `purposes` could not be shown.
fn take_focus(ctx: &mut StepContext<'_>, field: &egui::Response, purposes: &[DialogPurpose]) {
    if let Some((purpose, pending @ true)) = ctx.dialog_failed
        && purposes.contains(purpose)
    {
        field.request_focus();
        *pending = false;
    }
}

/// Downloading the demo from here: where from (GitHub, or a mirror), into which folder, the
/// progress with its speed and time left, Cancel, and how it ended.
fn download_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let view = ctx.download;
    let open = view.running || view.outcome.is_some();
    egui::CollapsingHeader::new(RichText::new(i18n.tr("demo-download-title")).strong())
        .id_salt("download")
        .default_open(open)
        .show(ui, |ui| {
            paragraph_ui(ui, i18n.tr("demo-download-intro"));
            let _ = labelled_field_ui(
                ui,
                i18n.tr("field-download_into"),
                i18n.tr("field-download_into-hint"),
                &mut ctx.state.download_into,
                false,
                |_| FieldStatus::Note(String::new()),
            );
            let _ = labelled_field_ui(
                ui,
                i18n.tr("field-download_url"),
                crate::download::DEFAULT_URL,
                &mut ctx.state.download_url,
                false,
                |_| FieldStatus::Note(i18n.tr("field-download_url-note").to_owned()),
            );
            ui.horizontal(|ui| {
                if view.running {
                    let cancel = egui::Button::new(i18n.tr("demo-download-cancel"));
                    let why = i18n.tr("demo-download-cancelling");
                    if button_ui(ui, !view.cancelling, cancel, why).clicked() {
                        ctx.send(Command::CancelDownload);
                    }
                    if view.cancelling {
                        busy_ui(ui, why);
                    }
                } else {
                    let go = egui::Button::new(RichText::new(i18n.tr("demo-download")).strong());
                    if ui.add(go).clicked() {
                        ctx.send(Command::Download);
                    }
                }
            });
            if let Some(progress) = &view.progress {
                progress_ui(ui, ctx, progress);
            } else if view.running {
                busy_ui(ui, i18n.tr("demo-download-starting"));
            }
            match &view.outcome {
                Some(Ok(root)) => {
                    let path = root.display().to_string();
                    let text = i18n.trf("demo-download-done", &[("path", &path)]);
                    ui.label(RichText::new(text).color(super::ADDED_COLOR));
                }
                Some(Err(why)) => {
                    let text = i18n.trf("demo-download-failed", &[("error", &i18n.msg(why))]);
                    ui.add(
                        egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color))
                            .wrap(),
                    );
                }
                None => {}
            }
        });
}

/// The bar (filled when the size is known) and the numbers under it.
fn progress_ui(
    ui: &mut egui::Ui,
    ctx: &StepContext<'_>,
    progress: &crate::download::DownloadProgress,
) {
    use crate::download::DownloadStage;
    let i18n = ctx.i18n;
    // Tenths of a MiB, in integers: exact, and no float casts.
    let mb = |bytes: u64| {
        let tenths = bytes / 104_858;
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    let text = match progress.stage {
        DownloadStage::Downloading => {
            let got = mb(progress.bytes);
            let speed = mb(progress.bytes_per_second);
            match (progress.total, progress.time_left) {
                (Some(total), Some(left)) => i18n.trf(
                    "demo-download-progress",
                    &[
                        ("got", &got),
                        ("total", &mb(total)),
                        ("speed", &speed),
                        ("left", &left.as_secs().to_string()),
                    ],
                ),
                _ => i18n.trf(
                    "demo-download-progress_unknown",
                    &[("got", &got), ("speed", &speed)],
                ),
            }
        }
        DownloadStage::Unpacking => i18n.tr("demo-download-unpacking").to_owned(),
        DownloadStage::Scanning => i18n.tr("busy-scanning").to_owned(),
    };
    #[allow(clippy::cast_precision_loss)]
    let fraction = match (progress.stage, progress.total) {
        (DownloadStage::Downloading, Some(total)) if total > 0 => {
            progress.bytes as f32 / total as f32
        }
        (DownloadStage::Downloading, _) => 0.0,
        _ => 1.0,
    };
    // Not animated: it is drawn again when the next report comes, never in between.
    ui.add(egui::ProgressBar::new(fraction.clamp(0.0, 1.0)).text(text));
}
