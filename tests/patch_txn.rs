//! The transactional file machinery of `patch`: plan → apply (atomic, all or nothing, with a
//! backup) → restore (byte-exact), including failures between two renames.

// Test code: a failed unwrap is a failed test (clippy.toml only covers #[test] fns).
#![allow(clippy::unwrap_used)]

mod txn_fixture;

use std::fs;
use std::path::{Path, PathBuf};

use mlvb_setup::patch::{
    ApplyFaults, FileChange, PatchError, PatchPlan, STATE_DIR, TEMP_SUFFIX, apply,
    apply_with_faults, backups_dir, latest_backup, restore,
};
use txn_fixture::{FILES, KEY, assert_all_original, demo, fixture_listing, listing, patched, read};
#[cfg(unix)]
use txn_fixture::{mode, set_mode};

#[test]
fn apply_then_restore_gives_back_every_byte_and_mode() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let plan = demo(root, KEY);
    assert_eq!(plan.changes.len(), 3);

    let report = apply(&plan).unwrap();
    assert_eq!(report.written.len(), 3);
    for (rel, bytes) in FILES {
        assert_eq!(read(root, rel), patched(bytes, KEY), "{rel}");
    }
    #[cfg(unix)]
    {
        assert_eq!(mode(&root.join(FILES[0].0)), 0o640);
        assert_eq!(mode(&root.join(FILES[2].0)), 0o755);
    }
    assert!(report.backup_dir.starts_with(backups_dir(root)));
    assert!(report.backup_dir.join("manifest.json").is_file());
    for (rel, bytes) in FILES {
        assert_eq!(
            fs::read(report.backup_dir.join("files").join(rel)).unwrap(),
            bytes
        );
    }
    assert_eq!(
        fs::read_to_string(root.join(STATE_DIR).join(".gitignore")).unwrap(),
        "*\n"
    );
    assert_eq!(
        listing(root),
        fixture_listing(),
        "temporary files left behind"
    );
    let manifest = latest_backup(root).unwrap().unwrap();
    assert_eq!(manifest.files.len(), 3);
    assert_eq!(manifest.files[0].path, FILES[0].0);
    #[cfg(unix)]
    assert_eq!(manifest.files[2].mode, Some(0o755));

    let restored = restore(root, false).unwrap();
    assert_eq!(restored.restored.len(), 3);
    assert!(restored.already_original.is_empty());
    assert_all_original(root);
    #[cfg(unix)]
    {
        assert_eq!(mode(&root.join(FILES[0].0)), 0o640);
        assert_eq!(mode(&root.join(FILES[2].0)), 0o755);
    }
    assert_eq!(listing(root), fixture_listing());

    let again = restore(root, false).unwrap_err();
    assert!(
        matches!(again, PatchError::NothingToRestore { .. }),
        "{again}"
    );
    assert!(again.to_string().contains("nothing to restore"));
    assert!(latest_backup(root).unwrap().is_none());
}

#[test]
fn a_second_patch_is_undone_first_then_the_older_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let first = demo(root, KEY);
    let first_report = apply(&first).unwrap();
    let second = PatchPlan::new(
        root.to_owned(),
        first
            .changes
            .iter()
            .map(|c| FileChange {
                rel_path: c.rel_path.clone(),
                original: c.patched.clone(),
                patched: String::from_utf8(c.patched.clone())
                    .unwrap()
                    .replace(KEY, "other")
                    .into_bytes(),
                edits: Vec::new(),
            })
            .collect(),
        Vec::new(),
    );
    let second_report = apply(&second).unwrap();
    assert_ne!(second_report.backup_dir, first_report.backup_dir);
    assert!(
        second_report.backup_dir > first_report.backup_dir,
        "backup names sort by age"
    );
    restore(root, false).unwrap();
    for change in &first.changes {
        assert_eq!(
            fs::read(root.join(&change.rel_path)).unwrap(),
            change.patched
        );
    }
    // The undo history: a second restore undoes the first patch (issue 12), then nothing is left.
    restore(root, false).unwrap();
    assert_all_original(root);
    assert!(matches!(
        restore(root, false),
        Err(PatchError::NothingToRestore { .. })
    ));
}

/// Which way a file is spoiled before applying.
#[derive(Debug, Clone, Copy)]
enum Spoil {
    ReadOnly,
    Changed,
    Symlink,
    Deleted,
}

#[test]
fn a_bad_file_stops_everything_before_the_first_write() {
    let mut cases = vec![Spoil::Changed, Spoil::Deleted];
    if cfg!(unix) {
        cases.extend([Spoil::ReadOnly, Spoil::Symlink]);
    }
    for spoil in cases {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let plan = demo(root, KEY);
        let bad = root.join(FILES[1].0);
        match spoil {
            Spoil::Changed => fs::write(&bad, b"// edited in the meantime\r\n").unwrap(),
            Spoil::Deleted => fs::remove_file(&bad).unwrap(),
            #[cfg(unix)]
            Spoil::ReadOnly => set_mode(&bad, 0o444),
            #[cfg(unix)]
            Spoil::Symlink => {
                let real = root.join("real.h");
                fs::write(&real, FILES[1].1).unwrap();
                fs::remove_file(&bad).unwrap();
                std::os::unix::fs::symlink(&real, &bad).unwrap();
            }
            #[cfg(not(unix))]
            _ => unreachable!(),
        }
        let before: Vec<_> = FILES
            .iter()
            .map(|(rel, _)| fs::read(root.join(rel)).ok())
            .collect();
        let err = apply(&plan).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("GenerateTestUserSig.h"),
            "{spoil:?}: {message}"
        );
        match spoil {
            Spoil::Changed => {
                assert!(
                    matches!(err, PatchError::ChangedSincePlan { .. }),
                    "{err:?}"
                );
                assert!(message.contains("changed since the plan was made: scan again"));
            }
            Spoil::Deleted => assert!(matches!(err, PatchError::Vanished { .. }), "{err:?}"),
            Spoil::ReadOnly => assert!(matches!(err, PatchError::ReadOnly { .. }), "{err:?}"),
            Spoil::Symlink => {
                assert!(matches!(err, PatchError::NotRegularFile { .. }), "{err:?}");
                assert!(message.contains("symbolic link"));
            }
        }
        let after: Vec<_> = FILES
            .iter()
            .map(|(rel, _)| fs::read(root.join(rel)).ok())
            .collect();
        assert_eq!(before, after, "{spoil:?}: a file was written");
        assert!(
            !root.join(STATE_DIR).exists(),
            "{spoil:?}: a backup was written"
        );
        assert!(
            listing(root)
                .iter()
                .all(|name| !name.ends_with(TEMP_SUFFIX)),
            "{spoil:?}: temporary files left: {:?}",
            listing(root)
        );
    }
}

#[test]
fn paths_outside_the_demo_folder_and_empty_plans_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("demo");
    fs::create_dir(&root).unwrap();
    fs::write(dir.path().join("outside.js"), b"x").unwrap();
    for rel in ["../outside.js", "/etc/hosts", ".mlvb-setup/backups/x"] {
        let plan = PatchPlan::new(
            root.clone(),
            vec![FileChange {
                rel_path: PathBuf::from(rel),
                original: b"x".to_vec(),
                patched: b"y".to_vec(),
                edits: Vec::new(),
            }],
            Vec::new(),
        );
        let err = apply(&plan).unwrap_err();
        assert!(
            matches!(err, PatchError::UnsafePath { .. }),
            "{rel}: {err:?}"
        );
        assert!(err.to_string().contains(rel), "{err}");
    }
    assert_eq!(fs::read(dir.path().join("outside.js")).unwrap(), b"x");
    let empty = PatchPlan::new(root.clone(), Vec::new(), Vec::new());
    assert!(matches!(
        apply(&empty),
        Err(PatchError::NothingToApply { .. })
    ));
    assert!(!root.join(STATE_DIR).exists());
}

#[test]
fn failure_between_two_renames_rolls_back_to_the_originals() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let plan = demo(root, KEY);
    let faults = ApplyFaults {
        fail_before_rename: Some(1),
        skip_rollback: false,
    };
    let err = apply_with_faults(&plan, &faults).unwrap_err();
    match &err {
        PatchError::ApplyFailed {
            path, rolled_back, ..
        } => {
            assert_eq!(path, Path::new(FILES[1].0));
            assert!(rolled_back);
        }
        other => panic!("unexpected error {other:?}"),
    }
    assert!(err.to_string().contains("nothing was changed"), "{err}");
    assert_all_original(root);
    #[cfg(unix)]
    assert_eq!(mode(&root.join(FILES[0].0)), 0o640);
    assert_eq!(
        listing(root),
        fixture_listing(),
        "temporary files left behind"
    );
    // The failed patch is not something to restore.
    assert!(latest_backup(root).unwrap().is_none());
    assert!(matches!(
        restore(root, false),
        Err(PatchError::NothingToRestore { .. })
    ));
    // And a later apply works.
    apply(&plan).unwrap();
    restore(root, false).unwrap();
    assert_all_original(root);
}

fn is_documented_temp(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap();
    FILES.iter().any(|(rel, _)| {
        let target = rel.rsplit('/').next().unwrap();
        name.starts_with(&rel[..rel.len() - target.len()])
            && file.starts_with(&format!(".{target}."))
            && file.ends_with(TEMP_SUFFIX)
    })
}

#[test]
fn a_crash_between_renames_leaves_whole_files_and_restore_recovers() {
    for crash_at in 0..FILES.len() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let plan = demo(root, KEY);
        let faults = ApplyFaults {
            fail_before_rename: Some(crash_at),
            skip_rollback: true,
        };
        let err = apply_with_faults(&plan, &faults).unwrap_err();
        assert!(
            matches!(
                err,
                PatchError::ApplyFailed {
                    rolled_back: false,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("mlvb-setup restore"), "{err}");
        for (i, (rel, bytes)) in FILES.iter().enumerate() {
            let now = read(root, rel);
            let expected = if i < crash_at {
                patched(bytes, KEY)
            } else {
                bytes.to_vec()
            };
            assert_eq!(
                now, expected,
                "crash at {crash_at}: {rel} is neither whole original nor whole patched"
            );
        }
        // Besides the demo files, only the documented temporary files (one per file not yet
        // renamed) are visible.
        let extra: Vec<String> = listing(root)
            .into_iter()
            .filter(|n| !fixture_listing().contains(n))
            .collect();
        assert_eq!(extra.len(), FILES.len() - crash_at, "{extra:?}");
        assert!(extra.iter().all(|n| is_documented_temp(n)), "{extra:?}");

        let report = restore(root, false).unwrap();
        assert_eq!(report.restored.len(), crash_at);
        assert_eq!(report.already_original.len(), FILES.len() - crash_at);
        assert_eq!(report.removed_temp_files.len(), FILES.len() - crash_at);
        assert_all_original(root);
        assert_eq!(listing(root), fixture_listing());
        assert!(matches!(
            restore(root, false),
            Err(PatchError::NothingToRestore { .. })
        ));
    }
}

#[test]
fn restore_refuses_files_edited_after_the_patch_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let plan = demo(root, KEY);
    apply(&plan).unwrap();
    let edited = root.join(FILES[2].0);
    fs::write(
        &edited,
        b"var SDKAPPID = 1400000001;\nvar SECRETKEY = \"mine\";\n// my edit",
    )
    .unwrap();

    let err = restore(root, false).unwrap_err();
    assert!(
        matches!(err, PatchError::EditedSincePatch { .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("WXMini/debug/GenerateTestUserSig.js"),
        "{message}"
    );
    assert!(!message.contains("GenerateTestUserSig.java"), "{message}");
    // Nothing was restored, not even the unedited files.
    assert_eq!(read(root, FILES[0].0), patched(FILES[0].1, KEY));
    assert!(latest_backup(root).unwrap().is_some());

    let report = restore(root, true).unwrap();
    assert_eq!(report.restored.len(), 3);
    assert_all_original(root);
    #[cfg(unix)]
    assert_eq!(mode(&edited), 0o755);
}

#[test]
fn restore_recreates_a_deleted_file_and_refuses_a_read_only_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let plan = demo(root, KEY);
    apply(&plan).unwrap();
    fs::remove_dir_all(root.join("WXMini")).unwrap();
    #[cfg(unix)]
    {
        set_mode(&root.join(FILES[0].0), 0o440);
        let err = restore(root, true).unwrap_err();
        assert!(matches!(err, PatchError::ReadOnly { .. }), "{err:?}");
        assert!(err.to_string().contains("GenerateTestUserSig.java"));
        assert!(!root.join("WXMini").exists(), "something was written");
        set_mode(&root.join(FILES[0].0), 0o640);
    }
    let report = restore(root, false).unwrap();
    assert_eq!(report.restored.len(), 3);
    assert_all_original(root);
    #[cfg(unix)]
    assert_eq!(mode(&root.join(FILES[2].0)), 0o755);
}

#[test]
fn restore_refuses_a_damaged_backup() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let report = apply(&demo(root, KEY)).unwrap();
    fs::write(report.backup_dir.join("files").join(FILES[1].0), b"garbage").unwrap();
    let err = restore(root, false).unwrap_err();
    assert!(matches!(err, PatchError::BackupCorrupt { .. }), "{err:?}");
    assert_eq!(
        read(root, FILES[0].0),
        patched(FILES[0].1, KEY),
        "something was written"
    );
}
