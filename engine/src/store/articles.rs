//! Reading the stored articles: counts per view, one article, read and bookmark state,
//! full-text search, retention and stats (pages of a view: `paging.rs`).

use rusqlite::{params, types::Value, OptionalExtension, Row};

use super::{changed_or_not_found, Store};
use crate::error::{Error, Result};
use crate::model::{now, Article, ArticleSummary, SmartCounts, Stats, Timestamp, View};

pub(super) const SUMMARY_COLUMNS: &str =
    "a.id, a.feed_id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url),
     a.title, a.url, a.author, a.published_at, a.excerpt, a.read, a.bookmarked,
     a.thumb, COALESCE(a.images_at, 0) > 0, a.story_id";

pub(super) fn summary_from_row(r: &Row) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        feed_title: r.get(2)?,
        title: r.get(3)?,
        url: r.get(4)?,
        author: r.get(5)?,
        published_at: r.get(6)?,
        excerpt: r.get(7)?,
        read: r.get(8)?,
        bookmarked: r.get(9)?,
        thumb: r.get(10)?,
        images_stored: r.get(11)?,
        story_id: r.get(12)?,
        other_sources: Vec::new(),
    })
}

/// Kept counts that differ from a recount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountMismatch {
    /// A feed's (live, unread, bookmarked, bookmarked unread).
    Feed {
        feed_id: i64,
        kept: [i64; 4],
        recounted: [i64; 4],
    },
    /// One slice's (live, unread) of one feed, or of all feeds (`feed_id` none).
    Slice {
        feed_id: Option<i64>,
        slice: i64,
        kept: [i64; 2],
        recounted: [i64; 2],
    },
}

/// The default and largest page of a list.
pub const MAX_PAGE: u32 = 500;

/// Start of the local day containing `now`, as the "Today" view counts it.
fn start_of_today() -> Timestamp {
    use chrono::{Local, TimeZone};
    let today = Local::now().date_naive();
    today
        .and_hms_opt(0, 0, 0)
        .and_then(|t| Local.from_local_datetime(&t).earliest())
        .map_or_else(|| now() - 24 * 3600, |t| t.timestamp())
}

/// The WHERE clause and its parameters for one view, on `articles a JOIN feeds f`.
pub(super) fn view_filter(view: View, unread_only: bool) -> (String, Vec<Value>) {
    view_filter_on(view, unread_only, "a", "f")
}

/// [`view_filter`] on articles named `a` and their feeds named `f` (another row of the same
/// tables inside a statement: a story's lead, say).
pub(super) fn view_filter_on(
    view: View,
    unread_only: bool,
    a: &str,
    f: &str,
) -> (String, Vec<Value>) {
    // hidden (by a rule) is out of every view
    let mut sql = format!("{a}.purged_at IS NULL AND {a}.hidden = 0 AND {f}.removed_at IS NULL");
    let mut args: Vec<Value> = Vec::new();
    match view {
        View::All => {}
        View::Unread => sql.push_str(&format!(" AND {a}.read = 0")),
        View::Today => {
            sql.push_str(&format!(" AND {a}.published_at >= ?"));
            args.push(Value::Integer(start_of_today()));
        }
        View::Bookmarks => {
            // bookmarks outlive their feed's subscription
            sql = format!("{a}.bookmarked = 1 AND {a}.hidden = 0");
        }
        View::Feed(id) => {
            sql.push_str(&format!(" AND {a}.feed_id = ?"));
            args.push(Value::Integer(id));
        }
        View::Folder(id) => {
            // the folder and every folder beneath it
            sql.push_str(&format!(" AND {f}.folder_id IN "));
            sql.push_str(&super::folders::subtree_sql("?"));
            args.push(Value::Integer(id));
        }
    }
    if unread_only && view != View::Unread {
        sql.push_str(&format!(" AND {a}.read = 0"));
    }
    (sql, args)
}

impl Store {
    /// How many articles a view holds, and how many of them are unread: read from the
    /// per-feed counts the triggers of migration 0007 keep, so it costs the same at a million
    /// articles as at a hundred ("Today" counts the day's rows through the date index).
    pub fn view_counts(&self, view: View) -> Result<(i64, i64)> {
        let sum = |columns: &str, filter: &str, arg: Option<i64>| -> Result<(i64, i64)> {
            let sql = format!(
                "SELECT {columns} FROM feed_counts c JOIN feeds f ON f.id = c.feed_id WHERE {filter}"
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let params = rusqlite::params_from_iter(arg);
            Ok(stmt.query_row(params, |r| Ok((r.get(0)?, r.get(1)?)))?)
        };
        const LIVE: &str = "COALESCE(SUM(c.live), 0), COALESCE(SUM(c.unread), 0)";
        match view {
            View::All => sum(LIVE, "f.removed_at IS NULL", None),
            View::Unread => sum(
                "COALESCE(SUM(c.unread), 0), COALESCE(SUM(c.unread), 0)",
                "f.removed_at IS NULL",
                None,
            ),
            // bookmarks outlive their feed's subscription
            View::Bookmarks => sum(
                "COALESCE(SUM(c.bookmarked), 0), COALESCE(SUM(c.bookmarked_unread), 0)",
                "1",
                None,
            ),
            View::Feed(id) => sum(LIVE, "f.removed_at IS NULL AND f.id = ?", Some(id)),
            View::Folder(id) => sum(
                LIVE,
                &format!(
                    "f.removed_at IS NULL AND f.folder_id IN {}",
                    super::folders::subtree_sql("?")
                ),
                Some(id),
            ),
            View::Today => {
                let (filter, args) = view_filter(view, false);
                let sql = format!(
                    "SELECT COUNT(*), COALESCE(SUM(a.read = 0), 0) FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE {filter}"
                );
                Ok(self
                    .conn
                    .query_row(&sql, rusqlite::params_from_iter(args), |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })?)
            }
        }
    }

    /// Unread in all feeds, unread today, and bookmarks: the smart views' badges.
    pub fn smart_counts(&self) -> Result<SmartCounts> {
        let (_, unread) = self.view_counts(View::All)?;
        let (bookmarks, _) = self.view_counts(View::Bookmarks)?;
        let (_, today_unread) = self.view_counts(View::Today)?;
        Ok(SmartCounts {
            unread,
            today_unread,
            bookmarks,
        })
    }

    /// Counts as the triggers keep them and as a full recount finds them, for every feed and
    /// every slice (migration 0011) where they differ. Empty when all is well (a full
    /// recount: for tests and checks).
    pub fn count_mismatches(&self) -> Result<Vec<CountMismatch>> {
        let mut stmt = self.conn.prepare(
            "WITH recount AS (
               SELECT feed_id, SUM(purged_at IS NULL AND hidden = 0) AS live,
                      SUM(purged_at IS NULL AND hidden = 0 AND read = 0) AS unread,
                      SUM(bookmarked = 1 AND hidden = 0) AS bookmarked,
                      SUM(bookmarked = 1 AND hidden = 0 AND read = 0) AS bookmarked_unread
                 FROM articles GROUP BY feed_id)
             SELECT f.id, COALESCE(c.live, 0), COALESCE(c.unread, 0), COALESCE(c.bookmarked, 0),
                    COALESCE(c.bookmarked_unread, 0), COALESCE(r.live, 0), COALESCE(r.unread, 0),
                    COALESCE(r.bookmarked, 0), COALESCE(r.bookmarked_unread, 0)
               FROM feeds f LEFT JOIN feed_counts c ON c.feed_id = f.id
                    LEFT JOIN recount r ON r.feed_id = f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CountMismatch::Feed {
                feed_id: r.get(0)?,
                kept: [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?],
                recounted: [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?],
            })
        })?;
        let mut found: Vec<CountMismatch> = rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(
                |m| matches!(m, CountMismatch::Feed { kept, recounted, .. } if kept != recounted),
            )
            .collect();
        // slices (migration 0011): rows kept or recounted, with zero for the side that lacks
        // them; a kept row of zeros is no mismatch
        let slices = "WITH recount AS (
               SELECT feed_id, published_at >> 18 AS slice, COUNT(*) AS live,
                      SUM(read = 0) AS unread
                 FROM articles WHERE purged_at IS NULL AND hidden = 0 GROUP BY 1, 2),
             kept AS (SELECT feed_id, slice, live, unread FROM slice_counts
                      UNION ALL
                      SELECT NULL, slice, live, unread FROM slice_totals),
             counted AS (SELECT feed_id, slice, live, unread FROM recount
                         UNION ALL
                         SELECT NULL, slice, SUM(live), SUM(unread) FROM recount GROUP BY slice),
             sides AS (SELECT feed_id, slice, live AS kl, unread AS ku, 0 AS rl, 0 AS ru FROM kept
                       UNION ALL
                       SELECT feed_id, slice, 0, 0, live, unread FROM counted)
             SELECT feed_id, slice, SUM(kl), SUM(ku), SUM(rl), SUM(ru) FROM sides
              GROUP BY feed_id, slice
             HAVING SUM(kl) != SUM(rl) OR SUM(ku) != SUM(ru)";
        let mut stmt = self.conn.prepare(slices)?;
        let rows = stmt.query_map([], |r| {
            Ok(CountMismatch::Slice {
                feed_id: r.get(0)?,
                slice: r.get(1)?,
                kept: [r.get(2)?, r.get(3)?],
                recounted: [r.get(4)?, r.get(5)?],
            })
        })?;
        found.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        Ok(found)
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        self.conn
            .query_row(
                "SELECT a.id, a.feed_id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url), a.guid, a.url,
                        a.title, a.author, a.published_at, a.updated_at, a.summary, a.content,
                        a.read, a.read_at, a.bookmarked, a.bookmarked_at,
                        t.html, t.byline, p.error, a.hidden
                 FROM articles a JOIN feeds f ON f.id = a.feed_id
                 LEFT JOIN full_texts t ON t.article_id = a.id
                 LEFT JOIN page_attempts p ON p.article_id = a.id
                 WHERE a.id = ?1 AND a.purged_at IS NULL",
                [id],
                |r| {
                    Ok(Article {
                        id: r.get(0)?,
                        feed_id: r.get(1)?,
                        feed_title: r.get(2)?,
                        guid: r.get(3)?,
                        url: r.get(4)?,
                        title: r.get(5)?,
                        author: r.get(6)?,
                        published_at: r.get(7)?,
                        updated_at: r.get(8)?,
                        summary: r.get(9)?,
                        content: r.get(10)?,
                        read: r.get(11)?,
                        read_at: r.get(12)?,
                        bookmarked: r.get(13)?,
                        bookmarked_at: r.get(14)?,
                        full_content: r.get(15)?,
                        full_byline: r.get(16)?,
                        full_error: r.get(17)?,
                        hidden: r.get(18)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "article",
                id: id.to_string(),
            })
    }

    pub fn set_read(&self, id: i64, read: bool) -> Result<()> {
        self.set_read_at(id, read, now())
    }

    /// Marks an article read (at `at`, from which retention counts) or unread.
    pub fn set_read_at(&self, id: i64, read: bool, at: Timestamp) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE articles SET read = ?2, read_at = CASE WHEN ?2 THEN ?3 END
             WHERE id = ?1 AND purged_at IS NULL",
            params![id, read, at],
        )?;
        changed_or_not_found(n, "article", id)
    }

    pub fn set_bookmarked(&self, id: i64, bookmarked: bool) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE articles SET bookmarked = ?2, bookmarked_at = CASE WHEN ?2 THEN ?3 END
             WHERE id = ?1 AND purged_at IS NULL",
            params![id, bookmarked, now()],
        )?;
        changed_or_not_found(n, "article", id)
    }

    /// Marks every unread article of a view read; returns how many changed.
    pub fn mark_view_read(&self, view: View) -> Result<usize> {
        let (filter, mut args) = view_filter(view, true);
        args.insert(0, Value::Integer(now()));
        let sql = format!(
            "UPDATE articles SET read = 1, read_at = ? WHERE id IN
               (SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE {filter})"
        );
        Ok(self.conn.execute(&sql, rusqlite::params_from_iter(args))?)
    }

    /// Full-text search over title, author, summary and content: every word must match (a
    /// trailing `*` matches a prefix). Newest stored first.
    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<ArticleSummary>> {
        self.search_including(query, limit, false)
    }

    /// Search; with `include_hidden`, articles a rule hid are found too (the switch in the
    /// search field, `broadsheet search --hidden`).
    pub fn search_including(
        &self,
        query: &str,
        limit: u32,
        include_hidden: bool,
    ) -> Result<Vec<ArticleSummary>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let limit = if limit == 0 { 100 } else { limit.min(MAX_PAGE) };
        self.catch_up_for_search();
        // the index is a file of its own (`search_index.rs`), attached as `search`
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM
               (SELECT rowid AS id FROM search.articles_fts WHERE articles_fts MATCH ?1
                 ORDER BY rowid DESC LIMIT ?2) m
             JOIN articles a ON a.id = m.id JOIN feeds f ON f.id = a.feed_id
             WHERE (f.removed_at IS NULL OR a.bookmarked = 1) AND (a.hidden = 0 OR ?3)
               AND a.purged_at IS NULL
             ORDER BY a.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![fts, limit, include_hidden], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Retention: articles read more than `days` ago (counted from when they were read, never
    /// from their publication date), not bookmarked, unread again or in `keep` (the article
    /// on screen), lose their content and leave the lists and the index. The row stays as a
    /// tombstone so the next refresh does not bring the item back. Found through the
    /// `articles_retention` index: nothing to purge costs nothing. Returns how many.
    pub fn purge_older_than(&mut self, days: u32, now: Timestamp, keep: &[i64]) -> Result<usize> {
        if days == 0 {
            return Ok(0);
        }
        let cutoff = now - i64::from(days) * 24 * 3600;
        let tx = self.conn.transaction()?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM articles INDEXED BY articles_retention
                 WHERE read = 1 AND bookmarked = 0 AND purged_at IS NULL AND read_at < ?1",
            )?;
            let rows = stmt.query_map([cutoff], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<Vec<i64>>>()?
                .into_iter()
                .filter(|id| !keep.contains(id))
                .collect()
        };
        {
            let mut images =
                tx.prepare_cached("DELETE FROM article_images WHERE article_id = ?1")?;
            let mut full_text =
                tx.prepare_cached("DELETE FROM full_texts WHERE article_id = ?1")?;
            let mut attempts =
                tx.prepare_cached("DELETE FROM page_attempts WHERE article_id = ?1")?;
            let mut purge = tx.prepare_cached(
                "UPDATE articles SET purged_at = ?2, summary = NULL, content = NULL, excerpt = '',
                     thumb = NULL
                 WHERE id = ?1",
            )?;
            // each purge logs its article for the search index (migration 0013)
            for id in &ids {
                purge.execute(params![id, now])?;
                images.execute([id])?;
                full_text.execute([id])?;
                attempts.execute([id])?;
            }
        }
        tx.commit()?;
        self.index_after_write();
        Ok(ids.len())
    }

    pub fn stats(&self) -> Result<Stats> {
        let mut stats = self.conn.query_row(
            "SELECT
               (SELECT COUNT(*) FROM feeds WHERE removed_at IS NULL),
               (SELECT COUNT(*) FROM folders),
               (SELECT COALESCE(SUM(live), 0) FROM feed_counts),
               (SELECT COALESCE(SUM(unread), 0) FROM feed_counts),
               (SELECT COALESCE(SUM(bookmarked), 0) FROM feed_counts),
               (SELECT COUNT(*) FROM feeds WHERE removed_at IS NULL AND last_error IS NOT NULL)",
            [],
            |r| {
                Ok(Stats {
                    feeds: r.get(0)?,
                    folders: r.get(1)?,
                    articles: r.get(2)?,
                    unread: r.get(3)?,
                    bookmarked: r.get(4)?,
                    failing_feeds: r.get(5)?,
                    database_bytes: 0,
                })
            },
        )?;
        stats.database_bytes = self.size_on_disk();
        Ok(stats)
    }
}

/// Turns what a person typed into an FTS5 query: each word quoted (so no FTS syntax leaks
/// through), all required; a trailing `*` keeps prefix matching.
pub(super) fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split_whitespace()
        .filter_map(|word| {
            let prefix = word.ends_with('*');
            let word = word.trim_end_matches('*').replace('"', "\"\"");
            if word.is_empty() {
                None
            } else if prefix {
                Some(format!("\"{word}\"*"))
            } else {
                Some(format!("\"{word}\""))
            }
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_query_quotes_everything() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("csto border"), Some("\"csto\" \"border\"".into()));
        assert_eq!(fts_query("a\"b OR"), Some("\"a\"\"b\" \"OR\"".into()));
        assert_eq!(fts_query("tasma*"), Some("\"tasma\"*".into()));
    }
}
