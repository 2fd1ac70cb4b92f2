//! mlvb-setup: with no arguments the desktop wizard, with a subcommand the command line.
//!
//! On Windows this is a window program (no console window opens behind the wizard when started
//! from Explorer); `mlvb-setup-cli.exe`, the same program as a console one, prints to a terminal.
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run(cli::arguments())
}
