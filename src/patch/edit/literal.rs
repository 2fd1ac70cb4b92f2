//! Writing a value as a literal of the file's language: numbers bare, strings quoted and escaped
//! the way that language reads them, and only ASCII into files that are not UTF-8.

use std::fmt::Write as _;

use crate::demo::{ConstantKind, Language, LiteralStyle};

/// The value to write, before it becomes a literal.
#[derive(Clone)]
pub(super) enum Value<'a> {
    /// A number (`SDKAPPID`, `EXPIRETIME`).
    Number(u32),
    /// A string (the key, a licence URL, a domain, an `AppID`).
    Text(&'a str),
    /// A string made for this file (an app extension's bundle ID).
    Owned(String),
}

/// Why a value cannot be written into a file.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Unwritable {
    /// The value needs a character the file's encoding and language cannot hold.
    NonAscii,
}

/// The literal to put in place of the current one, as bytes.
pub(super) fn render(
    language: Language,
    style: LiteralStyle,
    kind: ConstantKind,
    value: Value<'_>,
    ascii_only: bool,
) -> Result<Vec<u8>, Unwritable> {
    let text = match value {
        Value::Number(n) => {
            if writes_bare_number(language, style, kind) {
                return Ok(n.to_string().into_bytes());
            }
            n.to_string()
        }
        Value::Text(text) => text.to_owned(),
        Value::Owned(text) => text,
    };
    if style == LiteralStyle::BareWord
        && !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'/'))
    {
        return Ok(text.into_bytes());
    }
    let (prefix, quote) = match (language, style) {
        (Language::ObjectiveC, LiteralStyle::ObjcString | LiteralStyle::BarePlaceholder { .. }) => {
            ("@", '"')
        }
        (Language::JavaScript | Language::Gradle, LiteralStyle::SingleQuoted) => ("", '\''),
        _ => ("", '"'),
    };
    let mut out = String::with_capacity(text.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for ch in text.chars() {
        escape_char(&mut out, language, quote, ch, ascii_only)?;
    }
    out.push(quote);
    Ok(out.into_bytes())
}

/// Whether a number is written unquoted: always in JavaScript (the signing library rejects a
/// quoted `SDKAPPID`), elsewhere when the declaration is numeric.
fn writes_bare_number(language: Language, style: LiteralStyle, kind: ConstantKind) -> bool {
    match style {
        LiteralStyle::Number => true,
        LiteralStyle::BarePlaceholder { string_type } => !string_type,
        _ => {
            matches!(language, Language::JavaScript | Language::Json)
                && matches!(kind, ConstantKind::SdkAppId | ConstantKind::ExpireTime)
        }
    }
}

fn escape_char(
    out: &mut String,
    language: Language,
    quote: char,
    ch: char,
    ascii_only: bool,
) -> Result<(), Unwritable> {
    use Language::{
        CSharp, Cpp, Gradle, GradleKotlin, Java, JavaScript, Json, Kotlin, ObjectiveC, Swift,
        XcodeProject,
    };
    match ch {
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        '$' if matches!(language, Kotlin | GradleKotlin | Gradle) => out.push_str("\\$"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() && c.is_ascii() => match language {
            // Java and C read `\u` escapes before lexing: a `\u000a` would end the line.
            Java | ObjectiveC | Cpp | XcodeProject => {
                let _ = write!(out, "\\{:03o}", u32::from(c));
            }
            Swift => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            Kotlin | JavaScript | Json | CSharp | Gradle | GradleKotlin => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        },
        // Line and paragraph separators end a line in older JavaScript engines.
        '\u{2028}' | '\u{2029}' if language == JavaScript => {
            let _ = write!(out, "\\u{:04x}", u32::from(ch));
        }
        c if c.is_ascii() || !ascii_only => out.push(c),
        c => match language {
            Java | Kotlin | JavaScript | Json | Gradle | GradleKotlin => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            CSharp | Cpp => {
                let code = u32::from(c);
                if code > 0xFFFF {
                    let _ = write!(out, "\\U{code:08x}");
                } else {
                    let _ = write!(out, "\\u{code:04x}");
                }
            }
            Swift => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            ObjectiveC | XcodeProject => return Err(Unwritable::NonAscii),
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(language: Language, style: LiteralStyle, value: &str, ascii_only: bool) -> String {
        let bytes = render(
            language,
            style,
            ConstantKind::LicenseUrl,
            Value::Text(value),
            ascii_only,
        )
        .unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn strings_are_escaped_per_language() {
        use Language::*;
        use LiteralStyle::*;
        let tricky = "a\\b\"c'd$e\nf\u{1}g";
        assert_eq!(
            text(Java, DoubleQuoted, tricky, false),
            r#""a\\b\"c'd$e\nf\001g""#
        );
        assert_eq!(
            text(Kotlin, DoubleQuoted, tricky, false),
            r#""a\\b\"c'd\$e\nf\u0001g""#
        );
        assert_eq!(
            text(Swift, DoubleQuoted, tricky, false),
            r#""a\\b\"c'd$e\nf\u{1}g""#
        );
        assert_eq!(
            text(JavaScript, SingleQuoted, tricky, false),
            r#"'a\\b"c\'d$e\nf\u0001g'"#
        );
        assert_eq!(
            text(Json, DoubleQuoted, tricky, false),
            r#""a\\b\"c'd$e\nf\u0001g""#
        );
        assert_eq!(
            text(ObjectiveC, ObjcString, tricky, false),
            r#"@"a\\b\"c'd$e\nf\001g""#
        );
        assert_eq!(
            text(
                ObjectiveC,
                BarePlaceholder { string_type: true },
                "k",
                false
            ),
            r#"@"k""#
        );
        assert_eq!(text(Swift, DoubleQuoted, "\\(x)", false), r#""\\(x)""#);
    }

    #[test]
    fn non_ascii_in_legacy_files() {
        use Language::*;
        use LiteralStyle::*;
        assert_eq!(
            text(Java, DoubleQuoted, "中😀", true),
            r#""\u4e2d\ud83d\ude00""#
        );
        assert_eq!(text(Swift, DoubleQuoted, "中", true), r#""\u{4e2d}""#);
        assert_eq!(text(CSharp, DoubleQuoted, "😀", true), r#""\U0001f600""#);
        assert_eq!(text(Java, DoubleQuoted, "中", false), "\"中\"");
        assert_eq!(
            render(
                ObjectiveC,
                ObjcString,
                ConstantKind::SecretKey,
                Value::Text("中"),
                true
            ),
            Err(Unwritable::NonAscii)
        );
    }

    #[test]
    fn numbers_follow_the_declaration() {
        use Language::*;
        use LiteralStyle::*;
        let n = |language, style| {
            String::from_utf8(
                render(
                    language,
                    style,
                    ConstantKind::SdkAppId,
                    Value::Number(1_400_000_001),
                    false,
                )
                .unwrap(),
            )
            .unwrap()
        };
        assert_eq!(
            n(Java, BarePlaceholder { string_type: false }),
            "1400000001"
        );
        assert_eq!(n(JavaScript, DoubleQuoted), "1400000001");
        assert_eq!(n(JavaScript, SingleQuoted), "1400000001");
        assert_eq!(n(Java, DoubleQuoted), "\"1400000001\"");
        assert_eq!(n(ObjectiveC, ObjcString), "@\"1400000001\"");
    }
}
