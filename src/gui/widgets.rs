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
    /// A note that never changes with the text (shown whole, as it cannot make fields move);
    /// empty for none.
    Note(String),
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

/// How many lines a field's message may take; its room is kept even when there is none, so that
/// the fields below never move as messages come and go.
const FIELD_MESSAGE_ROWS: usize = 2;

/// The message under a field, in the colour its status calls for, in a space of fixed height
/// (a longer message is cut with "…" and shown whole on hover).
pub fn field_status_ui(ui: &mut Ui, status: &FieldStatus) {
    let (text, color) = match status {
        FieldStatus::Note(note) => {
            if !note.is_empty() {
                ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
            }
            return;
        }
        FieldStatus::Untouched(hint) => (hint.clone(), ui.visuals().weak_text_color()),
        FieldStatus::Invalid(message) => (message.clone(), ui.visuals().error_fg_color),
        FieldStatus::Valid(warnings) => (warnings.join(" · "), ui.visuals().warn_fg_color),
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let row_height = ui.fonts_mut(|f| f.row_height(&font));
    #[allow(clippy::cast_precision_loss)]
    let height = (row_height * FIELD_MESSAGE_ROWS as f32).ceil();
    let width = ui.available_width().min(560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    if text.is_empty() {
        return;
    }
    let mut job = egui::text::LayoutJob::simple(text.clone(), font, color, width);
    job.wrap.max_rows = FIELD_MESSAGE_ROWS;
    job.wrap.overflow_character = Some('…');
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let elided = galley.elided;
    ui.painter().galley(rect.min, galley, color);
    // Drawn rather than laid out, so it is named for screen readers (and tests) here.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    if elided {
        response.on_hover_text(text);
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

/// A link that opens in the system browser. The click is queued for the app loop, which opens
/// the URL itself so that a failure can be shown (with the URL and a Copy button) instead of lost.
pub fn link_ui(ui: &mut Ui, i18n: &I18n, key: &str, url: &str) {
    let response = ui
        .link(format!("{} ↗", i18n.tr(key)))
        .on_hover_text(format!("{}: {url}", i18n.tr("link-open")));
    if response.clicked() {
        ui.ctx().data_mut(|data| {
            data.get_temp_mut_or_default::<Vec<String>>(egui::Id::unique(LINKS_CLICKED))
                .push(url.to_owned());
        });
    }
}

const LINKS_CLICKED: &str = "mlvb-setup-links-clicked";

/// The URLs of the links clicked during this frame (emptied by the call).
#[must_use]
pub fn take_clicked_links(ctx: &egui::Context) -> Vec<String> {
    ctx.data_mut(|data| {
        std::mem::take(data.get_temp_mut_or_default::<Vec<String>>(egui::Id::unique(LINKS_CLICKED)))
    })
}

/// How often a spinner redraws at first: 5 times a second (egui's own spinner redraws at the
/// screen's refresh rate, and a whole frame under software OpenGL costs tens of milliseconds).
pub const ANIMATION_INTERVAL: std::time::Duration = std::time::Duration::from_millis(200);

/// How often a spinner that has been turning for [`SLOW_AFTER`] redraws: once a second — a long
/// wait (a preview, a login scan: up to three minutes) then costs next to nothing.
pub const SLOW_INTERVAL: std::time::Duration = std::time::Duration::from_secs(1);

/// How long a spinner turns at [`ANIMATION_INTERVAL`] before it slows to [`SLOW_INTERVAL`].
pub const SLOW_AFTER: f64 = 3.0;

/// A spinner that moves one notch five times a second, then once a second after a few seconds,
/// and asks for no other frame.
pub fn spinner_ui(ui: &mut Ui) -> egui::Response {
    let size = ui.style().spacing.interact_size.y;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::new(egui::Role::ProgressIndicator));
    if ui.is_rect_visible(rect) {
        const NOTCHES: u32 = 8;
        let now = ui.input(|i| i.time);
        // When this spinner came on screen: kept while it is drawn frame after frame.
        let key = response.id.with("spinner-since");
        let since = ui.ctx().data_mut(|data| {
            let (since, last) = data.get_temp::<(f64, f64)>(key).unwrap_or((now, now));
            let since = if now - last > 2.0 * SLOW_INTERVAL.as_secs_f64() {
                now
            } else {
                since
            };
            data.insert_temp(key, (since, now));
            since
        });
        let interval = if now - since > SLOW_AFTER {
            SLOW_INTERVAL
        } else {
            ANIMATION_INTERVAL
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let lit = ((now / interval.as_secs_f64()) as u64 % u64::from(NOTCHES)) as u32;
        let color = ui.visuals().strong_text_color();
        let radius = rect.height() * 0.5 - 3.0;
        for notch in 0..NOTCHES {
            let angle = f64::from(notch) / f64::from(NOTCHES) * std::f64::consts::TAU;
            #[allow(clippy::cast_possible_truncation)]
            let (sin, cos) = (angle.sin() as f32, angle.cos() as f32);
            let centre = rect.center() + radius * egui::vec2(cos, sin);
            let age = (lit + NOTCHES - notch) % NOTCHES;
            #[allow(clippy::cast_precision_loss)]
            let fade = 1.0 - age as f32 / NOTCHES as f32;
            ui.painter()
                .circle_filled(centre, 2.2, color.gamma_multiply(0.15 + 0.85 * fade));
        }
        ui.ctx().request_repaint_after(interval);
    }
    response
}

/// A spinner with its caption on one line.
pub fn busy_ui(ui: &mut Ui, caption: &str) {
    ui.horizontal(|ui| {
        spinner_ui(ui);
        ui.label(caption);
    });
}

/// One line of text that never pushes its neighbours away: cut with "…" where it does not fit,
/// the whole text shown on hover.
pub fn one_line_ui(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let text = text.into();
    let full = text.text().to_owned();
    ui.add(egui::Label::new(text).truncate())
        .on_hover_text(full)
}

/// A button that may be disabled; when it is, hovering it says why (`why` is shown only then).
pub fn button_ui(
    ui: &mut Ui,
    enabled: bool,
    button: egui::Button<'_>,
    why: &str,
) -> egui::Response {
    let response = ui.add_enabled(enabled, button);
    if enabled {
        response
    } else {
        response.on_disabled_hover_text(why)
    }
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
