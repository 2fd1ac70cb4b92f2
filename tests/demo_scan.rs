//! Scanning demo folders and archives: files found by content under misleading names, skipped
//! folders and links, refusals with reasons, safe unpacking, and no secret in any report.

// Helpers outside `#[test]` fns unwrap too: a failed unwrap is a failed test here.
#![allow(clippy::unwrap_used)]

mod demo_support;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use demo_support::tree::{expected_files, options, rel, write_demo_zip, write_tree};
use demo_support::{KEY, edit_fixture};
use mlvb_setup::demo::{
    DemoScan, FileRole, LineEndings, ScanError, TextEncoding, scan, scan_dir, scan_zip, unpack_zip,
};

fn assert_expected(scan: &DemoScan, prefix: &str) {
    assert_expected_with(scan, prefix, &[]);
}

/// As [`assert_expected`], with `extra` refusals (path, line) beyond the shared tree's.
fn assert_expected_with(scan: &DemoScan, prefix: &str, extra: &[(&str, Option<usize>)]) {
    let got: Vec<_> = scan
        .files
        .iter()
        .map(|f| (rel(&f.rel_path, prefix), f.role, f.platform, f.language))
        .collect();
    let want: Vec<_> = expected_files()
        .into_iter()
        .map(|(p, r, pl, l)| (p.to_owned(), r, pl, l))
        .collect();
    assert_eq!(got, want);
    let refused: Vec<_> = scan
        .refused
        .iter()
        .map(|r| (rel(&r.rel_path, prefix), r.line))
        .collect();
    // Never skipped silently: the file over 2 MiB that declares SDKAPPID is listed too.
    let mut want: Vec<(String, Option<usize>)> = vec![
        ("Android/big/Huge.java".to_owned(), Some(2)),
        ("Android/refused/Keys.java".to_owned(), Some(6)),
        ("win/GenerateTestUserSig.cs".to_owned(), None),
    ];
    want.extend(extra.iter().map(|(p, l)| ((*p).to_owned(), *l)));
    want.sort();
    assert_eq!(refused, want);
    let reason = |path: &str| {
        let found = scan
            .refused
            .iter()
            .find(|r| rel(&r.rel_path, prefix) == path);
        found.unwrap().reason.to_string()
    };
    assert!(reason("Android/big/Huge.java").contains("larger than 2 MiB"));
    let keys = reason("Android/refused/Keys.java");
    assert!(keys.contains("SECRETKEY"), "{keys}");
    let utf16 = reason("win/GenerateTestUserSig.cs");
    assert!(utf16.contains("UTF-16"), "{utf16}");
    assert!(utf16.contains("save it as UTF-8"), "{utf16}");
}

#[test]
fn folder_scan_finds_files_by_content_and_skips_what_it_must() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path());
    #[cfg(unix)]
    {
        // Links are never followed: neither to a credential file (that one is refused, not
        // skipped silently) nor to a folder.
        std::os::unix::fs::symlink("Shared/Secrets.h", dir.path().join("iOS/Link.h")).unwrap();
        std::os::unix::fs::symlink("../Android", dir.path().join("iOS/linked")).unwrap();
    }
    let scan = scan_dir(dir.path()).unwrap();
    assert_eq!(scan.root, dir.path());
    let link: &[(&str, Option<usize>)] = if cfg!(unix) {
        &[("iOS/Link.h", None)]
    } else {
        &[]
    };
    assert_expected_with(&scan, "", link);
    // The same result every time, whatever thread found what first.
    for _ in 0..3 {
        assert_eq!(scan_dir(dir.path()).unwrap(), scan);
    }
    let by_path: BTreeMap<String, _> = scan
        .files
        .iter()
        .map(|f| (rel(&f.rel_path, ""), f))
        .collect();
    let crlf = by_path["Android/crlf/Notepad.java"];
    assert_eq!(
        (crlf.encoding, crlf.line_endings),
        (TextEncoding::Utf8Bom, LineEndings::Crlf)
    );
    let gbk = by_path["Android/gbk/Legacy.java"];
    assert_eq!(gbk.encoding, TextEncoding::OtherAsciiCompatible);
    assert_eq!(
        by_path["Android/kt/Sig.kt"].line_endings,
        LineEndings::Mixed
    );
    assert_eq!(by_path["iOS/Shared/Signer.m"].constants, []);
    assert_eq!(by_path["mini/lib/vendor.js"].constants, []);
    // `scan` tells a folder from an archive by itself.
    assert_eq!(
        scan_dir(dir.path()).unwrap(),
        mlvb_setup::demo::scan(dir.path()).unwrap()
    );
}

#[test]
fn zip_scan_reads_entries_without_unpacking() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("MLVBSDK-master.zip");
    write_demo_zip(&zip_path);
    let found = scan_zip(&zip_path).unwrap();
    assert_eq!(found.root, zip_path);
    assert_expected(&found, "MLVBSDK-master/");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "scanning wrote files"
    );
    // By content, whatever the name.
    let renamed = dir.path().join("download.bin");
    fs::copy(&zip_path, &renamed).unwrap();
    assert_eq!(scan(&renamed).unwrap().files, found.files);
}

#[test]
fn zip_symlink_entries_are_not_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("demo.zip");
    let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
    zip.add_symlink("demo/Link.h", "../../etc/GenerateTestUserSig.h", options())
        .unwrap();
    zip.finish().unwrap();
    let scan = scan_zip(&zip_path).unwrap();
    assert!(scan.files.is_empty() && scan.refused.is_empty());
}

#[test]
fn unpack_returns_the_top_folder_and_keeps_modes() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("MLVBSDK-master.zip");
    write_demo_zip(&zip_path);
    let dest = dir.path().join("unpacked");
    fs::create_dir(&dest).unwrap();
    let root = unpack_zip(&zip_path, &dest).unwrap();
    assert_eq!(root, dest.join("MLVBSDK-master"));
    assert_eq!(
        fs::read_dir(&dest).unwrap().count(),
        1,
        "no staging folder left"
    );
    assert_expected(&scan_dir(&root).unwrap(), "");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(root.join("Android/gradlew"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "gradlew lost its executable bit");
    }
    // Never over an existing folder.
    let err = unpack_zip(&zip_path, &dest).unwrap_err();
    assert!(
        matches!(err, ScanError::DestinationExists { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("MLVBSDK-master"), "{err}");
    assert_eq!(fs::read_dir(&dest).unwrap().count(), 1);
}

#[test]
fn unpack_without_a_top_folder_uses_the_archive_name() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("WXMini.zip");
    let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
    for name in ["project.config.json", "pages/GenerateTestUserSig.js"] {
        zip.start_file(name, options()).unwrap();
        zip.write_all(b"{}").unwrap();
    }
    zip.finish().unwrap();
    let root = unpack_zip(&zip_path, dir.path()).unwrap();
    assert_eq!(root, dir.path().join("WXMini"));
    assert!(root.join("pages/GenerateTestUserSig.js").is_file());
}

fn zip_with(path: &Path, bad: &str, symlink: bool) {
    let mut zip = zip::ZipWriter::new(fs::File::create(path).unwrap());
    zip.start_file("MLVBSDK-master/ok.txt", options()).unwrap();
    zip.write_all(b"fine").unwrap();
    if symlink {
        zip.add_symlink(bad, "/etc/passwd", options()).unwrap();
    } else {
        zip.start_file(bad, options()).unwrap();
        zip.write_all(b"evil").unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn unpack_refuses_unsafe_entries_and_leaves_nothing() {
    let cases = [
        ("../evil", false, "\"..\""),
        ("MLVBSDK-master/../../evil", false, "\"..\""),
        ("/abs", false, "absolute"),
        ("C:\\x", false, "drive letter"),
        ("MLVBSDK-master/link", true, "symbolic link"),
    ];
    for (bad, symlink, why) in cases {
        let dir = tempfile::tempdir().unwrap();
        let zip_path = dir.path().join("evil.zip");
        zip_with(&zip_path, bad, symlink);
        let parent = dir.path().join("out/inner");
        fs::create_dir_all(&parent).unwrap();
        let err = unpack_zip(&zip_path, &parent).unwrap_err();
        assert!(
            matches!(err, ScanError::UnsafeZipEntry { .. }),
            "{bad}: {err:?}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains(why) && msg.contains("evil.zip"),
            "{bad}: {msg}"
        );
        assert_eq!(
            fs::read_dir(&parent).unwrap().count(),
            0,
            "{bad}: left files behind"
        );
        assert!(!dir.path().join("out/evil").exists() && !dir.path().join("evil").exists());
    }
}

#[test]
fn unpack_failure_midway_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("clash.zip");
    let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
    // A file and then a folder of the same name: the second cannot be created.
    zip.start_file("demo/a", options()).unwrap();
    zip.write_all(b"file").unwrap();
    zip.start_file("demo/a/b.txt", options()).unwrap();
    zip.write_all(b"child").unwrap();
    zip.finish().unwrap();
    let parent = dir.path().join("out");
    fs::create_dir(&parent).unwrap();
    let err = unpack_zip(&zip_path, &parent).unwrap_err();
    assert!(matches!(err, ScanError::Unpack { .. }), "{err:?}");
    assert_eq!(fs::read_dir(&parent).unwrap().count(), 0);
}

#[test]
fn scan_errors_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere");
    let err = scan(&missing).unwrap_err();
    assert!(matches!(err, ScanError::NotFound { .. }));
    assert!(err.to_string().contains("nowhere"));
    let text = dir.path().join("notes.txt");
    fs::write(&text, "hello").unwrap();
    let err = scan(&text).unwrap_err();
    assert!(matches!(err, ScanError::NotADemo { .. }) && err.to_string().contains("notes.txt"));
    let fake = dir.path().join("broken.zip");
    fs::write(&fake, "PK not really").unwrap();
    let err = scan(&fake).unwrap_err();
    assert!(matches!(err, ScanError::BadZip { .. }) && err.to_string().contains("broken.zip"));
}

#[test]
fn the_key_never_shows_in_a_scan_of_a_patched_demo() {
    let dir = tempfile::tempdir().unwrap();
    for (rel, case, name) in [
        (
            "a/Keys.java",
            "java_placeholder",
            "GenerateTestUserSig.java",
        ),
        ("b/Keys.h", "objc_sdkappid", "GenerateTestUserSig.h"),
        ("c/keys.js", "js_const", "GenerateTestUserSig.js"),
        ("d/Keys.swift", "swift", "GenerateTestUserSig.swift"),
    ] {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let after = edit_fixture(case, "after", name);
        assert!(String::from_utf8_lossy(&after).contains(KEY));
        fs::write(path, after).unwrap();
    }
    let scan = scan_dir(dir.path()).unwrap();
    assert_eq!(scan.files.len(), 4);
    for file in &scan.files {
        let key = file
            .constant(mlvb_setup::demo::ConstantKind::SecretKey)
            .unwrap();
        assert_eq!(key.state, mlvb_setup::demo::ValueState::Set);
        assert_eq!(key.display_value, None);
    }
    let debug = format!("{scan:?} {scan:#?}");
    let json = serde_json::to_string(&scan).unwrap();
    for shown in [&debug, &json] {
        assert!(!shown.contains(&KEY[..12]), "the key leaked: {shown}");
    }
}

/// Patches a real credential file: it still scans, every `SDKAppID` and key is now set, and a
/// second run changes nothing.
fn patch_real_file(file: &mlvb_setup::demo::DemoFile, bytes: &[u8]) {
    use mlvb_setup::demo::{ConstantKind, ValueState, analyze_file};
    let values = demo_support::full_values();
    let edit = mlvb_setup::patch::edit::edit_file(file, bytes, &values).unwrap();
    let patched = match analyze_file(&file.rel_path, &edit.patched) {
        Some(Ok(patched)) => patched,
        other => panic!("{}: {other:?}", file.rel_path.display()),
    };
    for c in &patched.constants {
        if matches!(c.kind, ConstantKind::SdkAppId | ConstantKind::SecretKey) {
            assert_eq!(
                c.state,
                ValueState::Set,
                "{} {}",
                file.rel_path.display(),
                c.name
            );
        }
    }
    let again = mlvb_setup::patch::edit::edit_file(&patched, &edit.patched, &values).unwrap();
    assert!(again.edits.is_empty() && again.patched == edit.patched);
}

/// Runs only when `MLVB_REAL_DEMO_ZIP` names one or more archives of the real MLVBSDK repository
/// (separated like `PATH`), e.g. made with `git archive HEAD -o /tmp/mlvb-head.zip`.
#[test]
fn real_demo_archives() {
    let Some(paths) = std::env::var_os("MLVB_REAL_DEMO_ZIP") else {
        eprintln!("MLVB_REAL_DEMO_ZIP not set: skipped");
        return;
    };
    for zip_path in std::env::split_paths(&paths) {
        check_real_archive(&zip_path);
    }
}

fn check_real_archive(zip_path: &PathBuf) {
    let scan = scan_zip(zip_path).unwrap();
    let mut summary: BTreeMap<String, usize> = BTreeMap::new();
    for file in &scan.files {
        *summary
            .entry(format!(
                "{:?}/{:?}/{:?}",
                file.platform, file.language, file.role
            ))
            .or_default() += 1;
        for c in &file.constants {
            *summary
                .entry(format!("  {} {:?} {:?}", c.name, c.style, c.state))
                .or_default() += 1;
        }
    }
    eprintln!(
        "{}: {} files, {} refused",
        zip_path.display(),
        scan.files.len(),
        scan.refused.len()
    );
    for (what, count) in &summary {
        eprintln!("  {count:4} {what}");
    }
    for refused in &scan.refused {
        eprintln!(
            "  refused {}: {:?} {}",
            refused.rel_path.display(),
            refused.line,
            refused.reason
        );
    }
    assert!(
        scan.refused.is_empty(),
        "refused files in {}",
        zip_path.display()
    );
    // Every credential file a person would look for is found, by content.
    let mut archive = zip::ZipArchive::new(fs::File::open(zip_path).unwrap()).unwrap();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let base = name.rsplit('/').next().unwrap_or_default().to_owned();
        let interesting = [
            "GenerateTestUserSig",
            "TCGlobalConfig",
            "GenerateGlobalConfig",
        ]
        .iter()
        .any(|p| base.starts_with(p))
            || base == "project.config.json";
        if !interesting || entry.is_dir() {
            continue;
        }
        let mut text = String::new();
        if entry.read_to_string(&mut text).is_err() {
            continue;
        }
        let declares = text.lines().map(str::trim).any(|l| {
            !l.starts_with(['*', '/'])
                && [
                    "SDKAPPID =",
                    "SDKAppID =",
                    "SECRETKEY =",
                    "LICENSEURL =",
                    "\"appid\":",
                ]
                .iter()
                .any(|needle| l.contains(needle))
                && !l.contains("GenerateTestUserSig.")
        });
        let found = scan.files.iter().find(|f| f.rel_path == Path::new(&name));
        if let Some(file) = found {
            patch_real_file(file, text.as_bytes());
        }
        if Path::new(&base)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("m"))
        {
            assert_eq!(
                found.map(|f| f.role),
                Some(FileRole::SigningAlgorithm),
                "{name}"
            );
        } else if declares {
            let role = found.map(|f| f.role);
            assert!(
                matches!(role, Some(FileRole::Credentials | FileRole::ProjectConfig)),
                "{name} not found"
            );
        }
    }
}
