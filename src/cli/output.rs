//! Small formatting helpers shared by the commands.

use std::path::Path;

/// The current time as a Unix timestamp.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// "in 6 days" / "3 hours ago", for an instant relative to `now`.
pub fn relative_to(instant: i64, now: i64) -> String {
    let delta = instant.saturating_sub(now);
    let span = delta.unsigned_abs();
    let amount = if span >= 2 * 86_400 {
        format!("{} days", span / 86_400)
    } else if span >= 2 * 3600 {
        format!("{} hours", span / 3600)
    } else if span >= 120 {
        format!("{} minutes", span / 60)
    } else {
        format!("{span} seconds")
    };
    if delta >= 0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
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
        assert_eq!(relative_to(100, 0), "in 100 seconds");
        assert_eq!(relative_to(0, 604_800), "7 days ago");
    }
}
