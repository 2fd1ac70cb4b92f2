//! Which platforms' files one patch touches: `--platform wxmini,android,ios`, or the window's
//! per-platform checkboxes. A file outside the selection is neither written nor can its
//! refusal stop the others; within the selection the plan stays all-or-nothing.

use std::collections::BTreeSet;

use crate::demo::Platform;
use crate::messages::{Localize, Message, SetupCode};

/// The platforms a plan covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PlatformFilter {
    /// Every platform found (also files whose platform cannot be told).
    #[default]
    All,
    /// Only these.
    Only(BTreeSet<Platform>),
}

/// A `--platform` name that is none of ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPlatform {
    /// The name given.
    pub got: String,
}

impl Localize for UnknownPlatform {
    fn message(&self) -> Message {
        Message::new(SetupCode::PlatformUnknown)
            .with("got", self.got.as_str())
            .with("known", "wxmini, android, ios")
    }
}

impl PlatformFilter {
    /// Only the platforms given.
    pub fn only(platforms: impl IntoIterator<Item = Platform>) -> Self {
        Self::Only(platforms.into_iter().collect())
    }

    /// Parses a comma-separated list of `wxmini`, `android`, `ios` (any case, spaces allowed).
    pub fn parse_list(list: &str) -> Result<Self, UnknownPlatform> {
        let mut platforms = BTreeSet::new();
        for name in list.split(',').map(str::trim) {
            platforms.insert(platform_named(name).ok_or_else(|| UnknownPlatform {
                got: name.to_owned(),
            })?);
        }
        Ok(Self::Only(platforms))
    }

    /// Whether files of `platform` are in the selection.
    #[must_use]
    pub fn includes(&self, platform: Platform) -> bool {
        match self {
            Self::All => true,
            Self::Only(set) => set.contains(&platform),
        }
    }
}

/// The platform a `--platform` name stands for.
#[must_use]
pub fn platform_named(name: &str) -> Option<Platform> {
    Some(match name.to_ascii_lowercase().as_str() {
        "wxmini" | "mini-program" | "miniprogram" | "wechat" => Platform::MiniProgram,
        "android" => Platform::Android,
        "ios" => Platform::Ios,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists() {
        let filter = PlatformFilter::parse_list("android, iOS").unwrap();
        assert!(filter.includes(Platform::Android) && filter.includes(Platform::Ios));
        assert!(!filter.includes(Platform::MiniProgram) && !filter.includes(Platform::Other));
        assert!(PlatformFilter::All.includes(Platform::Other));
        assert_eq!(
            PlatformFilter::parse_list("android,web").unwrap_err().got,
            "web"
        );
        assert!(PlatformFilter::parse_list("").is_err());
    }
}
