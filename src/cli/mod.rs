//! The command line: a thin front over the core. It collects arguments, calls the core, prints
//! the result, and maps outcomes to exit codes (0 done, 1 check failed or nothing to do, 2 bad
//! usage or bad input).

mod demo_cmd;
mod output;
mod preview_cmd;
mod secret;
mod usersig_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// How a command ended, beyond plain success.
#[derive(Debug)]
pub enum Failure {
    /// The check failed, or there was nothing to do: exit 1. The message is already user-facing.
    CheckFailed(String),
    /// Bad usage or bad input: exit 2. The message names the field or file.
    BadInput(String),
}

impl Failure {
    fn exit_code(&self) -> u8 {
        match self {
            Self::CheckFailed(_) => 1,
            Self::BadInput(_) => 2,
        }
    }
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
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
    },
    /// Generate, verify or decode a UserSig.
    #[command(subcommand)]
    Usersig(UsersigCommand),
    /// Get the WeChat preview QR of the mini-program demo and print it in the terminal.
    Preview(preview_cmd::PreviewArgs),
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
    /// Live URL key, written where a file declares LIVE_URL_KEY.
    #[arg(long, value_name = "K")]
    pub live_url_key: Option<String>,
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
#[cfg(windows)]
fn show_in_a_dialog(message: &str) {
    rfd::MessageDialog::new()
        .set_title("MLVB Setup")
        .set_description(message)
        .set_level(rfd::MessageLevel::Error)
        .show();
}

/// Shows `message` in a system message box (Windows only; elsewhere stderr is enough).
#[cfg(not(windows))]
fn show_in_a_dialog(_message: &str) {}

/// Parses the arguments, runs the command and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help/version to stdout with exit 0, usage errors to stderr with exit 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Gui => mlvb_setup::gui::run().map_err(|err| {
            let message = format!("could not open the window: {err}");
            show_in_a_dialog(&message);
            Failure::BadInput(message)
        }),
        Command::Scan { path, json } => demo_cmd::scan(&path, json),
        Command::Patch(args) => demo_cmd::patch(&args),
        Command::Restore { dir, force, json } => demo_cmd::restore(&dir, force, json),
        Command::Usersig(UsersigCommand::Gen(args)) => usersig_cmd::generate(&args),
        Command::Usersig(UsersigCommand::Verify(args)) => usersig_cmd::verify(&args),
        Command::Usersig(UsersigCommand::Decode { usersig, json }) => {
            usersig_cmd::decode(&usersig, json)
        }
        Command::Preview(args) => preview_cmd::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let (Failure::CheckFailed(message) | Failure::BadInput(message)) = &failure;
            if !message.is_empty() {
                eprintln!("mlvb-setup: {message}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}
