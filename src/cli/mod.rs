//! The command line: a thin front over the core. It collects arguments, calls the core, prints
//! the result, and maps outcomes to exit codes (0 done, 1 check failed or nothing to do, 2 bad
//! usage or bad input).

#[macro_use]
pub(crate) mod output;
mod check_cmd;
mod demo_cmd;
mod doctor_cmd;
mod download_cmd;
mod preview_cmd;
mod secret;
mod usersig_cmd;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Args, Parser, Subcommand};
use mlvb_setup::messages::{CliCode, Front, Lang, Localize, Message};

/// How a command ended, beyond plain success.
#[derive(Debug)]
pub enum Failure {
    /// The check failed, or there was nothing to do: exit 1.
    CheckFailed(Message),
    /// Bad usage or bad input: exit 2. The message names the field or file.
    BadInput(Message),
    /// The command already said why (on the terminal or in its JSON): exit with this code.
    Reported(u8),
}

impl Failure {
    fn exit_code(&self) -> u8 {
        match self {
            Self::CheckFailed(_) => 1,
            Self::BadInput(_) => 2,
            Self::Reported(code) => *code,
        }
    }

    /// Bad input in a flag's value: "--flag: why".
    pub fn flag(flag: &str, why: &impl Localize) -> Self {
        Self::BadInput(
            Message::new(CliCode::FlagInvalid)
                .with("flag", flag)
                .with("reason", why.message()),
        )
    }
}

/// The language the command line speaks: `--lang`, else the system's.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run's output.
pub fn lang() -> Lang {
    *LANG.get_or_init(Lang::from_system)
}

/// A message in this run's language, worded for the terminal.
pub fn say(message: &impl Localize) -> String {
    message.render(lang(), Front::Cli)
}

/// What a command returns: `Ok` for exit 0.
pub type CmdResult = Result<(), Failure>;

#[derive(Debug, Parser)]
#[command(
    name = "mlvb-setup",
    version,
    about = "Set up Tencent Cloud's MLVB live-streaming demos: check credentials, fill in every GenerateTestUserSig file, and undo it byte for byte.",
    after_help = "The secret key is never a flag value: give it with --secret-key-file FILE, --secret-key-stdin, or the MLVB_SECRET_KEY environment variable."
)]
struct Cli {
    /// The language of the output: en or zh-CN (default: the system's, from LC_ALL, LC_MESSAGES
    /// or LANG).
    #[arg(long, global = true, value_name = "en|zh-CN")]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Open the desktop wizard.
    Gui,
    /// List the demo's credential files and the state of each value.
    Scan {
        /// The demo folder or the downloaded .zip.
        path: PathBuf,
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the SDKAppID, the secret key and the other values into every credential file.
    Patch(PatchArgs),
    /// Put back the exact original bytes of every file the last patch changed.
    Restore {
        /// The demo folder that was patched.
        dir: PathBuf,
        /// Restore files even if they were edited after the patch (those edits are lost).
        #[arg(long)]
        force: bool,
        /// Undo every patch, back to the files as they were before the first one.
        #[arg(long)]
        all: bool,
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
    },
    /// Generate, verify or decode a UserSig.
    #[command(subcommand)]
    Usersig(UsersigCommand),
    /// Get the WeChat preview QR of the mini-program demo and print it in the terminal.
    Preview(preview_cmd::PreviewArgs),
    /// Check the SDKAppID and secret key: their form offline, or with Tencent Cloud (--online).
    Check(check_cmd::CheckArgs),
    /// List every problem still in the way before a phone sees the demo; exit 0 when none.
    Doctor {
        /// The demo folder.
        dir: PathBuf,
        /// Also ask Tencent Cloud about the SDKAppID and key in the files (and the licence URL).
        #[arg(long)]
        online: bool,
        /// Print machine-readable JSON: {"problems": [...]}.
        #[arg(long)]
        json: bool,
    },
    /// Download the MLVBSDK demo (GitHub's archive or a mirror), unpack it and scan it.
    Download(download_cmd::DownloadArgs),
}

/// Arguments of `patch`.
#[derive(Debug, Args)]
pub struct PatchArgs {
    /// The demo folder (unpack a .zip first, e.g. with the wizard).
    pub dir: PathBuf,
    /// The SDKAppID of your IM app, e.g. 1400123456.
    #[arg(long, value_name = "N")]
    pub sdkappid: String,
    /// The mini program's AppID (wx…), written into project.config.json.
    #[arg(long, value_name = "wx…")]
    pub appid: Option<String>,
    /// UserSig lifetime in seconds written to EXPIRETIME (default: keep it, or 604800 where it is 0).
    #[arg(long, value_name = "SECONDS")]
    pub expire: Option<String>,
    /// Licence URL, written where a file declares LICENSEURL / LICENCE_URL.
    #[arg(long, value_name = "U")]
    pub license_url: Option<String>,
    /// Licence key, written where a file declares LICENSEURLKEY.
    #[arg(long, value_name = "K")]
    pub license_key: Option<String>,
    /// Push domain, written where a file declares PUSH_DOMAIN.
    #[arg(long, value_name = "D")]
    pub push_domain: Option<String>,
    /// Playback domain, written where a file declares PLAY_DOMAIN.
    #[arg(long, value_name = "D")]
    pub play_domain: Option<String>,
    /// Live URL key, written where a file declares LIVE_URL_KEY (empty: push authentication off).
    #[arg(long, value_name = "K")]
    pub live_url_key: Option<String>,
    /// Only these platforms' files: a comma-separated list of wxmini, android, ios (default:
    /// every platform found).
    #[arg(long, value_name = "LIST")]
    pub platform: Option<String>,
    /// The Android package name your licence was issued for, written to the apps' applicationId.
    #[arg(long, value_name = "P")]
    pub android_package: Option<String>,
    /// The iOS bundle ID your licence was issued for, written to the app targets'
    /// PRODUCT_BUNDLE_IDENTIFIER (an extension keeps its suffix).
    #[arg(long, value_name = "B")]
    pub ios_bundle_id: Option<String>,
    /// Show the planned change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print machine-readable JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub key: secret::SecretKeySource,
}

#[derive(Debug, Subcommand)]
enum UsersigCommand {
    /// Sign a UserSig with the secret key; prints the token alone.
    Gen(usersig_cmd::GenArgs),
    /// Check a UserSig as Tencent's server would; exit 0 when valid, 1 when not.
    Verify(usersig_cmd::VerifyArgs),
    /// Show what a UserSig contains (no key needed).
    Decode {
        /// The UserSig token.
        usersig: String,
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The process's arguments, with `gui` added when there are none: no subcommand opens the wizard.
pub fn arguments() -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() <= 1 {
        args.push("gui".into());
    }
    args
}

/// Shows `message` in a system message box: on Windows the window program has no console, so a
/// window that cannot open would otherwise fail without a word.
#[cfg(all(windows, feature = "gui"))]
fn show_in_a_dialog(message: &str) {
    rfd::MessageDialog::new()
        .set_title("MLVB Setup")
        .set_description(message)
        .set_level(rfd::MessageLevel::Error)
        .show();
}

/// Shows `message` in a system message box (Windows only; elsewhere stderr is enough).
#[cfg(all(not(windows), feature = "gui"))]
fn show_in_a_dialog(_message: &str) {}

/// Parses the arguments, runs the command and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let wants_json = args.iter().any(|a| a == "--json");
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help/version to stdout with exit 0, usage errors to stderr with exit 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    if let Some(lang) = cli.lang {
        let _ = LANG.set(lang);
    }
    let result = match cli.command {
        Command::Gui => open_window(),
        Command::Scan { path, json } => demo_cmd::scan(&path, json),
        Command::Patch(args) => demo_cmd::patch(&args),
        Command::Restore {
            dir,
            force,
            all,
            json,
        } => demo_cmd::restore(&dir, force, all, json),
        Command::Usersig(UsersigCommand::Gen(args)) => usersig_cmd::generate(&args),
        Command::Usersig(UsersigCommand::Verify(args)) => usersig_cmd::verify(&args),
        Command::Usersig(UsersigCommand::Decode { usersig, json }) => {
            usersig_cmd::decode(&usersig, json)
        }
        Command::Preview(args) => preview_cmd::run(&args),
        Command::Check(args) => check_cmd::run(&args),
        Command::Doctor { dir, online, json } => doctor_cmd::run(&dir, online, json),
        Command::Download(args) => download_cmd::run(&args),
    };
    // A closed pipe (`scan --json | head`) ends the output quietly; any other failure to write
    // it (a full disk) is bad: the user did not get what they asked for.
    let result = match (output::stdout_error(), result) {
        (Some(std::io::ErrorKind::BrokenPipe) | None, result) => result,
        (Some(kind), Ok(())) => Err(Failure::BadInput(Message::new(CliCode::StdoutFailed).with(
            "reason",
            mlvb_setup::messages::io_reason(&std::io::Error::from(kind)),
        ))),
        (Some(_), Err(failure)) => Err(failure),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if let Failure::CheckFailed(message) | Failure::BadInput(message) = &failure {
                if wants_json {
                    outln!("{:#}", message.to_json());
                }
                errln!("mlvb-setup: {}", say(message));
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

#[cfg(feature = "gui")]
fn open_window() -> CmdResult {
    mlvb_setup::gui::run().map_err(|err| {
        let message = Message::new(CliCode::WindowFailed)
            .with("reason", mlvb_setup::messages::raw_text(err.to_string()));
        show_in_a_dialog(&say(&message));
        Failure::BadInput(message)
    })
}

#[cfg(not(feature = "gui"))]
fn open_window() -> CmdResult {
    Err(Failure::BadInput(Message::new(CliCode::WindowNotBuilt)))
}
