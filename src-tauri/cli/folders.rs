//! `broadsheet folder ...`: the folder tree from the command line. A folder is named by its
//! path ("News/Asia", made level by level if missing) or by its number (`broadsheet
//! folders`). Deleting one moves what it holds up a level and unsubscribes nothing; it can be
//! undone like the window's.

use broadsheet_engine::model::now;
use broadsheet_engine::{Error, Store};
use clap::Subcommand;

use super::common::{emit, ExitCode, Global};
use super::l10n::{message, t};

#[derive(Subcommand)]
pub enum FolderCommand {
    /// Make a folder, and the folders above it that are missing ("News/Asia")
    Add { path: String },
    /// Rename a folder (it stays where it is)
    Rename { folder_id: i64, name: String },
    /// Move a folder, with all it holds, into another (no path: to the top level)
    Move {
        folder_id: i64,
        /// The folder to go in, by path (made if missing)
        into: Option<String>,
    },
    /// Delete a folder: what it holds moves up a level, nothing is unsubscribed
    Delete { folder_id: i64 },
}

/// The path of folder `id`, or "not found".
fn path_of(store: &Store, id: i64) -> Result<String, Error> {
    store
        .folders()?
        .into_iter()
        .find(|f| f.id == id)
        .map(|f| f.path)
        .ok_or(Error::NotFound {
            kind: "folder",
            id: id.to_string(),
        })
}

pub fn run(global: &Global, store: &mut Store, command: FolderCommand) -> Result<ExitCode, Error> {
    match command {
        FolderCommand::Add { path } => {
            let id = store.folder_id(&path)?;
            let path = path_of(store, id)?;
            emit(
                global,
                &serde_json::json!({ "id": id, "path": path }),
                || t!("cli-folder-made", path = &path, id = id),
            );
        }
        FolderCommand::Rename { folder_id, name } => {
            store.rename_folder(folder_id, &name)?;
            let path = path_of(store, folder_id)?;
            emit(
                global,
                &serde_json::json!({ "id": folder_id, "path": path }),
                || t!("cli-folder-now", path = &path),
            );
        }
        FolderCommand::Move { folder_id, into } => {
            let before = path_of(store, folder_id)?;
            let name = before.rsplit('/').next().unwrap_or_default().to_string();
            store.move_folder_into(folder_id, into.as_deref())?;
            // merged into one of the same name there: that one is where it went
            let path = match path_of(store, folder_id) {
                Ok(path) => path,
                Err(_) => match into
                    .as_deref()
                    .and_then(|p| store.find_folder(p).transpose())
                {
                    Some(parent) => format!("{}/{name}", path_of(store, parent?)?),
                    None => name,
                },
            };
            emit(
                global,
                &serde_json::json!({ "id": folder_id, "path": path }),
                || t!("cli-folder-now", path = &path),
            );
        }
        FolderCommand::Delete { folder_id } => {
            let step = store.delete_folder_undoable(folder_id, now())?;
            emit(
                global,
                &serde_json::json!({ "deleted": folder_id, "undo_step": step.id }),
                || {
                    let undo = t!(
                        "cli-undo-within",
                        minutes = broadsheet_engine::store::UNDO_WINDOW_SECS / 60,
                        step = step.id
                    );
                    format!("{}\n{undo}", message(&step.label))
                },
            );
        }
    }
    Ok(ExitCode::Ok)
}
