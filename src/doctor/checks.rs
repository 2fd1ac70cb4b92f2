//! The doctor's checks on what the scan found.

use std::collections::BTreeMap;

use sha2::{Digest as _, Sha256};

use crate::credentials::{SdkAppId, SecretKey};
use crate::demo::{ConstantKind, DemoFile, FileRole, Platform, ValueState};
use crate::messages::{DoctorCode, Localize, Message};
use crate::online::{AccountCheck, LicenceUrlState, OnlineReport};
use crate::preview::host::HostEnv;
use crate::preview::port::{ServicePort, read_service_port};
use crate::preview::project::{AppIdState, ProjectConfig};
use crate::setup::Demo;

use super::DoctorProblem;

fn slash(path: &std::path::Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn credential_files(demo: &Demo) -> impl Iterator<Item = &DemoFile> {
    demo.scan()
        .files
        .iter()
        .filter(|f| f.role == FileRole::Credentials)
}

/// Nothing found, refused files, and each value still unfilled.
pub(super) fn scan_problems(demo: &Demo) -> Vec<DoctorProblem> {
    let scan = demo.scan();
    let mut problems = Vec::new();
    if !scan
        .files
        .iter()
        .any(|f| f.role != FileRole::SigningAlgorithm)
    {
        problems.push(DoctorProblem::new(
            None,
            Message::new(DoctorCode::NothingFound).with("path", &scan.root),
        ));
    }
    for refused in &scan.refused {
        problems.push(DoctorProblem::new(
            None,
            Message::new(DoctorCode::FileRefused)
                .with("path", slash(&refused.rel_path))
                .with("reason", refused.reason.clone()),
        ));
    }
    for file in credential_files(demo) {
        for constant in &file.constants {
            let unfilled = constant.state != ValueState::Set;
            let code = match constant.kind {
                ConstantKind::SdkAppId if unfilled => DoctorCode::SdkAppIdUnfilled,
                ConstantKind::SecretKey if unfilled => DoctorCode::SecretKeyUnfilled,
                ConstantKind::LicenseUrl | ConstantKind::LicenseKey if unfilled => {
                    DoctorCode::LicenceUnfilled
                }
                ConstantKind::PushDomain | ConstantKind::PlayDomain | ConstantKind::LiveUrlKey
                    if unfilled =>
                {
                    DoctorCode::LiveValueUnfilled
                }
                ConstantKind::ExpireTime => {
                    let value = constant.display_value.as_deref().unwrap_or("0");
                    let seconds = value.trim().parse::<i64>().unwrap_or(0);
                    if seconds > 0 && constant.state == ValueState::Set {
                        continue;
                    }
                    problems.push(DoctorProblem::new(
                        Some(file.platform),
                        Message::new(DoctorCode::ExpireNotPositive)
                            .with("path", slash(&file.rel_path))
                            .with("line", constant.line)
                            .with("name", constant.name.as_str())
                            .with("value", value),
                    ));
                    continue;
                }
                _ => continue,
            };
            problems.push(DoctorProblem::new(
                Some(file.platform),
                Message::new(code)
                    .with("path", slash(&file.rel_path))
                    .with("line", constant.line)
                    .with("name", constant.name.as_str()),
            ));
        }
    }
    problems
}

/// The exact text of a string literal's value (quotes and Objective-C's `@` removed).
fn literal_text(file_bytes: &[u8], span: std::ops::Range<usize>) -> Option<String> {
    let raw = file_bytes.get(span)?;
    let raw = raw.strip_prefix(b"@").unwrap_or(raw);
    let inner = match raw {
        [b'"', inner @ .., b'"'] | [b'\'', inner @ .., b'\''] => inner,
        other => other,
    };
    String::from_utf8(inner.to_vec()).ok()
}

/// Every filled-in secret key: a digest of it (never the key), the file and the line.
fn key_digests(demo: &Demo) -> Vec<([u8; 32], String)> {
    key_digests_at(demo)
        .into_iter()
        .map(|(d, f, _)| (d, f))
        .collect()
}

fn key_digests_at(demo: &Demo) -> Vec<([u8; 32], String, usize)> {
    let mut digests = Vec::new();
    for file in credential_files(demo) {
        let Some(bytes) = demo.scanned.contents(&file.rel_path) else {
            continue;
        };
        for constant in &file.constants {
            if constant.kind == ConstantKind::SecretKey
                && constant.state == ValueState::Set
                && let Some(text) = literal_text(bytes, constant.value_span.clone())
            {
                digests.push((
                    Sha256::digest(text.as_bytes()).into(),
                    slash(&file.rel_path),
                    constant.line,
                ));
            }
        }
    }
    digests
}

/// An SDKAppID or a key that is not the same in every file.
pub(super) fn consistency_problems(demo: &Demo) -> Vec<DoctorProblem> {
    let mut problems = Vec::new();
    let mut ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in credential_files(demo) {
        for constant in &file.constants {
            if constant.kind == ConstantKind::SdkAppId
                && constant.state == ValueState::Set
                && let Some(value) = &constant.display_value
            {
                ids.entry(value.clone())
                    .or_default()
                    .push(slash(&file.rel_path));
            }
        }
    }
    if ids.len() > 1 {
        let values = ids
            .iter()
            .map(|(value, files)| format!("{value} ({})", files.join(", ")))
            .collect::<Vec<_>>()
            .join("; ");
        problems.push(DoctorProblem::new(
            None,
            Message::new(DoctorCode::SdkAppIdDiffers).with("values", values),
        ));
    }
    let mut keys: BTreeMap<[u8; 32], Vec<String>> = BTreeMap::new();
    for (digest, file) in key_digests(demo) {
        keys.entry(digest).or_default().push(file);
    }
    if keys.len() > 1 {
        // Groups of files that share a key, without saying what any key is.
        let groups = keys
            .values()
            .map(|files| files.join(", "))
            .collect::<Vec<_>>()
            .join(" | ");
        problems.push(DoctorProblem::new(
            None,
            Message::new(DoctorCode::SecretKeyDiffers).with("groups", groups),
        ));
    }
    problems
}

/// Files whose SDKAppID or key is not the one the user typed (after Apply, the typed values
/// were changed, or the files were edited by hand).
pub(super) fn typed_value_problems(demo: &Demo, typed: &super::TypedValues) -> Vec<DoctorProblem> {
    let mut problems = Vec::new();
    let typed_id = typed.sdk_app_id.get().to_string();
    for file in credential_files(demo) {
        for constant in &file.constants {
            if constant.kind == ConstantKind::SdkAppId
                && constant.state == ValueState::Set
                && let Some(found) = &constant.display_value
                && found.trim() != typed_id
            {
                problems.push(DoctorProblem::new(
                    Some(file.platform),
                    Message::new(DoctorCode::SdkAppIdNotTyped)
                        .with("path", slash(&file.rel_path))
                        .with("line", constant.line)
                        .with("found", found.as_str())
                        .with("typed", typed_id.as_str()),
                ));
            }
        }
    }
    let typed_digest: [u8; 32] = Sha256::digest(typed.secret_key.expose().as_bytes()).into();
    for (digest, path, line) in key_digests_at(demo) {
        if digest != typed_digest {
            let platform = credential_files(demo)
                .find(|f| slash(&f.rel_path) == path)
                .map(|f| f.platform);
            problems.push(DoctorProblem::new(
                platform,
                Message::new(DoctorCode::SecretKeyNotTyped)
                    .with("path", path)
                    .with("line", line),
            ));
        }
    }
    problems
}

/// The mini program's `appid`, and DevTools' service port.
pub(super) fn mini_program_problems(demo: &Demo, host: &HostEnv) -> Vec<DoctorProblem> {
    let mut problems = Vec::new();
    let Some(root) = demo.folder() else {
        return problems;
    };
    let Some(config) = demo
        .scan()
        .files
        .iter()
        .find(|f| f.role == FileRole::ProjectConfig)
    else {
        return problems;
    };
    let mini = Some(Platform::MiniProgram);
    let path = slash(&config.rel_path);
    match ProjectConfig::read(root, &root.join(&config.rel_path)) {
        Ok(project) => match project.app_id {
            AppIdState::Valid(_) => {}
            AppIdState::Missing => problems.push(DoctorProblem::new(
                mini,
                Message::new(DoctorCode::AppIdMissing).with("path", path),
            )),
            AppIdState::Invalid { reason, .. } => problems.push(DoctorProblem::new(
                mini,
                Message::new(DoctorCode::AppIdInvalid)
                    .with("path", path)
                    .with("reason", reason),
            )),
        },
        Err(problem) => problems.push(DoctorProblem::new(mini, problem.message())),
    }
    if let ServicePort::Off { status_file } = read_service_port(host) {
        problems.push(DoctorProblem::new(
            mini,
            Message::new(DoctorCode::ServicePortOff).with("path", &status_file),
        ));
    }
    problems
}

/// The SDKAppID, key and licence URL to ask Tencent Cloud about: the ones in the files, when
/// every file agrees; else why the online check cannot be made.
pub(super) fn online_values(demo: &Demo) -> Result<(SdkAppId, SecretKey, Option<String>), Message> {
    let skipped = || Message::new(DoctorCode::OnlineSkipped);
    let mut sdk_app_id = None;
    let mut licence_url = None;
    for file in credential_files(demo) {
        for constant in &file.constants {
            if constant.state != ValueState::Set {
                continue;
            }
            match constant.kind {
                ConstantKind::SdkAppId => {
                    let value = constant.display_value.as_deref().unwrap_or("");
                    let id = SdkAppId::parse(value).map_err(|_| skipped())?;
                    if sdk_app_id.is_some_and(|seen| seen != id) {
                        return Err(skipped());
                    }
                    sdk_app_id = Some(id);
                }
                ConstantKind::LicenseUrl if licence_url.is_none() => {
                    licence_url.clone_from(&constant.display_value);
                }
                _ => {}
            }
        }
    }
    let sdk_app_id = sdk_app_id.ok_or_else(skipped)?;
    let digests = key_digests(demo);
    if digests.is_empty() || digests.iter().any(|(d, _)| *d != digests[0].0) {
        return Err(skipped());
    }
    // Read again from the first file that has it: only the digest was kept.
    let key = credential_files(demo)
        .find_map(|file| {
            let bytes = demo.scanned.contents(&file.rel_path)?;
            let constant = file
                .constants
                .iter()
                .find(|c| c.kind == ConstantKind::SecretKey && c.state == ValueState::Set)?;
            literal_text(bytes, constant.value_span.clone())
        })
        .ok_or_else(skipped)?;
    let key = SecretKey::parse(&key).map_err(|_| skipped())?;
    Ok((sdk_app_id, key, licence_url))
}

/// Tencent Cloud's answer, as problems (none when the pair works and the licence is there).
pub(super) fn online_problems(report: &OnlineReport) -> Vec<DoctorProblem> {
    let mut problems = Vec::new();
    match &report.account {
        Ok(AccountCheck::Accepted { .. }) => {}
        Ok(AccountCheck::Refused(refusal)) => {
            problems.push(DoctorProblem::new(None, refusal.message()));
        }
        Err(no_answer) => problems.push(DoctorProblem::new(None, no_answer.message())),
    }
    match &report.licence {
        None | Some(Ok(LicenceUrlState::Found { .. })) => {}
        Some(Ok(state)) => problems.push(DoctorProblem::new(None, state.message())),
        Some(Err(no_answer)) => problems.push(DoctorProblem::new(None, no_answer.message())),
    }
    problems
}
