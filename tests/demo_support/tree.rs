//! The test demo: every fixture shape under misleading names, beside credential-looking files
//! in folders the scan must skip. Built on disk or as a `.zip` the way GitHub serves one.

use std::fs;
use std::io::Write;
use std::path::Path;

use mlvb_setup::demo::{FileRole, Language, Platform};
use zip::write::SimpleFileOptions;

use super::{edit_fixture, fixtures};

/// A file of the test demo: where it goes, and its bytes.
pub fn demo_files() -> Vec<(&'static str, Vec<u8>)> {
    let edit = |case: &str, name: &str| edit_fixture(case, "before", name);
    let scan_fixture = |name: &str| fs::read(fixtures().join("scan").join(name)).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "// 签名配置\r\npublic const int SDKAPPID = 0;\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let mut utf16_other = vec![0xFF, 0xFE];
    for unit in "class Unrelated {}\r\n".encode_utf16() {
        utf16_other.extend_from_slice(&unit.to_le_bytes());
    }
    let mut huge = b"public class Huge {\n    public static final int SDKAPPID = 0;\n".to_vec();
    huge.resize(2 * 1024 * 1024 + 10, b' ');
    let java = "GenerateTestUserSig.java";
    let h = "GenerateTestUserSig.h";
    vec![
        (
            "Android/app/src/main/java/com/example/live/Keys.java",
            edit("java_placeholder", java),
        ),
        (
            "Android/legacy/Settings.java",
            edit("java_tcglobalconfig", "TCGlobalConfig.java"),
        ),
        ("Android/old/Config.java", edit("java_chinese", java)),
        ("Android/crlf/Notepad.java", edit("crlf_bom", java)),
        ("Android/gbk/Legacy.java", edit("gbk", java)),
        (
            "Android/kt/Sig.kt",
            edit("kotlin_mixed", "GenerateTestUserSig.kt"),
        ),
        ("Android/refused/Keys.java", scan_fixture("Keys.java")),
        ("Android/big/Huge.java", huge),
        ("iOS/Shared/Secrets.h", edit("objc_sdkappid", h)),
        ("iOS/Shared/Signer.m", scan_fixture("GenerateTestUserSig.m")),
        ("iOS/Api/Other.h", edit("objc_sdkappid_camel", h)),
        (
            "iOS/LiveRoom/Cfg.h",
            edit("objc_underscore_placeholders", h),
        ),
        ("iOS/Simple/Values.h", edit("objc_simpledemo", h)),
        (
            "iOS/XZB/Global.h",
            edit("objc_tcglobalconfig", "TCGlobalConfig.h"),
        ),
        (
            "iOS/Swift/Consts.swift",
            edit("swift", "GenerateTestUserSig.swift"),
        ),
        (
            "mini/utils/cfg.js",
            edit("js_var", "GenerateTestUserSig.js"),
        ),
        (
            "mini/utils/keys.js",
            edit("js_const", "GenerateTestUserSig.js"),
        ),
        (
            "mini/lib/vendor.js",
            scan_fixture("lib-generate-test-usersig-es.min.js"),
        ),
        (
            "mini/project.config.json",
            edit("json_placeholder", "project.config.json"),
        ),
        ("win/GenerateTestUserSig.cs", utf16),
        ("win/Unrelated.cs", utf16_other),
        ("README.md", b"var SDKAPPID = 0;\n".to_vec()),
        // Credential-looking files where the scan must not look.
        (
            "node_modules/sig/GenerateTestUserSig.js",
            edit("js_var", "GenerateTestUserSig.js"),
        ),
        (
            ".git/objects/GenerateTestUserSig.java",
            edit("java_placeholder", java),
        ),
        (
            "iOS/Pods/Sig/GenerateTestUserSig.h",
            edit("objc_sdkappid", h),
        ),
        (
            "Android/app/build/generated/Keys.java",
            edit("java_placeholder", java),
        ),
        ("Android/.gradle/Keys.java", edit("java_placeholder", java)),
        ("iOS/DerivedData/Keys.h", edit("objc_sdkappid", h)),
        (
            ".mlvb-setup/backup/Keys.java",
            edit("java_placeholder", java),
        ),
    ]
}

/// What the scan must report: path, role, platform, language.
pub fn expected_files() -> Vec<(&'static str, FileRole, Platform, Language)> {
    use FileRole::{Credentials, ProjectConfig, SigningAlgorithm};
    use Language::{Java, JavaScript, Json, Kotlin, ObjectiveC, Swift};
    use Platform::{Android, Ios, MiniProgram};
    vec![
        (
            "Android/app/src/main/java/com/example/live/Keys.java",
            Credentials,
            Android,
            Java,
        ),
        ("Android/crlf/Notepad.java", Credentials, Android, Java),
        ("Android/gbk/Legacy.java", Credentials, Android, Java),
        ("Android/kt/Sig.kt", Credentials, Android, Kotlin),
        ("Android/legacy/Settings.java", Credentials, Android, Java),
        ("Android/old/Config.java", Credentials, Android, Java),
        ("iOS/Api/Other.h", Credentials, Ios, ObjectiveC),
        ("iOS/LiveRoom/Cfg.h", Credentials, Ios, ObjectiveC),
        ("iOS/Shared/Secrets.h", Credentials, Ios, ObjectiveC),
        ("iOS/Shared/Signer.m", SigningAlgorithm, Ios, ObjectiveC),
        ("iOS/Simple/Values.h", Credentials, Ios, ObjectiveC),
        ("iOS/Swift/Consts.swift", Credentials, Ios, Swift),
        ("iOS/XZB/Global.h", Credentials, Ios, ObjectiveC),
        (
            "mini/lib/vendor.js",
            SigningAlgorithm,
            MiniProgram,
            JavaScript,
        ),
        ("mini/project.config.json", ProjectConfig, MiniProgram, Json),
        ("mini/utils/cfg.js", Credentials, MiniProgram, JavaScript),
        ("mini/utils/keys.js", Credentials, MiniProgram, JavaScript),
    ]
}

pub fn write_tree(root: &Path) {
    for (rel, bytes) in demo_files() {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
}

/// Paths relative to `prefix`, as `/`-separated strings.
pub fn rel(path: &Path, prefix: &str) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix(prefix).unwrap_or(&text).to_owned()
}

pub fn options() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

/// Builds a demo archive like GitHub's "Download ZIP": everything under `MLVBSDK-master/`.
pub fn write_demo_zip(path: &Path) {
    let mut zip = zip::ZipWriter::new(fs::File::create(path).unwrap());
    zip.add_directory("MLVBSDK-master/", options()).unwrap();
    for (rel, bytes) in demo_files() {
        zip.start_file(format!("MLVBSDK-master/{rel}"), options())
            .unwrap();
        zip.write_all(&bytes).unwrap();
    }
    zip.start_file(
        "MLVBSDK-master/Android/gradlew",
        options().unix_permissions(0o755),
    )
    .unwrap();
    zip.write_all(b"#!/bin/sh\necho gradle\n").unwrap();
    zip.finish().unwrap();
}
