//! OPML import at scale: 1,000 feeds in one transaction, duplicates skipped, round trip.

use broadsheet_engine::pipeline::opml::{export_opml, import_opml, read_opml};
use broadsheet_engine::Store;

fn opml_of(n: usize) -> String {
    let outlines: String = (0..n)
        .map(|i| {
            format!(
                r#"<outline text="Feed {i}" type="rss" xmlUrl="http://127.0.0.1:1/feed/{i}.xml" htmlUrl="http://127.0.0.1:1/site/{i}/"/>"#
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="Farm">{outlines}</outline><outline text="Feed 0" xmlUrl="http://127.0.0.1:1/feed/0.xml"/></body></opml>"#
    )
}

#[test]
fn a_thousand_feeds_import_in_one_go_and_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let summary = import_opml(&mut store, &opml_of(1000)).unwrap();
    assert_eq!(summary.added, 1000);
    assert_eq!(summary.skipped_duplicates, 1);
    assert_eq!(summary.folders, 1);
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1000);
    assert!(feeds.iter().all(|f| f.folder.as_deref() == Some("Farm")));

    let exported = export_opml(&store).unwrap();
    let back = read_opml(&exported).unwrap();
    assert_eq!(back.len(), 1000);
    assert_eq!(back[999].folder, ["Farm"]);
    let again = import_opml(&mut store, &exported).unwrap();
    assert_eq!((again.added, again.skipped_duplicates), (0, 1000));
}

#[test]
fn an_import_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    // the database refuses writes halfway (read-only connection): nothing may land
    import_opml(&mut store, &opml_of(3)).unwrap();
    let path = store.path().to_path_buf();
    drop(store);
    let ro =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .unwrap();
    ro.execute_batch(
        "CREATE TRIGGER fail_after_two BEFORE INSERT ON feeds
         WHEN (SELECT COUNT(*) FROM feeds) >= 5 BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    )
    .unwrap();
    drop(ro);
    let mut store = Store::open(&path).unwrap();
    let more = opml_of(10);
    assert!(import_opml(&mut store, &more).is_err());
    assert_eq!(
        store.feeds().unwrap().len(),
        3,
        "the failed import left nothing behind"
    );
}
