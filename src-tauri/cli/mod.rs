//! The command-line reader: every subcommand, its human and `--json` output, and exit codes
//! that mean something (see [`ExitCode`]). Each family of subcommands beyond the core reader
//! has a file of its own here.

pub mod accounts;
pub mod common;
pub mod episodes;
pub mod feed_access;
pub mod folders;
pub mod health;
pub mod help;
pub mod l10n;
pub mod rules;
pub mod stories;
pub mod undo;
pub mod update;

use std::path::PathBuf;

use broadsheet_engine::error::FetchError;
use broadsheet_engine::l10n::Message;
use broadsheet_engine::model::{now, ArticleQuery, ArticleSummary, OpenIn, View};
use broadsheet_engine::offline::{self, ImageStore};
use broadsheet_engine::reading::export::{export_bookmarks, write_atomically, ExportFormat};
use broadsheet_engine::store::{ImageCleanup, OfflineScope};
use broadsheet_engine::{
    pages::text_blocks, paths, pipeline::opml, pipeline::subscribe, Error, Store,
};
use clap::{Parser, Subcommand, ValueEnum};
pub use common::Global;
use common::{data_dir_of, emit, fetcher, offline_context, runtime, ExitCode};
use l10n::{message, t};

#[derive(Parser)]
#[command(
    name = "broadsheet",
    version,
    about = "A fast news reader that works offline. Without a command, opens the window."
)]
pub struct Args {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Subscribe to a feed URL or a website's feed
    Add {
        url: String,
        /// Put it in this folder, by path such as News/Asia (made if missing)
        #[arg(long, value_name = "PATH")]
        folder: Option<String>,
        /// Into this feed-server account (sent to the server at the next sync)
        #[arg(long, value_name = "ID")]
        account: Option<i64>,
        #[command(flatten)]
        access: feed_access::AccessArgs,
    },
    /// Import subscriptions from an OPML file
    Import { file: PathBuf },
    /// Export subscriptions as OPML (to FILE, or standard output)
    Export { file: Option<PathBuf> },
    /// Fetch new articles (all feeds, or the ones given)
    Refresh {
        /// Only feeds whose refresh interval has passed
        #[arg(long)]
        due: bool,
        /// Skip fetching full articles and images for offline reading
        #[arg(long)]
        no_offline: bool,
        feed_ids: Vec<i64>,
    },
    /// Sync the feed-server accounts (all, or one) without fetching the local feeds
    Sync {
        #[arg(long, value_name = "ID")]
        account: Option<i64>,
        /// Skip fetching full articles and images for offline reading
        #[arg(long)]
        no_offline: bool,
    },
    /// Make, rename, move and delete folders (folders go in folders, 8 deep at most)
    Folder {
        #[command(subcommand)]
        command: folders::FolderCommand,
    },
    /// Feed-server accounts (FreshRSS, Miniflux, ... over the Google Reader API)
    Account {
        #[command(subcommand)]
        command: accounts::AccountCommand,
    },
    /// "Download full articles" for a feed: auto (when it carries summaries only), always, never
    FullText {
        feed_id: i64,
        #[arg(value_enum)]
        mode: FullTextArg,
    },
    /// Where a feed's articles open: the reader, the web page in the browser, or the web page
    /// inside Broadsheet (no script); default: as `config open_articles` says
    OpenIn {
        feed_id: i64,
        #[arg(value_enum)]
        place: OpenInArg,
        /// Let its web page, shown inside Broadsheet, run its scripts (apart from the app)
        #[arg(long)]
        scripts: bool,
    },
    /// A feed's sign-in (HTTP basic or digest): set it, or forget it
    FeedSignIn {
        feed_id: i64,
        #[arg(long, required_unless_present = "forget")]
        user: Option<String>,
        /// Read the password from standard input instead of asking
        #[arg(long)]
        password_stdin: bool,
        /// Forget the sign-in (the password leaves the credential store)
        #[arg(long, conflicts_with_all = ["user", "password_stdin"])]
        forget: bool,
    },
    /// A feed's User-Agent: a text, --browser, or neither for Broadsheet's own
    UserAgent {
        feed_id: i64,
        #[arg(conflicts_with = "browser")]
        value: Option<String>,
        /// Identify as a web browser (for servers that turn unknown clients away)
        #[arg(long)]
        browser: bool,
    },
    /// Desktop notifications for a feed's new articles (shown by the window's refreshes)
    Notify {
        feed_id: i64,
        #[arg(value_enum)]
        state: OnOff,
    },
    /// Export bookmarks: one self-contained HTML file (images inlined), Markdown or JSON
    ExportBookmarks {
        /// Where to write (default: standard output)
        file: Option<PathBuf>,
        /// html, markdown or json (default: from the file's extension, else html)
        #[arg(long)]
        format: Option<String>,
    },
    /// Space used by articles and stored images; --clean removes images
    Storage {
        #[arg(long, value_enum)]
        clean: Option<CleanArg>,
    },
    /// List subscriptions with unread counts and errors (--health: by trouble, with what to do)
    Feeds {
        /// Feed health: failing, gone, dead, slow, moved, worst first
        #[arg(long)]
        health: bool,
    },
    /// List the sound and video that feeds attach to their items, newest first
    Episodes {
        /// Only this feed's
        #[arg(long, value_name = "ID")]
        feed: Option<i64>,
        /// Only those downloaded for listening offline
        #[arg(long)]
        downloaded: bool,
    },
    /// Download an article's episode for listening offline (resumes an interrupted download)
    Download { article_id: i64 },
    /// Which of a feed's episodes are downloaded after each refresh: never, every (new one),
    /// or the latest N
    EpisodeDownloads { feed_id: i64, choice: String },
    /// Change a feed's address (it is fetched from there from now on)
    SetUrl { feed_id: i64, url: String },
    /// Find a feed again from its site and move the subscription to what is found
    Rediscover { feed_id: i64 },
    /// List folders
    Folders,
    /// Rename a feed (no title: back to the feed's own)
    Rename { feed_id: i64, title: Option<String> },
    /// Move a feed into a folder (no folder: out of any)
    Move {
        feed_id: i64,
        /// The folder, by path such as News/Asia (made if missing)
        folder: Option<String>,
    },
    /// Unsubscribe; bookmarked articles are kept
    Remove { feed_id: i64 },
    /// List articles, newest first
    List {
        #[arg(long, value_enum, default_value_t = ViewArg::All)]
        view: ViewArg,
        #[arg(long, value_name = "ID")]
        feed: Option<i64>,
        /// A folder's path ("News/Asia"): its articles and those of the folders in it
        #[arg(long, value_name = "PATH")]
        folder: Option<String>,
        /// Only unread articles
        #[arg(long)]
        unread: bool,
        /// Oldest first
        #[arg(long)]
        oldest_first: bool,
        /// The same story from many sources as one row: its first report, the other sources named
        #[arg(long)]
        grouped: bool,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Full-text search over titles, authors and text
    Search {
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Find articles a rule hid, too
        #[arg(long)]
        hidden: bool,
    },
    /// Show an article and mark it read (--unread marks it unread; --all marks a view read)
    Read {
        #[arg(required_unless_present = "all")]
        article_id: Option<i64>,
        #[arg(long, conflicts_with = "all")]
        unread: bool,
        /// Mark every article read (of --feed, if given)
        #[arg(long)]
        all: bool,
        #[arg(long, value_name = "ID", requires = "all")]
        feed: Option<i64>,
    },
    /// Bookmark an article (--remove to take the bookmark off)
    Bookmark {
        article_id: i64,
        #[arg(long)]
        remove: bool,
    },
    /// Counts and database size
    Stats,
    /// Show settings, or set one: config KEY VALUE
    Config {
        key: Option<String>,
        value: Option<String>,
    },
    /// Apply retention now: remove old read articles (never bookmarks)
    Purge,
    /// Take back the last step (marking read, bookmarks, unsubscribing), or step STEP
    Undo { step: Option<i64> },
    /// Rules that mark read, hide, bookmark or announce new articles
    Rule {
        #[command(subcommand)]
        command: rules::RuleCommand,
    },
    /// Print what the reader would show for an article page (a file or a URL)
    Extract {
        /// A saved HTML file, or an http(s) address to fetch
        source: String,
        /// The page's address, to resolve its relative links (default: the URL fetched)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Group a file of articles (JSON lines) into stories, as the lists do; prints id and group
    Stories {
        /// One JSON object per line: id, title, text, and when known date and source
        file: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OpenInArg {
    Default,
    Reader,
    Browser,
    Inside,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FullTextArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CleanArg {
    // what each does, --help says from the catalog (help-arg-storage-clean)
    Read,
    AllButBookmarks,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ViewArg {
    All,
    Unread,
    Today,
    Bookmarks,
}

fn exit_code_of(e: &Error) -> ExitCode {
    match e {
        Error::NotFound { .. } => ExitCode::NotFound,
        Error::Fetch(FetchError::NeedsLogin | FetchError::LoginRefused) => ExitCode::SignIn,
        Error::Fetch(_) | Error::Parse(_) | Error::NoFeedFound(_) | Error::Extract(_) => {
            ExitCode::FeedProblem
        }
        Error::Db(_)
        | Error::DataDir { .. }
        | Error::SchemaTooNew { .. }
        | Error::Io(_)
        | Error::DiskFull
        | Error::ReadOnly(_) => ExitCode::Storage,
        Error::InvalidUrl(_) | Error::Opml(_) | Error::Invalid(_) | Error::InvalidRule(_) => {
            ExitCode::BadInput
        }
        Error::Sync(e) if e.is_transient() => ExitCode::FeedProblem,
        Error::Sync(_) => ExitCode::SignIn,
    }
}

pub fn run(global: Global, command: Command) -> i32 {
    match execute(&global, command) {
        Ok(code) => code as i32,
        Err(e) => {
            if global.json {
                // in English, with the catalog id a program can match on
                let msg = serde_json::json!({ "error": e.to_string(), "id": e.message().id });
                println!("{msg}");
            }
            eprintln!("broadsheet: {}", message(&e.message()));
            exit_code_of(&e) as i32
        }
    }
}

/// A file (or other source) that could not be read.
fn cannot_read(path: &str, e: std::io::Error) -> Error {
    Error::Invalid(
        Message::new("error-cannot-read")
            .with("path", path)
            .with("why", e.to_string()),
    )
}

fn open_store(global: &Global) -> Result<Store, Error> {
    let dir = paths::data_dir(global.data_dir.clone())
        .ok_or_else(|| Error::Invalid(Message::new("error-no-data-dir")))?;
    Store::open_in(&dir)
}

fn execute(global: &Global, command: Command) -> Result<ExitCode, Error> {
    // extraction needs no database
    if let Command::Extract { source, base_url } = command {
        l10n::init(global.lang.as_deref(), &Default::default());
        return extract_command(global, &source, base_url);
    }
    if let Command::Stories { file } = &command {
        l10n::init(global.lang.as_deref(), &Default::default());
        return stories::run(global, file);
    }
    let mut store = open_store(global)?;
    l10n::init(
        global.lang.as_deref(),
        &store.settings().unwrap_or_default(),
    );
    match command {
        Command::Add {
            url,
            folder,
            account,
            access,
        } => {
            let fetcher = fetcher(global)?;
            let access = access.read()?;
            let done = runtime()?.block_on(subscribe::subscribe_with(
                &mut store,
                &fetcher,
                &url,
                folder.as_deref(),
                account,
                &access,
            ))?;
            emit(global, &done, || {
                if done.new {
                    t!(
                        "cli-subscribed",
                        title = &done.title,
                        url = &done.url,
                        feed = done.feed_id,
                        articles = done.articles.new
                    )
                } else {
                    t!(
                        "cli-already-subscribed",
                        title = &done.title,
                        feed = done.feed_id
                    )
                }
            });
        }
        Command::Import { file } => {
            let xml =
                std::fs::read(&file).map_err(|e| cannot_read(&file.display().to_string(), e))?;
            let xml = String::from_utf8_lossy(&xml);
            let summary = opml::import_opml(&mut store, &xml)?;
            emit(global, &summary, || {
                let mut text = t!(
                    "cli-imported",
                    feeds = summary.added,
                    folders = summary.folders,
                    duplicates = summary.skipped_duplicates,
                    invalid = summary.skipped_invalid
                );
                if summary.rules + summary.skipped_rules > 0 {
                    text.push('\n');
                    text.push_str(&t!(
                        "cli-imported-rules",
                        rules = summary.rules,
                        skipped = summary.skipped_rules
                    ));
                }
                text
            });
        }
        Command::Export { file } => {
            let xml = opml::export_opml(&store)?;
            match file {
                Some(path) => {
                    write_atomically(&path, xml.as_bytes())?;
                    emit(global, &serde_json::json!({ "written": path }), || {
                        t!("cli-wrote", path = path.display().to_string())
                    });
                }
                None => println!("{xml}"),
            }
        }
        Command::Refresh {
            due,
            no_offline,
            feed_ids,
        } => {
            let plan = broadsheet_engine::pipeline::update::UpdatePlan {
                due_only: due,
                feed_ids,
                accounts: None,
                local: true,
                offline: !no_offline,
                keep: Vec::new(),
            };
            return update::run(global, &mut store, &plan);
        }
        Command::Sync {
            account,
            no_offline,
        } => {
            let plan = broadsheet_engine::pipeline::update::UpdatePlan {
                accounts: Some(match account {
                    Some(id) => vec![id],
                    None => store
                        .accounts()?
                        .into_iter()
                        .filter(|a| !a.is_local())
                        .map(|a| a.id)
                        .collect(),
                }),
                local: false,
                offline: !no_offline,
                ..Default::default()
            };
            return update::run(global, &mut store, &plan);
        }
        Command::Account { command } => return accounts::run(global, &mut store, command),
        Command::Folder { command } => return folders::run(global, &mut store, command),
        Command::OpenIn {
            feed_id,
            place,
            scripts,
        } => {
            let own = match place {
                OpenInArg::Default => None,
                OpenInArg::Reader => Some(OpenIn::Reader),
                OpenInArg::Browser => Some(OpenIn::Browser),
                OpenInArg::Inside => Some(OpenIn::Inside),
            };
            store.set_feed_open_in(feed_id, own)?;
            store.set_feed_page_scripts(feed_id, scripts)?;
            let feed = store.feed(feed_id)?;
            let used = match feed.open_in {
                Some(own) => own,
                None => store.settings()?.open_articles,
            };
            emit(global, &feed, || {
                let set = t!(
                    "cli-open-in-set",
                    feed = feed_id,
                    place = used.as_str(),
                    own = if feed.open_in.is_some() { "yes" } else { "no" }
                );
                if feed.page_scripts {
                    format!("{set}\n{}", t!("cli-page-scripts-on"))
                } else {
                    set
                }
            });
        }
        Command::FullText { feed_id, mode } => {
            let setting = match mode {
                FullTextArg::Auto => None,
                FullTextArg::Always => Some(true),
                FullTextArg::Never => Some(false),
            };
            store.set_feed_full_text(feed_id, setting)?;
            let feed = store.feed(feed_id)?;
            emit(global, &feed, || {
                let on = feed.full_text.unwrap_or(feed.summary_only);
                t!(
                    "cli-full-text-set",
                    feed = feed_id,
                    on = if on { "yes" } else { "no" },
                    mode = match mode {
                        FullTextArg::Auto => "auto",
                        FullTextArg::Always => "always",
                        FullTextArg::Never => "never",
                    }
                )
            });
        }
        Command::FeedSignIn {
            feed_id,
            user,
            password_stdin,
            forget,
        } => {
            return feed_access::run_sign_in(
                global,
                &store,
                feed_id,
                user.filter(|_| !forget),
                password_stdin,
            )
        }
        Command::UserAgent {
            feed_id,
            value,
            browser,
        } => return feed_access::run_user_agent(global, &store, feed_id, value, browser),
        Command::Notify { feed_id, state } => {
            store.set_feed_notify(feed_id, matches!(state, OnOff::On))?;
            let feed = store.feed(feed_id)?;
            emit(global, &feed, || {
                t!(
                    "cli-notify-set",
                    feed = feed_id,
                    on = if feed.notify { "yes" } else { "no" }
                )
            });
        }
        Command::ExportBookmarks { file, format } => {
            let format = match (&format, &file) {
                (Some(f), _) => ExportFormat::parse(f)?,
                (None, Some(path)) => path
                    .extension()
                    .and_then(|e| e.to_str())
                    .and_then(|e| ExportFormat::parse(e).ok())
                    .unwrap_or(ExportFormat::Html),
                (None, None) => ExportFormat::Html,
            };
            let images = ImageStore::in_data_dir(&data_dir_of(&store));
            let (doc, count) = export_bookmarks(&store, &images, format)?;
            match file {
                Some(path) => {
                    write_atomically(&path, doc.as_bytes())?;
                    emit(
                        global,
                        &serde_json::json!({ "written": path, "bookmarks": count }),
                        || {
                            t!(
                                "cli-wrote-bookmarks",
                                count = count,
                                path = path.display().to_string()
                            )
                        },
                    );
                }
                None => print!("{doc}"),
            }
        }
        Command::Storage { clean } => {
            let images = ImageStore::in_data_dir(&data_dir_of(&store));
            let mut removed = 0;
            if let Some(which) = clean {
                let hashes = store.clear_images(match which {
                    CleanArg::Read => ImageCleanup::Read,
                    CleanArg::AllButBookmarks => ImageCleanup::AllButBookmarks,
                })?;
                images.remove(&hashes)?;
                removed = hashes.len();
            }
            let usage = store.storage_usage()?;
            emit(
                global,
                &serde_json::json!({ "usage": usage, "removed_images": removed }),
                || {
                    let mut text = t!(
                        "cli-storage",
                        database = mib(usage.database_bytes as i64),
                        full = usage.full_articles,
                        files = usage.images,
                        images = mib(usage.image_bytes),
                        bookmarks = mib(usage.bookmark_image_bytes),
                        dir = images.dir().display().to_string()
                    );
                    text = format!(
                        "{text}\n{}",
                        t!(
                            "cli-storage-episodes",
                            files = usage.episodes,
                            size = mib(usage.episode_bytes),
                            bookmarks = mib(usage.bookmark_episode_bytes)
                        )
                    );
                    if clean.is_some() {
                        text = format!("{}\n{text}", t!("cli-images-removed", count = removed));
                    }
                    text
                },
            );
        }
        Command::Feeds { health: true } => return health::list(global, &store),
        Command::Episodes { feed, downloaded } => {
            return episodes::list(global, &store, feed, downloaded)
        }
        Command::Download { article_id } => {
            let fetcher = fetcher(global)?;
            return episodes::download(global, &store, &fetcher, article_id);
        }
        Command::EpisodeDownloads { feed_id, choice } => {
            return episodes::set_downloads(global, &store, feed_id, &choice)
        }
        Command::SetUrl { feed_id, url } => return health::set_url(global, &store, feed_id, &url),
        Command::Rediscover { feed_id } => {
            let fetcher = fetcher(global)?;
            return health::rediscover(global, &mut store, &fetcher, &runtime()?, feed_id);
        }
        Command::Feeds { health: false } => {
            let feeds = store.feeds()?;
            emit(global, &feeds, || {
                feeds
                    .iter()
                    .map(|f| {
                        let folder = f
                            .folder
                            .as_deref()
                            .map(|n| format!("[{n}] "))
                            .unwrap_or_default();
                        let error = f
                            .problem
                            .as_ref()
                            .map(|problem| {
                                let failing = t!(
                                    "cli-feed-failing",
                                    error = message(problem),
                                    times = f.consecutive_failures
                                );
                                format!("\n      ! {failing}")
                            })
                            .unwrap_or_default();
                        let counts = t!(
                            "cli-feed-counts",
                            unread = f.unread_count,
                            total = f.article_count
                        );
                        format!(
                            "{:>5}  {folder}{}  {counts}\n      {}{error}",
                            f.id, f.title, f.url
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Folders => {
            let folders = store.folders()?;
            emit(global, &folders, || {
                folders
                    .iter()
                    .map(|f| format!("{:>5}  {}", f.id, f.path))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Rename { feed_id, title } => {
            store.rename_feed(feed_id, title.as_deref())?;
            let feed = store.feed(feed_id)?;
            emit(global, &feed, || {
                t!("cli-renamed", feed = feed_id, title = &feed.title)
            });
        }
        Command::Move { feed_id, folder } => {
            let folder_id = folder.as_deref().map(|n| store.folder_id(n)).transpose()?;
            store.move_feed(feed_id, folder_id)?;
            let feed = store.feed(feed_id)?;
            emit(global, &feed, || match &feed.folder {
                Some(n) => t!("cli-moved-into", title = &feed.title, folder = n),
                None => t!("cli-moved-out", title = &feed.title),
            });
        }
        Command::Remove { feed_id } => {
            let step = store.unsubscribe(feed_id, now())?;
            let kept = step.bookmarks_kept;
            emit(
                global,
                &serde_json::json!({ "removed": feed_id, "bookmarks_kept": kept, "undo_step": step.id }),
                || {
                    let done = if kept > 0 {
                        t!(
                            "cli-unsubscribed-keeping",
                            label = message(&step.label),
                            count = kept
                        )
                    } else {
                        message(&step.label)
                    };
                    let undo = t!(
                        "cli-undo-within",
                        minutes = broadsheet_engine::store::UNDO_WINDOW_SECS / 60,
                        step = step.id
                    );
                    format!("{done}\n{undo}")
                },
            );
        }
        Command::List {
            view,
            feed,
            folder,
            unread,
            oldest_first,
            grouped,
            limit,
        } => {
            let view = match (feed, folder) {
                (Some(id), _) => View::Feed(id),
                (None, Some(path)) => {
                    let id = store.find_folder(&path)?.ok_or(Error::NotFound {
                        kind: "folder",
                        id: path,
                    })?;
                    View::Folder(id)
                }
                (None, None) => match view {
                    ViewArg::All => View::All,
                    ViewArg::Unread => View::Unread,
                    ViewArg::Today => View::Today,
                    ViewArg::Bookmarks => View::Bookmarks,
                },
            };
            let rows = store.articles(&ArticleQuery {
                view,
                unread_only: unread,
                oldest_first,
                grouped,
                limit,
                ..Default::default()
            })?;
            emit(global, &rows, || article_lines(&rows));
        }
        Command::Search {
            query,
            limit,
            hidden,
        } => {
            // the whole search log first (a search alone catches up only a little of it)
            store.index_pending()?;
            let rows = store.search_including(&query.join(" "), limit, hidden)?;
            emit(global, &rows, || {
                if rows.is_empty() {
                    t!("cli-no-match")
                } else {
                    article_lines(&rows)
                }
            });
        }
        Command::Read {
            article_id,
            unread,
            all,
            feed,
        } => {
            if all {
                let view = feed.map_or(View::All, View::Feed);
                if let Some(id) = feed {
                    store.feed(id)?;
                }
                let step = store.mark_view_read_undoable(view, now())?;
                let n = step.as_ref().map_or(0, |s| s.articles);
                emit(
                    global,
                    &serde_json::json!({ "marked_read": n, "undo_step": step.as_ref().map(|s| s.id) }),
                    || match &step {
                        Some(step) => {
                            format!(
                                "{}\n{}",
                                message(&step.label),
                                t!("cli-undo", step = step.id)
                            )
                        }
                        None => t!("cli-nothing-to-mark-read"),
                    },
                );
            } else if let Some(id) = article_id {
                store.set_read(id, !unread)?;
                let article = store.article(id)?;
                if unread {
                    emit(global, &article, || t!("cli-marked-unread", id = id));
                } else {
                    let enclosures = store.enclosures(id)?;
                    // the stored article, with its sound and video
                    let mut shown = serde_json::to_value(&article).unwrap_or_default();
                    shown["enclosures"] = serde_json::to_value(&enclosures).unwrap_or_default();
                    emit(global, &shown, || {
                        let body = article
                            .full_content
                            .as_deref()
                            .or(article.content.as_deref())
                            .or(article.summary.as_deref())
                            .unwrap_or("");
                        format!(
                            "{}\n{} · {}{}\n{}\n\n{}",
                            article.title,
                            article.feed_title,
                            format_time(article.published_at),
                            article
                                .author
                                .as_deref()
                                .map(|a| format!(" · {a}"))
                                .unwrap_or_default(),
                            article.url.as_deref().unwrap_or(""),
                            text_blocks::wrap_blocks(
                                &text_blocks::html_to_blocks(body),
                                terminal_width()
                            )
                        ) + &episodes::lines(&enclosures)
                    });
                }
            }
        }
        Command::Bookmark { article_id, remove } => {
            store.set_bookmarked(article_id, !remove)?;
            if !remove {
                // keep it whole for offline reading now; a network failure is not the bookmark's
                let ctx = offline_context(global, &store, &store.settings()?)?;
                let scope = OfflineScope::Article {
                    id: article_id,
                    force_full_text: false,
                };
                if let Err(e) = runtime()?.block_on(offline::run(&mut store, &ctx, scope, |_| {})) {
                    let error = message(&e.message());
                    eprintln!(
                        "broadsheet: {}",
                        t!("cli-bookmarked-not-offline", error = error)
                    );
                }
            }
            let article = store.article(article_id)?;
            emit(global, &article, || {
                if remove {
                    t!("cli-bookmark-removed", title = &article.title)
                } else {
                    t!("cli-bookmarked", title = &article.title)
                }
            });
        }
        Command::Stats => {
            let stats = store.stats()?;
            emit(global, &stats, || {
                t!(
                    "cli-stats",
                    feeds = stats.feeds,
                    folders = stats.folders,
                    failing = stats.failing_feeds,
                    articles = stats.articles,
                    unread = stats.unread,
                    bookmarked = stats.bookmarked,
                    size = mib(stats.database_bytes as i64),
                    path = store.path().display().to_string()
                )
            });
        }
        Command::Config { key, value } => {
            match (key, value) {
                (Some(k), Some(v)) => store.set_setting(&k, &v)?,
                (Some(k), None) => {
                    return Err(Error::Invalid(
                        Message::new("error-config-value").with("key", k.as_str()),
                    ))
                }
                _ => {}
            }
            let settings = store.settings()?;
            emit(global, &settings, || {
                let value = serde_json::to_value(&settings).unwrap_or_default();
                value
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| format!("{k} = {v}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_default()
            });
        }
        Command::Extract { .. } | Command::Stories { .. } => {
            unreachable!("handled before the store opens")
        }
        Command::Undo { step } => return undo::run(global, &mut store, step),
        Command::Rule { command } => return rules::run(global, &mut store, command),
        Command::Purge => {
            store.finalize_undo(now())?;
            broadsheet_engine::pipeline::feed_access::forget_dropped_logins(&store)?;
            let days = store.settings()?.retention_days;
            let images = ImageStore::in_data_dir(&data_dir_of(&store));
            let n = offline::apply_retention(&mut store, &images, days, now(), &[])?;
            emit(
                global,
                &serde_json::json!({ "purged": n, "retention_days": days }),
                || t!("cli-purged", count = n, days = days),
            );
        }
    }
    Ok(ExitCode::Ok)
}

fn extract_command(
    global: &Global,
    source: &str,
    base_url: Option<String>,
) -> Result<ExitCode, Error> {
    let (bytes, content_type, fetched_from) =
        if source.starts_with("http://") || source.starts_with("https://") {
            let fetcher = fetcher(global)?;
            let body = runtime()?.block_on(async {
                match fetcher
                    .get(source, broadsheet_engine::net::fetch::Validators::default())
                    .await?
                {
                    broadsheet_engine::net::fetch::Fetched::Body(b) => Ok::<_, Error>(b),
                    broadsheet_engine::net::fetch::Fetched::NotModified(_) => {
                        Err(Error::Invalid(Message::new("error-plain-304")))
                    }
                }
            })?;
            (body.bytes, body.content_type, Some(body.final_url))
        } else {
            let bytes = std::fs::read(source).map_err(|e| cannot_read(source, e))?;
            (bytes, None, None)
        };
    let html = broadsheet_engine::feeds::parse::to_utf8(&bytes, content_type.as_deref());
    let base = base_url.or(fetched_from);
    let article = broadsheet_engine::pages::extract::extract(&html, base.as_deref())?;
    emit(global, &article, || {
        let mut head = vec![article.title.clone()];
        head.extend(article.byline.clone());
        head.extend(article.published.clone());
        format!("{}\n\n{}", head.join("\n"), article.text)
    });
    Ok(ExitCode::Ok)
}

fn article_lines(rows: &[ArticleSummary]) -> String {
    rows.iter()
        .map(|a| {
            let mut line = format!(
                "{:>7} {}{} {}\n        {} · {}",
                a.id,
                if a.read { ' ' } else { '•' },
                if a.bookmarked { '★' } else { ' ' },
                a.title,
                a.feed_title,
                format_time(a.published_at)
            );
            // a story's row in a grouped list: its other sources
            if !a.other_sources.is_empty() {
                line.push_str("\n        ");
                line.push_str(&t!(
                    "cli-story-others",
                    count = a.other_sources.len(),
                    sources = a.other_sources.join(", ")
                ));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Bytes as MiB with one decimal, as the catalogs' sizes are given.
fn mib(bytes: i64) -> broadsheet_engine::l10n::Arg {
    broadsheet_engine::l10n::Arg::OneDecimal(bytes as f64 / 1048576.0)
}

fn format_time(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// Columns to wrap an article to: the terminal's, or `COLUMNS`, else 80; at most 100, which
/// reads better than a full-width line.
fn terminal_width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or_else(textwrap::termwidth);
    columns.clamp(20, 100)
}
