//! `scan`, `patch` and `restore`.

use std::path::Path;

use mlvb_setup::demo::{self, ConstantKind, DemoFile, DemoScan, FileRole, ValueState};
use mlvb_setup::messages::{CliCode, Localize, Message};
use mlvb_setup::patch::{self, PatchError, PatchPlan};
use mlvb_setup::setup::{Demo, Plan, PlatformFilter, RawValues, SetupError, Values};
use serde_json::json;

use super::output::slash_path;
use super::{CmdResult, Failure, PatchArgs, say};

/// `scan`: every credential file and the state of each value.
pub fn scan(path: &Path, json: bool) -> CmdResult {
    if path.is_dir() {
        recover(path)?;
    }
    let scan = demo::scan(path).map_err(|err| Failure::BadInput(err.message()))?;
    if json {
        outln!("{:#}", scan_json(&scan));
    } else {
        print_scan(&scan);
    }
    if scan
        .files
        .iter()
        .any(|f| f.role != FileRole::SigningAlgorithm)
    {
        Ok(())
    } else {
        Err(Failure::CheckFailed(
            Message::new(CliCode::NoCredentialFiles).with("path", path),
        ))
    }
}

/// Finishes or rolls back a run that was interrupted in `dir`, saying so on standard error.
fn recover(dir: &Path) -> CmdResult {
    let report = patch::recover(dir).map_err(|err| Failure::BadInput(err.message()))?;
    if let Some(report) = report {
        let code = if report.interrupted_patch {
            CliCode::RecoveredPatch
        } else {
            CliCode::RecoveredRestore
        };
        let done = Message::new(code)
            .with("files", report.rewritten.len())
            .with("temps", report.removed_temp_files.len());
        errln!(
            "{}",
            say(&Message::new(CliCode::Note).with("text", say(&done)))
        );
        for path in &report.left_alone {
            let left = Message::new(CliCode::RecoveryLeftAlone).with("path", slash_path(path));
            errln!(
                "{}",
                say(&Message::new(CliCode::Note).with("text", say(&left)))
            );
        }
    }
    Ok(())
}

/// Takes the demo's lock, saying on standard error who holds it while waiting.
fn lock(dir: &Path) -> Result<patch::DemoLock, Failure> {
    patch::DemoLock::acquire(dir, patch::DEFAULT_LOCK_WAIT, |holder| {
        let waiting = Message::new(CliCode::LockWaiting)
            .with("holder", holder.message())
            .with("path", dir)
            .with("seconds", patch::DEFAULT_LOCK_WAIT.as_secs());
        errln!("mlvb-setup: {}", say(&waiting));
    })
    .map_err(|err| Failure::BadInput(err.message()))
}

fn state_text(constant: &demo::Constant) -> String {
    let message = match (constant.kind, constant.state) {
        (_, ValueState::SetAtRunTime) => Message::new(CliCode::StateSetAtRunTime),
        (ConstantKind::SecretKey, ValueState::Set) => Message::new(CliCode::StateKeySet),
        (ConstantKind::SecretKey, _) => Message::new(CliCode::StateKeyNotSet),
        (ConstantKind::ExpireTime, ValueState::Empty) => Message::new(CliCode::StateExpireZero)
            .with("seconds", mlvb_setup::patch::DEFAULT_EXPIRE_SECONDS),
        (ConstantKind::TencentCloudAppId, _) => Message::new(CliCode::StateTencentCloudAppId)
            .with("value", constant.display_value.as_deref().unwrap_or("0")),
        (_, ValueState::Empty) => Message::new(CliCode::StateEmpty),
        (_, ValueState::Placeholder) => Message::new(CliCode::StatePlaceholder),
        (_, ValueState::Set) => match &constant.display_value {
            Some(value) => Message::new(CliCode::StateSetTo).with("value", value.as_str()),
            None => Message::new(CliCode::StateSet),
        },
    };
    say(&message)
}

fn print_scan(scan: &DemoScan) {
    outln!(
        "{}",
        say(&Message::new(CliCode::Scanned).with("path", &scan.root))
    );
    for file in &scan.files {
        let role = Message::new(match file.role {
            FileRole::Credentials => CliCode::RoleCredentials,
            FileRole::ProjectConfig => CliCode::RoleProjectConfig,
            FileRole::SigningAlgorithm => CliCode::RoleSigning,
            FileRole::LicenceCall => CliCode::RoleLicenceCall,
            FileRole::AppProject => CliCode::RoleAppProject,
        });
        outln!(
            "\n{}  [{}, {}, {}]",
            slash_path(&file.rel_path),
            say(&file.platform),
            file.language.label(),
            say(&role)
        );
        if file.role == FileRole::AppProject {
            for app in &file.apps {
                outln!("  line {:>4}  {}", app.line, say(app));
            }
            continue;
        }
        for constant in &file.constants {
            outln!(
                "  line {:>4}  {:<14} {}",
                constant.line,
                constant.name,
                state_text(constant)
            );
        }
        for call in &file.licence_calls {
            outln!("  line {:>4}  {}", call.line, say(call));
        }
    }
    if !scan.refused.is_empty() {
        outln!("\n{}", say(&Message::new(CliCode::RefusedHeading)));
        for refused in &scan.refused {
            let line = refused.line.map(|l| format!(":{l}")).unwrap_or_default();
            outln!(
                "  {}{line}: {}",
                slash_path(&refused.rel_path),
                say(&refused.reason)
            );
        }
    }
}

fn file_json(file: &DemoFile) -> serde_json::Value {
    let constants: Vec<_> = file
        .constants
        .iter()
        .map(|c| {
            json!({
                "kind": c.kind,
                "name": c.name,
                "line": c.line,
                "state": c.state,
                // The key's value is never reported, only whether it is set.
                "value": if c.kind == ConstantKind::SecretKey { None } else { c.display_value.clone() },
            })
        })
        .collect();
    json!({
        "path": slash_path(&file.rel_path),
        "platform": file.platform,
        "language": file.language,
        "role": file.role,
        "encoding": file.encoding,
        "line_endings": file.line_endings,
        "constants": constants,
        "licence_calls": file.licence_calls,
        "apps": file.apps.iter().map(|app| app_json(file.platform, app)).collect::<Vec<_>>(),
    })
}

/// One app ID: `application_id` for an Android module, `bundle_id` for an iOS target (`null`
/// when computed, `written` shows how).
fn app_json(platform: demo::Platform, app: &demo::AppBinding) -> serde_json::Value {
    let id_field = if platform == demo::Platform::Ios {
        "bundle_id"
    } else {
        "application_id"
    };
    let mut doc = json!({
        "target": app.target,
        "product": app.product,
        "configuration": app.configuration,
        "line": app.line,
        "written": app.written,
    });
    doc[id_field] = json!(app.id);
    doc
}

/// `scan --json`'s `request_domains`: the hosts the mini program's code calls, per console
/// group, with the guide's three; `null` without a mini program.
pub fn request_domains_json(scan: &DemoScan) -> serde_json::Value {
    match demo::mini_program_domains(scan) {
        Some((folder, domains)) => domains_json(&folder, &domains),
        None => serde_json::Value::Null,
    }
}

/// The JSON of the domains found in the mini program at `folder` (relative to the demo).
pub fn domains_json(folder: &Path, domains: &demo::RequestDomains) -> serde_json::Value {
    json!({
        "folder": slash_path(folder),
        "request": domains.request,
        "socket": domains.socket,
        "upload_file": domains.upload_file,
        "download_file": domains.download_file,
        "guide": demo::GUIDE_REQUEST_DOMAINS,
        "found": domains.found.iter().map(|f| json!({
            "domain": f.domain,
            "group": f.group,
            "path": slash_path(&folder.join(&f.rel_path)),
            "line": f.line,
        })).collect::<Vec<_>>(),
    })
}

pub(super) fn scan_json(scan: &DemoScan) -> serde_json::Value {
    json!({
        "request_domains": request_domains_json(scan),
        "root": scan.root.display().to_string(),
        "files": scan.files.iter().map(file_json).collect::<Vec<_>>(),
        "refused": scan.refused.iter().map(|r| json!({
            "path": slash_path(&r.rel_path),
            "line": r.line,
            "reason": r.reason.english(),
            "message": r.reason.to_json(),
        })).collect::<Vec<_>>(),
    })
}

fn patch_values(args: &PatchArgs) -> Result<Values, Failure> {
    let raw = RawValues {
        app_id: args.appid.clone().unwrap_or_default(),
        sdk_app_id: args.sdkappid.clone(),
        expire: args.expire.clone(),
        license_url: args.license_url.clone(),
        license_key: args.license_key.clone(),
        push_domain: args.push_domain.clone(),
        play_domain: args.play_domain.clone(),
        live_url_key: args.live_url_key.clone(),
        android_package: args.android_package.clone(),
        ios_bundle_id: args.ios_bundle_id.clone(),
    };
    // The key is read only once the flags are known to be good, and parsed with the rest.
    let mut parsed = raw.parse("-");
    if let Some((field, err)) = parsed.first_error() {
        return Err(Failure::flag(field.flag(), err));
    }
    let key = args.key.read()?;
    // Parsed again with the key, so that a field holding the key itself is refused.
    parsed = raw.parse(key.expose());
    parsed.secret_key = Ok(key);
    for (_, note) in &parsed.notes {
        let text = say(note);
        // A value reduced to what is written is a note; a value that looks wrong, a warning.
        let code = if note.code.id().starts_with("note-") {
            CliCode::Note
        } else {
            CliCode::Warning
        };
        errln!("{}", say(&Message::new(code).with("text", text)));
    }
    let values = parsed
        .into_values()
        .map_err(|(field, err)| Failure::flag(field.flag(), &err))?;
    for warning in values
        .sdk_app_id
        .warnings()
        .iter()
        .chain(&values.secret_key.warnings())
    {
        let text = say(warning);
        errln!(
            "{}",
            say(&Message::new(CliCode::Warning).with("text", text))
        );
    }
    Ok(values)
}

fn plan_json(plan: &PatchPlan, dry_run: bool) -> serde_json::Value {
    json!({
        "root": plan.root.display().to_string(),
        "dry_run": dry_run,
        "changed": plan.changes.iter().map(|c| json!({
            "path": slash_path(&c.rel_path),
            "edits": c.edits,
        })).collect::<Vec<_>>(),
        "unchanged": plan.unchanged.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
        "notes": plan.notes.iter().map(|n| json!({
            "kind": n.kind.code(),
            "path": n.rel_path.as_deref().map(slash_path),
            "line": n.line,
            "message": n.message.english(),
            "code": n.message.code.id(),
            "args": n.message.to_json()["args"],
        })).collect::<Vec<_>>(),
    })
}

fn print_notes(plan: &PatchPlan) {
    for note in &plan.notes {
        let text = say(note);
        outln!("{}", say(&Message::new(CliCode::Note).with("text", text)));
    }
}

/// `patch`: plan, then (unless `--dry-run`) apply with a backup.
pub fn patch(args: &PatchArgs) -> CmdResult {
    // Before the key is asked for: a wrong folder is the first thing to say.
    if !args.dir.is_dir() {
        let message = if args.dir.exists() {
            SetupError::NotAFolder {
                path: args.dir.clone(),
            }
            .message()
        } else {
            mlvb_setup::demo::ScanError::NotFound {
                path: args.dir.clone(),
            }
            .message()
        };
        return Err(Failure::BadInput(message));
    }
    let platforms = match &args.platform {
        Some(list) => {
            PlatformFilter::parse_list(list).map_err(|e| Failure::flag("--platform", &e))?
        }
        None => PlatformFilter::All,
    };
    let values = patch_values(args)?;
    // An interrupted run is rolled back first, so the plan starts from whole originals.
    recover(&args.dir)?;
    let demo = Demo::read(&args.dir).map_err(|err| Failure::BadInput(err.message()))?;
    let plan = demo
        .plan_for(&values, &platforms)
        .map_err(|err| Failure::BadInput(err.message()))?;
    let patch = &plan.patch;
    if patch.is_empty() {
        if args.json {
            outln!("{:#}", plan_json(patch, args.dry_run));
        } else {
            print_notes(patch);
        }
        return Err(Failure::CheckFailed(
            Message::new(CliCode::NothingToDo)
                .with("count", patch.unchanged.len())
                .with("path", &args.dir),
        ));
    }
    if args.dry_run {
        print_dry_run(&plan, args.json);
        return Ok(());
    }
    // Refused at once, nothing is written (not even the state folder); under the lock, every
    // file is checked again against the plan before it is replaced.
    patch::check_plan(patch).map_err(|err| Failure::BadInput(err.message()))?;
    let lock = lock(&args.dir)?;
    let report =
        patch::apply_locked(patch, &lock).map_err(|err| Failure::BadInput(err.message()))?;
    drop(lock);
    if args.json {
        let mut doc = plan_json(patch, false);
        doc["backup_dir"] = json!(report.backup_dir.display().to_string());
        outln!("{doc:#}");
    } else {
        for change in &patch.changes {
            let file = slash_path(&change.rel_path);
            outln!(
                "{}",
                say(&Message::new(CliCode::Patched).with("path", file))
            );
            for edit in &change.edits {
                outln!(
                    "  line {:>4}  {:<14} {} -> {}",
                    edit.line,
                    edit.name,
                    edit.before,
                    edit.after
                );
            }
        }
        print_notes(patch);
        let done = Message::new(CliCode::PatchDone)
            .with("count", patch.changes.len())
            .with("backup", &report.backup_dir)
            .with("path", &args.dir);
        outln!("{}", say(&done));
    }
    Ok(())
}

fn print_dry_run(plan: &Plan, json: bool) {
    let patch = &plan.patch;
    if json {
        let mut doc = plan_json(patch, true);
        doc["diff"] = json!(plan.unified_diff());
        outln!("{doc:#}");
    } else {
        out!("{}", plan.unified_diff());
        print_notes(patch);
        let summary = Message::new(CliCode::DryRun).with("count", patch.changes.len());
        outln!("{}", say(&summary));
    }
}

/// `restore`: the exact original bytes of every file the last patch changed.
pub fn restore(dir: &Path, force: bool, all: bool, json: bool) -> CmdResult {
    if !dir.is_dir() {
        return Err(Failure::BadInput(
            Message::new(CliCode::RestoreNotAFolder).with("path", dir),
        ));
    }
    let depth = if all {
        patch::RestoreDepth::All
    } else {
        patch::RestoreDepth::Last
    };
    let lock = if dir.join(patch::STATE_DIR).exists() {
        Some(lock(dir)?)
    } else {
        None
    };
    let result = match &lock {
        Some(lock) => patch::restore_locked(lock, depth, force),
        None => Err(PatchError::NothingToRestore {
            root: dir.to_owned(),
        }),
    };
    drop(lock);
    let report = match result {
        Ok(report) => report,
        Err(err @ PatchError::NothingToRestore { .. }) => {
            if json {
                let message = err.message();
                outln!(
                    "{:#}",
                    json!({
                        "root": dir.display().to_string(),
                        "restored": [],
                        "nothing_to_restore": true,
                        "code": message.code.id(),
                        "args": message.to_json()["args"],
                        "message": message.english(),
                    })
                );
                errln!("mlvb-setup: {}", say(&message));
                return Err(Failure::Reported(1));
            }
            return Err(Failure::CheckFailed(err.message()));
        }
        Err(err @ PatchError::EditedSincePatch { .. }) => {
            return Err(Failure::CheckFailed(err.message()));
        }
        Err(err) => return Err(Failure::BadInput(err.message())),
    };
    if json {
        outln!(
            "{:#}",
            json!({
                "root": dir.display().to_string(),
                "backup_dir": report.backup_dir.display().to_string(),
                "undone": report.undone.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
                "restored": report.restored.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
                "already_original": report.already_original.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
                "removed_temp_files": report.removed_temp_files.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
                "remaining": report.remaining,
            })
        );
    } else {
        for path in &report.restored {
            let line = Message::new(CliCode::Restored).with("path", slash_path(path));
            outln!("{}", say(&line));
        }
        for path in &report.already_original {
            let line = Message::new(CliCode::AlreadyOriginal).with("path", slash_path(path));
            outln!("{}", say(&line));
        }
        let done = Message::new(CliCode::RestoreDone).with("backup", &report.backup_dir);
        outln!("{}", say(&done));
        if report.remaining > 0 {
            let left = Message::new(CliCode::RestoreRemaining).with("count", report.remaining);
            outln!("{}", say(&left));
        }
    }
    Ok(())
}
