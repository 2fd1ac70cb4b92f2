//! How the wizard is started: the real window reads its options from the environment, tests
//! build them by hand (settings file, keychain, language, and the machine the preview sees).

use std::ffi::OsString;
use std::path::PathBuf;

use crate::gui::i18n::Lang;
use crate::gui::opener::Opener;
use crate::gui::state::{self, Step};
use crate::messages::KeychainProblem;
use crate::preview::{HostEnv, HostOs};

use super::{LANG_ENV, NO_KEYCHAIN_ENV, START_STEP_ENV};

/// How the app is started: from the environment for the real window, by hand in tests.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The settings file; `None` keeps everything in memory.
    pub settings_path: Option<PathBuf>,
    /// Whether to use the OS keychain (off in tests).
    pub use_keychain: bool,
    /// Without the keychain: start as if it had failed with this problem (tests of the notice);
    /// `None` keeps the key in memory without a word.
    pub keychain_problem: Option<KeychainProblem>,
    /// Whether to fall back to English when no font can draw Chinese (off in tests, which have
    /// only egui's bundled fonts and draw boxes on purpose).
    pub check_cjk_font: bool,
    /// Start on this step instead of the saved one.
    pub start_step: Option<Step>,
    /// Start in this language instead of the saved or system one.
    pub language: Option<Lang>,
    /// The machine the preview looks at (DevTools' install places, its data folder, `PATH`).
    pub preview_host: HostEnv,
    /// Extra environment variables for the programs the preview runs (tests steer a fake
    /// DevTools with them; the real window passes none and they inherit its environment).
    pub preview_env: Vec<(OsString, OsString)>,
    /// Where the preview's QR and info files go; a new temporary folder per run when `None`.
    pub preview_work_dir: Option<PathBuf>,
    /// How links and folders are opened (tests: a desktop without a browser).
    pub opener: Opener,
    /// Whether native file dialogs can be shown (tests: a desktop without one).
    pub native_dialogs: bool,
    /// The IM REST API's scheme and host (tests: a stand-in on 127.0.0.1); `None`: the
    /// region's, or `MLVB_SETUP_IM_ENDPOINT`.
    pub im_endpoint: Option<String>,
    /// How long a download's server may stay silent; `None`: as the environment says (30 s).
    pub download_stall: Option<std::time::Duration>,
}

impl AppOptions {
    /// The options of the real window: settings in the config folder, the OS keychain, and the
    /// `MLVB_SETUP_*` overrides.
    #[must_use]
    pub fn from_env() -> Self {
        let env = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
        Self {
            settings_path: state::settings_path(),
            use_keychain: env(NO_KEYCHAIN_ENV).is_none_or(|v| v == "0"),
            keychain_problem: None,
            check_cjk_font: true,
            start_step: env(START_STEP_ENV).and_then(|s| Step::from_name(&s)),
            language: env(LANG_ENV).map(|tag| Lang::from_locale_tag(&tag)),
            preview_host: HostEnv::current(),
            preview_env: Vec::new(),
            preview_work_dir: state::config_dir().map(|dir| dir.join("preview")),
            opener: Opener::System,
            native_dialogs: true,
            im_endpoint: None,
            download_stall: None,
        }
    }

    /// Options for tests: settings in `settings_path`, no keychain, no font check, a machine with
    /// nothing set for the preview (no DevTools found, no home folder), and a desktop with no
    /// browser, file manager or file dialog.
    #[must_use]
    pub fn for_tests(settings_path: Option<PathBuf>) -> Self {
        Self {
            settings_path,
            use_keychain: false,
            keychain_problem: None,
            check_cjk_font: false,
            start_step: None,
            language: Some(Lang::En),
            preview_host: HostEnv::empty(HostOs::current()),
            preview_env: Vec::new(),
            preview_work_dir: None,
            opener: Opener::Unavailable,
            native_dialogs: false,
            // Never Tencent's real server from a test: an unroutable address unless a test
            // starts a stand-in.
            im_endpoint: Some("http://127.0.0.1:9".to_owned()),
            download_stall: Some(std::time::Duration::from_secs(2)),
        }
    }
}
