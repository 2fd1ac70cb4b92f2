//! The window's two languages. Every sentence lives in `assets/locales/{en,zh-CN}/*.ftl`
//! ([`crate::messages`]); the window refers to its own labels by Fluent id and renders the core's
//! typed messages with [`I18n::msg`].

pub use crate::messages::Lang;
use crate::messages::{Catalogue, Front, Localize};

/// The language currently shown, over the process-wide catalogue.
pub struct I18n {
    lang: Lang,
}

impl I18n {
    /// Shows `lang`.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self { lang }
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

    /// The text of label `key` in the current language, falling back to English, then to the key
    /// itself (so a missing text is visible, not blank).
    #[must_use]
    pub fn tr<'a>(&self, key: &'a str) -> &'a str
    where
        'static: 'a,
    {
        Catalogue::get().plain(self.lang, key).unwrap_or(key)
    }

    /// Like [`Self::tr`], with each `{ $name }` filled in.
    #[must_use]
    pub fn trf(&self, key: &str, args: &[(&str, &str)]) -> String {
        let values: Vec<_> = args
            .iter()
            .map(|(name, value)| (*name, fluent_bundle::FluentValue::from(*value)))
            .collect();
        Catalogue::get()
            .format(self.lang, Front::Window, key, &values)
            .0
    }

    /// A core message (an error, a note, a finding) in the current language, worded for the
    /// window.
    #[must_use]
    pub fn msg(&self, message: &impl Localize) -> String {
        message.render(self.lang, Front::Window)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_fallback() {
        let mut i18n = I18n::new(Lang::En);
        assert_eq!(i18n.tr("no-such-key"), "no-such-key");
        assert!(
            i18n.trf("nav-step_of", &[("n", "2"), ("total", "8")])
                .contains('2')
        );
        i18n.set_lang(Lang::ZhCn);
        assert_ne!(i18n.tr("nav-next"), I18n::new(Lang::En).tr("nav-next"));
    }
}
