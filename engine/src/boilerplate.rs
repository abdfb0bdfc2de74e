//! Boilerplate an extractor leaves inside an article: blocks that are only links (related
//! stories, "more from this site"), the short labels pages put between paragraphs
//! ("Advertisement", "Share", "Comments") and copyright lines. [`trim`] removes them from the
//! article's HTML and says which texts it removed, so the plain text can drop them too.
//!
//! Every rule is about the shape of a block, never about a site: the article extraction
//! benchmarks in BENCHMARKS.md measure what each rule gains on pages no rule was written for.

use scraper::{ElementRef, Html, Node};

use crate::text::fold_whitespace;

/// Elements that hold a block of text; a leaf block holds no other (a `span` or a link is
/// inline, a `div` with only inline content is a leaf).
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "figure",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "pre",
];

/// Leaf blocks that a rule may remove (a figure, a table cell or a quote is the article's own).
const REMOVABLE: &[&str] = &[
    "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
];

/// At least this share of a block's letters inside links, and the block is a link, not text.
const LINKED_SHARE: f64 = 0.8;

/// Labels that stand alone between an article's paragraphs and are never part of it (matched
/// on the whole block, lowercased, without a trailing colon or ellipsis).
const LABELS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "comments",
    "comment",
    "leave a comment",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "enlarge image",
    "enlarge this image",
    "click to enlarge",
    "toggle caption",
    "hide caption",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related coverage",
    "read more",
    "read also",
    "read next",
    "also read",
    "see more",
    "more stories",
    "more news",
    "more from",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "most popular",
    "most read",
    "trending",
    "trending now",
    "continue reading",
    "continue reading below",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "subscribe",
    "sign up",
    "follow us",
    "newsletter",
    "print",
    "email",
    "tags",
    "topics",
    "loading",
    "caption",
    "close",
    "expand",
    "back to top",
    "next",
    "previous",
];

/// Blocks of at least this many words are removed when said again within the last
/// [`REPEAT_WINDOW`] blocks (a short one, a "Yes" or a "* * *", may well be; and an article
/// may say a thing again further on, as a meal plan does for each day).
const REPEAT_WORDS: usize = 4;
const REPEAT_WINDOW: usize = 2;

/// Longest time stamp line removed, in words.
const STAMP_WORDS: usize = 12;

/// Longest copyright line removed, in words (a longer block is text that mentions copyright).
const COPYRIGHT_WORDS: usize = 30;

/// Removes the boilerplate blocks from an article's HTML (a fragment). Returns the HTML and
/// the folded texts of the blocks removed; the HTML is returned unchanged when nothing is.
pub fn trim(html: &str) -> (String, Vec<String>) {
    let mut doc = Html::parse_fragment(html);
    // the leaf blocks in order, with what each one is
    let mut blocks = Vec::new();
    // the last blocks' texts: one said again among them is a gallery's caption repeated
    let mut recent = std::collections::VecDeque::with_capacity(REPEAT_WINDOW + 1);
    for node in doc.tree.root().descendants() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        if !REMOVABLE.contains(&element.name()) {
            continue;
        }
        let has_block_child = node
            .descendants()
            .skip(1)
            .any(|c| matches!(c.value(), Node::Element(e) if BLOCKS.contains(&e.name())));
        if has_block_child {
            continue;
        }
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        let (all, linked) = letters_of(element);
        if all == 0 {
            continue;
        }
        let text: String = element.text().collect();
        let text = fold_whitespace(&text);
        let kind = if is_label(&text) || is_copyright(&text) || is_contact(&text) {
            Kind::Label
        } else if is_stamp(&text)
            || (crate::text::word_count(&text) >= REPEAT_WORDS && recent.contains(&text))
        {
            // a time stamp the header shows, or a block said again (a gallery's captions)
            Kind::Said
        } else if linked as f64 / all as f64 >= LINKED_SHARE {
            Kind::Link
        } else {
            Kind::Text
        };
        recent.push_back(text.clone());
        if recent.len() > REPEAT_WINDOW {
            recent.pop_front();
        }
        blocks.push((node.id(), text, kind));
    }
    // links are boilerplate after the article's last paragraph (related stories, more from
    // the site) or right after a label ("Related stories:"); between paragraphs they are the
    // article's own (a reading list, a "read more" the author wrote)
    let last_text = blocks.iter().rposition(|b| b.2 == Kind::Text);
    let mut after_label = false;
    let mut remove = Vec::new();
    let mut removed = Vec::new();
    for (i, (id, text, kind)) in blocks.into_iter().enumerate() {
        let goes = match kind {
            Kind::Label | Kind::Said => true,
            Kind::Link => after_label || last_text.is_none_or(|last| i > last),
            Kind::Text => false,
        };
        after_label = kind == Kind::Label || (after_label && kind == Kind::Link);
        if goes {
            remove.push(id);
            removed.push(text);
        }
    }
    if remove.is_empty() {
        return (html.to_string(), removed);
    }
    for id in remove {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    (doc.root_element().inner_html(), removed)
}

/// Letters and digits in an element's text, and how many of them are inside links.
pub(crate) fn letters_of(element: ElementRef) -> (usize, usize) {
    let (mut all, mut linked) = (0, 0);
    for node in element.descendants() {
        if let Node::Text(text) = node.value() {
            let n = text.chars().filter(|c| c.is_alphanumeric()).count();
            all += n;
            let in_link = node
                .ancestors()
                .take_while(|a| a.id() != element.id())
                .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"));
            if in_link {
                linked += n;
            }
        }
    }
    (all, linked)
}

/// What a leaf block is, for [`trim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A label or a copyright line.
    Label,
    /// Mostly link text.
    Link,
    /// Said already: a time stamp the reader's header shows, or a block said earlier.
    Said,
    Text,
}

/// Whether a block's whole text is one of [`LABELS`].
fn is_label(text: &str) -> bool {
    if text.len() > 48 {
        return false;
    }
    let lower = text.to_lowercase();
    let bare = lower
        .trim_end_matches(['.', ':', '…', '>', '»', '›', ' '])
        .trim_start_matches(['<', '«', '‹', ' ']);
    LABELS.contains(&bare) || is_gallery_counter(bare)
}

/// "Image 1 of 8", "photo 3 of / 12", "1 / 8": a gallery's position, not text.
fn is_gallery_counter(lower: &str) -> bool {
    let (named, rest) = match ["image", "photo", "picture", "slide"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    {
        Some(rest) => (true, rest),
        None => (false, lower),
    };
    let (mut numbers, mut between) = (0, false);
    for word in rest.split_whitespace() {
        match word {
            "of" | "/" => between = true,
            w if w.chars().all(|c| c.is_ascii_digit()) => numbers += 1,
            _ => return false,
        }
    }
    // a number alone ("2019", a timeline's heading) is the article's; "1 of 8" is not
    numbers > 0 && (named || between)
}

/// Whether a block is only a time stamp ("Updated 5:27 am CST, Wednesday, November 20,
/// 2019", "Published: 12/01/2019"): a short line that says when, which the header shows.
fn is_stamp(text: &str) -> bool {
    const STAMPS: &[&str] = &[
        "updated",
        "published",
        "posted",
        "last updated",
        "last modified",
        "first published",
    ];
    let lower = text.to_lowercase();
    STAMPS.iter().any(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| rest.starts_with([' ', ':']))
    }) && text.chars().any(|c| c.is_ascii_digit())
        && text.split_whitespace().count() <= STAMP_WORDS
}

/// Whether a block is only an e-mail address or a web address (a writer's contact line).
fn is_contact(text: &str) -> bool {
    !text.contains(' ')
        && (text.contains('@') && text.contains('.')
            || text.starts_with("http")
            || ["twitter.com/", "x.com/", "facebook.com/", "instagram.com/"]
                .iter()
                .any(|site| text.contains(site)))
}

/// Whether a block is a copyright line ("© 2019 Some Paper", "Copyright ⓒ ...").
fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    (lower.starts_with("copyright")
        || lower.starts_with("(c) ")
        || lower.contains('©')
        || lower.contains("all rights reserved")
        || lower.starts_with("this document is subject to copyright"))
        && crate::text::word_count(text) <= COPYRIGHT_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_lists_labels_and_copyright_lines_go_and_the_article_stays() {
        let html = r#"<div><p>The council met on Monday and voted, after <a href="/a">a long debate</a>, to keep the library open.</p>
            <p>Advertisement</p>
            <h2>What happens next</h2>
            <p>The budget goes to the mayor.</p>
            <figure><img src="x.jpg"><figcaption>The library in 2019.</figcaption></figure>
            <h3>Related stories:</h3>
            <ul><li><a href="/b">Library hours cut</a></li><li><a href="/c">Mayor's budget plan</a></li></ul>
            <p>© 2019 The Town Paper. All rights reserved.</p></div>"#;
        let (out, removed) = trim(html);
        for kept in [
            "a long debate",
            "What happens next",
            "The budget goes to the mayor.",
            "The library in 2019.",
            "<img",
        ] {
            assert!(out.contains(kept), "{kept} was removed: {out}");
        }
        for gone in [
            "Advertisement",
            "Related stories",
            "Library hours cut",
            "Mayor's budget plan",
            "All rights reserved",
        ] {
            assert!(!out.contains(gone), "{gone} was kept: {out}");
        }
        assert_eq!(
            removed,
            [
                "Advertisement",
                "Related stories:",
                "Library hours cut",
                "Mayor's budget plan",
                "© 2019 The Town Paper. All rights reserved."
            ]
        );
    }

    #[test]
    fn gallery_furniture_time_stamps_and_contact_lines_go() {
        let caption = "The minister, left, shakes hands with his host in Hanoi on Wednesday.";
        let html = format!(
            r#"<div><p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>
            <p>{caption}</p><p>{caption}</p><p>Image 1 of / 8</p><p>Caption</p><p>Close</p>
            <p>The two ministers agreed on more visits by American warships.</p>
            <p>reporter@paper.example</p><p>twitter.com/reporter</p></div>"#
        );
        let (out, removed) = trim(&html);
        assert_eq!(out.matches(caption).count(), 1, "{out}");
        assert!(out.contains("more visits by American warships"));
        assert_eq!(
            removed,
            [
                "Updated 5:27 am CST, Wednesday, November 20, 2019",
                caption,
                "Image 1 of / 8",
                "Caption",
                "Close",
                "reporter@paper.example",
                "twitter.com/reporter"
            ]
        );
    }

    #[test]
    fn links_between_paragraphs_and_things_said_again_later_are_the_articles_own() {
        let note = "This webcam image is provided courtesy of the park's friends.";
        let html = format!(
            "<p>Falls: the highest in the park, seen from the valley floor.</p><p>{note}</p>\
             <p><a href=\"/guide\">Read our guide to the valley's trails</a></p>\
             <p>Dome: the view to the west from the tunnel, in every season.</p>\
             <p>Status: in service from June to September.</p><p>{note}</p>\
             <p>Both cameras are updated every minute.</p>"
        );
        assert_eq!(trim(&html), (html.clone(), Vec::new()));
    }

    #[test]
    fn gallery_counters_are_told_from_numbers_the_article_says() {
        for counter in [
            "Image 1 of 8",
            "image 1 of / 8",
            "1 / 8",
            "3 of 12",
            "Photo 4",
        ] {
            assert!(is_label(counter), "{counter}");
        }
        for number in ["2019", "42", "1 2 3 go", "Image processing"] {
            assert!(!is_label(number), "{number}");
        }
    }

    #[test]
    fn a_page_without_boilerplate_comes_back_as_it_was() {
        let html = "<p>One paragraph with <a href=\"/x\">a link</a> in it.</p><p>Another.</p>";
        assert_eq!(trim(html), (html.to_string(), Vec::new()));
    }
}
