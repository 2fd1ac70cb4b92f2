//! Step 4: LVB and IM, the IM application (→ SDKAppID), its secret key, the packages to buy —
//! and the two values, checked with Tencent Cloud when the user asks (offline, only their form
//! can be checked, or the key proven with a UserSig the console made).

use eframe::egui;
use egui::RichText;

use crate::credentials::{SdkAppId, SecretKey};
use crate::gui::command::Command;
use crate::gui::tasks::Busy;
use crate::gui::widgets::{
    button_ui, callout_ui, field_status_ui, fingerprint, heading_ui, labelled_field_ui, link_ui,
    paragraph_ui, spinner_ui, status_of,
};
use crate::online::{OnlineReport, Region};

use super::{ADDED_COLOR, StepContext};

const LVB_GUIDE_URL: &str = "https://cloud.tencent.com/document/product/267/13551";
const IM_GUIDE_URL: &str = "https://cloud.tencent.com/document/product/269/36838";
const APP_MANAGE_URL: &str = "https://console.cloud.tencent.com/live/license/appmanage";
const ROOM_COMPONENT_URL: &str = "https://cloud.tencent.com/document/product/454/15368";
const LVB_BILLING_URL: &str = "https://cloud.tencent.com/document/product/267/34174";
const IM_PRICING_URL: &str = "https://cloud.tencent.com/product/im/pricing";

/// The "Cloud services" page: the key's show/hide toggle and a UserSig pasted from the console.
#[derive(Default)]
pub struct CloudServices {
    show_key: bool,
    console_usersig: String,
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
        self.checks_ui(ui, ctx);
    }

    /// What can be known of the pair: offline only its form; with Tencent Cloud (when asked),
    /// whether the two belong together; or offline, with a UserSig the console made.
    fn checks_ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        let values = (
            SdkAppId::parse(&ctx.state.sdk_app_id),
            SecretKey::parse(ctx.secret_key),
        );
        let ready = values.0.is_ok() && values.1.is_ok();
        paragraph_ui(ui, i18n.tr("cloud-form_only"));
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(i18n.tr("field-im_admin"));
            ui.add(
                egui::TextEdit::singleline(&mut ctx.state.im_admin)
                    .desired_width(140.0)
                    .hint_text(crate::online::DEFAULT_ADMIN),
            )
            .labelled_by(label.id);
            let current = Region::parse(&ctx.state.im_region).unwrap_or_default();
            egui::ComboBox::from_label(i18n.tr("field-im_region"))
                .selected_text(i18n.tr(region_key(current)))
                .show_ui(ui, |ui| {
                    for region in <Region as strum::IntoEnumIterator>::iter() {
                        if ui
                            .selectable_label(region == current, i18n.tr(region_key(region)))
                            .clicked()
                        {
                            region.name().clone_into(&mut ctx.state.im_region);
                        }
                    }
                });
        });
        let idle = ctx.busy.is_none();
        let why = if ready {
            i18n.tr("why-busy")
        } else {
            i18n.tr("cloud-why-values")
        };
        ui.horizontal(|ui| {
            let button = egui::Button::new(RichText::new(i18n.tr("cloud-check_online")).strong());
            if button_ui(ui, ready && idle, button, why).clicked() {
                ctx.send(Command::CheckOnline);
            }
            if ctx.busy == Some(Busy::CheckingOnline) {
                spinner_ui(ui);
                ui.label(i18n.tr("busy-checking_online"));
            }
        });
        let fingerprint = online_fingerprint(ctx.state, ctx.secret_key);
        if let Some((checked, report)) = ctx.online
            && *checked == fingerprint
        {
            online_result_ui(ui, ctx, report);
        }

        ui.add_space(6.0);
        egui::CollapsingHeader::new(i18n.tr("cloud-proof-title"))
            .id_salt("console-usersig")
            .show(ui, |ui| {
                paragraph_ui(ui, i18n.tr("cloud-proof-intro"));
                let label = ui.label(RichText::new(i18n.tr("field-console_usersig")).strong());
                let edit = egui::TextEdit::multiline(&mut self.console_usersig)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .font(egui::TextStyle::Monospace);
                ui.add(edit).labelled_by(label.id);
                let token = self.console_usersig.trim();
                if token.is_empty() {
                    return;
                }
                let (Ok(sdk), Ok(key)) = &values else {
                    ui.label(RichText::new(i18n.tr("cloud-why-values")).weak());
                    return;
                };
                let proof = crate::online::prove_key_offline(token, *sdk, key);
                let color = match proof {
                    crate::online::KeyProof::Proven { .. } => ADDED_COLOR,
                    crate::online::KeyProof::Refuted(_) => ui.visuals().error_fg_color,
                };
                ui.add(egui::Label::new(RichText::new(i18n.msg(&proof)).color(color)).wrap());
            });
    }
}

/// What the online check's answer is for: the SDKAppID, key, admin and region it was asked
/// with (a new one of any of them hides the old answer).
#[must_use]
pub fn online_fingerprint(state: &crate::gui::state::State, secret_key: &str) -> u64 {
    fingerprint(&[
        state.sdk_app_id.trim(),
        secret_key,
        state.im_admin.trim(),
        state.im_region.trim(),
    ])
}

fn region_key(region: Region) -> &'static str {
    match region {
        Region::Cn => "region-cn",
        Region::Sgp => "region-sgp",
        Region::Kr => "region-kr",
        Region::Ger => "region-ger",
        Region::Usa => "region-usa",
        Region::Idn => "region-idn",
    }
}

/// Tencent Cloud's answer: the pair works, or why not and what to do.
fn online_result_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>, report: &OnlineReport) {
    let i18n = ctx.i18n;
    let color = if report.pair_works() {
        ADDED_COLOR
    } else {
        ui.visuals().error_fg_color
    };
    let mark = if report.pair_works() { "✔" } else { "✖" };
    let text = format!("{mark} {}", i18n.msg(&report.summary()));
    ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
    if let Some(licence) = &report.licence {
        let text = match licence {
            Ok(state) => i18n.msg(state),
            Err(problem) => i18n.msg(problem),
        };
        ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    }
}
