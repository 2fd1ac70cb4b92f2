//! Shared setup of the hostile-conditions tests: a small demo with every platform's shape, the
//! real binary, and checks on what a user would see in the folder afterwards.

// Each test crate uses a different part of this module; a panic is the test failure report.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
pub const OTHER_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";

pub const JAVA: &str = "package com.example.debug;\n\n/** 调试用 */\npublic class GenerateTestUserSig {\n    public static final int SDKAPPID = PLACEHOLDER;\n\n    private static final int EXPIRETIME = 604800;\n\n    private static final String SECRETKEY = \"PLACEHOLDER\";\n}\n";
pub const OBJC: &str = "#import <Foundation/Foundation.h>\r\n\r\nstatic const int SDKAPPID = 0;\r\n\r\nstatic const int EXPIRETIME = 0;\r\n\r\nstatic NSString * const SECRETKEY = @\"\";\r\n";
pub const SWIFT: &str = "import Foundation\n\nlet SDKAPPID: Int = 0;\n\nlet EXPIRETIME: Int = 604800\n\nlet SECRETKEY = \"\"\n";
pub const JS: &str = "// 小程序调试签名\nvar SDKAPPID = 0;\n\nvar EXPIRETIME = 604800;\n\nvar SECRETKEY = \"\";\n\nmodule.exports = { SDKAPPID, SECRETKEY };";
pub const CONFIG: &str = "{\n\t\"description\": \"项目配置文件\",\n\t\"appid\": \"\",\n\t\"projectname\": \"mlvb-demo\"\n}";

/// The demo's files, relative path and content.
pub const FILES: [(&str, &str); 5] = [
    ("Android/app/src/main/java/com/example/debug/Sig.java", JAVA),
    ("iOS/Debug/Keys.h", OBJC),
    ("iOS/Swift/Keys.swift", SWIFT),
    ("WXMini/pages/debug/sig.js", JS),
    ("WXMini/project.config.json", CONFIG),
];

/// The demo written into a new temporary folder.
pub fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    dir
}

pub fn write_demo(root: &Path) {
    for (path, body) in FILES {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, body).unwrap();
    }
}

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    // English, whatever the machine's locale: the tests read the English texts.
    cmd.env_remove("MLVB_SECRET_KEY")
        .env_remove("MLVB_SETUP_FAULT_PAUSE_MS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

pub fn run(args: &[&str], key: Option<&str>) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    if let Some(key) = key {
        cmd.env("MLVB_SECRET_KEY", key);
    }
    cmd.output().expect("the binary runs")
}

pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally")
}

/// `patch ROOT --sdkappid ID` with `key`.
pub fn patch(root: &Path, sdkappid: &str, key: &str) -> Output {
    run(
        &["patch", root.to_str().unwrap(), "--sdkappid", sdkappid],
        Some(key),
    )
}

/// Every demo file's bytes (not our state folder).
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    FILES
        .iter()
        .map(|(rel, _)| (PathBuf::from(rel), std::fs::read(root.join(rel)).unwrap()))
        .collect()
}

/// Every file or link under `root` whose name says it is one of our temporary files.
pub fn temp_files(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.contains("mlvb-setup-tmp") || name.to_ascii_lowercase().ends_with(".tmp") {
                out.push(path.clone());
            }
            if entry.file_type().unwrap().is_dir() {
                walk(&path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// The SDKAppID written in the Java file, or `None` while it is the placeholder.
pub fn java_sdkappid(root: &Path) -> Option<String> {
    let java = std::fs::read_to_string(root.join(FILES[0].0)).unwrap();
    let line = java.lines().find(|l| l.contains("int SDKAPPID = "))?;
    let value = line.split("= ").nth(1)?.trim_end_matches(';').to_owned();
    (value != "PLACEHOLDER").then_some(value)
}
