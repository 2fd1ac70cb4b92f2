//! Small pieces every step uses: a labelled text field with its inline message, links, copy
//! buttons, notices.

use eframe::egui;
use egui::{Color32, RichText, Ui};

use crate::credentials::{CredentialError, CredentialWarning};

use super::command::Command;
use super::i18n::I18n;

/// How a field's current text fares, for the message under it.
pub enum FieldStatus {
    /// Nothing typed yet: a neutral hint, no error colour.
    Untouched(String),
    /// Refused: the message is shown in the error colour.
    Invalid(String),
    /// Accepted, perhaps with warnings (shown in the warning colour).
    Valid(Vec<String>),
}

/// A label and a single-line text field tied together for screen readers and tests, with the
/// field's message underneath, computed by `status` from the text after this frame's typing.
/// Returns the text field's response.
pub fn labelled_field_ui(
    ui: &mut Ui,
    label: &str,
    hint: &str,
    text: &mut String,
    password: bool,
    status: impl FnOnce(&str) -> FieldStatus,
) -> egui::Response {
    let label_response = ui.label(RichText::new(label).strong());
    let field = egui::TextEdit::singleline(text)
        .hint_text(hint)
        .password(password)
        .desired_width(ui.available_width().min(520.0));
    let response = ui.add(field).labelled_by(label_response.id);
    field_status_ui(ui, &status(text));
    response
}

/// The message under a field, in the colour its status calls for.
pub fn field_status_ui(ui: &mut Ui, status: &FieldStatus) {
    match status {
        FieldStatus::Untouched(hint) => {
            ui.label(RichText::new(hint).weak());
        }
        FieldStatus::Invalid(message) => {
            let color = ui.visuals().error_fg_color;
            ui.label(RichText::new(message).color(color));
        }
        FieldStatus::Valid(warnings) if warnings.is_empty() => {}
        FieldStatus::Valid(warnings) => {
            let color = ui.visuals().warn_fg_color;
            for warning in warnings {
                ui.label(RichText::new(warning).color(color));
            }
        }
    }
}

/// A field's status from a parse result: empty text is untouched, not an error.
pub fn status_of<T>(
    i18n: &I18n,
    raw: &str,
    parsed: &Result<T, CredentialError>,
    warnings: impl FnOnce(&T) -> Vec<CredentialWarning>,
) -> FieldStatus {
    match parsed {
        Err(err @ CredentialError::Empty(_)) if raw.trim().is_empty() => {
            FieldStatus::Untouched(i18n.msg(err))
        }
        Err(err) => FieldStatus::Invalid(i18n.msg(err)),
        Ok(value) => FieldStatus::Valid(warnings(value).iter().map(|w| i18n.msg(w)).collect()),
    }
}

/// A link that opens in the system browser (egui hands the URL to the platform).
pub fn link_ui(ui: &mut Ui, i18n: &I18n, key: &str, url: &str) {
    ui.hyperlink_to(format!("{} ↗", i18n.tr(key)), url)
        .on_hover_text(format!("{}: {url}", i18n.tr("link-open")));
}

/// A section heading inside a step.
pub fn heading_ui(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong().size(16.0));
}

/// A paragraph that wraps to the available width.
pub fn paragraph_ui(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

/// A framed, tinted box for warnings and notes that must not be missed.
pub fn callout_ui(ui: &mut Ui, color: Color32, add_contents: impl FnOnce(&mut Ui)) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, color))
        .fill(color.gamma_multiply(0.08))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        });
}

/// A "Copy" button for `text`; returns the command when clicked.
pub fn copy_button_ui(ui: &mut Ui, i18n: &I18n, text: &str) -> Option<Command> {
    ui.button(i18n.tr("publish-copy"))
        .on_hover_text(text)
        .clicked()
        .then(|| Command::Copy(text.to_owned()))
}

/// Formats a Unix time for display (the core's `YYYY-MM-DD hh:mm:ss UTC`).
#[must_use]
pub fn format_utc(unix: i64) -> String {
    crate::usersig::format_utc(unix)
}

/// A hash of some text, to notice that inputs changed without keeping them (e.g. the key).
#[must_use]
pub fn fingerprint(parts: &[&str]) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut hasher);
    hasher.finish()
}

/// Seconds since the Unix epoch, now.
#[must_use]
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
