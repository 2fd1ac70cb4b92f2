//! Step 1: the Tencent Cloud account, a mini program owned by an organisation, and its AppID.

use crate::credentials::AppId;
use crate::gui::widgets::{heading_ui, labelled_field_ui, link_ui, paragraph_ui, status_of};
use eframe::egui;

use super::StepContext;

const REGISTER_URL: &str = "https://cloud.tencent.com/register";
const LOGIN_URL: &str = "https://cloud.tencent.com/login";
const WECHAT_MP_URL: &str = "https://mp.weixin.qq.com/";

/// The "Before you start" page. Holds nothing: the AppID lives in the persisted state.
#[derive(Default)]
pub struct BeforeYouStart;

impl BeforeYouStart {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("before-intro"));

        heading_ui(ui, i18n.tr("before-account-title"));
        paragraph_ui(ui, i18n.tr("before-account"));
        ui.horizontal_wrapped(|ui| {
            link_ui(ui, i18n, "before-register", REGISTER_URL);
            ui.add_space(12.0);
            link_ui(ui, i18n, "before-login", LOGIN_URL);
        });

        heading_ui(ui, i18n.tr("before-mp-title"));
        paragraph_ui(ui, i18n.tr("before-mp"));
        link_ui(ui, i18n, "before-mp_link", WECHAT_MP_URL);

        heading_ui(ui, i18n.tr("before-appid-title"));
        paragraph_ui(ui, i18n.tr("before-appid"));
        ui.add_space(6.0);
        let _ = labelled_field_ui(
            ui,
            i18n.tr("field-app_id"),
            i18n.tr("field-app_id-hint"),
            &mut ctx.state.app_id,
            false,
            |text| status_of(i18n, text, &AppId::parse(text), |_| Vec::new()),
        );
    }
}
