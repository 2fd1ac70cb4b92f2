//! Credential files the scan cannot handle are never skipped silently (issue 12, point 9): a file
//! over 2 MiB, a symbolic link, UTF-16 without a byte-order mark. `scan` lists each with its
//! reason (text and `--json`), and `patch` stops naming it, exit 2, nothing written; files that
//! are not ours in the same shapes stay unlisted.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns panic on setup failure, as tests do

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const JS: &str = "var SDKAPPID = 0;\nvar EXPIRETIME = 604800;\nvar SECRETKEY = \"\";\n";
const JAVA: &str = "/** 调试用：一 SDKAppID 和密钥 */\npublic class GenerateTestUserSig {\n    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = \"\";\n}\n";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args(args)
        .env("MLVB_SECRET_KEY", KEY)
        // English, whatever the machine's locale: the tests read the English texts.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if little_endian {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        })
        .collect()
}

fn big(head: &str, filler: u8) -> Vec<u8> {
    let mut bytes = head.as_bytes().to_vec();
    bytes.resize(2 * 1024 * 1024 + 100, filler);
    bytes
}

/// How a case's file is put into the demo.
enum Put {
    File(Vec<u8>),
    /// A symbolic link to a file of these bytes outside the demo folder.
    #[cfg(unix)]
    LinkTo(Vec<u8>),
}

/// (file in the demo, how it is put there, `Some(what the reason says)` when it must be listed)
fn cases() -> Vec<(&'static str, Put, Option<&'static str>)> {
    let mut minified = b"!function(){var a={SDKAppID:1};".to_vec();
    minified.resize(3 * 1024 * 1024, b'x');
    let mut cases = vec![
        (
            "Android/Huge.java",
            Put::File(big(JAVA, b' ')),
            Some("larger than 2 MiB"),
        ),
        (
            "Android/Utf16Le.java",
            Put::File(utf16(JAVA, true)),
            Some("UTF-16"),
        ),
        (
            "Android/Utf16Be.java",
            Put::File(utf16(JAVA, false)),
            Some("UTF-16"),
        ),
        // Not ours: a large bundle, large text without a declaration, UTF-16 without our names.
        ("web/sdk.min.js", Put::File(minified.clone()), None),
        ("web/sdk.js", Put::File(minified), None),
        (
            "Android/Big.java",
            Put::File(big("// SDKAppID is set elsewhere\nclass Big {}\n", b'\n')),
            None,
        ),
        (
            "Android/Other.java",
            Put::File(utf16("class Other { int 一 = 0; }\n", true)),
            None,
        ),
    ];
    #[cfg(unix)]
    {
        cases.push((
            "mini/Linked.js",
            Put::LinkTo(JS.as_bytes().to_vec()),
            Some("symbolic link"),
        ));
        cases.push((
            "mini/Vendor.js",
            Put::LinkTo(b"var x = 1;\n".to_vec()),
            None,
        ));
    }
    cases
}

#[test]
fn unhandled_credential_files_are_listed_and_stop_patch() {
    for (rel, put, listed) in cases() {
        let dir = tempfile::tempdir().unwrap();
        let demo = dir.path().join("demo");
        fs::create_dir_all(demo.join("mini")).unwrap();
        fs::write(demo.join("mini/GenerateTestUserSig.js"), JS).unwrap();
        let path = demo.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let case_bytes = match put {
            Put::File(bytes) => {
                fs::write(&path, &bytes).unwrap();
                bytes
            }
            #[cfg(unix)]
            Put::LinkTo(bytes) => {
                let target = dir.path().join("outside.js");
                fs::write(&target, &bytes).unwrap();
                std::os::unix::fs::symlink(&target, &path).unwrap();
                bytes
            }
        };
        let root = demo.to_str().unwrap();

        let scan = run(&["scan", root]);
        let shown = text(&scan);
        assert_eq!(scan.status.code(), Some(0), "{rel}: {shown}");
        let json: serde_json::Value =
            serde_json::from_slice(&run(&["scan", root, "--json"]).stdout).unwrap();
        let refused: Vec<_> = json["refused"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["path"].as_str().unwrap(), r["reason"].as_str().unwrap()))
            .collect();
        let patching = run(&["patch", root, "--sdkappid", "1400000001"]);
        let patched = fs::read_to_string(demo.join("mini/GenerateTestUserSig.js")).unwrap();
        if let Some(why) = listed {
            assert!(shown.contains("Refused"), "{rel}: {shown}");
            assert!(shown.contains(rel) && shown.contains(why), "{rel}: {shown}");
            assert_eq!(refused.len(), 1, "{rel}: {refused:?}");
            assert_eq!(refused[0].0, rel);
            assert!(refused[0].1.contains(why), "{rel}: {refused:?}");
            assert!(
                refused[0].1.contains("scan again"),
                "{rel}: says what to do"
            );
            let said = text(&patching);
            assert_eq!(patching.status.code(), Some(2), "{rel}: {said}");
            assert!(said.contains(rel) && said.contains(why), "{rel}: {said}");
            assert_eq!(patched, JS, "{rel}: patch wrote although it stopped");
        } else {
            assert!(!shown.contains(rel), "{rel} listed: {shown}");
            assert_eq!(refused, Vec::<(&str, &str)>::new(), "{rel}");
            assert_eq!(
                patching.status.code(),
                Some(0),
                "{rel}: {}",
                text(&patching)
            );
            assert!(patched.contains("1400000001"), "{rel}");
        }
        let after = if path.is_symlink() {
            fs::read(fs::canonicalize(&path).unwrap()).unwrap()
        } else {
            fs::read(&path).unwrap()
        };
        assert_eq!(after, case_bytes, "{rel}: the case file was changed");
        assert!(Path::new(&path).exists());
    }
}
