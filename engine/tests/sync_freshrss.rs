//! Sync against a real FreshRSS (Google Reader API), started by the test on a loopback port and
//! fed from this test's own feed server. What the server has is read with curl, as another
//! client (a phone) would. Needs PHP (`scripts/setup.sh --test` installs it).

mod support;

use std::collections::HashSet;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::pipeline::update::UpdateSummary;
use broadsheet_engine::store::NewFeed;
use broadsheet_engine::sync::greader::account::add_account;
use broadsheet_engine::sync::greader::client::{self, Client};
use broadsheet_engine::sync::{SyncError, SyncEvent, SyncSummary};
use broadsheet_engine::{Error, Store};
use support::engine::LIMITS;
use support::freshrss::FreshRss;
use support::Server;

fn small_feed(base: &str, name: &str, items: &[(&str, &str)]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{name}</title><link>{base}/</link>"
    );
    for (guid, title) in items {
        xml.push_str(&format!(
            "<item><title>{title}</title><link>{base}/{guid}</link><guid>{guid}</guid>\
             <description>&lt;p&gt;{title}: the whole story, told at length.&lt;/p&gt;</description>\
             <pubDate>Sat, 28 Nov 2026 10:00:00 GMT</pubDate></item>"
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

fn only(summary: &UpdateSummary) -> &SyncSummary {
    assert_eq!(summary.sync_failed, 0, "a sync failed: {summary:?}");
    assert_eq!(summary.syncs.len(), 1);
    &summary.syncs[0]
}

/// (server id → article id) of the account's stored articles.
fn stored(store: &Store) -> Vec<(i64, i64, bool, bool)> {
    let db = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = db
        .prepare(
            "SELECT remote_id, id, read, bookmarked FROM articles
             WHERE remote_id IS NOT NULL AND purged_at IS NULL ORDER BY remote_id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

fn set(ids: impl IntoIterator<Item = i64>) -> HashSet<i64> {
    ids.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_says_what_went_wrong() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let server = FreshRss::start();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let err = add_account(&mut store, dir.path(), &server.api, &server.user, "wrong")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Sync(SyncError::BadLogin)), "{err}");
    // a server with no API anywhere beneath the address: said so, with the address given
    let site = Server::start();
    let wrong = site.url("/news/today");
    let err = add_account(
        &mut store,
        dir.path(),
        &wrong,
        &server.user,
        &server.password,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, Error::Sync(SyncError::NotGreader(url)) if *url == wrong),
        "{err}"
    );
    assert_eq!(
        site.log.lock().unwrap().len(),
        6,
        "the address, then FreshRSS's and Miniflux's places at each level up to the root"
    );
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = add_account(
        &mut store,
        dir.path(),
        &format!("http://127.0.0.1:{closed}/api/greader.php"),
        "alice",
        "x",
    )
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Sync(SyncError::Network(_))), "{err}");
    assert_eq!(store.accounts().unwrap().len(), 1, "no account was added");

    // FreshRSS's own web address, as its page has it: the API beneath it is found and kept
    let web_page = server.api.replace("/api/greader.php", "/i/");
    let account = add_account(
        &mut store,
        dir.path(),
        &web_page,
        &server.user,
        &server.password,
    )
    .await
    .unwrap();
    assert_eq!(account.server_url.as_deref(), Some(server.api.as_str()));
    assert_eq!(account.secret_place.as_deref(), Some("file"));
    let secret_file = std::fs::read_to_string(
        dir.path()
            .join(format!("secrets/account-{}.json", account.id)),
    )
    .unwrap();
    assert!(
        !secret_file.contains(&server.password),
        "the password is never kept"
    );
    let db = std::fs::read(dir.path().join("broadsheet.db")).unwrap();
    let auth = secret_file.split('"').nth(3).unwrap().to_string();
    assert!(
        !db.windows(auth.len()).any(|w| w == auth.as_bytes()),
        "the token is not in the database"
    );

    // a token the server refuses: "sign in again", and nothing is tried until then
    std::fs::write(
        dir.path()
            .join(format!("secrets/account-{}.json", account.id)),
        r#"{"auth":"alice/0000","token":null}"#,
    )
    .unwrap();
    let summary = support::engine::sync_accounts(&mut store, dir.path(), false)
        .await
        .0;
    assert_eq!(summary.sync_failed, 1);
    let account = store.account(account.id).unwrap();
    assert!(account.sign_in_again);
    let mut client = Client::new(&server.api).unwrap();
    client.login(&server.user, &server.password).await.unwrap();
    broadsheet_engine::sync::greader::account::sign_in_again(
        &mut store,
        dir.path(),
        account.id,
        &server.password,
    )
    .await
    .unwrap();
    assert!(!store.account(account.id).unwrap().sign_in_again);
    let summary = support::engine::sync_accounts(&mut store, dir.path(), false)
        .await
        .0;
    only(&summary);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_sides_meet_through_a_real_freshrss() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let site = Server::start();
    site.seed_story();
    let base = site.base();
    site.file(
        "/b.xml",
        "application/rss+xml",
        small_feed(
            &base,
            "Wire B",
            &[
                ("b1", "Bravo one"),
                ("b2", "Bravo two"),
                ("b3", "Bravo three"),
            ],
        ),
    );
    site.file(
        "/c.xml",
        "application/rss+xml",
        small_feed(&base, "Blog C", &[("c1", "Charlie one")]),
    );
    let mut server = FreshRss::start();
    // the server's own subscriptions, as made on the phone
    let seed = server.post(
        "subscription/quickadd",
        &[("quickadd", &site.url("/feed-summary-only.xml"))],
    );
    assert!(seed.contains("streamId"), "{seed}");
    let b = server.post(
        "subscription/quickadd",
        &[("quickadd", &site.url("/b.xml"))],
    );
    let b_stream = serde_json::from_str::<serde_json::Value>(&b).unwrap()["streamId"]
        .as_str()
        .unwrap()
        .to_string();
    let seed_stream = server.subscriptions()[0].0.clone();
    server.post(
        "subscription/edit",
        &[
            ("ac", "edit"),
            ("s", &seed_stream),
            ("a", "user/-/label/News"),
        ],
    );
    server.actualize();
    let all = server.ids("user/-/state/com.google/reading-list", None);
    assert!(all.len() >= 3, "the server fetched the feeds: {all:?}");
    // on the phone: one read, one starred
    let (first, second) = (all[0], all[1]);
    // and the seed story (summary-only: its page and figure are fetched when it is starred)
    let csto = server
        .contents(&all)
        .into_iter()
        .find(|(_, title)| title.starts_with("CSTO expresses concern"))
        .expect("the seed story on the server")
        .0;
    server.post(
        "edit-tag",
        &[
            ("i", &csto.to_string()),
            ("a", "user/-/state/com.google/starred"),
        ],
    );
    server.post(
        "edit-tag",
        &[
            ("i", &first.to_string()),
            ("a", "user/-/state/com.google/read"),
        ],
    );
    server.post(
        "edit-tag",
        &[
            ("i", &second.to_string()),
            ("a", "user/-/state/com.google/starred"),
        ],
    );

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    // a local feed that the server also has joins the account, its articles not doubled
    let local_b = store
        .add_feed(&NewFeed {
            url: site.url("/b.xml"),
            ..Default::default()
        })
        .unwrap()
        .id();
    let fetched = broadsheet_engine::net::fetch::Fetcher::new(Default::default()).unwrap();
    let feeds = store.feeds_to_refresh(now(), false).unwrap();
    broadsheet_engine::pipeline::refresh::refresh(&mut store, &fetched, feeds, LIMITS, |_| {})
        .await
        .unwrap();
    assert_eq!(store.feed(local_b).unwrap().article_count, 3);

    let account = add_account(
        &mut store,
        dir.path(),
        &server.api,
        &server.user,
        &server.password,
    )
    .await
    .unwrap();

    // first sync: the account equals the server
    let (summary, events) = support::engine::sync_accounts(&mut store, dir.path(), true).await;
    let first_sync = only(&summary).clone();
    assert!(matches!(
        events.first(),
        Some(SyncEvent::SyncStarted { .. })
    ));
    assert!(matches!(
        events.last(),
        Some(SyncEvent::SyncFinished { .. })
    ));
    let feeds: Vec<_> = store
        .feeds()
        .unwrap()
        .into_iter()
        .filter(|f| f.account_id == account.id)
        .collect();
    assert_eq!(feeds.len(), 2, "{feeds:?}");
    let seed_feed = feeds
        .iter()
        .find(|f| f.url.ends_with("/feed-summary-only.xml"))
        .unwrap();
    assert_eq!(seed_feed.folder.as_deref(), Some("News"));
    let b_feed = feeds.iter().find(|f| f.url.ends_with("/b.xml")).unwrap();
    assert_eq!(b_feed.id, local_b, "the local feed joined the account");
    assert_eq!(b_feed.article_count, 3, "its articles were not doubled");
    let rows = stored(&store);
    assert_eq!(set(rows.iter().map(|r| r.0)), set(all.clone()));
    let unread_here = set(rows.iter().filter(|r| !r.2).map(|r| r.0));
    assert_eq!(unread_here, set(server.unread()));
    let starred_here = set(rows.iter().filter(|r| r.3).map(|r| r.0));
    assert_eq!(starred_here, set(server.starred()));
    assert_eq!(
        first_sync.new_articles,
        all.len() - 3,
        "b's three were adopted, not new"
    );

    let starred_article = rows.iter().find(|r| r.0 == second).unwrap().1;
    // the starred seed story is kept whole offline: its page's text and figure, from the
    // store alone, with the server stopped
    server.stop();
    let seed_article = rows.iter().find(|r| r.0 == csto).unwrap().1;
    let view = broadsheet_engine::reading::reader::reader_view(&store, seed_article).unwrap();
    assert!(view.bookmarked && view.full_text, "{:?}", view.note);
    assert!(view.html.contains("Tasmagambetov"), "the page's text");
    assert!(view.html.contains("<img"), "the figure");
    assert!(
        !view.html.contains("http://127.0.0.1"),
        "nothing is loaded from the network"
    );
    server.restart();
    store.set_bookmarked(seed_article, false).unwrap();

    // changes here reach the server
    let read_here = rows
        .iter()
        .find(|r| !r.2 && r.0 != second && store.article(r.1).unwrap().feed_id == b_feed.id)
        .unwrap();
    store.set_read_undoable(read_here.1, true, now()).unwrap();
    store.set_bookmarked(read_here.1, true).unwrap();
    store.set_bookmarked(starred_article, false).unwrap();
    store.rename_feed(b_feed.id, Some("Bravo wire")).unwrap();
    // a folder in a folder goes as a label named by its path, as other clients write it
    let world = store.folder_id("World/Asia").unwrap();
    store.move_feed(b_feed.id, Some(world)).unwrap();
    let c = broadsheet_engine::pipeline::subscribe::subscribe_into(
        &mut store,
        &fetched,
        &site.url("/c.xml"),
        Some("Blogs"),
        Some(account.id),
    )
    .await
    .unwrap();
    assert_eq!(
        c.articles.new, 0,
        "the server fetches it, not this computer"
    );
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    let s = only(&summary);
    // read, star, unstar, and the seed story unstarred
    assert_eq!(s.states_sent, 4, "{s:?}");
    assert_eq!(s.feed_changes_sent, 3, "rename, move, subscribe: {s:?}");
    assert!(!server.unread().contains(&read_here.0));
    assert_eq!(set(server.starred()), set([read_here.0]));
    let subs = server.subscriptions();
    let b_sub = subs.iter().find(|s| s.0 == b_stream).unwrap();
    assert_eq!(b_sub.2, "Bravo wire");
    assert_eq!(b_sub.3.as_deref(), Some("World/Asia"));
    let c_sub = subs
        .iter()
        .find(|s| s.1.ends_with("/c.xml"))
        .expect("subscribed on the server");
    assert_eq!(c_sub.3.as_deref(), Some("Blogs"));
    assert_eq!(store.pending_states(account.id, 100).unwrap().len(), 0);
    assert!(store.pending_feed_changes(account.id).unwrap().is_empty());

    // nothing new: a handful of small requests
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    let s = only(&summary);
    assert!(s.requests <= 6, "{} requests", s.requests);
    assert_eq!((s.states_sent, s.new_articles), (0, 0));

    // changes on the server (the phone) reach here
    server.actualize();
    server.post(
        "edit-tag",
        &[
            ("i", &read_here.0.to_string()),
            ("r", "user/-/state/com.google/read"),
        ],
    );
    server.post(
        "subscription/edit",
        &[("ac", "edit"), ("s", &c_sub.0), ("t", "Charlie's blog")],
    );
    server.post(
        "subscription/edit",
        &[
            ("ac", "edit"),
            ("s", &b_stream),
            ("a", "user/-/label/Later/Kabul"),
            ("r", "user/-/label/World/Asia"),
        ],
    );
    // the same article read here and starred on the phone: read and starred on both sides
    let both = stored(&store)
        .into_iter()
        .find(|r| {
            !r.2 && !r.3 && r.0 != read_here.0 && store.article(r.1).unwrap().feed_id == b_feed.id
        })
        .expect("an unread, unstarred article of b");
    store.set_read(both.1, true).unwrap();
    server.post(
        "edit-tag",
        &[
            ("i", &both.0.to_string()),
            ("a", "user/-/state/com.google/starred"),
        ],
    );
    server.post(
        "subscription/edit",
        &[("ac", "unsubscribe"), ("s", &seed_stream)],
    );
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    let s = only(&summary);
    assert_eq!(s.feeds.removed, 1, "{s:?}");
    assert_eq!(
        store.feed(c.feed_id).unwrap().article_count,
        1,
        "c's item arrived"
    );
    assert!(
        !store.article(read_here.1).unwrap().read,
        "unread on the phone"
    );
    let c_here = store.feed(c.feed_id).unwrap();
    assert_eq!(c_here.title, "Charlie's blog");
    assert_eq!(
        store.feed(b_feed.id).unwrap().folder.as_deref(),
        Some("Later/Kabul"),
        "moved on the phone, into a folder in a folder"
    );
    let later = store.find_folder("Later").unwrap().expect("Later made");
    let kabul = store
        .folders()
        .unwrap()
        .into_iter()
        .find(|f| f.path == "Later/Kabul")
        .unwrap();
    assert_eq!(
        kabul.parent_id,
        Some(later),
        "the label's path is a tree here"
    );
    let merged = store.article(both.1).unwrap();
    assert!(
        merged.read && merged.bookmarked,
        "read here, starred there: both"
    );
    assert!(!server.unread().contains(&both.0));
    assert!(server.starred().contains(&both.0));
    // the seed feed went (the server dropped its items); none of its articles was bookmarked
    assert!(store
        .feeds()
        .unwrap()
        .iter()
        .all(|f| !f.url.ends_with("/feed-summary-only.xml")));

    // the server away: everything works here and the queue waits, across a restart
    server.stop();
    let c_article = stored(&store)
        .into_iter()
        .find(|r| !r.2)
        .expect("an unread article");
    store.set_read(c_article.1, true).unwrap();
    let summary = support::engine::sync_accounts(&mut store, dir.path(), false)
        .await
        .0;
    assert_eq!(summary.sync_failed, 1);
    assert!(store.account(account.id).unwrap().last_sync_error.is_some());
    drop(store);
    let mut store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.pending_states(account.id, 100).unwrap().read.len(), 1);
    server.restart();
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(only(&summary).states_sent, 1);
    assert!(!server.unread().contains(&c_article.0));

    // marking many read costs one state request
    let marked = store.mark_view_read(View::All).unwrap();
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    let s = only(&summary);
    assert_eq!(s.states_sent, marked);
    assert!(s.requests <= 5, "{} requests", s.requests);
    assert!(server.unread().is_empty());

    // unsubscribing here unsubscribes there; a bookmark of that feed stays a bookmark
    let c_article = stored(&store)
        .into_iter()
        .find(|r| store.article(r.1).unwrap().feed_id == c.feed_id)
        .expect("c's article")
        .1;
    store.set_bookmarked(c_article, true).unwrap();
    let step = store.unsubscribe(c.feed_id, now()).unwrap();
    assert!(step.id > 0);
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(only(&summary).feed_changes_sent, 1);
    assert!(server
        .subscriptions()
        .iter()
        .all(|s| !s.1.ends_with("/c.xml")));
    // the server dropped the feed's items (and their stars): the bookmark is kept here
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    only(&summary);
    assert!(
        store.article(c_article).unwrap().bookmarked,
        "the bookmark stays"
    );

    assert_eq!(store.integrity_check().unwrap(), Ok(()));
    assert_eq!(store.count_mismatches().unwrap(), vec![]);
    let _ = client::STARRED;
}
