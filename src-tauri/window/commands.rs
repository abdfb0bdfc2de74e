//! The IPC commands the window's page calls. Each is a thin adapter over the engine; errors
//! come back as catalog messages the page says in the reader's language (`failure.rs`).
//! Declared in build.rs's app manifest and granted in capabilities/default.json: only what the
//! UI uses.

use broadsheet_engine::l10n::Message;
use broadsheet_engine::model::now;
use broadsheet_engine::model::{
    ArticleQuery, ArticleSummary, Feed, Folder, OpenIn, SmartCounts, View,
};
use broadsheet_engine::offline;
use broadsheet_engine::pipeline::subscribe::{subscribe_with, Subscribed};
use broadsheet_engine::reading::export::{self, ExportFormat};
use broadsheet_engine::reading::reader::{reader_view, ReaderView};
use broadsheet_engine::store::{ImageCleanup, OfflineScope, Settings, StorageUsage, UndoStep};
use broadsheet_engine::{pipeline::opml, Store};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::window::commands_feed_access::AccessInput;
use crate::window::commands_l10n::{settings_localizer, shell_localizer};
use crate::window::failure::{failure, file_failure, CmdResult};
use crate::window::refresher::{self, Scope};
use crate::window::state::AppState;

/// Everything the sidebar draws.
#[derive(Serialize)]
pub struct Sidebar {
    pub counts: SmartCounts,
    pub folders: Vec<Folder>,
    pub feeds: Vec<Feed>,
    /// "On this computer" and the feed-server accounts: more than one shows as sections.
    pub accounts: Vec<broadsheet_engine::store::Account>,
    pub refreshing: bool,
}

// the reads of the sidebar, the list and search run off the window's main thread: a far jump
// in a big store (landmarks gathered once) never holds the window's events
#[tauri::command(async)]
pub fn sidebar(app: AppHandle, state: State<'_, AppState>) -> CmdResult<Sidebar> {
    let sidebar = {
        let store = state.store();
        Sidebar {
            counts: store.smart_counts().map_err(failure)?,
            folders: store.folders().map_err(failure)?,
            feeds: store.feeds().map_err(failure)?,
            accounts: store.accounts().map_err(failure)?,
            refreshing: state.refreshing.load(std::sync::atomic::Ordering::SeqCst),
        }
    };
    // the tray is drawn on the main thread and this waits for it: never with the store
    // held, which a command on the main thread may be waiting for (a deadlock)
    crate::window::tray::show_unread(&app, sidebar.counts.unread);
    Ok(sidebar)
}

/// A page of a view, plus the view's total so the list can size itself.
#[derive(Serialize)]
pub struct ArticlePage {
    /// Rows the list holds (a grouped list's stories count once).
    pub total: i64,
    /// Articles it holds: `total` unless stories were grouped.
    pub articles: i64,
    pub unread: i64,
    pub rows: Vec<ArticleSummary>,
}

#[tauri::command(async)]
pub fn list_articles(
    state: State<'_, AppState>,
    query: ArticleQuery,
    with_total: bool,
) -> CmdResult<ArticlePage> {
    let store = state.store();
    let rows = store.articles(&query).map_err(failure)?;
    let (total, articles, unread) = if with_total {
        // rows: a grouped list's stories count once; unread: articles, as the sidebar counts
        let (all, unread) = store.view_counts(query.view).map_err(failure)?;
        let articles = if query.unread_only { unread } else { all };
        let rows = if query.grouped {
            store.list_rows(&query).map_err(failure)?
        } else {
            articles
        };
        (rows, articles, unread)
    } else {
        (-1, -1, -1)
    };
    Ok(ArticlePage {
        total,
        articles,
        unread,
        rows,
    })
}

#[tauri::command(async)]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    include_hidden: Option<bool>,
) -> CmdResult<Vec<ArticleSummary>> {
    state
        .store()
        .search_including(&query, 500, include_hidden.unwrap_or(false))
        .map_err(failure)
}

/// An article as the reader shows it, with the rule that touched it named in the window's
/// language.
#[derive(Serialize)]
pub struct Shown {
    #[serde(flatten)]
    view: ReaderView,
    rule_text: Option<String>,
}

fn shown(store: &Store, id: i64) -> CmdResult<Shown> {
    let view = reader_view(store, id).map_err(failure)?;
    let rule_text = match &view.rule {
        // the caller holds the store: the language comes from the settings read through it
        Some(rule) => {
            Some(rule.describe_in(&settings_localizer(&store.settings().map_err(failure)?)))
        }
        None => None,
    };
    Ok(Shown { view, rule_text })
}

/// Opens an article: marks it read (unless `mark_read` is false: the reader showing a newer
/// copy of the open article) and returns it as the reader shows it (sanitized in Rust, images
/// from the store only; raw feed HTML never crosses the bridge).
#[tauri::command]
pub fn open_article(
    state: State<'_, AppState>,
    id: i64,
    mark_read: Option<bool>,
) -> CmdResult<Shown> {
    state.set_open_article(id);
    let store = state.store();
    if mark_read.unwrap_or(true) {
        store.set_read(id, true).map_err(failure)?;
    }
    shown(&store, id)
}

/// "Load full article" (key f): fetches the page now, even for a feed that carries whole
/// articles or after a failed attempt, and returns the article again. A failure is not an
/// error here: the reader shows the feed's text with a quiet note.
#[tauri::command]
pub async fn load_full_article(state: State<'_, AppState>, id: i64) -> CmdResult<Shown> {
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    let settings = store.settings().map_err(failure)?;
    let ctx = state.offline_context(&settings);
    let scope = OfflineScope::Article {
        id,
        force_full_text: true,
    };
    offline::run(&mut store, &ctx, scope, |_| {})
        .await
        .map_err(failure)?;
    shown(&store, id)
}

#[tauri::command]
pub fn set_read(state: State<'_, AppState>, id: i64, read: bool) -> CmdResult<UndoStep> {
    state
        .store()
        .set_read_undoable(id, read, now())
        .map_err(failure)
}

/// Bookmarks (or un-bookmarks) an article; a bookmark is made fully offline at once, in the
/// background (`offline-done` names the article when it is).
#[tauri::command]
pub fn set_bookmarked(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    bookmarked: bool,
) -> CmdResult<UndoStep> {
    let step = state
        .store()
        .set_bookmarked_undoable(id, bookmarked, now())
        .map_err(failure)?;
    if bookmarked {
        refresher::start_offline(
            &app,
            OfflineScope::Article {
                id,
                force_full_text: false,
            },
        );
    }
    Ok(step)
}

/// "Download full articles" for a feed: `None` automatic, else always or never.
#[tauri::command]
pub fn set_feed_full_text(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    full_text: Option<bool>,
) -> CmdResult<()> {
    state
        .store()
        .set_feed_full_text(id, full_text)
        .map_err(failure)?;
    refresher::start_offline(&app, OfflineScope::Due);
    Ok(())
}

/// Where a feed's articles open (`None`: as the `open_articles` setting says).
#[tauri::command]
pub fn set_feed_open_in(
    state: State<'_, AppState>,
    id: i64,
    open_in: Option<OpenIn>,
) -> CmdResult<()> {
    state.store().set_feed_open_in(id, open_in).map_err(failure)
}

/// Whether a feed's web page, shown inside, may run its scripts (in a frame of no origin).
#[tauri::command]
pub fn set_feed_page_scripts(state: State<'_, AppState>, id: i64, allowed: bool) -> CmdResult<()> {
    state
        .store()
        .set_feed_page_scripts(id, allowed)
        .map_err(failure)
}

/// "Notify me of new articles" for a feed.
#[tauri::command]
pub fn set_feed_notify(state: State<'_, AppState>, id: i64, notify: bool) -> CmdResult<()> {
    state.store().set_feed_notify(id, notify).map_err(failure)
}

#[tauri::command]
pub fn storage_usage(state: State<'_, AppState>) -> CmdResult<StorageUsage> {
    state.store().storage_usage().map_err(failure)
}

/// Removes stored images (of read articles, or all but bookmarks'); returns the new usage.
#[tauri::command]
pub fn clean_images(state: State<'_, AppState>, which: ImageCleanup) -> CmdResult<StorageUsage> {
    let mut store = state.store();
    let unused = store.clear_images(which).map_err(failure)?;
    state.images.remove(&unused).map_err(failure)?;
    store.storage_usage().map_err(failure)
}

/// Asks where to save with the native dialog and writes every bookmark there, as one
/// self-contained HTML file, Markdown or JSON. `None`: cancelled.
#[tauri::command]
pub async fn export_bookmarks(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ExportFormat,
) -> CmdResult<Option<String>> {
    let title = shell_localizer(&app).text("dialog-export-bookmarks", &[]);
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let ext = format.extension();
        app.dialog()
            .file()
            .set_title(title)
            .set_file_name(format!("broadsheet-bookmarks.{ext}"))
            .add_filter(ext.to_uppercase(), &[ext])
            .blocking_save_file()
    })
    .await
    .map_err(failure)?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    // on a connection and a thread of its own: the window stays responsive meanwhile
    let (data_dir, images) = (state.data_dir.clone(), state.images.clone());
    tauri::async_runtime::spawn_blocking(move || {
        let store = Store::open_in(&data_dir).map_err(failure)?;
        let (doc, _) = export::export_bookmarks(&store, &images, format).map_err(failure)?;
        export::write_atomically(&path, doc.as_bytes())
            .map_err(|e| file_failure("error-cannot-write", &path, e))?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(failure)?
}

#[tauri::command]
pub fn mark_view_read(state: State<'_, AppState>, view: View) -> CmdResult<Option<UndoStep>> {
    state
        .store()
        .mark_view_read_undoable(view, now())
        .map_err(failure)
}

#[tauri::command]
pub async fn add_feed(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
    folder: Option<String>,
    account: Option<i64>,
    access: Option<AccessInput>,
) -> CmdResult<Subscribed> {
    // discovery runs on its own connection so the UI's stays free meanwhile
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    let folder = folder.filter(|f| !f.trim().is_empty());
    let access = access.map(AccessInput::into_access).unwrap_or_default();
    let done = subscribe_with(
        &mut store,
        &state.fetcher,
        &url,
        folder.as_deref(),
        account,
        &access,
    )
    .await
    .map_err(|e| match e {
        broadsheet_engine::Error::Fetch(broadsheet_engine::FetchError::Connect(why)) => {
            // the first-run screen tells "offline" from a bad address by this id
            Message::new("error-offline")
                .with("url", url.as_str())
                .with("why", why)
        }
        other => other.message(),
    })?;
    // the new feed's full articles and images, in the background
    refresher::start_offline(&app, OfflineScope::Due);
    Ok(done)
}

#[tauri::command]
pub fn rename_feed(state: State<'_, AppState>, id: i64, title: Option<String>) -> CmdResult<()> {
    state
        .store()
        .rename_feed(id, title.as_deref())
        .map_err(failure)
}

/// Moves a feed into the folder at a path ("News/Asia", made if missing), or out of folders
/// with `None`.
#[tauri::command]
pub fn move_feed(state: State<'_, AppState>, id: i64, folder: Option<String>) -> CmdResult<()> {
    let store = state.store();
    let folder_id = folder
        .filter(|f| !f.trim().is_empty())
        .map(|f| store.folder_id(&f))
        .transpose()
        .map_err(failure)?;
    store.move_feed(id, folder_id).map_err(failure)
}

/// Unsubscribes; returns how many bookmarked articles were kept.
/// Unsubscribes; the feed and its articles stay, hidden, until the undo time has passed.
#[tauri::command]
pub fn remove_feed(state: State<'_, AppState>, id: i64) -> CmdResult<UndoStep> {
    state.store().unsubscribe(id, now()).map_err(failure)
}

#[tauri::command]
pub fn rename_folder(state: State<'_, AppState>, id: i64, name: String) -> CmdResult<()> {
    state.store().rename_folder(id, &name).map_err(failure)
}

/// Moves a folder, with all it holds, into the folder at a path (made if missing), or to the
/// top level with `None`.
#[tauri::command]
pub fn move_folder(state: State<'_, AppState>, id: i64, into: Option<String>) -> CmdResult<()> {
    state
        .store()
        .move_folder_into(id, into.as_deref())
        .map_err(failure)
}

#[tauri::command]
pub fn delete_folder(state: State<'_, AppState>, id: i64) -> CmdResult<UndoStep> {
    state
        .store()
        .delete_folder_undoable(id, now())
        .map_err(failure)
}

/// Starts a refresh of every feed, or of one; false if one is already running.
#[tauri::command]
pub fn refresh(app: AppHandle, feed_id: Option<i64>) -> bool {
    refresher::start(&app, feed_id.map_or(Scope::All, Scope::Feed))
}

/// Opens an article's original page in the system browser (http and https only).
#[tauri::command]
pub fn open_external(app: AppHandle, url: String) -> CmdResult<()> {
    let parsed = broadsheet_engine::net::fetch::parse_http_url(&url).map_err(failure)?;
    app.opener()
        .open_url(parsed.as_str(), None::<&str>)
        .map_err(failure)
}

/// The first-run screen's suggested feeds.
#[tauri::command]
pub fn suggested_feeds() -> Vec<crate::window::first_run::Suggested> {
    crate::window::first_run::current()
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> CmdResult<Settings> {
    state.store().settings().map_err(failure)
}

#[tauri::command]
pub fn set_setting(
    app: AppHandle,
    state: State<'_, AppState>,
    key: String,
    value: String,
) -> CmdResult<Settings> {
    let store = state.store();
    store.set_setting(&key, &value).map_err(failure)?;
    if key == "offline_images" {
        refresher::start_offline(&app, OfflineScope::Due);
    }
    let settings = store.settings().map_err(failure)?;
    // the tray reads the settings itself: not while they are held here
    drop(store);
    if key == "language" || key == "digits" {
        super::tray::relabel(&app);
    }
    Ok(settings)
}

/// Asks for an OPML file with the native dialog and imports it. `None`: the person cancelled.
#[tauri::command]
pub async fn import_opml(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<opml::ImportSummary>> {
    let title = shell_localizer(&app).text("dialog-import", &[]);
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(title)
            .add_filter("OPML", &["opml", "xml"])
            .blocking_pick_file()
    })
    .await
    .map_err(failure)?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path).map_err(|e| file_failure("error-cannot-read", &path, e))?;
    let mut store = Store::open_in(&state.data_dir).map_err(failure)?;
    opml::import_opml(&mut store, &String::from_utf8_lossy(&bytes))
        .map(Some)
        .map_err(failure)
}

/// Asks where to save with the native dialog and writes the OPML there. `None`: cancelled.
#[tauri::command]
pub async fn export_opml(app: AppHandle, state: State<'_, AppState>) -> CmdResult<Option<String>> {
    let xml = opml::export_opml(&state.store()).map_err(failure)?;
    let title = shell_localizer(&app).text("dialog-export", &[]);
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(title)
            .set_file_name("broadsheet-subscriptions.opml")
            .add_filter("OPML", &["opml"])
            .blocking_save_file()
    })
    .await
    .map_err(failure)?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    export::write_atomically(&path, xml.as_bytes())
        .map_err(|e| file_failure("error-cannot-write", &path, e))?;
    Ok(Some(path.display().to_string()))
}

/// The page calls this once its first list is painted. With BROADSHEET_TIMING set, the time
/// since the process started is printed (the launch benchmark reads it).
#[tauri::command]
pub fn ui_ready(rows: usize) {
    if std::env::var_os("BROADSHEET_TIMING").is_some() {
        eprintln!(
            "timing: first list painted ({rows} rows) {} ms after start",
            crate::STARTED.elapsed().as_millis()
        );
    }
}

#[cfg(test)]
mod tests {
    include!("command_names.rs");

    /// The app manifest (build.rs) declares COMMANDS; the capability must grant each of them
    /// and nothing beyond them and event listening.
    /// What the reader gets is sanitized, with relative links made absolute.
    #[test]
    fn reader_article_is_sanitized() {
        use broadsheet_engine::feeds::parse::ParsedFeed;
        use broadsheet_engine::model::NewArticle;
        use broadsheet_engine::store::{FetchMeta, NewFeed};
        let dir = tempfile::tempdir().unwrap();
        let mut store = broadsheet_engine::Store::open_in(dir.path()).unwrap();
        let feed = store
            .add_feed(&NewFeed {
                url: "https://news.example/feed.xml".into(),
                ..Default::default()
            })
            .unwrap()
            .id();
        let article = NewArticle {
            guid: "1".into(),
            url: Some("https://news.example/a/1.html".into()),
            title: "T".into(),
            author: None,
            published_at: 1,
            published_from_feed: true,
            updated_at: None,
            summary: None,
            content: Some(
                r#"<p onclick="x()">Hi<script>alert(1)</script> <a href="../b.html">b</a></p>"#
                    .into(),
            ),
            content_hash: "h".into(),
            enclosures: Vec::new(),
        };
        let parsed = ParsedFeed {
            title: "F".into(),
            site_url: None,
            articles: vec![article],
            summary_only: false,
        };
        store
            .apply_feed(feed, &parsed, &FetchMeta::default(), 1, 60)
            .unwrap();
        let id = store.search("Hi", 1).unwrap()[0].id;
        let shown = broadsheet_engine::reading::reader::reader_view(&store, id).unwrap();
        assert!(
            !shown.html.contains("script") && !shown.html.contains("onclick"),
            "{}",
            shown.html
        );
        assert!(
            shown.html.contains(r#"href="https://news.example/b.html""#),
            "{}",
            shown.html
        );
        assert_eq!(shown.feed_title, "F");
    }

    #[test]
    fn capabilities_grant_exactly_the_declared_commands() {
        let cap: serde_json::Value =
            serde_json::from_str(include_str!("../../capabilities/default.json")).unwrap();
        let mut granted: Vec<String> = cap["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        granted.sort();
        let mut expected: Vec<String> = COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .chain([
                "core:event:allow-listen".into(),
                "core:event:allow-unlisten".into(),
            ])
            .collect();
        expected.sort();
        assert_eq!(granted, expected);
    }
}
