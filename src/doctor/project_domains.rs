//! Request domains the project lists (when it does): `requestDomain`, `socketDomain`,
//! `uploadFileDomain`, `downloadFileDomain` arrays in `project.config.json` or
//! `project.private.config.json` (the shape of WeChat's domain settings). When a list is there,
//! every domain the code calls must be in it.

use std::path::Path;

use crate::demo::{DomainGroup, RequestDomains};
use crate::messages::{DoctorCode, Message};

use super::DoctorProblem;

const PROJECT_FILES: [&str; 2] = ["project.config.json", "project.private.config.json"];

fn key_of(group: DomainGroup) -> &'static str {
    match group {
        DomainGroup::Request => "requestDomain",
        DomainGroup::Socket => "socketDomain",
        DomainGroup::UploadFile => "uploadFileDomain",
        DomainGroup::DownloadFile => "downloadFileDomain",
    }
}

/// Every string of every array under `key`, anywhere in `value`; `None` when no such array.
fn listed(value: &serde_json::Value, key: &str) -> Option<Vec<String>> {
    match value {
        serde_json::Value::Object(map) => {
            let mut found: Option<Vec<String>> = None;
            for (name, inner) in map {
                if name == key {
                    if let Some(items) = inner.as_array() {
                        found.get_or_insert_with(Vec::new).extend(
                            items
                                .iter()
                                .filter_map(serde_json::Value::as_str)
                                .map(|s| s.trim().trim_end_matches('/').to_ascii_lowercase()),
                        );
                    }
                } else if let Some(more) = listed(inner, key) {
                    found.get_or_insert_with(Vec::new).extend(more);
                }
            }
            found
        }
        _ => None,
    }
}

/// The domains the code calls that a list in the project leaves out, one problem per group.
pub(super) fn unlisted(project_dir: &Path, domains: &RequestDomains) -> Vec<DoctorProblem> {
    let mut problems = Vec::new();
    for name in PROJECT_FILES {
        let Ok(bytes) = std::fs::read(project_dir.join(name)) else {
            continue;
        };
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(text) else {
            continue;
        };
        for group in DomainGroup::ALL {
            let Some(list) = listed(&value, key_of(group)) else {
                continue;
            };
            let missing: Vec<String> = domains
                .to_enter(group)
                .into_iter()
                .filter(|d| !list.contains(&d.to_ascii_lowercase()))
                .collect();
            if !missing.is_empty() {
                problems.push(DoctorProblem::new(
                    Some(crate::demo::Platform::MiniProgram),
                    Message::new(DoctorCode::DomainsNotListed)
                        .with("group", group.console_name())
                        .with("path", name)
                        .with("count", missing.len())
                        .with("missing", missing.join(" ")),
                ));
            }
        }
    }
    problems
}
