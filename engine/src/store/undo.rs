//! Undo: the steps a person can take back (marking read or unread, all at once or one by one,
//! bookmarks, unsubscribing, deleting a folder), kept in the database with what each changed, so an undo works
//! after a restart or a crash. Unsubscribing hides the feed at once and deletes its articles
//! only when the step becomes final: [`UNDO_WINDOW_SECS`] later, at the next refresh or launch.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::articles::{fts_query, view_filter};
use super::Store;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{Timestamp, View};

/// How long an unsubscribed feed's articles stay, hidden, for an undo.
pub const UNDO_WINDOW_SECS: i64 = 30 * 60;
/// How long the record of a marking step is kept for undo.
const ARTICLE_STEP_KEEP_SECS: i64 = 7 * 24 * 3600;

/// Articles one [`Store::mark_articles_read`] takes at most: what a burst of scrolling passes
/// is a few screens of rows, never the whole store a hostile caller might name.
const MARKED_AT_ONCE: usize = 10_000;

/// The catalog messages a step's label is one of (`engine.ftl`); a label stored by an older
/// version, in English, is shown as `undo-other`.
const LABELS: &[&str] = &[
    "undo-marked-read",
    "undo-read",
    "undo-unread",
    "undo-bookmarked",
    "undo-unbookmarked",
    "undo-unsubscribed",
    "undo-folder-deleted",
];

/// A step that can be taken back, as the notice shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UndoStep {
    pub id: i64,
    /// `read`, `unread`, `bookmark`, `unbookmark`, `unsubscribe` or `delete_folder`
    pub kind: String,
    /// "Marked 182 articles read", as a catalog message (stored as one, in the step's row)
    pub label: Message,
    /// Articles the step changed (0 for unsubscribing).
    pub articles: usize,
    /// Unsubscribing: how many bookmarked articles stay whatever happens.
    pub bookmarks_kept: u32,
}

/// Records a step over `ids` with their state before it; returns the step's id.
fn record(tx: &Transaction, kind: &str, label: &str, ids: &[i64], now: Timestamp) -> Result<i64> {
    tx.execute(
        "INSERT INTO undo_steps(kind, label, created_at) VALUES (?1, ?2, ?3)",
        params![kind, label, now],
    )?;
    let step = tx.last_insert_rowid();
    let mut snap = tx.prepare_cached(
        "INSERT INTO undo_articles(step_id, article_id, read, read_at, bookmarked, bookmarked_at)
         SELECT ?1, id, read, read_at, bookmarked, bookmarked_at FROM articles WHERE id = ?2",
    )?;
    for id in ids {
        snap.execute(params![step, id])?;
    }
    Ok(step)
}

/// Puts a deleted folder back (its old id when free, else under its name) with the feeds that
/// are still outside any folder.
fn restore_folder(tx: &Transaction, payload: &str) -> Result<()> {
    let v: serde_json::Value = serde_json::from_str(payload).map_err(|e| {
        Error::Invalid(
            crate::l10n::Message::new("error-undo-unreadable").with("why", e.to_string()),
        )
    })?;
    let name = v["name"].as_str().unwrap_or("Folder");
    let created_at = v["created_at"].as_i64().unwrap_or(0);
    // back in its parent, unless that went too (then at the top)
    let parent: Option<i64> = match v["parent_id"].as_i64() {
        Some(p) => tx
            .query_row("SELECT id FROM folders WHERE id = ?1", [p], |r| r.get(0))
            .optional()?,
        None => None,
    };
    tx.execute(
        "INSERT OR IGNORE INTO folders(id, parent_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![v["id"].as_i64(), parent, name, created_at],
    )?;
    let folder = super::folders::folder_in(tx, parent, name)?;
    // what moved up and is still where the delete put it goes back in
    let ids = |key: &str| -> Vec<i64> {
        v[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(serde_json::Value::as_i64)
            .collect()
    };
    for (sql, key) in [
        (
            "UPDATE feeds SET folder_id = ?2 WHERE id = ?1 AND folder_id IS ?3",
            "feeds",
        ),
        (
            // a folder of the same name made there since stays, and this one where it is
            "UPDATE OR IGNORE folders SET parent_id = ?2 WHERE id = ?1 AND parent_id IS ?3 AND id != ?2",
            "folders",
        ),
        (
            "UPDATE rules SET folder_id = ?2 WHERE id = ?1 AND folder_id IS ?3",
            "rules",
        ),
    ] {
        let mut put_back = tx.prepare(sql)?;
        for id in ids(key) {
            put_back.execute(params![id, folder, parent])?;
        }
    }
    Ok(())
}

impl Store {
    /// Marks every unread article of a view read, as one step that can be undone.
    pub fn mark_view_read_undoable(
        &mut self,
        view: View,
        now: Timestamp,
    ) -> Result<Option<UndoStep>> {
        let (filter, args) = view_filter(view, true);
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE {filter}"
            ))?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        self.mark_read_step(&ids, now)
    }

    /// Marks exactly the unread articles a search finds read, in one step that can be undone.
    pub fn mark_search_read(&mut self, query: &str, now: Timestamp) -> Result<Option<UndoStep>> {
        let Some(fts) = fts_query(query) else {
            return Ok(None);
        };
        self.catch_up_for_search();
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare(
                "SELECT a.id FROM search.articles_fts m JOIN articles a ON a.id = m.rowid
                 JOIN feeds f ON f.id = a.feed_id
                 WHERE articles_fts MATCH ?1 AND a.read = 0 AND a.purged_at IS NULL AND a.hidden = 0
                   AND (f.removed_at IS NULL OR a.bookmarked = 1)",
            )?;
            let rows = stmt.query_map([fts], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        self.mark_read_step(&ids, now)
    }

    /// Marks those of `ids` that are unread (and live) read, in one step that can be undone:
    /// the articles a person scrolled past in the list. An id that is read already, gone or
    /// unknown is left out of the step, so its undo makes unread exactly what this made read.
    pub fn mark_articles_read(&mut self, ids: &[i64], now: Timestamp) -> Result<Option<UndoStep>> {
        let unread: Vec<i64> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM articles WHERE id = ?1 AND read = 0 AND purged_at IS NULL",
            )?;
            let mut unread = Vec::new();
            for id in ids.iter().take(MARKED_AT_ONCE) {
                if let Some(id) = stmt.query_row([id], |r| r.get(0)).optional()? {
                    unread.push(id);
                }
            }
            unread
        };
        self.mark_read_step(&unread, now)
    }

    fn mark_read_step(&mut self, ids: &[i64], now: Timestamp) -> Result<Option<UndoStep>> {
        if ids.is_empty() {
            return Ok(None);
        }
        let label = Message::new("undo-marked-read").with("count", ids.len());
        let tx = self.conn.transaction()?;
        let step = record(&tx, "read", &label.to_stored(), ids, now)?;
        {
            let mut mark = tx.prepare_cached(
                "UPDATE articles SET read = 1, read_at = ?2 WHERE id = ?1 AND read = 0",
            )?;
            for id in ids {
                mark.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(Some(UndoStep {
            id: step,
            kind: "read".into(),
            label,
            articles: ids.len(),
            bookmarks_kept: 0,
        }))
    }

    /// Marks one article read or unread (a person's choice, not opening it), undoably.
    pub fn set_read_undoable(&mut self, id: i64, read: bool, now: Timestamp) -> Result<UndoStep> {
        let (kind, label) = if read {
            ("read", "undo-read")
        } else {
            ("unread", "undo-unread")
        };
        self.one_flag_step(id, "read", read, (kind, label), now)
    }

    /// Bookmarks an article or takes its bookmark off, undoably.
    pub fn set_bookmarked_undoable(
        &mut self,
        id: i64,
        bookmarked: bool,
        now: Timestamp,
    ) -> Result<UndoStep> {
        let (kind, label) = if bookmarked {
            ("bookmark", "undo-bookmarked")
        } else {
            ("unbookmark", "undo-unbookmarked")
        };
        self.one_flag_step(id, "bookmarked", bookmarked, (kind, label), now)
    }

    /// One article's flag (`read` or `bookmarked`, with its `…_at` time) set, as one step.
    fn one_flag_step(
        &mut self,
        id: i64,
        flag: &'static str,
        on: bool,
        (kind, label): (&'static str, &'static str),
        now: Timestamp,
    ) -> Result<UndoStep> {
        self.one_article_step(id, kind, label, now, |tx| {
            tx.execute(
                &format!(
                    "UPDATE articles SET {flag} = ?2, {flag}_at = CASE WHEN ?2 THEN ?3 END
                     WHERE id = ?1 AND purged_at IS NULL"
                ),
                params![id, on, now],
            )
        })
    }

    fn one_article_step(
        &mut self,
        id: i64,
        kind: &str,
        label: &'static str,
        now: Timestamp,
        change: impl FnOnce(&Transaction) -> rusqlite::Result<usize>,
    ) -> Result<UndoStep> {
        let label = Message::new(label);
        let tx = self.conn.transaction()?;
        let step = record(&tx, kind, &label.to_stored(), &[id], now)?;
        if change(&tx)? == 0 {
            return Err(Error::NotFound {
                kind: "article",
                id: id.to_string(),
            });
        }
        tx.commit()?;
        Ok(UndoStep {
            id: step,
            kind: kind.into(),
            label,
            articles: 1,
            bookmarks_kept: 0,
        })
    }

    /// Unsubscribes: the feed and its articles leave every view at once and stay, hidden,
    /// until the step is final ([`Store::finalize_undo`]); an undo before then brings them
    /// back exactly. Bookmarked articles stay whatever happens.
    pub fn unsubscribe(&mut self, feed_id: i64, now: Timestamp) -> Result<UndoStep> {
        let tx = self.conn.transaction()?;
        let title: Option<String> = tx
            .query_row(
                "SELECT COALESCE(user_title, title) FROM feeds
                 WHERE id = ?1 AND removed_at IS NULL",
                [feed_id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(title) = title else {
            return Err(Error::NotFound {
                kind: "feed",
                id: feed_id.to_string(),
            });
        };
        let kept: u32 = tx.query_row(
            "SELECT COUNT(*) FROM articles WHERE feed_id = ?1 AND bookmarked = 1",
            [feed_id],
            |r| r.get(0),
        )?;
        let label = Message::new("undo-unsubscribed").with("title", &title);
        tx.execute(
            "INSERT INTO undo_steps(kind, label, feed_id, created_at)
             VALUES ('unsubscribe', ?1, ?2, ?3)",
            params![label.to_stored(), feed_id, now],
        )?;
        let step = tx.last_insert_rowid();
        tx.execute(
            "UPDATE feeds SET removed_at = ?2 WHERE id = ?1",
            params![feed_id, now],
        )?;
        tx.commit()?;
        Ok(UndoStep {
            id: step,
            kind: "unsubscribe".into(),
            label,
            articles: 0,
            bookmarks_kept: kept,
        })
    }

    /// Deletes a folder (what it holds moves up a level, nothing is unsubscribed), undoably: an
    /// undo brings the folder back in its place and puts back what is still where it moved.
    pub fn delete_folder_undoable(&mut self, id: i64, now: Timestamp) -> Result<UndoStep> {
        let tx = self.conn.transaction()?;
        let folder: Option<(String, Timestamp, Option<i64>)> = tx
            .query_row(
                "SELECT name, created_at, parent_id FROM folders WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((name, created_at, parent_id)) = folder else {
            return Err(Error::NotFound {
                kind: "folder",
                id: id.to_string(),
            });
        };
        let held = |sql: &str| -> Result<Vec<i64>> {
            let mut stmt = tx.prepare(sql)?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let feeds = held("SELECT id FROM feeds WHERE folder_id = ?1")?;
        let folders = held("SELECT id FROM folders WHERE parent_id = ?1")?;
        let rules = held("SELECT id FROM rules WHERE folder_id = ?1")?;
        let payload = serde_json::json!({
            "id": id, "parent_id": parent_id, "name": name, "created_at": created_at,
            "feeds": feeds, "folders": folders, "rules": rules
        })
        .to_string();
        let label = Message::new("undo-folder-deleted").with("name", &name);
        tx.execute(
            "INSERT INTO undo_steps(kind, label, payload, created_at)
             VALUES ('delete_folder', ?1, ?2, ?3)",
            params![label.to_stored(), payload, now],
        )?;
        let step = tx.last_insert_rowid();
        super::folders::delete_in(&tx, id)?;
        tx.commit()?;
        Ok(UndoStep {
            id: step,
            kind: "delete_folder".into(),
            label,
            articles: 0,
            bookmarks_kept: 0,
        })
    }

    /// Takes back step `id`, or the latest step still open; returns it, or `None` when there
    /// is nothing left to undo. Only what the step changed is restored: a bookmark made after
    /// a "mark all read" stays when that is undone.
    pub fn undo(&mut self, id: Option<i64>, now: Timestamp) -> Result<Option<UndoStep>> {
        let tx = self.conn.transaction()?;
        type Row = (i64, String, String, Option<i64>, Option<String>);
        let step: Option<Row> = tx
            .query_row(
                "SELECT id, kind, label, feed_id, payload FROM undo_steps
                 WHERE undone_at IS NULL AND finalized_at IS NULL AND (?1 IS NULL OR id = ?1)
                 ORDER BY id DESC LIMIT 1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((step, kind, label, feed_id, payload)) = step else {
            return Ok(None);
        };
        let articles = match kind.as_str() {
            "delete_folder" => {
                restore_folder(&tx, payload.as_deref().unwrap_or("{}"))?;
                0
            }
            "unsubscribe" => {
                tx.execute(
                    "UPDATE feeds SET removed_at = NULL WHERE id = ?1",
                    [feed_id],
                )?;
                0
            }
            "bookmark" | "unbookmark" => tx.execute(
                "UPDATE articles SET bookmarked = u.bookmarked, bookmarked_at = u.bookmarked_at
                 FROM undo_articles u WHERE u.step_id = ?1 AND articles.id = u.article_id",
                [step],
            )?,
            _ => tx.execute(
                "UPDATE articles SET read = u.read, read_at = u.read_at
                 FROM undo_articles u WHERE u.step_id = ?1 AND articles.id = u.article_id
                   AND articles.purged_at IS NULL",
                [step],
            )?,
        };
        tx.execute(
            "UPDATE undo_steps SET undone_at = ?2 WHERE id = ?1",
            params![step, now],
        )?;
        tx.execute("DELETE FROM undo_articles WHERE step_id = ?1", [step])?;
        tx.commit()?;
        Ok(Some(UndoStep {
            id: step,
            kind,
            label: Message::from_stored(&label, &[LABELS], "undo-other"),
            articles,
            bookmarks_kept: 0,
        }))
    }

    /// Makes steps final: unsubscribed feeds whose undo time has passed lose their articles
    /// (bookmarks stay) and go; marking steps older than a week forget what they changed.
    /// Returns how many feeds went.
    pub fn finalize_undo(&mut self, now: Timestamp) -> Result<usize> {
        let due: Vec<(i64, i64)> = {
            let mut stmt = self.conn.prepare(
                "SELECT id, feed_id FROM undo_steps
                 WHERE kind = 'unsubscribe' AND undone_at IS NULL AND finalized_at IS NULL
                   AND created_at <= ?1",
            )?;
            let rows = stmt.query_map([now - UNDO_WINDOW_SECS], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for &(step, feed) in &due {
            let tx = self.conn.transaction()?;
            // subscribed to again meanwhile: the feed is the person's again, nothing goes
            let still_removed: bool = tx
                .query_row(
                    "SELECT removed_at IS NOT NULL FROM feeds WHERE id = ?1",
                    [feed],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(false);
            if still_removed {
                super::feeds::delete_unsubscribed(&tx, feed)?;
            }
            tx.execute(
                "UPDATE undo_steps SET finalized_at = ?2 WHERE id = ?1",
                params![step, now],
            )?;
            tx.commit()?;
        }
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM undo_articles WHERE step_id IN (SELECT id FROM undo_steps
               WHERE finalized_at IS NULL AND undone_at IS NULL AND kind != 'unsubscribe'
                 AND created_at <= ?1)",
            [now - ARTICLE_STEP_KEEP_SECS],
        )?;
        tx.execute(
            "UPDATE undo_steps SET finalized_at = ?2 WHERE finalized_at IS NULL AND undone_at IS NULL
               AND kind != 'unsubscribe' AND created_at <= ?1",
            params![now - ARTICLE_STEP_KEEP_SECS, now],
        )?;
        tx.commit()?;
        Ok(due.len())
    }
}
