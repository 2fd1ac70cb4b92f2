//! Step 4: LVB and IM, the IM application (→ SDKAppID), its secret key, the packages to buy —
//! and the two values, with an offline check that signs and verifies a test UserSig.

use eframe::egui;
use egui::RichText;

use crate::credentials::{SdkAppId, SecretKey};
use crate::gui::command::Command;
use crate::gui::widgets::{
    callout_ui, field_status_ui, fingerprint, heading_ui, labelled_field_ui, link_ui, now_unix,
    paragraph_ui, status_of,
};
use crate::time::format_local;
use crate::usersig::{self, Verification};

use super::StepContext;

const LVB_GUIDE_URL: &str = "https://cloud.tencent.com/document/product/267/13551";
const IM_GUIDE_URL: &str = "https://cloud.tencent.com/document/product/269/36838";
const APP_MANAGE_URL: &str = "https://console.cloud.tencent.com/live/license/appmanage";
const ROOM_COMPONENT_URL: &str = "https://cloud.tencent.com/document/product/454/15368";
const LVB_BILLING_URL: &str = "https://cloud.tencent.com/document/product/267/34174";
const IM_PRICING_URL: &str = "https://cloud.tencent.com/product/im/pricing";

/// The UserID the check signs for.
const CHECK_USER_ID: &str = "mlvb-setup-check";
/// The check's token lifetime: the demos' default, 7 days.
const CHECK_EXPIRE: i64 = 604_800;

/// The "Cloud services" page: the key's show/hide toggle and the last check's result.
#[derive(Default)]
pub struct CloudServices {
    show_key: bool,
    check: Option<(u64, Verification)>,
}

impl CloudServices {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("cloud-intro"));
        ui.horizontal_wrapped(|ui| {
            link_ui(ui, i18n, "cloud-link-lvb", LVB_GUIDE_URL);
            ui.add_space(12.0);
            link_ui(ui, i18n, "cloud-link-im", IM_GUIDE_URL);
        });

        heading_ui(ui, i18n.tr("cloud-app-title"));
        paragraph_ui(ui, i18n.tr("cloud-app"));
        link_ui(ui, i18n, "cloud-link-appmanage", APP_MANAGE_URL);

        heading_ui(ui, i18n.tr("cloud-key-title"));
        paragraph_ui(ui, i18n.tr("cloud-key"));

        heading_ui(ui, i18n.tr("cloud-buy-title"));
        paragraph_ui(ui, i18n.tr("cloud-buy"));
        ui.horizontal_wrapped(|ui| {
            link_ui(ui, i18n, "cloud-link-room", ROOM_COMPONENT_URL);
            ui.add_space(12.0);
            link_ui(ui, i18n, "cloud-link-lvb_billing", LVB_BILLING_URL);
            ui.add_space(12.0);
            link_ui(ui, i18n, "cloud-link-im_pricing", IM_PRICING_URL);
        });

        ui.add_space(10.0);
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke.color;
        callout_ui(ui, stroke, |ui| self.values_ui(ui, ctx));
    }

    fn values_ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        heading_ui(ui, i18n.tr("cloud-values-title"));
        let _ = labelled_field_ui(
            ui,
            i18n.tr("field-sdk_app_id"),
            i18n.tr("field-sdk_app_id-hint"),
            &mut ctx.state.sdk_app_id,
            false,
            |text| status_of(i18n, text, &SdkAppId::parse(text), |id| id.warnings()),
        );
        ui.add_space(4.0);
        // The key: its label with the show/hide toggle beside it, then the masked field.
        let label = ui
            .horizontal(|ui| {
                let label = ui.label(RichText::new(i18n.tr("field-secret_key")).strong());
                let toggle = if self.show_key {
                    "field-hide"
                } else {
                    "field-show"
                };
                if ui.small_button(i18n.tr(toggle)).clicked() {
                    self.show_key = !self.show_key;
                }
                label
            })
            .inner;
        let field = egui::TextEdit::singleline(ctx.secret_key)
            .hint_text(i18n.tr("field-secret_key-hint"))
            .password(!self.show_key)
            .desired_width(ui.available_width().min(520.0));
        let response = ui.add(field).labelled_by(label.id);
        let status = status_of(
            i18n,
            ctx.secret_key,
            &SecretKey::parse(ctx.secret_key),
            SecretKey::warnings,
        );
        field_status_ui(ui, &status);
        if response.lost_focus() && SecretKey::parse(ctx.secret_key).is_ok() {
            ctx.send(Command::StoreKey);
        }
        ui.label(RichText::new(i18n.tr("cloud-key_storage")).weak().small());

        ui.add_space(6.0);
        let values = (
            SdkAppId::parse(&ctx.state.sdk_app_id),
            SecretKey::parse(ctx.secret_key),
        );
        let fingerprint = fingerprint(&[&ctx.state.sdk_app_id, ctx.secret_key]);
        if self.check.as_ref().is_some_and(|(f, _)| *f != fingerprint) {
            self.check = None;
        }
        let ready = values.0.is_ok() && values.1.is_ok();
        if ui
            .add_enabled(ready, egui::Button::new(i18n.tr("cloud-check")))
            .clicked()
            && let (Ok(sdk), Ok(key)) = &values
        {
            let now = now_unix();
            let sdk = u64::from(*sdk);
            let token = usersig::generate(sdk, key, CHECK_USER_ID, CHECK_EXPIRE, now, None);
            let result = usersig::verify(&token, sdk, key, Some(CHECK_USER_ID), now);
            self.check = Some((fingerprint, result));
        }
        if let Some((_, result)) = &self.check {
            check_result_ui(ui, ctx, result);
        }
    }
}

/// One line saying how a signed test token fared.
fn check_result_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, result: &Verification) {
    let i18n = ctx.i18n;
    match result {
        Verification::Valid { expires_at, .. } => {
            let text = i18n.trf("cloud-check-ok", &[("expires", &format_local(*expires_at))]);
            ui.label(RichText::new(text).color(egui::Color32::from_rgb(0x2e, 0x9e, 0x44)));
        }
        Verification::Invalid(failure) => {
            let text = i18n.trf(
                "cloud-check-failed",
                &[
                    ("code", &failure.code.code().to_string()),
                    ("cause", &i18n.msg(&failure.cause)),
                ],
            );
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
    }
}
