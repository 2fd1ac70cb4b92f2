//! Step 8: the request domains to whitelist before release, each with a copy button.

use eframe::egui;
use egui::RichText;
use egui_extras::{Column, TableBuilder};

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
        ui.add_space(12.0);
        paragraph_ui(ui, i18n.tr("publish-release"));
        link_ui(ui, i18n, "publish-link-release", RELEASE_URL);
        super::confirm_ui(ui, ctx, Step::Publish, "publish-confirm");
    }
}
