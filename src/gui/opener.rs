//! Handing things to the rest of the desktop: a link to the browser, a folder to the file
//! manager. Both can fail (no browser, no file manager, a remote session), and the window then
//! shows what could not be opened with a Copy button instead of doing nothing.

use std::ffi::OsString;
use std::path::Path;

use crate::messages::{Localize, Message, WindowCode};

/// How links and folders are opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    /// The system's browser and file manager.
    System,
    /// A desktop with neither (tests of what the window says then).
    Unavailable,
}

/// Why something could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenFailed {
    /// No browser or file manager on this desktop.
    NoDesktop,
    /// The folder is not there.
    NotAFolder(std::path::PathBuf),
    /// The platform said no; its words.
    Refused(String),
}

impl Localize for OpenFailed {
    fn message(&self) -> Message {
        match self {
            Self::NoDesktop => Message::new(WindowCode::OpenNoDesktop),
            Self::NotAFolder(path) => {
                Message::new(WindowCode::OpenNotAFolder).with("path", path.display().to_string())
            }
            Self::Refused(detail) => {
                Message::new(WindowCode::OpenRefused).with("detail", detail.as_str())
            }
        }
    }
}

impl Opener {
    /// Opens `url` in the browser.
    pub fn open_url(self, url: &str) -> Result<(), OpenFailed> {
        match self {
            Self::System => webbrowser::open(url).map_err(|err| match err.kind() {
                std::io::ErrorKind::NotFound => OpenFailed::NoDesktop,
                _ => OpenFailed::Refused(err.to_string()),
            }),
            Self::Unavailable => Err(OpenFailed::NoDesktop),
        }
    }

    /// Shows `folder` in the file manager.
    pub fn open_folder(self, folder: &Path) -> Result<(), OpenFailed> {
        match self {
            Self::System => open_folder_with_system(folder),
            Self::Unavailable => Err(OpenFailed::NoDesktop),
        }
    }
}

/// The file manager's command for this OS.
fn file_manager() -> &'static str {
    if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

fn open_folder_with_system(folder: &Path) -> Result<(), OpenFailed> {
    if !folder.is_dir() {
        return Err(OpenFailed::NotAFolder(folder.to_path_buf()));
    }
    let mut command = std::process::Command::new(file_manager());
    command
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // The file manager needs nothing of ours, least of all a key given through the environment.
    command.env_remove(OsString::from(crate::credentials::SECRET_KEY_ENV));
    // Its exit status is not looked at (Explorer exits with 1 even when it opened the folder);
    // a thread only reaps it.
    match command.spawn() {
        Ok(mut child) => {
            let _ = std::thread::Builder::new()
                .name("file-manager".into())
                .spawn(move || child.wait());
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Err(OpenFailed::NoDesktop),
        Err(err) => Err(OpenFailed::Refused(format!("{}: {err}", file_manager()))),
    }
}
