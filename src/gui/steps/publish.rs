//! Step 8: the request domains to whitelist before release, each with a copy button.

use eframe::egui;
use egui::RichText;
use egui_extras::{Column, TableBuilder};

use crate::demo::DomainGroup;
use crate::gui::command::Command;
use crate::gui::widgets::{copy_button_ui, link_ui, paragraph_ui};

use super::StepContext;
use crate::gui::state::Step;

/// The request domains the demo calls, with the locale key of what each is for.
pub const REQUEST_DOMAINS: [(&str, &str); 3] = [
    ("https://liveroom.qcloud.com", "publish-liveroom"),
    ("https://webim.tim.qq.com", "publish-webim"),
    ("https://pic.tim.qq.com", "publish-pic"),
];

const RELEASE_URL: &str =
    "https://developers.weixin.qq.com/miniprogram/dev/framework/quickstart/release.html";

/// The console's four lists, with their names as WeChat shows them.
const GROUPS: [(DomainGroup, &str); 4] = [
    (DomainGroup::Request, "request 合法域名"),
    (DomainGroup::Socket, "socket 合法域名"),
    (DomainGroup::UploadFile, "uploadFile 合法域名"),
    (DomainGroup::DownloadFile, "downloadFile 合法域名"),
];

/// The hosts the demo's own code calls, per list of the console, each list with "Copy all"
/// (the request list with the guide's three).
fn found_domains_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let Some(found) = &ctx.demo.request_domains else {
        return;
    };
    let i18n = ctx.i18n;
    ui.add_space(10.0);
    ui.label(
        RichText::new(i18n.tr("publish-found-title"))
            .strong()
            .size(16.0),
    );
    paragraph_ui(ui, i18n.tr("publish-found-intro"));
    for (group, name) in GROUPS {
        let mut domains: Vec<String> = Vec::new();
        if group == DomainGroup::Request {
            domains.extend(REQUEST_DOMAINS.map(|(d, _)| d.to_owned()));
        }
        for domain in found.group(group) {
            if !domains.contains(domain) {
                domains.push(domain.clone());
            }
        }
        if domains.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{name} ({})", domains.len())).strong());
            let all = domains.join("\n");
            if ui
                .button(i18n.tr("publish-copy_all"))
                .on_hover_text(&all)
                .clicked()
            {
                ctx.send(Command::Copy(all.clone()));
                ctx.state.confirmed.insert(Step::Publish);
            }
        });
        ui.indent(name, |ui| {
            for domain in &domains {
                ui.label(RichText::new(domain).monospace());
            }
        });
    }
}

/// The "Publish" page.
#[derive(Default)]
pub struct Publish;

impl Publish {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("publish-intro"));
        ui.add_space(8.0);
        let mut copy = None;
        ui.push_id("domains", |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::auto().at_least(240.0))
                .column(Column::auto().at_least(180.0))
                .column(Column::remainder())
                .header(24.0, |mut header| {
                    header.col(|ui| {
                        ui.label(RichText::new(i18n.tr("publish-col-domain")).strong());
                    });
                    header.col(|ui| {
                        ui.label(RichText::new(i18n.tr("publish-col-purpose")).strong());
                    });
                    header.col(|_| {});
                })
                .body(|mut body| {
                    for (domain, purpose) in REQUEST_DOMAINS {
                        body.row(28.0, |mut row| {
                            row.col(|ui| {
                                ui.label(RichText::new(domain).monospace());
                            });
                            row.col(|ui| {
                                ui.label(i18n.tr(purpose));
                            });
                            row.col(|ui| {
                                if let Some(command) = copy_button_ui(ui, i18n, domain) {
                                    copy = Some(command);
                                }
                            });
                        });
                    }
                });
        });
        if let Some(command) = copy {
            ctx.send(command);
            ctx.state.confirmed.insert(Step::Publish);
        }
        found_domains_ui(ui, ctx);
        ui.add_space(12.0);
        paragraph_ui(ui, i18n.tr("publish-release"));
        link_ui(ui, i18n, "publish-link-release", RELEASE_URL);
        super::confirm_ui(ui, ctx, Step::Publish, "publish-confirm");
    }
}
