//! The "Build and preview" step driven with egui_kittest against the fake DevTools command line:
//! the DevTools path typed into its field, "Get preview QR" pressed, the window stepped until the
//! background preview ends — then the QR on show is read back with rqrr, and each failure mode is
//! checked for the guidance it must show.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{APP_ID, Fixture, LOGIN_CONTENT, PREVIEW_CONTENT, fake_cli};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mlvb_setup::gui::state::{self, State, Step};
use mlvb_setup::gui::{AppOptions, WizardApp};
use mlvb_setup::preview::{HostEnv, HostOs, QrImage};

const SDK_APP_ID: &str = "1400123456";

/// The wizard on "Build and preview" for the fixture's demo, its preview steered into `mode`
/// through the app's own options (no process-wide environment).
fn harness(fx: &Fixture, settings_dir: &Path, mode: &str) -> Harness<'static, WizardApp> {
    let settings = settings_dir.join("settings.json");
    let saved = State {
        step: Step::BuildAndPreview,
        app_id: APP_ID.to_owned(),
        sdk_app_id: SDK_APP_ID.to_owned(),
        demo_path: fx.demo.path().display().to_string(),
        ..State::default()
    };
    state::save(&settings, &saved).unwrap();
    let mut options = AppOptions::for_tests(Some(settings));
    let mut host = HostEnv::empty(HostOs::current());
    host.home = Some(fx.home.path().to_path_buf());
    host.local_app_data = Some(fx.home.path().to_path_buf());
    options.preview_host = host;
    options.preview_env = fx.env(mode);
    options.preview_work_dir = Some(fx.work_dir());
    Harness::builder()
        .with_size([1000.0, 1400.0])
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, app: &mut WizardApp| app.ui(ui),
            WizardApp::new(&options),
        )
}

/// Steps the window until `done` holds, failing after a deadline.
fn step_until(harness: &mut Harness<'_, WizardApp>, what: &str, done: impl Fn(&WizardApp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(40);
    while !done(harness.state()) {
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.step();
    harness.step();
}

/// Steps until no background job runs (demo read, checks, preview).
fn settle(harness: &mut Harness<'_, WizardApp>) {
    step_until(harness, "the background job", |app| !app.is_busy());
}

fn shows(harness: &Harness<'_, WizardApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Everything on screen, for failure messages.
fn screen(harness: &Harness<'_, WizardApp>) -> String {
    harness
        .query_all_by_label_contains("")
        .filter_map(|n| n.accesskit_node().label())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Types the fake DevTools into the DevTools field and waits for the checks to see it.
fn use_fake_devtools(harness: &mut Harness<'_, WizardApp>) {
    settle(harness);
    let cli = fake_cli().display().to_string();
    harness.get_by_label("DevTools command line").focus();
    harness.step();
    harness
        .get_by_label("DevTools command line")
        .type_text(&cli);
    harness.step();
    settle(harness);
    // On a loaded machine the checks of the window's start can still be on their way when the
    // path is typed; the checks for the typed path follow them.
    let deadline = Instant::now() + Duration::from_secs(40);
    while !shows(harness, &format!("DevTools command line: {cli}")) {
        assert!(
            Instant::now() < deadline,
            "the checks do not show the typed path:\n{}",
            screen(harness)
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    assert_eq!(harness.state().state().devtools_cli, cli, "saved in State");
}

fn get_preview_qr(harness: &mut Harness<'_, WizardApp>) {
    harness.get_by_label("Get preview QR").click();
    harness.step();
    assert!(harness.state().preview().is_running());
}

/// Reads a QR out of RGBA pixels with rqrr, independently of the code under test.
fn read_rgba(image: &QrImage) -> String {
    let width = image.width as usize;
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(width, image.height as usize, |x, y| {
            let p = &image.rgba[(y * width + x) * 4..][..3];
            ((u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3) as u8
        });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "expected one QR in the image");
    grids[0].decode().unwrap().1
}

#[test]
fn success_shows_the_qr_devtools_made_with_its_size_and_time() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "success");
    harness.step();
    use_fake_devtools(&mut harness);
    assert!(shows(&harness, "project.config.json found"));
    assert!(shows(
        &harness,
        &format!("AppID in project.config.json: {APP_ID}")
    ));
    assert!(shows(&harness, "projectname: MLVB"));
    assert!(shows(&harness, "DevTools service port: cannot tell"));

    get_preview_qr(&mut harness);
    settle(&mut harness);

    let qr = harness
        .state()
        .preview()
        .shown_qr()
        .unwrap_or_else(|| panic!("no QR on show:\n{}", screen(&harness)))
        .clone();
    assert_eq!(read_rgba(&qr.image.image), PREVIEW_CONTENT);
    assert_eq!(qr.content.as_deref(), Some(PREVIEW_CONTENT));
    assert!(
        harness.query_by_label("Preview QR code to scan").is_some(),
        "the QR texture is not on screen"
    );
    assert!(shows(&harness, "Your preview is ready"));
    assert!(shows(&harness, "Package size: 1.46 MB"));
    assert!(shows(&harness, "Made at 20"));
    assert!(harness.query_by_label("Regenerate").is_some());
    assert_eq!(fx.calls().len(), 1, "one preview: {:?}", fx.calls());

    // Regenerate asks again and shows a new image.
    harness.get_by_label("Regenerate").click();
    harness.step();
    settle(&mut harness);
    let again = harness.state().preview().shown_qr().unwrap();
    assert_ne!(again.image.id, qr.image.id, "a new image, uploaded anew");
    assert_eq!(fx.calls().len(), 2);

    harness.get_by_label("Push to my phone").click();
    harness.step();
    settle(&mut harness);
    assert!(
        shows(&harness, "Sent to your phone"),
        "no push report:\n{}",
        screen(&harness)
    );
    assert!(fx.calls().last().unwrap().starts_with("auto-preview|"));
    assert!(
        harness.query_by_label("Preview QR code to scan").is_some(),
        "pushing took the QR off the screen:\n{}",
        screen(&harness)
    );
    assert!(harness.state().is_step_done(Step::BuildAndPreview));
}

#[test]
fn port_disabled_shows_where_to_switch_it_on_in_both_languages() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "port-disabled");
    harness.step();
    use_fake_devtools(&mut harness);
    get_preview_qr(&mut harness);
    settle(&mut harness);
    let failure = harness.state().preview().failure().unwrap();
    assert_eq!(failure.problem.code(), "service-port-disabled");
    assert!(
        shows(
            &harness,
            "service port is off, so its command line cannot reach it"
        ),
        "{}",
        screen(&harness)
    );
    assert!(shows(
        &harness,
        "设置 → 安全设置 → 服务端口 (Settings → Security → Service port)"
    ));
    assert!(harness.state().preview().shown_qr().is_none());
    assert!(
        harness.query_by_label("Get preview QR").is_some(),
        "can try again"
    );

    harness.get_by_label("中文").click();
    harness.step();
    harness.step();
    assert!(
        shows(&harness, "开发者工具的服务端口已关闭，命令行无法调用它"),
        "{}",
        screen(&harness)
    );
    // The checklist's rows and their nested reasons are Chinese too.
    assert!(
        shows(&harness, "（来自下方填写的路径）")
            && shows(&harness, "下没有 .ide 或 .ide-status 文件"),
        "{}",
        screen(&harness)
    );
}

#[test]
fn bad_output_path_names_the_path_and_code_17() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "bad-output-path");
    harness.step();
    use_fake_devtools(&mut harness);
    get_preview_qr(&mut harness);
    settle(&mut harness);
    let failure = harness.state().preview().failure().unwrap();
    assert_eq!(failure.problem.code(), "bad-output-path");
    assert!(
        shows(&harness, "DevTools cannot write the QR code to") && shows(&harness, "its code 17"),
        "{}",
        screen(&harness)
    );
    assert!(shows(&harness, &fx.work_dir().display().to_string()));
    assert!(
        !harness.state().is_step_done(Step::BuildAndPreview),
        "a failed preview is not done"
    );
    // What DevTools printed is kept under a collapsed header.
    assert!(harness.query_by_label("What the command printed").is_some());
}

#[test]
fn not_logged_in_shows_the_login_qr_then_carries_on_by_itself() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "not-logged-in");
    harness.step();
    use_fake_devtools(&mut harness);
    get_preview_qr(&mut harness);
    step_until(&mut harness, "the login QR", |app| {
        app.preview().login_qr().is_some() || !app.is_busy()
    });
    let login = harness
        .state()
        .preview()
        .login_qr()
        .unwrap_or_else(|| panic!("no login QR:\n{}", screen(&harness)))
        .clone();
    assert_eq!(read_rgba(&login.image), LOGIN_CONTENT);
    assert!(harness.query_by_label("DevTools login QR code").is_some());
    assert!(shows(&harness, "Scan this code with WeChat on your phone"));
    assert!(shows(
        &harness,
        "Waiting for the login QR code to be scanned"
    ));

    settle(&mut harness);
    let qr = harness
        .state()
        .preview()
        .shown_qr()
        .unwrap_or_else(|| panic!("no QR after login:\n{}", screen(&harness)));
    assert_eq!(read_rgba(&qr.image.image), PREVIEW_CONTENT);
    assert!(qr.logged_in);
    assert!(shows(&harness, "DevTools was logged in on the way"));
    let verbs: Vec<String> = fx
        .calls()
        .iter()
        .map(|c| c.split('|').next().unwrap().to_owned())
        .collect();
    assert_eq!(verbs, ["preview", "login", "islogin", "preview"]);
}

/// Starts a preview against the fake in `hang` mode and waits until its child process runs.
#[cfg(unix)]
fn start_hanging_preview(fx: &Fixture, dir: &Path) -> Harness<'static, WizardApp> {
    let mut harness = harness(fx, dir, "hang");
    harness.step();
    use_fake_devtools(&mut harness);
    get_preview_qr(&mut harness);
    let deadline = Instant::now() + Duration::from_secs(20);
    while fx.pid("child.pid").is_none() {
        assert!(Instant::now() < deadline, "the fake never started");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // The window hears of the running stage through the preview's channel: on a busy machine
    // that can come a few frames after the process itself started.
    while !shows(&harness, "Running: ") {
        assert!(
            Instant::now() < deadline,
            "no running stage: {}",
            screen(&harness)
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness
}

#[cfg(unix)]
#[test]
fn cancel_ends_a_hanging_devtools_and_says_nothing_changed() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = start_hanging_preview(&fx, dir.path());
    assert!(shows(&harness, "Running: "), "{}", screen(&harness));
    harness.get_by_label("Cancel").click();
    harness.step();
    settle(&mut harness);
    assert_eq!(
        harness.state().preview().failure().unwrap().problem.code(),
        "cancelled"
    );
    assert!(shows(&harness, "Cancelled. Nothing was changed."));
    for name in ["cli.pid", "child.pid"] {
        let pid = fx.pid(name).unwrap();
        assert!(!common::is_running(pid), "{name} {pid} still runs");
    }
}

#[cfg(unix)]
#[test]
fn closing_the_window_ends_a_running_preview() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = start_hanging_preview(&fx, dir.path());
    harness.state_mut().shut_down();
    assert!(!harness.state().is_busy());
    for name in ["cli.pid", "child.pid"] {
        let pid = fx.pid(name).unwrap();
        assert!(!common::is_running(pid), "{name} {pid} still runs");
    }
}

#[test]
fn a_missing_appid_is_written_from_the_wizard_values() {
    let fx = Fixture::new(None);
    let js = fx.demo.path().join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(js.parent().unwrap()).unwrap();
    std::fs::write(&js, "var SDKAPPID = 0;\nvar SECRETKEY = \"\";\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "success");
    harness.step();
    settle(&mut harness);
    assert!(
        shows(&harness, "has no AppID"),
        "no AppID finding:\n{}",
        screen(&harness)
    );
    // Writing the AppID alone needs neither the SDKAppID nor the key.
    harness
        .get_by_label("Write the AppID into project.config.json")
        .click();
    harness.step();
    settle(&mut harness);
    let config =
        std::fs::read_to_string(fx.demo.path().join("WXMini/project.config.json")).unwrap();
    assert!(
        config.contains(&format!("\"appid\": \"{APP_ID}\"")),
        "{config}\n{}",
        screen(&harness)
    );
    assert_eq!(
        std::fs::read_to_string(&js).unwrap(),
        "var SDKAPPID = 0;\nvar SECRETKEY = \"\";\n",
        "only project.config.json is written"
    );
    assert!(shows(&harness, "AppID written (1 file)"));
    assert!(shows(
        &harness,
        &format!("AppID in project.config.json: {APP_ID}")
    ));
}

#[test]
fn the_trial_qr_opens_only_an_uploaded_trial_version() {
    let fx = Fixture::new(Some(APP_ID));
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(&fx, dir.path(), "success");
    harness.step();
    settle(&mut harness);
    harness
        .get_by_label_contains("Trial version (体验版) QR code")
        .click();
    harness.step();
    harness.step();
    assert!(shows(
        &harness,
        "only the version you have already uploaded"
    ));
    assert!(harness.query_by_label("Trial version QR code").is_some());
    assert!(shows(
        &harness,
        &format!("https://open.weixin.qq.com/sns/getexpappinfo?appid={APP_ID}#wechat-redirect")
    ));
}
