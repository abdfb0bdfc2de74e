//! The search index, in a file of its own (`broadsheet.search.db` beside the database, attached
//! to every connection as `search`): an FTS5 table of every live article's words, and how far
//! it has followed the database's search log.
//!
//! The database logs, in the transaction of each change, which articles the index must look at
//! again (migration 0013: one range of new ids per refresh transaction, one id per changed,
//! purged or deleted article by trigger). [`catch_up`] works through the log in order and
//! records the last entry done in the same transaction as the words, so a crash anywhere
//! leaves an index that resumes where it stood: an entry redone gives the same index. The
//! index lives apart so that during a refresh a thread of its own ([`Indexer`]) writes it
//! while the database's single writer writes the next rows. A search file that is missing,
//! unreadable, or made for another database (or an older copy of this one) is made again and
//! every article queued for it.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use crate::error::{Error, Result};
use crate::text::html_to_text;

/// The index's file beside the database at `db` (`broadsheet.db` → `broadsheet.search.db`).
pub fn search_path(db: &Path) -> PathBuf {
    db.with_extension("search.db")
}

/// Ids queued per log entry when the whole store is queued (a rebuild): one entry is one
/// transaction's worth of the index's work at most.
const REBUILD_STEP: i64 = 4096;

/// Ids one transaction of a backlog's catch-up takes at most (a rebuild, the log a refresh's
/// thread finds at its end).
const IDS_PER_ROUND: usize = 50_000;

/// Log entries read per round of [`catch_up`].
const ENTRIES_PER_ROUND: i64 = 512;

/// What a search catches up at most before it runs (the rest is the refresh's or the
/// background's to do): a search never waits for a whole backlog.
pub(super) const SEARCH_CATCH_UP_IDS: usize = 2_000;

/// The words of one article as the index holds them.
#[derive(Debug, Clone, Default)]
pub(crate) struct IndexText {
    pub id: i64,
    pub title: String,
    pub author: Option<String>,
    pub summary: String,
    pub content: String,
}

impl IndexText {
    /// An article's words from its stored HTML: the page's full text, when one was fetched,
    /// stands for the feed's content (every word the reader shows, captions too). The row's
    /// columns: id, title, author, summary, content, full content.
    fn of_row(row: &rusqlite::Row) -> rusqlite::Result<IndexText> {
        let (id, title, author, summary, content, full_content): (
            i64,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ) = row.try_into()?;
        Ok(IndexText {
            id,
            title,
            author,
            summary: summary.as_deref().map(html_to_text).unwrap_or_default(),
            content: full_content
                .or(content)
                .as_deref()
                .map(html_to_text)
                .unwrap_or_default(),
        })
    }
}

/// Texts the writer worked out for the log entries `first_seq..=last_seq` of one committed
/// transaction, so that the index neither reads nor converts them again. `texts` is sorted
/// by id and holds the state at that transaction's commit.
pub(crate) struct Handed {
    pub first_seq: i64,
    pub last_seq: i64,
    pub texts: Vec<IndexText>,
}

impl Handed {
    fn text(&self, id: i64) -> Option<&IndexText> {
        self.texts
            .binary_search_by_key(&id, |t| t.id)
            .ok()
            .map(|i| &self.texts[i])
    }
}

/// Attaches the search file to `conn` (whose main database is migrated), creating or
/// rebuilding it as needed. An unreadable file is removed and made again.
pub(super) fn attach(conn: &Connection, db: &Path) -> Result<()> {
    let path = search_path(db);
    match attach_once(conn, &path) {
        Err(Error::Db(e)) if is_unreadable(&e) => {
            let _ = conn.execute_batch("DETACH DATABASE search");
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            attach_once(conn, &path)
        }
        other => other,
    }
}

fn is_unreadable(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

fn attach_once(conn: &Connection, path: &Path) -> Result<()> {
    conn.execute(
        "ATTACH DATABASE ?1 AS search",
        [path.to_string_lossy().as_ref()],
    )?;
    // only a new, empty file takes the page size (as the database's, store/mod.rs)
    conn.pragma_update(
        Some(rusqlite::DatabaseName::Attached("search")),
        "page_size",
        super::NEW_PAGE_SIZE,
    )?;
    conn.pragma_update(
        Some(rusqlite::DatabaseName::Attached("search")),
        "journal_mode",
        "WAL",
    )?;
    conn.pragma_update(
        Some(rusqlite::DatabaseName::Attached("search")),
        "synchronous",
        "NORMAL",
    )?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS search.search_state (key TEXT PRIMARY KEY, value);
         CREATE VIRTUAL TABLE IF NOT EXISTS search.articles_fts USING fts5(
             title, author, summary, content,
             content = '',
             contentless_delete = 1,
             tokenize = 'unicode61 remove_diacritics 2'
         );",
    )?;
    if !is_current(conn)? {
        rebuild(conn)?;
    }
    Ok(())
}

/// Whether the index was made for this database and has not seen log entries it does not
/// have (a database put back from a copy).
fn is_current(conn: &Connection) -> Result<bool> {
    let want: Option<String> = conn
        .query_row(
            "SELECT value FROM main.settings WHERE key = 'search_epoch'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let have: Option<String> = conn
        .query_row(
            "SELECT value FROM search.search_state WHERE key = 'epoch'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if want.is_none() || want != have {
        return Ok(false);
    }
    // the log goes from what the database dropped to what it gave last: an index outside
    // that was made for another state of this database
    let applied = applied_through(conn)?;
    let logged = next_seq(conn)? - 1;
    let forgotten: i64 = conn.query_row(
        "SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM main.settings
                           WHERE key = 'search_forgotten'), 0)",
        [],
        |r| r.get(0),
    )?;
    Ok(forgotten <= applied && applied <= logged)
}

fn applied_through(conn: &Connection) -> Result<i64> {
    state(conn, "applied_through")
}

/// Empties the index and queues every article for it. In three steps, each its own
/// transaction, the index marked unfinished until the last: a crash in between finds it
/// unfinished at the next open and starts again.
fn rebuild(conn: &Connection) -> Result<()> {
    {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(
            "INSERT INTO search.articles_fts(articles_fts) VALUES ('delete-all');
             INSERT INTO search.articles_fts(articles_fts, rank) VALUES ('automerge', 16);
             INSERT OR REPLACE INTO search.search_state(key, value)
                 VALUES ('epoch', ''), ('applied_through', 0), ('max_indexed_id', 0);",
        )?;
        tx.commit()?;
    }
    let epoch: String = {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(
            "INSERT OR IGNORE INTO main.settings(key, value)
                 VALUES ('search_epoch', hex(randomblob(8)));
             DELETE FROM main.search_log;
             DELETE FROM main.settings WHERE key = 'search_forgotten';",
        )?;
        tx.execute(
            "INSERT INTO main.search_log(first_id, last_id)
             WITH RECURSIVE step(lo) AS (
                 SELECT 0
                 UNION ALL
                 SELECT lo + ?1 FROM step
                  WHERE lo + ?1 <= (SELECT COALESCE(MAX(id), 0) FROM main.articles)
             )
             SELECT lo, lo + ?1 - 1 FROM step",
            [REBUILD_STEP],
        )?;
        let epoch = tx.query_row(
            "SELECT value FROM main.settings WHERE key = 'search_epoch'",
            [],
            |r| r.get(0),
        )?;
        tx.commit()?;
        epoch
    };
    conn.execute(
        "UPDATE search.search_state SET value = ?1 WHERE key = 'epoch'",
        [epoch],
    )?;
    Ok(())
}

/// How far one `catch_up` got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CatchUp {
    /// Log entries done.
    pub entries: usize,
    /// More entries are waiting (a limit stopped it).
    pub more: bool,
}

/// Works through the search log from where the index stands, in one transaction of the
/// search file: up to entry `upto` (all when `None`), stopping at an entry's end once about
/// `max_ids` article ids are done. Texts in `handed` are used for the entries they cover,
/// the others are read from the database; handed texts of entries done are dropped.
pub(crate) fn catch_up(
    conn: &Connection,
    handed: &mut VecDeque<Handed>,
    upto: Option<i64>,
    max_ids: usize,
) -> Result<CatchUp> {
    let tx = conn.unchecked_transaction()?;
    // the search file's write lock first (waiting for another writer of it here), and only
    // then a look at the database: its log as of now
    tx.execute(
        "UPDATE search.search_state SET value = value WHERE key = 'applied_through'",
        [],
    )?;
    let applied = applied_through(&tx)?;
    let mut index = Index {
        tx: &tx,
        max_indexed_id: state(&tx, "max_indexed_id")?,
    };
    let entries: Vec<(i64, i64, i64)> = {
        let mut stmt = tx.prepare_cached(
            "SELECT seq, first_id, last_id FROM main.search_log
              WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query_map(
            params![applied, upto.unwrap_or(i64::MAX), ENTRIES_PER_ROUND],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut done = CatchUp {
        entries: 0,
        more: entries.len() as i64 == ENTRIES_PER_ROUND,
    };
    let mut ids = 0usize;
    let mut last_done = applied;
    for (seq, first_id, last_id) in entries {
        if ids >= max_ids {
            done.more = true;
            break;
        }
        while handed.front().is_some_and(|h| h.last_seq < seq) {
            handed.pop_front();
        }
        let texts = handed.front().filter(|h| h.first_seq <= seq);
        ids += index.entry(first_id, last_id, texts)?;
        last_done = seq;
        done.entries += 1;
    }
    let max_indexed_id = index.max_indexed_id;
    tx.execute(
        "INSERT OR REPLACE INTO search.search_state(key, value)
             VALUES ('applied_through', ?1), ('max_indexed_id', ?2)",
        [last_done, max_indexed_id],
    )?;
    tx.commit()?;
    while handed.front().is_some_and(|h| h.last_seq <= last_done) {
        handed.pop_front();
    }
    Ok(done)
}

/// [`catch_up`] round after round until nothing is left up to `upto`; returns the entries done.
fn catch_up_all(
    conn: &Connection,
    handed: &mut VecDeque<Handed>,
    upto: Option<i64>,
    ids_per_round: usize,
) -> Result<usize> {
    let mut entries = 0;
    loop {
        let done = catch_up(conn, handed, upto, ids_per_round)?;
        entries += done.entries;
        if !done.more {
            return Ok(entries);
        }
    }
}

/// A number the search file keeps about itself (0 until set).
fn state(conn: &Connection, key: &str) -> Result<i64> {
    Ok(conn
        .query_row(
            "SELECT value FROM search.search_state WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// The index inside one catch-up transaction.
struct Index<'a> {
    tx: &'a Connection,
    /// The largest id the index was ever given: one above it cannot be in the index, so a
    /// refresh's new articles are added without a removal first.
    max_indexed_id: i64,
}

impl Index<'_> {
    /// One log entry: the index's entries of `first_id..=last_id` made again from what those
    /// articles are now (or, for the ids `handed` has, from its texts). Returns the ids
    /// looked at.
    fn entry(&mut self, first_id: i64, last_id: i64, handed: Option<&Handed>) -> Result<usize> {
        let Some(handed) = handed else {
            return self.rows(first_id, last_id);
        };
        // every id of the entry the writer had a text for (all, for its range of new ids);
        // any other is read
        for id in first_id..=last_id {
            match handed.text(id) {
                Some(text) => self.put(text)?,
                None => {
                    self.rows(id, id)?;
                }
            }
        }
        Ok((last_id - first_id + 1) as usize)
    }

    /// The index's entry of one article replaced by `t`.
    fn put(&mut self, t: &IndexText) -> Result<()> {
        self.remove(t.id, t.id)?;
        self.insert(t)
    }

    /// Adds `t` (the index holds nothing for it).
    fn insert(&mut self, t: &IndexText) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO search.articles_fts(rowid, title, author, summary, content)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![t.id, t.title, t.author, t.summary, t.content])?;
        self.max_indexed_id = self.max_indexed_id.max(t.id);
        Ok(())
    }

    /// Removes the index's entries of `lo..=hi` (only ids it may hold).
    fn remove(&self, lo: i64, hi: i64) -> Result<()> {
        let hi = hi.min(self.max_indexed_id);
        if lo > hi {
            return Ok(());
        }
        let mut delete = self
            .tx
            .prepare_cached("DELETE FROM search.articles_fts WHERE rowid = ?1")?;
        for id in lo..=hi {
            delete.execute([id])?;
        }
        Ok(())
    }

    /// Makes the entries of `lo..=hi` again from what the database holds; returns how many
    /// articles it read (at least 1, so that a run of empty ranges still counts against a
    /// limit).
    fn rows(&mut self, lo: i64, hi: i64) -> Result<usize> {
        self.remove(lo, hi)?;
        let texts: Vec<IndexText> = {
            let mut read = self.tx.prepare_cached(
                "SELECT a.id, a.title, a.author, a.summary, a.content, t.html FROM main.articles a
                   LEFT JOIN main.full_texts t ON t.article_id = a.id
                  WHERE a.id BETWEEN ?1 AND ?2 AND a.purged_at IS NULL",
            )?;
            let rows = read.query_map([lo, hi], IndexText::of_row)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for text in &texts {
            // removed above
            self.insert(text)?;
        }
        Ok(texts.len().max(1))
    }
}

/// The next sequence number the search log will give (in the writer's transaction: every
/// entry from it up to the log's last at commit is that transaction's).
pub(super) fn next_seq(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE((SELECT seq FROM main.sqlite_sequence WHERE name = 'search_log'), 0) + 1",
        [],
        |r| r.get(0),
    )?)
}

/// Drops the log entries the index has done (by the database's writer, in its own
/// transaction: the index's thread never waits for the database's write lock).
/// The database remembers how far it dropped: an index found behind that (its file put back
/// from an older copy) would miss what was dropped, and is made again.
pub(super) fn forget_done(conn: &Connection) -> Result<()> {
    let applied = applied_through(conn)?;
    let forgotten = conn
        .prepare_cached("DELETE FROM main.search_log WHERE seq <= ?1")?
        .execute([applied])?;
    if forgotten > 0 {
        conn.prepare_cached(
            "INSERT OR REPLACE INTO main.settings(key, value) VALUES ('search_forgotten', ?1)",
        )?
        .execute([applied.to_string()])?;
    }
    Ok(())
}

/// How many handed batches may wait for the index thread: the writer waits beyond that, so
/// texts never pile up in memory.
const HANDED_WAITING: usize = 1;

/// The index's own thread beside a refresh: takes the texts of each committed transaction
/// and indexes them (all that waited at once, one transaction of the search file), then,
/// when told to finish, whatever else the log holds.
pub(crate) struct Indexer {
    sender: Option<SyncSender<Handed>>,
    thread: Option<std::thread::JoinHandle<Result<()>>>,
}

impl Indexer {
    pub(super) fn start(db: &Path) -> Result<Indexer> {
        let conn = super::connect(db)?;
        attach(&conn, db)?;
        let (sender, receiver) = sync_channel::<Handed>(HANDED_WAITING);
        let thread = std::thread::Builder::new()
            .name("search-index".into())
            .spawn(move || -> Result<()> {
                let mut waiting = VecDeque::new();
                while let Ok(first) = receiver.recv() {
                    waiting.push_back(first);
                    while let Ok(more) = receiver.try_recv() {
                        waiting.push_back(more);
                    }
                    let upto = waiting.back().map(|h| h.last_seq);
                    catch_up_all(&conn, &mut waiting, upto, usize::MAX)?;
                }
                catch_up_all(&conn, &mut waiting, None, IDS_PER_ROUND)?;
                Ok(())
            })
            .map_err(Error::Io)?;
        Ok(Indexer {
            sender: Some(sender),
            thread: Some(thread),
        })
    }

    /// Gives the thread a transaction's texts (waiting while it is a batch behind). Nothing
    /// happens when the thread has stopped (an error): the entries stay in the log.
    pub(super) fn hand(&self, handed: Handed) {
        if let Some(sender) = &self.sender {
            let _ = sender.send(handed);
        }
    }

    /// Waits for the thread to index everything handed and logged.
    pub(super) fn finish(mut self) -> Result<()> {
        self.stop()
    }

    fn stop(&mut self) -> Result<()> {
        self.sender.take();
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(Error::Io(std::io::Error::other(
                "the search index thread stopped",
            ))),
            None => Ok(()),
        }
    }
}

impl Drop for Indexer {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

/// Ids a write catches up at most after its own commit: its own entries, and a little of any
/// backlog before them (a rebuild is the background's, not one click's).
const AFTER_WRITE_IDS: usize = 20_000;

impl super::Store {
    /// Indexes everything the search log holds (a rebuild included), in rounds.
    pub fn index_pending(&self) -> Result<CatchUp> {
        Ok(CatchUp {
            entries: catch_up_all(&self.conn, &mut VecDeque::new(), None, IDS_PER_ROUND)?,
            more: false,
        })
    }

    /// Before a search: a little of the log, unless another connection is writing the index
    /// right now (a refresh's thread: then the search reads what is there).
    pub(super) fn catch_up_for_search(&self) {
        self.catch_up_unless_busy(SEARCH_CATCH_UP_IDS);
    }

    /// After a write that logged entries, the index follows (bounded, and not when another
    /// connection is writing it: what is left waits for the next catch-up). A failure leaves
    /// the entries logged; the write itself stands.
    pub(super) fn index_after_write(&self) {
        self.catch_up_unless_busy(AFTER_WRITE_IDS);
    }

    fn catch_up_unless_busy(&self, max_ids: usize) {
        // nothing waiting (the usual case) costs one read, no write transaction
        if !self.search_log_waiting().unwrap_or(true) {
            return;
        }
        if self.conn.busy_timeout(std::time::Duration::ZERO).is_ok() {
            let _ = catch_up(&self.conn, &mut VecDeque::new(), None, max_ids);
            let _ = self.conn.busy_timeout(super::BUSY_WAIT);
        }
    }

    /// Whether the search log holds entries the index has not done.
    fn search_log_waiting(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM main.search_log WHERE seq >
                 COALESCE((SELECT value FROM search.search_state WHERE key = 'applied_through'), 0))",
            [],
            |r| r.get(0),
        )?)
    }

    /// The texts of a committed transaction's log entries: to the index thread when a refresh
    /// runs one, else indexed now.
    pub(super) fn hand_to_index(&self, handed: Handed) {
        if let Some(indexer) = &self.indexer {
            // a stopped thread (an error) leaves the entries logged for the next catch-up
            indexer.hand(handed);
            return;
        }
        let upto = handed.last_seq;
        let _ = catch_up(
            &self.conn,
            &mut VecDeque::from([handed]),
            Some(upto),
            AFTER_WRITE_IDS,
        );
    }

    /// After a write that logged the entries `first_seq..=last_seq` without texts at hand:
    /// the index thread reads them when one runs (the writer goes on at once), else the index
    /// follows now as after any write.
    pub(super) fn index_logged(&self, first_seq: i64, last_seq: i64) {
        match &self.indexer {
            Some(indexer) => indexer.hand(Handed {
                first_seq,
                last_seq,
                texts: Vec::new(),
            }),
            None => self.index_after_write(),
        }
    }

    /// Starts the search index's own thread for a refresh: from now on each transaction's
    /// texts go to it, and it writes the index while this store writes the next rows.
    pub fn start_background_index(&mut self) -> Result<()> {
        if self.indexer.is_none() {
            self.indexer = Some(Indexer::start(&self.path)?);
        }
        Ok(())
    }

    /// Waits until the index thread has indexed everything logged, and stops it.
    pub fn finish_background_index(&mut self) -> Result<()> {
        let result = match self.indexer.take() {
            Some(indexer) => indexer.finish(),
            None => Ok(()),
        };
        forget_done(&self.conn)?;
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::parse::ParsedFeed;
    use crate::model::NewArticle;
    use crate::store::{test_feed, test_store, FeedWrite, FetchMeta, Store};

    const NOW: i64 = 1_800_000_000;

    /// A feed of one item per word: its guid and title are the word.
    fn feed_of(words: &[&str]) -> ParsedFeed {
        ParsedFeed {
            title: "Words".into(),
            articles: words
                .iter()
                .enumerate()
                .map(|(k, w)| NewArticle {
                    guid: (*w).into(),
                    title: format!("{w} story"),
                    content: Some(format!("<p>All about {w}.</p>")),
                    published_at: NOW - k as i64 * 60,
                    published_from_feed: true,
                    content_hash: (*w).into(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    fn add(store: &mut Store, feed_id: i64, words: &[&str]) {
        store
            .apply_feed(feed_id, &feed_of(words), &FetchMeta::default(), NOW, 1800)
            .unwrap();
    }

    fn found(store: &Store, query: &str) -> Vec<i64> {
        let mut ids: Vec<i64> = store
            .search(query, 100)
            .unwrap()
            .iter()
            .map(|a| a.id)
            .collect();
        ids.sort();
        ids
    }

    fn id_of(store: &Store, guid: &str) -> i64 {
        store
            .conn
            .query_row("SELECT id FROM articles WHERE guid = ?1", [guid], |r| {
                r.get(0)
            })
            .unwrap()
    }

    /// How many articles the index holds entries for (a duplicate counts twice).
    fn entries(store: &Store) -> i64 {
        store.index_pending().unwrap();
        store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM search.articles_fts_docsize",
                [],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// How many times the index holds `word` (an article indexed twice counts its words twice).
    fn instances(store: &Store, word: &str) -> i64 {
        store.index_pending().unwrap();
        store
            .conn
            .execute_batch(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words
                     USING fts5vocab(search, articles_fts, instance)",
            )
            .unwrap();
        store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM temp.words WHERE term = ?1",
                [word],
                |r| r.get(0),
            )
            .unwrap()
    }

    fn search_file(dir: &tempfile::TempDir) -> PathBuf {
        search_path(&dir.path().join(crate::store::DATABASE_FILE))
    }

    #[test]
    fn the_index_lives_in_its_own_file_and_finds_new_articles_at_once() {
        let (dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["kabul", "herat"]);
        assert!(search_file(&dir).is_file());
        assert_eq!(found(&store, "herat"), [id_of(&store, "herat")]);
        assert_eq!(found(&store, "about"), found(&store, "story"));
        assert_eq!(entries(&store), 2);
    }

    #[test]
    fn the_index_thread_indexes_each_article_once_and_follows_other_changes() {
        let (_dir, mut store) = test_store();
        let feeds: Vec<i64> = (0..3)
            .map(|f| test_feed(&store, &format!("http://words.example/{f}.xml")))
            .collect();
        store.start_background_index().unwrap();
        let parsed = [
            feed_of(&["balkh", "kunduz"]),
            feed_of(&["ghazni"]),
            // a guid twice in one document: stored once, indexed once, by its last text
            {
                let mut twice = feed_of(&["bamyan", "kandahar"]);
                let mut again = twice.articles[1].clone();
                again.title = "kandahar corrected".into();
                again.content_hash = "kandahar-2".into();
                twice.articles.push(again);
                twice
            },
        ];
        let meta = FetchMeta::default();
        for (feed, parsed) in feeds.iter().zip(&parsed) {
            let write = FeedWrite {
                feed_id: *feed,
                parsed,
                // as a refresh's parsing threads do
                prepared: crate::feeds::prepare::prepare(parsed, &Default::default(), None),
                meta: &meta,
                fetched_at: NOW,
            };
            store.apply_many(vec![write], 1800).unwrap();
        }
        // a change from another connection while the thread runs: logged, and indexed by the
        // thread before it stops
        let other = Store::open(store.path()).unwrap();
        other
            .conn
            .execute(
                "UPDATE articles SET title = 'Mazar story' WHERE guid = 'balkh'",
                [],
            )
            .unwrap();
        store.finish_background_index().unwrap();
        assert_eq!(entries(&store), 5);
        assert_eq!(found(&store, "corrected"), [id_of(&store, "kandahar")]);
        assert_eq!(instances(&store, "corrected"), 1);
        assert_eq!(instances(&store, "kandahar"), 2);
        assert_eq!(
            instances(&store, "balkh"),
            1,
            "its title changed, its text did not"
        );
        assert_eq!(found(&store, "mazar"), [id_of(&store, "balkh")]);
        assert_eq!(found(&store, "kunduz"), [id_of(&store, "kunduz")]);
        let left: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM search_log", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0, "what the index has done leaves the log");
    }

    #[test]
    fn a_changed_article_is_found_by_its_new_words_only() {
        let (_dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["kabul"]);
        let mut changed = feed_of(&["kabul"]);
        changed.articles[0].title = "Kabul, corrected".into();
        changed.articles[0].content = Some("<p>Flooding in Kabul.</p>".into());
        changed.articles[0].content_hash = "kabul-2".into();
        let counts = store
            .apply_feed(feed, &changed, &FetchMeta::default(), NOW, 1800)
            .unwrap();
        assert_eq!(counts.updated, 1);
        let kabul = id_of(&store, "kabul");
        assert_eq!(found(&store, "flooding"), [kabul]);
        assert!(found(&store, "about").is_empty(), "the old text is gone");
        assert_eq!(instances(&store, "kabul"), 2);
    }

    #[test]
    fn an_id_given_again_after_a_delete_finds_only_the_new_article() {
        let (_dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["alpha", "beta"]);
        let beta = id_of(&store, "beta").max(id_of(&store, "alpha"));
        // the newest row deleted (its feed's articles gone, say): SQLite gives its id again
        store
            .conn
            .execute("DELETE FROM articles WHERE id = ?1", [beta])
            .unwrap();
        add(&mut store, feed, &["gamma"]);
        let gamma = id_of(&store, "gamma");
        assert_eq!(gamma, beta, "the id is given again");
        assert!(found(&store, "beta").is_empty());
        assert_eq!(found(&store, "gamma"), [gamma]);
        assert_eq!(entries(&store), 2);
        // in its title and its text, once each: the new article is in the index once
        assert_eq!(instances(&store, "gamma"), 2);
        assert_eq!(instances(&store, "beta"), 0);
    }

    #[test]
    fn purged_and_unsubscribed_articles_leave_the_index() {
        let (_dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        let other = test_feed(&store, "http://words.example/b.xml");
        add(&mut store, feed, &["old", "new"]);
        add(&mut store, other, &["elsewhere"]);
        store
            .set_read_at(id_of(&store, "old"), true, NOW - 100 * 86_400)
            .unwrap();
        assert_eq!(store.purge_older_than(90, NOW, &[]).unwrap(), 1);
        assert_eq!(entries(&store), 2);
        store.unsubscribe(other, NOW).unwrap();
        store.finalize_undo(NOW + 86_400).unwrap();
        assert_eq!(entries(&store), 1);
        assert_eq!(found(&store, "story"), [id_of(&store, "new")]);
    }

    /// A store whose search file is put back, after `later` was written, to what it was
    /// once "kabul" was: as if the index had lost every commit since.
    fn with_search_file_from_before(later: &[&[&str]]) -> (tempfile::TempDir, Store) {
        let (dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["kabul"]);
        drop(store);
        let saved = std::fs::read(search_file(&dir)).unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        for words in later {
            add(&mut store, feed, words);
        }
        drop(store);
        std::fs::write(search_file(&dir), saved).unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn what_the_index_lost_in_a_crash_is_indexed_at_the_next_open() {
        let (_dir, store) = with_search_file_from_before(&[&["herat"]]);
        assert_eq!(found(&store, "herat"), [id_of(&store, "herat")]);
        assert_eq!(entries(&store), 2);
    }

    #[test]
    fn an_index_older_than_what_the_log_dropped_is_made_again() {
        // the second write drops herat's entry from the log
        let (_dir, store) = with_search_file_from_before(&[&["herat"], &["ghazni"]]);
        assert_eq!(found(&store, "herat"), [id_of(&store, "herat")]);
        assert_eq!(entries(&store), 3);
    }

    #[test]
    fn a_database_put_back_from_an_older_copy_gets_an_index_of_its_own() {
        let (dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["kabul"]);
        drop(store);
        let db = dir.path().join(crate::store::DATABASE_FILE);
        let saved = std::fs::read(&db).unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        add(&mut store, feed, &["herat", "ghazni"]);
        drop(store);
        std::fs::write(&db, saved).unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert!(found(&store, "herat").is_empty());
        assert_eq!(found(&store, "kabul"), [id_of(&store, "kabul")]);
        assert_eq!(entries(&store), 1);
    }

    #[test]
    fn an_unreadable_search_file_is_made_again_from_the_articles() {
        let (dir, mut store) = test_store();
        let feed = test_feed(&store, "http://words.example/a.xml");
        add(&mut store, feed, &["kabul", "herat"]);
        drop(store);
        std::fs::write(search_file(&dir), vec![0x5a; 40_000]).unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(found(&store, "kabul"), [id_of(&store, "kabul")]);
        assert_eq!(entries(&store), 2);
    }
}
