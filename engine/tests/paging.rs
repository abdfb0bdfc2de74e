//! Pages of a view by key: walking a view page after page (and back) gives every row once, in
//! order, even with many rows on one date; a jump to any position gives exactly the rows a
//! full ordering has there, also right after new articles arrive or articles are read.

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::model::{ArticleQuery, ArticleSummary, NewArticle, View};
use broadsheet_engine::store::{FetchMeta, NewFeed, LANDMARK_STRIDE};
use broadsheet_engine::Store;

const NOW: i64 = 1_800_000_000;

fn add_items(store: &mut Store, feed_id: i64, feed: usize, from: usize, to: usize) {
    let parsed = ParsedFeed {
        title: format!("Feed {feed}"),
        site_url: None,
        summary_only: false,
        articles: (from..to)
            .map(|k| NewArticle {
                guid: format!("{feed}-{k}"),
                url: None,
                title: format!("{feed}-{k}"),
                author: None,
                // many rows share a date (the id decides among them), over some 18 slices
                published_at: NOW - (k as i64 / 7) * 86_400,
                published_from_feed: true,
                updated_at: None,
                summary: None,
                content: None,
                content_hash: format!("{feed}-{k}"),
                enclosures: Vec::new(),
            })
            .collect(),
    };
    store
        .apply_feed(feed_id, &parsed, &FetchMeta::default(), NOW, 1800)
        .unwrap();
}

fn query(view: View, unread_only: bool) -> ArticleQuery {
    ArticleQuery {
        view,
        unread_only,
        limit: 100,
        ..Default::default()
    }
}

/// The whole view as one ordering, straight from SQL.
fn full_order(dir: &std::path::Path, filter: &str) -> Vec<i64> {
    let db = rusqlite::Connection::open(dir.join("broadsheet.db")).unwrap();
    let sql = format!(
        "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
         WHERE a.purged_at IS NULL AND f.removed_at IS NULL AND {filter}
         ORDER BY a.published_at DESC, a.id DESC"
    );
    let mut stmt = db.prepare(&sql).unwrap();
    let ids = stmt.query_map([], |r| r.get(0)).unwrap();
    ids.map(|r| r.unwrap()).collect()
}

fn ids(rows: &[ArticleSummary]) -> Vec<i64> {
    rows.iter().map(|r| r.id).collect()
}

fn check_jumps(store: &Store, q: &ArticleQuery, full: &[i64], what: &str) {
    let n = full.len() as u32;
    let stride = LANDMARK_STRIDE;
    for offset in [
        0,
        99,
        stride - 1,
        stride,
        2 * stride - 1,
        2 * stride,
        2 * stride + 1,
        3 * stride + 77,
        n / 2,
        n.saturating_sub(100),
        n - 1,
        n,
        n + 500,
    ] {
        let got = store
            .articles(&ArticleQuery {
                offset,
                ..q.clone()
            })
            .unwrap();
        let from = (offset as usize).min(full.len());
        let want = &full[from..(from + 100).min(full.len())];
        assert_eq!(ids(&got), want, "{what}: offset {offset} of {n}");
    }
}

#[test]
fn pages_by_key_and_jumps_give_every_row_once_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let folder = store.folder_id("World").unwrap();
    let mut feeds = Vec::new();
    for f in 0..3 {
        let id = store
            .add_feed(&NewFeed {
                url: format!("http://paging.example/{f}.xml"),
                folder_id: (f < 2).then_some(folder),
                ..Default::default()
            })
            .unwrap()
            .id();
        add_items(&mut store, id, f, 0, 1500);
        feeds.push(id);
    }
    let full = full_order(dir.path(), "1");
    assert_eq!(full.len(), 4500);

    // forward by key, then back by key
    let q = query(View::All, false);
    let (forward, back) = walk_both_ways(&store, &q);
    assert_eq!(forward, full, "forward by key");
    assert_eq!(back, full, "backward by key");

    check_jumps(&store, &q, &full, "All");
    let folder_full = full_order(dir.path(), &format!("f.folder_id = {folder}"));
    check_jumps(
        &store,
        &query(View::Folder(folder), false),
        &folder_full,
        "a folder",
    );

    // new articles at the top: the positions move, and a jump knows it
    add_items(
        &mut store,
        feeds[2],
        2,
        1500,
        1500 + 3 * LANDMARK_STRIDE as usize,
    );
    let full = full_order(dir.path(), "1");
    check_jumps(&store, &q, &full, "All after a refresh");

    // reading moves rows out of an unread-only list
    let unread = query(View::All, true);
    check_jumps(
        &store,
        &unread,
        &full_order(dir.path(), "a.read = 0"),
        "unread before",
    );
    for id in full.iter().step_by(3).take(900) {
        store.set_read(*id, true).unwrap();
    }
    check_jumps(
        &store,
        &unread,
        &full_order(dir.path(), "a.read = 0"),
        "unread after reading",
    );
    check_jumps(
        &store,
        &query(View::Unread, false),
        &full_order(dir.path(), "a.read = 0"),
        "the Unread view",
    );
}

/// Walks a whole view page by page by key: forward with `after`, then back with `before` from
/// its last row.
fn walk_both_ways(store: &Store, q: &ArticleQuery) -> (Vec<i64>, Vec<i64>) {
    let mut forward: Vec<i64> = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .articles(&ArticleQuery { after, ..q.clone() })
            .unwrap();
        let Some(last) = page.last() else { break };
        after = Some((last.published_at, last.id));
        forward.extend(ids(&page));
    }
    let Some(&last) = forward.last() else {
        return (forward, Vec::new());
    };
    let last = store.article(last).unwrap();
    let mut back = vec![last.id];
    let mut before = Some((last.published_at, last.id));
    loop {
        let page = store
            .articles(&ArticleQuery {
                before,
                ..q.clone()
            })
            .unwrap();
        let Some(first) = page.first() else { break };
        before = Some((first.published_at, first.id));
        back.splice(0..0, ids(&page));
    }
    (forward, back)
}

#[test]
fn oldest_first_is_the_same_list_backwards_by_key_and_by_jump() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let folder = store.folder_id("World").unwrap();
    for f in 0..2 {
        let id = store
            .add_feed(&NewFeed {
                url: format!("http://oldest.example/{f}.xml"),
                folder_id: (f == 0).then_some(folder),
                ..Default::default()
            })
            .unwrap()
            .id();
        add_items(&mut store, id, f, 0, 1400);
    }
    let newest_first = full_order(dir.path(), "1");
    for id in newest_first.iter().step_by(2) {
        store.set_bookmarked(*id, true).unwrap();
    }
    for id in newest_first.iter().step_by(5) {
        store.set_read(*id, true).unwrap();
    }
    // the big views find far rows by slices, Bookmarks by landmarks
    for (view, unread_only, filter) in [
        (View::All, false, "1".to_string()),
        (View::All, true, "a.read = 0".to_string()),
        (
            View::Folder(folder),
            false,
            format!("f.folder_id = {folder}"),
        ),
        (View::Bookmarks, false, "a.bookmarked = 1".to_string()),
    ] {
        let mut full = full_order(dir.path(), &filter);
        full.reverse();
        let what = format!("{view:?} unread only {unread_only}, oldest first");
        let q = ArticleQuery {
            oldest_first: true,
            ..query(view, unread_only)
        };
        assert!(
            full.len() > 2 * LANDMARK_STRIDE as usize,
            "{what}: far jumps"
        );
        let (forward, back) = walk_both_ways(&store, &q);
        assert_eq!(forward, full, "{what}: forward by key");
        assert_eq!(back, full, "{what}: backward by key");
        check_jumps(&store, &q, &full, &what);
        // the first row is the oldest: j from the top opens it
        let first = store.article(full[0]).unwrap();
        let last = store.article(*full.last().unwrap()).unwrap();
        assert!(first.published_at < last.published_at, "{what}");
    }
}
