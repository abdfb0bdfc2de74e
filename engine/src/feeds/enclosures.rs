//! An item's sound and video, as feeds attach them: RSS `enclosure`, Media RSS
//! (`media:content`, inside `media:group` or not), Atom `link rel="enclosure"`, JSON Feed
//! `attachments`. Only audio and video, only `http(s)` addresses, each address once, at most
//! [`MAX_PER_ITEM`]; pictures are [`super::picture`]'s. feed-rs keeps a media address only when
//! it is absolute: an RSS enclosure given as a relative address is lost before this sees it.

use feed_rs::model::Entry;
use url::Url;

pub use crate::model::{Enclosure, MediaKind};

/// An item lists at most this many (a feed that lists thousands is not a podcast).
pub const MAX_PER_ITEM: usize = 8;

/// A declared length above this is a mistake, not a size (it is still checked at download).
const MAX_DECLARED_BYTES: u64 = 1 << 50;

/// The audio and video attached to `entry`, in the feed's order.
pub fn enclosures(entry: &Entry, base: Option<&Url>) -> Vec<Enclosure> {
    let mut found: Vec<Enclosure> = Vec::new();
    let mut add = |href: &str, declared: Option<&str>, bytes: Option<u64>, seconds: Option<u64>| {
        if found.len() >= MAX_PER_ITEM {
            return;
        }
        let Some(url) = super::parse::resolve(base, href) else {
            return;
        };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return;
        }
        let Some((kind, mime)) = kind_of(declared, &url) else {
            return;
        };
        if found.iter().any(|e| e.url == url) {
            return;
        }
        found.push(Enclosure {
            url,
            kind,
            mime,
            bytes: bytes.filter(|&b| b > 0 && b < MAX_DECLARED_BYTES),
            seconds: seconds.filter(|&s| s > 0),
        });
    };
    for object in &entry.media {
        let object_seconds = object.duration.map(|d| d.as_secs());
        for content in &object.content {
            let Some(url) = &content.url else { continue };
            let declared = content.content_type.as_ref().map(|t| t.to_string());
            let seconds = content.duration.map(|d| d.as_secs()).or(object_seconds);
            add(url.as_str(), declared.as_deref(), content.size, seconds);
        }
    }
    // Atom's rel="enclosure", and JSON Feed's attachments (links with a type and no rel)
    for link in &entry.links {
        let enclosure = match link.rel.as_deref() {
            Some(rel) => rel.eq_ignore_ascii_case("enclosure"),
            None => link.media_type.is_some(),
        };
        if enclosure {
            add(&link.href, link.media_type.as_deref(), link.length, None);
        }
    }
    found
}

/// Audio or video, by the declared type, else by the file's name; with the type to keep.
fn kind_of(declared: Option<&str>, url: &str) -> Option<(MediaKind, String)> {
    let declared = declared
        .map(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|t| !t.is_empty());
    if let Some(mime) = declared {
        let kind = if mime.starts_with("audio/") {
            MediaKind::Audio
        } else if mime.starts_with("video/") {
            MediaKind::Video
        } else if mime == "application/ogg" {
            MediaKind::Audio
        } else if mime == "application/octet-stream" || mime == "binary/octet-stream" {
            return guess_from_name(url);
        } else {
            return None;
        };
        return Some((kind, mime));
    }
    guess_from_name(url)
}

fn guess_from_name(url: &str) -> Option<(MediaKind, String)> {
    let path = Url::parse(url).ok()?.path().to_ascii_lowercase();
    let extension = path.rsplit_once('.')?.1;
    let (kind, mime) = match extension {
        "mp3" => (MediaKind::Audio, "audio/mpeg"),
        "m4a" | "aac" => (MediaKind::Audio, "audio/mp4"),
        "ogg" | "oga" => (MediaKind::Audio, "audio/ogg"),
        "opus" => (MediaKind::Audio, "audio/opus"),
        "wav" => (MediaKind::Audio, "audio/wav"),
        "flac" => (MediaKind::Audio, "audio/flac"),
        "mp4" | "m4v" => (MediaKind::Video, "video/mp4"),
        "webm" => (MediaKind::Video, "video/webm"),
        "mov" => (MediaKind::Video, "video/quicktime"),
        _ => return None,
    };
    Some((kind, mime.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(body: &[u8]) -> Vec<Entry> {
        feed_rs::parser::parse(body).expect("parses").entries
    }

    fn urls(e: &Entry) -> Vec<(String, MediaKind, Option<u64>, Option<u64>)> {
        let base = Url::parse("https://radio.example/feed").ok();
        enclosures(e, base.as_ref())
            .into_iter()
            .map(|e| (e.url, e.kind, e.bytes, e.seconds))
            .collect()
    }

    #[test]
    fn rss_enclosures_and_media_rss_with_durations() {
        let rss = br#"<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>R</title>
<item><title>Bulletin</title><guid>1</guid>
  <enclosure url="https://radio.example/b1.mp3" length="4200000" type="audio/mpeg"/>
  <itunes:duration>00:04:30</itunes:duration></item>
<item><title>Group</title><guid>2</guid>
  <media:group>
    <media:content url="https://radio.example/v.mp4" type="video/mp4" fileSize="9000" duration="61"/>
    <media:content url="https://radio.example/v.webm" type="video/webm"/>
  </media:group>
  <media:content url="https://radio.example/pic.jpg" type="image/jpeg"/></item>
<item><title>Odd</title><guid>3</guid>
  <enclosure url="https://radio.example/show.m4a?token=1" length="0" type=""/>
  <enclosure url="/relative/show.mp3" type="audio/mpeg"/>
  <enclosure url="javascript:alert(1)" type="audio/mpeg"/>
  <enclosure url="ftp://radio.example/x.mp3" type="audio/mpeg"/>
  <enclosure url="https://radio.example/doc.pdf" type="application/pdf"/>
  <enclosure url="https://radio.example/b1.mp3" type="audio/mpeg"/></item>
</channel></rss>"#;
        let items = entries(rss);
        assert_eq!(
            urls(&items[0]),
            [(
                "https://radio.example/b1.mp3".into(),
                MediaKind::Audio,
                Some(4_200_000),
                Some(270)
            )]
        );
        assert_eq!(
            urls(&items[1]),
            [
                (
                    "https://radio.example/v.mp4".into(),
                    MediaKind::Video,
                    Some(9000),
                    Some(61)
                ),
                (
                    "https://radio.example/v.webm".into(),
                    MediaKind::Video,
                    None,
                    None
                ),
            ]
        );
        // no type: guessed from its name; a 0 length is no length. Other schemes, documents,
        // repeats, and (feed-rs keeps only absolute addresses) a relative address: not
        let odd = urls(&items[2]);
        assert_eq!(odd.len(), 2, "{odd:?}");
        assert_eq!(
            odd[0],
            (
                "https://radio.example/show.m4a?token=1".into(),
                MediaKind::Audio,
                None,
                None
            )
        );
        assert_eq!(odd[1].0, "https://radio.example/b1.mp3");
    }

    #[test]
    fn atom_enclosure_links_and_json_feed_attachments() {
        let atom = br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>a</id><updated>2024-04-16T00:00:00Z</updated>
<entry><id>1</id><title>E</title><updated>2024-04-16T00:00:00Z</updated>
  <link rel="alternate" href="https://radio.example/e1"/>
  <link rel="enclosure" type="audio/ogg" length="1234" href="https://radio.example/e1.ogg"/>
</entry></feed>"#;
        assert_eq!(
            urls(&entries(atom)[0]),
            [(
                "https://radio.example/e1.ogg".into(),
                MediaKind::Audio,
                Some(1234),
                None
            )]
        );
        let json = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
  {"id": "1", "url": "https://radio.example/j1", "content_text": "t",
   "attachments": [{"url": "https://radio.example/j1.m4a", "mime_type": "audio/x-m4a", "size_in_bytes": 77},
                   {"url": "https://radio.example/j1.txt", "mime_type": "text/plain"}]}]}"#;
        let found = enclosures(&entries(json)[0], None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mime, "audio/x-m4a");
        assert_eq!(found[0].bytes, Some(77));
    }

    #[test]
    fn an_item_lists_at_most_a_few() {
        let items: String = (0..50)
            .map(|n| {
                format!(r#"<enclosure url="https://radio.example/{n}.mp3" type="audio/mpeg"/>"#)
            })
            .collect();
        let rss = format!(
            r#"<rss version="2.0"><channel><title>R</title><item><guid>1</guid>{items}</item></channel></rss>"#
        );
        assert_eq!(
            enclosures(&entries(rss.as_bytes())[0], None).len(),
            MAX_PER_ITEM
        );
    }
}
