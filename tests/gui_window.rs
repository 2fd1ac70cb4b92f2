//! The window as a new user meets it: Next always there, Apply in reach, ticks that mean done,
//! no silent failure, the unpack choices, the AppID needed only for the mini program, reasons on
//! disabled buttons, the smallest window — driven with egui_kittest.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod gui_support;

use eframe::egui;
use egui_kittest::kittest::Queryable as _;
use gui_support::{
    APP_ID, KEY, SDK_APP_ID, go_to, harness_sized, is_enabled, options, screen, settle, shows,
    type_into, write_sized_demo,
};
use mlvb_setup::gui::state::Step;
use mlvb_setup::gui::{MIN_HEIGHT, MIN_WIDTH};

fn inside_window(size: [f32; 2], rect: egui::Rect) -> bool {
    egui::Rect::from_min_size(egui::Pos2::ZERO, size.into()).contains_rect(rect)
}

/// Types the values on "Cloud services" and reads `demo` on "Demo source".
fn values_and_demo(
    harness: &mut egui_kittest::Harness<'_, mlvb_setup::gui::WizardApp>,
    demo: &std::path::Path,
) {
    gui_support::type_values_and_demo_path(harness, demo);
    harness.get_by_label("Read").click();
    settle(harness);
}

#[test]
fn next_stays_in_the_window_after_copying_a_usersig() {
    let dir = tempfile::tempdir().unwrap();
    let size = [900.0, 600.0];
    let mut harness = harness_sized(&options(dir.path()), size);
    harness.run_ok();
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);
    harness.get_by_label("UserSig tool…").click();
    harness.run_ok();
    harness.get_by_label("Sign").click();
    harness.run_ok();
    harness.get_by_label("Copy").click();
    harness.run_ok();
    assert!(shows(&harness, "Copied to the clipboard."));
    let next = harness.get_by_label("Next →");
    assert!(inside_window(size, next.rect()), "Next left the window");
    // The token is not echoed in the bar (it is a credential).
    assert!(!shows(&harness, "Copied: "), "{}", screen(&harness));
}

#[test]
fn apply_is_in_reach_at_900_by_600_with_a_real_size_demo() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("MLVBSDK");
    let files = write_sized_demo(&demo, 18, 3);
    let size = [900.0, 600.0];
    let mut harness = harness_sized(&options(dir.path()), size);
    harness.run_ok();
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    let apply = harness.get_by_label("Apply");
    assert!(
        inside_window(size, apply.rect()),
        "Apply at {:?} is outside the window",
        apply.rect()
    );
    apply.click();
    settle(&mut harness);
    let written = format!("{} files written", files.len() - 1);
    let report = harness.get_by_label_contains(&written);
    assert!(
        inside_window(size, report.rect()),
        "the result is off screen at {:?}",
        report.rect()
    );
    assert!(harness.state().is_step_done(Step::FillInKeys));
    assert!(shows(&harness, "✔ 6. Fill in the keys"));
}

#[test]
fn ticks_come_from_state_however_the_step_was_reached() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    // Pressing Next through a step with nothing done does not tick it.
    harness.get_by_label("Next →").click();
    harness.run_ok();
    harness.get_by_label("Next →").click();
    harness.run_ok();
    assert_eq!(harness.state().state().step, Step::LiveComponents);
    assert!(!harness.state().is_step_done(Step::BeforeYouStart));
    assert!(!harness.state().is_step_done(Step::ServiceCategory));
    assert!(!harness.state().is_step_done(Step::LiveComponents));
    harness
        .get_by_label("Both permissions are on in the admin pages")
        .click();
    harness.run_ok();
    assert!(harness.state().is_step_done(Step::LiveComponents));

    // Reached through the side list and filled in there: ticked without pressing Next.
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);
    assert!(
        shows(&harness, "✔ 4. Cloud services"),
        "{}",
        screen(&harness)
    );
    let demo = dir.path().join("demo");
    write_sized_demo(&demo, 1, 0);
    go_to(&mut harness, "5. Demo source");
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &demo.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    assert!(shows(&harness, "✔ 5. Demo source"));
    // The keys are not in the files yet; the last page says so and where to go.
    assert!(!harness.state().is_step_done(Step::FillInKeys));
    go_to(&mut harness, "9. Ready?");
    assert!(shows(
        &harness,
        "the demo's files do not hold these values yet"
    ));
    assert!(shows(&harness, "no mini-program AppID yet"));
}

#[test]
fn a_file_dialog_that_cannot_open_says_so_and_gives_the_path_field_the_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    go_to(&mut harness, "5. Demo source");
    harness.get_by_label("Choose folder…").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "The file dialog could not be shown here"),
        "{}",
        screen(&harness)
    );
    assert!(harness.get_by_label("Demo folder or .zip").is_focused());
}

#[test]
fn a_link_that_cannot_open_shows_its_url_with_a_copy_button() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    harness.get_by_label_contains("Create an account").click();
    harness.run_ok();
    assert!(shows(&harness, "This could not be opened for you"));
    assert!(shows(&harness, "https://cloud.tencent.com/register"));
    harness.get_by_label("Copy").click();
    harness.run_ok();
    assert!(shows(
        &harness,
        "Copied: https://cloud.tencent.com/register"
    ));
}

#[test]
fn unpacking_into_a_new_folder_and_into_one_already_there() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("src");
    write_sized_demo(&source.join("MLVBSDK-master"), 1, 0);
    let zip_path = dir.path().join("MLVBSDK-master.zip");
    zip_folder(&source, &zip_path);

    let mut harness = harness_sized(&options(dir.path()), [1000.0, 900.0]);
    harness.run_ok();
    go_to(&mut harness, "5. Demo source");
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &zip_path.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    // A folder that does not exist yet is made.
    let dest = dir.path().join("new").join("place");
    type_into(&mut harness, "Unpack into", &dest.display().to_string());
    harness.get_by_label("Unpack").click_accesskit();
    settle(&mut harness);
    let root = dest.join("MLVBSDK-master");
    assert!(
        shows(&harness, &format!("Unpacked to {}", root.display())),
        "{}",
        screen(&harness)
    );
    assert!(root.join("WXMini/project.config.json").is_file());

    // Again into the same place: the folder is there; use it, or unpack under a free name.
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &zip_path.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    type_into(&mut harness, "Unpack into", &dest.display().to_string());
    harness.get_by_label("Unpack").click_accesskit();
    settle(&mut harness);
    assert!(shows(&harness, "is already there"), "{}", screen(&harness));
    harness.get_by_label("Unpack as “MLVBSDK-master-2”").click();
    settle(&mut harness);
    assert!(
        dest.join("MLVBSDK-master-2/WXMini/project.config.json")
            .is_file()
    );
    assert_eq!(
        harness.state().state().demo_path,
        dest.join("MLVBSDK-master-2").display().to_string()
    );

    type_into(
        &mut harness,
        "Demo folder or .zip",
        &zip_path.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    harness.get_by_label("Unpack").click_accesskit();
    settle(&mut harness);
    harness.get_by_label("Use the existing folder").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().state().demo_path,
        root.display().to_string()
    );
    assert!(harness.state().is_step_done(Step::DemoSource));
}

fn zip_folder(source: &std::path::Path, zip_path: &std::path::Path) {
    use std::io::Write as _;
    let file = std::fs::File::create(zip_path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    for entry in walk(source) {
        let rel = entry
            .strip_prefix(source)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        zip.start_file(rel, options).unwrap();
        zip.write_all(&std::fs::read(&entry).unwrap()).unwrap();
    }
    zip.finish().unwrap();
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn an_android_only_demo_goes_through_to_apply_without_an_app_id() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("Android");
    let java = demo.join("app/src/main/java/com/example/GenerateTestUserSig.java");
    std::fs::create_dir_all(java.parent().unwrap()).unwrap();
    std::fs::write(
        &java,
        "public class GenerateTestUserSig {\n    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = \"\";\n}\n",
    )
    .unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    // Step 1 lets a user without a mini program go on.
    for _ in 0..3 {
        assert!(is_enabled(&harness, "Next →"));
        harness.get_by_label("Next →").click();
        harness.run_ok();
    }
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);
    harness.get_by_label("Next →").click();
    harness.run_ok();
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &demo.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    harness.get_by_label("Next →").click();
    settle(&mut harness);
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    let text = std::fs::read_to_string(&java).unwrap();
    assert!(
        text.contains("SDKAPPID = 1400123456;") && text.contains(KEY),
        "{text}"
    );
    assert!(harness.state().is_step_done(Step::FillInKeys));
}

#[test]
fn disabled_buttons_say_why_on_hover() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    assert!(!is_enabled(&harness, "← Back"));
    harness.get_by_label("← Back").hover();
    harness.run_ok();
    assert!(
        shows(&harness, "This is the first step."),
        "{}",
        screen(&harness)
    );

    let demo = dir.path().join("demo");
    write_sized_demo(&demo, 1, 0);
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    assert!(!is_enabled(&harness, "Undo"));
    harness.get_by_label("Undo").hover();
    harness.run_ok();
    assert!(
        shows(&harness, "there is nothing to undo"),
        "{}",
        screen(&harness)
    );
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    assert!(!is_enabled(&harness, "Apply"));
    harness.get_by_label("Apply").hover();
    harness.run_ok();
    assert!(
        shows(&harness, "there is nothing to write"),
        "{}",
        screen(&harness)
    );
}

#[test]
fn undo_and_back_to_the_original_walk_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let files = write_sized_demo(&demo, 2, 1);
    let js = &files[0].0;
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    type_into(&mut harness, "Mini program AppID", APP_ID);
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    let first = std::fs::read(js).unwrap();
    // A second change: another SDKAppID.
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "SDKAppID", "1400999999");
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    assert!(std::fs::read_to_string(js).unwrap().contains("1400999999"));

    harness.get_by_label("Undo").click();
    settle(&mut harness);
    assert_eq!(
        std::fs::read(js).unwrap(),
        first,
        "Undo gives back the first patch"
    );
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    harness.get_by_label("Back to the original").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "Back to the original:"),
        "{}",
        screen(&harness)
    );
    for (path, original) in &files {
        assert_eq!(
            &std::fs::read(path).unwrap(),
            original,
            "{}",
            path.display()
        );
    }
    assert!(!is_enabled(&harness, "Undo"));
}

#[test]
fn the_smallest_window_and_a_hidpi_screen_keep_everything_apart() {
    let dir = tempfile::tempdir().unwrap();
    let size = [MIN_WIDTH, MIN_HEIGHT];
    for scale in [1.0, 2.0] {
        let mut harness = egui_kittest::Harness::builder()
            .with_size(size)
            .with_pixels_per_point(scale)
            .allow_missing_glyphs()
            .build_ui_state(
                |ui, app: &mut mlvb_setup::gui::WizardApp| app.ui(ui),
                mlvb_setup::gui::WizardApp::new(&options(dir.path())),
            );
        harness.run_ok();
        let subtitle = harness
            .get_by_label_contains("MLVB live-streaming demo setup")
            .rect();
        let language = harness.get_by_label("Language").rect();
        assert!(
            !subtitle.intersects(language),
            "{subtitle:?} overlaps {language:?}"
        );
        for label in ["Next →", "← Back", "UserSig tool…", "English"] {
            let rect = harness.get_by_label(label).rect();
            assert!(
                inside_window(size, rect),
                "{label} at {rect:?} at scale {scale}"
            );
        }
        // A field does not move when the message of the one above it comes, changes or goes.
        go_to(&mut harness, "4. Cloud services");
        let key_field = || harness.get_by_label("Secret key").rect();
        let before = key_field();
        for typed in [SDK_APP_ID, "0", APP_ID, "12x", ""] {
            type_into(&mut harness, "SDKAppID", typed);
            assert_eq!(
                harness.get_by_label("Secret key").rect(),
                before,
                "after {typed:?}"
            );
        }
        go_to(&mut harness, "1. Before you start");
    }
}

#[test]
fn licence_and_domain_fields_appear_where_the_demo_declares_them_and_apply_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    // A mini program alone declares none of them.
    let mini = dir.path().join("mini");
    write_sized_demo(&mini, 0, 0);
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 1400.0]);
    harness.run_ok();
    values_and_demo(&mut harness, &mini);
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    assert!(harness.query_by_label("Licence URL").is_none());

    let demo = dir.path().join("android");
    let java = demo.join("app/src/main/java/com/example/GenerateTestUserSig.java");
    let gradle = demo.join("app/build.gradle");
    std::fs::create_dir_all(java.parent().unwrap()).unwrap();
    std::fs::write(
        &java,
        "public class GenerateTestUserSig {\n    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = \"\";\n    public static final String LICENSEURL = \"\";\n    public static final String LICENSEURLKEY = \"\";\n}\n",
    )
    .unwrap();
    std::fs::write(
        &gradle,
        "apply plugin: 'com.android.application'\n\nandroid {\n    defaultConfig {\n        applicationId \"com.tencent.mlvb.apiexample\"\n        minSdkVersion 19\n    }\n}\n",
    )
    .unwrap();
    go_to(&mut harness, "5. Demo source");
    type_into(
        &mut harness,
        "Demo folder or .zip",
        &demo.display().to_string(),
    );
    harness.get_by_label("Read").click();
    settle(&mut harness);
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    assert!(
        harness.query_by_label("Licence URL").is_some(),
        "{}",
        screen(&harness)
    );
    assert!(
        harness.query_by_label("Push domain").is_none(),
        "not declared here"
    );

    type_into(&mut harness, "Licence URL", "ftp://example.com/x");
    assert!(
        !is_enabled(&harness, "Apply"),
        "a refused value blocks Apply"
    );
    let url = "https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license";
    type_into(&mut harness, "Licence URL", url);
    type_into(
        &mut harness,
        "Licence key",
        "0123456789abcdef0123456789abcdef",
    );
    type_into(
        &mut harness,
        "Android package name the licence was issued for",
        "com.example.live",
    );
    settle(&mut harness);
    assert!(
        shows(&harness, "The licence will not work with these apps"),
        "{}",
        screen(&harness)
    );
    assert!(shows(&harness, "com.tencent.mlvb.apiexample"));
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    let text = std::fs::read_to_string(&java).unwrap();
    assert!(
        text.contains(url) && text.contains("0123456789abcdef0123456789abcdef"),
        "{text}"
    );
    let build = std::fs::read_to_string(&gradle).unwrap();
    assert!(
        build.contains("applicationId \"com.example.live\""),
        "{build}"
    );
    assert!(
        shows(&harness, "Every app's ID matches the licence"),
        "{}",
        screen(&harness)
    );
}

/// An IM REST API stand-in that checks the UserSig it gets the way the server does, with the
/// core's verifier and `key`; returns its base URL.
fn im_stand_in(key: &'static str) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let url = request.url().to_owned();
            let param = |name: &str| {
                url.split_once('?').and_then(|(_, q)| {
                    q.split('&').find_map(|pair| {
                        let (k, v) = pair.split_once('=')?;
                        (k == name).then(|| v.to_owned())
                    })
                })
            };
            let sig = param("usersig").unwrap_or_default();
            let sig = percent_decode(&sig);
            let key = mlvb_setup::credentials::SecretKey::parse(key).unwrap();
            let now = i64::try_from(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs(),
            )
            .unwrap();
            let body = match mlvb_setup::usersig::verify(&sig, 1_400_123_456, &key, None, now) {
                mlvb_setup::usersig::Verification::Valid { .. } => {
                    r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"UserID":"administrator","ResultCode":0,"AccountStatus":"Imported"}]}"#.to_owned()
                }
                mlvb_setup::usersig::Verification::Invalid(failure) => format!(
                    r#"{{"ActionStatus":"FAIL","ErrorCode":{},"ErrorInfo":"usersig check failed"}}"#,
                    failure.code.code()
                ),
            };
            let _ = request.respond(tiny_http::Response::from_string(body));
        }
    });
    base
}

#[test]
fn the_online_check_shows_tencent_clouds_answer_and_its_cause() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = options(dir.path());
    options.im_endpoint = Some(im_stand_in(KEY));
    let mut harness = harness_sized(&options, [1000.0, 1200.0]);
    harness.run_ok();
    go_to(&mut harness, "4. Cloud services");
    assert!(!is_enabled(&harness, "Check with Tencent Cloud"));
    type_into(&mut harness, "SDKAppID", SDK_APP_ID);
    type_into(&mut harness, "Secret key", KEY);
    harness.get_by_label("Check with Tencent Cloud").click();
    settle(&mut harness);
    assert!(shows(&harness, "the pair works"), "{}", screen(&harness));

    // A key of three letters passes the offline form check with a warning, but not Tencent's.
    type_into(&mut harness, "Secret key", "xyz");
    assert!(
        !shows(&harness, "the pair works"),
        "an old answer stays for new values"
    );
    harness.get_by_label("Check with Tencent Cloud").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "The phone would show 70009"),
        "{}",
        screen(&harness)
    );
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn a_key_unlike_the_consoles_needs_a_tick_before_apply() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    write_sized_demo(&demo, 1, 0);
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 760.0]);
    harness.run_ok();
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "4. Cloud services");
    type_into(&mut harness, "Secret key", "xyz");
    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    assert!(!is_enabled(&harness, "Apply"));
    assert!(shows(&harness, "tick the box above to write it anyway"));
    harness
        .get_by_label_contains("is not 64 hexadecimal characters")
        .click();
    harness.run_ok();
    assert!(is_enabled(&harness, "Apply"));
}

#[test]
fn the_ready_page_lists_what_is_left_then_all_clear_after_apply() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    write_sized_demo(&demo, 1, 1);
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 1400.0]);
    harness.run_ok();
    type_into(&mut harness, "Mini program AppID", APP_ID);
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "9. Ready?");
    settle(&mut harness);
    assert!(shows(&harness, "What the demo's files still need"));
    assert!(
        !shows(&harness, "Nothing left to fix"),
        "{}",
        screen(&harness)
    );
    assert!(
        shows(&harness, "Android (") && shows(&harness, "iOS ("),
        "{}",
        screen(&harness)
    );

    go_to(&mut harness, "6. Fill in the keys");
    settle(&mut harness);
    harness.get_by_label("Apply").click();
    settle(&mut harness);
    go_to(&mut harness, "9. Ready?");
    settle(&mut harness);
    assert!(
        shows(&harness, "Nothing left to fix"),
        "{}",
        screen(&harness)
    );
}

#[test]
fn the_publish_page_lists_the_domains_the_code_calls_with_copy_all() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    write_sized_demo(&demo, 0, 0);
    std::fs::write(
        demo.join("WXMini/debug/api.js"),
        "// old: https://comment.example.com/x\nwx.request({ url: 'https://lvb.qcloud.com/weapp/utils/get_login_info' });\nwx.connectSocket({ url: 'wss://ws.example.com/live' });\n",
    )
    .unwrap();
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 1200.0]);
    harness.run_ok();
    values_and_demo(&mut harness, &demo);
    go_to(&mut harness, "8. Publish");
    assert!(
        shows(&harness, "Every domain the demo's code calls"),
        "{}",
        screen(&harness)
    );
    assert!(
        harness.query_by_label("https://lvb.qcloud.com").is_some(),
        "{}",
        screen(&harness)
    );
    assert!(harness.query_by_label("wss://ws.example.com").is_some());
    assert!(
        !shows(&harness, "comment.example.com"),
        "a comment is not a call"
    );
    assert!(!harness.state().is_step_done(Step::Publish));
    harness.get_all_by_label("Copy all").next().unwrap().click();
    harness.run_ok();
    assert!(
        shows(
            &harness,
            "Copied: https://liveroom.qcloud.com\nhttps://webim.tim.qq.com\nhttps://pic.tim.qq.com\nhttps://lvb.qcloud.com"
        ),
        "{}",
        screen(&harness)
    );
    assert!(harness.state().is_step_done(Step::Publish));
}

/// Serves `zip` to every request; with `stall_after`, sends that many bytes then stops talking.
fn zip_server(zip: Vec<u8>, stall_after: Option<usize>) -> String {
    use std::io::{Read as _, Write as _};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {}\r\n\r\n",
                zip.len()
            );
            let _ = stream.write_all(head.as_bytes());
            match stall_after {
                None => {
                    let _ = stream.write_all(&zip);
                }
                Some(n) => {
                    let _ = stream.write_all(&zip[..n.min(zip.len())]);
                    let _ = stream.flush();
                    std::thread::sleep(std::time::Duration::from_mins(1));
                }
            }
        }
    });
    format!("{base}/MLVBSDK-master.zip")
}

fn demo_zip_bytes(dir: &std::path::Path) -> Vec<u8> {
    let source = dir.join("zip-src");
    write_sized_demo(&source.join("MLVBSDK-master"), 2, 1);
    // Some bulk, so that a download has a middle to be cancelled in.
    std::fs::write(
        source.join("MLVBSDK-master/bulk.bin"),
        (0..400_000u32)
            .flat_map(u32::to_le_bytes)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    let zip_path = dir.join("served.zip");
    zip_folder(&source, &zip_path);
    std::fs::read(zip_path).unwrap()
}

#[test]
fn the_demo_downloads_with_progress_then_is_read_and_a_cancel_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let zip = demo_zip_bytes(dir.path());
    let mut harness = harness_sized(&options(dir.path()), [1000.0, 1000.0]);
    harness.run_ok();
    go_to(&mut harness, "5. Demo source");
    harness.get_by_label("Download it from here").click();
    harness.run_ok();

    // Cancelled halfway: the folder is not made, nothing is left beside it.
    let stalled = zip_server(zip.clone(), Some(zip.len() / 2));
    let into = dir.path().join("downloads").join("MLVBSDK");
    std::fs::create_dir_all(into.parent().unwrap()).unwrap();
    type_into(
        &mut harness,
        "Into the folder (new or empty)",
        &into.display().to_string(),
    );
    type_into(&mut harness, "From (leave empty for GitHub)", &stalled);
    harness.get_by_label("Download").click();
    harness.run_ok();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !shows(&harness, " MB/s") {
        assert!(
            std::time::Instant::now() < deadline,
            "no progress: {}",
            screen(&harness)
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.get_by_label("Cancel download").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "The demo was not downloaded"),
        "{}",
        screen(&harness)
    );
    assert!(!into.exists());
    assert_eq!(
        std::fs::read_dir(into.parent().unwrap()).unwrap().count(),
        0
    );

    // A whole archive: unpacked into the folder, then read.
    let good = zip_server(zip, None);
    type_into(&mut harness, "From (leave empty for GitHub)", &good);
    harness.get_by_label("Download").click();
    settle(&mut harness);
    assert!(
        shows(&harness, "Downloaded and read"),
        "{}",
        screen(&harness)
    );
    assert!(into.join("WXMini/project.config.json").is_file());
    assert_eq!(
        harness.state().state().demo_path,
        into.display().to_string()
    );
    assert!(harness.state().is_step_done(Step::DemoSource));
    assert!(
        shows(&harness, "Found 5 files to fill in"),
        "{}",
        screen(&harness)
    );
}
