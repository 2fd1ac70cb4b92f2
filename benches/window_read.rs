//! The window's "read the demo" against the command line's: on generated trees of 5 k and 100 k
//! files, from the click on Read until "Fill in the keys" shows the plan (Apply enabled), driven
//! through egui_kittest as a user would; and, for comparison, what `mlvb-setup scan` followed by
//! `mlvb-setup patch --dry-run` do in one process (scan, then scan and plan again, and the diff).
//! `cargo bench --bench window_read`; the ratio is `window` / `command_line` (issue 13's goal:
//! ≤ 1.2).
#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop

#[path = "../tests/gui_support/mod.rs"]
mod gui_support;
mod support;

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use gui_support::{KEY, SDK_APP_ID, is_enabled, options, screen, settle};
use mlvb_setup::credentials::{SdkAppId, SecretKey};
use mlvb_setup::demo::scan;
use mlvb_setup::gui::WizardApp;
use mlvb_setup::patch;
use mlvb_setup::setup::Values;

fn main() {
    divan::main();
}

/// The window with the cloud values typed and the demo folder's path in its field, on "Demo
/// source" (the Read button under the pointer).
fn ready_to_read(files: usize, settings: &std::path::Path) -> Harness<'static, WizardApp> {
    let mut harness = gui_support::harness_sized(&options(settings), [1000.0, 760.0]);
    harness.run_ok();
    gui_support::type_values_and_demo_path(&mut harness, &support::tree(files));
    settle(&mut harness);
    harness
}

/// Click on Read, then frames (as the window draws them while it waits) until the read and the
/// plan are done; then "Fill in the keys", whose Apply needs the plan.
fn read_and_show_plan(harness: &mut Harness<'static, WizardApp>) {
    harness.get_by_label("Read").click();
    harness.step();
    loop {
        while harness.state().is_busy() {
            std::thread::sleep(Duration::from_millis(1));
            harness.step();
        }
        // The plan starts in the frame that takes in the read: one more frame to be sure.
        harness.step();
        if !harness.state().is_busy() {
            break;
        }
    }
    harness.get_by_label("Next →").click();
    harness.run_ok();
    assert!(is_enabled(harness, "Apply"), "{}", screen(harness));
}

#[divan::bench(args = [5_000, 100_000], sample_count = 5, sample_size = 1)]
fn window(bencher: divan::Bencher, files: usize) {
    let settings = tempfile::tempdir().unwrap();
    bencher
        .with_inputs(|| ready_to_read(files, settings.path()))
        .bench_local_values(|mut harness| {
            read_and_show_plan(&mut harness);
            harness
        });
}

/// `scan DIR` then `patch --dry-run DIR`: two scans, one plan and its diff.
#[divan::bench(args = [5_000, 100_000], sample_count = 5, sample_size = 1)]
fn command_line(bencher: divan::Bencher, files: usize) {
    let dir = support::tree(files);
    let values = Values::new(
        SdkAppId::parse(SDK_APP_ID).unwrap(),
        SecretKey::from_exact(KEY.to_owned()),
        None,
    );
    bencher.bench(|| {
        let scanned = scan(&dir).unwrap();
        let plan = patch::plan(&dir, &values).unwrap();
        (scanned, plan.unified_diff(&[KEY]))
    });
}
