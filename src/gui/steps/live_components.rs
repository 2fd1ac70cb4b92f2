//! Step 3: switching on `<live-pusher>` and `<live-player>` in the mini program's admin pages.

use crate::gui::widgets::{callout_ui, heading_ui, link_ui, paragraph_ui};
use eframe::egui;

use super::StepContext;
use crate::gui::state::Step;

const WECHAT_MP_URL: &str = "https://mp.weixin.qq.com/";

/// The "Live components" page.
#[derive(Default)]
pub struct LiveComponents;

impl LiveComponents {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("components-intro"));
        ui.add_space(6.0);
        for key in ["components-player", "components-pusher"] {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(i18n.tr(key)).wrap());
            });
        }
        ui.add_space(6.0);
        link_ui(ui, i18n, "components-open_mp", WECHAT_MP_URL);
        ui.add_space(10.0);
        let color = ui.visuals().hyperlink_color;
        callout_ui(ui, color, |ui| {
            heading_ui(ui, i18n.tr("components-cache-title"));
            paragraph_ui(ui, i18n.tr("components-cache"));
        });
        super::confirm_ui(ui, ctx, Step::LiveComponents, "components-confirm");
    }
}
