//! The command-line front: parses arguments with clap, calls the core, prints the result.
//! Exit codes everywhere: 0 done, 1 the check failed or there was nothing to do, 2 bad usage or
//! bad input.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod preview_cmd;

/// Set up Tencent Cloud's MLVB live-streaming demos: credentials, UserSig, demo files, WeChat
/// preview.
#[derive(Debug, Parser)]
#[command(name = "mlvb-setup", version, about)]
pub struct Cli {
    /// What to do; without one, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Get the WeChat preview QR of the mini-program demo and print it in the terminal.
    Preview(preview_cmd::PreviewArgs),
}

/// Exit code: done.
pub const EXIT_OK: u8 = 0;
/// Exit code: the check failed or there was nothing to do.
pub const EXIT_FAILED: u8 = 1;
/// Exit code: bad usage or bad input.
pub const EXIT_USAGE: u8 = 2;

/// Parses the arguments and runs the subcommand.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Preview(args)) => preview_cmd::run(&args),
        None => {
            eprintln!(
                "error: the window is not part of this build yet; run `mlvb-setup --help` for the commands"
            );
            EXIT_USAGE
        }
    };
    ExitCode::from(code)
}
