//! The command line speaks the user's language: Chinese when the locale is Chinese, English
//! otherwise, `--lang` over both; `--json` stays language-neutral (code, arguments, English).

use std::process::{Command, Output};

fn run(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env_remove("MLVB_SECRET_KEY")
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

const PATCH_MISSING: [&str; 4] = ["patch", "/no/such/dir", "--sdkappid", "1400123456"];

#[test]
fn a_chinese_locale_gets_chinese_naming_the_path() {
    let out = run(&PATCH_MISSING, "zh_CN.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert!(
        text.contains("/no/such/dir") && text.contains("不存在"),
        "{text}"
    );
    assert!(!text.contains("does not exist"), "{text}");
}

#[test]
fn lang_en_overrides_the_locale_before_or_after_the_subcommand() {
    for args in [
        [&["--lang", "en"][..], &PATCH_MISSING[..]].concat(),
        [&PATCH_MISSING[..], &["--lang", "en"][..]].concat(),
    ] {
        let out = run(&args, "zh_CN.UTF-8");
        assert_eq!(out.status.code(), Some(2));
        let text = stderr(&out);
        assert!(text.contains("/no/such/dir does not exist"), "{text}");
        assert!(!has_chinese(&text), "{text}");
    }
    let out = run(
        &[&PATCH_MISSING[..], &["--lang", "zh-CN"][..]].concat(),
        "en_US.UTF-8",
    );
    assert!(stderr(&out).contains("不存在"), "{}", stderr(&out));
}

#[test]
fn json_errors_carry_code_args_and_english() {
    let out = run(
        &[&PATCH_MISSING[..], &["--json"][..]].concat(),
        "zh_CN.UTF-8",
    );
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["code"], "scan-not-found");
    assert_eq!(json["args"]["path"], "/no/such/dir");
    assert!(
        json["message"].as_str().unwrap().contains("does not exist"),
        "{json}"
    );
}

#[test]
fn a_chinese_scan_report_and_an_english_one() {
    let dir = tempfile::tempdir().unwrap();
    let js = dir.path().join("WXMini/debug/GenerateTestUserSig.js");
    std::fs::create_dir_all(js.parent().unwrap()).unwrap();
    std::fs::write(&js, "var SDKAPPID = 0;\nvar SECRETKEY = \"\";\n").unwrap();
    let root = dir.path().to_str().unwrap();
    let zh = run(&["scan", root], "zh_CN.UTF-8");
    let zh_out = String::from_utf8_lossy(&zh.stdout);
    assert!(
        zh_out.contains("已扫描") && zh_out.contains("未填写"),
        "{zh_out}"
    );
    let en = run(&["scan", root], "C");
    let en_out = String::from_utf8_lossy(&en.stdout);
    assert!(
        en_out.contains("Scanned") && en_out.contains("not set"),
        "{en_out}"
    );
}
