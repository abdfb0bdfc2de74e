//! Article HTML made safe to show: an allow-list (ammonia) with no script, no event handlers,
//! no styles, no forms or frames, only http(s)/mailto links, relative URLs resolved against
//! the article's address, and every link marked to open outside the app.

use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};
use url::Url;

fn base_builder() -> Builder<'static> {
    let mut b = Builder::default();
    b.url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .add_tags([
            "figure",
            "figcaption",
            "picture",
            "source",
            "time",
            "mark",
            "details",
            "summary",
        ])
        .add_tag_attributes("img", ["srcset", "sizes", "loading"])
        .add_tag_attributes("source", ["srcset", "type", "media"])
        .add_tag_attributes("time", ["datetime"])
        .add_generic_attributes(["dir", "lang"]);
    b
}

/// Sanitized HTML for the reader. `base` (the article's URL, else the feed's) resolves
/// relative links and images; without one, relative URLs are dropped.
pub fn sanitize_article(html: &str, base: Option<&str>) -> String {
    static NO_BASE: OnceLock<Builder<'static>> = OnceLock::new();
    match base.and_then(|b| Url::parse(b).ok()) {
        Some(url) if matches!(url.scheme(), "http" | "https") => {
            let mut b = base_builder();
            b.url_relative(UrlRelative::RewriteWithBase(url));
            b.clean(html).to_string()
        }
        _ => NO_BASE
            .get_or_init(|| {
                let mut b = base_builder();
                b.url_relative(UrlRelative::Deny);
                b
            })
            .clean(html)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_handlers_and_bad_schemes_are_gone() {
        let dirty = r#"<p onclick="alert(1)">hi<script>alert(2)</script></p>
            <a href="javascript:alert(3)">x</a><img src=x onerror=alert(4)>
            <iframe src="https://evil.example"></iframe><form action="/steal"><input></form>
            <div style="background:url(javascript:alert(5))">s</div><svg onload=alert(6)></svg>
            <a href="data:text/html,<script>alert(7)</script>">d</a><base href="https://evil.example/">
            <meta http-equiv="refresh" content="0;url=javascript:alert(8)">"#;
        let clean = sanitize_article(dirty, Some("https://news.example/a/1.html"));
        for bad in [
            "script",
            "onclick",
            "onerror",
            "javascript",
            "iframe",
            "form",
            "input",
            "style",
            "svg",
            "data:",
            "<base",
            "<meta",
        ] {
            assert!(!clean.contains(bad), "{bad} survived: {clean}");
        }
        assert!(clean.contains("<p>hi</p>"));
    }

    #[test]
    fn relative_urls_resolve_and_links_open_outside() {
        let clean = sanitize_article(
            r#"<a href="../b/2.html">next</a><img src="images/csto.png" alt="CSTO"><figure><figcaption>cap</figcaption></figure>"#,
            Some("https://news.example/a/1.html"),
        );
        assert!(
            clean.contains(r#"href="https://news.example/b/2.html""#),
            "{clean}"
        );
        assert!(clean.contains(r#"rel="noopener noreferrer nofollow""#));
        assert!(clean.contains(r#"src="https://news.example/a/images/csto.png""#));
        assert!(clean.contains("<figcaption>cap</figcaption>"));
        let no_base = sanitize_article(r#"<a href="/x">x</a><img src="y.png">"#, None);
        assert!(
            !no_base.contains("href=\"/x\"") && !no_base.contains("y.png"),
            "{no_base}"
        );
    }

    #[test]
    fn direction_survives_for_rtl_content() {
        let clean = sanitize_article(r#"<p dir="rtl" lang="fa">سلام</p>"#, None);
        assert_eq!(clean, r#"<p dir="rtl" lang="fa">سلام</p>"#);
    }
}
