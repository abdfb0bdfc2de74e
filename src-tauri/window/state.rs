//! What the window's commands share: the data directory, a store connection for the UI, the
//! HTTP client, the image store, and whether a refresh is running.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use broadsheet_engine::net::fetch::{FetchConfig, Fetcher};
use broadsheet_engine::net::limits::Limits;
use broadsheet_engine::offline::episodes::EpisodeSetup;
use broadsheet_engine::offline::{ImageStore, OfflineContext};
use broadsheet_engine::store::Settings;
use broadsheet_engine::Store;

pub struct AppState {
    pub data_dir: PathBuf,
    store: Mutex<Store>,
    pub fetcher: Fetcher,
    pub images: ImageStore,
    pub refreshing: AtomicBool,
    /// Held by the offline pass after a refresh, so two never fetch the same pages.
    pub offline_pass: Mutex<()>,
    /// The article on screen (0: none): retention never removes it.
    open_article: AtomicI64,
}

impl AppState {
    pub fn new(data_dir: PathBuf, store: Store) -> Result<AppState, String> {
        Ok(AppState {
            images: ImageStore::in_data_dir(&data_dir),
            data_dir,
            store: Mutex::new(store),
            fetcher: Fetcher::new(FetchConfig::default()).map_err(|e| e.to_string())?,
            refreshing: AtomicBool::new(false),
            offline_pass: Mutex::new(()),
            open_article: AtomicI64::new(0),
        })
    }

    pub fn set_open_article(&self, id: i64) {
        self.open_article.store(id, Ordering::Relaxed);
    }

    /// The articles retention must keep whatever their age: the one on screen.
    pub fn on_screen(&self) -> Vec<i64> {
        match self.open_article.load(Ordering::Relaxed) {
            0 => Vec::new(),
            id => vec![id],
        }
    }

    /// The UI's connection. A poisoned lock (a panic elsewhere) still hands out the store:
    /// SQLite transactions keep the data consistent either way.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The list picture of article `id` (a stored file's hash), made now if it never was:
    /// the store is held to find the article's pictures and to record the result, not while
    /// the picture is decoded and made small.
    pub fn thumb_of(&self, id: i64) -> Option<String> {
        use broadsheet_engine::offline::thumbnails::{finish, plan, record};
        let plan = plan(&self.store(), id).ok()?;
        let now = broadsheet_engine::model::now();
        let made = finish(plan, &self.images, |made| {
            record(&mut self.store(), id, made, now)
        });
        made.ok().flatten().filter(|hash| !hash.is_empty())
    }

    /// Article `id`'s downloaded episode as the media scheme serves it.
    pub fn downloaded_episode(&self, id: i64) -> Option<crate::window::media_scheme::Served> {
        let kept = self.store().downloaded_episode(id).ok()??;
        Some(crate::window::media_scheme::Served {
            file: kept.file,
            mime: kept.mime,
        })
    }

    /// What an offline pass needs, with the current settings.
    pub fn offline_context(&self, settings: &Settings) -> OfflineContext {
        OfflineContext {
            fetcher: self.fetcher.clone(),
            images: self.images.clone(),
            limits: Limits::from(settings),
            policy: settings.offline_images,
            extract_budget: broadsheet_engine::offline::EXTRACT_BUDGET,
            episodes: Some(EpisodeSetup::of(&self.data_dir, settings)),
        }
    }
}
