//! The three values a developer brings: the mini program's AppID, the IM app's SDKAppID and its
//! secret key. Parsed from what a person pastes, validated offline, and — for the key — redacted
//! everywhere it could be printed.

use std::fmt;

/// Which of the three credentials a message is about, in the user's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum CredentialField {
    /// The WeChat mini program's AppID (`wx…`).
    AppId,
    /// The IM application's SDKAppID (a number).
    SdkAppId,
    /// The IM application's secret key.
    SecretKey,
}

impl CredentialField {
    /// The field's name as the user sees it in the Tencent and WeChat consoles.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::AppId => "AppID",
            Self::SdkAppId => "SDKAppID",
            Self::SecretKey => "secret key",
        }
    }
}

/// A value the user typed, as a message may show it: the text itself, or only its length when it
/// may be the secret key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// The text, shortened to 24 characters.
    Text(String),
    /// Only how many characters it has (it may be the key).
    Length(usize),
}

impl Shown {
    /// `value` as a message may show it: never a key-like value itself.
    #[must_use]
    pub fn of(value: &str) -> Self {
        if may_be_key(value) {
            Self::Length(value.chars().count())
        } else {
            Self::Text(shorten(value))
        }
    }
}

/// What a value in the SDKAppID field looks like instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SdkAppIdHint {
    /// Nothing in particular.
    None,
    /// A mini-program AppID.
    LooksLikeAppId,
    /// The secret key.
    LooksLikeSecretKey,
}

/// Why a pasted value was refused. Every message (see [`crate::messages`]) names the field and
/// the expected form; none contains a secret key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialError {
    /// Nothing was entered.
    Empty(CredentialField),
    /// An AppID that is all digits: most likely the SDKAppID pasted into the wrong field.
    AppIdLooksLikeSdkAppId {
        /// What was entered.
        got: Shown,
    },
    /// An AppID of the wrong form.
    AppIdMalformed {
        /// What was entered (its length only when it may be the key).
        got: Shown,
    },
    /// An SDKAppID that is not a number; `hint` says what it looks like instead.
    SdkAppIdNotANumber {
        /// What was entered, shortened, or its length when it may be the key.
        got: Shown,
        /// What it looks like instead.
        hint: SdkAppIdHint,
    },
    /// SDKAppID zero: the demos' placeholder, never a real app.
    SdkAppIdZero,
    /// Larger than 32 bits.
    SdkAppIdTooLarge {
        /// What was entered, shortened, or its length when it may be the key.
        got: Shown,
    },
    /// The key contains a control character (a tab, a line break inside it, …).
    SecretKeyControlCharacter {
        /// 1-based character position.
        position: usize,
    },
}

impl fmt::Display for CredentialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for CredentialError {}

/// What looks off about an accepted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// An SDKAppID outside the ranges Tencent issues.
    SdkAppIdOutsideRanges,
    /// A key that is not 64 hex characters.
    SecretKeyUnusualShape,
    /// A key that looks like a mini-program AppID.
    SecretKeyLooksLikeAppId,
}

/// Something accepted but worth a second look.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CredentialWarning {
    /// The field the warning is about.
    pub field: CredentialField,
    /// What looks off.
    pub kind: WarningKind,
    /// The SDKAppID, or the key's length in characters.
    pub value: u64,
}

/// Strips what comes along with a paste: surrounding white space, a trailing newline, and one pair
/// of matching quotes (straight or typographic).
#[must_use]
pub fn clean_pasted(raw: &str) -> &str {
    let trimmed = raw.trim();
    for (open, close) in [('"', '"'), ('\'', '\''), ('“', '”'), ('‘', '’'), ('`', '`')] {
        if let Some(inner) = trimmed
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        {
            return inner.trim();
        }
    }
    trimmed
}

/// The environment variable that may hold the secret key (command line); removed from the
/// environment of every child process mlvb-setup starts.
pub const SECRET_KEY_ENV: &str = "MLVB_SECRET_KEY";

/// Whether `c` is invisible in a text field and never part of a key: a byte-order mark,
/// zero-width characters, or a bidirectional-text control (which can make a key look different
/// from what it is).
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}'
            | '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// How many invisible characters ([`is_invisible`]) `raw` holds: [`SecretKey::parse`] removes
/// them, and a front should say so.
#[must_use]
pub fn invisible_characters(raw: &str) -> usize {
    raw.chars().filter(|&c| is_invisible(c)).count()
}

fn strip_invisible(raw: &str) -> String {
    raw.chars().filter(|&c| !is_invisible(c)).collect()
}

/// A WeChat mini program AppID: `wx` followed by 16 lowercase hex characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AppId(String);

impl AppId {
    /// Parses what a person pasted into the AppID field.
    pub fn parse(raw: &str) -> Result<Self, CredentialError> {
        let value = clean_pasted(raw);
        if value.is_empty() {
            return Err(CredentialError::Empty(CredentialField::AppId));
        }
        if value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CredentialError::AppIdLooksLikeSdkAppId {
                got: Shown::of(value),
            });
        }
        let well_formed = value.len() == 18
            && value.starts_with("wx")
            && value[2..]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if well_formed {
            Ok(Self(value.to_owned()))
        } else {
            Err(CredentialError::AppIdMalformed {
                got: Shown::of(value),
            })
        }
    }

    /// The AppID as written in `project.config.json`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AppId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for AppId {
    type Error = CredentialError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<AppId> for String {
    fn from(value: AppId) -> Self {
        value.0
    }
}

/// The SDKAppID of an IM application: a non-zero 32-bit number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u64", into = "u64")]
pub struct SdkAppId(u32);

/// The number ranges Tencent issues SDKAppIDs from.
pub const SDKAPPID_RANGES: [std::ops::RangeInclusive<u32>; 3] = [
    1_400_000_000..=1_499_999_999,
    1_600_000_000..=1_699_999_999,
    20_000_000..=29_999_999,
];

impl SdkAppId {
    /// Parses what a person pasted into the SDKAppID field.
    pub fn parse(raw: &str) -> Result<Self, CredentialError> {
        let value = clean_pasted(raw);
        if value.is_empty() {
            return Err(CredentialError::Empty(CredentialField::SdkAppId));
        }
        let looks_like_key = looks_like_secret_key(value);
        // Never echo something that may be the secret key.
        let shown = || Shown::of(value);
        if !value.bytes().all(|b| b.is_ascii_digit()) {
            let hint = if AppId::parse(value).is_ok() || value.starts_with("wx") {
                SdkAppIdHint::LooksLikeAppId
            } else if looks_like_key {
                SdkAppIdHint::LooksLikeSecretKey
            } else {
                SdkAppIdHint::None
            };
            return Err(CredentialError::SdkAppIdNotANumber { got: shown(), hint });
        }
        match value.parse::<u64>() {
            Ok(0) => Err(CredentialError::SdkAppIdZero),
            Ok(n) => {
                Self::try_from(n).map_err(|_| CredentialError::SdkAppIdTooLarge { got: shown() })
            }
            Err(_) => Err(CredentialError::SdkAppIdTooLarge { got: shown() }),
        }
    }

    /// Builds an SDKAppID from a number already known to be one (e.g. read from a token).
    #[must_use]
    pub fn new(value: u32) -> Option<Self> {
        (value != 0).then_some(Self(value))
    }

    /// The number itself.
    #[must_use]
    pub fn get(self) -> u32 {
        self.0
    }

    /// Whether the number lies in one of the ranges Tencent issues.
    #[must_use]
    pub fn is_in_issued_range(self) -> bool {
        SDKAPPID_RANGES.iter().any(|r| r.contains(&self.0))
    }

    /// Warnings for a number that parses but is unlikely to be right.
    #[must_use]
    pub fn warnings(self) -> Vec<CredentialWarning> {
        let mut out = Vec::new();
        if !self.is_in_issued_range() {
            out.push(CredentialWarning {
                field: CredentialField::SdkAppId,
                kind: WarningKind::SdkAppIdOutsideRanges,
                value: u64::from(self.0),
            });
        }
        out
    }
}

impl fmt::Display for SdkAppId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl TryFrom<u64> for SdkAppId {
    type Error = CredentialError;
    fn try_from(value: u64) -> Result<Self, Self::Error> {
        match u32::try_from(value) {
            Ok(0) => Err(CredentialError::SdkAppIdZero),
            Ok(n) => Ok(Self(n)),
            Err(_) => Err(CredentialError::SdkAppIdTooLarge {
                got: Shown::Text(value.to_string()),
            }),
        }
    }
}

impl From<SdkAppId> for u64 {
    fn from(value: SdkAppId) -> Self {
        u64::from(value.0)
    }
}

/// The secret key of an IM application. Its `Debug` and `Display` never show the value; use
/// [`SecretKey::expose`] only where the key is really needed (signing, writing a demo file).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(String);

impl SecretKey {
    /// Parses what a person pasted into the secret key field.
    ///
    /// Invisible characters (BOM, zero-width, bidi controls: see [`invisible_characters`]) are
    /// removed: the consoles' keys never contain them, and they would fail every signature.
    pub fn parse(raw: &str) -> Result<Self, CredentialError> {
        let visible = strip_invisible(raw);
        let value = clean_pasted(&visible);
        if value.is_empty() {
            return Err(CredentialError::Empty(CredentialField::SecretKey));
        }
        if let Some(position) = value.chars().position(char::is_control) {
            return Err(CredentialError::SecretKeyControlCharacter {
                position: position + 1,
            });
        }
        Ok(Self(value.to_owned()))
    }

    /// Wraps a key exactly as given, without cleaning or checks: for keys that come from a file
    /// the user chose as-is, and for reproducing the official libraries (which accept any string).
    #[must_use]
    pub fn from_exact(value: String) -> Self {
        Self(value)
    }

    /// The key's text. Every call site is a place the key leaves this type: keep them few.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Warnings for a key that parses but does not look like the consoles' keys.
    #[must_use]
    pub fn warnings(&self) -> Vec<CredentialWarning> {
        let mut out = Vec::new();
        if !looks_like_secret_key(&self.0) {
            out.push(CredentialWarning {
                field: CredentialField::SecretKey,
                kind: WarningKind::SecretKeyUnusualShape,
                value: self.0.chars().count() as u64,
            });
        }
        if self.0.starts_with("wx") && AppId::parse(&self.0).is_ok() {
            out.push(CredentialWarning {
                field: CredentialField::SecretKey,
                kind: WarningKind::SecretKeyLooksLikeAppId,
                value: self.0.chars().count() as u64,
            });
        }
        out
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

impl fmt::Display for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Whether a value has the form of a console key: 64 hex characters.
#[must_use]
pub fn looks_like_secret_key(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a value might be a secret key pasted into the wrong field: a long run of letters and
/// digits (keys are 64 hex characters; a paste may be cut or carry extra characters).
fn may_be_key(value: &str) -> bool {
    let run = value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(str::len)
        .max()
        .unwrap_or(0);
    (run >= 20 && !value.starts_with("wx")) || looks_like_secret_key(value)
}

/// Shortens a non-secret value for an error message (one that may be the key is never given
/// here: see [`Shown::of`]).
fn shorten(value: &str) -> String {
    const MAX: usize = 24;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// The three credentials together, as the wizard and `patch` need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The mini program's AppID, when the mini-program demo is set up.
    pub app_id: Option<AppId>,
    /// The IM app's SDKAppID.
    pub sdk_app_id: SdkAppId,
    /// The IM app's secret key.
    pub secret_key: SecretKey,
}

impl Credentials {
    /// Every warning about the three values together.
    #[must_use]
    pub fn warnings(&self) -> Vec<CredentialWarning> {
        let mut out = self.sdk_app_id.warnings();
        out.extend(self.secret_key.warnings());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    #[test]
    fn app_id_accepts_pasted_forms() {
        for raw in [
            "wx0123456789abcdef",
            "  wx0123456789abcdef\n",
            "\"wx0123456789abcdef\"",
            "“wx0123456789abcdef”",
        ] {
            assert_eq!(AppId::parse(raw).unwrap().as_str(), "wx0123456789abcdef");
        }
    }

    #[test]
    fn app_id_refusals_name_the_field() {
        let err = AppId::parse("1400123456").unwrap_err();
        assert!(matches!(
            err,
            CredentialError::AppIdLooksLikeSdkAppId { .. }
        ));
        assert!(err.to_string().contains("SDKAppID"));
        for bad in [
            "wx0123456789ABCDEF",
            "wx0123",
            "ab0123456789abcdef",
            "wx0123456789abcdeg",
        ] {
            let msg = AppId::parse(bad).unwrap_err().to_string();
            assert!(msg.starts_with("AppID must be"), "{msg}");
            assert!(msg.contains(bad), "{msg}");
        }
        assert!(
            AppId::parse("  ")
                .unwrap_err()
                .to_string()
                .starts_with("AppID is empty")
        );
    }

    #[test]
    fn sdk_app_id_parses_and_warns() {
        let id = SdkAppId::parse(" 1400123456\r\n").unwrap();
        assert_eq!(id.get(), 1_400_123_456);
        assert!(id.warnings().is_empty());
        assert_eq!(SdkAppId::parse("25000000").unwrap().warnings().len(), 0);
        let odd = SdkAppId::parse("1234").unwrap();
        assert_eq!(odd.warnings().len(), 1);
        assert!(
            crate::messages::Localize::message(&odd.warnings()[0])
                .english()
                .contains("outside the ranges")
        );
    }

    #[test]
    fn sdk_app_id_refusals() {
        assert_eq!(SdkAppId::parse("0"), Err(CredentialError::SdkAppIdZero));
        assert!(matches!(
            SdkAppId::parse("4294967296"),
            Err(CredentialError::SdkAppIdTooLarge { .. })
        ));
        assert!(SdkAppId::parse("4294967295").is_ok());
        let appid = SdkAppId::parse("wx0123456789abcdef")
            .unwrap_err()
            .to_string();
        assert!(appid.contains("AppID field"), "{appid}");
        assert!(
            appid.contains("SDKAppID must be a number like 1400123456"),
            "{appid}"
        );
        let key = SdkAppId::parse(KEY).unwrap_err().to_string();
        assert!(key.contains("secret key field"), "{key}");
        assert!(!key.contains(KEY), "the key leaked into: {key}");
        let all_digit_key = "1".repeat(64);
        let msg = SdkAppId::parse(&all_digit_key).unwrap_err().to_string();
        assert!(!msg.contains(&all_digit_key), "{msg}");
        assert!(SdkAppId::parse("-5").is_err());
    }

    #[test]
    fn secret_key_is_redacted_and_checked() {
        let key = SecretKey::parse(&format!("  {KEY}\n")).unwrap();
        assert_eq!(key.expose(), KEY);
        assert!(key.warnings().is_empty());
        assert!(!format!("{key:?} {key}").contains(&KEY[..8]));
        let creds = Credentials {
            app_id: None,
            sdk_app_id: SdkAppId::parse("1400000000").unwrap(),
            secret_key: key,
        };
        assert!(!format!("{creds:?}").contains(&KEY[..8]));
        assert_eq!(SecretKey::parse("abc").unwrap().warnings().len(), 1);
        assert!(matches!(
            SecretKey::parse("ab\tc"),
            Err(CredentialError::SecretKeyControlCharacter { position: 3 })
        ));
        assert_eq!(
            SecretKey::parse("\n").unwrap_err(),
            CredentialError::Empty(CredentialField::SecretKey)
        );
    }
}
