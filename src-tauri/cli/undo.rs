//! `broadsheet undo [STEP]`: takes back the last step of this data directory (marking read,
//! bookmarks, unsubscribing), or the step a command printed.

use broadsheet_engine::model::now;
use broadsheet_engine::Store;

use super::common::{emit, ExitCode, Global};
use super::l10n::{message, t};

pub fn run(
    global: &Global,
    store: &mut Store,
    step: Option<i64>,
) -> Result<ExitCode, broadsheet_engine::Error> {
    let undone = store.undo(step, now())?;
    emit(
        global,
        &serde_json::json!({ "undone": undone }),
        || match &undone {
            Some(step) => t!("cli-undone", step = message(&step.label)),
            None => match step {
                Some(id) => t!("cli-undo-gone", id = id),
                None => t!("cli-undo-nothing"),
            },
        },
    );
    Ok(if undone.is_some() || step.is_none() {
        ExitCode::Ok
    } else {
        ExitCode::NotFound
    })
}
