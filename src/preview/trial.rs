//! The trial-version (体验版) QR, drawn locally from the AppID. It opens only the version that
//! was uploaded and set as the trial version on mp.weixin.qq.com, never the local code.

use crate::credentials::AppId;

use super::qr::{ModuleGrid, QrImage};

/// What every display of the trial QR must say next to it.
pub const TRIAL_LABEL: &str = "Trial version (体验版) QR: it opens only the version already uploaded and set as the trial version on mp.weixin.qq.com — not your local code — and only for WeChat accounts that are members or trial members of the mini program.";

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
    /// The label to show with it ([`TRIAL_LABEL`]).
    pub label: &'static str,
    /// Its modules (for the terminal).
    pub grid: ModuleGrid,
    /// Its pixels (for a texture): 8 pixels per module, 4 modules of quiet zone.
    pub image: QrImage,
}

/// Why the trial QR could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot draw the trial-version QR for {url}: {reason}")]
pub struct TrialQrError {
    /// The address.
    pub url: String,
    /// The encoder's reason.
    pub reason: String,
}

/// Draws the trial-version QR for `app_id`.
pub fn trial_qr(app_id: &AppId) -> Result<TrialQr, TrialQrError> {
    let url = trial_url(app_id);
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| TrialQrError {
        url: url.clone(),
        reason: e.to_string(),
    })?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let grid = ModuleGrid::new(code.width(), dark).ok_or_else(|| TrialQrError {
        url: url.clone(),
        reason: "the encoder returned an empty grid".to_owned(),
    })?;
    let image = grid.to_image(8, 4);
    Ok(TrialQr {
        url,
        label: TRIAL_LABEL,
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
        assert!(trial.label.contains("体验版") && trial.label.contains("uploaded"));
        let read = qr::read_qr(&trial.image).unwrap();
        assert_eq!(read.text.as_deref(), Some(expected));
        assert_eq!(read.grid, trial.grid);
        let text = qr::render_half_blocks(&trial.grid, 4, TerminalColors::LightOnDark);
        assert!(text.contains('▀') || text.contains('▄'));
    }
}
