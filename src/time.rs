//! Times as people and files see them: local time with its zone for what a person reads, UTC for
//! machine-readable output and backup names. Calendar work is jiff's.

use jiff::Timestamp;
use jiff::tz::TimeZone;

fn timestamp(unix: i64) -> Timestamp {
    Timestamp::from_second(unix).unwrap_or(if unix < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

/// A Unix time in the computer's own time zone, with the zone: `2026-12-01 21:15:03 CST`
/// (the offset, `+08:00`, where the zone has no abbreviation).
#[must_use]
pub fn format_local(unix: i64) -> String {
    format_in(unix, &TimeZone::system())
}

/// A Unix time in `zone`, as [`format_local`] writes it.
#[must_use]
pub fn format_in(unix: i64, zone: &TimeZone) -> String {
    let zoned = timestamp(unix).to_zoned_datetime(zone.clone());
    let name = zoned.strftime("%Z").to_string();
    if name.chars().all(|c| c.is_ascii_alphabetic()) && !name.is_empty() {
        zoned.strftime("%Y-%m-%d %H:%M:%S %Z").to_string()
    } else {
        zoned.strftime("%Y-%m-%d %H:%M:%S %:z").to_string()
    }
}

/// A Unix time as `YYYY-MM-DD hh:mm:ss UTC` (machine-readable reports).
#[must_use]
pub fn format_utc(unix: i64) -> String {
    timestamp(unix)
        .strftime("%Y-%m-%d %H:%M:%S UTC")
        .to_string()
}

/// A Unix time as RFC 3339 in UTC: `2024-05-01T12:00:00Z`.
#[must_use]
pub fn rfc3339_utc(unix: i64) -> String {
    timestamp(unix).strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A Unix time as `20240501T120000Z`: sortable and valid in file names everywhere.
#[must_use]
pub fn compact_utc(unix: i64) -> String {
    timestamp(unix).strftime("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(format_utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(rfc3339_utc(1_714_564_800), "2024-05-01T12:00:00Z");
        assert_eq!(rfc3339_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(compact_utc(1_714_564_800), "20240501T120000Z");
        let shanghai = TimeZone::get("Asia/Shanghai").unwrap();
        assert_eq!(
            format_in(1_714_564_800, &shanghai),
            "2024-05-01 20:00:00 CST"
        );
        assert_eq!(format_in(0, &TimeZone::UTC), "1970-01-01 00:00:00 UTC");
        let fixed = TimeZone::fixed(jiff::tz::offset(5));
        assert_eq!(format_in(0, &fixed), "1970-01-01 05:00:00 +05:00");
    }
}
