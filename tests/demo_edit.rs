//! Before/after fixtures for every credential-file shape: exactly the expected bytes (so every
//! other byte is unchanged), and a second run that changes nothing.

// Helpers outside `#[test]` fns unwrap too: a failed unwrap is a failed test here.
#![allow(clippy::unwrap_used)]

mod demo_support;

use std::path::Path;

use demo_support::{KEY, LICENSE_URL, basic_values, edit_fixture, full_values};
use mlvb_setup::credentials::SecretKey;
use mlvb_setup::demo::{ConstantKind, DemoFile, analyze_file};
use mlvb_setup::patch::edit::{EditError, FileEdit, edit_file};
use mlvb_setup::setup::Values;

fn analyze(name: &str, bytes: &[u8]) -> DemoFile {
    match analyze_file(Path::new(name), bytes) {
        Some(Ok(file)) => file,
        other => panic!("{name}: {other:?}"),
    }
}

fn assert_no_key(edit: &FileEdit) {
    let shown = format!("{edit:?} {}", serde_json::to_string(&edit.edits).unwrap());
    assert!(!shown.contains(KEY), "the key leaked into {shown}");
    assert!(
        !shown.contains(&KEY[..16]),
        "part of the key leaked into {shown}"
    );
}

/// Edits `before`, compares with the hand-written `after`, then edits again: nothing may change.
fn check(case: &str, name: &str, values: &Values) -> FileEdit {
    let before = edit_fixture(case, "before", name);
    let expected = edit_fixture(case, "after", name);
    let file = analyze(name, &before);
    let edit = edit_file(&file, &before, values).unwrap();
    assert!(
        edit.patched == expected,
        "{case}: got\n{}\nexpected\n{}",
        String::from_utf8_lossy(&edit.patched),
        String::from_utf8_lossy(&expected)
    );
    assert!(!edit.edits.is_empty(), "{case}: no edits");
    assert_no_key(&edit);
    let again = edit_file(&analyze(name, &edit.patched), &edit.patched, values).unwrap();
    assert!(
        again.edits.is_empty(),
        "{case}: second run edits {:?}",
        again.edits
    );
    assert!(
        again.notes.is_empty(),
        "{case}: second run notes {:?}",
        again.notes
    );
    assert_eq!(
        again.patched, edit.patched,
        "{case}: second run changed bytes"
    );
    edit
}

fn with(f: impl FnOnce(&mut Values)) -> Values {
    let mut values = basic_values();
    f(&mut values);
    values
}

#[test]
fn java_placeholder() {
    let edit = check(
        "java_placeholder",
        "GenerateTestUserSig.java",
        &full_values(),
    );
    assert_eq!(edit.edits.len(), 7);
    let key = edit
        .edits
        .iter()
        .find(|e| e.kind == ConstantKind::SecretKey)
        .unwrap();
    assert_eq!(
        (key.before.as_str(), key.after.as_str()),
        ("\"PLACEHOLDER\"", "<secret key>")
    );
    let id = edit
        .edits
        .iter()
        .find(|e| e.kind == ConstantKind::SdkAppId)
        .unwrap();
    assert_eq!(
        (id.before.as_str(), id.after.as_str(), id.line),
        ("PLACEHOLDER", "1400123456", 22)
    );
    assert!(edit.notes.is_empty());
}

#[test]
fn java_chinese_placeholders() {
    let edit = check("java_chinese", "GenerateTestUserSig.java", &basic_values());
    assert_eq!(edit.edits[0].before, "设置成您自己账号下的SDKAppId");
    assert_eq!(edit.edits[1].before, "设置成您自己账号的加密密钥");
}

#[test]
fn java_tcglobalconfig_sets_only_what_is_given() {
    let values = with(|v| v.license_url = Some(LICENSE_URL.to_owned()));
    let edit = check("java_tcglobalconfig", "TCGlobalConfig.java", &values);
    // LICENCE_KEY was not given: it keeps its placeholder.
    assert_eq!(edit.edits.len(), 3);
    assert!(
        edit.edits
            .iter()
            .all(|e| e.kind != ConstantKind::LicenseKey)
    );
}

#[test]
fn objc_sdkappid_keeps_tx_appid() {
    let edit = check("objc_sdkappid", "GenerateTestUserSig.h", &basic_values());
    assert!(
        edit.edits
            .iter()
            .all(|e| e.kind != ConstantKind::TencentCloudAppId)
    );
    let key = edit
        .edits
        .iter()
        .find(|e| e.kind == ConstantKind::SecretKey)
        .unwrap();
    assert_eq!(key.before, "@\"\"");
}

#[test]
fn objc_camel_sdkappid_and_expiretime_zero() {
    let edit = check(
        "objc_sdkappid_camel",
        "GenerateTestUserSig.h",
        &full_values(),
    );
    assert_eq!(edit.notes.len(), 1);
    let note = &edit.notes[0];
    assert_eq!(note.line, Some(13));
    assert!(
        note.message.to_string().contains("70001"),
        "{}",
        note.message
    );
    assert!(
        note.message.to_string().contains("604800"),
        "{}",
        note.message
    );
    assert!(
        note.message.to_string().contains("EXPIRETIME was 0"),
        "{}",
        note.message
    );
}

#[test]
fn objc_underscore_xcode_placeholders() {
    let edit = check(
        "objc_underscore_placeholders",
        "GenerateTestUserSig.h",
        &basic_values(),
    );
    assert_eq!(edit.edits[0].before, "<#SDKAPPID#>");
    assert_eq!(edit.edits[1].before, "<#@\"\"#>");
}

#[test]
fn objc_simpledemo_placeholder_in_string() {
    let edit = check("objc_simpledemo", "GenerateTestUserSig.h", &basic_values());
    assert_eq!(edit.edits[1].before, "@\"<#SECRETKEY#>\"");
}

#[test]
fn objc_tcglobalconfig_chinese_xcode_placeholders() {
    let values = with(|v| {
        v.license_url = Some(LICENSE_URL.to_owned());
        v.license_key = Some("0123456789abcdef0123456789abcdef".to_owned());
    });
    check("objc_tcglobalconfig", "TCGlobalConfig.h", &values);
}

#[test]
fn swift_with_and_without_semicolons() {
    check("swift", "GenerateTestUserSig.swift", &full_values());
}

#[test]
fn js_var_without_final_newline() {
    check("js_var", "GenerateTestUserSig.js", &basic_values());
}

#[test]
fn js_const_keeps_single_quotes() {
    check("js_const", "GenerateTestUserSig.js", &basic_values());
}

#[test]
fn project_config_empty_and_placeholder() {
    let values = full_values();
    for case in ["json_empty", "json_placeholder"] {
        let edit = check(case, "project.config.json", &values);
        assert_eq!(edit.edits.len(), 1);
        assert_eq!(edit.edits[0].after, "\"wx0123456789abcdef\"");
    }
    // Without an AppID the project file is left alone.
    let before = edit_fixture("json_empty", "before", "project.config.json");
    let edit = edit_file(
        &analyze("project.config.json", &before),
        &before,
        &basic_values(),
    )
    .unwrap();
    assert!(edit.edits.is_empty());
    assert_eq!(edit.patched, before);
}

#[test]
fn crlf_and_bom_are_kept() {
    check("crlf_bom", "GenerateTestUserSig.java", &basic_values());
}

#[test]
fn kotlin_mixed_endings_and_dollar() {
    let values = with(|v| v.live_url_key = Some("a$b".to_owned()));
    let edit = check("kotlin_mixed", "GenerateTestUserSig.kt", &values);
    assert_eq!(edit.notes.len(), 1);
    assert!(
        edit.notes[0]
            .message
            .to_string()
            .contains("EXPIRETIME was -1")
    );
}

#[test]
fn gbk_file_gets_only_ascii() {
    let values = with(|v| v.license_url = Some("https://例子.example/live.license".to_owned()));
    let edit = check("gbk", "GenerateTestUserSig.java", &values);
    assert_eq!(edit.notes.len(), 1);
    assert!(
        edit.patched.iter().filter(|b| **b >= 0x80).count() > 0,
        "the GBK comment is kept"
    );
}

#[test]
fn gbk_objc_refuses_non_ascii_without_showing_the_key() {
    let mut src = b"// ".to_vec();
    src.extend_from_slice(&[0xD6, 0xD0, 0xCE, 0xC4]); // "中文" in GBK
    src.extend_from_slice(
        b"\nstatic const int SDKAPPID = 0;\nstatic NSString * const SECRETKEY = @\"\";\n",
    );
    let file = analyze("Keys.h", &src);
    let key = format!("{KEY}键");
    let values = with(|v| v.secret_key = SecretKey::parse(&key).unwrap());
    let err = edit_file(&file, &src, &values).unwrap_err();
    assert!(matches!(
        err,
        EditError::NeedsUtf8 {
            line: 3,
            kind: ConstantKind::SecretKey,
            ..
        }
    ));
    let msg = err.to_string();
    assert!(
        msg.contains("Keys.h line 3") && msg.contains("UTF-8"),
        "{msg}"
    );
    assert!(!msg.contains(&KEY[..16]) && !format!("{err:?}").contains(&KEY[..16]));
    // ASCII values go in fine.
    assert_eq!(
        edit_file(&file, &src, &basic_values()).unwrap().edits.len(),
        2
    );
}

#[test]
fn expire_given_is_written_and_zero_is_noted() {
    let before = edit_fixture("js_var", "before", "GenerateTestUserSig.js");
    let file = analyze("GenerateTestUserSig.js", &before);
    let edit = edit_file(&file, &before, &with(|v| v.expire = Some(86_400))).unwrap();
    assert!(
        String::from_utf8(edit.patched)
            .unwrap()
            .contains("var EXPIRETIME = 86400;")
    );
    let edit = edit_file(&file, &before, &with(|v| v.expire = Some(0))).unwrap();
    assert!(
        String::from_utf8(edit.patched)
            .unwrap()
            .contains("var EXPIRETIME = 0;")
    );
    assert!(edit.notes[0].message.to_string().contains("70001"));
}

#[test]
fn a_second_key_is_never_shown() {
    let before = edit_fixture("js_var", "after", "GenerateTestUserSig.js");
    let file = analyze("GenerateTestUserSig.js", &before);
    let other = "0".repeat(63) + "1";
    let edit = edit_file(
        &file,
        &before,
        &with(|v| v.secret_key = SecretKey::parse(&other).unwrap()),
    )
    .unwrap();
    assert_eq!(edit.edits.len(), 1);
    assert_eq!(
        (edit.edits[0].before.as_str(), edit.edits[0].after.as_str()),
        ("<secret key>", "<secret key>")
    );
    assert_no_key(&edit);
    assert!(!format!("{edit:?}").contains(&other));
}

#[test]
fn quoted_sdkappid_in_javascript_becomes_a_number() {
    let src = b"var SDKAPPID = \"0\";\nvar SECRETKEY = '';";
    let edit = edit_file(&analyze("a.js", src), src, &basic_values()).unwrap();
    assert_eq!(
        String::from_utf8(edit.patched).unwrap(),
        format!("var SDKAPPID = 1400123456;\nvar SECRETKEY = '{KEY}';")
    );
}

#[test]
fn csharp_cpp_kotlin_equivalents() {
    let cases: [(&str, &str, String); 3] = [
        (
            "Config.cs",
            "public const int SDKAPPID = 0;\npublic const string SECRETKEY = \"\";\n",
            format!(
                "public const int SDKAPPID = 1400123456;\npublic const string SECRETKEY = \"{KEY}\";\n"
            ),
        ),
        (
            "sig.cpp",
            "static const int SDKAPPID = 0;\nstatic const std::string SECRETKEY = \"\";\n",
            format!(
                "static const int SDKAPPID = 1400123456;\nstatic const std::string SECRETKEY = \"{KEY}\";\n"
            ),
        ),
        (
            "Sig.kt",
            "const val SDKAPPID = 0\nprivate const val SECRETKEY: String = \"\"\n",
            format!(
                "const val SDKAPPID = 1400123456\nprivate const val SECRETKEY: String = \"{KEY}\"\n"
            ),
        ),
    ];
    for (name, before, after) in cases {
        let edit = edit_file(
            &analyze(name, before.as_bytes()),
            before.as_bytes(),
            &basic_values(),
        )
        .unwrap();
        assert_eq!(String::from_utf8(edit.patched).unwrap(), after, "{name}");
    }
}

#[test]
fn a_file_changed_since_the_scan_is_not_patched() {
    let before = edit_fixture("objc_sdkappid", "before", "GenerateTestUserSig.h");
    let file = analyze("GenerateTestUserSig.h", &before);
    let mut changed = b"// one more line\n".to_vec();
    changed.extend_from_slice(&before);
    let err = edit_file(&file, &changed, &basic_values()).unwrap_err();
    assert!(matches!(err, EditError::ChangedSinceScan { .. }));
    assert!(err.to_string().contains("scan the demo again"));
    let broken = String::from_utf8(before)
        .unwrap()
        .replace("@\"\";", "[Keys secret];");
    let err = edit_file(&file, broken.as_bytes(), &basic_values()).unwrap_err();
    assert!(
        matches!(err, EditError::Refused { line: Some(18), .. }),
        "{err:?}"
    );
}

#[test]
fn tricky_values_round_trip_in_every_language() {
    let tricky = "a\\(b)\"$c'd\t中";
    let values = with(|v| v.license_url = Some(tricky.to_owned()));
    for (name, src) in [
        (
            "a.java",
            "static final String LICENSEURL = \"\";\nstatic final int SDKAPPID = 0;\n",
        ),
        (
            "a.kt",
            "const val LICENSEURL = \"\"\nconst val SDKAPPID = 0\n",
        ),
        ("a.swift", "let LICENSEURL = \"\"\nlet SDKAPPID: Int = 0;\n"),
        ("a.js", "var LICENSEURL = '';\nvar SDKAPPID = 0;\n"),
        (
            "a.h",
            "static NSString * const LICENSEURL = @\"\";\nstatic const int SDKAPPID = 0;\n",
        ),
        (
            "a.cs",
            "public const string LICENSEURL = \"\";\npublic const int SDKAPPID = 0;\n",
        ),
        (
            "a.cpp",
            "const char* const LICENSEURL = \"\";\nconst int SDKAPPID = 0;\n",
        ),
    ] {
        let edit = edit_file(&analyze(name, src.as_bytes()), src.as_bytes(), &values).unwrap();
        assert_eq!(edit.edits.len(), 2, "{name}");
        let patched = analyze(name, &edit.patched);
        let again = edit_file(&patched, &edit.patched, &values).unwrap();
        assert!(again.edits.is_empty(), "{name}: {:?}", again.edits);
    }
}
