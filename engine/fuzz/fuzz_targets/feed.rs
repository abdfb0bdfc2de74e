//! Feed bytes of any format, parsed and normalized; every article's content sanitized.
#![no_main]
use broadsheet_engine::feeds::parse::parse_feed;
use broadsheet_engine::pages::sanitize::sanitize_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for ctype in [None, Some("application/rss+xml; charset=iso-8859-1"), Some("application/json")] {
        if let Ok(feed) = parse_feed(data, ctype, "http://127.0.0.1/feed.xml", 1_800_000_000) {
            for a in &feed.articles {
                assert!(!a.guid.is_empty(), "an article without identity");
                let _ = sanitize_article(a.content.as_deref().unwrap_or(""), a.url.as_deref());
            }
        }
    }
});
