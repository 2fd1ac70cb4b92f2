//! Shared by the demo scan and edit tests: the values written and the fixture paths.
#![allow(dead_code)]

pub mod tree;

use std::path::{Path, PathBuf};

use mlvb_setup::credentials::{AppId, SdkAppId, SecretKey};
use mlvb_setup::setup::Values;

/// The secret key the tests write: it must never show up in any report.
pub const KEY: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
pub const LICENSE_URL: &str =
    "https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license";

/// The `SDKAppID` and the key only.
pub fn basic_values() -> Values {
    Values::new(
        SdkAppId::parse("1400123456").unwrap(),
        SecretKey::parse(KEY).unwrap(),
        None,
    )
}

/// Every value given.
pub fn full_values() -> Values {
    Values {
        app_id: Some(AppId::parse("wx0123456789abcdef").unwrap()),
        license_url: Some(LICENSE_URL.to_owned()),
        license_key: Some("0123456789abcdef0123456789abcdef".to_owned()),
        push_domain: Some("123456.livepush.myqcloud.com".to_owned()),
        play_domain: Some("play.example.com".to_owned()),
        live_url_key: Some("abcdef0123456789".to_owned()),
        ..basic_values()
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/demo")
}

/// The `before` (or `after`) file of an edit fixture.
pub fn edit_fixture(case: &str, which: &str, name: &str) -> Vec<u8> {
    let path = fixtures().join("edit").join(case).join(which).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
