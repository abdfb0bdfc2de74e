//! The second try when Readability finds no article in a page (or a few words of one): the
//! element that holds the most paragraph text. Paragraphs count when they are mostly not
//! links and not inside navigation, a header, a footer, an aside or a form; each one's
//! letters go to its parent, and half of them to its grandparent, as Readability scores.

use scraper::{ElementRef, Html, Selector};

use crate::pages::boilerplate::letters_of;

/// Shorter paragraphs count for nothing (a label, a date, a button).
const MIN_PARAGRAPH_LETTERS: usize = 25;
/// Where paragraphs are not the article's.
const OUTSIDE: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template",
    "button", "select",
];

/// The page's title, and the HTML of the element holding the most paragraph text; `None`
/// when no paragraph counts.
pub fn densest(html: &str) -> Option<(String, String)> {
    let doc = Html::parse_document(html);
    let paragraphs = Selector::parse("p, pre, blockquote").ok()?;
    let mut scores = std::collections::HashMap::new();
    for p in doc.select(&paragraphs) {
        let outside = p.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| OUTSIDE.contains(&e.name()))
        });
        if outside {
            continue;
        }
        let (letters, linked) = letters_of(p);
        if letters < MIN_PARAGRAPH_LETTERS || linked * 2 > letters {
            continue;
        }
        let mut up = p.ancestors().filter(|a| a.value().is_element());
        if let Some(parent) = up.next() {
            *scores.entry(parent.id()).or_insert(0usize) += letters;
            if let Some(grandparent) = up.next() {
                *scores.entry(grandparent.id()).or_default() += letters / 2;
            }
        }
    }
    let (best, _) = scores
        .into_iter()
        .max_by_key(|(id, score)| (*score, std::cmp::Reverse(*id)))?;
    let best = ElementRef::wrap(doc.tree.get(best)?)?;
    let title = Selector::parse("title")
        .ok()
        .and_then(|t| doc.select(&t).next())
        .map(|t| t.text().collect::<String>())
        .unwrap_or_default();
    Some((title, best.inner_html()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_element_with_the_most_paragraph_text_wins_over_menus_and_footers() {
        let html = r#"<html><head><title>A guide</title></head><body>
            <nav><p>Home, News, Sport, Weather, and every other section of this site</p></nav>
            <div class="tags"><p><a href="/t">A tag that is a long link to somewhere else</a></p></div>
            <div class="article-content">
              <p>When people talk about full electric cars, they mean cars with no engine.</p>
              <p>This guide walks through what that means for range, charging and cost.</p>
            </div>
            <footer><p>Copyright and a long list of the site's legal notices, terms and policies.</p></footer>
            </body></html>"#;
        let (title, body) = densest(html).unwrap();
        assert_eq!(title, "A guide");
        assert!(body.contains("full electric cars") && body.contains("range, charging"));
        assert!(!body.contains("Weather") && !body.contains("legal") && !body.contains("tag"));
    }

    #[test]
    fn a_page_without_paragraphs_has_no_densest_element() {
        assert_eq!(
            densest("<html><body><div>Only a short line</div></body></html>"),
            None
        );
    }
}
