//! Small formatting helpers shared by the commands.

use std::path::Path;

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
