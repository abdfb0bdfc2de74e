//! What the window's commands share: the data directory, a store connection for the UI, the
//! HTTP client, and whether a refresh is running.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

use broadsheet_engine::fetch::{FetchConfig, Fetcher};
use broadsheet_engine::Store;

pub struct AppState {
    pub data_dir: PathBuf,
    store: Mutex<Store>,
    pub fetcher: Fetcher,
    pub refreshing: AtomicBool,
}

impl AppState {
    pub fn new(data_dir: PathBuf, store: Store) -> Result<AppState, String> {
        Ok(AppState {
            data_dir,
            store: Mutex::new(store),
            fetcher: Fetcher::new(FetchConfig::default()).map_err(|e| e.to_string())?,
            refreshing: AtomicBool::new(false),
        })
    }

    /// The UI's connection. A poisoned lock (a panic elsewhere) still hands out the store:
    /// SQLite transactions keep the data consistent either way.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }
}
