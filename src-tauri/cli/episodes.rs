//! `broadsheet episodes [--feed ID]`: the sound and video feeds attach to their items, newest
//! first (one line per episode: article id, date, kind, length, feed and title; its address
//! under it), as the Listen view will list them.

use broadsheet_engine::feeds::enclosures::{Enclosure, MediaKind};
use broadsheet_engine::{text, Error, Store};

use super::common::{emit, ExitCode, Global};
use super::l10n::t;

/// How many episodes are listed.
const LISTED: u32 = 200;

pub fn list(global: &Global, store: &Store, feed: Option<i64>) -> Result<ExitCode, Error> {
    if let Some(id) = feed {
        store.feed(id)?;
    }
    let episodes = store.episodes(feed, LISTED)?;
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
        }
        lines.join("\n")
    });
    Ok(ExitCode::Ok)
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
