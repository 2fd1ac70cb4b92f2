//! The preview's offline checks as a checklist: the project file, its AppID (with the offer to
//! write it) and project name, DevTools' command line and its service port — or, on the
//! `miniprogram-ci` route, Node.js and the code-upload key. Each problem shows its fix.

use eframe::egui;
use egui::RichText;

use crate::gui::command::Command;
use crate::gui::preview_session::PreviewSession;
use crate::gui::state::{PreviewRoute, Step};
use crate::gui::tasks::Busy;
use crate::gui::widgets::{link_ui, paragraph_ui};
use crate::preview::{DEVTOOLS_DOWNLOAD_URL, DEVTOOLS_LINUX_COMMUNITY_URL, Preflight, ServicePort};

use super::StepContext;
use super::fill_in_keys::ADDED_COLOR;

/// One line of the checklist: a mark, the text, and the colour the mark calls for.
fn check_row_ui(ui: &mut egui::Ui, mark: Mark, text: &str) {
    let (symbol, color) = match mark {
        Mark::Ok => ("✔", ADDED_COLOR),
        Mark::Warn => ("⚠", ui.visuals().warn_fg_color),
        Mark::Bad => ("✖", ui.visuals().error_fg_color),
        Mark::Info => ("ℹ", ui.visuals().weak_text_color()),
    };
    // `horizontal_top`: a long text wraps beside its mark, not under it.
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(symbol).color(color).strong());
        let text = if mark == Mark::Ok {
            RichText::new(text)
        } else {
            RichText::new(text).color(color)
        };
        ui.add(egui::Label::new(text).wrap());
    });
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Ok,
    Warn,
    Bad,
    Info,
}

/// The guidance of the first finding with one of `codes`, if any.
fn finding_text(ctx: &StepContext<'_>, checks: &Preflight, codes: &[&str]) -> Option<String> {
    checks
        .findings
        .iter()
        .find(|f| codes.contains(&f.problem.code()))
        .map(|f| ctx.i18n.msg(&f.problem))
}

/// The checks, with a "Check again" button.
pub fn checklist_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>, session: &PreviewSession) {
    let i18n = ctx.i18n;
    ui.horizontal(|ui| {
        ui.label(RichText::new(i18n.tr("preview-checks-title")).strong());
        let idle = ctx.busy.is_none();
        let again = egui::Button::new(i18n.tr("preview-checks-again")).small();
        if crate::gui::widgets::button_ui(ui, idle, again, i18n.tr("why-busy")).clicked() {
            ctx.send(Command::CheckPreview);
        }
        if ctx.busy == Some(Busy::CheckingPreview) {
            crate::gui::widgets::spinner_ui(ui);
        }
    });
    let Some(checks) = &session.checks else {
        let key = if ctx.state.demo_path.trim().is_empty() {
            "preview-checks-no_demo"
        } else {
            "preview-checks-pending"
        };
        ui.label(RichText::new(i18n.tr(key)).weak());
        return;
    };
    ui.indent("preview-checks", |ui| {
        project_rows_ui(ui, ctx, checks, session);
        match ctx.state.preview_route {
            PreviewRoute::DevTools => devtools_rows_ui(ui, ctx, checks),
            PreviewRoute::MiniprogramCi => {
                let mut any = false;
                for code in ["node-missing", "ci-package-missing", "ci-key-missing"] {
                    if let Some(text) = finding_text(ctx, checks, &[code]) {
                        check_row_ui(ui, Mark::Bad, &text);
                        any = true;
                    }
                }
                if !any {
                    check_row_ui(ui, Mark::Ok, i18n.tr("preview-check-ci_ready"));
                }
            }
        }
    });
}

fn project_rows_ui(
    ui: &mut egui::Ui,
    ctx: &mut StepContext<'_>,
    checks: &Preflight,
    session: &PreviewSession,
) {
    let i18n = ctx.i18n;
    let Some(project) = &checks.project else {
        let codes = [
            "demo-dir-missing",
            "project-config-missing",
            "project-config-unreadable",
            "project-config-invalid",
        ];
        if let Some(text) = finding_text(ctx, checks, &codes) {
            check_row_ui(ui, Mark::Bad, &text);
        }
        return;
    };
    let path = project.path.display().to_string();
    check_row_ui(
        ui,
        Mark::Ok,
        &i18n.trf("preview-check-project", &[("path", &path)]),
    );
    if let Some(app_id) = project.valid_app_id() {
        let id = app_id.to_string();
        check_row_ui(
            ui,
            Mark::Ok,
            &i18n.trf("preview-check-app_id", &[("app_id", &id)]),
        );
    } else {
        if let Some(text) = finding_text(ctx, checks, &["appid-missing", "appid-invalid"]) {
            check_row_ui(ui, Mark::Bad, &text);
        }
        ui.indent("write-app-id", |ui| write_app_id_ui(ui, ctx));
    }
    if session.app_id_write.is_some() {
        ui.indent("write-app-id-result", |ui| {
            write_app_id_result_ui(ui, ctx, session);
        });
    }
    match &project.project_name {
        Some(name) => {
            check_row_ui(
                ui,
                Mark::Ok,
                &i18n.trf("preview-check-project_name", &[("name", name)]),
            );
        }
        None => {
            if let Some(text) = finding_text(ctx, checks, &["projectname-missing"]) {
                check_row_ui(ui, Mark::Bad, &text);
            }
        }
    }
}

/// The offer to write the wizard's AppID, or where to go to make that possible.
fn write_app_id_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let ready = super::valid_app_id(ctx.inputs).is_some() && ctx.demo.scanned_folder().is_some();
    if ready {
        let idle = ctx.busy.is_none();
        ui.horizontal(|ui| {
            let write = egui::Button::new(i18n.tr("preview-write_app_id"));
            if crate::gui::widgets::button_ui(ui, idle, write, i18n.tr("why-busy")).clicked() {
                ctx.send(Command::WriteAppId);
            }
            if ctx.busy == Some(Busy::WritingAppId) {
                crate::gui::widgets::spinner_ui(ui);
            }
        });
    } else {
        paragraph_ui(ui, i18n.tr("preview-write_app_id-needs_values"));
        if ui.button(i18n.tr("preview-write_app_id-go")).clicked() {
            ctx.send(Command::GoTo(Step::FillInKeys));
        }
    }
}

/// How the last "Write the AppID" went.
fn write_app_id_result_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, session: &PreviewSession) {
    let i18n = ctx.i18n;
    match &session.app_id_write {
        Some(Ok(count)) => {
            let count = count.to_string();
            let text = i18n.trf("preview-write_app_id-done", &[("count", &count)]);
            ui.label(RichText::new(text).color(ADDED_COLOR));
        }
        Some(Err(error)) => {
            let text = i18n.trf(
                "preview-write_app_id-failed",
                &[("error", &i18n.msg(error))],
            );
            ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
        }
        None => {}
    }
}

fn devtools_rows_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, checks: &Preflight) {
    let i18n = ctx.i18n;
    if let Some(cli) = &checks.devtools {
        let path = cli.path.display().to_string();
        let source = i18n.msg(&cli.source);
        let text = i18n.trf("preview-check-cli", &[("path", &path), ("source", &source)]);
        check_row_ui(ui, Mark::Ok, &text);
    } else {
        let codes = ["devtools-not-found", "devtools-path-missing"];
        if let Some(text) = finding_text(ctx, checks, &codes) {
            check_row_ui(ui, Mark::Bad, &text);
        }
        ui.indent("devtools-links", |ui| {
            ui.horizontal_wrapped(|ui| {
                link_ui(ui, i18n, "build-link-devtools", DEVTOOLS_DOWNLOAD_URL);
                link_ui(ui, i18n, "preview-link-linux", DEVTOOLS_LINUX_COMMUNITY_URL);
            });
        });
    }
    match &checks.service_port {
        ServicePort::On {
            port: Some(port), ..
        } => {
            let port = port.to_string();
            check_row_ui(
                ui,
                Mark::Ok,
                &i18n.trf("preview-check-port_on_number", &[("port", &port)]),
            );
        }
        ServicePort::On { port: None, .. } => {
            check_row_ui(ui, Mark::Ok, i18n.tr("preview-check-port_on"));
        }
        ServicePort::Off { .. } => {
            let text = finding_text(ctx, checks, &["service-port-off"])
                .unwrap_or_else(|| i18n.tr("preview-check-port_off").to_owned());
            check_row_ui(ui, Mark::Warn, &text);
        }
        ServicePort::Unknown { reason } => {
            let reason = i18n.msg(reason);
            let text = i18n.trf("preview-check-port_unknown", &[("reason", &reason)]);
            check_row_ui(ui, Mark::Info, &text);
        }
    }
}
