//! The UserSig token alphabet: standard base64 with `+`→`*`, `/`→`-`, `=`→`_`, padding kept.
//! Not RFC 4648 URL-safe base64, although both use `-` and `_` (for different things).
//!
//! Decoding is lenient about what people paste: padding present or not, plain standard base64,
//! RFC URL-safe base64, surrounding quotes and white space anywhere.

use base64::Engine as _;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};

use super::{Base64Problem, UserSigError};

/// Standard alphabet, padding optional, stray low bits ignored.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Encodes bytes in the UserSig alphabet, as every official library does.
pub(crate) fn encode_token(bytes: &[u8]) -> String {
    STANDARD
        .encode(bytes)
        .chars()
        .map(|c| match c {
            '+' => '*',
            '/' => '-',
            '=' => '_',
            other => other,
        })
        .collect()
}

/// Decodes standard base64 leniently (padding optional): for `TLS.userbuf` and `TLS.sig`.
pub(crate) fn decode_standard(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    LENIENT.decode(text.trim_end_matches('='))
}

/// Every byte string the pasted token could stand for, most likely first: the UserSig alphabet
/// (which also covers plain standard base64), then RFC URL-safe base64 when the text could be it.
pub(crate) fn decode_token_candidates(token: &str) -> Result<Vec<Vec<u8>>, UserSigError> {
    let cleaned: String = crate::credentials::clean_pasted(token)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return Err(UserSigError::Empty);
    }
    if let Some((index, character)) = cleaned
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || "*-_+/=".contains(*c)))
    {
        return Err(UserSigError::NotBase64Character {
            character,
            position: index + 1,
        });
    }
    let tencent: String = cleaned
        .chars()
        .map(|c| match c {
            '*' => '+',
            '-' => '/',
            '_' => '=',
            other => other,
        })
        .collect();
    let mut spellings = vec![tencent];
    let could_be_url_safe = !cleaned.contains(['*', '+', '/']) && cleaned.contains(['-', '_']);
    if could_be_url_safe {
        spellings.push(cleaned.replace('-', "+").replace('_', "/"));
    }
    let mut first_error = None;
    let mut candidates = Vec::new();
    for spelling in &spellings {
        match decode_standard(spelling) {
            Ok(bytes) => candidates.push(bytes),
            Err(err) => {
                first_error.get_or_insert(err);
            }
        }
    }
    match (candidates.is_empty(), first_error) {
        (true, Some(err)) => Err(UserSigError::NotBase64 {
            detail: describe_base64_error(&err),
        }),
        _ => Ok(candidates),
    }
}

/// A base64 decoding error in words, positions 1-based.
fn describe_base64_error(err: &base64::DecodeError) -> Base64Problem {
    match err {
        base64::DecodeError::InvalidByte(offset, _) => Base64Problem::PaddingInMiddle(offset + 1),
        base64::DecodeError::InvalidLength(_) => Base64Problem::Length,
        base64::DecodeError::InvalidLastSymbol { offset, .. } => {
            Base64Problem::LastSymbol(offset + 1)
        }
        base64::DecodeError::InvalidPadding => Base64Problem::Padding,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_with_tencent_substitutions() {
        // 0xfb 0xff → "+/8=" in standard base64.
        assert_eq!(encode_token(&[0xfb, 0xff]), "*-8_");
        assert_eq!(encode_token(&[0xfb, 0xff, 0xbf]), "*-*-");
        assert_eq!(encode_token(b"a"), "YQ__");
        assert_eq!(encode_token(b""), "");
    }

    #[test]
    fn decodes_every_spelling() {
        let bytes = vec![0xfb, 0xff, 0x00, 0x10];
        for spelling in [
            "*-8AEA__",
            "*-8AEA",
            "+/8AEA==",
            "+/8AEA",
            "-_8AEA",
            "-_8AEA==",
            " \"*-8A\nEA__\" ",
        ] {
            let candidates = decode_token_candidates(spelling).unwrap();
            assert!(candidates.contains(&bytes), "{spelling}: {candidates:?}");
        }
        // The UserSig reading comes first when both are possible.
        let both = decode_token_candidates("ab-c").unwrap();
        assert_eq!(
            both,
            vec![
                STANDARD.decode("ab/c").unwrap(),
                STANDARD.decode("ab+c").unwrap()
            ]
        );
    }

    #[test]
    fn refuses_what_is_not_base64() {
        assert!(matches!(
            decode_token_candidates("  \n"),
            Err(UserSigError::Empty)
        ));
        assert!(matches!(
            decode_token_candidates("eJy!rV"),
            Err(UserSigError::NotBase64Character {
                character: '!',
                position: 4
            })
        ));
        let err = decode_token_candidates("eJyrV").unwrap_err();
        assert!(matches!(err, UserSigError::NotBase64 { .. }), "{err}");
        assert!(err.to_string().contains("length"), "{err}");
    }
}
