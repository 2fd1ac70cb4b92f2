//! The values one setup writes: the three credentials and the optional ones, parsed once from
//! what a person typed (in the window's fields or the command line's flags).

use crate::credentials::{AppId, CredentialError, SdkAppId, SecretKey, Shown, clean_pasted};
use crate::messages::{Localize, Message, SetupCode};

use super::live_values::{self, Accepted};

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
    /// `LIVE_URL_KEY` (empty: push authentication is off).
    pub live_url_key: Option<String>,
    /// The Android package name the licence was issued for: written to every literal
    /// `applicationId` of the Android apps.
    pub android_package: Option<String>,
    /// The iOS bundle ID the licence was issued for: written to every literal
    /// `PRODUCT_BUNDLE_IDENTIFIER` of the iOS app targets (an extension keeps its suffix).
    pub ios_bundle_id: Option<String>,
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
            android_package: None,
            ios_bundle_id: None,
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
    /// The Android package name the licence was issued for.
    AndroidPackage,
    /// The iOS bundle ID the licence was issued for.
    IosBundleId,
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
            Self::AndroidPackage => "--android-package",
            Self::IosBundleId => "--ios-bundle-id",
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
    /// The licence URL is not an `http(s)://` URL.
    LicenseUrlNotUrl {
        /// What was typed.
        got: String,
    },
    /// A push or play domain that is no host name, and why.
    DomainInvalid {
        /// Which domain.
        field: Field,
        /// What was typed.
        got: String,
        /// Why it is no host name (one of the `DomainReason…` codes).
        reason: SetupCode,
    },
    /// Not an Android package name.
    AndroidPackageInvalid {
        /// What was typed.
        got: String,
    },
    /// Not an iOS bundle ID.
    BundleIdInvalid {
        /// What was typed.
        got: String,
    },
    /// The IM app's secret key, typed into another field (it would be written there in clear).
    IsSecretKey(Field),
}

impl Localize for FieldError {
    fn message(&self) -> Message {
        match self {
            Self::Credential(err) => err.message(),
            Self::ExpireNotSeconds { got } => {
                Message::new(SetupCode::ExpireNotSeconds).with("got", &Shown::of(got))
            }
            Self::Empty(field) => {
                Message::new(SetupCode::ValueEmpty).with("field", field.message())
            }
            Self::ControlCharacter(field) => {
                Message::new(SetupCode::ValueControlCharacter).with("field", field.message())
            }
            Self::LicenseUrlNotUrl { got } => {
                Message::new(SetupCode::LicenseUrlNotUrl).with("got", &Shown::of(got))
            }
            Self::DomainInvalid { field, got, reason } => Message::new(SetupCode::DomainInvalid)
                .with("field", field.message())
                .with("got", &Shown::of(got))
                .with("reason", Message::new(*reason)),
            Self::AndroidPackageInvalid { got } => {
                Message::new(SetupCode::AndroidPackageInvalid).with("got", &Shown::of(got))
            }
            Self::BundleIdInvalid { got } => {
                Message::new(SetupCode::BundleIdInvalid).with("got", &Shown::of(got))
            }
            Self::IsSecretKey(field) => {
                Message::new(SetupCode::ValueIsSecretKey).with("field", field.message())
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
    /// The live URL key as typed (empty: push authentication is off).
    pub live_url_key: Option<String>,
    /// The Android package name the licence was issued for, as typed.
    pub android_package: Option<String>,
    /// The iOS bundle ID the licence was issued for, as typed.
    pub ios_bundle_id: Option<String>,
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
    /// The optional texts, in [`OPTIONAL_TEXTS`] order, as they will be written (a domain
    /// reduced to its host).
    pub texts: [Result<Option<String>, FieldError>; 7],
    /// Notes and warnings about accepted values, each with its field (a URL reduced to its
    /// host, a licence key that is not 32 hex characters, the same push and play domain).
    pub notes: Vec<(Field, Message)>,
}

/// The optional text values, in the order of [`ParsedValues::texts`].
pub const OPTIONAL_TEXTS: [Field; 7] = [
    Field::LicenseUrl,
    Field::LicenseKey,
    Field::PushDomain,
    Field::PlayDomain,
    Field::LiveUrlKey,
    Field::AndroidPackage,
    Field::IosBundleId,
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
            &self.android_package,
            &self.ios_bundle_id,
        ];
        let mut notes = Vec::new();
        let key = clean_pasted(secret_key);
        let texts: [Result<Option<String>, FieldError>; 7] = std::array::from_fn(|i| {
            let field = OPTIONAL_TEXTS[i];
            let accepted = optional_text(field, texts[i].as_deref())?;
            if accepted
                .as_ref()
                .is_some_and(|a| !key.is_empty() && a.value == key)
            {
                return Err(FieldError::IsSecretKey(field));
            }
            Ok(accepted.map(|accepted| {
                notes.extend(accepted.notes.into_iter().map(|note| (field, note)));
                accepted.value
            }))
        });
        if let [_, _, Ok(Some(push)), Ok(Some(play)), ..] = &texts
            && push == play
        {
            notes.push((
                Field::PlayDomain,
                Message::new(SetupCode::WarnSamePushPlayDomain).with("domain", push.as_str()),
            ));
        }
        ParsedValues {
            app_id,
            sdk_app_id: SdkAppId::parse(&self.sdk_app_id).map_err(FieldError::Credential),
            secret_key: SecretKey::parse(secret_key).map_err(FieldError::Credential),
            expire,
            texts,
            notes,
        }
    }
}

/// Parses one optional value: `None` when not given. Empty text is refused, except for the
/// live URL key (empty: push authentication off).
fn optional_text(field: Field, raw: Option<&str>) -> Result<Option<Accepted>, FieldError> {
    let Some(raw) = raw else { return Ok(None) };
    let cleaned = clean_pasted(raw);
    if cleaned.is_empty() {
        return if field == Field::LiveUrlKey {
            Ok(Some(Accepted {
                value: String::new(),
                notes: Vec::new(),
            }))
        } else {
            Err(FieldError::Empty(field))
        };
    }
    if cleaned.chars().any(char::is_control) {
        return Err(FieldError::ControlCharacter(field));
    }
    let plain = || Accepted {
        value: cleaned.to_owned(),
        notes: Vec::new(),
    };
    Ok(Some(match field {
        Field::LicenseUrl => live_values::license_url(cleaned)?,
        Field::LicenseKey => live_values::license_key(cleaned),
        Field::PushDomain | Field::PlayDomain => live_values::domain(field, cleaned)?,
        Field::AndroidPackage => live_values::android_package(cleaned)?,
        Field::IosBundleId => live_values::bundle_id(cleaned)?,
        _ => plain(),
    }))
}

impl ParsedValues {
    /// The notes and warnings about one accepted field, to show beside it.
    pub fn notes_for(&self, field: Field) -> impl Iterator<Item = &Message> {
        self.notes
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, note)| note)
    }

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
            android_package: text(5)?,
            ios_bundle_id: text(6)?,
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
            Self::AndroidPackage => SetupCode::FieldAndroidPackage,
            Self::IosBundleId => SetupCode::FieldIosBundleId,
        };
        Message::new(code)
    }
}
