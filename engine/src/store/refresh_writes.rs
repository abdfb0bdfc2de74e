//! What a refresh writes: one transaction per feed for its articles and fetch state, and the
//! bookkeeping for 304s and failures (backoff, Retry-After).

use rusqlite::{params, OptionalExtension, Transaction};

use super::paging::SLICE_SHIFT;
use super::search_index::{self, Handed, IndexText};
use super::Store;
use crate::error::Result;
use crate::feeds::parse::ParsedFeed;
use crate::feeds::prepare::{prepare, FeedPlace, PreparedArticle};
use crate::feeds::rules::{Outcome, Place};
use crate::model::{NewArticle, Timestamp, WriteCounts};
use crate::net::fetch::FetchMeta;
use crate::text::{excerpt, html_to_text};

/// Characters of text kept as a list row's excerpt.
const EXCERPT_CHARS: usize = 240;
/// The longest a failing feed waits between tries.
const MAX_BACKOFF_SECS: i64 = 24 * 3600;

impl Store {
    /// Stores one feed's fresh content in one transaction: new items are inserted, changed ones
    /// updated in place (read and bookmark state kept), unchanged ones cost nothing. Each
    /// item's text and rule outcome are worked out here ([`crate::feeds::prepare`]); a refresh does
    /// that on its parsing threads and calls [`Store::apply_prepared`].
    pub fn apply_feed(
        &mut self,
        feed_id: i64,
        parsed: &ParsedFeed,
        meta: &FetchMeta,
        now: Timestamp,
        interval_secs: i64,
    ) -> Result<WriteCounts> {
        let rules = self.rule_set()?;
        let place = if rules.is_empty() {
            None
        } else {
            self.feed_place(feed_id, &parsed.title)?
        };
        let prepared = prepare(parsed, &rules, place.as_ref());
        self.apply_prepared(feed_id, parsed, prepared, meta, now, interval_secs)
    }

    /// Where feed `id` is and its name (else `fallback_title`), for rules.
    pub(crate) fn feed_place(&self, id: i64, fallback_title: &str) -> Result<Option<FeedPlace>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT folder_id, COALESCE(user_title, NULLIF(title, ''), NULLIF(?2, ''), url)
                   FROM feeds WHERE id = ?1",
            )?
            .query_row(params![id, fallback_title], |r| {
                Ok(FeedPlace {
                    place: Place {
                        feed_id: id,
                        folder_id: r.get(0)?,
                    },
                    title: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// [`Store::apply_feed`] with each item already prepared (`prepared[i]` is
    /// `parsed.articles[i]`'s).
    pub fn apply_prepared(
        &mut self,
        feed_id: i64,
        parsed: &ParsedFeed,
        prepared: Vec<PreparedArticle>,
        meta: &FetchMeta,
        now: Timestamp,
        interval_secs: i64,
    ) -> Result<WriteCounts> {
        let mut counts = self.apply_many(
            vec![FeedWrite {
                feed_id,
                parsed,
                prepared,
                meta,
                fetched_at: now,
            }],
            interval_secs,
        )?;
        Ok(counts.pop().unwrap_or_default())
    }

    /// Several feeds' fresh content in one transaction (what a refresh does with the feeds
    /// parsed while the writer was busy): all or none is stored. Fewer, larger transactions
    /// make fewer and larger search-index segments, which is most of what a commit costs.
    /// The counts come back in the order of `writes`.
    pub fn apply_many(
        &mut self,
        mut writes: Vec<FeedWrite<'_>>,
        interval_secs: i64,
    ) -> Result<Vec<WriteCounts>> {
        let tx = self.conn.transaction()?;
        // the search log's entries of this transaction start here (migration 0013); what the
        // index has done is dropped from it
        let first_seq = search_index::next_seq(&tx)?;
        search_index::forget_done(&tx)?;
        let mut index = Vec::new();
        let mut done = Vec::with_capacity(writes.len());
        // what each slice of the store gains from the new rows of all these feeds (live,
        // unread): see migration 0011
        let mut totals: std::collections::BTreeMap<i64, [i64; 2]> = Default::default();
        for write in &mut writes {
            let rows = write_rows(&tx, write, &mut index)?;
            for (slice, [live, unread]) in &rows.slices {
                let total = totals.entry(*slice).or_default();
                total[0] += live;
                total[1] += unread;
            }
            done.push(rows);
        }
        // the new rows' ids, in one entry of the search log: the index (a file of its own,
        // `search_index.rs`) takes their words after the commit. Ids of one transaction are
        // consecutive (each new row takes the largest id plus one).
        let new_ids = done.iter().filter_map(|rows| rows.new_ids);
        let range = new_ids.fold(None, |acc, ids| Some(widen(acc, ids)));
        if let Some((lo, hi)) = range {
            tx.prepare_cached("INSERT INTO search_log(first_id, last_id) VALUES (?1, ?2)")?
                .execute([lo, hi])?;
        }
        for (write, rows) in writes.iter().zip(&done) {
            write_feed_state(&tx, write, rows, interval_secs)?;
        }
        for (slice, [live, unread]) in totals {
            tx.prepare_cached(
                "INSERT INTO slice_totals(slice, live, unread) VALUES (?1, ?2, ?3)
                 ON CONFLICT(slice) DO UPDATE
                     SET live = live + excluded.live, unread = unread + excluded.unread",
            )?
            .execute(params![slice, live, unread])?;
        }
        let last_seq = search_index::next_seq(&tx)? - 1;
        tx.commit()?;
        if last_seq >= first_seq {
            // by id, and an article written twice (a guid repeated in a feed) by its last text
            index.reverse();
            index.sort_by_key(|t: &IndexText| t.id);
            index.dedup_by_key(|t| t.id);
            self.hand_to_index(Handed {
                first_seq,
                last_seq,
                texts: index,
            });
        }
        Ok(done.into_iter().map(|rows| rows.counts).collect())
    }

    /// A 304: only the schedule changes.
    pub fn record_not_modified(
        &mut self,
        feed_id: i64,
        meta: &FetchMeta,
        now: Timestamp,
        interval_secs: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "UPDATE feeds SET last_fetched_at = ?2, next_due_at = ?2 + ?3, postponed_until = NULL,
                 consecutive_failures = 0, last_error = NULL, last_success_at = ?2,
                 failing_since = NULL, gone_at = NULL WHERE id = ?1",
        )?
        .execute(params![feed_id, now, interval_secs])?;
        if let Some(url) = &meta.moved_to {
            move_feed_url(&tx, feed_id, url, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Moves a feed's next scheduled refresh to `at` and nothing else (no error, no failure
    /// counted): for feeds met behind a sign-in page.
    pub fn postpone_schedule(&self, feed_id: i64, at: Timestamp) -> Result<()> {
        self.conn.execute(
            "UPDATE feeds SET next_due_at = MAX(COALESCE(next_due_at, 0), ?2) WHERE id = ?1",
            params![feed_id, at],
        )?;
        Ok(())
    }

    /// A failed refresh: the error is kept for the person to see, the failure counted, and the
    /// next try backs off (doubling, up to a day), or waits for the server's Retry-After. A
    /// feed the server says is `gone` (HTTP 410) is not fetched again until someone asks.
    pub fn record_failure(
        &mut self,
        feed_id: i64,
        error: &str,
        retry_after_secs: Option<u64>,
        now: Timestamp,
        interval_secs: i64,
    ) -> Result<()> {
        self.record_failure_of(feed_id, error, retry_after_secs, false, now, interval_secs)
    }

    /// [`Store::record_failure`], saying whether the server answered that the feed is gone.
    pub fn record_failure_of(
        &mut self,
        feed_id: i64,
        error: &str,
        retry_after_secs: Option<u64>,
        gone: bool,
        now: Timestamp,
        interval_secs: i64,
    ) -> Result<()> {
        let failures: i64 = self.conn.query_row(
            "SELECT consecutive_failures FROM feeds WHERE id = ?1",
            [feed_id],
            |r| r.get(0),
        )?;
        let backoff = interval_secs
            .saturating_mul(1i64 << failures.clamp(0, 16))
            .min(MAX_BACKOFF_SECS.max(interval_secs));
        let postponed = retry_after_secs.map(|s| now + (s.min(7 * 24 * 3600) as i64));
        let next_due = postponed.unwrap_or(now + backoff);
        self.conn
            .prepare_cached(
                "UPDATE feeds SET last_fetched_at = ?2, next_due_at = ?3, postponed_until = ?4,
                     consecutive_failures = consecutive_failures + 1, last_error = ?5,
                     failing_since = COALESCE(failing_since, ?2),
                     gone_at = CASE WHEN ?6 THEN COALESCE(gone_at, ?2) END
                 WHERE id = ?1",
            )?
            .execute(params![
                feed_id,
                now,
                next_due,
                postponed,
                // stored as a message: shown in the reader's language, whichever it is then
                crate::feeds::health::explain(error).to_stored(),
                gone
            ])?;
        Ok(())
    }

    /// How the server answered this fetch: its time (averaged with the earlier ones, the new
    /// one weighing a quarter) and the size of what it sent.
    pub fn record_response(
        &self,
        feed_id: i64,
        millis: Option<u64>,
        bytes: Option<u64>,
    ) -> Result<()> {
        let millis = millis.map(|m| i64::try_from(m).unwrap_or(i64::MAX));
        self.conn
            .prepare_cached(
                "UPDATE feeds SET response_ms = CASE WHEN ?2 IS NULL THEN response_ms
                                                     WHEN response_ms IS NULL THEN ?2
                                                     ELSE (3 * response_ms + ?2) / 4 END,
                                  last_bytes = COALESCE(?3, last_bytes)
                 WHERE id = ?1",
            )?
            .execute(params![feed_id, millis, bytes.map(|b| b as i64)])?;
        Ok(())
    }
}

/// One feed's part of [`Store::apply_many`]: its parsed content, each item prepared
/// (`prepared[i]` is `parsed.articles[i]`'s), and how and when it was fetched.
pub struct FeedWrite<'a> {
    pub feed_id: i64,
    pub parsed: &'a ParsedFeed,
    pub prepared: Vec<PreparedArticle>,
    pub meta: &'a FetchMeta,
    pub fetched_at: Timestamp,
}

/// What one feed's rows changed, for its counters and its feed row.
#[derive(Default)]
struct RowsWritten {
    counts: WriteCounts,
    /// What the feed's counts gain from its new rows (live, unread, bookmarked, bookmarked
    /// unread): a hidden one counts nowhere.
    gained: [i64; 4],
    /// What its slices gain (live, unread).
    slices: std::collections::BTreeMap<i64, [i64; 2]>,
    /// When the newest of the new articles came out (feed health: "no new article since").
    newest: i64,
    /// The first and last id of its new rows.
    new_ids: Option<(i64, i64)>,
}

/// Inserts or updates one feed's articles; the words of each are added to `index`, for the
/// search index after the commit.
fn write_rows(
    tx: &Transaction,
    write: &mut FeedWrite<'_>,
    index: &mut Vec<IndexText>,
) -> Result<RowsWritten> {
    let mut rows = RowsWritten {
        newest: i64::MIN,
        ..Default::default()
    };
    let mut prepared = std::mem::take(&mut write.prepared).into_iter();
    // a feed with no row stored yet (not even a purged one: its first fetch, or a whole new
    // subscription list) has nothing to look up: one question instead of one per item, which
    // is a tenth of what the first refresh of many feeds costs. A guid met twice in the same
    // document is still looked up (the second finds the first).
    let mut unseen = if feed_has_rows(tx, write.feed_id)? {
        None
    } else {
        Some(std::collections::HashSet::new())
    };
    for article in &write.parsed.articles {
        let ready = prepared.next().unwrap_or_default();
        let may_exist = match &mut unseen {
            Some(guids) => !guids.insert(article.guid.as_str()),
            None => true,
        };
        match upsert_article(
            tx,
            write.feed_id,
            article,
            ready,
            write.fetched_at,
            may_exist,
        )? {
            (Upserted::New(outcome), words) => {
                rows.counts.new += 1;
                if let Some(w) = &words {
                    rows.new_ids = Some(widen(rows.new_ids, (w.id, w.id)));
                }
                rows.newest = rows.newest.max(article.published_at);
                let read = outcome.marks_read();
                if !outcome.hide {
                    rows.gained[0] += 1;
                    rows.gained[1] += i64::from(!read);
                    rows.gained[2] += i64::from(outcome.bookmark);
                    rows.gained[3] += i64::from(outcome.bookmark && !read);
                    let slice = rows
                        .slices
                        .entry(article.published_at >> SLICE_SHIFT)
                        .or_default();
                    slice[0] += 1;
                    slice[1] += i64::from(!read);
                    if outcome.notify {
                        if let Some(w) = &words {
                            rows.counts.notify.push(w.id);
                        }
                    }
                }
                index.extend(words);
            }
            (Upserted::Updated, words) => {
                rows.counts.updated += 1;
                index.extend(words);
            }
            (Upserted::Unchanged, _) => {}
        }
    }
    Ok(rows)
}

/// One feed's counters (migrations 0007, 0008 and 0011 count every other change) and its
/// row: title, fetch state, schedule, health.
fn write_feed_state(
    tx: &Transaction,
    write: &FeedWrite<'_>,
    rows: &RowsWritten,
    interval_secs: i64,
) -> Result<()> {
    let feed_id = write.feed_id;
    let gained = rows.gained;
    if rows.counts.new > 0 {
        tx.prepare_cached(
            "UPDATE feed_counts SET live = live + ?2, unread = unread + ?3,
                 bookmarked = bookmarked + ?4, bookmarked_unread = bookmarked_unread + ?5
             WHERE feed_id = ?1",
        )?
        .execute(params![feed_id, gained[0], gained[1], gained[2], gained[3]])?;
    }
    for (slice, [live, unread]) in &rows.slices {
        tx.prepare_cached(
            "INSERT INTO slice_counts(feed_id, slice, live, unread) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(feed_id, slice) DO UPDATE
                 SET live = live + excluded.live, unread = unread + excluded.unread",
        )?
        .execute(params![feed_id, slice, live, unread])?;
    }
    let (parsed, meta, now) = (write.parsed, write.meta, write.fetched_at);
    tx.prepare_cached(
        "UPDATE feeds SET title = COALESCE(NULLIF(?2, ''), title), site_url = COALESCE(?3, site_url),
             etag = ?4, last_modified = ?5, last_fetched_at = ?6, next_due_at = ?6 + ?7,
             postponed_until = NULL, consecutive_failures = 0, last_error = NULL,
             summary_only = ?8, last_success_at = ?6, failing_since = NULL, gone_at = NULL,
             last_new_at = CASE WHEN ?9 IS NOT NULL THEN MAX(COALESCE(last_new_at, ?9), ?9)
                                ELSE last_new_at END
         WHERE id = ?1",
    )?
    .execute(params![
        feed_id,
        parsed.title,
        parsed.site_url,
        meta.etag,
        meta.last_modified,
        now,
        interval_secs,
        parsed.summary_only,
        (rows.counts.new > 0).then_some(rows.newest)
    ])?;
    if let Some(url) = &meta.moved_to {
        move_feed_url(tx, feed_id, url, now)?;
    }
    Ok(())
}

/// A permanent redirect moves the subscription, unless another subscription already has that
/// address (then the old one keeps its URL rather than break the uniqueness).
fn move_feed_url(tx: &Transaction, feed_id: i64, url: &str, now: Timestamp) -> Result<()> {
    tx.execute(
        "UPDATE feeds SET moved_from = url, moved_at = ?3, url = ?2
         WHERE id = ?1 AND url <> ?2 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?2)",
        params![feed_id, url, now],
    )?;
    Ok(())
}

enum Upserted {
    /// Inserted, with what the rules did to it.
    New(Outcome),
    Updated,
    Unchanged,
}

/// The smallest id range that holds `range` (if any) and `lo..=hi`.
fn widen(range: Option<(i64, i64)>, (lo, hi): (i64, i64)) -> (i64, i64) {
    range.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi)))
}

/// Whether feed `feed_id` has any article row, purged ones included.
fn feed_has_rows(tx: &Transaction, feed_id: i64) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?1)")?
        .query_row([feed_id], |r| r.get(0))?)
}

/// Inserts `a`, or updates the row of the same feed and guid when it changed; `may_exist`
/// false (the feed has no such row, known without asking) skips the lookup.
fn upsert_article(
    tx: &Transaction,
    feed_id: i64,
    a: &NewArticle,
    ready: PreparedArticle,
    now: Timestamp,
    may_exist: bool,
) -> Result<(Upserted, Option<IndexText>)> {
    let existing: Option<(i64, String, Option<Timestamp>, bool)> = if may_exist {
        tx.prepare_cached(
            "SELECT a.id, a.content_hash, a.purged_at,
                    EXISTS (SELECT 1 FROM full_texts t WHERE t.article_id = a.id)
             FROM articles a WHERE a.feed_id = ?1 AND a.guid = ?2",
        )?
        .query_row(params![feed_id, a.guid], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?
    } else {
        None
    };
    match &existing {
        // unchanged, or removed by retention (stays removed): nothing to write or index
        Some((_, hash, _, _)) if *hash == a.content_hash => return Ok((Upserted::Unchanged, None)),
        Some((_, _, Some(_), _)) => return Ok((Upserted::Unchanged, None)),
        _ => {}
    }
    let PreparedArticle {
        summary_text,
        content_text,
        outcome: o,
    } = ready;
    let lead = if summary_text.is_empty() {
        &content_text
    } else {
        &summary_text
    };
    let excerpt = excerpt(lead, EXCERPT_CHARS);
    let has_full_text = existing.as_ref().is_some_and(|e| e.3);
    let result = match existing {
        Some((id, _, _, _)) => {
            tx.prepare_cached(
                "UPDATE articles SET url = ?2, title = ?3, author = ?4,
                     published_at = CASE WHEN ?5 THEN ?6 ELSE published_at END,
                     updated_at = ?7, summary = ?8, content = ?9, excerpt = ?10, content_hash = ?11,
                     images_at = CASE WHEN images_at = -1 THEN -1 END
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                a.url,
                a.title,
                a.author,
                a.published_from_feed,
                a.published_at,
                a.updated_at,
                a.summary,
                a.content,
                excerpt,
                a.content_hash
            ])?;
            (id, Upserted::Updated)
        }
        None => {
            // rules act on new articles only, before any page, image or notification
            tx.prepare_cached(
                "INSERT INTO articles(feed_id, guid, url, title, author, published_at, updated_at,
                     summary, content, excerpt, content_hash, fetched_at, read, read_at, hidden,
                     bookmarked, bookmarked_at, full_fetched_at, images_at, rule_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
                     CASE WHEN ?13 THEN ?12 END, ?14, ?15, CASE WHEN ?15 THEN ?12 END,
                     CASE WHEN ?16 THEN ?12 END, CASE WHEN ?17 THEN -1 END, ?18)",
            )?
            .execute(params![
                feed_id,
                a.guid,
                a.url,
                a.title,
                a.author,
                a.published_at,
                a.updated_at,
                a.summary,
                a.content,
                excerpt,
                a.content_hash,
                now,
                o.marks_read(),
                o.hide,
                o.bookmark,
                o.skips_page(),
                o.skips_images(),
                o.rule_id
            ])?;
            (tx.last_insert_rowid(), Upserted::New(o))
        }
    };
    write_enclosures(
        tx,
        result.0,
        &a.enclosures,
        matches!(result.1, Upserted::Updated),
    )?;
    // the page's full text, when the reader fetched it, is what search should find
    let content_text = if has_full_text {
        let full: String = tx
            .prepare_cached("SELECT html FROM full_texts WHERE article_id = ?1")?
            .query_row([result.0], |r| r.get(0))?;
        html_to_text(&full)
    } else {
        content_text
    };
    Ok((
        result.1,
        Some(IndexText {
            id: result.0,
            title: a.title.clone(),
            author: a.author.clone(),
            summary: summary_text,
            content: content_text,
        }),
    ))
}

/// Article `id`'s sound and video as its item lists them now (an updated item's replace what
/// it listed before). An item with none, new, costs nothing.
fn write_enclosures(
    tx: &Transaction,
    id: i64,
    enclosures: &[crate::feeds::enclosures::Enclosure],
    updated: bool,
) -> Result<()> {
    if updated {
        tx.prepare_cached("DELETE FROM enclosures WHERE article_id = ?1")?
            .execute([id])?;
    }
    for (position, e) in enclosures.iter().enumerate() {
        tx.prepare_cached(
            "INSERT INTO enclosures(article_id, position, url, kind, mime, declared_bytes,
                 declared_seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            id,
            position as i64,
            e.url,
            e.kind.as_str(),
            e.mime,
            e.bytes.and_then(|b| i64::try_from(b).ok()),
            e.seconds.and_then(|s| i64::try_from(s).ok()),
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{test_feed, test_store};

    fn feed_of(tag: &str, n: usize) -> ParsedFeed {
        ParsedFeed {
            title: tag.into(),
            articles: (0..n)
                .map(|k| NewArticle {
                    guid: format!("{tag}-{k}"),
                    title: format!("{tag} story {k}"),
                    published_at: 1_800_000_000 - k as i64 * 3_600,
                    published_from_feed: true,
                    content_hash: format!("{tag}-{k}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    fn write<'a>(feed_id: i64, parsed: &'a ParsedFeed, meta: &'a FetchMeta) -> FeedWrite<'a> {
        FeedWrite {
            feed_id,
            parsed,
            prepared: Vec::new(),
            meta,
            fetched_at: 1_800_000_000,
        }
    }

    #[test]
    fn a_failure_is_stored_as_a_catalog_message_not_an_english_sentence() {
        let (_dir, mut store) = test_store();
        let id = test_feed(&store, "http://fail.example/feed.xml");
        store
            .record_failure(id, "HTTP 404 Not Found", None, 1_800_000_000, 1800)
            .unwrap();
        let stored: String = store
            .conn
            .query_row("SELECT last_error FROM feeds WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(stored, r#"{"id":"fetch-not-found","args":{}}"#);
        let feed = store.feed(id).unwrap();
        assert_eq!(feed.problem.map(|p| p.id), Some("fetch-not-found"));
        assert_eq!(
            feed.last_error.as_deref(),
            Some("the server says there is no feed at this address (HTTP 404)")
        );
    }

    #[test]
    fn feeds_written_together_are_counted_and_found_as_if_written_one_by_one() {
        let (_dir, mut store) = test_store();
        let ids: Vec<i64> = (0..3)
            .map(|f| test_feed(&store, &format!("http://batch.example/{f}.xml")))
            .collect();
        let feeds = [
            feed_of("alpha", 30),
            feed_of("beta", 20),
            feed_of("gamma", 0),
        ];
        let meta = FetchMeta::default();
        let writes = ids.iter().zip(&feeds).map(|(id, f)| write(*id, f, &meta));
        let counts = store.apply_many(writes.collect(), 1800).unwrap();
        assert_eq!(
            counts.iter().map(|c| c.new).collect::<Vec<_>>(),
            [30, 20, 0]
        );
        assert_eq!(store.count_mismatches().unwrap(), []);
        assert_eq!(store.stats().unwrap().articles, 50);
        assert_eq!(store.search("beta", 100).unwrap().len(), 20);
        // written again together: nothing is new
        let writes = ids.iter().zip(&feeds).map(|(id, f)| write(*id, f, &meta));
        let again = store.apply_many(writes.collect(), 1800).unwrap();
        assert!(again.iter().all(|c| c.new == 0 && c.updated == 0));
    }

    #[test]
    fn a_new_feed_carrying_one_guid_twice_stores_it_once() {
        // a new feed's items are not looked up one by one: the repeat must still be found
        let (_dir, mut store) = test_store();
        let id = test_feed(&store, "http://batch.example/twice.xml");
        let mut parsed = feed_of("twice", 3);
        let mut again = parsed.articles[0].clone();
        again.title = "twice story 0, corrected".into();
        again.content_hash = "twice-0-corrected".into();
        parsed.articles.push(again);
        let meta = FetchMeta::default();
        let counts = store
            .apply_many(vec![write(id, &parsed, &meta)], 1800)
            .unwrap();
        assert_eq!((counts[0].new, counts[0].updated), (3, 1));
        assert_eq!(store.stats().unwrap().articles, 3);
        assert_eq!(store.count_mismatches().unwrap(), []);
        assert_eq!(store.search("corrected", 10).unwrap().len(), 1);
    }

    #[test]
    fn a_feed_whose_every_article_was_purged_gets_none_back() {
        let (_dir, mut store) = test_store();
        let id = test_feed(&store, "http://batch.example/purged.xml");
        let parsed = feed_of("purged", 2);
        let meta = FetchMeta::default();
        store
            .apply_many(vec![write(id, &parsed, &meta)], 1800)
            .unwrap();
        let day = 86_400;
        let now = 1_800_000_000;
        store
            .conn
            .execute(
                "UPDATE articles SET read = 1, read_at = ?1",
                [now - 100 * day],
            )
            .unwrap();
        assert_eq!(store.purge_older_than(90, now, &[]).unwrap(), 2);
        // only tombstones are left: the feed is not new, its items are looked up and stay out
        let counts = store
            .apply_many(vec![write(id, &parsed, &meta)], 1800)
            .unwrap();
        assert_eq!((counts[0].new, counts[0].updated), (0, 0));
        assert_eq!(store.stats().unwrap().articles, 0);
        assert_eq!(store.count_mismatches().unwrap(), []);
    }

    #[test]
    fn a_batch_that_fails_stores_none_of_its_feeds() {
        let (_dir, mut store) = test_store();
        let good = test_feed(&store, "http://batch.example/good.xml");
        let (alpha, beta) = (feed_of("alpha", 10), feed_of("beta", 10));
        let meta = FetchMeta::default();
        // the second feed does not exist: its first article breaks the foreign key
        let result = store.apply_many(
            vec![write(good, &alpha, &meta), write(good + 99, &beta, &meta)],
            1800,
        );
        assert!(result.is_err());
        assert_eq!(store.stats().unwrap().articles, 0);
        assert_eq!(store.count_mismatches().unwrap(), []);
        assert!(store.search("alpha", 100).unwrap().is_empty());
    }
}
