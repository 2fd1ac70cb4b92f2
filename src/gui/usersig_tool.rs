//! The UserSig tool: sign a UserSig for any UserID, or paste one to decode it and check it the way
//! the server would — what users otherwise open Tencent's web console for. Reachable from every
//! step through the top bar.

use eframe::egui;
use egui::RichText;

use super::command::Command;
use super::i18n::I18n;
use super::steps::Inputs;
use super::widgets::{
    FieldStatus, button_ui, heading_ui, labelled_field_ui, now_unix, paragraph_ui,
};
use crate::time::format_local;
use crate::usersig::{self, DecodedUserSig, UserSigError, Verification};

/// The tool's window state (runtime only; the UserID is persisted in [`super::state::State`]).
pub struct UserSigTool {
    /// Whether the window is shown.
    pub open: bool,
    expire: String,
    signed: Option<String>,
    token: String,
    checked: Option<(Option<Verification>, Result<DecodedUserSig, UserSigError>)>,
}

impl Default for UserSigTool {
    fn default() -> Self {
        Self {
            open: false,
            expire: "604800".to_owned(),
            signed: None,
            token: String::new(),
            checked: None,
        }
    }
}

impl UserSigTool {
    /// Shows the window when open. Returns commands (copy) for the app loop.
    pub fn window_ui(
        &mut self,
        ctx: &egui::Context,
        i18n: &I18n,
        inputs: &Inputs,
        user_id: &mut String,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut open = self.open;
        egui::Window::new(i18n.tr("usersig-title"))
            .id(egui::Id::unique("usersig-tool"))
            .open(&mut open)
            .default_width(520.0)
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(ctx.content_rect().right_top() + egui::vec2(-16.0, 44.0))
            .resizable(true)
            .show(ctx, |ui| {
                self.contents_ui(ui, i18n, inputs, user_id, &mut commands);
            });
        self.open = open;
        commands
    }

    fn contents_ui(
        &mut self,
        ui: &mut egui::Ui,
        i18n: &I18n,
        inputs: &Inputs,
        user_id: &mut String,
        commands: &mut Vec<Command>,
    ) {
        paragraph_ui(ui, i18n.tr("usersig-intro"));
        let creds = match (&inputs.sdk_app_id, &inputs.secret_key) {
            (Ok(sdk), Ok(key)) => Some((u64::from(*sdk), key)),
            _ => None,
        };
        heading_ui(ui, i18n.tr("usersig-sign-title"));
        match creds {
            Some((sdk, key)) => self.sign_ui(ui, i18n, sdk, key, user_id, commands),
            None => {
                ui.label(
                    RichText::new(i18n.tr("usersig-need_creds")).color(ui.visuals().warn_fg_color),
                );
            }
        }

        ui.separator();
        heading_ui(ui, i18n.tr("usersig-verify-title"));
        let label = ui.label(RichText::new(i18n.tr("field-token")).strong());
        let edit = egui::TextEdit::multiline(&mut self.token)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
            .font(egui::TextStyle::Monospace);
        if ui.add(edit).labelled_by(label.id).changed() {
            self.checked = None;
        }
        let has_token = !self.token.trim().is_empty();
        // Without a key the token is only opened (what is inside); with one it is checked too.
        let (button, why) = if creds.is_some() {
            ("usersig-verify", "usersig-why-no_token")
        } else {
            ("usersig-decode", "usersig-why-no_token")
        };
        if button_ui(
            ui,
            has_token,
            egui::Button::new(i18n.tr(button)),
            i18n.tr(why),
        )
        .clicked()
        {
            let token = self.token.trim();
            let result = creds.map(|(sdk, key)| usersig::verify(token, sdk, key, None, now_unix()));
            self.checked = Some((result, usersig::decode(token)));
        }
        if creds.is_none() {
            ui.label(RichText::new(i18n.tr("usersig-decode_only")).weak());
        }
        if let Some((result, contents)) = &self.checked {
            check_ui(ui, i18n, result.as_ref(), contents);
        }
    }

    fn sign_ui(
        &mut self,
        ui: &mut egui::Ui,
        i18n: &I18n,
        sdk: u64,
        key: &crate::credentials::SecretKey,
        user_id: &mut String,
        commands: &mut Vec<Command>,
    ) {
        let _ = labelled_field_ui(
            ui,
            i18n.tr("field-user_id"),
            "demo_user",
            user_id,
            false,
            |text| {
                if text.trim().is_empty() {
                    FieldStatus::Invalid(i18n.tr("usersig-user_id_empty").to_owned())
                } else {
                    FieldStatus::Valid(Vec::new())
                }
            },
        );
        let expire = parse_expire(&self.expire);
        let _ = labelled_field_ui(
            ui,
            i18n.tr("field-expire"),
            "604800",
            &mut self.expire,
            false,
            |text| {
                if parse_expire(text).is_some() {
                    FieldStatus::Valid(Vec::new())
                } else {
                    FieldStatus::Invalid(i18n.tr("usersig-expire_invalid").to_owned())
                }
            },
        );
        let ready = !user_id.trim().is_empty() && expire.is_some();
        if button_ui(
            ui,
            ready,
            egui::Button::new(i18n.tr("usersig-sign")),
            i18n.tr("usersig-why-sign"),
        )
        .clicked()
            && let Some(expire) = expire
        {
            self.signed = Some(usersig::generate(
                sdk,
                key,
                user_id.trim(),
                expire,
                now_unix(),
                None,
            ));
        }
        if let Some(token) = &self.signed {
            ui.add(egui::Label::new(RichText::new(token).monospace()).wrap());
            if ui.button(i18n.tr("usersig-copy")).clicked() {
                commands.push(Command::CopyQuietly(token.clone()));
            }
        }
    }
}

fn parse_expire(text: &str) -> Option<i64> {
    text.trim().parse::<i64>().ok().filter(|s| *s > 0)
}

fn check_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    result: Option<&Verification>,
    contents: &Result<DecodedUserSig, UserSigError>,
) {
    let error = ui.visuals().error_fg_color;
    match (result, contents) {
        (None, Ok(_)) => {}
        (_, Err(why)) => {
            let text = i18n.trf("usersig-not_a_token", &[("error", &i18n.msg(why))]);
            ui.label(RichText::new(text).color(error));
            return;
        }
        (
            Some(Verification::Valid {
                decoded,
                expires_at,
            }),
            _,
        ) => {
            let text = i18n.trf(
                "usersig-valid",
                &[
                    ("user", &decoded.identifier),
                    ("sdkappid", &decoded.sdkappid.to_string()),
                    ("expires", &format_local(*expires_at)),
                ],
            );
            ui.label(RichText::new(text).color(super::steps::ADDED_COLOR));
        }
        (Some(Verification::Invalid(failure)), _) => {
            let text = i18n.trf(
                "usersig-invalid",
                &[
                    ("code", &failure.code.code().to_string()),
                    ("cause", &i18n.msg(&failure.cause)),
                ],
            );
            ui.label(RichText::new(text).color(error));
        }
    }
    if let Ok(c) = contents {
        let text = i18n.trf(
            "usersig-contents",
            &[
                ("user", &c.identifier),
                ("sdkappid", &c.sdkappid.to_string()),
                ("time", &format_local(c.time)),
                ("expire", &c.expire.to_string()),
            ],
        );
        ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    }
}
