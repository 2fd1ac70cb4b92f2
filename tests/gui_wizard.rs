//! The desktop wizard, driven through its widget tree with egui_kittest (no GPU, no window):
//! fields found by their labels, typed into, buttons clicked, files checked on disk.

mod gui_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use gui_support::{APP_ID, KEY, SDK_APP_ID, go_to, is_enabled, settle, shows, type_into};
use mlvb_setup::gui::WizardApp;
use mlvb_setup::gui::state::Step;

fn harness(settings_dir: &Path) -> Harness<'static, WizardApp> {
    gui_support::harness_sized(&gui_support::options(settings_dir), [1000.0, 760.0])
}

#[test]
fn fields_show_inline_messages_and_tick_their_steps() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run_ok();
    assert_eq!(harness.state().state().step, Step::BeforeYouStart);
    // Next never blocks: the AppID is needed only for the mini program.
    assert!(is_enabled(&harness, "Next →"));
    assert!(!harness.state().is_step_done(Step::BeforeYouStart));

    type_into(&mut harness, "Mini program AppID", "1400123456");
    assert!(shows(&harness, "This is only digits, like an SDKAppID"));
    assert!(!harness.state().is_step_done(Step::BeforeYouStart));
    type_into(&mut harness, "Mini program AppID", "wx12");
    assert!(shows(&harness, "You entered: wx12"));
    type_into(&mut harness, "Mini program AppID", APP_ID);
    assert!(!shows(&harness, "You entered"));
    assert!(harness.state().is_step_done(Step::BeforeYouStart));
    harness.get_by_label("Next →").click();
    harness.run_ok();
    assert_eq!(harness.state().state().step, Step::ServiceCategory);
    assert!(shows(&harness, "✔ 1. Before you start"));

    go_to(&mut harness, "4. Cloud services");
    assert!(!harness.state().is_step_done(Step::CloudServices));
    assert!(!is_enabled(&harness, "Check with Tencent Cloud"));
    type_into(&mut harness, "SDKAppID", APP_ID);
    assert!(shows(&harness, "looks like the mini program's AppID"));
    type_into(&mut harness, "SDKAppID", "0");
    assert!(shows(&harness, "0 is the demo's placeholder"));
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    assert!(!shows(&harness, "placeholder, not an SDKAppID"));
    assert!(
        !harness.state().is_step_done(Step::CloudServices),
        "the key is still missing"
    );

    type_into(&mut harness, "Secret key", "ab\tcd");
    assert!(shows(&harness, "invisible control character at position 3"));
    assert!(!harness.state().is_step_done(Step::CloudServices));
    type_into(&mut harness, "Secret key", "short");
    assert!(
        shows(&harness, "this one has 5"),
        "a short key is accepted with a warning"
    );
    type_into(&mut harness, "Secret key", KEY);
    assert!(!shows(&harness, "this one has"));
    assert!(harness.state().is_step_done(Step::CloudServices));
    // The key field is masked: its text is not exposed.
    assert!(
        harness.query_by_value(KEY).is_none(),
        "the masked key is readable"
    );

    assert!(is_enabled(&harness, "Check with Tencent Cloud"));
    assert!(shows(&harness, "can check only the form of these values"));
}

/// A tiny demo: the mini program's JS and project.config.json, and an Android Java file.
fn write_demo(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let files: [(&str, &str); 3] = [
        (
            "WXMini/debug/GenerateTestUserSig.js",
            "// 测试用\nvar SDKAPPID = 0;\nvar EXPIRETIME = 604800;\nvar SECRETKEY = \"\";",
        ),
        (
            "WXMini/project.config.json",
            "{\n\t\"description\": \"项目配置文件\",\n\t\"appid\": \"\",\n\t\"projectname\": \"mlvb\"\n}",
        ),
        (
            "Android/debug/src/main/java/com/example/debug/GenerateTestUserSig.java",
            "package com.example.debug;\n\npublic class GenerateTestUserSig {\n    public static final int SDKAPPID = 0;\n    public static final int EXPIRETIME = 604800;\n    private static final String SECRETKEY = \"\";\n}\n",
        ),
    ];
    files
        .iter()
        .map(|(rel, text)| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("demo folder");
            std::fs::write(&path, text).expect("demo file");
            (path, text.as_bytes().to_vec())
        })
        .collect()
}

#[test]
fn demo_folder_scan_diff_apply_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let originals = write_demo(&demo);
    let mut harness = harness(dir.path());
    harness.run_ok();
    type_into(&mut harness, "Mini program AppID", APP_ID);
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);

    go_to(&mut harness, "5. Demo source");
    assert!(!harness.state().is_step_done(Step::DemoSource));
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &demo.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "Found 3 files to fill in"),
        "scan result missing"
    );
    assert!(shows(&harness, "Mini program: 2"));
    assert!(shows(&harness, "Android: 1"));
    assert!(harness.state().is_step_done(Step::DemoSource));
    harness.get_by_label("Next →").click();
    settle(&mut harness);
    assert_eq!(harness.state().state().step, Step::FillInKeys);

    // The scan, per platform, and the coloured diff (key redacted).
    assert!(shows(&harness, "Security warning"));
    assert!(shows(&harness, "Mini program (2)"));
    assert!(shows(&harness, "WXMini/debug/GenerateTestUserSig.js"));
    assert!(
        harness
            .query_by_label("+var SDKAPPID = 1400123456;")
            .is_some()
    );
    assert!(harness.query_by_label("-var SDKAPPID = 0;").is_some());
    assert!(shows(&harness, "<secret key>"));
    assert!(!shows(&harness, KEY), "the key is on screen");
    assert!(shows(&harness, APP_ID));

    assert!(is_enabled(&harness, "Apply"));
    harness.get_by_label("Apply").click_accesskit();
    settle(&mut harness);
    assert!(
        shows(&harness, "3 files written"),
        "no apply report: {:?}",
        harness
            .query_all_by_label_contains("✖")
            .map(|n| n.accesskit_node().label())
            .collect::<Vec<_>>()
    );
    for (path, original) in &originals {
        let now = std::fs::read(path).unwrap();
        assert_ne!(&now, original, "{} unchanged", path.display());
    }
    let js = std::fs::read_to_string(&originals[0].0).unwrap();
    assert!(
        js.contains("var SDKAPPID = 1400123456;") && js.contains(KEY),
        "{js}"
    );
    let json = std::fs::read_to_string(&originals[1].0).unwrap();
    assert!(json.contains(&format!("\"appid\": \"{APP_ID}\"")), "{json}");
    assert!(shows(&harness, "there is nothing to change"));
    assert!(!is_enabled(&harness, "Apply"));
    assert!(harness.state().is_step_done(Step::FillInKeys));

    harness.get_by_label("Undo").click_accesskit();
    settle(&mut harness);
    assert!(shows(&harness, "3 files restored"), "no undo report");
    for (path, original) in &originals {
        assert_eq!(
            &std::fs::read(path).unwrap(),
            original,
            "{} not restored",
            path.display()
        );
    }
    assert!(is_enabled(&harness, "Apply"), "the plan is back after undo");
    assert!(!harness.state().is_step_done(Step::FillInKeys));
}

#[test]
fn language_switch_changes_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run_ok();
    assert!(harness.query_by_label("Mini program AppID").is_some());
    assert!(harness.query_by_label("Next →").is_some());
    harness.get_by_label("中文").click();
    harness.run_ok();
    assert!(harness.query_by_label("Mini program AppID").is_none());
    assert!(harness.query_by_label("小程序 AppID").is_some());
    assert!(harness.query_by_label("下一步 →").is_some());
    assert!(shows(&harness, "准备工作"));
    type_into(&mut harness, "小程序 AppID", "1400123456");
    assert!(shows(&harness, "这里全是数字"));
    harness.get_by_label("English").click();
    harness.run_ok();
    assert!(harness.query_by_label("Mini program AppID").is_some());
    assert_eq!(
        harness.state().state().language,
        Some(mlvb_setup::gui::i18n::Lang::En)
    );
}

#[test]
fn settings_survive_a_restart_and_never_hold_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.json");
    {
        let mut harness = harness(dir.path());
        harness.run_ok();
        type_into(&mut harness, "Mini program AppID", APP_ID);
        harness.get_by_label("Next →").click();
        harness.run_ok();
        go_to(&mut harness, "4. Cloud services");
        type_into(&mut harness, "SDKAppID", SDK_APP_ID);
        type_into(&mut harness, "Secret key", KEY);
        harness.run_ok();
        // The writer thread saves in the background; wait for the SDKAppID to appear.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(&settings).unwrap_or_default();
            if text.contains(SDK_APP_ID) {
                assert!(
                    !text.contains(KEY),
                    "the key is in the settings file:\n{text}"
                );
                assert!(
                    !text.contains(&KEY[..16]),
                    "part of the key is in the settings file"
                );
                break;
            }
            assert!(Instant::now() < deadline, "settings never written: {text}");
            std::thread::sleep(Duration::from_millis(10));
        }
        harness.state_mut().flush_settings();
    }
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(!text.contains(KEY));
    let mut harness = harness(dir.path());
    harness.run_ok();
    let state = harness.state().state();
    assert_eq!(state.step, Step::CloudServices);
    assert_eq!(state.app_id, APP_ID);
    assert_eq!(state.sdk_app_id, SDK_APP_ID);
    // Ticks come back with the values; the key (memory only in tests) does not.
    assert!(shows(&harness, "✔ 1. Before you start"));
    assert!(!harness.state().is_step_done(Step::CloudServices));
}

#[test]
fn request_domains_have_copy_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run_ok();
    go_to(&mut harness, "8. Publish");
    for domain in [
        "https://liveroom.qcloud.com",
        "https://webim.tim.qq.com",
        "https://pic.tim.qq.com",
    ] {
        assert!(harness.query_by_label(domain).is_some(), "{domain} missing");
    }
    let copies = harness.get_all_by_label("Copy").count();
    assert_eq!(copies, 3);
    harness.get_all_by_label("Copy").nth(1).unwrap().click();
    harness.run_ok();
    assert!(shows(&harness, "Copied: https://webim.tim.qq.com"));
}

#[test]
fn usersig_tool_signs_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(dir.path());
    harness.run_ok();
    harness.get_by_label("UserSig tool…").click();
    harness.run_ok();
    assert!(shows(
        &harness,
        "Signing needs a valid SDKAppID and secret key"
    ));
    // Without a key a UserSig can still be opened to see what is inside.
    let unchecked = mlvb_setup::usersig::generate(
        1_400_123_456,
        &mlvb_setup::credentials::SecretKey::parse("any").unwrap(),
        "demo_user",
        3600,
        1_700_000_000,
        None,
    );
    type_into(&mut harness, "UserSig to check", &unchecked);
    harness.get_by_label("Open").click();
    harness.run_ok();
    assert!(shows(&harness, "Inside: UserID demo_user"));
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);
    harness.get_by_label("Sign").click();
    harness.run_ok();
    let token = mlvb_setup::usersig::generate(
        1_400_123_456,
        &mlvb_setup::credentials::SecretKey::parse("other").unwrap(),
        "demo_user",
        3600,
        1_700_000_000,
        None,
    );
    type_into(&mut harness, "UserSig to check", &token);
    harness.get_by_label("Check").click();
    harness.run_ok();
    assert!(
        shows(&harness, "error 70009"),
        "a token signed with another key must fail"
    );
    assert!(shows(&harness, "Inside: UserID demo_user"));
}

/// A file dropped on the window, as the windowing integration hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_zip_is_read_then_unpacked_where_the_user_says() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    let originals = write_demo(&tree.join("MLVBSDK-master"));
    let zip_path = dir.path().join("MLVBSDK-master.zip");
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (path, bytes) in &originals {
            let name = path
                .strip_prefix(&tree)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            zip.start_file(name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    let mut harness = harness(dir.path());
    harness.run_ok();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(zip_path.clone())));
    harness.step();
    settle(&mut harness);
    assert_eq!(harness.state().state().step, Step::DemoSource);
    assert_eq!(
        harness.state().state().demo_path,
        zip_path.display().to_string()
    );
    assert!(shows(&harness, "This is an archive"));
    assert!(
        shows(&harness, "Found 3 files to fill in"),
        "the zip was not read"
    );
    assert!(
        !harness.state().is_step_done(Step::DemoSource),
        "a zip must be unpacked first"
    );

    let dest = dir.path().join("unpacked");
    std::fs::create_dir(&dest).unwrap();
    type_into(&mut harness, "Unpack into", &dest.display().to_string());
    harness.get_by_label("Unpack").click_accesskit();
    settle(&mut harness);
    let root = dest.join("MLVBSDK-master");
    assert!(shows(&harness, &format!("Unpacked to {}", root.display())));
    assert_eq!(
        harness.state().state().demo_path,
        root.display().to_string()
    );
    assert!(root.join("WXMini/project.config.json").is_file());
    assert!(harness.state().is_step_done(Step::DemoSource));
    assert!(
        std::fs::metadata(&zip_path).is_ok(),
        "the archive is left alone"
    );
}
