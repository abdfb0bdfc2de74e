//! Boilerplate an extractor leaves inside an article: blocks that are only links (related
//! stories, "more from this site"), the short labels pages put between paragraphs
//! ("Advertisement", "Share", "Comments"), teasers and calls to action, time stamps and
//! copyright lines. [`trim`] removes them from the article's HTML and says which texts it
//! removed; it also names the pictures' captions it keeps (by their class), and [`is_credit`]
//! tells a credit line, so the plain text can leave those out while the reader shows them.
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
    "sharing is caring",
    "email the author",
    "view author archive",
    "follow on twitter",
    "follow on facebook",
    "tell us what you think",
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

/// An article's HTML with its boilerplate removed, by [`trim`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trimmed {
    /// The HTML, unchanged when nothing was removed.
    pub html: String,
    /// The folded texts of the blocks removed.
    pub removed: Vec<String>,
    /// The folded texts of the blocks kept that are pictures' captions by the page's own
    /// markup (an element whose class says `caption` or `credit`): the reader shows them
    /// beside their pictures, the plain text leaves them out.
    pub captions: Vec<String>,
}

/// Longest block taken for a caption by its class, in words (a longer one is the article
/// inside a wrapper whose class happens to say caption).
const CAPTION_WORDS: usize = 80;

/// Removes the boilerplate blocks from an article's HTML (a fragment), and names the
/// captions it keeps.
pub fn trim(html: &str) -> Trimmed {
    let mut doc = Html::parse_fragment(html);
    let (removed, captions) = trim_tree(&mut doc);
    Trimmed {
        html: if removed.is_empty() {
            html.to_string()
        } else {
            doc.root_element().inner_html()
        },
        removed,
        captions,
    }
}

/// [`trim`] on a parsed fragment, in place: the folded texts of the blocks removed and of the
/// captions kept.
pub(crate) fn trim_tree(doc: &mut Html) -> (Vec<String>, Vec<String>) {
    // the leaf blocks in order, with what each one is
    let mut blocks = Vec::new();
    let mut captions = Vec::new();
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
        // compared with short lengths only: no need to count all of a long paragraph
        let words = crate::text::word_count_capped(&text, CAPTION_WORDS);
        let kind = if is_label(&text)
            || is_copyright(&text)
            || is_contact(&text)
            || is_teaser(&text)
            || is_call_to_action(&text)
        {
            Kind::Label
        } else if is_stamp(&text)
            || is_date_line(&text)
            || (words >= REPEAT_WORDS && recent.contains(&text))
        {
            // a time stamp the header shows, or a block said again (a gallery's captions)
            Kind::Said
        } else if linked as f64 / all as f64 >= LINKED_SHARE {
            if matches!(element.value().name(), "p" | "div") && is_shouted(&text) {
                // a headline in capitals, linked, in a paragraph: another story (a heading
                // in capitals that links is the article's own, in a table of contents)
                Kind::Said
            } else {
                Kind::Link
            }
        } else {
            Kind::Text
        };
        if kind == Kind::Text
            && words <= CAPTION_WORDS
            && node
                .ancestors()
                .chain(std::iter::once(node))
                .any(|n| n.value().as_element().is_some_and(is_caption_element))
        {
            captions.push(text.clone());
        }
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
    for id in remove {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    (removed, captions)
}

/// Whether an element is a picture's caption or credit by its class: a class name with the
/// word "caption" or "credit" in it ("caption-full", "wp-caption-text", "photo-credit",
/// "imageCaption", "ImageCAPTION"), but not a wrapper's "has-caption" nor a utility class
/// that styles the captions inside (`[&_figcaption]:mt-xs`).
fn is_caption_element(element: &scraper::node::Element) -> bool {
    element.classes().any(|class| {
        if class.contains(['[', ':', '&']) {
            return false;
        }
        let mut words = Vec::new();
        let mut word = String::new();
        let mut previous = ' ';
        for c in class.chars() {
            // "imageCaption" is two words, "CAPTION" one
            let boundary = !c.is_ascii_alphabetic()
                || (c.is_ascii_uppercase() && previous.is_ascii_lowercase());
            previous = c;
            if boundary && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if c.is_ascii_alphabetic() {
                word.push(c.to_ascii_lowercase());
            }
        }
        words.push(word);
        !matches!(
            words.first().map(String::as_str),
            Some("has" | "with" | "no")
        ) && words
            .iter()
            .any(|w| matches!(w.as_str(), "caption" | "captions" | "credit" | "credits"))
    })
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
    LABELS.contains(&bare)
        || is_gallery_counter(bare)
        || bare
            .strip_prefix("more from ")
            .is_some_and(|from| from.split_whitespace().count() <= 3)
}

/// Fewest words a headline in capitals has, for [`is_shouted`].
const SHOUTED_WORDS: usize = 4;

/// Whether a block is written in capitals ("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES"): a
/// headline or a kicker, not a sentence of the article.
fn is_shouted(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (mut all, mut upper) = (0usize, 0usize);
    for c in letters {
        all += 1;
        upper += usize::from(c.is_uppercase());
    }
    all > 0 && upper as f64 / all as f64 >= 0.9 && crate::text::word_count(text) >= SHOUTED_WORDS
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
    if text.split_whitespace().nth(STAMP_WORDS).is_some() {
        return false;
    }
    let lower = text
        .trim_start_matches(['|', '-', '–', '—', '·', '•', ' '])
        .to_lowercase();
    STAMPS.iter().any(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| rest.starts_with([' ', ':']))
    }) && text.chars().any(|c| c.is_ascii_digit())
}

/// Longest block taken for a picture's credit line ("Photo: Hau Dinh, AP").
const CREDIT_WORDS: usize = 12;
/// Longest block taken for a caption that ends in its picture's credit ("... (Image: Getty)").
const CREDITED_CAPTION_WORDS: usize = 60;

/// Whether a block is a picture's credit or caption rather than prose: a short line that
/// starts "Photo:", "Image credit", "Image copyright"..., or a caption that ends in its
/// credit ("... (Image: Getty)", "...Credit: EPA"). The reader keeps these beside the
/// picture; the article's plain text leaves them out.
pub fn is_credit(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "photo:",
        "photos:",
        "photo credit",
        "photograph:",
        "photography:",
        "image:",
        "images:",
        "image credit",
        "image copyright",
        "image source",
        "picture:",
        "pictures:",
        "credit:",
        "credits:",
        "foto:",
        "fotos:",
    ];
    const ENDS: &[&str] = &[
        "(image:",
        "(images:",
        "(photo:",
        "(photos:",
        "(picture:",
        "(pictures:",
        "(image credit:",
        "(photo credit:",
        "(credit:",
        "credit:",
        "(photo by",
        "(image by",
        "(ap photo",
    ];
    let words = crate::text::word_count_capped(text, CREDITED_CAPTION_WORDS);
    if words == 0 || words > CREDITED_CAPTION_WORDS {
        return false;
    }
    // the markers are ASCII: lowering ASCII letters is enough, and keeps the offsets
    let lower = text.to_ascii_lowercase();
    let bare = lower.trim_start_matches(['(', '[', ' ']);
    if words <= CREDIT_WORDS && STARTS.iter().any(|s| bare.starts_with(s)) {
        return true;
    }
    // every ending has a colon, a photo or a "by": most lines have none, and need no search
    if !lower.contains(':') && !lower.contains("photo") && !lower.contains(" by") {
        return false;
    }
    // the credit closes the caption: a few words after the last "(Image:" or "Credit:"
    ENDS.iter().any(|end| {
        lower.rfind(end).is_some_and(|at| {
            let credit = &lower[at + end.len()..];
            let credit_words = credit.split_whitespace().count();
            (1..=6).contains(&credit_words)
                && (!end.starts_with('(') || credit.trim_end().ends_with(')'))
        })
    })
}

/// Month and weekday names (English, Portuguese, Spanish, French, German, Italian), and the
/// small words dates are written with, for [`is_date_line`].
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "janeiro",
    "fevereiro", "março", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
    "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "septiembre", "octubre",
    "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gennaio",
    "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
];
#[rustfmt::skip]
const DATE_JOINERS: &[&str] = &[
    "de", "às", "as", "a", "las", "at", "on", "the", "of", "le", "el", "um", "à", "am", "pm",
    "uhr", "h", "den", "del", "di", "alle", "ore",
];

/// Whether a block is only a date and time, in words ("segunda-feira, 22 de janeiro de 2018
/// às 0:13", "Tuesday 19 November 2019, 11:05"): the reader's header shows when.
fn is_date_line(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if words.nth(2 * STAMP_WORDS).is_some() {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 2 * STAMP_WORDS {
        return false;
    }
    let mut named = false;
    let mut numbered = false;
    for word in &words {
        let number = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|ordinal| word.strip_suffix(ordinal))
            .unwrap_or(word);
        if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) {
            numbered = true;
        } else if DATE_WORDS.contains(word) {
            named = true;
        } else if !DATE_JOINERS.contains(word) {
            return false;
        }
    }
    named && numbered
}

/// Longest teaser ("Read more: …") or call to action ("Sign up to our newsletter…")
/// removed, in words: a longer block is the article's text.
const PROMPT_WORDS: usize = 30;

/// Whether a block points at another story: a label, a colon and a headline ("READ MORE:
/// China plague outbreak confirmed", "Related: The 15 weirdest galaxies").
fn is_teaser(text: &str) -> bool {
    const LEADS: &[&str] = &[
        "read more",
        "see more",
        "read also",
        "also read",
        "read next",
        "related",
        "related story",
        "related article",
        "more",
        "more from",
        "also on",
        "watch",
        "listen",
        "don't miss",
        "don’t miss",
        "recommended",
        "see also",
        "see more photos",
    ];
    if crate::text::word_count_capped(text, PROMPT_WORDS) > PROMPT_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    LEADS.iter().any(|lead| {
        lower
            .strip_prefix(lead)
            .is_some_and(|rest| rest.starts_with([':', '|', '»', '›']))
    })
}

/// Whether a block asks the reader to do something for the site rather than says anything:
/// subscribe, sign up, get the app, click here, share it.
fn is_call_to_action(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "subscribe",
        "sign up",
        "click here",
        "get the",
        "get our",
        "get breaking",
        "get the latest",
        "download the",
        "download our",
        "like this story",
        "follow us",
        "join our",
    ];
    const ASKS: &[&str] = &[
        "newsletter",
        "inbox",
        " app",
        "subscrib",
        "sign up",
        "click here",
        "clicking here",
        "share it",
        "alerts",
        "channel",
        "delivered",
    ];
    if crate::text::word_count_capped(text, PROMPT_WORDS) > PROMPT_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    let starts = STARTS.iter().any(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    starts && ASKS.iter().any(|a| lower.contains(a))
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
    if crate::text::word_count_capped(text, COPYRIGHT_WORDS) > COPYRIGHT_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    lower.starts_with("copyright")
        || lower.starts_with("(c) ")
        || lower.contains('©')
        || lower.contains("all rights reserved")
        || lower.starts_with("this document is subject to copyright")
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
        let Trimmed {
            html: out, removed, ..
        } = trim(html);
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
        let Trimmed {
            html: out, removed, ..
        } = trim(&html);
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
        let trimmed = trim(&html);
        assert_eq!((trimmed.html, trimmed.removed), (html.clone(), Vec::new()));
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
    fn credits_and_credited_captions_are_told_from_prose() {
        for credit in [
            "Photo: Hau Dinh, AP",
            "(Image credit: Blue Origin)",
            "Image copyright Getty Images",
            "Protesters have worn masks to protect their identities (Image: GETTY )",
            "A shopper loads garage door trims into his truck (AP Photo/Alan Diaz, File)",
            "The two pose for a photo on June 28, 2019 (Photo by Kevin Mazur/Getty Images)",
            "The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor",
            "A reference habitation module for a crewed Mars mission. Credit: ESA",
        ] {
            assert!(is_credit(credit), "{credit:?}");
        }
        for prose in [
            "The photographer's image: a city at dawn, taken from the old bridge, won the prize.",
            "Credit card debt rose by a fifth in the year to March, the central bank said today.",
            "He asked for credit: the bank refused him twice before the loan came through at last.",
            "Photos",
            "The minister spoke (image: the council's own words) to the press at length on Monday \
             about the plan for the wells, the pipes and the tanks, which has taken ten years to \
             agree and will take two more to build, before the winter comes to the four northern \
             districts and the roads close until spring, he said, and the villages have \
             waited long enough for it (Photo: AP)",
        ] {
            assert!(!is_credit(prose), "{prose:?}");
        }
    }

    #[test]
    fn dates_standing_alone_are_told_from_sentences_with_dates() {
        for date in [
            "segunda-feira, 22 de janeiro de 2018 às 0:13",
            "Tuesday, November 19th, 2019 at 11:05 am",
            "19. November 2019, 11:05 Uhr",
            "| UPDATED: 11:05, Tue, Nov 19, 2019",
        ] {
            assert!(is_date_line(date) || is_stamp(date), "{date:?}");
        }
        for prose in [
            "On 22 January 2018 the council met.",
            "2019",
            "March",
            "May 2019 be the year we build the wells",
        ] {
            assert!(!is_date_line(prose) && !is_stamp(prose), "{prose:?}");
        }
    }

    #[test]
    fn teasers_and_calls_to_action_go_and_prose_about_them_stays() {
        for boilerplate in [
            "READ MORE: China plague outbreak confirmed: Two diagnosed in Beijing",
            "Related: The 15 Weirdest Galaxies in Our Universe",
            "See more photos:",
            "Sign up to our newsletter for exclusive updates and enhanced content",
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Get the day’s top headlines delivered to your inbox every morning.",
        ] {
            assert!(
                is_teaser(boilerplate) || is_call_to_action(boilerplate),
                "{boilerplate:?}"
            );
        }
        for prose in [
            "Read more carefully, the report says the wells were never dug.",
            "More than 300 people signed up for the course in its first week.",
            "Subscribers to the water scheme pay a small fee each month, the council said.",
            "Get the children to school first, the mayor told the drivers.",
            "Related: the council's own report, published in March, said the same thing \
             about the wells, the pipes and the tanks, and about the ten years of waiting \
             that the villages of the four districts have endured since the plan was first made.",
        ] {
            assert!(!is_teaser(prose) && !is_call_to_action(prose), "{prose:?}");
        }
    }

    #[test]
    fn captions_are_named_by_their_class_and_kept() {
        let para = "The council met on Monday to discuss the water project, which will bring \
                    clean water to four districts before the winter, officials said.";
        let html = format!(
            "<div class=\"[&_figcaption]:mt-xs\"><p>{para}</p>\
             <div class=\"has-caption\"><img src=a.jpg><p class=\"wp-caption-text\">A new \
             well near Mazar</p></div><div class=\"ImageCAPTION\">The old well, dry since \
             2015</div><p><span class=\"photo-credit\">Hau Dinh, AP</span></p>\
             <p class=\"discreditation\">Second paragraph of the article.</p></div>"
        );
        let trimmed = trim(&html);
        assert_eq!(
            trimmed.captions,
            ["A new well near Mazar", "The old well, dry since 2015"],
            "a class names a caption; a span inside a paragraph does not make it one"
        );
        assert_eq!(trimmed.html, html, "captions are kept");
    }

    #[test]
    fn a_linked_headline_in_capitals_is_another_story_and_a_linked_sentence_stays() {
        let para = |n| format!("<p>Paragraph {n} of the article, long enough to be prose.</p>");
        let html = format!(
            "{}<p><a href=\"/other\">CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES</a></p>{}\
             <p><a href=\"/guide\">Read our guide to the valley's trails</a></p>{}\
             <p><a href=\"/nasa\">NASA</a></p><h3><a href=\"#espresso\">THE INVENTION OF \
             ESPRESSO</a></h3>{}<h4>More from UK</h4>\
             <p><a href=\"/a\">Prince Andrew: BT abandons ties with duke</a></p>",
            para(1),
            para(2),
            para(3),
            para(4)
        );
        let Trimmed {
            html: out, removed, ..
        } = trim(&html);
        assert!(!out.contains("HOME DEPOT"), "{out}");
        assert!(
            !out.contains("Prince Andrew"),
            "links after a label go: {out}"
        );
        assert!(out.contains("guide to the valley"), "{out}");
        assert!(
            out.contains(">NASA<"),
            "one word in capitals is a name: {out}"
        );
        assert!(
            out.contains("ESPRESSO"),
            "a heading is the article's own: {out}"
        );
        assert_eq!(removed.len(), 3, "{removed:?}");
    }

    #[test]
    fn a_page_without_boilerplate_comes_back_as_it_was() {
        let html = "<p>One paragraph with <a href=\"/x\">a link</a> in it.</p><p>Another.</p>";
        let trimmed = trim(html);
        assert_eq!(
            (trimmed.html, trimmed.removed),
            (html.to_string(), Vec::new())
        );
    }
}
