//! The IPC commands of Settings → Accounts: list, add (signing in at once), remove (bookmarks
//! kept), sign in again, and move the local subscriptions into an account. Syncing is part of
//! `refresh` (the engine's one pipeline).

use broadsheet_engine::secrets;
use broadsheet_engine::store::{Account, AccountRemoved};
use broadsheet_engine::sync::greader::account::{add_account, sign_in_again};
use broadsheet_engine::Store;
use tauri::{AppHandle, State};

use crate::window::failure::{failure, CmdResult};
use crate::window::refresher::{self, Scope};
use crate::window::state::AppState;

#[tauri::command(async)]
pub fn accounts_list(state: State<'_, AppState>) -> CmdResult<Vec<Account>> {
    state.store().accounts().map_err(failure)
}

/// Signs in to the server (the password is used once; the token it returns is kept in the
/// system's credential store), adds the account, optionally moves the local subscriptions
/// into it, and starts a sync.
#[tauri::command]
pub async fn account_add(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
    user: String,
    password: String,
    move_local: bool,
) -> CmdResult<Account> {
    // its own connection: the UI's stays free while the server answers
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    let account = add_account(
        &mut store,
        &state.data_dir,
        url.trim(),
        user.trim(),
        &password,
    )
    .await
    .map_err(failure)?;
    if move_local {
        store.move_local_feeds_to(account.id).map_err(failure)?;
    }
    refresher::start(&app, Scope::All);
    store.account(account.id).map_err(failure)
}

#[tauri::command]
pub async fn account_sign_in(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    password: String,
) -> CmdResult<()> {
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    sign_in_again(&mut store, &state.data_dir, id, &password)
        .await
        .map_err(failure)?;
    refresher::start(&app, Scope::All);
    Ok(())
}

/// Removes an account: its articles go, its bookmarks stay (in "On this computer").
#[tauri::command]
pub fn account_remove(state: State<'_, AppState>, id: i64) -> CmdResult<AccountRemoved> {
    let removed = state.store().remove_account(id).map_err(failure)?;
    secrets::delete(&state.data_dir, id);
    Ok(removed)
}

/// Moves every local subscription into account `id` (sent to the server at the next sync).
#[tauri::command]
pub fn account_move_local_feeds(state: State<'_, AppState>, id: i64) -> CmdResult<usize> {
    state.store().move_local_feeds_to(id).map_err(failure)
}
