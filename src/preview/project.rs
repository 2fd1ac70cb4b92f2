//! Finding and checking the mini program's `project.config.json`, the file DevTools opens.

use std::fs;
use std::path::{Path, PathBuf};

use crate::credentials::AppId;
use crate::messages::{Localize, Message, PreviewCode, io_reason, raw_text};

use super::problem::PreviewProblem;

/// The file DevTools needs in a mini-program project folder.
pub const PROJECT_CONFIG: &str = "project.config.json";

/// The folder of the mini-program demo inside the MLVB download.
pub const MINI_PROGRAM_DIR: &str = "WXMini";

/// Folders never searched: dependencies and version control.
const SKIPPED_DIRS: [&str; 3] = ["node_modules", ".git", "miniprogram_npm"];

/// How deep the search by name goes below the demo folder.
const MAX_SEARCH_DEPTH: usize = 6;

/// What `"appid"` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppIdState {
    /// A well-formed AppID.
    Valid(AppId),
    /// Absent or empty.
    Missing,
    /// Present but not an AppID (placeholder, tourist id, typo); `reason` says why.
    Invalid {
        /// The value as written.
        raw: String,
        /// Why it was refused.
        reason: Message,
    },
}

/// A `project.config.json`, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectConfig {
    /// The demo folder the user gave.
    pub demo_dir: PathBuf,
    /// The absolute path of `project.config.json`.
    pub path: PathBuf,
    /// The absolute folder holding it: what DevTools is given as `--project`.
    pub project_dir: PathBuf,
    /// The `"appid"` value.
    pub app_id: AppIdState,
    /// The `"projectname"` value, if set and not empty.
    pub project_name: Option<String>,
}

impl ProjectConfig {
    /// Finds `project.config.json` under `demo_dir` and reads it.
    pub fn load(demo_dir: &Path) -> Result<Self, PreviewProblem> {
        let path = find_project_config(demo_dir)?;
        Self::read(demo_dir, &path)
    }

    /// Reads a known `project.config.json`.
    pub fn read(demo_dir: &Path, path: &Path) -> Result<Self, PreviewProblem> {
        let path = absolute(path);
        let bytes = fs::read(&path).map_err(|e| PreviewProblem::ProjectConfigUnreadable {
            path: path.clone(),
            reason: io_reason(&e),
        })?;
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let value: serde_json::Value =
            serde_json::from_slice(text).map_err(|e| PreviewProblem::ProjectConfigInvalid {
                path: path.clone(),
                reason: json_reason(&e),
            })?;
        let Some(object) = value.as_object() else {
            return Err(PreviewProblem::ProjectConfigInvalid {
                path,
                reason: Message::new(PreviewCode::JsonNotObject),
            });
        };
        let app_id = match object.get("appid") {
            None | Some(serde_json::Value::Null) => AppIdState::Missing,
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => AppIdState::Missing,
            Some(serde_json::Value::String(s)) => app_id_state(s),
            Some(other) => AppIdState::Invalid {
                raw: other.to_string(),
                reason: Message::new(PreviewCode::AppIdNotString),
            },
        };
        let project_name = object
            .get("projectname")
            .and_then(serde_json::Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        let project_dir = path
            .parent()
            .map_or_else(|| absolute(demo_dir), Path::to_path_buf);
        Ok(Self {
            demo_dir: absolute(demo_dir),
            path,
            project_dir,
            app_id,
            project_name,
        })
    }

    /// The AppID, when it is usable.
    #[must_use]
    pub fn valid_app_id(&self) -> Option<&AppId> {
        match &self.app_id {
            AppIdState::Valid(id) => Some(id),
            _ => None,
        }
    }

    /// The problems that stop DevTools from previewing this project, in file order.
    #[must_use]
    pub fn problems(&self) -> Vec<PreviewProblem> {
        let mut problems = Vec::new();
        match &self.app_id {
            AppIdState::Valid(_) => {}
            AppIdState::Missing => problems.push(PreviewProblem::AppIdMissing {
                path: self.path.clone(),
                demo_dir: self.demo_dir.clone(),
            }),
            AppIdState::Invalid { reason, .. } => problems.push(PreviewProblem::AppIdInvalid {
                path: self.path.clone(),
                demo_dir: self.demo_dir.clone(),
                reason: reason.clone(),
            }),
        }
        if self.project_name.is_none() {
            problems.push(PreviewProblem::ProjectNameMissing {
                path: self.path.clone(),
            });
        }
        problems
    }

    /// Whether `"appid"` must be written before a preview can work. The write goes through
    /// `mlvb_setup::patch::plan` / `apply` with `Values.app_id`.
    #[must_use]
    pub fn needs_app_id(&self) -> bool {
        !matches!(self.app_id, AppIdState::Valid(_))
    }
}

fn app_id_state(raw: &str) -> AppIdState {
    if raw.trim() == "touristappid" {
        return AppIdState::Invalid {
            raw: raw.to_owned(),
            reason: Message::new(PreviewCode::AppIdTourist),
        };
    }
    match AppId::parse(raw) {
        Ok(id) => AppIdState::Valid(id),
        Err(e) => AppIdState::Invalid {
            raw: raw.to_owned(),
            reason: e.message(),
        },
    }
}

/// Where and how `project.config.json` is not JSON.
fn json_reason(e: &serde_json::Error) -> Message {
    let code = match e.classify() {
        serde_json::error::Category::Eof => PreviewCode::JsonEof,
        serde_json::error::Category::Syntax | serde_json::error::Category::Data => {
            PreviewCode::JsonSyntax
        }
        serde_json::error::Category::Io => return raw_text(e.to_string()),
    };
    Message::new(code)
        .with("line", e.line())
        .with("column", e.column())
}

/// Finds the mini program's `project.config.json`: `<dir>/project.config.json`, then
/// `<dir>/WXMini/project.config.json`, then the shallowest one found by name below `dir`
/// (skipping `node_modules`, `.git`, `miniprogram_npm`; ties broken by path order).
pub fn find_project_config(demo_dir: &Path) -> Result<PathBuf, PreviewProblem> {
    if !demo_dir.is_dir() {
        return Err(PreviewProblem::DemoDirMissing {
            dir: demo_dir.to_path_buf(),
        });
    }
    for candidate in [
        demo_dir.join(PROJECT_CONFIG),
        demo_dir.join(MINI_PROGRAM_DIR).join(PROJECT_CONFIG),
    ] {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    let mut level = vec![demo_dir.to_path_buf()];
    for _ in 0..MAX_SEARCH_DEPTH {
        let mut next = Vec::new();
        let mut found = Vec::new();
        for dir in &level {
            let Ok(entries) = fs::read_dir(dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let name = entry.file_name();
                if kind.is_dir() {
                    if !SKIPPED_DIRS.iter().any(|s| name == *s) {
                        next.push(entry.path());
                    }
                } else if kind.is_file() && name == PROJECT_CONFIG {
                    found.push(entry.path());
                }
            }
        }
        found.sort();
        if let Some(first) = found.into_iter().next() {
            return Ok(first);
        }
        next.sort();
        level = next;
    }
    Err(PreviewProblem::ProjectConfigMissing {
        dir: demo_dir.to_path_buf(),
    })
}

/// `path` made absolute against the current folder (without resolving links).
#[must_use]
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn finds_the_config_in_wxmini_before_deeper_ones() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "Other/deep/x/project.config.json", "{}");
        let wx = write(tmp.path(), "WXMini/project.config.json", "{}");
        assert_eq!(find_project_config(tmp.path()).unwrap(), wx);
    }

    #[test]
    fn finds_by_name_and_skips_node_modules() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "node_modules/a/project.config.json", "{}");
        write(tmp.path(), "b/c/d/project.config.json", "{}");
        let shallow = write(tmp.path(), "MLVB-Demo/mini/project.config.json", "{}");
        assert_eq!(find_project_config(tmp.path()).unwrap(), shallow);
        let empty = tempfile::tempdir().unwrap();
        write(empty.path(), "node_modules/project.config.json", "{}");
        assert_eq!(
            find_project_config(empty.path()).unwrap_err().code(),
            "project-config-missing"
        );
    }

    #[test]
    fn reads_the_demo_shape_tab_indented_without_final_newline() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "WXMini/project.config.json",
            "{\n\t\"appid\": \"\",\n\t\"projectname\": \"MLVB\"\n}",
        );
        let config = ProjectConfig::load(tmp.path()).unwrap();
        assert_eq!(config.app_id, AppIdState::Missing);
        assert_eq!(config.project_name.as_deref(), Some("MLVB"));
        assert!(config.project_dir.ends_with("WXMini"));
        assert!(config.project_dir.is_absolute());
        let problems = config.problems();
        assert_eq!(problems.len(), 1);
        let text = problems[0].to_string();
        assert!(text.contains("mlvb-setup patch"), "{text}");
        assert!(text.contains("--appid wx"), "{text}");
        assert!(problems[0].needs_app_id());
    }

    #[test]
    fn refuses_placeholders_and_reports_missing_projectname() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "project.config.json",
            "\u{feff}{\"appid\": \"xxxxxxxxxxxxx\"}",
        );
        let config = ProjectConfig::load(tmp.path()).unwrap();
        assert!(matches!(config.app_id, AppIdState::Invalid { .. }));
        let codes: Vec<_> = config.problems().iter().map(PreviewProblem::code).collect();
        assert_eq!(codes, ["appid-invalid", "projectname-missing"]);
        write(
            tmp.path(),
            "project.config.json",
            "{\"appid\": \"touristappid\", \"projectname\": \"x\"}",
        );
        let config = ProjectConfig::load(tmp.path()).unwrap();
        assert!(config.problems()[0].to_string().contains("tourist"));
        write(
            tmp.path(),
            "project.config.json",
            "{\"appid\": \"wx0123456789abcdef\", \"projectname\": \"x\"}",
        );
        let config = ProjectConfig::load(tmp.path()).unwrap();
        assert_eq!(
            config.valid_app_id().unwrap().as_str(),
            "wx0123456789abcdef"
        );
        assert!(config.problems().is_empty());
    }

    #[test]
    fn invalid_json_names_the_file_and_position() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "project.config.json",
            "{\n\t\"appid\": \"wx\",,\n}",
        );
        let err = ProjectConfig::load(tmp.path()).unwrap_err();
        assert_eq!(err.code(), "project-config-invalid");
        let text = err.to_string();
        assert!(
            text.contains("project.config.json") && text.contains("line 2"),
            "{text}"
        );
    }
}
