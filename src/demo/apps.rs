//! The IDs a licence is bound to: each Android app module's `applicationId` (`build.gradle`,
//! `build.gradle.kts`) and each iOS application / app-extension target's
//! `PRODUCT_BUNDLE_IDENTIFIER` in every build configuration of `project.pbxproj` (frameworks,
//! resource bundles and tests are not apps). Literal values only are rewritable; a computed one
//! (`rootProject.ext.appId`, `$(…)`) is reported and left alone.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use regex::bytes::Regex;

use super::model::{
    AppBinding, AppProduct, Constant, ConstantKind, Language, LiteralStyle, ValueState,
};
use super::text::line_of;

fn compile(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(re) => re,
        // The patterns are constants; the unit tests compile every one of them.
        Err(err) => panic!("bad built-in pattern: {err}"),
    }
}

static GRADLE_ID: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"(?-u)(?m)^[ \t]*applicationId(?:[ \t]*=[ \t]*|[ \t]+|[ \t]*\([ \t]*)(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^ \t\r\n;)]+)[ \t]*\)?[ \t]*;?[ \t]*$"#,
    )
});
static PBX_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?-u)(?m)^[ \t]*(?P<id>[0-9A-Fa-f]{24})[ \t]*=[ \t]*\{"));
static PBX_ISA: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?-u)\bisa\s*=\s*(?P<v>[A-Za-z]+)\s*;"));
static PBX_LIST_REF: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?-u)\bbuildConfigurationList\s*=\s*(?P<v>[0-9A-Fa-f]{24})\b"));
static PBX_PRODUCT_TYPE: LazyLock<Regex> =
    LazyLock::new(|| compile(r#"(?-u)\bproductType\s*=\s*"(?P<v>[^"]*)"\s*;"#));
static PBX_NAME: LazyLock<Regex> = LazyLock::new(|| {
    compile(r#"(?-u)(?m)^[ \t]*name\s*=\s*(?P<v>"(?:[^"\\\n]|\\.)*"|[^;\s]+)\s*;"#)
});
static PBX_CONFIGS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?-u)\bbuildConfigurations\s*=\s*\((?P<v>[^)]*)\)"));
static PBX_ID: LazyLock<Regex> = LazyLock::new(|| compile(r"(?-u)\b[0-9A-Fa-f]{24}\b"));
static PBX_BUNDLE_ID: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"(?-u)(?m)^[ \t]*PRODUCT_BUNDLE_IDENTIFIER\s*=\s*(?P<v>"(?:[^"\\\n]|\\.)*"|[^;\s]+)\s*;"#,
    )
});

/// The app IDs of a build file (`code`: its comment-blanked copy) and the constants of the
/// literal ones.
pub(crate) fn find_apps(
    rel_path: &Path,
    bytes: &[u8],
    code: &[u8],
    language: Language,
) -> (Vec<Constant>, Vec<AppBinding>) {
    match language {
        Language::Gradle | Language::GradleKotlin => gradle(rel_path, bytes, code, language),
        Language::XcodeProject => xcode(bytes, code),
        _ => (Vec::new(), Vec::new()),
    }
}

fn gradle(
    rel_path: &Path,
    bytes: &[u8],
    code: &[u8],
    language: Language,
) -> (Vec<Constant>, Vec<AppBinding>) {
    let module = rel_path
        .parent()
        .and_then(Path::file_name)
        .map_or_else(|| ".".to_owned(), |n| n.to_string_lossy().into_owned());
    let mut constants = Vec::new();
    let mut apps = Vec::new();
    for caps in GRADLE_ID.captures_iter(code) {
        let Some(value) = caps.name("value") else {
            continue;
        };
        let span = value.range();
        let text = &bytes[span.clone()];
        // A whole quoted string (the bare form may start with a quote it never closes).
        let quote = text
            .first()
            .copied()
            .filter(|q| text.len() >= 2 && text.last() == Some(q));
        let literal = match quote {
            Some(b'"') => {
                let inner = &text[1..text.len() - 1];
                // `$`: a Groovy GString or a Kotlin template, computed.
                (!inner.contains(&b'$') && !inner.contains(&b'\\'))
                    .then_some((LiteralStyle::DoubleQuoted, inner))
            }
            Some(b'\'') if language == Language::Gradle => {
                let inner = &text[1..text.len() - 1];
                (!inner.contains(&b'\\')).then_some((LiteralStyle::SingleQuoted, inner))
            }
            _ => None,
        };
        let line = line_of(bytes, span.start);
        let id = literal.map(|(_, inner)| String::from_utf8_lossy(inner).into_owned());
        if let Some((style, _)) = literal {
            constants.push(app_constant(
                ConstantKind::AndroidApplicationId,
                "applicationId",
                line,
                span,
                style,
                id.clone(),
            ));
        }
        apps.push(AppBinding {
            target: module.clone(),
            product: AppProduct::Application,
            configuration: None,
            line,
            id,
            written: String::from_utf8_lossy(text).into_owned(),
        });
    }
    (constants, apps)
}

fn app_constant(
    kind: ConstantKind,
    name: &str,
    line: usize,
    value_span: Range<usize>,
    style: LiteralStyle,
    id: Option<String>,
) -> Constant {
    Constant {
        kind,
        name: name.to_owned(),
        line,
        value_span,
        style,
        state: ValueState::Set,
        display_value: id,
    }
}

/// One object of an Xcode project: its `isa` and the range of its body.
struct PbxObject {
    isa: String,
    body: Range<usize>,
}

fn xcode(bytes: &[u8], code: &[u8]) -> (Vec<Constant>, Vec<AppBinding>) {
    let objects = pbx_objects(code);
    let text = |m: regex::bytes::Match<'_>| String::from_utf8_lossy(m.as_bytes()).into_owned();
    let mut constants = Vec::new();
    let mut apps = Vec::new();
    let mut targets: Vec<(&PbxObject, String, AppProduct)> = objects
        .values()
        .filter(|o| o.isa == "PBXNativeTarget")
        .filter_map(|o| {
            let body = &code[o.body.clone()];
            let product_type = text(PBX_PRODUCT_TYPE.captures(body)?.name("v")?);
            let product = match product_type.as_str() {
                "com.apple.product-type.application" => AppProduct::Application,
                "com.apple.product-type.app-extension" => AppProduct::AppExtension,
                _ => return None,
            };
            let name = PBX_NAME
                .captures(body)
                .and_then(|c| c.name("v"))
                .map_or_else(String::new, |m| unquote(&text(m)));
            Some((o, name, product))
        })
        .collect();
    targets.sort_by_key(|(o, _, _)| o.body.start);
    for (target, name, product) in targets {
        let body = &code[target.body.clone()];
        let Some(list) = PBX_LIST_REF
            .captures(body)
            .and_then(|c| c.name("v"))
            .map(text)
        else {
            continue;
        };
        let Some(list) = objects.get(&list) else {
            continue;
        };
        let Some(ids) = PBX_CONFIGS
            .captures(&code[list.body.clone()])
            .and_then(|c| c.name("v"))
        else {
            continue;
        };
        for id in PBX_ID.find_iter(ids.as_bytes()) {
            let Some(config) = objects.get(&text(id)) else {
                continue;
            };
            if config.isa != "XCBuildConfiguration" {
                continue;
            }
            let config_body = &code[config.body.clone()];
            let configuration = config_name(config_body);
            let Some(value) = PBX_BUNDLE_ID
                .captures(config_body)
                .and_then(|c| c.name("v"))
            else {
                continue;
            };
            let span = config.body.start + value.start()..config.body.start + value.end();
            let written = String::from_utf8_lossy(&bytes[span.clone()]).into_owned();
            let quoted = written.len() >= 2 && written.starts_with('"') && written.ends_with('"');
            let inner = if quoted {
                &written[1..written.len() - 1]
            } else {
                written.as_str()
            };
            let is_literal = !inner.is_empty() && !inner.contains(['$', '\\', '"']);
            let line = line_of(bytes, span.start);
            let id = is_literal.then(|| inner.to_owned());
            if is_literal {
                let style = if quoted {
                    LiteralStyle::DoubleQuoted
                } else {
                    LiteralStyle::BareWord
                };
                constants.push(app_constant(
                    ConstantKind::IosBundleId,
                    "PRODUCT_BUNDLE_IDENTIFIER",
                    line,
                    span,
                    style,
                    id.clone(),
                ));
            }
            apps.push(AppBinding {
                target: name.clone(),
                product,
                configuration,
                line,
                id,
                written,
            });
        }
    }
    constants.sort_by_key(|c| c.value_span.start);
    (constants, apps)
}

/// The `name` of a build configuration: the one after its `buildSettings` dictionary.
fn config_name(body: &[u8]) -> Option<String> {
    let settings_end = find_settings_end(body).unwrap_or(0);
    PBX_NAME
        .captures(&body[settings_end..])
        .and_then(|c| c.name("v"))
        .map(|m| unquote(&String::from_utf8_lossy(m.as_bytes())))
}

/// The end of the `buildSettings = { … }` dictionary in a configuration's body.
fn find_settings_end(body: &[u8]) -> Option<usize> {
    let start = memchr::memmem::find(body, b"buildSettings")?;
    let open = start + body[start..].iter().position(|&b| b == b'{')?;
    matching_brace(body, open)
}

fn unquote(text: &str) -> String {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text)
        .to_owned()
}

/// Every `ID = { … }` object of the project, by ID.
fn pbx_objects(code: &[u8]) -> HashMap<String, PbxObject> {
    let mut objects = HashMap::new();
    for caps in PBX_OBJECT.captures_iter(code) {
        let (Some(id), Some(whole)) = (caps.name("id"), caps.get(0)) else {
            continue;
        };
        let open = whole.end() - 1;
        let Some(close) = matching_brace(code, open) else {
            continue;
        };
        let body = open + 1..close;
        let Some(isa) = PBX_ISA
            .captures(&code[body.clone()])
            .and_then(|c| c.name("v"))
            .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
        else {
            continue;
        };
        objects.insert(
            String::from_utf8_lossy(id.as_bytes()).into_owned(),
            PbxObject { isa, body },
        );
    }
    objects
}

/// The offset of the `}` that closes the `{` at `open`, skipping quoted strings.
fn matching_brace(code: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < code.len() {
        match code[i] {
            b'"' => {
                i += 1;
                while i < code.len() && code[i] != b'"' {
                    if code[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The new ID of an app target when the licence's ID is `main`: an application takes `main`;
/// an extension keeps what follows its application's ID (`com.a.demo.Upload` → `main.Upload`),
/// or else its last part.
#[must_use]
pub fn rebound_id(apps: &[AppBinding], app: &AppBinding, main: &str) -> String {
    let Some(current) = &app.id else {
        return main.to_owned();
    };
    if app.product == AppProduct::Application {
        return main.to_owned();
    }
    let parents = apps
        .iter()
        .filter(|a| a.product == AppProduct::Application)
        .filter_map(|a| Some((a, a.id.as_deref()?)))
        .filter(|(_, id)| {
            current.len() > id.len() + 1
                && current.starts_with(id)
                && current.as_bytes()[id.len()] == b'.'
        });
    let best = parents
        .max_by_key(|(a, id)| (a.configuration == app.configuration, id.len()))
        .map(|(_, id)| &current[id.len()..]);
    let suffix = best.map_or_else(
        || format!(".{}", current.rsplit('.').next().unwrap_or(current)),
        str::to_owned,
    );
    format!("{main}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::text::blank_comments;

    fn found(name: &str, src: &str, language: Language) -> (Vec<Constant>, Vec<AppBinding>) {
        let code = blank_comments(src.as_bytes(), language);
        find_apps(Path::new(name), src.as_bytes(), &code, language)
    }

    #[test]
    fn gradle_shapes() {
        let src = "android {\n    defaultConfig {\n        applicationId \"com.tencent.liteav.demo\"\n        // applicationId \"commented.out\"\n        applicationIdSuffix \".debug\"\n    }\n    productFlavors {\n        free {\n            applicationId = 'com.a.free'\n        }\n        other {\n            applicationId rootProject.ext.appId\n        }\n    }\n}\n";
        let (constants, apps) = found("Demo/app/build.gradle", src, Language::Gradle);
        let ids: Vec<_> = apps
            .iter()
            .map(|a| (a.target.as_str(), a.line, a.id.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("app", 3, Some("com.tencent.liteav.demo")),
                ("app", 9, Some("com.a.free")),
                ("app", 12, None)
            ]
        );
        assert_eq!(constants.len(), 2);
        assert_eq!(constants[1].style, LiteralStyle::SingleQuoted);
        let kts = "android {\n    defaultConfig {\n        applicationId = \"com.example.kts\"\n    }\n}\n";
        let (constants, apps) = found("App/build.gradle.kts", kts, Language::GradleKotlin);
        assert_eq!(apps[0].id.as_deref(), Some("com.example.kts"));
        assert_eq!(constants[0].style, LiteralStyle::DoubleQuoted);
    }

    #[test]
    fn broken_values_are_computed_not_panics() {
        for src in [
            "applicationId \"\n",
            "applicationId '\n",
            "applicationId \"a\n",
        ] {
            let (constants, apps) = found("app/build.gradle", src, Language::Gradle);
            assert!(constants.is_empty(), "{src:?}");
            assert_eq!(apps.len(), 1);
            assert_eq!(apps[0].id, None);
        }
        let pbx = "\t\tAAAAAAAAAAAAAAAAAAAAAAAA /* App */ = {\n\t\t\tisa = PBXNativeTarget;\n\t\t\tbuildConfigurationList = BBBBBBBBBBBBBBBBBBBBBBBB;\n\t\t\tproductType = \"com.apple.product-type.application\";\n\t\t};\n\t\tBBBBBBBBBBBBBBBBBBBBBBBB = {\n\t\t\tisa = XCConfigurationList;\n\t\t\tbuildConfigurations = (\n\t\t\t\tCCCCCCCCCCCCCCCCCCCCCCCC,\n\t\t\t);\n\t\t};\n\t\tCCCCCCCCCCCCCCCCCCCCCCCC = {\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {\n\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = \"\";\n\t\t\t};\n\t\t\tname = Debug;\n\t\t};\n";
        let (constants, apps) = found("project.pbxproj", pbx, Language::XcodeProject);
        assert!(constants.is_empty());
        assert_eq!(apps.len(), 1);
        assert_eq!(apps[0].configuration.as_deref(), Some("Debug"));
        // Unbalanced braces: nothing found, no panic.
        let (_, apps) = found(
            "project.pbxproj",
            &pbx[..pbx.len() / 2],
            Language::XcodeProject,
        );
        assert!(apps.is_empty());
    }

    #[test]
    fn extension_keeps_its_suffix() {
        let app = |product, configuration: &str, id: &str| AppBinding {
            target: String::new(),
            product,
            configuration: Some(configuration.to_owned()),
            line: 1,
            id: Some(id.to_owned()),
            written: id.to_owned(),
        };
        let all = [
            app(AppProduct::Application, "Debug", "com.tencent.fx.rtmpdemo2"),
            app(
                AppProduct::AppExtension,
                "Debug",
                "com.tencent.fx.rtmpdemo2.Upload",
            ),
            app(
                AppProduct::AppExtension,
                "Release",
                "com.other.ReplaykitUpload",
            ),
        ];
        assert_eq!(rebound_id(&all, &all[0], "com.me.live"), "com.me.live");
        assert_eq!(
            rebound_id(&all, &all[1], "com.me.live"),
            "com.me.live.Upload"
        );
        assert_eq!(
            rebound_id(&all, &all[2], "com.me.live"),
            "com.me.live.ReplaykitUpload"
        );
    }
}
