//! `broadsheet episodes [--feed ID] [--downloaded]`: the sound and video feeds attach to their
//! items, newest first (one line per episode: article id, date, kind, length, feed and title;
//! its address under it, and its file's size when downloaded), as the Listen view will list
//! them. `broadsheet download ID`: an episode downloaded for listening offline.
//! `broadsheet episode-downloads FEED never|every|N`: which of a feed's episodes the pass after
//! each refresh downloads.

use broadsheet_engine::feeds::enclosures::{Enclosure, MediaKind};
use broadsheet_engine::l10n::{Arg, Message};
use broadsheet_engine::model::{now, EpisodeDownloads};
use broadsheet_engine::net::fetch::Fetcher;
use broadsheet_engine::offline::episodes::{download_episode, episodes_dir, EpisodeLimits};
use broadsheet_engine::store::EpisodeQuery;
use broadsheet_engine::{text, Error, Store};

use super::common::{data_dir_of, emit, runtime, ExitCode, Global};
use super::l10n::t;

/// How many episodes are listed.
const LISTED: u32 = 200;

pub fn list(
    global: &Global,
    store: &Store,
    feed: Option<i64>,
    downloaded: bool,
) -> Result<ExitCode, Error> {
    if let Some(id) = feed {
        store.feed(id)?;
    }
    let episodes = store.episodes(
        EpisodeQuery {
            feed_id: feed,
            downloaded_only: downloaded,
            unplayed_only: false,
        },
        LISTED,
    )?;
    emit(global, &episodes, || {
        if episodes.is_empty() {
            return t!("cli-episodes-none");
        }
        let mut lines = Vec::new();
        for e in &episodes {
            let (kind, length) = kind_and_length(&e.enclosure);
            lines.push(format!(
                "{:>6}  {}  {kind} {length:>8}  {}: {}",
                e.article_id,
                text::local_date(e.published_at),
                e.feed_title,
                e.title
            ));
            lines.push(format!("        {}", e.enclosure.url));
            if e.progress.is_some_and(|p| p.played_at.is_some()) {
                lines.push(format!("        {}", t!("cli-episode-played")));
            }
            if let Some(file) = &e.file {
                lines.push(format!(
                    "        {}",
                    t!("cli-episode-downloaded", megabytes = megabytes(file.bytes))
                ));
            }
        }
        lines.join("\n")
    });
    Ok(ExitCode::Ok)
}

/// `broadsheet download ID`: article ID's episode downloaded (or found kept), and where.
pub fn download(
    global: &Global,
    store: &Store,
    fetcher: &Fetcher,
    id: i64,
) -> Result<ExitCode, Error> {
    let data_dir = data_dir_of(store);
    let limits = EpisodeLimits::of(&store.settings()?);
    let file = runtime()?.block_on(download_episode(
        store,
        fetcher,
        &data_dir,
        id,
        limits,
        |_, _| {},
    ))?;
    let path = episodes_dir(&data_dir).join(&file.file);
    emit(
        global,
        &serde_json::json!({ "file": file, "path": path }),
        || {
            t!(
                "cli-episode-saved",
                megabytes = megabytes(file.bytes),
                path = path.display().to_string()
            )
        },
    );
    Ok(ExitCode::Ok)
}

/// `broadsheet episode-downloads FEED CHOICE`: "never", "every" (new one) or the latest N.
pub fn set_downloads(
    global: &Global,
    store: &Store,
    feed_id: i64,
    choice: &str,
) -> Result<ExitCode, Error> {
    let downloads = EpisodeDownloads::parse(choice).ok_or_else(|| {
        Error::Invalid(
            Message::new("error-setting-choice")
                .with("key", "episode-downloads")
                .with("value", choice)
                .with("choices", "never, every, 1, 2, 3…"),
        )
    })?;
    store.set_feed_episode_downloads(feed_id, downloads, now())?;
    let feed = store.feed(feed_id)?;
    emit(global, &feed, || match feed.episode_downloads {
        EpisodeDownloads::Never => t!("cli-episode-downloads-never", feed = feed_id),
        EpisodeDownloads::Every => t!("cli-episode-downloads-every", feed = feed_id),
        EpisodeDownloads::Latest(count) => {
            t!(
                "cli-episode-downloads-latest",
                feed = feed_id,
                count = count
            )
        }
    });
    Ok(ExitCode::Ok)
}

/// Bytes in megabytes (10^6) with one decimal, as the settings count them (in the reader's
/// digits).
fn megabytes(bytes: u64) -> Arg {
    Arg::OneDecimal(bytes as f64 / 1e6)
}

/// An article's sound and video under its text in `read`: a blank line, then one line each.
pub fn lines(enclosures: &[Enclosure]) -> String {
    if enclosures.is_empty() {
        return String::new();
    }
    let lines: Vec<String> = enclosures
        .iter()
        .map(|e| {
            let (kind, length) = kind_and_length(e);
            format!("{kind} {length}  {}", e.url)
        })
        .collect();
    format!("\n\n{}", lines.join("\n"))
}

/// "audio" or "video" in the reader's language, and the declared length as a clock.
fn kind_and_length(e: &Enclosure) -> (String, String) {
    let kind = match e.kind {
        MediaKind::Audio => t!("cli-episode-audio"),
        MediaKind::Video => t!("cli-episode-video"),
    };
    (kind, e.seconds.map(clock).unwrap_or_default())
}

/// Seconds as a clock reads them: `4:30`, `1:02:03`.
fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lengths_read_as_a_clock() {
        assert_eq!(super::clock(270), "4:30");
        assert_eq!(super::clock(3723), "1:02:03");
        assert_eq!(super::clock(5), "0:05");
    }
}
