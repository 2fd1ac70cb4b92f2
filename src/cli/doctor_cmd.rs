//! `doctor`: every problem still in the way before a phone sees the demo, per platform.

use std::path::Path;

use mlvb_setup::demo::{DomainGroup, RequestDomains, ScanError};
use mlvb_setup::doctor::{self, DoctorOptions};
use mlvb_setup::messages::{DoctorCode, Localize, Message};
use mlvb_setup::setup::SetupError;

use super::{CmdResult, Failure, say};

/// `doctor <DIR> [--online] [--json]`: exit 0 only when nothing is wrong, 1 otherwise.
pub fn run(dir: &Path, online: bool, json: bool) -> CmdResult {
    if !dir.is_dir() {
        let message = if dir.exists() {
            SetupError::NotAFolder {
                path: dir.to_path_buf(),
            }
            .message()
        } else {
            ScanError::NotFound {
                path: dir.to_path_buf(),
            }
            .message()
        };
        return Err(Failure::BadInput(message));
    }
    let mut options = DoctorOptions::offline();
    options.online = online;
    let report =
        doctor::diagnose_folder(dir, &options).map_err(|err| Failure::BadInput(err.message()))?;
    if json {
        let mut doc = report.to_json();
        if let Some((folder, domains)) = &report.request_domains {
            doc["request_domains"] = super::demo_cmd::domains_json(folder, domains);
        }
        outln!("{doc:#}");
        return if report.is_all_clear() {
            Ok(())
        } else {
            Err(Failure::Reported(1))
        };
    }
    if let Some((_, domains)) = &report.request_domains {
        print_domains(domains);
    }
    if report.is_all_clear() {
        outln!(
            "{}",
            say(&Message::new(DoctorCode::AllClear).with("path", dir))
        );
    } else {
        for (platform, problems) in report.by_platform() {
            let heading =
                platform.map_or_else(|| say(&Message::new(DoctorCode::WholeDemo)), |p| say(&p));
            outln!("{heading}:");
            for problem in problems {
                outln!("  ✗ {}", say(problem));
            }
        }
        outln!(
            "\n{}",
            say(&Message::new(DoctorCode::ProblemCount).with("count", report.problems.len()))
        );
    }
    if report.is_all_clear() {
        Ok(())
    } else {
        Err(Failure::Reported(1))
    }
}

/// The server domains to enter in WeChat's console, per group: what the code calls, and the
/// guide's three for request.
fn print_domains(domains: &RequestDomains) {
    outln!("{}", say(&Message::new(DoctorCode::DomainsHeading)));
    for group in DomainGroup::ALL {
        let list = domains.to_enter(group);
        if !list.is_empty() {
            outln!("  {}: {}", group.console_name(), list.join(" "));
        }
    }
    outln!();
}
