//! On "Fill in the keys": which platforms to write, and the values only the Android and iOS
//! demos need — the licence (URL, key, and the package name / bundle ID it was issued for), the
//! push and play domains, the push authentication key — shown only where the demo's files
//! declare them, each checked as it is typed.

use eframe::egui;
use egui::RichText;

use crate::demo::Platform;
use crate::gui::widgets::{FieldStatus, heading_ui, labelled_field_ui, paragraph_ui};
use crate::messages::Localize as _;
use crate::setup::{Field, OPTIONAL_TEXTS};

use super::StepContext;

/// The window's label and hint keys of each optional field.
fn keys(field: Field) -> (&'static str, &'static str) {
    match field {
        Field::LicenseUrl => ("field-license_url", "field-license_url-hint"),
        Field::LicenseKey => ("field-license_key", "field-license_key-hint"),
        Field::PushDomain => ("field-push_domain", "field-push_domain-hint"),
        Field::PlayDomain => ("field-play_domain", "field-play_domain-hint"),
        Field::LiveUrlKey => ("field-live_url_key", "field-live_url_key-hint"),
        Field::AndroidPackage => ("field-android_package", "field-android_package-hint"),
        _ => ("field-ios_bundle_id", "field-ios_bundle_id-hint"),
    }
}

/// The platform checkboxes (when the demo has more than one platform).
pub fn platforms_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let choices = ctx.demo.platform_choices(&ctx.state.platforms_off);
    if choices.len() < 2 {
        return;
    }
    let i18n = ctx.i18n;
    heading_ui(ui, i18n.tr("keys-platforms-title"));
    ui.horizontal_wrapped(|ui| {
        for (platform, mut on) in choices {
            if ui.checkbox(&mut on, i18n.msg(&platform)).changed() {
                if on {
                    ctx.state.platforms_off.remove(&platform);
                } else {
                    ctx.state.platforms_off.insert(platform);
                }
            }
        }
    });
    if !ctx.state.platforms_off.is_empty() {
        ui.label(RichText::new(i18n.tr("keys-platforms-off")).weak());
    }
}

/// The optional fields the ticked platforms declare, with the licence binding's mismatches.
pub fn live_values_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let Some(demo) = ctx.demo.demo().filter(|d| d.is_folder) else {
        return;
    };
    let ticked: Vec<Platform> = ctx
        .demo
        .platform_choices(&ctx.state.platforms_off)
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(p, _)| p)
        .collect();
    let declared: Vec<Field> = OPTIONAL_TEXTS
        .into_iter()
        .filter(|field| {
            ticked
                .iter()
                .any(|p| demo.declared_fields(*p).contains(field))
        })
        .collect();
    if declared.is_empty() {
        return;
    }
    let i18n = ctx.i18n;
    heading_ui(ui, i18n.tr("keys-live-title"));
    paragraph_ui(ui, i18n.tr("keys-live-intro"));
    for field in declared {
        let index = OPTIONAL_TEXTS
            .iter()
            .position(|f| *f == field)
            .unwrap_or_default();
        let (label, hint) = keys(field);
        let parsed = &ctx.inputs.texts[index];
        let notes: Vec<String> = ctx.inputs.notes_for(field).map(|m| i18n.msg(m)).collect();
        let Some(text) = ctx.state.live.text_mut(field) else {
            continue;
        };
        let _ =
            labelled_field_ui(
                ui,
                i18n.tr(label),
                i18n.tr(hint),
                text,
                false,
                |typed| match parsed {
                    Err(err) => FieldStatus::Invalid(i18n.msg(err)),
                    Ok(Some(_)) => FieldStatus::Valid(notes),
                    Ok(None) if typed.trim().is_empty() => {
                        FieldStatus::Untouched(i18n.tr("field-live-untouched").to_owned())
                    }
                    Ok(None) => FieldStatus::Valid(Vec::new()),
                },
            );
    }
    binding_ui(ui, ctx);
}

/// The apps whose ID is not the one the licence was issued for, each with its fix.
fn binding_ui(ui: &mut egui::Ui, ctx: &StepContext<'_>) {
    let Some(demo) = ctx.demo.demo() else {
        return;
    };
    let given = |text: &str| {
        Some(text.trim())
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let android = given(&ctx.state.live.android_package);
    let ios = given(&ctx.state.live.ios_bundle_id);
    if android.is_none() && ios.is_none() {
        return;
    }
    let mismatches = demo.binding_mismatches(android.as_deref(), ios.as_deref());
    let i18n = ctx.i18n;
    if mismatches.is_empty() {
        ui.label(RichText::new(i18n.tr("keys-binding-ok")).color(super::ADDED_COLOR));
        return;
    }
    let warn = ui.visuals().warn_fg_color;
    ui.label(
        RichText::new(i18n.tr("keys-binding-title"))
            .strong()
            .color(warn),
    );
    for mismatch in &mismatches {
        ui.add(egui::Label::new(format!("• {}", i18n.msg(&mismatch.message()))).wrap());
    }
    paragraph_ui(ui, i18n.tr("keys-binding-fix"));
}
