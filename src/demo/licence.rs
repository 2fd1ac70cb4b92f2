//! Licence calls set in code, found by content wherever they are: Java/Kotlin
//! `setLicence(context, "url", "key")`, Objective-C `[TXLiveBase setLicenceURL:@"…" key:@"…"]`
//! (any class, every occurrence) and Swift `setLicenceURL("…", key: "…")` /
//! `setLicence("…", key: "…")`.
//!
//! A literal argument becomes a [`Constant`] patched in the call itself; a plain name declared in
//! the same file with a literal (`String licenceUrl = "…";`) is patched where it is declared;
//! any other name (`GenerateTestUserSig.LICENSEURL`) is reported as set from code and left alone.

use std::sync::LazyLock;

use regex::bytes::{Captures, Regex};

use super::model::{Constant, ConstantKind, Language, LicenceArg, LicenceCall, LiteralStyle};
use super::shapes::string_state;
use super::text::line_of;

/// A string literal or a name (a dotted path), as a call's argument.
const JAVA_ARG: &str =
    r#"(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)"#;
const OBJC_ARG: &str =
    r#"(?:@"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)"#;

fn compile(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(re) => re,
        // The patterns are constants; the unit tests compile every one of them.
        Err(err) => panic!("bad built-in pattern: {err}"),
    }
}

static JAVA_CALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)(?P<receiver>(?:[A-Za-z_][A-Za-z0-9_]*(?:\(\s*\))?\s*\.\s*)*)(?P<method>setLicen[cs]e)\s*\(\s*(?:[A-Za-z_][A-Za-z0-9_.@]*(?:\(\s*\))?)\s*,\s*(?P<url>{JAVA_ARG})\s*,\s*(?P<key>{JAVA_ARG})\s*\)"
    ))
});
static OBJC_CALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)\[\s*(?P<receiver>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<method>setLicen[cs]e(?:URL)?)\s*:\s*(?P<url>{OBJC_ARG})\s+key\s*:\s*(?P<key>{OBJC_ARG})\s*\]"
    ))
});
static SWIFT_CALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)(?P<receiver>(?:[A-Za-z_][A-Za-z0-9_]*(?:\(\s*\))?\s*\.\s*)*)(?P<method>setLicen[cs]e(?:URL)?)\s*\(\s*(?P<url>{JAVA_ARG})\s*,\s*key\s*:\s*(?P<key>{JAVA_ARG})\s*\)"
    ))
});

/// A declaration of `name` with a string literal: Java/Kotlin fields and locals, Swift
/// `let`/`var`, Objective-C `NSString *`. `NAME` is replaced by the (escaped) name.
const FEEDER: &str = r#"(?-u)(?m)^[ \t]*(?:(?:public|private|protected|internal|fileprivate|static|final|const|val|var|let|lateinit)\b[ \t]*)*(?:(?:String|NSString[ \t]*\*[ \t]*(?:const[ \t]+)?)[ \t]*)?NAME[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*(?P<value>@?"(?:[^"\\\n]|\\.)*")[ \t]*;?[ \t]*$"#;

/// The licence calls of a source file and the constants they make patchable. `code` is the
/// file with comments blanked (same offsets); `declared` the constants already found, so that
/// a call reading one of them points at it instead of adding it twice.
pub(crate) fn find_licence_calls(
    bytes: &[u8],
    code: &[u8],
    language: Language,
    declared: &[Constant],
) -> (Vec<Constant>, Vec<LicenceCall>) {
    let pattern: &Regex = match language {
        Language::Java | Language::Kotlin => &JAVA_CALL,
        Language::ObjectiveC => &OBJC_CALL,
        Language::Swift => &SWIFT_CALL,
        _ => return (Vec::new(), Vec::new()),
    };
    let mut constants: Vec<Constant> = Vec::new();
    let mut calls = Vec::new();
    for caps in pattern.captures_iter(code) {
        let Some(whole) = caps.get(0) else { continue };
        let line = line_of(code, whole.start());
        let receiver = caps.name("receiver").map_or(&b""[..], |m| m.as_bytes());
        let receiver = String::from_utf8_lossy(receiver)
            .split_whitespace()
            .collect::<String>();
        let method = String::from_utf8_lossy(&caps["method"]).into_owned();
        let call = match language {
            Language::ObjectiveC => format!("{receiver} {method}:key:"),
            _ => format!("{receiver}{method}"),
        };
        let mut arg = |group: &str, kind: ConstantKind, name: &str| {
            argument(
                &caps,
                group,
                kind,
                bytes,
                code,
                language,
                declared,
                &mut constants,
                name,
            )
        };
        let url = arg("url", ConstantKind::LicenseUrl, &method);
        let key = arg("key", ConstantKind::LicenseKey, "key");
        calls.push(LicenceCall {
            line,
            call,
            url,
            key,
        });
    }
    constants.sort_by_key(|c| c.value_span.start);
    (constants, calls)
}

/// One argument of a call: a literal (added to `constants`), a name declared here, or code.
// The call's captures, the file (bytes and blanked copy) and what was found so far: one pass.
#[allow(clippy::too_many_arguments)]
fn argument(
    caps: &Captures<'_>,
    group: &str,
    kind: ConstantKind,
    bytes: &[u8],
    code: &[u8],
    language: Language,
    declared: &[Constant],
    constants: &mut Vec<Constant>,
    method: &str,
) -> LicenceArg {
    let Some(m) = caps.name(group) else {
        return LicenceArg::SetFromCode {
            name: String::new(),
        };
    };
    let text = m.as_bytes();
    if text.ends_with(b"\"") {
        let Some(constant) = literal(bytes, code, m.start(), text, kind, language, method) else {
            return LicenceArg::SetFromCode {
                name: String::from_utf8_lossy(text).into_owned(),
            };
        };
        if !constants
            .iter()
            .any(|c| c.value_span == constant.value_span)
        {
            constants.push(constant);
        }
        return LicenceArg::Literal;
    }
    let name = String::from_utf8_lossy(text)
        .split_whitespace()
        .collect::<String>();
    let plain = name
        .strip_prefix("this.")
        .or_else(|| name.strip_prefix("self."))
        .unwrap_or(&name);
    if plain.contains('.') {
        return LicenceArg::SetFromCode { name };
    }
    if let Some(found) = declared.iter().find(|c| c.name == plain) {
        return LicenceArg::Declared {
            name: plain.to_owned(),
            line: found.line,
        };
    }
    match feeder(bytes, code, plain, kind, language) {
        Some(constant) => {
            let line = constant.line;
            if !constants
                .iter()
                .any(|c| c.value_span == constant.value_span)
            {
                constants.push(constant);
            }
            LicenceArg::Declared {
                name: plain.to_owned(),
                line,
            }
        }
        None => LicenceArg::SetFromCode { name },
    }
}

/// The declaration of `name` with a literal in this file, when there is exactly one.
fn feeder(
    bytes: &[u8],
    code: &[u8],
    name: &str,
    kind: ConstantKind,
    language: Language,
) -> Option<Constant> {
    let pattern = compile(&FEEDER.replace("NAME", &regex::escape(name)));
    let mut found = pattern.captures_iter(code);
    let caps = found.next()?;
    if found.next().is_some() {
        // Declared twice (two scopes): which one the call reads is not ours to guess.
        return None;
    }
    let value = caps.name("value")?;
    let mut constant = literal(
        bytes,
        code,
        value.start(),
        value.as_bytes(),
        kind,
        language,
        name,
    )?;
    name.clone_into(&mut constant.name);
    Some(constant)
}

/// A string literal at `start` (in `code`, offsets the file's) as a constant named `name`.
fn literal(
    bytes: &[u8],
    code: &[u8],
    start: usize,
    text: &[u8],
    kind: ConstantKind,
    language: Language,
    name: &str,
) -> Option<Constant> {
    let (style, open) = if text.starts_with(b"@") {
        if language != Language::ObjectiveC {
            return None;
        }
        (LiteralStyle::ObjcString, 2)
    } else {
        (LiteralStyle::DoubleQuoted, 1)
    };
    let span = start..start + text.len();
    // The blanked copy keeps strings as they are: the file's own bytes are read for display.
    let inner = bytes.get(span.start + open..span.end - 1)?;
    // A template or interpolation is code, not a literal we may replace.
    if language == Language::Kotlin && inner.contains(&b'$') {
        return None;
    }
    if language == Language::Swift && inner.windows(2).any(|w| w == b"\\(") {
        return None;
    }
    Some(Constant {
        kind,
        name: name.to_owned(),
        line: line_of(code, start),
        value_span: span,
        style,
        state: string_state(inner),
        display_value: Some(String::from_utf8_lossy(inner).into_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::ValueState;
    use crate::demo::text::blank_comments;

    fn calls_in(src: &str, language: Language) -> (Vec<Constant>, Vec<LicenceCall>) {
        calls(src, language)
    }

    fn calls(src: &str, language: Language) -> (Vec<Constant>, Vec<LicenceCall>) {
        let code = blank_comments(src.as_bytes(), language);
        find_licence_calls(src.as_bytes(), &code, language, &[])
    }

    #[test]
    fn java_fields_and_inline_literals() {
        let src = "class A {\n    String licenceUrl = \"请替换成您的licenseUrl\";\n    private static final String licenseKey = \"\";\n    void f() {\n        TXLiveBase.getInstance().setLicence(instance, licenceUrl, licenseKey);\n        V2TXLivePremier.setLicence(this, \"https://a/b.license\", \"k\");\n        TXLiveBase.getInstance().setLicence(ctx, GenerateTestUserSig.LICENSEURL, GenerateTestUserSig.LICENSEURLKEY);\n        // TXLiveBase.getInstance().setLicence(ctx, \"x\", \"y\");\n    }\n}\n";
        let (constants, calls) = calls(src, Language::Java);
        assert_eq!(calls.len(), 3);
        let kotlin = calls_in(
            "TXLiveBase.getInstance().setLicence(this@LiveApp, \"\", \"\")\n",
            Language::Kotlin,
        );
        assert_eq!(kotlin.1.len(), 1);
        assert_eq!(calls[0].call, "TXLiveBase.getInstance().setLicence");
        assert_eq!(
            calls[0].url,
            LicenceArg::Declared {
                name: "licenceUrl".into(),
                line: 2
            }
        );
        assert_eq!(calls[1].url, LicenceArg::Literal);
        assert_eq!(
            calls[2].key,
            LicenceArg::SetFromCode {
                name: "GenerateTestUserSig.LICENSEURLKEY".into()
            }
        );
        let shown: Vec<_> = constants
            .iter()
            .map(|c| (c.kind, c.line, c.state, c.display_value.clone().unwrap()))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    ConstantKind::LicenseUrl,
                    2,
                    ValueState::Placeholder,
                    "请替换成您的licenseUrl".to_owned()
                ),
                (
                    ConstantKind::LicenseKey,
                    3,
                    ValueState::Empty,
                    String::new()
                ),
                (
                    ConstantKind::LicenseUrl,
                    6,
                    ValueState::Set,
                    "https://a/b.license".to_owned()
                ),
                (ConstantKind::LicenseKey, 6, ValueState::Set, "k".to_owned()),
            ]
        );
    }

    #[test]
    fn objc_every_call_on_any_class() {
        let src = "    [TXUGCBase setLicenceURL:@\"\" key:@\"\"];\n#ifdef X\n    [TXLiveBase setLicenceURL:@\"\" key:@\"\"];\n#endif\n    [V2TXLivePremier setLicence:LICENSEURL key:LICENSEURLKEY];\n";
        let (constants, calls) = calls(src, Language::ObjectiveC);
        assert_eq!(calls.len(), 3);
        assert_eq!(calls[0].call, "TXUGCBase setLicenceURL:key:");
        assert_eq!(constants.len(), 4);
        assert!(matches!(calls[2].url, LicenceArg::SetFromCode { .. }));
    }

    #[test]
    fn feeders_in_objc_and_swift() {
        let objc = "static NSString * const licenceURL = @\"\";\nNSString *licenceKey = @\"k\";\n[TXLiveBase setLicenceURL:licenceURL key:licenceKey];\n";
        let (constants, found) = calls(objc, Language::ObjectiveC);
        assert_eq!(constants.len(), 2);
        assert_eq!(constants[0].style, LiteralStyle::ObjcString);
        assert_eq!(
            found[0].key,
            LicenceArg::Declared {
                name: "licenceKey".into(),
                line: 2
            }
        );
        let swift = "let licenceURL = \"\"\nvar licenceKey: String = \"\\(x)\"\nTXLiveBase.setLicenceURL(self.licenceURL, key: licenceKey)\n";
        let (constants, found) = calls(swift, Language::Swift);
        assert_eq!(
            constants.len(),
            1,
            "an interpolation is code, not a literal"
        );
        assert_eq!(
            found[0].url,
            LicenceArg::Declared {
                name: "licenceURL".into(),
                line: 1
            }
        );
        assert!(matches!(found[0].key, LicenceArg::SetFromCode { .. }));
    }

    #[test]
    fn swift_calls_and_definitions() {
        let src = "func setLicence() {\n    TXLiveBase.setLicenceURL(LICENSEURL, key: LICENSEURLKEY)\n    V2TXLivePremier.setLicence(\"\", key: \"\")\n}\n";
        let (constants, calls) = calls(src, Language::Swift);
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[1].call, "V2TXLivePremier.setLicence");
        assert_eq!(constants.len(), 2);
    }
}
