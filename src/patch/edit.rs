//! Rewriting the values in one credential file: only the bytes of each value change, every
//! other byte (comments, indentation, line endings, BOM, a missing final newline) stays.
//!
//! The file is re-read from the given bytes and must match what the scan found, so a file edited
//! since the scan is never patched at stale offsets. Editing twice with the same values gives
//! no edits and the same bytes.

mod literal;

use std::fmt;
use std::path::{Path, PathBuf};

use literal::{Unwritable, Value, render};

use super::{DEFAULT_EXPIRE_SECONDS, Edit, NoteKind, PlanNote};
use crate::credentials::AppId;
use crate::demo::{
    Constant, ConstantKind, DemoFile, LiteralStyle, TextEncoding, ValueState, analyze_file,
};
use crate::messages::{Message, PatchCode};
use crate::setup::Values;

/// What the secret key is shown as in every edit.
const KEY_SHOWN_AS: &str = "<secret key>";

/// The new content of one file and what changed. Its `Debug` shows sizes, not bytes (they hold
/// the key).
#[derive(Clone, PartialEq, Eq)]
pub struct FileEdit {
    /// The bytes to write (identical to the input when `edits` is empty).
    pub patched: Vec<u8>,
    /// Each value changed, for display; empty when nothing changes.
    pub edits: Vec<Edit>,
    /// Things the user should know (an `EXPIRETIME` of 0 corrected, …).
    pub notes: Vec<PlanNote>,
}

impl fmt::Debug for FileEdit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileEdit")
            .field("patched_len", &self.patched.len())
            .field("edits", &self.edits)
            .field("notes", &self.notes)
            .finish()
    }
}

/// Why a file cannot be edited. Names the file and line; never contains the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The bytes are not those the scan saw.
    ChangedSinceScan {
        /// The file.
        rel_path: PathBuf,
    },
    /// The file is (now) one the scan refuses.
    Refused {
        /// The file.
        rel_path: PathBuf,
        /// 1-based line, when known.
        line: Option<usize>,
        /// The scan's reason.
        reason: Message,
    },
    /// A value needs characters the file cannot hold.
    NeedsUtf8 {
        /// The file.
        rel_path: PathBuf,
        /// 1-based line of the value.
        line: usize,
        /// Which value.
        kind: ConstantKind,
    },
    /// The number is larger than the declaration's type holds.
    OutOfRange {
        /// The file.
        rel_path: PathBuf,
        /// 1-based line of the value.
        line: usize,
        /// The constant's name as written.
        name: String,
        /// The declared type, e.g. `int`.
        declared: String,
        /// The value asked for.
        value: u32,
    },
}

impl EditError {
    /// The file the error is about.
    #[must_use]
    pub fn rel_path(&self) -> &Path {
        match self {
            Self::ChangedSinceScan { rel_path }
            | Self::Refused { rel_path, .. }
            | Self::NeedsUtf8 { rel_path, .. }
            | Self::OutOfRange { rel_path, .. } => rel_path,
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for EditError {}

/// Computes the new bytes of a file found by the scan, given its current bytes.
pub fn edit_file(file: &DemoFile, bytes: &[u8], values: &Values) -> Result<FileEdit, EditError> {
    let constants = current_constants(file, bytes)?;
    edit_constants(file, &constants, bytes, |constant, notes| {
        wanted(file, constant, bytes, values, notes)
    })
}

/// Computes the new bytes of a `project.config.json` with only its `"appid"` set.
pub fn edit_app_id(file: &DemoFile, bytes: &[u8], app_id: &AppId) -> Result<FileEdit, EditError> {
    let constants = current_constants(file, bytes)?;
    edit_constants(file, &constants, bytes, |constant, _| {
        (constant.kind == ConstantKind::MiniProgramAppId).then(|| Value::Text(app_id.as_str()))
    })
}

/// Computes the new bytes of a file from the scan's own analysis of exactly these bytes (the
/// plan's path: nothing is analysed again; `apply` re-checks the bytes on disk before writing).
pub(crate) fn edit_scanned(
    file: &DemoFile,
    bytes: &[u8],
    values: &Values,
) -> Result<FileEdit, EditError> {
    let constants = scanned_constants(file, bytes)?;
    edit_constants(file, &constants, bytes, |constant, notes| {
        wanted(file, constant, bytes, values, notes)
    })
}

/// [`edit_app_id`] from the scan's own analysis of exactly these bytes.
pub(crate) fn edit_scanned_app_id(
    file: &DemoFile,
    bytes: &[u8],
    app_id: &AppId,
) -> Result<FileEdit, EditError> {
    let constants = scanned_constants(file, bytes)?;
    edit_constants(file, &constants, bytes, |constant, _| {
        (constant.kind == ConstantKind::MiniProgramAppId).then(|| Value::Text(app_id.as_str()))
    })
}

/// The scan's constants of `file`, sorted by offset, checked to lie within `bytes`.
fn scanned_constants(file: &DemoFile, bytes: &[u8]) -> Result<Vec<Constant>, EditError> {
    let mut constants = file.constants.clone();
    constants.sort_by_key(|c| c.value_span.start);
    if constants.iter().any(|c| c.value_span.end > bytes.len()) {
        return Err(EditError::ChangedSinceScan {
            rel_path: file.rel_path.clone(),
        });
    }
    Ok(constants)
}

/// Rewrites `constants` (sorted by offset, spans within `bytes`) with the value `choose` gives
/// each (`None`: left as it is).
fn edit_constants<'v>(
    file: &DemoFile,
    constants: &[Constant],
    bytes: &[u8],
    mut choose: impl FnMut(&Constant, &mut Vec<PlanNote>) -> Option<Value<'v>>,
) -> Result<FileEdit, EditError> {
    let ascii_only = file.encoding == TextEncoding::OtherAsciiCompatible;
    let mut patched = Vec::with_capacity(bytes.len() + 128);
    let mut edits = Vec::new();
    let mut notes = Vec::new();
    let mut copied_up_to = 0;
    for constant in constants {
        // Assigned at run time (`const SDKAPPID = sdkAppId;`): not a literal of ours.
        if constant.state == ValueState::SetAtRunTime {
            notes.push(PlanNote {
                kind: NoteKind::SetAtRunTime,
                rel_path: Some(file.rel_path.clone()),
                line: Some(constant.line),
                message: Message::new(PatchCode::NoteSetAtRunTime)
                    .with("name", constant.name.as_str())
                    .with("path", file.rel_path.as_path())
                    .with("line", constant.line),
            });
            continue;
        }
        let Some(value) = choose(constant, &mut notes) else {
            continue;
        };
        if let Value::Number(n) = &value {
            check_range(file, constant, bytes, *n)?;
        }
        let old = &bytes[constant.value_span.clone()];
        let new = render(
            file.language,
            constant.style,
            constant.kind,
            value,
            ascii_only,
        )
        .map_err(|Unwritable::NonAscii| EditError::NeedsUtf8 {
            rel_path: file.rel_path.clone(),
            line: constant.line,
            kind: constant.kind,
        })?;
        if new == old {
            continue;
        }
        patched.extend_from_slice(&bytes[copied_up_to..constant.value_span.start]);
        patched.extend_from_slice(&new);
        copied_up_to = constant.value_span.end;
        edits.push(shown_edit(constant, old, &new));
    }
    patched.extend_from_slice(&bytes[copied_up_to..]);
    Ok(FileEdit {
        patched,
        edits,
        notes,
    })
}

/// The largest value a 32-bit signed `int` holds (Java, Objective-C/C, C#, `Int32`).
pub const INT32_MAX: u32 = 2_147_483_647;

/// Refuses a number the declaration's type cannot hold: `int` is 32 bits and signed in Java,
/// Objective-C and C# (javac refuses a larger literal, Objective-C wraps it to a negative number).
fn check_range(
    file: &DemoFile,
    constant: &Constant,
    bytes: &[u8],
    value: u32,
) -> Result<(), EditError> {
    if value <= INT32_MAX {
        return Ok(());
    }
    let line_start = bytes[..constant.value_span.start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let declaration = String::from_utf8_lossy(&bytes[line_start..constant.value_span.start]);
    let words: Vec<&str> = declaration
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    let int32 = ["int", "Int32", "int32_t", "jint", "Integer", "SInt32"];
    let Some(declared) = words.iter().find(|w| int32.contains(w)) else {
        return Ok(());
    };
    Err(EditError::OutOfRange {
        rel_path: file.rel_path.clone(),
        line: constant.line,
        name: constant.name.clone(),
        declared: (*declared).to_owned(),
        value,
    })
}

/// The file's constants as the given bytes have them, checked against the scan.
fn current_constants(file: &DemoFile, bytes: &[u8]) -> Result<Vec<Constant>, EditError> {
    let changed = || EditError::ChangedSinceScan {
        rel_path: file.rel_path.clone(),
    };
    let fresh = match analyze_file(&file.rel_path, bytes) {
        Some(Ok(fresh)) => fresh,
        Some(Err(refused)) => {
            return Err(EditError::Refused {
                rel_path: file.rel_path.clone(),
                line: refused.line,
                reason: refused.reason,
            });
        }
        None => return Err(changed()),
    };
    let same_place = |a: &Constant, b: &Constant| {
        a.kind == b.kind && a.name == b.name && a.line == b.line && a.value_span == b.value_span
    };
    let matches = fresh.role == file.role
        && fresh.constants.len() == file.constants.len()
        && fresh
            .constants
            .iter()
            .zip(&file.constants)
            .all(|(a, b)| same_place(a, b));
    if !matches {
        return Err(changed());
    }
    let mut constants = fresh.constants;
    constants.sort_by_key(|c| c.value_span.start);
    Ok(constants)
}

/// The value a constant should have, if it is to be set; adds a note when the choice is ours.
fn wanted<'v>(
    file: &DemoFile,
    constant: &Constant,
    bytes: &[u8],
    values: &'v Values,
    notes: &mut Vec<PlanNote>,
) -> Option<Value<'v>> {
    let text = |v: &'v Option<String>| v.as_deref().map(Value::Text);
    match constant.kind {
        ConstantKind::SdkAppId => Some(Value::Number(values.sdk_app_id.get())),
        ConstantKind::SecretKey => Some(Value::Text(values.secret_key.expose())),
        ConstantKind::ExpireTime => expire_time(file, constant, bytes, values.expire, notes),
        ConstantKind::LicenseUrl => text(&values.license_url),
        ConstantKind::LicenseKey => text(&values.license_key),
        ConstantKind::PushDomain => text(&values.push_domain),
        ConstantKind::PlayDomain => text(&values.play_domain),
        ConstantKind::LiveUrlKey => text(&values.live_url_key),
        ConstantKind::MiniProgramAppId => values.app_id.as_ref().map(|a| Value::Text(a.as_str())),
        ConstantKind::TencentCloudAppId => None,
        ConstantKind::AndroidApplicationId => text(&values.android_package),
        ConstantKind::IosBundleId => values.ios_bundle_id.as_deref().map(|main| {
            match file.apps.iter().find(|a| a.line == constant.line) {
                Some(app) => Value::Owned(crate::demo::rebound_id(&file.apps, app, main)),
                None => Value::Text(main),
            }
        }),
    }
}

fn expire_time<'v>(
    file: &DemoFile,
    constant: &Constant,
    bytes: &[u8],
    given: Option<u32>,
    notes: &mut Vec<PlanNote>,
) -> Option<Value<'v>> {
    let note = |kind: NoteKind, message: Message| PlanNote {
        kind,
        rel_path: Some(file.rel_path.clone()),
        line: Some(constant.line),
        message,
    };
    let written = String::from_utf8_lossy(&bytes[constant.value_span.clone()]).into_owned();
    if let Some(seconds) = given {
        if seconds == 0 {
            notes.push(note(
                NoteKind::ExpireTimeZeroAsked,
                Message::new(PatchCode::NoteExpireZeroAsked).with("name", constant.name.as_str()),
            ));
        }
        return Some(Value::Number(seconds));
    }
    let lifetime = match constant.style {
        LiteralStyle::Number => evaluate(&written),
        _ if constant.state == ValueState::Placeholder => None,
        // A quoted number: its content.
        _ => evaluate(written.trim_matches(|c| c == '"' || c == '\'' || c == '@')),
    };
    if lifetime.is_some_and(|l| l > 0) {
        return None;
    }
    let code = if lifetime.is_some() {
        PatchCode::NoteExpireCorrectedZero
    } else {
        PatchCode::NoteExpireCorrectedNotSeconds
    };
    notes.push(note(
        NoteKind::ExpireTimeCorrected,
        Message::new(code)
            .with("name", constant.name.as_str())
            .with("written", written.as_str())
            .with("seconds", DEFAULT_EXPIRE_SECONDS),
    ));
    Some(Value::Number(DEFAULT_EXPIRE_SECONDS))
}

/// The value of a number or a product of numbers (`7 * 24 * 60 * 60`).
fn evaluate(expression: &str) -> Option<i64> {
    expression.split('*').try_fold(1i64, |product, factor| {
        product.checked_mul(factor.trim().parse::<i64>().ok()?)
    })
}

/// The edit as shown to the user: literals as written, the key never.
fn shown_edit(constant: &Constant, old: &[u8], new: &[u8]) -> Edit {
    let is_key = constant.kind == ConstantKind::SecretKey;
    let before = if is_key && constant.state == ValueState::Set {
        KEY_SHOWN_AS.to_owned()
    } else {
        String::from_utf8_lossy(old).into_owned()
    };
    let after = if is_key {
        KEY_SHOWN_AS.to_owned()
    } else {
        String::from_utf8_lossy(new).into_owned()
    };
    Edit {
        kind: constant.kind,
        name: constant.name.clone(),
        line: constant.line,
        before,
        after,
    }
}
