//! The offline checks before a preview: the project file, DevTools' command line, its service port.

use std::path::Path;

use super::discovery::{self, DevToolsCli};
use super::host::HostEnv;
use super::port::{self, ServicePort};
use super::problem::PreviewProblem;
use super::project::ProjectConfig;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// For information; nothing to do.
    Info,
    /// Probably a problem, but the command line is tried anyway (its answer is final).
    Warning,
    /// Stops the preview until fixed.
    Blocking,
}

/// One result of the checks, with its guidance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How much it matters.
    pub severity: Severity,
    /// What it is; its `Display` is the guidance.
    pub problem: PreviewProblem,
}

/// What the offline checks found.
#[derive(Debug, Clone)]
pub struct Preflight {
    /// The project file, when it could be read.
    pub project: Option<ProjectConfig>,
    /// DevTools' command line, when found.
    pub devtools: Option<DevToolsCli>,
    /// The service port as DevTools' files tell it.
    pub service_port: ServicePort,
    /// Everything worth telling, most serious first.
    pub findings: Vec<Finding>,
}

impl Preflight {
    /// Whether a blocking finding stops the preview.
    #[must_use]
    pub fn is_blocked(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.severity == Severity::Blocking)
    }

    /// The first blocking problem, if any.
    #[must_use]
    pub fn first_blocker(&self) -> Option<&PreviewProblem> {
        self.findings
            .iter()
            .find(|f| f.severity == Severity::Blocking)
            .map(|f| &f.problem)
    }
}

/// Checks the project only (shared by both routes).
#[must_use]
pub fn check_project(demo_dir: &Path) -> (Option<ProjectConfig>, Vec<Finding>) {
    match ProjectConfig::load(demo_dir) {
        Ok(config) => {
            let findings = config
                .problems()
                .into_iter()
                .map(|problem| Finding {
                    severity: Severity::Blocking,
                    problem,
                })
                .collect();
            (Some(config), findings)
        }
        Err(problem) => (
            None,
            vec![Finding {
                severity: Severity::Blocking,
                problem,
            }],
        ),
    }
}

/// Runs every offline check for the DevTools route. `explicit_cli` is `--devtools-cli` or the
/// window's setting.
#[must_use]
pub fn preflight(demo_dir: &Path, explicit_cli: Option<&Path>, env: &HostEnv) -> Preflight {
    let (project, mut findings) = check_project(demo_dir);
    let devtools = match discovery::discover(explicit_cli, env) {
        Ok(cli) => Some(cli),
        Err(problem) => {
            findings.push(Finding {
                severity: Severity::Blocking,
                problem,
            });
            None
        }
    };
    let service_port = port::read_service_port(env);
    match &service_port {
        ServicePort::On { .. } => {}
        ServicePort::Off { status_file } => findings.push(Finding {
            severity: Severity::Warning,
            problem: PreviewProblem::ServicePortOff {
                status_file: status_file.clone(),
            },
        }),
        ServicePort::Unknown { reason } => findings.push(Finding {
            severity: Severity::Info,
            problem: PreviewProblem::ServicePortUnknown {
                reason: reason.clone(),
            },
        }),
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    Preflight {
        project,
        devtools,
        service_port,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::preview::host::HostOs;

    #[test]
    fn blocking_and_warning_findings_are_ordered() {
        let demo = tempfile::tempdir().unwrap();
        fs::create_dir_all(demo.path().join("WXMini")).unwrap();
        fs::write(
            demo.path().join("WXMini/project.config.json"),
            "{\n\t\"appid\": \"\",\n\t\"projectname\": \"MLVB\"\n}",
        )
        .unwrap();
        let home = tempfile::tempdir().unwrap();
        let mut env = HostEnv::empty(HostOs::Linux);
        env.home = Some(home.path().to_path_buf());
        let profile = home.path().join(".config/wechat-devtools/Default");
        fs::create_dir_all(&profile).unwrap();
        fs::write(profile.join(".ide-status"), "Off").unwrap();
        let report = preflight(demo.path(), None, &env);
        assert!(report.is_blocked());
        let codes: Vec<_> = report.findings.iter().map(|f| f.problem.code()).collect();
        assert_eq!(
            codes,
            ["appid-missing", "devtools-not-found", "service-port-off"]
        );
        let off = report.findings[2].problem.to_string();
        assert!(off.contains("设置 → 安全设置 → 服务端口"), "{off}");
        assert!(off.contains("Settings → Security → Service port"), "{off}");
    }
}
