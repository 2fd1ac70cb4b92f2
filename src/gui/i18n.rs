//! The window's two languages. Every sentence lives in `assets/locales/{en,zh-CN}.txt`, embedded at
//! build time; code refers to them by key.
//!
//! File format: one `key = value` per line, `#` starts a comment line, `\n` in a value is a line
//! break, `{name}` is a placeholder filled by [`I18n::trf`].

use std::collections::HashMap;

/// The English locale file, as shipped.
pub const EN_SOURCE: &str = include_str!("../../assets/locales/en.txt");
/// The Simplified Chinese locale file, as shipped.
pub const ZH_CN_SOURCE: &str = include_str!("../../assets/locales/zh-CN.txt");

/// A language the window can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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

/// Parses a locale file into its key → text table. Returns the line numbers of malformed lines
/// as errors so that a test can name them.
pub fn parse_locale(source: &str) -> Result<HashMap<String, String>, Vec<usize>> {
    let mut table = HashMap::new();
    let mut bad = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match trimmed.split_once('=') {
            Some((key, value)) if !key.trim().is_empty() => {
                let text = value.trim().replace("\\n", "\n");
                if table.insert(key.trim().to_owned(), text).is_some() {
                    bad.push(index + 1);
                }
            }
            _ => bad.push(index + 1),
        }
    }
    if bad.is_empty() { Ok(table) } else { Err(bad) }
}

/// Both locale tables and the language currently shown.
pub struct I18n {
    lang: Lang,
    en: HashMap<String, String>,
    zh: HashMap<String, String>,
}

impl I18n {
    /// Loads the embedded locale files; a malformed line is skipped (the locale tests catch it).
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        let load = |src| parse_locale(src).unwrap_or_default();
        Self {
            lang,
            en: load(EN_SOURCE),
            zh: load(ZH_CN_SOURCE),
        }
    }

    /// The language shown.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Switches the language shown.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The text for `key` in the current language, falling back to English, then to the key
    /// itself (so a missing text is visible, not blank).
    #[must_use]
    pub fn tr<'a>(&'a self, key: &'a str) -> &'a str {
        let table = match self.lang {
            Lang::En => &self.en,
            Lang::ZhCn => &self.zh,
        };
        table
            .get(key)
            .or_else(|| self.en.get(key))
            .map_or(key, String::as_str)
    }

    /// Like [`Self::tr`], with each `{name}` replaced by its value.
    #[must_use]
    pub fn trf(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut text = self.tr(key).to_owned();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
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
    }

    #[test]
    fn placeholders_and_fallback() {
        let mut i18n = I18n::new(Lang::En);
        assert_eq!(i18n.tr("no.such.key"), "no.such.key");
        assert!(
            i18n.trf("nav.step_of", &[("n", "2"), ("total", "8")])
                .contains('2')
        );
        i18n.set_lang(Lang::ZhCn);
        assert_ne!(i18n.tr("nav.next"), I18n::new(Lang::En).tr("nav.next"));
    }
}
