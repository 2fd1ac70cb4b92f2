//! Small formatting helpers shared by the commands, and the output macros: `outln!` / `out!`
//! write to standard output and `errln!` to standard error without ever panicking. A failed
//! write (a full disk, a closed pipe) is remembered and reported once when the command ends.

use std::io::{self, Write};
use std::path::Path;
use std::sync::Mutex;

/// The first error writing standard output, if any.
static STDOUT_ERROR: Mutex<Option<io::ErrorKind>> = Mutex::new(None);

/// Writes to standard output; after a failure, later writes are skipped.
pub fn write_stdout(args: std::fmt::Arguments<'_>) {
    let mut failed = STDOUT_ERROR
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if failed.is_some() {
        return;
    }
    let mut out = io::stdout().lock();
    if let Err(err) = out.write_fmt(args).and_then(|()| out.flush()) {
        *failed = Some(err.kind());
    }
}

/// Writes to standard error, ignoring failures (there is nowhere left to report them).
pub fn write_stderr(args: std::fmt::Arguments<'_>) {
    let _ = io::stderr().lock().write_fmt(args);
}

/// The error that stopped standard output, if one did.
pub fn stdout_error() -> Option<io::ErrorKind> {
    // Flush what is buffered: a failure there counts too.
    if let Err(err) = io::stdout().lock().flush() {
        let mut failed = STDOUT_ERROR
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        failed.get_or_insert(err.kind());
    }
    *STDOUT_ERROR
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `println!` that never panics.
macro_rules! outln {
    () => { $crate::cli::output::write_stdout(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::output::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `print!` that never panics.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::write_stdout(format_args!($($arg)*)) };
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::output::write_stderr(format_args!("{}\n", format_args!($($arg)*))) };
}

use mlvb_setup::messages::{CliCode, Message};

/// The current time as a Unix timestamp.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// "in 6 days" / "3 hours ago", for an instant relative to `now`.
pub fn relative_to(instant: i64, now: i64) -> Message {
    let delta = instant.saturating_sub(now);
    let span = delta.unsigned_abs();
    let amount = if span >= 2 * 86_400 {
        Message::new(CliCode::Days).with("count", span / 86_400)
    } else if span >= 2 * 3600 {
        Message::new(CliCode::Hours).with("count", span / 3600)
    } else if span >= 120 {
        Message::new(CliCode::Minutes).with("count", span / 60)
    } else {
        Message::new(CliCode::Seconds).with("count", span)
    };
    let code = if delta >= 0 {
        CliCode::InFuture
    } else {
        CliCode::InPast
    };
    Message::new(code).with("span", amount)
}

/// A relative path with `/` separators, as JSON reports it on every system.
pub fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_spans() {
        assert_eq!(relative_to(100, 0).english(), "in 100 seconds");
        assert_eq!(relative_to(0, 604_800).english(), "7 days ago");
    }
}
