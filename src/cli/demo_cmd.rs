//! `scan`, `patch` and `restore`.

use std::path::Path;

use mlvb_setup::demo::{self, ConstantKind, DemoFile, DemoScan, FileRole, ValueState};
use mlvb_setup::messages::{CliCode, Localize, Message};
use mlvb_setup::patch::{PatchError, PatchPlan};
use mlvb_setup::setup::{Demo, Plan, RawValues, SetupError, Values};
use serde_json::json;

use super::output::slash_path;
use super::{CmdResult, Failure, PatchArgs, say};

/// `scan`: every credential file and the state of each value.
pub fn scan(path: &Path, json: bool) -> CmdResult {
    let scan = demo::scan(path).map_err(|err| Failure::BadInput(err.message()))?;
    if json {
        println!("{:#}", scan_json(&scan));
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

fn state_text(constant: &demo::Constant) -> String {
    let message = match (constant.kind, constant.state) {
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
    println!(
        "{}",
        say(&Message::new(CliCode::Scanned).with("path", &scan.root))
    );
    for file in &scan.files {
        let role = Message::new(match file.role {
            FileRole::Credentials => CliCode::RoleCredentials,
            FileRole::ProjectConfig => CliCode::RoleProjectConfig,
            FileRole::SigningAlgorithm => CliCode::RoleSigning,
        });
        println!(
            "\n{}  [{}, {}, {}]",
            slash_path(&file.rel_path),
            say(&file.platform),
            file.language.label(),
            say(&role)
        );
        for constant in &file.constants {
            println!(
                "  line {:>4}  {:<14} {}",
                constant.line,
                constant.name,
                state_text(constant)
            );
        }
    }
    if !scan.refused.is_empty() {
        println!("\n{}", say(&Message::new(CliCode::RefusedHeading)));
        for refused in &scan.refused {
            let line = refused.line.map(|l| format!(":{l}")).unwrap_or_default();
            println!(
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
    })
}

fn scan_json(scan: &DemoScan) -> serde_json::Value {
    json!({
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
    };
    // The key is read only once the flags are known to be good, and parsed with the rest.
    let mut parsed = raw.parse("-");
    if let Some((field, err)) = parsed.first_error() {
        return Err(Failure::flag(field.flag(), err));
    }
    parsed.secret_key = Ok(args.key.read()?);
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
        eprintln!(
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
        println!("{}", say(&Message::new(CliCode::Note).with("text", text)));
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
    let values = patch_values(args)?;
    let demo = Demo::read(&args.dir).map_err(|err| Failure::BadInput(err.message()))?;
    let plan = demo
        .plan(&values)
        .map_err(|err| Failure::BadInput(err.message()))?;
    let patch = &plan.patch;
    if patch.is_empty() {
        if args.json {
            println!("{:#}", plan_json(patch, args.dry_run));
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
    let report = plan
        .apply()
        .map_err(|err| Failure::BadInput(err.message()))?;
    if args.json {
        let mut doc = plan_json(patch, false);
        doc["backup_dir"] = json!(report.backup_dir.display().to_string());
        println!("{doc:#}");
    } else {
        for change in &patch.changes {
            let file = slash_path(&change.rel_path);
            println!(
                "{}",
                say(&Message::new(CliCode::Patched).with("path", file))
            );
            for edit in &change.edits {
                println!(
                    "  line {:>4}  {:<14} {} -> {}",
                    edit.line, edit.name, edit.before, edit.after
                );
            }
        }
        print_notes(patch);
        let done = Message::new(CliCode::PatchDone)
            .with("count", patch.changes.len())
            .with("backup", &report.backup_dir)
            .with("path", &args.dir);
        println!("{}", say(&done));
    }
    Ok(())
}

fn print_dry_run(plan: &Plan, json: bool) {
    let patch = &plan.patch;
    if json {
        let mut doc = plan_json(patch, true);
        doc["diff"] = json!(plan.unified_diff());
        println!("{doc:#}");
    } else {
        print!("{}", plan.unified_diff());
        print_notes(patch);
        let summary = Message::new(CliCode::DryRun).with("count", patch.changes.len());
        println!("{}", say(&summary));
    }
}

/// `restore`: the exact original bytes of every file the last patch changed.
pub fn restore(dir: &Path, force: bool, json: bool) -> CmdResult {
    let report = match mlvb_setup::patch::restore(dir, force) {
        Ok(report) => report,
        Err(err @ PatchError::NothingToRestore { .. }) => {
            if json {
                let message = err.message();
                println!(
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
                eprintln!("mlvb-setup: {}", say(&message));
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
        println!(
            "{:#}",
            json!({
                "root": dir.display().to_string(),
                "backup_dir": report.backup_dir.display().to_string(),
                "restored": report.restored.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
                "already_original": report.already_original.iter().map(|p| slash_path(p)).collect::<Vec<_>>(),
            })
        );
    } else {
        for path in &report.restored {
            let line = Message::new(CliCode::Restored).with("path", slash_path(path));
            println!("{}", say(&line));
        }
        for path in &report.already_original {
            let line = Message::new(CliCode::AlreadyOriginal).with("path", slash_path(path));
            println!("{}", say(&line));
        }
        let done = Message::new(CliCode::RestoreDone).with("backup", &report.backup_dir);
        println!("{}", say(&done));
    }
    Ok(())
}
