//! From a demo folder and the values to write, to a [`PatchPlan`]: scan (which keeps the exact
//! bytes it analysed of each file to rewrite), and let each format's editor compute the new bytes
//! from that one analysis; every file is read and analysed once. `apply` checks each file on
//! disk still holds those bytes before replacing it. All or nothing: one file that cannot be
//! planned fails the whole plan.

use std::path::{Path, PathBuf};

use crate::demo::{self, ConstantKind, FileRole, ScanProgress, ScannedDemo};

use super::edit::edit_scanned;
use super::{FileChange, NoteKind, PatchError, PatchPlan, PatchValues, PlanNote};

/// Plans writing `values` into every credential file under `root`. Reads, never writes.
pub fn plan(root: &Path, values: &PatchValues) -> Result<PatchPlan, PatchError> {
    let scanned = demo::scan_dir_with_progress(root, &ScanProgress::new()).map_err(|source| {
        PatchError::Scan {
            root: root.to_owned(),
            message: source.to_string(),
        }
    })?;
    plan_scanned(&scanned, values)
}

/// Plans writing `values` from a finished scan (e.g. the one a window has just shown), without
/// reading or analysing any file again. Reads, never writes.
pub fn plan_scanned(scanned: &ScannedDemo, values: &PatchValues) -> Result<PatchPlan, PatchError> {
    let scan = &scanned.scan;
    let root = &scan.root;
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
                reason: "the file changed while it was being read: scan again".to_owned(),
            });
        };
        let edit = edit_scanned(file, bytes, values).map_err(|source| PatchError::Edit {
            path: path.clone(),
            message: source.to_string(),
        })?;
        notes.extend(edit.notes);
        changes.push(FileChange {
            rel_path: file.rel_path.clone(),
            original: bytes.to_vec(),
            patched: edit.patched,
            edits: edit.edits,
        });
    }
    notes.extend(unused_value_notes(&scan.files, values));
    Ok(PatchPlan::new(root.clone(), changes, notes))
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
