//! A snapshot of what the preview code reads from the machine: the operating system and a few
//! environment variables. Tests build one by hand; the fronts call [`HostEnv::current`].

use std::ffi::OsString;
use std::path::PathBuf;

/// The operating system, which decides where DevTools is installed and keeps its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HostOs {
    /// macOS: `/Applications/wechatwebdevtools.app`.
    MacOs,
    /// Windows: `cli.bat` in the install folder.
    Windows,
    /// Linux and other Unix systems: community builds only.
    Linux,
}

impl HostOs {
    /// The system this program runs on.
    #[must_use]
    pub fn current() -> Self {
        if cfg!(target_os = "macos") {
            Self::MacOs
        } else if cfg!(windows) {
            Self::Windows
        } else {
            Self::Linux
        }
    }
}

/// The environment the preview code looks at. Every field is optional so that a test can describe
/// exactly the machine it wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEnv {
    /// Which system's install locations and data folders apply.
    pub os: HostOs,
    /// `WX_DEVTOOLS_CLI`: a path to DevTools' command line set by the user.
    pub wx_devtools_cli: Option<OsString>,
    /// `PATH`.
    pub path: Option<OsString>,
    /// `HOME` (Unix) or `USERPROFILE` (Windows).
    pub home: Option<PathBuf>,
    /// `LOCALAPPDATA` (Windows).
    pub local_app_data: Option<PathBuf>,
    /// `ProgramFiles` (Windows).
    pub program_files: Option<PathBuf>,
    /// `ProgramFiles(x86)` (Windows).
    pub program_files_x86: Option<PathBuf>,
    /// `XDG_CONFIG_HOME` (Linux).
    pub xdg_config_home: Option<PathBuf>,
}

/// The environment variable that names DevTools' command line.
pub const WX_DEVTOOLS_CLI_VAR: &str = "WX_DEVTOOLS_CLI";

impl HostEnv {
    /// The real environment of this process.
    #[must_use]
    pub fn current() -> Self {
        let os = HostOs::current();
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let home_var = if os == HostOs::Windows {
            "USERPROFILE"
        } else {
            "HOME"
        };
        Self {
            os,
            wx_devtools_cli: var(WX_DEVTOOLS_CLI_VAR),
            path: var("PATH"),
            home: var(home_var).map(PathBuf::from),
            local_app_data: var("LOCALAPPDATA").map(PathBuf::from),
            program_files: var("ProgramFiles").map(PathBuf::from),
            program_files_x86: var("ProgramFiles(x86)").map(PathBuf::from),
            xdg_config_home: var("XDG_CONFIG_HOME").map(PathBuf::from),
        }
    }

    /// An environment with nothing set, for tests to fill in.
    #[must_use]
    pub fn empty(os: HostOs) -> Self {
        Self {
            os,
            wx_devtools_cli: None,
            path: None,
            home: None,
            local_app_data: None,
            program_files: None,
            program_files_x86: None,
            xdg_config_home: None,
        }
    }

    /// The folders of `PATH`, in order.
    #[must_use]
    pub fn path_dirs(&self) -> Vec<PathBuf> {
        self.path
            .as_ref()
            .map(|p| std::env::split_paths(p).collect())
            .unwrap_or_default()
    }

    /// The first file named `names[0]` in a `PATH` folder, else the first named `names[1]`, …
    /// (the most specific name wins over an earlier folder).
    #[must_use]
    pub fn find_on_path(&self, names: &[&str]) -> Option<PathBuf> {
        let dirs = self.path_dirs();
        names.iter().find_map(|name| {
            dirs.iter()
                .map(|dir| dir.join(name))
                .find(|candidate| candidate.is_file())
        })
    }
}
