//! mlvb-setup: with no arguments the desktop wizard, with a subcommand the command line.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() <= 1 {
        // No subcommand: the desktop wizard.
        args.push("gui".into());
    }
    cli::run(args)
}
