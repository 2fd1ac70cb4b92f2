//! Points 6–10 of the hostile-conditions issue as one table: each row sets up a case on a fresh
//! demo, runs the real binary (or, for the window's unpacking, the core call the window makes),
//! and says what a user must see — the exit code, the words that explain it, and whether the
//! demo's files are untouched.

#![allow(clippy::unwrap_used)]

mod hostile_support;

use std::fs;
use std::io::Write as _;
use std::path::Path;

use hostile_support::{FILES, KEY, bin, code, demo, snapshot, text};

/// What one row ran to: the exit code (the window's call: 0 done, 2 refused) and what was said.
struct Seen {
    code: i32,
    said: String,
}

struct Row {
    point: u8,
    case: &'static str,
    run: fn(&Path, &Path) -> Seen,
    code: i32,
    says: &'static str,
    untouched: bool,
}

fn patch_args(root: &Path, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = ["patch", root.to_str().unwrap()].map(String::from).to_vec();
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    args
}

fn cli(args: &[String], key: Option<&str>) -> Seen {
    let mut cmd = bin();
    cmd.args(args);
    if let Some(key) = key {
        cmd.env("MLVB_SECRET_KEY", key);
    }
    let out = cmd.output().unwrap();
    Seen {
        code: code(&out),
        said: text(&out),
    }
}

fn key_file(root: &Path, file: &Path) -> Seen {
    let file = file.to_str().unwrap();
    cli(
        &patch_args(
            root,
            &["--sdkappid", "1400000001", "--secret-key-file", file],
        ),
        None,
    )
}

const ROWS: &[Row] = &[
    Row {
        point: 6,
        case: "an SDKAppID past a Java int",
        run: |root, _| cli(&patch_args(root, &["--sdkappid", "2147483648"]), Some(KEY)),
        code: 2,
        says: "2147483647",
        untouched: true,
    },
    Row {
        point: 6,
        case: "an EXPIRETIME past a Java int",
        run: |root, _| {
            let args = patch_args(
                root,
                &["--sdkappid", "1400000001", "--expire", "2147483648"],
            );
            cli(&args, Some(KEY))
        },
        code: 2,
        says: "2147483647",
        untouched: true,
    },
    Row {
        point: 6,
        case: "a key file with a BOM, a zero-width space and a bidi override",
        run: |root, scratch| {
            let file = scratch.join("dirty.txt");
            let dirty = format!("\u{FEFF}{}\u{200B}{}\u{202E}\n", &KEY[..32], &KEY[32..]);
            fs::write(&file, dirty).unwrap();
            key_file(root, &file)
        },
        code: 0,
        says: "invisible",
        untouched: false,
    },
    Row {
        point: 6,
        case: "a key file over 64 KiB",
        run: |root, scratch| {
            let file = scratch.join("big.txt");
            fs::write(&file, "a".repeat(65 * 1024)).unwrap();
            key_file(root, &file)
        },
        code: 2,
        says: "64 KiB",
        untouched: true,
    },
    Row {
        point: 6,
        case: "a folder given as the key file",
        run: |root, scratch| key_file(root, scratch),
        code: 2,
        says: "not a regular file",
        untouched: true,
    },
    Row {
        point: 7,
        case: "standard output on a full disk",
        run: |root, _| {
            if !Path::new("/dev/full").exists() {
                return Seen {
                    code: 2,
                    said: "standard output (no /dev/full here)".into(),
                };
            }
            let full = fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let out = bin()
                .args(patch_args(root, &["--sdkappid", "1400000001", "--dry-run"]))
                .env("MLVB_SECRET_KEY", KEY)
                .stdout(full)
                .output()
                .unwrap();
            let said = text(&out);
            assert!(!said.contains("panicked"), "{said}");
            Seen {
                code: code(&out),
                said,
            }
        },
        code: 2,
        says: "standard output",
        untouched: true,
    },
    Row {
        point: 8,
        case: "a credential file too big to read is listed with its reason",
        run: |root, _| {
            let mut huge =
                b"public class Huge {\n    public static final int SDKAPPID = 0;\n".to_vec();
            huge.resize(2 * 1024 * 1024 + 10, b' ');
            fs::write(root.join("Android/Huge.java"), huge).unwrap();
            let seen = cli(&["scan".into(), root.to_str().unwrap().into()], None);
            assert!(
                seen.said.contains("Huge.java") && seen.said.contains("larger than 2 MiB"),
                "{}",
                seen.said
            );
            seen
        },
        code: 0,
        says: "Refused",
        untouched: true,
    },
    Row {
        point: 9,
        case: "a credential file with a second hard link",
        run: |root, _| {
            let java = root.join(FILES[0].0);
            fs::hard_link(&java, root.join("Sig-link.java")).unwrap();
            cli(&patch_args(root, &["--sdkappid", "1400000001"]), Some(KEY))
        },
        code: 2,
        says: "hard links",
        untouched: true,
    },
    Row {
        point: 10,
        case: "the window's unpacking of a zip bomb",
        run: |_, scratch| {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            let bomb = scratch.join("bomb.zip");
            let mut writer = zip::ZipWriter::new(fs::File::create(&bomb).unwrap());
            writer.start_file("demo/zeros.bin", options).unwrap();
            let zeros = vec![0u8; 1024 * 1024];
            for _ in 0..64 {
                writer.write_all(&zeros).unwrap();
            }
            writer.finish().unwrap();
            let into = scratch.join("unpacked");
            // The call the window's Unpack button makes.
            let result = mlvb_setup::setup::Demo::unpack(&bomb, &into);
            let left = fs::read_dir(&into).map_or(0, Iterator::count);
            assert_eq!(left, 0, "something was left behind");
            match result {
                Ok(_) => Seen {
                    code: 0,
                    said: String::new(),
                },
                Err(err) => Seen {
                    code: 2,
                    said: err.to_string(),
                },
            }
        },
        code: 2,
        says: "zip bomb",
        untouched: true,
    },
];

#[test]
fn hostile_conditions_points_6_to_10() {
    let mut failures = Vec::new();
    for row in ROWS {
        let dir = demo();
        let scratch = tempfile::tempdir().unwrap();
        let before = snapshot(dir.path());
        let seen = (row.run)(dir.path(), scratch.path());
        let untouched = snapshot(dir.path()) == before;
        if seen.code != row.code || !seen.said.contains(row.says) || untouched != row.untouched {
            failures.push(format!(
                "point {} — {}: exit {} (want {}), untouched {untouched} (want {}), said:\n{}",
                row.point, row.case, seen.code, row.code, row.untouched, seen.said
            ));
        }
        assert!(
            !seen.said.contains(KEY),
            "point {}: the key was echoed",
            row.point
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
