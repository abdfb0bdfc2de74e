//! The reader's language: which languages Broadsheet speaks, which one the system asks for, and
//! text made from the catalogs in `locales/` (Project Fluent: plurals, arguments and
//! right-to-left arguments handled as the language needs). Code that speaks to a person asks
//! for a message by its id with arguments; no English sentence is built anywhere else.
//!
//! Besides the real languages there are two pseudo-languages made from the English catalog, as
//! Android and Chromium have them: `en-XA` (accented and 40% longer: a string shown without
//! the accents was never moved into a catalog) and `ar-XB` (English written right to left:
//! what does not mirror is found at once).

mod catalogs;
mod message;
mod pseudo;
mod system;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use catalogs::Part;
pub use message::{in_english, Message};
pub use system::{language_from_env, system_language};

/// A language Broadsheet has catalogs for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    /// Its BCP 47 code, as the catalogs' folder is named.
    pub code: &'static str,
    /// Its name in itself, for the language menu.
    pub name: &'static str,
    /// Written right to left: the whole window mirrors.
    pub rtl: bool,
    /// Made from the English catalog for testing (not offered to readers).
    pub pseudo: bool,
    /// The digits it writes numbers with by default.
    pub digits: Digits,
}

/// The digits a language writes numbers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, as Arabic writes them
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹, as Dari, Persian and Pashto write them
    Persian,
}

impl Digits {
    /// `number` (made of ASCII digits, `.` and `-`) in these digits.
    pub fn write(self, number: &str) -> String {
        let zero = match self {
            Digits::Latin => return number.to_string(),
            Digits::ArabicIndic => '\u{660}',
            Digits::Persian => '\u{6f0}',
        };
        number
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(zero as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
                // the Arabic decimal separator
                '.' => '\u{66b}',
                c => c,
            })
            .collect()
    }
}

const fn language(code: &'static str, name: &'static str, rtl: bool, digits: Digits) -> Language {
    Language {
        code,
        name,
        rtl,
        pseudo: false,
        digits,
    }
}

/// Languages that write a decimal comma ("0,7").
const DECIMAL_COMMA: &[&str] = &["fr", "es", "ru"];

/// The source language: every other catalog translates it.
pub const SOURCE: &str = "en";

/// Every language with catalogs, the source first, then the pseudo-languages.
pub const LANGUAGES: &[Language] = &[
    language("en", "English", false, Digits::Latin),
    language("fa-AF", "دری", true, Digits::Persian),
    language("ps", "پښتو", true, Digits::Persian),
    language("ar", "العربية", true, Digits::ArabicIndic),
    language("fa", "فارسی", true, Digits::Persian),
    language("fr", "Français", false, Digits::Latin),
    language("es", "Español", false, Digits::Latin),
    language("ru", "Русский", false, Digits::Latin),
    language("zh-CN", "简体中文", false, Digits::Latin),
    Language {
        code: "en-XA",
        name: "[Ƥšéûðö Éñĝļîšĥ]",
        rtl: false,
        pseudo: true,
        digits: Digits::Latin,
    },
    Language {
        code: "ar-XB",
        name: "\u{202e}Pseudo Bidi\u{202c}",
        rtl: true,
        pseudo: true,
        digits: Digits::Latin,
    },
];

/// The FTL text of `part`'s catalog in the language `code` (a real language's code).
pub fn catalog(code: &str, part: Part) -> Option<&'static str> {
    catalogs::source(code, part)
}

/// The language of `code`, if Broadsheet speaks it.
pub fn language_of(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The language Broadsheet speaks for a requested locale (`fa_AF.UTF-8`, `fa-AF`, `prs`,
/// `ar-EG`, `zh-Hans`...): the same language and region, else the same language, else none.
pub fn negotiate(requested: &str) -> Option<&'static str> {
    // `fa_AF.UTF-8@euro` → `fa-AF`
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    if let Some(l) = LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(&tag)) {
        return Some(l.code);
    }
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("").to_ascii_lowercase();
    let rest: Vec<String> = parts.map(|p| p.to_ascii_lowercase()).collect();
    let code = match lang.as_str() {
        // Dari has its own ISO 639-3 code; Afghan Persian is Dari
        "prs" => "fa-AF",
        "fa" if rest.iter().any(|r| r == "af") => "fa-AF",
        "fa" => "fa",
        // Pashto's regional codes (Northern, Southern, Central)
        "ps" | "pbt" | "pbu" | "pst" => "ps",
        "ar" => "ar",
        "en" => "en",
        "fr" => "fr",
        "es" => "es",
        "ru" => "ru",
        // Simplified only, for now: it reads better for Traditional readers than English
        "zh" => "zh-CN",
        _ => return None,
    };
    Some(code)
}

/// A value a message is made with.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count: it chooses the plural form.
    Number(f64),
    /// A size or other quantity shown with one decimal (`0.7` MiB).
    OneDecimal(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, u128, usize, f64);

/// Messages in one language, falling back to English for a message a catalog lacks (the
/// catalog tests make that a test failure, so readers never see it).
pub struct Localizer {
    language: &'static Language,
    digits: Digits,
    bundle: FluentBundle<FluentResource>,
    source: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language.code)
            .finish()
    }
}

impl Localizer {
    /// The messages of `parts` in the language `code` names (English if Broadsheet does not
    /// speak it), numbers in the language's own digits.
    pub fn new(code: &str, parts: &[Part]) -> Localizer {
        let language = language_of(code).unwrap_or(&LANGUAGES[0]);
        Localizer::with_digits(code, parts, language.digits)
    }

    /// [`Localizer::new`] with numbers in `digits` (the reader's choice).
    pub fn with_digits(code: &str, parts: &[Part], digits: Digits) -> Localizer {
        let language = language_of(code).unwrap_or(&LANGUAGES[0]);
        let catalog = if language.pseudo {
            SOURCE
        } else {
            language.code
        };
        let set_up = |bundle: &mut FluentBundle<FluentResource>| {
            // arguments keep their own direction inside right-to-left text; in left-to-right
            // text the marks would only be noise in a terminal
            bundle.set_use_isolating(language.rtl);
            match digits {
                Digits::Latin => {}
                Digits::ArabicIndic => bundle.set_formatter(Some(arabic_indic_number)),
                Digits::Persian => bundle.set_formatter(Some(persian_number)),
            }
        };
        let mut bundle = bundle_of(catalog, parts);
        set_up(&mut bundle);
        match language.code {
            "en-XA" => bundle.set_transform(Some(pseudo::accented)),
            "ar-XB" => bundle.set_transform(Some(pseudo::bidi)),
            _ => {}
        }
        let source = (catalog != SOURCE).then(|| {
            let mut source = bundle_of(SOURCE, parts);
            set_up(&mut source);
            source
        });
        Localizer {
            language,
            digits,
            bundle,
            source,
        }
    }

    /// The language it speaks.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// A count as this language writes it alone: its digits, grouped ("100,000", "100 000",
    /// "۱۰۰٬۰۰۰"), for text that shows a number outside a message.
    pub fn count_text(&self, n: i64) -> String {
        let separator = match (self.digits, self.language.code) {
            (Digits::ArabicIndic | Digits::Persian, _) => '\u{66c}',
            (_, "fr") => '\u{202f}',
            (_, "ru") => '\u{a0}',
            (_, "es") => '.',
            _ => ',',
        };
        let digits = n.unsigned_abs().to_string();
        // Spanish groups from five digits on ("1234", "12.345")
        let group = !(self.language.code == "es" && digits.len() < 5);
        let mut grouped = String::with_capacity(digits.len() + 8);
        if n < 0 {
            grouped.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if group && i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(separator);
            }
            grouped.push(c);
        }
        self.digits.write(&grouped)
    }

    /// The text of an engine [`Message`].
    pub fn message(&self, message: &Message) -> String {
        self.text(message.id, &message.arg_list())
    }

    /// The message `id` made with `args`; its id if no catalog has it.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::OneDecimal(n) => {
                    let mut number = format!("{n:.1}");
                    // "0,7" in French, Spanish and Russian (the Arabic digits bring their own
                    // separator)
                    if self.digits == Digits::Latin && DECIMAL_COMMA.contains(&self.language.code) {
                        number = number.replace('.', ",");
                    }
                    FluentValue::from(self.digits.write(&number))
                }
            };
            fluent_args.set(*name, value);
        }
        for bundle in std::iter::once(&self.bundle).chain(self.source.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_string()
    }
}

fn arabic_indic_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(value, Digits::ArabicIndic)
}

fn persian_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_in(value, Digits::Persian)
}

fn number_in(value: &FluentValue, digits: Digits) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(digits.write(&n.as_string())),
        _ => None,
    }
}

fn bundle_of(code: &str, parts: &[Part]) -> FluentBundle<FluentResource> {
    // the pseudo-languages count as English (their catalog's plural rules)
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    for part in parts {
        let Some(text) = catalogs::source(code, *part) else {
            continue;
        };
        // a syntax error loses only its own entry; the catalog tests fail on any
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests;
