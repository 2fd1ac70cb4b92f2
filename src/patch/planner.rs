//! From a demo folder and the values to write, to a [`PatchPlan`]: scan, re-read each file's
//! exact bytes, and let each format's editor compute the new bytes. All or nothing: one file that
//! cannot be planned fails the whole plan.

use std::path::{Path, PathBuf};

use crate::demo::{self, ConstantKind, FileRole};

use super::edit::{EditError, FileEdit, edit_app_id, edit_file};
use super::{FileChange, NoteKind, PatchError, PatchPlan, PlanNote};
use crate::credentials::AppId;
use crate::messages::{Localize, Message, PatchCode};
use crate::setup::Values;

/// Plans writing `values` into every credential file under `root`. Reads, never writes.
pub fn plan(root: &Path, values: &Values) -> Result<PatchPlan, PatchError> {
    let (files, changes, mut notes) = plan_edits(
        root,
        |role| matches!(role, FileRole::Credentials | FileRole::ProjectConfig),
        |file, bytes| edit_file(file, bytes, values),
    )?;
    notes.extend(unused_value_notes(&files, values));
    Ok(PatchPlan::new(root.to_owned(), changes, notes))
}

/// Plans writing only the mini program's AppID into `project.config.json` under `root`.
pub fn plan_app_id(root: &Path, app_id: &AppId) -> Result<PatchPlan, PatchError> {
    let (_, changes, notes) = plan_edits(
        root,
        |role| role == FileRole::ProjectConfig,
        |file, bytes| edit_app_id(file, bytes, app_id),
    )?;
    Ok(PatchPlan::new(root.to_owned(), changes, notes))
}

/// Every file found, the changes, and the editors' notes.
type PlannedEdits = (Vec<demo::DemoFile>, Vec<FileChange>, Vec<PlanNote>);

/// Scans `root`, and runs `edit` on the exact current bytes of every file whose role `select`
/// picks. Returns every file found, the changes and the editors' notes.
fn plan_edits(
    root: &Path,
    select: impl Fn(FileRole) -> bool,
    edit: impl Fn(&demo::DemoFile, &[u8]) -> Result<FileEdit, EditError>,
) -> Result<PlannedEdits, PatchError> {
    let scan = demo::scan_dir(root).map_err(|source| PatchError::Scan {
        root: root.to_owned(),
        source,
    })?;
    if let Some(refused) = scan.refused.first() {
        return Err(PatchError::Refused {
            path: root.join(&refused.rel_path),
            line: refused.line,
            reason: refused.reason.clone(),
            more: scan.refused.len() - 1,
        });
    }
    let targets: Vec<_> = scan.files.iter().filter(|f| select(f.role)).collect();
    if targets.is_empty() {
        return Err(PatchError::NoCredentialFiles {
            root: root.to_owned(),
        });
    }

    let mut changes = Vec::new();
    let mut notes = Vec::new();
    for scanned in targets {
        let path = root.join(&scanned.rel_path);
        let bytes = std::fs::read(&path).map_err(|source| PatchError::Read {
            path: path.clone(),
            source,
        })?;
        // Re-analyse the exact bytes we will patch, so spans match them even if the file changed
        // between the scan and now.
        let file = match demo::analyze_file(&scanned.rel_path, &bytes) {
            Some(Ok(file)) => file,
            Some(Err(refused)) => {
                return Err(PatchError::Refused {
                    path,
                    line: refused.line,
                    reason: refused.reason,
                    more: 0,
                });
            }
            None => {
                return Err(PatchError::Refused {
                    path,
                    line: None,
                    reason: Message::new(PatchCode::ChangedWhileReading),
                    more: 0,
                });
            }
        };
        let edit = edit(&file, &bytes).map_err(|source| PatchError::Edit {
            path: path.clone(),
            source,
        })?;
        notes.extend(edit.notes);
        changes.push(FileChange {
            rel_path: scanned.rel_path.clone(),
            original: bytes,
            patched: edit.patched,
            edits: edit.edits,
        });
    }
    Ok((scan.files, changes, notes))
}

/// A note for each optional value given that no file declares, so it is not silently dropped.
fn unused_value_notes(files: &[demo::DemoFile], values: &Values) -> Vec<PlanNote> {
    let given = [
        (ConstantKind::MiniProgramAppId, values.app_id.is_some()),
        (ConstantKind::LicenseUrl, values.license_url.is_some()),
        (ConstantKind::LicenseKey, values.license_key.is_some()),
        (ConstantKind::PushDomain, values.push_domain.is_some()),
        (ConstantKind::PlayDomain, values.play_domain.is_some()),
        (ConstantKind::LiveUrlKey, values.live_url_key.is_some()),
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
