//! UserSig (TLSSigAPIv2): generate, decode and verify, byte-identical to Tencent's official
//! Python library.
//!
//! A UserSig is a JSON document (`TLS.ver`, `TLS.identifier`, `TLS.sdkappid`, `TLS.expire`,
//! `TLS.time`, optionally `TLS.userbuf`, and `TLS.sig`, an HMAC-SHA256 over the other fields
//! keyed with the secret key's UTF-8 bytes), zlib-compressed and written in a base64 alphabet
//! of its own. A PrivateMapKey is a UserSig whose userbuf holds a room-permission record.

// UserSig, SDKAppID, userID, PrivateMapKey and TLSSigAPIv2 are the consoles' words, not code
// items: drop this once clippy.toml lists them in `doc-valid-idents`.
#![allow(clippy::doc_markdown)]

mod alphabet;
mod decode;
mod json;
mod pmk;
mod verify;

use std::io::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{KeyInit as _, Mac as _};

use crate::credentials::SecretKey;

pub use decode::{DecodedUserSig, decode};
pub use pmk::{
    PrivateMapKeyInfo, Privilege, Room, parse_private_map_key_userbuf, private_map_key_userbuf,
};
pub use verify::{ServerErrorCode, Verification, VerifyFailure, duration, format_utc, verify};

/// How long a UserSig lasts unless told otherwise: 7 days, as in the demos' `EXPIRETIME`.
pub const DEFAULT_EXPIRE_SECONDS: i64 = 604_800;

/// Why a UserSig could not be read or a PrivateMapKey not made. No message contains the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserSigError {
    /// Nothing but white space (or quotes) was given.
    Empty,
    /// A character no base64 spelling uses.
    NotBase64Character {
        /// The character.
        character: char,
        /// 1-based position among the non-space characters.
        position: usize,
    },
    /// The right characters in an impossible arrangement.
    NotBase64 {
        /// What is wrong with it.
        detail: Base64Problem,
    },
    /// Base64, but not zlib-compressed.
    NotZlib {
        /// The decompressor's complaint.
        detail: String,
    },
    /// Decompresses to something far larger than any UserSig.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The document is not UTF-8 text.
    NotUtf8,
    /// The document is not JSON.
    NotJson {
        /// The parser's complaint.
        detail: String,
    },
    /// JSON, but not an object.
    NotJsonObject,
    /// A field every UserSig has is missing.
    MissingField(&'static str),
    /// A field of the wrong kind.
    FieldType {
        /// The field, e.g. `TLS.time`.
        field: &'static str,
        /// What it should be.
        expected: Expected,
        /// What it is, shortened.
        got: String,
    },
    /// `TLS.userbuf` is not base64.
    UserbufNotBase64 {
        /// The field's text, shortened.
        got: String,
    },
    /// An old TLSSigAPI (version 1) document.
    LegacyVersion,
    /// A character the PrivateMapKey layout cannot hold.
    PrivateMapKeyCharacter {
        /// "userID" or "room name".
        field: &'static str,
        /// The character.
        character: char,
        /// 1-based character position.
        position: usize,
    },
    /// Longer than the PrivateMapKey layout's 16-bit length.
    PrivateMapKeyTooLong {
        /// "userID" or "room name".
        field: &'static str,
        /// Its length in characters.
        length: usize,
    },
    /// An empty room name.
    PrivateMapKeyEmptyRoom,
}

impl std::fmt::Display for UserSigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for UserSigError {}

/// How a UserSig's base64 is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base64Problem {
    /// Padding in the middle, at this 1-based position.
    PaddingInMiddle(usize),
    /// A length no base64 text has.
    Length,
    /// An impossible last character, at this 1-based position.
    LastSymbol(usize),
    /// Wrong padding.
    Padding,
}

/// What a UserSig field should hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// An HMAC-SHA256 signature in base64 (44 characters).
    Signature,
    /// A string.
    Text,
    /// A whole number in range.
    WholeNumber,
}

/// The text the signature is computed over:
/// `TLS.identifier:…\nTLS.sdkappid:…\nTLS.time:…\nTLS.expire:…\n[TLS.userbuf:…\n]`.
#[must_use]
pub fn content_to_sign(
    identifier: &str,
    sdkappid: u64,
    time: i64,
    expire: i64,
    userbuf_b64: Option<&str>,
) -> String {
    let mut content = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    if let Some(userbuf) = userbuf_b64 {
        content.push_str("TLS.userbuf:");
        content.push_str(userbuf);
        content.push('\n');
    }
    content
}

/// `TLS.sig`: HMAC-SHA256 of `content` keyed with the key's UTF-8 bytes, in standard base64.
#[must_use]
pub fn signature(key: &SecretKey, content: &str) -> String {
    let mut mac = new_mac(key);
    mac.update(content.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// An HMAC-SHA256 keyed with the key's UTF-8 bytes (never hex-decoded).
pub(crate) fn new_mac(key: &SecretKey) -> HmacSha256 {
    HmacSha256::new_from_slice(key.expose().as_bytes()).expect("HMAC accepts keys of any length")
}

/// Generates a UserSig issued at `issued_at` (Unix seconds) and valid for `expire` seconds,
/// byte-identical to the official Python library's `gen_sig` / `gen_sig_with_userbuf` with its
/// clock at `issued_at`.
#[must_use]
pub fn generate(
    sdkappid: u64,
    key: &SecretKey,
    userid: &str,
    expire: i64,
    issued_at: i64,
    userbuf: Option<&[u8]>,
) -> String {
    let userbuf_b64 = userbuf.map(|bytes| STANDARD.encode(bytes));
    let content = content_to_sign(userid, sdkappid, issued_at, expire, userbuf_b64.as_deref());
    let sig = signature(key, &content);
    let document = json::Document {
        identifier: userid,
        sdkappid,
        expire,
        time: issued_at,
        userbuf_b64: userbuf_b64.as_deref(),
        sig: &sig,
    }
    .to_python_json();
    // Level 6 of real zlib, as Python's `zlib.compress` (its default, -1, means 6).
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(document.len()),
        flate2::Compression::new(6),
    );
    let compressed = encoder
        .write_all(document.as_bytes())
        .and_then(|()| encoder.finish())
        .expect("compressing into memory cannot fail");
    alphabet::encode_token(&compressed)
}

/// Generates a PrivateMapKey: a UserSig whose userbuf grants `userid` the `privilege_map`
/// privileges in `room` until `issued_at + expire`, byte-identical to the official Python
/// library (HEAD) `genPrivateMapKey` / `genPrivateMapKeyWithStringRoomID`.
pub fn generate_private_map_key(
    sdkappid: u64,
    key: &SecretKey,
    userid: &str,
    expire: i64,
    issued_at: i64,
    room: &Room,
    privilege_map: u32,
) -> Result<String, UserSigError> {
    let userbuf =
        private_map_key_userbuf(sdkappid, userid, expire, issued_at, room, privilege_map)?;
    Ok(generate(
        sdkappid,
        key,
        userid,
        expire,
        issued_at,
        Some(&userbuf),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    #[test]
    fn readme_example_round_trips() {
        let key = SecretKey::from_exact(KEY.to_owned());
        let token = generate(
            1_400_000_000,
            &key,
            "xiaojun",
            15_552_000,
            1_700_000_000,
            None,
        );
        let decoded = decode(&token).unwrap();
        assert_eq!(decoded.sig, "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=");
        assert!(verify(&token, 1_400_000_000, &key, Some("xiaojun"), 1_700_000_000).is_valid());
    }

    #[test]
    fn keys_of_any_length_sign() {
        for key in ["", "k", &"x".repeat(200)] {
            let key = SecretKey::from_exact(key.to_owned());
            assert_eq!(signature(&key, "a").len(), 44);
        }
    }
}
