//! The route without DevTools: Node.js, the `miniprogram-ci` npm package and the code-upload key
//! an administrator downloads from mp.weixin.qq.com (with this machine's IP in the whitelist).
//!
//! A small runner script is written at run time into the working folder; it finds
//! `miniprogram-ci` from the project and demo folders (and Node's global folders), calls
//! `ci.preview({ project, desc, qrcodeFormat: 'base64', qrcodeOutputDest, … })` and writes the
//! result (with `subPackageInfo`, the package sizes) as the info file.

use std::fs;
use std::path::{Path, PathBuf};

use super::host::HostOs;
use super::outputs::{self, WorkFiles};
use super::port::ServicePort;
use super::preflight::{self, Finding, Preflight, Severity};
use super::problem::PreviewProblem;
use super::process::{self, CancelHandle, Ending, RunOutput, Watch};
use super::project::ProjectConfig;
use super::session::{PreviewFailure, PreviewReport, PreviewRequest, Route, Stage};
use crate::messages::{Message, PreviewCode, io_reason};

/// The npm package.
pub const CI_PACKAGE: &str = "miniprogram-ci";

/// What the `miniprogram-ci` route needs beyond the project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CiRequest {
    /// The code-upload key; `None` looks for `private.<AppID>.key` (the name the admin page
    /// downloads) in the project folder, then the demo folder.
    pub private_key: Option<PathBuf>,
    /// Node.js; `None` looks for `node` on `PATH`.
    pub node: Option<PathBuf>,
    /// More folders to find `miniprogram-ci` from (searched first).
    pub module_dirs: Vec<PathBuf>,
}

/// Exit code of the runner when the package cannot be found.
const EXIT_PACKAGE_MISSING: i32 = 3;
/// Exit code of the runner when `miniprogram-ci` threw.
const EXIT_CI_ERROR: i32 = 4;
/// The runner's marker before an error message.
const ERROR_MARKER: &str = "MLVB_CI_ERROR:";

/// The runner: ours, generated at run time; it only calls the package's documented API.
const RUNNER_JS: &str = r"'use strict';
const fs = require('fs');
const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let modulePath;
try {
  modulePath = require.resolve('miniprogram-ci', { paths: cfg.searchPaths });
} catch (e) {
  console.error('MLVB_CI_MISSING_PACKAGE');
  process.exit(3);
}
const ci = require(modulePath);
(async () => {
  const project = new ci.Project({
    appid: cfg.appid,
    type: 'miniProgram',
    projectPath: cfg.projectPath,
    privateKeyPath: cfg.privateKeyPath,
    ignores: ['node_modules/**/*'],
  });
  const result = await ci.preview({
    project,
    desc: cfg.desc,
    setting: { useProjectConfig: true },
    qrcodeFormat: 'base64',
    qrcodeOutputDest: cfg.qrOutput,
    onProgressUpdate: () => {},
  });
  fs.writeFileSync(cfg.infoOutput, JSON.stringify(result || {}));
})().catch((e) => {
  const message = (e && (e.message || e.errMsg)) || String(e);
  console.error('MLVB_CI_ERROR: ' + String(message).replace(/\s+/g, ' '));
  process.exit(4);
});
";

/// The key file names looked for when none is given.
#[must_use]
pub fn default_key_paths(project: &ProjectConfig) -> Vec<PathBuf> {
    let Some(app_id) = project.valid_app_id() else {
        return Vec::new();
    };
    let name = format!("private.{app_id}.key");
    let mut paths = vec![
        project.project_dir.join(&name),
        project.demo_dir.join(&name),
    ];
    paths.dedup();
    paths
}

/// Runs a preview through `miniprogram-ci`.
pub(crate) fn run_ci_preview(
    request: &PreviewRequest,
    ci: &CiRequest,
    cancel: &CancelHandle,
    progress: &mut dyn FnMut(Stage),
) -> Result<PreviewReport, PreviewFailure> {
    progress(Stage::Checking);
    let checks = ci_preflight(request, ci);
    let fail = |problem, checks: &Preflight, tail| PreviewFailure {
        problem,
        preflight: Some(Box::new(checks.clone())),
        output_tail: tail,
    };
    if let Some(blocker) = checks.first_blocker() {
        return Err(fail(blocker.clone(), &checks, String::new()));
    }
    let (Some(project), Some(node), Some(key)) = (
        checks.project.as_ref(),
        find_node(request, ci),
        find_key(checks.project.as_ref(), ci),
    ) else {
        return Err(fail(PreviewProblem::NodeMissing, &checks, String::new()));
    };
    let files = WorkFiles::prepare(request.work_dir.as_deref())
        .map_err(|p| fail(p, &checks, String::new()))?;
    let search_paths = search_paths(project, ci);
    let (runner, config) = write_runner(&files, project, &key, &search_paths)
        .map_err(|p| fail(p, &checks, String::new()))?;
    let mut spec = request.spec(
        &node,
        vec![
            runner.clone().into_os_string(),
            config.clone().into_os_string(),
        ],
        request.timeout,
    );
    spec.cwd = Some(project.project_dir.clone());
    progress(Stage::Running {
        command: format!("node {} (miniprogram-ci preview)", runner.display()),
    });
    let output = process::run(&spec, cancel, &mut |_| Watch::Continue).map_err(|e| {
        let problem = PreviewProblem::LaunchFailed {
            path: node.clone(),
            reason: io_reason(&e),
        };
        fail(problem, &checks, String::new())
    })?;
    if output.ending == (Ending::Exited { code: Some(0) }) {
        progress(Stage::Decoding);
        return match outputs::read_preview(Route::MiniprogramCi, &files, &output) {
            Ok(qr) => Ok(PreviewReport {
                preflight: checks,
                qr,
                logged_in: false,
            }),
            Err((problem, tail)) => Err(fail(problem, &checks, tail)),
        };
    }
    let problem = failure_problem(&output, request, project, search_paths);
    Err(fail(problem, &checks, output.tail(6)))
}

/// Writes the runner script and its settings into the working folder.
fn write_runner(
    files: &WorkFiles,
    project: &ProjectConfig,
    key: &Path,
    search_paths: &[PathBuf],
) -> Result<(PathBuf, PathBuf), PreviewProblem> {
    let runner = files.dir.join("mlvb-ci-preview.js");
    let config = files.dir.join("mlvb-ci-preview.json");
    let app_id = project
        .valid_app_id()
        .map(ToString::to_string)
        .unwrap_or_default();
    let config_json = serde_json::json!({
        "appid": app_id,
        "projectPath": project.project_dir,
        "privateKeyPath": key,
        "desc": "mlvb-setup preview",
        "qrOutput": files.qr_file,
        "infoOutput": files.info_file,
        "searchPaths": search_paths,
    });
    fs::write(&runner, RUNNER_JS)
        .and_then(|()| fs::write(&config, config_json.to_string()))
        .map_err(|e| PreviewProblem::WorkDirUnusable {
            path: files.dir.clone(),
            reason: io_reason(&e),
        })?;
    Ok((runner, config))
}

/// What a run of the runner that did not succeed means.
fn failure_problem(
    output: &RunOutput,
    request: &PreviewRequest,
    project: &ProjectConfig,
    search_paths: Vec<PathBuf>,
) -> PreviewProblem {
    match output.ending {
        Ending::Cancelled => PreviewProblem::Cancelled,
        Ending::TimedOut => PreviewProblem::TimedOut {
            command: "miniprogram-ci preview".to_owned(),
            seconds: request.timeout.as_secs(),
        },
        Ending::Exited {
            code: Some(EXIT_PACKAGE_MISSING),
        } => PreviewProblem::CiPackageMissing {
            searched: search_paths,
            install_dir: project.demo_dir.clone(),
        },
        Ending::Exited {
            code: Some(EXIT_CI_ERROR),
        } => ci_error(&output.stderr),
        Ending::Stopped | Ending::Exited { .. } => PreviewProblem::CiFailed {
            detail: output.tail(6),
        },
    }
}

/// The offline checks of this route: the project, Node, the key.
#[must_use]
pub fn ci_preflight(request: &PreviewRequest, ci: &CiRequest) -> Preflight {
    let (project, mut findings) = preflight::check_project(&request.demo_dir);
    if find_node(request, ci).is_none() {
        findings.push(Finding {
            severity: Severity::Blocking,
            problem: PreviewProblem::NodeMissing,
        });
    }
    if project.as_ref().is_some_and(|p| p.valid_app_id().is_some())
        && find_key(project.as_ref(), ci).is_none()
    {
        let expected = ci.private_key.clone().or_else(|| {
            project
                .as_ref()
                .and_then(|p| default_key_paths(p).into_iter().next())
        });
        findings.push(Finding {
            severity: Severity::Blocking,
            problem: PreviewProblem::CiKeyMissing {
                path: expected.unwrap_or_default(),
            },
        });
    }
    Preflight {
        project,
        devtools: None,
        service_port: ServicePort::Unknown {
            reason: Message::new(PreviewCode::PortNotUsed),
        },
        findings,
    }
}

fn find_node(request: &PreviewRequest, ci: &CiRequest) -> Option<PathBuf> {
    if let Some(node) = &ci.node {
        return node.is_file().then(|| node.clone());
    }
    let names: &[&str] = if request.host.os == HostOs::Windows {
        &["node.exe"]
    } else {
        &["node"]
    };
    request.host.find_on_path(names)
}

fn find_key(project: Option<&ProjectConfig>, ci: &CiRequest) -> Option<PathBuf> {
    if let Some(key) = &ci.private_key {
        return key.is_file().then(|| super::project::absolute(key));
    }
    default_key_paths(project?)
        .into_iter()
        .find(|p| p.is_file())
}

fn search_paths(project: &ProjectConfig, ci: &CiRequest) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = ci
        .module_dirs
        .iter()
        .map(|d| super::project::absolute(d))
        .collect();
    paths.push(project.project_dir.clone());
    paths.push(project.demo_dir.clone());
    paths.dedup();
    paths
}

fn ci_error(stderr: &str) -> PreviewProblem {
    let detail = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix(ERROR_MARKER))
        .map_or_else(|| stderr.trim().to_owned(), |m| m.trim().to_owned());
    let lower = detail.to_lowercase();
    if lower.contains("invalid ip") || lower.contains("whitelist") || detail.contains("白名单") {
        PreviewProblem::CiIpNotWhitelisted { detail }
    } else {
        PreviewProblem::CiFailed { detail }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitelist_errors_are_recognised() {
        let problem = ci_error(
            "MLVB_CI_ERROR: invalid ip: 203.0.113.7, reference: https://developers.weixin.qq.com/\n",
        );
        assert_eq!(problem.code(), "ci-ip-not-whitelisted");
        assert!(problem.to_string().contains("203.0.113.7"));
        assert_eq!(
            ci_error("MLVB_CI_ERROR: something else").code(),
            "ci-failed"
        );
    }
}
