//! Shared test setup: a demo folder, the fake DevTools command line and the QR images it hands out.

// Test helpers: a panic here is the test failure report, and not every test uses every helper.
#![allow(dead_code, clippy::unwrap_used)]

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use mlvb_setup::preview::qr::{self, ModuleGrid};
use tempfile::TempDir;

/// The AppID written into the demo.
pub const APP_ID: &str = "wx0123456789abcdef";
/// What the fake preview QR encodes.
pub const PREVIEW_CONTENT: &str = "https://mp.weixin.qq.com/a/~fake-preview-qr-for-tests";
/// What the fake login QR encodes.
pub const LOGIN_CONTENT: &str = "https://open.weixin.qq.com/connect/confirm?uuid=fake-login";

/// The fake DevTools command line for this platform.
#[must_use]
pub fn fake_cli() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devtools");
    if cfg!(windows) {
        dir.join("cli.bat")
    } else {
        let cli = dir.join("cli");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&cli).unwrap().permissions().mode();
            if mode & 0o111 == 0 {
                fs::set_permissions(&cli, fs::Permissions::from_mode(mode | 0o755)).unwrap();
            }
        }
        cli
    }
}

/// A QR code drawn as PNG bytes (6 pixels per module, 4 modules of quiet zone).
#[must_use]
pub fn qr_png(content: &str) -> Vec<u8> {
    let code = qrcode::QrCode::new(content.as_bytes()).unwrap();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let grid = ModuleGrid::new(code.width(), dark).unwrap();
    qr::encode_png(&grid.to_image(6, 4)).unwrap()
}

/// Reads the QR in PNG/JPEG bytes with rqrr, independently of the code under test.
#[must_use]
pub fn decode_with_rqrr(bytes: &[u8]) -> String {
    let image = image::load_from_memory(bytes).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width() as usize,
        image.height() as usize,
        |x, y| image.get_pixel(x as u32, y as u32).0[0],
    );
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "expected exactly one QR");
    grids[0].decode().unwrap().1
}

/// A demo download with the mini program in `WXMini/`, the fake QR images, a state folder and an
/// empty home folder (so no real DevTools files are read).
pub struct Fixture {
    /// The demo folder.
    pub demo: TempDir,
    /// State for the fake command line (pids, args.log, logged-in marker) and our work files.
    pub state: TempDir,
    /// The home folder given to the code under test.
    pub home: TempDir,
    /// The preview QR as PNG bytes.
    pub preview_png: Vec<u8>,
}

impl Fixture {
    /// A demo whose `project.config.json` has `appid` (none when `None`).
    #[must_use]
    pub fn new(app_id: Option<&str>) -> Self {
        let demo = tempfile::tempdir().unwrap();
        let wx = demo.path().join("WXMini");
        fs::create_dir_all(&wx).unwrap();
        fs::write(
            wx.join("project.config.json"),
            format!(
                "{{\n\t\"description\": \"MLVB\",\n\t\"appid\": \"{}\",\n\t\"projectname\": \"MLVB\"\n}}",
                app_id.unwrap_or("")
            ),
        )
        .unwrap();
        let state = tempfile::tempdir().unwrap();
        let preview_png = qr_png(PREVIEW_CONTENT);
        let login_png = qr_png(LOGIN_CONTENT);
        let b64 = base64::engine::general_purpose::STANDARD;
        fs::write(state.path().join("preview.png"), &preview_png).unwrap();
        fs::write(state.path().join("preview.b64"), b64.encode(&preview_png)).unwrap();
        fs::write(state.path().join("login.png"), &login_png).unwrap();
        fs::write(state.path().join("login.b64"), b64.encode(&login_png)).unwrap();
        Self {
            demo,
            state,
            home: tempfile::tempdir().unwrap(),
            preview_png,
        }
    }

    /// The environment that steers the fake command line into `mode`.
    #[must_use]
    pub fn env(&self, mode: &str) -> Vec<(OsString, OsString)> {
        let s = self.state.path();
        let mut env: Vec<(OsString, OsString)> = vec![
            ("FAKE_DEVTOOLS_MODE".into(), mode.into()),
            ("FAKE_DEVTOOLS_STATE".into(), s.into()),
            ("FAKE_DEVTOOLS_QR_PNG".into(), s.join("preview.png").into()),
            ("FAKE_DEVTOOLS_LOGIN_PNG".into(), s.join("login.png").into()),
        ];
        if cfg!(windows) {
            env.push(("FAKE_DEVTOOLS_QR_B64".into(), s.join("preview.b64").into()));
            env.push(("FAKE_DEVTOOLS_LOGIN_B64".into(), s.join("login.b64").into()));
        }
        env
    }

    /// Where our own working files go.
    #[must_use]
    pub fn work_dir(&self) -> PathBuf {
        self.state.path().join("work")
    }

    /// The lines the fake command line logged: `command|project|qr-format|qr-output|info-output`.
    #[must_use]
    pub fn calls(&self) -> Vec<String> {
        fs::read_to_string(self.state.path().join("args.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// A pid the fake wrote, if it did.
    #[must_use]
    pub fn pid(&self, name: &str) -> Option<i32> {
        fs::read_to_string(self.state.path().join(name))
            .ok()
            .and_then(|t| t.trim().parse().ok())
    }
}

/// Whether a process is still running (a zombie waiting for its reaper counts as gone).
#[cfg(unix)]
#[must_use]
pub fn is_running(pid: i32) -> bool {
    let alive = std::process::Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
        .success();
    if !alive {
        return false;
    }
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    !status
        .lines()
        .any(|l| l.starts_with("State:") && l.contains('Z'))
}
