//! The miniprogram-ci route against a fake `miniprogram-ci` module written here (no network):
//! the generated runner calls `ci.preview` with base64 output, and missing Node, package, key
//! or whitelist become guidance.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use base64::Engine as _;
use common::{APP_ID, Fixture, PREVIEW_CONTENT, decode_with_rqrr};
use mlvb_setup::preview::qr::QrFormat;
use mlvb_setup::preview::session::run_preview;
use mlvb_setup::preview::{
    CancelHandle, CiRequest, HostEnv, HostOs, PreviewFailure, PreviewRequest, Route,
};

/// A stand-in for the npm package: the documented `Project` class and `preview` function.
const FAKE_MODULE: &str = r"'use strict';
const fs = require('fs');
class Project {
  constructor(options) {
    if (!fs.existsSync(options.privateKeyPath)) throw new Error('privateKeyPath not found');
    this.options = options;
  }
}
async function preview(options) {
  fs.writeFileSync(process.env.FAKE_CI_LOG, JSON.stringify({
    project: options.project.options,
    desc: options.desc,
    qrcodeFormat: options.qrcodeFormat,
    qrcodeOutputDest: options.qrcodeOutputDest,
  }));
  if (process.env.FAKE_CI_MODE === 'whitelist') {
    throw new Error('invalid ip: 203.0.113.7, reference: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html');
  }
  const b64 = fs.readFileSync(process.env.FAKE_CI_QR_B64, 'utf8');
  fs.writeFileSync(options.qrcodeOutputDest, 'data:image/jpeg;base64,' + b64);
  return { subPackageInfo: [{ name: '__FULL__', size: 2048 }, { name: '__APP__', size: 2048 }], pluginInfo: [] };
}
module.exports = { Project, preview };
";

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn install_fake_module(root: &Path) {
    let dir = root.join("node_modules/miniprogram-ci");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("index.js"), FAKE_MODULE).unwrap();
    fs::write(
        dir.join("package.json"),
        r#"{"name":"miniprogram-ci","version":"0.0.0-fake","main":"index.js"}"#,
    )
    .unwrap();
}

/// The preview QR as a JPEG, base64, in a file for the fake module.
fn jpeg_b64(fx: &Fixture) -> PathBuf {
    let rgb = image::load_from_memory(&fx.preview_png)
        .unwrap()
        .into_rgb8();
    let mut jpeg = Vec::new();
    rgb.write_to(
        &mut std::io::Cursor::new(&mut jpeg),
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    let path = fx.state.path().join("preview-jpeg.b64");
    fs::write(
        &path,
        base64::engine::general_purpose::STANDARD.encode(&jpeg),
    )
    .unwrap();
    path
}

fn ci_request(fx: &Fixture, ci: CiRequest, mode: &str) -> PreviewRequest {
    let mut host = HostEnv::empty(HostOs::current());
    host.home = Some(fx.home.path().to_path_buf());
    host.path = std::env::var_os("PATH");
    let mut request = PreviewRequest::new(fx.demo.path());
    request.host = host;
    request.timeout = Duration::from_mins(1);
    request.work_dir = Some(fx.work_dir());
    request.ci = Some(ci);
    request.extra_env = vec![
        (
            "FAKE_CI_LOG".into(),
            fx.state.path().join("ci-call.json").into(),
        ),
        ("FAKE_CI_QR_B64".into(), jpeg_b64(fx).into()),
        ("FAKE_CI_MODE".into(), mode.into()),
    ];
    request
}

fn key_in_project(fx: &Fixture) -> PathBuf {
    let key = fx.demo.path().join(format!("WXMini/private.{APP_ID}.key"));
    fs::write(
        &key,
        "-----BEGIN RSA PRIVATE KEY-----\nfake\n-----END RSA PRIVATE KEY-----\n",
    )
    .unwrap();
    key
}

fn fail(request: &PreviewRequest) -> PreviewFailure {
    run_preview(request, &CancelHandle::new(), &mut |_| {}).unwrap_err()
}

#[test]
fn ci_preview_gives_the_qr_and_package_size() {
    if !node_available() {
        eprintln!("skipped: Node.js is not installed here");
        return;
    }
    let fx = Fixture::new(Some(APP_ID));
    let modules = tempfile::tempdir().unwrap();
    install_fake_module(modules.path());
    let key = key_in_project(&fx);
    let ci = CiRequest {
        module_dirs: vec![modules.path().to_path_buf()],
        ..CiRequest::default()
    };
    let report = run_preview(
        &ci_request(&fx, ci, "ok"),
        &CancelHandle::new(),
        &mut |_| {},
    )
    .unwrap();
    let qr = &report.qr;
    assert_eq!(qr.route, Route::MiniprogramCi);
    assert_eq!(qr.format, QrFormat::Jpeg);
    assert_eq!(qr.content.as_deref(), Some(PREVIEW_CONTENT));
    assert_eq!(decode_with_rqrr(&qr.encoded), PREVIEW_CONTENT);
    assert_eq!(qr.package_size.as_ref().unwrap().total_bytes, 2048);
    let call: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(fx.state.path().join("ci-call.json")).unwrap())
            .unwrap();
    assert_eq!(call["qrcodeFormat"], "base64");
    assert_eq!(call["project"]["appid"], APP_ID);
    assert_eq!(call["project"]["type"], "miniProgram");
    assert_eq!(call["project"]["privateKeyPath"], key.to_str().unwrap());
    assert!(
        call["project"]["projectPath"]
            .as_str()
            .unwrap()
            .ends_with("WXMini")
    );
    assert_eq!(call["qrcodeOutputDest"], qr.qr_file.to_str().unwrap());
}

#[test]
fn ci_guidance_for_package_key_node_and_whitelist() {
    if !node_available() {
        eprintln!("skipped: Node.js is not installed here");
        return;
    }
    let fx = Fixture::new(Some(APP_ID));
    let failure = fail(&ci_request(&fx, CiRequest::default(), "ok"));
    assert_eq!(failure.problem.code(), "ci-key-missing");
    let text = failure.problem.to_string();
    assert!(
        text.contains(&format!("private.{APP_ID}.key")) && text.contains("代码上传密钥"),
        "{text}"
    );

    key_in_project(&fx);
    let failure = fail(&ci_request(&fx, CiRequest::default(), "ok"));
    assert_eq!(failure.problem.code(), "ci-package-missing");
    assert!(
        failure
            .problem
            .to_string()
            .contains("npm install miniprogram-ci")
    );

    install_fake_module(fx.demo.path());
    let failure = fail(&ci_request(&fx, CiRequest::default(), "whitelist"));
    assert_eq!(failure.problem.code(), "ci-ip-not-whitelisted");
    assert!(failure.problem.to_string().contains("203.0.113.7"));

    let mut request = ci_request(&fx, CiRequest::default(), "ok");
    request.host.path = None;
    let failure = fail(&request);
    assert_eq!(failure.problem.code(), "node-missing");
    assert!(failure.problem.to_string().contains("nodejs.org"));
}

#[test]
fn cli_ci_route_with_key_flag() {
    if !node_available() {
        eprintln!("skipped: Node.js is not installed here");
        return;
    }
    let fx = Fixture::new(Some(APP_ID));
    install_fake_module(fx.demo.path());
    let key = fx.state.path().join("upload.key");
    fs::write(&key, "-----BEGIN RSA PRIVATE KEY-----\nfake\n").unwrap();
    let out_file = fx.state.path().join("ci-preview.jpg");
    let output = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .arg("preview")
        .arg(fx.demo.path())
        .arg("--ci-key")
        .arg(&key)
        .arg("--qr-output")
        .arg(&out_file)
        .arg("--json")
        .env("FAKE_CI_LOG", fx.state.path().join("ci-call.json"))
        .env("FAKE_CI_QR_B64", jpeg_b64(&fx))
        .env("FAKE_CI_MODE", "ok")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["route"], "miniprogram-ci");
    assert_eq!(json["qr"]["format"], "jpeg");
    assert_eq!(
        decode_with_rqrr(&fs::read(&out_file).unwrap()),
        PREVIEW_CONTENT
    );
}
