//! Plain data that crosses module boundaries: what the store returns and what parsing produces.

use serde::{Deserialize, Serialize};

/// Unix time in seconds.
pub type Timestamp = i64;

pub fn now() -> Timestamp {
    chrono::Utc::now().timestamp()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folder {
    pub id: i64,
    /// The folder it is in (`None`: the top level).
    pub parent_id: Option<i64>,
    pub name: String,
    /// The names from the top, joined by `/` ("News/Asia").
    pub path: String,
    /// 1 at the top level, at most `store::MAX_FOLDER_DEPTH`.
    pub depth: usize,
}

/// A subscription as the sidebar and `broadsheet feeds` show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    pub id: i64,
    pub url: String,
    /// What to show: the user's name for it, else the feed's own title, else the URL.
    pub title: String,
    pub site_url: Option<String>,
    pub folder_id: Option<i64>,
    pub folder: Option<String>,
    pub last_fetched_at: Option<Timestamp>,
    pub next_due_at: Timestamp,
    pub postponed_until: Option<Timestamp>,
    pub consecutive_failures: i64,
    pub last_error: Option<String>,
    pub unread_count: i64,
    pub article_count: i64,
    /// Refresh found the items carry summaries only.
    pub summary_only: bool,
    /// "Download full articles": `None` automatic (on when summary-only), else always / never.
    pub full_text: Option<bool>,
    /// Announce new articles of this feed with a desktop notification.
    pub notify: bool,
    /// Since when it fails (the first failure of the current run), while it does.
    pub failing_since: Option<Timestamp>,
    /// The server said the feed is gone (HTTP 410): not fetched until someone asks.
    pub gone_at: Option<Timestamp>,
    /// The last error as a person reads it ("the server says the feed is gone (HTTP 410)").
    /// Made from `last_error` when read from the store, never read back from JSON.
    #[serde(skip_deserializing)]
    pub problem: Option<crate::l10n::Message>,
    /// The account it belongs to: 1 is "On this computer", others are feed servers.
    #[serde(default = "local_account")]
    pub account_id: i64,
    /// The user name it signs in with, when its server asks for one (the password is in the
    /// credential store: [`crate::secrets`]).
    #[serde(default)]
    pub login_user: Option<String>,
    /// Its own User-Agent: `None` the app's, "browser" a web browser's, else the text given.
    #[serde(default)]
    pub user_agent: Option<String>,
    /// Where its articles open: `None` where the `open_articles` setting says.
    #[serde(default)]
    pub open_in: Option<OpenIn>,
    /// Its web page, shown inside Broadsheet, may run its scripts (apart from the app).
    #[serde(default)]
    pub page_scripts: bool,
    /// Which of its episodes are downloaded after a refresh.
    #[serde(default)]
    pub episode_downloads: EpisodeDownloads,
}

fn local_account() -> i64 {
    crate::model::LOCAL_ACCOUNT
}

/// Where a feed's articles open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenIn {
    /// The reader: the feed's text, or the full article when it is fetched.
    Reader,
    /// The web page, in the system's browser.
    Browser,
    /// The web page inside Broadsheet, in a frame that runs no script.
    Inside,
}

impl OpenIn {
    pub const ALL: [OpenIn; 3] = [OpenIn::Reader, OpenIn::Browser, OpenIn::Inside];

    pub fn as_str(self) -> &'static str {
        match self {
            OpenIn::Reader => "reader",
            OpenIn::Browser => "browser",
            OpenIn::Inside => "inside",
        }
    }

    pub fn parse(s: &str) -> Option<OpenIn> {
        OpenIn::ALL.into_iter().find(|o| o.as_str() == s.trim())
    }
}

/// Which of a feed's episodes are downloaded for listening offline, after each refresh.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EpisodeDownloads {
    /// Only those a person downloads.
    #[default]
    Never,
    /// The newest N episodes.
    Latest(u32),
    /// Every episode that arrives after this was chosen (not the feed's back catalogue).
    Every,
}

impl EpisodeDownloads {
    /// As the `feeds.episode_downloads` column keeps it (migration 0027).
    pub fn to_stored(self) -> i64 {
        match self {
            EpisodeDownloads::Never => 0,
            EpisodeDownloads::Latest(n) => i64::from(n.max(1)),
            EpisodeDownloads::Every => -1,
        }
    }

    pub fn from_stored(n: i64) -> EpisodeDownloads {
        match n {
            0 => EpisodeDownloads::Never,
            n if n < 0 => EpisodeDownloads::Every,
            n => EpisodeDownloads::Latest(u32::try_from(n).unwrap_or(u32::MAX)),
        }
    }

    /// "never", "every" or a number of the latest, as the CLI and OPML say it.
    pub fn parse(s: &str) -> Option<EpisodeDownloads> {
        match s.trim() {
            "never" => Some(EpisodeDownloads::Never),
            "every" | "all" => Some(EpisodeDownloads::Every),
            n => n
                .parse::<u32>()
                .ok()
                .filter(|n| *n > 0)
                .map(EpisodeDownloads::Latest),
        }
    }
}

/// The account of the feeds Broadsheet fetches itself ("On this computer").
pub const LOCAL_ACCOUNT: i64 = 1;

/// A feed's conditional-GET state, as the refresher needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedFetchState {
    pub id: i64,
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Where its sign-in is kept ("keyring" or "file"), when it has one.
    pub login_place: Option<String>,
    pub user_agent: Option<String>,
}

/// An article as parsing produced it, before it is stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewArticle {
    pub guid: String,
    pub url: Option<String>,
    pub title: String,
    pub author: Option<String>,
    pub published_at: Timestamp,
    /// False when the feed gave no usable date and `published_at` is the fetch time.
    pub published_from_feed: bool,
    pub updated_at: Option<Timestamp>,
    pub summary: Option<String>,
    pub content: Option<String>,
    /// Hash of what the feed said (not of defaults filled in), to skip unchanged items.
    pub content_hash: String,
    /// Its sound and video, in the feed's order.
    pub enclosures: Vec<Enclosure>,
}

/// One row of an article list: enough to draw it, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: i64,
    pub feed_id: i64,
    pub feed_title: String,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Timestamp,
    pub excerpt: String,
    pub read: bool,
    pub bookmarked: bool,
    /// The list picture: `None` not made yet, `""` none worth showing, else the hash of the
    /// thumbnail in the image store ([`crate::offline::thumbnails`]).
    #[serde(default)]
    pub thumb: Option<String>,
    /// The offline pass has stored this article's images: a thumbnail can be made.
    #[serde(default)]
    pub images_stored: bool,
    /// The report that leads this article's story (itself when it leads); none when no other
    /// source reports it (`store/stories.rs`).
    #[serde(default)]
    pub story_id: Option<i64>,
    /// In a grouped list, on a story's row: the feeds of its other reports the list holds.
    #[serde(default)]
    pub other_sources: Vec<String>,
}

/// A whole stored article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: i64,
    pub feed_id: i64,
    pub feed_title: String,
    pub guid: String,
    pub url: Option<String>,
    pub title: String,
    pub author: Option<String>,
    pub published_at: Timestamp,
    pub updated_at: Option<Timestamp>,
    pub summary: Option<String>,
    pub content: Option<String>,
    pub read: bool,
    pub read_at: Option<Timestamp>,
    pub bookmarked: bool,
    pub bookmarked_at: Option<Timestamp>,
    /// The readable article from its page (sanitized), when it was fetched.
    pub full_content: Option<String>,
    pub full_byline: Option<String>,
    /// Why fetching the page failed, when it did.
    pub full_error: Option<String>,
    /// A rule keeps it out of every view (search finds it on request).
    pub hidden: bool,
}

/// Which articles a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum View {
    #[default]
    All,
    Unread,
    /// Published since the start of the local day.
    Today,
    Bookmarks,
    Feed(i64),
    Folder(i64),
}

/// A page of an article list: newest first (or oldest first), after or before a row it shows,
/// or `offset` rows in.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ArticleQuery {
    pub view: View,
    pub unread_only: bool,
    pub limit: u32,
    /// The list's order is the oldest first: every position, `after` and `before` count in it.
    #[serde(default)]
    pub oldest_first: bool,
    /// Rows to skip (a virtual list may jump to any position): walked from the nearest
    /// landmark, never from the top.
    #[serde(default)]
    pub offset: u32,
    /// The page right after this row (`published_at`, `id`), whatever came in before it.
    #[serde(default)]
    pub after: Option<(Timestamp, i64)>,
    /// The page right before this row.
    #[serde(default)]
    pub before: Option<(Timestamp, i64)>,
    /// The same story from many sources is one row (the views that group: see
    /// `store::groups`): the lead's, with its other sources named.
    #[serde(default)]
    pub grouped: bool,
}

/// Counts the sidebar's smart views show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SmartCounts {
    pub unread: i64,
    pub today_unread: i64,
    pub bookmarks: i64,
}

/// What one feed's refresh wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct WriteCounts {
    pub new: u32,
    pub updated: u32,
    /// New articles a rule asked to announce.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notify: Vec<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub feeds: i64,
    pub folders: i64,
    pub articles: i64,
    pub unread: i64,
    pub bookmarked: i64,
    pub failing_feeds: i64,
    pub database_bytes: u64,
}

/// Sound or moving pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Audio,
    Video,
}

impl MediaKind {
    /// As the store writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
        }
    }

    /// As the store wrote it (anything else is sound).
    pub fn from_stored(text: &str) -> MediaKind {
        if text == "video" {
            MediaKind::Video
        } else {
            MediaKind::Audio
        }
    }
}

/// One attached episode or clip, as the feed describes it (nothing is fetched to find it):
/// [`crate::feeds::enclosures`] finds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enclosure {
    pub url: String,
    pub kind: MediaKind,
    /// The type the feed declares (lower case), else one guessed from the file's name.
    pub mime: String,
    /// The length the feed declares, in bytes (0 and absurd values are not a length).
    pub bytes: Option<u64>,
    /// The duration the feed declares, in seconds. (feed-rs 2.4 reads `itunes:duration` in
    /// the H:MM:SS and seconds forms; an `M:SS` one comes out as M seconds. The player reads
    /// the file's own length.)
    pub seconds: Option<u64>,
}
