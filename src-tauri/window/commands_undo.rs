//! The IPC commands of undo: take back a step (the last, or one a notice named), and mark
//! exactly a search's results, or the articles scrolled past, read in one undoable step.

use broadsheet_engine::model::now;
use broadsheet_engine::store::UndoStep;
use tauri::State;

use crate::window::failure::{failure, CmdResult};
use crate::window::state::AppState;

/// Takes back step `id`, or the latest one; `None` when there is nothing left to undo.
#[tauri::command]
pub fn undo(state: State<'_, AppState>, id: Option<i64>) -> CmdResult<Option<UndoStep>> {
    state.store().undo(id, now()).map_err(failure)
}

/// Marks the unread articles a search finds read, in one step.
#[tauri::command]
pub fn mark_search_read(state: State<'_, AppState>, query: String) -> CmdResult<Option<UndoStep>> {
    state
        .store()
        .mark_search_read(&query, now())
        .map_err(failure)
}

/// Marks the articles of `ids` that are unread read, in one step (scrolled past in the list).
#[tauri::command]
pub fn mark_articles_read(
    state: State<'_, AppState>,
    ids: Vec<i64>,
) -> CmdResult<Option<UndoStep>> {
    state
        .store()
        .mark_articles_read(&ids, now())
        .map_err(failure)
}
