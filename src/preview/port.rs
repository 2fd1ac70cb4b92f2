//! Reading whether DevTools' service port is on, from the `.ide` (port number) and `.ide-status`
//! (`On` / `Off`) files DevTools keeps in its user-data folder:
//!
//! - macOS: `~/Library/Application Support/微信开发者工具/<hash>/Default/`
//! - Windows: `%LOCALAPPDATA%\微信开发者工具\User Data\<hash>\Default\`
//!
//! `<hash>` is an MD5 of the install path (official HTTP docs), and older versions wrote
//! `…/Default/` without it (and used `微信web开发者工具`). Rather than recompute the hash, every
//! profile folder is read and the most recently written one wins. The Linux community build's
//! `~/.config/wechat-devtools/` is an assumption. When nothing can be read the state is
//! [`ServicePort::Unknown`], and the command line's own answer decides.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::host::{HostEnv, HostOs};
use crate::messages::{Message, PreviewCode};

/// The service port file (it holds the HTTP port number).
pub const PORT_FILE: &str = ".ide";
/// The service port switch file (`On` or `Off`).
pub const STATUS_FILE: &str = ".ide-status";

/// Whether DevTools' command line can drive it, as far as its files tell.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ServicePort {
    /// Switched on; `port` is the HTTP port when `.ide` holds one.
    On {
        /// The port DevTools listens on, if known.
        port: Option<u16>,
        /// The profile folder read.
        profile: PathBuf,
    },
    /// Switched off.
    Off {
        /// The `.ide-status` file that says so.
        status_file: PathBuf,
    },
    /// Not readable here (not installed, another layout, a community build).
    Unknown {
        /// Why not, for the user.
        reason: Message,
    },
}

/// The user-data roots where DevTools keeps its profiles on this system.
#[must_use]
pub fn user_data_roots(env: &HostEnv) -> Vec<PathBuf> {
    match env.os {
        HostOs::MacOs => env
            .home
            .iter()
            .flat_map(|home| {
                ["微信开发者工具", "微信web开发者工具"]
                    .map(|name| home.join("Library/Application Support").join(name))
            })
            .collect(),
        HostOs::Windows => {
            let local = env
                .local_app_data
                .clone()
                .or_else(|| env.home.as_ref().map(|h| h.join("AppData").join("Local")));
            local
                .iter()
                .flat_map(|local| {
                    ["微信开发者工具", "微信web开发者工具"]
                        .map(|name| local.join(name).join("User Data"))
                })
                .collect()
        }
        HostOs::Linux => {
            let config = env
                .xdg_config_home
                .clone()
                .or_else(|| env.home.as_ref().map(|h| h.join(".config")));
            config.iter().map(|c| c.join("wechat-devtools")).collect()
        }
    }
}

/// One profile's files.
struct Profile {
    dir: PathBuf,
    status: Option<String>,
    port: Option<u16>,
    written: SystemTime,
}

/// Reads the service port state from DevTools' files.
#[must_use]
pub fn read_service_port(env: &HostEnv) -> ServicePort {
    let roots = user_data_roots(env);
    let mut profiles: Vec<Profile> = Vec::new();
    for root in &roots {
        let mut dirs = vec![root.join("Default")];
        if let Ok(entries) = fs::read_dir(root) {
            dirs.extend(
                entries
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| e.path().join("Default")),
            );
        }
        profiles.extend(dirs.iter().filter_map(|d| read_profile(d)));
    }
    let Some(newest) = profiles.into_iter().max_by_key(|p| p.written) else {
        let looked = roots
            .iter()
            .map(|r| r.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let reason = if looked.is_empty() {
            Message::new(PreviewCode::PortNoFolderKnown)
        } else {
            Message::new(PreviewCode::PortNoFiles).with("folders", looked)
        };
        return ServicePort::Unknown { reason };
    };
    match newest.status.as_deref() {
        Some(s) if s.eq_ignore_ascii_case("off") => ServicePort::Off {
            status_file: newest.dir.join(STATUS_FILE),
        },
        Some(s) if s.eq_ignore_ascii_case("on") => ServicePort::On {
            port: newest.port,
            profile: newest.dir,
        },
        None if newest.port.is_some() => ServicePort::On {
            port: newest.port,
            profile: newest.dir,
        },
        Some(other) => ServicePort::Unknown {
            reason: Message::new(PreviewCode::PortStrangeStatus)
                .with("path", &newest.dir.join(STATUS_FILE))
                .with("value", format!("{other:?}")),
        },
        None => ServicePort::Unknown {
            reason: Message::new(PreviewCode::PortNoNumber)
                .with("path", &newest.dir.join(PORT_FILE)),
        },
    }
}

fn read_profile(dir: &Path) -> Option<Profile> {
    let status_path = dir.join(STATUS_FILE);
    let port_path = dir.join(PORT_FILE);
    let status = fs::read_to_string(&status_path)
        .ok()
        .map(|s| s.trim().to_owned());
    let port_text = fs::read_to_string(&port_path).ok();
    if status.is_none() && port_text.is_none() {
        return None;
    }
    let port = port_text.and_then(|t| t.trim().parse::<u16>().ok());
    let written = [&status_path, &port_path]
        .iter()
        .filter_map(|p| fs::metadata(p).and_then(|m| m.modified()).ok())
        .max()
        .unwrap_or(SystemTime::UNIX_EPOCH);
    Some(Profile {
        dir: dir.to_path_buf(),
        status,
        port,
        written,
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn profile(root: &Path, hash: &str, status: Option<&str>, port: Option<&str>) -> PathBuf {
        let dir = if hash.is_empty() {
            root.join("Default")
        } else {
            root.join(hash).join("Default")
        };
        fs::create_dir_all(&dir).unwrap();
        if let Some(s) = status {
            fs::write(dir.join(STATUS_FILE), s).unwrap();
        }
        if let Some(p) = port {
            fs::write(dir.join(PORT_FILE), p).unwrap();
        }
        dir
    }

    fn age(dir: &Path, seconds_ago: u64) {
        let when = SystemTime::now() - Duration::from_secs(seconds_ago);
        for name in [STATUS_FILE, PORT_FILE] {
            if let Ok(f) = fs::File::options().write(true).open(dir.join(name)) {
                f.set_modified(when).unwrap();
            }
        }
    }

    #[test]
    fn macos_hash_layout_on_and_off_newest_wins() {
        let home = tempfile::tempdir().unwrap();
        let mut env = HostEnv::empty(HostOs::MacOs);
        env.home = Some(home.path().to_path_buf());
        let root = home
            .path()
            .join("Library/Application Support/微信开发者工具");
        let old = profile(&root, "0a1b2c", Some("On"), Some("9420\n"));
        age(&old, 3600);
        assert_eq!(
            read_service_port(&env),
            ServicePort::On {
                port: Some(9420),
                profile: old.clone()
            }
        );
        let new = profile(&root, "ffeedd", Some("Off"), None);
        assert_eq!(
            read_service_port(&env),
            ServicePort::Off {
                status_file: new.join(STATUS_FILE)
            }
        );
    }

    #[test]
    fn windows_legacy_layout_and_unknown() {
        let local = tempfile::tempdir().unwrap();
        let mut env = HostEnv::empty(HostOs::Windows);
        env.local_app_data = Some(local.path().to_path_buf());
        let ServicePort::Unknown { reason } = read_service_port(&env) else {
            panic!("nothing written yet");
        };
        assert!(reason.english().contains("User Data"), "{reason}");
        let root = local.path().join("微信开发者工具/User Data");
        let dir = profile(&root, "", None, Some("31234"));
        assert_eq!(
            read_service_port(&env),
            ServicePort::On {
                port: Some(31234),
                profile: dir
            }
        );
        assert!(matches!(
            read_service_port(&HostEnv::empty(HostOs::Linux)),
            ServicePort::Unknown { .. }
        ));
    }
}
