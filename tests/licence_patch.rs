//! The Android and iOS demos' licence, domains and app IDs, end to end through the command
//! line: for each shape a `before` tree patched must equal the hand-written `after` tree (so
//! only the literals changed), a second run changes nothing, and `restore` gives back every
//! byte of `before`.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns panic on setup failure, as tests do

mod demo_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use demo_support::{KEY, LICENSE_URL, fixtures};

const LICENSE_KEY: &str = "0123456789abcdef0123456789abcdef";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("MLVB_SECRET_KEY", KEY);
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every file under `root` (outside our state folder) with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == ".mlvb-setup") {
                continue;
            }
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

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in snapshot(from) {
        let path = to.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

fn assert_same(got: &BTreeMap<PathBuf, Vec<u8>>, want: &BTreeMap<PathBuf, Vec<u8>>, what: &str) {
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "{what}: files"
    );
    for (path, bytes) in want {
        assert!(
            &got[path] == bytes,
            "{what}: {} differs:\n{}\n--- expected ---\n{}",
            path.display(),
            String::from_utf8_lossy(&got[path]),
            String::from_utf8_lossy(bytes)
        );
    }
}

/// The flags every case is patched with.
fn flags(dir: &Path) -> Vec<String> {
    [
        "patch",
        dir.to_str().unwrap(),
        "--sdkappid",
        "1400123456",
        "--license-url",
        LICENSE_URL,
        "--license-key",
        LICENSE_KEY,
        "--android-package",
        "com.example.live",
        "--ios-bundle-id",
        "com.example.live",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// Patches a copy of `case/before`, checks it against `case/after`, patches again (nothing to
/// do, exit 1), restores and checks every byte of `before` is back. Returns the first run's
/// output.
fn check_case(case: &str, extra: &[&str]) -> String {
    let before_dir = fixtures().join("licence").join(case).join("before");
    let after_dir = fixtures().join("licence").join(case).join("after");
    let before = snapshot(&before_dir);
    let after = snapshot(&after_dir);
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&before_dir, dir.path());
    let mut args = flags(dir.path());
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let out = bin().args(&args).output().unwrap();
    let shown = text(&out);
    assert_eq!(out.status.code(), Some(0), "{case}: {shown}");
    assert!(!shown.contains(KEY), "{case}: the key was printed");
    assert_same(&snapshot(dir.path()), &after, case);
    let again = bin().args(&args).output().unwrap();
    assert_eq!(again.status.code(), Some(1), "{case}: {}", text(&again));
    assert_same(&snapshot(dir.path()), &after, case);
    let restore = run(&["restore", dir.path().to_str().unwrap()]);
    assert_eq!(restore.status.code(), Some(0), "{}", text(&restore));
    assert_same(&snapshot(dir.path()), &before, case);
    shown
}

#[test]
fn java_licence_fields_and_inline_literals() {
    let shown = check_case("java_fields", &[]);
    assert!(shown.contains("licenceUrl"), "{shown}");
}

#[test]
fn kotlin_licence_and_const_val_credentials() {
    check_case("kotlin", &[]);
}

#[test]
fn objc_every_licence_call_on_any_class() {
    let shown = check_case("objc", &[]);
    // Three calls in AppDelegate.m and one in SampleHandler.m, URL and key each.
    assert_eq!(shown.matches("setLicence").count(), 4, "{shown}");
}

#[test]
fn swift_licence_calls() {
    check_case("swift", &[]);
}

#[test]
fn gradle_application_ids_groovy_and_kotlin_dsl() {
    let shown = check_case("gradle", &[]);
    assert!(
        shown.contains("\"com.tencent.liteav.demo\" -> \"com.example.live\""),
        "{shown}"
    );
}

#[test]
fn pbxproj_app_and_extension_in_every_configuration() {
    let shown = check_case("pbxproj", &[]);
    assert!(
        shown.contains(
            "com.tencent.fx.rtmpdemo2.ReplaykitUpload -> com.example.live.ReplaykitUpload"
        ),
        "{shown}"
    );
    assert!(
        !shown.contains("LiveKit") && !shown.contains("LiveResources"),
        "{shown}"
    );
}

#[test]
fn template_tokens_are_placeholders() {
    check_case("tokens", &[]);
}

#[test]
fn run_time_parameters_are_reported_and_left_alone() {
    let shown = check_case("runtime", &[]);
    assert!(
        shown.contains("SECRETKEY in WXMini/utils/config.js (line 4) gets its value at run time"),
        "{shown}"
    );
    let out = run(&[
        "scan",
        fixtures().join("licence/runtime/before").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let config = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "WXMini/utils/config.js")
        .unwrap();
    let states: Vec<_> = config["constants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["set-at-run-time"; 3]);
    assert!(doc["refused"].as_array().unwrap().is_empty());
}

/// `scan --json`: per file its platform, constants, licence calls and app IDs.
#[test]
fn scan_json_reports_licence_calls_and_app_ids() {
    let json = |case: &str| -> serde_json::Value {
        let dir = fixtures().join("licence").join(case).join("before");
        let out = run(&["scan", dir.to_str().unwrap(), "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let java = json("java_fields");
    let file = &java["files"][0];
    assert_eq!(file["platform"], "android");
    assert_eq!(file["role"], "licence-call");
    assert_eq!(
        file["licence_calls"][0],
        serde_json::json!({
            "line": 22,
            "call": "TXLiveBase.getInstance().setLicence",
            "url": {"source": "declared", "name": "licenceUrl", "line": 15},
            "key": {"source": "declared", "name": "licenseKey", "line": 16},
        })
    );
    assert_eq!(file["licence_calls"][1]["url"]["source"], "literal");
    let objc = json("objc");
    let calls = objc["files"][0]["licence_calls"].as_array().unwrap();
    assert_eq!(calls.len(), 4);
    assert_eq!(
        calls[3]["url"],
        serde_json::json!({"source": "set-from-code", "name": "LICENSEURL"})
    );
    let gradle = json("gradle");
    let app = gradle["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "app/build.gradle")
        .unwrap();
    assert_eq!(app["apps"][0]["application_id"], "com.tencent.liteav.demo");
    assert_eq!(app["apps"][2]["application_id"], serde_json::Value::Null);
    let ios = json("pbxproj");
    let apps = ios["files"][0]["apps"].as_array().unwrap();
    let ids: Vec<_> = apps
        .iter()
        .map(|a| {
            (
                a["target"].as_str().unwrap(),
                a["product"].as_str().unwrap(),
                a["configuration"].as_str().unwrap(),
                a["bundle_id"].as_str().unwrap_or("(computed)"),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (
                "LiveDemo",
                "application",
                "Debug",
                "com.tencent.fx.rtmpdemo2"
            ),
            (
                "LiveDemo",
                "application",
                "Release",
                "com.tencent.fx.rtmpdemo2"
            ),
            ("LiveDemo", "application", "Enterprise", "(computed)"),
            (
                "LiveUpload",
                "app-extension",
                "Debug",
                "com.tencent.fx.rtmpdemo2.ReplaykitUpload"
            ),
            (
                "LiveUpload",
                "app-extension",
                "Release",
                "com.tencent.fx.rtmpdemo2.Upload"
            ),
        ]
    );
}

/// A demo with an Android file to patch, an iOS file that cannot be patched and a mini program.
fn mixed_demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "Android/debug/GenerateTestUserSig.java",
            "public class GenerateTestUserSig {\n    public static final int SDKAPPID = PLACEHOLDER;\n    private static final String SECRETKEY = \"PLACEHOLDER\";\n    public static final String LICENSEURL = \"PLACEHOLDER\";\n}\n",
        ),
        (
            "Android/app/build.gradle",
            "android {\n    defaultConfig {\n        applicationId \"com.tencent.mlvb.apiexample\"\n    }\n}\n",
        ),
        (
            "iOS/Debug/GenerateTestUserSig.h",
            "static const int SDKAPPID = 0;\nstatic NSString * const SECRETKEY = [Keys load:@\"x\"];\n",
        ),
        (
            "WXMini/debug/GenerateTestUserSig.js",
            "var SDKAPPID = 0;\nvar SECRETKEY = \"\";\n",
        ),
    ];
    for (path, body) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, body).unwrap();
    }
    dir
}

#[test]
fn a_refused_ios_file_does_not_block_an_android_only_patch() {
    let dir = mixed_demo();
    let root = dir.path().to_str().unwrap();
    let original = snapshot(dir.path());
    let base = ["patch", root, "--sdkappid", "1400123456"];
    // Every platform (the default) or iOS alone: the refused header stops it, nothing written.
    for extra in [
        &[][..],
        &["--platform", "ios"][..],
        &["--platform", "wxmini,ios"][..],
    ] {
        let out = run(&[&base[..], extra].concat());
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {}", text(&out));
        assert!(
            text(&out).contains("GenerateTestUserSig.h"),
            "{}",
            text(&out)
        );
        assert_same(&snapshot(dir.path()), &original, "refused");
    }
    let out = run(&[
        &base[..],
        &["--platform", "android", "--license-url", LICENSE_URL],
    ]
    .concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let shown = text(&out);
    // The licence note names the app ID the licence must be issued for.
    assert!(shown.contains("com.tencent.mlvb.apiexample"), "{shown}");
    let now = snapshot(dir.path());
    for (path, bytes) in &original {
        let android = path.starts_with("Android/debug");
        assert_eq!(&now[path] != bytes, android, "{}", path.display());
    }
    let java = String::from_utf8(now[Path::new("Android/debug/GenerateTestUserSig.java")].clone())
        .unwrap();
    assert!(java.contains("SDKAPPID = 1400123456;") && java.contains(LICENSE_URL));
    // The mini program alone, afterwards: the Android file is not undone nor rewritten.
    let out = run(&[&base[..], &["--platform", "wxmini"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let after_wx = snapshot(dir.path());
    assert_eq!(
        after_wx[Path::new("Android/debug/GenerateTestUserSig.java")],
        now[Path::new("Android/debug/GenerateTestUserSig.java")]
    );
    assert_eq!(
        after_wx[Path::new("iOS/Debug/GenerateTestUserSig.h")],
        original[Path::new("iOS/Debug/GenerateTestUserSig.h")]
    );
    // An unknown name is bad input naming the flag, and nothing changes.
    let out = run(&[&base[..], &["--platform", "android,web"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("--platform") && text(&out).contains("web"),
        "{}",
        text(&out)
    );
    assert_same(&snapshot(dir.path()), &after_wx, "unknown platform");
}

/// The core API the window's checkboxes and fields use.
#[test]
fn the_window_api_platforms_fields_and_binding() {
    use mlvb_setup::demo::Platform;
    use mlvb_setup::setup::{Demo, Field, PlatformFilter};
    let dir = mixed_demo();
    let demo = Demo::read(dir.path()).unwrap();
    assert_eq!(demo.platforms(), [Platform::Android, Platform::MiniProgram]);
    assert_eq!(
        demo.declared_fields(Platform::Android),
        [Field::LicenseUrl, Field::AndroidPackage]
    );
    assert!(demo.declared_fields(Platform::MiniProgram).is_empty());
    let values = demo_support::basic_values();
    assert!(
        demo.plan(&values).is_err(),
        "the refused header blocks every platform"
    );
    let plan = demo
        .plan_for(&values, &PlatformFilter::only([Platform::Android]))
        .unwrap();
    assert_eq!(plan.patch.changes.len(), 1);
    assert_eq!(plan.platforms(), &PlatformFilter::only([Platform::Android]));
    let mismatches = demo.binding_mismatches(Some("com.example.live"), None);
    assert_eq!(mismatches.len(), 1);
    let said = mlvb_setup::messages::Localize::message(&mismatches[0]).english();
    assert!(
        said.contains("com.example.live") && said.contains("com.tencent.mlvb.apiexample"),
        "{said}"
    );
    assert!(
        demo.binding_mismatches(Some("com.tencent.mlvb.apiexample"), None)
            .is_empty()
    );
}
