//! The two languages mlvb-setup speaks, and how the user's is found.

/// A language the window and the command line can speak.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, strum::EnumIter,
)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Self; 2] = [Self::En, Self::ZhCn];

    /// The language's own name, shown on the switch (the same in both locales).
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::ZhCn => "中文",
        }
    }

    /// The BCP 47 tag: `en`, `zh-CN` (also the value of `--lang`).
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::ZhCn => "zh-CN",
        }
    }

    /// Parses a locale tag such as `zh_CN.UTF-8`, `zh-Hans-CN` or `en_US`: any Chinese tag gives
    /// [`Lang::ZhCn`], anything else [`Lang::En`].
    #[must_use]
    pub fn from_locale_tag(tag: &str) -> Self {
        let lower = tag.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Self::ZhCn
        } else {
            Self::En
        }
    }

    /// The system's language: `LC_ALL`, `LC_MESSAGES`, `LANG` on Unix (first non-empty, as the C
    /// library reads them), the platform API elsewhere; English when nothing is set.
    #[must_use]
    pub fn from_system() -> Self {
        if cfg!(unix) {
            for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
                if let Ok(value) = std::env::var(var)
                    && !value.is_empty()
                {
                    return Self::from_locale_tag(&value);
                }
            }
        }
        sys_locale::get_locale().map_or(Self::En, |tag| Self::from_locale_tag(&tag))
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// `en` or `zh-CN` (also `zh`, `zh_CN`, any case), as `--lang` takes them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let lower = value.trim().to_ascii_lowercase().replace('_', "-");
        match lower.as_str() {
            "en" | "en-us" | "en-gb" => Ok(Self::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-hans-cn" => Ok(Self::ZhCn),
            _ => Err(format!("unknown language {value:?}: use en or zh-CN")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags() {
        assert_eq!(Lang::from_locale_tag("zh_CN.UTF-8"), Lang::ZhCn);
        assert_eq!(Lang::from_locale_tag("zh-Hans-CN"), Lang::ZhCn);
        assert_eq!(Lang::from_locale_tag("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale_tag("C"), Lang::En);
        assert_eq!("zh-CN".parse::<Lang>(), Ok(Lang::ZhCn));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
    }
}
