//! Why applying or restoring a patch stopped. Every message (see [`crate::messages`]) names the
//! file (or folder) and says what to do; none contains file content, so none can contain the key.

use std::io;
use std::path::PathBuf;

/// A failure of [`apply`](crate::patch::apply) or [`restore`](crate::patch::restore()).
///
/// Errors raised before the first write (the preflight) guarantee that nothing was written.
#[derive(Debug)]
pub enum PatchError {
    /// The demo folder could not be scanned.
    Scan {
        /// The demo folder.
        root: PathBuf,
        /// Why the scan stopped.
        source: crate::demo::ScanError,
    },
    /// The folder holds no credential file or `project.config.json`.
    NoCredentialFiles {
        /// The demo folder.
        root: PathBuf,
    },
    /// A file looks like a credential file but cannot be patched safely; nothing is written.
    Refused {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem, when there is one.
        line: Option<usize>,
        /// What is wrong and what to do (the scan's reason).
        reason: crate::messages::Message,
        /// How many other files were refused too.
        more: usize,
    },
    /// A value cannot be written into a file in its language or encoding; nothing is written.
    Edit {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the file (relative to the demo folder) and the line.
        source: super::edit::EditError,
    },
    /// The plan changes no file.
    NothingToApply {
        /// The demo folder.
        root: PathBuf,
    },
    /// A path in the plan or the backup is absolute, leaves the demo folder or is otherwise unfit.
    UnsafePath {
        /// The offending path, as given.
        path: PathBuf,
        /// Why it was refused.
        reason: UnsafePathReason,
    },
    /// The same file appears twice in one plan.
    DuplicatePath {
        /// The file.
        path: PathBuf,
    },
    /// The file's bytes differ from those read when the plan was made.
    ChangedSincePlan {
        /// The file.
        path: PathBuf,
    },
    /// The file was deleted or moved since the plan was made.
    Vanished {
        /// The file.
        path: PathBuf,
    },
    /// A symbolic link or a folder where a regular file was expected.
    NotRegularFile {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        what: NotAFileKind,
    },
    /// The file's permissions do not let its owner write it.
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// No file can be created in the folder that holds a file to write.
    FolderNotWritable {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A file or folder could not be read.
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The backup could not be written; no demo file was changed.
    BackupWrite {
        /// The backup file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The new content could not be written to a temporary file; no demo file was changed.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Replacing a file failed after other files had already been replaced.
    ApplyFailed {
        /// The file that could not be replaced.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
        /// Whether every file already replaced was put back to its original bytes.
        rolled_back: bool,
        /// The backup holding every original.
        backup_dir: PathBuf,
    },
    /// No patch is waiting to be undone: none was made, or the last one was already restored.
    NothingToRestore {
        /// The demo folder.
        root: PathBuf,
    },
    /// Files changed after the patch; restoring would throw those edits away.
    EditedSincePatch {
        /// The edited files, relative to the demo folder.
        paths: Vec<PathBuf>,
    },
    /// A backup's manifest cannot be read or has an unknown version.
    ManifestUnreadable {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong with it.
        reason: ManifestProblem,
    },
    /// A backed-up original does not match its recorded hash.
    BackupCorrupt {
        /// The backed-up copy.
        path: PathBuf,
    },
    /// Putting an original back failed after other files had already been put back.
    RestoreFailed {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Every file was restored, but the backup could not be marked as used.
    MarkRestored {
        /// The backup folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Another run holds the demo's lock.
    Locked {
        /// The demo folder.
        root: PathBuf,
        /// Who holds the lock.
        holder: LockHolder,
    },
    /// mlvb-setup's own state folder is not one it made (a link, a file).
    UntrustedState {
        /// The folder (a link or a file where mlvb-setup's folder should be).
        path: PathBuf,
    },
    /// A backup that was not made for this demo folder (e.g. one that came inside a zip).
    ForeignBackup {
        /// The manifest.
        path: PathBuf,
        /// The folder the manifest names.
        made_for: String,
    },
    /// The file has other names (hard links); replacing it would split them.
    HardLinked {
        /// The file.
        path: PathBuf,
        /// How many names it has.
        links: u64,
    },
}

impl std::fmt::Display for PatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self).english())
    }
}

impl std::error::Error for PatchError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Scan { source, .. } => Some(source),
            Self::Edit { source, .. } => Some(source),
            Self::FolderNotWritable { source, .. }
            | Self::Read { source, .. }
            | Self::BackupWrite { source, .. }
            | Self::Write { source, .. }
            | Self::ApplyFailed { source, .. }
            | Self::RestoreFailed { source, .. }
            | Self::MarkRestored { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Why a path in a plan or a backup cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsafePathReason {
    /// The path is empty.
    Empty,
    /// The path is not valid Unicode.
    NotUnicode,
    /// It points into mlvb-setup's own backup folder.
    InsideBackupFolder,
    /// It is absolute or climbs out with `..`.
    OutsideDemo,
    /// Its folder is a link that leads outside the demo folder.
    LinkLeadsOutside,
    /// A folder on its way is a symbolic link.
    FolderIsLink {
        /// That folder.
        folder: PathBuf,
    },
    /// Something on its way is not a folder.
    NotAFolder {
        /// That path.
        folder: PathBuf,
    },
}

/// What stands where a regular file was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFileKind {
    /// A symbolic link.
    SymbolicLink,
    /// A folder.
    Folder,
    /// A device, socket or pipe.
    Special,
}

/// What is wrong with a backup manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestProblem {
    /// It is not the JSON mlvb-setup writes (the parser's words).
    NotJson(String),
    /// It has another format version.
    Version {
        /// The version it has.
        found: u32,
    },
    /// The record of an interrupted run has another format version.
    IntentVersion {
        /// The version it has.
        found: u32,
    },
}

/// Who holds a demo's lock, as far as its lock file tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockHolder {
    /// The process id the holder wrote, if it could be read.
    pub pid: Option<u32>,
}
