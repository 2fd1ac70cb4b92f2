//! A new user's whole way through the window, from a first launch to the keys written and a
//! preview QR on show (from the stand-in DevTools), counting what the user does: each click,
//! paste or typed value is one action.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;
mod gui_support;

use std::time::{Duration, Instant};

use common::{Fixture, PREVIEW_CONTENT, fake_cli};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gui_support::{APP_ID, KEY, SDK_APP_ID, options, screen, settle, type_into};
use mlvb_setup::gui::WizardApp;
use mlvb_setup::gui::state::Step;
use mlvb_setup::preview::{HostEnv, HostOs};

/// The user's actions, counted as they are done.
struct User<'h> {
    harness: Harness<'h, WizardApp>,
    actions: Vec<String>,
}

impl User<'_> {
    fn click(&mut self, label: &str) {
        self.actions.push(format!("click {label}"));
        self.harness.get_by_label(label).click();
        self.harness.run_ok();
        settle(&mut self.harness);
    }

    fn click_containing(&mut self, label: &str) {
        self.actions.push(format!("click {label}"));
        self.harness.get_by_label_contains(label).click();
        self.harness.run_ok();
        settle(&mut self.harness);
    }

    fn type_value(&mut self, label: &str, text: &str) {
        self.actions.push(format!("type {label}"));
        type_into(&mut self.harness, label, text);
        settle(&mut self.harness);
    }
}

#[test]
fn first_launch_to_an_applied_patch_and_a_qr_in_twelve_actions_or_fewer() {
    let fx = Fixture::new(None);
    let demo = fx.demo.path();
    let js = demo.join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(js.parent().unwrap()).unwrap();
    std::fs::write(
        &js,
        "var SDKAPPID = 0;\nvar EXPIRETIME = 604800;\nvar SECRETKEY = \"\";\n",
    )
    .unwrap();
    let java = demo.join("Android/app/src/main/java/GenerateTestUserSig.java");
    std::fs::create_dir_all(java.parent().unwrap()).unwrap();
    std::fs::write(
        &java,
        "public class GenerateTestUserSig {\n    public static final int SDKAPPID = 0;\n    private static final String SECRETKEY = \"\";\n}\n",
    )
    .unwrap();

    let settings = tempfile::tempdir().unwrap();
    let mut options = options(settings.path());
    let mut host = HostEnv::empty(HostOs::current());
    host.home = Some(fx.home.path().to_path_buf());
    host.local_app_data = Some(fx.home.path().to_path_buf());
    options.preview_host = host;
    options.preview_env = fx.env("success");
    options.preview_work_dir = Some(fx.work_dir());
    let mut user = User {
        harness: gui_support::harness_sized(&options, [1000.0, 760.0]),
        actions: Vec::new(),
    };
    user.harness.run_ok();

    user.type_value("Mini program AppID", APP_ID);
    user.click_containing("4. Cloud services");
    user.type_value("SDKAppID", SDK_APP_ID);
    user.type_value("Secret key", KEY);
    user.click("Next →");
    user.type_value("Demo folder or .zip", &demo.display().to_string());
    user.click("Read");
    user.click("Next →");
    user.click("Apply");
    assert!(
        user.harness.state().is_step_done(Step::FillInKeys),
        "{}",
        screen(&user.harness)
    );
    user.click("Next →");
    user.type_value("DevTools command line", &fake_cli().display().to_string());
    user.click("Get preview QR");
    let deadline = Instant::now() + Duration::from_secs(40);
    while user.harness.state().preview().shown_qr().is_none() {
        assert!(
            Instant::now() < deadline,
            "no QR: {}",
            screen(&user.harness)
        );
        std::thread::sleep(Duration::from_millis(10));
        user.harness.step();
    }
    let qr = user.harness.state().preview().shown_qr().unwrap();
    assert_eq!(qr.content.as_deref(), Some(PREVIEW_CONTENT));
    assert!(std::fs::read_to_string(&js).unwrap().contains(KEY));
    assert!(
        std::fs::read_to_string(demo.join("WXMini/project.config.json"))
            .unwrap()
            .contains(APP_ID)
    );
    for step in [
        Step::BeforeYouStart,
        Step::CloudServices,
        Step::DemoSource,
        Step::FillInKeys,
        Step::BuildAndPreview,
    ] {
        assert!(
            user.harness.state().is_step_done(step),
            "{step:?} not ticked"
        );
    }
    println!("{} actions: {:#?}", user.actions.len(), user.actions);
    assert!(user.actions.len() <= 12, "{:#?}", user.actions);
}
