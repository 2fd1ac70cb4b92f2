//! The preview's problems in the window's language. Each [`PreviewProblem`] kind has a locale text
//! `preview.problem.<code>` with its details as placeholders; a kind without one falls back to the
//! core's English guidance, so nothing is ever shown blank.

use std::path::{Path, PathBuf};

use crate::gui::i18n::I18n;
use crate::preview::{CliSource, PreviewProblem};

/// The guidance for `problem`, in the current language where a text exists.
#[must_use]
pub fn problem_text(i18n: &I18n, problem: &PreviewProblem) -> String {
    let key = format!("preview-problem-{}", problem.code());
    if !crate::messages::Catalogue::get().has(i18n.lang(), &key) {
        return problem.to_string();
    }
    let args = problem_args(i18n, problem);
    let borrowed: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    i18n.trf(&key, &borrowed)
}

/// The locale key naming where DevTools' command line came from.
#[must_use]
pub fn source_key(source: CliSource) -> &'static str {
    match source {
        CliSource::Explicit => "preview-source-explicit",
        CliSource::EnvVar => "preview-source-env",
        CliSource::DefaultInstall => "preview-source-default",
        CliSource::Path => "preview-source-path",
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| shown(p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The placeholders of each kind's text.
fn problem_args(i18n: &I18n, problem: &PreviewProblem) -> Vec<(&'static str, String)> {
    use PreviewProblem as P;
    match problem {
        P::DemoDirMissing { dir } | P::ProjectConfigMissing { dir } => vec![("dir", shown(dir))],
        P::ProjectConfigUnreadable { path, reason }
        | P::ProjectConfigInvalid { path, reason }
        | P::QrUnreadable { path, reason }
        | P::WorkDirUnusable { path, reason }
        | P::LaunchFailed { path, reason }
        | P::AppIdInvalid { path, reason, .. } => {
            vec![("path", shown(path)), ("reason", reason.clone())]
        }
        P::AppIdMissing { path, .. }
        | P::ProjectNameMissing { path }
        | P::BadOutputPath { path }
        | P::NoQrWritten { path }
        | P::CiKeyMissing { path } => vec![("path", shown(path))],
        P::DevToolsNotFound { searched } => vec![("searched", list(searched))],
        P::DevToolsPathMissing { path, given_by } => vec![
            ("path", shown(path)),
            ("source", i18n.tr(source_key(*given_by)).to_owned()),
        ],
        P::ServicePortOff { status_file } => vec![("path", shown(status_file))],
        P::ServicePortUnknown { reason } => vec![("reason", reason.clone())],
        P::IdeNotStarted { detail }
        | P::LoginFailed { detail }
        | P::AppIdRefused { detail }
        | P::CiIpNotWhitelisted { detail }
        | P::CiFailed { detail } => vec![("detail", detail.clone())],
        P::TimedOut { command, seconds } => {
            vec![
                ("command", command.clone()),
                ("seconds", seconds.to_string()),
            ]
        }
        P::CommandFailed {
            command,
            code,
            detail,
        } => vec![
            ("command", command.clone()),
            (
                "code",
                code.map_or_else(|| "—".to_owned(), |c| c.to_string()),
            ),
            ("detail", detail.clone()),
        ],
        P::CiPackageMissing {
            searched,
            install_dir,
        } => vec![("searched", list(searched)), ("dir", shown(install_dir))],
        P::ServicePortDisabled | P::NotLoggedIn | P::Cancelled | P::NodeMissing => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::i18n::Lang;
    use crate::messages::Catalogue;

    /// One problem of every kind, so that a new kind without a text is noticed.
    fn every_problem() -> Vec<PreviewProblem> {
        use PreviewProblem as P;
        let path = PathBuf::from("/demo/WXMini/project.config.json");
        let dir = PathBuf::from("/demo");
        vec![
            P::DemoDirMissing { dir: dir.clone() },
            P::ProjectConfigMissing { dir: dir.clone() },
            P::ProjectConfigUnreadable {
                path: path.clone(),
                reason: "r".into(),
            },
            P::ProjectConfigInvalid {
                path: path.clone(),
                reason: "r".into(),
            },
            P::AppIdMissing {
                path: path.clone(),
                demo_dir: dir.clone(),
            },
            P::AppIdInvalid {
                path: path.clone(),
                demo_dir: dir.clone(),
                reason: "r".into(),
            },
            P::ProjectNameMissing { path: path.clone() },
            P::DevToolsNotFound {
                searched: vec![dir.clone()],
            },
            P::DevToolsPathMissing {
                path: path.clone(),
                given_by: CliSource::Explicit,
            },
            P::ServicePortOff {
                status_file: path.clone(),
            },
            P::ServicePortUnknown { reason: "r".into() },
            P::ServicePortDisabled,
            P::IdeNotStarted { detail: "d".into() },
            P::NotLoggedIn,
            P::LoginFailed { detail: "d".into() },
            P::BadOutputPath { path: path.clone() },
            P::AppIdRefused { detail: "d".into() },
            P::LaunchFailed {
                path: path.clone(),
                reason: "r".into(),
            },
            P::TimedOut {
                command: "cli preview".into(),
                seconds: 180,
            },
            P::Cancelled,
            P::CommandFailed {
                command: "cli preview".into(),
                code: Some(255),
                detail: "d".into(),
            },
            P::NoQrWritten { path: path.clone() },
            P::QrUnreadable {
                path: path.clone(),
                reason: "r".into(),
            },
            P::WorkDirUnusable {
                path: path.clone(),
                reason: "r".into(),
            },
            P::NodeMissing,
            P::CiPackageMissing {
                searched: vec![dir.clone()],
                install_dir: dir,
            },
            P::CiKeyMissing { path: path.clone() },
            P::CiIpNotWhitelisted { detail: "d".into() },
            P::CiFailed { detail: "d".into() },
        ]
    }

    #[test]
    fn every_problem_has_a_text_in_both_languages_with_its_details() {
        for problem in every_problem() {
            let key = format!("preview-problem-{}", problem.code());
            let catalogue = Catalogue::get();
            assert!(
                catalogue.has(Lang::En, &key) && catalogue.has(Lang::ZhCn, &key),
                "{key}"
            );
            for lang in Lang::ALL {
                let text = problem_text(&I18n::new(lang), &problem);
                assert!(
                    !text.contains('{'),
                    "{key} ({lang:?}) left a placeholder: {text}"
                );
            }
        }
        let text = problem_text(
            &I18n::new(Lang::ZhCn),
            &PreviewProblem::BadOutputPath {
                path: PathBuf::from("/tmp/q.txt"),
            },
        );
        assert!(text.contains("/tmp/q.txt"), "{text}");
    }
}
