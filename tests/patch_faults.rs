//! The real binary killed at random moments of `patch` and `restore`, and two runs at once:
//! every file stays whole (original or fully patched), the next run cleans up, and `restore`
//! gives back every original byte for byte with no temporary file left.
//!
//! `MLVB_FAULT_RUNS=N` runs the kill test N times (default 100).

#![allow(clippy::unwrap_used)] // a panic in a helper is the test failure report

mod hostile_support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use hostile_support::{
    KEY, OTHER_KEY, bin, code, demo, java_sdkappid, patch, run, snapshot, temp_files, text,
};
use mlvb_setup::patch::{DemoLock, INTENT_FILE, STATE_DIR};
use rand::RngExt as _;

fn runs() -> usize {
    std::env::var("MLVB_FAULT_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
}

/// What the killed run was doing.
#[derive(Debug, Clone, Copy)]
enum Victim {
    FirstPatch,
    SecondPatch,
    Restore,
    RestoreAll,
}

/// Runs `args` with a pause at each step and kills it after `delay`.
fn run_and_kill(args: &[&str], key: &str, delay: Duration) {
    let mut child = bin()
        .args(args)
        .env("MLVB_SECRET_KEY", key)
        .env("MLVB_SETUP_FAULT_PAUSE_MS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn killed_at_random_moments_every_file_is_whole_and_restore_is_exact() {
    let mut rng = rand::rng();
    let mut seen_mixed = 0;
    // The two fully patched states the killed patch can reach.
    let scratch = demo();
    assert_eq!(code(&patch(scratch.path(), "1400000003", OTHER_KEY)), 0);
    let patched_from_original = snapshot(scratch.path());
    let scratch = demo();
    assert_eq!(code(&patch(scratch.path(), "1400000001", KEY)), 0);
    assert_eq!(code(&patch(scratch.path(), "1400000003", OTHER_KEY)), 0);
    let patched_from_first = snapshot(scratch.path());
    for round in 0..runs() {
        let dir = demo();
        let root = dir.path();
        let root_s = root.to_str().unwrap();
        let original = snapshot(root);
        let victim = match round % 4 {
            0 => Victim::FirstPatch,
            1 => Victim::SecondPatch,
            2 => Victim::Restore,
            _ => Victim::RestoreAll,
        };
        if !matches!(victim, Victim::FirstPatch) {
            assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
        }
        let first = snapshot(root);
        if matches!(victim, Victim::RestoreAll) {
            assert_eq!(code(&patch(root, "1400000002", OTHER_KEY)), 0);
        }
        let before = snapshot(root);
        let args: Vec<&str> = match victim {
            Victim::FirstPatch | Victim::SecondPatch => {
                vec!["patch", root_s, "--sdkappid", "1400000003"]
            }
            Victim::Restore => vec!["restore", root_s],
            Victim::RestoreAll => vec!["restore", root_s, "--all"],
        };
        let delay = Duration::from_micros(rng.random_range(0..60_000));
        run_and_kill(&args, OTHER_KEY, delay);

        // Right after the kill: each file is whole, in one of the states it can be in.
        let after_kill = snapshot(root);
        let mut mixed = false;
        for (rel, now) in &after_kill {
            let allowed = [
                &original[rel],
                &first[rel],
                &before[rel],
                &patched_from_original[rel],
                &patched_from_first[rel],
            ];
            mixed |= now != &before[rel];
            assert!(
                allowed.contains(&now),
                "round {round} ({victim:?}, {delay:?}): {} is torn",
                rel.display()
            );
        }
        seen_mixed += usize::from(mixed);

        // Any later run cleans up; then `restore --all` is byte-exact.
        if round % 2 == 0 {
            let out = run(&["scan", root_s], None);
            assert_eq!(code(&out), 0, "{}", text(&out));
            assert!(
                !root.join(STATE_DIR).join(INTENT_FILE).exists(),
                "round {round}: scan left the interrupted run unfinished"
            );
            assert!(temp_files(root).is_empty(), "{:?}", temp_files(root));
            for (rel, now) in snapshot(root) {
                assert!(
                    [&original[&rel], &first[&rel], &before[&rel]].contains(&&now)
                        || now == patched_from_original[&rel]
                        || now == patched_from_first[&rel],
                    "round {round}: {} is neither before nor after",
                    rel.display()
                );
            }
        }
        let out = run(&["restore", root_s, "--all"], None);
        assert!(
            [0, 1].contains(&code(&out)),
            "round {round} ({victim:?}): {}",
            text(&out)
        );
        assert_eq!(
            snapshot(root),
            original,
            "round {round} ({victim:?}, {delay:?}): restore --all is not byte-exact"
        );
        assert!(
            temp_files(root).is_empty(),
            "round {round}: {:?}",
            temp_files(root)
        );
        assert!(!root.join(STATE_DIR).join(INTENT_FILE).exists());
    }
    // The kills did land inside runs, not only before or after them.
    assert!(seen_mixed > 0 || runs() < 20);
}

/// The SDKAppID of every credential file, which must agree.
fn consistent_sdkappid(root: &Path) -> Option<String> {
    let java = java_sdkappid(root);
    for (rel, _) in hostile_support::FILES.iter().skip(1).take(3) {
        let body = std::fs::read_to_string(root.join(rel)).unwrap();
        let line = body.lines().find(|l| l.contains("SDKAPPID")).unwrap();
        let has = |id: &str| line.contains(&format!("= {id}"));
        match &java {
            Some(id) => assert!(has(id), "{rel} does not have SDKAppID {id}:\n{body}"),
            None => assert!(
                has("0"),
                "{rel} is patched while the Java file is not:\n{body}"
            ),
        }
    }
    java
}

#[test]
fn two_patches_at_once_end_in_one_of_them_and_restore_to_the_original() {
    for _ in 0..8 {
        let dir = demo();
        let root = dir.path();
        let root_s = root.to_str().unwrap();
        let original = snapshot(root);
        let spawn = |id: &str, key: &str| {
            bin()
                .args(["patch", root_s, "--sdkappid", id])
                .env("MLVB_SECRET_KEY", key)
                .env("MLVB_SETUP_FAULT_PAUSE_MS", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let a = spawn("1400000001", KEY);
        let b = spawn("1400000002", OTHER_KEY);
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        for out in [&a, &b] {
            assert!([0, 2].contains(&code(out)), "{}", text(out));
            assert!(!text(out).contains("File exists"), "{}", text(out));
        }
        assert!(code(&a) == 0 || code(&b) == 0, "{}\n{}", text(&a), text(&b));
        let id = consistent_sdkappid(root).unwrap();
        assert!(["1400000001", "1400000002"].contains(&id.as_str()));
        let out = run(&["restore", root_s, "--all"], None);
        assert_eq!(code(&out), 0, "{}", text(&out));
        assert_eq!(snapshot(root), original);
        assert!(temp_files(root).is_empty());
    }
}

#[test]
fn a_patch_and_a_restore_at_once_never_lose_the_original() {
    for _ in 0..8 {
        let dir = demo();
        let root = dir.path();
        let root_s = root.to_str().unwrap();
        let original = snapshot(root);
        assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
        let spawn = |args: &[&str]| {
            bin()
                .args(args)
                .env("MLVB_SECRET_KEY", OTHER_KEY)
                .env("MLVB_SETUP_FAULT_PAUSE_MS", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let p = spawn(&["patch", root_s, "--sdkappid", "1400000002"]);
        let r = spawn(&["restore", root_s]);
        let (p, r) = (p.wait_with_output().unwrap(), r.wait_with_output().unwrap());
        assert!([0, 2].contains(&code(&p)), "{}", text(&p));
        assert!([0, 1].contains(&code(&r)), "{}", text(&r));
        let id = consistent_sdkappid(root);
        assert!(
            [None, Some("1400000001"), Some("1400000002")].contains(&id.as_deref()),
            "{id:?}"
        );
        assert!(temp_files(root).is_empty());
        let out = run(&["restore", root_s, "--all"], None);
        assert!([0, 1].contains(&code(&out)), "{}", text(&out));
        assert_eq!(snapshot(root), original, "the original was lost");
    }
}

#[test]
fn a_second_run_says_who_holds_the_lock_and_waits_for_it() {
    let dir = demo();
    let root = dir.path();
    let lock = DemoLock::acquire(root, Duration::ZERO, |_| {}).unwrap();
    let mut child = bin()
        .args(["patch", root.to_str().unwrap(), "--sdkappid", "1400000001"])
        .env("MLVB_SECRET_KEY", KEY)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(
        line.contains(&format!("process {}", std::process::id())) && line.contains("waiting"),
        "{line}"
    );
    // Nothing was written while the lock was held.
    assert_eq!(java_sdkappid(root), None);
    drop(lock);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(java_sdkappid(root).as_deref(), Some("1400000001"));
}
