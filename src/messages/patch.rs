//! Messages about planning, applying and undoing a patch: why it stopped, what the plan notes.

use super::code::message_codes;
use super::{Localize, Message, io_reason};
use crate::demo::ConstantKind;
use crate::patch::edit::EditError;
use crate::patch::{
    LockHolder, ManifestProblem, NotAFileKind, PatchError, PlanNote, UnsafePathReason,
};

message_codes! {
    /// Planning, applying and restoring.
    pub enum PatchCode {
        /// The folder could not be scanned.
        Scan = "patch-scan-failed" [path, reason],
        /// No credential file.
        NoCredentialFiles = "patch-no-credential-files" [path],
        /// A refused file blocks the patch.
        Refused = "patch-refused" [path, reason],
        /// … and others are refused too.
        RefusedMore = "patch-refused-more" [path, reason, more: num],
        /// A file changed while it was read.
        ChangedWhileReading = "patch-changed-while-reading" [],
        /// A value cannot be written into a file.
        Edit = "patch-edit-failed" [reason],
        /// Nothing to change.
        NothingToApply = "patch-nothing-to-apply" [path],
        /// A path that cannot be written.
        UnsafePath = "patch-unsafe-path" [path, reason],
        /// The same file twice.
        DuplicatePath = "patch-duplicate-path" [path],
        /// The file changed since the plan.
        ChangedSincePlan = "patch-changed-since-plan" [path],
        /// The file vanished since the plan.
        Vanished = "patch-vanished" [path],
        /// Not a regular file.
        NotRegularFile = "patch-not-regular-file" [path, what],
        /// Read-only.
        ReadOnly = "patch-read-only" [path],
        /// The folder is not writable.
        FolderNotWritable = "patch-folder-not-writable" [path, reason],
        /// A file could not be read.
        Read = "patch-read-failed" [path, reason],
        /// The backup could not be written.
        BackupWrite = "patch-backup-write-failed" [path, reason],
        /// The new content could not be written.
        Write = "patch-write-failed" [path, reason],
        /// Replacing failed; everything was put back.
        ApplyFailedRolledBack = "patch-apply-failed-rolled-back" [path, reason],
        /// Replacing failed; some files are patched.
        ApplyFailedPartly = "patch-apply-failed-partly" [path, reason, backup],
        /// Nothing to restore.
        NothingToRestore = "restore-nothing" [path],
        /// Files edited since the patch.
        EditedSincePatch = "restore-edited-since-patch" [paths, count: num],
        /// The manifest cannot be used.
        ManifestUnreadable = "restore-manifest-unreadable" [path, reason],
        /// A backed-up copy is damaged.
        BackupCorrupt = "restore-backup-corrupt" [path],
        /// Putting a file back failed.
        RestoreFailed = "restore-failed" [path, reason],
        /// Restored, but not marked.
        MarkRestored = "restore-mark-failed" [path, reason],
        /// Another run holds the lock.
        Locked = "patch-locked" [holder, path],
        /// The state folder is not ours.
        UntrustedState = "patch-untrusted-state" [path],
        /// A backup made for another folder.
        ForeignBackup = "restore-foreign-backup" [path, made_for],
        /// A file with other names.
        HardLinked = "patch-hard-linked" [path, links: num],
        /// Who holds the lock: a process.
        HolderPid = "lock-holder-pid" [pid: num],
        /// Who holds the lock: unknown.
        HolderUnknown = "lock-holder-unknown" [],
        /// Manifest: an interrupted run's record of another version.
        IntentVersion = "intent-version" [found: num],
        /// Unsafe path: empty.
        PathEmpty = "unsafe-path-empty" [],
        /// Unsafe path: not Unicode.
        PathNotUnicode = "unsafe-path-not-unicode" [],
        /// Unsafe path: inside the backup folder.
        PathInsideBackup = "unsafe-path-inside-backup" [],
        /// Unsafe path: outside the demo.
        PathOutsideDemo = "unsafe-path-outside-demo" [],
        /// Unsafe path: a link leading outside.
        PathLinkOutside = "unsafe-path-link-outside" [],
        /// Unsafe path: a folder on the way is a link.
        PathFolderIsLink = "unsafe-path-folder-is-link" [folder],
        /// Unsafe path: something on the way is not a folder.
        PathNotAFolder = "unsafe-path-not-a-folder" [folder],
        /// Edit: a number too large for its declaration.
        EditOutOfRange = "edit-out-of-range" [path, line: num, value: num, name, declared],
        /// Not a file: a link.
        KindSymlink = "not-a-file-symlink" [],
        /// Not a file: a folder.
        KindFolder = "not-a-file-folder" [],
        /// Not a file: a special file.
        KindSpecial = "not-a-file-special" [],
        /// Manifest: not JSON.
        ManifestNotJson = "manifest-not-json" [detail],
        /// Manifest: another version.
        ManifestVersion = "manifest-version" [found: num, supported: num],
        /// Edit: changed since the scan.
        EditChangedSinceScan = "edit-changed-since-scan" [path],
        /// Edit: the file is refused now.
        EditRefused = "edit-refused" [path, reason],
        /// Edit: non-ASCII into a non-UTF-8 Objective-C file.
        EditNeedsUtf8 = "edit-needs-utf8" [path, line: num, value],
        /// Note: EXPIRETIME 0 as asked.
        NoteExpireZeroAsked = "note-expire-zero-asked" [name],
        /// Note: EXPIRETIME 0 corrected.
        NoteExpireCorrectedZero = "note-expire-corrected-zero" [name, written, seconds: num],
        /// Note: EXPIRETIME not a lifetime, corrected.
        NoteExpireCorrectedNotSeconds = "note-expire-corrected-not-seconds" [name, written, seconds: num],
        /// Note: uncommitted changes.
        NoteGitUncommitted = "note-git-uncommitted" [],
        /// Note: untracked.
        NoteGitUntracked = "note-git-untracked" [],
        /// Note: a value given that no file declares.
        NoteValueNotDeclared = "note-value-not-declared" [value],
        /// Note: a licence is written, and these are the app IDs it must have been issued for.
        NoteLicenceAndroidIds = "note-licence-android-ids" [ids],
        /// Note: the same for the iOS bundle IDs.
        NoteLicenceIosIds = "note-licence-ios-ids" [ids],
        /// Note: a constant assigned at run time was not written.
        NoteSetAtRunTime = "note-set-at-run-time" [name, path, line: num],
        /// A note with its place.
        NoteAt = "note-at" [place, note],
        /// Value names.
        ValueSdkAppId = "value-sdk-app-id" [],
        /// The secret key.
        ValueSecretKey = "value-secret-key" [],
        /// EXPIRETIME.
        ValueExpireTime = "value-expire-time" [],
        /// The licence URL.
        ValueLicenseUrl = "value-license-url" [],
        /// The licence key.
        ValueLicenseKey = "value-license-key" [],
        /// The push domain.
        ValuePushDomain = "value-push-domain" [],
        /// The play domain.
        ValuePlayDomain = "value-play-domain" [],
        /// The live URL key.
        ValueLiveUrlKey = "value-live-url-key" [],
        /// The mini program's AppID.
        ValueAppId = "value-app-id" [],
        /// The Tencent Cloud APPID.
        ValueTencentCloudAppId = "value-tencent-cloud-app-id" [],
        /// An Android app's `applicationId`.
        ValueAndroidApplicationId = "value-android-application-id" [],
        /// An iOS target's bundle ID.
        ValueIosBundleId = "value-ios-bundle-id" [],
    }
}

impl Localize for ConstantKind {
    fn message(&self) -> Message {
        use PatchCode as C;
        Message::new(match self {
            Self::SdkAppId => C::ValueSdkAppId,
            Self::SecretKey => C::ValueSecretKey,
            Self::ExpireTime => C::ValueExpireTime,
            Self::LicenseUrl => C::ValueLicenseUrl,
            Self::LicenseKey => C::ValueLicenseKey,
            Self::PushDomain => C::ValuePushDomain,
            Self::PlayDomain => C::ValuePlayDomain,
            Self::LiveUrlKey => C::ValueLiveUrlKey,
            Self::MiniProgramAppId => C::ValueAppId,
            Self::TencentCloudAppId => C::ValueTencentCloudAppId,
            Self::AndroidApplicationId => C::ValueAndroidApplicationId,
            Self::IosBundleId => C::ValueIosBundleId,
        })
    }
}

impl Localize for UnsafePathReason {
    fn message(&self) -> Message {
        use PatchCode as C;
        Message::new(match self {
            Self::Empty => C::PathEmpty,
            Self::NotUnicode => C::PathNotUnicode,
            Self::InsideBackupFolder => C::PathInsideBackup,
            Self::OutsideDemo => C::PathOutsideDemo,
            Self::LinkLeadsOutside => C::PathLinkOutside,
            Self::FolderIsLink { folder } => {
                return Message::new(C::PathFolderIsLink).with("folder", folder);
            }
            Self::NotAFolder { folder } => {
                return Message::new(C::PathNotAFolder).with("folder", folder);
            }
        })
    }
}

impl Localize for NotAFileKind {
    fn message(&self) -> Message {
        use PatchCode as C;
        Message::new(match self {
            Self::SymbolicLink => C::KindSymlink,
            Self::Folder => C::KindFolder,
            Self::Special => C::KindSpecial,
        })
    }
}

impl Localize for ManifestProblem {
    fn message(&self) -> Message {
        match self {
            Self::NotJson(detail) => {
                Message::new(PatchCode::ManifestNotJson).with("detail", detail.as_str())
            }
            Self::Version { found } => Message::new(PatchCode::ManifestVersion)
                .with("found", *found)
                .with("supported", crate::patch::MANIFEST_VERSION),
            Self::IntentVersion { found } => {
                Message::new(PatchCode::IntentVersion).with("found", *found)
            }
        }
    }
}

/// `path` or `path:line`.
fn place(path: &std::path::Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    }
}

impl Localize for EditError {
    fn message(&self) -> Message {
        match self {
            Self::ChangedSinceScan { rel_path } => {
                Message::new(PatchCode::EditChangedSinceScan).with("path", rel_path)
            }
            Self::Refused {
                rel_path,
                line,
                reason,
            } => Message::new(PatchCode::EditRefused)
                .with("path", place(rel_path, *line))
                .with("reason", reason.clone()),
            Self::NeedsUtf8 {
                rel_path,
                line,
                kind,
            } => Message::new(PatchCode::EditNeedsUtf8)
                .with("path", rel_path)
                .with("line", *line)
                .with("value", kind.message()),
            Self::OutOfRange {
                rel_path,
                line,
                name,
                declared,
                value,
            } => Message::new(PatchCode::EditOutOfRange)
                .with("path", rel_path)
                .with("line", *line)
                .with("value", *value)
                .with("name", name.as_str())
                .with("declared", declared.as_str()),
        }
    }
}

impl Localize for PlanNote {
    fn message(&self) -> Message {
        let Some(path) = &self.rel_path else {
            return self.message.clone();
        };
        Message::new(PatchCode::NoteAt)
            .with("place", place(path, self.line))
            .with("note", self.message.clone())
    }
}

impl Localize for PatchError {
    fn message(&self) -> Message {
        use PatchCode as C;
        let at = |code: PatchCode, path: &std::path::Path| Message::new(code).with("path", path);
        let io = |code: PatchCode, path: &std::path::Path, source: &std::io::Error| {
            at(code, path).with("reason", io_reason(source))
        };
        match self {
            Self::Scan { root, source } => at(C::Scan, root).with("reason", source.message()),
            Self::NoCredentialFiles { root } => at(C::NoCredentialFiles, root),
            Self::Refused {
                path,
                line,
                reason,
                more,
            } => {
                let message = if *more == 0 {
                    Message::new(C::Refused)
                } else {
                    Message::new(C::RefusedMore).with("more", *more)
                };
                message
                    .with("path", place(path, *line))
                    .with("reason", reason.clone())
            }
            Self::Edit { source, .. } => Message::new(C::Edit).with("reason", source.message()),
            Self::NothingToApply { root } => at(C::NothingToApply, root),
            Self::UnsafePath { path, reason } => {
                at(C::UnsafePath, path).with("reason", reason.message())
            }
            Self::DuplicatePath { path } => at(C::DuplicatePath, path),
            Self::ChangedSincePlan { path } => at(C::ChangedSincePlan, path),
            Self::Vanished { path } => at(C::Vanished, path),
            Self::NotRegularFile { path, what } => {
                at(C::NotRegularFile, path).with("what", what.message())
            }
            Self::ReadOnly { path } => at(C::ReadOnly, path),
            Self::FolderNotWritable { folder, source } => io(C::FolderNotWritable, folder, source),
            Self::Read { path, source } => io(C::Read, path, source),
            Self::BackupWrite { path, source } => io(C::BackupWrite, path, source),
            Self::Write { path, source } => io(C::Write, path, source),
            Self::ApplyFailed {
                path,
                source,
                rolled_back: true,
                ..
            } => io(C::ApplyFailedRolledBack, path, source),
            Self::ApplyFailed {
                path,
                source,
                backup_dir,
                ..
            } => io(C::ApplyFailedPartly, path, source).with("backup", backup_dir),
            Self::NothingToRestore { root } => at(C::NothingToRestore, root),
            Self::EditedSincePatch { paths } => {
                let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                Message::new(C::EditedSincePatch)
                    .with("paths", names.join(", "))
                    .with("count", names.len())
            }
            Self::ManifestUnreadable { path, reason } => {
                at(C::ManifestUnreadable, path).with("reason", reason.message())
            }
            Self::BackupCorrupt { path } => at(C::BackupCorrupt, path),
            Self::RestoreFailed { path, source } => io(C::RestoreFailed, path, source),
            Self::MarkRestored { path, source } => io(C::MarkRestored, path, source),
            Self::Locked { root, holder } => at(C::Locked, root).with("holder", holder.message()),
            Self::UntrustedState { path } => at(C::UntrustedState, path),
            Self::ForeignBackup { path, made_for } => {
                at(C::ForeignBackup, path).with("made_for", made_for.as_str())
            }
            Self::HardLinked { path, links } => at(C::HardLinked, path).with("links", *links),
        }
    }
}

impl Localize for LockHolder {
    fn message(&self) -> Message {
        match self.pid {
            Some(pid) => Message::new(PatchCode::HolderPid).with("pid", pid),
            None => Message::new(PatchCode::HolderUnknown),
        }
    }
}
