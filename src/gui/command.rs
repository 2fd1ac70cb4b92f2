//! What widgets ask for. A step never performs an effect itself: it returns a [`Command`] and the
//! app loop runs all of them once per frame, after the UI pass.

use super::i18n::Lang;
use super::state::Step;

/// Why a native file dialog was opened, which decides where its answer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Pick the demo folder.
    DemoFolder,
    /// Pick the demo `.zip`.
    DemoZip,
    /// Pick the folder a `.zip` is unpacked into.
    UnpackDestination,
}

/// One effect a widget asks for.
#[must_use = "a command does nothing until the app loop runs it"]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Show this step.
    GoTo(Step),
    /// Tick the current step and show the next one.
    Next,
    /// Show the previous step.
    Back,
    /// Switch the window's language.
    SetLanguage(Lang),
    /// Put text on the clipboard and say so, naming it (domains, paths, commands).
    Copy(String),
    /// Put text on the clipboard and say so without naming it (a UserSig is a credential).
    CopyQuietly(String),
    /// Open or close the UserSig tool window.
    ToggleUserSigTool,
    /// Open a native dialog (off the UI thread).
    OpenDialog(DialogPurpose),
    /// Read the demo at the path typed in the demo field (folder or `.zip`).
    ReadDemo,
    /// Unpack the chosen `.zip` into the chosen folder, then read the copy; with a name, under
    /// that name instead of the archive's own.
    UnpackDemo(Option<String>),
    /// Download the demo (GitHub's archive, or the mirror typed) into the folder typed.
    Download,
    /// Stop the download (nothing is left behind).
    CancelDownload,
    /// Read the folder a `.zip` was unpacked into before, instead of unpacking it again.
    UseExistingFolder(std::path::PathBuf),
    /// Work out the patch for the current folder and values.
    PlanPatch,
    /// Write the planned patch.
    ApplyPatch,
    /// Undo the last patch.
    UndoPatch,
    /// Undo every patch: back to the files as they were before the first one.
    RestoreOriginal,
    /// Examine the demo for what is left ("Ready?"); `true` also asks Tencent Cloud.
    Diagnose(bool),
    /// Ask Tencent Cloud whether the SDKAppID and key belong together (on a background thread).
    CheckOnline,
    /// Save the secret key in the keychain (when one is reachable).
    StoreKey,
    /// Run the preview's offline checks again (project file, DevTools, service port).
    CheckPreview,
    /// Ask WeChat for a fresh preview QR, on a background thread.
    StartPreview,
    /// "Push to my phone": DevTools' `auto-preview`, on a background thread.
    PushPreview,
    /// Stop the running preview and everything it started.
    CancelPreview,
    /// Write the wizard's AppID into `project.config.json` (plan, then apply with a backup).
    WriteAppId,
    /// Hide the notice banner with this locale key.
    DismissNotice(&'static str),
    /// Open a link in the browser (a failure is shown with the URL and a Copy button).
    OpenUrl(String),
    /// Show a folder in the file manager.
    OpenFolder(std::path::PathBuf),
    /// Hide the "could not open" notice.
    DismissOpenFailure,
}
