//! `mlvb-setup`: with a subcommand, the command line; the window comes with the GUI.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
