//! Shared by the patcher targets: analyse bytes as a credential file of one language, edit them,
//! and check what must always hold.

use std::path::Path;

use mlvb_setup::credentials::{AppId, SdkAppId, SecretKey};
use mlvb_setup::setup::Values;
use mlvb_setup::patch::edit::edit_file;

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn values() -> Values {
    Values {
        sdk_app_id: SdkAppId::new(1_400_123_456).expect("valid"),
        secret_key: SecretKey::from_exact(KEY.to_owned()),
        app_id: AppId::parse("wx0123456789abcdef").ok(),
        expire: Some(604_800),
        license_url: Some("https://license.example.com/a/b.licence".to_owned()),
        license_key: Some("0123456789abcdef0123456789abcdef".to_owned()),
        push_domain: Some("push.example.com".to_owned()),
        play_domain: Some("play.example.com".to_owned()),
        live_url_key: Some("k\"ey'\\with quotes".to_owned()),
        android_package: Some("com.example.live".to_owned()),
        ios_bundle_id: Some("com.example.live".to_owned()),
    }
}

/// Never panics; an edit changes only value bytes, and a second edit changes nothing.
pub fn check(rel_path: &str, data: &[u8]) {
    let rel = Path::new(rel_path);
    let Some(Ok(file)) = mlvb_setup::demo::analyze_file(rel, data) else {
        return;
    };
    let values = values();
    let Ok(edit) = edit_file(&file, data, &values) else {
        return;
    };
    if edit.edits.is_empty() {
        assert_eq!(edit.patched, data, "no edit but different bytes");
        return;
    }
    // The patched file is still one we recognise, and patching it again changes nothing.
    if let Some(Ok(again)) = mlvb_setup::demo::analyze_file(rel, &edit.patched)
        && let Ok(second) = edit_file(&again, &edit.patched, &values)
    {
        assert!(
            second.edits.is_empty() || second.patched == edit.patched,
            "a second patch changed the file again"
        );
    }
}
