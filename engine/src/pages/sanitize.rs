//! Article HTML made safe to show: an allow-list (ammonia) with no script, no event handlers,
//! no styles, no forms or frames, only http(s)/mailto links, relative URLs resolved against
//! the article's address, and every link marked to open outside the app. Then, for the reading
//! view, every image pointed at its stored copy (or dropped): the view never loads a remote URL.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use scraper::{Html, Selector};

use ammonia::{Builder, UrlRelative};
use url::Url;

fn base_builder() -> Builder<'static> {
    let mut b = Builder::default();
    b.url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        // no srcset, sizes or <source>: their URLs are not checked by the allow-list, and the
        // reader shows one stored copy of each image anyway
        .add_tags([
            "figure",
            "figcaption",
            "picture",
            "time",
            "mark",
            "details",
            "summary",
        ])
        .add_tag_attributes("img", ["loading"])
        .add_tag_attributes("time", ["datetime"])
        .add_generic_attributes(["dir", "lang"]);
    b
}

/// Sanitized HTML for the reader. `base` (the article's URL, else the feed's) resolves
/// relative links and images; without one, relative URLs are dropped.
pub fn sanitize_article(html: &str, base: Option<&str>) -> String {
    let bounded = crate::pages::html_bounds::bound_html(html);
    let html: &str = &bounded;
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

/// The images a sanitized article shows (`img src`, absolute), in order, without duplicates.
/// Tracking pixels (a width or height of 0 or 1) are left out.
pub fn image_urls(clean_html: &str) -> Vec<String> {
    static IMG: OnceLock<Selector> = OnceLock::new();
    let img = IMG.get_or_init(|| Selector::parse("img[src]").expect("static selector"));
    let doc = Html::parse_fragment(&crate::pages::html_bounds::bound_html(clean_html));
    let mut seen = std::collections::HashSet::new();
    doc.select(img)
        .filter(|e| {
            let tiny = |a| {
                e.value()
                    .attr(a)
                    .is_some_and(|v| matches!(v.trim(), "0" | "1" | "0px" | "1px"))
            };
            !(tiny("width") || tiny("height"))
        })
        .filter_map(|e| e.value().attr("src"))
        .filter(|src| src.starts_with("http://") || src.starts_with("https://"))
        .filter(|src| seen.insert(src.to_string()))
        .map(str::to_string)
        .collect()
}

/// Sanitized HTML with each `img src` replaced by `local[src]`, or removed when there is no
/// local copy; `srcset` and `<source>` candidates (remote by nature) are dropped. Whatever the
/// input, the output loads nothing from the network.
pub fn localize_images(clean_html: &str, local: HashMap<String, String>) -> String {
    let local = Arc::new(local);
    let mut b = base_builder();
    let mut schemes: std::collections::HashSet<&str> =
        ["http", "https", "mailto", "data"].into_iter().collect();
    schemes.insert(crate::image_address::IMAGE_SCHEME);
    b.url_schemes(schemes)
        .url_relative(UrlRelative::Deny)
        .attribute_filter(
            move |element, attribute, value| match (element, attribute) {
                ("img", "src") => local.get(value).cloned().map(Into::into),
                ("img", "srcset" | "sizes") | ("source", "srcset" | "src") => None,
                ("img" | "source", _) if value.contains("://") => None,
                _ => Some(value.into()),
            },
        );
    b.clean(&crate::pages::html_bounds::bound_html(clean_html))
        .to_string()
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
    fn images_point_at_stored_copies_or_go() {
        let clean = sanitize_article(
            r#"<p>a</p><img src="/i/stored.png" alt="s" srcset="/i/big.png 2x">
               <img src="https://cdn.example/not-stored.jpg" alt="n">
               <img src="https://track.example/p.gif" width="1" height="1">
               <picture><source srcset="https://cdn.example/x.webp"><img src="/i/stored.png"></picture>"#,
            Some("https://news.example/a/1.html"),
        );
        assert_eq!(
            image_urls(&clean),
            [
                "https://news.example/i/stored.png",
                "https://cdn.example/not-stored.jpg"
            ],
            "pixels left out, duplicates once"
        );
        let local = HashMap::from([(
            "https://news.example/i/stored.png".to_string(),
            "bsimg://localhost/abc".to_string(),
        )]);
        let shown = localize_images(&clean, local);
        assert_eq!(
            shown.matches(r#"src="bsimg://localhost/abc""#).count(),
            2,
            "{shown}"
        );
        for remote in ["http", "srcset", "cdn.example", "track.example"] {
            assert!(!shown.contains(remote), "{remote} left in {shown}");
        }
        assert!(
            shown.contains(r#"alt="n""#),
            "the missing image keeps its alt text"
        );
    }

    #[test]
    fn direction_survives_for_rtl_content() {
        let clean = sanitize_article(r#"<p dir="rtl" lang="fa">سلام</p>"#, None);
        assert_eq!(clean, r#"<p dir="rtl" lang="fa">سلام</p>"#);
    }
}
