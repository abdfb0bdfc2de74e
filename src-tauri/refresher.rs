//! Refreshing from the window: one run at a time on its own thread and runtime (so the UI
//! never waits), progress sent to the page as events, and a scheduler that refreshes due
//! feeds in the background while the app runs.

use std::sync::atomic::Ordering;
use std::time::Duration;

use broadsheet_engine::model::now;
use broadsheet_engine::refresh::{refresh, Limits, RefreshEvent, RefreshSummary};
use broadsheet_engine::Store;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// How often the scheduler looks for due feeds.
const SCHEDULER_TICK: Duration = Duration::from_secs(30);

/// Sent as `refresh-done` when a run ends.
#[derive(Debug, Clone, Serialize)]
pub struct RefreshDone {
    pub summary: Option<RefreshSummary>,
    /// Every fetch failed at the network level: the machine is offline.
    pub offline: bool,
    pub error: Option<String>,
}

/// Which feeds a run covers.
#[derive(Debug, Clone)]
pub enum Scope {
    All,
    Due,
    Feed(i64),
}

/// Starts a refresh unless one is running; returns whether it started.
pub fn start(app: &AppHandle, scope: Scope) -> bool {
    let state = app.state::<AppState>();
    if state.refreshing.swap(true, Ordering::SeqCst) {
        return false;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        let done = run(&app, scope);
        app.state::<AppState>()
            .refreshing
            .store(false, Ordering::SeqCst);
        let _ = app.emit("refresh-done", done);
    });
    true
}

fn run(app: &AppHandle, scope: Scope) -> RefreshDone {
    let state = app.state::<AppState>();
    let failed = |e: String| RefreshDone {
        summary: None,
        offline: false,
        error: Some(e),
    };
    let mut store = match Store::open_in(&state.data_dir) {
        Ok(s) => s,
        Err(e) => return failed(e.to_string()),
    };
    let settings = match store.settings() {
        Ok(s) => s,
        Err(e) => return failed(e.to_string()),
    };
    let feeds = match store.feeds_to_refresh(now(), matches!(scope, Scope::Due)) {
        Ok(mut f) => {
            if let Scope::Feed(id) = scope {
                f.retain(|feed| feed.id == id);
            }
            f
        }
        Err(e) => return failed(e.to_string()),
    };
    let _ = app.emit("refresh-started", feeds.len());
    if feeds.is_empty() {
        return RefreshDone {
            summary: Some(RefreshSummary::default()),
            offline: false,
            error: None,
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return failed(e.to_string()),
    };
    let limits = Limits::from(&settings);
    let mut network_failures = 0usize;
    let result = runtime.block_on(refresh(
        &mut store,
        &state.fetcher,
        feeds,
        limits,
        |event| {
            if let RefreshEvent::Failed { network: true, .. } = event {
                network_failures += 1;
            }
            let _ = app.emit("refresh-progress", event);
        },
    ));
    match result {
        Ok(summary) => {
            let _ = store.purge_older_than(settings.retention_days, now());
            RefreshDone {
                offline: summary.feeds > 0 && network_failures == summary.feeds,
                summary: Some(summary),
                error: None,
            }
        }
        Err(e) => failed(e.to_string()),
    }
}

/// Refreshes due feeds now and then, for as long as the app runs.
pub fn spawn_scheduler(app: AppHandle) {
    std::thread::spawn(move || {
        // a first look soon after start, then every tick
        std::thread::sleep(Duration::from_secs(3));
        loop {
            let due = {
                let state = app.state::<AppState>();
                let store = state.store();
                store
                    .feeds_to_refresh(now(), true)
                    .map(|f| !f.is_empty())
                    .unwrap_or(false)
            };
            if due {
                start(&app, Scope::Due);
            }
            std::thread::sleep(SCHEDULER_TICK);
        }
    });
}
