//! The trial-version (体验版) QR, drawn locally from the AppID. It opens only the version that
//! was uploaded and set as the trial version on mp.weixin.qq.com, never the local code.

use crate::credentials::AppId;
use crate::messages::{Localize, Message, PreviewCode};

use super::qr::{ModuleGrid, QrImage};

/// What every display of the trial QR must say next to it: that it opens only an uploaded trial
/// version, not the local code.
#[must_use]
pub fn trial_label() -> Message {
    Message::new(PreviewCode::TrialLabel)
}

/// The trial-version address for an AppID.
#[must_use]
pub fn trial_url(app_id: &AppId) -> String {
    format!("https://open.weixin.qq.com/sns/getexpappinfo?appid={app_id}#wechat-redirect")
}

/// The trial-version QR for one AppID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialQr {
    /// The address it encodes.
    pub url: String,
    /// The label to show with it ([`trial_label`]).
    pub label: Message,
    /// Its modules (for the terminal).
    pub grid: ModuleGrid,
    /// Its pixels (for a texture): 8 pixels per module, 4 modules of quiet zone.
    pub image: QrImage,
}

/// Why the trial QR could not be drawn (worded in `preview.ftl`; `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialQrError {
    /// The address.
    pub url: String,
    /// The encoder's own words; `None` when it returned an empty grid.
    pub reason: Option<String>,
}

impl std::fmt::Display for TrialQrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for TrialQrError {}

/// Draws the trial-version QR for `app_id`.
pub fn trial_qr(app_id: &AppId) -> Result<TrialQr, TrialQrError> {
    let url = trial_url(app_id);
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| TrialQrError {
        url: url.clone(),
        reason: Some(e.to_string()),
    })?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let grid = ModuleGrid::new(code.width(), dark).ok_or_else(|| TrialQrError {
        url: url.clone(),
        reason: None,
    })?;
    let image = grid.to_image(8, 4);
    Ok(TrialQr {
        url,
        label: trial_label(),
        grid,
        image,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preview::qr::{self, TerminalColors};

    #[test]
    fn trial_qr_decodes_to_the_trial_url() {
        let app_id = AppId::parse("wx0123456789abcdef").unwrap();
        let trial = trial_qr(&app_id).unwrap();
        let expected =
            "https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef#wechat-redirect";
        assert_eq!(trial.url, expected);
        let label = trial.label.english();
        assert!(
            label.contains("体验版") && label.contains("uploaded"),
            "{label}"
        );
        let read = qr::read_qr(&trial.image).unwrap();
        assert_eq!(read.text.as_deref(), Some(expected));
        assert_eq!(read.grid, trial.grid);
        let text = qr::render_half_blocks(&trial.grid, 4, TerminalColors::LightOnDark);
        assert!(text.contains('▀') || text.contains('▄'));
    }
}
