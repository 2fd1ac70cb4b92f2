//! The command line end to end: the contract of DESIGN.md, exit codes, and that the secret key
//! never shows.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns panic on setup failure, as tests do

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const OTHER_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";

const JAVA: &str = "package com.example.debug;\n\n/** 调试用：请填写您的 SDKAppID 和密钥。 */\npublic class GenerateTestUserSig {\n    public static final int SDKAPPID = PLACEHOLDER;\n\n    private static final int EXPIRETIME = 604800;\n\n    private static final String SECRETKEY = \"PLACEHOLDER\";\n}\n";
const OBJC: &str = "#import <Foundation/Foundation.h>\n\n// 腾讯云 SDKAppID\nstatic const int SDKAPPID = 0;\n\nstatic const int EXPIRETIME = 0;\n\nstatic NSString * const SECRETKEY = @\"\";\n";
const JS: &str = "// 小程序调试签名\nvar SDKAPPID = 0;\n\nvar EXPIRETIME = 604800;\n\nvar SECRETKEY = \"\";\n\nmodule.exports = { SDKAPPID, SECRETKEY };";
const CONFIG: &str = "{\n\t\"description\": \"项目配置文件\",\n\t\"appid\": \"\",\n\t\"projectname\": \"mlvb-demo\",\n\t\"compileType\": \"miniprogram\"\n}";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    // English, whatever the machine's locale: the tests read the English texts.
    cmd.env_remove("MLVB_SECRET_KEY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn run(args: &[&str], key: Option<&str>) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    if let Some(key) = key {
        cmd.env("MLVB_SECRET_KEY", key);
    }
    cmd.output().expect("the binary runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally")
}

/// A small demo tree with the three platforms' shapes, under names that do not give them away.
fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("Android/app/src/main/java/com/example/debug/Sig.java", JAVA),
        ("iOS/Debug/Keys.h", OBJC),
        ("WXMini/pages/debug/sig.js", JS),
        ("WXMini/project.config.json", CONFIG),
    ];
    for (path, body) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, body).unwrap();
    }
    dir
}

/// Every file under `root` (outside our backups) with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.insert(
                    path.strip_prefix(root).unwrap().to_owned(),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn scan_reports_every_file_and_hides_the_key() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let out = run(&["scan", root, "--json"], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    for expected in [
        "Android/app/src/main/java/com/example/debug/Sig.java",
        "iOS/Debug/Keys.h",
        "WXMini/pages/debug/sig.js",
        "WXMini/project.config.json",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }

    // Patched, the key is in the files, and still never in scan's output.
    let out = run(&["patch", root, "--sdkappid", "1400123456"], Some(KEY));
    assert_eq!(code(&out), 0, "{}", text(&out));
    for args in [vec!["scan", root], vec!["scan", root, "--json"]] {
        let out = run(&args, None);
        assert_eq!(code(&out), 0);
        assert!(!text(&out).contains(KEY), "key leaked by {args:?}");
    }
}

#[test]
fn patch_then_repatch_then_restore() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let before = snapshot(dir.path());

    let patch_args = [
        "patch",
        root,
        "--sdkappid",
        "1400123456",
        "--appid",
        "wx0123456789abcdef",
    ];
    let out = run(&[&patch_args[..], &["--json"]].concat(), Some(KEY));
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(!text(&out).contains(KEY), "patch --json printed the key");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["changed"].as_array().unwrap().len(), 4, "{doc:#}");
    let backup = PathBuf::from(doc["backup_dir"].as_str().unwrap());
    assert!(backup.is_dir());
    let manifest = std::fs::read_to_string(backup.join("manifest.json")).unwrap();
    assert!(!manifest.contains(KEY), "the backup manifest holds the key");

    let java = std::fs::read_to_string(
        dir.path()
            .join("Android/app/src/main/java/com/example/debug/Sig.java"),
    )
    .unwrap();
    assert!(java.contains("public static final int SDKAPPID = 1400123456;"));
    assert!(java.contains(&format!(
        "private static final String SECRETKEY = \"{KEY}\";"
    )));
    let objc = std::fs::read_to_string(dir.path().join("iOS/Debug/Keys.h")).unwrap();
    assert!(objc.contains(&format!("static NSString * const SECRETKEY = @\"{KEY}\";")));
    assert!(
        objc.contains("static const int EXPIRETIME = 604800;"),
        "EXPIRETIME 0 is corrected"
    );
    let js = std::fs::read_to_string(dir.path().join("WXMini/pages/debug/sig.js")).unwrap();
    assert!(
        js.contains("var SDKAPPID = 1400123456;"),
        "number stays unquoted in JS"
    );
    assert!(
        js.ends_with("module.exports = { SDKAPPID, SECRETKEY };"),
        "no final newline added"
    );
    let config = std::fs::read_to_string(dir.path().join("WXMini/project.config.json")).unwrap();
    assert_eq!(
        config,
        CONFIG.replace("\"appid\": \"\"", "\"appid\": \"wx0123456789abcdef\"")
    );

    // Same values again: nothing to do, exit 1, nothing written.
    let patched = snapshot(dir.path());
    let out = run(&patch_args, Some(KEY));
    assert_eq!(code(&out), 1, "{}", text(&out));
    assert!(text(&out).contains("nothing to do"));
    assert_eq!(snapshot(dir.path()), patched);

    let out = run(&["restore", root], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let after: BTreeMap<_, _> = snapshot(dir.path())
        .into_iter()
        .filter(|(p, _)| !p.starts_with(".mlvb-setup"))
        .collect();
    assert_eq!(after, before, "restore gives back the exact original bytes");

    let out = run(&["restore", root], None);
    assert_eq!(
        code(&out),
        1,
        "a second restore has nothing to do: {}",
        text(&out)
    );
}

#[test]
fn dry_run_writes_nothing_and_redacts_the_diff() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let before = snapshot(dir.path());
    let out = run(
        &["patch", root, "--sdkappid", "1400123456", "--dry-run"],
        Some(KEY),
    );
    assert_eq!(code(&out), 0, "{}", text(&out));
    let shown = text(&out);
    assert!(
        shown.contains("+public static final int SDKAPPID = 1400123456;")
            || shown.contains("+    public static final int SDKAPPID = 1400123456;"),
        "{shown}"
    );
    assert!(!shown.contains(KEY), "the diff shows the key");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn restore_refuses_a_file_edited_after_the_patch_unless_forced() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let original_js = std::fs::read(dir.path().join("WXMini/pages/debug/sig.js")).unwrap();
    assert_eq!(
        code(&run(
            &["patch", root, "--sdkappid", "1400123456"],
            Some(KEY)
        )),
        0
    );
    let js = dir.path().join("WXMini/pages/debug/sig.js");
    let mut edited = std::fs::read(&js).unwrap();
    edited.extend_from_slice(b"\n// my own change\n");
    std::fs::write(&js, &edited).unwrap();

    let out = run(&["restore", root], None);
    assert_ne!(code(&out), 0);
    assert!(
        text(&out).contains("sig.js"),
        "names the edited file: {}",
        text(&out)
    );
    assert_eq!(
        std::fs::read(&js).unwrap(),
        edited,
        "a refused restore changes nothing"
    );

    let out = run(&["restore", root, "--force"], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert_eq!(std::fs::read(&js).unwrap(), original_js);
}

#[test]
fn the_key_comes_from_file_stdin_or_environment_in_that_order() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("key.txt");
    std::fs::write(&key_file, format!("{KEY}\n")).unwrap();
    let generate = |extra: &[&str], env: Option<&str>, stdin: Option<&str>| {
        let mut cmd = bin();
        cmd.args([
            "usersig",
            "gen",
            "--sdkappid",
            "1400000000",
            "--userid",
            "xiaojun",
            "--expire",
            "15552000",
            "--issued-at",
            "1700000000",
        ]);
        cmd.args(extra);
        if let Some(env) = env {
            cmd.env("MLVB_SECRET_KEY", env);
        }
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        // The command may exit without reading its input: a closed pipe is fine here.
        let _ = pipe.write_all(stdin.unwrap_or("").as_bytes());
        drop(pipe);
        child.wait_with_output().unwrap()
    };
    // The official Python library's token for these inputs (fixtures: basic_readme).
    let expected = "eJyrVgrxCdYrSy1SslJQMtIzUNJRAItkpqTmlWSmZUIkKjIT87NK82CSxSnZiQUFmSlAKUMTAyiAyqVWFGQWpYJkTE1NjRDiJZm5YFFzNPXFmekgG3zKHM1T9D3LzdODi-OKs8vCqpxcAvydnV2SSv2cy03cPcpDnA2SMgu0nUxslWoBHdYzUg__\n";
    let from_file = generate(
        &["--secret-key-file", key_file.to_str().unwrap()],
        Some(OTHER_KEY),
        Some(OTHER_KEY),
    );
    assert_eq!(
        String::from_utf8_lossy(&from_file.stdout),
        expected,
        "{}",
        text(&from_file)
    );
    let from_stdin = generate(&["--secret-key-stdin"], Some(OTHER_KEY), Some(KEY));
    assert_eq!(String::from_utf8_lossy(&from_stdin.stdout), expected);
    let from_env = generate(&[], Some(KEY), None);
    assert_eq!(String::from_utf8_lossy(&from_env.stdout), expected);
    let missing = generate(&[], None, None);
    assert_eq!(code(&missing), 2);
    assert!(
        text(&missing).contains("MLVB_SECRET_KEY"),
        "{}",
        text(&missing)
    );
}

#[test]
fn verify_reports_the_server_error_code() {
    let token = run(
        &[
            "usersig",
            "gen",
            "--sdkappid",
            "1400123456",
            "--userid",
            "alice",
            "--expire",
            "3600",
            "--issued-at",
            "1700000000",
        ],
        Some(KEY),
    );
    assert_eq!(code(&token), 0);
    let token = String::from_utf8(token.stdout).unwrap();
    let token = token.trim();

    let cases: [(&[&str], &str, i32, &str); 6] = [
        (
            &[
                "--sdkappid",
                "1400123456",
                "--userid",
                "alice",
                "--at",
                "1700003600",
            ],
            KEY,
            0,
            "valid",
        ),
        (
            &["--sdkappid", "1400123456", "--at", "1700003601"],
            KEY,
            1,
            "70001",
        ),
        (
            &["--sdkappid", "1400123456", "--at", "1700000001"],
            OTHER_KEY,
            1,
            "70009",
        ),
        (
            &[
                "--sdkappid",
                "1400123456",
                "--userid",
                "bob",
                "--at",
                "1700000001",
            ],
            KEY,
            1,
            "70013",
        ),
        (
            &["--sdkappid", "1400999999", "--at", "1700000001"],
            KEY,
            1,
            "70014",
        ),
        (
            &[
                "--sdkappid",
                "1400123456",
                "--userid",
                "alice",
                "--at",
                "1700000001",
                "--json",
            ],
            KEY,
            0,
            "\"valid\": true",
        ),
    ];
    for (args, key, expected_code, expected_text) in cases {
        let mut full = vec!["usersig", "verify", token];
        full.extend_from_slice(args);
        let out = run(&full, Some(key));
        assert_eq!(code(&out), expected_code, "{args:?}: {}", text(&out));
        assert!(
            text(&out).contains(expected_text),
            "{args:?}: {}",
            text(&out)
        );
        assert!(!text(&out).contains(key), "verify printed the key");
    }

    let out = run(&["usersig", "decode", token, "--json"], None);
    assert_eq!(code(&out), 0);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["userid"], "alice");
    assert_eq!(doc["sdkappid"], 1_400_123_456);
    assert_eq!(doc["expires_at"], 1_700_003_600);
}

/// Bad-input cases: the arguments (`ROOT` and `EMPTY_KEY` are substituted, `''` is an empty
/// argument), the key in the environment, and what the message must mention.
const BAD_INPUT: &[(&str, Option<&str>, &str)] = &[
    (
        "patch ROOT --sdkappid wx0123456789abcdef",
        Some(KEY),
        "--sdkappid",
    ),
    ("patch ROOT --sdkappid 0", Some(KEY), "SDKAppID"),
    ("patch ROOT --sdkappid 99999999999", Some(KEY), "32 bits"),
    (
        "patch ROOT --sdkappid 1400123456 --appid 1400123456",
        Some(KEY),
        "--appid",
    ),
    (
        "patch ROOT --sdkappid 1400123456 --appid wxABC",
        Some(KEY),
        "AppID must be",
    ),
    (
        "patch ROOT --sdkappid 1400123456 --secret-key-file EMPTY_KEY",
        None,
        "secret key is empty",
    ),
    (
        "patch ROOT --sdkappid 1400123456 --expire 0",
        Some(KEY),
        "--expire",
    ),
    (
        "patch ROOT --sdkappid 1400123456",
        Some("ab\u{7}cd"),
        "control character",
    ),
    (
        "usersig verify not-a-usersig --sdkappid 1400123456",
        Some(KEY),
        "70003",
    ),
    ("usersig decode eJyrVgrxCdYrSy1S", None, "USERSIG"),
    (
        "usersig gen --sdkappid 1400123456 --userid ''",
        Some(KEY),
        "--userid",
    ),
    ("scan /nonexistent/demo", None, "/nonexistent/demo"),
    ("patch", Some(KEY), "DIR"),
];

#[test]
fn bad_input_exits_2_names_the_problem_and_changes_nothing() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let empty_key = dir.path().join("empty-key.txt");
    std::fs::write(&empty_key, "\n").unwrap();
    let before = snapshot(dir.path());
    let empty_key = empty_key.to_str().unwrap();
    for &(line, key, needle) in BAD_INPUT {
        let args: Vec<&str> = line
            .split(' ')
            .map(|word| match word {
                "ROOT" => root,
                "EMPTY_KEY" => empty_key,
                "''" => "",
                other => other,
            })
            .collect();
        let out = run(&args, key);
        assert_eq!(code(&out), 2, "{line}: {}", text(&out));
        assert!(
            text(&out).contains(needle),
            "{line} should mention {needle}: {}",
            text(&out)
        );
        assert!(!text(&out).contains(KEY), "{line} printed the key");
    }
    assert_eq!(
        snapshot(dir.path()),
        before,
        "bad input changed files on disk"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_stops_the_whole_patch() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let header = dir.path().join("iOS/Debug/Keys.h");
    std::fs::set_permissions(&header, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(dir.path());
    let out = run(&["patch", root, "--sdkappid", "1400123456"], Some(KEY));
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("Keys.h"), "{}", text(&out));
    assert_eq!(
        snapshot(dir.path()),
        before,
        "nothing written, not even a backup"
    );
}

#[test]
fn a_zip_with_a_path_escaping_entry_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("evil.zip");
    let file = std::fs::File::create(&zip_path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("demo/WXMini/project.config.json", options)
        .unwrap();
    zip.write_all(CONFIG.as_bytes()).unwrap();
    zip.start_file("../escape.js", options).unwrap();
    zip.write_all(JS.as_bytes()).unwrap();
    zip.finish().unwrap();
    let out = run(&["scan", zip_path.to_str().unwrap()], None);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("../escape.js"), "{}", text(&out));
    assert!(!dir.path().parent().unwrap().join("escape.js").exists());
}

#[test]
fn one_file_that_cannot_be_planned_stops_the_whole_patch() {
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    // A key that is computed, not a literal: a shape we must refuse rather than guess at.
    let odd = dir
        .path()
        .join("Android/app/src/main/java/com/example/debug/Keys.java");
    std::fs::write(
        &odd,
        "package com.example.debug;\n\nclass Keys {\n    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = KeyStore.load();\n}\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    let out = run(&["patch", root, "--sdkappid", "1400123456"], Some(KEY));
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("Keys.java"), "{}", text(&out));
    assert!(text(&out).contains(":5"), "names the line: {}", text(&out));
    assert_eq!(snapshot(dir.path()), before, "nothing written anywhere");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_stops_the_whole_patch() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = demo();
    let root = dir.path().to_str().unwrap();
    let js = dir.path().join("WXMini/pages/debug/sig.js");
    std::fs::set_permissions(&js, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&js).is_ok() {
        // Running as root: permission bits do not stop reading, so there is nothing to test.
        eprintln!("skipped: this user can read a file with mode 000");
        return;
    }
    let out = run(&["patch", root, "--sdkappid", "1400123456"], Some(KEY));
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("sig.js"), "{}", text(&out));
    std::fs::set_permissions(&js, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(
        !dir.path().join(".mlvb-setup").exists(),
        "no backup was made"
    );
}
