//! Numbered schema migrations, applied in order at open. `PRAGMA user_version` records the last
//! one applied. A database newer than this binary is refused, never downgraded.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// Every migration ever shipped, in order. Never edit one that has shipped: append a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_offline.sql"),
    include_str!("migrations/0003_notify.sql"),
    include_str!("migrations/0004_full_text_attempts.sql"),
    include_str!("migrations/0005_retention_by_read_time.sql"),
    include_str!("migrations/0006_undo.sql"),
    include_str!("migrations/0007_counts.sql"),
    include_str!("migrations/0008_rules.sql"),
    include_str!("migrations/0009_feed_health.sql"),
    include_str!("migrations/0010_accounts.sql"),
    include_str!("migrations/0011_slices.sql"),
    include_str!("migrations/0012_search_merges.sql"),
    include_str!("migrations/0013_search_apart.sql"),
    include_str!("migrations/0014_images_todo_by_id.sql"),
    include_str!("migrations/0015_page_failures_as_messages.sql"),
    include_str!("migrations/0016_pages_apart.sql"),
    include_str!("migrations/0017_thumbnails.sql"),
    include_str!("migrations/0018_feed_sign_in.sql"),
    include_str!("migrations/0019_open_in.sql"),
    include_str!("migrations/0020_folder_tree.sql"),
    include_str!("migrations/0021_page_scripts.sql"),
    include_str!("migrations/0022_dropped_logins.sql"),
    include_str!("migrations/0023_enclosures.sql"),
    include_str!("migrations/0024_stories.sql"),
    include_str!("migrations/0025_story_words.sql"),
    include_str!("migrations/0026_episode_files.sql"),
    include_str!("migrations/0027_listening.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn apply(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    // off while a migration rebuilds a table (0020): dropping the old one must not set
    // NULL or delete what refers to it. Checked before each commit instead.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let applied = apply_each(conn, found);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    applied
}

fn apply_each(conn: &mut Connection, found: i64) -> Result<()> {
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
            .optional()?;
        if let Some(table) = broken {
            return Err(Error::Db(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                Some(format!(
                    "migration {} left rows in {table} that refer to nothing",
                    index + 1
                )),
            )));
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn fresh_database_is_at_the_latest_schema() {
        let (_dir, store) = crate::store::test_store();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    /// The database as the first `n` migrations left it.
    fn store_at(path: &std::path::Path, n: usize) -> Connection {
        let mut conn = Connection::open(path).unwrap();
        for (index, sql) in MIGRATIONS.iter().enumerate().take(n) {
            let tx = conn.transaction().unwrap();
            tx.execute_batch(sql).unwrap();
            tx.pragma_update(None, "user_version", index as i64 + 1)
                .unwrap();
            tx.commit().unwrap();
        }
        conn
    }

    #[test]
    fn the_search_index_merges_sixteen_segments_at_a_time_old_stores_too() {
        let automerge = |store: &Store| -> i64 {
            store
                .conn
                .query_row(
                    "SELECT v FROM search.articles_fts_config WHERE k = 'automerge'",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        let (_dir, store) = crate::store::test_store();
        assert_eq!(automerge(&store), 16);

        // a store made before 0012 (its index still in the database)
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        store_at(&path, 11);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(automerge(&store), 16);
    }

    #[test]
    fn a_store_whose_index_was_inside_it_finds_its_articles_in_the_new_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        {
            let conn = store_at(&path, 12);
            conn.execute_batch(
                "INSERT INTO feeds(id, url, title, created_at, next_due_at)
                     VALUES (1, 'http://127.0.0.1:9/f.xml', 'F', 0, 0);
                 INSERT INTO articles(id, feed_id, guid, title, summary, published_at,
                     content_hash, fetched_at)
                     VALUES (7, 1, 'g7', 'Wells for Balkh', '<p>Water at last</p>', 5, 'h', 5),
                            (9000, 1, 'g9', 'Snow in Bamyan', NULL, 6, 'h', 6);
                 INSERT INTO articles_fts(rowid, title, author, summary, content)
                     VALUES (7, 'Wells for Balkh', '', 'Water at last', '');",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let old_index: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM main.sqlite_master WHERE name LIKE 'articles_fts%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(old_index, 0, "the old index leaves the database");
        // every article is queued for the new index (9000 in a later step than 7); a search
        // catches up before it reads
        let ids =
            |q: &str| -> Vec<i64> { store.search(q, 10).unwrap().iter().map(|a| a.id).collect() };
        assert_eq!(ids("water"), [7]);
        assert_eq!(ids("bamyan"), [9000]);
        assert_eq!(store.index_pending().unwrap().entries, 0, "nothing left");
    }

    #[test]
    fn one_level_folders_stay_as_they_were_with_their_feeds_and_rules() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        {
            let conn = store_at(&path, 19);
            conn.execute_batch(
                "PRAGMA foreign_keys = ON;
                 INSERT INTO folders(id, name, created_at) VALUES (3, 'World', 0), (4, 'AC/DC', 0);
                 INSERT INTO feeds(id, url, title, folder_id, created_at, next_due_at)
                     VALUES (1, 'http://127.0.0.1:9/a.xml', 'A', 3, 0, 0),
                            (2, 'http://127.0.0.1:9/b.xml', 'B', 4, 0, 0);
                 INSERT INTO rules(position, fields, match_kind, pattern, folder_id, actions,
                     created_at) VALUES (1, 'title', 'any', 'x', 3, 'read', 0);",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let folders: Vec<_> = store
            .folders()
            .unwrap()
            .into_iter()
            .map(|f| (f.id, f.parent_id, f.path))
            .collect();
        assert_eq!(
            folders,
            [
                (4, None, "AC/DC".to_string()),
                (3, None, "World".to_string())
            ]
        );
        assert_eq!(store.feed(1).unwrap().folder_id, Some(3), "not set to NULL");
        assert_eq!(store.feed(2).unwrap().folder.as_deref(), Some("AC/DC"));
        // the old name still finds it, and is not made again as two levels
        assert_eq!(store.find_folder("AC/DC").unwrap(), Some(4));
        assert_eq!(store.folder_id("AC/DC").unwrap(), 4);
        assert_eq!(store.folders().unwrap().len(), 2);
        assert_eq!(store.rules().unwrap()[0].folder_id, Some(3), "not deleted");
        let fk: bool = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert!(fk, "foreign keys are on again after the migrations");
    }

    #[test]
    fn reopening_applies_nothing_twice() {
        let dir = tempfile::tempdir().unwrap();
        Store::open_in(dir.path()).unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn newer_schema_is_refused_with_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
                .unwrap();
        }
        let err = Store::open(&path).err().expect("must refuse");
        assert!(matches!(err, Error::SchemaTooNew { found, .. } if found == SCHEMA_VERSION + 5));
        assert!(err.to_string().contains("newer Broadsheet"));
        // and the file was not touched
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION + 5);
    }

    #[test]
    fn the_english_page_failures_of_old_stores_become_messages_the_reader_says_in_any_language() {
        use crate::l10n::{Localizer, Part};
        let stored = [
            ("the page could not be processed", "page-unprocessed", ""),
            (
                "the page is not this article (it reads “Welcome to the Wi-Fi”)",
                "page-not-this-article-titled",
                "Welcome to the Wi-Fi",
            ),
            ("the page is not this article", "page-not-this-article", ""),
            (
                "the page holds no article, only 12 words (a sign-in or cookie wall, a gallery?)",
                "page-too-short",
                "12",
            ),
            (
                "the page is a list of short lines (the longest has 7 words), not an article",
                "page-short-lines",
                "7",
            ),
            (
                "the page took longer than 10 s to read",
                "page-too-slow",
                "10",
            ),
            (
                "the link leads to application/pdf, not a page",
                "page-not-html",
                "application/pdf",
            ),
            ("HTTP 404 Not Found", "net-http", "404"),
            ("HTTP 503: server asks to wait 120 s", "net-later", "120"),
            ("timed out after 20 s", "net-timeout", "20"),
            (
                "response larger than the 8388608-byte limit",
                "net-too-large",
                "8388608",
            ),
            (
                "network error: connection reset",
                "net-other",
                "connection reset",
            ),
            // a sentence this list does not know is kept, and shown as it is
            (
                "the moon was in the way",
                "as-stored",
                "the moon was in the way",
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        {
            let conn = store_at(&path, 14);
            conn.execute(
                "INSERT INTO feeds(id, url, title, created_at, next_due_at)
                     VALUES (1, 'http://127.0.0.1:9/f.xml', 'F', 0, 0)",
                [],
            )
            .unwrap();
            for (i, (english, _, _)) in stored.iter().enumerate() {
                conn.execute(
                    "INSERT INTO articles(id, feed_id, guid, title, summary, published_at,
                         content_hash, fetched_at, url, full_error)
                         VALUES (?1, 1, ?1, 'T', '<p>Feed text</p>', 5, 'h', 5,
                                 'http://127.0.0.1:9/a', ?2)",
                    rusqlite::params![i as i64 + 1, english],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        let dari = Localizer::new("fa-AF", &[Part::Engine]);
        for (i, (english, id, shown)) in stored.iter().enumerate() {
            // read back as the reader reads it (reading/reader.rs)
            let stored: String = store
                .conn
                .query_row(
                    "SELECT error FROM page_attempts WHERE article_id = ?1",
                    [i as i64 + 1],
                    |r| r.get(0),
                )
                .unwrap();
            let why = crate::l10n::Message::from_stored(
                &stored,
                &[
                    crate::pages::failures::PAGE_FAILURES,
                    crate::error::NET_FAILURES,
                ],
                "as-stored",
            );
            assert_eq!(why.id, *id, "{english}");
            // said again in English, a page's reason reads as it did before the upgrade
            if id.starts_with("page-") || *id == "as-stored" {
                assert_eq!(why.to_string(), *english);
            }
            assert!(why.to_string().contains(shown), "{english} → {}", why);
            // and in Dari it is Dari (only what the page or the system said stays as it was)
            let in_dari = dari.message(&why);
            assert!(
                in_dari
                    .chars()
                    .any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
                    || *id == "as-stored",
                "{english} → {in_dari}"
            );
        }
        // the engine's own failures and the migration's are the same text: the marker of a page
        // given up on is taken back by `release_full_texts`
        let unprocessed: String = store
            .conn
            .query_row(
                "SELECT error FROM page_attempts WHERE article_id = 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            unprocessed,
            crate::l10n::Message::new("page-unprocessed").to_stored()
        );
    }

    #[test]
    fn full_texts_and_attempts_move_out_of_the_article_rows_and_stay_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadsheet.db");
        {
            let conn = store_at(&path, 15);
            conn.execute_batch(
                "INSERT INTO feeds(id, url, title, created_at, next_due_at)
                     VALUES (1, 'http://127.0.0.1:9/f.xml', 'F', 0, 0);
                 INSERT INTO articles(id, feed_id, guid, title, summary, published_at,
                     content_hash, fetched_at, url, full_content, full_byline, full_fetched_at,
                     full_attempts)
                     VALUES (1, 1, 'g1', 'Wells', '<p>Short</p>', 5, 'h', 5, 'http://127.0.0.1:9/1',
                             '<p>Water reached Balkh</p>', 'Zahra', 7, 1);
                 INSERT INTO articles(id, feed_id, guid, title, summary, published_at,
                     content_hash, fetched_at, url, full_error, full_attempts, full_retry_at)
                     VALUES (2, 1, 'g2', 'Snow', '<p>Snow</p>', 6, 'h', 6, 'http://127.0.0.1:9/2',
                             '{\"id\":\"page-no-page\",\"args\":{}}', 2, 99);
                 INSERT INTO articles(id, feed_id, guid, title, published_at, content_hash,
                     fetched_at)
                     VALUES (3, 1, 'g3', 'Untouched', 7, 'h', 7);",
            )
            .unwrap();
            // the words moved are the words the index holds: the move logs nothing for it
            let logged = |conn: &Connection| -> i64 {
                conn.query_row("SELECT COUNT(*) FROM search_log", [], |r| r.get(0))
                    .unwrap()
            };
            let before = logged(&conn);
            conn.execute_batch(MIGRATIONS[15]).unwrap();
            assert_eq!(logged(&conn), before);
            conn.execute_batch("PRAGMA user_version = 16").unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let full: (i64, String, Option<String>, i64) = store
            .conn
            .query_row(
                "SELECT article_id, html, byline, fetched_at FROM full_texts",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(
            full,
            (
                1,
                "<p>Water reached Balkh</p>".into(),
                Some("Zahra".into()),
                7
            )
        );
        let attempts: Vec<(i64, i64, Option<i64>, Option<String>)> = store
            .conn
            .prepare("SELECT article_id, attempts, retry_at, error FROM page_attempts ORDER BY 1")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            attempts,
            [
                (1, 1, None, None),
                (
                    2,
                    2,
                    Some(99),
                    Some(r#"{"id":"page-no-page","args":{}}"#.into())
                )
            ]
        );
        let left: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM articles WHERE full_content IS NOT NULL
                     OR full_byline IS NOT NULL OR full_error IS NOT NULL OR full_attempts != 0
                     OR full_retry_at IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0, "the old columns are emptied");
        // the reader and the search index read the full text where it now is
        let article = store.article(1).unwrap();
        assert_eq!(
            article.full_content.as_deref(),
            Some("<p>Water reached Balkh</p>")
        );
        assert_eq!(article.full_byline.as_deref(), Some("Zahra"));
        assert_eq!(
            store.article(2).unwrap().full_error.as_deref(),
            Some(r#"{"id":"page-no-page","args":{}}"#)
        );
        let ids =
            |q: &str| -> Vec<i64> { store.search(q, 10).unwrap().iter().map(|a| a.id).collect() };
        assert_eq!(ids("balkh"), [1]);
    }
}
