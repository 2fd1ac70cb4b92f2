//! Undo history, hostile demos and the limits a user can run into: planted backup folders,
//! secrets in diffs and child processes, value ranges, key-file hygiene, output errors, owners
//! and hard links, and zip bombs.

#![allow(clippy::unwrap_used)] // a panic in a helper is the test failure report

mod hostile_support;

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use hostile_support::{
    FILES, KEY, OTHER_KEY, bin, code, demo, java_sdkappid, patch, run, snapshot, temp_files, text,
};

#[test]
fn history_undoes_one_patch_at_a_time_and_all_at_once() {
    let dir = demo();
    let root = dir.path();
    let root_s = root.to_str().unwrap();
    let original = snapshot(root);
    assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
    let a = snapshot(root);
    assert_eq!(code(&patch(root, "1400000002", OTHER_KEY)), 0);
    assert_eq!(java_sdkappid(root).as_deref(), Some("1400000002"));

    let out = run(&["restore", root_s], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert_eq!(snapshot(root), a, "restore undoes the last patch only");
    assert!(text(&out).contains("1 earlier patch"), "{}", text(&out));
    let out = run(&["restore", root_s, "--json"], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["remaining"], 0);
    assert_eq!(
        snapshot(root),
        original,
        "a second restore undoes the first"
    );
    let out = run(&["restore", root_s], None);
    assert_eq!(code(&out), 1, "{}", text(&out));
    assert!(text(&out).contains("nothing to restore"));

    // --all from any depth goes back to the very first original.
    for depth in 1..=3 {
        for i in 0..depth {
            let id = format!("140000001{i}");
            assert_eq!(code(&patch(root, &id, KEY)), 0);
        }
        let out = run(&["restore", root_s, "--all"], None);
        assert_eq!(code(&out), 0, "{}", text(&out));
        assert_eq!(snapshot(root), original, "depth {depth}");
        assert_eq!(code(&run(&["restore", root_s, "--all"], None)), 1);
    }
    // Undo one, then --all.
    assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
    assert_eq!(code(&patch(root, "1400000002", KEY)), 0);
    assert_eq!(code(&run(&["restore", root_s], None)), 0);
    assert_eq!(code(&run(&["restore", root_s, "--all"], None)), 0);
    assert_eq!(snapshot(root), original);
    assert!(temp_files(root).is_empty());
}

/// Plants `.mlvb-setup/backups/<name>/` with a manifest naming `root_field` and one entry.
fn plant_backup(root: &Path, root_field: &str, entry_path: &str, mode: u32) -> std::path::PathBuf {
    let backup = root.join(".mlvb-setup/backups/20240101T000000Z-000");
    let copy = backup.join("files").join(entry_path);
    fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let bytes = b"planted\n";
    fs::write(&copy, bytes).unwrap();
    let sha = mlvb_setup::patch::sha256_hex(bytes);
    let manifest = serde_json::json!({
        "version": mlvb_setup::patch::MANIFEST_VERSION,
        "created_at": "2024-01-01T00:00:00Z",
        "root": root_field,
        "files": [{
            "path": entry_path,
            "original_sha256": sha,
            "patched_sha256": "0".repeat(64),
            "size": bytes.len(),
            "patched_size": 0,
            "mode": mode,
        }],
    });
    fs::write(backup.join("manifest.json"), manifest.to_string()).unwrap();
    backup
}

#[cfg(unix)]
#[test]
fn a_planted_backup_folder_is_refused_and_nothing_is_written_outside() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let outside = tempfile::tempdir().unwrap();
    let canonical = |p: &Path| fs::canonicalize(p).unwrap().to_str().unwrap().to_owned();

    // 1. Through a symlinked folder inside the demo, with a set-user-ID mode.
    let dir = demo();
    let root = dir.path();
    symlink(outside.path(), root.join("evil")).unwrap();
    plant_backup(root, &canonical(root), "evil/x.js", 0o4777);
    let out = run(&["restore", root.to_str().unwrap()], None);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("symbolic link"), "{}", text(&out));
    assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0);

    // 2. A manifest made for another folder (it came inside a zip).
    let dir = demo();
    let root = dir.path();
    plant_backup(root, "/home/someone/MLVBSDK-master", "new/x.js", 0o4777);
    let out = run(&["restore", root.to_str().unwrap()], None);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(
        text(&out).contains("was not made for this demo folder"),
        "{}",
        text(&out)
    );
    assert!(!root.join("new").exists());

    // 3. Our own folder, or its backups folder, a link to elsewhere.
    for link in [".mlvb-setup", ".mlvb-setup/backups"] {
        let dir = demo();
        let root = dir.path();
        let elsewhere = tempfile::tempdir().unwrap();
        plant_backup(elsewhere.path(), &canonical(root), "y.js", 0o644);
        if link == ".mlvb-setup" {
            symlink(elsewhere.path().join(".mlvb-setup"), root.join(link)).unwrap();
        } else {
            fs::create_dir(root.join(".mlvb-setup")).unwrap();
            symlink(
                elsewhere.path().join(".mlvb-setup/backups"),
                root.join(link),
            )
            .unwrap();
        }
        let out = run(&["restore", root.to_str().unwrap()], None);
        assert_eq!(code(&out), 2, "{link}: {}", text(&out));
        assert!(!root.join("y.js").exists());
        let out = patch(root, "1400000001", KEY);
        assert_eq!(code(&out), 2, "{link}: {}", text(&out));
    }

    // 4. Ours, with a set-user-ID mode recorded: the file comes back with permission bits only.
    let dir = demo();
    let root = dir.path();
    plant_backup(root, &canonical(root), "deleted/z.js", 0o4777);
    let out = run(&["restore", root.to_str().unwrap()], None);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let mode = fs::metadata(root.join("deleted/z.js"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o7000, 0, "mode {mode:o}");
    assert_eq!(mode & 0o002, 0, "world-writable: {mode:o}");
}

#[test]
fn the_old_key_never_shows_in_a_diff_and_a_pasted_key_is_never_echoed() {
    let dir = demo();
    let root = dir.path();
    let root_s = root.to_str().unwrap();
    assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
    for json in [false, true] {
        let mut args = vec!["patch", root_s, "--sdkappid", "1400000002", "--dry-run"];
        if json {
            args.push("--json");
        }
        let out = run(&args, Some(OTHER_KEY));
        assert_eq!(code(&out), 0, "{}", text(&out));
        let shown = text(&out);
        assert!(
            shown.contains("-    private static final String SECRETKEY"),
            "{shown}"
        );
        assert!(
            !shown.contains(KEY),
            "old key in the diff (json {json}):\n{shown}"
        );
        assert!(!shown.contains(&KEY[..16]), "{shown}");
        assert!(!shown.contains(OTHER_KEY), "{shown}");
    }
    for flag in ["--appid", "--sdkappid", "--expire"] {
        let mut args = vec!["patch", root_s];
        if flag != "--sdkappid" {
            args.extend(["--sdkappid", "1400000002"]);
        }
        args.extend([flag, KEY]);
        let out = run(&args, Some(OTHER_KEY));
        assert_eq!(code(&out), 2, "{}", text(&out));
        assert!(!text(&out).contains(&KEY[..8]), "{flag}: {}", text(&out));
    }
}

#[cfg(unix)]
#[test]
fn a_demo_git_fsmonitor_never_sees_the_key() {
    use std::os::unix::fs::PermissionsExt;
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git is not installed: skipped");
        return;
    }
    let dir = demo();
    let root = dir.path();
    let record = tempfile::tempdir().unwrap();
    let log = record.path().join("fsmonitor-env.txt");
    let hook = record.path().join("hook.sh");
    fs::write(&hook, format!("#!/bin/sh\nenv >> '{}'\n", log.display())).unwrap();
    fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(["-c", "commit.gpgsign=false"])
            .arg("-C")
            .arg(root)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "demo"]);
    git(&["config", "core.fsmonitor", hook.to_str().unwrap()]);
    // The hook works when git runs it itself.
    git(&["status", "--porcelain"]);
    assert!(
        log.exists(),
        "test setup: plain git runs the demo's fsmonitor hook"
    );
    fs::remove_file(&log).unwrap();
    for dry in [true, false] {
        let mut args = vec!["patch", root.to_str().unwrap(), "--sdkappid", "1400000001"];
        if dry {
            args.push("--dry-run");
        }
        let out = run(&args, Some(KEY));
        assert_eq!(code(&out), 0, "{}", text(&out));
    }
    let seen = fs::read_to_string(&log).unwrap_or_default();
    assert!(!seen.contains(KEY), "the fsmonitor hook saw the key");
    assert!(seen.is_empty(), "the demo's fsmonitor hook ran");
}

#[test]
fn values_that_break_the_build_are_refused_with_the_limit() {
    let dir = demo();
    let root = dir.path();
    let root_s = root.to_str().unwrap();
    let before = snapshot(root);
    for (flag, value) in [("--expire", "2147483648"), ("--sdkappid", "2147483648")] {
        let mut args = vec!["patch", root_s];
        if flag != "--sdkappid" {
            args.extend(["--sdkappid", "1400000001"]);
        }
        args.extend([flag, value]);
        let out = run(&args, Some(KEY));
        assert_eq!(code(&out), 2, "{flag}: {}", text(&out));
        assert!(text(&out).contains("2147483647"), "{}", text(&out));
        assert!(text(&out).contains("`int`"), "{}", text(&out));
        assert_eq!(snapshot(root), before, "nothing is written");
    }
    let out = run(
        &[
            "patch",
            root_s,
            "--sdkappid",
            "1400000001",
            "--expire",
            "2147483647",
        ],
        Some(KEY),
    );
    assert_eq!(code(&out), 0, "{}", text(&out));
    let java = fs::read_to_string(root.join(FILES[0].0)).unwrap();
    assert!(java.contains("EXPIRETIME = 2147483647;"));
}

fn patch_with_key_file(root: &Path, key_file: &Path) -> std::process::Output {
    run(
        &[
            "patch",
            root.to_str().unwrap(),
            "--sdkappid",
            "1400000001",
            "--secret-key-file",
            key_file.to_str().unwrap(),
        ],
        None,
    )
}

#[test]
fn key_files_are_cleaned_capped_and_regular() {
    let dir = demo();
    let root = dir.path();
    let keys = tempfile::tempdir().unwrap();

    // BOM, zero-width space and a right-to-left override: removed and reported.
    let dirty = keys.path().join("dirty.txt");
    fs::write(
        &dirty,
        format!("\u{FEFF}{}\u{200B}{}\u{202E}\n", &KEY[..32], &KEY[32..]),
    )
    .unwrap();
    let out = patch_with_key_file(root, &dirty);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(text(&out).contains("invisible"), "{}", text(&out));
    let java = fs::read_to_string(root.join(FILES[0].0)).unwrap();
    assert!(java.contains(&format!("SECRETKEY = \"{KEY}\";")), "{java}");

    // Too big.
    let big = keys.path().join("big.txt");
    fs::write(&big, "a".repeat(65 * 1024)).unwrap();
    let out = patch_with_key_file(root, &big);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("64 KiB"), "{}", text(&out));

    // Not regular files: a device that never ends, a FIFO nobody writes to, a folder.
    #[cfg(unix)]
    {
        let fifo = keys.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        let mut specials = vec![Path::new("/dev/zero").to_owned(), keys.path().to_owned()];
        if made {
            specials.push(fifo);
        }
        for special in specials {
            let out = patch_with_key_file(root, &special);
            assert_eq!(code(&out), 2, "{}: {}", special.display(), text(&out));
            assert!(text(&out).contains("not a regular file"), "{}", text(&out));
        }
    }
}

#[cfg(unix)]
#[test]
fn output_errors_are_reported_and_never_panic() {
    // A full disk on standard output: the patch is done, the failure to report it is exit 2.
    let dir = demo();
    let root = dir.path();
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = bin()
        .args(["patch", root.to_str().unwrap(), "--sdkappid", "1400000001"])
        .env("MLVB_SECRET_KEY", KEY)
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("standard output"), "{stderr}");
    assert_eq!(java_sdkappid(root).as_deref(), Some("1400000001"));

    // A reader that goes away (`scan --json | head -c10`).
    let mut child = bin()
        .args(["scan", root.to_str().unwrap(), "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        [Some(0), Some(1), Some(2)].contains(&out.status.code()),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn hard_links_are_refused_and_owners_kept() {
    use std::os::unix::fs::MetadataExt;
    let dir = demo();
    let root = dir.path();
    let java = root.join(FILES[0].0);
    let other_name = root.join("Sig-link.java");
    fs::hard_link(&java, &other_name).unwrap();
    let before = snapshot(root);
    let out = patch(root, "1400000001", KEY);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("hard links"), "{}", text(&out));
    assert_eq!(snapshot(root), before);
    fs::remove_file(&other_name).unwrap();

    // As root, a file owned by someone else stays theirs through patch and restore.
    let is_root = fs::metadata(root).unwrap().uid() == 0 && {
        let probe = root.join("probe");
        fs::write(&probe, b"").unwrap();
        let ok = std::os::unix::fs::chown(&probe, Some(4242), Some(4343)).is_ok();
        fs::remove_file(&probe).unwrap();
        ok
    };
    if !is_root {
        eprintln!("not running as root: owner part skipped");
        return;
    }
    std::os::unix::fs::chown(&java, Some(4242), Some(4343)).unwrap();
    assert_eq!(code(&patch(root, "1400000001", KEY)), 0);
    let meta = fs::metadata(&java).unwrap();
    assert_eq!(
        (meta.uid(), meta.gid()),
        (4242, 4343),
        "patch changed the owner"
    );
    assert_eq!(code(&run(&["restore", root.to_str().unwrap()], None)), 0);
    let meta = fs::metadata(&java).unwrap();
    assert_eq!(
        (meta.uid(), meta.gid()),
        (4242, 4343),
        "restore changed the owner"
    );
}

#[test]
fn unpacking_a_zip_bomb_stops_and_planted_state_is_not_unpacked() {
    use zip::write::SimpleFileOptions;
    let work = tempfile::tempdir().unwrap();
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);

    let bomb = work.path().join("bomb.zip");
    let mut writer = zip::ZipWriter::new(fs::File::create(&bomb).unwrap());
    writer.start_file("demo/zeros.bin", options).unwrap();
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..64 {
        writer.write_all(&zeros).unwrap();
    }
    writer.finish().unwrap();
    let into = work.path().join("out1");
    fs::create_dir(&into).unwrap();
    let err = mlvb_setup::demo::unpack_zip(&bomb, &into).unwrap_err();
    assert!(err.to_string().contains("zip bomb"), "{err}");
    assert_eq!(
        fs::read_dir(&into).unwrap().count(),
        0,
        "nothing left behind"
    );

    let planted = work.path().join("planted.zip");
    let mut writer = zip::ZipWriter::new(fs::File::create(&planted).unwrap());
    writer.start_file("demo/WXMini/sig.js", options).unwrap();
    writer.write_all(hostile_support::JS.as_bytes()).unwrap();
    writer
        .start_file(
            "demo/.mlvb-setup/backups/20240101T000000Z-000/manifest.json",
            options,
        )
        .unwrap();
    writer.write_all(b"{}").unwrap();
    writer.finish().unwrap();
    let into = work.path().join("out2");
    fs::create_dir(&into).unwrap();
    let root = mlvb_setup::demo::unpack_zip(&planted, &into).unwrap();
    assert!(root.join("WXMini/sig.js").is_file());
    assert!(!root.join(".mlvb-setup").exists());
}
