//! From a demo folder and the values to write, to a [`PatchPlan`]: scan, re-read each file's
//! exact bytes, and let each format's editor compute the new bytes. All or nothing: one file that
//! cannot be planned fails the whole plan.

use std::path::{Path, PathBuf};

use crate::demo::{self, ConstantKind, FileRole};

use super::edit::edit_file;
use super::{FileChange, NoteKind, PatchError, PatchPlan, PatchValues, PlanNote};

/// Plans writing `values` into every credential file under `root`. Reads, never writes.
pub fn plan(root: &Path, values: &PatchValues) -> Result<PatchPlan, PatchError> {
    let scan = demo::scan_dir(root).map_err(|source| PatchError::Scan {
        root: root.to_owned(),
        message: source.to_string(),
    })?;
    if let Some(refused) = scan.refused.first() {
        let others = match scan.refused.len() {
            1 => String::new(),
            n => format!(
                " ({} more file(s) refused: run `mlvb-setup scan` to see them)",
                n - 1
            ),
        };
        return Err(PatchError::Refused {
            path: root.join(&refused.rel_path),
            line: refused.line,
            reason: format!("{}{others}", refused.reason),
        });
    }
    let targets: Vec<_> = scan
        .files
        .iter()
        .filter(|f| matches!(f.role, FileRole::Credentials | FileRole::ProjectConfig))
        .collect();
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
                });
            }
            None => {
                return Err(PatchError::Refused {
                    path,
                    line: None,
                    reason: "the file changed while it was being read: scan again".to_owned(),
                });
            }
        };
        let edit = edit_file(&file, &bytes, values).map_err(|source| PatchError::Edit {
            path: path.clone(),
            message: source.to_string(),
        })?;
        notes.extend(edit.notes);
        changes.push(FileChange {
            rel_path: scanned.rel_path.clone(),
            original: bytes,
            patched: edit.patched,
            edits: edit.edits,
        });
    }
    notes.extend(unused_value_notes(&scan.files, values));
    Ok(PatchPlan::new(root.to_owned(), changes, notes))
}

/// A note for each optional value given that no file declares, so it is not silently dropped.
fn unused_value_notes(files: &[demo::DemoFile], values: &PatchValues) -> Vec<PlanNote> {
    let given = [
        (
            ConstantKind::MiniProgramAppId,
            values.app_id.is_some(),
            "--appid / AppID",
            "no project.config.json with an \"appid\" was found",
        ),
        (
            ConstantKind::LicenseUrl,
            values.license_url.is_some(),
            "licence URL",
            "no file declares LICENSEURL or LICENCE_URL",
        ),
        (
            ConstantKind::LicenseKey,
            values.license_key.is_some(),
            "licence key",
            "no file declares LICENSEURLKEY",
        ),
        (
            ConstantKind::PushDomain,
            values.push_domain.is_some(),
            "push domain",
            "no file declares PUSH_DOMAIN",
        ),
        (
            ConstantKind::PlayDomain,
            values.play_domain.is_some(),
            "play domain",
            "no file declares PLAY_DOMAIN",
        ),
        (
            ConstantKind::LiveUrlKey,
            values.live_url_key.is_some(),
            "live URL key",
            "no file declares LIVE_URL_KEY",
        ),
    ];
    given
        .into_iter()
        .filter(|(kind, is_given, _, _)| {
            *is_given && !files.iter().any(|f| f.constant(*kind).is_some())
        })
        .map(|(_, _, what, why)| PlanNote {
            kind: NoteKind::ValueNotDeclared,
            rel_path: None::<PathBuf>,
            line: None,
            message: format!("the {what} given was not written: {why} in this demo"),
        })
        .collect()
}
