//! Checking a UserSig the way the IM server does, offline, and saying what the phone would be
//! told: the server's error code and, in the user's terms, the cause and the fix.

use std::fmt;

use crate::messages::{Arg, Localize, Message, UserSigCode};
pub use crate::time::format_utc;

use hmac::Mac as _;

use super::{DecodedUserSig, alphabet, content_to_sign, decode, new_mac};
use crate::credentials::SecretKey;

/// The server error codes a UserSig check can end in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum ServerErrorCode {
    /// 70001: the UserSig has expired.
    Expired,
    /// 70003: the UserSig cannot be read.
    Malformed,
    /// 70009: the signature does not match the secret key.
    SignatureMismatch,
    /// 70013: the UserSig belongs to another userID.
    UserIdMismatch,
    /// 70014: the UserSig belongs to another SDKAppID.
    SdkAppIdMismatch,
}

impl ServerErrorCode {
    /// The number the IM server reports.
    #[must_use]
    pub fn code(self) -> u32 {
        match self {
            Self::Expired => 70001,
            Self::Malformed => 70003,
            Self::SignatureMismatch => 70009,
            Self::UserIdMismatch => 70013,
            Self::SdkAppIdMismatch => 70014,
        }
    }
}

impl fmt::Display for ServerErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code(), self.message().english())
    }
}

/// The outcome of [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The server would accept the UserSig.
    Valid {
        /// The UserSig taken apart.
        decoded: DecodedUserSig,
        /// The last second it is valid (Unix seconds).
        expires_at: i64,
    },
    /// The server would refuse it.
    Invalid(VerifyFailure),
}

impl Verification {
    /// Whether the server would accept the UserSig.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        matches!(self, Self::Valid { .. })
    }

    /// The decoded UserSig, when it could be read.
    #[must_use]
    pub fn decoded(&self) -> Option<&DecodedUserSig> {
        match self {
            Self::Valid { decoded, .. } => Some(decoded),
            Self::Invalid(failure) => failure.decoded.as_ref(),
        }
    }

    /// Why the server would refuse it, if it would.
    #[must_use]
    pub fn failure(&self) -> Option<&VerifyFailure> {
        match self {
            Self::Valid { .. } => None,
            Self::Invalid(failure) => Some(failure),
        }
    }
}

/// Why the server would refuse a UserSig. Never contains the secret key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyFailure {
    /// The error code the phone would get.
    pub code: ServerErrorCode,
    /// What is wrong and what to do, in the user's terms.
    pub cause: Message,
    /// The UserSig taken apart, when it could be read.
    pub decoded: Option<DecodedUserSig>,
}

impl fmt::Display for VerifyFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.code(), self.cause)
    }
}

/// Checks a UserSig as the server would at `now` (Unix seconds), in the server's order:
/// readable (70003), SDKAppID (70014), userID when given (70013), signature (70009), expiry
/// (70001). Valid up to and including `time + expire`, like the official Go verifier.
#[must_use]
pub fn verify(
    token: &str,
    sdkappid: u64,
    key: &SecretKey,
    userid: Option<&str>,
    now: i64,
) -> Verification {
    let decoded = match decode(token) {
        Ok(decoded) => decoded,
        Err(err) => {
            return Verification::Invalid(VerifyFailure {
                code: ServerErrorCode::Malformed,
                cause: redact(err.message(), key),
                decoded: None,
            });
        }
    };
    match check(&decoded, sdkappid, key, userid, now) {
        Ok(()) => Verification::Valid {
            expires_at: decoded.expires_at(),
            decoded,
        },
        Err((code, cause)) => Verification::Invalid(VerifyFailure {
            code,
            cause: redact(cause, key),
            decoded: Some(decoded),
        }),
    }
}

fn check(
    decoded: &DecodedUserSig,
    sdkappid: u64,
    key: &SecretKey,
    userid: Option<&str>,
    now: i64,
) -> Result<(), (ServerErrorCode, Message)> {
    if decoded.sdkappid != sdkappid {
        return Err((
            ServerErrorCode::SdkAppIdMismatch,
            Message::new(UserSigCode::CauseSdkAppId)
                .with("made_for", decoded.sdkappid)
                .with("checked", sdkappid),
        ));
    }
    if let Some(expected) = userid
        && decoded.identifier != expected
    {
        return Err((
            ServerErrorCode::UserIdMismatch,
            Message::new(UserSigCode::CauseUserId)
                .with("made_for", format!("{:?}", decoded.identifier))
                .with("checked", format!("{expected:?}")),
        ));
    }
    if !signature_matches(decoded, key, decoded.userbuf_base64.as_deref()) {
        let cause = if decoded.userbuf_base64.is_none() && signature_matches(decoded, key, Some(""))
        {
            Message::new(UserSigCode::CauseEmptyUserbuf)
        } else {
            Message::new(UserSigCode::CauseSignature).with("sdkappid", decoded.sdkappid)
        };
        return Err((ServerErrorCode::SignatureMismatch, cause));
    }
    let expires_at = decoded.expires_at();
    if now > expires_at {
        return Err((ServerErrorCode::Expired, expired_cause(decoded, now)));
    }
    Ok(())
}

/// Recomputes the HMAC over the decoded fields (the userbuf exactly as written) and compares it
/// with `TLS.sig` in constant time.
fn signature_matches(decoded: &DecodedUserSig, key: &SecretKey, userbuf_b64: Option<&str>) -> bool {
    let Ok(expected) = alphabet::decode_standard(&decoded.sig) else {
        return false;
    };
    let content = content_to_sign(
        &decoded.identifier,
        decoded.sdkappid,
        decoded.time,
        decoded.expire,
        userbuf_b64,
    );
    let mut mac = new_mac(key);
    mac.update(content.as_bytes());
    mac.verify_slice(&expected).is_ok()
}

fn expired_cause(decoded: &DecodedUserSig, now: i64) -> Message {
    let expires_at = decoded.expires_at();
    let code = if decoded.expire <= 0 {
        UserSigCode::CauseExpiredAtOnce
    } else {
        UserSigCode::CauseExpired
    };
    Message::new(code)
        .with("expired", crate::time::format_local(expires_at))
        .with("ago", duration(now.saturating_sub(expires_at)))
        .with("checked", crate::time::format_local(now))
        .with("issued", crate::time::format_local(decoded.time))
        .with("expire", decoded.expire)
}

/// A span of seconds as a message: days, hours, minutes and seconds, largest first, zero parts
/// left out.
#[must_use]
pub fn duration(seconds: i64) -> Message {
    let mut rest = seconds.unsigned_abs();
    let mut parts = Vec::new();
    for (code, size) in [
        (UserSigCode::DurationDays, 86_400),
        (UserSigCode::DurationHours, 3600),
        (UserSigCode::DurationMinutes, 60),
    ] {
        let count = rest / size;
        rest %= size;
        if count > 0 {
            parts.push(Message::new(code).with("count", count));
        }
    }
    if rest > 0 || parts.is_empty() {
        parts.push(Message::new(UserSigCode::DurationSeconds).with("count", rest));
    }
    let mut span = parts
        .pop()
        .unwrap_or_else(|| Message::new(UserSigCode::DurationSeconds));
    while let Some(head) = parts.pop() {
        span = Message::new(UserSigCode::DurationJoin)
            .with("head", head)
            .with("tail", span);
    }
    if seconds < 0 {
        Message::new(UserSigCode::DurationNegative).with("span", span)
    } else {
        span
    }
}

/// Replaces the key, should it ever appear in a message (a userID copied from the key field…).
fn redact(mut message: Message, key: &SecretKey) -> Message {
    let secret = key.expose();
    if secret.len() >= 8 {
        for (_, arg) in &mut message.args {
            match arg {
                Arg::Text(text) if text.contains(secret) => {
                    *text = text.replace(secret, "<secret key>");
                }
                Arg::Message(inner) => **inner = redact((**inner).clone(), key),
                _ => {}
            }
        }
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times() {
        let english = |s| duration(s).english();
        assert_eq!(english(0), "0 s");
        assert_eq!(english(1), "1 s");
        assert_eq!(english(90_061), "1 day 1 h 1 min 1 s");
        assert_eq!(english(2 * 86_400), "2 days");
        assert_eq!(english(-60), "-1 min");
    }

    #[test]
    fn codes() {
        assert_eq!(ServerErrorCode::Expired.code(), 70001);
        assert_eq!(ServerErrorCode::Malformed.code(), 70003);
        assert_eq!(ServerErrorCode::SignatureMismatch.code(), 70009);
        assert_eq!(ServerErrorCode::UserIdMismatch.code(), 70013);
        assert_eq!(ServerErrorCode::SdkAppIdMismatch.code(), 70014);
        assert!(
            ServerErrorCode::SignatureMismatch
                .to_string()
                .starts_with("70009")
        );
    }
}
