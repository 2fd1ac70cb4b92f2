//! Shared fixture of the `patch` transaction tests: three demo-like credential files with a
//! fake `SECRETKEY = ""` line, in the three shapes that matter (LF, CRLF, no final newline).

// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use mlvb_setup::patch::{FileChange, PatchPlan, STATE_DIR};

/// A key of the form the IM console shows.
pub const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// Three demo-like files: LF with Chinese comment, CRLF, and one without a final newline.
pub const FILES: [(&str, &[u8]); 3] = [
    (
        "Android/debug/GenerateTestUserSig.java",
        "// 请设置\npublic static final int SDKAPPID = 0;\nprivate static final String SECRETKEY = \"\";\nint EXPIRETIME = 604800;\n".as_bytes(),
    ),
    (
        "iOS/Debug/GenerateTestUserSig.h",
        b"// header\r\nstatic const int SDKAPPID = 0;\r\nstatic NSString * const SECRETKEY = @\"\";\r\n",
    ),
    (
        "WXMini/debug/GenerateTestUserSig.js",
        b"var SDKAPPID = 0;\nvar SECRETKEY = \"\";",
    ),
];

pub fn patched(original: &[u8], key: &str) -> Vec<u8> {
    let text = String::from_utf8(original.to_vec()).unwrap();
    text.replace("SDKAPPID = 0", "SDKAPPID = 1400000001")
        .replace("SECRETKEY = \"\"", &format!("SECRETKEY = \"{key}\""))
        .replace("SECRETKEY = @\"\"", &format!("SECRETKEY = @\"{key}\""))
        .into_bytes()
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Writes the fixture files into `root` and returns a plan patching all of them with `key`.
pub fn demo(root: &Path, key: &str) -> PatchPlan {
    let mut changes = Vec::new();
    for (rel, bytes) in FILES {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        changes.push(FileChange {
            rel_path: PathBuf::from(rel),
            original: bytes.to_vec(),
            patched: patched(bytes, key),
            edits: Vec::new(),
        });
    }
    #[cfg(unix)]
    {
        set_mode(&root.join(FILES[0].0), 0o640);
        set_mode(&root.join(FILES[2].0), 0o755);
    }
    PatchPlan::new(root.to_owned(), changes, Vec::new())
}

pub fn read(root: &Path, rel: &str) -> Vec<u8> {
    fs::read(root.join(rel)).unwrap()
}

/// Every file under `root` outside mlvb-setup's state folder, relative, sorted.
pub fn listing(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap() == STATE_DIR {
                continue;
            }
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

pub fn fixture_listing() -> Vec<String> {
    let mut names: Vec<String> = FILES.iter().map(|(rel, _)| (*rel).to_owned()).collect();
    names.sort();
    names
}

pub fn assert_all_original(root: &Path) {
    for (rel, bytes) in FILES {
        assert_eq!(read(root, rel), bytes, "{rel} is not original");
    }
}
