//! The counts a view, a badge and the sidebar show are kept by triggers (migration 0007), not
//! counted: after every one of a few hundred random operations (new and changed items, read,
//! unread, bookmarks, marking views read, retention, unsubscribing, undo, feeds and folders
//! moved in a tree of folders, folders deleted, rules that hide, read or bookmark new and
//! stored articles) they equal a full recount of the rows; a folder counts everything beneath
//! it. (Kill -9 in the middle:
//! `tests/crash_safety.rs`; an upgrade from the oldest schema: `upgrade.rs`.)

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::feeds::rules::{Action, Field, MatchKind, Rule};
use broadsheet_engine::model::{NewArticle, View};
use broadsheet_engine::store::{FetchMeta, NewFeed};
use broadsheet_engine::Store;

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

const NOW: i64 = 1_800_000_000;

fn items(feed: usize, from: usize, to: usize, version: u64) -> ParsedFeed {
    ParsedFeed {
        title: format!("Feed {feed}"),
        site_url: None,
        summary_only: false,
        articles: (from..to)
            .map(|k| NewArticle {
                guid: format!("{feed}-{k}"),
                url: Some(format!("http://counts.example/{feed}/{k}")),
                title: format!("Story {k}"),
                author: None,
                published_at: NOW - (k as i64) * 3600 - feed as i64,
                published_from_feed: true,
                updated_at: None,
                summary: Some(format!("Summary {k} v{version}")),
                content: None,
                content_hash: format!("{feed}-{k}-{version}"),
                enclosures: Vec::new(),
            })
            .collect(),
    }
}

/// (total, unread) of a view, counted row by row with plain SQL.
fn recount(db: &rusqlite::Connection, view: View) -> (i64, i64) {
    let (filter, arg) = match view {
        View::All => (
            "a.purged_at IS NULL AND a.hidden = 0 AND f.removed_at IS NULL",
            None,
        ),
        View::Unread => (
            "a.purged_at IS NULL AND a.hidden = 0 AND f.removed_at IS NULL AND a.read = 0",
            None,
        ),
        View::Bookmarks => ("a.bookmarked = 1 AND a.hidden = 0", None),
        View::Feed(id) => (
            "a.purged_at IS NULL AND a.hidden = 0 AND f.removed_at IS NULL AND a.feed_id = ?1",
            Some(id),
        ),
        View::Folder(id) => (
            "a.purged_at IS NULL AND a.hidden = 0 AND f.removed_at IS NULL AND f.folder_id IN
                 (WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL
                      SELECT c.id FROM folders c JOIN sub ON c.parent_id = sub.id)
                  SELECT id FROM sub)",
            Some(id),
        ),
        View::Today => unreachable!("not kept"),
    };
    let sql = format!(
        "SELECT COUNT(*), COALESCE(SUM(a.read = 0), 0) FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE {filter}"
    );
    db.query_row(&sql, rusqlite::params_from_iter(arg), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .unwrap()
}

fn check(store: &Store, db: &rusqlite::Connection, step: &str) {
    assert_eq!(store.count_mismatches().unwrap(), vec![], "after {step}");
    let mut views = vec![View::All, View::Unread, View::Bookmarks];
    for feed in store.feeds().unwrap() {
        views.push(View::Feed(feed.id));
        let unread = recount(db, View::Feed(feed.id)).1;
        assert_eq!(feed.unread_count, unread, "after {step}: feed {}", feed.id);
    }
    for folder in store.folders().unwrap() {
        views.push(View::Folder(folder.id));
    }
    for view in views {
        assert_eq!(
            store.view_counts(view).unwrap(),
            recount(db, view),
            "after {step}: {view:?}"
        );
    }
    let smart = store.smart_counts().unwrap();
    assert_eq!(smart.unread, recount(db, View::Unread).0, "after {step}");
    assert_eq!(
        smart.bookmarks,
        recount(db, View::Bookmarks).0,
        "after {step}"
    );
}

#[test]
fn kept_counts_equal_a_recount_after_random_operations() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let db = rusqlite::Connection::open(dir.path().join("broadsheet.db")).unwrap();
    let mut rng = Rng(0xc0_47e5_u64 | 1);
    for path in ["World/Asia/Afghanistan", "World/Europe", "Travel/Asia"] {
        store.folder_id(path).unwrap();
    }
    let mut folders: Vec<i64>;
    let (mut folders_moved, mut folders_deleted) = (0, 0);
    let mut feeds: Vec<i64> = Vec::new();
    let mut next_item = [0usize; 64];
    let mut now = NOW;
    for step in 0..400 {
        now += 600;
        let op = if feeds.len() < 2 { 0 } else { rng.below(16) };
        folders = store.folders().unwrap().iter().map(|f| f.id).collect();
        if folders.is_empty() {
            folders.push(store.folder_id("Again/Here").unwrap());
        }
        let folder_at = rng.below(folders.len() as u64) as usize;
        let feed_at = rng.below(feeds.len() as u64) as usize;
        let name = match op {
            0 => {
                let n = feeds.len();
                let folder_id = (n % 3 != 2).then(|| folders[n % folders.len()]);
                let id = store
                    .add_feed(&NewFeed {
                        url: format!("http://counts.example/{n}.xml"),
                        folder_id,
                        ..Default::default()
                    })
                    .unwrap()
                    .id();
                feeds.push(id);
                "add a feed"
            }
            1 | 2 => {
                // new items, and changed copies of some old ones
                let feed = feed_at;
                let from = next_item[feed].saturating_sub(rng.below(4) as usize);
                let to = next_item[feed] + 1 + rng.below(8) as usize;
                next_item[feed] = to;
                let parsed = items(feed, from, to, rng.below(3));
                let _ = store.apply_feed(feeds[feed], &parsed, &FetchMeta::default(), now, 1800);
                "a refresh"
            }
            3 | 4 => {
                let id = 1 + rng.below(300) as i64;
                let _ = store.set_read_undoable(id, rng.below(2) == 0, now);
                "read or unread"
            }
            5 => {
                let id = 1 + rng.below(300) as i64;
                let _ = store.set_bookmarked_undoable(id, rng.below(3) != 0, now);
                "a bookmark"
            }
            6 => {
                let view = match rng.below(3) {
                    0 => View::Feed(feeds[feed_at]),
                    1 => View::Folder(folders[folder_at]),
                    _ => View::All,
                };
                store.mark_view_read_undoable(view, now).unwrap();
                "mark a view read"
            }
            7 => {
                store.purge_older_than(1, now, &[]).unwrap();
                "retention"
            }
            8 => {
                let _ = store.unsubscribe(feeds[feed_at], now);
                "unsubscribe"
            }
            9 => {
                let _ = store.undo(None, now);
                "undo"
            }
            10 => {
                store
                    .finalize_undo(now + broadsheet_engine::store::UNDO_WINDOW_SECS + 1)
                    .unwrap();
                "unsubscribes made final"
            }
            11 => {
                // a rule for what comes next: hide, bookmark or read some titles
                let actions = [
                    vec![Action::Hide],
                    vec![Action::Bookmark],
                    vec![Action::Read, Action::Bookmark],
                    vec![Action::Hide, Action::Bookmark],
                ][rng.below(4) as usize]
                    .clone();
                let rule = Rule {
                    id: 0,
                    enabled: true,
                    fields: vec![Field::Title],
                    match_kind: MatchKind::Regex,
                    pattern: format!(r"Story \d*{}$", rng.below(10)),
                    case_sensitive: false,
                    feed_id: None,
                    folder_id: (rng.below(2) == 0).then(|| folders[folder_at]),
                    actions,
                };
                store.add_rule(&rule, now).unwrap();
                "add a rule"
            }
            12 => {
                let rules = store.rules().unwrap();
                if let Some(rule) = rules.get(rng.below(rules.len() as u64) as usize) {
                    store.apply_rule(rule.id, now).unwrap();
                }
                "apply a rule to stored articles"
            }
            13 => {
                let folder = (rng.below(5) != 0).then(|| folders[folder_at]);
                let _ = store.move_feed(feeds[feed_at], folder);
                "move a feed"
            }
            14 => {
                // into another folder or to the top; into itself is refused
                let into =
                    (rng.below(4) != 0).then(|| folders[rng.below(folders.len() as u64) as usize]);
                if store.move_folder(folders[folder_at], into).is_ok() {
                    folders_moved += 1;
                }
                "move a folder"
            }
            _ => {
                store
                    .delete_folder_undoable(folders[folder_at], now)
                    .unwrap();
                folders_deleted += 1;
                "delete a folder (undone by a later undo)"
            }
        };
        check(&store, &db, &format!("step {step}: {name}"));
    }
    let stats = store.stats().unwrap();
    assert!(stats.articles > 50, "{stats:?}");
    assert!(
        folders_moved > 5 && folders_deleted > 5,
        "moved {folders_moved}, deleted {folders_deleted}"
    );
    // the rules did something to count
    let (hidden, by_rule): (i64, i64) = db
        .query_row(
            "SELECT SUM(hidden), SUM(rule_id IS NOT NULL AND hidden = 0) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        hidden > 5 && by_rule > 5,
        "hidden {hidden}, touched {by_rule}"
    );
}
