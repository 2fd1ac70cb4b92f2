//! "Ready?": every problem that is still in the way before a phone sees the demo, per platform,
//! each with its fix — values unfilled or still placeholders, `EXPIRETIME` ≤ 0, an SDKAppID or
//! key that differs between files, the mini program's `appid`, request domains the project
//! lists without the ones its code calls, DevTools' service port, licence and live values a file
//! declares but leaves empty, and (only when asked) Tencent Cloud's own answer.
//!
//! [`diagnose`] only reads: nothing on disk changes. With `online` it blocks for up to two
//! network requests; the window calls it from a background thread.

mod checks;
mod project_domains;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::demo::{Platform, RequestDomains, ScanError};
use crate::messages::{DoctorCode, Localize, Message};
use crate::online::{self, OnlineCheck, OnlineReport};
use crate::preview::host::HostEnv;
use crate::setup::Demo;

/// One remaining problem: which platform it is about (`None`: the demo as a whole) and what it
/// is, with its fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorProblem {
    /// The platform whose demo it stops, if it is about one.
    pub platform: Option<Platform>,
    /// What is wrong, where, and what to do.
    pub message: Message,
}

impl DoctorProblem {
    fn new(platform: Option<Platform>, message: Message) -> Self {
        Self { platform, message }
    }

    /// `{"code", "args", "message", "platform"}` (`message` in English).
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        let mut json = self.message.to_json();
        json["platform"] = serde_json::to_value(self.platform).unwrap_or_default();
        json
    }
}

impl Localize for DoctorProblem {
    fn message(&self) -> Message {
        self.message.clone()
    }
}

/// How to run the doctor.
#[derive(Debug, Clone)]
pub struct DoctorOptions {
    /// Also ask Tencent Cloud about the SDKAppID and key found in the files (and the licence URL).
    pub online: bool,
    /// Where DevTools' files are looked for (the service port).
    pub host: HostEnv,
    /// Where the IM REST API is (`None`: `MLVB_SETUP_IM_ENDPOINT`, else the China host).
    pub im_endpoint: Option<String>,
    /// The time each online request may take (`None`: [`online::timeout`]).
    pub timeout: Option<Duration>,
    /// The values the user typed (the window): files holding another SDKAppID or key are named.
    pub typed: Option<TypedValues>,
    /// The Android package name the user's licence was issued for (the window's field): every
    /// app whose ID differs is named, with the fix.
    pub android_package: Option<String>,
    /// The iOS bundle ID the user's licence was issued for.
    pub ios_bundle_id: Option<String>,
}

/// The SDKAppID and key the user typed, to compare with the files'.
#[derive(Debug, Clone)]
pub struct TypedValues {
    /// The typed SDKAppID.
    pub sdk_app_id: crate::credentials::SdkAppId,
    /// The typed secret key (compared by digest; never shown).
    pub secret_key: crate::credentials::SecretKey,
}

impl DoctorOptions {
    /// Offline, on this machine.
    #[must_use]
    pub fn offline() -> Self {
        Self {
            online: false,
            host: HostEnv::current(),
            im_endpoint: None,
            timeout: None,
            typed: None,
            android_package: None,
            ios_bundle_id: None,
        }
    }
}

/// Everything the doctor found.
#[derive(Debug, Clone)]
pub struct DoctorReport {
    /// The demo folder examined.
    pub root: PathBuf,
    /// Every remaining problem, demo-wide ones first, then by platform, each in file order.
    pub problems: Vec<DoctorProblem>,
    /// The mini program's folder (relative to the demo) and the domains its code calls.
    pub request_domains: Option<(PathBuf, RequestDomains)>,
    /// Tencent Cloud's answer, when it was asked.
    pub online: Option<OnlineReport>,
}

impl DoctorReport {
    /// Whether nothing is left to fix.
    #[must_use]
    pub fn is_all_clear(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problems grouped by platform (`None` first: the demo as a whole).
    #[must_use]
    pub fn by_platform(&self) -> BTreeMap<Option<Platform>, Vec<&DoctorProblem>> {
        let mut groups: BTreeMap<Option<Platform>, Vec<&DoctorProblem>> = BTreeMap::new();
        for problem in &self.problems {
            groups.entry(problem.platform).or_default().push(problem);
        }
        groups
    }

    /// `{"problems": [...]}` as `doctor --json` prints it.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "problems": self.problems.iter().map(DoctorProblem::to_json).collect::<Vec<_>>(),
        })
    }
}

/// Reads the demo folder and examines it. Blocking.
pub fn diagnose_folder(dir: &Path, options: &DoctorOptions) -> Result<DoctorReport, ScanError> {
    let demo = Demo::read(dir)?;
    Ok(diagnose(&demo, options))
}

/// Examines a demo that was read (the window's "Ready?" page passes the demo it has). Blocking
/// (file reads; with `online`, up to two network requests).
#[must_use]
pub fn diagnose(demo: &Demo, options: &DoctorOptions) -> DoctorReport {
    let mut problems = checks::scan_problems(demo);
    problems.extend(checks::consistency_problems(demo));
    if let Some(typed) = &options.typed {
        problems.extend(checks::typed_value_problems(demo, typed));
    }
    problems.extend(checks::mini_program_problems(demo, &options.host));
    problems.extend(licence_binding_problems(demo, options));
    let request_domains = crate::demo::mini_program_domains(demo.scan());
    if let (Some((rel_dir, domains)), Some(root)) = (&request_domains, demo.folder()) {
        problems.extend(project_domains::unlisted(&root.join(rel_dir), domains));
    }
    let online = if options.online {
        match checks::online_values(demo) {
            Ok((sdk_app_id, secret_key, licence_url)) => {
                let mut check = OnlineCheck::new(sdk_app_id, secret_key);
                check.licence_url = licence_url;
                check.endpoint.clone_from(&options.im_endpoint);
                check.timeout = options.timeout;
                let report = online::check_with_tencent(&check);
                problems.extend(checks::online_problems(&report));
                Some(report)
            }
            Err(why) => {
                problems.push(DoctorProblem::new(None, why));
                None
            }
        }
    } else {
        None
    };
    problems.sort_by_key(|p| p.platform);
    DoctorReport {
        root: demo.path.clone(),
        problems,
        request_domains,
        online,
    }
}

/// Runs [`diagnose`] on a thread named `mlvb-doctor` (the window's "Ready?" page); the report
/// comes through the returned channel, and `wake` is called when it is there.
pub fn spawn_diagnose(
    demo: Demo,
    options: DoctorOptions,
    wake: impl Fn() + Send + 'static,
) -> std::io::Result<std::sync::mpsc::Receiver<DoctorReport>> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("mlvb-doctor".to_owned())
        .spawn(move || {
            let _ = sender.send(diagnose(&demo, &options));
            wake();
        })?;
    Ok(receiver)
}

/// The licence's binding: with the package name / bundle ID the licence was issued for, every app
/// whose ID differs (with its fix); without them, an app that still has one of Tencent's own IDs
/// on a platform whose licence is filled in — no user's licence is issued for those.
fn licence_binding_problems(demo: &Demo, options: &DoctorOptions) -> Vec<DoctorProblem> {
    if options.android_package.is_some() || options.ios_bundle_id.is_some() {
        return demo
            .binding_mismatches(
                options.android_package.as_deref(),
                options.ios_bundle_id.as_deref(),
            )
            .iter()
            .map(|mismatch| DoctorProblem::new(Some(mismatch.platform), mismatch.message()))
            .collect();
    }
    let scan = demo.scan();
    let licensed = |platform: Platform| {
        scan.files.iter().any(|file| {
            file.platform == platform
                && file.constants.iter().any(|c| {
                    c.kind == crate::demo::ConstantKind::LicenseUrl
                        && c.state == crate::demo::ValueState::Set
                })
        })
    };
    let mut problems = Vec::new();
    for file in &scan.files {
        if !licensed(file.platform) {
            continue;
        }
        for app in &file.apps {
            if let Some(id) = app
                .id
                .as_deref()
                .filter(|id| id.starts_with("com.tencent."))
            {
                let path = file.rel_path.to_string_lossy().replace('\\', "/");
                let message = Message::new(DoctorCode::TencentAppId)
                    .with("path", path)
                    .with("target", app.target.as_str())
                    .with("id", id);
                problems.push(DoctorProblem::new(Some(file.platform), message));
            }
        }
    }
    problems
}
