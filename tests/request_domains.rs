//! The request-domain finder on a fixture mini program: URLs in JS, TS, a JSON config, WXML and
//! a minified bundle count; comments, prose and hosts built at run time do not. `scan --json`
//! reports them as `request_domains`.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use mlvb_setup::demo::{DomainGroup, GUIDE_REQUEST_DOMAINS, find_request_domains};

fn fixture() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/domains"
    ))
}

#[test]
fn every_group_as_the_console_asks() {
    let domains = find_request_domains(&fixture().join("miniprogram"));
    assert_eq!(
        domains.request,
        [
            "https://cos.example-live.com",
            "https://im.example-live.com",
            "https://pic.example-live.com",
            "https://push-api.example-live.com",
            "https://report.example-live.com",
            "https://rooms.example-live.com",
        ]
    );
    assert_eq!(
        domains.socket,
        [
            "wss://chat.example-live.com:9443",
            "wss://ws.example-live.com"
        ]
    );
    assert_eq!(domains.upload_file, ["https://logs.example-live.com"]);
    assert_eq!(
        domains.download_file,
        [
            "https://covers.example-live.com",
            "https://hd.example-live.com",
            "https://static.example-live.com",
        ]
    );
}

#[test]
fn comments_prose_and_built_hosts_do_not_count() {
    let domains = find_request_domains(&fixture().join("miniprogram"));
    let all: Vec<&String> = DomainGroup::ALL
        .iter()
        .flat_map(|g| domains.group(*g))
        .collect();
    for absent in [
        "old-api",       // a block comment in JS
        "commented",     // a line comment after code
        "dead",          // a block comment in the minified bundle
        "comment-image", // a WXML comment
        "docs",          // a link inside a sentence (JSON config and the bundle's warning)
        "help",          // WXML text, not an attribute
        "github",        // package.json's home page
    ] {
        assert!(
            !all.iter().any(|d| d.contains(absent)),
            "{absent} should not be listed: {all:?}"
        );
    }
}

#[test]
fn each_domain_says_where_it_was_found() {
    let domains = find_request_domains(&fixture().join("miniprogram"));
    let push = domains
        .found
        .iter()
        .find(|f| f.domain == "https://push-api.example-live.com")
        .unwrap();
    assert_eq!(push.rel_path, Path::new("pages/live/live.js"));
    assert_eq!(push.line, 11);
    let ws = domains
        .found
        .iter()
        .find(|f| f.domain == "wss://ws.example-live.com")
        .unwrap();
    assert_eq!(ws.rel_path, Path::new("libs/sdk.min.js"));
    assert_eq!(ws.line, 1);
}

#[test]
fn what_to_enter_adds_the_guides_three_to_request() {
    let domains = find_request_domains(&fixture().join("miniprogram"));
    let request = domains.to_enter(DomainGroup::Request);
    for guide in GUIDE_REQUEST_DOMAINS {
        assert!(request.iter().any(|d| d == guide), "{guide} missing");
    }
    assert!(
        request
            .iter()
            .any(|d| d == "https://rooms.example-live.com")
    );
    assert_eq!(
        domains.to_enter(DomainGroup::UploadFile),
        ["https://logs.example-live.com"]
    );
}

#[test]
fn scan_json_reports_request_domains() {
    let out = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args(["scan", "--json"])
        .arg(fixture())
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let domains = &doc["request_domains"];
    assert_eq!(domains["folder"], "miniprogram");
    assert_eq!(domains["upload_file"][0], "https://logs.example-live.com");
    assert_eq!(domains["socket"].as_array().unwrap().len(), 2);
    assert_eq!(domains["guide"].as_array().unwrap().len(), 3);
    let found = domains["found"].as_array().unwrap();
    assert!(
        found
            .iter()
            .any(|f| f["domain"] == "https://rooms.example-live.com"
                && f["path"] == "miniprogram/config.json"
                && f["group"] == "request")
    );
    // The existing fields are still there.
    assert!(doc["files"].is_array() && doc["refused"].is_array());
}

#[test]
fn a_zip_is_read_without_unpacking() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("demo.zip");
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    let root = fixture().join("miniprogram");
    for rel in [
        "project.config.json",
        "config.json",
        "pages/live/live.js",
        "libs/sdk.min.js",
    ] {
        writer
            .start_file(format!("MLVBSDK-master/WXMini/{rel}"), options)
            .unwrap();
        writer
            .write_all(&std::fs::read(root.join(rel)).unwrap())
            .unwrap();
    }
    writer.finish().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args(["scan", "--json"])
        .arg(&zip_path)
        .env("LANG", "C")
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let domains = &doc["request_domains"];
    assert_eq!(domains["folder"], "MLVBSDK-master/WXMini");
    assert_eq!(domains["upload_file"][0], "https://logs.example-live.com");
    assert!(
        domains["request"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == "https://rooms.example-live.com")
    );
    // Nothing was unpacked beside the archive.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
