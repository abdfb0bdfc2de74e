//! The IPC commands of the same story from many sources: reading a story's row (its reports
//! marked read together, when the setting says so) and "Not the same story". The grouping
//! itself runs in the engine's pipeline after each refresh; the lists ask for it with
//! `grouped` in their query.

use broadsheet_engine::model::{now, ArticleSummary};
use tauri::State;

use crate::window::failure::{failure, CmdResult};
use crate::window::state::AppState;

/// A story's row was read: every report of it read too, when Settings say reading the story
/// marks it read. Returns the ids marked (none when the setting is off).
#[tauri::command]
pub fn mark_story_read(state: State<'_, AppState>, id: i64) -> CmdResult<Vec<i64>> {
    let store = state.store();
    if !store.settings().map_err(failure)?.story_marks_read {
        return Ok(Vec::new());
    }
    store.mark_story_read(id, now()).map_err(failure)
}

/// The other reports of an article's story, earliest first (a story's row opened in place).
#[tauri::command(async)]
pub fn story_reports(state: State<'_, AppState>, id: i64) -> CmdResult<Vec<ArticleSummary>> {
    state.store().other_reports(id).map_err(failure)
}

/// "Not the same story": the article leaves its story and stays apart from it. Returns how
/// many reports it was split from.
#[tauri::command]
pub fn split_story(state: State<'_, AppState>, id: i64) -> CmdResult<usize> {
    let mut store = state.store();
    let first = store.settings().map_err(failure)?.story_first;
    store.split_from_story(id, first, now()).map_err(failure)
}
