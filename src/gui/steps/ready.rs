//! The last page, "Ready?": what is done and what is left, step by step and per platform, with
//! the next moves — the Android project to open in Android Studio, `pod install` and the
//! workspace for iOS, the mini program folder to import in DevTools.

use eframe::egui;
use egui::RichText;
use std::path::{Path, PathBuf};

use crate::demo::Platform;
use crate::gui::command::Command;
use crate::gui::preview_session::PreviewSession;
use crate::gui::state::Step;
use crate::gui::widgets::{
    button_ui, callout_ui, copy_button_ui, heading_ui, paragraph_ui, spinner_ui,
};

use super::{ADDED_COLOR, Progress, StepContext, is_done};

/// The "Ready?" page.
#[derive(Default)]
pub struct Ready;

impl Ready {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>, preview: &PreviewSession) {
        let i18n = ctx.i18n;
        let progress = Progress {
            state: ctx.state,
            inputs: ctx.inputs,
            demo: ctx.demo,
            preview,
        };
        let left: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Ready && !is_done(*s, &progress))
            .collect();
        let doctor_clear = ctx
            .doctor
            .is_some_and(crate::doctor::DoctorReport::is_all_clear);
        if left.is_empty() && doctor_clear {
            callout_ui(ui, ADDED_COLOR, |ui| {
                ui.label(
                    RichText::new(i18n.tr("ready-all_done"))
                        .strong()
                        .color(ADDED_COLOR),
                );
            });
        } else {
            paragraph_ui(ui, i18n.tr("ready-intro"));
        }
        heading_ui(ui, i18n.tr("ready-steps-title"));
        let mut go_to = None;
        egui::Grid::new("ready-steps")
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (index, step) in Step::ALL.into_iter().enumerate() {
                    if step == Step::Ready {
                        continue;
                    }
                    let done = !left.contains(&step);
                    let title = format!("{}. {}", index + 1, i18n.tr(step.title_key()));
                    if done {
                        ui.label(RichText::new(format!("✔ {title}")).color(ADDED_COLOR));
                        ui.label("");
                    } else {
                        ui.label(format!("○ {title}"));
                        let why = i18n.tr(left_key(step));
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(why).color(ui.visuals().warn_fg_color));
                            if ui.small_button(i18n.tr("ready-go")).clicked() {
                                go_to = Some(step);
                            }
                        });
                    }
                    ui.end_row();
                }
            });
        if let Some(step) = go_to {
            ctx.send(Command::GoTo(step));
        }
        doctor_ui(ui, ctx);
        platforms_ui(ui, ctx);
    }
}

/// What the doctor found in the demo's files, per platform, each with its fix.
fn doctor_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    if ctx.demo.scanned_folder().is_none() {
        return;
    }
    heading_ui(ui, i18n.tr("ready-doctor-title"));
    let idle = ctx.busy.is_none();
    ui.horizontal_wrapped(|ui| {
        let why = i18n.tr("why-busy");
        if button_ui(
            ui,
            idle,
            egui::Button::new(i18n.tr("ready-doctor-again")),
            why,
        )
        .clicked()
        {
            ctx.send(Command::Diagnose(false));
        }
        let online = egui::Button::new(i18n.tr("ready-doctor-online"));
        if button_ui(ui, idle, online, why).clicked() {
            ctx.send(Command::Diagnose(true));
        }
        if ctx.busy == Some(crate::gui::tasks::Busy::Diagnosing) {
            spinner_ui(ui);
            ui.label(i18n.tr("busy-diagnosing"));
        }
    });
    let Some(report) = ctx.doctor else {
        return;
    };
    if report.is_all_clear() {
        ui.label(RichText::new(i18n.tr("ready-doctor-clear")).color(ADDED_COLOR));
    }
    let warn = ui.visuals().warn_fg_color;
    for (platform, problems) in report.by_platform() {
        let title = match platform {
            Some(platform) => i18n.msg(&platform),
            None => i18n.tr("ready-doctor-whole").to_owned(),
        };
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{title} ({})", problems.len())).strong());
        for problem in problems {
            let text = format!("✖ {}", i18n.msg(&problem.message));
            ui.add(egui::Label::new(RichText::new(text).color(warn)).wrap());
        }
    }
    if let Some(online) = &report.online {
        let text = i18n.msg(&online.summary());
        let color = if online.pair_works() {
            ADDED_COLOR
        } else {
            warn
        };
        ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
    }
}

/// What is missing for a step that is not done.
fn left_key(step: Step) -> &'static str {
    match step {
        Step::BeforeYouStart => "ready-left-app_id",
        Step::ServiceCategory => "ready-left-category",
        Step::LiveComponents => "ready-left-components",
        Step::CloudServices => "ready-left-values",
        Step::DemoSource => "ready-left-demo",
        Step::FillInKeys => "ready-left-keys",
        Step::BuildAndPreview => "ready-left-preview",
        Step::Publish | Step::Ready => "ready-left-domains",
    }
}

/// Per platform the scan found: where its project is and how to open it.
fn platforms_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let Some(root) = ctx.demo.scanned_folder().map(Path::to_path_buf) else {
        return;
    };
    let Some(demo) = ctx.demo.demo() else {
        return;
    };
    let mut projects: Vec<(Platform, PathBuf)> = Vec::new();
    for file in &demo.scan().files {
        let marker: &[&str] = match file.platform {
            Platform::Android => &["settings.gradle", "settings.gradle.kts"],
            Platform::Ios => &["Podfile"],
            Platform::MiniProgram => &["project.config.json"],
            Platform::Other => continue,
        };
        if let Some(project) = project_folder(&root, &file.rel_path, marker)
            && !projects.iter().any(|(_, p)| *p == project)
        {
            projects.push((file.platform, project));
        }
    }
    if projects.is_empty() {
        return;
    }
    projects.sort();
    heading_ui(ui, i18n.tr("ready-projects-title"));
    for (platform, folder) in projects {
        ui.add_space(4.0);
        let (what, how) = match platform {
            Platform::Android => ("ready-android", "ready-android-how"),
            Platform::Ios => ("ready-ios", "ready-ios-how"),
            _ => ("ready-mini_program", "ready-mini_program-how"),
        };
        let shown = folder.display().to_string();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(i18n.tr(what)).strong());
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Label::new(RichText::new(&shown).monospace()).wrap());
                if let Some(command) = copy_button_ui(ui, i18n, &shown) {
                    ctx.send(command);
                }
                if ui.button(i18n.tr("ready-open_folder")).clicked() {
                    ctx.send(Command::OpenFolder(folder.clone()));
                }
            });
            paragraph_ui(ui, i18n.tr(how));
            if platform == Platform::Ios {
                let command = format!("cd \"{shown}\" && pod install");
                ui.horizontal_wrapped(|ui| {
                    ui.add(egui::Label::new(RichText::new(&command).monospace()).wrap());
                    if let Some(copy) = copy_button_ui(ui, i18n, &command) {
                        ctx.send(copy);
                    }
                });
            }
        });
    }
}

/// The nearest folder above `rel_path` (inside `root`) that holds one of `markers`.
fn project_folder(root: &Path, rel_path: &Path, markers: &[&str]) -> Option<PathBuf> {
    let mut dir = rel_path.parent();
    while let Some(rel) = dir {
        let folder = root.join(rel);
        if markers.iter().any(|m| folder.join(m).is_file()) {
            return Some(folder);
        }
        if rel.as_os_str().is_empty() {
            break;
        }
        dir = rel.parent();
    }
    None
}
