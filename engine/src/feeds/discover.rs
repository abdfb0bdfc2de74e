//! Finding the feed behind what a person typed: a feed URL as it is, or a website whose page
//! names its feeds with `<link rel="alternate">`, or failing that the usual paths.

use scraper::{Html, Selector};
use url::Url;

use crate::error::{Error, FetchError, Result};
use crate::feeds::parse::{parse_feed, ParsedFeed};
use crate::model::now;
use crate::net::fetch::{parse_http_url, Body, Fetched, Fetcher, Validators};

/// Paths tried on the site when its page names no feed.
const USUAL_PATHS: &[&str] = &[
    "/feed",
    "/rss",
    "/rss.xml",
    "/atom.xml",
    "/feed.xml",
    "/feed.json",
    "/index.xml",
];

const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
];

/// A feed found, with its first fetch (so subscribing costs no second request).
#[derive(Debug)]
pub struct Discovered {
    pub url: String,
    pub parsed: ParsedFeed,
    pub body: Body,
}

/// What a person typed as an address: trimmed, and https when they gave no scheme.
pub fn with_scheme(input: &str) -> String {
    let input = input.trim();
    if input.contains("://") {
        input.to_string()
    } else {
        format!("https://{input}")
    }
}

/// Finds the feed for `input`: a feed URL, or a site URL (a missing scheme means https).
pub async fn discover(fetcher: &Fetcher, input: &str) -> Result<Discovered> {
    let input = input.trim();
    let with_scheme = with_scheme(input);
    let start = parse_http_url(&with_scheme).map_err(|_| Error::InvalidUrl(input.to_string()))?;
    let page = fetch_body(fetcher, start.as_str()).await?;
    if let Ok(parsed) = parse_feed(
        &page.bytes,
        page.content_type.as_deref(),
        &page.final_url,
        now(),
    ) {
        // a temporary redirect keeps the address the person gave
        let url = page
            .meta
            .moved_to
            .clone()
            .unwrap_or_else(|| start.to_string());
        return Ok(Discovered {
            url,
            parsed,
            body: page,
        });
    }
    let page_url = Url::parse(&page.final_url).unwrap_or(start.clone());
    let html = crate::feeds::parse::to_utf8(&page.bytes, page.content_type.as_deref());
    let mut candidates = alternate_links(&html, &page_url);
    for path in USUAL_PATHS {
        if let Ok(u) = page_url.join(path) {
            let u = u.to_string();
            if !candidates.contains(&u) {
                candidates.push(u);
            }
        }
    }
    for candidate in candidates {
        let Ok(body) = fetch_body(fetcher, &candidate).await else {
            continue;
        };
        if let Ok(parsed) = parse_feed(
            &body.bytes,
            body.content_type.as_deref(),
            &body.final_url,
            now(),
        ) {
            let url = body.meta.moved_to.clone().unwrap_or(candidate);
            return Ok(Discovered { url, parsed, body });
        }
    }
    Err(Error::NoFeedFound(start.to_string()))
}

async fn fetch_body(fetcher: &Fetcher, url: &str) -> Result<Body> {
    match fetcher.get(url, Validators::default()).await? {
        Fetched::Body(body) => Ok(body),
        Fetched::NotModified(_) => Err(Error::Fetch(FetchError::Other(
            "unexpected 304 without validators".into(),
        ))),
    }
}

/// Feed URLs a page announces, in page order, resolved against its `<base>` or its own URL.
pub fn alternate_links(html: &str, page_url: &Url) -> Vec<String> {
    let doc = Html::parse_document(html);
    let base = Selector::parse("base[href]")
        .ok()
        .and_then(|s| doc.select(&s).next())
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| page_url.join(h).ok())
        .unwrap_or_else(|| page_url.clone());
    let Ok(links) = Selector::parse("link[rel][href]") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for link in doc.select(&links) {
        let el = link.value();
        let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
        if !rel.split_whitespace().any(|r| r == "alternate") {
            continue;
        }
        let kind = el.attr("type").unwrap_or("").to_ascii_lowercase();
        if !FEED_TYPES.iter().any(|t| kind.trim().starts_with(t)) {
            continue;
        }
        if let Some(url) = el.attr("href").and_then(|h| base.join(h.trim()).ok()) {
            if matches!(url.scheme(), "http" | "https") && !out.contains(&url.to_string()) {
                out.push(url.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_alternate_links_in_order_and_resolves_them() {
        let html = r#"<html><head>
            <link rel="stylesheet" href="/s.css">
            <link rel="alternate" type="application/rss+xml" href="/feed.xml">
            <link rel="Alternate" type="application/atom+xml" href="atom.xml">
            <link rel="alternate" type="text/html" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        </head></html>"#;
        let page = Url::parse("https://news.example/world/").unwrap();
        assert_eq!(
            alternate_links(html, &page),
            vec![
                "https://news.example/feed.xml".to_string(),
                "https://news.example/world/atom.xml".to_string()
            ]
        );
    }

    #[test]
    fn base_href_changes_resolution() {
        let html = r#"<head><base href="https://cdn.example/x/"><link rel="alternate" type="application/feed+json" href="f.json"></head>"#;
        let page = Url::parse("https://news.example/").unwrap();
        assert_eq!(
            alternate_links(html, &page),
            vec!["https://cdn.example/x/f.json".to_string()]
        );
    }
}
