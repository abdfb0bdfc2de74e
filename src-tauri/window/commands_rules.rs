//! The IPC commands of rules (Settings → Rules): list, save (new or changed), enable, order,
//! remove, preview on stored articles, apply to stored articles.

use broadsheet_engine::feeds::rules::Rule;
use broadsheet_engine::model::now;
use broadsheet_engine::store::RulePreview;
use serde::Serialize;
use tauri::State;

use crate::window::failure::{failure, CmdResult};
use crate::window::state::AppState;

/// How far back the editor's preview looks.
const PREVIEW_DAYS: i64 = 30;

/// A rule with how lists name it.
#[derive(Serialize)]
pub struct RuleRow {
    #[serde(flatten)]
    pub rule: Rule,
    pub description: String,
}

#[tauri::command]
pub fn rules_list(state: State<'_, AppState>) -> CmdResult<Vec<RuleRow>> {
    let (rules, settings) = {
        let store = state.store();
        (
            store.rules().map_err(failure)?,
            store.settings().map_err(failure)?,
        )
    };
    let words = crate::window::commands_l10n::settings_localizer(&settings);
    Ok(rules
        .into_iter()
        .map(|rule| RuleRow {
            description: rule.describe_in(&words),
            rule,
        })
        .collect())
}

/// Adds `rule` (id 0) or replaces the stored one; returns its id. A bad rule comes back as
/// the reason (a regular expression's error says at which character).
#[tauri::command]
pub fn rule_save(state: State<'_, AppState>, rule: Rule) -> CmdResult<i64> {
    let mut store = state.store();
    if rule.id == 0 {
        store.add_rule(&rule, now()).map_err(failure)
    } else {
        store.update_rule(&rule).map_err(failure)?;
        Ok(rule.id)
    }
}

#[tauri::command]
pub fn rule_set_enabled(state: State<'_, AppState>, id: i64, enabled: bool) -> CmdResult<()> {
    state.store().set_rule_enabled(id, enabled).map_err(failure)
}

/// Moves rule `id` to `index` (0 = first).
#[tauri::command]
pub fn rule_move(state: State<'_, AppState>, id: i64, index: usize) -> CmdResult<()> {
    state.store().move_rule(id, index).map_err(failure)
}

#[tauri::command]
pub fn rule_remove(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    state.store().remove_rule(id).map_err(failure)
}

/// What `rule` (saved or not) matches among the last 30 days' articles: the live preview.
#[tauri::command(async)]
pub fn rule_preview(state: State<'_, AppState>, rule: Rule) -> CmdResult<RulePreview> {
    let since = now() - PREVIEW_DAYS * 24 * 3600;
    state.store().preview_rule(&rule, since, 5).map_err(failure)
}

/// "Apply to existing articles": returns how many it matched.
#[tauri::command(async)]
pub fn rule_apply(state: State<'_, AppState>, id: i64) -> CmdResult<usize> {
    state.store().apply_rule(id, now()).map_err(failure)
}

/// Shows an article a rule hid in the lists again (the reader's button).
#[tauri::command]
pub fn unhide_article(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    state.store().unhide_article(id).map_err(failure)
}
