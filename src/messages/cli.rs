//! The command line's own sentences: reports of `scan`, `patch` and `restore`, and its errors.

use super::code::message_codes;

message_codes! {
    /// What the command line prints around the core's results.
    pub enum CliCode {
        /// A flag's value was refused.
        FlagInvalid = "cli-flag-invalid" [flag, reason],
        /// The window could not be opened.
        WindowFailed = "cli-window-failed" [reason],
        /// This build has no window.
        WindowNotBuilt = "cli-window-not-built" [],
        /// An error line.
        Error = "cli-error" [text],
        /// A warning about a value.
        Warning = "cli-warning" [text],
        /// A note of the plan.
        Note = "cli-note" [text],
        /// `scan`: the folder scanned.
        Scanned = "cli-scanned" [path],
        /// `scan`: nothing found.
        NoCredentialFiles = "cli-no-credential-files" [path],
        /// `scan`: the refused files follow.
        RefusedHeading = "cli-refused-heading" [],
        /// Role: credentials.
        RoleCredentials = "cli-role-credentials" [],
        /// Role: the mini program's project file.
        RoleProjectConfig = "cli-role-project-config" [],
        /// Role: the signing algorithm.
        RoleSigning = "cli-role-signing" [],
        /// Role: sets the licence in code.
        RoleLicenceCall = "cli-role-licence-call" [],
        /// Role: a build file declaring app IDs.
        RoleAppProject = "cli-role-app-project" [],
        /// State: assigned at run time.
        StateSetAtRunTime = "cli-state-set-at-run-time" [],
        /// State: the key is set.
        StateKeySet = "cli-state-key-set" [],
        /// State: the key is not set.
        StateKeyNotSet = "cli-state-key-not-set" [],
        /// State: EXPIRETIME 0.
        StateExpireZero = "cli-state-expire-zero" [seconds: num],
        /// State: the Tencent Cloud APPID.
        StateTencentCloudAppId = "cli-state-tencent-cloud-app-id" [value],
        /// State: empty.
        StateEmpty = "cli-state-empty" [],
        /// State: a placeholder.
        StatePlaceholder = "cli-state-placeholder" [],
        /// State: set, value not shown.
        StateSet = "cli-state-set" [],
        /// State: set to a value.
        StateSetTo = "cli-state-set-to" [value],
        /// `patch`: nothing to do.
        NothingToDo = "cli-nothing-to-do" [count: num, path],
        /// `patch --dry-run`: the summary.
        DryRun = "cli-dry-run" [count: num],
        /// `patch`: one file written.
        Patched = "cli-patched" [path],
        /// `patch`: the summary.
        PatchDone = "cli-patch-done" [count: num, backup, path],
        /// `restore`: one file put back.
        Restored = "cli-restored" [path],
        /// `restore`: one file already original.
        AlreadyOriginal = "cli-already-original" [path],
        /// `restore`: the summary.
        RestoreDone = "cli-restore-done" [backup],
        /// The key cannot be read from where it was asked for.
        KeyUnreadable = "cli-key-unreadable" [origin, reason],
        /// More than a key could ever be.
        KeyTooLarge = "cli-key-too-large" [origin, kib: num],
        /// A key file that is a pipe, a device or a folder.
        KeyNotRegular = "cli-key-not-regular" [origin],
        /// A key that is not UTF-8.
        KeyNotUtf8 = "cli-key-not-utf8" [origin],
        /// Invisible characters removed from the key.
        KeyInvisibleRemoved = "cli-key-invisible-removed" [count: num, origin],
        /// An interrupted patch was rolled back.
        RecoveredPatch = "cli-recovered-patch" [files: num, temps: num],
        /// An interrupted restore was finished.
        RecoveredRestore = "cli-recovered-restore" [files: num, temps: num],
        /// A file edited since an interrupted run, left alone.
        RecoveryLeftAlone = "cli-recovery-left-alone" [path],
        /// Waiting for the demo's lock.
        LockWaiting = "cli-lock-waiting" [holder, path, seconds: num],
        /// `restore` on something that is not a folder.
        RestoreNotAFolder = "cli-restore-not-a-folder" [path],
        /// Earlier patches can still be undone.
        RestoreRemaining = "cli-restore-remaining" [count: num],
        /// Standard output could not be written.
        StdoutFailed = "cli-stdout-failed" [reason],
        /// The key file is not UTF-8.
        KeyFileNotUtf8 = "cli-key-file-not-utf8" [path],
        /// The key variable is not Unicode.
        KeyEnvNotUnicode = "cli-key-env-not-unicode" [name],
        /// No key given.
        NoKeyGiven = "cli-no-key-given" [name],
        /// The key was refused.
        KeyRefused = "cli-key-refused" [reason, origin],
        /// Where the key came from: a file.
        KeyFromFile = "cli-key-from-file" [path],
        /// … standard input.
        KeyFromStdin = "cli-key-from-stdin" [],
        /// … the environment.
        KeyFromEnv = "cli-key-from-env" [name],
        /// A flag that takes whole seconds.
        NotSeconds = "cli-not-seconds" [flag, got],
        /// Not a readable UserSig.
        NotAUserSig = "cli-not-a-usersig" [reason],
        /// `--userid` empty.
        UserIdEmpty = "cli-userid-empty" [],
        /// `--expire` not positive.
        ExpireNotPositive = "cli-expire-not-positive" [got: num],
        /// `--userbuf-base64` not base64.
        UserbufNotBase64 = "cli-userbuf-not-base64" [detail],
        /// `verify`: valid.
        SigValid = "cli-sig-valid" [userid, sdkappid: num, expires, relative],
        /// `verify`: invalid.
        SigInvalid = "cli-sig-invalid" [code: num, cause],
        /// `decode` labels.
        DecodeVersion = "cli-decode-version" [],
        /// …
        DecodeUserId = "cli-decode-userid" [],
        /// …
        DecodeSdkAppId = "cli-decode-sdkappid" [],
        /// …
        DecodeIssued = "cli-decode-issued" [],
        /// …
        DecodeLifetime = "cli-decode-lifetime" [],
        /// …
        DecodeExpires = "cli-decode-expires" [],
        /// …
        DecodeUserbuf = "cli-decode-userbuf" [],
        /// …
        DecodePrivateMapKey = "cli-decode-private-map-key" [],
        /// …
        DecodeSignature = "cli-decode-signature" [],
        /// A count of bytes.
        Bytes = "cli-bytes" [count: num],
        /// A PrivateMapKey's contents.
        PrivateMapKey = "cli-private-map-key" [room, userid, privileges, map: num, until],
        /// No privilege.
        PrivilegesNone = "cli-privileges-none" [],
        /// Days, for "in … / … ago".
        Days = "cli-days" [count: num],
        /// Hours.
        Hours = "cli-hours" [count: num],
        /// Minutes.
        Minutes = "cli-minutes" [count: num],
        /// Seconds.
        Seconds = "cli-seconds" [count: num],
        /// In the future.
        InFuture = "cli-in-future" [span],
        /// In the past.
        InPast = "cli-in-past" [span],
    }
}
