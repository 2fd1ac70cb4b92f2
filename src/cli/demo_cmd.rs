//! `scan`, `patch` and `restore`.

use std::path::Path;

use mlvb_setup::credentials::{AppId, SdkAppId};
use mlvb_setup::demo::{self, ConstantKind, DemoFile, DemoScan, FileRole, ValueState};
use mlvb_setup::patch::{self, PatchError, PatchPlan, PatchValues};
use serde_json::json;

use super::output::slash_path;
use super::{CmdResult, Failure, PatchArgs};

/// `scan`: every credential file and the state of each value.
pub fn scan(path: &Path, json: bool) -> CmdResult {
    if path.is_dir() {
        recover(path)?;
    }
    let scan = demo::scan(path).map_err(|err| Failure::BadInput(err.to_string()))?;
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
        Err(Failure::CheckFailed(format!(
            "no credential files found in {}: choose the folder or .zip of the MLVBSDK download",
            path.display()
        )))
    }
}

/// Finishes or rolls back a run that was interrupted in `dir`, saying so on standard error.
fn recover(dir: &Path) -> CmdResult {
    let report = patch::recover(dir).map_err(|err| Failure::BadInput(err.to_string()))?;
    if let Some(report) = report {
        say_recovered(&report);
    }
    Ok(())
}

fn say_recovered(report: &patch::RecoveryReport) {
    let what = if report.interrupted_patch {
        "an interrupted patch was rolled back"
    } else {
        "an interrupted restore was finished"
    };
    errln!(
        "note: {what}: {} file(s) put back, {} temporary file(s) deleted",
        report.rewritten.len(),
        report.removed_temp_files.len()
    );
    for path in &report.left_alone {
        errln!(
            "note: {} was edited since and was left alone: run `mlvb-setup restore` to decide about it",
            slash_path(path)
        );
    }
}

/// Takes the demo's lock, saying on standard error who holds it while waiting.
fn lock(dir: &Path) -> Result<patch::DemoLock, Failure> {
    patch::DemoLock::acquire(dir, patch::DEFAULT_LOCK_WAIT, |holder| {
        errln!(
            "mlvb-setup: {holder} is working on {}: waiting up to {} seconds…",
            dir.display(),
            patch::DEFAULT_LOCK_WAIT.as_secs()
        );
    })
    .map_err(|err| Failure::BadInput(err.to_string()))
}

fn state_text(constant: &demo::Constant) -> String {
    match (constant.kind, constant.state) {
        (ConstantKind::SecretKey, ValueState::Set) => "set".to_owned(),
        (ConstantKind::SecretKey, _) => "not set".to_owned(),
        (ConstantKind::ExpireTime, ValueState::Empty) => {
            "0: every UserSig would expire at once (patch sets 604800)".to_owned()
        }
        (ConstantKind::TencentCloudAppId, _) => format!(
            "{} (the Tencent Cloud account's APPID: reported, never changed)",
            constant.display_value.as_deref().unwrap_or("0")
        ),
        (_, ValueState::Empty) => "empty".to_owned(),
        (_, ValueState::Placeholder) => "placeholder".to_owned(),
        (_, ValueState::Set) => match &constant.display_value {
            Some(value) => format!("set: {value}"),
            None => "set".to_owned(),
        },
    }
}

fn print_scan(scan: &DemoScan) {
    outln!("Scanned {}", scan.root.display());
    for file in &scan.files {
        let role = match file.role {
            FileRole::Credentials => "credentials",
            FileRole::ProjectConfig => "mini program project config",
            FileRole::SigningAlgorithm => "signing algorithm, left alone",
        };
        outln!(
            "\n{}  [{}, {}, {role}]",
            slash_path(&file.rel_path),
            file.platform.label(),
            file.language.label()
        );
        for constant in &file.constants {
            outln!(
                "  line {:>4}  {:<14} {}",
                constant.line,
                constant.name,
                state_text(constant)
            );
        }
    }
    if !scan.refused.is_empty() {
        outln!("\nRefused (fix these before patching):");
        for refused in &scan.refused {
            let line = refused.line.map(|l| format!(":{l}")).unwrap_or_default();
            outln!(
                "  {}{line}: {}",
                slash_path(&refused.rel_path),
                refused.reason
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
    })
}

fn scan_json(scan: &DemoScan) -> serde_json::Value {
    json!({
        "root": scan.root.display().to_string(),
        "files": scan.files.iter().map(file_json).collect::<Vec<_>>(),
        "refused": scan.refused.iter().map(|r| json!({
            "path": slash_path(&r.rel_path),
            "line": r.line,
            "reason": r.reason,
        })).collect::<Vec<_>>(),
    })
}

fn optional_text(flag: &str, value: Option<&String>) -> Result<Option<String>, Failure> {
    let Some(raw) = value else { return Ok(None) };
    let cleaned = mlvb_setup::credentials::clean_pasted(raw);
    if cleaned.is_empty() {
        return Err(Failure::BadInput(format!("{flag} must not be empty")));
    }
    if cleaned.chars().any(char::is_control) {
        return Err(Failure::BadInput(format!(
            "{flag} contains a line break or another control character: give it on one line"
        )));
    }
    Ok(Some(cleaned.to_owned()))
}

fn patch_values(args: &PatchArgs) -> Result<PatchValues, Failure> {
    let sdk_app_id = SdkAppId::parse(&args.sdkappid)
        .map_err(|err| Failure::BadInput(format!("--sdkappid: {err}")))?;
    let app_id = args
        .appid
        .as_deref()
        .map(AppId::parse)
        .transpose()
        .map_err(|err| Failure::BadInput(format!("--appid: {err}")))?;
    let expire = match &args.expire {
        None => None,
        Some(raw) => match raw.trim().parse::<u32>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                return Err(Failure::BadInput(format!(
                    "--expire must be a number of seconds from 1 to 4294967295, like 604800 (got: {})",
                    mlvb_setup::credentials::shown_in_message(raw)
                )));
            }
        },
    };
    let values = PatchValues {
        sdk_app_id,
        app_id,
        expire,
        license_url: optional_text("--license-url", args.license_url.as_ref())?,
        license_key: optional_text("--license-key", args.license_key.as_ref())?,
        push_domain: optional_text("--push-domain", args.push_domain.as_ref())?,
        play_domain: optional_text("--play-domain", args.play_domain.as_ref())?,
        live_url_key: optional_text("--live-url-key", args.live_url_key.as_ref())?,
        secret_key: args.key.read()?,
    };
    for warning in sdk_app_id
        .warnings()
        .iter()
        .chain(&values.secret_key.warnings())
    {
        errln!("warning: {}", warning.message);
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
            "message": n.message,
        })).collect::<Vec<_>>(),
    })
}

fn print_notes(plan: &PatchPlan) {
    for note in &plan.notes {
        let place = match (&note.rel_path, note.line) {
            (Some(path), Some(line)) => format!("{}:{line}: ", slash_path(path)),
            (Some(path), None) => format!("{}: ", slash_path(path)),
            _ => String::new(),
        };
        outln!("note: {place}{}", note.message);
    }
}

/// `patch`: plan, then (unless `--dry-run`) apply with a backup.
pub fn patch(args: &PatchArgs) -> CmdResult {
    if !args.dir.is_dir() {
        return Err(Failure::BadInput(format!(
            "{} is not a folder: patch works on the unpacked demo folder",
            args.dir.display()
        )));
    }
    let values = patch_values(args)?;
    // An interrupted run is rolled back first, so the plan starts from whole originals.
    recover(&args.dir)?;
    let mut plan =
        patch::plan(&args.dir, &values).map_err(|err| Failure::BadInput(err.to_string()))?;
    plan.check_git();
    let secret = values.secret_key.expose();
    if plan.is_empty() {
        if args.json {
            outln!("{:#}", plan_json(&plan, args.dry_run));
        } else {
            print_notes(&plan);
        }
        return Err(Failure::CheckFailed(format!(
            "nothing to do: the {} credential file(s) in {} already hold these values",
            plan.unchanged.len(),
            args.dir.display()
        )));
    }
    if args.dry_run {
        if args.json {
            let mut doc = plan_json(&plan, true);
            doc["diff"] = json!(plan.unified_diff(&[secret]));
            outln!("{doc:#}");
        } else {
            out!("{}", plan.unified_diff(&[secret]));
            print_notes(&plan);
            outln!(
                "dry run: {} file(s) would change; nothing was written",
                plan.changes.len()
            );
        }
        return Ok(());
    }
    // Refused at once, nothing is written (not even the state folder); under the lock, every
    // file is checked again against the plan before it is replaced.
    patch::check_plan(&plan).map_err(|err| Failure::BadInput(err.to_string()))?;
    let lock = lock(&args.dir)?;
    let report =
        patch::apply_locked(&plan, &lock).map_err(|err| Failure::BadInput(err.to_string()))?;
    drop(lock);
    if args.json {
        let mut doc = plan_json(&plan, false);
        doc["backup_dir"] = json!(report.backup_dir.display().to_string());
        outln!("{doc:#}");
    } else {
        for change in &plan.changes {
            outln!("patched {}", slash_path(&change.rel_path));
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
        print_notes(&plan);
        outln!(
            "{} file(s) patched; backup in {} (undo with: mlvb-setup restore {})",
            plan.changes.len(),
            report.backup_dir.display(),
            args.dir.display()
        );
    }
    Ok(())
}

/// `restore`: the exact earlier bytes of every file the last patch (or, with `--all`, every
/// patch) changed.
pub fn restore(dir: &Path, force: bool, all: bool, json: bool) -> CmdResult {
    if !dir.is_dir() {
        return Err(Failure::BadInput(format!(
            "{} is not a folder: restore works on the demo folder that was patched",
            dir.display()
        )));
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
    let report = match result {
        Ok(report) => report,
        Err(err @ PatchError::NothingToRestore { .. }) => {
            if json {
                outln!(
                    "{:#}",
                    json!({ "root": dir.display().to_string(), "restored": [], "nothing_to_restore": true })
                );
            }
            return Err(Failure::CheckFailed(err.to_string()));
        }
        Err(err @ PatchError::EditedSincePatch { .. }) => {
            return Err(Failure::CheckFailed(err.to_string()));
        }
        Err(err) => return Err(Failure::BadInput(err.to_string())),
    };
    drop(lock);
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
            outln!("restored {}", slash_path(path));
        }
        for path in &report.already_original {
            outln!("unchanged {} (already original)", slash_path(path));
        }
        outln!("restored from {}", report.backup_dir.display());
        if report.remaining > 0 {
            outln!(
                "{} earlier patch(es) can still be undone: run restore again, or restore --all for the very first original",
                report.remaining
            );
        }
    }
    Ok(())
}
