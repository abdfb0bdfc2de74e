//! The facts feed health is judged from, per subscription, read in one pass: last fetch and
//! success, last new article, articles in the last four weeks (through the feed's date
//! index), failures and since when, response time and size, gone and moved (`health.rs`
//! judges them). Also "retry now", which brings back a feed the server said was gone.

use rusqlite::{params, OptionalExtension};

use super::{changed_or_not_found, Store};
use crate::error::{Error, Result};
use crate::feeds::health::{judge, FeedFacts, FeedHealth};
use crate::model::Timestamp;

impl Store {
    /// Every active subscription's health, worst first (then by name).
    pub fn feed_health(&self, now: Timestamp) -> Result<Vec<FeedHealth>> {
        let mut list: Vec<FeedHealth> = self
            .feed_facts(now)?
            .into_iter()
            .map(|f| judge(f, now))
            .collect();
        list.sort_by(|a, b| {
            a.state
                .cmp(&b.state)
                .then_with(|| crate::text::natural_cmp(&a.facts.title, &b.facts.title))
        });
        Ok(list)
    }

    /// Health facts of every active subscription.
    pub fn feed_facts(&self, now: Timestamp) -> Result<Vec<FeedFacts>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url), f.url, f.site_url,
                    f.last_fetched_at, f.last_success_at, f.last_new_at, f.consecutive_failures,
                    f.failing_since, f.last_error, f.gone_at, f.moved_from, f.moved_at,
                    f.response_ms, f.last_bytes,
                    (SELECT COUNT(*) FROM articles a INDEXED BY articles_feed_published
                      WHERE a.feed_id = f.id AND a.purged_at IS NULL AND a.hidden = 0
                        AND a.published_at >= ?1),
                    f.created_at
               FROM feeds f WHERE f.removed_at IS NULL ORDER BY f.id",
        )?;
        let rows = stmt.query_map(params![now - 28 * 24 * 3600], |r| {
            Ok(FeedFacts {
                feed_id: r.get(0)?,
                title: r.get(1)?,
                url: r.get(2)?,
                site_url: r.get(3)?,
                last_fetched_at: r.get(4)?,
                last_success_at: r.get(5)?,
                last_new_at: r.get(6)?,
                consecutive_failures: r.get(7)?,
                failing_since: r.get(8)?,
                last_error: r.get(9)?,
                gone_at: r.get(10)?,
                moved_from: r.get(11)?,
                moved_at: r.get(12)?,
                response_ms: r.get(13)?,
                last_bytes: r.get(14)?,
                articles_4_weeks: r.get(15)?,
                created_at: r.get(16)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// "Retry now": the feed is due at once and a 410 forgotten (the person asked; a
    /// server's Retry-After still holds). The caller then refreshes it.
    pub fn retry_feed_now(&self, feed_id: i64) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE feeds SET gone_at = NULL, next_due_at = 0 WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id],
        )?;
        changed_or_not_found(changed, "feed", feed_id)
    }

    /// "Change the address": the feed is fetched from `url` from now on, from scratch (no
    /// validators, no failure history); its articles stay. Refused when another subscription
    /// has that address.
    pub fn set_feed_url(&self, feed_id: i64, url: &str) -> Result<()> {
        let url = crate::net::fetch::parse_http_url(url.trim())
            .map_err(|_| Error::InvalidUrl(url.to_string()))?
            .to_string();
        let taken: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM feeds WHERE url = ?1 AND id <> ?2",
                params![url, feed_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = taken {
            return Err(Error::Invalid(
                crate::l10n::Message::new("error-feed-has-address")
                    .with("id", other.to_string())
                    .with("url", url),
            ));
        }
        let changed = self.conn.execute(
            "UPDATE feeds SET url = ?2, etag = NULL, last_modified = NULL, next_due_at = 0,
                 gone_at = NULL, consecutive_failures = 0, last_error = NULL, failing_since = NULL,
                 moved_from = NULL, moved_at = NULL
             WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, url],
        )?;
        changed_or_not_found(changed, "feed", feed_id)
    }
}
