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
use crate::gui::widgets::{callout_ui, copy_button_ui, heading_ui, paragraph_ui};

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
        if left.is_empty() {
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
        platforms_ui(ui, ctx);
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
                ui.label(RichText::new(&shown).monospace());
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
                    ui.label(RichText::new(&command).monospace());
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
