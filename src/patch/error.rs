//! Why applying or restoring a patch stopped. Every message names the file (or folder) and says
//! what to do; none contains file content, so none can contain the secret key.

use std::io;
use std::path::PathBuf;

/// A failure of [`apply`](crate::patch::apply) or [`restore`](crate::patch::restore()).
///
/// Errors raised before the first write (the preflight) guarantee that nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum PatchError {
    /// The demo folder could not be scanned.
    #[error("cannot scan {}: {message}", root.display())]
    Scan {
        /// The demo folder.
        root: PathBuf,
        /// What went wrong, naming the path.
        message: String,
    },
    /// The folder holds no credential file or `project.config.json`.
    #[error("no credential files found in {}: choose the folder of the MLVBSDK download (the one holding Android/, iOS/ or WXMini/)", root.display())]
    NoCredentialFiles {
        /// The demo folder.
        root: PathBuf,
    },
    /// A file looks like a credential file but cannot be patched safely; nothing is written.
    #[error("cannot patch {}{}: {reason}; nothing was written", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Refused {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem, when there is one.
        line: Option<usize>,
        /// What is wrong and what to do.
        reason: String,
    },
    /// A value cannot be written into a file in its language or encoding; nothing is written.
    #[error("cannot patch {message}; nothing was written")]
    Edit {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the file (relative to the demo folder) and the line.
        message: String,
    },
    /// The plan changes no file.
    #[error("nothing to change in {}: every file already has these values", root.display())]
    NothingToApply {
        /// The demo folder.
        root: PathBuf,
    },
    /// A path in the plan or the backup is absolute, leaves the demo folder or is otherwise unfit.
    #[error("{} cannot be written: {reason}; nothing was changed: scan the demo folder again", path.display())]
    UnsafePath {
        /// The offending path, as given.
        path: PathBuf,
        /// Why it was refused.
        reason: String,
    },
    /// The same file appears twice in one plan.
    #[error("{} is listed twice in the plan; nothing was changed: scan the demo folder again", path.display())]
    DuplicatePath {
        /// The file.
        path: PathBuf,
    },
    /// The file's bytes differ from those read when the plan was made.
    #[error("{} changed since the plan was made: scan again; nothing was changed", path.display())]
    ChangedSincePlan {
        /// The file.
        path: PathBuf,
    },
    /// The file was deleted or moved since the plan was made.
    #[error("{} no longer exists (deleted or moved since the plan was made): scan again; nothing was changed", path.display())]
    Vanished {
        /// The file.
        path: PathBuf,
    },
    /// A symbolic link or a folder where a regular file was expected.
    #[error("{} is {what}, not a regular file: mlvb-setup only writes regular files; replace it with the file itself and try again; nothing was changed", path.display())]
    NotRegularFile {
        /// The file.
        path: PathBuf,
        /// What it is instead, e.g. "a symbolic link".
        what: &'static str,
    },
    /// The file's permissions do not let its owner write it.
    #[error("{} is read-only: make it writable (e.g. `chmod u+w`, or untick \"Read-only\" in its properties) and try again; nothing was changed", path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// No file can be created in the folder that holds a file to write.
    #[error("cannot create a file in the folder {}: {source}; check that the folder is writable and try again; nothing was changed", folder.display())]
    FolderNotWritable {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}; check that it exists and is readable, then try again", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The backup could not be written; no demo file was changed.
    #[error("cannot write the backup at {}: {source}; nothing was changed: free some disk space or check the folder's permissions and try again", path.display())]
    BackupWrite {
        /// The backup file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The new content could not be written to a temporary file; no demo file was changed.
    #[error("cannot write the new content of {}: {source}; nothing was changed: free some disk space and try again", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Replacing a file failed after other files had already been replaced.
    #[error("cannot replace {}: {source}; {}", path.display(), apply_outcome(*rolled_back, backup_dir))]
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
    #[error("nothing to restore in {}: mlvb-setup has no patch there that is not already restored", root.display())]
    NothingToRestore {
        /// The demo folder.
        root: PathBuf,
    },
    /// Files changed after the patch; restoring would throw those edits away.
    #[error(
        "{} edited after the patch: restoring would lose those edits; undo them, or restore with --force to put the original bytes back anyway; nothing was changed",
        list_paths(paths)
    )]
    EditedSincePatch {
        /// The edited files, relative to the demo folder.
        paths: Vec<PathBuf>,
    },
    /// A backup's manifest cannot be read or has an unknown version.
    #[error("the backup manifest {} cannot be used: {reason}; nothing was changed", path.display())]
    ManifestUnreadable {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A backed-up original does not match its recorded hash.
    #[error("the backed-up copy {} is damaged (its content no longer matches the manifest); nothing was changed: recover the original from version control or a fresh download of the demo", path.display())]
    BackupCorrupt {
        /// The backed-up copy.
        path: PathBuf,
    },
    /// Putting an original back failed after other files had already been put back.
    #[error("cannot put back {}: {source}; the files already put back stay restored: fix the problem and run restore again", path.display())]
    RestoreFailed {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Every file was restored, but the backup could not be marked as used.
    #[error("every file was restored, but the backup {} could not be marked as restored: {source}; running restore again is safe", path.display())]
    MarkRestored {
        /// The backup folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Another run holds the demo's lock.
    #[error("{holder} is patching or restoring {} right now: wait until it has finished and try again (nothing was changed)", root.display())]
    Locked {
        /// The demo folder.
        root: PathBuf,
        /// Who holds the lock, e.g. "another mlvb-setup (process 1234)".
        holder: String,
    },
    /// mlvb-setup's own state folder is not one it made (a link, a file).
    #[error("{} is not a folder mlvb-setup made ({reason}); it is not used: remove it if it came with a download, then try again; nothing was changed", path.display())]
    UntrustedState {
        /// The folder.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A backup that was not made for this demo folder (e.g. one that came inside a zip).
    #[error("the backup {} was not made for this demo folder (it names {made_for}): it may have come inside a downloaded archive, so it is not used; if you moved the demo folder, move it back to restore; nothing was changed", path.display())]
    ForeignBackup {
        /// The manifest.
        path: PathBuf,
        /// The folder the manifest names.
        made_for: String,
    },
    /// The file has other names (hard links); replacing it would split them.
    #[error("{} has {links} names (hard links): replacing it would leave the other names with the old content; make it a single file (e.g. copy it over itself with `cp --remove-destination`) and try again; nothing was changed", path.display())]
    HardLinked {
        /// The file.
        path: PathBuf,
        /// How many names it has.
        links: u64,
    },
}

fn apply_outcome(rolled_back: bool, backup_dir: &std::path::Path) -> String {
    if rolled_back {
        "every file was put back to its original bytes, so nothing was changed: fix the problem and try again".to_owned()
    } else {
        format!(
            "some files are patched and some are not: run `mlvb-setup restore` to put back the originals (they are saved in {})",
            backup_dir.display()
        )
    }
}

fn list_paths(paths: &[PathBuf]) -> String {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    match names.len() {
        1 => format!("{} was", names[0]),
        _ => format!("{} were", names.join(", ")),
    }
}
