//! `doctor` on a fixture demo: the problems listed with their codes and platforms, none after a
//! full `patch`, exit codes, and the online answer against a stand-in on 127.0.0.1.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const OTHER_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";

struct Fixture {
    demo: tempfile::TempDir,
    home: tempfile::TempDir,
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn fixture() -> Fixture {
    let demo = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/doctor/demo"),
        demo.path(),
    );
    Fixture {
        demo,
        home: tempfile::tempdir().unwrap(),
    }
}

impl Fixture {
    fn dir(&self) -> PathBuf {
        self.demo.path().to_path_buf()
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
        cmd.env("HOME", self.home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("MLVB_SECRET_KEY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C");
        for proxy in [
            "HTTPS_PROXY",
            "https_proxy",
            "HTTP_PROXY",
            "http_proxy",
            "ALL_PROXY",
            "all_proxy",
        ] {
            cmd.env_remove(proxy);
        }
        cmd
    }

    fn doctor(&self, extra: &[&str]) -> Output {
        self.cmd()
            .arg("doctor")
            .arg(self.dir())
            .args(extra)
            .output()
            .unwrap()
    }

    fn patch_all(&self, key: &str) {
        let out = self
            .cmd()
            .arg("patch")
            .arg(self.dir())
            .args([
                "--sdkappid",
                "1400123456",
                "--appid",
                "wx0123456789abcdef",
                "--license-url",
                "https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license",
                "--license-key",
                "0123456789abcdef0123456789abcdef",
            ])
            .env("MLVB_SECRET_KEY", key)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    }

    fn problems(&self, extra: &[&str]) -> Vec<serde_json::Value> {
        let mut args = vec!["--json"];
        args.extend(extra);
        let out = self.doctor(&args);
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["problems"].as_array().unwrap().clone()
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn codes(problems: &[serde_json::Value]) -> Vec<String> {
    problems
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_owned())
        .collect()
}

fn count(problems: &[serde_json::Value], code: &str) -> usize {
    codes(problems).iter().filter(|c| *c == code).count()
}

#[test]
fn a_fresh_download_lists_every_problem_with_its_code() {
    let f = fixture();
    let out = f.doctor(&["--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = doc["problems"].as_array().unwrap();
    assert_eq!(
        count(problems, "doctor-sdk-app-id-unfilled"),
        4,
        "{problems:#?}"
    );
    assert_eq!(count(problems, "doctor-secret-key-unfilled"), 4);
    assert_eq!(count(problems, "doctor-expire-not-positive"), 1);
    assert_eq!(count(problems, "doctor-licence-unfilled"), 2);
    assert_eq!(count(problems, "doctor-app-id-missing"), 1);
    for problem in problems {
        assert!(problem["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(problem["args"].is_object());
    }
    let expire = problems
        .iter()
        .find(|p| p["code"] == "doctor-expire-not-positive")
        .unwrap();
    assert_eq!(expire["platform"], "ios");
    assert_eq!(expire["args"]["path"], "iOS/Debug/Keys.h");
    assert_eq!(expire["args"]["line"], 6);
    let appid = problems
        .iter()
        .find(|p| p["code"] == "doctor-app-id-missing")
        .unwrap();
    assert_eq!(appid["platform"], "mini-program");
}

#[test]
fn the_text_report_groups_by_platform() {
    let f = fixture();
    let out = f.doctor(&[]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out);
    assert!(shown.contains("Android:\n"), "{shown}");
    assert!(shown.contains("iOS:\n"), "{shown}");
    assert!(shown.contains("Mini program:\n"), "{shown}");
    assert!(
        shown.contains("EXPIRETIME is 0, so every UserSig expires at once"),
        "{shown}"
    );
    assert!(shown.contains("12 problems are left to fix."), "{shown}");
    assert!(
        shown.contains("  request: https://liveroom.qcloud.com https://lvb.qcloud.com https://pic.tim.qq.com https://webim.tim.qq.com\n"),
        "{shown}"
    );
}

#[test]
fn after_a_full_patch_nothing_is_left() {
    let f = fixture();
    f.patch_all(KEY);
    let out = f.doctor(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Nothing left to fix"), "{}", text(&out));
    assert!(f.problems(&[]).is_empty());
    assert!(!text(&out).contains(KEY));
}

#[test]
fn values_that_differ_between_files() {
    let f = fixture();
    f.patch_all(KEY);
    let js = f.dir().join("WXMini/pages/debug/sig.js");
    let text_before = std::fs::read_to_string(&js).unwrap();
    let edited = text_before
        .replace("1400123456", "1400999999")
        .replace(KEY, OTHER_KEY);
    std::fs::write(&js, edited).unwrap();
    let out = f.doctor(&["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        !stdout.contains(KEY) && !stdout.contains(OTHER_KEY),
        "{stdout}"
    );
    let problems = f.problems(&[]);
    assert_eq!(
        codes(&problems),
        ["doctor-sdk-app-id-differs", "doctor-secret-key-differs"]
    );
    let values = problems[0]["args"]["values"].as_str().unwrap();
    assert!(
        values.contains("1400999999 (WXMini/pages/debug/sig.js)"),
        "{values}"
    );
}

#[test]
fn devtools_service_port_off() {
    let f = fixture();
    f.patch_all(KEY);
    let profile = f.home.path().join(".config/wechat-devtools/Default");
    std::fs::create_dir_all(&profile).unwrap();
    std::fs::write(profile.join(".ide-status"), "Off").unwrap();
    let problems = f.problems(&[]);
    assert_eq!(codes(&problems), ["doctor-service-port-off"]);
    assert_eq!(problems[0]["platform"], "mini-program");
    std::fs::write(profile.join(".ide-status"), "On").unwrap();
    assert!(f.problems(&[]).is_empty());
}

#[test]
fn domains_the_project_lists_must_include_the_codes() {
    let f = fixture();
    f.patch_all(KEY);
    std::fs::write(
        f.dir().join("WXMini/project.private.config.json"),
        r#"{"domain": {"requestDomain": ["https://webim.tim.qq.com", "https://pic.tim.qq.com/"]}}"#,
    )
    .unwrap();
    let problems = f.problems(&[]);
    assert_eq!(codes(&problems), ["doctor-domains-not-listed"]);
    let missing = problems[0]["args"]["missing"].as_str().unwrap();
    assert_eq!(
        missing,
        "https://liveroom.qcloud.com https://lvb.qcloud.com"
    );
    assert_eq!(problems[0]["args"]["group"], "request");
    std::fs::write(
        f.dir().join("WXMini/project.private.config.json"),
        r#"{"domain": {"requestDomain": ["https://webim.tim.qq.com", "https://pic.tim.qq.com", "https://liveroom.qcloud.com", "https://lvb.qcloud.com"]}}"#,
    )
    .unwrap();
    assert!(f.problems(&[]).is_empty());
}

#[test]
fn a_folder_that_is_not_there_is_exit_2() {
    let f = fixture();
    let out = f
        .cmd()
        .args(["doctor", "/no/such/demo/folder", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["code"].is_string());
}

/// An IM API stand-in that accepts only `KEY`, and a licence server.
fn stand_in() -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let url = request.url().to_owned();
            let sig = url
                .split('&')
                .find_map(|p| p.strip_prefix("usersig="))
                .unwrap_or("")
                .to_owned();
            let key = mlvb_setup::credentials::SecretKey::from_exact(KEY.to_owned());
            let body = if url.starts_with("/license/") {
                "licence".to_owned()
            } else if mlvb_setup::usersig::verify(&sig, 1_400_123_456, &key, None, 1_700_000_000)
                .failure()
                .is_some_and(|f| f.code.code() == 70009)
            {
                r#"{"ActionStatus":"FAIL","ErrorCode":70009,"ErrorInfo":"sig check failed"}"#
                    .to_owned()
            } else {
                r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#.to_owned()
            };
            let _ = request.respond(tiny_http::Response::from_string(body));
        }
    });
    base
}

fn online(f: &Fixture, base: &str) -> Output {
    f.cmd()
        .arg("doctor")
        .arg(f.dir())
        .args(["--online", "--json"])
        .env("MLVB_SETUP_IM_ENDPOINT", base)
        .env("MLVB_SETUP_NET_TIMEOUT_MS", "2000")
        .output()
        .unwrap()
}

#[test]
fn online_the_servers_answer_is_a_problem_or_not() {
    let base = stand_in();
    let f = fixture();
    // Unfilled values: the server is not asked, and the doctor says so.
    let out = online(&f, &base);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        codes(doc["problems"].as_array().unwrap()).contains(&"doctor-online-skipped".to_owned())
    );
    // The right key: all clear (the licence URL in the files is not on this stand-in's host,
    // so point it there).
    f.patch_all(KEY);
    let swift = f.dir().join("iOS/Swift/Config.swift");
    let body = std::fs::read_to_string(&swift)
        .unwrap()
        .replace("https://license.vod2.myqcloud.com", &base);
    std::fs::write(&swift, body).unwrap();
    let out = online(&f, &base);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // Another app's key everywhere: the server's 70009.
    let g = fixture();
    g.patch_all(OTHER_KEY);
    let out = online(&g, &base);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = doc["problems"].as_array().unwrap();
    let refused = problems
        .iter()
        .find(|p| p["code"] == "online-refused")
        .unwrap();
    assert_eq!(refused["args"]["code"], 70009);
    assert!(!String::from_utf8_lossy(&out.stdout).contains(OTHER_KEY));
}

#[test]
fn the_core_api_the_ready_page_calls() {
    use mlvb_setup::doctor::{DoctorOptions, spawn_diagnose};
    use mlvb_setup::preview::host::{HostEnv, HostOs};
    let f = fixture();
    let demo = mlvb_setup::setup::Demo::read(&f.dir()).unwrap();
    let mut options = DoctorOptions::offline();
    options.host = HostEnv::empty(HostOs::Linux);
    let report = spawn_diagnose(demo, options.clone(), || {})
        .unwrap()
        .recv()
        .unwrap();
    assert!(!report.is_all_clear());
    let groups = report.by_platform();
    assert_eq!(groups[&Some(mlvb_setup::demo::Platform::Android)].len(), 2);
    f.patch_all(KEY);
    let demo = mlvb_setup::setup::Demo::read(&f.dir()).unwrap();
    let report = mlvb_setup::doctor::diagnose(&demo, &options);
    assert!(report.is_all_clear(), "{:#?}", report.problems);
    let (folder, domains) = report.request_domains.unwrap();
    assert_eq!(folder, Path::new("WXMini"));
    assert!(
        domains
            .request
            .contains(&"https://lvb.qcloud.com".to_owned())
    );
}

#[test]
fn the_report_speaks_chinese() {
    let f = fixture();
    let out = f
        .cmd()
        .arg("doctor")
        .arg(f.dir())
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("还有 12 个问题需要解决。"), "{shown}");
    assert!(shown.contains("每个 UserSig 一生成就过期"), "{shown}");
}

#[test]
fn a_licence_on_an_app_that_still_has_tencents_id_is_a_problem_until_the_id_is_rewritten() {
    let f = fixture();
    let gradle = f.dir().join("Android/app/build.gradle");
    std::fs::create_dir_all(gradle.parent().unwrap()).unwrap();
    std::fs::write(
        &gradle,
        "android {\n    defaultConfig {\n        applicationId \"com.tencent.mlvb.apiexample\"\n    }\n}\n",
    )
    .unwrap();
    let java = f.dir().join("Android/app/src/main/java/App.java");
    std::fs::create_dir_all(java.parent().unwrap()).unwrap();
    std::fs::write(
        &java,
        "public class App {\n    public static final String LICENSEURL = \"\";\n    public static final String LICENSEURLKEY = \"\";\n}\n",
    )
    .unwrap();
    // No licence yet: the app's ID is not in the way.
    assert_eq!(count(&f.problems(&[]), "doctor-tencent-app-id"), 0);
    f.patch_all(KEY);
    let problems = f.problems(&[]);
    assert_eq!(count(&problems, "doctor-tencent-app-id"), 1, "{problems:?}");
    assert!(
        text(&f.doctor(&[])).contains("com.tencent.mlvb.apiexample"),
        "the ID is named"
    );
    let out = f
        .cmd()
        .arg("patch")
        .arg(f.dir())
        .args([
            "--sdkappid",
            "1400123456",
            "--android-package",
            "com.example.live",
        ])
        .env("MLVB_SECRET_KEY", KEY)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(count(&f.problems(&[]), "doctor-tencent-app-id"), 0);
}
