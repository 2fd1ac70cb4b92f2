//! What a plan shows before anything is written: the redacted diff, git notes, and the
//! secret key kept out of every diff, manifest and error.

// Test code: a failed unwrap is a failed test (clippy.toml only covers #[test] fns).
#![allow(clippy::unwrap_used)]

mod txn_fixture;

use std::fs;
use std::path::Path;

use mlvb_setup::patch::{DiffLineKind, PatchPlan, STATE_DIR, apply, restore};
use txn_fixture::{FILES, KEY, demo};

#[test]
fn the_secret_never_appears_in_the_manifest_the_diff_or_errors() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let plan = demo(root, KEY);

    let diff = plan.unified_diff(&[KEY]);
    assert!(!diff.contains(KEY), "{diff}");
    assert!(
        diff.contains("+private static final String SECRETKEY = \"<secret key>\";\n"),
        "{diff}"
    );
    assert!(
        diff.contains("-private static final String SECRETKEY = \"\";\n"),
        "{diff}"
    );
    // CRLF: shown without \r; no final newline: marked.
    assert!(
        diff.contains(
            "\n-static NSString * const SECRETKEY = @\"\";\n+static const int SDKAPPID = 1400000001;\n+static NSString * const SECRETKEY = @\"<secret key>\";\n"
        ),
        "{diff}"
    );
    assert!(!diff.contains('\r'));
    assert!(
        diff.contains("+var SECRETKEY = \"<secret key>\";\n\\ No newline at end of file\n"),
        "{diff}"
    );
    assert!(diff.contains(
        "--- a/WXMini/debug/GenerateTestUserSig.js\n+++ b/WXMini/debug/GenerateTestUserSig.js\n"
    ));
    let lines = plan.diff_lines(&[KEY]);
    assert!(lines.iter().all(|l| !l.text.contains(KEY)));
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.kind == DiffLineKind::Header)
            .count(),
        6
    );
    assert!(
        lines
            .iter()
            .any(|l| l.kind == DiffLineKind::Added && l.text.starts_with('+'))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.kind == DiffLineKind::Removed && l.text.starts_with('-'))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.kind == DiffLineKind::NoNewlineMarker)
    );
    assert_eq!(
        diff,
        lines
            .iter()
            .map(|l| l.text.clone() + "\n")
            .collect::<String>()
    );
    assert!(!format!("{plan:?}").contains(KEY));

    let report = apply(&plan).unwrap();
    let manifest = fs::read_to_string(report.backup_dir.join("manifest.json")).unwrap();
    assert!(!manifest.contains(KEY), "{manifest}");
    assert!(!manifest.contains(&KEY[..16]), "{manifest}");
    assert!(manifest.contains("\"patched_sha256\""));
    // An error about a patched file does not show its content either.
    fs::write(root.join(FILES[0].0), format!("edited {KEY}")).unwrap();
    let err = restore(root, false).unwrap_err();
    assert!(!format!("{err} {err:?}").contains(KEY));
}

fn git(root: &Path, args: &[&str]) -> bool {
    std::process::Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn check_git_notes_only_files_with_uncommitted_changes() {
    let dir = tempfile::tempdir().unwrap();
    if !git(dir.path(), &["init", "-q"]) {
        eprintln!("git is not installed: skipped");
        return;
    }
    // The demo is a subfolder of the repository: paths must be mapped through the prefix.
    let root = dir.path().join("demo");
    fs::create_dir(&root).unwrap();
    let mut plan = demo(&root, KEY);
    assert!(git(dir.path(), &["add", "-A"]));
    assert!(git(dir.path(), &["commit", "-q", "-m", "demo"]));
    plan.check_git();
    assert!(plan.notes.is_empty(), "{:?}", plan.notes);

    let dirty = root.join(FILES[1].0);
    fs::write(
        &dirty,
        FILES[1]
            .1
            .iter()
            .chain(b"// local change\r\n")
            .copied()
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    fs::write(root.join("unrelated.txt"), b"dirty too, but not patched").unwrap();
    let mut plan = PatchPlan::new(root.clone(), plan.changes.clone(), Vec::new());
    plan.check_git();
    plan.check_git();
    assert_eq!(plan.notes.len(), 1, "{:?}", plan.notes);
    assert_eq!(
        plan.notes[0].rel_path.as_deref(),
        Some(Path::new(FILES[1].0))
    );
    assert!(
        plan.notes[0]
            .message
            .to_string()
            .contains("uncommitted changes")
    );

    // The backup folder stays out of the user's git.
    fs::write(&dirty, FILES[1].1).unwrap();
    apply(&plan).unwrap();
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir.path())
        .args(["status", "--porcelain", "--untracked-files=all"])
        .output()
        .unwrap();
    let status = String::from_utf8(status.stdout).unwrap();
    assert!(!status.contains(STATE_DIR), "{status}");
    assert!(status.contains("unrelated.txt"), "{status}");
}

#[test]
fn check_git_is_silent_outside_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = demo(dir.path(), KEY);
    plan.check_git();
    assert!(plan.notes.is_empty(), "{:?}", plan.notes);
}
