//! User settings that live in the database (so they travel with it): refresh interval,
//! retention, fetch limits and which images are kept offline. Missing keys mean the default.

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
];

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let mut s = Settings::default();
        for key in SETTING_KEYS {
            if let Some(v) = self.setting_raw(key)? {
                s.set(key, &v)?;
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
    /// Seconds until a refreshed feed is due again.
    pub fn refresh_interval_secs(&self) -> i64 {
        i64::from(self.refresh_interval_minutes) * 60
    }

    fn set(&mut self, key: &str, value: &str) -> Result<()> {
        let number = || -> Result<u32> {
            value
                .trim()
                .parse()
                .map_err(|_| Error::Invalid(format!("{key} must be a whole number, not {value:?}")))
        };
        match key {
            "refresh_interval_minutes" => self.refresh_interval_minutes = number()?.max(1),
            "retention_days" => self.retention_days = number()?,
            "max_concurrent_fetches" => self.max_concurrent_fetches = number()?.clamp(1, 1024),
            "max_fetches_per_host" => self.max_fetches_per_host = number()?.clamp(1, 1024),
            "offline_images" => {
                self.offline_images = match value.trim() {
                    "all" => ImagePolicy::All,
                    "bookmarks" => ImagePolicy::Bookmarks,
                    "none" => ImagePolicy::None,
                    _ => {
                        return Err(Error::Invalid(format!(
                            "offline_images must be all, bookmarks or none, not {value:?}"
                        )))
                    }
                }
            }
            _ => {
                return Err(Error::Invalid(format!(
                    "unknown setting {key:?}; known: {}",
                    SETTING_KEYS.join(", ")
                )))
            }
        }
        Ok(())
    }
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
    fn bad_values_and_keys_are_refused() {
        let (_d, store) = crate::store::test_store();
        assert!(store.set_setting("retention_days", "soon").is_err());
        assert!(store.set_setting("colour", "1").is_err());
        assert!(store.set_setting("offline_images", "some").is_err());
        assert_eq!(store.settings().unwrap(), Settings::default());
    }
}
