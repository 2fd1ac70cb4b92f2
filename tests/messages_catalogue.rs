//! The message catalogue: every code renders in both languages with its arguments, the two
//! languages define the same messages, Chinese texts are Chinese, and every label the window asks
//! for exists.

use std::collections::BTreeSet;

use mlvb_setup::messages::{Arg, Catalogue, Code, FTL_SOURCES, Front, Lang, Message};

/// A sample value for an argument, unique enough to be found in the rendered text.
fn sample(name: &str, is_number: bool) -> Arg {
    if is_number {
        Arg::Number(4_242)
    } else {
        Arg::Text(format!("‹{name}›"))
    }
}

fn sampled(code: Code) -> Message {
    let mut message = Message::new(code);
    for (name, is_number) in code.params() {
        message.args.push((name, sample(name, *is_number)));
    }
    message
}

#[test]
fn the_ftl_files_parse() {
    let errors = Catalogue::get().load_errors();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_code_renders_in_both_languages_with_every_argument() {
    let catalogue = Catalogue::get();
    let mut seen = BTreeSet::new();
    for code in Code::all() {
        assert!(seen.insert(code.id()), "{} is used by two codes", code.id());
        let message = sampled(code);
        for lang in Lang::ALL {
            assert!(
                catalogue.has(lang, code.id()),
                "{} has no {} text",
                code.id(),
                lang.tag()
            );
            let mut rendered = String::new();
            for front in [Front::Cli, Front::Window] {
                let (text, errors) = catalogue.render_checked(lang, front, &message);
                assert!(
                    errors.is_empty(),
                    "{} ({}, {front:?}): {errors:?}",
                    code.id(),
                    lang.tag()
                );
                assert!(
                    !text.trim().is_empty(),
                    "{} ({}) is blank",
                    code.id(),
                    lang.tag()
                );
                rendered.push_str(&text);
                rendered.push('\n');
            }
            let ftl = FTL_SOURCES
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .find_map(|(_, _, source)| ftl_entry(source, code.id()))
                .unwrap_or_default();
            for (name, is_number) in code.params() {
                // An argument that chooses between wordings counts as used.
                if ftl.contains(&format!("${name} ->")) {
                    continue;
                }
                let shown = match sample(name, *is_number) {
                    Arg::Text(text) => text,
                    Arg::Number(n) => n.to_string(),
                    Arg::Message(_) => unreachable!(),
                };
                assert!(
                    rendered.contains(&shown),
                    "{} ({}) never shows its argument {name}: {rendered}",
                    code.id(),
                    lang.tag()
                );
            }
        }
    }
}

/// The text of message `id` in one `.ftl` source: its first line and the indented lines after it.
fn ftl_entry(source: &str, id: &str) -> Option<String> {
    let mut lines = source.lines().skip_while(|line| {
        line.split_once('=')
            .is_none_or(|(name, _)| name.trim() != id)
            || line.starts_with(' ')
    });
    let first = lines.next()?;
    let rest: Vec<&str> = lines.take_while(|line| line.starts_with(' ')).collect();
    Some(format!("{first}\n{}", rest.join("\n")))
}

fn ids_of(lang: Lang, file: &str) -> BTreeSet<String> {
    FTL_SOURCES
        .iter()
        .filter(|(l, f, _)| *l == lang && *f == file)
        .flat_map(|(_, _, source)| mlvb_setup::messages::message_ids(source))
        .collect()
}

#[test]
fn every_ftl_file_is_loaded() {
    for lang in Lang::ALL {
        let dir = format!(
            "{}/assets/locales/{}",
            env!("CARGO_MANIFEST_DIR"),
            lang.tag()
        );
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                FTL_SOURCES.iter().any(|(l, f, _)| *l == lang && *f == name),
                "{dir}/{name} is not in FTL_SOURCES"
            );
        }
    }
}

#[test]
fn both_languages_define_the_same_messages() {
    let files: BTreeSet<&str> = FTL_SOURCES.iter().map(|(_, f, _)| *f).collect();
    for file in files {
        let en = ids_of(Lang::En, file);
        let zh = ids_of(Lang::ZhCn, file);
        let only_en: Vec<_> = en.difference(&zh).collect();
        let only_zh: Vec<_> = zh.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_zh.is_empty(),
            "{file}: only in en: {only_en:?}; only in zh-CN: {only_zh:?}"
        );
    }
}

/// Words that stay as they are in Chinese text: product names, file and command names, codes.
const KEPT_WORDS: &[&str] = &[
    "SDKAppID",
    "AppID",
    "UserSig",
    "UserID",
    "IM",
    "MLVB",
    "LVB",
    "WeChat",
    "DevTools",
    "Tencent",
    "Cloud",
    "Android",
    "iOS",
    "Studio",
    "Xcode",
    "JSON",
    "UTF",
    "GBK",
    "BOM",
    "CRLF",
    "LF",
    "URL",
    "QR",
    "Node",
    "js",
    "npm",
    "git",
    "zip",
    "key",
    "secret",
    "mlvb",
    "setup",
    "miniprogram",
    "ci",
    "Noto",
    "Sans",
    "CJK",
    "GitHub",
    "MLVBSDK",
    "Demo",
    "WXMini",
    "userbuf",
    "License",
];

/// Whether a Chinese text still holds an English sentence: three or more English words in one
/// stretch without Chinese characters, not counting product words, placeables, paths or flags.
fn english_sentence_in(text: &str) -> Option<String> {
    let is_cjk =
        |c: char| ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c);
    text.split(is_cjk)
        .map(|stretch| {
            stretch
                .split(|c: char| !(c.is_ascii_alphanumeric() || "-_./'$`<>@#*".contains(c)))
                .filter(|token| {
                    token.len() > 1
                        && token.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
                        && !KEPT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(token))
                })
                .collect::<Vec<_>>()
        })
        .find(|words| words.len() >= 3)
        .map(|words| words.join(" "))
}

#[test]
fn chinese_texts_are_chinese() {
    let catalogue = Catalogue::get();
    let mut untranslated = Vec::new();
    for (lang, file, source) in FTL_SOURCES {
        if *lang != Lang::ZhCn {
            continue;
        }
        for id in mlvb_setup::messages::message_ids(source) {
            // Rendered with sample arguments, so placeables and their values do not count.
            let code = Code::all().into_iter().find(|c| c.id() == id);
            let texts: Vec<String> = match code {
                Some(code) => [Front::Cli, Front::Window]
                    .iter()
                    .map(|front| catalogue.render(Lang::ZhCn, *front, &sampled(code)))
                    .collect(),
                None => vec![catalogue.format(Lang::ZhCn, Front::Window, &id, &[]).0],
            };
            for text in texts {
                let without_samples: String = text
                    .split('‹')
                    .map(|part| part.split_once('›').map_or(part, |(_, rest)| rest))
                    .collect::<Vec<_>>()
                    .join(" ");
                let english_only = !without_samples
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                if let Some(words) = english_sentence_in(&without_samples) {
                    untranslated.push(format!("{file} {id}: \"{words}\" in {text}"));
                } else if english_only && without_samples.split_whitespace().count() > 2 {
                    untranslated.push(format!("{file} {id}: no Chinese in {text}"));
                }
            }
        }
    }
    assert!(untranslated.is_empty(), "{untranslated:#?}");
}

/// Every label id the window's code names (`tr("…")`, `trf("…"`, `…_key` returns) exists in both
/// languages.
#[test]
fn every_window_label_exists() {
    let catalogue = Catalogue::get();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/gui"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            // Test modules may ask for a missing label on purpose.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for (index, _) in source
                .match_indices(".tr(\"")
                .chain(source.match_indices(".trf(\""))
            {
                let rest = &source[index..];
                let start = rest.find('"').unwrap() + 1;
                let end = start + rest[start..].find('"').unwrap();
                let id = &rest[start..end];
                for lang in Lang::ALL {
                    if !catalogue.has(lang, id) {
                        missing.push(format!("{} ({}): {id}", path.display(), lang.tag()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The example paths and the read-only fix are written for the system the program runs on
/// (`$os` comes from the catalogue; an argument of the same name stands in for another system).
#[test]
fn path_hints_and_the_read_only_fix_follow_the_system() {
    let catalogue = Catalogue::get();
    let on = |os: &'static str, lang: Lang, id: &str| {
        let args = [
            ("os", fluent_bundle::FluentValue::from(os)),
            ("path", "x".into()),
        ];
        catalogue.format(lang, Front::Window, id, &args).0
    };
    for lang in Lang::ALL {
        let hint = |os| on(os, lang, "field-demo_path-hint");
        assert!(
            hint("windows").starts_with(r"C:\Users\"),
            "{}",
            hint("windows")
        );
        assert!(hint("macos").starts_with("/Users/"), "{}", hint("macos"));
        assert!(hint("linux").starts_with("/home/"), "{}", hint("linux"));
        let dest = |os| on(os, lang, "field-unpack_dest-hint");
        assert!(
            dest("windows").starts_with(r"C:\Users\"),
            "{}",
            dest("windows")
        );
        assert!(dest("macos").starts_with("/Users/"), "{}", dest("macos"));
        assert!(dest("linux").starts_with("/home/"), "{}", dest("linux"));
        let fix = |os| on(os, lang, "patch-read-only");
        assert!(fix("windows").contains("attrib -r"), "{}", fix("windows"));
        assert!(!fix("windows").contains("chmod"), "{}", fix("windows"));
        assert!(fix("macos").contains("chmod u+w"), "{}", fix("macos"));
        assert!(fix("linux").contains("chmod u+w"), "{}", fix("linux"));
    }
    // The window's own system, through the plain-text table the window reads.
    let expected = match std::env::consts::OS {
        "windows" => r"C:\Users\",
        "macos" => "/Users/",
        _ => "/home/",
    };
    let shown = catalogue.plain(Lang::En, "field-demo_path-hint").unwrap();
    assert!(shown.starts_with(expected), "{shown}");
}
