//! Every feed of the shared test corpora (feedparser's, gofeed's and feed-rs's fixtures) through
//! parse + normalize: no panic on any, and a count of how many parsed. Skipped when the corpora
//! are not beside the checkout (`../shared/corpora/feeds`, or BROADSHEET_FEED_CORPORA).

use std::path::{Path, PathBuf};

use broadsheet_engine::feeds::parse::parse_feed;

fn corpora_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("BROADSHEET_FEED_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora/feeds")
        });
    dir.is_dir().then_some(dir)
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("xml" | "json" | "rss" | "atom" | "rdf")
        ) && !path.ends_with("manifest.json")
        {
            out.push(path);
        }
    }
}

/// The Content-Type feedparser's manifest simulates for a file, if any.
fn manifest_headers(root: &Path) -> std::collections::HashMap<PathBuf, String> {
    let mut map = std::collections::HashMap::new();
    let Ok(text) = std::fs::read_to_string(root.join("feedparser/manifest.json")) else {
        return map;
    };
    let Ok(serde_json::Value::Array(entries)) = serde_json::from_str(&text) else {
        return map;
    };
    for e in entries {
        let (Some(path), Some(headers)) = (e["path"].as_str(), e["headers"].as_object()) else {
            continue;
        };
        if let Some(ct) = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .and_then(|(_, v)| v.as_str())
        {
            map.insert(root.join("feedparser").join(path), ct.to_string());
        }
    }
    map
}

#[test]
fn every_corpus_feed_parses_or_fails_cleanly() {
    let Some(root) = corpora_dir() else {
        eprintln!("feed corpora not found beside the checkout: skipped");
        return;
    };
    let headers = manifest_headers(&root);
    let mut files = Vec::new();
    files_under(&root, &mut files);
    files.sort();
    assert!(
        files.len() > 1000,
        "expected the full corpora, found {} files",
        files.len()
    );
    let (mut parsed, mut refused, mut articles) = (0, 0, 0);
    let mut panics = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let ct = headers.get(file).map(String::as_str);
        match std::panic::catch_unwind(|| {
            parse_feed(&bytes, ct, "http://corpus.example/feed", 1_800_000_000)
        }) {
            Ok(Ok(feed)) => {
                parsed += 1;
                articles += feed.articles.len();
                for a in &feed.articles {
                    assert!(!a.guid.is_empty(), "{}: empty identity", file.display());
                }
            }
            Ok(Err(_)) => refused += 1,
            Err(_) => panics.push(file.display().to_string()),
        }
    }
    println!(
        "feed corpora: {} files, {parsed} parsed ({articles} articles), {refused} refused cleanly, {} panicked",
        files.len(),
        panics.len()
    );
    assert!(panics.is_empty(), "panicked on: {panics:#?}");
}

/// Sound or video attached to an item as the raw file writes it, found without a feed parser:
/// inside an `item` or `entry` (not in an entry's `source`), an RSS `enclosure`, a Media RSS
/// `media:content` or an Atom `link rel="enclosure"` of an audio or video type; or a JSON Feed
/// attachment of one.
fn raw_media_mentions(text: &str) -> usize {
    let items = regex::Regex::new(r"(?is)<item\b.*?</item>|<entry\b.*?</entry>").unwrap();
    let source = regex::Regex::new(r"(?is)<source\b.*?</source>").unwrap();
    let pattern = regex::Regex::new(
        r#"(?is)<(?:enclosure|media:content)\b[^>]*\btype\s*=\s*["'](?:audio|video)/[^>]*\burl\s*=\s*["']https?://|<(?:enclosure|media:content)\b[^>]*\burl\s*=\s*["']https?://[^>]*\btype\s*=\s*["'](?:audio|video)/|<link\b[^>]*\brel\s*=\s*["']enclosure["'][^>]*\btype\s*=\s*["'](?:audio|video)/|"mime_type"\s*:\s*"(?:audio|video)/"#,
    )
    .unwrap();
    let in_items: usize = items
        .find_iter(text)
        .map(|item| {
            pattern
                .find_iter(&source.replace_all(item.as_str(), ""))
                .count()
        })
        .sum();
    let json = text.trim_start().starts_with('{');
    if json {
        pattern.find_iter(text).count()
    } else {
        in_items
    }
}

/// Files that carry sound or video in a form the feed parser cannot read, and why.
const UNREADABLE_MEDIA: &[(&str, &str)] = &[(
    "psc/rss2.0simplechapter.xml",
    "an RSS item whose enclosure is written as Atom's <link rel=\"enclosure\" href> outside \
     the Atom namespace: feed-rs reads an RSS <link> as text",
)];

#[test]
fn every_corpus_feed_with_sound_or_video_has_it_found() {
    let Some(root) = corpora_dir() else {
        eprintln!("feed corpora not found beside the checkout: skipped");
        return;
    };
    let mut files = Vec::new();
    files_under(&root, &mut files);
    files.sort();
    let (mut carrying, mut found_in, mut enclosures) = (0, 0, 0);
    let mut missed = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let mentions = raw_media_mentions(&text);
        let Ok(feed) = feed_rs::parser::parse(bytes.as_slice()) else {
            continue;
        };
        let found: usize = feed
            .entries
            .iter()
            .map(|e| broadsheet_engine::feeds::enclosures::enclosures(e, None).len())
            .sum();
        enclosures += found;
        if mentions > 0 {
            carrying += 1;
            let name = file.display().to_string();
            if found > 0 {
                found_in += 1;
            } else if !UNREADABLE_MEDIA.iter().any(|(f, _)| file.ends_with(f)) {
                missed.push(name);
            }
        }
    }
    println!(
        "feed corpora: {carrying} parsed feeds carry sound or video; found in {found_in} ({enclosures} enclosures in all)"
    );
    assert!(
        carrying >= 10,
        "expected the corpora's podcast feeds, found {carrying}"
    );
    assert!(
        missed.is_empty(),
        "sound or video not found in: {missed:#?}"
    );
}
