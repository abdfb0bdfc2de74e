//! Folders and subscriptions: add, rename, move, unsubscribe, list with unread counts.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::{changed_or_not_found, Store};
use crate::error::{Error, Result};
use crate::model::{now, Feed, FeedFetchState, Timestamp, LOCAL_ACCOUNT};
use crate::text::natural_cmp;

/// Columns of a feed row; `c` is its `feed_counts` row (kept by triggers, migration 0007).
const FEED_COLUMNS: &str =
    "f.id, f.url, COALESCE(f.user_title, NULLIF(f.title, ''), f.url), f.site_url,
     f.folder_id, d.path, f.last_fetched_at, f.next_due_at, f.postponed_until,
     f.consecutive_failures, f.last_error,
     COALESCE(c.unread, 0), COALESCE(c.live, 0),
     f.summary_only, f.full_text, f.notify, f.failing_since, f.gone_at, f.account_id,
     f.login_user, f.user_agent, f.open_in, f.page_scripts, f.episode_downloads";

fn feed_from_row(r: &Row) -> rusqlite::Result<Feed> {
    let problem = r
        .get::<_, Option<String>>(10)?
        .map(|stored| crate::feeds::health::stored_problem(&stored));
    Ok(Feed {
        id: r.get(0)?,
        url: r.get(1)?,
        title: r.get(2)?,
        site_url: r.get(3)?,
        folder_id: r.get(4)?,
        folder: r.get(5)?,
        last_fetched_at: r.get(6)?,
        next_due_at: r.get(7)?,
        postponed_until: r.get(8)?,
        consecutive_failures: r.get(9)?,
        // English, as --json carries errors; `problem` says it in the reader's language
        last_error: problem.as_ref().map(ToString::to_string),
        unread_count: r.get(11)?,
        article_count: r.get(12)?,
        summary_only: r.get(13)?,
        full_text: r.get(14)?,
        notify: r.get(15)?,
        failing_since: r.get(16)?,
        gone_at: r.get(17)?,
        account_id: r.get(18)?,
        login_user: r.get(19)?,
        user_agent: r.get(20)?,
        open_in: r
            .get::<_, Option<String>>(21)?
            .as_deref()
            .and_then(crate::model::OpenIn::parse),
        page_scripts: r.get(22)?,
        episode_downloads: crate::model::EpisodeDownloads::from_stored(r.get(23)?),
        problem,
    })
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub added: usize,
    pub skipped_duplicates: usize,
    pub skipped_invalid: usize,
    pub folders: usize,
    /// Broadsheet rules the file carried that were added (`broadsheet:rules`).
    #[serde(skip_serializing_if = "is_zero")]
    pub rules: usize,
    /// Rules skipped: their feed is not subscribed, or they do not check.
    #[serde(skip_serializing_if = "is_zero")]
    pub skipped_rules: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What `add_feed` was told about a new subscription.
#[derive(Debug, Clone, Default)]
pub struct NewFeed {
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub folder_id: Option<i64>,
    /// The account it joins (`None`: "On this computer"). In a server account it is sent to the
    /// server at the next sync.
    pub account_id: Option<i64>,
}

/// Whether `add_feed` made a new subscription or found the URL already subscribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New(i64),
    Existing(i64),
}

impl Added {
    pub fn id(self) -> i64 {
        match self {
            Added::New(id) | Added::Existing(id) => id,
        }
    }
}

impl Store {
    // ---- feeds ----

    /// Subscribes to `feed.url`. A URL already subscribed is left as it is; one unsubscribed
    /// earlier (kept for its bookmarks) comes back with its bookmarks.
    pub fn add_feed(&self, feed: &NewFeed) -> Result<Added> {
        let existing: Option<(i64, Option<Timestamp>)> = self
            .conn
            .query_row(
                "SELECT id, removed_at FROM feeds WHERE url = ?1",
                [&feed.url],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match existing {
            Some((id, None)) => Ok(Added::Existing(id)),
            Some((id, Some(_))) => {
                self.conn.execute(
                    "UPDATE feeds SET removed_at = NULL, folder_id = ?2, next_due_at = 0, etag = NULL,
                         last_modified = NULL, account_id = ?3, remote_id = NULL,
                         remote_title = NULL, remote_folder = NULL WHERE id = ?1",
                    params![id, feed.folder_id, feed.account_id.unwrap_or(LOCAL_ACCOUNT)],
                )?;
                Ok(Added::New(id))
            }
            None => {
                self.conn.execute(
                    "INSERT INTO feeds(url, title, site_url, folder_id, created_at, account_id)
                     VALUES (?1, COALESCE(?2, ''), ?3, ?4, ?5, ?6)",
                    params![
                        feed.url,
                        feed.title,
                        feed.site_url,
                        feed.folder_id,
                        now(),
                        feed.account_id.unwrap_or(LOCAL_ACCOUNT)
                    ],
                )?;
                Ok(Added::New(self.conn.last_insert_rowid()))
            }
        }
    }

    /// Every subscription, by folder then title, with unread counts.
    pub fn feeds(&self) -> Result<Vec<Feed>> {
        let sql = format!(
            "SELECT {FEED_COLUMNS} FROM feeds f LEFT JOIN folder_paths d ON d.id = f.folder_id
                 LEFT JOIN feed_counts c ON c.feed_id = f.id
             WHERE f.removed_at IS NULL
             ORDER BY d.path COLLATE NOCASE NULLS FIRST, 3 COLLATE NOCASE"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], feed_from_row)?;
        let mut feeds: Vec<Feed> = rows.collect::<rusqlite::Result<_>>()?;
        // names as people sort them: numbers in order
        feeds.sort_by(|a, b| {
            let folders = match (a.folder.as_deref(), b.folder.as_deref()) {
                (Some(x), Some(y)) => natural_cmp(x, y),
                (x, y) => x.is_some().cmp(&y.is_some()), // outside folders first
            };
            folders.then_with(|| natural_cmp(&a.title, &b.title))
        });
        Ok(feeds)
    }

    pub fn feed(&self, id: i64) -> Result<Feed> {
        let sql = format!(
            "SELECT {FEED_COLUMNS} FROM feeds f LEFT JOIN folder_paths d ON d.id = f.folder_id
                 LEFT JOIN feed_counts c ON c.feed_id = f.id
             WHERE f.id = ?1 AND f.removed_at IS NULL"
        );
        self.conn
            .query_row(&sql, [id], feed_from_row)
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "feed",
                id: id.to_string(),
            })
    }

    /// Per-feed "Notify me of new articles".
    pub fn set_feed_notify(&self, feed_id: i64, notify: bool) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET notify = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, notify],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// Notes a feed's sign-in: the user name and where the password is kept (`None`: it has
    /// none). The password itself never comes here.
    pub fn set_feed_login(&self, feed_id: i64, login: Option<(&str, &str)>) -> Result<()> {
        let (user, place) = login.unzip();
        let n = self.conn.execute(
            "UPDATE feeds SET login_user = ?2, login_place = ?3 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, user, place],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// Where a feed's articles open (`None`: where the `open_articles` setting says).
    pub fn set_feed_open_in(
        &self,
        feed_id: i64,
        open_in: Option<crate::model::OpenIn>,
    ) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET open_in = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, open_in.map(crate::model::OpenIn::as_str)],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// Every subscribed feed with a sign-in: its id, address and where its password is kept.
    pub fn feed_logins(&self) -> Result<Vec<(i64, String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, url, login_place FROM feeds
             WHERE login_place IS NOT NULL AND removed_at IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Feeds deleted while they had a sign-in (migration 0022), except ids a feed with a
    /// sign-in has again: their passwords are to be forgotten.
    pub fn dropped_logins(&self) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT feed_id FROM dropped_logins
             WHERE feed_id NOT IN (SELECT id FROM feeds WHERE login_place IS NOT NULL)",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The dropped sign-ins are forgotten: the list is emptied.
    pub fn clear_dropped_logins(&self) -> Result<()> {
        self.conn.execute("DELETE FROM dropped_logins", [])?;
        Ok(())
    }

    /// Whether the feed's web page, shown inside Broadsheet, may run its scripts.
    pub fn set_feed_page_scripts(&self, feed_id: i64, allowed: bool) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET page_scripts = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, allowed],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// A feed's own User-Agent (`None`: the app's).
    pub fn set_feed_user_agent(&self, feed_id: i64, user_agent: Option<&str>) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET user_agent = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, user_agent],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// The user's own name for a feed; refreshes no longer change it. `None` goes back to the
    /// feed's own title.
    pub fn rename_feed(&self, id: i64, title: Option<&str>) -> Result<()> {
        let title = title.map(str::trim).filter(|t| !t.is_empty());
        let n = self.conn.execute(
            "UPDATE feeds SET user_title = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, title],
        )?;
        changed_or_not_found(n, "feed", id)
    }

    pub fn move_feed(&self, id: i64, folder_id: Option<i64>) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET folder_id = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, folder_id],
        )?;
        changed_or_not_found(n, "feed", id)
    }

    /// Unsubscribes. Articles go, except bookmarked ones: while any remain, the feed row stays
    /// (marked removed, never refreshed) so they keep their feed's name. Returns how many
    /// bookmarks were kept.
    pub fn remove_feed(&mut self, id: i64) -> Result<u32> {
        let tx = self.conn.transaction()?;
        let exists: bool = tx
            .query_row(
                "SELECT 1 FROM feeds WHERE id = ?1 AND removed_at IS NULL",
                [id],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        if !exists {
            return Err(Error::NotFound {
                kind: "feed",
                id: id.to_string(),
            });
        }
        let kept = delete_unsubscribed(&tx, id)?;
        tx.commit()?;
        Ok(kept)
    }

    /// Feeds a refresh should fetch (those of the local account: a server fetches its own):
    /// all active ones, or only those due by `now` when `due_only`.
    /// Feeds whose server asked to wait (Retry-After) are never included before their time.
    pub fn feeds_to_refresh(&self, now: Timestamp, due_only: bool) -> Result<Vec<FeedFetchState>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, url, etag, last_modified, login_place, user_agent FROM feeds
             WHERE removed_at IS NULL AND gone_at IS NULL AND account_id = 1
               AND (postponed_until IS NULL OR postponed_until <= ?1)
               AND (?2 = 0 OR next_due_at <= ?1)
             ORDER BY id",
        )?;
        let rows = stmt.query_map(params![now, due_only], |r| {
            Ok(FeedFetchState {
                id: r.get(0)?,
                url: r.get(1)?,
                etag: r.get(2)?,
                last_modified: r.get(3)?,
                login_place: r.get(4)?,
                user_agent: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{test_feed as add, test_store};

    #[test]
    fn adding_twice_finds_the_first() {
        let (_d, store) = test_store();
        let a = store
            .add_feed(&NewFeed {
                url: "http://x/feed".into(),
                ..Default::default()
            })
            .unwrap();
        let b = store
            .add_feed(&NewFeed {
                url: "http://x/feed".into(),
                ..Default::default()
            })
            .unwrap();
        assert!(matches!(a, Added::New(_)));
        assert_eq!(b, Added::Existing(a.id()));
        assert_eq!(store.feeds().unwrap().len(), 1);
    }

    #[test]
    fn rename_move_and_folders() {
        let (_d, mut store) = test_store();
        let id = add(&store, "http://x/feed");
        assert_eq!(store.feed(id).unwrap().title, "http://x/feed");
        store.rename_feed(id, Some("Mine")).unwrap();
        let world = store.folder_id("World").unwrap();
        assert_eq!(
            store.folder_id("world").unwrap(),
            world,
            "names ignore case"
        );
        store.move_feed(id, Some(world)).unwrap();
        let feed = store.feed(id).unwrap();
        assert_eq!(feed.title, "Mine");
        assert_eq!(feed.folder.as_deref(), Some("World"));
        store.delete_folder(world).unwrap();
        assert_eq!(store.feed(id).unwrap().folder_id, None);
        assert!(store.rename_feed(999, Some("x")).is_err());
    }
}

/// One subscription as OPML carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    /// Its folder's path: the names from the top (empty: at the top).
    pub folder: Vec<String>,
    /// "Download full articles" (`None`: automatic).
    pub full_text: Option<bool>,
    /// Where its articles open (`None`: the default).
    pub open_in: Option<crate::model::OpenIn>,
    /// Its web page, shown inside, may run its scripts.
    pub page_scripts: bool,
}

impl Store {
    /// Adds many subscriptions in one transaction: all or none, with the `folders` (paths,
    /// parents first) made first so empty ones are kept. URLs already subscribed (or repeated
    /// in the list) are skipped, as are ones that are not http(s).
    pub fn import_subscriptions(
        &mut self,
        folders: &[Vec<String>],
        subs: &[Subscription],
    ) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        let tx = self.conn.transaction()?;
        let now = now();
        // each folder's id by its path in lower case
        let mut folder_ids: std::collections::HashMap<String, i64> = Default::default();
        let mut folder_of = |path: &[String]| -> Result<Option<i64>> {
            let names: Vec<&str> = path
                .iter()
                .map(|n| n.trim())
                .filter(|n| !n.is_empty())
                .take(super::MAX_FOLDER_DEPTH)
                .collect();
            if names.is_empty() {
                return Ok(None);
            }
            let key = names.join("/").to_lowercase();
            if let Some(id) = folder_ids.get(&key) {
                return Ok(Some(*id));
            }
            let id = super::folders::folder_at_path(&tx, &names)?;
            if let Some(id) = id {
                folder_ids.insert(key, id);
            }
            Ok(id)
        };
        for path in folders {
            folder_of(path)?;
        }
        let mut feed_folders = Vec::with_capacity(subs.len());
        for sub in subs {
            feed_folders.push(folder_of(&sub.folder)?);
        }
        for (sub, folder_id) in subs.iter().zip(feed_folders) {
            let Ok(url) = crate::net::fetch::parse_http_url(&sub.url) else {
                summary.skipped_invalid += 1;
                continue;
            };
            let inserted = tx
                .prepare_cached(
                    "INSERT INTO feeds(url, title, site_url, folder_id, created_at, full_text, open_in,
                         page_scripts)
                     VALUES (?1, COALESCE(?2, ''), ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(url) DO NOTHING",
                )?
                .execute(params![
                    url.as_str(),
                    sub.title,
                    sub.site_url,
                    folder_id,
                    now,
                    sub.full_text,
                    sub.open_in.map(crate::model::OpenIn::as_str),
                    sub.page_scripts
                ])?;
            if inserted == 1 {
                summary.added += 1;
            } else {
                summary.skipped_duplicates += 1;
            }
        }
        summary.folders = folder_ids.len();
        tx.commit()?;
        Ok(summary)
    }
}

/// Deletes an unsubscribed feed's articles except bookmarks, and the feed itself when none is
/// left (else it stays, marked removed, so the bookmarks keep their feed's name). Returns how
/// many bookmarked articles stay.
pub(super) fn delete_unsubscribed(tx: &rusqlite::Transaction, id: i64) -> Result<u32> {
    // each live row deleted logs itself for the search index (migration 0013)
    tx.execute(
        "DELETE FROM articles WHERE feed_id = ?1 AND bookmarked = 0",
        [id],
    )?;
    let kept: u32 = tx.query_row(
        "SELECT COUNT(*) FROM articles WHERE feed_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if kept == 0 {
        tx.execute("DELETE FROM feeds WHERE id = ?1", [id])?;
    } else {
        tx.execute(
            "UPDATE feeds SET removed_at = COALESCE(removed_at, ?2) WHERE id = ?1",
            params![id, now()],
        )?;
    }
    Ok(kept)
}
