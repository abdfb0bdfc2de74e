//! The window's language: which one it speaks (`--lang`, else the Settings choice, else the
//! system's), the catalog the page makes its words from, and the locale for its numbers and
//! dates (with the reader's choice of digits and calendar).

use std::sync::OnceLock;

use broadsheet_engine::l10n::{self, Digits, Language, Localizer, Part};
use broadsheet_engine::store::{Native, Settings};
use serde::Serialize;
use tauri::State;

use super::state::AppState;
use crate::window::failure::{failure, CmdResult};

/// `--lang` given when the window was opened: it wins over the setting for this run.
static LANG_OPTION: OnceLock<String> = OnceLock::new();

pub fn set_lang_option(code: &str) {
    let _ = LANG_OPTION.set(code.to_string());
}

/// What the page needs to speak.
#[derive(Debug, Serialize)]
pub struct WindowL10n {
    pub language: &'static Language,
    /// `locales/<language>/window.ftl` and `engine.ftl` (English's for the pseudo-languages).
    pub catalog: String,
    /// English's, for a message the catalog lacks; none when the catalog is English's.
    pub source: Option<String>,
    /// For `Intl`: the language with its digits named (`-u-nu-arabext`, or `-u-nu-latn` if
    /// the reader chose 0-9: the engine's choice, not the platform's ICU's) and `-u-ca-gregory`
    /// if chosen.
    pub locale: String,
    /// What the Settings menu offers: every real language, in its own name.
    pub languages: Vec<&'static Language>,
    /// The setting: a code, or empty for the system's language.
    pub chosen: String,
    /// The system's language, for "Same as the system (…)".
    pub system: &'static str,
    pub digits: Native,
    pub calendar: Native,
    /// The language has a calendar of its own (Solar Hijri): Settings offers the choice.
    pub own_calendar: bool,
}

/// The language the window speaks with these settings.
pub fn window_language(settings: &Settings) -> &'static Language {
    let code = settings.language_code(LANG_OPTION.get().map(String::as_str));
    l10n::language_of(code).unwrap_or(&l10n::LANGUAGES[0])
}

/// What the app itself says, outside the page (the tray, notifications, the system's file
/// dialogs), in the window's language: read from the settings at each use, so a change of
/// language reaches them too.
pub fn shell_localizer(app: &tauri::AppHandle) -> Localizer {
    use tauri::Manager;
    let settings = app
        .try_state::<AppState>()
        .and_then(|state| state.store().settings().ok())
        .unwrap_or_default();
    settings_localizer(&settings)
}

/// [`shell_localizer`] for a caller that holds the store (and so has read the settings).
pub fn settings_localizer(settings: &Settings) -> Localizer {
    settings.localizer(
        LANG_OPTION.get().map(String::as_str),
        &[Part::Window, Part::Engine],
    )
}

pub fn window_l10n(settings: &Settings) -> WindowL10n {
    let language = window_language(settings);
    let catalog_code = if language.pseudo {
        l10n::SOURCE
    } else {
        language.code
    };
    let mut extensions = Vec::new();
    // the Solar Hijri calendar is Afghanistan's and Iran's own: named, so that no platform's
    // ICU gives a Dari reader the Gregorian one
    let solar_hijri = matches!(language.code, "fa-AF" | "fa" | "ps");
    match settings.calendar {
        Native::Shared => extensions.push("ca-gregory"),
        Native::Native if solar_hijri => extensions.push("ca-persian"),
        Native::Native => {}
    }
    match (language.digits, settings.digits) {
        (Digits::Latin, _) => {}
        (_, Native::Shared) => extensions.push("nu-latn"),
        (Digits::ArabicIndic, Native::Native) => extensions.push("nu-arab"),
        (Digits::Persian, Native::Native) => extensions.push("nu-arabext"),
    }
    let base = if language.pseudo { "en" } else { language.code };
    let locale = if extensions.is_empty() {
        base.to_string()
    } else {
        format!("{base}-u-{}", extensions.join("-"))
    };
    WindowL10n {
        language,
        catalog: window_catalog(catalog_code),
        source: (catalog_code != l10n::SOURCE).then(|| window_catalog(l10n::SOURCE)),
        locale,
        languages: l10n::LANGUAGES.iter().filter(|l| !l.pseudo).collect(),
        chosen: settings.language.clone(),
        system: l10n::system_language(),
        digits: settings.digits,
        calendar: settings.calendar,
        own_calendar: solar_hijri,
    }
}

/// The window's words and the engine's, in one FTL text.
fn window_catalog(code: &str) -> String {
    [Part::Window, Part::Engine]
        .iter()
        .filter_map(|part| l10n::catalog(code, *part))
        .collect::<Vec<_>>()
        .join("\n")
}

#[tauri::command]
pub fn l10n_catalog(state: State<'_, AppState>) -> CmdResult<WindowL10n> {
    let settings = state.store().settings().map_err(failure)?;
    Ok(window_l10n(&settings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_language_its_catalog_and_its_locale() {
        let mut settings = Settings {
            language: "fa-AF".into(),
            ..Settings::default()
        };
        let l = window_l10n(&settings);
        assert_eq!(l.language.code, "fa-AF");
        assert!(l.language.rtl);
        assert_eq!(l.locale, "fa-AF-u-ca-persian-nu-arabext");
        assert!(l.catalog.contains("Glossary") && l.source.is_some());
        assert!(
            l.catalog.contains("\nstate-dead = "),
            "the engine's messages too"
        );
        settings.digits = Native::Shared;
        settings.calendar = Native::Shared;
        assert_eq!(window_l10n(&settings).locale, "fa-AF-u-ca-gregory-nu-latn");
        settings.language = "ar-XB".into();
        let l = window_l10n(&settings);
        assert!(l.language.rtl && l.source.is_none());
        assert!(l.languages.iter().all(|l| !l.pseudo));
    }
}
