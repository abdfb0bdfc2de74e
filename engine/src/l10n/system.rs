//! The system's language. On Linux and the BSDs it is what `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`
//! and `LANG` say, in that order, whether or not that locale is generated on the machine
//! (nothing is asked of the C library); elsewhere, and when none is set, the OS's preferred
//! languages.

use super::{negotiate, SOURCE};

/// The variables a POSIX system names its language in, first one that says something wins.
const VARIABLES: &[&str] = &["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The language to speak when the reader has not chosen one.
pub fn system_language() -> &'static str {
    language_from_env(|name| std::env::var(name).ok())
        .or_else(|| sys_locale::get_locales().find_map(|l| negotiate(&l)))
        .unwrap_or(SOURCE)
}

/// The language the POSIX variables ask for, read through `var`; `None` if none is set.
/// `LANGUAGE` is a list (`fa_AF:ps:en`): its first language Broadsheet speaks wins. `C` and
/// `POSIX` mean English.
pub fn language_from_env(var: impl Fn(&str) -> Option<String>) -> Option<&'static str> {
    for name in VARIABLES {
        let Some(value) = var(name).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        let value = value.trim();
        if value == "C" || value.starts_with("C.") || value == "POSIX" {
            return Some(SOURCE);
        }
        if let Some(code) = value.split(':').find_map(negotiate) {
            return Some(code);
        }
    }
    None
}
