//! What a sync reads and writes: the changes still to send (state that differs from what the
//! server last had, feeds added, renamed, moved or removed here), marking them sent, and the
//! server's subscriptions, items and read and starred sets written over the local state of
//! everything with no change pending.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::model::{now, Timestamp};

/// A subscription as the server lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteFeed {
    /// Its stream id ("feed/12").
    pub stream: String,
    pub url: String,
    pub title: String,
    pub site_url: Option<String>,
    /// Its first label, as a folder name.
    pub folder: Option<String>,
}

/// A subscription change made here and not yet on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedChange {
    Subscribe {
        feed_id: i64,
        url: String,
        title: String,
        folder: Option<String>,
    },
    /// `feed_id` is `None` when the feed row is gone (an outbox row, `outbox_id`).
    Unsubscribe {
        feed_id: Option<i64>,
        outbox_id: Option<i64>,
        stream: String,
    },
    Rename {
        feed_id: i64,
        stream: String,
        title: String,
    },
    Move {
        feed_id: i64,
        stream: String,
        from: Option<String>,
        to: Option<String>,
    },
}

/// Which state an item change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemFlag {
    Read,
    Starred,
}

/// Item state changes made here and not yet on the server: (article id, server item id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PendingStates {
    pub read: Vec<(i64, i64)>,
    pub unread: Vec<(i64, i64)>,
    pub starred: Vec<(i64, i64)>,
    pub unstarred: Vec<(i64, i64)>,
}

impl PendingStates {
    pub fn is_empty(&self) -> bool {
        self.read.is_empty()
            && self.unread.is_empty()
            && self.starred.is_empty()
            && self.unstarred.is_empty()
    }

    pub fn len(&self) -> usize {
        self.read.len() + self.unread.len() + self.starred.len() + self.unstarred.len()
    }
}

/// An item's server state, with the item stored by [`Store::apply_feed`] under `guid`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLink {
    pub guid: String,
    pub url: Option<String>,
    pub remote_id: i64,
    pub read: bool,
    pub starred: bool,
}

/// What a sync's state pass changed here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StatesApplied {
    pub read: usize,
    pub unread: usize,
    pub starred: usize,
    pub unstarred: usize,
}

/// What a sync's subscription pass changed here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct FeedsApplied {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl Store {
    /// Subscription changes made here that the server has not seen, in the order to send them.
    pub fn pending_feed_changes(&self, account: i64) -> Result<Vec<FeedChange>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT id, stream FROM sync_outbox WHERE account_id = ?1 AND op = 'unsubscribe'
             ORDER BY id",
        )?;
        for row in stmt.query_map([account], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (outbox_id, stream) = row?;
            out.push(FeedChange::Unsubscribe {
                feed_id: None,
                outbox_id: Some(outbox_id),
                stream,
            });
        }
        let mut stmt = self.conn.prepare(
            "SELECT f.id, f.url, COALESCE(f.user_title, NULLIF(f.title, ''), f.url), d.path,
                    f.remote_id, f.remote_title, f.remote_folder, f.removed_at
               FROM feeds f LEFT JOIN folder_paths d ON d.id = f.folder_id
              WHERE f.account_id = ?1
              ORDER BY f.id",
        )?;
        type Row = (
            i64,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<Timestamp>,
        );
        let rows = stmt.query_map([account], |r| Row::try_from(r))?;
        for row in rows {
            let (feed_id, url, title, folder, stream, remote_title, remote_folder, removed): Row =
                row?;
            match (stream, removed) {
                (Some(stream), Some(_)) => out.push(FeedChange::Unsubscribe {
                    feed_id: Some(feed_id),
                    outbox_id: None,
                    stream,
                }),
                (None, None) => out.push(FeedChange::Subscribe {
                    feed_id,
                    url,
                    title,
                    folder,
                }),
                (Some(stream), None) => {
                    if remote_title.as_deref() != Some(title.as_str()) {
                        out.push(FeedChange::Rename {
                            feed_id,
                            stream: stream.clone(),
                            title,
                        });
                    }
                    let remote_folder = remote_folder.filter(|f| !f.is_empty());
                    if !same_folder(remote_folder.as_deref(), folder.as_deref()) {
                        out.push(FeedChange::Move {
                            feed_id,
                            stream,
                            from: remote_folder,
                            to: folder,
                        });
                    }
                }
                (None, Some(_)) => {}
            }
        }
        Ok(out)
    }

    /// The server accepted `change`; `stream` is the new subscription's stream id.
    pub fn feed_change_sent(&self, change: &FeedChange, stream: Option<&str>) -> Result<()> {
        match change {
            FeedChange::Subscribe {
                feed_id,
                title,
                folder,
                ..
            } => {
                self.conn.execute(
                    "UPDATE feeds SET remote_id = ?2, remote_title = ?3, remote_folder = ?4
                     WHERE id = ?1",
                    params![feed_id, stream, title, folder.as_deref().unwrap_or("")],
                )?;
            }
            FeedChange::Unsubscribe {
                feed_id, outbox_id, ..
            } => {
                if let Some(id) = outbox_id {
                    self.conn
                        .execute("DELETE FROM sync_outbox WHERE id = ?1", [id])?;
                }
                if let Some(id) = feed_id {
                    self.conn.execute(
                        "UPDATE feeds SET remote_id = NULL, remote_title = NULL,
                             remote_folder = NULL WHERE id = ?1",
                        [id],
                    )?;
                    // the server drops the feed's items: what stays here (bookmarks kept by
                    // the unsubscribe) is local now, so the server's starred list no longer
                    // missing them cannot take their bookmarks away
                    self.conn.execute(
                        "UPDATE articles SET remote_id = NULL, remote_read = NULL,
                             remote_starred = NULL WHERE feed_id = ?1",
                        [id],
                    )?;
                }
            }
            FeedChange::Rename { feed_id, title, .. } => {
                self.conn.execute(
                    "UPDATE feeds SET remote_title = ?2 WHERE id = ?1",
                    params![feed_id, title],
                )?;
            }
            FeedChange::Move { feed_id, to, .. } => {
                self.conn.execute(
                    "UPDATE feeds SET remote_folder = ?2 WHERE id = ?1",
                    params![feed_id, to.as_deref().unwrap_or("")],
                )?;
            }
        }
        Ok(())
    }

    /// Item state changes made here that the server has not seen, at most `limit` of them.
    pub fn pending_states(&self, account: i64, limit: usize) -> Result<PendingStates> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.remote_id, a.read, a.remote_read, a.bookmarked, a.remote_starred
               FROM articles a
              WHERE a.feed_id IN (SELECT id FROM feeds WHERE account_id = ?1)
                AND a.remote_id IS NOT NULL
                AND (a.read IS NOT a.remote_read OR a.bookmarked IS NOT a.remote_starred)
              LIMIT ?2",
        )?;
        let mut out = PendingStates::default();
        let rows = stmt.query_map(params![account, limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, Option<bool>>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, Option<bool>>(5)?,
            ))
        })?;
        for row in rows {
            let (id, remote, read, remote_read, starred, remote_starred) = row?;
            if Some(read) != remote_read {
                if read { &mut out.read } else { &mut out.unread }.push((id, remote));
            }
            if Some(starred) != remote_starred {
                if starred {
                    &mut out.starred
                } else {
                    &mut out.unstarred
                }
                .push((id, remote));
            }
        }
        Ok(out)
    }

    /// The server took `flag` = `value` for these articles: what it has now is what they have
    /// (unless they changed again meanwhile, which stays pending).
    pub fn states_sent(&mut self, flag: ItemFlag, value: bool, articles: &[i64]) -> Result<()> {
        let sql = match flag {
            ItemFlag::Read => "UPDATE articles SET remote_read = ?2 WHERE id = ?1 AND read = ?2",
            ItemFlag::Starred => {
                "UPDATE articles SET remote_starred = ?2 WHERE id = ?1 AND bookmarked = ?2"
            }
        };
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(sql)?;
            for id in articles {
                stmt.execute(params![id, value])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Writes the server's subscription list over the account's feeds: new ones are added (a
    /// local feed with the same address joins the account), titles and folders follow the
    /// server where nothing is pending here, and feeds the server no longer lists are
    /// unsubscribed (bookmarks kept).
    pub fn apply_remote_feeds(
        &mut self,
        account: i64,
        feeds: &[RemoteFeed],
    ) -> Result<FeedsApplied> {
        let mut applied = FeedsApplied::default();
        let tx = self.conn.transaction()?;
        let known: HashMap<String, KnownFeed> = {
            let mut stmt = tx.prepare(
                "SELECT f.remote_id, f.id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url),
                        d.path, f.remote_title, f.remote_folder
                   FROM feeds f LEFT JOIN folder_paths d ON d.id = f.folder_id
                  WHERE f.account_id = ?1 AND f.remote_id IS NOT NULL AND f.removed_at IS NULL",
            )?;
            let rows = stmt.query_map([account], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?),
                ))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut listed = HashSet::new();
        for remote in feeds {
            listed.insert(remote.stream.clone());
            let folder_id = match remote.folder.as_deref().filter(|f| !f.trim().is_empty()) {
                Some(name) => folder_id_in(&tx, name)?,
                None => None,
            };
            let server_folder = remote.folder.clone().unwrap_or_default();
            if let Some((id, title, folder, remote_title, remote_folder)) =
                known.get(&remote.stream)
            {
                let title_pending = remote_title.as_deref() != Some(title.as_str());
                let folder_pending = !same_folder(
                    remote_folder.as_deref().filter(|f| !f.is_empty()),
                    folder.as_deref(),
                );
                let title_changed = !title_pending && *title != remote.title;
                let folder_changed =
                    !folder_pending && !same_folder(folder.as_deref(), remote.folder.as_deref());
                if title_changed || folder_changed {
                    applied.changed += 1;
                }
                tx.execute(
                    "UPDATE feeds SET
                         title = ?2, site_url = COALESCE(?3, site_url),
                         user_title = CASE WHEN ?4 THEN user_title ELSE NULL END,
                         remote_title = ?2,
                         folder_id = CASE WHEN ?5 THEN folder_id ELSE ?6 END,
                         remote_folder = ?7
                     WHERE id = ?1",
                    params![
                        id,
                        remote.title,
                        remote.site_url,
                        title_pending,
                        folder_pending,
                        folder_id,
                        server_folder
                    ],
                )?;
                continue;
            }
            // new here: a feed of the same address (local, or unsubscribed) joins the account
            let existing: Option<i64> = tx
                .query_row("SELECT id FROM feeds WHERE url = ?1", [&remote.url], |r| {
                    r.get(0)
                })
                .optional()?;
            match existing {
                Some(id) => {
                    tx.execute(
                        "UPDATE feeds SET account_id = ?2, remote_id = ?3, title = ?4,
                             user_title = NULL, remote_title = ?4, folder_id = ?5,
                             remote_folder = ?6, removed_at = NULL,
                             site_url = COALESCE(?7, site_url)
                         WHERE id = ?1",
                        params![
                            id,
                            account,
                            remote.stream,
                            remote.title,
                            folder_id,
                            server_folder,
                            remote.site_url
                        ],
                    )?;
                }
                None => {
                    tx.execute(
                        "INSERT INTO feeds(url, title, site_url, folder_id, created_at,
                             account_id, remote_id, remote_title, remote_folder)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2, ?8)",
                        params![
                            remote.url,
                            remote.title,
                            remote.site_url,
                            folder_id,
                            now(),
                            account,
                            remote.stream,
                            server_folder
                        ],
                    )?;
                }
            }
            applied.added += 1;
        }
        // gone from the server (unsubscribed on the phone): unsubscribed here, nothing to send
        for (stream, (id, ..)) in &known {
            if !listed.contains(stream) {
                // the server dropped its items too: what stays here (bookmarks) is local now
                tx.execute("UPDATE feeds SET remote_id = NULL WHERE id = ?1", [id])?;
                tx.execute(
                    "UPDATE articles SET remote_id = NULL, remote_read = NULL, remote_starred = NULL
                     WHERE feed_id = ?1",
                    [id],
                )?;
                super::feeds::delete_unsubscribed(&tx, *id)?;
                applied.removed += 1;
            }
        }
        tx.commit()?;
        Ok(applied)
    }

    /// The account's feeds by stream id (including unsubscribed ones kept for bookmarks).
    pub fn account_streams(&self, account: i64) -> Result<HashMap<String, i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT remote_id, id FROM feeds WHERE account_id = ?1 AND remote_id IS NOT NULL",
        )?;
        let rows = stmt.query_map([account], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A home for items of a stream the account does not subscribe to (a starred item of a
    /// feed unsubscribed since): an unsubscribed feed row that keeps them.
    pub fn stream_home(
        &self,
        account: i64,
        stream: &str,
        title: &str,
        site: Option<&str>,
    ) -> Result<i64> {
        let url = format!(
            "{}#{}",
            self.account(account)?.server_url.unwrap_or_default(),
            stream
        );
        self.conn.execute(
            "INSERT OR IGNORE INTO feeds(url, title, site_url, created_at, account_id, removed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?4)",
            params![url, title, site, now(), account],
        )?;
        Ok(self
            .conn
            .query_row("SELECT id FROM feeds WHERE url = ?1", [&url], |r| r.get(0))?)
    }

    /// Of these server item ids, the ones stored in the account (with their text).
    pub fn stored_remote_ids(&self, account: i64, ids: &[i64]) -> Result<HashSet<i64>> {
        let mut out = HashSet::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT 1 FROM articles a JOIN feeds f ON f.id = a.feed_id
              WHERE a.remote_id = ?1 AND f.account_id = ?2",
        )?;
        for id in ids {
            if stmt.exists(params![id, account])? {
                out.insert(*id);
            }
        }
        Ok(out)
    }

    /// Before items are stored in `feed_id`: an article stored from the feed itself (before it
    /// joined the account) that is the same story (same link) takes the item's guid, so it is
    /// updated, not doubled.
    pub fn adopt_items(&mut self, feed_id: i64, items: &[ItemLink]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut adopt = tx.prepare_cached(
                "UPDATE articles SET guid = ?3 WHERE id =
                   (SELECT id FROM articles WHERE feed_id = ?1 AND url = ?2 AND remote_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?1 AND guid = ?3)
                    LIMIT 1)",
            )?;
            for item in items {
                if let Some(url) = &item.url {
                    adopt.execute(params![feed_id, url, item.guid])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// After items are stored in `feed_id`: each takes its server id and, unless a change of
    /// its own is pending here, the server's read and starred state.
    pub fn link_items(&mut self, feed_id: i64, items: &[ItemLink], at: Timestamp) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut link = tx.prepare_cached(
                "UPDATE articles SET
                     remote_id = ?3,
                     read = CASE WHEN remote_id IS NULL THEN MAX(read, ?4)
                                 WHEN read IS remote_read THEN ?4 ELSE read END,
                     read_at = CASE WHEN (CASE WHEN remote_id IS NULL THEN MAX(read, ?4)
                                 WHEN read IS remote_read THEN ?4 ELSE read END) = 1
                                    THEN COALESCE(read_at, ?6) END,
                     remote_read = ?4,
                     bookmarked = CASE WHEN remote_id IS NULL THEN MAX(bookmarked, ?5)
                                       WHEN bookmarked IS remote_starred THEN ?5
                                       ELSE bookmarked END,
                     bookmarked_at = CASE WHEN (CASE WHEN remote_id IS NULL THEN MAX(bookmarked, ?5)
                                       WHEN bookmarked IS remote_starred THEN ?5
                                       ELSE bookmarked END) = 1 THEN COALESCE(bookmarked_at, ?6) END,
                     remote_starred = ?5
                 WHERE feed_id = ?1 AND guid = ?2",
            )?;
            for item in items {
                link.execute(params![
                    feed_id,
                    item.guid,
                    item.remote_id,
                    item.read,
                    item.starred,
                    at
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Writes the server's unread and starred sets over the account's stored items: an item in
    /// `unread` is unread, any other read; an item in `starred` is bookmarked, any other not.
    /// Items with a change of their own pending here keep it (it is sent first).
    pub fn apply_remote_states(
        &mut self,
        account: i64,
        unread: &[i64],
        starred: &[i64],
        at: Timestamp,
    ) -> Result<StatesApplied> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS sync_unread(id INTEGER PRIMARY KEY);
             CREATE TEMP TABLE IF NOT EXISTS sync_starred(id INTEGER PRIMARY KEY);
             DELETE FROM temp.sync_unread; DELETE FROM temp.sync_starred;",
        )?;
        {
            let mut put = tx.prepare("INSERT OR IGNORE INTO temp.sync_unread(id) VALUES (?1)")?;
            for id in unread {
                put.execute([id])?;
            }
            let mut put = tx.prepare("INSERT OR IGNORE INTO temp.sync_starred(id) VALUES (?1)")?;
            for id in starred {
                put.execute([id])?;
            }
        }
        // in the server's set: unread for `sync_unread` (so `read` is its opposite), starred
        // for `sync_starred`
        let read = ServerSet {
            column: "read",
            at_column: "read_at",
            remote_column: "remote_read",
            set: "temp.sync_unread",
            in_set_means: false,
        };
        let starred = ServerSet {
            column: "bookmarked",
            at_column: "bookmarked_at",
            remote_column: "remote_starred",
            set: "temp.sync_starred",
            in_set_means: true,
        };
        let applied = StatesApplied {
            read: read.changes(&tx, account, true)?,
            unread: read.changes(&tx, account, false)?,
            starred: starred.changes(&tx, account, true)?,
            unstarred: starred.changes(&tx, account, false)?,
        };
        read.write(&tx, account, at)?;
        starred.write(&tx, account, at)?;
        tx.execute_batch("DELETE FROM temp.sync_unread; DELETE FROM temp.sync_starred;")?;
        tx.commit()?;
        Ok(applied)
    }
}

/// A subscribed feed of the account as stored: (id, title shown, folder, title and folder the
/// server last had).
type KnownFeed = (i64, String, Option<String>, Option<String>, Option<String>);

/// One state the server keeps as a set of item ids (the unread list, the starred list), and
/// the columns it maps to here.
struct ServerSet {
    column: &'static str,
    at_column: &'static str,
    remote_column: &'static str,
    /// The temporary table holding the server's ids.
    set: &'static str,
    /// The value of `column` for an item in the set.
    in_set_means: bool,
}

impl ServerSet {
    /// The server's value of `column` for article `a`, as SQL.
    fn server_value(&self) -> String {
        let not = if self.in_set_means { "" } else { "NOT " };
        format!("(a.remote_id {not}IN (SELECT id FROM {}))", self.set)
    }

    /// How many articles of the account the server turns to `value`, with nothing pending
    /// here (the local value is what the server last had).
    fn changes(&self, tx: &rusqlite::Transaction, account: i64, value: bool) -> Result<usize> {
        let sql = format!(
            "SELECT COUNT(*) FROM articles a
              WHERE a.feed_id IN (SELECT id FROM feeds WHERE account_id = ?1)
                AND a.remote_id IS NOT NULL AND a.{col} = ?2 AND a.{remote} IS ?2
                AND {server} = ?3",
            col = self.column,
            remote = self.remote_column,
            server = self.server_value(),
        );
        Ok(tx.query_row(&sql, params![account, !value, value], |r| {
            r.get::<_, i64>(0)
        })? as usize)
    }

    /// Writes the server's value over every article of the account: into the local column
    /// where nothing is pending, into the remote column always.
    fn write(&self, tx: &rusqlite::Transaction, account: i64, at: Timestamp) -> Result<()> {
        let sql = format!(
            "UPDATE articles AS a SET
                 {col} = CASE WHEN a.{col} IS a.{remote} THEN s.srv ELSE a.{col} END,
                 {at_col} = CASE WHEN a.{col} IS a.{remote}
                                 THEN CASE WHEN s.srv THEN COALESCE(a.{at_col}, ?2) END
                                 ELSE a.{at_col} END,
                 {remote} = s.srv
             FROM (SELECT a.id AS id, {server} AS srv FROM articles a
                    WHERE a.feed_id IN (SELECT id FROM feeds WHERE account_id = ?1)
                      AND a.remote_id IS NOT NULL) AS s
             WHERE a.id = s.id AND a.{remote} IS NOT s.srv",
            col = self.column,
            at_col = self.at_column,
            remote = self.remote_column,
            server = self.server_value(),
        );
        tx.execute(&sql, params![account, at])?;
        Ok(())
    }
}

fn same_folder(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, None) => true,
        // paths as written by people and servers: "News / Asia" is "News/Asia"
        (Some(a), Some(b)) => {
            super::path_names(a).join("/").to_lowercase()
                == super::path_names(b).join("/").to_lowercase()
        }
        _ => false,
    }
}

/// The folder a label names: a path ("News/Asia") as other clients write a tree into flat
/// labels, each level made if missing; levels past the deepest a folder goes are left out.
fn folder_id_in(tx: &rusqlite::Transaction, label: &str) -> Result<Option<i64>> {
    let names = super::path_names(label);
    let names = &names[..names.len().min(super::MAX_FOLDER_DEPTH)];
    super::folders::folder_at_path(tx, names)
}
