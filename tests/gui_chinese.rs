//! The window in Chinese says the core's findings in Chinese: a refused file, a failed Apply on a
//! read-only file, a broken archive, and a keychain that cannot be reached. (DevTools' service
//! port being off is shown in Chinese by `gui_preview.rs`.)

mod gui_support;

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gui_support::{KEY, SDK_APP_ID, options, screen, settle, shows, type_into};
use mlvb_setup::gui::i18n::Lang;
use mlvb_setup::gui::state::Step;
use mlvb_setup::gui::{AppOptions, WizardApp};
use mlvb_setup::messages::KeychainProblem;

fn chinese(options: AppOptions) -> Harness<'static, WizardApp> {
    Harness::builder()
        .with_size([1000.0, 760.0])
        // The tests' egui has no CJK font: the text is there, drawn as boxes.
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, app: &mut WizardApp| app.ui(ui),
            WizardApp::new(&AppOptions {
                language: Some(Lang::ZhCn),
                ..options
            }),
        )
}

/// Types the SDKAppID and the key on "云服务", then reads `demo` on "Demo 源码".
fn read_demo(harness: &mut Harness<'_, WizardApp>, demo: &Path) {
    harness.run_ok();
    harness.get_by_label_contains("4. 云服务").click();
    harness.run_ok();
    type_into(harness, "SDKAppID", SDK_APP_ID);
    type_into(harness, "密钥", KEY);
    harness.get_by_label_contains("5. Demo 源码").click();
    harness.run_ok();
    type_into(harness, "Demo 文件夹或 .zip", &demo.display().to_string());
    harness.get_by_label("读取").click();
    settle(harness);
}

#[test]
fn a_refused_file_is_explained_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let js = demo.join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(js.parent().unwrap()).unwrap();
    std::fs::write(&js, "var SDKAPPID = 0;\nvar SECRETKEY = '';\n").unwrap();
    let java = demo.join("Android/debug/Sig.java");
    std::fs::create_dir_all(java.parent().unwrap()).unwrap();
    std::fs::write(
        &java,
        "class Sig {\n    public static final int SDKAPPID = 0;\n    static String SECRETKEY = 'x';\n}\n",
    )
    .unwrap();
    let mut harness = chinese(options(dir.path()));
    read_demo(&mut harness, &demo);
    harness.get_by_label_contains("6. 填写密钥").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "的值用了单引号，在这种语言里不是字符串"),
        "{}",
        screen(&harness)
    );
    assert!(
        shows(&harness, "Android/debug/Sig.java:3"),
        "{}",
        screen(&harness)
    );
    assert!(
        !shows(&harness, "single quotes"),
        "English left: {}",
        screen(&harness)
    );
}

#[cfg(unix)]
#[test]
fn apply_on_a_read_only_file_fails_in_chinese_and_writes_nothing() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let js = demo.join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(js.parent().unwrap()).unwrap();
    let original = "var SDKAPPID = 0;\nvar SECRETKEY = \"\";\n";
    std::fs::write(&js, original).unwrap();
    std::fs::set_permissions(&js, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut harness = chinese(options(dir.path()));
    read_demo(&mut harness, &demo);
    harness.get_by_label_contains("6. 填写密钥").click();
    settle(&mut harness);
    harness.get_by_label("写入").click_accesskit();
    settle(&mut harness);
    assert!(
        shows(&harness, "是只读文件：请让它可写"),
        "{}",
        screen(&harness)
    );
    assert!(shows(&harness, "没有做任何改动"), "{}", screen(&harness));
    assert!(
        !shows(&harness, "is read-only"),
        "English left: {}",
        screen(&harness)
    );
    assert_eq!(std::fs::read_to_string(&js).unwrap(), original);
    assert!(!harness.state().is_step_done(Step::FillInKeys));
}

#[test]
fn a_broken_archive_is_explained_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("MLVBSDK-master.zip");
    // The start of a zip, then nothing: a cut-short download.
    std::fs::write(&zip, b"PK\x03\x04\x14\x00\x00\x00\x08\x00cut short").unwrap();
    let mut harness = chinese(options(dir.path()));
    read_demo(&mut harness, &zip);
    assert!(
        shows(&harness, "无法读取 Demo：") && shows(&harness, "不是可读取的 .zip 压缩包"),
        "{}",
        screen(&harness)
    );
    assert!(shows(&harness, "请重新下载 Demo"), "{}", screen(&harness));
    assert!(
        !shows(&harness, "download the demo again"),
        "{}",
        screen(&harness)
    );
}

#[test]
fn an_unreachable_keychain_is_said_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = chinese(AppOptions {
        keychain_problem: Some(KeychainProblem::NoStore),
        ..options(dir.path())
    });
    harness.run_ok();
    assert!(
        shows(&harness, "无法连接系统钥匙串，密钥只保存在内存中")
            && shows(&harness, "这个系统上没有 mlvb-setup 能使用的钥匙串"),
        "{}",
        screen(&harness)
    );
    assert!(shows(&harness, "密钥：仅在内存中"), "{}", screen(&harness));
    harness.get_by_label("知道了").click();
    harness.run_ok();
    assert!(!shows(&harness, "无法连接系统钥匙串"));
}
