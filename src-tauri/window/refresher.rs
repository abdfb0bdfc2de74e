//! Refreshing from the window: one run at a time on its own thread and runtime (so the UI
//! never waits), progress sent to the page as events, then the offline pass (full articles and
//! images), and a scheduler that refreshes due feeds in the background while the app runs.

use std::sync::atomic::Ordering;
use std::time::Duration;

use broadsheet_engine::l10n::Message;
use broadsheet_engine::offline::{self, OfflineSummary};
use broadsheet_engine::pipeline::notify::Announcement;
use broadsheet_engine::pipeline::refresh::RefreshSummary;
use broadsheet_engine::pipeline::update::{planned_steps, update, UpdateEvent, UpdatePlan};
use broadsheet_engine::store::OfflineScope;
use broadsheet_engine::Store;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use crate::window::failure::failure;
use crate::window::state::AppState;

/// How often the scheduler looks for due feeds.
const SCHEDULER_TICK: Duration = Duration::from_secs(30);

/// Sent as `refresh-done` when a run ends.
#[derive(Debug, Clone, Serialize)]
pub struct RefreshDone {
    pub summary: Option<RefreshSummary>,
    /// Every fetch failed at the network level: the machine is offline.
    pub offline: bool,
    pub error: Option<Message>,
    /// The network answered with a sign-in page: the status line says so.
    pub portal: bool,
}

/// Sent as `offline-done` when an offline pass ends.
#[derive(Debug, Clone, Serialize)]
pub struct OfflineDone {
    pub summary: Option<OfflineSummary>,
    pub error: Option<Message>,
    /// The one article the pass was for, if it was for one.
    pub article_id: Option<i64>,
    /// The pass met a sign-in page: the status line says so.
    pub portal: bool,
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
        // offline, or behind a sign-in page: every page would fail or be that page
        let network_down = done.offline || done.error.is_some() || done.portal;
        // the refresh is over: the page may ask (the sidebar does) and must hear "no"; the
        // offline pass that follows reports on its own events
        app.state::<AppState>()
            .refreshing
            .store(false, Ordering::SeqCst);
        let _ = app.emit("refresh-done", done);
        if !network_down {
            run_offline(&app, OfflineScope::Due);
        }
    });
    true
}

/// Runs an offline pass on its own thread: everything due, or one article now (a bookmark,
/// "Load full article"). Sends `offline-progress` and `offline-done`.
pub fn start_offline(app: &AppHandle, scope: OfflineScope) {
    let app = app.clone();
    std::thread::spawn(move || run_offline(&app, scope));
}

fn run_offline(app: &AppHandle, scope: OfflineScope) {
    let state = app.state::<AppState>();
    // one pass over everything at a time; a pass for one article never waits for it
    let _pass = match scope {
        OfflineScope::Due => match state.offline_pass.try_lock() {
            Ok(guard) => Some(guard),
            Err(_) => return,
        },
        OfflineScope::Article { .. } => None,
    };
    let article_id = match scope {
        OfflineScope::Article { id, .. } => Some(id),
        OfflineScope::Due => None,
    };
    let result = (|| -> Result<OfflineSummary, Message> {
        let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
        let settings = store.settings().map_err(failure)?;
        let ctx = state.offline_context(&settings);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(failure)?;
        runtime
            .block_on(offline::run(&mut store, &ctx, scope, |progress| {
                if article_id.is_none() {
                    let _ = app.emit("offline-progress", progress);
                }
            }))
            .map_err(failure)
    })();
    let done = match result {
        Ok(summary) => OfflineDone {
            portal: summary.portal,
            summary: Some(summary),
            error: None,
            article_id,
        },
        Err(error) => OfflineDone {
            summary: None,
            error: Some(error),
            article_id,
            portal: false,
        },
    };
    let _ = app.emit("offline-done", done);
}

fn run(app: &AppHandle, scope: Scope) -> RefreshDone {
    let state = app.state::<AppState>();
    let failed = |e: Message| RefreshDone {
        summary: None,
        offline: false,
        error: Some(e),
        portal: false,
    };
    let mut store = match Store::open_in(&state.data_dir) {
        Ok(s) => s,
        Err(e) => return failed(failure(e)),
    };
    let settings = match store.settings() {
        Ok(s) => s,
        Err(e) => return failed(failure(e)),
    };
    let plan = UpdatePlan {
        due_only: matches!(scope, Scope::Due),
        feed_ids: match scope {
            Scope::Feed(id) => vec![id],
            _ => Vec::new(),
        },
        accounts: None,
        local: true,
        // the offline pass runs after, on its own events
        offline: false,
        keep: state.on_screen(),
    };
    // steps the status line counts: each local feed to fetch and each account to sync
    let steps = planned_steps(&store, &plan).unwrap_or(0);
    let _ = app.emit("refresh-started", steps);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return failed(failure(e)),
    };
    let ctx = state.offline_context(&settings);
    let result = runtime.block_on(update(&mut store, &state.data_dir, &ctx, &plan, |event| {
        let _ = match event {
            UpdateEvent::Refresh(e) => app.emit("refresh-progress", e),
            UpdateEvent::Sync(e) => app.emit("sync-progress", e),
            UpdateEvent::Offline(p) => app.emit("offline-progress", p),
        };
    }));
    match result {
        Ok(summary) => {
            announce(app, &summary.announcements);
            let refreshed = summary.refresh;
            RefreshDone {
                offline: summary.network_down,
                portal: refreshed.portal,
                summary: Some(refreshed),
                error: None,
            }
        }
        Err(e) => failed(failure(e)),
    }
}

/// Desktop notifications for feeds marked "notify" that got new articles, and for new
/// articles a rule announces. A desktop without a notification service just shows none.
fn announce(app: &AppHandle, list: &[Announcement]) {
    use tauri_plugin_notification::NotificationExt;
    if list.is_empty() {
        return;
    }
    let l = crate::window::commands_l10n::shell_localizer(app);
    for a in list {
        let _ = app
            .notification()
            .builder()
            .title(&a.title)
            .body(l.message(&a.body))
            .show();
    }
}

/// Refreshes due feeds now and then, for as long as the app runs.
pub fn spawn_scheduler(app: AppHandle) {
    std::thread::spawn(move || {
        // a first look soon after start, then every tick
        std::thread::sleep(Duration::from_secs(3));
        loop {
            // due: what a scheduled run would do is not nothing (the engine's own rule)
            let due = {
                let state = app.state::<AppState>();
                let scheduled = UpdatePlan {
                    due_only: true,
                    local: true,
                    ..Default::default()
                };
                let store = state.store();
                planned_steps(&store, &scheduled).is_ok_and(|steps| steps > 0)
            };
            if due {
                start(&app, Scope::Due);
            }
            std::thread::sleep(SCHEDULER_TICK);
        }
    });
}
