//! The values one setup writes: the three credentials and the optional ones, parsed once from
//! what a person typed (in the window's fields or the command line's flags).

use crate::credentials::{AppId, CredentialError, SdkAppId, SecretKey, clean_pasted};
use crate::messages::{Localize, Message, SetupCode};

/// The values a setup writes into the demo. Optional ones are written only where given and
/// where a file declares them. Its `Debug` never shows the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values {
    /// Written to every `SDKAPPID`.
    pub sdk_app_id: SdkAppId,
    /// Written to every `SECRETKEY` (its `Debug` is redacted).
    pub secret_key: SecretKey,
    /// Written to `"appid"` of `project.config.json`.
    pub app_id: Option<AppId>,
    /// Written to `EXPIRETIME` when given; without it an `EXPIRETIME` ≤ 0 becomes 604800.
    pub expire: Option<u32>,
    /// `LICENSEURL` / `LICENCE_URL`.
    pub license_url: Option<String>,
    /// `LICENSEURLKEY`.
    pub license_key: Option<String>,
    /// `PUSH_DOMAIN`.
    pub push_domain: Option<String>,
    /// `PLAY_DOMAIN`.
    pub play_domain: Option<String>,
    /// `LIVE_URL_KEY`.
    pub live_url_key: Option<String>,
}

impl Values {
    /// The three credentials alone, no optional value.
    #[must_use]
    pub fn new(sdk_app_id: SdkAppId, secret_key: SecretKey, app_id: Option<AppId>) -> Self {
        Self {
            sdk_app_id,
            secret_key,
            app_id,
            expire: None,
            license_url: None,
            license_key: None,
            push_domain: None,
            play_domain: None,
            live_url_key: None,
        }
    }
}

/// One value a person types, to say which one a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Field {
    /// The mini program's AppID.
    AppId,
    /// The IM app's SDKAppID.
    SdkAppId,
    /// The IM app's secret key.
    SecretKey,
    /// The UserSig lifetime written to `EXPIRETIME`.
    Expire,
    /// The licence URL.
    LicenseUrl,
    /// The licence key.
    LicenseKey,
    /// The push domain.
    PushDomain,
    /// The play domain.
    PlayDomain,
    /// The live URL (push authentication) key.
    LiveUrlKey,
}

impl Field {
    /// The command-line flag that gives this value.
    #[must_use]
    pub fn flag(self) -> &'static str {
        match self {
            Self::AppId => "--appid",
            Self::SdkAppId => "--sdkappid",
            Self::SecretKey => "--secret-key-file",
            Self::Expire => "--expire",
            Self::LicenseUrl => "--license-url",
            Self::LicenseKey => "--license-key",
            Self::PushDomain => "--push-domain",
            Self::PlayDomain => "--play-domain",
            Self::LiveUrlKey => "--live-url-key",
        }
    }
}

/// Why a typed value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// One of the three credentials.
    Credential(CredentialError),
    /// `EXPIRETIME` is not a number of seconds from 1 to 4294967295.
    ExpireNotSeconds {
        /// What was typed (not a secret).
        got: String,
    },
    /// An optional value given as empty text.
    Empty(Field),
    /// An optional value with a line break or another control character.
    ControlCharacter(Field),
}

impl Localize for FieldError {
    fn message(&self) -> Message {
        match self {
            Self::Credential(err) => err.message(),
            Self::ExpireNotSeconds { got } => Message::new(SetupCode::ExpireNotSeconds)
                .with("got", &crate::credentials::Shown::of(got)),
            Self::Empty(field) => {
                Message::new(SetupCode::ValueEmpty).with("field", field.message())
            }
            Self::ControlCharacter(field) => {
                Message::new(SetupCode::ValueControlCharacter).with("field", field.message())
            }
        }
    }
}

/// The values as typed: raw text, kept apart from what it parses to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawValues {
    /// The AppID as typed; empty when not given.
    pub app_id: String,
    /// The SDKAppID as typed.
    pub sdk_app_id: String,
    /// `EXPIRETIME` as typed; `None` keeps the files' own.
    pub expire: Option<String>,
    /// The licence URL as typed; `None` when not given.
    pub license_url: Option<String>,
    /// The licence key as typed.
    pub license_key: Option<String>,
    /// The push domain as typed.
    pub push_domain: Option<String>,
    /// The play domain as typed.
    pub play_domain: Option<String>,
    /// The live URL key as typed.
    pub live_url_key: Option<String>,
}

/// Each typed value parsed on its own, so that every field can show its own message.
#[derive(Debug, Clone)]
pub struct ParsedValues {
    /// The AppID, `None` when none was typed.
    pub app_id: Option<Result<AppId, FieldError>>,
    /// The SDKAppID.
    pub sdk_app_id: Result<SdkAppId, FieldError>,
    /// The secret key.
    pub secret_key: Result<SecretKey, FieldError>,
    /// `EXPIRETIME`, `None` when not given.
    pub expire: Result<Option<u32>, FieldError>,
    /// The optional texts, in [`OPTIONAL_TEXTS`] order.
    pub texts: [Result<Option<String>, FieldError>; 5],
}

/// The optional text values, in the order of [`ParsedValues::texts`].
pub const OPTIONAL_TEXTS: [Field; 5] = [
    Field::LicenseUrl,
    Field::LicenseKey,
    Field::PushDomain,
    Field::PlayDomain,
    Field::LiveUrlKey,
];

impl RawValues {
    /// Parses every value; `secret_key` is the key as typed (kept out of this struct so that it
    /// is never copied with the rest).
    #[must_use]
    pub fn parse(&self, secret_key: &str) -> ParsedValues {
        let app_id = (!clean_pasted(&self.app_id).is_empty())
            .then(|| AppId::parse(&self.app_id).map_err(FieldError::Credential));
        let expire = match &self.expire {
            None => Ok(None),
            Some(raw) => match clean_pasted(raw).parse::<u32>() {
                Ok(n) if n > 0 => Ok(Some(n)),
                _ => Err(FieldError::ExpireNotSeconds { got: raw.clone() }),
            },
        };
        let texts = [
            &self.license_url,
            &self.license_key,
            &self.push_domain,
            &self.play_domain,
            &self.live_url_key,
        ];
        ParsedValues {
            app_id,
            sdk_app_id: SdkAppId::parse(&self.sdk_app_id).map_err(FieldError::Credential),
            secret_key: SecretKey::parse(secret_key).map_err(FieldError::Credential),
            expire,
            texts: std::array::from_fn(|i| optional_text(OPTIONAL_TEXTS[i], texts[i].as_deref())),
        }
    }
}

fn optional_text(field: Field, raw: Option<&str>) -> Result<Option<String>, FieldError> {
    let Some(raw) = raw else { return Ok(None) };
    let cleaned = clean_pasted(raw);
    if cleaned.is_empty() {
        return Err(FieldError::Empty(field));
    }
    if cleaned.chars().any(char::is_control) {
        return Err(FieldError::ControlCharacter(field));
    }
    Ok(Some(cleaned.to_owned()))
}

impl ParsedValues {
    /// The first refused value with its field, in the order the fields are shown.
    #[must_use]
    pub fn first_error(&self) -> Option<(Field, &FieldError)> {
        let mut all: Vec<(Field, Option<&FieldError>)> = vec![
            (Field::SdkAppId, self.sdk_app_id.as_ref().err()),
            (
                Field::AppId,
                self.app_id.as_ref().and_then(|r| r.as_ref().err()),
            ),
            (Field::Expire, self.expire.as_ref().err()),
        ];
        all.extend(
            OPTIONAL_TEXTS
                .iter()
                .zip(&self.texts)
                .map(|(f, r)| (*f, r.as_ref().err())),
        );
        all.push((Field::SecretKey, self.secret_key.as_ref().err()));
        all.into_iter()
            .find_map(|(field, err)| err.map(|e| (field, e)))
    }

    /// The values, when every one parsed.
    #[must_use]
    pub fn values(&self) -> Option<Values> {
        let text = |i: usize| self.texts[i].as_ref().ok().cloned();
        Some(Values {
            sdk_app_id: *self.sdk_app_id.as_ref().ok()?,
            secret_key: self.secret_key.as_ref().ok()?.clone(),
            app_id: match &self.app_id {
                None => None,
                Some(parsed) => Some(parsed.as_ref().ok()?.clone()),
            },
            expire: *self.expire.as_ref().ok()?,
            license_url: text(0)?,
            license_key: text(1)?,
            push_domain: text(2)?,
            play_domain: text(3)?,
            live_url_key: text(4)?,
        })
    }

    /// The values, or the first refused one.
    pub fn into_values(self) -> Result<Values, (Field, FieldError)> {
        if let Some((field, err)) = self.first_error() {
            return Err((field, err.clone()));
        }
        self.values()
            .ok_or((Field::SdkAppId, FieldError::Empty(Field::SdkAppId)))
    }
}

impl Localize for Field {
    fn message(&self) -> Message {
        let code = match self {
            Self::AppId => SetupCode::FieldAppId,
            Self::SdkAppId => SetupCode::FieldSdkAppId,
            Self::SecretKey => SetupCode::FieldSecretKey,
            Self::Expire => SetupCode::FieldExpire,
            Self::LicenseUrl => SetupCode::FieldLicenseUrl,
            Self::LicenseKey => SetupCode::FieldLicenseKey,
            Self::PushDomain => SetupCode::FieldPushDomain,
            Self::PlayDomain => SetupCode::FieldPlayDomain,
            Self::LiveUrlKey => SetupCode::FieldLiveUrlKey,
        };
        Message::new(code)
    }
}
