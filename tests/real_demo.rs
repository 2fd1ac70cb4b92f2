//! A real MLVBSDK download end to end: scan, patch, patch again (nothing to do), the mini
//! program's own signing code run by Node on the patched file, and a byte-exact restore.
//!
//! We may not ship Tencent's files, so this runs only when `MLVB_REAL_DEMO_DIR` names an unpacked
//! download (e.g. a checkout of the public tencentyun/MLVBSDK repository); it skips otherwise.
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns panic on setup failure, as tests do

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID: &str = "1400123456";

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

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let kind = entry.file_type().unwrap();
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            if entry.file_name() != ".git" {
                copy_tree(&entry.path(), &target);
            }
        } else if kind.is_file() {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut pending = vec![root.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == ".mlvb-setup") {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// Runs the patched mini program's `GenerateTestUserSig.js` (with the demo's bundled signing
/// library) in Node and returns the UserSig it makes for `alice`.
fn sign_with_the_demos_own_code(signer_dir: &Path) -> Option<String> {
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok {
        eprintln!("node not found: the demo's own signing code is not run");
        return None;
    }
    let work = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(signer_dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "js") {
            let mut text = std::fs::read_to_string(&path).unwrap();
            // The demo ends with `module.exports = {…}`; as an ES module it hands it over instead.
            text = text.replace("module.exports = {", "globalThis.__demo = {");
            std::fs::write(work.path().join(path.file_name().unwrap()), text).unwrap();
        }
    }
    std::fs::write(work.path().join("package.json"), r#"{"type":"module"}"#).unwrap();
    std::fs::write(
        work.path().join("run.mjs"),
        "await import('./GenerateTestUserSig.js');\nconsole.log('USERSIG=' + globalThis.__demo.genTestUserSig('alice').userSig);\n",
    )
    .unwrap();
    let out = Command::new("node")
        .arg("run.mjs")
        .current_dir(work.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("USERSIG=").map(str::to_owned));
    assert!(
        token.is_some(),
        "the demo's signing code printed no UserSig"
    );
    token
}

#[test]
fn a_real_download_is_patched_signed_and_restored() {
    let Some(source) = std::env::var_os("MLVB_REAL_DEMO_DIR") else {
        eprintln!("skipped: set MLVB_REAL_DEMO_DIR to an unpacked MLVBSDK download");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let demo = work.path().join("MLVBSDK");
    copy_tree(Path::new(&source), &demo);
    let root = demo.to_str().unwrap();
    let before = snapshot(&demo);

    let scan = run(&["scan", root, "--json"]);
    assert_eq!(scan.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&scan.stdout).unwrap();
    assert!(
        doc["refused"].as_array().unwrap().is_empty(),
        "{:#}",
        doc["refused"]
    );
    let files = doc["files"].as_array().unwrap();
    for language in ["java", "objective-c", "swift", "java-script", "json"] {
        assert!(
            files.iter().any(|f| f["language"] == language),
            "no {language} credential file found"
        );
    }

    let patch_args = [
        "patch",
        root,
        "--sdkappid",
        SDKAPPID,
        "--appid",
        "wx0123456789abcdef",
    ];
    let patch = run(&patch_args);
    assert_eq!(
        patch.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&patch.stderr)
    );
    let patched = snapshot(&demo);
    let again = run(&patch_args);
    assert_eq!(
        again.status.code(),
        Some(1),
        "a second run has nothing to do"
    );
    assert_eq!(snapshot(&demo), patched);

    let signer = files
        .iter()
        .filter(|f| f["language"] == "java-script" && f["role"] == "credentials")
        .map(|f| demo.join(f["path"].as_str().unwrap()))
        .next()
        .unwrap();
    if let Some(token) = sign_with_the_demos_own_code(signer.parent().unwrap()) {
        let verify = run(&[
            "usersig",
            "verify",
            &token,
            "--sdkappid",
            SDKAPPID,
            "--userid",
            "alice",
        ]);
        assert_eq!(
            verify.status.code(),
            Some(0),
            "the demo's own UserSig fails our check: {}",
            String::from_utf8_lossy(&verify.stdout)
        );
    }

    let restore = run(&["restore", root]);
    assert_eq!(restore.status.code(), Some(0));
    assert_eq!(
        snapshot(&demo),
        before,
        "restore gives back every original byte"
    );
}

const LICENSE_URL: &str =
    "https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license";
const LICENSE_KEY: &str = "0123456789abcdef0123456789abcdef";
const APP_ID: &str = "com.example.live";

/// The demos of a download whose licence slots must all be filled.
const LICENSED_DEMOS: [&str; 5] = [
    "Android/Demo/",
    "Android/MLVB-API-Example/",
    "iOS/Demo/",
    "iOS/MLVB-API-Example-OC/",
    "iOS/XiaoZhiBo/",
];

/// Per demo: (licence slots, filled slots, literal app IDs, app IDs now ours), from a `scan
/// --json`. Computed IDs (`$(…)`) are reported, never rewritten, so they are not counted.
fn licence_report(doc: &serde_json::Value) -> BTreeMap<&'static str, [usize; 4]> {
    let mut report = BTreeMap::new();
    for prefix in LICENSED_DEMOS {
        let mut counts = [0usize; 4];
        for file in doc["files"].as_array().unwrap() {
            if !file["path"].as_str().unwrap().starts_with(prefix) {
                continue;
            }
            for constant in file["constants"].as_array().unwrap() {
                let want = match constant["kind"].as_str().unwrap() {
                    "license-url" => LICENSE_URL,
                    "license-key" => LICENSE_KEY,
                    _ => continue,
                };
                if constant["state"] == "set-at-run-time" {
                    continue;
                }
                counts[0] += 1;
                counts[1] += usize::from(constant["value"] == want);
            }
            for app in file["apps"].as_array().unwrap() {
                let Some(id) = app["application_id"].as_str().or(app["bundle_id"].as_str()) else {
                    continue;
                };
                counts[2] += 1;
                counts[3] += usize::from(id == APP_ID || id.starts_with(&format!("{APP_ID}.")));
            }
        }
        report.insert(prefix, counts);
    }
    report
}

#[test]
fn a_real_download_gets_the_licence_and_its_app_ids_and_is_restored() {
    let Some(source) = std::env::var_os("MLVB_REAL_DEMO_DIR") else {
        eprintln!("skipped: set MLVB_REAL_DEMO_DIR to an unpacked MLVBSDK download");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let demo = work.path().join("MLVBSDK");
    copy_tree(Path::new(&source), &demo);
    let root = demo.to_str().unwrap();
    let before = snapshot(&demo);
    let scan = |what: &str| -> serde_json::Value {
        let out = run(&["scan", root, "--json"]);
        assert_eq!(out.status.code(), Some(0), "{what}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let first = licence_report(&scan("before"));
    eprintln!("before (slots, filled, app IDs, ours): {first:?}");
    for (demo, [slots, _, apps, _]) in &first {
        assert!(*slots > 0, "{demo}: no licence slot found");
        assert!(*apps > 0, "{demo}: no app ID found");
    }
    let patch_args = [
        "patch",
        root,
        "--sdkappid",
        SDKAPPID,
        "--license-url",
        LICENSE_URL,
        "--license-key",
        LICENSE_KEY,
        "--push-domain",
        "rtmp://push.example.com/live/",
        "--play-domain",
        "play.example.com",
        "--android-package",
        APP_ID,
        "--ios-bundle-id",
        APP_ID,
    ];
    let patch = run(&patch_args);
    assert_eq!(
        patch.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&patch.stderr)
    );
    let after = licence_report(&scan("after"));
    eprintln!("after (slots, filled, app IDs, ours): {after:?}");
    for (demo, [slots, filled, apps, ours]) in &after {
        assert_eq!(slots, filled, "{demo}: a licence slot was not filled");
        assert_eq!(apps, ours, "{demo}: an app ID was not rewritten");
    }
    let patched = snapshot(&demo);
    let again = run(&patch_args);
    assert_eq!(
        again.status.code(),
        Some(1),
        "a second run has nothing to do"
    );
    assert_eq!(snapshot(&demo), patched);
    let restore = run(&["restore", root]);
    assert_eq!(restore.status.code(), Some(0));
    assert_eq!(
        snapshot(&demo),
        before,
        "restore gives back every original byte"
    );
}
