//! `mlvb-setup preview` end to end: exit codes, `--json`, `--qr-output` bytes, the terminal QR,
//! against the fake DevTools command line.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;

#[cfg(unix)]
use common::{Fixture, PREVIEW_CONTENT, decode_with_rqrr, fake_cli};
use mlvb_setup::preview::qr::{self, ModuleGrid};
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn preview(fx: &Fixture, mode: &str, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    command
        .arg("preview")
        .arg(fx.demo.path())
        .arg("--devtools-cli")
        .arg(fake_cli())
        .args(args)
        .env("HOME", fx.home.path())
        .env("USERPROFILE", fx.home.path())
        .env("LOCALAPPDATA", fx.home.path())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("WX_DEVTOOLS_CLI")
        .envs(fx.env(mode))
        // The English texts below are asserted whatever the test machine's language is.
        .args(["--lang", "en"]);
    command.output().unwrap()
}

fn json_of(output: &Output) -> Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}): {stdout}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Finds the half-block QR in terminal text and decodes it through rqrr.
fn decode_terminal(stdout: &str) -> String {
    let block = stdout
        .lines()
        .skip_while(|l| !l.contains('█'))
        .take_while(|l| !l.is_empty() && l.chars().all(|c| " ▀▄█".contains(c)))
        .collect::<Vec<_>>()
        .join("\n");
    let cells = qr::parse_half_blocks(&block);
    let side = cells[0].len();
    let dark = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| !cells.get(y).is_some_and(|row| row[x]))
        .collect();
    let image = ModuleGrid::new(side, dark).unwrap().to_image(5, 2);
    qr::read_qr(&image).unwrap().text.unwrap()
}

#[test]
fn json_and_qr_output_hold_what_devtools_made() {
    let fx = Fixture::new(Some(common::APP_ID));
    let out_file = fx.state.path().join("saved-preview.png");
    let output = preview(
        &fx,
        "success",
        &["--json", "--qr-output", out_file.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let saved = fs::read(&out_file).unwrap();
    assert_eq!(
        saved, fx.preview_png,
        "--qr-output is the image exactly as made"
    );
    assert_eq!(decode_with_rqrr(&saved), PREVIEW_CONTENT);
    let json = json_of(&output);
    assert_eq!(json["ok"], true);
    assert_eq!(json["route"], "devtools");
    assert_eq!(json["qr"]["content"], PREVIEW_CONTENT);
    assert_eq!(json["qr"]["format"], "png");
    assert_eq!(json["qr"]["package_size"]["total_bytes"], 1_536_000);
    assert!(json["qr"]["made_at"].as_str().unwrap().ends_with(" UTC"));
    assert!(json["qr"]["made_at_unix"].as_i64().unwrap() > 1_700_000_000);
    assert!(Path::new(json["qr"]["saved_to"].as_str().unwrap()).is_absolute());
    assert!(Path::new(json["qr"]["qr_file"].as_str().unwrap()).is_file());
    assert!(json["project_dir"].as_str().unwrap().ends_with("WXMini"));
    assert_eq!(json["devtools_cli"]["source"], "explicit");
    assert_eq!(json["service_port"]["state"], "unknown");
    assert_eq!(json["findings"][0]["code"], "service-port-unknown");
}

#[test]
fn terminal_shows_the_qr_itself() {
    let fx = Fixture::new(Some(common::APP_ID));
    let output = preview(&fx, "success", &[]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert_eq!(decode_terminal(&stdout), PREVIEW_CONTENT);
    assert!(stdout.contains("WeChat preview QR for"), "{stdout}");
    assert!(stdout.contains("package: 1.46 MB"), "{stdout}");
    assert!(text(&output.stderr).contains("Running: "));
}

#[test]
fn login_qr_is_shown_then_the_preview() {
    let fx = Fixture::new(Some(common::APP_ID));
    let output = preview(&fx, "not-logged-in", &[]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let caption = stdout.find("scan this login QR with WeChat").unwrap();
    assert_eq!(decode_terminal(&stdout), common::LOGIN_CONTENT);
    assert_eq!(decode_terminal(&stdout[caption..]), PREVIEW_CONTENT);

    let fx = Fixture::new(Some(common::APP_ID));
    let output = preview(&fx, "not-logged-in", &["--json", "--no-login"]);
    assert_eq!(output.status.code(), Some(1));
    let json = json_of(&output);
    assert_eq!(json["problem"]["code"], "not-logged-in");
    assert!(json["output_tail"].as_str().unwrap().contains("code 10"));
}

#[test]
fn failures_exit_1_with_guidance() {
    for (mode, code, words) in [
        (
            "port-disabled",
            "service-port-disabled",
            "设置 → 安全设置 → 服务端口",
        ),
        ("bad-output-path", "bad-output-path", "code 17"),
        (
            "ide-not-started",
            "ide-not-started",
            "start DevTools yourself",
        ),
    ] {
        let fx = Fixture::new(Some(common::APP_ID));
        let output = preview(&fx, mode, &[]);
        assert_eq!(output.status.code(), Some(1), "{mode}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains(words), "{mode}: {stderr}");
        assert!(output.stdout.is_empty() || !text(&output.stdout).contains('█'));
        let output = preview(&fx, mode, &["--json"]);
        assert_eq!(output.status.code(), Some(1), "{mode}");
        let json = json_of(&output);
        assert_eq!(json["ok"], false);
        assert_eq!(json["problem"]["code"], code);
        assert!(json["problem"]["message"].as_str().unwrap().contains(words));
    }
}

#[test]
fn missing_appid_points_at_patch() {
    let fx = Fixture::new(None);
    let output = preview(&fx, "success", &["--json"]);
    assert_eq!(output.status.code(), Some(1));
    let json = json_of(&output);
    assert_eq!(json["problem"]["code"], "appid-missing");
    assert_eq!(json["needs_app_id"], true);
    let message = json["problem"]["message"].as_str().unwrap();
    assert!(message.contains("mlvb-setup patch") && message.contains("--appid wx"));
    assert!(fx.calls().is_empty());
}

#[test]
fn bad_input_exits_2() {
    let fx = Fixture::new(Some(common::APP_ID));
    let missing_dir = fx.state.path().join("no-such-folder/qr.png");
    let output = preview(
        &fx,
        "success",
        &["--qr-output", missing_dir.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("--qr-output"));
    for args in [
        &["--timeout", "0"][..],
        &["--bogus"],
        &["--trial", "--push"],
    ] {
        assert_eq!(
            preview(&fx, "success", args).status.code(),
            Some(2),
            "{args:?}"
        );
    }
    let output = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args(["preview", "/no/such/demo", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(json_of(&output)["problem"]["code"], "bad-input");
    let output = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .arg("preview")
        .arg(fx.demo.path())
        .args(["--devtools-cli", "/no/such/cli"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("--devtools-cli /no/such/cli"));
    assert!(fx.calls().is_empty());
}

#[test]
fn trial_qr_is_drawn_locally_and_labelled() {
    let fx = Fixture::new(Some(common::APP_ID));
    let out_file = fx.state.path().join("trial.png");
    let output = preview(
        &fx,
        "success",
        &["--trial", "--qr-output", out_file.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let expected = format!(
        "https://open.weixin.qq.com/sns/getexpappinfo?appid={}#wechat-redirect",
        common::APP_ID
    );
    assert_eq!(decode_with_rqrr(&fs::read(&out_file).unwrap()), expected);
    let stdout = text(&output.stdout);
    assert_eq!(decode_terminal(&stdout), expected);
    assert!(stdout.contains("体验版") && stdout.contains("only the version already uploaded"));
    assert!(fx.calls().is_empty(), "the trial QR needs no DevTools");
    let output = preview(&Fixture::new(None), "success", &["--trial"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn push_to_phone() {
    let fx = Fixture::new(Some(common::APP_ID));
    let output = preview(&fx, "success", &["--push", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(json_of(&output)["package_size"]["total_bytes"], 1_536_000);
}

#[cfg(unix)]
#[test]
fn hang_times_out_with_exit_1_and_no_process_left() {
    let fx = Fixture::new(Some(common::APP_ID));
    let output = preview(&fx, "hang", &["--timeout", "2", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json_of(&output)["problem"]["code"], "timed-out");
    for name in ["cli.pid", "child.pid"] {
        let pid = fx.pid(name).unwrap();
        assert!(!common::is_running(pid), "{name} {pid} is still running");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn service_port_off_is_a_warning_naming_the_setting() {
    let fx = Fixture::new(Some(common::APP_ID));
    let profile = fx.home.path().join(".config/wechat-devtools/Default");
    fs::create_dir_all(&profile).unwrap();
    fs::write(profile.join(".ide-status"), "Off").unwrap();
    let output = preview(&fx, "success", &[]);
    assert_eq!(output.status.code(), Some(0), "the CLI's answer is final");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("warning: DevTools' service port is off"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Settings → Security → Service port"),
        "{stderr}"
    );
}

/// `preview` on a folder without `project.config.json`, in the language `LANG` asks for unless
/// `extra` overrides it.
fn preview_in(dir: &Path, lang: &str, extra: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .arg("preview")
        .arg(dir)
        .args(extra)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("HOME", home.path())
        .env("USERPROFILE", home.path())
        .env("LOCALAPPDATA", home.path())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("WX_DEVTOOLS_CLI")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_folder_without_project_config_is_reported_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let shown = dir.path().display().to_string();

    let output = preview_in(dir.path(), "zh_CN.UTF-8", &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("错误：在 {shown} 中没有找到 project.config.json")),
        "{stderr}"
    );
    assert!(stderr.contains("请给出下载的 MLVB Demo 文件夹"), "{stderr}");
    assert!(!stderr.contains("no project.config.json"), "{stderr}");

    let output = preview_in(dir.path(), "zh_CN.UTF-8", &["--lang", "en"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("error: no project.config.json in {shown}")),
        "{stderr}"
    );
    assert!(!stderr.contains("没有找到"), "{stderr}");

    // --json stays language-neutral: the code, its arguments and English for people.
    let output = preview_in(dir.path(), "zh_CN.UTF-8", &["--json"]);
    assert_eq!(output.status.code(), Some(1));
    let json = json_of(&output);
    let problem = &json["problem"];
    assert_eq!(problem["code"], "project-config-missing");
    assert_eq!(problem["args"]["dir"], shown.as_str());
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .starts_with("no project.config.json in"),
        "{problem}"
    );
    let finding = &json["findings"][0];
    assert_eq!(finding["code"], "project-config-missing");
    assert_eq!(finding["severity"], "blocking");
    assert!(finding["message"].as_str().is_some());
}
