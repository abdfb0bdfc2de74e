//! What the reading view shows for an article: the page's full text when it was fetched,
//! else the feed's; sanitized; every image pointed at its stored copy or removed, so showing
//! an article never touches the network. A quiet note says when the full text is missing.

use std::collections::HashMap;

use serde::Serialize;

use crate::error::Result;
use crate::error::NET_FAILURES;
use crate::feeds::rules::Rule;
use crate::image_address::{media_url, IMAGE_URL_PREFIX};
use crate::l10n::Message;
use crate::model::Timestamp;
use crate::pages::failures::{NOT_THE_ARTICLE, PAGE_FAILURES};
use crate::pages::sanitize::{image_urls, localize_images, sanitize_article};
use crate::Store;

/// Why the reader shows the feed's text: `reader-not-extracted` (the page came, but it is not
/// this article) or `reader-not-loaded`, with the stored failure as `why`. Both made into
/// words when shown, so a change of language changes notes already stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReaderNote {
    pub id: &'static str,
    pub why: Message,
}

/// In English, as logs and tests read it.
impl std::fmt::Display for ReaderNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = self.why.to_string();
        let note = Message::new(self.id).with("why", why);
        write!(f, "{note}")
    }
}

/// An article ready for the reader. A type of its own (not `model::Article`) so raw feed HTML
/// never crosses the IPC bridge.
#[derive(Debug, Clone, Serialize)]
pub struct ReaderView {
    pub id: i64,
    pub feed_id: i64,
    pub feed_title: String,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Timestamp,
    pub read: bool,
    pub bookmarked: bool,
    /// Sanitized, images local: loads nothing from the network.
    pub html: String,
    /// The text is the page's (extracted), not the feed's.
    pub full_text: bool,
    /// Said quietly above the text when the full article could not be loaded.
    pub note: Option<ReaderNote>,
    /// The rule that touched the article, for the meta line (named there with
    /// [`Rule::describe_in`], in the reader's language).
    pub rule: Option<Rule>,
    /// A rule hid it: it is shown because search found it.
    pub hidden: bool,
    /// Where it opens: its feed's choice, else the `open_articles` setting.
    pub open_in: crate::model::OpenIn,
    /// Its feed's web page, shown inside, may run its scripts.
    pub page_scripts: bool,
    /// Its sound and video, in its feed's order.
    pub enclosures: Vec<crate::feeds::enclosures::Enclosure>,
    /// The first of them, as the player plays it.
    pub episode: Option<ReaderEpisode>,
    /// The other sources that report the same story, earliest first ("Also reported by").
    pub other_reports: Vec<crate::model::ArticleSummary>,
}

/// An article's episode in the reader's player.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReaderEpisode {
    pub enclosure: crate::feeds::enclosures::Enclosure,
    /// The downloaded file's address in the app's scheme, when it is kept: the player plays
    /// that, and the enclosure's own address only when it is not (and the network is there).
    pub local_src: Option<String>,
    /// Its size when it is kept.
    pub bytes: Option<u64>,
    /// Where it was left, and whether it was heard to the end.
    pub progress: Option<crate::store::EpisodeProgress>,
}

/// The article `id` as the reader shows it; `image_url` turns a stored image's hash into the
/// address the view loads it from.
pub fn reader_view_with(
    store: &Store,
    id: i64,
    image_url: impl Fn(&str) -> String,
) -> Result<ReaderView> {
    let a = store.article(id)?;
    let feed = store.feed(a.feed_id).ok();
    let base = match &a.url {
        Some(u) => Some(u.clone()),
        None => feed.as_ref().map(|f| f.url.clone()),
    };
    let open_in = match feed.as_ref().and_then(|f| f.open_in) {
        Some(own) => own,
        None => store.settings()?.open_articles,
    };
    let (body, full_text) = match &a.full_content {
        Some(full) => (full.as_str(), true),
        None => (
            a.content.as_deref().or(a.summary.as_deref()).unwrap_or(""),
            false,
        ),
    };
    let clean = sanitize_article(body, base.as_deref());
    let urls = image_urls(&clean);
    let local: HashMap<String, String> = store
        .stored_images(&urls)?
        .into_iter()
        .map(|(url, hash)| (url, image_url(&hash)))
        .collect();
    let note = match (&a.full_error, full_text) {
        (Some(stored), false) => {
            let why = Message::from_stored(stored, &[PAGE_FAILURES, NET_FAILURES], "as-stored");
            // the page came, but what it holds is not this article
            let id = if NOT_THE_ARTICLE.contains(&why.id) {
                "reader-not-extracted"
            } else {
                "reader-not-loaded"
            };
            Some(ReaderNote { id, why })
        }
        _ => None,
    };
    let enclosures = store.enclosures(id)?;
    Ok(ReaderView {
        html: localize_images(&clean, local),
        author: a.author.or(a.full_byline),
        id: a.id,
        feed_id: a.feed_id,
        feed_title: a.feed_title,
        title: a.title,
        url: a.url,
        published_at: a.published_at,
        read: a.read,
        bookmarked: a.bookmarked,
        full_text,
        note,
        rule: store.article_rule(id)?,
        hidden: a.hidden,
        open_in,
        page_scripts: feed.as_ref().is_some_and(|f| f.page_scripts),
        episode: episode_of(store, id, enclosures.first())?,
        enclosures,
        other_reports: store.other_reports(id)?,
    })
}

/// Article `id`'s episode as the player plays it (its first enclosure), if it has one.
pub fn reader_episode(store: &Store, id: i64) -> Result<Option<ReaderEpisode>> {
    episode_of(store, id, store.enclosures(id)?.first())
}

fn episode_of(
    store: &Store,
    id: i64,
    first: Option<&crate::feeds::enclosures::Enclosure>,
) -> Result<Option<ReaderEpisode>> {
    let Some(first) = first else {
        return Ok(None);
    };
    let file = store.episode_file(id, &first.url)?;
    Ok(Some(ReaderEpisode {
        local_src: file.as_ref().map(|_| media_url(id)),
        bytes: file.map(|f| f.bytes),
        progress: store.episode_progress(id, &first.url)?,
        enclosure: first.clone(),
    }))
}

/// The article `id` as the window shows it, images through the app's scheme.
pub fn reader_view(store: &Store, id: i64) -> Result<ReaderView> {
    reader_view_with(store, id, |hash| format!("{IMAGE_URL_PREFIX}{hash}"))
}
