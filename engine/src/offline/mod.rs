//! Offline reading: after a refresh (or at once for one article), fetch the pages of
//! summary-only feeds and extract the readable article, then download the images stored
//! articles show, check they really are images, and keep them on disk. The reading view then
//! shows only stored copies ([`crate::reading::reader`]). Fetches share the refresh's limits (global and
//! per host); the store is written from this one task.

mod bounded;
pub mod episodes;
mod extract_threads;
mod image_store;
mod pages;
mod sniff;
pub mod thumbnails;

use std::collections::HashSet;
use std::time::Instant;

use serde::Serialize;
use tokio::sync::mpsc;

pub use crate::net::portal::PORTAL_MESSAGE;
pub use image_store::{ImageStore, Refused, SavedImage, ServedImage, IMAGES_DIR};
pub use pages::{extract_isolated, fetch_page, is_the_article, PageFailure, EXTRACT_BUDGET};
pub use sniff::{sniff_image, sniff_media};

use crate::error::Result;
use crate::model::now;
use crate::net::fetch::{Fetched, Fetcher, Validators};
use crate::net::limits::Limits;
use crate::pages::extract::Extracted;
use crate::pages::sanitize::{image_urls, sanitize_article};
use crate::store::{FullTextJob, ImageJob, ImagePolicy, OfflineScope, Store};
use bounded::Bounded;

/// What an offline pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OfflineSummary {
    pub full_texts: usize,
    pub full_text_failures: usize,
    pub images: usize,
    pub image_failures: usize,
    pub image_bytes: u64,
    /// Articles whose images are now local.
    pub articles_with_images: usize,
    pub episodes: episodes::EpisodePassSummary,
    /// The network answered every address with its own page (a sign-in page): the pass
    /// stopped and stored nothing; it runs again once the network lets requests through.
    pub portal: bool,
    pub elapsed_ms: u128,
}

/// Progress, for the window's status line (and the Listen view's rows).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OfflineProgress {
    pub full_texts_done: usize,
    pub full_texts_total: usize,
    pub images_done: usize,
    pub images_total: usize,
    pub episodes_done: usize,
    pub episodes_total: usize,
    /// The episode downloads running, with how far each is.
    pub episodes_under_way: Vec<EpisodeUnderWay>,
}

/// An episode the pass is downloading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EpisodeUnderWay {
    pub article_id: i64,
    pub bytes: u64,
    /// The whole file's length, once the server states it.
    pub total: Option<u64>,
}

/// What a pass needs besides the store.
#[derive(Clone)]
pub struct OfflineContext {
    pub fetcher: Fetcher,
    pub images: ImageStore,
    pub limits: Limits,
    pub policy: ImagePolicy,
    /// How long one page's extraction may take ([`EXTRACT_BUDGET`]).
    pub extract_budget: std::time::Duration,
    /// Where episodes go and how much they may take: a pass over everything due then lets
    /// go of the episodes no longer needed and downloads those the feeds want. `None`: not.
    pub episodes: Option<episodes::EpisodeSetup>,
}

/// Retention: removes articles read more than `days` ago and not bookmarked (never those in
/// `keep`, the article on screen), then the stored image files no article shows any more.
/// Returns how many articles went.
pub fn apply_retention(
    store: &mut Store,
    images: &ImageStore,
    days: u32,
    now: crate::model::Timestamp,
    keep: &[i64],
) -> Result<usize> {
    let purged = store.purge_older_than(days, now, keep)?;
    if purged > 0 {
        images.remove(&store.unused_images()?)?;
    }
    Ok(purged)
}

/// The page's lead image (its `og:image`) above the text when the article shows no image of
/// its own, so the story keeps its picture offline.
pub(crate) fn with_lead_image(mut extracted: Extracted, base: &str) -> Extracted {
    if let Some(lead) = extracted.lead_image.as_deref() {
        if !extracted.html.contains("<img") {
            let figure = format!(
                "<figure><img src=\"{}\" alt=\"\"></figure>",
                html_escape::encode_double_quoted_attribute(lead)
            );
            let figure = sanitize_article(&figure, Some(base));
            if figure.contains("<img src=") {
                extracted.html = format!("{figure}{}", extracted.html);
            }
        }
    }
    extracted
}

/// The absolute addresses of the images `job`'s article shows, in its order.
pub(crate) fn job_image_urls(job: &ImageJob) -> Vec<String> {
    // a full text was sanitized when it was stored: its image URLs are absolute
    if job.sanitized {
        image_urls(&job.html)
    } else {
        image_urls(&sanitize_article(&job.html, job.base.as_deref()))
    }
}

/// Downloads one image, checks its bytes, stores it.
/// An image that could not be had this time and is not to be recorded as refused: the network
/// was down, or a web page came back where the image should be (a sign-in page, say).
const TRY_AGAIN: &str = "";

async fn fetch_image(
    fetcher: &Fetcher,
    images: &ImageStore,
    url: &str,
) -> std::result::Result<SavedImage, String> {
    let bytes = match fetcher.get(url, Validators::default()).await {
        Ok(Fetched::Body(body)) => {
            let start = body.bytes.trim_ascii_start();
            let start = &start[..start.len().min(14)];
            let html = body
                .content_type
                .as_deref()
                .is_some_and(|t| t.to_ascii_lowercase().contains("html"))
                || start.to_ascii_lowercase().starts_with(b"<!doctype html")
                || start.to_ascii_lowercase().starts_with(b"<html");
            if html {
                return Err(TRY_AGAIN.into());
            }
            body.bytes
        }
        Ok(Fetched::NotModified(_)) => return Err("the server sent no image".into()),
        Err(crate::error::FetchError::Connect(_)) => return Err(TRY_AGAIN.into()),
        Err(e) => return Err(e.to_string()),
    };
    let images = images.clone();
    tokio::task::spawn_blocking(move || images.save(&bytes).map_err(|e| e.to_string()))
        .await
        .unwrap_or_else(|e| Err(e.to_string()))
}

/// Pages fetched and not yet extracted, at most (each waits for its attempt to be recorded,
/// then is extracted): a fetched page gives its network permits back once it has one of
/// these, so the extractions (bound by the processors) and the pass's writes never hold
/// the network; what waits in memory is this many pages.
const EXTRACT_SLOTS: usize = 16;

/// A page's way through the pass, as its task reports it to the pass's one writer.
enum PageStep {
    /// The page arrived; `go` answers whether to extract it (after the attempt is recorded).
    Arrived {
        id: i64,
        url: String,
        body: Box<crate::net::fetch::Body>,
        go: tokio::sync::oneshot::Sender<Option<Box<crate::net::fetch::Body>>>,
    },
    Done {
        id: i64,
        claimed: bool,
        outcome: std::result::Result<Extracted, PageFailure>,
    },
    /// Not tried (the pass stopped, or the network is down): nothing to record.
    Skipped,
}

/// Fetches, checks and extracts the pages of the articles `ids`. Their jobs are read from the
/// store a batch at a time, the next batch while the last pages of one are still fetched, so
/// the network never waits for a batch to end. Each page's attempt is committed before it is
/// extracted. Returns whether the network turned out to be behind a sign-in page (then
/// nothing more is stored). After a batch's worth of pages in a row that could not be reached
/// (the network is down), no more are tried: the rest wait for the next pass.
async fn full_texts(
    store: &mut Store,
    ctx: &OfflineContext,
    ids: &[i64],
    summary: &mut OfflineSummary,
    progress: &mut OfflineProgress,
    on_progress: &mut impl FnMut(&OfflineProgress),
) -> Result<bool> {
    let (arrivals_tx, mut arrivals) = mpsc::unbounded_channel::<PageStep>();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let fetcher = ctx.fetcher.clone();
    let budget = ctx.extract_budget;
    let task_stop = stop.clone();
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(EXTRACT_SLOTS));
    let mut pages = Bounded::new(ctx.limits, move |url: String, job: FullTextJob, network| {
        let (fetcher, arrivals, stop) = (fetcher.clone(), arrivals_tx.clone(), task_stop.clone());
        let slots = slots.clone();
        async move {
            use std::sync::atomic::Ordering;
            if stop.load(Ordering::Relaxed) {
                return PageStep::Skipped;
            }
            let id = job.id;
            let body = match fetch_page(&fetcher, &url).await {
                Ok(body) => body,
                Err(PageFailure::Unreachable(_)) => return PageStep::Skipped,
                Err(failure) => {
                    return PageStep::Done {
                        id,
                        claimed: false,
                        outcome: Err(failure),
                    }
                }
            };
            let Ok(_slot) = slots.acquire_owned().await else {
                return PageStep::Skipped;
            };
            drop(network);
            let (go, answer) = tokio::sync::oneshot::channel();
            let arrived = PageStep::Arrived {
                id,
                url,
                body: Box::new(body),
                go,
            };
            if arrivals.send(arrived).is_err() {
                return PageStep::Skipped;
            }
            let Ok(Some(body)) = answer.await else {
                return PageStep::Skipped;
            };
            let outcome = extract_isolated(*body, budget)
                .await
                .and_then(|page| is_the_article(&job, &page).map(|()| page))
                .and_then(|page| crate::pages::extract::is_an_article(&page).map(|()| page))
                .map_err(PageFailure::Failed);
            PageStep::Done {
                id,
                claimed: true,
                outcome,
            }
        }
    });
    let (results_tx, mut results) = mpsc::unbounded_channel();
    // dropped once every batch is handed over: then the results end with the last page
    let mut results_tx = Some(results_tx);
    let mut batches = ids.chunks(BATCH);
    let mut unreachable_in_a_row = 0;
    let mut portal = crate::net::portal::PortalWatch::default();
    let mut behind_portal = false;
    let mut failures: Vec<(i64, bool, crate::l10n::Message)> = Vec::new();
    let mut extracted = Batch::default();
    let mut done = Marks::new(Store::mark_pages_done);
    loop {
        // the next batch's jobs wait for the network while this one's last pages are fetched
        if let Some(tx) = results_tx.as_ref().filter(|_| pages.unfinished() < BATCH) {
            let next = batches
                .next()
                .filter(|_| !behind_portal && unreachable_in_a_row < BATCH);
            match next {
                Some(batch) => {
                    let jobs = store.full_text_jobs(batch)?;
                    pages.spawn(
                        jobs.into_iter().map(|job| (job.url.clone(), job)).collect(),
                        tx,
                    );
                }
                None => results_tx = None,
            }
        }
        let first = tokio::select! {
            biased;
            Some(step) = arrivals.recv() => Some(step),
            step = results.recv() => match step {
                Some(step) => Some(step),
                None => break,
            },
            () = extracted.due(), if extracted.waiting() => None,
        };
        // every step already waiting is written with this one: one transaction for all
        let mut steps: Vec<PageStep> = first.into_iter().collect();
        while let Ok(step) = arrivals.try_recv() {
            steps.push(step);
        }
        while let Ok(step) = results.try_recv() {
            steps.push(step);
        }
        let mut claims = Vec::new();
        for step in steps {
            match step {
                PageStep::Arrived { id, url, body, go } => {
                    let print = crate::net::portal::fingerprint(&url, &body.final_url, &body.bytes);
                    if behind_portal || portal.is_portal(&url, print) {
                        behind_portal = true;
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        let _ = go.send(None);
                        continue;
                    }
                    claims.push((id, go, body));
                }
                // only a claimed page is extracted, so a full text always has its attempt
                // counted
                PageStep::Done {
                    id,
                    outcome: Ok(page),
                    ..
                } => {
                    extracted.push((id, page));
                    progress.full_texts_done += 1;
                    unreachable_in_a_row = 0;
                }
                PageStep::Done {
                    id,
                    claimed,
                    outcome: Err(PageFailure::Failed(e) | PageFailure::Unreachable(e)),
                } => {
                    // recorded later: a sign-in page may yet show that this was one too
                    failures.push((id, claimed, e));
                    progress.full_texts_done += 1;
                    unreachable_in_a_row = 0;
                }
                PageStep::Skipped => {
                    unreachable_in_a_row += 1;
                    progress.full_texts_done += 1;
                }
            }
        }
        if behind_portal {
            // the pages that arrived with the sign-in page are not claimed: none is extracted
            for (_, go, _) in claims.drain(..) {
                let _ = go.send(None);
            }
        }
        // the attempts are committed before any of these pages is extracted
        let ids: Vec<i64> = claims.iter().map(|(id, _, _)| *id).collect();
        store.claim_full_texts(&ids, now())?;
        for (_, go, body) in claims {
            let _ = go.send(Some(body));
        }
        if extracted.full() {
            store_extracted(store, extracted.take(), behind_portal, summary, &mut done)?;
        }
        if failures.len() >= BATCH && !behind_portal {
            let failed = std::mem::take(&mut failures);
            record_page_failures(store, failed, false, summary, &mut done)?;
        }
        on_progress(progress);
    }
    store_extracted(store, extracted.take(), behind_portal, summary, &mut done)?;
    record_page_failures(store, failures, behind_portal, summary, &mut done)?;
    done.write(store)?;
    Ok(behind_portal)
}

/// Records the pages that gave no full text (counting the attempt of those not claimed yet);
/// behind a sign-in page, the claimed ones are taken back instead (the network was not what it
/// seemed).
fn record_page_failures(
    store: &mut Store,
    failures: Vec<(i64, bool, crate::l10n::Message)>,
    behind_portal: bool,
    summary: &mut OfflineSummary,
    done: &mut Marks,
) -> Result<()> {
    let (mut unclaimed, mut released, mut failed) = (Vec::new(), Vec::new(), Vec::new());
    for (id, claimed, error) in failures {
        if behind_portal {
            if claimed {
                released.push(id);
            }
            continue;
        }
        if !claimed {
            unclaimed.push(id);
        }
        failed.push((id, error));
    }
    store.release_full_texts(&released)?;
    store.claim_full_texts(&unclaimed, now())?;
    summary.full_text_failures += failed.len();
    let failed: Vec<_> = failed.iter().map(|(id, e)| (*id, Err(e))).collect();
    let given_up = store.set_full_texts(&failed, now())?;
    done.add(store, given_up)
}

/// Stores the pages extracted since the last write in one transaction; behind a sign-in page
/// they are taken back instead (claimed in this pass, the network was not what it seemed).
fn store_extracted(
    store: &mut Store,
    pages: Vec<(i64, Extracted)>,
    behind_portal: bool,
    summary: &mut OfflineSummary,
    done: &mut Marks,
) -> Result<()> {
    if behind_portal {
        let ids: Vec<i64> = pages.iter().map(|(id, _)| *id).collect();
        return store.release_full_texts(&ids);
    }
    summary.full_texts += pages.len();
    let outcomes: Vec<_> = pages.iter().map(|(id, page)| (*id, Ok(page))).collect();
    let stored = store.set_full_texts(&outcomes, now())?;
    done.add(store, stored)
}

/// Articles a step of the pass is done with whose marks are not written yet: written together,
/// in id order, when [`MARK_EVERY`] wait and at the end of the step (`Store::mark_pages_done`,
/// `Store::mark_images_done`). Written with each batch, each mark rewrote its article's
/// database page.
struct Marks {
    ids: Vec<i64>,
    mark: MarkFn,
}

/// Marks written at once at most: what a pass that ends early leaves unwritten (a page is
/// not fetched again for it, an article's images are looked at again, found stored).
const MARK_EVERY: usize = 16_384;

type MarkFn = fn(&mut Store, &[i64], crate::model::Timestamp) -> Result<()>;

impl Marks {
    fn new(mark: MarkFn) -> Marks {
        Marks {
            ids: Vec::new(),
            mark,
        }
    }

    fn add(&mut self, store: &mut Store, ids: Vec<i64>) -> Result<()> {
        self.ids.extend(ids);
        if self.ids.len() >= MARK_EVERY {
            self.write(store)?;
        }
        Ok(())
    }

    fn write(&mut self, store: &mut Store) -> Result<()> {
        (self.mark)(store, &std::mem::take(&mut self.ids), now())
    }
}

/// Results waiting to be written together: a write when [`WRITE_BATCH`] are waiting or the
/// oldest has waited [`WRITE_EVERY`]. A kill before then loses only work that was not stored
/// yet (a page's attempt is already counted, and it is fetched again after its back-off).
struct Batch<T> {
    items: Vec<T>,
    since: Option<tokio::time::Instant>,
}

impl<T> Default for Batch<T> {
    fn default() -> Self {
        Batch {
            items: Vec::new(),
            since: None,
        }
    }
}

/// Results a write of the offline pass takes at most...
const WRITE_BATCH: usize = 64;
/// ...and how long the first of them waits at most.
const WRITE_EVERY: std::time::Duration = std::time::Duration::from_millis(250);

impl<T> Batch<T> {
    fn push(&mut self, item: T) {
        self.since.get_or_insert_with(tokio::time::Instant::now);
        self.items.push(item);
    }

    fn waiting(&self) -> bool {
        !self.items.is_empty()
    }

    /// Whether the batch is to be written now.
    fn full(&self) -> bool {
        self.items.len() >= WRITE_BATCH
            || self
                .since
                .is_some_and(|since| since.elapsed() >= WRITE_EVERY)
    }

    /// Resolves when the oldest result has waited long enough (never while none waits).
    async fn due(&self) {
        match self.since {
            Some(since) => tokio::time::sleep_until(since + WRITE_EVERY).await,
            None => std::future::pending().await,
        }
    }

    fn take(&mut self) -> Vec<T> {
        self.since = None;
        std::mem::take(&mut self.items)
    }
}

/// One offline pass: full texts first (their images are the ones to keep), then images.
pub async fn run(
    store: &mut Store,
    ctx: &OfflineContext,
    scope: OfflineScope,
    mut on_progress: impl FnMut(&OfflineProgress),
) -> Result<OfflineSummary> {
    let started = Instant::now();
    let mut summary = OfflineSummary::default();

    // the pass's full texts are indexed for search on the index's own thread
    if scope == OfflineScope::Due {
        store.start_background_index()?;
    }
    let outcome = pass(store, ctx, scope, &mut summary, &mut on_progress).await;
    let indexed = store.finish_background_index();
    outcome.and(indexed)?;
    summary.elapsed_ms = started.elapsed().as_millis();
    Ok(summary)
}

/// The pass's two steps (see [`run`]).
async fn pass(
    store: &mut Store,
    ctx: &OfflineContext,
    scope: OfflineScope,
    summary: &mut OfflineSummary,
    on_progress: &mut impl FnMut(&OfflineProgress),
) -> Result<()> {
    let mut progress = OfflineProgress::default();
    // a signed-in feed's pages and images on its own site ask with its sign-in
    let signed_in;
    let ctx = match with_sign_ins(store, ctx)? {
        Some(signed) => {
            signed_in = signed;
            &signed_in
        }
        None => ctx,
    };
    // 1. pages of summary-only feeds
    let ids = store.full_text_todo_ids(scope, now())?;
    progress.full_texts_total = ids.len();
    if !ids.is_empty() {
        on_progress(&progress);
        if full_texts(store, ctx, &ids, summary, &mut progress, on_progress).await? {
            summary.portal = true;
            return Ok(());
        }
    }
    // 2. images of the articles that should have them
    let ids = store.image_todo_ids(scope, ctx.policy)?;
    images(store, ctx, scope, &ids, summary, &mut progress, on_progress).await?;
    // 3. episodes: the ones no longer needed go, the ones the feeds want come
    if let (OfflineScope::Due, Some(setup)) = (scope, &ctx.episodes) {
        summary.episodes = episodes::episode_pass(store, &ctx.fetcher, setup, now(), |event| {
            let under_way = &mut progress.episodes_under_way;
            match event {
                episodes::EpisodeEvent::Due { count } => progress.episodes_total = count,
                episodes::EpisodeEvent::Started { article_id } => under_way.push(EpisodeUnderWay {
                    article_id,
                    bytes: 0,
                    total: None,
                }),
                episodes::EpisodeEvent::Progress {
                    article_id,
                    bytes,
                    total,
                } => {
                    let Some(one) = under_way.iter_mut().find(|e| e.article_id == article_id)
                    else {
                        return;
                    };
                    if (one.bytes, one.total) == (bytes, total) {
                        return; // nothing new to say
                    }
                    (one.bytes, one.total) = (bytes, total);
                }
                episodes::EpisodeEvent::Downloaded { article_id }
                | episodes::EpisodeEvent::Failed { article_id } => {
                    under_way.retain(|e| e.article_id != article_id);
                    progress.episodes_done += 1;
                }
            }
            on_progress(&progress);
        })
        .await?;
    }
    Ok(())
}

/// `ctx` asking with the kept sign-ins of the feeds that have one, each given only to its
/// feed's own origin; `None` when no feed has one. A sign-in that cannot be read is left out
/// (the page then fails as it would without).
fn with_sign_ins(store: &Store, ctx: &OfflineContext) -> Result<Option<OfflineContext>> {
    let logins = store.feed_logins()?;
    if logins.is_empty() {
        return Ok(None);
    }
    let data_dir = store.data_dir();
    let loaded = logins.into_iter().filter_map(|(id, url, place)| {
        crate::secrets::load_feed_login(data_dir, id, crate::secrets::Place::parse(&place))
            .ok()
            .flatten()
            .map(|login| (url, login))
    });
    let asking = crate::net::login::Asking::sign_ins(loaded);
    Ok((!asking.is_plain()).then(|| OfflineContext {
        fetcher: ctx.fetcher.asking(asking),
        ..ctx.clone()
    }))
}

/// Articles the offline pass takes at once: what it holds in memory is one batch's pages or
/// HTML, however much is left to do (a first refresh of a million summary-only articles held
/// them all: 5 GB).
const BATCH: usize = 256;

/// Records which stored file each downloaded image is, or why it has none, in one transaction.
fn record_images(
    store: &mut Store,
    downloads: Vec<(String, std::result::Result<SavedImage, String>)>,
) -> Result<()> {
    let records: Vec<_> = downloads
        .iter()
        .map(|(url, outcome)| {
            let outcome = match outcome {
                Ok(saved) => Ok((saved.hash.as_str(), saved.mime, saved.bytes)),
                Err(e) => Err(e.as_str()),
            };
            (url.as_str(), outcome)
        })
        .collect();
    store.record_images(&records, now())
}

/// One batch's articles waiting to be linked to their images: once every download they wait
/// for is recorded (and every earlier batch is linked).
struct ToLink {
    articles: Vec<(i64, Vec<String>)>,
    downloads_left: usize,
}

/// Finds the images of the articles `ids`, fetches those never tried, and records which
/// article shows which. The articles are read a batch at a time (memory holds a batch's HTML),
/// the next batch while the last images of one are still fetched.
async fn images(
    store: &mut Store,
    ctx: &OfflineContext,
    scope: OfflineScope,
    ids: &[i64],
    summary: &mut OfflineSummary,
    progress: &mut OfflineProgress,
    on_progress: &mut impl FnMut(&OfflineProgress),
) -> Result<()> {
    let retry_failed = matches!(scope, OfflineScope::Article { .. });
    let image_fetcher = ctx.fetcher.with_config(ctx.fetcher.config().image());
    let image_files = ctx.images.clone();
    let mut downloads = Bounded::new(ctx.limits, move |url: String, (): (), network| {
        let (fetcher, images) = (image_fetcher.clone(), image_files.clone());
        async move {
            // the permits are held until the image is stored
            let _network = network;
            let outcome = fetch_image(&fetcher, &images, &url).await;
            (url, outcome)
        }
    });
    let (results_tx, mut results) = mpsc::unbounded_channel();
    let mut results_tx = Some(results_tx);
    let mut batches = ids.chunks(BATCH);
    // each running download's URL, with the number of the batch that asked for it first
    let mut running: std::collections::HashMap<String, usize> = Default::default();
    let mut links = Links {
        waiting: Default::default(),
        linked: 0,
        done: Marks::new(Store::mark_images_done),
    };
    let mut downloaded = Batch::default();
    loop {
        // the next batches' images wait for the network while this one's last are fetched
        while let Some(tx) = results_tx
            .as_ref()
            .filter(|_| downloads.unfinished() < BATCH)
        {
            let Some(batch) = batches.next() else {
                results_tx = None;
                break;
            };
            let jobs = store.image_jobs(batch)?;
            let articles = tokio::task::spawn_blocking(move || {
                jobs.into_iter()
                    .map(|job| (job.article_id, job_image_urls(&job)))
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            let mut wanted: Vec<String> = Vec::new();
            let mut seen = HashSet::new();
            for url in articles.iter().flat_map(|(_, urls)| urls) {
                if !running.contains_key(url) && seen.insert(url.as_str()) {
                    wanted.push(url.clone());
                }
            }
            let known = store.known_images(&wanted)?;
            let to_fetch: Vec<(String, ())> = wanted
                .into_iter()
                .filter(|url| match known.get(url) {
                    None => true,
                    Some(None) => retry_failed,
                    Some(Some(_)) => false,
                })
                .map(|url| (url, ()))
                .collect();
            let number = links.linked + links.waiting.len();
            for (url, ()) in &to_fetch {
                running.insert(url.clone(), number);
            }
            links.waiting.push_back(ToLink {
                articles,
                downloads_left: to_fetch.len(),
            });
            progress.images_total += to_fetch.len();
            downloads.spawn(to_fetch, tx);
            // a batch with nothing to fetch is linked at once: memory never holds more than
            // the batches that wait for downloads
            links.finished(store, &mut downloaded, summary)?;
            on_progress(progress);
        }
        links.finished(store, &mut downloaded, summary)?;
        let first = tokio::select! {
            step = results.recv() => match step {
                Some(step) => Some(step),
                None => break,
            },
            () = downloaded.due(), if downloaded.waiting() => None,
        };
        for (url, outcome) in first
            .into_iter()
            .chain(std::iter::from_fn(|| results.try_recv().ok()))
        {
            if let Some(number) = running.remove(&url) {
                if let Some(batch) = links.waiting.get_mut(number - links.linked) {
                    batch.downloads_left -= 1;
                }
            }
            progress.images_done += 1;
            match &outcome {
                Ok(saved) => {
                    summary.images += 1;
                    summary.image_bytes += saved.bytes;
                }
                Err(e) if e == TRY_AGAIN => {
                    summary.image_failures += 1;
                    continue;
                }
                Err(_) => summary.image_failures += 1,
            }
            downloaded.push((url, outcome));
        }
        if downloaded.full() {
            record_images(store, downloaded.take())?;
        }
        on_progress(progress);
    }
    links.finished(store, &mut downloaded, summary)?;
    links.done.write(store)
}

/// The image step's batches not linked yet, in order (the first is batch number `linked`), and
/// the articles linked whose marks are not written yet.
struct Links {
    waiting: std::collections::VecDeque<ToLink>,
    linked: usize,
    done: Marks,
}

impl Links {
    /// Links the batches at the front whose downloads have all arrived to their images, after
    /// recording the downloads still waiting to be written.
    fn finished(
        &mut self,
        store: &mut Store,
        downloaded: &mut Batch<(String, std::result::Result<SavedImage, String>)>,
        summary: &mut OfflineSummary,
    ) -> Result<()> {
        while self
            .waiting
            .front()
            .is_some_and(|batch| batch.downloads_left == 0)
        {
            if downloaded.waiting() {
                record_images(store, downloaded.take())?;
            }
            if let Some(batch) = self.waiting.pop_front() {
                summary.articles_with_images += batch.articles.len();
                store.link_images(&batch.articles)?;
                let ids = batch.articles.iter().map(|(id, _)| *id).collect();
                self.done.add(store, ids)?;
                self.linked += 1;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extracted(html: &str, lead: Option<&str>) -> Extracted {
        Extracted {
            title: String::new(),
            byline: None,
            published: None,
            lead_image: lead.map(str::to_string),
            excerpt: None,
            site_name: None,
            dir: None,
            html: html.to_string(),
            text: "t".into(),
        }
    }

    #[test]
    fn the_lead_image_leads_only_an_article_without_images() {
        let base = "https://news.example/a/1.html";
        let got = with_lead_image(extracted("<p>t</p>", Some("/lead.jpg")), base);
        assert!(
            got.html
                .starts_with(r#"<figure><img src="https://news.example/lead.jpg""#),
            "{}",
            got.html
        );
        let has_own = r#"<p>t</p><img src="https://news.example/own.jpg">"#;
        assert_eq!(
            with_lead_image(extracted(has_own, Some("/lead.jpg")), base).html,
            has_own
        );
        let hostile = with_lead_image(extracted("<p>t</p>", Some("javascript:alert(1)")), base);
        assert_eq!(hostile.html, "<p>t</p>");
    }
}
