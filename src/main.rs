//! `mlvb-setup`: with no arguments, the desktop wizard.
//!
//! (The command-line subcommands live in `src/cli/`; until that front is merged here, this entry
//! point only opens the window.)

use std::process::ExitCode;

fn main() -> ExitCode {
    match mlvb_setup::gui::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("mlvb-setup: could not open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
