//! Refreshing many feeds at once: a bounded pool (a global limit and one per host) fetches and
//! parses concurrently; one writer stores each feed's result in its own transaction. Progress
//! is a stream of events the CLI prints and the window shows. One feed's failure never stops
//! the others.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use tokio::sync::{mpsc, OwnedSemaphorePermit, Semaphore};

use crate::error::{FetchError, Result};
use crate::feeds::parse::{parse_feed, ParsedFeed};
use crate::feeds::prepare::{prepare, FeedPlace, PreparedArticle};
use crate::feeds::rules::RuleSet;
use crate::model::{now, FeedFetchState, Timestamp, WriteCounts};
use crate::net::fetch::{Fetched, Fetcher, Validators};
use crate::net::limits::{Limits, NetworkPermits, Permits};
use crate::store::{FeedWrite, FetchMeta, Store};

/// Progress of a refresh, one event per feed step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum RefreshEvent {
    Started {
        feed_id: i64,
        url: String,
    },
    Finished {
        feed_id: i64,
        new_articles: u32,
        updated_articles: u32,
        not_modified: bool,
        /// New articles a rule asked to announce.
        #[serde(skip_serializing_if = "Vec::is_empty", default)]
        notify_articles: Vec<i64>,
    },
    Failed {
        feed_id: i64,
        url: String,
        error: String,
        /// The network itself failed (no connection, timeout), not the feed: with every feed
        /// failing this way, the machine is offline.
        network: bool,
    },
}

/// What a whole refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RefreshSummary {
    pub feeds: usize,
    pub updated: usize,
    pub not_modified: usize,
    pub failed: usize,
    pub new_articles: u64,
    /// The network is behind a sign-in page: two sites answered with the same page that is not
    /// a feed, or one was sent to another site's page by a temporary redirect. Those feeds were
    /// left as they were (no error, no failure counted).
    pub portal: bool,
    pub elapsed_ms: u128,
}

enum Outcome {
    Parsed {
        parsed: ParsedFeed,
        meta: FetchMeta,
        /// Each item's text and rule outcome, worked out on the parsing thread.
        prepared: Vec<PreparedArticle>,
    },
    NotModified(FetchMeta),
    Failed {
        error: String,
        retry_after_secs: Option<u64>,
        network: bool,
        /// The server said the feed is gone (HTTP 410).
        gone: bool,
    },
    /// Something came back that is not a feed: recorded at the end of the run, unless another
    /// site sent the same page (a sign-in page).
    NotAFeed {
        error: String,
        fingerprint: [u8; 32],
        /// it came from another site through a temporary redirect
        sent_elsewhere: bool,
    },
}

/// How long feeds met behind a sign-in page wait before the schedule tries them again (a
/// refresh the person asks for tries at once).
const PORTAL_WAIT_SECS: i64 = 600;

/// Feeds parsed (or being parsed) and not yet written, at most: a fetched body waits for one
/// of these slots before it is parsed, so a writer that falls behind holds a bounded number
/// of parsed feeds in memory, whatever the number of fetches in flight.
const PARSED_WAITING: usize = 8;

/// Refreshes `feeds`, writing into `store` as results arrive. Store errors stop the refresh
/// (the disk is the problem then, not the feed); everything else is recorded on its feed.
pub async fn refresh(
    store: &mut Store,
    fetcher: &Fetcher,
    feeds: Vec<FeedFetchState>,
    limits: Limits,
    on_event: impl FnMut(&RefreshEvent),
) -> Result<RefreshSummary> {
    if feeds.is_empty() {
        return refresh_feeds(store, fetcher, feeds, limits, on_event).await;
    }
    store.set_bulk_writes(true)?;
    // the log is copied into the database beside the writer (without it, the writer copies)
    let checkpoints = store.background_checkpoints().ok();
    // and the search index is written beside it, in its own file (without the thread, the
    // writer indexes each transaction itself)
    let _ = store.start_background_index();
    let result = refresh_feeds(store, fetcher, feeds, limits, on_event).await;
    // the index holds every new article before the refresh ends; a failure leaves them
    // logged for the next catch-up, and what was written stands
    let _ = store.finish_background_index();
    drop(checkpoints);
    // what was written stands; a copy into the database that fails now happens at the next
    let _ = store.set_bulk_writes(false);
    result
}

/// [`refresh`] with the write-ahead log set for bulk writes.
async fn refresh_feeds(
    store: &mut Store,
    fetcher: &Fetcher,
    feeds: Vec<FeedFetchState>,
    limits: Limits,
    mut on_event: impl FnMut(&RefreshEvent),
) -> Result<RefreshSummary> {
    let started = Instant::now();
    let mut summary = RefreshSummary {
        feeds: feeds.len(),
        ..Default::default()
    };
    let mut permits = Permits::new(limits);
    // parsed feeds wait here for the writer; the parse slots bound how many there are, so a
    // writer that falls behind never has a million articles piled up in memory
    let (tx, mut rx) = mpsc::channel::<(
        FeedFetchState,
        Timestamp,
        Outcome,
        Response,
        Option<OwnedSemaphorePermit>,
    )>(PARSED_WAITING);
    let parse_slots = Arc::new(Semaphore::new(PARSED_WAITING));
    let (started_tx, mut started_rx) = mpsc::unbounded_channel::<(i64, String)>();
    // the rules, and where each feed is for them: items are prepared (text, rule outcome) on
    // the parsing threads, so the single writer only writes
    let rules = store.rule_set()?;
    let mut places = HashMap::new();
    if !rules.is_empty() {
        for feed in &feeds {
            if let Some(place) = store.feed_place(feed.id, "")? {
                places.insert(feed.id, place);
            }
        }
    }
    for feed in feeds {
        let rules = rules.clone();
        let place = places.remove(&feed.id);
        let held = permits.acquire(&feed.url);
        let asking = super::feed_access::asking_for(store.data_dir(), &feed);
        let fetcher = if asking.is_plain() {
            fetcher.clone()
        } else {
            fetcher.asking(asking)
        };
        let tx = tx.clone();
        let started_tx = started_tx.clone();
        let parse_slots = parse_slots.clone();
        tokio::spawn(async move {
            let Some(held) = held.await else {
                return;
            };
            let _ = started_tx.send((feed.id, feed.url.clone()));
            let fetched_at = now();
            let mut response = Response::default();
            let (outcome, slot) = fetch_and_parse(
                &fetcher,
                &feed,
                fetched_at,
                &mut response,
                (rules, place),
                held,
                parse_slots,
            )
            .await;
            let _ = tx.send((feed, fetched_at, outcome, response, slot)).await;
        });
    }
    drop(tx);
    drop(started_tx);

    let mut started_open = true;
    let mut watch = crate::net::portal::PortalWatch::default();
    let mut portal = false;
    let mut not_feeds = Vec::new();
    loop {
        tokio::select! {
            s = started_rx.recv(), if started_open => match s {
                Some((feed_id, url)) => on_event(&RefreshEvent::Started { feed_id, url }),
                None => started_open = false,
            },
            done = rx.recv() => {
                let Some(first) = done else { break };
                // with it, every other feed already parsed: written in one transaction
                let mut batch = vec![first];
                while batch.len() < PARSED_WAITING {
                    match rx.try_recv() {
                        Ok(more) => batch.push(more),
                        Err(_) => break,
                    }
                }
                // the started events of these feeds come first
                while let Ok((feed_id, url)) = started_rx.try_recv() {
                    on_event(&RefreshEvent::Started { feed_id, url });
                }
                let mut parsed = Vec::new();
                // the parse slots go back when these feeds are written
                for (feed, fetched_at, outcome, response, _slot) in batch {
                    store.record_response(feed.id, Some(response.millis), response.bytes)?;
                    match outcome {
                        Outcome::NotAFeed { error, fingerprint, sent_elsewhere } => {
                            portal |= sent_elsewhere || watch.is_portal(&feed.url, fingerprint);
                            not_feeds.push((feed, fetched_at, error));
                        }
                        Outcome::Parsed { parsed: content, meta, prepared } => {
                            parsed.push((feed, fetched_at, content, meta, prepared));
                        }
                        outcome => {
                            let event = write(store, &feed, fetched_at, outcome, limits.interval_secs, &mut summary)?;
                            on_event(&event);
                        }
                    }
                }
                for event in write_parsed(store, parsed, limits.interval_secs, &mut summary)? {
                    on_event(&event);
                }
            }
        }
    }
    // pages that are not feeds: broken feeds, unless they showed a sign-in page (two sites
    // sent the same page, or one was sent to another site by a temporary redirect)
    for (feed, fetched_at, error) in not_feeds {
        if portal {
            store.postpone_schedule(feed.id, fetched_at + PORTAL_WAIT_SECS)?;
            summary.failed += 1;
            on_event(&RefreshEvent::Failed {
                feed_id: feed.id,
                url: feed.url.clone(),
                error: crate::net::portal::PORTAL_MESSAGE.to_string(),
                network: true,
            });
            continue;
        }
        let outcome = Outcome::Failed {
            error,
            retry_after_secs: None,
            network: false,
            gone: false,
        };
        let event = write(
            store,
            &feed,
            fetched_at,
            outcome,
            limits.interval_secs,
            &mut summary,
        )?;
        on_event(&event);
    }
    summary.portal = portal;
    summary.elapsed_ms = started.elapsed().as_millis();
    Ok(summary)
}

/// How a server answered one fetch, for feed health.
#[derive(Debug, Clone, Copy, Default)]
struct Response {
    /// From the request to the whole body (parsing not counted).
    millis: u64,
    /// Size of the body, when one came.
    bytes: Option<u64>,
}

/// Fetches a feed and, once a parse slot is free, parses it. The fetch permits go back as soon
/// as the body is in and a slot taken; the slot travels with the outcome to the writer.
async fn fetch_and_parse(
    fetcher: &Fetcher,
    feed: &FeedFetchState,
    fetched_at: Timestamp,
    response: &mut Response,
    (rules, place): (Arc<RuleSet>, Option<FeedPlace>),
    fetch_permits: NetworkPermits,
    parse_slots: Arc<Semaphore>,
) -> (Outcome, Option<OwnedSemaphorePermit>) {
    let validators = Validators {
        etag: feed.etag.as_deref(),
        last_modified: feed.last_modified.as_deref(),
    };
    let clock = Instant::now();
    let fetched = fetcher.get(&feed.url, validators).await;
    response.millis = clock.elapsed().as_millis() as u64;
    let body = match fetched {
        Ok(Fetched::Body(body)) => body,
        Ok(Fetched::NotModified(meta)) => return (Outcome::NotModified(meta), None),
        Err(e) => return (failed_fetch(e), None),
    };
    response.bytes = Some(body.bytes.len() as u64);
    let slot = parse_slots.acquire_owned().await.ok();
    drop(fetch_permits);
    let outcome = {
        let requested = feed.url.clone();
        let parsed = tokio::task::spawn_blocking(move || {
            let parsed = parse_feed(
                &body.bytes,
                body.content_type.as_deref(),
                &body.final_url,
                fetched_at,
            );
            let prepared = match &parsed {
                Ok(feed) => {
                    // a feed not named yet is named by its own title
                    let place = place.map(|mut p| {
                        if p.title.is_empty() || p.title == requested {
                            p.title = feed.title.clone();
                        }
                        p
                    });
                    prepare(feed, &rules, place.as_ref())
                }
                Err(_) => Vec::new(),
            };
            let not_a_feed = parsed.is_err().then(|| {
                (
                    crate::net::portal::fingerprint(&requested, &body.final_url, &body.bytes),
                    crate::net::portal::sent_elsewhere(&requested, &body),
                )
            });
            (parsed, body.meta, not_a_feed, prepared)
        })
        .await;
        match parsed {
            Ok((Ok(parsed), meta, _, prepared)) => Outcome::Parsed {
                parsed,
                meta,
                prepared,
            },
            Ok((Err(e), _, Some((fingerprint, sent_elsewhere)), _)) => Outcome::NotAFeed {
                error: e.to_string(),
                fingerprint,
                sent_elsewhere,
            },
            Ok((Err(e), _, None, _)) => Outcome::Failed {
                error: e.to_string(),
                retry_after_secs: None,
                network: false,
                gone: false,
            },
            Err(join) => Outcome::Failed {
                error: format!("the parser crashed on this feed: {join}"),
                retry_after_secs: None,
                network: false,
                gone: false,
            },
        }
    };
    (outcome, slot)
}

/// A fetch that failed, as its feed records it.
fn failed_fetch(e: FetchError) -> Outcome {
    Outcome::Failed {
        network: matches!(e, FetchError::Connect(_) | FetchError::Timeout(_)),
        gone: matches!(e, FetchError::Status { status: 410, .. }),
        retry_after_secs: match &e {
            FetchError::RetryLater {
                retry_after_secs, ..
            } => Some(*retry_after_secs),
            _ => None,
        },
        error: e.to_string(),
    }
}

/// Feeds parsed, with what they were fetched with and when.
type ParsedFeeds = Vec<(
    FeedFetchState,
    Timestamp,
    ParsedFeed,
    FetchMeta,
    Vec<PreparedArticle>,
)>;

/// Writes feeds with fresh content in one transaction: an event for each, in their order.
fn write_parsed(
    store: &mut Store,
    mut feeds: ParsedFeeds,
    interval_secs: i64,
    summary: &mut RefreshSummary,
) -> Result<Vec<RefreshEvent>> {
    if feeds.is_empty() {
        return Ok(Vec::new());
    }
    let writes = feeds
        .iter_mut()
        .map(|(feed, fetched_at, parsed, meta, prepared)| FeedWrite {
            feed_id: feed.id,
            parsed,
            prepared: std::mem::take(prepared),
            meta,
            fetched_at: *fetched_at,
        })
        .collect();
    let counts = store.apply_many(writes, interval_secs)?;
    Ok(feeds
        .iter()
        .zip(counts)
        .map(|((feed, ..), counts)| written(feed.id, counts, summary))
        .collect())
}

/// A feed's fresh content stored: counted in the summary, and its event.
fn written(feed_id: i64, counts: WriteCounts, summary: &mut RefreshSummary) -> RefreshEvent {
    summary.updated += 1;
    summary.new_articles += u64::from(counts.new);
    RefreshEvent::Finished {
        feed_id,
        new_articles: counts.new,
        updated_articles: counts.updated,
        not_modified: false,
        notify_articles: counts.notify,
    }
}

fn write(
    store: &mut Store,
    feed: &FeedFetchState,
    fetched_at: Timestamp,
    outcome: Outcome,
    interval_secs: i64,
    summary: &mut RefreshSummary,
) -> Result<RefreshEvent> {
    let (error, retry_after_secs, network, gone) = match outcome {
        Outcome::Parsed {
            parsed,
            meta,
            prepared,
        } => {
            let counts = store.apply_prepared(
                feed.id,
                &parsed,
                prepared,
                &meta,
                fetched_at,
                interval_secs,
            )?;
            return Ok(written(feed.id, counts, summary));
        }
        Outcome::NotModified(meta) => {
            store.record_not_modified(feed.id, &meta, fetched_at, interval_secs)?;
            summary.not_modified += 1;
            return Ok(RefreshEvent::Finished {
                feed_id: feed.id,
                new_articles: 0,
                updated_articles: 0,
                not_modified: true,
                notify_articles: Vec::new(),
            });
        }
        Outcome::Failed {
            error,
            retry_after_secs,
            network,
            gone,
        } => (error, retry_after_secs, network, gone),
        Outcome::NotAFeed { error, .. } => (error, None, false, false),
    };
    store.record_failure_of(
        feed.id,
        &error,
        retry_after_secs,
        gone,
        fetched_at,
        interval_secs,
    )?;
    summary.failed += 1;
    Ok(RefreshEvent::Failed {
        feed_id: feed.id,
        url: feed.url.clone(),
        error,
        network,
    })
}
