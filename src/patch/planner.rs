//! From a demo folder and the values to write, to a [`PatchPlan`]: scan (which keeps the exact
//! bytes it analysed of each file to rewrite), and let each format's editor compute the new bytes
//! from that one analysis; every file is read and analysed once. `apply` checks each file on
//! disk still holds those bytes before replacing it. All or nothing: one file that cannot be
//! planned fails the whole plan.

use std::path::{Path, PathBuf};

use crate::demo::{self, ConstantKind, FileRole, ScanProgress, ScannedDemo};

use super::edit::{EditError, FileEdit, edit_scanned, edit_scanned_app_id};
use super::{FileChange, NoteKind, PatchError, PatchPlan, PlanNote, PlatformFilter};
use crate::credentials::AppId;
use crate::demo::{DemoFile, RefusedFile};
use crate::messages::{Localize, Message, PatchCode};
use crate::preview::project::PROJECT_CONFIG;
use crate::setup::Values;

/// Plans writing `values` into every credential file under `root`. Reads, never writes.
pub fn plan(root: &Path, values: &Values) -> Result<PatchPlan, PatchError> {
    plan_scanned(&scan_for_plan(root)?, values)
}

/// Plans writing `values` from a finished scan (e.g. the one a window has just shown), without
/// reading or analysing any file again. Reads, never writes.
pub fn plan_scanned(scanned: &ScannedDemo, values: &Values) -> Result<PatchPlan, PatchError> {
    plan_scanned_for(scanned, values, &PlatformFilter::All)
}

/// [`plan_scanned`] for the files of the platforms `filter` selects only: the others are not
/// touched, and a refused file among them does not stop the plan.
pub fn plan_scanned_for(
    scanned: &ScannedDemo,
    values: &Values,
    filter: &PlatformFilter,
) -> Result<PatchPlan, PatchError> {
    let (changes, mut notes) = plan_edits(
        scanned,
        |refused| filter.includes(demo::platform_of_path(&refused.rel_path)),
        |file| {
            filter.includes(file.platform)
                && (matches!(file.role, FileRole::Credentials | FileRole::ProjectConfig)
                    || matches!(file.role, FileRole::LicenceCall | FileRole::AppProject)
                        && !file.constants.is_empty())
        },
        |file, bytes| edit_scanned(file, bytes, values),
    )?;
    let selected: Vec<&DemoFile> = scanned
        .scan
        .files
        .iter()
        .filter(|f| filter.includes(f.platform))
        .collect();
    notes.extend(unused_value_notes(&selected, values));
    notes.extend(binding_notes(&selected, values));
    Ok(PatchPlan::new(scanned.scan.root.clone(), changes, notes))
}

/// Plans writing only the mini program's AppID into `project.config.json` under `root`.
pub fn plan_app_id(root: &Path, app_id: &AppId) -> Result<PatchPlan, PatchError> {
    plan_scanned_app_id(&scan_for_plan(root)?, app_id)
}

/// [`plan_app_id`] from a finished scan. Files refused other than `project.config.json` do not
/// stand in its way: only that file is written.
pub fn plan_scanned_app_id(scanned: &ScannedDemo, app_id: &AppId) -> Result<PatchPlan, PatchError> {
    let (changes, notes) = plan_edits(
        scanned,
        |refused| {
            refused
                .rel_path
                .file_name()
                .is_some_and(|n| n == PROJECT_CONFIG)
        },
        |file| file.role == FileRole::ProjectConfig,
        |file, bytes| edit_scanned_app_id(file, bytes, app_id),
    )?;
    Ok(PatchPlan::new(scanned.scan.root.clone(), changes, notes))
}

fn scan_for_plan(root: &Path) -> Result<ScannedDemo, PatchError> {
    demo::scan_dir_with_progress(root, &ScanProgress::new()).map_err(|source| PatchError::Scan {
        root: root.to_owned(),
        source,
    })
}

/// Runs `edit` on the bytes the scan read of every file whose role `select` picks, unless a
/// refusal that `blocks` stands in the way. Returns the changes and the editors' notes.
fn plan_edits(
    scanned: &ScannedDemo,
    blocks: impl Fn(&RefusedFile) -> bool,
    select: impl Fn(&DemoFile) -> bool,
    edit: impl Fn(&DemoFile, &[u8]) -> Result<FileEdit, EditError>,
) -> Result<(Vec<FileChange>, Vec<PlanNote>), PatchError> {
    let scan = &scanned.scan;
    let root = &scan.root;
    let blocking: Vec<&RefusedFile> = scan.refused.iter().filter(|r| blocks(r)).collect();
    if let Some(refused) = blocking.first() {
        return Err(PatchError::Refused {
            path: root.join(&refused.rel_path),
            line: refused.line,
            reason: refused.reason.clone(),
            more: blocking.len() - 1,
        });
    }
    let targets: Vec<_> = scan.files.iter().filter(|f| select(f)).collect();
    if targets.is_empty() {
        return Err(PatchError::NoCredentialFiles { root: root.clone() });
    }
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    for file in targets {
        let path = root.join(&file.rel_path);
        let Some(bytes) = scanned.contents(&file.rel_path) else {
            return Err(PatchError::Refused {
                path,
                line: None,
                reason: Message::new(PatchCode::ChangedWhileReading),
                more: 0,
            });
        };
        let edit = edit(file, bytes).map_err(|source| PatchError::Edit {
            path: path.clone(),
            source,
        })?;
        notes.extend(edit.notes);
        changes.push(FileChange {
            rel_path: file.rel_path.clone(),
            original: bytes.to_vec(),
            patched: edit.patched,
            edits: edit.edits,
        });
    }
    Ok((changes, notes))
}

/// A note for each optional value given that no file declares, so it is not silently dropped.
fn unused_value_notes(files: &[&DemoFile], values: &Values) -> Vec<PlanNote> {
    let given = [
        (ConstantKind::MiniProgramAppId, values.app_id.is_some()),
        (ConstantKind::LicenseUrl, values.license_url.is_some()),
        (ConstantKind::LicenseKey, values.license_key.is_some()),
        (ConstantKind::PushDomain, values.push_domain.is_some()),
        (ConstantKind::PlayDomain, values.play_domain.is_some()),
        (ConstantKind::LiveUrlKey, values.live_url_key.is_some()),
        (
            ConstantKind::AndroidApplicationId,
            values.android_package.is_some(),
        ),
        (ConstantKind::IosBundleId, values.ios_bundle_id.is_some()),
    ];
    given
        .into_iter()
        .filter(|(kind, is_given)| *is_given && !files.iter().any(|f| f.constant(*kind).is_some()))
        .map(|(kind, _)| PlanNote {
            kind: NoteKind::ValueNotDeclared,
            rel_path: None::<PathBuf>,
            line: None,
            message: Message::new(PatchCode::NoteValueNotDeclared).with("value", kind.message()),
        })
        .collect()
}

/// When a licence is written but no package name / bundle ID is given, a note with the IDs the
/// demo's apps are built with: the licence must have been issued for one of them.
fn binding_notes(files: &[&DemoFile], values: &Values) -> Vec<PlanNote> {
    if values.license_url.is_none() && values.license_key.is_none() {
        return Vec::new();
    }
    let mut notes = Vec::new();
    for (platform, given, code) in [
        (
            demo::Platform::Android,
            values.android_package.is_some(),
            PatchCode::NoteLicenceAndroidIds,
        ),
        (
            demo::Platform::Ios,
            values.ios_bundle_id.is_some(),
            PatchCode::NoteLicenceIosIds,
        ),
    ] {
        if given {
            continue;
        }
        let mut ids: Vec<&str> = files
            .iter()
            .filter(|f| f.platform == platform && f.role == FileRole::AppProject)
            .flat_map(|f| &f.apps)
            .filter(|a| a.product == demo::AppProduct::Application)
            .filter_map(|a| a.id.as_deref())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if !ids.is_empty() {
            notes.push(PlanNote {
                kind: NoteKind::LicenceBinding,
                rel_path: None,
                line: None,
                message: Message::new(code).with("ids", ids.join(", ")),
            });
        }
    }
    notes
}
