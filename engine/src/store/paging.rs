//! Pages of a view, newest first or oldest first, found by key and never by walking rows: the
//! page after (or before) a row the list already shows continues from that row's
//! `(published_at, id)`. A jump to any position in the big views (all, unread, a folder, a
//! feed) adds up the kept counts of publication-time *slices* (migration 0011), in the list's
//! order, to find the slice that holds the row, then walks inside that slice alone. The small
//! views (today, bookmarks) start from the nearest *landmark*, the key of every
//! [`LANDMARK_STRIDE`]th row, gathered in one pass the first time a far position is asked for
//! and kept until the view gains or loses rows; so do the big ones if their slices ever
//! disagree with their kept counts. Oldest first is the same order backwards: every statement
//! is written once, for either direction ([`Order`]).

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::articles::{summary_from_row, view_filter, MAX_PAGE, SUMMARY_COLUMNS};
use super::Store;
use crate::error::Result;
use crate::model::{ArticleQuery, ArticleSummary, Timestamp, View};

/// Rows between two landmarks: a jump walks at most this many index entries.
pub const LANDMARK_STRIDE: u32 = 512;

/// Articles are counted per slice of `published_at >> SLICE_SHIFT` seconds (about three
/// days): the SQL of migration 0011 writes the same number.
pub(super) const SLICE_SHIFT: u32 = 18;

/// Where the slices put row N of a view.
enum Found {
    Row(RowKey),
    PastTheEnd,
    /// Not a sliced view, or the slices do not add up to the view's kept count.
    Unknown,
}

/// A row's place in the order of every list: newest first, then the higher id (oldest first
/// is exactly the reverse).
pub type RowKey = (Timestamp, i64);

/// Which way a list runs over its rows' keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Order {
    NewestFirst,
    OldestFirst,
}

impl Order {
    fn of(q: &ArticleQuery) -> Self {
        if q.oldest_first {
            Order::OldestFirst
        } else {
            Order::NewestFirst
        }
    }

    fn reversed(self) -> Self {
        match self {
            Order::NewestFirst => Order::OldestFirst,
            Order::OldestFirst => Order::NewestFirst,
        }
    }

    /// `ASC` or `DESC`.
    fn sql(self) -> &'static str {
        match self {
            Order::NewestFirst => "DESC",
            Order::OldestFirst => "ASC",
        }
    }

    /// The comparison that keeps rows at or past a key in this order (`<=` newest first),
    /// and the strict one (`<`).
    fn onward(self) -> (&'static str, &'static str) {
        match self {
            Order::NewestFirst => ("<=", "<"),
            Order::OldestFirst => (">=", ">"),
        }
    }
}

/// The landmarks of one view, and what the view was when they were gathered.
pub(super) struct Landmarks {
    /// Rows in the view and the newest article id: when either moves, positions moved.
    stamp: (i64, i64),
    keys: Vec<RowKey>,
}

pub(super) type LandmarkCache = HashMap<(View, bool, bool), Landmarks>;

impl Store {
    /// One page of a view in its order (newest first unless `q.oldest_first`): after
    /// `q.after` or before `q.before` (keys of rows the list holds) when given, else at row
    /// `q.offset`.
    pub fn articles(&self, q: &ArticleQuery) -> Result<Vec<ArticleSummary>> {
        let limit = if q.limit == 0 {
            100
        } else {
            q.limit.min(MAX_PAGE)
        };
        let mut rows = self.page(q, limit)?;
        if grouped(q) {
            self.add_other_sources(&mut rows, q.view, q.unread_only)?;
        }
        Ok(rows)
    }

    /// How many rows a view's list holds: its articles, less those a grouped list shows as
    /// part of their story's row.
    pub fn list_rows(&self, q: &ArticleQuery) -> Result<i64> {
        let (total, unread) = self.view_counts(q.view)?;
        let rows = if q.unread_only { unread } else { total };
        if !grouped(q) {
            return Ok(rows);
        }
        let since = super::stories::list_horizon();
        Ok((rows - self.grouped_away(q.view, q.unread_only, since)?).max(0))
    }

    fn page(&self, q: &ArticleQuery, limit: u32) -> Result<Vec<ArticleSummary>> {
        let order = Order::of(q);
        if let Some(key) = q.after {
            return self.page_from(q, order, key, false, limit, 0);
        }
        if let Some(key) = q.before {
            // the rows before a key are the rows after it the other way round
            let mut rows = self.page_from(q, order.reversed(), key, false, limit, 0)?;
            rows.reverse();
            return Ok(rows);
        }
        if q.offset < 2 * LANDMARK_STRIDE {
            return self.page_at_offset(q, limit, q.offset);
        }
        let mut offset = q.offset;
        if grouped(q) {
            // a far row of a grouped list: the article as far into the ungrouped view (its
            // stories spread evenly), and the grouped rows from there
            let (total, unread) = self.view_counts(q.view)?;
            let articles = if q.unread_only { unread } else { total };
            let away = self.grouped_away(q.view, q.unread_only, super::stories::list_horizon())?;
            let rows = (articles - away).max(1);
            offset = (i64::from(offset) * articles / rows).clamp(0, u32::MAX.into()) as u32;
        }
        let key = match self.find_by_slices(q.view, q.unread_only, order, offset)? {
            Found::Row(key) => Some(key),
            Found::PastTheEnd => None,
            Found::Unknown => {
                let index = (offset / LANDMARK_STRIDE) as usize;
                match self.landmark(q.view, q.unread_only, order, index)? {
                    Some(start) => {
                        let skip = offset % LANDMARK_STRIDE;
                        return self.page_from(q, order, start, true, limit, skip);
                    }
                    None => None,
                }
            }
        };
        match key {
            Some(key) => self.page_from(q, order, key, true, limit, 0),
            // past the end of the view
            None => Ok(Vec::new()),
        }
    }

    /// Rows from `key` on in `order` (`inclusive`: the row itself first), skipping `skip`.
    fn page_from(
        &self,
        q: &ArticleQuery,
        order: Order,
        key: RowKey,
        inclusive: bool,
        limit: u32,
        skip: u32,
    ) -> Result<Vec<ArticleSummary>> {
        let (filter, mut args) = list_filter(q);
        let first = args.len();
        args.extend([Value::Integer(key.0), Value::Integer(key.1)]);
        args.push(Value::Integer(limit.into()));
        args.push(Value::Integer(skip.into()));
        let (onward, past) = order.onward();
        let cmp = if inclusive { onward } else { past };
        let dir = order.sql();
        // the first term bounds the date index's range; the second places the row within a date
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE {filter} AND a.published_at {onward} ?1 AND (a.published_at {past} ?1 OR a.id {cmp} ?2)
             ORDER BY a.published_at {dir}, a.id {dir} LIMIT ?3 OFFSET ?4"
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
        let (filter, mut args) = list_filter(q);
        args.push(Value::Integer(limit.into()));
        args.push(Value::Integer(offset.into()));
        let dir = Order::of(q).sql();
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE {filter} ORDER BY a.published_at {dir}, a.id {dir} LIMIT ? OFFSET ?"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The key of row `offset` of a big view in `order`, from its slices' kept counts: only
    /// the slice that holds the row is walked.
    fn find_by_slices(
        &self,
        view: View,
        unread_only: bool,
        order: Order,
        offset: u32,
    ) -> Result<Found> {
        let unread = unread_only || view == View::Unread;
        let Some(mut slices) = self.slice_sizes(view, unread)? else {
            return Ok(Found::Unknown);
        };
        if order == Order::OldestFirst {
            slices.reverse();
        }
        // the slices must add up to the count the view shows, or their positions are not its
        let (total, unread_total) = self.view_counts(view)?;
        let rows = if unread { unread_total } else { total };
        if slices.iter().map(|s| s.1).sum::<i64>() != rows {
            return Ok(Found::Unknown);
        }
        let mut before = 0i64;
        for (slice, size) in slices {
            if before + size > i64::from(offset) {
                let lo = slice << SLICE_SHIFT;
                let hi = lo + ((1i64 << SLICE_SHIFT) - 1);
                let (sql, mut args) = walk_of(view, unread_only, order, Some((lo, hi)));
                args.push(Value::Integer(i64::from(offset) - before));
                let sql = format!("{sql} LIMIT 1 OFFSET ?");
                let key: Option<RowKey> = self
                    .conn
                    .prepare_cached(&sql)?
                    .query_row(rusqlite::params_from_iter(args), |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()?;
                return Ok(key.map_or(Found::Unknown, Found::Row));
            }
            before += size;
        }
        Ok(Found::PastTheEnd)
    }

    /// `(slice, rows)` of a big view, newest slice first; `None` for the small views.
    fn slice_sizes(&self, view: View, unread: bool) -> Result<Option<Vec<(i64, i64)>>> {
        let column = if unread { "unread" } else { "live" };
        let (sql, arg) = match view {
            View::All | View::Unread => (
                // all feeds, less those waiting out their undo time
                format!(
                    "SELECT t.slice, t.{column} - COALESCE(
                         (SELECT SUM(c.{column}) FROM slice_counts c
                           WHERE c.slice = t.slice AND c.feed_id IN
                                 (SELECT id FROM feeds WHERE removed_at IS NOT NULL)), 0)
                       FROM slice_totals t ORDER BY t.slice DESC"
                ),
                None,
            ),
            View::Folder(id) => (
                format!(
                    "SELECT slice, SUM({column}) FROM slice_counts
                      WHERE feed_id IN (SELECT id FROM feeds WHERE folder_id IN {} AND removed_at IS NULL)
                      GROUP BY slice ORDER BY slice DESC",
                    super::folders::subtree_sql("?1")
                ),
                Some(id),
            ),
            View::Feed(id) => (
                format!(
                    "SELECT slice, {column} FROM slice_counts
                      WHERE feed_id = ?1 AND feed_id IN (SELECT id FROM feeds WHERE removed_at IS NULL)
                      ORDER BY slice DESC"
                ),
                Some(id),
            ),
            View::Today | View::Bookmarks => return Ok(None),
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(arg), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        let sizes: Vec<(i64, i64)> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(Some(sizes.into_iter().filter(|s| s.1 > 0).collect()))
    }

    /// The key of row `index × LANDMARK_STRIDE` of a view in `order`, gathering the view's
    /// landmarks again when it has gained or lost rows since.
    fn landmark(
        &self,
        view: View,
        unread_only: bool,
        order: Order,
        index: usize,
    ) -> Result<Option<RowKey>> {
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
        let cache_key = (view, unread_only, order == Order::OldestFirst);
        let fresh = cache.get(&cache_key).is_some_and(|l| l.stamp == stamp);
        if !fresh {
            let (sql, args) = walk_of(view, unread_only, order, None);
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
            cache.insert(cache_key, Landmarks { stamp, keys });
        }
        Ok(cache
            .get(&cache_key)
            .and_then(|l| l.keys.get(index).copied()))
    }
}

/// The statement that walks a view in `order`, keys only, all of it or the rows published
/// within `range` (inclusive). The big views (all, unread, a folder) read nothing but the
/// `articles_list` index, which holds each row's feed and read state; the others go through
/// the ordinary filter.
fn walk_of(
    view: View,
    unread_only: bool,
    order: Order,
    range: Option<(i64, i64)>,
) -> (String, Vec<Value>) {
    let dir = order.sql();
    let unread = if unread_only || view == View::Unread {
        " AND read = 0"
    } else {
        ""
    };
    let within = if range.is_some() {
        " AND published_at BETWEEN ? AND ?"
    } else {
        ""
    };
    let bounds = range
        .into_iter()
        .flat_map(|(lo, hi)| [Value::Integer(lo), Value::Integer(hi)]);
    let index_only = |feeds: &str, mut args: Vec<Value>| {
        args.extend(bounds.clone());
        (
            format!(
                "SELECT published_at, id FROM articles INDEXED BY articles_list
                 WHERE purged_at IS NULL AND hidden = 0{unread} AND {feeds}{within}
                 ORDER BY published_at {dir}, id {dir}"
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
            &format!(
                "feed_id IN (SELECT id FROM feeds WHERE folder_id IN {} AND removed_at IS NULL)",
                super::folders::subtree_sql("?")
            ),
            vec![Value::Integer(id)],
        ),
        View::Today | View::Bookmarks | View::Feed(_) => {
            let (filter, mut args) = view_filter(view, unread_only);
            args.extend(bounds.clone());
            (
                format!(
                    "SELECT a.published_at, a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
                     WHERE {filter}{within} ORDER BY a.published_at {dir}, a.id {dir}"
                ),
                args,
            )
        }
    }
}

/// Whether this query's list shows a story once.
fn grouped(q: &ArticleQuery) -> bool {
    q.grouped && super::stories::groups(q.view)
}

/// The view's filter, and in a grouped list the condition that leaves a story's other reports
/// to its lead's row.
fn list_filter(q: &ArticleQuery) -> (String, Vec<Value>) {
    let (mut filter, mut args) = view_filter(q.view, q.unread_only);
    if grouped(q) {
        let since = super::stories::list_horizon();
        let (more, more_args) = super::stories::grouped_filter(q.view, q.unread_only, since);
        filter.push_str(&more);
        args.extend(more_args);
    }
    (filter, args)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::parse::ParsedFeed;
    use crate::model::NewArticle;
    use crate::store::{test_store, FetchMeta, NewFeed};

    const NOW: i64 = 1_800_000_000;

    fn add(store: &mut Store, feed_id: i64, tag: &str, n: usize, spacing: i64) {
        let parsed = ParsedFeed {
            title: tag.into(),
            articles: (0..n)
                .map(|k| NewArticle {
                    guid: format!("{tag}-{k}"),
                    title: format!("{tag}-{k}"),
                    published_at: NOW - k as i64 * spacing,
                    published_from_feed: true,
                    content_hash: format!("{tag}-{k}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        store
            .apply_feed(feed_id, &parsed, &FetchMeta::default(), NOW, 1800)
            .unwrap();
    }

    /// Every row's key of a view, in `order`, walked whole.
    fn keys(store: &Store, view: View, unread_only: bool, order: Order) -> Vec<RowKey> {
        let (sql, args) = walk_of(view, unread_only, order, None);
        let mut stmt = store.conn.prepare(&sql).unwrap();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        rows.map(Result::unwrap).collect()
    }

    fn check(store: &Store, views: &[(View, bool)]) {
        for &(view, unread_only) in views {
            let newest_first = keys(store, view, unread_only, Order::NewestFirst);
            let mut oldest_first = keys(store, view, unread_only, Order::OldestFirst);
            assert!(
                newest_first.len() > 100,
                "{view:?}: a view worth jumping in"
            );
            oldest_first.reverse();
            assert_eq!(oldest_first, newest_first, "{view:?}: one order, backwards");
            oldest_first.reverse();
            for (order, all) in [
                (Order::NewestFirst, newest_first),
                (Order::OldestFirst, oldest_first),
            ] {
                for offset in (0..all.len()).step_by(37).chain([all.len() - 1]) {
                    match store
                        .find_by_slices(view, unread_only, order, offset as u32)
                        .unwrap()
                    {
                        Found::Row(key) => {
                            assert_eq!(key, all[offset], "{view:?} {order:?} row {offset}")
                        }
                        _ => panic!("{view:?} {unread_only} {order:?}: row {offset} not found"),
                    }
                }
                assert!(matches!(
                    store
                        .find_by_slices(view, unread_only, order, all.len() as u32)
                        .unwrap(),
                    Found::PastTheEnd
                ));
            }
        }
    }

    #[test]
    fn slices_find_every_row_of_the_big_views() {
        let (_dir, mut store) = test_store();
        let folder = store.folder_id("World").unwrap();
        let mut feeds = Vec::new();
        // a feed a day over a year, one every hour, one with a day of 300 on one second
        for (f, (n, spacing)) in [(400, 86_400), (900, 3_600), (300, 0)]
            .into_iter()
            .enumerate()
        {
            let id = store
                .add_feed(&NewFeed {
                    url: format!("http://slices.example/{f}.xml"),
                    folder_id: (f > 0).then_some(folder),
                    ..Default::default()
                })
                .unwrap()
                .id();
            add(&mut store, id, &format!("f{f}"), n, spacing);
            feeds.push(id);
        }
        // some read, one purged, one hidden, one moved to another feed, one redated
        store
            .conn
            .execute_batch(&format!(
                "UPDATE articles SET read = 1 WHERE id % 3 = 0;
                 UPDATE articles SET purged_at = {NOW} WHERE id % 50 = 1;
                 UPDATE articles SET hidden = 1 WHERE id % 61 = 2;
                 UPDATE articles SET feed_id = {} WHERE id % 70 = 5;
                 UPDATE articles SET published_at = published_at - 5000000 WHERE id % 90 = 7;",
                feeds[0]
            ))
            .unwrap();
        let views = [
            (View::All, false),
            (View::All, true),
            (View::Unread, false),
            (View::Folder(folder), false),
            (View::Folder(folder), true),
            (View::Feed(feeds[0]), false),
            (View::Feed(feeds[1]), true),
        ];
        assert_eq!(store.count_mismatches().unwrap(), vec![]);
        check(&store, &views);

        // a feed waiting out its undo time leaves the big views
        store
            .conn
            .execute(
                "UPDATE feeds SET removed_at = ?1 WHERE id = ?2",
                [NOW, feeds[2]],
            )
            .unwrap();
        check(&store, &views[..5]);

        // slices that no longer add up are not trusted: the landmarks answer, still right
        store
            .conn
            .execute("UPDATE slice_totals SET live = live + 1 WHERE slice = (SELECT MAX(slice) FROM slice_totals)", [])
            .unwrap();
        assert!(matches!(
            store
                .find_by_slices(View::All, false, Order::NewestFirst, 1100)
                .unwrap(),
            Found::Unknown
        ));
        assert!(!store.count_mismatches().unwrap().is_empty());
        let all = keys(&store, View::All, false, Order::NewestFirst);
        assert!(all.len() > 1110);
        let page = store
            .articles(&ArticleQuery {
                view: View::All,
                offset: 1100,
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!((page[0].published_at, page[0].id), all[1100]);
    }
}
