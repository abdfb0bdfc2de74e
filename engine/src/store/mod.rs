//! The store: one SQLite database (WAL, foreign keys, numbered migrations) holding folders,
//! feeds, articles and settings, and beside it the full-text index in a file of its own
//! (`search_index.rs`). Every write of a refresh batch is one transaction; the index follows
//! the database's search log, kept in step here, never by callers.

mod accounts;
mod articles;
mod enclosures;
mod feeds;
mod folders;
mod health;
mod listening;
mod migrations;
mod offline;
mod paging;
mod refresh_writes;
mod rules;
mod search_index;
mod settings;
mod stories;
mod sync_writes;
mod thumbs;
mod undo;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{Error, Result};

pub use crate::net::fetch::FetchMeta;
pub use accounts::{Account, AccountRemoved};
pub use enclosures::{Episode, EpisodeFile, EpisodeQuery};
pub use feeds::{Added, ImportSummary, NewFeed, Subscription};
pub use folders::{path_names, MAX_FOLDER_DEPTH};
pub use listening::{EpisodeProgress, UnneededEpisode, EPISODE_ATTEMPTS};
pub use offline::{
    FullTextJob, ImageCleanup, ImageJob, OfflineScope, StorageUsage, MAX_FULL_TEXT_ATTEMPTS,
};
pub use paging::{RowKey, LANDMARK_STRIDE};
pub use refresh_writes::FeedWrite;
pub use rules::{RulePreview, PREVIEW_ARTICLES};
pub use search_index::{search_path, CatchUp};
pub use settings::{stored_language, ImagePolicy, Native, Settings, StoryFirst, SETTING_KEYS};
pub use stories::{groups, Grouping};
pub use sync_writes::{
    FeedChange, FeedsApplied, ItemFlag, ItemLink, PendingStates, RemoteFeed, StatesApplied,
};
pub use thumbs::ThumbState;
pub use undo::{UndoStep, UNDO_WINDOW_SECS};

/// File name of the database inside the data directory.
pub const DATABASE_FILE: &str = "broadsheet.db";

/// A handle on the database. Not `Sync`: give each thread its own (WAL lets them share the file).
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Where far positions of each view start (`paging.rs`).
    landmarks: std::cell::RefCell<paging::LandmarkCache>,
    /// The enabled rules, compiled (`rules.rs`); `None` until needed or after a change.
    rule_cache: std::cell::RefCell<Option<std::sync::Arc<crate::feeds::rules::RuleSet>>>,
    /// The search index's own thread, while a refresh runs (`search_index.rs`).
    indexer: Option<search_index::Indexer>,
}

/// Bytes of the write-ahead log between copies into the database during a refresh (16,384
/// pages of 4 KiB): a million new articles took 21.5 s with SQLite's 1,000 pages, 18.4 s with
/// 10,000, 17.4 s with 40,000.
const BULK_WAL_BYTES: i64 = 64 << 20;

/// The page size of a new database (SQLite's default is 4 KiB): a million new articles were
/// written in 14.2–16.1 s with 16 KiB pages against 18.8–19.4 s with 4 KiB (fewer pages to
/// split, balance and log per row). A database keeps the size it was made with.
const NEW_PAGE_SIZE: i64 = 16_384;

/// How long a connection waits for another's lock before it gives up.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// How often [`Store::background_checkpoints`] copies the log into the database.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// Stops the checkpoint thread when dropped (after its current copy).
pub struct BackgroundCheckpoints {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for BackgroundCheckpoints {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, applying pending migrations.
    pub fn open_in(data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| Error::DataDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        Store::open(&data_dir.join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database file at `path`, applying pending migrations,
    /// with its search index beside it ([`search_path`]).
    pub fn open(path: &Path) -> Result<Store> {
        let mut store = Store {
            conn: connect(path)?,
            path: path.to_path_buf(),
            landmarks: Default::default(),
            rule_cache: Default::default(),
            indexer: None,
        };
        migrations::apply(&mut store.conn)?;
        search_index::attach(&store.conn, path)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The data directory the database is in (images and kept secrets sit beside it).
    pub fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Pages the write-ahead log may hold before its pages are copied into the database: big
    /// while a refresh writes many articles (each page changed many times is copied once, not
    /// at every 1,000), back to SQLite's 1,000 afterwards so that a power cut never finds much
    /// unsynced (`synchronous = NORMAL` syncs at each copy).
    pub fn set_bulk_writes(&self, bulk: bool) -> Result<()> {
        let page_size: i64 = self
            .conn
            .pragma_query_value(None, "page_size", |r| r.get(0))?;
        let pages = if bulk {
            BULK_WAL_BYTES / page_size.max(512)
        } else {
            1_000
        };
        let _: i64 = self
            .conn
            .pragma_update_and_check(None, "wal_autocheckpoint", pages, |r| r.get(0))?;
        if !bulk {
            // what the bulk writes left in the log goes into the database now
            self.conn
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// Copies the write-ahead log into the database on a thread of its own, every
    /// `CHECKPOINT_EVERY`, until the handle is dropped: during a refresh the writer then
    /// finds the log mostly copied when its own turn comes, instead of copying (and waiting for
    /// the disk) itself.
    pub fn background_checkpoints(&self) -> Result<BackgroundCheckpoints> {
        let conn = Connection::open(&self.path)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::Builder::new()
            .name("checkpoints".into())
            .spawn(move || {
                use std::sync::atomic::Ordering;
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(CHECKPOINT_EVERY);
                    // busy (the writer copying): the next turn will
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .map_err(Error::Io)?;
        Ok(BackgroundCheckpoints {
            stop,
            thread: Some(thread),
        })
    }

    /// `PRAGMA integrity_check`: `Ok(())` when the file is sound, otherwise what SQLite reports.
    pub fn integrity_check(&self) -> Result<std::result::Result<(), String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if rows == ["ok"] {
            Ok(Ok(()))
        } else {
            Ok(Err(rows.join("; ")))
        }
    }

    /// Size of the database file and the search index's, with their logs, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        let search = search_path(&self.path);
        let wal = |p: &Path| PathBuf::from(format!("{}-wal", p.display()));
        [self.path.clone(), wal(&self.path), wal(&search), search]
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum()
    }
}

/// A connection to the database at `path` as every store's: WAL, foreign keys, a busy wait.
fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_WAIT)?;
    // room for every statement a refresh repeats: one pushed out is prepared again per row
    conn.set_prepared_statement_cache_capacity(64);
    // only a new, empty file takes it: an existing one keeps its own
    conn.pragma_update(None, "page_size", NEW_PAGE_SIZE)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // statement journals (one per UPDATE that fires a trigger inside a transaction) and sorts
    // in memory: on disk, each spilled journal was a temporary file opened, written and
    // deleted, once per stored page of an offline pass
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

/// `Ok` when a statement changed a row, else "KIND ID does not exist".
fn changed_or_not_found(changed: usize, kind: &'static str, id: i64) -> Result<()> {
    if changed == 0 {
        Err(Error::NotFound {
            kind,
            id: id.to_string(),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
pub(crate) fn test_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in(dir.path()).expect("open store");
    (dir, store)
}

/// Every folder's path, parents first.
#[cfg(test)]
pub(crate) fn test_folder_paths(store: &Store) -> Vec<String> {
    store
        .folders()
        .unwrap()
        .into_iter()
        .map(|f| f.path)
        .collect()
}

/// Subscribes `store` to `url` (nothing fetched) and returns the feed's id.
#[cfg(test)]
pub(crate) fn test_feed(store: &Store, url: &str) -> i64 {
    store
        .add_feed(&NewFeed {
            url: url.into(),
            ..Default::default()
        })
        .expect("add feed")
        .id()
}

impl Store {
    /// Rows changed through this connection since it opened (tests use it to prove a 304
    /// wrote no article).
    #[doc(hidden)]
    pub fn total_changes_for_tests(&self) -> u64 {
        self.conn.total_changes()
    }

    /// Lets the database grow by at most `pages` more pages: a full disk, for tests.
    #[doc(hidden)]
    pub fn fill_disk_for_tests(&self, pages: i64) -> Result<()> {
        let used: i64 = self
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))?;
        let _: i64 =
            self.conn
                .pragma_update_and_check(None, "max_page_count", used + pages, |r| r.get(0))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkpoint_pages(store: &Store) -> i64 {
        store
            .conn
            .pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_new_store_has_big_pages_and_an_old_one_keeps_its_own() {
        let (_dir, store) = test_store();
        let page_size = |store: &Store| -> i64 {
            store
                .conn
                .pragma_query_value(None, "page_size", |r| r.get(0))
                .unwrap()
        };
        assert_eq!(page_size(&store), NEW_PAGE_SIZE);

        // a database made before: 4 KiB pages, already in WAL mode, with a table of its own
        let old_dir = tempfile::tempdir().unwrap();
        let path = old_dir.path().join(DATABASE_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE kept(x);",
            )
            .unwrap();
        }
        let old = Store::open(&path).unwrap();
        assert_eq!(page_size(&old), 4096);
        old.set_bulk_writes(true).unwrap();
        assert_eq!(checkpoint_pages(&old), BULK_WAL_BYTES / 4096);
        old.set_bulk_writes(false).unwrap();
        assert_eq!(checkpoint_pages(&old), 1_000);
    }

    #[test]
    fn the_checkpoint_thread_copies_the_log_into_the_database_while_the_writer_writes() {
        let (dir, mut store) = test_store();
        store.set_bulk_writes(true).unwrap();
        let feed = test_feed(&store, "http://checkpoints.example/feed.xml");
        let db_size = || {
            std::fs::metadata(dir.path().join(DATABASE_FILE))
                .unwrap()
                .len()
        };
        let checkpoints = store.background_checkpoints().unwrap();
        let before = db_size();
        let parsed = crate::feeds::parse::ParsedFeed {
            articles: (0..500)
                .map(|k| crate::model::NewArticle {
                    guid: format!("a{k}"),
                    title: format!("Story number {k} of the checkpoint test"),
                    content_hash: format!("a{k}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        store
            .apply_feed(feed, &parsed, &FetchMeta::default(), 1, 60)
            .unwrap();
        // far fewer pages than the writer's own threshold: only the thread copies them
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while db_size() == before && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(db_size() > before, "the log was not copied");
        // dropping the handle stops the thread (the test would hang otherwise)
        drop(checkpoints);
        store.set_bulk_writes(false).unwrap();
        assert_eq!(store.stats().unwrap().articles, 500);
    }

    #[test]
    fn bulk_writes_widen_the_log_and_give_it_back() {
        let (_dir, store) = test_store();
        assert_eq!(checkpoint_pages(&store), 1_000);
        store.set_bulk_writes(true).unwrap();
        assert_eq!(checkpoint_pages(&store), BULK_WAL_BYTES / NEW_PAGE_SIZE);
        store.set_bulk_writes(false).unwrap();
        assert_eq!(checkpoint_pages(&store), 1_000);
    }
}
