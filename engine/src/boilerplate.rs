//! Boilerplate an extractor leaves inside an article: blocks that are only links (related
//! stories, "more from this site"), the short labels pages put between paragraphs
//! ("Advertisement", "Share", "Comments") and copyright lines. [`trim`] removes them from the
//! article's HTML and says which texts it removed, so the plain text can drop them too.
//!
//! Every rule is about the shape of a block, never about a site: the article extraction
//! benchmarks in BENCHMARKS.md measure what each rule gains on pages no rule was written for.

use scraper::{Html, Node};

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
];

/// Longest copyright line removed, in words (a longer block is text that mentions copyright).
const COPYRIGHT_WORDS: usize = 30;

/// Removes the boilerplate blocks from an article's HTML (a fragment). Returns the HTML and
/// the folded texts of the blocks removed; the HTML is returned unchanged when nothing is.
pub fn trim(html: &str) -> (String, Vec<String>) {
    let mut doc = Html::parse_fragment(html);
    // the leaf blocks in order, with what each one is
    let mut blocks = Vec::new();
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
        let (mut all, mut linked) = (0usize, 0usize);
        let mut text = String::new();
        for d in node.descendants() {
            if let Some(t) = d.value().as_text() {
                let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
                all += letters;
                let in_link = d
                    .ancestors()
                    .take_while(|a| a.id() != node.id())
                    .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"));
                if in_link {
                    linked += letters;
                }
                text.push_str(t);
            }
        }
        if all == 0 {
            continue;
        }
        let text = fold_whitespace(&text);
        let kind = if is_label(&text) || is_copyright(&text) {
            Kind::Label
        } else if linked as f64 / all as f64 >= LINKED_SHARE {
            Kind::Link
        } else {
            Kind::Text
        };
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
            Kind::Label => true,
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

/// What a leaf block is, for [`trim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A label or a copyright line.
    Label,
    /// Mostly link text.
    Link,
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
    LABELS.contains(&bare)
}

/// Whether a block is a copyright line ("© 2019 Some Paper", "Copyright ⓒ ...").
fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    (lower.starts_with('©') || lower.starts_with("copyright") || lower.starts_with("(c) "))
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
    fn a_page_without_boilerplate_comes_back_as_it_was() {
        let html = "<p>One paragraph with <a href=\"/x\">a link</a> in it.</p><p>Another.</p>";
        assert_eq!(trim(html), (html.to_string(), Vec::new()));
    }
}
