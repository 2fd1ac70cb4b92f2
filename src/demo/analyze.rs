//! Deciding, from a file's path and bytes alone, whether it is one of the demo's credential files,
//! its `project.config.json`, a bundled signing library, or none of our business.

use std::io::{self, BufRead, Read};
use std::path::{Component, Path};

use crate::messages::{DemoCode, Message};

use super::apps::find_apps;
use super::json::{ProjectConfig, analyze_project_config};
use super::licence::find_licence_calls;
use super::model::{
    ConstantKind, DemoFile, FileRole, Language, Platform, RefusedFile, TextEncoding,
};
use super::shapes::{
    Declarations, find_declarations_in, line_declares_our_name, may_declare_our_names,
    may_mention_our_names, mentions_our_names,
};
use super::text::{
    Sniffed, UTF8_BOM, blank_comments, line_endings, looks_minified, sniff_encoding,
};

/// Whether `needle` occurs in `bytes` (SIMD substring search).
fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(bytes, needle).is_some()
}

/// Whether a file may call `setLicence…` / `setLicense…` (a cheap look before the licence
/// patterns run).
fn may_set_licence(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"setLicen")
        .any(|at| matches!(bytes.get(at + 8), Some(b'c' | b's')))
}

/// Files larger than this are never credential files (the bundled signing library is ~150 KiB).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// The name of the mini program project file.
const PROJECT_CONFIG: &str = "project.config.json";

/// The name of an Xcode project's file (inside `*.xcodeproj/`).
const XCODE_PROJECT: &str = "project.pbxproj";

/// Whether a language is a build file's (app IDs), not a source file's.
fn is_build_file(language: Language) -> bool {
    matches!(
        language,
        Language::Gradle | Language::GradleKotlin | Language::XcodeProject
    )
}

/// The language a file is written in, judged by its name; `None` for files we never read.
#[must_use]
pub fn language_of(rel_path: &Path) -> Option<Language> {
    let name = rel_path.file_name()?.to_str()?;
    if name == PROJECT_CONFIG {
        return Some(Language::Json);
    }
    if name == XCODE_PROJECT {
        return Some(Language::XcodeProject);
    }
    let bytes = name.as_bytes();
    if bytes.len() > 11 && bytes[bytes.len() - 11..].eq_ignore_ascii_case(b".gradle.kts") {
        return Some(Language::GradleKotlin);
    }
    let ext = Path::new(name).extension()?.to_str()?;
    // Lower-cased on the stack: this runs for every file of the walk.
    let mut lower = [0u8; 6];
    let lower = lower.get_mut(..ext.len())?;
    lower.copy_from_slice(ext.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"java" => Language::Java,
        b"kt" => Language::Kotlin,
        b"h" | b"m" | b"mm" => Language::ObjectiveC,
        b"swift" => Language::Swift,
        b"js" | b"ts" => Language::JavaScript,
        b"cs" => Language::CSharp,
        b"cpp" | b"cc" | b"hpp" => Language::Cpp,
        b"gradle" => Language::Gradle,
        _ => return None,
    })
}

/// Whether a folder is one the scan never enters (version control, dependencies, build output,
/// our own backups).
#[must_use]
pub fn is_skipped_dir(name: &str) -> bool {
    const SKIPPED: [&str; 9] = [
        ".git",
        "node_modules",
        "Pods",
        "build",
        "DerivedData",
        ".gradle",
        ".mlvb-setup",
        ".svn",
        ".hg",
    ];
    SKIPPED.contains(&name)
}

/// Looks at one file: `None` when it is not ours, else the file found or the reason it is
/// refused. Finds files by content, whatever their name or folder.
#[must_use]
pub fn analyze_file(rel_path: &Path, bytes: &[u8]) -> Option<Result<DemoFile, RefusedFile>> {
    let language = language_of(rel_path)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return None;
    }
    // The fast first look: text (no NUL) naming none of our names is not ours. JSON is judged by
    // its own parser; NUL bytes may be UTF-16, judged below.
    if is_build_file(language) {
        let needle: &[u8] = if language == Language::XcodeProject {
            b"PRODUCT_BUNDLE_IDENTIFIER"
        } else {
            b"applicationId"
        };
        if !contains(bytes, needle) {
            return None;
        }
    } else if language != Language::Json
        && memchr::memchr(0, bytes).is_none()
        && !may_mention_our_names(bytes)
    {
        return None;
    }
    let refuse = |line: Option<usize>, reason: Message| {
        Some(Err(RefusedFile {
            rel_path: rel_path.to_path_buf(),
            line,
            reason,
        }))
    };
    let encoding = match sniff_encoding(bytes) {
        Sniffed::Text(encoding) => encoding,
        Sniffed::Binary => return None,
        Sniffed::Utf16(text) => {
            let ours = if language == Language::Json {
                text.contains("\"appid\"")
            } else {
                mentions_our_names(text.as_bytes())
            };
            return if ours {
                refuse(None, Message::new(DemoCode::SavedAsUtf16))
            } else {
                None
            };
        }
    };
    let language = if language == Language::ObjectiveC && is_cpp_header(rel_path, bytes) {
        Language::Cpp
    } else {
        language
    };
    let mut file = DemoFile {
        rel_path: rel_path.to_path_buf(),
        platform: platform_of(rel_path, language),
        language,
        role: FileRole::Credentials,
        encoding,
        line_endings: line_endings(bytes),
        constants: Vec::new(),
        licence_calls: Vec::new(),
        apps: Vec::new(),
    };
    if language == Language::Json {
        if encoding == TextEncoding::OtherAsciiCompatible {
            return if contains(bytes, b"\"appid\"") {
                refuse(None, Message::new(DemoCode::JsonNotUtf8))
            } else {
                None
            };
        }
        let offset = if encoding == TextEncoding::Utf8Bom {
            UTF8_BOM.len()
        } else {
            0
        };
        return match analyze_project_config(bytes, offset) {
            ProjectConfig::NotOurs => None,
            ProjectConfig::Refused(line, reason) => refuse(line, reason),
            ProjectConfig::AppId(constant) => {
                file.role = FileRole::ProjectConfig;
                file.constants.push(constant);
                Some(Ok(file))
            }
        };
    }
    if is_build_file(language) {
        return build_file(file, bytes);
    }
    let minified = rel_path.to_string_lossy().contains(".min.") || looks_minified(bytes);
    if !minified {
        match source_file(file.clone(), bytes) {
            Ok(Some(found)) => return Some(Ok(found)),
            Ok(None) => {}
            Err(refused) => return Some(Err(refused)),
        }
    }
    if holds_signing_algorithm(bytes) {
        file.role = FileRole::SigningAlgorithm;
        return Some(Ok(file));
    }
    None
}

/// A `build.gradle(.kts)` or `project.pbxproj`: ours when it declares an app ID.
fn build_file(mut file: DemoFile, bytes: &[u8]) -> Option<Result<DemoFile, RefusedFile>> {
    let code = blank_comments(bytes, file.language);
    let (constants, apps) = find_apps(&file.rel_path, bytes, &code, file.language);
    if apps.is_empty() {
        return None;
    }
    file.role = FileRole::AppProject;
    file.constants = constants;
    file.apps = apps;
    Some(Ok(file))
}

/// A source file: its credential declarations and licence calls; `Ok(None)` when it has none.
fn source_file(mut file: DemoFile, bytes: &[u8]) -> Result<Option<DemoFile>, RefusedFile> {
    let language = file.language;
    let declares = may_declare_our_names(bytes);
    let sets_licence = may_set_licence(bytes);
    if !declares && !sets_licence {
        return Ok(None);
    }
    // Comments blanked once, for both searches.
    let code = blank_comments(bytes, language);
    let found = if declares {
        find_declarations_in(bytes, &code, language)
    } else {
        Declarations::default()
    };
    let (licence_constants, licence_calls) = if sets_licence {
        find_licence_calls(bytes, &code, language, &found.constants)
    } else {
        (Vec::new(), Vec::new())
    };
    let declares_credentials = |kind: ConstantKind| {
        !matches!(
            kind,
            ConstantKind::ExpireTime | ConstantKind::TencentCloudAppId
        )
    };
    let ours = found.constants.iter().any(|c| declares_credentials(c.kind))
        || found.problems.iter().any(|p| declares_credentials(p.kind));
    if ours {
        if let Some(problem) = found.problems.into_iter().next() {
            return Err(RefusedFile {
                rel_path: file.rel_path,
                line: Some(problem.line),
                reason: problem.reason,
            });
        }
        file.constants = found.constants;
    }
    if !licence_calls.is_empty() {
        if !ours {
            file.role = FileRole::LicenceCall;
        }
        file.constants.extend(licence_constants);
        file.constants.sort_by_key(|c| c.value_span.start);
        file.licence_calls = licence_calls;
    }
    Ok((ours || !file.licence_calls.is_empty()).then_some(file))
}

/// Lines longer than this in a file over [`MAX_FILE_BYTES`] mean generated or minified code.
const MAX_LINE_BYTES: u64 = 64 * 1024;

/// Looks through a file over [`MAX_FILE_BYTES`], line by line without holding it: a file that
/// declares one of our names is refused (it is never read whole nor patched), so that it is
/// not skipped silently. Minified files (by name or by their lines) are not ours, as below.
pub fn refuse_oversized(rel_path: &Path, reader: impl io::Read) -> io::Result<Option<RefusedFile>> {
    let Some(language) = language_of(rel_path) else {
        return Ok(None);
    };
    if rel_path.to_string_lossy().contains(".min.") {
        return Ok(None);
    }
    let mut reader = io::BufReader::with_capacity(64 * 1024, reader);
    let mut line = Vec::new();
    for line_no in 1.. {
        line.clear();
        let read = (&mut reader)
            .take(MAX_LINE_BYTES)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            break;
        }
        if read as u64 == MAX_LINE_BYTES && !line.ends_with(b"\n") {
            return Ok(None);
        }
        let has = |needle: &[u8]| contains(&line, needle);
        let ours = if language == Language::Json {
            has(b"\"appid\"")
        } else if language == Language::XcodeProject {
            has(b"PRODUCT_BUNDLE_IDENTIFIER")
        } else if matches!(language, Language::Gradle | Language::GradleKotlin) {
            has(b"applicationId")
        } else {
            line_declares_our_name(&line)
        };
        if ours {
            return Ok(Some(RefusedFile {
                rel_path: rel_path.to_path_buf(),
                line: Some(line_no),
                reason: Message::new(DemoCode::RefusedOversized)
                    .with("mib", MAX_FILE_BYTES / (1024 * 1024)),
            }));
        }
    }
    Ok(None)
}

/// Whether a file computes a `UserSig` (`TLSSigAPIv2`): it names the fields it signs.
fn holds_signing_algorithm(bytes: &[u8]) -> bool {
    contains(bytes, b"TLS.sdkappid") && contains(bytes, b"TLS.identifier")
}

/// A `.h` that is C++ rather than Objective-C.
fn is_cpp_header(rel_path: &Path, bytes: &[u8]) -> bool {
    let is_h = rel_path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("h"));
    let has = |needle: &[u8]| contains(bytes, needle);
    is_h && !has(b"@\"")
        && !has(b"#import")
        && !has(b"NSString")
        && (has(b"std::") || has(b"#include"))
}

/// The platform of a file judged by its path alone (e.g. for a refused file).
#[must_use]
pub fn platform_of_path(rel_path: &Path) -> Platform {
    language_of(rel_path).map_or(Platform::Other, |language| platform_of(rel_path, language))
}

/// The demo a file belongs to: its language first, folder names where the language says little.
fn platform_of(rel_path: &Path, language: Language) -> Platform {
    let folders: Vec<String> = rel_path
        .components()
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name.to_string_lossy().to_ascii_lowercase()),
            _ => None,
        })
        .collect();
    let in_folder = |names: &[&str]| folders.iter().any(|f| names.contains(&f.as_str()));
    match language {
        Language::Java | Language::Kotlin | Language::Gradle | Language::GradleKotlin => {
            Platform::Android
        }
        Language::ObjectiveC | Language::Swift | Language::XcodeProject => Platform::Ios,
        Language::Json => Platform::MiniProgram,
        Language::JavaScript => {
            if in_folder(&["web", "electron", "node", "nodejs", "h5", "server"]) {
                Platform::Other
            } else {
                Platform::MiniProgram
            }
        }
        Language::CSharp | Language::Cpp => {
            if in_folder(&["android"]) {
                Platform::Android
            } else if in_folder(&["ios", "mac", "macos"]) {
                Platform::Ios
            } else {
                Platform::Other
            }
        }
    }
}
