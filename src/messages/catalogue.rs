//! The Fluent bundles: the `.ftl` files of both languages, embedded at build time and parsed once.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Front, Lang, Message};

/// Both languages' `.ftl` files of each area, embedded at build time.
macro_rules! ftl_sources {
    ($($area:literal),* $(,)?) => {
        &[$(
            (Lang::En, concat!($area, ".ftl"), include_str!(concat!("../../assets/locales/en/", $area, ".ftl"))),
            (Lang::ZhCn, concat!($area, ".ftl"), include_str!(concat!("../../assets/locales/zh-CN/", $area, ".ftl"))),
        )*]
    };
}

/// Every `.ftl` file, per language: (language, file name, text). One file per area, named like
/// the area's module in `crate::messages`; `window.ftl` holds the window's own labels.
pub const FTL_SOURCES: &[(Lang, &str, &str)] = ftl_sources![
    "general",
    "credentials",
    "demo",
    "patch",
    "setup",
    "cli",
    "usersig",
    "preview",
    "window-errors",
    "window",
    "online",
    "doctor",
    "download",
];

/// Both languages' messages, each parsed on first use (a command-line run in English never
/// parses the Chinese files).
pub struct Catalogue {
    en: OnceLock<Bundle>,
    zh: OnceLock<Bundle>,
}

/// One language's messages.
struct Bundle {
    lang: Lang,
    fluent: FluentBundle<FluentResource>,
    /// Every message without arguments, rendered on first use (the window asks for them every
    /// frame; the command line never does).
    plain: OnceLock<HashMap<String, String>>,
    /// Syntax errors found while loading, as "file: error".
    load_errors: Vec<String>,
}

impl Bundle {
    fn load(lang: Lang) -> Self {
        let mut load_errors = Vec::new();
        let tag: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut fluent = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks around arguments: paths and codes are copied from here.
        fluent.set_use_isolating(false);
        let sources = || FTL_SOURCES.iter().filter(move |(l, _, _)| *l == lang);
        for (_, name, source) in sources() {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        load_errors.push(format!("{}/{name}: {error:?}", lang.tag()));
                    }
                    resource
                }
            };
            if let Err(errors) = fluent.add_resource(resource) {
                for error in errors {
                    load_errors.push(format!("{}/{name}: {error}", lang.tag()));
                }
            }
        }
        Self {
            lang,
            fluent,
            plain: OnceLock::new(),
            load_errors,
        }
    }

    fn plain(&self) -> &HashMap<String, String> {
        self.plain.get_or_init(|| {
            let mut plain = HashMap::new();
            for (_, _, source) in FTL_SOURCES.iter().filter(|(l, _, _)| *l == self.lang) {
                for id in message_ids(source) {
                    if let Some(text) = format_plain(&self.fluent, &id) {
                        plain.insert(id, text);
                    }
                }
            }
            plain
        })
    }
}

impl Catalogue {
    /// The process-wide catalogue.
    #[must_use]
    pub fn get() -> &'static Self {
        static CATALOGUE: Catalogue = Catalogue {
            en: OnceLock::new(),
            zh: OnceLock::new(),
        };
        &CATALOGUE
    }

    fn language(&self, lang: Lang) -> &Bundle {
        match lang {
            Lang::En => self.en.get_or_init(|| Bundle::load(Lang::En)),
            Lang::ZhCn => self.zh.get_or_init(|| Bundle::load(Lang::ZhCn)),
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.language(lang).fluent
    }

    /// Syntax errors of both languages' files, as "file: error" (the catalogue test fails on
    /// any).
    #[must_use]
    pub fn load_errors(&self) -> Vec<String> {
        [Lang::En, Lang::ZhCn]
            .into_iter()
            .flat_map(|lang| self.language(lang).load_errors.iter().cloned())
            .collect()
    }

    /// Whether `id` is a message of `lang`.
    #[must_use]
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// The text of a message without arguments, in `lang`, falling back to English; `None` when
    /// neither has it.
    #[must_use]
    pub fn plain(&self, lang: Lang, id: &str) -> Option<&str> {
        self.language(lang)
            .plain()
            .get(id)
            .or_else(|| self.language(Lang::En).plain().get(id))
            .map(String::as_str)
    }

    /// Formats message `id` with text arguments, in `lang` for `front`, falling back to English
    /// and then to the id itself (so a missing text is visible, never blank). Errors (a missing
    /// argument) are returned beside the text for the tests.
    #[must_use]
    pub fn format(
        &self,
        lang: Lang,
        front: Front,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> (String, Vec<String>) {
        let mut fluent_args = FluentArgs::new();
        let front_name: &'static str = front.into();
        fluent_args.set("front", front_name);
        // Lets a text give the fix for the system it runs on (`{ $os -> [windows] … }`).
        fluent_args.set("os", std::env::consts::OS);
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let bundle = if self.has(lang, id) {
            self.bundle(lang)
        } else {
            self.bundle(Lang::En)
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return (id.to_owned(), vec![format!("no message {id}")]);
        };
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        (text, errors.iter().map(ToString::to_string).collect())
    }

    /// Renders a typed message, its nested messages in the same language.
    #[must_use]
    pub fn render(&self, lang: Lang, front: Front, message: &Message) -> String {
        self.render_checked(lang, front, message).0
    }

    /// [`Self::render`] plus the formatting errors (missing arguments), for the tests.
    #[must_use]
    pub fn render_checked(
        &self,
        lang: Lang,
        front: Front,
        message: &Message,
    ) -> (String, Vec<String>) {
        let mut nested_errors = Vec::new();
        let values: Vec<(&str, FluentValue<'_>)> = message
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Message(inner) => {
                        let (text, errors) = self.render_checked(lang, front, inner);
                        nested_errors.extend(errors);
                        FluentValue::from(text)
                    }
                };
                (*name, value)
            })
            .collect();
        let (text, mut errors) = self.format(lang, front, message.code.id(), &values);
        errors.extend(nested_errors);
        (text, errors)
    }
}

fn format_plain(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let mut args = FluentArgs::new();
    args.set("front", "window");
    args.set("os", std::env::consts::OS);
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The ids of the messages defined in one `.ftl` source (lines `id = …` at the start of a line).
#[must_use]
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}
