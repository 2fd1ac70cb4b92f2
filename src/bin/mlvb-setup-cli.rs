//! mlvb-setup-cli: the same program as `mlvb-setup` built as a console program. On Windows
//! `mlvb-setup.exe` is a window program (no console window opens behind the wizard), so this is
//! the one to call from a terminal or a script there; elsewhere both behave the same.

#[path = "../cli/mod.rs"]
mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run(cli::arguments())
}
