//! Scan and plan on generated demo trees of 5 k and 100 k files (mostly non-credential source,
//! some binaries, skipped dependency folders, the credential fixtures): `cargo bench --bench scan`.
#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop

mod support;

use mlvb_setup::credentials::{SdkAppId, SecretKey};
use mlvb_setup::demo::{ScanProgress, scan_dir, scan_dir_with_progress};
use mlvb_setup::patch;
use mlvb_setup::setup::Values;

fn main() {
    divan::main();
}

fn values() -> Values {
    Values::new(
        SdkAppId::parse("1400000001").unwrap(),
        SecretKey::from_exact(
            "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e".to_owned(),
        ),
        None,
    )
}

#[divan::bench(args = [5_000, 100_000], sample_count = 10, sample_size = 1)]
fn scan(bencher: divan::Bencher, files: usize) {
    let dir = support::tree(files);
    bencher.bench(|| scan_dir(&dir).unwrap());
}

/// Scan and plan, as `patch --dry-run` does (every file read and analysed once).
#[divan::bench(args = [5_000, 100_000], sample_count = 10, sample_size = 1)]
fn plan(bencher: divan::Bencher, files: usize) {
    let dir = support::tree(files);
    let values = values();
    bencher.bench(|| patch::plan(&dir, &values).unwrap());
}

/// Planning from a scan already made (the window's path after it has shown the scan).
#[divan::bench(args = [5_000, 100_000], sample_count = 10)]
fn plan_scanned(bencher: divan::Bencher, files: usize) {
    let dir = support::tree(files);
    let scanned = scan_dir_with_progress(&dir, &ScanProgress::new()).unwrap();
    let values = values();
    bencher.bench(|| patch::plan_scanned(&scanned, &values).unwrap());
}
