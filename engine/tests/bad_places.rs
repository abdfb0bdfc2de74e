//! Bad places to keep data: a full disk, a data directory that cannot be used, a read-only
//! one. Each gives a clear error, and nothing already stored is lost or corrupted.

mod support;

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::model::{NewArticle, View};
use broadsheet_engine::store::FetchMeta;
use broadsheet_engine::{Error, Store};

fn feed_of(n: usize, start: usize) -> ParsedFeed {
    ParsedFeed {
        title: "Big".into(),
        site_url: None,
        summary_only: false,
        articles: (start..start + n)
            .map(|i| NewArticle {
                guid: format!("g{i}"),
                url: Some(format!("https://news.example/{i}")),
                title: format!("Story {i}"),
                author: None,
                published_at: 1_700_000_000 + i as i64,
                published_from_feed: true,
                updated_at: None,
                summary: None,
                content: Some(format!("<p>{}</p>", "words of a long story ".repeat(200))),
                content_hash: format!("h{i}"),
                enclosures: Vec::new(),
            })
            .collect(),
    }
}

fn count(store: &Store) -> i64 {
    store.view_counts(View::All).unwrap().0
}

#[test]
fn a_full_disk_saves_nothing_of_the_step_and_keeps_everything_before() {
    let (dir, mut store, feed) = support::engine::store_with_feed("https://news.example/feed.xml");
    store
        .apply_feed(feed, &feed_of(20, 0), &FetchMeta::default(), 1, 60)
        .unwrap();
    let kept = store.search("\"Story 3\"", 1).unwrap()[0].id;
    store.set_bookmarked(kept, true).unwrap();
    store.set_read(kept, true).unwrap();

    store.fill_disk_for_tests(5).unwrap();
    let err = store
        .apply_feed(feed, &feed_of(500, 20), &FetchMeta::default(), 2, 60)
        .unwrap_err();
    assert!(matches!(err, Error::DiskFull), "{err:?}");
    assert!(err.to_string().starts_with("the disk is full"), "{err}");
    // the whole step rolled back; everything before is intact and the file is sound
    assert_eq!(count(&store), 20);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
    let a = store.article(kept).unwrap();
    assert!(a.bookmarked && a.read);
    drop(store);

    // space again: the same refresh goes through
    let mut store = Store::open_in(dir.path()).unwrap();
    store
        .apply_feed(feed, &feed_of(500, 20), &FetchMeta::default(), 2, 60)
        .unwrap();
    assert_eq!(count(&store), 520);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
}

#[test]
fn a_data_directory_that_cannot_be_made_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"not a directory").unwrap();
    let err = Store::open_in(&file.join("data")).err().expect("refused");
    assert!(
        err.to_string().starts_with("cannot use data directory"),
        "{err}"
    );
}

// Unix only: it makes the directory read-only with permission bits; Windows uses ACLs, and
// Wine maps them onto the Unix permissions of the user running it (root, in CI)
#[cfg(unix)]
#[test]
fn a_read_only_data_directory_shows_what_is_stored_and_refuses_writes_clearly() {
    use broadsheet_engine::store::NewFeed;
    use std::os::unix::fs::PermissionsExt;
    // root writes through permissions, so this proof needs an ordinary user
    if unsafe_is_root() {
        eprintln!("skipped: running as root, permissions do not bind");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = Store::open_in(&data).unwrap();
        store
            .add_feed(&NewFeed {
                url: "https://news.example/feed.xml".into(),
                ..Default::default()
            })
            .unwrap();
    }
    let lock = |mode| {
        for entry in std::fs::read_dir(&data).unwrap().flatten() {
            std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode & 0o666))
                .unwrap();
        }
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    lock(0o555);
    let result = Store::open_in(&data).and_then(|s| {
        s.feeds()?;
        s.add_feed(&NewFeed {
            url: "https://other.example/feed.xml".into(),
            ..Default::default()
        })
    });
    lock(0o755);
    let err = result.expect_err("a write into a read-only directory fails");
    eprintln!("read-only data directory: {err}");
    assert!(matches!(err, Error::ReadOnly(_)), "{err:?}");
    let store = Store::open_in(&data).unwrap();
    assert_eq!(store.feeds().unwrap().len(), 1);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
}

#[cfg(unix)]
fn unsafe_is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false)
}
