//! The IPC commands of listening: the Listen view's episodes, where the player is in one
//! (kept as it plays) and that it was heard to the end, a person's "download" of one (on its
//! own thread; `episode-download-progress` says how far it is, `episode-download` how it
//! went), removing a downloaded file, and each feed's choice of which episodes are downloaded
//! after a refresh.

use broadsheet_engine::l10n::Message;
use broadsheet_engine::model::{now, EpisodeDownloads};
use broadsheet_engine::offline::episodes::{download_episode, remove_episode, EpisodeLimits};
use broadsheet_engine::reading::reader::ReaderEpisode;
use broadsheet_engine::store::{Episode, EpisodeQuery};
use broadsheet_engine::Store;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State};

use crate::window::failure::{failure, CmdResult};
use crate::window::state::AppState;

/// How many episodes the Listen view lists.
const LISTED: u32 = 500;

/// The Listen view's episodes, newest first: of one feed or all, only the downloaded, only
/// those not heard to the end.
#[tauri::command]
pub fn episodes(
    state: State<'_, AppState>,
    feed_id: Option<i64>,
    downloaded: bool,
    unplayed: bool,
) -> CmdResult<Vec<Episode>> {
    let query = EpisodeQuery {
        feed_id,
        downloaded_only: downloaded,
        unplayed_only: unplayed,
    };
    state.store().episodes(query, LISTED).map_err(failure)
}

/// Article `id`'s episode as the player plays it, downloaded or not, and where it was left.
#[tauri::command]
pub fn reader_episode(state: State<'_, AppState>, id: i64) -> CmdResult<Option<ReaderEpisode>> {
    broadsheet_engine::reading::reader::reader_episode(&state.store(), id).map_err(failure)
}

/// Keeps where the player is in article `id`'s episode at `url` (seconds), of how long it is.
#[tauri::command]
pub fn episode_position(
    state: State<'_, AppState>,
    id: i64,
    url: String,
    position: f64,
    duration: Option<f64>,
) -> CmdResult<()> {
    state
        .store()
        .save_episode_position(id, &url, position, duration, now())
        .map_err(failure)
}

/// Article `id`'s episode at `url` was heard to the end: played, and the article read.
#[tauri::command]
pub fn episode_played(state: State<'_, AppState>, id: i64, url: String) -> CmdResult<()> {
    state
        .store()
        .mark_episode_played(id, &url, now())
        .map_err(failure)
}

/// Sent as `episode-download` when a person's download of an episode ends.
#[derive(Clone, Serialize)]
pub struct EpisodeDownload {
    pub article_id: i64,
    pub ok: bool,
    pub error: Option<Message>,
}

/// Sent as `episode-download-progress` while a person's download of an episode runs.
#[derive(Clone, Serialize)]
pub struct EpisodeDownloadProgress {
    pub article_id: i64,
    pub bytes: u64,
    pub total: Option<u64>,
}

/// Downloads article `id`'s episode on a thread of its own; `episode-download-progress` tells
/// how far it is, `episode-download` how it went.
#[tauri::command]
pub fn download_episode_now(app: AppHandle, id: i64) -> CmdResult<()> {
    std::thread::spawn(move || {
        let state = app.state::<AppState>();
        let outcome = (|| -> Result<(), Message> {
            // a store of its own: the download must not hold the window's while it runs
            let store = Store::open_in(&state.data_dir).map_err(failure)?;
            let limits = EpisodeLimits::of(&store.settings().map_err(failure)?);
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(failure)?;
            runtime
                .block_on(download_episode(
                    &store,
                    &state.fetcher,
                    &state.data_dir,
                    id,
                    limits,
                    |bytes, total| {
                        let _ = app.emit(
                            "episode-download-progress",
                            EpisodeDownloadProgress {
                                article_id: id,
                                bytes,
                                total,
                            },
                        );
                    },
                ))
                .map(|_| ())
                .map_err(failure)
        })();
        let _ = app.emit(
            "episode-download",
            EpisodeDownload {
                article_id: id,
                ok: outcome.is_ok(),
                error: outcome.err(),
            },
        );
    });
    Ok(())
}

/// Removes article `id`'s downloaded episode (it plays from the network again).
#[tauri::command]
pub fn remove_episode_file(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    remove_episode(&state.store(), &state.data_dir, id).map_err(failure)
}

/// Which of feed `id`'s episodes are downloaded after a refresh.
#[tauri::command]
pub fn set_feed_episode_downloads(
    state: State<'_, AppState>,
    id: i64,
    downloads: EpisodeDownloads,
) -> CmdResult<()> {
    state
        .store()
        .set_feed_episode_downloads(id, downloads, now())
        .map_err(failure)
}
