//! Pages of a view, newest first, found by key and never by walking rows: the page after (or
//! before) a row the list already shows continues from that row's `(published_at, id)`, and a
//! jump to any position starts from the nearest *landmark*, the key of every
//! [`LANDMARK_STRIDE`]th row of the view, gathered in one pass over the date index the first
//! time a far position is asked for and kept until the view gains or loses rows.

use std::collections::HashMap;

use rusqlite::types::Value;

use super::articles::{summary_from_row, view_filter, MAX_PAGE, SUMMARY_COLUMNS};
use super::Store;
use crate::error::Result;
use crate::model::{ArticleQuery, ArticleSummary, Timestamp, View};

/// Rows between two landmarks: a jump walks at most this many index entries.
pub const LANDMARK_STRIDE: u32 = 512;

/// A row's place in the order of every list: newest first, then the higher id.
pub type RowKey = (Timestamp, i64);

/// The landmarks of one view, and what the view was when they were gathered.
pub(super) struct Landmarks {
    /// Rows in the view and the newest article id: when either moves, positions moved.
    stamp: (i64, i64),
    keys: Vec<RowKey>,
}

pub(super) type LandmarkCache = HashMap<(View, bool), Landmarks>;

impl Store {
    /// One page of a view, newest first: after `q.after` or before `q.before` (keys of rows
    /// the list holds) when given, else at row `q.offset`.
    pub fn articles(&self, q: &ArticleQuery) -> Result<Vec<ArticleSummary>> {
        let limit = if q.limit == 0 {
            100
        } else {
            q.limit.min(MAX_PAGE)
        };
        if let Some(key) = q.after {
            return self.page_from(q, key, false, limit, 0);
        }
        if let Some(key) = q.before {
            let (filter, mut args) = view_filter(q.view, q.unread_only);
            args.extend([Value::Integer(key.0), Value::Integer(key.1)]);
            args.push(Value::Integer(limit.into()));
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
                 WHERE {filter} AND a.published_at >= ?1 AND (a.published_at > ?1 OR a.id > ?2)
                 ORDER BY a.published_at ASC, a.id ASC LIMIT ?3"
            );
            let sql = number_params(&sql, args.len() - 3);
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(args), summary_from_row)?;
            let mut rows: Vec<ArticleSummary> = rows.collect::<rusqlite::Result<_>>()?;
            rows.reverse();
            return Ok(rows);
        }
        if q.offset < 2 * LANDMARK_STRIDE {
            return self.page_at_offset(q, limit, q.offset);
        }
        let landmark = q.offset / LANDMARK_STRIDE;
        let key = self.landmark(q.view, q.unread_only, landmark as usize)?;
        match key {
            Some(key) => self.page_from(q, key, true, limit, q.offset % LANDMARK_STRIDE),
            // past the end of the view
            None => Ok(Vec::new()),
        }
    }

    /// Rows from `key` on (`inclusive`: the row itself first), skipping `skip` of them.
    fn page_from(
        &self,
        q: &ArticleQuery,
        key: RowKey,
        inclusive: bool,
        limit: u32,
        skip: u32,
    ) -> Result<Vec<ArticleSummary>> {
        let (filter, mut args) = view_filter(q.view, q.unread_only);
        let first = args.len();
        args.extend([Value::Integer(key.0), Value::Integer(key.1)]);
        args.push(Value::Integer(limit.into()));
        args.push(Value::Integer(skip.into()));
        let cmp = if inclusive { "<=" } else { "<" };
        // the first term bounds the date index's range; the second places the row within a date
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE {filter} AND a.published_at <= ?1 AND (a.published_at < ?1 OR a.id {cmp} ?2)
             ORDER BY a.published_at DESC, a.id DESC LIMIT ?3 OFFSET ?4"
        );
        let sql = number_params(&sql, first);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn page_at_offset(
        &self,
        q: &ArticleQuery,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<ArticleSummary>> {
        let (filter, mut args) = view_filter(q.view, q.unread_only);
        args.push(Value::Integer(limit.into()));
        args.push(Value::Integer(offset.into()));
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE {filter} ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The key of row `index × LANDMARK_STRIDE` of a view, gathering the view's landmarks
    /// again when it has gained or lost rows since.
    fn landmark(&self, view: View, unread_only: bool, index: usize) -> Result<Option<RowKey>> {
        let (total, unread) = self.view_counts(view)?;
        let newest: i64 =
            self.conn
                .query_row("SELECT COALESCE(MAX(id), 0) FROM articles", [], |r| {
                    r.get(0)
                })?;
        let rows = if unread_only || view == View::Unread {
            unread
        } else {
            total
        };
        let stamp = (rows, newest);
        let mut cache = self.landmarks.borrow_mut();
        let fresh = cache
            .get(&(view, unread_only))
            .is_some_and(|l| l.stamp == stamp);
        if !fresh {
            let (sql, args) = walk_of(view, unread_only);
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
            let mut keys = Vec::with_capacity(rows_hint(stamp.0));
            let mut at = 0u32;
            while let Some(row) = rows.next()? {
                if at % LANDMARK_STRIDE == 0 {
                    keys.push((row.get(0)?, row.get(1)?));
                }
                at += 1;
            }
            cache.insert((view, unread_only), Landmarks { stamp, keys });
        }
        Ok(cache
            .get(&(view, unread_only))
            .and_then(|l| l.keys.get(index).copied()))
    }
}

/// The statement that walks a view in list order, keys only. The big views (all, unread, a
/// folder) read nothing but the `articles_list` index, which holds each row's feed and read
/// state; the others are small and go through the ordinary filter.
fn walk_of(view: View, unread_only: bool) -> (String, Vec<Value>) {
    let unread = if unread_only || view == View::Unread {
        " AND read = 0"
    } else {
        ""
    };
    let index_only = |feeds: &str, args: Vec<Value>| {
        (
            format!(
                "SELECT published_at, id FROM articles INDEXED BY articles_list
                 WHERE purged_at IS NULL AND hidden = 0{unread} AND {feeds}
                 ORDER BY published_at DESC, id DESC"
            ),
            args,
        )
    };
    match view {
        View::All | View::Unread => index_only(
            "feed_id NOT IN (SELECT id FROM feeds WHERE removed_at IS NOT NULL)",
            Vec::new(),
        ),
        View::Folder(id) => index_only(
            "feed_id IN (SELECT id FROM feeds WHERE folder_id = ? AND removed_at IS NULL)",
            vec![Value::Integer(id)],
        ),
        View::Today | View::Bookmarks | View::Feed(_) => {
            let (filter, args) = view_filter(view, unread_only);
            (
                format!(
                    "SELECT a.published_at, a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
                     WHERE {filter} ORDER BY a.published_at DESC, a.id DESC"
                ),
                args,
            )
        }
    }
}

fn rows_hint(rows: i64) -> usize {
    usize::try_from(rows).unwrap_or(0) / LANDMARK_STRIDE as usize + 1
}

/// The view filter's parameters are positional (`?`); the key's and paging's are numbered
/// after them: `?1`.. in `sql` become `?(n+1)`.. so both kinds can sit in one statement.
fn number_params(sql: &str, n: usize) -> String {
    let mut out = sql.to_string();
    for i in (1..=4).rev() {
        out = out.replace(&format!("?{i}"), &format!("?{}", i + n));
    }
    out
}
