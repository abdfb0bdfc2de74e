//! The desktop window: a Tauri 2 shell over the engine. The page may only call the commands
//! in `commands.rs`, may never navigate away from the app, and opens links in the browser.
//! Images come only from the app's `bsimg:` scheme (`image_scheme.rs`), never from the web.
//! One instance per user: launching again brings the open window to the front.

use std::path::PathBuf;

use tauri::{Manager, WebviewWindowBuilder};
use tauri_plugin_opener::OpenerExt;

use broadsheet_engine::image_address::{IMAGE_SCHEME, MEDIA_SCHEME};
use broadsheet_engine::l10n::Message;
use broadsheet_engine::offline::episodes::episodes_dir;

use crate::window::image_scheme;
use crate::window::media_scheme;
use crate::window::media_server;
use crate::window::page_frame;
use crate::window::refresher;
use crate::window::state::AppState;
use crate::window::tray;
use crate::window::{
    commands, commands_accounts, commands_episodes, commands_feed_access, commands_health,
    commands_l10n, commands_rules, commands_stories, commands_undo, commands_window,
};

/// The single-instance name (a D-Bus name on Linux): one per data directory.
fn instance_id(data_dir: &std::path::Path) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(data_dir.to_string_lossy().as_bytes());
    let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("app.broadsheet.reader.d{short}")
}

/// Says on stderr what went wrong with the window itself (the reader may have started it from
/// a terminal): in `--lang`'s language, else the system's (the store may not be open).
fn say_before_start(message: &broadsheet_engine::l10n::Message) {
    let words = crate::window::commands_l10n::settings_localizer(&Default::default());
    eprintln!("broadsheet: {}", words.message(message));
}

/// Opens the main window; returns the process exit code.
pub fn run(data_dir: Option<PathBuf>) -> i32 {
    // a data directory given on the command line holds the page's own storage too (layout,
    // zoom, theme), so that it is a whole, separate profile
    let explicit_dir = data_dir.is_some();
    let Some(dir) = broadsheet_engine::paths::data_dir(data_dir) else {
        say_before_start(&broadsheet_engine::l10n::Message::new("error-no-data-dir"));
        return 5;
    };
    let mut store = match broadsheet_engine::Store::open_in(&dir) {
        Ok(s) => s,
        Err(e) => {
            say_before_start(&e.message());
            return 5;
        }
    };
    // unsubscribes of an earlier session past their undo time become final
    let _ = store.finalize_undo(broadsheet_engine::model::now());
    let _ = broadsheet_engine::pipeline::feed_access::forget_dropped_logins(&store);
    // what the search index has still to do (all of it after an upgrade that moved it into
    // its own file) is done beside the window, not before it
    let index_dir = dir.clone();
    let _ = std::thread::Builder::new()
        .name("search-catch-up".into())
        .spawn(move || {
            if let Ok(store) = broadsheet_engine::Store::open_in(&index_dir) {
                let _ = store.index_pending();
            }
        });
    let state = match AppState::new(dir, store) {
        Ok(s) => s,
        Err(e) => {
            say_before_start(&Message::new("error-other").with("why", e));
            return 1;
        }
    };
    let images = state.images.clone();
    let data_dir = state.data_dir.clone();
    let webview_dir = explicit_dir.then(|| data_dir.join("webview"));
    let data_dir_for_media = data_dir.clone();
    let result = tauri::Builder::default()
        // first: a second launch on the same data hands over to this one, which comes to the
        // front (another --data-dir is another instance)
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .callback(|app, _args, _cwd| tray::show_main_window(app))
                .dbus_id(instance_id(&data_dir))
                .build(),
        )
        .plugin(tauri_plugin_notification::init())
        // off the main thread: a list picture seen for the first time is made then
        .register_asynchronous_uri_scheme_protocol(IMAGE_SCHEME, move |ctx, request, responder| {
            let (app, images) = (ctx.app_handle().clone(), images.clone());
            tauri::async_runtime::spawn_blocking(move || {
                let state = app.state::<AppState>();
                let thumb_of = |id| state.thumb_of(id);
                responder.respond(image_scheme::respond(&images, &request, thumb_of));
            });
        })
        // off the main thread: an episode's file is read a piece at a time as the player asks
        .register_asynchronous_uri_scheme_protocol(MEDIA_SCHEME, move |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            tauri::async_runtime::spawn_blocking(move || {
                let state = app.state::<AppState>();
                let dir = episodes_dir(&state.data_dir);
                responder.respond(media_scheme::respond(&dir, &request, |id| {
                    state.downloaded_episode(id)
                }));
            });
        })
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::sidebar,
            commands::list_articles,
            commands::search,
            commands::open_article,
            commands::set_read,
            commands::set_bookmarked,
            commands::mark_view_read,
            commands::add_feed,
            commands::rename_feed,
            commands::move_feed,
            commands::remove_feed,
            commands::rename_folder,
            commands::delete_folder,
            commands::move_folder,
            commands::refresh,
            commands::open_external,
            commands::get_settings,
            commands::set_setting,
            commands::import_opml,
            commands::export_opml,
            commands::ui_ready,
            commands::load_full_article,
            commands::set_feed_full_text,
            commands::storage_usage,
            commands::clean_images,
            commands::export_bookmarks,
            commands::set_feed_notify,
            commands::suggested_feeds,
            commands_undo::undo,
            commands_undo::mark_search_read,
            commands_undo::mark_articles_read,
            commands_window::set_zoom,
            commands_l10n::l10n_catalog,
            commands_rules::rules_list,
            commands_rules::rule_save,
            commands_rules::rule_set_enabled,
            commands_rules::rule_move,
            commands_rules::rule_remove,
            commands_rules::rule_preview,
            commands_rules::rule_apply,
            commands_rules::unhide_article,
            commands_feed_access::set_feed_access,
            commands::set_feed_open_in,
            commands::set_feed_page_scripts,
            commands_episodes::episodes,
            commands_episodes::reader_episode,
            commands_episodes::episode_position,
            commands_episodes::episode_played,
            commands_episodes::download_episode_now,
            commands_episodes::remove_episode_file,
            commands_episodes::set_feed_episode_downloads,
            page_frame::show_page,
            commands_stories::mark_story_read,
            commands_stories::split_story,
            commands_stories::story_reports,
            commands_health::feed_health,
            commands_health::retry_feed,
            commands_health::rediscover_feed,
            commands_health::set_feed_url,
            commands_accounts::accounts_list,
            commands_accounts::account_add,
            commands_accounts::account_sign_in,
            commands_accounts::account_remove,
            commands_accounts::account_move_local_feeds,
        ])
        .setup(move |app| {
            let config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .ok_or("no window in tauri.conf.json")?;
            let handle = app.handle().clone();
            if cfg!(target_os = "linux") {
                // GStreamer cannot read the app's scheme: episodes come over loopback HTTP
                let (episodes, state_of) = (episodes_dir(&data_dir_for_media), handle.clone());
                match media_server::start(episodes, move |id| {
                    state_of.state::<AppState>().downloaded_episode(id)
                }) {
                    Ok(base) => broadsheet_engine::image_address::serve_media_from(base),
                    // streaming still plays; a downloaded episode says it cannot be played
                    Err(e) => {
                        say_before_start(&Message::new("error-other").with("why", e.to_string()))
                    }
                }
            }
            let mut builder = WebviewWindowBuilder::from_config(app.handle(), &config)?;
            if let Some(dir) = webview_dir {
                builder = builder.data_directory(dir);
            }
            builder
                .on_navigation(move |url| {
                    // the app's own pages load; anything else goes to the browser, never here
                    let own = url.scheme() == "tauri"
                        || url.as_str().starts_with("about:")
                        || (matches!(url.scheme(), "http" | "https")
                            && url.host_str() == Some("tauri.localhost"));
                    // the page a feed opens inside, in the reader's script-less frame
                    if !own && page_frame::allowed(url) {
                        return true;
                    }
                    if !own && matches!(url.scheme(), "http" | "https") {
                        let _ = handle.opener().open_url(url.as_str(), None::<&str>);
                    }
                    own
                })
                .build()?;
            if let Err(e) = tray::install(app.handle()) {
                say_before_start(&Message::new("app-no-tray").with("why", e.to_string()));
            }
            refresher::spawn_scheduler(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            say_before_start(&Message::new("app-cannot-open").with("why", e.to_string()));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    /// The engine names the Windows data folder after the bundle identifier (`paths.rs`).
    #[test]
    fn the_engine_knows_the_bundle_identifier() {
        let conf: serde_json::Value = serde_json::from_str(include_str!("../../tauri.conf.json"))
            .expect("tauri.conf.json is JSON");
        assert_eq!(
            conf["identifier"],
            broadsheet_engine::paths::BUNDLE_IDENTIFIER
        );
    }
}
