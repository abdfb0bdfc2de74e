//! Undo restores exactly: the whole store (every article's read and bookmark state, every
//! feed's row, folders, the search index) compared before a step and after its undo, also
//! across a restart; unsubscribing keeps everything hidden until the step is final.

mod support;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::store::UNDO_WINDOW_SECS;
use broadsheet_engine::Store;
use support::engine::env;
use support::Server;

/// Every row that a person's state lives in, as text, in a fixed order.
fn whole_store(dir: &std::path::Path) -> Vec<String> {
    // the search index, a file of its own, first takes what the log holds for it
    Store::open_in(dir).unwrap().index_pending().unwrap();
    let db = rusqlite::Connection::open(dir.join("broadsheet.db")).unwrap();
    db.execute(
        "ATTACH DATABASE ?1 AS search",
        [dir.join("broadsheet.search.db").to_str().unwrap()],
    )
    .unwrap();
    let mut out = Vec::new();
    for sql in [
        "SELECT id, feed_id, read, read_at, bookmarked, bookmarked_at, purged_at, title FROM articles ORDER BY id",
        "SELECT id, url, title, user_title, folder_id, removed_at, full_text, notify FROM feeds ORDER BY id",
        "SELECT id, name FROM folders ORDER BY id",
        "SELECT rowid FROM search.articles_fts WHERE articles_fts MATCH 'the OR a OR of' ORDER BY rowid",
    ] {
        let mut stmt = db.prepare(sql).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        out.extend(rows.map(|r| r.unwrap()));
        out.push("--".into());
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn every_step_undoes_exactly_even_after_a_restart() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let feed = env.add(&server.url("/feed.xml"));
    env.add(&server.url("/feed-dari-rtl.xml"));
    env.refresh_all().await;
    let asia = env.store.folder_id("Asia").unwrap();
    env.store.move_feed(feed, Some(asia)).unwrap();
    let rows = env.list(View::All);
    // some state of the person's own first: one read, one bookmarked
    env.store.set_read(rows[1].id, true).unwrap();
    env.store.set_bookmarked(rows[2].id, true).unwrap();
    let dir = env.dir.path().to_path_buf();
    let before = whole_store(&dir);

    // mark all read, then a restart, then undo
    let step = env
        .store
        .mark_view_read_undoable(View::All, now())
        .unwrap()
        .unwrap();
    assert_eq!(english(&step.label), "Marked 3 articles read");
    assert_ne!(whole_store(&dir), before);
    let mut store = Store::open_in(&dir).unwrap();
    let undone = store.undo(None, now()).unwrap().unwrap();
    assert_eq!((undone.id, undone.articles), (step.id, 3));
    assert_eq!(whole_store(&dir), before);
    assert_eq!(
        store.undo(None, now()).unwrap(),
        None,
        "nothing left to undo"
    );

    // several steps back: read, unread, bookmark, unbookmark, one by one
    store.set_read_undoable(rows[0].id, true, now()).unwrap();
    store.set_read_undoable(rows[1].id, false, now()).unwrap();
    store
        .set_bookmarked_undoable(rows[0].id, true, now())
        .unwrap();
    store
        .set_bookmarked_undoable(rows[2].id, false, now())
        .unwrap();
    for _ in 0..4 {
        store.undo(None, now()).unwrap().unwrap();
    }
    assert_eq!(whole_store(&dir), before);

    // undoing "mark all read" keeps a bookmark made after it
    store
        .mark_view_read_undoable(View::All, now())
        .unwrap()
        .unwrap();
    store.set_bookmarked(rows[0].id, true).unwrap();
    store.undo(None, now()).unwrap();
    assert!(store.article(rows[0].id).unwrap().bookmarked);
    assert!(!store.article(rows[0].id).unwrap().read);
    store.set_bookmarked(rows[0].id, false).unwrap();

    // deleting a folder: its feeds leave it; undo brings it back with them, exactly
    store.delete_folder_undoable(asia, now()).unwrap();
    assert!(store.folders().unwrap().is_empty());
    assert_eq!(store.feed(feed).unwrap().folder, None);
    store.undo(None, now()).unwrap().unwrap();
    assert_eq!(whole_store(&dir), before);

    // unsubscribe: gone from every view and search at once, back exactly with undo
    let step = store.unsubscribe(feed, now()).unwrap();
    assert_eq!(english(&step.label), "Unsubscribed from Khaama Press");
    assert_eq!(step.bookmarks_kept, 1);
    assert!(store.feeds().unwrap().iter().all(|f| f.id != feed));
    assert!(store.search("Tasmagambetov", 5).unwrap().is_empty());
    let mut store = Store::open_in(&dir).unwrap(); // a crash in between loses nothing
    store.finalize_undo(now()).unwrap(); // not yet past its time
    store.undo(Some(step.id), now()).unwrap().unwrap();
    assert_eq!(whole_store(&dir), before);

    // past its undo time the unsubscribe is final: articles go, the bookmark stays
    let step = store.unsubscribe(feed, now()).unwrap();
    assert_eq!(
        store.finalize_undo(now() + UNDO_WINDOW_SECS + 1).unwrap(),
        1
    );
    assert_eq!(store.undo(Some(step.id), now()).unwrap(), None);
    let marks = store
        .articles(&broadsheet_engine::model::ArticleQuery {
            view: View::Bookmarks,
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(marks.len(), 1);
    assert_eq!(
        store.view_counts(View::All).unwrap().0,
        1,
        "the Dari story alone"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn subscribing_again_before_the_unsubscribe_is_final_keeps_everything() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let url = server.url("/feed.xml");
    let feed = env.add(&url);
    env.refresh_all().await;
    let read = env.list(View::All)[0].id;
    env.store.set_read(read, true).unwrap();
    env.store.unsubscribe(feed, now()).unwrap();
    assert_eq!(env.add(&url), feed, "the same feed comes back");
    env.store
        .finalize_undo(now() + UNDO_WINDOW_SECS + 1)
        .unwrap();
    assert_eq!(env.list(View::All).len(), 3, "nothing deleted");
    assert!(env.store.article(read).unwrap().read);
    assert!(!env.store.search("Tasmagambetov", 5).unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn marking_search_results_read_marks_exactly_those() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    env.add(&server.url("/feed.xml"));
    env.refresh_all().await;
    let step = env
        .store
        .mark_search_read("Tasmagambetov", now())
        .unwrap()
        .unwrap();
    assert_eq!(step.articles, 1);
    let unread: Vec<String> = env
        .list(View::All)
        .into_iter()
        .filter(|r| !r.read)
        .map(|r| r.title)
        .collect();
    assert_eq!(unread.len(), 2, "{unread:?}");
    assert!(env
        .store
        .mark_search_read("Tasmagambetov", now())
        .unwrap()
        .is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn articles_scrolled_past_are_marked_read_in_one_step_and_only_those_come_back() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    env.add(&server.url("/feed.xml"));
    env.refresh_all().await;
    let rows = env.list(View::All);
    let (first, second, third) = (rows[0].id, rows[1].id, rows[2].id);
    env.store.set_read(second, true).unwrap();
    // the second was read before: it is not the step's, and an unknown id is left out
    let step = env
        .store
        .mark_articles_read(&[first, second, 999_999], now())
        .unwrap()
        .unwrap();
    assert_eq!(step.articles, 1);
    assert_eq!(english(&step.label), "Marked 1 article read");
    let read = |env: &support::engine::Env, id| env.store.article(id).unwrap().read;
    assert!(read(&env, first) && read(&env, second) && !read(&env, third));
    assert!(env
        .store
        .mark_articles_read(&[first, second], now())
        .unwrap()
        .is_none());
    env.store.undo(Some(step.id), now()).unwrap();
    assert!(!read(&env, first) && read(&env, second) && !read(&env, third));
}

/// A step's label in English, as the window and the CLI say it.
fn english(label: &broadsheet_engine::l10n::Message) -> String {
    broadsheet_engine::l10n::Localizer::new("en", &[broadsheet_engine::l10n::Part::Engine])
        .message(label)
}

#[test]
fn a_label_stored_in_english_by_an_older_version_is_still_shown() {
    let stored = broadsheet_engine::l10n::Message::from_stored(
        "Marked 3 articles read",
        &[&["undo-marked-read"]],
        "undo-other",
    );
    assert_eq!(english(&stored), "Marked 3 articles read");
    let new = broadsheet_engine::l10n::Message::new("undo-marked-read").with("count", 3);
    let back = broadsheet_engine::l10n::Message::from_stored(
        &new.to_stored(),
        &[&["undo-marked-read"]],
        "undo-other",
    );
    assert_eq!(back, new);
}
