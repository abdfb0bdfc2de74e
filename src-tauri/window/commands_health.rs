//! The IPC commands of the feed health view: the list (worst first), retry now, find the
//! feed again from its site, change its address.

use broadsheet_engine::feeds::health::FeedHealth;
use broadsheet_engine::model::now;
use broadsheet_engine::{pipeline::subscribe, Store};
use tauri::{AppHandle, State};

use crate::window::failure::{failure, CmdResult};
use crate::window::refresher::{self, Scope};
use crate::window::state::AppState;

#[tauri::command(async)]
pub fn feed_health(state: State<'_, AppState>) -> CmdResult<Vec<FeedHealth>> {
    state.store().feed_health(now()).map_err(failure)
}

/// "Retry now": the feed is fetched at once (a feed the server said was gone, too). Returns
/// whether the refresh started (one may be running already).
#[tauri::command]
pub fn retry_feed(app: AppHandle, state: State<'_, AppState>, id: i64) -> CmdResult<bool> {
    state.store().retry_feed_now(id).map_err(failure)?;
    Ok(refresher::start(&app, Scope::Feed(id)))
}

/// "Find the feed again": discovery from the feed's site; the subscription moves to what it
/// finds, and is fetched. Returns the address found.
#[tauri::command]
pub async fn rediscover_feed(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> CmdResult<String> {
    // discovery runs on its own connection so the UI's stays free meanwhile
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    let url = subscribe::rediscover(&mut store, &state.fetcher, id)
        .await
        .map_err(failure)?;
    refresher::start(&app, Scope::Feed(id));
    Ok(url)
}

/// "Change the address", then fetch from there.
#[tauri::command]
pub fn set_feed_url(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    url: String,
) -> CmdResult<()> {
    state.store().set_feed_url(id, &url).map_err(failure)?;
    refresher::start(&app, Scope::Feed(id));
    Ok(())
}
