//! Step 6: what the demo declares now (per platform), the planned change as a coloured diff,
//! Apply and Undo — under the guide's security warning, shown plainly.

use eframe::egui;
use egui::{Color32, RichText};

use crate::demo::{ConstantKind, DemoFile, DemoScan, FileRole, Platform, ValueState};
use crate::gui::command::Command;
use crate::gui::tasks::Busy;
use crate::gui::widgets::{
    button_ui, callout_ui, heading_ui, link_ui, one_line_ui, paragraph_ui, spinner_ui,
};
use crate::patch::{DiffLine, DiffLineKind};

use super::{StepContext, WriteKind, valid_app_id};

const SERVER_SIGNING_URL: &str = "https://cloud.tencent.com/document/product/454/14548#Server";

/// Where the guide says each platform's `GenerateTestUserSig` file is (the scan finds them by
/// content wherever they really are).
const GUIDE_FILE_URLS: [(&str, &str); 3] = [
    (
        "keys-link-ios",
        "https://github.com/tencentyun/MLVBSDK/tree/master/iOS/Demo/TXLiteAVDemo/LVB/LiveRoom/Debug/GenerateTestUserSig.h",
    ),
    (
        "keys-link-android",
        "https://github.com/tencentyun/MLVBSDK/tree/master/Android/Demo/lvb/src/main/java/com/tencent/liteav/demo/lvb/liveroom/debug/GenerateTestUserSig.java",
    ),
    (
        "keys-link-mini_program",
        "https://github.com/tencentyun/MLVBSDK/tree/master/WXMini/pages/mlvb-live-room-demo/debug/GenerateTestUserSig.js",
    ),
];

/// Green for added lines, readable on dark and light backgrounds.
pub const ADDED_COLOR: Color32 = Color32::from_rgb(0x2e, 0xa0, 0x43);
/// Red for removed lines.
pub const REMOVED_COLOR: Color32 = Color32::from_rgb(0xd7, 0x3a, 0x49);

/// The "Fill in the keys" page: remembers that the user confirmed writing a key of an unusual
/// form (for that key only).
#[derive(Default)]
pub struct FillInKeys {
    odd_key_confirmed: Option<u64>,
}

/// Whether `key` has the form of the console's keys: 64 hexadecimal characters.
fn looks_like_console_key(key: &str) -> bool {
    key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

impl FillInKeys {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        let error_color = ui.visuals().error_fg_color;
        callout_ui(ui, error_color, |ui| {
            ui.label(
                RichText::new(i18n.tr("keys-warning-title"))
                    .strong()
                    .color(error_color),
            );
            paragraph_ui(ui, i18n.tr("keys-warning"));
            link_ui(ui, i18n, "keys-link-server", SERVER_SIGNING_URL);
        });
        ui.add_space(8.0);

        let scan = match ctx.demo.demo() {
            Some(demo) if demo.is_folder => demo.scan(),
            Some(_) => {
                ui.label(
                    RichText::new(i18n.tr("keys-need_folder")).color(ui.visuals().warn_fg_color),
                );
                return;
            }
            _ => {
                ui.label(
                    RichText::new(i18n.tr("keys-need_demo")).color(ui.visuals().warn_fg_color),
                );
                return;
            }
        };
        heading_ui(ui, i18n.tr("keys-scan-title"));
        scan_ui(ui, ctx, scan);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(i18n.tr("keys-guide_paths")).weak());
            for (key, url) in GUIDE_FILE_URLS {
                link_ui(ui, i18n, key, url);
            }
        });

        super::live_values::platforms_ui(ui, ctx);
        super::live_values::live_values_ui(ui, ctx);

        heading_ui(ui, i18n.tr("keys-diff-title"));
        if ctx.inputs.values().is_none() {
            ui.label(RichText::new(i18n.tr("keys-need_creds")).color(error_color));
        } else {
            plan_ui(ui, ctx);
        }
    }

    /// The bar at the bottom of the page, always in view: Apply, Undo, Back to the original,
    /// Recheck, and how the last of them went.
    pub fn actions_ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        if ctx.demo.scanned_folder().is_none() {
            return;
        }
        ui.add_space(6.0);
        let key = ctx.secret_key.trim();
        let odd = ctx.inputs.values().is_some() && !looks_like_console_key(key);
        let mut confirmed = true;
        if odd {
            let print = crate::gui::widgets::fingerprint(&[key]);
            let mut ticked = self.odd_key_confirmed == Some(print);
            let text = RichText::new(ctx.i18n.tr("keys-odd_key-confirm"))
                .color(ui.visuals().warn_fg_color);
            if ui.checkbox(&mut ticked, text).changed() {
                self.odd_key_confirmed = ticked.then_some(print);
            }
            confirmed = ticked;
        }
        buttons_ui(ui, ctx, confirmed);
        ui.add_space(4.0);
    }
}

/// How many files a platform may list before its group starts collapsed.
const OPEN_GROUP_LIMIT: usize = 4;

/// How many diff lines are shown open; a longer diff starts collapsed.
const OPEN_DIFF_LIMIT: usize = 80;

fn plan_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    if ctx.busy == Some(Busy::Planning) {
        crate::gui::widgets::busy_ui(ui, i18n.tr("busy-planning"));
        return;
    }
    let Some(values) = ctx.inputs.values() else {
        return;
    };
    match ctx.demo.plan_for(&values) {
        None => {}
        Some(Err(error)) => {
            let text = i18n.trf("keys-failed", &[("error", &i18n.msg(error))]);
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
        Some(Ok(plan)) => {
            if plan.patch.is_empty() {
                ui.label(i18n.tr("keys-no_changes"));
            } else {
                let lines = plan.diff_lines();
                let files = plan.patch.changes.len().to_string();
                let count = lines.len().to_string();
                let title = i18n.trf("keys-diff-summary", &[("files", &files), ("lines", &count)]);
                egui::CollapsingHeader::new(title)
                    .id_salt("diff")
                    .default_open(lines.len() <= OPEN_DIFF_LIMIT)
                    .show(ui, |ui| diff_ui(ui, lines));
            }
            if valid_app_id(ctx.inputs).is_none() {
                ui.label(
                    RichText::new(i18n.tr("keys-no_app_id")).color(ui.visuals().warn_fg_color),
                );
            }
            if !plan.patch.notes.is_empty() {
                heading_ui(ui, i18n.tr("keys-notes-title"));
                for note in &plan.patch.notes {
                    ui.add(egui::Label::new(format!("• {}", i18n.msg(note))).wrap());
                }
            }
        }
    }
}

fn buttons_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>, key_confirmed: bool) {
    let i18n = ctx.i18n;
    let idle = ctx.busy.is_none();
    let plan = ctx
        .inputs
        .values()
        .and_then(|values| match ctx.demo.plan_for(&values) {
            Some(Ok(plan)) => Some(plan.patch.is_empty()),
            _ => None,
        });
    let (can_apply, apply_why) = match (idle, ctx.inputs.values().is_some(), plan) {
        (false, _, _) => (false, "why-busy"),
        (true, false, _) => (false, "keys-why-no_values"),
        (true, true, None) => (false, "keys-why-no_plan"),
        (true, true, Some(true)) => (false, "keys-why-nothing_to_apply"),
        (true, true, Some(false)) if !key_confirmed => (false, "keys-why-odd_key"),
        (true, true, Some(false)) => (true, ""),
    };
    let depth = ctx.demo.undo_depth;
    let undo_why = if idle {
        "keys-why-nothing_to_undo"
    } else {
        "why-busy"
    };
    ui.horizontal_wrapped(|ui| {
        let apply = egui::Button::new(RichText::new(i18n.tr("keys-apply")).strong());
        if button_ui(ui, can_apply, apply, i18n.tr(apply_why)).clicked() {
            ctx.send(Command::ApplyPatch);
        }
        let undo = egui::Button::new(i18n.tr("keys-undo"));
        if button_ui(ui, idle && depth > 0, undo, i18n.tr(undo_why)).clicked() {
            ctx.send(Command::UndoPatch);
        }
        let original = egui::Button::new(i18n.tr("keys-back_to_original"));
        let response = button_ui(ui, idle && depth > 0, original, i18n.tr(undo_why));
        let response = if depth > 0 {
            let n = depth.to_string();
            response.on_hover_text(i18n.trf("keys-back_to_original-hover", &[("count", &n)]))
        } else {
            response
        };
        if response.clicked() {
            ctx.send(Command::RestoreOriginal);
        }
        let refresh = egui::Button::new(i18n.tr("keys-refresh"));
        if button_ui(ui, idle, refresh, i18n.tr("why-busy")).clicked() {
            ctx.send(Command::ReadDemo);
        }
        if let Some(busy @ (Busy::Applying | Busy::Restoring | Busy::Scanning | Busy::Planning)) =
            ctx.busy
        {
            spinner_ui(ui);
            ui.label(i18n.tr(busy.caption_key()));
        }
    });
    if !can_apply && ctx.busy.is_none() && ctx.demo.last_write.is_none() {
        one_line_ui(ui, RichText::new(i18n.tr(apply_why)).weak());
    }
    match &ctx.demo.last_write {
        Some((kind, Ok(report))) => {
            let key = match kind {
                WriteKind::Apply => "keys-applied",
                WriteKind::Undo => "keys-restored",
                WriteKind::BackToOriginal => "keys-restored_original",
            };
            let count = report.count.to_string();
            let backup = report.backup_dir.display().to_string();
            let text = i18n.trf(key, &[("count", &count), ("backup", &backup)]);
            one_line_ui(ui, RichText::new(text).color(ADDED_COLOR));
        }
        Some((_, Err(error))) => {
            let text = i18n.trf("keys-failed", &[("error", &i18n.msg(error))]);
            ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
        }
        None => {}
    }
}

/// The scanned files, grouped by platform, each with its declared values and their state.
fn scan_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, scan: &DemoScan) {
    let i18n = ctx.i18n;
    for platform in [
        Platform::MiniProgram,
        Platform::Android,
        Platform::Ios,
        Platform::Other,
    ] {
        let files: Vec<&DemoFile> = scan
            .files
            .iter()
            .filter(|f| f.platform == platform)
            .collect();
        if files.is_empty() {
            continue;
        }
        let title = format!("{} ({})", i18n.msg(&platform), files.len());
        egui::CollapsingHeader::new(RichText::new(title).strong())
            .id_salt(("platform", platform.label()))
            .default_open(files.len() <= OPEN_GROUP_LIMIT)
            .show(ui, |ui| {
                for file in files {
                    file_ui(ui, ctx, file);
                }
            });
    }
    for refused in &scan.refused {
        let line = refused.line.map(|l| format!(":{l}")).unwrap_or_default();
        let path = format!("{}{line}", refused.rel_path.display());
        let text = i18n.trf(
            "keys-refused",
            &[("path", &path), ("reason", &i18n.msg(&refused.reason))],
        );
        ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color)).wrap());
    }
}

fn file_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, file: &DemoFile) {
    let i18n = ctx.i18n;
    ui.label(RichText::new(file.rel_path.display().to_string()).monospace());
    if file.role == FileRole::SigningAlgorithm {
        ui.label(RichText::new(i18n.tr("role-signing")).weak());
        return;
    }
    ui.indent(("constants", file.rel_path.display().to_string()), |ui| {
        egui::Grid::new(("constants-grid", file.rel_path.display().to_string()))
            .striped(true)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                for constant in &file.constants {
                    ui.label(RichText::new(&constant.name).monospace());
                    ui.label(format!("{} {}", i18n.tr("keys-col-line"), constant.line));
                    let (state_key, color) = match constant.state {
                        ValueState::Empty => ("state-empty", ui.visuals().warn_fg_color),
                        ValueState::Placeholder => {
                            ("state-placeholder", ui.visuals().warn_fg_color)
                        }
                        ValueState::Set => ("state-set", ADDED_COLOR),
                        ValueState::SetAtRunTime => ("state-set", ui.visuals().weak_text_color()),
                    };
                    ui.label(RichText::new(i18n.tr(state_key)).color(color));
                    let value = if constant.kind == ConstantKind::SecretKey {
                        i18n.tr("state-hidden").to_owned()
                    } else {
                        constant.display_value.clone().unwrap_or_default()
                    };
                    ui.label(RichText::new(value).monospace());
                    ui.end_row();
                }
            });
    });
}

/// The diff in a monospace box that scrolls sideways only (the page scrolls down through it, so
/// it never catches the wheel): added lines green, removed red.
fn diff_ui(ui: &mut egui::Ui, lines: &[DiffLine]) {
    let hunk_color = ui.visuals().hyperlink_color;
    let weak = ui.visuals().weak_text_color();
    egui::Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Only sideways: the page itself scrolls down through a long diff.
            egui::ScrollArea::horizontal()
                .id_salt("diff")
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for line in lines {
                        let rich = RichText::new(&line.text).monospace();
                        let rich = match line.kind {
                            DiffLineKind::Added => rich.color(ADDED_COLOR),
                            DiffLineKind::Removed => rich.color(REMOVED_COLOR),
                            DiffLineKind::Hunk => rich.color(hunk_color),
                            DiffLineKind::Header => rich.strong(),
                            DiffLineKind::Context => rich,
                            DiffLineKind::NoNewlineMarker => rich.color(weak),
                        };
                        ui.add(egui::Label::new(rich).extend());
                    }
                });
        });
}
