//! The Android and iOS demos' own values: the licence (URL and key), the push and play domains,
//! and the app IDs a licence is issued for. Each is parsed from what a person typed into the
//! value written, with the notes and warnings worth showing beside its field.

use crate::credentials::Shown;
use crate::messages::{Localize, Message, SetupCode};

use super::values::{Field, FieldError};

/// The host licence URLs are normally served from.
pub const LICENSE_HOST: &str = "license.vod2.myqcloud.com";

/// A value as it will be written, with what a person should know about it (a pasted URL
/// reduced to its host, a URL that does not look like a licence's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// What is written.
    pub value: String,
    /// Notes and warnings, to show beside the field; none of them holds a secret.
    pub notes: Vec<Message>,
}

impl Accepted {
    fn plain(value: String) -> Self {
        Self {
            value,
            notes: Vec::new(),
        }
    }
}

/// A licence URL: an `http(s)://` URL, kept as typed. Warns when it is not `https`, does not
/// end in `.license` or is not on [`LICENSE_HOST`].
pub fn license_url(cleaned: &str) -> Result<Accepted, FieldError> {
    let refuse = || FieldError::LicenseUrlNotUrl {
        got: cleaned.to_owned(),
    };
    let (scheme, rest) = cleaned.split_once("://").ok_or_else(refuse)?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https") || cleaned.contains(char::is_whitespace) {
        return Err(refuse());
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if host.is_empty() {
        return Err(refuse());
    }
    let mut accepted = Accepted::plain(cleaned.to_owned());
    if scheme == "http" {
        accepted
            .notes
            .push(Message::new(SetupCode::WarnLicenseUrlNotHttps));
    }
    let path = rest[authority.len()..]
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    if !path.to_ascii_lowercase().ends_with(".license") {
        accepted
            .notes
            .push(Message::new(SetupCode::WarnLicenseUrlNotLicense));
    }
    if host.trim_end_matches('.') != LICENSE_HOST {
        accepted.notes.push(
            Message::new(SetupCode::WarnLicenseUrlUnusualHost)
                .with("host", host.as_str())
                .with("usual", LICENSE_HOST),
        );
    }
    Ok(accepted)
}

/// A licence key, kept as typed; warns unless it is 32 hexadecimal characters.
#[must_use]
pub fn license_key(cleaned: &str) -> Accepted {
    let mut accepted = Accepted::plain(cleaned.to_owned());
    if cleaned.len() != 32 || !cleaned.bytes().all(|b| b.is_ascii_hexdigit()) {
        accepted.notes.push(
            Message::new(SetupCode::WarnLicenseKeyShape).with("length", cleaned.chars().count()),
        );
    }
    accepted
}

/// A push or play domain: a bare host name. A pasted URL (`rtmp://host/live/`, `http://host`,
/// `webrtc://host/…`) is reduced to its host, a port dropped, upper case lowered, a final dot
/// removed, and an international name written in its ASCII (punycode) form, each with a note.
pub fn domain(field: Field, cleaned: &str) -> Result<Accepted, FieldError> {
    let refuse = |reason: SetupCode| FieldError::DomainInvalid {
        field,
        got: cleaned.to_owned(),
        reason,
    };
    let mut notes = Vec::new();
    let mut reduced = false;
    let mut rest = cleaned;
    if let Some((scheme, after)) = rest.split_once("://") {
        if scheme.is_empty()
            || !scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+')
        {
            return Err(refuse(SetupCode::DomainReasonCharacters));
        }
        rest = after;
        reduced = true;
    } else if let Some(after) = rest.strip_prefix("//") {
        rest = after;
        reduced = true;
    }
    if let Some(end) = rest.find(['/', '?', '#']) {
        rest = &rest[..end];
        reduced = true;
    }
    if let Some((_, host)) = rest.rsplit_once('@') {
        rest = host;
        reduced = true;
    }
    if let Some((host, port)) = rest.rsplit_once(':') {
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
            return Err(refuse(SetupCode::DomainReasonCharacters));
        }
        notes.push(
            Message::new(SetupCode::NoteDomainPortDropped)
                .with("field", field.message())
                .with("port", port),
        );
        rest = host;
    }
    let trimmed = rest.strip_suffix('.').unwrap_or(rest);
    if trimmed.is_empty() {
        return Err(refuse(SetupCode::DomainReasonEmpty));
    }
    let ascii = if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        let Ok(ascii) = idna::domain_to_ascii(trimmed) else {
            return Err(refuse(SetupCode::DomainReasonInternational));
        };
        notes.push(
            Message::new(SetupCode::NoteDomainPunycode)
                .with("field", field.message())
                .with("got", trimmed)
                .with("host", ascii.as_str()),
        );
        ascii
    };
    check_host(&ascii).map_err(refuse)?;
    let lowered = trimmed.is_ascii() && ascii != trimmed;
    if reduced || lowered || trimmed.len() != rest.len() {
        notes.insert(
            0,
            Message::new(SetupCode::NoteDomainReduced)
                .with("field", field.message())
                .with("got", &Shown::of(cleaned))
                .with("host", ascii.as_str()),
        );
    }
    Ok(Accepted {
        value: ascii,
        notes,
    })
}

/// Whether an ASCII host name is one DNS can hold: labels of letters, digits and `-` (not at
/// either end), 1 to 63 characters each, at least two of them, 253 characters in all.
fn check_host(host: &str) -> Result<(), SetupCode> {
    if host.len() > 253 {
        return Err(SetupCode::DomainReasonTooLong);
    }
    let labels: Vec<&str> = host.split('.').collect();
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err(SetupCode::DomainReasonLabel);
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(SetupCode::DomainReasonCharacters);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(SetupCode::DomainReasonHyphen);
        }
    }
    if labels.len() < 2 {
        return Err(SetupCode::DomainReasonOneLabel);
    }
    Ok(())
}

/// An Android package name (`applicationId`): two or more dot-separated parts, each a letter
/// followed by letters, digits or `_`.
pub fn android_package(cleaned: &str) -> Result<Accepted, FieldError> {
    let part_ok = |part: &str| {
        part.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let parts: Vec<&str> = cleaned.split('.').collect();
    if parts.len() < 2 || !parts.iter().all(|p| part_ok(p)) {
        return Err(FieldError::AndroidPackageInvalid {
            got: cleaned.to_owned(),
        });
    }
    Ok(Accepted::plain(cleaned.to_owned()))
}

/// An iOS bundle ID: two or more dot-separated parts of letters, digits and `-`.
pub fn bundle_id(cleaned: &str) -> Result<Accepted, FieldError> {
    let part_ok = |part: &str| {
        !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let parts: Vec<&str> = cleaned.split('.').collect();
    if parts.len() < 2 || !parts.iter().all(|p| part_ok(p)) {
        return Err(FieldError::BundleIdInvalid {
            got: cleaned.to_owned(),
        });
    }
    Ok(Accepted::plain(cleaned.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_url_warnings() {
        let good =
            license_url("https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license")
                .unwrap();
        assert!(good.notes.is_empty(), "{:?}", good.notes);
        let odd = license_url("http://example.com/x.txt").unwrap();
        let codes: Vec<_> = odd.notes.iter().map(|m| m.code.id()).collect();
        assert_eq!(
            codes,
            [
                "warn-license-url-not-https",
                "warn-license-url-not-license",
                "warn-license-url-unusual-host"
            ]
        );
        assert!(license_url("license.vod2.myqcloud.com/a.license").is_err());
        assert!(license_url("ftp://x/a.license").is_err());
    }

    #[test]
    fn licence_key_shape() {
        assert!(
            license_key("0123456789abcdef0123456789ABCDEF")
                .notes
                .is_empty()
        );
        assert_eq!(license_key("abc").notes.len(), 1);
    }

    #[test]
    fn app_ids() {
        assert!(android_package("com.example.live").is_ok());
        assert!(android_package("com.example.live_2").is_ok());
        for bad in [
            "example",
            "com.1abc",
            "com..x",
            "com.ex-ample",
            "com.example.",
        ] {
            assert!(android_package(bad).is_err(), "{bad}");
        }
        assert!(bundle_id("com.example.live-app").is_ok());
        for bad in ["example", "com.ex_ample", "com..x", "com.例子"] {
            assert!(bundle_id(bad).is_err(), "{bad}");
        }
    }
}
