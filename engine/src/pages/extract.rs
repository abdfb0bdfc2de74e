//! Full text from an article page: the readable article (dom_smoothie, a Readability port),
//! its title, byline, date and lead image, the HTML sanitized for the reader and the plain
//! text in paragraphs.

use dom_smoothie::{Config, Readability, TextMode};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::pages::sanitize::sanitize_article;
use crate::pages::text_blocks::BlockKind;
use crate::text::{fold_whitespace, word_count};

/// What the reader shows for a page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extracted {
    pub title: String,
    pub byline: Option<String>,
    /// As the page states it (ISO 8601 where the page gives one).
    pub published: Option<String>,
    pub lead_image: Option<String>,
    /// The page's own short description of itself (its description meta, else its first
    /// paragraph), and the site's name as the page gives it.
    pub excerpt: Option<String>,
    pub site_name: Option<String>,
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
        // its text is not used (the text is made from the sanitized HTML): the cheapest one
        text_mode: TextMode::Raw,
        // the page's class names tell captions (`boilerplate::trim`); the sanitizer drops them
        keep_classes: true,
        ..Config::default()
    };
    let html = crate::pages::html_bounds::bound_html(html);
    let mut readability = Readability::new(&*html, base_url, Some(config))
        .map_err(|e| Error::Extract(e.to_string()))?;
    let words = |page: &Extracted| word_count(&page.text);
    match readability.parse() {
        Ok(article) => {
            let page = from_article(article, base_url);
            if words(&page) >= MIN_ARTICLE_WORDS {
                return Ok(page);
            }
            // a few words: the densest part of the page may hold more
            Ok(match second_try(&html, base_url) {
                Some(other) if words(&other) > words(&page) => Extracted {
                    html: other.html,
                    text: other.text,
                    ..page
                },
                _ => page,
            })
        }
        Err(e) => second_try(&html, base_url).ok_or_else(|| Error::Extract(e.to_string())),
    }
}

/// The page's densest part ([`crate::pages::densest`]) as the article, when Readability found none.
fn second_try(html: &str, base_url: Option<&str>) -> Option<Extracted> {
    let (title, content) = crate::pages::densest::densest(html)?;
    // one tree for both, as in `from_article`: lazily loaded pictures, then the boilerplate
    let mut doc = scraper::Html::parse_fragment(&content);
    let revealed = crate::pages::lazy_images::reveal(&mut doc);
    let (removed, captions) = crate::pages::boilerplate::trim_tree(&mut doc);
    let html = if revealed || !removed.is_empty() {
        sanitize_article(&doc.root_element().inner_html(), base_url)
    } else {
        sanitize_article(&content, base_url)
    };
    let text = plain_text(&html, &captions);
    Some(Extracted {
        title: fold_whitespace(&title),
        html,
        text,
        ..Default::default()
    })
}

/// What Readability found, with the header's title and byline not said again in the body and
/// the boilerplate it kept trimmed ([`crate::pages::boilerplate`]).
fn from_article(article: dom_smoothie::Article, base_url: Option<&str>) -> Extracted {
    let title = fold_whitespace(&article.title);
    let byline = article
        .byline
        .map(|b| fold_whitespace(&b))
        .filter(|b| !b.is_empty());
    // one tree for both: the reader's header shows the title and the byline, so the body does
    // not say them again; and related links, labels and copyright lines the extractor kept go
    let mut doc = scraper::Html::parse_fragment(&article.content);
    let revealed = crate::pages::lazy_images::reveal(&mut doc);
    let header_dropped = drop_repeated_header(&mut doc, &title, byline.as_deref());
    let (removed, captions) = crate::pages::boilerplate::trim_tree(&mut doc);
    let content = if revealed || header_dropped || !removed.is_empty() {
        std::borrow::Cow::Owned(doc.root_element().inner_html())
    } else {
        std::borrow::Cow::Borrowed(&*article.content)
    };
    let html = sanitize_article(&content, base_url);
    let text = plain_text(&html, &captions);
    Extracted {
        title,
        byline,
        published: article.published_time,
        lead_image: article.image,
        excerpt: article
            .excerpt
            .map(|e| fold_whitespace(&e))
            .filter(|e| !e.is_empty()),
        site_name: article
            .site_name
            .map(|e| fold_whitespace(&e))
            .filter(|e| !e.is_empty()),
        dir: article.dir,
        html,
        text,
    }
}

/// An article's plain text: one block (paragraph, heading, list item...) per paragraph. The
/// pictures' captions and credits stay in the HTML, beside their pictures, but are not the
/// article's prose: the text leaves them out (a `figcaption`, one of `captions`, a credit).
fn plain_text(html: &str, captions: &[String]) -> String {
    crate::pages::text_blocks::html_to_blocks(html)
        .iter()
        .filter(|b| b.kind != BlockKind::Caption && !crate::pages::boilerplate::is_credit(&b.text))
        .map(|b| fold_whitespace(&b.text))
        .filter(|t| t.chars().any(char::is_alphanumeric) && !captions.contains(t))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Fewer words than this, and what was extracted is not an article (a paywall stub, a cookie
/// wall, a gallery's captions).
const MIN_ARTICLE_WORDS: usize = 30;
/// More of the text than this inside links, and it is a list of links (a home page, an index).
const MAX_LINK_SHARE: f64 = 0.5;

/// An article has a paragraph of at least this many words; a menu, an index of headlines or a
/// form has none.
const MIN_LONGEST_BLOCK_WORDS: usize = 20;

/// Whether what a page gave is an article at all, or the page is something else: too little
/// text to be one, mostly links, or only short lines. The error says which, for the reader's quiet note.
pub fn is_an_article(page: &Extracted) -> std::result::Result<(), Message> {
    let words = word_count(&page.text);
    if words < MIN_ARTICLE_WORDS {
        return Err(Message::new("page-too-short").with("count", words));
    }
    // the sanitized HTML is well formed: its tags nest as its tree does, no tree needed
    let (mut all, mut linked, mut in_links) = (0usize, 0usize, 0usize);
    crate::text::for_each_token(&page.html, |token| match token {
        crate::text::Token::Tag { name, closing } if name == "a" => {
            in_links = if closing {
                in_links.saturating_sub(1)
            } else {
                in_links + 1
            };
        }
        crate::text::Token::Tag { .. } => {}
        crate::text::Token::Text(text) => {
            let n = html_escape::decode_html_entities(text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count();
            all += n;
            if in_links > 0 {
                linked += n;
            }
        }
    });
    if all > 0 && linked as f64 / all as f64 > MAX_LINK_SHARE {
        return Err(Message::new("page-links"));
    }
    let longest = page.text.split("\n\n").map(word_count).max().unwrap_or(0);
    if longest < MIN_LONGEST_BLOCK_WORDS {
        return Err(Message::new("page-short-lines").with("count", longest));
    }
    Ok(())
}

/// Blocks at the top of the article that only say its title or its byline ("By Farm Desk 0"),
/// which the reader's header already shows: removed, up to the first block that says anything
/// else. Whether any was.
fn drop_repeated_header(doc: &mut scraper::Html, title: &str, byline: Option<&str>) -> bool {
    use scraper::Node;
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "span",
        "h1",
        "h2",
        "h3",
        "h4",
        "address",
        "time",
        "header",
        "section",
        "article",
        "main",
        "figure",
        "ul",
        "ol",
        "table",
        "blockquote",
    ];
    let same = |a: &str, b: &str| !b.is_empty() && a.eq_ignore_ascii_case(b);
    let is_header_text = |text: &str| {
        same(text, title)
            || byline.is_some_and(|b| {
                same(text, b)
                    || text
                        .strip_prefix("By ")
                        .or_else(|| text.strip_prefix("by "))
                        .is_some_and(|rest| same(rest.trim(), b))
            })
    };
    let mut remove = Vec::new();
    // the leaf blocks in document order, until one says something else (the header is at the
    // top: at most the first 64 elements are looked at)
    for node in doc.tree.root().descendants().take(64) {
        let Node::Element(element) = node.value() else {
            continue;
        };
        if !BLOCKS.contains(&element.name()) {
            continue;
        }
        let has_block_child = node.descendants().skip(1).any(|c| {
            matches!(c.value(), Node::Element(e) if BLOCKS.contains(&e.name()) && e.name() != "span")
        });
        if has_block_child {
            continue;
        }
        let text = fold_whitespace(
            &node
                .descendants()
                .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                .collect::<String>(),
        );
        if text.is_empty() {
            if node
                .descendants()
                .any(|d| matches!(d.value(), Node::Element(e) if e.name() == "img"))
            {
                break;
            }
            continue;
        }
        if is_header_text(&text) {
            remove.push(node.id());
        } else {
            break;
        }
    }
    let dropped = !remove.is_empty();
    for id in remove {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    dropped
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
    fn a_lazily_loaded_picture_is_kept_by_its_real_address_not_its_stand_in() {
        let prose = "The river rose overnight and the road to the valley closed before dawn, \
                     so the families who farm the lower fields waited on the ridge for the water \
                     to fall. ";
        let page = format!(
            r#"<html><head><title>Floods close the valley road</title></head><body><article>
               <h1>Floods close the valley road</h1>
               <p>{prose}{prose}</p>
               <figure><img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
                 data-lazy-src="/wp-content/uploads/2024/04/valley-road.jpg" alt="The road"></figure>
               <p>{prose}{prose}</p>
               <img srcset="/wp-content/uploads/2024/04/ridge-480.jpg 480w, /wp-content/uploads/2024/04/ridge-1200.jpg 1200w" alt="The ridge">
               <p>{prose}{prose}</p></article></body></html>"#
        );
        let got = extract(&page, Some("https://news.example/2024/04/floods/")).unwrap();
        assert!(
            got.html.contains(
                r#"src="https://news.example/wp-content/uploads/2024/04/valley-road.jpg""#
            ),
            "{}",
            got.html
        );
        assert!(
            got.html.contains(
                r#"src="https://news.example/wp-content/uploads/2024/04/ridge-1200.jpg""#
            ),
            "{}",
            got.html
        );
        assert!(!got.html.contains("placeholder"), "{}", got.html);
    }

    #[test]
    fn the_byline_and_title_are_said_once_in_the_header_not_again_in_the_body() {
        let words = "river delegation council treaty village minister drought border health \
                     summit winter cooperation market season clinic agreement region report";
        let page = format!(
            "<html><head><title>Story 0: a report | Farm News</title>\
             <meta property='og:title' content='Story 0: a report'>\
             <meta name='author' content='Farm Desk 0'></head><body><main><article>\
             <h1>Story 0: a report</h1><div class='byline'>By Farm Desk 0</div>\
             <p>{words} {words}.</p><p>{words}, by the river.</p><p>{words} again.</p>\
             </article></main></body></html>"
        );
        let got = extract(&page, Some("http://127.0.0.1/a.html")).unwrap();
        assert_eq!(got.byline.as_deref(), Some("Farm Desk 0"));
        assert!(!got.html.contains("By Farm Desk 0"), "{}", got.html);
        assert!(!got.text.contains("By Farm Desk 0"), "{}", got.text);
        assert!(!got.text.starts_with("Story 0"), "{}", got.text);
        assert!(got.text.starts_with("river delegation"), "{}", got.text);
        assert!(
            got.text.contains("by the river"),
            "a paragraph that only mentions it stays"
        );
    }

    #[test]
    fn headings_lists_quotes_tables_figures_and_links_keep_their_structure() {
        let para = "The council met on Monday to discuss the water project, which will bring \
                    clean water to four districts before the winter, officials said.";
        let page = format!(
            "<html><head><title>Water for four districts</title></head><body>\
             <nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main><article>\
             <h1>Water for four districts</h1><p>{para}</p>\
             <h2>What the plan holds</h2><p>{para}</p>\
             <ul><li>Wells in Balkh</li><li>Pipes in Kunduz</li><li>Tanks in Takhar</li></ul>\
             <ol><li>Survey the villages</li><li>Dig before the frost</li></ol>\
             <blockquote><p>We have waited ten years for this water, and the children will \
             drink it first.</p></blockquote><p>{para}</p>\
             <table><thead><tr><th>District</th><th>Wells</th></tr></thead>\
             <tbody><tr><td>Balkh</td><td>12</td></tr><tr><td>Kunduz</td><td>9</td></tr></tbody></table>\
             <figure><img src='/img/well.jpg' alt='A new well'><figcaption>A new well near \
             Mazar</figcaption></figure>\
             <p>{para} Read the <a href='/report.pdf'>full report</a>.</p>\
             </article></main><footer>All rights reserved</footer></body></html>"
        );
        let got = extract(&page, Some("https://news.example/2024/water.html")).unwrap();
        let doc = Html::parse_fragment(&got.html);
        let count = |css: &str| doc.select(&Selector::parse(css).unwrap()).count();
        let text = |css: &str| -> Vec<String> {
            doc.select(&Selector::parse(css).unwrap())
                .map(|e| fold_whitespace(&e.text().collect::<String>()))
                .collect()
        };
        assert_eq!(text("h2"), ["What the plan holds"], "{}", got.html);
        assert_eq!(
            text("ul > li"),
            ["Wells in Balkh", "Pipes in Kunduz", "Tanks in Takhar"]
        );
        assert_eq!(
            text("ol > li"),
            ["Survey the villages", "Dig before the frost"]
        );
        assert_eq!(count("blockquote"), 1, "{}", got.html);
        assert!(text("blockquote")[0].starts_with("We have waited ten years"));
        assert_eq!(text("th"), ["District", "Wells"]);
        assert_eq!(text("td"), ["Balkh", "12", "Kunduz", "9"]);
        assert_eq!(
            count("figure img[src='https://news.example/img/well.jpg']"),
            1,
            "{}",
            got.html
        );
        assert_eq!(text("figcaption"), ["A new well near Mazar"]);
        assert_eq!(
            count("a[href='https://news.example/report.pdf']"),
            1,
            "links stay links, made absolute: {}",
            got.html
        );
        assert!(!got.html.contains("All rights reserved"));
        assert!(
            !got.html.contains(">World<"),
            "navigation is not the article"
        );
        // the plain text keeps one item per line
        assert!(got.text.contains("Pipes in Kunduz"), "{}", got.text);
    }

    #[test]
    fn captions_and_credits_stay_beside_their_pictures_but_are_not_the_prose() {
        let para = "The council met on Monday to discuss the water project, which will bring \
                    clean water to four districts before the winter, officials said.";
        let page = format!(
            "<html><head><title>Water for four districts</title></head><body><article>\
             <h1>Water for four districts</h1><p>{para}</p>\
             <figure><img src='/img/well.jpg'><figcaption>A new well near Mazar, where the \
             first pipes were laid.</figcaption></figure>\
             <p>Second: {para}</p><div><img src='/img/tank.jpg'></div><p>Photo: Hau Dinh, AP</p>\
             <p>Engineers test the new tank in Kunduz (Image: GETTY)</p><p>Third: {para}</p>\
             </article></body></html>"
        );
        let got = extract(&page, Some("https://news.example/2024/water.html")).unwrap();
        for said in ["A new well near Mazar", "Photo: Hau Dinh", "(Image: GETTY)"] {
            assert!(
                got.html.contains(said),
                "the reader shows {said:?}: {}",
                got.html
            );
            assert!(
                !got.text.contains(said),
                "the text leaves out {said:?}: {}",
                got.text
            );
        }
        assert_eq!(
            got.text.matches("The council met").count(),
            3,
            "{}",
            got.text
        );
    }

    #[test]
    fn pages_that_are_not_articles_are_named() {
        let para = "The council met on Monday to discuss the water project, which will bring \
                    clean water to four districts before the winter, officials said.";
        let article = format!(
            "<html><body><article><h1>Water</h1><p>{para}</p><p>Then: {para}</p><p>At last: {para}</p></article></body></html>"
        );
        let got = extract(&article, None).unwrap();
        assert_eq!(is_an_article(&got), Ok(()));
        let links: String = (0..40)
            .map(|i| {
                format!("<li><a href='/story/{i}'>Story number {i} of the day, read it</a></li>")
            })
            .collect();
        let home = format!(
            "<html><body><main><h1>Front page</h1><ul>{links}</ul><p>Welcome.</p></main></body></html>"
        );
        let got = extract(&home, Some("http://news.example/")).unwrap();
        let why = is_an_article(&got).unwrap_err();
        assert!(["page-links", "page-too-short"].contains(&why.id), "{why}");
        let wall = "<html><body><main><h1>Subscribe to read</h1><p>This article is for \
                    subscribers. Sign in or subscribe to continue.</p></main></body></html>";
        let got = extract(wall, None).unwrap();
        assert_eq!(is_an_article(&got).unwrap_err().id, "page-too-short");
        // an index of headlines and teasers, none of them linked: no paragraph of its own
        let teasers: String = (0..12)
            .map(|i| format!("<h3>Step {i}: keeping your data safe</h3><p>Five tips that help with step {i}.</p>"))
            .collect();
        let index = format!("<html><body><main><h1>A guide</h1>{teasers}</main></body></html>");
        let got = extract(&index, None).unwrap();
        assert!(
            is_an_article(&got).unwrap_err().id == "page-short-lines",
            "{}",
            got.text
        );
    }

    #[test]
    fn not_an_article_is_an_error_or_short_not_a_panic() {
        for html in ["", "<html></html>", "<p>tiny</p>", "\u{0}\u{1}<<<>>>"] {
            let _ = extract(html, None);
        }
    }
}
