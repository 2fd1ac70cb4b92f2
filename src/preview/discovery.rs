//! Finding WeChat DevTools' command line: an explicit path, then `WX_DEVTOOLS_CLI`, then the
//! default install locations, then `PATH`.

use std::path::{Path, PathBuf};

use super::host::{HostEnv, HostOs};
use super::problem::PreviewProblem;

/// The macOS command line inside the default app bundle (official docs: `<app>/Contents/MacOS/cli`).
pub const MACOS_DEFAULT_CLI: &str = "/Applications/wechatwebdevtools.app/Contents/MacOS/cli";

/// Install folder names under `Tencent\` on Windows. The first is the installer's default
/// (seen in many public scripts); the others are assumptions covering renamed and English installs.
pub const WINDOWS_INSTALL_DIRS: [&str; 3] =
    ["微信web开发者工具", "微信开发者工具", "WeChat Web DevTools"];

/// Names looked for on `PATH` on Linux and macOS, most specific first: the community Linux build
/// installs `wechat-devtools-cli`; `cli` and `wechat-devtools` are what some packages link.
pub const UNIX_PATH_NAMES: [&str; 3] = ["wechat-devtools-cli", "cli", "wechat-devtools"];

/// Names looked for on `PATH` on Windows.
pub const WINDOWS_PATH_NAMES: [&str; 3] = ["cli.bat", "cli.cmd", "cli.exe"];

/// Where the command line's path came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CliSource {
    /// `--devtools-cli` or the window's setting.
    Explicit,
    /// The `WX_DEVTOOLS_CLI` environment variable.
    EnvVar,
    /// A default install location.
    DefaultInstall,
    /// Found on `PATH`.
    Path,
}

impl CliSource {
    /// How the user knows this source.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Explicit => "--devtools-cli / the DevTools setting",
            Self::EnvVar => "the WX_DEVTOOLS_CLI environment variable",
            Self::DefaultInstall => "the default install location",
            Self::Path => "PATH",
        }
    }
}

/// DevTools' command line, found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DevToolsCli {
    /// The program to run (`cli`, `cli.bat`, `wechat-devtools-cli`).
    pub path: PathBuf,
    /// How it was found.
    pub source: CliSource,
}

/// The default install locations for `os`, in the order they are tried.
#[must_use]
pub fn default_locations(env: &HostEnv) -> Vec<PathBuf> {
    match env.os {
        HostOs::MacOs => {
            let mut paths = vec![PathBuf::from(MACOS_DEFAULT_CLI)];
            if let Some(home) = &env.home {
                paths.push(home.join("Applications/wechatwebdevtools.app/Contents/MacOS/cli"));
            }
            paths
        }
        HostOs::Windows => {
            let mut paths = Vec::new();
            for base in [&env.program_files_x86, &env.program_files]
                .into_iter()
                .flatten()
            {
                for name in WINDOWS_INSTALL_DIRS {
                    paths.push(base.join("Tencent").join(name).join("cli.bat"));
                }
            }
            if let Some(local) = &env.local_app_data {
                for name in WINDOWS_INSTALL_DIRS {
                    paths.push(local.join("Programs").join(name).join("cli.bat"));
                }
            }
            paths
        }
        HostOs::Linux => Vec::new(),
    }
}

/// Finds the command line. `explicit` is `--devtools-cli` or the window's setting. An explicit path
/// or `WX_DEVTOOLS_CLI` that points nowhere is an error, not a reason to look elsewhere: the user
/// asked for that one.
pub fn discover(explicit: Option<&Path>, env: &HostEnv) -> Result<DevToolsCli, PreviewProblem> {
    if let Some(path) = explicit {
        return existing(path, CliSource::Explicit);
    }
    if let Some(value) = &env.wx_devtools_cli {
        return existing(Path::new(value), CliSource::EnvVar);
    }
    let searched = default_locations(env);
    if let Some(path) = searched.iter().find(|p| p.is_file()) {
        return Ok(DevToolsCli {
            path: path.clone(),
            source: CliSource::DefaultInstall,
        });
    }
    let names: &[&str] = if env.os == HostOs::Windows {
        &WINDOWS_PATH_NAMES
    } else {
        &UNIX_PATH_NAMES
    };
    if let Some(path) = env.find_on_path(names) {
        return Ok(DevToolsCli {
            path,
            source: CliSource::Path,
        });
    }
    Err(PreviewProblem::DevToolsNotFound {
        searched,
        path_names: names.to_vec(),
    })
}

fn existing(path: &Path, source: CliSource) -> Result<DevToolsCli, PreviewProblem> {
    if path.is_file() {
        Ok(DevToolsCli {
            path: super::project::absolute(path),
            source,
        })
    } else {
        Err(PreviewProblem::DevToolsPathMissing {
            path: path.to_path_buf(),
            given_by: source,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn touch(path: &Path) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "").unwrap();
    }

    #[test]
    fn explicit_wins_and_a_wrong_one_is_reported_not_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let given = tmp.path().join("my-cli");
        let from_env = tmp.path().join("env-cli");
        touch(&given);
        touch(&from_env);
        let mut env = HostEnv::empty(HostOs::Linux);
        env.wx_devtools_cli = Some(from_env.clone().into_os_string());
        let found = discover(Some(&given), &env).unwrap();
        assert_eq!((found.path, found.source), (given, CliSource::Explicit));
        let found = discover(None, &env).unwrap();
        assert_eq!((found.path, found.source), (from_env, CliSource::EnvVar));
        let missing = tmp.path().join("nope");
        let err = discover(Some(&missing), &env).unwrap_err();
        assert_eq!(err.code(), "devtools-path-missing");
        assert!(err.to_string().contains("--devtools-cli"), "{err}");
        env.wx_devtools_cli = Some(missing.into_os_string());
        assert!(
            discover(None, &env)
                .unwrap_err()
                .to_string()
                .contains("WX_DEVTOOLS_CLI")
        );
    }

    #[test]
    fn windows_default_folders_include_the_chinese_name() {
        let tmp = tempfile::tempdir().unwrap();
        let mut env = HostEnv::empty(HostOs::Windows);
        env.program_files_x86 = Some(tmp.path().join("PF86"));
        env.program_files = Some(tmp.path().join("PF"));
        let cli = tmp.path().join("PF/Tencent/微信web开发者工具/cli.bat");
        touch(&cli);
        let found = discover(None, &env).unwrap();
        assert_eq!((found.path, found.source), (cli, CliSource::DefaultInstall));
        let locations = default_locations(&env);
        assert!(locations[0].ends_with("PF86/Tencent/微信web开发者工具/cli.bat"));
        assert!(
            locations
                .iter()
                .any(|p| p.to_string_lossy().contains("WeChat Web DevTools"))
        );
    }

    #[test]
    fn path_prefers_the_specific_name_and_not_found_says_where_to_get_it() {
        let tmp = tempfile::tempdir().unwrap();
        let early = tmp.path().join("early");
        let late = tmp.path().join("late");
        touch(&early.join("cli"));
        touch(&late.join("wechat-devtools-cli"));
        let mut env = HostEnv::empty(HostOs::Linux);
        env.path = Some(std::env::join_paths([&early, &late]).unwrap());
        let found = discover(None, &env).unwrap();
        assert_eq!(found.path, late.join("wechat-devtools-cli"));
        assert_eq!(found.source, CliSource::Path);
        let env = HostEnv::empty(HostOs::Linux);
        let err = discover(None, &env).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("developers.weixin.qq.com/miniprogram/dev/devtools/download.html"));
        assert!(text.contains("community build"), "{text}");
        let mac = HostEnv::empty(HostOs::MacOs);
        let PreviewProblem::DevToolsNotFound { searched, .. } = discover(None, &mac).unwrap_err()
        else {
            panic!("expected not found");
        };
        assert_eq!(searched[0], PathBuf::from(MACOS_DEFAULT_CLI));
    }
}
