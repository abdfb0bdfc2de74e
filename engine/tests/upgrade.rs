//! Upgrades keep data: a database written by the oldest shipped schema (committed as
//! `tests/fixtures/upgrade/schema-0001.sqlite`) opens in this version, is migrated, and has
//! lost nothing: subscriptions, names, folders, read state, bookmarks (also of an
//! unsubscribed feed), settings and the search index.

mod support;

use broadsheet_engine::model::View;
use broadsheet_engine::reading::reader::reader_view;
use broadsheet_engine::Store;

const CSTO: &str =
    "CSTO expresses concern over increasing threats from Northern Afghanistan provinces";

#[test]
fn a_schema_1_database_opens_with_nothing_lost() {
    let fixture = support::seed_dir().join("../upgrade/schema-0001.sqlite");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, dir.path().join("broadsheet.db")).unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    assert!(store.schema_version().unwrap() > 1);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));

    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1, "the unsubscribed feed stays unsubscribed");
    assert_eq!(feeds[0].title, "Khaama (English)");
    assert_eq!(feeds[0].folder.as_deref(), Some("Asia"));
    assert!(!feeds[0].summary_only && feeds[0].full_text.is_none() && !feeds[0].notify);

    let list = |store: &Store, view| {
        store
            .articles(&broadsheet_engine::model::ArticleQuery {
                view,
                limit: 100,
                ..Default::default()
            })
            .unwrap()
    };
    let all = list(&store, View::All);
    assert_eq!(all.len(), 3);
    let read: Vec<&str> = all
        .iter()
        .filter(|a| a.read)
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(
        read,
        ["Tajikistan to strengthen border posts along the Panj river"]
    );
    let bookmarks = list(&store, View::Bookmarks);
    assert_eq!(bookmarks.len(), 2, "{bookmarks:?}");
    // the counts migration 0007 keeps start from the old rows, right
    assert_eq!(store.count_mismatches().unwrap(), vec![]);
    assert_eq!(store.view_counts(View::All).unwrap(), (3, 2));
    assert_eq!(store.view_counts(View::Bookmarks).unwrap().0, 2);
    assert_eq!(store.smart_counts().unwrap().unread, 2);
    assert!(bookmarks.iter().any(|a| a.title == CSTO));
    assert!(
        bookmarks.iter().any(|a| a.feed_title == "خبرگزاری خامه"),
        "the bookmark of the unsubscribed Dari feed is kept"
    );

    let settings = store.settings().unwrap();
    assert_eq!(settings.retention_days, 30);
    assert_eq!(settings.refresh_interval_minutes, 60);
    assert_eq!(
        settings.offline_images,
        broadsheet_engine::store::ImagePolicy::All,
        "new settings take their defaults"
    );

    // the search index came along, and the reader shows the stored story
    let hits = store.search("Tasmagambetov", 5).unwrap();
    assert_eq!(hits.len(), 1);
    let view = reader_view(&store, hits[0].id).unwrap();
    assert!(view.html.contains("Tasmagambetov") && !view.full_text && view.note.is_none());

    // and the new columns work on old rows
    store.set_feed_notify(feeds[0].id, true).unwrap();
    store.set_feed_full_text(feeds[0].id, Some(true)).unwrap();
    assert!(store.feed(feeds[0].id).unwrap().notify);

    // retention now counts from reading: the story read when the old version wrote this store
    // (published in 2024, which the old rule would purge at once) stays for the 30 days
    let now = broadsheet_engine::model::now();
    assert_eq!(store.purge_older_than(30, now, &[]).unwrap(), 0);
    assert_eq!(list(&store, View::All).len(), 3);
    assert_eq!(
        store.purge_older_than(30, now + 400 * 86_400, &[]).unwrap(),
        1
    );
    assert_eq!(list(&store, View::All).len(), 2);
    assert!(store.search("Panj", 5).unwrap().is_empty());
}
