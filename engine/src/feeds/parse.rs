//! Bytes from the network to normalized articles: charset detection (BOM, HTTP header, XML
//! prolog), feed-rs for RSS 0.9x/1.0/2.0, Atom and JSON Feed, then our rules for identity,
//! dates and links.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Text};
use sha2::{Digest, Sha256};
use url::Url;

use crate::error::{Error, Result};
use crate::model::{NewArticle, Timestamp};
use crate::text::{fold_whitespace, html_to_text};

/// What a failed parse says when the address sent a web page (a feed that became a site).
pub const NOT_A_FEED_BUT_A_PAGE: &str = "the address returns a web page, not a feed";

/// A date this far past the fetch time is a lie: the fetch time is used instead.
const FUTURE_SLACK_SECS: i64 = 24 * 3600;

/// A feed as we store it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedFeed {
    pub title: String,
    pub site_url: Option<String>,
    pub articles: Vec<NewArticle>,
    /// The items carry summaries, not whole articles: the reader fetches their pages.
    pub summary_only: bool,
}

/// Below this many characters of text an item is a summary, not an article.
const SUMMARY_CHARS: usize = 500;

/// True when most items that link to a page carry only a short text (under `SUMMARY_CHARS`
/// characters in their content and in their description alike) and none carries a long
/// content: a feed that sends whole articles in `content:encoded` or Atom `content` may send a
/// short brief among them, but one whose every content is short sends teasers.
pub fn looks_summary_only(articles: &[NewArticle]) -> bool {
    let mut linked = 0;
    let mut short = 0;
    for a in articles.iter().filter(|a| a.url.is_some()) {
        if a.content.is_some() && !is_short(a.content.as_deref()) {
            return false;
        }
        linked += 1;
        if is_short(a.content.as_deref()) && is_short(a.summary.as_deref()) {
            short += 1;
        }
    }
    linked > 0 && short * 2 > linked
}

/// Whether an item's HTML holds under [`SUMMARY_CHARS`] characters of text.
fn is_short(html: Option<&str>) -> bool {
    let html = html.unwrap_or("").trim();
    // markup makes HTML longer than its text: a short string is short text
    html.len() < SUMMARY_CHARS
        || (html.len() < 8 * SUMMARY_CHARS && html_to_text(html).chars().count() < SUMMARY_CHARS)
}

/// True when most items carry a sound or a video (a podcast, a video channel): their pages
/// are show notes around a player, not articles to fetch.
fn mostly_episodes(entries: &[Entry]) -> bool {
    let episodes = entries
        .iter()
        .filter(|e| {
            e.media.iter().flat_map(|m| &m.content).any(|c| {
                c.content_type.as_ref().is_some_and(|t| {
                    let t = t.to_string().to_ascii_lowercase();
                    t.starts_with("audio/") || t.starts_with("video/")
                })
            })
        })
        .count();
    episodes * 2 > entries.len()
}

/// Parses a feed body. `content_type` is the HTTP header (for its charset), `base` the URL the
/// body came from (relative links resolve against it), `now` the fetch time.
pub fn parse_feed(
    body: &[u8],
    content_type: Option<&str>,
    base: &str,
    now: Timestamp,
) -> Result<ParsedFeed> {
    let utf8 = to_utf8(body, content_type);
    let utf8 = upgrade_atom03(utf8);
    let utf8 = give_rss_a_version(utf8);
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(base))
        // no invented ids: we decide identity ourselves (guid, else link, else content hash)
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(crate::feeds::feed_date::parse_feed_date)
        .build();
    let feed = parser.parse(utf8.as_bytes()).map_err(|e| {
        let start = utf8.trim_start_matches('\u{feff}').trim_start();
        let head = start
            .get(..start.len().min(512))
            .unwrap_or(start)
            .to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            Error::Parse(NOT_A_FEED_BUT_A_PAGE.into())
        } else if start.starts_with('<') || start.starts_with('{') {
            Error::Parse(e.to_string())
        } else {
            Error::Parse(
                "the address sent something that is not a feed (neither XML nor JSON)".into(),
            )
        }
    })?;
    let base_url = Url::parse(base).ok();
    let site_url = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .and_then(|l| resolve(base_url.as_ref(), &l.href));
    let mut seen = std::collections::HashSet::new();
    let mut articles = Vec::with_capacity(feed.entries.len());
    for entry in &feed.entries {
        let article = normalize_entry(entry, base_url.as_ref(), now);
        // the same identity twice in one document: the first wins
        if seen.insert(article.guid.clone()) {
            articles.push(article);
        }
    }
    Ok(ParsedFeed {
        title: feed.title.as_ref().map(text_of).unwrap_or_default(),
        site_url,
        summary_only: looks_summary_only(&articles) && !mostly_episodes(&feed.entries),
        articles,
    })
}

fn normalize_entry(entry: &Entry, base: Option<&Url>, now: Timestamp) -> NewArticle {
    let title = entry.title.as_ref().map(text_of).unwrap_or_default();
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .and_then(|l| resolve(base, &l.href));
    let author = {
        let names: Vec<&str> = entry
            .authors
            .iter()
            .map(|p| p.name.trim())
            .filter(|n| !n.is_empty())
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let summary = entry
        .summary
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|s| !s.is_empty());
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(|b| b.trim().to_string())
        .filter(|s| !s.is_empty());
    let source_date = entry.published.or(entry.updated);
    let updated_at = entry
        .updated
        .map(|d| d.timestamp())
        .filter(|&t| plausible(t, now));
    let (published_at, published_from_feed) = match source_date.map(|d| d.timestamp()) {
        Some(t) if plausible(t, now) => (t, true),
        _ => (now, false),
    };
    let enclosures = super::enclosures::enclosures(entry, base);
    // an item's enclosures join its hash only when it has some: the hash of every other item
    // stays what it was before enclosures were kept (and a podcast's items are written again
    // once, with them)
    let enclosure_urls: String = enclosures.iter().map(|e| format!("\n{}", e.url)).collect();
    let source_date_text = source_date
        .map(|d: DateTime<Utc>| d.to_rfc3339())
        .unwrap_or_default();
    let updated_text = entry.updated.map(|d| d.to_rfc3339()).unwrap_or_default();
    let mut hashed: Vec<&str> = vec![
        &title,
        url.as_deref().unwrap_or(""),
        author.as_deref().unwrap_or(""),
        &source_date_text,
        &updated_text,
        summary.as_deref().unwrap_or(""),
        content.as_deref().unwrap_or(""),
    ];
    if !enclosure_urls.is_empty() {
        hashed.push(&enclosure_urls);
    }
    let content_hash = hash_of(&hashed);
    let guid = if !entry.id.trim().is_empty() {
        entry.id.trim().to_string()
    } else if let Some(url) = &url {
        url.clone()
    } else {
        format!(
            "hash:{}",
            hash_of(&[
                &title,
                &source_date.map(|d| d.to_rfc3339()).unwrap_or_default(),
                content.as_deref().or(summary.as_deref()).unwrap_or(""),
            ])
        )
    };
    // (after the hash: the item is the same item whatever picture it is given)
    let (summary, content) = super::picture::with_feed_picture(
        summary,
        content,
        super::picture::feed_picture(entry, base),
    );
    NewArticle {
        guid,
        url,
        title,
        author,
        published_at,
        published_from_feed,
        updated_at,
        summary,
        content,
        content_hash,
        enclosures,
    }
}

fn plausible(t: Timestamp, now: Timestamp) -> bool {
    t > 0 && t <= now + FUTURE_SLACK_SECS
}

/// Atom 0.3 (which feed-rs does not read) as Atom 1.0: its namespace and renamed elements.
fn upgrade_atom03(text: Cow<'_, str>) -> Cow<'_, str> {
    const ATOM03_NS: &str = "http://purl.org/atom/ns#";
    if !text.contains(ATOM03_NS) {
        return text;
    }
    let mut out = text.replace(ATOM03_NS, "http://www.w3.org/2005/Atom");
    for (old, new) in [
        ("issued>", "published>"),
        ("modified>", "updated>"),
        ("tagline>", "subtitle>"),
        ("copyright>", "rights>"),
    ] {
        out = out
            .replace(&format!("<{old}"), &format!("<{new}"))
            .replace(&format!("</{old}"), &format!("</{new}"));
    }
    // 0.3 names a text construct's kind by MIME type; 1.0 by a word (feed-rs refuses the
    // MIME form in titles and content)
    for (quote, old, new) in [
        ('"', "application/xhtml+xml", "xhtml"),
        ('"', "text/html", "html"),
        ('"', "text/plain", "text"),
        ('\'', "application/xhtml+xml", "xhtml"),
        ('\'', "text/html", "html"),
        ('\'', "text/plain", "text"),
    ] {
        out = out.replace(
            &format!("type={quote}{old}{quote}"),
            &format!("type={quote}{new}{quote}"),
        );
    }
    Cow::Owned(out)
}

/// `<rss>` without its `version` attribute (feeds written by hand, old tools) is read as RSS
/// 2.0, as other readers do; feed-rs refuses it otherwise.
fn give_rss_a_version(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some(at) = root_element_at(&text) else {
        return text;
    };
    let root = &text[at..];
    let is_rss = root.starts_with("<rss")
        && root[4..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>');
    let tag = &root[..root.find('>').unwrap_or(root.len())];
    if !is_rss || tag.contains("version") {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..at + 4]);
    out.push_str(" version=\"2.0\"");
    out.push_str(&text[at + 4..]);
    Cow::Owned(out)
}

/// Where the document's root element starts: after the XML declaration, comments, processing
/// instructions and a doctype.
fn root_element_at(text: &str) -> Option<usize> {
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        at += rest.len() - trimmed.len();
        let skip = if trimmed.starts_with("<!--") {
            trimmed.find("-->")? + 3
        } else if trimmed.starts_with("<?") {
            trimmed.find("?>")? + 2
        } else if trimmed.starts_with("<!") {
            trimmed.find('>')? + 1
        } else if trimmed.starts_with('<') {
            return Some(at);
        } else {
            return None;
        };
        at += skip;
    }
}

/// Titles are shown as plain text: markup dropped, entities decoded, white space folded.
fn text_of(t: &Text) -> String {
    if t.content_type.subty() == "html" || t.content.contains('<') || t.content.contains('&') {
        html_to_text(&t.content)
    } else {
        fold_whitespace(&t.content)
    }
}

/// An absolute http(s) URL for `href`, resolved against `base`; anything else is dropped.
pub(super) fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    let href = href.trim();
    let url = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

pub(crate) fn hash_of(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    // hex by hand: a `format!` per byte was a twentieth of a big refresh's parsing
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(32);
    for b in &h.finalize()[..16] {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// The body as UTF-8, whatever it was sent in. A byte-order mark wins, then the HTTP charset,
/// then the XML prolog's encoding; the prolog is rewritten to say UTF-8 so the parser agrees.
pub fn to_utf8<'a>(body: &'a [u8], content_type: Option<&str>) -> Cow<'a, str> {
    let (encoding, bom_len) = encoding_rs::Encoding::for_bom(body)
        .or_else(|| charset_from_content_type(content_type).map(|e| (e, 0)))
        .or_else(|| charset_from_prolog(body).map(|e| (e, 0)))
        .unwrap_or_else(|| (undeclared_encoding(body), 0));
    let (text, _) = encoding.decode_without_bom_handling(&body[bom_len..]);
    if encoding == encoding_rs::UTF_8 {
        if let Some(rewritten) = rewrite_prolog_encoding(&text) {
            return Cow::Owned(rewritten);
        }
        return text;
    }
    Cow::Owned(rewrite_prolog_encoding(&text).unwrap_or_else(|| text.into_owned()))
}

/// Bytes that name no encoding: UTF-8 when they are UTF-8, else what a browser would guess
/// from them (chardetng: Latin-1/Windows-1252, KOI8-R, Shift_JIS, ... of old feeds that never
/// declared theirs).
fn undeclared_encoding(body: &[u8]) -> &'static encoding_rs::Encoding {
    if std::str::from_utf8(body).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    // a guess needs a sample, not the whole body
    detector.feed(&body[..body.len().min(64 * 1024)], body.len() <= 64 * 1024);
    detector.guess(None, true)
}

fn charset_from_content_type(ct: Option<&str>) -> Option<&'static encoding_rs::Encoding> {
    let ct = ct?.to_ascii_lowercase();
    let at = ct.find("charset=")?;
    let label = ct[at + 8..]
        .split(';')
        .next()?
        .trim()
        .trim_matches(['"', '\'']);
    encoding_rs::Encoding::for_label(label.as_bytes())
}

fn charset_from_prolog(body: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &body[..body.len().min(512)];
    let head = String::from_utf8_lossy(head);
    let decl = head.trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let label = &rest[1..][..rest[1..].find(quote)?];
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// `<?xml ... encoding="X"?>` with X replaced by UTF-8; `None` when there is nothing to change.
fn rewrite_prolog_encoding(text: &str) -> Option<String> {
    let start = text.find("<?xml")?;
    if !text[..start].trim().is_empty() {
        return None;
    }
    let end = start + text[start..].find("?>")?;
    let decl = &text[start..end];
    let at = decl.find("encoding")?;
    let rest = &decl[at..];
    let q1 = rest.find(['"', '\''])?;
    let quote = rest.as_bytes()[q1] as char;
    let q2 = q1 + 1 + rest[q1 + 1..].find(quote)?;
    let label = &rest[q1 + 1..q2];
    if label.eq_ignore_ascii_case("utf-8") {
        return None;
    }
    let from = start + at + q1 + 1;
    let to = start + at + q2;
    Some(format!("{}UTF-8{}", &text[..from], &text[to..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_without_sound_hashes_as_before_enclosures_were_kept_and_one_with_it_does_not() {
        let item = |extra: &str| {
            rss(&format!(
                "<item><title>a</title><link>/1</link><description>d</description>{extra}</item>"
            ))
        };
        let plain = parse_feed(item("").as_bytes(), None, "http://site.example/", NOW).unwrap();
        // the parts and their order the hash had before (an item stored then is not rewritten)
        let before = hash_of(&["a", "http://site.example/1", "", "", "", "d", ""]);
        assert_eq!(plain.articles[0].content_hash, before);
        let audio = r#"<enclosure url="http://site.example/e1.mp3" type="audio/mpeg"/>"#;
        let podcast =
            parse_feed(item(audio).as_bytes(), None, "http://site.example/", NOW).unwrap();
        assert_ne!(podcast.articles[0].content_hash, before);
        assert_eq!(podcast.articles[0].enclosures.len(), 1);
    }

    const NOW: Timestamp = 1_800_000_000;

    #[test]
    fn a_content_hash_is_the_same_as_stores_already_hold() {
        // stored hashes decide whether an item changed: the text of a hash must never move
        // (the value is the first 16 bytes of SHA-256 over the parts, each ended by a NUL)
        assert_eq!(
            hash_of(&["Kabul", "", "\u{62e}\u{627}\u{645}\u{647}"]),
            "8e80c5b6be96dcbb0c2eba08ca13474b"
        );
        let mut h = Sha256::new();
        for p in ["a", "b"] {
            h.update(p.as_bytes());
            h.update([0u8]);
        }
        let spelled: String = h.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash_of(&["a", "b"]), spelled);
    }

    fn rss(items: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://site.example/</link>{items}</channel></rss>"#
        )
    }

    #[test]
    fn garbage_is_called_what_it_is() {
        let err = parse_feed(b"\x08\x93\xff random bytes", None, "http://x/", NOW).unwrap_err();
        assert_eq!(
            err.to_string(),
            "could not read the feed: the address sent something that is not a feed (neither XML nor JSON)"
        );
        let err = parse_feed(
            b"\n<!DOCTYPE html><html><head><title>Site</title></head><body></body></html>",
            Some("text/html"),
            "http://x/",
            NOW,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "could not read the feed: the address returns a web page, not a feed"
        );
        let err = parse_feed(b"<rss><channel><item>", None, "http://x/", NOW).unwrap_err();
        assert!(
            !err.to_string().contains("not a feed"),
            "a broken feed is still a feed: {err}"
        );
    }

    #[test]
    fn summary_only_feeds_are_told_from_full_text_ones() {
        let seed = |name: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/seed-story")
                .join(name);
            let body = std::fs::read(path).unwrap();
            parse_feed(&body, None, "http://127.0.0.1/feed.xml", NOW).unwrap()
        };
        assert!(seed("feed-summary-only.xml").summary_only);
        assert!(!seed("feed.xml").summary_only);
        // items with no link cannot be fetched, so they never make a feed summary-only
        let no_links = rss("<item><title>a</title><description>short</description></item>");
        let f = parse_feed(no_links.as_bytes(), None, "http://site.example/", NOW).unwrap();
        assert!(!f.summary_only);
        let long = "word ".repeat(200);
        let full = rss(&format!(
            "<item><title>a</title><link>/1</link><description>{long}</description></item>"
        ));
        let f = parse_feed(full.as_bytes(), None, "http://site.example/", NOW).unwrap();
        assert!(!f.summary_only, "a long description is the article");
        // a content:encoded that is only a teaser, in every item, is a summary
        let teaser = "<content:encoded><![CDATA[<p>A figure and two lines of teaser.</p>]]></content:encoded>";
        let teasers = format!(
            r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><title>a</title><link>/1</link>{teaser}</item><item><title>b</title><link>/2</link>{teaser}</item></channel></rss>"#
        );
        let f = parse_feed(teasers.as_bytes(), None, "http://site.example/", NOW).unwrap();
        assert!(f.summary_only, "short contents are teasers");
        // a podcast: short notes beside a sound, and its pages are players, not articles
        let episodes = rss(
            r#"<item><title>Episode 1</title><link>/e1</link><description>This week: the news.</description>
               <enclosure url="http://site.example/e1.mp3" length="1000" type="audio/mpeg"/></item>
               <item><title>Episode 2</title><link>/e2</link><description>Guests and mail.</description>
               <enclosure url="http://site.example/e2.mp3" length="1000" type="audio/mpeg"/></item>"#,
        );
        let f = parse_feed(episodes.as_bytes(), None, "http://site.example/", NOW).unwrap();
        assert!(!f.summary_only, "episode pages are not fetched as articles");
    }

    #[test]
    fn identity_is_guid_then_link_then_hash() {
        let body = rss(
            "<item><title>a</title><guid>g1</guid><link>http://x/1</link></item>
             <item><title>b</title><link>/2</link></item>
             <item><title>c</title><description>only words</description></item>",
        );
        let f = parse_feed(body.as_bytes(), None, "http://site.example/feed", NOW).unwrap();
        assert_eq!(f.articles[0].guid, "g1");
        assert_eq!(f.articles[1].guid, "http://site.example/2");
        assert!(f.articles[2].guid.starts_with("hash:"));
        let again =
            parse_feed(body.as_bytes(), None, "http://site.example/feed", NOW + 99).unwrap();
        assert_eq!(
            again.articles[2].guid, f.articles[2].guid,
            "hash identity is stable"
        );
        assert_eq!(again.articles[2].content_hash, f.articles[2].content_hash);
    }

    #[test]
    fn relative_links_resolve_against_the_feed_url() {
        let body = rss("<item><title>a</title><link>news/1.html</link></item>");
        let f = parse_feed(body.as_bytes(), None, "http://h.example/dir/feed.xml", NOW).unwrap();
        assert_eq!(
            f.articles[0].url.as_deref(),
            Some("http://h.example/dir/news/1.html")
        );
    }

    #[test]
    fn missing_and_future_dates_become_the_fetch_time() {
        let body = rss("<item><guid>1</guid><pubDate>not a date</pubDate></item>
             <item><guid>2</guid><pubDate>Fri, 01 Jan 9999 00:00:00 GMT</pubDate></item>
             <item><guid>3</guid></item>
             <item><guid>4</guid><pubDate>Tue, 16 Apr 2024 09:30:00 +0000</pubDate></item>");
        let f = parse_feed(body.as_bytes(), None, "http://h/", NOW).unwrap();
        for a in &f.articles[..3] {
            assert_eq!(a.published_at, NOW, "{}", a.guid);
            assert!(!a.published_from_feed);
        }
        assert_eq!(f.articles[3].published_at, 1_713_259_800);
        assert!(f.articles[3].published_from_feed);
    }

    #[test]
    fn duplicate_guids_in_one_document_keep_the_first() {
        let body = rss("<item><title>one</title><guid>same</guid></item><item><title>two</title><guid>same</guid></item>");
        let f = parse_feed(body.as_bytes(), None, "http://h/", NOW).unwrap();
        assert_eq!(f.articles.len(), 1);
        assert_eq!(f.articles[0].title, "one");
    }

    #[test]
    fn titles_are_plain_text() {
        let body = rss("<item><guid>1</guid><title>&lt;img src=x onerror=alert(1)&gt;Title &amp;amp; more</title></item>");
        let f = parse_feed(body.as_bytes(), None, "http://h/", NOW).unwrap();
        assert_eq!(f.articles[0].title, "Title & more");
    }

    #[test]
    fn charset_from_prolog_and_header() {
        let latin1: Vec<u8> = [
            &b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf"[..],
            &[0xE9],
            b"</title></channel></rss>",
        ]
        .concat();
        let f = parse_feed(&latin1, None, "http://h/", NOW).unwrap();
        assert_eq!(f.title, "Café");
        // no prolog encoding: the HTTP header says windows-1251
        let cyr: Vec<u8> = [
            &b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>"[..],
            &[0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8],
            b"</title></channel></rss>",
        ]
        .concat();
        let f = parse_feed(
            &cyr,
            Some("application/rss+xml; charset=windows-1251"),
            "http://h/",
            NOW,
        )
        .unwrap();
        assert_eq!(f.title, "Новости");
    }

    /// Old feeds that name no encoding anywhere (no BOM, no header charset, no prolog
    /// encoding) and are not UTF-8: the encoding is guessed from the bytes, as browsers do.
    #[test]
    fn undeclared_encodings_are_detected() {
        let cases: [(&'static encoding_rs::Encoding, &str, &str); 4] = [
            (
                encoding_rs::WINDOWS_1252,
                "Notícias: governo anuncia reforma – “ação” já",
                "A população será ouvida sobre a educação e a saúde pública; o ministro não comentou.",
            ),
            (
                encoding_rs::WINDOWS_1252, // what ISO-8859-1 means on the web
                "Größere Änderungen für Bürger in München",
                "Die Straßenbahn fährt künftig öfter; die Übergänge werden überprüft und ergänzt.",
            ),
            (
                encoding_rs::KOI8_R,
                "Новости дня: правительство объявило реформу",
                "Министр сообщил, что изменения коснутся школ и больниц в ближайшие месяцы.",
            ),
            (
                encoding_rs::SHIFT_JIS,
                "東京で新しい図書館が開館しました",
                "市民の皆さんは本を無料で借りることができます。開館時間は午前九時からです。",
            ),
        ];
        for (encoding, title, text) in cases {
            let xml = format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title>\
                 <item><guid>1</guid><title>{title}</title><description>{text}</description></item>\
                 <item><guid>2</guid><title>{text}</title><description>{text} {title}</description></item>\
                 </channel></rss>"
            );
            let (bytes, _, unmappable) = encoding.encode(&xml);
            assert!(!unmappable, "{} cannot hold the sample", encoding.name());
            assert!(
                std::str::from_utf8(&bytes).is_err(),
                "the sample must not be UTF-8"
            );
            // no declaration anywhere, and a content type without a charset
            let f = parse_feed(&bytes, Some("application/rss+xml"), "http://h/", NOW)
                .unwrap_or_else(|e| panic!("{}: {e}", encoding.name()));
            assert_eq!(f.title, title, "{}", encoding.name());
            assert_eq!(f.articles.len(), 2, "{}", encoding.name());
            assert_eq!(f.articles[1].title, text, "{}", encoding.name());
        }
        // plain UTF-8 without a declaration stays UTF-8
        let f = parse_feed(
            rss("<item><guid>1</guid><title>Café – ünïcode</title></item>").as_bytes(),
            None,
            "http://h/",
            NOW,
        )
        .unwrap();
        assert_eq!(f.articles[0].title, "Café – ünïcode");
    }

    #[test]
    fn atom_03_text_constructs_typed_by_mime_type_are_read() {
        let feed = r#"<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title type="text/html" mode="escaped">Old &lt;b&gt;Atom&lt;/b&gt;</title>
            <entry><id>1</id><title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><b>&#38;</b> more</div></title>
            <content type='application/xhtml+xml'><div xmlns="http://www.w3.org/1999/xhtml">Body <a href="x.html">text</a></div></content></entry>
            <entry><id>2</id><title type="text/plain">Plain</title></entry></feed>"#;
        let f = parse_feed(feed.as_bytes(), None, "http://h/", NOW).unwrap();
        assert_eq!(f.title, "Old Atom");
        let titles: Vec<&str> = f.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["& more", "Plain"]);
        assert!(f.articles[0]
            .content
            .as_deref()
            .unwrap_or("")
            .contains("Body"));
    }

    #[test]
    fn rss_without_a_version_is_read_as_rss_2() {
        let feed = "<?xml version=\"1.0\"?>\n<!-- a comment with <rss> in it -->\n<rss>\n<channel><title>testing &#160; entity</title>\
            <item><title>One</title><guid>1</guid></item></channel></rss>";
        let f = parse_feed(feed.as_bytes(), None, "http://h/", NOW).unwrap();
        assert_eq!(f.title, "testing entity");
        assert_eq!(f.articles.len(), 1);
        // a versioned one is left alone
        let f = parse_feed(
            rss("<item><guid>1</guid><title>T</title></item>").as_bytes(),
            None,
            "http://h/",
            NOW,
        )
        .unwrap();
        assert_eq!(f.articles.len(), 1);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse_feed(b"\x00\x01garbage", None, "http://h/", NOW).is_err());
        assert!(parse_feed(b"", None, "http://h/", NOW).is_err());
    }
}
