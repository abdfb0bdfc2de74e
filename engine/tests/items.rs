//! What happens to items across refreshes: duplicates, updates that keep state, bad dates,
//! retention that never touches bookmarks, and unsubscribing with bookmarks.

mod support;

use std::sync::{Arc, Mutex};

use broadsheet_engine::model::{now, View};
use support::engine::env;
use support::{Response, Server};

fn serve_mutable(server: &Server, path: &str, body: &str) -> Arc<Mutex<String>> {
    let shared = Arc::new(Mutex::new(body.to_string()));
    let s = shared.clone();
    server.route(path, move |_| {
        Some(Response::ok(
            "application/rss+xml",
            s.lock().unwrap().clone(),
        ))
    });
    shared
}

fn rss(items: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>http://e.org/</link>{items}</channel></rss>"#
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_item_twice_never_duplicates_and_a_changed_one_keeps_its_state() {
    let server = Server::start();
    let body = serve_mutable(
        &server,
        "/f",
        &rss(
            "<item><guid>a</guid><title>First</title><description>v1</description></item>
              <item><guid>b</guid><title>Second</title><description>v1</description></item>
              <item><guid>a</guid><title>First again</title><description>dup</description></item>",
        ),
    );
    let mut env = env();
    env.add(&server.url("/f"));
    let (first, _) = env.refresh_all().await;
    assert_eq!(first.new_articles, 2);
    let rows = env.list(View::All);
    let a = rows.iter().find(|r| r.title == "First").unwrap().id;
    env.store.set_read(a, true).unwrap();
    env.store.set_bookmarked(a, true).unwrap();

    *body.lock().unwrap() = rss(
        "<item><guid>a</guid><title>First, corrected</title><description>v2 mentions Hairatan</description></item>
         <item><guid>b</guid><title>Second</title><description>v1</description></item>
         <item><guid>c</guid><title>Third</title></item>",
    );
    let (second, events) = env.refresh_all().await;
    assert_eq!(second.new_articles, 1, "{events:?}");
    assert!(events.iter().any(|e| matches!(
        e,
        broadsheet_engine::pipeline::refresh::RefreshEvent::Finished {
            updated_articles: 1,
            new_articles: 1,
            ..
        }
    )));
    let rows = env.list(View::All);
    assert_eq!(rows.len(), 3);
    let updated = env.store.article(a).unwrap();
    assert_eq!(updated.title, "First, corrected");
    assert!(
        updated.read && updated.bookmarked,
        "state survives the update"
    );
    // the index follows the update: new words found, old ones gone
    assert_eq!(env.store.search("Hairatan", 5).unwrap().len(), 1);
    assert!(env.store.search("dup", 5).unwrap().is_empty());
    assert!(env
        .store
        .search("First", 5)
        .unwrap()
        .iter()
        .all(|r| r.id == a));
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_and_future_dates_become_the_fetch_time_and_stay_put() {
    let server = Server::start();
    server.file(
        "/dates",
        "application/rss+xml",
        rss("<item><guid>1</guid><pubDate>not a date</pubDate></item>
             <item><guid>2</guid><pubDate>Mon, 31 Feb 2026 25:61:00 GMT</pubDate></item>
             <item><guid>3</guid><pubDate>Fri, 01 Jan 9999 00:00:00 GMT</pubDate></item>
             <item><guid>4</guid><pubDate></pubDate></item>"),
    );
    let mut env = env();
    env.add(&server.url("/dates"));
    let before = now();
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.new_articles, 4);
    let rows = env.list(View::All);
    for r in &rows {
        assert!(r.published_at >= before && r.published_at <= now(), "{r:?}");
    }
    // a later refresh does not move them (the item did not change)
    let (again, _) = env.refresh_all().await;
    assert_eq!(again.new_articles, 0);
    let after: Vec<i64> = env.list(View::All).iter().map(|r| r.published_at).collect();
    assert_eq!(
        after,
        rows.iter().map(|r| r.published_at).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn retention_counts_from_reading_and_spares_bookmarks_the_open_article_and_unread() {
    let server = Server::start();
    server.file(
        "/old",
        "application/rss+xml",
        rss("<item><guid>read-old</guid><title>read old</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
             <item><guid>unread-old</guid><title>unread old</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
             <item><guid>kept-old</guid><title>bookmarked old</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
             <item><guid>read-new</guid><title>read new</title></item>"),
    );
    let mut env = env();
    env.add(&server.url("/old"));
    env.refresh_all().await;
    let id = |env: &support::engine::Env, t: &str| {
        env.list(View::All)
            .into_iter()
            .find(|r| r.title == t)
            .map(|r| r.id)
    };
    // retention counts from when an article was read, never from its publication date
    let day = 86_400;
    let t = now();
    env.store
        .set_read_at(id(&env, "read old").unwrap(), true, t)
        .unwrap();
    env.store
        .set_read_at(id(&env, "read new").unwrap(), true, t - 91 * day)
        .unwrap();
    let kept = id(&env, "bookmarked old").unwrap();
    env.store.set_read_at(kept, true, t - 91 * day).unwrap();
    env.store.set_bookmarked(kept, true).unwrap();
    let before = env.store.stats().unwrap();
    assert_eq!(env.store.purge_older_than(90, t, &[]).unwrap(), 1);
    let after = env.store.stats().unwrap();
    assert_eq!(after.articles, before.articles - 1);
    assert_eq!(after.unread, before.unread);
    let mut left: Vec<String> = env.list(View::All).into_iter().map(|r| r.title).collect();
    left.sort();
    assert_eq!(left, ["bookmarked old", "read old", "unread old"]);
    assert!(env
        .store
        .search("read new", 5)
        .unwrap()
        .iter()
        .all(|r| r.title != "read new"));
    assert!(env
        .store
        .search("read old", 5)
        .unwrap()
        .iter()
        .any(|r| r.title == "read old"));
    // the article on screen is never purged, however long ago it was read
    let open = id(&env, "read old").unwrap();
    env.store.set_read_at(open, true, t - 400 * day).unwrap();
    assert_eq!(env.store.purge_older_than(90, t, &[open]).unwrap(), 0);
    // marked unread again: kept as every unread article is
    env.store.set_read(open, false).unwrap();
    assert_eq!(env.store.purge_older_than(90, t, &[]).unwrap(), 0);
    env.store.set_read_at(open, true, t - 400 * day).unwrap();
    assert_eq!(env.store.purge_older_than(90, t, &[]).unwrap(), 1);
    assert_eq!(env.list(View::All).len(), 2);
    // the feed still carries it: it must not come back
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.new_articles, 0);
    assert_eq!(env.list(View::All).len(), 2);
    assert_eq!(
        env.store.purge_older_than(0, now(), &[]).unwrap(),
        0,
        "0 days keeps everything"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn unsubscribing_keeps_bookmarks_under_bookmarks() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let feed = env.add(&server.url("/feed.xml"));
    env.refresh_all().await;
    let rows = env.list(View::All);
    env.store.set_bookmarked(rows[0].id, true).unwrap();
    assert_eq!(env.store.remove_feed(feed).unwrap(), 1);
    assert!(env.store.feeds().unwrap().is_empty());
    assert!(env.list(View::All).is_empty());
    let marks = env.list(View::Bookmarks);
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].feed_title, "Khaama Press");
    assert_eq!(env.store.search("Tasmagambetov", 5).unwrap().len(), 1);
    assert!(
        env.store.search("Hairatan", 5).unwrap().is_empty(),
        "unbookmarked ones left the index"
    );
    // not refreshed any more
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.feeds, 0);
    // subscribing again brings the feed back with its bookmark
    let again = env.add(&server.url("/feed.xml"));
    assert_eq!(again, feed);
    env.refresh_all().await;
    assert_eq!(env.list(View::All).len(), 3);
    assert!(env.store.article(rows[0].id).unwrap().bookmarked);
    // a feed without bookmarks is deleted outright, articles and all
    env.store.set_bookmarked(rows[0].id, false).unwrap();
    assert_eq!(env.store.remove_feed(feed).unwrap(), 0);
    assert!(env.store.article(rows[0].id).is_err());
    assert!(env.list(View::Bookmarks).is_empty());
    assert!(env.store.remove_feed(feed).is_err(), "already removed");
}
