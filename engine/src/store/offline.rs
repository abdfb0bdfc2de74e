//! What offline reading writes and asks: which articles still need their page or their
//! images, the attempts at each page and the extracted full text (in tables of their own,
//! migration 0016), which image URL is which stored file, storage usage and cleanup. Files
//! themselves live in `offline::ImageStore`; this is the bookkeeping.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::settings::ImagePolicy;
use super::Store;
use crate::error::Result;
use crate::l10n::Message;
use crate::model::Timestamp;
use crate::pages::extract::Extracted;
use crate::text::html_to_text;

/// Which articles an offline pass looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineScope {
    /// Everything due after a refresh: new articles of full-text feeds, images per the setting.
    Due,
    /// One article, now (bookmarked, or "Load full article"). `force_full_text` fetches the
    /// page even if the feed carries whole articles or an earlier attempt failed.
    Article { id: i64, force_full_text: bool },
}

/// An article whose images are to be made local: its HTML as stored and the address its
/// relative URLs resolve against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageJob {
    pub article_id: i64,
    pub html: String,
    pub base: Option<String>,
    /// `html` is the extracted full text, sanitized when it was stored (the feed's own content
    /// is stored as the feed sent it).
    pub sanitized: bool,
}

/// What the storage view shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StorageUsage {
    pub database_bytes: u64,
    pub images: i64,
    pub image_bytes: i64,
    /// Of those, images shown by bookmarked articles.
    pub bookmark_image_bytes: i64,
    pub full_articles: i64,
    /// Downloaded episode files (`offline/episodes.rs`), each counted once however many
    /// articles list its address.
    pub episodes: i64,
    pub episode_bytes: i64,
    /// Of those, episodes of bookmarked articles (kept for good).
    pub bookmark_episode_bytes: i64,
}

/// What "Remove images" removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageCleanup {
    /// Images of read articles that are not bookmarked.
    Read,
    /// Every image except bookmarks'.
    AllButBookmarks,
}

/// An article whose page is to be fetched, with what the page must resemble to be its article.
#[derive(Debug, Clone)]
pub struct FullTextJob {
    pub id: i64,
    pub url: String,
    pub title: String,
    /// The feed's text for the item, as plain text.
    pub summary: String,
}

/// What one image download gave: its stored file (hash, type, bytes), or why there is none.
pub type ImageOutcome<'a> = std::result::Result<(&'a str, &'a str, u64), &'a str>;

/// Attempts at an article's page before Broadsheet gives up on it and keeps the feed's text.
pub const MAX_FULL_TEXT_ATTEMPTS: i64 = 3;

/// What a page whose every attempt was claimed, and none ended, is stored with: its
/// extraction took the process down each time (the message `page-unprocessed`, as
/// [`Message::to_stored`] writes it; migration 0015 writes the same).
const UNPROCESSED: &str = r#"{"id":"page-unprocessed","args":{}}"#;
/// Seconds to wait before attempt n + 1 (after 1, after 2), `attempts` being the attempts
/// before this one.
const FULL_TEXT_BACKOFF: &str = "CASE attempts WHEN 0 THEN 1800 WHEN 1 THEN 21600 ELSE 86400 END";

/// A feed's full-text setting joined with what refresh detected.
const FULL_TEXT_ON: &str = "COALESCE(f.full_text, f.summary_only) = 1";

impl Store {
    /// Articles whose page should be fetched for full text. After a refresh: new articles of
    /// full-text feeds, and earlier failures whose back-off has passed, fewer than
    /// [`MAX_FULL_TEXT_ATTEMPTS`] tries in.
    pub fn full_text_todo(&self, scope: OfflineScope, now: Timestamp) -> Result<Vec<FullTextJob>> {
        let ids = self.full_text_todo_ids(scope, now)?;
        self.full_text_jobs(&ids)
    }

    /// The articles of [`Store::full_text_todo`], in the order to fetch them (bookmarks, then
    /// the newest): ids only, so a million of them take 8 MB; [`Store::full_text_jobs`] reads
    /// the rest a batch at a time.
    pub fn full_text_todo_ids(&self, scope: OfflineScope, now: Timestamp) -> Result<Vec<i64>> {
        let (sql, id, force) = match scope {
            OfflineScope::Due => (
                // from the full-text feeds to their pages never fetched: feeds that carry
                // whole articles cost nothing, however many articles they hold
                format!(
                    // (a page stored by a pass that ended before it marked its articles is not
                    // fetched again: the full text decides, the mark only keeps the index small)
                    "SELECT a.id
                     FROM feeds f CROSS JOIN articles a INDEXED BY articles_full_text_todo
                     LEFT JOIN page_attempts p ON p.article_id = a.id
                     WHERE ?1 = 0 AND ?2 = 0 AND f.removed_at IS NULL AND {FULL_TEXT_ON}
                       AND a.feed_id = f.id AND a.purged_at IS NULL AND a.url IS NOT NULL
                       AND a.full_fetched_at IS NULL
                       AND COALESCE(p.attempts, 0) < {MAX_FULL_TEXT_ATTEMPTS}
                       AND (p.retry_at IS NULL OR p.retry_at <= ?3)
                       AND NOT EXISTS (SELECT 1 FROM full_texts t WHERE t.article_id = a.id)
                     ORDER BY a.bookmarked DESC, a.published_at DESC, a.id DESC"
                ),
                0,
                false,
            ),
            OfflineScope::Article {
                id,
                force_full_text,
            } => (
                format!(
                    "SELECT a.id
                     FROM articles a JOIN feeds f ON f.id = a.feed_id
                     WHERE a.id = ?1 AND a.purged_at IS NULL AND a.url IS NOT NULL AND ?3 = ?3
                       AND (?2 OR ({FULL_TEXT_ON} AND NOT EXISTS
                               (SELECT 1 FROM full_texts t WHERE t.article_id = a.id)))"
                ),
                id,
                force_full_text,
            ),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![id, force, now], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What fetching each of `ids`' pages needs: its address, and its title and feed text to
    /// check the page against.
    pub fn full_text_jobs(&self, ids: &[i64]) -> Result<Vec<FullTextJob>> {
        // one read transaction for the batch, not one per row
        let read = self.conn.unchecked_transaction()?;
        let mut stmt = read.prepare_cached(
            "SELECT a.id, a.url, a.title, COALESCE(a.content, a.summary, '')
             FROM articles a WHERE a.id = ?1 AND a.url IS NOT NULL",
        )?;
        let mut jobs = Vec::with_capacity(ids.len());
        for id in ids {
            let job = stmt
                .query_row([id], |r| {
                    Ok(FullTextJob {
                        id: r.get(0)?,
                        url: r.get(1)?,
                        title: r.get(2)?,
                        summary: html_to_text(&r.get::<_, String>(3)?),
                    })
                })
                .optional()?;
            jobs.extend(job);
        }
        Ok(jobs)
    }

    /// Counts an attempt at an article's page and sets when the next may start. Committed
    /// before the page is extracted: if extracting it takes the process down, the next
    /// launch sees the attempt and backs off instead of fetching the page again.
    pub fn claim_full_text(&mut self, id: i64, now: Timestamp) -> Result<()> {
        self.claim_full_texts(&[id], now)
    }

    /// [`Store::claim_full_text`] for every page of `ids`, in one transaction: the offline
    /// pass claims together the pages that arrived while it was writing.
    pub fn claim_full_texts(&mut self, ids: &[i64], now: Timestamp) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut claim = tx.prepare_cached(&format!(
                "INSERT INTO page_attempts(article_id, attempts, retry_at, error)
                 VALUES (?1, 1, ?2 + 1800, NULL)
                 ON CONFLICT(article_id) DO UPDATE SET retry_at = ?2 + {FULL_TEXT_BACKOFF},
                     attempts = attempts + 1,
                     error = CASE WHEN attempts + 1 >= {MAX_FULL_TEXT_ATTEMPTS}
                         THEN COALESCE(error, '{UNPROCESSED}')
                         ELSE error END"
            ))?;
            for id in ids {
                claim.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Takes back an attempt that turned out not to be one (the network was behind a sign-in
    /// page): the page is due again at the next pass.
    pub fn release_full_text(&mut self, id: i64) -> Result<()> {
        self.release_full_texts(&[id])
    }

    /// [`Store::release_full_text`] for every page of `ids`, in one transaction.
    pub fn release_full_texts(&mut self, ids: &[i64]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut release = tx.prepare_cached(&format!(
                "UPDATE page_attempts SET attempts = MAX(attempts - 1, 0), retry_at = NULL,
                     error = NULLIF(error, '{UNPROCESSED}')
                 WHERE article_id = ?1"
            ))?;
            for id in ids {
                release.execute([id])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Stores the outcome of fetching an article's page. The extracted text replaces the feed's
    /// in the search index; a failure is kept so the reader can say why.
    pub fn set_full_text(
        &mut self,
        id: i64,
        outcome: std::result::Result<&Extracted, &Message>,
        now: Timestamp,
    ) -> Result<()> {
        let done = self.set_full_texts(&[(id, outcome)], now)?;
        self.mark_pages_done(&done, now)
    }

    /// [`Store::set_full_text`] for many pages in one transaction, and the search index
    /// brought up to date once for all of them: the offline pass writes together the pages
    /// that were extracted while it was writing (one small transaction per page wrote each
    /// changed database page again, and the index a segment per article). Full texts are
    /// appended to their table, no article row grows. Returns the articles whose page is done
    /// with (stored, or given up on after the last attempt), for [`Store::mark_pages_done`].
    pub fn set_full_texts(
        &mut self,
        outcomes: &[(i64, std::result::Result<&Extracted, &Message>)],
        now: Timestamp,
    ) -> Result<Vec<i64>> {
        if outcomes.is_empty() {
            return Ok(Vec::new());
        }
        let mut done = Vec::new();
        let tx = self.conn.transaction()?;
        let first_seq = super::search_index::next_seq(&tx)?;
        {
            // the search index takes every word the reader shows, the pictures' captions too
            // (the extracted plain text leaves them out): the insert logs the article for it
            // (migration 0016)
            let mut stored = tx.prepare_cached(
                "INSERT INTO full_texts(article_id, html, byline, fetched_at)
                 SELECT id, ?2, ?3, ?4 FROM articles WHERE id = ?1 AND purged_at IS NULL
                 ON CONFLICT(article_id) DO UPDATE SET html = excluded.html,
                     byline = excluded.byline, fetched_at = excluded.fetched_at",
            )?;
            // (these two write only when there is something to change)
            let mut no_error = tx.prepare_cached(
                "UPDATE page_attempts SET error = NULL WHERE article_id = ?1 AND error IS NOT NULL",
            )?;
            // images made local for the feed's text are looked at again for the page's
            let mut images_again = tx.prepare_cached(
                "UPDATE articles SET images_at = NULL WHERE id = ?1 AND images_at > 0",
            )?;
            // what was stored before (a full text, say) stays; after the last attempt the
            // page is given up on and the reader keeps the feed's text with the note
            let mut failed = tx.prepare_cached(
                "INSERT INTO page_attempts(article_id, attempts, error) VALUES (?1, 0, ?2)
                 ON CONFLICT(article_id) DO UPDATE SET error = excluded.error
                 RETURNING attempts",
            )?;
            for (id, outcome) in outcomes {
                match outcome {
                    Ok(extracted) => {
                        if stored.execute(params![id, extracted.html, extracted.byline, now])? > 0 {
                            no_error.execute([id])?;
                            images_again.execute([id])?;
                            done.push(*id);
                        }
                    }
                    // stored as the message: the reader says it in the language of the day
                    Err(error) => {
                        let attempts: i64 =
                            failed.query_row(params![id, error.to_stored()], |r| r.get(0))?;
                        if attempts >= MAX_FULL_TEXT_ATTEMPTS {
                            done.push(*id);
                        }
                    }
                };
            }
        }
        let last_seq = super::search_index::next_seq(&tx)? - 1;
        tx.commit()?;
        if last_seq >= first_seq {
            // the index reads the pages' words itself: on its own thread during a pass
            self.index_logged(first_seq, last_seq);
        }
        Ok(done)
    }

    /// Marks the pages of `ids` done with on their articles, so the index of pages to fetch
    /// no longer holds them: in id order, in one transaction, each database page of articles
    /// written once however many of its articles are marked. The offline pass marks all it
    /// did at once, after it stored them: a pass that ends before leaves only marks unwritten,
    /// and the page's full text or its last attempt still keeps it from being fetched again.
    pub fn mark_pages_done(&mut self, ids: &[i64], now: Timestamp) -> Result<()> {
        self.mark_in_id_order(
            ids,
            "UPDATE articles SET full_fetched_at = ?2 WHERE id = ?1 AND full_fetched_at IS NULL",
            now,
        )
    }

    /// Marks the images of `ids` made local (as [`Store::mark_pages_done`] does pages): the
    /// index of articles whose images are to be looked at no longer holds them. An article
    /// whose mark a pass did not write is looked at again by the next pass, which finds its
    /// images stored and fetches nothing.
    pub fn mark_images_done(&mut self, ids: &[i64], now: Timestamp) -> Result<()> {
        self.mark_in_id_order(
            ids,
            "UPDATE articles SET images_at = ?2 WHERE id = ?1 AND purged_at IS NULL",
            now,
        )
    }

    fn mark_in_id_order(&mut self, ids: &[i64], sql: &str, now: Timestamp) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let tx = self.conn.transaction()?;
        {
            let mut mark = tx.prepare_cached(sql)?;
            for id in sorted {
                mark.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Articles whose images are still to be made local.
    pub fn image_todo(&self, scope: OfflineScope, policy: ImagePolicy) -> Result<Vec<ImageJob>> {
        let ids = self.image_todo_ids(scope, policy)?;
        self.image_jobs(&ids)
    }

    /// The articles of [`Store::image_todo`], in order: ids only ([`Store::image_jobs`] reads
    /// each batch's HTML).
    pub fn image_todo_ids(&self, scope: OfflineScope, policy: ImagePolicy) -> Result<Vec<i64>> {
        if policy == ImagePolicy::None {
            return Ok(Vec::new());
        }
        let bookmarks_only = policy == ImagePolicy::Bookmarks;
        // what is left to do is found through an index of just that (articles never looked
        // at, or bookmarks), never by reading the whole store
        let (from, filter, id) = match scope {
            // a page still to fetch comes first: its images are the ones to keep
            OfflineScope::Due => (
                if bookmarks_only {
                    "articles a INDEXED BY articles_bookmarked"
                } else {
                    "articles a INDEXED BY articles_images_todo"
                },
                format!(
                    "?2 = 0 AND a.images_at IS NULL AND (?1 = 0 OR a.bookmarked = 1)
                     AND NOT (a.url IS NOT NULL AND a.full_fetched_at IS NULL AND {FULL_TEXT_ON}
                              AND NOT EXISTS (SELECT 1 FROM page_attempts p
                                              WHERE p.article_id = a.id AND p.attempts > 0))"
                ),
                0,
            ),
            OfflineScope::Article { id, .. } => (
                "articles a",
                "a.id = ?2 AND COALESCE(a.images_at, 0) != -1 AND (?1 = 0 OR a.bookmarked = 1)"
                    .to_string(),
                id,
            ),
        };
        let bookmarked = if bookmarks_only {
            "a.bookmarked = 1 AND"
        } else {
            ""
        };
        let sql = format!(
            "SELECT a.id
             FROM {from} JOIN feeds f ON f.id = a.feed_id
             WHERE {bookmarked} a.purged_at IS NULL AND {filter}
             ORDER BY a.bookmarked DESC, a.published_at DESC, a.id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![bookmarks_only, id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each of `ids`' HTML as stored and the address its relative URLs resolve against.
    pub fn image_jobs(&self, ids: &[i64]) -> Result<Vec<ImageJob>> {
        // one read transaction for the batch, not one per row
        let read = self.conn.unchecked_transaction()?;
        let mut stmt = read.prepare_cached(
            "SELECT a.id, COALESCE(t.html, a.content, a.summary, ''), COALESCE(a.url, f.url),
                    t.html IS NOT NULL
             FROM articles a JOIN feeds f ON f.id = a.feed_id
             LEFT JOIN full_texts t ON t.article_id = a.id
             WHERE a.id = ?1",
        )?;
        let mut jobs = Vec::with_capacity(ids.len());
        for id in ids {
            let job = stmt
                .query_row([id], |r| {
                    Ok(ImageJob {
                        article_id: r.get(0)?,
                        html: r.get(1)?,
                        base: r.get(2)?,
                        sanitized: r.get(3)?,
                    })
                })
                .optional()?;
            jobs.extend(job);
        }
        Ok(jobs)
    }

    /// Of `urls`, those already tried: URL → stored hash (`None`: it failed before).
    pub fn known_images(&self, urls: &[String]) -> Result<HashMap<String, Option<String>>> {
        let read = self.conn.unchecked_transaction()?;
        let mut stmt = read.prepare_cached("SELECT hash FROM images WHERE url = ?1")?;
        let mut known = HashMap::new();
        for url in urls {
            if let Some(hash) = stmt
                .query_row([url], |r| r.get::<_, Option<String>>(0))
                .optional()?
            {
                known.insert(url.clone(), hash);
            }
        }
        Ok(known)
    }

    /// URL → stored hash for those of `urls` that are stored.
    pub fn stored_images(&self, urls: &[String]) -> Result<HashMap<String, String>> {
        Ok(self
            .known_images(urls)?
            .into_iter()
            .filter_map(|(url, hash)| hash.map(|h| (url, h)))
            .collect())
    }

    /// Records one image download: its stored file, or why there is none.
    pub fn record_image(
        &mut self,
        url: &str,
        outcome: ImageOutcome<'_>,
        now: Timestamp,
    ) -> Result<()> {
        self.record_images(&[(url, outcome)], now)
    }

    /// [`Store::record_image`] for many downloads, in one transaction.
    pub fn record_images(
        &mut self,
        downloads: &[(&str, ImageOutcome<'_>)],
        now: Timestamp,
    ) -> Result<()> {
        if downloads.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        {
            let mut record = tx.prepare_cached(
                "INSERT INTO images(url, hash, mime, bytes, error, fetched_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(url) DO UPDATE SET hash = excluded.hash, mime = excluded.mime,
                     bytes = excluded.bytes, error = excluded.error, fetched_at = excluded.fetched_at",
            )?;
            for (url, outcome) in downloads {
                let (hash, mime, bytes, error) = match outcome {
                    Ok((hash, mime, bytes)) => (Some(*hash), Some(*mime), *bytes as i64, None),
                    Err(e) => (None, None, 0, Some(*e)),
                };
                record.execute(params![url, hash, mime, bytes, error, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Remembers which URLs each of `done`'s articles shows (their images are made local:
    /// [`Store::mark_images_done`] says so on the articles).
    pub fn link_images(&mut self, done: &[(i64, Vec<String>)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut link = tx.prepare_cached(
                "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?1, ?2)",
            )?;
            for (id, urls) in done {
                for url in urls {
                    link.execute(params![id, url])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub fn storage_usage(&self) -> Result<StorageUsage> {
        let mut usage = self.conn.query_row(
            "SELECT
               (SELECT COUNT(*) FROM images WHERE hash IS NOT NULL),
               (SELECT COALESCE(SUM(bytes), 0) FROM (SELECT DISTINCT hash, bytes FROM images
                    WHERE hash IS NOT NULL)),
               (SELECT COALESCE(SUM(bytes), 0) FROM (SELECT DISTINCT i.hash, i.bytes FROM images i
                    JOIN article_images ai ON ai.url = i.url
                    JOIN articles a ON a.id = ai.article_id
                    WHERE a.bookmarked = 1 AND i.hash IS NOT NULL)),
               (SELECT COUNT(*) FROM full_texts),
               (SELECT COUNT(*) FROM (SELECT DISTINCT file FROM episode_files)),
               (SELECT COALESCE(SUM(bytes), 0) FROM (SELECT DISTINCT file, bytes FROM episode_files)),
               (SELECT COALESCE(SUM(bytes), 0) FROM (SELECT DISTINCT d.file, d.bytes
                    FROM episode_files d JOIN articles a ON a.id = d.article_id
                    WHERE a.bookmarked = 1))",
            [],
            |r| {
                Ok(StorageUsage {
                    database_bytes: 0,
                    images: r.get(0)?,
                    image_bytes: r.get(1)?,
                    bookmark_image_bytes: r.get(2)?,
                    full_articles: r.get(3)?,
                    episodes: r.get(4)?,
                    episode_bytes: r.get(5)?,
                    bookmark_episode_bytes: r.get(6)?,
                })
            },
        )?;
        usage.database_bytes = self.size_on_disk();
        Ok(usage)
    }

    /// Forgets the images of the articles `which` names (they are not fetched again) and
    /// returns the hashes of files no article shows any more, for the caller to delete.
    pub fn clear_images(&mut self, which: ImageCleanup) -> Result<Vec<String>> {
        let filter = match which {
            ImageCleanup::Read => "read = 1 AND bookmarked = 0",
            ImageCleanup::AllButBookmarks => "bookmarked = 0",
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "DELETE FROM article_images WHERE article_id IN (SELECT id FROM articles WHERE {filter})"
            ),
            [],
        )?;
        tx.execute(
            &format!(
                "UPDATE articles SET images_at = -1, thumb = NULL WHERE {filter} AND purged_at IS NULL"
            ),
            [],
        )?;
        tx.commit()?;
        self.unused_images()
    }

    /// Drops image records no live article shows; returns the hashes whose files may go.
    pub fn unused_images(&mut self) -> Result<Vec<String>> {
        let tx = self.conn.transaction()?;
        let hashes: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT DISTINCT hash FROM images
                 WHERE hash IS NOT NULL AND url NOT IN (SELECT url FROM article_images)
                   AND hash NOT IN (SELECT i.hash FROM images i JOIN article_images ai
                                    ON ai.url = i.url WHERE i.hash IS NOT NULL)",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.execute(
            "DELETE FROM images WHERE url NOT IN (SELECT url FROM article_images)",
            [],
        )?;
        tx.commit()?;
        Ok(hashes)
    }

    /// Per-feed "Download full articles": `None` automatic, `Some(true)` always, `Some(false)` never.
    pub fn set_feed_full_text(&self, feed_id: i64, full_text: Option<bool>) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET full_text = ?2 WHERE id = ?1",
            params![feed_id, full_text],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }
}

#[cfg(test)]
mod tests {
    use super::{ImagePolicy, OfflineScope};

    #[test]
    fn images_to_fetch_come_bookmarks_first_then_newest_whatever_the_order_they_came_in() {
        let (_dir, store) = crate::store::test_store();
        let feed = crate::store::test_feed(&store, "http://images.example/feed.xml");
        // ids rise as articles arrive; their dates do not
        for (id, published, bookmarked, images_at, purged_at) in [
            (1, 300, 0, None, None),
            (2, 100, 0, None, None),
            (3, 500, 0, Some(9), None),
            (4, 200, 1, None, None),
            (5, 400, 0, None, None),
            (6, 600, 0, None, Some(9)),
            (7, 400, 0, None, None),
        ] {
            store
                .conn
                .execute(
                    "INSERT INTO articles (id, feed_id, guid, title, published_at, content_hash,
                                           fetched_at, bookmarked, images_at, purged_at)
                     VALUES (?1, ?2, ?1, 't', ?3, 'h', 1, ?4, ?5, ?6)",
                    rusqlite::params![id, feed, published, bookmarked, images_at, purged_at],
                )
                .unwrap();
        }
        let ids = store
            .image_todo_ids(OfflineScope::Due, ImagePolicy::All)
            .unwrap();
        assert_eq!(ids, vec![4, 7, 5, 1, 2]);
        // the index of what is left to do is keyed by id: a new article goes at its end
        let key: Vec<String> = store
            .conn
            .prepare("SELECT name FROM pragma_index_info('articles_images_todo')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(key, vec!["id".to_string()]);
    }

    #[test]
    fn a_full_text_is_found_by_the_words_of_its_captions() {
        let (_dir, mut store) = crate::store::test_store();
        let feed = crate::store::test_feed(&store, "http://captions.example/feed.xml");
        store
            .conn
            .execute(
                "INSERT INTO articles (id, feed_id, guid, title, published_at, content_hash,
                                       fetched_at)
                 VALUES (1, ?1, 'g1', 'Water for four districts', 1, 'h', 1)",
                [feed],
            )
            .unwrap();
        let page = crate::pages::extract::Extracted {
            html: "<p>The council met on Monday.</p><figure><img src=w.jpg>\
                   <figcaption>A new well near Mazar</figcaption></figure>"
                .into(),
            text: "The council met on Monday.".into(),
            ..Default::default()
        };
        store.set_full_text(1, Ok(&page), 2).unwrap();
        for word in ["council", "Mazar"] {
            let hits = store.search(word, 5).unwrap();
            assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [1], "{word}");
        }
    }

    #[test]
    fn a_page_stored_by_a_pass_that_ended_before_its_marks_is_not_fetched_again() {
        let (_dir, mut store) = crate::store::test_store();
        let feed = crate::store::test_feed(&store, "http://pages.example/feed.xml");
        store.set_feed_full_text(feed, Some(true)).unwrap();
        for id in [1, 2] {
            store
                .conn
                .execute(
                    "INSERT INTO articles (id, feed_id, guid, url, title, published_at,
                                           content_hash, fetched_at)
                     VALUES (?1, ?2, ?1, 'http://pages.example/a', 't', ?1, 'h', 1)",
                    rusqlite::params![id, feed],
                )
                .unwrap();
        }
        let due = |store: &crate::store::Store, at| {
            store.full_text_todo_ids(OfflineScope::Due, at).unwrap()
        };
        assert_eq!(due(&store, 10), [2, 1]);
        store.claim_full_texts(&[1, 2], 10).unwrap();
        let page = crate::pages::extract::Extracted {
            html: "<p>Water reached Balkh</p>".into(),
            ..Default::default()
        };
        let failure = crate::l10n::Message::new("page-no-page");
        let done = store
            .set_full_texts(&[(1, Ok(&page)), (2, Err(&failure))], 10)
            .unwrap();
        // stored is done with; a first failure is tried again after its back-off
        assert_eq!(done, [1]);
        // the marks were never written (the pass was killed): a day later, only the failed
        // page is due, the stored one is not fetched again
        assert_eq!(due(&store, 10 + 86_400), [2]);
        let marked = |store: &crate::store::Store| -> Vec<i64> {
            store
                .conn
                .prepare("SELECT id FROM articles WHERE full_fetched_at IS NOT NULL ORDER BY id")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        assert!(marked(&store).is_empty());
        store.mark_pages_done(&done, 10).unwrap();
        assert_eq!(marked(&store), [1]);
        // the reader reads the page where it is, and the failure's note is gone once stored
        assert_eq!(
            store.article(1).unwrap().full_content.as_deref(),
            Some("<p>Water reached Balkh</p>")
        );
        assert_eq!(
            store.article(2).unwrap().full_error,
            Some(failure.to_stored())
        );
        // the last attempt's failure gives the page up: done with, and marked
        for at in [20, 30] {
            store.claim_full_texts(&[2], at).unwrap();
        }
        assert_eq!(
            store.set_full_texts(&[(2, Err(&failure))], 30).unwrap(),
            [2]
        );
    }
}
