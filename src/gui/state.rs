//! The one small thing the wizard remembers between runs, and the JSON file it lives in.
//!
//! The file holds where the user is, which steps are ticked and the values typed so far — never
//! the secret key, which only goes to the OS keychain ([`super::secrets`]).

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::i18n::Lang;
use crate::demo::Platform;
use crate::setup::Field;

/// Environment variable naming the folder the settings file goes into (tests, portable use).
pub const CONFIG_DIR_ENV: &str = "MLVB_SETUP_CONFIG_DIR";

/// The settings file's name inside the config folder.
pub const SETTINGS_FILE_NAME: &str = "settings.json";

/// One page of the wizard, in the order of the guide.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Accounts, the mini program, its AppID.
    BeforeYouStart,
    /// The service category table.
    ServiceCategory,
    /// Switching on `<live-pusher>` / `<live-player>`.
    LiveComponents,
    /// LVB, IM, the IM app: SDKAppID and key.
    CloudServices,
    /// Choosing the downloaded demo.
    DemoSource,
    /// Scan, diff, apply, undo.
    FillInKeys,
    /// WeChat DevTools and the phone.
    BuildAndPreview,
    /// Request domains and release.
    Publish,
    /// What is ready and what is left, per platform, with the next steps.
    Ready,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Self; 9] = [
        Self::BeforeYouStart,
        Self::ServiceCategory,
        Self::LiveComponents,
        Self::CloudServices,
        Self::DemoSource,
        Self::FillInKeys,
        Self::BuildAndPreview,
        Self::Publish,
        Self::Ready,
    ];

    /// 0-based position in [`Step::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    #[must_use]
    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    #[must_use]
    pub fn previous(self) -> Option<Self> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i).copied())
    }

    /// The locale key of the step's title.
    #[must_use]
    pub fn title_key(self) -> &'static str {
        match self {
            Self::BeforeYouStart => "step-before",
            Self::ServiceCategory => "step-category",
            Self::LiveComponents => "step-components",
            Self::CloudServices => "step-cloud",
            Self::DemoSource => "step-demo",
            Self::FillInKeys => "step-keys",
            Self::BuildAndPreview => "step-build",
            Self::Publish => "step-publish",
            Self::Ready => "step-ready",
        }
    }

    /// Parses a step by its kebab-case name or 1-based number (for `MLVB_SETUP_START_STEP`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        if let Ok(n) = name.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| Self::ALL.get(i).copied());
        }
        serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
    }
}

/// Which way the "Build and preview" step asks WeChat for the preview QR.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PreviewRoute {
    /// WeChat DevTools' command line (the usual way).
    #[default]
    #[serde(rename = "devtools")]
    DevTools,
    /// The `miniprogram-ci` npm package with a code-upload key (no DevTools needed).
    MiniprogramCi,
}

/// The window's colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Light or dark as the system is set (and as it changes).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The same choice as egui takes it.
    #[must_use]
    pub fn preference(self) -> eframe::egui::ThemePreference {
        match self {
            Self::System => eframe::egui::ThemePreference::System,
            Self::Light => eframe::egui::ThemePreference::Light,
            Self::Dark => eframe::egui::ThemePreference::Dark,
        }
    }
}

/// What the wizard persists. Raw field text is kept as typed (not parsed), so that a half-typed
/// value comes back as it was. Never holds the secret key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct State {
    /// The step on screen.
    pub step: Step,
    /// The steps with nothing to type that the user said are done ("I have switched them on",
    /// domains copied or confirmed). Every other step's tick comes from what it holds.
    pub confirmed: BTreeSet<Step>,
    /// The language chosen in the window; `None` follows the system.
    pub language: Option<Lang>,
    /// Light, dark, or as the system is set.
    pub theme: Theme,
    /// The AppID field, as typed.
    pub app_id: String,
    /// The SDKAppID field, as typed.
    pub sdk_app_id: String,
    /// The picked row of the category table (its locale id, e.g. `social`).
    pub category: Option<String>,
    /// The demo folder or `.zip` field, as typed.
    pub demo_path: String,
    /// Where a `.zip` demo is unpacked.
    pub unpack_dest: String,
    /// The UserSig tool's UserID field.
    pub usersig_user_id: String,
    /// DevTools' command line as typed; empty searches the usual places.
    pub devtools_cli: String,
    /// How the preview QR is obtained.
    pub preview_route: PreviewRoute,
    /// The code-upload key file for the `miniprogram-ci` route, as typed; empty looks for
    /// `private.<AppID>.key` in the demo.
    pub ci_key_path: String,
    /// The Android/iOS values as typed (licence, domains, live URL key, package and bundle ID),
    /// by field: empty is not given.
    pub live: LiveFields,
    /// The platforms the user unticked on "Fill in the keys" (their files are not written).
    pub platforms_off: BTreeSet<Platform>,
    /// The IM app's admin account the online check signs for.
    pub im_admin: String,
    /// Where the IM app lives (`cn`, `sgp`, …), for the online check.
    pub im_region: String,
    /// A mirror of the demo's archive to download from; empty: GitHub.
    pub download_url: String,
    /// The folder a downloaded demo becomes; empty: `MLVBSDK-master` in the home folder.
    pub download_into: String,
}

/// The optional values of the Android and iOS demos, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LiveFields {
    /// The licence URL.
    pub license_url: String,
    /// The licence key.
    pub license_key: String,
    /// The push domain.
    pub push_domain: String,
    /// The play domain.
    pub play_domain: String,
    /// The live URL (push authentication) key.
    pub live_url_key: String,
    /// The Android package name the licence was issued for.
    pub android_package: String,
    /// The iOS bundle ID the licence was issued for.
    pub ios_bundle_id: String,
}

impl LiveFields {
    /// The text typed for `field` (one of [`crate::setup::OPTIONAL_TEXTS`]).
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::LicenseUrl => &mut self.license_url,
            Field::LicenseKey => &mut self.license_key,
            Field::PushDomain => &mut self.push_domain,
            Field::PlayDomain => &mut self.play_domain,
            Field::LiveUrlKey => &mut self.live_url_key,
            Field::AndroidPackage => &mut self.android_package,
            Field::IosBundleId => &mut self.ios_bundle_id,
            _ => return None,
        })
    }
}

impl Default for State {
    fn default() -> Self {
        Self {
            step: Step::BeforeYouStart,
            confirmed: BTreeSet::new(),
            language: None,
            theme: Theme::System,
            app_id: String::new(),
            sdk_app_id: String::new(),
            category: None,
            demo_path: String::new(),
            unpack_dest: String::new(),
            usersig_user_id: "demo_user".to_owned(),
            devtools_cli: String::new(),
            preview_route: PreviewRoute::DevTools,
            ci_key_path: String::new(),
            live: LiveFields::default(),
            platforms_off: BTreeSet::new(),
            im_admin: crate::online::DEFAULT_ADMIN.to_owned(),
            im_region: "cn".to_owned(),
            download_url: String::new(),
            download_into: String::new(),
        }
    }
}

impl State {
    /// The fields as the setup core takes them.
    #[must_use]
    pub fn raw_values(&self) -> crate::setup::RawValues {
        let given = |text: &str| (!text.trim().is_empty()).then(|| text.to_owned());
        let live = &self.live;
        crate::setup::RawValues {
            app_id: self.app_id.clone(),
            sdk_app_id: self.sdk_app_id.clone(),
            expire: None,
            license_url: given(&live.license_url),
            license_key: given(&live.license_key),
            push_domain: given(&live.push_domain),
            play_domain: given(&live.play_domain),
            live_url_key: given(&live.live_url_key),
            android_package: given(&live.android_package),
            ios_bundle_id: given(&live.ios_bundle_id),
        }
    }
}

/// The folder the settings file goes into: `$MLVB_SETUP_CONFIG_DIR` when set, else the
/// platform's config folder (`$XDG_CONFIG_HOME` or `~/.config` on Linux, `~/Library/Application
/// Support` on macOS, `%APPDATA%` on Windows) with `mlvb-setup` appended.
#[must_use]
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let env_dir = |name| {
        std::env::var_os(name)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        env_dir("APPDATA")
    } else if cfg!(target_os = "macos") {
        env_dir("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env_dir("XDG_CONFIG_HOME").or_else(|| env_dir("HOME").map(|h| h.join(".config")))
    }?;
    Some(base.join("mlvb-setup"))
}

/// Where the settings file is, if there is a config folder at all.
#[must_use]
pub fn settings_path() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join(SETTINGS_FILE_NAME))
}

/// Reads the settings file; a missing or unreadable file gives the defaults (a first run).
#[must_use]
pub fn load(path: &Path) -> State {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the settings file atomically: a temporary file in the same folder, then a rename.
pub fn save(path: &Path, state: &State) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let json = serde_json::to_string_pretty(state).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!(".{SETTINGS_FILE_NAME}.tmp"));
    {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(json.as_bytes())?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_in_order() {
        assert_eq!(Step::BeforeYouStart.previous(), None);
        assert_eq!(Step::BeforeYouStart.next(), Some(Step::ServiceCategory));
        assert_eq!(Step::Publish.next(), Some(Step::Ready));
        assert_eq!(Step::Ready.next(), None);
        assert_eq!(Step::from_name("fill-in-keys"), Some(Step::FillInKeys));
        assert_eq!(Step::from_name("8"), Some(Step::Publish));
        assert_eq!(Step::from_name("9"), Some(Step::Ready));
        assert_eq!(Step::from_name("10"), None);
    }

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join(SETTINGS_FILE_NAME);
        assert_eq!(load(&path), State::default());
        let mut state = State {
            app_id: "wx0123456789abcdef".into(),
            step: Step::DemoSource,
            ..State::default()
        };
        state.confirmed.insert(Step::LiveComponents);
        save(&path, &state).unwrap();
        assert_eq!(load(&path), state);
    }
}
