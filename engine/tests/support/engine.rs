//! Shared set-up for engine tests: a temporary store, a fetcher with short timeouts, and a
//! helper to refresh everything and collect the events.

#![allow(dead_code)]

use std::time::Duration;

use broadsheet_engine::model::{now, ArticleQuery, ArticleSummary, View};
use broadsheet_engine::net::fetch::{FetchConfig, Fetcher};
use broadsheet_engine::net::limits::Limits;
use broadsheet_engine::offline::{self, ImageStore, OfflineContext, OfflineSummary};
use broadsheet_engine::pipeline::refresh::{refresh, RefreshEvent, RefreshSummary};
use broadsheet_engine::pipeline::subscribe::{subscribe, Subscribed};
use broadsheet_engine::store::{ImagePolicy, NewFeed, OfflineScope};
use broadsheet_engine::Store;

pub struct Env {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub fetcher: Fetcher,
}

pub fn env() -> Env {
    env_with(FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    })
}

pub fn env_with(config: FetchConfig) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    Env {
        dir,
        store,
        fetcher: Fetcher::new(config).unwrap(),
    }
}

pub const LIMITS: Limits = Limits {
    global: 16,
    per_host: 8,
    interval_secs: 1800,
};

/// A new store in a temporary folder with the feed `url` in it (never fetched): the folder,
/// the store, the feed's id.
pub fn store_with_feed(url: &str) -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let feed = store
        .add_feed(&NewFeed {
            url: url.into(),
            ..Default::default()
        })
        .unwrap()
        .id();
    (dir, store, feed)
}

impl Env {
    pub fn add(&self, url: &str) -> i64 {
        self.store
            .add_feed(&NewFeed {
                url: url.to_string(),
                ..Default::default()
            })
            .unwrap()
            .id()
    }

    /// Subscribes to `url` (a feed or a page that names one), outside any folder.
    pub async fn subscribe(&mut self, url: &str) -> Subscribed {
        subscribe(&mut self.store, &self.fetcher, url, None)
            .await
            .unwrap_or_else(|e| panic!("subscribing to {url}: {e}"))
    }

    /// Refreshes every feed not postponed; returns the summary and the events in order.
    pub async fn refresh_all(&mut self) -> (RefreshSummary, Vec<RefreshEvent>) {
        let feeds = self.store.feeds_to_refresh(now(), false).unwrap();
        let mut events = Vec::new();
        let summary = refresh(&mut self.store, &self.fetcher, feeds, LIMITS, |e| {
            events.push(e.clone())
        })
        .await
        .unwrap();
        (summary, events)
    }

    /// One offline pass (full texts, then images) with the test limits.
    pub async fn offline(&mut self, scope: OfflineScope, policy: ImagePolicy) -> OfflineSummary {
        let ctx = OfflineContext {
            fetcher: self.fetcher.clone(),
            images: ImageStore::in_data_dir(self.dir.path()),
            limits: LIMITS,
            policy,
            extract_budget: offline::EXTRACT_BUDGET,
            episodes: None,
        };
        offline::run(&mut self.store, &ctx, scope, |_| {})
            .await
            .unwrap()
    }

    pub fn images(&self) -> ImageStore {
        ImageStore::in_data_dir(self.dir.path())
    }

    pub fn list(&self, view: View) -> Vec<ArticleSummary> {
        self.store
            .articles(&ArticleQuery {
                view,
                limit: 500,
                ..Default::default()
            })
            .unwrap()
    }

    pub fn last_error(&self, feed_id: i64) -> Option<String> {
        self.store.feed(feed_id).unwrap().last_error
    }

    /// The feed's failure as a catalog id (what it is stored as).
    pub fn problem(&self, feed_id: i64) -> Option<&'static str> {
        self.store.feed(feed_id).unwrap().problem.map(|p| p.id)
    }
}

/// What the offline pass and the pipeline need, for a data directory (the default fetcher).
pub fn offline_context(dir: &std::path::Path) -> OfflineContext {
    OfflineContext {
        fetcher: Fetcher::new(FetchConfig::default()).unwrap(),
        images: ImageStore::in_data_dir(dir),
        limits: LIMITS,
        policy: ImagePolicy::All,
        extract_budget: offline::EXTRACT_BUDGET,
        episodes: None,
    }
}

/// Syncs every server account (no local feeds), offline pass or not; returns the summary and
/// the sync events in order.
pub async fn sync_accounts(
    store: &mut Store,
    dir: &std::path::Path,
    offline: bool,
) -> (
    broadsheet_engine::pipeline::update::UpdateSummary,
    Vec<broadsheet_engine::sync::SyncEvent>,
) {
    use broadsheet_engine::pipeline::update::{update, UpdateEvent, UpdatePlan};
    let mut events = Vec::new();
    let plan = UpdatePlan {
        local: false,
        offline,
        ..Default::default()
    };
    let summary = update(store, dir, &offline_context(dir), &plan, |e| {
        if let UpdateEvent::Sync(s) = e {
            events.push(s.clone());
        }
    })
    .await
    .unwrap();
    (summary, events)
}
