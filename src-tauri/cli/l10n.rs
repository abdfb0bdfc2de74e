//! The command line's language: `--lang` if given, else the one chosen in Settings, else the
//! system's ([`broadsheet_engine::l10n::system_language`]). Every line a person reads is made
//! here from `locales/<language>/cli.ftl` with [`t!`]; `--json` output never goes through it.

use std::sync::OnceLock;

use broadsheet_engine::l10n::{self, Arg, Localizer, Message, Part};
use broadsheet_engine::store::Settings;

static LOCALIZER: OnceLock<Localizer> = OnceLock::new();

/// Chooses the language for this run: `--lang` (already checked by [`parse_lang`]), else the
/// store's setting, else the system's; digits as the setting says. The first call decides.
pub fn init(lang: Option<&str>, settings: &Settings) {
    let _ = LOCALIZER.set(settings.localizer(lang, PARTS));
}

/// The command line's catalog and the engine's (what it says about feeds).
const PARTS: &[Part] = &[Part::Cli, Part::Engine];

fn localizer() -> &'static Localizer {
    LOCALIZER.get_or_init(|| Localizer::new(l10n::system_language(), PARTS))
}

/// The message `id` made with `args`, in this run's language.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    localizer().text(id, args)
}

/// An engine message in this run's language.
pub fn message(message: &Message) -> String {
    localizer().message(message)
}

/// How lists name a rule, in this run's language.
pub fn rule(rule: &broadsheet_engine::feeds::rules::Rule) -> String {
    rule.describe_in(localizer())
}

/// `--lang`'s value: a language Broadsheet speaks (`fa-AF`, `fa_AF.UTF-8`, `ru`...).
pub fn parse_lang(value: &str) -> Result<String, String> {
    l10n::negotiate(value).map(str::to_string).ok_or_else(|| {
        let codes: Vec<_> = l10n::LANGUAGES.iter().map(|l| l.code).collect();
        format!(
            "Broadsheet does not speak {value:?}; it speaks {}",
            codes.join(", ")
        )
    })
}

/// `t!("cli-purged", count = n, days = d)`: the message in this run's language.
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::cli::l10n::text(
            $id,
            &[$((stringify!($name), broadsheet_engine::l10n::Arg::from($value))),*],
        )
    };
}
pub(crate) use t;
