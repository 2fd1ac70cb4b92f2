//! The mini program's `project.config.json`: its top-level `"appid"` string is the value we
//! rewrite. `serde_json` checks the file; a small scanner finds the value's exact bytes, since a
//! rewrite must keep the file's tabs, key order and missing final newline.

use super::model::{Constant, ConstantKind, LiteralStyle};
use super::shapes::string_state;
use super::text::line_of;
use crate::messages::{DemoCode, Message};

/// Keys that only a `WeChat` mini program project file has.
const MINI_PROGRAM_KEYS: [&str; 4] = ["projectname", "compileType", "miniprogramRoot", "setting"];

/// What a `project.config.json` is to us.
pub(crate) enum ProjectConfig {
    /// Not a mini program project file.
    NotOurs,
    /// A mini program project file with its `appid`.
    AppId(Constant),
    /// A mini program project file we cannot rewrite: line (when known) and reason.
    Refused(Option<usize>, Message),
}

/// Looks at a `project.config.json` (BOM already stripped: `text` starts at `offset` in the file).
pub(crate) fn analyze_project_config(file: &[u8], offset: usize) -> ProjectConfig {
    let text = &file[offset..];
    let value: serde_json::Value = match serde_json::from_slice(text) {
        Ok(value) => value,
        Err(err) => {
            if memchr::memmem::find(text, b"\"appid\"").is_none() {
                return ProjectConfig::NotOurs;
            }
            return ProjectConfig::Refused(
                Some(err.line()),
                Message::new(DemoCode::JsonInvalid).with("detail", err.to_string()),
            );
        }
    };
    let Some(object) = value.as_object() else {
        return ProjectConfig::NotOurs;
    };
    if !MINI_PROGRAM_KEYS.iter().any(|k| object.contains_key(*k)) {
        return ProjectConfig::NotOurs;
    }
    match object.get("appid") {
        None => {
            return ProjectConfig::Refused(None, Message::new(DemoCode::JsonNoAppId));
        }
        Some(serde_json::Value::String(_)) => {}
        Some(_) => {
            return ProjectConfig::Refused(None, Message::new(DemoCode::JsonAppIdNotString));
        }
    }
    let spans = top_level_values(text, b"appid");
    let [span] = spans.as_slice() else {
        return ProjectConfig::Refused(None, Message::new(DemoCode::JsonAppIdTwice));
    };
    let start = offset + span.start;
    let end = offset + span.end;
    let inner = &file[start + 1..end - 1];
    ProjectConfig::AppId(Constant {
        kind: ConstantKind::MiniProgramAppId,
        name: "appid".to_owned(),
        line: line_of(file, start),
        value_span: start..end,
        style: LiteralStyle::DoubleQuoted,
        state: string_state(inner),
        display_value: Some(String::from_utf8_lossy(inner).into_owned()),
    })
}

/// The byte ranges of the string values of `key` in the top-level object (quotes included).
fn top_level_values(text: &[u8], key: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut expect_key = false;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'{' | b'[' => {
                depth += 1;
                expect_key = depth == 1 && text[i] == b'{';
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expect_key = true,
            b'"' => {
                let end = string_end(text, i);
                if depth == 1 && expect_key {
                    expect_key = false;
                    if &text[i + 1..end - 1] == key
                        && let Some(span) = value_after_colon(text, end)
                    {
                        spans.push(span);
                    }
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    spans
}

/// The offset just past the string starting at `start` (a `"`).
fn string_end(text: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < text.len() {
        match text[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    text.len()
}

/// The string value after a key ending at `after_key`, if the value is a string.
fn value_after_colon(text: &[u8], after_key: usize) -> Option<std::ops::Range<usize>> {
    let mut i = after_key;
    while text.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    if text.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    while text.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    (text.get(i) == Some(&b'"')).then(|| i..string_end(text, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::ValueState;

    #[test]
    fn finds_the_top_level_appid_only() {
        let text = b"{\n\t\"setting\": {\"appid\": \"inner\"},\n\t\"list\": [\"appid\"],\n\t\"appid\": \"wx0123456789abcdef\",\n\t\"projectname\": \"x\"\n}";
        let ProjectConfig::AppId(c) = analyze_project_config(text, 0) else {
            panic!("not found");
        };
        assert_eq!(&text[c.value_span.clone()], b"\"wx0123456789abcdef\"");
        assert_eq!(c.line, 4);
        assert_eq!(c.state, ValueState::Set);
    }

    #[test]
    fn other_json_is_not_ours() {
        assert!(matches!(
            analyze_project_config(b"{\"appid\": \"x\"}", 0),
            ProjectConfig::NotOurs
        ));
        assert!(matches!(
            analyze_project_config(b"{\"appid\": 3, \"compileType\": \"miniprogram\"}", 0),
            ProjectConfig::Refused(..)
        ));
        assert!(matches!(
            analyze_project_config(b"{\"appid\": \"\", \"setting\": {},}", 0),
            ProjectConfig::Refused(Some(1), _)
        ));
    }
}
