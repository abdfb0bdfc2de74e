//! Full text from an article page: the readable article (dom_smoothie, a Readability port),
//! its title, byline, date and lead image, the HTML sanitized for the reader and the plain
//! text in paragraphs.

use dom_smoothie::{Config, Readability, TextMode};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::sanitize::sanitize_article;
use crate::text::fold_whitespace;

/// What the reader shows for a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extracted {
    pub title: String,
    pub byline: Option<String>,
    /// As the page states it (ISO 8601 where the page gives one).
    pub published: Option<String>,
    pub lead_image: Option<String>,
    /// Text direction the page declares (`rtl` for Dari, Arabic, Hebrew...).
    pub dir: Option<String>,
    /// Sanitized article HTML.
    pub html: String,
    /// Plain text, one paragraph per line, blank lines between.
    pub text: String,
}

/// Extracts the article from `html`; `base_url` (the page's address) resolves relative links
/// and images.
pub fn extract(html: &str, base_url: Option<&str>) -> Result<Extracted> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let html = crate::html_bounds::bound_html(html);
    let mut readability = Readability::new(&*html, base_url, Some(config))
        .map_err(|e| Error::Extract(e.to_string()))?;
    let article = readability
        .parse()
        .map_err(|e| Error::Extract(e.to_string()))?;
    let text = article
        .text_content
        .lines()
        .map(fold_whitespace)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Ok(Extracted {
        title: fold_whitespace(&article.title),
        byline: article
            .byline
            .map(|b| fold_whitespace(&b))
            .filter(|b| !b.is_empty()),
        published: article.published_time,
        lead_image: article.image,
        dir: article.dir,
        html: sanitize_article(&article.content, base_url),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn seed(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/seed-story")
            .join(name);
        std::fs::read_to_string(path).expect("seed fixture")
    }

    #[test]
    fn the_seed_story_body_is_exactly_the_expected_paragraphs() {
        let page = seed("article.html");
        let got = extract(&page, Some("https://www.khaama.com/csto-2024/article.html")).unwrap();
        assert_eq!(
            got.title,
            "CSTO expresses concern over increasing threats from Northern Afghanistan provinces"
        );
        assert!(
            got.byline.as_deref().unwrap_or("").contains("Khaama Press"),
            "{:?}",
            got.byline
        );
        let doc = Html::parse_fragment(&got.html);
        let p = Selector::parse("p").unwrap();
        let paragraphs: Vec<String> = doc
            .select(&p)
            .map(|e| fold_whitespace(&e.text().collect::<String>()))
            .filter(|t| !t.is_empty())
            .collect();
        let expected: Vec<String> = seed("expected-body.txt")
            .split("\n\n")
            .map(fold_whitespace)
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(paragraphs, expected);
        // the figure and its caption stay, with the image made absolute
        let fig = Selector::parse(
            "figure img[src='https://www.khaama.com/csto-2024/images/csto-meeting.png']",
        )
        .unwrap();
        assert_eq!(doc.select(&fig).count(), 1, "{}", got.html);
        assert!(got.html.contains("<figcaption>"));
        for boilerplate in [
            "Digital newspaper subscription",
            "Related",
            "Leave a comment",
            "All rights reserved",
            "script",
            "pixel",
        ] {
            assert!(
                !got.html.contains(boilerplate),
                "{boilerplate} in {}",
                got.html
            );
        }
    }

    #[test]
    fn not_an_article_is_an_error_or_short_not_a_panic() {
        for html in ["", "<html></html>", "<p>tiny</p>", "\u{0}\u{1}<<<>>>"] {
            let _ = extract(html, None);
        }
    }
}
