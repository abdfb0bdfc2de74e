//! User settings that live in the database (so they travel with it): refresh interval,
//! retention, fetch limits, which images are kept offline, how much disk episodes may take,
//! the language with its digits and calendar, and the window's keyboard shortcuts. Missing
//! keys mean the default.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::{Error, Result};

/// Every setting, with its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Minutes between background refreshes of a feed.
    pub refresh_interval_minutes: u32,
    /// Days after which read, unbookmarked articles are removed; 0 keeps them forever.
    pub retention_days: u32,
    /// Feeds fetched at once, over all hosts.
    pub max_concurrent_fetches: u32,
    /// Feeds fetched at once from one host.
    pub max_fetches_per_host: u32,
    /// Which articles get their images stored for offline reading.
    pub offline_images: ImagePolicy,
    /// The language to speak, a code of [`crate::l10n::LANGUAGES`]; empty: the system's.
    pub language: String,
    /// Numbers in the language's own digits (Dari's ۱۲۳, Arabic's ١٢٣) or in 0-9.
    pub digits: Native,
    /// Dates in the language's own calendar (Solar Hijri for Dari and Persian) or Gregorian.
    pub calendar: Native,
    /// The window's shortcuts a person changed: action name → key as the window writes it
    /// (`j`, `A` for Shift+a, `Ctrl+k`; empty: no key). The window owns the actions and their
    /// defaults; the engine keeps the map whole and sane.
    pub shortcuts: BTreeMap<String, String>,
    /// Whether shortcuts of a single key (no Ctrl or Alt) work: off for screen reader users,
    /// whose reader owns those keys.
    pub single_key_shortcuts: bool,
    /// Where articles open, for feeds with no choice of their own.
    pub open_articles: crate::model::OpenIn,
    /// Whether the lists show the same story from many sources as one row (`store/stories.rs`).
    pub group_stories: bool,
    /// Which report of a story the row and the reader show first.
    pub story_first: StoryFirst,
    /// Whether reading a story's row marks every report of it read.
    pub story_marks_read: bool,
    /// The largest episode downloaded, in megabytes (10^6 bytes): a larger one is refused
    /// before a byte is read when its size is stated, else stopped at this size.
    pub episode_max_mb: u32,
    /// The disk all downloaded episodes may take together, in megabytes.
    pub episodes_space_mb: u32,
    /// Days a played episode's file is kept after it was played (0: kept until deleted by
    /// hand); a bookmarked article keeps its episode for good.
    pub episodes_played_days: u32,
}

/// Which report of a story leads its group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoryFirst {
    /// The first published.
    Earliest,
    /// The one with the longest text (its page's, when stored, else its feed's).
    Longest,
}

/// Most shortcuts a person's map holds (the window has about a dozen actions).
const MAX_SHORTCUTS: usize = 64;
/// Longest action name and key name (`Ctrl+Alt+Shift+ArrowRight` is 26).
const MAX_SHORTCUT_NAME: usize = 40;

/// A language's own way (its digits, its calendar), or the one most of the world shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Native {
    /// What the language itself uses.
    Native,
    /// Digits 0-9, or the Gregorian calendar.
    Shared,
}

/// Which articles' images are downloaded and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImagePolicy {
    All,
    Bookmarks,
    None,
}

impl ImagePolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            ImagePolicy::All => "all",
            ImagePolicy::Bookmarks => "bookmarks",
            ImagePolicy::None => "none",
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            refresh_interval_minutes: 30,
            retention_days: 90,
            max_concurrent_fetches: 128,
            max_fetches_per_host: 16,
            offline_images: ImagePolicy::All,
            language: String::new(),
            digits: Native::Native,
            calendar: Native::Native,
            shortcuts: BTreeMap::new(),
            single_key_shortcuts: true,
            open_articles: crate::model::OpenIn::Reader,
            group_stories: true,
            story_first: StoryFirst::Earliest,
            story_marks_read: true,
            episode_max_mb: 1_000,
            episodes_space_mb: 10_000,
            episodes_played_days: 7,
        }
    }
}

/// The keys `broadsheet config` accepts.
pub const SETTING_KEYS: &[&str] = &[
    "refresh_interval_minutes",
    "retention_days",
    "max_concurrent_fetches",
    "max_fetches_per_host",
    "offline_images",
    "language",
    "digits",
    "calendar",
    "shortcuts",
    "single_key_shortcuts",
    "open_articles",
    "group_stories",
    "story_first",
    "story_marks_read",
    "episode_max_mb",
    "episodes_space_mb",
    "episodes_played_days",
];

/// The language chosen in Settings for the store in `data_dir`, read without opening the store
/// (no migration, no write, nothing created): for what is said before a command runs, such as
/// `--help`. None when there is no store, no choice, or it cannot be read.
pub fn stored_language(data_dir: &std::path::Path) -> Option<String> {
    let path = data_dir.join(super::DATABASE_FILE);
    if !path.is_file() {
        return None;
    }
    let conn =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    let value: String = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'language'",
            [],
            |r| r.get(0),
        )
        .ok()?;
    crate::l10n::negotiate(value.trim()).map(str::to_string)
}

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let mut s = Settings::default();
        for key in SETTING_KEYS {
            if let Some(v) = self.setting_raw(key)? {
                // a value this build cannot read (a newer build's language, say) leaves the
                // default in place rather than every command failing
                let _ = s.set(key, &v);
            }
        }
        Ok(s)
    }

    /// Sets one setting by name, validating the value.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        Settings::default().set(key, value)?;
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        if key == "story_first" {
            // every story led by the new rule
            self.relead_stories(self.settings()?.story_first)?;
        }
        Ok(())
    }

    fn setting_raw(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

impl Settings {
    /// The language to speak: `option` (a `--lang` given for this run), else the one chosen
    /// here, else the system's.
    pub fn language_code<'a>(&'a self, option: Option<&'a str>) -> &'a str {
        option
            .or(Some(self.language.as_str()).filter(|l| !l.is_empty()))
            .unwrap_or_else(|| crate::l10n::system_language())
    }

    /// The messages of `parts` in that language, numbers in the digits chosen here.
    pub fn localizer(
        &self,
        option: Option<&str>,
        parts: &[crate::l10n::Part],
    ) -> crate::l10n::Localizer {
        use crate::l10n::{Digits, Localizer};
        let code = self.language_code(option);
        match self.digits {
            Native::Shared => Localizer::with_digits(code, parts, Digits::Latin),
            Native::Native => Localizer::new(code, parts),
        }
    }

    /// Seconds until a refreshed feed is due again.
    pub fn refresh_interval_secs(&self) -> i64 {
        i64::from(self.refresh_interval_minutes) * 60
    }

    fn set(&mut self, key: &str, value: &str) -> Result<()> {
        let number = || -> Result<u32> {
            value.trim().parse().map_err(|_| {
                Error::Invalid(
                    crate::l10n::Message::new("error-setting-number")
                        .with("key", key)
                        .with("value", value),
                )
            })
        };
        match key {
            "refresh_interval_minutes" => self.refresh_interval_minutes = number()?.max(1),
            "retention_days" => self.retention_days = number()?,
            "max_concurrent_fetches" => self.max_concurrent_fetches = number()?.clamp(1, 1024),
            "max_fetches_per_host" => self.max_fetches_per_host = number()?.clamp(1, 1024),
            "open_articles" => {
                self.open_articles = crate::model::OpenIn::parse(value)
                    .ok_or_else(|| choice_error(key, value, &["reader", "browser", "inside"]))?
            }
            "offline_images" => {
                self.offline_images = match value.trim() {
                    "all" => ImagePolicy::All,
                    "bookmarks" => ImagePolicy::Bookmarks,
                    "none" => ImagePolicy::None,
                    _ => return Err(choice_error(key, value, &["all", "bookmarks", "none"])),
                }
            }
            "language" => {
                self.language = match value.trim() {
                    "" | "system" => String::new(),
                    asked => crate::l10n::negotiate(asked)
                        .ok_or_else(|| {
                            let mut codes = vec!["system"];
                            codes.extend(crate::l10n::LANGUAGES.iter().map(|l| l.code));
                            choice_error(key, value, &codes)
                        })?
                        .to_string(),
                }
            }
            "digits" | "calendar" => {
                let choice = match value.trim() {
                    "native" => Native::Native,
                    "latin" if key == "digits" => Native::Shared,
                    "gregorian" if key == "calendar" => Native::Shared,
                    _ => {
                        let shared = if key == "digits" {
                            "latin"
                        } else {
                            "gregorian"
                        };
                        return Err(choice_error(key, value, &["native", shared]));
                    }
                };
                if key == "digits" {
                    self.digits = choice;
                } else {
                    self.calendar = choice;
                }
            }
            "shortcuts" => self.shortcuts = shortcuts(key, value)?,
            "single_key_shortcuts" => self.single_key_shortcuts = switch(key, value)?,
            "group_stories" => self.group_stories = switch(key, value)?,
            "story_marks_read" => self.story_marks_read = switch(key, value)?,
            "episode_max_mb" => self.episode_max_mb = number()?.max(1),
            "episodes_space_mb" => self.episodes_space_mb = number()?.max(1),
            "episodes_played_days" => self.episodes_played_days = number()?,
            "story_first" => {
                self.story_first = match value.trim() {
                    "earliest" => StoryFirst::Earliest,
                    "longest" => StoryFirst::Longest,
                    _ => return Err(choice_error(key, value, &["earliest", "longest"])),
                }
            }
            _ => {
                return Err(Error::Invalid(
                    crate::l10n::Message::new("error-setting-unknown")
                        .with("key", key)
                        .with("choices", SETTING_KEYS.join(", ")),
                ))
            }
        }
        Ok(())
    }
}

/// A shortcut map (`{"next": "h", "read": ""}`), refused whole unless every action is a plain
/// name and every key a short printable name.
fn shortcuts(key: &str, value: &str) -> Result<BTreeMap<String, String>> {
    let refused = || {
        Error::Invalid(
            crate::l10n::Message::new("error-setting-shortcuts")
                .with("key", key)
                .with("value", value),
        )
    };
    let value = value.trim();
    if value.is_empty() {
        return Ok(BTreeMap::new());
    }
    let map: BTreeMap<String, String> = serde_json::from_str(value).map_err(|_| refused())?;
    let plain_action = |a: &String| {
        (1..=MAX_SHORTCUT_NAME).contains(&a.len())
            && a.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let plain_key =
        |k: &String| k.chars().count() <= MAX_SHORTCUT_NAME && !k.chars().any(char::is_control);
    if map.len() > MAX_SHORTCUTS || !map.iter().all(|(a, k)| plain_action(a) && plain_key(k)) {
        return Err(refused());
    }
    Ok(map)
}

/// An on-or-off setting's value.
fn switch(key: &str, value: &str) -> Result<bool> {
    match value.trim() {
        "true" | "on" => Ok(true),
        "false" | "off" => Ok(false),
        _ => Err(choice_error(key, value, &["true", "false"])),
    }
}

/// A setting that takes one of `choices` was given `value`.
fn choice_error(key: &str, value: &str, choices: &[&str]) -> Error {
    Error::Invalid(
        crate::l10n::Message::new("error-setting-choice")
            .with("key", key)
            .with("value", value)
            .with("choices", choices.join(", ")),
    )
}

impl From<&Settings> for crate::net::limits::Limits {
    fn from(s: &Settings) -> crate::net::limits::Limits {
        crate::net::limits::Limits {
            global: s.max_concurrent_fetches as usize,
            per_host: s.max_fetches_per_host as usize,
            interval_secs: s.refresh_interval_secs(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_then_overrides_persist() {
        let (_d, store) = crate::store::test_store();
        assert_eq!(store.settings().unwrap(), Settings::default());
        store.set_setting("retention_days", "7").unwrap();
        assert_eq!(store.settings().unwrap().retention_days, 7);
        store.set_setting("offline_images", "bookmarks").unwrap();
        assert_eq!(
            store.settings().unwrap().offline_images,
            ImagePolicy::Bookmarks
        );
    }

    #[test]
    fn the_language_is_stored_as_the_code_broadsheet_speaks() {
        let (_d, store) = crate::store::test_store();
        store.set_setting("language", "fa_AF.UTF-8").unwrap();
        assert_eq!(store.settings().unwrap().language, "fa-AF");
        store.set_setting("digits", "latin").unwrap();
        store.set_setting("calendar", "gregorian").unwrap();
        let s = store.settings().unwrap();
        assert_eq!((s.digits, s.calendar), (Native::Shared, Native::Shared));
        store.set_setting("language", "system").unwrap();
        assert_eq!(store.settings().unwrap().language, "");
        assert!(store.set_setting("language", "de").is_err());
        assert!(store.set_setting("digits", "gregorian").is_err());
        assert!(store.set_setting("calendar", "latin").is_err());
    }

    #[test]
    fn shortcuts_are_kept_as_a_map_and_a_bad_one_is_refused_whole() {
        let (_d, store) = crate::store::test_store();
        store
            .set_setting(
                "shortcuts",
                r#"{"next": "h", "read": "", "open": "Ctrl+o"}"#,
            )
            .unwrap();
        store.set_setting("single_key_shortcuts", "false").unwrap();
        let s = store.settings().unwrap();
        let want: BTreeMap<String, String> = [("next", "h"), ("open", "Ctrl+o"), ("read", "")]
            .into_iter()
            .map(|(a, k)| (a.to_string(), k.to_string()))
            .collect();
        assert_eq!(s.shortcuts, want);
        assert!(!s.single_key_shortcuts);
        // what `config --json` prints is what the window reads
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["shortcuts"]["next"], "h");
        assert_eq!(json["single_key_shortcuts"], false);
        for bad in [
            "h",
            r#"["next"]"#,
            r#"{"next": 1}"#,
            r#"{"Next Article": "h"}"#,
            r#"{"next": "a"}"#,
            &format!(r#"{{"next": "{}"}}"#, "x".repeat(41)),
            &serde_json::to_string(
                &(0..65)
                    .map(|i| (format!("a{i}"), "x".to_string()))
                    .collect::<BTreeMap<_, _>>(),
            )
            .unwrap(),
        ] {
            assert!(store.set_setting("shortcuts", bad).is_err(), "{bad}");
        }
        assert!(store.set_setting("single_key_shortcuts", "maybe").is_err());
        assert_eq!(store.settings().unwrap().shortcuts, want, "unchanged");
        store.set_setting("shortcuts", "{}").unwrap();
        assert!(store.settings().unwrap().shortcuts.is_empty());
    }

    #[test]
    fn bad_values_and_keys_are_refused() {
        let (_d, store) = crate::store::test_store();
        assert!(store.set_setting("retention_days", "soon").is_err());
        assert!(store.set_setting("colour", "1").is_err());
        assert!(store.set_setting("offline_images", "some").is_err());
        assert_eq!(store.settings().unwrap(), Settings::default());
    }
}
