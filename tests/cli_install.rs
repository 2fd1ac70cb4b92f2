//! What the packages promise of the programs themselves: `--version` from both binaries, and a
//! patch/restore round trip whose backup paths are longer than Windows' 260-character MAX_PATH
//! (run on Windows by the GitHub workflow, and under Wine by `scripts/wine-check.sh`).
#![allow(clippy::unwrap_used)] // helpers outside #[test] fns panic on setup failure, as tests do

use std::path::Path;
use std::process::{Command, Output};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const JS: &str = "// 小程序调试签名\r\nvar SDKAPPID = 0;\r\n\r\nvar SECRETKEY = \"\";\r\n";

fn run(bin: &str, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .env("MLVB_SECRET_KEY", KEY)
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn both_programs_print_the_package_version() {
    let want = format!("mlvb-setup {}\n", env!("CARGO_PKG_VERSION"));
    for bin in [
        env!("CARGO_BIN_EXE_mlvb-setup"),
        env!("CARGO_BIN_EXE_mlvb-setup-cli"),
    ] {
        let out = run(bin, &["--version"]);
        assert!(out.status.success(), "{bin} --version failed");
        assert_eq!(stdout(&out).replace("\r\n", "\n"), want, "{bin}");
    }
}

#[test]
fn backups_work_past_260_characters() {
    let top = tempfile::tempdir().unwrap();
    let mut demo = top.path().to_path_buf();
    while demo.as_os_str().len() < 300 {
        demo.push("a-folder-name-of-forty-characters-012345");
    }
    let file = demo.join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, JS).unwrap();
    let dir = demo.to_str().unwrap();
    let cli = env!("CARGO_BIN_EXE_mlvb-setup-cli");

    let out = run(cli, &["patch", dir, "--sdkappid", "1400123456"]);
    assert!(
        out.status.success(),
        "patch: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let patched = std::fs::read_to_string(&file).unwrap();
    assert!(
        patched.contains("var SDKAPPID = 1400123456;\r\n"),
        "{patched}"
    );
    assert!(longest_path(&demo.join(".mlvb-setup")) > 260);

    let out = run(cli, &["restore", dir]);
    assert!(
        out.status.success(),
        "restore: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&file).unwrap(), JS.as_bytes());
}

/// The length of the longest path under `dir`.
fn longest_path(dir: &Path) -> usize {
    let mut longest = dir.as_os_str().len();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let len = if path.is_dir() {
            longest_path(&path)
        } else {
            path.as_os_str().len()
        };
        longest = longest.max(len);
    }
    longest
}
