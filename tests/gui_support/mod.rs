//! What the window tests share: a harness around the wizard, stepping it until its background
//! work is done, typing into labelled fields, and reading what is on screen.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mlvb_setup::gui::{AppOptions, WizardApp};

pub const APP_ID: &str = "wx0123456789abcdef";
pub const SDK_APP_ID: &str = "1400123456";
pub const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// Test options with the settings file in `dir`.
pub fn options(dir: &Path) -> AppOptions {
    AppOptions::for_tests(Some(dir.join("settings.json")))
}

/// The wizard in a window of `size` points.
pub fn harness_sized(options: &AppOptions, size: [f32; 2]) -> Harness<'static, WizardApp> {
    Harness::builder()
        .with_size(size)
        // The language switch always shows "中文", and the tests' egui has no CJK font.
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, app: &mut WizardApp| app.ui(ui),
            WizardApp::new(options),
        )
}

/// Steps the window until no background job runs and nothing else is scheduled.
pub fn settle(harness: &mut Harness<'_, WizardApp>) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        while harness.state().is_busy() {
            assert!(Instant::now() < deadline, "a background job never finished");
            std::thread::sleep(Duration::from_millis(5));
            harness.step();
        }
        harness.run_ok();
        if !harness.state().is_busy() {
            harness.run_ok();
            if !harness.state().is_busy() {
                return;
            }
        }
    }
}

/// Replaces the text of the field labelled `label`.
pub fn type_into(harness: &mut Harness<'_, WizardApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_ok();
    harness.get_by_label(label).type_text(text);
    harness.run_ok();
}

pub fn is_enabled(harness: &Harness<'_, WizardApp>, label: &str) -> bool {
    !harness.get_by_label(label).accesskit_node().is_disabled()
}

pub fn shows(harness: &Harness<'_, WizardApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Clicks the step `title` in the side list (the Ready page names the steps too).
pub fn go_to(harness: &mut Harness<'_, WizardApp>, title: &str) {
    harness
        .query_all_by_label_contains(title)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap_or_else(|| panic!("no step {title}"))
        .click();
    harness.run_ok();
}

/// Types the values on "Cloud services", then `demo`'s path on "Demo source" (not read yet).
pub fn type_values_and_demo_path(harness: &mut Harness<'_, WizardApp>, demo: &Path) {
    go_to(harness, "4. Cloud services");
    type_into(harness, "SDKAppID", SDK_APP_ID);
    type_into(harness, "Secret key", KEY);
    go_to(harness, "5. Demo source");
    type_into(harness, "Demo folder or .zip", &demo.display().to_string());
}

/// Every label on screen, one a line (for failure messages).
pub fn screen(harness: &Harness<'_, WizardApp>) -> String {
    harness
        .query_all_by_label_contains("")
        .filter_map(|n| n.accesskit_node().label())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A demo the size of the real MLVBSDK download's credential files: the mini program (its
/// `GenerateTestUserSig.js`, `project.config.json`), `android` Java files and `ios`
/// Objective-C headers. Returns every file with its bytes.
pub fn write_sized_demo(root: &Path, android: usize, ios: usize) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(String, String)> = vec![
        (
            "WXMini/debug/GenerateTestUserSig.js".into(),
            "// 测试用\nvar SDKAPPID = 0;\nvar EXPIRETIME = 604800;\nvar SECRETKEY = \"\";".into(),
        ),
        (
            "WXMini/project.config.json".into(),
            "{\n\t\"description\": \"项目配置文件\",\n\t\"appid\": \"\",\n\t\"projectname\": \"mlvb\"\n}"
                .into(),
        ),
    ];
    for n in 0..android {
        files.push((
            format!("Android/module{n}/src/main/java/com/example/m{n}/GenerateTestUserSig.java"),
            format!(
                "package com.example.m{n};\n\npublic class GenerateTestUserSig {{\n    public static final int SDKAPPID = 0;\n    public static final int EXPIRETIME = 604800;\n    private static final String SECRETKEY = \"\";\n}}\n"
            ),
        ));
    }
    for n in 0..ios {
        files.push((
            format!("iOS/Target{n}/Debug/GenerateTestUserSig.h"),
            "#import <Foundation/Foundation.h>\n\nstatic const int SDKAPPID = 0;\nstatic const int EXPIRETIME = 604800;\nstatic NSString * const SECRETKEY = @\"\";\n".into(),
        ));
    }
    files
        .into_iter()
        .map(|(rel, text)| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("demo folder");
            std::fs::write(&path, &text).expect("demo file");
            (path, text.into_bytes())
        })
        .collect()
}
