//! Reading a UserSig back: token alphabet → zlib → JSON document → fields. Accepts the documents
//! of every official library (Python, Node, Go, Java): any key order, Go's trailing newline and
//! omitted empty fields, numbers written as JSON numbers or as strings.

use std::io::Read as _;

use serde_json::{Map, Value};

use super::pmk::{PrivateMapKeyInfo, parse_private_map_key_userbuf};
use super::{Expected, UserSigError, alphabet};

/// The most a UserSig may inflate to; real ones are a few hundred bytes.
const MAX_DOCUMENT_BYTES: u64 = 64 * 1024;

/// A UserSig taken apart. Nothing in it is secret: the key never enters a token.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DecodedUserSig {
    /// `TLS.ver`: "2.0" for every TLSSigAPIv2 library (empty if absent).
    pub version: String,
    /// `TLS.identifier`: the userID the UserSig was made for.
    pub identifier: String,
    /// `TLS.sdkappid`: the IM app the UserSig was made for.
    pub sdkappid: u64,
    /// `TLS.time`: when it was made (Unix seconds).
    pub time: i64,
    /// `TLS.expire`: how many seconds after `time` it stays valid.
    pub expire: i64,
    /// `TLS.userbuf`, decoded from base64, if present.
    #[serde(skip)]
    pub userbuf: Option<Vec<u8>>,
    /// `TLS.userbuf` exactly as written in the document (standard base64): this text is signed.
    pub userbuf_base64: Option<String>,
    /// `TLS.sig`: the HMAC-SHA256 signature, standard base64.
    pub sig: String,
    /// The inflated JSON document, as the library wrote it.
    pub json: String,
}

impl DecodedUserSig {
    /// The last second at which the UserSig is valid: `time + expire`, saturating.
    #[must_use]
    pub fn expires_at(&self) -> i64 {
        self.time.saturating_add(self.expire)
    }

    /// The userbuf read as a PrivateMapKey record, if it has that layout.
    #[must_use]
    pub fn private_map_key(&self) -> Option<PrivateMapKeyInfo> {
        self.userbuf
            .as_deref()
            .and_then(parse_private_map_key_userbuf)
    }
}

/// Takes a UserSig apart without checking its signature (see [`super::verify`] for that).
pub fn decode(token: &str) -> Result<DecodedUserSig, UserSigError> {
    let candidates = alphabet::decode_token_candidates(token)?;
    let mut first_error = None;
    let mut document = None;
    for bytes in &candidates {
        match inflate(bytes) {
            Ok(inflated) => {
                document = Some(inflated);
                break;
            }
            Err(err) => {
                first_error.get_or_insert(err);
            }
        }
    }
    let document = match (document, first_error) {
        (Some(document), _) => document,
        (None, Some(err)) => return Err(err),
        (None, None) => return Err(UserSigError::Empty),
    };
    let json = String::from_utf8(document).map_err(|_| UserSigError::NotUtf8)?;
    let value: Value =
        serde_json::from_str(json.trim_end()).map_err(|err| UserSigError::NotJson {
            detail: err.to_string(),
        })?;
    let Value::Object(fields) = value else {
        return Err(UserSigError::NotJsonObject);
    };
    from_fields(&fields, json)
}

/// Inflates a zlib stream, refusing anything implausibly large.
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, UserSigError> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(bytes)
        .take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|err| UserSigError::NotZlib {
            detail: err.to_string(),
        })?;
    if out.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(UserSigError::TooLarge {
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    Ok(out)
}

/// Reads the `TLS.*` fields of a parsed document.
fn from_fields(fields: &Map<String, Value>, json: String) -> Result<DecodedUserSig, UserSigError> {
    if !fields.contains_key("TLS.sdkappid")
        && (fields.contains_key("TLS.sdk_appid") || fields.contains_key("TLS.version"))
    {
        return Err(UserSigError::LegacyVersion);
    }
    let version = optional_string(fields, "TLS.ver")?.unwrap_or_default();
    // Go's library leaves out empty identifier, zero time and zero expire: absent means empty.
    let identifier = optional_string(fields, "TLS.identifier")?.unwrap_or_default();
    let sdkappid = match present(fields, "TLS.sdkappid") {
        Some(value) => integer(
            value,
            "TLS.sdkappid",
            |s| s.parse::<u64>().ok(),
            Value::as_u64,
        )?,
        None => return Err(UserSigError::MissingField("TLS.sdkappid")),
    };
    let time = optional_i64(fields, "TLS.time")?.unwrap_or(0);
    let expire = optional_i64(fields, "TLS.expire")?.unwrap_or(0);
    let userbuf_base64 = optional_string(fields, "TLS.userbuf")?;
    let userbuf = match &userbuf_base64 {
        Some(text) => Some(
            alphabet::decode_standard(text)
                .map_err(|_| UserSigError::UserbufNotBase64 { got: shorten(text) })?,
        ),
        None => None,
    };
    let sig = optional_string(fields, "TLS.sig")?
        .filter(|sig| !sig.is_empty())
        .ok_or(UserSigError::MissingField("TLS.sig"))?;
    if alphabet::decode_standard(&sig).map_or(true, |bytes| bytes.len() != 32) {
        return Err(UserSigError::FieldType {
            field: "TLS.sig",
            expected: Expected::Signature,
            got: shorten(&sig),
        });
    }
    Ok(DecodedUserSig {
        version,
        identifier,
        sdkappid,
        time,
        expire,
        userbuf,
        userbuf_base64,
        sig,
        json,
    })
}

/// A field's value, with JSON `null` counted as absent.
fn present<'a>(fields: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    fields.get(name).filter(|value| !value.is_null())
}

fn optional_string(
    fields: &Map<String, Value>,
    name: &'static str,
) -> Result<Option<String>, UserSigError> {
    match present(fields, name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(UserSigError::FieldType {
            field: name,
            expected: Expected::Text,
            got: shorten(&other.to_string()),
        }),
    }
}

fn optional_i64(
    fields: &Map<String, Value>,
    name: &'static str,
) -> Result<Option<i64>, UserSigError> {
    present(fields, name)
        .map(|value| integer(value, name, |s| s.parse::<i64>().ok(), Value::as_i64))
        .transpose()
}

/// A whole number written as a JSON number or as a string of digits.
fn integer<T>(
    value: &Value,
    name: &'static str,
    from_text: impl Fn(&str) -> Option<T>,
    from_number: impl Fn(&Value) -> Option<T>,
) -> Result<T, UserSigError> {
    let parsed = match value {
        Value::Number(_) => from_number(value),
        Value::String(text) => from_text(text.trim()),
        _ => None,
    };
    parsed.ok_or_else(|| UserSigError::FieldType {
        field: name,
        expected: Expected::WholeNumber,
        got: shorten(&value.to_string()),
    })
}

/// Keeps a value short enough for a message.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIG: &str = "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=";

    fn token_of(json: &str) -> String {
        use std::io::Write as _;
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(json.as_bytes()).unwrap();
        alphabet::encode_token(&encoder.finish().unwrap())
    }

    #[test]
    fn accepts_other_libraries_shapes() {
        let go = format!(r#"{{"TLS.ver":"2.0","TLS.sdkappid":1400000000,"TLS.sig":"{SIG}"}}"#);
        let go = format!("{go}\n");
        let decoded = decode(&token_of(&go)).unwrap();
        assert_eq!(
            (decoded.identifier.as_str(), decoded.time, decoded.expire),
            ("", 0, 0)
        );
        assert_eq!(decoded.json, go);
        let strings = format!(
            r#"{{"TLS.sdkappid":"1400000000","TLS.time":"17","TLS.expire":"-1","TLS.sig":"{SIG}","TLS.userbuf":null}}"#
        );
        let decoded = decode(&token_of(&strings)).unwrap();
        assert_eq!(
            (decoded.sdkappid, decoded.time, decoded.expire),
            (1_400_000_000, 17, -1)
        );
        assert_eq!(decoded.userbuf, None);
    }

    #[test]
    fn names_what_is_wrong() {
        let cases = [
            ("[1]".to_owned(), "not a JSON object"),
            ("{not json".to_owned(), "not JSON"),
            (format!(r#"{{"TLS.sig":"{SIG}"}}"#), "TLS.sdkappid"),
            (r#"{"TLS.sdkappid":1}"#.to_owned(), "no TLS.sig"),
            (
                r#"{"TLS.sdkappid":1,"TLS.sig":"abc="}"#.to_owned(),
                "TLS.sig must be",
            ),
            (
                format!(r#"{{"TLS.sdkappid":1,"TLS.sig":"{SIG}","TLS.time":1.5}}"#),
                "TLS.time",
            ),
            (
                format!(r#"{{"TLS.sdkappid":-1,"TLS.sig":"{SIG}"}}"#),
                "TLS.sdkappid",
            ),
            (
                format!(r#"{{"TLS.sdkappid":1,"TLS.sig":"{SIG}","TLS.userbuf":"!!"}}"#),
                "TLS.userbuf",
            ),
            (
                r#"{"TLS.sdk_appid":"1","TLS.sig":"x"}"#.to_owned(),
                "version 1",
            ),
        ];
        for (json, expected) in cases {
            let message = decode(&token_of(&json)).unwrap_err().to_string();
            assert!(message.contains(expected), "{json}: {message}");
        }
        let not_zlib = decode("YWJjZA__").unwrap_err();
        assert!(
            matches!(not_zlib, UserSigError::NotZlib { .. }),
            "{not_zlib}"
        );
    }
}
